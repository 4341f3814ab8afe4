"""Blind standard-parts catalogue for 德冷压缩机 (K/3 Cloud). python3 stdlib only; fixed seed; byte-identical output."""
import csv, io, json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SEED, Numberer, cn_num
import gen_fasteners, gen_fast2, gen_fast3, gen_imperial, gen_bearings, gen_seals, gen_refrig, gen_elec
import queries as Q

MODULES = [gen_fasteners, gen_fast2, gen_fast3, gen_imperial, gen_bearings, gen_seals, gen_refrig, gen_elec]
N_QUERIES, N_NULL, N_ABSENT = 500, 25, 9
FAM_W = {"fast": 40, "riv": 2, "key": 2, "pin": 2, "clip": 2, "imp": 12, "brg": 16, "seal": 12, "cu": 4, "val": 3, "hyd": 3, "el": 5, "mot": 1}

def build_rows():
    nb = Numberer()
    rows = []
    for i, m in enumerate(MODULES):
        rows += m.rows(random.Random(SEED * 31 + i), nb)
    return rows

def catalogue_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["number", "name", "spec", "unit", "category", "aliases"])
    for r in rows:
        w.writerow([r.num, r.name, r.spec, r.unit, r.cat, ";".join(r.aliases)])
    return buf.getvalue()

def absent_variant(a, rng):
    """an item the plant does not carry, close to one it does"""
    b = dict(a)
    f = a["fam"]
    if f == "fast" and a.get("L") and a["L"] < 1000:
        b["L"] = a["L"] + rng.choice([3, 7, 2])
    elif f == "brg":
        b["brand"] = rng.choice(["FAG", "NTN", "KOYO", "TIMKEN"])
    elif f == "seal" and a["type"] == "OR":
        b["id"] = a["id"] + 0.5
    elif f == "imp" and a.get("L"):
        b["L"] = "6"
    else:
        return None
    return b

def pick_style(fam, rng):
    if fam == "imp":
        return rng.choice(["us_eng", "us_eng", "buyer", "hk", "store_yue", "voice", "typo"])
    return rng.choices(Q.STYLES, weights=(5, 4, 3, 3, 1, 2))[0]

def build_queries(rows):
    rng = random.Random(SEED + 7)
    idx = Q.Index(rows)
    fams = {}
    for r in rows:
        fams.setdefault(r.attrs["fam"], []).append(r)
    cnt = {}
    for r in fams["brg"]:
        k = (r.attrs["base"], r.attrs["seal"], r.attrs["cl"])
        cnt[k] = cnt.get(k, 0) + 1
    solo = [r for r in fams["brg"] if cnt[(r.attrs["base"], r.attrs["seal"], r.attrs["cl"])] == 1]
    out, meta, seen = [], [], set()
    n_null = n_abs = 0
    while len(out) < N_QUERIES:
        fam = rng.choices(list(FAM_W), weights=list(FAM_W.values()))[0]
        row = rng.choice(solo if fam == "brg" and rng.random() < 0.35 else fams[fam])
        style = pick_style(fam, rng)
        slots_left = N_QUERIES - len(out)
        want_null = n_null < N_NULL and (rng.random() < 0.06 or slots_left <= N_NULL - n_null)
        if want_null and n_abs < N_ABSENT and rng.random() < 0.45:
            b = absent_variant(row.attrs, rng)
            if b is None:
                continue
            tmp = type(row).__new__(type(row)); tmp.attrs = b
            res = Q.make(tmp, rng, style, False)
            kind = "null_not_carried"
        else:
            res = Q.make(row, rng, style, want_null)
            kind = None
        if res is None:
            continue
        text, reading, k = res
        if style != "voice" or kind:
            text = Q.dress(text, style, rng)
        else:
            text = Q.dress(text, style, rng)
        if text in seen:
            continue
        hits = idx.match(reading)
        if want_null:
            if len(hits) == 1:
                continue
            if kind is None:
                kind = "null_ambiguous"
            if kind == "null_not_carried" and hits:
                continue
            if kind == "null_ambiguous" and len(hits) < 2:
                continue
            expect = None
            n_null += 1
            n_abs += kind == "null_not_carried"
        else:
            if len(hits) != 1 or hits[0] is not row:
                continue
            expect = row.num
            kind = k
        seen.add(text)
        out.append({"query": text, "expect": expect, "kind": kind, "style": style})
        meta.append(reading)
    return out, meta

def queries_text(qs):
    return "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs)

def build():
    rows = build_rows()
    qs, meta = build_queries(rows)
    return rows, catalogue_text(rows), qs, queries_text(qs), meta

if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    rows, cat, qs, qtxt, _ = build()
    with open(os.path.join(here, "catalogue.csv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(cat)
    with open(os.path.join(here, "queries.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write(qtxt)
    print(len(rows), "rows;", len(qs), "queries;", sum(q["expect"] is None for q in qs), "null")
