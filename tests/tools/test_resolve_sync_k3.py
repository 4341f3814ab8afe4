"""Sync against the K/3 emulator over real HTTP: a material added through the WebAPI becomes resolvable."""

from __future__ import annotations

import shutil
from pathlib import Path

from dingk3.paths import DEMO_DATA_DIR
from tools.k3 import K3Client, K3Config
from tools.resolve import FileCursorStore, MaterialResolver, sync_materials


def _config(url: str) -> K3Config:
    return K3Config(
        base_url=url, acct_id="demo", username="demo",
        app_id="300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX", app_secret="0123456789abcdef0123456789abcdef",  # type: ignore[arg-type]
    )  # fmt: skip


async def test_a_material_added_in_k3_is_resolvable_after_sync(k3_fresh_url: str, tmp_path: Path) -> None:
    catalog = tmp_path / "materials.csv"
    shutil.copyfile(DEMO_DATA_DIR / "materials.csv", catalog)
    resolver = MaterialResolver.open(catalog_csv=catalog, index_dir=tmp_path / "index")
    cursor = FileCursorStore(tmp_path / "cursor.json")
    async with K3Client(_config(k3_fresh_url)) as k3:
        await sync_materials(k3, resolver, cursor)  # first sync: everything K/3 has
        assert resolver.resolve("钛合金活塞杆 TR-88").verdict == "not_found"
        model = {
            "FMATERIALID": 0, "FNumber": "01.05.0001", "FName": "钛合金活塞杆", "FSpecification": "TR-88",
            "FMaterialGroup": {"FNumber": "01"}, "FBaseUnitId": {"FNumber": "PCS"},
        }  # fmt: skip
        await k3._call("Save", {"formid": "BD_MATERIAL", "data": {"Model": model}})
        changed = await sync_materials(k3, resolver, cursor)  # incremental: only what changed since the cursor
    assert 1 <= changed < 100
    found = resolver.resolve("钛合金活塞杆 TR-88", producible_only=True)
    assert (found.verdict, found.best.number if found.best else None) == ("resolved", "01.05.0001")
    reopened = MaterialResolver.open(catalog_csv=catalog, index_dir=tmp_path / "index")
    assert reopened.resolve("TR-88 活塞杆").best.number == "01.05.0001"  # type: ignore[union-attr]
