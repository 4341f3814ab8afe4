"""Optional OA approvals: with a process code set, a risky proposal becomes an OA instance for the supervisor,
and approving it in DingTalk's approval flow writes to K/3 exactly like pressing 同意 on the card."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import Stack, start_stack
from tools.k3 import K3Client


@pytest.fixture
def oa_stack(k3_fresh_url: str, tmp_path: Path, resolvers: Any) -> Iterator[Stack]:
    yield from start_stack(
        k3_fresh_url, tmp_path / "state", resolvers, dingtalk_approval_process_code="PROC-DK3-RISK", approval_poll_s=0.2
    )


def _qty(stack: Stack, bill: str) -> float:
    async def get() -> float:
        async with K3Client.from_settings(stack.settings) as k3:
            return (await k3.get_order(bill)).qty

    return asyncio.run(get())


def _instances(stack: Stack) -> list[dict[str, Any]]:
    return list(httpx.get(stack.sim_url + "/_sim/approvals").json()["approvals"])


@pytest.mark.parametrize("result", ["agree", "refuse"])
def test_oa_result_closes_the_loop(oa_stack: Stack, result: str) -> None:
    chat = oa_stack.chat
    chat.send("u1001", "MO20261107数量改为1500", conversation="group")
    chat.wait_reply(conversation="group", user="u1001")
    chat.click("confirm", user="u1001")
    chat.wait_reply(conversation="group", user="u1001", containing="审批")
    for _ in range(100):
        if _instances(oa_stack):
            break
        asyncio.run(asyncio.sleep(0.05))
    (instance,) = _instances(oa_stack)
    assert instance["originatorUserId"] == "u1001"
    chat.approve(instance["processInstanceId"], user="u1000", result=result)
    if result == "agree":
        chat.wait_reply(conversation="group", user="u1001", containing="已写入")
        assert _qty(oa_stack, "MO20261107") == 1500
    else:
        chat.wait_reply(conversation="group", user="u1001", containing="驳回")
        assert _qty(oa_stack, "MO20261107") == 1000
