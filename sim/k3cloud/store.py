"""SQLite persistence of bills and base data as JSON documents, with per-name sequences."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["Doc", "Store"]

Doc = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    form TEXT NOT NULL,
    id INTEGER NOT NULL,
    number TEXT,
    body TEXT NOT NULL,
    PRIMARY KEY (form, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS docs_number ON docs (form, number) WHERE number IS NOT NULL;
CREATE TABLE IF NOT EXISTS seq (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


class Store:
    """One SQLite file; every read and write goes through `transaction()`, which holds one lock."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.RLock()
        self._depth = 0
        self._savepoints = 0
        self._scans: dict[str, list[Doc]] = {}  # form → its documents as last read; dropped on any change
        self._derived: dict[tuple[str, str], Any] = {}  # (form, name) → built from scan(form); dropped with it
        with self._lock:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """All work inside commits together or not at all; nested use joins the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._forget()
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    @contextmanager
    def savepoint(self) -> Iterator[Store]:
        """Inside a transaction: undo only this block's writes if it raises."""
        with self._lock:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self._conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                self._conn.execute(f"ROLLBACK TO {name}")
                self._conn.execute(f"RELEASE {name}")
                self._forget()
                raise
            else:
                self._conn.execute(f"RELEASE {name}")

    # -- metadata

    def get_meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self._conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- sequences

    def next_seq(self, name: str, start: int = 100000) -> int:
        """The next value of sequence `name`; the first value is `start + 1`."""
        row = self._conn.execute("SELECT value FROM seq WHERE name = ?", (name,)).fetchone()
        value = (int(row[0]) if row else start) + 1
        self._conn.execute("INSERT OR REPLACE INTO seq (name, value) VALUES (?, ?)", (name, value))
        return value

    def bump_seq(self, name: str, at_least: int) -> None:
        """Make sure sequence `name` continues after `at_least`."""
        row = self._conn.execute("SELECT value FROM seq WHERE name = ?", (name,)).fetchone()
        if row is None or int(row[0]) < at_least:
            self._conn.execute("INSERT OR REPLACE INTO seq (name, value) VALUES (?, ?)", (name, at_least))

    # -- documents

    def get(self, form: str, doc_id: int) -> Doc | None:
        row = self._conn.execute("SELECT body FROM docs WHERE form = ? AND id = ?", (form, doc_id)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def by_number(self, form: str, number: str) -> Doc | None:
        row = self._conn.execute("SELECT body FROM docs WHERE form = ? AND number = ?", (form, number)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def all(self, form: str) -> list[Doc]:
        rows = self._conn.execute("SELECT body FROM docs WHERE form = ? ORDER BY id", (form,)).fetchall()
        return [dict(json.loads(r[0])) for r in rows]

    def scan(self, form: str) -> list[Doc]:
        """All documents of `form` in id order, shared and READ-ONLY: decoded once and kept until the
        form changes (put, delete, rollback), so repeated queries don't re-decode every row. Callers that
        modify documents use `all()`, which returns private copies."""
        with self._lock:
            docs = self._scans.get(form)
            if docs is None:
                docs = self._scans[form] = self.all(form)
            return docs

    def derived(self, form: str, name: str, build: Callable[[list[Doc]], T]) -> T:
        """`build(scan(form))`, kept (READ-ONLY, like scan) until `form` changes."""
        with self._lock:
            key = (form, name)
            if key not in self._derived:
                self._derived[key] = build(self.scan(form))
            return self._derived[key]  # type: ignore[no-any-return]

    def _forget(self, form: str | None = None) -> None:
        if form is None:
            self._scans.clear()
            self._derived.clear()
            return
        self._scans.pop(form, None)
        for key in [k for k in self._derived if k[0] == form]:
            del self._derived[key]

    def put(self, form: str, doc_id: int, number: str | None, doc: Doc) -> None:
        self._forget(form)
        body = json.dumps(doc, ensure_ascii=False)
        self._conn.execute(
            "INSERT OR REPLACE INTO docs (form, id, number, body) VALUES (?, ?, ?, ?)", (form, doc_id, number, body)
        )

    def delete(self, form: str, doc_id: int) -> None:
        self._forget(form)
        self._conn.execute("DELETE FROM docs WHERE form = ? AND id = ?", (form, doc_id))

    def count(self, form: str) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM docs WHERE form = ?", (form,)).fetchone()[0])
