"""The equivalent standards a catalogue declares itself: an item whose spec names one standard and whose aliases name
another (GB/T 5782 M8×30 with the alias ISO 4014) says the plant holds the two as one part. A catalogue that writes
such a table holds only those: a well-known equivalent it leaves out (DIN 125 beside GB/T 97.1, both stocked) is no
equivalent there, so the resolver's own list (`standards`) applies only to a catalogue that declares none."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tools.k3.models import Material
from tools.resolve.lexicon import STANDARD_BODIES
from tools.resolve.normalize import Token, clean, split_tokens, token_key

__all__ = ["EXAMPLES", "declared_equivalents", "standards_of"]

_BODIES = frozenset(STANDARD_BODIES)
_ENOUGH = 2  # items a pair must be declared on, and distinct pairs a catalogue must declare, to count as its table


def _is_standard(t: Token) -> bool:
    return len(t) == 2 and t[1][0].isdigit() and (t[0] in _BODIES or t[0][:-1] in _BODIES)  # jisb1251: lettered


def standards_of(text: str) -> list[str]:
    """The standards a text names, canonical (GB/T 5782-2016 → gb5782, JIS B 1251 → jisb1251)."""
    return [token_key(t) for t in split_tokens(clean(text))[0] if _is_standard(t)]


# (spec, aliases, the pairs declared) — run as tests
EXAMPLES: tuple[tuple[str, tuple[str, ...], set[tuple[str, str]]], ...] = (
    ("GB/T 5782 M8×30 8.8", ("LSG5782-M8X30-88Z", "ISO 4014", "hex bolt GB/T 5782 M8×30"), {("gb5782", "iso4014")}),
    ("GB/T 5782 M8×30 8.8", ("DIN 931 M8x30",), {("din931", "gb5782")}),
    ("GB/T 97.1 M6 304", ("flat washer GB/T 97.1 M6 SS304",), set()),
)


def _pairs(m: Material) -> set[tuple[str, str]]:
    own = set(standards_of(f"{m.name} {m.spec}"))
    said = {s for a in m.aliases for s in standards_of(a)} - own
    return {(min(a, b), max(a, b)) for a in own for b in said}


def declared_equivalents(materials: Iterable[Material]) -> list[tuple[str, ...]]:
    """The groups of standards the catalogue declares equivalent through its aliases; [] when it declares none."""
    seen: Counter[tuple[str, str]] = Counter()
    for m in materials:
        if m.aliases:
            seen.update(_pairs(m))
    pairs = [p for p, n in seen.items() if n >= _ENOUGH]
    if len(pairs) < _ENOUGH:
        return []
    group: dict[str, set[str]] = {}
    for a, b in pairs:
        merged = group.get(a, {a}) | group.get(b, {b})
        for s in merged:
            group[s] = merged
    return sorted({tuple(sorted(g)) for g in group.values()})
