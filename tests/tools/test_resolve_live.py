"""The catalogue from K/3 (the emulator over real HTTP): opened, saved as the last good copy, kept in step."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from dingk3.errors import CatalogUnavailable
from dingk3.plant import parse_plant_workshops
from tools.k3 import K3Client, K3Config
from tools.resolve import Catalog, open_catalog

PLANT = parse_plant_workshops(
    "workshops:\n  WS01: {aliases: [一车间], daily_capacity: 800}\n  WS09: {aliases: [九车间]}\n"
)


def _config(url: str) -> K3Config:
    return K3Config(
        base_url=url, acct_id="demo", username="demo", retry_wait_s=0.01, read_retries=1,
        app_id="300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX", app_secret="0123456789abcdef0123456789abcdef",  # type: ignore[arg-type]
    )  # fmt: skip


@pytest.fixture
async def k3(k3_fresh_url: str) -> AsyncIterator[K3Client]:
    async with K3Client(_config(k3_fresh_url)) as client:
        yield client


async def _open(tmp_path: Path, k3: K3Client | None, **kw: Any) -> Catalog:
    return await open_catalog(tmp_path / "index", k3, PLANT, overlap=timedelta(seconds=5), **kw)


async def save_material(k3: K3Client, number: str, name: str, spec: str, *, audit: bool = True, **more: Any) -> None:
    """What a K/3 user does in the material form: Save (and Submit + Audit), through the real WebAPI."""
    model = {
        "FMATERIALID": more.pop("FMATERIALID", 0), "FNumber": number, "FName": name, "FSpecification": spec,
        "FMaterialGroup": {"FNumber": "01"}, "SubHeadEntity": {"FErpClsID": "2", "FBaseUnitId": {"FNumber": "PCS"}},
        **more,
    }  # fmt: skip
    await k3._call("Save", {"formid": "BD_MATERIAL", "data": {"Model": model, "IsAutoSubmitAndAudit": audit}})


async def material_id(k3: K3Client, number: str) -> int:
    rows = await k3.query("BD_MATERIAL", ("FMATERIALID",), f"FNumber = '{number}'")
    return int(rows[0]["FMATERIALID"])


async def test_opened_from_k3_with_its_aliases_and_the_plant_files_workshops(k3: K3Client, tmp_path: Path) -> None:
    catalog = await _open(tmp_path, k3)
    assert len(catalog.materials) == 1243 and catalog.pulled == 1243
    for text, number in [
        ("BOM-2050", "01.01.0001"),  # 助记码
        ("hydraulic valve body HV-2050", "01.01.0001"),  # 描述
        ("304螺栓M8x30", "03.01.0039"),
    ]:
        found = catalog.materials.resolve(text)
        assert (found.verdict, found.best and found.best.number) == ("resolved", number), text
    assert catalog.workshop_names.resolve("一车间").best.number == "WS01"  # type: ignore[union-attr]
    assert catalog.workshop_names.resolve("热处理车间").best.number == "WS04"  # type: ignore[union-attr]  # K/3 name
    assert catalog.workshops.get("WS01").daily_capacity == 800  # type: ignore[union-attr]
    assert catalog.workshops.get("WS02").daily_capacity is None  # type: ignore[union-attr]  # no entry: no check


async def test_new_changed_and_forbidden_materials_follow_k3_after_one_sync(k3: K3Client, tmp_path: Path) -> None:
    catalog = await _open(tmp_path, k3)
    materials = catalog.materials
    await save_material(k3, "01.05.0001", "钛合金活塞杆", "TR-88", FMnemonicCode="HSG-TR88")
    assert materials.resolve("钛合金活塞杆 TR-88").verdict == "not_found"  # not before the sync
    report = await catalog.sync(k3)
    assert report.materials == 1
    found = materials.resolve("钛合金活塞杆 TR-88", producible_only=True)
    assert (found.verdict, found.best and found.best.number) == ("resolved", "01.05.0001")
    assert materials.resolve("HSG-TR88").best.number == "01.05.0001"  # type: ignore[union-attr]

    ident = await material_id(k3, "01.05.0001")  # changed in K/3: taken back, edited, audited again
    await k3._call("UnAudit", {"formid": "BD_MATERIAL", "data": {"Ids": str(ident)}})
    await catalog.sync(k3)
    assert materials.resolve("HSG-TR88").verdict == "not_found"  # not audited: no bill may use it meanwhile
    await save_material(k3, "01.05.0001", "钛合金活塞杆", "TR-90", FMATERIALID=ident, FMnemonicCode="HSG-TR90")
    await catalog.sync(k3)
    assert materials.resolve("钛合金活塞杆 TR-90").best.number == "01.05.0001"  # type: ignore[union-attr]
    assert materials.resolve("钛合金活塞杆 TR-88").verdict != "resolved"

    await k3._call(
        "ExcuteOperation", {"formid": "BD_MATERIAL", "opNumber": "Forbid", "data": {"Numbers": ["01.01.0001"]}}
    )
    assert (await catalog.sync(k3)).materials == 1
    assert materials.resolve("BOM-2050").verdict == "not_found"
    assert materials.resolve("HV-2050 液压阀体").verdict == "not_found"
    assert (await catalog.sync(k3)).materials == 0  # nothing new: the overlap re-reads change nothing

    reopened = await _open(tmp_path, None)  # a restart without K/3: the last good catalogue, as synced
    assert reopened.materials.resolve("HSG-TR90").best.number == "01.05.0001"  # type: ignore[union-attr]
    assert reopened.materials.resolve("BOM-2050").verdict == "not_found"


async def test_a_saved_but_unaudited_material_waits_for_its_audit(k3: K3Client, tmp_path: Path) -> None:
    catalog = await _open(tmp_path, k3)
    await save_material(k3, "01.05.0002", "钛合金活塞杆", "TR-77", audit=False)
    await catalog.sync(k3)
    assert catalog.materials.resolve("钛合金活塞杆 TR-77").verdict == "not_found"
    ident = await material_id(k3, "01.05.0002")
    await k3._call("Submit", {"formid": "BD_MATERIAL", "data": {"Ids": str(ident)}})
    await k3._call("Audit", {"formid": "BD_MATERIAL", "data": {"Ids": str(ident)}})
    await catalog.sync(k3)
    assert catalog.materials.resolve("钛合金活塞杆 TR-77").best.number == "01.05.0002"  # type: ignore[union-attr]


async def test_a_workshop_added_in_k3_is_known_after_a_sync(k3: K3Client, tmp_path: Path) -> None:
    catalog = await _open(tmp_path, k3)
    model = {"FDEPTID": 0, "FNumber": "WS09", "FName": "焊接车间"}
    await k3._call("Save", {"formid": "BD_Department", "data": {"Model": model, "IsAutoSubmitAndAudit": True}})
    assert catalog.workshop_names.resolve("九车间").verdict == "not_found"
    assert (await catalog.sync(k3)).workshops == 1
    assert catalog.workshop_names.resolve("九车间").best.number == "WS09"  # type: ignore[union-attr]  # plant file
    assert catalog.workshop_names.resolve("焊接车间").best.number == "WS09"  # type: ignore[union-attr]
    assert catalog.workshops.names()["WS09"] == "焊接车间"


async def test_k3_down_at_start_up_serves_the_last_good_catalogue(
    k3: K3Client, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    await _open(tmp_path, k3)
    async with K3Client(_config("http://127.0.0.1:9/k3cloud/")) as down:  # nothing listens on port 9
        with caplog.at_level(logging.WARNING, logger="dingk3.catalog"):
            catalog = await _open(tmp_path, down)
    assert catalog.materials.resolve("BOM-2050").best.number == "01.01.0001"  # type: ignore[union-attr]
    assert catalog.pulled is None
    assert any("last good catalogue" in r.getMessage() and "1243 materials" in r.getMessage() for r in caplog.records)


async def test_k3_down_and_nothing_on_disk_refuses_in_one_line(tmp_path: Path) -> None:
    async with K3Client(_config("http://127.0.0.1:9/k3cloud/")) as down:
        with pytest.raises(CatalogUnavailable) as refused:
            await _open(tmp_path, down, where="K/3 at http://127.0.0.1:9/k3cloud/")
    text = str(refused.value)
    assert "\n" not in text and "http://127.0.0.1:9/k3cloud/" in text and "no catalogue on disk" in text


async def test_the_sync_loop_outlives_k3_going_away_and_catches_up(
    k3: K3Client, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import asyncio

    from dingk3.errors import K3TransportError

    catalog = await _open(tmp_path, k3)

    class Flaky:  # K/3 down for three syncs, then back with a new material
        calls = 0

        async def list_materials(self, **kw: Any) -> Any:
            Flaky.calls += 1
            if Flaky.calls <= 3:
                raise K3TransportError("K/3 unreachable")
            return await k3.list_materials(**kw)

        async def list_workshops(self) -> Any:
            return await k3.list_workshops()

    await save_material(k3, "01.05.0003", "钛合金活塞杆", "TR-66")
    with caplog.at_level(logging.INFO, logger="dingk3.catalog"):
        loop = asyncio.get_running_loop().create_task(catalog.run(Flaky(), 0.01))
        for _ in range(1000):  # the new material, and the line saying K/3 is back (logged just after the swap)
            back = any("answers again" in r.getMessage() for r in caplog.records)
            if catalog.materials.get("01.05.0003") is not None and back:
                break
            await asyncio.sleep(0.01)
        loop.cancel()
    assert catalog.materials.resolve("钛合金活塞杆 TR-66").best.number == "01.05.0003"  # type: ignore[union-attr]
    said = [r.getMessage() for r in caplog.records]
    assert sum("did not answer" in m for m in said) == 1  # said once per outage, not once per try
    assert any("answers again" in m for m in said)
