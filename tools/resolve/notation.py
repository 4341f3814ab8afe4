"""More of the trade's notations, run by `lexicon` in its order: a count glued to a code (×10), bearing suffixes in
either order (C3W33, W33C3), a bearing's type letters written apart (NUP 2314). Each rule carries its examples."""

from __future__ import annotations

import re

from tools.resolve.rewrite import Rule, decimal_text

__all__ = [
    "AS568",
    "BEARING_ORDER",
    "BEARING_PREFIX",
    "BEARING_SIZE",
    "BEARING_SUFFIX",
    "FIT_CLASS",
    "INCH_SCREW",
    "LUBRICANT",
    "OLD_BEARING",
    "RATING",
    "SEAL_DIMENSIONS",
    "SPOKEN_GRADE",
    "SPOKEN_SEALS",
    "TIMES",
]  # fmt: skip

# A count glued to the end of a code that ends in letters (ADAPTERx10, 51217Mx10, GZ208-1100-FFx10): how many, not
# part of the code. After a figure it is a size (8x10), after one or two letters a code (ZX40), so they stay.
TIMES = Rule(
    "times",
    re.compile(
        r"(?:(?<=[\d/-][a-z])|(?<=[\d/-][a-z]{2})|(?<=[\d/-][a-z]{3})|(?<=[a-z]{3})|(?<=(?<![a-z\d])[a-z]{2})"
        r"|(?<=[\u4e00-\u9fff]\s))[x×*]\s?\d{1,3}(?=\s|$|[\u4e00-\u9fff,，])"
    ),
    " ",
    (
        ("51217mx10", "51217m"),
        ("ae9590ex10", "ae9590e"),
        ("gz208-1100-ffx10", "gz208-1100-ff"),
        ("m20x100mmx10", "m20x100mm"),
        ("8x10", "8x10"),  # a size
        ("tdm10x10", "tdm10x10"),  # after a figure: a size
        ("yx30x45x12", "yx30x45x12"),
        ("zx40 06 031", "zx40 06 031"),  # a drawing number's letters
        ("nutx10", "nut"),
        ("m30 q235 znx10", "m30 q235 zn"),  # a finish's two letters, then how many
        ("6304 nsk 深沟球轴承 x10", "6304 nsk 深沟球轴承"),  # after a name
        ("支架x115", "支架x115"),  # glued to the name: a code
    ),
)

# A spherical roller bearing's lubrication groove (W33) and its clearance (C3) are written in either order and
# apart: 22211CC/C3W33, 22211CC/W33C3 and 22211CC/W33 C3 are one bearing → 22211cc/w33c3.
BEARING_ORDER = Rule(
    "bearing suffix order",
    re.compile(r"(?<=[a-z\d])[/-]?(c[2-5])[/-]?(w33)(?![a-z\d])|(?<=w33)[\s/-]+(c[2-5])(?![a-z\d])"),
    lambda m: f"/w33{m.group(1)}" if m.group(1) else m.group(3),
    (
        ("22211cc/c3w33", "22211cc/w33c3"),
        ("22211cc/w33c3", "22211cc/w33c3"),
        ("22314cc/w33 c3", "22314cc/w33c3"),
        ("22216cak/c3w33", "22216cak/w33c3"),
        ("6205 c3", "6205 c3"),
    ),
)

# A bearing's type letters written apart from its number (NUP 2314, NU 314, UCP 211) → nup2314.
BEARING_PREFIX = Rule(
    "bearing prefix",
    re.compile(r"(?<![a-z\d])(nup|nu|nj|nf|nn|na|nk|rna|hk|uc|ucp|ucf|ucfl|uct|ge)\s+(?=\d{3,5}(?![\d.x]))"),
    r"\1",
    (("nup 2314 ecm/c3", "nup2314 ecm/c3"), ("ucp 211", "ucp211"), ("nu 314", "nu314"), ("ge 20", "ge 20")),
)

# The old Chinese bearing numbers (GB 272-88 and before) older storekeepers still say, next to 轴承 or a maker: the
# seal prefix 60 (-Z), 80 (-2Z), 160 (-RS), 180 (-2RS) before the old three figures 1xx, 2xx, 3xx, 4xx (60xx, 62xx,
# 63xx, 64xx): 180205 is 6205-2RS, 109 is 6009; and the old tapered 7200E/7300E/7500E/7600E (30200, 30300, 32200,
# 32300): 7303E is 30303. Without a bearing said they may be anything (a K/3 number, a quantity): left alone.
_OLD_SEAL = {"": "", "60": "-z", "80": "-2z", "160": "-rs", "180": "-2rs"}
_OLD_SERIES = {"1": "60", "2": "62", "3": "63", "4": "64"}
_OLD_TAPER = {"72": "302", "73": "303", "75": "322", "76": "323"}
_MAKER_CN = r"瓦轴|哈轴|洛轴|人本|轴承|bearing"


