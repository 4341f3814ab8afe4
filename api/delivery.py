"""Deliver the agent's outgoing messages through DingTalk: sessionWebhook first (only on an allowed host),
OpenAPI when it has expired or points elsewhere;
interactive cards where a card template is configured, markdown with "回复 确认 / 取消" otherwise."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import BaseModel, SecretStr

from agent.phrases import in_lang
from agent.proposals import ProposalStore
from agent.replies import Card, Outgoing
from api.inbox import Inbox
from api.webhooks import webhook_allowed
from dingk3.config import Settings
from dingk3.errors import DingTalkError

__all__ = ["CardRoute", "Delivery", "Origin", "card_params", "card_route"]

log = logging.getLogger("dingk3.delivery")

# Each in Chinese and English: a card (and the notice of a message) speaks the language of the person it answers.
_FINAL_TEXT = {
    "executed": ("✅ 已写入 K/3", "✅ Written to K/3"),
    "cancelled": ("已取消", "Cancelled"),
    "expired": ("已过期，没有写入", "Expired, nothing written"),
    "rejected": ("已驳回，没有写入", "Rejected, nothing written"),
    "failed": ("没有写入", "Not written"),
}
_SUPERSEDED = ("已更新：请看最新的卡片", "Updated: see the latest card")
_AWAITING = ("已确认，等待主管审批", "Confirmed, waiting for a supervisor's approval")
# English badges (the chat page shows Chinese ones for a card without `status_label`)
_BADGE_EN = {
    "pending": "To confirm", "awaiting_approval": "Awaiting approval", "superseded": "Updated", "executed": "Written",
    "done": "Written", "cancelled": "Cancelled", "expired": "Expired", "rejected": "Rejected", "failed": "Not written",
}  # fmt: skip
_SENT_CARDS_DDL = """
CREATE TABLE IF NOT EXISTS sent_cards (
    out_track_id TEXT PRIMARY KEY,
    proposal_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    digest TEXT NOT NULL,
    shown TEXT NOT NULL,
    carrier_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS sent_cards_proposal ON sent_cards (proposal_id);
"""
_TITLES = {
    "proposal": ("请确认", "Please confirm"), "approval": ("待审批", "Approval needed"),
    "written": ("已写入 K/3", "Written to K/3"), "question": ("需要补充", "More needed"),
}  # fmt: skip


class CardRoute(BaseModel):
    """An HTTP-mode card callback route: cards carry `key`, DingTalk POSTs their clicks to `url`, signed with
    `secret`."""

    key: str
    url: str
    secret: SecretStr


class Origin(BaseModel):
    """Where the message being answered came from: its conversation and reply webhook."""

    conversation_id: str
    conversation_type: str = "2"
    sender: str = ""
    session_webhook: str = ""
    webhook_expires_ms: int = 0


def card_route(settings: Settings) -> CardRoute | None:
    """The callback route HTTP-mode cards carry (`callbackRouteKey`), registered with DingTalk so that their clicks
    are POSTed to `public_url`/dingtalk/cards, signed with the app secret; None where nothing is registered (Stream
    mode: clicks come over the connection; no public URL; no card template)."""
    if settings.dingtalk_mode != "http" or not settings.public_url or not settings.dingtalk_card_template_id:
        return None
    url = settings.public_url.rstrip("/") + "/dingtalk/cards"
    return CardRoute(key=f"dingk3-{settings.dingtalk_app_key}", url=url, secret=settings.dingtalk_app_secret)


def card_params(card: Card, *, status_text: str = "") -> dict[str, str]:
    """The card template variables (all strings, as DingTalk requires): title, markdown, status, buttons.

    Each button's `params` come back in the click callback; they bind the click to its card.
    """
    buttons = [
        {
            "id": b.id,
            "label": b.label,
            "params": {
                "action": b.id,
                "thread_id": card.thread_id,
                "proposal_id": card.proposal_id,
                "digest": card.digest,
            },
        }
        for b in card.buttons
    ]
    markdown = card.markdown + (f"\n\n**{status_text}**" if status_text else "")
    params = {
        "title": card.title,
        "markdown": markdown,
        "status": card.status,
        "buttons": json.dumps(buttons, ensure_ascii=False),
    }
    if card.lang == "en":
        params["status_label"] = _BADGE_EN.get(card.status, card.status)
    return params


def out_track_id(card: Card) -> str:
    return f"dk3-{card.kind}-{card.proposal_id}-{card.digest}"


class Delivery:
    def __init__(
        self,
        client: Any,
        inbox: Inbox,
        proposals: ProposalStore,
        *,
        card_template_id: str = "",
        callback_type: str = "HTTP",
        card_route: CardRoute | None = None,
        webhook_hosts: frozenset[str] = frozenset({"oapi.dingtalk.com"}),
    ) -> None:
        self.client = client
        self.callback_type = callback_type
        self.card_route = card_route  # HTTP mode: where DingTalk is told to POST card clicks
        self._route_registered = False
        # what health shows: registering, registered, or the last failure ("error: DingTalkAPIError")
        self.route_state = "registering" if card_route is not None else "not used"
        self.inbox = inbox
        self.proposals = proposals
        self.template = card_template_id
        self.webhook_hosts = webhook_hosts  # a sessionWebhook elsewhere is never called: the body names it
        self.sent = 0
        self.failed = 0
        self.on_delivered: Any = None  # async hook given every batch delivered (e.g. OA approvals)
        self.db = inbox.db
        self.db.script(_SENT_CARDS_DDL)
        if not self.db.has_column("sent_cards", "carrier_id"):  # a table of an older version
            ddl = "ADD COLUMN IF NOT EXISTS" if self.db.is_postgres else "ADD COLUMN"
            self.db.script(f"ALTER TABLE sent_cards {ddl} carrier_id TEXT NOT NULL DEFAULT ''")

    async def deliver(self, messages: list[Outgoing], origin: Origin | None = None) -> None:
        for m in messages:
            try:
                await self._one(m, origin)
                self.sent += 1
            except DingTalkError:
                self.failed += 1
                log.exception("could not deliver a %s message to %s", m.kind, m.user_id or m.conversation_id)
        await self._settle_cards(messages)
        if self.on_delivered is not None:
            await self.on_delivered(messages)

    async def _one(self, m: Outgoing, origin: Origin | None) -> None:
        title = in_lang(_TITLES[m.kind], m.lang) if m.kind in _TITLES else "DingK3"
        text = m.text
        if m.card and self.template and m.card.kind != "result":
            await self._card(m, m.card, origin)
            return  # a result needs no card of its own: the proposal's card is updated in place
        if m.user_id:
            await self.client.send_users([m.user_id], title, text)
            return
        cid = m.conversation_id or (origin.conversation_id if origin else "")
        conv = origin if origin and origin.conversation_id == cid else self._known(cid)
        group = conv is None or conv.conversation_type == "2"
        if group and m.at_user:
            text = f"@{m.at_user} {text}"
        if (
            conv
            and conv.session_webhook
            and conv.webhook_expires_ms > time.time() * 1000 + 5000
            and webhook_allowed(conv.session_webhook, self.webhook_hosts)
        ):
            try:
                await self.client.reply_session(
                    conv.session_webhook, text, title=title, at_user_ids=[m.at_user] if m.at_user else []
                )
                return
            except DingTalkError:
                log.info("sessionWebhook of %s failed; sending through the OpenAPI", cid)
        if group:
            await self.client.send_group(cid, title, text)
        elif m.at_user:
            await self.client.send_users([m.at_user], title, text)

    def _known(self, cid: str) -> Origin | None:
        row = self.inbox.conversation(cid) if cid else None
        if row is None:
            return None
        return Origin(
            conversation_id=cid, conversation_type=row["conversation_type"], session_webhook=row["session_webhook"],
            webhook_expires_ms=int(row["webhook_expires_ms"]),
        )  # fmt: skip

    async def _card(self, m: Outgoing, card: Card, origin: Origin | None) -> None:
        if m.user_id:
            target: dict[str, Any] = {"user_id": m.user_id}
        else:
            cid = m.conversation_id or (origin.conversation_id if origin else "")
            conv = origin if origin and origin.conversation_id == cid else self._known(cid)
            target = (
                {"user_id": m.at_user} if conv and conv.conversation_type == "1" else {"group_conversation_id": cid}
            )
        route = {}
        if self.card_route is not None:
            await self.register_card_route()
            route = {"callback_route_key": self.card_route.key}
        result = await self.client.create_and_deliver_card(
            out_track_id(card), self.template, card_params(card), callback_type=self.callback_type, **route, **target
        )
        if card.proposal_id:
            # the card's message id in the chat, as a reply quoting the card names it (repliedMsg.msgId)
            carriers = [str(d.get("carrierId") or "") for d in (result or {}).get("deliverResults") or []]
            await asyncio.to_thread(
                self.db.execute,
                "INSERT INTO sent_cards (out_track_id, proposal_id, kind, digest, shown, carrier_id)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (out_track_id) DO NOTHING",
                (out_track_id(card), card.proposal_id, card.kind, card.digest, card.status, next(
                    (c for c in carriers if c), "")),
            )  # fmt: skip

    async def register_card_route(self) -> bool:
        """Tell DingTalk where this app's card clicks go (`POST /v1.0/card/callbacks/register`, forceUpdate: every
        worker and restart says the same), once it has worked; a failure is logged and tried again with the next
        card. True once registered."""
        if self.card_route is None or self._route_registered:
            return self._route_registered
        r = self.card_route
        try:
            await self.client.register_card_callback(r.key, r.url, r.secret.get_secret_value())
        except DingTalkError as exc:
            log.error("card callbacks not registered with DingTalk (%s): buttons will not reach %s", exc, r.url)
            self.route_state = f"error: {type(exc).__name__}"
            return False
        log.info("card callbacks registered: route %s -> %s", r.key, r.url)
        self._route_registered, self.route_state = True, "registered"
        return True

    async def keep_registering(
        self, *, sleep: Callable[[float], Awaitable[object]] = asyncio.sleep, first_wait_s: float = 1.0,
        max_wait_s: float = 300.0,
    ) -> None:  # fmt: skip
        """Register the card route until DingTalk takes it, waiting twice as long after each failure (1 s, 2 s, …,
        at most `max_wait_s`): run in the background from start-up, so a DingTalk outage then delays nothing."""
        wait = first_wait_s
        while True:
            try:
                if await self.register_card_route():
                    return
            except Exception:  # a bug here must not end the retries silently: logged, tried again
                log.exception("card callbacks: registering failed unexpectedly")
                self.route_state = "error: unexpected"
            log.info("card callbacks: trying again in %.0f s", wait)
            await sleep(wait)
            wait = min(wait * 2, max_wait_s)

    def card_proposal(self, message_id: str) -> str | None:
        """The proposal of the card a chat message id names (its carrierId or outTrackId); None if no card of ours."""
        if not message_id:
            return None
        row = self.db.fetchone(
            "SELECT proposal_id FROM sent_cards WHERE carrier_id = ? OR out_track_id = ?", (message_id, message_id)
        )
        return str(row["proposal_id"]) if row else None

    def card_shown(self, track_id: str) -> str | None:
        """The badge a card of ours was last given; None for a card not of ours."""
        row = self.db.fetchone("SELECT shown FROM sent_cards WHERE out_track_id = ?", (track_id,))
        return str(row["shown"]) if row else None

    def card_now(self, track_id: str) -> dict[str, str] | None:
        """The card's variables as they stand now (what a click is answered with); None for a card not of ours."""
        row = self.db.fetchone(
            "SELECT proposal_id, kind, digest, shown FROM sent_cards WHERE out_track_id = ?", (track_id,)
        )
        rec = self.proposals.get(str(row["proposal_id"])) if row else None
        if row is None or rec is None:
            return None
        view = _card_view(rec, row["kind"], row["digest"])
        return None if view is None else _view_params(rec, *view)  # None: it still waits for a press

    async def _settle_cards(self, messages: list[Outgoing]) -> None:
        """Every card of a proposal these messages touched shows where the proposal is now: a card of an older
        version says it was superseded, the requester's card says whose approval it waits for, an ended one says
        how it ended; only a card that still expects its reader's press keeps its buttons (also after a reload)."""
        if not self.template:
            return
        seen = {m.card.proposal_id for m in messages if m.card and m.card.proposal_id}
        seen |= {str(m.data.get("proposal_id")) for m in messages if m.data.get("proposal_id")}
        for pid in seen:
            rec = await asyncio.to_thread(self.proposals.get, pid)
            if rec is None:
                continue
            rows = await asyncio.to_thread(
                self.db.fetchall,
                "SELECT out_track_id, kind, digest, shown FROM sent_cards WHERE proposal_id = ?",
                (pid,),
            )
            for row in rows:
                view = _card_view(rec, row["kind"], row["digest"])
                if view is None or view[0] == row["shown"]:
                    continue
                status, _ = view
                params = _view_params(rec, *view)
                try:
                    await self.client.update_card(row["out_track_id"], params)
                except DingTalkError:
                    log.info("card %s not updated", row["out_track_id"])
                    continue
                await asyncio.to_thread(
                    self.db.execute, "UPDATE sent_cards SET shown = ? WHERE out_track_id = ?",
                    (status, row["out_track_id"]),
                )  # fmt: skip


def _view_params(rec: Any, status: str, title: str) -> dict[str, str]:
    """The variables a settled card changes: its badge, its title, no buttons."""
    params = {"status": status, "title": title, "buttons": "[]"}
    if rec.lang == "en":
        params["status_label"] = _BADGE_EN.get(status, status)
    return params


def _card_view(rec: Any, kind: str, digest: str) -> tuple[str, str] | None:
    """(status, title) a sent card must show now, or None while it still waits for its reader's press."""
    lang = rec.lang
    if rec.status in _FINAL_TEXT:
        bill = ((": " if lang == "en" else "：") + rec.bill_no) if rec.bill_no else ""
        return rec.status, in_lang(_FINAL_TEXT[rec.status], lang) + bill
    if digest != rec.digest:
        return "superseded", in_lang(_SUPERSEDED, lang)
    if kind == "confirm" and rec.status == "awaiting_approval":
        return "awaiting_approval", in_lang(_AWAITING, lang)
    return None
