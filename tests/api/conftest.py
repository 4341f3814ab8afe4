"""The whole product over real HTTP: K/3 emulator, agent API and DingTalk simulator, each on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from dingk3.clock import Clock
from dingk3.config import Settings
from sim.dingtalk import SimConfig
from sim.dingtalk import create_app as create_dingtalk
from sim.dingtalk.driver import SimChat
from sim.server import ServerThread, free_port
from tests.conftest import plant_clock_at


@dataclass
class Stack:
    api_url: str
    sim_url: str
    k3_url: str
    settings: Settings
    app: Any
    chat: SimChat


def start_stack(
    k3_url: str,
    state: Path,
    resolvers: Any,
    *,
    template: str = "dingk3.proposal.v1",
    db_url: str = "",
    clock: Clock | None = None,
    card_fallback: bool = True,
    **extra: Any,
) -> Iterator[Stack]:
    """`extra` are more Settings; the K/3 → DingTalk event loop is off unless `watch_interval_s` is given.
    `card_fallback`: the simulator posts clicks of cards without a registered route to the API anyway. The
    DingTalk organisation is the product's people (`data_dir/users.csv`)."""
    api_port, sim_port = free_port(), free_port()
    api_url, sim_url = f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{sim_port}"
    settings = Settings(**{
        "state_dir": state, "k3_url": k3_url, "dingtalk_api": sim_url, "dingtalk_card_template_id": template,
        "database_url": db_url, "k3_timeout_s": 10, "watch_interval_s": 0,
        "session_webhook_hosts": f"127.0.0.1:{sim_port}", "demo_mode": True,
    } | {k: v.replace("{api_url}", api_url) if isinstance(v, str) else v for k, v in extra.items()})  # fmt: skip
    app = create_app(settings, resolvers=resolvers, clock=clock or plant_clock_at())
    sim = SimConfig(
        bot_callback_url=f"{api_url}/dingtalk/robot", public_url=sim_url,
        card_callback_url=f"{api_url}/dingtalk/cards" if card_fallback else None,
        app_secret=settings.dingtalk_app_secret.get_secret_value(), users_csv=settings.data_dir / "users.csv",
    )  # fmt: skip
    with ServerThread(app, port=api_port), ServerThread(create_dingtalk(sim), port=sim_port), SimChat(sim_url) as chat:
        yield Stack(api_url, sim_url, k3_url, settings, app, chat)


@pytest.fixture
def stack(k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock) -> Iterator[Stack]:
    yield from start_stack(k3_fresh_url, tmp_path / "state", resolvers, clock=plant_clock)
