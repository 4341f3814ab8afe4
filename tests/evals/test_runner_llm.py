"""The eval runner on the LLM and hybrid backends, against a local chat-completions server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evals.runner import evaluate
from sim.server import ServerThread
from tests.llm_stub import LlmStub, tool_call

DIALOG = Path(__file__).resolve().parents[2] / "evals" / "cases" / "dialog.jsonl"


@pytest.fixture
def llm(monkeypatch: pytest.MonkeyPatch) -> Iterator[LlmStub]:
    stub = LlmStub()
    with ServerThread(stub.app) as server:
        monkeypatch.setenv("DINGK3_LLM_BASE_URL", server.url + "/v1")
        from dingk3.config import get_settings

        get_settings.cache_clear()
        yield stub


def test_hybrid_reports_calls_tokens_and_who_decided(llm: LlmStub) -> None:
    summary = evaluate(DIALOG, backend="hybrid", resolver="real")
    asked = summary["llm"]["calls"]
    assert asked == len(llm.requests) > 0, "only messages the rules cannot read reach the model"
    assert asked < summary["cases"] and summary["llm"]["share_to_model"] == round(asked / summary["cases"], 4)
    assert summary["llm"]["tokens"] == asked * (321 + 42) and summary["llm"]["failures"] == 0
    asked_ids = {r["id"] for r in summary["results"] if r["backend"] != "hybrid:rules"}
    assert all(r["predicted"]["intent"] == "unknown" for r in summary["results"] if r["id"] in asked_ids)
    deciders = {r["backend"] for r in summary["results"]}
    assert deciders == {"hybrid:rules", "hybrid:rules(model-ungrounded)"}, "the stub reads everything as unknown"


def test_llm_backend_is_really_the_llm(llm: LlmStub) -> None:
    llm.script.extend([tool_call(intent="help")] * 200)
    summary = evaluate(DIALOG, backend="llm", resolver="real")
    assert summary["llm"]["calls"] == summary["cases"], "every case goes to the model"
    assert {r["backend"] for r in summary["results"]} == {"llm"}
