"""DingTalkClient against the DingTalk simulator over real HTTP: every method, token cache, retries, fallbacks."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from dingk3.config import Settings
from dingk3.errors import DingTalkError
from sim.server import ServerThread
from tests.sim.dingtalk_support import APP_KEY, APP_SECRET, CARD_SECRET, Receiver, sim_server, wait_for
from tools.dingtalk import (
    DingTalkAPIError,
    DingTalkAuthError,
    DingTalkClient,
    DingTalkThrottled,
    SessionWebhookExpired,
)
from tools.dingtalk.client import DEFAULT_OAPI


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, ServerThread]]:
    rec = Receiver()
    with ServerThread(rec.app) as srv:
        yield rec, srv


@pytest.fixture
def sim(receiver: tuple[Receiver, ServerThread]) -> Iterator[ServerThread]:
    _, bot = receiver
    with sim_server(bot_callback_url=f"{bot.url}/dingtalk/robot") as server:
        yield server


@pytest.fixture
async def client(sim: ServerThread) -> AsyncIterator[DingTalkClient]:
    async with DingTalkClient(APP_KEY, APP_SECRET, sim.url, sim.url, retry_wait_s=0.01, max_retry_wait_s=0.05) as dt:
        yield dt


def _calls(client: DingTalkClient) -> list[str]:
    """Record every request path the client sends from now on."""
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")

    client.http.event_hooks["request"].append(hook)
    return seen


def _messages(sim: ServerThread, conversation: str, user: str = "u1001") -> list[dict[str, Any]]:
    resp = httpx.get(f"{sim.url}/_sim/messages", params={"conversation": conversation, "user_id": user})
    return list(resp.json()["messages"])


def _group_id(sim: ServerThread) -> str:
    convs = httpx.get(f"{sim.url}/_sim/conversations").json()["conversations"]
    return str(next(c["conversation_id"] for c in convs if c["conversation_type"] == "2"))


# ------------------------------------------------------------------ token


async def test_token_is_fetched_once_and_reused(client: DingTalkClient, sim: ServerThread) -> None:
    calls = _calls(client)
    await client.send_group(_group_id(sim), "t", "一")
    await client.send_group(_group_id(sim), "t", "二")
    assert calls.count("POST /v1.0/oauth2/accessToken") == 1
    assert calls.count("POST /v1.0/robot/groupMessages/send") == 2


async def test_token_is_refreshed_before_expiry(sim: ServerThread) -> None:
    now = [1000.0]
    async with DingTalkClient(APP_KEY, APP_SECRET, sim.url, sim.url, clock=lambda: now[0]) as dt:
        calls = _calls(dt)
        await dt.get_user("u1001")
        now[0] += 7200 - 301  # just before the 5-minute margin: still cached
        await dt.get_user("u1001")
        assert calls.count("POST /v1.0/oauth2/accessToken") == 1
        now[0] += 2  # inside the margin before expireIn: fetched again
        await dt.get_user("u1001")
        assert calls.count("POST /v1.0/oauth2/accessToken") == 2


async def test_token_rejected_is_refreshed_once(client: DingTalkClient, sim: ServerThread) -> None:
    calls = _calls(client)
    await client.get_user("u1001")
    httpx.post(f"{sim.url}/_admin/faults", json={"expire_tokens": True}).raise_for_status()
    await client.send_group(_group_id(sim), "t", "after expiry")  # new API: 401 InvalidAuthentication
    httpx.post(f"{sim.url}/_admin/faults", json={"expire_tokens": True}).raise_for_status()
    await client.get_user("u1001")  # legacy: errcode 42001
    assert calls.count("POST /v1.0/oauth2/accessToken") == 3


async def test_bad_credentials_raise_auth_error(sim: ServerThread) -> None:
    async with DingTalkClient(APP_KEY, "wrong", sim.url, sim.url) as dt:
        with pytest.raises(DingTalkAuthError) as err:
            await dt.get_user("u1001")
    assert err.value.code == "invalidClientIdOrSecret" and err.value.status == 400
    assert isinstance(err.value, DingTalkError)


# ------------------------------------------------------------------ retries


async def test_5xx_is_retried_with_backoff(client: DingTalkClient, sim: ServerThread) -> None:
    await client.access_token()
    calls = _calls(client)
    httpx.post(f"{sim.url}/_admin/faults", json={"fail_next": 2}).raise_for_status()
    await client.send_group(_group_id(sim), "t", "despite two 500s")
    assert calls.count("POST /v1.0/robot/groupMessages/send") == 3
    assert any(m["text"] == "despite two 500s" for m in _messages(sim, "group"))


async def test_5xx_gives_up_after_the_retries(client: DingTalkClient, sim: ServerThread) -> None:
    await client.access_token()
    httpx.post(f"{sim.url}/_admin/faults", json={"fail_next": 10}).raise_for_status()
    with pytest.raises(DingTalkAPIError) as err:
        await client.get_user("u1001")
    assert err.value.status == 500
    httpx.post(f"{sim.url}/_admin/reset-faults").raise_for_status()


@pytest.mark.parametrize("kind", ["api", "ip"])
async def test_throttling_is_retried(client: DingTalkClient, sim: ServerThread, kind: str) -> None:
    await client.access_token()
    calls = _calls(client)
    httpx.post(
        f"{sim.url}/_admin/faults", json={"throttle_next": 2, "throttle_kind": kind, "throttle_wait_s": 0.01}
    ).raise_for_status()
    user = await client.get_user("u2001")  # legacy path: errcode 90002 or status 1111
    assert user["name"] == "张伟"
    assert calls.count("POST /topapi/v2/user/get") == 3


async def test_throttling_error_carries_retry_after(client: DingTalkClient, sim: ServerThread) -> None:
    await client.access_token()
    httpx.post(
        f"{sim.url}/_admin/faults", json={"throttle_next": 10, "throttle_kind": "ip", "throttle_wait_s": 0.02}
    ).raise_for_status()
    with pytest.raises(DingTalkThrottled) as err:
        await client.send_group(_group_id(sim), "t", "x")
    assert err.value.retry_after_s == pytest.approx(0.02)
    httpx.post(f"{sim.url}/_admin/reset-faults").raise_for_status()


async def test_4xx_is_not_retried(sim: ServerThread) -> None:
    async with DingTalkClient(APP_KEY, APP_SECRET, sim.url, sim.url, robot_code="not-our-robot") as dt:
        calls = _calls(dt)
        with pytest.raises(DingTalkAPIError) as err:
            await dt.send_group(_group_id(sim), "t", "x")
    assert err.value.status == 400 and err.value.code == "invalidParameter.robotCode"
    assert calls.count("POST /v1.0/robot/groupMessages/send") == 1


async def test_mock_transport_is_injectable() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path == "/v1.0/oauth2/accessToken":
            return httpx.Response(200, json={"accessToken": "tok", "expireIn": 7200})
        return httpx.Response(200, json={"processQueryKey": "k"})

    async with DingTalkClient("k", "s", transport=httpx.MockTransport(handler)) as dt:
        assert await dt.send_group("cid1", "标题", "**粗体**") == "k"
    send = seen[-1]
    assert send.url == "https://api.dingtalk.com/v1.0/robot/groupMessages/send"
    assert send.headers["x-acs-dingtalk-access-token"] == "tok"
    body = json.loads(send.content)
    assert body["robotCode"] == "k" and body["msgKey"] == "sampleMarkdown"
    assert json.loads(body["msgParam"]) == {"title": "标题", "text": "**粗体**"}


def test_from_settings_uses_the_simulator_for_oapi_paths_too() -> None:
    default = DingTalkClient.from_settings(Settings())
    assert default.api_base == "https://api.dingtalk.com" and default.oapi_base == DEFAULT_OAPI
    assert default.robot_code == "dingk3demo"
    local = DingTalkClient.from_settings(Settings(dingtalk_api="http://127.0.0.1:8000/"))
    assert local.api_base == local.oapi_base == "http://127.0.0.1:8000"


async def test_one_info_line_per_call_without_secrets(
    client: DingTalkClient, sim: ServerThread, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="dingk3.dingtalk")
    await client.get_user("u1001")
    lines = [r.getMessage() for r in caplog.records if r.name == "dingk3.dingtalk"]
    assert len(lines) == 2
    assert lines[0].startswith("dingtalk oauth2.accessToken status=ok ms=")
    assert lines[1].startswith("dingtalk user.get status=ok ms=")
    token = await client.access_token()
    assert not any(APP_SECRET in line or token in line for line in lines)


# ------------------------------------------------------------------ messages


async def test_send_group_shows_markdown_in_the_group(client: DingTalkClient, sim: ServerThread) -> None:
    key = await client.send_group(_group_id(sim), "订单", "**MO2026110041** 已创建")
    assert key
    last = _messages(sim, "group")[-1]
    assert last["is_bot"] and last["kind"] == "markdown" and last["text"] == "**MO2026110041** 已创建"
    assert last["via"] == "groupMessages" and last["title"] == "订单"


async def test_send_users_splits_by_twenty_and_reports_unknown_ids(client: DingTalkClient, sim: ServerThread) -> None:
    calls = _calls(client)
    ids = ["u1000", "u2001"] + [f"ghost{i}" for i in range(23)]
    result = await client.send_users(ids, "通知", "请审批")
    assert calls.count("POST /v1.0/robot/oToMessages/batchSend") == 2
    assert sorted(result["invalidStaffIdList"]) == sorted(ids[2:])
    assert _messages(sim, "dm", user="u1000")[-1]["text"] == "请审批"
    assert _messages(sim, "dm", user="u2001")[-1]["text"] == "请审批"


async def test_reply_session_ats_the_sender_and_expired_session_raises(
    client: DingTalkClient, sim: ServerThread, receiver: tuple[Receiver, ServerThread]
) -> None:
    rec, _ = receiver
    httpx.post(
        f"{sim.url}/_sim/send", json={"user_id": "u1001", "conversation_id": "group", "text": "你好"}
    ).raise_for_status()
    callback = wait_for(lambda: rec.robot and rec.robot[-1], what="robot callback")
    await client.reply_session(callback["sessionWebhook"], "收到", at_user_ids=["u1001"])
    posts = httpx.get(f"{sim.url}/_sim/webhook-posts").json()["posts"]
    assert posts[-1]["body"]["at"]["atUserIds"] == ["u1001"]
    assert posts[-1]["body"]["markdown"]["text"] == "@u1001 收到"
    shown = _messages(sim, "group")[-1]
    assert shown["is_bot"] and shown["at_user_ids"] == ["u1001"]

    httpx.post(f"{sim.url}/_admin/faults", json={"expire_sessions": True}).raise_for_status()
    with pytest.raises(SessionWebhookExpired):
        await client.reply_session(callback["sessionWebhook"], "太晚了")
    with pytest.raises(SessionWebhookExpired):  # known to be expired: not even sent
        await client.reply_session(callback["sessionWebhook"], "x", expires_at_ms=1)
    with pytest.raises(SessionWebhookExpired):  # unreachable
        await client.reply_session("http://127.0.0.1:9/robot/sendBySession?session=x", "x")


async def test_custom_robot_signed_send_and_throttle(client: DingTalkClient, sim: ServerThread) -> None:
    hook = f"{sim.url}/robot/send?access_token=demo-robot-token"
    await client.send_custom_robot(hook, "SECdemo-custom-robot-secret", "夜班交接：**3** 张订单待下达")
    assert _messages(sim, "group")[-1]["text"] == "夜班交接：**3** 张订单待下达"
    with pytest.raises(DingTalkAPIError) as err:
        await client.send_custom_robot(hook, "SECwrong", "x")
    assert err.value.code == "310000"
    with pytest.raises(DingTalkAPIError) as err:
        await client.send_custom_robot(hook, "SECdemo-custom-robot-secret", "x", now_ms=1_000)
    assert err.value.code == "310000"  # stale timestamp
    for _ in range(19):
        await client.send_custom_robot(hook, "SECdemo-custom-robot-secret", "刷屏")
    with pytest.raises(DingTalkThrottled) as throttled:
        await client.send_custom_robot(hook, "SECdemo-custom-robot-secret", "第21条")
    assert throttled.value.code == "410100" and throttled.value.retry_after_s == 600


# ------------------------------------------------------------------ cards


def _buttons(*ids: str) -> list[dict[str, Any]]:
    return [{"id": i, "label": i, "params": {"action": i, "thread_id": "t1", "proposal_id": "p1", "digest": "d1"}}
            for i in ids]  # fmt: skip


async def test_card_to_group_then_update_by_key(client: DingTalkClient, sim: ServerThread) -> None:
    cid = _group_id(sim)
    result = await client.create_and_deliver_card(
        "card-g1", "tpl.dingk3",
        {"title": "请确认", "markdown": "数量 **300**", "buttons": _buttons("confirm", "cancel")},
        group_conversation_id=cid,
    )  # fmt: skip
    assert result["outTrackId"] == "card-g1"
    assert result["deliverResults"][0] | {"carrierId": ""} == {
        "spaceType": "IM_GROUP", "spaceId": cid, "success": True, "carrierId": ""}  # fmt: skip
    card = _messages(sim, "group")[-1]["card"]
    assert card["title"] == "请确认" and [b["id"] for b in card["buttons"]] == ["confirm", "cancel"]
    assert json.loads(card["params"]["buttons"])[0]["params"]["proposal_id"] == "p1"  # values went as JSON strings

    await client.update_card("card-g1", {"markdown": "已创建 MO2026110041", "buttons": []})
    card = _messages(sim, "group")[-1]["card"]
    assert card["version"] == 2 and card["title"] == "请确认" and card["buttons"] == []
    assert card["markdown"] == "已创建 MO2026110041"
    with pytest.raises(DingTalkAPIError) as err:
        await client.update_card("no-such-card", {"title": "x"})
    assert err.value.status == 400


async def test_card_to_a_users_robot_chat_with_private_data(client: DingTalkClient, sim: ServerThread) -> None:
    await client.create_and_deliver_card(
        "card-u1", "tpl.dingk3", {"title": "审批", "markdown": "请审批", "buttons": _buttons("approve", "reject")},
        user_id="u1000", private_data={"u1000": {"status_label": "待您审批"}},
    )  # fmt: skip
    card = _messages(sim, "dm", user="u1000")[-1]["card"]
    assert card["status_label"] == "待您审批"
    other = httpx.get(f"{sim.url}/_sim/cards/card-u1", params={"user_id": "u1001"}).json()
    assert other["status_label"] == ""
    with pytest.raises(DingTalkAPIError):
        await client.create_and_deliver_card("card-x", "tpl", {"title": "x"}, user_id="nobody")
    with pytest.raises(ValueError, match="exactly one"):
        await client.create_and_deliver_card("card-y", "tpl", {}, user_id="u1", group_conversation_id="c")


async def test_http_card_callback_is_signed_and_its_answer_updates_the_card(
    client: DingTalkClient, sim: ServerThread, receiver: tuple[Receiver, ServerThread]
) -> None:
    rec, bot = receiver
    await client.register_card_callback("dingk3", f"{bot.url}/dingtalk/card", CARD_SECRET)
    await client.create_and_deliver_card(
        "card-h1", "tpl.dingk3", {"title": "请确认", "buttons": _buttons("confirm")},
        group_conversation_id=_group_id(sim), callback_type="HTTP", callback_route_key="dingk3",
    )  # fmt: skip
    rec.card_answer = {
        "cardData": {"cardParamMap": {"markdown": "已确认", "buttons": "[]"}},
        "cardUpdateOptions": {"updateCardDataByKey": True},
    }
    httpx.post(
        f"{sim.url}/_sim/click", json={"user_id": "u1001", "out_track_id": "card-h1", "action_id": "confirm"}
    ).raise_for_status()
    click = wait_for(lambda: rec.cards and rec.cards[-1], what="card callback")
    assert click["type"] == "actionCallback" and click["outTrackId"] == "card-h1" and click["userId"] == "u1001"
    content = json.loads(click["content"])["cardPrivateData"]
    assert content == {"actionIds": ["confirm"], "params": _buttons("confirm")[0]["params"]}
    card = wait_for(lambda: (c := httpx.get(f"{sim.url}/_sim/cards/card-h1").json())["version"] == 2 and c)
    assert card["markdown"] == "已确认" and card["title"] == "请确认" and card["buttons"] == []
    assert rec.refused == 0


# ------------------------------------------------------------------ users and approvals


async def test_get_user(client: DingTalkClient) -> None:
    user = await client.get_user("u2001")
    assert user["name"] == "张伟" and user["title"] == "操作工" and user["manager_userid"] == "u2000"
    assert user["dept_id_list"] and user["active"] is True
    with pytest.raises(DingTalkAPIError) as err:
        await client.get_user("nobody")
    assert err.value.code == "60121"


async def test_approval_start_get_execute(client: DingTalkClient, sim: ServerThread) -> None:
    instance = await client.start_approval(
        "PROC-DINGK3", "u2001", 101, {"订单": "MO20261102", "数量": 1200, "原因": "超计划报工"}
    )
    got = await client.get_approval(instance)
    assert got["status"] == "RUNNING" and got["originatorUserId"] == "u2001"
    assert {"name": "数量", "value": "1200"} in [
        {k: v[k] for k in ("name", "value")} for v in got["formComponentValues"]
    ]
    task = got["tasks"][0]
    assert task["userId"] == "u2000"  # the originator's manager
    oa = [m for m in _messages(sim, "dm", user="u2000") if m["kind"] == "oa"]
    assert oa and oa[-1]["oa"]["instance_id"] == instance
    await client.execute_approval_task(instance, task["taskId"], "u2000", "agree", "同意")
    done = await client.get_approval(instance)
    assert done["status"] == "COMPLETED" and done["result"] == "agree"
    with pytest.raises(DingTalkAPIError):
        await client.execute_approval_task(instance, task["taskId"], "u2000", "refuse")
