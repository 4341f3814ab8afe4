"""Query text for metric fasteners (incl. studs/rod/keys/pins/clips/rivets)."""
from common import cn_num, cn_dec, fmt_num, trad
from fast_tables import STDS, FINE, GR_Q, FIN_Q
from gen_fast2 import STUD, RIV_Q

WORDS = {
    "HB_P": ["外六角螺栓 半牙", "六角螺栓(半螺纹)", "半牙外六角", "半牙六角罗丝"], "HB_F": ["外六角全牙", "全螺纹六角螺栓", "全牙外六角螺丝", "全牙六角罗丝"],
    "SHCS": ["内六角螺丝", "杯头螺丝", "内六角圆柱头螺钉", "内六角杯头"], "CSK": ["沉头内六角", "平杯螺丝", "内六角沉头螺钉"],
    "PAN": ["十字盘头螺丝", "盘头十字螺钉", "圆头十字罗丝"], "SET": ["机米 平端", "平端紧定螺钉", "无头螺丝 平端"],
    "FLB": ["法兰螺栓", "六角法兰面螺栓", "法兰面螺丝"], "NUT": ["六角螺母", "螺帽", "六角螺帽"],
    "NYL": ["尼龙螺母", "尼龙锁紧螺母", "尼龙防松螺帽"], "FW": ["平垫", "平垫圈", "介子", "华司"], "SW": ["弹垫", "弹簧垫圈", "弹簧介子"],
    "FNUT": ["法兰螺母", "法兰螺帽"], "BTN": ["圆头内六角", "半圆头内六角螺丝"], "CMB": ["三组合螺丝", "三组合十字盘头"],
    "STP": ["盘头自攻", "十字盘头自攻螺丝"], "STC": ["沉头自攻", "十字沉头自攻螺钉"], "STH": ["六角自攻", "外六角带垫自攻螺丝"],
    "CSX": ["十字沉头螺丝", "平头十字螺丝"], "TNUT": ["薄螺母", "薄螺帽"], "CAPN": ["盖形螺母", "盖帽螺母", "圆头盖帽"],
    "LWS": ["大垫片", "大平垫", "大介子"], "ROD": ["牙条", "全牙丝杆", "通丝牙条"],
    "STUD1": ["双头螺柱 bm=1d"], "STUD125": ["双头螺柱 bm=1.25d"], "STUD15": ["双头螺柱 bm=1.5d"], "STUD2": ["双头螺柱 bm=2d"],
}
EN = {"HB_P": "hex bolt", "HB_F": "hex bolt full thread", "SHCS": "socket head cap screw", "CSK": "countersunk socket screw",
      "PAN": "pan head phillips screw", "SET": "set screw flat point", "FLB": "flange bolt", "NUT": "hex nut", "NYL": "nyloc nut",
      "FW": "flat washer", "SW": "spring washer", "FNUT": "flange nut", "BTN": "button head socket screw", "CMB": "sems screw",
      "STP": "pan head tapping screw", "STC": "csk tapping screw", "STH": "hex washer tapping screw", "CSX": "flat head phillips screw",
      "TNUT": "thin nut", "CAPN": "acorn nut", "LWS": "large washer", "ROD": "threaded rod"}
NOLEN = ("NUT", "NYL", "FW", "SW", "FNUT", "TNUT", "CAPN", "LWS")

def std_token(t, p, rng):
    if t.startswith("STUD"):
        gb = STUD[t][0]; din = iso = None
    elif t == "ROD":
        return rng.choice(["DIN975", "DIN 975"])
    else:
        gb, _, din, iso = STDS[(t, p)]
    n = gb.split()[1]
    opts = [gb, "GB" + n, "国标" + n, gb.replace(" ", ""), "GB " + n]
    if din:
        opts += [din.replace(" ", ""), din, "德标" + din.split()[1]]
    if iso:
        opts += [iso, iso.replace(" ", "")]
    return rng.choice(opts)

