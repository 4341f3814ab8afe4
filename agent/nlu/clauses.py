"""One line of a message cut into its requests: each clause that names its own order and says something of its own
(1121下达 1115开工; 1116 good 30, 1137 good 40 scrap 2; 一一零三做了二十个 一一三零做了十五个)."""

from __future__ import annotations

import re
from itertools import combinations

from agent.nlu.lexicon.answers import SPOKEN_DIGITS
from agent.nlu.lexicon.clauses import (
    CLAUSE_JOINER,
    CLAUSE_ORDER,
    FIGURE_CUE_BEFORE,
    GROUP_WORDS,
    NONE_BEFORE,
    ORDER_RUN,
    RUN_ORDER,
    THEN_ACTION,
    TRAILING_JOINER,
    attribution,
)

__all__ = ["run_orders", "said_without_pause", "split_clauses", "spread_orders", "then_actions"]


def split_clauses(line: str, names: tuple[str, ...] = ()) -> list[str]:
    """The line's clauses, cut before each further order it names at a clause's head; the line whole when it names
    fewer than two orders there, one of them twice, or an order with nothing said of it
    (MO20261117和MO20261123都完工了). Who a clause's figures are about, said before its order (a colleague among
    `names`, 装配那边), starts it and is dropped from it (交接 张伟那边1103合格42 刘洋1109合格60)."""
    told = _unattributed(line, names)
    if told != line and len(cut := split_clauses(told)) > 1:
        return [" ".join(c.split()) for c in cut]
    low = line.lower()  # (the cues read lower-cased text; ASCII lower-casing keeps every offset)
    heads = [m for m in CLAUSE_ORDER.finditer(low) if _at_head(CLAUSE_JOINER.sub("", low[: m.start()]))]
    if len(heads) < 2 or len(low) != len(line):
        return [line]
    keys = [_digits(m) for m in heads]
    if any(a.endswith(b) or b.endswith(a) for a, b in combinations(keys, 2)):
        return [line]  # the same order twice (1103良品30，1103不良2): one report said in two parts
    bounds = [0, *(_lead_start(low, heads[i], m) for i, m in enumerate(heads[1:])), len(line)]
    parts = [CLAUSE_JOINER.sub("", line[bounds[i] : bounds[i + 1]]).strip() for i in range(len(heads))]
    said = [
        CLAUSE_JOINER.sub("", low[bounds[i] : m.start()] + low[m.end() : bounds[i + 1]]).strip()
        for i, m in enumerate(heads)
    ]  # what each clause says besides its order (start 1122: the verb before it)
    return parts if all(said) else [line]


def _unattributed(line: str, names: tuple[str, ...]) -> str:
    """The line with who each clause is about (张伟那边, 刘洋 before 1109合格60) blanked, offsets kept."""
    low = line.lower()
    if len(low) != len(line):
        return line
    chars = list(line)
    for m in attribution(names).finditer(low):
        chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


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


def _lead_start(low: str, before: re.Match[str], head: re.Match[str]) -> int:
    """Where the clause of `head` starts: at the order, or at the words after the last joining word before it when
    they lead it with no figure (start 1122, then |report 1116 …; 1108下达，|再把1126开工)."""
    start = head.start() - 1 if low[head.start() - 1 : head.start()] == "把" else head.start()  # 把1126结案
    joiners = list(TRAILING_JOINER.finditer(low, before.end(), start))
    joiner = joiners[-1] if joiners else None
    if joiner is None or not low[joiner.end() : start].strip():
        return start
    return joiner.end()


def _digits(m: re.Match[str]) -> str:
    return next(g for g in m.groups() if g).translate(SPOKEN_DIGITS)


def spread_orders(line: str) -> list[str]:
    """The thing said of a run of orders (1115 1118开工; close 1119, 1134 and 1140), said of each of them: the line
    with the run replaced by one order and the words saying "all of these" (都, 这两张) dropped. The line whole when
    it names no run, a figure's cue stands before it, or it names one order twice."""
    orders = run_orders(line)
    run = ORDER_RUN.search(line.lower())
    if not orders or run is None:
        return [line]
    rest = line[run.end() :]
    group = GROUP_WORDS.match(rest)
    after = " " + rest[group.end() :] if group and group.group().strip() else rest
    return [f"{line[: run.start()]}{o}{after}" for o in orders]


def run_orders(line: str) -> list[str]:
    """The orders of the line's run as written (1115, MO1118, MO20261119), or none when there is no run to spread."""
    low = line.lower()
    run = ORDER_RUN.search(low)
    if run is None or len(low) != len(line) or FIGURE_CUE_BEFORE.search(CLAUSE_JOINER.sub("", low[: run.start()])):
        return []
    orders = [line[m.start() : m.end()] for m in RUN_ORDER.finditer(low, run.start(), run.end())]
    keys = ["".join(c for c in o if c.isdigit()) for o in orders]
    return [] if any(a.endswith(b) or b.endswith(a) for a, b in combinations(keys, 2)) else orders


def then_actions(line: str) -> list[tuple[str, str]]:
    """The state changes a report's message says after it (报完把单子完工 → ("", 完工); 顺便把1105也完工 →
    ("1105", 完工)): the order said with it ("" for the report's own) and the action word, in the order said."""
    low = line.lower()
    return [(m["order"] or "", m["act"]) for m in THEN_ACTION.finditer(low)] if len(low) == len(line) else []
