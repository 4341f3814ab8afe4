"""A request refused (a report on another workshop's order) and corrected at once (搞错了 是1124): run again with the
order named, through the real graph and the K/3 emulator, to a card that still needs its confirmation. Only the
sender's own refusal in that chat, and only for a few minutes by the messages' times."""

from __future__ import annotations

from agent.bootstrap import Resources
from tests.chatdriver import ChatDriver

WORKER_WS01 = "u2001"  # 张伟, 机加一车间: MO20261116 is 机加二车间's, MO20261124 his own shop's
OTHER_WS01 = "u2002"  # 刘洋, the same shop
T0 = "2026-11-20T09:00:00+08:00"


def _at(minutes: int) -> str:
    return f"2026-11-20T09:{minutes:02d}:00+08:00"


async def test_a_report_refused_for_another_shop_is_run_again_on_the_order_named(
    chat: ChatDriver, agent: Resources
) -> None:
    before = await agent.k3.get_order("MO20261124")
    refused = await chat.send(WORKER_WS01, "1116 报工 良品18 不良0", now=T0)
    assert [m.kind for m in refused] == ["refusal"] and "机加二车间" in refused[0].text
    card = await chat.send(WORKER_WS01, "搞错了 是1124", now=_at(1))
    assert [m.kind for m in card] == ["proposal"] and "MO20261124" in card[0].text and "良品 18" in card[0].text
    assert (await agent.k3.get_order("MO20261124")).good_qty == before.good_qty  # nothing written before the yes
    await chat.send(WORKER_WS01, "确认", now=_at(2))
    assert (await agent.k3.get_order("MO20261124")).good_qty - before.good_qty == 18


async def test_the_correction_said_in_full_is_taken_too(chat: ChatDriver) -> None:
    await chat.send(WORKER_WS01, "MO20261116 报工 良品18 不良0", now=T0)
    card = await chat.send(WORKER_WS01, "不好意思 单号写错了 应该是MO20261124", now=_at(1))
    assert [m.kind for m in card] == ["proposal"] and "MO20261124" in card[0].text


async def test_a_late_correction_or_another_senders_is_no_retry(chat: ChatDriver) -> None:
    await chat.send(WORKER_WS01, "1116 报工 良品18 不良0", now=T0)
    assert "proposal" not in [m.kind for m in await chat.send(OTHER_WS01, "搞错了 是1124", now=_at(1))]
    late = await chat.send(WORKER_WS01, "搞错了 是1124", now=_at(6))  # past the few minutes a slip is fixed in
    assert "proposal" not in [m.kind for m in late]


async def test_only_the_last_message_is_corrected(chat: ChatDriver) -> None:
    await chat.send(WORKER_WS01, "1116 报工 良品18 不良0", now=T0)
    await chat.send(WORKER_WS01, "MO20261109 进度怎么样", now=_at(1))  # another request between: the refusal is over
    assert "proposal" not in [m.kind for m in await chat.send(WORKER_WS01, "搞错了 是1124", now=_at(2))]
