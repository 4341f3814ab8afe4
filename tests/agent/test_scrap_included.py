"""做了30个，坏了2个 through the real graph and the K/3 emulator: the card reads it as 30 good and 2 scrap on top
and offers the other reading; written as the user meant."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

WORKER_WS01 = "u2001"  # 张伟, 机加一车间: MO20261103 and MO20261109 are his shop's


async def _figures(agent: Resources, order: str) -> tuple[float, float]:
    o = await agent.k3.get_order(order)
    return o.good_qty, o.scrap_qty


async def test_the_order_then_the_card_with_the_other_reading(chat: ChatDriver, agent: Resources) -> None:
    before = await _figures(agent, "MO20261103")
    asked = await chat.send(WORKER_WS01, "今天做了30个，坏了2个")
    assert [m.kind for m in asked] == ["question"] and "订单号" in asked[0].text
    card = await chat.send(WORKER_WS01, "1103")
    assert card[0].kind == "proposal" and "良品 30，不良 2" in card[0].text, "30 good, 2 on top: as people mean it"
    assert "如30个里已包括坏的2个，回复“包括”，改为良品28、不良2。" in card[0].text
    included = await chat.send(WORKER_WS01, "包括")
    assert "良品 28，不良 2" in text_of(included) and "回复“包括”" not in text_of(included)
    corrected = await chat.send(WORKER_WS01, "不良改成3")
    assert "良品 28，不良 3" in text_of(corrected)
    assert await _figures(agent, "MO20261103") == before, "nothing is written before confirmation"
    written = await chat.send(WORKER_WS01, "确认")
    assert "报工单" in text_of(written)
    after = await _figures(agent, "MO20261103")
    assert (after[0] - before[0], after[1] - before[1]) == (28, 3)


async def test_in_english_a_plain_yes_confirms_the_card_as_shown(chat: ChatDriver, agent: Resources) -> None:
    before = await _figures(agent, "MO20261109")
    card = await chat.send(WORKER_WS01, "MO20261109 made 30 today, 2 scrapped")
    assert card[0].kind == "proposal" and "good 30, scrap 2" in card[0].text  # English in, English out
    assert "If the 30 already include the 2 scrap, reply “included”" in card[0].text
    written = await chat.send(WORKER_WS01, "yes")
    assert "SCHB" in text_of(written)
    after = await _figures(agent, "MO20261109")
    assert (after[0] - before[0], after[1] - before[1]) == (30, 2)


async def test_a_yes_asked_as_a_question_is_asked_back(chat: ChatDriver, agent: Resources) -> None:
    before = await _figures(agent, "MO20261103")
    await chat.send(WORKER_WS01, "MO20261103 做了12个 坏了1个")
    huh = await chat.send(WORKER_WS01, "嗯？")
    assert huh[0].kind == "question" and await _figures(agent, "MO20261103") == before, "嗯？ is no consent"
    card = await chat.send(WORKER_WS01, "11")  # the good count of "the 12 include the 1"
    assert "良品 11，不良 1" in text_of(card)
    await chat.send(WORKER_WS01, "确认")
    after = await _figures(agent, "MO20261103")
    assert (after[0] - before[0], after[1] - before[1]) == (11, 1)


async def test_a_report_that_says_which_is_not_asked(chat: ChatDriver) -> None:
    card = await chat.send(WORKER_WS01, "MO20261103 完成20其中不良1")
    assert [m.kind for m in card] == ["proposal"] and "良品 19，不良 1" in card[0].text
    await chat.send(WORKER_WS01, "取消")
    card = await chat.send(WORKER_WS01, "MO20261103 做了20个，另外坏了1个")
    assert [m.kind for m in card] == ["proposal"] and "良品 20，不良 1" in card[0].text
