"""A message read as a turn of its conversation (agent.nlu.interpret) with this run's lookups: what nodes and the
service call, so that nothing else reads reply words."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from agent.context import AgentContext
from agent.gathering import OPEN_STATUSES
from agent.nlu.address import addressee
from agent.nlu.answers import leading_short_order, lone_short_order
from agent.nlu.due_shift import due_moved
from agent.nlu.interpret import Expecting, Interpretation, Lookups, interpret
from agent.nlu.lexicon.answers import MO_SHORT
from agent.nlu.models import ParsedCommand
from agent.nlu.remarks import remark
from agent.nlu.rx import rx
from agent.nlu.vocabulary import Vocabulary
from agent.state import WRITE_INTENTS, AgentState, Incoming
from dingk3.errors import K3Error
from tools.k3.models import OrderStatus

__all__ = [
    "at_most_a_question",
    "due_shifted",
    "lone_order_digits",
    "order_due",
    "order_ending",
    "order_of_item",
    "order_quantity",
    "people_names",
    "plant_vocabulary",
    "previous_order",
    "read_turn",
    "read_with_order",
    "speaks_to_another",
    "while_approval_waits",
    "with_short_order",
]


def plant_vocabulary(ctx: AgentContext) -> Vocabulary | None:
    """The plant's words (workshop names and numbers, calendar) the rules parser reads in now."""
    rules = getattr(ctx.parse, "rules", ctx.parse)  # the llm and hybrid backends keep the rules they fall back on
    vocabulary = rules.vocabulary() if hasattr(rules, "vocabulary") else None
    return vocabulary if isinstance(vocabulary, Vocabulary) else None


async def read_turn(ctx: AgentContext, inc: Incoming, expecting: Expecting) -> Interpretation:
    """The message read in the light of what the conversation waits for (`expecting`)."""
    user = ctx.directory.get(inc.user_id)
    vocabulary = plant_vocabulary(ctx)
    model = getattr(ctx.parse, "consult", None)  # the llm and hybrid backends: asked where the rules read nothing
    # an order said in a reply may be finished (its close) or closed (refused by name), as in a request
    any_order = lambda digits: order_ending(ctx, digits, finished_too=True, closed_too=True)  # noqa: E731
    lookups = Lookups(
        ctx.materials, ctx.workshop_names, any_order, vocabulary, model,
        order_quantity=lambda order_no: order_quantity(ctx, order_no),
        order_due=lambda order_no: order_due(ctx, order_no),
        previous_order=lambda: previous_order(ctx, inc),
        order_of_item=lambda material, intent: order_of_item(ctx, material, intent, user.workshop),
    )  # fmt: skip
    now = datetime.fromisoformat(inc.now)
    turn = await interpret(inc.text, expecting, now=now, user_workshop=user.workshop, parse=ctx.parse, lookups=lookups)
    if turn.kind in _SPOKEN_TO_BOT and speaks_to_another(ctx, inc):
        # 吴磊 好的 / 李工 1137完工 while a card waits: said to a colleague; a question about the order at most
        asked = at_most_a_question(turn.reading)
        if asked.intent == "query_order":
            return Interpretation(kind="question", reading=asked)
        return Interpretation(kind="unclear", reading=asked, remark=remark(inc.text, asked, vocabulary))
    if expecting.kind == "confirmation" and expecting.pending is not None and turn.kind in _NOT_READ_AS_REQUEST:
        # 1108可以下达了 while another order's card waits: a request about 1108 (or a question), never the card's yes
        other = await _other_order_request(ctx, inc, expecting.pending)
        if other is not None:
            return Interpretation(kind="question" if other.intent == "query_order" else "request", reading=other)
    return turn


_NOT_READ_AS_REQUEST = ("confirm", "unsure_confirm", "unclear", "unclear_fix")
_SPOKEN_TO_BOT = ("request", "confirm", "unsure_confirm")  # what a message said to a colleague is never


def people_names(ctx: AgentContext) -> tuple[str, ...]:
    """Everyone's name in the directory (whom a message may speak to, whose figures a handover line gives)."""
    return tuple(u.name for u in ctx.directory.everyone())


def speaks_to_another(ctx: AgentContext, inc: Incoming) -> bool:
    """Whether the message opens by speaking to someone else in the room (吴磊 …, 李工 …, @刘洋 …); the sender's own
    name at the head (孙丽 今日报工：…) signs the message and speaks to the bot."""
    own = ctx.directory.get(inc.user_id).name
    whom = addressee(inc.text, people_names(ctx))
    return whom is not None and whom != own


def at_most_a_question(parsed: ParsedCommand) -> ParsedCommand:
    """A message said to a colleague, as the bot may take it: a question about the order it names (as read), or
    nothing to act on; never a write."""
    if parsed.intent not in ("create_order", "change_order", "report_output", "confirm"):
        return parsed
    order = parsed.args.get("order_no")
    if order:
        return ParsedCommand(intent="query_order", args={"order_no": order}, confidence=0.7, rule=_SAID_TO_ANOTHER)
    return ParsedCommand(intent="unknown", confidence=0.3, rule=_SAID_TO_ANOTHER)


