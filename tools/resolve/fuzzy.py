"""Lexical scoring of every material at once: specification tokens (exact / leading part / none) and
name residues (character-bag overlap, so dropped or swapped characters still match)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from tools.resolve.lexicon import ATTRIBUTE_KINDS, ATTRIBUTES, SOFT_HEADS
from tools.resolve.normalize import Token, clean, joined, split_tokens

__all__ = ["EQUIVALENT", "NEAR_MISS", "PREFIX", "LexicalIndex", "LexicalScores", "equivalence_tokens"]

NEAR_MISS = 0.3  # token score of a material sharing only the leading part of a stated spec token
STRIPPED = 0.95  # token score of a material whose spec token is the stated one after a head (hv2050 for 2050)
PREFIX = 0.9  # token score of a material whose spec token starts with the stated one (M8 of M8x30, 6204 of 6204-2rs)
EQUIVALENT = 0.91  # token score of a material holding a standard the plant declares equivalent to the stated one
NO_NAME = 0.8  # name score when the phrase states no name at all: the spec alone has to carry it


_ATTRIBUTE = re.compile("|".join(sorted(ATTRIBUTES, key=len, reverse=True)))  # omittable: not in a bare length
_STATED = re.compile("|".join(sorted((w for kind, _ in ATTRIBUTE_KINDS for w in kind), key=len, reverse=True)))
_BIT = {word: np.uint64(1 << i) for i, word in enumerate(sorted(w for kind, _ in ATTRIBUTE_KINDS for w in kind))}
_KIND = {
    word: (np.uint64(sum(int(_BIT[w]) for w in kind)), word in forgiven)
    for kind, forgiven in ATTRIBUTE_KINDS
    for word in kind
}


def _said(form: str) -> np.uint64:
    """The attributes (and kind of part) a form states, one bit each."""
    return np.uint64(sum(int(_BIT[a]) for a in set(_STATED.findall(form))))


def _bare_length(form: str) -> int:
    """A name form's length without its materials and finishes (which a phrase may leave unsaid), at least 1."""
    return max(len(form) - sum(len(a) for a in _ATTRIBUTE.findall(form)), 1)


def equivalence_tokens(groups: Sequence[Sequence[str]]) -> dict[Token, tuple[Token, ...]]:
    """Canonical designations (gb5782, din931) grouped as equivalent → token → its equivalents' tokens."""
    out: dict[Token, tuple[Token, ...]] = {}
    for group in groups:
        tokens = [split_tokens(clean(d))[0][0] for d in group]
        for t in tokens:
            out[t] = tuple(dict.fromkeys((*out.get(t, ()), *(u for u in tokens if u != t))))
    return out


@dataclass(frozen=True)
class LexicalScores:
    tokens: np.ndarray  # per item: min over query tokens of the match (1 same, .95/.9 partial, .3 near, 0)
    complete: np.ndarray  # per item: every spec token of the item was stated exactly
    name: np.ndarray  # per item: best 0.6·precision + 0.4·recall over its name forms
    precision: np.ndarray  # per item: share of the query's name characters found in a form
    has_tokens: bool
    has_name: bool


def _boundary_prefixes(t: Token) -> list[Token]:
    return [t[:n] for n in range(1, len(t)) if t[n - 1] != "x" and any(p[0].isdigit() for p in t[:n])]


def _head_stripped(t: Token) -> Token:
    return t[1:] if len(t) > 1 and not t[0][0].isdigit() else t


