"""Probes and metrics. `/livez`: the process answers (no I/O). `/readyz` (alias `/healthz`): the database, K/3,
the material index (and in `dingk3 stream`, its connection to DingTalk) answer, within a short timeout, the
result reused for `DINGK3_READY_CACHE_S`: ok or degraded; `?detail=1` (operators) names what doesn't, and in
HTTP mode with cards whether DingTalk has taken the card callback route yet (`card_route`, never a reason for 503).
`/metrics`: Prometheus, operators only (`Authorization: Bearer DINGK3_OPS_TOKEN`, or a browser on this machine
in demo mode)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.deps import RuntimeDep, SettingsDep
from api.runtime import Runtime
from api.security import is_operator
from dingk3.config import Settings
from dingk3.errors import K3Error

__all__ = ["router"]

router = APIRouter(tags=["health"])


_UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}
# Shown to operators, never a reason for 503: the material count, and whether DingTalk knows where card clicks go
# (until it does, buttons do not reach us; typed 确认 / 取消 still work, and registering goes on in the background).
_INFORMATIONAL = frozenset({"materials", "card_route"})


@router.get("/livez")
async def livez() -> dict[str, str]:
    """200 while the process serves requests; nothing else is asked (a restart would not fix K/3)."""
    return {"status": "ok"}


@router.get("/readyz")
@router.get("/healthz")
async def readyz(request: Request, runtime: RuntimeDep, settings: SettingsDep, detail: bool = False) -> Response:
    """200 when K/3, the database and the material index all answer, else 503; `?detail=1` (operators) names
    what doesn't. Anyone else learns only ok or degraded: error class names tell an attacker what runs here."""
    if detail and not is_operator(request, settings):
        return JSONResponse({"detail": "operators only"}, status_code=401, headers=_UNAUTHORIZED)
    checks = await _readiness(request).checks(runtime, settings)
    checks = checks | {name: "ok" if up() else "down" for name, up in _extra_checks(request).items()}
    if runtime.delivery.card_route is not None:  # read from memory at each probe: it changes in the background
        checks["card_route"] = runtime.delivery.route_state
    ok = all(v == "ok" for k, v in checks.items() if k not in _INFORMATIONAL)
    body: dict[str, Any] = {"status": "ok" if ok else "degraded"} | ({"checks": checks} if detail else {})
    return JSONResponse(body, status_code=200 if ok else 503)


@router.get("/metrics")
async def metrics(request: Request, runtime: RuntimeDep, settings: SettingsDep) -> Response:
    if not is_operator(request, settings):
        return JSONResponse({"detail": "operators only"}, status_code=401, headers=_UNAUTHORIZED)
    text = await asyncio.to_thread(runtime.render_metrics)  # the waiting-work gauges read the database
    return Response(text, media_type="text/plain; version=0.0.4")


class _Readiness:
    """The last readiness result of this process, reused for a few seconds: probes from a load balancer, an
    orchestrator and a monitor would otherwise each call K/3."""

    def __init__(self) -> None:
        self.at = -float("inf")
        self.result: dict[str, Any] = {}
        self.lock = asyncio.Lock()

    async def checks(self, runtime: Runtime, settings: Settings) -> dict[str, Any]:
        async with self.lock:  # probes arriving together share one round of checks
            if time.monotonic() - self.at >= settings.ready_cache_s:
                self.result = await _check(runtime, settings.ready_timeout_s)
                self.at = time.monotonic()
            return self.result


def _extra_checks(request: Request) -> dict[str, Callable[[], bool]]:
    """What else this process needs to be ready, read from memory at each probe (the stream's connection)."""
    extra: dict[str, Callable[[], bool]] = getattr(request.app.state, "ready_checks", {})
    return extra


def _readiness(request: Request) -> _Readiness:
    state = request.app.state
    if not hasattr(state, "readiness"):
        state.readiness = _Readiness()
    readiness: _Readiness = state.readiness
    return readiness


async def _check(runtime: Runtime, timeout_s: float) -> dict[str, Any]:
    checks: dict[str, Any] = {}
    try:
        k3 = runtime.res.k3.query("BD_Department", ["FNumber"], "", limit=1)
        await asyncio.wait_for(k3, timeout_s)
        checks["k3"] = "ok"
    except TimeoutError:
        checks["k3"] = "error: timeout"
    except K3Error as exc:
        checks["k3"] = f"error: {type(exc).__name__}"
    try:
        await asyncio.wait_for(asyncio.to_thread(runtime.res.db.fetchone, "SELECT 1 AS x"), timeout_s)
        checks["database"] = "ok"
    except TimeoutError:
        checks["database"] = "error: timeout"
    except Exception as exc:  # any driver error means the database is not usable
        checks["database"] = f"error: {type(exc).__name__}"
    materials = len(runtime.res.ctx.materials)
    checks["index"] = "ok" if materials else "empty"
    checks["materials"] = materials
    return checks
