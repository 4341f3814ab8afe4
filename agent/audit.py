"""Append-only, hash-chained audit log of every chat action, in the product's own database.

Each row stores `prev_hash` (the previous row's hash; 64 zeros for the first) and
`hash = sha256(prev_hash + canonical JSON of the row)`, where the row includes its id. Rows are
numbered 1, 2, 3 … by the writer itself, so `verify()` catches an edited row (hash mismatch), a
deleted row (gap in ids or broken link), and rows swapped or renumbered (hash or link mismatch).
Removing rows from the *end* leaves a valid shorter chain: anchor `VerifyResult.head_hash`
elsewhere (e.g. a daily log line) to catch that too.

Writers serialise on a table lock (PostgreSQL) or BEGIN IMMEDIATE (SQLite), and a UNIQUE
prev_hash makes a forked chain impossible even if that ever failed. Triggers refuse UPDATE and
DELETE, so only someone who drops them first can tamper, and `verify()` still sees it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import BaseModel, SecretBytes, SecretStr

from dingk3.db import Database

__all__ = ["EVENTS", "GENESIS", "AuditLog", "AuditRow", "VerifyResult"]

GENESIS = "0" * 64
TABLE = "audit_log"
EVENTS: frozenset[str] = frozenset(
    {
        "received", "parsed", "clarified", "proposed", "confirmed", "approved", "rejected",
        "cancelled", "expired", "executed", "failed", "refused", "replied",
    }
)  # fmt: skip
_EVENT_RE = re.compile(r"^[a-z][a-z0-9_.]{0,39}$")
_COLUMNS = ("id", "ts_utc", "ts_local", "thread_id", "conversation_id", "user_id", "event", "text", "data", "prev_hash")

# Keys whose values never reach the audit: secret, password, token (not token counts such as
# prompt_tokens), sign(ature) (not assign/design), api/private keys, cookies, session ids.
_SECRET_KEY = re.compile(
    r"secret|passw(or)?d|pwd|token(?!s)|signature|(^|[^a-z])sign([^a-z]|$)|api_?key|private_?key|authorization"
    r"|cookie|session_?id|appsec",
    re.IGNORECASE,
)


class AuditRow(BaseModel):
    id: int
    ts_utc: str
    ts_local: str
    thread_id: str
    conversation_id: str
    user_id: str
    event: str
    text: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


class VerifyResult(BaseModel):
    ok: bool
    checked: int  # rows that passed before the first bad one (all rows when ok)
    first_bad_id: int | None = None
    reason: str = ""
    head_hash: str = GENESIS  # hash of the last good row: anchor it elsewhere to catch truncation


def redact(value: Any) -> Any:
    """A JSON-plain copy of `value` without secret-named keys or secret values."""
    if isinstance(value, SecretStr | SecretBytes):
        return None
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="python")
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if isinstance(value, Mapping):
        return {
            str(k): redact(v)
            for k, v in value.items()
            if not _SECRET_KEY.search(str(k)) and not isinstance(v, SecretStr | SecretBytes)
        }
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((redact(v) for v in value), key=repr)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return redact(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _canonical(obj: Any) -> str:
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _row_hash(row: Mapping[str, Any]) -> str:
    """sha256(prev_hash + canonical JSON of the stored columns); `data` is hashed as its stored text."""
    body = {c: row[c] for c in _COLUMNS}
    body["id"] = int(body["id"])
    return hashlib.sha256((row["prev_hash"] + _canonical(body)).encode("utf-8")).hexdigest()


class AuditLog:
    """The audit table of one database; `tz` names the local time zone written next to UTC."""

    def __init__(self, db: Database, tz: str = "Asia/Shanghai") -> None:
        self.db = db
        self.tz = ZoneInfo(tz)
        self._ensure_table()

    def _ensure_table(self) -> None:
        pk = "BIGINT PRIMARY KEY" if self.db.is_postgres else "INTEGER PRIMARY KEY"
        ddl = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
            id {pk}, ts_utc TEXT NOT NULL, ts_local TEXT NOT NULL, thread_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL, user_id TEXT NOT NULL, event TEXT NOT NULL,
            text TEXT NOT NULL, data TEXT NOT NULL, prev_hash TEXT NOT NULL UNIQUE, hash TEXT NOT NULL UNIQUE)"""
        with self.db.transaction() as tx:
            if self.db.is_postgres:
                # CREATE … IF NOT EXISTS races with itself across processes; this lock serialises setup.
                tx.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.audit_log'))")
            tx.execute(ddl)
            tx.execute(f"CREATE INDEX IF NOT EXISTS {TABLE}_thread ON {TABLE} (thread_id, id)")
            if self.db.is_postgres:
                tx.execute(
                    f"""CREATE OR REPLACE FUNCTION {TABLE}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"""
                )
                exists = tx.fetchone(
                    "SELECT 1 AS x FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                    "WHERE t.tgname = 'audit_log_append_only' AND c.oid = to_regclass('audit_log')"
                )
                if exists is None:
                    tx.execute(
                        f"CREATE TRIGGER {TABLE}_append_only BEFORE UPDATE OR DELETE ON {TABLE} "
                        f"FOR EACH ROW EXECUTE FUNCTION {TABLE}_append_only()"
                    )
            else:
                for op in ("UPDATE", "DELETE"):
                    tx.execute(
                        f"CREATE TRIGGER IF NOT EXISTS {TABLE}_no_{op.lower()} BEFORE {op} ON {TABLE} "
                        f"BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
                    )

    def append(
        self,
        event: str,
        *,
        thread_id: str,
        conversation_id: str,
        user_id: str,
        text: str = "",
        data: Mapping[str, Any] | None = None,
        now: datetime,
    ) -> int:
        """Add one row and return its id. `now` must carry a time zone; secret-named keys are dropped."""
        if not _EVENT_RE.match(event):
            raise ValueError(f"bad audit event name: {event!r}")
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("audit time must be timezone-aware")
        row: dict[str, Any] = {
            "ts_utc": now.astimezone(UTC).isoformat(timespec="microseconds"),
            "ts_local": now.astimezone(self.tz).isoformat(timespec="microseconds"),
            "thread_id": thread_id,
            "conversation_id": conversation_id,
            "user_id": user_id,
            "event": event,
            "text": text,
            "data": _canonical(redact(dict(data or {}))),
        }
        with self.db.transaction() as tx:
            if self.db.is_postgres:
                # Readers go on; a second writer waits here until this one commits.
                tx.execute(f"LOCK TABLE {TABLE} IN SHARE ROW EXCLUSIVE MODE")
            last = tx.fetchone(f"SELECT id, hash FROM {TABLE} ORDER BY id DESC LIMIT 1")
            row["id"] = int(last["id"]) + 1 if last else 1
            row["prev_hash"] = last["hash"] if last else GENESIS
            row["hash"] = _row_hash(row)
            cols = (*_COLUMNS, "hash")
            tx.execute(
                f"INSERT INTO {TABLE} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
                [row[c] for c in cols],
            )
        return int(row["id"])

    def rows(
        self, thread_id: str | None = None, *, limit: int | None = None, newest_first: bool = False
    ) -> list[AuditRow]:
        """Rows in id order (or newest first), optionally of one thread and at most `limit`."""
        sql = f"SELECT * FROM {TABLE}"
        params: list[Any] = []
        if thread_id is not None:
            sql += " WHERE thread_id = ?"
            params.append(thread_id)
        sql += " ORDER BY id DESC" if newest_first else " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_to_model(r) for r in self.db.fetchall(sql, params)]

    def tail(self, n: int = 20) -> list[AuditRow]:
        """The last `n` rows, oldest of them first."""
        return list(reversed(self.rows(limit=n, newest_first=True)))

    def verify(self, *, batch: int = 1000) -> VerifyResult:
        """Walk the whole chain: ids 1, 2, 3 … with no gap, each linked to the previous hash and unaltered."""
        expected_id, prev, checked = 1, GENESIS, 0
        while True:
            chunk = self.db.fetchall(f"SELECT * FROM {TABLE} WHERE id >= ? ORDER BY id LIMIT ?", (expected_id, batch))
            if expected_id == 1:
                first = self.db.fetchone(f"SELECT MIN(id) AS m FROM {TABLE}")
                if first and first["m"] is not None and int(first["m"]) < 1:
                    return VerifyResult(
                        ok=False, checked=0, first_bad_id=int(first["m"]), reason="id below 1", head_hash=prev
                    )
            for r in chunk:
                rid = int(r["id"])
                bad = None
                if rid != expected_id:
                    bad = f"row {expected_id} is missing (next row is {rid}): deleted row"
                elif r["prev_hash"] != prev:
                    bad = "prev_hash does not match the previous row's hash: deleted or reordered row"
                elif _row_hash(r) != r["hash"]:
                    bad = "hash does not match the row's content: edited row"
                if bad:
                    return VerifyResult(ok=False, checked=checked, first_bad_id=rid, reason=bad, head_hash=prev)
                prev = r["hash"]
                expected_id += 1
                checked += 1
            if len(chunk) < batch:
                return VerifyResult(ok=True, checked=checked, head_hash=prev)


def _to_model(r: Mapping[str, Any]) -> AuditRow:
    try:
        data = json.loads(r["data"])
    except (TypeError, ValueError):
        data = {"_unparsable": str(r["data"])}
    return AuditRow(**{**r, "id": int(r["id"]), "data": data if isinstance(data, dict) else {"value": data}})
