"""The Stream gateway: one-time tickets, websocket connections, CALLBACK/EVENT/SYSTEM frames, acks, redelivery."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect

__all__ = ["Gateway", "Pending"]

log = logging.getLogger("dingk3.sim.dingtalk.stream")

AckCallback = Callable[[int, Any], Awaitable[None]]


@dataclass
class _Ticket:
    client_id: str
    subscriptions: list[tuple[str, str]]
    expires: float


@dataclass
class _Connection:
    connection_id: str
    ws: WebSocket
    subscriptions: list[tuple[str, str]]
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def wants(self, kind: str, topic: str) -> bool:
        return any(k == kind and (t == topic or (k == "EVENT" and t == "*")) for k, t in self.subscriptions)


@dataclass
class Pending:
    """A pushed frame waiting for its ack."""

    frame: dict[str, Any]
    kind: str
    topic: str
    on_ack: AckCallback | None
    sent_at: float = 0.0
    attempts: int = 0
    acked: bool = False
    ack_code: int | None = None
    connection_id: str = ""


class Gateway:
    """Tickets → websocket connections; `push()` sends a frame to one subscribed connection, picked at random."""

    def __init__(
        self,
        app_key: str,
        *,
        ticket_ttl_s: float = 90,
        redeliver_after_s: float | None = None,
        max_redeliveries: int = 3,
        ping_interval_s: float | None = None,
        disconnect_grace_s: float = 10,
    ) -> None:
        self.app_key = app_key
        self.ticket_ttl_s = ticket_ttl_s
        self.redeliver_after_s = redeliver_after_s
        self.max_redeliveries = max_redeliveries
        self.ping_interval_s = ping_interval_s
        self.disconnect_grace_s = disconnect_grace_s
        self._tickets: dict[str, _Ticket] = {}
        self.connections: dict[str, _Connection] = {}
        self.pending: dict[str, Pending] = {}
        self.queued: list[Pending] = []  # pushed while no connection wanted them
        self.frames_sent: list[dict[str, Any]] = []  # every frame sent, in order (for tests and debugging)
        self.acks: list[dict[str, Any]] = []
        self.connects = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._seq = 0

    # ------------------------------------------------------------------ registration

    def open(self, client_id: str, subscriptions: list[dict[str, Any]]) -> str:
        now = time.monotonic()
        self._tickets = {t: v for t, v in self._tickets.items() if v.expires > now}
        ticket = str(uuid.uuid4())
        subs = [(str(s.get("type", "")).upper(), str(s.get("topic", ""))) for s in subscriptions if isinstance(s, dict)]
        self._tickets[ticket] = _Ticket(client_id, subs, now + self.ticket_ttl_s)
        return ticket

    def _take_ticket(self, ticket: str) -> _Ticket | None:
        found = self._tickets.pop(ticket, None)
        if found is None or found.expires < time.monotonic():
            return None
        return found

    # ------------------------------------------------------------------ the websocket

    async def serve(self, ws: WebSocket) -> None:
        ticket = self._take_ticket(ws.query_params.get("ticket", ""))
        if ticket is None:
            await ws.close(code=1008, reason="invalid or used ticket")
            return
        await ws.accept()
        conn = _Connection(uuid.uuid4().hex, ws, ticket.subscriptions)
        self.connections[conn.connection_id] = conn
        self.connects += 1
        log.info("stream connection %s open, subscriptions=%s", conn.connection_id, ticket.subscriptions)
        self._ensure_background()
        self._spawn(self._flush_queue())
        try:
            while True:
                raw = await ws.receive_text()
                self._on_client_frame(raw)
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            self.connections.pop(conn.connection_id, None)
            log.info("stream connection %s closed", conn.connection_id)

    def _on_client_frame(self, raw: str) -> None:
        try:
            frame = json.loads(raw)
        except ValueError:
            log.warning("stream: not JSON from client: %.200s", raw)
            return
        self.acks.append(frame)
        message_id = str((frame.get("headers") or {}).get("messageId", ""))
        pending = self.pending.get(message_id)
        if pending is None or pending.acked:
            return
        pending.acked = True
        code = int(frame.get("code", 0) or 0)
        pending.ack_code = code
        if pending.on_ack is not None:
            try:
                data = json.loads(frame.get("data") or "null")
            except (TypeError, ValueError):
                data = frame.get("data")
            self._spawn(pending.on_ack(code, data))

    # ------------------------------------------------------------------ pushing

    def _frame(self, kind: str, topic: str, data: dict[str, Any], extra_headers: dict[str, str]) -> dict[str, Any]:
        self._seq += 1
        headers = {
            "appId": self.app_key,
            "contentType": "application/json",
            "messageId": f"{uuid.uuid4().hex[:16]}_{self._seq:06d}",
            "time": str(int(time.time() * 1000)),
            "topic": topic,
            **extra_headers,
        }
        return {"specVersion": "1.0", "type": kind, "headers": headers, "data": json.dumps(data, ensure_ascii=False)}

    async def push(
        self,
        kind: str,
        topic: str,
        data: dict[str, Any],
        *,
        on_ack: AckCallback | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> Pending:
        """Send a CALLBACK or EVENT frame now, or queue it until a subscribed connection exists."""
        pending = Pending(self._frame(kind, topic, data, extra_headers or {}), kind, topic, on_ack)
        self.pending[pending.frame["headers"]["messageId"]] = pending
        if not await self._send(pending):
            self.queued.append(pending)
        return pending

    async def resend(self, message_id: str) -> bool:
        """Deliver a frame again with the same messageId (what DingTalk does when it thinks it was lost)."""
        pending = self.pending.get(message_id)
        return pending is not None and await self._send(pending)

    async def _send(self, pending: Pending) -> bool:
        candidates = [c for c in self.connections.values() if c.wants(pending.kind, pending.topic)]
        if not candidates:
            return False
        conn = random.choice(candidates)
        frame = dict(pending.frame)
        frame["headers"] = {**frame["headers"], "connectionId": conn.connection_id}
        try:
            async with conn.lock:
                await conn.ws.send_text(json.dumps(frame, ensure_ascii=False))
        except Exception:  # the socket went away under us: leave it for the queue / redelivery
            log.info("stream: send on %s failed", conn.connection_id)
            return False
        pending.sent_at = time.monotonic()
        pending.attempts += 1
        pending.connection_id = conn.connection_id
        self.frames_sent.append(frame)
        return True

    async def _flush_queue(self) -> None:
        queued, self.queued = self.queued, []
        for pending in queued:
            if not await self._send(pending):
                self.queued.append(pending)

    async def system(self, topic: str, data: dict[str, Any]) -> None:
        """A SYSTEM frame (`ping` or `disconnect`) to every connection."""
        for conn in list(self.connections.values()):
            frame = self._frame("SYSTEM", topic, data, {"connectionId": conn.connection_id})
            with contextlib.suppress(Exception):
                async with conn.lock:
                    await conn.ws.send_text(json.dumps(frame))
                self.frames_sent.append(frame)

    async def drop_all(self, code: int = 1001) -> int:
        """Close every connection at once (a gateway restart)."""
        conns = list(self.connections.values())
        for conn in conns:
            with contextlib.suppress(Exception):
                await conn.ws.close(code=code, reason="simulated drop")
        return len(conns)

    async def disconnect_all(self) -> int:
        """Ask every client to reconnect (SYSTEM `disconnect`), closing the sockets after the grace period."""
        conns = list(self.connections.values())
        await self.system("disconnect", {"reason": "simulated gateway rollout"})

        async def close_later() -> None:
            await asyncio.sleep(self.disconnect_grace_s)
            for conn in conns:
                with contextlib.suppress(Exception):
                    await conn.ws.close(code=1000, reason="disconnect")

        self._spawn(close_later())
        return len(conns)

    # ------------------------------------------------------------------ background: redelivery and pings

    def _spawn(self, coro: Awaitable[Any]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _ensure_background(self) -> None:
        if not any(getattr(t, "_dk_bg", False) for t in self._tasks):
            task = asyncio.ensure_future(self._background())
            task._dk_bg = True  # type: ignore[attr-defined]
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _background(self) -> None:
        last_ping = time.monotonic()
        while True:
            await asyncio.sleep(0.1)
            now = time.monotonic()
            if self.queued and self.connections:
                await self._flush_queue()
            if self.redeliver_after_s is not None:
                for pending in list(self.pending.values()):
                    if pending.acked or pending.attempts == 0:
                        continue
                    if pending.attempts > self.max_redeliveries:
                        continue
                    if now - pending.sent_at >= self.redeliver_after_s:
                        log.info("stream: redelivering %s", pending.frame["headers"]["messageId"])
                        await self._send(pending)
            if self.ping_interval_s and now - last_ping >= self.ping_interval_s:
                last_ping = now
                await self.system("ping", {"opaque": uuid.uuid4().hex})
            # keep the pending table bounded
            if len(self.pending) > 5000:
                for key in list(self.pending)[:1000]:
                    self.pending.pop(key, None)

    async def aclose(self) -> None:
        await self.drop_all(1001)
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
