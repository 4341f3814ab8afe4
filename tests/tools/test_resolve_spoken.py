"""Specs said aloud or typed in haste, and the notations of drives and hoses: figures said in Chinese inside a spec,
English trade words with a letter doubled or dropped, a bearing named without the letter of its stainless variant,
timing belts written pitch-first or length-first, sprockets by teeth, bore, hub and ANSI chain number, hose
assemblies by their braid layers and ends."""

from __future__ import annotations

import pytest

from tools.k3.models import Material
from tools.resolve import MaterialResolver
from tools.resolve.normalize import clean
from tools.resolve.spoken import spoken_figures


@pytest.mark.parametrize(
    ("said", "figures"),
    [
        ("三零四", ["304"]),  # digits one by one
        ("六二零五", ["6205"]),
        ("七零点一", ["70.1"]),
        ("二十五", ["25"]),
        ("一百零五", ["105"]),
        ("两百四十", ["240"]),
        ("十二", ["12"]),
        ("三十五五十二八", ["35", "52", "8"]),  # an oil seal's three sizes in a row
        ("六十三十二", ["63", "12"]),  # said without a pause, a figure runs on while it can
        ("三点五", ["3.5"]),
    ],
)
def test_spoken_figures(said: str, figures: list[str]) -> None:
    assert spoken_figures(said) == figures


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("外六角螺栓 M十六乘五十 八点八级 国标五七八二", "外六角螺栓 M16x50 8.8级 GB5782"),
        ("内六角 M八乘二十五 三零四", "内六角 M8x25 304"),
        ("轴成 六二零五两面铁盖", "轴承 6205ZZ"),  # 轴成: a slip of the speech engine
        ("油封 TC 二十四三十五七", "TC 24x35x7 骨架油封"),
        ("hex haed bolt M8x30", "hex head bolt M8x30"),
        ("socket head cap scrrew M6x20", "socket head cap screw M6x20"),
        ("pan head srew M4x10", "pan head screw M4x10"),
        ("查外六角螺栓 M8x30", "外六角螺栓 M8x30"),  # 查 opening the request is no part's name
        ("S8M1328-30 同步带", "1328-S8M-30 同步带"),
        ("sprocket 08B Z=21 bore 20 type B", "链轮 08B 21齿 孔径20 B型"),
        ("RS60-1 roller chain", "12A-1 链条"),
    ],
)
def test_said_or_slipped_reads_as_written(said: str, written: str) -> None:
    assert sorted(clean(said).split()) == sorted(clean(written).split())


@pytest.mark.parametrize("word", ["liner", "plate", "gate", "lock", "inert"])
def test_real_words_are_no_slips(word: str) -> None:
    """A word one letter off a trade word but a word itself (liner of linear, plate of plated) is left as it is."""
    assert clean(word) == word


def _m(number: str, name: str, spec: str, category: str = "轴承") -> Material:
    return Material(number=number, name=name, spec=spec, unit="PCS", category=category)


