"""A reply that keeps the waiting card as it is, or drops part of it: figures it already shows said again (就1000整 on
a card of 1000), a field to leave unchanged (交期不动了, keep the due date) or the one field a change is to keep
(只改数量); and a bare new figure for it (改1.2k吧 先少做点). Each gives the turn, or None when the message is not
one of these and is read as any other."""

from __future__ import annotations

import asyncio
import re
from datetime import datetime

from agent.nlu.answers import answer_args
from agent.nlu.card_fixes import named_fix
from agent.nlu.expecting import Interpretation, Kept
from agent.nlu.extract import Work, prepare
from agent.nlu.lexicon.change import BARE_FIGURE_CHANGE, CHANGE_FIELDS
from agent.nlu.lexicon.corrections import (
    ORDER_CUE,
    QUANTITY_SLOT,
    REPORT_SLOT,
    SAME_AS_BEFORE,
    SAME_AS_BEFORE_FIELDS,
)
from agent.nlu.lexicon.keep import FIELD_KEEPS, FIGURE_SLOT_WORDS, KEEP_FILLER, NOT_SAID, RESTATE_WORD
from agent.nlu.lexicon.orders import own_order
from agent.nlu.lexicon.replies import CARD_CONFIRM
from agent.nlu.lexicon.report import NO_SCRAP
from agent.nlu.lexicon.units import UNIT
from agent.nlu.lookups import Lookups, resolve_slots
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers, parse_number
from agent.nlu.rx import rx
from agent.nlu.workshops import find_workshop

__all__ = [
    "bare_figure",
    "kept_fields",
    "no_scrap",
    "only_workshop",
    "own_order_said",
    "restated",
    "restated_slots",
    "restated_yes",
    "same_as_before",
    "same_as_before_field",
]

_FIGURES = ("quantity", "good_qty", "scrap_qty")
_CHANGES = ("quantity", "quantity_delta", "due_date", "workshop", "action")  # what a change card changes
_FIELD_OF = {"quantity_delta": "quantity"}
_UNIT = rx(UNIT)
_OBJECT = rx(r"[0-9a-z]")  # a figure, an order number or a code after a bare new figure: something else is named


def restated(text: str, card: ParsedCommand) -> Kept | None:
    """就1000整 / 对 就是1000 / 数量1000没错 on a card that shows 1000: every figure said is one the card shows (the one
    a word names, when one does), and besides them only words that say "that is right". None otherwise."""
    said = prepare(text)
    if order := card.args.get("order_no"):
        said = own_order(str(order)).sub(" ", said)  # 对 1103 良品20 on a card of MO20261103: its order, no figure
    numbers = [n for n in find_numbers(said) if not n.bare]
    shown = {s: card.args[s] for s in _FIGURES if isinstance(card.args.get(s), int | float)}
    if not numbers or not shown:
        return None
    named = {_on_card(slot, card) for slot, words in FIGURE_SLOT_WORDS.items() if words.search(said)}
    if named - shown.keys():  # 良品1000 on a create card: a figure it has no slot for
        return None
    candidates = {s: v for s, v in shown.items() if not named or s in named}
    slots = [s for s, v in candidates.items() if any(n.value == v for n in numbers)]
    if not slots or any(all(n.value != v for v in candidates.values()) for n in numbers):
        return None
    rest = "".join(c for i, c in enumerate(said) if not any(n.start <= i < n.end for n in numbers))
    for words in FIGURE_SLOT_WORDS.values():
        rest = words.sub(" ", rest)
    rest = RESTATE_WORD.sub("", _UNIT.sub(" ", rest))
    return Kept(reason="restated", slots=slots) if not rest else None


def _on_card(slot: str, card: ParsedCommand) -> str:
    """数量 on a report is its good figure (as in 数量改成50)."""
    return "good_qty" if slot == "quantity" and card.intent == "report_output" else slot


