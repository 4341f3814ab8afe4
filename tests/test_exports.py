"""Each package's public surface is small and pinned: a change to it is a deliberate, visible change."""

from __future__ import annotations

import importlib

import pytest

EXPORTS = {
    "dingk3": {"__version__"},
    "agent.rules": {"Facts", "Policy", "check", "check_permission", "working_days"},
    "tools.k3": {"K3Client", "K3Config", "OrderAction", "OrderChange", "OrderStatus", "ProductionOrder"},
    "tools.resolve": {"Candidate", "Catalog", "MaterialResolver", "Resolution", "WorkshopResolver", "open_catalog"},
    "tools.dingtalk": {
        "DingTalkAPIError", "DingTalkAuthError", "DingTalkClient", "DingTalkThrottled", "SessionWebhookExpired",
    },
    "tools.people": {"People", "Placed", "RoleMap", "load_role_map", "parse_role_map"},
    "api": {"create_app"},
    "api.events": {
        "AgentEvents", "EventsRuntime", "Outbox", "OutboxWorker", "Watcher", "attach_events", "open_events",
    },
    "sim.k3cloud": {"EmulatorConfig", "create_app", "serve"},
    "sim.dingtalk": {"SimConfig", "create_app", "serve"},
    "prompts": {"examples", "load", "table"},
    "agent.graph": {"build_graph"},
    "agent.service": {"AgentService", "Click", "Handled"},
    "agent.bootstrap": {"Resources", "open_agent", "open_people", "open_resolvers"},
    "dingk3.errors": {
        "CatalogUnavailable", "ConfigError", "DingK3Error", "DingTalkError", "K3AuthError", "K3BusinessError",
        "K3Error", "K3TransportError", "K3WriteUncertainError", "ParseTimeout", "ResolveError", "RuleViolation",
    },
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(EXPORTS))
def test_public_surface_is_pinned(module: str) -> None:
    mod = importlib.import_module(module)
    assert set(mod.__all__) == EXPORTS[module]
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name} is exported but missing"
        assert not name.startswith("_") or name == "__version__"
