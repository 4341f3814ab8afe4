"""The trade's vocabulary for standard parts, as data: one canonical form for the many ways people write a standard
designation, a size, a grade, a material, a finish or a kind of part. `canonical()` runs inside `clean()`, so the
catalogue (index time) and a chat phrase (query time) go through the very same rewriting.

Every rule carries its own examples (text after `tools.text.normalize` → canonical text); tests run them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tools.resolve.vocabulary import COUNTERS, MISSPELLINGS, SYNONYMS

__all__ = [
    "MAKER_SEAL",
    "OPTIONAL_HEADS",
    "RULES",
    "SOFT_HEADS",
    "STANDARD_BODIES",
    "Rule",
    "canonical",
    "designation",
    "equivalence_groups",
    "word_pattern",
]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    replace: str | Callable[[re.Match[str]], str]
    examples: tuple[tuple[str, str], ...]


def _pad(word: str) -> str:
    """Spaces where a canonical word meets Latin letters or digits, so that it never merges into a spec token."""
    return f"{' ' if word[0].isascii() else ''}{word}{' ' if word[-1].isascii() else ''}"


def _trie(words: Iterable[str], end: Callable[[str], str]) -> str:
    """An alternation of `words` as a character trie (shared prefixes factored out, longer words tried first): one
    pass over a text instead of one attempt per word, which keeps canonicalising a 50k catalogue fast."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = end(w)

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append(node[""])  # the word ending here, after every longer one
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return emit(root)


def word_pattern(
    words: Iterable[str], *, ascii_bounds: tuple[str, str] = (r"(?<![a-z])", r"(?![a-z])"), end: str = ""
) -> re.Pattern[str]:
    """Any of `words`, longest first; an ASCII word only whole (`ascii_bounds`), other words followed by `end`
    where they end in 垫 (弹垫 of the typo 簧弹垫圈 is no 弹垫)."""
    words = set(words)
    latin = sorted(w for w in words if w.isascii())
    other = sorted(w for w in words if not w.isascii())
    parts = []
    if other:
        parts.append(_trie(other, lambda w: end if w.endswith("垫") else ""))
    if latin:
        parts.append(f"{ascii_bounds[0]}{_trie(latin, lambda w: ascii_bounds[1])}")
    return re.compile("|".join(parts) or "(?!)")


