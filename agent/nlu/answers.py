"""An answer to the bot's own question, read for the request it completes: every slot the message gives (the
one asked and any other: "40个，12月20日交"), with the same extractors a whole request is read with."""

from __future__ import annotations

from datetime import datetime

from agent.nlu.dates import find_dates, local_today
from agent.nlu.extract import (
    Work,
    extract_quantity,
    extract_report,
    find_order_no,
    find_workshop,
    material_phrase,
    prepare,
)
from agent.nlu.lexicon.answers import LEADING_SHORT_ORDER, SHORT_ORDER

__all__ = ["answer_args", "leading_short_order_digits", "short_order_digits"]

Value = str | int | float


def answer_args(text: str, intent: str, *, now: datetime, user_workshop: str | None = None) -> dict[str, Value]:
    """The raw slots of `text` read as part of a pending `intent` (phrases still unresolved: `material_text`,
    `workshop_text`); empty when it gives none."""
    work = Work(prepare(text))
    args: dict[str, Value] = {}
    if order := find_order_no(work):
        args["order_no"] = order
    dates = find_dates(work.text, local_today(now))
    for d in dates:
        work.take(d.start, d.end)
    if dates:
        args["due_date"] = dates[-1].value.isoformat()
    if (hit := find_workshop(work)) is not None:
        if hit.kind == "own" and user_workshop:
            args["workshop"] = user_workshop
        elif hit.kind == "code":
            args["workshop"] = hit.text.upper()
        elif hit.kind == "named":
            args["workshop_text"] = hit.text
    if intent == "report_output":
        good, scrap = extract_report(work)
        if good is not None:
            args["good_qty"] = good
        if scrap is not None:
            args["scrap_qty"] = scrap
    elif intent in ("create_order", "change_order") and (qty := extract_quantity(work)) is not None:
        args["quantity"] = qty
    if intent in ("create_order", "query_inventory") and (phrase := material_phrase(work)):
        args["material_text"] = phrase
    return args


def short_order_digits(text: str) -> str | None:
    """The digits of an order number said short (1103, 'MO 1103', 'the 1103 one'), to look up among the orders."""
    m = SHORT_ORDER.fullmatch(prepare(text))
    return m.group(1) if m else None


def leading_short_order_digits(text: str) -> str | None:
    """The digits a request starts with when they are an order number said short (to look up among the orders)."""
    m = LEADING_SHORT_ORDER.match(text)
    return m.group(1) if m else None
