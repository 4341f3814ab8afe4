"""The emulator's store keeps decoded documents between requests: what it hands out is never stale."""

from __future__ import annotations

from pathlib import Path

import pytest

from sim.k3cloud.store import Store


def test_a_kept_scan_shows_writes_deletes_and_forgets_rolled_back_ones(tmp_path: Path) -> None:
    store = Store(tmp_path / "k3.db")
    with store.transaction():
        store.put("BD_MATERIAL", 1, "A", {"FNumber": "A", "FName": "阀体"})
    assert [d["FNumber"] for d in store.scan("BD_MATERIAL")] == ["A"]
    with store.transaction():
        store.put("BD_MATERIAL", 2, "B", {"FNumber": "B", "FName": "泵"})
    assert [d["FNumber"] for d in store.scan("BD_MATERIAL")] == ["A", "B"], "a write is seen at once"
    with pytest.raises(RuntimeError), store.transaction():
        store.put("BD_MATERIAL", 3, "C", {"FNumber": "C"})
        assert len(store.scan("BD_MATERIAL")) == 3  # inside the transaction, its own write is seen
        raise RuntimeError("K/3 refuses the save")
    assert [d["FNumber"] for d in store.scan("BD_MATERIAL")] == ["A", "B"], "a rolled-back write is gone"
    with store.transaction():
        store.delete("BD_MATERIAL", 1)
    assert [d["FNumber"] for d in store.scan("BD_MATERIAL")] == ["B"]
    store.close()


def test_an_index_built_from_a_scan_is_rebuilt_when_its_form_changes(tmp_path: Path) -> None:
    store = Store(tmp_path / "k3.db")
    builds: list[int] = []

    def names(docs: list[dict[str, object]]) -> set[object]:
        builds.append(1)
        return {d["FName"] for d in docs}

    with store.transaction():
        store.put("BD_MATERIAL", 1, "A", {"FNumber": "A", "FName": "阀体"})
    assert store.derived("BD_MATERIAL", "names", names) == {"阀体"}
    assert store.derived("BD_MATERIAL", "names", names) == {"阀体"}
    assert len(builds) == 1, "kept between requests"
    with store.transaction():
        store.put("PRD_MO", 9, "MO1", {"FBillNo": "MO1"})
    assert store.derived("BD_MATERIAL", "names", names) == {"阀体"} and len(builds) == 1, "another form's write"
    with store.transaction():
        store.put("BD_MATERIAL", 1, "A", {"FNumber": "A", "FName": "阀体 改"})
    assert store.derived("BD_MATERIAL", "names", names) == {"阀体 改"}
    store.close()


async def test_a_material_saved_over_the_webapi_is_seen_by_the_next_query(k3_fresh_url: str) -> None:
    import httpx

    from .helpers import K3

    k3 = K3(httpx.AsyncClient(base_url=k3_fresh_url))
    await k3.login()
    assert await k3.query("BD_MATERIAL", "FNumber", "FNumber = '99.99.0001'") == []  # its index is now kept
    await k3.ok("Save", "BD_MATERIAL", {"Model": {"FMATERIALID": 0, "FNumber": "99.99.0001", "FName": "新物料"}})
    rows = await k3.query("BD_MATERIAL", "FNumber,FName", "FNumber = '99.99.0001'")
    assert rows == [["99.99.0001", "新物料"]], "a base-data save is seen by the next query"
    await k3.http.aclose()
