"""Lexical scoring of every material at once: specification tokens (exact / leading part / none) and
name residues (character-bag overlap, so dropped or swapped characters still match)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from tools.resolve.keys import CODE as _CODE
from tools.resolve.keys import (
    boundary_prefixes,
    equivalence_tokens,
    glued,
    head_stripped,
    stainless_forms,
    suffix_prefixes,
)
from tools.resolve.lexicon import MAKER_SEAL, OPTIONAL_HEADS, SOFT_HEADS, STANDARD_BODIES, word_pattern
from tools.resolve.normalize import Token, clean, joined, raw_tokens, segments, split_tokens, token_key
from tools.resolve.typed import TypedFacts, pitch_unsaid
from tools.resolve.unknown import Vocabulary
from tools.resolve.vocabulary import FACETS, FACT_IMPLIES, IMPLIED, ITEM_ONLY_FACTS, SERIES
from tools.resolve.words import SYNONYMS
from tools.resolve.words_more import PART_HEADS

__all__ = ["EQUIVALENT", "NEAR_MISS", "PREFIX", "LexicalIndex", "LexicalScores", "equivalence_tokens"]

NEAR_MISS = 0.3  # token score of a material sharing only the leading part of a stated spec token
STRIPPED = 0.95  # token score of a material whose spec token is the stated one after a head (hv2050 for 2050)
PREFIX = 0.9  # token score of a material whose spec token starts with the stated one (M8 of M8x30, 6204 of 6204-2rs)
EQUIVALENT = 0.91  # token score of a material holding a standard the plant declares equivalent to the stated one
_MARKS = SOFT_HEADS | {"m", "dn"}  # heads that mark what a figure measures, not which variant of a part it is
NO_NAME = 0.8  # name score when the phrase states no name at all: the spec alone has to carry it


_FACET_WORDS = sorted({v for f in FACETS for v in f.values}, key=len, reverse=True)
_STATED = word_pattern(_FACET_WORDS, ascii_bounds=("", ""))  # the facet values a residue (no spaces) states
_FACET_OF = {v: k for k, f in enumerate(FACETS) for v in f.values}
_BIT = {v: np.uint64(1 << f.values.index(v)) for f in FACETS for v in f.values}
_BRAND = next(k for k, f in enumerate(FACETS) if f.name == "brand")


def _bits(words: Iterable[str]) -> np.uint64:
    return np.uint64(sum(int(_BIT[w]) for w in set(words)))


@cache
def _reading(value: str) -> tuple[int, np.uint64, np.uint64, np.uint64, bool]:
    """A stated value's facet, the bits it accepts, those it accepts loosely, those an item may state without
    contradicting it, and whether an item silent on the facet is taken to hold it."""
    facet = FACETS[_FACET_OF[value]]
    loose = _bits(facet.loosely.get(value, ()))
    return _FACET_OF[value], _bits(facet.accepts(value)), loose, _bits(facet.compatible(value)), value in facet.assumed


# one pattern per table, each entry a named group: one match per token says which entry (if any) it is
_IMPLIED = re.compile("|".join(f"(?P<i{n}>{p})" for n, (p, _) in enumerate(IMPLIED)))
_SERIES = re.compile("|".join(f"(?P<s{n}>{p})" for n, (_, p, _) in enumerate(SERIES)))
_FAMILY = {family: {family, *FACETS[0].accepts(family)} for family, _, _ in SERIES}


def _within(implied: str, said: str) -> bool:
    """Whether a fact a standard implies only makes precise what the item's text says (or says loosely) of it."""
    facet = FACETS[_FACET_OF[said]]
    return implied in facet.accepts(said) or implied in facet.loosely.get(said, ())


