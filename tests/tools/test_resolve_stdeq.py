"""An equivalent standard is a fallback: when the phrase names a standard (DIN933, 德标933, GB 5783, 国标5783,
GB/T 5783-2016) and an item holds exactly that one and fits the rest, an item holding only an equivalent of it is
never resolved over it, however many more of the phrase's other words its name shares."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver

_m = partial(part, category="紧固件")


# each size held twice, once under the GB standard and once under its DIN / ISO twin, one of them written in English
# ("hex head screw": the trade's name of a DIN 933 / ISO 4017 part, a hex bolt, whatever "screw" says loosely)
TWINS = [
    _m("21.01.0001", "六角头螺栓 全螺纹", "GB/T 5783-2016 M10×25 8.8级 镀蓝白锌"),
    _m("21.01.0002", "Hex head screw full thread", "DIN 933 M10x25 Gr.8.8 blue zinc"),
    _m("21.01.0003", "六角螺絲(全牙)", "M16x60 10.9級 發黑 DIN933"),
    _m("21.01.0004", "Hex head screw", "GB/T 5783 M16x60 Gr.10.9 black oxide"),
    _m("21.01.0005", "六角头螺栓 全螺纹", "GB/T 5783-2016 M20×80 A2-70"),
    _m("21.01.0006", "Hexagon head screw", "ISO 4017 M5x12 A2-70"),
    _m("21.01.0007", "外六角螺丝", "GB5783 M5×12 A2-70"),
    _m("21.01.0008", "Hex head screw", "DIN 912 M8x20 12.9"),  # a socket screw's standard: "hex" said loosely
]


@pytest.fixture(scope="module")
def twins(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(TWINS, tmp_path_factory.mktemp("stdeq") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("M10X25 8.8 蓝白锌 DIN933 外六角 有货吗", "21.01.0002"),  # the GB item's name shares more words
        ("德标933 M10x25 8.8级 蓝白锌 六角头螺栓", "21.01.0002"),
        ("din 933 M10x25 8.8 镀锌", "21.01.0002"),
        ("GB/T 5783-2016 M10×25 8.8 blue zinc hex bolt", "21.01.0001"),
        ("国标5783 外六角螺丝 M16X60 10.9 发黑", "21.01.0004"),
        ("GB 5783 M16x60 10.9级 發黑 全牙外六角", "21.01.0004"),
        ("DIN 933 M16x60 10.9级 发黑 全牙外六角", "21.01.0003"),
        ("ISO 4017 M5x12 A2-70 外六角", "21.01.0006"),
        ("GB 5783 M5x12 A2-70 外六角螺丝", "21.01.0007"),
    ],
)
def test_the_standard_named_beats_its_equivalent(twins: MaterialResolver, text: str, number: str) -> None:
    r = twins.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("DIN933 M20x80 A2-70 外六角螺栓", "21.01.0005"),  # no DIN 933 of that size: its GB twin will do
        ("ISO 4017 M20x80 A2-70", "21.01.0005"),
    ],
)
def test_an_equivalent_stands_in_when_no_item_holds_the_standard_named(
    twins: MaterialResolver, text: str, number: str
) -> None:
    r = twins.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


def test_the_standard_s_kind_only_refines_a_loose_word(twins: MaterialResolver) -> None:
    # "screw" written of a DIN 933 part is its hex bolt; of a DIN 912 one it stays a socket screw, never a hex bolt
    assert twins.resolve("外六角螺栓 DIN 912 M8x20 12.9").best is None
    socket = twins.resolve("内六角螺钉 DIN 912 M8x20 12.9").best
    assert socket is not None and socket.number == "21.01.0008"


def test_without_a_standard_named_both_twins_are_offered(twins: MaterialResolver) -> None:
    r = twins.resolve("外六角螺栓 M16x60 10.9 发黑")
    assert r.verdict == "ambiguous" and {c.number for c in r.candidates} >= {"21.01.0003", "21.01.0004"}


def test_a_standard_named_picks_its_item_in_a_catalogue_of_one_pair(tmp_path: Path) -> None:
    pair = [
        _m("22.01.0001", "六角头螺栓", "GB/T 5782 M12x60 8.8级 镀锌"),
        _m("22.01.0002", "Hex head bolt", "DIN 931 M12x60 8.8 zinc"),
    ]
    r = MaterialResolver(pair, tmp_path / "index", use_vectors=False)
    assert r.resolve("DIN931 六角头螺栓 M12x60 8.8 镀锌").best.number == "22.01.0002"  # type: ignore[union-attr]
    assert r.resolve("GB5782 hex head bolt M12x60 8.8 zinc").best.number == "22.01.0001"  # type: ignore[union-attr]
