"""The watcher against the K/3 emulator: changes made through the WebAPI become events exactly once,
across a watcher restart, including changes in the cursor's own second."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from tests.api.events_support import FakeClock, pipeline, rules
from tests.conftest import TEST_NOW
from tools.k3 import K3Client, K3Config, OrderAction, OrderStatus

RULES = """
groups: {default: cid-plant, WS01: cid-ws01}
rules:
  - name: all order events to the workshop group
    events: [created, released, started, finished, closed, output_reported, bom_short]
    to: [workshop_group]
  - name: exceptions to PMC
    events: [overdue, stuck, stock_below_safety]
    to: [role:pmc]
"""


@pytest.fixture
async def k3(k3_fresh_url: str) -> AsyncIterator[K3Client]:
    config = K3Config(
        base_url=k3_fresh_url, acct_id="demo", username="demo", app_id="300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX",
        app_secret="0123456789abcdef0123456789abcdef", timeout_s=10, retry_wait_s=0.01, settle_s=0.05,
    )  # fmt: skip
    async with K3Client(config) as client:
        yield client


def key() -> str:
    return uuid.uuid4().hex


def summary(events: list[object]) -> Counter[tuple[str, str]]:
    return Counter((e.kind, e.bill_no) for e in events)  # type: ignore[attr-defined]


async def test_changes_become_events_once_across_a_restart(k3: K3Client, tmp_path: Path) -> None:
    db_path, clock, config = tmp_path / "events.db", FakeClock(), rules(RULES)
    watcher, outbox, store = pipeline(db_path, k3, config, clock)

    # the first poll is a baseline: every order is recorded, nobody is told about the 40 existing ones
    assert await watcher.poll_once() == []
    assert outbox.counts() == {}
    assert len(store.snapshots()) == 40

    created = (await k3.list_orders(status=OrderStatus.created))[0].bill_no
    released = (await k3.list_orders(status=OrderStatus.released))[0].bill_no
    started = [o.bill_no for o in await k3.list_orders(status=OrderStatus.started)][:2]
    new = await k3.create_production_order(
        material="01.01.0001", qty=50_000, workshop="WS01", plan_finish=TEST_NOW.date() + timedelta(days=20),
        idempotency_key=key(),
    )  # fmt: skip
    await k3.change_order_status(created, OrderAction.release, idempotency_key=key())
    await k3.change_order_status(released, OrderAction.start, idempotency_key=key())
    await k3.report_output(started[0], good_qty=30, scrap_qty=2, idempotency_key=key())
    await k3.change_order_status(started[1], OrderAction.finish, idempotency_key=key())

    events = await watcher.poll_once()
    assert summary(events) == Counter({
        ("created", new.bill_no): 1, ("bom_short", new.bill_no): 1, ("released", created): 1,
        ("started", released): 1, ("output_reported", started[0]): 1, ("finished", started[1]): 1,
    })  # fmt: skip
    report = next(e for e in events if e.kind == "output_reported")
    assert (report.facts["good"], report.facts["scrap"]) == (30, 2)
    queued = outbox.counts()["pending"]
    assert queued == len(events)  # one group message each

    # the same process polls again: nothing new; a restarted watcher (new objects, same DB): nothing either
    assert await watcher.poll_once() == []
    watcher2, outbox2, _ = pipeline(db_path, k3, config, clock)
    assert await watcher2.poll_once() == []
    assert outbox2.counts()["pending"] == queued

    # the restarted watcher sees the next change, once
    await k3.change_order_status(created, OrderAction.start, idempotency_key=key())
    assert summary(await watcher2.poll_once()) == Counter({("started", created): 1})
    assert await watcher2.poll_once() == []


async def test_a_change_in_the_cursors_own_second_is_not_missed(k3: K3Client, tmp_path: Path) -> None:
    clock = FakeClock()
    watcher, _, store = pipeline(tmp_path / "events.db", k3, rules(RULES), clock, overlap_s=0)
    await watcher.poll_once()
    first, second = [o.bill_no for o in await k3.list_orders(status=OrderStatus.released)][:2]
    await k3.change_order_status(first, OrderAction.start, idempotency_key=key())
    assert summary(await watcher.poll_once()) == Counter({("started", first): 1})
    cursor = store.get("cursor")
    # K/3 stamps to the second: this write most likely lands in the cursor's second, and must still be seen
    await k3.change_order_status(second, OrderAction.start, idempotency_key=key())
    assert summary(await watcher.poll_once()) == Counter({("started", second): 1})
    assert store.get("cursor") >= cursor  # type: ignore[operator]


async def test_time_based_alerts_fire_once_and_resolve(k3: K3Client, tmp_path: Path) -> None:
    db_path, clock, config = tmp_path / "events.db", FakeClock(), rules(RULES)
    watcher, outbox, store = pipeline(db_path, k3, config, clock)
    await watcher.poll_once()
    waiting = {o.bill_no for o in await k3.list_orders(status=[OrderStatus.created, OrderStatus.released])}
    clock.advance(5 * 3600)  # past both limits: created 2 h, released 4 h
    events = await watcher.poll_once()
    assert {e.bill_no for e in events if e.kind == "stuck"} == waiting
    assert await watcher.poll_once() == []
    restarted, _, _ = pipeline(db_path, k3, config, clock)
    assert await restarted.poll_once() == []
    # releasing one of them clears its stuck alert on the next poll
    still_created = {o.bill_no for o in await k3.list_orders(status=OrderStatus.created)}
    bill = sorted(waiting & still_created)[0]
    await k3.change_order_status(bill, OrderAction.release, idempotency_key=key())
    assert summary(await restarted.poll_once()) == Counter({("released", bill): 1})
    open_stuck = {x.bill_no for x in store.open_exceptions() if x.kind == "stuck"}
    assert bill not in open_stuck and open_stuck == waiting - {bill}
    assert outbox.counts()["pending"] >= len(waiting) * 2  # each stuck alert to both PMC planners
