"""Approving by text over real HTTP, in markdown mode (no card template): the approver's words count only
in their 1:1 chat, and several waiting approvals are answered by number."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import Stack, start_stack
from tools.k3 import K3Client


@pytest.fixture
def md_stack(k3_fresh_url: str, tmp_path: Path, resolvers: Any) -> Iterator[Stack]:
    yield from start_stack(k3_fresh_url, tmp_path / "state", resolvers, template="")


def _qty(stack: Stack, bill: str) -> float:
    async def get() -> float:
        async with K3Client.from_settings(stack.settings) as k3:
            return (await k3.get_order(bill)).qty

    return asyncio.run(get())


def _submit(stack: Stack, user: str, text: str) -> None:
    """`user` proposes a risky change in 生产群 and confirms it: it waits for 陈志强 (u1000)."""
    chat = stack.chat
    chat.send(user, text, conversation="group")
    chat.wait_reply(conversation="group", user=user, containing="确认")
    chat.send(user, "确认", conversation="group")
    chat.wait_reply(conversation="group", user=user, containing="审批")
    chat.wait_reply(conversation="dm", user="u1000", containing="需要您审批")


def test_ok_or_agree_in_the_group_approves_nothing(md_stack: Stack) -> None:
    chat = md_stack.chat
    _submit(md_stack, "u1001", "MO20261107数量改为1500")
    chat.send("u1000", "ok", conversation="group")
    chat.wait_reply(conversation="group", user="u1000")
    chat.send("u1000", "同意", conversation="group")
    told = chat.wait_reply(conversation="group", user="u1000")
    assert "单聊" in told.text
    assert _qty(md_stack, "MO20261107") == 1000


def test_two_waiting_are_listed_and_approved_by_number(md_stack: Stack) -> None:
    chat = md_stack.chat
    _submit(md_stack, "u1001", "MO20261107数量改为1500")
    _submit(md_stack, "u1002", "MO20261114 数量改成600")
    chat.send("u1000", "同意", conversation="dm")
    listed = chat.wait_reply(conversation="dm", user="u1000")
    assert "1. 王建国" in listed.text and "2. 李娜" in listed.text and "卡片上点" not in listed.text
    chat.send("u1000", "同意 2", conversation="dm")
    chat.wait_reply(conversation="group", user="u1002", containing="已写入")
    assert _qty(md_stack, "MO20261114") == 600
    assert _qty(md_stack, "MO20261107") == 1000, "only the second was approved"
    chat.send("u1000", "驳回 1 交期太急", conversation="dm")
    rejected = chat.wait_reply(conversation="group", user="u1001", containing="驳回")
    assert "交期太急" in rejected.text
    assert _qty(md_stack, "MO20261107") == 1000
