"""Cutting one line into its requests: the lexicon's examples are the cases."""

from __future__ import annotations

import pytest

from agent.nlu.clauses import split_clauses
from agent.nlu.lexicon.clauses import CLAUSE_EXAMPLES


@pytest.mark.parametrize(("line", "clauses"), CLAUSE_EXAMPLES)
def test_split_clauses(line: str, clauses: tuple[str, ...]) -> None:
    assert tuple(split_clauses(line)) == clauses
