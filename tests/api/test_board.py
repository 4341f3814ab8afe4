"""The order health board in headless Chromium over the real stack, and the chat's `查询 MO…` link into it;
the agent's confirmed write reaches the workshop group through the event pipeline at once."""

from __future__ import annotations

import asyncio
import csv
import os
import re
import shutil
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.events.models import Event, OrderSnapshot
from api.events.store import EventStore
from dingk3.clock import Clock
from dingk3.db import Database
from dingk3.paths import DEMO_DATA_DIR, REPO_ROOT
from tests.api.conftest import Stack, start_stack
from tools.k3 import K3Client, OrderChange

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]  # fmt: skip
OVERDUE_DAYS = {"MO20261101": 3, "MO20261102": 1}  # made overdue by this many days on the plant's today


@pytest.fixture
def board_stack(k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock) -> Iterator[Stack]:
    yield from start_stack(
        k3_fresh_url, tmp_path / "state", resolvers, public_url="{api_url}", board_cache_s=0, clock=plant_clock
    )


def _seed(stack: Stack, clock: Clock) -> dict[str, Any]:
    """Two more orders made overdue through the K/3 WebAPI; two created orders the watcher has seen for 5 hours;
    two open exceptions in the event log."""

    async def k3_side() -> list[Any]:
        async with K3Client.from_settings(stack.settings) as k3:
            for bill, days in OVERDUE_DAYS.items():
                due = clock.today() - timedelta(days=days)
                await k3.update_order(bill, OrderChange(plan_finish=due), idempotency_key=uuid.uuid4().hex)
            return await k3.list_orders()

    orders = asyncio.run(k3_side())
    now = clock.local()
    db = Database(stack.settings.resolved_database_url)
    store = EventStore(db)
    created_ws03 = [o for o in orders if o.status.value == "created" and o.workshop == "WS03"]
    with db.transaction() as tx:
        for o in created_ws03:
            store.save_snapshot(tx, OrderSnapshot.of(o, state_since=now - timedelta(hours=5)), now)
        store.log(
            tx,
            Event(
                id="stock_low:01.01.0001@x",
                kind="stock_below_safety",
                key="stock_low:01.01.0001",
                at=now - timedelta(hours=3),
                severity="warning",
                material="01.01.0001",
                material_name="液压阀体",
                facts={"on_hand": 12, "safety": 100, "short": 88},
            ),
        )
        store.log(tx, Event(id="overdue:MO20261101:x", kind="overdue", key="overdue:MO20261101", bill_no="MO20261101",
                            workshop="WS02", at=now - timedelta(days=2), severity="critical"))  # fmt: skip
    db.close()
    return {"orders": orders, "stuck": {o.bill_no for o in created_ws03}}


def _expected(orders: list[Any], today: date, workshop: str = "") -> dict[str, int]:
    rows = [o for o in orders if not workshop or o.workshop == workshop]
    counts = Counter(o.status.value for o in rows)
    overdue = [o for o in rows if o.status.value in ("created", "released", "started") and o.plan_finish < today]
    return {**{s: counts[s] for s in ("created", "released", "started", "finished", "closed")}, "overdue": len(overdue)}


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
def test_board_in_chromium_shows_the_seeded_counts(board_stack: Stack, tmp_path: Path, plant_clock: Clock) -> None:
    from playwright.sync_api import sync_playwright

    seeded = _seed(board_stack, plant_clock)
    with open(DEMO_DATA_DIR / "orders.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(seeded["orders"]) == 40
    today = plant_clock.today()
    expected = _expected(seeded["orders"], today)
    assert 4 <= expected["overdue"] <= 6, "the demo story: a few orders late (two seeded so, two made so here)"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900}, locale="zh-CN")
        page.goto(board_stack.api_url + "/board#MO20261102")

        def count(name: str) -> int:
            return int(page.get_attribute(f"#count-{name}", "data-count") or -1)

        for name, n in expected.items():
            assert count(name) == n, name
        assert count("stuck") == 2 and count("exceptions") == 2
        assert page.locator("tr.order").count() == 40
        for bill in seeded["stuck"]:
            assert page.locator(f"tr#{bill} .tag.stuck").count() == 1
        assert page.locator("tr#MO20261101 .tag.overdue").inner_text() == "逾期3天"
        assert page.locator("#risk-list li[data-bill='MO20261101']").count() == 1  # overdue → at risk, with why
        assert "已逾期" in page.locator("#risk-list li[data-bill='MO20261101']").inner_text()
        assert page.locator("#exceptions li.exception").count() == 2
        assert page.evaluate("location.hash") == "#MO20261102"
        if os.environ.get("SAVE_SCREENSHOTS"):
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(REPO_ROOT / "docs" / "board.png"), full_page=False)
        # the workshop filter
        page.goto(board_stack.api_url + "/board?workshop=WS03")
        for name, n in _expected(seeded["orders"], today, "WS03").items():
            assert count(name) == n, name
        assert page.locator("tr.order").count() == sum(1 for o in seeded["orders"] if o.workshop == "WS03")
        assert page.locator("nav.filter a.on").inner_text() == "装配车间"
        # a phone: nothing wider than the screen except the scrollable tables
        phone = browser.new_page(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True)
        phone.goto(board_stack.api_url + "/board")
        assert phone.evaluate("document.body.scrollWidth") <= 390
        phone.screenshot(path=str(tmp_path / "phone.png"), full_page=True)
        browser.close()


def test_query_reply_links_to_the_board_row(board_stack: Stack) -> None:
    chat = board_stack.chat
    chat.send("u1001", "查询 MO20261102")
    reply = chat.wait_reply(containing="MO20261102")
    found = re.search(rf"\(({re.escape(board_stack.api_url)}/board\?t=[\w.-]+)#MO20261102\)", reply.text)
    assert found, reply.text  # a signed link to the order's row
    page = httpx.get(found.group(1), timeout=20, follow_redirects=True).text
    assert 'id="MO20261102"' in page and 'http-equiv="refresh"' in page


def test_a_confirmed_write_reaches_the_workshop_group_at_once(
    k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock
) -> None:
    """The agent's hook diffs the written order right away; the event loop delivers it to the group."""
    for stack in start_stack(k3_fresh_url, tmp_path / "state", resolvers, public_url="{api_url}",
                             watch_interval_s=3600, clock=plant_clock):  # fmt: skip
        chat = stack.chat
        group_before = len(chat.messages("group"))
        chat.send("u1001", "MO20261107 下达", conversation="group")
        proposal = chat.wait_reply(conversation="group", user="u1001")
        assert proposal.card is not None, proposal.text
        chat.click("confirm", user="u1001", card=proposal.card)
        chat.wait_reply(conversation="group", user="u1001", containing="已写入")
        # not the next poll (an hour away): the write itself raised the event
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            titles = [m.title for m in chat.messages("group")[group_before:]]
            if "订单已下达" in titles:
                break
            time.sleep(0.2)
        posted = [m for m in chat.messages("group")[group_before:] if m.title == "订单已下达"]
        assert len(posted) == 1 and "MO20261107" in posted[0].text
        assert f"{stack.api_url}/board#MO20261107" in posted[0].text
