"""The simulated DingTalk itself: users talking, the bot's messages and cards, clicks, approvals, tokens."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import re
import secrets
import time
import uuid
from collections import deque
from collections.abc import Callable
from typing import Any

import httpx

from tools.dingtalk.signing import card_callback_signature, robot_sign

from .config import SimConfig
from .directory import Conversation, Directory
from .faults import Faults
from .gateway import Gateway
from .kinds import ONLY_1TO1, MsgType, quoted, robot_part, shown_text
from .store import Store, now_ms

__all__ = ["BOT_TOPIC", "CARD_TOPIC", "DingTalkSim", "SimError", "view_card"]

log = logging.getLogger("dingk3.sim.dingtalk")

BOT_TOPIC = "/v1.0/im/bot/messages/get"
CARD_TOPIC = "/v1.0/card/instances/callback"
BOT_SENDER = "__bot__"
_MENTION = re.compile(r"@(\S+)")


class SimError(Exception):
    """A request the simulated DingTalk refuses: HTTP status and the new-API `code`."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _ids(prefix: str) -> str:
    return prefix + secrets.token_urlsafe(18).replace("-", "x").replace("_", "y") + "=="


def view_card(card: dict[str, Any], viewer: str = "") -> dict[str, Any]:
    """The card as `viewer` sees it, read through the simulator's generic template (see README)."""
    params = {**card.get("params", {}), **card.get("private", {}).get(viewer, {})}
    try:
        buttons = json.loads(params.get("buttons") or "[]")
    except ValueError:
        buttons = []
    if not isinstance(buttons, list):
        buttons = []
    clean: list[dict[str, Any]] = []
    for b in buttons:
        if isinstance(b, dict) and b.get("id"):
            clean.append({
                "id": str(b["id"]), "label": str(b.get("label") or b["id"]),
                "params": b.get("params") if isinstance(b.get("params"), dict) else {},
                "style": str(b.get("style") or ""), "disabled": bool(b.get("disabled", False)),
            })  # fmt: skip
    return {
        "out_track_id": card["out_track_id"],
        "template_id": card.get("template_id", ""),
        "version": card.get("version", 1),
        "title": params.get("title", ""),
        "markdown": params.get("markdown") or params.get("content") or params.get("text") or "",
        "status": params.get("status", ""),
        "status_label": params.get("status_label", ""),
        "buttons": clean,
        "params": params,
    }


