"""做了30个，坏了2个 through the real graph and the K/3 emulator: asked, answered, written as the user meant."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

WORKER_WS01 = "u2001"  # 张伟, 机加一车间: MO20261103 and MO20261109 are his shop's


async def _figures(agent: Resources, order: str) -> tuple[float, float]:
    o = await agent.k3.get_order(order)
    return o.good_qty, o.scrap_qty


async def test_the_order_then_whether_the_made_figure_includes_the_scrap(chat: ChatDriver, agent: Resources) -> None:
    before = await _figures(agent, "MO20261103")
    asked = await chat.send(WORKER_WS01, "今天做了30个，坏了2个")
    assert [m.kind for m in asked] == ["question"] and "订单号" in asked[0].text
    question = await chat.send(WORKER_WS01, "1103")
    assert [m.kind for m in question] == ["question"]
    assert "30个里包括坏的2个吗" in question[0].text and "良品28" in question[0].text and "良品30" in question[0].text
    card = await chat.send(WORKER_WS01, "不包括")
    assert card[0].kind == "proposal" and "良品 30，不良 2" in card[0].text
    corrected = await chat.send(WORKER_WS01, "不良改成3")
    assert "良品 30，不良 3" in text_of(corrected)
    assert await _figures(agent, "MO20261103") == before, "nothing is written before confirmation"
    written = await chat.send(WORKER_WS01, "确认")
    assert "报工单" in text_of(written)
    after = await _figures(agent, "MO20261103")
    assert (after[0] - before[0], after[1] - before[1]) == (30, 3)


async def test_asked_and_answered_in_english(chat: ChatDriver, agent: Resources) -> None:
    before = await _figures(agent, "MO20261109")
    question = await chat.send(WORKER_WS01, "MO20261109 made 30 today, 2 scrapped")
    assert question[0].kind == "question" and question[0].text.startswith("Do the 30 include the 2 bad ones?")
    card = await chat.send(WORKER_WS01, "yes")  # answers the question: no confirmation is waiting yet
    assert card[0].kind == "proposal" and "good 28, scrap 2" in card[0].text  # English in, English out
    await chat.click("confirm", user=WORKER_WS01)
    after = await _figures(agent, "MO20261109")
    assert (after[0] - before[0], after[1] - before[1]) == (28, 2)


async def test_an_unclear_answer_is_asked_again_then_the_good_figure(chat: ChatDriver, agent: Resources) -> None:
    before = await _figures(agent, "MO20261103")
    await chat.send(WORKER_WS01, "MO20261103 做了12个 坏了1个")
    again = await chat.send(WORKER_WS01, "啥意思")
    assert "12个里包括坏的1个吗" in again[0].text and "请回复“包括”或“不包括”" in again[0].text
    plain = await chat.send(WORKER_WS01, "不知道")
    assert plain[0].kind == "question" and "良品数量" in plain[0].text
    card = await chat.send(WORKER_WS01, "10")
    assert "良品 10，不良 1" in card[0].text
    await chat.send(WORKER_WS01, "确认")
    after = await _figures(agent, "MO20261103")
    assert (after[0] - before[0], after[1] - before[1]) == (10, 1)


async def test_a_report_that_says_which_is_not_asked(chat: ChatDriver) -> None:
    card = await chat.send(WORKER_WS01, "MO20261103 完成20其中不良1")
    assert [m.kind for m in card] == ["proposal"] and "良品 19，不良 1" in card[0].text
    await chat.send(WORKER_WS01, "取消")
    card = await chat.send(WORKER_WS01, "MO20261103 做了20个，另外坏了1个")
    assert [m.kind for m in card] == ["proposal"] and "良品 20，不良 1" in card[0].text
