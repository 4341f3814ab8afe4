"""The LangGraph checkpointer: SQLite (WAL, busy timeout) by default, PostgreSQL by URL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

__all__ = ["open_checkpointer"]

_SETUP_LOCK = 0x0D1C3_5E7  # PostgreSQL advisory lock key: one worker at a time runs the checkpointer migrations


async def _try_lock(conn: Any) -> bool:
    row = await (await conn.execute(f"SELECT pg_try_advisory_lock({_SETUP_LOCK}) AS ok")).fetchone()
    return bool(row["ok"])


@asynccontextmanager
async def open_checkpointer(database_url: str, *, pool_size: int = 8) -> AsyncIterator[Any]:
    """`sqlite:///PATH` → AsyncSqliteSaver; `postgresql://…` → AsyncPostgresSaver (tables set up)."""
    if database_url.startswith(("postgresql://", "postgres://")):
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
        from psycopg.rows import dict_row
        from psycopg_pool import AsyncConnectionPool

        async with AsyncConnectionPool(
            database_url, min_size=1, max_size=pool_size, open=False,
            kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
        ) as pool:  # fmt: skip
            saver = AsyncPostgresSaver(pool)  # type: ignore[arg-type]
            # Several workers starting at once would run the migrations at once (and fail on the catalog):
            # they take turns under an advisory lock held on one connection. Waiters poll instead of blocking
            # in pg_advisory_lock, because a migration's CREATE INDEX CONCURRENTLY waits for every open statement.
            async with pool.connection() as conn:
                while not await _try_lock(conn):
                    await asyncio.sleep(0.05)
                try:
                    await saver.setup()
                finally:
                    await conn.execute(f"SELECT pg_advisory_unlock({_SETUP_LOCK})")
            yield saver
        return
    import aiosqlite
    from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

    path = Path(database_url.removeprefix("sqlite:///"))
    path.parent.mkdir(parents=True, exist_ok=True)
    lite = await aiosqlite.connect(path, timeout=30)
    try:
        await lite.execute("PRAGMA journal_mode=WAL")
        await lite.execute("PRAGMA busy_timeout=30000")
        lite_saver = AsyncSqliteSaver(lite)
        await lite_saver.setup()
        yield lite_saver
    finally:
        await lite.close()
