"""O-rings GB/T 3452.1 (d1 x d2), AS568 dash sizes, skeleton oil seals TC/SC."""
from common import Row, fmt_num

R = [3.15, 3.55, 4, 4.5, 5, 5.6, 6, 6.3, 7.1, 8, 8.5, 9, 10, 10.6, 11.2, 11.8, 12.5, 13.2, 14, 15, 16, 17,
     18, 19, 20, 21.2, 22.4, 23.6, 25, 25.8, 26.5, 28, 30, 31.5, 32.5, 33.5, 34.5, 35.5, 37.5, 38.7, 40, 42.5,
     45, 47.5, 50, 53, 56, 60, 63, 67, 71, 75, 80, 85, 90, 95, 100, 106, 112, 118, 125, 132, 140, 150, 160,
     170, 180, 190, 200, 212, 224, 236, 250]
CS_RANGE = {1.8: (3.15, 50), 2.65: (10.6, 150), 3.55: (18, 200), 5.3: (40, 250), 7: (109, 250)}
MATS = [("NBR", 70), ("NBR", 90), ("FKM", 75), ("HNBR", 70), ("CR", 70), ("EPDM", 70), ("VMQ", 60)]
MAT_ROW = {"NBR": ("丁腈橡胶NBR", "丁腈", "NBR丁腈膠", "NBR"), "FKM": ("氟橡胶FKM", "氟胶", "FKM氟膠", "FKM(VITON)"),
           "HNBR": ("氢化丁腈HNBR", "氢化丁腈", "HNBR", "HNBR"), "CR": ("氯丁橡胶CR", "氯丁", "CR氯丁膠", "NEOPRENE CR"),
           "EPDM": ("三元乙丙EPDM", "乙丙", "EPDM", "EPDM"), "VMQ": ("硅橡胶VMQ", "硅胶", "矽膠", "SILICONE VMQ")}
MAT_Q = {"NBR": ["NBR", "丁腈", "丁腈橡胶", "nitrile", "Buna-N", "丁腈膠"], "FKM": ["FKM", "氟橡胶", "Viton", "氟胶", "FPM", "氟膠"],
         "HNBR": ["HNBR", "氢化丁腈", "氫化丁腈"], "CR": ["CR", "氯丁", "neoprene", "氯丁橡胶"],
         "EPDM": ["EPDM", "三元乙丙", "乙丙胶"], "VMQ": ["硅胶", "silicone", "VMQ", "矽膠"]}
PARKER = {("NBR", 70): "N0674-70", ("NBR", 90): "N0552-90", ("FKM", 75): "V0747-75"}
AS_SERIES = [(range(4, 51), 0.070), (range(102, 179), 0.103), (range(201, 285), 0.139),
             (range(309, 396), 0.210), (range(425, 476), 0.275)]
OIL = ("12x22x5 12x24x7 15x25x7 15x30x7 16x28x7 17x30x7 18x30x7 20x30x7 20x32x7 20x35x7 20x40x7 25x40x7 "
       "25x42x7 25x47x7 28x40x7 30x42x7 30x45x8 30x47x7 30x50x10 30x52x7 32x47x7 35x50x8 35x52x7 35x55x10 "
       "38x52x7 40x55x8 40x60x10 40x62x8 42x62x8 45x62x8 45x65x10 50x65x8 50x70x10 50x72x8 55x72x8 55x80x10 "
       "60x80x8 60x85x10 65x85x10 70x90x10 75x95x10 80x100x10").split()

def _row(a, name, spec, unit, als, clerk, num):
    r = Row(a, name, spec, unit, "密封件", als, clerk); r.num = num; return r

