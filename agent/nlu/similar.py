"""Replies the patterns don't know, recognised by their likeness to known ones.

A reply to a confirmation card comes in endless forms ("嗯嗯 可以 就这么下吧", "No wait, cancel that.",
"不要了，客户那边说不要货了"); patterns catch the common ones. When they find nothing, `closest_reply` compares
the message with a bank of labelled chat lines (`phrases.jsonl`: every intent, chatter included, so that a line
that looks like chatter or a request is not taken for a reply) by character n-grams (TF-IDF, cosine, the 5
nearest lines voting by similarity) and answers `confirm` or `cancel` only when the nearest lines clearly
agree. Deterministic and offline; a message that denies something ("不行", "don't") is never taken for a yes,
and one that denies nothing ("数量写错了": a correction is coming) never for a cancel.

The bank is data, rebuilt with `python -m evals.phrases` from the eval case files that are not held out.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import NamedTuple

from agent.nlu.extract import prepare
from agent.nlu.lexicon.orders import ORDER_NO
from agent.nlu.lexicon.replies import DENIAL, NOT_DENIAL
from agent.nlu.rx import rx
from dingk3.paths import package_dir

__all__ = ["BANK_PATH", "Match", "closest_reply"]

BANK_PATH = package_dir("agent.nlu") / "phrases.jsonl"
REPLY_INTENTS = ("confirm", "cancel")
MIN_SIMILARITY = 0.3  # of the nearest line (cosine)
MIN_SHARE = 0.6  # of the 5 nearest lines' similarity that votes for the winner
_K = 5
_DIGITS = rx(r"\d+(?:\.\d+)?")


class Match(NamedTuple):
    intent: str
    similarity: float  # of the nearest line
    share: float  # of the nearest lines' similarity that voted for `intent`


def _normal(text: str) -> str:
    """What every comparison reads: the chat text prepared as the patterns see it, lower case."""
    return prepare(text).lower()


def _grams(s: str) -> Counter[str]:
    """Character 1–3-grams and English words of a `_normal` text; numbers and order numbers as placeholders."""
    s = _DIGITS.sub("0", ORDER_NO.sub(" 单号 ", s))
    s = re.sub(r"\s+", " ", s)
    out: Counter[str] = Counter()
    for n in (1, 2, 3):
        for i in range(len(s) - n + 1):
            gram = s[i : i + n]
            if gram.strip():
                out[gram] += 1
    for word in re.findall(r"[a-z]{2,}", s):
        out["w:" + word] += 2
    return out


def _names_order(s: str) -> bool:
    """Whether a `_normal` line names an order number: one that does is a request about that order, never like a
    bare reply ("MO… is done, close it pls" is no neighbour of "ok fine, submit it then")."""
    return bool(ORDER_NO.search(s))


class _Bank:
    def __init__(self, lines: list[tuple[str, str]]) -> None:
        self.intents = [intent for _, intent in lines]
        texts = [_normal(text) for text, _ in lines]
        self._ordered = [_names_order(s) for s in texts]
        grams = [_grams(s) for s in texts]
        df: Counter[str] = Counter()
        for g in grams:
            df.update(g.keys())
        self._idf = {k: math.log((len(lines) + 1) / (v + 1)) for k, v in df.items()}
        self._default_idf = math.log(len(lines) + 1)
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for doc, g in enumerate(grams):
            for gram, weight in self._vector(g).items():
                self._postings[gram].append((doc, weight))

    def _vector(self, g: Counter[str]) -> dict[str, float]:
        v = {k: (1 + math.log(c)) * self._idf.get(k, self._default_idf) for k, c in g.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {k: x / norm for k, x in v.items()}

    def nearest(self, s: str) -> Match | None:
        """The vote of the lines nearest to the `_normal` text `s`."""
        scores: dict[int, float] = defaultdict(float)
        ordered = _names_order(s)
        for gram, weight in self._vector(_grams(s)).items():
            for doc, w in self._postings.get(gram, ()):
                if self._ordered[doc] == ordered:  # a line about an order is like a message about one only
                    scores[doc] += weight * w
        top = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:_K]
        if not top:
            return None
        votes: defaultdict[str, float] = defaultdict(float)
        for doc, sim in top:
            votes[self.intents[doc]] += sim
        intent, vote = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
        return Match(intent, top[0][1], vote / (sum(votes.values()) or 1.0))


@lru_cache(maxsize=1)
def _bank() -> _Bank:
    lines = []
    with BANK_PATH.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                lines.append((str(row["text"]), str(row["intent"])))
    return _Bank(lines)


def closest_reply(text: str) -> str | None:
    """`confirm` or `cancel` when `text` is clearly most like known lines of that intent; else None."""
    s = _normal(text)
    match = _bank().nearest(s)
    if match is None or match.intent not in REPLY_INTENTS:
        return None
    if match.similarity < MIN_SIMILARITY or match.share < MIN_SHARE:
        return None
    denies = bool(DENIAL.search(NOT_DENIAL.sub(" ", s)))
    if denies != (match.intent == "cancel"):  # a yes never says no; a cancel always does ("数量写错了" does not)
        return None
    return match.intent
