"""The plant calendar: statutory holidays and make-up days (chinese-calendar), the plant's week, its shutdowns and
extra shifts, a year chinese-calendar does not know; and the `calendar:` section of the plant file."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dingk3.calendar as calendar_module
from dingk3.calendar import STATUTORY_YEARS, PlantCalendar
from dingk3.calendar_file import load_calendar, parse_calendar
from dingk3.errors import ConfigError
from dingk3.paths import DEFAULT_PLANT_FILE

STATUTORY = PlantCalendar()  # Mon–Sat, China's holidays
MON_FRI = PlantCalendar(week="mon-fri")
SHUTDOWN = PlantCalendar(days_off=frozenset(date(2026, 11, d) for d in range(23, 29)))  # Mon 23 – Sat 28 Nov


def test_chinese_calendar_2026_national_day_as_the_tests_assume() -> None:
    # The State Council's 2026 schedule as chinese-calendar holds it: 国庆 1–7 Oct, make-up Saturday 10 Oct and
    # Sunday 20 Sep; 中秋 25–27 Sep. The other tests lean on these days.
    assert [d.day for d in _days(date(2026, 9, 28), date(2026, 10, 12)) if not MON_FRI.is_working(d)] == [
        1, 2, 3, 4, 5, 6, 7, 11,
    ]  # fmt: skip
    assert MON_FRI.is_working(date(2026, 10, 10)) and MON_FRI.is_working(date(2026, 9, 20))
    assert not STATUTORY.is_working(date(2026, 9, 25))  # 中秋, a Friday


# (day, n, calendar, expected) — the n-th working day after `day`.
ADD = [
    (date(2026, 9, 30), 3, STATUTORY, date(2026, 10, 10)),  # 8, 9 Oct and the make-up Saturday 10 Oct
    (date(2026, 9, 30), 3, MON_FRI, date(2026, 10, 10)),  # the make-up Saturday is worked on a Mon–Fri plant too
    (date(2026, 9, 30), 4, MON_FRI, date(2026, 10, 12)),  # Sunday 11 Oct is not
    (date(2026, 9, 30), 1, STATUTORY, date(2026, 10, 8)),
    (date(2026, 10, 8), -1, STATUTORY, date(2026, 9, 30)),  # the working day before the holiday
    (date(2026, 10, 3), 0, STATUTORY, date(2026, 10, 3)),
    (date(2026, 11, 20), 1, STATUTORY, date(2026, 11, 21)),  # Fri → Sat on a Mon–Sat plant
    (date(2026, 11, 20), 1, MON_FRI, date(2026, 11, 23)),  # Fri → Mon on a Mon–Fri plant
    # a Saturday shift counts
    (date(2026, 11, 20), 1, PlantCalendar(week="mon-fri", extra_working_days=frozenset({date(2026, 11, 21)})),
     date(2026, 11, 21)),
    # a shutdown week does not: Fri 20 Nov + 2 skips Mon 23 – Sat 28 Nov
    (date(2026, 11, 20), 2, SHUTDOWN, date(2026, 11, 30)),
    # a plant that ignores the statutory holidays works straight through 国庆
    (date(2026, 9, 30), 3, PlantCalendar(statutory=False), date(2026, 10, 3)),
]  # fmt: skip


@pytest.mark.parametrize(("day", "n", "calendar", "expected"), ADD)
def test_add_working_days(day: date, n: int, calendar: PlantCalendar, expected: date) -> None:
    assert calendar.add_working_days(day, n) == expected


def test_working_days_between_counts_both_ends() -> None:
    assert STATUTORY.working_days_between(date(2026, 9, 30), date(2026, 10, 9)) == 3  # 30 Sep, 8 and 9 Oct
    assert STATUTORY.working_days_between(date(2026, 10, 1), date(2026, 10, 7)) == 0
    assert STATUTORY.working_days_between(date(2026, 10, 9), date(2026, 10, 8)) == 0


@given(st.dates(date(2025, 1, 1), date(2026, 12, 31)), st.integers(-40, 40))
def test_adding_then_counting_gives_n_back(day: date, n: int) -> None:
    found = STATUTORY.add_working_days(day, n)
    assert found == day or STATUTORY.is_working(found)
    if n >= 0:
        assert STATUTORY.working_days_between(day + timedelta(days=1), found) == n
    else:
        assert STATUTORY.working_days_between(found, day - timedelta(days=1)) == -n


def test_a_year_chinese_calendar_does_not_know_falls_back_and_says_so_once(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar_module, "_TOLD", set())  # as in a new process
    year = max(STATUTORY_YEARS) + 1
    jan1 = date(year, 1, 1)
    plant = PlantCalendar(days_off=frozenset({jan1}))
    with caplog.at_level(logging.WARNING, logger="dingk3.calendar"):
        days = [d for d in _days(date(year, 1, 1), date(year, 1, 14)) if plant.is_working(d)]
        plant.add_working_days(date(year, 3, 1), 30)
        PlantCalendar().is_working(date(year, 5, 1))  # another calendar of the process (one per request): not again
    assert days == [d for d in _days(date(year, 1, 2), date(year, 1, 14)) if d.weekday() < 6]  # Mon–Sat, less 1 Jan
    told = [r for r in caplog.records if r.name == "dingk3.calendar"]
    assert len(told) == 1 and str(year) in told[0].getMessage() and "chinese-calendar" in told[0].getMessage()


def test_a_day_cannot_be_both_off_and_worked() -> None:
    with pytest.raises(ValueError, match="2026-12-12"):
        PlantCalendar(days_off=frozenset({date(2026, 12, 12)}), extra_working_days=frozenset({date(2026, 12, 12)}))


# --------------------------------------------------------------------------- the plant file


def test_calendar_section_of_the_plant_file() -> None:
    text = """\
