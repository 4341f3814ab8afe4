"""Imperial (UNC/UNF) fasteners from the US customer's designs."""
from common import Row, pick_clerk

THREADS = [("#6", 32, "UNC"), ("#8", 32, "UNC"), ("#10", 24, "UNC"), ("#10", 32, "UNF"),
           ("1/4", 20, "UNC"), ("1/4", 28, "UNF"), ("5/16", 18, "UNC"), ("5/16", 24, "UNF"),
           ("3/8", 16, "UNC"), ("3/8", 24, "UNF"), ("7/16", 14, "UNC"), ("1/2", 13, "UNC"),
           ("1/2", 20, "UNF"), ("5/8", 11, "UNC"), ("3/4", 10, "UNC")]
LENS = ["1/4", "3/8", "1/2", "5/8", "3/4", "7/8", "1", "1-1/4", "1-1/2", "1-3/4", "2", "2-1/2", "3", "4"]
DEC = {"1/4": ".25", "3/8": ".375", "1/2": ".5", "5/8": ".625", "3/4": ".75", "7/8": ".875", "1": "1.0",
       "1-1/4": "1.25", "1-1/2": "1.5", "1-3/4": "1.75", "2": "2.0", "2-1/2": "2.5", "3": "3.0", "4": "4.0"}
FEN = {"1/4": "2分", "5/16": "2分半", "3/8": "3分", "1/2": "4分", "5/8": "5分", "3/4": "6分"}
# type -> (eng, store, hk, erp, standard, combos, dia filter, max length index)
TYPES = {
    "HCS": ("六角头螺栓(美制)", "美制六角罗丝", "美制六角螺絲", "HEX CAP SCREW", "ASME B18.2.1",
            [("G5", "ZN"), ("G5", "PL"), ("G8", "YZ"), ("G2", "ZN"), ("18-8", "PL"), ("316", "PL")], "1/4", 14),
    "SHC": ("内六角圆柱头螺钉(美制)", "美制杯头罗丝", "美制內六角螺絲", "SOCKET HEAD CAP SCREW", "ASME B18.3",
            [("A574", "BK"), ("A574", "ZN"), ("18-8", "PL"), ("316", "PL")], "#6", 12),
    "PMS": ("十字盘头机螺钉(美制)", "美制盘头罗丝", "美制盤頭機絲", "PHILLIPS PAN HEAD MACHINE SCREW",
            "ASME B18.6.3", [("G2", "ZN"), ("18-8", "PL")], "#6", 9),
    "HN": ("六角螺母(美制)", "美制螺帽", "美制六角螺母", "FINISHED HEX NUT", "ASME B18.2.2",
           [("G5", "ZN"), ("G8", "YZ"), ("18-8", "PL")], "#6", 0),
    "FWS": ("平垫圈 SAE(美制)", "美制平介 SAE", "SAE平墊", "FLAT WASHER SAE", "SAE",
            [("G2", "ZN"), ("18-8", "PL")], "#6", 0),
    "FWU": ("平垫圈 USS(美制)", "美制平介 USS", "USS平墊", "FLAT WASHER USS", "USS",
            [("G2", "ZN"), ("18-8", "PL")], "1/4", 0),
    "LWI": ("弹簧垫圈(美制)", "美制弹介", "美制彈墊", "SPLIT LOCK WASHER", "ASME B18.21.1",
            [("G2", "ZN"), ("18-8", "PL")], "#6", 0),
}
GR = {"G5": ("Grade 5", "5级", "GR5", "GR5"), "G8": ("Grade 8", "8级", "GR8", "GR8"),
      "G2": ("Grade 2", "", "GR2", "GR2"), "18-8": ("18-8不锈钢", "304", "18-8 SS", "18-8 SS"),
      "316": ("316不锈钢", "316", "SS316", "316 SS"), "A574": ("ASTM A574合金钢", "12.9", "ALLOY A574", "ALLOY STEEL")}
