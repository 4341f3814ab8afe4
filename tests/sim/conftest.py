"""Fixtures for the K/3 Cloud emulator tests: a fresh database per test, in-process or over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from dingk3.paths import DEMO_DATA_DIR
from sim.k3cloud import EmulatorConfig, create_app
from sim.server import ServerThread

from .helpers import K3


@pytest.fixture
def config(tmp_path: Path) -> EmulatorConfig:
    return EmulatorConfig(db_path=tmp_path / "k3cloud.db", data_dir=DEMO_DATA_DIR)


@pytest.fixture
def app(config: EmulatorConfig) -> FastAPI:
    return create_app(config)


@pytest.fixture
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://k3.test/k3cloud/") as client:
        yield client


@pytest.fixture
async def k3(http: httpx.AsyncClient) -> K3:
    client = K3(http)
    await client.login()
    return client


@pytest.fixture
def server(app: FastAPI) -> Iterator[ServerThread]:
    with ServerThread(app) as srv:
        yield srv


@pytest.fixture
def base_url(server: ServerThread) -> str:
    return server.url + "/k3cloud/"
