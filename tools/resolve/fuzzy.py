"""Lexical scoring of every material at once: specification tokens (exact / leading part / none) and
name residues (character-bag overlap, so dropped or swapped characters still match)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from tools.resolve.normalize import Token, clean, joined, split_tokens

__all__ = ["NEAR_MISS", "LexicalIndex", "LexicalScores"]

NEAR_MISS = 0.3  # token score of a material sharing only the leading part of a stated spec token


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

    def __init__(self, rows: Sequence[tuple[str, str, Sequence[str]]]) -> None:
        self.size = len(rows)
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
        chars: dict[str, dict[int, int]] = defaultdict(dict)
        for form, fid in forms.items():
            self._form_len[fid] = max(len(form), 1)
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

    @staticmethod
    def _post(post: dict[Token, dict[int, float]], t: Token, i: int) -> None:
        def put(key: Token, score: float) -> None:
            if score > post[key].get(i, 0.0):
                post[key][i] = score

        put(t, 1.0)
        if joined(t) != t:
            put(joined(t), 1.0)  # "62052RS" written without its hyphen
        stripped = _head_stripped(t)
        if stripped != t:
            put(stripped, 0.95)
        for base in {t, stripped}:
            for p in _boundary_prefixes(base):
                put(p, 0.9)

    def _token_scores(self, tokens: list[Token]) -> tuple[np.ndarray, np.ndarray]:
        score = np.ones(self.size, dtype=np.float32)
        hits = np.zeros(self.size, dtype=np.int16)
        for q in dict.fromkeys(tokens):
            m = np.zeros(self.size, dtype=np.float32)
            post = self._tokens.get(q)
            if post is None and len(q) > 1 and q[0] in {"ss", "sus"}:
                post = self._tokens.get(q[1:])  # "SS304" for a name saying 不锈钢304
            if post is not None:
                m[post[0]] = post[1]
            else:  # M8x33 exists nowhere: M8x30 and M8x35 are the nearest suggestions, never a match
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
            p_form = overlap / len(residue)
            r_form = overlap / self._form_len
            s_form = 0.6 * p_form + 0.4 * r_form
            name = np.maximum.reduceat(s_form[self._flat], self._starts) if self.size else s_form[:0]
            precision = np.maximum.reduceat(p_form[self._flat], self._starts) if self.size else p_form[:0]
        else:
            name = np.full(self.size, 0.5, dtype=np.float32)
            precision = np.ones(self.size, dtype=np.float32)
        return LexicalScores(tok, complete, name, precision, bool(tokens), bool(residue))
