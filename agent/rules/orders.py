"""Refusals from the order itself: K/3 state machine, quantities, dates, report limits, material."""

from __future__ import annotations

from datetime import date

from agent.rules._text import ACTION_LABELS, STATUS_LABELS, STATUS_LABELS_EN, finite, num, parse_date
from agent.rules.facts import Facts, Policy
from agent.state import Proposal, Violation
from tools.k3.models import OrderAction, OrderStatus, ProductionOrder

__all__ = ["CHANGEABLE", "REPORTABLE", "TRANSITIONS", "changed_fields", "check_order"]

# K/3 status → the actions it accepts (K/3 has no paused state: pause/resume are never accepted).
TRANSITIONS: dict[OrderStatus, tuple[OrderAction, ...]] = {
    OrderStatus.created: (OrderAction.release,),
    OrderStatus.released: (OrderAction.start, OrderAction.close),
    OrderStatus.started: (OrderAction.finish, OrderAction.close),
    OrderStatus.finished: (OrderAction.close,),
    OrderStatus.closed: (),
}
# K/3 takes reports (PRD_MO → PRD_MORPT) only on a started order: a released one is started first (ToStart).
REPORTABLE: frozenset[OrderStatus] = frozenset({OrderStatus.started})
CHANGEABLE: frozenset[OrderStatus] = frozenset({OrderStatus.created, OrderStatus.released, OrderStatus.started})


def _refuse(code: str, message: str, message_en: str) -> Violation:
    return Violation(code=code, message=message, message_en=message_en, severity="refuse")


def check_order(proposal: Proposal, facts: Facts, today: date, policy: Policy) -> list[Violation]:
    """Every refusal the proposal's own values and its order's state call for."""
    if proposal.intent == "create_order":
        return _check_create(proposal, facts, today, policy)
    order, found = _find_order(proposal, facts)
    if order is None:
        return found
    if proposal.intent == "change_order":
        return _check_change(proposal, order, today, policy)
    return _check_report(proposal, order, policy)


def _find_order(proposal: Proposal, facts: Facts) -> tuple[ProductionOrder | None, list[Violation]]:
    if not proposal.order_no:
        return None, [
            _refuse(
                "order.missing",
                "没有订单号：请告诉我要操作的生产订单号。",
                "No order number: tell me which production order.",
            )
        ]
    if facts.order is None:
        return None, [
            _refuse(
                "order.not_found",
                f"没有找到订单 {proposal.order_no}：请确认单号后再试。",
                f"No order {proposal.order_no}: check the number and try again.",
            )
        ]
    if facts.order.bill_no.upper() != proposal.order_no.upper():
        return None, [
            _refuse(
                "facts.mismatch",
                f"查到的订单 {facts.order.bill_no} 与要操作的 {proposal.order_no} 不一致：请重新发起。",
                f"The order found, {facts.order.bill_no}, is not {proposal.order_no}: please ask again.",
            )
        ]
    return facts.order, []


# Units counted in whole pieces (K/3 unit numbers and names as plants write them): 12.18 of them is a misreading.
_WHOLE_UNITS = frozenset((
    "pcs", "pc", "ea", "set", "sets", "unit", "units",
    "件", "个", "台", "套", "只", "支", "根", "片", "块", "把", "张",
))  # fmt: skip


def _whole(qty: float, unit: str, label: str, label_en: str) -> list[Violation]:
    """A fraction of a piece (12.18 PCS: a date or a misreading taken as a count) is refused, never written."""
    if unit.strip().lower() not in _WHOLE_UNITS or float(qty).is_integer():
        return []
    return [
        _refuse(
            "qty.fraction",
            f"{label} {num(qty)} 不是整数：{unit} 按整数计，请给整数。",
            f"{label_en} {num(qty)} is not a whole number: {unit} are counted whole, give a whole number.",
        )
    ]


def _check_quantity(
    qty: float | None, policy: Policy, label: str = "数量", label_en: str = "Quantity", unit: str = ""
) -> list[Violation]:
    if qty is None:
        return [_refuse("qty.missing", f"缺少{label}：请告诉我要生产多少。", f"{label_en} missing: how many to make?")]
    if not finite(qty) or qty <= 0:
        return [
            _refuse(
                "qty.invalid",
                f"{label} {num(qty)} 无效：请输入大于 0 的数量。",
                f"{label_en} {num(qty)} is not valid: give a number above 0.",
            )
        ]
    if fraction := _whole(qty, unit, label, label_en):
        return fraction
    if qty > policy.max_order_qty:
        most = num(policy.max_order_qty)
        return [
            _refuse(
                "qty.too_large",
                f"{label} {num(qty)} 超过单笔上限 {most}：请输入不超过 {most} 的数量，或拆成多张订单。",
                f"{label_en} {num(qty)} is over the limit of {most} an order: give at most {most}, "
                "or split it into several orders.",
            )
        ]
    return []


