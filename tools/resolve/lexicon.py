"""The trade's vocabulary for standard parts, as data: one canonical form for the many ways people write a standard
designation, a size, a grade, a material, a finish or a kind of part. `canonical()` runs inside `clean()`, so the
catalogue (index time) and a chat phrase (query time) go through the very same rewriting.

Every rule carries its own examples (text after `tools.text.normalize` → canonical text); tests run them all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "ATTRIBUTES",
    "ATTRIBUTE_KINDS",
    "KINDS",
    "RULES",
    "SOFT_HEADS",
    "Rule",
    "canonical",
    "designation",
    "equivalence_groups",
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


def _words(table: Mapping[str, Iterable[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every synonym (longest first, so 六角头螺栓 goes before 六角螺栓), and synonym → canonical."""
    to: dict[str, str] = {}
    for canon, synonyms in table.items():
        for s in (canon, *synonyms):
            to[s] = canon
    alternatives = sorted(to, key=len, reverse=True)
    # an ASCII word is a whole word ("nut" of "peanut" is none); 弹垫 of the typo 簧弹垫圈 is no 弹垫 either
    parts = [
        rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w) + ("(?![圈片])" if w[-1] == "垫" else "")
        for w in alternatives
    ]
    return re.compile("|".join(parts)), to


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


# Materials, finishes, thread and brands: facts a phrase may leave unsaid. A catalogue name holding one is no less a
# match for a phrase that does not say it (its length does not count against it); a phrase that says one needs it,
# except where the catalogue says nothing of that kind at all (FORGIVABLE: an item silent on its finish may be zinc
# plated; one that says 发黑 is not).
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "碳钢": ("碳素钢", "carbon steel"),
    "合金钢": ("alloy steel",),
    "不锈钢": ("stainless steel", "stainless"),
    "热镀锌": ("热浸锌", "hot dip galvanized", "hdg"),
    "镀锌": ("电镀锌", "镀白锌", "蓝白锌", "白锌", "zinc plated", "zinc-plated", "galvanized", "zinc"),
    "发黑": ("黑色氧化", "氧化发黑", "black oxide"),
    "镀镍": ("nickel plated", "nickel-plated"),
    "镀铬": ("chrome plated", "chromium plated"),
    "彩锌": ("镀彩锌", "彩色镀锌", "yellow zinc"),
    "达克罗": ("dacromet",),
    "本色": ("plain",),
    "丁腈": ("丁腈橡胶", "nbr"),
    "氟橡胶": ("氟胶", "fkm", "viton"),
    "三元乙丙": ("epdm",),
    "硅胶": ("硅橡胶", "silicone", "vmq"),
    "全螺纹": ("全牙", "full thread"),
    **{point: () for point in ("平端", "锥端", "凹端", "圆柱端")},
    **{brand: () for brand in ("skf", "nsk", "fag", "ntn", "koyo", "timken", "nachi", "哈轴", "瓦轴", "洛轴", "人本")},
}
# Attributes of one kind: a phrase stating one contradicts an item stating another of the same kind (发黑 vs 镀锌).
# `forgiven`: the words an item may leave unsaid and still match a phrase stating them.
ATTRIBUTE_KINDS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"碳钢", "合金钢", "不锈钢"}), frozenset({"碳钢", "合金钢"})),
    (frozenset({"镀锌", "热镀锌", "发黑", "达克罗", "本色", "镀镍", "镀铬", "彩锌"}), frozenset()),
    (frozenset({"丁腈", "氟橡胶", "三元乙丙", "硅胶"}), frozenset({"丁腈", "氟橡胶", "三元乙丙", "硅胶"})),
    (frozenset({"skf", "nsk", "fag", "ntn", "koyo", "timken", "nachi", "哈轴", "瓦轴", "洛轴", "人本"}), frozenset()),
    (frozenset({"全螺纹"}), frozenset()),
    (frozenset({"平端", "锥端", "凹端", "圆柱端"}), frozenset()),
    (KINDS := frozenset({  # kinds of part: a cap screw is no set screw, though 内六角螺钉 reads inside 内六角紧定螺钉
        "六角螺栓", "六角法兰螺栓", "半圆头方颈螺栓", "内六角螺钉", "内六角沉头螺钉", "内六角圆头螺钉", "紧定螺钉",
        "六角螺母", "尼龙锁紧螺母", "平垫圈", "弹簧垫圈", "深沟球轴承", "圆锥滚子轴承", "角接触球轴承", "圆柱滚子轴承",
        "推力球轴承", "调心球轴承", "调心滚子轴承",
    }), frozenset()),
)  # fmt: skip

