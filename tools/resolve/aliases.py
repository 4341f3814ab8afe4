"""Phrase → K/3 number overrides: an editable CSV, and picks learned from confirmations (shared by every worker)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tools.resolve.normalize import compact

__all__ = ["AliasTable", "LearnedAliases"]

_FIELDS = ["phrase", "number", "source", "user", "at"]

_DDL = """
CREATE TABLE IF NOT EXISTS learned_aliases (
    phrase_key TEXT PRIMARY KEY,
    phrase TEXT NOT NULL,
    number TEXT NOT NULL,
    user_id TEXT NOT NULL,
    at TEXT NOT NULL,
    previous TEXT NOT NULL DEFAULT '',
    version BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS learned_aliases_version (
    id INTEGER PRIMARY KEY,
    version BIGINT NOT NULL
)
"""


class LearnedAliases:
    """Learned aliases in the product database, shared by every worker: a phrase learned in one worker
    resolves in all of them at once. Each resolve asks for one version number (one indexed row) and
    reloads the table only when it changed."""

    def __init__(self, db: Any) -> None:
        self.db = db
        db.script(_DDL)
        self._version = -1
        self._rows: dict[str, str] = {}

    def version(self) -> int:
        row = self.db.fetchone("SELECT version FROM learned_aliases_version WHERE id = 1")
        return int(row["version"]) if row else 0

    def current(self) -> dict[str, str]:
        """phrase key → number, reloaded when another worker learned something."""
        version = self.version()
        if version != self._version:
            rows = self.db.fetchall("SELECT phrase_key, number FROM learned_aliases")
            self._rows = {r["phrase_key"]: r["number"] for r in rows}
            self._version = version
        return self._rows

    def learn(self, key: str, phrase: str, number: str, *, user: str, at: str, previous: list[str]) -> None:
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO learned_aliases_version (id, version) VALUES (1, 1)"
                " ON CONFLICT (id) DO UPDATE SET version = learned_aliases_version.version + 1"
            )
            version = tx.fetchone("SELECT version FROM learned_aliases_version WHERE id = 1")["version"]
            tx.execute(
                "INSERT INTO learned_aliases (phrase_key, phrase, number, user_id, at, previous, version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (phrase_key) DO UPDATE SET phrase = excluded.phrase,"
                " number = excluded.number, user_id = excluded.user_id, at = excluded.at,"
                " previous = excluded.previous, version = excluded.version",
                (key, phrase, number, user, at, json.dumps(previous, ensure_ascii=False), version),
            )


class AliasTable:
    """Overrides of what the catalogue itself says (its exact phrases live in the index): rows of the editable
    CSV (`source` manual or learned, the last row for a phrase wins), and learned picks."""

    def __init__(self, csv_path: Path, audit_path: Path) -> None:
        self._csv = csv_path
        self._audit = audit_path
        self._edited: dict[str, str] = {}
        self._learned: LearnedAliases | None = None
        if csv_path.exists():
            with csv_path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    key = compact(row.get("phrase") or "")
                    if key and row.get("number"):
                        self._edited[key] = row["number"].strip()

    def attach(self, learned: LearnedAliases) -> None:
        """Learn into (and look up in) the shared database table instead of this worker's CSV file."""
        self._learned = learned

    def lookup(self, phrase: str) -> str | None:
        """The number a phrase was taught to mean, if any."""
        key = compact(phrase)
        if self._learned is not None and (number := self._learned.current().get(key)):
            return number
        return self._edited.get(key)

    def learn(
        self, phrase: str, number: str, *, user: str, previous: Iterable[str] = (), now: datetime | None = None
    ) -> None:
        """Record a confirmed pick (`previous`: what the phrase meant before): appended to the editable CSV and
        to the JSONL audit log, or to the shared table when attached."""
        key = compact(phrase)
        if not key:
            raise ValueError("empty phrase")
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        if self._learned is not None:  # who learned what, when, is kept in the table row (and the audit log)
            self._learned.learn(key, phrase, number, user=user, at=at, previous=sorted(previous))
            return
        self._edited[key] = number
        self._csv.parent.mkdir(parents=True, exist_ok=True)
        new_file = not self._csv.exists()
        with self._csv.open("a", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=_FIELDS)
            if new_file:
                w.writeheader()
            w.writerow({"phrase": phrase, "number": number, "source": "learned", "user": user, "at": at})
        record = {"at": at, "user": user, "phrase": phrase, "number": number, "previous": sorted(previous)}
        with self._audit.open("a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
