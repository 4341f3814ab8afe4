"""A reply to the bot's own question for what a request lacks: a pick from the listed candidates (with any other
slots it gives), every slot the answer gives for the pending request, or a request of its own."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime

from agent.nlu.answers import answer_args, answered_order, says_inclusion, short_order_digits
from agent.nlu.card_fixes import changed_slots, inclusion_fix, named_fix
from agent.nlu.choices import pick_of
from agent.nlu.expecting import Expecting, Interpretation
from agent.nlu.extract import prepare
from agent.nlu.lexicon.corrections import FIX_CUE
from agent.nlu.lexicon.orders import ORDER_WORD
from agent.nlu.lexicon.units import COUNT_UNIT
from agent.nlu.lookups import Lookups, consult, resolve_slots
from agent.nlu.model_turn import answer_from_model, pick_from_model
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import parse_number
from agent.nlu.rx import rx
from tools.text import normalize

__all__ = ["is_new_request", "pick_and_more", "read_answer"]


async def pick_and_more(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> Interpretation | None:
    """A pick and other slots in one reply (220V的，数量改成150): the one clause that picks, and the slots the
    rest gives (in `request`), or None."""
    parts = [p for p in re.split(r"[,，;；]", text) if p.strip()]
    if len(parts) < 2:  # SB-16的 数量改成320: a space between the pick and the rest
        parts = text.split()
    hits = [(i, n) for i, p in enumerate(parts) if (n := pick_of(p, expecting.choices))]
    if len(parts) < 2 or not hits or len({n for _, n in hits}) != 1 or expecting.pending is None:
        return None  # (第2个，GP-16: two clauses that pick the same item are one pick)
    picked = {i for i, _ in hits}
    rest = "，".join(p for i, p in enumerate(parts) if i not in picked)
    if not rest.strip():
        return Interpretation(kind="pick", reading=ParsedCommand(intent="unknown"), pick=hits[0][1])
    missing = [m for m in expecting.missing if m != "material"]
    more = await _answer_to(rest, expecting.pending, missing, now=now, user_workshop=user_workshop, lookups=lookups)
    return Interpretation(kind="pick", reading=ParsedCommand(intent="unknown"), pick=hits[0][1], request=more)


async def read_answer(
    text: str, reading: ParsedCommand, expecting: Expecting, *, now: datetime, user_workshop: str | None,
    lookups: Lookups,
) -> Interpretation:  # fmt: skip
    """The reply (`reading`: read on its own) as an answer to the question for `expecting.missing`: the pending
    request with every slot it gives, a pick the model read, or a request of its own."""
    pending, missing = expecting.pending, expecting.missing
    assert pending is not None
    if "order_no" not in missing and (
        fixed := await _slot_fixed(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
    ):
        # an order asked for is read below, with any figure fixed beside it (1103的，良品其实是26)
        return Interpretation(kind="answer", reading=reading, request=fixed)
    reply = reading
    if not reply.canonical_args() or reply.intent in ("unknown", "confirm"):
        # every slot the answer gives, read for the pending request (40个，12月20日交; 1103)
        reply = await _answer_to(text, pending, missing, now=now, user_workshop=user_workshop, lookups=lookups) or reply
    elif "order_no" in missing and "order_no" not in reply.args and answered_order(prepare(text)):
        # 1117的，良品其实是58 reads as a report by itself; as the answer it also names the order asked for
        said = await _answer_to(text, pending, missing, now=now, user_workshop=user_workshop, lookups=lookups)
        reply = said if said is not None and "order_no" in said.args else reply
    slot = next((m for m in missing if m in ("quantity", "good_qty")), None)
    if not reply.canonical_args() and slot and (number := _bare_number(text)) is not None:
        reply = reply.model_copy(update={"args": {slot: number}})
    if not reply.canonical_args() and "material" in missing and (found := _material_answer(lookups, pending, text)):
        reply = reply.model_copy(update={"args": {"material": found}})
    named_item = not set(reply.canonical_args()) - {"material"}  # an item named and nothing else (or nothing)
    if "order_no" in missing and named_item and (order := await _order_by_item(text, pending, lookups)):
        reply = reply.model_copy(update={"args": {"order_no": order}})  # ZX-A1转向节那个单子: the one order of it
    unread = not reply.canonical_args() and reading.intent == "unknown"
    # the rules read nothing they could use: the model may read an answer, within what was asked (model_turn)
    if unread and (turn := await consult(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups)):
        if n := pick_from_model(text, turn, expecting.choices):
            return Interpretation(kind="pick", reading=reading, pick=n)
        reply = answer_from_model(text, reading, expecting, turn) or reply
    if is_new_request(reply, pending, missing):
        return Interpretation(kind="request", reading=reading)
    args, clarify = dict(pending.args), list(pending.clarify)
    for slot, value in reply.canonical_args().items():
        args[slot] = value
        clarify = [c for c in clarify if c != slot]
    if any(k in args for k in ("quantity", "due_date", "workshop", "action", "quantity_delta")):
        clarify = [c for c in clarify if c != "change"]  # 要改什么 is answered by any field a change names
    if "material" in reply.clarify and reply.args.get("material_text"):
        args["material_text"] = reply.args["material_text"]
        args.pop("material", None)
        clarify.append("material")
    # what this answer gave that cannot be used (1e308, 2026-02-31) is named when the question is asked again
    update = {"args": args, "clarify": list(dict.fromkeys(clarify)), "unreadable": reading.unreadable}
    merged = pending.model_copy(update=update)
    if says_inclusion(text) and (said := inclusion_fix(text, merged)) is not None:  # MO20261109，包括
        merged = said.model_copy(update={"clarify": merged.clarify})
    return Interpretation(kind="answer", reading=reading, request=merged)


async def _slot_fixed(
    text: str, pending: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ParsedCommand | None:
    """不对 有毛病的是4个 while the good count is asked: the pending request with a slot it already has corrected
    (and any asked one the message also gives), still asking for what is left; None when it corrects none."""
    if not FIX_CUE.search(prepare(text)):
        return None
    fixed = await named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
    changed = changed_slots(pending, fixed) if fixed is not None else set()
    if fixed is None or not changed & set(pending.args):
        return None  # it only gives what was asked: read as an answer
    clarify = [c for c in pending.clarify if c not in changed]
    return fixed.model_copy(update={"clarify": clarify})


async def _answer_to(
    text: str, pending: ParsedCommand, missing: list[str], *, now: datetime, user_workshop: str | None,
    lookups: Lookups,
) -> ParsedCommand | None:  # fmt: skip
    """The reply read as an answer to the pending request: the slots it gives, resolved as a request's are; an
    order number said short (1103) is the one open order whose number ends so. None when it gives nothing."""
    raw = await asyncio.to_thread(
        answer_args, text, pending.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
    )
    if "material" not in missing:  # what is left of an answer is a material only when one was asked for
        raw.pop("material_text", None)
    if "order_no" in missing and "order_no" not in raw and (digits := short_order_digits(text)):
        raw = {"order_no": order} if (order := await lookups.order_ending(digits)) else {}
    elif (
        "order_no" in missing
        and "order_no" not in raw
        and (lead := answered_order(prepare(text)))
        and (order := await lookups.order_ending(lead[0]))
    ):
        # 1117的，良品其实是58 / 幺幺零九 还有三个不良: the order said short first, then what else the answer gives
        rest = prepare(text)[lead[1] :]
        raw = await asyncio.to_thread(
            answer_args, rest, pending.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
        )
        raw = {k: v for k, v in raw.items() if k != "material_text"} | {"order_no": order}
    return await resolve_slots(raw, pending.intent, user_workshop, lookups) if raw else None


def _material_answer(lookups: Lookups, pending: ParsedCommand, text: str) -> str | None:
    """A reply that is just a material ('BOM-3020', 'HV-2063 阀体') to the question 'which material?'."""
    res = lookups.materials.resolve(text, producible_only=pending.intent == "create_order")
    return str(res.best.number) if res.verdict == "resolved" and res.best else None


async def _order_by_item(text: str, pending: ParsedCommand, lookups: Lookups) -> str | None:
    """The order asked for, named by what it makes (ZX-A1转向节那个单子, 液压缸那单): the item found alone, then the one
    order of it the pending request can be about; None otherwise (asked again)."""
    said = _POINTER.sub(" ", ORDER_WORD.sub(" ", prepare(text))).strip()
    if lookups.order_of_item is None or not said or said.isdigit():
        return None
    res = await asyncio.to_thread(lookups.materials.resolve, said, producible_only=True)
    if res.verdict != "resolved" or res.best is None:
        return None
    return await lookups.order_of_item(str(res.best.number), pending.intent)


_POINTER = rx(r"那个|这个|那|这|的|是|就是")


def _bare_number(text: str) -> int | float | None:
    """'300', '三百', '1.5k', '480件': an answer that is only a quantity."""
    span = re.sub(rf"\s*(?:{COUNT_UNIT}|pcs)?\s*$", "", normalize(text))
    return parse_number(span) if span and len(span) <= 12 else None


def is_new_request(reply: ParsedCommand, current: ParsedCommand, missing: list[str] | None = None) -> bool:
    """A reply that is a request of its own (another intent, or another order) replaces the current one;
    a reply that just supplies what was asked for is an answer."""
    if reply.intent in ("unknown", "confirm", "help"):
        return False
    supplied = set(reply.canonical_args()) | ({"material"} if reply.args.get("material_text") else set())
    # another order than the one the request is about; naming the order it lacked answers it
    order = current.args.get("order_no")
    other_order = bool(order) and reply.args.get("order_no", order) != order
    if missing and "change" in missing:  # 要改什么: any field a change names answers it
        missing = [*missing, "quantity", "due_date", "workshop", "action"]
    answering = reply.intent in (current.intent, "query_order", "query_inventory")
    if missing and supplied & set(missing) and not other_order and answering:
        return False
    if reply.intent in ("query_order", "query_inventory"):
        return reply.confidence >= 0.8
    other_intent = (
        reply.intent != current.intent
        and reply.confidence >= 0.8
        and ("order_no" in reply.args or "material" in reply.args)
    )
    return other_order or other_intent
