"""A risky proposal goes to the requester's supervisor: ask them, then wait for their approval or rejection."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent import replies
from agent.context import AgentContext
from agent.nlu.approval import MAX_REASON, read_approval
from agent.nodes.confirm import cancel, expire
from agent.nodes.support import DONE, audit, db, incoming, now_of, out, thread_of, workshop_name
from agent.reading import while_approval_waits
from agent.replies import Button, Card, Outgoing
from agent.state import AgentState, Incoming, Proposal

__all__ = ["await_approval", "in_english", "request_approval"]


async def request_approval(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    inc = incoming(state)
    p = Proposal.model_validate(state["proposal"])
    if not p.approver:
        text = "这个操作需要主管审批，但没有找到您的主管。请联系管理员在通讯录中设置。"
        await db(ctx.proposals.set_status, p.id, "failed", now=now_of(inc))
        return {"outbox": [out(inc, "refusal", text)], "proposal": None}
    await db(ctx.proposals.set_status, p.id, "awaiting_approval", now=now_of(inc))
    approver = ctx.directory.get(p.approver)
    requester = ctx.directory.get(p.requester)
    summary = replies.describe_proposal(p, workshop_name=workshop_name(ctx, p.workshop))
    card = Card(
        kind="approve", title=f"{requester.name} 的操作需要您审批", markdown=summary, thread_id=thread_of(state),
        proposal_id=p.id, digest=p.digest, status="awaiting_approval",
        buttons=[Button(id="approve", label="同意"), Button(id="reject", label="驳回")],
    )  # fmt: skip
    to_sup = out(
        inc,
        "approval",
        f"**{requester.name} 的操作需要您审批**\n{summary}\n\n在这里回复“同意”或“驳回”（可加理由：驳回 交期太急）。",
        user_id=p.approver,
        card=card,
    )
    to_req = out(inc, "notice", f"已提交主管审批（{approver.name}），审批通过后自动写入 K/3。")
    return {"outbox": [to_req, to_sup]}


async def await_approval(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_approval", "write_to_k3", "__end__"]]:
    p = Proposal.model_validate(state["proposal"])
    decision = interrupt({"type": "approve", "proposal_id": p.id, "digest": p.digest, "approver": p.approver})
    ctx = runtime.context
    inc = Incoming.model_validate(decision["incoming"])
    update: dict[str, Any] = {"incoming": inc.model_dump()}
    kind, action = decision.get("kind"), decision.get("action")
    if kind == "expired":
        return await expire(ctx, inc, p, update)
    if kind == "message" and inc.user_id == p.requester:
        if (await while_approval_waits(ctx, inc, state)).kind == "cancel":
            return await cancel(ctx, inc, p, update)
        text = "正在等待主管审批；要撤回请回复“取消”。"
        return Command(goto="await_approval", update=update | {"outbox": [out(inc, "notice", text)]})
    approver = ctx.directory.get(inc.user_id)
    if action == "approve":
        await audit(ctx, "approved", inc, p=p, proposal_id=p.id, approver=inc.user_id)
        return Command(goto="write_to_k3", update=update | {"decision": {"approver": inc.user_id}})
    reason = str(decision.get("reason") or "")[:MAX_REASON]
    await db(ctx.proposals.set_status, p.id, "rejected", now=now_of(inc))
    await audit(ctx, "rejected", inc, p=p, proposal_id=p.id, approver=inc.user_id, reason=reason)
    done = "Rejected." if in_english(inc) else "已驳回。"
    why = f"理由：{reason}" if reason else ""
    msgs = [
        out(inc, "notice", done, user_id=inc.user_id, data={"proposal_id": p.id}),
        Outgoing(
            kind="refusal", text=f"{approver.name} 驳回了您的操作，K/3 没有任何改动。{why}",
            conversation_id=p.conversation_id,
            at_user=p.requester, in_reply_to=inc.message_id,
        ).model_dump(),
    ]  # fmt: skip
    return Command(goto=DONE, update=update | {"outbox": msgs, "proposal": None})


def in_english(inc: Incoming) -> bool:
    """The approver decided by writing an English word (approve / reject): answer them in English."""
    said = read_approval(inc.text)
    return said is not None and said.english
