"""Words of waiting and remarks with nothing of a change in them, told from messages that may change a card."""

from __future__ import annotations

import pytest

from agent.nlu.lexicon.chatter import CHANGE_HINT, CHANGE_HINT_EXAMPLES, WAITING_EXAMPLES
from agent.nlu.models import ParsedCommand
from agent.nlu.remarks import acknowledges, remark, waiting
from agent.nlu.work import prepare
from tests.demo_plant import demo_vocabulary

_NOTHING = ParsedCommand(intent="unknown", confidence=0.3)


@pytest.mark.parametrize(("text", "expected"), WAITING_EXAMPLES)
def test_each_waiting_example(text: str, expected: bool) -> None:
    assert waiting(text) is expected


@pytest.mark.parametrize(("text", "expected"), CHANGE_HINT_EXAMPLES)
def test_each_change_hint_example(text: str, expected: bool) -> None:
    assert (CHANGE_HINT.search(prepare(text)) is not None) is expected


@pytest.mark.parametrize(
    ("text", "reading", "expected"),
    [
        ("好的，我先去问问组长", _NOTHING, "waiting"),
        ("老张你先走吧 我随后到", _NOTHING, "chatter"),  # to a colleague: nothing of the card in it
        ("嗯嗯 好好好", _NOTHING, "chatter"),
        # anything that may be a change we could not read keeps the yes after it asked back
        ("换个车间吧", _NOTHING, None),
        ("那个不对", _NOTHING, None),
        ("机加二那边满了", _NOTHING, None),
        ("热处理那边也排满了", _NOTHING, None),  # the plant's shop named without 车间
        ("assembly is packed", _NOTHING, None),
        ("MO20261109那张呢", _NOTHING, None),
        ("不锈钢那个", ParsedCommand(intent="unknown", args={"material_text": "不锈钢"}, confidence=0.3), None),
        ("稍等 我看下水泵壳体的单子", ParsedCommand(intent="create_order", confidence=0.9), "waiting"),
        ("稍等 下周二吧", _NOTHING, None),
        # words that may weigh the card are no chatter: the yes after them is asked back
        ("这个嘛我再琢磨琢磨老李那边", _NOTHING, None),
        ("这样能行吗", _NOTHING, None),
    ],
)
def test_a_remark_is_told_from_a_change(text: str, reading: ParsedCommand, expected: str | None) -> None:
    assert remark(text, reading, demo_vocabulary()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("好的", True), ("行 王哥", True), ("嗯嗯，收到", True), ("确认", False), ("好的 确认", False), ("提交吧", False)],
)
def test_an_acknowledgement_is_told_from_a_yes_to_the_card(text: str, expected: bool) -> None:
    assert acknowledges(text) is expected
