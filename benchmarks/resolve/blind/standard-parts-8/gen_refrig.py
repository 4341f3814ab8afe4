"""Copper refrigeration tube & fittings, Danfoss filter driers / solenoid valves, hydraulic 24deg fittings."""
from common import Row

INCH = [("1/4", 6.35), ("5/16", 7.94), ("3/8", 9.52), ("1/2", 12.7), ("5/8", 15.88), ("3/4", 19.05),
        ("7/8", 22.22), ("1-1/8", 28.58), ("1-3/8", 34.92)]
WALLS = [0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2]
FIT = {"EL90": ("90°弯头", "弯头", "90°彎頭", "ELBOW 90"), "EL45": ("45°弯头", "45度弯", "45°彎頭", "ELBOW 45"),
       "TEE": ("等径三通", "三通", "三通", "EQUAL TEE"), "CPL": ("直通", "直接", "直通接頭", "COUPLING"),
       "UB": ("U形弯", "U弯", "U型彎", "RETURN BEND"), "CAP": ("封帽", "盖帽", "管帽", "CAP"),
       "FN": ("喇叭口螺母(纳子)", "纳子", "喇叭口螺母", "FLARE NUT")}
DML = ["032", "033", "052", "053", "082", "083", "084", "162", "163", "164", "165", "303", "304", "305",
       "306", "307", "309", "413", "414", "415", "417", "419"]
EVR = {"2": "1/4", "3": "3/8", "6": "1/2", "10": "5/8", "15": "7/8", "20": "1-1/8"}
COILS = {"220V AC": "018F6701", "24V AC": "018F6707", "24V DC": "018F6857", "110V AC": "018F6702"}
HYD_L = [6, 8, 10, 12, 15, 18, 22, 28, 35, 42]
HYD_S = [6, 8, 10, 12, 14, 16, 20, 25, 30, 38]
HYD = {"G": ("直通接头", "直通", "直通接頭", "STRAIGHT UNION"), "W": ("直角接头", "直角", "直角接頭", "ELBOW UNION"),
       "T": ("三通接头", "三通", "三通接頭", "TEE UNION"), "M": ("卡套螺母", "螺母", "卡套螺母", "NUT"),
       "PSR": ("卡套", "卡套 介子", "卡套", "CUTTING RING")}

