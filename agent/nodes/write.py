"""The K/3 write: re-check with fresh facts, write once under the proposal's key, tell the requester and events."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import Command

from agent import replies
from agent.context import AgentContext
from agent.gathering import gather_proposal
from agent.nlu.models import ParsedCommand
from agent.nodes.approve import approver_lang
from agent.nodes.support import DONE, audit, db, incoming, lang_of, now_of, out, today_of
from agent.phrases import Lang, say
from agent.phrases.names import status_name
from agent.replies import Card, Outgoing
from agent.rules import check
from agent.state import AgentState, Incoming, Proposal
from dingk3.errors import DingK3Error, K3BusinessError, K3WriteUncertainError
from tools.k3.models import OrderAction, OrderChange, ProductionOrder

__all__ = ["write_to_k3"]


async def write_to_k3(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_confirmation", "__end__"]]:
    """Re-check with fresh facts, then write once under the proposal's idempotency key."""
    ctx = runtime.context
    inc = incoming(state)
    p = Proposal.model_validate(state["proposal"])
    now = now_of(inc)
    lang = lang_of(state)  # the requester's, whoever's decision led here
    await db(ctx.proposals.set_status, p.id, "executing", now=now)
    key = f"{p.id}-{p.digest}"
    try:
        fresh = ParsedCommand.model_validate(state["parsed"])
        as_requester = inc.model_copy(update={"user_id": p.requester, "conversation_id": p.conversation_id})
        _, facts = await gather_proposal(ctx, as_requester, fresh, p)
        refusals = [v for v in check(p, facts, today_of(ctx, inc), ctx.policy) if v.severity == "refuse"]
        if refusals and not await _already_written(ctx, p, key):
            text = replies.refusal_text(refusals, lang, head="things_changed")
            violations = [v.model_dump() for v in refusals]
            return await _settle(ctx, inc, p, lang, "failed", "refusal", text, retry=False, violations=violations)
        bill_no, detail = await _execute(ctx, p, key, facts.order, today_of(ctx, inc))
    except K3WriteUncertainError as exc:
        text = exc.said(lang) + "\n" + say(lang, "uncertain_hint")
        return await _settle(
            ctx, inc, p, lang, "pending", "error", text, retry=True, event="uncertain", key=key, error=str(exc)
        )
    except K3BusinessError as exc:
        k3: dict[str, Any] = {"key": key, "k3_error": str(exc), "msg_code": exc.msg_code}
        return await _settle(ctx, inc, p, lang, "failed", "error", exc.said(lang), retry=False, **k3)
    except DingK3Error as exc:
        text = exc.said(lang) + "\n" + say(lang, "retry_hint")
        return await _settle(ctx, inc, p, lang, "pending", "error", text, retry=True, key=key, error=str(exc))
    await db(ctx.proposals.set_status, p.id, "executed", now=now, bill_no=bill_no)
    await audit(ctx, "executed", inc, p=p, proposal_id=p.id, key=key, bill_no=bill_no, k3=detail)
    await _tell_events(ctx, p, detail)
    text = say(lang, "written", summary=_summary(p, detail, lang))
    card = Card(
        kind="result", title=say(lang, "written_title"), markdown=text, proposal_id=p.id, digest=p.digest,
        status="executed", lang=lang,
    )  # fmt: skip
    msgs = [_to_requester(inc, p, "written", text, lang, card=card)]
    if p.approver and inc.user_id == p.approver:
        theirs = approver_lang(inc, lang)
        note = say(theirs, "approved_written", summary=_summary(p, detail, theirs))
        msgs.append(out(inc, "notice", note, user_id=p.approver, lang=theirs))
    return Command(goto=DONE, update={"outbox": msgs, "result": detail, "proposal": None})


async def _settle(
    ctx: AgentContext,
    inc: Incoming,
    p: Proposal,
    lang: Lang,
    status: Any,
    kind: Any,
    text: str,
    *,
    retry: bool,
    event: str = "failed",
    **details: Any,
) -> Command[Any]:
    """A write that did not happen: record why, tell the requester; `retry` keeps the proposal confirmable."""
    await db(ctx.proposals.set_status, p.id, status, now=now_of(inc))
    await audit(ctx, event, inc, p=p, proposal_id=p.id, **details)
    msgs = [_to_requester(inc, p, kind, text, lang)]
    if retry:
        return Command(goto="await_confirmation", update={"outbox": msgs})
    return Command(goto=DONE, update={"outbox": msgs, "proposal": None})


