"""K/3 events, pure: detection by diffing order snapshots, routing rules, markdown, order health.

The I/O around them (polling K/3, the outbox, the board) lives in `api/events/`.
"""

from __future__ import annotations

from agent.events.detect import Limits, diff_order
from agent.events.models import Event, OrderSnapshot
from agent.events.render import render_event
from agent.events.routing import RoutingConfig, RoutingError, Target, load_rules, route

__all__ = [
    "Event",
    "Limits",
    "OrderSnapshot",
    "RoutingConfig",
    "RoutingError",
    "Target",
    "diff_order",
    "load_rules",
    "render_event",
    "route",
]
