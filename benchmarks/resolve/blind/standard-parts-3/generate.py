# -*- coding: utf-8 -*-
"""Blind standard-parts benchmark, set 3: writes catalogue.csv, queries.jsonl and checker_data/*.
Usage: python3 generate.py   (stdlib only, fixed seed, byte-identical output whatever PYTHONHASHSEED is)."""
import csv
import io
import json
import os
import random

import gen_catalogue as gc
import plant_vocab as V

HERE = os.path.dirname(os.path.abspath(__file__))
QSEED = 7041

# ------------------------------------------------------------------ matching (same rules as check.py)
def nc(s):
    return V.norm_code(s)


def could(r, cons):
    at = r["at"]
    for key in sorted(cons):
        acc = cons[key]
        if key == "number":
            if r["number"] not in acc:
                return False
        elif key == "alias":
            na = [nc(a) for a in r["aliases"]]
            if not any(nc(a) in na for a in acc):
                return False
        elif key == "k":
            if nc(at["k"]) not in [nc(a) for a in acc]:
                return False
        else:
            rv = at.get(key)
            if rv is None:
                continue
            if isinstance(rv, str):
                rv = [rv]
            accx = set()
            for a in acc:
                accx.update(V.std_class(a) if key == "std" else [a])
            if not set(rv) & accx:
                return False
    return True


def positive(r, cons, skip=None):
    at = r["at"]
    for key in sorted(cons):
        if key == skip:
            continue
        acc = cons[key]
        if key in ("number", "alias", "k"):
            if not could(r, {key: acc}):
                return False
            continue
        rv = at.get(key)
        if rv is None:
            return False
        if isinstance(rv, str):
            rv = [rv]
        accx = set()
        for a in acc:
            accx.update(V.std_class(a) if key == "std" else [a])
        if not set(rv) <= accx:
            return False
    return True


class Index:
    def __init__(self, rows):
        self.rows = rows
        self.by = {}
        for i, r in enumerate(rows):
            self.by.setdefault(("k", nc(r["at"]["k"])), []).append(i)
            self.by.setdefault(("number", r["number"]), []).append(i)
            for a in r["aliases"]:
                self.by.setdefault(("alias", nc(a)), []).append(i)
            for m in r["at"].get("model") or []:
                self.by.setdefault(("model", m), []).append(i)

    def matches(self, cons):
        for key in ("number", "k", "alias", "model"):
            if key in cons:
                ids = set()
                for v in cons[key]:
                    ids.update(self.by.get((key, v if key in ("number", "model") else nc(v)), []))
                return [self.rows[i] for i in sorted(ids) if could(self.rows[i], cons)]
        raise ValueError("query without an identifying key")


# ------------------------------------------------------------------ wording
ASCII_EN = lambda w: all(ord(ch) < 128 for ch in w)
TYPO_TYPE = {"内六角园柱头螺钉", "内六角圆柱头螺丁", "内六角沉头螺丁", "罗丝", "socket haed cap screw", "周承", "bearnig", "深钩球轴承", "园锥滚子轴承",
             "调芯滚子轴承", "骨驾油封", "油风", "O行圈", "欧型圈", "电磁换相阀", "益流阀", "吸油过虑器", "滤心", "不绣钢"}


def pick_word(rng, table, rowvals, style, exclude_typos=True, prefer_narrow=True):
    cands = []
    for w in sorted(table):
        m = table[w]
        if not m or not set(rowvals) <= set(m):
            continue
        if exclude_typos and w in TYPO_TYPE:
            continue
        if style == "en" and not ASCII_EN(w):
            continue
        if style in ("zh", "zh_tw") and ASCII_EN(w) and rng.random() < 0.8:
            continue
        if style == "voice" and ASCII_EN(w) and w not in ("NOK", "SKF", "NSK", "FAG", "HRB", "ZWZ", "LYC", "FYH", "NTN", "PU", "NBR"):
            continue
        cands.append(w)
    if not cands:
        return None
    if prefer_narrow:
        wts = [1.0 / len(table[w]) for w in cands]
        x = rng.random() * sum(wts)
        for w, wt in zip(cands, wts):
            x -= wt
            if x <= 0:
                return w
    return cands[-1] if not prefer_narrow else rng.choice(cands)


