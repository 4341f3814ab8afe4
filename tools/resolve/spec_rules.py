"""Rules for the trade's notations beyond bolt sizes and grades: spoken signs and labels, units, lengths,
cylinders, oil seal types, fitting ends, inch hose sizes, bearing seals and clearance, rubber hardness. `lexicon`
runs them in its order; each carries its own examples (tests run them all)."""

from __future__ import annotations

import re

from tools.resolve.rewrite import Rule, decimal_text
from tools.resolve.spoken import SAID_FIGURE, figures_said

__all__ = [
    "BEARING",
    "BEARING_SEALS",
    "BREAKER",
    "CABLE",
    "CYLINDER",
    "FITTING_ENDS",
    "GLUED_TYPE",
    "HARDNESS",
    "HOSE_SAE",
    "INCH",
    "INCH_DN",
    "LABEL",
    "LENGTH",
    "MAKER_SEAL",
    "NUMBERED",
    "SEAL_TYPE",
    "SPOKEN",
    "TUBE",
    "UNIT",
    "VICKERS",
    "VOLTAGE",
    "WALL",
]  # fmt: skip

# What speech-to-text writes for the signs of a spec (M8乘30, X杠115B, G1斜杠2) and labels before a value (规格, 游隙).
_SPOKEN = {"乘": "x", "杠": "-", "斜杠": "/", "点": "."}
_VOICE = re.compile(r"(?<=[\da-z])\s*(斜杠|杠|乘|点)\s*(?=[\da-z])")
_UNITS = {"兆帕": "mpa", "公斤": "kg", "毫米": "mm", "千瓦": "kw", "伏": "v"}
# Grades of steel, oil and grease by number: 45钢, 45号钢, 68号 → 45#, 68# (as a catalogue writes them); dia 80 → φ80.
_NUMBERED = re.compile(
    r"(?<![\d.a-z])(?!(?:201|304|316)\D)(\d{1,3})\s*(?:号钢|号|钢)(?![\d])|(?<![a-z])(?:dia|od)\.?\s*(?=\d)"
)
_LABEL = re.compile(r"(?:规格|型号|材质|游隙|品牌|牌子)\s*[:：]?")


# Lengths: 2米 → L2000 (M8*2米 → M8x2000), L=1500mm, 1500mm, L1500 → l1500.
_LENGTH = re.compile(
    r"(?<=x)(\d+(?:\.\d+)?)\s*米|(?<![\d.a-z])(\d+(?:\.\d+)?)\s*米|(?<![a-z\d])l\s*=?\s*(\d{2,5})(?:\s*mm)?(?![\d.])"
    r"|(?<![\d.x])(\d{3,5})\s*mm(?![a-z])|(?<![\d.x])(\d{3,5})\s*长|(?<![\da-z])长\s*(\d{3,5})(?![\d.])"
)


def _length(m: re.Match[str]) -> str:
    if m.group(1):
        return str(round(float(m.group(1)) * 1000))
    if m.group(2):
        return f" l{round(float(m.group(2)) * 1000)} "
    return f" l{next(g for g in m.groups()[2:] if g)} "


# Cylinders: bore/rod-stroke as HSG 80/45-200, 缸径80 杆径45 行程200 → 80/45x200; MOB100-50 → mob100x50.
_CYLINDER = re.compile(
    r"缸径\s*(\d+)\s*杆径\s*(\d+)\s*行程\s*(\d+)|(?<![\d./])(\d{2,3})/(\d{2,3})\s*[-x]\s*(\d{2,4})(?![\d.x])"
    r"|(?<![a-z])(mob|mb)\s*-?\s*(\d{2,3})\s*[-x]\s*(\d{2,4})(?![\d.x])"
)


def _cylinder(m: re.Match[str]) -> str:
    g = m.groups()
    if g[6]:
        return f"{g[6]}{g[7]}x{g[8]}"
    bore, rod, stroke = g[0:3] if g[0] else g[3:6]
    return f"{bore}/{rod}x{stroke}"


