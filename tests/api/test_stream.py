"""Stream mode: the official SDK's client (subclassed) against the simulator's gateway; same agent, same replies."""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.approvals import OaApprovals
from api.runtime import open_runtime
from api.stream import stream_client
from dingk3.config import Settings
from sim.dingtalk import SimConfig
from sim.dingtalk import create_app as create_dingtalk
from sim.dingtalk.driver import SimChat
from sim.server import ServerThread
from tools.k3 import K3Client


class _StreamBot:
    """The agent in Stream mode on its own event loop thread, as `dingk3 stream` runs it."""

    def __init__(self, settings: Settings, resolvers: Any) -> None:
        self.settings, self.resolvers = settings, resolvers
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.client: Any = None
        self.runtime: Any = None
        self.thread = threading.Thread(target=self.loop.run_until_complete, args=(self._main(),), daemon=True)

    async def _main(self) -> None:
        async with open_runtime(self.settings, resolvers=self.resolvers) as runtime:
            self.runtime = runtime
            approvals = None
            if code := self.settings.dingtalk_approval_process_code:  # as run_stream wires it
                approvals = OaApprovals(runtime.res.db, runtime.dingtalk, runtime.res.service, process_code=code)
                runtime.delivery.on_delivered = approvals.start
            self.client = stream_client(self.settings, runtime, idle_timeout_s=30, approvals=approvals)
            self.ready.set()
            await self.client.start()

    def __enter__(self) -> _StreamBot:
        self.thread.start()
        assert self.ready.wait(60)
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.client.stop)
        self.thread.join(30)


@pytest.fixture
def stream_stack(
    k3_fresh_url: str, tmp_path: Path, resolvers: Any, request: pytest.FixtureRequest
) -> Iterator[tuple[SimChat, _StreamBot]]:
    """`@pytest.mark.parametrize("stream_stack", [{"setting": value}], indirect=True)` sets more Settings."""
    sim = SimConfig(mode="stream")
    with ServerThread(create_dingtalk(sim)) as server:
        settings = Settings(**{
            "state_dir": tmp_path / "state", "k3_url": k3_fresh_url, "dingtalk_api": server.url,
            "dingtalk_mode": "stream", "dingtalk_card_template_id": "dingk3.proposal.v1",
            "session_webhook_hosts": "127.0.0.1",
        } | getattr(request, "param", {}))  # fmt: skip
        with _StreamBot(settings, resolvers) as bot, SimChat(server.url) as chat:
            yield chat, bot


def _wait_connected(bot: _StreamBot, n: int) -> None:
    for _ in range(200):
        if bot.client.connections >= n:
            return
        threading.Event().wait(0.05)
    raise AssertionError(f"the stream client did not connect {n} time(s)")


def test_message_in_reply_out_and_card_click(stream_stack: tuple[SimChat, _StreamBot]) -> None:
    chat, bot = stream_stack
    _wait_connected(bot, 1)
    chat.send("u2001", "查询 MO20261102", conversation="group")
    answer = chat.wait_reply(conversation="group", user="u2001")
    assert "MO20261102" in answer.text and "齿轮泵" in answer.text
    chat.send("u1001", "建立生产订单 BOM-3020 数量5 12月20日交", conversation="group")
    proposal = chat.wait_reply(conversation="group", user="u1001")
    assert proposal.card is not None
    chat.click("confirm", user="u1001", card=proposal.card)
    written = chat.wait_reply(conversation="group", user="u1001", containing="已写入")
    assert re.search(r"MO\d{10}", written.text)


def test_a_voice_message_over_stream_shows_what_was_heard_and_a_click_settles_the_card(
    stream_stack: tuple[SimChat, _StreamBot],
) -> None:
    chat, bot = stream_stack
    _wait_connected(bot, 1)
    chat.send("u2001", "MO20261109 报工 良品二 不良零", conversation="dm", msgtype="audio")
    proposal = chat.wait_reply(conversation="dm", user="u2001")
    assert proposal.card is not None and "听到：“MO20261109 报工 良品二 不良零”" in proposal.card.markdown
    chat.click("confirm", user="u2001", card=proposal.card)
    chat.wait_reply(conversation="dm", user="u2001", containing="报工单")
    settled = chat.wait_card_update(proposal.card)
    assert settled.status == "executed" and not settled.buttons


