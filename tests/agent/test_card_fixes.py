"""A card's figures fixed by an amount or by their wrong value, through the real graph and the K/3 emulator: the card
shows the figure the user meant, and a fix that cannot be applied as said is explained, the card unchanged."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

WORKER_WS01 = "u2001"  # 张伟, 机加一车间: MO20261109 is his shop's
PLANNER = "u1001"


async def test_a_report_fixed_by_an_amount_is_written_as_meant(chat: ChatDriver, agent: Resources) -> None:
    before = await agent.k3.get_order("MO20261109")
    await chat.send(WORKER_WS01, "MO20261109 报工 良品40 不良4")
    refused = await chat.send(WORKER_WS01, "不良多报了6个")
    assert [m.kind for m in refused] == ["question"] and "会小于 0，卡片没有改动" in refused[0].text
    asked = await chat.send(WORKER_WS01, "漏了3个")
    assert "良品还是不良" in asked[0].text
    unknown = await chat.send(WORKER_WS01, "不是7是3")
    assert "卡片上没有 7 这个数（良品数量 40、不良数量 4）" in unknown[0].text
    assert "良品 45，不良 4" in text_of(await chat.send(WORKER_WS01, "良品少算了5个"))
    assert "良品 45，不良 2" in text_of(await chat.send(WORKER_WS01, "不良寫錯了，不是四個，是兩個"))
    await chat.send(WORKER_WS01, "确认")
    after = await agent.k3.get_order("MO20261109")
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (45, 2)


async def test_a_change_counts_from_the_order_when_the_words_say_so(chat: ChatDriver) -> None:
    assert "数量 300 → 400" in text_of(await chat.send(PLANNER, "MO20261125 数量改成400"))
    assert "数量 300 → 350" in text_of(await chat.send(PLANNER, "比原来多50就行"))
    assert "数量 300 → 360" in text_of(await chat.send(PLANNER, "再加10"))  # from the card's 350
    refused = await chat.send(PLANNER, "比原来少400")
    assert "数量 300，减去 400 会小于 0" in refused[0].text


async def test_in_english_a_figure_on_two_slots_is_asked(chat: ChatDriver) -> None:
    await chat.send(WORKER_WS01, "report MO20261109 good 5 scrap 5")
    asked = await chat.send(WORKER_WS01, "not 5 but 3")
    assert "the good quantity and the scrap quantity are both 5" in asked[0].text
    assert "good 5, scrap 2" in text_of(await chat.send(WORKER_WS01, "3 fewer scrap"))


async def test_a_figure_said_again_is_read_and_the_next_yes_writes(chat: ChatDriver, agent: Resources) -> None:
    """良品40没错 only says the card is right: said back (not 没看懂), so the 好的 after it is no yes asked back."""
    before = await agent.k3.get_order("MO20261109")
    await chat.send(WORKER_WS01, "MO20261109 报工 良品40 不良4")
    kept = await chat.send(WORKER_WS01, "良品40没错")
    assert [m.kind for m in kept] == ["question"] and "卡片上已经是良品数量 40" in kept[0].text
    assert [m.kind for m in await chat.send(WORKER_WS01, "好的")] == ["written"]
    after = await agent.k3.get_order("MO20261109")
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (40, 4)


async def test_a_kept_due_date_drops_its_change_and_a_kept_only_change_withdraws_the_card(chat: ChatDriver) -> None:
    assert "计划完工" in text_of(await chat.send(PLANNER, "MO20261125 数量改成320 交期改到12月30号"))
    dropped = text_of(await chat.send(PLANNER, "交期不动了 只改数量"))
    assert "数量 300 → 320" in dropped and "计划完工" not in dropped
    assert "已取消" in text_of(await chat.send(PLANNER, "数量也不改了"))
