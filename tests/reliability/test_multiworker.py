"""Hazards of running several workers on one database: the inbox, start-up recovery, the material index and
learned aliases. Each test plays several workers with separate connections (or separate processes)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from agent.service import Handled
from api.inbox import Inbox
from api.runtime import Runtime
from dingk3.db import Database, connect
from dingk3.paths import REPO_ROOT
from tests.conftest import plant_clock_at


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        return str(request.getfixturevalue("pg_url"))
    return f"sqlite:///{tmp_path / 'dingk3.db'}"


def _robot(msg_id: str, text: str = "查询 MO20261102", user: str = "u2001") -> dict[str, Any]:
    return {
        "msgtype": "text", "text": {"content": text}, "msgId": msg_id, "conversationId": f"cid-{user}",
        "conversationType": "1", "senderStaffId": user, "createAt": int(time.time() * 1000),
    }  # fmt: skip


def _race(n: int, fn: Any) -> list[Any]:
    """`fn(k)` on n threads released at the same moment; each result, or the exception it raised."""
    barrier = threading.Barrier(n)
    results: list[Any] = [None] * n

    def run(k: int) -> None:
        barrier.wait()
        try:
            results[k] = fn(k)
        except Exception as exc:  # the bugs: a primary-key violation instead of "duplicate" / "busy"
            results[k] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


# --------------------------------------------------------------------------- hazard 1: inbox accept races


def test_concurrent_accept_of_one_message_is_one_true_and_no_error(db_url: str) -> None:
    """N workers receive the same msgId at the same moment: exactly one stores it, the others say duplicate."""
    workers = 6
    dbs = [connect(db_url) for _ in range(workers)]
    inboxes = [Inbox(d) for d in dbs]
    try:
        for round_ in range(15):
            msg_id = f"m-{round_}"
            results = _race(workers, lambda k, m=msg_id: inboxes[k].accept(m, "robot", _robot(m)))
            errors = [r for r in results if isinstance(r, Exception)]
            assert not errors, f"round {round_}: {errors[0]!r}"
            assert results.count(True) == 1 and results.count(False) == workers - 1
    finally:
        for d in dbs:
            d.close()


# --------------------------------------------------------------------------- hazard 2: start-up recovery


class _CountingService:
    """Stands in for the agent: counts what it handled; `gate` (if set) holds the handler until released."""

    def __init__(self, seen: list[str], gate: threading.Event | None = None) -> None:
        self.seen = seen
        self.gate = gate
        self.started = threading.Event()

    async def handle_message(self, inc: Any, *, quoted: str = "") -> Handled:
        self.seen.append(inc.message_id)
        self.started.set()
        if self.gate is not None:
            while not self.gate.is_set():
                await asyncio.sleep(0.01)
        await asyncio.sleep(0.001)
        return Handled(messages=[], thread_id="t", ms=1.0)


def _runtime(db: Database, service: Any, **kw: Any) -> Runtime:
    settings = SimpleNamespace(
        dingtalk_card_template_id="",
        dingtalk_mode="http",
        timezone="Asia/Shanghai",
        webhook_hosts=frozenset(),
        public_url="",
    )
    res = SimpleNamespace(
        settings=settings, db=db, service=service, k3=SimpleNamespace(calls=0),
        ctx=SimpleNamespace(proposals=SimpleNamespace(get=lambda _pid: None), clock=plant_clock_at()),
    )  # fmt: skip
    return Runtime(res, SimpleNamespace(), **kw)  # type: ignore[arg-type]


def _legacy_new_rows(db: Database, n: int) -> list[str]:
    """Rows as a crashed process left them: stored before the ack, never finished."""
    Inbox(db)
    ids = [f"left-{k:03d}" for k in range(n)]
    now = plant_clock_at().utc().isoformat()
    for msg_id in ids:
        db.execute(
            "INSERT INTO inbox (msg_id, kind, body, received_at, status) VALUES (?, 'robot', ?, ?, 'new')",
            (msg_id, json.dumps(_robot(msg_id)), now),
        )
    return ids


async def test_workers_starting_together_recover_each_message_once(db_url: str) -> None:
    setup = connect(db_url)
    ids = _legacy_new_rows(setup, 40)
    seen: list[str] = []
    dbs = [connect(db_url) for _ in range(4)]
    runtimes = [_runtime(d, _CountingService(seen)) for d in dbs]
    try:
        counts = await asyncio.gather(*(r.recover() for r in runtimes))
        for r in runtimes:
            await r.drain()
        assert sum(counts) == len(ids)
        assert sorted(seen) == sorted(ids), "every message handled exactly once"
        left = setup.fetchall("SELECT msg_id FROM inbox WHERE status <> 'done'")
        assert left == []
    finally:
        for r in runtimes:
            await r.close()
        for d in (setup, *dbs):
            d.close()


async def test_a_starting_worker_does_not_steal_a_live_workers_message(db_url: str) -> None:
    db_a, db_b = connect(db_url), connect(db_url)
    gate = threading.Event()
    seen_a: list[str] = []
    seen_b: list[str] = []
    a = _runtime(db_a, _CountingService(seen_a, gate))
    b = _runtime(db_b, _CountingService(seen_b))
    try:
        assert await a.accept_robot(_robot("inflight-1"))
        while not seen_a:
            await asyncio.sleep(0.01)
        assert await b.recover() == 0, "worker B must not take A's in-flight message"
        gate.set()
        await a.drain()
        await b.drain()
        assert seen_a == ["inflight-1"] and seen_b == []
    finally:
        gate.set()
        await a.close()
        await b.close()
        db_a.close()
        db_b.close()


class _UnderwayService(_CountingService):
    """The agent had carried every input past understanding (a confirmed write to finish)."""

    async def underway(self, inc: Any, *, click: Any = None) -> bool:
        return True


@pytest.mark.parametrize(
    ("service", "handled", "status"),
    [(_CountingService, [], "quarantined"), (_UnderwayService, ["orphan-1"], "done")],
    ids=["died-with-it", "underway"],
)
async def test_a_dead_workers_claims_are_taken_over_after_they_expire(
    db_url: str, service: type[_CountingService], handled: list[str], status: str
) -> None:
    """Taken over once the claim ran out: finished when the agent had it underway, else set aside (the input may be
    what killed its worker: issue 12 §1), never run again."""
    db_dead, db_b = connect(db_url), connect(db_url)
    dead = Inbox(db_dead, owner="dead-worker", claim_s=0.3)
    assert dead.accept("orphan-1", "robot", _robot("orphan-1"))  # stored and claimed, then the worker died
    seen: list[str] = []
    b = _runtime(db_b, service(seen))
    try:
        assert await b.recover() == 0, "the claim is still fresh"
        await asyncio.sleep(0.4)
        assert await b.recover() == 1
        await b.drain()
        assert seen == handled
        assert db_b.fetchone("SELECT status FROM inbox WHERE msg_id = 'orphan-1'") == {"status": status}
        assert await b.recover() == 0, "nothing left to take"
        if status == "quarantined":
            assert [r["msg_id"] for r in Inbox(db_b).quarantined()] == ["orphan-1"]
            assert Inbox(db_b).retry("orphan-1")
            assert await b.recover() == 1
            await b.drain()
            assert seen == ["orphan-1"], "retried by an operator: handled as new"
    finally:
        await b.close()
        db_dead.close()
        db_b.close()


async def test_an_input_is_never_taken_more_than_max_attempts_times(db_url: str) -> None:
    """Even an input the agent had underway: its workers died each time, it is set aside."""
    from api.inbox import MAX_ATTEMPTS

    db_dead, db_b = connect(db_url), connect(db_url)
    dead = Inbox(db_dead, owner="dead-worker", claim_s=0.01)
    assert dead.accept("loop-1", "robot", _robot("loop-1"))
    db_dead.execute("UPDATE inbox SET attempts = ? WHERE msg_id = 'loop-1'", (MAX_ATTEMPTS,))
    await asyncio.sleep(0.05)
    seen: list[str] = []
    b = _runtime(db_b, _UnderwayService(seen))
    try:
        assert await b.recover() == 0
        assert seen == []
        assert db_b.fetchone("SELECT status FROM inbox WHERE msg_id = 'loop-1'") == {"status": "quarantined"}
    finally:
        await b.close()
        db_dead.close()
        db_b.close()


async def test_a_long_message_keeps_its_claim_alive(db_url: str) -> None:
    """A worker inside a slow K/3 call renews its claims, so no other worker takes the message over."""
    db_a, db_b = connect(db_url), connect(db_url)
    gate = threading.Event()
    seen_a: list[str] = []
    seen_b: list[str] = []
    a = _runtime(db_a, _CountingService(seen_a, gate), claim_s=0.4)
    b = _runtime(db_b, _CountingService(seen_b), claim_s=0.4)
    try:
        assert await a.accept_robot(_robot("slow-1"))
        for _ in range(6):  # 1.2 s: three claim periods
            await asyncio.sleep(0.2)
            assert await b.recover() == 0
        gate.set()
        await a.drain()
        assert seen_a == ["slow-1"] and seen_b == []
    finally:
        gate.set()
        await a.close()
        await b.close()
        db_a.close()
        db_b.close()


# --------------------------------------------------------------------------- hazard 3: the material index


_OPEN_INDEX = """
import sys
from pathlib import Path
from dingk3.config import Settings
from agent.bootstrap import open_resolvers
m, _ = open_resolvers(Settings(state_dir=Path(sys.argv[1])), pull=False)
print(m.embedded_on_open, len(m), m.resolve("HV-3250").verdict)
"""


@pytest.mark.slow
def test_workers_opening_a_new_index_together_build_it_once(index_template: Path, tmp_path: Path) -> None:
    import shutil

    state = tmp_path / "state"
    (state / "index").mkdir(parents=True)  # the catalogue as pulled from K/3, and no index built from it yet
    shutil.copyfile(index_template / "index" / "catalog.db", state / "index" / "catalog.db")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_INDEX, str(state)],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={"ANONYMIZED_TELEMETRY": "False", "PATH": "/usr/bin:/bin"},
        )
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-2000:] for _, err in outs]
    embedded = [int(out.split()[0]) for out, _ in outs]
    size = int(outs[0][0].split()[1])
    assert sum(embedded) == size, f"built {embedded} times over: the index must be built once"
    assert all(out.split()[2] == "resolved" for out, _ in outs)


def test_an_alias_learned_in_one_worker_resolves_in_the_others(
    db_url: str, index_template: Path, tmp_path: Path
) -> None:
    import shutil

    from agent.bootstrap import attach_alias_store, open_resolvers
    from dingk3.config import Settings

    state = tmp_path / "state"
    shutil.copytree(index_template, state)
    db_a, db_b, db_c = connect(db_url), connect(db_url), connect(db_url)
    try:
        worker_a, _ = open_resolvers(Settings(state_dir=state), pull=False)
        worker_b, _ = open_resolvers(Settings(state_dir=state), pull=False)
        attach_alias_store(worker_a, db_a)
        attach_alias_store(worker_b, db_b)
        phrase = "老王那种阀体"
        assert worker_b.resolve(phrase).verdict != "resolved"
        worker_a.learn(phrase, "01.01.0011", user="u1001")
        r = worker_b.resolve(phrase)
        assert r.verdict == "resolved" and r.best is not None and r.best.number == "01.01.0011"
        # and a worker started later sees it too
        worker_c, _ = open_resolvers(Settings(state_dir=state), pull=False)
        attach_alias_store(worker_c, db_c)
        assert worker_c.resolve(phrase).best.number == "01.01.0011"  # type: ignore[union-attr]
    finally:  # every pool closed here: one left to the garbage collector ends in its own thread, in a later test
        db_a.close()
        db_b.close()
        db_c.close()


# --------------------------------------------------------------------------- hazard 4: leases and start-up DDL


def test_concurrent_lease_requests_give_one_holder_and_no_error(db_url: str) -> None:
    workers = 6
    dbs = [connect(db_url) for _ in range(workers)]
    try:
        for round_ in range(15):
            results = _race(workers, lambda k, name=f"thread:t{round_}": dbs[k].try_lease(name, 30.0, f"owner-{k}"))
            assert not [r for r in results if isinstance(r, Exception)], results
            assert results.count(True) == 1
        assert dbs[0].try_lease("expired", 0.0, "a") and dbs[1].try_lease("expired", 10.0, "b"), "expired: free"
        assert dbs[0].try_lease("expired", 10.0, "b"), "the holder renews"
        assert not dbs[0].try_lease("expired", 10.0, "a")
    finally:
        for d in dbs:
            d.close()


@pytest.mark.postgres
def test_workers_creating_the_tables_at_once_do_not_fail(pg_url: str) -> None:
    """Every worker runs the start-up DDL; on PostgreSQL, CREATE TABLE IF NOT EXISTS races with itself."""
    from agent.audit import AuditLog
    from agent.proposals import ProposalStore
    from agent.threads import Threads

    workers = 6
    dbs = [connect(pg_url) for _ in range(workers)]
    barrier = threading.Barrier(workers)
    errors: list[Exception] = []

    def start(k: int) -> None:
        barrier.wait()
        try:
            Inbox(dbs[k])
            ProposalStore(dbs[k])
            Threads(dbs[k])
            AuditLog(dbs[k])
            dbs[k].try_lease("x", 1.0, f"w{k}")
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(k,)) for k in range(workers)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors, errors
    finally:
        for d in dbs:
            d.close()


@pytest.mark.postgres
async def test_workers_setting_up_the_checkpointer_at_once_do_not_fail(pg_url: str) -> None:
    from agent.checkpoint import open_checkpointer

    async def one() -> None:
        async with open_checkpointer(pg_url):
            pass

    await asyncio.gather(*(one() for _ in range(4)))
