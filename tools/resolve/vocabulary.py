"""The trade's facts as data: the facets a phrase and an item either share, contradict or leave unsaid (kind of
part, material, finish, brand …), the facts one fact implies, and those a catalogue's spec token implies where its
text says nothing (a standard names its kind of part). `fuzzy` reads them when it compares; the words that name them
are in `words`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["FACETS", "FACT_IMPLIES", "IMPLIED", "ITEM_ONLY_FACTS", "LIPS", "SERIES", "Facet"]


@dataclass(frozen=True)
class Facet:
    """One kind of fact a phrase may state about a part (its brand, its finish …). A phrase stating a value accepts an
    item stating that value or one it lists as narrower (`narrower`: 镀锌 accepts 热镀锌; not transitive), and
    `loosely` an item of a kind the word is used for without quite naming it (螺栓 for a socket screw): such an item
    fits but never settles the phrase alone. An item stating another value contradicts it (never resolved to), unless
    that value is broader and, written in a catalogue, only vague (`vague_in_items`: an item named 轴承 may be a deep
    groove bearing; one written 镀锌 is electro-galvanised, not hot-dip). An item stating nothing of the kind is
    silent; `assumed`: values an item silent on the facet may be taken to hold (an item naming no material is steel),
    and with `only_assumed` no other (an item naming no maker is a domestic one, not an SKF). Otherwise an item
    silent on a stated fact may hold it, so it is as good a candidate (unless `silence_is_unknown` is off: an item
    whose name is no kind of part the vocabulary knows, 胶管总成, is no candidate for 螺母).
    """

    name: str
    values: tuple[str, ...]
    narrower: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    assumed: frozenset[str] = frozenset()
    vague_in_items: bool = True
    loosely: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    only_assumed: bool = False  # an item silent on the facet holds only `assumed`: it contradicts any other value
    silence_is_unknown: bool = True  # an item silent on it may hold any value: as good a candidate as one stating it
    silence_settles: bool = False  # an item silent on it is the one meant when nothing fits better (a stud says no
    # thread); not so where the value is a variant of the part (a set screw's point, a seal's side, a maker)
    plain_in_items: frozenset[str] = frozenset()  # broader values that, written in a catalogue, name the plain part,
    # never a narrower variant with more to it (an item named 六角螺栓 is no flange bolt)

    def __post_init__(self) -> None:
        if len(self.values) > 64:  # one bit each in a 64-bit mask per item (`fuzzy`)
            raise ValueError(f"facet {self.name}: {len(self.values)} values, at most 64")

    def accepts(self, value: str) -> frozenset[str]:
        return frozenset({value, *self.narrower.get(value, ())})

    def compatible(self, value: str) -> frozenset[str]:
        """What an item may state without contradicting a phrase stating `value`."""
        broader = [v for v in self.values if value in self.accepts(v)] if self.vague_in_items else []
        broader = [v for v in broader if v not in self.plain_in_items or v == value]
        return self.accepts(value) | frozenset(broader) | frozenset(self.loosely.get(value, ()))


_BOLTS = ("六角螺栓", "六角法兰螺栓", "半圆头方颈螺栓", "双头螺柱", "螺杆")
_SCREWS = (
    "内六角螺钉", "内六角圆柱头螺钉", "内六角沉头螺钉", "内六角圆头螺钉", "紧定螺钉", "十字沉头螺钉", "十字盘头螺钉",
)  # fmt: skip
_NUTS = ("六角螺母", "尼龙锁紧螺母", "法兰螺母", "薄螺母", "拉铆螺母")
_WASHERS = ("平垫圈", "大垫圈", "弹簧垫圈")  # 止动垫圈, 铜垫圈 … are 垫圈 by their last word
_PINS = ("圆柱销", "圆锥销", "开口销", "弹性销", "销轴")
_CIRCLIPS = ("轴用弹性挡圈", "孔用弹性挡圈")
_TUBES = ("无缝管", "精密管", "焊管")
_BEARINGS = (
    "深沟球轴承", "圆锥滚子轴承", "角接触球轴承", "圆柱滚子轴承", "推力球轴承", "调心球轴承", "调心滚子轴承",
    "滚针轴承", "外球面轴承", "关节轴承",
)  # fmt: skip
_SEALS = ("o型密封圈", "骨架油封", "y型密封圈", "防尘圈", "斯特封", "格莱圈", "组合垫圈", "缓冲圈")
LIPS = tuple(f"{t}型" for t in ("tc", "tcv", "tcn", "tcy", "tg", "tg4", "sc", "sb", "sa", "ta", "tb", "vc", "vb"))
_BRANDS = (
    "skf", "nsk", "fag", "ntn", "koyo", "timken", "nachi", "ina", "fyh", "哈轴", "瓦轴", "洛轴", "人本", "nok",
    "parker", "manuli", "rexroth", "长城", "merkel", "hallite", "hydac", "yuken", "huade", "mobil", "shell", "loctite",
    "eaton", "vickers", "danfoss", "atos", "sauer", "kawasaki", "denison", "moog", "daikin", "leemin", "gates",
    "trelleborg", "busak", "freudenberg", "iko", "thk", "hiwin", "nmb", "zkl", "smc", "festo", "airtac", "nordlock",
    "tsubaki", "东华", "三维", "bando", "asahi", "autonics", "omron", "keyence", "国产",
)  # fmt: skip

_KINDS = (
    "螺丝", "螺栓", "螺钉", *_BOLTS, *_SCREWS, "螺母", *_NUTS, "垫圈", *_WASHERS, "销", *_PINS, "弹性挡圈", *_CIRCLIPS,
    "键", "平键", "钢管", *_TUBES, "沉头螺钉", "十字螺钉", "球轴承", "轴承", *_BEARINGS, "密封圈", *_SEALS, "密封包",
)  # fmt: skip

FACETS: tuple[Facet, ...] = (
    Facet(  # 螺丝 is any bolt or screw; 螺栓 and 螺钉 name bolts and screws but are used loosely for one another
        "kind",
        _KINDS,
        {
            "螺丝": ("螺栓", "螺钉", "沉头螺钉", "十字螺钉", *_BOLTS, *_SCREWS),
            "螺栓": _BOLTS,
            "螺钉": ("沉头螺钉", "十字螺钉", *_SCREWS),
            "六角螺栓": ("六角法兰螺栓",),  # a flange bolt is a hex bolt too
            "沉头螺钉": ("内六角沉头螺钉", "十字沉头螺钉"),
            "十字螺钉": ("十字沉头螺钉", "十字盘头螺钉"),
            "球轴承": ("深沟球轴承", "角接触球轴承", "推力球轴承", "调心球轴承", "外球面轴承"),
            # 内六角螺钉 said is any socket screw but a set screw; written in a catalogue it is the cap screw, which
            # 内六角圆柱头螺钉 names outright
            "内六角螺钉": ("内六角圆柱头螺钉", "内六角沉头螺钉", "内六角圆头螺钉"),
            "内六角圆柱头螺钉": ("内六角螺钉",),
            "螺母": _NUTS,
            "垫圈": _WASHERS,
            "销": _PINS,
            "弹性挡圈": _CIRCLIPS,
            "键": ("平键",),
            "钢管": _TUBES,
            "轴承": (*_BEARINGS, "球轴承"),
            "密封圈": _SEALS,
        },
        # a seal kit asked for as 密封圈 (and the other way round): what the plant calls it varies
        loosely={"螺栓": ("螺钉", *_SCREWS), "螺钉": ("螺栓", *_BOLTS), "密封圈": ("密封包",), "密封包": ("密封圈",)},
        silence_is_unknown=False,
        plain_in_items=frozenset({"六角螺栓"}),
    ),
    Facet(
        "material",
        ("碳钢", "合金钢", "不锈钢", "铝", "铜", "黄铜", "紫铜", "尼龙"),
        {"铜": ("黄铜", "紫铜")},  # 铜 said is either; brass and (red) copper are different metals
        assumed=frozenset({"碳钢", "合金钢"}),
        only_assumed=True,
    ),
    Facet(  # 镀锌 said in chat is any zinc; written in a catalogue (镀锌, ZP, Zn) it is plain electro-zinc, 白锌
        "finish",
        ("镀锌", "白锌", "热镀锌", "彩锌", "黑锌", "发黑", "达克罗", "本色", "镀镍", "镀铬", "磷化", "无镀层"),
        # 本色 of a stainless part: left as it is, which is what stainless steel's 无镀层 says (a carbon part said
        # 本色 still needs no stainless: 本色 alone implies carbon steel)
        {"镀锌": ("白锌", "热镀锌", "彩锌", "黑锌"), "白锌": ("镀锌",), "本色": ("无镀层",)},
        assumed=frozenset({"本色"}),  # a catalogue leaves a plain part's finish unsaid
        only_assumed=True,
        vague_in_items=False,
    ),
    Facet(
        "rubber",
        ("丁腈", "氢化丁腈", "氟橡胶", "三元乙丙", "硅胶", "聚氨酯", "四氟", "氯丁"),
        assumed=frozenset({"丁腈"}),
        only_assumed=True,
    ),
    Facet("brand", _BRANDS, assumed=frozenset({"国产"}), only_assumed=True),  # naming no maker: a domestic one
    Facet("thread", ("全螺纹", "半螺纹"), silence_settles=True),
    Facet("pitch", ("细牙",), silence_settles=True),  # a fine pitch, which the size also says (M20x2x75)
    Facet("point", ("平端", "锥端", "凹端", "圆柱端")),
    # an American inch (unified) thread, which an inch size also says (1/4-28x1.75), a British one, or metric
    Facet("thread system", ("美制", "英制", "公制")),
    Facet("magnet", ("带磁", "无磁")),  # a cylinder's piston magnet
    Facet("contact", ("常开", "常闭")),  # a thermostat's or a switch's contact at rest
    Facet("shape", ("直通", "弯通", "三通"), assumed=frozenset({"直通"})),
    Facet("side", ("轴用", "孔用")),  # circlips and seals: for a shaft or for a bore
    Facet("joint", ("卡套",)),
    Facet("braid", ("一层", "二层", "四层")),  # a hydraulic hose's steel wire layers
    Facet("ends", ("直头", "一端弯头", "双弯头")),  # a hose assembly's ends: both straight, one or both elbows
    Facet("lip", LIPS),
    Facet(
        "colour", ("黑色", "灰色", "蓝色", "红色", "白色", "黄色", "绿色", "银色", "透明", "橙色")
    ),  # of paint, hose, cable ties
)

# Facts a fact implies, on either side, where nothing of that facet is said: unplated (本色) is plain carbon steel,
# stainless steel has no coating (so it is neither 镀锌 nor 本色 in the trade's sense), 黑色 (read as 发黑) is
# black paint too, and a hose's elbow end makes it an elbow.
FACT_IMPLIES: dict[str, tuple[str, ...]] = {
    "本色": ("碳钢",),
    "不锈钢": ("无镀层",),
    "发黑": ("黑色",),
    "一端弯头": ("弯通",),  # a hose assembly with an elbow end is an elbow (90° elbow said of it)
    "双弯头": ("弯通",),
    "直头": ("直通",),
}
ITEM_ONLY_FACTS = frozenset({"无镀层", "黑色"})  # implied of an item, never taken as stated by a phrase

# Facts a catalogue's spec token implies where its text says nothing of that facet: a standard names the kind of part
# (and the thread of a hex bolt), a bare steel grade is stainless. Patterns match the token without separators.
IMPLIED: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"gb5782|gb5785|din931|din960|iso4014|iso8765", ("六角螺栓", "半螺纹")),
    (r"gb5783|gb5786|din933|din961|iso4017|iso8676", ("六角螺栓", "全螺纹")),
    (r"gb5789|din6921|iso4162|iso15071", ("六角法兰螺栓",)),
    (r"gb70\.1|din912|iso4762", ("内六角螺钉",)),
    (r"gb70\.2|iso7380", ("内六角圆头螺钉",)),
    (r"gb70\.3|din7991|iso10642", ("内六角沉头螺钉",)),
    (r"gb7[7-9]|gb80|din91[3-6]|iso402[6-9]", ("紧定螺钉",)),
    (r"gb818|din7985|iso7045", ("十字盘头螺钉",)),
    (r"gb819(?:\.1)?|din965|iso7046", ("十字沉头螺钉",)),
    (r"gb89[7-9]|gb900|din93[89]|din835", ("双头螺柱",)),
    (r"gb15389|din975|din976", ("螺杆",)),
    (r"gb617[01]|din934|iso403[23]", ("六角螺母",)),
    (r"gb6172(?:\.1)?|din439|iso4035", ("薄螺母",)),
    (r"gb889(?:\.1)?|din98[25]|iso704[02]", ("尼龙锁紧螺母",)),
    (r"gb6177(?:\.1)?|din6923", ("法兰螺母",)),
    (r"gb1788[0-3](?:\.\d)?", ("拉铆螺母",)),
    (r"gb97\.[12]|gb848|din125|din433|iso7089|iso7090|iso7092", ("平垫圈",)),
    (r"gb96\.[12]|din9021|iso7093", ("大垫圈",)),
    (r"gb93|gb859|din127", ("弹簧垫圈",)),
    (r"gb119(?:\.[12])?|din7|din6325|iso2338|iso8734", ("圆柱销",)),
    (r"gb117|din1|iso2339", ("圆锥销",)),
    (r"gb91|din94|iso1234", ("开口销",)),
    (r"gb879(?:\.\d)?|din1481|iso8752", ("弹性销",)),
    (r"gb3452\.1|as568.*", ("o型密封圈",)),
    (r"gb894(?:\.1)?|din471", ("轴用弹性挡圈",)),
    (r"gb893(?:\.1)?|din472", ("孔用弹性挡圈",)),
    (r"gb1096|din6885", ("平键",)),
    (r"201|304l?|316l?|321|310s", ("不锈钢",)),
    (r"m\d+(?:\.\d+)?x\d+(?:\.\d+)?x\d+(?:\.\d+)?", ("细牙",)),  # M20x2x75: a fine-pitch bolt
    (r"(?:\d+-\d+|no\d+)-\d+(?:x[\d.]+)?", ("美制",)),  # 1/4-28x1.75, #10-24: a unified inch thread
    (r"(?:ush|uhs|idu|odu|un|isi|osi)\d.*", ("y型密封圈",)),
    *((rf"{t.removesuffix('型')}\d.*", (t, "骨架油封")) for t in LIPS),  # TC25x40x7: a TC-type oil seal
    (r"(?:ge|we|el|g|w|t)\d+[ls].*", ("卡套",)),
    (r"r1at?|1sn|1st", ("一层",)),  # a hose's SAE / EN type names its wire layers
    (r"r2at?|2sn|2st", ("二层",)),
    (r"4sh|4sp", ("四层",)),
)

# Designations (ISO 15 bearings, JIS O-rings) → the kind of part, for items named only by their family (轴承, 密封圈).
SERIES: tuple[tuple[str, str, str], ...] = (
    ("轴承", r"(?:6[0-4]\d\d|6[789]\d\d|16\d{3}|6\d\d)(?!\d).*", "深沟球轴承"),
    ("轴承", r"3[0-3]\d{3}(?!\d).*", "圆锥滚子轴承"),
    ("轴承", r"7[0-3]\d\d(?!\d).*", "角接触球轴承"),
    ("轴承", r"(?:nu|nj|nup|nf|n)\d{3,4}(?!\d).*", "圆柱滚子轴承"),
    ("轴承", r"5[1-4]\d{3}(?!\d).*", "推力球轴承"),
    ("轴承", r"2[1-4]\d{3}(?!\d).*", "调心滚子轴承"),
    ("轴承", r"(?:1[0-3]|2[23])\d\d(?!\d).*", "调心球轴承"),
    ("轴承", r"(?:hk|nk|na|rna)\d+.*", "滚针轴承"),
    ("轴承", r"(?:uc|ucp|ucf|ucfl|uct)\d+.*", "外球面轴承"),
    ("轴承", r"(?:ge|gex|geg)\d+.*", "关节轴承"),
    ("轴承", r"(?:lm|hm|jlm|jm|l|m)?\d{4,6}[a-z]*-?(?:lm|hm|jlm|jm|l|m)?\d{4,6}[a-z]*", "圆锥滚子轴承"),  # inch sets
    ("密封圈", r"p\d{1,3}a?|g(?:2[5-9]|[3-9]\d|[12]\d\d|300)|as568.*|2-\d{3}", "o型密封圈"),
)
