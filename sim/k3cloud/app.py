"""The FastAPI app: `/k3cloud/<Service>.common.kdsvc` endpoints, session/signature gate and admin routes."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

import uvicorn
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response

from sim.k3cloud.view import render_order, render_orders

from . import bills
from .auth import ASPNET_COOKIE, LOGIN_METHODS, SID_COOKIE, SessionStore, check_signature, login, login_args
from .bodies import Call, parse_call, parse_json
from .config import EmulatorConfig
from .context import Ctx
from .envelopes import MSG_SESSION_LOST, K3Fault, fault_status, response_status
from .faults import Faults, FaultUpdate
from .query import run_query
from .seed import seed
from .store import Store

__all__ = ["Emulator", "create_app", "serve"]

log = logging.getLogger("dingk3.sim.k3cloud")

WRITES = frozenset({"save", "batchsave", "draft", "submit", "audit", "unaudit", "delete", "excuteoperation", "push"})
_JSON = "application/json; charset=utf-8"


class Emulator:
    """Everything one emulated data centre holds: its store, sessions and fault plan. `clock` gives epoch
    seconds (the wall clock by default); stamps are its local time in `config.timezone`, as a K/3 server's are."""

    def __init__(self, config: EmulatorConfig, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.clock = clock
        self.tz = ZoneInfo(config.timezone)
        self.store = Store(config.db_path)
        self.sessions = SessionStore(config.session_ttl_s)
        self.faults = Faults(config.latency_ms)
        with self.store.transaction():
            if self.store.get_meta("seeded_at") is None:
                ctx = self.ctx()
                seed(ctx, config.data_dir)
                self.store.set_meta("seeded_at", ctx.now)

    def ctx(self) -> Ctx:
        """The context of one call, stamped with the server's local time now."""
        local = datetime.fromtimestamp(self.clock(), self.tz).replace(tzinfo=None, microsecond=0)
        return Ctx(self.store, self.config, local)

    def run(self, method: str, call: Call) -> Any:
        """One DynamicFormService call in one transaction; K3Fault rolls back everything it did."""
        with self.store.transaction():
            ctx = self.ctx()
            if method == "executebillquery":
                return run_query(self.store, ctx.refs, call.data)[1]
            if method == "billquery":
                keys, rows = run_query(self.store, ctx.refs, call.data)
                return [dict(zip(keys, row, strict=True)) for row in rows]
            form = bills.form_or_fail(call.form_id)
            if method in ("save", "batchsave"):
                return {"Result": bills.save(ctx, form, call.data, batch=method == "batchsave")}
            if method in ("submit", "audit", "unaudit", "delete"):
                return {"Result": bills.status_op(ctx, method, form, call.data)}
            if method == "view":
                return {"Result": bills.view(ctx, form, call.data)}
            if method == "excuteoperation":
                return {"Result": bills.execute_operation(ctx, form, call.op_number or "", call.data)}
            if method == "push":
                return {"Result": bills.push(ctx, form, call.data)}
        raise K3Fault(4, f"模拟器暂不支持服务“{method}”")


def _wrap(method: str, status: dict[str, Any]) -> Any:
    """An error ResponseStatus in the envelope the service uses (ExecuteBillQuery nests it in a list)."""
    body: dict[str, dict[str, Any]] = {"Result": {"ResponseStatus": status}}
    if method == "executebillquery":
        return [[body]]
    if method in ("save", "batchsave"):
        body["Result"].update({"Id": "", "Number": "", "NeedReturnData": []})
    return body


def _session_lost() -> dict[str, Any]:
    return response_status(
        errors=[K3Fault(1, MSG_SESSION_LOST).errors[0]],
        msg_code=1,
    )


def _set_session_cookies(resp: Response, sid: str, aspnet: str) -> None:
    resp.set_cookie(SID_COOKIE, sid, path="/")
    resp.set_cookie(ASPNET_COOKIE, aspnet, path="/", httponly=True)


async def _service(request: Request, service: str) -> Response:
    emu: Emulator = request.app.state.emulator
    latency = emu.faults.state.latency_ms
    if latency:
        await asyncio.sleep(latency / 1000)
    if emu.faults.take_failure():
        return PlainTextResponse("服务器内部错误（模拟故障：HTTP 500）", status_code=500)
    prefix, _, method_name = service.rpartition(".")
    method, stub = method_name.lower(), prefix.rpartition(".")[2].lower()
    raw = await request.body()
    if stub == "authservice":
        return _auth(emu, request, method, raw)
    if stub == "accountservice" and method == "getdatacenterlist":
        acct = emu.config.acct_id
        return JSONResponse([{"Id": acct, "Number": acct, "Name": "DingK3演示数据中心", "DataBaseType": 3}])
    if stub != "dynamicformservice":
        return PlainTextResponse(f"服务“{service}”不存在", status_code=404)

    sid = request.headers.get(SID_COOKIE) or request.cookies.get(SID_COOKIE)
    session = emu.sessions.get(sid, request.cookies.get(ASPNET_COOKIE))
    new_session = None
    if session is None:
        verdict, user = check_signature(request.headers, request.url.path, emu.config)
        if verdict == "bad_acct":
            return PlainTextResponse("Fail to verify thirty passport", status_code=500)
        if verdict != "ok":
            resp = JSONResponse(_wrap(method, _session_lost()), media_type=_JSON)
            if not sid:  # K/3 hands out an (empty) session id even when it refuses
                resp.set_cookie(SID_COOKIE, f"{user or 'anonymous'}-{id(resp):x}", path="/")
            return resp
        new_session = emu.sessions.create(user)

    try:
        refusal = emu.faults.take_refusal() if method in WRITES else None
        if refusal is not None:
            raise K3Fault(4, refusal)
        call = parse_call(method, parse_json(raw))
        body = emu.run(method, call)
    except K3Fault as fault:
        body = _wrap(method, fault_status(fault))
    except Exception as exc:  # a bug in the emulator: answer like K/3 does, with MsgCode 4
        log.exception("emulator failure in %s", service)
        body = _wrap(method, fault_status(K3Fault(4, f"服务端异常：{exc}")))
    resp = JSONResponse(body, media_type=_JSON)
    if new_session is not None:
        _set_session_cookies(resp, new_session.sid, new_session.aspnet)
    if method in WRITES:
        hang = emu.faults.take_hang()
        if hang:
            await asyncio.sleep(hang)
    return resp


def _auth(emu: Emulator, request: Request, method: str, raw: bytes) -> Response:
    if method == "logout":
        sid = request.headers.get(SID_COOKIE) or request.cookies.get(SID_COOKIE)
        if sid:
            emu.sessions.drop(sid)
        return JSONResponse(True)
    if method not in LOGIN_METHODS:
        return PlainTextResponse(f"服务“AuthService.{method}”不存在", status_code=404)
    try:
        call = parse_call(method, parse_json(raw))
    except K3Fault as fault:
        return JSONResponse({"Message": str(fault), "LoginResultType": 0, "IsSuccessByAPI": False})
    outcome = login(method, login_args(method, call.params), emu.config, emu.sessions)
    if outcome.http_status != 200:
        return PlainTextResponse(str(outcome.body), status_code=outcome.http_status)
    resp = JSONResponse(outcome.body, media_type=_JSON)
    if outcome.session is not None:
        _set_session_cookies(resp, outcome.session.sid, outcome.session.aspnet)
    return resp


def _admin_router() -> APIRouter:
    router = APIRouter(prefix="/k3cloud/_admin", tags=["admin"])

    def state(emu: Emulator, **extra: Any) -> dict[str, Any]:
        return {**emu.faults.state.model_dump(), "sessions": emu.sessions.count(), **extra}

    @router.get("/health")
    def health(request: Request) -> dict[str, Any]:
        emu: Emulator = request.app.state.emulator
        return {"status": "ok", "acct_id": emu.config.acct_id, "sessions": emu.sessions.count()}

    @router.get("/faults")
    def get_faults(request: Request) -> dict[str, Any]:
        return state(request.app.state.emulator)

    @router.post("/faults")
    def set_faults(request: Request, change: FaultUpdate) -> dict[str, Any]:
        emu: Emulator = request.app.state.emulator
        emu.faults.update(change)
        dropped = emu.sessions.drop_all() if change.drop_sessions else 0
        return state(emu, dropped_sessions=dropped)

    @router.get("/view", response_class=HTMLResponse)
    def view(request: Request, bill: str = "") -> HTMLResponse:
        """Read-only HTML of one order (or the latest ones) as K/3 holds it: the demo's K/3 panel."""
        store = request.app.state.emulator.store
        if not bill:
            return HTMLResponse(render_orders(store))
        page = render_order(store, bill)
        if page is None:
            return HTMLResponse(f"<p>K/3 中没有单据 {escape(bill)}</p>", status_code=404)
        return HTMLResponse(page)

    @router.post("/reset-faults")
    def reset_faults(request: Request) -> dict[str, Any]:
        emu: Emulator = request.app.state.emulator
        emu.faults.reset()
        return state(emu)

    return router


def create_app(config: EmulatorConfig, *, clock: Callable[[], float] = time.time) -> FastAPI:
    """The emulator as an ASGI app; the database is opened (and seeded if new, relative to `clock`'s day) now."""
    emulator = Emulator(config, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        emulator.store.close()

    app = FastAPI(title="K/3 Cloud WebAPI emulator", lifespan=lifespan, openapi_url=None)
    app.state.emulator = emulator
    app.include_router(_admin_router())
    app.add_api_route("/k3cloud/{service}.common.kdsvc", _service, methods=["POST"], include_in_schema=False)
    return app


def serve(config: EmulatorConfig, host: str, port: int) -> None:
    """Run the emulator under uvicorn until interrupted."""
    uvicorn.run(create_app(config), host=host, port=port, log_level="info")
