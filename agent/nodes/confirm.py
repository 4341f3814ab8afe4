"""Wait for the requester's decision on a card: confirm, cancel, a correction, a question on the side, or a new
request; a proposal left too long expires."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.context import AgentContext
from agent.nlu.interpret import Expecting, FixProblem, Interpretation, Kept, chatter
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import to_plain
from agent.nlu.remarks import acknowledges
from agent.nodes.query import answer
from agent.nodes.support import DONE, audit, db, lang_after, now_of, out
from agent.phrases import Lang, in_lang, say
from agent.phrases.names import slot_names
from agent.reading import read_turn
from agent.state import AgentState, Incoming, Proposal

__all__ = ["await_confirmation", "cancel", "expire"]

_SOCIAL = ("board", "thanks", "small_talk")  # chatter that asks nothing of the card


async def await_confirmation(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[
    Literal["await_confirmation", "request_approval", "write_to_k3", "build_proposal", "parse_message", "__end__"]
]:
    proposal = Proposal.model_validate(state["proposal"])
    decision = interrupt({"type": "confirm", "proposal_id": proposal.id, "digest": proposal.digest})
    ctx = runtime.context
    inc = Incoming.model_validate(decision["incoming"])
    lang = lang_after(state, inc)
    update: dict[str, Any] = {
        "incoming": inc.model_dump(), "lang": lang, "yes_asked": None,
    }  # fmt: skip
    asked_why = state.get("yes_asked")
    kind = decision.get("kind")
    if kind == "expired":
        return await expire(ctx, inc, proposal, update, lang)
    action = decision.get("action")
    turn: Interpretation | None = None
    if kind == "message":
        current = ParsedCommand.model_validate(state["parsed"])
        turn = await read_turn(ctx, inc, Expecting(kind="confirmation", pending=current))
        action = turn.kind if turn.kind in ("confirm", "cancel") else None
        # a yes only by likeness, or 好的 right after 稍等 (it may answer the bot's "the card waits"): ask plainly
        acked = turn.kind == "confirm" and asked_why == "remark" and acknowledges(inc.text)
        if turn.kind == "unsure_confirm" or acked:
            msg = out(inc, "question", say(lang, "unsure_yes", text=inc.text[:30]), lang=lang)
            return Command(goto="await_confirmation", update=update | {"outbox": [msg]})
        if turn.kind == "confirm" and asked_why == "refused_fix":
            # 良品改成60 refused (58 open) → the card kept → 确认: the sender said the card was wrong; asked back once
            msg = out(inc, "question", say(lang, "yes_after_refused_fix"), lang=lang)
            return Command(goto="await_confirmation", update=update | {"outbox": [msg]})
        if turn.kind == "confirm" and asked_why == "unread_fix":
            # 不对… / 装配满了… (not read) → "没看懂" → 好的: an acknowledgement as likely as a yes; the card is
            # shown as it stands and a second yes executes it (a click executes at once)
            msg = out(inc, "question", say(lang, "yes_after_unread_fix"), lang=lang)
            return Command(goto="await_confirmation", update=update | {"outbox": [msg]})
    if kind == "click" and action == "confirm" and asked_why == "unread_fix":
        # 多打了个0 (not read) → "没看懂" → the card's 确认 pressed: the user may think the card was changed; it is
        # asked back once, and the next press executes the card as shown
        msg = out(inc, "question", say(lang, "click_after_unread_fix"), lang=lang)
        return Command(goto="await_confirmation", update=update | {"outbox": [msg]})
    if action == "confirm":
        await audit(ctx, "confirmed", inc, proposal_id=proposal.id, digest=proposal.digest)
        # A supervisor with nobody above them is the approver: their confirmation approves the risks shown.
        top = proposal.approver is None and ctx.directory.get(proposal.requester).role == "supervisor"
        needs_approval = bool(proposal.risks) and not top
        goto: Literal["request_approval", "write_to_k3"] = "request_approval" if needs_approval else "write_to_k3"
        return Command(goto=goto, update=update)
    if action == "cancel":
        return await cancel(ctx, inc, proposal, update, lang)
    assert turn is not None
    if turn.kind == "correction":
        assert turn.request is not None
        await audit(ctx, "corrected", inc, proposal_id=proposal.id, parse=turn.reading.model_dump())
        fixed = {"parsed": turn.request.model_dump(), "card_parsed": state["parsed"]}  # kept if the fix is refused
        return Command(goto="build_proposal", update=update | fixed)
    if turn.kind == "kept":  # 就1000整 on a card of 1000, 交期不动了 on a new order: read; the card stays as shown
        assert turn.kept is not None
        said = kept_note(turn.kept, ParsedCommand.model_validate(state["parsed"]), lang)
        if turn.kept.reason == "only_change":  # 交期不动了 on a card that only moves the due date: nothing is left
            return await cancel(ctx, inc, proposal, update, lang, said=said)
        return Command(goto="await_confirmation", update=update | {"outbox": [out(inc, "question", said, lang=lang)]})
    if turn.kind == "question":
        reply = await answer(ctx, inc, turn.reading, lang)
        reminder = out(inc, "notice", say(lang, "card_still_waits"), lang=lang)
        return Command(goto="await_confirmation", update=update | {"outbox": [reply, reminder]})
    if turn.kind == "request":
        await db(ctx.proposals.set_status, proposal.id, "cancelled", now=now_of(inc))
        await audit(ctx, "replaced", inc, proposal_id=proposal.id)
        note = out(inc, "notice", say(lang, "replaced"), lang=lang)
        ahead = turn.reading.model_dump()  # read already: parse_message takes the reading
        return Command(goto="parse_message", update=update | {"outbox": [note], "read_ahead": ahead})
    # after a message not read (a fix, or words meant for the card) a yes is asked back; after 哈哈 or thanks it is not
    # (a fix read but refused, 不良多报了5个 on scrap 2, was read: the reply says the card is unchanged and why)
    # nor after 稍等，我看下排产表 or a remark to a colleague with nothing of a change in it (就是食堂呗)
    social = turn.remark is not None or chatter(inc.text) in _SOCIAL
    unread = turn.problem is None and (turn.kind == "unclear_fix" or not social)
    calm = "card_waits" if turn.remark == "waiting" else "confirm_or_cancel"
    key = "unclear_fix" if turn.kind == "unclear_fix" else "unclear_on_card" if unread else calm
    asked = fix_question(turn.problem, lang) if turn.problem else say(lang, key)  # the card stays as it is
    msg = out(inc, "question", asked, lang=lang)
    kept_for = turn.remark is not None and not unread
    update |= {"outbox": [msg], "yes_asked": "unread_fix" if unread else "remark" if kept_for else None}
    return Command(goto="await_confirmation", update=update)


def fix_question(problem: FixProblem, lang: Lang) -> str:
    """Why the card's figures were not changed as the message said, and how to say it instead."""
    figures = _figures(problem.figures, lang)
    names = in_lang(("和", " and "), lang).join(slot_names([s], lang) for s in problem.figures)
    return say(lang, f"fix_{problem.reason}", figures=figures, names=names, said=_shown(problem.said or 0))


