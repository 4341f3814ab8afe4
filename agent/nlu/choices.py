"""Short replies read on their own: which waiting card a yes or no decides (确认 2, 全部确认), which listed item a
pick names (第三个, 220V的那个), and what a message that is no request is (thanks, small talk, the board).

Pure matching of reply words; `agent.nlu.interpret` re-exports these as part of its one entry point.
"""

from __future__ import annotations

import itertools
import re
from typing import Literal

from pydantic import BaseModel

from agent.nlu.extract import prepare
from agent.nlu.forms import reply_form
from agent.nlu.lexicon.answers import (
    ALL_CARDS,
    BARE_YES,
    CARD_CANCEL,
    CARD_NUMBER,
    KIND_CARDS,
    LAST_ONE,
    LEADING_SHORT_ORDER,
    NUMBERED_CARD,
    NUMBERED_CARDS,
    ORDER_CANCEL,
    ORDINAL,
    ORDINAL_EN,
    PICK_FILLER,
    PICK_LEAD,
    PICK_NUMBER,
    SPOKEN_DIGITS,
    SPOKEN_SHORT_ORDER,
)
from agent.nlu.lexicon.chatter import BOARD, SMALL_TALK, THANKS, WORK_WORDS
from agent.nlu.lexicon.clauses import FIGURE_CUE_BEFORE, RUN_ORDER
from agent.nlu.lexicon.corrections import MISTAKEN_ORDER
from agent.nlu.lexicon.orders import ORDER_NO, own_order
from agent.nlu.lexicon.others import ACK_LEAD, OTHERS_CONFIRM
from agent.nlu.lexicon.replies import CARD_CONFIRM, CARD_NOUNS, CARD_POINTER, WITHDRAW_WORD
from agent.nlu.numbers import find_numbers
from agent.nlu.remarks import waiting

__all__ = [
    "Choice",
    "OrderChoice",
    "chatter",
    "confirms_card",
    "pick_of",
    "read_choice",
    "read_choices",
    "read_order_choices",
    "read_others",
    "withdraws_card",
]


class Choice(BaseModel):
    """A decision about waiting cards: `which` (1-based) or all of them (None); `bare` is a plain yes."""

    action: Literal["confirm", "cancel"]
    which: int | None = None
    bare: bool = False
    kind: str | None = None  # the intent of the cards it names (报工的确认: the report cards), None: any


def read_choice(text: str) -> Choice | None:
    """全部确认 → all; 确认 2 → the second; 取消1 → cancel the first; a bare 确认 → ask which. None otherwise."""
    t = prepare(text)  # traditional characters, full-width digits
    if t.lower().rstrip("。!！.") in BARE_YES or _plain_yes(t):
        return Choice(action="confirm", bare=True)
    if m := ALL_CARDS.match(t) or ALL_CARDS.match(ACK_LEAD.sub("", t, count=1)):
        word = (m.group(1) or m.group(2) or "").lower()
        return Choice(action="cancel" if word in ("取消", "cancel") else "confirm")
    kind = next((intent for intent, rule in KIND_CARDS.items() if rule.match(t)), None)
    if kind is not None:
        return Choice(action="confirm", kind=kind)
    if m := NUMBERED_CARD.match(t):
        word, n = (m["v1"] or m["v2"]).lower(), m["n1"] or m["n2"]
        which = int(n) if n.isdigit() else _CN_DIGIT[n]
        return Choice(action="cancel" if CARD_CANCEL.match(word) else "confirm", which=which)
    return None


