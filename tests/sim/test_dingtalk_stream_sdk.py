"""The official dingtalk-stream SDK, unchanged, against the simulator's Stream gateway.

It runs in a subprocess (`dingtalk_sdk_bot.py`) with DINGTALK_OPENAPI_ENDPOINT pointing at the simulator: the SDK
reads that variable at import time, so a separate process is the honest way to set it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from sim.dingtalk.driver import SimChat
from sim.server import ServerThread
from tests.sim.dingtalk_support import APP_KEY, APP_SECRET, sim_server, wait_for
from tools.dingtalk import DingTalkClient

BOT = Path(__file__).with_name("dingtalk_sdk_bot.py")
ROOT = Path(__file__).resolve().parents[2]


class SdkBot:
    def __init__(self, sim_url: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("DINGTALK_")}
        env |= {
            "DINGTALK_OPENAPI_ENDPOINT": sim_url,
            "DINGK3_DINGTALK_APP_KEY": APP_KEY,
            "DINGK3_DINGTALK_APP_SECRET": APP_SECRET,
            "PYTHONPATH": str(ROOT),
            "PYTHONUNBUFFERED": "1",
        }
        self.proc = subprocess.Popen(
            [sys.executable, str(BOT)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self.lines: list[str] = []
        self.seen: list[dict[str, Any]] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.append(line.rstrip())
            if line.startswith("@@ "):
                self.seen.append(json.loads(line[3:]))

    def wait(self, kind: str, n: int = 1, timeout_s: float = 15) -> list[dict[str, Any]]:
        def got() -> list[dict[str, Any]] | None:
            found = [s for s in self.seen if s["kind"] == kind]
            return found if len(found) >= n else None

        try:
            return wait_for(got, timeout_s, what=f"{n} {kind} in the SDK bot")  # type: ignore[no-any-return]
        except AssertionError:
            raise AssertionError("SDK bot output:\n" + "\n".join(self.lines[-40:])) from None

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=5)


def _stream(sim: ServerThread) -> dict[str, Any]:
    return dict(httpx.get(f"{sim.url}/_sim/stream").json())


@pytest.fixture
def sim() -> Iterator[ServerThread]:
    with sim_server(mode="stream", disconnect_grace_s=0.5) as server:
        yield server


@pytest.fixture
def bot(sim: ServerThread) -> Iterator[SdkBot]:
    sdk = SdkBot(sim.url)
    try:
        wait_for(lambda: _stream(sim)["connections"] == 1, 20, "the SDK to connect")
        yield sdk
    finally:
        sdk.stop()


@pytest.mark.slow
async def test_official_sdk_message_reply_card_event_and_reconnect(sim: ServerThread, bot: SdkBot) -> None:
    start = bot.wait("start")[0]
    assert start["endpoint"] == f"{sim.url}/v1.0/gateway/connections/open"
    chat = SimChat(sim.url, timeout_s=15)

    # a group message @K3助手 arrives as a CALLBACK frame; reply_text goes to the sessionWebhook
    chat.send("u1001", "查询 MO20261102")
    message = bot.wait("message")[0]
    assert message["content"] == " 查询 MO20261102" and message["sender"] == "u1001"
    assert message["conversationType"] == "2"
    reply = chat.wait_reply(containing="收到")
    assert reply.text == "收到：查询 MO20261102" and reply.is_bot and reply.at_user_ids == ["u1001"]
    posts = httpx.get(f"{sim.url}/_sim/webhook-posts").json()["posts"]
    assert posts[-1]["body"]["msgtype"] == "text" and posts[-1]["body"]["at"]["atUserIds"] == ["u1001"]
    acks = {a["headers"]["messageId"]: a for a in _stream(sim)["acks"]}
    assert acks[message["messageId"]]["code"] == 200

    # a card click goes out on the card topic; the handler's answer updates the card in place
    buttons = [{"id": "confirm", "label": "确认", "params": {"action": "confirm", "proposal_id": "p9"}}]
    async with DingTalkClient(APP_KEY, APP_SECRET, sim.url, sim.url) as dt:
        await dt.create_and_deliver_card(
            "sdk-card-1", "tpl", {"title": "请确认", "markdown": "数量 300", "buttons": buttons},
            group_conversation_id=chat.conversation_id("group"), callback_type="STREAM",
        )  # fmt: skip
    card = chat.last_card()
    chat.click("confirm", user="u1001", card=card)
    click = bot.wait("card")[0]
    assert click["outTrackId"] == "sdk-card-1" and click["userId"] == "u1001"
    assert click["content"]["cardPrivateData"] == {"actionIds": ["confirm"], "params": buttons[0]["params"]}
    updated = chat.wait_card_update(card)
    assert updated.markdown == "已处理：confirm" and updated.buttons == [] and updated.title == "请确认"

    # the gateway drops the socket: the SDK opens a new connection and messages flow again
    chat.faults(drop_stream=True)
    wait_for(lambda: (s := _stream(sim))["connects"] == 2 and s["connections"] == 1, 20, "a reconnect")
    chat.send("u2001", "我的订单", conversation="dm")
    assert bot.wait("message", 2)[1]["content"] == "我的订单"
    assert chat.wait_reply(conversation="dm", user="u2001", containing="收到").text == "收到：我的订单"

    # SYSTEM disconnect: the SDK closes the socket itself and reconnects
    chat.faults(disconnect_stream=True)
    wait_for(lambda: (s := _stream(sim))["connects"] == 3 and s["connections"] == 1, 20, "a second reconnect")

    # an OA approval reaches the SDK's event handler as an EVENT frame
    async with DingTalkClient(APP_KEY, APP_SECRET, sim.url, sim.url) as dt:
        instance = await dt.start_approval("PROC-DINGK3", "u2001", 101, {"订单": "MO20261102"})
    event = bot.wait("event")[0]
    assert event["eventType"] == "bpms_instance_change"
    assert event["data"]["processInstanceId"] == instance and event["data"]["type"] == "start"
    chat.close()
