"""DingTalk as people use it, end to end over real HTTP: voice (DingTalk's recognition), rich text, a reply quoting
a card, pictures and files; card clicks reach the API only through the callback route it registers, and each is
answered with the card's new state."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dingk3.clock import Clock
from sim.dingtalk.driver import SimMessage
from tests.api.conftest import Stack, start_stack
from tools.k3 import K3Client


@pytest.fixture
def live(k3_fresh_url: str, tmp_path: Path, resolvers: Any, plant_clock: Clock) -> Iterator[Stack]:
    """The stack as on real DingTalk: no fallback URL for card clicks, only the route the API registers."""
    yield from start_stack(
        k3_fresh_url, tmp_path / "state", resolvers, clock=plant_clock, card_fallback=False, public_url="{api_url}"
    )


def _order(stack: Stack, bill: str) -> Any:
    async def get() -> Any:
        async with K3Client.from_settings(stack.settings) as k3:
            return await k3.get_order(bill)

    return asyncio.run(get())


def _cards(stack: Stack, n: int) -> list[SimMessage]:
    """The group's card messages once there are `n` (bounded wait)."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        cards = [m for m in stack.chat.messages("group", user="u1001") if m.card is not None]
        if len(cards) >= n:
            return cards
        time.sleep(0.05)
    raise AssertionError(f"fewer than {n} cards")


def test_a_voice_report_is_read_from_its_recognition_and_written_after_confirm(live: Stack) -> None:
    chat = live.chat
    before = _order(live, "MO20261109")
    chat.send("u2001", "MO20261109 报工 良品十二 不良一", conversation="dm", msgtype="audio")
    proposal = chat.wait_reply(conversation="dm", user="u2001")
    assert proposal.card is not None
    assert "听到：“MO20261109 报工 良品十二 不良一”" in proposal.card.markdown, "the card shows what was heard"
    assert "良品 12，不良 1" in proposal.card.markdown
    answer = chat.click("confirm", user="u2001", card=proposal.card)
    assert answer["delivered"], "the click reached the API through the registered callback route"
    chat.wait_reply(conversation="dm", user="u2001", containing="报工单")
    after = _order(live, "MO20261109")
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (12, 1)
    card = chat.wait_card_update(proposal.card)
    assert card.status == "executed" and not card.buttons, "the click is answered with the card's new state"


def test_a_voice_note_with_nothing_recognised_asks_to_type_or_repeat(live: Stack) -> None:
    chat = live.chat
    chat.send("u2001", "", conversation="dm", msgtype="audio")
    reply = chat.wait_reply(conversation="dm", user="u2001")
    assert "再说一遍" in reply.text and "打字" in reply.text and reply.card is None
    assert len(reply.text.splitlines()) == 1


def test_rich_text_drives_a_report_to_a_write(live: Stack) -> None:
    chat = live.chat
    before = _order(live, "MO20261109")
    chat.send("u2001", "MO20261109 报工\n良品7 不良0", conversation="group", msgtype="richText")
    proposal = chat.wait_reply(conversation="group", user="u2001")
    assert proposal.card is not None and "良品 7" in proposal.card.markdown
    chat.click("confirm", user="u2001", card=proposal.card)
    chat.wait_reply(conversation="group", user="u2001", containing="报工单")
    assert _order(live, "MO20261109").good_qty - before.good_qty == 7


def test_a_quoted_reply_changes_the_quoted_proposal_not_the_newest(live: Stack) -> None:
    chat = live.chat
    chat.send("u1001", "MO20261107 数量改为1100\nMO20261108 数量改为160", conversation="group")
    cards = _cards(live, 2)
    first = next(m for m in cards if "MO20261107" in m.text)
    second = next(m for m in cards if "MO20261108" in m.text)
    chat.send("u1001", "改成1050", conversation="group", quote=first)
    # the card that shows the change (a late update of one of the two first cards may come in before it)
    changed = chat.wait_reply(conversation="group", user="u1001", kind="card", containing="1050")
    assert changed.card is not None and "MO20261107" in changed.card.markdown
    assert "1000 → 1050" in changed.card.markdown
    assert chat.last_card("group", user="u1001").out_track_id == changed.card.out_track_id
    still = next(m for m in chat.messages("group", user="u1001") if m.id == second.id)
    assert still.card is not None and still.card.status == "pending" and "160" in still.card.markdown
    chat.click("confirm", user="u1001", card=changed.card)
    chat.wait_reply(conversation="group", user="u1001", containing="已写入")
    assert _order(live, "MO20261107").qty == 1050
    assert _order(live, "MO20261108").qty == 150, "the other pending proposal was not touched"


