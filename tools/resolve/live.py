"""The catalogue kept in step with K/3: opened from K/3 (or, K/3 down, from the last good copy on disk), then
synced by modify date; every worker syncs its own resolvers, so each sees a change within one interval."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from dingk3.errors import CatalogUnavailable, K3Error
from dingk3.plant import PlantWorkshops
from tools.directory import WorkshopInfo, Workshops
from tools.k3.models import Material, Workshop
from tools.resolve.materials import MaterialResolver
from tools.resolve.saved import SavedCatalog, Snapshot
from tools.resolve.workshops import WorkshopResolver

__all__ = ["Catalog", "CatalogSource", "SyncReport", "open_catalog", "workshop_infos"]

log = logging.getLogger("dingk3.catalog")

_COMPACT_AT = 2000  # changed materials held beside the lexical base before it is rebuilt (or 5 % of the catalogue)


class CatalogSource(Protocol):
    """What the catalogue needs from K/3 (`tools.k3.K3Client`)."""

    async def list_materials(self, *, modified_since: datetime | None = None) -> list[Material]: ...
    async def list_workshops(self) -> list[Workshop]: ...


@dataclass(frozen=True)
class SyncReport:
    materials: int  # materials that changed (new, edited, no longer usable)
    workshops: int  # workshops added, renamed or gone
    seconds: float
    pulled: int = 0  # material rows K/3 gave (the changes, and what the overlap re-read)
    pull_s: float = 0.0  # of `seconds`, waiting for K/3


def workshop_infos(workshops: Iterable[Workshop], plant: PlantWorkshops) -> list[WorkshopInfo]:
    """K/3's workshops with what the plant file says about each (nicknames, capacity, shifts)."""
    out = []
    for w in workshops:
        p = plant.workshops.get(w.number)
        info = WorkshopInfo(number=w.number, name=w.name)
        if p is not None:
            info = info.model_copy(update=p.model_dump())
        out.append(info)
    return out


def _newest(rows: Iterable[Material]) -> datetime | None:
    return max((m.modify_date for m in rows if m.modify_date is not None), default=None)


def _news(rows: list[Material], known: Callable[[str], Material | None]) -> list[Material]:
    """The rows that change something: a new or edited usable material, or a known one no longer usable (a pull
    re-reads the overlap before its cursor, and a bulk change stamped in one second, again and again)."""
    out = []
    for m in rows:
        old = known(m.number)
        if not m.usable:
            if old is not None:
                out.append(m)
        elif old is None or old.model_dump(exclude={"modify_date"}) != m.model_dump(exclude={"modify_date"}):
            out.append(m)
    return out


