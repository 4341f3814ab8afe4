"""Bearings: deep groove / needle / thrust, brands NSK SKF HRB ZWZ C&U, brand-specific suffixes."""
from common import Row

DG = {}
for s, rows_ in (("60", "10x26x8 12x28x8 15x32x9 17x35x10 20x42x12 25x47x12 30x55x13 35x62x14 40x68x15 45x75x16 50x80x16 55x90x18 60x95x18"),
                 ("62", "10x30x9 12x32x10 15x35x11 17x40x12 20x47x14 25x52x15 30x62x16 35x72x17 40x80x18 45x85x19 50x90x20 55x100x21 60x110x22"),
                 ("63", "10x35x11 12x37x12 15x42x13 17x47x14 20x52x15 25x62x17 30x72x19 35x80x21 40x90x23 45x100x25 50x110x27"),
                 ("69", "10x22x6 12x24x6 15x28x7 17x30x7 20x37x9 25x42x9"),
                 ("68", "10x19x5 12x21x5 15x24x5 17x26x5 20x32x7")):
    for i, dim in enumerate(rows_.split()):
        DG[s + "%02d" % i] = dim
DG.update({"608": "8x22x7", "625": "5x16x5", "626": "6x19x6", "627": "7x22x7", "629": "9x26x8", "623": "3x10x4"})
NEEDLE = {"HK0808": "8x12x8", "HK1010": "10x14x10", "HK1210": "12x16x10", "HK1412": "14x20x12",
          "HK1512": "15x21x12", "HK1612": "16x22x12", "HK2016": "20x26x16", "HK2516": "25x32x16",
          "HK3020": "30x37x20", "NK20/16": "20x28x16", "NK25/20": "25x33x20", "NK30/20": "30x40x20",
          "NA4904": "20x37x17", "NA4905": "25x42x17", "NA4906": "30x47x17", "NA4907": "35x55x20"}
THRUST = {"5110%d" % i: d for i, d in enumerate("10x24x9 12x26x9 15x28x9 17x30x9 20x35x10 25x42x11 30x47x11 35x52x12 40x60x13".split())}
THRUST.update({"5120%d" % i: d for i, d in enumerate("10x26x11 12x28x11 15x32x12 17x35x12 20x40x14 25x47x15 30x52x16 35x62x18 40x68x19".split())})
BRANDS = ["NSK", "SKF", "HRB", "ZWZ", "C&U"]
BRAND_CN = {"NSK": ["恩斯克", "NSK", "nsk"], "SKF": ["斯凯孚", "SKF", "skf"], "HRB": ["哈轴", "HRB", "哈尔滨"],
            "ZWZ": ["瓦轴", "ZWZ", "瓦房店"], "C&U": ["人本", "C&U", "CU"]}
SEALS = {"NSK": ["OPEN", "Z", "ZZ", "RS", "2RS", "2RZ"], "SKF": ["OPEN", "Z", "ZZ", "RS", "2RS", "2RZ"],
         "HRB": ["OPEN", "Z", "ZZ", "RS", "2RS", "2RZ"], "ZWZ": ["OPEN", "Z", "ZZ", "RS", "2RS", "2RZ"],
         "C&U": ["OPEN", "Z", "ZZ", "RS", "2RS"]}

def code(brand, base, seal, cl):
    """the brand's own catalogue designation"""
    if brand == "NSK":
        s = {"OPEN": "", "Z": "Z", "ZZ": "ZZ", "RS": "DU", "2RS": "DDU", "2RZ": "VV"}[seal]
        return base + s + ("C3" if cl == "C3" else "")
    if brand == "SKF":
        s = {"OPEN": "", "Z": "-Z", "ZZ": "-2Z", "RS": "-RSH", "2RS": "-2RSH", "2RZ": "-2RZ"}[seal]
        return base + s + ("/C3" if cl == "C3" else "")
    s = {"OPEN": "", "Z": "-Z", "ZZ": "-2Z", "RS": "-RS", "2RS": "-2RS", "2RZ": "-2RZ"}[seal]
    if brand == "C&U" and seal == "ZZ":
        s = "ZZ"
    return base + s + ("/C3" if cl == "C3" else "")

def old_gb(base, seal):
    """old GB/T 272 designations that storekeepers still use: 204, 80204, 180204"""
    if not base.startswith(("60", "62", "63")) or len(base) != 4:
        return None
    b = "1" + base[2:] if base.startswith("60") else base[1:]
    return {"OPEN": b, "Z": "60" + b, "ZZ": "80" + b, "RS": "160" + b, "2RS": "180" + b, "2RZ": None}[seal]

def rows(rng, numberer):
    out = []
    items = [("DG", b, d) for b, d in DG.items()] + [("NDL", b, d) for b, d in NEEDLE.items()] + \
            [("THR", b, d) for b, d in THRUST.items()]
    for typ, base, dim in items:
        brands = [b for b in BRANDS if rng.random() < (0.72 if typ == "DG" else 0.6)] or ["HRB"]
        for br in brands:
            seals = SEALS[br] if typ == "DG" else ["OPEN"]
            for seal in seals:
                for cl in (("CN", "C3") if typ == "DG" else ("CN",)):
                    if typ == "DG" and rng.random() > (0.9 if cl == "CN" else 0.6) * (0.6 if seal in ("Z", "RS") else 1):
                        continue
                    a = {"fam": "brg", "type": typ, "brand": br, "base": base, "seal": seal, "cl": cl}
                    c = code(br, base, seal, cl)
                    clerk = rng.choice(("eng", "eng", "store", "hk", "erp"))
                    dd = dim.replace("x", "×") if clerk == "eng" else dim
                    nm = {"DG": ("深沟球轴承", "波子 啤令", "深溝球軸承", "DEEP GROOVE BALL BEARING"),
                          "NDL": ("滚针轴承", "针仔啤令", "滾針軸承", "NEEDLE ROLLER BEARING"),
                          "THR": ("推力球轴承", "平面啤令", "推力球軸承", "THRUST BALL BEARING")}[typ]
                    k = ("eng", "store", "hk", "erp").index(clerk)
                    brand_s = {"eng": br, "store": BRAND_CN[br][0], "hk": br, "erp": br}[clerk]
                    spec = {"eng": "%s %s %s" % (c, dd, brand_s), "store": "%s %s" % (c, brand_s),
                            "hk": "%s %s (%s)" % (brand_s, c, dim), "erp": "%s %s %sMM" % (br, c, dim.upper())}[clerk]
                    als = ["%s %s" % (br, c)]
                    og = old_gb(base, seal) if typ == "DG" else None
                    if typ == "THR":
                        og = "8" + base[2:]
                    if og and clerk in ("eng", "store"):
                        als.append("旧国标" + og + ("" if cl == "CN" else "/C3") if clerk == "eng" else og)
                    if rng.random() < 0.3:
                        als.append("BRG-%05d" % rng.randrange(100000))
                    r = Row(a, nm[k], spec, {"eng": "套", "store": "粒", "hk": "PCS", "erp": "EA"}[clerk],
                            "轴承", als, clerk)
                    r.num = numberer.next("ZC" + {"DG": "01", "NDL": "02", "THR": "03"}[typ])
                    out.append(r)
    return out
