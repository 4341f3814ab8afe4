"""Pending proposals in the database: who may confirm or approve which card, until when, and its fate."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel

from agent.state import Proposal
from dingk3.db import Database

__all__ = ["ProposalRecord", "ProposalStore"]

Status = Literal["pending", "awaiting_approval", "executing", "executed", "cancelled", "expired", "rejected", "failed"]
_OPEN = ("pending", "awaiting_approval", "executing")

_DDL = """
CREATE TABLE IF NOT EXISTS proposals (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    requester TEXT NOT NULL,
    approver TEXT,
    digest TEXT NOT NULL,
    intent TEXT NOT NULL,
    status TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    bill_no TEXT,
    summary TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT 'zh',
    order_no TEXT,
    line INTEGER
);
CREATE INDEX IF NOT EXISTS proposals_thread ON proposals (thread_id, status);
CREATE INDEX IF NOT EXISTS proposals_approver ON proposals (approver, status);
CREATE TABLE IF NOT EXISTS approval_lists (
    approver TEXT PRIMARY KEY,
    proposal_ids TEXT NOT NULL,
    action TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    listed_at TEXT NOT NULL
)
"""


class ProposalRecord(BaseModel):
    id: str
    thread_id: str
    conversation_id: str
    requester: str
    approver: str | None
    digest: str
    intent: str
    status: Status
    expires_at: str
    created_at: str
    updated_at: str
    bill_no: str | None = None
    summary: str = ""
    lang: Literal["zh", "en"] = "zh"  # the requester's language: the card's words, and what a press is answered in
    order_no: str | None = None  # the order a change or report is about (a reply may name the card by it: 1124的确认)
    line: int | None = None  # the number it was shown under in a message of several (【第 2 条】: 确认 2 means it)

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN

    def expired(self, now: datetime) -> bool:
        return now >= datetime.fromisoformat(self.expires_at)


class ApprovalList(BaseModel):
    """What an approver was shown: proposal ids in list order, and the word a bare number stands for."""

    ids: list[str]
    action: str = ""
    reason: str = ""


class ProposalStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.script(_DDL)
        ddl = "ADD COLUMN IF NOT EXISTS" if db.is_postgres else "ADD COLUMN"
        for column, kind in (("lang", "TEXT NOT NULL DEFAULT 'zh'"), ("order_no", "TEXT"), ("line", "INTEGER")):
            if not db.has_column("proposals", column):  # a table of an older version
                db.script(f"ALTER TABLE proposals {ddl} {column} {kind}")

    def put(
        self,
        thread_id: str,
        p: Proposal,
        *,
        now: datetime,
        summary: str = "",
        lang: str = "zh",
        line: int | None = None,
    ) -> None:
        """Record a new proposal (or a corrected one: same id, new digest); older open ones in the thread close.
        `line`: the number its request was shown under in a message of several (【第 2 条】)."""
        ts = now.isoformat()
        with self.db.transaction() as tx:
            tx.execute(
                "UPDATE proposals SET status = 'cancelled', updated_at = ? "
                "WHERE thread_id = ? AND id <> ? AND status IN ('pending', 'awaiting_approval')",
                (ts, thread_id, p.id),
            )
            tx.execute("DELETE FROM proposals WHERE id = ?", (p.id,))
            tx.execute(
                "INSERT INTO proposals (id, thread_id, conversation_id, requester, approver, digest, intent, status,"
                " expires_at, created_at, updated_at, summary, lang, order_no, line)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?, ?, ?, ?, ?)",
                (
                    p.id, thread_id, p.conversation_id, p.requester, p.approver, p.digest, p.intent,
                    p.expires_at, p.created_at, ts, summary, lang, p.order_no, line,
                ),
            )  # fmt: skip

    def get(self, proposal_id: str) -> ProposalRecord | None:
        row = self.db.fetchone("SELECT * FROM proposals WHERE id = ?", (proposal_id,))
        return ProposalRecord.model_validate(row) if row else None

    def open_for_thread(self, thread_id: str) -> ProposalRecord | None:
        row = self.db.fetchone(
            "SELECT * FROM proposals WHERE thread_id = ? AND status IN ('pending', 'awaiting_approval', 'executing')"
            " ORDER BY created_at DESC",
            (thread_id,),
        )
        return ProposalRecord.model_validate(row) if row else None

    def last_written(self, conversation_id: str, requester: str) -> ProposalRecord | None:
        """The newest create or change this person had written to K/3 in this chat (跟上一单一样的车间 points at it)."""
        row = self.db.fetchone(
            "SELECT * FROM proposals WHERE conversation_id = ? AND requester = ? AND status = 'executed'"
            " AND intent IN ('create_order', 'change_order') ORDER BY updated_at DESC LIMIT 1",
            (conversation_id, requester),
        )
        return ProposalRecord.model_validate(row) if row else None

    def open_in_conversation(self, conversation_id: str) -> list[ProposalRecord]:
        rows = self.db.fetchall(
            "SELECT * FROM proposals WHERE conversation_id = ? AND status IN ('pending', 'awaiting_approval')"
            " ORDER BY created_at",
            (conversation_id,),
        )
        return [ProposalRecord.model_validate(r) for r in rows]

    def waiting(self) -> list[ProposalRecord]:
        """Every proposal waiting for a person: a confirmation (pending) or an approval, oldest first."""
        rows = self.db.fetchall(
            "SELECT * FROM proposals WHERE status IN ('pending', 'awaiting_approval') ORDER BY created_at"
        )
        return [ProposalRecord.model_validate(r) for r in rows]

    def awaiting_approval_by(self, approver: str) -> list[ProposalRecord]:
        rows = self.db.fetchall(
            "SELECT * FROM proposals WHERE approver = ? AND status = 'awaiting_approval' ORDER BY created_at",
            (approver,),
        )
        return [ProposalRecord.model_validate(r) for r in rows]

    def remember_list(self, approver: str, ids: list[str], *, action: str, reason: str, now: datetime) -> None:
        """The numbered list of waiting proposals just shown to `approver`, and the word that asked for it."""
        self.db.execute(
            "INSERT INTO approval_lists (approver, proposal_ids, action, reason, listed_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (approver) DO UPDATE SET proposal_ids = excluded.proposal_ids, action = excluded.action,"
            " reason = excluded.reason, listed_at = excluded.listed_at",
            (approver, json.dumps(ids), action, reason, now.isoformat()),
        )

    def listed_for(self, approver: str, *, since: datetime) -> ApprovalList | None:
        """The last list shown to `approver`, if shown at or after `since`."""
        row = self.db.fetchone("SELECT * FROM approval_lists WHERE approver = ?", (approver,))
        if row is None or datetime.fromisoformat(row["listed_at"]) < since:
            return None
        return ApprovalList(ids=json.loads(row["proposal_ids"]), action=row["action"], reason=row["reason"])

    def forget_list_action(self, approver: str) -> None:
        """A bare number has been used: the list stays for `同意 2`, a further bare number means nothing."""
        self.db.execute("UPDATE approval_lists SET action = '', reason = '' WHERE approver = ?", (approver,))

    def set_status(
        self, proposal_id: str, status: Status, *, now: datetime, bill_no: str | None = None, **_: Any
    ) -> None:
        self.db.execute(
            "UPDATE proposals SET status = ?, updated_at = ?, bill_no = COALESCE(?, bill_no) WHERE id = ?",
            (status, now.isoformat(), bill_no, proposal_id),
        )

    def claim(self, proposal_id: str, from_status: Status, to_status: Status, *, now: datetime) -> bool:
        """Move a proposal from one status to another only if it is still in the first: one winner."""
        with self.db.transaction() as tx:
            row = tx.fetchone("SELECT status FROM proposals WHERE id = ?", (proposal_id,))
            if row is None or row["status"] != from_status:
                return False
            tx.execute(
                "UPDATE proposals SET status = ?, updated_at = ? WHERE id = ?",
                (to_status, now.isoformat(), proposal_id),
            )
            return True
