"""Helpers for the event tests: a fake clock, and the event pipeline over a database without the API."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.events.routing import RoutingConfig, parse_rules
from api.events.dispatch import Dispatcher
from api.events.outbox import Outbox
from api.events.store import EventStore
from api.events.watcher import Watcher
from dingk3.db import Database
from dingk3.paths import DEMO_DATA_DIR
from tests.conftest import PLANT_TZ, plant_clock_at
from tools.directory import Directory
from tools.k3 import K3Client

TZ = ZoneInfo(PLANT_TZ)  # the emulator stamps K/3 times in its zone, the plant's
DIRECTORY = Directory.from_csv(DEMO_DATA_DIR / "users.csv")


class FakeClock:
    """Epoch seconds that move only when told; callable like time.time."""

    def __init__(self, start: float | None = None) -> None:
        self.now = plant_clock_at().time() if start is None else start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def local(self) -> datetime:
        return datetime.fromtimestamp(self.now, TZ).replace(tzinfo=None)


def rules(text: str) -> RoutingConfig:
    return parse_rules(text, "test-routing.yaml")


def pipeline(
    db_path: Path, k3: K3Client, config: RoutingConfig, clock: FakeClock, *, overlap_s: float = 5.0
) -> tuple[Watcher, Outbox, EventStore]:
    """A watcher writing to its own Database object on `db_path` (a new one per call: a restarted process)."""
    db = Database(f"sqlite:///{db_path}")
    store, outbox = EventStore(db), Outbox(db, clock)
    dispatcher = Dispatcher(outbox, config, DIRECTORY, board_url="http://dk3/board", local_now=lambda t: clock.local())
    watcher = Watcher(k3, store, dispatcher, config.limits, DIRECTORY, tz=TZ, clock=clock, overlap_s=overlap_s)
    return watcher, outbox, store
