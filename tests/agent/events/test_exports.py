"""The public surface of agent.events stays small and pinned."""

from __future__ import annotations

import agent.events


def test_agent_events_all() -> None:
    assert sorted(agent.events.__all__) == [
        "Event", "Limits", "OrderSnapshot", "RoutingConfig", "RoutingError", "Target", "diff_order", "load_rules",
        "render_event", "route",
    ]  # fmt: skip
    assert all(hasattr(agent.events, n) for n in agent.events.__all__)
