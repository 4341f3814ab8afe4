"""Fixtures for graph tests: a real agent over a fresh SQLite database and the K/3 emulator over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.bootstrap import Resources, open_agent, open_resolvers
from dingk3.config import Settings
from tests.chatdriver import ChatDriver


@pytest.fixture(scope="session")
def resolvers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The material index is built once per test session and shared read-only."""
    yield open_resolvers(Settings(state_dir=tmp_path_factory.mktemp("index-state")))


def agent_settings(k3_url: str, state_dir: Path, database_url: str = "") -> Settings:
    return Settings(k3_url=k3_url, state_dir=state_dir, database_url=database_url, k3_timeout_s=10)


@pytest.fixture
async def agent(k3_url: str, tmp_path: Path, resolvers: Any) -> AsyncIterator[Resources]:
    async with open_agent(agent_settings(k3_url, tmp_path), resolvers=resolvers) as res:
        yield res


@pytest.fixture
def chat(agent: Resources) -> ChatDriver:
    return ChatDriver(agent.service)
