"""`create_app(settings)`: the FastAPI app, with a lifespan that opens the agent and the DingTalk client."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
from fastapi import FastAPI

from agent.bootstrap import open_agent
from api.routes import cards, dingtalk, health
from api.runtime import Runtime
from dingk3.config import Settings, get_settings

__all__ = ["create_app"]

log = logging.getLogger("dingk3.api")


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
        from tools.dingtalk import DingTalkClient

        async with (
            open_agent(settings, k3_transport=k3_transport, resolvers=resolvers) as res,
            DingTalkClient.from_settings(settings, transport=dingtalk_transport) as dingtalk_client,
        ):
            runtime = Runtime(res, dingtalk_client)
            app.state.runtime = runtime
            recovered = await runtime.recover()
            if recovered:
                log.warning("re-processing %d inputs left unfinished by a previous process", recovered)
            yield
            await runtime.drain()

    app = FastAPI(title="DingK3", version="0.1.0", lifespan=lifespan)
    app.state.settings = settings
    app.include_router(dingtalk.router)
    app.include_router(cards.router)
    app.include_router(health.router)
    return app
