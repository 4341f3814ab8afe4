"""The public surface of api.events stays small and pinned."""

from __future__ import annotations

import api.events


def test_api_events_all() -> None:
    assert sorted(api.events.__all__) == [
        "AgentEvents", "EventsRuntime", "Outbox", "OutboxWorker", "Watcher", "attach_events", "open_events",
    ]  # fmt: skip
    assert all(hasattr(api.events, n) for n in api.events.__all__)
