"""Studs GB/T 897-900, threaded rod DIN 975, blind rivets GB/T 12618/12617."""
from common import Row, fmt_num

STUD = {"STUD1": ("GB/T 897", "1d"), "STUD125": ("GB/T 898", "1.25d"), "STUD15": ("GB/T 899", "1.5d"), "STUD2": ("GB/T 900", "2d")}
STUD_D = {"M6": [20, 25, 30, 35, 40, 45, 50], "M8": [20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80],
          "M10": [25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100], "M12": [30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100, 120],
          "M16": [40, 45, 50, 55, 60, 70, 80, 90, 100, 120, 150], "M20": [50, 60, 70, 80, 90, 100, 120, 150]}
STUD_C = [("4.8", "ZN"), ("8.8", "ZN"), ("8.8", "BK"), ("A2-70", "PL")]
ROD_D = ["M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20", "M24"]
ROD_C = [("4.8", "ZN"), ("8.8", "ZN"), ("8.8", "BK"), ("A2-70", "PL"), ("A4-70", "PL")]
RIV_D = {2.4: [4, 6, 8, 10], 3.2: [6, 8, 10, 12, 14, 16, 20], 4.0: [6, 8, 10, 12, 14, 16, 18, 20, 25],
         4.8: [8, 10, 12, 14, 16, 18, 20, 25, 30], 6.4: [12, 16, 20, 25, 30]}
RIV_M = {"AL/ST": ("铝/钢", "铝铁", "鋁/鐵", "AL/STEEL"), "ST/ST": ("钢/钢", "铁铁", "鐵/鐵", "STEEL/STEEL"),
         "SS/SS": ("不锈钢/不锈钢", "全不锈钢", "全不銹鋼", "SS304/SS304"), "AL/SS": ("铝/不锈钢", "铝芯不锈", "鋁/不銹鋼", "AL/SS")}
RIV_Q = {"AL/ST": ["铝铁", "铝/钢", "铝钉钢芯", "aluminum/steel", "鋁鐵"], "ST/ST": ["铁铁", "全钢", "steel/steel", "全鐵"],
         "SS/SS": ["全不锈钢", "不锈钢", "stainless", "SS304", "全不銹鋼"], "AL/SS": ["铝/不锈钢", "铝芯不锈钢", "al/ss"]}
from fast_tables import GR_ROW, FIN_ROW

def rows(rng, nb):
    out = []
    def add(a, name, spec, unit, als, c, pre):
        r = Row(a, name, spec, unit, "紧固件", als, c); r.num = nb.next(pre); out.append(r)
    for t, (std, bm) in STUD.items():
        for d, ls in STUD_D.items():
            for L in ls:
                for gr, fin in STUD_C:
                    if rng.random() > 0.8:
                        continue
                    c = rng.choice(("eng", "eng", "store", "hk", "erp"))
                    k = ("eng", "store", "hk", "erp").index(c)
                    x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[c]
                    name = ("双头螺柱 bm=%s" % bm, "双头牙 %s" % bm, "雙頭螺柱 bm=%s" % bm, "DOUBLE END STUD BM=%s" % bm.upper())[k]
                    spec = " ".join(s for s in ((std + "-1988") if c == "eng" else std.replace(" ", "") if c != "store" else "",
                                                 d + x + str(L), GR_ROW[gr][k], FIN_ROW[fin][k]) if s)
                    add({"fam": "fast", "type": t, "d": d, "p": "c", "L": L, "gr": gr, "fin": fin},
                        name, spec, ("个", "支", "PCS", "EA")[k], ["SLZ%s-%d" % (d[1:], L)], c, "LS4" + str(list(STUD).index(t)))
    for d in ROD_D:
        for L in (1000, 2000, 3000):
            for gr, fin in ROD_C:
                if rng.random() > 0.85:
                    continue
                c = rng.choice(("eng", "store", "hk", "erp"))
                k = ("eng", "store", "hk", "erp").index(c)
                x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[c]
                ls = {"eng": str(L), "store": "%d米" % (L // 1000), "hk": "%dM" % (L // 1000), "erp": str(L)}[c]
                spec = " ".join(s for s in ("DIN 975" if c in ("eng", "erp") else "", d + x + ls, GR_ROW[gr][k], FIN_ROW[fin][k]) if s)
                add({"fam": "fast", "type": "ROD", "d": d, "p": "c", "L": L, "gr": gr, "fin": fin},
                    ("全螺纹螺柱(牙条)", "牙条 丝通", "全牙螺絲杆", "THREADED ROD")[k], spec, ("根", "条", "PCS", "EA")[k],
                    ["GB/T 15389", "YT%s-%d" % (d[1:], L)], c, "LS50")
    for head, std in (("DOME", "GB/T 12618.1"), ("CSK", "GB/T 12617.1")):
        for d, ls in RIV_D.items():
            for L in ls:
                for m in RIV_M:
                    if rng.random() > 0.8:
                        continue
                    c = rng.choice(("eng", "store", "hk", "erp"))
                    k = ("eng", "store", "hk", "erp").index(c)
                    x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[c]
                    name = (("开口型扁圆头抽芯铆钉", "拉钉 圆头", "圓頭拉釘", "BLIND RIVET DOME HEAD"),
                            ("开口型沉头抽芯铆钉", "拉钉 沉头", "沉頭拉釘", "BLIND RIVET CSK HEAD"))[head == "CSK"][k]
                    spec = " ".join(s for s in (std if c in ("eng", "erp") else "", "%s%s%s" % (fmt_num(d), x, L), RIV_M[m][k]) if s)
                    add({"fam": "riv", "type": "RIV_" + head, "d": d, "L": L, "mat": m}, name, spec,
                        ("个", "粒", "PCS", "EA")[k], ["LD%s-%d" % (fmt_num(d), L)], c, "LS6" + ("1" if head == "CSK" else "0"))
    return out
