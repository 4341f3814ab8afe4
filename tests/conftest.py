"""Shared fixtures: an isolated environment for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No DINGK3_* setting leaks in from the developer's shell, and state goes to a temp dir."""
    for key in list(os.environ):
        if key.startswith("DINGK3_") or key == "DINGTALK_OPENAPI_ENDPOINT":
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("DINGK3_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    from dingk3.config import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


# --------------------------------------------------------------------------- K/3 emulator over real HTTP


@pytest.fixture(scope="session")
def k3_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The K/3 Cloud emulator on a loopback port with its own database, for the whole session."""
    from dingk3.paths import DEMO_DATA_DIR
    from sim.k3cloud import EmulatorConfig, create_app
    from sim.server import ServerThread

    db = tmp_path_factory.mktemp("k3") / "k3cloud.db"
    with ServerThread(create_app(EmulatorConfig(db_path=db, data_dir=DEMO_DATA_DIR))) as server:
        yield server


@pytest.fixture
def k3_url(k3_server: object) -> str:
    return f"{k3_server.url}/k3cloud/"  # type: ignore[attr-defined]
