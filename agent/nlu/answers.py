"""An answer to the bot's own question, read for the request it completes: every slot the message gives (the
one asked and any other: "40个，12月20日交"), with the same extractors a whole request is read with."""

from __future__ import annotations

from datetime import datetime

from agent.nlu.dates import find_dates, local_today
from agent.nlu.extract import (
    Work,
    extract_quantity,
    extract_report,
    find_order_no,
    find_workshop,
    material_phrase,
    prepare,
    read_report,
)
from agent.nlu.inclusion import inclusion_cues
from agent.nlu.lexicon.answers import (
    LEADING_SHORT_ORDER,
    LONE_SHORT_ORDER,
    LONE_SPOKEN_ORDER,
    SHORT_ORDER,
    SPOKEN_ANSWER_ORDER,
    SPOKEN_DIGITS,
    SPOKEN_SHORT_ORDER,
)
from agent.nlu.lexicon.clauses import FIGURE_CUE_BEFORE
from agent.nlu.lexicon.common import PUNCT
from agent.nlu.lexicon.inclusion import (
    ANSWER_EXCLUDED,
    ANSWER_INCLUDED,
    ANSWER_NO,
    ANSWER_PARTICLES,
    ANSWER_YES,
    TOTAL_SAID,
)
from agent.nlu.numbers import parse_number
from agent.nlu.vocabulary import Vocabulary

__all__ = [
    "answer_args",
    "answered_order",
    "inclusion_answer",
    "leading_short_order",
    "leading_short_order_digits",
    "lone_short_order",
    "says_inclusion",
    "short_order_digits",
]

Value = str | int | float


def answer_args(
    text: str, intent: str, *, now: datetime, user_workshop: str | None = None, vocabulary: Vocabulary | None = None
) -> dict[str, Value]:
    """The raw slots of `text` read as part of a pending `intent` (phrases still unresolved: `material_text`,
    `workshop_text`); empty when it gives none."""
    work = Work(prepare(text))
    args: dict[str, Value] = {}
    if order := find_order_no(work):
        args["order_no"] = order
    dates = find_dates(work.text, local_today(now), vocabulary.calendar if vocabulary else None)
    for d in dates:
        work.take(d.start, d.end)
    if dates:
        args["due_date"] = dates[-1].value.isoformat()
    if (hit := find_workshop(work, vocabulary)) is not None:
        if hit.kind == "own" and user_workshop:
            args["workshop"] = user_workshop
        elif hit.kind == "code":
            args["workshop"] = hit.text.upper()
        elif hit.kind == "named":
            args["workshop_text"] = hit.text
    if intent == "report_output":
        good, scrap = extract_report(work)
        if good is not None:
            args["good_qty"] = good
        if scrap is not None:
            args["scrap_qty"] = scrap
    elif intent in ("create_order", "change_order") and (qty := extract_quantity(work)) is not None:
        args["quantity"] = qty
    if intent in ("create_order", "query_inventory") and (phrase := material_phrase(work)):
        args["material_text"] = phrase
    return args


def short_order_digits(text: str) -> str | None:
    """The digits of an order number said short (1103, 'MO 1103', 'the 1103 one'), to look up among the orders."""
    m = SHORT_ORDER.fullmatch(prepare(text))
    return m.group(1) if m else None


def leading_short_order_digits(text: str) -> str | None:
    """The digits a request starts with when they are an order number said short (to look up among the orders),
    in Arabic figures or spoken digit by digit before an order noun (一一零九那个单子 → 1109)."""
    found = leading_short_order(text)
    return found[0] if found else None


def leading_short_order(text: str) -> tuple[str, int, int] | None:
    """The digits of an order number said short at the head of a request, and where they stand in `text`."""
    m = LEADING_SHORT_ORDER.match(text) or SPOKEN_SHORT_ORDER.match(text)
    return (m.group(1).translate(SPOKEN_DIGITS), m.start(1), m.end(1)) if m else None


def answered_order(text: str) -> tuple[str, int] | None:
    """The digits of the order asked for, said short at the head of an answer (1117的，良品其实是58; 幺幺零九 还有三个
    不良), and where what follows them starts in `text`."""
    m = LEADING_SHORT_ORDER.match(text) or SPOKEN_SHORT_ORDER.match(text) or SPOKEN_ANSWER_ORDER.match(text)
    return (m.group(1).translate(SPOKEN_DIGITS), m.end(1)) if m else None


def lone_short_order(text: str) -> tuple[str, int, int] | None:
    """The one lone run of 4–6 digits in `text` (how many left on 1137?), or of four digits said one by one (报工
    幺幺零九 良品…), and where it stands; None when there is none or more than one. Spoken digits a figure's cue
    word asks for (良品一一零九) are neither an order nor a figure: asked."""
    low = text.lower()
    spoken = [m for m in LONE_SPOKEN_ORDER.finditer(low) if not FIGURE_CUE_BEFORE.search(low[: m.start()])]
    hits = [(m.group(1), m.start(1), m.end(1)) for m in LONE_SHORT_ORDER.finditer(low)]
    hits += [(m.group(1).translate(SPOKEN_DIGITS), m.start(1), m.end(1)) for m in spoken]
    return hits[0] if len(hits) == 1 else None


Figure = int | float


def says_inclusion(text: str) -> bool:
    """Whether a reply speaks of the scrap being in the made figure or not (包括, 不包括, 其中, 另外, included), as
    opposed to a plain yes that confirms what the card shows."""
    t = prepare(text)
    return bool(inclusion_cues(t) or ANSWER_INCLUDED.search(t) or ANSWER_EXCLUDED.search(t))


def inclusion_answer(text: str, made: Figure, scrap: Figure) -> tuple[Figure, Figure] | None:
    """(good, scrap) from an answer to "do the `made` include the `scrap` bad ones?" (agent.nlu.inclusion): words
    that say so, a plain yes or no, or a figure that is one reading's good count (良品28 / 28 / 30个都是好的) or total
    (一共30 / 一共32); None when it does not say. Both figures given outright (良品28 不良2) are taken as they are."""
    t = prepare(text)
    votes: set[bool] = set()
    if m := TOTAL_SAID.search(t):  # 一共30: the total of good and bad
        total = parse_number(m.group(1))
        if total not in (made, made + scrap):
            return None
        votes.add(total == made)
        t = t[: m.start()] + " " * (m.end() - m.start()) + t[m.end() :]
    figures = read_report(Work(t))
    if figures.made is not None:
        return None  # the same question again (做了30个，坏了2个)
    if figures.good is not None and figures.scrap is not None:
        return figures.good, figures.scrap
    if figures.good is not None and figures.good in (made - scrap, made):
        votes.add(figures.good == made - scrap)
    elif figures.good is not None and figures.good != scrap:  # (no, the 2 are extra: the bad ones named again)
        return None
    said = {kind == "included" for _, _, kind in inclusion_cues(t)}
    if ANSWER_EXCLUDED.search(t):
        said.add(False)
    elif ANSWER_INCLUDED.search(t):
        said.add(True)
    if not votes and not said:  # a plain yes or no, alone or first (yes, they are in it)
        bare = ANSWER_PARTICLES.sub("", ANSWER_PARTICLES.sub("", t))
        lead = PUNCT.split(bare, maxsplit=1)[0]
        for word in (bare, lead):
            said |= {True} if ANSWER_YES.fullmatch(word) else {False} if ANSWER_NO.fullmatch(word) else set()
    votes |= said
    if len(votes) != 1:
        return None
    included = votes.pop()
    return (made - scrap if included else made), scrap
