"""Stream mode: the official `dingtalk-stream` SDK delivers bot messages and card clicks over a websocket.
Nothing listens for DingTalk, but operators get `/livez`, `/readyz` and `/metrics` on a small port
(`DINGK3_STREAM_HEALTH_PORT`).

Same agent, same replies as HTTP mode. Each frame is stored in the inbox and acknowledged at once, then
handled in the background (a slow ack makes DingTalk redeliver; acking before storing loses messages on a
crash). The SDK's client is subclassed where it is weak (SDK 0.24.x): the gateway is opened without blocking
the event loop and against the configured endpoint, reconnects back off from 1 s to 60 s, and an idle
watchdog replaces a connection that went silent (a "zombie" socket that is open but delivers nothing).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import quote_plus

import dingtalk_stream
import httpx
import uvicorn
import websockets
from dingtalk_stream import AckMessage, CallbackHandler, CallbackMessage, ChatbotMessage, Credential, EventHandler
from fastapi import FastAPI

from api.approvals import OaApprovals
from api.routes import health
from api.routes.cards import click_id
from api.runtime import Runtime, open_runtime
from api.security import SecurityHeaders
from api.webhooks import BadWebhook, capped_webhook
from dingk3.config import Settings

__all__ = ["ResilientStreamClient", "health_app", "run_stream", "stream_client"]

log = logging.getLogger("dingk3.stream")

CARD_TOPIC = "/v1.0/card/instances/callback"


class _BotMessages(CallbackHandler):  # type: ignore[misc]
    def __init__(self, runtime: Runtime) -> None:
        super().__init__()
        self.runtime = runtime

    async def process(self, callback: CallbackMessage) -> tuple[int, str]:
        data = callback.data if isinstance(callback.data, dict) else json.loads(callback.data or "{}")
        if not data.get("msgId"):
            data["msgId"] = callback.headers.message_id
        try:
            data = capped_webhook(data, int(time.time() * 1000))
        except BadWebhook:  # Stream has no 400 to give: answer through the OpenAPI instead
            data = {k: v for k, v in data.items() if k not in ("sessionWebhook", "sessionWebhookExpiredTime")}
        await self.runtime.accept_robot(data)
        return AckMessage.STATUS_OK, "OK"


class _CardClicks(CallbackHandler):  # type: ignore[misc]
    def __init__(self, runtime: Runtime) -> None:
        super().__init__()
        self.runtime = runtime

    async def process(self, callback: CallbackMessage) -> tuple[int, Any]:
        data = callback.data if isinstance(callback.data, dict) else json.loads(callback.data or "{}")
        cid = click_id(data, str(callback.headers.message_id or ""))
        await self.runtime.accept_click(data, cid)
        return AckMessage.STATUS_OK, await self.runtime.card_answer(data, cid)  # the card's new state at once


class _OaEvents(EventHandler):  # type: ignore[misc]
    """OA approval results (`bpms_instance_change`, finish or terminate) close the loop like a card click."""

    def __init__(self, runtime: Runtime, approvals: OaApprovals) -> None:
        super().__init__()
        self.runtime = runtime
        self.approvals = approvals
        self._tasks: set[asyncio.Task[None]] = set()

    async def process(self, event: Any) -> tuple[int, str]:
        data = event.data if isinstance(event.data, dict) else json.loads(event.data or "{}")
        if event.headers.event_type == "bpms_instance_change" and data.get("type") in ("finish", "terminate"):
            # the event only says when to look: the result is read back from DingTalk's API
            task = asyncio.get_running_loop().create_task(self._settle(str(data.get("processInstanceId"))))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return AckMessage.STATUS_OK, "OK"

    async def _settle(self, instance_id: str) -> None:
        messages = await self.approvals.on_event(instance_id, now=self.runtime.clock.now())
        await self.runtime.delivery.deliver(messages)


class ResilientStreamClient(dingtalk_stream.DingTalkStreamClient):  # type: ignore[misc]
    """The SDK client with a non-blocking open, exponential backoff and an idle watchdog."""

    def __init__(self, credential: Credential, *, api_base: str, idle_timeout_s: float = 180.0) -> None:
        super().__init__(credential)
        self.api_base = api_base.rstrip("/")
        self.idle_timeout_s = idle_timeout_s
        self.connections = 0
        self.connected = False  # a websocket to the gateway is open now (the stream's readiness)
        self._stop = asyncio.Event()
        self._frames: set[asyncio.Future[Any]] = set()

    def stop(self) -> None:
        self._stop.set()

    async def _open(self) -> dict[str, Any] | None:
        topics = [{"type": "CALLBACK", "topic": t} for t in self.callback_handler_map]
        if self._is_event_required:
            topics.append({"type": "EVENT", "topic": "*"})
        body = {
            "clientId": self.credential.client_id, "clientSecret": self.credential.client_secret,
            "subscriptions": topics, "ua": "dingk3/0.1 dingtalk-stream", "localIp": "",
        }  # fmt: skip
        try:
            async with httpx.AsyncClient(timeout=10) as http:
                resp = await http.post(f"{self.api_base}/v1.0/gateway/connections/open", json=body)
                resp.raise_for_status()
                return dict(resp.json())
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("stream gateway open failed: %r", exc)
            return None

    async def start(self) -> None:
        self.pre_start()
        delay = 1.0
        while not self._stop.is_set():
            connection = await self._open()
            if connection:
                try:
                    await self._serve(connection)
                    delay = 1.0  # a connection that worked resets the backoff
                except (TimeoutError, OSError, websockets.exceptions.WebSocketException) as exc:
                    log.warning("stream connection lost: %r", exc)
            if self._stop.is_set():
                return
            await asyncio.sleep(delay * (0.8 + 0.4 * random.random()))
            delay = min(delay * 2, 60.0)

    async def _serve(self, connection: dict[str, Any]) -> None:
        uri = f"{connection['endpoint']}?ticket={quote_plus(connection['ticket'])}"
        async with websockets.connect(uri) as websocket:
            self.websocket = websocket
            self.connections += 1
            self.connected = True
            log.info("stream connected (%d)", self.connections)
            stopper = asyncio.ensure_future(self._stop.wait())
            try:
                while not self._stop.is_set():
                    receive = asyncio.ensure_future(websocket.recv())
                    done, _ = await asyncio.wait(
                        {receive, stopper}, timeout=self.idle_timeout_s, return_when=asyncio.FIRST_COMPLETED
                    )
                    if receive not in done:
                        receive.cancel()
                        if not self._stop.is_set():
                            log.warning("stream idle for %.0f s: reconnecting", self.idle_timeout_s)
                        return
                    frame = asyncio.ensure_future(self.background_task(json.loads(receive.result())))
                    self._frames.add(frame)
                    frame.add_done_callback(self._frames.discard)
            finally:
                self.connected = False
                stopper.cancel()


def stream_client(
    settings: Settings, runtime: Runtime, *, idle_timeout_s: float = 180.0, approvals: OaApprovals | None = None
) -> ResilientStreamClient:
    client = ResilientStreamClient(
        Credential(settings.dingtalk_app_key, settings.dingtalk_app_secret.get_secret_value()),
        api_base=settings.dingtalk_api, idle_timeout_s=idle_timeout_s,
    )  # fmt: skip
    client.register_callback_handler(ChatbotMessage.TOPIC, _BotMessages(runtime))
    client.register_callback_handler(CARD_TOPIC, _CardClicks(runtime))
    if approvals is not None:
        client.register_all_event_handler(_OaEvents(runtime, approvals))
    return client


def health_app(settings: Settings, runtime: Runtime, client: ResilientStreamClient) -> FastAPI:
    """The probes and metrics of `dingk3 serve`, over the stream's own runtime (no DingTalk routes); ready
    also needs the connection to DingTalk's gateway."""
    app = FastAPI(title="DingK3 stream", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.settings = settings
    app.state.runtime = runtime
    app.state.ready_checks = {"dingtalk_stream": lambda: client.connected}
    app.add_middleware(SecurityHeaders)
    app.include_router(health.router)
    return app


class _QuietServer(uvicorn.Server):
    """A uvicorn server inside a process it does not own: Ctrl-C and SIGTERM belong to the stream."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


@contextlib.asynccontextmanager
async def _serve_health(settings: Settings, runtime: Runtime, client: ResilientStreamClient) -> AsyncIterator[None]:
    if not settings.stream_health_port:
        yield
        return
    config = uvicorn.Config(
        health_app(settings, runtime, client), host=settings.stream_health_host, port=settings.stream_health_port,
        log_config=None, lifespan="off", access_log=False,
    )  # fmt: skip
    server = _QuietServer(config)
    task = asyncio.get_running_loop().create_task(server.serve())
    log.info("stream health and metrics on http://%s:%d", settings.stream_health_host, settings.stream_health_port)
    try:
        yield
    finally:
        server.should_exit = True
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def run_stream(settings: Settings, *, resolvers: Any = None) -> None:
    """Connect to DingTalk's Stream gateway and serve until cancelled (and the health port, when set)."""
    async with open_runtime(settings, resolvers=resolvers) as runtime:
        approvals = None
        if settings.dingtalk_approval_process_code:
            approvals = OaApprovals(
                runtime.res.db, runtime.dingtalk, runtime.res.service,
                process_code=settings.dingtalk_approval_process_code,
            )  # fmt: skip
            runtime.delivery.on_delivered = approvals.start
        client = stream_client(settings, runtime, approvals=approvals)
        async with _serve_health(settings, runtime, client):
            try:
                await client.start()
            finally:
                client.stop()
