"""A coroutine run in the background for as long as a context is open, cancelled and awaited when it closes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from typing import Any

__all__ = ["in_background"]


@asynccontextmanager
async def in_background(job: Coroutine[Any, Any, Any] | None) -> AsyncIterator[None]:
    """Run `job` (None: nothing) while the context is open; on leaving, cancel it and wait for it to end."""
    if job is None:
        yield
        return
    task = asyncio.get_running_loop().create_task(job)
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
