"""Fixtures for graph tests: a real agent over a fresh SQLite database and the K/3 emulator over HTTP."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from agent.bootstrap import Resources, open_agent
from dingk3.config import Settings
from tests.chatdriver import ChatDriver


def agent_settings(k3_fresh_url: str, state_dir: Path, database_url: str = "") -> Settings:
    return Settings(k3_url=k3_fresh_url, state_dir=state_dir, database_url=database_url, k3_timeout_s=10)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
async def agent(
    request: pytest.FixtureRequest, k3_fresh_url: str, tmp_path: Path, resolvers: Any
) -> AsyncIterator[Resources]:
    """A whole agent on SQLite, and again on PostgreSQL (checkpoints, audit, proposals, leases)."""
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else ""
    async with open_agent(agent_settings(k3_fresh_url, tmp_path, url), resolvers=resolvers) as res:
        yield res


@pytest.fixture
def chat(agent: Resources) -> ChatDriver:
    return ChatDriver(agent.service)


@pytest.fixture
def parses(agent: Resources) -> list[str]:
    """Every text the agent's parser is asked to understand."""
    seen: list[str] = []
    parse = agent.service.ctx.parse

    async def counting(text: str, **kw: Any) -> Any:
        seen.append(text)
        return await parse(text, **kw)

    agent.service.ctx = dataclasses.replace(agent.service.ctx, parse=counting)
    return seen
