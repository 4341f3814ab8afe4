"""Decide the verdict from the lexical evidence: which items fit everything the phrase states, and whether one of them
fits it better than every other.

An item *fits* a phrase when it holds every spec token the phrase states (as written, an equivalent standard, or a
longer token starting with it), contradicts none of the facts it states (another brand, finish, material or kind of
part is a veto, not a lower score), and its name holds most of the phrase's remaining words. Among the items that fit,
one is *resolved* only when it beats every other on what the phrase states: a spec token matched exactly where the
other only starts with it (6204 is the open 6204, not 6204-2RS), a stated fact the item states where the other is
silent, or, all that equal, a clearly closer name. Otherwise the phrase is *ambiguous* (ask, listing those that fit),
or *not found* (suggest the nearest).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tools.resolve.fuzzy import EQUIVALENT, NEAR_MISS, STRIPPED, LexicalScores

__all__ = ["Decision", "Weights", "decide", "fuse"]


@dataclass(frozen=True)
class Weights:
    """How the evidence is weighed. Scores land in [0, 1]: 1.0 only for an exact alias / number."""

    tokens: float = 0.45
    name: float = 0.45
    complete: float = 0.0  # an item with fewer spec facts than another is no likelier the one meant
    vector: float = 0.05  # orders suggestions only: n-gram similarity never decides a verdict
    min_precision: float = 0.9  # share of a phrase's free words the name must hold to resolve (or fit, without a spec)
    min_precision_spec: float = 0.6  # … to fit, when spec tokens carry the identity: offered, not resolved, below 0.9
    resolve_at: float = 0.80  # a phrase with no spec token resolves only at this fused score (name evidence alone)
    word_margin: float = 0.05  # items fitting alike are both offered unless one holds clearly fewer of the phrase's
    # free words (双耳 of 双耳环, not 单耳)


@dataclass(frozen=True)
class Decision:
    verdict: str
    ranked: np.ndarray  # item indices, best first
    scores: np.ndarray


def fuse(lex: LexicalScores, vector: np.ndarray, w: Weights) -> tuple[np.ndarray, np.ndarray]:
    """Per-item fused score (for ordering and display) and whether the item fits everything the phrase states."""
    score = w.tokens * lex.token_mean + w.name * lex.name + w.complete * lex.complete + w.vector * vector
    floor = w.min_precision_spec if lex.has_tokens else w.min_precision
    # an item alone holding a code the phrase states is the one named, whatever else the phrase calls it (小松 …)
    fits = _spec_fits(lex) & ((lex.precision >= floor) | lex.coded)
    return score.astype(np.float32), fits


def _spec_fits(lex: LexicalScores) -> np.ndarray:
    """Every stated spec token held, no stated fact contradicted (whatever the name)."""
    held: np.ndarray = (lex.tokens > NEAR_MISS) & ~lex.conflict
    return held


LONE_MATCH = 2  # held as written, behind a head left out, or through an equivalent standard: not only a prefix


def _match_class(tokens: np.ndarray) -> np.ndarray:
    """How the stated spec tokens are held, worst token first: 4 as written, 3 behind a head the phrase leaves out
    (S6801-ZZ, a stainless variant, for 6801-ZZ; HV-2050 for 2050), 2 through an equivalent standard, 1 as the
    leading part of a longer token (6204 of 6204-2RS). A code is read as written when an item holds it so."""
    return (tokens >= 1.0).astype(np.int8) + (tokens >= STRIPPED) + (tokens >= EQUIVALENT) + (tokens > NEAR_MISS)


def decide(
    score: np.ndarray, fits: np.ndarray, lex: LexicalScores, allowed: np.ndarray, w: Weights, limit: int
) -> Decision:
    """`resolved` when one fitting item beats every other fitting one on what the phrase states (spec tokens, facts,
    words), `ambiguous` when several fit alike, `not_found` when none fits (ranked = nearest suggestions)."""
    masked = np.where(allowed, score, -1.0)
    k = min(max(limit, 1) * 4, len(masked))
    if k == 0:
        return Decision("not_found", np.zeros(0, np.int64), masked)
    ok = allowed & fits
    if not ok.any():
        top = np.argpartition(-masked, k - 1)[:k]
        top = top[np.argsort(-masked[top], kind="stable")]
        return Decision("not_found", top[masked[top] >= 0][:limit], score)
    match = _match_class(lex.tokens)
    spec_fits = allowed & _spec_fits(lex)
    # lexicographic: how the spec tokens are held, then the stated facts held, then the fused score
    key = np.where(ok, match * 1e4 + lex.confirmed * 10.0 + score, -np.inf)
    best = int(np.argmax(key))
    # alike: as good on everything the phrase states (extra words a name has beyond the phrase do not count)
    # (an item silent on a stated fact may hold it: it is as good; one holding it only loosely, 螺栓 of a screw, is not)
    alike = ok & (match >= match[best]) & (lex.possible >= lex.confirmed[best])
    alike &= lex.precision >= lex.precision[best] - w.word_margin  # one missing a word the phrase says is lesser
    # an item holding the spec better whose name does not fit is still no lesser candidate (换向阀 of a 电磁阀)
    alike |= spec_fits & (match > match[best])
    if lex.equivalent[best]:  # it holds the standard named only through an equivalent: one holding it as named is
        alike |= spec_fits & ~lex.equivalent  # as likely the one meant, whatever its other words
    alike[best] = False
    rivals = np.flatnonzero(alike)
    # every fact the phrase states must be the item's own (螺钉 said loosely of a bolt will do): one silent on the
    # brand asked for may be any brand; with a spec carrying the identity, one silent or vaguer on a fact (螺栓 of
    # 六角螺栓, no thread said of a stud) is the one meant when no other fits as well: a storekeeper would hand it over
    facts = lex.held[best] + (lex.open[best] if lex.has_tokens else 0)
    sure = facts >= lex.stated and (lex.has_tokens or score[best] >= w.resolve_at)
    # and hold the phrase's own words: a name missing one of them (耐振, 轴用) may be another part; ask
    # (unless it is the only item holding the spec the phrase states: most words, but not all, are then the
    # plant's own name for the part, 电热圈 of 加热圈; a fact it contradicts, or a kind of part no item is, still
    # rules it out)
    lone = lex.has_tokens and not lex.other_part and match[best] >= LONE_MATCH
    lone = lone and int(spec_fits.sum()) == 1
    sure = sure and bool(lex.precision[best] >= w.min_precision or lex.coded[best] or lone)
    if len(rivals) == 0 and sure:
        return Decision("resolved", np.asarray([best], dtype=np.int64), score)
    ranked = [best, *(int(i) for i in rivals[np.argsort(-score[rivals], kind="stable")])]
    if not len(rivals):  # a lone but weak match: offer it with the next nearest as a pick-list
        top = np.argpartition(-masked, k - 1)[:k]
        ranked += [int(i) for i in top[np.argsort(-masked[top], kind="stable")] if i != best and masked[i] >= 0]
    return Decision("ambiguous", np.asarray(ranked[:limit], dtype=np.int64), score)
