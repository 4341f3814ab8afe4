"""What an operator sees of a running API (issue 15 §3): liveness apart from readiness, readiness cached and
bounded by a timeout, the waiting work and the counters in /metrics, one log line per handled message."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from dingk3.clock import Clock
from tests.api.conftest import Stack, start_stack


@pytest.fixture
def probed(k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock) -> Iterator[Stack]:
    """A stack whose readiness is checked afresh on every probe, with a short K/3 timeout."""
    yield from start_stack(
        k3_fresh_url, tmp_path / "state", resolvers, clock=plant_clock, ready_cache_s=0, ready_timeout_s=0.5
    )


@pytest.fixture
def cached(k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock) -> Iterator[Stack]:
    yield from start_stack(k3_fresh_url, tmp_path / "state", resolvers, clock=plant_clock, ready_cache_s=600)


def _k3_fails(stack: Stack) -> None:
    httpx.post(stack.k3_url + "_admin/faults", json={"fail_next": 1000}).raise_for_status()


def _sample(metrics: str, name: str) -> float:
    """The value of one sample line (`name` with its labels, as Prometheus prints it)."""
    match = re.search(rf"^{re.escape(name)} (\S+)$", metrics, re.M)
    assert match, f"{name} not in /metrics"
    return float(match[1])


def _handled_lines(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    """The `handled` lines, once there is one: it is written just after the reply is sent."""
    for _ in range(100):
        lines = [r for r in caplog.records if r.name == "dingk3.api" and r.getMessage().startswith("handled")]
        if lines:
            return lines
        time.sleep(0.05)
    return []


def test_livez_stays_up_while_k3_is_down_and_readyz_says_degraded(probed: Stack) -> None:
    api = probed.api_url
    assert httpx.get(api + "/readyz").json() == {"status": "ok"}
    _k3_fails(probed)
    assert httpx.get(api + "/livez").status_code == 200, "a restart would not bring K/3 back"
    ready = httpx.get(api + "/readyz?detail=1")  # a demo: this machine may see details
    assert ready.status_code == 503 and ready.json()["checks"]["k3"].startswith("error")
    assert httpx.get(api + "/healthz").status_code == 503, "/healthz is /readyz under its old name"


def test_a_slow_k3_makes_readyz_degraded_within_its_timeout(probed: Stack) -> None:
    httpx.post(probed.k3_url + "_admin/faults", json={"latency_ms": 5000}).raise_for_status()
    ready = httpx.get(probed.api_url + "/readyz?detail=1", timeout=4)  # K/3 takes 5 s; readiness waits 0.5 s
    assert ready.status_code == 503 and ready.json()["checks"]["k3"] == "error: timeout"


def test_readyz_reuses_its_result_instead_of_calling_k3_on_every_probe(cached: Stack) -> None:
    api = cached.api_url
    assert httpx.get(api + "/readyz").status_code == 200
    calls = cached.app.state.runtime.res.k3.calls
    _k3_fails(cached)
    for _ in range(5):
        assert httpx.get(api + "/readyz").status_code == 200
    assert cached.app.state.runtime.res.k3.calls == calls


def test_metrics_count_and_show_the_proposals_waiting(stack: Stack) -> None:
    chat = stack.chat
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 12月18日交", conversation="group")
    proposal = chat.wait_reply(conversation="group", user="u1001")
    assert proposal.card is not None
    metrics = httpx.get(stack.api_url + "/metrics").text
    assert _sample(metrics, 'dingk3_proposals_waiting{stage="confirmation"}') == 1
    assert _sample(metrics, 'dingk3_proposals_waiting{stage="approval"}') == 0
    assert _sample(metrics, 'dingk3_proposals_oldest_waiting_seconds{stage="confirmation"}') >= 0
    assert _sample(metrics, "dingk3_outbox_depth") == 0 and _sample(metrics, "dingk3_outbox_dead") == 0
    for total in ("dingk3_k3_calls", "dingk3_messages_delivered", "dingk3_messages"):
        assert f"# TYPE {total}_total counter" in metrics, total
    assert _sample(metrics, "dingk3_k3_calls_total") > 0
    assert _sample(metrics, "dingk3_messages_delivered_total") >= 1

    chat.click("confirm", user="u1001", card=proposal.card)
    chat.wait_reply(conversation="group", user="u1001", containing="MO")
    metrics = httpx.get(stack.api_url + "/metrics").text
    assert _sample(metrics, 'dingk3_proposals_waiting{stage="confirmation"}') == 0
    assert _sample(metrics, 'dingk3_messages_total{backend="card",intent="confirm",kind="click"}') == 1


def test_each_handled_message_is_one_log_line(stack: Stack, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="dingk3.api")
    stack.chat.send("u2001", "查询 MO20261102", conversation="group")
    stack.chat.wait_reply(conversation="group", user="u2001")
    lines = _handled_lines(caplog)
    assert len(lines) == 1, [r.getMessage() for r in lines]
    line = lines[0]
    assert re.fullmatch(r"[0-9a-f]{8}", line.trace)  # type: ignore[attr-defined]
    fields = {k: getattr(line, k) for k in ("sender", "intent", "decision", "outcome", "kind")}
    assert fields == {
        "sender": "u2001", "intent": "query_order", "decision": "answer", "outcome": "ok", "kind": "message",
    }  # fmt: skip
    assert "trace=" in line.getMessage() and "ms=" in line.getMessage()
