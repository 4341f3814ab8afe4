"""The agent as a service: one chat message or card click in, the messages to deliver out.

It serialises runs per thread (conversation + sender) with a cross-process lease, decides whether a
message starts a run or resumes a paused one, and checks who may confirm or approve before any resume:
a click from the wrong person, on a stale or expired card, is answered and never executed.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from langgraph.types import Command
from pydantic import BaseModel

from agent.context import AgentContext
from agent.multi import choose_pending, handle_several
from agent.nlu.approval import ApprovalReply, is_consent_only, read_approval
from agent.proposals import ProposalRecord
from agent.replies import Outgoing
from agent.state import Incoming
from agent.threads import Threads

__all__ = ["AgentService", "Click", "Handled"]

log = logging.getLogger("dingk3.agent")

_WITHDRAW = re.compile(r"^\s*(取消|撤回|算了|不要了|cancel)\s*[。!！.]?\s*$", re.I)
_LIST_TTL = timedelta(minutes=30)  # a numbered list of waiting approvals answers numbers for this long
MAX_MESSAGE_LINES = 20  # more lines than this is a list of requests, not one: answered like a message too long
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
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


class Handled(BaseModel):
    """The outcome of one input: messages to deliver, and how long it took."""

    messages: list[Outgoing]
    thread_id: str
    ms: float
    intent: str = ""
    backend: str = ""


class AgentService:
    def __init__(
        self,
        graph: Any,
        ctx: AgentContext,
        *,
        lease_ttl_s: float = 15.0,
        lease_wait_s: float = 60.0,
        verify_actor: ActorCheck | None = None,
        max_message_chars: int = 2000,
    ) -> None:
        self.graph = graph
        self.ctx = ctx
        # asks DingTalk whether an approver's userid exists and is active (True / False / None: could not ask);
        # set where the sender of a callback is not otherwise proven (HTTP mode)
        self.verify_actor = verify_actor
        self.max_message_chars = max_message_chars
        self._threads = Threads(ctx.proposals.db)
        self._lease_ttl = lease_ttl_s
        self._lease_wait = lease_wait_s

    # ------------------------------------------------------------------ entry points

    async def handle_message(self, inc: Incoming) -> Handled:
        started = time.perf_counter()
        if not inc.message_id:
            inc = inc.model_copy(update={"message_id": uuid.uuid4().hex})
        base = self._threads.base(inc.conversation_id, inc.user_id)
        if refusal := self._too_long(inc):  # before anything reads the text: parsing costs grow with it
            return self._handled([refusal], base, started)
        if messages := await self._approval_by_text(inc):
            return self._handled(messages, base, started)
        # one lease on the sender's base thread for the whole message: their messages are handled in turn
        async with self._lease(base):
            several = await handle_several(self, inc)  # several requests in one message
            several = several if several is not None else await choose_pending(self, inc, held=base)
            if several is not None:
                return self._handled(several, base, started)
            thread, state = await self._thread_for(inc)
            async with self._lease(thread) if thread != base else _nullcontext():
                # the state read before this thread's own lease is reused only when that lease is the one held
                messages, parse = await self._run_message(thread, inc, state if thread == base else None)
        return self._handled(messages, thread, started, parse)

    async def _thread_for(self, inc: Incoming) -> tuple[str, Any]:
        """The sender's current thread and its state, or a new thread (state None) when the current one waits
        for a supervisor."""
        thread = await asyncio.to_thread(self._threads.current, inc.conversation_id, inc.user_id)
        state = await self.graph.aget_state(self._config(thread))
        waiting = any((i.value or {}).get("type") == "approve" for i in state.interrupts)
        if waiting and not _WITHDRAW.match(inc.text):
            return await asyncio.to_thread(self._threads.open_new, inc.conversation_id, inc.user_id), None
        return thread, state

    async def handle_click(self, click: Click, *, held: str = "") -> Handled:
        """A card press (or a typed decision on a card); `held`: a thread lease the caller holds already."""
        started = time.perf_counter()
        click_id = click.click_id or uuid.uuid4().hex
        rec = self.ctx.proposals.get(click.proposal_id)
        inc = Incoming(
            text=click.text or f"[card:{click.action}]", user_id=click.user_id,
            conversation_id=rec.conversation_id if rec else click.thread_id.split(":")[0],
            now=click.now, message_id=click_id,
        )  # fmt: skip
        interrupted = rec is not None and rec.status == "executing" and rec.thread_id == click.thread_id
        if interrupted and rec and (finished := await self._finish_interrupted(rec.thread_id)):
            return self._handled(finished, rec.thread_id, started)
        refusal = self._check_click(click, rec, inc)
        if refusal is not None:
            return self._handled([refusal], click.thread_id, started)
        assert rec is not None
        if (unverified := await self._unverified_approver(click, inc)) is not None:
            return self._handled([unverified], click.thread_id, started)
        if click.action == "edit":
            text = "请直接发消息说要改什么，例如“数量改成500”或“交期改到下周五”。"
            return self._handled([self._to_user(inc, "question", text)], click.thread_id, started)
        async with self._lease(rec.thread_id) if rec.thread_id != held else _nullcontext():
            messages = await self._resume_click(rec, click, inc)
        return self._handled(messages, rec.thread_id, started)

    async def underway(self, inc: Incoming | None, *, click: Click | None = None) -> bool:
        """Whether a run saved a step with this input and stopped short of its end (its worker died): such an
        input was understood already and its run must be finished (a confirmed write); any other input a
        worker died with may be what killed it."""
        if click is not None:
            rec = self.ctx.proposals.get(click.proposal_id)
            thread, message_id = (rec.thread_id if rec else click.thread_id), click.click_id
        elif inc is not None:
            thread = await asyncio.to_thread(self._threads.current, inc.conversation_id, inc.user_id)
            message_id = inc.message_id
        else:
            return False
        state = await self.graph.aget_state(self._config(thread))
        last_id = (state.values.get("incoming") or {}).get("message_id")
        return bool(state.next) and not state.interrupts and last_id == message_id

    # ------------------------------------------------------------------ internals

    def _handled(
        self, msgs: list[Outgoing], thread: str, started: float, parse: dict[str, Any] | None = None
    ) -> Handled:
        parse = parse or {}
        ms = (time.perf_counter() - started) * 1000
        return Handled(
            messages=msgs, thread_id=thread, ms=ms, intent=parse.get("intent", ""), backend=parse.get("backend", "")
        )

    def _lease(self, thread: str) -> Any:
        return _AsyncLease(self.ctx.proposals.db, f"thread:{thread}", self._lease_ttl, self._lease_wait)

    def _config(self, thread: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": thread}}

    async def _invoke(self, thread: str, payload: Any, *, durability: str = "sync") -> dict[str, Any]:
        """Run the thread's graph; the state's values where it stopped (at the end or at an interrupt).

        `durability="sync"` saves a checkpoint after every step: a run that resumes from an interrupt may write
        to K/3, and after a crash it must go on from the step it reached. A new run never writes to K/3 (writes
        happen only after a confirmation, i.e. in a resumed run), so it may be saved once, when it stops
        (`"exit"`): a crash mid-way loses nothing the inbox does not redo, and it costs a third of the writes."""
        out = await self.graph.ainvoke(payload, self._config(thread), context=self.ctx, durability=durability)
        return dict(out or {})

    async def _outbox(self, thread: str, message_id: str, state: Any = None) -> list[Outgoing]:
        state = state if state is not None else await self.graph.aget_state(self._config(thread))
        return _replies_in(state.values, message_id)

    async def _run_message(
        self, thread: str, inc: Incoming, state: Any = None
    ) -> tuple[list[Outgoing], dict[str, Any]]:
        """Run (or resume) the thread's graph with this message: the answer to it, and its parse.
        `state`: the thread's state as just read, if the caller has it."""
        state = state if state is not None else await self.graph.aget_state(self._config(thread))
        last_id = (state.values.get("incoming") or {}).get("message_id")
        if state.next and not state.interrupts:
            # A run died mid-way (worker crash): finish it first; writes are keyed, so this is safe.
            log.warning("finishing interrupted run of thread %s at %s", thread, state.next)
            await self._invoke(thread, None)
            state = await self.graph.aget_state(self._config(thread))
            if last_id == inc.message_id:  # this very message was being handled: its answer, not a new run
                return await self._outbox(thread, inc.message_id, state), _parse_of(state)
        elif last_id == inc.message_id and (done := await self._outbox(thread, inc.message_id, state)):
            # Handled already, the worker died before finishing the inbox row: answer again, don't run again.
            return done, _parse_of(state)
        if state.interrupts:
            rec = self.ctx.proposals.open_for_thread(thread)
            kind = "expired" if rec and rec.expired(datetime.fromisoformat(inc.now)) else "message"
            values = await self._invoke(thread, Command(resume={"kind": kind, "incoming": inc.model_dump()}))
        else:
            start = {"incoming": inc.model_dump(), "outbox": [], "thread_id": thread}
            values = await self._invoke(thread, start, durability="exit")
        messages = _replies_in(values, inc.message_id)
        if not messages:
            messages = await self._hint_other_requester(inc)
        return messages, dict(values.get("parsed") or {})

    async def _hint_other_requester(self, inc: Incoming) -> list[Outgoing]:
        return []

    def _too_long(self, inc: Incoming) -> Outgoing | None:
        """The answer to a message too long to be one request (characters or lines); None when it may be read."""
        limit, lines = self.max_message_chars, inc.text.count("\n") + 1
        if len(inc.text) <= limit and lines <= MAX_MESSAGE_LINES:
            return None
        if _CJK.search(inc.text) is None and re.search(r"[A-Za-z]{2,}", inc.text):
            text = (
                f"That message is too long ({len(inc.text)} characters, {lines} lines), so I did not read it. "
                f'Please send one request per message, under {limit} characters, e.g. "MO20261103 report 5 good".'
            )
        else:
            text = (
                f"这条消息太长了（{len(inc.text)} 字，{lines} 行），我没有处理。"
                f"请一条消息只说一件事，不超过 {limit} 字，例如“MO20261103 报工 良品5”。"
            )
        return self._to_user(inc, "refusal", text)

    def _check_click(self, click: Click, rec: ProposalRecord | None, inc: Incoming) -> Outgoing | None:
        """Who may press which button on which card; None when the click may go ahead."""
        directory = self.ctx.directory
        if rec is None or rec.thread_id != click.thread_id:
            return self._to_user(inc, "refusal", "这张卡片无效，请以最新消息为准。")
        if rec.digest != click.digest:
            return self._to_user(inc, "refusal", "这张卡片已过时（内容已修改），请使用最新的确认卡片。")
        if not rec.is_open or rec.status == "executing":
            done = f"：{rec.bill_no}" if rec.bill_no else ""
            return self._to_user(inc, "notice", f"这个操作{_STATUS_CN.get(rec.status, rec.status)}{done}，无需再点。")
        if click.action in ("confirm", "cancel", "edit"):
            if click.user_id != rec.requester:
                name = directory.get(rec.requester).name
                return self._to_user(inc, "refusal", f"只有发起人{name}可以确认或取消这个操作。")
            if rec.status != "pending" and click.action == "confirm":
                return self._to_user(inc, "notice", "这个操作正在等待主管审批，无需再确认。")
        else:
            if rec.status != "awaiting_approval":
                return self._to_user(inc, "notice", "这个操作还没有提交审批。")
            if click.user_id == rec.requester or not directory.is_supervisor_of(click.user_id, rec.requester):
                return self._to_user(inc, "refusal", "您不是发起人的主管，不能审批这个操作。")
        return None

    async def _unverified_approver(self, click: Click, inc: Incoming) -> Outgoing | None:
        """An approval (it writes a risky change) only from a userid DingTalk's user lookup knows as active."""
        if click.action != "approve" or self.verify_actor is None:
            return None
        verdict = await self.verify_actor(click.user_id)
        if verdict is True:
            return None
        log.warning("approval by %s refused: DingTalk user lookup said %s", click.user_id, verdict)
        text = (
            "钉钉通讯录里没有您的有效账号，这次审批没有生效。"
            if verdict is False
            else "暂时无法向钉钉核实您的身份，这次审批没有生效，请稍后再试。"
        )
        return Outgoing(kind="refusal", text=text, user_id=click.user_id, in_reply_to=inc.message_id)

    async def _finish_interrupted(self, thread: str) -> list[Outgoing]:
        """A write whose worker died (proposal left 'executing'): finish it (keyed, so at most once) and
        return its answer; empty when nothing was interrupted (another worker is on it right now)."""
        async with self._lease(thread):
            state = await self.graph.aget_state(self._config(thread))
            if not state.next or state.interrupts:
                return []
            log.warning("finishing interrupted write of thread %s at %s", thread, state.next)
            await self._invoke(thread, None)
            return await self._outbox(thread, str((state.values.get("incoming") or {}).get("message_id") or ""))

    async def _resume_click(self, rec: ProposalRecord, click: Click, inc: Incoming) -> list[Outgoing]:
        state = await self.graph.aget_state(self._config(rec.thread_id))
        fresh = self.ctx.proposals.get(rec.id)
        if not state.interrupts or fresh is None or not fresh.is_open or fresh.digest != click.digest:
            return [self._to_user(inc, "notice", "这个操作已处理，无需再点。")]
        expired = fresh.expired(datetime.fromisoformat(click.now))
        action = {"approve": "approve", "reject": "reject", "confirm": "confirm", "cancel": "cancel"}[click.action]
        resume = {
            "kind": "expired" if expired else "click", "action": action, "incoming": inc.model_dump(),
            "reason": click.reason,
        }  # fmt: skip
        values = await self._invoke(rec.thread_id, Command(resume=resume))
        return _replies_in(values, inc.message_id)

    async def _approval_by_text(self, inc: Incoming) -> list[Outgoing] | None:
        """A supervisor answering 同意 / 驳回 (with a number from the list, a reason) in their own 1:1 chat
        resumes the requester's thread; None when the message is not such an answer."""
        said = read_approval(inc.text)
        if said is None:
            return await self._remind_decision_words(inc) if is_consent_only(inc.text) else None
        waiting = await asyncio.to_thread(self._waiting_for, inc.user_id)
        if said.action is None:
            return await self._pick_by_number(inc, said.number or 0, waiting)
        if not waiting:
            return None
        own = await asyncio.to_thread(self._own_open, inc)
        if said.number is None and own is not None:
            return None  # the supervisor's own pending proposal takes the word
        if inc.conversation_type != "1":
            text = (
                "Approvals are answered in your 1:1 chat with me (or on the approval card), not in a group."
                if said.english
                else "审批请在与我的单聊里回复“同意”或“驳回”（或在审批卡片上点按钮），群里的回复不算审批。"
            )
            return [self._to_user(inc, "notice", text)]
        if said.number is None:
            if len(waiting) == 1:
                return await self._decide(inc, waiting[0], said.action, said.reason)
            return await self._list_waiting(inc, waiting, said)
        since = datetime.fromisoformat(inc.now) - _LIST_TTL
        listed = await asyncio.to_thread(self.ctx.proposals.listed_for, inc.user_id, since=since)
        if listed is None or not 1 <= said.number <= len(listed.ids):
            return await self._list_waiting(inc, waiting, said.model_copy(update={"number": None}), unknown=said.number)
        return await self._decide_listed(inc, listed.ids[said.number - 1], waiting, said.action, said.reason)

    async def _remind_decision_words(self, inc: Incoming) -> list[Outgoing] | None:
        """`ok` / `确认` in the approver's 1:1 chat, with approvals waiting and nothing of their own to confirm:
        say how to decide (those words confirm one's own proposals, they never approve)."""
        if inc.conversation_type != "1":
            return None
        waiting = await asyncio.to_thread(self._waiting_for, inc.user_id)
        if not waiting or await asyncio.to_thread(self._own_open, inc) is not None:
            return None
        text = f"有 {len(waiting)} 个操作等待您审批，没有批准任何操作。要批准请回复“同意”，要驳回请回复“驳回”加理由。"
        if len(waiting) > 1:
            text += "回复“同意”会列出全部，再按序号选择。"
        return [self._to_user(inc, "notice", text)]

    async def _pick_by_number(self, inc: Incoming, number: int, waiting: list[ProposalRecord]) -> list[Outgoing] | None:
        """A bare number answers the list just shown (with the word that asked for it) in the 1:1 chat, unless
        the sender's own conversation waits for a number of its own (e.g. picking a material)."""
        if inc.conversation_type != "1" or not waiting:
            return None
        since = datetime.fromisoformat(inc.now) - _LIST_TTL
        listed = await asyncio.to_thread(self.ctx.proposals.listed_for, inc.user_id, since=since)
        if listed is None or listed.action not in ("approve", "reject"):
            return None
        thread = await asyncio.to_thread(self._threads.current, inc.conversation_id, inc.user_id)
        if (await self.graph.aget_state(self._config(thread))).interrupts:
            return None
        if not 1 <= number <= len(listed.ids):
            said = ApprovalReply(action=listed.action, reason=listed.reason)  # type: ignore[arg-type]
            return await self._list_waiting(inc, waiting, said, unknown=number)
        await asyncio.to_thread(self.ctx.proposals.forget_list_action, inc.user_id)
        pid = listed.ids[number - 1]
        return await self._decide_listed(inc, pid, waiting, listed.action, listed.reason)  # type: ignore[arg-type]

    async def _decide_listed(
        self, inc: Incoming, pid: str, waiting: list[ProposalRecord], action: Literal["approve", "reject"],
        reason: str,
    ) -> list[Outgoing]:  # fmt: skip
        rec = next((r for r in waiting if r.id == pid), None)
        if rec is None:
            gone = self.ctx.proposals.get(pid)
            status = _STATUS_CN.get(gone.status, gone.status) if gone else "已处理"
            return [self._to_user(inc, "notice", f"这一项{status}，无需再审批。")]
        return await self._decide(inc, rec, action, reason)

    async def _decide(
        self, inc: Incoming, rec: ProposalRecord, action: Literal["approve", "reject"], reason: str
    ) -> list[Outgoing]:
        click = Click(
            action=action, user_id=inc.user_id, thread_id=rec.thread_id, proposal_id=rec.id, digest=rec.digest,
            now=inc.now, click_id=inc.message_id, reason=reason, text=inc.text,
        )  # fmt: skip
        return (await self.handle_click(click)).messages

    async def _list_waiting(
        self, inc: Incoming, waiting: list[ProposalRecord], said: ApprovalReply, *, unknown: int | None = None
    ) -> list[Outgoing]:
        """The numbered list of what waits for this approver (requester, action, key figures), remembered so
        that `同意 2`, `驳回 1 理由` or a bare `2` can answer it."""
        await asyncio.to_thread(
            self.ctx.proposals.remember_list, inc.user_id, [r.id for r in waiting],
            action=said.action or "", reason=said.reason, now=datetime.fromisoformat(inc.now),
        )  # fmt: skip
        lines = "\n".join(
            f"{i}. {self.ctx.directory.get(r.requester).name}：{_one_line(r.summary)}" for i, r in enumerate(waiting, 1)
        )
        word = {"approve": "同意", "reject": "驳回"}.get(said.action or "", "")
        if said.english:
            head = f"No item {unknown}. " if unknown else ""
            head += f'{len(waiting)} requests wait for your approval. Reply "approve 2" or "reject 2 reason"'
            head += f", or just the number to {said.action}:" if word else ":"
        else:
            head = f"没有第 {unknown} 项。" if unknown else ""
            head += f"有 {len(waiting)} 个操作等待您审批，请回复“同意 序号”或“驳回 序号 理由”"
            head += f"，或直接回复序号表示{word}：" if word else "："
        return [self._to_user(inc, "question", f"{head}\n{lines}")]

    def _waiting_for(self, approver: str) -> list[ProposalRecord]:
        return [r for r in self.ctx.proposals.awaiting_approval_by(approver) if r.requester != approver]

    def _own_open(self, inc: Incoming) -> ProposalRecord | None:
        return self.ctx.proposals.open_for_thread(self._threads.current(inc.conversation_id, inc.user_id))

    @staticmethod
    def _to_user(inc: Incoming, kind: Any, text: str) -> Outgoing:
        return Outgoing(
            kind=kind, text=text, conversation_id=inc.conversation_id, at_user=inc.user_id, in_reply_to=inc.message_id
        )


