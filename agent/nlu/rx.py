"""How the rules backend compiles its patterns (pure).

Chat glues English to Chinese ("可以release了", "check一下", "的stock", "OK品"). Under Python's default Unicode
rules a Chinese character is a word character, so `\\bstock\\b` would not match inside "的stock"; compiled here,
`\\b` is an ASCII word boundary, and an English word is a word whatever script stands next to it.
"""

from __future__ import annotations

import re

__all__ = ["rx"]


def rx(pattern: str) -> re.Pattern[str]:
    """`re.compile` with ASCII word boundaries (\\b, \\w, \\d, \\s are ASCII; the text is normalised first)."""
    return re.compile(pattern, re.ASCII)
