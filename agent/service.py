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
from datetime import datetime
from typing import Any, Literal

from langgraph.types import Command
from pydantic import BaseModel

from agent.context import AgentContext
from agent.proposals import ProposalRecord
from agent.replies import Outgoing
from agent.state import Incoming
from agent.threads import Threads

__all__ = ["AgentService", "Click", "Handled"]

log = logging.getLogger("dingk3.agent")

_APPROVE = re.compile(r"^\s*(同意|批准|通过|approve[d]?|ok|好的?|确认)\s*[。!！.]?\s*$", re.I)
_WITHDRAW = re.compile(r"^\s*(取消|撤回|算了|不要了|cancel)\s*[。!！.]?\s*$", re.I)
_REJECT = re.compile(r"^\s*(驳回|拒绝|不同意|不批准|reject(ed)?)\s*[。!！.]?\s*$", re.I)
MAX_MESSAGE_LINES = 20  # more lines than this is a list of requests, not one: answered like a message too long
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_STATUS_CN = {
    "executed": "已执行", "cancelled": "已取消", "expired": "已过期", "rejected": "已驳回", "failed": "没有成功",
    "executing": "正在执行", "awaiting_approval": "正在等待主管审批", "pending": "等待确认",
}  # fmt: skip


class Click(BaseModel):
    """A card button press, bound to the thread, proposal and digest the card was made for."""

    action: Literal["confirm", "cancel", "edit", "approve", "reject"]
    user_id: str
    thread_id: str
    proposal_id: str
    digest: str
    now: str
    click_id: str = ""


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
        max_message_chars: int = 2000,
    ) -> None:
        self.graph = graph
        self.ctx = ctx
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
        async with self._lease(base):
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

    async def handle_click(self, click: Click) -> Handled:
        started = time.perf_counter()
        click_id = click.click_id or uuid.uuid4().hex
        rec = self.ctx.proposals.get(click.proposal_id)
        inc = Incoming(
            text=f"[card:{click.action}]", user_id=click.user_id,
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
        if click.action == "edit":
            text = "请直接发消息说要改什么，例如“数量改成500”或“交期改到下周五”。"
            return self._handled([self._to_user(inc, "question", text)], click.thread_id, started)
        async with self._lease(rec.thread_id):
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
        resume = {"kind": "expired" if expired else "click", "action": action, "incoming": inc.model_dump()}
        values = await self._invoke(rec.thread_id, Command(resume=resume))
        return _replies_in(values, inc.message_id)

    async def _approval_by_text(self, inc: Incoming) -> list[Outgoing] | None:
        """A supervisor answering 同意 / 驳回 in their own chat resumes the requester's thread."""
        approve, reject = _APPROVE.match(inc.text), _REJECT.match(inc.text)
        if not (approve or reject):
            return None
        waiting = [r for r in self.ctx.proposals.awaiting_approval_by(inc.user_id) if r.requester != inc.user_id]
        if not waiting:
            return None
        own = self.ctx.proposals.open_for_thread(self._threads.current(inc.conversation_id, inc.user_id))
        if own is not None:
            return None  # the supervisor's own pending proposal takes the word
        if len(waiting) > 1:
            lines = "\n".join(
                f"- {r.summary.splitlines()[0]}（{self.ctx.directory.get(r.requester).name}）" for r in waiting
            )
            return [
                self._to_user(
                    inc, "question", f"有 {len(waiting)} 个操作等待您审批，请在对应卡片上点“同意”或“驳回”：\n{lines}"
                )
            ]
        rec = waiting[0]
        click = Click(
            action="approve" if approve else "reject", user_id=inc.user_id, thread_id=rec.thread_id,
            proposal_id=rec.id, digest=rec.digest, now=inc.now, click_id=inc.message_id,
        )  # fmt: skip
        return (await self.handle_click(click)).messages

    @staticmethod
    def _to_user(inc: Incoming, kind: Any, text: str) -> Outgoing:
        return Outgoing(
            kind=kind, text=text, conversation_id=inc.conversation_id, at_user=inc.user_id, in_reply_to=inc.message_id
        )


def _replies_in(values: dict[str, Any], message_id: str) -> list[Outgoing]:
    return [Outgoing.model_validate(m) for m in values.get("outbox", []) if m.get("in_reply_to") == message_id]


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
