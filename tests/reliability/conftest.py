"""Real `dingk3 serve` processes for the crash tests, a light sessionWebhook receiver, signed callbacks."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from benchmarks.load.receiver import Receiver
from dingk3.paths import REPO_ROOT
from sim.server import free_port
from tools.dingtalk.signing import robot_sign

SECRET = "demo-dingtalk-secret"


class Api:
    """`dingk3 serve` in a subprocess: start, SIGKILL, start again on the same state and database."""

    def __init__(self, state: Path, db_url: str, k3_url: str, receiver_port: int, workers: int = 1) -> None:
        self.state, self.db_url, self.k3_url, self.workers = state, db_url, k3_url, workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.receiver_port = receiver_port
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = state / "api.log"

    def env(self) -> dict[str, str]:
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith("DINGK3_")},
            "DINGK3_STATE_DIR": str(self.state), "DINGK3_DATABASE_URL": self.db_url, "DINGK3_K3_URL": self.k3_url,
            "DINGK3_DINGTALK_API": f"http://127.0.0.1:{self.receiver_port}", "DINGK3_WATCH_INTERVAL_S": "0",
            "DINGK3_DIGEST_TIME": "", "DINGK3_INBOX_CLAIM_S": "2", "DINGK3_K3_TIMEOUT_S": "60",
            "ANONYMIZED_TELEMETRY": "False", "DINGK3_LOG_LEVEL": "INFO",
            "DINGK3_SESSION_WEBHOOK_HOSTS": "127.0.0.1", "DINGK3_DEMO_MODE": "true",
            # people from users.csv: the receiver here records messages, it is no contact directory
            "DINGK3_PEOPLE_SYNC_S": "0",
        }  # fmt: skip

    def start(self) -> Api:
        exe = Path(sys.executable).with_name("dingk3")
        self.proc = subprocess.Popen(
            [str(exe), "serve", "--port", str(self.port), "--workers", str(self.workers)],
            cwd=REPO_ROOT, env=self.env(), stdout=self.log.open("ab"), stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    if self.workers > 1:
                        time.sleep(2.0)
                    return self
            except httpx.HTTPError:
                pass
            if self.proc.poll() is not None:
                raise RuntimeError("dingk3 serve died:\n" + self.log.read_text()[-3000:])
            time.sleep(0.2)
        raise RuntimeError("dingk3 serve did not come up:\n" + self.log.read_text()[-3000:])

    async def started(self) -> Api:
        """`start` from an async test: off its event loop, so the test's receiver (DingTalk) keeps answering while
        the API comes up (a start-up that replies would otherwise wait on a blocked loop until its timeouts)."""
        return await asyncio.to_thread(self.start)

    def kill(self) -> None:
        """SIGKILL the whole process group: no shutdown, no drain, as when a machine dies."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)


def robot_body(msg_id: str, user: str, text: str, receiver_port: int, cid: str = "") -> dict[str, Any]:
    ts = int(time.time() * 1000)
    return {
        "msgtype": "text", "text": {"content": text}, "msgId": msg_id, "createAt": ts, "conversationType": "1",
        "conversationId": cid or f"cid-{user}", "senderStaffId": user, "senderNick": user, "robotCode": "dingk3demo",
        "sessionWebhook": f"http://127.0.0.1:{receiver_port}/hook/{msg_id}",
        "sessionWebhookExpiredTime": ts + 3_600_000,
    }  # fmt: skip


_last_ts = [0]
_ts_lock = threading.Lock()


def unique_ts() -> int:
    """Now in ms, but never the same twice in this process: the API accepts each signed timestamp once."""
    with _ts_lock:
        _last_ts[0] = max(int(time.time() * 1000), _last_ts[0] + 1)
        return _last_ts[0]


def signed_headers(secret: str = SECRET) -> dict[str, str]:
    ts = unique_ts()
    return {"timestamp": str(ts), "sign": robot_sign(secret, ts)}


class Chat:
    """Sends signed robot callbacks to an API and waits for the reply at the message's own sessionWebhook."""

    def __init__(self, receiver: Receiver) -> None:
        self.r = receiver
        self.http = httpx.AsyncClient(timeout=30)
        self.bodies: dict[str, dict[str, Any]] = {}

    async def post(self, api_url: str, body: dict[str, Any]) -> int:
        resp = await self.http.post(api_url + "/dingtalk/robot", json=body, headers=signed_headers())
        return resp.status_code

    async def send(self, api_url: str, user: str, text: str, *, wait: bool = True, timeout_s: float = 30) -> Any:
        msg_id = "t" + uuid.uuid4().hex[:16]
        body = robot_body(msg_id, user, text, self.r.port)
        self.bodies[msg_id] = body
        fut = self.r.expect(msg_id)
        assert await self.post(api_url, body) == 200
        if not wait:
            return msg_id, fut
        _, reply = await asyncio.wait_for(fut, timeout_s)
        return reply


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    r = Receiver()
    await r.start()
    yield r
    await r.stop()


@pytest.fixture
async def chat(receiver: Receiver) -> AsyncIterator[Chat]:
    c = Chat(receiver)
    yield c
    await c.http.aclose()


@pytest.fixture
def api_factory(index_template: Path, tmp_path: Path) -> Iterator[Any]:
    """Make `Api`s on a copy of the material index (no build in the test); every one is stopped at the end."""
    made: list[Api] = []

    def make(db_url: str, k3_url: str, receiver_port: int, *, workers: int = 1, state: Path | None = None) -> Api:
        if state is None:
            state = tmp_path / f"state-{len(made)}"
            shutil.copytree(index_template, state)
        api = Api(state, db_url, k3_url, receiver_port, workers)
        made.append(api)
        return api

    yield make
    for api in made:
        api.stop()


def audit_verified(db_url: str) -> list[Any]:
    """The audit chain is intact; returns its rows."""
    from agent.audit import AuditLog
    from dingk3.db import connect

    db = connect(db_url)
    try:
        log = AuditLog(db)
        result = log.verify()
        assert result.ok, result
        return log.rows()
    finally:
        db.close()


async def k3_faults(k3_url: str, **change: Any) -> dict[str, Any]:
    async with httpx.AsyncClient() as http:
        resp = await http.post(k3_url + "_admin/faults", json=change)
        return dict(resp.json())
