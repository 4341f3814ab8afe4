"""The text every extractor reads: chat prepared (`prepare`) and a `Work` buffer whose consumed spans are blanked, so
later extractors (and the leftover material phrase) never see the same characters twice; the order number.

@mentions are whole tokens up to the following space (@K3助手 你好 → 你好).
"""

from __future__ import annotations

import re
import unicodedata

from agent.nlu.lexicon.clauses import LIST_MARK
from agent.nlu.lexicon.orders import ORDER_NO
from agent.nlu.lexicon.soundalike import read_as_meant
from agent.nlu.numbers import english_numbers_to_digits
from agent.nlu.rx import rx
from tools.text import normalize

__all__ = ["Work", "find_order_no", "prepare"]

_SPACED_TIMES = rx(r"\s+[×*xX✕╳]\s*(?=\d)")  # "HV-2050 × 300": a count, unlike the spec M8x30
_CODE_TIMES = rx(r"([a-z]+-\d{3,6})x(\d)")  # "BOM-7010*500": an item code, then a count (unlike the spec M8x30)
# An @mention is one token up to the space DingTalk puts after it (@K3助手 你好, @张三 查一下); glued to the
# text that follows, only its Latin part and a trailing 助手 / 机器人 are taken (@DingK3查一下, @k3助手你好).
_MENTION = rx(r"@(?:[^\s@]{1,20}(?=\s)|[a-z0-9_.\-]+(?:小?助手|机器人)?|[^\s@]{1,16}$)")
_SPACES = rx(r"\s+")
# Voice types the x of a size as 乘 (液压缸80乘300 → 80x300); 乘 elsewhere is left as written.
_SPOKEN_TIMES = rx(r"(?<=\d)\s*乘以?\s*(?=\d)")
# 俩 / 仨 are 两个 / 三个 in speech (有俩不良), except as "the two of us" (咱俩, 他们俩).
_COLLOQUIAL = {"俩": "两个", "仨": "三个"}
_COLLOQUIAL_COUNT = rx(r"(?<![咱我你他她们])[俩仨]")


# An order number said aloud or typed in pieces (MO 2026 1130, m o 2026 1102, MO二零二六一一零二): MO, then digit
# groups (spoken digits too) joined while they make at most the 10 digits an order number has. Speech recognition
# puts a comma or a pause mark between the groups it hears (MO2026，1109 → mo2026, 1109), a typist a dash.
_SPOKEN_DIGITS = str.maketrans("零〇一二三四五六七八九幺两", "0012345678912")
_DIGIT_GROUP = r"[0-9零〇一二三四五六七八九幺]+"
_SAID_ORDER = rx(rf"(?<![a-z0-9])m\s?o\s*({_DIGIT_GROUP}(?:(?:\s*[,、\-]\s*|\s+){_DIGIT_GROUP}){{0,3}})")
_GROUP = rx(_DIGIT_GROUP)
# A code said with its digits spoken one by one (刹车卡钳支架KQ三五零, HV二零五零): the letters, then two to six spoken
# digits (no 十 / 百 / 千 / 万 after them: 一千二 is an amount), written as the code is (kq350). Not after mo (an order,
# above) nor ok / no / pcs.
_SAID_CODE = rx(
    r"(?<![a-z])(?!(?:mo|ok|no|pcs)(?![a-z]))([a-z]{1,4})(-?)([零〇一二三四五六七八九幺]{2,6})(?![零〇一二两三四五六七八九幺十百千万])"
)


def _said_order(m: re.Match[str]) -> str:
    said, digits, end = m.group(1), "", 0
    for g in _GROUP.finditer(said):
        part = g.group(0).translate(_SPOKEN_DIGITS)
        if len(digits) + len(part) > 10:
            break
        digits, end = digits + part, g.end()
        if len(digits) >= 8:
            break
    if len(digits) not in (8, 10):
        return m.group(0)
    return f"mo{digits}" + said[end:]  # lower case, as normalised; what came after it stays as written


def prepare(text: str) -> str:
    """`tools.text.normalize` plus what only chat needs: @mentions dropped, `× 300` read as a count,
    English number words as digits ("three hundred" → 300), an order number said in pieces joined, a size said
    with 乘 written with x (80乘300 → 80x300), a code's digits said one by one written as digits (kq三五零 → kq350)."""
    # A full-width comma separates clauses, never thousands (DBDS20，800台 is a code, then a count).
    s = unicodedata.normalize("NFKC", LIST_MARK.sub("", text).replace("，", ", "))  # 1. 1104 交期…: no list mark
    s = _COLLOQUIAL_COUNT.sub(lambda m: _COLLOQUIAL[m.group(0)], s)
    s = _SPACED_TIMES.sub(" 数量", s)
    s = _SPOKEN_TIMES.sub("x", s)
    s = read_as_meant(normalize(s))  # 数两 → 数量: a voice or pinyin slip of a cue word
    s = _MENTION.sub(" ", s)
    s = english_numbers_to_digits(s)
    s = _SAID_ORDER.sub(_said_order, s)
    s = _SAID_CODE.sub(lambda m: m.group(1) + m.group(2) + m.group(3).translate(_SPOKEN_DIGITS), s)
    s = _CODE_TIMES.sub(r"\1 数量\2", s)
    return _SPACES.sub(" ", s).strip()


class Work:
    """The message with consumed spans blanked out (same length, so offsets stay valid)."""

    def __init__(self, text: str) -> None:
        self.original = text
        self._chars = list(text)

    @property
    def text(self) -> str:
        return "".join(self._chars)

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self._chars[i] = " "


def find_order_no(work: Work) -> str | None:
    m = ORDER_NO.search(work.text)
    if not m:
        return None
    work.take(m.start(), m.end())
    return m.group(1).upper() + m.group(2)
