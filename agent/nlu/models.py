"""The parse result every understanding backend proposes (JSON-plain: ISO dates, plain numbers)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

__all__ = ["CANONICAL_SLOTS", "INTENTS", "Intent", "ParsedCommand"]

Intent = Literal[
    "create_order",
    "change_order",
    "query_order",
    "report_output",
    "query_inventory",
    "confirm",
    "cancel",
    "help",
    "unknown",
]
INTENTS: tuple[str, ...] = Intent.__args__  # type: ignore[attr-defined]

# Slots compared by the eval contract; `material_text` / `workshop_text` are raw phrases kept
# for the clarify question ("您说的'液压阀体'是哪一个?") and are not part of it.
CANONICAL_SLOTS: tuple[str, ...] = (
    "material",
    "quantity",
    "good_qty",
    "scrap_qty",
    "due_date",
    "workshop",
    "order_no",
    "status",
    "condition",
    "action",
)


class ParsedCommand(BaseModel):
    """What a backend proposes; nothing here is trusted until resolved and validated."""

    intent: Intent
    args: dict[str, str | float | int] = Field(default_factory=dict)
    clarify: list[str] = Field(default_factory=list)
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    backend: str = "rules"
    # What the message gave but cannot be used, each named for the reply ("日期 2026-02-30 不存在"); its slot is
    # absent and asked back, never filled with a guess.
    unreadable: list[str] = Field(default_factory=list)
    # The rules backend's rule that decided the intent (agent.nlu.intent_rules, agent.nlu.forms), for the eval's
    # per-rule report; None from the model.
    rule: str | None = None

    @field_validator("args")
    @classmethod
    def _plain_numbers(cls, args: dict[str, str | float | int]) -> dict[str, str | float | int]:
        """Integers past 2**53 become floats: stored state stays portable, and the rules refuse them by size."""
        return {k: float(v) if isinstance(v, int) and abs(v) > 2**53 else v for k, v in args.items()}

    def canonical_args(self) -> dict[str, str | float | int]:
        """The args without the raw `*_text` phrases, as the eval contract compares them."""
        return {k: v for k, v in self.args.items() if k in CANONICAL_SLOTS}
