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
