"""Who may do what: the role × intent table, plus the worker's own-workshop limit."""

from __future__ import annotations

from agent.state import Violation
from tools.directory import Role, User
from tools.k3.models import ProductionOrder

__all__ = ["ALLOWED", "INTENT_LABELS", "check_permission"]

# Role → the intents it may use. "approve" = approve someone else's risky proposal.
ALLOWED: dict[Role, frozenset[str]] = {
    "pmc": frozenset({"create_order", "change_order", "query_order", "query_inventory", "help"}),
    "supervisor": frozenset(
        {"create_order", "change_order", "report_output", "query_order", "query_inventory", "help", "approve"}
    ),
    # report_output only on orders of the worker's own workshop (checked below)
    "worker": frozenset({"report_output", "query_order", "query_inventory", "help"}),
    "sales": frozenset({"query_order", "query_inventory", "help"}),
    "viewer": frozenset({"query_order", "query_inventory", "help"}),
    "guest": frozenset(),
    "unknown": frozenset(),
}

INTENT_LABELS: dict[str, str] = {
    "create_order": "新建生产订单",
    "change_order": "修改生产订单",
    "report_output": "报工",
    "query_order": "查询订单",
    "query_inventory": "查询库存",
    "help": "查看帮助",
    "approve": "审批",
}

_INTENT_EN: dict[str, str] = {
    "create_order": "create production orders",
    "change_order": "change production orders",
    "report_output": "report output",
    "query_order": "look up orders",
    "query_inventory": "look up stock",
    "help": "read the help",
    "approve": "approve",
}
_ROLE_EN: dict[str, str] = {
    "pmc": "planner",
    "supervisor": "supervisor",
    "worker": "operator",
    "sales": "sales",
    "viewer": "viewer",
}

_ROLE_LABELS: dict[str, str] = {
    "pmc": "计划员",
    "supervisor": "主管",
    "worker": "操作工",
    "sales": "销售",
    "viewer": "只读用户",
}


def check_permission(
    user: User, intent: str, order: ProductionOrder | None = None, workshop_names: dict[str, str] | None = None
) -> list[Violation]:
    """Refusals for `user` doing `intent` (on `order`, when it names one); empty when allowed."""
    if not user.active:
        return [
            Violation(
                code="permission.departed",
                message=f"{user.name} 在钉钉通讯录里已停用或已离职，不能再使用 DingK3；如有误请联系管理员。",
                message_en=f"{user.name} is no longer an active member in DingTalk's contacts, so can no longer use "
                "DingK3; ask the administrator if this is a mistake.",
            )
        ]
    if user.role in ("unknown", "guest"):
        return [
            Violation(
                code="permission.unknown_user",
                message=f"{user.name} 还没有 DingK3 权限：请联系管理员把你加入用户目录并分配角色。",
                message_en=f"{user.name} has no DingK3 access yet: ask the administrator to add you to the user "
                "directory with a role.",
            )
        ]
    allowed = ALLOWED[user.role]
    if intent not in allowed:
        what = INTENT_LABELS.get(intent, intent)
        can = "、".join(INTENT_LABELS[i] for i in INTENT_LABELS if i in allowed and i != "help")
        can_en = ", ".join(_INTENT_EN[i] for i in INTENT_LABELS if i in allowed and i != "help")
        return [
            Violation(
                code="permission.role",
                message=f"{user.name}（{_ROLE_LABELS[user.role]}）不能{what}：你可以{can}；需要时请联系计划员或主管。",
                message_en=f"{user.name} ({_ROLE_EN[user.role]}) cannot {_INTENT_EN.get(intent, intent)}: "
                f"you can {can_en}; ask a planner or a supervisor when you need more.",
            )
        ]
    if user.role == "worker" and intent == "report_output" and order is not None:
        names = workshop_names or {}
        own = names.get(user.workshop or "", user.dept or user.workshop or "")
        if not user.workshop:
            return [
                Violation(
                    code="permission.workshop",
                    message=f"{user.name} 没有登记所属车间，不能报工：请联系管理员补充车间。",
                    message_en=f"{user.name} has no workshop on record, so cannot report output: "
                    "ask the administrator to add it.",
                )
            ]
        if order.workshop != user.workshop:
            theirs = names.get(order.workshop, order.workshop_name or order.workshop)
            return [
                Violation(
                    code="permission.workshop",
                    message=f"{user.name} 只能给本车间（{own}）的订单报工；订单 {order.bill_no} 属于{theirs}。",
                    message_en=f"{user.name} may report output only on orders of their own workshop ({own}); "
                    f"order {order.bill_no} belongs to {theirs}.",
                )
            ]
    return []
