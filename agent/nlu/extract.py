"""Report figures, and the one import point for every slot extractor of the rules backend.

Each extractor finds its span in a `Work` buffer and blanks it (`agent.nlu.work`); the order number and the text
(`agent.nlu.work`), the workshop (`agent.nlu.workshops`), quantities (`agent.nlu.quantity`) and the material phrase
(`agent.nlu.phrase`) are read in their own modules, and the vocabulary in `agent.nlu.lexicon`. Reports:
- 良品/合格/good is good_qty, 不良/报废/scrap is scrap_qty; a total (完成500, 报工500,
  produced 500) without an explicit good figure gives good_qty = total − scrap
  (完成500其中不良5 → good 495, scrap 5); a made figure beside a scrap figure with nothing saying whether it
  includes it (做了30个，坏了2个) leaves good unset and keeps the made figure, to be asked (agent.nlu.inclusion).
  A work verb in the perfective is a total (装了100, 焊好了80,
  assembled 120); "其余都OK" / "the rest are fine" restates that default; a slash separates figures
  (合格 18 / 报废 0) but 18/20 is a ratio, not a count. Everyday words count too: 好 / 好件 / 好的 + a
  count is good, 废 / 坏 / 坏件 / 废了 + a count is scrap, a count that is bad (两个是废的) is scrap, and so is a
  count with a fault or sent to rework (3个有毛病, 3件尺寸不对, 有3件返修, 3 are defective), and
  做完了 + a count (Chinese numerals too) is a total. What was handed to the store (交了 36, 交库 50, 入库 80,
  delivered 40) is good: 交了36件 报废1件 → good 36, scrap 1. When readings differ, the one naming more
  good / scrap figures outright wins (交了八十件好的，废了三件 → good 80, scrap 3). The verb that spoilt a piece
  may stand before 废 / 坏 (两个车废了, 打废了2个, 2台装坏了). Figures for one slot that each follow their own shift
  or batch add up (夜班做了80个，早班做了40个 → total 120; 一班合格40 二班合格35 → good 75; 一批50一批40 → 90), and
  a count of batches is no count of pieces (做了两批).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.nlu.inclusion import inclusion_cues, scrap_inclusion
from agent.nlu.lexicon.report import (
    ADDED_GOOD,
    ADDED_SCRAP,
    CHANGE_LINK,
    FAULT_WORD,
    FAULTY_LEAD,
    FIELD_LINK,
    FINE_WORD,
    GOOD_NAMED,
    GOOD_WORD,
    IS_LINK,
    REST_GOOD,
    SCRAP_NAMED,
    SCRAP_WORD,
    SHIFT,
    TOTAL_WORD,
)
from agent.nlu.lexicon.units import FIGURE_TEXT, UNIT
from agent.nlu.numbers import parse_number, to_plain
from agent.nlu.phrase import material_phrase
from agent.nlu.quantity import extract_delta, extract_quantity
from agent.nlu.rx import rx
from agent.nlu.work import Work, find_order_no, prepare
from agent.nlu.workshops import find_workshop

__all__ = [
    "ReportFigures",
    "Work",
    "extract_delta",
    "extract_quantity",
    "extract_report",
    "find_order_no",
    "find_workshop",
    "material_phrase",
    "prepare",
    "read_report",
]

# Between a keyword and its figure: 数量, 的, 有, 一共 (合格的有110, 不合格的两个, 不良一共3个), a change verb, or
# where the figure goes (良品那里写30, 不良按3算).
# A spoken particle may sit there too (坏的呢两个, 好的啊三十八).
_SEP = (
    rf"\s*(?:qty|quantity|数量|数)?\s*的?\s*(?:呢|啊|呀|嘛)?\s*(?:[:=]|是|为|有|{CHANGE_LINK}|{FIELD_LINK})?"
    r"\s*(?:一共|总共|共)?\s*"
)
_UNIT_OPT = rf"(?:\s*{UNIT})?"


_KW = {"scrap": SCRAP_WORD, "good": GOOD_WORD, "total": TOTAL_WORD}
# the faulty ones named first (有毛病的是4个) read forward as scrap; as `_KW` after a count they would be 4个有毛病的
_FORWARD_KW = {**_KW, "scrap": rf"(?:{SCRAP_WORD}|{FAULTY_LEAD})"}
# "合格 18/20" is a ratio, not a count; "合格 18 / 报废 0" separates two figures with a slash.
# 做了两批 counts batches, not pieces: a figure before 批 / 次 / 趟 / 班 is none of the report's.
_FORWARD = {
    k: rx(rf"{kw}{_SEP}{FIGURE_TEXT}(?![\d/])(?!\s*/\s*\d)(?!\s*[批次趟班]){_UNIT_OPT}")
    for k, kw in _FORWARD_KW.items()
}
# A count that "is" good or bad (两个是废的, 3件都是坏的) reads number-first too; after a count, fine words say it is
# good too (其余58台没问题, 50个都正常), and fault words say it is scrap (3个有毛病, 有3件返修, 3 are defective).
_AFTER_KW = {**_KW, "good": rf"(?:{GOOD_WORD}|{FINE_WORD})", "scrap": rf"(?:{SCRAP_WORD}|{FAULT_WORD})"}
# (not from the middle of a figure: 良品七十5 不良1 is no scrap 5, 两百1110良品 no good 1110)
_REVERSE = {
    k: rx(rf"(?<![a-z0-9.\-/零〇一二两三四五六七八九十百千万亿]){FIGURE_TEXT}{_UNIT_OPT}{IS_LINK}{kw}")
    for k, kw in _AFTER_KW.items()
}
_SHIFT_LED = rx(rf"{SHIFT}\s*(?:的|里|里面)?\s*$")
_SHIFT_FIRST = rx(SHIFT)


def _pairs(text: str, slot: str) -> list[tuple[int, int, float]]:
    """(start, end, value) for `KW 480` forms."""
    return _hits(_FORWARD[slot], text)


def _pairs_rev(text: str, slot: str) -> list[tuple[int, int, float]]:
    """(start, end, value) for `480个 KW` / `480 good` forms."""
    return _hits(_REVERSE[slot], text)


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in pattern.finditer(text):
        v = parse_number(m.group(1))
        if v is not None:
            out.append((m.start(), m.end(), float(v)))
    return out


def _mask(text: str, spans: list[tuple[int, int, float]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _report_style(
    text: str, forward: bool
) -> tuple[dict[str, float], list[tuple[int, int, float]], int, list[tuple[int, int]]]:
    """Read `KW 480` pairs (forward) or `480 KW` pairs first, then fill missing slots the other way; also the
    spans of the total figure."""
    found: dict[str, float] = {}
    spans: list[tuple[int, int, float]] = []
    totals: list[tuple[int, int]] = []
    first_pass = 0
    for n_pass, finder in enumerate((_pairs, _pairs_rev) if forward else (_pairs_rev, _pairs)):
        if n_pass == 1:
            first_pass = len(found)
        for slot in ("scrap", "good", "total"):
            if slot in found:
                continue
            hits = finder(text, slot)
            if hits:
                taken = hits if _each_shift_led(text, hits) else hits[:1]
                found[slot] = sum(value for _, _, value in taken)
                spans.extend(taken)
                if slot == "total":
                    totals = [(start, end) for start, end, _ in taken]
                text = _mask(text, taken)
    return found, spans, first_pass, totals


def _each_shift_led(text: str, hits: list[tuple[int, int, float]]) -> bool:
    """Several figures for one slot, each led by its own shift or batch (夜班做了80个，早班做了40个; 一班合格40
    二班合格35): they are parts of one report and add up."""
    return len(hits) > 1 and all(
        _SHIFT_LED.search(text[max(0, start - 14) : start]) or _SHIFT_FIRST.match(text, start) for start, _, _ in hits
    )


def _explicit(found: dict[str, float]) -> int:
    """How many figures a reading names outright (good, scrap), not through a total."""
    return ("good" in found) + ("scrap" in found)


@dataclass(frozen=True, slots=True)
class ReportFigures:
    """A report's figures; `made` is set (and `good` not) when a made figure and a scrap figure are given and
    nothing says whether the first includes the second (做了30个，坏了2个): the report is asked, never guessed.
    `inclusion` names the rule of `agent.nlu.inclusion.INCLUSION_RULES` that decided it, when one had to."""

    good: int | float | None
    scrap: int | float | None
    made: int | float | None = None
    inclusion: str | None = None


def read_report(work: Work) -> ReportFigures:
    """The figures of 良品480 不良20 / 480 good 20 scrap / 完成500其中不良5 / 报工480 / 做了30个，坏了2个."""
    rest_good = False
    for m in REST_GOOD.finditer(work.text):
        work.take(m.start(), m.end())
        rest_good = True
    added = {"good": _added(work, ADDED_GOOD), "scrap": _added(work, ADDED_SCRAP)}  # 另外有4个…也算良品
    text = work.text
    fwd, fwd_spans, fwd_first, fwd_totals = _report_style(text, forward=True)
    rev, rev_spans, rev_first, rev_totals = _report_style(text, forward=False)
    # "480 good 20 scrap" reads number-first; "good 480 scrap 20" keyword-first. A reading that finds more
    # explicit good / scrap figures wins first: in "交了八十件好的，废了三件" 80 is the good count, not only a total.
    use_rev = (_explicit(rev), rev_first, len(rev)) > (_explicit(fwd), fwd_first, len(fwd))
    found, spans, totals = (rev, rev_spans, rev_totals) if use_rev else (fwd, fwd_spans, fwd_totals)
    for s, e, _ in spans:
        work.take(s, e)
    good, scrap, total = found.get("good"), found.get("scrap"), found.get("total")
    rule = None
    if good is None and total is not None:
        rule = scrap_inclusion(text, totals, total, scrap or 0, rest_good=rest_good)
        for s, e, _ in inclusion_cues(text) if scrap else []:
            work.take(s, e)  # 其中 / 另外: explained, not words left over
        if rule.says == "unclear":
            return ReportFigures(None, to_plain(scrap or 0), to_plain(total), rule.name)
        good = total - (scrap or 0) if rule.says == "included" else total
    if good is None and scrap is None:
        # 报工 with a bare figure after it ("MO20261102 报工 480") was caught as total above; a number with a unit
        # and nothing else is the good quantity, unless only scrap is named (报废数写错了，是3个; 不良写1个).
        q = extract_quantity(work)
        if q is not None and SCRAP_NAMED.search(text) and not GOOD_NAMED.search(text):
            scrap = q
        elif q is not None:
            good = q
    if added["good"]:
        good = (good or 0) + added["good"]
    if added["scrap"]:
        scrap = (scrap or 0) + added["scrap"]
    plain_good, plain_scrap = (None if good is None else to_plain(good)), (None if scrap is None else to_plain(scrap))
    return ReportFigures(plain_good, plain_scrap, inclusion=rule.name if rule else None)


def _added(work: Work, pattern: re.Pattern[str]) -> float:
    """The counts said to be counted on top as good (or scrap), taken out of `work`."""
    total = 0.0
    for m in pattern.finditer(work.text):
        if (v := parse_number(m.group(1))) is not None:
            total += float(v)
            work.take(m.start(), m.end())
    return total


def extract_report(work: Work) -> tuple[int | float | None, int | float | None]:
    """(good_qty, scrap_qty) as `read_report` reads them; a made figure whose scrap may or may not be part of it
    is read as the total (good = made − scrap), for callers that cannot ask."""
    figures = read_report(work)
    if figures.made is not None and figures.scrap is not None:
        return to_plain(figures.made - figures.scrap), figures.scrap
    return figures.good, figures.scrap