_SAID_TO_ANOTHER = "said_to_another"


async def _other_order_request(ctx: AgentContext, inc: Incoming, card: ParsedCommand) -> ParsedCommand | None:
    """The message read with the order it opens with, said short, written in full, when that is another order than
    the card's and the message reads as a change, report or question about it; else None."""
    head = leading_short_order(inc.text)
    if head is None or not (order := await order_ending(ctx, head[0], finished_too=True)):
        return None
    if order == card.args.get("order_no"):
        return None
    again = await read_with_order(ctx, inc, head, order)
    asks = again.intent in ("change_order", "report_output", "query_order")
    return again if asks and again.args.get("order_no") == order else None


_FIGURES = ("quantity", "good_qty", "scrap_qty", "made_qty")
_MO_BEFORE = rx(rf"(?<![a-zA-Z0-9]){MO_SHORT}$")


async def with_short_order(ctx: AgentContext, inc: Incoming, parsed: ParsedCommand) -> ParsedCommand:
    """The request with its order when the message starts with the tail of exactly one open order's number."""
    head = leading_short_order(inc.text) or lone_order_digits(inc.text, parsed)
    if not head:
        return parsed
    if not (order := await order_ending(ctx, head[0], finished_too=True, closed_too=True)):
        return await _no_such_order(ctx, inc, head, parsed)
    digits = head[0]
    if parsed.intent in ("query_inventory", "create_order") and await _names_an_item(ctx, digits):
        return parsed  # 6204还有多少, 9412 300个: an item's number, not an order's tail
    if parsed.intent == "create_order":
        # 1108 数量200 交期12月9号: the order's new values, not an item called 1108 to make
        again = await read_with_order(ctx, inc, head, order)
        return again if again.intent == "change_order" and again.args.get("order_no") == order else parsed
    if parsed.intent not in ("report_output", "change_order"):
        # 1108可以下达了, 把1105结案, 1108进度怎么样: read again with the order written in full; taken when that reads
        # as a request about this order, else the message stays as it was read
        again = await read_with_order(ctx, inc, head, order)
        ok = again.intent in ("change_order", "report_output", "query_order") and again.args.get("order_no") == order
        return again if ok else parsed
    unread = parsed.unreadable or "good_qty" in parsed.clarify or "change" in parsed.clarify
    if any(parsed.args.get(k) == int(digits) for k in _FIGURES) or unread:
        # 1124今天做了25个 有3个有毛病, 一一三八今天总共装了两百零五个: the digits were read as a figure (or left over),
        # so the figures are off; 1130改成完工: what changes was not read beside them. Read the message again with the
        # order written in full (once, and only then)
        again = await read_with_order(ctx, inc, head, order)
        if again.intent == parsed.intent and again.args.get("order_no") == order:
            return again
    clarify = [c for c in parsed.clarify if c != "order_no"]
    # 1107交期改到下下周一: the digits are the order, never also its new quantity (a blind batch wrote 1107 pieces)
    args = {k: v for k, v in parsed.args.items() if not (k in _FIGURES and v == int(digits))}
    return parsed.model_copy(update={"args": {**args, "order_no": order}, "clarify": clarify})


async def _no_such_order(
    ctx: AgentContext, inc: Incoming, head: tuple[str, int, int], parsed: ParsedCommand
) -> ParsedCommand:
    """A request whose order said short is no order at all (1151开工, a slip for 1115): what it asks, read with the
    digits standing for an order, with the order asked for and the digits named as not read; as read otherwise."""
    if parsed.intent in WRITE_INTENTS:
        again = parsed
    elif parsed.intent == "unknown" and len(head[0]) >= 4:  # not 304螺栓还有多少 (an item's words, read as they are)
        again = await read_with_order(ctx, inc, head, "MO" + head[0].zfill(8))
        if again.intent not in WRITE_INTENTS:
            return parsed
    else:
        return parsed
    args = {k: v for k, v in again.args.items() if k != "order_no"}
    clarify = ["order_no", *(c for c in again.clarify if c != "order_no")]
    return again.model_copy(
        update={"args": args, "clarify": clarify, "unreadable": [*again.unreadable, f"“{head[0]}”"]}
    )


def lone_order_digits(text: str, parsed: ParsedCommand) -> tuple[str, int, int] | None:
    """A lone 4–6 digit number the parse did not take as one of its figures (how many left on 1137?, 还有1109 良品30):
    maybe an order said short; never 良品1120's 1120."""
    lone = lone_short_order(text)
    figures = {float(v) for k, v in parsed.args.items() if k in _FIGURES and isinstance(v, int | float)}
    return lone if lone and float(lone[0]) not in figures else None


async def _names_an_item(ctx: AgentContext, digits: str) -> bool:
    """Whether the catalogue finds an item by these digits (a bearing 6204, a part number)."""
    found = await asyncio.to_thread(ctx.materials.resolve, digits, producible_only=False)
    return found.verdict != "not_found"