# An air cylinder by its labelled bore and stroke (缸径40 行程20, BORE 16 STROKE 25, D12 S30) → 40x20, as catalogues
# write it beside the maker's code; said aloud too (缸径四十 行程二十).
def _bore_stroke(m: re.Match[str]) -> str:
    """Bore x stroke, unless the maker's code written with it says so already (SC40X350 缸径40 行程350: the code
    alone, so that its S variant, with a magnet, does not hold the size as written too)."""
    size = "x".join(figures_said(g)[0] for g in m.groups() if g)
    return " " if size in m.string.replace(" ", "") else f" {size} "


BORE_STROKE = Rule(
    "bore and stroke",
    re.compile(
        r"(?:缸径|bore)\s*[:：]?\s*(\d+|[一二两三四五六七八九十百]+)\s*(?:mm)?\s*[,，/x×*]?\s*(?:行程|stroke)\s*[:：]?\s*"
        r"(\d+|[一二两三四五六七八九十百零]+)(?![\d.])(?:\s*mm)?"
        r"|(?<![a-z\d])d(\d{1,3})\s*[x×*]?\s*s(\d{1,4})(?![\d.a-z])"
    ),
    _bore_stroke,
    (
        ("气缸 缸径40 行程20", "气缸 40x20"),
        ("mgpm40-20z 缸径40 行程20", "mgpm40-20z 40x20"),
        ("compact cylinder bore 16 stroke 25 magnetic", "compact cylinder 16x25 magnetic"),
        ("滑台缸 d12 s30", "滑台缸 12x30"),
        ("缸径四十 行程二十", "40x20"),
        ("d12", "d12"),
        ("sc40x350 缸径40 行程350", "sc40x350"),  # the code says it
    ),
)


# Oil seal types written apart from their size: TC 25x40x7, TC-25x40x7 → tc25x40x7.
# Oil seal types written apart from their size, before or after it, sizes with hyphens: TC 25x40x7, TC-25x40x7,
# 25*40*7 TC型, VC24-44-7 → tc25x40x7, vc24x44x7.
_SEAL_TYPES = r"(tcv|tcn|tcy|tg4(?=[\s型-])|tc|tg|sc|sb|sa|ta|tb|vc|vb)"
_SEAL_SIZE = r"(\d+(?:\.\d+)?)[x-](\d+(?:\.\d+)?)[x-](\d+(?:\.\d+)?)(?![\d.x-])"
_SEAL_TYPE = re.compile(
    rf"(?<![a-z]){_SEAL_TYPES}\s*型?\s*-?\s*{_SEAL_SIZE}|(?<![\d.x-]){_SEAL_SIZE}\s*-?\s*{_SEAL_TYPES}型?(?![a-z])"
)


def _seal_type(m: re.Match[str]) -> str:
    kind, *size = [g for g in m.groups() if g is not None]
    if kind[0].isdigit():
        *size, kind = [kind, *size]
    return f" {kind}{'x'.join(size)} "


# Fitting ends: M30x2(外)-G3/4(外), M30x2转G3/4 and G1/4外-G1/4外 are one spec, m30x2-g3/4 (外 / 内, male or female,
# stays a word beside it).
_ENDS = re.compile(r"(?<=[\d/])\s*(?:[(（]\s*[外内]\s*[)）]|[外内])?\s*(?:[-转~～]|to)\s*(?=[mgr]\d|npt|zg)")


# A type written against its size by the chat normaliser's "x" (Yx 30x45x12 → yx30x45x12): apart again.
_GLUED_TYPE = re.compile(r"(?<![a-z])(yx)(?=\d+(?:\.\d+)?x\d)")

