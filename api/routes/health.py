"""Liveness with dependencies (`/healthz`) and Prometheus metrics (`/metrics`)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from api.deps import RuntimeDep
from dingk3.errors import K3Error

__all__ = ["router"]

router = APIRouter(tags=["health"])


@router.get("/healthz")
async def healthz(runtime: RuntimeDep) -> Response:
    """200 when K/3, the database and the material index all answer; 503 naming what doesn't."""
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
    return JSONResponse({"status": "ok" if ok else "degraded", "checks": checks}, status_code=200 if ok else 503)


@router.get("/metrics")
async def metrics(runtime: RuntimeDep) -> Response:
    return Response(runtime.metrics.render(), media_type="text/plain; version=0.0.4")
