"""Wires the event pieces from Settings and runs them: one background loop that polls K/3 every
`watch_interval_s`, writes the 09:00 digest when due, and delivers the outbox every second (or when woken)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from agent.events.routing import RoutingConfig, load_rules
from api.events.board import BoardSource
from api.events.channels import DingTalkSender
from api.events.digest import DailyDigest
from api.events.dispatch import Dispatcher, fold_held
from api.events.outbox import Outbox, OutboxWorker, Sender
from api.events.store import EventStore
from api.events.watcher import Watcher
from dingk3.boardlinks import BoardLinks
from dingk3.calendar_file import load_calendar
from dingk3.clock import Clock
from dingk3.config import Settings
from dingk3.db import Database
from dingk3.errors import K3Error
from tools.directory import Directory, Workshops
from tools.k3 import K3Client

__all__ = ["AgentEvents", "EventsRuntime", "attach_events", "board_url", "k3_zone", "open_events"]

log = logging.getLogger("dingk3.events")

_DELIVER_EVERY_S = 1.0


def k3_zone(settings: Settings) -> tzinfo:
    """The zone of K/3's timestamps, which the watcher's clock must match (stuck and overdue are time spans)."""
    name = settings.k3_timezone or settings.timezone
    if name == "local":
        local = datetime.now().astimezone().tzinfo
        assert local is not None
        return local
    return ZoneInfo(name)


def board_url(settings: Settings) -> str:
    return settings.public_url.rstrip("/") + "/board" if settings.public_url else ""


class EventsRuntime:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        k3: K3Client,
        sender: Sender,
        *,
        routing: RoutingConfig | None = None,
        directory: Directory | None = None,
        workshops: Workshops | None = None,
        clock: Clock | Callable[[], float] | None = None,
    ) -> None:
        self.settings = settings
        self.config = routing or load_rules(settings.routing_file)
        self.tz = k3_zone(settings)  # K/3's stamps are compared in K/3's zone (the plant's unless told otherwise)
        self.plant_tz = ZoneInfo(settings.timezone)  # the digest hour and quiet hours are the plant's
        self.clock: Callable[[], float] = clock.time if isinstance(clock, Clock) else clock or time.time
        clock = self.clock
        directory = directory if directory is not None else Directory.from_csv(settings.data_dir / "users.csv")
        workshops = workshops if workshops is not None else Workshops([])
        self.workshops = workshops
        url = board_url(settings)
        self.store = EventStore(db)
        self.outbox = Outbox(db, clock)
        self.dispatcher = Dispatcher(
            self.outbox,
            self.config,
            directory,
            board_url=url,
            board_link=BoardLinks.maker(settings),
            local_now=self._plant,
        )
        self.watcher = Watcher(
            k3, self.store, self.dispatcher, self.config.limits, directory, tz=self.tz, clock=clock,
            overlap_s=settings.watch_overlap_s,
        )  # fmt: skip
        self.worker = OutboxWorker(
            self.outbox, sender, fold=fold_held, max_attempts=settings.outbox_max_attempts,
            backoff_s=settings.outbox_backoff_s, claim_s=settings.outbox_claim_s,
            robot_rate_per_min=settings.robot_rate_per_min,
        )  # fmt: skip
        self.calendar = load_calendar(settings.plant_file)
        self.board = BoardSource(k3, self.store, self.config.limits, tz=self.tz, clock=clock,
                                 cache_s=settings.board_cache_s, calendar=self.calendar)  # fmt: skip
        self.digest = DailyDigest(self.board, self.store, self.outbox, directory, workshops, at=settings.digest_time,
                                  board_url=url, board_link=BoardLinks.maker(settings),
                                  local_now=lambda: self._plant(self.clock()), calendar=self.calendar)  # fmt: skip
        self._wake = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()

    def _plant(self, ts: float) -> datetime:
        """The plant's wall time, without a zone: quiet hours and the digest hour are read in it."""
        return datetime.fromtimestamp(ts, self.plant_tz).replace(tzinfo=None)

    async def tick(self, *, poll: bool = True) -> dict[str, int]:
        """One round: poll K/3, write the digest if due, deliver. Each step's failure is logged, not raised."""
        out = {"events": 0, "digest": 0, "sent": 0}
        if poll:
            try:
                out["events"] = len(await self.watcher.poll_once())
            except Exception:
                log.exception("watch: polling K/3 failed")
            try:
                out["digest"] = await self.digest.run_if_due()
            except Exception:
                log.exception("daily digest failed")
        try:
            out["sent"] = await self.worker.run_once()
        except Exception:
            log.exception("outbox delivery failed")
        return out

    async def run(self, interval_s: float) -> None:
        """Forever: poll every `interval_s`, deliver every second and whenever woken."""
        next_poll = 0.0
        while True:
            now = time.monotonic()
            due = now >= next_poll
            if due:
                next_poll = now + interval_s
            await self.tick(poll=due)
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=_DELIVER_EVERY_S)

    def wake(self) -> None:
        self._wake.set()

    def spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.wait(list(self._tasks), timeout=30)


