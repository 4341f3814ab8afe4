"""Typed the way chat types it: a trade word with one character an input method offers in its place, English with
two letters swapped, a cap screw whose standard says which, a stainless part said 本色, and a fact only one item
states beating one silent on it."""

from __future__ import annotations

import pytest

from tools.k3.models import Material
from tools.resolve import MaterialResolver
from tools.resolve.homophones import misspellings


def _m(number: str, name: str, spec: str, *aliases: str) -> Material:
    return Material(number=number, name=name, spec=spec, unit="PCS", category="标准件", aliases=aliases)


CATALOG = [
    _m("T.01", "达克罗外六角全牙螺栓", "M16*50"),
    _m("T.02", "HEX FLANGE BOLT", "GBT5787 M16X50 DAC"),
    _m("T.03", "沉头内六角螺钉", "M6x25 316 A4-70"),
    _m("T.04", "内六角圆柱头螺钉", "M6x25 316 A4-70"),
    _m("T.05", "HEX BOLT FULL THREAD", "DIN933 M10X45 CL8.8 YZP"),
    _m("T.06", "SOCKET HEAD CAP SCREW", "DIN912 M10X45 CL8.8 BO"),
    _m("T.07", "Y型密封圈", "UN 45*55*6"),
    _m("T.08", "弹簧垫圈", "M20 65Mn 发黑"),
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(CATALOG, tmp_path_factory.mktemp("typos") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("全牙螺栓 M16x50 达克罗", "T.01"),  # the flange bolt says nothing of its thread: the lesser
        ("不锈钢316 沉头内六角螺丁 M6*25 本色", "T.03"),  # 螺丁 for 螺钉; 本色 of a stainless part
        ("内六角园柱头螺钉 M6x25 A4-70", "T.04"),  # 园 for 圆
        ("cap screw DIN933 M10x45 yellow zinc", "T.05"),  # the standard says which cap screw
        ("cap screw DIN912 M10x45 black oxide", "T.06"),
        ("Y行圈 45x55x6", "T.07"),
        ("spring wahser M20 blk", "T.08"),  # two letters swapped; BLK an ERP's black
    ],
)
def test_typed_as_chat_types_it(parts: MaterialResolver, text: str, number: str) -> None:
    r = parts.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number, r


def test_misspellings_are_never_a_word_of_their_own() -> None:
    out = misspellings(["螺钉", "螺丁", "washer", "bolt"])
    assert out["螺顶"] == "螺钉" and "螺丁" not in out  # 螺丁 is a known word here
    assert out["wahser"] == "washer" and out["blot"] == "bolt"
