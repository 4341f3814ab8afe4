"""What the conversation is about (agent.focus): a follow-up that leaves out the order or item the sender's previous
message named takes it, within minutes, and the card says so; through the real graph and the K/3 emulator."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from agent.bootstrap import Resources
from agent.focus import FOCUS_WITHIN, POINTER, POINTER_EXAMPLES, SAME_AGAIN, SAME_AGAIN_EXAMPLES, Focus, with_focus
from agent.nlu.models import ParsedCommand
from tests.chatdriver import ChatDriver, text_of

WORKER = "u4001"  # 吴磊, 机加二车间: MO20261131 is his shop's, started
PLANNER = "u1002"  # 李娜, 计划员
T0 = datetime.fromisoformat("2026-11-20T09:00:00+08:00")


def _at(minutes: int) -> str:
    return (T0 + timedelta(minutes=minutes)).isoformat()


@pytest.mark.parametrize(("said", "pointer"), POINTER_EXAMPLES)
def test_an_item_said_only_by_pointing(said: str, pointer: bool) -> None:
    assert bool(POINTER.match(said)) is pointer


def test_the_focus_fills_only_what_is_missing_and_only_for_a_while() -> None:
    focus = Focus(order_no="MO20261131", at=T0)
    report = ParsedCommand(intent="report_output", args={"good_qty": 45}, clarify=["order_no"])
    filled, slot = with_focus(report, focus, T0 + timedelta(minutes=2))
    assert slot == "order_no" and filled.args["order_no"] == "MO20261131" and filled.clarify == []
    named = report.model_copy(update={"args": {"good_qty": 45, "order_no": "MO20261124"}, "clarify": []})
    assert with_focus(named, focus, T0 + timedelta(minutes=2)) == (named, None), "an order named is kept"
    assert with_focus(report, focus, T0 + FOCUS_WITHIN + timedelta(seconds=1)) == (report, None), "too late"


async def test_a_report_after_looking_at_an_order_is_on_that_order(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(WORKER, "MO20261131", now=_at(0))
    card = text_of(await chat.send(WORKER, "今天好的45个 坏了3个", now=_at(1)))
    assert "MO20261131" in card and "刚才说的" in card, "the card says where the order came from"
    before = (await agent.k3.get_order("MO20261131")).good_qty
    await chat.send(WORKER, "确认", now=_at(2))
    assert (await agent.k3.get_order("MO20261131")).good_qty - before == 45


async def test_long_after_the_order_is_asked_again(chat: ChatDriver) -> None:
    await chat.send(WORKER, "MO20261131", now=_at(0))
    asked = text_of(await chat.send(WORKER, "今天好的45个 坏了3个", now=_at(30)))
    assert "订单号" in asked and "MO20261131" not in asked


async def test_another_persons_order_is_not_this_ones_focus(chat: ChatDriver) -> None:
    await chat.send("u4000", "MO20261131", now=_at(0))  # the supervisor looked at it, not the worker
    asked = text_of(await chat.send(WORKER, "今天好的45个 坏了3个", now=_at(1)))
    assert "订单号" in asked and "MO20261131" not in asked


async def test_this_item_after_asking_its_stock(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(PLANNER, "液压缸HSG80x300 现在还有多少库存？", now=_at(0))
    card = text_of(await chat.send(PLANNER, "那再补一批吧，这个型号建单 400个 装配车间 12月23号交", now=_at(1)))
    assert "HSG80x300" in card and "刚才问的" in card


@pytest.mark.parametrize(("said", "same"), SAME_AGAIN_EXAMPLES)
def test_the_last_request_said_again(said: str, same: bool) -> None:
    assert bool(SAME_AGAIN.match(said)) is same


async def test_ditto_for_another_order(chat: ChatDriver, agent: Resources) -> None:
    """MO20261124 报工 良品10 不良1, then MO20261130 同上 (blind13: read as a question): the same report on 1130."""
    before = (await agent.k3.get_order("MO20261130")).good_qty
    await chat.send("u2002", "MO20261124 报工 良品10 不良1", now=_at(0))
    await chat.send("u2002", "确认", now=_at(1))
    card = text_of(await chat.send("u2002", "MO20261130 同上", now=_at(2)))
    assert "MO20261130" in card and "良品 10" in card
    await chat.send("u2002", "确认", now=_at(3))
    assert (await agent.k3.get_order("MO20261130")).good_qty - before == 10


async def test_an_order_said_short_in_the_middle_of_a_question(chat: ChatDriver) -> None:
    answer = text_of(await chat.send(WORKER, "how many left on 1137?", now=_at(0)))
    assert "MO20261137" in answer, "the order, not an item numbered 1137"


async def test_settling_for_what_is_left_after_a_refusal(chat: ChatDriver, agent: Resources) -> None:
    """那报60 refused (58 left), 那就58吧: the report again with 58 (blind13: not understood)."""
    left = await agent.k3.get_order("MO20261124")
    remaining = left.qty - left.good_qty - left.scrap_qty
    await chat.send("u2002", "1124还剩多少", now=_at(0))
    refused = text_of(await chat.send("u2002", f"那报{int(remaining) + 2}", now=_at(1)))
    assert "剩余" in refused
    card = text_of(await chat.send("u2002", f"那就{int(remaining)}吧", now=_at(2)))
    assert f"良品 {int(remaining)}" in card


async def test_another_order_on_the_same_day_and_shop(chat: ChatDriver) -> None:
    """再来一个 HV-2063 也是200件 同一天交 同一车间 (blind14: written with the default due date, a week on)."""
    await chat.send(PLANNER, "建单 HV-5020 阀体 200件 12月22日交 热处理", now=_at(0))
    await chat.send(PLANNER, "确认", now=_at(1))
    card = text_of(await chat.send(PLANNER, "再来一个 HV-2063 也是200件 同一天交 同一车间", now=_at(2)))
    assert "2026-12-22" in card and "WS04" in card


async def test_a_due_date_said_but_not_read_is_asked(chat: ChatDriver) -> None:
    asked = text_of(await chat.send(PLANNER, "建单 HV-2063 200件 等客户定了再交 一车间", now=_at(0)))
    assert "交期" in asked, "a due date spoken of and not read is asked, never the default"


async def test_an_order_said_short_after_another_is_that_order(chat: ChatDriver) -> None:
    """MO20261103 reported, then 还有1109 良品30 (blind14-018: written on 1103 from the focus, a wrong write)."""
    await chat.send("u2001", "MO20261103 报工 良品20 不良1", now=_at(0))
    await chat.send("u2001", "确认", now=_at(1))
    card = text_of(await chat.send("u2001", "还有1109 良品30", now=_at(2)))
    assert "MO20261109" in card and "MO20261103" not in card


async def test_a_number_nobody_has_is_asked_not_the_focus(chat: ChatDriver) -> None:
    await chat.send("u2001", "MO20261103 进度", now=_at(0))
    asked = text_of(await chat.send("u2001", "还有9999 良品30", now=_at(1)))
    assert "MO20261103" not in asked and "订单号" in asked
