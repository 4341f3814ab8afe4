"""Standard parts as a plant's K/3 holds them, named the way the trade does: the exact code wins over a longer one,
designations, grades, materials and sizes in any spelling, the plant's equivalent standards, and a question
rather than a guess when the phrase fits several parts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.k3.models import Material
from tools.resolve import MaterialResolver


def _m(number: str, name: str, spec: str, *aliases: str) -> Material:
    return Material(number=number, name=name, spec=spec, unit="PCS", category="原材料", aliases=aliases)


CATALOG = [
    _m("03.01.0001", "六角头螺栓", "GB/T 5782-2016 M8×30 8.8级 镀锌"),
    _m("03.01.0002", "六角头螺栓", "GB/T 5782-2016 M8×30 10.9级 镀锌"),
    _m("03.01.0003", "外六角螺栓 M10*40", "GB5782 8.8级 发黑"),
    _m("03.01.0004", "不锈钢304外六角螺栓", "M10×40 A2-70", "LSM1040"),
    _m("03.01.0005", "Hex bolt DIN931", "M12x50 8.8 zinc plated"),
    _m("03.01.0006", "六角头螺栓 全螺纹", "GB/T 5783 M12×50 8.8级 镀锌"),
    _m("03.01.0007", "内六角圆柱头螺钉", "GB/T 70.1 M6x20 12.9级 发黑"),
    _m("03.01.0008", "内六角紧定螺钉", "GB/T 77 M6x20 12.9级 发黑"),
    _m("03.01.0009", "六角螺母", "GB/T 6170 M16 8级 镀锌"),
    _m("03.02.0001", "深沟球轴承", "6204"),
    _m("03.02.0002", "深沟球轴承", "6204-2RS"),
    _m("03.02.0003", "深沟球轴承", "6204ZZ"),
    _m("03.02.0004", "深沟球轴承", "6205-2RS"),
    _m("03.03.0001", "O型圈", "20×2.5 丁腈"),
    _m("03.03.0002", "O型圈", "20×3.1 丁腈"),
    _m("03.03.0003", "骨架油封", "TC 25*40*7 NBR"),
    _m("05.01.0001", "支架", "X-115"),
    _m("05.01.0002", "支架", "X-115B"),
]
EQUIVALENTS = [["GB/T 5782", "DIN 931", "ISO 4014"], ["GB/T 70.1", "DIN 912"]]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(CATALOG, tmp_path_factory.mktemp("stdparts") / "index", equivalents=EQUIVALENTS)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("X-115", "05.01.0001"),  # the exact code, not the longer X-115B that starts with it
        ("X-115B", "05.01.0002"),
        ("支架X115", "05.01.0001"),
        ("6204", "03.02.0001"),  # the open bearing, not 6204-2RS or 6204ZZ
        ("轴承6204", "03.02.0001"),
        ("6204 2RS轴承", "03.02.0002"),
        ("62042RS", "03.02.0002"),
        ("轴承6204-2Z", "03.02.0003"),
        ("6205 軸承", "03.02.0004"),  # traditional characters, the only 6205
        ("螺栓M8x30 8.8级", "03.01.0001"),
        ("六角螺栓 m8-30 grade 10.9", "03.01.0002"),
        ("国标5782 M8长30 10.9", "03.01.0002"),
        ("GB 5782-2000 M8*30 8.8", "03.01.0001"),
        ("螺栓M10x40 304", "03.01.0004"),  # A2-70 is 304 stainless
        ("SS304 hex bolt M10*40", "03.01.0004"),
        ("M10×40 发黑螺栓", "03.01.0003"),
        ("DIN 931 M10x40 发黑", "03.01.0003"),  # the plant's equivalent of GB 5782
        ("德标931 M12*50", "03.01.0005"),  # the very standard named wins over an equivalent…
        ("全螺纹螺栓 M12x50", "03.01.0006"),
        ("内六角螺丝 M6*20", "03.01.0007"),  # a cap screw, not the set screw 内六角紧定螺钉
        ("DIN912 M6x20 12.9", "03.01.0007"),
        ("螺母M16 镀锌", "03.01.0009"),
        ("O型圈 20*2.5", "03.03.0001"),
        ("O形圈Φ20×2.5", "03.03.0001"),
        ("油封TC25x40x7", "03.03.0003"),
        ("油封 25*40*7", "03.03.0003"),
        ("LSM1040", "03.01.0004"),  # a mnemonic code
    ],
)
def test_the_trade_s_names_resolve(parts: MaterialResolver, text: str, number: str) -> None:
    r = parts.resolve(text)
    assert (r.verdict, r.best and r.best.number) == ("resolved", number), r.candidates[:3]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("螺栓 M8x30", {"03.01.0001", "03.01.0002"}),  # two grades and none said: ask, listing both
        ("GB5782 M8*30 镀锌", {"03.01.0001", "03.01.0002"}),
        ("M12x50 8.8 镀锌 螺栓", {"03.01.0005", "03.01.0006"}),  # partly or fully threaded: not said
        ("轴承6204 密封", None),
        ("O型圈 20", {"03.03.0001", "03.03.0002"}),
    ],
)
def test_a_phrase_fitting_several_parts_asks(parts: MaterialResolver, text: str, numbers: set[str] | None) -> None:
    r = parts.resolve(text, limit=10)
    assert r.verdict in ("ambiguous", "not_found") and r.best is None
    if numbers is not None:
        assert r.verdict == "ambiguous" and {c.number for c in r.candidates} == numbers


@pytest.mark.parametrize(
    "text",
    [
        "螺栓M8x33 8.8级",  # a length nobody makes
        "螺栓M8x30 12.9级",  # a grade the catalogue does not hold
        "热镀锌螺栓M10x40",  # 发黑 and A2-70 are not hot-dip galvanised
        "6299-2RS",
        "O型圈 20x2.4",
        "X-116",
    ],
)
def test_no_part_fits_no_answer(parts: MaterialResolver, text: str) -> None:
    r = parts.resolve(text)
    assert r.verdict == "not_found" and r.best is None


def test_well_known_equivalents_need_no_declaring_and_others_are_no_match(tmp_path: Path) -> None:
    plain = MaterialResolver(CATALOG, tmp_path / "index", use_vectors=False)
    assert plain.resolve("DIN 931 M10x40 发黑").best.number == "03.01.0003"  # type: ignore[union-attr]
    assert plain.resolve("ISO 4762 M6x20 12.9").best.number == "03.01.0007"  # type: ignore[union-attr]
    assert plain.resolve("JIS B1176 M6x20 12.9").best.number == "03.01.0007"  # type: ignore[union-attr]
    assert plain.resolve("DIN 933 M10x40 发黑").verdict == "not_found"  # full thread: another bolt than GB 5782
    assert plain.resolve("GB5782 M10x40 发黑").best.number == "03.01.0003"  # type: ignore[union-attr]


BRANDS = [
    _m("04.01.0001", "轴承", "6000 10×26×8 NTN"),
    _m("04.01.0002", "深沟轴承", "NTN 6000LLU"),
    _m("04.01.0003", "深沟球轴承", "SKF 6000"),
    _m("04.01.0004", "轴承(C&U人本)", "6205"),
    _m("04.01.0005", "深沟球轴承", "6205 哈轴"),
    _m("04.01.0006", "轴承(SKF)", "6906-2RS1/C3"),
    _m("04.01.0007", "Deep groove ball bearing", "SKF 6906-2RSH/C3"),
    _m("04.01.0008", "深沟球轴承", "6310 NSK"),
    _m("03.04.0001", "平垫圈", "GB/T97.1 M30"),
    _m("03.04.0002", "不锈钢平垫圈", "GB/T97.1 M30 SUS304"),
    _m("03.05.0001", "轴用弹性挡圈", "φ18 GB/T 894"),
    _m("03.05.0002", "孔用卡簧", "GB 893 18"),
    _m("03.01.0101", "六角头螺栓", "M36x220 GB/T5782 SS201"),
    _m("03.01.0102", "全牙外六角螺栓-GB/T5783", "201 M36X220"),
]


@pytest.fixture(scope="module")
def brands(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(BRANDS, tmp_path_factory.mktemp("brands") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("6000 NTN 深沟轴承 还有库存吗", "04.01.0001"),  # the open NTN 6000, not the NTN 6000LLU nor SKF's
        ("人本C&U 6205", "04.01.0004"),  # C&U is 人本: the 哈轴 6205 is another maker's
        ("6205 哈尔滨", "04.01.0005"),
        ("帮我查下深沟球轴承6906-2RS1/C3 斯凯孚", "04.01.0006"),  # the maker's own seal code picks it
        ("平垫圈M30不镀", "03.04.0001"),  # unplated is plain carbon steel, not the stainless one
        ("領2隻φ18軸用卡簧", "03.05.0001"),  # for a shaft, not the bore circlip
        ("帮我查下M36长220 SS201 半牙外六角螺丝", "03.01.0101"),  # GB/T 5782 is partly threaded, 5783 fully
    ],
)
def test_stated_facts_pick_the_part(brands: MaterialResolver, text: str, number: str) -> None:
    r = brands.resolve(text)
    assert (r.verdict, r.best and r.best.number) == ("resolved", number), r.candidates[:3]


@pytest.mark.parametrize(
    "text",
    [
        "6310 FAG",  # another maker's 6310: never the NSK one
        "深沟球轴承 6205 SKF",
        "6000 NSK",
        "平垫圈 M30 镀锌",  # neither washer says it is zinc plated: ask, never guess
    ],
)
def test_a_fact_no_part_holds_is_never_resolved(brands: MaterialResolver, text: str) -> None:
    assert brands.resolve(text).best is None


def test_two_makers_seal_codes_are_one_seal_when_no_maker_is_said(brands: MaterialResolver) -> None:
    r = brands.resolve("6906-2RS C3 深沟球轴承")
    assert r.verdict == "ambiguous" and {c.number for c in r.candidates[:2]} == {"04.01.0006", "04.01.0007"}


WASHERS = [
    _m("06.01.0001", "平垫圈-GB/T97.1", "SS316 Φ12"),
    _m("06.01.0002", "316平垫圈(DIN125)", "SS316 M12"),
    _m("06.01.0003", "止动垫圈", "GB/T 858 Φ45 镀锌"),
]


def test_a_standard_named_is_not_settled_by_its_equivalent_when_an_item_holds_it(tmp_path: Path) -> None:
    r = MaterialResolver(WASHERS, tmp_path / "index", use_vectors=False)
    asked = r.resolve("平垫圈M12 316 GB/T97.1")  # the GB item writes Φ12: not the DIN one outright
    assert asked.verdict == "ambiguous" and {c.number for c in asked.candidates} >= {"06.01.0001", "06.01.0002"}
    assert r.resolve("平垫圈M12 316 DIN125").best.number == "06.01.0002"  # type: ignore[union-attr]


def test_a_washer_s_size_is_its_bolt_s(tmp_path: Path) -> None:
    r = MaterialResolver(WASHERS, tmp_path / "index", use_vectors=False)
    assert r.resolve("M45 圆螺母止动垫圈").best.number == "06.01.0003"  # type: ignore[union-attr]


CODED = [
    _m("07.01.0001", "滤芯", "0060D020BN4HC HYDAC"),
    _m("07.01.0002", "滤芯", "0060D010BN4HC HYDAC"),
    _m("07.02.0001", "六角螺栓 GB/T5783", "M20X45 10.9 镀锌", "01010-82045"),
    _m("07.03.0001", "深沟球轴承", "6205-2RS SKF"),
]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("液压回油滤芯 0060D020BN4HC", "07.01.0001"),  # words the name lacks: the code alone names it
        ("小松件号 01010-82045", "07.02.0001"),  # the machine maker whose number it is
    ],
)
def test_a_code_only_one_item_holds_names_it_whatever_else_is_said(tmp_path: Path, text: str, number: str) -> None:
    r = MaterialResolver(CODED, tmp_path / "index", use_vectors=False)
    assert r.resolve(text).best.number == number  # type: ignore[union-attr]


def test_a_code_held_by_one_item_still_obeys_the_facts_said(tmp_path: Path) -> None:
    r = MaterialResolver(CODED, tmp_path / "index", use_vectors=False)
    assert r.resolve("NSK 6205-2RS 轴承").best is None  # another maker
    assert r.resolve("0060D020BN4HC 滤芯 parker").best is None
    assert r.resolve("同步带轮0060D020BN4HC").best is None  # a part name beside the code: another part
    assert r.resolve("螺母 01010-82045").best is None  # one of the catalogue's part names the item does not hold


SILENT = [
    _m("09.01.0001", "双头螺柱", "M8*35-8.8-电镀锌"),
    _m("09.02.0001", "不锈钢316内六角紧定螺钉", "M5x80"),
    _m("09.03.0001", "螺栓", "M30*300 10.9 发黑"),
]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("全螺纹 镀锌 8.8级 M8x35 双头螺柱", "09.01.0001"),  # a stud says no thread: it is the one
        ("发黑 10.9级 六角螺栓 M30x300", "09.03.0001"),  # 螺栓 written vaguely of a hex bolt
        ("不锈钢316尖头机米 M5x80", None),  # a set screw's point is a variant: silence is no cone point
    ],
)
def test_an_item_silent_or_vaguer_on_a_fact(tmp_path: Path, text: str, number: str | None) -> None:
    r = MaterialResolver(SILENT, tmp_path / "index", use_vectors=False)
    best = r.resolve(text).best
    assert (best and best.number) == number