def rows(rng, nb):
    out = []
    def add(a, name, spec, unit, als, c, pre):
        r = Row(a, name, spec, unit, a.pop("_cat"), als, c); r.num = nb.next(pre); out.append(r)
    for inch, mm in INCH:
        for w in WALLS:
            if not (0.5 <= w <= 0.6 + mm / 30) or rng.random() > 0.8:
                continue
            for form in ("COIL", "STR"):
                if form == "COIL" and mm > 19.05:
                    continue
                for mat in ("TP2", "T2"):
                    if rng.random() > 0.65:
                        continue
                    c = rng.choice(("eng", "store", "hk", "erp"))
                    a = {"fam": "cu", "type": "TUBE", "od": inch, "w": w, "form": form, "mat": mat, "_cat": "铜管"}
                    name = {"eng": "紫铜管" + ("(盘管)" if form == "COIL" else "(直管)"),
                            "store": "铜管 " + ("盘管" if form == "COIL" else "直管"),
                            "hk": "紫銅管 " + ("盤管" if form == "COIL" else "直管"),
                            "erp": "COPPER TUBE " + ("LWC" if form == "COIL" else "STRAIGHT")}[c]
                    spec = {"eng": "%s Φ%.2f×%.2f GB/T 17791" % (mat, mm, w), "store": "%s\" %s厚 %s" % (inch, w, mat),
                            "hk": "%s\" x %.2fmm %s" % (inch, w, mat), "erp": "OD%s\" WT%.2fMM %s" % (inch, w, mat)}[c]
                    add(a, name, spec, "KG" if c != "store" else "公斤", ["Φ%.2fx%s" % (mm, w), "%s\"x%s" % (inch, w)], c, "TG01")
    for t in FIT:
        for inch, mm in INCH:
            for w in (0.8, 1.0):
                for mat in (("C1220",) if t != "FN" else ("H62",)):
                    if t == "FN" and (w == 1.0 or mm > 19.05):
                        continue
                    c = rng.choice(("eng", "store", "hk", "erp"))
                    k = ("eng", "store", "hk", "erp").index(c)
                    a = {"fam": "cu", "type": t, "od": inch, "w": w if t != "FN" else 0, "mat": mat, "_cat": "铜管件"}
                    pre = "黄铜" if mat == "H62" else "紫铜"
                    name = (pre + FIT[t][0], "铜" + FIT[t][1], ("黃銅" if mat == "H62" else "紫銅") + FIT[t][2], ("BRASS " if mat == "H62" else "COPPER ") + FIT[t][3])[k]
                    wt = "" if t == "FN" else {"eng": "×%.1f" % w, "store": " %s厚" % w, "hk": "x%.1f" % w, "erp": " WT%.1f" % w}[c]
                    spec = {"eng": "Φ%.2f%s %s" % (mm, wt, mat), "store": "%s\"%s" % (inch, wt), "hk": "%s\"%s %s" % (inch, wt, mat),
                            "erp": "%s\"%s %s" % (inch, wt, mat)}[c]
                    add(a, name, spec, ("个", "只", "PCS", "EA")[k], ["%s %s\"" % (t, inch)], c, "TG02")
    for m in DML:
        for s in ("", "S"):
            if s == "S" and m[0] in "0" and m[-1] == "2":
                continue
            a = {"fam": "val", "type": "DML", "code": "DML" + m + s, "_cat": "制冷阀件"}
            c = rng.choice(("eng", "hk", "erp"))
            conn = "焊接" if s else "喇叭口"
            spec = {"eng": "Danfoss DML %s%s %s" % (m, s, conn), "hk": "丹佛斯 DML%s%s" % (m, s), "erp": "DANFOSS DML %s%s" % (m, s)}[c]
            add(a, {"eng": "干燥过滤器", "hk": "乾燥過濾器", "erp": "FILTER DRIER"}[c], spec, "PCS", ["DML%s%s" % (m, s), "023Z%04d" % rng.randrange(5000, 9999)], c, "FM01")
    for sz, conn in EVR.items():
        for flare in ("", "S"):
            a = {"fam": "val", "type": "EVR", "code": "EVR%s" % sz, "conn": flare or "F", "_cat": "制冷阀件"}
            add(a, "电磁阀阀体", "Danfoss EVR %s %s %s\"" % (sz, "焊接" if flare else "喇叭口", conn), "PCS", ["EVR %s NC" % sz], "eng", "FM02")
    for v, code in COILS.items():
        add({"fam": "val", "type": "COIL", "volt": v, "_cat": "制冷阀件"}, "电磁阀线圈", "Danfoss %s %s 10W" % (code, v), "PCS", [code], "eng", "FM03")
    for series, tubes in (("L", HYD_L), ("S", HYD_S)):
        for od in tubes:
            for t in HYD:
                for mat in ("ZN", "SS316"):
                    if rng.random() > 0.8:
                        continue
                    c = rng.choice(("eng", "store", "erp"))
                    k = ("eng", "store", "hk", "erp").index(c)
                    a = {"fam": "hyd", "type": t, "od": od, "ser": series, "mat": mat, "_cat": "液压件"}
                    code = "%s%d%s" % (t, od, series)
                    std = {"G": "DIN 2353", "W": "DIN 2353", "T": "DIN 2353", "M": "DIN 3870", "PSR": "DIN 3861"}[t]
                    ms = {"ZN": ("碳钢镀锌", "铁", "", "STEEL ZN")[k], "SS316": ("316不锈钢", "316", "", "SS316")[k]}[mat]
                    spec = {"eng": "%s %s %s" % (code, std, ms), "store": "%s %s" % (code, ms), "erp": "%s %s %s" % (std, code, ms)}[c]
                    add(a, HYD[t][k] if c != "erp" else "24° CONE " + HYD[t][3], spec, ("个", "个", "PCS", "EA")[k],
                        ["%s-%d%s" % (t, od, series), "GB/T 3733" if t == "G" else "GB/T 3737" if t in ("W", "T") else "GB/T 3759"], c, "YY01")
    return out