# Hose and pipe sizes in inches (3/4", 6分 as the trade says) → the DN a hose catalogue writes beside them.
INCH_DN = {
    "1/4": 6, "5/16": 8, "3/8": 10, "7/16": 11, "1/2": 12, "5/8": 16, "3/4": 19, "7/8": 22, "1": 25, "1-1/8": 28,
    "1-1/4": 31, "1-3/8": 35, "1-1/2": 38, "1-5/8": 41, "2": 51, "2-1/8": 54,
}  # fmt: skip
_FEN = {"2": "1/4", "3": "3/8", "4": "1/2", "5": "5/8", "6": "3/4"}
_INCH = re.compile(
    r"(?<![\d/.-])(\d-\d/\d+|\d/\d+|[12])\s*(?:\"|”|″|英寸|寸|\s*inch(?:es)?(?![a-z]))|(?<![\d.])([2-6])\s*分(?![\d])"
)


def _inch(m: re.Match[str]) -> str:
    size = m.group(1) or _FEN[m.group(2)]
    return f" dn{INCH_DN[size]} " if size in INCH_DN else m.group()


# Bearing seals and clearance: 6204-2RS, 6204 2RS, 6204-2RS1, 6204DDU → 6204-2rs; 6204ZZ, 6204-2Z → 6204-zz; the
# clearance after either (6204-2RS/C3, 6216LLUC3, 608 C3) → 6204-2rs-c3, 608-c3.
BEARING_SEALS: dict[str, tuple[str, ...]] = {
    "2rs": ("2rs1", "2rsh", "2rsr", "ddu", "llu"),
    "zz": ("2z",),
    "2rz": ("vv",),  # non-contact seals both sides: NSK writes VV
    "rs": ("rs1", "rsh", "rsr", "du", "lu"),  # one side sealed: SKF, FAG, NSK, NTN
    "rz": (),
    "z": (),
}
_SEAL_TO = {w: c for c, ws in BEARING_SEALS.items() for w in (c, *ws)}
_SEALS_RE = "|".join(sorted(_SEAL_TO, key=len, reverse=True))
_BEARING = re.compile(
    rf"(?<![a-z\d.])(s?\d{{3,6}}?)(?:\s*[-/]?\s*({_SEALS_RE}))?(?:\s*[-/]?\s*(c[2-5]|cn))?(?![a-z\d])"
)


def _bearing(m: re.Match[str]) -> str:
    number, seal, clearance = m.groups()
    if not seal and not clearance:
        return m.group()
    generic = "-".join(p for p in (number, seal and _SEAL_TO[seal], clearance) if p)
    if not seal or seal == _SEAL_TO[seal]:
        return generic
    # a maker's own code (2RS1, 2RSH, DDU, 2Z) is kept beside the common one: it picks that maker's bearing when
    # said, and any 2RS bearing still holds the common form
    return f"{generic} {'-'.join(p for p in (number, seal, clearance) if p)}"


# A bearing designation with a maker's own seal code: optional beside its common form (see `_bearing`); the number
# whole (6012-Z is no 601 with a 2Z).
MAKER_SEAL = re.compile(rf"\d{{3,6}}(?!\d)-?(?:{'|'.join(w for w, c in _SEAL_TO.items() if w != c)}).*")

# Rubber hardness (Shore A): 邵氏70, 硬度70, 70度, HS70, 70 shore → hs70, which still matches an item writing a bare 70.
_HARDNESS = re.compile(
    r"(?:邵氏|硬度|shore\s*a?|(?<![a-z])hs)\s*-?\s*([4-9]\d)(?:\s*(?:度|a))?(?![\d.])"
    r"|(?<![\d.xa-z])([4-9]\d)\s*(?:度|shore|a(?![a-z\d型]))"
)


SPOKEN = Rule(
    "spoken signs",
    _VOICE,
    lambda m: _SPOKEN[m.group(1)],
    (("m8乘30", "m8x30"), ("x杠115b", "x-115b"), ("g1斜杠2", "g1/2"), ("gb斜杠t 5789", "gb/t 5789"), ("乘客", "乘客")),
)