def _replies_in(values: dict[str, Any], message_id: str) -> list[Outgoing]:
    return [Outgoing.model_validate(m) for m in values.get("outbox", []) if m.get("in_reply_to") == message_id]


def _one_line(summary: str) -> str:
    """A proposal's markdown summary as one line of key figures (the risk note left out)."""
    parts = [ln.strip().lstrip("-").strip().replace("**", "") for ln in summary.splitlines()]
    return "，".join(p for p in parts if p and not p.startswith("⚠️"))


def _parse_of(state: Any) -> dict[str, Any]:
    return dict(state.values.get("parsed") or {})


class _nullcontext:
    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc: object) -> None:
        return None


class _AsyncLease:
    """`async with`: holds the database lease without blocking the event loop while waiting.

    The lease is short (`ttl_s`) and renewed every third of it while held, so a run may take as long as it
    needs, and the lease of a worker that died (SIGKILL, power) frees itself within `ttl_s`."""

    def __init__(self, db: Any, name: str, ttl_s: float, wait_s: float) -> None:
        self.db, self.name, self.ttl, self.wait = db, name, ttl_s, wait_s
        self.owner = uuid.uuid4().hex
        self._renewer: asyncio.Task[None] | None = None

    async def __aenter__(self) -> None:
        from dingk3.db import LeaseBusy

        deadline = time.monotonic() + self.wait
        delay = 0.005
        while not await asyncio.to_thread(self.db.try_lease, self.name, self.ttl, self.owner):
            if time.monotonic() > deadline:
                raise LeaseBusy(self.name)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)
        self._renewer = asyncio.get_running_loop().create_task(self._renew())

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(self.ttl / 3)
            try:
                if not await asyncio.to_thread(self.db.try_lease, self.name, self.ttl, self.owner):
                    log.error("lease %s was lost while held", self.name)
                    return
            except Exception:  # the database away for a moment: try again at the next third
                log.exception("could not renew lease %s", self.name)

    async def __aexit__(self, *exc: object) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
        await asyncio.to_thread(self.db.release_lease, self.name, self.owner)
