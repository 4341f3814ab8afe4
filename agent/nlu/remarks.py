"""A message that asks nothing of a waiting card: words of waiting (稍等，我看下排产表; 收到，马上弄) or a remark with
nothing of a change in it (就是食堂呗, said to a colleague). The card stays as shown, and a yes after it is a yes."""

from __future__ import annotations

from typing import Literal

from agent.nlu.lexicon.chatter import ABOUT_CARD, ACK_CLAUSE, CHANGE_HINT, SLOT_WORD, WAITING_CLAUSE
from agent.nlu.lexicon.common import CLAUSE_PUNCT
from agent.nlu.models import ParsedCommand
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.work import Work, find_order_no, prepare
from agent.nlu.workshops import find_workshop

__all__ = ["Remark", "acknowledges", "remark", "waiting"]

Remark = Literal["waiting", "chatter"]


def waiting(text: str) -> bool:
    """Whether the message only says to wait, or that its sender looks something up or does it now (稍等, 收到 马上弄,
    我看下排产表), with no figure, date or change word in it."""
    t = prepare(text)
    if not t or CHANGE_HINT.search(t) or find_order_no(Work(t)):
        return False
    said_wait = False
    for clause in _clauses(t):
        if WAITING_CLAUSE.fullmatch(clause):
            said_wait = True
        elif not ACK_CLAUSE.fullmatch(clause):
            return False
    return said_wait


def acknowledges(text: str) -> bool:
    """Whether the message only acknowledges (好的, 行, 收到, ok 王哥): after a remark the card was kept for, such a
    yes may answer the bot's line rather than the card, so it is asked back; 确认 is not one."""
    clauses = _clauses(prepare(text))
    return bool(clauses) and all(ACK_CLAUSE.fullmatch(c) for c in clauses)


def remark(text: str, reading: ParsedCommand, vocabulary: Vocabulary | None = None) -> Remark | None:
    """What a message the card could not use is, when it asks nothing of the card: `waiting`, or `chatter` (read
    as nothing and naming no figure, date, field, workshop or change, nor speaking of the card); None when it
    may be a change that was not read (a yes after it is then asked back)."""
    if waiting(text):
        return "waiting"
    t = prepare(text)
    if reading.intent != "unknown" or reading.args or any(w.search(t) for w in (CHANGE_HINT, SLOT_WORD, ABOUT_CARD)):
        return None
    if find_order_no(Work(t)) or find_workshop(Work(t), vocabulary):
        return None
    return "chatter"


def _clauses(t: str) -> list[str]:
    return [c for part in CLAUSE_PUNCT.split(t) for c in part.split()]
