"""Inbound messages are written down before they are acknowledged: de-duplicated by id, never lost.

Several workers share the table. A message is stored already *claimed* by the worker that received it
(status `processing`, `owner`, `claimed_until`); the worker renews its claims while it works. A worker that
starts (or sweeps now and then) takes over only rows nobody works on: `new` rows of an older version and
rows whose claim ran out because their worker died. Taking over is one atomic UPDATE, so two workers never
take the same row.

An input that killed or hung a worker must not kill the next one: the runtime sets a taken-over input aside
(`quarantined`) unless the agent had already carried it past understanding (a confirmed write to finish), and
never takes one more than `MAX_ATTEMPTS` times. An operator lists and retries set-aside inputs
(`dingk3 inbox list` / `dingk3 inbox retry ID`).
"""

from __future__ import annotations

import json
import os
import socket
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from dingk3.db import Database

__all__ = ["MAX_ATTEMPTS", "Inbox"]

MAX_ATTEMPTS = 3  # taken this many times (its workers died each time): set aside ('quarantined') whatever it is

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
_COLUMNS = {"owner": "TEXT", "claimed_until": "DOUBLE PRECISION NOT NULL DEFAULT 0", "note": "TEXT"}


def worker_id() -> str:
    """Names this process in claims: host, pid and a random part (pids are reused after a restart)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class Inbox:
    def __init__(self, db: Database, *, owner: str | None = None, claim_s: float = 60.0) -> None:
        self.db = db
        self.owner = owner or worker_id()
        self.claim_s = claim_s
        self._remembered: dict[str, tuple[str, str, str, int]] = {}  # what this process last stored per conversation
        db.script(_DDL)
        for column, kind in _COLUMNS.items():  # tables of an older version get the claim columns
            if not db.has_column("inbox", column):
                ddl = "ADD COLUMN IF NOT EXISTS" if db.is_postgres else "ADD COLUMN"
                db.script(f"ALTER TABLE inbox {ddl} {column} {kind}")

    def accept(self, msg_id: str, kind: str, body: dict[str, Any]) -> bool:
        """Record a delivery, claimed by this worker; False when this id was seen before (a redelivery).

        One INSERT … ON CONFLICT DO NOTHING: two workers receiving the same id at once get one True."""
        now = datetime.now(UTC).isoformat()
        changed = self.db.execute(
            "INSERT INTO inbox (msg_id, kind, body, received_at, status, attempts, owner, claimed_until)"
            " VALUES (?, ?, ?, ?, 'processing', 1, ?, ?) ON CONFLICT (msg_id) DO NOTHING",
            (msg_id, kind, json.dumps(body, ensure_ascii=False), now, self.owner, time.time() + self.claim_s),
        )
        return changed == 1

    def finish(self, msg_id: str, status: str = "done") -> None:
        self.db.execute(
            "UPDATE inbox SET status = ?, finished_at = ? WHERE msg_id = ?",
            (status, datetime.now(UTC).isoformat(), msg_id),
        )

    def renew(self) -> int:
        """Keep this worker's claims alive (called every third of `claim_s` while it runs)."""
        return self.db.execute(
            "UPDATE inbox SET claimed_until = ? WHERE owner = ? AND status = 'processing'",
            (time.time() + self.claim_s, self.owner),
        )

    def claim_unfinished(self, *, limit: int = 500) -> list[tuple[str, str, dict[str, Any], int]]:
        """Take over messages nobody works on (their worker died): claimed by this worker, oldest first, each with
        how many times it has been taken now (1: never tried before, more: a worker died with it)."""
        now = time.time()
        stale = "(status = 'new' OR (status = 'processing' AND claimed_until < ?))"
        with self.db.transaction() as tx:
            tx.execute(
                f"UPDATE inbox SET status = 'quarantined', finished_at = ?, note = ? WHERE {stale} AND attempts >= ?",
                (datetime.now(UTC).isoformat(), f"taken {MAX_ATTEMPTS} times, its worker died each time", now,
                 MAX_ATTEMPTS),
            )  # fmt: skip
            lock = " FOR UPDATE SKIP LOCKED" if self.db.is_postgres else ""
            rows = tx.fetchall(
                f"SELECT msg_id, kind, body, attempts FROM inbox WHERE {stale} ORDER BY received_at LIMIT ?{lock}",
                (now, limit),
            )
            taken = []
            for r in rows:
                # the same condition again: the row is ours only if it is still unclaimed when we write
                if tx.execute(
                    f"UPDATE inbox SET status = 'processing', owner = ?, claimed_until = ?, attempts = attempts + 1"
                    f" WHERE msg_id = ? AND {stale}",
                    (self.owner, now + self.claim_s, r["msg_id"], now),
                ):
                    taken.append((r["msg_id"], r["kind"], json.loads(r["body"]), int(r["attempts"]) + 1))
        return taken

    def quarantine(self, msg_id: str, note: str) -> None:
        """Set an input aside: never taken over again until an operator retries it."""
        self.db.execute(
            "UPDATE inbox SET status = 'quarantined', finished_at = ?, note = ? WHERE msg_id = ?",
            (datetime.now(UTC).isoformat(), note, msg_id),
        )

    def quarantined(self, *, limit: int = 100) -> list[dict[str, Any]]:
        """Inputs set aside, newest first: id, kind, when received, tries, why, and what they said."""
        rows = self.db.fetchall(
            "SELECT msg_id, kind, body, received_at, attempts, note FROM inbox WHERE status = 'quarantined'"
            " ORDER BY received_at DESC LIMIT ?",
            (limit,),
        )
        return [{**{k: r[k] for k in r if k != "body"}, **_summary(r["kind"], r["body"])} for r in rows]

    def retry(self, msg_id: str) -> bool:
        """Put a set-aside input back: the next start-up or sweep of any worker handles it as if new."""
        return (
            self.db.execute(
                "UPDATE inbox SET status = 'new', attempts = 0, owner = NULL, claimed_until = 0, finished_at = NULL"
                " WHERE msg_id = ? AND status = 'quarantined'",
                (msg_id,),
            )
            == 1
        )

    def unfinished(self, *, limit: int = 500) -> list[tuple[str, str, dict[str, Any]]]:
        """Messages stored but not finished, claimed or not (for operators and tests; nothing is claimed)."""
        rows = self.db.fetchall(
            "SELECT msg_id, kind, body FROM inbox WHERE status IN ('new', 'processing') ORDER BY received_at LIMIT ?",
            (limit,),
        )
        return [(r["msg_id"], r["kind"], json.loads(r["body"])) for r in rows]

    def knows_conversation(self, cid: str, ctype: str, title: str, webhook: str, expires_ms: int) -> bool:
        """True when this process stored exactly this for the conversation already (no need to again)."""
        return self._remembered.get(cid) == (ctype, title, webhook, expires_ms)

    def remember_conversation(self, cid: str, ctype: str, title: str, webhook: str, expires_ms: int) -> None:
        """Store where a conversation is answered; skipped when this process stored exactly this already."""
        if self.knows_conversation(cid, ctype, title, webhook, expires_ms):
            return
        now = datetime.now(UTC).isoformat()
        self.db.execute(
            "INSERT INTO conversations (conversation_id, conversation_type, title, session_webhook,"
            " webhook_expires_ms, updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_id) DO UPDATE SET"
            " conversation_type = excluded.conversation_type, title = excluded.title,"
            " session_webhook = excluded.session_webhook, webhook_expires_ms = excluded.webhook_expires_ms,"
            " updated_at = excluded.updated_at",
            (cid, ctype, title, webhook, expires_ms, now),
        )
        if len(self._remembered) > 10_000:
            self._remembered.clear()
        self._remembered[cid] = (ctype, title, webhook, expires_ms)

    def conversation(self, cid: str) -> dict[str, Any] | None:
        return self.db.fetchone("SELECT * FROM conversations WHERE conversation_id = ?", (cid,))


def _summary(kind: str, body: str) -> dict[str, str]:
    """Who sent a stored input and the start of what it said (for operators: never the whole text)."""
    try:
        data = json.loads(body)
    except ValueError:
        return {"sender": "", "text": ""}
    text = data.get("text") if isinstance(data, dict) else None
    content = str(text.get("content") or "") if isinstance(text, dict) else str(data.get("content") or "")
    sender = str(data.get("senderStaffId") or data.get("senderId") or data.get("userId") or "")
    return {"sender": sender, "text": content[:60] + ("…" if len(content) > 60 else "")}
