"""Forged and replayed callbacks, reply webhooks pointed elsewhere, unauthenticated pages: over real HTTP."""

from __future__ import annotations

import asyncio
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Request
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from api.app import create_app
from api.replay import ReplayGuard
from dingk3.boardlinks import BoardLinks
from dingk3.config import Settings
from dingk3.db import connect
from dingk3.errors import ConfigError
from dingk3.paths import REPO_ROOT
from sim.server import ServerThread, free_port
from tests.api.conftest import Stack, start_stack
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


# --------------------------------------------------------------------------- section 5: demo secrets, logins


REAL_SECRET = "a-real-app-secret-nobody-has-seen-0123456789"
OPS_TOKEN = "ops-token-for-tests-0123456789"


@pytest.fixture
def plant(k3_fresh_url: str, tmp_path: Path, resolvers: Any) -> Iterator[Stack]:
    """A stack configured as a plant would be: not a demo, a real app secret, an operators' token."""
    yield from start_stack(
        k3_fresh_url, tmp_path / "state", resolvers, demo_mode=None, dingtalk_app_secret=REAL_SECRET,
        public_url="{api_url}", ops_token=OPS_TOKEN, k3_timezone="local",
    )  # fmt: skip


def _serve(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("DINGK3_")}
    exe = Path(sys.executable).with_name("dingk3")
    return subprocess.run(
        [str(exe), "serve", "--port", str(free_port()), *args], env=base | {"DINGK3_STATE_DIR": str(tmp_path)} | env,
        capture_output=True, text=True, timeout=90, cwd=REPO_ROOT,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("args", "env"),
    [
        ((), {}),  # the defaults: the public demo secret, no explicit demo
        ((), {"DINGK3_DINGTALK_APP_SECRET": ""}),  # an empty secret
        (("--host", "0.0.0.0"), {"DINGK3_DEMO_MODE": "true"}),  # an explicit demo, but on every interface
    ],
    ids=["demo-secret", "empty-secret", "demo-off-loopback"],
)
def test_serve_refuses_a_public_secret_outside_a_loopback_demo(
    tmp_path: Path, args: tuple[str, ...], env: dict[str, str]
) -> None:
    """`dingk3 serve` started with the public demo secret and accepted signatures made with it (issue 12 §5)."""
    done = _serve(tmp_path, *args, **env)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "refused" in done.stderr and "DINGK3_" in done.stderr
    assert "Traceback" not in done.stderr


