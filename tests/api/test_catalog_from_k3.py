"""A plant whose catalogue exists only in K/3: the data dir holds users.csv alone, and what a K/3 user saves in
the material form (new, changed, forbidden) reaches every running worker within one sync, without a restart."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from api.app import create_app
from dingk3.clock import Clock
from dingk3.config import Settings
from dingk3.paths import DEMO_DATA_DIR
from sim.server import ServerThread
from tests.api.conftest import Stack, start_stack
from tools.k3 import K3Client

SYNC_S = 0.5  # DINGK3_CATALOG_SYNC_S for these tests: the target is this + 10 s


@pytest.fixture
def users_only(tmp_path: Path) -> Path:
    data = tmp_path / "plant-data"
    data.mkdir()
    shutil.copyfile(DEMO_DATA_DIR / "users.csv", data / "users.csv")
    return data


@pytest.fixture
def plant(k3_fresh_url: str, tmp_path: Path, users_only: Path, plant_clock: Clock) -> Iterator[Stack]:
    """The whole product over HTTP with no resolvers handed in: it pulls its catalogue from K/3 itself."""
    yield from start_stack(
        k3_fresh_url, tmp_path / "state", None, clock=plant_clock, data_dir=users_only, catalog_sync_s=SYNC_S
    )


def _k3(url: str, job: Callable[[K3Client], Any]) -> Any:
    async def run() -> Any:
        async with K3Client.from_settings(Settings(k3_url=url)) as k3:
            return await job(k3)

    return asyncio.run(run())


def save_material(url: str, number: str, name: str, spec: str, **more: Any) -> None:
    """A K/3 user saves (and submits and audits) a material, through the real WebAPI Save."""
    model = {
        "FMATERIALID": 0, "FNumber": number, "FName": name, "FSpecification": spec,
        "FMaterialGroup": {"FNumber": "01"}, "SubHeadEntity": {"FErpClsID": "2", "FBaseUnitId": {"FNumber": "PCS"}},
        **more,
    }  # fmt: skip
    body = {"formid": "BD_MATERIAL", "data": {"Model": model, "IsAutoSubmitAndAudit": True}}
    _k3(url, lambda k3: k3._call("Save", body))


def forbid_material(url: str, number: str) -> None:
    body = {"formid": "BD_MATERIAL", "opNumber": "Forbid", "data": {"Numbers": [number]}}
    _k3(url, lambda k3: k3._call("ExcuteOperation", body))


def resolves(app: Any, text: str) -> str | None:
    """What the running worker's own resolver makes of `text` now (the number, or None)."""
    found = app.state.runtime.res.ctx.materials.resolve(text)
    return found.best.number if found.verdict == "resolved" and found.best else None


def wait_until(check: Callable[[], bool], limit_s: float) -> float:
    """Seconds until `check()` holds (polled every 0.1 s), failing after `limit_s`."""
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < limit_s, f"not within {limit_s} s"
        time.sleep(0.1)
    return time.monotonic() - started


def test_a_data_dir_with_only_users_serves_create_report_and_stock(plant: Stack, users_only: Path) -> None:
    assert [p.name for p in users_only.iterdir()] == ["users.csv"]
    chat = plant.chat
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 12月18日交", conversation="group")
    proposal = chat.wait_reply(conversation="group", user="u1001")
    assert proposal.card is not None and "01.01.0011" in proposal.card.markdown  # BOM-3020: K/3's 助记码
    chat.click("confirm", user="u1001", card=proposal.card)
    chat.wait_reply(conversation="group", user="u1001", containing="已写入")

    chat.send("u2001", "MO20261109 报工 良品12 不良1", conversation="group")
    report = chat.wait_reply(conversation="group", user="u2001", containing="良品")
    chat.click("confirm", user="u2001", card=report.card)
    chat.wait_reply(conversation="group", user="u2001", containing="报工单")

    chat.send("u1001", "304螺栓M8x30还有多少库存", conversation="group")  # 304螺栓M8x30: K/3's 助记码 too
    stock = chat.wait_reply(conversation="group", user="u1001", containing="库存")
    assert "03.01.0039" in stock.text

    chat.send("u1001", "装配车间有哪些开工的订单", conversation="group")  # the workshop: K/3's department name
    assert "MO" in chat.wait_reply(conversation="group", user="u1001").text


def test_a_material_saved_in_k3_is_used_after_one_sync_and_a_forbidden_one_no_more(plant: Stack) -> None:
    chat, app = plant.chat, plant.app
    assert resolves(app, "钛合金活塞杆 TR-88") is None
    save_material(plant.k3_url, "01.05.0001", "钛合金活塞杆", "TR-88", FMnemonicCode="HSG-TR88")
    wait_until(lambda: resolves(app, "HSG-TR88") == "01.05.0001", SYNC_S + 10)
    chat.send("u1001", "建立生产订单 HSG-TR88 数量20 12月18日交", conversation="group")
    card = chat.wait_reply(conversation="group", user="u1001").card
    assert card is not None and "01.05.0001" in card.markdown and "钛合金活塞杆" in card.markdown

    forbid_material(plant.k3_url, "01.01.0011")  # BOM-3020 is forbidden in K/3: no new order may name it
    wait_until(lambda: resolves(app, "BOM-3020") is None, SYNC_S + 10)
    chat.send("u1002", "建立生产订单 BOM-3020 数量40 12月18日交", conversation="group")
    reply = chat.wait_reply(conversation="group", user="u1002")
    assert "01.01.0011" not in reply.text + (reply.card.markdown if reply.card else "")


def test_two_workers_on_one_state_dir_both_follow_k3(
    k3_fresh_url: str, tmp_path: Path, users_only: Path, plant_clock: Clock
) -> None:
    settings = Settings(
        state_dir=tmp_path / "state", data_dir=users_only, k3_url=k3_fresh_url, k3_timeout_s=10, demo_mode=True,
        watch_interval_s=0, catalog_sync_s=SYNC_S,
    )  # fmt: skip
    first, second = create_app(settings, clock=plant_clock), create_app(settings, clock=plant_clock)
    with ServerThread(first), ServerThread(second):
        assert resolves(first, "BOM-2050") == resolves(second, "BOM-2050") == "01.01.0001"
        save_material(k3_fresh_url, "01.05.0002", "钛合金活塞杆", "TR-99", FMnemonicCode="HSG-TR99")
        took = wait_until(lambda: resolves(first, "HSG-TR99") == resolves(second, "HSG-TR99") == "01.05.0002", 11)
        assert took <= SYNC_S + 10
        forbid_material(k3_fresh_url, "01.01.0001")
        wait_until(lambda: resolves(first, "BOM-2050") is None and resolves(second, "BOM-2050") is None, 11)