def std_surface(rng, std, style):
    org, num = std.split(" ", 1)
    if org == "GB/T":
        opts = ["GB/T " + num, "GB/T" + num, "GB" + num, "GB " + num, "国标" + num, "GBT" + num, "gb/t" + num, "GB/T %s-%s" % (num, gc.STD_YEAR.get(std, "2016"))]
        if style == "en":
            opts = ["GB/T " + num, "GB" + num, "GB/T" + num]
        if style == "voice":
            opts = ["国标" + num, "GB" + num]
    elif org == "DIN":
        opts = ["DIN " + num, "DIN" + num, "din" + num, "德标" + num] if style != "en" else ["DIN " + num, "DIN" + num]
        if style == "voice":
            opts = ["德标" + num, "DIN" + num]
    elif org == "ISO":
        opts = ["ISO " + num, "ISO" + num, "iso" + num]
    elif org == "JIS":
        opts = ["JIS " + num, "JIS" + num, "日标" + num]
    elif org == "ASME":
        opts = ["ASME " + num, "ANSI " + num]
    elif org == "JB/T":
        opts = ["JB/T " + num, "JB/T" + num, "JB" + num]
    else:
        opts = [std]
    return rng.choice(opts)


def size_surface(rng, at, fam, style):
    k, L = at["k"], at.get("L")
    if fam in ("dowel", "spring_pin", "split_pin"):
        return rng.choice(["Φ%sx%s", "%sx%s", "%s*%s", "%s×%s"]) % (k, L)
    if fam == "key":
        sep = rng.choice(["x", "*", "×"])
        return k.replace("x", sep) + sep + L
    if fam in ("circlip_shaft", "circlip_hole", "bonded"):
        return rng.choice(["%s", "Φ%s", "d%s"]) % k if fam != "bonded" else rng.choice(["%s", "M%s"]) % k
    if k.endswith("UNC"):
        base = k[:-3]
        return rng.choice(['%s x %s"', '%s"UNC x %s"', "%sUNC*%s", "%s x %s"]) % (base, L)
    if L is None:
        if "x" in k:
            return k.replace("x", rng.choice(["x", "*", "×"]))
        return rng.choice([k, k, k.lower()])
    if style == "voice":
        return rng.choice(["%s乘%s", "%s乘%s的", "%s 乘 %s"]) % (rng.choice([k, k.lower()]), L)
    if style == "en":
        f = rng.choice(["%sx%s", "%s x %s", "%sx%smm", "%sX%s"])
    else:
        f = rng.choice(["%sx%s", "%s*%s", "%s×%s", "%s-%s", "%s长%s", "%sX%s", "%s*%s", "%sx%s", "%s x %s", "%s*%smm"])
    kk = k if rng.random() < 0.75 else k.lower()
    if "x" in kk.lower() and "-" in f:
        f = "%sx%s"
    return f % (kk, L)


ZH_T = ["{x}还有没有", "{x}库存多少", "帮我查下{x}还有多少", "领{n}个{x}", "{x} 仓库还有吗", "{x}有货吗", "请问{x}还有库存吗", "我要领{x} {n}只",
        "{x}", "查一下{x}", "{x}还剩几个", "{x}现在有多少", "{x}帮忙看下库存", "有没有{x}", "还有{x}吗", "车间要{x}，有吗", "{x} 库存", "领用{x}"]
EN_T = ["do we have {x} in stock", "stock of {x}?", "need {n} pcs {x}", "{x} qty on hand?", "{x}", "any {x} left?", "pls check stock {x}", "{x} available?"]
VOICE_T = ["那个{x}还有没有啊", "呃 帮我看一下{x}还有多少", "{x}仓库里面还有吗我这边要用", "喂 {x}有没有", "你帮我查查{x}还有几个", "就是那个{x} 还有吧"]
TERSE_T = ["{x}", "{x}?", "{x} 几个", "{x}有吗", "{x} 库存?"]
MIXED_T = ["{x} 有stock吗", "{x}还有没有", "check下{x}", "{x} 要{n}pcs", "{x} 库存多少", "{x} 有货吗"]


def join_tokens(rng, toks, style):
    out = ""
    for t in toks:
        if not out:
            out = t
            continue
        a, b = out[-1], t[0]
        if (a.isascii() and a.isalnum()) and (b.isascii() and b.isalnum()) or style == "en":
            out += " " + t
        else:
            out += rng.choice(["", " ", ""]) if style != "voice" else rng.choice(["", " "])
            out += t
    return out


def wrap(rng, desc, style):
    n = rng.choice([2, 4, 5, 6, 10, 20, 50, 100])
    t = {"zh": ZH_T, "zh_tw": ZH_T, "en": EN_T, "voice": VOICE_T, "terse": TERSE_T, "mixed": MIXED_T, "typo": ZH_T}[style]
    s = rng.choice(t).format(x=desc, n=n)
    if style == "zh_tw":
        s = V.to_trad(s)
    return s


