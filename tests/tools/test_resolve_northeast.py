"""A Liaoning machine-tool plant's counter: a Northeastern storekeeper's chat (给我整俩呗, 贼急, 啥时候能到), the
thread said as 扣, a self-correction by a figure said again (哦不, 不是, 改一下), a length said before its size, a
property class said alone (十点九的), a cable by its cores and section, a breaker by its poles and curve. Each a thing
the resolver could not read on the eleventh blind catalogue, on a catalogue of its own."""

from __future__ import annotations

from functools import partial

import pytest

from tests.tools.parts import part
from tools.resolve import MaterialResolver

_bolt = partial(part, category="标准件/螺栓")
_seal = partial(part, category="密封件/油封")
_cable = partial(part, category="电气/电缆")
_breaker = partial(part, category="电气/断路器")

COUNTER = [
    _bolt("N.01", "全扣外六角", "M5*14 304"),
    _bolt("N.02", "六角法兰面螺栓", "GB/T 5789 M5×14 A2-70"),
    _bolt("N.03", "半扣外六角", "M24*200 8.8热镀锌"),
    _bolt("N.04", "半扣外六角", "M24*140 8.8热镀锌"),
    _bolt("N.05", "内六角平圆头螺钉", "GB/T 70.2 M5×22 10.9级 发黑"),
    _bolt("N.06", "内六角平圆头螺钉", "GB/T 70.2 M5×14 10.9级 发黑"),
    _bolt("N.07", "內六角螺絲", "DIN912 M14x50L 10.9 黑"),
    _bolt("N.08", "內六角螺絲", "DIN912 M14x50L 12.9 黑"),
    _seal("N.09", "油封", "TC 50*64*10 丁腈"),
    _seal("N.10", "油封", "TC 50*64*11 丁腈"),
    _cable("N.11", "控制电缆", "KVVP 4×10mm²"),
    _cable("N.12", "控制电缆", "KVVP 4×1.5mm²"),
    _cable("N.13", "控制电缆", "KVVP 10×4mm²"),
    _breaker("N.14", "空开", "正泰 NXB-63 1P C6"),
    _breaker("N.15", "空开", "正泰 NXB-63 3P C6"),
    _breaker("N.16", "空开", "正泰 NXB-63 1P D6"),
]


@pytest.fixture(scope="module")
def counter(tmp_path_factory: pytest.TempPathFactory) -> MaterialResolver:
    return MaterialResolver(COUNTER, tmp_path_factory.mktemp("northeast") / "index", use_vectors=False)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("全螺纹六角头螺栓M5*14 304不锈钢，月底要5个", "N.01"),  # 全扣: full thread, so no flange bolt
        ("六角螺絲 半牙 200長的M24 8.8 熱浸鋅 要下單4個", "N.03"),  # the length before the size
        ("圆头内六角 M5*14，哦不，M5*22 10.9 黑的有的话给我留五十个", "N.05"),  # 哦不: the 22 stands
        ("骨架油封 TC 50*64*11…不是，是50-64-10 丁腈的 出库2个", "N.09"),
        ("十点九的 杯头螺丝 五十长的M十四给我整二十个呗", "N.07"),  # 十点九 said alone is the class
        ("哎 控制电缆 KVVP 四芯十平方 还有吗", "N.11"),  # four cores of 10 mm², not ten of 4
        ("空气开关 NXB-63 单极 C曲线 6A，整五十个，贼急[抱拳]", "N.14"),  # poles, curve and rating; an emoji
    ],
)
def test_the_counters_words_name_the_part(counter: MaterialResolver, text: str, number: str) -> None:
    r = counter.resolve(text)
    assert r.verdict == "resolved" and r.best is not None and r.best.number == number


def test_a_figure_not_said_again_takes_nothing_back(counter: MaterialResolver) -> None:
    r = counter.resolve("油封 TC 50*64*10 丁腈 不是很急")  # 不是 here takes no figure back
    assert r.best is not None and r.best.number == "N.09"
