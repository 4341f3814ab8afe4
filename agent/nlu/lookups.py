"""What reading a reply may look up (`Lookups`): the resolvers, K/3's open orders, the plant's vocabulary and a
model to consult; and the two things every reading of a reply does with them."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agent.nlu import resolve_parsed
from agent.nlu.expecting import Expecting, ModelTurn
from agent.nlu.models import ParsedCommand
from agent.nlu.vocabulary import Vocabulary

__all__ = ["Consult", "Lookups", "consult", "resolve_slots"]

Consult = Callable[..., Awaitable[ModelTurn | None]]


@dataclass(frozen=True)
class Lookups:
    """What reading an answer may look up: the resolvers, the one open order whose number ends in digits, and the
    plant's vocabulary."""

    materials: Any
    workshops: Any
    order_ending: Callable[[str], Awaitable[str | None]]
    vocabulary: Vocabulary | None = None  # the plant's workshop names and calendar (none: the generic lexicon)
    # The model to consult where the rules, reading in context, end with nothing (the llm and hybrid backends'
    # `consult`); none: the rules alone. What it proposes passes `agent.nlu.model_turn`.
    model: Consult | None = None
    order_quantity: Callable[[str], Awaitable[float | None]] | None = None  # an order's own quantity (比原来多50)
    order_due: Callable[[str], Awaitable[str | None]] | None = None  # an order's own due date (往后推三天)
    # The order this person last created or changed in this chat, as card slots (workshop, due_date, quantity):
    # what 跟上一单一样的车间 points at. None: nothing written here yet, or K/3 cannot say.
    previous_order: Callable[[], Awaitable[dict[str, Any] | None]] | None = None
    # The one order of an item that a request of this intent can be about (ZX-A1转向节那个单子 for a report: the one
    # started order of that item, in the worker's own shop); None: none or several, or K/3 cannot say.
    order_of_item: Callable[[str, str], Awaitable[str | None]] | None = None


async def consult(
    text: str, expecting: Expecting, *, now: datetime, user_workshop: str | None, lookups: Lookups
) -> ModelTurn | None:
    """The model's proposal for a reply the rules could not read, when a model is configured."""
    if lookups.model is None:
        return None
    return await lookups.model(text, expecting, now=now, user_workshop=user_workshop)


async def resolve_slots(raw: dict[str, Any], intent: str, user_workshop: str | None, lookups: Lookups) -> ParsedCommand:
    """Raw slots read for `intent`, resolved to K/3 numbers as a whole request's are."""
    guess = ParsedCommand(intent=intent, args=raw, confidence=0.9)  # type: ignore[arg-type]
    return await asyncio.to_thread(
        resolve_parsed, guess, user_workshop=user_workshop, materials=lookups.materials, workshops=lookups.workshops
    )
