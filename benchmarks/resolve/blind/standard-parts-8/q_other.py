"""Query text + reading for imperial fasteners, bearings, seals, copper, valves, hydraulics, electrical."""
from common import cn_num, cn_dec, cn_digits, fmt_num
import gen_imperial as GI
import gen_bearings as GB
from gen_seals import MAT_Q, JIS_M

def imperial(a, style, rng, omit):
    t = a["type"]
    w = {"HCS": ["hex cap screw", "HHCS", "hex bolt", "美制外六角"], "SHC": ["SHCS", "socket head cap screw", "美制内六角杯头"],
         "PMS": ["pan head phillips machine screw", "PPHMS", "美制十字盘头"], "HN": ["hex nut", "finished hex nut", "美制螺母"],
         "FWS": ["SAE flat washer", "SAE平垫"], "FWU": ["USS flat washer", "USS平垫"], "LWI": ["split lock washer", "美制弹垫"]}[t]
    d, tpi, L = a["d"], a["tpi"], a["L"]
    thr = "UNC" if any(x[0] == d and x[1] == tpi and x[2] == "UNC" for x in GI.THREADS) else "UNF"
    if t in ("FWS", "FWU", "LWI"):
        size = rng.choice([d, d + '"', d + " in"]) if d[0] != "#" else d
    else:
        dd = rng.choice([d, d + '"']) if d[0] != "#" else rng.choice([d, d[1:]])
        if style == "store_yue" and d in GI.FEN:
            dd = GI.FEN[d]
        size = "%s-%d" % (dd, tpi) + rng.choice(["", " " + thr, thr])
        if L:
            ls = rng.choice([L, L + '"', GI.DEC.get(L, L + ".0"), L + " in"])
            size += rng.choice([" x ", "x", " X ", "*"]) + ls
    parts = [size, rng.choice(w)]
    c = {"fam": "imp", "type": t, "d": d, "tpi": a["tpi"], "L": L}
    if "gr" not in omit:
        parts.append(rng.choice(GI.GR_Q[a["gr"]])); c["gr"] = a["gr"]
    if "fin" not in omit and GI.FIN_Q[a["fin"]]:
        parts.append(rng.choice(GI.FIN_Q[a["fin"]])); c["fin"] = a["fin"]
    return " ".join(parts), c

def bearing(a, style, rng, omit):
    br, base, seal, cl = a["brand"], a["base"], a["seal"], a["cl"]
    use_brand = "brand" not in omit
    cbrand = br if use_brand else rng.choice([b for b in GB.BRANDS if b != br] + [br])
    code = GB.code(cbrand, base, seal, cl)
    if a["type"] == "DG" and rng.random() < 0.15 and GB.old_gb(base, seal) and cl == "CN":
        code = GB.old_gb(base, seal)
    elif rng.random() < 0.3:
        code = code.lower() if rng.random() < 0.5 else code.replace("-", " ").replace("/", " ")
    word = {"DG": ["轴承", "深沟球轴承", "軸承", "啤令", "bearing"], "NDL": ["滚针轴承", "针仔", "needle bearing"],
            "THR": ["推力轴承", "平面轴承", "thrust bearing"]}[a["type"]]
    if style == "voice":
        code = cn_digits(code).replace("ZZ", "双Z").replace("-2RS", "两个RS").replace("/C3", "C三")
    parts = [rng.choice(word), code] if rng.random() < 0.5 else [code, rng.choice(word)]
    if use_brand:
        parts.insert(rng.randrange(3), rng.choice(GB.BRAND_CN.get(br, [br, br.lower()])))
    c = {"fam": "brg", "type": a["type"], "base": base, "seal": seal, "cl": cl}
    if a["type"] != "DG":
        c.pop("type")
    if use_brand:
        c["brand"] = br
    return " ".join(parts), c

def seal(a, style, rng, omit):
    t = a["type"]
    mat = rng.choice(MAT_Q[a["mat"]])
    hd = "" if ("hd" in omit or "hd" not in a) else rng.choice([" %d度" % a["hd"], " %d" % a["hd"], "-%d" % a["hd"], " %d°" % a["hd"]])
    c = {"fam": "seal", "type": t, "mat": a["mat"]}
    if hd:
        c["hd"] = a["hd"]
    if t == "OR":
        x = rng.choice(["x", "*", "×"])
        sz = (cn_dec(a["id"]) + "乘" + cn_dec(a["cs"])) if style == "voice" else rng.choice(["", "Φ", "内径"]) + fmt_num(a["id"]) + x + fmt_num(a["cs"])
        c.update(id=a["id"], cs=a["cs"])
        return "%s %s %s%s" % (rng.choice(["O型圈", "O形圈", "胶圈", "o-ring", "O令"]), sz, mat, hd), c
    if t == "AS":
        c["dash"] = a["dash"]
        sz = rng.choice(["AS568-%03d", "2-%03d", "AS568 -%03d", "-%03d", "#%d"]) % a["dash"]
        return "%s %s %s%s" % (rng.choice(["O-ring", "o ring", "O型圈"]), sz, mat, hd), c
    if t == "JIS":
        c["code"] = a["code"]
        return "%s %s %s%s" % (rng.choice(["日标O型圈", "JIS O-ring", "O型圈 JIS"]), a["code"], mat, hd), c
    c.update(lip=a["lip"], d=a["d"], D=a["D"], b=a["b"])
    x = rng.choice(["x", "*", "×", "-"])
    return "%s %s%s %s" % (rng.choice(["油封", "骨架油封", "oil seal"]), a["lip"] + rng.choice(["", " "]), x.join(map(str, (a["d"], a["D"], a["b"]))), mat), c
