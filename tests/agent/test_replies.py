"""What a chat user reads: small talk gets one short line in the sender's language, never the whole help in a group;
every fixed line exists in Chinese and in English."""

from __future__ import annotations

import re
from string import Formatter

import pytest

from agent.phrases import LINES, language_of
from agent.replies import help_text, not_understood, writes_english


@pytest.mark.parametrize(
    ("text", "group", "expected"),
    [
        ("谢谢", True, "不客气。"),
        ("谢谢啦！", False, "不客气。"),
        ("thanks!", True, "You're welcome."),
        ("好的", True, "有需要直接说；发“帮助”可以看到例子。"),
        ("今天食堂吃什么", True, "抱歉，没听懂。发“帮助”看看我能做什么。"),
        ("what's for lunch", True, "Sorry, I didn't get that. Send `help` to see what I can do."),
    ],
)
def test_small_talk_gets_one_short_line(text: str, group: bool, expected: str) -> None:
    assert not_understood(text, group=group) == expected


def test_a_1to1_chat_gets_the_help_when_not_understood() -> None:
    reply = not_understood("今天食堂吃什么", group=False)
    assert reply.startswith("抱歉，我没听懂。") and help_text() in reply


@pytest.mark.parametrize(
    ("text", "english"),
    [("report good 480 for MO20261102", True), ("MO20261102 报工 良品480", False), ("12345", False)],
)
def test_writes_english(text: str, english: bool) -> None:
    assert writes_english(text) is english


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("MO20261102 报工 良品480", "zh"),
        ("report good 480 for MO20261102", "en"),
        ("MO20261103", None),  # an order number alone: the conversation's language goes on
        ("2", None),
        ("ok", None),  # Chinese speakers type it too
        ("[card:confirm]", None),  # a button press
        ("yes", "en"),
    ],
)
def test_the_language_of_a_message(text: str, lang: str | None) -> None:
    assert language_of(text) == lang


@pytest.mark.parametrize("key", sorted(LINES))
def test_every_line_is_said_in_both_languages(key: str) -> None:
    zh, en = LINES[key]
    assert zh and en and not re.search(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]", en), en
    fields = {name for _, name, _, _ in Formatter().parse(en) if name}
    assert fields <= {name for _, name, _, _ in Formatter().parse(zh) if name}, "English asks for a value Chinese lacks"


def test_the_phrases_package_exports_a_handful_of_names() -> None:
    import agent.phrases

    assert sorted(agent.phrases.__all__) == ["LINES", "Lang", "in_lang", "language_of", "say"]
    assert all(hasattr(agent.phrases, n) for n in agent.phrases.__all__)
