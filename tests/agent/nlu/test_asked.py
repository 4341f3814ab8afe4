"""A state word negated (还没做完, 先别下达, isn't finished) or said in a presumptive question (已经完工了吧) is never a
command: every listed example of agent.nlu.lexicon.asked reads as it says."""

from __future__ import annotations

import pytest

from agent.nlu.lexicon.asked import (
    NEGATED,
    NEGATED_EXAMPLES,
    NOT_NEGATED_EXAMPLES,
    NOT_PRESUMED_EXAMPLES,
    PRESUMED,
    PRESUMED_EXAMPLES,
)
from agent.nlu.lexicon.orders import ACTION_WORDS
from agent.nlu.work import prepare


def _is_state_word(word: str) -> bool:
    return any(pattern.fullmatch(word) for pattern, _ in ACTION_WORDS)


@pytest.mark.parametrize(("before", "word"), NEGATED_EXAMPLES)
def test_a_negation_before_a_state_word_is_read(before: str, word: str) -> None:
    assert _is_state_word(word)
    assert NEGATED.search(before)


@pytest.mark.parametrize(("before", "word"), NOT_NEGATED_EXAMPLES)
def test_words_that_only_contain_a_negation_leave_the_command(before: str, word: str) -> None:
    assert _is_state_word(word)
    assert not NEGATED.search(before)


@pytest.mark.parametrize("text", PRESUMED_EXAMPLES)
def test_a_presumptive_question_is_read(text: str) -> None:
    assert PRESUMED.search(prepare(text))


@pytest.mark.parametrize("text", NOT_PRESUMED_EXAMPLES)
def test_a_decision_or_command_with_ba_is_no_question(text: str) -> None:
    assert not PRESUMED.search(prepare(text))
