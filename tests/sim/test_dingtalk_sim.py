"""The DingTalk simulator: signed HTTP callbacks, the Stream protocol frame by frame, auth, the chat endpoints."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

import sim.dingtalk
from sim.dingtalk.driver import SimChat
from sim.server import ServerThread
from tests.sim.dingtalk_support import APP_KEY, APP_SECRET, Receiver, sim_server, wait_for
from tools.dingtalk.signing import robot_sign


def test_exports() -> None:
    assert sim.dingtalk.__all__ == ["SimConfig", "create_app", "serve"]
    import tools.dingtalk

    assert tools.dingtalk.__all__ == [
        "DingTalkAPIError", "DingTalkAuthError", "DingTalkClient", "DingTalkThrottled", "SessionWebhookExpired",
    ]  # fmt: skip


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, ServerThread]]:
    rec = Receiver()
    with ServerThread(rec.app) as srv:
        yield rec, srv


# ------------------------------------------------------------------ HTTP mode


def test_http_callback_is_signed_and_shaped_like_dingtalk(receiver: tuple[Receiver, ServerThread]) -> None:
    rec, bot = receiver
    with sim_server(bot_callback_url=f"{bot.url}/dingtalk/robot") as s, SimChat(s.url) as chat:
        before = int(time.time() * 1000)
        chat.send("u1001", "建立生产订单 BOM-2050 数量300 @张伟")
        body = wait_for(lambda: rec.robot and rec.robot[-1], what="callback")
        headers = rec.robot_headers[-1]
        assert rec.refused == 0
        assert headers["sign"] == robot_sign(APP_SECRET, headers["timestamp"])
        assert before <= int(headers["timestamp"]) <= int(time.time() * 1000)
        assert body["msgtype"] == "text" and body["text"] == {"content": " 建立生产订单 BOM-2050 数量300 @张伟"}
        assert body["conversationType"] == "2" and body["conversationTitle"] == "生产群"
        assert body["conversationId"].startswith("cid") and body["msgId"].startswith("msg")
        assert body["senderStaffId"] == "u1001" and body["senderNick"] == "王建国"
        assert body["senderId"].startswith("$:LWCP_v1:$") and body["chatbotUserId"].startswith("$:LWCP_v1:$")
        assert body["robotCode"] == APP_KEY and body["isInAtList"] is True
        assert body["atUsers"][0] == {"dingtalkId": body["chatbotUserId"]}
        assert body["atUsers"][1]["staffId"] == "u2001"
        assert body["sessionWebhook"].startswith(f"{s.url}/robot/sendBySession?session=")
        assert body["sessionWebhookExpiredTime"] - body["createAt"] == 5_400_000
        assert abs(body["createAt"] - int(headers["timestamp"])) < 5000

        # 1:1: no title, no at list, no leading space
        chat.send("u2001", "报工", conversation="dm")
        body = wait_for(lambda: len(rec.robot) == 2 and rec.robot[-1], what="1:1 callback")
        assert body["conversationType"] == "1" and "conversationTitle" not in body
        assert body["text"]["content"] == "报工" and body["senderStaffId"] == "u2001"

        # a group message that does not @ the bot stays in the group
        chat.send("u1001", "大家辛苦了", at_bot=False)
        time.sleep(0.2)
        assert len(rec.robot) == 2

        # DingTalk sometimes delivers twice: the same msgId again
        first = rec.robot[0]["msgId"]
        chat.redeliver(first)
        wait_for(lambda: len(rec.robot) == 3, what="redelivery")
        assert rec.robot[-1]["msgId"] == first


def test_http_callback_reply_in_the_response_body_and_at_the_session_webhook(
    receiver: tuple[Receiver, ServerThread],
) -> None:
    rec, bot = receiver

    @rec.app.post("/answering")
    async def answering() -> Any:
        return {"msgtype": "markdown", "markdown": {"title": "帮助", "text": "**我可以帮您**"}}

    with sim_server(bot_callback_url=f"{bot.url}/answering", session_webhook_ttl_s=0.5) as s, SimChat(s.url) as chat:
        chat.send("u1001", "帮助", conversation="dm")
        reply = chat.wait_reply(conversation="dm")
        assert reply.kind == "markdown" and reply.text == "**我可以帮您**" and reply.is_bot
    with sim_server(bot_callback_url=f"{bot.url}/dingtalk/robot", session_webhook_ttl_s=0.3) as s:
        httpx.post(f"{s.url}/_sim/send", json={"user_id": "u1001", "conversation_id": "dm", "text": "x"})
        hook = wait_for(lambda: rec.robot and rec.robot[-1]["sessionWebhook"])
        ok = httpx.post(hook, json={"msgtype": "text", "text": {"content": "好的"}})
        assert ok.json() == {"errcode": 0, "errmsg": "ok"}
        time.sleep(0.35)
        late = httpx.post(hook, json={"msgtype": "text", "text": {"content": "太晚"}})
        assert late.status_code == 500 and late.json()["errcode"] != 0
        bad = httpx.post(
            f"{s.url}/robot/sendBySession?session=nope", json={"msgtype": "text", "text": {"content": "x"}}
        )
        assert bad.status_code == 500


def test_unreachable_bot_shows_a_notice() -> None:
    with sim_server(bot_callback_url="http://127.0.0.1:9/dingtalk/robot") as s, SimChat(s.url) as chat:
        chat.send("u1001", "在吗")
        notice = chat.wait_reply(kind="notice")
        assert "没有送达" in notice.text


# ------------------------------------------------------------------ OpenAPI auth


def test_openapi_refuses_missing_or_bad_tokens() -> None:
    with sim_server() as s:
        for headers in ({}, {"x-acs-dingtalk-access-token": "bogus"}):
            resp = httpx.post(f"{s.url}/v1.0/robot/groupMessages/send", json={}, headers=headers)
            assert resp.status_code == 401
            assert resp.json()["code"] == "InvalidAuthentication" and "requestid" in resp.json()
        legacy = httpx.post(f"{s.url}/topapi/v2/user/get", json={"userid": "u1001"})
        assert legacy.json()["errcode"] == 40014
        bad = httpx.post(f"{s.url}/v1.0/oauth2/accessToken", json={"appKey": APP_KEY, "appSecret": "x"})
        assert bad.status_code == 400 and bad.json()["code"] == "invalidClientIdOrSecret"
        old = httpx.get(f"{s.url}/gettoken", params={"appkey": APP_KEY, "appsecret": APP_SECRET}).json()
        assert old["errcode"] == 0 and old["expires_in"] == 7200
        user = httpx.post(f"{s.url}/topapi/v2/user/get", params={"access_token": old["access_token"]},
                          json={"userid": "u1000"}).json()  # fmt: skip
        assert user["result"]["name"] == "陈志强" and user["result"]["title"] == "生产经理"


def test_custom_robot_posts_a_msg_uuid_once() -> None:
    from tools.dingtalk.signing import custom_robot_url

    with sim_server() as s:
        secret = "SECdemo-custom-robot-secret"
        body = {"msgtype": "text", "text": {"content": "交接"}, "msgUuid": "u-1"}
        for _ in range(2):
            url = custom_robot_url(f"{s.url}/robot/send?access_token=demo-robot-token", secret, int(time.time() * 1000))
            assert httpx.post(url, json=body).json()["errcode"] == 0
        shown = httpx.get(f"{s.url}/_sim/messages", params={"conversation": "group"}).json()["messages"]
        assert [m["text"] for m in shown] == ["交接"]
        unknown = httpx.post(f"{s.url}/robot/send?access_token=nope", json=body).json()
        assert unknown["errcode"] == 400101


def test_card_values_must_be_strings() -> None:
    with sim_server() as s:
        token = httpx.post(f"{s.url}/v1.0/oauth2/accessToken", json={"appKey": APP_KEY, "appSecret": APP_SECRET})
        headers = {"x-acs-dingtalk-access-token": token.json()["accessToken"]}
        body = {"cardTemplateId": "t", "outTrackId": "o1", "openSpaceId": "dtv1.card//IM_ROBOT.u1001",
                "cardData": {"cardParamMap": {"count": 3}}}  # fmt: skip
        resp = httpx.post(f"{s.url}/v1.0/card/instances/createAndDeliver", json=body, headers=headers)
        assert resp.status_code == 400 and resp.json()["code"] == "invalidParameter.cardParamMap"
        body |= {"openSpaceId": "IM_GROUP.cid", "cardData": {"cardParamMap": {}}}
        resp = httpx.post(f"{s.url}/v1.0/card/instances/createAndDeliver", json=body, headers=headers)
        assert resp.json()["code"] == "invalidParameter.openSpaceId"


# ------------------------------------------------------------------ Stream protocol, frame by frame


def _open(s: ServerThread, subs: list[dict[str, str]] | None = None) -> dict[str, Any]:
    resp = httpx.post(f"{s.url}/v1.0/gateway/connections/open", json={
        "clientId": APP_KEY, "clientSecret": APP_SECRET, "ua": "test", "localIp": "",
        "subscriptions": subs or [{"type": "CALLBACK", "topic": "/v1.0/im/bot/messages/get"}],
    })  # fmt: skip
    resp.raise_for_status()
    return dict(resp.json())


async def test_stream_ticket_is_single_use_and_credentials_are_checked() -> None:
    with sim_server(mode="stream") as s:
        conn = _open(s)
        assert conn["endpoint"] == f"ws://127.0.0.1:{s.port}/connect"
        async with connect(f"{conn['endpoint']}?ticket={conn['ticket']}"):
            pass
        with pytest.raises(InvalidStatus):
            async with connect(f"{conn['endpoint']}?ticket={conn['ticket']}"):
                pass
        with pytest.raises(InvalidStatus):
            async with connect(f"{conn['endpoint']}?ticket=made-up"):
                pass
        bad = httpx.post(f"{s.url}/v1.0/gateway/connections/open", json={"clientId": APP_KEY, "clientSecret": "x"})
        assert bad.status_code == 401


async def test_stream_frames_acks_redelivery_and_ping() -> None:
    with sim_server(mode="stream", redeliver_after_s=0.3, max_redeliveries=2, ping_interval_s=0.2) as s:
        conn = _open(s)
        async with connect(f"{conn['endpoint']}?ticket={conn['ticket']}") as ws:
            await asyncio.to_thread(
                httpx.post, f"{s.url}/_sim/send", json={"user_id": "u2001", "conversation_id": "dm", "text": "你好"}
            )
            frames: list[dict[str, Any]] = []
            callbacks: list[dict[str, Any]] = []
            deadline = time.monotonic() + 5
            while len(callbacks) < 2 and time.monotonic() < deadline:
                frame = json.loads(await asyncio.wait_for(ws.recv(), 5))
                frames.append(frame)
                if frame["type"] == "SYSTEM" and frame["headers"]["topic"] == "ping":
                    await ws.send(json.dumps({"code": 200, "headers": frame["headers"], "message": "OK",
                                              "data": frame["data"]}))  # fmt: skip
                if frame["type"] == "CALLBACK":
                    callbacks.append(frame)
            # not acked: delivered again, with the same messageId
            assert len(callbacks) == 2
            first = callbacks[0]
            assert first["specVersion"] == "1.0" and first["headers"]["topic"] == "/v1.0/im/bot/messages/get"
            assert first["headers"]["contentType"] == "application/json" and first["headers"]["appId"] == APP_KEY
            assert first["headers"]["connectionId"] and first["headers"]["time"].isdigit()
            assert callbacks[1]["headers"]["messageId"] == first["headers"]["messageId"]
            data = json.loads(first["data"])
            assert data["text"]["content"] == "你好" and data["senderStaffId"] == "u2001"
            ping = next(f for f in frames if f["type"] == "SYSTEM")
            assert "opaque" in json.loads(ping["data"])
            # acked: no more redelivery
            await ws.send(json.dumps({"code": 200, "headers": {"messageId": first["headers"]["messageId"],
                                      "contentType": "application/json"}, "message": "OK", "data": "{}"}))  # fmt: skip
            later: list[dict[str, Any]] = []
            end = time.monotonic() + 0.8
            while time.monotonic() < end:
                try:
                    later.append(json.loads(await asyncio.wait_for(ws.recv(), max(0.05, end - time.monotonic()))))
                except TimeoutError:
                    break
            assert not [f for f in later if f["type"] == "CALLBACK"]
        stream = httpx.get(f"{s.url}/_sim/stream").json()
        assert stream["unacked"] == []


async def test_stream_queues_while_no_bot_is_connected() -> None:
    with sim_server(mode="stream") as s:
        await asyncio.to_thread(
            httpx.post, f"{s.url}/_sim/send", json={"user_id": "u1001", "conversation_id": "group", "text": "早"}
        )
        assert httpx.get(f"{s.url}/_sim/stream").json()["queued"] == 1
        conn = _open(s)
        async with connect(f"{conn['endpoint']}?ticket={conn['ticket']}") as ws:
            frame = json.loads(await asyncio.wait_for(ws.recv(), 5))
            assert json.loads(frame["data"])["text"]["content"] == " 早"


# ------------------------------------------------------------------ chat page and driver


def test_page_and_chat_endpoints() -> None:
    with sim_server(k3_view_url="http://127.0.0.1:8100/k3cloud/_admin/view?bill={bill}") as s:
        page = httpx.get(f"{s.url}/")
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        config = httpx.get(f"{s.url}/_sim/config").json()
        users = {u["user_id"]: u for u in config["users"]}
        assert users["u1001"]["name"] == "王建国" and users["u1000"]["role"] == "supervisor"
        assert config["group"]["title"] == "生产群" and config["k3_view_url"].endswith("{bill}")
        convs = httpx.get(f"{s.url}/_sim/conversations", params={"user_id": "u2001"}).json()["conversations"]
        assert [c["conversation_type"] for c in convs] == ["2", "1"]
        guest = httpx.post(f"{s.url}/_sim/send", json={"user_id": "u9001", "conversation_id": "group", "text": "hi"})
        assert guest.status_code == 403  # the guest is not in 生产群
        missing = httpx.post(f"{s.url}/_sim/click", json={"user_id": "u1001", "out_track_id": "x", "action_id": "y"})
        assert missing.status_code == 404


def test_long_poll_returns_as_soon_as_something_changes() -> None:
    with sim_server() as s, SimChat(s.url) as chat:
        rev = httpx.get(f"{s.url}/_sim/messages", params={"after": 1 << 60}).json()["rev"]
        started = time.monotonic()
        result: dict[str, Any] = {}

        def poll() -> None:
            result.update(httpx.get(f"{s.url}/_sim/messages", params={"after": rev, "wait": 10}, timeout=15).json())

        import threading

        t = threading.Thread(target=poll)
        t.start()
        time.sleep(0.2)
        chat.send("u1001", "你好", at_bot=False)
        t.join(10)
        assert time.monotonic() - started < 5
        assert result["messages"][0]["text"] == "你好"
