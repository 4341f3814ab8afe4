"""`dingk3 serve --workers 2` as a plant runs it: /metrics counts what both workers handled, and each handled
message leaves one log line naming its worker (issue 15 §3)."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks.load.receiver import Receiver
from tests.reliability.conftest import robot_body, signed_headers

_HANDLED = re.compile(
    r"^\S+ \S+ INFO \[(\d+)\] dingk3\.api: handled message trace=[0-9a-f]{8} sender=(\w+) .*outcome=ok$"
)


def _handled(log: Path) -> list[tuple[str, str]]:
    """(worker pid, sender) of each `handled message` line in the API's log."""
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    return [(m[1], m[2]) for line in lines if (m := _HANDLED.match(line))]


async def _ask(api_url: str, receiver: Receiver, user: str) -> None:
    """One signed query on a new connection (a kept-alive one would stay with one worker), until its reply."""
    msg_id = "op" + uuid.uuid4().hex[:12]
    reply = receiver.expect(msg_id)
    async with httpx.AsyncClient(timeout=30) as http:
        body = robot_body(msg_id, user, "查询 MO20261102", receiver.port)
        resp = await http.post(api_url + "/dingtalk/robot", json=body, headers=signed_headers())
        assert resp.status_code == 200
    await asyncio.wait_for(reply, 30)


@pytest.mark.slow  # two workers each import the whole app: ~25 s to start on a busy 2-core machine
async def test_metrics_of_two_workers_sum_what_both_handled(
    api_factory: Any, receiver: Receiver, k3_url: str, tmp_path: Path
) -> None:
    api = await api_factory(f"sqlite:///{tmp_path / 'dingk3.db'}", k3_url, receiver.port, workers=2).started()
    sent = 0
    # The kernel picks the worker of each connection, and the second may still be importing the app on a busy
    # machine: ask until both have answered, at most 600 messages (no clock is read).
    while sent < 600:
        await asyncio.gather(*(_ask(api.url, receiver, user) for user in ("u1001", "u2001", "u3001") * 2))
        sent += 6
        for _ in range(50):  # a line is written just after its reply
            if len(_handled(api.log)) == sent:
                break
            await asyncio.sleep(0.05)
        if len({pid for pid, _ in _handled(api.log)}) == 2:
            break
    handled = _handled(api.log)
    assert len(handled) == sent, "one log line per handled message"
    assert len({pid for pid, _ in handled}) == 2, f"both workers answered within {sent} messages"

    async with httpx.AsyncClient() as http:
        for _ in range(4):  # whichever worker answers the scrape, the count is both workers'
            metrics = (await http.get(api.url + "/metrics", headers={"Connection": "close"})).text
            counted = re.findall(r'^dingk3_messages_total\{[^}]*kind="message"[^}]*\} (\S+)$', metrics, re.M)
            assert sum(float(v) for v in counted) == sent, metrics
            assert re.search(r"^dingk3_outbox_depth 0\.0$", metrics, re.M)
        assert (await http.get(api.url + "/livez")).json() == {"status": "ok"}
        assert (await http.get(api.url + "/readyz")).json() == {"status": "ok"}
