"""A dev catalogue of standard parts as plants keep them in K/3: fasteners (GB/T, DIN, ISO), bearings, O-rings, oil
seals, hydraulic fittings and drawing-numbered parts, each written in one of several clerks' styles.

Every item carries its truth (`Part`: family, standard, size, grade, material, finish …), which the query oracle
(`stdparts_queries`) reads; the resolver never does. This generator was written next to the resolver's lexicon, so it
flatters it: the blind catalogue, written by someone who never opened the resolver, is the honest score.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from benchmarks.resolve.catalog_gen import Item

__all__ = ["EQUIVALENTS", "Part", "StdItem", "generate_stdparts"]

# What this dev plant declares in its plant file (standards: equivalents:).
EQUIVALENTS: list[list[str]] = [
    ["GB/T 5782", "DIN 931", "ISO 4014"],
    ["GB/T 5783", "DIN 933", "ISO 4017"],
    ["GB/T 70.1", "DIN 912", "ISO 4762"],
    ["GB/T 6170", "DIN 934", "ISO 4032"],
    ["GB/T 97.1", "DIN 125", "ISO 7089"],
    ["GB/T 93", "DIN 127"],
]


@dataclass(frozen=True)
class Part:
    """The truth about one item. Empty fields: the item says nothing about it."""

    family: str  # hex_bolt | full_bolt | socket_screw | csk_screw | hex_nut | lock_nut | flat_washer | spring_washer
    #            | bearing | oring | oil_seal | fitting | drawing
    std: str = ""  # "GB/T 5782"
    size: str = ""  # "M8x30", "6204", "20x2.5", "25x40x7", "M14x1.5/8", "X-115"
    seal: str = ""  # bearings: "", "2RS", "ZZ"; oil seals: TC/TG; drawing parts: the code's suffix
    grade: str = ""  # "8.8", "10.9", "A2-70"
    material: str = ""  # carbon | alloy | ss304 | ss316 | nbr | fkm | epdm
    finish: str = ""  # zinc | black | hdg | plain
    brand: str = ""


@dataclass
class StdItem(Item):
    part: Part = field(default_factory=lambda: Part("none"))


# family → the standards it comes in (the first: the plant's usual one) and the names clerks give it.
_FASTENERS: dict[str, tuple[list[str], list[str]]] = {
    "hex_bolt": (["GB/T 5782", "DIN 931", "ISO 4014"], ["六角头螺栓", "外六角螺栓", "六角螺栓", "Hex bolt"]),
    "full_bolt": (
        ["GB/T 5783", "DIN 933", "ISO 4017"],
        ["六角头螺栓 全螺纹", "外六角螺栓 全牙", "全螺纹六角螺栓", "Hex bolt full thread"],
    ),
    "socket_screw": (
        ["GB/T 70.1", "DIN 912", "ISO 4762"],
        ["内六角圆柱头螺钉", "内六角螺钉", "内六角螺栓", "Socket head cap screw"],
    ),
    "csk_screw": (
        ["GB/T 70.3", "DIN 7991"],
        ["内六角沉头螺钉", "沉头内六角螺钉", "内六角平头螺钉", "Countersunk socket screw"],
    ),
    "flange_bolt": (["GB/T 5789", "DIN 6921"], ["六角法兰面螺栓", "法兰螺栓", "六角法兰螺栓", "Hex flange bolt"]),
    "carriage_bolt": (["GB/T 12", "DIN 603"], ["半圆头方颈螺栓", "马车螺栓", "圆头方颈螺栓", "Carriage bolt"]),
    "set_screw": (["GB/T 77", "DIN 916"], ["内六角平端紧定螺钉", "紧定螺钉", "内六角紧定螺钉", "Socket set screw"]),
    "button_screw": (
        ["ISO 7380", "GB/T 70.2"],
        ["内六角圆头螺钉", "圆杯螺丝", "内六角半圆头螺钉", "Button head screw"],
    ),
}
_NUTS: dict[str, tuple[list[str], list[str]]] = {
    "hex_nut": (["GB/T 6170", "DIN 934", "ISO 4032"], ["六角螺母", "六角螺帽", "螺母", "Hex nut"]),
    "lock_nut": (["GB/T 889.1", "DIN 985"], ["尼龙锁紧螺母", "尼龙防松螺母", "锁紧螺母", "Nylon lock nut"]),
    "flat_washer": (["GB/T 97.1", "DIN 125", "ISO 7089"], ["平垫圈", "平垫", "平垫片", "Flat washer"]),
    "spring_washer": (["GB/T 93", "DIN 127"], ["弹簧垫圈", "弹垫", "弹簧垫片", "Spring washer"]),
}
_DIAMETERS = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36]
_LENGTHS = [
    6,
    8,
    10,
    12,
    16,
    20,
    25,
    30,
    35,
    40,
    45,
    50,
    55,
    60,
    65,
    70,
    75,
    80,
    90,
    100,
    110,
    120,
    130,
    140,
    150,
    160,
    180,
    200,
    220,
    240,
    260,
    280,
    300,
]
# (grade, material, finish) a bolt is bought in
_BOLT_GRADES = [
    ("4.8", "carbon", "zinc"),
    ("8.8", "alloy", "zinc"),
    ("8.8", "alloy", "black"),
    ("8.8", "alloy", "hdg"),
    ("10.9", "alloy", "black"),
    ("10.9", "alloy", "zinc"),
    ("12.9", "alloy", "black"),
    ("A2-70", "ss304", "plain"),
    ("A4-80", "ss316", "plain"),
    ("8.8", "alloy", "dacromet"),
    ("4.8", "carbon", "black"),
]
_NUT_GRADES = [
    ("8", "carbon", "zinc"),
    ("10", "alloy", "black"),
    ("8", "carbon", "hdg"),
    ("A2-70", "ss304", "plain"),
    ("A4-80", "ss316", "plain"),
]

# How clerks write a value (the truth → several spellings); the first is the usual one.
GRADE_TEXT = {
    "4.8": ["4.8级", "4.8"],
    "8.8": ["8.8级", "8.8", "8.8S"],
    "10.9": ["10.9级", "10.9"],
    "12.9": ["12.9级", "12.9"],
    "8": ["8级"],
    "10": ["10级"],
    "A2-70": ["A2-70"],
    "A4-80": ["A4-80"],
}
MATERIAL_TEXT = {
    "carbon": ["碳钢", "碳素钢"],
    "alloy": ["合金钢"],
    "ss304": ["不锈钢304", "SS304", "SUS304", "304不锈钢"],
    "ss316": ["不锈钢316", "SS316", "316不锈钢"],
    "nbr": ["丁腈", "NBR", "丁腈橡胶"],
    "fkm": ["氟橡胶", "FKM", "氟胶"],
    "epdm": ["三元乙丙", "EPDM"],
}
FINISH_TEXT = {
    "zinc": ["镀锌", "电镀锌", "zinc plated", "蓝白锌"],
    "black": ["发黑", "黑色氧化"],
    "hdg": ["热镀锌", "热浸锌"],
    "plain": ["", "本色"],
    "dacromet": ["达克罗", "dacromet"],
}


def std_text(std: str, rnd: random.Random) -> str:
    """One of the ways a standard is written: GB/T 5782-2016, GB5782, 国标5782, DIN931, 德标931, ISO 4014 …"""
    body, num = std.split(" ")
    year = rnd.choice(["", "", "-2016", "-2000", "-86"]) if body.startswith("GB") else ""
    ways = {
        "GB/T": [f"GB/T {num}{year}", f"GB/T{num}", f"GB{num}", f"GB {num}{year}", f"国标{num}", f"GBT{num}"],
        "DIN": [f"DIN {num}", f"DIN{num}", f"德标{num}", f"DIN-{num}"],
        "ISO": [f"ISO {num}", f"ISO{num}"],
        "JB/T": [f"JB/T {num}", f"JB{num}", f"JB/T{num}"],
    }[body]
    return rnd.choice(ways)


def size_text(size: str, rnd: random.Random) -> str:
    """M8x30 as people write it: M8*30, M8×30, m8-30, M8X30, M8 x 30, M8长30, M8*30L."""
    if not size.startswith("M") or "x" not in size:
        return rnd.choice([size, size.replace("x", "*"), size.replace("x", "×")])
    d, length = size[1:].split("x", 1)
    return rnd.choice([f"M{d}x{length}", f"M{d}*{length}", f"M{d}×{length}", f"m{d}-{length}", f"M{d}X{length}",
                       f"M{d} x {length}", f"M{d}长{length}", f"M{d}*{length}L"])  # fmt: skip


class _Numbers:
    def __init__(self) -> None:
        self.seq: dict[str, int] = {}

    def __call__(self, group: str) -> str:
        self.seq[group] = self.seq.get(group, 0) + 1
        return f"{group}.{self.seq[group]:05d}"


def _item(number: str, name: str, spec: str, part: Part, aliases: list[str]) -> StdItem:
    return StdItem(number, name.strip(), " ".join(spec.split()), "PCS", "原材料", aliases, [name], part=part)


def _fasteners(rnd: random.Random, num: _Numbers, out: list[StdItem]) -> None:
    for k, (family, (stds, names)) in enumerate({**_FASTENERS, **_NUTS}.items()):
        style = rnd.randrange(4)  # one clerk per family: the same style throughout, with a few slips
        nut = family in _NUTS
        for d in _DIAMETERS:
            lengths = [0] if nut else [x for x in _LENGTHS if 1.5 * d <= x <= 10 * d]
            for length in lengths:
                size = f"M{d}" if nut else f"M{d}x{length}"
                for grade, material, finish in _NUT_GRADES if nut else _BOLT_GRADES:
                    if family in ("flat_washer", "spring_washer") and grade not in ("8", "A2-70"):
                        continue
                    chosen = [stds[0]] if rnd.random() < 0.8 else [rnd.choice(stds)]
                    if rnd.random() < 0.04:  # a plant that holds the GB and the DIN part side by side
                        chosen = stds[:2]
                    for std in chosen:
                        part = Part(family, std, size, "", grade, material, finish)
                        s = style if rnd.random() > 0.03 else rnd.randrange(4)
                        out.append(_write_fastener(part, names, s, rnd, num(f"03.{k + 1:02d}")))


def _write_fastener(p: Part, names: list[str], style: int, rnd: random.Random, number: str) -> StdItem:
    grade = GRADE_TEXT[p.grade][0]
    mat = MATERIAL_TEXT[p.material][0] if rnd.random() < 0.3 else ""  # the steel often goes unsaid
    fin = FINISH_TEXT[p.finish][0 if rnd.random() < 0.9 else -1]
    std = std_text(p.std, rnd)
    size = p.size.replace("x", rnd.choice(["x", "*", "×"]))
    if style == 0:  # name is the kind; spec holds everything
        name, spec = names[0], f"{std} {size} {grade} {mat}{fin}"
    elif style == 1:  # size in the name, the standard as spec
        name, spec = f"{mat}{names[1]} {size}", f"{std} {grade} {fin}"
    elif style == 2:  # generic name, run-together spec
        name, spec = f"{mat}{names[2]}", f"{size}-{grade} {fin} {std}" if grade else f"{size} {fin} {std}"
    else:  # an importer's English
        fin_en = {"zinc": "zinc plated", "black": "black oxide", "hdg": "HDG", "plain": "", "dacromet": "dacromet"}[
            p.finish
        ]
        mat_en = {"ss304": "SS304", "ss316": "SS316"}.get(p.material, "")
        name, spec = f"{names[3]} {std.replace(' ', '')}", f"{size} {mat_en} {grade} {fin_en}"
    aliases = []
    if rnd.random() < 0.5:  # K/3 mnemonic code
        aliases.append(f"LS{p.size.replace('M', '').replace('x', '')}{p.grade.replace('.', '')}".upper())
    return _item(number, name, spec, p, aliases)


_BEARING_BRANDS = ["", "", "", "SKF", "NSK", "哈轴", "人本"]
_SEALS = {"": ["", ""], "2RS": ["-2RS", "-2RS1", "2RS", " 2RS"], "ZZ": ["ZZ", "-2Z", "-ZZ"]}


def _bearings(rnd: random.Random, num: _Numbers, out: list[StdItem]) -> None:
    codes = [f"{s}{k:02d}" for s in ("60", "62", "63", "64", "69") for k in range(0, 30)] + [
        f"68{k:02d}" for k in range(30)
    ]
    style = rnd.randrange(3)
    for code in codes:
        for brand in rnd.sample(_BEARING_BRANDS, 5):
            for seal in ("", "2RS", "ZZ"):
                if rnd.random() < 0.25:
                    continue
                p = Part("bearing", "GB/T 276", code, seal, brand=brand)
                s_text = rnd.choice(_SEALS[seal])
                if style == 0:
                    name, spec = f"{brand}深沟球轴承", f"{code}{s_text}"
                elif style == 1:
                    name, spec = f"轴承 {code}{s_text}", f"{brand} GB/T276".strip()
                else:
                    name, spec = f"{brand} deep groove ball bearing".strip(), f"{code}{s_text}"
                out.append(_item(num("03.20"), name, spec, p, [f"ZC{code}{seal}"] if rnd.random() < 0.3 else []))


def _seals(rnd: random.Random, num: _Numbers, out: list[StdItem]) -> None:
    sections = [1.8, 2.4, 2.65, 3.1, 3.55, 5.3, 7.0]
    style = rnd.randrange(3)
    for inner in [x / 2 for x in range(6, 400)]:
        if inner % 1 and inner > 50:
            continue
        for cs in rnd.sample(sections, 3):
            for mat in ("nbr", "fkm", "epdm"):
                size = f"{inner:g}x{cs:g}"
                p = Part("oring", "GB/T 3452.1", size, material=mat)
                m_text = rnd.choice(MATERIAL_TEXT[mat])
                if style == 0:
                    name, spec = "O型圈", f"{size.replace('x', '×')} {m_text}"
                elif style == 1:
                    name, spec = f"O形密封圈 {m_text}", f"Φ{size.replace('x', '*')} GB/T3452.1"
                else:
                    name, spec = "O-ring", f"ID{inner:g}xCS{cs:g} {m_text}"
                out.append(_item(num("03.30"), name, spec, p, []))
    for d in range(10, 160, 2):
        for big in (d + 12, d + 15, d + 20):
            for width in (7, 8, 10):
                for kind in ("TC", "TG"):
                    for mat in ("nbr", "fkm"):
                        if rnd.random() < 0.2:
                            continue
                        size = f"{d}x{big}x{width}"
                        p = Part("oil_seal", "", size, kind, material=mat)
                        m_text = rnd.choice(MATERIAL_TEXT[mat])
                        spec = rnd.choice([f"{kind} {size.replace('x', '*')} {m_text}", f"{kind}{size} {m_text}"])
                        out.append(_item(num("03.31"), "骨架油封", spec, p, []))


_THREADS = ["M10x1", "M12x1.5", "M14x1.5", "M16x1.5", "M18x1.5", "M20x1.5", "M22x1.5", "M27x2", "M30x2"]
_FITTINGS = {
    "straight": ("卡套式直通管接头", "GB/T 3733"),
    "elbow": ("卡套式直角管接头", "GB/T 3740"),
    "tee": ("卡套式三通管接头", "GB/T 3745"),
    "weld": ("焊接式直通管接头", "JB/T 966"),
}


def _fittings(rnd: random.Random, num: _Numbers, out: list[StdItem]) -> None:
    for kind, (name, std) in _FITTINGS.items():
        for thread in _THREADS:
            for tube in (6, 8, 10, 12, 14, 16, 18, 22, 25, 28):
                for mat in ("carbon", "ss304"):
                    if rnd.random() < 0.3:
                        continue
                    p = Part("fitting:" + kind, std, f"{thread}/{tube}", material=mat)
                    m_text = "" if mat == "carbon" else rnd.choice(MATERIAL_TEXT[mat])
                    spec = rnd.choice([f"{thread}-Φ{tube} {m_text}", f"{thread}×Φ{tube} {m_text} {std}"])
                    out.append(_item(num("03.40"), f"{m_text}{name}", spec, p, []))


def _drawing_parts(rnd: random.Random, num: _Numbers, out: list[StdItem], n: int) -> None:
    """Non-standard parts by drawing code; some codes are another's with a letter after (X-115 and X-115B)."""
    names = ["支架", "连接板", "安装座", "法兰盘", "轴套", "压板", "端盖", "垫块", "销轴", "护罩"]
    prefixes = ["X", "ZJ", "LB", "AZ", "FL", "ZT", "YB", "DG", "DK", "XZ", "HZ", "JG"]
    seen: set[str] = set()
    while n > 0:
        code = f"{rnd.choice(prefixes)}-{rnd.randint(100, 9999)}"
        if code in seen:
            continue
        seen.add(code)
        name = rnd.choice(names)
        variants = [""] + (["B"] if rnd.random() < 0.3 else []) + (["-1"] if rnd.random() < 0.1 else [])
        for v in variants:
            p = Part("drawing:" + name, "", code + v)
            out.append(_item(num("05.01"), name, code + v, p, []))
            n -= 1


def generate_stdparts(n_items: int = 50_000, seed: int = 20261207) -> list[StdItem]:
    """About `n_items` items (drawing-numbered parts fill up to it), in number order."""
    rnd = random.Random(seed)
    num = _Numbers()
    out: list[StdItem] = []
    _fasteners(rnd, num, out)
    _bearings(rnd, num, out)
    _seals(rnd, num, out)
    _fittings(rnd, num, out)
    if len(out) > n_items * 0.9:
        out = rnd.sample(out, int(n_items * 0.9))
    _drawing_parts(rnd, num, out, n_items - len(out))
    return sorted(out, key=lambda i: i.number)
