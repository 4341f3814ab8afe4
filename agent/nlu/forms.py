"""The early exact forms of the rules backend: a message that is only a reply word or phrase (cancel, confirm, a
greeting) is decided before any cue is read, and a greeting or cancel before a request is dropped from it.

- A cancel reply with clauses that ask for nothing is `cancel`: what was wrong ("取消取消，数量写错了"), a
  postponement ("算了算了，回头再说", "nvm, maybe later"), why it is no longer wanted ("不要了，客户改主意了"),
  interjections and manners ("哎不要了不要了", "唉，取消吧"), waiting on or asking someone first ("先不要了，等我问过
  主管再说", "取消吧，我先问问主管", "let me check with my boss first"), a reason it is off ("不做了，没料了",
  "领导没批"); a clause with a figure, an order number or a request ("取消，改成500", "算了，MO… 暂停") keeps it a
  request. Replies run together are one reply ("OK没问题，提交", "yep sure, go ahead"); sending the proposal on is
  a confirmation (送出, 提交上去, 发出去吧, 走起, send it), while an acknowledgement alone (收到) consents to nothing.
- Pure greetings (你好, hi, 在吗, with particles and the bot addressed: 您好哇, hi bot, 助手你好) are `help`
  (the reply is the usage card); a greeting before a request is dropped ("你好，帮我查下库存").
"""

from __future__ import annotations

import re
from collections.abc import Set

from agent.nlu.intent_rules import Rule
from agent.nlu.lexicon.asides import CANCEL_ASIDE_RE
from agent.nlu.lexicon.common import CLAUSE_PUNCT, PUNCT
from agent.nlu.lexicon.corrections import MISTAKE_RE
from agent.nlu.lexicon.orders import ORDER_NO
from agent.nlu.lexicon.replies import (
    CANCEL_EXACT,
    CANCEL_RE,
    CONFIRM_EXACT,
    CONFIRM_RE,
    GREETING_EXACT,
    GREETING_RE,
    LEADING_GREETING,
    POLITE_TAIL,
)

__all__ = ["NOTHING_SAID", "REPLY_FORMS", "drop_leading", "reply_form"]


def _cancel_word(s: str) -> bool:
    return _whole(s, CANCEL_EXACT)


def _confirm_word(s: str) -> bool:
    return _whole(s, CONFIRM_EXACT)


def _asked_yes(s: str) -> bool:
    """嗯？ / 好? / 确认？: a yes word said as a question is no consent (asked back plainly, never executed)."""
    return s.rstrip().endswith(("?", "？")) and _confirm_phrase(s)


def _cancel_phrase(s: str) -> bool:
    return _whole(s, CANCEL_EXACT, CANCEL_RE)


def _confirm_phrase(s: str) -> bool:
    return _whole(s, CONFIRM_EXACT, CONFIRM_RE)


def _greeting(s: str) -> bool:
    return _whole(s, GREETING_EXACT, GREETING_RE)


def _says_nothing(s: str) -> bool:
    forms = _bare_forms(s)
    return not forms[0] or not forms[-1]


def reply_form(s: str) -> Rule[str] | None:
    """The reply form the whole prepared message is, if any."""
    return next((form for form in REPLY_FORMS if form.when(s)), None)


def drop_leading(s: str) -> str:
    """The message without a greeting or a cancel before its request ("你好，帮我查下库存" → "帮我查下库存")."""
    return _drop_leading_cancel(LEADING_GREETING.sub("", s, count=1))


_MAX_TAILS = 8  # polite tails peeled off one by one (嗯嗯嗯… would be one form per character)


def _bare_forms(s: str) -> list[str]:
    """The message without punctuation, then with polite tails peeled off one by one (算了吧 → 算了 → 算)."""
    forms = [PUNCT.sub(" ", s).strip()]
    prev = None
    for _ in range(_MAX_TAILS):
        if prev == s:
            break
        prev = s
        s = _peel(s).strip()
        forms.append(PUNCT.sub(" ", s).strip())
    return [f for f in dict.fromkeys(forms)]


def _peel(s: str) -> str:
    """`s` without its first polite head or tail. The tail is looked for in the last 32 characters only: tried
    from every position of the text, 的的的…x backtracks quadratically."""
    m = POLITE_TAIL.match(s) or POLITE_TAIL.search(s, max(1, len(s) - 32))
    return s[: m.start()] + s[m.end() :] if m else s