def _words(table: Mapping[str, Iterable[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every synonym (longest first, so 六角头螺栓 goes before 六角螺栓), and synonym → canonical."""
    to: dict[str, str] = {}
    for canon, synonyms in table.items():
        for s in (canon, *synonyms):
            to[s] = canon
    # an ASCII word is a whole word ("nut" of "peanut" is none), or its plural (nuts)
    return word_pattern(to, ascii_bounds=(r"(?<![a-z])", r"(?:e?s)?(?![a-z])"), end="(?![圈片])"), to


def _term(m: re.Match[str]) -> str:
    word = m.group()
    canon = _TERM_TO.get(word) or _TERM_TO.get(word[:-1]) or _TERM_TO[word[:-2]]  # nuts → nut, boxes → box
    return _pad(canon)


# Standard bodies: what people write (GB/T, GB, 国标 …) → the body as the index holds it. GB and GB/T are one
# series (GB 5782-86 became GB/T 5782-2000), as are JB and JB/T; the year of an edition is dropped.
STANDARD_BODIES: dict[str, tuple[str, ...]] = {
    "gb": ("gb/t", "gb/z", "gbt", "gb", "国标", "国家标准"),
    "din": ("din en", "din", "德标", "德国标准"),
    "iso": ("iso", "国际标准"),
    "jb": ("jb/t", "jbt", "jb", "机标", "机械标准"),
    "hg": ("hg/t", "hgt", "hg", "化工标准"),
    "jis": ("jis", "日标"),
    "ansi": ("asme", "ansi", "美标"),
}
_BODY = {w.replace(" ", ""): body for body, ws in STANDARD_BODIES.items() for w in ws}
_BODY_RE = "|".join(
    r"\s*".join(re.escape(c) for c in w) if w.isascii() else w for w in sorted(_BODY, key=len, reverse=True)
)
_STANDARD = re.compile(
    rf"(?<![a-z])({_BODY_RE})\s*[-.:]?\s*(\d+(?:\.\d+)*)(?:\s*[-—–:]\s*(?:(?:19|20)\d\d|\d\d)(?![\d.x]))?(?![\d])"
)


def _standard(m: re.Match[str]) -> str:
    body = _BODY[re.sub(r"\s+", "", m.group(1))]
    return _pad(f"{body}{m.group(2)}")


TERMS = SYNONYMS
_TERMS, _TERM_TO = _words(TERMS)

# Stainless grades: SS304, SUS304, 不锈钢304 and 304不锈钢 are one material; a bare 304 is left as it is (an item
# written 304 still matches SS304: see fuzzy's soft heads). The word 不锈钢 is kept for name comparison.
_STEEL = r"(304l|304|316l|316|201|310s|321|430)(?![\d.])"
# Stainless property classes name their steel (ISO 3506): A2-70 is 304 stainless, A4-80 is 316.
_STAINLESS_CLASS = re.compile(r"(?<![a-z\d])(a[24])[-\s]?(50|70|80)(?![\d])")
_STAINLESS = re.compile(
    rf"不锈钢\s*(?:ss|sus)?\s*{_STEEL}|(?<![a-z\d])(?:ss|sus)\s*{_STEEL}|(?<![\d.]){_STEEL}\s*不锈钢"
    rf"|(?<![\d.a-z]){_STEEL}(?=[\u4e00-\u9fff])(?!{'|'.join(COUNTERS)})"  # 304外六角螺丝, not 304个
)

# Property classes of bolts and screws: 8.8级, grade 8.8, class 8.8, 8.8 → gr8.8 (a spec token, no residue).
_GRADE = re.compile(
    r"(?:(?<![a-z])(?:grade|class)\s*|(?:性能|强度)?等级\s*|高?强度\s*|(?<=\d)-|(?<![\d.a-zφx\-]))(4\.6|4\.8|5\.6|5\.8|6\.8|8\.8|9\.8|10\.9|12\.9)(?![\d]|\s*x\s*\d)(?:\s*级|s(?![a-ln-z]))?"
)

# Metric sizes: M8-30, M8长30, M8 L=30, M8x30L, M8x30mm → m8x30 (the fine pitch of M8x1.25-30 is kept).
_SIZE = re.compile(
    r"(?<![a-z])m(\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?)\s*(?:-|长|l\s*=?|[x*]\s*l\s*=?)\s*"
    r"(?!(?:201|304|316)(?![\d.]))(\d+(?:\.\d+)?)(?:\s*mm)?(?![\d.a-z]|\s*级)"  # M3-304: stainless, M12-10级: a class
)
# Nut property classes: 8级, grade 8, class 10, 04级 → gr8, gr10, gr04 (after the bolt grades, so 8.8级 stays 8.8).
_CLASS = re.compile(
    r"(?<![a-z])(?:grade|class)\s*(0?[4-9]|1[02]|[1-4]\dh)(?![\d.])|(?<![\d.])(0?[4-9]|1[02]|[1-4]\dh)\s*级"
)  # and set screws' hardness classes, 45H级 → gr45h
# Lengths: 2米 → L2000 (M8*2米 → M8x2000), L=1500mm, 1500mm, L1500 → l1500.
_LENGTH = re.compile(
    r"(?<=x)(\d+(?:\.\d+)?)\s*米|(?<![\d.a-z])(\d+(?:\.\d+)?)\s*米|(?<![a-z])l\s*=?\s*(\d{2,5})(?:\s*mm)?(?![\d.])"
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
_SIZE_TAIL = re.compile(r"(?<![a-z\d])(m\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+)l(?![a-z\d])")
# Ring and tube sizes: Φ20x2.5 and ID20 CS2.5 → 20x2.5 (inner diameter × cross-section), 20x2.5mm → 20x2.5.
_RING = re.compile(r"φ\s*(?=\d+(?:\.\d+)?x\d)|(?<=\d)\s*mm(?![a-z])")
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
_ENDS = re.compile(r"(?<=[\d/])\s*(?:[(（]\s*[外内]\s*[)）]|[外内])?\s*(?:[-转]|to)\s*(?=[mgr]\d|npt|zg)")


# A type written against its size by the chat normaliser's "x" (Yx 30x45x12 → yx30x45x12): apart again.
_GLUED_TYPE = re.compile(r"(?<![a-z])(yx)(?=\d+(?:\.\d+)?x\d)")

# Hose and pipe sizes in inches (3/4", 6分 as the trade says) → the DN a hose catalogue writes beside them.
INCH_DN = {"1/4": 6, "5/16": 8, "3/8": 10, "1/2": 12, "5/8": 16, "3/4": 19, "1": 25, "1-1/4": 31, "1-1/2": 38, "2": 51}
_FEN = {"2": "1/4", "3": "3/8", "4": "1/2", "5": "5/8", "6": "3/4"}
_INCH = re.compile(r"(?<![\d/.-])(1-1/[24]|\d/\d+|[12])\s*(?:\"|”|″|英寸|寸)|(?<![\d.])([2-6])\s*分(?![\d])")


def _inch(m: re.Match[str]) -> str:
    size = m.group(1) or _FEN[m.group(2)]
    return f" dn{INCH_DN[size]} " if size in INCH_DN else m.group()
_ID_CS = re.compile(r"(?<![a-z])(?:id|内径)\s*(\d+(?:\.\d+)?)\s*(?:x\s*cs|x|cs|线径|截面)\s*(\d+(?:\.\d+)?)(?![\d.])")

# Bearing seals and clearance: 6204-2RS, 6204 2RS, 6204-2RS1, 6204DDU → 6204-2rs; 6204ZZ, 6204-2Z → 6204-zz; the
# clearance after either (6204-2RS/C3, 6216LLUC3, 608 C3) → 6204-2rs-c3, 608-c3.
BEARING_SEALS: dict[str, tuple[str, ...]] = {
    "2rs": ("2rs1", "2rsh", "2rsr", "ddu", "llu"),
    "zz": ("2z",),
    "2rz": (),
    "rs": (),
    "rz": (),
    "z": (),
}
_SEAL_TO = {w: c for c, ws in BEARING_SEALS.items() for w in (c, *ws)}
_SEALS_RE = "|".join(sorted(_SEAL_TO, key=len, reverse=True))
_BEARING = re.compile(
    rf"(?<![a-z\d.])(\d{{3,6}}?)(?:\s*[-/]?\s*({_SEALS_RE}))?(?:\s*[-/]?\s*(c[2-5]|cn))?(?![a-z\d])"
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


# A bearing designation with a maker's own seal code: optional beside its common form (see `_bearing`).
MAKER_SEAL = re.compile(rf"\d{{3,6}}-?(?:{'|'.join(w for w, c in _SEAL_TO.items() if w != c)}).*")

# Rubber hardness (Shore A): 邵氏70, 硬度70, 70度, HS70, 70 shore → hs70, which still matches an item writing a bare 70.
_HARDNESS = re.compile(
    r"(?:邵氏|硬度|shore\s*a?|(?<![a-z])hs)\s*-?\s*([4-9]\d)(?:\s*(?:度|a))?(?![\d.])"
    r"|(?<![\d.x])([4-9]\d)\s*(?:度|shore|a(?![a-z\d]))"
)
# Misspellings an input method makes of the trade's words (罗丝 for 螺丝), fixed first.
_MISSPELT = {w: right for right, ws in MISSPELLINGS.items() for w in ws}
_MISSPELLING = word_pattern(_MISSPELT)

# Heads a phrase's spec token may carry where the catalogue writes none: SS304 is 304 there, gr8.8 is 8.8.
# (The other way round, a catalogue's head the phrase leaves out, the index already matches: 2050 of HV-2050.)
SOFT_HEADS = frozenset({"ss", "gr", "hs", "φ", "d"})
# Heads of spec tokens an item may leave unsaid and still partly hold: a stainless property class (A2-70) where the
# item names only its steel.
OPTIONAL_HEADS = frozenset({"a", "l"})  # and a length (2米: of an assembly, or how much bulk hose to cut)

# What speech-to-text writes for the signs of a spec (M8乘30, X杠115B, G1斜杠2) and labels before a value (规格, 游隙).
_SPOKEN = {"乘": "x", "杠": "-", "斜杠": "/", "点": "."}
_VOICE = re.compile(r"(?<=[\da-z])\s*(斜杠|杠|乘|点)\s*(?=[\da-z])")
_UNITS = {"兆帕": "mpa", "公斤": "kg", "毫米": "mm", "千瓦": "kw", "伏": "v"}
# Grades of steel, oil and grease by number: 45钢, 45号钢, 68号 → 45#, 68# (as a catalogue writes them); dia 80 → φ80.
_NUMBERED = re.compile(r"(?<![\d.a-z])(?!(?:201|304|316)\D)(\d{1,3})\s*(?:号钢|号|钢)(?![\d])|(?<![a-z])dia\.?\s*(?=\d)")
_LABEL = re.compile(r"(?:规格|型号|材质|游隙|品牌|牌子)\s*[:：]?")

RULES: tuple[Rule, ...] = (
    Rule(
        "spoken signs",
        _VOICE,
        lambda m: _SPOKEN[m.group(1)],
        (("m8乘30", "m8x30"), ("x杠115b", "x-115b"), ("g1斜杠2", "g1/2"), ("gb斜杠t 5789", "gb/t 5789"), ("乘客", "乘客")),
    ),
    Rule("label", _LABEL, " ", (("6310 游隙c3", "6310 c3"), ("规格m8x30", "m8x30"))),
    Rule("unit", re.compile("|".join(_UNITS)), lambda m: _UNITS[m.group()], (("16兆帕", "16mpa"), ("180公斤", "180kg"))),
    Rule(
        "numbered grade",
        _NUMBERED,
        lambda m: f"{m.group(1)}#" if m.group(1) else "φ",
        (("45钢", "45#"), ("68号液压油", "68#液压油"), ("304钢", "304钢"), ("dia 80", "φ80"), ("不锈钢", "不锈钢")),
    ),
    Rule(
        "misspelling",
        _MISSPELLING,
        lambda m: _MISSPELT[m.group()],
        (("外六角罗丝", "外六角螺丝"), ("深勾球轴承", "深沟球轴承"), ("o型密风圈", "o型密封圈")),
    ),
    Rule(
        "standard",
        _STANDARD,
        _standard,
        (
            ("gb/t 5782-2016 m8x30", "gb5782 m8x30"),
            ("gb5782", "gb5782"),
            ("gb 5782-86", "gb5782"),
            ("国标5782螺栓", "gb5782 螺栓"),
            ("gb5782m8x30", "gb5782 m8x30"),
            ("din 931", "din931"),
            ("德标931", "din931"),
            ("iso 4014:2011", "iso4014"),
            ("gb/t 70.1-2008", "gb70.1"),
            ("jb/t 966", "jb966"),
            ("hg/t 20592", "hg20592"),
            ("din-931", "din931"),
            ("gbt3452.1", "gb3452.1"),
        ),
    ),
    Rule(
        "term",
        _TERMS,
        _term,
        (
            ("外六角螺栓", "六角螺栓"),
            ("六角头螺栓", "六角螺栓"),
            ("内六角螺栓", "内六角螺钉"),
            ("hex bolt", "六角螺栓"),
            ("o型圈", "o型密封圈"),
            ("o-ring", "o型密封圈"),
            ("zinc plated", "镀锌"),
            ("碳钢镀锌", "碳钢镀锌"),
            ("20x2.5o型圈", "20x2.5 o型密封圈"),
            ("热镀锌", "热镀锌"),
            ("stainless steel 304", "不锈钢 304"),
            ("平垫圈", "平垫圈"),
            ("弹垫", "弹簧垫圈"),
            ("簧弹垫圈", "簧弹垫圈"),  # a typo, not 弹垫
            ("phillips countersunk screw", "十字沉头螺钉"),
            ("螺帽", "螺母"),
            ("hex nuts", "六角螺母"),
        ),
    ),
    Rule(
        "stainless",
        _STAINLESS,
        lambda m: f" 不锈钢ss{next(g for g in m.groups() if g)} ",
        (
            ("ss304", "不锈钢ss304"),
            ("sus 316l", "不锈钢ss316l"),
            ("不锈钢304六角螺栓", "不锈钢ss304 六角螺栓"),
            ("螺栓ss304", "螺栓 不锈钢ss304"),
            ("304不锈钢螺栓", "不锈钢ss304 螺栓"),
            ("304不锈钢", "不锈钢ss304"),
            ("304外六角螺丝", "不锈钢ss304 外六角螺丝"),  # glued to a part's name
            ("304个", "304个"),  # a quantity
            ("304", "304"),  # bare: could be anything; matched softly
            ("3040", "3040"),
        ),
    ),
    Rule(
        "stainless class",
        _STAINLESS_CLASS,
        lambda m: f" 不锈钢ss{'304' if m.group(1) == 'a2' else '316'} {m.group(1)}-{m.group(2)} ",
        (("a2-70", "不锈钢ss304 a2-70"), ("a4-80", "不锈钢ss316 a4-80"), ("m8x30-a2-70", "m8x30- 不锈钢ss304 a2-70")),
    ),
    Rule(
        "grade",
        _GRADE,
        lambda m: _pad(f"gr{m.group(1)}"),
        (
            ("8.8级", "gr8.8"),
            ("grade 8.8", "gr8.8"),
            ("合金钢10.9级", "合金钢 gr10.9"),
            ("10.9级螺栓", "gr10.9 螺栓"),
            ("m8x30 8.8", "m8x30 gr8.8"),
            ("强度等级12.9", "gr12.9"),
            ("强度10.9", "gr10.9"),
            ("高强度12.9级", "gr12.9"),
            ("φ8.8", "φ8.8"),
            ("20x4.8", "20x4.8"),
            ("18.8", "18.8"),
            ("m8x30-8.8", "m8x30 gr8.8"),  # a size and its grade in one run
            ("8.8sm22x65", "gr8.8 m22x65"),
            ("4.8x14 抽芯铆钉", "4.8x14 抽芯铆钉"),  # a rivet's diameter, not a grade
        ),
    ),
    Rule(
        "class",
        _CLASS,
        lambda m: f" gr{m.group(1) or m.group(2)} ",
        (
            ("10级", "gr10"),
            ("grade 8", "gr8"),
            ("class 10", "gr10"),
            ("04级", "gr04"),
            ("m12-10级", "m12- gr10"),
            ("45h级", "gr45h"),
        ),
    ),
    Rule(
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
        ),
    ),
    Rule(
        "cylinder",
        _CYLINDER,
        _cylinder,
        (("缸径80 杆径45 行程150", "80/45x150"), ("hsg80/45-150", "hsg80/45x150"), ("mob100-50", "mob100x50")),
    ),
    Rule(
        "size",
        _SIZE,
        lambda m: f" m{m.group(1)}x{m.group(2)}",
        (
            ("a2-70m16-75", "a2-70 m16x75"),
            ("m8-30", "m8x30"),
            ("m8长30", "m8x30"),
            ("m8 长 30mm", "m8x30"),
            ("m8 l=30", "m8x30"),
            ("m8x1.25-30", "m8x1.25x30"),
            ("m8x30", "m8x30"),
            ("m3-304", "m3-304"),  # the steel, not a length
            ("m10-65mn", "m10-65mn"),  # spring steel
            ("m16-100hv", "m16-100hv"),  # a washer's hardness
            ("m22*l1000", "m22x1000"),
        ),
    ),
    Rule(
        "steel after size",
        re.compile(r"(?<=\d)-(?=(?:201|304|316)(?![\d.]))"),
        " ",
        (("m3-304", "m3 304"), ("m8x30-304", "m8x30 304")),
    ),
    Rule(
        "size tail",
        _SIZE_TAIL,
        lambda m: m.group(1),
        (("m8x30l", "m8x30"), ("m8x30", "m8x30")),
    ),
    Rule(
        "ring",
        _RING,
        "",
        (("φ20x2.5", "20x2.5"), ("φ60", "φ60"), ("20x2.5mm", "20x2.5"), ("φ10x1.5 油管", "10x1.5 油管")),
    ),
    Rule(
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
    ),
    Rule(
        "fitting ends",
        _ENDS,
        "-",
        (
            ("m30x2(外)-g3/4(外)", "m30x2-g3/4(外)"),
            ("m30x2转g3/4", "m30x2-g3/4"),
            ("g1/4外-g1/4外直", "g1/4-g1/4外直"),
            ("m14x1.5/g1/4", "m14x1.5/g1/4"),
        ),
    ),
    Rule("glued type", _GLUED_TYPE, r"\1型 ", (("yx30x45x12", "yx型 30x45x12"),)),
    Rule(
        "inch",
        _INCH,
        _inch,
        (('dn19(3/4")', "dn19( dn19 )"), ('1" 1sn', "dn25 1sn"), ("6分高压胶管", "dn19 高压胶管"), ('3/8"', "dn10")),
    ),
    Rule(
        "inner diameter",
        _ID_CS,
        lambda m: f"{m.group(1)}x{m.group(2)}",
        (("id20 cs2.5", "20x2.5"), ("id68xcs1.8", "68x1.8")),
    ),
    Rule(
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
        ),
    ),
    Rule(
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
            ("m8x70", "m8x70"),
        ),
    ),
)


def canonical(text: str) -> str:
    """Every rule in order over already normalised text (`tools.text.normalize`); spaces collapsed. Idempotent."""
    for rule in RULES:
        text = rule.pattern.sub(rule.replace, text)
    # "不锈钢304 A2-70" says stainless twice; once is what a name comparison should see
    return " ".join(dict.fromkeys(text.split()))


def designation(text: str) -> str | None:
    """The canonical form of one standard designation (GB/T 5782-2016 → gb5782), or None when it is none."""
    from tools.text import normalize

    m = _STANDARD.fullmatch(normalize(text).strip())
    return _standard(m).strip() if m else None


def equivalence_groups(groups: Sequence[Sequence[str]]) -> list[tuple[str, ...]]:
    """The plant's equivalent standards in canonical form; ValueError naming an entry that is no designation."""
    out = []
    for group in groups:
        canon = []
        for entry in group:
            d = designation(entry)
            if d is None:
                raise ValueError(f"{entry!r} is not a standard designation: write it like GB/T 5782, DIN 931, ISO 4014")
            canon.append(d)
        out.append(tuple(dict.fromkeys(canon)))
    return out
