"""A message that corrects the request the bot has just refused (1116 报工 良品18 不良0 → not your workshop → 搞错了
是1115): the refused request with the values it gives, when it gives nothing but them and a cue that something was
mistaken. How recent the refusal must be is the caller's to decide; the request becomes a card like any other."""

from __future__ import annotations

from datetime import datetime

from agent.nlu.card_fixes import named_fix
from agent.nlu.dates import find_dates, local_today
from agent.nlu.extract import Work, find_order_no, prepare
from agent.nlu.lexicon.orders import ACTION_WORDS, ORDER_NO
from agent.nlu.lexicon.retry import LOWER_FIGURE, RETRY_CUE, RETRY_FILLER, TYPO_SLIP
from agent.nlu.lookups import Lookups
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers, parse_number
from agent.nlu.rx import rx

__all__ = ["retried"]

_SHORT_NUMBER = rx(r"(?<![\d.])(\d{3,6})(?![\d.])")  # an order number said by its tail (1115)


async def retried(
    text: str, refused: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ParsedCommand | None:
    """The refused request with the values `text` corrects (an order said short or in full, figures named), or None
    when the message is no such correction: no mistake cue, anything besides the values, or no value it can place."""
    said = prepare(text)
    m = LOWER_FIGURE.match(said)
    slot = _one_figure(refused) if m else None
    value = parse_number(next(g for g in m.groups() if g)) if m else None
    if m and slot and value and 0 < value < float(refused.args[slot]):  # less than refused: not an order's tail
        # 那就58吧 after 报60 was refused (58 left): the request with its one figure as said now
        return refused.model_copy(update={"args": refused.args | {slot: value}, "clarify": []})
    calendar = lookups.vocabulary.calendar if lookups.vocabulary else None
    dated = Work(said)  # 写错了 是12月28号 / sorry, I meant Dec 29: a date is a value too
    for d in find_dates(said, local_today(now), calendar):
        dated.take(d.start, d.end)
    if not RETRY_CUE.search(said) or not _only_values(dated.text, str(refused.args.get("action") or "")):
        return None
    current = str(refused.args.get("order_no") or "")
    if current and not find_order_no(Work(said)):
        for m in _SHORT_NUMBER.finditer(dated.text):  # 搞错了 是1115: the one open order ending so
            order = await lookups.order_ending(m.group(1))
            if order is None or order == current:
                continue
            moved = refused.model_copy(update={"args": refused.args | {"order_no": order}, "clarify": []})
            rest = said[: m.start()] + " " + said[m.end() :]
            more = await named_fix(rest, moved, now=now, user_workshop=user_workshop, lookups=lookups)
            return more if more is not None and find_numbers(rest) else moved
    # 少打了个2，12月21日 / 写多了，2000个: the slip's own digit (the one left out) is no value of the request
    return await named_fix(TYPO_SLIP.sub(" ", said), refused, now=now, user_workshop=user_workshop, lookups=lookups)


def _one_figure(request: ParsedCommand) -> str | None:
    """The slot of a request's only figure (a report's good count with no scrap, a create's or change's quantity)."""
    a = request.args
    if request.intent == "report_output":
        return "good_qty" if "good_qty" in a and not a.get("scrap_qty") else None
    return "quantity" if "quantity" in a else None


def _only_values(said: str, action: str = "") -> bool:
    """Whether the prepared message holds nothing but the mistake cue, order numbers, figures and the words around
    them (是, 单号, 良品, particles), and the refused request's own state change said again (说错了 是1112 关掉1112)."""
    rest = ORDER_NO.sub(" ", RETRY_CUE.sub(" ", said))
    for pattern, value in ACTION_WORDS if action else ():
        rest = pattern.sub(" ", rest) if value == action else rest
    numbers = find_numbers(rest)
    rest = "".join(c for i, c in enumerate(rest) if not any(n.start <= i < n.end for n in numbers))
    return not RETRY_FILLER.sub("", rest)
