"""Text normalisation shared by the chat parser and the material resolver (pure functions)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["normalize", "to_simplified"]

_TIMES = re.compile(r"(?<=[0-9a-z])\s*[×*xX✕╳]\s*(?=[0-9])")
_SPACES = re.compile(r"\s+")
# "x 20pcs" after a part: how many of it, not a size (M6 X 55MM x 6pcs is 6 of M6x55)
_TIMES_COUNT = re.compile(
    r"(?<=\s)[×*xX✕╳]\s*(?=\d+\s*(?:pcs|pc|pieces|nos|sets|个|件|只|套|支|条|粒|根)(?![a-z]))", re.IGNORECASE
)
_DIAMETER = re.compile(r"[Φφϕ∅ø⌀]|直径")


@lru_cache(maxsize=1)
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (OpenCC t2s); other characters unchanged."""
    return str(_converter().convert(text))


def normalize(text: str) -> str:
    """NFKC (full-width → half-width), traditional → simplified, lower case, `×`/`*` → `x`,
    `Φ`/`直径` → `φ`, whitespace collapsed. Idempotent."""
    s = unicodedata.normalize("NFKC", text)
    s = to_simplified(s).lower()
    s = _DIAMETER.sub("φ", s)
    s = _TIMES.sub("x", _TIMES_COUNT.sub("", s))
    return _SPACES.sub(" ", s).strip()
