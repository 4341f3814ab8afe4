"""Several requests in one message, and several cards waiting for one person (issue 13 §3): each line is handled,
none is dropped without a word, and a bare 确认 never guesses which card it meant."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

WORKER = "u2001"  # 张伟, 机加一车间
_LATER = "2026-11-20T09:05:00+08:00"  # a second message, minutes after the first
MESSAGE = (
    "今天机加一的报工：\nMO20261103 报工 良品10 不良0\nMO20261109 报工 良品5 不良1\n"
    "嗯嗯 300 那个\n304螺栓M8x30还有多少库存"
)


async def _reports(agent: Resources, order: str) -> list[tuple[float, float]]:
    rows = await agent.k3.query(
        "PRD_MORPT", ["FQuaQty", "FFailQty"], f"FMoBillNo = '{order}' and FDescription like '%DK3#%'"
    )
    return [(float(r["FQuaQty"]), float(r["FFailQty"])) for r in rows]


async def test_every_line_is_handled_and_named(chat: ChatDriver, agent: Resources) -> None:
    replies = await chat.send(WORKER, MESSAGE)
    text = text_of(replies)
    cards = [m.card for m in replies if m.card is not None and m.card.kind == "confirm"]
    assert len(cards) == 2, text
    assert "MO20261103" in cards[0].markdown and "MO20261109" in cards[1].markdown
    assert "库存" in text, "the stock question is answered at once"
    assert "没看懂" in text and "嗯嗯 300 那个" in text, "the line it could not take is named, not dropped"
    assert "今天机加一的报工" not in text.split("没看懂")[1], "a header line is no request and no error"
    assert await _reports(agent, "MO20261103") == [] and await _reports(agent, "MO20261109") == []


async def test_each_line_is_read_once(chat: ChatDriver, parses: list[str]) -> None:
    replies = await chat.send(WORKER, MESSAGE)
    assert len([m for m in replies if m.card is not None]) == 2
    assert sorted(parses) == sorted(MESSAGE.splitlines()), "every line read once, none twice"


async def test_a_plain_yes_right_after_one_message_confirms_its_cards(chat: ChatDriver, agent: Resources) -> None:
    """对，确认 after one message of two reports (a blind batch meant both): both cards of that message are written."""
    await chat.send(WORKER, "1103做了12个好的，1109好的6坏的1个")
    await chat.send(WORKER, "对，确认")
    assert await _reports(agent, "MO20261103") == [(12, 0)] and await _reports(agent, "MO20261109") == [(6, 1)]


async def test_a_bare_yes_asks_which_and_numbers_decide(chat: ChatDriver, agent: Resources) -> None:
    """Cards of two messages wait: a bare yes cannot tell which were meant, so it asks; numbers decide."""
    await chat.send(WORKER, "MO20261103 报工 良品10 不良0\nMO20261109 报工 良品5 不良1")
    await chat.send(WORKER, "MO20261124 报工 良品3 不良0\nMO20261130 报工 良品4 不良0", now=_LATER)
    which = text_of(await chat.send(WORKER, "确认", now=_LATER))
    assert "有 4 个操作等您确认" in which and "全部确认" in which
    assert await _reports(agent, "MO20261103") == [] and await _reports(agent, "MO20261109") == []
    await chat.send(WORKER, "确认 2", now=_LATER)
    assert await _reports(agent, "MO20261109") == [(5, 1)] and await _reports(agent, "MO20261103") == []
    await chat.send(WORKER, "全部取消", now=_LATER)
    assert await _reports(agent, "MO20261103") == [] and await _reports(agent, "MO20261124") == []


async def test_confirm_all_and_cancel_all(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(WORKER, MESSAGE)
    await chat.send(WORKER, "全部取消")
    assert await _reports(agent, "MO20261103") == [] and await _reports(agent, "MO20261109") == []
    await chat.send(WORKER, "MO20261103 报工 良品1 不良0\nMO20261109 报工 良品2 不良0")
    await chat.send(WORKER, "两条都确认")
    assert await _reports(agent, "MO20261103") == [(1, 0)] and await _reports(agent, "MO20261109") == [(2, 0)]


async def test_a_header_naming_a_shop_is_no_request(chat: ChatDriver, agent: Resources) -> None:
    replies = await chat.send(WORKER, "机加一今天的报工：\nMO20261103 良品7 不良1\nMO20261109 良品4 不良0")
    text = text_of(replies)
    assert "收到 2 个请求" in text and "订单号" not in text, "机加一 is a shop, not a figure; the header asks nothing"
    assert "没看懂" not in text, "a header is not named back as not understood"
    await chat.send(WORKER, "两条报工都确认")  # a noun between the count and 都
    assert await _reports(agent, "MO20261103") == [(7, 1)] and await _reports(agent, "MO20261109") == [(4, 0)]


async def test_short_order_reports_in_one_line_are_two_cards(chat: ChatDriver, agent: Resources) -> None:
    replies = await chat.send(WORKER, "1103良品30不良2，1124良品20不良0")  # a blind batch made only the first a card
    cards = [m.card for m in replies if m.card is not None and m.card.kind == "confirm"]
    assert len(cards) == 2 and "MO20261103" in cards[0].markdown and "MO20261124" in cards[1].markdown
    await chat.send(WORKER, "都确认")
    assert await _reports(agent, "MO20261103") == [(30, 2)] and await _reports(agent, "MO20261124") == [(20, 0)]


async def test_a_card_number_is_the_line_it_was_shown_under(chat: ChatDriver, agent: Resources) -> None:
    """A stock question on line 1 and reports on lines 2 and 3: 确认 2 is the card shown under 【第 2 条】 (it once
    confirmed the second card, shown under 【第 3 条】: a write the user did not mean)."""
    replies = await chat.send(
        WORKER, "几件事：\n304螺栓M8x30还有多少库存\nMO20261103 报工 良品10 不良0\nMO20261109 报工 良品5 不良1"
    )
    assert "“确认 3”只确认第 3 条" in text_of(replies)
    await chat.send(WORKER, "确认2")
    assert await _reports(agent, "MO20261103") == [(10, 0)] and await _reports(agent, "MO20261109") == []
    asked = text_of(await chat.send(WORKER, "确认 4"))
    assert "3" in asked and await _reports(agent, "MO20261109") == []
