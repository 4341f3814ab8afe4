"""Prometheus metrics of one app instance (own registry, so tests and workers don't collide)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

__all__ = ["Metrics"]


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter(
            "dingk3_messages_total", "Chat inputs handled", ["kind", "intent", "backend"], registry=self.registry
        )
        self.duplicates = Counter(
            "dingk3_duplicate_deliveries_total", "Redelivered inputs ignored", registry=self.registry
        )
        self.latency = Histogram(
            "dingk3_handle_seconds", "Time from input to reply ready", ["kind"], registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )  # fmt: skip
        self.errors = Counter(
            "dingk3_errors_total", "Inputs that failed unexpectedly", ["kind"], registry=self.registry
        )
        self.k3_calls = Gauge("dingk3_k3_calls", "K/3 WebAPI calls made by this process", registry=self.registry)
        self.delivered = Gauge("dingk3_messages_delivered", "Messages delivered to DingTalk", registry=self.registry)
        self.delivery_failed = Gauge(
            "dingk3_delivery_failures", "Messages DingTalk did not take", registry=self.registry
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
