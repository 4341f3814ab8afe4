"""The plant file's standards section: optional, validated, errors naming the line; the shipped file reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from dingk3.config import Settings
from dingk3.errors import ConfigError
from dingk3.plant_standards import load_plant_standards, parse_plant_standards


def test_missing_file_or_section_declares_nothing(tmp_path: Path) -> None:
    assert load_plant_standards(tmp_path / "plant.yaml").equivalents == ()
    assert parse_plant_standards("workshops:\n  WS01: {shifts: 2}\n").equivalents == ()
    assert parse_plant_standards("standards:\n").equivalents == ()


def test_groups_as_written() -> None:
    text = "standards:\n  equivalents:\n    - [GB/T 5782, DIN 931, ISO 4014]\n    - [GB/T 93, 德标127]\n"
    assert parse_plant_standards(text).equivalents == (("GB/T 5782", "DIN 931", "ISO 4014"), ("GB/T 93", "德标127"))


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "standards:\n  equivalents:\n    - [GB/T 5782, hex bolt]\n",
            "plant.yaml:3: standards.equivalents: 'hex bolt'",
        ),
        ("standards:\n  equivalents:\n    - [GB/T 5782]\n", "plant.yaml:3: standards.equivalents: ['GB/T 5782'] names"),
        ("standards:\n  equivalent: []\n", "plant.yaml:2: standards.equivalent:"),
    ],
)
def test_errors_name_the_line_and_the_key(text: str, where: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_plant_standards(text)
    assert str(refused.value).startswith(where), str(refused.value)


def test_the_shipped_plant_file_declares_bolt_equivalents() -> None:
    groups = load_plant_standards(Settings().plant_file).equivalents
    assert ("GB/T 5782", "DIN 931", "ISO 4014") in groups
