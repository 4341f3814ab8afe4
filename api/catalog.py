"""Each worker's catalogue sync: every `DINGK3_CATALOG_SYNC_S` seconds, the materials and workshops K/3 changed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from agent.bootstrap import Resources

__all__ = ["catalog_sync"]


@asynccontextmanager
async def catalog_sync(res: Resources, every_s: float) -> AsyncIterator[None]:
    """Run the agent's catalogue sync in the background while the context is open."""
    if res.catalog is None:
        yield
        return
    task = asyncio.get_running_loop().create_task(res.catalog.run(res.k3, every_s))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
