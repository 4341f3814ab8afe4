"""The 09:00 digest: once per (recipient, date), after the hour only, each supervisor scoped to their workshop;
none on the plant's days off, and a catch-up on the first working day after; plus `dingk3 watch --once` and
`dingk3 outbox list/retry` end to end on a temp database."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.events.board import BoardSource, recent_reports
from api.events.digest import DailyDigest
from dingk3.calendar import PlantCalendar
from dingk3.cli import app as cli
from dingk3.clock import Clock
from dingk3.paths import DEMO_DATA_DIR
from sim.k3cloud import EmulatorConfig, create_app
from sim.server import ServerThread
from tests.api.events_support import DIRECTORY, TZ, FakeClock, pipeline, rules
from tools.directory import Workshops
from tools.k3 import K3Client, K3Config, OrderStatus

RULES = "groups: {default: cid-plant}\nrules: []\n"


def _config(url: str) -> K3Config:
    return K3Config(
        base_url=url, acct_id="demo", username="demo", app_id="300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX",
        app_secret="0123456789abcdef0123456789abcdef", timeout_s=10, retry_wait_s=0.01,
    )  # fmt: skip


@pytest.fixture
async def k3(k3_fresh_url: str) -> AsyncIterator[K3Client]:
    async with K3Client(_config(k3_fresh_url)) as client:
        yield client


def _at(day: str, hour: int = 9) -> float:
    """Epoch seconds of `hour`:00 on `day` in the plant."""
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=TZ).timestamp()


async def test_daily_digest_once_per_recipient_and_day(k3: K3Client, tmp_path: Path, plant_clock: Clock) -> None:
    # the seeded reports are stamped "now": start the clock the next day at 08:59, so they are yesterday's output
    today = plant_clock.local()
    clock = FakeClock(datetime.combine(today.date() + timedelta(days=1), datetime.min.time()).replace(
        hour=8, minute=59, tzinfo=TZ).timestamp())  # fmt: skip
    watcher, outbox, store = pipeline(tmp_path / "e.db", k3, rules(RULES), clock)
    await watcher.poll_once()
    started = (await k3.list_orders(status=OrderStatus.started))[0]
    await k3.report_output(started.bill_no, good_qty=7, scrap_qty=1, idempotency_key=uuid.uuid4().hex)
    board = BoardSource(k3, store, watcher.limits, tz=TZ, clock=clock, cache_s=0)
    workshops = Workshops.from_csv(DEMO_DATA_DIR / "workshops.csv")
    digest = DailyDigest(board, store, outbox, DIRECTORY, workshops, at="09:00", board_url="http://dk3/board",
                         local_now=clock.local)  # fmt: skip
    assert await digest.run_if_due() == 0  # 08:59
    clock.advance(60)
    recipients = {u.user_id for u in DIRECTORY if u.role in ("supervisor", "pmc")}
    assert await digest.run_if_due() == len(recipients) == 6
    assert await digest.run_if_due() == 0  # once a day
    clock.advance(3600)
    assert await digest.run_if_due() == 0
    rows = {r.address: r for r in outbox.rows(limit=50)}
    assert set(rows) == recipients and all(r.channel == "user" for r in rows.values())
    plant = rows["u1001"].markdown
    assert "生产日报" in plant and "昨日产出" in plant and "准时完工率" in plant and "交期风险订单" in plant
    assert "机加一车间" in plant and "装配车间" in plant
    ws03 = rows["u3000"].markdown  # 周敏 supervises 装配车间 only
    assert "（装配车间）" in ws03 and "机加一车间：" not in ws03
    # the next day: a new digest
    clock.advance(24 * 3600)
    assert await digest.run_if_due() == 6


async def test_no_digest_on_the_national_day_holiday_then_a_catch_up(tmp_path: Path) -> None:
    # A K/3 plant seeded on Wed 30 Sep 2026, on a clock the test moves: 国庆 1–7 Oct (chinese-calendar 2026), work
    # resumes Thu 8 Oct, Saturday 10 Oct is a make-up working day.
    clock = FakeClock(_at("2026-09-30", 10))
    app = create_app(EmulatorConfig(db_path=tmp_path / "k3.db", data_dir=DEMO_DATA_DIR), clock=clock)
    with ServerThread(app) as server:
        async with K3Client(_config(f"{server.url}/k3cloud/")) as k3:
            watcher, outbox, store = pipeline(tmp_path / "e.db", k3, rules(RULES), clock)
            await watcher.poll_once()
            started = (await k3.list_orders(status=OrderStatus.started))[0]
            seeded = [r for r in await recent_reports(k3, datetime(2026, 9, 30)) if r.workshop == started.workshop]
            await k3.report_output(started.bill_no, good_qty=7, scrap_qty=1, idempotency_key=uuid.uuid4().hex)
            board = BoardSource(k3, store, watcher.limits, tz=TZ, clock=clock, cache_s=0, calendar=PlantCalendar())
            digest = DailyDigest(board, store, outbox, DIRECTORY, Workshops.from_csv(DEMO_DATA_DIR / "workshops.csv"),
                                 at="09:00", local_now=clock.local, calendar=PlantCalendar())  # fmt: skip
            sent: dict[str, int] = {}
            for day in ("2026-10-01", "2026-10-03", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-10",
                        "2026-10-11", "2026-10-12"):  # fmt: skip
                clock.now = _at(day)
                sent[day] = await digest.run_if_due()
                assert await digest.run_if_due() == 0  # once a day
    assert sent == {"2026-10-01": 0, "2026-10-03": 0, "2026-10-07": 0, "2026-10-08": 6, "2026-10-09": 6,
                    "2026-10-10": 6, "2026-10-11": 0, "2026-10-12": 6}  # fmt: skip
    by_title = {r.title: r for r in outbox.rows(limit=100) if r.address == "u1001"}
    assert set(by_title) == {"生产日报 2026-09-30 至 2026-10-07", "生产日报 2026-10-08", "生产日报 2026-10-09",
                             "生产日报 2026-10-10 至 2026-10-11"}  # fmt: skip
    catch_up = by_title["生产日报 2026-09-30 至 2026-10-07"].markdown
    # 30 Sep's output (the seeded plant's and ours), whose digest fell on the holiday
    good, scrap = sum(r.good for r in seeded) + 7, sum(r.scrap for r in seeded) + 1
    assert f"{started.workshop_name}：良品 {good:,.0f}，不良 {scrap:,.0f}" in catch_up, catch_up
    assert "（补发：期间休息未发日报）" in catch_up
    assert "**昨日产出**\n- 昨日无报工" in by_title["生产日报 2026-10-08"].markdown  # back to one day: 8 Oct's


def test_cli_watch_once_and_outbox_replay(k3_fresh_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DINGK3_STATE_DIR", str(tmp_path))
    monkeypatch.setenv("DINGK3_K3_URL", k3_fresh_url)
    monkeypatch.setenv("DINGK3_DINGTALK_API", "http://127.0.0.1:9")  # nothing listens: sends fail
    monkeypatch.setenv("DINGK3_OUTBOX_MAX_ATTEMPTS", "1")
    monkeypatch.setenv("DINGK3_K3_TIMEZONE", "local")
    monkeypatch.setenv("DINGK3_DIGEST_TIME", "")
    runner = CliRunner()
    first = runner.invoke(cli, ["watch", "--once"])
    assert first.exit_code == 0, first.output
    assert "events 0" in first.output  # the baseline

    from api.events.outbox import Outbox
    from dingk3.db import Database

    box = Outbox(Database(f"sqlite:///{tmp_path / 'dingk3.db'}"))
    with box.db.transaction() as tx:
        box.enqueue(tx, msg_key="m1", channel="group", address="cid", title="T1", markdown="x")
    second = runner.invoke(cli, ["watch", "--once"])
    assert second.exit_code == 0 and "dead 1" in second.output, second.output
    listed = runner.invoke(cli, ["outbox", "list", "--status", "dead"])
    assert listed.exit_code == 0 and "group:cid" in listed.output and "T1" in listed.output
    (row,) = box.rows(status="dead")
    assert runner.invoke(cli, ["outbox", "retry"]).exit_code == 2
    replay = runner.invoke(cli, ["outbox", "retry", str(row.id)])
    assert replay.exit_code == 0 and "1 dead message" in replay.output
    assert box.counts() == {"pending": 1}
    assert runner.invoke(cli, ["outbox", "retry", "--all"]).exit_code == 0
