"""Read intents, answered at once: an order or a list of orders, stock, help; stray confirm/cancel and chatter."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from langgraph.runtime import Runtime

from agent import replies
from agent.context import AgentContext
from agent.figures import days_overdue
from agent.gathering import OPEN_STATUSES
from agent.nlu.models import ParsedCommand
from agent.nodes.candidates import pick_list_text
from agent.nodes.support import db, incoming, out, permission_refusal, today_of
from agent.state import AgentState, Incoming
from dingk3.errors import K3Error
from tools.k3.models import OrderStatus

__all__ = ["answer", "answer_query"]


async def answer_query(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Read intents answer at once; stray confirm/cancel and chatter get a helpful line."""
    ctx = runtime.context
    inc = incoming(state)
    return {"outbox": [await answer(ctx, inc, ParsedCommand.model_validate(state["parsed"]))]}


async def answer(ctx: AgentContext, inc: Incoming, parsed: ParsedCommand) -> dict[str, Any]:
    """The answer to a message that writes nothing (also asked while a card waits)."""
    intent = parsed.intent
    if intent in ("query_order", "query_inventory") and (refusal := permission_refusal(ctx, inc.user_id, intent)):
        return out(inc, "refusal", refusal.message)
    try:
        if intent == "query_order":
            return out(inc, "answer", await _query_orders(ctx, parsed, today_of(ctx, inc), inc.user_id))
        if intent == "query_inventory":
            return out(inc, "answer", await _query_stock(ctx, parsed))
    except K3Error as exc:
        return out(inc, "error", exc.user_message)
    if intent == "confirm":
        others = await db(ctx.proposals.open_in_conversation, inc.conversation_id)
        others = [r for r in others if r.requester != inc.user_id]
        if others:
            rec = others[-1]
            who = ctx.directory.get(rec.requester).name
            if rec.status == "awaiting_approval" and rec.approver:
                text = f"这个操作在等待{ctx.directory.get(rec.approver).name}审批，只有{who}的主管可以同意。"
            else:
                text = f"只有发起人{who}可以确认这个操作。"
            return out(inc, "refusal", text)
        return out(inc, "answer", "现在没有等待您确认的操作。要新建或修改订单，直接告诉我就行。")
    if intent == "cancel":
        return out(inc, "answer", "现在没有进行中的操作，不需要取消。")
    if intent == "help":
        return out(inc, "answer", replies.help_text())
    return out(inc, "answer", replies.not_understood(inc.text, group=inc.conversation_type == "2"))


async def _query_orders(ctx: AgentContext, parsed: ParsedCommand, today: date, user_id: str) -> str:
    args = parsed.args
    if "order_no" in args:
        order = await ctx.k3.get_order(str(args["order_no"]))
        link = ctx.board_link(user_id) if ctx.board_link else ctx.board_url
        return replies.order_text(order, board_url=link, today=today)
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
        return replies.overdue_text(orders, today)
    return replies.orders_text(orders, today=today)


async def _query_stock(ctx: AgentContext, parsed: ParsedCommand) -> str:
    if "material" not in parsed.args:
        return (
            pick_list_text(ctx, parsed, "查哪个物料的库存？") or "请告诉我要查哪个物料，例如：304螺栓M8x30还有多少库存"
        )
    number = str(parsed.args["material"])
    material = ctx.materials.get(number)
    levels = await ctx.k3.query_inventory(number)
    return replies.stock_text(
        number, material.name if material else "", material.spec if material else "", levels,
        material.safety_stock if material else 0,
    )  # fmt: skip
