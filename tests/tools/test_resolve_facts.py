"""A resolved answer holds every fact the phrase states: a stated material, finish, DN (as a dash size), end shape
or length the item contradicts is a veto, and one no rule could read makes the resolver ask."""

from __future__ import annotations

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver

_m = part


CATALOG = [
    _m("F.01", "冷压端子", "UT10-12 紫铜镀锡"),
    _m("F.02", "冷压端子", "UT10-12 黄铜"),
    _m("F.03", "液压胶管总成", "GB/T 3683 1SN DN16 L=2050 DKOL/DKOL"),
    _m("F.04", "液压胶管总成", "GB/T 3683 1SN DN25 L=2050 DKOL/DKOL"),
    _m("F.05", "液压胶管总成", "GB/T 3683 2SN DN8 L=2900 JIC母/90°JIC母"),
    _m("F.06", "液压胶管总成", "GB/T 3683 2SN DN8 L=2900 JIC母/JIC母"),
    _m("F.07", "六角头螺栓", "GB/T 5782 M12×45 8.8级 镀彩锌"),
    _m("F.08", "六角头螺栓", "GB/T 5782 M12×45 8.8级 蓝白锌"),
    _m("F.09", "双头螺柱", "GB/T 898 M20×60 10.9级 达克罗"),
    _m("F.10", "双头螺柱", "GB/T 898 M20×130 10.9级 达克罗"),
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(CATALOG, tmp_path_factory.mktemp("facts") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("UT10-12黄铜冷压端子", "F.02"),  # brass, not tinned red copper
        ("GB 3683 1SN -16 L=2050 DKOL/DKOL 胶管总成", "F.04"),  # -16 is DN25
        ("国标3683 液压胶管总成 2SN DN8 长2900 JIC母/JIC母", "F.06"),  # both ends straight
        ("M十二乘四十五 GB5782 八点八级 彩色锌 螺栓", "F.07"),  # 彩色锌 is 彩锌
        ("GB八九八 螺柱 m二十 六十 十点九级 达克罗", "F.09"),  # the length said apart
    ],
)
def test_stated_facts_pick_the_item(parts: MaterialResolver, text: str, number: str) -> None:
    r = parts.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


def test_a_figure_no_rule_reads_asks(parts: MaterialResolver) -> None:
    assert parts.resolve("GB八九八 螺柱 m二十 六十 十点九级 达克罗").verdict == "resolved"
    # a figure standing alone that no rule took as a length, grade or count: ask
    assert parts.resolve("GB八九八 双头螺柱 m二十 gr10.9 达克罗 六十五").verdict != "resolved"
