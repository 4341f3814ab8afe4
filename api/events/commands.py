"""What `dingk3 watch` and `dingk3 outbox list|retry` do, kept out of the CLI module."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from dingk3.config import Settings
from dingk3.db import connect

__all__ = ["outbox_list", "outbox_retry", "watch"]


async def watch(settings: Settings, *, once: bool, interval_s: float | None, echo: Callable[[str], None]) -> int:
    """Poll K/3, write the digest when due, deliver the outbox: once, or forever."""
    from api.events.runtime import open_events
    from tools.k3 import K3Client

    db = connect(settings.resolved_database_url)
    try:
        quiet = settings.model_copy(update={"watch_interval_s": 0})  # this command runs its own loop
        async with K3Client.from_settings(settings) as k3, open_events(quiet, db, k3) as events:
            if not once:
                every = interval_s if interval_s is not None else settings.watch_interval_s or 30.0
                echo(f"watching K/3 every {every:g} s; Ctrl-C stops")
                await events.run(every)
            out = await events.tick()
            for _ in range(3):  # a little more delivery for messages whose retry is seconds away
                if not events.outbox.heads(events.clock()):
                    break
                await asyncio.sleep(1)
                out["sent"] += await events.worker.run_once()
            counts = events.outbox.counts()
            echo(
                f"events {out['events']}  digest {out['digest']}  sent {out['sent']}  "
                + "  ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            )
            return 0
    finally:
        db.close()


def outbox_list(settings: Settings, *, status: str | None, limit: int, echo: Callable[[str], None]) -> int:
    from api.events.outbox import Outbox

    db = connect(settings.resolved_database_url)
    try:
        box = Outbox(db)
        rows = box.rows(status, limit)
        echo("  ".join(f"{k} {v}" for k, v in sorted(box.counts().items())) or "outbox empty")
        for r in rows:
            when = datetime.fromtimestamp(r.created_at).strftime("%m-%d %H:%M:%S")
            line = f"{r.id:>6} {r.status:<8} {when} tries={r.attempts} {r.queue}  {r.title}"
            if r.last_error:
                line += f"  [{r.last_error[:100]}]"
            echo(line)
        return 0
    finally:
        db.close()


def outbox_retry(settings: Settings, *, ids: list[int], every: bool, echo: Callable[[str], None]) -> int:
    from api.events.outbox import Outbox

    if not ids and not every:
        echo("give outbox ids, or --all")
        return 2
    db = connect(settings.resolved_database_url)
    try:
        n = Outbox(db).retry(None if every else ids)
        echo(f"{n} dead message(s) back in their queues")
        return 0 if n or every else 1
    finally:
        db.close()
