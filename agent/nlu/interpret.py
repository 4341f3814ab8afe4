"""`interpret(text, expecting)`: the one place a message is read in the light of what the conversation waits for.

A message alone is read by the parser (`ctx.parse`); here it is read as a turn: with nothing pending it is a
request; while the bot waits for missing slots it is an answer that fills them (every slot it gives, not only the
one asked), a pick from the listed candidates, a cancel, or a new request; while a proposal waits for its
confirmation it is a confirm (or a yes too unsure to act on), a cancel, a correction of the slots its words name,
a question to answer on the side, or a new request. Nodes act on the kind; none of them reads reply words.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.nlu import resolve_parsed
from agent.nlu.answers import answer_args, inclusion_answer, short_order_digits
from agent.nlu.choices import Choice, chatter, confirms_card, pick_of, read_choice
from agent.nlu.extract import prepare
from agent.nlu.lexicon.answers import LEADING_SHORT_ORDER
from agent.nlu.lexicon.corrections import FIX_CUE, NOT_THIS, ORDER_CUE, ORDER_FIX, REPORT_SLOT
from agent.nlu.lexicon.units import COUNT_UNIT
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers
from agent.nlu.relative import CardFix, FixProblem, from_order, read_card_fix
from agent.nlu.rx import rx
from agent.nlu.vocabulary import Vocabulary

__all__ = [
    "SURE_CONFIRM",
    "Choice",
    "Expecting",
    "FixProblem",
    "Interpretation",
    "Lookups",
    "asks_inclusion",
    "chatter",
    "interpret",
    "pick_of",
    "read_choice",
]

SURE_CONFIRM = 0.8  # a typed yes read with less confidence than this is asked back, never executed
_WRITES = ("create_order", "change_order", "report_output")
_READS = ("query_order", "query_inventory", "help")
_CORRECTABLE = ("quantity", "due_date", "workshop", "good_qty", "scrap_qty", "material")


class Expecting(BaseModel):
    """What the conversation waits for: nothing, the `missing` slots of `pending` (with the `choices` listed when
    a material was ambiguous), or the confirmation of the proposal built from `pending`."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["nothing", "slots", "confirmation"] = "nothing"
    pending: ParsedCommand | None = None
    missing: list[str] = Field(default_factory=list)
    choices: list[str] = Field(default_factory=list)  # the numbered candidates listed ("01.01.0003 液压阀体 HV-3250")


class Interpretation(BaseModel):
    kind: Literal[
        "request", "answer", "pick", "correction", "confirm", "unsure_confirm", "cancel", "question", "unclear",
        "unclear_fix",  # says the card is wrong, but not what is right (or not which figure): asked, card unchanged
    ]  # fmt: skip
    reading: ParsedCommand  # the message read on its own
    request: ParsedCommand | None = None  # answer / correction: the pending request with the message's values
    pick: int | None = None  # 1-based
    problem: FixProblem | None = None  # unclear_fix: what to ask about a figure fixed by an amount or its old value


@dataclass(frozen=True)
class Lookups:
    """What reading an answer may look up: the resolvers, the one open order whose number ends in digits, and the
    plant's vocabulary."""

    materials: Any
    workshops: Any
    order_ending: Callable[[str], Awaitable[str | None]]
    vocabulary: Vocabulary | None = None  # the plant's workshop names and calendar (none: the generic lexicon)
    order_quantity: Callable[[str], Awaitable[float | None]] | None = None  # an order's own quantity (比原来多50)


Parse = Callable[..., Awaitable[ParsedCommand]]