LABEL = Rule("label", _LABEL, " ", (("6310 游隙c3", "6310 c3"), ("规格m8x30", "m8x30")))


UNIT = Rule(  # kept apart from a size written right after it (0-40兆帕M20x1.5: a range, then a thread)
    "unit",
    # 瓦 (watts) only after a figure: 瓦轴, 瓦房店 (6309-C3瓦房店轴承) is a maker
    re.compile(f"({'|'.join(_UNITS)}|(?<=\\d)瓦(?![房轴]))(?=([a-z\\d])?)"),
    lambda m: _UNITS.get(m.group(1), "w") + (" " if m.group(2) else ""),
    (
        ("16兆帕", "16mpa"),
        ("180公斤", "180kg"),
        ("0-40兆帕m20x1.5", "0-40mpa m20x1.5"),
        ("加热圈 600瓦", "加热圈 600w"),
        ("瓦轴 6204", "瓦轴 6204"),
        ("6309-c3瓦房店轴承", "6309-c3瓦房店轴承"),
    ),
)


NUMBERED = Rule(
    "numbered grade",
    _NUMBERED,
    lambda m: f"{m.group(1)}#" if m.group(1) else "φ",
    (
        ("45钢", "45#"),
        ("68号液压油", "68#液压油"),
        ("304钢", "304钢"),
        ("dia 80", "φ80"),
        ("od6", "φ6"),
        ("不锈钢", "不锈钢"),
    ),
)


LENGTH = Rule(
    "length",
    _LENGTH,
    _length,
    (
        ("m8x2米", "m8x2000"),
        ("2米 胶管", "l2000 胶管"),
        ("l=1500mm", "l1500"),
        ("300mm", "l300"),
        ("m8x300mm", "m8x300mm"),
        ("1200长", "l1200"),
        ("长1500", "l1500"),
        ("m36长220", "m36长220"),  # a bolt's length: the size rule's
        ("直通 g 22l 316", "直通 g 22l 316"),  # a light-series fitting (22L), then its steel
    ),
)


CYLINDER = Rule(
    "cylinder",
    _CYLINDER,
    _cylinder,
    (("缸径80 杆径45 行程150", "80/45x150"), ("hsg80/45-150", "hsg80/45x150"), ("mob100-50", "mob100x50")),
)


# A coil spring by its labelled sizes (线径1.6 外径9.6 长15, 线径0.6×外径6×自由长70, WIRE 1.6 OD 9.6 L 15): wire,
# outside diameter and free length, as the figures a catalogue writes bare (1.6x9.6x15).
_FIG = f"({SAID_FIGURE})"


def _one_figure(said: str) -> str:
    """The figure a run says, in digits (一点六 → 1.6); as said where it is not one figure."""
    figures = figures_said(said)
    return figures[0] if len(figures) == 1 else said


SPRING = Rule(
    "spring sizes",
    re.compile(
        rf"(?:线径|wire)\s*{_FIG}\s*[x×*,，]?\s*(?:外径|od)\s*{_FIG}\s*[x×*,，]?\s*(?:自由)?(?:长度?|l)\s*{_FIG}(?![\d.])"
    ),
    lambda m: " " + "x".join(_one_figure(g) for g in m.groups()) + " ",
    (
        ("压簧 线径1.6 外径9.6 长15", "压簧 1.6x9.6x15"),
        ("线径0.6×外径6×自由长70", "0.6x6x70"),
        ("wire 1.6 od 9.6 l 15", "1.6x9.6x15"),
        ("压簧 线径一点六 外径九点六 长十五", "压簧 1.6x9.6x15"),
    ),
)


