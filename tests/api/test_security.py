"""Forged and replayed callbacks, reply webhooks pointed elsewhere, unauthenticated pages: over real HTTP."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.replay import ReplayGuard
from dingk3.db import connect
from sim.server import ServerThread
from tests.api.conftest import Stack
from tests.reliability.conftest import unique_ts
from tools.dingtalk.signing import card_callback_signature, robot_sign

SECRET = "demo-dingtalk-secret"


def _robot_headers(ts: int | None = None) -> dict[str, str]:
    ts = ts or unique_ts()
    return {"timestamp": str(ts), "sign": robot_sign(SECRET, ts)}


def _card_headers(ts: int | None = None) -> dict[str, str]:
    ts = ts or unique_ts()
    return {"x-ddpaas-signature-timestamp": str(ts), "x-ddpaas-signature": card_callback_signature(SECRET, ts)}


def _text(msg_id: str, user: str, text: str, *, cid: str = "cid-sec", ctype: str = "1", **extra: Any) -> dict[str, Any]:
    return {
        "msgtype": "text", "text": {"content": text}, "msgId": msg_id, "conversationType": ctype,
        "conversationId": cid, "senderStaffId": user, "senderNick": user, "robotCode": "dingk3demo",
    } | extra  # fmt: skip


def _stored(stack: Stack, msg_id: str) -> bool:
    row = stack.app.state.runtime.res.db.fetchone("SELECT 1 AS x FROM inbox WHERE msg_id = ?", (msg_id,))
    return row is not None


def _drain(stack: Stack) -> None:
    runtime = stack.app.state.runtime

    async def wait() -> None:
        for _ in range(400):
            if not runtime._tasks:
                return
            await asyncio.sleep(0.05)

    asyncio.run(wait())


# --------------------------------------------------------------------------- section 2: replay


def test_a_robot_signature_replayed_with_another_body_is_refused(stack: Stack) -> None:
    """u1001's captured `timestamp`/`sign` posted again with u1000's 同意 (issue 12 §2)."""
    url = stack.api_url + "/dingtalk/robot"
    headers = _robot_headers()
    assert httpx.post(url, json=_text("m-first", "u1001", "确认"), headers=headers).status_code == 200
    forged = _text("m-forged", "u1000", "同意", cid="cid-u1000")
    resp = httpx.post(url, json=forged, headers=headers)
    assert resp.status_code == 401
    assert not _stored(stack, "m-forged"), "the forged body never reaches the inbox"
    # a fresh signature still works
    assert httpx.post(url, json=_text("m-next", "u1001", "你好"), headers=_robot_headers()).status_code == 200
    _drain(stack)


def test_a_card_signature_is_accepted_once(stack: Stack) -> None:
    """One captured `x-ddpaas-signature` pair was reused for 14 forged clicks (issue 12 §2)."""
    url = stack.api_url + "/dingtalk/cards"
    headers = _card_headers()
    click = {"outTrackId": "x", "userId": "u1001", "content": json.dumps({"cardPrivateData": {"params": {}}})}
    assert httpx.post(url, json=click, headers=headers).status_code == 200
    for user in ("u1000", "u1002"):
        forged = click | {"userId": user, "content": json.dumps({"cardPrivateData": {"params": {"action": "approve"}}})}
        assert httpx.post(url, json=forged, headers=headers).status_code == 401
    _drain(stack)


def test_a_timestamp_minutes_ahead_passes_an_hour_ahead_does_not(stack: Stack) -> None:
    url = stack.api_url + "/dingtalk/robot"
    now = int(time.time() * 1000)
    skewed = _robot_headers(now + 60_000)
    assert httpx.post(url, json=_text("m-skew", "u1001", "你好"), headers=skewed).status_code == 200
    ahead = _robot_headers(now + 50 * 60_000)
    assert httpx.post(url, json=_text("m-ahead", "u1001", "你好"), headers=ahead).status_code == 401
    _drain(stack)


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_two_workers_share_what_was_used(engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Each worker has its own connection; a pair one accepted is a replay to the other; old pairs go."""
    url = request.getfixturevalue("pg_url") if engine == "postgresql" else f"sqlite:///{tmp_path / 'w.db'}"
    a_db, b_db = connect(url), connect(url)
    try:
        a, b = ReplayGuard(a_db), ReplayGuard(b_db)
        now = 1_800_000_000.0
        ts = str(int(now * 1000))
        assert a.first_use("robot", ts, "SIG", now=now)
        assert not b.first_use("robot", ts, "SIG", now=now), "replayed to another worker"
        assert not a.first_use("robot", ts, "SIG", now=now + 3500), "still remembered inside the hour"
        assert b.first_use("card", ts, "SIG", now=now), "the card and robot kinds are separate"
        assert b.first_use("robot", str(int(now * 1000) + 1), "SIG2", now=now)
        assert a.count() == 3
        later = now + 2 * 3600  # every pair is now too old for the signature check: pruned
        assert a.first_use("robot", str(int(later * 1000)), "SIG3", now=later)
        assert a.count() == 1
    finally:
        a_db.close()
        b_db.close()


# --------------------------------------------------------------------------- section 6: odd timestamp headers


