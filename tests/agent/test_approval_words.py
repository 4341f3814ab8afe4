"""Approving by text: only the approver's 1:1 chat, only explicit decision words, a numbered list when
several wait, and a rejection's reason reaches the requester."""

from __future__ import annotations

import pytest

from agent.bootstrap import Resources
from agent.nlu.approval import ApprovalReply, read_approval
from tests.chatdriver import ChatDriver, text_of

PMC, PMC2, BOSS = "u1001", "u1002", "u1000"  # 王建国, 李娜; 陈志强 supervises both
BOSS_DM = "cidBoss1to1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit words, with or without the number of an entry in the list shown
        ("同意", ApprovalReply(action="approve")),
        ("同意。", ApprovalReply(action="approve")),
        ("同意 2", ApprovalReply(action="approve", number=2)),
        ("2 同意", ApprovalReply(action="approve", number=2)),
        ("批准第1个", ApprovalReply(action="approve", number=1)),
        ("Approve 2", ApprovalReply(action="approve", number=2, english=True)),
        # a rejection may carry a reason; 不同意 is never read as 同意
        ("驳回 交期太急", ApprovalReply(action="reject", reason="交期太急")),
        ("驳回 1 交期太急", ApprovalReply(action="reject", number=1, reason="交期太急")),
        ("不同意，数量太大", ApprovalReply(action="reject", reason="数量太大")),
        ("reject 2 too early", ApprovalReply(action="reject", number=2, reason="too early", english=True)),
        ("驳回 2026年的单不做", ApprovalReply(action="reject", reason="2026年的单不做")),
        # a bare number answers the list just shown
        ("2", ApprovalReply(action=None, number=2)),
        # the order of the request decided, before or after the word (blind30), and a plain yes to it at the end
        ("同意1104", ApprovalReply(action="approve", order="1104")),
        ("1111驳回，等客户确认了再说", ApprovalReply(action="reject", order="1111", reason="等客户确认了再说")),
        ("刘洋那个1109同意", ApprovalReply(action="approve", order="1109")),
        ("打错了，1136同意", ApprovalReply(action="approve", order="1136")),
        ("1117那个", ApprovalReply(action=None, order="1117")),
        ("嗯 吴磊报的那个1110我看过了 同意吧", ApprovalReply(action="approve", order="1110")),
        ("1110我看了 不同意", None),
        # a requester's confirmation words and ordinary sentences are not decisions
        ("ok", None),
        ("好的", None),
        ("确认", None),
        ("通过率是多少", None),
        ("approves", None),
        ("同意 100", None),
    ],
)
def test_read_approval(text: str, expected: ApprovalReply | None) -> None:
    assert read_approval(text) == expected


async def _two_waiting(chat: ChatDriver) -> None:
    """王建国 then 李娜 each confirm a risky change that waits for 陈志强."""
    await chat.send(PMC, "MO20261107数量改为1500")
    assert "审批" in text_of(await chat.send(PMC, "确认"))
    await chat.send(PMC2, "MO20261114 数量改成600")
    assert "审批" in text_of(await chat.send(PMC2, "确认"))


async def test_ok_or_agree_in_a_group_approves_nothing(chat: ChatDriver, agent: Resources) -> None:
    await chat.send(PMC, "MO20261107数量改为1500")
    await chat.send(PMC, "确认")
    for word in ("ok", "好的", "确认"):
        await chat.send(BOSS, word, conversation="cidOtherGroup")
        reminded = await chat.send(BOSS, word, conversation=BOSS_DM, private=True)
        assert "没有批准" in text_of(reminded) and "同意" in text_of(reminded)
    assert (await agent.k3.get_order("MO20261107")).qty == 1000
    told = await chat.send(BOSS, "同意", conversation="cidOtherGroup")
    assert "单聊" in text_of(told)
    assert (await agent.k3.get_order("MO20261107")).qty == 1000
    assert [r.requester for r in agent.ctx.proposals.awaiting_approval_by(BOSS)] == [PMC]


