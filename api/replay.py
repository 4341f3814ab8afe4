"""Single-use callback signatures: a (timestamp, sign) pair is accepted once, by whichever worker sees it first.

DingTalk's signatures cover only the timestamp, never the body, so a captured pair would otherwise let anyone
post any body for as long as the timestamp is fresh. Each accepted pair is written to the shared database with
one `INSERT … ON CONFLICT DO NOTHING` (two workers racing on the same pair get one winner) and kept until its
timestamp is too old to pass the signature check anyway; then it is pruned.
"""

from __future__ import annotations

import hashlib
import time

from dingk3.db import Database

__all__ = ["ReplayGuard"]

_DDL = """
CREATE TABLE IF NOT EXISTS callback_nonces (
    nonce TEXT PRIMARY KEY,
    expires_at DOUBLE PRECISION NOT NULL
);
CREATE INDEX IF NOT EXISTS callback_nonces_expiry ON callback_nonces (expires_at)
"""


class ReplayGuard:
    """`first_use(kind, ts, sign)` is True once per pair; `keep_s` must cover the signature's window."""

    def __init__(self, db: Database, *, keep_s: float = 3600.0, prune_every_s: float = 60.0) -> None:
        self.db = db
        self.keep_s = keep_s
        self.prune_every_s = prune_every_s
        self._next_prune = 0.0
        db.script(_DDL)

    def first_use(self, kind: str, ts: str, sign: str, *, now: float | None = None) -> bool:
        """Remember the pair; False when any worker has accepted it before (a replay)."""
        now = time.time() if now is None else now
        nonce = hashlib.sha256(f"{kind}\n{ts}\n{sign}".encode()).hexdigest()
        # counted from the signature's own time: a pair signed 59 minutes ago needs remembering one more
        # minute; a minute of slack covers the clocks of several workers
        expires = int(ts) / 1000 + self.keep_s + 60
        with self.db.transaction() as tx:
            if now >= self._next_prune:
                self._next_prune = now + self.prune_every_s
                tx.execute("DELETE FROM callback_nonces WHERE expires_at < ?", (now,))
            fresh = tx.execute(
                "INSERT INTO callback_nonces (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO NOTHING",
                (nonce, expires),
            )
        return fresh == 1

    def count(self) -> int:
        """Pairs remembered now (for tests and operators)."""
        row = self.db.fetchone("SELECT COUNT(*) AS n FROM callback_nonces")
        return int(row["n"]) if row else 0
