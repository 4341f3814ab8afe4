"""Sync from K/3 into the resolvers, with a tiny stand-in for the K/3 client (real HTTP test comes
with the emulator)."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from dingk3.paths import DEMO_DATA_DIR
from tools.k3.models import Material, Workshop
from tools.resolve import FileCursorStore, MaterialResolver, WorkshopResolver, sync_materials, sync_workshops


class _FakeK3:
    def __init__(self) -> None:
        self.materials = [
            Material(
                number="01.01.0100",
                name="液压阀体",
                spec="HV-8080",
                category="产成品",
                modify_date=datetime(2025, 4, 1, 8, 0),
            ),
        ]
        self.asked: list[datetime | None] = []

    async def list_materials(self, *, modified_since: datetime | None = None) -> list[Material]:
        self.asked.append(modified_since)
        return [
            m for m in self.materials if modified_since is None or (m.modify_date and m.modify_date >= modified_since)
        ]

    async def list_workshops(self, *, modified_since: datetime | None = None) -> list[Workshop]:
        return [Workshop(number="WS06", name="焊接车间", modify_date=datetime(2025, 4, 2))]


async def test_sync_is_incremental(tmp_path: Path, tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    catalog = DEMO_DATA_DIR / "materials.csv"
    resolver = MaterialResolver.open(catalog_csv=catalog, index_dir=tmp_path / "index")
    cursors = FileCursorStore(tmp_path / "cursors.json")
    k3 = _FakeK3()
    assert await sync_materials(k3, resolver, cursors) == 1
    assert resolver.resolve("HV8080阀体").best.number == "01.01.0100"  # type: ignore[union-attr]
    assert cursors.get("materials") == datetime(2025, 4, 1, 8, 0)
    assert await sync_materials(k3, resolver, cursors) == 0  # same rows again: nothing changed
    assert k3.asked == [None, datetime(2025, 4, 1, 8, 0)]
    shops = WorkshopResolver.from_csv(DEMO_DATA_DIR / "workshops.csv")
    assert await sync_workshops(k3, shops, cursors) == 1
    assert shops.resolve("焊接车间").best.number == "WS06"  # type: ignore[union-attr]
    shutil.rmtree(tmp_path / "index")
