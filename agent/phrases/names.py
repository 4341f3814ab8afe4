"""Names of things as the chat says them: order states, actions, intents, slots and where a proposal is."""

from __future__ import annotations

from agent.phrases.language import Lang, in_lang

__all__ = ["action_name", "intent_name", "proposal_status_name", "slot_names", "status_name", "workshop_list"]

_STATUS = {
    "created": ("计划", "planned"),
    "released": ("已下达", "released"),
    "started": ("已开工", "started"),
    "finished": ("已完工", "finished"),
    "closed": ("已结案", "closed"),
}
_ACTION = {
    "release": ("下达", "release"),
    "start": ("开工", "start"),
    "finish": ("完工", "finish"),
    "close": ("结案", "close"),
    "pause": ("暂停", "pause"),
    "resume": ("恢复", "resume"),
}
_INTENT = {
    "create_order": ("新建生产订单", "New production order"),
    "change_order": ("修改生产订单", "Change of a production order"),
    "report_output": ("生产报工", "Output report"),
}
_SLOT = {
    "material": ("物料", "the item"),
    "quantity": ("数量", "the quantity"),
    "good_qty": ("良品数量", "the good quantity"),
    "scrap_qty": ("不良数量", "the scrap quantity"),
    "order_no": ("订单号", "the order number"),
    "due_date": ("交期", "the due date"),
    "workshop": ("车间", "the workshop"),
    "change": ("要改什么（数量、交期、车间或状态）", "what to change (quantity, due date, workshop or state)"),
}


def status_name(status: str, lang: Lang = "zh") -> str:
    """An order state as people in the plant say it (计划, 已下达, …), never the enum word inside Chinese."""
    return in_lang(_STATUS.get(status, (status, status)), lang)


def action_name(action: str, lang: Lang = "zh") -> str:
    return in_lang(_ACTION.get(action, (action, action)), lang)


def intent_name(intent: str, lang: Lang = "zh") -> str:
    return in_lang(_INTENT.get(intent, (intent, intent)), lang)


def slot_names(slots: list[str], lang: Lang = "zh") -> str:
    """The slots a question asks for, listed (数量、交期 / the quantity, the due date)."""
    return in_lang(("、", ", "), lang).join(in_lang(_SLOT.get(s, (s, s)), lang) for s in slots)


_PROPOSAL_STATUS = {
    "executed": ("已执行", "done"),
    "cancelled": ("已取消", "cancelled"),
    "expired": ("已过期", "expired"),
    "rejected": ("已驳回", "rejected"),
    "failed": ("没有成功", "not done"),
    "executing": ("正在执行", "being written"),
    "awaiting_approval": ("正在等待主管审批", "waiting for approval"),
    "pending": ("等待确认", "waiting for confirmation"),
}


def proposal_status_name(status: str, lang: Lang = "zh") -> str:
    """Where a proposal is, as the chat says it (已执行, 正在等待主管审批, …)."""
    return in_lang(_PROPOSAL_STATUS.get(status, (status, status)), lang)


def workshop_list(names: dict[str, str], lang: Lang = "zh") -> str:
    """The plant's workshops as a reply lists them (WS01 机加一车间、WS02 机加二车间 …), by number."""
    return in_lang(("、", ", "), lang).join(f"{number} {name}" for number, name in sorted(names.items()))