async def interpret(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, parse: Parse, lookups: Lookups
) -> Interpretation:
    if expecting.kind == "slots" and expecting.choices:
        if n := pick_of(text, expecting.choices):
            return Interpretation(kind="pick", reading=ParsedCommand(intent="unknown"), pick=n)
        if picked := await _pick_and_more(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups):
            return picked
    reading = await parse(text, now=now, user_workshop=user_workshop)
    pending = expecting.pending
    if expecting.kind == "nothing" or pending is None:
        return Interpretation(kind="request", reading=reading)
    if "scrap_included" in expecting.missing:  # before a cancel: "no" says the 2 bad ones are not in the 30
        turn = await _as_inclusion(text, reading, expecting, now=now, user_workshop=user_workshop, lookups=lookups)
        if turn is not None:
            return turn
    if reading.intent == "cancel":
        return Interpretation(kind="cancel", reading=reading)
    if expecting.kind == "slots":
        return await _as_answer(text, reading, expecting, now=now, user_workshop=user_workshop, lookups=lookups)
    if (fix := read_card_fix(text, pending)) is not None and _about_card(reading, pending):
        # 良品少算了5个, 再加50, 不是5是3: the card's figures changed by an amount, or the one that was X
        turn = await _card_fixed(fix, reading, pending, lookups)
        if turn.request is not None and find_numbers(fix.rest):  # 良品改成50，不良减1: the rest fixes the card too
            more = await _named_fix(fix.rest, turn.request, now=now, user_workshop=user_workshop, lookups=lookups)
            turn = turn.model_copy(update={"request": more}) if more is not None else turn
        return turn
    if confirms_card(text, pending.intent):  # 刚才那个报工确认一下: the waiting card, named, not a new report
        return Interpretation(kind="confirm", reading=reading)
    if reading.intent == "confirm":
        sure = reading.confidence >= SURE_CONFIRM
        return Interpretation(kind="confirm" if sure else "unsure_confirm", reading=reading)
    if FIX_CUE.search(prepare(text)) and reading.intent not in ("query_inventory", "help"):
        # 不对 是520, 车间错了 是热处理车间, sorry Dec 27: the values it gives replace the card's, nothing else
        fixed = await _named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        if fixed is not None:
            return Interpretation(kind="correction", reading=reading, request=fixed)
        if reading.intent not in _READS:
            return Interpretation(kind="unclear_fix", reading=reading)
    if (fixed := correction(reading, pending, text)) is not None:  # before a question: 改成500 fixes the card
        return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent in ("change_order", pending.intent) and not reading.args.get("order_no"):
        # a change that names no order (物料改成DBDS20, 车间换成二车间) is a change of the card
        fixed = await _named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        if fixed is not None:
            return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent == "unknown" and pending.intent in ("create_order", "change_order"):
        # 月底 / 下周五 alone while the card waits: the due date the card should have, nothing else
        fixed = await _named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        if fixed is not None and _changed(pending, fixed) == {"due_date"}:
            return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent in _READS:
        return Interpretation(kind="question", reading=reading)
    if reading.intent in _WRITES:
        return Interpretation(kind="request", reading=reading)
    return Interpretation(kind="unclear", reading=reading)