def test_stream_refuses_the_public_demo_secret(tmp_path: Path) -> None:
    """`dingk3 stream` with the embedded demo secret: refused in one line, before any connection is tried."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("DINGK3_")}
    exe = Path(sys.executable).with_name("dingk3")
    done = subprocess.run(
        [str(exe), "stream"], env=base | {"DINGK3_STATE_DIR": str(tmp_path)}, capture_output=True, text=True,
        timeout=90, cwd=REPO_ROOT,
    )  # fmt: skip
    assert done.returncode == 2, done.stderr[-2000:]
    assert "refused" in done.stderr and "DINGK3_DINGTALK_APP_SECRET" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_app_refuses_a_public_secret_unless_an_explicit_demo(tmp_path: Path) -> None:
    """`uvicorn api.asgi:app` does not go through `serve`: the app itself refuses."""
    with pytest.raises(ConfigError, match="DINGK3_DEMO_MODE"):
        create_app(Settings(state_dir=tmp_path))
    create_app(Settings(state_dir=tmp_path, demo_mode=True))
    create_app(Settings(state_dir=tmp_path, dingtalk_app_secret=REAL_SECRET))


def test_demo_refuses_to_listen_beyond_loopback(tmp_path: Path) -> None:
    """A subprocess with a timeout: before the fix the demo started on every interface and ran until stopped."""
    base = {k: v for k, v in os.environ.items() if not k.startswith("DINGK3_")}
    exe = Path(sys.executable).with_name("dingk3")
    done = subprocess.run(
        [str(exe), "demo", "--host", "0.0.0.0", "--port", str(free_port())], env=base, capture_output=True,
        text=True, timeout=60, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode != 0 and "loopback" in done.stderr, done.stderr[-2000:]


def _link(text: str) -> str:
    found = re.search(r"\((http://[^)\s]+/board\?t=[^)#\s]+)", text)
    assert found, text
    return found.group(1)


def test_the_board_needs_a_signed_link_from_chat(plant: Stack) -> None:
    board = plant.api_url + "/board"
    denied = httpx.get(board)
    assert denied.status_code == 401 and "看板" in denied.text and "MO2026" not in denied.text
    assert httpx.get(board + "?t=forged.token").status_code == 401
    links = BoardLinks(REAL_SECRET, board)
    stale = links.token("u1001", time.time() - 2 * 86_400)
    assert httpx.get(board, params={"t": stale}).status_code == 401, "expired"
    other = BoardLinks("another-secret", board).token("u1001", time.time())
    assert httpx.get(board, params={"t": other}).status_code == 401, "signed with another secret"
    chat = plant.chat
    chat.send("u1001", "查询 MO20261102", conversation="dm")
    link = _link(chat.wait_reply(conversation="dm", user="u1001", containing="MO20261102").text)
    with httpx.Client() as browser:
        opened = browser.get(link)
        assert opened.status_code == 303 and "t=" not in opened.headers["location"], "the token leaves the address"
        page = browser.get(board)
        assert page.status_code == 200 and "MO20261102" in page.text
    assert httpx.get(board, cookies={"dk3_board": link.split("t=")[1]}).status_code == 401, "a link is no session"


def test_kanban_sends_a_fresh_link_to_the_sender_alone(plant: Stack) -> None:
    chat = plant.chat
    chat.send("u1001", "看板", conversation="dm")
    link = _link(chat.wait_reply(conversation="dm", user="u1001", containing="看板").text)
    with httpx.Client(follow_redirects=True) as browser:
        assert browser.get(link).status_code == 200
    chat.send("u2001", "看板", conversation="group")
    assert "私信" in chat.wait_reply(conversation="group", user="u2001", containing="看板").text
    assert "/board?t=" not in " ".join(m.text for m in chat.messages("group", user="u2001"))
    _link(chat.wait_reply(conversation="dm", user="u2001", containing="看板").text)


def test_docs_metrics_and_health_details_are_for_operators(plant: Stack) -> None:
    api = plant.api_url
    for path in ("/docs", "/redoc", "/openapi.json"):
        assert httpx.get(api + path).status_code == 404, path
    assert httpx.get(api + "/metrics").status_code == 401
    ops = {"Authorization": f"Bearer {OPS_TOKEN}"}
    assert "dingk3_messages_total" in httpx.get(api + "/metrics", headers=ops).text
    assert httpx.get(api + "/metrics", headers={"Authorization": "Bearer nope"}).status_code == 401
    plain = httpx.get(api + "/healthz")
    assert plain.json() == {"status": "ok"}
    assert httpx.get(api + "/healthz?detail=1").status_code == 401
    detail = httpx.get(api + "/healthz?detail=1", headers=ops).json()
    assert detail["checks"]["materials"] > 1000


def test_a_degraded_health_names_no_exception_class(plant: Stack) -> None:
    plant.app.state.runtime.res.k3._http.base_url = "http://127.0.0.1:9/k3cloud/"  # nothing listens there
    resp = httpx.get(plant.api_url + "/healthz", timeout=60)
    assert resp.status_code == 503 and resp.json() == {"status": "degraded"}
    assert "Error" not in resp.text


@pytest.mark.parametrize("path", ["/board", "/healthz", "/metrics", "/dingtalk/robot", "/nowhere"])
def test_every_response_carries_the_security_headers(plant: Stack, path: str) -> None:
    resp = httpx.request("POST" if path == "/dingtalk/robot" else "GET", plant.api_url + path)
    csp = resp.headers.get("content-security-policy", "")
    assert "frame-ancestors 'none'" in csp and "default-src 'none'" in csp, csp
    assert resp.headers.get("x-content-type-options") == "nosniff"
    assert resp.headers.get("referrer-policy") == "no-referrer"


# --------------------------------------------------------------------------- section 6: K/3's words in chat


def test_k3_internals_never_reach_chat(stack: Stack) -> None:
    """A K/3 refusal carrying a .NET exception, SQL names and a stack trace went to chat verbatim (issue 12 §6)."""
    trace = (
        "订单保存失败 System.Data.SqlClient.SqlException (0x80131904): 违反了 PRIMARY KEY 约束“PK_T_PRD_MO”。"
        "\r\n   在 Kingdee.BOS.App.Data.AbstractDatabase.ExecuteNonQuery(DbCommand cmd)"
        "\r\n   位置 D:\\Kingdee\\K3Cloud\\WebSite\\bin\\Kingdee.BOS.App.Data.dll"
    )
    faults = {"refuse_writes_next": 1, "refusal_message": trace}
    httpx.post(stack.k3_url + "_admin/faults", json=faults).raise_for_status()
    chat = stack.chat
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 12月20日交", conversation="dm")
    proposal = chat.wait_reply(conversation="dm", user="u1001")
    assert proposal.card is not None
    chat.click("confirm", user="u1001", card=proposal.card)
    reply = chat.wait_reply(conversation="dm", user="u1001", containing="K/3 拒绝")
    assert "订单保存失败" in reply.text, reply.text  # K/3's own words
    for internal in ("System.", "SqlException", "Kingdee.", "PK_T_PRD_MO", "0x8013", "D:\\", "ExecuteNonQuery"):
        assert internal not in reply.text, (internal, reply.text)


def test_a_back_dated_or_future_body_time_is_not_the_rules_time(stack: Stack, plant_clock: Any) -> None:
    """`createAt` is the sender's clock: rules and expiry use our receive time (issue 12 §5)."""
    tomorrow = (plant_clock.today() + timedelta(days=1)).isoformat()
    for n, created in enumerate((1_609_459_200_000, 1_893_456_000_000)):  # 2021-01-01, 2030-01-01
        body = _text(
            f"dated-{n}", "u1001", "建立生产订单 BOM-3020 数量40 明天交", cid=f"cid-dated-{n}", createAt=created
        )
        assert httpx.post(stack.api_url + "/dingtalk/robot", json=body, headers=_robot_headers()).status_code == 200
    _drain(stack)
    rows = stack.app.state.runtime.res.db.fetchall(
        "SELECT summary FROM proposals WHERE conversation_id LIKE 'cid-dated-%'"
    )
    assert len(rows) == 2 and all(tomorrow in r["summary"] for r in rows), [r["summary"] for r in rows]
