"""A reply that corrects the card waiting for confirmation: the values it names, a figure changed by an amount, an
order number said short, or whether the figures made include the scrap; each gives the card's request changed, or
None when the reply changes nothing on it."""

from __future__ import annotations

import asyncio
import calendar
import re
from datetime import date, datetime
from typing import Any

from agent.nlu.answers import answer_args, inclusion_answer, says_inclusion
from agent.nlu.dates import find_dates, find_vague_dates, local_today
from agent.nlu.expecting import CORRECTABLE, Interpretation
from agent.nlu.extract import Work, prepare
from agent.nlu.lexicon.answers import SPOKEN_DIGITS
from agent.nlu.lexicon.change import ACTION_RULED_OUT, CHANGE_CUE, DUE_WORD
from agent.nlu.lexicon.clauses import FIGURE_CUE_BEFORE
from agent.nlu.lexicon.corrections import (
    DUE_DAY_FIXES,
    FIX_CUE,
    NOT_THIS,
    ORDER_CUE,
    ORDER_FIX,
    ORDER_SLOT,
    QUANTITY_SLOT,
    REPORT_SLOT,
)
from agent.nlu.lexicon.orders import ACTION_WORDS
from agent.nlu.lexicon.report import GOOD_NAMED, TOTAL_WORD
from agent.nlu.lookups import Lookups, resolve_slots
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers
from agent.nlu.quantity import states_quantity
from agent.nlu.relative import CardFix, from_order
from agent.nlu.rx import rx
from agent.nlu.workshops import find_workshop, without_ruled_out_shops

__all__ = [
    "about_card",
    "action_fix",
    "card_fixed",
    "changed_slots",
    "correction",
    "due_day_fix",
    "inclusion_fix",
    "named_fix",
    "order_as_figure",
    "order_slot_fix",
    "says_due",
    "says_due_and_shop",
]

_SHORT_NUMBER = rx(r"(?<![\d.])(\d{3,6})(?![\d.])")
# An order's tail said digit by digit (幺幺一零): four spoken digits, no 十 / 百 / 千 / 万 (no amount) around them.
_SPOKEN_TAIL = rx(
    r"(?<![零〇一二两三四五六七八九幺十百千万])([零〇一二三四五六七八九幺]{4})(?![零〇一二两三四五六七八九幺十百千万个件只台])"
)


def short_orders(said: str) -> list[str]:
    """The digit runs of `said` that may be an order said by its tail: typed (1124) or spoken (幺幺一零)."""
    spoken = [m.group(1).translate(SPOKEN_DIGITS) for m in _SPOKEN_TAIL.finditer(said)]
    return _SHORT_NUMBER.findall(said) + spoken


def inclusion_fix(text: str, pending: ParsedCommand) -> ParsedCommand | None:
    """包括 / 30个里有2个是坏的 / not included, while a card waits that read 做了30个，坏了2个 as 30 good: the report
    with the figures the words say (the card's other reading offered, or kept), without the offer. None: the reply
    says nothing about it (确认 / 对 confirm the card as shown)."""
    made, scrap, good = (pending.args.get(k) for k in ("made_qty", "scrap_qty", "good_qty"))
    if not (isinstance(made, int | float) and isinstance(scrap, int | float) and good == made):
        return None
    figures = inclusion_answer(text, made, scrap)
    # 包括 / 不包括, or a figure that is one reading's good count (39 for 做了40个，坏了1个; 50个都是好的)
    if figures is None or not (says_inclusion(text) or find_numbers(prepare(text))):
        return None
    args = {k: v for k, v in pending.args.items() if k != "made_qty"}
    args["good_qty"], args["scrap_qty"] = figures
    return pending.model_copy(update={"args": args, "clarify": []})


# What names a report's good count (良品, 合格, good) or its whole output (做了, 一共, 数量): without one of these a
# correction changes no good figure.
_NAMES_GOOD = rx(
    rf"{GOOD_NAMED.pattern}|{TOTAL_WORD}|{QUANTITY_SLOT.pattern}|(?<![a-z])ok(?![a-z])"
    r"|好的(?=\s*(?:只有|才|就|是|有)?\s*[\d一二三四五六七八九十两几])"  # 好的只有27个 (not 好的 as a yes)
)


