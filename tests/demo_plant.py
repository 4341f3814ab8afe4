"""The demo plant's words for tests that call the parser directly: the workshops of its K/3 catalogue
(dingk3/defaults/demo-factory/workshops.csv) with the nicknames of its plant file (dingk3/defaults/plant.yaml), read
as the agent reads them. The parser itself knows no plant's workshops."""

from __future__ import annotations

import csv
from functools import cache

from agent.nlu.vocabulary import Vocabulary, build_vocabulary
from dingk3.paths import DEFAULT_PLANT_FILE, DEMO_DATA_DIR
from dingk3.plant import load_plant_workshops

__all__ = ["demo_vocabulary"]


@cache
def demo_vocabulary() -> Vocabulary:
    """The demo plant's workshop names, nicknames and number shape (no calendar: tests that count working days
    give their own)."""
    plant = load_plant_workshops(DEFAULT_PLANT_FILE).workshops
    with (DEMO_DATA_DIR / "workshops.csv").open(encoding="utf-8") as f:
        rows = [(r["number"], r["name"]) for r in csv.DictReader(f)]
    nicknames = {number: plant[number].aliases if number in plant else () for number, _ in rows}
    return build_vocabulary((number, name, nicknames[number]) for number, name in rows)