def kept_note(kept: Kept, card: ParsedCommand, lang: Lang) -> str:
    """What the card keeps, said back: the figures it already shows, the fields it leaves as they are, or that
    without the one change it makes nothing is left."""
    names = slot_names(kept.slots, lang)
    if kept.reason == "restated":
        shown = {s: card.args.get(s, 0 if s == "scrap_qty" else None) for s in kept.slots}  # a report shows 不良 0
        return say(lang, "kept_restated", figures=_figures(shown, lang))
    if kept.reason == "only_change":
        return say(lang, "kept_only_change", names=names)
    return say(lang, "kept_unchanged", names=names) if kept.slots else say(lang, "kept_as_is")


def _figures(values: dict[str, Any], lang: Lang) -> str:
    """良品 40、不良 5 / good 40, scrap 5: the card's slots and their values as the user reads them."""
    return in_lang(("、", ", "), lang).join(f"{slot_names([s], lang)} {_shown(v)}" for s, v in values.items())


def _shown(value: Any) -> str:
    return str(to_plain(value)) if isinstance(value, int | float) else str(value)


async def expire(ctx: AgentContext, inc: Incoming, p: Proposal, update: dict[str, Any], lang: Lang) -> Command[Any]:
    """A decision that came after the proposal's time ran out: nothing is written."""
    await db(ctx.proposals.set_status, p.id, "expired", now=now_of(inc))
    await audit(ctx, "expired", inc, p=p, proposal_id=p.id)
    minutes = int(ctx.proposal_ttl.total_seconds() // 60)
    msgs = [out(inc, "cancelled", say(lang, "expired", minutes=minutes), data={"proposal_id": p.id}, lang=lang)]
    return Command(goto=DONE, update=update | {"outbox": msgs, "proposal": None})


async def cancel(
    ctx: AgentContext, inc: Incoming, p: Proposal, update: dict[str, Any], lang: Lang, *, said: str = ""
) -> Command[Any]:
    """The requester withdraws the proposal (also while it waits for approval: the approver is told, in the
    language of the card they were sent); `said`: why, when it is more than a cancel."""
    record = await db(ctx.proposals.get, p.id)
    submitted = record is not None and record.status == "awaiting_approval"
    await db(ctx.proposals.set_status, p.id, "cancelled", now=now_of(inc))
    await audit(ctx, "cancelled", inc, p=p, proposal_id=p.id)
    msgs = [out(inc, "cancelled", said or say(lang, "cancelled"), data={"proposal_id": p.id}, lang=lang)]
    if submitted and p.approver and inc.user_id != p.approver:
        card_lang = record.lang if record is not None else lang
        note = say(card_lang, "withdrawn_for_approver", what=p.order_no or p.material)
        msgs.append(out(inc, "notice", note, user_id=p.approver, lang=card_lang))
    return Command(goto=DONE, update=update | {"outbox": msgs, "proposal": None})
