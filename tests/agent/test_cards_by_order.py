"""Cards named by their order in a reply (1124的确认, 1128的交期写错了，是12月11号, 1130那个先不报了) and a field
said to be as on the order written just before (跟上一单一样的车间), through the real graph and the K/3 emulator."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver, text_of

WORKER = "u2001"  # 张伟, 机加一车间: MO20261124 and MO20261130 are his shop's, started
PLANNER = "u1001"  # 王建国, 计划员


async def _reports(agent: Resources, order: str) -> list[tuple[float, float]]:
    rows = await agent.k3.query(
        "PRD_MORPT", ["FQuaQty", "FFailQty"], f"FMoBillNo = '{order}' and FDescription like '%DK3#%'"
    )
    return [(float(r["FQuaQty"]), float(r["FFailQty"])) for r in rows]


async def test_a_card_confirmed_and_another_dropped_by_their_orders(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(WORKER, "MO20261124 良品20 不良0\nMO20261130 良品25 不良1")
    await chat.send(WORKER, "1124的确认")
    assert await _reports(agent, "MO20261124") == [(20, 0)] and await _reports(agent, "MO20261130") == []
    replies = await chat.send(WORKER, "1130那个先不报了，数量还没点清")
    assert "取消" in text_of(replies) and await _reports(agent, "MO20261130") == []
    assert "proposal" not in [m.kind for m in await chat.send(WORKER, "确认")], "no card is left to confirm"


async def test_a_fix_named_by_order_changes_that_card_not_its_quantity(chat: ChatDriver, agent: Resources) -> None:
    """1128的交期写错了 once made a card of 1128 pieces (blind10-038): the digits name the card, the date is fixed."""
    await chat.send(PLANNER, "MO20261107 数量改成800\nMO20261128 交期改到12月10号", now="2026-12-04T10:00:00+08:00")
    await chat.send(PLANNER, "1107的确认", now="2026-12-04T10:01:00+08:00")
    assert (await agent.k3.get_order("MO20261107")).qty == 800
    card = text_of(await chat.send(PLANNER, "1128的交期写错了，是12月11号", now="2026-12-04T10:02:00+08:00"))
    assert "2026-12-11" in card and "1128" not in card.replace("MO20261128", "")
    await chat.send(PLANNER, "确认", now="2026-12-04T10:03:00+08:00")
    order = await agent.k3.get_order("MO20261128")
    assert order.plan_finish is not None and order.plan_finish.isoformat() == "2026-12-11" and order.qty == 100


async def test_a_workshop_as_on_the_order_written_before(chat: ChatDriver, agent: Resources) -> None:
    at = "2026-12-04T10:0{}:00+08:00".format
    await chat.send(PLANNER, "新建生产订单 齿轮泵GP-10 200台 热处理 12月15号交", now=at(0))
    written = text_of(await chat.send(PLANNER, "确认", now=at(1)))
    assert "MO" in written
    card = text_of(await chat.send(PLANNER, "再建一个 齿轮泵GP-16 150台 二车间 12月16号交", now=at(2)))
    assert "WS02" in card
    fixed = text_of(await chat.send(PLANNER, "车间跟上一单一样", now=at(3)))
    assert "WS04" in fixed, fixed


async def test_a_new_request_with_the_same_figures_is_no_restatement(chat: ChatDriver) -> None:
    """A card for BOM-4624, then the whole request again for BOM-4124 with the same figures (blind15-025: read as the
    card restated, and the first item written): the new item's card."""
    at = "2026-12-04T10:0{}:00+08:00".format
    await chat.send(PLANNER, "建立生产订单 BOM-4624 数量300 下周五交 机加二", now=at(0))
    card = text_of(await chat.send(PLANNER, "建立生产订单 BOM-4124 数量300 下周五交 机加二", now=at(1)))
    assert "4WE10-24V" in card and "4WE6-24V" not in card


async def test_a_pick_said_twice_keeps_the_quantity(chat: ChatDriver) -> None:
    """第2个，GP-16 answering a pick list of gear pumps (blind17-041: the order's 1.2k became 2, a wrong write)."""
    await chat.send("u4000", "新建生产订单 齿轮泵 1.2k 12月30号 二车间", now="2026-12-04T10:00:00+08:00")
    card = text_of(await chat.send("u4000", "第2个，GP-16", now="2026-12-04T10:01:00+08:00"))
    assert "GP-16" in card and "数量：1200" in card
