"""Replies no pattern knows, recognised by likeness to the phrase bank — and what is never taken for a yes."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from agent.nlu import parse_rules
from agent.nlu.rules import LIKENESS_CONFIDENCE
from agent.nlu.similar import BANK_PATH, closest_reply
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-11-20T09:00:00+08:00")
DEMO = demo_vocabulary()  # the demo plant's workshops: the parser knows none of its own
BANK = {json.loads(line)["text"] for line in BANK_PATH.read_text(encoding="utf-8").splitlines() if line.strip()}


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("ok fine, submit it then", "confirm"),
        ("行，那就这样提交了", "confirm"),
        ("没问题 下吧", "confirm"),
        ("yep that works, go", "confirm"),
        ("No wait, cancel that.", "cancel"),
        ("不要了，客户那边说不要货了", "cancel"),
    ],
)
def test_unknown_replies_like_known_ones_are_recognised_with_low_confidence(text: str, intent: str) -> None:
    parsed = parse_rules(text, now=NOW, vocabulary=DEMO)
    assert parsed.intent == intent
    if text not in BANK:  # matched by likeness, not by a pattern: never confident enough to write on its own
        assert parsed.confidence == LIKENESS_CONFIDENCE < 0.8


@pytest.mark.parametrize("text", ["不行，再等等", "好是好，但是不要提交", "don't send it yet", "没确认过的别提交"])
def test_a_denial_is_never_a_yes(text: str) -> None:
    assert closest_reply(text) != "confirm"
    assert parse_rules(text, now=NOW, vocabulary=DEMO).intent != "confirm"


@pytest.mark.parametrize("text", ["今天中午吃什么", "可以下班了吗", "车间空调又坏了", "what time is the meeting"])
def test_chatter_stays_chatter(text: str) -> None:
    assert text not in BANK
    assert parse_rules(text, now=NOW, vocabulary=DEMO).intent == "unknown"