# Kinds of part, as the trade writes them → one word each (Chinese, as catalogues mostly are), and the attributes.
TERMS: dict[str, tuple[str, ...]] = {
    "六角螺栓": (
        "外六角螺栓",
        "六角头螺栓",
        "六方螺栓",
        "外六角螺丝",
        "hex bolt",
        "hex head bolt",
        "hexagon head bolt",
    ),
    "内六角螺钉": ("内六角圆柱头螺钉", "内六角螺栓", "内六角螺丝", "内六方螺钉", "杯头螺丝", "socket head cap screw"),
    "内六角沉头螺钉": (
        "沉头内六角螺钉",
        "内六角平头螺钉",
        "平头内六角螺钉",
        "平头内六角",
        "countersunk socket screw",
        "socket countersunk screw",
    ),
    "沉头螺钉": ("countersunk screw",),
    "内六角圆头螺钉": (
        "内六角半圆头螺钉",
        "半圆头内六角螺钉",
        "圆头内六角螺钉",
        "圆头内六角",
        "圆杯螺丝",
        "button head screw",
    ),
    "紧定螺钉": ("机米螺丝", "止付螺丝", "set screw", "grub screw"),
    "半圆头方颈螺栓": ("圆头方颈螺栓", "马车螺栓", "carriage bolt"),
    "六角法兰螺栓": ("六角法兰面螺栓", "法兰面螺栓", "法兰螺栓", "hex flange bolt", "flange bolt"),
    "六角螺母": ("六角螺帽", "六方螺母", "hex nut", "hexagon nut"),
    "尼龙锁紧螺母": ("尼龙防松螺母", "尼龙自锁螺母", "nylon lock nut", "nyloc nut"),
    "螺母": ("螺帽", "nut"),
    "平垫圈": ("平垫片", "平华司", "平介子", "平垫", "flat washer"),
    "弹簧垫圈": ("弹垫", "弹簧垫片", "弹簧华司", "spring washer", "lock washer"),
    "垫圈": ("华司", "介子", "washer"),
    "深沟球轴承": ("deep groove ball bearing",),
    "轴承": ("bearing",),
    "o型密封圈": ("o型圈", "o形圈", "o形密封圈", "o型环", "o圈", "o-ring", "o ring", "oring"),
    "骨架油封": ("oil seal",),
    "螺栓": ("bolt",),
    "螺钉": ("screw",),
    **{word: synonyms for word, synonyms in ATTRIBUTES.items()},
}
_TERMS, _TERM_TO = _words(TERMS)

# Stainless grades: SS304, SUS304, 不锈钢304 and 304不锈钢 are one material; a bare 304 is left as it is (an item
# written 304 still matches SS304: see fuzzy's soft heads). The word 不锈钢 is kept for name comparison.
_STEEL = r"(304l|304|316l|316|201|310s|321|430)(?![\d.])"
# Stainless property classes name their steel (ISO 3506): A2-70 is 304 stainless, A4-80 is 316.
_STAINLESS_CLASS = re.compile(r"(?<![a-z\d])(a[24])[-\s]?(50|70|80)(?![\d])")
_STAINLESS = re.compile(
    rf"不锈钢\s*(?:ss|sus)?\s*{_STEEL}|(?<![a-z\d])(?:ss|sus)\s*{_STEEL}|(?<![\d.]){_STEEL}\s*不锈钢"
)

# Property classes of bolts and screws: 8.8级, grade 8.8, class 8.8, 8.8 → gr8.8 (a spec token, no residue).
_GRADE = re.compile(
    r"(?:(?<![a-z])(?:grade|class)\s*|(?:性能|强度)?等级\s*|(?<=\d)-|(?<![\d.a-zφx\-]))(4\.6|4\.8|5\.6|5\.8|6\.8|8\.8|9\.8|10\.9|12\.9)(?![\d])(?:\s*级|s(?![a-ln-z]))?"
)

