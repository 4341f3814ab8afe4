"""Due dates in chat text, relative to the message time in Asia/Shanghai (pure, deterministic).

Every phrase becomes one day, so the confirmation can show it:
- 月底 / 本月底 / 12月底 / end of month → the last day of that month; 月初 → the 1st.
- 本周五 / 这周五 / this Friday → Friday of the current Monday-based week, even if already past
  (the validator then refuses it as a past date and says why).
- 下周五 / 下星期五 / next Friday → Friday of next week; 下下周五 → the week after.
- 周五 / 星期五 / 礼拜五 / Friday alone → the next Friday on or after today (today on a Friday).
- 12月5号, 12/5, Dec 20, 5号 without a year or month → the next such day on or after today
  (so in December, 1月3号 is next January).
- 3天后 / 三天后 / in 3 days → today + 3; 3天内 is the same day count; 3个工作日后 → the 3rd working day after
  today by the plant's calendar when one is given (else 3 calendar days).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from agent.nlu.numbers import parse_number
from agent.nlu.rx import rx
from dingk3.calendar import PlantCalendar

__all__ = [
    "SHANGHAI",
    "VAGUE_DATE",
    "DateSpan",
    "find_dates",
    "find_impossible_dates",
    "find_vague_dates",
    "local_today",
    "parse_date",
]

SHANGHAI = ZoneInfo("Asia/Shanghai")

_N = r"(\d{1,2}|[零一二两三四五六七八九十]{1,3})"  # a small day/month number, Arabic or Chinese
_NB = r"(?<![\d年.千百万十零一二两三四五六七八九])"  # not the tail of a bigger number (两千五 月底 is 2500 + 月底)
_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5}
_WD |= {str(i): i - 1 for i in range(1, 8)}
_EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_EN_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
_EN_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_EN_WD_RE = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?"


@dataclass(frozen=True, slots=True)
class DateSpan:
    start: int
    end: int
    value: date
    text: str


def local_today(now: datetime) -> date:
    """The calendar day of `now` as given: callers pass the plant's time (`dingk3.clock.Clock.now`), so this is
    the plant's day in whatever zone the plant is in."""
    return now.date()


def _num(s: str | None) -> int | None:
    if not s:
        return None
    v = parse_number(s)
    return int(v) if isinstance(v, int) else None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(today: date, n: int) -> tuple[int, int]:
    k = today.year * 12 + today.month - 1 + n
    return k // 12, k % 12 + 1


_RECENT = timedelta(days=7)  # a month-day this close behind today is that past day, not one a year on


def _next_md(today: date, m: int, d: int) -> date | None:
    """Month-day without a year: this year unless long past (1月3号 in December is next January), then next year.
    A day a few weeks back (提前到12月1号 on the 4th) is that past day, which the rules refuse as past, never the
    same day a year later."""
    if not (1 <= m <= 12):
        return None
    this = _safe(today.year, m, d)
    if this is None:
        return _safe(today.year + 1, m, d)
    return this if this >= today - _RECENT else _safe(today.year + 1, m, d)


def _week(today: date, offset_weeks: int, wd: int) -> date:
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(days=7 * offset_weeks + wd)


def _upcoming(today: date, wd: int) -> date:
    return today + timedelta(days=(wd - today.weekday()) % 7)


def _month_ref(word: str | None, today: date) -> tuple[int, int] | None:
    """下下个月 / 下个月 / 下月 / 本月 / 这个月 / 当月 / '' → (year, month)."""
    word = (word or "").replace("个", "")
    if word in ("", "本月", "这月", "当月", "月"):
        return today.year, today.month
    if word == "下月":
        return _add_months(today, 1)
    if word == "下下月":
        return _add_months(today, 2)
    if word == "上月":
        return _add_months(today, -1)
    return None


def _month_num(m: int, today: date) -> tuple[int, int] | None:
    """A month named by number: this year unless already past, then next year (12月底 said in January
    is this December; 1月底 said in December is next January)."""
    if not (1 <= m <= 12):
        return None
    return (today.year if m >= today.month else today.year + 1), m


_Handler = Callable[[re.Match[str], date, PlantCalendar | None], date | None]
_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    def deco(fn: _Handler) -> _Handler:
        _RULES.append((rx(pattern), fn))
        return fn

    return deco


@_rule(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*[日号]?")
def _iso(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))