def read_choices(text: str) -> list[Choice] | None:
    """What a reply decides about several waiting cards: one choice (全部确认, 确认 2), or one per clause when each
    clause names its card (第一个确认，第二个不要了). None otherwise."""
    if (one := read_choice(text)) is not None:
        return [one]
    said = prepare(text)
    if m := NUMBERED_CARDS.match(said):  # 1和2都确认: each card named, one verb
        word = (m["v"] or m["v2"]).lower()
        action: Literal["confirm", "cancel"] = "cancel" if CARD_CANCEL.match(word) else "confirm"
        which = [int(n) if n.isdigit() else _CN_DIGIT[n] for n in CARD_NUMBER.findall(m["ns"] or m["ns2"])]
        return [Choice(action=action, which=n) for n in which] if len(set(which)) == len(which) else None
    clauses = [c for c in _CLAUSES.split(said) if c.strip()]
    if len(clauses) < 2:  # 确认1 取消2: only a space between them
        clauses = said.split()
    choices = [read_choice(c) for c in clauses]
    numbered = [c for c in choices if c is not None and c.which is not None]
    if len(clauses) < 2 or len(numbered) != len(clauses) or len({c.which for c in numbered}) != len(numbered):
        return None
    return numbered


def read_others(text: str) -> list[str] | None:
    """The orders a reply names to drop while it confirms the other waiting cards (1112那个不报了 其他的确认 → 1112;
    skip 1116, confirm the other one → 1116), as said (short or full); None when it confirms no "others" or names
    no order."""
    said = prepare(text)
    low = said.lower()
    if not OTHERS_CONFIRM.search(low):
        return None
    named = [said[m.start() : m.end()].upper() for m in RUN_ORDER.finditer(low)]
    return list(dict.fromkeys(named)) or None


class OrderChoice(BaseModel):
    """A decision about the waiting card of one order, named by its number (full, or short: 1124的确认): confirm,
    cancel, or `fix` with what the reply says of it (`rest`, the order taken out)."""

    order: str  # the digits said (1124) or the full number (MO20261124)
    action: Literal["confirm", "cancel", "fix"]
    rest: str = ""


def read_order_choices(text: str) -> list[OrderChoice] | None:
    """Replies that name cards by their order: 1124的确认; 1107确认，1128不要了; 1128的交期写错了，是12月11号;
    1110不是我们车间的，那个不报了，1103的确认. Each clause that opens with an order starts its part; the clauses
    after it, until the next order, belong to it. None when the first clause names no order, a part says
    nothing, or an order is named twice."""
    said = prepare(text)
    parts: list[tuple[str, list[str]]] = []
    for clause in (c.strip() for part in _CLAUSES.split(said) for c in _at_orders(part)):
        if not clause:
            continue
        if ref := _order_ref(clause):
            parts.append((ref[0], [clause[ref[1] :]]))
        elif parts:
            parts[-1][1].append(clause)
        else:
            return None
    if not parts or len({order for order, _ in parts}) != len(parts):
        return None
    out: list[OrderChoice] = []
    for order, words in parts:
        body = _POINTER_LEAD.sub("", ", ".join(words)).strip()
        if not body:
            return None
        if ORDER_CANCEL.search(body):
            out.append(OrderChoice(order=order, action="cancel"))
        elif body.lower().rstrip("。!！.") in BARE_YES or _plain_yes(body) or confirms_card(body, ""):
            out.append(OrderChoice(order=order, action="confirm"))
        else:
            out.append(OrderChoice(order=order, action="fix", rest=body))
    if any(c.action == "confirm" for c in out):  # 1110不是我们车间的 刚才看错 1102的确认: 1110 was a mistake
        out = [c.model_copy(update={"action": "cancel", "rest": ""}) if _mistaken(c) else c for c in out]
    return out


def _mistaken(c: OrderChoice) -> bool:
    return c.action == "fix" and bool(MISTAKEN_ORDER.search(c.rest)) and not find_numbers(c.rest)


def _at_orders(part: str) -> list[str]:
    """A clause cut again before each further order it names after a space (1105已经完工了 那就不管它 1123的确认), never
    before a figure a cue word asks for (数量改成 1500)."""
    cuts = [m.end() for m in _SPACE_ORDER.finditer(part) if not FIGURE_CUE_BEFORE.search(part[: m.start()].lower())]
    bounds = [0, *cuts, len(part)]
    return [part[a:b] for a, b in itertools.pairwise(bounds)]


_SPACE_ORDER = re.compile(r"(?<=\S)\s+(?=(?:[Mm][Oo])?\d{4,12}(?![\d.]))")


