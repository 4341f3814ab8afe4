"""The trade's vocabulary for standard parts, as data: one canonical form for the many ways people write a standard
designation, a size, a grade, a material, a finish or a kind of part. `canonical()` runs inside `clean()`, so the
catalogue (index time) and a chat phrase (query time) go through the very same rewriting.

Every rule carries its own examples (text after `tools.text.normalize` → canonical text); tests run them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from tools.resolve.drives import ANSI_CHAIN, BORE, CHAIN_ROWS, TEETH, TIMING_BELT
from tools.resolve.electric import CAPACITANCE, CONTACT, SPOKEN_VOLTS, TEMPERATURE
from tools.resolve.homophones import misspellings
from tools.resolve.hose import BORE_DN, HOSE_DASH, HOSE_END_PAIR, HOSE_END_SHAPES, SAID_L, SPOKEN_LENGTH
from tools.resolve.notation import (
    AS568,
    BEARING_ORDER,
    BEARING_PREFIX,
    BEARING_SIZE,
    BEARING_SUFFIX,
    FIT_CLASS,
    INCH_SCREW,
    LUBRICANT,
    MANGANESE_STEEL,
    OLD_BEARING,
    RATING,
    SEAL_DIMENSIONS,
    SPOKEN_GRADE,
    SPOKEN_SEALS,
    TIMES,
)
from tools.resolve.rewrite import Rule, decimal_text, pad, word_pattern
from tools.resolve.spec_rules import (
    BEARING,
    BORE_STROKE,
    BREAKER,
    CABLE,
    CYLINDER,
    FITTING_ENDS,
    GLUED_TYPE,
    HARDNESS,
    HOSE_SAE,
    INCH,
    LABEL,
    LENGTH,
    MAKER_SEAL,
    NUMBERED,
    SEAL_TYPE,
    SPOKEN,
    SPRING,
    TUBE,
    UNIT,
    VICKERS,
    VOLTAGE,
    WALL,
)  # fmt: skip
from tools.resolve.spoken import (
    CORRECTION,
    LENGTH_CORRECTION,
    SAID_FIGURE,
    SPOKEN_IN_CODES,
    SPOKEN_NUMBERS,
    SPOKEN_SIZE,
    figures_said,
)
from tools.resolve.words import COUNTERS, MISSPELLINGS, SYNONYMS

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
    return pad(canon)


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
    rf"(?<![a-z])(?!(?<=\d)[a-z/]+-)({_BODY_RE})\s*[-.:]?\s*([1-9]\d*(?:\.\d+)*)(?:\s*[-—–:]\s*(?:(?:19|20)\d\d|\d\d)(?![\d.x]))?(?![\d])"
)


def _standard(m: re.Match[str]) -> str:
    body = _BODY[re.sub(r"\s+", "", m.group(1))]
    return pad(f"{body}{m.group(2)}")


# JIS and ASME number their standards after a division letter: JIS B 1176, JIS B1180:2014, ASME B18.2.1 → jisb1176.
_LETTERED = re.compile(
    r"(?<![a-z])(jis|日标|asme|ansi|美标)\s*([a-z])\s*[-.]?\s*(\d+(?:\.\d+)*)(?:\s*[-:]\s*(?:19|20)\d\d(?![\d.x]))?(?![\d])"
)


def _lettered(m: re.Match[str]) -> str:
    return pad(f"{_BODY[m.group(1)]}{m.group(2)}{m.group(3)}")


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
    r"|(?<![\d.a-z/-])18-(8)(?![\d.])(?:\s*(?:ss|不锈钢)(?![a-z]))?"  # 18-8 (SS), as inch fasteners write 304
)

# Property classes of bolts and screws: 8.8级, grade 8.8, class 8.8, 8.8 → gr8.8 (a spec token, no residue).
_GRADE = re.compile(
    r"(?:(?<![a-z])(?:grade|class|cl\.?|pc)\s*|强度区分\s*|(?:性能|强度)?等级\s*|高?强度\s*|(?<=\d)-|(?<![\d.a-zφx\-]))(4\.6|4\.8|5\.6|5\.8|6\.8|8\.8|9\.8|10\.9|12\.9)(?![\d]|\s*x\s*\d)(?:\s*级|s(?![a-ln-z]))?"
)

# Metric sizes: M8-30, M8长30, M8 L=30, M8x30L, M8x30mm → m8x30 (the fine pitch of M8x1.25-30 is kept).
_SIZE = re.compile(
    r"(?<![a-z])m(\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?)\s*(?:-|长度?|l\s*=?|[x*]\s*l\s*=?)\s*"
    r"(?!(?:201|304|316)(?![\d.]))(\d+(?:\.\d+)?)(?:\s*mm)?(?![\d.a-z]|\s*级)"  # M3-304: stainless, M12-10级: a class
)
# Nut property classes: 8级, grade 8, class 10, 04级 → gr8, gr10, gr04 (after the bolt grades, so 8.8级 stays 8.8).
_CLASS = re.compile(
    r"(?:(?<![a-z])(?:grade|class|cl\.?)|强度区分|(?:性能|强度)?等级)\s*(0?[4-9]|1[02]|[1-4]\dh)(?![\d.])"
    r"|(?<![\d.])(0?[4-9]|1[02]|[1-4]\dh)\s*级"
)  # and set screws' hardness classes, 45H级 → gr45h
_SIZE_TAIL = re.compile(r"(?<![a-z\d])(m\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+)l(?![a-z\d])")
# Ring and tube sizes: Φ20x2.5 and ID20 CS2.5 → 20x2.5 (inner diameter × cross-section), 20x2.5mm → 20x2.5.
_RING = re.compile(r"φ\s*(?=\d+(?:\.\d+)?x\d)|(?<=\d)\s*mm(?![a-z])")
# Misspellings an input method makes of the trade's words (罗丝 for 螺丝), fixed first.
_MISSPELT = misspellings([*(w for k, ws in SYNONYMS.items() for w in (k, *ws)), *MISSPELLINGS]) | {
    w: right for right, ws in MISSPELLINGS.items() for w in ws
}
_MISSPELLING = word_pattern(_MISSPELT)

# An O-ring's inner (or outer) diameter and cross-section, labelled, in figures or said aloud (外径50 线径3: its inner
# diameter is 44, what a catalogue writes).
_O_FIGURE = f"({SAID_FIGURE})"
_ID_CS = re.compile(
    rf"(?<![a-z])(id|内径|od|外径)\s*{_O_FIGURE}\s*[;,，；/]?\s*(?:x\s*cs|x|cs|线径|截面|粗)\s*[:：]?\s*{_O_FIGURE}(?![\d.])"
)


def _id_cs(m: re.Match[str]) -> str:
    said = [figures_said(g) for g in m.group(2, 3)]
    if any(len(f) != 1 for f in said):
        return m.group()
    inner, section = float(said[0][0]), float(said[1][0])
    if m.group(1) in ("od", "外径"):
        inner -= 2 * section
    return f"{decimal_text(inner)}x{decimal_text(section)}" if inner > 0 else m.group()


# Heads a phrase's spec token may carry where the catalogue writes none: SS304 is 304 there, gr8.8 is 8.8.
# (The other way round, a catalogue's head the phrase leaves out, the index already matches: 2050 of HV-2050.)
SOFT_HEADS = frozenset({"ss", "gr", "hs", "φ", "d"})
# Heads of spec tokens an item may leave unsaid and still partly hold: a stainless property class (A2-70) where the
# item names only its steel.
OPTIONAL_HEADS = frozenset({"a", "l"})  # and a length (2米: of an assembly, or how much bulk hose to cut)

RULES: tuple[Rule, ...] = (
    SPOKEN_SIZE,
    SPOKEN_NUMBERS,
    SPOKEN_IN_CODES,
    SPOKEN,
    SPOKEN_GRADE,
    SPOKEN_LENGTH,
    CABLE,
    BREAKER,
    MANGANESE_STEEL,
    SPRING,
    LABEL,
    TIMING_BELT,
    HOSE_SAE,
    HOSE_DASH,
    BORE_DN,
    SAID_L,
    LUBRICANT,
    INCH_SCREW,
    FIT_CLASS,
    SEAL_DIMENSIONS,
    UNIT,
    SPOKEN_VOLTS,
    RATING,
    CAPACITANCE,
    TEMPERATURE,
    CONTACT,
    VOLTAGE,
    TIMES,
    NUMBERED,
    Rule(
        "misspelling",
        _MISSPELLING,
        lambda m: _MISSPELT[m.group()],
        (
            ("外六角罗丝", "外六角螺丝"),
            ("深勾球轴承", "深沟球轴承"),
            ("o型密风圈", "o型密封圈"),
            ("十字沉头螺丁", "十字沉头螺钉"),  # generated from the word: one character sounding the same
            ("y行圈", "y型圈"),
            ("hex nut nylon isnert", "hex nut nylon insert"),
            ("液压油管", "液压油管"),
        ),
    ),
    Rule(
        "lettered standard",
        _LETTERED,
        _lettered,
        (
            ("jis b 1176", "jisb1176"),
            ("jis b1180:2014", "jisb1180"),
            ("asme b18.2.1", "ansib18.2.1"),
            ("jis 10k", "jis 10k"),
        ),
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
            ("1jb-08-06 接头", "1jb-08-06 接头"),  # a fitting's code: no standard's number opens with 0
            ("1jb-12-06", "1jb-12-06"),  # nor follows a figure and a hyphen
            ("m12x35gb70.1", "m12x35 gb70.1"),
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
    TEETH,
    BORE,
    CHAIN_ROWS,
    ANSI_CHAIN,
    Rule(
        "stainless",
        _STAINLESS,
        lambda m: f" 不锈钢ss{g if (g := next(g for g in m.groups() if g)) != '8' else '304'} ",
        (
            ("ss304", "不锈钢ss304"),
            ("sus 316l", "不锈钢ss316l"),
            ("不锈钢304六角螺栓", "不锈钢ss304 六角螺栓"),
            ("螺栓ss304", "螺栓 不锈钢ss304"),
            ("304不锈钢螺栓", "不锈钢ss304 螺栓"),
            ("304不锈钢", "不锈钢ss304"),
            ("304外六角螺丝", "不锈钢ss304 外六角螺丝"),  # glued to a part's name
            ("304个", "304个"),  # a quantity
            ("5/8 18-8 ss", "5/8 不锈钢ss304"),
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
    Rule(  # SS or SUS said alone (SS UCF205, a stainless bearing unit): the steel, not a code's letters
        "stainless word",
        re.compile(r"(?<![a-z\d])(?:ss|sus)(?![a-z\d])(?!\s*(?:201|304|316|310|321|430)(?!\d))"),
        " 不锈钢 ",
        (("ss ucf205", "不锈钢 ucf205"), ("不锈钢ss304", "不锈钢ss304"), ("ss 304", "ss 304"), ("ssr", "ssr")),
    ),
    Rule(
        "grade",
        _GRADE,
        lambda m: pad(f"gr{m.group(1)}"),
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
            ("cl.10.9", "gr10.9"),  # property class, as ISO writes it
            ("强度区分8.8", "gr8.8"),  # as JIS writes it
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
            ("强度区分10", "gr10"),  # as JIS writes it
            ("cl.8", "gr8"),
            ("强度区分45h", "gr45h"),
        ),
    ),
    Rule(  # a bolt's length said before its size (140长的M14, 60長的M16x1.5): its size, then that length
        "length before size",
        re.compile(r"(?<![\d.a-z])(\d{2,4})\s*(?:mm)?\s*长的?\s*m(\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?)(?![\d.x])"),
        lambda m: f" m{m.group(2)}x{m.group(1)} ",
        (
            ("140长的m14 六角螺栓", "m14x140 六角螺栓"),
            ("60长的m16x1.5 gr10.9", "m16x1.5x60 gr10.9"),
            ("1200长 胶管", "1200长 胶管"),  # no size follows: the length rule's
            ("m8长30", "m8长30"),  # the size first: the size rule's
        ),
    ),
    LENGTH,
    CYLINDER,
    BORE_STROKE,
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
            ("m12x1.5 长度22mm", "m12x1.5x22"),
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
    SEAL_TYPE,
    FITTING_ENDS,
    GLUED_TYPE,
    INCH,
    TUBE,
    WALL,
    Rule(
        "inner diameter",
        _ID_CS,
        _id_cs,
        (
            ("id20 cs2.5", "20x2.5"),
            ("id68xcs1.8", "68x1.8"),
            ("内径27.5;线径1.9", "27.5x1.9"),
            ("o型密封圈 外径50 线径3", "o型密封圈 44x3"),
            ("外径114.8 粗5.33", "104.14x5.33"),
            ("内径二百七十 线径五点七", "270x5.7"),
        ),
    ),
    SPOKEN_SEALS,
    BEARING_PREFIX,
    OLD_BEARING,
    BEARING_SIZE,
    BEARING_ORDER,
    BEARING,
    BEARING_SUFFIX,
    AS568,
    HARDNESS,
    VICKERS,
    HOSE_END_PAIR,
    HOSE_END_SHAPES,
    LENGTH_CORRECTION,
    CORRECTION,
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

    text = normalize(text).strip()
    if m := _LETTERED.fullmatch(text):
        return _lettered(m).strip()
    m = _STANDARD.fullmatch(text)
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
