"""The API's long-lived pieces and its background work: a DingTalk input is stored, acknowledged, then
handled by the agent and answered through DingTalk, one task per input."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from agent.bootstrap import Resources, open_agent
from agent.nlu.interpret import chatter
from agent.phrases import language_of, say
from agent.phrases.names import proposal_status_name
from agent.service import Click
from agent.state import Incoming
from api.delivery import Delivery, Origin, card_route
from api.inbox import Inbox
from api.messages import heard_back, read_message
from api.metrics import Metrics, WaitingWork
from api.quotes import quoted_card, quoted_proposal
from dingk3.clock import Clock
from dingk3.config import Settings
from dingk3.errors import ParseTimeout
from dingk3.trace import MESSAGE_TRACE, new_trace

__all__ = ["Runtime", "incoming_from_robot", "open_runtime"]

log = logging.getLogger("dingk3.api")

_UNKNOWN_USER = {"33012", "60121"}  # topapi/v2/user/get: no such user


# Our own receive time (epoch ms), written into a body when it is stored: a body's `createAt` is the sender's
# clock and is never trusted for rules or expiry; a recovered body keeps the time it first arrived.
RECEIVED_AT = "dingk3ReceivedAtMs"


def received(body: dict[str, Any], clock: Clock) -> dict[str, Any]:
    """The body stamped with the server's receive time (any stamp the sender put there is replaced)."""
    return body | {RECEIVED_AT: int(clock.time() * 1000)}


def _received_at(body: dict[str, Any], clock: Clock) -> datetime:
    try:
        return clock.at(int(body[RECEIVED_AT]) / 1000)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return clock.now()


def incoming_from_robot(body: dict[str, Any], clock: Clock) -> tuple[Incoming, Origin] | None:
    """A robot callback body (HTTP or Stream `data`) → the agent's input and where to answer; None if unusable."""
    sender = str(body.get("senderStaffId") or body.get("senderId") or "")
    cid = str(body.get("conversationId") or "")
    if not sender or not cid:
        return None
    now = _received_at(body, clock)
    text = read_message(body).text  # typed, rich text's words, or a voice's recognition
    ctype = str(body.get("conversationType") or "2")
    inc = Incoming(
        text=text, user_id=sender, conversation_id=cid, now=now.isoformat(),
        message_id=str(body.get("msgId") or uuid.uuid4().hex), conversation_type="1" if ctype == "1" else "2",
    )  # fmt: skip
    try:
        expires = int(body.get("sessionWebhookExpiredTime") or 0)
    except (TypeError, ValueError, OverflowError):
        expires = 0
    if not 0 <= expires < 2**53:  # intake caps it; an input stored by an older version may hold anything
        expires = 0
    origin = Origin(
        conversation_id=cid, conversation_type=inc.conversation_type, sender=sender,
        session_webhook=str(body.get("sessionWebhook") or ""), webhook_expires_ms=expires,
    )  # fmt: skip
    return inc, origin


