"""The plant file's `workshops:` section: what K/3 does not hold about a workshop (nicknames, capacity, shifts).

Other sections of the same file (the calendar, …) belong to their own loaders; this one ignores them.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dingk3.yamlfile import load_yaml, parse_yaml

__all__ = ["PlantWorkshop", "PlantWorkshops", "load_plant_workshops", "parse_plant_workshops"]


class PlantWorkshop(BaseModel):
    """One K/3 workshop, by its number: the names people use for it and what it can make in a working day."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    aliases: tuple[str, ...] = ()
    daily_capacity: float | None = Field(default=None, ge=0)  # pieces per working day, all shifts; none: no check
    shifts: int = Field(default=1, ge=1, le=4)

    @field_validator("aliases")
    @classmethod
    def _no_blank_alias(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not a.strip() for a in value):
            raise ValueError("an alias is empty")
        return tuple(a.strip() for a in value)


class PlantWorkshops(BaseModel):
    """The file as this loader sees it: only `workshops:`, keyed by K/3 workshop number."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    workshops: dict[str, PlantWorkshop] = {}

    @field_validator("workshops", mode="before")
    @classmethod
    def _numbers_are_text(cls, value: object) -> object:
        if value is None:
            return {}
        if isinstance(value, dict):
            return {str(k): {} if v is None else v for k, v in value.items()}
        return value


def parse_plant_workshops(text: str, name: str = "plant.yaml") -> PlantWorkshops:
    return parse_yaml(text, PlantWorkshops, name)


def load_plant_workshops(path: Path) -> PlantWorkshops:
    """The `workshops:` section of the plant file; none when the file does not exist (it is optional)."""
    return load_yaml(path, PlantWorkshops)
