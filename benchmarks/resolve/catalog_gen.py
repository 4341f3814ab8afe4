"""A generated materials catalog (fixed seed) with many near-duplicates: same name, neighbouring specs."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["Item", "generate", "load_demo", "write_csv"]


@dataclass
class Item:
    number: str
    name: str
    spec: str
    unit: str
    category: str
    aliases: list[str]
    # name forms a person may use for it (full name, short Chinese, English): the benchmark oracle's truth
    forms: list[str] = field(default_factory=list)


_FASTENER_MATS = [
    ("不锈钢304", "304", "SS304"),
    ("不锈钢316", "316", "SS316"),
    ("不锈钢201", "201", "SS201"),
    ("碳钢镀锌", "镀锌", "zinc plated"),
    ("碳钢发黑", "发黑", "black oxide"),
    ("碳钢达克罗", "达克罗", "dacromet"),
    ("合金钢8.8级", "8.8级", "grade 8.8"),
    ("合金钢10.9级", "10.9级", "grade 10.9"),
    ("合金钢12.9级", "12.9级", "grade 12.9"),
    ("黄铜", "铜", "brass"),
    ("碳钢镀镍", "镀镍", "nickel plated"),
    ("钛合金", "钛", "titanium"),
]
_SCREW_TYPES = [
    ("六角螺栓", "螺栓", "hex bolt"),
    ("内六角螺钉", "螺钉", "socket head cap screw"),
    ("十字沉头螺钉", "螺丝", "phillips countersunk screw"),
    ("十字盘头螺钉", "盘头螺丝", "phillips pan head screw"),
    ("外六角法兰螺栓", "法兰螺栓", "hex flange bolt"),
    ("内六角紧定螺钉", "顶丝", "set screw"),
    ("全螺纹螺柱", "螺柱", "threaded stud"),
]
_NUT_TYPES = [
    ("六角螺母", "螺母", "hex nut"),
    ("平垫圈", "垫片", "flat washer"),
    ("弹簧垫圈", "弹垫", "spring washer"),
    ("法兰螺母", "法兰螺母", "flange nut"),
    ("尼龙锁紧螺母", "锁紧螺母", "nylon lock nut"),
]
_SIZES = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30]
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


def _fasteners(out: list[Item], rnd: random.Random) -> None:
    n = 0
    for mat, mshort, men in _FASTENER_MATS:
        for typ, tshort, ten in _SCREW_TYPES:
            for d in _SIZES:
                for length in _LENGTHS:
                    n += 1
                    spec = f"M{d}x{length}"
                    name = f"{mat}{typ}"
                    short, en = f"{mshort}{tshort}", f"{men} {ten}"
                    out.append(
                        Item(
                            f"G3.01.{n:05d}",
                            name,
                            spec,
                            "PCS",
                            "原材料",
                            [f"{short}{spec}", f"{en} M{d}*{length}"],
                            [name, short, en],
                        )
                    )
        for typ, tshort, ten in _NUT_TYPES:
            for d in _SIZES:
                n += 1
                name, short, en = f"{mat}{typ}", f"{mshort}{tshort}", f"{men} {ten}"
                out.append(
                    Item(
                        f"G3.01.{n:05d}",
                        name,
                        f"M{d}",
                        "PCS",
                        "原材料",
                        [f"{short}M{d}", f"{en} M{d}"],
                        [name, short, en],
                    )
                )


def _simple(
    out: list[Item],
    prefix: str,
    name: str,
    short: str,
    en: str,
    specs: list[str],
    unit: str,
    cat: str,
    legacy: str | None = None,
) -> None:
    for k, spec in enumerate(specs, 1):
        aliases = [f"{short}{spec}", f"{en} {spec}"]
        if legacy:
            aliases.insert(0, f"{legacy}-{k:04d}")
        out.append(Item(f"{prefix}.{k:05d}", name, spec, unit, cat, aliases, [name, short, en]))


def generate(n_items: int = 50_000, seed: int = 20250401) -> list[Item]:
    rnd = random.Random(seed)
    out: list[Item] = []
    _fasteners(out, rnd)
    # bearings: the same code in several seal variants
    bearing_codes = [f"{s}{k:02d}" for s in ("60", "62", "63", "160") for k in range(0, 40)]
    _simple(
        out,
        "G3.02",
        "深沟球轴承",
        "轴承",
        "deep groove ball bearing",
        [f"{c}{suf}" for c in bearing_codes for suf in ("-2RS", "ZZ", "-2Z")],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.03",
        "角接触球轴承",
        "角接触轴承",
        "angular contact bearing",
        [f"{s}{k:02d}{suf}" for s in ("70", "72", "73") for k in range(0, 40) for suf in ("C", "AC", "B")],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.04",
        "圆锥滚子轴承",
        "圆锥轴承",
        "tapered roller bearing",
        [f"{s}{k:02d}" for s in ("302", "303", "320", "322") for k in range(3, 40)],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.05",
        "圆柱滚子轴承",
        "滚子轴承",
        "cylindrical roller bearing",
        [f"{s}{k:02d}" for s in ("NU2", "NJ2", "N3", "NUP2") for k in range(3, 40)],
        "PCS",
        "原材料",
    )
    # seals
    for mat, short, en, pre in (
        ("丁腈", "NBR", "NBR", "G3.06"),
        ("氟橡胶", "氟胶", "FKM", "G3.07"),
        ("硅胶", "硅胶", "silicone", "G3.08"),
    ):
        _simple(
            out,
            pre,
            f"{mat}O型密封圈",
            f"{short}密封圈",
            f"{en} O-ring",
            [f"{d}x{w}" for d in range(5, 300, 3) for w in ("1.8", "2.4", "3.1", "3.5", "5.7")],
            "PCS",
            "原材料",
        )
    _simple(
        out,
        "G3.09",
        "骨架油封",
        "油封",
        "oil seal",
        [f"TC{d}x{d + o}x{w}" for d in range(10, 200, 2) for o in (10, 12, 15, 17, 22) for w in (7, 8, 10, 12)],
        "PCS",
        "原材料",
    )
    # bars, tubes, plates
    for name, short, en, pre in (
        ("圆钢45#", "45号钢", "round bar 45#", "G3.10"),
        ("圆钢40Cr", "40Cr圆钢", "round bar 40Cr", "G3.11"),
        ("铝合金棒6061", "铝棒", "aluminum bar", "G3.12"),
        ("不锈钢棒304", "304棒", "SS304 bar", "G3.13"),
        ("黄铜棒H62", "铜棒", "brass bar", "G3.14"),
    ):
        _simple(out, pre, name, short, en, [f"Φ{d}" for d in range(6, 320, 2)], "KG", "原材料")
    _simple(
        out,
        "G3.15",
        "无缝钢管20#",
        "无缝管",
        "seamless tube",
        [f"Φ{d}x{t}" for d in range(10, 330, 4) for t in ("2", "2.5", "3", "3.5", "4", "5", "6", "8")],
        "M",
        "原材料",
    )
    _simple(
        out,
        "G3.16",
        "钢板Q235",
        "Q235板",
        "steel plate Q235",
        [
            f"{t}x{w}x{ln}"
            for t in range(1, 61)
            for w, ln in ((1000, 2000), (1250, 2500), (1500, 3000), (1500, 6000), (2000, 6000))
        ],
        "KG",
        "原材料",
    )
    _simple(
        out,
        "G3.17",
        "液压胶管",
        "胶管",
        "hydraulic hose",
        [f"DN{d}-{ln}" for d in (6, 8, 10, 12, 16, 19, 25, 32, 38, 51) for ln in range(300, 3100, 100)],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.18",
        "平键",
        "键",
        "parallel key",
        [
            f"A{b}x{h}x{ln}"
            for b, h in ((4, 4), (5, 5), (6, 6), (8, 7), (10, 8), (12, 8), (14, 9), (16, 10), (18, 11), (20, 12))
            for ln in range(10, 200, 5)
        ],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.19",
        "圆柱销",
        "销子",
        "dowel pin",
        [f"φ{d}x{ln}" for d in (3, 4, 5, 6, 8, 10, 12, 16, 20) for ln in range(8, 120, 4)],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.20",
        "电磁线圈",
        "线圈",
        "solenoid coil",
        [f"{v}-{s}" for v in ("DC12V", "DC24V", "AC110V", "AC220V") for s in range(6, 40)],
        "PCS",
        "原材料",
    )
    _simple(
        out,
        "G3.21",
        "接近开关",
        "接近开关",
        "proximity switch",
        [f"M{d}-{t}-{r}" for d in (8, 12, 18, 30) for t in ("NPN", "PNP") for r in range(1, 30)],
        "PCS",
        "原材料",
    )
    # finished and semi-finished goods (valve bodies share specs with their rough-machined parts)
    hv = sorted({f"HV-{rnd.randrange(1000, 9999)}" for _ in range(400)})
    _simple(out, "G1.01", "液压阀体", "阀体", "hydraulic valve body", hv, "PCS", "产成品", legacy="BOM")
    for name, en, pre in (
        ("阀芯", "spool", "G2.01"),
        ("阀座", "valve seat", "G2.02"),
        ("端盖", "end cap", "G2.03"),
        ("阀体粗加工件", "rough machined body", "G2.04"),
    ):
        _simple(out, pre, name, name, en, hv, "PCS", "半成品")
    _simple(
        out,
        "G1.02",
        "电磁换向阀",
        "换向阀",
        "solenoid directional valve",
        [f"4WE{s}{v}-{k}" for s in (6, 10) for v in ("D", "E", "J", "G", "H") for k in ("24V", "110V", "220V")],
        "PCS",
        "产成品",
        legacy="BOM",
    )
    _simple(
        out,
        "G1.03",
        "液压缸",
        "油缸",
        "hydraulic cylinder",
        [f"HSG{d}x{ln}" for d in (40, 50, 63, 80, 100, 125, 140, 160, 180, 200) for ln in range(100, 1100, 50)],
        "PCS",
        "产成品",
        legacy="BOM",
    )
    _simple(
        out,
        "G1.04",
        "齿轮泵",
        "齿轮泵",
        "gear pump",
        [f"GP-{k}" for k in range(4, 120, 2)],
        "PCS",
        "产成品",
        legacy="BOM",
    )
    for name, en, pre in (
        ("齿轮轴", "gear shaft", "G2.05"),
        ("泵体", "pump housing", "G2.06"),
        ("侧板", "side plate", "G2.07"),
    ):
        _simple(out, pre, name, name, en, [f"GP-{k}" for k in range(4, 120, 2)], "PCS", "半成品")
    rnd.shuffle(out)
    if len(out) < n_items:
        raise ValueError(f"generator makes only {len(out)} items")
    return sorted(out[:n_items], key=lambda i: i.number)


def load_demo(path: Path) -> list[Item]:
    """The demo catalog, with name forms taken from its aliases (alias minus its spec)."""
    items = []
    with path.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            aliases = [a for a in row["aliases"].split(";") if a]
            forms = [row["name"]]
            for a in aliases:
                for variant in (row["spec"], row["spec"].replace("x", "*")):
                    if row["spec"] and variant in a and a != variant:
                        forms.append(a.replace(variant, "").strip())
                        break
            items.append(
                Item(
                    row["number"],
                    row["name"],
                    row["spec"],
                    row["unit"],
                    row["category"],
                    aliases,
                    list(dict.fromkeys(f for f in forms if f)),
                )
            )
    return items


def write_csv(items: list[Item], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["number", "name", "spec", "unit", "category", "aliases"])
        for i in items:
            w.writerow([i.number, i.name, i.spec, i.unit, i.category, ";".join(i.aliases)])
