"""The examples help and hints give, taken from this plant's own catalogue, workshops and open orders, so that no
plant is shown another plant's items; a neutral word stands where the plant has none (or K/3 cannot answer now)."""

from __future__ import annotations

import asyncio
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from agent.context import AgentContext
from agent.gathering import OPEN_STATUSES
from agent.phrases import Lang, in_lang, say
from dingk3.errors import K3Error
from tools.directory import WorkshopInfo
from tools.k3.models import Material

__all__ = ["Examples", "catalogue_examples", "plant_examples"]

Said = tuple[str, str]  # (Chinese, English): how a person would write it in a chat in that language
Resolve = Callable[..., Any]  # MaterialResolver.resolve: (text, *, producible_only) → Resolution
_TRIED = 3  # items tried, lowest numbers first, for one whose name as written resolves to it alone


@dataclass(frozen=True)
class Examples:
    """What the help's examples name: a product to make, an item to look up, a workshop and an order."""

    product: Said | None = None
    stock_item: Said | None = None
    workshop: Said | None = None
    order: str | None = None

    def words(self, lang: Lang) -> dict[str, str]:
        """The examples in `lang`, a neutral word (〈订单号〉, [order number]) for any the plant has none of."""
        said = {"product": self.product, "stock_item": self.stock_item, "workshop": self.workshop}
        words = {k: in_lang(v, lang) if v else say(lang, f"example_{k}") for k, v in said.items()}
        return words | {"order": self.order or say(lang, "example_order")}


async def catalogue_examples(ctx: AgentContext) -> Examples:
    """The plant's items and a workshop as examples, from its loaded catalogue (no K/3 call)."""
    materials = ctx.materials
    return await asyncio.to_thread(lambda: _from_catalogue(materials.materials(), ctx.workshops, materials.resolve))


async def plant_examples(ctx: AgentContext) -> Examples:
    """The plant's examples, with one of its open orders from K/3 (none when K/3 cannot be read now)."""
    examples = await catalogue_examples(ctx)
    try:
        orders = await ctx.k3.list_orders(status=OPEN_STATUSES, limit=1)
    except K3Error:
        return examples
    return Examples(examples.product, examples.stock_item, examples.workshop, orders[0].bill_no if orders else None)


def _from_catalogue(materials: Iterable[Material], workshops: Iterable[WorkshopInfo], resolve: Resolve) -> Examples:
    """A producible item, an item in stock (bought, where the plant buys any) and a workshop, lowest numbers first;
    each item as its name and spec if those find it alone, else as its K/3 number (which always does)."""
    usable = [m for m in materials if m.usable]
    made = [m for m in usable if m.producible]
    bought = [m for m in usable if not m.producible] or usable
    shops = heapq.nsmallest(1, workshops, key=lambda w: w.number)
    return Examples(
        product=_named(made, resolve, producible=True),
        stock_item=_named(bought, resolve, producible=False),
        workshop=(shops[0].name, shops[0].number) if shops else None,
    )


def _named(items: list[Material], resolve: Resolve, *, producible: bool) -> Said | None:
    """The first of the lowest-numbered `items` whose name and spec find it alone, written so (in English its
    spec when that finds it, else its number); else the first as its number."""
    tried = heapq.nsmallest(_TRIED, items, key=lambda m: m.number)
    for m in tried:
        if _finds(resolve, f"{m.name} {m.spec}".strip(), m, producible):
            english = m.spec if m.spec and m.spec.isascii() and _finds(resolve, m.spec, m, producible) else m.number
            return f"{m.name} {m.spec}".strip(), english
    return (tried[0].number, tried[0].number) if tried else None


def _finds(resolve: Resolve, text: str, material: Material, producible: bool) -> bool:
    found = resolve(text, producible_only=producible)
    return bool(found.verdict == "resolved" and found.best is not None and found.best.number == material.number)
