"""`create_app(settings)`: the FastAPI app, with a lifespan that opens the agent and the DingTalk client."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI

from api.approvals import OaApprovals
from api.events import attach_events, open_events
from api.metrics import process_exited
from api.replay import ReplayGuard
from api.routes import board, cards, dingtalk, health
from api.runtime import Runtime, open_runtime
from api.security import SecurityHeaders
from dingk3.boardlinks import BoardLinks
from dingk3.clock import Clock
from dingk3.config import Settings, get_settings
from dingk3.errors import ConfigError

__all__ = ["create_app"]

log = logging.getLogger("dingk3.api")


def create_app(
    settings: Settings | None = None,
    *,
    k3_transport: httpx.AsyncBaseTransport | None = None,
    dingtalk_transport: httpx.AsyncBaseTransport | None = None,
    resolvers: Any = None,
    clock: Clock | None = None,
) -> FastAPI:
    """`clock` is the plant's (tests pass their own); by default the wall clock in `settings.timezone`."""
    settings = settings or get_settings()
    if reason := settings.demo_refusal():
        raise ConfigError(reason)
    clock = clock or Clock(settings.timezone)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with (
            open_runtime(
                settings,
                k3_transport=k3_transport,
                dingtalk_transport=dingtalk_transport,
                resolvers=resolvers,
                clock=clock,
            ) as runtime,
            open_events(
                settings,
                runtime.res.db,
                runtime.res.k3,
                dingtalk_transport=dingtalk_transport,
                clock=clock,
                workshops=runtime.res.ctx.workshops,
                directory=runtime.res.ctx.directory,
            ) as events,
        ):
            attach_events(runtime, events)
            app.state.runtime = runtime
            app.state.replay = ReplayGuard(runtime.res.db)
            if settings.demo_mode:
                log.warning(
                    "DEMO MODE: callbacks signed with the demo secret are accepted; board, /docs and /metrics are "
                    "open to browsers on this machine. Not for a real plant."
                )
            app.state.events = events
            try:
                async with _oa_approvals(settings, runtime):
                    yield
            finally:
                process_exited(os.getpid())

    docs = settings.demo_mode is True  # API docs in the demo only; a plant's API describes itself to nobody
    app = FastAPI(
        title="DingK3", version="0.1.0", lifespan=lifespan, docs_url="/docs" if docs else None,
        redoc_url="/redoc" if docs else None, openapi_url="/openapi.json" if docs else None,
    )  # fmt: skip
    app.state.settings = settings
    app.state.board_links = BoardLinks.from_settings(settings)
    app.add_middleware(SecurityHeaders)
    app.include_router(dingtalk.router)
    app.include_router(cards.router)
    app.include_router(health.router)
    app.include_router(board.router)
    return app


@asynccontextmanager
async def _oa_approvals(settings: Settings, runtime: Runtime) -> AsyncIterator[OaApprovals | None]:
    """With a process code: risky proposals also become OA instances; HTTP mode polls their results."""
    if not settings.dingtalk_approval_process_code:
        yield None
        return
    approvals = OaApprovals(
        runtime.res.db, runtime.dingtalk, runtime.res.service, process_code=settings.dingtalk_approval_process_code
    )
    runtime.delivery.on_delivered = approvals.start

    async def poll() -> None:
        while True:
            await asyncio.sleep(settings.approval_poll_s)
            try:
                messages = await approvals.poll(now=runtime.clock.now())
                await runtime.delivery.deliver(messages)
            except Exception:  # the loop must outlive any one failure; the next poll tries again
                log.exception("OA approval poll failed")

    task = asyncio.get_running_loop().create_task(poll()) if settings.dingtalk_mode == "http" else None
    try:
        yield approvals
    finally:
        if task:
            task.cancel()
