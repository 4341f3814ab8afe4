"""Build the exact write from a complete request, check the rules, and show it for confirmation."""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import Command

from agent import replies
from agent.context import AgentContext
from agent.focus import focus_note
from agent.gathering import gather_proposal
from agent.nlu.models import ParsedCommand
from agent.nodes.query import answer
from agent.nodes.support import DONE, audit, db, incoming, lang_of, now_of, out, thread_of, today_of, workshop_name
from agent.phrases import Lang, say
from agent.replies import Button, Card
from agent.rules import check
from agent.state import AgentState, Incoming, Proposal
from dingk3.errors import K3BusinessError, K3Error

__all__ = ["build_proposal"]


async def build_proposal(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_confirmation", "__end__"]]:
    ctx = runtime.context
    inc = incoming(state)
    parsed = ParsedCommand.model_validate(state["parsed"])
    old = Proposal.model_validate(state["proposal"]) if state.get("proposal") else None
    lang = lang_of(state)
    try:
        proposal, facts = await gather_proposal(ctx, inc, parsed, old)
    except K3BusinessError as exc:
        if old is not None and state.get("card_parsed"):
            return _card_stays(state, old, exc.said(lang), lang)
        refused = {"request": parsed.model_dump(), "at": inc.now}  # 没有这个单 → 搞错了 是1115 may correct it
        msg = out(inc, "refusal", exc.said(lang), lang=lang)
        return Command(goto=DONE, update={"outbox": [msg], "refused": refused})
    except K3Error as exc:
        return Command(goto=DONE, update={"outbox": [out(inc, "error", exc.said(lang), lang=lang)]})
    violations = check(proposal, facts, today_of(ctx, inc), ctx.policy)
    refusals = [v for v in violations if v.severity == "refuse"]
    if not old and parsed.rule in _NO_CHANGE_VERB and [v.code for v in refusals] == ["change.empty"]:
        # 1104 机加二 on an order already there: a remark about the order (no verb, nothing new), answered as a query
        asked = ParsedCommand(intent="query_order", args={"order_no": proposal.order_no or ""}, rule=parsed.rule)
        reply = await answer(ctx, inc, asked, lang)
        return Command(goto=DONE, update={"outbox": [reply], "parsed": asked.model_dump()})
    if refusals:
        await audit(ctx, "refused", inc, proposal=proposal.model_dump(), violations=[v.model_dump() for v in refusals])
        if old is not None and state.get("card_parsed"):
            return _card_stays(state, old, replies.refusal_text(refusals, lang), lang)
        if old:
            await db(ctx.proposals.set_status, old.id, "cancelled", now=now_of(inc))
        text = replies.refusal_text(refusals, lang)
        if old:
            text += "\n" + say(lang, "old_card_void")
        refused = {"request": parsed.model_dump(), "at": inc.now}  # a 搞错了 是1115 next may correct it
        update = {"outbox": [out(inc, "refusal", text, lang=lang)], "proposal": None, "refused": refused}
        return Command(goto=DONE, update=update)
    risks = [v for v in violations if v.severity == "risk"]
    approver = None
    if risks:
        sups = ctx.directory.supervisors_of(inc.user_id)
        approver = sups[0].user_id if sups else None
    warnings = [v for v in violations if v.severity == "warn"]
    if (slot := state.get("from_focus")) and (value := proposal.order_no if slot == "order_no" else proposal.material):
        warnings.insert(0, focus_note(slot, value))  # the order (item) was not in the message: the card says whose
    proposal = proposal.model_copy(update={"risks": risks, "warnings": warnings, "approver": approver})
    summary = replies.describe_proposal(proposal, workshop_name=workshop_name(ctx, proposal.workshop), lang=lang)
    line = await _line(ctx, inc, old)
    await db(ctx.proposals.put, thread_of(state), proposal, now=now_of(inc), summary=summary, lang=lang, line=line)
    await audit(ctx, "proposed", inc, proposal=proposal.model_dump(), digest=proposal.digest)
    card = Card(
        kind="confirm", title=say(lang, "confirm_title"), markdown=summary, thread_id=thread_of(state),
        proposal_id=proposal.id, digest=proposal.digest, lang=lang,
        buttons=[Button(id=b, label=say(lang, f"button_{b}")) for b in ("confirm", "cancel", "edit")],
    )  # fmt: skip
    text = summary + "\n\n" + say(lang, "confirm_hint")
    shown = {  # what the card shows, for a program reading the chat (whatever language the card is in)
        "proposal_id": proposal.id, "intent": proposal.intent, "order_no": proposal.order_no,
        "needs_approval": bool(risks and approver),
    }  # fmt: skip
    msg = out(inc, "proposal", text, card=card, lang=lang, data=shown)
    update = {"proposal": proposal.model_dump(), "outbox": [msg], "card_parsed": None}  # (a fix taken: none kept)
    return Command(goto="await_confirmation", update=update)


def _card_stays(
    state: AgentState, old: Proposal, why: str, lang: Lang
) -> Command[Literal["await_confirmation", "__end__"]]:
    """A correction of a waiting card refused (良品改成60 over what is open, a due date already past): the card stays
    as it was, still waiting, and says so; a typed yes right after it is asked back (the sender said it was wrong)."""
    text = why + "\n" + say(lang, "card_unchanged_after_refusal")
    update = {
        "outbox": [out(incoming(state), "refusal", text, lang=lang)], "parsed": state["card_parsed"],
        "card_parsed": None, "proposal": old.model_dump(), "yes_asked": "refused_fix",
    }  # fmt: skip
    return Command(goto="await_confirmation", update=update)


_NO_CHANGE_VERB = ("order_slots_only",)  # rules that read a change from an order and values alone, with no verb


async def _line(ctx: AgentContext, inc: Incoming, old: Proposal | None) -> int | None:
    """The number the card is shown under in a message of several requests (its line's message id ends in #N, as
    `agent.multi` labels it 【第 N 条】); a corrected card keeps its own."""
    if old is not None:
        rec = await db(ctx.proposals.get, old.id)
        return rec.line if rec else None
    tail = inc.message_id.rsplit("#", 1)[-1] if "#" in inc.message_id else ""
    return int(tail) if tail.isdigit() else None
