"""A risky proposal goes to the requester's supervisor: ask them, then wait for their approval or rejection."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent import replies
from agent.context import AgentContext
from agent.nlu.approval import MAX_REASON, read_approval
from agent.nodes.confirm import cancel, expire
from agent.nodes.support import DONE, audit, db, incoming, lang_after, lang_of, now_of, out, thread_of, workshop_name
from agent.phrases import Lang, language_of, say
from agent.reading import while_approval_waits
from agent.replies import Button, Card, Outgoing
from agent.state import AgentState, Incoming, Proposal

__all__ = ["approver_lang", "await_approval", "request_approval"]


async def request_approval(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    inc = incoming(state)
    p = Proposal.model_validate(state["proposal"])
    lang = lang_of(state)
    if not p.approver:
        await db(ctx.proposals.set_status, p.id, "failed", now=now_of(inc))
        return {"outbox": [out(inc, "refusal", say(lang, "no_supervisor"), lang=lang)], "proposal": None}
    await db(ctx.proposals.set_status, p.id, "awaiting_approval", now=now_of(inc))
    approver = ctx.directory.get(p.approver)
    requester = ctx.directory.get(p.requester)
    summary = replies.describe_proposal(p, workshop_name=workshop_name(ctx, p.workshop), lang=lang)
    title = say(lang, "approval_title", name=requester.name)
    card = Card(
        kind="approve", title=title, markdown=summary, thread_id=thread_of(state), proposal_id=p.id, digest=p.digest,
        status="awaiting_approval", lang=lang,
        buttons=[Button(id=b, label=say(lang, f"button_{b}")) for b in ("approve", "reject")],
    )  # fmt: skip
    ask = say(lang, "approval_ask", title=title, summary=summary)
    to_sup = out(inc, "approval", ask, user_id=p.approver, card=card, lang=lang)
    to_req = out(inc, "notice", say(lang, "sent_for_approval", name=approver.name), lang=lang)
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
    lang = lang_of(state)  # the requester's: the approver's own language is only for what the approver reads
    if kind == "expired":
        return await expire(ctx, inc, p, update, lang)
    if kind == "message" and inc.user_id == p.requester:
        lang = lang_after(state, inc)
        if (await while_approval_waits(ctx, inc, state)).kind == "cancel":
            return await cancel(ctx, inc, p, update | {"lang": lang}, lang)
        msg = out(inc, "notice", say(lang, "waiting_for_approval"), lang=lang)
        return Command(goto="await_approval", update=update | {"outbox": [msg], "lang": lang})
    approver = ctx.directory.get(inc.user_id)
    if action == "approve":
        await audit(ctx, "approved", inc, p=p, proposal_id=p.id, approver=inc.user_id)
        return Command(goto="write_to_k3", update=update | {"decision": {"approver": inc.user_id}})
    reason = str(decision.get("reason") or "")[:MAX_REASON]
    await db(ctx.proposals.set_status, p.id, "rejected", now=now_of(inc))
    await audit(ctx, "rejected", inc, p=p, proposal_id=p.id, approver=inc.user_id, reason=reason)
    theirs = approver_lang(inc, lang)
    why = say(lang, "reason", reason=reason) if reason else ""
    msgs = [
        out(inc, "notice", say(theirs, "rejected"), user_id=inc.user_id, data={"proposal_id": p.id}, lang=theirs),
        Outgoing(
            kind="refusal", text=say(lang, "rejected_for_requester", name=approver.name) + why,
            conversation_id=p.conversation_id, at_user=p.requester, in_reply_to=inc.message_id, lang=lang,
        ).model_dump(),
    ]  # fmt: skip
    return Command(goto=DONE, update=update | {"outbox": msgs, "proposal": None})


def approver_lang(inc: Incoming, card_lang: Lang) -> Lang:
    """The language to answer an approver in: the decision word they wrote (approve / 同意), any other words of
    theirs, else the language of the card they pressed."""
    said = read_approval(inc.text)
    if said is not None and said.action is not None:
        return "en" if said.english else "zh"
    return language_of(inc.text) or card_lang