class Runtime:
    """`claim_s`: how long a stored input stays this worker's without a renewal (renewed every third of it);
    `sweep_s`: how often a running worker takes over inputs whose worker died (besides at start-up)."""

    def __init__(
        self, resources: Resources, dingtalk: Any, *, claim_s: float = 60.0, sweep_s: float | None = None
    ) -> None:
        settings = resources.settings
        self.res = resources
        self.dingtalk = dingtalk
        self.inbox = Inbox(resources.db, claim_s=claim_s)
        self.claim_s = claim_s
        self.sweep_s = sweep_s if sweep_s is not None else claim_s
        self._heartbeat: asyncio.Task[None] | None = None
        self.delivery = Delivery(
            dingtalk, self.inbox, resources.ctx.proposals, card_template_id=settings.dingtalk_card_template_id,
            callback_type=settings.dingtalk_mode.upper(), card_route=card_route(settings),
            webhook_hosts=settings.webhook_hosts,
        )  # fmt: skip
        self.metrics = Metrics()
        self.waiting = WaitingWork(resources.db, resources.ctx.proposals, resources.ctx.clock)
        self.clock = resources.ctx.clock
        if settings.dingtalk_mode == "http":  # a callback's sender is not proven: approvals ask DingTalk
            resources.service.verify_actor = self.actor_active
        self._tasks: set[asyncio.Task[None]] = set()
        self._clicks: dict[str, asyncio.Task[None]] = {}  # card clicks being handled, by inbox id
        self.click_answer_s = 2.0  # DingTalk waits about 3 s for a card callback's answer

    # ------------------------------------------------------------------ intake (fast: store, then ack)

    async def accept_robot(self, body: dict[str, Any]) -> bool:
        """Store a robot message; False for a redelivery of one already stored."""
        msg_id = str(body.get("msgId") or "")
        if not msg_id:
            msg_id = f"nomsgid-{body.get('conversationId')}-{body.get('createAt')}-{body.get('senderStaffId')}"
            body = body | {"msgId": msg_id}
        body = received(body, self.clock)
        if not await asyncio.to_thread(self.inbox.accept, msg_id, "robot", body):
            self.metrics.duplicates.inc()
            return False
        self._spawn(self.process_robot(msg_id, body))
        return True

    async def accept_click(self, body: dict[str, Any], click_id: str) -> bool:
        body = received(body, self.clock)
        if not await asyncio.to_thread(self.inbox.accept, click_id, "card", body):
            self.metrics.duplicates.inc()
            return False
        task = self._spawn(self.process_click(click_id, body))
        self._clicks[click_id] = task
        task.add_done_callback(lambda _: self._clicks.pop(click_id, None))
        return True

    async def card_answer(self, body: dict[str, Any], click_id: str) -> dict[str, Any]:
        """What a card callback is answered with: the card's new state once the click is handled (waiting up to
        `click_answer_s`; DingTalk shows the answer at once, without it the button spins), else as it stands."""
        task = self._clicks.get(click_id)
        if task is not None:
            await asyncio.wait([task], timeout=self.click_answer_s)
        track = str(body.get("outTrackId") or "")
        params = await asyncio.to_thread(self.delivery.card_now, track)
        if params is None:
            shown = await asyncio.to_thread(self.delivery.card_shown, track)
            if shown is None:
                return {}
            params = {"status": shown}  # still waiting for its reader's press: as it stands
        return {"cardData": {"cardParamMap": params}, "cardUpdateOptions": {"updateCardDataByKey": True}}

    def _spawn(self, coro: Any) -> asyncio.Task[None]:
        self._ensure_heartbeat()
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _ensure_heartbeat(self) -> None:
        if self._heartbeat is None or self._heartbeat.done():
            self._heartbeat = asyncio.get_running_loop().create_task(self._beat())

    async def _beat(self) -> None:
        """Renew this worker's claims while it has work; take over a dead worker's inputs every `sweep_s`."""
        last_sweep = time.monotonic()
        while True:
            await asyncio.sleep(self.claim_s / 3)
            self._sync_counters()  # K/3 calls of the catalogue sync and the watcher count between messages too
            try:
                if self._tasks:
                    await asyncio.to_thread(self.inbox.renew)
                if time.monotonic() - last_sweep >= self.sweep_s:
                    last_sweep = time.monotonic()
                    await self.recover()
            except Exception:  # the database may be away for a moment; the next beat tries again
                log.exception("inbox heartbeat failed")

    async def close(self) -> None:
        """Stop the heartbeat (after `drain`)."""
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._heartbeat
            self._heartbeat = None

    async def drain(self, timeout_s: float = 30.0) -> None:
        """Wait for background work (shutdown, and tests that want the replies)."""
        while self._tasks:
            await asyncio.wait(list(self._tasks), timeout=timeout_s)

    async def recover(self) -> int:
        """Take over and process inputs a dead worker stored but never finished (at start-up and every
        `sweep_s`). Only unclaimed or expired rows: a live worker's inputs are never taken. An input its worker
        died with may be what killed it: it is set aside (the sender told) unless the agent had carried it past
        understanding, to a write that must be finished."""
        pending = await asyncio.to_thread(self.inbox.claim_unfinished)
        for msg_id, kind, body, taken in pending:
            if taken > 1 and not await self._underway(kind, body, msg_id):
                log.error("setting aside %s %s: its worker died while handling it", kind, msg_id)
                await self._set_aside(msg_id, kind, body, "its worker died while handling it")
                continue
            log.warning("re-processing %s %s left unfinished by a dead worker", kind, msg_id)
            self._spawn(self.process_robot(msg_id, body) if kind == "robot" else self.process_click(msg_id, body))
        return len(pending)

    async def actor_active(self, user_id: str) -> bool | None:
        """DingTalk's user lookup: True for an active member, False for an unknown or inactive userid, None
        when DingTalk could not be asked."""
        from tools.dingtalk.errors import DingTalkAPIError

        try:
            user = await self.dingtalk.get_user(user_id)
        except DingTalkAPIError as exc:
            if exc.code in _UNKNOWN_USER:
                return False
            log.warning("user lookup of %s failed: %s", user_id, exc)
            return None
        return str(user.get("userid") or "") == user_id and user.get("active") is not False

    async def _underway(self, kind: str, body: dict[str, Any], msg_id: str) -> bool:
        """Whether the agent had carried this input past understanding (its run saved a step with it)."""
        underway = getattr(self.res.service, "underway", None)
        if underway is None:
            return False
        if kind == "robot":
            parsed = incoming_from_robot(body, self.clock)
            return parsed is not None and bool(await underway(parsed[0]))
        click = click_from_callback(body, msg_id, self.clock)
        return click is not None and bool(await underway(None, click=click))

    async def _set_aside(self, msg_id: str, kind: str, body: dict[str, Any], note: str) -> None:
        """Quarantine an input and tell its sender in one line (an operator retries it: `dingk3 inbox retry`)."""
        from agent.replies import Outgoing

        await asyncio.to_thread(self.inbox.quarantine, msg_id, note)
        self.metrics.errors.labels("quarantined").inc()
        parsed = incoming_from_robot(body, self.clock) if kind == "robot" else None
        if parsed is None:
            return  # a card click: the card itself still works, a press again is a new input
        inc, origin = parsed
        preview = inc.text[:12] + ("…" if len(inc.text) > 12 else "")
        lang = language_of(inc.text) or "zh"
        msg = Outgoing(
            kind="error", text=say(lang, "set_aside", preview=preview), conversation_id=inc.conversation_id,
            at_user=inc.user_id, in_reply_to=inc.message_id, lang=lang,
        )  # fmt: skip
        try:
            await self.delivery.deliver([msg], origin)
        except Exception:
            log.exception("could not tell the sender of %s it was set aside", msg_id)

    # ------------------------------------------------------------------ processing (slow: agent + K/3 + DingTalk)

    async def process_robot(self, msg_id: str, body: dict[str, Any]) -> None:
        parsed = incoming_from_robot(body, self.clock)
        if parsed is None:
            await asyncio.to_thread(self.inbox.finish, msg_id, "ignored")
            return
        inc, origin = parsed
        where = (
            origin.conversation_id, origin.conversation_type, str(body.get("conversationTitle") or ""),
            origin.session_webhook, origin.webhook_expires_ms,
        )  # fmt: skip
        if not self.inbox.knows_conversation(*where):
            await asyncio.to_thread(self.inbox.remember_conversation, *where)
        trace = new_trace()
        token = MESSAGE_TRACE.set(trace)  # whatever logs an error while this message is handled names it
        started, intent, decision, outcome = time.perf_counter(), "", "", "ok"
        message = read_message(body)
        try:
            if not inc.text:
                decision = "not_text"
                await self.delivery.deliver([await self._unreadable(inc, message.kind)], origin)
            elif chatter(inc.text) == "board":  # asks for a fresh signed board link
                intent, decision = "board", "board_link"
                await self.delivery.deliver(self._board_link(inc), origin)
            else:
                quoted = await quoted_proposal(
                    message.quote, self.delivery, self.res.ctx.proposals, user_id=inc.user_id,
                    conversation_id=inc.conversation_id,
                )  # fmt: skip
                if not quoted and (stale := await self._stale_quote(inc, message)) is not None:
                    await self.delivery.deliver([stale], origin)  # never applied to another of their cards
                    await asyncio.to_thread(self.inbox.finish, msg_id)
                    return
                with self.metrics.latency.labels("message").time():
                    handled = await self.res.service.handle_message(inc, quoted=quoted)
                intent, decision = handled.intent, _decision(handled.messages)
                self.metrics.messages.labels("message", handled.intent or "none", handled.backend or "none").inc()
                replies = handled.messages
                if message.kind == "voice":  # the card shows what DingTalk heard, before anything is confirmed
                    lang = language_of(inc.text) or (replies[0].lang if replies else "zh")
                    replies = heard_back(replies, inc.text, lang)
                await self.delivery.deliver(replies, origin)
            await asyncio.to_thread(self.inbox.finish, msg_id)
        except ParseTimeout:
            outcome = "set_aside"
            log.error("setting aside message %s: understanding it took over the parse timeout", msg_id)
            await self._set_aside(msg_id, "robot", body, "understanding it took over DINGK3_PARSE_TIMEOUT_S")
        except Exception:
            outcome = "failed"
            self.metrics.errors.labels("message").inc()
            log.exception("message %s failed (trace %s)", msg_id, trace)
            await self._apologise(inc, origin, trace)
            await asyncio.to_thread(self.inbox.finish, msg_id, "failed")
        finally:
            _log_handled("message", trace, inc.user_id, intent, decision, started, outcome)
            MESSAGE_TRACE.reset(token)
            self._sync_counters()

    async def process_click(self, click_id: str, body: dict[str, Any]) -> None:
        click = click_from_callback(body, click_id, self.clock)
        if click is None:
            await asyncio.to_thread(self.inbox.finish, click_id, "ignored")
            return
        trace = new_trace()
        token = MESSAGE_TRACE.set(trace)
        started, decision, outcome = time.perf_counter(), "", "ok"
        try:
            with self.metrics.latency.labels("click").time():
                handled = await self.res.service.handle_click(click)
            decision = _decision(handled.messages)
            self.metrics.messages.labels("click", click.action, "card").inc()
            await self.delivery.deliver(handled.messages, None)
            await asyncio.to_thread(self.inbox.finish, click_id)
        except Exception:
            outcome = "failed"
            self.metrics.errors.labels("click").inc()
            log.exception("card click %s failed (trace %s)", click_id, trace)
            await asyncio.to_thread(self.inbox.finish, click_id, "failed")
        finally:
            _log_handled("click", trace, click.user_id, click.action, decision, started, outcome)
            MESSAGE_TRACE.reset(token)
            self._sync_counters()

    async def _unreadable(self, inc: Incoming, kind: str) -> Any:
        """One line for a message with nothing to read (a picture, a file, a voice note DingTalk heard nothing in):
        what the bot reads, in the language the sender's conversation has gone in so far."""
        from agent.replies import Outgoing

        keys = {"voice": "voice_unheard", "picture": "picture_not_read", "rich_text": "picture_not_read"}
        key = keys.get(kind) or ("file_not_read" if kind in ("file", "video") else "not_text")
        lang = await self.res.service.lang_of(inc.conversation_id, inc.user_id)
        return Outgoing(
            kind="question" if kind == "voice" else "answer", text=say(lang, key), conversation_id=inc.conversation_id,
            at_user=inc.user_id, in_reply_to=inc.message_id, lang=lang,
        )  # fmt: skip

    async def _stale_quote(self, inc: Incoming, message: Any) -> Any:
        """One line for a reply quoting a card of ours it cannot change (ended, or another person's): it is
        about that card, so it must not change the sender's other waiting card. None for any other message."""
        from agent.replies import reply_to

        rec = await quoted_card(message.quote, self.delivery, self.res.ctx.proposals)
        if rec is None or (rec.requester == inc.user_id and rec.status == "pending"):
            return None  # no card of ours, or their waiting card quoted in another chat: read as usual
        lang = language_of(inc.text) or rec.lang
        if rec.requester != inc.user_id:
            return reply_to(inc, "refusal", say(lang, "quoted_not_yours"), lang=lang)
        return reply_to(
            inc, "notice", say(lang, "quoted_done", status=proposal_status_name(rec.status, lang)), lang=lang
        )

    def _board_link(self, inc: Incoming) -> list[Any]:
        """A signed board link for the sender, to them alone (in a group, the group hears where it went)."""
        from agent.replies import Outgoing

        ctx, cid, who = self.res.ctx, inc.conversation_id, inc.user_id
        lang = language_of(inc.text) or "zh"
        if who not in ctx.directory:
            return [Outgoing(kind="refusal", text=say(lang, "board_staff_only"), conversation_id=cid, at_user=who)]
        if ctx.board_link is None:
            return [Outgoing(kind="answer", text=say(lang, "board_not_set_up"), conversation_id=cid, at_user=who)]
        hours = f"{self.res.settings.board_link_ttl_h:g}"
        text = say(lang, "board_link", url=ctx.board_link(who), hours=hours)
        if inc.conversation_type != "2":
            return [Outgoing(kind="answer", text=text, conversation_id=cid, at_user=who, lang=lang)]
        return [
            Outgoing(kind="answer", text=text, user_id=who, lang=lang),
            Outgoing(kind="answer", text=say(lang, "board_link_sent"), conversation_id=cid, at_user=who, lang=lang),
        ]

    async def _apologise(self, inc: Incoming, origin: Origin, trace: str) -> None:
        from agent.replies import Outgoing

        lang = language_of(inc.text) or "zh"
        text = say(lang, "apology", trace=trace)
        msg = Outgoing(kind="error", text=text, conversation_id=inc.conversation_id, at_user=inc.user_id, lang=lang)
        try:
            await self.delivery.deliver([msg], origin)
        except Exception:
            log.exception("could not even send the apology for trace %s", trace)

    def _sync_counters(self) -> None:
        self.metrics.catch_up(self.metrics.k3_calls, self.res.k3.calls)
        self.metrics.catch_up(self.metrics.delivered, self.delivery.sent)
        self.metrics.catch_up(self.metrics.delivery_failed, self.delivery.failed)

    def render_metrics(self) -> bytes:
        """The `/metrics` text: the counters (every worker's, in multiprocess mode) and the waiting work now."""
        self._sync_counters()
        return self.metrics.render(self.waiting)


