"""Units of a count and the shapes of a figure, Arabic or Chinese."""

from __future__ import annotations

from agent.nlu.numbers import CN_NUMERAL

__all__ = ["COUNT_UNIT", "FIGURE", "FIGURE_TEXT", "UNIT"]

# The classifiers a count of pieces takes (300件, 两个, 5台).
COUNT_UNIT = r"件|个|只|台|套|支|根|片|块"
# Every unit a quantity may carry: pieces, boxes, weights and their English forms.
UNIT = rf"(?:{COUNT_UNIT}|箱|盒|条|公斤|千克|(?:pcs|pc|units?|ea|sets?|pieces?|kg)(?![a-z]))"
# The start of a figure, Arabic or Chinese (装了 100, 做完了一百个, 交了八十件); 一半 / 一部分 / 一些 are no count.
FIGURE = r"(?:\d|(?!一[半部点些下会直起共])[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾])"
# A whole figure as written (1,200, 300, 1.5k, 2万, 1百2 = 120, 2百五, 1千5, 三百), captured whole or not at all:
# the group is atomic, so a pattern whose next part fails never reads part of it (良品1百2 is never 1,
# 良品两百1110 never 2).
FIGURE_TEXT = (
    r"((?>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"(?:[kw百千万亿](?:\d+(?![\d.])|[零〇一二两三四五六七八九](?![十百千万亿])|半)?)?"
    rf"(?![\d百千万亿])|{CN_NUMERAL}))"
)
