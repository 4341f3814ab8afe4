"""A Guangdong packaging plant's counter: a Cantonese storekeeper's names (杯头罗丝, 啤呤, 风缸, O令), parts named by
their sizes rather than their codes, and the self-corrections a mechanic says aloud. Each a thing the resolver got wrong
or could not read on the tenth blind catalogue, on a catalogue of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver

_m = part


COUNTER = [
    _m("G.01", "内六角圆柱头螺钉", "GB/T 70.1 M6×25 10.9级 发黑"),
    _m("G.02", "内六角半圆头螺钉", "GB/T 70.2 M6×25 10.9级 发黑"),
    _m("G.03", "薄头内六角螺丝", "DIN 7984 M10×20 A2-70"),
    _m("G.04", "304平头杯头罗丝", "M10*20"),
    _m("G.05", "六角螺母", "GB/T 6170 M4 A2-70"),
    _m("G.06", "啤呤", "6305 人本"),
    _m("G.07", "深沟球轴承", "人本 6305-2RS"),
    _m("G.08", "哈轴轴承", "6003-2Z 旧号80003"),
    _m("G.09", "哈轴轴承", "6003 旧号103"),
    _m("G.10", "O型密封圈", "44×3 EPDM"),
    _m("G.11", "O型密封圈", "50×3 EPDM"),
    _m("G.12", "带导杆气缸", "SMC MGPM40-20Z 缸径40 行程20"),
    _m("G.13", "带导杆气缸", "SMC MGPM40-25Z 缸径40 行程25"),
    _m("G.14", "内六角圆柱头螺钉", "GB/T 70.1 M4×8 12.9级 发黑"),
    _m("G.15", "内六角圆柱头螺钉", "GB/T 70.1 M4×40 12.9级 发黑"),
]


@pytest.fixture(scope="module")
def counter(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(COUNTER, tmp_path_factory.mktemp("counter") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("M6x25 10.9 圆头杯头罗丝 放边个货架", "G.02"),  # 杯头 is any socket head: 圆头 says which
        ("帮我睇下M十乘二十 三零四矮杯头仲有几多", "G.03"),  # 矮杯头: the low head
        ("BALL BEARING 6305 RUBBER SEALED C&U - how many in store?", "G.07"),  # rubber sealed is 2RS
        ("喂，17*35*10 2Z 哈轴 轴承仓库有吗", "G.08"),  # a ball bearing by its sizes: 6003
        ("喂，食品级 三元乙丙O型圈 外径50 线径3仓库有吗", "G.10"),  # outer 50 less twice 3: inner 44
        ("smc 導杆風缸 缸徑四十 行程二十 仲有冇呀", "G.12"),
        ("12.9級 M四乘四十，唔系，M四乘八 杯頭有冇貨", "G.14"),  # 唔系: the 8 stands, not the 40
    ],
)
def test_the_counters_words_name_the_part(counter: MaterialResolver, text: str, number: str) -> None:
    r = counter.resolve(text)
    assert r.best is not None and r.best.number == number


def test_a_wing_nut_is_no_hex_nut(counter: MaterialResolver) -> None:
    assert counter.resolve("羊角螺母 M4 304，下周要12个，仓库有没有").verdict != "resolved"


def test_a_size_names_no_bearing_another_already_is(tmp_path: Path) -> None:
    rollers = [_m("R.01", "圆柱滚子轴承", "NU206 30×62×16"), _m("R.02", "轴承", "6206 哈轴")]
    r = MaterialResolver(rollers, tmp_path / "index", use_vectors=False)
    assert r.resolve("轴承6206").best is not None and r.resolve("轴承6206").best.number == "R.02"  # type: ignore[union-attr]