def _decision(messages: list[Any]) -> str:
    """What the agent answered with, as the kinds of its replies (`proposal`, `question+answer`, …)."""
    return "+".join(dict.fromkeys(str(m.kind) for m in messages)) or "silent"


def _log_handled(kind: str, trace: str, sender: str, intent: str, decision: str, started: float, outcome: str) -> None:
    """The one line per handled input: who, what was understood, what was decided, how long, how it ended."""
    ms = round((time.perf_counter() - started) * 1000)
    fields = {"trace": trace, "sender": sender, "intent": intent or "none", "decision": decision or "none"}
    log.info(
        "handled %s trace=%s sender=%s intent=%s decision=%s ms=%d outcome=%s",
        kind, trace, sender, fields["intent"], fields["decision"], ms, outcome,
        extra=fields | {"kind": kind, "ms": ms, "outcome": outcome},
    )  # fmt: skip


def click_from_callback(body: dict[str, Any], click_id: str, clock: Clock) -> Click | None:
    """A DingTalk card callback (`content` is a JSON string with cardPrivateData.params) → a Click."""
    import json

    try:
        content = body.get("content")
        data = json.loads(content) if isinstance(content, str) else (content or {})
        params = data.get("cardPrivateData", {}).get("params", {})
        return Click(
            action=params.get("action"), user_id=str(body.get("userId") or ""),
            thread_id=str(params.get("thread_id") or ""),
            proposal_id=str(params.get("proposal_id") or ""), digest=str(params.get("digest") or ""),
            now=_received_at(body, clock).isoformat(), click_id=click_id,
        )  # fmt: skip
    except (ValueError, TypeError, AttributeError):
        return None
    except Exception:  # pydantic ValidationError: an action we don't know, or missing fields
        return None


