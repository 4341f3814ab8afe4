"""A small exact-match resolver over the demo CSVs, for evals and tests until `tools.resolve` lands.

Deliberately simple and deterministic: a phrase resolves when it equals a number, alias, name,
spec or name+spec of exactly one item, or when exactly one item's longest key occurs inside it;
several equal matches are ambiguous; nothing is not_found.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from tools.text import normalize

__all__ = ["Candidate", "CatalogMaterialResolver", "CatalogWorkshopResolver", "Resolution"]

_PRODUCIBLE = {"产成品", "半成品"}


@dataclass(frozen=True)
class Candidate:
    number: str
    name: str
    spec: str = ""
    category: str = ""
    score: float = 1.0


@dataclass(frozen=True)
class Resolution:
    verdict: str  # "resolved" | "ambiguous" | "not_found"
    best: Candidate | None = None
    candidates: list[Candidate] = field(default_factory=list)


def _key(s: str) -> str:
    return normalize(s).replace(" ", "")


def _decide(hits: list[Candidate]) -> Resolution:
    unique = list({c.number: c for c in hits}.values())
    if len(unique) == 1:
        return Resolution("resolved", unique[0], unique)
    if unique:
        return Resolution("ambiguous", None, unique)
    return Resolution("not_found", None, [])


class _Index:
    """`items`: (candidate, all keys, strong keys); strong keys (number, aliases, name+spec) win
    over a bare name or spec shared by several items."""

    def __init__(self, items: list[tuple[Candidate, set[str], set[str]]]) -> None:
        self.items = [(c, keys) for c, keys, _ in items]
        self.strong = {c.number: strong for c, _, strong in items}

    def resolve(self, text: str, keep: set[str] | None = None) -> Resolution:
        q = _key(text)
        items = [(c, keys) for c, keys in self.items if keep is None or c.category in keep]
        if not q:
            return Resolution("not_found")
        exact = [c for c, _ in items if q in self.strong[c.number]] or [c for c, keys in items if q in keys]
        if exact:
            return _decide(exact)
        # The longest key found inside the phrase ("液压阀体hv-2050的" contains "hv-2050").
        inside = [
            (max(len(k) for k in keys if k in q), c) for c, keys in items if any(len(k) >= 3 and k in q for k in keys)
        ]
        if inside:
            longest = max(n for n, _ in inside)
            return _decide([c for n, c in inside if n == longest])
        # The phrase is part of a name ("304螺栓" → many bolts: ambiguous).
        if len(q) >= 2:
            return _decide([c for c, keys in items if any(q in k for k in keys)])
        return Resolution("not_found")


class CatalogMaterialResolver:
    """`MaterialResolver`-shaped lookup over `materials.csv` (number, name, spec, aliases)."""

    def __init__(self, index: _Index) -> None:
        self._index = index

    @classmethod
    def from_csv(cls, path: Path) -> CatalogMaterialResolver:
        items = []
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                c = Candidate(row["number"], row["name"], row["spec"], row["category"])
                strong = {_key(row["number"]), _key(row["name"] + row["spec"])}
                strong |= {_key(a) for a in row.get("aliases", "").split(";") if a.strip()}
                keys = strong | {_key(row["name"])} | ({_key(row["spec"])} if row["spec"] else set())
                items.append((c, keys, strong))
        return cls(_Index(items))

    def resolve(self, text: str, *, producible_only: bool = False) -> Resolution:
        return self._index.resolve(text, _PRODUCIBLE if producible_only else None)


class CatalogWorkshopResolver:
    """`WorkshopResolver`-shaped lookup over `workshops.csv` (number, name, aliases)."""

    def __init__(self, index: _Index, terms: list[tuple[str, str, tuple[str, ...]]] | None = None) -> None:
        self._index = index
        self._terms = terms or []

    @classmethod
    def from_csv(cls, path: Path) -> CatalogWorkshopResolver:
        items, terms = [], []
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                aliases = tuple(a for a in row.get("aliases", "").split(";") if a.strip())
                keys = {_key(row["number"]), _key(row["name"])} | {_key(a) for a in aliases}
                items.append((Candidate(row["number"], row["name"]), keys, keys))
                terms.append((row["number"], row["name"], aliases))
        return cls(_Index(items), terms)

    def terms(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """Each workshop as written (number, name, nicknames): the plant's vocabulary for the rules parser."""
        return list(self._terms)

    def resolve(self, text: str, *, own_workshop: str | None = None) -> Resolution:
        if own_workshop and _key(text) in {"我们车间", "本车间", "我车间", "咱们车间", "ourworkshop", "myworkshop"}:
            return Resolution("resolved", Candidate(own_workshop, own_workshop), [])
        return self._index.resolve(text)
