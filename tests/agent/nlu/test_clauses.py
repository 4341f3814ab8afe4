"""Cutting one line into its requests: the lexicon's examples are the cases."""

from __future__ import annotations

import pytest

from agent.nlu.choices import read_choice, read_others, withdraws_card
from agent.nlu.clauses import split_clauses, spread_orders, then_actions
from agent.nlu.lexicon.clauses import (
    ATTRIBUTED_EXAMPLES,
    CLAUSE_EXAMPLES,
    LIST_MARK,
    LIST_MARK_EXAMPLES,
    SPREAD_EXAMPLES,
    THEN_ACTION_EXAMPLES,
)
from agent.nlu.lexicon.others import OTHERS_EXAMPLES
from agent.nlu.lexicon.replies import WITHDRAW_EXAMPLES


@pytest.mark.parametrize(("line", "clauses"), CLAUSE_EXAMPLES)
def test_split_clauses(line: str, clauses: tuple[str, ...]) -> None:
    assert tuple(split_clauses(line)) == clauses


@pytest.mark.parametrize(("line", "names", "clauses"), ATTRIBUTED_EXAMPLES)
def test_a_handover_cut_by_whose_figures(line: str, names: tuple[str, ...], clauses: tuple[str, ...]) -> None:
    """交接 张伟那边1103合格42 报废2 刘洋1109合格60 (a blind batch: not read): one report per colleague named."""
    assert tuple(split_clauses(line, names)) == clauses


@pytest.mark.parametrize(("line", "requests"), SPREAD_EXAMPLES)
def test_spread_orders(line: str, requests: tuple[str, ...]) -> None:
    assert tuple(spread_orders(line)) == requests


@pytest.mark.parametrize(("text", "dropped"), OTHERS_EXAMPLES)
def test_read_others(text: str, dropped: tuple[str, ...] | None) -> None:
    got = read_others(text)
    assert (None if got is None else tuple(got)) == dropped


@pytest.mark.parametrize("text", ["好了 全部确认", "ok, confirm all three", "好的，全部确认"])
def test_all_cards_after_an_acknowledgement(text: str) -> None:
    got = read_choice(text)
    assert got is not None and (got.action, got.which, got.bare) == ("confirm", None, False)


@pytest.mark.parametrize(("line", "changes"), THEN_ACTION_EXAMPLES)
def test_then_actions(line: str, changes: tuple[tuple[str, str], ...]) -> None:
    assert tuple(then_actions(line)) == changes


@pytest.mark.parametrize(("typed", "read"), LIST_MARK_EXAMPLES)
def test_a_list_mark_at_the_head_of_a_line_is_no_part_of_it(typed: str, read: str) -> None:
    assert LIST_MARK.sub("", typed) == read


@pytest.mark.parametrize(("text", "withdraws"), WITHDRAW_EXAMPLES)
def test_a_request_taken_back_with_nothing_else_of_a_request(text: str, withdraws: bool) -> None:
    assert withdraws_card(text, "MO20261122") is withdraws
