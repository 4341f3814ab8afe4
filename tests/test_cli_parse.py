"""`dingk3 parse` is a developer's tool: when K/3 cannot be reached and no catalogue is on disk it says so in one
line and exits 2, never a traceback."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the block ends: nothing listens there


def test_parse_without_k3_says_what_to_do(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from dingk3.cli import app
    from dingk3.config import get_settings

    monkeypatch.setenv("DINGK3_K3_URL", f"http://127.0.0.1:{_closed_port()}/k3cloud/")
    monkeypatch.setenv("DINGK3_STATE_DIR", str(tmp_path / "state"))
    get_settings.cache_clear()
    try:
        result = CliRunner().invoke(app, ["parse", "MO20261103 报工 良品3"])
    finally:
        get_settings.cache_clear()
    assert result.exit_code == 2, result.output
    assert "refused:" in result.output and "DINGK3_K3_URL" in result.output
    assert "Traceback" not in result.output
