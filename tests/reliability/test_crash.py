"""A worker SIGKILLed at the worst moments, with real `dingk3 serve` processes on one PostgreSQL database and the
K/3 emulator: after a restart the confirmation works once, the reply arrives, the audit shows one write."""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dingk3.config import Settings
from tests.reliability.conftest import Chat, audit_verified, k3_faults
from tools.k3 import K3Client

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

ORDER = "MO20261103"  # started, in WS01 (u2001's workshop)
_BILL = re.compile(r"SCHB\d+")


async def _reports(k3_url: str) -> list[dict[str, Any]]:
    async with K3Client.from_settings(Settings(k3_url=k3_url)) as k3:
        rows = await k3.query("PRD_MORPT", ["FBillNo", "FMoBillNo", "FQuaQty", "FDocumentStatus"], "")
    return [r for r in rows if r["FMoBillNo"] == ORDER]


def _executed(db_url: str) -> list[Any]:
    return [r for r in audit_verified(db_url) if r.event == "executed"]


async def test_killed_between_proposal_and_confirmation(
    pg_url: str, k3_fresh_url: str, receiver: Any, chat: Chat, api_factory: Any
) -> None:
    api = await api_factory(pg_url, k3_fresh_url, receiver.port).started()
    before = await _reports(k3_fresh_url)
    proposal = await chat.send(api.url, "u2001", f"{ORDER} 报工 良品5 不良0")
    assert "确认" in proposal
    api.kill()
    await api.started()  # same database, a new process
    written = await chat.send(api.url, "u2001", "确认")
    assert "已写入" in written and _BILL.search(written)
    msg_id = next(m for m, b in chat.bodies.items() if b["text"]["content"] == "确认")
    assert await chat.post(api.url, chat.bodies[msg_id]) == 200  # DingTalk redelivers the confirmation
    await asyncio.sleep(1.0)
    after = await _reports(k3_fresh_url)
    assert len(after) == len(before) + 1
    assert len(_executed(pg_url)) == 1
    assert len(receiver.replies[msg_id]) == 1, "the redelivery is not answered twice"


async def test_killed_inside_the_k3_write_then_restarted(
    pg_url: str, k3_fresh_url: str, receiver: Any, chat: Chat, api_factory: Any
) -> None:
    api = await api_factory(pg_url, k3_fresh_url, receiver.port).started()
    before = await _reports(k3_fresh_url)
    assert "确认" in await chat.send(api.url, "u2001", f"{ORDER} 报工 良品7 不良1")
    # hangs long enough to be killed inside it, short enough to be over before the emulator stops at teardown
    await k3_faults(k3_fresh_url, timeout_after_commit_next=1, hang_s=10)
    _, reply = await chat.send(api.url, "u2001", "确认", wait=False)
    for _ in range(200):  # the emulator took the write (committed) and now hangs: the worker is inside it
        if (await k3_faults(k3_fresh_url))["timeout_after_commit_next"] == 0:
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail("the write never reached K/3")
    await asyncio.sleep(0.2)
    api.kill()
    assert not reply.done(), "no answer before the crash"
    await api.started()  # takes over the unfinished confirmation once its claim (2 s) has run out
    _, text = await asyncio.wait_for(reply, 40)
    assert "已写入" in text, text
    after = await _reports(k3_fresh_url)
    new = [r for r in after if r["FBillNo"] not in {b["FBillNo"] for b in before}]
    assert len(new) == 1 and new[0]["FQuaQty"] == 7 and new[0]["FDocumentStatus"] == "C", new
    assert len(_executed(pg_url)) == 1
    assert new[0]["FBillNo"] in text


async def test_two_workers_get_the_same_confirmation_at_once(
    pg_url: str, k3_fresh_url: str, receiver: Any, chat: Chat, api_factory: Any
) -> None:
    api = await api_factory(pg_url, k3_fresh_url, receiver.port, workers=2).started()
    before = await _reports(k3_fresh_url)
    assert "确认" in await chat.send(api.url, "u2001", f"{ORDER} 报工 良品3 不良0")
    msg_id, first = await chat.send(api.url, "u2001", "确认", wait=False)
    body = chat.bodies[msg_id]
    # the same delivery six times at once (both workers get some), and the user tapping 确认 twice more
    others = [chat.send(api.url, "u2001", "确认", wait=False) for _ in range(2)]
    codes = await asyncio.gather(*(chat.post(api.url, body) for _ in range(6)), *others)
    assert all(c == 200 for c in codes[:6])
    _, text = await asyncio.wait_for(first, 30)
    assert "已写入" in text
    await asyncio.sleep(2.0)
    after = await _reports(k3_fresh_url)
    assert len(after) == len(before) + 1
    assert len(_executed(pg_url)) == 1
    assert len(receiver.replies[msg_id]) == 1


async def _dingk3(api: Any, *args: str) -> subprocess.CompletedProcess[str]:
    """The operator's CLI, off the test's event loop (the receiver keeps answering the running API meanwhile)."""
    exe = Path(sys.executable).with_name("dingk3")
    cmd = [str(exe), *args]
    return await asyncio.to_thread(
        subprocess.run, cmd, env=api.env(), capture_output=True, text=True, timeout=60, check=False
    )


async def test_an_input_its_worker_died_with_is_set_aside_not_run_again(
    pg_url: str, k3_fresh_url: str, receiver: Any, chat: Chat, api_factory: Any
) -> None:
    """Issue 12 §1: a worker killed with a message in hand was restarted and ran the same message again at once (a
    crash loop when the message is what kills it). Now it is set aside, the sender told, and an operator retries it."""
    api = await api_factory(pg_url, k3_fresh_url, receiver.port).started()
    await k3_faults(k3_fresh_url, latency_ms=12_000)  # the worker stays inside its first K/3 read (killed at 2 s)
    msg_id, reply = await chat.send(api.url, "u2001", "查询 MO20261102", wait=False)
    await asyncio.sleep(2.0)
    api.kill()
    await k3_faults(k3_fresh_url, latency_ms=0)
    assert not reply.done(), "no answer before the crash"
    await api.started()  # takes the input over once its claim (2 s) has run out, and sets it aside
    _, text = await asyncio.wait_for(reply, 40)
    assert "没能处理" in text and "管理员" in text and "查询 MO2026110" in text, text
    await asyncio.sleep(1.0)
    assert len(receiver.replies[msg_id]) == 1, "set aside: not run again"

    listed = await _dingk3(api, "inbox", "list")
    assert listed.returncode == 0 and msg_id in listed.stdout and "u2001" in listed.stdout, listed
    again = receiver.expect(msg_id)
    assert (await _dingk3(api, "inbox", "retry", msg_id)).returncode == 0
    _, text = await asyncio.wait_for(again, 40)  # the running worker's next sweep handles it as new
    assert "MO20261102" in text and "没能处理" not in text, text
    assert msg_id not in (await _dingk3(api, "inbox", "list")).stdout
    assert (await _dingk3(api, "inbox", "retry", msg_id)).returncode == 1, "nothing set aside under that id any more"