SEAL_TYPE = Rule(
    "oil seal type",
    _SEAL_TYPE,
    _seal_type,
    (
        ("tc 25x40x7", "tc25x40x7"),
        ("tc-25x40x7", "tc25x40x7"),
        ("tc25x40x7", "tc25x40x7"),
        ("24x44x7 tcv型", "tcv24x44x7"),
        ("vc型 24x44x7", "vc24x44x7"),
        ("vc24-44-7 nbr", "vc24x44x7 nbr"),
        ("tg4160-177-12", "tg4160x177x12"),  # TG4 glued to its size reads TG 4160…: the same on both sides
        ("tg4 160x177x12", "tg4160x177x12"),
    ),
)


FITTING_ENDS = Rule(
    "fitting ends",
    _ENDS,
    "-",
    (
        ("m30x2(外)-g3/4(外)", "m30x2-g3/4(外)"),
        ("m30x2转g3/4", "m30x2-g3/4"),
        ("m16x1.5~g3/4", "m16x1.5-g3/4"),
        ("g1/4外-g1/4外直", "g1/4-g1/4外直"),
        ("m14x1.5/g1/4", "m14x1.5/g1/4"),
    ),
)


GLUED_TYPE = Rule("glued type", _GLUED_TYPE, r"\1型 ", (("yx30x45x12", "yx型 30x45x12"),))


INCH = Rule(
    "inch",
    _INCH,
    _inch,
    (
        ('dn19(3/4")', "dn19( dn19 )"),
        ('1" 1sn', "dn25 1sn"),
        ("6分高压胶管", "dn19 高压胶管"),
        ('3/8"', "dn10"),
        ("紫铜管 3/8 inch", "紫铜管 dn10"),
        ('1-3/8" 直管', "dn35 直管"),
    ),
)

# A copper tube's inch size as its outside diameter in millimetres (Φ9.52 is 3/8"), and its wall however written
# (0.8壁厚, 1.0厚, WT1.0, 3/8"x0.8) → dn10 wt0.8, the same on both sides.
_TUBE_MM = {
    "6.35": "1/4", "7.94": "5/16", "9.52": "3/8", "9.53": "3/8", "12.7": "1/2", "12.70": "1/2", "15.88": "5/8",
    "19.05": "3/4", "22.22": "7/8", "22.23": "7/8", "25.4": "1", "28.58": "1-1/8", "34.92": "1-3/8", "34.93": "1-3/8",
}  # fmt: skip
_TUBE_OD = re.compile(rf"(?<![\d.a-z])(?:φ\s*)?({'|'.join(re.escape(k) for k in _TUBE_MM)})(?:\s*mm)?(?![\d])")
_WALL = re.compile(
    r"(?<![\d.a-z])(\d(?:\.\d+)?)\s*(?:mm)?\s*(?:壁厚|厚)|(?<![a-z])wt\s*(\d(?:\.\d+)?)(?![\d])"
    r"|(?<=dn)(\d+)\s*x\s*(0\.\d+|1(?:\.\d+)?)\s*(?:mm)?(?![\d.x])"  # a tube's wall is thin (a hose's 2.5: its bore)
)


def _wall(m: re.Match[str]) -> str:
    if m.group(3):
        return f"{m.group(3)} wt{decimal_text(float(m.group(4)))} "
    return f" wt{decimal_text(float(m.group(1) or m.group(2)))} "


TUBE = Rule(
    "tube",
    _TUBE_OD,
    lambda m: f" dn{INCH_DN[_TUBE_MM[m.group(1)]]} ",
    (("φ19.05 0.8壁厚", "dn19 0.8壁厚"), ("9.52x0.8 c1220", "dn10 x0.8 c1220"), ("φ9.5 o型圈", "φ9.5 o型圈")),
)
WALL = Rule(
    "tube wall",
    _WALL,
    _wall,
    (
        ("dn19 0.8壁厚", "dn19 wt0.8"),
        ("dn10 1.0厚", "dn10 wt1"),
        ("dn16 wt1.0 c1220", "dn16 wt1 c1220"),
        ("dn10 x0.8 c1220", "dn10 wt0.8 c1220"),
        ("dn10 x 0.60mm tp2", "dn10 wt0.6 tp2"),
        ("dn10x2.5 胶管", "dn10x2.5 胶管"),
    ),
)


