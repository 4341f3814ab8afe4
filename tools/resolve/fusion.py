"""Fuse lexical, token and vector evidence into one score per material and decide the verdict."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tools.resolve.fuzzy import NEAR_MISS, PREFIX, LexicalScores

__all__ = ["Decision", "Weights", "decide", "fuse"]


@dataclass(frozen=True)
class Weights:
    """Scores land in [0, 1]: 1.0 only for an exact alias / number; a full name + full spec match with
    the vector agreeing scores about 0.97. Thresholds were set on the demo benchmark's calibration seed."""

    tokens: float = 0.45
    name: float = 0.45
    complete: float = 0.0  # an item with fewer spec facts than another is no likelier the one meant
    vector: float = 0.05
    min_precision: float = 0.9  # share of the query's name characters that must be in the material's
    resolve_at: float = 0.80  # a lone consistent winner below this is still offered as a pick-list
    margin: float = 0.035  # consistent rivals within this of the winner make the query ambiguous


@dataclass(frozen=True)
class Decision:
    verdict: str
    ranked: np.ndarray  # item indices, best first
    scores: np.ndarray


def fuse(lex: LexicalScores, vector: np.ndarray, w: Weights) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-item fused score, whether the item is consistent with everything the query states, and whether it holds
    every stated spec token (as stated, an equivalent standard, or a longer one starting with it: 6205 of 6205-2RS)."""
    score = w.tokens * lex.tokens + w.name * lex.name + w.complete * lex.complete + w.vector * vector
    consistent = (lex.tokens > NEAR_MISS) & (lex.precision >= w.min_precision)
    specified = consistent & (lex.tokens >= PREFIX) if lex.has_tokens else np.zeros_like(consistent)
    return score.astype(np.float32), consistent, specified


def decide(
    score: np.ndarray, consistent: np.ndarray, specified: np.ndarray, allowed: np.ndarray, w: Weights, limit: int
) -> Decision:
    """`resolved` when one consistent item stands clear of every other consistent one (and scores `resolve_at`, or
    holds every stated spec token: "X-115" is X-115 and `6205 軸承` the only 6205, whatever their names), `ambiguous`
    when several are close, `not_found` when nothing is consistent (ranked = nearest suggestions)."""
    masked = np.where(allowed, score, -1.0)
    k = min(max(limit, 1) * 4, len(masked))
    if k == 0:
        return Decision("not_found", np.zeros(0, np.int64), masked)
    top = np.argpartition(-masked, k - 1)[:k]
    top = top[np.argsort(-masked[top], kind="stable")]
    top = top[masked[top] >= 0]
    ok = np.where(allowed & consistent, score, -1.0)
    best = int(np.argmax(ok)) if len(ok) else 0
    if len(top) == 0 or ok[best] < 0:
        return Decision("not_found", top[:limit], score)
    close = np.flatnonzero(ok >= ok[best] - w.margin)
    close = close[np.argsort(-score[close], kind="stable")]
    if len(close) == 1 and (score[best] >= w.resolve_at or specified[best]):
        return Decision("resolved", close, score)
    if len(close) == 1:  # a lone but weak match: offer it with the next nearest as a pick-list
        rest = [i for i in top if i != best]
        return Decision("ambiguous", np.asarray([best, *rest], dtype=np.int64)[:limit], score)
    return Decision("ambiguous", close[:limit], score)
