"""The message types a person sends a robot, as DingTalk delivers them: text, richText, audio (with DingTalk's
recognition), picture, file, video; and the `repliedMsg` of a reply that quotes an earlier message."""

from __future__ import annotations

import secrets
from typing import Any, Literal

__all__ = ["ONLY_1TO1", "MsgType", "quoted", "robot_part", "shown_text"]

MsgType = Literal["text", "richText", "audio", "picture", "file", "video"]
ONLY_1TO1 = frozenset({"audio", "file", "video"})  # DingTalk delivers these to a robot in 1:1 chats only


def _code() -> str:
    return "dc" + secrets.token_hex(12)  # a downloadCode: the bot would trade it for a download URL


def robot_part(msgtype: MsgType, text: str) -> dict[str, Any]:
    """The type-specific fields of a robot callback body; `text` is the typed text, a rich text's words, a voice
    note's recognition (empty: DingTalk heard nothing) or a file's name."""
    if msgtype == "text":
        return {"msgtype": "text", "text": {"content": text}}
    if msgtype == "richText":  # the words, then the picture the person pasted with them
        items: list[dict[str, Any]] = [{"text": line} for line in text.split("\n") if line]
        items.append({"type": "picture", "downloadCode": _code(), "pictureDownloadCode": _code()})
        return {"msgtype": "richText", "content": {"richText": items}}
    if msgtype == "audio":
        return {"msgtype": "audio", "content": {"duration": 4000, "downloadCode": _code(), "recognition": text}}
    if msgtype == "picture":
        return {"msgtype": "picture", "content": {"downloadCode": _code(), "pictureDownloadCode": _code()}}
    if msgtype == "file":
        return {"msgtype": "file", "content": {"downloadCode": _code(), "fileName": text or "file.pdf"}}
    return {"msgtype": "video", "content": {"downloadCode": _code(), "duration": 8000, "videoType": "mp4"}}


def shown_text(msgtype: MsgType, text: str) -> str:
    """How the chat shows the message (a voice note as its recognised words)."""
    return {
        "text": text, "richText": text + " [图片]", "audio": f"🎙 {text or '（语音）'}", "picture": "[图片]",
        "file": f"[文件] {text or 'file.pdf'}", "video": "[视频]",
    }[msgtype]  # fmt: skip


def quoted(message: dict[str, Any], *, sender_open_id: str, card_carrier: str = "") -> dict[str, Any]:
    """`text.repliedMsg` for a reply quoting `message`. A quoted card carries no content, only its id (the
    carrierId its createAndDeliver returned), as DingTalk sends it; a quoted text carries its words."""
    replied: dict[str, Any] = {
        "msgId": card_carrier or str(message.get("msg_id") or message.get("id") or ""),
        "senderId": sender_open_id, "createdAt": int(message.get("created_at") or 0),
    }  # fmt: skip
    if message.get("kind") == "card":
        return replied | {"msgType": "interactiveCard"}
    return replied | {"msgType": "text", "content": {"content": str(message.get("text") or "")}}
