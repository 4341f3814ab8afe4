"""A light DingTalk stand-in for the load benchmark: sessionWebhook replies and the few OpenAPI calls, answered by a
bare asyncio HTTP/1.1 server (no framework, so it costs the shared CPU little). Every reply is timestamped on
arrival and handed to whoever waits for the message it answers (`/hook/<msg id>`: one sessionWebhook per message).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from typing import Any

__all__ = ["Receiver"]

_TOKEN = json.dumps({"accessToken": "bench-token", "expireIn": 7200}).encode()
_OK = json.dumps({"errcode": 0, "errmsg": "ok", "processQueryKey": "bench"}).encode()


class Receiver:
    def __init__(self) -> None:
        self.waiting: dict[str, asyncio.Future[tuple[float, str]]] = {}
        self.replies: dict[str, list[tuple[float, str]]] = {}
        self.counts: Counter[str] = Counter()
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    async def start(self, host: str = "127.0.0.1") -> None:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(lambda: _Http(self), host, 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()

    def expect(self, msg_id: str) -> asyncio.Future[tuple[float, str]]:
        fut: asyncio.Future[tuple[float, str]] = asyncio.get_running_loop().create_future()
        self.waiting[msg_id] = fut
        return fut

    def got(self, path: str, body: bytes) -> bytes:
        now = time.perf_counter()
        if path.startswith("/hook/"):
            msg_id = path[len("/hook/") :]
            try:
                text = json.loads(body)["markdown"]["text"]
            except (ValueError, KeyError, TypeError):
                text = body.decode("utf-8", "replace")
            self.counts["webhook"] += 1
            self.replies.setdefault(msg_id, []).append((now, text))
            fut = self.waiting.pop(msg_id, None)
            if fut is not None and not fut.done():
                fut.set_result((now, text))
            return _OK
        if path.startswith("/v1.0/oauth2/accessToken"):
            self.counts["token"] += 1
            return _TOKEN
        self.counts[path.split("?")[0]] += 1  # OpenAPI sends (1:1 to a supervisor, group): counted, answered ok
        return _OK


class _Http(asyncio.Protocol):
    def __init__(self, receiver: Receiver) -> None:
        self.r = receiver
        self.buf = b""
        self.transport: Any = None

    def connection_made(self, transport: Any) -> None:
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buf += data
        while True:
            head_end = self.buf.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = self.buf[:head_end].decode("latin-1")
            lines = head.split("\r\n")
            length = 0
            for line in lines[1:]:
                name, _, value = line.partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if len(self.buf) < head_end + 4 + length:
                return
            body = self.buf[head_end + 4 : head_end + 4 + length]
            self.buf = self.buf[head_end + 4 + length :]
            parts = lines[0].split(" ")
            payload = self.r.got(parts[1] if len(parts) > 1 else "/", body)
            self.transport.write(
                b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                + str(len(payload)).encode()
                + b"\r\n\r\n"
                + payload
            )
