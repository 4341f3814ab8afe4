"""What a DingTalk robot message says, whatever its type, and what a quoted reply quotes.

DingTalk delivers (HTTP body = Stream `data`): `text.content`; `richText` as `content.richText[]` of `{text}` and
`{type: "picture", downloadCode}` items (the Stream SDK's `get_text_list` reads the same); voice as
`msgtype: audio` with `content.recognition`, DingTalk's own speech-to-text, empty when it heard nothing;
`picture` / `file` / `video` with a `downloadCode` only. A quoted reply is a text message with `text.isReplyMsg`
and `text.repliedMsg {msgId, msgType, senderId, createdAt, content?}`; for a quoted card `content` is often
missing, or a `cardContent` element tree whose visible words sit in `value` / `text` fields.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from agent.phrases import Lang, say

if TYPE_CHECKING:
    from agent.replies import Outgoing

__all__ = ["Quote", "RobotMessage", "heard_back", "read_message"]

Kind = Literal["text", "voice", "rich_text", "picture", "file", "video", "other"]
_QUOTED_TEXT_KEYS = ("content", "text", "value", "markdown", "title", "recognition")
_QUOTED_MAX = 4000  # a quoted card's words are matched against cards, never read as a request: bounded


class Quote(BaseModel):
    """The message a reply quotes: its DingTalk id and type, and its visible words when DingTalk sends them."""

    msg_id: str = ""
    msg_type: str = ""
    text: str = ""


class RobotMessage(BaseModel):
    """`text` is what the agent reads: the typed text, the rich text's words, or the voice's recognition."""

    kind: Kind
    text: str = ""
    quote: Quote | None = None

    @property
    def readable(self) -> bool:
        """Something to read: text, rich text with words, or a voice DingTalk recognised."""
        return self.kind in ("text", "voice", "rich_text") and bool(self.text)


def read_message(body: dict[str, Any]) -> RobotMessage:
    """The message of a robot callback body; unknown or malformed parts read as nothing, never as an error."""
    msgtype = str(body.get("msgtype") or "")
    content = _dict(body.get("content"))
    if msgtype == "text":
        text = _dict(body.get("text"))
        return RobotMessage(kind="text", text=str(text.get("content") or "").strip(), quote=_quote(text))
    if msgtype == "audio":
        return RobotMessage(kind="voice", text=str(content.get("recognition") or "").strip())
    if msgtype == "richText":
        return RobotMessage(kind="rich_text", text=_rich_text(content.get("richText")))
    if msgtype in ("picture", "file", "video"):
        return RobotMessage(kind=msgtype)  # type: ignore[arg-type]
    return RobotMessage(kind="other")


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _rich_text(items: Any) -> str:
    """The words of a rich text, in order; pictures between them are left out. Items are joined with a space
    unless one already ends or starts a line."""
    out = ""
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            continue
        part = item["text"]
        if out and not out.endswith("\n") and not part.startswith("\n"):
            out += " "
        out += part
    return out.strip()


def _quote(text: dict[str, Any]) -> Quote | None:
    replied = text.get("repliedMsg")
    if not text.get("isReplyMsg") or not isinstance(replied, dict):
        return None
    words: list[str] = []
    _collect(replied.get("content"), words, 0)
    return Quote(
        msg_id=str(replied.get("msgId") or ""), msg_type=str(replied.get("msgType") or ""),
        text=" ".join(words)[:_QUOTED_MAX],
    )  # fmt: skip


def _collect(node: Any, words: list[str], depth: int) -> None:
    """The visible words of a quoted message's `content`, however nested (text, markdown, a card's element tree)."""
    if depth > 12 or sum(len(w) for w in words) > _QUOTED_MAX:
        return
    if isinstance(node, str):
        if node.strip():
            words.append(node.strip())
    elif isinstance(node, list):
        for item in node:
            _collect(item, words, depth + 1)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key in _QUOTED_TEXT_KEYS or isinstance(value, (dict, list)):
                _collect(value, words, depth + 1)


def heard_back(messages: list[Outgoing], heard: str, lang: Lang) -> list[Outgoing]:
    """The replies to a voice message, each card (or, with no card, the first reply) opening with what was heard:
    the sender sees what DingTalk's recognition made of their words before confirming anything."""
    line = say(lang, "heard", text=heard)
    carded = [m for m in messages if m.card is not None]
    out = []
    for i, m in enumerate(messages):
        if m.card is not None:
            m = m.model_copy(update={"card": m.card.model_copy(update={"markdown": f"{line}\n\n{m.card.markdown}"})})
            m = m.model_copy(update={"text": f"{line}\n\n{m.text}"})
        elif not carded and i == 0:
            m = m.model_copy(update={"text": f"{line}\n{m.text}"})
        out.append(m)
    return out
