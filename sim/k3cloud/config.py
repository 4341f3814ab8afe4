"""Settings of one emulated K/3 Cloud data centre: files, demo credentials and fault defaults."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

__all__ = ["EmulatorConfig"]


class EmulatorConfig(BaseModel):
    """Where the emulator keeps its data and which fixed demo credentials it accepts."""

    model_config = ConfigDict(frozen=True)

    db_path: Path
    data_dir: Path
    session_ttl_s: int = 1800
    latency_ms: int = 0
    acct_id: str = "demo"
    username: str = "demo"
    password: str = "demo"
    app_id: str = "300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
    app_secret: str = "0123456789abcdef0123456789abcdef"
    lcid: int = 2052
    org_number: str = "100"
    timezone: str = "Asia/Shanghai"  # K/3 keeps local time: the server's zone, the plant's in practice
    # PRD_MO coding rule: the demo's MO + yyyyMM + 4 digits, or K/3 Cloud's shipped MO + 6-digit serial
    mo_numbering: Literal["monthly", "serial"] = "monthly"
