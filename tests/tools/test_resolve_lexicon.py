"""The trade's vocabulary: every rule's own examples, one canonical form for the ways people write a part."""

from __future__ import annotations

import pytest

from tools.resolve.lexicon import RULES, Rule, canonical, designation, equivalence_groups
from tools.resolve.normalize import clean
from tools.resolve.words import CHAT_PATTERNS
from tools.resolve.words_yue import CHAT_EXAMPLES
from tools.text import normalize


@pytest.mark.parametrize(
    ("rule", "text", "expected"),
    [(r, text, expected) for r in RULES for text, expected in r.examples],
    ids=[f"{r.name}:{text}" for r in RULES for text, _ in r.examples],
)
def test_rule_examples(rule: Rule, text: str, expected: str) -> None:
    assert " ".join(rule.pattern.sub(rule.replace, text).split()) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "ways",
    [
        ["GB/T 5782", "GB5782", "GB 5782-2016", "国标5782", "gb/t5782-2000", "GBT 5782"],
        ["DIN 931", "DIN931", "德标931", "din-931"],
        ["ISO 4014", "ISO4014", "iso 4014:2011"],
        ["JB/T 966", "JB966", "机标966"],
        ["HG/T 20592", "HG20592"],
        ["8.8级", "grade 8.8", "8.8", "Grade8.8", "8.8S", "强度等级8.8"],
        ["SS304", "304不锈钢", "不锈钢304", "SUS304", "sus 304", "stainless steel 304", "不鏽鋼304"],
        ["A2-70", "a2-70", "A2 70"],
        ["M8x30", "M8*30", "M8×30", "m8-30", "M8X30", "M8 x 30", "M8长30", "M8長30", "M8*30L", "M8 L=30", "m8x30mm"],
        ["6204-2RS", "6204 2RS", "62042RS", "6204-2RS1", "6204DDU", "6204-2rs"],
        ["6204ZZ", "6204-ZZ", "6204-2Z", "6204zz"],
        ["20x2.5", "20*2.5", "Φ20×2.5", "φ20*2.5", "ID20 CS2.5", "20x2.5mm"],
        ["TC25x40x7", "TC 25*40*7", "tc-25x40x7"],
        ["镀锌", "zinc plated", "galvanized", "ZP", "Zn"],  # any zinc, said; plain zinc, written in a catalogue
        ["白锌", "蓝白锌", "电镀锌", "镀蓝白锌"],
        ["本色", "不镀", "不处理", "self colour"],
        ["SKF", "斯凯孚"],
        ["哈轴", "HRB", "哈尔滨"],
        ["6216-2RS/C3", "6216LLUC3", "6216 2RS C3"],
        ["TC 25*40*7", "25x40x7 TC型", "TC-25-40-7"],
        ["O型密封圈", "O型圈", "O形圈", "o-ring", "O圈", "O ring"],
        ["六角螺栓", "外六角螺栓", "六角头螺栓", "hex bolt"],
        ["内六角螺钉", "内六角螺栓", "内六角螺丝", "allen screw"],  # any socket screw, said
        ["内六角圆柱头螺钉", "socket head cap screw", "杯头螺丝", "SHCS"],
        ["平垫圈", "平垫", "平垫片", "flat washer"],
        ["弹簧垫圈", "弹垫", "spring washer"],
    ],
)
def test_every_way_of_writing_it_is_one_form(ways: list[str]) -> None:
    forms = {canonical(normalize(w)).split()[0] for w in ways}  # a maker's own seal code (2RS1) may follow
    assert len(forms) == 1, forms


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("6204-2RS", "6204-RS"),  # sealed both sides is not sealed one side
        ("6204ZZ", "6204-2RS"),
        ("M8x30", "M8x1.25x30"),  # a fine pitch is another bolt
        ("镀锌", "热镀锌"),
        ("白锌", "彩锌"),
        ("6204-2RS", "6204-2RS/C3"),
        ("GB/T 5782", "GB/T 5783"),
        ("SS304", "SS316"),
        ("8.8级", "10.9级"),
    ],
)
def test_different_parts_stay_different(one: str, other: str) -> None:
    assert canonical(normalize(one)) != canonical(normalize(other))