# ------------------------------------------------------------------ builder
class Builder:
    def __init__(self, rows, rng):
        self.rows = rows
        self.rng = rng
        self.idx = Index(rows)
        self.used = set()
        self.texts = set()
        self.out = []

    def unique(self, cons, target):
        m = self.idx.matches(cons)
        return len(m) == 1 and m[0] is target and positive(target, cons)

    def finish(self, kind, style, target, mentions, order=None, near=None):
        """mentions: list of (key, surface, cons_value)."""
        rng = self.rng
        cons, ev = {}, []
        for evk, surf, cd in mentions:
            for key in sorted(cd):
                cons[key] = sorted(set(cons.get(key, [])) | set(cd[key]))
            ev.append([evk, surf])
        toks = [m[1] for m in (order(mentions) if order else mentions)]
        desc = join_tokens(rng, toks, style)
        text = wrap(rng, desc, style)
        if text in self.texts:
            return False
        if target is not None:
            if not self.unique(cons, target):
                return False
        else:
            if self.idx.matches(cons):
                return False
            if near is None or not any(positive(near, cons, skip=k) for k in cons):
                return False
        self.texts.add(text)
        if target is not None:
            self.used.add(target["number"])
        self.out.append({"query": text, "expect": target["number"] if target else None, "kind": kind, "style": style,
                         "_meta": {"cons": cons, "ev": ev, "near_miss": near["number"] if near else None}})
        return True

    def grow(self, target, base, optional, extra_p=0.25):
        """base: required mentions; optional: list of mention-lists (alternatives). Adds until unique."""
        rng = self.rng
        ments = list(base)
        opts = list(optional)
        rng.shuffle(opts)

        def cons_of(ms):
            c = {}
            for evk, surf, cd in ms:
                for key in sorted(cd):
                    c[key] = sorted(set(c.get(key, [])) | set(cd[key]))
            return c
        while not self.unique(cons_of(ments), target):
            if not opts:
                return None
            ments.append(opts.pop())
        if opts and rng.random() < extra_p:
            ments.append(opts.pop())
        return ments


# ------------------------------------------------------------------ mention makers
def m_type(rng, fam, style, typo=False):
    if typo:
        c = [w for w in sorted(V.TYPE_WORDS) if w in TYPO_TYPE and set(fam) <= set(V.TYPE_WORDS[w])]
        if c:
            w = rng.choice(c)
            return ("fam", w, {"fam": V.TYPE_WORDS[w]})
    w = pick_word(rng, V.TYPE_WORDS, fam, style)
    return ("fam", w, {"fam": V.TYPE_WORDS[w]}) if w else None


def m_word(rng, evk, table, key, vals, style):
    w = pick_word(rng, table, vals, style, prefer_narrow=False)
    return (evk, w, {key: table[w]}) if w else None


def m_brand(rng, brand, style):
    c = [w for w in sorted(V.BRAND_WORDS) if V.BRAND_WORDS[w] == [brand] and (style != "en" or ASCII_EN(w))]
    if not c:
        return None
    w = rng.choice(c)
    return ("brand", w, {"brand": [brand]})


def m_std(rng, std, style, equiv=False):
    s = std
    if equiv:
        others = [x for x in V.std_class(std) if x != std]
        if others:
            s = rng.choice(others)
    return ("std", std_surface(rng, s, style), {"std": [s]})


def fastener_mentions(rng, at, style, typo=False, want_std=False, equiv=False):
    fam = at["fam"]
    t = m_type(rng, fam, style, typo)
    if t is None:
        return None, None
    sz = ("size", size_surface(rng, at, fam[0], style), {"k": [at["k"]]} if at.get("L") is None else {"k": [at["k"]], "L": [at["L"]]})
    base = [t, sz]
    opt = []
    if at.get("grade") and at["grade"][0] not in ("65Mn", "200HV", "300HV", "A574"):
        x = m_word(rng, "grade", V.GRADE_WORDS, "grade", at["grade"], style)
        if x:
            opt.append(x)
    if at.get("mat") and at["mat"][0] != "CS":
        x = m_word(rng, "mat", V.MAT_WORDS, "mat", at["mat"], style)
        if x:
            opt.append(x)
    if at.get("fin") and (at["fin"] != ["plain"] or rng.random() < 0.1):
        x = m_word(rng, "fin", V.FIN_WORDS, "fin", at["fin"], style)
        if x:
            opt.append(x)
    if at.get("std"):
        x = m_std(rng, at["std"][0], style, equiv)
        if want_std:
            base.append(x)
        else:
            opt.append(x)
    if at.get("brand") and at["brand"] != ["-"]:
        x = m_brand(rng, at["brand"][0], style)
        if x:
            opt.append(x)
    if at.get("ktype"):
        opt.append(("ktype", at["ktype"][0] + "型", {"ktype": at["ktype"]}))
    return base, opt