async def read_with_order(ctx: AgentContext, inc: Incoming, said: tuple[str, int, int], order: str) -> ParsedCommand:
    """The message read again with the order it said short (`said`: digits and where they stand) written in full."""
    _, start, end = said
    if prefix := _MO_BEFORE.search(inc.text, 0, start):  # MO1116: the prefix goes with the digits
        start = prefix.start()
    user = ctx.directory.get(inc.user_id)
    text = inc.text[:start] + order + inc.text[end:]
    return await ctx.parse(text, now=datetime.fromisoformat(inc.now), user_workshop=user.workshop)


async def while_approval_waits(ctx: AgentContext, inc: Incoming, values: AgentState | dict[str, Any]) -> Interpretation:
    """The requester's message read while their proposal waits for a supervisor (`values`: that thread's state,
    which holds the request): a cancel (取消, 算了, 撤回) withdraws the proposal; anything else is a new turn."""
    pending = ParsedCommand.model_validate(values["parsed"]) if values.get("parsed") else None
    return await read_turn(ctx, inc, Expecting(kind="confirmation", pending=pending))


async def due_shifted(ctx: AgentContext, text: str, parsed: ParsedCommand) -> ParsedCommand:
    """A fresh change that moves an order's due date by a span (MO20261107 交期往后推一周): the date counted from the
    order's own due date in K/3, as on a waiting card; the request unchanged otherwise (or when K/3 cannot say)."""
    if parsed.intent != "change_order" or parsed.args.get("due_date") or not parsed.args.get("order_no"):
        return parsed
    vocabulary = plant_vocabulary(ctx)
    calendar = vocabulary.calendar if vocabulary else None
    moved = await due_moved(text, parsed, lambda order_no: order_due(ctx, order_no), calendar)
    if moved is None:
        return parsed
    args = {k: v for k, v in moved.args.items() if k != "due_text"}
    clarify = [c for c in parsed.clarify if c not in ("due_date", "change")]
    return moved.model_copy(update={"args": args, "clarify": clarify})


async def previous_order(ctx: AgentContext, inc: Incoming) -> dict[str, Any] | None:
    """The order this sender last created or changed in this chat, as card slots; None when there is none or K/3
    cannot say now."""
    rec = await asyncio.to_thread(ctx.proposals.last_written, inc.conversation_id, inc.user_id)
    number = (rec.bill_no if rec.intent == "create_order" else rec.order_no) if rec else None
    if not number:
        return None
    try:
        order = await ctx.k3.get_order(number)
    except K3Error:
        return None
    due = order.plan_finish.isoformat() if order.plan_finish else None
    return {"workshop": order.workshop, "due_date": due, "quantity": order.qty}


async def order_ending(
    ctx: AgentContext, digits: str, *, finished_too: bool = False, closed_too: bool = False
) -> str | None:
    """The one open order whose bill number ends with `digits` (MO20261103 for 1103), else None; `finished_too`:
    when no open one does, a finished one (把1105结案: a finished order is closed); `closed_too`: when no open or
    finished one does, the one order of any state that does (1113数量改成260 on a closed order: refused by name, never
    "which order?"; of several closed ones, say of earlier years, none)."""
    hits = await ctx.k3.list_orders(status=OPEN_STATUSES, number_ends_with=digits, limit=2)
    if not hits and finished_too:
        hits = await ctx.k3.list_orders(status=[OrderStatus.finished], number_ends_with=digits, limit=2)
    if not hits and closed_too:
        hits = await ctx.k3.list_orders(number_ends_with=digits, limit=2)
    return hits[0].bill_no if len(hits) == 1 else None


async def order_quantity(ctx: AgentContext, order_no: str) -> float | None:
    """The order's own quantity in K/3 (what 比原来多50 counts from); None when it cannot be read now (the proposal
    then counts it when it is built, and says why if it cannot)."""
    try:
        order = await ctx.k3.find_order(order_no)
    except K3Error:
        return None
    return order.qty if order is not None else None


async def order_due(ctx: AgentContext, order_no: str) -> str | None:
    """The order's own due date in K/3 (what 往后推三天 counts from on a change that moves no date yet), ISO; None
    when it cannot be read now (the shift is then not read, and the card asked about)."""
    try:
        order = await ctx.k3.find_order(order_no)
    except K3Error:
        return None
    return order.plan_finish.isoformat() if order is not None and order.plan_finish else None


async def order_of_item(ctx: AgentContext, material: str, intent: str, workshop: str | None) -> str | None:
    """The one order of `material` a request of `intent` can be about (a report: a started one; otherwise an open
    one), in `workshop` when the asker belongs to one; None when there is none or more than one."""
    status = [OrderStatus.started] if intent == "report_output" else OPEN_STATUSES
    try:
        hits = await ctx.k3.list_orders(material=material, workshop=workshop, status=status, limit=2)
    except K3Error:
        return None
    return hits[0].bill_no if len(hits) == 1 else None
