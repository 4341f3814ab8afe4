"""The watcher: polls K/3 for orders changed since its cursor, diffs them against their last-seen snapshots, and
writes snapshots, events, outbox messages and the new cursor in one transaction.

Restart-safe: the cursor and snapshots live in the database, and an event is only emitted for a real change
against the stored snapshot, so re-reading is harmless. K/3 stamps FModifyDate to the second, so each poll
reads from `cursor - overlap` (inclusive): writes later in the cursor's own second, or committed a little late,
are read again rather than missed. The first poll of a new database is a baseline: it records every order and
the exceptions that already hold, and notifies nobody.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import Any

from agent.events.detect import Limits, approval_waiting, bom_shortages, conditions, diff_order, stock_below
from agent.events.models import Event, OrderSnapshot
from api.events.dispatch import Dispatcher
from api.events.store import EventStore
from tools.directory import Directory
from tools.k3 import K3Client
from tools.k3.models import Material, ProductionOrder

__all__ = ["Watcher"]

log = logging.getLogger("dingk3.watch")

_MATERIALS_TTL_S = 3600.0


class Watcher:
    def __init__(
        self,
        k3: K3Client,
        store: EventStore,
        dispatcher: Dispatcher,
        limits: Limits,
        directory: Directory,
        *,
        tz: tzinfo,
        clock: Callable[[], float] = time.time,
        overlap_s: float = 5.0,
    ) -> None:
        self.k3 = k3
        self.store = store
        self.dispatcher = dispatcher
        self.limits = limits
        self.directory = directory
        self.tz = tz
        self.clock = clock
        self.overlap = timedelta(seconds=overlap_s)
        self._lock = asyncio.Lock()
        self._materials: dict[str, Material] = {}
        self._materials_at = float("-inf")

    def local_now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), self.tz).replace(tzinfo=None)

    # ------------------------------------------------------------------ entry points

    async def poll_once(self) -> list[Event]:
        """Read what changed in K/3 since the cursor; returns the new events (already in the outbox)."""
        async with self._lock:
            cursor = await asyncio.to_thread(self.store.get, "cursor")
            baseline = cursor is None
            since = datetime.fromisoformat(cursor) - self.overlap if cursor else None
            orders = await self.k3.list_orders(modified_since=since, limit=100_000)
            return await self._apply(orders, baseline=baseline, advance_cursor=True, checks=True)

    async def observe(self, bill_nos: Iterable[str], *, source: str = "agent") -> list[Event]:
        """Diff these orders right now (after the agent wrote them), so their group hears at once."""
        async with self._lock:
            if await asyncio.to_thread(self.store.get, "cursor") is None:
                return []  # no baseline yet: the first poll records everything
            orders = [o for b in dict.fromkeys(bill_nos) if b and (o := await self.k3.find_order(b)) is not None]
            return await self._apply(orders, baseline=False, advance_cursor=False, checks=False, source=source)

    # ------------------------------------------------------------------ one pass

    async def _apply(
        self, orders: Sequence[ProductionOrder], *, baseline: bool, advance_cursor: bool, checks: bool,
        source: str = "k3",
    ) -> list[Event]:  # fmt: skip
        now = self.local_now()
        materials = await self._material_index()
        prev = await asyncio.to_thread(self.store.snapshots, [o.bill_no for o in orders])
        snaps: dict[str, OrderSnapshot] = {}
        changes: list[Event] = []
        for o in orders:
            old = prev.get(o.bill_no)
            if old and old.modify_date and o.modify_date and o.modify_date.replace(tzinfo=None) < old.modify_date:
                continue  # an older read than the one we already hold
            category = materials[o.material].category if o.material in materials else ""
            snap, events = diff_order(old, o, now, category=category, source=source)
            snaps[o.bill_no] = snap
            changes += events
        if baseline:
            changes = []
        changes += await self._bom_checks([e for e in changes if e.kind == "created"], snaps, materials)
        stock: list[tuple[str, dict[str, Any], Event | None]] = []
        approvals: list[Event] = []
        if checks:
            stock = await self._stock_checks(materials, now)
            approvals = await asyncio.to_thread(self._approval_checks, now)
        cursor = max((o.modify_date.replace(tzinfo=None) for o in orders if o.modify_date), default=None)
        return await asyncio.to_thread(
            self._commit, snaps, changes, stock, approvals, now, baseline, cursor if advance_cursor else None, checks
        )

    def _commit(
        self,
        snaps: dict[str, OrderSnapshot],
        changes: list[Event],
        stock: list[tuple[str, dict[str, Any], Event | None]],
        approvals: list[Event],
        now: datetime,
        baseline: bool,
        cursor: datetime | None,
        checks: bool,
    ) -> list[Event]:
        emitted: list[Event] = []
        store = self.store
        with store.db.transaction() as tx:

            def emit(e: Event) -> None:
                if store.log(tx, e):
                    emitted.append(e)
                    if not baseline:
                        self.dispatcher.dispatch(tx, e)

            for e in changes:
                emit(e)
            for snap in snaps.values():
                if snap.status != "created":
                    store.resolve(tx, [f"bom_short:{snap.bill_no}"], now)
            if checks:
                # time-based conditions of every known order (snapshots; no K/3 call needed)
                everything = store.snapshots() | snaps
                holding: set[str] = set()
                for snap in everything.values():
                    current = conditions(snap, now, self.limits)
                    holding |= {c.id for c in current}
                    fresh = [c for c in current if c.id not in snap.raised]
                    for c in fresh:
                        emit(c)
                    if fresh:
                        snaps[snap.bill_no] = snap.model_copy(update={"raised": [*snap.raised, *(c.id for c in fresh)]})
                stale = [
                    x.id for x in store.open_exceptions() if x.kind in ("overdue", "stuck") and x.id not in holding
                ]
                store.resolve(tx, stale, now)
                for item, body, event in stock:
                    store.save_item(tx, item, body, now)
                    if event is not None:
                        emit(event)
                    elif body.get("cleared"):
                        store.resolve(tx, [body["cleared"]], now)
                waiting = {e.id for e in approvals}
                for e in approvals:
                    emit(e)
                stale = [x.id for x in store.open_exceptions() if x.kind == "approval_waiting" and x.id not in waiting]
                store.resolve(tx, stale, now)
            for snap in snaps.values():
                store.save_snapshot(tx, snap, now)
            if cursor is not None:
                old = store.get("cursor")
                if old is None or cursor.isoformat(timespec="seconds") > old:
                    store.put(tx, "cursor", cursor.isoformat(timespec="seconds"))
            elif baseline and checks:
                store.put(tx, "cursor", (now - self.overlap).isoformat(timespec="seconds"))
        if emitted and not baseline:
            log.info("watch: %d events (%s)", len(emitted), ", ".join(sorted({e.kind for e in emitted})))
        return [] if baseline else emitted

    # ------------------------------------------------------------------ checks that read K/3

    async def _material_index(self) -> dict[str, Material]:
        if self.clock() - self._materials_at > _MATERIALS_TTL_S:
            self._materials = {m.number: m for m in await self.k3.list_materials()}
            self._materials_at = self.clock()
        return self._materials

    async def _available(self, materials: Iterable[str]) -> dict[str, float]:
        """On-hand stock per material, summed over warehouses."""
        wanted = sorted(set(materials))
        out: dict[str, float] = dict.fromkeys(wanted, 0.0)
        for i in range(0, len(wanted), 200):
            chunk = wanted[i : i + 200]
            flt = "FMaterialId.FNumber in (" + ",".join("'" + m.replace("'", "''") + "'" for m in chunk) + ")"
            for r in await self.k3.query("STK_Inventory", ("FMaterialId.FNumber", "FBaseQty"), flt, limit=100_000):
                key = str(r["FMaterialId.FNumber"])
                out[key] = out.get(key, 0.0) + float(r["FBaseQty"] or 0)
        return out

    async def _bom_checks(
        self, created: list[Event], snaps: dict[str, OrderSnapshot], materials: dict[str, Material]
    ) -> list[Event]:
        found: list[Event] = []
        for e in created:
            snap = snaps[e.bill_no]
            if snap.status not in ("created", "released"):
                continue
            bom = await self.k3.get_bom(snap.material)
            if not bom:
                continue
            have = await self._available(b.component for b in bom)
            short = bom_shortages(snap.qty, bom, have, self.limits.bom_factor)
            if short:
                names = {s.component: materials[s.component].name for s in short if s.component in materials}
                lines = [s.model_dump() | {"name": names.get(s.component, "")} for s in short]
                facts = {"factor": self.limits.bom_factor, "shortages": lines}
                found.append(snap.event("bom_short", f"bom_short:{snap.bill_no}", e.at, severity="warning",
                                        facts=facts))  # fmt: skip
        return found

    async def _stock_checks(
        self, materials: dict[str, Material], now: datetime
    ) -> list[tuple[str, dict[str, Any], Event | None]]:
        """Per material with a safety level: its new state item, and an alert when it just went low."""
        watched = {n: m for n, m in materials.items() if m.safety_stock > 0}
        if not watched:
            return []
        have = await self._available(watched)
        state = await asyncio.to_thread(self.store.items, "STK:")
        out: list[tuple[str, dict[str, Any], Event | None]] = []
        for number, m in watched.items():
            low_since = state.get(number, {}).get("low_since")
            on_hand = have.get(number, 0.0)
            if on_hand < m.safety_stock:
                since = datetime.fromisoformat(low_since) if low_since else now
                event = stock_below(number, m.name, on_hand, m.safety_stock, now, low_since=since, category=m.category)
                out.append((f"STK:{number}", {"low_since": since.isoformat(timespec="minutes")}, event))
            elif low_since:
                out.append((f"STK:{number}", {"low_since": None, "cleared": f"stock_low:{number}@{low_since}"}, None))
        return out

    def _approval_checks(self, now: datetime) -> list[Event]:
        from agent.proposals import ProposalStore

        ProposalStore(self.store.db)  # makes sure its table exists
        rows = self.store.db.fetchall(
            "SELECT id, summary, requester, approver, updated_at FROM proposals WHERE status = 'awaiting_approval'"
        )
        found: list[Event] = []
        for r in rows:
            since = datetime.fromisoformat(str(r["updated_at"]))
            if since.tzinfo is not None:
                since = since.astimezone(self.tz).replace(tzinfo=None)
            approver = str(r["approver"] or "")
            e = approval_waiting(str(r["id"]), str(r["summary"] or ""), str(r["requester"]), approver, since, now,
                                 self.limits)  # fmt: skip
            if e is not None:
                facts = e.facts | {"requester_name": self.directory.get(str(r["requester"])).name,
                                   "approver_name": self.directory.get(approver).name if approver else ""}  # fmt: skip
                workshop = self.directory.get(str(r["requester"])).workshop or ""
                found.append(e.model_copy(update={"facts": facts, "workshop": workshop}))
        return found