def order_fast(rng):
    pats = [["std", "size", "grade", "mat", "fin", "brand", "ktype", "fam"], ["mat", "grade", "fin", "fam", "size", "std", "brand", "ktype"],
            ["fam", "size", "grade", "mat", "fin", "std", "brand", "ktype"], ["brand", "std", "mat", "fam", "size", "grade", "fin", "ktype"],
            ["size", "grade", "mat", "fin", "fam", "std", "brand", "ktype"], ["mat", "fam", "size", "grade", "fin", "std", "brand", "ktype"]]
    p = rng.choice(pats)
    return lambda ms: sorted(ms, key=lambda m: p.index(m[0]) if m[0] in p else 99)


def dg_code_surface(rng, base, seal, clear, brand, style):
    if brand and rng.random() < 0.5 and brand in gc.SEAL_FORM:
        forms, cf = gc.SEAL_FORM[brand]
        s = base + forms[seal] + (cf if clear == "C3" else "")
        return s if rng.random() < 0.8 else s.lower()
    if seal in ("2RS", "2Z") and clear == "CN" and len(base) == 4 and base[0] == "6" and rng.random() < 0.12 and style in ("zh", "terse", "voice"):
        return ("180" if seal == "2RS" else "80") + base[1:]
    if style == "voice" and seal == "open" and rng.random() < 0.4:
        return "".join("零一二三四五六七八九"[int(ch)] for ch in base)
    suf = {"open": [""], "2RS": ["-2RS", " 2RS", "-2rs", "-2RS", " 2rs"], "2Z": ["-ZZ", "ZZ", "zz", "-2Z", " 2Z", " ZZ"], "RS": ["-RS"], "Z": ["-Z"]}[seal]
    s = base + rng.choice(suf)
    if clear == "C3":
        s += rng.choice(["/C3", " C3", "C3", "/c3"])
    return s


def bearing_mentions(rng, at, style, typo=False):
    fam = at["fam"][0]
    brand = at["brand"][0]
    if fam == "dgbb":
        surf = dg_code_surface(rng, at["k"], at["seal"][0], at["clear"][0], brand if brand != "-" else None, style)
        code = ("bcode", surf, {"k": [at["k"]], "seal": [at["seal"][0]], "clear": [at["clear"][0]]})
    else:
        k = at["k"]
        surf = k if rng.random() < 0.8 else k.lower()
        code = ("code", surf, {"k": [k]})
    base = [code]
    t = m_type(rng, at["fam"], style, typo)
    opt = []
    if t and (typo or rng.random() < 0.85):
        base.append(t)
    if brand != "-":
        b = m_brand(rng, brand, style)
        if b:
            opt.append(b)
    return base, opt


def order_bear(rng):
    p = rng.choice([["fam", "bcode", "code", "brand"], ["bcode", "code", "fam", "brand"], ["brand", "bcode", "code", "fam"],
                    ["brand", "fam", "bcode", "code"], ["bcode", "code", "brand", "fam"]])
    return lambda ms: sorted(ms, key=lambda m: p.index(m[0]) if m[0] in p else 99)


def seal_mentions(rng, at, style, typo=False):
    fam = at["fam"][0]
    k = at["k"]
    base, opt = [], []
    if fam == "oring" and "x" in k:
        i, cs = k.split("x")
        f = rng.choice(["%sx%s", "%s*%s", "Φ%s×%s", "%sX%s", "%s×%s", "ID%s*%s"])
        base.append(("size", f % (i, cs), {"k": [k]}))
    elif fam in ("oil_seal", "hyd_seal"):
        sep = rng.choice(["x", "*", "×", "-", "X"])
        base.append(("size", k.replace("x", sep), {"k": [k]}))
    elif fam == "bonded":
        base.append(("size", rng.choice([k, "M" + k]), {"k": [k]}))
    else:
        base.append(("code", k if rng.random() < 0.85 else k.lower(), {"k": [k]}))
    if fam == "hyd_seal":
        w = pick_word(rng, V.STYPE_WORDS, at["stype"], style, prefer_narrow=False)
        if w:
            base.append(("stype", w, {"stype": V.STYPE_WORDS[w]}))
        if rng.random() < 0.3:
            t = m_type(rng, at["fam"], style, typo)
            if t:
                base.append(t)
    else:
        t = m_type(rng, at["fam"], style, typo)
        if t:
            base.append(t)
        if fam == "oil_seal":
            opt.append(("stype", at["stype"][0], {"stype": at["stype"]}))
    if at.get("mat"):
        x = m_word(rng, "mat", V.MAT_WORDS, "mat", at["mat"], style)
        if x:
            opt.append(x)
    if at.get("hard"):
        x = m_word(rng, "hard", V.HARD_WORDS, "hard", at["hard"], style)
        if x:
            opt.append(x)
    if at.get("brand") and at["brand"] != ["-"]:
        b = m_brand(rng, at["brand"][0], style)
        if b:
            opt.append(b)
    if at.get("std") and rng.random() < 0.5:
        opt.append(m_std(rng, at["std"][0], style))
    return base, opt