def test_odd_timestamp_headers_get_401_not_500(stack: Stack) -> None:
    """`²` (0xB2) and 5,000 digits were HTTP 500s with a traceback (issue 12 §6)."""
    body = _text("m-odd", "u1001", "你好")
    for ts in ("\u00b2", "1" * 5000, "\uff11" * 13, "-1", "+1700000000000", "1e12", "0x1"):
        raw = ts.encode("latin-1", errors="ignore") or b"x"
        robot = [(b"timestamp", raw), (b"sign", b"c2lnbg==")]
        card = [(b"x-ddpaas-signature-timestamp", raw), (b"x-ddpaas-signature", b"c2lnbg==")]
        assert httpx.post(stack.api_url + "/dingtalk/robot", json=body, headers=robot).status_code == 401, ts
        assert httpx.post(stack.api_url + "/dingtalk/cards", json=body, headers=card).status_code == 401, ts


def test_timestamp_header_values_never_give_500(stack: Stack) -> None:
    """Any bytes a header can carry (latin-1), with a valid or junk sign, for both signature kinds."""
    # 0x7F is refused by the HTTP server itself (400) before the app sees it
    chars = st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f")
    header_text = st.text(alphabet=chars, max_size=40)
    digits = st.integers(min_value=0, max_value=10**40).map(str)
    values = st.one_of(header_text, digits, st.just("9" * 5000), st.just("\u00b2" * 13))

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(ts=values, valid_sign=st.booleans())
    def check(ts: str, valid_sign: bool) -> None:
        raw = ts.strip().encode("latin-1")
        robot_sig = robot_sign(SECRET, ts) if valid_sign else "junk"
        card_sig = card_callback_signature(SECRET, ts) if valid_sign else "junk"
        with httpx.Client(base_url=stack.api_url, timeout=30) as http:
            robot = [(b"timestamp", raw), (b"sign", robot_sig.encode())]
            r = http.post("/dingtalk/robot", content=b"{}", headers=robot)
            assert r.status_code in (200, 401), (ts, r.status_code)
            c = http.post(
                "/dingtalk/cards", content=b"{}",
                headers=[(b"x-ddpaas-signature-timestamp", raw), (b"x-ddpaas-signature", card_sig.encode())],
            )  # fmt: skip
            assert c.status_code in (200, 401), (ts, c.status_code)

    check()
    _drain(stack)


# --------------------------------------------------------------------------- section 3: the reply webhook


@pytest.fixture
def thief() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A server on another loopback port that records what is posted to it."""
    posts: list[dict[str, Any]] = []
    app = FastAPI()

    @app.post("/steal")
    async def steal(request: Request) -> dict[str, Any]:
        posts.append(await request.json())
        return {"errcode": 0, "errmsg": "ok"}

    with ServerThread(app) as server:
        yield f"{server.url}/steal", posts


def test_a_reply_webhook_elsewhere_is_never_called(stack: Stack, thief: tuple[str, list[dict[str, Any]]]) -> None:
    """A group message naming `sessionWebhook=http://127.0.0.1:<port>/steal`: the group gets the answer through
    the OpenAPI, the other URL nothing, then or later (issue 12 §3)."""
    steal_url, posts = thief
    chat = stack.chat
    cid = chat.conversation_id("group")
    now = int(time.time() * 1000)
    body = _text(
        "m-steal", "u2001", "查询 MO20261102", cid=cid, ctype="2", conversationTitle="生产群",
        sessionWebhook=steal_url, sessionWebhookExpiredTime=now + 3_600_000,
    )  # fmt: skip
    assert httpx.post(stack.api_url + "/dingtalk/robot", json=body, headers=_robot_headers()).status_code == 200
    chat.wait_reply(conversation="group", user="u2001", containing="MO20261102")
    chat.send("u2001", "查询 MO20261103", conversation="group")  # the group's next message: still not there
    chat.wait_reply(conversation="group", user="u2001", containing="MO20261103")
    _drain(stack)
    assert posts == []


@pytest.mark.parametrize(
    "expires",
    [253_402_300_799_000, 1e30, -1, "9" * 400, "soon", [1], 10**30],
    ids=["year-9999", "1e30", "negative", "400-digits", "text", "list", "int-1e30"],
)
def test_an_absurd_webhook_expiry_is_refused_with_400(stack: Stack, expires: Any) -> None:
    body = _text("m-exp", "u1001", "你好", sessionWebhookExpiredTime=expires, sessionWebhook=stack.sim_url + "/x")
    resp = httpx.post(stack.api_url + "/dingtalk/robot", json=body, headers=_robot_headers())
    assert resp.status_code == 400
    assert not _stored(stack, "m-exp"), "refused before it is stored: never left 'processing'"


def test_a_long_webhook_expiry_is_capped_at_two_hours(stack: Stack) -> None:
    sent_at = int(time.time() * 1000)
    hook = stack.sim_url + "/robot/sendBySession?session=x"
    ten_hours = sent_at + 36_000_000
    body = _text("m-cap", "u1001", "你好", cid="cid-cap", sessionWebhook=hook, sessionWebhookExpiredTime=ten_hours)
    assert httpx.post(stack.api_url + "/dingtalk/robot", json=body, headers=_robot_headers()).status_code == 200
    received_by = int(time.time() * 1000)
    _drain(stack)
    row = stack.app.state.runtime.inbox.conversation("cid-cap")
    assert row is not None
    assert sent_at + 7_000_000 <= int(row["webhook_expires_ms"]) <= received_by + 2 * 3_600_000
