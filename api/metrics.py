"""Prometheus metrics: counters of what each process did (summed over every worker of `dingk3 serve` in
multiprocess mode), and gauges of waiting work read from the database at scrape time (right from any worker)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest, multiprocess
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from agent.proposals import ProposalStore
from api.events.outbox import Outbox
from dingk3.clock import Clock
from dingk3.db import Database

__all__ = ["MULTIPROC_ENV", "Metrics", "WaitingWork", "prepare_multiprocess", "process_exited"]

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


def prepare_multiprocess(default: Path) -> Path:
    """Before the workers start: an empty folder for their metric files (`PROMETHEUS_MULTIPROC_DIR`, else
    `default`), named in the environment they inherit (prometheus_client reads it when first imported)."""
    path = Path(os.environ.get(MULTIPROC_ENV) or default)
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob("*.db"):  # counts of an earlier run would be added to this one's
        old.unlink()
    os.environ[MULTIPROC_ENV] = str(path)
    return path


def process_exited(pid: int) -> None:
    """A worker stops: its live gauges leave the sum (its counters stay: they happened)."""
    if os.environ.get(MULTIPROC_ENV):
        multiprocess.mark_process_dead(pid)  # type: ignore[no-untyped-call]


class Metrics:
    """The counters of one process. Each instance has its own registry, so tests and apps don't collide; in
    multiprocess mode the values go to files that a scrape of any worker sums."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter(
            "dingk3_messages", "Chat inputs handled", ["kind", "intent", "backend"], registry=self.registry
        )
        self.duplicates = Counter("dingk3_duplicate_deliveries", "Redelivered inputs ignored", registry=self.registry)
        self.latency = Histogram(
            "dingk3_handle_seconds", "Time from input to reply ready", ["kind"], registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )  # fmt: skip
        self.errors = Counter("dingk3_errors", "Inputs that failed unexpectedly", ["kind"], registry=self.registry)
        self.k3_calls = Counter("dingk3_k3_calls", "K/3 WebAPI calls made", registry=self.registry)
        self.delivered = Counter("dingk3_messages_delivered", "Messages delivered to DingTalk", registry=self.registry)
        self.delivery_failed = Counter(
            "dingk3_delivery_failures", "Messages DingTalk did not take", registry=self.registry
        )
        self._seen: dict[int, int] = {}  # id of a counter → the component's tally at its last catch-up
        self._catching_up = threading.Lock()

    def catch_up(self, counter: Counter, total: int) -> None:
        """Count what a component tallies itself (K/3 calls, deliveries) since the last catch-up."""
        with self._catching_up:  # the event loop and a scrape's thread both catch up
            added = total - self._seen.get(id(counter), 0)
            if added > 0:
                counter.inc(added)
                self._seen[id(counter)] = total

    def render(self, *collectors: Collector) -> bytes:
        """The exposition text: every worker's counters (or this process's), then `collectors` read now."""
        if os.environ.get(MULTIPROC_ENV):
            summed = CollectorRegistry()
            multiprocess.MultiProcessCollector(summed)  # type: ignore[no-untyped-call]
            text = generate_latest(summed)
        else:
            text = generate_latest(self.registry)
        now = CollectorRegistry(auto_describe=False)
        for c in collectors:
            now.register(c)
        return text + generate_latest(now)


class WaitingWork(Collector):
    """Gauges of work waiting in the database: the outbox (depth, dead letters) and proposals waiting for a
    confirmation or an approval (how many, the oldest's age). Read at each scrape, so every worker agrees."""

    def __init__(self, db: Database, proposals: ProposalStore, clock: Clock) -> None:
        self.outbox = Outbox(db, clock.time)
        self.proposals = proposals
        self.clock = clock

    def collect(self) -> Iterator[Metric]:
        counts = self.outbox.counts()
        yield GaugeMetricFamily(
            "dingk3_outbox_depth", "Outbox messages not yet sent (held, pending, sending)",
            value=sum(counts.get(s, 0) for s in ("held", "pending", "sending")),
        )  # fmt: skip
        yield GaugeMetricFamily("dingk3_outbox_dead", "Outbox messages given up on", value=counts.get("dead", 0))
        now = self.clock.now()
        waiting = GaugeMetricFamily("dingk3_proposals_waiting", "Proposals waiting for a person", labels=["stage"])
        oldest = GaugeMetricFamily(
            "dingk3_proposals_oldest_waiting_seconds", "Age of the oldest proposal waiting", labels=["stage"]
        )
        records = self.proposals.waiting()
        for stage, status in (("confirmation", "pending"), ("approval", "awaiting_approval")):
            # an expired proposal waits for nobody: a press on it is refused
            ages = [
                (now - datetime.fromisoformat(r.created_at)).total_seconds()
                for r in records
                if r.status == status and (status != "pending" or not r.expired(now))
            ]
            waiting.add_metric([stage], len(ages))
            oldest.add_metric([stage], max(ages, default=0.0))
        yield waiting
        yield oldest
