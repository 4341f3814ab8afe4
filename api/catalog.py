"""Each worker's catalogue sync: every `DINGK3_CATALOG_SYNC_S` seconds, the materials and workshops K/3 changed."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from agent.bootstrap import Resources
from api.background import in_background

__all__ = ["catalog_sync"]


def catalog_sync(res: Resources, every_s: float) -> AbstractAsyncContextManager[None]:
    """Run the agent's catalogue sync in the background while the context is open."""
    return in_background(res.catalog.run(res.k3, every_s) if res.catalog is not None else None)
