"""Words the catalogue never writes: chat the filler list does not know says nothing of the part, a character no
name holds inside a known word is a slip; a word the catalogue does write, or a part's name it lacks, still counts."""

from __future__ import annotations

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver
from tools.resolve.unknown import Vocabulary
from tools.resolve.words_more import PART_HEADS

VOCABULARY = Vocabulary(["囊式蓄能器", "深沟球轴承", "耐震压力表", "按钮", "gear pump"], PART_HEADS)


@pytest.mark.parametrize(
    ("free", "judged"),
    [
        ("午班去", ""),  # no pair of it is in any name: chat
        ("囊式畜能器", "囊式能器"),  # 畜 is in no name, the rest is: a slip, not a word the item lacks
        ("耐震压力", "耐震压力"),  # the catalogue's own words stay whole
        ("耐振压力", "耐压力"),  # 振 (no name holds it) where the names write 震: a slip, the rest still compared
        ("防爆轴承", "防爆轴承"),  # … but kept where the word holds two characters no name does: another word
        ("同步带轮", "同步带轮"),  # never written, but ends as a part's name does: another part, not chat
        ("gear realy", "gear"),  # a Latin word no name holds
        ("pump", "pump"),
        ("球 午", "球"),  # one character alone: kept only when a name holds it
        ("球沟 午班", "球沟"),  # two characters swapped (沟球) are the catalogue's word
        ("深沟球轴承嘅冇晒未", "深沟球轴承"),  # after the catalogue's word, characters no name writes: asking for it
        ("深沟球轴承嘅 按钮", "深沟球轴承 按钮"),
        ("深沟球轴承按 按钮", "深沟球轴承按 按钮"),  # a character a name writes (按) is no chat
    ],
)
def test_judged_drops_what_no_name_writes(free: str, judged: str) -> None:
    assert VOCABULARY.judged(free, named=True) == judged


def test_a_word_never_written_is_kept_where_it_names_the_part() -> None:
    assert VOCABULARY.judged("滚珠丝杠", "滚珠丝杠 m12") == "滚珠丝杠"  # all the phrase names: a part not stocked
    assert VOCABULARY.judged("光电 轴承", "光电轴承 6204", named=True) == "光电 轴承"  # qualifies the word after it
    assert VOCABULARY.judged("午班 按钮", "午班 按钮 xb2", named=True) == "按钮"  # stands apart: chat
    assert VOCABULARY.judged("午班 深沟", "午班深沟 m8", named=True) == "深沟"  # glued before no part: chat


_m = part


CATALOG = [
    _m("U.01", "囊式蓄能器", "NXQ-A-40/10-L-Y"),
    _m("U.02", "囊式蓄能器", "NXQ-A-40/31.5-L-Y"),
    _m("U.03", "圆锥滚子轴承", "30307 NTN"),
    _m("U.04", "圆锥滚子轴承", "30307 SKF"),
    _m("U.05", "按钮", "XB2-BA51"),
    _m("U.06", "指示灯", "XB2-BA51L"),
]


@pytest.fixture(scope="module")
def parts(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(CATALOG, tmp_path_factory.mktemp("unknown") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("午班去 NTN 圆锥滚子轴承 30307", "U.03"),  # words no name writes around a known part
        ("囊式畜能器 NXQ-A-40/10-L-Y", "U.01"),  # one stray character in the part's name
        ("按钮 XB2-BA51 放哪个", "U.05"),
    ],
)
def test_words_no_name_writes_do_not_block_the_answer(parts: MaterialResolver, text: str, number: str) -> None:
    r = parts.resolve(text)
    assert r.verdict == "resolved"
    assert r.best is not None and r.best.number == number


@pytest.mark.parametrize("text", ["同步带轮 XB2-BA51", "滚珠丝杠 30307", "光电轴承 30307 NTN"])
def test_a_part_the_catalogue_lacks_is_not_answered_with_another(parts: MaterialResolver, text: str) -> None:
    assert parts.resolve(text).verdict != "resolved"  # a pulley, a ball screw, a kind of bearing not stocked: ask


HEATERS = [
    _m("H.01", "加热圈", "铸铝 80*80 220V 600W"),
    _m("H.02", "加热圈", "铸铝 80*80 380V 600W"),
    _m("H.03", "陶瓷加热圈", "100*60 220V 1000W"),
    _m("H.04", "云母加热圈", "100*60 220V 1000W"),
    _m("H.05", "温控器", "KSD301 85℃ NC 250V 16A"),
    _m("H.06", "法兰螺母", "M16 SS304 GB6177.1"),
    _m("H.07", "电磁阀", "4V210-08 DC24V"),
]


@pytest.fixture(scope="module")
def heaters(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(HEATERS, tmp_path_factory.mktemp("heaters") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("电热圈 铸铝 80*80 220VAC 600瓦", "H.01"),  # the only item holding the spec: 电热圈 is the plant's 加热圈
        ("明天装机要领法兰螺帽 M16的 304，有吗", "H.06"),  # 装机: a word no item is written with
        ("您好，法兰螺帽 M16 304 請報價", "H.06"),
    ],
)
def test_the_one_item_holding_the_spec_is_answered_whatever_else_it_is_called(
    heaters: MaterialResolver, text: str, number: str
) -> None:
    r = heaters.resolve(text)
    assert r.best is not None and r.best.number == number


@pytest.mark.parametrize(
    "text",
    [
        "电热圈 100*60 220V 1000W",  # two items hold the spec, and neither is named: ask which
        "thermostat KSD301 85C NO 16A",  # the only KSD301 85℃ opens where this one closes: no answer
        "防爆加热圈 铸铝 80*80 220V 600W",  # a kind the catalogue lacks (explosion-proof), named before the part
    ],
)
def test_a_lone_spec_does_not_override_what_the_phrase_says(heaters: MaterialResolver, text: str) -> None:
    assert heaters.resolve(text).verdict != "resolved"
