"""WorkshopResolver: 一车间, 机加一, 装配, assembly shop, WS01 or 我们车间 → a workshop number."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz

from tools.k3.models import Workshop
from tools.resolve.models import Candidate, Resolution
from tools.resolve.normalize import clean, compact

__all__ = ["WorkshopResolver"]

_OWN = {
    *("我们车间", "我们的车间", "本车间", "我车间", "我的车间", "咱们车间", "咱车间", "这个车间"),
    *("ourworkshop", "myworkshop", "ourshop"),
}
_DIGITS = str.maketrans("0123456789", "零一二三四五六七八九")
_NUMERAL = re.compile(r"[零一二三四五六七八九十]")
_SHOP_WORDS = re.compile(r"\b(?:workshop|shop|dept|department)\b")
_MIN_SCORE = 80.0
_MARGIN = 8.0


def _key(text: str) -> str:
    # 机加1 and 机加一 are the same; "assembly shop" and "assembly" too
    return compact(_SHOP_WORDS.sub(" ", clean(text))).translate(_DIGITS)


@dataclass
class _Entry:
    number: str
    name: str
    keys: set[str] = field(default_factory=set)
    aliases: tuple[str, ...] = ()


def _entries(workshops: Iterable[Workshop], aliases: Mapping[str, Iterable[str]]) -> list[_Entry]:
    out = []
    for w in workshops:
        entry = _Entry(w.number, w.name, aliases=tuple(aliases.get(w.number, ())))
        entry.keys = {k for k in map(_key, [w.number, w.name, *aliases.get(w.number, ())]) if k}
        out.append(entry)
    return out


class WorkshopResolver:
    """A handful of workshops: exact keys first, then rapidfuzz with numerals that must agree."""

    def __init__(self, entries: list[_Entry]) -> None:
        self._entries = {e.number: e for e in entries}

    @classmethod
    def from_workshops(cls, workshops: Iterable[Workshop], aliases: Mapping[str, Iterable[str]]) -> WorkshopResolver:
        """K/3's workshops (number, name) with the names people use for them (`aliases` by number)."""
        return cls(_entries(workshops, aliases))

    @classmethod
    def from_csv(cls, path: Path) -> WorkshopResolver:
        """Workshops of a CSV (number, name, aliases `;`-separated): tests and evals of a fixed plant."""
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        workshops = [Workshop(number=r["number"].strip(), name=r["name"].strip()) for r in rows]
        aliases = {r["number"].strip(): [a for a in (r.get("aliases") or "").split(";") if a.strip()] for r in rows}
        return cls.from_workshops(workshops, aliases)

    def replace(self, workshops: Iterable[Workshop], aliases: Mapping[str, Iterable[str]]) -> None:
        """Hold these workshops from now on (K/3 added, renamed or dropped some): one swap."""
        self._entries = {e.number: e for e in _entries(workshops, aliases)}

    def numbers(self) -> list[str]:
        return list(self._entries)

    def terms(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """Each workshop as written: (number, name, nicknames), the words the rules parser looks for."""
        return [(e.number, e.name, e.aliases) for e in self._entries.values()]

    def _candidate(self, e: _Entry, score: float) -> Candidate:
        return Candidate(number=e.number, name=e.name, category="workshop", score=round(score, 4))

    def resolve(self, text: str, *, own_workshop: str | None = None) -> Resolution:
        """`own_workshop` is the requester's workshop number, used for 我们车间."""
        entries = self._entries  # one set of workshops for the whole call
        key = _key(text)
        everyone = [self._candidate(e, 0.0) for e in entries.values()]
        if key in _OWN or compact(clean(text)) in _OWN:
            own = entries.get(own_workshop or "")
            if own is None:  # we do not know the requester's workshop: ask with the full list
                return Resolution(verdict="ambiguous", query=text, candidates=everyone)
            best = self._candidate(own, 1.0)
            return Resolution(verdict="resolved", query=text, best=best, candidates=[best])
        exact = [e for e in entries.values() if key in e.keys]
        if len(exact) == 1:
            best = self._candidate(exact[0], 1.0)
            return Resolution(verdict="resolved", query=text, best=best, candidates=[best])
        numerals = set(_NUMERAL.findall(key))
        scored: list[tuple[float, _Entry]] = []
        for e in entries.values():
            s = max((fuzz.WRatio(key, k) for k in e.keys), default=0.0)
            if numerals and not any(numerals <= set(_NUMERAL.findall(k)) for k in e.keys):
                s *= 0.5  # 三车间 is not 一车间
            scored.append((s, e))
        scored.sort(key=lambda t: -t[0])
        cands = [self._candidate(e, s / 100) for s, e in scored[:5]]
        if not scored or scored[0][0] < _MIN_SCORE:
            return Resolution(verdict="not_found", query=text, candidates=cands)
        if len(scored) > 1 and scored[0][0] - scored[1][0] < _MARGIN:
            close = [c for c in cands if c.score * 100 >= scored[0][0] - _MARGIN]
            return Resolution(verdict="ambiguous", query=text, candidates=close)
        return Resolution(verdict="resolved", query=text, best=cands[0], candidates=cands[:1])
