"""The per-request context the business operations run in: store, lookups, config and the clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .config import EmulatorConfig
from .forms import static_refs
from .refs import RefIndex
from .store import Store

__all__ = ["Ctx"]


@dataclass
class Ctx:
    store: Store
    config: EmulatorConfig
    clock: datetime  # this call's moment in the server's local time, without a zone (as K/3 stamps it)
    refs: RefIndex = field(init=False)

    def __post_init__(self) -> None:
        self.refs = RefIndex(self.store, static_refs(self.config.org_number))

    @property
    def now(self) -> str:
        """Local time as K/3 prints it: 2026-11-21T10:03:04."""
        return self.clock.isoformat()

    @property
    def today(self) -> str:
        return self.clock.replace(hour=0, minute=0, second=0).isoformat()
