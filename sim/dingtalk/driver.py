"""A chat driver over real HTTP to the simulator, in the shape of errbot's testbot.

chat = SimChat(sim_url)
chat.send("u1001", "建立生产订单 BOM-2050 数量300 下周五交")   # in 生产群, @K3助手
card = chat.last_card(wait=True)
chat.click("confirm", user="u1001")
assert "MO" in chat.wait_reply().text
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import httpx

__all__ = ["SimCard", "SimChat", "SimMessage"]


@dataclass(frozen=True)
class SimCard:
    out_track_id: str
    version: int
    title: str
    markdown: str
    status: str
    buttons: list[dict[str, Any]]
    params: dict[str, str]

    @property
    def button_ids(self) -> list[str]:
        return [b["id"] for b in self.buttons]

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SimCard:
        return cls(
            d["out_track_id"], int(d.get("version", 1)), d.get("title", ""), d.get("markdown", ""),
            d.get("status", ""), list(d.get("buttons", [])), dict(d.get("params", {})),
        )  # fmt: skip


@dataclass(frozen=True)
class SimMessage:
    id: str
    conversation_id: str
    sender: str
    kind: str  # text | markdown | card | notice | oa
    text: str
    title: str
    is_bot: bool
    at_user_ids: list[str] = field(default_factory=list)
    card: SimCard | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SimMessage:
        card = SimCard.from_json(d["card"]) if d.get("card") else None
        text = d.get("text", "") or (card.markdown if card else "")
        return cls(
            d["id"], d["conversation_id"], d.get("sender", ""), d.get("kind", ""), text, d.get("title", ""),
            bool(d.get("is_bot")), list(d.get("at_user_ids", [])), card, d,
        )  # fmt: skip


class SimChat:
    """Talks to the simulator's /_sim endpoints as the people in the chat would; every wait is bounded."""

    def __init__(
        self, base_url: str, *, conversation: str = "group", user: str = "u1001", timeout_s: float = 15.0
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.conversation = conversation
        self.user = user
        self.timeout_s = timeout_s
        self.http = httpx.Client(base_url=self.base_url, timeout=timeout_s + 10)
        self._seen: dict[str, int] = {}  # conversation id → highest revision already returned by wait_reply
        self._cids: dict[tuple[str, str], str] = {}

    def __enter__(self) -> SimChat:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    # ------------------------------------------------------------------ conversations

    def conversation_id(self, conversation: str | None = None, user: str | None = None) -> str:
        """The real conversationId of `group`, `dm` (the user's 1:1 chat), `dm:<userid>`, or an id."""
        ref, who = conversation or self.conversation, user or self.user
        key = (ref, who if ref == "dm" else "")
        if key not in self._cids:
            convs = self.http.get("/_sim/conversations").json()["conversations"]
            if ref == "group":
                cid = next(c["conversation_id"] for c in convs if c["conversation_type"] == "2")
            elif ref in ("dm",) or ref.startswith("dm:"):
                owner = who if ref == "dm" else ref[3:]
                cid = next(c["conversation_id"] for c in convs if c["conversation_type"] == "1" and c["owner"] == owner)
            else:
                cid = ref
            self._cids[key] = cid
        return self._cids[key]

    def messages(self, conversation: str | None = None, *, user: str | None = None) -> list[SimMessage]:
        cid = self.conversation_id(conversation, user)
        resp = self.http.get("/_sim/messages", params={"conversation": cid, "user_id": user or self.user})
        resp.raise_for_status()
        return [SimMessage.from_json(m) for m in resp.json()["messages"]]

    # ------------------------------------------------------------------ acting

    def send(
        self, user: str, text: str, *, conversation: str | None = None, at_bot: bool | None = None,
        msgtype: str = "text", quote: SimMessage | None = None,
    ) -> SimMessage:  # fmt: skip
        """`user` writes `text` (in a group: @ the bot unless at_bot=False); later replies are what wait_reply sees.
        `msgtype`: richText, audio (`text` is its recognition), picture, file; `quote`: the message replied to."""
        cid = self.conversation_id(conversation, user)
        self._mark(cid)
        body: dict[str, Any] = {"user_id": user, "conversation_id": cid, "text": text, "msgtype": msgtype}
        if quote is not None:
            body["quote"] = quote.id
        if at_bot is not None:
            body["at_bot"] = at_bot
        resp = self.http.post("/_sim/send", json=body)
        resp.raise_for_status()
        return SimMessage.from_json(resp.json()["message"])

    def click(self, action_id: str, *, user: str | None = None, card: SimCard | None = None) -> dict[str, Any]:
        """Press a button of `card` (default: the last card in the conversation) as `user`."""
        card = card or self.last_card()
        cid = self._card_conversation(card)
        self._mark(cid)
        body = {"user_id": user or self.user, "out_track_id": card.out_track_id, "action_id": action_id}
        resp = self.http.post("/_sim/click", json=body)
        resp.raise_for_status()
        return dict(resp.json())

    def redeliver_click(self, delivery: str) -> None:
        """Deliver an earlier card callback again (`click(...)["delivery"]`): the same delivery, not a new press."""
        self.http.post("/_sim/redeliver_click", json={"delivery": delivery}).raise_for_status()

    def approve(self, instance_id: str, *, user: str, result: str = "agree") -> None:
        resp = self.http.post("/_sim/approve", json={"user_id": user, "instance_id": instance_id, "result": result})
        resp.raise_for_status()

    def redeliver(self, msg_id: str) -> None:
        """Deliver an earlier user message to the bot again (DingTalk sometimes does)."""
        self.http.post("/_sim/redeliver", json={"msg_id": msg_id}).raise_for_status()

    def faults(self, **change: Any) -> dict[str, Any]:
        resp = self.http.post("/_admin/faults", json=change)
        resp.raise_for_status()
        return dict(resp.json())

    # ------------------------------------------------------------------ waiting

    def wait_reply(
        self,
        *,
        conversation: str | None = None,
        user: str | None = None,
        containing: str | None = None,
        kind: str | None = None,
        timeout_s: float | None = None,
    ) -> SimMessage:
        """The next bot message (new or with an updated card) in the conversation since the last send/click/wait."""
        cid = self.conversation_id(conversation, user)
        deadline = time.monotonic() + (timeout_s if timeout_s is not None else self.timeout_s)
        after = self._seen.get(cid, 0)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"no bot reply in {cid} (containing={containing!r}, kind={kind!r})")
            resp = self.http.get(
                "/_sim/messages",
                params={"conversation": cid, "after": after, "user_id": user or self.user, "wait": min(left, 5)},
            )
            resp.raise_for_status()
            data = resp.json()
            for m in sorted(data["messages"], key=lambda m: int(m["rev"])):  # in the order they happened
                after = max(after, int(m["rev"]))
                msg = SimMessage.from_json(m)
                if msg.sender == (user or self.user) and not msg.is_bot:
                    continue
                if kind is not None and msg.kind != kind:
                    continue
                if containing is not None and containing not in (msg.text + msg.title):
                    continue
                self._seen[cid] = int(m["rev"])
                return msg
            after = max(after, int(data["rev"]))

    def wait_card_update(self, card: SimCard, *, status: str | None = None, timeout_s: float | None = None) -> SimCard:
        """The card once its version is past `card.version` (and, given `status`, once it shows that status: a card
        may be updated more than once on the way, 已确认 then 等待审批)."""
        deadline = time.monotonic() + (timeout_s if timeout_s is not None else self.timeout_s)
        while time.monotonic() < deadline:
            resp = self.http.get(f"/_sim/cards/{card.out_track_id}", params={"user_id": self.user})
            resp.raise_for_status()
            now = SimCard.from_json(resp.json())
            if now.version > card.version and (status is None or now.status == status):
                return now
            time.sleep(0.05)
        raise AssertionError(f"card {card.out_track_id} was not updated")

    def last_card(
        self, conversation: str | None = None, *, user: str | None = None, wait: bool = False,
        timeout_s: float | None = None,
    ) -> SimCard:  # fmt: skip
        """The newest card in the conversation, as `user` sees it (optionally waiting for one to arrive)."""
        deadline = time.monotonic() + (timeout_s if timeout_s is not None else self.timeout_s)
        while True:
            cards = [m.card for m in self.messages(conversation, user=user) if m.card is not None]
            if cards:
                return cards[-1]
            if not wait or time.monotonic() > deadline:
                raise AssertionError("no card in the conversation so far")
            time.sleep(0.05)

    def _mark(self, cid: str) -> None:
        """From now on, wait_reply in `cid` only sees what happens after this moment."""
        self._seen[cid] = int(self.http.get("/_sim/messages", params={"after": 1 << 60}).json()["rev"])

    def _card_conversation(self, card: SimCard) -> str:
        for m in self.http.get("/_sim/messages").json()["messages"]:
            if m.get("out_track_id") == card.out_track_id:
                return str(m["conversation_id"])
        return self.conversation_id()