class DingTalkSim:
    """Everything one simulated organisation holds; only the app's event loop calls it."""

    def __init__(
        self,
        config: SimConfig,
        *,
        bot_transport: httpx.AsyncBaseTransport | None = None,
        robot_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.config = config
        self._robot_clock = robot_clock  # the custom robots' per-minute limit; tests pass a fake clock
        self.robot_msg_uuids: set[tuple[str, str]] = set()  # (access_token, msgUuid) already posted
        self.directory = Directory.load(config.users_csv, config.app_key, config.corp_id, config.group_title)
        self.store = Store(config.db_path)
        self.faults = Faults()
        self.gateway = Gateway(
            config.app_key,
            ticket_ttl_s=config.ticket_ttl_s,
            redeliver_after_s=config.redeliver_after_s,
            max_redeliveries=config.max_redeliveries,
            ping_interval_s=config.ping_interval_s,
            disconnect_grace_s=config.disconnect_grace_s,
        )
        self.base_url = (config.public_url or "http://127.0.0.1:8000").rstrip("/")
        self.tokens: dict[str, float] = {}  # access token → expiry (epoch s)
        self.sessions: dict[str, dict[str, Any]] = {}  # sessionWebhook token → conversation, expiry
        self.card_routes: dict[str, tuple[str, str]] = {}  # callbackRouteKey → (url, apiSecret)
        self.incoming: dict[str, dict[str, Any]] = {}  # msgId → robot callback body (for redelivery)
        self.deliveries: deque[dict[str, Any]] = deque(maxlen=200)
        self.inactive_users: set[str] = set()  # the user lookup says active: false
        self.removed_users: set[str] = set()  # the user lookup answers 60121 (gone from the organisation)
        # card callbacks as sent, by delivery id, so a test can have one delivered again
        self._card_sends: dict[str, tuple[str, dict[str, Any], dict[str, str], dict[str, Any], str]] = {}
        self._card_frames: dict[str, str] = {}
        self.webhook_posts: deque[dict[str, Any]] = deque(maxlen=500)  # raw bodies received at sessionWebhook
        self._robot_sends: dict[str, deque[float]] = {}
        self._last_sign_ms = 0
        self._robot_blocked: dict[str, float] = {}
        self._bot_transport = bot_transport
        self._http: httpx.AsyncClient | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    # ------------------------------------------------------------------ lifecycle and helpers

    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(transport=self._bot_transport, timeout=self.config.callback_timeout_s)
        return self._http

    def spawn(self, coro: Any) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def settle(self, timeout_s: float = 5.0) -> None:
        """Wait for background deliveries started so far (tests)."""
        tasks = list(self._tasks)
        if tasks:
            await asyncio.wait(tasks, timeout=timeout_s)

    async def aclose(self) -> None:
        await self.gateway.aclose()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        if self._http is not None:
            await self._http.aclose()
        self.store.close()

    def remember_base(self, base_url: str) -> str:
        if not self.config.public_url and base_url:
            self.base_url = base_url.rstrip("/")
        return self.base_url

    def name_of(self, user_id: str) -> str:
        if user_id == BOT_SENDER:
            return self.config.bot_name
        user = self.directory.users.get(user_id)
        return user.name if user else user_id

    # ------------------------------------------------------------------ access tokens

    def issue_token(self) -> tuple[str, int]:
        token = secrets.token_hex(16)
        self.tokens[token] = time.time() + self.config.access_token_ttl_s
        return token, self.config.access_token_ttl_s

    def token_ok(self, token: str | None) -> bool:
        return bool(token) and self.tokens.get(token or "", 0) > time.time()

    def expire_tokens(self) -> int:
        n = len(self.tokens)
        self.tokens.clear()
        return n

    # ------------------------------------------------------------------ a user writes

    def conversation(self, ref: str, user_id: str = "") -> Conversation:
        conv = self.directory.conversation(ref, user_id)
        if conv is None:
            raise SimError(404, "conversation.not.found", f"no conversation {ref!r}")
        return conv

    async def user_says(
        self, user_id: str, conv_ref: str, text: str, *, at_bot: bool | None = None, msgtype: MsgType = "text",
        quote: str = "",
    ) -> dict[str, Any]:  # fmt: skip
        """Show the user's message and, if DingTalk would, deliver it to the bot (HTTP callback or Stream).
        `msgtype`: what they send (`audio`: `text` is DingTalk's recognition of it); `quote`: the id of an earlier
        message their text replies to."""
        user = self.directory.users.get(user_id)
        if user is None:
            raise SimError(404, "user.not.found", f"no user {user_id!r}")
        conv = self.conversation(conv_ref, user_id)
        if user_id not in conv.members:
            raise SimError(403, "not.member", f"{user_id} is not in {conv.conversation_id}")
        if msgtype in ONLY_1TO1 and conv.conversation_type == "2":
            raise SimError(400, "msgtype.group", f"DingTalk delivers {msgtype} to a robot in 1:1 chats only")
        text = text.strip()
        if not text and msgtype in ("text", "richText"):
            raise SimError(400, "empty", "empty message")
        replied = self._replied(quote, conv.conversation_id) if quote else None
        if msgtype != "text" or replied is not None:
            return await self._user_sends(user_id, conv, text, msgtype, replied)
        bot_tag = f"@{self.config.bot_name}"
        mentions_bot = bot_tag in text
        group = conv.conversation_type == "2"
        deliver = not group or (at_bot if at_bot is not None else True) or mentions_bot
        shown = text if not group or not deliver or mentions_bot else f"{bot_tag} {text}"
        at_users = self._mentioned_users(text)
        message = self.store.add_message(conv.conversation_id, {
            "sender": user_id, "sender_name": user.name, "kind": "text", "text": shown, "title": "",
            "at_user_ids": at_users, "created_at": now_ms(), "via": "user",
        })  # fmt: skip
        if not deliver:
            return message
        content = text.replace(bot_tag, "").strip() if group else text
        body = self._robot_body(conv, user_id, (" " + content) if group else content, at_users, deliver)
        self.incoming[body["msgId"]] = body
        message = self._set_message_field(message, "msg_id", body["msgId"])
        self.spawn(self.deliver_to_bot(body))
        return message

    async def _user_sends(
        self, user_id: str, conv: Conversation, text: str, msgtype: MsgType, replied: dict[str, Any] | None
    ) -> dict[str, Any]:
        """A message of another type than plain text, or a reply quoting an earlier message (in a group, @ the bot)."""
        user = self.directory.users[user_id]
        message = self.store.add_message(conv.conversation_id, {
            "sender": user_id, "sender_name": user.name, "kind": "text", "msgtype": msgtype,
            "text": shown_text(msgtype, text), "title": "", "at_user_ids": [], "created_at": now_ms(), "via": "user",
            "quote": (replied or {}).get("msgId", ""),
        })  # fmt: skip
        body = self._robot_body(conv, user_id, (" " + text) if conv.conversation_type == "2" else text, [], True)
        body = {k: v for k, v in body.items() if k != "text"} | robot_part(msgtype, text)
        if replied is not None and msgtype == "text":
            body["text"] |= {"isReplyMsg": True, "repliedMsg": replied}
        self.incoming[body["msgId"]] = body
        message = self._set_message_field(message, "msg_id", body["msgId"])
        self.spawn(self.deliver_to_bot(body))
        return message

    def _replied(self, quote: str, conversation_id: str) -> dict[str, Any]:
        found = next((m for m in self.store.messages(conversation_id) if m.get("id") == quote), None)
        if found is None:
            raise SimError(404, "msg.not.found", f"no message {quote!r} in {conversation_id}")
        sender = self.directory.users.get(str(found.get("sender")))
        carrier = f"carrier-{found['out_track_id']}" if found.get("kind") == "card" else ""
        open_id = sender.open_id if sender else self.directory.bot_open_id
        return quoted(found, sender_open_id=open_id, card_carrier=carrier)

    def _mentioned_users(self, text: str) -> list[str]:
        by_name = {u.name: u.user_id for u in self.directory.users.values()}
        found = []
        for m in _MENTION.finditer(text):
            token = m.group(1)
            uid = by_name.get(token) or (token if token in self.directory.users else None)
            if uid and uid not in found:
                found.append(uid)
        return found

    def _set_message_field(self, message: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
        message = {**message, key: value}
        with self.store.db:
            self.store.db.execute("UPDATE messages SET body = ? WHERE seq = ?", (json.dumps(message), message["seq"]))
        return message

    def _robot_body(
        self, conv: Conversation, user_id: str, content: str, at_users: list[str], in_at_list: bool
    ) -> dict[str, Any]:
        """The robot callback body exactly as DingTalk sends it (HTTP body = Stream `data`)."""
        user = self.directory.users[user_id]
        created = now_ms()
        session = secrets.token_hex(16)
        expires = created + int(self.config.session_webhook_ttl_s * 1000)
        self.sessions[session] = {"conversation_id": conv.conversation_id, "expires": expires, "sender": user_id}
        body: dict[str, Any] = {
            "msgtype": "text",
            "text": {"content": content},
            "msgId": _ids("msg"),
            "createAt": created,
            "conversationType": conv.conversation_type,
            "conversationId": conv.conversation_id,
            "senderId": user.open_id,
            "senderNick": user.name,
            "senderCorpId": self.config.corp_id,
            "senderStaffId": user.user_id,
            "senderUnionId": user.union_id,
            "chatbotUserId": self.directory.bot_open_id,
            "chatbotCorpId": self.config.corp_id,
            "robotCode": self.config.app_key,
            "isAdmin": user.role == "supervisor",
            "sessionWebhook": f"{self.base_url}/robot/sendBySession?session={session}",
            "sessionWebhookExpiredTime": expires,
        }
        if conv.conversation_type == "2":
            at = [{"dingtalkId": self.directory.bot_open_id}]
            at += [
                {
                    "dingtalkId": self.directory.users[u].open_id,
                    "staffId": u,
                    "unionId": self.directory.users[u].union_id,
                }
                for u in at_users
            ]
            body |= {"conversationTitle": conv.title, "isInAtList": in_at_list, "atUsers": at}
        return body

    def _signing_ts(self) -> str:
        """A callback timestamp, one millisecond later than the last at least: the bot accepts each signed
        (timestamp, sign) pair once, and two callbacks in the same millisecond would share one."""
        self._last_sign_ms = max(now_ms(), self._last_sign_ms + 1)
        return str(self._last_sign_ms)

    async def deliver_to_bot(self, body: dict[str, Any]) -> None:
        """HTTP mode: POST the signed callback; Stream mode: push a CALLBACK frame."""
        record: dict[str, Any] = {"msgId": body["msgId"], "mode": self.config.mode, "at": now_ms()}
        self.deliveries.append(record)
        if self.config.mode == "stream":
            pending = await self.gateway.push("CALLBACK", BOT_TOPIC, body)
            record |= {
                "status": "pushed" if pending.attempts else "queued",
                "messageId": pending.frame["headers"]["messageId"],
            }
            return
        url = self.config.bot_callback_url
        if not url:
            record["status"] = "no bot_callback_url"
            self._notice(body["conversationId"], "⚠️ 机器人回调地址未配置（bot_callback_url），消息没有送达。")
            return
        ts = self._signing_ts()
        headers = {"timestamp": ts, "sign": robot_sign(self.config.app_secret, ts), "Content-Type": "application/json"}
        resp = await self._post_to_bot(
            url, body, headers, record, body["conversationId"],
            unreachable="⚠️ 机器人没有响应（连接失败），消息没有送达。", refused="⚠️ 机器人回调返回 HTTP {status}。",
        )  # fmt: skip
        if resp is None:
            return
        with contextlib.suppress(ValueError):
            reply = resp.json()
            if isinstance(reply, dict) and reply.get("msgtype"):
                self.post_robot_message(body["conversationId"], reply, via="callbackResponse")

    async def redeliver(self, msg_id: str) -> None:
        body = self.incoming.get(msg_id)
        if body is None:
            raise SimError(404, "msg.not.found", f"no incoming message {msg_id}")
        await self.deliver_to_bot(body)

    def _notice(self, conv_id: str, text: str) -> None:
        self.store.add_message(conv_id, {
            "sender": "__system__", "sender_name": "系统", "kind": "notice", "text": text, "title": "",
            "at_user_ids": [], "created_at": now_ms(), "via": "sim",
        })  # fmt: skip

    # ------------------------------------------------------------------ the bot writes

    def post_robot_message(
        self, conv_id: str, body: dict[str, Any], *, via: str, sender: str = BOT_SENDER
    ) -> dict[str, Any]:
        """A robot message body (`msgtype` text/markdown/actionCard/link/…) shown in a conversation."""
        kind = str(body.get("msgtype", ""))
        at = body.get("at") or {}
        at_ids = [str(u) for u in at.get("atUserIds") or []]
        title, text, buttons = "", "", []
        if kind == "text":
            text = str((body.get("text") or {}).get("content", ""))
        elif kind == "markdown":
            md = body.get("markdown") or {}
            title, text = str(md.get("title", "")), str(md.get("text", ""))
        elif kind == "actionCard":
            ac = body.get("actionCard") or {}
            title, text = str(ac.get("title", "")), str(ac.get("text", ""))
            if ac.get("singleTitle"):
                buttons = [{"label": ac["singleTitle"], "url": ac.get("singleURL", "")}]
            buttons += [{"label": b.get("title", ""), "url": b.get("actionURL", "")} for b in ac.get("btns") or []]
            kind = "markdown"
        elif kind == "link":
            ln = body.get("link") or {}
            title = str(ln.get("title", ""))
            text = f"**[{title}]({ln.get('messageUrl', '')})**\n\n{ln.get('text', '')}"
            kind = "markdown"
        else:
            raise SimError(400, "invalidParameter.msgtype", f"unsupported msgtype {kind!r}")
        return self.store.add_message(conv_id, {
            "sender": sender, "sender_name": self.name_of(sender) if sender == BOT_SENDER else sender,
            "kind": kind, "text": text, "title": title, "at_user_ids": at_ids, "is_at_all": bool(at.get("isAtAll")),
            "links": buttons, "created_at": now_ms(), "via": via,
        })  # fmt: skip

    def post_sample(self, conv_id: str, msg_key: str, msg_param: str, *, via: str) -> dict[str, Any]:
        """An OpenAPI robot message (`msgKey` + JSON-string `msgParam`)."""
        try:
            p = json.loads(msg_param)
        except (TypeError, ValueError) as exc:
            raise SimError(400, "invalidParameter.msgParam", "msgParam is not a JSON string") from exc
        if not isinstance(p, dict):
            raise SimError(400, "invalidParameter.msgParam", "msgParam must encode an object")
        if len(msg_param.encode()) > 15000:
            raise SimError(400, "invalidParameter.msgParam.tooLong", "msgParam over 15000 bytes")
        if msg_key == "sampleText":
            body: dict[str, Any] = {"msgtype": "text", "text": {"content": p.get("content", "")}}
        elif msg_key == "sampleMarkdown":
            body = {"msgtype": "markdown", "markdown": {"title": p.get("title", ""), "text": p.get("text", "")}}
        elif msg_key == "sampleLink":
            body = {"msgtype": "link", "link": {"title": p.get("title", ""), "text": p.get("text", ""),
                                                "messageUrl": p.get("messageUrl", "")}}  # fmt: skip
        elif msg_key == "sampleActionCard":
            body = {"msgtype": "actionCard", "actionCard": {k: p.get(k, "") for k in ("title", "text", "singleTitle")}}
            body["actionCard"]["singleURL"] = p.get("singleURL", "")
        elif re.fullmatch(r"sampleActionCard[2-6]", msg_key):
            btns = []
            for i in range(1, 6):
                label = p.get(f"actionTitle{i}") or p.get(f"buttonTitle{i}")
                if label:
                    btns.append({"title": label, "actionURL": p.get(f"actionURL{i}") or p.get(f"buttonUrl{i}", "")})
            body = {"msgtype": "actionCard", "actionCard": {"title": p.get("title", ""), "text": p.get("text", ""),
                                                            "btns": btns}}  # fmt: skip
        elif msg_key in ("sampleImageMsg", "sampleAudio", "sampleFile", "sampleVideo"):
            body = {"msgtype": "text", "text": {"content": f"[{msg_key}]"}}
        else:
            raise SimError(400, "invalidParameter.msgKey.invalid", f"msgKey {msg_key!r} is not valid")
        return self.post_robot_message(conv_id, body, via=via)

    # ------------------------------------------------------------------ sessionWebhook and custom robots

    def session_target(self, session: str) -> str | None:
        found = self.sessions.get(session)
        if found is None or found["expires"] <= now_ms():
            return None
        return str(found["conversation_id"])

    def expire_sessions(self) -> int:
        for s in self.sessions.values():
            s["expires"] = 0
        return len(self.sessions)

    def custom_robot_allowed(self, token: str) -> bool:
        """Count one send for this robot; False once it is over its per-minute limit (then blocked a while)."""
        now = self._robot_clock()
        if self._robot_blocked.get(token, 0) > now:
            return False
        sends = self._robot_sends.setdefault(token, deque())
        while sends and now - sends[0] > 60:
            sends.popleft()
        if len(sends) >= self.config.custom_robot_limit_per_min:
            self._robot_blocked[token] = now + self.config.custom_robot_block_s
            return False
        sends.append(now)
        return True

    # ------------------------------------------------------------------ cards

    def create_card(self, body: dict[str, Any]) -> dict[str, Any]:
        out_track_id = str(body.get("outTrackId") or "")
        template_id = str(body.get("cardTemplateId") or "")
        space = str(body.get("openSpaceId") or "")
        if not out_track_id or not template_id:
            raise SimError(400, "invalidParameter", "outTrackId and cardTemplateId are required")
        params = _param_map(body.get("cardData"))
        private = {str(u): _param_map(v) for u, v in (body.get("privateData") or {}).items()}
        deliver_results = []
        for one in space.split(";"):
            m = re.fullmatch(r"dtv1\.card//(IM_GROUP|IM_ROBOT)\.(.+)", one.strip())
            if not m:
                raise SimError(400, "invalidParameter.openSpaceId", f"openSpaceId {one!r} is not valid")
            space_type, space_id = m.groups()
            if space_type == "IM_GROUP":
                conv = self.directory.conversation(space_id)
                ok = conv is not None and conv.conversation_type == "2"
            else:
                ok = space_id in self.directory.users
                conv = self.directory.direct(space_id) if ok else None
            if not ok or conv is None:
                deliver_results.append({"spaceType": space_type, "spaceId": space_id, "success": False,
                                        "errorMsg": "space not found"})  # fmt: skip
                continue
            route_key = body.get("callbackRouteKey")
            existing = self.store.card(out_track_id)
            if existing is None:
                card = {
                    "out_track_id": out_track_id, "template_id": template_id,
                    "callback_type": str(body.get("callbackType") or ("HTTP" if route_key else "STREAM")),
                    "route_key": str(body.get("callbackRouteKey") or ""), "params": params, "private": private,
                    "conversation_id": conv.conversation_id, "space_type": space_type, "space_id": space_id,
                    "version": 1, "created_at": now_ms(),
                }  # fmt: skip
                msg = self.store.add_message(conv.conversation_id, {
                    "sender": BOT_SENDER, "sender_name": self.config.bot_name, "kind": "card", "text": "",
                    "title": params.get("title", ""), "out_track_id": out_track_id, "at_user_ids": list(
                        ((body.get("imGroupOpenDeliverModel") or {}).get("atUserIds") or {}).keys()),
                    "created_at": now_ms(), "via": "card",
                })  # fmt: skip
                card["message_seq"] = msg["seq"]
                self.store.put_card(card)
            deliver_results.append({"spaceType": space_type, "spaceId": space_id, "success": True,
                                    "carrierId": f"carrier-{out_track_id}"})  # fmt: skip
        return {"outTrackId": out_track_id, "deliverResults": deliver_results}

    def update_card(
        self,
        out_track_id: str,
        card_data: Any,
        private_data: dict[str, Any] | None,
        options: dict[str, Any] | None,
        *,
        user_private: tuple[str, Any] | None = None,
    ) -> dict[str, Any]:
        card = self.store.card(out_track_id)
        if card is None:
            raise SimError(400, "card.instance.not.exist", f"card {out_track_id!r} does not exist")
        options = options or {}
        if card_data is not None:
            new = _param_map(card_data)
            card["params"] = {**card["params"], **new} if options.get("updateCardDataByKey") else new
        by_key = bool(options.get("updatePrivateDataByKey"))
        updates = {str(u): _param_map(v) for u, v in (private_data or {}).items()}
        if user_private is not None:
            updates[user_private[0]] = _param_map(user_private[1])
        for uid, new in updates.items():
            card["private"][uid] = {**card["private"].get(uid, {}), **new} if by_key else new
        card["version"] = int(card.get("version", 1)) + 1
        card["updated_at"] = now_ms()
        self.store.put_card(card)
        self.store.touch_message(int(card["message_seq"]))
        return card

    async def click(self, user_id: str, out_track_id: str, action_id: str) -> dict[str, Any]:
        """A button press: the card callback DingTalk sends, by HTTP or over Stream; its answer may update the card."""
        card = self.store.card(out_track_id)
        if card is None:
            raise SimError(404, "card.instance.not.exist", f"card {out_track_id!r} does not exist")
        if user_id not in self.directory.users:
            raise SimError(404, "user.not.found", f"no user {user_id!r}")
        view = view_card(card, user_id)
        button = next((b for b in view["buttons"] if b["id"] == action_id), None)
        if button is None:
            raise SimError(404, "button.not.found", f"the card has no button {action_id!r}")
        payload = {
            "type": "actionCallback",
            "outTrackId": out_track_id,
            "corpId": self.config.corp_id,
            "userId": user_id,
            "userIdType": 1,
            "spaceType": card["space_type"],
            "spaceId": card["space_id"],
            "extension": json.dumps({}),
            "content": json.dumps(
                {"cardPrivateData": {"actionIds": [action_id], "params": button["params"]}}, ensure_ascii=False
            ),
        }
        delivery = uuid.uuid4().hex[:16]
        record: dict[str, Any] = {
            "delivery": delivery, "outTrackId": out_track_id, "userId": user_id, "action": action_id, "at": now_ms(),
        }  # fmt: skip
        self.deliveries.append(record)
        if card["callback_type"].upper() == "HTTP":
            route = self.card_routes.get(card["route_key"]) if card["route_key"] else None
            if route is None and self.config.card_callback_url:
                route = (self.config.card_callback_url, self.config.card_callback_secret or self.config.app_secret)
            if route is None:
                record["status"] = "no card callback url"
                self._notice(card["conversation_id"], "⚠️ 卡片回调地址未注册，按钮点击没有送达。")
                return {"delivered": False, "callback": "HTTP"}
            ts = self._signing_ts()  # never the same millisecond twice: a reused pair is a replay
            headers = {
                "x-ddpaas-signature-timestamp": ts,
                "x-ddpaas-signature": card_callback_signature(route[1], ts),
                "Content-Type": "application/json",
            }
            self._card_sends[delivery] = (route[0], payload, headers, card, user_id)
            _bound(self._card_sends)
            self.spawn(self._card_http(route[0], payload, headers, card, user_id, record))
            return {"delivered": True, "callback": "HTTP", "delivery": delivery}

        async def on_ack(code: int, data: Any) -> None:
            record["ack"] = code
            if isinstance(data, dict):
                self._apply_callback_answer(out_track_id, user_id, data.get("response"))

        pending = await self.gateway.push("CALLBACK", CARD_TOPIC, payload, on_ack=on_ack)
        record["status"] = "pushed" if pending.attempts else "queued"
        self._card_frames[delivery] = pending.frame["headers"]["messageId"]
        _bound(self._card_frames)
        return {"delivered": True, "callback": "STREAM", "delivery": delivery}

    async def redeliver_click(self, delivery: str) -> None:
        """Send one card callback again exactly as before: by HTTP with the same signed headers, over Stream
        with the same frame messageId. A redelivery, not a new press."""
        if delivery in self._card_frames:
            await self.gateway.resend(self._card_frames[delivery])
            return
        sent = self._card_sends.get(delivery)
        if sent is None:
            raise SimError(404, "delivery.not.found", f"no card callback {delivery}")
        url, payload, headers, card, user_id = sent
        record = {"delivery": delivery, "outTrackId": card["out_track_id"], "userId": user_id, "redelivery": True}
        self.deliveries.append(record)
        await self._card_http(url, payload, headers, card, user_id, record)

    async def _card_http(
        self, url: str, payload: dict[str, Any], headers: dict[str, str], card: dict[str, Any], user_id: str,
        record: dict[str, Any],
    ) -> None:  # fmt: skip
        resp = await self._post_to_bot(
            url, payload, headers, record, card["conversation_id"],
            unreachable="⚠️ 卡片回调失败（连接失败）。", refused="⚠️ 卡片回调返回 HTTP {status}。",
        )  # fmt: skip
        if resp is None:
            return
        with contextlib.suppress(ValueError):
            self._apply_callback_answer(card["out_track_id"], user_id, resp.json())

    async def _post_to_bot(
        self, url: str, body: dict[str, Any], headers: dict[str, str], record: dict[str, Any], conversation_id: str,
        *, unreachable: str, refused: str,
    ) -> httpx.Response | None:  # fmt: skip
        """POST a callback to the bot and record the outcome; a failure shows as a notice in the chat (None)."""
        try:
            resp = await self.http().post(url, content=json.dumps(body, ensure_ascii=False).encode(), headers=headers)
        except httpx.HTTPError as exc:
            record["status"] = f"error {type(exc).__name__}"
            self._notice(conversation_id, unreachable)
            return None
        record["status"] = resp.status_code
        if resp.status_code >= 400:
            self._notice(conversation_id, refused.format(status=resp.status_code))
            return None
        return resp

    def _apply_callback_answer(self, out_track_id: str, user_id: str, answer: Any) -> None:
        if isinstance(answer, str):
            with contextlib.suppress(ValueError):
                answer = json.loads(answer)
        if not isinstance(answer, dict) or not ({"cardData", "userPrivateData"} & answer.keys()):
            return
        private = answer.get("userPrivateData")
        self.update_card(
            out_track_id, answer.get("cardData"), None, answer.get("cardUpdateOptions"),
            user_private=(user_id, private) if private is not None else None,
        )  # fmt: skip

    # ------------------------------------------------------------------ OA approvals

    def start_approval(self, body: dict[str, Any]) -> str:
        code = str(body.get("processCode") or "")
        originator = str(body.get("originatorUserId") or "")
        if not code:
            raise SimError(400, "processCodeError", "processCode is required")
        if originator not in self.directory.users:
            raise SimError(400, "originatorUserIdError", f"no user {originator!r}")
        values = body.get("formComponentValues")
        if not isinstance(values, list) or not all(
            isinstance(v, dict) and isinstance(v.get("value"), str) for v in values
        ):
            raise SimError(400, "formConverterError", "formComponentValues must be [{name, value: string}]")
        approvers: list[str] = []
        for group in body.get("approvers") or []:
            approvers += [str(u) for u in group.get("userIds") or []]
        if not approvers:
            manager = self.directory.users[originator].manager
            approvers = [manager] if manager else []
        if not approvers or any(a not in self.directory.users for a in approvers):
            raise SimError(400, "approverError", "no valid approver")
        instance_id = uuid.uuid4().hex[:22]
        created = time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime())
        originator_name = self.directory.users[originator].name
        serial = len(self.store.approvals()) + 1
        components = [{"name": v.get("name", ""), "value": v["value"], "componentType": "TextField"} for v in values]
        instance: dict[str, Any] = {
            "processInstanceId": instance_id, "processCode": code,
            "businessId": time.strftime("%Y%m%d%H%M") + str(serial).zfill(4),
            "title": f"{originator_name}提交的审批", "status": "RUNNING", "result": "", "originatorUserId": originator,
            "originatorDeptId": str(body.get("deptId") or self.directory.dept_id_of(originator)),
            "formComponentValues": components,
            "tasks": [{"taskId": 10000 + serial * 10 + i, "userId": a, "status": "RUNNING", "result": "NONE",
                       "createTime": created} for i, a in enumerate(approvers)],
            "createTime": created, "finishTime": "",
        }  # fmt: skip
        self.store.put_approval(instance)
        for task in instance["tasks"]:
            self.store.add_message(self.directory.direct(task["userId"]).conversation_id, {
                "sender": "__oa__", "sender_name": "审批", "kind": "oa", "text": "", "title": instance["title"],
                "instance_id": instance_id, "task_id": task["taskId"], "at_user_ids": [], "created_at": now_ms(),
                "via": "workflow",
            })  # fmt: skip
        self.spawn(self._approval_event("bpms_instance_change", instance, {"type": "start"}))
        return instance_id

    def execute_approval(self, body: dict[str, Any]) -> None:
        instance = self.store.approval(str(body.get("processInstanceId") or ""))
        if instance is None:
            raise SimError(400, "processInstanceIdError", "no such approval instance")
        actioner, result = str(body.get("actionerUserId") or ""), str(body.get("result") or "")
        if result not in ("agree", "refuse"):
            raise SimError(400, "resultError", "result must be agree or refuse")
        task = next(
            (t for t in instance["tasks"] if str(t["taskId"]) == str(body.get("taskId")) and t["userId"] == actioner),
            None,
        )
        if task is None or task["status"] != "RUNNING" or instance["status"] != "RUNNING":
            raise SimError(400, "taskError", "no running task of this user in the instance")
        task |= {"status": "COMPLETED", "result": result, "finishTime": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime())}
        done = result == "refuse" or all(t["status"] == "COMPLETED" for t in instance["tasks"])
        if done:
            for t in instance["tasks"]:
                if t["status"] == "RUNNING":
                    t["status"] = "CANCELED"
            instance |= {"status": "COMPLETED", "result": result, "finishTime": task["finishTime"]}
        self.store.put_approval(instance)
        for m in self.store.messages():
            if m.get("kind") == "oa" and m.get("instance_id") == instance["processInstanceId"]:
                self.store.touch_message(int(m["seq"]))
        remark = str(body.get("remark") or "")
        self.spawn(
            self._approval_event(
                "bpms_task_change",
                instance,
                {"type": "finish", "result": result, "taskId": task["taskId"], "remark": remark, "staffId": actioner},
            )
        )
        if done:
            outcome = "已同意" if result == "agree" else "已拒绝"
            self._notice(self.directory.direct(instance["originatorUserId"]).conversation_id,
                         f"审批「{instance['title']}」{outcome}（{self.name_of(actioner)}）")  # fmt: skip
            self.spawn(self._approval_event("bpms_instance_change", instance, {"type": "finish", "result": result}))

    async def _approval_event(self, event_type: str, instance: dict[str, Any], extra: dict[str, Any]) -> None:
        """OA changes reach the bot as Stream EVENT frames (HTTP event subscriptions are not simulated)."""
        data = {
            "processInstanceId": instance["processInstanceId"], "processCode": instance["processCode"],
            "businessId": instance["businessId"], "title": instance["title"],
            "staffId": instance["originatorUserId"], "createTime": now_ms(), "corpId": self.config.corp_id, **extra,
        }  # fmt: skip
        if extra.get("type") == "finish" and event_type == "bpms_instance_change":
            data["finishTime"] = now_ms()
        event_id = uuid.uuid4().hex
        await self.gateway.push("EVENT", event_type, data, extra_headers={
            "eventType": event_type, "eventId": event_id, "eventCorpId": self.config.corp_id,
            "eventBornTime": str(now_ms()), "eventUnifiedAppId": self.config.app_key,
        })  # fmt: skip


def _bound(table: dict[str, Any], keep: int = 500) -> None:
    """Forget the oldest entries of a table that would otherwise grow with every click."""
    for key in list(table)[: max(0, len(table) - keep)]:
        del table[key]


def _param_map(card_data: Any) -> dict[str, str]:
    """`{"cardParamMap": {...}}` → its string values; non-strings are refused like DingTalk does."""
    if card_data is None:
        return {}
    if not isinstance(card_data, dict):
        raise SimError(400, "invalidParameter.cardData", "cardData must be an object")
    params = card_data.get("cardParamMap", {})
    if not isinstance(params, dict):
        raise SimError(400, "invalidParameter.cardParamMap", "cardParamMap must be an object")
    bad = [k for k, v in params.items() if not isinstance(v, str)]
    if bad:
        raise SimError(400, "invalidParameter.cardParamMap", f"cardParamMap values must be strings: {bad}")
    return {str(k): v for k, v in params.items()}
