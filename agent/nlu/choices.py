"""Short replies read on their own: which waiting card a yes or no decides (确认 2, 全部确认), which listed item a
pick names (第三个, 220V的那个), and what a message that is no request is (thanks, small talk, the board).

Pure matching of reply words; `agent.nlu.interpret` re-exports these as part of its one entry point.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from agent.nlu.extract import prepare
from agent.nlu.rx import rx

__all__ = ["Choice", "chatter", "pick_of", "read_choice"]

# While several cards wait for one person: 全部确认 / 两条都确认 / confirm all; 确认 2 / 2 确认 / 取消第1条.
_ALL = rx(
    r"^\s*(?:全部|都|全都|统统|所有的?|[两二三四五六七八九十\d]+(?:条|个|张)?(?:都|全))\s*(确认|取消|ok|好的?)\s*[。!！.]?\s*$"
    r"|^\s*(confirm|cancel)\s+(?:all|both|them all)\s*[.!]?\s*$"
)
_NUMBERED = rx(
    r"^\s*(确认|取消|confirm|cancel)\s*(?:第|no\.?|#)?\s*(\d{1,2})\s*(?:条|个|张)?\s*[。!！.]?\s*$"
    r"|^\s*(?:第)?(\d{1,2})\s*(?:条|个|张)?\s*(确认|取消|confirm|cancel)\s*[。!！.]?\s*$"
)
_BARE_YES = {"确认", "ok", "好的", "好", "confirm", "yes"}


class Choice(BaseModel):
    """A decision about waiting cards: `which` (1-based) or all of them (None); `bare` is a plain yes."""

    action: Literal["confirm", "cancel"]
    which: int | None = None
    bare: bool = False


def read_choice(text: str) -> Choice | None:
    """全部确认 → all; 确认 2 → the second; 取消1 → cancel the first; a bare 确认 → ask which. None otherwise."""
    t = prepare(text)  # traditional characters, full-width digits
    if t.lower().rstrip("。!！.") in _BARE_YES:
        return Choice(action="confirm", bare=True)
    if m := _ALL.match(t):
        word = (m.group(1) or m.group(2) or "").lower()
        return Choice(action="cancel" if word in ("取消", "cancel") else "confirm")
    if m := _NUMBERED.match(t):
        word = (m.group(1) or m.group(4) or "").lower()
        return Choice(action="cancel" if word in ("取消", "cancel") else "confirm", which=int(m.group(2) or m.group(3)))
    return None


# A pick from a numbered list: 2, 第2个, 2号.
_PICK = re.compile(r"^\s*(?:第\s*)?([1-9])\s*(?:个|号)?\s*$")
_ORDINAL = rx(r"^(?:第\s*)?([1-9]|[一二三四五六七八九])\s*(?:个|号|项|条|种)?(?:吧|呢|啊|哈)?$")
_ORDINAL_EN = rx(
    r"^(?:the\s+)?(?:number|no\.?|option|#)\s*([1-9])(?:\s+one)?$|^(?:the\s+)?([1-9])(?:st|nd|rd|th)(?:\s+one)?$"
)
_LAST = rx(r"^(?:最后一个|最后那个|最后一项|the last(?: one)?|last one|last)$")
_CN_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
# Words around a description of a listed item (呃 220V的那个, the B2 one): not part of what tells it apart.
_PICK_FILLER = rx(
    r"呃|嗯|啊|哦|就是|要|选|那个|这个|那款|这款|的|吧|呢|\bthe\b|\bone\b|\bthat\b|\bplease\b|[\s,.!?，。！？]"
)


def pick_of(text: str, choices: list[str]) -> int | None:
    """Which listed item (1-based) a reply picks: by number (2, 第三个, number 4, 最后一个), or by words only one
    of the listed items holds (阀座, 220V的那个, B2那个). None when it picks none or is unclear."""
    t = prepare(text)
    if m := _PICK.match(t) or _ORDINAL.match(t):
        n = int(m.group(1)) if m.group(1).isdigit() else _CN_DIGIT[m.group(1)]
        return n
    if m := _ORDINAL_EN.match(t):
        return int(m.group(1) or m.group(2))
    if _LAST.match(t):
        return len(choices)
    key = _PICK_FILLER.sub("", t)
    if len(key) < 2 or len(key) > 30:
        return None
    hits = [i for i, c in enumerate(choices, 1) if key in prepare(c).replace(" ", "")]
    return hits[0] if len(hits) == 1 else None


# Thanks and small talk get one short line, never the whole help; a line naming work is never dropped unnamed;
# 看板 / board asks for the order health board's link.
_BOARD = re.compile(r"^(?:打开)?看板$|^board$", re.I)
_THANKS = re.compile(r"^\W*(谢谢|多谢|谢了|感谢|辛苦了?|thanks?( you)?|thx|ty)\W*(你|啦|了|哈|!|！)*\W*$", re.I)
_SMALL_TALK = re.compile(r"^\W*(好的?|嗯+|哦+|ok|okay|收到|👍|🙏|哈+|hi|hello|你好|早上?好?|晚安)\W*$", re.I)
_WORK_WORDS = rx(r"\d|mo\d|报工|良品|不良|数量|交期|库存|订单")


def chatter(text: str) -> Literal["board", "thanks", "small_talk", "work", "other"]:
    """What a message that is no K/3 request is: a request for the board's link, thanks, small talk (好的, hi),
    words of work (a figure, an order, a report word: a line the bot must name back as not understood), or other."""
    if _BOARD.match(text):
        return "board"
    if _THANKS.match(text):
        return "thanks"
    if _SMALL_TALK.match(text):
        return "small_talk"
    return "work" if _WORK_WORDS.search(text) else "other"