def hyd_mentions(rng, at, style, typo=False, exact=False):
    k = at["k"]
    fam = at["fam"]
    base, opt = [], []
    if at.get("model") and not exact and rng.random() < 0.3:
        m = at["model"][0]
        base.append(("model", rng.choice([m, m[:3] + " " + m[3:], m.lower()]), {"model": [m]}))
        if rng.random() < 0.5:
            opt.append(("code", k, {"k": [k]}))
    else:
        if exact:
            surf = k
        else:
            surf = rng.choice([k, k, k, k.lower()])
        base.append(("code", surf, {"k": [k]}))
    t = m_type(rng, fam, style, typo)
    if t and (typo or rng.random() < 0.6):
        base.append(t)
    elif t:
        opt.append(t)
    if at.get("brand") and at["brand"] != ["-"]:
        b = m_brand(rng, at["brand"][0], style)
        if b:
            opt.append(b)
    if at.get("volt"):
        x = m_word(rng, "volt", V.VOLT_WORDS, "volt", at["volt"], style)
        if x:
            opt.append(x)
    if at.get("range"):
        r = at["range"][0]
        opt.append(("range", rng.choice(["%sMPa", "%s MPa", "%s兆帕"]) % r, {"range": at["range"]}))
    if at.get("thread"):
        th = at["thread"][0]
        opt.append(("thread", th.replace("x", rng.choice(["x", "*", "×"])), {"thread": at["thread"]}))
    if at.get("cable"):
        cbl = at["cable"][0]
        opt.append(("cable", rng.choice([cbl, cbl.replace("M", "米"), cbl.lower() + "线"]), {"cable": at["cable"]}))
    return base, opt


def order_code(rng):
    p = rng.choice([["brand", "fam", "code", "model", "volt", "range", "thread", "cable"], ["code", "model", "fam", "brand", "volt", "range", "thread", "cable"],
                    ["fam", "code", "model", "brand", "volt", "range", "thread", "cable"], ["brand", "code", "model", "volt", "fam", "range", "thread", "cable"]])
    return lambda ms: sorted(ms, key=lambda m: p.index(m[0]) if m[0] in p else 99)


def order_seal(rng):
    p = rng.choice([["brand", "stype", "fam", "size", "code", "mat", "hard", "std"], ["size", "code", "stype", "mat", "hard", "fam", "brand", "std"],
                    ["fam", "stype", "size", "code", "mat", "hard", "brand", "std"], ["mat", "fam", "stype", "size", "code", "hard", "brand", "std"]])
    return lambda ms: sorted(ms, key=lambda m: p.index(m[0]) if m[0] in p else 99)


# ------------------------------------------------------------------ kinds
FAST_FAMS = {"hex_bolt", "hex_bolt_full", "flange_bolt", "shcs", "csk_socket", "button_socket", "set_flat", "set_cone", "set_cup", "pan_phillips",
             "csk_phillips", "nut", "thin_nut", "nylon_nut", "flange_nut", "washer", "washer_large", "spring_washer", "dowel", "spring_pin", "split_pin",
             "key", "circlip_shaft", "circlip_hole", "eye_bolt", "stud"}
BEAR_FAMS = {"dgbb", "acbb", "trb", "crb", "srb", "thrust", "needle", "plain", "unit"}
SEAL_FAMS = {"oring", "oil_seal", "hyd_seal", "bonded"}
HYD_FAMS = set(gc.HYD_CN)
OTHER_FAMS = {"vbelt", "sync_belt", "gauge", "prox", "chain", "grease_nipple"}
OLD_PREFIX = ("WJ", "BJ", "K3-", "JL", "R900")
QUOTA = [("fastener", 150), ("fastener_std", 55), ("bearing", 75), ("seal", 50), ("hydraulic", 45), ("prefix_code", 25), ("old_number", 15),
         ("mnemonic", 12), ("typo_name", 20), ("other", 22), ("material_number", 6), ("near_miss", 25)]
