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

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_postgres = url.startswith(("postgresql://", "postgres://"))
        self._local = threading.local()
        self._pool: Any = None
        if self.is_postgres:
            from psycopg_pool import ConnectionPool

            self._pool = ConnectionPool(url, min_size=1, max_size=8, kwargs={"autocommit": False}, open=True)
        else:
            self.path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else Path(url)
            self.path.parent.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ connections

    def _sqlite(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
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
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield _Tx(conn.cursor(), self._sql)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self.transaction() as tx:
            tx.execute(sql, params)

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
        """Run `;`-separated DDL statements (each idempotent: CREATE … IF NOT EXISTS)."""
        with self.transaction() as tx:
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
        """Take `name` for `ttl_s` seconds unless someone else holds an unexpired lease on it."""
        self._ensure_leases()
        now = time.time()
        with self.transaction() as tx:
            tx.execute("DELETE FROM leases WHERE name = ? AND expires_at < ?", (name, now))
            row = tx.fetchone("SELECT owner FROM leases WHERE name = ?", (name,))
            if row is not None and row["owner"] != owner:
                return False
            if row is None:
                tx.execute("INSERT INTO leases (name, owner, expires_at) VALUES (?, ?, ?)", (name, owner, now + ttl_s))
            else:
                tx.execute("UPDATE leases SET expires_at = ? WHERE name = ?", (now + ttl_s, name))
            return True

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

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cur.execute(self._translate(sql), params)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        self._cur.execute(self._translate(sql), params)
        return [dict(r) for r in self._cur.fetchall()]

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None


def connect(url: str) -> Database:
    """`sqlite:///PATH` or `postgresql://…`."""
    return Database(url)
