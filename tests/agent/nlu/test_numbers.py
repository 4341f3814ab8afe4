"""Quantities: Arabic, Chinese, suffixed and colloquial forms; things that are not numbers."""

from __future__ import annotations

import pytest

from agent.nlu.numbers import find_numbers, parse_number

# (span, value)
NUMBERS = [
    ("300", 300),
    ("1,200", 1200),  # thousands separator (NFKC turns ， into ,)
    ("1.5k", 1500),
    ("2k", 2000),
    ("2K".lower(), 2000),
    ("1w", 10000),
    ("1万2", 12000),  # colloquial tail: one digit after 万 is thousands
    ("1万600", 10600),  # several digits after 万 are added
    ("1.2万", 12000),
    ("3千", 3000),
    ("2千5", 2500),
    ("三百", 300),
    ("两千五", 2500),
    ("一千二", 1200),
    ("三万五", 35000),
    ("一万二千", 12000),
    ("一百零五", 105),
    ("二十五", 25),
    ("十二", 12),
    ("十", 10),
    ("一亿", 100_000_000),  # was read as 1 (亿 was no magnitude): an order of one piece
    ("1亿", 100_000_000),
    ("3.5亿", 350_000_000),
    ("壹仟贰佰", 1200),  # financial numerals
    ("两万半", 25000),
    ("一个半", 1.5),
    ("0.5", 0.5),
]


@pytest.mark.parametrize(("span", "value"), NUMBERS)
def test_parse_number(span: str, value: float) -> None:
    assert parse_number(span) == value


@pytest.mark.parametrize("span", ["", "abc", "半", "万", "k", "一一一五", "幺幺零九", "二零二六"])
def test_not_a_number(span: str) -> None:
    assert parse_number(span) is None


def test_integral_values_are_ints() -> None:
    assert isinstance(parse_number("300"), int)
    assert isinstance(parse_number("1.5k"), int)
    assert isinstance(parse_number("1.5"), float)


# (text, spans that must be found as numbers in order)
SPANS = [
    ("数量1,200 交", ["1,200"]),
    ("480件", ["480"]),
    ("500个", ["500"]),
    ("2kg", ["2"]),  # k followed by g is the unit kg, not ×1000
    ("千万别这样", []),  # 千 cannot start a number
    ("万一出错", ["一"]),  # only the lone 一, which is bare (see below)
    ("把一一三九开工 再把幺幺一五也开工", []),  # orders said digit by digit, never a quantity
    ("一千一百一十五", ["一千一百一十五"]),  # an amount is said with its magnitudes
    ("有两个不合格的 报一下", ["两"]),  # blind24-029 read 报一下 as scrap 1: 一 in a word of its own is no count
    ("看一遍 一共3个 一起报", ["3"]),
]


@pytest.mark.parametrize(("text", "spans"), SPANS)
def test_find_numbers(text: str, spans: list[str]) -> None:
    assert [n.text for n in find_numbers(text)] == spans


def test_lone_chinese_digits_are_marked_bare() -> None:
    # 两个订单 / 一车间: the extractor only accepts a bare digit after 数量 / 改成.
    found = {n.text: n.bare for n in find_numbers("两个订单 一车间 三百")}
    assert found == {"两": True, "一": True, "三百": False}


def test_a_figure_too_big_for_a_float_is_no_number() -> None:
    assert parse_number("9" * 400) is None  # it was inf, stored as a quantity
