"""The dialogue runner judges the K/3 end state: our own dialogues (what a new user saw in issue 13, and the 250 of
own.jsonl) write nothing the user did not mean unless evals/baseline.json lists them with why, and the ones that pass
keep passing. Blind batches are scored once, not here.

300+ dialogues are the suite's longest part: one test per dialogue, so `make test` spreads them over its workers
(pytest-xdist, one per core); each worker builds the K/3 and index templates once and every dialogue copies them."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dingk3.paths import REPO_ROOT
from evals.dialogues import judge, load_dialogues, run_dialogues

SEEN = REPO_ROOT / "evals" / "dialogues" / "seen.jsonl"
OWN = REPO_ROOT / "evals" / "dialogues" / "own.jsonl"
OURS = {d.id: d for f in (SEEN, OWN) for d in load_dialogues(f)}
# a dialogue may fail only if evals/baseline.json lists it, with why
KNOWN_FAILING = set(json.loads((REPO_ROOT / "evals" / "baseline.json").read_text(encoding="utf-8"))["dialogues"])


async def _run(did: str, templates: Any) -> dict[str, Any]:
    """One dialogue on fresh state of its own (copies of the templates)."""
    summary = await run_dialogues([OURS[did]], templates=templates)
    return dict(summary["results"][0])


@pytest.mark.parametrize("did", [d for d in OURS if d not in KNOWN_FAILING])
async def test_dialogue_reaches_the_end_state_its_user_meant(eval_templates: Any, did: str) -> None:
    row = await _run(did, eval_templates)
    assert not row["wrong_writes"], ("wrote what its user did not mean", row["wrong_writes"], row["turns"])
    assert row["ok"], (row["missing"], row["wrong_writes"], row["errors"], row["turns"])


@pytest.mark.parametrize("did", sorted(KNOWN_FAILING & set(OURS)))
async def test_a_dialogue_the_baseline_lists_still_fails(eval_templates: Any, did: str) -> None:
    """Listed in evals/baseline.json: it may fail, but it must not pass (then remove it from the baseline)."""
    row = await _run(did, eval_templates)
    assert not row["ok"], f"{did} is listed as failing but passes now (remove it from baseline.json)"


def test_a_change_put_back_is_no_change_of_the_order() -> None:
    """blind29-022: MO20261118 raised to 550, written, then put back to 500 (its own quantity) while MO20261121 got
    the 550: K/3 ends with 1118 as it began and one change of 1121."""
    seeded = {"MO1": {"FQty": 500.0, "FPlanFinishDate": "2026-12-10T00:00:00", "FWorkShopID.FNumber": "WS01",
                      "FStatus": 3}}  # fmt: skip
    expected = [{"kind": "change", "order": "MO1", "qty": 550}, {"kind": "change", "order": "MO1", "qty": 500},
                {"kind": "change", "order": "MO2", "qty": 550}]  # fmt: skip
    actual = [{"kind": "change", "bill": "MO2", "order": "MO2", "qty": 550.0}]
    assert judge(expected, actual, seeded) == ([], [])
    # without what the order was, the put-back change is still expected (and missing)
    assert len(judge(expected, actual)[1]) == 1


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
        # two people's changes of one order (blind27-031): K/3 holds the order once, with both fields moved
        ([{"kind": "change", "order": "MO1", "due": "2026-12-29"}, {"kind": "change", "order": "MO1", "qty": 850}],
         [{"kind": "change", "order": "MO1", "qty": 850.0, "due": "2026-12-29"}], 0, 0),
        # only one of them written: the order's end state lacks the other
        ([{"kind": "change", "order": "MO1", "due": "2026-12-29"}, {"kind": "change", "order": "MO1", "qty": 850}],
         [{"kind": "change", "order": "MO1", "due": "2026-12-29"}], 1, 1),
    ],
)  # fmt: skip
def test_judge_counts_wrong_and_missing_writes(
    expected: list[dict[str, object]], actual: list[dict[str, object]], wrong: int, missing: int
) -> None:
    got_wrong, got_missing = judge(expected, actual)
    assert (len(got_wrong), len(got_missing)) == (wrong, missing)
