"""A catalogue version built from the one before it equals the same catalogue built from scratch."""

from __future__ import annotations

import random

import numpy as np
import pytest

from dingk3.paths import DEMO_DATA_DIR
from tools.k3.models import Material
from tools.resolve.catalog import load_catalog
from tools.resolve.index import Base, CatalogIndex

MATERIALS = load_catalog(DEMO_DATA_DIR / "materials.csv")
BY_NUMBER = {m.number: m for m in MATERIALS}


@pytest.fixture(scope="module")
def base() -> Base:
    return Base.build(MATERIALS)


def _changes(rnd: random.Random, known: list[str]) -> list[Material]:
    out = []
    for _ in range(rnd.randint(1, 12)):
        m = BY_NUMBER[rnd.choice(known)]
        kind = rnd.random()
        if kind < 0.4:
            out.append(m.model_copy(update={"spec": m.spec + rnd.choice(["-A", "-B", ""])}))  # "" puts it back
        elif kind < 0.6:
            out.append(m.model_copy(update={"forbidden": rnd.random() < 0.5, "audited": rnd.random() < 0.5}))
        else:
            n = f"09.09.{rnd.randint(0, 30):04d}"
            out.append(Material(number=n, name="新物料", spec=f"N-{rnd.randint(0, 3)}", category="产成品"))
    return out


@pytest.mark.parametrize("seed", range(8))
def test_stepwise_versions_equal_one_built_from_scratch(base: Base, seed: int) -> None:
    rnd = random.Random(seed)
    index = CatalogIndex.of(base)
    known = [m.number for m in MATERIALS]
    for _ in range(15):
        nxt, _changed = index.changed(_changes(rnd, known))
        index = nxt or index
    scratch = CatalogIndex(base, index.materials, index.hashes)
    assert index.numbers == scratch.numbers and index.delta_numbers == scratch.delta_numbers
    assert index.row == scratch.row and index.row_ci == scratch.row_ci
    assert np.array_equal(index.live, scratch.live) and np.array_equal(index.producible, scratch.producible)
    assert set(index.row) == set(index.materials)
    for key in ("bom2050", "hv2050", "新物料n1"):
        assert index.seeded(key) == scratch.seeded(key)
