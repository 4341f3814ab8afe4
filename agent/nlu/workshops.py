"""The workshop a message names: the sender's own (我们车间), a number or name of the plant's vocabulary (the demo's
WS01, 装配, assembly), or a shop the words say is one (三车间, 焊接车间). No plant's names are written here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.nlu.lexicon.workshops import (
    NUMBERED_WORKSHOP,
    OWN_WORKSHOP,
    WORKSHOP_GENERIC,
    WS_LEAD,
    WS_NAME_SUFFIX,
    WS_NOT_AFTER_NAME,
    WS_NOT_BEFORE_NAME,
    WS_QUESTION,
    WS_SOURCE,
    WS_TARGET,
    WS_VERB,
    WS_VERB_BEFORE,
)
from agent.nlu.rx import rx
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.work import Work

__all__ = ["WorkshopHit", "find_workshop", "placed_workshop", "without_ruled_out_shops"]


@dataclass(frozen=True, slots=True)
class WorkshopHit:
    kind: str  # "own", "code" or "named"
    text: str


_CONTEXT = 64  # characters before a named shop where the verb that goes with it may stand


def _named_workshops(text: str) -> list[re.Match[str]]:
    """Numbered shops first (三车间, 3号车间, workshop 3), then any 〇〇车间. A numbered shop glued to a name before
    it (机加一车间, 冲压二车间) is that whole name, unless what comes before is a verb (放到二车间, 查一车间)."""
    generic = list(WORKSHOP_GENERIC.finditer(text))
    stems = [
        m
        for m in NUMBERED_WORKSHOP.finditer(text)
        if not any(
            g.start() < m.start() and g.end() == m.end() and not _verb_led(text[g.start() : m.start()]) for g in generic
        )
    ]
    return stems + [
        m
        for m in WORKSHOP_GENERIC.finditer(text)
        if not any(s.start() < m.end() and m.start() < s.end() for s in stems)
    ]


def _verb_led(prefix: str) -> bool:
    return bool(WS_LEAD.match(prefix) or WS_VERB.match(prefix))


def _latin(char: str) -> bool:
    """A Latin letter or digit: glued to a Latin name it makes another word (3assembly, ws01x); 装配 or 有 do not."""
    return char.isascii() and char.isalnum()


def _vocabulary_names(text: str, names: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Spans of the plant's workshop names (the longest, so 机加一车间 before 机加一), with a 车间 / shop written
    after one; a name inside a longer word (十二车间 for 二车间, 装配件 for 装配, 3assembly) is not one."""
    spans: list[tuple[int, int]] = []
    for m in names.finditer(text) if names else ():
        start, end, name = m.start(), m.end(), m.group(0)
        if WS_NOT_BEFORE_NAME.search(text[:start]) and WS_NOT_BEFORE_NAME.match(name[:1]):
            continue
        if WS_NOT_AFTER_NAME.match(text, end) or (name[-1:].isascii() and _latin(text[end : end + 1])):
            continue
        if name[:1].isascii() and _latin(text[start - 1 : start]):
            continue
        suffix = WS_NAME_SUFFIX.match(text, end)
        spans.append((start, suffix.end() if suffix else end))
    return spans


