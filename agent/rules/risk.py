"""Risks that send a proposal to a supervisor: workshop capacity, big quantity change, started order, a report
mostly scrap; and a BOM shortage, which by default is a warning on the card (the planner orders; purchasing follows)."""

from __future__ import annotations

import math
from datetime import date, timedelta

from agent.rules._text import finite, num, parse_date
from agent.rules.facts import Facts, Policy, working_days
from agent.rules.orders import changed_fields
from agent.state import Proposal, Violation
from tools.k3.models import OrderStatus, ProductionOrder

__all__ = ["check_risks"]

_FIELD_EN = {"qty": "quantity", "due": "due date", "workshop": "workshop"}


def _risk(code: str, message: str, message_en: str) -> Violation:
    return Violation(code=code, message=message, message_en=message_en, severity="risk")


def _warn(code: str, message: str, message_en: str) -> Violation:
    return Violation(code=code, message=message, message_en=message_en, severity="warn")


def check_risks(proposal: Proposal, facts: Facts, today: date, policy: Policy) -> list[Violation]:
    """Risks of a proposal; values that are refused anyway (qty ≤ 0, bad dates) are skipped here."""
    order = facts.order
    if proposal.intent == "report_output":
        return _scrap_share(proposal, order, policy)
    if proposal.intent == "change_order" and (order is None or not proposal.order_no):
        return []
    found: list[Violation] = []
    found += _bom_shortage(proposal, facts, policy)
    found += _capacity(proposal, facts, today, policy)
    if proposal.intent == "change_order" and order is not None:
        found += _qty_change(proposal, order, policy)
        found += _started_order(proposal, order)
    return found


def _new_demand(proposal: Proposal, order: ProductionOrder | None) -> float | None:
    """Pieces still to make after the proposal, when it adds demand; None when it does not."""
    qty = proposal.quantity
    if not finite(qty) or qty is None or qty <= 0:
        return None
    if proposal.intent == "create_order":
        return qty
    if order is None or qty <= order.qty:
        return None  # lowering a quantity never creates a shortage
    return max(qty - order.good_qty - order.scrap_qty, 0.0)


def _bom_shortage(proposal: Proposal, facts: Facts, policy: Policy) -> list[Violation]:
    """Each component's available stock must cover demand × qty_per × safety factor."""
    demand = _new_demand(proposal, facts.order)
    parent = proposal.material if proposal.intent == "create_order" else (facts.order.material if facts.order else None)
    if demand is None or not parent:
        return []
    lines = [b for b in facts.bom if b.parent == parent and finite(b.qty_per) and b.qty_per > 0]
    short: list[str] = []
    short_en: list[str] = []
    max_ok = math.inf
    for line in lines:
        per_piece = line.qty_per * policy.bom_safety_factor
        need = demand * per_piece
        have = facts.stock.get(line.component, 0.0)
        have = have if finite(have) else 0.0
        max_ok = min(max_ok, max(have, 0.0) / per_piece)
        if have + 1e-9 < need:
            name = facts.component_names.get(line.component, "")
            label = f"{line.component}（{name}）" if name else line.component
            label_en = f"{line.component} ({name})" if name else line.component
            formula = f"{num(demand)} × {num(line.qty_per)} × {num(policy.bom_safety_factor)}"
            short.append(f"{label} 需 {num(need)}（{formula}），可用 {num(have)}，缺 {num(need - have)}")
            short_en.append(
                f"{label_en} needs {num(need)} ({formula}), {num(have)} available, {num(need - have)} short"
            )
    if not short:
        return []
    reported = (
        0.0
        if proposal.intent == "create_order" or facts.order is None
        else (facts.order.good_qty + facts.order.scrap_qty)
    )
    fits = math.floor(max_ok + 1e-9) + reported
    if not policy.bom_shortage_needs_approval:
        return [
            _warn(
                "risk.bom_shortage",
                f"BOM 缺料：{'；'.join(short)}。请提前安排备料。",
                f"Components short: {'; '.join(short_en)}. Arrange the material in time.",
            )
        ]
    hint = f"数量不超过 {num(fits)} 可免审批" if fits > 0 else "补料后可免审批"
    hint_en = f"at most {num(fits)} needs no approval" if fits > 0 else "no approval is needed once stock is in"
    return [
        _risk(
            "risk.bom_shortage",
            f"BOM 缺料：{'；'.join(short)}。需主管审批（{hint}）。",
            f"Components short: {'; '.join(short_en)}. Needs a supervisor's approval ({hint_en}).",
        )
    ]