STYLE_W = [("zh", 38), ("terse", 14), ("mixed", 12), ("en", 10), ("voice", 10), ("zh_tw", 10)]
HYD_SUBS = [("3C4", "3C6"), ("3C6", "3C4"), ("3C2", "3C60"), ("3C60", "3C2"), ("D24", "A220"), ("A220", "D24"), ("E6X", "J6X"), ("J6X", "E6X"),
            ("H6X", "G6X"), ("E3X", "H3X"), ("G24", "W230"), ("-2A-", "-2C-"), ("-2C-", "-6C-"), ("-6C-", "-2A-"), ("-8C-", "-2B-"),
            ("0160", "0110"), ("0110", "0160"), ("0240", "0330"), ("D010", "D020"), ("R010", "R005"), ("BN4HC", "W/HC"), ("-17-", "-19-"),
            ("-19-", "-23-"), ("-25-", "-31-"), ("-41-", "-47-"), ("-53-", "-59-"), ("20V8A", "20V9A"), ("25V17A", "25V19A"), ("/200", "/315"),
            ("/315", "/400"), ("x10", "x20"), ("x20", "x10"), ("x80", "x100"), ("-100x", "-160x"), ("-160x", "-250x")]


def pick_style(rng):
    x = rng.random() * sum(w for _, w in STYLE_W)
    for s, w in STYLE_W:
        x -= w
        if x <= 0:
            return s
    return "zh"


def is_old(a):
    return a.startswith(OLD_PREFIX)


def is_mnemonic(a):
    return a.isascii() and " " not in a and not is_old(a) and not a.isdigit() and not a.startswith("BMR")


def opt_of(rng, at, style):
    f = at["fam"][0]
    if f in FAST_FAMS:
        return fastener_mentions(rng, at, style)[1] or []
    if f in SEAL_FAMS:
        return seal_mentions(rng, at, style)[1]
    if f in BEAR_FAMS:
        return bearing_mentions(rng, at, style)[1]
    return hyd_mentions(rng, at, style)[1]


