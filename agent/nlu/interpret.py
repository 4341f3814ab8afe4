"""`interpret(text, expecting)`: the one place a message is read in the light of what the conversation waits for.

A message alone is read by the parser (`ctx.parse`); here it is read as a turn: with nothing pending it is a
request; while the bot waits for missing slots it is an answer that fills them (every slot it gives, not only the
one asked), a pick from the listed candidates, a cancel, or a new request; while a proposal waits for its
confirmation it is a confirm (or a yes too unsure to act on), a cancel, a correction of the slots its words name,
a question to answer on the side, or a new request. Nodes act on the kind; none of them reads reply words.
Where the rules read a reply to the bot and find nothing in it, a configured model is asked with what the bot
waits for (`Lookups.model`); `agent.nlu.model_turn` decides what of its proposal is taken.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agent.nlu import resolve_parsed
from agent.nlu.answers import answer_args, inclusion_answer, says_inclusion, short_order_digits
from agent.nlu.choices import Choice, chatter, confirms_card, pick_of, read_choice, read_choices
from agent.nlu.due_shift import due_moved
from agent.nlu.expecting import CORRECTABLE, Expecting, Interpretation, ModelTurn
from agent.nlu.extract import prepare
from agent.nlu.lexicon.answers import LEADING_SHORT_ORDER
from agent.nlu.lexicon.corrections import FIX_CUE, NOT_THIS, ORDER_CUE, ORDER_FIX, REPORT_SLOT
from agent.nlu.lexicon.units import COUNT_UNIT
from agent.nlu.model_turn import answer_from_model, pick_from_model, turn_from_model
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers
from agent.nlu.quantity import states_quantity
from agent.nlu.relative import CardFix, FixProblem, from_order, read_card_fix
from agent.nlu.rx import rx
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.workshops import placed_workshop

__all__ = [
    "SURE_CONFIRM",
    "Choice",
    "Expecting",
    "FixProblem",
    "Interpretation",
    "Lookups",
    "chatter",
    "interpret",
    "pick_of",
    "read_choice",
    "read_choices",
]

SURE_CONFIRM = 0.8  # a typed yes read with less confidence than this is asked back, never executed
_WRITES = ("create_order", "change_order", "report_output")
_READS = ("query_order", "query_inventory", "help")


@dataclass(frozen=True)
class Lookups:
    """What reading an answer may look up: the resolvers, the one open order whose number ends in digits, and the
    plant's vocabulary."""

    materials: Any
    workshops: Any
    order_ending: Callable[[str], Awaitable[str | None]]
    vocabulary: Vocabulary | None = None  # the plant's workshop names and calendar (none: the generic lexicon)
    # The model to consult where the rules, reading in context, end with nothing (the llm and hybrid backends'
    # `consult`); none: the rules alone. What it proposes passes `agent.nlu.model_turn`.
    model: Consult | None = None
    order_quantity: Callable[[str], Awaitable[float | None]] | None = None  # an order's own quantity (比原来多50)
    order_due: Callable[[str], Awaitable[str | None]] | None = None  # an order's own due date (往后推三天)


Parse = Callable[..., Awaitable[ParsedCommand]]
Consult = Callable[..., Awaitable[ModelTurn | None]]


async def interpret(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, parse: Parse, lookups: Lookups
) -> Interpretation:
    if expecting.kind == "slots" and expecting.choices:
        if n := pick_of(text, expecting.choices):
            return Interpretation(kind="pick", reading=ParsedCommand(intent="unknown"), pick=n)
        if (yes := read_choice(text)) is not None and yes.bare:  # ok / 好的 while a list waits: no material
            return Interpretation(kind="unclear", reading=ParsedCommand(intent="unknown"))
        if picked := await _pick_and_more(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups):
            return picked
    in_context = {"expecting": expecting} if expecting.kind != "nothing" else {}  # a fresh message: as it always was
    reading = await parse(text, now=now, user_workshop=user_workshop, **in_context)
    pending = expecting.pending
    if expecting.kind == "nothing" or pending is None:
        return Interpretation(kind="request", reading=reading)
    if expecting.kind == "confirmation" and (turned := _inclusion_fix(text, pending)) is not None:
        return Interpretation(kind="correction", reading=reading, request=turned)
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
    calendar = lookups.vocabulary.calendar if lookups.vocabulary else None
    moved = await due_moved(text, pending, lookups.order_due, calendar) if _about_card(reading, pending) else None
    if moved is not None:  # 交期再往后推三天: from the card's due date
        return Interpretation(kind="correction", reading=reading, request=moved)
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
        # 月底 / 下周五 alone while the card waits: the due date the card should have, nothing else; 机加一也满了，放
        # 装配车间: the shop it is put in (one named only as full says why, not where)
        fixed = await _named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        changed = _changed(pending, fixed) if fixed is not None else set()
        if changed == {"due_date"} or (changed == {"workshop"} and placed_workshop(prepare(text), lookups.vocabulary)):
            return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent in _READS:
        return Interpretation(kind="question", reading=reading)
    if reading.intent in _WRITES:
        return Interpretation(kind="request", reading=reading)
    proposed = await _consult(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups)
    taken = turn_from_model(text, reading, expecting, proposed) if proposed is not None else None
    return taken or Interpretation(kind="unclear", reading=reading)


async def _consult(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ModelTurn | None:
    """The model's proposal for a reply the rules could not read, when a model is configured."""
    if lookups.model is None:
        return None
    return await lookups.model(text, expecting, now=now, user_workshop=user_workshop)


async def _pick_and_more(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> Interpretation | None:
    """A pick and other slots in one reply (220V的，数量改成150): the one clause that picks, and the slots the
    rest gives (in `request`), or None."""
    parts = [p for p in re.split(r"[,，;；]", text) if p.strip()]
    if len(parts) < 2:  # SB-16的 数量改成320: a space between the pick and the rest
        parts = text.split()
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
    unread = not reply.canonical_args() and reading.intent == "unknown"
    # the rules read nothing they could use: the model may read an answer, within what was asked (model_turn)
    if unread and (turn := await _consult(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups)):
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
    if says_inclusion(text) and (said := _inclusion_fix(text, merged)) is not None:  # MO20261109，包括
        merged = said.model_copy(update={"clarify": merged.clarify})
    return Interpretation(kind="answer", reading=reading, request=merged)


def _inclusion_fix(text: str, pending: ParsedCommand) -> ParsedCommand | None:
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
        about_order = ORDER_CUE.search(prepare(text)) or tail in prepare(
            text
        )  # 不是这个单子 是1117: 单 in what was dropped
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
        if k in (*CORRECTABLE, "order_no") and pending.args.get(k) != v
    }  # fmt: skip
    if pending.intent != "create_order":
        slots.pop("material", None)
    quantity = slots.get("quantity")
    if "material" in slots and isinstance(quantity, int | float) and _in_material(said, raw, quantity):
        slots.pop("quantity")  # 是20的那个 DBDS20: the figure names the material, the card's quantity stays
    if not slots:
        return None
    return pending.model_copy(update={"args": dict(pending.args) | slots, "clarify": []})


def _in_material(said: str, raw: dict[str, Any], quantity: float) -> bool:
    """Whether the figure read as the quantity is one of the new material's (a digit run of its name or spec as
    said), and no quantity word or unit says it is a quantity."""
    named = str(raw.get("material_text") or raw.get("material") or "")
    return any(n.value == quantity for n in find_numbers(named)) and not states_quantity(said, quantity)


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
    args.update(slots)
    return current.model_copy(update={"args": args, "clarify": []})
