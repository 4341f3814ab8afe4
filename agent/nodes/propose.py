"""Build the exact write from a complete request, check the rules, and show it for confirmation."""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import Command

from agent import replies
from agent.context import AgentContext
from agent.gathering import gather_proposal
from agent.nlu.models import ParsedCommand
from agent.nodes.support import DONE, audit, db, incoming, now_of, out, thread_of, today_of, workshop_name
from agent.replies import Button, Card
from agent.rules import check
from agent.state import AgentState, Proposal
from dingk3.errors import K3BusinessError, K3Error

__all__ = ["build_proposal"]


async def build_proposal(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_confirmation", "__end__"]]:
    ctx = runtime.context
    inc = incoming(state)
    parsed = ParsedCommand.model_validate(state["parsed"])
    old = Proposal.model_validate(state["proposal"]) if state.get("proposal") else None
    try:
        proposal, facts = await gather_proposal(ctx, inc, parsed, old)
    except K3BusinessError as exc:
        return Command(goto=DONE, update={"outbox": [out(inc, "refusal", exc.user_message)]})
    except K3Error as exc:
        return Command(goto=DONE, update={"outbox": [out(inc, "error", exc.user_message)]})
    violations = check(proposal, facts, today_of(ctx, inc), ctx.policy)
    refusals = [v for v in violations if v.severity == "refuse"]
    if refusals:
        await audit(ctx, "refused", inc, proposal=proposal.model_dump(), violations=[v.model_dump() for v in refusals])
        if old:
            await db(ctx.proposals.set_status, old.id, "cancelled", now=now_of(inc))
        text = replies.refusal_text(refusals)
        if old:
            text += "\n原来的待确认操作已作废，请重新发起。"
        return Command(goto=DONE, update={"outbox": [out(inc, "refusal", text)], "proposal": None})
    risks = [v for v in violations if v.severity == "risk"]
    approver = None
    if risks:
        sups = ctx.directory.supervisors_of(inc.user_id)
        approver = sups[0].user_id if sups else None
    proposal = proposal.model_copy(update={"risks": risks, "approver": approver})
    summary = replies.describe_proposal(proposal, workshop_name=workshop_name(ctx, proposal.workshop))
    await db(ctx.proposals.put, thread_of(state), proposal, now=now_of(inc), summary=summary)
    await audit(ctx, "proposed", inc, proposal=proposal.model_dump(), digest=proposal.digest)
    card = Card(
        kind="confirm", title="请确认", markdown=summary, thread_id=thread_of(state), proposal_id=proposal.id,
        digest=proposal.digest,
        buttons=[
            Button(id="confirm", label="确认"), Button(id="cancel", label="取消"), Button(id="edit", label="修改"),
        ],
    )  # fmt: skip
    text = summary + "\n\n回复“确认”执行，“取消”放弃；也可以直接说要改什么，例如“改成500”。"
    return Command(
        goto="await_confirmation",
        update={"proposal": proposal.model_dump(), "outbox": [out(inc, "proposal", text, card=card)]},
    )
