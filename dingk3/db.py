"""One small SQL layer over SQLite (default) and PostgreSQL (several workers), plus cross-process leases.

SQL is written once with `?` placeholders; PostgreSQL gets them as `%s`. Every table of the product
lives in the same database as the LangGraph checkpoints.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

__all__ = ["Database", "LeaseBusy", "connect"]


class LeaseBusy(Exception):
    """The named lease is held by someone else and did not come free in time."""


class _Cursor(Protocol):
    def execute(self, sql: str, params: Sequence[Any] = ...) -> Any: ...
    def fetchall(self) -> list[Any]: ...
    def fetchone(self) -> Any: ...


class Database:
    """A connection factory with `?`-style SQL for both engines. Thread-safe; one connection per thread."""

    def __init__(self, url: str, *, pool_size: int | None = None) -> None:
        self.url = url
        self.is_postgres = url.startswith(("postgresql://", "postgres://"))
        self._local = threading.local()
        self._pool: Any = None
        if self.is_postgres:
            from psycopg_pool import ConnectionPool

            # per process: workers × (this + the checkpointer's pool) must stay under max_connections
            size = pool_size or 8
            self._pool = ConnectionPool(url, min_size=1, max_size=size, kwargs={"autocommit": False}, open=True)
        else:
            self.path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else Path(url)
            self.path.parent.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ connections

    def _sqlite(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            _retry_busy(conn, "PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.row_factory = sqlite3.Row
            self._local.conn = conn
        return conn

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.is_postgres else sql

    @contextmanager
    def transaction(self) -> Iterator[_Tx]:
        """A write transaction (SQLite: BEGIN IMMEDIATE, so writers queue instead of failing)."""
        if self.is_postgres:
            from psycopg.rows import dict_row

            with self._pool.connection() as conn:
                conn.row_factory = dict_row
                with conn.transaction():
                    yield _Tx(conn.cursor(), self._sql)
        else:
            conn = self._sqlite()
            _retry_busy(conn, "BEGIN IMMEDIATE")
            try:
                yield _Tx(conn.cursor(), self._sql)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement in its own transaction; returns the number of rows it changed."""
        with self.transaction() as tx:
            return tx.execute(sql, params)

    def has_column(self, table: str, column: str) -> bool:
        if self.is_postgres:
            row = self.fetchone(
                "SELECT 1 AS x FROM information_schema.columns WHERE table_schema = current_schema()"
                " AND table_name = ? AND column_name = ?",
                (table, column),
            )
            return row is not None
        return any(r["name"] == column for r in self.fetchall(f"PRAGMA table_info({table})"))

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        if self.is_postgres:
            from psycopg.rows import dict_row

            with self._pool.connection() as conn:
                conn.row_factory = dict_row
                rows = conn.execute(self._sql(sql), params).fetchall()
                conn.commit()
                return [dict(r) for r in rows]
        return [dict(r) for r in self._sqlite().execute(sql, params).fetchall()]

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None

    def script(self, ddl: str) -> None:
        """Run `;`-separated DDL statements (each idempotent: CREATE … IF NOT EXISTS).

        On PostgreSQL, CREATE … IF NOT EXISTS run by several workers at once can still fail on the catalog's
        unique index; an advisory lock makes the workers' start-up DDL take turns."""
        with self.transaction() as tx:
            if self.is_postgres:
                tx.execute("SELECT pg_advisory_xact_lock(hashtext('dingk3.ddl'))")
            for stmt in (s.strip() for s in ddl.split(";")):
                if stmt:
                    tx.execute(stmt)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # ------------------------------------------------------------------ leases (cross-process locks)

    def _ensure_leases(self) -> None:
        if not getattr(self, "_leases_ready", False):
            self.script(
                "CREATE TABLE IF NOT EXISTS leases ("
                "name TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at DOUBLE PRECISION NOT NULL)"
            )
            self._leases_ready = True

    def try_lease(self, name: str, ttl_s: float, owner: str) -> bool:
        """Take `name` for `ttl_s` seconds unless someone else holds an unexpired lease on it.

        One statement, so two workers asking at the same moment get one True and one False (a separate
        check and insert let both pass the check on PostgreSQL, and one then failed on the primary key)."""
        self._ensure_leases()
        now = time.time()
        with self.transaction() as tx:
            changed = tx.execute(
                "INSERT INTO leases (name, owner, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE"
                " SET owner = excluded.owner, expires_at = excluded.expires_at"
                " WHERE leases.owner = excluded.owner OR leases.expires_at < ?",
                (name, owner, now + ttl_s, now),
            )
        return changed == 1

    def release_lease(self, name: str, owner: str) -> None:
        self._ensure_leases()
        self.execute("DELETE FROM leases WHERE name = ? AND owner = ?", (name, owner))

    @contextmanager
    def lease(self, name: str, *, ttl_s: float = 120.0, wait_s: float = 30.0) -> Iterator[str]:
        """Hold `name` across processes and workers: one holder at a time; waits up to `wait_s`."""
        owner = uuid.uuid4().hex
        deadline = time.monotonic() + wait_s
        delay = 0.005
        while not self.try_lease(name, ttl_s, owner):
            if time.monotonic() > deadline:
                raise LeaseBusy(name)
            time.sleep(delay)
            delay = min(delay * 2, 0.1)
        try:
            yield owner
        finally:
            self.release_lease(name, owner)


class _Tx:
    """The cursor of one open transaction, speaking `?` SQL."""

    def __init__(self, cursor: Any, translate: Any) -> None:
        self._cur = cursor
        self._translate = translate

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns the rows it changed (INSERT … ON CONFLICT DO NOTHING: 0 or 1)."""
        self._cur.execute(self._translate(sql), params)
        return int(self._cur.rowcount or 0)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        self._cur.execute(self._translate(sql), params)
        return [dict(r) for r in self._cur.fetchall()]

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None


def connect(url: str, *, pool_size: int | None = None) -> Database:
    """`sqlite:///PATH` or `postgresql://…`."""
    return Database(url, pool_size=pool_size)


def _retry_busy(conn: sqlite3.Connection, sql: str, tries: int = 50) -> None:
    """SQLite answers "database is locked" at once, without its busy timeout, in a few cases (another
    connection recovering or checkpointing the WAL as workers open and close connections): try again."""
    for attempt in range(tries):
        try:
            conn.execute(sql)
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == tries - 1:
                raise
            time.sleep(0.01 * (attempt + 1))
