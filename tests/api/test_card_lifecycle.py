"""One card lifecycle (issue 13 §4), as the chat shows it after any reload: a superseded card, a card waiting for
the supervisor, and an ended one keep no live buttons and say what happened; only a waiting card can be pressed."""

from __future__ import annotations

from tests.api.conftest import Stack


def test_a_corrected_card_is_superseded_and_only_the_new_one_is_live(stack: Stack) -> None:
    chat = stack.chat
    chat.send("u2001", "MO20261109 报工 良品12 不良1", conversation="group")
    first = chat.wait_reply(conversation="group", user="u2001").card
    assert first is not None and first.status == "pending" and "confirm" in first.button_ids
    chat.send("u2001", "不良改成2", conversation="group")
    second = chat.wait_reply(conversation="group", user="u2001", kind="card").card
    assert second is not None and second.out_track_id != first.out_track_id and "不良 2" in second.markdown
    old = chat.wait_card_update(first)
    assert (old.status, old.buttons) == ("superseded", []) and "最新" in old.title
    chat.click("confirm", user="u2001", card=second)
    chat.wait_reply(conversation="group", user="u2001", containing="已写入")
    done = chat.wait_card_update(second)
    assert (done.status, done.buttons) == ("executed", []) and "SCHB" in done.title


def test_risky_cards_say_who_waits_for_whom_until_the_end(stack: Stack) -> None:
    chat = stack.chat
    chat.send("u1001", "MO20261107数量改为1500", conversation="group")
    card = chat.wait_reply(conversation="group", user="u1001").card
    assert card is not None
    chat.click("confirm", user="u1001", card=card)
    chat.wait_reply(conversation="group", user="u1001", containing="审批")
    waiting = chat.wait_card_update(card, status="awaiting_approval")
    assert (waiting.status, waiting.buttons) == ("awaiting_approval", []) and "审批" in waiting.title
    approval = chat.last_card("dm", user="u1000", wait=True)
    assert approval.status == "awaiting_approval" and set(approval.button_ids) == {"approve", "reject"}
    chat.click("reject", user="u1000", card=approval)
    chat.wait_reply(conversation="group", user="u1001", containing="驳回")
    for shown in (
        chat.wait_card_update(waiting, status="rejected"),
        chat.wait_card_update(approval, status="rejected"),
    ):
        assert (shown.status, shown.buttons) == ("rejected", []), shown


def test_a_cancelled_card_says_so(stack: Stack) -> None:
    chat = stack.chat
    chat.send("u1001", "建立生产订单 BOM-3020 数量40 12月20日交", conversation="group")
    card = chat.wait_reply(conversation="group", user="u1001").card
    assert card is not None
    chat.click("cancel", user="u1001", card=card)
    chat.wait_reply(conversation="group", user="u1001", containing="取消")
    shown = chat.wait_card_update(card)
    assert (shown.status, shown.buttons) == ("cancelled", []) and "取消" in shown.title