@dataclass
class Catalog:
    """The resolvers and workshop facts of one worker, and how to bring them up to date with K/3."""

    materials: MaterialResolver
    workshop_names: WorkshopResolver
    workshops: Workshops
    saved: SavedCatalog
    plant: PlantWorkshops
    cursor: datetime | None  # this worker's: the newest K/3 modify date it has applied
    overlap: timedelta = timedelta(seconds=5)
    now: Callable[[], datetime] = datetime.now
    pulled: int | None = None  # material rows K/3 gave when this catalogue was opened; None: not asked
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    @classmethod
    def attach(
        cls,
        materials: MaterialResolver,
        workshop_names: WorkshopResolver,
        plant: PlantWorkshops,
        *,
        overlap: timedelta = timedelta(seconds=5),
        now: Callable[[], datetime] = datetime.now,
    ) -> Catalog:
        """Around resolvers opened earlier by `open_catalog` (the workshops as saved beside them): a sync resumes
        from the saved cursor."""
        saved = SavedCatalog(materials.index_dir / "catalog.db")
        workshops = Workshops(workshop_infos(saved.workshops(), plant))
        return cls(materials, workshop_names, workshops, saved, plant, saved.cursor(), overlap, now)

    def _set_workshops(self, rows: list[Workshop]) -> int:
        before = {w.number: w.name for w in self.workshops}
        infos = workshop_infos(rows, self.plant)
        self.workshops.replace(infos)
        self.workshop_names.replace(rows, {w.number: w.aliases for w in infos})
        after = {w.number: w.name for w in rows}
        return len(set(before.items()) ^ set(after.items()))

    async def sync(self, k3: CatalogSource) -> SyncReport:
        """Pull what K/3 changed since this worker's cursor (re-reading `overlap` before it, for late commits),
        apply it beside the index in use and swap, and save it as the last good catalogue."""
        async with self._lock:
            started = time.perf_counter()
            since = self.cursor - self.overlap if self.cursor is not None else None
            rows = await k3.list_materials(modified_since=since)
            shops = await k3.list_workshops()
            pulled_s = time.perf_counter() - started
            news = _news(rows, self.materials.get)
            changed = await asyncio.to_thread(self.materials.upsert, news)
            shops_changed = self._set_workshops(shops)
            newest = _newest(rows)
            if newest is not None and (self.cursor is None or newest > self.cursor):
                self.cursor = newest
            await asyncio.to_thread(self.saved.update, news, shops, newest, self.now().isoformat(timespec="seconds"))
            if self.materials.pending > max(_COMPACT_AT, len(self.materials) // 20):
                await asyncio.to_thread(self.materials.compact)
            return SyncReport(changed, shops_changed, time.perf_counter() - started, len(rows), pulled_s)

    async def run(self, k3: CatalogSource, every_s: float) -> None:
        """Sync every `every_s` seconds until cancelled; a failed sync is logged and the next one catches up."""
        failing = False
        while True:
            await asyncio.sleep(every_s)
            try:
                report = await self.sync(k3)
            except K3Error as exc:
                if not failing:
                    log.warning("catalogue sync: K/3 did not answer (%s); resolving with the catalogue as it was", exc)
                failing = True
                continue
            except Exception:  # the loop must outlive any one failure; the next sync tries again
                log.exception("catalogue sync failed; the next one tries again")
                continue
            if failing:
                log.info("catalogue sync: K/3 answers again")
            failing = False
            if report.materials or report.workshops:
                log.info(
                    "catalogue sync: %d materials and %d workshops changed in K/3 (%.2f s)",
                    report.materials, report.workshops, report.seconds,
                )  # fmt: skip


async def _pull(k3: CatalogSource, saved: SavedCatalog, snapshot: Snapshot | None, overlap: timedelta, at: str) -> int:
    if snapshot is None:
        rows = await k3.list_materials()
        shops = await k3.list_workshops()
        await asyncio.to_thread(saved.replace, rows, shops, _newest(rows), at)
        return len(rows)
    since = snapshot.cursor - overlap if snapshot.cursor is not None else None
    rows = await k3.list_materials(modified_since=since)
    shops = await k3.list_workshops()
    known = {m.number: m for m in snapshot.materials}
    await asyncio.to_thread(saved.update, _news(rows, known.get), shops, _newest(rows), at)
    return len(rows)


async def open_catalog(
    index_dir: Path,
    k3: CatalogSource | None,
    plant: PlantWorkshops,
    *,
    where: str = "K/3",
    fresh: bool = False,
    use_vectors: bool = True,
    overlap: timedelta = timedelta(seconds=5),
    now: Callable[[], datetime] = datetime.now,
    equivalents: Sequence[Sequence[str]] = (),
) -> Catalog:
    """The catalogue as K/3 has it now (only what changed since the copy on disk is pulled, everything when
    `fresh`), saved as the last good one; with K/3 down (or `k3` None), that last good copy, said in the log;
    CatalogUnavailable when neither."""
    saved = SavedCatalog(index_dir / "catalog.db")
    started = time.perf_counter()
    snapshot = await asyncio.to_thread(saved.load)
    pulled = None
    if k3 is not None:
        try:
            at = now().isoformat(timespec="seconds")
            pulled = await _pull(k3, saved, None if fresh else snapshot, overlap, at)
            snapshot = await asyncio.to_thread(saved.load)
            log.info("catalogue: %d material rows from K/3, saved, in %.1f s", pulled, time.perf_counter() - started)
        except K3Error as exc:
            if snapshot is None:
                raise CatalogUnavailable(
                    f"{where} did not answer ({exc}) and there is no catalogue on disk yet ({saved.path}): "
                    "start K/3 or fix DINGK3_K3_URL and its account, then start again"
                ) from exc
            log.warning(
                "K/3 did not answer at start-up (%s): serving the last good catalogue on disk, %d materials as "
                "synced at %s; it is pulled again at the next sync", exc, len(snapshot.materials), snapshot.synced_at,
            )  # fmt: skip
    if snapshot is None:
        raise CatalogUnavailable(f"there is no catalogue on disk yet ({saved.path}): pull it from K/3 first")
    started = time.perf_counter()
    materials = await asyncio.to_thread(
        MaterialResolver, snapshot.materials, index_dir, use_vectors=use_vectors, equivalents=equivalents
    )
    log.info(
        "catalogue: %d materials, index ready in %.1f s (%d embedded)",
        len(materials), time.perf_counter() - started, materials.embedded_on_open,
    )  # fmt: skip
    infos = workshop_infos(snapshot.workshops, plant)
    known = {w.number for w in snapshot.workshops}
    if unknown := sorted(set(plant.workshops) - known):
        log.warning("the plant file names workshops K/3 does not hold: %s", ", ".join(unknown))
    names = WorkshopResolver.from_workshops(snapshot.workshops, {w.number: w.aliases for w in infos})
    return Catalog(materials, names, Workshops(infos), saved, plant, snapshot.cursor, overlap, now, pulled)
