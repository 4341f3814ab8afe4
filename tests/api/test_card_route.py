"""The card callback route is registered with DingTalk in the background from start-up (issue 13): a DingTalk that
fails or hangs then delays nothing, registering goes on, waiting twice as long after each failure, until DingTalk
takes it, and operators read where it stands in the readiness detail (never a reason for 503)."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from agent.proposals import ProposalStore
from api.app import create_app
from api.delivery import CardRoute, Delivery
from api.inbox import Inbox
from dingk3.clock import Clock
from dingk3.config import Settings
from dingk3.db import connect
from sim.dingtalk import SimConfig
from sim.dingtalk import create_app as create_dingtalk
from tools.dingtalk import DingTalkClient

SIM = SimConfig()
ROUTE = CardRoute(key="dingk3-dingk3demo", url="https://plant.example/dingtalk/cards", secret=SecretStr("s3"))


async def test_a_failing_dingtalk_is_asked_again_ever_later_until_it_takes_the_route(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    dingtalk = create_dingtalk(SIM)
    wire = httpx.ASGITransport(app=dingtalk)
    db = connect(f"sqlite:///{tmp_path / 'api.db'}")
    async with (
        httpx.AsyncClient(transport=wire, base_url="http://dingtalk") as admin,
        DingTalkClient(SIM.app_key, SIM.app_secret, "http://dingtalk", "http://dingtalk", transport=wire, retries=0)
        as client,
    ):  # fmt: skip
        (await admin.post("/_admin/faults", json={"fail_next": 1000})).raise_for_status()  # DingTalk is down
        delivery = Delivery(client, Inbox(db), ProposalStore(db), card_template_id="tpl", card_route=ROUTE)
        waited: list[float] = []
        seen: list[str] = []

        async def sleep(seconds: float) -> None:  # the clock of the retries: no second passes for real
            waited.append(seconds)
            seen.append(delivery.route_state)
            if len(waited) == 4:
                (await admin.post("/_admin/reset-faults")).raise_for_status()  # DingTalk is back

        with caplog.at_level(logging.INFO, logger="dingk3.delivery"):
            await delivery.keep_registering(sleep=sleep, first_wait_s=1, max_wait_s=5)
    assert waited == [1, 2, 4, 5]  # twice as long each time, at most max_wait_s
    assert seen == ["error: DingTalkAPIError"] * 4
    assert delivery.route_state == "registered"
    assert dingtalk.state.sim.card_routes[ROUTE.key] == (ROUTE.url, "s3")
    failures = [r for r in caplog.records if "card callbacks not registered" in r.getMessage()]
    assert len(failures) == 4 and all(r.levelno == logging.ERROR for r in failures)
    assert any("card callbacks registered" in r.getMessage() for r in caplog.records)


async def test_start_up_does_not_wait_for_a_hanging_dingtalk_and_readiness_says_so(
    k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock
) -> None:
    dingtalk = create_dingtalk(SIM)
    dingtalk.state.sim.faults.state = dingtalk.state.sim.faults.state.model_copy(update={"latency_ms": 3_600_000})
    settings = Settings(
        state_dir=tmp_path / "state", k3_url=k3_fresh_url, k3_timeout_s=10, dingtalk_api="http://dingtalk",
        dingtalk_card_template_id="dingk3.proposal.v1", public_url="https://plant.example", watch_interval_s=0,
        demo_mode=True, ops_token="ops-token-for-tests",
    )  # fmt: skip
    app = create_app(
        settings, dingtalk_transport=httpx.ASGITransport(app=dingtalk), resolvers=resolvers, clock=plant_clock
    )
    ops = {"Authorization": "Bearer ops-token-for-tests"}
    # an hour-long DingTalk call would hold start-up an hour (and more with retries) if start-up awaited it
    async with asyncio.timeout(60), app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api") as http:
            ready = await http.get("/readyz?detail=1", headers=ops)
        assert ready.status_code == 200 and ready.json()["status"] == "ok"
        assert ready.json()["checks"]["card_route"] == "registering"
    assert dingtalk.state.sim.card_routes == {}
