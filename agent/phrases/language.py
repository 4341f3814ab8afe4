"""The language a message is answered in, and the Chinese or English of a (Chinese, English) pair."""

from __future__ import annotations

import re
from typing import Literal

__all__ = ["Lang", "in_lang", "language_of"]

Lang = Literal["zh", "en"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CODE = re.compile(r"\S*\d\S*")  # order numbers and item codes (MO20261103, BOM-3020, M8x30) are in no language
_WORD = re.compile(r"[A-Za-z]{3,}")  # `ok` alone says nothing: Chinese speakers type it too


def language_of(text: str) -> Lang | None:
    """Chinese when the message holds Chinese, English when it holds an English word, else None."""
    if _CJK.search(text):
        return "zh"
    if text.startswith("[card:"):  # a button press: the card's language goes on
        return None
    return "en" if _WORD.search(_CODE.sub(" ", text)) else None


def in_lang(words: tuple[str, str], lang: str) -> str:
    """The Chinese or the English of a (Chinese, English) pair."""
    return words[1] if lang == "en" else words[0]
