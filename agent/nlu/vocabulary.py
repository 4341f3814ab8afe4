"""The plant's own words, as data: its workshops' names and numbers (from the catalogue) and its working days."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from dingk3.calendar import PlantCalendar

__all__ = ["Vocabulary", "WorkshopTerms", "build_vocabulary", "vocabulary_source"]

WorkshopTerms = tuple[str, str, tuple[str, ...]]  # (K/3 number, K/3 name, the plant's nicknames)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """What one plant calls its workshops and which days it works; the rules parser reads it, never builds it."""

    workshop_names: tuple[str, ...] = ()  # names, nicknames and numbers as normalised text, longest first
    workshop_name: re.Pattern[str] | None = None  # any of them, the longest where several start at one place
    workshop_code: re.Pattern[str] | None = None  # the shape of the catalogue's numbers: (prefix)(digits)
    code_digits: int = 2  # how many digits a number has in the catalogue (ws1 → WS01)
    calendar: PlantCalendar | None = None


_CODE_SHAPE = re.compile(r"([a-z]+)(\d+)")
_DIGITS = str.maketrans("一二三四五六七八九", "123456789")  # a numeral in a name may be written as a digit


def build_vocabulary(workshops: Iterable[WorkshopTerms], calendar: PlantCalendar | None = None) -> Vocabulary:
    """The vocabulary of a workshop catalogue (K/3's numbers and names, the plant file's nicknames) and calendar;
    a numeral in a name may be written as a digit (机加一 → 机加1). The code shape is the catalogue's own: letters
    then digits (WS01 → ws 1, ws-01; CY01 → cy01)."""
    from tools.text import normalize

    rows = list(workshops)
    names = {normalize(t).strip() for number, name, aliases in rows for t in (number, name, *aliases)}
    names |= {n.translate(_DIGITS) for n in names}  # 机加1 is 机加一
    shapes = [m for number, _, _ in rows if (m := _CODE_SHAPE.fullmatch(normalize(number).strip()))]
    prefixes = sorted({m.group(1) for m in shapes}, key=lambda p: (-len(p), p))
    digits = max((len(m.group(2)) for m in shapes), default=2)
    code = (
        re.compile(rf"(?<![a-z0-9])({'|'.join(map(re.escape, prefixes))})\s?-?(\d{{1,{digits}}})(?!\d)", re.ASCII)
        if prefixes
        else None
    )
    ordered = tuple(sorted((n for n in names if n), key=lambda n: (-len(n), n)))
    name = re.compile("|".join(map(re.escape, ordered))) if ordered else None
    return Vocabulary(ordered, name, code, digits, calendar)


def vocabulary_source(workshops: object, calendar: PlantCalendar | None) -> Callable[[], Vocabulary | None]:
    """The vocabulary of `workshops` (a resolver with `terms()`) as it is now: rebuilt when a catalogue sync
    changed its workshops, none for a resolver that cannot list them (then the parser reads as it always did)."""
    terms = getattr(workshops, "terms", None)
    if terms is None:
        return lambda: None
    last: list[tuple[tuple[WorkshopTerms, ...], Vocabulary]] = []

    def current() -> Vocabulary | None:
        now = tuple(terms())
        if not last or last[0][0] != now:
            last[:] = [(now, build_vocabulary(now, calendar))]
        return last[0][1]

    return current
