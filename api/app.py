"""`create_app(settings)`: the FastAPI app, with a lifespan that opens the agent and the DingTalk client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI

from api.events import attach_events, open_events
from api.routes import board, cards, dingtalk, health
from api.runtime import open_runtime
from dingk3.config import Settings, get_settings

__all__ = ["create_app"]


def create_app(
    settings: Settings | None = None,
    *,
    k3_transport: httpx.AsyncBaseTransport | None = None,
    dingtalk_transport: httpx.AsyncBaseTransport | None = None,
    resolvers: Any = None,
) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with (
            open_runtime(
                settings, k3_transport=k3_transport, dingtalk_transport=dingtalk_transport, resolvers=resolvers
            ) as runtime,
            open_events(settings, runtime.res.db, runtime.res.k3, dingtalk_transport=dingtalk_transport) as events,
        ):
            attach_events(runtime, events)
            app.state.runtime = runtime
            app.state.events = events
            yield

    app = FastAPI(title="DingK3", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.include_router(dingtalk.router)
    app.include_router(cards.router)
    app.include_router(health.router)
    app.include_router(board.router)
    return app