def _order_ref(clause: str) -> tuple[str, int] | None:
    """The order a clause opens with (MO20261124, 1124, 幺幺二四 said before a pointer) and where it ends."""
    if (m := ORDER_NO.match(clause)) is not None:
        return m.group(1).upper() + m.group(2), m.end()
    if (m := LEADING_SHORT_ORDER.match(clause) or SPOKEN_SHORT_ORDER.match(clause)) is not None:
        return m.group(1).translate(SPOKEN_DIGITS), m.end(1)
    return None


# What points from an order to its card before the decision (1124的确认, 1128那张不要了, 1107这单确认).
_POINTER_LEAD = re.compile(r"^\s*(?:号单?|的单子|的单|的|那个单子?|这个单子?|那张单?|这张单?|那单|这单|单子|单)?\s*")


def confirms_card(text: str, intent: str, order: str | None = None) -> bool:
    """刚才那个报工确认一下 while a report card waits: a confirm word and, besides it, only words that point at the
    waiting card, name its intent's noun or its own order (我是1125那个，确认); no figure, no other order, nothing
    else."""
    t = prepare(text)
    if not CARD_CONFIRM.search(t):
        return False
    rest = CARD_CONFIRM.sub("", t)
    if order:
        rest = own_order(order).sub(" ", rest)
    if noun := CARD_NOUNS.get(intent):
        rest = noun.sub("", rest)
    return not CARD_POINTER.sub("", rest)


def _plain_yes(t: str) -> bool:
    """A yes that names no card (对，确认; 好的没问题; sounds good): a confirm reply form of the whole message. A yes
    is short and has no figure: anything longer is not read again here (every message passes this way)."""
    if len(t) > 24 or any(c.isdigit() for c in t):
        return False
    form = reply_form(t)
    return form is not None and form.name in ("confirm_word", "confirm_phrase")


_CN_DIGIT = {c: i for i, c in enumerate("一二三四五六七八九", 1)}
_CLAUSES = re.compile(r"[,;，；、。]+")


def pick_of(text: str, choices: list[str]) -> int | None:
    """Which listed item (1-based) a reply picks: by number (2, 第三个, 选2, 要2号, 就2吧, pick 2, number 4,
    最后一个), or by words only one of the listed items holds (阀座, 220V的那个, B2那个). None when it picks none or
    is unclear."""
    t = prepare(text)
    said = PICK_LEAD.sub("", t, count=1)
    if m := PICK_NUMBER.match(said) or ORDINAL.match(said):
        n = int(m.group(1)) if m.group(1).isdigit() else _CN_DIGIT[m.group(1)]
        return n
    if m := ORDINAL_EN.match(said):
        return int(m.group(1) or m.group(2))
    if LAST_ONE.match(t):
        return len(choices)
    key = PICK_FILLER.sub("", t)
    if len(key) < 2 or len(key) > 30:
        return None
    hits = [i for i, c in enumerate(choices, 1) if key in PICK_FILLER.sub("", prepare(c))]  # (both read alike)
    return hits[0] if len(hits) == 1 else None


def chatter(text: str) -> Literal["board", "thanks", "small_talk", "work", "other"]:
    """What a message that is no K/3 request is: a request for the board's link, thanks, small talk (好的, hi),
    words of work (a figure, an order, a report word: a line the bot must name back as not understood), or other."""
    if BOARD.match(text):
        return "board"
    if THANKS.match(text):
        return "thanks"
    if SMALL_TALK.match(text) or waiting(text):  # 稍等, 收到 马上弄: nothing asked
        return "small_talk"
    return "work" if WORK_WORDS.search(text) else "other"


def withdraws_card(text: str, order: str | None) -> bool:
    """刚才1122那个改数量的申请撤回，客户改主意了 on the card of MO20261122: a withdrawal, and besides it no other order
    and no figure (a reason may follow); the card's own order may be named."""
    said = prepare(text)
    if not WITHDRAW_WORD.search(said):
        return False
    rest = own_order(order).sub(" ", said) if order else said
    return not ORDER_NO.search(rest) and not find_numbers(rest)