async def kept_fields(
    text: str, reading: ParsedCommand, card: ParsedCommand, *, now: datetime, user_workshop: str | None,
    lookups: Lookups,
) -> Interpretation | None:  # fmt: skip
    """交期不动了 / 车间不用改了 / keep the due date / 只改数量: on a change card, the card without the changes of those
    fields (or of every field but the one to keep), and with what the rest of the message corrects (交期不动了 数量改成
    900); when it changes none of them, or nothing would be left, or the card is no change, the card as it is, said
    so. None when no field is kept, or the rest is no correction."""
    said = prepare(text)
    stays = said
    for field in FIELD_KEEPS:
        stays = field.stays.sub(" ", stays) if field.stays else stays
    if stays != said and KEEP_FILLER.sub("", stays):
        # 交期改成12月11号，数量不变: the other field corrected, this one as the card shows it (its change kept)
        fixed = await named_fix(stays, card, now=now, user_workshop=user_workshop, lookups=lookups)
        return Interpretation(kind="correction", reading=reading, request=fixed) if fixed is not None else None
    keep, only = set(), set()
    for field in FIELD_KEEPS:
        if field.keep.search(said):
            keep.add(field.slot)
            said = field.keep.sub(" ", said)
        if field.only.search(said):
            only.add(field.slot)
            said = field.only.sub(" ", said)
    if not (keep or only):
        return None
    changed = [s for s in _CHANGES if s in card.args and s != "action"] if card.intent == "change_order" else []
    drop = [s for s in changed if _FIELD_OF.get(s, s) in keep or (only and _FIELD_OF.get(s, s) not in only)]
    left = card.model_copy(update={"args": {k: v for k, v in card.args.items() if k not in drop}, "clarify": []})
    if KEEP_FILLER.sub("", said):  # 交期不动了 数量改成900: the rest corrects the card too, or it is read otherwise
        more = await named_fix(said, left, now=now, user_workshop=user_workshop, lookups=lookups)
        return Interpretation(kind="correction", reading=reading, request=more) if more is not None else None
    if not drop:  # a new order or a report changes no field of an order; a change that leaves them as they are
        unchanged = sorted(keep - {_FIELD_OF.get(s, s) for s in changed})
        return Interpretation(kind="kept", reading=reading, kept=Kept(reason="unchanged", slots=unchanged))
    if not any(s in left.args for s in _CHANGES):
        slots = list(dict.fromkeys(_FIELD_OF.get(s, s) for s in drop))
        return Interpretation(kind="kept", reading=reading, kept=Kept(reason="only_change", slots=slots))
    return Interpretation(kind="correction", reading=reading, request=left)


async def bare_figure(
    text: str, reading: ParsedCommand, card: ParsedCommand, *, now: datetime, user_workshop: str | None,
    lookups: Lookups,
) -> Interpretation | None:  # fmt: skip
    """改1.2k吧 先少做点 / 改成800 / make it 900 while a card waits, with no other object named after it: the card's
    quantity (a report's good figure when a word says so; without one, which figure is asked). None otherwise."""
    said = prepare(text)
    m = BARE_FIGURE_CHANGE.match(said)
    if m is None or card.intent not in ("create_order", "change_order", "report_output"):
        return None
    value = parse_number(m.group(1))
    rest = said[m.end() :]
    if value is None or _OBJECT.search(rest) or ORDER_CUE.search(rest) or any(p.search(rest) for p, _ in CHANGE_FIELDS):
        return None
    raw = await asyncio.to_thread(
        answer_args, rest, "create_order", now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
    )
    if set(raw) - {"material_text"} or _names_material(str(raw.get("material_text") or ""), lookups):
        return None  # 改800 下周五交 / 改800 液压阀体: another object named, read as any other message
    if card.intent == "report_output":
        if not (REPORT_SLOT.search(said) or QUANTITY_SLOT.search(said)):
            return Interpretation(kind="unclear_fix", reading=reading)  # good or scrap? asked, not guessed
        slot = "good_qty"
    else:
        slot = "quantity"
    args = {k: v for k, v in card.args.items() if k != "quantity_delta"} | {slot: value}
    fixed = card.model_copy(update={"args": args, "clarify": []})
    return Interpretation(kind="correction", reading=reading, request=fixed)


def _names_material(phrase: str, lookups: Lookups) -> bool:
    """Whether the words after a bare new figure name an item (改800 液压阀体), found or one of several."""
    if not phrase.strip():
        return False
    verdict = getattr(lookups.materials.resolve(phrase), "verdict", "not_found")
    return verdict != "not_found"


def same_as_before_field(text: str) -> str | None:
    """The card slot a message says is as on the order written just before (跟上一单一样的车间 → workshop)."""
    m = SAME_AS_BEFORE.search(prepare(text))
    said = m and (m["f1"] or m["f2"] or m["f3"])
    return SAME_AS_BEFORE_FIELDS.get(re.sub(r"\s+", " ", said)) if said else None


async def same_as_before(
    text: str, reading: ParsedCommand, card: ParsedCommand, lookups: Lookups
) -> Interpretation | None:
    """跟上一单一样的车间 while a create or change card waits: the card takes the value of the order this person
    wrote just before (kept when it shows it already). None when the message says no such thing, or there is no
    such order to take it from (then it is read as any other message)."""
    field = same_as_before_field(text)
    if field is None or card.intent not in ("create_order", "change_order") or lookups.previous_order is None:
        return None
    before = await lookups.previous_order()
    value = before.get(field) if before else None
    if value is None:
        return None
    if card.args.get(field) == value:
        return Interpretation(kind="kept", reading=reading, kept=Kept(reason="unchanged", slots=[field]))
    fixed = card.model_copy(update={"args": dict(card.args) | {field: value}, "clarify": []})
    return Interpretation(kind="correction", reading=reading, request=fixed)


