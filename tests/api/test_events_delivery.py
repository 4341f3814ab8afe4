"""Outbox delivery against the DingTalk simulator over HTTP: failures, throttling, the robot's 20/min limit and
a worker crash; every message arrives exactly once and in order per recipient (OpenAPI's documented window aside)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from agent.events.routing import Robot
from api.events.channels import DingTalkSender
from api.events.dispatch import fold_held
from api.events.outbox import Outbox, OutboxRow, OutboxWorker
from dingk3.db import Database
from sim.dingtalk import SimConfig
from sim.dingtalk import create_app as create_dingtalk
from sim.dingtalk.driver import SimChat
from sim.server import ServerThread
from tests.api.events_support import FakeClock
from tools.dingtalk import DingTalkClient

ROBOT = Robot(webhook="/robot/send?access_token=demo-robot-token", secret="SECdemo-custom-robot-secret")


@dataclass
class Sim:
    url: str
    chat: SimChat
    clock: FakeClock
    group: str


@pytest.fixture
def sim() -> Iterator[Sim]:
    clock = FakeClock(1_000_000.0)
    app = create_dingtalk(SimConfig(), robot_clock=clock)
    with ServerThread(app) as server, SimChat(server.url) as chat:
        yield Sim(server.url, chat, clock, chat.conversation_id("group"))


@pytest.fixture
async def client(sim: Sim) -> AsyncIterator[DingTalkClient]:
    async with DingTalkClient("dingk3demo", "demo-dingtalk-secret", sim.url, sim.url, retries=0) as c:
        yield c


def make_worker(db_path: Path, client: DingTalkClient, clock: FakeClock, sender: Any = None) -> OutboxWorker:
    outbox = Outbox(Database(f"sqlite:///{db_path}"), clock)
    return OutboxWorker(
        outbox, sender or DingTalkSender(client, {"plant": ROBOT}), fold=fold_held, max_attempts=5, backoff_s=2,
        claim_s=30, robot_rate_per_min=20,
    )  # fmt: skip


def enqueue(outbox: Outbox, channel: str, address: str, n: int, prefix: str) -> list[str]:
    titles = [f"{prefix}-{i:02d}" for i in range(n)]
    with outbox.db.transaction() as tx:
        for t in titles:
            outbox.enqueue(tx, msg_key=f"{channel}:{address}:{t}", channel=channel, address=address, title=t,
                           markdown=f"#### {t}\n正文 {t}")  # fmt: skip
    return titles


async def drain(worker: OutboxWorker, clock: FakeClock, *, step_s: float = 20, rounds: int = 200) -> None:
    for _ in range(rounds):
        await worker.run_once()
        counts = worker.outbox.counts()
        if not counts.get("pending") and not counts.get("sending") and not counts.get("held"):
            return
        clock.advance(step_s)
    raise AssertionError(f"outbox never drained: {worker.outbox.counts()}")


def received(sim: Sim, conversation: str = "group", user: str = "u1001", prefix: str = "") -> list[str]:
    titles = [m.title for m in sim.chat.messages(conversation, user=user) if m.is_bot or m.sender == "__custom__"]
    return [t for t in titles if t.startswith(prefix)]


async def test_failures_and_throttling_still_deliver_each_message_once_in_order(
    sim: Sim, client: DingTalkClient, tmp_path: Path
) -> None:
    worker = make_worker(tmp_path / "o.db", client, sim.clock)
    group = enqueue(worker.outbox, "group", sim.group, 8, "G")
    u1 = enqueue(worker.outbox, "user", "u1001", 6, "A")
    u2 = enqueue(worker.outbox, "user", "u1002", 6, "B")
    sim.chat.faults(fail_next=5, throttle_next=3, throttle_wait_s=0)
    await drain(worker, sim.clock)
    assert received(sim, prefix="G") == group
    assert received(sim, "dm", "u1001", "A") == u1
    assert received(sim, "dm", "u1002", "B") == u2
    rows = worker.outbox.rows(limit=100)
    assert {r.status for r in rows} == {"sent"} and all(r.receipt for r in rows)  # processQueryKey recorded
    assert worker.failed >= 5


async def test_a_message_that_keeps_failing_is_dead_lettered_and_replayed(
    sim: Sim, client: DingTalkClient, tmp_path: Path
) -> None:
    worker = make_worker(tmp_path / "o.db", client, sim.clock)
    enqueue(worker.outbox, "group", "cid-not-a-group", 1, "X")  # DingTalk refuses it every time
    titles = enqueue(worker.outbox, "group", sim.group, 2, "G")
    await drain(worker, sim.clock)
    (dead,) = worker.outbox.rows(status="dead")
    assert dead.attempts == 5 and "robot is not in this conversation" in dead.last_error
    assert received(sim, prefix="G") == titles  # other recipients never wait for a dead queue
    with worker.outbox.db.transaction() as tx:
        tx.execute("UPDATE outbox SET address = ?, queue = ? WHERE id = ?", (sim.group, f"group:{sim.group}", dead.id))
    assert worker.outbox.retry([dead.id]) == 1
    await drain(worker, sim.clock)
    assert received(sim, prefix="X") == ["X-00"]


async def test_custom_robot_rate_limit_queues_and_never_drops(sim: Sim, client: DingTalkClient, tmp_path: Path) -> None:
    worker = make_worker(tmp_path / "o.db", client, sim.clock)
    # someone else used 18 of this robot's 20 sends in the current minute: DingTalk blocks us after 2 (410100)
    for i in range(18):
        await client.send_custom_robot(sim.url + ROBOT.webhook, ROBOT.secret, f"other {i}", title=f"other-{i}")
    titles = enqueue(worker.outbox, "robot", "plant", 45, "R")
    sent_per_pass: list[int] = []
    for _ in range(100):
        sent_per_pass.append(await worker.run_once())
        if not worker.outbox.counts().get("pending"):
            break
        sim.clock.advance(30)
    assert received(sim, prefix="R") == titles
    assert sent_per_pass[0] == 2 and 0 in sent_per_pass  # 410100 after 2, then the 10-minute block waited out
    assert max(sent_per_pass) <= 20  # our own limiter never lets more than 20 out in a minute
    # the 410100 block was waited out (10 minutes), not counted as a failure
    assert all(r.attempts == 1 for r in worker.outbox.rows(limit=100))


class _Crash(BaseException):
    """A worker dying mid-batch (BaseException: nothing in the worker catches it)."""


class CrashingSender:
    """Sends for real, but dies before (`when="before"`) or after (`when="after"`) the n-th send."""

    def __init__(self, inner: DingTalkSender, n: int, when: str) -> None:
        self.inner, self.n, self.when, self.calls = inner, n, when, 0

    async def send(self, row: OutboxRow) -> str:
        self.calls += 1
        if self.calls == self.n and self.when == "before":
            raise _Crash
        receipt = await self.inner.send(row)
        if self.calls == self.n and self.when == "after":
            raise _Crash
        return receipt


@pytest.mark.parametrize(
    ("channel", "when", "copies"),
    [
        ("robot", "after", 1),  # DingTalk took it, we never marked it: the resend carries the same msgUuid
        ("robot", "before", 1),
        ("group", "before", 1),
        ("group", "after", 2),  # OpenAPI has no idempotency key: the documented at-least-once window
    ],
)
async def test_nothing_is_lost_across_a_worker_crash(
    sim: Sim, client: DingTalkClient, tmp_path: Path, channel: str, when: str, copies: int
) -> None:
    db_path = tmp_path / "o.db"
    address = "plant" if channel == "robot" else sim.group
    first = make_worker(db_path, client, sim.clock)
    titles = enqueue(first.outbox, channel, address, 6, "C")
    first.sender = CrashingSender(DingTalkSender(client, {"plant": ROBOT}), 3, when)
    with pytest.raises(_Crash):
        await first.run_once()
    assert [r.status for r in sorted(first.outbox.rows(limit=10), key=lambda r: r.id)][:4] == [
        "sent", "sent", "sending", "pending"
    ]  # fmt: skip
    # a new worker on the same database: the dead worker's claim runs out, and it sends the rest in order
    second = make_worker(db_path, client, sim.clock)
    assert await second.run_once() == 0  # the claim is still live
    sim.clock.advance(31)
    await drain(second, sim.clock)
    got = received(sim, prefix="C")
    assert sorted(set(got)) == titles and got.count("C-02") == copies
    assert [t for i, t in enumerate(got) if t not in got[:i]] == titles  # first arrivals in order


async def test_quiet_hours_hold_then_one_digest(sim: Sim, client: DingTalkClient, tmp_path: Path) -> None:
    worker = make_worker(tmp_path / "o.db", client, sim.clock)
    until = sim.clock() + 3600
    with worker.outbox.db.transaction() as tx:
        for i in range(3):
            worker.outbox.enqueue(tx, msg_key=f"q{i}", channel="user", address="u1001", title=f"Q-{i}",
                                  markdown=f"#### Q-{i}\n**MO2026110{i}** 订单逾期", hold_until=until)  # fmt: skip
    assert await worker.run_once() == 0
    sim.clock.advance(3601)
    await drain(worker, sim.clock)
    msgs = [m for m in sim.chat.messages("dm", user="u1001") if m.is_bot]
    assert [m.title for m in msgs] == ["免打扰期间 3 条通知"]
    assert all(f"MO2026110{i}" in msgs[0].text for i in range(3))
    assert sorted(worker.outbox.counts().items()) == [("merged", 3), ("sent", 1)]


async def test_worker_passes_are_concurrent_safe(sim: Sim, client: DingTalkClient, tmp_path: Path) -> None:
    """Two workers on one database at once (two API processes): still once each, in order."""
    a = make_worker(tmp_path / "o.db", client, sim.clock)
    b = make_worker(tmp_path / "o.db", client, sim.clock)
    titles = enqueue(a.outbox, "group", sim.group, 10, "P")
    for _ in range(20):
        await asyncio.gather(a.run_once(), b.run_once())
    assert received(sim, prefix="P") == titles


@pytest.mark.postgres
async def test_outbox_and_event_tables_on_postgres(sim: Sim, client: DingTalkClient, pg_url: str) -> None:
    from agent.events.models import Event
    from api.events.store import EventStore

    db = Database(pg_url)
    try:
        worker = OutboxWorker(Outbox(db, sim.clock), DingTalkSender(client, {"plant": ROBOT}), fold=fold_held,
                              backoff_s=2)  # fmt: skip
        titles = enqueue(worker.outbox, "group", sim.group, 4, "PG")
        robot = enqueue(worker.outbox, "robot", "plant", 3, "PR")
        assert enqueue(worker.outbox, "group", sim.group, 4, "PG") == titles  # same keys: written once
        sim.chat.faults(fail_next=2)
        await drain(worker, sim.clock)
        assert received(sim, prefix="PG") == titles and received(sim, prefix="PR") == robot
        store = EventStore(db)
        e = Event(id="overdue:MO1:x", kind="overdue", key="overdue:MO1", at=sim.clock.local(), bill_no="MO1")
        with db.transaction() as tx:
            assert store.log(tx, e) and not store.log(tx, e)
        assert [x.id for x in store.open_exceptions()] == [e.id]
    finally:
        db.close()