@pytest.mark.parametrize(
    ("msgtype", "said"), [("picture", "图片"), ("file", "文件")], ids=["picture", "file"]
)  # fmt: skip
def test_pictures_and_files_get_one_line_saying_what_the_bot_reads(live: Stack, msgtype: str, said: str) -> None:
    chat = live.chat
    chat.send("u2001", "", conversation="dm", msgtype=msgtype)
    reply = chat.wait_reply(conversation="dm", user="u2001")
    assert said in reply.text and "文字和语音" in reply.text and len(reply.text.splitlines()) == 1


def test_a_picture_is_answered_in_english_to_someone_who_writes_english(live: Stack) -> None:
    chat = live.chat
    chat.send("u2001", "what is the status of MO20261102", conversation="dm")
    chat.wait_reply(conversation="dm", user="u2001")
    chat.send("u2001", "", conversation="dm", msgtype="picture")
    reply = chat.wait_reply(conversation="dm", user="u2001")
    assert "cannot read pictures" in reply.text


def test_a_card_callback_is_answered_with_the_cards_new_state(live: Stack) -> None:
    """DingTalk shows a callback's answer on the card at once: the answer is the card once the press is handled."""
    import json

    import httpx

    from tools.dingtalk.signing import card_callback_signature

    chat = live.chat
    chat.send("u2001", "MO20261109 报工 良品3 不良0", conversation="dm")
    card = chat.wait_reply(conversation="dm", user="u2001").card
    assert card is not None
    button = next(b for b in card.buttons if b["id"] == "confirm")
    body = {
        "type": "actionCallback", "outTrackId": card.out_track_id, "userId": "u2001", "userIdType": 1,
        "content": json.dumps({"cardPrivateData": {"actionIds": ["confirm"], "params": button["params"]}}),
    }  # fmt: skip
    ts = str(int(time.time() * 1000))
    secret = live.settings.dingtalk_app_secret.get_secret_value()
    headers = {"x-ddpaas-signature-timestamp": ts, "x-ddpaas-signature": card_callback_signature(secret, ts)}
    answer = httpx.post(live.api_url + "/dingtalk/cards", json=body, headers=headers, timeout=10).json()
    params = answer["cardData"]["cardParamMap"]
    assert params["status"] == "executed" and params["buttons"] == "[]" and "已写入 K/3：SCHB" in params["title"]
    assert answer["cardUpdateOptions"] == {"updateCardDataByKey": True}


def test_a_reply_quoting_a_written_card_changes_nothing_not_even_the_other_waiting_card(live: Stack) -> None:
    chat = live.chat
    chat.send("u1001", "MO20261107 数量改为1100\nMO20261108 数量改为160", conversation="group")
    cards = _cards(live, 2)
    first = next(m for m in cards if "MO20261107" in m.text)
    assert first.card is not None
    chat.click("confirm", user="u1001", card=first.card)
    chat.wait_reply(conversation="group", user="u1001", containing="已写入")
    chat.send("u1001", "改成1050", conversation="group", quote=first)
    reply = chat.wait_reply(conversation="group", user="u1001", containing="没有改动")
    assert "已执行" in reply.text and reply.card is None
    chat.send("u2001", "改成170", conversation="group", quote=next(m for m in cards if "MO20261108" in m.text))
    chat.wait_reply(conversation="group", user="u2001", containing="别人的卡片")
    second = next(m for m in chat.messages("group", user="u1001") if "MO20261108" in m.text and m.card)
    assert second.card is not None and second.card.status == "pending" and "150 → 160" in second.card.markdown
    assert _order(live, "MO20261107").qty == 1100
