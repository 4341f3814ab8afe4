"""An approver's reply words: 同意 / 驳回, optionally the number of an entry in the list shown, and a reason.

Only explicit decision words count: ok / 好的 / 确认 are a requester's confirmation words, never an approval.
A bare number (`2`) answers a list the approver was just shown; what it means is decided by the caller.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from agent.nlu.lexicon.replies import APPROVE_WORDS, CONSENT_ONLY, REJECT_WORDS

__all__ = ["MAX_REASON", "ApprovalReply", "is_consent_only", "read_approval"]

MAX_REASON = 200  # characters of a rejection reason passed on to the requester

# longest first, so 不同意 is never read as 同意 and approved as approve
_WORD = "|".join(sorted(map(re.escape, APPROVE_WORDS + REJECT_WORDS), key=len, reverse=True))
_NUM = r"(?:第\s*)?(?P<num>\d{1,2})(?!\d)\s*(?:个|号|条|项)?"
_SEP = r"[\s,，:：;；、]*"
_END = r"(?![a-z])"  # an English word ends here (approves, rejectable are other words)
_WORD_FIRST = re.compile(rf"^\s*(?P<word>{_WORD}){_END}(?:{_SEP}{_NUM})?(?P<rest>.*)$", re.I | re.S)
_NUM_FIRST = re.compile(rf"^\s*{_NUM}{_SEP}(?P<word>{_WORD}){_END}(?P<rest>.*)$", re.I | re.S)
_BARE_NUM = re.compile(rf"^\s*{_NUM}\s*[。.!！]?\s*$")
_NOTHING_MORE = re.compile(r"^[\s。.!！~～]*$")
_LEADING = re.compile(r"^[\s,，:：;；、。.\-—]+")


class ApprovalReply(BaseModel):
    """`action` None: a bare number. `number` counts from 1. `english`: answer in English."""

    action: Literal["approve", "reject"] | None
    number: int | None = None
    reason: str = ""
    english: bool = False


def read_approval(text: str) -> ApprovalReply | None:
    """同意 / 同意 2 / 2 同意 / 驳回 1 交期太急 / reject 2 too early / 2 → a reply; anything else → None.

    An approval takes nothing after it but punctuation (通过率是多少 is not an approval); a rejection may
    carry a reason."""
    if bare := _BARE_NUM.match(text):
        return ApprovalReply(action=None, number=int(bare["num"]))
    m = _WORD_FIRST.match(text) or _NUM_FIRST.match(text)
    if m is None:
        return None
    word = m["word"].lower()
    action: Literal["approve", "reject"] = "reject" if word in REJECT_WORDS else "approve"
    rest = m["rest"]
    number = int(m["num"]) if m["num"] else None
    if number == 0:
        return None
    if action == "approve":
        if not _NOTHING_MORE.match(rest):
            return None
        reason = ""
    else:
        reason = _LEADING.sub("", rest).strip()[:MAX_REASON]
    return ApprovalReply(action=action, number=number, reason=reason, english=word.isascii())


def is_consent_only(text: str) -> bool:
    """ok / 好的 / 确认 …: a requester's confirmation, which an approver may mistake for an approval."""
    return CONSENT_ONLY.match(text) is not None
