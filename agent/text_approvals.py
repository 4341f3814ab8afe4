"""A supervisor deciding by text in their own 1:1 chat: 同意 / 驳回 (with a number from the list shown, a reason),
or a bare number answering that list; ok / 确认 there are reminded of the decision words."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Literal

from agent.clicks import Click
from agent.nlu.approval import ApprovalReply, is_consent_only, read_approval, whole_reason
from agent.phrases import Lang, language_of, say
from agent.phrases.names import proposal_status_name
from agent.proposals import ProposalRecord
from agent.replies import Outgoing, reply_to
from agent.state import Incoming

if TYPE_CHECKING:
    from agent.service import AgentService

__all__ = ["approval_by_text"]

_LIST_TTL = timedelta(minutes=30)  # a numbered list of waiting approvals answers numbers for this long


async def approval_by_text(service: AgentService, inc: Incoming) -> list[Outgoing] | None:
    """A supervisor answering 同意 / 驳回 (with a number from the list, a reason) in their own 1:1 chat
    resumes the requester's thread; None when the message is not such an answer."""
    said = read_approval(inc.text)
    if said is None:
        return await _remind_decision_words(service, inc) if is_consent_only(inc.text) else None
    waiting = await asyncio.to_thread(_waiting_for, service, inc.user_id)
    if said.action is None:
        return await _pick_by_number(service, inc, said.number or 0, waiting, said.order)
    if not waiting:
        return None
    own = await asyncio.to_thread(_own_open, service, inc)
    if said.number is None and own is not None:
        return None  # the supervisor's own pending proposal takes the word
    if inc.conversation_type != "1":
        lang = _lang(said)
        return [reply_to(inc, "notice", say(lang, "approve_in_private"), lang=lang)]
    if said.order is not None:  # 同意1104 / 1111驳回 理由: the waiting request about that order
        about = _about_order(waiting, said.order)
        if len(about) == 1:
            return await _decide(service, inc, about[0], said.action, said.reason)
        if said.action == "reject" and len(waiting) == 1 and not about:  # 驳回 3000太多了: the figure is its reason
            return await _decide(service, inc, waiting[0], "reject", whole_reason(inc.text))
        return await _list_waiting(service, inc, waiting, said.model_copy(update={"order": None}))
    if said.number is None:
        if len(waiting) == 1:
            return await _decide(service, inc, waiting[0], said.action, said.reason)
        return await _list_waiting(service, inc, waiting, said)
    since = datetime.fromisoformat(inc.now) - _LIST_TTL
    listed = await asyncio.to_thread(service.ctx.proposals.listed_for, inc.user_id, since=since)
    if listed is None or not 1 <= said.number <= len(listed.ids):
        unlisted = said.model_copy(update={"number": None})
        return await _list_waiting(service, inc, waiting, unlisted, unknown=said.number)
    return await _decide_listed(service, inc, listed.ids[said.number - 1], waiting, said.action, said.reason)


async def _remind_decision_words(service: AgentService, inc: Incoming) -> list[Outgoing] | None:
    """`ok` / `确认` in the approver's 1:1 chat, with approvals waiting and nothing of their own to confirm:
    say how to decide (those words confirm one's own proposals, they never approve)."""
    if inc.conversation_type != "1":
        return None
    waiting = await asyncio.to_thread(_waiting_for, service, inc.user_id)
    if not waiting or await asyncio.to_thread(_own_open, service, inc) is not None:
        return None
    lang = language_of(inc.text) or "zh"
    text = say(lang, "approvals_waiting_words", n=len(waiting))
    if len(waiting) > 1:
        text += say(lang, "approvals_list_hint")
    return [reply_to(inc, "notice", text, lang=lang)]


