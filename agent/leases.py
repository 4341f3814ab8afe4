"""The per-thread lease as an `async with`: one run per conversation thread at a time, across processes."""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from typing import Any

__all__ = ["AsyncLease"]

log = logging.getLogger("dingk3.agent")


class AsyncLease:
    """`async with`: holds the database lease without blocking the event loop while waiting.

    The lease is short (`ttl_s`) and renewed every third of it while held, so a run may take as long as it
    needs, and the lease of a worker that died (SIGKILL, power) frees itself within `ttl_s`."""

    def __init__(self, db: Any, name: str, ttl_s: float, wait_s: float) -> None:
        self.db, self.name, self.ttl, self.wait = db, name, ttl_s, wait_s
        self.owner = uuid.uuid4().hex
        self._renewer: asyncio.Task[None] | None = None

    async def __aenter__(self) -> None:
        from dingk3.db import LeaseBusy

        deadline = time.monotonic() + self.wait
        delay = 0.005
        while not await asyncio.to_thread(self.db.try_lease, self.name, self.ttl, self.owner):
            if time.monotonic() > deadline:
                raise LeaseBusy(self.name)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.1)
        self._renewer = asyncio.get_running_loop().create_task(self._renew())

    async def _renew(self) -> None:
        while True:
            await asyncio.sleep(self.ttl / 3)
            try:
                if not await asyncio.to_thread(self.db.try_lease, self.name, self.ttl, self.owner):
                    log.error("lease %s was lost while held", self.name)
                    return
            except Exception:  # the database away for a moment: try again at the next third
                log.exception("could not renew lease %s", self.name)

    async def __aexit__(self, *exc: object) -> None:
        if self._renewer is not None:
            self._renewer.cancel()
        await asyncio.to_thread(self.db.release_lease, self.name, self.owner)
