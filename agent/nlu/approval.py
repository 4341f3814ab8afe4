"""An approver's reply words: 同意 / 驳回, optionally the number of an entry in the list shown, and a reason.

Only explicit decision words count: ok / 好的 / 确认 are a requester's confirmation words, never an approval.
A bare number (`2`) answers a list the approver was just shown; what it means is decided by the caller.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from agent.nlu.lexicon.replies import APPROVE_WORDS, CONSENT_ONLY, REJECT_WORDS

__all__ = ["MAX_REASON", "ApprovalReply", "is_consent_only", "read_approval", "whole_reason"]

MAX_REASON = 200  # characters of a rejection reason passed on to the requester

# longest first, so 不同意 is never read as 同意 and approved as approve
_WORD = "|".join(sorted(map(re.escape, APPROVE_WORDS + REJECT_WORDS), key=len, reverse=True))
# the order a request is about, said short or in full (1104, MO20261104), never a date's year nor a count (2026年)
_ORDER = r"(?:mo\s*)?(?P<order>\d{4,10})(?!\d)(?!\s*(?:年|月|号|日|个|件|台|套|pcs))"
_ORDER_NOUN = r"\s*(?:那个|这个|的|号)?(?:单子?|申请|请求)?"  # 1109那个, 1104的申请
# an entry of the list shown (同意 2), or the order the request is about (同意1104, 1111驳回)
_NUM = rf"(?:(?:第\s*)?(?P<num>\d{{1,2}})(?!\d)\s*(?:个|号|条|项)?|{_ORDER}{_ORDER_NOUN})"
_SEP = r"[\s,，:：;；、]*"
_END = r"(?![a-z])"  # an English word ends here (approves, rejectable are other words)
_WORD_FIRST = re.compile(rf"^\s*(?P<word>{_WORD}){_END}(?:{_SEP}{_NUM})?(?P<rest>.*)$", re.I | re.S)
_NUM_FIRST = re.compile(rf"^\s*{_NUM}{_SEP}(?P<word>{_WORD}){_END}(?P<rest>.*)$", re.I | re.S)
_BARE_NUM = re.compile(rf"^\s*(?:就是|是|那个|这个)?\s*{_NUM}\s*[。.!！]?\s*$")
# the order first, after whose request it is or a slip owned (刘洋那个1109同意, 张伟的1103驳回 理由, 打错了，1136同意)
_ORDER_FIRST = re.compile(
    rf"^\s*[^\d]{{0,12}}?{_ORDER}{_ORDER_NOUN}{_SEP}(?P<word>{_WORD}){_END}(?P<rest>.*)$", re.I | re.S
)
# the order said, a few words on it, and a plain yes to it at the end (吴磊报的那个1110我看过了 同意吧): an approval
_ORDER_THEN_YES = re.compile(
    rf"^[^\d]{{0,16}}?{_ORDER}[^\d]{{0,12}}?(?<![不没])(?P<word>同意|批准|通过)(?:吧|了|啦)?[\s。.!！~]*$", re.I
)
_NOTHING_MORE = re.compile(r"^[\s。.!！~～]*$")
_LEADING = re.compile(r"^[\s,，:：;；、。.\-—]+")


class ApprovalReply(BaseModel):
    """`action` None: a bare number. `number` counts from 1. `english`: answer in English."""

    action: Literal["approve", "reject"] | None
    number: int | None = None
    order: str | None = None  # the digits of the order the decided request is about (同意1104)
    reason: str = ""
    english: bool = False


def read_approval(text: str) -> ApprovalReply | None:
    """同意 / 同意 2 / 2 同意 / 驳回 1 交期太急 / reject 2 too early / 2 → a reply; anything else → None.

    An approval takes nothing after it but punctuation (通过率是多少 is not an approval); a rejection may
    carry a reason."""
    if bare := _BARE_NUM.match(text):  # 2, or 1117那个: answers the list just shown
        return ApprovalReply(action=None, number=int(bare["num"]) if bare["num"] else None, order=bare["order"])
    m = _WORD_FIRST.match(text) or _NUM_FIRST.match(text) or _ORDER_FIRST.match(text)
    if m is None:
        if yes := _ORDER_THEN_YES.match(text):
            return ApprovalReply(action="approve", order=yes["order"])
        return None
    word = m["word"].lower()
    action: Literal["approve", "reject"] = "reject" if word in REJECT_WORDS else "approve"
    rest = m["rest"]
    number = int(m["num"]) if m.groupdict().get("num") else None
    if number == 0:
        return None
    order = m["order"] or None
    if action == "approve":
        if not _NOTHING_MORE.match(rest):
            return None
        reason = ""
    else:
        reason = _LEADING.sub("", rest).strip()[:MAX_REASON]
    return ApprovalReply(action=action, number=number, order=order, reason=reason, english=word.isascii())


def is_consent_only(text: str) -> bool:
    """ok / 好的 / 确认 …: a requester's confirmation, which an approver may mistake for an approval."""
    return CONSENT_ONLY.match(text) is not None


def whole_reason(text: str) -> str:
    """A rejection's words after its decision word, whole (驳回 3000太多了: the figure is part of the reason when no
    waiting request's order ends so)."""
    m = _WORD_FIRST.match(text)
    return _LEADING.sub("", text[m.end("word") :]).strip()[:MAX_REASON] if m else ""