def _said_of_a_bearing(core: str, gap: str) -> re.Pattern[str]:
    """`core` standing alone, right after 轴承 or a maker (kept in group `before`) or followed by one past `gap`."""
    return re.compile(
        rf"(?P<before>(?:{_MAKER_CN})\s*)?(?<![a-z\d.\-/]){core}(?![\d.a-z/x-])(?(before)|(?={gap}(?:{_MAKER_CN})))"
    )


OLD_BEARING = Rule(
    "old bearing number",
    _said_of_a_bearing(
        r"(?:(?P<seal>160|180|60|80)?(?P<series>[1-4])(?P<bore>\d{2})|(?P<taper>7[2356])(?P<tbore>\d{2})e)",
        r"[^\d,，;；]{0,12}?",
    ),
    lambda m: (
        (m.group("before") or "")
        + (
            f"{_OLD_TAPER[m.group('taper')]}{m.group('tbore')}"
            if m.group("taper")
            else f"{_OLD_SERIES[m.group('series')]}{m.group('bore')}{_OLD_SEAL[m.group('seal') or '']}"
        )
    ),
    (
        ("深沟球轴承160209", "深沟球轴承6209-rs"),
        ("109瓦轴", "6009瓦轴"),
        ("180205 轴承", "6205-2rs 轴承"),
        ("7303e ntn 圆锥滚子轴承", "30303 ntn 圆锥滚子轴承"),
        ("轴承 6205", "轴承 6205"),
        ("轴承 608", "轴承 608"),
        ("180205", "180205"),  # no bearing said
        ("m8x30 204 个", "m8x30 204 个"),
        ("ucp204 轴承", "ucp204 轴承"),
    ),
)

# A deep-groove ball bearing named by its bore × outside diameter × width (ISO 15), next to 轴承 or a maker: 20×47×14
# is 6204, whatever the seals said with it.
_BORE_OD_WIDTH = """
6000 10 26 8, 6001 12 28 8, 6002 15 32 9, 6003 17 35 10, 6004 20 42 12, 6005 25 47 12, 6006 30 55 13, 6007 35 62 14,
6008 40 68 15, 6009 45 75 16, 6010 50 80 16, 6011 55 90 18, 6012 60 95 18, 6013 65 100 18, 6014 70 110 20,
6015 75 115 20, 6200 10 30 9, 6201 12 32 10, 6202 15 35 11, 6203 17 40 12, 6204 20 47 14, 6205 25 52 15,
6206 30 62 16, 6207 35 72 17, 6208 40 80 18, 6209 45 85 19, 6210 50 90 20, 6211 55 100 21, 6212 60 110 22,
6213 65 120 23, 6214 70 125 24, 6215 75 130 25, 6300 10 35 11, 6301 12 37 12, 6302 15 42 13, 6303 17 47 14,
6304 20 52 15, 6305 25 62 17, 6306 30 72 19, 6307 35 80 21, 6308 40 90 23, 6309 45 100 25, 6310 50 110 27,
6311 55 120 29, 6312 60 130 31, 6800 10 19 5, 6801 12 21 5, 6802 15 24 5, 6803 17 26 5, 6804 20 32 7, 6805 25 37 7,
6806 30 42 7, 6900 10 22 6, 6901 12 24 6, 6902 15 28 7, 6903 17 30 7, 6904 20 37 9, 6905 25 42 9, 6906 30 47 9,
604 4 12 4, 605 5 14 5, 606 6 17 6, 607 7 19 6, 608 8 22 7, 609 9 24 7, 623 3 10 4, 624 4 13 5, 625 5 16 5,
626 6 19 6, 627 7 22 7, 629 9 26 8
"""
_BALL_BEARING = {
    "x".join(dims): number
    for number, *dims in (entry.split() for entry in _BORE_OD_WIDTH.replace("\n", " ").split(",") if entry.strip())
}


