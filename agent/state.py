"""Data only: the graph state and the JSON-plain models that travel through it."""

from __future__ import annotations

import hashlib
import json
from typing import Annotated, Any, Literal, TypedDict

from pydantic import BaseModel, Field

__all__ = [
    "WRITE_INTENTS",
    "AgentState",
    "Incoming",
    "Proposal",
    "Violation",
    "latest_replies",
]

WriteIntent = Literal["create_order", "change_order", "report_output"]
WRITE_INTENTS: frozenset[str] = frozenset({"create_order", "change_order", "report_output"})


class Incoming(BaseModel):
    """One chat message as the agent sees it, whatever channel brought it."""

    text: str
    user_id: str
    conversation_id: str
    now: str  # ISO 8601 with offset: the message time, Asia/Shanghai
    message_id: str = ""
    conversation_type: Literal["1", "2"] = "1"  # DingTalk: 1 = 1:1, 2 = group


class Violation(BaseModel):
    """A rule's verdict: `refuse` blocks the action; `risk` sends it to a supervisor for approval; `warn` is shown
    on the card and changes nothing else."""

    code: str
    message: str  # Chinese, says why and what would pass
    message_en: str = ""  # the same in English, for a requester who writes English
    severity: Literal["refuse", "risk", "warn"] = "refuse"


class Proposal(BaseModel):
    """Exactly what will be written to K/3 once confirmed (and approved where risky)."""

    id: str
    intent: WriteIntent
    requester: str
    conversation_id: str
    created_at: str  # ISO
    expires_at: str  # ISO
    # create_order
    material: str | None = None
    material_name: str | None = None
    spec: str | None = None
    quantity: float | None = None
    workshop: str | None = None
    due_date: str | None = None  # YYYY-MM-DD
    # change_order / report_output
    order_no: str | None = None
    action: str | None = None  # release / start / finish / close / pause / resume
    before: dict[str, Any] = Field(default_factory=dict)  # the order's values the change replaces
    good_qty: float | None = None
    scrap_qty: float | None = None
    made_qty: float | None = None  # 做了30个，坏了2个 read as 30 good: the card offers "the 30 include the 2"
    risks: list[Violation] = Field(default_factory=list)
    warnings: list[Violation] = Field(default_factory=list)  # shown on the card (a BOM shortage), approved by nobody
    approver: str | None = None  # user id of the supervisor who must approve, when risky

    def payload(self) -> dict[str, Any]:
        """The fields that decide what is written (not timestamps or risk wording)."""
        return self.model_dump(
            include={
                "intent", "requester", "material", "quantity", "workshop", "due_date", "order_no",
                "action", "good_qty", "scrap_qty",
            }
        )  # fmt: skip

    @property
    def digest(self) -> str:
        """Hash of the payload: a card click is bound to it, so an edited proposal voids old cards."""
        raw = json.dumps({"id": self.id, **self.payload()}, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(raw.encode()).hexdigest()[:16]


def latest_replies(old: list[dict[str, Any]] | None, new: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Outbox reducer: keep only the messages answering the newest incoming message."""
    merged = [*(old or []), *(new or [])]
    if not merged:
        return []
    last = merged[-1].get("in_reply_to")
    return [m for m in merged if m.get("in_reply_to") == last]


class AgentState(TypedDict, total=False):
    """Graph state of one thread (conversation + sender). JSON-plain values only."""

    thread_id: str  # the graph thread (conversation:sender, or a side thread while one waits for approval)
    incoming: dict[str, Any]  # Incoming.model_dump()
    read_ahead: dict[str, Any] | None  # the message as read before the run started (ParsedCommand): not read again
    parsed: dict[str, Any]  # ParsedCommand.model_dump()
    candidates: list[dict[str, Any]]  # material pick-list while clarifying
    proposal: dict[str, Any] | None  # Proposal.model_dump()
    violations: list[dict[str, Any]]
    decision: dict[str, Any] | None  # what the confirm/approve step decided
    result: dict[str, Any] | None  # K/3 outcome of the write
    outbox: Annotated[list[dict[str, Any]], latest_replies]  # Outgoing dumps for the current message
    lang: Literal["zh", "en"]  # the language the sender writes in: replies follow it
    # why the next yes on the waiting card is asked back once, if it is: "unread_fix", the bot could not read the last
    # message (a yes typed or pressed); "remark", the last message was a remark the card was kept for (稍等: a bare 好的
    # next); "refused_fix", the last message's fix of the card was refused (a typed yes)
    yes_asked: Literal["unread_fix", "remark", "refused_fix"] | None
    # the request just refused and when (its message's time): the sender's next message may correct it (搞错了 是1115)
    refused: dict[str, Any] | None
    # the waiting card's reading while a correction of it is checked: a refused correction leaves the card as it was
    card_parsed: dict[str, Any] | None
    from_focus: str | None  # the slot the request took from what the previous message named (agent.focus)
    focus: dict[str, Any] | None  # agent.focus.Focus: the order and item the sender's last messages named, and when
