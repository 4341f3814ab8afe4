"""Messages built to cost the server (issue 12 §1): too long to be one request, answered before anything reads them."""

from __future__ import annotations

import pytest

from tests.chatdriver import ChatDriver, text_of

GUEST, WORKER = "u9001", "u2001"


@pytest.mark.parametrize(
    ("user", "text"),
    [
        (WORKER, "查询库存 " + "x " * 2000),  # 4 KB: 2.8 GB and 11 s before
        (GUEST, "x " * 1800),  # a guest nobody allowed anything
        (WORKER, "建立生产订单 BOM-2050 数量5 " + "BOM-2050 " * 8000),  # 72 KB: the kernel killed the server
        (WORKER, "查询库存 " + "齿轮泵" * 700),  # no spaces at all
        (WORKER, "\n".join(f"MO2026110{k % 10} 报工 良品{k}" for k in range(30))),  # 30 requests in one message
    ],
    ids=["words-4kb", "guest", "codes-72kb", "chinese-run", "many-lines"],
)
async def test_a_message_too_long_is_answered_so_and_never_parsed(
    chat: ChatDriver, parses: list[str], user: str, text: str
) -> None:
    replies = await chat.send(user, text)
    assert [m.kind for m in replies] == ["refusal"]
    answer = text_of(replies)
    assert "太长" in answer and "一件事" in answer and "2000" in answer, answer
    assert len(answer) < 120 and text[:20] not in answer
    assert parses == []


async def test_english_too_long_is_answered_in_english(chat: ChatDriver, parses: list[str]) -> None:
    replies = await chat.send(WORKER, "check stock of " + "gear pump " * 300)
    assert "too long" in text_of(replies) and "one request per message" in text_of(replies)
    assert parses == []


async def test_a_message_just_under_the_limit_is_understood(chat: ChatDriver, parses: list[str]) -> None:
    prefix = "查询库存 齿轮泵 GP-10 "
    text = prefix + "，" * (2000 - len(prefix))
    assert len(text) == 2000
    replies = await chat.send(WORKER, text)
    assert "太长" not in text_of(replies)
    assert parses == [text]


# --------------------------------------------------------------------------- figures and days that cannot be used


PMC = "u1001"


@pytest.mark.parametrize(
    ("user", "text", "named", "asked"),
    [
        (PMC, "建立生产订单 BOM-3020 数量40 交期2026-02-30", "日期 2026-02-30 不存在", "交期"),
        (PMC, "建立生产订单 BOM-3020 数量40 2026-13-01交", "日期 2026-13-01 不存在", "交期"),
        (PMC, "建立生产订单 BOM-3020 数量40 2月30号交货", "日期 2月30号 不存在", "交期"),
        (WORKER, "MO20261103 报工 良品1e308", "数字 1e308 超出范围", "良品数量"),
        (PMC, "建立生产订单 BOM-3020 数量" + "9" * 40, "数字 9999999999999999… 超出范围", "数量"),
    ],
    ids=["feb-30", "month-13", "cn-feb-30", "exponent", "forty-digits"],
)
async def test_a_day_that_does_not_exist_or_a_figure_out_of_range_is_named_and_asked(
    chat: ChatDriver, user: str, text: str, named: str, asked: str
) -> None:
    replies = await chat.send(user, text)
    assert [m.kind for m in replies] == ["question"], text_of(replies)
    answer = text_of(replies)
    assert named in answer and asked in answer, answer


async def test_one_hundred_million_is_read_as_such_and_refused_by_size(chat: ChatDriver) -> None:
    """一亿 was read as 1 (an order of one piece); it is 100000000, and the size rules refuse it by name."""
    replies = await chat.send(PMC, "建立生产订单 BOM-3020 数量一亿")
    assert [m.kind for m in replies] == ["refusal"]
    assert "数量 100000000 超过单笔上限" in text_of(replies)
    replies = await chat.send(WORKER, "MO20261103 报工 良品一亿")
    assert [m.kind for m in replies] == ["refusal"]
    assert "良品 100000000" in text_of(replies)


async def test_an_answer_that_cannot_be_used_is_named_when_asked_again(chat: ChatDriver) -> None:
    assert "请补充：良品数量" in text_of(await chat.send(WORKER, "MO20261103 报工"))
    again = text_of(await chat.send(WORKER, "1e308"))
    assert "数字 1e308 超出范围" in again and "良品数量" in again, again
    assert "2026-02-30 不存在" in text_of(await chat.send(PMC, "建立生产订单 BOM-3020 数量40 交期2026-02-30"))
    again = text_of(await chat.send(PMC, "2026-02-31"))
    assert "日期 2026-02-31 不存在" in again and "2026-02-30" not in again and "交期" in again, again
    proposal = await chat.send(PMC, "2026-12-18")
    assert [m.kind for m in proposal] == ["proposal"] and "2026-12-18" in proposal[0].text, text_of(proposal)
