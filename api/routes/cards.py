"""Card button clicks (HTTP card callback): verify, store, acknowledge; the agent decides who may click."""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

from fastapi import APIRouter, Request

from api.deps import RuntimeDep, VerifiedCardCallback

__all__ = ["router"]

router = APIRouter(tags=["cards"])


def click_id(body: dict[str, Any], delivery: str) -> str:
    """The inbox key of one card callback delivery: a redelivery of it is dropped, a new press never is.

    `delivery` identifies one sending by DingTalk: over Stream the frame's messageId (a redelivered frame
    keeps it); by HTTP the card callback carries no id of its own, so its signature timestamp (ms, made
    for each sending) stands for it. Pressing the same button again is a new delivery, so a click whose
    outcome can be retried (K/3 was down) can be retried from the card; the agent's own checks (proposal
    still open, digest, who may press) keep a second press from doing anything twice."""
    if not delivery:
        delivery = uuid.uuid4().hex  # nothing identifies the sending: never taken for a redelivery
    key = json.dumps([delivery, body.get("outTrackId"), body.get("userId"), body.get("content")], ensure_ascii=False)
    return "card-" + hashlib.sha256(key.encode()).hexdigest()[:32]


@router.post("/dingtalk/cards")
async def card_callback(body: VerifiedCardCallback, runtime: RuntimeDep, request: Request) -> dict[str, Any]:
    """Answered with the card's new state (its badge, no buttons once decided), as DingTalk documents."""
    cid = click_id(body, request.headers.get("x-ddpaas-signature-timestamp", ""))
    await runtime.accept_click(body, cid)
    return await runtime.card_answer(body, cid)
