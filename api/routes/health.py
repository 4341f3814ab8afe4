"""Liveness with dependencies (`/healthz`: ok or degraded; the details for operators) and Prometheus metrics
(`/metrics`, operators only: `Authorization: Bearer DINGK3_OPS_TOKEN`, or a browser on this machine in demo mode)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from api.deps import RuntimeDep, SettingsDep
from api.security import is_operator
from dingk3.errors import K3Error

__all__ = ["router"]

router = APIRouter(tags=["health"])


_UNAUTHORIZED = {"WWW-Authenticate": "Bearer"}


@router.get("/healthz")
async def healthz(request: Request, runtime: RuntimeDep, settings: SettingsDep, detail: bool = False) -> Response:
    """200 when K/3, the database and the material index all answer, else 503; `?detail=1` (operators) names
    what doesn't. Anyone else learns only ok or degraded: error class names tell an attacker what runs here."""
    if detail and not is_operator(request, settings):
        return JSONResponse({"detail": "operators only"}, status_code=401, headers=_UNAUTHORIZED)
    checks: dict[str, Any] = {}
    try:
        await runtime.res.k3.query("BD_Department", ["FNumber"], "", limit=1)
        checks["k3"] = "ok"
    except K3Error as exc:
        checks["k3"] = f"error: {type(exc).__name__}"
    try:
        await asyncio.to_thread(runtime.res.db.fetchone, "SELECT 1 AS x")
        checks["database"] = "ok"
    except Exception as exc:  # any driver error means the database is not usable
        checks["database"] = f"error: {type(exc).__name__}"
    materials = len(runtime.res.ctx.materials)
    checks["index"] = "ok" if materials else "empty"
    checks["materials"] = materials
    ok = all(v == "ok" for k, v in checks.items() if k != "materials")
    body: dict[str, Any] = {"status": "ok" if ok else "degraded"} | ({"checks": checks} if detail else {})
    return JSONResponse(body, status_code=200 if ok else 503)


@router.get("/metrics")
async def metrics(request: Request, runtime: RuntimeDep, settings: SettingsDep) -> Response:
    if not is_operator(request, settings):
        return JSONResponse({"detail": "operators only"}, status_code=401, headers=_UNAUTHORIZED)
    return Response(runtime.metrics.render(), media_type="text/plain; version=0.0.4")
