"""Resolver text handling: chat filler removal, specification tokens kept whole, name residues."""

from __future__ import annotations

import re
from functools import lru_cache

from tools.resolve.lexicon import canonical
from tools.text import normalize

__all__ = ["Token", "clean", "compact", "joined", "name_residue", "raw_tokens", "split_tokens"]

# Chat filler around a material phrase. Longest first so 还有多少库存 goes before 库存.
_FILLER = sorted(
    {
        "还有多少库存",
        "现在有多少",
        "有多少",
        "剩多少",
        "还剩",
        "还剩多少",
        "还有多少",
        "有多少库存",
        "库存多少",
        "多少库存",
        "查一下",
        "查查",
        "查询",
        "帮我",
        "帮忙",
        "看一下",
        "看看",
        "一下",
        "麻烦",
        "请问",
        "请",
        "现在",
        "目前",
        "库存",
        "还有",
        "多少",
        "有没有",
        "有吗",
        "呢",
        "吗",
        "的",
        "个",
        "了",
        "啊",
        "吧",
        "在库",
        "数量",
        "给我",
        "要",
        "我要",
        "下单",
        "生产",
        "做",
        "订单",
        "how many",
        "in stock",
        "stock",
        "please",
        "check",
        "do we have",
        "inventory",
        "qty",
        "of",
        "the",
    },
    key=len,
    reverse=True,
)
_ASCII_WORD = re.compile(r"^[a-z ]+$")
_FILLER_RE = re.compile("|".join(rf"\b{re.escape(w)}\b" if _ASCII_WORD.match(w) else re.escape(w) for w in _FILLER))
# A quantity with a Chinese counter ("300个", "20件") is not part of a material phrase.
_QUANTITY = re.compile(r"(?<![a-z0-9.\-/])\d+(?:\.\d+)?\s*(?:个|件|只|台|套|pcs)(?![a-z])")
_PUNCT = re.compile(r"[,，.。!！?？:：;；、\"'“”‘’()（）\[\]【】<>《》]+(?![0-9])")

# A specification token: a run of letters/digits/separators holding at least one digit.
# `φ` may open it (φ20), `#` may close it (45#), separators only inside (8.8, SP-1.2x8x30, 6205-2RS).
_TOKEN = re.compile(r"φ?[a-z0-9](?:[a-z0-9/]|[.\-_](?=[a-z0-9]))*#?")
_HAS_DIGIT = re.compile(r"\d")
_PART = re.compile(r"\d+(?:\.\d+)?|[a-zφ#]+")


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Shared `normalize()`, the trade's vocabulary in canonical form (`lexicon`), then chat filler, quantities and
    punctuation dropped; spaces collapsed. The catalogue and chat phrases both go through it."""
    s = canonical(normalize(text))
    s = _QUANTITY.sub(" ", s)
    s = _FILLER_RE.sub(" ", s)
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


def compact(text: str) -> str:
    """Key for exact lookups: cleaned, then without spaces, hyphens, underscores and slashes."""
    return re.sub(r"[\s\-_/]+", "", clean(text))


Token = tuple[str, ...]


def _parts(raw: str) -> Token:
    # "6205-2rs" → ("6205", "2", "rs"); "m8x30" → ("m", "8", "x", "30"); "hv-2050" → ("hv", "2050")
    return tuple(_PART.findall(raw))


def split_tokens(cleaned: str) -> tuple[list[Token], str]:
    """Specification tokens (as parts) and the name residue of an already cleaned text."""
    tokens: list[Token] = []
    residue: list[str] = []
    last = 0
    for m in _TOKEN.finditer(cleaned):
        raw = m.group()
        if _HAS_DIGIT.search(raw):
            # "hv2050阀体" is split by the regex already; "ss304" stays one token and also yields "304"
            tokens.append(_parts(raw))
            residue.append(cleaned[last : m.start()])
            last = m.end()
    residue.append(cleaned[last:])
    return tokens, name_residue("".join(residue))


def raw_tokens(cleaned: str) -> list[str]:
    """The specification tokens as written (for exact lookups such as a K/3 number inside a sentence)."""
    return [m.group() for m in _TOKEN.finditer(cleaned) if _HAS_DIGIT.search(m.group())]


def joined(parts: Token) -> Token:
    """The token as written without separators: 6205-2RS → 62052RS, Q23-7 → Q237, ZX-A1 → ZXA1."""
    return tuple(_PART.findall("".join(parts)))


def name_residue(text: str) -> str:
    """What is left of a name for fuzzy comparison: no spaces, no stray separators."""
    return re.sub(r"[\s\-_/.#φ]+", "", text)
