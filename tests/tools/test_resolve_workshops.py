"""Workshop resolver: names, aliases, numbers, Chinese/Arabic numerals, English, 我们车间."""

from __future__ import annotations

import pytest

from dingk3.paths import DEMO_DATA_DIR
from tools.k3.models import Workshop
from tools.resolve import WorkshopResolver


@pytest.fixture(scope="module")
def shops() -> WorkshopResolver:
    return WorkshopResolver.from_csv(DEMO_DATA_DIR / "workshops.csv")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("一车间", "WS01"),  # alias
        ("机加一", "WS01"),
        ("机加1", "WS01"),  # Arabic numeral for 一
        ("1车间", "WS01"),
        ("机加一车间", "WS01"),  # K/3 name
        ("WS02", "WS02"),  # K/3 number
        ("ws03", "WS03"),
        ("装配", "WS03"),
        ("总装", "WS03"),
        ("assembly shop", "WS03"),  # English with a shop word
        ("heat treatment", "WS04"),
        ("熱處理", "WS04"),  # traditional characters
        ("涂装", "WS05"),
        ("machining 2", "WS02"),
        ("装配车间的", "WS03"),  # chat filler
    ],
)
def test_resolves(shops: WorkshopResolver, text: str, number: str) -> None:
    r = shops.resolve(text)
    assert (r.verdict, r.best and r.best.number) == ("resolved", number)


def test_our_workshop_is_the_requesters(shops: WorkshopResolver) -> None:
    r = shops.resolve("我们车间", own_workshop="WS02")
    assert r.best is not None and r.best.number == "WS02"
    r = shops.resolve("本车间", own_workshop="WS05")
    assert r.best is not None and r.best.number == "WS05"


def test_our_workshop_unknown_asks(shops: WorkshopResolver) -> None:
    r = shops.resolve("我们车间")
    assert r.verdict == "ambiguous" and len(r.candidates) == 5


@pytest.mark.parametrize("text", ["三车间", "仓库", "喷砂车间"])
def test_not_found(shops: WorkshopResolver, text: str) -> None:
    assert shops.resolve(text).verdict == "not_found"


def test_replaced_from_k3_with_the_plant_files_nicknames() -> None:
    shops = WorkshopResolver.from_csv(DEMO_DATA_DIR / "workshops.csv")
    k3 = [Workshop(number="WS01", name="机加一车间"), Workshop(number="WS06", name="焊接车间")]
    shops.replace(k3, {"WS01": ["一车间"], "WS06": ["焊接"]})
    assert shops.resolve("焊接").best.number == "WS06"  # type: ignore[union-attr]
    assert shops.resolve("一车间").best.number == "WS01"  # type: ignore[union-attr]
    assert shops.resolve("装配车间").verdict == "not_found"  # gone from K/3
