"""A card's due date moved by a span (交期再往后推三天, 推迟一周, 提前2天, 顺延2个工作日, push it back 3 days, 2 days
earlier): counted from the card's own due date; working days by the plant's calendar when it has one."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date, timedelta

from agent.nlu.dates import DUE_SHIFT
from agent.nlu.extract import prepare
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import parse_number
from dingk3.calendar import PlantCalendar

__all__ = ["due_moved", "shift_due"]

_DUE_CARDS = ("create_order", "change_order")

_EARLIER = ("往前", "提前", "早", "forward", "up", "in", "earlier", "sooner")
_WEEK = ("周", "星期", "礼拜", "week")
_EN_ONE = {"a": 1, "an": 1, "one": 1}


def shift_due(text: str, due: date, calendar: PlantCalendar | None = None) -> date | None:
    """`due` moved as normalised `text` says (往后推三天 → 3 days later, 提前一周 → 7 days earlier, 顺延2个工作日 →
    the 2nd working day after, by `calendar`; calendar days without one), or None when it says no shift it can
    count (几天, 半个月, a month: asked, not guessed)."""
    m = DUE_SHIFT.search(text)
    if m is None:
        return None
    groups = m.groupdict()
    direction = groups["zh_dir"] or groups["en_dir"] or groups["en_after"] or ""
    said = groups["zh_n"] or groups["en_n"] or groups["en_n2"] or ""
    unit = groups["zh_unit"] or groups["en_unit"] or groups["en_unit2"] or ""
    n = _EN_ONE.get(said) or parse_number(said)
    if not isinstance(n, int) or n <= 0 or unit.startswith(("月", "month")) or direction == "by":
        return None  # 几天, a month, moved by 3 days (which way?): asked, not guessed
    sign = -1 if direction.startswith(_EARLIER) else 1
    if unit == "工作日" or unit.startswith(("working", "business")):
        if calendar is not None:
            return calendar.add_working_days(due, sign * n)
        return due + timedelta(days=sign * n)
    return due + timedelta(days=sign * n * (7 if unit.startswith(_WEEK) else 1))


async def due_moved(
    text: str,
    card: ParsedCommand,
    order_due: Callable[[str], Awaitable[str | None]] | None,
    calendar: PlantCalendar | None = None,
) -> ParsedCommand | None:
    """The card with its due date moved as the message says (推迟三天, 2 days earlier), counted from the card's due
    date, else (a change that moves no date yet) the order's own (`order_due`); None when it moves none, or from no
    date known."""
    said = prepare(text)
    if card.intent not in _DUE_CARDS or not DUE_SHIFT.search(said):
        return None
    base = card.args.get("due_date")
    order = str(card.args.get("order_no") or "")
    if not base and order and order_due is not None:
        base = await order_due(order)
    moved = shift_due(said, date.fromisoformat(base[:10]), calendar) if isinstance(base, str) else None
    if moved is None:
        return None
    return card.model_copy(update={"args": dict(card.args) | {"due_date": moved.isoformat()}, "clarify": []})