PARTS = [
    _m("31.01", "深沟球轴承", "6004-ZZ 哈轴"),
    _m("31.02", "不锈钢深沟球轴承", "S6004-ZZ 哈轴"),
    _m("31.03", "深沟球轴承", "6004-2RS 哈轴"),
    _m("32.01", "外六角螺栓", "GB/T 5782 M16x50 8.8级 镀锌", "紧固件"),
    _m("32.02", "外六角螺栓", "GB/T 5782 M16x55 8.8级 镀锌", "紧固件"),
    _m("33.01", "同步带", "1328-S8M-30 三维", "皮带"),
    _m("33.02", "同步带", "S8M-1328-40 三维", "皮带"),
    _m("34.01", "链轮", "08A-1 21齿 B型 孔径20 45#钢", "链条链轮"),
    _m("34.02", "链轮", "08A-1 21齿 A型 孔径20 45#钢", "链条链轮"),
    _m("34.03", "链轮", "08A-1 22齿 B型 孔径20 45#钢", "链条链轮"),
    _m("35.01", "带座轴承", "UCF206 国产"),
    _m("35.02", "不锈钢轴承座", "SUCF206 国产"),
    _m("35.03", "不锈钢深沟球轴承", "S6205DDU NSK"),
    _m("35.04", "深沟球轴承", "6205DDU NSK"),
    _m("36.01", "盖形螺母", "DIN 1587 M10 A2-70", "紧固件"),
    _m("36.02", "六角螺母", "DIN 934 M10 A2-70", "紧固件"),
    _m("37.01", "Hose assembly", "SAE 100R1AT DN10 L=500mm M18x1.5 straight ends", "液压元件"),
    _m("37.02", "油管总成", "SAE 100R1AT DN10 L=500mm M18x1.5 一端90°弯头", "液压元件"),
    _m("37.03", "油管总成", "SAE 100R2AT DN10 L=500mm M18x1.5 两端直头", "液压元件"),
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(PARTS, tmp_path_factory.mktemp("spoken") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("6004 ZZ 哈轴", "31.01"),  # the plain bearing: the S variant is stainless, asked for by name
        ("不锈钢6004ZZ 哈轴", "31.02"),
        ("嗯 外六角 M十六乘五十 八点八级 国标五七八二 有没有", "32.01"),
        ("S8M1328-30", "33.01"),  # written length-first in the catalogue
        ("同步带 S8M-1328-40", "33.02"),
        ("RS40 Z=21 单边凸台 孔20 链轮", "34.01"),  # ANSI 40 is ISO 08A; a hub on one side is type B
        ("sprocket 08A-1 21T type A bore 20", "34.02"),
        ("SS UCF206 bearing unit", "35.02"),  # SS said apart: the stainless unit, written SUCF206
        ("不锈钢 UCF206", "35.02"),
        ("不锈钢6205 双面胶封 NSK", "35.03"),
        ("6205 双面胶封 NSK", "35.04"),
        ("acorn nut M10 A2-70", "36.01"),
        ("胶管总成 一层钢丝 两头直 3分 长500", "37.01"),  # one wire braid: R1AT; 3分 is DN10
        ("油管总成 R1AT dn10 长500 一头弯", "37.02"),
        ('90° elbow R1AT 500mm 3/8" 油管总成', "37.02"),  # an elbow end: an elbow
        ("二层钢丝 两头直 DN10 L=500 油管总成", "37.03"),
    ],
)
def test_resolves(parts: MaterialResolver, text: str, number: str) -> None:
    r = parts.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number, r


@pytest.mark.parametrize("text", ["RS40 单边凸台 孔20 链轮", "6004 哈轴 轴承 双面"])
def test_what_is_left_open_is_asked(parts: MaterialResolver, text: str) -> None:
    """Teeth unsaid (21 or 22), or no seal named: several fit, so the user picks; nothing is guessed."""
    assert parts.resolve(text).verdict != "resolved"


CODES = [
    _m("C.01", "带座外球面轴承", "UCP208"),
    _m("C.02", "带座外球面轴承", "UCP216"),
    _m("C.03", "按钮", "XB2-BD33", "电气件"),
    _m("C.04", "按钮", "XB2-BD31", "电气件"),
    _m("C.05", "交流接触器", "CJX2-0910 AC220V", "电气件"),
    _m("C.06", "交流接触器", "CJX2-0910 AC110V", "电气件"),
]


@pytest.fixture(scope="module")
def codes(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(CODES, tmp_path_factory.mktemp("codes") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("带座轴承 UCP二百零八", "C.01"),  # a bearing unit's number said inside its code
        ("平头按钮 XB二-BD三十三", "C.03"),  # figures on both sides of the hyphen
        ("接触器 CJX二-零九幺零 交流二百二十伏", "C.05"),  # 幺 for one, the voltage said the other way round
        ("CJX2-0910 110V交流 接触器", "C.06"),
    ],
)
def test_codes_said_aloud_find_the_part(codes: MaterialResolver, said: str, number: str) -> None:
    r = codes.resolve(said)
    assert r.best is not None and r.best.number == number
