"""Robot message bodies as DingTalk sends them, read into what the agent reads; a quoted card's words find its
proposal, only among the sender's own waiting ones."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from agent.proposals import ProposalStore
from agent.replies import describe_proposal
from agent.state import Proposal
from api.delivery import Delivery
from api.inbox import Inbox
from api.messages import Quote, read_message
from api.quotes import quoted_proposal
from dingk3.db import connect

_CARD_TREE = {  # a quoted card's content as some DingTalk clients send it: an element tree, words in TEXT nodes
    "cardContent": {
        "elementType": "CONTAINER",
        "children": [
            {"elementType": "TEXT", "value": "请确认"},
            {"elementType": "MARKDOWN", "value": "**修改生产订单**\n- 订单：MO20261107\n- 数量 1000 → 1100"},
        ],
    }
}


@pytest.mark.parametrize(
    ("body", "kind", "text"),
    [
        ({"msgtype": "text", "text": {"content": " MO20261102 报工 良品5"}}, "text", "MO20261102 报工 良品5"),
        # rich text: words around a pasted picture; a line break an item starts with is kept
        (
            {"msgtype": "richText", "content": {"richText": [
                {"text": "MO20261109 报工"}, {"type": "picture", "downloadCode": "dc1"}, {"text": "\n良品7"},
            ]}},
            "rich_text", "MO20261109 报工\n良品7",
        ),
        (
            {"msgtype": "richText", "content": {"richText": [{"text": "报工"}, {"text": "良品7"}]}},
            "rich_text", "报工 良品7",
        ),
        # voice: DingTalk's own recognition is the text; an empty one is nothing to read
        (
            {"msgtype": "audio", "content": {"duration": 4000, "recognition": "MO二零二六一一零九报工"}},
            "voice", "MO二零二六一一零九报工",
        ),
        ({"msgtype": "audio", "content": {"duration": 900, "downloadCode": "dc", "recognition": ""}}, "voice", ""),
        ({"msgtype": "picture", "content": {"downloadCode": "dc", "pictureDownloadCode": "p"}}, "picture", ""),
        ({"msgtype": "file", "content": {"downloadCode": "dc", "fileName": "排产.xlsx"}}, "file", ""),
        ({"msgtype": "video", "content": {"downloadCode": "dc", "duration": 8}}, "video", ""),
        ({"msgtype": "sticker"}, "other", ""),
        # malformed parts read as nothing, never as an error
        ({"msgtype": "text", "text": "hi"}, "text", ""),
        ({"msgtype": "audio", "content": "MO20261102"}, "voice", ""),
        ({"msgtype": "richText", "content": {"richText": "MO20261102"}}, "rich_text", ""),
    ],
    ids=[
        "text", "rich-text-picture", "rich-text-join", "voice", "voice-unheard", "picture", "file", "video", "other",
        "bad-text", "bad-audio", "bad-rich",
    ],
)  # fmt: skip
def test_what_each_message_type_says(body: dict[str, Any], kind: str, text: str) -> None:
    msg = read_message(body)
    assert (msg.kind, msg.text) == (kind, text)
    assert msg.readable == bool(text)


@pytest.mark.parametrize(
    ("replied", "quote"),
    [
        (  # a quoted text message: its words are in content.content
            {"msgId": "msgA", "msgType": "text", "senderId": "$:x", "content": {"content": "MO20261102 进度"}},
            Quote(msg_id="msgA", msg_type="text", text="MO20261102 进度"),
        ),
        (  # a quoted card: often only its id
            {"msgId": "msgB", "msgType": "interactiveCard", "senderId": "$:b", "createdAt": 1},
            Quote(msg_id="msgB", msg_type="interactiveCard"),
        ),
        (
            {"msgId": "msgC", "msgType": "interactiveCard", "content": _CARD_TREE},
            Quote(msg_id="msgC", msg_type="interactiveCard",
                  text="请确认 **修改生产订单**\n- 订单：MO20261107\n- 数量 1000 → 1100"),
        ),
    ],
    ids=["text", "card-id-only", "card-tree"],
)  # fmt: skip
def test_a_quoted_reply_names_what_it_quotes(replied: dict[str, Any], quote: Quote) -> None:
    body = {"msgtype": "text", "text": {"content": "改成500", "isReplyMsg": True, "repliedMsg": replied}}
    msg = read_message(body)
    assert msg.text == "改成500" and msg.quote == quote


def test_a_plain_text_quotes_nothing() -> None:
    assert read_message({"msgtype": "text", "text": {"content": "改成500", "isReplyMsg": False}}).quote is None


def _proposal(pid: str, requester: str, order: str, qty: float, now: datetime) -> Proposal:
    return Proposal(
        id=pid, intent="change_order", requester=requester, conversation_id="cidG", created_at=now.isoformat(),
        expires_at=(now + timedelta(minutes=30)).isoformat(), order_no=order, quantity=qty,
        before={"quantity": 1000},
    )  # fmt: skip


def test_a_quoted_cards_words_find_the_senders_proposal_and_only_theirs(tmp_path: Path) -> None:
    db = connect(f"sqlite:///{tmp_path / 'q.db'}")
    proposals = ProposalStore(db)
    delivery = Delivery(None, Inbox(db), proposals, card_template_id="tpl")
    now = datetime.fromisoformat("2026-12-01T09:00:00+08:00")
    mine = [_proposal("p1", "u1001", "MO20261107", 1100, now), _proposal("p2", "u1001", "MO20261108", 160, now)]
    theirs = _proposal("p3", "u1002", "MO20261104", 90, now)
    for i, p in enumerate([*mine, theirs]):
        proposals.put(f"cidG:{p.requester}:{i}", p, now=now, summary=describe_proposal(p))

    def which(words: str, user: str = "u1001") -> str:
        quote = Quote(msg_id="unknown-to-us", msg_type="interactiveCard", text=words)
        return asyncio.run(quoted_proposal(quote, delivery, proposals, user_id=user, conversation_id="cidG"))

    assert which("请确认 " + describe_proposal(mine[0])) == "p1"
    assert which(describe_proposal(mine[1]).replace("\n", " ")) == "p2"
    assert which(describe_proposal(theirs)) == "", "another person's card is never theirs to change"
    assert which(describe_proposal(theirs), user="u1002") == "p3"
    assert which("**修改生产订单**") == "", "words both cards share name neither"
    assert which("") == ""
    db.close()