class LexicalIndex:
    """Built from (name, spec, aliases) per item; item i is row i of every score array."""

    def __init__(
        self,
        rows: Sequence[tuple[str, str, Sequence[str]]],
        equivalents: Mapping[Token, tuple[Token, ...]] | None = None,
    ) -> None:
        self.size = len(rows)
        self._equivalents = equivalents or {}
        forms: dict[str, int] = {}
        item_forms: list[list[int]] = []
        token_post: dict[Token, dict[int, float]] = defaultdict(dict)
        spec_post: dict[Token, list[int]] = defaultdict(list)
        n_spec = np.zeros(self.size, dtype=np.int16)
        for i, (name, spec, aliases) in enumerate(rows):
            ids: list[int] = []
            for text in (f"{name} {spec}", *aliases):
                toks, residue = split_tokens(clean(text))
                if residue:
                    ids.append(forms.setdefault(residue, len(forms)))
                for t in toks:
                    self._post(token_post, t, i)
            spec_toks, name_only = split_tokens(clean(f"{name} {spec}"))
            letters = "".join(p for t in spec_toks for p in t if p.isalpha() and p != "x")
            if name_only and letters:  # "HV阀体" names the HV family of 液压阀体 without a number
                ids.append(forms.setdefault(name_only + letters, len(forms)))
            item_forms.append(sorted(set(ids)) or [forms.setdefault("", len(forms))])
            spec_toks, _ = split_tokens(clean(spec))
            n_spec[i] = len(set(spec_toks))
            for t in set(spec_toks):
                spec_post[t].append(i)
        self._n_spec = n_spec
        self._tokens = {
            k: (np.fromiter(v.keys(), np.int64), np.fromiter(v.values(), np.float32)) for k, v in token_post.items()
        }
        self._spec = {k: np.asarray(v, dtype=np.int64) for k, v in spec_post.items()}
        self._form_len = np.zeros(len(forms), dtype=np.float32)
        self._said = np.zeros(len(forms), dtype=np.uint64)  # per form: the attributes it states
        chars: dict[str, dict[int, int]] = defaultdict(dict)
        for form, fid in forms.items():
            self._form_len[fid] = _bare_length(form)
            self._said[fid] = _said(form)
            for c, n in Counter(form).items():
                chars[c][fid] = n
        self._chars = {
            c: (np.fromiter(d.keys(), np.int64), np.fromiter(d.values(), np.float32)) for c, d in chars.items()
        }
        lengths = np.array([len(f) for f in item_forms], dtype=np.int64)
        self._flat = (
            np.concatenate([np.asarray(f, dtype=np.int64) for f in item_forms]) if item_forms else np.zeros(0, np.int64)
        )
        self._starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
        self._lengths = lengths

    def _post(self, post: dict[Token, dict[int, float]], t: Token, i: int) -> None:
        def put(key: Token, score: float) -> None:
            if score > post[key].get(i, 0.0):
                post[key][i] = score

        put(t, 1.0)
        if joined(t) != t:
            put(joined(t), 1.0)  # "62052RS" written without its hyphen
        stripped = _head_stripped(t)
        if stripped != t:
            put(stripped, STRIPPED)
        for base in {t, stripped}:
            for p in _boundary_prefixes(base):
                put(p, PREFIX)
        for e in self._equivalents.get(t, ()):
            put(e, EQUIVALENT)

    def _token_scores(self, tokens: list[Token]) -> tuple[np.ndarray, np.ndarray]:
        score = np.ones(self.size, dtype=np.float32)
        hits = np.zeros(self.size, dtype=np.int16)
        for q in dict.fromkeys(tokens):
            m = np.zeros(self.size, dtype=np.float32)
            post = self._tokens.get(q)
            if post is not None:
                m[post[0]] = post[1]
            soft = self._tokens.get(q[1:]) if len(q) > 1 and q[0] in SOFT_HEADS else None
            if soft is not None:  # "SS304" for a catalogue saying only 304 there
                np.maximum.at(m, soft[0], soft[1])
            if (
                post is None and soft is None
            ):  # M8x33 exists nowhere: M8x30 and M8x35 are the nearest suggestions, never a match
                for prefix in reversed(_boundary_prefixes(q)):
                    near = self._tokens.get(prefix)
                    if near is not None:
                        m[near[0]] = NEAR_MISS
                        break
            np.minimum(score, m, out=score)
            spec = self._spec.get(q)
            if spec is not None:
                hits[spec] += 1
        return score, hits >= self._n_spec

    def _best_form(self, per_form: np.ndarray, rows: np.ndarray | None) -> np.ndarray:
        """Per item, the best of its forms' values: for every item, or only `rows` (the others 0)."""
        if not self.size:
            return per_form[:0]
        if rows is None:
            return np.maximum.reduceat(per_form[self._flat], self._starts)
        out = np.zeros(self.size, dtype=np.float32)
        lengths = self._lengths[rows]
        offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        flat = np.repeat(self._starts[rows] - offsets, lengths) + np.arange(int(lengths.sum()))
        out[rows] = np.maximum.reduceat(per_form[self._flat[flat]], offsets)
        return out

    def score(self, cleaned: str) -> LexicalScores:
        tokens, residue = split_tokens(cleaned)
        if tokens:
            tok, complete = self._token_scores(tokens)
        else:
            tok = np.ones(self.size, dtype=np.float32)
            complete = self._n_spec == 0
        if len(residue) >= 2:  # one leftover character ("还有多少件") is no evidence to choose between items
            overlap = np.zeros(len(self._form_len), dtype=np.float32)
            for c, n in Counter(residue).items():
                post = self._chars.get(c)
                if post is not None:
                    overlap[post[0]] += np.minimum(post[1], n)
            fits = overlap.copy()
            bare = overlap.copy()  # what a form shares with the phrase besides the attributes the phrase states
            for a in set(_STATED.findall(residue)):
                kind, forgiven = _KIND[a]
                said = self._said & kind
                if a in ATTRIBUTES:
                    bare[self._said & _BIT[a] != 0] -= len(a)
                if forgiven:  # a form silent on this kind of fact is not contradicted by it
                    fits[said == 0] += len(a)
                fits[(said != 0) & (said & _BIT[a] == 0)] = 0  # one stating another of its kind is
            p_form = np.minimum(fits / len(residue), 1.0)
            # the phrase's own materials and finishes are no part of a form's bare length either
            r_form = np.minimum(np.maximum(bare, 0.0) / self._form_len, 1.0)
            s_form = 0.6 * p_form + 0.4 * r_form
            # the spec already rules out most items: their name scores cannot change the verdict (latency at 50k)
            rows = np.flatnonzero(tok > 0) if tokens else None
            if rows is not None and (len(rows) == 0 or len(rows) > self.size // 4):
                rows = None
            name = self._best_form(s_form, rows)
            precision = self._best_form(p_form, rows)
        else:
            name = np.full(self.size, NO_NAME, dtype=np.float32)
            precision = np.ones(self.size, dtype=np.float32)
        return LexicalScores(tok, complete, name, precision, bool(tokens), bool(residue))
