"""Logins, sessions and the per-request signature gate, as the reference describes K/3's behaviour."""

from __future__ import annotations

import asyncio
import base64
import time

import httpx
import pytest
from fastapi import FastAPI

from sim.k3cloud import EmulatorConfig, create_app, signing

from .helpers import APP_ID, APP_SECRET, AUTH, K3, SVC, status, url

LOST = "会话信息已丢失，请重新登录"
QUERY = {"data": {"FormId": "BD_Department", "FieldKeys": "FNumber"}}


def signed(path_service: str, *, acct: str = "demo", user: str = "demo", secret: str = APP_SECRET,
           app_id: str = APP_ID, lcid: int = 2052, ts: int | None = None) -> dict[str, str]:  # fmt: skip
    """The headers the official SDK sends, built from the signing primitives."""
    ts = ts or int(time.time())
    data = signing.app_data(acct, user, lcid, 0)
    path = "/k3cloud/" + url(path_service)
    return {
        "X-Api-ClientID": app_id.split("_")[0],
        "X-Api-Auth-Version": "2.0",
        "x-api-timestamp": str(ts),
        "x-api-nonce": str(ts),
        "x-api-signheaders": "x-api-timestamp,x-api-nonce",
        "X-Api-Signature": signing.api_signature(path, str(ts), str(ts), signing.client_secret(app_id)),
        "X-Kd-Appkey": app_id,
        "X-Kd-Appdata": base64.b64encode(data.encode()).decode(),
        "X-Kd-Signature": signing.kd_signature(app_id, data, secret),
    }


async def post(http: httpx.AsyncClient, service: str, body: object, **headers: str) -> httpx.Response:
    return await http.post(url(service), json=body, headers=headers)


def assert_session_lost(reply: object) -> None:
    st = status(reply)
    assert st == {
        "ErrorCode": 500,
        "IsSuccess": False,
        "Errors": [{"FieldName": None, "Message": LOST, "DIndex": 0}],
        "SuccessEntitys": [],
        "SuccessMessages": [],
        "MsgCode": 1,
    }


async def test_no_session_and_no_signature_is_msgcode_1(http: httpx.AsyncClient) -> None:
    r = await post(http, SVC + "ExecuteBillQuery", QUERY)
    assert r.status_code == 200
    assert isinstance(r.json(), list)  # ExecuteBillQuery wraps its errors in [[...]]
    assert_session_lost(r.json())
    r = await post(http, SVC + "View", {"formid": "PRD_MO", "data": {"Number": "MO20261101"}})
    assert_session_lost(r.json())


@pytest.mark.parametrize(
    "body",
    [
        {"parameters": ["demo", "demo", "demo", 2052]},  # Java/.NET shape
        {"parameters": '["demo", "demo", "demo", 2052]'},  # legacy: parameters as a JSON string
        {"acctid": "demo", "username": "demo", "password": "demo", "lcid": 2052},  # object form
    ],
)
async def test_validate_user_in_every_shape_opens_a_session(http: httpx.AsyncClient, body: dict[str, object]) -> None:
    r = await post(http, AUTH + "ValidateUser", body)
    reply = r.json()
    assert reply["LoginResultType"] == 1 and reply["IsSuccessByAPI"] is True
    assert reply["KDSVCSessionId"] == r.cookies["kdservice-sessionid"]
    assert reply["Context"]["DBid"] == "demo" and reply["Context"]["UserName"] == "demo"
    assert "ASP.NET_SessionId" in r.cookies
    rows = (await post(http, SVC + "ExecuteBillQuery", QUERY)).json()
    assert ["WS01"] in rows


async def test_session_header_alone_is_accepted(app: FastAPI) -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://k3.test/k3cloud/") as login_http:
        sid = (await post(login_http, AUTH + "ValidateUser", {"parameters": ["demo", "demo", "demo", 2052]})).json()[
            "KDSVCSessionId"
        ]
    async with httpx.AsyncClient(transport=transport, base_url="http://k3.test/k3cloud/") as fresh:
        rows = (await post(fresh, SVC + "ExecuteBillQuery", QUERY, **{"kdservice-sessionid": sid})).json()
        assert ["WS01"] in rows
        assert_session_lost((await post(fresh, SVC + "ExecuteBillQuery", QUERY)).json())