def build_queries(rows):
    rng = random.Random(QSEED)
    b = Builder(rows, rng)
    fam0 = lambda r: r["at"]["fam"][0]
    all_k = set(nc(r["at"]["k"]) for r in rows)
    pools = {
        "fastener": [r for r in rows if fam0(r) in FAST_FAMS and fam0(r) != "grease_nipple"],
        "fastener_std": [r for r in rows if fam0(r) in FAST_FAMS and r["at"].get("std")],
        "bearing": [r for r in rows if fam0(r) in BEAR_FAMS],
        "seal": [r for r in rows if fam0(r) in SEAL_FAMS],
        "hydraulic": [r for r in rows if fam0(r) in HYD_FAMS],
        "other": [r for r in rows if fam0(r) in OTHER_FAMS],
        "old_number": [r for r in rows if any(is_old(a) for a in r["aliases"])],
        "mnemonic": [r for r in rows if any(is_mnemonic(a) and nc(a) not in all_k for a in r["aliases"])],
        "material_number": list(rows),
    }
    ks = sorted(set(nc(r["at"]["k"]) for r in rows))
    kset = set(ks)
    pref = set()
    for i, k in enumerate(ks):
        j = i + 1
        while j < len(ks) and ks[j].startswith(k):
            pref.add(k)
            break
    pfams = BEAR_FAMS | HYD_FAMS | {"gauge", "prox", "oring"}
    pools["prefix_code"] = [r for r in rows if nc(r["at"]["k"]) in pref and fam0(r) in pfams
                            and (fam0(r) != "dgbb" or (r["at"]["seal"] == ["open"] and r["at"]["clear"] == ["CN"]))
                            and (fam0(r) != "oring" or r["at"]["k"][0] in "PG")]
    typo_fams = set()
    for w in TYPO_TYPE:
        typo_fams.update(V.TYPE_WORDS.get(w, []))
    pools["typo_name"] = [r for r in rows if len(r["at"]["fam"]) == 1 and fam0(r) in typo_fams]
    # per-kind family spreading for fasteners so that not everything is a hex bolt
    for kind, quota in QUOTA:
        made = 0
        tries = 0
        while made < quota:
            tries += 1
            if tries > quota * 400:
                raise SystemExit("could not fill kind %s (%d/%d)" % (kind, made, quota))
            style = pick_style(rng)
            if kind == "near_miss":
                made += build_null(b, rng, style, made)
                continue
            pool = pools[kind]
            if kind in ("fastener", "fastener_std"):
                fams = sorted(set(fam0(r) for r in pool))
                f = rng.choice(fams) if rng.random() < 0.45 else None
                cand = [r for r in pool if fam0(r) == f] if f else pool
                r = rng.choice(cand)
            else:
                r = rng.choice(pool)
            if r["number"] in b.used:
                continue
            at = r["at"]
            if kind in ("fastener", "fastener_std"):
                base, opt = fastener_mentions(rng, at, style, want_std=(kind == "fastener_std"), equiv=(kind == "fastener_std" and rng.random() < 0.3))
                if base is None:
                    continue
                ms = b.grow(r, base, opt)
                ok = ms and b.finish(kind, style, r, ms, order_fast(rng))
            elif kind == "bearing":
                base, opt = bearing_mentions(rng, at, style)
                ms = b.grow(r, base, opt, extra_p=0.3)
                ok = ms and b.finish(kind, style, r, ms, order_bear(rng))
            elif kind == "seal":
                base, opt = seal_mentions(rng, at, style)
                ms = b.grow(r, base, opt)
                ok = ms and b.finish(kind, style, r, ms, order_seal(rng))
            elif kind in ("hydraulic", "other"):
                if fam0(r) == "grease_nipple":
                    base, opt = fastener_mentions(rng, at, style)
                    if base is None:
                        continue
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_fast(rng))
                else:
                    base, opt = hyd_mentions(rng, at, style)
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_code(rng))
            elif kind == "prefix_code":
                if fam0(r) == "dgbb":
                    base, opt = bearing_mentions(rng, at, style)
                    if base[0][1] != at["k"]:
                        base[0] = ("bcode", at["k"], base[0][2])
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_bear(rng))
                else:
                    base, opt = hyd_mentions(rng, at, style, exact=True)
                    if fam0(r) in SEAL_FAMS or fam0(r) in BEAR_FAMS:
                        _, opt2 = (seal_mentions if fam0(r) in SEAL_FAMS else bearing_mentions)(rng, at, style)
                        opt = opt2
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_code(rng))
            elif kind in ("old_number", "mnemonic"):
                als = [a for a in r["aliases"] if (is_old(a) if kind == "old_number" else (is_mnemonic(a) and nc(a) not in all_k))]
                a = rng.choice(als)
                pre = rng.choice(["老编码", "旧编号", "老料号", "", "", ""]) if kind == "old_number" and style not in ("en",) else ""
                if style == "en" and kind == "old_number":
                    pre = rng.choice(["old no. ", "old code ", ""])
                surf = a if rng.random() < 0.8 else a.lower()
                base = [("alias", (pre + surf) if pre else surf, {"alias": [a]})]
                ms = b.grow(r, base, opt_of(rng, at, style))
                if ms and kind == "mnemonic":
                    # a mnemonic code is only a search key: read as "this type in this size" the rest must still single out the row
                    c2 = mnemonic_reading(ms, at)
                    if [x["number"] for x in b.idx.matches(c2)] != [r["number"]]:
                        ms = None
                ok = ms and b.finish(kind, style, r, ms)
            elif kind == "typo_name":
                style = "typo"
                f = fam0(r)
                if f in FAST_FAMS:
                    base, opt = fastener_mentions(rng, at, style, typo=True)
                    if base is None or base[0][1] not in TYPO_TYPE:
                        continue
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_fast(rng))
                elif f in BEAR_FAMS:
                    base, opt = bearing_mentions(rng, at, style, typo=True)
                    if not any(m[1] in TYPO_TYPE for m in base):
                        continue
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_bear(rng))
                elif f in SEAL_FAMS:
                    base, opt = seal_mentions(rng, at, style, typo=True)
                    if not any(m[1] in TYPO_TYPE for m in base):
                        continue
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_seal(rng))
                else:
                    base, opt = hyd_mentions(rng, at, style, typo=True)
                    if not any(m[1] in TYPO_TYPE for m in base):
                        continue
                    ms = b.grow(r, base, opt)
                    ok = ms and b.finish(kind, style, r, ms, order_code(rng))
            elif kind == "material_number":
                n = r["number"]
                pre = rng.choice(["物料编码", "编码", "料号", ""]) if style != "en" else rng.choice(["item ", "part no. ", ""])
                base = [("number", pre + n, {"number": [n]})]
                ok = b.finish(kind, style, r, base)
            else:
                raise SystemExit(kind)
            if ok:
                made += 1
    return b.out


def mnemonic_reading(ms, at):
    c = {}
    for evk, surf, cd in ms:
        for key in sorted(cd):
            if key != "alias":
                c[key] = sorted(set(c.get(key, [])) | set(cd[key]))
    c["k"] = [at["k"]]
    c["fam"] = list(at["fam"])
    if at.get("L"):
        c["L"] = [at["L"]]
    return c


