"""The keys a material's spec tokens are found by besides themselves: their leading parts, the codes a catalogue
writes apart (B 3850, N 215 ECP) glued, the leading letters of a bearing's suffix, and equivalent standards."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.resolve.normalize import Token, clean, split_tokens

__all__ = [
    "CODE",
    "boundary_prefixes",
    "equivalence_tokens",
    "glued",
    "head_stripped",
    "stainless_forms",
    "suffix_prefixes",
]

# A code: letters and figures mixed, or figures in groups, long enough that no size or grade reads the same
# (0060d020bn4hc, tfx-400x3, 01010-82045, 2cb-24-24); not a size (M8x30, 20x2.5, TC25x40x7), standard, grade, or
# bearing with its seal (6205-2RS).
CODE = re.compile(
    r"(?!m\d|gb|din|iso|jis|jb|hg|ansi|gr\d|ss\d|a[24]-|dn\d|φ)(?=[a-z\d.\-/]{6,})"
    r"(?=.*[a-z].*\d|.*\d.*[a-z]|\d+-\d+-?\d)(?!\d{3,6}(?:-?\d?[a-z]{1,4}\d?)?(?:-c\d)?$)"
    r"(?![a-z]{0,3}\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+$).*"
)

# letters written apart from the figures of one designation: before them (B 3850, GE 60, N 215), after (22311 EK,
# 7201 CECBP, GE 60 ES), or both; a maker's name is no part of it, but gluing it only adds a key no phrase says
_APART = re.compile(
    r"(?<![a-z\d.\-/])(?:([a-z]{1,3})\s+)?(\d{2,6}(?:-?[a-z]{1,4}\d?)*)(?:\s+([a-z]{1,5}))?(?![a-z\d.\-/])"
)


def glued(cleaned: str) -> list[Token]:
    """The designations a cleaned text writes apart, written together: 'b 3850 li' → b3850, b3850li."""
    out = []
    for m in _APART.finditer(cleaned):
        head, body, tail = m.groups()
        for text in {f"{head or ''}{body}{tail or ''}", f"{head or ''}{body}", f"{body}{tail or ''}"} - {body}:
            out.extend(split_tokens(text)[0])
    return out


def suffix_prefixes(t: Token) -> list[Token]:
    """A bearing's suffix of three or more letters read by its leading letters: E of ECP (the E design, its cage
    unsaid), C of CECBP (the contact angle); two-letter suffixes (ZZ, EK, CA) are no longer read so."""
    out = []
    last = t[-1] if t else ""
    if len(t) >= 2 and last.isalpha() and len(last) >= 3 and t[-2][0].isdigit():
        out = [(*t[:-1], last[:k]) for k in range(1, len(last))]
    # letters between figures inside a code, read by their leading ones: LC1D50A of LC1D50AB7C (the coil's code B7C
    # left unsaid), as of LC1D50ABDC: both are then candidates, never one of them alone
    for i in range(1, len(t) - 1):
        if t[i].isalpha() and len(t[i]) >= 2 and t[i - 1][0].isdigit() and t[i + 1][0].isdigit():
            out += [(*t[:i], t[i][:k]) for k in range(1, len(t[i]))]
    return out


def boundary_prefixes(t: Token) -> list[Token]:
    return [t[:n] for n in range(1, len(t)) if t[n - 1] != "x" and any(p[0].isdigit() for p in t[:n])]


def head_stripped(t: Token) -> Token:
    return t[1:] if len(t) > 1 and not t[0][0].isdigit() else t


def equivalence_tokens(groups: Sequence[Sequence[str]]) -> dict[Token, tuple[Token, ...]]:
    """Canonical designations (gb5782, din931) grouped as equivalent → token → its equivalents' tokens."""
    out: dict[Token, tuple[Token, ...]] = {}
    for group in groups:
        tokens = [split_tokens(clean(d))[0][0] for d in group]
        for t in tokens:
            out[t] = tuple(dict.fromkeys((*out.get(t, ()), *(u for u in tokens if u != t))))
    return out


_BEARING_CODE = re.compile(r"(?:[a-z]{1,4})?\d{3,6}")


def stainless_forms(q: Token) -> list[Token]:
    """A stainless bearing's designation: its plain one behind an S (6906 → S6906, UCP212 → SUCP212)."""
    if not _BEARING_CODE.fullmatch("".join(q[:2]) if q[0].isalpha() else q[0]):
        return []
    return [("s", *q)] if q[0][0].isdigit() else [(f"s{q[0]}", *q[1:])]