@asynccontextmanager
async def open_runtime(
    settings: Settings,
    *,
    k3_transport: Any = None,
    dingtalk_transport: Any = None,
    resolvers: Any = None,
    clock: Clock | None = None,
) -> AsyncIterator[Runtime]:
    """The agent, the DingTalk client and the inbox, with unfinished inputs of a dead process taken up again."""
    from api.background import in_background
    from api.catalog import catalog_sync
    from api.people import people_sync
    from tools.dingtalk import DingTalkClient

    async with (
        open_agent(settings, k3_transport=k3_transport, resolvers=resolvers, clock=clock) as res,
        catalog_sync(res, settings.catalog_sync_s),
        DingTalkClient.from_settings(settings, transport=dingtalk_transport) as dingtalk_client,
        people_sync(res, dingtalk_client),
    ):
        runtime = Runtime(res, dingtalk_client, claim_s=settings.inbox_claim_s)
        # at start-up, so cards sent before a restart work too; in the background, so DingTalk down delays nothing
        routed = runtime.delivery.keep_registering() if runtime.delivery.card_route is not None else None
        async with in_background(routed):
            recovered = await runtime.recover()
            if recovered:
                log.warning("re-processing %d inputs left unfinished by a dead worker", recovered)
            runtime._ensure_heartbeat()
            try:
                yield runtime
            finally:
                await runtime.drain()
                await runtime.close()
