"""Typed spec facts: what a spec token measures (a thread size, a property class), read the same way from a phrase and
from an item. A figure stated as one kind of fact is held only by a figure of that kind (M8 never by a class 8 nut's
8, grade 10 never by M10), and an item stating that kind of fact otherwise contradicts the phrase: a veto, like a
contradicted material or finish."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from tools.resolve.normalize import Token, clean, split_tokens

__all__ = ["EXAMPLES", "KINDS", "Kind", "TypedFacts", "pitch_unsaid", "reading"]

Value = tuple[str, ...]  # a fact's value, compared part by part ("" where the token leaves that part unsaid)


@dataclass(frozen=True)
class Kind:
    """One kind of typed fact: the head that marks it in a canonical spec token, and how its value is read."""

    name: str
    head: str

    def value(self, t: Token) -> Value | None:
        """The fact a spec token states, or None when it is no fact of this kind."""
        if len(t) < 2 or t[0] != self.head or not t[1][0].isdigit():
            return None
        if self.head != "m":
            return ("".join(t[1:]),)
        figures = [p for p in t[1:] if p != "x"]
        if len(figures) != len(t[1:]) // 2 + 1 or any(not f[0].isdigit() for f in figures):
            return None  # letters after the size (M8x30 written in a code): no plain size
        d, rest = figures[0], figures[1:]
        # M8x1.25x30: diameter, pitch, length; M20x2 a fine pitch (below half the diameter), M8x30 a length
        if len(rest) == 2:
            return (d, rest[0], rest[1])
        if len(rest) == 1 and "." in rest[0] and float(rest[0]) < float(d) / 2:
            return (d, rest[0], "")
        return (d, "", rest[0]) if rest else (d, "", "")


KINDS: tuple[Kind, ...] = (Kind("thread size", "m"), Kind("property class", "gr"))


def pitch_unsaid(t: Token) -> Token | None:
    """A fine thread's size as said without its pitch (M16x1.5x110 → M16x110), or None for any other token."""
    v = KINDS[0].value(t)
    if v is None or not v[1] or not v[2]:
        return None
    return ("m", v[0], "x", v[2])


FINE = "fine"  # a size's pitch said only as a word (细牙 M16x110): any pitch written, never the coarse one left unsaid


def _agree(a: Value, b: Value) -> bool:
    """Same value, a part one of them leaves unsaid being free (M8 of M8x30; M8x30 of the fine M8x1x30); a pitch
    said only as fine agrees with any written pitch and not with a size written without one (the coarse pitch)."""
    return len(a) == len(b) and all(
        x == y or (FINE in (x, y) and bool(x) and bool(y)) or (not x and y != FINE) or (not y and x != FINE)
        for x, y in zip(a, b, strict=True)
    )


def _fine(v: Value) -> Value:
    """A thread size with its pitch said as a word: fine, whatever figure it has."""
    return (v[0], v[1] or FINE, v[2]) if len(v) == 3 else v


def reading(cleaned: str) -> dict[str, list[Value]]:
    """The typed facts a cleaned text states, by kind name."""
    out: dict[str, list[Value]] = {}
    for t in split_tokens(cleaned)[0]:
        for k in KINDS:
            if (v := k.value(t)) is not None:
                out.setdefault(k.name, []).append(v)
    return out


# (item's name and spec, phrase, whether the item contradicts the phrase) — run as tests
EXAMPLES: tuple[tuple[str, str, bool], ...] = (
    ("六角法兰面螺母 M10 8級 鍍鋅", "flange nut M8 grade 10", True),  # M8 is no class 8, grade 10 no M10
    ("六角法兰面螺母 M8 10級 鍍鋅", "flange nut M8 grade 10", False),
    ("六角头螺栓 GB/T 5782 M8×30 8.8级", "M8 螺栓", False),  # the length left unsaid
    ("六角头螺栓 M8×1×30 8.8级", "M8x30 8.8", False),  # the fine pitch left unsaid
    ("六角头螺栓 M8×1×30 8.8级", "M8x1.25x30", True),
    ("六角头螺栓 M8×30 10.9级", "M8x30 8.8", True),
    ("o型圈 20x2.5 丁腈", "M8 螺栓", False),  # silent on the size's kind: the spec tokens decide
    ("六角头螺栓 M16×110 12.9级", "细牙M16x110 12.9", True),  # fine said as a word: the coarse size is no match
    ("六角罗丝 幼牙 M16*1.5*110 12.9", "细牙M16x110 12.9", False),
    ("六角罗丝 幼牙 M16*1.5*110 12.9", "细牙M16x1.25x110", True),
)


class TypedFacts:
    """Per item, the typed facts its name and spec state; asked per phrase which items contradict it."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.size = len(texts)
        self._states = {k.name: np.zeros(self.size, dtype=bool) for k in KINDS}
        post: dict[str, dict[Value, list[int]]] = {k.name: defaultdict(list) for k in KINDS}
        for i, text in enumerate(texts):
            for name, values in reading(clean(text)).items():
                self._states[name][i] = True
                for v in set(values):
                    post[name][v].append(i)
        # by kind, by the value's first part (a size's diameter): the values and their items
        self._post: dict[str, dict[str, list[tuple[Value, np.ndarray]]]] = {}
        for name, by_value in post.items():
            grouped: dict[str, list[tuple[Value, np.ndarray]]] = defaultdict(list)
            for v, rows in by_value.items():
                grouped[v[0]].append((v, np.asarray(rows, dtype=np.int64)))
            self._post[name] = dict(grouped)

    def stating(self, kind: str) -> np.ndarray:
        """The items stating a fact of `kind`."""
        return self._states[kind]

    def holding(self, kind: str, value: Value) -> np.ndarray:
        """The items stating a fact of `kind` that agrees with `value`."""
        out = np.zeros(self.size, dtype=bool)
        for v, rows in self._post[kind].get(value[0], ()):
            if _agree(v, value):
                out[rows] = True
        return out

    def contradicting(self, tokens: Iterable[Token], fine: bool = False) -> np.ndarray:
        """The items stating a fact of a kind some token states, none of theirs agreeing with it; `fine`: the phrase
        says its thread is fine (细牙) without writing the pitch."""
        out = np.zeros(self.size, dtype=bool)
        for t in tokens:
            for k in KINDS:
                if (v := k.value(t)) is not None:
                    out |= self._states[k.name] & ~self.holding(k.name, _fine(v) if fine else v)
        return out
