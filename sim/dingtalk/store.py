"""What the simulated DingTalk remembers: messages, cards and approvals, in SQLite (a file or memory).

Every change bumps one revision counter; readers ask for what changed after the revision they saw and may
wait for the next change (long polling).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

__all__ = ["Store", "now_ms"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (seq INTEGER PRIMARY KEY AUTOINCREMENT, conv TEXT NOT NULL,
    rev INTEGER NOT NULL, body TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS messages_conv_rev ON messages (conv, rev);
CREATE TABLE IF NOT EXISTS cards (out_track_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS approvals (instance_id TEXT PRIMARY KEY, body TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def now_ms() -> int:
    return int(time.time() * 1000)


class Store:
    """Single-threaded by design: only the event loop of the app touches it."""

    def __init__(self, db_path: Path | None) -> None:
        if db_path is not None:
            db_path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(db_path) if db_path else ":memory:", check_same_thread=False)
        self.db.executescript(_SCHEMA)
        row = self.db.execute("SELECT value FROM meta WHERE key = 'rev'").fetchone()
        self.rev = int(row[0]) if row else 0
        self._changed: asyncio.Event | None = None

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ change notification

    def _bump(self) -> int:
        self.rev += 1
        self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('rev', ?)", (str(self.rev),))
        if self._changed is not None:
            self._changed.set()
            self._changed = None
        return self.rev

    async def wait_change(
        self, after: int, timeout_s: float, gone: Callable[[], Awaitable[bool]] | None = None
    ) -> None:
        """Return once the revision is past `after`, or after `timeout_s`; with `gone`, also once (asked twice a
        second) the reader has left, so a closed page's long poll does not hold the simulator up when it stops."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout_s
        while self.rev <= after and (left := deadline - loop.time()) > 0:
            if self._changed is None:
                self._changed = asyncio.Event()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), min(left, 0.5) if gone else left)
            if gone is not None and await gone():
                return

    # ------------------------------------------------------------------ messages

    def add_message(self, conv: str, body: dict[str, Any]) -> dict[str, Any]:
        with self.db:
            rev = self._bump()
            cur = self.db.execute("INSERT INTO messages (conv, rev, body) VALUES (?, ?, '{}')", (conv, rev))
            seq = int(cur.lastrowid or 0)
            message = {**body, "seq": seq, "id": f"m{seq}", "conversation_id": conv, "rev": rev}
            self.db.execute("UPDATE messages SET body = ? WHERE seq = ?", (json.dumps(message), seq))
        return message

    def touch_message(self, seq: int) -> None:
        """Mark a message changed (its card was updated) so pollers fetch it again."""
        with self.db:
            rev = self._bump()
            row = self.db.execute("SELECT body FROM messages WHERE seq = ?", (seq,)).fetchone()
            if row:
                body = json.loads(row[0]) | {"rev": rev}
                self.db.execute("UPDATE messages SET rev = ?, body = ? WHERE seq = ?", (rev, json.dumps(body), seq))

    def messages(self, conv: str | None = None, after: int = 0, limit: int = 500) -> list[dict[str, Any]]:
        if conv is None:
            rows = self.db.execute(
                "SELECT body FROM messages WHERE rev > ? ORDER BY seq LIMIT ?", (after, limit)
            ).fetchall()
        else:
            rows = self.db.execute(
                "SELECT body FROM messages WHERE conv = ? AND rev > ? ORDER BY seq LIMIT ?", (conv, after, limit)
            ).fetchall()
        return [json.loads(r[0]) for r in rows]

    # ------------------------------------------------------------------ cards and approvals

    def put_card(self, card: dict[str, Any]) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO cards (out_track_id, body) VALUES (?, ?)",
                (card["out_track_id"], json.dumps(card)),
            )

    def card(self, out_track_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT body FROM cards WHERE out_track_id = ?", (out_track_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def put_approval(self, instance: dict[str, Any]) -> None:
        with self.db:
            self._bump()
            self.db.execute(
                "INSERT OR REPLACE INTO approvals (instance_id, body) VALUES (?, ?)",
                (instance["processInstanceId"], json.dumps(instance)),
            )

    def approval(self, instance_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT body FROM approvals WHERE instance_id = ?", (instance_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def approvals(self) -> list[dict[str, Any]]:
        return [json.loads(r[0]) for r in self.db.execute("SELECT body FROM approvals ORDER BY rowid")]

    def reset(self) -> None:
        with self.db:
            for table in ("messages", "cards", "approvals"):
                self.db.execute(f"DELETE FROM {table}")
            self._bump()
