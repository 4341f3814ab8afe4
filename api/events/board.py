"""The board's data: orders and recent output reports from K/3 (cached briefly), open exceptions and the
watcher's state-since times from the database, assessed by `agent.events.health`."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from agent.events.detect import Limits
from agent.events.health import Health, Report, assess
from agent.events.models import Event
from api.events.store import EventStore
from dingk3.calendar import PlantCalendar
from tools.k3 import K3Client
from tools.k3.models import OrderStatus, ProductionOrder

__all__ = ["BoardData", "BoardSource", "recent_reports"]

_OPEN = [OrderStatus.created, OrderStatus.released, OrderStatus.started]


@dataclass(frozen=True)
class BoardData:
    health: Health
    orders: list[ProductionOrder]
    exceptions: list[Event]
    now: datetime
    read_at: float


async def recent_reports(k3: K3Client, since: datetime) -> list[Report]:
    """Audited output reports created since `since`."""
    fields = ("FMoBillNo", "FQuaQty", "FFailQty", "FCreateDate", "FWorkshipId.FNumber")
    flt = f"FDocumentStatus = 'C' and FCreateDate >= '{since.isoformat(timespec='seconds')}'"
    rows = await k3.query("PRD_MORPT", fields, flt, order="FID ASC", limit=100_000)
    return [
        Report(
            bill_no=str(r["FMoBillNo"]),
            good=float(r["FQuaQty"] or 0),
            scrap=float(r["FFailQty"] or 0),
            at=datetime.fromisoformat(str(r["FCreateDate"])).replace(tzinfo=None),
            workshop=str(r["FWorkshipId.FNumber"] or ""),
        )
        for r in rows
        if r["FCreateDate"]
    ]


class BoardSource:
    """Open orders plus everything modified in the last `days`, read at most once per `cache_s`."""

    def __init__(
        self,
        k3: K3Client,
        store: EventStore,
        limits: Limits,
        *,
        tz: tzinfo,
        clock: Callable[[], float] = time.time,
        cache_s: float = 15.0,
        days: int = 30,
        window_days: int = 7,
        calendar: PlantCalendar | None = None,
    ) -> None:
        self.k3, self.store, self.limits, self.tz, self.clock = k3, store, limits, tz, clock
        self.cache_s, self.days, self.window_days = cache_s, days, window_days
        self.calendar = calendar  # delay risk per working day; None: per calendar day
        self._cached: BoardData | None = None
        self._lock = asyncio.Lock()

    async def get(self) -> BoardData:
        async with self._lock:
            if self._cached is not None and self.clock() - self._cached.read_at < self.cache_s:
                return self._cached
            now = datetime.fromtimestamp(self.clock(), self.tz).replace(tzinfo=None)
            open_orders = await self.k3.list_orders(status=_OPEN, limit=100_000)
            recent = await self.k3.list_orders(modified_since=now - timedelta(days=self.days), limit=100_000)
            orders = list({o.bill_no: o for o in [*open_orders, *recent]}.values())
            orders.sort(key=lambda o: o.bill_no)
            reports = await recent_reports(self.k3, now - timedelta(days=self.window_days))
            snaps = await asyncio.to_thread(self.store.snapshots)
            since = {b: s.state_since for b, s in snaps.items()}
            health = assess(orders, reports, now, self.limits, since, window_days=self.window_days,
                            calendar=self.calendar)  # fmt: skip
            exceptions = await asyncio.to_thread(self.store.open_exceptions)
            self._cached = BoardData(health, orders, exceptions, now, self.clock())
            return self._cached
