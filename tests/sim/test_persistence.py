"""Data lives in the SQLite file: a restarted emulator sees earlier writes and does not seed twice."""

from __future__ import annotations

import httpx

from sim.k3cloud import EmulatorConfig, create_app
from sim.server import ServerThread

from .helpers import K3


async def _client(base: str) -> K3:
    k3 = K3(httpx.AsyncClient(base_url=base))
    await k3.login()
    return k3


async def test_restart_keeps_data_and_sequences(config: EmulatorConfig) -> None:
    with ServerThread(create_app(config)) as srv:
        k3 = await _client(srv.url + "/k3cloud/")
        first = await k3.started_order(qty=30)
        rid = await k3.push_report(first)
        await k3.fill_report(rid, good=10, scrap=1)
        await k3.ok("Submit", "PRD_MORPT", {"Ids": str(rid)})
        await k3.ok("Audit", "PRD_MORPT", {"Ids": str(rid)})
        before = await k3.order(first)
        await k3.http.aclose()
    with ServerThread(create_app(config)) as srv:
        k3 = await _client(srv.url + "/k3cloud/")
        assert await k3.order(first) == before
        assert before["FRptFinishQty"] == 11 and before["FStatus"] == 4
        assert len(await k3.query("PRD_MO", "FID")) == 41  # seeded once, plus ours
        assert len(await k3.query("BD_Department", "FDEPTID")) == 5
        second = await k3.new_order()
        assert int(second[-4:]) == int(first[-4:]) + 1
        await k3.http.aclose()


async def test_sessions_do_not_survive_a_restart(config: EmulatorConfig) -> None:
    with ServerThread(create_app(config)) as srv:
        http = httpx.AsyncClient(base_url=srv.url + "/k3cloud/")
        await K3(http).login()
    with ServerThread(create_app(config), port=0) as srv:
        http2 = httpx.AsyncClient(base_url=srv.url + "/k3cloud/", cookies=http.cookies)
        reply = await K3(http2).call("ExecuteBillQuery", data={"FormId": "PRD_MO", "FieldKeys": "FID"})
        assert reply[0][0]["Result"]["ResponseStatus"]["MsgCode"] == 1
        await http2.aclose()
    await http.aclose()


def test_database_file_is_sqlite_in_wal_mode(config: EmulatorConfig) -> None:
    import sqlite3

    create_app(config)
    conn = sqlite3.connect(config.db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT COUNT(*) FROM docs WHERE form = 'PRD_MO'").fetchone()[0] == 40
    finally:
        conn.close()
