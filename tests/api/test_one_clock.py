"""One plant day everywhere: at 03:50 in the plant (19:50 UTC the day before) the board, a chat question about
overdue orders, new K/3 bills and the 09:00 digest all agree on what day it is, and on which orders are late."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from dingk3.clock import Clock
from dingk3.paths import DEMO_DATA_DIR
from sim.k3cloud import EmulatorConfig
from sim.k3cloud import create_app as create_k3
from sim.server import ServerThread
from tests.api.conftest import Stack, start_stack
from tests.conftest import PLANT_TZ, TEST_NOW
from tools.k3 import K3Client, OrderChange

# 03:50 on the day after the suite's plant day; in UTC it is still the evening before
EARLY = datetime.combine(TEST_NOW.date() + timedelta(days=1), datetime.min.time()).replace(
    hour=3, minute=50, tzinfo=TEST_NOW.tzinfo
)


@dataclass
class Hands:
    """Epoch seconds that move only when told."""

    t: float

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def early(tmp_path: Path, resolvers: Any) -> Iterator[tuple[Stack, Hands]]:
    hands = Hands(EARLY.timestamp())
    clock = Clock(PLANT_TZ, hands)
    k3 = create_k3(EmulatorConfig(db_path=tmp_path / "k3.db", data_dir=DEMO_DATA_DIR), clock=hands)
    with ServerThread(k3) as server:
        for stack in start_stack(f"{server.url}/k3cloud/", tmp_path / "state", resolvers, clock=clock,
                                 public_url="{api_url}", board_cache_s=0, watch_interval_s=1):  # fmt: skip
            yield stack, hands


def _k3(stack: Stack, work: Any) -> Any:
    async def run() -> Any:
        async with K3Client.from_settings(stack.settings) as k3:
            return await work(k3)

    return asyncio.run(run())


def test_at_0350_the_board_chat_k3_and_digest_agree_on_the_plants_day(early: tuple[Stack, Hands]) -> None:
    stack, hands = early
    today = EARLY.date()
    assert datetime.fromtimestamp(hands(), tz=None).astimezone(Clock("UTC").tz).date() < today, "UTC is a day behind"
    yesterday, tomorrow = today - timedelta(days=1), today + timedelta(days=1)

    async def plan(k3: K3Client) -> list[Any]:
        await k3.update_order("MO20261104", OrderChange(plan_finish=yesterday), idempotency_key=uuid.uuid4().hex)
        await k3.update_order("MO20261108", OrderChange(plan_finish=today), idempotency_key=uuid.uuid4().hex)
        await k3.update_order("MO20261111", OrderChange(plan_finish=tomorrow), idempotency_key=uuid.uuid4().hex)
        return await k3.list_orders()

    orders = {o.bill_no: o for o in _k3(stack, plan)}
    late = {b for b, o in orders.items() if o.is_open and o.plan_finish and o.plan_finish < today}
    assert "MO20261104" in late and not {"MO20261108", "MO20261111"} & late

    # the board: its stamp is the plant's time, and it marks exactly the late orders
    page = httpx.get(f"{stack.api_url}/board", timeout=20).text
    assert f"K/3 数据更新于 {today.isoformat()} 03:50" in page
    tagged = set(re.findall(r'<tr[^>]*id="(MO\d+)"[^>]*>(?:(?!</tr>).)*class="tag overdue"', page, re.S))
    assert tagged == late
    assert re.search(r'id="count-overdue"[^>]*data-count="(\d+)"', page).group(1) == str(len(late))  # type: ignore[union-attr]

    # the chat: the same orders, the same day
    chat = stack.chat
    chat.send("u1001", "今天有哪些逾期的订单", conversation="dm")
    reply = chat.wait_reply(conversation="dm", user="u1001").text
    assert today.isoformat() in reply and f"有 {len(late)} 张订单逾期" in reply
    assert "MO20261104" in reply and "逾期 1 天" in reply
    assert "MO20261108" not in reply and "MO20261111" not in reply

    # a new order is stamped with the plant's day by K/3, and 明天 is the plant's tomorrow
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 明天交", conversation="dm")
    card = chat.wait_reply(conversation="dm", user="u1001").card
    assert card is not None and tomorrow.isoformat() in card.markdown
    chat.click("confirm", user="u1001", card=card)
    if "审批" in chat.wait_reply(conversation="dm", user="u1001").text:  # a one-day order may be risky: approve it
        chat.click("approve", user="u1000", card=chat.last_card("dm", user="u1000", wait=True))
    done = chat.wait_reply(conversation="dm", user="u1001", containing="已写入").text
    bill = re.findall(r"MO\d{10}", done)[-1]
    assert bill.startswith(f"MO{today:%Y%m}")
    rows = _k3(stack, lambda k3: k3.query("PRD_MO", ["FDate", "FPlanStartDate"], f"FBillNo = '{bill}'"))
    assert [str(v)[:10] for v in rows[0].values()] == [today.isoformat()] * 2

    # the digest waits for 09:00 in the plant (the event loop ticks every second), then counts the same late orders
    time.sleep(3)
    assert not [m for m in chat.messages("dm", user="u1001") if m.title.startswith("生产日报")], "03:50 is not 09:00"
    hands.t = EARLY.replace(hour=9, minute=0, second=30).timestamp()
    digest = chat.wait_reply(conversation="dm", user="u1001", containing="生产日报", timeout_s=30).text
    assert f"**逾期订单**（今天 {today.isoformat()}）：{len(late)} 张" in digest and "MO20261104" in digest
    link = re.search(r"\((http[^)#]*/board\?t=[^)#]+)", digest)
    assert link, "the digest's board link is the reader's own signed link"
    assert httpx.get(link.group(1), timeout=20, follow_redirects=True).status_code == 200