def _check_due(text: str | None, today: date, max_days: int = 730) -> list[Violation]:
    if text is None:
        return []
    due = parse_date(text)
    if due is None:
        return [
            _refuse(
                "due.invalid",
                f"交期 {text} 看不懂：请用 年-月-日，例如 {today.isoformat()}。",
                f"Due date {text} is not a date: write year-month-day, e.g. {today.isoformat()}.",
            )
        ]
    if due < today:
        return [
            _refuse(
                "due.past",
                f"交期 {due.isoformat()} 已经过去（今天 {today.isoformat()}）：请选今天或以后的日期。",
                f"Due date {due.isoformat()} has passed (today is {today.isoformat()}): choose today or later.",
            )
        ]
    if (due - today).days > max_days:
        return [
            _refuse(
                "due.too_far",
                f"交期 {due.isoformat()} 离今天超过 {max_days} 天，像是写错了：请给 {max_days} 天以内的日期。",
                f"Due date {due.isoformat()} is over {max_days} days away, which looks like a typo: "
                f"give a date within {max_days} days.",
            )
        ]
    return []


def _check_create(proposal: Proposal, facts: Facts, today: date, policy: Policy) -> list[Violation]:
    found: list[Violation] = []
    material = facts.material
    if not proposal.material:
        found.append(
            _refuse(
                "material.missing",
                "没有物料：请告诉我要生产的物料编码或名称。",
                "No item: tell me the item number or name to make.",
            )
        )
    elif material is None:
        found.append(
            _refuse(
                "material.not_found",
                f"没有找到物料 {proposal.material}：请确认物料编码或名称。",
                f"No item {proposal.material}: check the item number or name.",
            )
        )
    elif material.number != proposal.material:
        found.append(
            _refuse(
                "facts.mismatch",
                f"查到的物料 {material.number} 与要生产的 {proposal.material} 不一致：请重新发起。",
                f"The item found, {material.number}, is not {proposal.material}: please ask again.",
            )
        )
    elif material.forbidden:
        found.append(
            _refuse(
                "material.forbidden",
                f"物料 {material.number}（{material.name}）在 K/3 已禁用：请换一个可用物料。",
                f"Item {material.number} ({material.name}) is disabled in K/3: choose another item.",
            )
        )
    elif not material.producible:
        kind = material.category or "外购件"
        found.append(
            _refuse(
                "material.not_producible",
                f"物料 {material.number}（{material.name}）是{kind}，不能下生产订单：请选择产成品或半成品。",
                f"Item {material.number} ({material.name}) is bought, not made: no production order can be raised "
                "for it. Choose a finished or semi-finished item.",
            )
        )
    found += _check_quantity(proposal.quantity, policy, unit=material.unit if material else "")
    found += _check_due(proposal.due_date, today, policy.max_due_days)
    return found


def _check_change(proposal: Proposal, order: ProductionOrder, today: date, policy: Policy) -> list[Violation]:
    found: list[Violation] = []
    status = order.status
    fields = changed_fields(proposal, order)
    if not fields and not proposal.action:
        return [
            _refuse(
                "change.empty",
                f"订单 {order.bill_no} 没有要修改的内容：请说明新的数量、交期或车间，或者下达/开工/完工/结案。",
                f"Nothing to change on order {order.bill_no}: give a new quantity, due date or workshop, "
                "or release / start / finish / close it.",
            )
        ]
    if proposal.action:
        found += _check_action(proposal.action, order)
    if fields and status not in CHANGEABLE:
        what = "、".join(fields.values())
        what_en = ", ".join(_FIELDS_EN[k] for k in fields)
        found.append(
            _refuse(
                "order.state",
                f"订单 {order.bill_no} {STATUS_LABELS[status]}，不能再改{what}：如需继续生产请新建订单。",
                f"Order {order.bill_no} is {STATUS_LABELS_EN[status]}: its {what_en} can no longer change. "
                "To make more, create a new order.",
            )
        )
    if "qty" in fields:
        found += _check_quantity(proposal.quantity, policy, "新数量", "New quantity", unit=order.unit)
        reported = order.good_qty + order.scrap_qty
        if finite(proposal.quantity) and proposal.quantity is not None and 0 < proposal.quantity < reported:
            found.append(
                _refuse(
                    "qty.below_reported",
                    f"新数量 {num(proposal.quantity)} 低于订单 {order.bill_no} 已报工的 {num(reported)}"
                    f"（良品 {num(order.good_qty)} + 不良 {num(order.scrap_qty)}）：数量至少为 {num(reported)}。",
                    f"New quantity {num(proposal.quantity)} is below the {num(reported)} already reported on order "
                    f"{order.bill_no} (good {num(order.good_qty)} + scrap {num(order.scrap_qty)}): "
                    f"the quantity must be at least {num(reported)}.",
                )
            )
    if "due" in fields:
        found += _check_due(proposal.due_date, today, policy.max_due_days)
    return found


_FIELDS_EN = {"qty": "quantity", "due": "due date", "workshop": "workshop"}


