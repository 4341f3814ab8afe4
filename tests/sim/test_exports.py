"""The public surface of sim.k3cloud stays small and stable; the module entry point runs."""

from __future__ import annotations

import subprocess
import sys

import sim.k3cloud


def test_all() -> None:
    assert sim.k3cloud.__all__ == ["EmulatorConfig", "create_app", "serve"]


def test_config_defaults_are_the_documented_demo_credentials(tmp_path: object) -> None:
    cfg = sim.k3cloud.EmulatorConfig(db_path="x.db", data_dir=".")  # type: ignore[arg-type]
    assert (cfg.acct_id, cfg.username, cfg.password, cfg.lcid, cfg.org_number) == ("demo", "demo", "demo", 2052, "100")
    assert cfg.app_id == "300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
    assert cfg.app_secret == "0123456789abcdef0123456789abcdef"
    assert (cfg.session_ttl_s, cfg.latency_ms) == (1800, 0)


def test_module_help_lists_the_flags() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "sim.k3cloud", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for flag in ("--host", "--port", "--db", "--data", "--session-ttl", "--latency-ms"):
        assert flag in out
