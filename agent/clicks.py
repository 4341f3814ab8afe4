"""A card press: who may press which button on which card, checked before anything resumes."""

from __future__ import annotations

import logging
from typing import Literal, Protocol

from pydantic import BaseModel

from agent.proposals import ProposalRecord
from agent.replies import Outgoing, reply_to
from agent.state import Incoming
from tools.directory import Directory

__all__ = ["ActorCheck", "Click", "check_click", "proposal_status_name", "unverified_approver"]

log = logging.getLogger("dingk3.agent")

_STATUS_CN = {
    "executed": "已执行", "cancelled": "已取消", "expired": "已过期", "rejected": "已驳回", "failed": "没有成功",
    "executing": "正在执行", "awaiting_approval": "正在等待主管审批", "pending": "等待确认",
}  # fmt: skip


class ActorCheck(Protocol):
    """Does DingTalk know this userid as an active member? None when DingTalk could not be asked."""

    async def __call__(self, user_id: str) -> bool | None: ...


class Click(BaseModel):
    """A card button press, bound to the thread, proposal and digest the card was made for."""

    action: Literal["confirm", "cancel", "edit", "approve", "reject"]
    user_id: str
    thread_id: str
    proposal_id: str
    digest: str
    now: str
    click_id: str = ""
    reason: str = ""  # a rejection's reason, passed on to the requester
    text: str = ""  # what the approver wrote, when the decision came by text


def proposal_status_name(status: str) -> str:
    """Where a proposal is, as the chat says it (已执行, 正在等待主管审批, …)."""
    return _STATUS_CN.get(status, status)


def check_click(directory: Directory, click: Click, rec: ProposalRecord | None, inc: Incoming) -> Outgoing | None:
    """Who may press which button on which card; None when the click may go ahead."""
    if rec is None or rec.thread_id != click.thread_id:
        return reply_to(inc, "refusal", "这张卡片无效，请以最新消息为准。")
    if rec.digest != click.digest:
        return reply_to(inc, "refusal", "这张卡片已过时（内容已修改），请使用最新的确认卡片。")
    if not rec.is_open or rec.status == "executing":
        done = f"：{rec.bill_no}" if rec.bill_no else ""
        return reply_to(inc, "notice", f"这个操作{proposal_status_name(rec.status)}{done}，无需再点。")
    if click.action in ("confirm", "cancel", "edit"):
        if click.user_id != rec.requester:
            name = directory.get(rec.requester).name
            return reply_to(inc, "refusal", f"只有发起人{name}可以确认或取消这个操作。")
        if rec.status != "pending" and click.action == "confirm":
            return reply_to(inc, "notice", "这个操作正在等待主管审批，无需再确认。")
    else:
        if rec.status != "awaiting_approval":
            return reply_to(inc, "notice", "这个操作还没有提交审批。")
        if click.user_id == rec.requester or not directory.is_supervisor_of(click.user_id, rec.requester):
            return reply_to(inc, "refusal", "您不是发起人的主管，不能审批这个操作。")
    return None


async def unverified_approver(verify_actor: ActorCheck | None, click: Click, inc: Incoming) -> Outgoing | None:
    """An approval (it writes a risky change) only from a userid DingTalk's user lookup knows as active."""
    if click.action != "approve" or verify_actor is None:
        return None
    verdict = await verify_actor(click.user_id)
    if verdict is True:
        return None
    log.warning("approval by %s refused: DingTalk user lookup said %s", click.user_id, verdict)
    text = (
        "钉钉通讯录里没有您的有效账号，这次审批没有生效。"
        if verdict is False
        else "暂时无法向钉钉核实您的身份，这次审批没有生效，请稍后再试。"
    )
    return Outgoing(kind="refusal", text=text, user_id=click.user_id, in_reply_to=inc.message_id)
