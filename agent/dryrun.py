"""Replay one message through parse, resolve and validate with no write (`dingk3 parse`, support)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from agent.context import AgentContext
from agent.gathering import gather_proposal
from agent.nodes import missing_slots
from agent.rules import check, check_permission
from agent.state import WRITE_INTENTS, Incoming
from dingk3.errors import K3Error

__all__ = ["dry_run"]


async def dry_run(ctx: AgentContext, text: str, *, user_id: str, now: datetime) -> dict[str, Any]:
    """What the agent would do with `text` from `user_id` at `now`: parse, proposal, violations, next step."""
    user = ctx.directory.get(user_id)
    parsed = await ctx.parse(text, now=now, user_workshop=user.workshop)
    out: dict[str, Any] = {
        "user": user.model_dump(), "parse": parsed.model_dump(), "proposal": None, "violations": [],
        "next": "answer",
    }  # fmt: skip
    if parsed.intent not in WRITE_INTENTS:
        return out
    if refusals := check_permission(user, parsed.intent):
        out |= {"violations": [v.model_dump() for v in refusals], "next": "refuse"}
        return out
    if missing := missing_slots(parsed):
        out |= {"next": "ask", "ask": missing}
        return out
    inc = Incoming(
        text=text, user_id=user_id, conversation_id="dry-run", now=now.isoformat(), message_id=uuid.uuid4().hex
    )
    try:
        proposal, facts = await gather_proposal(ctx, inc, parsed, None)
    except K3Error as exc:
        out |= {"next": "error", "error": exc.user_message}
        return out
    violations = check(proposal, facts, now.astimezone(ctx.tz).date(), ctx.policy)
    refuse = any(v.severity == "refuse" for v in violations)
    out |= {
        "proposal": proposal.model_dump(), "violations": [v.model_dump() for v in violations],
        "next": "refuse" if refuse else ("approval" if any(v.severity == "risk" for v in violations) else "confirm"),
    }  # fmt: skip
    return out
