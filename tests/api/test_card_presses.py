"""Card buttons over real HTTP: a press after a K/3 failure is retried, a redelivered callback is dropped,
a double click gives one bill."""

from __future__ import annotations

import asyncio
import time

import httpx

from tests.api.conftest import Stack
from tools.k3 import K3Client


def _count(stack: Stack) -> int:
    async def count() -> int:
        async with K3Client.from_settings(stack.settings) as k3:
            return len(await k3.query("PRD_MO", ["FID"], ""))

    return asyncio.run(count())


def _faults(stack: Stack, **change: object) -> None:
    httpx.post(stack.k3_url + "_admin/faults", json=change).raise_for_status()


def _card_inputs(stack: Stack) -> int:
    """Card callbacks the API took in (a dropped redelivery adds none)."""
    db = stack.app.state.runtime.inbox.db
    return len(db.fetchall("SELECT msg_id FROM inbox WHERE kind = 'card'"))


def _wait_for(stack: Stack, text: str, user: str, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not any(text in m.text for m in stack.chat.messages("group", user=user) if m.is_bot):
        assert time.monotonic() < deadline, f"no bot message containing {text!r}"
        time.sleep(0.05)


def test_pressing_again_after_a_k3_failure_writes_once_and_a_redelivery_is_dropped(stack: Stack) -> None:
    chat = stack.chat
    before = _count(stack)
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 12月18日交", conversation="group")
    card = chat.wait_reply(conversation="group", user="u1001").card
    assert card is not None
    _faults(stack, fail_next=50)
    chat.click("confirm", user="u1001", card=card)
    chat.wait_reply(conversation="group", user="u1001", containing="稍后", timeout_s=30)
    _faults(stack, fail_next=0)
    assert _count(stack) == before
    again = chat.click("confirm", user="u1001", card=card)
    chat.wait_reply(conversation="group", user="u1001", containing="已写入", timeout_s=30)
    assert _count(stack) == before + 1
    inputs = _card_inputs(stack)
    chat.redeliver_click(again["delivery"])  # DingTalk sends the same callback once more
    chat.redeliver_click(again["delivery"])
    assert _card_inputs(stack) == inputs, "a redelivery is not a new press"
    assert _count(stack) == before + 1


def test_a_double_click_gives_one_bill(stack: Stack) -> None:
    chat = stack.chat
    before = _count(stack)
    chat.send("u1001", "建立生产订单 BOM-3020 数量30 12月19日交", conversation="group")
    card = chat.wait_reply(conversation="group", user="u1001").card
    assert card is not None
    chat.click("confirm", user="u1001", card=card)
    chat.click("confirm", user="u1001", card=card)
    _wait_for(stack, "已写入", "u1001")
    _wait_for(stack, "无需", "u1001")
    assert _card_inputs(stack) == 2, "both presses were taken in"
    assert _count(stack) == before + 1
