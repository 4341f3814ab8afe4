"""Read intents, answered at once: an order or a list of orders, stock, help; stray confirm/cancel and chatter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from langgraph.runtime import Runtime

from agent import replies
from agent.context import AgentContext
from agent.examples import catalogue_examples, plant_examples
from agent.figures import days_overdue
from agent.gathering import OPEN_STATUSES
from agent.nlu.models import ParsedCommand
from agent.nodes.candidates import pick_list_text
from agent.nodes.support import db, incoming, lang_of, out, permission_refusal, today_of
from agent.phrases import Lang, say
from agent.phrases.names import workshop_list
from agent.state import AgentState, Incoming
from dingk3.errors import K3Error
from tools.k3.models import OrderStatus

__all__ = ["answer", "answer_query"]


async def answer_query(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Read intents answer at once; stray confirm/cancel and chatter get a helpful line."""
    ctx = runtime.context
    inc = incoming(state)
    return {"outbox": [await answer(ctx, inc, ParsedCommand.model_validate(state["parsed"]), lang_of(state))]}


async def answer(ctx: AgentContext, inc: Incoming, parsed: ParsedCommand, lang: Lang) -> dict[str, Any]:
    """The answer to a message that writes nothing (also asked while a card waits)."""
    intent = parsed.intent
    if intent in ("query_order", "query_inventory") and (refusal := permission_refusal(ctx, inc.user_id, intent)):
        return out(inc, "refusal", replies.violation_text(refusal, lang), lang=lang)
    try:
        if intent == "query_order":
            text = await _query_orders(ctx, parsed, today_of(ctx, inc), inc.user_id, lang)
            return out(inc, "answer", text, lang=lang)
        if intent == "query_inventory":
            return out(inc, "answer", await _query_stock(ctx, parsed, lang), lang=lang)
    except K3Error as exc:
        return out(inc, "error", exc.said(lang), lang=lang)
    if intent == "confirm":
        others = await db(ctx.proposals.open_in_conversation, inc.conversation_id)
        others = [r for r in others if r.requester != inc.user_id]
        if others:
            rec = others[-1]
            who = ctx.directory.get(rec.requester).name
            if rec.status == "awaiting_approval" and rec.approver:
                text = say(lang, "only_supervisor_approves", approver=ctx.directory.get(rec.approver).name, who=who)
            else:
                text = say(lang, "only_requester_confirms", who=who)
            return out(inc, "refusal", text, lang=lang)
        return out(inc, "answer", say(lang, "nothing_to_confirm"), lang=lang)
    if intent == "cancel":
        return out(inc, "answer", say(lang, "nothing_to_cancel"), lang=lang)
    if intent == "help":
        return out(inc, "answer", replies.help_text(lang, await plant_examples(ctx)), lang=lang)
    group = inc.conversation_type == "2"  # a group is never shown the help unasked: no examples to look up
    examples = None if group else await plant_examples(ctx)
    text = replies.not_understood(inc.text, group=group, lang=lang, examples=examples)
    return out(inc, "answer", text, lang=lang)


async def _query_orders(ctx: AgentContext, parsed: ParsedCommand, today: date, user_id: str, lang: Lang) -> str:
    args = parsed.args
    if "order_no" in args:
        order = await ctx.k3.get_order(str(args["order_no"]))
        link = ctx.board_link(user_id) if ctx.board_link else ctx.board_url
        return replies.order_text(order, board_url=link, today=today, lang=lang)
    if "workshop" in parsed.clarify and "workshop" not in args and args.get("workshop_text"):
        # a shop this plant does not have (another plant's name, a typo): say so, never list every shop's orders
        known = workshop_list(ctx.workshops.names(), lang)
        return say(lang, "no_such_workshop", phrase=args["workshop_text"], known=known)
    overdue = args.get("condition") == "overdue"
    due = date.fromisoformat(str(args["due_date"])) if "due_date" in args else None
    orders = await ctx.k3.list_orders(
        material=str(args["material"]) if "material" in args else None,
        workshop=str(args["workshop"]) if "workshop" in args else None,
        status=OrderStatus(str(args["status"])) if "status" in args else OPEN_STATUSES,
        due_to=today - timedelta(days=1) if overdue else due,
    )
    if overdue:
        orders = [o for o in orders if days_overdue(o.plan_finish, o.is_open, today)]
        return replies.overdue_text(orders, today, lang=lang)
    return replies.orders_text(orders, today=today, lang=lang)


async def _query_stock(ctx: AgentContext, parsed: ParsedCommand, lang: Lang) -> str:
    if "material" not in parsed.args:
        return pick_list_text(ctx, parsed, say(lang, "stock_which")) or await _name_it(ctx, lang)
    number = str(parsed.args["material"])
    material = ctx.materials.get(number)
    levels = await ctx.k3.query_inventory(number)
    return replies.stock_text(
        number, material.name if material else "", material.spec if material else "", levels,
        material.safety_stock if material else 0, lang=lang,
    )  # fmt: skip


async def _name_it(ctx: AgentContext, lang: Lang) -> str:
    """Which item? with one of this plant's own as the example."""
    examples = await catalogue_examples(ctx)
    return say(lang, "stock_name_it", stock_item=examples.words(lang)["stock_item"])
