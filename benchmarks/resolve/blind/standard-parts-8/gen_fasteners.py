"""Metric fastener rows (GB / DIN / ISO, declared equivalents in aliases)."""
from common import Row, pick_clerk, fmt_num
from fast_tables import NAMES, STDS, FINE, TYPE_DIAS, type_lens, COMBOS, GR_ROW, FIN_ROW

CK = {"eng": 0, "store": 1, "hk": 2, "erp": 3}
UNIT = {"eng": "个", "store": "粒", "hk": "PCS", "erp": "EA"}
SUB = {"HB_P": "01", "HB_F": "02", "SHCS": "03", "CSK": "04", "PAN": "05", "SET": "06",
       "FLB": "07", "BTN": "08", "CMB": "09", "STP": "31", "STC": "32", "STH": "33",
       "NUT": "11", "NYL": "12", "FNUT": "13", "FW": "21", "SW": "22", "CSX": "10", "TNUT": "14",
       "CAPN": "15", "LWS": "23"}

def size_str(a, clerk):
    d, L, p = a["d"], a["L"], a["p"]
    if a["type"] in ("FW", "SW", "LWS"):
        return {"eng": d, "store": d.replace("M", "Φ"), "hk": d, "erp": d}[clerk]
    x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[clerk]
    s = d + (x + FINE[d] if p == "f" else "")
    if L is not None:
        s += x + fmt_num(L)
    return s

def std_of(a, clerk):
    gb, yr, din, iso = STDS[(a["type"], a["p"])]
    if clerk == "eng":
        return gb + "-" + yr
    if clerk == "hk":
        return (din or gb).replace(" ", "")
    if clerk == "erp":
        return iso or din or gb
    return ""

def render(a, clerk, rng):
    t = a["type"]
    k = CK[clerk]
    name = NAMES[t][k]
    if a["p"] == "f":
        name += {"eng": " 细牙", "store": " 幼牙", "hk": " 幼牙", "erp": " FINE"}[clerk]
    gr = GR_ROW[a["gr"]][k]
    fin = FIN_ROW[a["fin"]][k]
    parts = [std_of(a, clerk), size_str(a, clerk), gr, fin]
    if clerk == "store" and a["gr"] in ("A2-70", "A4-70"):
        parts[2] = "不锈钢" + gr
    spec = " ".join(p for p in parts if p)
    gb, yr, din, iso = STDS[(t, a["p"])]
    als = [s for s in (gb, din, iso) if s and s.replace(" ", "") not in spec.replace(" ", "")]
    als = ["等同" + s if clerk == "eng" else s for s in als]
    mn = "%s%s%s" % ({"HB_P": "LSB", "HB_F": "LSQ", "SHCS": "NLJ", "CSK": "NLC", "PAN": "SZP",
                      "SET": "JMP", "FLB": "FLS", "NUT": "LM", "BTN": "NLY", "CMB": "SZH", "FNUT": "FLM",
                      "STP": "ZGP", "STC": "ZGC", "STH": "ZGH", "CSX": "SZC", "TNUT": "BLM", "CAPN": "GXM", "LWS": "DD", "NYL": "NLM", "FW": "PD", "SW": "TD"}[t],
                     a["d"].lstrip("MST"), "-%s" % fmt_num(a["L"]) if a["L"] else "")
    als.insert(0, mn)
    als.append(NAMES[t][3].title() + " " + size_str(a, "erp"))
    if rng.random() < 0.25:
        als.append("旧编码:%d-%04d" % (rng.choice((3, 5, 7)), rng.randrange(10000)))
    return name, spec, UNIT[clerk], als

def rows(rng, numberer):
    out = []
    for t in NAMES:
        for d in TYPE_DIAS[t]:
            pitches = ["c"]
            if d in FINE and (t, "f") in STDS:
                pitches.append("f")
            for p in pitches:
                for L in type_lens(t, d):
                    for gr, fin in COMBOS[t]:
                        keep = 0.99 if p == "c" else 0.7
                        if gr in ("A4-70", "10.9", "12.9") and d in ("M20", "M24"):
                            keep = 0.3
                        if rng.random() > keep:
                            continue
                        a = {"fam": "fast", "type": t, "d": d, "p": p, "L": L, "gr": gr, "fin": fin}
                        clerk = pick_clerk(rng)
                        name, spec, unit, als = render(a, clerk, rng)
                        r = Row(a, name, spec, unit, "紧固件", als, clerk)
                        r.num = numberer.next("LS" + SUB[t])
                        out.append(r)
    return out
