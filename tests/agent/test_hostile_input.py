"""Messages built to cost the server (issue 12 §1): too long to be one request, answered before anything reads them."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

GUEST, WORKER = "u9001", "u2001"


@pytest.fixture
def parses(agent: Resources) -> list[str]:
    """Every text the agent's parser is asked to understand."""
    seen: list[str] = []
    parse = agent.service.ctx.parse

    async def counting(text: str, **kw: Any) -> Any:
        seen.append(text)
        return await parse(text, **kw)

    agent.service.ctx = dataclasses.replace(agent.service.ctx, parse=counting)
    return seen


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