def _implied(tokens: Iterable[Token], stated: set[str]) -> set[str]:
    """Facts an item's spec tokens imply, in the facets its text says nothing more precise of."""
    out: set[str] = set()
    for t in tokens:
        key = token_key(t)
        if m := _IMPLIED.fullmatch(key):
            out.update(IMPLIED[int(str(m.lastgroup)[1:])][1])
        if m := _SERIES.fullmatch(key):
            family, _, kind = SERIES[int(str(m.lastgroup)[1:])]
            if stated & _FAMILY[family]:  # 6205 names a deep groove bearing only in an item that is a bearing
                out.add(kind)
    # kept where the text says nothing more precise: 圆锥滚子轴承 for an item named 轴承, not 半螺纹 for one
    # saying 全螺纹; nor where it only says a word used loosely for it: a "hex head screw" (螺钉) of DIN 933 is the
    # standard's hex bolt (六角螺栓)
    kept = {v for v in out if all(_within(v, s) for s in stated if _FACET_OF[s] == _FACET_OF[v])}
    return _with_implied(stated | kept) - stated


def _with_implied(stated: set[str]) -> set[str]:
    """Facts and those they imply in facets nothing is said of (本色: carbon steel; 不锈钢: no coating)."""
    said = {_FACET_OF[v] for v in stated}
    return stated | {v for s in stated for v in FACT_IMPLIES.get(s, ()) if _FACET_OF[v] not in said}


def _free_length(form: str) -> int:
    """A name form's length without its facet values (which a phrase may leave unsaid), at least 1."""
    return max(_weight(_units(form)) - sum(len(a) for a in _STATED.findall(form)), 1)


_STAINLESS_TOKEN = re.compile(r"(?:ss|sus)?(?:201|304l?|316l?|321|410|430)|a[24](?:-\d\d)?|18-8")
_UNIT = re.compile(r"[a-z]+|\S")
_OPTIONAL = re.compile(r"a[24]-\d\d|l\d+")  # the tokens an item may leave unsaid: a stainless class, a length
_WORD = re.compile(r"[a-z]+|[^\x00-\x7f\s]+")  # a word of a phrase as written apart: Latin, or a run of Chinese


def _units(text: str) -> Counter[str]:
    """What names are compared by: each Chinese character alone, a Latin word whole ("vc" is not in "tcv"), its
    plural as the word (pumps, pump)."""
    return Counter(u[:-1] if len(u) > 3 and u[-1] == "s" and u[-2] != "s" else u for u in _UNIT.findall(text))


def _pairs(text: str) -> set[str]:
    """The pairs of Chinese characters written side by side."""
    return {run[i : i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)}


def _read_in(text: str, reads: Callable[[str], bool]) -> set[str]:
    """The units of `text` that `reads` (of a unit or a pair of characters) reads, or that the trade's vocabulary
    knows (气缸, 光电开关, 轴承芯, sensor: a part or a fact of one is never chat): a Latin word; a Chinese character
    alone; in a longer run, every character up to the end of its last pair read or word known, so one before it too
    (平底 of 平底吸盘 qualifies the cup: a flat one, not the 平面 one that shares a character). What trails them (or a
    run with none: 图纸上是) is not read."""
    out = {u for u in _units(text) if u.isascii() and (reads(u) or u in PART_HEADS)}
    for run in _CJK_RUN.findall(text):
        if run[-1] in PART_HEADS or (len(run) == 1 and reads(run)):
            out.update(run)
            continue
        end = max((i + 2 for i in range(len(run) - 1) if reads(run[i : i + 2])), default=0)
        end = max([end, *(m.end() for m in _TRADE_WORD.finditer(run))])
        out.update(run[:end])
    return out


def _weight(units: Counter[str]) -> int:
    return sum(len(u) * n for u, n in units.items())


_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_TRADE_WORD = word_pattern(w for w in SYNONYMS if not w.isascii() and len(w) >= 2)  # 光电开关, 不锈钢, 轴用
_LOCAL_MAX = 200  # items holding the spec whose words are read (more: the catalogue's words judge)


