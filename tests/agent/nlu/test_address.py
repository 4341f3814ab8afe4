"""A group message that opens with a person (吴磊 …, 李工 …, @刘洋 …) speaks to them, not to the bot; words that
only start like a title (白班, 周一, 马上) and the bot's own mention do not."""

from __future__ import annotations

import pytest

from agent.nlu.address import addressee
from agent.nlu.lexicon.address import ADDRESS_EXAMPLES, NOT_ADDRESS_EXAMPLES

PEOPLE = ("吴磊", "刘洋", "周敏", "黄静")


@pytest.mark.parametrize(("text", "person"), ADDRESS_EXAMPLES)
def test_the_person_spoken_to_is_read(text: str, person: str) -> None:
    assert addressee(text, PEOPLE) == person


@pytest.mark.parametrize("text", NOT_ADDRESS_EXAMPLES)
def test_a_message_to_the_bot_names_nobody(text: str) -> None:
    assert addressee(text, PEOPLE) is None


def test_a_name_is_one_only_when_a_break_follows() -> None:
    assert addressee("黄静的单子改一下", PEOPLE) is None