class AgentEvents:
    """The agent's `events` hook: after a confirmed write, diff the written order now and wake delivery.

    Runs in the background, so the requester's reply never waits for it.
    """

    def __init__(self, runtime: EventsRuntime) -> None:
        self.runtime = runtime

    async def written(self, proposal: Any, detail: dict[str, Any]) -> None:
        bill = proposal.order_no if proposal.intent == "report_output" else detail.get("bill_no")
        if bill:
            self.runtime.spawn(self._observe(str(bill)))

    async def _observe(self, bill: str) -> None:
        try:
            if await self.runtime.watcher.observe([bill]):
                self.runtime.wake()
        except Exception:
            log.exception("events for the agent's write to %s failed (the watcher will catch up)", bill)


@asynccontextmanager
async def open_events(
    settings: Settings,
    db: Database,
    k3: K3Client,
    *,
    dingtalk_transport: httpx.AsyncBaseTransport | None = None,
    clock: Clock | None = None,
    workshops: Workshops | None = None,
    directory: Directory | None = None,
) -> AsyncIterator[EventsRuntime]:
    """The events runtime with its own DingTalk client (retries=0: the outbox retries), and its loop when
    `watch_interval_s` > 0. `workshops`: the agent's (kept in step with K/3); by default read from K/3 now.
    `directory`: the agent's (kept in step with DingTalk); by default users.csv."""
    from tools.dingtalk import DingTalkClient

    if workshops is None:
        workshops = await _workshops_from_k3(settings, k3)
    async with DingTalkClient.from_settings(settings, transport=dingtalk_transport, retries=0) as client:
        config = load_rules(settings.routing_file)
        events = EventsRuntime(
            settings,
            db,
            k3,
            DingTalkSender(client, config.robots),
            routing=config,
            clock=clock,
            workshops=workshops,
            directory=directory,
        )
        loop = None
        if settings.watch_interval_s > 0:
            loop = asyncio.get_running_loop().create_task(events.run(settings.watch_interval_s))
        try:
            yield events
        finally:
            if loop is not None:
                loop.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await loop
            await events.drain()


async def _workshops_from_k3(settings: Settings, k3: K3Client) -> Workshops:
    """K/3's workshops with the plant file's facts; none (names shown as numbers) when K/3 does not answer."""
    from dingk3.plant import load_plant_workshops
    from tools.resolve.live import workshop_infos

    plant = load_plant_workshops(settings.plant_file)
    try:
        return Workshops(workshop_infos(await k3.list_workshops(), plant))
    except K3Error as exc:
        log.warning("workshops not read from K/3 (%s): the digest and board show workshop numbers", exc)
        return Workshops([])


def attach_events(runtime: Any, events: EventsRuntime) -> None:
    """Give the running agent its `events` hook (its context is frozen: replace it in the service)."""
    import dataclasses

    ctx = dataclasses.replace(runtime.res.service.ctx, events=AgentEvents(events))
    runtime.res.service.ctx = ctx
    runtime.res.ctx = ctx