def _scrap_share(proposal: Proposal, order: ProductionOrder | None, policy: Policy) -> list[Violation]:
    """A report with at least `report_scrap_risk_min` scrap that is itself mostly scrap (不良率 of this report, where it
    has good pieces too: 良品20 不良40), or that takes the order's scrap rate (scrap ÷ all reported) over the policy's
    share (良品5 不良40 on an order of 144 good), is seen by a supervisor before it is written. A report of scrap
    alone (不良5) is judged by the order's rate: its good pieces are reported on their own."""
    good, scrap = proposal.good_qty or 0.0, proposal.scrap_qty or 0.0
    if not (finite(good) and finite(scrap)) or scrap < max(policy.report_scrap_risk_min, 1e-9):
        return []
    limit = f"{policy.report_scrap_risk_ratio:.0%}"
    own = scrap / (good + scrap)
    if good > 0 and own > policy.report_scrap_risk_ratio + 1e-9:
        return [
            _risk(
                "risk.scrap_share",
                f"本次报工不良率 {own:.1%}（不良 {num(scrap)} / 共 {num(good + scrap)}），超过 {limit}，需主管审批。",
                f"This report's scrap rate is {own:.1%} ({num(scrap)} of {num(good + scrap)}), over {limit}: needs a "
                "supervisor's approval.",
            )
        ]
    good_after = good + (order.good_qty if order else 0.0)
    scrap_after = scrap + (order.scrap_qty if order else 0.0)
    share = scrap_after / (good_after + scrap_after)
    if share <= policy.report_scrap_risk_ratio + 1e-9:
        return []
    return [
        _risk(
            "risk.scrap_share",
            f"报工后不良率 {share:.1%}（不良 {num(scrap_after)} / 共 {num(good_after + scrap_after)}），超过 {limit}，"
            "需主管审批。",
            f"After this report the scrap rate is {share:.1%} ({num(scrap_after)} of {num(good_after + scrap_after)}), "
            f"over {limit}: needs a supervisor's approval.",
        )
    ]


def _capacity(proposal: Proposal, facts: Facts, today: date, policy: Policy) -> list[Violation]:
    """Daily capacity × working days to the due date must cover open load + this order's remaining qty."""
    capacity = facts.workshop_capacity
    if capacity is None or not finite(capacity):
        return []
    order = facts.order
    if proposal.intent == "create_order":
        load = proposal.quantity
        due = parse_date(proposal.due_date)
        workshop = proposal.workshop
    else:
        assert order is not None
        fields = changed_fields(proposal, order)
        new_due = parse_date(proposal.due_date)
        qty_up = "qty" in fields and finite(proposal.quantity) and (proposal.quantity or 0) > order.qty
        due_earlier = (
            "due" in fields and new_due is not None and (order.plan_finish is None or new_due < order.plan_finish)
        )
        if not (qty_up or due_earlier or "workshop" in fields):
            return []  # the change adds no load to any workshop
        qty = proposal.quantity if "qty" in fields else order.qty
        load = None if qty is None else max(qty - order.good_qty - order.scrap_qty, 0.0)
        due = new_due if "due" in fields else order.plan_finish
        workshop = proposal.workshop if "workshop" in fields else order.workshop
    if load is None or not finite(load) or load <= 0 or due is None or due < today:
        return []
    days = facts.working_days if facts.working_days is not None else working_days(today, due, policy.calendar)
    available = capacity * max(days, 0)
    open_load = facts.open_load if finite(facts.open_load) else 0.0
    total = open_load + load
    if total <= available + 1e-9:
        return []
    name = facts.workshop_names.get(workshop or "", workshop or "车间")
    name_en = facts.workshop_names.get(workshop or "", workshop or "the workshop")
    free = max(available - open_load, 0.0)
    ratio = total / capacity if capacity > 0 else math.inf
    needed_days = math.ceil(ratio - 1e-9) if finite(ratio) else None  # a tiny capacity overflows the ratio
    reported = 0.0 if order is None or proposal.intent == "create_order" else order.good_qty + order.scrap_qty
    hints, hints_en = [], []
    if free >= 1:
        hints.append(f"数量不超过 {num(math.floor(free + 1e-9) + reported)}")
        hints_en.append(f"at most {num(math.floor(free + 1e-9) + reported)} pieces")
    if needed_days is not None:
        first = _earliest(today, needed_days, policy)
        hints.append(f"交期至少留 {needed_days} 个工作日" + (f"（{first} 或以后）" if first else ""))
        hints_en.append(
            f"a due date at least {needed_days} working days away" + (f" ({first} or later)" if first else "")
        )
    hint = "，或".join(hints) + "，可免审批" if hints else "换一个车间可免审批"
    hint_en = " or ".join(hints_en) + " needs no approval" if hints_en else "another workshop needs no approval"
    return [
        _risk(
            "risk.capacity",
            f"{name}产能不足：每天 {num(capacity)} × {days} 个工作日 = {num(available)}，"
            f"已排 {num(open_load)} + 本单 {num(load)} = {num(total)}，超出 {num(total - available)}。"
            f"需主管审批（{hint}）。",
            f"{name_en} is short of capacity: {num(capacity)} a day × {days} working days = {num(available)}, "
            f"{num(open_load)} planned + {num(load)} for this order = {num(total)}, {num(total - available)} over. "
            f"Needs a supervisor's approval ({hint_en}).",
        )
    ]