BEARING = Rule(
    "bearing seal",
    _BEARING,
    _bearing,
    (
        ("6204-2rs", "6204-2rs"),
        ("6204 2rs", "6204-2rs"),
        ("6204-2rs1", "6204-2rs 6204-2rs1"),
        ("6204ddu", "6204-2rs 6204-ddu"),
        ("6204zz", "6204-zz"),
        ("6204-2z", "6204-zz 6204-2z"),
        ("6204", "6204"),
        ("轴承6205 zz", "轴承6205-zz"),
        ("62052rs", "6205-2rs"),  # the hyphen dropped: the seal is 2RS, not RS
        ("6204-2rs/c3", "6204-2rs-c3"),
        ("6216lluc3", "6216-2rs-c3 6216-llu-c3"),
        ("608 c3", "608-c3"),
        ("6002/c3", "6002-c3"),
        ("6800-2rs1c3", "6800-2rs-c3 6800-2rs1-c3"),
        ("609duc3", "609-rs-c3 609-du-c3"),  # NSK's one-side seal
        ("s6205ddu", "s6205-2rs s6205-ddu"),  # a stainless one (S before its number)
    ),
)


# Vickers hardness written before its figure (HV300, as English masters do) → 300hv, as washers' standards write it.
VICKERS = Rule(
    "vickers hardness",
    re.compile(r"(?<![a-z\d])hv\s*(\d{3})(?![\d.])"),
    r" \1hv ",
    (("flat washer m2 hv300", "flat washer m2 300hv"), ("hv 200", "200hv"), ("hv3000", "hv3000")),
)

HARDNESS = Rule(
    "hardness",
    _HARDNESS,
    lambda m: f" hs{m.group(1) or m.group(2)} ",
    (
        ("邵氏70", "hs70"),
        ("硬度 90", "hs90"),
        ("丁腈 70度", "丁腈 hs70"),
        ("fkm hs75", "fkm hs75"),
        ("shore a 70", "hs70"),
        ("90a 氟橡胶", "hs90 氟橡胶"),
        ("7205a", "7205a"),
        ("lc1d80a 接触器", "lc1d80a 接触器"),  # a contactor's code, not rubber
        ("m8x70", "m8x70"),
        ("z40 a型", "z40 a型"),  # a sprocket's teeth and hub type
    ),
)


# A hydraulic hose's SAE J517 type, which the trade says without the series' 100: SAE 100R1AT, 100R2AT → r1at, r2at.
_SAE_EN = {"r1": "1sn", "r1a": "1sn", "r1at": "1sn", "r2": "2sn", "r2a": "2sn", "r2at": "2sn"}
HOSE_SAE = Rule(
    "sae hose",
    # SAE 100R1AT / R2AT are sold as EN 853 1SN / 2SN (one or two wire braids): the catalogue writes either
    re.compile(r"(?<![a-z\d])(?:sae\s*)?100\s*(r\d{1,2}[a-z]{0,2})(?![a-z\d])|(?<![a-z\d])r([12])at?(?![a-z\d])"),
    lambda m: f"{m.group(2)}sn" if m.group(2) else _SAE_EN.get(m.group(1), m.group(1)),
    (
        ("sae 100r1at dn10", "1sn dn10"),
        ("100r2at", "2sn"),
        ("sae100r13", "r13"),
        ("100 个", "100 个"),
        ("r2at -4", "2sn -4"),
        ("r2 电阻", "r2 电阻"),
    ),
)


