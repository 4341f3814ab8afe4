"""The public surface of `agent.nlu` stays small and pinned."""

from __future__ import annotations

import agent.nlu


def test_nlu_all() -> None:
    assert sorted(agent.nlu.__all__) == [
        "CANONICAL_SLOTS",
        "INTENTS",
        "MaterialLookup",
        "ParsedCommand",
        "WorkshopLookup",
        "parse_rules",
        "resolve_parsed",
        "understand",
    ]
    for name in agent.nlu.__all__:
        assert hasattr(agent.nlu, name)