def _bearing_named(m: re.Match[str]) -> str:
    """The bearing a size names, unless the text names it already (6204-2RS1 20×47×14: the size adds nothing, and a
    bare 6204 of its own would make the sealed one as good an answer for the open 6204 as the open one)."""
    number = _BALL_BEARING.get(m.group("size"))
    if number is None or re.search(rf"(?<!\d){number}(?!\d)", m.string):
        return m.group("size")
    # other bearings share the size (NU206, 7206C, 1206K are 30×62×16 too): only a ball bearing no other code names
    if _OTHER_BEARING.search(m.string) or re.search(rf"[a-z\d]{number[1:]}(?![\d])", m.string):
        return m.group("size")
    return number


_OTHER_BEARING = re.compile(r"滚子|角接触|调心|推力|圆锥|滚针|关节|roller|angular|self-aligning|tapered|thrust|needle")


BEARING_SIZE = Rule(
    "bearing by its sizes",
    _said_of_a_bearing(r"(?P<size>\d{1,2}x\d{2,3}x\d{1,2})", r"[^,，;；]{0,16}?"),
    lambda m: (m.group("before") or "") + _bearing_named(m),
    (
        ("20x47x14 2rs 哈轴 轴承", "6204 2rs 哈轴 轴承"),
        ("轴承 55x100x21", "轴承 6211"),
        ("nsk 6204-2rs1 20x47x14 轴承", "nsk 6204-2rs1 20x47x14 轴承"),  # named already
        ("20x47x14 油封", "20x47x14 油封"),  # an oil seal of that size
        ("轴承 20x47x15", "轴承 20x47x15"),  # no such bearing
        ("圆柱滚子轴承 nu206 30x62x16", "圆柱滚子轴承 nu206 30x62x16"),  # another bearing of that size
        ("轴承 7206c 30x62x16 hrb", "轴承 7206c 30x62x16 hrb"),
    ),
)

# A lubricant's ISO 6743 class letter, which catalogues mostly leave out: L-CKC150, L-HM46 → ckc150, hm46.
LUBRICANT = Rule(
    "lubricant class",
    re.compile(r"(?<![a-z\d])l-(?=[a-z]{2,4}\d)"),
    "",
    (("l-ckc150 工业齿轮油", "ckc150 工业齿轮油"), ("l-hm46", "hm46"), ("l-1500", "l-1500")),
)

# A property class said aloud in Chinese numerals (voice, or typed as said): 八点八级 → 8.8级, 十点九 → 10.9.
_DIGIT = {"四": "4", "五": "5", "六": "6", "八": "8", "九": "9", "十": "10", "十二": "12"}
SPOKEN_GRADE = Rule(
    "spoken grade",
    re.compile(r"(十二|十|[四五六八])点([六八九])(?=级|\s|$)"),
    lambda m: f"{_DIGIT[m.group(1)]}.{_DIGIT[m.group(2)]}",
    (("八点八级", "8.8级"), ("十点九级", "10.9级"), ("十二点九", "12.9"), ("一点点", "一点点")),
)

# Steels a Chinese row writes with the element's character: 65锰 is the spring steel 65Mn (六十五锰 said aloud).
MANGANESE_STEEL = Rule(
    "manganese steel",
    re.compile(r"(?<![\d.])(?:(\d{2})|六十五|六五)\s*锰"),
    lambda m: f" {m.group(1) or '65'}mn ",
    (
        ("弹垫 m4 65锰 镀锌", "弹垫 m4 65mn 镀锌"),
        ("m27 六十五锰", "m27 65mn"),
        ("m10 六五锰", "m10 65mn"),
        ("锰钢", "锰钢"),
    ),
)

# Inch screws (ASME B18): diameter-threads per inch x length, written with or without inch marks, the thread series
# and class (1/2"-13UNC-2A x 2", 1/2-13 x 2, #10-24 x 3/4, 10-24 UNC x 3/4, 2分-20) → 1/2-13x2, no10-24x0.75; the
# length as a decimal, however written (1-3/4, 1.75, 1 3/4"); 1/2" x 2" → 1/2x2. A hose's bare 1/2" is left to the hose
# rule (DN).
_FRACTION = r"\d+-\d+/\d+|\d+\s\d+/\d+|\d+/\d+|\d+(?:\.\d+)?|\.\d+"
_INCH_MARK = r"(?:[\"”″]|\s*inch(?:es)?(?![a-z])|\s*in(?![a-z]))"
_FEN_INCH = {"2分": "1/4", "2分半": "5/16", "3分": "3/8", "3分半": "7/16", "4分": "1/2", "5分": "5/8", "6分": "3/4"}
_NUMBERED_TPI = {"24", "28", "32", "36", "40", "44", "48", "56", "64", "72", "80"}
_INCH_SCREW = re.compile(
    rf"(?<![\d/.a-z-])(#\s?\d{{1,2}}|no\.\s?\d{{1,2}}|\d+/\d+|\d{{1,2}}(?:-\d/\d)?|[2-6]分半?)\s*[\"”″]?\s*-\s*"
    rf"(\d{{1,2}})\s*(unc|unf|unef|un)?(?:-?[123][ab])?(?:\s*[x×*]\s*({_FRACTION})\s*{_INCH_MARK}?)?(?![\d/])"
    rf"|(?<![\d/.a-z-])(\d+/\d+|[1-4])\s*[\"”″]\s*[x×*]\s*({_FRACTION})\s*[\"”″]"
)


