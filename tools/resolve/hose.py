"""Rules for facts the trade writes in short notation: a hose's SAE dash size (-16 = DN25), a hose assembly's ends
(JIC母/90°JIC母, 直-90°) and a bolt's length said apart from its size (m20 六十). Each carries its own examples."""

from __future__ import annotations

import re

from tools.resolve.rewrite import Rule
from tools.resolve.spoken import spoken_figures

__all__ = ["BORE_DN", "DASH_DN", "HOSE_DASH", "HOSE_END_PAIR", "HOSE_END_SHAPES", "SAID_L", "SPOKEN_LENGTH"]

# SAE J517 dash sizes (sixteenths of an inch of bore) → the DN the catalogue writes.
DASH_DN = {"4": 6, "5": 8, "6": 10, "8": 12, "10": 16, "12": 19, "16": 25, "20": 31, "24": 38, "32": 51}
_HOSE = r"(?:胶管|软管|1sn|2sn|1st|2st|4sh|4sp|r\d{1,2}at?|一层|二层|四层)"
_DASH = rf"(?<![a-z\d.\-/])-0?({'|'.join(sorted(DASH_DN, key=len, reverse=True))})(?![\d.a-z/x-])"  # -06 is -6
HOSE_DASH = Rule(
    "sae dash size",
    re.compile(rf"({_HOSE}[^-]{{0,30}}?){_DASH}|{_DASH}(?=[^-]{{0,30}}?{_HOSE})"),
    lambda m: f"{m.group(1)} dn{DASH_DN[m.group(2)]} " if m.group(2) else f" dn{DASH_DN[m.group(3)]} ",
    (
        ("gb3683 1sn -16 l2050", "gb3683 1sn dn25 l2050"),
        ("胶管总成 二层 -12 l1250", "胶管总成 二层 dn19 l1250"),
        ("-8 胶管总成", "dn12 胶管总成"),
        ("r2at -4", "r2at dn6"),
        ("2sn -06 l2850", "2sn dn10 l2850"),
        ("m8 -16 螺栓", "m8 -16 螺栓"),  # no hose said: not a dash size
        ("2sn dn10 -40℃", "2sn dn10 -40℃"),  # no such dash size
    ),
)

# A bore said by its Chinese name (通径, 公称通径): the DN the catalogue writes, digits or said aloud (通径十 = DN10).
_CN_FIGURE = "[一二两三四五六七八九十]+"
BORE_DN = Rule(
    "nominal bore",
    re.compile(rf"(?:公称)?通径\s*(?:dn)?\s*(?:(\d+)|({_CN_FIGURE}))(?![\d.])"),
    lambda m: f" dn{m.group(1) or spoken_figures(m.group(2))[0]} ",
    (
        ("液压胶管总成二层钢丝通径6 l450", "液压胶管总成二层钢丝 dn6 l450"),
        ("高压胶管 两层钢丝 通径八", "高压胶管 两层钢丝 dn8"),
        ("通径 dn25", "dn25"),
        ("通径", "通径"),
    ),
)

# A length said aloud after its L (L=一千五百): the length, as written in figures.
SAID_L = Rule(
    "length said after l",
    re.compile(r"(?<![a-z])l\s*=?\s*([一二两三四五六七八九十百千零]+)(?![\u4e00-\u9fff])"),
    lambda m: f" l{spoken_figures(m.group(1))[0]} " if len(spoken_figures(m.group(1))) == 1 else m.group(),
    (("dn8 l=一千五百 dkos", "dn8 l1500 dkos"), ("l=二千零五十", "l2050"), ("l型支架", "l型支架")),
)

# A hose assembly's two ends, each straight unless 90 (°) is written of it → the ends facet's word beside the text.
_SHAPE = {0: "直头", 1: "一端弯头", 2: "双弯头"}
_END = r"(?:jic|orfs|bsp|bspp|npt|jis|dkol|dkos|dko|sae)[母公]?"
HOSE_END_PAIR = Rule(
    "hose end pair",
    re.compile(rf"(?<![a-z\d])((?:90|45)°?\s*)?{_END}\s*/\s*((?:90|45)°?\s*)?{_END}(?![a-z\d])"),
    lambda m: (
        m.group()
        if "45" in (m.group(1) or "") + (m.group(2) or "")
        else f"{m.group()} {_SHAPE[bool(m.group(1)) + bool(m.group(2))]} "
    ),
    (
        ("jic母/jic母", "jic母/jic母 直头"),
        ("jic母/90 jic母", "jic母/90 jic母 一端弯头"),
        ("90°dkol/90°dkol", "90°dkol/90°dkol 双弯头"),
        ("dkos/dkol", "dkos/dkol 直头"),
        ("jic母/45 jic母", "jic母/45 jic母"),  # a 45° end: no word for it
        ("m/s", "m/s"),
    ),
)
_ENDS = {"直通": 0, "直": 0, "str": 0, "90": 1, "弯90": 1, "弯": 1}
_SIDE = rf"({'|'.join(_ENDS)})°?"
HOSE_END_SHAPES = Rule(
    "hose end shapes",
    re.compile(rf"(?<![a-z\d.\-/]){_SIDE}\s*[-/]\s*{_SIDE}(?![a-z\d.\-/x])"),
    lambda m: f" {_SHAPE[_ENDS[m.group(1)] + _ENDS[m.group(2)]]} ",
    (
        ("jic 直-90°", "jic 一端弯头"),
        ("bsp str-str", "bsp 直头"),
        ("orfs 90 -90", "orfs 双弯头"),
        ("直-直", "直头"),
        ("m20x1.5/m20x1.5 直/直", "m20x1.5/m20x1.5 直头"),
        ("直通/90 m14x1.5", "一端弯头 m14x1.5"),  # straight/90, both ends M14x1.5
        ("两端m14x1.5 直/弯90", "两端m14x1.5 一端弯头"),
        ("jic str-45", "jic str-45"),
        ("m8 90-90x2", "m8 90-90x2"),
    ),
)


# A figure said aloud apart right after a metric size is its length (m二十 六十 → m20x60); not a count or a grade.
SPOKEN_LENGTH = Rule(
    "length said apart",
    re.compile(
        r"(?<![a-z\d.])(m\d{1,2}(?:\.\d)?)\s+([一二两三四五六七八九十百]{2,4})"
        r"(?![\d.x\u4e00-\u9fff]|\s*(?:个|只|件|根|套|支|条|片|颗|粒|盒|包|箱|级|度|pcs|mm))"
    ),
    lambda m: f"{m.group(1)}x{said[0]}" if len(said := spoken_figures(m.group(2))) == 1 else m.group(),
    (
        ("m20 六十 gr10.9", "m20x60 gr10.9"),
        ("m10 三十五 gr8.8", "m10x35 gr8.8"),
        ("m20 10 zp gb889.1", "m20 10 zp gb889.1"),  # written, a figure after the size is a nut's grade
        ("m12 一百个", "m12 一百个"),
        ("m27 六十五锰", "m27 六十五锰"),  # 65Mn, the spring steel
    ),
)
