"""Facts a phrase states that no rule could read: a figure said aloud and left standing on its own (m二十 六十 where
the length was not taken) says something of the item the resolver did not understand, so it asks, never answers."""

from __future__ import annotations

import re

__all__ = ["EXAMPLES", "unread_figures"]

# A run of spoken numerals standing alone between spaces (not inside a word: 三通, 十字螺钉, 一百个).
_FIGURE = re.compile(r"(?<![\u4e00-\u9fff])[一二两三四五六七八九十百千零幺]{2,}(?![\u4e00-\u9fff])")

# (cleaned phrase, the figures left unread) — run as tests
EXAMPLES: tuple[tuple[str, list[str]], ...] = (
    ("gb898 双头螺柱 m20 六十 gr10.9", ["六十"]),
    ("m20x60 gr10.9 碳钢", []),
    ("三通 m12x1.5", []),
    ("十字螺钉 m4x10 百个", []),
)


def unread_figures(cleaned: str) -> list[str]:
    """The spoken figures of an already cleaned phrase that no rule turned into a spec."""
    return _FIGURE.findall(cleaned)
