"""The agent as a service: one chat message or card click in, the messages to deliver out.

It serialises runs per thread (conversation + sender) with a cross-process lease, decides whether a
message starts a run or resumes a paused one, and checks who may confirm or approve before any resume
(agent.clicks): a click from the wrong person, on a stale or expired card, is answered and never executed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from datetime import datetime
from typing import Any

from langgraph.types import Command
from pydantic import BaseModel

from agent.clicks import ActorCheck, Click, check_click, click_lang, unverified_approver
from agent.context import AgentContext
from agent.leases import AsyncLease
from agent.multi import choose_pending, handle_several
from agent.nlu.models import ParsedCommand
from agent.phrases import Lang, language_of, say
from agent.proposals import ProposalRecord
from agent.reading import while_approval_waits
from agent.replies import Outgoing, reply_to
from agent.state import Incoming
from agent.text_approvals import approval_by_text
from agent.threads import Threads

__all__ = ["AgentService", "Click", "Handled"]

log = logging.getLogger("dingk3.agent")

MAX_MESSAGE_LINES = 20  # more lines than this is a list of requests, not one: answered like a message too long


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
        self.threads = Threads(ctx.proposals.db)
        self._lease_ttl = lease_ttl_s
        self._lease_wait = lease_wait_s

    # ------------------------------------------------------------------ entry points

    async def handle_message(self, inc: Incoming, *, quoted: str = "") -> Handled:
        """`quoted`: the open proposal of this sender the message quotes (a reply to its card): it goes to that
        proposal's thread, whichever of the sender's cards is the newest."""
        started = time.perf_counter()
        if not inc.message_id:
            inc = inc.model_copy(update={"message_id": uuid.uuid4().hex})
        base = self.threads.base(inc.conversation_id, inc.user_id)
        if refusal := self._too_long(inc):  # before anything reads the text: parsing costs grow with it
            return _handled([refusal], base, started)
        if messages := await approval_by_text(self, inc):
            return _handled(messages, base, started)
        # one lease on the sender's base thread for the whole message: their messages are handled in turn
        async with self.lease(base):
            rec = self.ctx.proposals.get(quoted) if quoted else None
            if rec is not None and rec.status == "pending" and rec.requester == inc.user_id:
                thread, state, reading = rec.thread_id, None, None
            else:
                several = await handle_several(self, inc)  # several requests in one message
                several = several if several is not None else await choose_pending(self, inc, held=base)
                if several is not None:
                    return _handled(several, base, started)
                thread, state, reading = await self._thread_for(inc)
            async with self.lease(thread) if thread != base else contextlib.nullcontext():
                # the state read before this thread's own lease is reused only when that lease is the one held
                messages, parse = await self.run_message(thread, inc, state if thread == base else None, reading)
        return _handled(messages, thread, started, parse)

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
            return _handled(finished, rec.thread_id, started)
        refusal = check_click(self.ctx.directory, click, rec, inc)
        if refusal is not None:
            return _handled([refusal], click.thread_id, started)
        assert rec is not None
        lang = click_lang(click, rec)
        if (unverified := await unverified_approver(self.verify_actor, click, inc, lang)) is not None:
            return _handled([unverified], click.thread_id, started)
        if click.action == "edit":
            hint = reply_to(inc, "question", say(lang, "edit_hint"), lang=lang)
            return _handled([hint], click.thread_id, started)
        async with self.lease(rec.thread_id) if rec.thread_id != held else contextlib.nullcontext():
            messages = await self._resume_click(rec, click, inc)
        return _handled(messages, rec.thread_id, started)

    async def underway(self, inc: Incoming | None, *, click: Click | None = None) -> bool:
        """Whether a run saved a step with this input and stopped short of its end (its worker died): such an
        input was understood already and its run must be finished (a confirmed write); any other input a
        worker died with may be what killed it."""
        if click is not None:
            rec = self.ctx.proposals.get(click.proposal_id)
            thread, message_id = (rec.thread_id if rec else click.thread_id), click.click_id
        elif inc is not None:
            thread = await asyncio.to_thread(self.threads.current, inc.conversation_id, inc.user_id)
            message_id = inc.message_id
        else:
            return False
        state = await self.state_of(thread)
        last_id = (state.values.get("incoming") or {}).get("message_id")
        return bool(state.next) and not state.interrupts and last_id == message_id

    async def lang_of(self, conversation_id: str, user_id: str) -> Lang:
        """The language this sender's conversation has gone in so far (for a message that says nothing of its own:
        a picture, a file, a voice note DingTalk heard nothing in); Chinese until they wrote English."""
        thread = await asyncio.to_thread(self.threads.current, conversation_id, user_id)
        return "en" if (await self.state_of(thread)).values.get("lang") == "en" else "zh"

    # ------------------------------------------------------------------ what agent.multi and approvals use

    def lease(self, thread: str) -> AsyncLease:
        """The thread's lease, to hold with `async with` while its graph runs."""
        return AsyncLease(self.ctx.proposals.db, f"thread:{thread}", self._lease_ttl, self._lease_wait)

    async def state_of(self, thread: str) -> Any:
        """The thread's saved graph state (values, next steps, interrupts)."""
        return await self.graph.aget_state(_config(thread))

    async def run_message(
        self, thread: str, inc: Incoming, state: Any = None, reading: ParsedCommand | None = None, lang: str = ""
    ) -> tuple[list[Outgoing], dict[str, Any]]:
        """Run (or resume) the thread's graph with this message: the answer to it, and its parse.
        `state`: the thread's state as just read, if the caller has it; `reading`: the message as read already
        (a new run takes it instead of reading the message again); `lang`: the language of the message this one
        is a line of, for a line that says nothing of its own."""
        state = state if state is not None else await self.state_of(thread)
        last_id = (state.values.get("incoming") or {}).get("message_id")
        if state.next and not state.interrupts:
            # A run died mid-way (worker crash): finish it first; writes are keyed, so this is safe.
            log.warning("finishing interrupted run of thread %s at %s", thread, state.next)
            await self._invoke(thread, None)
            state = await self.state_of(thread)
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
            ahead = reading.model_dump() if reading is not None else None
            start: dict[str, Any] = {
                "incoming": inc.model_dump(), "outbox": [], "thread_id": thread, "read_ahead": ahead,
            } | ({"lang": lang} if lang else {})  # fmt: skip
            values = await self._invoke(thread, start, durability="exit")
        return _replies_in(values, inc.message_id), dict(values.get("parsed") or {})

    # ------------------------------------------------------------------ internals

    async def _thread_for(self, inc: Incoming) -> tuple[str, Any, ParsedCommand | None]:
        """The sender's current thread and its state; while that one waits for a supervisor, a message that does
        not withdraw it goes to a new thread (state None), with the message as read (not read again)."""
        thread = await asyncio.to_thread(self.threads.current, inc.conversation_id, inc.user_id)
        state = await self.state_of(thread)
        if any((i.value or {}).get("type") == "approve" for i in state.interrupts):
            turn = await while_approval_waits(self.ctx, inc, state.values)
            if turn.kind != "cancel":
                new = await asyncio.to_thread(self.threads.open_new, inc.conversation_id, inc.user_id)
                return new, None, turn.reading
        return thread, state, None

    async def _invoke(self, thread: str, payload: Any, *, durability: str = "sync") -> dict[str, Any]:
        """Run the thread's graph; the state's values where it stopped (at the end or at an interrupt).

        `durability="sync"` saves a checkpoint after every step: a run that resumes from an interrupt may write
        to K/3, and after a crash it must go on from the step it reached. A new run never writes to K/3 (writes
        happen only after a confirmation, i.e. in a resumed run), so it may be saved once, when it stops
        (`"exit"`): a crash mid-way loses nothing the inbox does not redo, and it costs a third of the writes."""
        out = await self.graph.ainvoke(payload, _config(thread), context=self.ctx, durability=durability)
        return dict(out or {})

    async def _outbox(self, thread: str, message_id: str, state: Any = None) -> list[Outgoing]:
        state = state if state is not None else await self.state_of(thread)
        return _replies_in(state.values, message_id)

    def _too_long(self, inc: Incoming) -> Outgoing | None:
        """The answer to a message too long to be one request (characters or lines); None when it may be read."""
        limit, lines = self.max_message_chars, inc.text.count("\n") + 1
        if len(inc.text) <= limit and lines <= MAX_MESSAGE_LINES:
            return None
        lang = language_of(inc.text) or "zh"
        text = say(lang, "too_long", chars=len(inc.text), lines=lines, limit=limit)
        return reply_to(inc, "refusal", text, lang=lang)

    async def _finish_interrupted(self, thread: str) -> list[Outgoing]:
        """A write whose worker died (proposal left 'executing'): finish it (keyed, so at most once) and
        return its answer; empty when nothing was interrupted (another worker is on it right now)."""
        async with self.lease(thread):
            state = await self.state_of(thread)
            if not state.next or state.interrupts:
                return []
            log.warning("finishing interrupted write of thread %s at %s", thread, state.next)
            await self._invoke(thread, None)
            return await self._outbox(thread, str((state.values.get("incoming") or {}).get("message_id") or ""))

    async def _resume_click(self, rec: ProposalRecord, click: Click, inc: Incoming) -> list[Outgoing]:
        state = await self.state_of(rec.thread_id)
        fresh = self.ctx.proposals.get(rec.id)
        if not state.interrupts or fresh is None or not fresh.is_open or fresh.digest != click.digest:
            lang = click_lang(click, fresh)
            return [reply_to(inc, "notice", say(lang, "handled_already"), lang=lang)]
        expired = fresh.expired(datetime.fromisoformat(click.now))
        action = {"approve": "approve", "reject": "reject", "confirm": "confirm", "cancel": "cancel"}[click.action]
        resume = {
            "kind": "expired" if expired else "click", "action": action, "incoming": inc.model_dump(),
            "reason": click.reason,
        }  # fmt: skip
        values = await self._invoke(rec.thread_id, Command(resume=resume))
        return _replies_in(values, inc.message_id)


def _handled(msgs: list[Outgoing], thread: str, started: float, parse: dict[str, Any] | None = None) -> Handled:
    parse = parse or {}
    ms = (time.perf_counter() - started) * 1000
    return Handled(
        messages=msgs, thread_id=thread, ms=ms, intent=parse.get("intent", ""), backend=parse.get("backend", "")
    )


def _config(thread: str) -> dict[str, Any]:
    return {"configurable": {"thread_id": thread}}


def _replies_in(values: dict[str, Any], message_id: str) -> list[Outgoing]:
    return [Outgoing.model_validate(m) for m in values.get("outbox", []) if m.get("in_reply_to") == message_id]


def _parse_of(state: Any) -> dict[str, Any]:
    return dict(state.values.get("parsed") or {})
