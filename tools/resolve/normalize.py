"""Resolver text handling: chat filler removal, specification tokens kept whole, name residues."""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from tools.resolve.lexicon import canonical, word_pattern
from tools.resolve.words import AFTER_SIZE, CHAT_FILLER, CHAT_PATTERNS, COUNTERS, HOW_MANY
from tools.resolve.words_more import LONE_CHAT
from tools.text import normalize

__all__ = [
    "Token",
    "clean",
    "compact",
    "joined",
    "name_residue",
    "raw_tokens",
    "segments",
    "split_tokens",
    "token_key",
]

# Chat filler around a material phrase (the lexicon's words), longest first so 还有多少库存 goes before 库存.
_FILLER_RE = word_pattern(CHAT_FILLER)
_CHAT_RE = re.compile("|".join(p for p, _ in CHAT_PATTERNS))  # chat by its shape: whoever asks, when, can it be sent
# A quantity with a counter ("300个", "20 pcs", "qty 5") is not part of a material phrase.
_COUNTERS = "|".join(re.escape(c) for c in sorted(COUNTERS, key=len, reverse=True))
_CJK_COUNTERS = "|".join(c for c in COUNTERS if not c.isascii())  # 6个M12: a quantity, whatever follows
_APART_COUNTERS = "|".join(c for c in COUNTERS if not c.isascii() and c != "对")  # DML 414 对: "right", no pair
_LATIN_COUNTERS = "|".join(c for c in sorted(COUNTERS, key=len, reverse=True) if c.isascii())
_HOW_MANY = re.compile(rf"(?:{'|'.join(HOW_MANY)})(?:{_COUNTERS})(?![a-z])")  # 还有多少件: 件 is no name
# 用 right after a size (M24用: for M24), or a counter after it that starts no word (HV-20 件: how many of HV-20)
_AFTER_SIZE = re.compile(
    "|".join([*(rf"(?<=\d){re.escape(w)}" for w in AFTER_SIZE), rf"(?<=\d)\s*(?:{_CJK_COUNTERS})(?![\u4e00-\u9fff])"])
)
_QUANTITY = re.compile(
    rf"(?<![a-z0-9.\-/])\d+(?:\.\d+)?(?:对|\s*(?:{_APART_COUNTERS}|(?:{_LATIN_COUNTERS})(?![a-z])))"
    r"|(?<![a-z])(?:qty|数量|moq)\s*[:：]?\s*\d+(?![\d.x])"
    rf"|(?<!第)[一两二三四五六七八九十百千万]+\s*(?:{_CJK_COUNTERS})(?![式头字])"  # 十个, 两盒 (not 三片式)
)
_EMOJI = re.compile(r"\[[\u4e00-\u9fff]{1,4}\]")  # a chat app's emoji as text: [抱拳], [捂脸]
_LONE = re.compile(rf"(?<!\S)[{LONE_CHAT}](?!\S)")
_PUNCT = re.compile(r"[,!?:;\"'“”‘’()\[\]<>@~…°]+|\.+(?![0-9])|[，。！？：；、（）【】《》～]+")  # 8.8 keeps its dot

# A specification token: a run of letters/digits/separators holding at least one digit.
# `φ` may open it (φ20), `#` may close it (45#), separators only inside (8.8, SP-1.2x8x30, 6205-2RS).
_TOKEN = re.compile(r"φ?[a-z0-9](?:[a-z0-9/]|[.\-_](?=[a-z0-9]))*#?")
_HAS_DIGIT = re.compile(r"\d")
_PART = re.compile(r"\d+(?:\.\d+)?|[a-zφ#]+")


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """Shared `normalize()`, the trade's vocabulary in canonical form (`lexicon`), then chat filler, quantities and
    punctuation dropped; spaces collapsed. The catalogue and chat phrases both go through it."""
    s = canonical(normalize(_EMOJI.sub(" ", text)))
    s = _QUANTITY.sub(" ", s)
    s = _HOW_MANY.sub(" ", s)
    s = _FILLER_RE.sub(" ", _CHAT_RE.sub(" ", _FILLER_RE.sub(" ", s)))  # 帮我 before 我, 张工问 before 问
    s = _AFTER_SIZE.sub(" ", s)
    s = _PUNCT.sub(" ", s)
    return " ".join(_LONE.sub(" ", s).split())


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


_SEGMENT = re.compile(r"-|/(?=[a-z])|(?<=\d{4})/(?=\d{4})")  # 15101/15245: an inch cup and cone


def segments(cleaned: str) -> list[Token]:
    """The parts of hyphenated spec tokens, each holding a digit: GE38-S-M48x2 → GE38, M48x2; DN16-2SN → DN16, 2SN."""
    out = []
    for raw in raw_tokens(cleaned):
        pieces = [p for p in _SEGMENT.split(raw) if _HAS_DIGIT.search(p)]
        if len(pieces) > 1:
            out += [_parts(p) for p in pieces]
    return out


def token_key(parts: Token) -> str:
    """A token as one string, a hyphen kept only between two figures: 6906-2rs1c3, gb70.1, m8x30."""
    out = parts[0] if parts else ""
    for a, b in itertools.pairwise(parts):
        out += ("-" if a[0].isdigit() and b[0].isdigit() else "") + b
    return out


def joined(parts: Token) -> Token:
    """The token as written without separators: 6205-2RS → 62052RS, Q23-7 → Q237, ZX-A1 → ZXA1."""
    return tuple(_PART.findall("".join(parts)))


_SEPARATORS = re.compile(r"[\s\-_/.#φ]+")


def name_residue(text: str) -> str:
    """What is left of a name for fuzzy comparison: no stray separators, and no spaces but one between two Latin
    words (gear pump stays two words)."""
    pieces = [p for p in _SEPARATORS.split(text) if p]
    out = pieces[0] if pieces else ""
    for p in pieces[1:]:
        out += (" " if out[-1].isascii() and out[-1].isalpha() and p[0].isascii() and p[0].isalpha() else "") + p
    return out