@_rule(rf"{_NB}(下下个?月|下个?月|本月|这个?月|当月|{_N}月份?)\s*(?:的)?(底|末|初)(?!期)")
def _month_edge(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    head, edge = m.group(1), m.group(3)
    ym = _month_num(_num(m.group(2)) or 0, today) if m.group(2) else _month_ref(head, today)
    if ym is None:
        return None
    return _month_end(*ym) if edge in ("底", "末") else date(ym[0], ym[1], 1)


@_rule(r"月\s*(?:底|末)")
def _bare_month_end(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return _month_end(today.year, today.month)


@_rule(r"年\s*(底|末)")
def _year_end(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return date(today.year, 12, 31)


@_rule(rf"(今年|明年|后年|次年)\s*的?\s*{_N}月\s*{_N}\s*(?:日|号)?(?![\d件个台套只天周])")
def _year_month_day(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    """明年1月5号: the year said by word (a month-day said with 明年 is never this year's)."""
    year = today.year + {"今年": 0, "明年": 1, "次年": 1, "后年": 2}[m.group(1)]
    mo, d = _num(m.group(2)), _num(m.group(3))
    return _safe(year, mo, d) if mo and d else None


@_rule(rf"{_NB}{_N}月\s*{_N}\s*(?:日|号)?(?![\d件个台套只天周])")
def _cn_month_day(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    mo, d = _num(m.group(1)), _num(m.group(2))
    return _next_md(today, mo, d) if mo and d else None


@_rule(rf"(下下个?月|下个?月|本月|这个?月|当月)\s*{_N}\s*(?:日|号)")
def _rel_month_day(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    ym, d = _month_ref(m.group(1), today), _num(m.group(2))
    return _safe(ym[0], ym[1], d) if ym and d else None


@_rule(rf"{_NB}{_N}\s*(?:个)?\s*(天|日|周|星期|礼拜|工作日)\s*(?:后|之后|以后|内|之内|以内)")
def _in_days(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    n = _num(m.group(1))
    if n is None:
        return None
    unit = m.group(2)
    if unit == "工作日" and cal is not None:
        return cal.add_working_days(today, n)
    return today + timedelta(days=n * 7 if unit in ("周", "星期", "礼拜") else n)


@_rule(r"(下下|下个?|本|这个?|这一)?\s*(?:周|星期|礼拜)\s*([一二三四五六日天1-7]|末)")
def _cn_weekday(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    which, wd = (m.group(1) or "").replace("个", "").replace("一", ""), _WD[m.group(2)]
    if which == "下下":
        return _week(today, 2, wd)
    if which == "下":
        return _week(today, 1, wd)
    if which in ("本", "这"):
        return _week(today, 0, wd)
    return _upcoming(today, wd)


@_rule(r"大后天|大後天")
def _in3(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return today + timedelta(days=3)


@_rule(r"后天|後天|day after tomorrow")
def _in2(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return today + timedelta(days=2)


@_rule(r"明天|明日|明儿|\btomorrow\b|\btmr\b")
def _in1(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return today + timedelta(days=1)


@_rule(r"今天|今日|今儿|当天|\btoday\b")
def _in0(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return today


@_rule(r"(?<![\d/.a-z])(\d{1,2})/(\d{1,2})(?![\d/])")
def _slash_md(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    return _next_md(today, int(m.group(1)), int(m.group(2)))


# 12.22交, 五百 12.18 机加二: month.day as Chinese chat writes it. A figure in its own right stays one: a unit, k or
# 万 after it, a figure word before it (数量12.5, 良品3.5), or a one-digit day with no date word beside it (3.5).
_MD_UNIT_AFTER = rx(r"\s*(?:k|w|万|千|百|个|件|台|套|只|根|条|把|块|张|pcs|kg|g|mm|cm|m|米|吨|寸|吋|分|倍|元|块|%|x)")
_MD_FIGURE_BEFORE = rx(r"(?:数量|数目|改成|改为|调成|调到|加|减|良品|合格|不良|报废|废|坏|qty|quantity|×|x|\*)\s*$")
_MD_DATE_WORD_AFTER = rx(r"\s*(?:交|号|日|前|之前|以前|到期|完工|完成|出货|发货)")
_MD_DATE_WORD_BEFORE = rx(r"(?:交期|交货|截止|到|完工|due|by)\s*[:：]?\s*$")
_MD_DUE_FIELD_BEFORE = rx(
    r"(?:交期|交货期?|完工日期?|计划完工|due(?:\s+date)?)\s*(?:要|应该)?\s*(?:改成|改为|改到|调成|调到|调整为|调整到|变成|写成|是|为|to)?"
    r"\s*[:：]?\s*$"
)


@_rule(r"(?<![\d/.a-zφ])(\d{1,2})\.(\d{1,2})(?![\d.])")
def _dot_md(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    text, start, end = m.string, m.start(), m.end()
    before = text[max(0, start - 8) : start]
    due_field = _MD_DUE_FIELD_BEFORE.search(before)  # 交期改成12.18: the figure a due date is changed to
    if _MD_UNIT_AFTER.match(text, end) or (_MD_FIGURE_BEFORE.search(before) and not due_field):
        return None
    worded = _MD_DATE_WORD_AFTER.match(text, end) or _MD_DATE_WORD_BEFORE.search(before) or due_field
    if len(m.group(2)) < 2 and not worded:
        return None
    return _next_md(today, int(m.group(1)), int(m.group(2)))


@_rule(rf"\b{_EN_MONTH_RE}\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s*(\d{{4}}))?")
def _en_month_day(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    mo = _EN_MONTHS.get(m.group(1)[:3])
    if not mo:
        return None
    if m.group(3):
        return _safe(int(m.group(3)), mo, int(m.group(2)))
    return _next_md(today, mo, int(m.group(2)))


@_rule(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?{_EN_MONTH_RE}(?![a-z])(?:,?\s*(\d{{4}}))?")
def _en_day_month(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    mo = _EN_MONTHS.get(m.group(2)[:3])
    if not mo:
        return None
    if m.group(3):
        return _safe(int(m.group(3)), mo, int(m.group(1)))
    return _next_md(today, mo, int(m.group(1)))


@_rule(r"\bend\s+of\s+(?:the\s+)?(next\s+|this\s+)?month\b|\beom\b")
def _en_month_end(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    if (m.group(1) or "").strip() == "next":
        return _month_end(*_add_months(today, 1))
    return _month_end(today.year, today.month)


@_rule(rf"\b(next\s+|this\s+|on\s+|by\s+)?{_EN_WD_RE}\b")
def _en_weekday(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    which, wd = (m.group(1) or "").strip(), _EN_WD[m.group(2)[:3]]
    if which == "next":
        return _week(today, 1, wd)
    if which == "this":
        return _week(today, 0, wd)
    return _upcoming(today, wd)


@_rule(r"\bin\s+(\d{1,3}|a|one|two|three)\s+(day|week)s?\b|\b(\d{1,3})\s+(day|week)s?\s+(?:later|from now)\b")
def _en_in_days(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    raw = m.group(1) or m.group(3)
    n = {"a": 1, "one": 1, "two": 2, "three": 3}.get(raw) or int(raw)
    unit = m.group(2) or m.group(4)
    return today + timedelta(days=n * 7 if unit == "week" else n)


@_rule(rf"{_NB}(?<![月\-/a-z第]){_N}\s*(?:号|日)(?!\s*(?:车间|线|楼|钢|机|厂|房|仓|库|件|料))")
def _day_only(m: re.Match[str], today: date, cal: PlantCalendar | None) -> date | None:
    d = _num(m.group(1))
    if not d or d > 31:
        return None
    this = _safe(today.year, today.month, d)
    if this is not None and this >= today:
        return this
    y, mo = _add_months(today, 1)
    return _safe(y, mo, d)


# A period, not a day: a week or month without its day (下周, 这周, 下个月, next week), part of a month
# (月中, 中旬, 下旬) or a loose "soon" (过几天, 近期). It cannot become one due date, so the parser asks
# (clarify due_date) instead of guessing; run it after `find_dates` so 下周五 / 下个月10号 / 月底 win.
# A shift of a due date by a span, later or earlier: 推迟一周, 往后推三天, 提前2天, 顺延2个工作日, push it back a week,
# 2 days earlier. Groups: the direction word (`zh_dir`, `en_dir`, `en_after`), the count and the unit.
DUE_SHIFT = rx(
    r"(?P<zh_dir>推迟|延后|延期|延迟|顺延|推后|拖后|往后(?:推|挪|拖|延|移)|往前(?:推|挪|提|移)|提前|晚|早)了?\s*"
    r"(?P<zh_n>\d{1,2}|[一二两三四五六七八九十几半]{1,2})\s*个?\s*(?P<zh_unit>天|日|周|星期|礼拜|月|工作日)"
    r"|\b(?:push(?:ed)?|move[ds]?|pull(?:ed)?|bring|brought|delay(?:ed)?|slip(?:ped)?)\b(?:\s+[a-z0-9]+){0,3}?"
    r"\s+(?P<en_dir>back|out|forward|up|in|by)\s+(?:by\s+)?(?P<en_n>a|an|one|a few|\d{1,2})"
    r"\s+(?P<en_unit>(?:working\s+|business\s+)?days?|weeks?|months?)\b"
    r"|\b(?P<en_n2>a|an|one|\d{1,2})\s+(?P<en_unit2>(?:working\s+|business\s+)?days?|weeks?)\s+"
    r"(?P<en_after>earlier|sooner|later)\b"
)
VAGUE_DATE = rx(
    r"(?:下下|下个?|本|这个?|这一|当)\s*(?:周|星期|礼拜)(?!\s*[一二三四五六日天1-7末])"
    r"|(?:下下个?|下个?|本|这个?|当)月(?!\s*(?:底|末|初|份?\s*\d|[零一二两三四五六七八九十]+\s*[号日]))(?:份)?"
    r"|(?:\d{1,2}|[一二三四五六七八九十]{1,3})?月?(?:中旬|上旬|下旬)|月中|过几天|过两天|这几天|近期|最近几天"
    # Around a holiday or the turn of the year (年后, 节前, 过完年, 春节前后, 国庆以后), half a month (下半月).
    r"|(?<![\d一二三四五六七八九十两几])年[前后](?!天)|节[前后]|过完年|(?:春节|过年|国庆|五一|中秋|元旦)(?:前后|之前|以前|之后|以后|前|后)"
    r"|(?:上|下)半月"
    r"|\b(?:next|this|the following)\s+(?:week|month)\b|\bin a (?:week|month) or (?:so|two)\b|\bin a few days\b"
    r"|\b(?:early|mid|late)[\s-]+(?:next\s+)?month\b|\bafter (?:the )?(?:new year|holidays?)\b"
    # A shift of the current due date by a span (推迟一周, 晚两天, 往后推一个礼拜, push it back a week): the new
    # day depends on the old one, which the parser does not know (`agent.nlu.due_shift` counts it on a card).
    r"|" + DUE_SHIFT.pattern
)


def find_vague_dates(text: str) -> list[tuple[int, int, str]]:
    """Spans of period words that name no single day (see `VAGUE_DATE`), left to right."""
    return [(m.start(), m.end(), m.group(0)) for m in VAGUE_DATE.finditer(text)]


def find_dates(text: str, today: date, calendar: PlantCalendar | None = None) -> list[DateSpan]:
    """Every date phrase in normalised `text`, left to right, without overlaps; N个工作日后 counts the plant's
    working days when its `calendar` is given, calendar days otherwise."""
    taken: list[DateSpan] = []
    for pattern, handler in _RULES:
        for m in pattern.finditer(text):
            if any(m.start() < s.end and s.start < m.end() for s in taken):
                continue
            value = handler(m, today, calendar)
            if value is not None:
                taken.append(DateSpan(m.start(), m.end(), value, m.group(0)))
    return sorted(taken, key=lambda s: s.start)


def find_impossible_dates(text: str, today: date) -> list[tuple[int, int, str]]:
    """Spans written as one exact day that does not exist (2026-02-30, 2026-13-01, 2月30号, 13月1号), left to right:
    the message names a day, so it is refused by name, never replaced by another day."""
    found: list[tuple[int, int, str]] = []
    for pattern, handler in _RULES:
        if handler not in _EXACT_DAY:
            continue
        for m in pattern.finditer(text):
            if handler(m, today, None) is None and not any(m.start() < e and s < m.end() for s, e, _ in found):
                found.append((m.start(), m.end(), m.group(0).strip()))
    return sorted(found)


_EXACT_DAY = (_iso, _cn_month_day)


def parse_date(text: str, now: datetime) -> date | None:
    """The date a message names (the last one when it names several, e.g. 从12月4号改到12月10号)."""
    from tools.text import normalize

    spans = find_dates(normalize(text), local_today(now))
    return spans[-1].value if spans else None