@pytest.mark.parametrize(
    ("service", "params"),
    [
        ("ValidateUser", ["demo", "demo", "wrong", 2052]),
        ("ValidateUser", ["demo", "nobody", "demo", 2052]),
        ("LoginByAppSecret", ["demo", "demo", APP_ID, "0" * 32, 2052]),
        ("LoginByAppSecret", ["demo", "demo", "1_x", APP_SECRET, 2052]),
        ("LoginBySign", ["demo", "demo", APP_ID, "1700000000", "0" * 64, 2052]),
    ],
)
async def test_bad_credentials_do_not_log_in(http: httpx.AsyncClient, service: str, params: list[object]) -> None:
    r = await post(http, AUTH + service, {"parameters": params})
    assert r.status_code == 200
    assert r.json()["LoginResultType"] != 1
    assert "kdservice-sessionid" not in r.cookies
    assert_session_lost((await post(http, SVC + "ExecuteBillQuery", QUERY)).json())


async def test_login_by_app_secret(http: httpx.AsyncClient) -> None:
    r = await post(http, AUTH + "LoginByAppSecret", {"parameters": ["demo", "demo", APP_ID, APP_SECRET, 2052]})
    assert r.json()["LoginResultType"] == 1


@pytest.mark.parametrize("digest", [signing.login_sign, signing.login_sign_sha1])
async def test_login_by_sign(http: httpx.AsyncClient, digest: object) -> None:
    ts = str(int(time.time()))
    sign = digest("demo", "demo", APP_ID, APP_SECRET, ts)  # type: ignore[operator]
    r = await post(http, AUTH + "LoginBySign", {"parameters": ["demo", "demo", APP_ID, ts, sign, 2052]})
    assert r.json()["LoginResultType"] == 1
    assert ["WS01"] in (await post(http, SVC + "ExecuteBillQuery", QUERY)).json()


async def test_login_with_unknown_data_centre_by_app_is_not_200(http: httpx.AsyncClient) -> None:
    r = await post(http, AUTH + "LoginByAppSecret", {"parameters": ["nope", "demo", APP_ID, APP_SECRET, 2052]})
    assert r.status_code != 200 and "Fail to verify thirty passport" in r.text


async def test_signature_without_session_issues_a_session_silently(http: httpx.AsyncClient) -> None:
    service = SVC + "ExecuteBillQuery"
    r = await post(http, service, QUERY, **signed(service))
    assert ["WS01"] in r.json()
    sid = r.cookies["kdservice-sessionid"]
    # the issued session now carries the client without any signature
    http.cookies.set("kdservice-sessionid", sid)
    assert ["WS01"] in (await post(http, service, QUERY)).json()


@pytest.mark.parametrize(
    "tamper",
    [
        {"secret": "0" * 32},
        {"user": "nobody"},
        {"app_id": "300123_" + "A" * 32},
        {"lcid": 9999},
    ],
)
async def test_bad_signature_is_msgcode_1(http: httpx.AsyncClient, tamper: dict[str, object]) -> None:
    service = SVC + "ExecuteBillQuery"
    r = await post(http, service, QUERY, **signed(service, **tamper))  # type: ignore[arg-type]
    assert r.status_code == 200
    assert_session_lost(r.json())


async def test_signature_is_bound_to_the_path(http: httpx.AsyncClient) -> None:
    headers = signed(SVC + "View")
    assert_session_lost((await post(http, SVC + "ExecuteBillQuery", QUERY, **headers)).json())


async def test_signature_with_unknown_acct_is_not_200(http: httpx.AsyncClient) -> None:
    service = SVC + "ExecuteBillQuery"
    r = await post(http, service, QUERY, **signed(service, acct="nope"))
    assert r.status_code != 200
    assert "Fail to verify thirty passport" in r.text


async def test_old_timestamp_is_accepted_like_k3(http: httpx.AsyncClient) -> None:
    service = SVC + "ExecuteBillQuery"
    r = await post(http, service, QUERY, **signed(service, ts=int(time.time()) - 20 * 3600))
    assert ["WS01"] in r.json()


async def test_valid_session_wins_over_a_bad_signature(k3: K3) -> None:
    service = SVC + "ExecuteBillQuery"
    r = await k3.http.post(url(service), json=QUERY, headers=signed(service, secret="0" * 32))
    assert ["WS01"] in r.json()


async def test_session_expires_after_idle_ttl(tmp_path: object, config: EmulatorConfig) -> None:
    app = create_app(config.model_copy(update={"session_ttl_s": 1}))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://k3.test/k3cloud/") as http:
        await K3(http).login()
        assert ["WS01"] in (await post(http, SVC + "ExecuteBillQuery", QUERY)).json()
        await asyncio.sleep(1.2)
        assert_session_lost((await post(http, SVC + "ExecuteBillQuery", QUERY)).json())


async def test_logout_ends_the_session(k3: K3) -> None:
    await k3.http.post(url(AUTH + "Logout"), json={})
    assert_session_lost((await k3.raw("ExecuteBillQuery", QUERY)).json())