def _whole(text: str, vocabulary: Set[str], grammar: re.Pattern[str] | None = None) -> bool:
    """The message is one reply word or phrase, or only replies ("不要了，取消", "算了不做了",
    "好，就按这个来", "sounds good, go ahead"); `grammar` covers the phrases a word list cannot enumerate."""

    def is_reply(form: str) -> bool:
        return form in vocabulary or bool(grammar and grammar.fullmatch(form))

    def is_reply_run(form: str) -> bool:  # one reply, or replies run together (ok没问题, 不要了不要了, yep sure)
        if is_reply(form) or (2 <= len(form) <= 12 and _segments(form, vocabulary)):
            return True
        words = form.split()
        if not 1 < len(words) <= 6:
            return False
        ok = [True] + [False] * len(words)  # whole words, each run of them a reply word or phrase
        for end in range(1, len(words) + 1):
            ok[end] = any(ok[start] and is_reply(" ".join(words[start:end])) for start in range(end))
        return ok[-1]

    forms = _bare_forms(text)
    if any(is_reply(f) for f in forms) or any(is_reply_run(f) for f in forms):  # yes do it, no no no
        return True
    # Parts split at punctuation (English replies keep their spaces), else at any space.
    for parts in (CLAUSE_PUNCT.split(text), forms[0].split(" ")):
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) > 1 and all(any(is_reply_run(f) for f in _bare_forms(part)) for part in parts):
            return True
    return any(_segments(f, vocabulary) for f in forms if 2 <= len(f) <= 12)


def _segments(text: str, vocabulary: Set[str]) -> bool:
    """`text` is a concatenation of vocabulary words (two or more Chinese replies run together)."""
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        ok[end] = any(ok[start] and text[start:end] in vocabulary for start in range(max(0, end - 6), end))
    return ok[-1]


def _drop_leading_cancel(text: str) -> str:
    """A cancel before a new request ("取消，帮我查下二车间的单", "cancel that, show me orders in assembly"): the reply
    drops the proposal and the request is what is asked now, so the cancel clause names nothing. An order number
    after it may be the order to cancel ("取消，MO20261107"), so then the message is kept whole."""
    m = CLAUSE_PUNCT.search(text)
    if m is None or ORDER_NO.search(text, m.end()) or not _whole(text[: m.start()], CANCEL_EXACT, CANCEL_RE):
        return text
    return text[m.end() :].strip() or text


def _cancel_with_asides(text: str) -> bool:
    """A cancel reply whose other clauses ask for nothing: they say what was wrong ("取消取消，数量写错了",
    "搞错了，算了吧", "cancel that, wrong qty"), put it off ("算了算了，回头再说", "nvm, maybe later"), say why it is
    no longer wanted ("不要了，客户不急了") or are interjections and manners ("唉，取消吧", "sorry, scrap that").
    A clause with a new value, an order number or a thing to make ("取消，改成500", "算了，MO20261107 暂停") is
    none of these, so such a message stays a request. Unpunctuated, a cancel and an aside may run together
    ("算了回头再说")."""
    parts = [p.strip() for p in CLAUSE_PUNCT.split(text) if p.strip()]
    if len(parts) < 2 and " " in text:
        parts = text.split()
    found_cancel = False
    for part in parts:
        kind = _cancel_or_aside(part)
        if kind is None:
            for i in range(1, min(len(part), 24)):  # a cancel and an aside run together, either order
                left, right = _cancel_or_aside(part[:i]), _cancel_or_aside(part[i:])
                if left and right and "cancel" in (left, right):
                    kind = "cancel"
                    break
        if kind is None:
            return False
        found_cancel = found_cancel or kind == "cancel"
    return found_cancel


def _cancel_or_aside(part: str) -> str | None:
    """Whether a clause is a cancel reply ("cancel"), asks for nothing next to one ("aside"), or neither."""
    if re.search(r"\d", part):
        return None
    if _whole(part, CANCEL_EXACT, CANCEL_RE):
        return "cancel"
    forms = _bare_forms(part)
    if any(MISTAKE_RE.fullmatch(f) or CANCEL_ASIDE_RE.fullmatch(f) for f in forms if f) or not forms[-1]:
        return "aside"
    return None


# Whole-message replies, tried in this order (0.95 for reply words, 0.85 for reply phrases of the grammars).
REPLY_FORMS: tuple[Rule[str], ...] = (
    Rule("cancel_word", _cancel_word, "cancel", 0.95, ("取消", "算了吧", "不要了，取消", "never mind")),
    Rule("asked_yes", _asked_yes, "confirm", 0.5, ("嗯？", "好?", "ok?")),
    Rule(
        "confirm_word", _confirm_word, "confirm", 0.95, ("确认", "好的！", "yes please", "OK没问题，提交", "没呢 确认")
    ),
    Rule("cancel_phrase", _cancel_phrase, "cancel", 0.85, ("先别提交了", "这单不要了", "cancel that")),
    Rule("confirm_phrase", _confirm_phrase, "confirm", 0.85, ("就按这个来", "提交上去吧", "sounds good, go ahead")),
    Rule(
        "cancel_with_asides",
        _cancel_with_asides,
        "cancel",
        0.85,
        ("取消取消，数量写错了", "算了算了，回头再说", "不做了，没料了"),
    ),
    Rule("greeting", _greeting, "help", 0.85, ("你好", "您好哇", "hi bot", "助手你好")),
)
# What is left once a leading greeting or cancel is dropped: only punctuation or politeness ("谢谢", "thanks").
NOTHING_SAID: Rule[str] = Rule("nothing_said", _says_nothing, "unknown", 0.3, ("谢谢", "收到"))
