"""Keys GB/T 1096, cylindrical pins GB/T 119.1, circlips GB/T 893/894, hex SEMS GB/T 9074.17."""
from common import Row, fmt_num

KEYS = {"4x4": [10, 12, 16, 20, 25, 30], "5x5": [12, 16, 20, 25, 30, 36, 40], "6x6": [14, 16, 20, 25, 30, 36, 40, 45, 50],
        "8x7": [18, 20, 25, 30, 36, 40, 45, 50, 56, 63], "10x8": [22, 25, 28, 32, 36, 40, 45, 50, 56, 63, 70, 80],
        "12x8": [28, 32, 36, 40, 45, 50, 56, 63, 70, 80, 90], "14x9": [36, 40, 45, 50, 56, 63, 70, 80, 90, 100],
        "16x10": [45, 50, 56, 63, 70, 80, 90, 100, 110], "18x11": [50, 56, 63, 70, 80, 90, 100, 110, 125]}
PINS = {3: [8, 10, 12, 16, 20], 4: [8, 10, 12, 16, 20, 25, 30], 5: [10, 12, 16, 20, 25, 30, 40],
        6: [12, 16, 20, 25, 30, 35, 40, 50], 8: [16, 20, 25, 30, 35, 40, 50, 60], 10: [20, 25, 30, 40, 50, 60],
        12: [25, 30, 40, 50, 60]}
CLIPS = [8, 10, 12, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 26, 28, 30, 32, 35, 38, 40, 42, 45, 47, 50, 52, 55,
         60, 62, 65, 68, 70, 72, 75, 80, 85, 90, 100]

def rows(rng, nb):
    out = []
    def add(a, name, spec, unit, als, c, pre):
        r = Row(a, name, spec, unit, "紧固件", als, c); r.num = nb.next(pre); out.append(r)
    for bh, ls in KEYS.items():
        b, h = bh.split("x")
        for L in ls:
            for form in ("A", "B"):
                for mat in ("45", "304"):
                    if rng.random() > (0.95 if form == "A" else 0.6) * (1 if mat == "45" else 0.6):
                        continue
                    c = rng.choice(("eng", "eng", "store", "erp"))
                    k = ("eng", "store", "hk", "erp").index(c)
                    x = {"eng": "×", "store": "*", "erp": "X"}[c]
                    m = {"45": ("45钢", "45#", "", "C45"), "304": ("不锈钢304", "304", "", "SS304")}[mat][k]
                    fs = {"eng": "%s型 " % form if form != "A" else "", "store": form if form != "A" else "", "erp": "TYPE %s " % form}[c]
                    spec = {"eng": "GB/T 1096-2003 键 %s%s%s%s%s%d %s" % (fs, b, x, h, x, L, m),
                            "store": "%s键%s%s%s%s%d %s" % (fs, b, x, h, x, L, m),
                            "erp": "GB1096 KEY %s%s%s%s%s%d %s" % (fs, b, x, h, x, L, m)}[c]
                    add({"fam": "key", "type": "KEY", "b": int(b), "h": int(h), "L": L, "form": form, "mat": mat},
                        ("普通平键", "平键 键仔", "", "PARALLEL KEY")[k], spec, ("个", "粒", "", "EA")[k], ["PJ%s%s-%d" % (b, h, L)], c, "LS70")
    for d, ls in PINS.items():
        for L in ls:
            for tol in ("m6", "h8"):
                for mat in ("ST", "A1"):
                    if rng.random() > 0.7:
                        continue
                    c = rng.choice(("eng", "store", "hk", "erp"))
                    k = ("eng", "store", "hk", "erp").index(c)
                    x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[c]
                    m = {"ST": ("钢 不淬火", "铁", "鋼", "STEEL"), "A1": ("奥氏体不锈钢A1", "不锈钢", "不銹鋼", "SS A1")}[mat][k]
                    spec = " ".join(s for s in ("GB/T 119.1-2000" if c == "eng" else "ISO 2338" if c == "erp" else "",
                                                 "%d%s%s%s%d" % (d, tol, x, "" if c != "hk" else "", L), m) if s)
                    add({"fam": "pin", "type": "PIN", "d": d, "tol": tol, "L": L, "mat": mat},
                        ("圆柱销", "定位销 柱销", "圓柱銷", "PARALLEL PIN")[k], spec, ("个", "粒", "PCS", "EA")[k],
                        ["DIN 7", "YZX%d-%d" % (d, L)], c, "LS71")
    for t, std, nm in (("CLS", "GB/T 894", ("轴用弹性挡圈", "轴用卡簧", "軸用C型扣環", "EXTERNAL CIRCLIP")),
                       ("CLH", "GB/T 893", ("孔用弹性挡圈", "孔用卡簧", "孔用C型扣環", "INTERNAL CIRCLIP"))):
        for d in CLIPS:
            for mat in ("65Mn", "A2-70"):
                if rng.random() > (0.9 if mat == "65Mn" else 0.4):
                    continue
                c = rng.choice(("eng", "store", "hk", "erp"))
                k = ("eng", "store", "hk", "erp").index(c)
                m = {"65Mn": ("65Mn 发黑", "黑色", "65Mn", "65MN BLACK"), "A2-70": ("不锈钢304", "304", "SUS304", "SS304")}[mat][k]
                spec = {"eng": "%s-2017 %d %s" % (std, d, m), "store": "%s%d %s" % (("Φ", "Φ")[0], d, m),
                        "hk": "%s Φ%d %s" % (std.replace(" ", ""), d, m), "erp": "%s D%d %s" % ("DIN 471" if t == "CLS" else "DIN 472", d, m)}[c]
                add({"fam": "clip", "type": t, "d": d, "mat": mat}, nm[k], spec, ("个", "粒", "PCS", "EA")[k],
                    ["DIN 471" if t == "CLS" else "DIN 472", "KH%s%d" % ("Z" if t == "CLS" else "K", d)], c, "LS72")
    return out
