"""Understanding chat messages: `parse_rules` (pure patterns) and `understand` (parse + resolve + clarify).

`understand` turns the raw `material_text` / `workshop_text` phrases into K/3 numbers through the
resolvers it is given and computes `clarify` per the eval contract (issue 4 §5): a material that is
ambiguous or not found is absent from args and listed in clarify; for create_order only producible
items (产成品 / 半成品) are looked up. The raw phrases stay in args for the clarify question;
`ParsedCommand.canonical_args()` drops them.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Protocol

from agent.nlu.models import CANONICAL_SLOTS, INTENTS, ParsedCommand
from agent.nlu.rules import REQUIRED, clarify_for, parse_rules

__all__ = [
    "CANONICAL_SLOTS",
    "INTENTS",
    "MaterialLookup",
    "ParsedCommand",
    "WorkshopLookup",
    "parse_rules",
    "resolve_parsed",
    "understand",
]


class _Candidate(Protocol):
    @property
    def number(self) -> str: ...


class _Resolution(Protocol):
    @property
    def verdict(self) -> str: ...  # "resolved" | "ambiguous" | "not_found"

    @property
    def best(self) -> Any: ...  # a candidate with `.number`, or None


class MaterialLookup(Protocol):
    """What `understand` needs from `tools.resolve.MaterialResolver`."""

    def resolve(self, text: str, *, producible_only: bool = ...) -> Any: ...


class WorkshopLookup(Protocol):
    """What `understand` needs from `tools.resolve.WorkshopResolver`."""

    def resolve(self, text: str, *, own_workshop: str | None = ...) -> Any: ...


# Intents whose material slot names something that is produced (orders exist only for those).
_PRODUCIBLE_INTENTS = {"create_order", "query_order"}
_WORKSHOP_INTENTS = {"create_order", "change_order", "query_order"}


def _number_of(resolution: Any) -> str | None:
    if resolution is None or getattr(resolution, "verdict", None) != "resolved":
        return None
    best = getattr(resolution, "best", None)
    number = getattr(best, "number", None)
    return str(number) if number else None


_PLURAL_KEEP = re.compile(r".*(?:ss|us|is|ps|ys|ics)$")  # brass, phillips, dbds-like codes stay as written
_CODE = re.compile(r"(?=.*[a-z])(?=.*\d)[a-z0-9][a-z0-9.\-/_x]*")  # gp-10, hv-2050, m16, tc35x52x8


def _singular(word: str) -> str:
    """English plural → singular for catalogue lookups (pumps → pump, bodies → body, boxes → box)."""
    if len(word) <= 3 or not word.isalpha() or _PLURAL_KEEP.fullmatch(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def _resolve_material(materials: MaterialLookup, phrase: str, *, producible_only: bool) -> str | None:
    """The whole phrase first; if it does not resolve, its word windows, longest first, so chat noise
    around the name ("老王 齿轮泵 gp-10") does not hide it; English plurals are read as singular
    ("gear pumps"). An ambiguous window stops the search, except that a code token (gp-10, m16) that
    resolves on its own still wins: a code is more specific than the words around it."""
    words = [_singular(w) for w in phrase.split()]
    windows = [" ".join(words[i : i + n]) for n in range(len(words), 0, -1) for i in range(len(words) - n + 1)]
    if " ".join(words) != phrase:
        windows.insert(0, phrase)
    tried: dict[str, str | None] = {}
    for window in windows[:12]:
        resolution = materials.resolve(window, producible_only=producible_only)
        number = tried[window] = _number_of(resolution)
        if number:
            return number
        if getattr(resolution, "verdict", None) == "ambiguous" and window != phrase:
            break
    found: set[str] = set()
    for code in dict.fromkeys(w for w in words if _CODE.fullmatch(w)):
        if code not in tried:
            tried[code] = _number_of(materials.resolve(code, producible_only=producible_only))
        if hit := tried[code]:
            found.add(hit)
    return found.pop() if len(found) == 1 else None


def understand(
    text: str,
    *,
    now: datetime,
    user_workshop: str | None = None,
    materials: MaterialLookup | None = None,
    workshops: WorkshopLookup | None = None,
) -> ParsedCommand:
    """Rules parse, then resolve phrases to K/3 numbers and decide what to ask back."""
    parsed = parse_rules(text, now=now, user_workshop=user_workshop)
    return resolve_parsed(parsed, user_workshop=user_workshop, materials=materials, workshops=workshops)


def resolve_parsed(
    parsed: ParsedCommand,
    *,
    user_workshop: str | None = None,
    materials: MaterialLookup | None = None,
    workshops: WorkshopLookup | None = None,
) -> ParsedCommand:
    """Resolve the `*_text` phrases of any backend's parse and recompute `clarify`."""
    args = dict(parsed.args)
    # Slots the parse itself found ambiguous (下周 → due_date, 加200 → quantity) stay asked while absent;
    # material, workshop and the required slots are recomputed below.
    recomputed = {"material", "workshop", "change", *REQUIRED.get(parsed.intent, ())}
    extra: list[str] = [c for c in parsed.clarify if c not in args and c not in recomputed]
    if "workshop_text" in args and "workshop" in parsed.clarify and not user_workshop:
        extra.append("workshop")  # 我们车间 from someone without a workshop

    material_text = args.get("material_text")
    if isinstance(material_text, str) and "material" not in args:
        number = None
        if materials is not None:
            number = _resolve_material(materials, material_text, producible_only=parsed.intent in _PRODUCIBLE_INTENTS)
        if number:
            args["material"] = number
        else:
            extra.append("material")

    workshop_text = args.get("workshop_text")
    wants_workshop = parsed.intent in _WORKSHOP_INTENTS and "workshop" not in args and "workshop" not in extra
    if wants_workshop and isinstance(workshop_text, str):
        number = None
        if workshops is not None:
            number = _number_of(workshops.resolve(workshop_text, own_workshop=user_workshop))
        if number:
            args["workshop"] = number
        else:
            extra.append("workshop")

    clarify = clarify_for(parsed.intent, args, extra)
    if "material" in clarify:
        args.pop("material", None)
    return parsed.model_copy(update={"args": args, "clarify": clarify})
