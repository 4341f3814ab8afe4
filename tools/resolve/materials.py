"""MaterialResolver: chat text → K/3 material, from aliases, spec tokens, names and n-gram vectors."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from filelock import FileLock

from dingk3.errors import ResolveError
from tools.k3.models import Material
from tools.resolve.aliases import AliasTable, LearnedAliases
from tools.resolve.catalog import load_catalog
from tools.resolve.declared import declared_equivalents
from tools.resolve.fusion import Decision, Weights, decide, fuse
from tools.resolve.index import Base, CatalogIndex, doc_text
from tools.resolve.lexicon import equivalence_groups
from tools.resolve.models import Candidate, Resolution
from tools.resolve.normalize import clean, compact, raw_tokens
from tools.resolve.standards import WELL_KNOWN_EQUIVALENTS
from tools.resolve.unread import unread_figures
from tools.resolve.vectors import NgramHashEmbedding, VectorIndex

__all__ = ["MaterialResolver", "build_lock", "index_dir_for"]

_VECTOR_K = 20


def index_dir_for(catalog_csv: Path, state_dir: Path) -> Path:
    """One index per catalog file, so `--catalog other.csv` never rebuilds the product's."""
    tag = hashlib.blake2b(str(catalog_csv.resolve()).encode(), digest_size=4).hexdigest()
    return state_dir / "resolve" / f"{catalog_csv.stem}-{tag}"


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One process at a time builds or changes an index directory (workers starting together, or
    `dingk3 index sync` next to a running API): the others wait, then find it built and only load it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with FileLock(index_dir / ".build.lock"):
        yield


@dataclass(frozen=True)
class _Version:
    """What one resolve reads: the lookups, and vectors for the materials chromadb does not hold as they are now."""

    index: CatalogIndex
    stale: frozenset[str]  # numbers whose vector is below, not in chromadb
    vector_rows: np.ndarray  # their rows
    vectors: np.ndarray  # len(vector_rows) × dims


