"""The watcher's tables: its cursor and markers, the last-seen state of each order and material, the event log.

`watch_items` holds one JSON snapshot per watched thing (`MO:<bill>`, `STK:<material>`); `event_log` every
event once (its id is the primary key) with `resolved_at` set when an exception's condition clears.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from agent.events.models import Event, OrderSnapshot
from dingk3.db import Database

if TYPE_CHECKING:
    from dingk3.db import _Tx

__all__ = ["EventStore"]

_DDL = """
CREATE TABLE IF NOT EXISTS watch_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS watch_items (item TEXT PRIMARY KEY, body TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS event_log (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    event_key TEXT NOT NULL,
    bill_no TEXT NOT NULL DEFAULT '',
    workshop TEXT NOT NULL DEFAULT '',
    severity TEXT NOT NULL,
    is_exception INTEGER NOT NULL,
    at TEXT NOT NULL,
    resolved_at TEXT,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_log_open ON event_log (is_exception, resolved_at);
CREATE INDEX IF NOT EXISTS event_log_kind ON event_log (kind, at)
"""


class EventStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.script(_DDL)

    # ------------------------------------------------------------------ markers (cursor, baseline, digests)

    def get(self, name: str) -> str | None:
        row = self.db.fetchone("SELECT value FROM watch_state WHERE name = ?", (name,))
        return str(row["value"]) if row else None

    @staticmethod
    def put(tx: _Tx, name: str, value: str) -> None:
        tx.execute("DELETE FROM watch_state WHERE name = ?", (name,))
        tx.execute("INSERT INTO watch_state (name, value) VALUES (?, ?)", (name, value))

    # ------------------------------------------------------------------ snapshots

    def snapshots(self, bills: Iterable[str] | None = None) -> dict[str, OrderSnapshot]:
        """Order snapshots by bill number (all of them, or the given bills)."""
        if bills is None:
            rows = self.db.fetchall("SELECT body FROM watch_items WHERE item LIKE 'MO:%'")
        else:
            keys = [f"MO:{b}" for b in bills]
            rows = []
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                rows += self.db.fetchall(f"SELECT body FROM watch_items WHERE item IN ({marks})", chunk)
        snaps = [OrderSnapshot.model_validate_json(r["body"]) for r in rows]
        return {s.bill_no: s for s in snaps}

    @staticmethod
    def save_snapshot(tx: _Tx, snap: OrderSnapshot, now: datetime) -> None:
        _upsert(tx, f"MO:{snap.bill_no}", snap.model_dump_json(), now)

    def items(self, prefix: str) -> dict[str, dict[str, Any]]:
        rows = self.db.fetchall("SELECT item, body FROM watch_items WHERE item LIKE ?", (prefix + "%",))
        return {str(r["item"])[len(prefix) :]: json.loads(r["body"]) for r in rows}

    @staticmethod
    def save_item(tx: _Tx, item: str, body: dict[str, Any], now: datetime) -> None:
        _upsert(tx, item, json.dumps(body, ensure_ascii=False), now)

    # ------------------------------------------------------------------ the event log

    @staticmethod
    def log(tx: _Tx, e: Event) -> bool:
        """Record an event; False when this occurrence was recorded before (nothing to do then)."""
        if tx.fetchone("SELECT id FROM event_log WHERE id = ?", (e.id,)):
            return False
        tx.execute(
            "INSERT INTO event_log (id, kind, event_key, bill_no, workshop, severity, is_exception, at, body)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (e.id, e.kind, e.key, e.bill_no, e.workshop, e.severity, int(e.is_exception),
             e.at.isoformat(timespec="seconds"), e.model_dump_json()),
        )  # fmt: skip
        return True

    @staticmethod
    def resolve(tx: _Tx, ids: Iterable[str], now: datetime) -> None:
        for id_ in ids:
            tx.execute(
                "UPDATE event_log SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL",
                (now.isoformat(timespec="seconds"), id_),
            )

    def open_exceptions(self, workshop: str | None = None) -> list[Event]:
        sql = "SELECT body FROM event_log WHERE is_exception = 1 AND resolved_at IS NULL"
        params: list[Any] = []
        if workshop:
            sql += " AND workshop = ?"
            params.append(workshop)
        rows = self.db.fetchall(sql + " ORDER BY at", params)
        return [Event.model_validate_json(r["body"]) for r in rows]

    def events(self, kinds: Iterable[str], since: datetime) -> list[Event]:
        ks = list(kinds)
        marks = ",".join("?" * len(ks))
        rows = self.db.fetchall(
            f"SELECT body FROM event_log WHERE kind IN ({marks}) AND at >= ? ORDER BY at",
            [*ks, since.isoformat(timespec="seconds")],
        )
        return [Event.model_validate_json(r["body"]) for r in rows]

    def count(self) -> dict[str, int]:
        rows = self.db.fetchall("SELECT kind, COUNT(*) AS n FROM event_log GROUP BY kind")
        return {str(r["kind"]): int(r["n"]) for r in rows}


def _upsert(tx: _Tx, item: str, body: str, now: datetime) -> None:
    tx.execute("DELETE FROM watch_items WHERE item = ?", (item,))
    tx.execute(
        "INSERT INTO watch_items (item, body, updated_at) VALUES (?, ?, ?)",
        (item, body, now.isoformat(timespec="seconds")),
    )
