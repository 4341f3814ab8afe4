"""One line of a message cut into its requests: each clause that names its own order and says something of its own
(1121下达 1115开工; 1116 good 30, 1137 good 40 scrap 2; 一一零三做了二十个 一一三零做了十五个)."""

from __future__ import annotations

import re
from itertools import combinations

from agent.nlu.lexicon.clauses import CLAUSE_JOINER, CLAUSE_ORDER, FIGURE_CUE_BEFORE, NONE_BEFORE

__all__ = ["said_without_pause", "split_clauses"]

_SPOKEN_DIGITS = str.maketrans("零〇一二三四五六七八九幺", "001234567891")


def split_clauses(line: str) -> list[str]:
    """The line's clauses, cut before each further order it names at a clause's head; the line whole when it names
    fewer than two orders there, one of them twice, or an order with nothing said of it
    (MO20261117和MO20261123都完工了)."""
    low = line.lower()  # (the cues read lower-cased text; ASCII lower-casing keeps every offset)
    heads = [m for m in CLAUSE_ORDER.finditer(low) if _at_head(CLAUSE_JOINER.sub("", low[: m.start()]))]
    if len(heads) < 2 or len(low) != len(line):
        return [line]
    keys = [_digits(m) for m in heads]
    if any(a.endswith(b) or b.endswith(a) for a, b in combinations(keys, 2)):
        return [line]  # the same order twice (1103良品30，1103不良2): one report said in two parts
    bounds = [0, *(m.start() for m in heads[1:]), len(line)]
    parts = [CLAUSE_JOINER.sub("", line[bounds[i] : bounds[i + 1]]).strip() for i in range(len(heads))]
    said = [CLAUSE_JOINER.sub("", low[m.end() : bounds[i + 1]]).strip() for i, m in enumerate(heads)]
    return parts if all(said) else [line]


def said_without_pause(line: str) -> bool:
    """Whether a further order the line is cut before follows the figure before it with no pause (良品两百1110…,
    不良三一一三八…): a reading that stands only if that order is found (else the line is asked whole)."""
    low = line.lower()
    heads = [m for m in CLAUSE_ORDER.finditer(low) if _at_head(CLAUSE_JOINER.sub("", low[: m.start()]))]
    return len(heads) > 1 and any(not CLAUSE_JOINER.search(low[: m.start()]) for m in heads[1:])


def _at_head(before: str) -> bool:
    """An order named after `before` starts a clause unless a cue word just before asks for a figure (良品 1200);
    a report of none (没有报废) asks for none."""
    return not FIGURE_CUE_BEFORE.search(before) or bool(NONE_BEFORE.search(before))


def _digits(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g).translate(_SPOKEN_DIGITS)