workshops:            # another section: not read here
  一车间: WS01
calendar:
  week: mon-fri
  days_off:
    - {from: 2026-08-03, to: 2026-08-09, note: 夏季检修}
    - 2026-12-31
  working_days:
    - 2026-12-12      # a Saturday shift
"""
    plant = parse_calendar(text)
    assert plant.week == "mon-fri" and plant.statutory
    assert plant.days_off == frozenset(_days(date(2026, 8, 3), date(2026, 8, 9))) | {date(2026, 12, 31)}
    assert plant.is_working(date(2026, 12, 12)) and not plant.is_working(date(2026, 12, 19))
    assert plant.add_working_days(date(2026, 7, 31), 1) == date(2026, 8, 10)  # Fri → past the shutdown week


# (case, calendar section, line, words in the error)
BAD = [
    ("unknown key", "calendar:\n  week: mon-fri\n  shutdown: []\n", 3, ["calendar.shutdown", "Extra inputs"]),
    ("bad week", "calendar:\n  week: mon-sun\n", 2, ["calendar.week", "mon-sat", "mon-fri"]),
    ("span backwards", "calendar:\n  days_off:\n    - 2026-08-01\n    - {from: 2026-08-09, to: 2026-08-03}\n", 4,
     ["calendar.days_off[1]", "ends (2026-08-03) before it starts"]),
    ("bad day in span", "calendar:\n  days_off:\n    - {from: 2026-8-3, to: 2026-08-09}\n", 3,
     ["calendar.days_off[0].from", "date"]),
    ("not a day", "calendar:\n  working_days:\n    - next saturday\n", 3,
     ["calendar.working_days[0]", "'next saturday' is not a day", "like 2026-10-09"]),
    ("no such day", "calendar:\n  working_days:\n    - 2026-12-01\n    - 2026-11-31\n", 4,
     ["calendar.working_days[1]", "'2026-11-31' is not a day"]),
    ("a list in a list", "calendar:\n  days_off:\n    - [2026-08-03]\n", 3, ["calendar.days_off[0]", "a span"]),
    ("off and worked", "calendar:\n  days_off:\n    - {from: 2026-08-03, to: 2026-08-09}\n  working_days:\n"
     "    - 2026-08-08\n", 5, ["working_days[0]", "2026-08-08 is also a day off", "line 3"]),
    ("years off", "calendar:\n  days_off:\n    - {from: 2026-08-03, to: 2028-08-09}\n", 3, ["more than 366 days"]),
    ("yaml syntax", "calendar:\n  days_off: [2026-08-03\n", 3, ["YAML syntax"]),
    ("not a mapping", "- calendar\n", 1, ["must be a mapping"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "words"), [pytest.param(*c[1:], id=c[0]) for c in BAD])
def test_a_malformed_calendar_names_the_line(text: str, line: int, words: list[str]) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_calendar(text, "plant.yaml")
    message = str(caught.value)
    assert message.startswith(f"plant.yaml:{line}: "), message
    for word in words:
        assert word in message


def test_no_plant_file_or_no_section_is_the_default_calendar(tmp_path: Path) -> None:
    assert load_calendar(tmp_path / "missing.yaml") == PlantCalendar()
    assert parse_calendar("workshops: {}\n") == PlantCalendar() == parse_calendar("")
    assert load_calendar(DEFAULT_PLANT_FILE) == PlantCalendar()  # the demo plant's file


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]