@pytest.mark.parametrize(
    "text",
    ["GB/T 5782-2016 M8×30 8.8级 镀锌", "螺栓M8x30 304", "O型圈 20*2.5", "6205 軸承", "SUS304 hex bolt M8 x 30",
     "轴承6204ZZ", "不锈钢304 A2-70 M8x30", "HV-2050阀体", "圆钢45#Φ20", "03.01.0047"],
)  # fmt: skip
def test_canonical_is_idempotent(text: str) -> None:
    once = clean(text)
    assert clean(once) == once


def test_designations_and_refused_ones() -> None:
    assert designation("GB/T 5782-2016") == "gb5782"
    assert designation("德标931") == "din931"
    assert designation("六角螺栓") is None
    assert equivalence_groups([["GB/T 5782", "DIN 931", "ISO 4014"]]) == [("gb5782", "din931", "iso4014")]
    with pytest.raises(ValueError, match="'hex bolt' is not a standard designation"):
        equivalence_groups([["GB/T 5782", "hex bolt"]])


@pytest.mark.parametrize(
    ("text", "expected"),
    [example for _, examples in CHAT_PATTERNS for example in examples],
    ids=[text for _, examples in CHAT_PATTERNS for text, _ in examples],
)
def test_chat_around_a_part_is_dropped(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(("text", "expected"), CHAT_EXAMPLES, ids=[text for text, _ in CHAT_EXAMPLES])
def test_a_storekeepers_cantonese_and_a_requisitions_words_are_dropped(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "ways",
    [
        ["齿轮泵", "gear pump"],
        ["油嘴", "黄油嘴", "牛油嘴", "压注油杯", "grease nipple"],
        ["密封包", "修理包", "密封组件", "repair kit"],
        ["管夹", "管卡", "tube clamp"],
        ["螺塞", "堵头", "螺堵"],
        ["骨架油封", "旋转轴唇形密封圈", "oil seal"],
        ["o型密封圈", "O形橡胶密封圈", "O型圈"],
        ["止动垫圈", "圆螺母止动垫圈", "止动垫"],  # a washer, though 螺母 is in its name
        ["圆柱滚子轴承", "圆柱滚仔轴承"],  # an input method's homophone
        ["溢流阀", "益流阀", "溢流伐"],
        ["氟橡胶", "氟素", "FKM"],
    ],
)
def test_more_of_the_trade_s_words_are_one_form(ways: list[str]) -> None:
    assert len({canonical(normalize(w)) for w in ways}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [("库里 fag 轴承21311", "fag 轴承21311"), ("瑞典 skf 轴承 6009-z", "skf 轴承 6009-z"), ("国标 gb5786", "gb5786")],
)
def test_where_a_part_is_kept_or_comes_from_is_no_part_of_its_name(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "ways",
    [["Eaton", "伊顿"], ["Vickers", "威格士"], ["Danfoss", "丹佛斯"], ["Leemin", "黎明"], ["Nord-Lock", "nordlock"]],
)
def test_a_maker_is_one_name_in_either_script(ways: list[str]) -> None:
    assert len({canonical(normalize(w)) for w in ways}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("check下 弹簧垫圈M10 有stock吗", "弹簧垫圈m10"),  # 下 and 有 left alone once the chat is gone
        ("仓库里面还有吗 平键 8x7x40 我这边要用", "平键 8x7x40"),
        ("qty on hand: 6308 轴承", "6308 轴承"),
        ("有机玻璃板 5mm", "有机玻璃板 5"),  # 有 glued to a name is the name's
        ("下料 M16", "下料 m16"),
    ],
)
def test_function_words_left_by_chat_are_no_name(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "ways",
    [
        ["达克罗", "DAC", "dacromet"],
        ["发黑", "BO", "black oxide"],
        ["彩锌", "YZP", "黄锌"],
        ["白锌", "BZP", "蓝白锌"],
        ["镀镍", "NI", "nickel plated"],
    ],
)
def test_an_erp_s_finish_abbreviations_are_the_finish(ways: list[str]) -> None:
    assert len({canonical(normalize(w)) for w in ways}) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FLANGED LINEAR BEARING 30MM THK x 20pcs thx", "flanged linear 轴承 30 thk thx"),  # 20 of them, no 20 long
        ("SHCS M6 X 55MM x 6pcs", "内六角圆柱头螺钉 m6x55"),
        ("6204 x 10个", "6204"),
        ("M8 X 30", "m8x30"),  # a size: no counter follows
    ],
)
def test_times_a_count_is_how_many_not_a_size(text: str, expected: str) -> None:
    assert clean(text) == expected
