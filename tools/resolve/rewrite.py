"""The machinery of the lexicon's rewriting: a rule with its examples, and one trie pattern for many words."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["Rule", "decimal_text", "pad", "word_pattern"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    replace: str | Callable[[re.Match[str]], str]
    examples: tuple[tuple[str, str], ...]


def decimal_text(value: float) -> str:
    """A figure written one way on both sides of a match: 1.0 → 1, 0.60 → 0.6, 0.875 → 0.875 (four places at most)."""
    return f"{value:.4f}".rstrip("0").rstrip(".")


def pad(word: str) -> str:
    """Spaces where a canonical word meets Latin letters or digits, so that it never merges into a spec token."""
    return f"{' ' if word[0].isascii() else ''}{word}{' ' if word[-1].isascii() else ''}"


def _trie(words: Iterable[str], end: Callable[[str], str]) -> str:
    """An alternation of `words` as a character trie (shared prefixes factored out, longer words tried first): one
    pass over a text instead of one attempt per word, which keeps canonicalising a 50k catalogue fast."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = end(w)

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""])  # the word ending here, after every longer one
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return emit(root)


def word_pattern(
    words: Iterable[str], *, ascii_bounds: tuple[str, str] = (r"(?<![a-z])", r"(?![a-z])"), end: str = ""
) -> re.Pattern[str]:
    """Any of `words`, longest first; an ASCII word only whole (`ascii_bounds`), other words followed by `end`
    where they end in 垫 (弹垫 of the typo 簧弹垫圈 is no 弹垫)."""
    words = set(words)
    latin = sorted(w for w in words if w.isascii())
    other = sorted(w for w in words if not w.isascii())
    parts = []
    if other:
        parts.append(_trie(other, lambda w: end if w.endswith("垫") else ""))
    if latin:
        parts.append(f"{ascii_bounds[0]}{_trie(latin, lambda w: ascii_bounds[1])}")
    return re.compile("|".join(parts) or "(?!)")
