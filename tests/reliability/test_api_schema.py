"""The HTTP API against its own OpenAPI spec (schemathesis): no 5xx for anything the spec allows; callback routes
refuse every unsigned request with 401 (their bodies are only read after the signature check)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.conftest import start_stack

SIGNED = {"/dingtalk/robot", "/dingtalk/cards"}


def _fuzz(op: Any, base_url: str, seen: list[tuple[str, str, int]]) -> None:
    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(data=st.data())
    def check(data: Any) -> None:
        case = data.draw(op.as_strategy())
        response = case.call(base_url=base_url)
        seen.append((case.method, case.path, response.status_code))
        assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:200])
        if case.path in SIGNED:
            assert response.status_code == 401, "no signature, no entry"

    check()


def test_the_api_never_answers_5xx(k3_fresh_url: str, tmp_path: Path, resolvers: Any) -> None:
    for stack in start_stack(k3_fresh_url, tmp_path / "state", resolvers):
        schema = schemathesis.openapi.from_url(stack.api_url + "/openapi.json")
        operations = [r.ok() for r in schema.get_all_operations()]
        assert {op.path for op in operations} >= SIGNED | {"/healthz", "/metrics", "/board"}
        seen: list[tuple[str, str, int]] = []
        for op in operations:
            _fuzz(op, stack.api_url, seen)
        assert {p for _, p, _ in seen} >= SIGNED
