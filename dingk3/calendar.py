"""The plant's calendar: which days are worked, and working-day arithmetic over them.

A day is worked when the plant says so (an extra shift beats everything, a shutdown day is off), else when the
State Council's schedule says so (statutory holidays off, make-up days worked; from the `chinese-calendar`
package), else by the plant's week (Mon–Sat or Mon–Fri). `chinese-calendar` only knows the years it was released
for: for a later year the calendar says so once in the log and counts the plant's week plus its own days.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import chinese_calendar

__all__ = ["STATUTORY_YEARS", "PlantCalendar", "WorkWeek"]

log = logging.getLogger("dingk3.calendar")

WorkWeek = Literal["mon-sat", "mon-fri"]

_HOLIDAYS: frozenset[date] = frozenset(chinese_calendar.holidays)  # statutory days off, weekends of a holiday too
_MAKEUP: frozenset[date] = frozenset(chinese_calendar.workdays)  # 调休: a weekend day worked instead
STATUTORY_YEARS: frozenset[int] = frozenset(d.year for d in _HOLIDAYS)
_LAST_WEEKDAY = {"mon-sat": 5, "mon-fri": 4}  # Monday = 0


_TOLD: set[int] = set()  # years already logged as unknown to chinese-calendar


@dataclass(frozen=True)
class PlantCalendar:
    """Working days of one plant. The default is a Mon–Sat plant that keeps China's statutory holidays."""

    week: WorkWeek = "mon-sat"
    statutory: bool = True
    days_off: frozenset[date] = frozenset()  # shutdowns, plant holidays
    extra_working_days: frozenset[date] = frozenset()  # Saturday shifts, a Sunday worked to catch up

    def __post_init__(self) -> None:
        if self.week not in _LAST_WEEKDAY:
            raise ValueError(f"week must be mon-sat or mon-fri, not {self.week!r}")
        if both := sorted(self.days_off & self.extra_working_days):
            raise ValueError(f"{both[0]} is both a day off and an extra working day")

    def is_working(self, day: date) -> bool:
        if day in self.extra_working_days:
            return True
        if day in self.days_off:
            return False
        if self.statutory and self._knows(day.year):
            if day in _HOLIDAYS:
                return False
            if day in _MAKEUP:
                return True
        return day.weekday() <= _LAST_WEEKDAY[self.week]

    def working_days_between(self, a: date, b: date) -> int:
        """Working days from `a` to `b`, both included (today counts when it is worked); 0 when b is before a."""
        return sum(1 for i in range((b - a).days + 1) if self.is_working(a + timedelta(days=i)))

    def add_working_days(self, day: date, n: int) -> date:
        """The n-th working day after `day` (before it when n < 0); `day` itself when n is 0.

        On 2026-09-30, 3 working days later is 2026-10-10: 10-08, 10-09 and the make-up Saturday 10-10."""
        step = 1 if n >= 0 else -1
        left = abs(n)
        while left:
            day += timedelta(days=step)
            left -= self.is_working(day)
        return day

    def _knows(self, year: int) -> bool:
        if year in STATUTORY_YEARS:
            return True
        if year not in _TOLD:
            _TOLD.add(year)  # once per process, not once per calendar built
            log.warning(
                "chinese-calendar %s has no statutory holidays for %d (it knows %d–%d): counting the plant's week "
                "(%s) and the plant file's days only; upgrade chinese-calendar once the year's schedule is out",
                getattr(chinese_calendar, "__version__", "?"),
                year,
                min(STATUTORY_YEARS),
                max(STATUTORY_YEARS),
                self.week,
            )
        return False
