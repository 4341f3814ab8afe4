"""The plant file's `standards:` section: standard designations the plant treats as one part (GB/T 5782 = DIN 931).

    standards:
      equivalents:
        - [GB/T 5782, DIN 931, ISO 4014]

A phrase naming one of them finds a material that holds another, after one that holds the very one named.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

from dingk3.yamlfile import load_yaml, parse_yaml

__all__ = ["PlantStandards", "load_plant_standards", "parse_plant_standards"]


class Standards(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    equivalents: tuple[tuple[str, ...], ...] = ()

    @field_validator("equivalents")
    @classmethod
    def _designations(cls, groups: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
        from tools.resolve.lexicon import equivalence_groups  # the resolver's own reading of a designation

        for group in groups:
            if len(group) < 2:
                raise ValueError(f"{list(group)} names one standard: a group of equivalents needs two or more")
        equivalence_groups(groups)  # ValueError naming an entry that is no designation
        return groups


class PlantStandards(BaseModel):
    """The file as this loader sees it: only `standards:`."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    standards: Standards = Standards()

    @field_validator("standards", mode="before")
    @classmethod
    def _empty_section(cls, value: object) -> object:
        return {} if value is None else value

    @property
    def equivalents(self) -> tuple[tuple[str, ...], ...]:
        return self.standards.equivalents


def parse_plant_standards(text: str, name: str = "plant.yaml") -> PlantStandards:
    return parse_yaml(text, PlantStandards, name)


def load_plant_standards(path: Path) -> PlantStandards:
    """The `standards:` section of the plant file; none declared when the file does not exist (it is optional)."""
    return load_yaml(path, PlantStandards)
