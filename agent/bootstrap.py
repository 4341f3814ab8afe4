"""Assemble a working agent from Settings: K/3 client, resolvers, directory, stores, checkpointer, graph."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import httpx

from agent.audit import AuditLog
from agent.checkpoint import open_checkpointer
from agent.context import AgentContext
from agent.graph import build_graph
from agent.parsing import make_parser
from agent.proposals import ProposalStore
from agent.rules import Policy
from agent.service import AgentService
from dingk3.boardlinks import BoardLinks
from dingk3.clock import Clock
from dingk3.config import Settings
from dingk3.db import Database, connect
from dingk3.plant import load_plant_workshops
from dingk3.plant_standards import load_plant_standards
from tools.k3 import K3Client
from tools.people import People
from tools.resolve import Catalog, MaterialResolver, WorkshopResolver, open_catalog

__all__ = ["Resources", "open_agent", "open_people", "open_resolvers"]


class Resources:
    """Long-lived pieces shared by every run: opened once per process."""

    def __init__(
        self,
        settings: Settings,
        db: Database,
        k3: K3Client,
        ctx: AgentContext,
        service: AgentService,
        catalog: Catalog | None = None,
        people: People | None = None,
    ) -> None:
        self.settings, self.db, self.k3, self.ctx, self.service = settings, db, k3, ctx, service
        self.catalog = catalog  # the materials and workshops, kept in step with K/3 by whoever runs its sync
        self.people = people  # who is who, kept in step with DingTalk by whoever runs its sync


def open_people(settings: Settings) -> People:
    """The people directory as it stands before DingTalk is asked (its last good copy, or users.csv)."""
    return People.open(
        roles_file=settings.roles_file, users_csv=settings.data_dir / "users.csv",
        copy_path=settings.state_dir / "people.json", from_dingtalk=settings.people_from_dingtalk,
    )  # fmt: skip


# --------------------------------------------------------------------------- the catalogue (K/3's master data)


async def open_catalog_for(
    settings: Settings, k3: K3Client | None, *, clock: Clock | None = None, fresh: bool = False
) -> Catalog:
    """The catalogue under `state_dir/index`: pulled from K/3 now (what changed since the last good copy on
    disk; everything when `fresh`), or that copy when K/3 does not answer or `k3` is None."""
    clock = clock or Clock(settings.timezone)
    return await open_catalog(
        settings.state_dir / "index", k3, load_plant_workshops(settings.plant_file), where=f"K/3 at {settings.k3_url}",
        fresh=fresh, overlap=timedelta(seconds=settings.watch_overlap_s), now=clock.now,
        equivalents=load_plant_standards(settings.plant_file).equivalents,
    )  # fmt: skip


def open_resolvers(
    settings: Settings, *, k3_transport: httpx.AsyncBaseTransport | None = None, pull: bool = True
) -> tuple[MaterialResolver, WorkshopResolver]:
    """The material and workshop resolvers over K/3's catalogue (see `open_catalog_for`), from sync code."""

    async def run() -> Catalog:
        if not pull:
            return await open_catalog_for(settings, None)
        async with K3Client.from_settings(settings, transport=k3_transport) as k3:
            return await open_catalog_for(settings, k3)

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        catalog = asyncio.run(run())
    else:  # called from async code: its own loop, in a thread, so the caller's loop is not re-entered
        with ThreadPoolExecutor(1) as pool:
            catalog = pool.submit(asyncio.run, run()).result()
    return catalog.materials, catalog.workshop_names


def attach_alias_store(materials: MaterialResolver, db: Database) -> None:
    """Learned aliases go to (and come from) the product database, so every worker sees every pick."""
    from tools.resolve.aliases import LearnedAliases

    materials.attach_learned(LearnedAliases(db))


class SerialReports:
    """The K/3 client with output reports serialised per order across every worker (a database lease).

    `K3Client.report_output` pushes the order to a draft report, then fills it; a push that finds an unkeyed
    draft adopts it (an earlier attempt died between the two steps). Two reports on the same order at the same
    moment, in two workers, would adopt each other's draft: one bill for two confirmations. Under the lease the
    only unkeyed draft a writer can find is one a dead attempt left. Everything else goes to the client as is.
    """

    def __init__(self, k3: K3Client, db: Database, *, ttl_s: float = 15.0, wait_s: float = 120.0) -> None:
        self._k3, self._db, self._ttl, self._wait = k3, db, ttl_s, wait_s

    def __getattr__(self, name: str) -> Any:
        return getattr(self._k3, name)

    async def report_output(self, bill_no: str, **kwargs: Any) -> Any:
        from agent.leases import AsyncLease

        async with AsyncLease(self._db, f"k3-report:{bill_no.upper()}", self._ttl, self._wait):
            return await self._k3.report_output(bill_no, **kwargs)


@asynccontextmanager
async def open_agent(
    settings: Settings,
    *,
    k3_transport: httpx.AsyncBaseTransport | None = None,
    resolvers: tuple[MaterialResolver, WorkshopResolver] | None = None,
    parser: Any = None,
    clock: Clock | None = None,
) -> AsyncIterator[Resources]:
    """Everything the agent needs, closed again on exit; `clock` is the plant's (its zone: settings.timezone)."""
    clock = clock or Clock(settings.timezone)
    people = open_people(settings)
    db = connect(settings.resolved_database_url, pool_size=settings.db_pool_size)
    try:
        async with (
            K3Client.from_settings(settings, transport=k3_transport) as k3_client,
            open_checkpointer(settings.resolved_database_url, pool_size=settings.db_pool_size) as saver,
        ):
            if resolvers is None:
                catalog = await open_catalog_for(settings, k3_client, clock=clock)
            else:
                catalog = Catalog.attach(*resolvers, load_plant_workshops(settings.plant_file), now=clock.now)
            materials, workshop_names = catalog.materials, catalog.workshop_names
            attach_alias_store(materials, db)
            k3: Any = SerialReports(k3_client, db)
            ctx = AgentContext(
                k3=k3,
                materials=materials,
                workshop_names=workshop_names,
                directory=people.directory,
                workshops=catalog.workshops,
                audit=AuditLog(db, settings.timezone),
                proposals=ProposalStore(db),
                policy=Policy.from_settings(settings),
                parse=parser or make_parser(settings, materials, workshop_names),
                clock=clock,
                proposal_ttl=timedelta(minutes=settings.proposal_ttl_minutes),
                board_url=settings.public_url.rstrip("/") + "/board" if settings.public_url else "",
                board_link=BoardLinks.maker(settings),
            )
            service = AgentService(build_graph(saver), ctx, max_message_chars=settings.max_message_chars)
            yield Resources(settings, db, k3_client, ctx, service, catalog, people)
    finally:
        db.close()