def _earliest(today: date, days: int, policy: Policy) -> str:
    """The first due date that leaves `days` working days from today on (ISO); empty when absurdly far."""
    if days > policy.max_due_days:
        return ""
    return policy.calendar.add_working_days(today - timedelta(days=1), days).isoformat()


def _qty_change(proposal: Proposal, order: ProductionOrder, policy: Policy) -> list[Violation]:
    """A quantity moved by more than the configured ratio (20 %) of the order's current quantity."""
    new = proposal.quantity
    if new is None or not finite(new) or new <= 0 or new == order.qty or order.qty <= 0:
        return []
    ratio = (new - order.qty) / order.qty
    if abs(ratio) <= policy.qty_change_risk_ratio + 1e-12:
        return []
    low = order.qty * (1 - policy.qty_change_risk_ratio)
    high = order.qty * (1 + policy.qty_change_risk_ratio)
    return [
        _risk(
            "risk.qty_change",
            f"数量变动超过 {num(policy.qty_change_risk_ratio * 100)}%：订单 {order.bill_no} "
            f"{num(order.qty)} → {num(new)}（{'+' if ratio > 0 else ''}{num(ratio * 100)}%）。"
            f"需主管审批（改到 {num(low)}～{num(high)} 之间可免审批）。",
            f"Quantity moves by more than {num(policy.qty_change_risk_ratio * 100)}%: order {order.bill_no} "
            f"{num(order.qty)} → {num(new)} ({'+' if ratio > 0 else ''}{num(ratio * 100)}%). "
            f"Needs a supervisor's approval (between {num(low)} and {num(high)} needs none).",
        )
    ]


def _started_order(proposal: Proposal, order: ProductionOrder) -> list[Violation]:
    """A started order has work in progress: changing it or closing it needs a supervisor; finishing does not."""
    if order.status != OrderStatus.started:
        return []
    fields = changed_fields(proposal, order)
    what = list(fields.values())
    what_en = [_FIELD_EN[k] for k in fields]
    if proposal.action == "close":
        what.append("结案")
        what_en.append("closing it")
    if not what:
        return []
    return [
        _risk(
            "risk.started_order",
            f"订单 {order.bill_no} 已开工（已报 {num(order.good_qty + order.scrap_qty)}），"
            f"{'、'.join(what)}需主管审批。",
            f"Order {order.bill_no} has started ({num(order.good_qty + order.scrap_qty)} reported): changing its "
            f"{', '.join(what_en)} needs a supervisor's approval.",
        )
    ]
