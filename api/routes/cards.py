"""Card button clicks (HTTP card callback): verify, store, acknowledge; the agent decides who may click."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import APIRouter

from api.deps import RuntimeDep, VerifiedCardCallback

__all__ = ["router"]

router = APIRouter(tags=["cards"])


def click_id(body: dict[str, Any]) -> str:
    """DingTalk may deliver a click twice; the same card, user and content is the same click."""
    key = json.dumps([body.get("outTrackId"), body.get("userId"), body.get("content")], ensure_ascii=False)
    return "card-" + hashlib.sha256(key.encode()).hexdigest()[:32]


@router.post("/dingtalk/cards")
async def card_callback(body: VerifiedCardCallback, runtime: RuntimeDep) -> dict[str, Any]:
    await runtime.accept_click(body, click_id(body))
    return {}
