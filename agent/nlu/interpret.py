"""`interpret(text, expecting)`: the one place a message is read in the light of what the conversation waits for.

A message alone is read by the parser (`ctx.parse`); here it is read as a turn: with nothing pending it is a
request; while the bot waits for missing slots it is an answer that fills them (every slot it gives, not only the
one asked), a pick from the listed candidates, a cancel, or a new request; while a proposal waits for its
confirmation it is a confirm (or a yes too unsure to act on), a cancel, a correction of the slots its words name
(a bare 改800 is its quantity; 交期不动了 drops a change), a figure it shows said again or a field it keeps (`kept`),
a question to answer on the side, or a new request; right after a refusal it may correct the refused request
(搞错了 是1115). Nodes act on the kind; none of them reads reply words.
Where the rules read a reply to the bot and find nothing in it, a configured model is asked with what the bot
waits for (`Lookups.model`); `agent.nlu.model_turn` decides what of its proposal is taken.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from agent.nlu.card_fixes import (
    about_card,
    action_fix,
    card_fixed,
    changed_slots,
    correction,
    inclusion_fix,
    named_fix,
    order_slot_fix,
    says_due,
    says_due_and_shop,
)
from agent.nlu.card_keeps import (
    bare_figure,
    kept_fields,
    no_scrap,
    only_workshop,
    own_order_said,
    restated,
    restated_slots,
    restated_yes,
    same_as_before,
)
from agent.nlu.choices import (
    Choice,
    OrderChoice,
    chatter,
    confirms_card,
    pick_of,
    read_choice,
    read_choices,
    read_order_choices,
    read_others,
    withdraws_card,
)
from agent.nlu.due_shift import due_moved
from agent.nlu.expecting import Expecting, Interpretation, Kept
from agent.nlu.extract import prepare
from agent.nlu.lexicon.corrections import FIX_CUE
from agent.nlu.lookups import Lookups, consult
from agent.nlu.model_turn import turn_from_model
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers
from agent.nlu.relative import FixProblem, read_card_fix
from agent.nlu.remarks import remark, waiting
from agent.nlu.retry import retried
from agent.nlu.rules import SIMILAR_REPLY
from agent.nlu.slot_answers import pick_and_more, read_answer
from agent.nlu.workshops import placed_workshop

__all__ = [
    "SURE_CONFIRM",
    "Choice",
    "Expecting",
    "FixProblem",
    "Interpretation",
    "Kept",
    "Lookups",
    "OrderChoice",
    "chatter",
    "interpret",
    "pick_of",
    "read_choice",
    "read_choices",
    "read_order_choices",
    "read_others",
]

SURE_CONFIRM = 0.8  # a typed yes read with less confidence than this is asked back, never executed
_WRITES = ("create_order", "change_order", "report_output")
_READS = ("query_order", "query_inventory", "help")

Parse = Callable[..., Awaitable[ParsedCommand]]


async def interpret(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, parse: Parse, lookups: Lookups
) -> Interpretation:
    if expecting.kind == "slots" and expecting.choices:
        if n := pick_of(text, expecting.choices):
            return Interpretation(kind="pick", reading=ParsedCommand(intent="unknown"), pick=n)
        if (yes := read_choice(text)) is not None and yes.bare:  # ok / 好的 while a list waits: no material
            return Interpretation(kind="unclear", reading=ParsedCommand(intent="unknown"))
        if picked := await pick_and_more(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups):
            return picked
    replying = expecting.kind in ("slots", "confirmation")
    in_context = {"expecting": expecting} if replying else {}  # a fresh message: as it always was
    reading = await parse(text, now=now, user_workshop=user_workshop, **in_context)
    pending = expecting.pending
    if expecting.kind == "refused" and pending is not None:  # 搞错了 是1115 after a refusal: the request, corrected
        again = await retried(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        return Interpretation(kind="correction" if again else "request", reading=reading, request=again)
    if not replying or pending is None:
        return Interpretation(kind="request", reading=reading)
    if expecting.kind == "confirmation" and (turned := inclusion_fix(text, pending)) is not None:
        return Interpretation(kind="correction", reading=reading, request=turned)
    if expecting.kind == "confirmation" and (acted := action_fix(text, pending)) is not None:
        return Interpretation(kind="correction", reading=reading, request=acted)  # 不是关闭，是开工
    if expecting.kind == "confirmation" and (none := no_scrap(text, pending, reading)) is not None:
        return none  # 没有不良 确认 on a report card: its scrap is 0 (said again, or put right)
    order = str(pending.args.get("order_no") or "") or None
    if expecting.kind == "confirmation" and withdraws_card(text, order):  # 刚才1122那个申请撤回，客户改主意了
        return Interpretation(kind="cancel", reading=reading)
    if expecting.kind == "confirmation" and (own := own_order_said(text, pending, reading)) is not None:
        return own  # 是1107 on a card of MO20261107: its order said again, never its quantity
    if expecting.kind == "confirmation" and waiting(text):  # 稍等，我看下排产表: no new order; the card waits
        return Interpretation(kind="unclear", reading=reading, remark="waiting")
    if expecting.kind == "confirmation":
        # 交期不动了 只改数量: the card without the due date's change (never a cancel, nor a new request)
        if await restated_yes(text, pending, now=now, user_workshop=user_workshop, lookups=lookups):
            return Interpretation(kind="confirm", reading=reading)  # 那就还是机加二 确认: the card as it stands, yes
        if kept := await kept_fields(text, reading, pending, now=now, user_workshop=user_workshop, lookups=lookups):
            return kept
        if (same := restated(text, pending)) is not None:  # 就1000整 on a card of 1000: read, the card unchanged
            return Interpretation(kind="kept", reading=reading, kept=same)
        if (as_before := await same_as_before(text, reading, pending, lookups)) is not None:  # 跟上一单一样的车间
            return as_before
        said = await restated_slots(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        if said is not None:  # 你看懂了吗？数量是300，一车间，18号交 on a card that shows just that
            return Interpretation(kind="kept", reading=reading, kept=said)
    by_likeness = reading.rule == SIMILAR_REPLY and expecting.kind == "confirmation"
    if reading.intent == "cancel" and not (by_likeness and find_numbers(prepare(text))):
        # on a card, a cancel only by likeness that gives a figure (不对不对 还是按1.5k) is read for what it corrects
        return Interpretation(kind="cancel", reading=reading)
    if expecting.kind == "slots":
        return await read_answer(text, reading, expecting, now=now, user_workshop=user_workshop, lookups=lookups)
    if bare := await bare_figure(text, reading, pending, now=now, user_workshop=user_workshop, lookups=lookups):
        return bare  # 改1.2k吧 先少做点: the card's quantity, not a new order
    if (fix := read_card_fix(text, pending)) is not None and about_card(reading, pending):
        # 良品少算了5个, 再加50, 不是5是3: the card's figures changed by an amount, or the one that was X
        turn = await card_fixed(fix, reading, pending, lookups)
        if turn.request is not None and find_numbers(fix.rest):  # 良品改成50，不良减1: the rest fixes the card too
            more = await named_fix(fix.rest, turn.request, now=now, user_workshop=user_workshop, lookups=lookups)
            turn = turn.model_copy(update={"request": more}) if more is not None else turn
        return turn
    calendar = lookups.vocabulary.calendar if lookups.vocabulary else None
    moved = await due_moved(text, pending, lookups.order_due, calendar) if about_card(reading, pending) else None
    if moved is not None:  # 交期再往后推三天: from the card's due date
        return Interpretation(kind="correction", reading=reading, request=moved)
    if (
        moved_to := await order_slot_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
    ) is not None:
        return Interpretation(kind="correction", reading=reading, request=moved_to)  # 订单号改成1124: never a count
    if confirms_card(text, pending.intent, order):  # 刚才那个报工确认一下, 我是1125那个，确认: the card, named
        return Interpretation(kind="confirm", reading=reading)
    if reading.intent == "confirm":
        sure = reading.confidence >= SURE_CONFIRM
        return Interpretation(kind="confirm" if sure else "unsure_confirm", reading=reading)
    if FIX_CUE.search(prepare(text)) and reading.intent not in ("query_inventory", "help"):
        # 不对 是520, 车间错了 是热处理车间, sorry Dec 27: the values it gives replace the card's, nothing else
        fixed = await named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        if fixed is not None:
            return Interpretation(kind="correction", reading=reading, request=fixed)
        if reading.intent not in _READS:
            return Interpretation(kind="unclear_fix", reading=reading)
    if (fixed := correction(reading, pending, text)) is not None:  # before a question: 改成500 fixes the card
        return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent in ("change_order", pending.intent) and not reading.args.get("order_no"):
        # a change that names no order (物料改成DBDS20, 车间换成二车间) is a change of the card
        fixed = await named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        if fixed is not None:
            return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent == "unknown" and pending.intent in ("create_order", "change_order"):
        # 月底 / 下周五 alone while the card waits: the due date the card should have, nothing else; 机加一也满了，放
        # 装配车间: the shop it is put in (one named only as full says why, not where)
        fixed = await named_fix(text, pending, now=now, user_workshop=user_workshop, lookups=lookups)
        changed = changed_slots(pending, fixed) if fixed is not None else set()
        # each field it moves said as that field: a date as the due date (not 今天上午已经开始做了), a shop as where it
        # is made (machining 1; 交期下周三吧 放装配车间 moves both)
        both = says_due_and_shop(prepare(text), now, lookups)  # 下周四 二车间
        due_said = "due_date" not in changed or both or says_due(prepare(text), now, lookups)
        placed = (
            "workshop" not in changed
            or both
            or placed_workshop(prepare(text), lookups.vocabulary)
            or only_workshop(text, lookups)
        )
        if changed and changed <= {"due_date", "workshop"} and due_said and placed:
            return Interpretation(kind="correction", reading=reading, request=fixed)
    if reading.intent in _READS:
        return Interpretation(kind="question", reading=reading)
    if reading.intent in _WRITES:
        return Interpretation(kind="request", reading=reading)
    proposed = await consult(text, expecting, now=now, user_workshop=user_workshop, lookups=lookups)
    taken = turn_from_model(text, reading, expecting, proposed) if proposed is not None else None
    aside = remark(text, reading, lookups.vocabulary) if expecting.kind == "confirmation" else None
    return taken or Interpretation(kind="unclear", reading=reading, remark=aside)