def test_a_redelivered_card_frame_is_dropped_a_new_press_is_retried(
    stream_stack: tuple[SimChat, _StreamBot], k3_fresh_url: str
) -> None:
    chat, bot = stream_stack
    _wait_connected(bot, 1)

    def card_inputs() -> int:
        return len(bot.runtime.inbox.db.fetchall("SELECT msg_id FROM inbox WHERE kind = 'card'"))

    chat.send("u1001", "建立生产订单 BOM-3020 数量6 12月20日交", conversation="group")
    proposal = chat.wait_reply(conversation="group", user="u1001")
    assert proposal.card is not None
    httpx.post(k3_fresh_url + "_admin/faults", json={"fail_next": 50}).raise_for_status()
    first = chat.click("confirm", user="u1001", card=proposal.card)
    chat.wait_reply(conversation="group", user="u1001", containing="稍后", timeout_s=30)
    httpx.post(k3_fresh_url + "_admin/faults", json={"fail_next": 0}).raise_for_status()
    chat.redeliver_click(first["delivery"])  # the same frame (same messageId) once more: dropped
    chat.click("confirm", user="u1001", card=proposal.card)  # the same button pressed again: retried
    chat.wait_reply(conversation="group", user="u1001", containing="已写入", timeout_s=30)
    assert card_inputs() == 2, "the second press counts, the redelivered frame does not"


def test_reconnects_after_the_gateway_drops_the_connection(stream_stack: tuple[SimChat, _StreamBot]) -> None:
    chat, bot = stream_stack
    _wait_connected(bot, 1)
    chat.faults(drop_stream=True)
    _wait_connected(bot, 2)
    chat.send("u2001", "查询 MO20261103", conversation="group")
    assert "MO20261103" in chat.wait_reply(conversation="group", user="u2001").text


@pytest.mark.parametrize("stream_stack", [{"dingtalk_approval_process_code": "PROC-DK3-RISK"}], indirect=True)
def test_an_oa_event_is_acted_on_only_as_dingtalk_reads_back(stream_stack: tuple[SimChat, _StreamBot]) -> None:
    chat, bot = stream_stack
    _wait_connected(bot, 1)
    chat.send("u1001", "MO20261107数量改为1500", conversation="group")
    chat.click("confirm", user="u1001", card=chat.wait_reply(conversation="group", user="u1001").card)
    chat.wait_reply(conversation="group", user="u1001", containing="审批")
    instances: list[dict[str, Any]] = []
    for _ in range(200):
        if instances := chat.http.get("/_sim/approvals").json()["approvals"]:
            break
        threading.Event().wait(0.05)
    instance = instances[0]["processInstanceId"]
    forged = {"processInstanceId": instance, "type": "finish", "result": "agree", "staffId": "u1000"}
    chat.http.post("/_sim/events", json={"event_type": "bpms_instance_change", "data": forged}).raise_for_status()
    chat.approve(instance, user="u1000", result="refuse")  # what DingTalk really holds: refused
    chat.wait_reply(conversation="group", user="u1001", containing="驳回", timeout_s=30)
    assert _qty(bot.settings, "MO20261107") == 1000, "the forged agree wrote nothing"


def _qty(settings: Settings, bill: str) -> float:
    async def get() -> float:
        async with K3Client.from_settings(settings) as k3:
            return (await k3.get_order(bill)).qty

    return asyncio.run(get())


def test_the_stream_serves_its_probes_and_metrics(k3_fresh_url: str, tmp_path: Path, resolvers: Any) -> None:
    """`dingk3 stream` listens for no callback, but operators probe it and scrape its counts on a small port."""
    from api.stream import run_stream
    from sim.server import free_port

    port, ops = free_port(), {"Authorization": "Bearer ops-token-0123456789"}
    with ServerThread(create_dingtalk(SimConfig(mode="stream"))) as server, SimChat(server.url) as chat:
        settings = Settings(
            state_dir=tmp_path / "state", k3_url=k3_fresh_url, dingtalk_api=server.url, dingtalk_mode="stream",
            session_webhook_hosts="127.0.0.1", stream_health_port=port, ops_token="ops-token-0123456789",  # type: ignore[arg-type]
        )  # fmt: skip
        loop = asyncio.new_event_loop()
        task = loop.create_task(run_stream(settings, resolvers=resolvers))
        thread = threading.Thread(target=loop.run_until_complete, args=(asyncio.wait([task]),), daemon=True)
        thread.start()
        try:
            health = f"http://127.0.0.1:{port}"
            for _ in range(200):
                try:
                    if httpx.get(health + "/livez").status_code == 200:
                        break
                except httpx.TransportError:
                    threading.Event().wait(0.05)
            for _ in range(200):  # ready once the stream is connected to the gateway
                ready = httpx.get(health + "/readyz?detail=1", headers=ops)
                if ready.status_code == 200:
                    break
                threading.Event().wait(0.05)
            assert ready.json()["checks"]["dingtalk_stream"] == "ok", ready.text
            assert httpx.get(health + "/metrics").status_code == 401, "operators only"
            chat.send("u2001", "查询 MO20261102", conversation="dm")
            chat.wait_reply(conversation="dm", user="u2001")
            metrics = httpx.get(health + "/metrics", headers=ops).text
            assert 'dingk3_messages_total{backend="rules",intent="query_order",kind="message"} 1.0' in metrics
            assert httpx.get(health + "/dingtalk/robot").status_code == 404, "no callback listens here"
        finally:
            loop.call_soon_threadsafe(task.cancel)
            thread.join(30)