async def restated_slots(
    text: str, card: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> Kept | None:
    """你看懂了吗？数量是300，一车间，18号交 on a card that shows exactly that: every slot the message gives (two or
    more) is the card's own, so the card stands as it is (read, not a fix). None when it gives fewer, or any
    other value."""
    raw = await asyncio.to_thread(
        answer_args, text, card.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
    )
    item = "material_text" in raw
    if (item and card.intent != "create_order") or raw.get("order_no", card.args.get("order_no")) != card.args.get(
        "order_no"
    ):
        return None  # an item or another order named: a new request or a fix, never "the card as it is" (blind15)
    alone = set(raw) <= {"workshop", "workshop_text"} and only_workshop(text, lookups)  # machining 1, alone
    if len(raw) < 2 and not alone:
        return None
    given = (await resolve_slots(raw, card.intent, user_workshop, lookups)).canonical_args()
    if item and given.get("material") != card.args.get("material"):
        return None  # 是80x300的，120个 on a create card: the item named must be the card's own, found alone
    if len(given) < (1 if alone else 2) or any(card.args.get(k) != v for k, v in given.items()):
        return None
    return Kept(reason="restated", slots=sorted(given))


async def restated_yes(
    text: str, card: ParsedCommand, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> bool:
    """那就还是机加二 确认 / ok, 300 then: a yes beside values the card already shows (one or more, none other, no
    negation): the card is confirmed as it stands."""
    said = prepare(text)
    if not CARD_CONFIRM.search(said):
        return False
    rest = CARD_CONFIRM.sub(" ", said)
    if order := card.args.get("order_no"):
        rest = own_order(str(order)).sub(" ", rest)  # 1103 良品20 不良1 确认 on MO20261103's card: its order said too
    if not KEEP_FILLER.sub("", rest).strip():
        return False  # a plain yes (确认, 好的 确认): nothing restated, no reading needed
    if NOT_SAID.search(rest):
        return False  # 确认 不要机加二: not the card as it stands
    raw = await asyncio.to_thread(
        answer_args, rest, card.intent, now=now, user_workshop=user_workshop, vocabulary=lookups.vocabulary
    )
    if not raw or "material_text" in raw or raw.get("order_no", card.args.get("order_no")) != card.args.get("order_no"):
        return False
    given = (await resolve_slots(raw, card.intent, user_workshop, lookups)).canonical_args()
    return bool(given) and all(card.args.get(k) == v for k, v in given.items())


def only_workshop(text: str, lookups: Lookups) -> bool:
    """Whether the message is a workshop's name and nothing else (machining 1, 一车间。)."""
    work = Work(prepare(text))
    if find_workshop(work, lookups.vocabulary) is None:
        return False
    return not KEEP_FILLER.sub("", work.text).strip(" ,.;:!?~")


def no_scrap(text: str, card: ParsedCommand, reading: ParsedCommand) -> Interpretation | None:
    """没有不良 (确认) on a report card, and nothing else: scrap 0. On a card that shows 0 it says the card again (with
    确认 / ok, a yes); on one that shows scrap it puts the scrap right to 0 (shown again, never written)."""
    if card.intent != "report_output":
        return None
    said = prepare(text)
    if not NO_SCRAP.search(said) or KEEP_FILLER.sub("", CARD_CONFIRM.sub(" ", NO_SCRAP.sub(" ", said))).strip():
        return None
    if not card.args.get("scrap_qty"):
        if CARD_CONFIRM.search(said):
            return Interpretation(kind="confirm", reading=reading)
        return Interpretation(kind="kept", reading=reading, kept=Kept(reason="restated", slots=["scrap_qty"]))
    fixed = card.model_copy(update={"args": card.args | {"scrap_qty": 0}})
    return Interpretation(kind="correction", reading=reading, request=fixed)


_RULED_OUT_BEFORE = rx(r"(?:不是|不对|并非|\bnot\b|\bisn't\b)\s*$")


def own_order_said(text: str, card: ParsedCommand, reading: ParsedCommand) -> Interpretation | None:
    """你听懂了吗 是1107 不是别的单 on a card of MO20261107: the card's own order said again, and no other figure; never
    one of its figures (a quantity of 1107). Said to be wrong (不是1107) without the right one, it is asked back. None
    when the card names no order, the message does not say it, or says more figures or a yes (read as any reply)."""
    order = card.args.get("order_no")
    if not order:
        return None
    said = prepare(text)
    own = own_order(str(order))
    if not (m := own.search(said)) or CARD_CONFIRM.search(said) or find_numbers(own.sub(" ", said)):
        return None
    if _RULED_OUT_BEFORE.search(said[: m.start()]):
        return Interpretation(kind="unclear_fix", reading=reading)
    return Interpretation(kind="kept", reading=reading, kept=Kept(reason="restated", slots=["order_no"]))
