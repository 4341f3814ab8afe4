"""The last good catalogue on disk: K/3's materials and workshops as last pulled, and where the next pull starts.

One SQLite file beside the index (WAL: several workers read and update it). A full pull replaces everything in
one transaction and a sync applies its changes in one, so the file always holds a catalogue K/3 really had."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tools.k3.models import Material, Workshop

__all__ = ["SavedCatalog", "Snapshot"]

_DDL = """
CREATE TABLE IF NOT EXISTS materials (number TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS workshops (number TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class Snapshot:
    materials: list[Material]  # usable ones, in number order
    workshops: list[Workshop]
    cursor: datetime | None  # the newest K/3 modify date seen: the next pull asks from there
    synced_at: str  # when it was last brought up to date (the plant's time, ISO)


class SavedCatalog:
    """`state_dir/index/catalog.db`."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path, timeout=30, isolation_level=None)) as conn:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.executescript(_DDL)
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def load(self) -> Snapshot | None:
        """The saved catalogue, or None when no pull ever finished."""
        if not self.path.exists():
            return None
        with self._tx() as conn:
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if "synced_at" not in meta:
                return None
            materials = [
                Material.model_validate_json(b) for (b,) in conn.execute("SELECT body FROM materials ORDER BY number")
            ]
            workshops = [
                Workshop.model_validate_json(b) for (b,) in conn.execute("SELECT body FROM workshops ORDER BY number")
            ]
        cursor = datetime.fromisoformat(meta["cursor"]) if meta.get("cursor") else None
        return Snapshot(materials, workshops, cursor, meta["synced_at"])

    def workshops(self) -> list[Workshop]:
        if not self.path.exists():
            return []
        with self._tx() as conn:
            rows = conn.execute("SELECT body FROM workshops ORDER BY number").fetchall()
        return [Workshop.model_validate_json(b) for (b,) in rows]

    def cursor(self) -> datetime | None:
        if not self.path.exists():
            return None
        with self._tx() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def replace(
        self, materials: Iterable[Material], workshops: Iterable[Workshop], cursor: datetime | None, at: str
    ) -> None:
        """A full pull: this is the whole catalogue now."""
        with self._tx() as conn:
            conn.execute("DELETE FROM materials")
            self._put(conn, materials, workshops, cursor, at)

    def update(
        self, materials: Iterable[Material], workshops: Iterable[Workshop], cursor: datetime | None, at: str
    ) -> None:
        """A sync: these materials changed (those K/3 no longer lets a bill use go), the workshops are these."""
        with self._tx() as conn:
            self._put(conn, materials, workshops, cursor, at)

    @staticmethod
    def _put(
        conn: sqlite3.Connection,
        materials: Iterable[Material],
        workshops: Iterable[Workshop],
        cursor: datetime | None,
        at: str,
    ) -> None:
        rows = list(materials)
        conn.executemany("DELETE FROM materials WHERE number = ?", [(m.number,) for m in rows if not m.usable])
        conn.executemany(
            "INSERT OR REPLACE INTO materials (number, body) VALUES (?, ?)",
            [(m.number, m.model_dump_json(exclude={"modify_date"})) for m in rows if m.usable],
        )
        conn.execute("DELETE FROM workshops")
        conn.executemany(
            "INSERT INTO workshops (number, body) VALUES (?, ?)", [(w.number, w.model_dump_json()) for w in workshops]
        )
        old = conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        if cursor is not None and (old is None or not old[0] or cursor.isoformat() > old[0]):
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('cursor', ?)", (cursor.isoformat(),))
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('synced_at', ?)", (at,))
