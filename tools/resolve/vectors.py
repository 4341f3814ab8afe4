"""Material vectors in a persistent chromadb collection, embedded offline by character n-gram hashing."""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, ClassVar

import chromadb
import numpy as np
from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.config import Settings as ChromaSettings
from chromadb.utils.embedding_functions import register_embedding_function

__all__ = ["NgramHashEmbedding", "VectorIndex"]

_BATCH = 4000


@register_embedding_function
class NgramHashEmbedding(EmbeddingFunction[Documents]):
    """Signed hashing of character 1–3-grams (log tf, L2-normalised): deterministic, no model, no network.
    `documents_embedded` counts every document it embeds (tests use it to prove an index was reused)."""

    documents_embedded: ClassVar[int] = 0

    def __init__(self, dims: int = 512) -> None:
        self.dims = dims

    def __call__(self, input: Documents) -> Embeddings:
        NgramHashEmbedding.documents_embedded += len(input)
        return [row for row in self.embed(list(input))]

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        for i, text in enumerate(texts):
            counts: dict[int, float] = {}
            for n, weight in ((1, 0.5), (2, 1.0), (3, 1.0)):
                for j in range(len(text) - n + 1):
                    h = zlib.crc32(text[j : j + n].encode())
                    slot = h % self.dims
                    sign = 1.0 if (h >> 31) & 1 else -1.0
                    counts[slot] = counts.get(slot, 0.0) + sign * weight
            if counts:
                slots = np.fromiter(counts.keys(), dtype=np.int64)
                vals = np.fromiter(counts.values(), dtype=np.float32)
                out[i, slots] = np.sign(vals) * np.log1p(np.abs(vals))
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1, norms)

    @staticmethod
    def name() -> str:
        return "dingk3-ngram-hash"

    def get_config(self) -> dict[str, Any]:
        return {"dims": self.dims}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> NgramHashEmbedding:
        return NgramHashEmbedding(dims=int(config.get("dims", 512)))

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"


class VectorIndex:
    """One chromadb collection of materials, ids = K/3 numbers, metadata `h` = content hash."""

    def __init__(self, path: Path, *, collection: str = "materials", dims: int = 512) -> None:
        path.mkdir(parents=True, exist_ok=True)
        self.embedding = NgramHashEmbedding(dims)
        self._client = chromadb.PersistentClient(
            path=str(path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        )
        self._col = self._client.get_or_create_collection(
            collection,
            embedding_function=self.embedding,  # type: ignore[arg-type]  # chromadb's generic is invariant
            configuration={"hnsw": {"space": "cosine"}},
        )
        self._count: int | None = None

    def close(self) -> None:
        """Let chromadb stop this index's system: it keeps one per path for the life of the process otherwise
        (a run that opens many indexes, such as the dialogue evals, would hold every one)."""
        close = getattr(self._client, "close", None)  # Client.close(), not on the ClientAPI protocol's type
        if close is not None:
            close()

    @property
    def fingerprint(self) -> str:
        return str((self._col.metadata or {}).get("fingerprint", ""))

    def count(self) -> int:
        """Stored vectors; cached because asking chromadb costs milliseconds per query."""
        if self._count is None:
            self._count = self._col.count()
        return self._count

    def sync(self, docs: dict[str, tuple[str, str, bool]], fingerprint: str) -> int:
        """Make the collection hold exactly `docs` (number → text, hash, producible); embed only
        what changed. Returns how many documents were embedded."""
        if self.fingerprint == fingerprint and self.count() == len(docs):
            return 0
        stored = self._col.get(include=["metadatas"])
        have = {i: str((m or {}).get("h", "")) for i, m in zip(stored["ids"], stored["metadatas"] or [], strict=False)}
        changed = [n for n, (_, h, _) in docs.items() if have.get(n) != h]
        gone = [n for n in have if n not in docs]
        self.upsert((n, *docs[n]) for n in changed)
        self.delete(gone)
        self.set_fingerprint(fingerprint)
        return len(changed)

    def upsert(self, rows: Iterable[tuple[str, str, str, bool]]) -> int:
        rows = list(rows)
        self._count = None
        for k in range(0, len(rows), _BATCH):
            chunk = rows[k : k + _BATCH]
            # vectors only: chromadb would also store and full-text index the documents (half its insert time),
            # and nothing here reads them back
            self._col.upsert(
                ids=[r[0] for r in chunk],
                embeddings=self.embedding([r[1] for r in chunk]),
                metadatas=[{"h": r[2], "producible": r[3]} for r in chunk],
            )
        return len(rows)

    def delete(self, numbers: Sequence[str]) -> None:
        self._count = None
        for k in range(0, len(numbers), _BATCH):
            self._col.delete(ids=list(numbers[k : k + _BATCH]))

    def set_fingerprint(self, fingerprint: str) -> None:
        self._col.modify(metadata={"fingerprint": fingerprint})

    def query(self, text: str, k: int = 30, *, producible_only: bool = False) -> list[tuple[str, float]]:
        """Nearest materials as (number, cosine similarity), best first."""
        n = self.count()
        if not text or n == 0:
            return []
        vec = self.embedding.embed([text])[0].tolist()
        res = self._col.query(
            query_embeddings=[vec],
            n_results=min(k, n),
            where={"producible": True} if producible_only else None,
            include=["distances"],
        )
        return [(i, 1.0 - float(d)) for i, d in zip(res["ids"][0], (res["distances"] or [[]])[0], strict=False)]
