"""The quantity a message states, and a relative change of it.

A number after a quantity word (数量, 改成, qty, to) beats one with a unit (300件), which beats a bare number; numbers
glued to letters or codes (bom-2050, m8x30, 304螺栓, 8.8级) are never quantities; lone Chinese digits (两个订单, 一车间)
only count after an explicit 数量/改成. A relative change (数量加200, 再多做两百, reduce by 50) is a signed delta: the
new absolute value depends on the order's current quantity, which the parser cannot know.
"""

from __future__ import annotations

from agent.nlu.lexicon.quantity import (
    BAD_AFTER_ARABIC,
    BAD_AFTER_CN,
    BAD_BEFORE_CN,
    BARE_COUNT,
    DELTA_DOWN,
    DELTA_UP,
    FROM_BEFORE,
    GLUE_BEFORE,
    KEY_BEFORE,
    MAT_AFTER,
    QTY_WORD_BEFORE,
    TO_BEFORE,
    UNIT_AFTER,
)
from agent.nlu.numbers import Num, find_numbers, parse_number, to_plain
from agent.nlu.work import Work

__all__ = ["extract_delta", "extract_quantity", "states_quantity"]

_CONTEXT = 64  # characters on each side of a figure that say whether it is the quantity


def _quantity_score(text: str, n: Num) -> int:
    """0 = not a quantity; higher = more certainly the quantity the message states."""
    # The words next to the figure decide; the whole text before each figure would make a text of many numbers cost
    # the square of its length.
    before, after = text[max(0, n.start - _CONTEXT) : n.start], text[n.end : n.end + _CONTEXT]
    before_tight = before.rstrip()
    if not n.chinese:
        if GLUE_BEFORE.search(before) or before.endswith("第"):  # 第2个: an ordinal, never a count
            return 0
        if BAD_AFTER_ARABIC.match(after) and not UNIT_AFTER.match(after):
            return 0
    else:
        if BAD_AFTER_CN.match(after) or BAD_BEFORE_CN.search(before):
            return 0
    unit = bool(UNIT_AFTER.match(after))
    said_count = BARE_COUNT[0].search(before_tight) and BARE_COUNT[1].match(after)
    if n.bare and not (TO_BEFORE.search(before_tight) or QTY_WORD_BEFORE.search(before_tight) or said_count):
        return (
            0  # 两个订单, 下一个单: a lone 一/两 is a number only after 数量 / 改成, or as a count said alone (是两个)
        )
    if TO_BEFORE.search(before_tight):
        score = 5
    elif KEY_BEFORE.search(before_tight):
        score = 4
    elif FROM_BEFORE.search(before_tight):
        score = 1
    else:
        score = 2
    if unit:
        score += 2
    # A bare number glued to a following Chinese word (304螺栓, 45号钢) is part of a name.
    if (
        score == 2
        and not n.chinese
        and MAT_AFTER.match(after)
        and not after.startswith(("交", "要", "的", "在", "给", "送", "整"))  # 1000整: a round 1000
    ):
        return 0
    return score


def states_quantity(text: str, value: float) -> bool:
    """Whether `text` (prepared) says `value` is a quantity by a word or unit beside it (数量20, 20个, 改成20), not
    only as a bare figure (是20的那个 DBDS20: the spec of the material named)."""
    return any(n.value == value and _quantity_score(text, n) >= _STATED for n in find_numbers(text))


_STATED = 4  # a quantity word before the figure, or a unit after it


def extract_quantity(work: Work) -> int | float | None:
    """The quantity the message states (its span, keyword and unit are consumed)."""
    text = work.text
    best: tuple[int, int, Num] | None = None
    for i, n in enumerate(find_numbers(text)):
        score = _quantity_score(text, n)
        if score and (best is None or (score, i) > (best[0], best[1])):
            best = (score, i, n)
    if best is None:
        return None
    n = best[2]
    for other in find_numbers(text):  # "从1000改成1200": the old value is not left behind as noise
        if other is not n and FROM_BEFORE.search(text[max(0, other.start - _CONTEXT) : other.start].rstrip()):
            work.take(other.start, other.end)
    end = n.end
    m = UNIT_AFTER.match(text[end:])
    if m:
        end += m.end()
    work.take(n.start, end)
    return n.value


def extract_delta(work: Work) -> int | float | None:
    """A signed relative quantity change (+200 / −100), its span consumed; None when there is none."""
    text = work.text
    for pattern, sign in ((DELTA_UP, 1), (DELTA_DOWN, -1)):
        for m in pattern.finditer(text):
            value = parse_number(next(g for g in m.groups() if g))
            if value is None or value == 0:
                continue
            work.take(m.start(), m.end())
            return to_plain(sign * value)
    return None
