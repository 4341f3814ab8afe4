"""A remark or question about an order is never a change: a negated state word said to someone in the room
(1110今天还没干完吧) is answered as a query and leaves nothing a later 好的 could confirm; an order and the value
it already has (MO20261110 机加二) is answered, not refused; an order said short with new values (1132 数量400)
is a change card, not an item called 1132 to make. Through the real graph and the K/3 emulator."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver

PLANNER = "u1001"  # 王建国
SUPERVISOR_WS02 = "u4000"  # 郑海, 机加二车间: MO20261110 is his shop's, started
T0 = "2026-11-20T09:00:00+08:00"


async def test_a_negated_state_question_is_answered_and_a_later_yes_writes_nothing(
    chat: ChatDriver, agent: Resources
) -> None:
    asked = await chat.send(SUPERVISOR_WS02, "吴磊 1110今天还没干完吧", now=T0)
    assert [m.kind for m in asked] == ["answer"] and "MO20261110" in asked[0].text
    await chat.send(SUPERVISOR_WS02, "好的", now="2026-11-20T09:01:00+08:00")
    assert (await agent.k3.get_order("MO20261110")).status.value == "started"


async def test_an_order_with_the_value_it_has_is_answered_not_refused(chat: ChatDriver) -> None:
    said = await chat.send(PLANNER, "MO20261110 机加二", now=T0)
    assert [m.kind for m in said] == ["answer"] and "MO20261110" in said[0].text


async def test_a_short_order_with_new_values_is_a_change(chat: ChatDriver) -> None:
    card = await chat.send(PLANNER, "1132 数量400", now=T0)
    assert [m.kind for m in card] == ["proposal"] and "MO20261132" in card[0].text and "400" in card[0].text