async def test_several_waiting_are_listed_and_answered_by_number(chat: ChatDriver, agent: Resources) -> None:
    await _two_waiting(chat)
    listed = text_of(await chat.send(BOSS, "同意", conversation=BOSS_DM, private=True))
    assert "1. 王建国" in listed and "1000 → 1500" in listed
    assert "2. 李娜" in listed and "MO20261114" in listed
    assert "卡片" not in listed, "no card exists in markdown mode"
    assert (await agent.k3.get_order("MO20261107")).qty == 1000
    approved = await chat.send(BOSS, "同意 2", conversation=BOSS_DM, private=True)
    assert any(m.at_user == PMC2 and "已写入" in m.text for m in approved), text_of(approved)
    assert (await agent.k3.get_order("MO20261114")).qty == 600
    assert (await agent.k3.get_order("MO20261107")).qty == 1000, "only the second was approved"
    rejected = await chat.send(BOSS, "驳回 1 交期太急", conversation=BOSS_DM, private=True)
    assert any(m.at_user == PMC and "驳回" in m.text and "交期太急" in m.text for m in rejected), text_of(rejected)
    assert (await agent.k3.get_order("MO20261107")).qty == 1000


async def test_a_bare_number_answers_the_list(chat: ChatDriver, agent: Resources) -> None:
    await _two_waiting(chat)
    await chat.send(BOSS, "驳回 数量太大", conversation=BOSS_DM, private=True)
    rejected = await chat.send(BOSS, "1", conversation=BOSS_DM, private=True)
    assert any(m.at_user == PMC and "数量太大" in m.text for m in rejected), text_of(rejected)
    assert [r.requester for r in agent.ctx.proposals.awaiting_approval_by(BOSS)] == [PMC2]
    await chat.send(BOSS, "2", conversation="cidOtherGroup")  # a number in a group decides nothing
    assert [r.requester for r in agent.ctx.proposals.awaiting_approval_by(BOSS)] == [PMC2]


async def test_the_order_names_which_waiting_request_is_decided(chat: ChatDriver, agent: Resources) -> None:
    """blind30: 同意1114 / 1107驳回 理由 with two waiting decide the one about that order; an order none is about
    decides nothing and lists them."""
    await _two_waiting(chat)
    listed = text_of(await chat.send(BOSS, "同意 1139", conversation=BOSS_DM, private=True))
    assert "1. 王建国" in listed and (await agent.k3.get_order("MO20261114")).qty == 300
    approved = await chat.send(BOSS, "打错了，1114同意", conversation=BOSS_DM, private=True)
    assert any(m.at_user == PMC2 and "已写入" in m.text for m in approved), text_of(approved)
    assert (await agent.k3.get_order("MO20261114")).qty == 600
    assert (await agent.k3.get_order("MO20261107")).qty == 1000
    rejected = await chat.send(BOSS, "1107驳回，等客户确认了再说", conversation=BOSS_DM, private=True)
    assert any(m.at_user == PMC and "等客户确认了再说" in m.text for m in rejected), text_of(rejected)
    assert agent.ctx.proposals.awaiting_approval_by(BOSS) == []


async def test_english_approver_reads_english(chat: ChatDriver, agent: Resources) -> None:
    await _two_waiting(chat)
    listed = text_of(await chat.send(BOSS, "approve", conversation=BOSS_DM, private=True))
    assert "wait for your approval" in listed and "2. 李娜" in listed
    done = await chat.send(BOSS, "approve 1", conversation=BOSS_DM, private=True)
    assert any(m.user_id == BOSS and m.text.startswith("Approved") for m in done), text_of(done)
    assert (await agent.k3.get_order("MO20261107")).qty == 1500


async def test_an_approval_dingtalk_could_not_verify_does_not_count(chat: ChatDriver, agent: Resources) -> None:
    async def dingtalk_unreachable(user_id: str) -> bool | None:
        return None

    agent.service.verify_actor = dingtalk_unreachable
    await chat.send(PMC, "MO20261107数量改为1500")
    await chat.send(PMC, "确认")
    refused = await chat.click("approve", user=BOSS, card=chat.last_card("approve"))
    assert [m.user_id for m in refused] == [BOSS] and "稍后" in text_of(refused)
    assert (await agent.k3.get_order("MO20261107")).qty == 1000
    assert [r.requester for r in agent.ctx.proposals.awaiting_approval_by(BOSS)] == [PMC], "still waiting"