def size_tok(a, style, rng, has_type):
    d, L, p = a["d"], a.get("L"), a.get("p", "c")
    t = a["type"]
    if style == "voice":
        dn = d[1:] if d.startswith("M") else d[2:]
        s = ("M" if d.startswith("M") else "ST") + cn_dec(float(dn))
        if p == "f":
            s += "细牙" + cn_dec(float(FINE[d])) + "牙距"
        if t in NOLEN:
            return s + "的"
        return s + rng.choice(["乘", "乘以", "的，", "长度"]) + cn_num(L) if L < 1000 else s + cn_num(L // 1000) + "米长"
    if t in ("FW", "SW", "LWS"):
        n = d[1:]
        return rng.choice([d, d, "Φ" + n, n + "mm", "m" + n])
    x = rng.choice(["x", "*", "×", "X", "x", "*"])
    ds = rng.choice([d, d, d.lower()]) if d.startswith("M") else rng.choice([d, d[2:]]) if has_type else d
    if p == "f":
        ds = rng.choice([ds + x + FINE[d], ds + x + FINE[d], "细牙" + ds])
    if L is None:
        return ds
    if L >= 1000:
        return ds + x + rng.choice([str(L), "%d米" % (L // 1000), "%dm" % (L // 1000)])
    if rng.random() < 0.12 and p == "c":
        return ds + "-" + fmt_num(L)
    return ds + x + fmt_num(L)

def render(a, keys, style, rng):
    """keys: which attributes the text states. returns text."""
    t = a["type"]
    parts = []
    eng = style == "us_eng"
    if "std" in keys:
        parts.append(std_token(t, a.get("p", "c"), rng))
    if "type" in keys:
        parts.append(EN.get(t, WORDS[t][0]) if eng else rng.choice(WORDS[t]))
    if "d" in keys:
        parts.append(size_tok(a, style, rng, "type" in keys))
    if "gr" in keys and a["gr"] in GR_Q:
        g = rng.choice(GR_Q[a["gr"]])
        if style == "voice":
            g = cn_dec(float(a["gr"])) + "级" if a["gr"][0].isdigit() and "." in a["gr"] else g
        parts.append(g)
    if "fin" in keys and FIN_Q.get(a["fin"]):
        parts.append(rng.choice(FIN_Q[a["fin"]]))
    if rng.random() < 0.5 and not eng:
        parts = parts[:1] + sorted(parts[1:], key=lambda _: rng.random())
    return " ".join(parts)

def keys_full(a):
    ks = ["type", "d", "gr", "fin"]
    return ks

def cons(a, keys):
    """reading of a query that states `keys` of row attributes a"""
    c = {"fam": "fast", "type": a["type"]}
    if "d" in keys:
        c["d"] = a["d"]; c["p"] = a["p"]; c["L"] = a["L"]
    for k in ("gr", "fin"):
        if k in keys:
            c[k] = a[k]
    return c

def render_misc(a, style, rng):
    """rivets, keys, pins, circlips -> (text, reading)"""
    txt = _misc(a, style, rng)
    c = dict(a)
    if txt.endswith(" "):
        c.pop("mat")
    return " ".join(txt.split()), c

def _misc(a, style, rng):
    t = a["type"]
    v = style == "voice"
    if t.startswith("RIV"):
        w = rng.choice(["抽芯铆钉", "拉钉", "拉铆钉", "铆钉"]) + (" 沉头" if t == "RIV_CSK" else rng.choice([" 圆头", " 扁圆头", ""]))
        sz = (cn_dec(a["d"]) + "乘" + cn_num(a["L"])) if v else "%s%s%d" % (fmt_num(a["d"]), rng.choice("x*×"), a["L"])
        return "%s %s %s" % (w, sz, rng.choice(RIV_Q[a["mat"]]))
    if t == "KEY":
        f = "" if a["form"] == "A" else rng.choice(["B型", "B型 ", "平头 B型"])
        m = {"45": rng.choice(["45钢", "45#", "", "45号钢"]), "304": rng.choice(["304", "不锈钢"])}[a["mat"]]
        return "%s平键 %s%d%s%d%s%d %s" % (f, "GB1096 " if rng.random() < 0.3 else "", a["b"], "x", a["h"], "x", a["L"], m)
    if t == "PIN":
        m = {"ST": rng.choice(["", "钢", "碳钢"]), "A1": rng.choice(["不锈钢", "SS"])}[a["mat"]]
        return "%s %d%s%s%d %s" % (rng.choice(["圆柱销", "定位销", "销钉 GB/T119.1", "dowel pin"]), a["d"], a["tol"], rng.choice("x*×"), a["L"], m)
    if t in ("CLS", "CLH"):
        w = {"CLS": ["轴用卡簧", "轴用挡圈", "外卡", "DIN471"], "CLH": ["孔用卡簧", "孔用挡圈", "内卡", "DIN472"]}[t]
        m = {"65Mn": rng.choice(["", "65Mn", "黑色"]), "A2-70": rng.choice(["304", "不锈钢"])}[a["mat"]]
        return "%s %s%d %s" % (rng.choice(w), rng.choice(["Φ", "", "d"]), a["d"], m)
    raise KeyError(t)
