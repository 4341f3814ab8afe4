"""The built wheel, installed with its locked dependencies in a new venv and run from an empty directory.

Minutes (the dependencies are installed from the network or pip's cache), so only `make test-wheel` (-m wheel)
collects it; plain `make test` never does."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from dingk3.paths import REPO_ROOT

pytestmark = pytest.mark.wheel


def test_the_wheel_installs_and_serves_from_an_empty_directory(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DINGK3_") and k != "PYTHONPATH"}
    done = subprocess.run(
        [str(REPO_ROOT / "scripts" / "wheel-check"), str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=1800, check=False,
    )  # fmt: skip
    out = done.stdout + done.stderr
    assert done.returncode == 0, out[-4000:]
    assert "all 9 checks passed" in out  # doctor against the emulators
    assert "fix: check DINGK3_K3_PASSWORD" in out  # and the wrong password named with its fix
    assert "confirm -> " in out and "2 worker processes started" in out