def changed_fields(proposal: Proposal, order: ProductionOrder) -> dict[str, str]:
    """The order fields the proposal really changes: key → Chinese label."""
    fields: dict[str, str] = {}
    if proposal.quantity is not None and proposal.quantity != order.qty:
        fields["qty"] = "数量"
    if proposal.due_date is not None and parse_date(proposal.due_date) != order.plan_finish:
        fields["due"] = "交期"
    if proposal.workshop is not None and proposal.workshop != order.workshop:
        fields["workshop"] = "车间"
    return fields


def _check_action(action: str, order: ProductionOrder) -> list[Violation]:
    status = order.status
    if action in ("pause", "resume"):
        return [
            _refuse(
                "order.pause_unsupported",
                f"K/3 生产订单没有“暂停”状态，不能{ACTION_LABELS[action]}订单 {order.bill_no}："
                f"可以改交期推迟生产，或者结案。",
                f"K/3 production orders have no paused state, so order {order.bill_no} cannot {action}: "
                "move its due date to put production off, or close it.",
            )
        ]
    if action not in ACTION_LABELS:
        return [
            _refuse(
                "order.action_unknown",
                f"不认识的操作“{action}”：可用的操作有 下达、开工、完工、结案。",
                f"Unknown action “{action}”: the actions are release, start, finish and close.",
            )
        ]
    allowed = TRANSITIONS[status]
    if OrderAction(action) in allowed:
        return []
    hint = "不能再做任何操作。" if not allowed else "现在只能" + "或".join(ACTION_LABELS[a] for a in allowed) + "。"
    hint_en = (
        "nothing more can be done with it."
        if not allowed
        else "it can only " + " or ".join(a.value for a in allowed) + " now."
    )
    return [
        _refuse(
            "order.state",
            f"订单 {order.bill_no} 当前{STATUS_LABELS[status]}，不能{ACTION_LABELS[action]}：{hint}",
            f"Order {order.bill_no} is {STATUS_LABELS_EN[status]}, so it cannot {action}: {hint_en}",
        )
    ]


def _check_report(proposal: Proposal, order: ProductionOrder, policy: Policy) -> list[Violation]:
    status = order.status
    if status not in REPORTABLE:
        if status == OrderStatus.created:
            hint, hint_en = "请先下达、开工。", "release and start it first."
        elif status == OrderStatus.released:
            start = f"“{order.bill_no} 开工”"
            hint = f"请先开工（计划员或主管发{start}），开工后再报工。"
            hint_en = f"it must be started first (a planner or supervisor sends “{order.bill_no} start”)."
        else:
            hint, hint_en = "已完工或结案的订单不能再报工。", "a finished or closed order takes no more reports."
        return [
            _refuse(
                "order.state",
                f"订单 {order.bill_no} 当前{STATUS_LABELS[status]}，不能报工：{hint}",
                f"Order {order.bill_no} is {STATUS_LABELS_EN[status]}, so no output can be reported: {hint_en}",
            )
        ]
    found: list[Violation] = []
    good = proposal.good_qty if proposal.good_qty is not None else 0.0
    scrap = proposal.scrap_qty if proposal.scrap_qty is not None else 0.0
    for label, label_en, value in (("良品", "Good", good), ("不良", "Scrap", scrap)):
        if finite(value) and value >= 0 and (fraction := _whole(value, order.unit, f"{label}数量", label_en)):
            found += fraction
        elif not finite(value) or value < 0:
            found.append(
                _refuse(
                    "report.invalid",
                    f"{label}数量 {num(value)} 无效：请输入 0 或正数。",
                    f"{label_en} quantity {num(value)} is not valid: give 0 or more.",
                )
            )
    if found:
        return found
    if good == 0 and scrap == 0:
        return [
            _refuse(
                "report.empty",
                "报工数量都是 0：请至少报一个良品或不良数量。",
                "Both quantities are 0: report at least one good or scrap piece.",
            )
        ]
    remaining = order.remaining_qty
    limit = remaining * (1 + policy.report_tolerance)
    total = good + scrap
    if limit <= 0:
        return [
            _refuse(
                "report.over",
                f"订单 {order.bill_no} 已全部报工（剩余 0），本次 良品 {num(good)} + 不良 {num(scrap)} = {num(total)}"
                f" 报不进去：如生产已结束请发起完工。",
                f"Order {order.bill_no} is fully reported (0 left), so good {num(good)} + scrap {num(scrap)} = "
                f"{num(total)} does not fit: if production is over, finish the order.",
            )
        ]
    if total > limit + 1e-9:
        allowance = f"，最多可报 {num(limit)}" if policy.report_tolerance else ""
        allowance_en = f", at most {num(limit)} may be reported" if policy.report_tolerance else ""
        found.append(
            _refuse(
                "report.over",
                f"报工数量超出：订单 {order.bill_no} 剩余 {num(remaining)}{allowance}，"
                f"本次 良品 {num(good)} + 不良 {num(scrap)} = {num(total)}。"
                f"请报不超过 {num(limit)}。",
                f"Too much reported: order {order.bill_no} has {num(remaining)} left{allowance_en}; this report is "
                f"good {num(good)} + scrap {num(scrap)} = {num(total)}. Report at most {num(limit)}.",
            )
        )
    return found
