"""Build the 500 queries: pick a row, choose what the text states, render in a writer's style, read it back."""
import q_fast, q_other, q_rest
from common import trad, typo, cn_num

STYLES = ["buyer", "store_yue", "voice", "hk", "us_eng", "typo"]

def fits(attrs, c):
    for k, v in c.items():
        if isinstance(v, (set, frozenset)):
            if attrs.get(k, "<none>") not in v:
                return False
        elif attrs.get(k, "<none>") != v:
            return False
    return True

class Index:
    def __init__(self, rows):
        self.rows = rows
        self.by = {}
        for r in rows:
            self.by.setdefault(r.attrs["fam"], []).append(r)
    def match(self, c):
        return [r for r in self.by.get(c["fam"], []) if fits(r.attrs, c)]

def dress(text, style, rng):
    if style == "buyer":
        return rng.choice(["采购 {} {}个", "请购：{}，数量{}", "{} 需{}pcs", "急 {} {}件 下周一到货", "{} 报价 MOQ {}"]).format(
            text, rng.choice([200, 500, 1000, 2000, 50, 100]))
    if style == "store_yue":
        t = text.replace("螺丝", "罗丝").replace("螺钉", "罗丝").replace("垫圈", "介子").replace("轴承", rng.choice(["啤令", "轴承"]))
        return rng.choice(["{} 仲有冇货㗎", "有冇{}啊", "{} 攞两盒", "帮手睇下{}仲有几多", "{}嘅 冇晒未", "唔该出{} 十个"]).format(t)
    if style == "voice":
        return rng.choice(["呃 {}", "那个 {} 嗯", "就是 {} 那种", "嗯…我要 {}", "{} 对 就这个"]).format(text)
    if style == "hk":
        return trad(rng.choice(["請報價 {}", "{} 有冇現貨", "{} Qty: {}".replace("{}", "{}", 1), "我哋要 {} 幾時有貨"]).format(text, 500))
    if style == "us_eng":
        return rng.choice(["Need quote: {}", "{}, qty 500, per dwg", "RFQ - {}", "pls confirm stock {}", "{} (ref. BOM rev C)"]).format(text)
    if style == "typo":
        return typo(rng, text, rng.choice((1, 1, 2)))
    return text

def make(row, rng, style, want_null=False):
    """returns (text, reading, kind) or None"""
    a = row.attrs
    f = a["fam"]
    if f == "fast" and a["type"] in q_fast.WORDS:
        keys = {"type", "d", "gr", "fin"}
        kind = "size_notation"
        r = rng.random()
        if r < 0.3:
            keys.add("std"); kind = "std_notation"
            if rng.random() < 0.5:
                keys.discard("type"); kind = "equiv_std"
        if want_null:
            keys.discard(rng.choice(["gr", "fin", "fin"]))
        elif rng.random() < (0.7 if a["fin"] == "PL" else 0.35):
            keys.discard("fin")
        if style == "voice" and a["d"].startswith("M"):
            text = q_fast.render(a, keys, style, rng)
            if a.get("L") and a["L"] < 1000 and rng.random() < 0.4:
                wrong = dict(a, L=a["L"] + 5)
                text = q_fast.render(wrong, keys, style, rng) + "，不对不对，是" + cn_num(a["L"]) + "长的"
            kind = "voice_correction" if "不对" in text else "voice"
        else:
            text = q_fast.render(a, keys, style, rng)
        if any(g in text for g in ("304", "316", "A2", "A4", "不锈")) and kind == "size_notation":
            kind = "grade_material"
        return text, q_fast.cons(a, keys), kind
    if f in ("riv", "key", "pin", "clip"):
        if want_null:
            return None
        text, c = q_fast.render_misc(a, style, rng)
        return text, c, "spec_with_category"
    if f == "imp":
        omit = set()
        if want_null or rng.random() < 0.3:
            omit.add(rng.choice(["gr", "fin"]))
        if a["fin"] == "PL" and rng.random() < 0.7:
            omit.add("fin")
        text, c = q_other.imperial(a, style, rng, omit)
        return text, c, "imperial"
    if f == "brg":
        omit = set()
        if want_null or rng.random() < 0.6:
            omit.add("brand")
        text, c = q_other.bearing(a, style, rng, omit)
        kind = "exact_code"
        if a["seal"] == "OPEN" or a["cl"] == "CN":
            kind = "prefix_exact"
        if "brand" in omit:
            kind = "bare_spec_category"
        return text, c, kind
    if f == "seal":
        omit = set()
        if want_null or rng.random() < 0.3:
            omit.add("hd")
        text, c = q_other.seal(a, style, rng, omit)
        kind = "spec_with_category"
        if a["type"] == "JIS":
            from gen_seals import JIS_P
            kind = "prefix_exact" if any(x != a["code"] and x.startswith(a["code"]) for x in JIS_P) else "exact_code"
        return text, c, kind
    omit = set()
    if a["type"] not in ("TUBE",):
        omit.add("mat") if f == "cu" else None
    if want_null:
        omit.add({"cu": "w", "val": "conn", "hyd": "mat", "el": rng.choice(["coil", "v", "amp"]), "mot": "v"}.get(f, "x"))
        if a.get("type") == "Y2":
            omit.add("mount")
    text, c = q_rest.rest(a, style, rng, omit)
    kind = "exact_code" if f in ("val", "el", "mot") else "spec_with_category"
    return text, c, kind
