"""Small talk and words of waiting while a card waits, through the real graph and the K/3 emulator: the card stays as
shown, a fix after it still fixes it and a yes after it is a yes; after words that may be a change, a yes is asked."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

WORKER_WS01 = "u2001"  # 张伟, 机加一车间: MO20261109 is his shop's
PLANNER = "u1001"


async def test_words_of_waiting_leave_the_card_and_a_fix_after_them_fixes_it(chat: ChatDriver) -> None:
    card = text_of(await chat.send(PLANNER, "MO20261125 数量改成400"))
    assert "数量 300 → 400" in card
    waited = await chat.send(PLANNER, "好的 等我一下，我翻翻排班表")
    assert [m.kind for m in waited] == ["question"] and "卡片先留着" in waited[0].text
    assert "数量 300 → 380" in text_of(await chat.send(PLANNER, "数量改成380"))
    gone_on = [m.kind for m in await chat.send(PLANNER, "确认")]
    assert "question" not in gone_on and gone_on[-1] in ("written", "approval")  # written, or sent on for approval


async def test_a_bare_ok_after_words_of_waiting_is_asked_and_a_plain_yes_writes(chat: ChatDriver) -> None:
    """好的 after the bot's "the card waits" may answer that line: asked; 确认 then goes ahead."""
    await chat.send(WORKER_WS01, "MO20261109 报工 良品40 不良4")
    await chat.send(WORKER_WS01, "收到 我先去问问班长")
    asked = await chat.send(WORKER_WS01, "好的")
    assert [m.kind for m in asked] == ["question"] and "执行请回复“确认”" in asked[0].text
    assert [m.kind for m in await chat.send(WORKER_WS01, "确认")] == ["written"]


async def test_a_yes_after_small_talk_is_a_yes(chat: ChatDriver, agent: Resources) -> None:
    before = await agent.k3.get_order("MO20261109")
    await chat.send(WORKER_WS01, "MO20261109 报工 良品40 不良4")
    await chat.send(WORKER_WS01, "老张你先走吧 我随后到")
    assert [m.kind for m in await chat.send(WORKER_WS01, "确认")] == ["written"]
    after = await agent.k3.get_order("MO20261109")
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (40, 4)


async def test_a_yes_after_words_that_may_change_the_card_is_asked_back(chat: ChatDriver) -> None:
    await chat.send(WORKER_WS01, "MO20261109 报工 良品40 不良4")
    unread = await chat.send(WORKER_WS01, "那个良品其实还有一箱在质检那")
    assert [m.kind for m in unread] == ["question"] and "卡片没有改动" in unread[0].text
    asked = await chat.send(WORKER_WS01, "确认")
    assert [m.kind for m in asked] == ["question"] and "再回复“确认”" in asked[0].text
