"""Words the items holding the stated spec never write, nor any part of their material group: the wrapper a person
puts round a request (图纸上是…, …密封, 01口) cannot tell those items apart, even where another group of the catalogue
happens to write the same characters. A word read only in part (平底 beside the 平面 of another cup) is no such word:
it still says which part is meant, so the resolver asks rather than take the one that shares a character."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver

_screw = partial(part, category="标准件/螺钉")
_bearing = partial(part, category="轴承/深沟球轴承")
_cup = partial(part, category="真空元件/吸盘")
_valve = partial(part, category="气动元件/电磁阀")

CATALOGUE = [
    _screw("S.01", "内六角圆柱头螺钉", "GB/T 70.1 M12×80 12.9级 发黑"),
    _screw("S.02", "HEX SOCKET CAP SCREW GR12.9 BLACK", "M16X30 DIN912"),
    _bearing("B.01", "啤呤", "6010LLU NTN"),
    _bearing("B.02", "DEEP GROOVE BALL BEARING", "6010-2RS HRB"),
    _cup("C.01", "VACUUM CUP FLAT", "SMC ZP40US D40 VMQ"),
    _cup("C.02", "真空吸盘 带筋平面吸盘", "SMC ZP40CS Φ40 硅胶"),
    _cup("C.03", "VACUUM CUP BELLOWS", "SMC ZP40BS D40 VMQ"),
    _valve("V.01", "SOLENOID VALVE 5/2 SINGLE", "SMC SY5120-6DZ-01 DC12V"),
    _valve("V.02", "电磁阀 二位五通单电控", "SMC SY5120-5DZ-01 DC24V"),
    # other groups writing the wrapper's characters: the catalogue as a whole writes 图, 纸, 上, 是, 密封, 口, 底
    part("X.01", "O型密封圈", "20×2.5 NBR", category="密封件/O型圈"),
    part("X.02", "图纸夹 上开口", "A3", category="办公用品"),
    part("X.03", "是德示波器探头", "N2843A", category="仪器仪表"),
    part("X.04", "电机底座", "Y100L", category="机架"),  # 底 is a word of the catalogue, not of the cups
    part("X.05", "薄型气缸", "SMC CQ2B32-50DZ", category="气动元件/气缸"),
    part("X.06", "电源开关", "KCD1-101", category="电气/开关"),  # 光, 电, 开, 关 are written, 光电开关 is not
    part("X.07", "光纤放大器", "E3X-HD11", category="电气/传感器"),
]


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(CATALOGUE, tmp_path_factory.mktemp("groups") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("图纸上是M12x80 12.9级 DIN 912，仓库有吗", "S.01"),  # an engineer's wrapper; DIN 912 is GB/T 70.1
        ("图纸上是NTN 60102RS 啤呤，要2個", "B.01"),
        ("SY5120 DC12V 01口", "V.01"),  # 01口: the port the code already says
    ],
)
def test_a_wrapper_no_item_of_the_kind_writes_is_chat(plant: MaterialResolver, text: str, number: str) -> None:
    r = plant.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


def test_a_part_no_item_of_the_kind_is_is_never_chat(plant: MaterialResolver) -> None:
    assert plant.resolve("气缸 M12x80 12.9级").verdict != "resolved"  # no cylinder of that size: not the screw
    assert plant.resolve("pls check stock: cylinder M12x80 12.9").verdict != "resolved"
    assert plant.resolve("光电传感器M12*80").verdict == "not_found"  # a sensor (光电开关): no screw offered


def test_a_word_read_in_part_still_names_the_part(plant: MaterialResolver) -> None:
    r = plant.resolve("图纸上是SMC 平底吸盘 直径40 硅胶，仓库有吗")  # 平底: flat, not the ribbed 平面 cup
    assert r.verdict != "resolved"
    assert {c.number for c in r.candidates} >= {"C.01", "C.02"}


def test_a_part_added_since_the_index_was_built_reads_its_groups_words(tmp_path: Path) -> None:
    """A screw saved in K/3 after start-up sits in the change layer: the words its group writes are the whole
    group's, so the wrapper is chat for it too, and it resolves the same before and after the layer is folded in."""
    r = MaterialResolver([c for c in CATALOGUE if c.number != "S.01"], tmp_path / "index", use_vectors=False)
    r.upsert([_screw("S.03", "HEX SOCKET CAP SCREW GR12.9 BLACK", "M10X40 DIN912")])
    text = "图纸上是M10x40 12.9级 DIN 912，仓库有吗"
    before = r.resolve(text)
    r.compact()
    after = r.resolve(text)
    assert before.best is not None and before.best.number == "S.03"
    assert after.best is not None and after.best.number == "S.03"
