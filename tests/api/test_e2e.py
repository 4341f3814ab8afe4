"""DingK3 as a factory would switch it on: signed callbacks in, replies at the sessionWebhook, card clicks,
K/3 state checked through its WebAPI."""

from __future__ import annotations

import asyncio
import re

import httpx

from tests.api.conftest import Stack
from tools.k3 import K3Client

_BILL = re.compile(r"MO\d{10}")


def _order(stack: Stack, bill: str) -> object:
    async def get() -> object:
        async with K3Client.from_settings(stack.settings) as k3:
            return await k3.get_order(bill)

    return asyncio.run(get())


def _count(stack: Stack) -> int:
    async def count() -> int:
        async with K3Client.from_settings(stack.settings) as k3:
            return len(await k3.query("PRD_MO", ["FID"], ""))

    return asyncio.run(count())


def test_create_confirm_by_card_in_the_group(stack: Stack) -> None:
    chat = stack.chat
    before = _count(stack)
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 12月18日交", conversation="group")
    proposal = chat.wait_reply(conversation="group", user="u1001")
    assert proposal.card is not None and set(proposal.card.button_ids) >= {"confirm", "cancel"}
    assert "01.01.0011" in proposal.card.markdown
    assert _count(stack) == before
    chat.click("confirm", user="u1002", card=proposal.card)
    chat.wait_reply(conversation="group", user="u1002", containing="只有发起人")
    assert _count(stack) == before
    chat.click("confirm", user="u1001", card=proposal.card)
    written = chat.wait_reply(conversation="group", user="u1001", containing="已写入")
    bill = _BILL.findall(written.text)[-1]
    assert _order(stack, bill).qty == 40  # type: ignore[attr-defined]
    updated = chat.wait_card_update(proposal.card)
    assert "已写入" in updated.markdown + updated.title and not updated.buttons, "the card shows the result, no buttons"
    assert _count(stack) == before + 1


def test_text_confirm_in_a_1to1_chat_and_duplicate_delivery(stack: Stack) -> None:
    chat = stack.chat
    before = _count(stack)
    chat.send("u1001", "建立生产订单 BOM-3020 数量10 12月19日交", conversation="dm")
    chat.wait_reply(conversation="dm", user="u1001")
    confirm = chat.send("u1001", "确认", conversation="dm")
    chat.wait_reply(conversation="dm", user="u1001", containing="已写入")
    chat.redeliver(confirm.raw["msg_id"])  # DingTalk delivers the same message again
    chat.redeliver(confirm.raw["msg_id"])
    assert _count(stack) == before + 1


def test_worker_report_reaches_k3(stack: Stack) -> None:
    chat = stack.chat
    before = _order(stack, "MO20261109")
    chat.send("u2001", "MO20261109 报工 良品12 不良1", conversation="group")
    chat.wait_reply(conversation="group", user="u2001")
    chat.click("confirm", user="u2001")
    chat.wait_reply(conversation="group", user="u2001", containing="报工单")
    after = _order(stack, "MO20261109")
    assert after.good_qty - before.good_qty == 12  # type: ignore[attr-defined]


def test_approval_goes_to_the_supervisor_1to1(stack: Stack) -> None:
    chat = stack.chat
    chat.send("u1001", "MO20261107数量改为1500", conversation="group")
    chat.wait_reply(conversation="group", user="u1001")
    chat.click("confirm", user="u1001")
    chat.wait_reply(conversation="group", user="u1001", containing="审批")
    approval = chat.last_card("dm", user="u1000", wait=True)
    assert "1000 → 1500" in approval.markdown
    chat.click("approve", user="u1000", card=approval)
    chat.wait_reply(conversation="group", user="u1001", containing="已写入")
    assert _order(stack, "MO20261107").qty == 1500  # type: ignore[attr-defined]


def test_unsigned_wrong_and_stale_callbacks_are_refused(stack: Stack) -> None:
    body = {
        "msgtype": "text",
        "text": {"content": "查询 MO20261101"},
        "msgId": "x1",
        "conversationId": "c",
        "senderStaffId": "u1001",
    }
    url = stack.api_url + "/dingtalk/robot"
    assert httpx.post(url, json=body).status_code == 401
    assert httpx.post(url, json=body, headers={"timestamp": "1700000000000", "sign": "nope"}).status_code == 401
    from tools.dingtalk.signing import robot_sign

    secret = stack.settings.dingtalk_app_secret.get_secret_value()
    stale = 1_700_000_000_000
    headers = {"timestamp": str(stale), "sign": robot_sign(secret, stale)}
    assert httpx.post(url, json=body, headers=headers).status_code == 401
    assert httpx.post(stack.api_url + "/dingtalk/cards", json={}).status_code == 401


def test_health_and_metrics(stack: Stack) -> None:
    health = httpx.get(stack.api_url + "/healthz?detail=1").json()  # a demo: this machine may see details
    assert health["status"] == "ok" and health["checks"]["materials"] > 1000
    stack.chat.send("u2001", "查询 MO20261102", conversation="group")
    stack.chat.wait_reply(conversation="group", user="u2001")
    metrics = httpx.get(stack.api_url + "/metrics").text
    assert 'dingk3_messages_total{backend="rules",intent="query_order",kind="message"} 1.0' in metrics