# Metric sizes: M8-30, M8长30, M8 L=30, M8x30L, M8x30mm → m8x30 (the fine pitch of M8x1.25-30 is kept).
_SIZE = re.compile(
    r"(?<![a-z])m(\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)?)\s*(?:-|长|l\s*=?|x\s*l\s*=?)\s*(\d+(?:\.\d+)?)(?:\s*mm)?(?![\d.])"
)
_SIZE_TAIL = re.compile(r"(?<![a-z\d])(m\d+(?:\.\d+)?(?:x\d+(?:\.\d+)?)+)l(?![a-z\d])")
# Ring and tube sizes: Φ20x2.5 and ID20 CS2.5 → 20x2.5 (inner diameter × cross-section), 20x2.5mm → 20x2.5.
_RING = re.compile(r"φ\s*(?=\d+(?:\.\d+)?x\d)|(?<=\d)\s*mm(?![a-z])")
# Oil seal types written apart from their size: TC 25x40x7, TC-25x40x7 → tc25x40x7.
_SEAL_TYPE = re.compile(r"(?<![a-z])(tc|tg|sc|sb|ta|tb|vc)\s*-?\s*(?=\d+(?:\.\d+)?x\d)")
_ID_CS = re.compile(r"(?<![a-z])(?:id|内径)\s*(\d+(?:\.\d+)?)\s*(?:x\s*cs|x|cs|线径|截面)\s*(\d+(?:\.\d+)?)(?![\d.])")

# Deep groove bearings: 6204-2RS, 6204 2RS, 6204-2RS1, 6204DDU → 6204-2rs; 6204ZZ, 6204-2Z → 6204-zz.
BEARING_SEALS: dict[str, tuple[str, ...]] = {
    "2rs": ("2rs1", "2rsh", "2rsr", "ddu", "llu"),
    "zz": ("2z",),
    "2rz": (),
    "rs": (),
    "rz": (),
    "z": (),
}
_SEAL_TO = {w: c for c, ws in BEARING_SEALS.items() for w in (c, *ws)}
_BEARING = re.compile(
    r"(?<![a-z\d.])(\d{3,6}?)\s*[-/]?\s*(" + "|".join(sorted(_SEAL_TO, key=len, reverse=True)) + r")(?![a-z\d])"
)

# Heads a phrase's spec token may carry where the catalogue writes none: SS304 is 304 there, gr8.8 is 8.8.
# (The other way round, a catalogue's head the phrase leaves out, the index already matches: 2050 of HV-2050.)
SOFT_HEADS = frozenset({"ss", "gr"})

RULES: tuple[Rule, ...] = (
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
        lambda m: _pad(_TERM_TO[m.group()]),
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
            ("phillips countersunk screw", "phillips 沉头螺钉"),
            ("螺帽", "螺母"),
        ),
    ),
    Rule(
        "stainless",
        _STAINLESS,
        lambda m: f" 不锈钢ss{m.group(1) or m.group(2) or m.group(3)} ",
        (
            ("ss304", "不锈钢ss304"),
            ("sus 316l", "不锈钢ss316l"),
            ("不锈钢304六角螺栓", "不锈钢ss304 六角螺栓"),
            ("螺栓ss304", "螺栓 不锈钢ss304"),
            ("304不锈钢螺栓", "不锈钢ss304 螺栓"),
            ("304不锈钢", "不锈钢ss304"),
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
            ("φ8.8", "φ8.8"),
            ("20x4.8", "20x4.8"),
            ("18.8", "18.8"),
            ("m8x30-8.8", "m8x30 gr8.8"),  # a size and its grade in one run
            ("8.8sm22x65", "gr8.8 m22x65"),
        ),
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
        ),
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
        lambda m: m.group(1),
        (("tc 25x40x7", "tc25x40x7"), ("tc-25x40x7", "tc25x40x7"), ("tc25x40x7", "tc25x40x7")),
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
        lambda m: f"{m.group(1)}-{_SEAL_TO[m.group(2)]}",
        (
            ("6204-2rs", "6204-2rs"),
            ("6204 2rs", "6204-2rs"),
            ("6204-2rs1", "6204-2rs"),
            ("6204ddu", "6204-2rs"),
            ("6204zz", "6204-zz"),
            ("6204-2z", "6204-zz"),
            ("6204", "6204"),
            ("轴承6205 zz", "轴承6205-zz"),
            ("62052rs", "6205-2rs"),  # the hyphen dropped: the seal is 2RS, not RS
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
