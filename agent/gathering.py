"""Turn a parse into the exact write (a Proposal) and read from K/3 the facts the rules need."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Any

from agent.context import AgentContext
from agent.nlu.models import ParsedCommand
from agent.rules import Facts, working_days
from agent.state import Incoming, Proposal
from tools.k3.models import OrderStatus

__all__ = ["OPEN_STATUSES", "gather_proposal", "usual_workshop"]

OPEN_STATUSES = [OrderStatus.created, OrderStatus.released, OrderStatus.started]


def _now(inc: Incoming) -> datetime:
    return datetime.fromisoformat(inc.now)


async def gather_proposal(
    ctx: AgentContext, inc: Incoming, parsed: ParsedCommand, old: Proposal | None
) -> tuple[Proposal, Facts]:
    """Turn the parse into the exact write, and read from K/3 the facts the rules need."""
    now = _now(inc)
    today = now.astimezone(ctx.tz).date()
    a = parsed.args
    user = ctx.directory.get(inc.user_id)
    base: dict[str, Any] = {
        "id": old.id if old else uuid.uuid4().hex,
        "intent": parsed.intent,
        "requester": inc.user_id,
        "conversation_id": inc.conversation_id,
        "created_at": old.created_at if old else now.isoformat(),  # a corrected card is still the one first shown
        "expires_at": (now + ctx.proposal_ttl).isoformat(),
    }
    order = material = None
    bom: list[Any] = []
    stock: dict[str, float] = {}
    if parsed.intent == "create_order":
        material = ctx.materials.get(str(a["material"]))
        named = a.get("workshop") or user.workshop or await usual_workshop(ctx, str(a["material"]))
        # Nothing names one: the catalogue's first (the card shows it, and 修改 changes it).
        workshop = str(named) if named else min(ctx.workshop_names.numbers(), default=None)
        due = str(a.get("due_date") or (today + timedelta(days=7)).isoformat())
        p = Proposal(
            **base, material=str(a["material"]), material_name=material.name if material else None,
            spec=material.spec if material else None, quantity=float(a["quantity"]), workshop=workshop, due_date=due,
        )  # fmt: skip
        bom = await ctx.k3.get_bom(p.material or "")
        for line in bom:
            stock[line.component] = sum(s.available_qty for s in await ctx.k3.query_inventory(line.component))
    else:
        order = await ctx.k3.get_order(str(a["order_no"]))
        before = {
            "quantity": order.qty, "due_date": order.plan_finish.isoformat() if order.plan_finish else None,
            "workshop": order.workshop, "status": order.status.value, "material_name": order.material_name,
            "reported": order.good_qty + order.scrap_qty, "good": order.good_qty, "scrap": order.scrap_qty,
        }  # fmt: skip
        if parsed.intent == "change_order":
            p = Proposal(
                **base, order_no=order.bill_no, before=before,
                quantity=float(a["quantity"]) if "quantity" in a else _relative(order.qty, a.get("quantity_delta")),
                due_date=str(a["due_date"]) if "due_date" in a else None,
                workshop=str(a["workshop"]) if "workshop" in a else None,
                action=str(a["action"]) if "action" in a else None,
            )  # fmt: skip
        else:
            p = Proposal(
                **base, order_no=order.bill_no, before=before, good_qty=float(a["good_qty"]),
                scrap_qty=float(a.get("scrap_qty") or 0),
                made_qty=float(a["made_qty"]) if a.get("made_qty") is not None else None,
            )  # fmt: skip
    ws_number = p.workshop or (order.workshop if order else None)
    cap = ctx.workshops.get(ws_number) if ws_number else None
    open_load = 0.0
    if ws_number and p.intent != "report_output":
        open_orders = await ctx.k3.list_orders(workshop=ws_number, status=OPEN_STATUSES)
        open_load = sum(o.remaining_qty for o in open_orders if not order or o.bill_no != order.bill_no)
    due_iso = p.due_date or (order.plan_finish.isoformat() if order and order.plan_finish else None)
    names = {line.component: m.name for line in bom if (m := ctx.materials.get(line.component))}
    facts = Facts(
        requester=user, order=order, material=material, bom=bom, stock=stock, component_names=names,
        workshop_capacity=cap.daily_capacity if cap else None, open_load=open_load,
        working_days=working_days(today, date.fromisoformat(due_iso), ctx.policy.calendar) if due_iso else None,
        workshop_names=ctx.workshops.names(),
    )  # fmt: skip
    return p, facts


async def usual_workshop(ctx: AgentContext, material: str) -> str | None:
    orders = await ctx.k3.list_orders(material=material)
    return orders[-1].workshop if orders else None


def _relative(current: float, delta: Any) -> float | None:
    """The new total of a relative change ("加200", "减50"); None when there is none."""
    if delta is None:
        return None
    return current + float(delta)
