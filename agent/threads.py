"""Which graph thread a person's next message in a conversation goes to.

Normally one thread per (conversation, sender). When that thread is parked waiting for a supervisor's
approval, the sender's next request opens a new thread, so nobody is blocked while a supervisor decides;
the parked one is still resumed by the approval (its id is in the proposals table).
"""

from __future__ import annotations

import uuid

from dingk3.db import Database

__all__ = ["Threads"]

_DDL = """
CREATE TABLE IF NOT EXISTS dialog_threads (
    conversation_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    PRIMARY KEY (conversation_id, user_id)
)
"""


class Threads:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.script(_DDL)

    @staticmethod
    def base(conversation_id: str, user_id: str) -> str:
        return f"{conversation_id}:{user_id}"

    def current(self, conversation_id: str, user_id: str) -> str:
        row = self.db.fetchone(
            "SELECT thread_id FROM dialog_threads WHERE conversation_id = ? AND user_id = ?", (conversation_id, user_id)
        )
        return str(row["thread_id"]) if row else self.base(conversation_id, user_id)

    def open_new(self, conversation_id: str, user_id: str) -> str:
        thread = f"{self.base(conversation_id, user_id)}:{uuid.uuid4().hex[:8]}"
        with self.db.transaction() as tx:
            tx.execute(
                "DELETE FROM dialog_threads WHERE conversation_id = ? AND user_id = ?", (conversation_id, user_id)
            )
            tx.execute(
                "INSERT INTO dialog_threads (conversation_id, user_id, thread_id) VALUES (?, ?, ?)",
                (conversation_id, user_id, thread),
            )
        return thread
