"""The plant file's workshops section: optional, validated, errors naming the line; the demo's agrees with its data."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dingk3.config import Settings
from dingk3.errors import ConfigError
from dingk3.paths import DEMO_DATA_DIR
from dingk3.plant import load_plant_workshops, parse_plant_workshops


def test_missing_file_means_no_plant_facts(tmp_path: Path) -> None:
    assert load_plant_workshops(tmp_path / "plant.yaml").workshops == {}


def test_other_sections_belong_to_other_loaders() -> None:
    plant = parse_plant_workshops("calendar:\n  shutdown: [2026-10-01]\nworkshops:\n  '101': {shifts: 2}\n")
    assert plant.workshops["101"].shifts == 2 and plant.workshops["101"].daily_capacity is None


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("workshops:\n  WS01:\n    daily_capacity: -5\n", "plant.yaml:3: workshops.WS01.daily_capacity:"),
        ("workshops:\n  WS01: {shifts: 2}\n  WS02:\n    capacity: 300\n", "plant.yaml:4: workshops.WS02.capacity:"),
        ("workshops:\n  WS01:\n    aliases: [一车间, '']\n", "plant.yaml:3: workshops.WS01.aliases:"),
        ("workshops: [WS01]\n", "plant.yaml:1: workshops:"),
        ("workshops:\n  WS01: {shifts: [}\n", "plant.yaml:2: YAML syntax"),
    ],
)
def test_errors_name_the_line_and_the_key(text: str, where: str) -> None:
    with pytest.raises(ConfigError) as refused:
        parse_plant_workshops(text)
    assert str(refused.value).startswith(where), str(refused.value)


def test_the_demo_plant_file_says_what_the_demo_data_says() -> None:
    plant = load_plant_workshops(Settings().plant_file)
    with (DEMO_DATA_DIR / "workshops.csv").open(encoding="utf-8") as f:
        rows = {r["number"]: r for r in csv.DictReader(f)}
    assert set(plant.workshops) == set(rows)
    for number, p in plant.workshops.items():
        row = rows[number]
        assert list(p.aliases) == row["aliases"].split(";")
        assert (p.daily_capacity, p.shifts) == (float(row["daily_capacity"]), int(row["shifts"]))