def inch_decimal(said: str) -> str:
    """An inch length as a decimal: 1-3/4, 1 3/4 and 1.75 → 1.75; 7/8 and .875 → 0.875; 2 → 2."""
    whole, _, frac = said.replace(" ", "-").rpartition("-") if "/" in said else ("", "", said)
    if "/" in frac:
        num, den = frac.split("/")
        value = float(whole or 0) + int(num) / int(den)
    else:
        value = float(frac)
    return decimal_text(value)


def _inch_screw(m: re.Match[str]) -> str:
    if m.group(5):
        return f" {m.group(5)}x{inch_decimal(m.group(6))} "
    size, tpi, series, length = m.group(1), m.group(2), m.group(3), m.group(4)
    if size[0] == "#" or size.startswith("no"):
        size = "no" + size.lstrip("#no. ")
    elif size in _FEN_INCH:
        size = _FEN_INCH[size]
    elif size.isdigit() and (int(size) >= 5 or tpi in _NUMBERED_TPI):  # 10-24, 6-32: a numbered size, not inches
        if not (series or length) or tpi not in _NUMBERED_TPI:
            return m.group()  # two figures and a dash, said of nothing that shows it is a screw
        size = f"no{size}"
    return f" {size}-{tpi}{'x' + inch_decimal(length) if length else ''} "


INCH_SCREW = Rule(
    "inch screw",
    _INCH_SCREW,
    _inch_screw,
    (
        ('1/2"-13unc x 2" 六角螺栓', "1/2-13x2 六角螺栓"),
        ('1/2-13 x 2"', "1/2-13x2"),
        ("1/2-13unc-2a x 2", "1/2-13x2"),
        ("#10-24 x 3/4", "no10-24x0.75"),
        ("10-24 unc x 3/4", "no10-24x0.75"),
        ('10-24unc x 1/4" 杯头', "no10-24x0.25 杯头"),
        ("#6-32x.875", "no6-32x0.875"),
        ("5/16-18 unc 六角螺母", "5/16-18 六角螺母"),
        ("3/8-16x1-1/2", "3/8-16x1.5"),
        ("3/8-16 x 1.5", "3/8-16x1.5"),
        ('3/4"-10uncx3 in 六角', "3/4-10x3 六角"),
        ("2分-20unc*1.75", "1/4-20x1.75"),
        ('1/2" x 2" 六角螺栓', "1/2x2 六角螺栓"),
        ('3/4" 胶管', '3/4" 胶管'),  # a hose: the hose rule's
        ("2-4 层", "2-4 层"),
        ("10-12 层", "10-12 层"),  # no series, no length, no thread count of a numbered screw: not a screw
    ),
)


# A pin's diameter with its fit class (16m6x40, 8h8x30): the size alone is kept beside it, so a phrase saying only
# 16x40 finds it and one saying 16m6x40 still finds only that class.
FIT_CLASS = Rule(
    "fit class",
    re.compile(r"(?<![\d.a-z])(\d{1,2}(?:\.\d)?)([mh](?:6|7|8|11))\s*[x×*]\s*(\d{1,3})(?![\d.x])"),
    lambda m: f" {m.group(1)}x{m.group(3)} {m.group(1)}{m.group(2)}x{m.group(3)} ",
    (
        ("16m6x60", "16x60 16m6x60"),
        ("圆柱销 8h8x30", "圆柱销 8x30 8h8x30"),
        ("m16x60", "m16x60"),
        ("4.8 m6x35", "4.8 m6x35"),
    ),
)

