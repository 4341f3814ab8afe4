"""A chat driver for tests, in the shape of errbot's testbot: `await chat.send(...)`, `chat.last_card()`."""

from __future__ import annotations

import uuid
from typing import Any

from agent.replies import Card, Outgoing
from agent.service import AgentService, Click
from agent.state import Incoming


class ChatDriver:
    def __init__(
        self, service: AgentService, *, conversation: str = "cidGroupA", now: str = "2026-11-20T09:00:00+08:00"
    ) -> None:
        self.service = service
        self.conversation = conversation
        self.now = now
        self.log: list[Outgoing] = []

    async def send(
        self, user: str, text: str, *, now: str | None = None, conversation: str | None = None, private: bool = False
    ) -> list[Outgoing]:
        """`private`: the message is written in the user's 1:1 chat with the robot (else in a group)."""
        inc = Incoming(
            text=text, user_id=user, conversation_id=conversation or self.conversation, now=now or self.now,
            message_id=uuid.uuid4().hex, conversation_type="1" if private else "2",
        )  # fmt: skip
        handled = await self.service.handle_message(inc)
        self.log.extend(handled.messages)
        return handled.messages

    def last_card(self, kind: str | None = None) -> Card:
        for msg in reversed(self.log):
            if msg.card and (kind is None or msg.card.kind == kind):
                return msg.card
        raise AssertionError(f"no {kind or ''} card in the chat so far")

    async def click(
        self, button: Any, *, user: str, card: Card | None = None, now: str | None = None
    ) -> list[Outgoing]:
        card = card or self.last_card()
        click = Click(
            action=button, user_id=user, thread_id=card.thread_id, proposal_id=card.proposal_id, digest=card.digest,
            now=now or self.now, click_id=uuid.uuid4().hex,
        )  # fmt: skip
        handled = await self.service.handle_click(click)
        self.log.extend(handled.messages)
        return handled.messages


def text_of(messages: list[Outgoing]) -> str:
    return "\n".join(m.text for m in messages)
