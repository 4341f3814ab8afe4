"""The dialogue runner judges the K/3 end state: our own dialogues (what a new user saw in issue 13, and the 250 of
own.jsonl) write nothing the user did not mean unless evals/baseline.json lists them with why, and the ones that pass
keep passing. Blind batches are scored once, not here."""

from __future__ import annotations

import asyncio
import json
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

import pytest

from dingk3.paths import REPO_ROOT
from evals.dialogues import judge, load_dialogues, run_dialogues

SEEN = REPO_ROOT / "evals" / "dialogues" / "seen.jsonl"
OWN = REPO_ROOT / "evals" / "dialogues" / "own.jsonl"
OURS = [d for f in (SEEN, OWN) for d in load_dialogues(f)]
# a dialogue may fail only if evals/baseline.json lists it, with why
KNOWN_FAILING = set(json.loads((REPO_ROOT / "evals" / "baseline.json").read_text(encoding="utf-8"))["dialogues"])


def _run_share(ids: list[str]) -> dict[str, object]:
    """One process's share of the dialogues (each dialogue has fresh state of its own, so shares are independent)."""
    wanted = set(ids)
    return asyncio.run(run_dialogues([d for d in OURS if d.id in wanted]))


@pytest.fixture(scope="module")
def summary() -> dict[str, object]:
    """Every dialogue once, split over two processes (the suite runs on two cores; 300+ dialogues are its longest
    part). The children inherit this test's isolated environment."""
    shares = [[d.id for d in OURS[i::2]] for i in range(2)]
    with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
        parts = list(pool.map(_run_share, shares))
    return {"results": [r for part in parts for r in part["results"]]}  # type: ignore[attr-defined]


def test_no_dialogue_writes_what_its_user_did_not_mean(summary: dict[str, object]) -> None:
    wrong = {r["id"] for r in summary["results"] if r["wrong_writes"]}  # type: ignore[attr-defined]
    assert not wrong - KNOWN_FAILING, sorted(wrong - KNOWN_FAILING)


def test_baseline_lists_only_dialogues_that_still_fail(summary: dict[str, object]) -> None:
    passing = {r["id"] for r in summary["results"] if r["ok"]}  # type: ignore[attr-defined]
    assert not KNOWN_FAILING & passing, (
        f"listed as failing but pass now (remove from baseline.json): {sorted(KNOWN_FAILING & passing)}"
    )


@pytest.mark.parametrize("did", [d.id for d in OURS if d.id not in KNOWN_FAILING])
def test_dialogue_reaches_the_end_state_its_user_meant(summary: dict[str, object], did: str) -> None:
    row = next(r for r in summary["results"] if r["id"] == did)  # type: ignore[attr-defined]
    assert row["ok"], (row["missing"], row["wrong_writes"], row["errors"], row["turns"])


@pytest.mark.parametrize(
    ("expected", "actual", "wrong", "missing"),
    [
        # the right report
        ([{"kind": "report", "order": "MO1", "good": 12, "scrap": 2}],
         [{"kind": "report", "bill": "S1", "order": "MO1", "good": 12.0, "scrap": 2.0}], 0, 0),
        # the correction went to the wrong figure: a wrong write, and the meant one is missing
        ([{"kind": "report", "order": "MO1", "good": 12, "scrap": 2}],
         [{"kind": "report", "bill": "S1", "order": "MO1", "good": 2.0, "scrap": 1.0}], 1, 1),
        # a change that also moved a field the user did not name
        ([{"kind": "change", "order": "MO1", "qty": 500}],
         [{"kind": "change", "order": "MO1", "qty": 500.0, "due": "2026-12-20"}], 1, 1),
        # nothing meant, something written
        ([], [{"kind": "create", "bill": "MO2", "material": "01", "qty": 5.0, "due": "x", "workshop": "WS01"}], 1, 0),
        # nothing written yet
        ([{"kind": "create", "material": "01", "qty": 5}], [], 0, 1),
    ],
)  # fmt: skip
def test_judge_counts_wrong_and_missing_writes(
    expected: list[dict[str, object]], actual: list[dict[str, object]], wrong: int, missing: int
) -> None:
    got_wrong, got_missing = judge(expected, actual)
    assert (len(got_wrong), len(got_missing)) == (wrong, missing)