async def named_fix(
    text: str, pending: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ParsedCommand | None:
    """The pending request with the values a "that's wrong, it's X" message gives, or None when it gives none it
    can place (a bare figure on a report: good or scrap?)."""
    if (day := due_day_fix(prepare(text), pending, local_today(now))) is not None:
        return day  # not the 22nd, the 23rd
    said = NOT_THIS.sub(" ", without_ruled_out_shops(prepare(text), lookups.vocabulary))  # not machining 2: no 2
    raw = await asyncio.to_thread(
        answer_args, said, pending.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
    )
    current = str(pending.args.get("order_no") or "")
    if current and "order_no" not in raw:  # 是1123 / 单号错了 是1109: an order said short
        tail = current[-4:]
        about_order = (
            ORDER_CUE.search(prepare(text))
            or tail in prepare(text)  # 不是这个单子 是1117: 单 was dropped
            or (pending.intent == "change_order" and "quantity" not in pending.args)  # 搞错了，是1121 on 1135 下达
        )
        for digits in short_orders(said) if about_order else []:
            if (order := await lookups.order_ending(digits)) and order != current:
                raw = {k: v for k, v in raw.items() if k not in ("quantity", "good_qty", "scrap_qty")}
                raw["order_no"] = order
                break
    if pending.intent == "report_output" and not REPORT_SLOT.search(said):
        # 数量错了 是34: a report's 数量 is its good figure (as 数量改成50); a bare figure: which? asked, not guessed
        one = not pending.args.get("scrap_qty")  # with scrap on the card, 数量 could be either: asked
        good = raw.get("good_qty") if one and QUANTITY_SLOT.search(said) and "scrap_qty" not in raw else None
        raw = {k: v for k, v in raw.items() if k not in ("good_qty", "scrap_qty")} | (
            {"good_qty": good} if good else {}
        )
    if pending.intent == "report_output" and "good_qty" in raw and not _NAMES_GOOD.search(said):
        raw.pop("good_qty")  # 还有一个不良的 不良改成1: no good figure named, so the good count stays as it is
    if not raw:
        return None
    resolved = await resolve_slots(raw, pending.intent, user_workshop, lookups)
    slots = {
        k: v for k, v in resolved.canonical_args().items()
        if k in (*CORRECTABLE, "order_no") and pending.args.get(k) != v
    }  # fmt: skip
    if pending.intent != "create_order":
        slots.pop("material", None)
    for slot in order_as_figure(said, str(slots.get("order_no") or current), slots):
        slots.pop(slot)  # 那1122交期改成12月21号 on MO20261122: the digits are the order, never its quantity
    quantity = slots.get("quantity")
    if "material" in slots and isinstance(quantity, int | float) and _in_material(said, raw, quantity):
        slots.pop("quantity")  # 是20的那个 DBDS20: the figure names the material, the card's quantity stays
    if not slots:
        return None
    return pending.model_copy(update={"args": dict(pending.args) | slots, "clarify": []})


def order_as_figure(said: str, order: str, args: dict[str, Any]) -> list[str]:
    """The figure slots whose value is the order's short number, said only where no cue word asks for a figure before
    it (那1122交期改成… on MO20261122: the digits are the order; 1122 数量改成1122 keeps its quantity)."""
    tail = order[-4:]
    if not tail.isdigit():
        return []
    low = said.lower()
    said_at = [m.start() for m in re.finditer(rf"(?<![\d.]){tail}(?![\d.])", low)]
    if not said_at or any(FIGURE_CUE_BEFORE.search(low[:at]) for at in said_at):
        return []
    return [k for k in ("quantity", "good_qty", "scrap_qty") if args.get(k) == int(tail)]


async def order_slot_fix(
    text: str, pending: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ParsedCommand | None:
    """订单号改成1124 / 单号错了 应该是幺幺一零 on a card about an order: the card on the order those digits end, when
    the reply names the order field and no count's field; None otherwise (这单良品改成21 changes the good count)."""
    said = prepare(text)
    if not pending.args.get("order_no") or not ORDER_SLOT.search(said):
        return None
    if REPORT_SLOT.search(said) or QUANTITY_SLOT.search(said):
        return None
    fixed = await named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
    return fixed if fixed is not None and changed_slots(pending, fixed) == {"order_no"} else None


_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}


def due_day_fix(said: str, pending: ParsedCommand, today: date) -> ParsedCommand | None:
    """ "not the 22nd, the 23rd" on a card due on the 22nd: due on the 23rd, of the month said, else of the card's
    month, or of the next (month or year) when that day has passed. None when the wrong day is not the card's."""
    due = pending.args.get("due_date")
    if not isinstance(due, str):
        return None
    card = date.fromisoformat(due)
    for pattern, right_first in DUE_DAY_FIXES:
        if (m := pattern.search(said)) is None:
            continue
        first, second = m.groups()[:3], m.groups()[3:]
        (wrong_month, *wrong), (month, *right) = (second, first) if right_first else (first, second)
        if int(next(d for d in wrong if d)) != card.day or (wrong_month and _MONTHS[wrong_month[:3]] != card.month):
            return None
        day = int(next(d for d in right if d))
        new = _day_on_or_after(card.year, _MONTHS[month[:3]] if month else card.month, day, today, bool(month))
        if new is None:
            return None
        return pending.model_copy(update={"args": pending.args | {"due_date": new.isoformat()}, "clarify": []})
    return None


def _day_on_or_after(year: int, month: int, day: int, today: date, month_said: bool) -> date | None:
    """That day of that month, or of the next month (a year on, when the month was said) when it has passed."""
    for _ in range(2):
        if day <= calendar.monthrange(year, month)[1] and (found := date(year, month, day)) >= today:
            return found
        year, month = (year + 1, month) if month_said else (year + month // 12, month % 12 + 1)
    return None


def _in_material(said: str, raw: dict[str, Any], quantity: float) -> bool:
    """Whether the figure read as the quantity is one of the new material's (a digit run of its name or spec as
    said), and no quantity word or unit says it is a quantity."""
    named = str(raw.get("material_text") or raw.get("material") or "")
    return any(n.value == quantity for n in find_numbers(named)) and not states_quantity(said, quantity)


def about_card(reading: ParsedCommand, pending: ParsedCommand) -> bool:
    """Whether a message may be about the waiting card: it names no other order or item, and asks no question."""
    order, material = reading.args.get("order_no"), reading.args.get("material")
    other_order = order is not None and order != pending.args.get("order_no")
    other_item = material is not None and material != pending.args.get("material")
    return not (other_order or other_item or reading.intent in ("query_inventory", "help"))


async def card_fixed(fix: CardFix, reading: ParsedCommand, pending: ParsedCommand, lookups: Lookups) -> Interpretation:
    """The card with the figures `fix` gives (counted from the order's own value where it says so), or the
    question why it cannot be changed so."""
    args = dict(pending.args)
    if fix.order_delta is not None:
        slot, amount = fix.order_delta
        order = str(pending.args.get("order_no") or "")
        base = await lookups.order_quantity(order) if lookups.order_quantity and order else None
        if base is None:  # counted when the proposal is built again, from the order as K/3 has it
            args.pop(slot, None)
            args["quantity_delta"] = amount
        else:
            fix = from_order(slot, base, amount)
    if fix.problem is not None:
        return Interpretation(kind="unclear_fix", reading=reading, problem=fix.problem)
    if "quantity" in fix.values:
        args.pop("quantity_delta", None)
    fixed = pending.model_copy(update={"args": args | fix.values, "clarify": []})
    return Interpretation(kind="correction", reading=reading, request=fixed)


def changed_slots(before: ParsedCommand, after: ParsedCommand) -> set[str]:
    return {k for k, v in after.args.items() if before.args.get(k) != v}


def correction(reply: ParsedCommand, current: ParsedCommand, text: str = "") -> ParsedCommand | None:
    """ "改成500" / "交期改到下周一" / "不对，是MO20261109" while a proposal waits: the same request with the
    named values changed and nothing else."""
    slots = {k: v for k, v in reply.canonical_args().items() if k in CORRECTABLE}
    order = reply.args.get("order_no")
    if order and order != current.args.get("order_no"):
        # the order number named as a fix (不对，是MO…; 单号错了，应该是MO…) of a request about an order
        if not (current.args.get("order_no") and ORDER_FIX.search(text)):
            return None
        slots["order_no"] = order
    elif reply.intent in ("query_order", "query_inventory"):
        return None  # a question asked while the card waits (304螺栓还有多少库存) is answered, it changes nothing
    if not slots:
        return None
    if reply.intent == "create_order" and current.intent != "create_order" and "material" in reply.args:
        return None
    args = dict(current.args)
    if current.intent == "report_output" and "quantity" in slots and "good_qty" not in slots:
        slots["good_qty"] = slots.pop("quantity")
    if current.intent == "report_output" and "good_qty" in slots and text and not _NAMES_GOOD.search(prepare(text)):
        slots.pop("good_qty")  # 还有一个不良的 不良改成1 (blind31-028): no good figure named, the good count stays
        if not slots:
            return None
    args.update(slots)
    return current.model_copy(update={"args": args, "clarify": []})


_DATE_ONLY_REST = rx(
    r"^[\s,.;:!?~、。，；：！？]*(?:那就|那|就|还是|要|呢|吧|啊|的|了|哦|嗯|好)*[\s,.;:!?~、。，；：！？]*$"
)


def says_due_and_shop(said: str, now: datetime, lookups: Lookups) -> bool:
    """下周四 二车间 / 机加一 月底: a date and a workshop said alone, side by side, on a card: its due date and where
    it is made (each alone is read by `says_due` and `only_workshop`)."""
    work = Work(said)
    if find_workshop(work, lookups.vocabulary) is None:  # (blanks the workshop it names)
        return False
    calendar = lookups.vocabulary.calendar if lookups.vocabulary else None
    dates = find_dates(work.text, local_today(now), calendar)
    for d in dates:
        work.take(d.start, d.end)
    return bool(dates) and bool(_DATE_ONLY_REST.match(work.text))


def says_due(said: str, now: datetime, lookups: Lookups) -> bool:
    """A date said as the due date: with a due word (月底交, 改到下周五), or alone (下周五 / 月底吧); a date inside
    other news (今天上午已经开始做了) is when something happened, not the card's due date."""
    if DUE_WORD.search(said):
        return True
    calendar = lookups.vocabulary.calendar if lookups.vocabulary else None
    work = Work(said)
    for d in find_dates(said, local_today(now), calendar):
        work.take(d.start, d.end)
    for start, end, _ in find_vague_dates(work.text):
        work.take(start, end)
    return bool(_DATE_ONLY_REST.match(work.text))


_RULED_OUT_SPAN = 16  # longer than any word ACTION_RULED_OUT reads before a state change (而不是, don't)


def action_fix(text: str, pending: ParsedCommand) -> ParsedCommand | None:
    """不是关闭，是开工 / 确认吧… 哦不对，改成关闭 on a card that changes an order's state: the card with the state
    change said last and not ruled out, when the reply says it corrects (不是, 不对, 改成, …) and names another than the
    card's. None otherwise (the card's own state said again, a question, no fix cue)."""
    action = pending.args.get("action")
    if pending.intent != "change_order" or not action:
        return None
    said = prepare(text).lower()
    hits = sorted((m.start(), value) for pattern, value in ACTION_WORDS for m in pattern.finditer(said))
    # (the words just before each: a window, so a long message costs its length once per action word, not squared)
    named = [
        value for start, value in hits if not ACTION_RULED_OUT.search(said[max(0, start - _RULED_OUT_SPAN) : start])
    ]
    fixes = len(named) < len(hits) or FIX_CUE.search(said) or CHANGE_CUE.search(said)  # one ruled out says it too
    if not fixes or not named or named[-1] == action or named[-1] == "pause" or find_numbers(said):
        # (不对，是1120开工 names another order: read as any other message, never this card's order started)
        return None
    return pending.model_copy(update={"args": {**pending.args, "action": named[-1]}, "clarify": []})
