"""The enterprise robot's HTTP callback: verify, store, acknowledge at once; the answer goes out later."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, HTTPException

from api.deps import RuntimeDep, VerifiedCallback
from api.webhooks import BadWebhook, capped_webhook

__all__ = ["router"]

router = APIRouter(tags=["dingtalk"])


@router.post("/dingtalk/robot")
async def robot_callback(body: VerifiedCallback, runtime: RuntimeDep) -> dict[str, Any]:
    """DingTalk posts every 1:1 message and every group message that @s the robot here."""
    try:  # refused before it is stored: an absurd expiry must not leave an input that can never finish
        body = capped_webhook(body, int(time.time() * 1000))
    except BadWebhook as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    await runtime.accept_robot(body)
    return {}
