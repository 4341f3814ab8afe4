"""Whole flows through the real graph: SQLite checkpointer, the K/3 emulator over HTTP, the rules parser."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from agent.bootstrap import Resources, open_agent
from tests.agent.conftest import agent_settings
from tests.chatdriver import ChatDriver, text_of

PMC, PMC2, BOSS = "u1001", "u1002", "u1000"  # 王建国, 李娜 (pmc); 陈志强 (their supervisor)
WORKER_WS01, WORKER_WS03, GUEST = "u2001", "u3001", "u9001"
_BILL = re.compile(r"MO\d{10}")


async def _count_orders(agent: Resources) -> int:
    return len(await agent.k3.query("PRD_MO", ["FID"], ""))


def _bill(messages: list[Any]) -> str:
    found = _BILL.findall(text_of(messages))
    assert found, f"no bill number in: {text_of(messages)}"
    return found[-1]


async def test_create_order_only_after_the_requester_confirms(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    proposal = await chat.send(PMC, "建立生产订单 BOM-3020 数量40 下周五交")
    assert [m.kind for m in proposal] == ["proposal"]
    assert "01.01.0011" in proposal[0].text and "40" in proposal[0].text and "2026-11-27" in proposal[0].text
    assert "审批" not in proposal[0].text, "components are in stock: no approval needed"
    assert await _count_orders(agent) == before, "nothing is written before confirmation"
    written = await chat.send(PMC, "确认")
    bill = _bill(written)
    order = await agent.k3.get_order(bill)
    assert (order.material, order.qty, order.plan_finish) == ("01.01.0011", 40, date(2026, 11, 27))
    assert await _count_orders(agent) == before + 1
    assert agent.ctx.audit.verify().ok
    events = [r.event for r in agent.ctx.audit.rows()]
    assert events.index("proposed") < events.index("confirmed") < events.index("executed")


async def test_cancel_writes_nothing(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    await chat.send(PMC, "新建生产订单 HV-2063 200件 月底交")
    reply = await chat.send(PMC, "算了")
    assert "取消" in text_of(reply)
    assert await _count_orders(agent) == before
    assert "没有" in text_of(await chat.send(PMC, "确认")), "a late confirm finds nothing to confirm"
    assert await _count_orders(agent) == before


async def test_only_the_requester_confirms_and_double_clicks_write_once(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    await chat.send(PMC, "建立生产订单 BOM-3020 数量30 12月18日交")
    card = chat.last_card("confirm")
    refused = await chat.click("confirm", user=PMC2, card=card)
    assert "只有发起人" in text_of(refused)
    assert await _count_orders(agent) == before
    first = await chat.click("confirm", user=PMC, card=card)
    second = await chat.click("confirm", user=PMC, card=card)
    bill = _bill(first)
    assert bill in text_of(second) and "无需" in text_of(second)
    assert await _count_orders(agent) == before + 1


async def test_restart_between_proposal_and_confirm_writes_once(
    k3_fresh_url: str, tmp_path: Path, resolvers: Any
) -> None:
    settings = agent_settings(k3_fresh_url, tmp_path)
    async with open_agent(settings, resolvers=resolvers) as first:
        chat = ChatDriver(first.service)
        await chat.send(PMC, "建立生产订单 BOM-3020 数量20 12月20日交")
        before = await _count_orders(first)
    async with open_agent(settings, resolvers=resolvers) as second:  # a new process, same database
        chat2 = ChatDriver(second.service)
        written = await chat2.send(PMC, "确认")
        again = await chat2.send(PMC, "确认")
        assert _bill(written)
        assert "没有" in text_of(again)
        assert await _count_orders(second) == before + 1


async def test_correction_updates_the_proposal_and_voids_the_old_card(chat: ChatDriver, agent: Resources) -> None:
    first = await chat.send(PMC, "建立生产订单 BOM-3020 数量300 12月25日交")
    assert "缺料" in text_of(first), "300 needs more components than stock holds"
    old_card = chat.last_card("confirm")
    corrected = await chat.send(PMC, "改成45")
    assert "45" in text_of(corrected) and "缺料" not in text_of(corrected)
    stale = await chat.click("confirm", user=PMC, card=old_card)
    assert "过时" in text_of(stale)
    written = await chat.click("confirm", user=PMC)
    assert (await agent.k3.get_order(_bill(written))).qty == 45


async def test_ambiguous_material_asks_with_a_numbered_list(chat: ChatDriver, agent: Resources) -> None:
    question = await chat.send(PMC, "建立生产订单 液压阀体 数量300 12月20日交")
    assert question[0].kind == "question"
    assert "1." in question[0].text and "2." in question[0].text
    listed = re.findall(r"(\d)\. (\S+)", question[0].text)
    chosen = dict(listed)["2"]
    proposal = await chat.send(PMC, "2")
    assert proposal[0].kind == "proposal" and chosen in proposal[0].text
    await chat.send(PMC, "取消")
    learned = await chat.send(PMC, "建立生产订单 液压阀体 数量100 12月20日交")
    assert learned[0].kind == "proposal" and chosen in learned[0].text, "the confirmed pick is remembered"


async def test_expired_proposal_is_refused_late(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    await chat.send(PMC, "建立生产订单 BOM-4624 数量100 12月20日交", now="2026-11-20T09:00:00+08:00")
    late = await chat.send(PMC, "确认", now="2026-11-20T09:45:00+08:00")
    assert "失效" in text_of(late)
    assert await _count_orders(agent) == before


async def test_short_components_are_noted_on_the_card_and_the_order_is_written(
    chat: ChatDriver, agent: Resources
) -> None:
    before = await _count_orders(agent)
    proposal = await chat.send(PMC, "建立生产订单 BOM-2050 数量300 下周五交")
    assert "缺料" in text_of(proposal) and "审批" not in text_of(proposal)
    written = await chat.send(PMC, "确认")
    assert _bill(written) and not any(m.kind == "approval" for m in written)
    assert await _count_orders(agent) == before + 1


async def test_a_plant_that_gates_on_stock_sends_short_orders_to_the_supervisor(
    k3_fresh_url: str, tmp_path: Path, resolvers: Any
) -> None:
    settings = agent_settings(k3_fresh_url, tmp_path).model_copy(update={"bom_shortage_needs_approval": True})
    async with open_agent(settings, resolvers=resolvers) as agent:
        chat = ChatDriver(agent.service)
        before = await _count_orders(agent)
        proposal = await chat.send(PMC, "建立生产订单 BOM-2050 数量300 下周五交")
        assert "缺" in text_of(proposal) and "审批" in text_of(proposal)
        submitted = await chat.send(PMC, "确认")
        assert any(m.kind == "approval" and m.user_id == BOSS for m in submitted)
        assert await _count_orders(agent) == before
        rejected = await chat.click("reject", user=BOSS, card=chat.last_card("approve"))
        assert any(m.at_user == PMC and "驳回" in m.text for m in rejected)


async def test_capacity_counts_the_national_day_holiday_as_days_off(chat: ChatDriver, agent: Resources) -> None:
    # On 30 Sep 2026 an order due 9 Oct has 3 working days (30 Sep, 8 and 9 Oct), not 8: 国庆 is 1–7 Oct.
    proposal = await chat.send(PMC, "建立生产订单 BOM-3020 数量40 装配车间 10月9日交", now="2026-09-30T09:00:00+08:00")
    text = text_of(proposal)
    assert "装配车间产能不足：每天 500 × 3 个工作日 = 1500" in text and "审批" in text
    assert "（2026-10-14 或以后）" in text  # 7 working days from 30 Sep: the make-up Saturday 10 Oct counts


async def test_big_quantity_change_goes_to_the_supervisor(chat: ChatDriver, agent: Resources) -> None:
    proposal = await chat.send(PMC, "MO20261107数量改为1500")
    assert "1000 → 1500" in text_of(proposal)
    submitted = await chat.send(PMC, "确认")
    assert any(m.kind == "approval" and m.user_id == BOSS for m in submitted)
    assert "审批" in text_of(submitted)
    assert (await agent.k3.get_order("MO20261107")).qty == 1000, "not written before approval"
    wrong = await chat.click("approve", user=PMC2, card=chat.last_card("approve"))
    assert "不是" in text_of(wrong)
    approved = await chat.click("approve", user=BOSS, card=chat.last_card("approve"))
    assert any(m.at_user == PMC and "已写入" in m.text for m in approved), text_of(approved)
    assert (await agent.k3.get_order("MO20261107")).qty == 1500


async def test_supervisor_approves_by_text_in_their_own_chat(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(PMC, "MO20261114 数量改成600")
    await chat.send(PMC, "确认")
    reply = await chat.send(BOSS, "同意", conversation="cidBoss1to1", private=True)
    assert "已写入" in text_of(reply) or "已同意" in text_of(reply)
    assert (await agent.k3.get_order("MO20261114")).qty == 600


async def test_worker_reports_output_on_own_workshop_only(chat: ChatDriver, agent: Resources) -> None:
    before = await agent.k3.get_order("MO20261103")  # WS01, started, 240 ordered
    await chat.send(WORKER_WS01, "MO20261103 报工 良品20 不良1")
    written = await chat.send(WORKER_WS01, "确认")
    assert "报工单" in text_of(written)
    after = await agent.k3.get_order("MO20261103")
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (20, 1)
    refused = await chat.send(WORKER_WS03, "MO20261103 报工 良品5")
    assert refused[0].kind == "refusal" and "本车间" in refused[0].text


async def test_reads_answer_at_once(chat: ChatDriver) -> None:
    order = await chat.send(WORKER_WS01, "查询 MO20261102")
    assert order[0].kind == "answer" and "MO20261102" in order[0].text and "齿轮泵" in order[0].text
    stock = await chat.send(PMC, "BOM-3250还有多少库存")
    assert "1200" in stock[0].text
    assert "建立生产订单" in text_of(await chat.send(PMC, "你能做什么"))


async def test_guest_and_sales_cannot_write(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    guest = await chat.send(GUEST, "建立生产订单 BOM-2050 数量300")
    sales = await chat.send("u5001", "建立生产订单 BOM-2050 数量300")
    assert guest[0].kind == "refusal" and sales[0].kind == "refusal"
    assert await _count_orders(agent) == before


async def test_bad_input_gets_a_clear_message(chat: ChatDriver) -> None:
    zero = await chat.send(PMC, "建立生产订单 BOM-2050 数量0")
    assert zero[0].kind in ("refusal", "question") and "数量" in zero[0].text
    missing = await chat.send(PMC, "MO19990101 数量改为500")
    assert "MO19990101" in text_of(missing)
    assert "Traceback" not in text_of(missing)


async def test_top_supervisor_confirms_own_risky_change(chat: ChatDriver, agent: Resources) -> None:
    proposal = await chat.send(BOSS, "MO20261121 数量改为900")  # +80 %: risky, and nobody is above 陈志强
    assert "确认即视为审批" in text_of(proposal)
    written = await chat.send(BOSS, "确认")
    assert "已写入" in text_of(written)
    assert (await agent.k3.get_order("MO20261121")).qty == 900


async def test_requester_is_not_blocked_while_a_supervisor_decides(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(PMC, "MO20261107数量改为1500")
    await chat.send(PMC, "确认")
    approval_card = chat.last_card("approve")
    other = await chat.send(PMC, "建立生产订单 BOM-3020 数量20 12月20日交")
    assert other[0].kind == "proposal", "a new request is handled while the first waits for approval"
    assert "已写入" in text_of(await chat.send(PMC, "确认"))
    approved = await chat.click("approve", user=BOSS, card=approval_card)
    assert any("已写入" in m.text for m in approved), text_of(approved)
    assert (await agent.k3.get_order("MO20261107")).qty == 1500


@pytest.mark.parametrize("words", ["撤回", "不要了，客户那边说不要货了"])  # any cancel the understanding knows
async def test_requester_withdraws_a_request_waiting_for_approval(
    chat: ChatDriver, agent: Resources, words: str
) -> None:
    await chat.send(PMC, "MO20261107数量改为1500")
    await chat.send(PMC, "确认")
    approval_card = chat.last_card("approve")
    withdrawn = await chat.send(PMC, words)
    assert "取消" in text_of(withdrawn)
    late = await chat.click("approve", user=BOSS, card=approval_card)
    assert "已取消" in text_of(late)
    assert (await agent.k3.get_order("MO20261107")).qty == 1000


async def test_relative_quantity_change_is_proposed_as_the_new_total(chat: ChatDriver, agent: Resources) -> None:
    proposal = await chat.send(PMC, "MO20261114 数量加30")  # 300 ordered
    assert proposal[0].kind == "proposal" and "300 → 330" in proposal[0].text
    await chat.send(PMC, "确认")
    assert (await agent.k3.get_order("MO20261114")).qty == 330


async def test_a_yes_recognised_only_by_likeness_is_asked_back_not_executed(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    await chat.send(PMC, "建立生产订单 BOM-3020 数量25 12月18日交")
    unsure = await chat.send(PMC, "yep that works, go")  # no pattern knows it; it is only like known yeses
    assert "Reply “confirm”" in text_of(unsure), "asked back in the language it was written in"
    assert await _count_orders(agent) == before, "a yes by likeness alone writes nothing"
    written = await chat.send(PMC, "确认")
    _bill(written)
    assert await _count_orders(agent) == before + 1


async def test_a_cancel_recognised_by_likeness_cancels(chat: ChatDriver, agent: Resources) -> None:
    before = await _count_orders(agent)
    await chat.send(PMC, "建立生产订单 BOM-3020 数量25 12月18日交")
    reply = await chat.send(PMC, "不要了，客户那边说不要货了")
    assert "已取消" in text_of(reply)
    assert await _count_orders(agent) == before
