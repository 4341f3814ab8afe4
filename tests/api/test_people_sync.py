"""People follow DingTalk while the product runs: a new hire can report within one people sync, a departed one
is refused in chat with a message that says why, no restart either way."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dingk3.clock import Clock
from tests.api.conftest import Stack, start_stack

SYNC_S = 0.5


@pytest.fixture
def stack(k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock) -> Iterator[Stack]:
    yield from start_stack(k3_fresh_url, tmp_path / "state", resolvers, clock=plant_clock, people_sync_s=SYNC_S)


def _directory(stack: Stack) -> Any:
    return stack.app.state.runtime.res.ctx.directory


def _until(check: Any, what: str) -> None:
    """Wait for the running product to see a DingTalk change: a few people syncs at most."""
    deadline = time.monotonic() + SYNC_S * 10
    while not check():
        assert time.monotonic() < deadline, f"not seen within {SYNC_S * 10:g} s: {what}"
        time.sleep(SYNC_S / 5)


def test_a_new_hire_reports_output_without_a_restart(stack: Stack) -> None:
    httpx.post(
        stack.sim_url + "/_admin/hire",
        json={"user_id": "u2003", "name": "钱多", "dept": "机加一车间", "title": "操作工", "manager": "u2000"},
    ).raise_for_status()
    _until(lambda: "u2003" in _directory(stack), "the new hire")
    chat = stack.chat
    chat.send("u2003", "MO20261109 报工 良品5", conversation="group")
    chat.wait_reply(conversation="group", user="u2003", containing="确认")
    chat.click("confirm", user="u2003")
    chat.wait_reply(conversation="group", user="u2003", containing="报工单")


@pytest.mark.parametrize(("user", "change"), [("u2001", {"active": False}), ("u2002", {"removed": True})])
def test_a_departed_worker_is_refused_with_a_reason(stack: Stack, user: str, change: dict[str, bool]) -> None:
    httpx.post(stack.sim_url + "/_admin/users", json={"user_id": user, **change}).raise_for_status()
    _until(lambda: not _directory(stack).get(user).active, "the departure")
    chat = stack.chat
    chat.send(user, "MO20261109 报工 良品5", conversation="group")
    reply = chat.wait_reply(conversation="group", user=user)
    assert "已停用或已离职" in reply.text and "联系管理员" in reply.text