FIN = {"ZN": ("镀锌", "白锌", "ZP", "ZINC"), "YZ": ("镀黄锌", "黄锌", "YZP", "YELLOW ZINC"),
       "BK": ("发黑", "黑色", "BLK", "BLACK OXIDE"), "PL": ("", "", "", "")}
GR_Q = {"G5": ["grade 5", "Gr5", "GR.5", "5级", "G5"], "G8": ["grade 8", "GR8", "Gr.8", "8级", "G8"],
        "G2": ["grade 2", "GR2"], "18-8": ["18-8", "18-8 SS", "304", "不锈钢"],
        "316": ["316", "316 SS", "SS316"], "A574": ["alloy", "A574", "合金钢"]}
FIN_Q = {"ZN": ["zinc", "ZP", "镀锌", "zinc plated"], "YZ": ["yellow zinc", "YZ", "黄锌"],
         "BK": ["black oxide", "blk", "发黑"], "PL": ["plain", "本色"]}
ORDER = [t[0] for t in THREADS]

def dia_ok(t, d):
    keys = ["#6", "#8", "#10", "1/4", "5/16", "3/8", "7/16", "1/2", "5/8", "3/4"]
    lo = keys.index(TYPES[t][6])
    hi = keys.index("1/4") if t == "PMS" else len(keys) - 1
    return lo <= keys.index(d) <= hi

def size_str(a, clerk):
    d, tpi, L = a["d"], a["tpi"], a["L"]
    thr = "UNC" if (d, tpi) in [(x[0], x[1]) for x in THREADS if x[2] == "UNC"] else "UNF"
    if L is None:
        if a["type"] in ("FWS", "FWU", "LWI"):
            return {"eng": d + '"', "store": d, "hk": d + '"', "erp": d}[clerk].replace('#10"', "#10")
        return {"eng": "%s-%d %s" % (d, tpi, thr), "store": "%s-%d" % (d, tpi),
                "hk": '%s"-%d%s' % (d, tpi, thr), "erp": "%s-%d" % (d, tpi)}[clerk].replace('#6"', "#6").replace('#8"', "#8").replace('#10"', "#10")
    if clerk == "eng":
        return "%s-%d %s × %s\"" % (d, tpi, thr, L)
    if clerk == "store":
        return "%s-%d*%s" % (d, tpi, L)
    if clerk == "hk":
        return ('%s"-%d%s x %s"' % (d, tpi, thr, L)).replace('#6"', "#6").replace('#8"', "#8").replace('#10"', "#10")
    return "%s-%dX%s" % (d, tpi, L)

def rows(rng, numberer):
    out = []
    for ti, t in enumerate(TYPES):
        eng, st, hk, erp, std, combos, _, nl = TYPES[t]
        for d, tpi, thr in THREADS:
            if not dia_ok(t, d):
                continue
            if t in ("FWS", "FWU", "LWI") and thr == "UNF":
                continue
            lens = [None] if nl == 0 else LENS[:nl]
            for L in lens:
                for gr, fin in combos:
                    if rng.random() > 0.97:
                        continue
                    a = {"fam": "imp", "type": t, "d": d, "tpi": tpi if t not in ("FWS", "FWU", "LWI") else 0,
                         "L": L, "gr": gr, "fin": fin}
                    c = pick_clerk(rng, (3, 2, 3, 3))
                    k = {"eng": 0, "store": 1, "hk": 2, "erp": 3}[c]
                    name = (eng, st, hk, erp)[k]
                    spec = " ".join(x for x in ((std if c in ("eng", "erp") else ""), size_str(a, c),
                                                GR[gr][k], FIN[fin][k]) if x)
                    als = [TYPES[t][3].title() + " " + size_str(a, "erp"), "US-" + t + "-%d" % rng.randrange(1000, 9999)]
                    if L and c != "store":
                        als.append("%s-%d x %s" % (d, tpi, DEC[L]))
                    r = Row(a, name, spec, {"eng": "个", "store": "粒", "hk": "PCS", "erp": "EA"}[c],
                            "紧固件(美制)", als, c)
                    r.num = numberer.next("LU%02d" % (ti + 1))
                    out.append(r)
    return out
