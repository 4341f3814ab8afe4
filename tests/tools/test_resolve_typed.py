"""Stated facts are typed and held: a figure said of one kind (a thread size, a property class) is never held by a
figure of another, an equivalent standard counts only where the plant's catalogue does not declare its own table, a
code is matched as written before it is matched glued, and a self-correction said aloud takes back what it corrects.
Where a stated fact is not held by one item alone, the resolver asks: it never answers against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.k3.models import Material
from tools.resolve import MaterialResolver
from tools.resolve.declared import EXAMPLES as DECLARED
from tools.resolve.declared import _pairs, declared_equivalents
from tools.resolve.normalize import clean, split_tokens
from tools.resolve.typed import EXAMPLES as TYPED
from tools.resolve.typed import TypedFacts


@pytest.mark.parametrize(("item", "phrase", "contradicts"), TYPED)
def test_typed_examples(item: str, phrase: str, contradicts: bool) -> None:
    facts = TypedFacts([item])
    said = clean(phrase)
    assert bool(facts.contradicting(split_tokens(said)[0], fine="细牙" in said)[0]) is contradicts


def _m(number: str, name: str, spec: str, aliases: tuple[str, ...] = ()) -> Material:
    return Material(number=number, name=name, spec=spec, unit="PCS", category="标准件", aliases=list(aliases))


@pytest.mark.parametrize(("spec", "aliases", "pairs"), DECLARED)
def test_declared_examples(spec: str, aliases: tuple[str, ...], pairs: set[tuple[str, str]]) -> None:
    assert _pairs(_m("x", "零件", spec, aliases)) == pairs


def test_a_catalogue_declaring_no_table_declares_nothing() -> None:
    assert declared_equivalents([_m("1", "平垫圈", "GB/T 97.1 M6"), _m("2", "平垫圈", "DIN 125 M6")]) == []


# A plant whose catalogue writes its equivalents into the aliases (ISO only); DIN and JIS rows stocked beside them
PLANT = [
    _m("T.01", "六角头螺栓", "GB/T 5782 M8×30 8.8 白锌", ("ISO 4014",)),
    _m("T.02", "六角头螺栓", "GB/T 5782 M8×40 8.8 白锌", ("ISO 4014",)),
    _m("T.03", "六角螺母", "GB/T 6170 M8 8级 白锌", ("ISO 4032",)),
    _m("T.04", "六角螺母", "GB/T 6170 M10 8级 白锌", ("ISO 4032",)),
    _m("T.05", "弹垫", "GB/T 93 M4 65锰 镀锌"),
    _m("T.06", "spring washer", "DIN 127 M4 65Mn ZP"),
    _m("T.07", "ばね座金", "JISB1251 M30 65Mn 黒染め"),
    _m("T.08", "spring washer", "DIN 127 M30 65Mn black oxide"),
    _m("T.09", "六角法兰面螺母", "M10 8級 鍍鋅 GB/T 6177.1"),
    _m("T.10", "继电器", "MY2NJ DC24V OMRON"),
    _m("T.11", "中间继电器", "MY2N-J DC24V OMRON"),
    _m("T.12", "气缸", "SI32X150 神驰"),
    _m("T.13", "标准气缸", "SI32X150S 神驰"),
    _m("T.14", "六角穴付きボルト", "JIS B1176 M8×16 強度区分10.9 黒染め"),
    _m("T.15", "六角穴付きボルト", "JIS B 1176 M8×16 強度区分12.9 黒染め"),
    _m("T.16", "六角ナット", "JIS B 1181 M14 強度区分10 三価ユニクロ"),
    _m("T.17", "hex nut", "DIN 934 M14 10 zinc plated"),
]


@pytest.fixture(scope="module")
def plant(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(PLANT, tmp_path_factory.mktemp("typed") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("GB/T 93 M4 65Mn ZP spring washer", "T.05"),  # 65锰 is 65Mn; DIN 127 is no equivalent in this plant
        ("JISB1251 M30 65Mn black oxide spring washer qty?", "T.07"),  # 黒染め is black oxide
        ("MY2NJ DC24V OMRON 继电器", "T.10"),  # the code as written, not MY2N-J
        ("MY2N-J DC24V OMRON 中间继电器", "T.11"),
        ("那个 气缸SI三二乘一五零S神驰 还有吗", "T.13"),  # the variant letter said after the size
        ("内六角螺丝的JISB一一七六的M八乘十六的十二点九级 不对不对 是十点九级的发黑的", "T.14"),  # corrected
        ("六角螺母 JISB1181 M14 10 白锌", "T.16"),  # 強度区分10 is class 10, 三価ユニクロ 白锌
        ("ISO 4014 M8x30 8.8 白锌", "T.01"),  # the equivalent the plant declares
    ],
)
def test_stated_facts_read_and_held(plant: MaterialResolver, text: str, number: str) -> None:
    r = plant.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


@pytest.mark.parametrize(
    "text",
    [
        "need flange nut GB/T6177.1 M8 grade 10 zinc asap",  # M10 class 8 is neither M8 nor class 10
        "DIN 127 M4 65Mn 发黑 spring washer",  # the GB/T 93 one is no DIN 127 here, and is zinc plated
        "MY2NJ DC24V OMRON 中间继电器",  # the code as written names one, the name the other: ask
        "GB/T 5782 M8×30 10.9 白锌",  # the class stated is held by none
    ],
)
def test_a_stated_fact_no_item_holds_is_never_answered(plant: MaterialResolver, text: str) -> None:
    assert plant.resolve(text).verdict != "resolved"


def test_the_trade_s_equivalents_apply_where_the_catalogue_declares_none(tmp_path: Path) -> None:
    r = MaterialResolver(
        [_m("U.01", "弹垫", "GB/T 93 M4 65锰 镀锌"), _m("U.02", "平垫圈", "GB/T 97.1 M4 镀锌")],
        tmp_path / "index",
        use_vectors=False,
    )
    best = r.resolve("DIN 127 M4 65Mn 镀锌 弹垫").best
    assert best is not None and best.number == "U.01"


def test_a_length_said_with_its_l_picks_the_item_writing_it_bare(tmp_path: Path) -> None:
    hoses = [
        _m("H.01", "油管", "GB3683 2SN DN6 450 BSP母/BSP母"),
        _m("H.02", "油管", "GB3683 2SN DN6 800 BSP母/BSP母"),
        _m("H.03", "液压胶管总成", "GB/T 3683 2SN DN6 L=1750 BSP母/BSP母"),
    ]
    r = MaterialResolver(hoses, tmp_path / "index", use_vectors=False)
    best = r.resolve("油管 GB/T 3683 2SN DN6 L=450 BSP母/BSP母").best
    assert best is not None and best.number == "H.01"
    assert r.resolve("油管 GB/T 3683 2SN DN6 L=900 BSP母/BSP母").best is None  # no item that long: ask


def test_an_item_named_a_plain_hex_bolt_is_no_flange_bolt(tmp_path: Path) -> None:
    r = MaterialResolver(
        [_m("F.01", "外六角螺栓", "M8x120 304"), _m("F.02", "六角螺栓", "GB/T 5789 M10x120 8.8 镀锌")],
        tmp_path / "index",
        use_vectors=False,
    )
    assert r.resolve("M8长120 不锈钢304 六角法兰面螺栓").best is None  # the flange is a stated fact it lacks
    best = r.resolve("六角法兰面螺栓 M10x120 8.8 镀锌").best  # its standard names the flange bolt
    assert best is not None and best.number == "F.02"
    plain = r.resolve("外六角螺栓 M8x120 304").best
    assert plain is not None and plain.number == "F.01"


# An air-conditioning plant's rows, written by several hands (English names, Cantonese, inch sizes, coil codes)
AC_PLANT = [
    _m("A.01", "六角头螺栓", "GB/T 5782-2016 M16×110 12.9级 发黑"),
    _m("A.02", "六角罗丝 半牙 幼牙", "M16*1.5*110 12.9 黑色"),
    _m("A.03", "交流接觸器", "Schneider LC1D50AB7C 24V AC"),
    _m("A.04", "交流接触器", "施耐德 LC1D50ABDC 线圈24V DC"),
    _m("A.05", "内六角圆柱头螺钉(美制)", 'ASME B18.3 1/4-28 UNF × 1-3/4" ASTM A574合金钢 镀锌'),
    _m("A.06", "SOCKET HEAD CAP SCREW", "ASME B18.3 1/4-28X1-3/4 18-8 SS"),
    _m("A.07", "运行电容", "CBB65 30μF 450VAC ±5%"),
    _m("A.08", "运行电容", "CBB65 35μF 450VAC ±5%"),
    _m("A.09", "双金属温控器", "KSD301 80℃ 常闭 250V 16A"),
    _m("A.10", "双金属温控器", "KSD301 80℃ 常开 250V 16A"),
    _m("A.11", "紫銅45°彎頭", '3/8"x0.8 C1220'),
    _m("A.12", "紫銅45°彎頭", '1-3/8"x0.8 C1220'),
    _m("A.13", "六角螺絲(半牙)", "DIN931 M30x200 SUS316"),
    _m("A.14", "六角螺絲(半牙)", "DIN931 M30x200 8.8級 發黑"),
    _m("A.15", "O-RING AS568", "2-162 N0674-70"),
    _m("A.16", "O型圈(美標)", "AS568 -045 NBR丁腈膠90"),
    _m("A.17", "深溝球軸承", "SKF 6012-Z (60x95x18)"),
    _m("A.18", "深沟球轴承", "6000Z 10×26×8 NSK"),
    _m("A.19", "深沟球轴承", "6000 10×26×8 NSK"),
]


@pytest.fixture(scope="module")
def ac_plant(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(AC_PLANT, tmp_path_factory.mktemp("ac") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("请购：六角螺栓(半螺纹) 细牙M16×110 12.9級 发黑，数量1000", "A.02"),  # fine said as a word: not the coarse
        ("六角螺栓 M16x110 12.9 发黑", "A.01"),  # no pitch said: the coarse one
        ("呃 六角螺栓 M十六细牙一点五牙距乘一百一十 十二点九级 黑", "A.02"),
        ("急 CBB65 capacitor 30UF 450V 500件 下周一到货", "A.07"),  # μF, UF; a voltage without its AC
        ("我哋要 thermostat KSD301 80℃ NC 16A 幾時有貨", "A.09"),  # NC is 常闭; Cantonese asking around it
        ("45彎 3/8 inch 0.8壁厚 有冇現貨", "A.11"),  # not the 1-3/8" one
        ("半牙六角罗丝 M30x200 316 原色 需500pcs", "A.13"),  # 本色 of a stainless part: no carbon steel
        ("O-rign AS568-162 Buna-N-70", "A.15"),  # AS568-162 is the 2-162; Buna-N is nitrile
        ("嗯…我要 O-ring -045 NBR", "A.16"),
        ("请购：6012-Z 深沟球轴承，数量50", "A.17"),  # a seal code after a number ending in 2 (no maker's 2Z)
    ],
)
def test_an_air_conditioning_plants_notations(ac_plant: MaterialResolver, text: str, number: str) -> None:
    r = ac_plant.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number, r


@pytest.mark.parametrize(
    "text",
    [
        "采购 接触器 LC1D50A 24V 50个",  # the coil's code unsaid: the AC and the DC one alike
        '1/4"-28 X 1-3/4 in 美制内六角杯头 报价 MOQ 500',  # 美制 is what an inch size says; no steel said
    ],
)
def test_what_the_phrase_leaves_open_is_asked(ac_plant: MaterialResolver, text: str) -> None:
    r = ac_plant.resolve(text)
    assert r.verdict == "ambiguous" and len(r.candidates) >= 2, r


def test_a_word_the_items_material_group_says_is_its_own(tmp_path: Path) -> None:
    rows = [
        Material(number="Y.01", name="卡套", spec="PSR25S 铁", unit="PCS", category="液压件"),
        Material(number="Y.02", name="卡套", spec="PSR25S 铁", unit="PCS", category="电气元件"),
        Material(number="Y.03", name="卡套", spec="PSR28S 铁", unit="PCS", category="液压件"),
    ]
    r = MaterialResolver(rows, tmp_path / "index", use_vectors=False).resolve("液压卡套 PSR 25S 攞两盒")
    assert r.verdict == "resolved" and r.best is not None and r.best.number == "Y.01", r


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("外六角 半丝M30x90 A2-70 要50个 急", "N.01"),  # 半丝 is 半牙, 全丝 全牙 (丝: the thread, as Zhejiang says it)
        ("請問 氣缸160×50 有磁 有庫存嗎", "N.03"),  # 有磁 is 带磁: never the one without a magnet
    ],
)
def test_a_ningbo_plants_words(tmp_path: Path, said: str, number: str) -> None:
    rows = [
        _m("N.01", "六角螺栓", "DIN931 半牙 M30x90L SUS304"),
        _m("N.02", "不锈钢六角头螺栓", "GB/T 5783-2016 全螺纹 M30×90 A2-70"),
        _m("N.03", "气缸", "SC160X50S 缸径160 行程50 带磁 亚德客"),
        _m("N.04", "氣缸", "亞德客 SC160X50 Φ160x50 無磁"),
    ]
    r = MaterialResolver(rows, tmp_path / "index", use_vectors=False).resolve(said)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number, r