@dataclass(frozen=True)
class LexicalScores:
    """Per item, what it shares with one phrase: its spec tokens, its facts (facet values) and its name."""

    tokens: np.ndarray  # min over the phrase's spec tokens of the match (1 same, .95/.91/.9 partial, .3 near, 0)
    token_mean: np.ndarray  # their mean: an exact token beats one the item's only starts with
    complete: np.ndarray  # every spec token of the item was stated exactly
    name: np.ndarray  # best 0.6·precision + 0.4·recall of the phrase's free words over the item's name forms
    precision: np.ndarray  # share of the phrase's free words' characters found in a form (1 when it has none)
    confirmed: np.ndarray  # how many of the facts the phrase states the item holds (or may be taken to; loosely: ½)
    possible: np.ndarray  # … and those it says nothing of (it may hold them: another candidate, not a lesser one)
    held: np.ndarray  # how many it holds at least loosely (螺钉 for a hex bolt)
    conflict: np.ndarray  # the item states a fact the phrase contradicts (another brand, finish, kind of part)
    equivalent: np.ndarray  # the item holds a stated standard only through an equivalent one (DIN 931 for GB/T 5782)
    open: (
        np.ndarray
    )  # how many stated facts it states more vaguely (螺栓 of 六角螺栓) or is silent on where that settles
    coded: np.ndarray  # the only item holding one of the stated codes as written (0060D020BN4HC, 01010-82045)
    has_tokens: bool
    has_name: bool  # the phrase has free words (not spec tokens, facts or chat) to compare names with
    stated: int  # how many facts the phrase states
    other_part: bool = False  # it names a kind of part no item is written as (光电 of 光电轴承 6204)