def _workshop_mentions(text: str, vocabulary: Vocabulary | None) -> list[tuple[int, int, int, WorkshopHit]]:
    """Every workshop mention, left to right: (start of what to blank, start of the name, end, hit); the verb that
    goes with a named shop (放到二车间) is blanked with it. The plant's own names and number shape, when given,
    come before the generic patterns."""
    found: list[tuple[int, int, int, WorkshopHit]] = []
    for m in OWN_WORKSHOP.finditer(text):
        found.append((m.start(), m.start(), m.end(), WorkshopHit("own", m.group(0))))
    code, digits = (vocabulary.workshop_code, vocabulary.code_digits) if vocabulary else (None, 0)
    for m in code.finditer(text) if code else ():  # the catalogue's own number shape (WS01 → ws1, ws-01)
        if any(s < m.end() and m.start() < e for s, _, e, _ in found):
            continue
        number = f"{m.group(1).upper()}{int(m.group(2)):0{digits}d}"
        found.append((m.start(), m.start(), m.end(), WorkshopHit("code", number)))
    for start, end in _vocabulary_names(text, vocabulary.workshop_name if vocabulary else None):
        if any(s < end and start < e for s, _, e, _ in found):
            continue
        near = max(0, start - _CONTEXT)
        verb = WS_VERB_BEFORE.search(text[near:start])
        found.append((near + verb.start() if verb else start, start, end, WorkshopHit("named", text[start:end])))
    for m in _named_workshops(text):
        phrase = m.group(0)
        if WS_QUESTION.search(phrase) or any(s < m.end() and m.start() < e for s, _, e, _ in found):
            continue
        lead = WS_LEAD.match(phrase)
        start = m.start() + (lead.end() if lead else 0)
        verb = WS_VERB.search(text[start : m.end() - 2])  # 下达到车间: no shop named
        if verb:
            start += verb.end()
        phrase = text[start : m.end()]
        if len(phrase) < 3:  # 车间 alone names none
            continue
        near = max(0, start - _CONTEXT)
        verb = WS_VERB_BEFORE.search(text[near:start])  # 放到二车间: the verb goes with the shop
        found.append((near + verb.start() if verb else start, start, m.end(), WorkshopHit("named", phrase.strip())))
    return sorted(found, key=lambda f: f[0])


_PRIORITY = {"own": 0, "code": 1, "named": 2}


_SAME_SHOP = rx(r"同一(?:个)?车间|同一个?(?=车间)")


def find_workshop(work: Work, vocabulary: Vocabulary | None = None) -> WorkshopHit | None:
    """The workshop a message names: 我们车间 (own), WS01 (code) or a named shop (一车间, 装配, assembly). With
    several, the one an order goes to (一车间排不过来了，把MO…转给机加二 → 机加二; from assembly to painting →
    painting); otherwise the sender's own, a code, then the first name. Every mention is consumed. `vocabulary`: the
    plant's workshop names and number shape, read first."""
    text = work.text
    for m in _SAME_SHOP.finditer(text):  # 同一车间: the same shop as before (agent.focus), never 一车间
        work.take(m.start(), m.end())
    text = work.text
    mentions = _workshop_mentions(text, vocabulary)
    if not mentions:
        return None
    for start, _, end, _ in mentions:
        work.take(start, end)
    if len(mentions) > 1:
        if targets := _targets(text, mentions):
            return targets[-1]
        rest = [m for m in mentions if not WS_SOURCE.search(text[: m[1]])]
        mentions = rest or mentions
    return min(mentions, key=lambda m: _PRIORITY[m[3].kind])[3]


def _targets(text: str, mentions: list[tuple[int, int, int, WorkshopHit]]) -> list[WorkshopHit]:
    """The mentioned shops the words put an order in (放二车间, 改到机加一, put it in assembly)."""
    return [hit for _, name, _, hit in mentions if WS_TARGET.search(text[:name])]


def placed_workshop(text: str, vocabulary: Vocabulary | None = None) -> WorkshopHit | None:
    """The workshop `text` (prepared) puts an order in, after a placing verb (机加一也满了，放装配车间 → 装配车间),
    or None when no shop it names follows one (装配满了 says why, not where)."""
    targets = _targets(text, _workshop_mentions(text, vocabulary))
    return targets[-1] if targets else None


_RULED_OUT = rx(r"(?:不是|(?:不要|别|不)(?:放|改|转|排)?(?:到|去|在)?|\bnot(?:\s+in|\s+to)?|\binstead\s+of)\s*$")


def without_ruled_out_shops(text: str, vocabulary: Vocabulary | None = None) -> str:
    """`text` with every workshop named only to be ruled out blanked (sorry, assembly, not machining 2; 是装配，不是
    机加二车间): its name, figures in it too, is no value of the message."""
    work = Work(text)
    for _, name, end, _ in _workshop_mentions(text, vocabulary):
        if _RULED_OUT.search(text[max(0, name - 12) : name]):
            work.take(name, end)
    return work.text
