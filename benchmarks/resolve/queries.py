"""Noisy chat queries generated from ground truth (fixed seed), labelled by an oracle that reads the
catalog's structure (name forms, specs), not the resolver's code."""

from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import opencc
from rapidfuzz.distance import OSA, Levenshtein

from benchmarks.resolve.catalog_gen import Item

__all__ = ["Oracle", "Query", "make_queries"]

_S2T = opencc.OpenCC("s2t")
# The resolver strips these (shared list) ...
_FILLERS = ["还有多少库存", "库存", "的库存", "还有吗", "查一下", "帮我看看", "现在有多少", "库存多少", "请问"]
# ... and these it has never seen.
_HELD_OUT = ["够不够", "急用", "现货"]
_NOT_EXISTING = ["伺服电机", "PLC模块", "气缸", "减速机", "联轴器", "同步带轮", "碳纤维板", "光电传感器", "变频器",
                 "链轮", "导轨滑块", "滚珠丝杠", "电缆桥架", "空气过滤器"]  # fmt: skip
_PART = re.compile(r"\d+(?:\.\d+)?|[a-zφ#]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _parts(spec: str) -> tuple[str, ...]:
    s = unicodedata.normalize("NFKC", spec).lower().replace("Φ".lower(), "φ").replace("×", "x").replace("*", "x")
    return tuple(_PART.findall(s)) or (s.strip(),)  # 灰色 is a spec too


def _strip(p: tuple[str, ...]) -> tuple[str, ...]:
    return p[1:] if len(p) > 1 and not p[0][0].isdigit() else p


@dataclass
class Query:
    id: str
    q: str
    kind: str  # resolvable | ambiguous | not_found
    template: str
    target: str | None = None  # the one right number for resolvable queries
    expected: tuple[str, ...] = ()  # the truly matching numbers for ambiguous queries


class Oracle:
    """Which catalog items a (name form, spec) pair truly matches, in tiers: exact beats partial."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.by_number = {i.number: i for i in items}
        self.spec_exact: dict[tuple[str, ...], set[int]] = defaultdict(set)
        self.spec_prefix: dict[tuple[str, ...], set[int]] = defaultdict(set)
        self.forms: dict[str, set[int]] = defaultdict(set)
        for k, it in enumerate(items):
            p = _parts(it.spec)
            for base in {p, _strip(p)}:
                self.spec_exact[base].add(k)
                for n in range(1, len(base)):
                    if base[n - 1] != "x" and any(c[0].isdigit() for c in base[:n]):
                        self.spec_prefix[base[:n]].add(k)
            for f in it.forms:
                self.forms[f.lower()].add(k)

    def _name_levels(self, form: str) -> dict[int, int]:
        form = form.lower()
        levels: dict[int, int] = {}
        for f, ks in self.forms.items():
            if f == form:
                lvl = 3
            elif len(form) >= 2 and form in f:
                lvl = 2
            elif (
                len(f) >= 3
                and OSA.distance(form, f) == 1
                and (len(f) == len(form) + 1 or Levenshtein.distance(form, f) == 2)
            ):
                lvl = 1  # one character dropped or two swapped: the typos the generator makes
            else:
                continue
            for k in ks:
                levels[k] = max(levels.get(k, 0), lvl)
        return levels

    def match(self, form: str, spec: str | None) -> list[str]:
        """Numbers at the best (spec, name) tier; empty when nothing matches."""
        names = self._name_levels(form)
        if spec:
            p = _parts(spec)
            spec_lvl = {k: 1 for k in self.spec_prefix.get(p, ())}
            spec_lvl |= {k: 2 for k in self.spec_exact.get(p, ())}
        else:
            spec_lvl = {k: 1 for k in names}
        tiers = [((spec_lvl[k], lvl), k) for k, lvl in names.items() if k in spec_lvl]
        if not tiers:
            return []
        top = max(t for t, _ in tiers)
        return sorted(self.items[k].number for t, k in tiers if t == top)


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _spec_noise(spec: str, rnd: random.Random) -> str:
    r = rnd.random()
    if r < 0.25:
        spec = spec.replace("-", "")  # missing separators: HV2050, 62052RS
    elif r < 0.4:
        spec = spec.lower()
    spec = re.sub(r"(?<=\d)[xX](?=\d)", rnd.choice(["x", "×", "*", "X", " x ", "*"]), spec)
    return spec


def _cosmetic(text: str, rnd: random.Random) -> tuple[str, str]:
    tags = []
    if rnd.random() < 0.2:
        text, _ = _S2T.convert(text), tags.append("trad")
    if rnd.random() < 0.08:
        text, _ = _fullwidth(text), tags.append("fullwidth")
    r = rnd.random()
    if r < 0.30:
        f = rnd.choice(_FILLERS)
        text = text + f if rnd.random() < 0.7 else f + text
        tags.append("filler")
    elif r < 0.35:
        text = text + rnd.choice(_HELD_OUT)
        tags.append("unseen-filler")
    return text, "+".join(tags)


def _join(name: str, spec: str, rnd: random.Random) -> tuple[str, str]:
    first, second, tag = (spec, name, "spec-first") if rnd.random() < 0.3 else (name, spec, "")
    # nobody writes "M4" + "316垫片" as "M4316垫片": digits that touch would change the spec
    sep = " " if first[-1:].isascii() and first[-1:].isalnum() and second[:1].isascii() and second[:1].isalnum() else ""
    return first + (sep or rnd.choice(["", " ", ""])) + second, tag


def _typo(form: str, rnd: random.Random) -> str | None:
    idx = [i for i, c in enumerate(form) if _CJK.match(c)]
    if len(idx) < 4:
        return None
    i = rnd.choice(idx[1:-1])
    if rnd.random() < 0.5:
        return form[:i] + form[i + 1 :]
    if i + 1 < len(form) and _CJK.match(form[i + 1]):
        return form[:i] + form[i + 1] + form[i] + form[i + 2 :]
    return None


def _partial_spec(spec: str) -> str | None:
    """What people say for a family of specs: M8 for M8x30, 6205 for 6205-2RS, 65 for Φ65."""
    if spec[:1] in "Φφ":
        return spec[1:]
    head = re.split(r"-|(?<=\d)[xX](?=\d)", spec)[0]
    return head if head != spec and re.search(r"\d", head) else None


def make_queries(items: list[Item], n: int, seed: int, prefix: str) -> list[Query]:
    rnd = random.Random(seed)
    oracle = Oracle(items)
    by_name: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_name[it.name].append(it)
    names = sorted(by_name)
    alias_count: dict[str, int] = defaultdict(int)
    for it in items:
        for a in it.aliases:
            alias_count[a] += 1
    out: list[Query] = []
    plan = [("number", 5), ("alias", 20), ("name_spec", 26), ("typo", 10), ("partial_name", 8), ("english", 8),
            ("ambiguous", 13), ("not_found", 10)]  # fmt: skip
    templates = [t for t, w in plan for _ in range(w)]
    tries = 0
    while len(out) < n and tries < n * 30:
        tries += 1
        tpl = rnd.choice(templates)
        it = rnd.choice(items) if rnd.random() < 0.5 else rnd.choice(by_name[rnd.choice(names)])
        qid = f"{prefix}{len(out):05d}"
        if tpl == "number":
            text, tags = _cosmetic(it.number, rnd)
            out.append(Query(qid, text, "resolvable", f"number{'+' + tags if tags else ''}", it.number))
            continue
        if tpl == "alias":
            a = rnd.choice(it.aliases)
            if alias_count[a] > 1:
                continue
            text = a if rnd.random() < 0.5 else a.replace("*", rnd.choice(["x", "×", " x "]))
            text, tags = _cosmetic(text, rnd)
            out.append(Query(qid, text, "resolvable", f"alias{'+' + tags if tags else ''}", it.number))
            continue
        if tpl == "not_found":
            if rnd.random() < 0.5:
                form, spec = rnd.choice(_NOT_EXISTING), it.spec
            else:  # an existing name with a specification nobody makes
                form = rnd.choice(it.forms)
                nums = re.findall(r"\d+", it.spec)
                if not nums:
                    continue
                old = rnd.choice(nums)
                spec = it.spec.replace(old, str(int(old) + rnd.choice([1, 3, 7, 11, 37])), 1)
            if oracle.match(form, spec):
                continue
            text, t1 = _join(form, _spec_noise(spec, rnd), rnd)
            text, t2 = _cosmetic(text, rnd)
            out.append(Query(qid, text, "not_found", "+".join(["not_found", *(t for t in (t1, t2) if t)])))
            continue
        form = rnd.choice(it.forms)
        spec: str | None = it.spec
        if tpl == "english":
            form = it.forms[-1]
        elif tpl == "typo":
            form = _typo(form, rnd) or ""
        elif tpl == "partial_name":
            full = it.name
            cut = rnd.randrange(1, max(len(full) - 1, 2))
            form = full[cut:] if rnd.random() < 0.7 else full[:-cut]
            # cut between two Chinese characters only, never inside 304 or 6061
            edge = full[cut - 1 : cut + 1] if form == full[cut:] else full[len(form) - 1 : len(form) + 1]
            if len(form) < 2 or not all(_CJK.match(c) for c in (form[0], form[-1], *edge)):
                continue
        elif tpl == "ambiguous":
            spec = _partial_spec(it.spec) if rnd.random() < 0.5 else None
        if not form:
            continue
        truth = oracle.match(form, spec)
        if not truth:
            continue
        if len(truth) == 1 and truth[0] != it.number:
            continue  # the noise turned it into another item's name: not a fair test of this target
        spec_text = _spec_noise(spec, rnd) if spec else ""
        text, t1 = _join(form, spec_text, rnd) if spec_text else (form, "")
        text, t2 = _cosmetic(text, rnd)
        tags = "+".join(t for t in (tpl, t1, t2) if t)
        if len(truth) == 1:
            out.append(Query(qid, text, "resolvable", tags, truth[0]))
        else:
            out.append(Query(qid, text, "ambiguous", tags, None, tuple(truth)))
    return out
