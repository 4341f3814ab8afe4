"""Phrase → K/3 number table: seeded from the catalog, editable as CSV, learned from confirmed picks."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

from tools.resolve.normalize import compact

__all__ = ["AliasTable"]

_FIELDS = ["phrase", "number", "source", "user", "at"]


class AliasTable:
    """Seeded aliases may be shared by several numbers (then they are ambiguous); rows of the
    editable CSV (`source` manual or learned) override seeds, the last row for a phrase wins."""

    def __init__(self, csv_path: Path, audit_path: Path) -> None:
        self._csv = csv_path
        self._audit = audit_path
        self._seeded: dict[str, set[str]] = {}
        self._edited: dict[str, str] = {}
        if csv_path.exists():
            with csv_path.open(encoding="utf-8", newline="") as f:
                for row in csv.DictReader(f):
                    key = compact(row.get("phrase") or "")
                    if key and row.get("number"):
                        self._edited[key] = row["number"].strip()

    def seed(self, phrase: str, number: str) -> None:
        key = compact(phrase)
        if key:
            self._seeded.setdefault(key, set()).add(number)

    def clear_seeds(self) -> None:
        self._seeded.clear()

    def seeds(self) -> dict[str, set[str]]:
        return self._seeded

    def set_seeds(self, seeds: dict[str, set[str]]) -> None:
        self._seeded = seeds

    def lookup(self, phrase: str) -> set[str]:
        """The numbers an exact phrase maps to (empty when none)."""
        key = compact(phrase)
        if key in self._edited:
            return {self._edited[key]}
        return set(self._seeded.get(key, ()))

    def learn(self, phrase: str, number: str, *, user: str, now: datetime | None = None) -> None:
        """Record a confirmed pick: appended to the editable CSV and to the JSONL audit log."""
        key = compact(phrase)
        if not key:
            raise ValueError("empty phrase")
        at = (now or datetime.now(UTC)).isoformat(timespec="seconds")
        previous = self.lookup(phrase)
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