class LexicalIndex:
    """Built from (name, spec, aliases) per item; item i is row i of every score array."""

    def __init__(
        self,
        rows: Sequence[tuple[str, str, Sequence[str]]],
        equivalents: Mapping[Token, tuple[Token, ...]],
        groups: Sequence[str],
        group_words: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        """`groups`: each row's material group; `group_words`: what another index (the base of this change layer)
        knows each group to write, so that a part changed since reads as it will once folded in."""
        self.size = len(rows)
        self._equivalents = equivalents or {}
        self._has_equivalents = {e for es in self._equivalents.values() for e in es}
        forms: dict[str, int] = {}
        form_words: set[str] = set()  # the Latin words names write apart (OSI of OSI 145x160x9)
        item_forms: list[list[int]] = []
        token_post: dict[Token, dict[int, float]] = defaultdict(dict)
        spec_post: dict[Token, list[int]] = defaultdict(list)
        n_spec = np.zeros(self.size, dtype=np.int16)
        said = np.zeros((len(FACETS), self.size), dtype=np.uint64)  # per facet, per item: the values it states
        for i, (name, spec, aliases) in enumerate(rows):
            ids: list[int] = []
            for n, text in enumerate((f"{name} {spec}", *aliases)):
                toks, residue = split_tokens(clean(text))
                found = set(_STATED.findall(residue))
                for value in found | (_implied(toks, found) if n == 0 else set()):  # implied by name and spec only
                    said[_FACET_OF[value], i] |= _BIT[value]
                if residue:
                    ids.append(forms.setdefault(residue, len(forms)))
                    form_words.update(re.findall(r"[a-z]+", residue))
                for t in toks:
                    self._post(token_post, t, i)
                for t in segments(clean(text)):  # a designation inside a longer one: M48x2 of GE38-S-M48x2
                    if t not in token_post or i not in token_post[t]:
                        token_post[t][i] = PREFIX
            for t in glued(clean(f"{name} {spec}")):  # B 3850, N 215 ECP written apart: b3850, n215ecp
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
        self._said = said
        self._typed = TypedFacts([f"{name} {spec}" for name, spec, _ in rows])
        self._tokens = {
            k: (np.fromiter(v.keys(), np.int64), np.fromiter(v.values(), np.float32)) for k, v in token_post.items()
        }
        self._spec = {k: np.asarray(v, dtype=np.int64) for k, v in spec_post.items()}
        self._holds_head = {  # per optional head: the items holding any token with it (A2-70 or A4-80 …)
            h: np.isin(np.arange(self.size), [i for t, p in token_post.items() if t[0] == h for i in p])
            for h in OPTIONAL_HEADS
        }
        self._form_text = list(forms)  # by form id (insertion order)
        self._form_words = frozenset(form_words)
        self._vocabulary = Vocabulary(self._form_text, PART_HEADS)
        self._form_len = np.zeros(len(forms), dtype=np.float32)
        chars: dict[str, dict[int, int]] = defaultdict(dict)
        for form, fid in forms.items():
            self._form_len[fid] = _free_length(form)
            for c, n in _units(form).items():
                chars[c][fid] = n
        group_id: dict[str, int] = {}
        self._group = np.asarray([group_id.setdefault(g, len(group_id)) for g in groups], dtype=np.int32)
        known = group_words or {}
        group_units: list[set[str]] = [set(known.get(g, ())) for g in group_id]
        for i, g in enumerate(self._group):
            for f in item_forms[i]:
                group_units[g].update(_units(self._form_text[f]), _pairs(self._form_text[f]))
        self._group_units = [frozenset(u) for u in group_units]
        self.group_words = dict(zip(group_id, self._group_units, strict=True))  # group → its units and pairs
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
        if joined(t) != t:  # "62052RS" written without its hyphen: the same code, but one written so beats it
            put(joined(t), STRIPPED)  # (a catalogue holding MY2NJ and MY2N-J holds two relays)
        if (unsaid := pitch_unsaid(t)) is not None:  # M16x110 of the fine M16x1.5x110: its size, the pitch unsaid
            put(unsaid, STRIPPED)
        stripped = head_stripped(t)
        if stripped != t:  # a size's or a grade's mark (M24, Φ24, SS304) says no other part than its figure
            put(stripped, 1.0 if stripped[0][0].isdigit() and t[0] in _MARKS else STRIPPED)
        for base in {t, stripped}:
            for p in (*boundary_prefixes(base), *suffix_prefixes(base)):
                put(p, PREFIX)
        for e in self._equivalents.get(t, ()):
            put(e, EQUIVALENT)
        if len(t) == 2 and t[0] in STANDARD_BODIES and "." in t[1]:  # GB96 (an older edition) of GB/T 96.1
            put((t[0], t[1].split(".")[0]), PREFIX)

    def _says(self, item: int, word: str) -> bool:
        """Whether one of the item's name forms holds `word` (HSG written apart of HSG 40/25x200)."""
        own = self._flat[self._starts[item] : self._starts[item] + self._lengths[item]]
        return any(word in self._form_text[f] for f in own)

    def _token_scores(
        self, tokens: list[Token], maker: bool, words: frozenset[str] = frozenset(), steel: bool = False
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per item: the worst and the mean match of the stated tokens, whether it holds every token it has,
        whether it holds one only through an equivalent standard, and whether it alone holds a stated code.
        `maker`: the phrase names a maker, so a maker's own seal code (2RS1) picks that maker's bearing."""
        score = np.ones(self.size, dtype=np.float32)
        total = np.zeros(self.size, dtype=np.float32)
        hits = np.zeros(self.size, dtype=np.int16)
        equivalent = np.zeros(self.size, dtype=bool)
        coded = np.zeros(self.size, dtype=bool)
        for q in dict.fromkeys(tokens):
            m = np.zeros(self.size, dtype=np.float32)
            post = self._tokens.get(q)
            if post is not None:
                m[post[0]] = post[1]
            for alt in stainless_forms(q) if steel else ():  # 不锈钢6906: the catalogue's S6906 (SUCP212 …)
                s_post = self._tokens.get(alt)
                if s_post is not None:
                    np.maximum.at(m, s_post[0], s_post[1])
            for head in words if q[0][0].isdigit() else ():  # HSG 100/70-150 said apart of HSG-100/70x150
                glued_post = self._tokens.get((head, *q))
                if glued_post is not None:
                    np.maximum.at(m, glued_post[0], glued_post[1])
            soft = self._tokens.get(q[1:]) if len(q) > 1 and q[0][0].isalpha() else None
            if soft is not None and q[0] not in SOFT_HEADS and len(q[0]) < 2:
                soft = None  # a one-letter head is a type (A16x10x65 is an A-type key, not a C-type 16x10x65)
            stainless = self._tokens.get(("s", *q[1:])) if q[0] == "ss" else None
            if stainless is not None:  # SS696-ZZ of a bearing the catalogue writes S696-ZZ (stainless): the plain
                if soft is not None:  # 696-ZZ is another part, held only as a start
                    np.maximum.at(m, soft[0], np.minimum(soft[1], PREFIX))
                np.maximum.at(m, stainless[0], stainless[1])
            elif soft is not None and q[0] in SOFT_HEADS:  # "SS304" for a catalogue saying only 304 there
                np.maximum.at(m, soft[0], soft[1])
            elif soft is not None:  # HSG40/25x200 for a catalogue writing HSG apart: only its head-less token,
                # and where an item holds the code as written, only as a start in an item not saying HSG apart
                # (MGPM40 is not the kit of the cylinder written SC40)
                rows = soft[0][soft[1] >= 1.0]
                apart = np.ones(len(rows), dtype=bool)
                if post is not None and bool((post[1] >= 1.0).any()):
                    apart = np.array([self._says(int(i), q[0]) for i in rows], dtype=bool)
                np.maximum.at(m, rows, np.where(apart, 1.0, PREFIX).astype(np.float32))  # HSG said apart: as written
            if len(q) == 2 and q[0] == "m" and q[1].isdigit():  # M16 of a washer or circlip written Φ16 or 16
                for alt in ((q[1],), ("φ", q[1])):
                    same = self._tokens.get(alt)
                    if same is not None:
                        np.maximum.at(m, same[0][same[1] >= 1.0], EQUIVALENT)
            if (
                post is None and soft is None
            ):  # M8x33 exists nowhere: M8x30 and M8x35 are the nearest suggestions, never a match
                for prefix in reversed(boundary_prefixes(q)):
                    near = self._tokens.get(prefix)
                    if near is not None:
                        m[near[0]] = NEAR_MISS
                        break
            if q[0] in OPTIONAL_HEADS and _OPTIONAL.fullmatch(token_key(q)):  # an item silent on the property class
                # (SS304 but no A2-70) holds it partly; A10VSO18 is a pump's code, no class
                m[~self._holds_head[q[0]]] = np.maximum(m[~self._holds_head[q[0]]], PREFIX)
                bare = self._tokens.get(q[1:]) if q[0] == "l" else None
                if bare is not None:  # L=450 of an assembly written with its bare length (DN6 450): that length
                    rows = bare[0][(bare[1] >= 1.0) & ~self._holds_head["l"][bare[0]]]
                    np.maximum.at(m, rows, np.float32(STRIPPED))
            elif MAKER_SEAL.fullmatch(token_key(q)):  # 6906-2RS1 said: a 2RSH is the same seal by another maker
                np.maximum(m, EQUIVALENT if maker else 1.0, out=m)
            if q in self._has_equivalents:
                equivalent |= m == np.float32(EQUIVALENT)
            if post is not None and _CODE.fullmatch(token_key(q)):
                holders = post[0][post[1] >= STRIPPED]
                if len(holders) == 1:
                    coded[holders] = True
            np.minimum(score, m, out=score)
            total += m
            spec = self._spec.get(q)
            if spec is not None:
                hits[spec] += 1
        return score, total / len(dict.fromkeys(tokens)), hits >= self._n_spec, equivalent, coded

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

    def _facts(self, stated: Iterable[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Per item: how many stated facts it holds (or may be taken to; one held only loosely counts half), how many
        it may hold (those, the ones it is silent on, and half those it states more vaguely), how many it holds at
        least loosely, whether it contradicts one, and how many it is silent or vaguer on."""
        confirmed = np.zeros(self.size, dtype=np.float32)
        possible = np.zeros(self.size, dtype=np.float32)
        held = np.zeros(self.size, dtype=np.int16)
        conflict = np.zeros(self.size, dtype=bool)
        open_ = np.zeros(self.size, dtype=np.int16)
        for value in stated:
            facet, accepted, loose, compatible, assumed = _reading(value)
            said = self._said[facet]
            silent = said == 0
            holds = ((said & accepted) != 0) | (silent & assumed)
            loosely = ((said & loose) != 0) & ~holds
            contradicts = ((said & ~compatible) != 0) & ~holds & ~loosely
            if FACETS[facet].only_assumed:  # silent, it holds the assumed values and no other
                contradicts |= silent & ~holds
            unsure = ~holds & ~loosely & ~contradicts & (~silent | FACETS[facet].silence_is_unknown)
            conflict |= contradicts
            confirmed += holds + 0.5 * loosely
            # nothing said: it may hold it; a broader value said (六角螺栓 of a flange bolt), or nothing where silence
            # only settles when nothing fits better (全螺纹 of a flange bolt silent on its thread): the lesser
            even = silent & ~FACETS[facet].silence_settles
            possible += holds + 0.5 * loosely + np.where(even, 1.0, 0.5) * unsure
            held += holds | loosely
            open_ += unsure & (~silent | FACETS[facet].silence_settles)  # vaguer, or silent where silence settles
        return confirmed, possible, held, conflict, open_

    def _names_agree(self, coded: np.ndarray, cleaned: str) -> np.ndarray:
        """The coded items whose names hold at least half of each word (of a Chinese one, its last two characters)
        of the phrase that names a part (one of the
        catalogue's, or ending as part names do: 同步带轮 said of a valve's code is another part); other words no
        name holds (小松, a machine's maker) say nothing of the part."""
        text = cleaned
        for raw in sorted(raw_tokens(cleaned), key=len, reverse=True):
            text = text.replace(raw, " ")
        known = []
        for word in _WORD.findall(_STATED.sub(" ", text)):
            units = _units(word)
            forms: np.ndarray | None = None
            for u in units:
                post = self._chars.get(u)
                forms = (
                    np.zeros(0, np.int64)
                    if post is None
                    else post[0]
                    if forms is None
                    else np.intersect1d(forms, post[0])
                )
                if not len(forms):
                    break
            if (forms is not None and len(forms)) or any(u in PART_HEADS for u in units):
                known.append(units)
                if len(word) > 2 and not word.isascii():  # its head noun, last in a Chinese name (回油滤芯: 滤芯)
                    known[-1] = _units(word[-2:]) if len(units) > 2 else units
        out = coded.copy()
        for i in np.flatnonzero(coded):
            own = self._flat[self._starts[i] : self._starts[i] + self._lengths[i]]
            for units in known:
                best = np.zeros(len(own), dtype=np.float32)
                for u, n in units.items():
                    post = self._chars.get(u)
                    if post is not None:
                        hit = np.isin(own, post[0][np.isin(post[0], own)])
                        counts = dict(zip(post[0].tolist(), post[1].tolist(), strict=True))
                        best += np.array([min(counts.get(int(f), 0), n) * len(u) for f in own], np.float32) * hit
                if best.max(initial=0.0) < 0.5 * _weight(units):
                    out[i] = False
        return out

    def _fitting_words(self, tok: np.ndarray, conflict: np.ndarray) -> set[str] | None:
        """What the material groups of the items holding every stated spec token write (units and character pairs),
        or None where too many items hold it to say."""
        rows = np.flatnonzero((tok > NEAR_MISS) & ~conflict)
        if not len(rows) or len(rows) > _LOCAL_MAX:
            return None
        return set().union(*(self._group_units[g] for g in np.unique(self._group[rows])))

    def writes(self, unit: str) -> bool:
        """Whether any of the catalogue's names or specs is written with `unit` (a character, a Latin word)."""
        return unit in self._chars

    def score(self, cleaned: str, writes: Callable[[str], bool] | None = None) -> LexicalScores:
        """`writes`: whether the whole catalogue (this index and any scored beside it) writes a unit."""
        writes = writes or self.writes
        tokens, residue = split_tokens(cleaned)
        said = set(_STATED.findall(residue))
        # a stainless grade said as a figure (316 本色, A4 本色, 18-8 plain): its material is said, so 本色 there is
        # the bare stainless part, not the carbon steel it implies alone
        steel_said = (
            {"不锈钢"}
            if "不锈钢" not in said and any(_STAINLESS_TOKEN.fullmatch(token_key(t)) for t in tokens)
            else set()
        )
        stated = sorted(_with_implied(said | steel_said) - steel_said - ITEM_ONLY_FACTS)
        if tokens:
            maker = any(_FACET_OF[v] == _BRAND for v in stated)
            words = frozenset(w for w in re.findall(r"[a-z]+", residue) if len(w) <= 4)
            steel = "不锈钢" in stated
            tok, mean, complete, equivalent, coded = self._token_scores(tokens, maker, words, steel)
            # a code's head said apart (SI 32x150s) is part of the code the catalogue writes whole: no name word,
            # unless names hold it as a word (OSI 145x160x9 written apart: OSI tells it from ODI)
            heads = {
                h for h in words - self._form_words for q in tokens if q[0][0].isdigit() and (h, *q) in self._tokens
            }
        else:
            tok = mean = np.ones(self.size, dtype=np.float32)
            complete = self._n_spec == 0
            equivalent = coded = np.zeros(self.size, dtype=bool)
            heads = set()
        confirmed, possible, held, conflict, open_ = self._facts(stated)
        conflict |= self._typed.contradicting(tokens, fine="细牙" in stated)
        named = bool(stated) or any(_CODE.fullmatch(token_key(t)) for t in tokens)  # see `unknown`
        rest = _STATED.sub(" ", residue)  # the facts are compared as facts (TG型 of a seal), the rest as words
        if heads:
            rest = re.sub(rf"(?<![a-z])(?:{'|'.join(sorted(heads))})(?![a-z])", " ", rest)
        free = _units(self._vocabulary.judged(rest, cleaned, named))
        if coded.any() and free:
            coded = self._names_agree(coded, cleaned)
        other_part = False
        if tokens and free:  # the spec carries the identity: a word no item is written with cannot tell them apart
            kept = self._vocabulary.qualifying(cleaned, writes)  # … unless it names another part (光电轴承)
            other_part = any(u in kept for u in free)
            free = Counter({u: n for u, n in free.items() if writes(u) or u in kept})
            local = self._fitting_words(tok, conflict)
            if free and local is not None:  # … nor a word none of the items holding the spec or their group writes
                kept_here = self._vocabulary.qualifying(cleaned, local.__contains__)
                read = _read_in(cleaned, local.__contains__)
                free = Counter({u: n for u, n in free.items() if u in read or u in kept_here})
        if free:  # chat words are gone already: even one character left (大垫圈, 大) says something
            overlap = np.zeros(len(self._form_len), dtype=np.float32)
            for c, n in free.items():
                post = self._chars.get(c)
                if post is not None:
                    overlap[post[0]] += np.minimum(post[1], n) * len(c)
            p_form = np.minimum(overlap / _weight(free), 1.0)
            r_form = np.minimum(overlap / self._form_len, 1.0)
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
        return LexicalScores(
            tok,
            mean,
            complete,
            name,
            precision,
            confirmed,
            possible,
            held,
            conflict,
            equivalent,
            open_,
            coded,
            bool(tokens),
            bool(free),
            len(stated),
            other_part,
        )