class MaterialResolver:
    """The catalogue's lookups in memory, one version at a time (`upsert` builds the next one beside it and swaps
    it in whole), plus a persistent chromadb index under `index_dir`, written only while the resolver opens."""

    def __init__(
        self,
        materials: Iterable[Material],
        index_dir: Path,
        *,
        use_vectors: bool = True,
        weights: Weights | None = None,
        equivalents: Sequence[Sequence[str]] = (),
    ) -> None:
        """`equivalents`: groups of standard designations the plant declares equivalent ([JB/T 1234, DIN 5678]),
        beside those its catalogue declares in its aliases (`declared`) or, declaring none, the well-known ones
        (`standards`); ValueError naming an entry that is none."""
        self.index_dir = index_dir
        usable = [m for m in materials if m.usable]
        # the catalogue's own table of equivalents when it writes one into its aliases, else the trade's usual ones
        known = declared_equivalents(usable) or WELL_KNOWN_EQUIVALENTS
        self.equivalents = tuple(equivalence_groups([*known, *equivalents]))
        self.weights = weights or Weights()
        self.use_vectors = use_vectors
        self.embedded_on_open = 0
        self._table = AliasTable(index_dir / "aliases.csv", index_dir / "alias_audit.jsonl")
        self._embedding = NgramHashEmbedding()
        self._embedded: dict[tuple[str, str], np.ndarray] = {}  # (number, content hash) → vector
        self._swap = threading.Lock()
        with build_lock(index_dir):
            base = Base.build(usable, index_dir, self.equivalents)
            self._vectors = VectorIndex(index_dir / "chroma") if use_vectors else None
            if self._vectors is not None:
                fingerprint = f"{base.fingerprint}:{json.dumps(self._embedding.get_config())}"
                if self._vectors.fingerprint != fingerprint or self._vectors.count() != len(base.materials):
                    docs = {m.number: (doc_text(m), base.hashes[m.number], m.producible) for m in base.materials}
                    self.embedded_on_open = self._vectors.sync(docs, fingerprint)
        self._in_chroma = base.hashes  # what chromadb holds, until the next open
        self._version = self._next(CatalogIndex.of(base))

    @classmethod
    def open(
        cls, *, catalog_csv: Path, index_dir: Path, use_vectors: bool = True, equivalents: Sequence[Sequence[str]] = ()
    ) -> MaterialResolver:
        """The resolver of a materials CSV (benchmarks, `--catalog`): built, or reused from `index_dir`."""
        return cls(load_catalog(catalog_csv), index_dir, use_vectors=use_vectors, equivalents=equivalents)

    def __len__(self) -> int:
        return len(self._version.index)

    def close(self) -> None:
        """Release the vector index (the process keeps it otherwise); the resolver is not used afterwards."""
        if self._vectors is not None:
            self._vectors.close()

    @property
    def pending(self) -> int:
        """Materials changed since the lexical base was built (`compact` folds them in)."""
        return self._version.index.pending

    def _next(self, index: CatalogIndex, touched: set[str] | None = None) -> _Version:
        """The version to swap in; `touched`: the numbers changed since the current one (None: look at all)."""
        if not self.use_vectors:
            return _Version(index, frozenset(), np.zeros(0, dtype=np.int64), np.zeros((0, 1)))
        stale: set[str] | frozenset[str]
        if touched is None:
            stale = {n for n, h in index.hashes.items() if self._in_chroma.get(n) != h}
        else:
            now = {n for n in touched if n in index.hashes and self._in_chroma.get(n) != index.hashes[n]}
            stale = (self._version.stale - touched) | now
        order = sorted(stale)
        for n in order:
            key = (n, index.hashes[n])
            if key not in self._embedded:
                self._embedded[key] = self._embedding.embed([doc_text(index.materials[n])])[0]
        rows = np.array([index.row[n] for n in order], dtype=np.int64)
        vectors = np.stack([self._embedded[(n, index.hashes[n])] for n in order]) if order else np.zeros((0, 1))
        return _Version(index, frozenset(stale), rows, vectors)

    def upsert(self, materials: Iterable[Material]) -> int:
        """Apply K/3 rows: new and changed materials, and those K/3 no longer lets a bill use (forbidden, not
        audited) dropped. A resolve running meanwhile finishes on the version it started with. Returns how
        many materials changed."""
        rows = list(materials)
        with self._swap:
            index, changed = self._version.index.changed(rows)
            if index is not None:
                self._version = self._next(index, changed)
            return len(changed)

    def compact(self) -> None:
        """Fold the changes into a new lexical base (seconds at 50k: call it off the event loop); swapped in whole."""
        with self._swap:
            current = self._version.index
            with build_lock(self.index_dir):
                base = Base.build(current.materials.values(), self.index_dir, self.equivalents)
            self._version = self._next(CatalogIndex(base, current.materials, current.hashes), set())

    def materials(self) -> list[Material]:
        return list(self._version.index.materials.values())

    def _candidate(self, index: CatalogIndex, i: int, score: float) -> Candidate:
        m = index.material(i)
        return Candidate(number=m.number, name=m.name, spec=m.spec, category=m.category, score=round(float(score), 4))

    def _exact(self, index: CatalogIndex, cleaned: str) -> list[int]:
        taught = self._table.lookup(cleaned)
        if taught is not None:
            return [index.row[taught]] if taught in index.row else []
        return index.seeded(compact(cleaned))

    def resolve(self, text: str, *, producible_only: bool = False, limit: int = 5) -> Resolution:
        """Pure and local: no network. Exact alias / K/3 number wins outright."""
        v = self._version  # one version for the whole call, whatever a sync swaps in meanwhile
        index = v.index
        cleaned = clean(text)
        allowed = index.producible if producible_only else index.live
        exact = self._exact(index, cleaned)
        if not exact:  # a K/3 number inside a sentence ("03.01.0047还有多少") is exact too
            exact = [index.row_ci[t] for t in raw_tokens(cleaned) if t in index.row_ci]
        exact = [i for i in exact if allowed[i]]
        if len(exact) == 1:
            best = self._candidate(index, exact[0], 1.0)
            return Resolution(verdict="resolved", query=text, best=best, candidates=[best])
        if not cleaned or not len(index):
            return Resolution(verdict="not_found", query=text)
        lex = index.score(cleaned)
        w = self.weights
        vector = np.zeros(len(index.numbers), dtype=np.float32)
        score, fits = fuse(lex, vector, w)
        d = decide(score, fits, lex, allowed, w, limit)
        if d.verdict == "resolved" and unread_figures(cleaned):  # a stated fact not read: ask, never answer
            d = Decision("ambiguous", d.ranked, d.scores)
        if d.verdict == "not_found" and self.use_vectors and self._vectors is not None:
            # nothing fits: the nearest by n-grams join the suggestions (typos, words the lexicon does not know)
            self._vector_scores(v, cleaned, vector, producible_only)
            score, fits = fuse(lex, vector, w)
            d = decide(score, fits, lex, allowed, w, limit)
            scores = d.scores[d.ranked]
        else:  # same scale as above: the vector term computed directly for the shown candidates (order only)
            scores = d.scores[d.ranked] + w.vector * self._cosine(index, cleaned, d.ranked) * self.use_vectors
        candidates = [self._candidate(index, int(i), s) for i, s in zip(d.ranked, scores, strict=True)]
        if d.verdict == "resolved":
            candidates = candidates[:1]
        else:
            candidates[1 if d.verdict == "ambiguous" else 0 :] = sorted(
                candidates[1 if d.verdict == "ambiguous" else 0 :], key=lambda c: -c.score
            )
        top: Candidate | None = candidates[0] if d.verdict == "resolved" else None
        return Resolution(verdict=d.verdict, query=text, best=top, candidates=candidates)  # type: ignore[arg-type]

    def _vector_scores(self, v: _Version, cleaned: str, out: np.ndarray, producible_only: bool) -> None:
        """Cosine similarity per row: chromadb's nearest (where it holds the material as it is now), and the
        in-memory vectors of materials changed since it was written."""
        assert self._vectors is not None
        index = v.index
        for number, sim in self._vectors.query(cleaned, _VECTOR_K, producible_only=producible_only):
            row = index.row.get(number)
            if row is not None and self._in_chroma.get(number) == index.hashes[number]:
                out[row] = max(sim, 0.0)
        if len(v.vector_rows):
            query = self._embedding.embed([cleaned])[0]
            out[v.vector_rows] = np.maximum(v.vectors @ query, 0.0)

    def _cosine(self, index: CatalogIndex, cleaned: str, rows: Sequence[int] | np.ndarray) -> np.ndarray:
        if len(rows) == 0 or not self.use_vectors:
            return np.zeros(len(rows), dtype=np.float32)
        vecs = self._embedding.embed([cleaned, *(doc_text(index.material(int(i))) for i in rows)])
        cosine: np.ndarray = np.maximum(vecs[1:] @ vecs[0], 0.0)
        return cosine

    def warm(self) -> None:
        """Run one vector query: chromadb's first query after opening is cold (about 0.3 s)."""
        if self.use_vectors and self._vectors is not None:
            self._vectors.query("预热", 1)

    def get(self, number: str) -> Material | None:
        return self._version.index.materials.get(number)

    def attach_learned(self, learned: LearnedAliases) -> None:
        """Share learned aliases through the database (several workers); see `LearnedAliases`."""
        self._table.attach(learned)

    def learn(self, phrase: str, number: str, *, user: str) -> None:
        """A user confirmed `number` for `phrase`: the phrase resolves there from now on (audited)."""
        index = self._version.index
        if number not in index.materials:
            raise ResolveError(f"unknown material {number}")
        before = self._exact(index, clean(phrase))
        self._table.learn(phrase, number, user=user, previous={index.numbers[i] for i in before})
