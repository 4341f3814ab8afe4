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
from agent.nlu.numbers import parse_number
from agent.nlu.rx import rx

__all__ = ["answer_args", "inclusion_answer", "leading_short_order_digits", "short_order_digits"]

Value = str | int | float


def answer_args(text: str, intent: str, *, now: datetime, user_workshop: str | None = None) -> dict[str, Value]:
    """The raw slots of `text` read as part of a pending `intent` (phrases still unresolved: `material_text`,
    `workshop_text`); empty when it gives none."""
    work = Work(prepare(text))
    args: dict[str, Value] = {}
    if order := find_order_no(work):
        args["order_no"] = order
    dates = find_dates(work.text, local_today(now))
    for d in dates:
        work.take(d.start, d.end)
    if dates:
        args["due_date"] = dates[-1].value.isoformat()
    if (hit := find_workshop(work)) is not None:
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
    import re

    m = re.fullmatch(
        r"\s*(?:(?:呃|嗯|是|就是)\s*)?(?:mo|单号|订单|工单)?\s*[:：#]?\s*(\d{3,6})\s*"
        r"(?:号?单|这张|那张|这个单?|那个单?|这单|那单|的单|号)?\s*[。.!！]?\s*",
        prepare(text),
    )
    return m.group(1) if m else None


# An order number said short at the head of a request, after any filler: 1103今天做了30个, 呃 1131 做了二十个.
_LEADING_SHORT_ORDER = rx(
    r"^\s*(?:(?:呃|嗯|啊|哦|诶|那个|就是|这个)[\s,，、]*)*(?:mo\s*)?(\d{3,6})(?=\s*[\u4e00-\u9fff])"
)


def leading_short_order_digits(text: str) -> str | None:
    """The digits a request starts with when they are an order number said short (to look up among the orders)."""
    m = _LEADING_SHORT_ORDER.match(text)
    return m.group(1) if m else None


# The answer to "do the 30 include the 2 bad ones?" (agent.nlu.inclusion): words that say so, a plain yes or no, or a
# figure that is one reading's good count (良品28 / 28 / 30个都是好的) or total (一共30 / 一共32).
_SAYS_EXCLUDED = rx(
    r"\bexclude[sd]?\b|\bnot\s+(?:included|counted|in)\b|\b(?:do|does)\s*n[o']?t\s+include\b|\bseparate(?:ly)?\b|分开|不在里面|不在内|没包含"
)
_SAYS_INCLUDED = rx(
    r"\binclude[sd]?\b|\bincluding\b|\bin (?:it|there|them)\b|\bpart of\b|\bcounted\b|算上|算进去|都算|算里面|算在里面"
)
_PARTICLES = rx(r"[\s,.!?，。！？~、的啊呀吧呢哈了哦噢呃嗯]+$|^[\s,.!?，。！？~、呃]+")
_YES = rx(r"(?:是|对|嗯+|好|yes|yep|yeah|y|right|correct|sure|(?:yes\s*)?(?:they|it)\s+do(?:es)?)")
_NO = rx(r"(?:不是|不|没有|没|否|no|nope|n|(?:no\s*)?(?:they|it)\s+(?:do|does)\s*n[o']?t)")
_GAP = rx(r"[\s,，.。!！]+")
_TOTAL_SAID = rx(r"(?:一共|总共|合计|共|\btotal\b|\bin all\b|\baltogether\b)\s*(?:是|有|:)?\s*(\d+(?:\.\d+)?)")

Figure = int | float


def inclusion_answer(text: str, made: Figure, scrap: Figure) -> tuple[Figure, Figure] | None:
    """(good, scrap) from an answer to "do the `made` include the `scrap` bad ones?"; None when it does not say.
    Both figures given outright (良品28 不良2) are taken as they are."""
    t = prepare(text)
    votes: set[bool] = set()
    if m := _TOTAL_SAID.search(t):  # 一共30: the total of good and bad
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
    if _SAYS_EXCLUDED.search(t):
        said.add(False)
    elif _SAYS_INCLUDED.search(t):
        said.add(True)
    if not votes and not said:  # a plain yes or no, alone or first (yes, they are in it)
        bare = _PARTICLES.sub("", _PARTICLES.sub("", t))
        lead = _GAP.split(bare, maxsplit=1)[0]
        for word in (bare, lead):
            said |= {True} if _YES.fullmatch(word) else {False} if _NO.fullmatch(word) else set()
    votes |= said
    if len(votes) != 1:
        return None
    included = votes.pop()
    return (made - scrap if included else made), scrap
