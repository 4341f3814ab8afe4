"""What the bot says while a request waits for a supervisor: the ask, the decision, and who may decide."""

from __future__ import annotations

__all__ = ["APPROVAL_LINES"]

APPROVAL_LINES: dict[str, tuple[str, str]] = {
    # --- approval
    "no_supervisor": (
        "这个操作需要主管审批，但没有找到您的主管。请联系管理员在通讯录中设置。",
        "This needs a supervisor's approval, but no supervisor is on record for you. "
        "Please ask the administrator to set one.",
    ),
    "approval_title": ("{name} 的操作需要您审批", "{name}'s request needs your approval"),
    "approval_ask": (
        "**{title}**\n{summary}\n\n在这里回复“同意”或“驳回”（可加理由：驳回 交期太急）。",
        "**{title}**\n{summary}\n\nReply “approve” or “reject” here (a reason may follow: reject due date too tight).",
    ),
    "button_approve": ("同意", "Approve"),
    "button_reject": ("驳回", "Reject"),
    "sent_for_approval": (
        "已提交主管审批（{name}），审批通过后自动写入 K/3。",
        "Sent to your supervisor ({name}) for approval; it is written to K/3 once approved.",
    ),
    "waiting_for_approval": (
        "正在等待主管审批；要撤回请回复“取消”。",
        "This waits for your supervisor's approval; reply “cancel” to withdraw it.",
    ),
    "rejected": ("已驳回。", "Rejected."),
    "rejected_for_requester": (
        "{name} 驳回了您的操作，K/3 没有任何改动。",
        "{name} rejected your request; nothing was changed in K/3.",
    ),
    "reason": ("理由：{reason}", " Reason: {reason}"),
    # --- decisions pressed and typed (agent.clicks, agent.text_approvals)
    "awaiting_no_confirm": (
        "这个操作正在等待主管审批，无需再确认。",
        "This already waits for approval; no need to confirm again.",
    ),
    "not_submitted": ("这个操作还没有提交审批。", "This has not been sent for approval yet."),
    "not_your_report": (
        "您不是发起人的主管，不能审批这个操作。",
        "You are not the requester's supervisor, so you cannot decide on this.",
    ),
    "unknown_approver": (
        "钉钉通讯录里没有您的有效账号，这次审批没有生效。",
        "DingTalk has no active account for you, so this approval did not count.",
    ),
    "approver_unchecked": (
        "暂时无法向钉钉核实您的身份，这次审批没有生效，请稍后再试。",
        "DingTalk could not confirm who you are just now, so this approval did not count; please try again later.",
    ),
    "approve_in_private": (
        "审批请在与我的单聊里回复“同意”或“驳回”（或在审批卡片上点按钮），群里的回复不算审批。",
        "Approvals are answered in your 1:1 chat with me (or on the approval card), not in a group.",
    ),
    "approvals_waiting_words": (
        "有 {n} 个操作等待您审批，没有批准任何操作。要批准请回复“同意”，要驳回请回复“驳回”加理由。",
        "{n} requests wait for your approval; nothing was approved. Reply “approve” to approve, "
        "or “reject” and a reason to reject.",
    ),
    "approvals_list_hint": ("回复“同意”会列出全部，再按序号选择。", " “approve” lists them all, to choose by number."),
    "no_longer_waiting": ("这一项{status}，无需再审批。", "This one is {status}; there is nothing to decide."),
    "handled": ("已处理", "handled"),
    "no_item": ("没有第 {n} 项。", "No item {n}. "),
    "approvals_list": (
        "有 {n} 个操作等待您审批，请回复“同意 序号”或“驳回 序号 理由”",
        "{n} requests wait for your approval. Reply “approve 2” or “reject 2 reason”",
    ),
    "approvals_list_number": ("，或直接回复序号表示{word}：", ", or just the number to {word}:"),
}
