"""A code's letters are part of it: SS / S before a bearing's number says stainless (SS6203-2RS is the catalogue's
S6203-2RS, not the plain 6203-2RS), and a code only one item holds as written (QGBZ63) is that item, not one holding
only its number behind other letters (the SC63 cylinder's kit)."""

from __future__ import annotations

from functools import partial

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver

_m = partial(part, category="备件")


PARTS = [
    _m("31.01.0001", "深沟球轴承", "6203-2RS 人本"),
    _m("31.01.0002", "Stainless deep groove ball bearing", "S6203-2RS 人本"),
    _m("31.01.0003", "深沟球轴承", "6805-ZZ NSK"),
    _m("31.02.0001", "气缸修理包", "SC63 亚德客"),
    _m("31.02.0002", "Cylinder seal kit", "QGBZ63 国产"),
    _m("31.02.0003", "气缸修理包", "SC80 亚德客"),
    _m("31.03.0001", "油缸", "HSG-63/35*300(耳环)"),
    _m("31.03.0002", "液压油缸", "HSG 63/35x300-中间耳轴"),  # HSG written apart: still the HSG63/35x300
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(PARTS, tmp_path_factory.mktemp("heads") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("深溝滾珠軸承 SS6203-2RS 人本", "31.01.0002"),  # stainless said as SS, written S
        ("S6203-2RS 轴承", "31.01.0002"),
        ("气缸修理包 QGBZ63 还有吗", "31.02.0002"),  # the only QGBZ63, though the SC63 kit's name says more
        ("SC63 气缸修理包", "31.02.0001"),
        ("中间耳轴 液压油缸 HSG63/35x300", "31.03.0002"),
        ("HSG63/35x300 耳环 油缸", "31.03.0001"),
    ],
)
def test_a_code_s_letters_pick_the_part(parts: MaterialResolver, text: str, number: str) -> None:
    r = parts.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


def test_a_stainless_code_no_item_holds_is_not_its_plain_bearing(parts: MaterialResolver) -> None:
    # no S6805-ZZ in the catalogue: the plain 6805-ZZ is still offered (the SS may be a typo), as before
    r = parts.resolve("SS6805-ZZ 轴承")
    assert r.candidates and r.candidates[0].number == "31.01.0003"