def rows(rng, nb):
    out = []
    for cs, (lo, hi) in CS_RANGE.items():
        for d1 in R:
            if not lo <= d1 <= hi:
                continue
            for mat, hd in MATS:
                if rng.random() > (1.0 if mat == "NBR" else 0.85):
                    continue
                a = {"fam": "seal", "type": "OR", "id": d1, "cs": cs, "mat": mat, "hd": hd}
                c = rng.choice(("eng", "eng", "store", "store", "hk", "erp"))
                k = ("eng", "store", "hk", "erp").index(c)
                x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[c]
                sz = fmt_num(d1) + x + fmt_num(cs)
                m = MAT_ROW[mat][k] + ("" if (mat, hd) in (("NBR", 70),) and c == "store" else " %d" % hd + ("" if c == "erp" else "度" if c == "store" else "°"))
                spec = {"eng": "%s-G-%s GB/T 3452.1-2005 %s" % (sz, "N" if mat == "NBR" else "S", m),
                        "store": "Φ%s %s" % (sz, m), "hk": "O-Ring %s %s" % (sz, m),
                        "erp": "GB3452.1 %s %s SHORE A" % (sz, m)}[c]
                name = ("O形密封圈", "O型圈 胶圈", "O型圈", "O-RING")[k]
                als = ["OR-%s-%s" % (fmt_num(d1), fmt_num(cs)), "O-ring %sx%s %s%d" % (fmt_num(d1), fmt_num(cs), mat, hd)]
                out.append(_row(a, name, spec, ("个", "条", "PCS", "EA")[k], als, c, nb.next("MF01")))
    for ser, cs in AS_SERIES:
        for dash in ser:
            for mat, hd in MATS[:5]:
                if rng.random() > (0.95 if mat == "NBR" else 0.65):
                    continue
                a = {"fam": "seal", "type": "AS", "dash": dash, "mat": mat, "hd": hd}
                c = rng.choice(("eng", "hk", "erp", "erp"))
                k = ("eng", "store", "hk", "erp").index(c)
                comp = PARKER.get((mat, hd))
                spec = {"eng": "AS568-%03d %s %d° CS %.3f\"" % (dash, MAT_ROW[mat][0], hd, cs),
                        "hk": "AS568 -%03d %s%d" % (dash, MAT_ROW[mat][2], hd),
                        "erp": "2-%03d %s" % (dash, comp if comp else "%s%d" % (mat, hd))}[c]
                als = ["AS568-%03d" % dash, "2-%03d" % dash]
                if comp:
                    als.append("Parker 2-%03d %s" % (dash, comp))
                out.append(_row(a, ("O形密封圈(美标)", "", "O型圈(美標)", "O-RING AS568")[k], spec,
                                ("个", "", "PCS", "EA")[k], als, c, nb.next("MF02")))
    for sz in OIL:
        for typ in ("TC", "SC"):
            for mat in ("NBR", "FKM"):
                if rng.random() > (0.8 if typ == "TC" else 0.35):
                    continue
                d, D, b = sz.split("x")
                a = {"fam": "seal", "type": "OS", "lip": typ, "d": int(d), "D": int(D), "b": int(b), "mat": mat}
                c = rng.choice(("eng", "store", "hk", "erp"))
                k = ("eng", "store", "hk", "erp").index(c)
                x = {"eng": "×", "store": "*", "hk": "x", "erp": "X"}[c]
                s3 = x.join((d, D, b))
                spec = {"eng": "%s型 %s %s" % (typ, s3, MAT_ROW[mat][0]), "store": "%s%s %s" % (typ, s3, MAT_ROW[mat][1]),
                        "hk": "%s %s %s" % (typ, s3, MAT_ROW[mat][2]), "erp": "%s %s %s" % (typ, s3, MAT_ROW[mat][3])}[c]
                name = ("骨架油封", "油封", "骨架油封", "OIL SEAL")[k]
                als = ["%s%s" % (typ, sz), "oil seal %s %s %s" % (typ, sz, mat)]
                out.append(_row(a, name, spec, ("个", "个", "PCS", "EA")[k], als, c, nb.next("MF03")))
    return out

# JIS B 2401 P/G series O-rings (日标), codes like P10 / P10A / P100 (prefix traps)
JIS_P = ("P3 P4 P5 P6 P7 P8 P9 P10 P10A P11 P11.2 P12 P12.5 P14 P15 P16 P18 P20 P21 P22 P22A P22.4 P24 P25 P25.5 "
         "P26 P28 P29 P29.5 P30 P31 P31.5 P32 P34 P35 P35.5 P36 P38 P39 P40 P41 P42 P44 P45 P46 P48 P48A P49 P50 "
         "P50A P52 P53 P55 P56 P58 P60 P62 P63 P65 P67 P70 P71 P75 P80 P85 P90 P95 P100 P102 P105 P110 P112 P115 "
         "P120 P125 P130 P132 P135 P140 P145 P150 P150A G25 G30 G35 G40 G45 G50 G55 G60 G65 G70 G75 G80 G85 G90 "
         "G95 G100 G105 G110 G115 G120 G125 G130 G135 G140 G145 G150").split()
JIS_M = {("NBR", 70): ("1种A", "NBR-70-1"), ("NBR", 90): ("1种B", "NBR-90"), ("FKM", 70): ("4种D", "FKM-70")}
_rows_main = rows
def rows(rng, nb):
    out = _rows_main(rng, nb)
    for code in JIS_P:
        for (mat, hd), (kind, short) in JIS_M.items():
            if rng.random() > (0.9 if hd == 70 and mat == "NBR" else 0.6):
                continue
            c = rng.choice(("eng", "store", "hk"))
            a = {"fam": "seal", "type": "JIS", "code": code, "mat": mat, "hd": hd}
            spec = {"eng": "JIS B2401 %s %s %s" % (code, kind, MAT_ROW[mat][0]), "store": "%s %s" % (code, short),
                    "hk": "JIS %s %s%d" % (code, MAT_ROW[mat][2], hd)}[c]
            r = Row(a, {"eng": "O形圈(日标)", "store": "日标O型圈", "hk": "O型圈(日標)"}[c], spec,
                    {"eng": "个", "store": "条", "hk": "PCS"}[c], ["JIS-%s" % code, "%s-%s" % (code, short)], c, "密封件")
            r.num = nb.next("MF04"); out.append(r)
    return out
