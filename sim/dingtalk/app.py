"""The FastAPI app: DingTalk's OpenAPI and legacy oapi paths, the Stream gateway, the chat page and admin routes."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import uvicorn
from fastapi import APIRouter, FastAPI, Request, WebSocket
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel

from dingk3.paths import package_dir
from tools.dingtalk.signing import robot_sign

from .config import SimConfig
from .contacts import contacts_router
from .core import BOT_SENDER, DingTalkSim, SimError, view_card
from .faults import FaultUpdate
from .kinds import MsgType
from .store import now_ms

__all__ = ["create_app", "serve"]

_STATIC = package_dir("sim.dingtalk") / "static"
_NEW_API = ("/v1.0/",)
_LEGACY = ("/topapi/", "/gettoken", "/robot/send")


def _request_id() -> str:
    return uuid.uuid4().hex.upper()[:24]


def _new_error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "requestid": _request_id(), "message": message}, status_code=status)


def _legacy_error(errcode: int, errmsg: str) -> JSONResponse:
    return JSONResponse({"errcode": errcode, "errmsg": errmsg, "request_id": _request_id()})


def _sim(request: Request | WebSocket) -> DingTalkSim:
    return request.app.state.sim  # type: ignore[no-any-return]


async def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError as exc:
        raise SimError(400, "InvalidParameter.Body", "request body is not JSON") from exc
    if not isinstance(body, dict):
        raise SimError(400, "InvalidParameter.Body", "request body must be a JSON object")
    return body


def _require_token(request: Request) -> None:
    sim = _sim(request)
    if not sim.token_ok(request.headers.get("x-acs-dingtalk-access-token")):
        raise SimError(401, "InvalidAuthentication", "不合法的access_token")


class _LegacyAuth(Exception):
    def __init__(self, errcode: int, errmsg: str) -> None:
        self.errcode, self.errmsg = errcode, errmsg


def _require_query_token(request: Request) -> None:
    token = request.query_params.get("access_token")
    if not token:
        raise _LegacyAuth(40014, "不合法的access_token")
    if not _sim(request).token_ok(token):
        raise _LegacyAuth(42001 if token in _sim(request).tokens else 40014, "不合法的access_token")


# ---------------------------------------------------------------------------------------------- OpenAPI


def _openapi_router() -> APIRouter:
    r = APIRouter()

    @r.post("/v1.0/oauth2/accessToken")
    async def access_token(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        if body.get("appKey") != sim.config.app_key or body.get("appSecret") != sim.config.app_secret:
            raise SimError(400, "invalidClientIdOrSecret", "无效的clientId或者clientSecret")
        token, ttl = sim.issue_token()
        return {"accessToken": token, "expireIn": ttl}

    @r.get("/gettoken")
    async def gettoken(request: Request, appkey: str = "", appsecret: str = "") -> Any:
        sim = _sim(request)
        if appkey != sim.config.app_key or appsecret != sim.config.app_secret:
            return _legacy_error(40089, "不合法的corpid或corpsecret")
        token, ttl = sim.issue_token()
        return {"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": ttl}

    @r.post("/v1.0/robot/groupMessages/send")
    async def group_send(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        _robot_code(sim, body)
        conv = sim.directory.conversation(str(body.get("openConversationId") or ""))
        if conv is None or conv.conversation_type != "2":
            raise SimError(400, "resource.not.found", "robot is not in this conversation (openConversationId)")
        sim.post_sample(conv.conversation_id, str(body.get("msgKey")), str(body.get("msgParam")), via="groupMessages")
        return {"processQueryKey": uuid.uuid4().hex}

    @r.post("/v1.0/robot/oToMessages/batchSend")
    async def batch_send(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        _robot_code(sim, body)
        user_ids = body.get("userIds")
        if not isinstance(user_ids, list) or not user_ids or len(user_ids) > 20:
            raise SimError(400, "invalidParameter.userIds", "userIds must list 1 to 20 users")
        invalid = [u for u in user_ids if u not in sim.directory.users]
        for uid in user_ids:
            if uid in sim.directory.users:
                sim.post_sample(
                    sim.directory.direct(uid).conversation_id, str(body.get("msgKey")), str(body.get("msgParam")),
                    via="oToMessages",
                )  # fmt: skip
        return {"processQueryKey": uuid.uuid4().hex, "invalidStaffIdList": invalid, "flowControlledStaffIdList": []}

    @r.post("/v1.0/card/instances/createAndDeliver")
    async def card_create(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        return {"success": True, "result": sim.create_card(body)}

    @r.put("/v1.0/card/instances")
    async def card_update(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        sim.update_card(
            str(body.get("outTrackId") or ""), body.get("cardData"), body.get("privateData"),
            body.get("cardUpdateOptions"),
        )  # fmt: skip
        return {"success": True, "result": True}

    @r.post("/v1.0/card/callbacks/register")
    async def card_register(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        key, url = str(body.get("callbackRouteKey") or ""), str(body.get("callbackUrl") or "")
        if not key or not url.startswith(("http://", "https://")):
            raise SimError(400, "invalidParameter", "callbackRouteKey and an http(s) callbackUrl are required")
        if key in sim.card_routes and not body.get("forceUpdate"):
            raise SimError(400, "callbackRouteKey.exists", "callbackRouteKey already registered")
        sim.card_routes[key] = (url, str(body.get("apiSecret") or ""))
        return {"success": True, "result": {"callbackUrl": url, "apiSecret": str(body.get("apiSecret") or "")}}

    @r.post("/v1.0/workflow/processInstances")
    async def approval_start(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        return {"instanceId": sim.start_approval(body)}

    @r.get("/v1.0/workflow/processInstances")
    async def approval_get(request: Request, processInstanceId: str = "") -> Any:
        sim = _sim(request)
        _require_token(request)
        instance = sim.store.approval(processInstanceId)
        if instance is None:
            raise SimError(400, "processInstanceIdError", "no such approval instance")
        result = {k: v for k, v in instance.items() if k != "processInstanceId"}
        return {"success": True, "result": result}

    @r.post("/v1.0/workflow/processInstances/execute")
    async def approval_execute(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        _require_token(request)
        sim.execute_approval(body)
        return {"success": True, "result": True}

    # ------------------------------------------------------------------ robot webhooks (no access token)

    @r.post("/robot/sendBySession")
    async def send_by_session(request: Request, session: str = "") -> Any:
        sim = _sim(request)
        conv_id = sim.session_target(session)
        if conv_id is None:
            # public reports see HTTP 500 for expired sessions; the errcode is the simulator's own choice
            return JSONResponse({"errcode": 300001, "errmsg": "session webhook expired or invalid"}, status_code=500)
        try:
            body = await _json_body(request)
        except SimError:
            return _legacy_error(40035, "缺少参数 json")
        sim.webhook_posts.append({"session": session, "conversation_id": conv_id, "body": body, "at": now_ms()})
        try:
            sim.post_robot_message(conv_id, body, via="sessionWebhook")
        except SimError as err:
            return _legacy_error(40035, err.message)
        return {"errcode": 0, "errmsg": "ok"}

    @r.post("/robot/send")
    async def custom_robot(request: Request, access_token: str = "", timestamp: str = "", sign: str = "") -> Any:
        sim = _sim(request)
        secret = sim.config.custom_robots.get(access_token)
        if secret is None:
            return _legacy_error(400101, "access_token不存在")
        if secret:
            if not timestamp.isdigit() or abs(now_ms() - int(timestamp)) > 3_600_000:
                return _legacy_error(310000, "invalid timestamp")
            if sign != robot_sign(secret, timestamp):
                return _legacy_error(310000, "sign not match")
        try:
            body = await _json_body(request)
        except SimError as err:
            return _legacy_error(40035, err.message)
        msg_uuid = str(body.get("msgUuid") or "")
        if msg_uuid and (access_token, msg_uuid) in sim.robot_msg_uuids:
            return {"errcode": 0, "errmsg": "ok"}  # msgUuid: the same message is posted once
        if not sim.custom_robot_allowed(access_token):
            return _legacy_error(410100, "send too fast, exceed 20 times per minute")
        try:
            sim.post_robot_message(sim.directory.group.conversation_id, body, via="customRobot", sender="__custom__")
        except SimError as err:
            return _legacy_error(40035, err.message)
        if msg_uuid:
            sim.robot_msg_uuids.add((access_token, msg_uuid))
        return {"errcode": 0, "errmsg": "ok"}

    return r


def _robot_code(sim: DingTalkSim, body: dict[str, Any]) -> None:
    if body.get("robotCode") != sim.config.app_key:
        raise SimError(400, "invalidParameter.robotCode", "robotCode is not a robot of this app")


# ---------------------------------------------------------------------------------------------- Stream


def _stream_router() -> APIRouter:
    r = APIRouter()

    @r.post("/v1.0/gateway/connections/open")
    async def open_connection(request: Request) -> Any:
        sim, body = _sim(request), await _json_body(request)
        if body.get("clientId") != sim.config.app_key or body.get("clientSecret") != sim.config.app_secret:
            raise SimError(401, "InvalidAuthentication", "clientId or clientSecret is wrong")
        subs = body.get("subscriptions")
        if not isinstance(subs, list) or not subs:
            raise SimError(400, "invalidParameter.subscriptions", "subscriptions are required")
        ticket = sim.gateway.open(str(body["clientId"]), subs)
        base = sim.remember_base(str(request.base_url))
        ws_base = "ws" + base[4:] if base.startswith("http") else base
        return {"endpoint": f"{ws_base}/connect", "ticket": ticket}

    @r.websocket("/connect")
    async def connect(ws: WebSocket) -> None:
        await _sim(ws).gateway.serve(ws)

    return r


# ---------------------------------------------------------------------------------------------- chat page


class _Send(BaseModel):
    user_id: str
    conversation_id: str
    text: str
    at_bot: bool | None = None
    msgtype: MsgType = "text"  # audio: `text` is what DingTalk's speech recognition heard
    quote: str = ""  # the id of an earlier message this text replies to


class _Click(BaseModel):
    user_id: str
    out_track_id: str
    action_id: str


class _Approve(BaseModel):
    user_id: str
    instance_id: str
    result: str = "agree"
    remark: str = ""


# The chat page's suggestion buttons: each names a seeded order or item, so each works on a fresh demo
# (tests/api/test_readme_examples.py runs them all).
_HINTS = [
    "建立生产订单 BOM-2050 数量300 下周五交",
    "MO20261107 数量改为1200",
    "MO20261102 报工 良品480 不良20",
    "查询 MO20261102",
    "今天有哪些逾期的订单",
    "304螺栓M8x30还有多少库存",
]


def _view_message(sim: DingTalkSim, msg: dict[str, Any], viewer: str) -> dict[str, Any]:
    out = dict(msg)
    if msg.get("kind") == "card":
        card = sim.store.card(str(msg.get("out_track_id")))
        out["card"] = view_card(card, viewer) if card else None
    if msg.get("kind") == "oa":
        inst = sim.store.approval(str(msg.get("instance_id")))
        if inst:
            task: dict[str, Any] = next((t for t in inst["tasks"] if t["taskId"] == msg.get("task_id")), {})
            out["oa"] = {
                "instance_id": inst["processInstanceId"], "title": inst["title"], "status": inst["status"],
                "result": inst["result"], "task_id": msg.get("task_id"), "task_status": task.get("status", ""),
                "task_result": task.get("result", ""), "originator": sim.name_of(inst["originatorUserId"]),
                "form": inst["formComponentValues"],
            }  # fmt: skip
    out["is_bot"] = msg.get("sender") == BOT_SENDER
    return out


def _chat_router() -> APIRouter:
    r = APIRouter(prefix="/_sim")

    @r.get("/config")
    async def config(request: Request) -> Any:
        sim = _sim(request)
        c = sim.config
        return {
            "bot_name": c.bot_name, "mode": c.mode, "k3_view_url": c.k3_view_url, "hints": _HINTS,
            "users": [u.public() for u in sim.directory.users.values()],
            "group": sim.directory.group.public(c.bot_name, sim.directory.users),
        }  # fmt: skip

    @r.get("/conversations")
    async def conversations(request: Request, user_id: str = "") -> Any:
        sim = _sim(request)
        convs = [c for c in sim.directory.conversations() if not user_id or user_id in c.members]
        return {"conversations": [c.public(sim.config.bot_name, sim.directory.users) for c in convs]}

    @r.get("/messages")
    async def messages(
        request: Request, conversation: str = "", after: int = 0, user_id: str = "", wait: float = 0
    ) -> Any:
        sim = _sim(request)
        conv_id = sim.conversation(conversation, user_id).conversation_id if conversation else None
        await sim.store.wait_change(after, min(wait, 30), gone=request.is_disconnected)
        rev = sim.store.rev
        found = sim.store.messages(conv_id, after)
        return {"rev": rev, "messages": [_view_message(sim, m, user_id) for m in found]}

    @r.post("/send")
    async def send(request: Request, body: _Send) -> Any:
        sim = _sim(request)
        sim.remember_base(str(request.base_url))
        message = await sim.user_says(
            body.user_id, body.conversation_id, body.text, at_bot=body.at_bot, msgtype=body.msgtype, quote=body.quote
        )
        return {"message": _view_message(sim, message, body.user_id)}

    @r.post("/click")
    async def click(request: Request, body: _Click) -> Any:
        return await _sim(request).click(body.user_id, body.out_track_id, body.action_id)

    @r.post("/approve")
    async def approve(request: Request, body: _Approve) -> Any:
        sim = _sim(request)
        inst = sim.store.approval(body.instance_id)
        if inst is None:
            raise SimError(404, "processInstanceIdError", "no such approval instance")
        task = next((t for t in inst["tasks"] if t["userId"] == body.user_id and t["status"] == "RUNNING"), None)
        if task is None:
            raise SimError(400, "taskError", "no running task of this user")
        sim.execute_approval({
            "processInstanceId": body.instance_id, "taskId": task["taskId"], "actionerUserId": body.user_id,
            "result": body.result, "remark": body.remark,
        })  # fmt: skip
        return {"ok": True}

    @r.post("/redeliver")
    async def redeliver(request: Request, body: dict[str, str]) -> Any:
        await _sim(request).redeliver(str(body.get("msg_id", "")))
        return {"ok": True}

    @r.post("/events")
    async def push_event(request: Request, body: dict[str, Any]) -> Any:
        """Push an EVENT frame with any body (a test of what a bot believes: a stale, early or forged event)."""
        sim = _sim(request)
        event_type = str(body.get("event_type") or "")
        data = dict(body.get("data") or {})
        await sim.gateway.push("EVENT", event_type, data, extra_headers={
            "eventType": event_type, "eventId": uuid.uuid4().hex, "eventCorpId": sim.config.corp_id,
            "eventBornTime": str(now_ms()), "eventUnifiedAppId": sim.config.app_key,
        })  # fmt: skip
        return {"ok": True}

    @r.post("/redeliver_click")
    async def redeliver_click(request: Request, body: dict[str, str]) -> Any:
        await _sim(request).redeliver_click(str(body.get("delivery", "")))
        return {"ok": True}

    @r.get("/cards/{out_track_id}")
    async def card(request: Request, out_track_id: str, user_id: str = "") -> Any:
        found = _sim(request).store.card(out_track_id)
        if found is None:
            raise SimError(404, "card.instance.not.exist", "no such card")
        return view_card(found, user_id)

    @r.get("/approvals")
    async def approvals(request: Request) -> Any:
        return {"approvals": _sim(request).store.approvals()}

    @r.get("/webhook-posts")
    async def webhook_posts(request: Request) -> Any:
        return {"posts": list(_sim(request).webhook_posts)}

    @r.get("/deliveries")
    async def deliveries(request: Request) -> Any:
        return {"deliveries": list(_sim(request).deliveries)}

    @r.get("/stream")
    async def stream(request: Request) -> Any:
        g = _sim(request).gateway
        return {
            "connections": len(g.connections), "connects": g.connects, "queued": len(g.queued),
            "frames_sent": g.frames_sent[-100:], "acks": g.acks[-100:],
            "unacked": [p.frame["headers"]["messageId"] for p in g.pending.values() if not p.acked and p.attempts],
        }  # fmt: skip

    @r.post("/reset")
    async def reset(request: Request) -> Any:
        sim = _sim(request)
        sim.store.reset()
        sim.webhook_posts.clear()
        sim.deliveries.clear()
        return {"ok": True}

    return r


class _UserChange(BaseModel):
    user_id: str
    active: bool | None = None
    removed: bool | None = None


class _Hire(BaseModel):
    user_id: str
    name: str
    dept: str = ""
    title: str = ""
    manager: str = ""
    leader: bool = False


def _admin_router() -> APIRouter:
    r = APIRouter(prefix="/_admin")

    @r.get("/health")
    async def health(request: Request) -> Any:
        sim = _sim(request)
        return {"status": "ok", "mode": sim.config.mode, "stream_connections": len(sim.gateway.connections)}

    @r.get("/faults")
    async def get_faults(request: Request) -> Any:
        return _sim(request).faults.state.model_dump()

    @r.post("/faults")
    async def set_faults(request: Request, change: FaultUpdate) -> Any:
        sim = _sim(request)
        state = sim.faults.update(change).model_dump()
        if change.expire_tokens:
            state["expired_tokens"] = sim.expire_tokens()
        if change.expire_sessions:
            state["expired_sessions"] = sim.expire_sessions()
        if change.drop_stream:
            state["dropped_connections"] = await sim.gateway.drop_all()
        if change.disconnect_stream:
            state["disconnected_connections"] = await sim.gateway.disconnect_all()
        return state

    @r.post("/users")
    async def set_user(request: Request, change: _UserChange) -> Any:
        """An employee deactivated (`active: false`: the lookup says so) or removed (the lookup answers 60121)."""
        sim = _sim(request)
        if change.user_id not in sim.directory.users:
            raise SimError(404, "user.not.found", f"no user {change.user_id!r}")
        if change.removed is not None:
            sim.removed_users.discard(change.user_id)
            if change.removed:
                sim.removed_users.add(change.user_id)
        if change.active is not None:
            sim.inactive_users.discard(change.user_id)
            if not change.active:
                sim.inactive_users.add(change.user_id)
        return {"user_id": change.user_id, "active": change.user_id not in sim.inactive_users,
                "removed": change.user_id in sim.removed_users}  # fmt: skip

    @r.post("/hire")
    async def hire(request: Request, new: _Hire) -> Any:
        """A new member in the contacts (or new details of one: another department, title or manager)."""
        sim = _sim(request)
        user = sim.directory.hire(
            new.user_id, new.name, dept=new.dept, title=new.title, manager=new.manager, leader=new.leader
        )
        sim.removed_users.discard(new.user_id)
        return {"user_id": user.user_id, "dept_id": user.dept_id}

    @r.post("/reset-faults")
    async def reset_faults(request: Request) -> Any:
        return _sim(request).faults.reset().model_dump()

    return r


# ---------------------------------------------------------------------------------------------- the app


async def _fault(request: Request) -> Response | None:
    """The fault this call meets, if any: latency, HTTP 500 and throttling for DingTalk's own paths; the page, /_sim
    and /_admin are never hit."""
    path = request.url.path
    if not path.startswith(_NEW_API + _LEGACY) or path.startswith("/v1.0/gateway"):
        return None
    sim = _sim(request)
    state = sim.faults.state
    if state.latency_ms:
        await asyncio.sleep(state.latency_ms / 1000)
    if sim.faults.take("fail_next"):
        if path.startswith(_NEW_API):
            return _new_error(500, "ServiceUnavailable", "simulated failure")
        return JSONResponse({"errcode": -1, "errmsg": "系统繁忙"}, status_code=500)
    if sim.faults.take("throttle_next"):
        wait = state.throttle_wait_s
        if state.throttle_kind == "ip":
            return JSONResponse({"status": 1111, "wait": wait, "message": "调用频率超限，请稍后再试"}, status_code=403)
        if path.startswith(_NEW_API):
            return _new_error(429, "Throttling.Api", "调用太频繁，请稍后再试")
        return _legacy_error(90002, "服务器繁忙，请稍后再试")
    return None


class _Faults:
    """`_fault` before every HTTP call, as plain ASGI: an `@app.middleware("http")` would hide from a long poll that
    its reader has left (the page was closed), and the simulator could not stop until that poll ran out."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and (response := await _fault(Request(scope))) is not None:
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)