def build_null(b, rng, style, made):
    rows = b.rows
    fam0 = lambda r: r["at"]["fam"][0]
    variant = ["fastener_L", "fastener_L", "fastener_grade", "bearing_brand", "bearing_brand", "hyd_code", "oring_cs"][made % 7]
    for _ in range(200):
        r = rng.choice(rows)
        at = r["at"]
        f = fam0(r)
        new = dict(at)
        if variant in ("fastener_L", "fastener_grade"):
            if f not in FAST_FAMS or len(at["fam"]) != 1 or not at.get("L") or not at.get("grade") or not at.get("fin") or at["k"].endswith("UNC"):
                continue
            if f in ("dowel", "spring_pin", "split_pin", "key", "stud"):
                continue
            if variant == "fastener_L":
                L = int(at["L"])
                i = gc.LENS.index(L)
                new["L"] = str(gc.LENS[min(len(gc.LENS) - 1, max(0, i + rng.choice([-2, -1, 1, 2])))])
                dn = gc.DNUM.get(at["k"].split("x")[0], 10)
                if new["L"] == at["L"] or int(new["L"]) < 2 * dn:
                    continue
            else:
                if at["mat"] != ["CS"]:
                    continue
                if f not in gc.FAST:
                    continue
                real = sorted(set(cg for cg, cm, cf in gc.FAST[f]["combos"] if cm == "CS" and at["fin"] == [cf]))
                if not real:
                    continue
                g = rng.choice(real)
                if [g] == at["grade"]:
                    continue
                new["grade"] = [g]
            base, opt = fastener_mentions(rng, new, style)
            if base is None:
                continue
            ms = base + [o for o in opt if o[0] in ("grade", "mat", "fin")]
            if b.finish("near_miss", style, None, ms, order_fast(rng), near=r):
                return 1
        elif variant == "bearing_brand":
            if f != "dgbb":
                continue
            nb = rng.choice(["SKF", "NSK", "FAG", "NTN", "HRB", "ZWZ", "LYC", "C&U"])
            new["brand"] = [nb]
            base, opt = bearing_mentions(rng, new, style)
            if b.finish("near_miss", style, None, base + opt, order_bear(rng), near=r):
                return 1
        elif variant == "hyd_code":
            if f not in HYD_FAMS:
                continue
            subs = [(a, c) for a, c in HYD_SUBS if a in at["k"]]
            if not subs:
                continue
            a, c = rng.choice(subs)
            new["k"] = at["k"].replace(a, c, 1)
            new.pop("model", None)
            base, opt = hyd_mentions(rng, new, style, exact=True)
            if b.finish("near_miss", style, None, base + [o for o in opt if o[0] == "brand"], order_code(rng), near=r):
                return 1
        elif variant == "oring_cs":
            if f != "oring" or "x" not in at["k"]:
                continue
            i, cs = at["k"].split("x")
            ncs = rng.choice(["1.8", "2.65", "3.55", "5.3", "7"])
            lo, hi = gc.CS_RANGE[float(ncs) if ncs != "7" else 7]
            if ncs == cs or not (lo <= float(i) <= hi):
                continue
            new["k"] = i + "x" + ncs
            base, opt = seal_mentions(rng, new, style)
            if b.finish("near_miss", style, None, base + [o for o in opt if o[0] == "mat"], order_seal(rng), near=r):
                return 1
    return 0


# ------------------------------------------------------------------ output
def main():
    cat, _ = gc.build_catalogue()
    rows = sorted(cat.rows, key=lambda r: r["number"])
    qs = build_queries(rows)
    order = random.Random(QSEED + 1)
    order.shuffle(qs)
    os.makedirs(os.path.join(HERE, "checker_data"), exist_ok=True)
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["number", "name", "spec", "unit", "category", "aliases"])
    for r in rows:
        w.writerow([r["number"], r["name"], r["spec"], r["unit"], r["category"], ";".join(r["aliases"])])
    with open(os.path.join(HERE, "catalogue.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    with open(os.path.join(HERE, "checker_data", "attributes.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({"number": r["number"], "at": r["at"]}, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(HERE, "queries.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for q in qs:
            f.write(json.dumps({"query": q["query"], "expect": q["expect"], "kind": q["kind"], "style": q["style"]}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "checker_data", "query_meta.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, q in enumerate(qs):
            f.write(json.dumps(dict(q["_meta"], line=i + 1), ensure_ascii=False, sort_keys=True) + "\n")
    print("catalogue rows:", len(rows), " queries:", len(qs))


if __name__ == "__main__":
    main()