async def _pick_by_number(
    service: AgentService, inc: Incoming, number: int, waiting: list[ProposalRecord], order: str | None = None
) -> list[Outgoing] | None:
    """A bare number answers the list just shown (with the word that asked for it) in the 1:1 chat, unless
    the sender's own conversation waits for a number of its own (e.g. picking a material); so does the order of
    one listed request (1117那个)."""
    if inc.conversation_type != "1" or not waiting:
        return None
    since = datetime.fromisoformat(inc.now) - _LIST_TTL
    listed = await asyncio.to_thread(service.ctx.proposals.listed_for, inc.user_id, since=since)
    if listed is None or listed.action not in ("approve", "reject"):
        return None
    thread = await asyncio.to_thread(service.threads.current, inc.conversation_id, inc.user_id)
    if (await service.state_of(thread)).interrupts:
        return None
    if order is not None:
        about = _about_order([r for r in waiting if r.id in listed.ids], order)
        if len(about) != 1:
            return None  # no listed request is about that order: read as any message (1117 alone is a question)
        await asyncio.to_thread(service.ctx.proposals.forget_list_action, inc.user_id)
        return await _decide(service, inc, about[0], listed.action, listed.reason)  # type: ignore[arg-type]
    if not 1 <= number <= len(listed.ids):
        said = ApprovalReply(action=listed.action, reason=listed.reason)  # type: ignore[arg-type]
        return await _list_waiting(service, inc, waiting, said, unknown=number)
    await asyncio.to_thread(service.ctx.proposals.forget_list_action, inc.user_id)
    pid = listed.ids[number - 1]
    return await _decide_listed(service, inc, pid, waiting, listed.action, listed.reason)  # type: ignore[arg-type]


async def _decide_listed(
    service: AgentService, inc: Incoming, pid: str, waiting: list[ProposalRecord],
    action: Literal["approve", "reject"], reason: str,
) -> list[Outgoing]:  # fmt: skip
    rec = next((r for r in waiting if r.id == pid), None)
    if rec is None:
        gone = service.ctx.proposals.get(pid)
        lang = language_of(inc.text) or "zh"
        status = proposal_status_name(gone.status, lang) if gone else say(lang, "handled")
        return [reply_to(inc, "notice", say(lang, "no_longer_waiting", status=status), lang=lang)]
    return await _decide(service, inc, rec, action, reason)


async def _decide(
    service: AgentService, inc: Incoming, rec: ProposalRecord, action: Literal["approve", "reject"], reason: str
) -> list[Outgoing]:
    click = Click(
        action=action, user_id=inc.user_id, thread_id=rec.thread_id, proposal_id=rec.id, digest=rec.digest,
        now=inc.now, click_id=inc.message_id, reason=reason, text=inc.text,
    )  # fmt: skip
    return (await service.handle_click(click)).messages


async def _list_waiting(
    service: AgentService, inc: Incoming, waiting: list[ProposalRecord], said: ApprovalReply, *,
    unknown: int | None = None,
) -> list[Outgoing]:  # fmt: skip
    """The numbered list of what waits for this approver (requester, action, key figures), remembered so
    that `同意 2`, `驳回 1 理由` or a bare `2` can answer it."""
    await asyncio.to_thread(
        service.ctx.proposals.remember_list, inc.user_id, [r.id for r in waiting],
        action=said.action or "", reason=said.reason, now=datetime.fromisoformat(inc.now),
    )  # fmt: skip
    directory = service.ctx.directory
    lines = "\n".join(
        f"{i}. {directory.get(r.requester).name}：{_one_line(r.summary)}" for i, r in enumerate(waiting, 1)
    )
    lang = _lang(said)
    head = say(lang, "no_item", n=unknown) if unknown else ""
    head += say(lang, "approvals_list", n=len(waiting))
    if said.action:
        word = said.action if lang == "en" else {"approve": "同意", "reject": "驳回"}[said.action]
        head += say(lang, "approvals_list_number", word=word)
    else:
        head += ":" if lang == "en" else "："
    return [reply_to(inc, "question", f"{head}\n{lines}", lang=lang)]


def _about_order(waiting: list[ProposalRecord], order: str) -> list[ProposalRecord]:
    """The waiting requests about the order whose number ends with `order` (1104, or in full)."""
    return [r for r in waiting if (r.order_no or "").endswith(order)]


def _lang(said: ApprovalReply) -> Lang:
    """An approver who writes approve / reject is answered in English."""
    return "en" if said.english else "zh"


def _waiting_for(service: AgentService, approver: str) -> list[ProposalRecord]:
    return [r for r in service.ctx.proposals.awaiting_approval_by(approver) if r.requester != approver]


def _own_open(service: AgentService, inc: Incoming) -> ProposalRecord | None:
    return service.ctx.proposals.open_for_thread(service.threads.current(inc.conversation_id, inc.user_id))


def _one_line(summary: str) -> str:
    """A proposal's markdown summary as one line of key figures (the risk note left out)."""
    parts = [ln.strip().lstrip("-").strip().replace("**", "") for ln in summary.splitlines()]
    return "，".join(p for p in parts if p and not p.startswith("⚠️"))