# A seal's sizes in hyphens, after its profile code or alone (DH-75-83-5, HBY-75-86-5.6, 80-90-9: bore or rod, outer,
# height) → written as a seal is sized elsewhere, dh75x83x5, 80x90x9.
_D = r"(\d{1,3}(?:\.\d{1,2})?)"
SEAL_DIMENSIONS = Rule(
    "seal dimensions",
    re.compile(rf"(?<![a-z\d.\-/])(?:([a-z]{{2,4}})-?)?{_D}-{_D}-{_D}(?![\d.x-])"),
    lambda m: (
        f"{m.group(1) or ''}{m.group(2)}x{m.group(3)}x{m.group(4)}"
        if float(m.group(2)) < float(m.group(3)) and float(m.group(4)) < float(m.group(2))
        else m.group()
    ),
    (
        ("dh-75-83-5", "dh75x83x5"),
        ("hby-75-86-5.6", "hby75x86x5.6"),
        ("gz-1800-16-20", "gz-1800-16-20"),
        ("80-90-9丁腈", "80x90x9丁腈"),
        ("20111-06-05", "20111-06-05"),
        ("m14-100-10.9级", "m14-100-10.9级"),  # a bolt's size and grade
    ),
)


# A bearing's design suffixes (ISO 15 and the makers' own: E, ECM, CC, CAK, J2/Q, B-XL-TVP-P5 …) written apart by
# spaces, hyphens or slashes: one designation, 7310 B XL TVP P5 = 7310-B-XL-TVP-P5 → 7310-b-xl-tvp-p5.
_SUFFIXES = (
    "e|ec|ecp|ecj|ecm|ecml|em|ema|emb|ma|mb|b|be|bep|bey|begap|becbp|becbm|ac|acd|cd|j|j2|q|tvp|tvh|xl|p[4-6]"
    "|cc|ca|cak|ea|eae4|e1|tn|tn9|tng|jn|nr|k|w33|c[2-5]"
)
BEARING_SUFFIX = Rule(
    "bearing suffixes",
    re.compile(
        rf"(?<![a-z\d.\-/])((?:nup|nu|nj|nf|nn|n|hr|lm|hm)?\d{{3,6}}(?:[a-z]{{1,4}}\d?)?)"
        rf"((?:[\s/-]+(?:{_SUFFIXES})(?![a-z\d.]))+)"
    ),
    lambda m: m.group(1) + "".join(f"-{g}" for g in re.split(r"[\s/-]+", m.group(2)) if g),
    (
        ("7310 b xl tvp p5", "7310-b-xl-tvp-p5"),
        ("7310-b-xl-tvp-p5", "7310-b-xl-tvp-p5"),
        ("n207 ecm", "n207-ecm"),
        ("30311 j2/q", "30311-j2-q"),
        ("30311 j2 q skf", "30311-j2-q skf"),
        ("6205 skf", "6205 skf"),
        ("5782 m8x30", "5782 m8x30"),
    ),
)


# An AS568 O-ring by its dash number (AS568-162, AS568A -045, or -023 right after the O-ring's name) is the 2-xxx size
# Parker and most catalogues write: 2-162.
AS568 = Rule(
    "as568 dash number",
    re.compile(
        r"(?:(?<![a-z])as\s*568\s*[ab]?\s*-?\s*|(?<=o型密封圈 )-\s?)(\d{3})(?![\d.x])"
        r"|(?<![a-z])as\s*568\s*[ab]?\s*(?=2-\d{3}(?![\d.x]))"
    ),
    lambda m: f" 2-{m.group(1)} " if m.group(1) else " ",
    (
        ("o型密封圈 as568-162 丁腈-70", "o型密封圈 2-162 丁腈-70"),
        ("o型密封圈 as568a -045", "o型密封圈 2-045"),
        ("o型密封圈 -023 丁腈", "o型密封圈 2-023 丁腈"),
        ("m8x30 -100", "m8x30 -100"),
        ("o型密封圈 as568 2-162 n0674-70", "o型密封圈 2-162 n0674-70"),
    ),
)

# Bearing seals said aloud: 六零零二双Z, 6905 双RS → 6002-2z, 6905-2rs (then read as any seal code).
SPOKEN_SEALS = Rule(
    "seals said aloud",
    re.compile(r"(?<=\d)\s*双\s*(?=z|rs|rz)"),
    "-2",
    (("6905 双z/c3", "6905-2z/c3"), ("6002双rs", "6002-2rs"), ("双头螺柱", "双头螺柱")),
)

# A rating written as volts/amps (250V/10A): two facts, each its own token.
RATING = Rule(
    "volts and amps",
    re.compile(r"(?<=\d)v\s*/\s*(?=\d+(?:\.\d+)?a(?![a-z]))"),
    "v ",
    (("ksd301 50c no 250v/10a", "ksd301 50c no 250v 10a"), ("g1/2", "g1/2")),
)
