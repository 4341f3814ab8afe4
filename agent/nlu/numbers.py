"""Quantities in chat text: 300, 1,200, 1.5k, 1万2, 1.2万, 三百, 两千五, 一千二, 三万五, 两万半, 一亿 (pure).

Input is text already passed through `tools.text.normalize` (half-width, simplified, lower case).
cn2an converts Chinese numeral spans only (never whole sentences: its `transform` turns 两个 into
2个); the k/w/万 suffixes and the colloquial tail (一千二 = 1200, 1万2 = 12000) are ours.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import cn2an

from agent.nlu.rx import rx

__all__ = [
    "CN_NUMERAL",
    "NUMBER_RE",
    "UNREADABLE_NUMBER",
    "Num",
    "english_numbers_to_digits",
    "find_numbers",
    "parse_number",
    "to_plain",
]

_CN_DIGITS = "零〇一二两三四五六七八九壹贰叁肆伍陆柒捌玖"
_CN_START = _CN_DIGITS + "十拾"
_CN_ALL = _CN_DIGITS + "十拾百佰千仟万萬亿"
_MAGNITUDES = {
    "十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10000, "亿": 100_000_000, "k": 1000,
    "w": 10000,
}  # fmt: skip
_CN_DIGIT_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {
    "〇": 0,
    "两": 2,
    "壹": 1,
    "贰": 2,
    "叁": 3,
    "肆": 4,
    "伍": 5,
    "陆": 6,
    "柒": 7,
    "捌": 8,
    "玖": 9,
}

_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# Arabic number, optional magnitude suffix (k, w, 千, 万, 百) and an optional tail (1万2, 1万600, 2千半).
_ARABIC_SPAN = rf"(?:{_ARABIC})(?:(?:k|w|[百千万亿])(?![a-z])(?:\d+(?![\d.])|[{_CN_DIGITS}](?![{_CN_ALL}])|半)?)?"
# A Chinese numeral must start with a digit or 十 (so 千万别, 万一 are not numbers); 半 tails allowed.
# 一 in a word of its own is no count: 报一下, 看一遍, 一起, 一共, 一些, 一般 (as FIGURE's lookahead in lexicon.units).
_CN_SPAN = rf"(?!一[下声遍些起直共部般样定旦边切])[{_CN_START}][{_CN_ALL}]*(?:个?半)?"
# A Chinese span never starts inside a run of digits said one by one (幺幺零九 is no 9).
NUMBER_RE = rx(rf"(?<![\d.,])(?:{_ARABIC_SPAN})|(?<![幺{_CN_DIGITS}])(?:{_CN_SPAN})")
# One Chinese numeral span (plain, colloquial or financial: 三百, 两千五, 壹佰, 叁仟), for other modules'
# patterns, so every place that reads a figure accepts the same numeral forms. It starts where a run of numeral
# characters starts: a search that could start inside the run would try every suffix of it (十十十…: quadratic).
CN_NUMERAL = rf"(?<![{_CN_ALL}]){_CN_SPAN}"


# A figure no order or report means and no extractor should read part of (良品1e308 is not 1): exponent notation,
# and more digits than a float holds exactly. Codes are words (hv-2050e1, 6305zz), so letters around rule it out.
UNREADABLE_NUMBER = rx(r"(?<![a-z0-9.\-/_])(?:\d+(?:\.\d+)?e[+-]?\d+|\d{16,}(?:\.\d+)?)(?![a-z0-9])")


@dataclass(frozen=True, slots=True)
class Num:
    """A numeric span found in text; `bare` marks a lone Chinese digit (一, 两) that is a number
    only where the context says so (数量两 yes; 两个订单, 一车间 no)."""

    start: int
    end: int
    value: int | float
    text: str
    chinese: bool

    @property
    def bare(self) -> bool:
        return self.chinese and len(self.text) == 1


def to_plain(value: float) -> int | float:
    """300.0 → 300; 1.5 stays 1.5 (JSON-plain numbers for args)."""
    if float(value).is_integer():
        return int(value)
    return round(float(value), 6)


# Four or more digits said one by one with no 十 / 百 / 千 / 万 (一一一五, 幺幺零九, 二零二六): an order's or a code's
# digits, never an amount (voice writes an amount with its magnitudes: 一千一百一十五).
_SAID_DIGIT_BY_DIGIT = re.compile(r"[零〇一二三四五六七八九幺]{4,}")


def _cn_to_number(span: str) -> float | None:
    if _SAID_DIGIT_BY_DIGIT.fullmatch(span):
        return None
    half = 0.0
    if span.endswith("个半"):
        span, half = span[:-2], 0.5
    elif span.endswith("半"):
        span = span[:-1]
        mag = _MAGNITUDES.get(span[-1:]) if span else None
        if not mag:
            return None
        half = mag / 2
    # Colloquial tail: 一千二 = 1200, 三万五 = 35000 (cn2an normal does this too; kept explicit).
    if len(span) >= 3 and span[-1] in _CN_DIGIT_VALUE and span[-2] in "百佰千仟万萬亿":
        head = _cn_to_number(span[:-1])
        if head is None:
            return None
        return head + _CN_DIGIT_VALUE[span[-1]] * _MAGNITUDES[span[-2].replace("萬", "万")] / 10 + half
    for mode in ("normal", "smart"):
        try:
            return float(cn2an.cn2an(span.replace("萬", "万"), mode)) + half
        except (ValueError, KeyError, IndexError, TypeError):
            continue
    return None


def _arabic_to_number(span: str) -> float | None:
    m = re.fullmatch(rf"({_ARABIC})(?:([kw百千万亿])(.*))?", span)
    if not m:
        return None
    base = float(m.group(1).replace(",", ""))
    if not m.group(2):
        return base
    mag = _MAGNITUDES[m.group(2)]
    value = base * mag
    tail = m.group(3) or ""
    if tail == "半":
        return value + mag / 2
    if tail in _CN_DIGIT_VALUE:
        return value + _CN_DIGIT_VALUE[tail] * mag / 10
    if tail.isdigit():
        # 1万2 = 12000 (one digit scales to the next magnitude down); 1万600 = 10600.
        return value + (int(tail) * mag / 10 if len(tail) == 1 else int(tail))
    return value if not tail else None


def parse_number(span: str) -> int | float | None:
    """Value of one numeric span, or None when it is not a number."""
    s = span.strip().lower().replace("萬", "万")
    if not s:
        return None
    value = _arabic_to_number(s) if s[0].isdigit() else _cn_to_number(s)
    return None if value is None or not math.isfinite(value) else to_plain(value)


_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_SCALES = {"hundred": 100, "thousand": 1000, "k": 1000, "million": 1_000_000}
_EN_WORD = "|".join(
    sorted([*_EN_UNITS, *_EN_TENS, "hundred", "thousand", "million", "dozen", "a", "an", "and"], key=len, reverse=True)
)
# A run of English number words ("three hundred", "two thousand five hundred", "twenty-five",
# "1.5 thousand", "a dozen"); digits may lead a scale word.
_EN_RUN = rx(
    rf"(?<![a-z0-9.\-])(?:\d+(?:\.\d+)?(?=\s+(?:hundred|thousand|million|dozen)\b)|(?:{_EN_WORD})\b)"
    rf"(?:[\s\-]+(?:{_EN_WORD})\b)*+(?![\-.][a-z0-9])"
)


def _english_value(words: list[str]) -> float | None:
    """Value of a tokenised English numeral ("three hundred and fifty" → 350); None if not one."""
    total, current, seen = 0.0, 0.0, False
    for w in words:
        if w == "and":
            continue
        if w in ("a", "an"):
            current = max(current, 1.0)
            continue
        if re.fullmatch(r"\d+(?:\.\d+)?", w):
            current += float(w)
            seen = True
        elif w in _EN_UNITS:
            current += _EN_UNITS[w]
            seen = True
        elif w in _EN_TENS:
            current += _EN_TENS[w]
            seen = True
        elif w == "dozen":
            current = max(current, 1.0) * 12
            seen = True
        elif w == "hundred":
            current = max(current, 1.0) * 100
            seen = True
        elif w in ("thousand", "million"):
            total += max(current, 1.0) * _EN_SCALES[w]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def english_numbers_to_digits(text: str) -> str:
    """Replace English number words by digits: "three hundred" → "300", "twenty-five" → "25",
    "2 thousand" → "2000", "a dozen" → "12". A lone "one" / "a" / "an" / "and" stays a word
    ("which one", "a valve"), since it is almost never the quantity of a factory order."""

    def repl(m: re.Match[str]) -> str:
        span = m.group(0)
        words = [w for w in re.split(r"[\s\-]+", span.strip()) if w]
        # Leading/trailing glue words are not part of the number ("a", "and").
        lead: list[str] = []
        while words and words[0] in ("and",):
            lead.append(words.pop(0))
        tail: list[str] = []
        while words and words[-1] in ("a", "an", "and"):
            tail.insert(0, words.pop())
        if not words or (len(words) == 1 and words[0] in ("one", "a", "an")):
            return span
        if words[0] in ("a", "an") and len(words) == 1:
            return span
        value = _english_value(words)
        if value is None:
            return span
        out = " ".join([*lead, str(to_plain(value)), *tail])
        return out + (" " if span.endswith(" ") else "")

    return _EN_RUN.sub(repl, text)


def find_numbers(text: str) -> list[Num]:
    """Every numeric span in `text`, left to right, with its value (context checks are the caller's)."""
    found: list[Num] = []
    for m in NUMBER_RE.finditer(text):
        span = m.group(0)
        value = parse_number(span)
        if value is None:
            continue
        found.append(Num(m.start(), m.end(), value, span, not span[0].isdigit()))
    return found