def _to_requester(inc: Incoming, p: Proposal, kind: Any, text: str, lang: Lang, **kw: Any) -> dict[str, Any]:
    """A message to the requester in the conversation of the proposal (whoever's action caused it)."""
    return Outgoing(
        kind=kind, text=text, conversation_id=p.conversation_id, at_user=p.requester, in_reply_to=inc.message_id,
        data={"proposal_id": p.id}, lang=lang, **kw,
    ).model_dump()  # fmt: skip


def _summary(p: Proposal, detail: dict[str, Any], lang: Lang) -> str:
    """What was written, in one line (the bill number in bold)."""
    if p.intent == "create_order":
        name = p.material_name or p.material
        return say(lang, "created_summary", bill=detail["bill_no"], name=name, qty=replies.num(p.quantity))
    if p.intent == "report_output":
        good, scrap = replies.num(detail["good"]), replies.num(detail["scrap"])
        return say(lang, "reported_summary", order=p.order_no, bill=detail["bill_no"], good=good, scrap=scrap)
    state, qty = status_name(detail["status"], lang), replies.num(detail["qty"])
    return say(lang, "changed_summary", order=p.order_no, qty=qty, state=state, finish=detail["finish"])


async def _tell_events(ctx: AgentContext, p: Proposal, detail: dict[str, Any]) -> None:
    """Raise the K/3 events of this write now; a failure there never breaks the reply."""
    if ctx.events is None:
        return
    try:
        await ctx.events.written(p, detail)
    except Exception:
        logging.getLogger("dingk3.events").exception("event hook failed after proposal %s", p.id)


async def _already_written(ctx: AgentContext, p: Proposal, key: str) -> bool:
    """After a crash mid-write, the fresh facts may already include our own write: look for its key."""
    if p.intent == "create_order":
        return bool(await ctx.k3.query("PRD_MO", ["FID"], f"FDescription like '%{key}%'"))
    if p.intent == "report_output":
        return bool(await ctx.k3.query("PRD_MORPT", ["FID"], f"FDescription like '%{key}%'"))
    return False


async def _execute(
    ctx: AgentContext, p: Proposal, key: str, order: ProductionOrder | None, today: date
) -> tuple[str, dict[str, Any]]:
    """The K/3 write of the proposal; `order` is the order as just read for the final check (not read again)."""
    if p.intent == "create_order":
        res = await ctx.k3.create_production_order(
            material=p.material or "", qty=p.quantity or 0, workshop=p.workshop or "",
            plan_finish=date.fromisoformat(p.due_date or ""), idempotency_key=key,
            today=today, remark=f"DingK3 {p.requester}",
        )  # fmt: skip
        return res.bill_no, {"bill_no": res.bill_no, "replayed": res.replayed}
    if p.intent == "report_output":
        rep = await ctx.k3.report_output(
            p.order_no or "", good_qty=p.good_qty or 0, scrap_qty=p.scrap_qty or 0, idempotency_key=key, order=order
        )
        detail = {"bill_no": rep.bill_no, "replayed": rep.replayed, "good": rep.good_qty, "scrap": rep.scrap_qty}
        return rep.bill_no, detail
    order_no = p.order_no or ""
    written: ProductionOrder | None = None
    if p.quantity is not None or p.due_date or p.workshop:
        change = OrderChange(
            qty=p.quantity, plan_finish=date.fromisoformat(p.due_date) if p.due_date else None, workshop=p.workshop
        )
        written = await ctx.k3.update_order(order_no, change, idempotency_key=key, order=order)
    if p.action:
        action = OrderAction(p.action)
        written = await ctx.k3.change_order_status(order_no, action, idempotency_key=key, order=written or order)
    order = written or await ctx.k3.get_order(order_no)
    detail = {"bill_no": order_no, "status": order.status.value, "qty": order.qty, "finish": str(order.plan_finish)}
    return order_no, detail
