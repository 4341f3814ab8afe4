"""The resolver's in-memory lookups over one version of the catalogue, immutable once built.

A version is a *base* (every material when it was built: lexical tables and exact phrases, seconds to build at
50k, so cached on disk per content fingerprint) plus the materials changed since (new or edited: a small
second layer, rows after the base's). A K/3 change builds the next version beside the current one, sharing the
base, in milliseconds; the resolver then swaps one reference, so a running resolve sees one version throughout.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tools.k3.models import Material
from tools.resolve.catalog import item_hash
from tools.resolve.fuzzy import LexicalIndex, LexicalScores, equivalence_tokens
from tools.resolve.normalize import clean, compact
from tools.resolve.words_more import GENERIC_GROUPS

__all__ = ["Base", "CatalogIndex", "doc_text"]

_CACHE_VERSION = "8"  # 8: what each material group writes
# … and the code that reads the catalogue: a cached base built by another version of the vocabulary is never reused
_CODE = hashlib.blake2b(
    b"".join(
        (Path(__file__).parent / f).read_bytes()
        for f in (
            "vocabulary.py",
            "words.py",
            "words_more.py",
            "words_jis.py",
            "notation.py",
            "standards.py",
            "rewrite.py",
            "spec_rules.py",
            "lexicon.py",
            "homophones.py",
            "keys.py",
            "normalize.py",
            "fuzzy.py",
            "unknown.py",
            "typed.py",
            "index.py",
        )
    ),
    digest_size=6,
).hexdigest()


def doc_text(m: Material) -> str:
    """What the vector index embeds for a material."""
    return clean(" ".join([m.name, m.spec, *m.aliases]))


def _phrases(m: Material) -> tuple[str, ...]:
    """Exact phrases that name the material outright: its number and its aliases (codes a plant gives one item).
    Its name and spec written together are no such code: another maker's item may read the same (6415-2RS
    深沟球轴承), so a phrase like that goes through the verdict like any other."""
    return (m.number, *m.aliases)


def _seeds(materials: list[Material], offset: int) -> dict[str, tuple[int, ...]]:
    seeds: dict[str, list[int]] = {}
    for i, m in enumerate(materials):
        for phrase in _phrases(m):
            key = compact(phrase)
            if key and (not seeds.get(key) or seeds[key][-1] != offset + i):
                seeds.setdefault(key, []).append(offset + i)
    return {k: tuple(v) for k, v in seeds.items()}


Equivalents = tuple[tuple[str, ...], ...]  # groups of canonical designations the plant declares equivalent


def _lexical(
    materials: list[Material], equivalents: Equivalents, group_words: Mapping[str, frozenset[str]] | None = None
) -> LexicalIndex:
    # the name read with the item's material group too (卡套 in 液压件 is a 液压卡套 to whoever asks for one), unless
    # the group is one every plant has (原材料: 料 is no word of a part)
    return LexicalIndex(
        [(m.name, m.spec, [*m.aliases, *_grouped(m)]) for m in materials],
        equivalence_tokens(equivalents),
        [m.category for m in materials],
        group_words,
    )


def _grouped(m: Material) -> list[str]:
    group = m.category.strip()
    return [f"{m.name} {group}"] if group and group not in GENERIC_GROUPS else []


@dataclass(frozen=True)
class Base:
    """Every material of the catalogue when this base was built, in number order: row i is materials[i]."""

    materials: tuple[Material, ...]
    hashes: Mapping[str, str]  # number → content hash
    lexical: LexicalIndex
    seeds: Mapping[str, tuple[int, ...]]  # compact phrase → rows
    fingerprint: str
    producible: np.ndarray  # per row
    numbers: tuple[str, ...]  # per row
    row: Mapping[str, int]  # number → row
    equivalents: Equivalents = ()

    @classmethod
    def build(
        cls, materials: Iterable[Material], cache_dir: Path | None = None, equivalents: Sequence[Sequence[str]] = ()
    ) -> Base:
        """From scratch, or from `cache_dir`'s copy for the same content (written here when missing)."""
        rows = tuple(sorted(materials, key=lambda m: m.number))
        hashes = {m.number: item_hash(m) for m in rows}
        eq: Equivalents = tuple(tuple(g) for g in equivalents)
        h = hashlib.blake2b(f"{_CACHE_VERSION}:{_CODE}:{eq}".encode(), digest_size=12)
        for m in rows:
            h.update(hashes[m.number].encode())
        fingerprint = h.hexdigest()
        producible = np.array([m.producible for m in rows], dtype=bool)
        numbers = tuple(m.number for m in rows)
        by_number = {n: i for i, n in enumerate(numbers)}
        cache = cache_dir / f"lexical-{fingerprint}.pickle" if cache_dir else None
        if cache is not None and cache.exists():
            # our own file under the state dir, written just below by this same code
            lexical, seeds = pickle.loads(cache.read_bytes())
            return cls(rows, hashes, lexical, seeds, fingerprint, producible, numbers, by_number, eq)
        lexical, seeds = _lexical(list(rows), eq), _seeds(list(rows), 0)
        base = cls(rows, hashes, lexical, seeds, fingerprint, producible, numbers, by_number, eq)
        if cache is not None and cache_dir is not None:
            for old in cache_dir.glob("lexical-*.pickle"):
                old.unlink(missing_ok=True)
            tmp = cache.with_suffix(f".{id(base):x}.tmp")
            tmp.write_bytes(pickle.dumps((base.lexical, base.seeds), protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(cache)
        return base


class CatalogIndex:
    """One version of the catalogue: `base` plus `materials` changed since it. Read-only once built.

    Built from the version before it (`previous`, with the numbers `touched` since), a version costs what
    changed plus a few C-speed copies, not a pass over the whole catalogue in Python."""

    def __init__(
        self,
        base: Base,
        materials: Mapping[str, Material],
        hashes: Mapping[str, str],
        *,
        previous: CatalogIndex | None = None,
        touched: Iterable[str] = (),
    ) -> None:
        self.base = base
        self.materials = materials  # number → the material now (usable ones only)
        self.hashes = hashes  # number → its content hash now
        b = len(base.materials)
        row: dict[str, int]
        row_ci: dict[str, int]
        if previous is None or previous.base is not base:
            changed = sorted(n for n, h in hashes.items() if base.hashes.get(n) != h)
            base_live = np.array([hashes.get(m.number) == base.hashes[m.number] for m in base.materials], dtype=bool)
            row = {m.number: i for i, m in enumerate(base.materials) if base_live[i]}
            row_ci = {n.lower(): i for n, i in row.items()}
        else:
            touched = set(touched)
            keep = [n for n in previous.delta_numbers if n not in touched]
            changed = sorted(keep + [n for n in touched if n in hashes and base.hashes.get(n) != hashes[n]])
            base_live = previous.live[:b].copy()
            row, row_ci = previous.row.copy(), previous.row_ci.copy()
            for n in (*previous.delta_numbers, *touched):
                row.pop(n, None)
                row_ci.pop(n.lower(), None)
            for n in touched:
                i = base.row.get(n)
                if i is not None:
                    base_live[i] = hashes.get(n) == base.hashes[n]
                    if base_live[i]:
                        row[n], row_ci[n.lower()] = i, i
        for j, n in enumerate(changed):
            row[n], row_ci[n.lower()] = b + j, b + j
        delta = [materials[n] for n in changed]
        self.delta_numbers: list[str] = changed
        self.numbers: list[str] = [*base.numbers, *changed]
        self.live: np.ndarray = np.concatenate([base_live, np.ones(len(delta), dtype=bool)])
        self.row: dict[str, int] = row
        self.row_ci: dict[str, int] = row_ci
        producible = np.concatenate([base.producible, np.array([m.producible for m in delta], dtype=bool)])
        self.producible = producible & self.live
        self._delta_lexical = _lexical(delta, base.equivalents, base.lexical.group_words) if delta else None
        self._delta_seeds = _seeds(delta, b)

    @classmethod
    def of(cls, base: Base) -> CatalogIndex:
        return cls(base, {m.number: m for m in base.materials}, base.hashes)

    def __len__(self) -> int:
        return len(self.materials)

    @property
    def pending(self) -> int:
        """Rows in the change layer: a new base would fold them in."""
        return len(self.delta_numbers)

    def changed(self, materials: Iterable[Material]) -> tuple[CatalogIndex | None, set[str]]:
        """The next version with these K/3 rows applied (a material K/3 no longer lets a bill use is dropped)
        and the numbers that changed; None when nothing did."""
        now = dict(self.materials)
        hashes = dict(self.hashes)
        changed: set[str] = set()
        for m in materials:
            old = now.get(m.number)
            if not m.usable:
                if old is not None:
                    del now[m.number], hashes[m.number]
                    changed.add(m.number)
                continue
            if old is not None and old.model_dump(exclude={"modify_date"}) == m.model_dump(exclude={"modify_date"}):
                continue
            now[m.number] = m
            hashes[m.number] = item_hash(m)
            changed.add(m.number)
        if not changed:
            return None, changed
        return CatalogIndex(self.base, now, hashes, previous=self, touched=changed), changed

    def material(self, row: int) -> Material:
        return self.materials[self.numbers[row]]

    def seeded(self, key: str) -> list[int]:
        """Live rows an exact phrase names."""
        rows = [*self.base.seeds.get(key, ()), *self._delta_seeds.get(key, ())]
        return [r for r in dict.fromkeys(rows) if self.live[r]]

    def score(self, cleaned: str) -> LexicalScores:
        if self._delta_lexical is None:
            return self.base.lexical.score(cleaned)
        base, delta = self.base.lexical, self._delta_lexical

        def writes(unit: str) -> bool:
            return base.writes(unit) or delta.writes(unit)

        lex, more = base.score(cleaned, writes), delta.score(cleaned, writes)
        return LexicalScores(
            np.concatenate([lex.tokens, more.tokens]),
            np.concatenate([lex.token_mean, more.token_mean]),
            np.concatenate([lex.complete, more.complete]),
            np.concatenate([lex.name, more.name]),
            np.concatenate([lex.precision, more.precision]),
            np.concatenate([lex.confirmed, more.confirmed]),
            np.concatenate([lex.possible, more.possible]),
            np.concatenate([lex.held, more.held]),
            np.concatenate([lex.conflict, more.conflict]),
            np.concatenate([lex.equivalent, more.equivalent]),
            np.concatenate([lex.open, more.open]),
            np.concatenate([lex.coded, more.coded]),
            lex.has_tokens,
            lex.has_name,
            lex.stated,
            lex.other_part or more.other_part,
        )
