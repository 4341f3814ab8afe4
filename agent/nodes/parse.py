"""The first step of a run: read the message as a request, and route it (answer, ask, or propose)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, Literal

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.focus import again, as_last, focus_after, focus_of, with_focus
from agent.nlu.answers import leading_short_order, lone_short_order
from agent.nlu.card_fixes import order_as_figure
from agent.nlu.expecting import Expecting
from agent.nlu.lexicon.orders import ORDER_NO
from agent.nlu.models import ParsedCommand
from agent.nlu.self_fix import order_self_fixed
from agent.nlu.work import prepare
from agent.nodes.support import audit, incoming, lang_after, missing_slots, now_of
from agent.reading import (
    at_most_a_question,
    due_shifted,
    lone_order_digits,
    read_turn,
    speaks_to_another,
    with_short_order,
)
from agent.state import WRITE_INTENTS, AgentState, Incoming

__all__ = ["RETRY_WITHIN", "parse_message", "route_after_parse"]

RETRY_WITHIN = timedelta(minutes=5)  # a refused request a 搞错了 是1115 may still correct, by the messages' times


async def parse_message(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    inc = incoming(state)
    said = inc.model_copy(update={"text": order_self_fixed(inc.text)})  # 1122开工 啊不对 是1125: the order meant
    retried = False
    if ahead := state.get("read_ahead"):  # read already (a line of several, a message while approval waits)
        parsed = ParsedCommand.model_validate(ahead)
    elif refused := _just_refused(state, inc):  # 搞错了 是1115: the refused request again, corrected
        turn = await read_turn(ctx, inc, Expecting(kind="refused", pending=refused))
        retried = turn.kind == "correction" and turn.request is not None
        parsed = turn.request if turn.request is not None else turn.reading
    else:
        user = ctx.directory.get(inc.user_id)
        parsed = await ctx.parse(said.text, now=now_of(inc), user_workshop=user.workshop)
    if "order_no" not in parsed.args and (parsed.intent != "create_order" or _made_of_head(said.text, parsed)):
        parsed = await with_short_order(ctx, said, parsed)
    # 今天好的45个 坏了3个 right after MO20261131: the order (or item) the last message named, said on the card
    before = focus_of(dict(state))
    if parsed.intent in ("query_order", "unknown") and (same := again(parsed, _rest(said.text), before, now_of(inc))):
        parsed = same  # MO20261130 同上: the last change or report, on this order
    parsed = as_last(parsed, prepare(said.text), before, now_of(inc))  # 再来一个 … 同一天交 同一车间
    if "order_no" not in parsed.args and lone_order_digits(said.text, parsed):
        before = None  # 还有1109 良品30 with no open order 1109: asked, never the order talked about before
    parsed, taken = with_focus(parsed, before, now_of(inc))
    parsed = _order_not_figure(parsed, said.text)  # 哦写错了，那1122交期改成12月21号: 1122 is no quantity
    parsed = await due_shifted(ctx, said.text, parsed)  # 交期往后推一周: from the order's own due date
    parsed = _scrap_only(parsed)
    if parsed.intent in WRITE_INTENTS and speaks_to_another(ctx, inc):
        parsed = at_most_a_question(parsed)  # 吴磊 1137完工: said to a colleague in the room, never a write
    focus = focus_after(parsed, now_of(inc), before)
    await audit(ctx, "parsed", inc, parse=parsed.model_dump(), retried=retried, focus=taken)
    return {
        "parsed": parsed.model_dump(), "read_ahead": None, "proposal": None, "violations": [], "candidates": [],
        "result": None, "lang": lang_after(state, inc), "refused": None, "from_focus": taken,
        "focus": focus.model_dump(mode="json") if focus else None,
    }  # fmt: skip


def _order_not_figure(parsed: ParsedCommand, text: str) -> ParsedCommand:
    """The request without a figure that is only its order's short number said (a good count asked again); with no
    order found, the digits a change or report opens with are still no figure of it (1173 延期到12月29号, a slip for
    1137: the order is asked, never a quantity of 1173)."""
    said = prepare(text)
    head = leading_short_order(said) if parsed.intent in ("change_order", "report_output") else None
    order = parsed.args.get("order_no") or (head[0] if head else None)
    dropped = order_as_figure(said, str(order), parsed.args) if order else []
    if not dropped:
        return parsed
    args = {k: v for k, v in parsed.args.items() if k not in dropped}
    asked = ["good_qty"] if parsed.intent == "report_output" and "good_qty" in dropped else []
    return parsed.model_copy(update={"args": args, "clarify": list(dict.fromkeys([*parsed.clarify, *asked]))})


def _just_refused(state: AgentState, inc: Incoming) -> ParsedCommand | None:
    """The request this sender's last message in this chat asked for and the bot refused, when this message came
    within `RETRY_WITHIN` of it (the messages' own times, from the injected clock); else None."""
    refused = state.get("refused")
    if not refused:
        return None
    since = now_of(inc) - datetime.fromisoformat(str(refused["at"]))
    return ParsedCommand.model_validate(refused["request"]) if timedelta(0) <= since <= RETRY_WITHIN else None


def _made_of_head(text: str, parsed: ParsedCommand) -> bool:
    """A create whose name for the thing to make opens with the number the message opens with (1108 数量200; 1139
    数量改到1500，客户加单了): maybe an order said short, given new values (taken only if it reads so with it)."""
    head = leading_short_order(text)
    return head is not None and str(parsed.args.get("material_text", "")).startswith(head[0])  # 1105重新开工 too


def _scrap_only(parsed: ParsedCommand) -> ParsedCommand:
    """报废5个 / also 5 scrapped, a new report with scrap and no good count: a report of scrap only (good 0), which the
    card shows; a rough or unread figure is still asked."""
    a = parsed.args
    if parsed.intent != "report_output" or "good_qty" in a or "scrap_qty" not in a or parsed.unreadable:
        return parsed
    return parsed.model_copy(
        update={"args": a | {"good_qty": 0}, "clarify": [c for c in parsed.clarify if c != "good_qty"]}
    )


def _rest(text: str) -> str:
    """The message without the order it names (full, short, or said aloud)."""
    said = ORDER_NO.sub(" ", prepare(text))
    head = leading_short_order(said) or lone_short_order(said)
    return (said[: head[1]] + said[head[2] :]).strip() if head else said.strip()


def route_after_parse(state: AgentState) -> Literal["answer_query", "ask_clarification", "build_proposal"]:
    parsed = ParsedCommand.model_validate(state["parsed"])
    if parsed.intent == "query_inventory" and "material" in parsed.clarify and parsed.args.get("material_text"):
        return "ask_clarification"  # a stock question about several items: ask which, then answer
    if parsed.intent not in WRITE_INTENTS:
        return "answer_query"
    return "ask_clarification" if missing_slots(parsed) else "build_proposal"
