"""Each worker's people sync: every `DINGK3_PEOPLE_SYNC_S` seconds, DingTalk's contacts through the role map."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from agent.bootstrap import Resources
from tools.dingtalk import DingTalkClient

__all__ = ["people_sync"]


@asynccontextmanager
async def people_sync(res: Resources, dingtalk: DingTalkClient) -> AsyncIterator[None]:
    """Run the people sync in the background while the context is open (a first refresh at once); without
    DingTalk's contacts it re-reads users.csv, so an edit there needs no restart either."""
    people, every_s = res.people, res.settings.people_sync_s
    if people is None or every_s <= 0:
        yield
        return
    task = asyncio.get_running_loop().create_task(people.run(dingtalk if people.from_dingtalk else None, every_s))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
