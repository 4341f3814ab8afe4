"""The enterprise robot's HTTP callback: verify, store, acknowledge at once; the answer goes out later."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import RuntimeDep, VerifiedCallback

__all__ = ["router"]

router = APIRouter(tags=["dingtalk"])


@router.post("/dingtalk/robot")
async def robot_callback(body: VerifiedCallback, runtime: RuntimeDep) -> dict[str, Any]:
    """DingTalk posts every 1:1 message and every group message that @s the robot here."""
    await runtime.accept_robot(body)
    return {}
