"""What every node uses: the message, its day and its language, outgoing messages, the audit log, slots still
missing, who may ask, and a workshop's name."""

from __future__ import annotations

import asyncio
from datetime import date, datetime
from typing import Any, Literal

from agent.context import AgentContext
from agent.nlu.models import ParsedCommand
from agent.phrases import Lang, language_of
from agent.replies import reply_to
from agent.rules import check_permission
from agent.state import AgentState, Incoming, Proposal, Violation

__all__ = [
    "DONE",
    "audit",
    "db",
    "incoming",
    "lang_after",
    "lang_of",
    "missing_slots",
    "now_of",
    "out",
    "permission_refusal",
    "thread_of",
    "today_of",
    "workshop_name",
]

_REQUIRED = {
    "create_order": ("material", "quantity"),
    "change_order": ("order_no",),
    "report_output": ("order_no", "good_qty"),
    "query_inventory": ("material",),
}
_CHANGE_SLOTS = ("quantity", "due_date", "workshop", "action")
DONE: Literal["__end__"] = "__end__"  # langgraph's END, typed for Command[Literal[...]]


def incoming(state: AgentState) -> Incoming:
    return Incoming.model_validate(state["incoming"])


def lang_of(state: AgentState) -> Lang:
    """The language the conversation is in so far (Chinese until the sender writes English)."""
    return state.get("lang") or "zh"


def lang_after(state: AgentState, inc: Incoming) -> Lang:
    """The language to answer `inc` in: its own, or the conversation's when it says nothing of one (`2`, a press)."""
    return language_of(inc.text) or lang_of(state)


def now_of(inc: Incoming) -> datetime:
    return datetime.fromisoformat(inc.now)


def today_of(ctx: AgentContext, inc: Incoming) -> date:
    """The plant's day the message arrived on."""
    return now_of(inc).astimezone(ctx.tz).date()


def out(inc: Incoming, kind: Any, text: str, **kw: Any) -> dict[str, Any]:
    """A message answering `inc`: in its conversation, or to `user_id` alone when given (`lang`: its language)."""
    return reply_to(inc, kind, text, **kw).model_dump()


def thread_of(state: AgentState) -> str:
    """The graph thread this run belongs to (set by the service when the run started)."""
    return state.get("thread_id") or _thread(incoming(state))


def _thread(inc: Incoming) -> str:
    return f"{inc.conversation_id}:{inc.user_id}"


async def audit(ctx: AgentContext, event: str, inc: Incoming, *, p: Proposal | None = None, **data: Any) -> None:
    """Append to the audit log off the event loop (SQLite waits must never block the checkpointer).

    Rows about a proposal go to the requester's thread, whoever acted (e.g. the approving supervisor).
    """
    thread = f"{p.conversation_id}:{p.requester}" if p else _thread(inc)
    conversation = p.conversation_id if p else inc.conversation_id
    await asyncio.to_thread(
        ctx.audit.append,
        event,
        thread_id=thread,
        conversation_id=conversation,
        user_id=inc.user_id,
        text=inc.text,
        data=data,
        now=now_of(inc),
    )


async def db(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """A proposals-table call off the event loop."""
    return await asyncio.to_thread(fn, *args, **kwargs)  # fmt: skip


def missing_slots(parsed: ParsedCommand) -> list[str]:
    """Required slots still absent, plus whatever the parser flagged as ambiguous.

    A relative change of an order's quantity ("数量加200") is complete: the new total is computed from the
    order when the proposal is built, and the confirmation shows it (`1000 → 1200`).
    """
    relative = parsed.intent == "change_order" and "quantity_delta" in parsed.args and "order_no" in parsed.args
    clarify = [c for c in parsed.clarify if not (relative and c == "quantity")]
    need = [s for s in _REQUIRED.get(parsed.intent, ()) if s not in parsed.args]
    if parsed.intent == "change_order" and not relative and not any(s in parsed.args for s in _CHANGE_SLOTS):
        need.append("change")
    return list(dict.fromkeys([*clarify, *need]))


def permission_refusal(ctx: AgentContext, user_id: str, intent: str) -> Violation | None:
    """Why `user_id` may not ask for `intent` at all (a role without it), or None."""
    found = check_permission(ctx.directory.get(user_id), intent)
    return found[0] if found else None


def workshop_name(ctx: AgentContext, number: str | None) -> str:
    if not number:
        return ""
    ws = ctx.workshops.get(number)
    return ws.name if ws else ""
