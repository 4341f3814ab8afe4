"""Wait for the requester's decision on a card: confirm, cancel, a correction, a question on the side, or a new
request; a proposal left too long expires."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.context import AgentContext
from agent.nlu.interpret import Expecting, Interpretation
from agent.nlu.models import ParsedCommand
from agent.nodes.query import answer
from agent.nodes.support import DONE, audit, db, now_of, out
from agent.reading import read_turn
from agent.state import AgentState, Incoming, Proposal

__all__ = ["await_confirmation", "cancel", "expire"]


async def await_confirmation(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[
    Literal["await_confirmation", "request_approval", "write_to_k3", "build_proposal", "parse_message", "__end__"]
]:
    proposal = Proposal.model_validate(state["proposal"])
    decision = interrupt({"type": "confirm", "proposal_id": proposal.id, "digest": proposal.digest})
    ctx = runtime.context
    inc = Incoming.model_validate(decision["incoming"])
    update: dict[str, Any] = {"incoming": inc.model_dump()}
    kind = decision.get("kind")
    if kind == "expired":
        return await expire(ctx, inc, proposal, update)
    action = decision.get("action")
    turn: Interpretation | None = None
    if kind == "message":
        current = ParsedCommand.model_validate(state["parsed"])
        turn = await read_turn(ctx, inc, Expecting(kind="confirmation", pending=current))
        action = turn.kind if turn.kind in ("confirm", "cancel") else None
        if turn.kind == "unsure_confirm":  # a yes only by likeness: ask plainly
            text = f"您是要执行上面的操作吗？执行请回复“确认”，放弃请回复“取消”。（收到：{inc.text[:30]}）"
            return Command(goto="await_confirmation", update=update | {"outbox": [out(inc, "question", text)]})
    if action == "confirm":
        await audit(ctx, "confirmed", inc, proposal_id=proposal.id, digest=proposal.digest)
        # A supervisor with nobody above them is the approver: their confirmation approves the risks shown.
        top = proposal.approver is None and ctx.directory.get(proposal.requester).role == "supervisor"
        needs_approval = bool(proposal.risks) and not top
        goto: Literal["request_approval", "write_to_k3"] = "request_approval" if needs_approval else "write_to_k3"
        return Command(goto=goto, update=update)
    if action == "cancel":
        return await cancel(ctx, inc, proposal, update)
    assert turn is not None
    if turn.kind == "correction":
        assert turn.request is not None
        await audit(ctx, "corrected", inc, proposal_id=proposal.id, parse=turn.reading.model_dump())
        return Command(goto="build_proposal", update=update | {"parsed": turn.request.model_dump()})
    if turn.kind == "question":
        reply = await answer(ctx, inc, turn.reading)
        reminder = out(inc, "notice", "（您还有一个待确认的操作：回复“确认”或“取消”）")
        return Command(goto="await_confirmation", update=update | {"outbox": [reply, reminder]})
    if turn.kind == "request":
        await db(ctx.proposals.set_status, proposal.id, "cancelled", now=now_of(inc))
        await audit(ctx, "replaced", inc, proposal_id=proposal.id)
        note = out(inc, "notice", "已放弃上一个未确认的操作，开始处理新的请求。")
        ahead = turn.reading.model_dump()  # read already: parse_message takes the reading
        return Command(goto="parse_message", update=update | {"outbox": [note], "read_ahead": ahead})
    if turn.kind == "unclear_fix":  # the card is wrong, but what is right is not clear: nothing changes unseen
        text = (
            "没看懂要改成什么，卡片没有改动。请说清楚要改的项和新值，例如“不良改成2”“数量改成520”“交期改到12月30日”，"
            "或回复“取消”放弃。"
        )
        return Command(goto="await_confirmation", update=update | {"outbox": [out(inc, "question", text)]})
    text = "请回复“确认”执行，或“取消”放弃；也可以直接说要改什么，例如“改成500”。"
    return Command(goto="await_confirmation", update=update | {"outbox": [out(inc, "question", text)]})


async def expire(ctx: AgentContext, inc: Incoming, p: Proposal, update: dict[str, Any]) -> Command[Any]:
    """A decision that came after the proposal's time ran out: nothing is written."""
    await db(ctx.proposals.set_status, p.id, "expired", now=now_of(inc))
    await audit(ctx, "expired", inc, p=p, proposal_id=p.id)
    minutes = int(ctx.proposal_ttl.total_seconds() // 60)
    text = f"这个操作超过 {minutes} 分钟没有确认，已失效，K/3 没有任何改动。如需继续，请重新发起。"
    msgs = [out(inc, "cancelled", text, data={"proposal_id": p.id})]
    return Command(goto=DONE, update=update | {"outbox": msgs, "proposal": None})


async def cancel(ctx: AgentContext, inc: Incoming, p: Proposal, update: dict[str, Any]) -> Command[Any]:
    """The requester withdraws the proposal (also while it waits for approval: the approver is told)."""
    record = await db(ctx.proposals.get, p.id)
    submitted = record is not None and record.status == "awaiting_approval"
    await db(ctx.proposals.set_status, p.id, "cancelled", now=now_of(inc))
    await audit(ctx, "cancelled", inc, p=p, proposal_id=p.id)
    msgs = [out(inc, "cancelled", "好的，已取消，K/3 没有任何改动。", data={"proposal_id": p.id})]
    if submitted and p.approver and inc.user_id != p.approver:
        msgs.append(out(inc, "notice", f"{p.order_no or p.material} 的审批申请已被发起人撤回。", user_id=p.approver))
    return Command(goto=DONE, update=update | {"outbox": msgs, "proposal": None})
