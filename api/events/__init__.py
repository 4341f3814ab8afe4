"""K/3 → DingTalk events, I/O side: the watcher, the outbox and its worker, the daily digest, the board's data."""

from __future__ import annotations

from api.events.outbox import Outbox, OutboxWorker
from api.events.runtime import AgentEvents, EventsRuntime, attach_events, open_events
from api.events.watcher import Watcher

__all__ = ["AgentEvents", "EventsRuntime", "Outbox", "OutboxWorker", "Watcher", "attach_events", "open_events"]
