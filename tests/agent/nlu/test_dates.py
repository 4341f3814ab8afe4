"""Due dates relative to the message time in Asia/Shanghai."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.nlu.dates import find_dates, local_today, parse_date
from dingk3.clock import Clock

FRI = datetime.fromisoformat("2026-11-20T09:00:00+08:00")  # Friday
WED = datetime.fromisoformat("2026-11-18T10:30:00+08:00")  # Wednesday
SUN = datetime.fromisoformat("2026-11-22T23:30:00+08:00")  # Sunday, end of a Monday-based week
MON_DEC = datetime.fromisoformat("2026-12-28T14:00:00+08:00")  # Monday of the last week of 2026
LAST_NOV = datetime.fromisoformat("2026-11-30T08:00:00+08:00")  # Monday, last day of the month
JAN = datetime.fromisoformat("2027-01-29T09:00:00+08:00")  # Friday; next month is a short February
LEAP = datetime.fromisoformat("2028-02-10T09:00:00+08:00")  # 2028 is a leap year


def d(s: str) -> date:
    return date.fromisoformat(s)


# (text, now, expected)
DATES = [
    ("今天", FRI, "2026-11-20"),
    ("明天", FRI, "2026-11-21"),
    ("后天", FRI, "2026-11-22"),
    ("大后天", FRI, "2026-11-23"),
    ("明年1月5号", FRI, "2027-01-05"),  # blind22-031: the year said by word
    ("明年一月五号交", FRI, "2027-01-05"),
    ("今年12月20日", FRI, "2026-12-20"),
    ("3天后", FRI, "2026-11-23"),
    ("三天后", FRI, "2026-11-23"),
    ("10天后", WED, "2026-11-28"),
    ("3天内", FRI, "2026-11-23"),
    ("一周后", FRI, "2026-11-27"),
    # weekdays: 下周 = next Monday-based week; 本周/这周 = this week even if past; bare = on or after today
    ("下周五", FRI, "2026-11-27"),
    ("下周五", WED, "2026-11-27"),
    ("下周五", SUN, "2026-11-27"),  # Sunday still belongs to the week that started on the 16th
    ("下周一", SUN, "2026-11-23"),
    ("下下周三", FRI, "2026-12-02"),
    ("本周五", WED, "2026-11-20"),
    ("这周五", FRI, "2026-11-20"),
    ("本周五", SUN, "2026-11-20"),  # already past: the validator refuses it, the parser does not move it
    ("周五", WED, "2026-11-20"),
    ("周五", FRI, "2026-11-20"),  # on a Friday, 周五 is today
    ("星期五", SUN, "2026-11-27"),
    ("礼拜三", FRI, "2026-11-25"),
    ("周日", FRI, "2026-11-22"),
    ("星期天", WED, "2026-11-22"),
    ("下周末", FRI, "2026-11-28"),
    ("下周五", MON_DEC, "2027-01-08"),  # across the year end
    ("本周五", MON_DEC, "2027-01-01"),
    # month ends: one day, the last one
    ("月底", FRI, "2026-11-30"),
    ("本月底", FRI, "2026-11-30"),
    ("这个月底", FRI, "2026-11-30"),
    ("月底", LAST_NOV, "2026-11-30"),
    ("下月底", FRI, "2026-12-31"),
    ("下个月底", MON_DEC, "2027-01-31"),
    ("下月底", JAN, "2027-02-28"),
    ("下月底", datetime.fromisoformat("2028-01-15T09:00:00+08:00"), "2028-02-29"),  # leap year
    ("12月底", FRI, "2026-12-31"),
    ("十二月底", FRI, "2026-12-31"),
    ("12月底", JAN, "2027-12-31"),
    ("2月底", JAN, "2027-02-28"),
    ("2月底", LEAP, "2028-02-29"),
    ("1月底", MON_DEC, "2027-01-31"),  # a month already past means next year
    ("下月初", FRI, "2026-12-01"),
    ("end of month", FRI, "2026-11-30"),
    ("end of next month", FRI, "2026-12-31"),
    # month + day
    ("下个月10号", FRI, "2026-12-10"),
    ("下个月十号", FRI, "2026-12-10"),
    ("下个月10号", MON_DEC, "2027-01-10"),
    ("12月5号", FRI, "2026-12-05"),
    ("12月5日", FRI, "2026-12-05"),
    ("十二月五号", FRI, "2026-12-05"),
    ("1月3号", FRI, "2027-01-03"),  # rollover: January is next year
    ("12月5号", MON_DEC, "2027-12-05"),  # weeks past this year: next year
    ("12月24号", MON_DEC, "2026-12-24"),  # four days past: that past day (refused as past), never a year on
    ("12/5", FRI, "2026-12-05"),
    # month.day as chat writes it (a blind batch read 12.18 as a quantity of 12.18 pieces)
    ("12.18", FRI, "2026-12-18"),
    ("五百 12.22 机加二", FRI, "2026-12-22"),
    ("12.5交", FRI, "2026-12-05"),  # one-digit day with a date word beside it
    ("交期12.20", FRI, "2026-12-20"),
    ("1/15", MON_DEC, "2027-01-15"),
    ("2026/12/18", FRI, "2026-12-18"),
    ("2026-12-18", FRI, "2026-12-18"),
    ("2026.12.18", FRI, "2026-12-18"),
    ("2026年12月18日", FRI, "2026-12-18"),
    ("25号", FRI, "2026-11-25"),
    ("5号", FRI, "2026-12-05"),  # the 5th has passed this month
    ("5号", LAST_NOV, "2026-12-05"),
    # English
    ("Dec 20", FRI, "2026-12-20"),
    ("December 20", FRI, "2026-12-20"),
    ("20 Dec", FRI, "2026-12-20"),
    ("Dec 20th", FRI, "2026-12-20"),
    ("Jan 10", MON_DEC, "2027-01-10"),
    ("next Friday", FRI, "2026-11-27"),
    ("this Friday", WED, "2026-11-20"),
    ("friday", WED, "2026-11-20"),
    ("tomorrow", FRI, "2026-11-21"),
    ("today", FRI, "2026-11-20"),
    ("in 3 days", FRI, "2026-11-23"),
    ("in 2 weeks", FRI, "2026-12-04"),
]


@pytest.mark.parametrize(("text", "now", "expected"), DATES)
def test_parse_date(text: str, now: datetime, expected: str) -> None:
    assert parse_date(text, now) == d(expected)


@pytest.mark.parametrize(
    "text",
    [
        "45号钢", "3号线", "一车间", "HV-2050", "数量300", "M8x30", "200L/桶", "你好", "下周", "月初见", "SP-1.2x8x30",
        # a decimal figure is no month.day: a unit or k after it, a figure word before it, a one-digit day alone
        "1.5k", "12.5个", "数量12.5", "良品3.5", "3.5", "M8x1.25", "φ12.25",
    ],
)  # fmt: skip
def test_no_date(text: str) -> None:
    assert parse_date(text, FRI) is None


def test_message_time_is_the_plants_day() -> None:
    # 20:00 in New York on the 19th is 09:00 on Friday the 20th at a plant in Shanghai: the plant's clock says so
    instant = datetime(2026, 11, 19, 20, 0, tzinfo=timezone(timedelta(hours=-5))).timestamp()
    shanghai = Clock("Asia/Shanghai", lambda: instant).now()
    assert local_today(shanghai) == d("2026-11-20")
    assert parse_date("明天", shanghai) == d("2026-11-21")
    # the same instant at a plant in Mexico City is still Thursday the 19th
    mexico = Clock("America/Mexico_City", lambda: instant).now()
    assert parse_date("今天", mexico) == d("2026-11-19")


def test_naive_time_is_taken_as_shanghai() -> None:
    assert parse_date("明天", datetime(2026, 11, 20, 23, 59)) == d("2026-11-21")


def test_quantity_tail_is_not_a_month() -> None:
    # 两千五 月底: 五 belongs to the number, so this is 月底, not 5月底.
    spans = find_dates("两千五 月底交", d("2026-11-20"))
    assert [(s.text, s.value) for s in spans] == [("月底", d("2026-11-30"))]


def test_last_of_several_dates_wins() -> None:
    assert parse_date("交期从12月16号改到12月20号", FRI) == d("2026-12-20")


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("交期2026-02-30", ["2026-02-30"]),
        ("2026-13-01交", ["2026-13-01"]),
        ("2月30号 或者 13月1号", ["2月30号", "13月1号"]),
        ("2026-02-28交 11月30号", []),  # days that exist
        ("合格 18/20", []),  # a ratio, not a day
    ],
)
def test_days_that_do_not_exist_are_found_by_name(text: str, spans: list[str]) -> None:
    from agent.nlu.dates import find_impossible_dates

    assert [t for _, _, t in find_impossible_dates(text, date(2026, 11, 20))] == spans