# A supply voltage, however written (AC220, AC 220V, 220VAC, 220V交流, 交流220V) → ac220v; not inside a longer code
# (DSG-01-3C2-D24), nor taking 交流 from a name right after it (220V交流接触器).
_CURRENT = {"ac": "ac", "dc": "dc", "交流": "ac", "直流": "dc"}
_VOLTAGE = re.compile(
    r"(?<![a-z\d\-/.])(ac|dc|交流|直流)\s*(\d{1,3}(?:\.\d)?|[一二两三四五六七八九十百幺零]+(?=\s*v))(?:\s*v)?(?![a-z\d.])"
    r"|(?<![a-z\d\-/.])(\d{1,3}(?:\.\d)?)\s*v\s*(?:(ac|dc)(?![a-z\d])|(交流|直流)(?![\u4e00-\u9fff]))"
)


def _voltage(m: re.Match[str]) -> str:
    current, figure = (m.group(1), m.group(2)) if m.group(1) else (m.group(4) or m.group(5), m.group(3))
    said = figures_said(figure)  # 交流二百二十伏
    return f" {_CURRENT[current]}{said[0]}v " if len(said) == 1 else m.group()


VOLTAGE = Rule(
    "voltage",
    _VOLTAGE,
    _voltage,
    (
        ("my4n-j ac220", "my4n-j ac220v"),
        ("cjx2-0910 220v交流", "cjx2-0910 ac220v"),
        ("交流 24v 线圈", "ac24v 线圈"),
        ("24vac", "ac24v"),
        ("dc12v", "dc12v"),
        ("220v交流接触器", "220v交流接触器"),  # 交流 of the name, not of the figure
        ("dsg-01-3c2-d24-n1", "dsg-01-3c2-d24-n1"),
        ("ac220v", "ac220v"),
        ("交流二百二十v", "ac220v"),
    ),
)


# A cable's cores and section: 4×10mm², 4芯10平方, 十芯二点五平方 (said) → 4x10平方; a wire alone: 4mm² → 4平方.
CABLE = Rule(
    "cable section",
    re.compile(
        r"(?:(\d{1,2})\s*(?:芯|c)\s*[x*]?\s*)?(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)\s*(?:mm2|平方毫米|平方|sqmm)(?![a-z\d])"
    ),
    lambda m: f"{m.group(1)}x{m.group(2)}平方" if m.group(1) else f"{m.group(2)}平方",
    (
        ("kvvp 4x10mm2", "kvvp 4x10平方"),
        ("trvv 10x2.5mm2", "trvv 10x2.5平方"),
        ("控制电缆 kvvp 4芯10平方", "控制电缆 kvvp 4x10平方"),
        ("拖链线 10芯2.5平方", "拖链线 10x2.5平方"),
        ("bvr 4mm2 红色", "bvr 4平方 红色"),
        ("低压导线6.0平方", "低压导线6.0平方"),
        ("m12 mm20", "m12 mm20"),
    ),
)


# A breaker's poles and its curve with its rating: 单极 → 1p (三极管, a transistor, stays); C曲线 6A, D 16A → c6, d16.
_POLES = {"单": "1", "一": "1", "双": "2", "两": "2", "二": "2", "三": "3", "四": "4"}
BREAKER = Rule(
    "breaker poles and curve",
    re.compile(
        r"(?<![\u4e00-\u9fff])(?P<poles>[单一双两二三四])极(?![管性限板])"
        r"|(?<![a-z\d])(?P<curve>[bcd])\s*(?:曲线|型)?\s*(?P<amps>\d{1,3})\s*(?:a|安)(?![a-z])"
    ),
    lambda m: f"{_POLES[m.group('poles')]}p" if m.group("poles") else f"{m.group('curve')}{m.group('amps')}",
    (
        ("nxb-63 单极 c曲线 6a", "nxb-63 1p c6"),
        ("dz47-60 单极 d 16a", "dz47-60 1p d16"),
        ("nxb-63 4p c曲线 20a", "nxb-63 4p c20"),
        ("三极管", "三极管"),
        ("三极 c32a", "3p c32"),
        ("单极性", "单极性"),
    ),
)