async def _pick_and_more(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> Interpretation | None:
    """A pick and other slots in one reply (220V的，数量改成150): the one clause that picks, and the slots the
    rest gives (in `request`), or None."""
    parts = [p for p in re.split(r"[,，;；]", text) if p.strip()]
    hits = [(i, n) for i, p in enumerate(parts) if (n := pick_of(p, expecting.choices))]
    if len(parts) < 2 or len(hits) != 1 or expecting.pending is None:
        return None
    rest = "，".join(p for i, p in enumerate(parts) if i != hits[0][0])
    missing = [m for m in expecting.missing if m != "material"]
    more = await _answer_to(rest, expecting.pending, missing, now=now, user_workshop=user_workshop, lookups=lookups)
    return Interpretation(kind="pick", reading=ParsedCommand(intent="unknown"), pick=hits[0][1], request=more)


async def _as_answer(
    text: str, reading: ParsedCommand, expecting: Expecting, *, now: datetime, user_workshop: str | None,
    lookups: Lookups,
) -> Interpretation:  # fmt: skip
    pending, missing = expecting.pending, expecting.missing
    assert pending is not None
    reply = reading
    if not reply.canonical_args() or reply.intent in ("unknown", "confirm"):
        # every slot the answer gives, read for the pending request (40个，12月20日交; 1103)
        reply = await _answer_to(text, pending, missing, now=now, user_workshop=user_workshop, lookups=lookups) or reply
    elif "order_no" in missing and "order_no" not in reply.args and LEADING_SHORT_ORDER.match(prepare(text)):
        # 1117的，良品其实是58 reads as a report by itself; as the answer it also names the order asked for
        said = await _answer_to(text, pending, missing, now=now, user_workshop=user_workshop, lookups=lookups)
        reply = said if said is not None and "order_no" in said.args else reply
    slot = next((m for m in missing if m in ("quantity", "good_qty")), None)
    if not reply.canonical_args() and slot and (number := _bare_number(text)) is not None:
        reply = reply.model_copy(update={"args": {slot: number}})
    if not reply.canonical_args() and "material" in missing and (found := _material_answer(lookups, pending, text)):
        reply = reply.model_copy(update={"args": {"material": found}})
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
    return Interpretation(kind="answer", reading=reading, request=merged)


def asks_inclusion(missing: list[str]) -> bool:
    """Whether the question now is "do the 30 include the 2 bad ones?": asked once the order is known."""
    return "scrap_included" in missing and "order_no" not in missing


async def _as_inclusion(
    text: str, reading: ParsedCommand, expecting: Expecting, *, now: datetime, user_workshop: str | None,
    lookups: Lookups,
) -> Interpretation | None:  # fmt: skip
    """The answer to "do the 30 include the 2 bad ones?": the report with its good and scrap figures and any other
    slot the answer gives (MO20261103，包括). One that does not say is asked again once, then the good figure is
    asked as for any report. None: not an answer to it (the order asked first, a cancel, a new request)."""
    pending, missing = expecting.pending, expecting.missing
    assert pending is not None
    args = dict(pending.args)
    made, scrap = args.pop("made_qty", None), args.get("scrap_qty")
    asked = args.pop("inclusion_asked", None)
    clarify = [c for c in pending.clarify if c != "scrap_included"]
    figures = None
    if isinstance(made, int | float) and isinstance(scrap, int | float):
        figures = inclusion_answer(text, made, scrap)
    if figures is None:
        if not asks_inclusion(missing) or reading.intent == "cancel" or is_new_request(reading, pending, missing):
            return None
        if not asked:  # asked again, once
            again = pending.model_copy(update={"args": dict(pending.args) | {"inclusion_asked": 1}})
            return Interpretation(kind="answer", reading=reading, request=again)
        plain = pending.model_copy(update={"args": args, "clarify": clarify})  # the good figure, as for any report
        rest = [*(m for m in missing if m != "scrap_included"), "good_qty"]
        plain_expecting = expecting.model_copy(update={"pending": plain, "missing": rest})
        return await _as_answer(text, reading, plain_expecting, now=now, user_workshop=user_workshop, lookups=lookups)
    args["good_qty"], args["scrap_qty"] = figures
    if others := [m for m in missing if m not in ("scrap_included", "good_qty")]:  # MO20261103，包括
        more = await _answer_to(text, pending, others, now=now, user_workshop=user_workshop, lookups=lookups)
        given = {k: v for k, v in (more.canonical_args() if more else {}).items() if k not in ("good_qty", "scrap_qty")}
        args |= given
        clarify = [c for c in clarify if c not in given]
    answered = pending.model_copy(update={"args": args, "clarify": clarify, "unreadable": []})
    return Interpretation(kind="answer", reading=reading, request=answered)


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
        and (lead := LEADING_SHORT_ORDER.match(prepare(text)))
        and (order := await lookups.order_ending(lead.group(1)))
    ):
        # 1117的，良品其实是58: the order said short first, then what else the answer gives (read without its digits)
        rest = prepare(text)[lead.end() :]
        raw = await asyncio.to_thread(
            answer_args, rest, pending.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
        )
        raw = {k: v for k, v in raw.items() if k != "material_text"} | {"order_no": order}
    return await _resolve(raw, pending.intent, user_workshop, lookups) if raw else None