def create_app(
    config: SimConfig,
    *,
    bot_transport: httpx.AsyncBaseTransport | None = None,
    robot_clock: Callable[[], float] | None = None,
) -> FastAPI:
    """The simulator as an ASGI app; `bot_transport` routes its callbacks to the bot in-process (tests),
    `robot_clock` drives the custom robots' per-minute limit (tests pass a fake clock)."""
    sim = DingTalkSim(config, bot_transport=bot_transport, **({"robot_clock": robot_clock} if robot_clock else {}))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await sim.aclose()

    app = FastAPI(title="DingTalk simulator", lifespan=lifespan, openapi_url=None, docs_url=None, redoc_url=None)
    app.state.sim = sim

    @app.exception_handler(SimError)
    async def sim_error(request: Request, err: SimError) -> JSONResponse:
        return _new_error(err.status, err.code, err.message)

    @app.exception_handler(_LegacyAuth)
    async def legacy_auth(request: Request, err: _LegacyAuth) -> JSONResponse:
        return _legacy_error(err.errcode, err.errmsg)

    app.add_middleware(_Faults)
    app.include_router(_openapi_router())
    app.include_router(contacts_router(_sim, _require_query_token))
    app.include_router(_stream_router())
    app.include_router(_chat_router())
    app.include_router(_admin_router())

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(_STATIC / "index.html", media_type="text/html; charset=utf-8")

    return app


def serve(config: SimConfig, host: str, port: int) -> None:
    """Run the simulator under uvicorn until interrupted."""
    uvicorn.run(create_app(config), host=host, port=port, log_level="info")
