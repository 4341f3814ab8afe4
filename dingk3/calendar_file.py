"""The `calendar:` section of the plant file (config/plant.yaml) → a PlantCalendar; other top-level keys are not
read here. A malformed section is refused with ConfigError("plant.yaml:7: calendar.days_off[1].to: …").

    calendar:
      week: mon-sat            # or mon-fri: the plant's ordinary week
      statutory: true          # China's statutory holidays and make-up working days (chinese-calendar)
      days_off:                # shutdowns and plant holidays: a day, or a span with an optional note
        - {from: 2026-08-03, to: 2026-08-09, note: 夏季检修}
        - 2026-12-31
      working_days:            # extra working days: Saturday shifts
        - 2026-12-12
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, model_validator

from dingk3.calendar import PlantCalendar
from dingk3.errors import ConfigError
from dingk3.yamlfile import compose_and_load, line_of

__all__ = ["load_calendar", "parse_calendar"]

_KEY = "calendar"
_MAX_SPAN_DAYS = 366


class _Loader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML has no type hints here
    """Safe YAML whose dates stay text, so that pydantic checks them and an impossible one names its line."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _as_span(value: Any) -> Any:
    """A bare day is a span of one day; anything else but a mapping is refused with the two forms it may take."""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"{value!r} is not a day: write it like 2026-10-09") from None
    if isinstance(value, date):
        return {"from": value, "to": value}
    if isinstance(value, dict):
        return value
    raise ValueError(f"expected a day (2026-10-09) or a span ({{from: 2026-08-03, to: 2026-08-09}}), not {value!r}")


class _Span(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    start: date = Field(alias="from")
    end: date = Field(alias="to")
    note: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> _Span:
        if self.end < self.start:
            raise ValueError(f"the span ends ({self.end}) before it starts ({self.start})")
        if (self.end - self.start).days >= _MAX_SPAN_DAYS:
            raise ValueError(f"a span of more than {_MAX_SPAN_DAYS} days is not a shutdown: check the years")
        return self

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


_Entry = Annotated[_Span, BeforeValidator(_as_span)]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")

    week: Literal["mon-sat", "mon-fri"] = "mon-sat"
    statutory: bool = True
    days_off: list[_Entry] = Field(default_factory=list)
    working_days: list[_Entry] = Field(default_factory=list)


def load_calendar(path: str | Path) -> PlantCalendar:
    """The plant calendar from the plant file; the default calendar when the file does not exist."""
    p = Path(path)
    if not p.is_file():
        return PlantCalendar()
    return parse_calendar(p.read_text(encoding="utf-8"), p.name)


def parse_calendar(text: str, name: str = "plant.yaml") -> PlantCalendar:
    """Validate the `calendar:` section of plant-file YAML; ConfigError names the file, the line and the reason."""
    try:
        root, data = compose_and_load(text, _Loader)  # a SafeLoader: builds no objects
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ConfigError(f"{name}:{mark.line + 1 if mark else 0}: YAML syntax: {exc.problem or exc}") from None
    if data is None:
        return PlantCalendar()
    if not isinstance(data, dict):
        raise ConfigError(f"{name}:1: the plant file must be a mapping of sections (calendar: …)")
    if data.get(_KEY) is None:
        return PlantCalendar()
    try:
        section = _Section.model_validate(data[_KEY])
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [_KEY, *(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}:{line_of(root, loc)}: {where}: {msg}") from None
    off = {d: i for i, span in enumerate(section.days_off) for d in span.days()}
    for i, span in enumerate(section.working_days):
        for d in span.days():
            if d in off:
                first = line_of(root, [_KEY, "days_off", off[d]])
                raise ConfigError(
                    f"{name}:{line_of(root, [_KEY, 'working_days', i])}: calendar.working_days[{i}]: {d} is also "
                    f"a day off (calendar.days_off[{off[d]}], line {first}): keep it in one list"
                )
    return PlantCalendar(
        week=section.week,
        statutory=section.statutory,
        days_off=frozenset(off),
        extra_working_days=frozenset(d for span in section.working_days for d in span.days()),
    )
