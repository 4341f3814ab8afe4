"""MaterialResolver: chat text → K/3 material, from aliases, spec tokens, names and n-gram vectors."""

from __future__ import annotations

import fcntl
import hashlib
import json
import pickle
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import numpy as np

from dingk3.errors import ResolveError
from tools.k3.models import Material
from tools.resolve.aliases import AliasTable, LearnedAliases
from tools.resolve.catalog import item_hash, load_catalog
from tools.resolve.fusion import Weights, decide, fuse
from tools.resolve.fuzzy import LexicalIndex
from tools.resolve.models import Candidate, Resolution
from tools.resolve.normalize import clean, raw_tokens
from tools.resolve.vectors import VectorIndex

__all__ = ["MaterialResolver", "index_dir_for"]

_VECTOR_K = 20


def index_dir_for(catalog_csv: Path, state_dir: Path) -> Path:
    """One index per catalog file, so `--catalog other.csv` never rebuilds the demo's."""
    tag = hashlib.blake2b(str(catalog_csv.resolve()).encode(), digest_size=4).hexdigest()
    return state_dir / "resolve" / f"{catalog_csv.stem}-{tag}"


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """One process at a time builds or changes an index directory (workers starting together, or
    `dingk3 index sync` next to a running API): the others wait, then find it built and only load it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / ".build.lock").open("a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _doc(m: Material, aliases: Sequence[str]) -> str:
    return clean(" ".join([m.name, m.spec, *aliases]))


class MaterialResolver:
    """Holds the catalog in memory plus a persistent chromadb index under `index_dir`."""

    def __init__(
        self,
        materials: dict[str, Material],
        aliases: dict[str, list[str]],
        index_dir: Path,
        *,
        use_vectors: bool = True,
        weights: Weights | None = None,
    ) -> None:
        self._materials = materials
        self._aliases = aliases
        self._dir = index_dir
        self.weights = weights or Weights()
        self.use_vectors = use_vectors
        self.embedded_on_open = 0
        self._table = AliasTable(index_dir / "aliases.csv", index_dir / "alias_audit.jsonl")
        self._vectors = VectorIndex(index_dir / "chroma")
        fingerprint = self._fingerprint()
        self._rebuild(fingerprint)
        if self._vectors.fingerprint != fingerprint or self._vectors.count() != len(self._materials):
            self.embedded_on_open = self._vectors.sync(self._docs(), fingerprint)

    @classmethod
    def open(cls, *, catalog_csv: Path, index_dir: Path, use_vectors: bool = True) -> MaterialResolver:
        """Load the catalog (plus materials synced from K/3 since), and build or reuse the index:
        only materials whose content changed are embedded again."""
        index_dir.mkdir(parents=True, exist_ok=True)
        rows, aliases = load_catalog(catalog_csv)
        materials = {m.number: m for m in rows}
        overlay = index_dir / "synced_materials.jsonl"
        if overlay.exists():
            for line in overlay.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    cls._apply(materials, Material.model_validate_json(line))
        with build_lock(index_dir):
            return cls(materials, aliases, index_dir, use_vectors=use_vectors)

    @classmethod
    def for_catalog(cls, catalog_csv: Path, state_dir: Path) -> MaterialResolver:
        """The resolver of a catalog with its index in `state_dir/resolve/<catalog name>-<path hash>`."""
        return cls.open(catalog_csv=catalog_csv, index_dir=index_dir_for(catalog_csv, state_dir))

    @staticmethod
    def _apply(materials: dict[str, Material], m: Material) -> None:
        if m.forbidden:
            materials.pop(m.number, None)
        else:
            materials[m.number] = m

    def __len__(self) -> int:
        return len(self._numbers)

    def _aliases_of(self, number: str) -> list[str]:
        return self._aliases.get(number, [])

    def _docs(self) -> dict[str, tuple[str, str, bool]]:
        return {
            n: (_doc(m, self._aliases_of(n)), item_hash(m, self._aliases_of(n)), m.producible)
            for n, m in self._materials.items()
        }

    def _fingerprint(self) -> str:
        h = hashlib.blake2b(digest_size=12)
        for n, m in self._materials.items():
            h.update(item_hash(m, self._aliases_of(n)).encode())
        h.update(json.dumps(self._vectors.embedding.get_config()).encode())
        return h.hexdigest()

    def _rebuild(self, fingerprint: str) -> None:
        """In-memory lookups; cached in index_dir per catalog fingerprint, because building them for
        50k materials takes seconds while loading takes a fraction of one."""
        self._numbers = list(self._materials)
        self._row = {n: i for i, n in enumerate(self._numbers)}
        self._row_ci = {n.lower(): i for n, i in self._row.items()}
        mats = [self._materials[n] for n in self._numbers]
        self._producible = np.array([m.producible for m in mats], dtype=bool)
        self._everything = np.ones(len(mats), dtype=bool)
        cache = self._dir / f"lexical-{fingerprint}.pickle"
        if cache.exists():
            # our own file under state_dir, written just below by this same code
            self._lex, seeds = pickle.loads(cache.read_bytes())
            self._table.set_seeds(seeds)
            return
        self._lex = LexicalIndex([(m.name, m.spec, self._aliases_of(m.number)) for m in mats])
        self._table.clear_seeds()
        for m in mats:
            for phrase in (m.number, *self._aliases_of(m.number), f"{m.name}{m.spec}", f"{m.spec}{m.name}"):
                self._table.seed(phrase, m.number)
        for old in self._dir.glob("lexical-*.pickle"):
            old.unlink()
        tmp = cache.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps((self._lex, self._table.seeds()), protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(cache)

    def _candidate(self, i: int, score: float) -> Candidate:
        m = self._materials[self._numbers[i]]
        return Candidate(number=m.number, name=m.name, spec=m.spec, category=m.category, score=round(float(score), 4))

    def resolve(self, text: str, *, producible_only: bool = False, limit: int = 5) -> Resolution:
        """Pure and local: no network. Exact alias / K/3 number wins outright."""
        cleaned = clean(text)
        allowed = self._producible if producible_only else self._everything
        exact = [self._row[n] for n in self._table.lookup(cleaned) if n in self._row]
        if not exact:  # a K/3 number inside a sentence ("03.01.0047还有多少") is exact too
            exact = [self._row_ci[t] for t in raw_tokens(cleaned) if t in self._row_ci]
        exact = [i for i in exact if allowed[i]]
        if len(exact) == 1:
            best = self._candidate(exact[0], 1.0)
            return Resolution(verdict="resolved", query=text, best=best, candidates=[best])
        if not cleaned or not self._numbers:
            return Resolution(verdict="not_found", query=text)
        lex = self._lex.score(cleaned)
        w = self.weights
        vector = np.zeros(len(self._numbers), dtype=np.float32)
        score, consistent = fuse(lex, vector, w)
        # The vector term adds at most w.vector: when the lexical evidence already settles the verdict
        # with that much room, the nearest-neighbour query cannot change it and is skipped (latency).
        d = decide(score, consistent, allowed, replace(w, margin=w.margin + w.vector * self.use_vectors), limit)
        if self.use_vectors and d.verdict == "ambiguous":
            for number, sim in self._vectors.query(cleaned, _VECTOR_K, producible_only=producible_only):
                row = self._row.get(number)
                if row is not None:
                    vector[row] = max(sim, 0.0)
            score, consistent = fuse(lex, vector, w)
            d = decide(score, consistent, allowed, w, limit)
            scores = d.scores[d.ranked]
        else:  # same scale as above: the vector term computed directly for the shown candidates
            scores = d.scores[d.ranked] + w.vector * self._cosine(cleaned, d.ranked) * self.use_vectors
        candidates: list[Candidate] = [self._candidate(int(i), s) for i, s in zip(d.ranked, scores, strict=True)]
        if d.verdict == "not_found":
            candidates.sort(key=lambda c: -c.score)
        top: Candidate | None = candidates[0] if d.verdict == "resolved" else None
        return Resolution(verdict=d.verdict, query=text, best=top, candidates=candidates)  # type: ignore[arg-type]

    def _cosine(self, cleaned: str, rows: np.ndarray) -> np.ndarray:
        if len(rows) == 0:
            return np.zeros(0, dtype=np.float32)
        docs = [_doc(self._materials[self._numbers[i]], self._aliases_of(self._numbers[i])) for i in rows]
        vecs = self._vectors.embedding.embed([cleaned, *docs])
        cosine: np.ndarray = np.maximum(vecs[1:] @ vecs[0], 0.0)
        return cosine

    def warm(self) -> None:
        """Run one vector query: chromadb's first query after opening is cold (about 0.3 s)."""
        if self.use_vectors:
            self._vectors.query("预热", 1)

    def get(self, number: str) -> Material | None:
        return self._materials.get(number)

    def attach_learned(self, learned: LearnedAliases) -> None:
        """Share learned aliases through the database (several workers); see `LearnedAliases`."""
        self._table.attach(learned)

    def learn(self, phrase: str, number: str, *, user: str) -> None:
        """A user confirmed `number` for `phrase`: the phrase resolves there from now on (audited)."""
        if number not in self._materials:
            raise ResolveError(f"unknown material {number}")
        self._table.learn(phrase, number, user=user)

    def upsert(self, materials: list[Material]) -> int:
        """Add, change or (when forbidden in K/3) drop materials; persisted under index_dir.
        Returns how many materials changed."""
        changed: list[Material] = []
        for m in materials:
            old = self._materials.get(m.number)
            if (m.forbidden and old is None) or (
                old is not None and old.model_dump(exclude={"modify_date"}) == m.model_dump(exclude={"modify_date"})
            ):
                continue
            changed.append(m)
            self._apply(self._materials, m)
        if not changed:
            return 0
        with build_lock(self._dir):
            return self._write_changes(changed)

    def _write_changes(self, changed: list[Material]) -> int:
        with (self._dir / "synced_materials.jsonl").open("a", encoding="utf-8") as f:
            for m in changed:
                f.write(m.model_dump_json() + "\n")
        fingerprint = self._fingerprint()
        self._rebuild(fingerprint)
        docs = self._docs()
        self._vectors.upsert((m.number, *docs[m.number]) for m in changed if m.number in docs)
        self._vectors.delete([m.number for m in changed if m.number not in docs])
        self._vectors.set_fingerprint(fingerprint)
        return len(changed)
