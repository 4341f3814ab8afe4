"""HTTP mode proves little about who sent a callback: an approval (a risky write) counts only from a userid
DingTalk's user lookup knows as an active member, whether it came as a card click or as text."""

from __future__ import annotations

import asyncio

import httpx

from tests.api.conftest import Stack
from tools.k3 import K3Client


def _qty(stack: Stack, bill: str) -> float:
    async def get() -> float:
        async with K3Client.from_settings(stack.settings) as k3:
            return (await k3.get_order(bill)).qty

    return asyncio.run(get())


def _dingtalk_user(stack: Stack, user: str, **state: bool) -> None:
    httpx.post(stack.sim_url + "/_admin/users", json={"user_id": user, **state}).raise_for_status()


def test_an_approver_dingtalk_does_not_know_as_active_cannot_approve(stack: Stack) -> None:
    chat = stack.chat
    chat.send("u1001", "MO20261107数量改为1500", conversation="group")
    chat.wait_reply(conversation="group", user="u1001")
    chat.click("confirm", user="u1001")
    chat.wait_reply(conversation="group", user="u1001", containing="审批")
    approval = chat.last_card("dm", user="u1000", wait=True)
    _dingtalk_user(stack, "u1000", active=False)  # still in the plant's users.csv, no longer active in DingTalk
    chat.click("approve", user="u1000", card=approval)
    chat.wait_reply(conversation="dm", user="u1000", containing="没有生效")
    _dingtalk_user(stack, "u1000", active=True, removed=True)  # gone from the organisation
    chat.send("u1000", "同意", conversation="dm")
    chat.wait_reply(conversation="dm", user="u1000", containing="没有生效")
    assert _qty(stack, "MO20261107") == 1000
    _dingtalk_user(stack, "u1000", removed=False)
    chat.click("approve", user="u1000", card=approval)
    chat.wait_reply(conversation="group", user="u1001", containing="已写入")
    assert _qty(stack, "MO20261107") == 1500
