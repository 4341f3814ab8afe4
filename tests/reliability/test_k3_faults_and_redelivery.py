"""K/3 slow, failing, dropping sessions, timing out after committing; DingTalk redelivering old messages out of
order: no duplicate bills, users told clearly, reads recover, one effect per message."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import Stack, start_stack
from tests.reliability.conftest import audit_verified
from tools.k3 import K3Client

_BILL = re.compile(r"SCHB\d+")


@pytest.fixture
def stack(k3_fresh_url: str, tmp_path: Path, resolvers: Any) -> Iterator[Stack]:
    # no card template: proposals are markdown answered with 确认, as in many real deployments
    yield from start_stack(k3_fresh_url, tmp_path / "state", resolvers, template="", k3_timeout_s=2, k3_read_retries=2)
    audit_verified(f"sqlite:///{tmp_path / 'state' / 'dingk3.db'}")


def _faults(stack: Stack, **change: Any) -> None:
    httpx.post(stack.k3_url + "_admin/faults", json=change).raise_for_status()


def _reports(stack: Stack) -> list[str]:
    async def get() -> list[str]:
        async with K3Client.from_settings(stack.settings) as k3:
            rows = await k3.query("PRD_MORPT", ["FBillNo"], "")
        return sorted({str(r["FBillNo"]) for r in rows})

    return asyncio.run(get())


def _say(stack: Stack, text: str, user: str = "u2001", **kw: Any) -> str:
    stack.chat.send(user, text, conversation="dm")
    return stack.chat.wait_reply(conversation="dm", user=user, timeout_s=30, **kw).text


def test_k3_down_then_back_reads_recover_and_the_user_is_told(stack: Stack) -> None:
    _faults(stack, fail_next=10)
    reply = _say(stack, "查询 MO20261102")
    assert "K/3" in reply and ("连不上" in reply or "稍后" in reply), reply
    _faults(stack, fail_next=0, drop_sessions=True, latency_ms=300)
    assert "MO20261102" in _say(stack, "查询 MO20261102"), "slow K/3 and a lost session: still answered"
    _faults(stack, latency_ms=0)


def test_a_failed_write_is_said_clearly_and_a_retry_writes_once(stack: Stack) -> None:
    before = _reports(stack)
    assert "确认" in _say(stack, "MO20261103 报工 良品4 不良0")
    _faults(stack, fail_next=20)
    failed = _say(stack, "确认")
    assert "没有写入" in failed or "稍后" in failed, failed
    _faults(stack, fail_next=0)
    assert _reports(stack) == before
    written = _say(stack, "确认", containing="报工单")
    assert len(_reports(stack)) == len(before) + 1 and _BILL.search(written)


def test_timeout_after_commit_then_confirm_again_gives_one_bill(stack: Stack) -> None:
    before = _reports(stack)
    assert "确认" in _say(stack, "MO20261103 报工 良品6 不良0")
    _faults(stack, timeout_after_commit_next=1, hang_s=3.0)  # K/3 commits, the answer never comes in time
    first = _say(stack, "确认")
    assert "不会重复写入" in first or "已写入" in first, first
    if "已写入" not in first:
        second = _say(stack, "确认", containing="报工单")
        assert _BILL.search(second)
    assert len(_reports(stack)) == len(before) + 1


def test_old_messages_redelivered_out_of_order_have_no_second_effect(stack: Stack) -> None:
    chat = stack.chat
    before = _reports(stack)
    proposal_a = chat.send("u2001", "MO20261103 报工 良品2 不良0", conversation="dm")
    chat.wait_reply(conversation="dm", user="u2001")
    confirm_a = chat.send("u2001", "确认", conversation="dm")
    chat.wait_reply(conversation="dm", user="u2001", containing="报工单")
    chat.send("u2001", "MO20261103 报工 良品9 不良0", conversation="dm")  # a new proposal, still pending
    chat.wait_reply(conversation="dm", user="u2001")
    # DingTalk redelivers the old confirmation and then the old request, later and in the wrong order
    for msg in (confirm_a, proposal_a, confirm_a):
        chat.redeliver(msg.raw["msg_id"])
    asyncio.run(asyncio.sleep(1.5))
    assert len(_reports(stack)) == len(before) + 1, "the old 确认 did not confirm the new proposal"
    pending = stack.app.state.runtime.res.ctx.proposals.open_in_conversation(chat.conversation_id("dm", "u2001"))
    assert len(pending) == 1 and pending[0].status == "pending"
    assert int(stack.app.state.runtime.metrics.duplicates._value.get()) >= 3
