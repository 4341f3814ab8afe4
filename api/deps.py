"""FastAPI dependencies: the app's long-lived pieces, and the DingTalk signature check as a dependency."""

from __future__ import annotations

import asyncio
import time
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request

from api.runtime import Runtime
from dingk3.config import Settings

__all__ = ["RuntimeDep", "SettingsDep", "VerifiedCallback", "VerifiedCardCallback"]


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


RuntimeDep = Annotated[Runtime, Depends(_runtime)]
SettingsDep = Annotated[Settings, Depends(_settings)]


async def _verified_robot(request: Request, settings: SettingsDep) -> dict[str, Any]:
    """The robot callback body, only if `timestamp` + `sign` prove it came from DingTalk within the hour,
    and that pair was never used before (it signs no body, so a second use may carry any body)."""
    from tools.dingtalk.signing import verify_robot_request

    secret = settings.dingtalk_app_secret.get_secret_value()
    headers = request.headers
    if not verify_robot_request(dict(headers), secret, int(time.time() * 1000)):
        raise HTTPException(status_code=401, detail="bad or missing DingTalk signature")
    await _first_use(request, "robot", headers["timestamp"], headers["sign"])
    return await _json_object(request)


async def _verified_card(request: Request, settings: SettingsDep) -> dict[str, Any]:
    """A card click callback, only with a valid, never used x-ddpaas-signature for our card callback secret."""
    from tools.dingtalk.signing import verify_card_callback

    secret = settings.dingtalk_app_secret.get_secret_value()
    headers = request.headers
    if not verify_card_callback(dict(headers), secret, int(time.time() * 1000)):
        raise HTTPException(status_code=401, detail="bad or missing card callback signature")
    await _first_use(request, "card", headers["x-ddpaas-signature-timestamp"], headers["x-ddpaas-signature"])
    return await _json_object(request)


async def _first_use(request: Request, kind: str, ts: str, sign: str) -> None:
    from api.replay import ReplayGuard

    guard: ReplayGuard = request.app.state.replay
    if not await asyncio.to_thread(guard.first_use, kind, ts, sign):
        raise HTTPException(status_code=401, detail="signature already used")


async def _json_object(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > 256 * 1024:
        raise HTTPException(status_code=413, detail="body too large")
    try:
        import json

        body = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested thousands of levels deep
        raise HTTPException(status_code=400, detail="body is not JSON") from exc
    if not isinstance(body, dict):
        raise HTTPException(status_code=400, detail="body is not a JSON object")
    return body


VerifiedCallback = Annotated[dict[str, Any], Depends(_verified_robot)]
VerifiedCardCallback = Annotated[dict[str, Any], Depends(_verified_card)]
