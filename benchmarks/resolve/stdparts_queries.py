"""Queries for the standard-parts dev catalogue as buyers and storekeepers type them, labelled by an oracle that reads
each item's `Part` (the truth), never the resolver: the items whose every stated fact matches, in tiers (a stated
standard before its declared equivalents, a bare bearing code before its sealed variants). One → resolvable,
several → ambiguous, none → not found.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable

import opencc

from benchmarks.resolve.queries import Query
from benchmarks.resolve.stdparts import (
    EQUIVALENTS,
    FINISH_TEXT,
    GRADE_TEXT,
    MATERIAL_TEXT,
    Part,
    StdItem,
    size_text,
    std_text,
)

__all__ = ["make_stdparts_queries"]

_S2T = opencc.OpenCC("s2t")

# What a buyer calls a family → the families that word truly covers (trade meaning, not the catalogue's names).
_WORDS: dict[str, list[tuple[str, set[str]]]] = {
    "hex_bolt": [
        ("螺栓", {"hex_bolt", "full_bolt", "flange_bolt", "carriage_bolt"}),
        ("六角螺栓", {"hex_bolt", "full_bolt"}),
        ("外六角螺栓", {"hex_bolt", "full_bolt"}),
        ("六角头螺栓", {"hex_bolt", "full_bolt"}),
        ("hex bolt", {"hex_bolt", "full_bolt"}),
    ],
    "full_bolt": [
        ("全螺纹螺栓", {"full_bolt"}),
        ("全牙六角螺栓", {"full_bolt"}),
        ("外六角螺栓", {"hex_bolt", "full_bolt"}),
    ],
    "socket_screw": [
        ("内六角螺钉", {"socket_screw"}),
        ("内六角螺丝", {"socket_screw"}),
        ("内六角圆柱头螺钉", {"socket_screw"}),
        ("杯头螺丝", {"socket_screw"}),
        ("内六角螺栓", {"socket_screw"}),
    ],
    "csk_screw": [("沉头螺钉", {"csk_screw"}), ("内六角沉头螺钉", {"csk_screw"}), ("平头内六角", {"csk_screw"})],
    "flange_bolt": [
        ("法兰螺栓", {"flange_bolt"}),
        ("法兰面螺栓", {"flange_bolt"}),
        ("螺栓", {"hex_bolt", "full_bolt", "flange_bolt", "carriage_bolt"}),
    ],
    "carriage_bolt": [("马车螺栓", {"carriage_bolt"}), ("方颈螺栓", {"carriage_bolt"})],
    "set_screw": [("紧定螺钉", {"set_screw"}), ("机米螺丝", {"set_screw"}), ("内六角紧定螺钉", {"set_screw"})],
    "button_screw": [
        ("圆头内六角", {"button_screw"}),
        ("圆杯螺丝", {"button_screw"}),
        ("半圆头内六角螺钉", {"button_screw"}),
    ],
    "hex_nut": [("螺母", {"hex_nut", "lock_nut"}), ("六角螺母", {"hex_nut"}), ("螺帽", {"hex_nut", "lock_nut"})],
    "lock_nut": [("锁紧螺母", {"lock_nut"}), ("尼龙螺母", {"lock_nut"}), ("防松螺母", {"lock_nut"})],
    "flat_washer": [("平垫", {"flat_washer"}), ("平垫圈", {"flat_washer"}), ("垫圈", {"flat_washer", "spring_washer"})],
    "spring_washer": [("弹垫", {"spring_washer"}), ("弹簧垫圈", {"spring_washer"})],
    "bearing": [("轴承", {"bearing"}), ("深沟球轴承", {"bearing"}), ("bearing", {"bearing"})],
    "oring": [
        ("O型圈", {"oring"}),
        ("O形圈", {"oring"}),
        ("密封圈", {"oring"}),
        ("O-ring", {"oring"}),
        ("o圈", {"oring"}),
    ],
    "oil_seal": [("油封", {"oil_seal"}), ("骨架油封", {"oil_seal"}), ("oil seal", {"oil_seal"})],
    "fitting:straight": [
        ("卡套直通", {"fitting:straight"}),
        ("卡套式直通管接头", {"fitting:straight"}),
        ("直通接头", {"fitting:straight", "fitting:weld"}),
    ],
    "fitting:elbow": [("直角接头", {"fitting:elbow"}), ("卡套式直角管接头", {"fitting:elbow"})],
    "fitting:tee": [("三通接头", {"fitting:tee"}), ("卡套三通", {"fitting:tee"})],
    "fitting:weld": [
        ("焊接式直通管接头", {"fitting:weld"}),
        ("焊接直通", {"fitting:weld"}),
        ("直通接头", {"fitting:straight", "fitting:weld"}),
    ],
}
_FILLER = ["请问", "还有多少", "库存", "查一下", "有没有", "现货", "急用", "帮我看看", "还剩多少"]
_TYPO_SUBST = {"栓": "拴", "钉": "丁", "垫": "热", "承": "成", "封": "风"}  # homophones and near-keys
_GROUP = {s: g for g in EQUIVALENTS for s in g}
_NOT_EXISTING = [
    "伺服电机",
    "气缸 SC50x100",
    "同步带 HTD 5M-450",
    "PLC模块",
    "光电开关",
    "电磁阀 4V210-08",
    "直线导轨 HGH20",
    "联轴器 L070",
    "减速机 NMRV50",
]


class _Oracle:
    def __init__(self, items: list[StdItem]) -> None:
        self.items = items
        self.by_size: dict[str, list[int]] = defaultdict(list)
        for k, it in enumerate(items):
            self.by_size[it.part.size].append(k)

    def match(self, families: set[str], size: str, stated: dict[str, str]) -> list[str]:
        cands = [k for k in self.by_size.get(size, []) if self.items[k].part.family in families]
        for key in ("grade", "material", "finish", "brand", "seal"):
            if key in stated:
                cands = [k for k in cands if getattr(self.items[k].part, key) == stated[key]]
        if "std" in stated:
            same = [k for k in cands if self.items[k].part.std == stated["std"]]
            group = _GROUP.get(stated["std"], [stated["std"]])
            cands = same or [k for k in cands if self.items[k].part.std in group]
        if "seal" not in stated and any(self.items[k].part.family == "bearing" for k in cands):
            cands = [k for k in cands if self.items[k].part.seal == ""] or cands  # 6204 is 6204, if it exists
        if "brand" not in stated and any(self.items[k].part.brand for k in cands):
            cands = [k for k in cands if self.items[k].part.brand == ""] or cands  # no brand said: the plain one
        return [self.items[k].number for k in cands]


def _typo(word: str, rnd: random.Random) -> str:
    if len(word) >= 4 and rnd.random() < 0.5:
        i = rnd.randrange(1, len(word) - 1)
        return word[:i] + word[i + 1 :]
    for a, b in _TYPO_SUBST.items():
        if a in word:
            return word.replace(a, b, 1)
    return word


def _phrase(item: StdItem, rnd: random.Random, tags: list[str]) -> tuple[str, set[str], str, dict[str, str]]:
    """(text parts joined, families, size, stated) for one target item."""
    p = item.part
    fam = p.family
    stated: dict[str, str] = {}
    bits: list[str] = []
    if fam.startswith("drawing"):
        code = rnd.choice([p.size, p.size.replace("-", "", 1), p.size.lower()])
        if rnd.random() < 0.6:
            return _join([fam.split(":", 1)[1], code], rnd), {fam}, p.size, stated
        return code, {"drawing:" + n for n in _DRAW_NAMES}, p.size, stated
    word, families = rnd.choice(_WORDS[fam])
    if rnd.random() < 0.08 and len(word) >= 3:
        word = _typo(word, rnd)
        tags.append("typo")
    bits.append(word)
    if fam == "bearing":
        if p.seal and rnd.random() < 0.75:
            stated["seal"] = p.seal
            seal = rnd.choice({"2RS": ["-2RS", "2RS", " 2RS", "-2RS1"], "ZZ": ["ZZ", "-ZZ", "-2Z", "zz"]}[p.seal])
            code = p.size + seal
        else:
            code = p.size
        bits.append(code)
        if p.brand and rnd.random() < 0.35:
            stated["brand"] = p.brand
            bits.append(p.brand)
    elif fam == "oring":
        bits.append(rnd.choice([p.size, p.size.replace("x", "*"), "Φ" + p.size.replace("x", "×"), "φ" + p.size]))
    elif fam == "oil_seal":
        size = rnd.choice([p.size, p.size.replace("x", "*")])
        bits.append(f"{p.seal}{size}" if rnd.random() < 0.5 else size)
        if bits[-1].startswith(p.seal):
            stated["seal"] = p.seal
    elif fam.startswith("fitting"):
        thread, tube = p.size.split("/")
        t = size_text(thread, rnd)
        bits += rnd.choice([[t, f"Φ{tube}"], [f"φ{tube}", t], [f"{t}-Φ{tube}"]])
    else:
        bits.append(size_text(p.size, rnd))
    if p.material and rnd.random() < (0.55 if p.material.startswith("ss") else 0.25):
        stated["material"] = p.material
        bits.append(rnd.choice(MATERIAL_TEXT[p.material] + (["304"] if p.material == "ss304" else [])))
    if p.grade and rnd.random() < 0.5:
        stated["grade"] = p.grade
        bits.append(rnd.choice([*GRADE_TEXT[p.grade], f"grade {p.grade}"] if "." in p.grade else GRADE_TEXT[p.grade]))
    if p.finish and p.finish != "plain" and rnd.random() < 0.35:
        stated["finish"] = p.finish
        bits.append(rnd.choice(FINISH_TEXT[p.finish]))
    if p.std and not fam.startswith("bearing") and rnd.random() < 0.3:
        std = p.std
        group = _GROUP.get(std)
        if group and rnd.random() < 0.35:
            std = rnd.choice([s for s in group if s != p.std])
            tags.append("equiv")
        stated["std"] = std
        bits.append(std_text(std, rnd))
        tags.append("std")
    head, rest = bits[0], bits[1:]
    rnd.shuffle(rest)
    ordered = [head, *rest] if rnd.random() < 0.6 else [*rest, head]
    return _join(ordered, rnd), families, p.size, stated


_DRAW_NAMES = ["支架", "连接板", "安装座", "法兰盘", "轴套", "压板", "端盖", "垫块", "销轴", "护罩"]


def _join(bits: list[str], rnd: random.Random) -> str:
    sep = rnd.choice([" ", " ", ""])
    return sep.join(b for b in bits if b)


def make_stdparts_queries(items: list[StdItem], n: int, seed: int) -> list[Query]:
    rnd = random.Random(seed)
    oracle = _Oracle(items)
    parts = [it for it in items if not it.part.family.startswith("drawing")]
    drawings = [it for it in items if it.part.family.startswith("drawing")]
    out: list[Query] = []
    for k in range(n):
        tags: list[str] = []
        roll = rnd.random()
        if roll < 0.05:
            text, kind, template, expected = rnd.choice(_NOT_EXISTING), "not_found", "not_existing", []
        else:
            target = rnd.choice(drawings if roll < 0.12 else parts)
            mutate: Callable[[Part], Part] | None = None
            if roll > 0.92 and not target.part.family.startswith("drawing"):
                mutate = _absent_size
            p = mutate(target.part) if mutate else target.part
            probe = StdItem(target.number, target.name, target.spec, "", "", [], part=p)
            text, families, size, stated = _phrase(probe, rnd, tags)
            expected = oracle.match(families, size, stated)
            kind = "resolvable" if len(expected) == 1 else "ambiguous" if expected else "not_found"
            template = "+".join([p.family.split(":")[0] + ("-absent" if mutate else ""), *tags])
        if rnd.random() < 0.2:
            text = rnd.choice([f"{rnd.choice(_FILLER)}{text}", f"{text}{rnd.choice(_FILLER)}"])
            template += "+filler"
        if rnd.random() < 0.1:
            text = _S2T.convert(text)
            template += "+trad"
        target_no = expected[0] if kind == "resolvable" else None
        out.append(Query(f"s{k:04d}", text, kind, template, target_no, tuple(expected)))
    return out


def _absent_size(p: Part) -> Part:
    """The same part in a size nobody makes (M8x33, 6299, 20x9.9): a different part, not noise."""
    odd = {"M": lambda s: s + "3" if "x" in s else s + ".5"}
    if p.size.startswith("M") and "/" not in p.size:
        return Part(**{**p.__dict__, "size": odd["M"](p.size)})
    if p.family == "bearing":
        return Part(**{**p.__dict__, "size": p.size[:-2] + "99"})
    return Part(**{**p.__dict__, "size": p.size + "9"})
