"""Material candidates for a pick-list, and the raw material a production order cannot be made of."""

from __future__ import annotations

from typing import Any

from agent.context import AgentContext
from agent.nlu.models import ParsedCommand

__all__ = ["candidates", "numbered", "pick_list_text", "raw_material"]


_NEAR = 0.05


def candidates(ctx: AgentContext, parsed: ParsedCommand) -> tuple[bool, list[dict[str, Any]]]:
    """Whether the phrase matches anything in the catalogue, and the items to pick from (the matches, or else
    the nearest ones as suggestions)."""
    text = str(parsed.args.get("material_text") or "")
    if not text:
        return False, []
    res = ctx.materials.resolve(text, producible_only=parsed.intent == "create_order")
    # near-equal scores (within _NEAR of the best: the same name, a vector's shade apart) mean nothing to a person:
    # those come first in K/3 number order, the same on every worker and every day; the rest by score
    top = max((c.score for c in res.candidates[:5]), default=0.0)
    ranked = sorted(
        res.candidates[:5], key=lambda c: (top - c.score > _NEAR, -c.score if top - c.score > _NEAR else 0, c.number)
    )
    return res.verdict != "not_found", [c.model_dump() for c in ranked]


def raw_material(ctx: AgentContext, parsed: ParsedCommand, phrase: str) -> Any:
    """For a production order: the phrase names exactly one item, and it is not producible."""
    if parsed.intent != "create_order" or not phrase:
        return None
    res = ctx.materials.resolve(phrase)
    if res.verdict != "resolved" or res.best is None:
        return None
    material = ctx.materials.get(res.best.number)
    return material if material is not None and not material.producible else None


def pick_list_text(ctx: AgentContext, parsed: ParsedCommand, head: str) -> str:
    _, cands = candidates(ctx, parsed)
    return head + "\n" + numbered(cands) if cands else ""


def numbered(cands: list[dict[str, Any]]) -> str:
    """The candidates as a numbered list, one a line: the numbers a reply picks by."""
    return "\n".join(f"{i}. {c['number']} {c['name']} {c['spec']}" for i, c in enumerate(cands, 1))
