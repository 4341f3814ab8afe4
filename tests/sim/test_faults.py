"""Fault injection over real HTTP: latency, HTTP 500, dropped sessions, a hang after a committed write."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator

import httpx
import pytest

from sim.k3cloud import EmulatorConfig, create_app
from sim.server import ServerThread

from .helpers import K3, status

QUERY = {"FormId": "BD_Department", "FieldKeys": "FNumber"}


@pytest.fixture
async def live(base_url: str) -> AsyncIterator[K3]:
    async with httpx.AsyncClient(base_url=base_url, timeout=10) as http:
        k3 = K3(http)
        await k3.login()
        yield k3


async def admin(k3: K3, path: str, body: dict[str, object] | None = None) -> dict[str, object]:
    if body is None and path == "faults":
        r = await k3.http.get(f"_admin/{path}")
    else:
        r = await k3.http.post(f"_admin/{path}", json=body or {})
    r.raise_for_status()
    return dict(r.json())


async def test_health_and_state(live: K3) -> None:
    assert (await live.http.get("_admin/health")).json()["status"] == "ok"
    state = await admin(live, "faults")
    assert state["latency_ms"] == 0 and state["fail_next"] == 0 and state["sessions"] == 1


async def test_fail_next_answers_500_without_doing_anything(live: K3) -> None:
    await admin(live, "faults", {"fail_next": 2})
    model = {"FTreeEntity": [{"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 1, "FWorkShopID": {"FNumber": "WS01"}}]}
    for _ in range(2):
        r = await live.raw("Save", {"formid": "PRD_MO", "data": {"Model": model}})
        assert r.status_code == 500
    assert (await admin(live, "faults"))["fail_next"] == 0
    assert len(await live.query("PRD_MO", "FID")) == 40  # neither failed Save wrote anything
    assert (await live.raw("ExecuteBillQuery", {"data": QUERY})).status_code == 200


async def test_latency(live: K3) -> None:
    await admin(live, "faults", {"latency_ms": 300})
    start = time.monotonic()
    await live.query("BD_Department", "FNumber")
    assert time.monotonic() - start >= 0.3
    await admin(live, "reset-faults")
    start = time.monotonic()
    await live.query("BD_Department", "FNumber")
    assert time.monotonic() - start < 0.3


async def test_latency_from_config(config: EmulatorConfig) -> None:
    with ServerThread(create_app(config.model_copy(update={"latency_ms": 250}))) as srv:
        async with httpx.AsyncClient(base_url=srv.url + "/k3cloud/") as http:
            start = time.monotonic()
            await K3(http).login()
            assert time.monotonic() - start >= 0.25
            assert (await http.get("_admin/faults")).json()["latency_ms"] == 250


async def test_drop_sessions(live: K3) -> None:
    assert await live.query("BD_Department", "FNumber")
    dropped = await admin(live, "faults", {"drop_sessions": True})
    assert dropped["dropped_sessions"] == 1 and dropped["sessions"] == 0
    reply = await live.call("ExecuteBillQuery", data=QUERY)
    assert status(reply)["MsgCode"] == 1
    await live.login()
    assert await live.query("BD_Department", "FNumber")


async def test_timeout_after_commit(live: K3) -> None:
    await admin(live, "faults", {"timeout_after_commit_next": 1, "hang_s": 2.0})
    model = {"FDescription": "hang-probe", "FTreeEntity": [{"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 5,
                                                            "FWorkShopID": {"FNumber": "WS01"}}]}  # fmt: skip
    with pytest.raises(httpx.ReadTimeout):
        await live.http.post(
            "Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc",
            json={"formid": "PRD_MO", "data": {"Model": model}},
            timeout=0.5,
        )
    # the write was committed before the hang: it is visible right away
    rows = await live.query("PRD_MO", "FBillNo", "FDescription = 'hang-probe'")
    assert len(rows) == 1
    # reads do not consume the counter and the next write answers at once
    assert (await admin(live, "faults"))["timeout_after_commit_next"] == 0
    start = time.monotonic()
    await live.new_order()
    assert time.monotonic() - start < 1.5


async def test_reset_faults(live: K3) -> None:
    await admin(live, "faults", {"fail_next": 5, "latency_ms": 10, "timeout_after_commit_next": 3})
    state = await admin(live, "reset-faults")
    assert (state["fail_next"], state["latency_ms"], state["timeout_after_commit_next"]) == (0, 0, 0)


async def test_fault_values_are_validated(live: K3) -> None:
    r = await live.http.post("_admin/faults", json={"fail_next": -1})
    assert r.status_code == 422
