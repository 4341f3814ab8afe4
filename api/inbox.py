"""Inbound messages are written down before they are acknowledged: de-duplicated by id, never lost."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from dingk3.db import Database

__all__ = ["Inbox"]

_DDL = """
CREATE TABLE IF NOT EXISTS inbox (
    msg_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT
);
CREATE INDEX IF NOT EXISTS inbox_status ON inbox (status, received_at);
CREATE TABLE IF NOT EXISTS conversations (
    conversation_id TEXT PRIMARY KEY,
    conversation_type TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    session_webhook TEXT NOT NULL DEFAULT '',
    webhook_expires_ms BIGINT NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
)
"""


class Inbox:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.script(_DDL)

    def accept(self, msg_id: str, kind: str, body: dict[str, Any]) -> bool:
        """Record a delivery; False when this id was seen before (a redelivery)."""
        now = datetime.now(UTC).isoformat()
        with self.db.transaction() as tx:
            if tx.fetchone("SELECT 1 AS x FROM inbox WHERE msg_id = ?", (msg_id,)):
                return False
            tx.execute(
                "INSERT INTO inbox (msg_id, kind, body, received_at, status) VALUES (?, ?, ?, ?, 'new')",
                (msg_id, kind, json.dumps(body, ensure_ascii=False), now),
            )
        return True

    def finish(self, msg_id: str, status: str = "done") -> None:
        self.db.execute(
            "UPDATE inbox SET status = ?, finished_at = ?, attempts = attempts + 1 WHERE msg_id = ?",
            (status, datetime.now(UTC).isoformat(), msg_id),
        )

    def unfinished(self, *, limit: int = 500) -> list[tuple[str, str, dict[str, Any]]]:
        """Messages accepted but never finished (the process died): to process again at start-up."""
        rows = self.db.fetchall(
            "SELECT msg_id, kind, body FROM inbox WHERE status = 'new' AND attempts < 5 ORDER BY received_at LIMIT ?",
            (limit,),
        )
        return [(r["msg_id"], r["kind"], json.loads(r["body"])) for r in rows]

    def remember_conversation(self, cid: str, ctype: str, title: str, webhook: str, expires_ms: int) -> None:
        now = datetime.now(UTC).isoformat()
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM conversations WHERE conversation_id = ?", (cid,))
            tx.execute(
                "INSERT INTO conversations (conversation_id, conversation_type, title, session_webhook,"
                " webhook_expires_ms, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                (cid, ctype, title, webhook, expires_ms, now),
            )

    def conversation(self, cid: str) -> dict[str, Any] | None:
        return self.db.fetchone("SELECT * FROM conversations WHERE conversation_id = ?", (cid,))