async def _resolve(raw: dict[str, Any], intent: str, user_workshop: str | None, lookups: Lookups) -> ParsedCommand:
    """Raw slots read for `intent`, resolved to K/3 numbers as a whole request's are."""
    guess = ParsedCommand(intent=intent, args=raw, confidence=0.9)  # type: ignore[arg-type]
    return await asyncio.to_thread(
        resolve_parsed, guess, user_workshop=user_workshop, materials=lookups.materials, workshops=lookups.workshops
    )


def _material_answer(lookups: Lookups, pending: ParsedCommand, text: str) -> str | None:
    """A reply that is just a material ('BOM-3020', 'HV-2063 阀体') to the question 'which material?'."""
    res = lookups.materials.resolve(text, producible_only=pending.intent == "create_order")
    return str(res.best.number) if res.verdict == "resolved" and res.best else None


def _bare_number(text: str) -> int | float | None:
    """'300', '三百', '1.5k', '480件': an answer that is only a quantity."""
    from agent.nlu.numbers import parse_number
    from tools.text import normalize

    span = re.sub(rf"\s*(?:{COUNT_UNIT}|pcs)?\s*$", "", normalize(text))
    return parse_number(span) if span and len(span) <= 12 else None


_SHORT_NUMBER = rx(r"(?<![\d.])(\d{3,6})(?![\d.])")


async def _named_fix(
    text: str, pending: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ParsedCommand | None:
    """The pending request with the values a "that's wrong, it's X" message gives, or None when it gives none it
    can place (a bare figure on a report: good or scrap?)."""
    said = NOT_THIS.sub(" ", prepare(text))
    raw = await asyncio.to_thread(
        answer_args, said, pending.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
    )
    current = str(pending.args.get("order_no") or "")
    if current and "order_no" not in raw:  # 是1123 / 单号错了 是1109: an order said short
        tail = current[-4:]
        about_order = ORDER_CUE.search(said) or tail in prepare(text)
        for digits in _SHORT_NUMBER.findall(said) if about_order else []:
            if (order := await lookups.order_ending(digits)) and order != current:
                raw = {k: v for k, v in raw.items() if k not in ("quantity", "good_qty", "scrap_qty")}
                raw["order_no"] = order
                break
    if pending.intent == "report_output" and not REPORT_SLOT.search(said):
        raw = {k: v for k, v in raw.items() if k not in ("good_qty", "scrap_qty")}  # which figure? asked, not guessed
    if not raw:
        return None
    resolved = await _resolve(raw, pending.intent, user_workshop, lookups)
    slots = {
        k: v for k, v in resolved.canonical_args().items()
        if k in (*_CORRECTABLE, "order_no") and pending.args.get(k) != v
    }  # fmt: skip
    if pending.intent != "create_order":
        slots.pop("material", None)
    if not slots:
        return None
    return pending.model_copy(update={"args": dict(pending.args) | slots, "clarify": []})


def _about_card(reading: ParsedCommand, pending: ParsedCommand) -> bool:
    """Whether a message may be about the waiting card: it names no other order or item, and asks no question."""
    order, material = reading.args.get("order_no"), reading.args.get("material")
    other_order = order is not None and order != pending.args.get("order_no")
    other_item = material is not None and material != pending.args.get("material")
    return not (other_order or other_item or reading.intent in ("query_inventory", "help"))


async def _card_fixed(fix: CardFix, reading: ParsedCommand, pending: ParsedCommand, lookups: Lookups) -> Interpretation:
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


def _changed(before: ParsedCommand, after: ParsedCommand) -> set[str]:
    return {k for k, v in after.args.items() if before.args.get(k) != v}


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


def correction(reply: ParsedCommand, current: ParsedCommand, text: str = "") -> ParsedCommand | None:
    """ "改成500" / "交期改到下周一" / "不对，是MO20261109" while a proposal waits: the same request with the
    named values changed and nothing else."""
    slots = {k: v for k, v in reply.canonical_args().items() if k in _CORRECTABLE}
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
    args.update(slots)
    return current.model_copy(update={"args": args, "clarify": []})
