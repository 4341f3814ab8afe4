# -*- coding: utf-8 -*-
"""Catalogue generator: K/3 Cloud BD_MATERIAL export of purchased standard parts (Ningbo IMM / hydraulic press plant).
stdlib only, fixed seed. Returns rows with structured attributes (row['at']) used by queries and by the checker.
Attribute values are lists of what the row's own text allows (None = the text does not say: unknown)."""
import random

SEED = 20240614

# ---------------------------------------------------------------- helpers
def fmt(x):
    s = ("%.2f" % x).rstrip("0").rstrip(".")
    return s


class Cat:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.seq = {}
        self.legacy = 0

    def add(self, grp, name, spec, unit, cat, aliases, at, legacy=False):
        if legacy:
            self.legacy += 1
            number = "%s-%05d" % (self.rng.choice(["WJ", "JJ", "BZ"]), 10000 + self.legacy * 7)
        else:
            n = self.seq.get(grp, 0) + 1
            self.seq[grp] = n
            number = "%s.%04d" % (grp, n)
        r = {"number": number, "name": name, "spec": spec, "unit": unit, "category": cat,
             "aliases": [a for a in aliases if a], "at": at}
        self.rows.append(r)
        return r


LENS = [4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100,
        110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 220, 240, 260, 280, 300]
DNUM = {"M3": 3, "M4": 4, "M5": 5, "M6": 6, "M8": 8, "M10": 10, "M12": 12, "M14": 14, "M16": 16, "M18": 18, "M20": 20,
        "M22": 22, "M24": 24, "M27": 27, "M30": 30, "M33": 33, "M36": 36}

# family: cn names [(text, reveals_family)], en names, std GB / DIN / ISO, d list, (lmin factor, lmax factor), combos, grp, pinyin
GRP_OF = {}
FAST = {
    "hex_bolt": dict(cn=[("六角头螺栓", False), ("外六角螺栓", False), ("外六角半牙螺栓", True), ("六角头螺栓-C级", False), ("半螺纹六角螺栓", True)],
                     en=[("HEX BOLT", False), ("HEX BOLT PARTIAL THREAD", True)], std=("GB/T 5782", "DIN 931", "ISO 4014"),
                     d=["M6", "M8", "M10", "M12", "M14", "M16", "M18", "M20", "M22", "M24", "M27", "M30", "M36"], lf=(3, 12),
                     combos=[("4.8", "CS", "zinc_w"), ("8.8", "CS", "zinc_w"), ("8.8", "CS", "zinc_y"), ("8.8", "CS", "black"),
                             ("8.8", "CS", "hdg"), ("10.9", "CS", "black"), ("10.9", "CS", "dacro"), ("10.9", "CS", "zinc_w"),
                             ("12.9", "CS", "black"), ("A2-70", "SS304", "plain"), ("A4-70", "SS316", "plain"), ("A4-80", "SS316", "plain"),
                             ("4.8", "CS", "black"), ("8.8", "CS", "dacro"), ("10.9", "CS", "hdg")],
                     grp="05.01", py="LS", p=0.55),
    "hex_bolt_full": dict(cn=[("六角头螺栓 全螺纹", True), ("外六角全牙螺栓", True), ("全螺纹六角螺栓", True), ("外六角螺栓", False)],
                          en=[("HEX BOLT FULL THREAD", True), ("HEX SCREW", False)], std=("GB/T 5783", "DIN 933", "ISO 4017"),
                          d=["M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M18", "M20", "M24", "M30"], lf=(2, 8),
                          combos=[("4.8", "CS", "zinc_w"), ("8.8", "CS", "zinc_w"), ("8.8", "CS", "zinc_y"), ("8.8", "CS", "black"),
                                  ("10.9", "CS", "black"), ("10.9", "CS", "dacro"), ("A2-70", "SS304", "plain"), ("A4-70", "SS316", "plain"),
                                  ("4.8", "CS", "black"), ("8.8", "CS", "hdg"), ("10.9", "CS", "zinc_w"), ("12.9", "CS", "black")],
                          grp="05.01", py="QYLS", p=0.6),
    "flange_bolt": dict(cn=[("六角法兰面螺栓", True), ("法兰面螺栓", True)], en=[("HEX FLANGE BOLT", True)], std=("GB/T 5787", None, None),
                        d=["M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20"], lf=(2, 8),
                        combos=[("8.8", "CS", "zinc_w"), ("10.9", "CS", "black"), ("A2-70", "SS304", "plain"), ("8.8", "CS", "dacro"), ("10.9", "CS", "zinc_w")], grp="05.01", py="FLLS", p=0.6),
    "shcs": dict(cn=[("内六角圆柱头螺钉", True), ("内六角螺钉", False), ("杯头内六角螺丝", True), ("圆柱头内六角螺钉", True)],
                 en=[("SOCKET HEAD CAP SCREW", True), ("SHCS", True)], std=("GB/T 70.1", "DIN 912", "ISO 4762"),
                 d=["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M18", "M20", "M22", "M24", "M27", "M30"], lf=(2, 10),
                 combos=[("8.8", "CS", "black"), ("10.9", "CS", "black"), ("12.9", "CS", "black"), ("8.8", "CS", "zinc_w"),
                         ("12.9", "CS", "zinc_w"), ("12.9", "CS", "dacro"), ("A2-70", "SS304", "plain"), ("A4-70", "SS316", "plain"), ("A4-80", "SS316", "plain"),
                         ("10.9", "CS", "zinc_w"), ("8.8", "CS", "zinc_y"), ("10.9", "CS", "dacro")],
                 grp="05.02", py="NLJ", p=0.7),
    "csk_socket": dict(cn=[("内六角沉头螺钉", True), ("内六角平头螺丝", True), ("沉头内六角螺钉", True)], en=[("COUNTERSUNK SOCKET SCREW", True)],
                       std=("GB/T 70.3", "DIN 7991", "ISO 10642"), d=["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"], lf=(2, 8),
                       combos=[("10.9", "CS", "black"), ("12.9", "CS", "black"), ("8.8", "CS", "zinc_w"), ("A2-70", "SS304", "plain"), ("A4-70", "SS316", "plain")],
                       grp="05.02", py="CTNLJ", p=0.65),
    "button_socket": dict(cn=[("内六角圆头螺钉", True), ("半圆头内六角螺钉", True)], en=[("BUTTON HEAD SOCKET SCREW", True)],
                          std=("GB/T 70.2", "ISO 7380", None), d=["M3", "M4", "M5", "M6", "M8", "M10", "M12"], lf=(2, 8),
                          combos=[("10.9", "CS", "black"), ("10.9", "CS", "zinc_w"), ("A2-70", "SS304", "plain")], grp="05.02", py="YTNLJ", p=0.65),
    "set_flat": dict(cn=[("内六角平端紧定螺钉", True), ("平端机米螺丝", True), ("机米螺丝", False)], en=[("SET SCREW FLAT POINT", True)],
                     std=("GB/T 77", "DIN 913", "ISO 4026"), d=["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M16"], lf=(1, 5),
                     combos=[("45H", "CS", "black"), ("45H", "CS", "zinc_w"), ("A2-70", "SS304", "plain"), ("A4-70", "SS316", "plain")], grp="05.02", py="JM", p=0.8),
    "set_cone": dict(cn=[("内六角锥端紧定螺钉", True), ("尖端机米螺丝", True), ("机米螺丝", False)], en=[("SET SCREW CONE POINT", True)],
                     std=("GB/T 78", "DIN 914", "ISO 4027"), d=["M3", "M4", "M5", "M6", "M8", "M10", "M12"], lf=(1, 5),
                     combos=[("45H", "CS", "black"), ("A2-70", "SS304", "plain")], grp="05.02", py="JM", p=0.7),
    "set_cup": dict(cn=[("内六角凹端紧定螺钉", True), ("凹端机米螺丝", True), ("机米螺丝", False)], en=[("SET SCREW CUP POINT", True)],
                    std=("GB/T 80", "DIN 916", "ISO 4029"), d=["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M16"], lf=(1, 5),
                    combos=[("45H", "CS", "black"), ("A2-70", "SS304", "plain")], grp="05.02", py="JM", p=0.75),
    "pan_phillips": dict(cn=[("十字盘头螺钉", True), ("盘头十字螺丝", True)], en=[("PAN HEAD PHILLIPS SCREW", True)],
                         std=("GB/T 818", "DIN 7985", "ISO 7045"), d=["M3", "M4", "M5", "M6", "M8"], lf=(1.5, 8),
                         combos=[("4.8", "CS", "zinc_w"), ("4.8", "CS", "nickel"), ("A2-70", "SS304", "plain")], grp="05.02", py="SZPT", p=0.75),
    "csk_phillips": dict(cn=[("十字沉头螺钉", True), ("十字平头螺丝", True)], en=[("CSK PHILLIPS SCREW", True)],
                         std=("GB/T 819.1", "DIN 965", "ISO 7046-1"), d=["M3", "M4", "M5", "M6", "M8"], lf=(1.5, 8),
                         combos=[("4.8", "CS", "zinc_w"), ("A2-70", "SS304", "plain")], grp="05.02", py="SZCT", p=0.75),
}
NUTS = {
    "nut": dict(cn=[("六角螺母", True), ("六角螺帽", True), ("螺母", True)], en=[("HEX NUT", True)], std=("GB/T 6170", "DIN 934", "ISO 4032"), py="LM"),
    "thin_nut": dict(cn=[("六角薄螺母", True), ("薄螺母", True)], en=[("THIN NUT", True)], std=("GB/T 6172.1", "DIN 439", "ISO 4035"), py="BLM"),
    "nylon_nut": dict(cn=[("尼龙锁紧螺母", True), ("防松螺母", True)], en=[("NYLOCK NUT", True)], std=("GB/T 889.1", "DIN 985", "ISO 10511"), py="NLLM"),
    "flange_nut": dict(cn=[("六角法兰面螺母", True), ("法兰螺母", True)], en=[("FLANGE NUT", True)], std=("GB/T 6177.1", None, None), py="FLLM"),
}
NUT_COMBOS = [("6", "CS", "zinc_w"), ("8", "CS", "zinc_w"), ("8", "CS", "zinc_y"), ("8", "CS", "black"), ("10", "CS", "black"),
              ("10", "CS", "dacro"), ("8", "CS", "hdg"), ("A2-70", "SS304", "plain"), ("A4-70", "SS316", "plain"), ("10", "CS", "zinc_w"), ("8", "CS", "dacro")]
WASHERS = {
    "washer": dict(cn=[("平垫圈", True), ("平垫", False)], en=[("FLAT WASHER", True)], std=("GB/T 97.1", "DIN 125", "ISO 7089"), py="PD",
                   combos=[("200HV", "CS", "zinc_w"), ("300HV", "CS", "black"), ("200HV", "CS", "hdg"), ("A2", "SS304", "plain"), ("A4", "SS316", "plain")]),
    "washer_large": dict(cn=[("大垫圈", True), ("加大平垫", True)], en=[("LARGE WASHER", True)], std=("GB/T 96.1", "DIN 9021", "ISO 7093-1"), py="DPD",
                         combos=[("200HV", "CS", "zinc_w"), ("A2", "SS304", "plain")]),
    "spring_washer": dict(cn=[("标准型弹簧垫圈", True), ("弹簧垫圈", True), ("弹垫", True)], en=[("SPRING WASHER", True)], std=("GB/T 93", "DIN 127", None), py="TD",
                          combos=[("65Mn", "CS", "zinc_w"), ("65Mn", "CS", "black"), ("A2", "SS304", "plain"), ("A4", "SS316", "plain")]),
}
FIN_TXT = {  # clerk -> finish text (text, what the text reveals)
    "A": {"zinc_w": ("镀白锌", ["zinc_w"]), "zinc_y": ("镀彩锌", ["zinc_y"]), "black": ("发黑", ["black"]), "hdg": ("热镀锌", ["hdg"]),
          "dacro": ("达克罗", ["dacro"]), "plain": ("", ["plain"]), "nickel": ("镀镍", ["nickel"])},
    "B": {"zinc_w": ("蓝白锌", ["zinc_w"]), "zinc_y": ("彩锌", ["zinc_y"]), "black": ("发黑", ["black"]), "hdg": ("热浸锌", ["hdg"]),
          "dacro": ("达克罗", ["dacro"]), "plain": ("", ["plain"]), "nickel": ("镀镍", ["nickel"])},
    "C": {"zinc_w": ("ZP", ["zinc_w", "zinc_y"]), "zinc_y": ("YZP", ["zinc_y"]), "black": ("BO", ["black"]), "hdg": ("HDG", ["hdg"]),
          "dacro": ("DAC", ["dacro"]), "plain": ("", ["plain"]), "nickel": ("NI", ["nickel"])},
    "D": {"zinc_w": ("白锌", ["zinc_w"]), "zinc_y": ("彩锌", ["zinc_y"]), "black": ("黑", ["black"]), "hdg": ("热镀", ["hdg"]),
          "dacro": ("达克罗", ["dacro"]), "plain": ("", ["plain"]), "nickel": ("镍", ["nickel"])},
}
STD_YEAR = {"GB/T 5782": "2016", "GB/T 5783": "2016", "GB/T 70.1": "2008", "GB/T 6170": "2015", "GB/T 97.1": "2002", "GB/T 93": "1987",
            "GB/T 119.1": "2000", "GB/T 1096": "2003", "GB/T 894": "2017", "GB/T 893": "2017", "GB/T 3452.1": "2005", "GB/T 889.1": "2015"}
FAMGROUP = {"hex_bolt": ["hex_bolt", "hex_bolt_full"], "hex_bolt_full": ["hex_bolt", "hex_bolt_full"],
            "set_flat": ["set_cone", "set_cup", "set_flat"], "set_cone": ["set_cone", "set_cup", "set_flat"], "set_cup": ["set_cone", "set_cup", "set_flat"],
            "washer": ["washer", "washer_large"], "washer_large": ["washer", "washer_large"]}


def std_text(rng, clerk, std):
    if std is None:
        return ""
    org, num = std.split(" ", 1)
    if clerk == "A":
        y = STD_YEAR.get(std)
        return std + ("-" + y if y and rng.random() < 0.6 else "")
    if clerk == "B":
        return (org.replace("/T", "") if org == "GB/T" else org) + num
    if clerk == "C":
        return org.replace("/", "") + num if org != "ISO" else "ISO" + num
    return std


def grade_text(clerk, grade, mat, where):
    """where: 'name' or 'spec'."""
    if mat == "SS304":
        return {"A": "A2-70" if grade == "A2-70" else "", "B": "不锈钢304", "C": "SS304" + (" A2-70" if grade == "A2-70" else ""), "D": "304"}[clerk]
    if mat == "SS316":
        g = grade if grade.startswith("A4-") else ""
        return {"A": ("不锈钢316 " + g).strip(), "B": ("不锈钢316" + (" " + g if g else "")), "C": ("SS316 " + g).strip(), "D": ("316 " + g).strip()}[clerk]
    if grade in ("45H", "65Mn", "200HV", "300HV"):
        return grade if clerk != "D" else ""
    return {"A": grade + "级", "B": grade + "级", "C": "CL" + grade, "D": grade}[clerk]


def mat_grade_attrs(clerk, grade, mat):
    """What the row's text reveals about (grade, mat)."""
    if mat == "SS304":
        return (["A2-70"] if (clerk in ("A", "C") and grade == "A2-70") else (["A2-70"] if grade == "A2-70" else None)), ["SS304"]
    if mat == "SS316":
        return ([grade] if grade.startswith("A4-") else None), ["SS316"]
    if grade in ("45H", "65Mn", "200HV", "300HV"):
        return ([grade] if clerk != "D" else None), ["CS"]
    return [grade], ["CS"]


def mk_alias_old(rng, c):
    return "%s%05d" % (rng.choice(["WJ", "BJ", "K3-", "JL"]), rng.randrange(100, 99999)) if rng.random() < 0.5 else None


def build_fasteners(c, rng):
    units = {"A": "PCS", "B": "个", "C": "PCS", "D": "只"}
    cats = {"A": "标准件", "B": "紧固件", "C": "原材料", "D": "标准件"}
    clerks = ["A", "A", "A", "B", "B", "B", "C", "D", "D"]

    def emit(fam, spec_fam, d, L, grade, mat, fin, clerk, grp, brand=None, std_choice=0, legacy=False):
        stds = spec_fam["std"]
        std = stds[std_choice] if stds[std_choice] else stds[0]
        if clerk == "C" and stds[1] and std_choice == 0:
            std = stds[1] if rng.random() < 0.7 else (stds[2] or stds[1])
        keep_std = True
        if clerk == "D" or (clerk == "B" and rng.random() < 0.35):
            keep_std = False
        if std is None:
            keep_std = False
        names = spec_fam["en"] if clerk == "C" else spec_fam["cn"]
        nm, reveals = names[rng.randrange(len(names))]
        famv = [fam] if (reveals or keep_std) else FAMGROUP.get(fam, [fam])
        size = d if L is None else {"A": "%s×%s", "B": "%s*%s", "C": "%sX%s", "D": "%sx%s"}[clerk] % (d, L)
        gtxt = grade_text(clerk, grade, mat, "spec")
        ftxt, fin_rev = FIN_TXT[clerk][fin]
        stxt = std_text(rng, clerk, std) if keep_std else ""
        gat, mat_at = mat_grade_attrs(clerk, grade, mat)
        fin_at = fin_rev
        if clerk == "D" and rng.random() < 0.12 and fin != "plain":
            ftxt, fin_at = "", None
        if clerk == "A":
            name = nm
            spec = " ".join(x for x in [stxt, size, gtxt, ftxt] if x)
        elif clerk == "B":
            name = gtxt + ftxt + nm
            spec = size + (" " + stxt if stxt else "")
            if rng.random() < 0.12:  # everything typed into the name, spec left empty
                name, spec = name + spec.replace(" ", ""), ""
        elif clerk == "C":
            name = nm
            spec = " ".join(x for x in [stxt, size, gtxt, ftxt] if x)
        else:
            name = nm
            spec = " ".join(x for x in [size, gtxt, ftxt] if x)
        bname = {"UNBRAKO": "UNBRAKO", "WURTH": "伍尔特", "JINYI": "晋亿"}.get(brand) if brand else None
        if bname:
            if rng.random() < 0.5:
                name = bname + name
            else:
                spec = spec + " " + bname
        al = []
        if rng.random() < 0.45:
            al.append(spec_fam["py"] + (d + "X" + str(L) if L is not None else d).upper())
        o = mk_alias_old(rng, c) if rng.random() < 0.5 else None
        if o:
            al.append(o)
        if clerk == "A" and rng.random() < 0.3:
            al.append(("%s %s" % (names[0][0], size)))
        at = {"fam": famv, "k": d, "L": None if L is None else str(L), "grade": gat, "mat": mat_at, "fin": fin_at,
              "std": [std] if keep_std else None, "brand": [brand or "-"]}
        return c.add(grp, name, spec, units[clerk] if rng.random() < 0.9 else "KG", "" if legacy and rng.random() < 0.25 else cats[clerk], al, at, legacy=legacy)

    for fam, sf in FAST.items():
        for d in sf["d"]:
            dn = DNUM[d]
            lmin, lmax = sf["lf"][0] * dn, min(int(sf["lf"][1] * dn * 1.6), 300)
            lens = [L for L in LENS if lmin <= L <= lmax]
            for L in lens:
                for (g, m, f) in sf["combos"]:
                    if rng.random() > min(0.97, sf["p"] * 1.6):
                        continue
                    clerk = rng.choice(clerks)
                    emit(fam, sf, d, L, g, m, f, clerk, sf["grp"], legacy=(clerk == "C" and rng.random() < 0.5))
                    r = rng.random()
                    if r < 0.04:  # migration duplicate under another designation
                        emit(fam, sf, d, L, g, m, f, rng.choice(["C", "A"]), sf["grp"], std_choice=1 if sf["std"][1] else 0, legacy=True)
                    elif r < 0.07 and fam == "shcs" and g == "12.9":
                        emit(fam, sf, d, L, g, m, f, "A", sf["grp"], brand="UNBRAKO")
                    elif r < 0.08 and m == "SS304":
                        emit(fam, sf, d, L, g, m, f, "B", sf["grp"], brand="WURTH")
                    elif r < 0.10 and fam == "hex_bolt" and g in ("8.8", "10.9"):
                        emit(fam, sf, d, L, g, m, f, "B", sf["grp"], brand="JINYI")
    # nuts
    nd = ["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M18", "M20", "M22", "M24", "M27", "M30", "M36"]
    fine = ["M8x1", "M10x1", "M10x1.25", "M12x1.25", "M12x1.5", "M14x1.5", "M16x1.5", "M18x1.5", "M20x1.5", "M22x1.5", "M24x1.5", "M24x2", "M30x2"]
    for fam, sf in NUTS.items():
        for d in nd + fine:
            for (g, m, f) in NUT_COMBOS:
                if rng.random() > (0.92 if d in nd else 0.45):
                    continue
                if fam == "flange_nut" and (m != "CS" or DNUM.get(d, 99) > 16):
                    continue
                clerk = rng.choice(clerks)
                sff = dict(sf)
                emit(fam, sff, d, None, g, m, f, clerk, "05.03")
    for fam, sf in WASHERS.items():
        for d in nd:
            for (g, m, f) in sf["combos"]:
                if rng.random() > 0.8:
                    continue
                g2 = g if g not in ("A2", "A4") else ("A2-70" if g == "A2" else "A4-70")
                emit(fam, sf, d, None, g2 if m == "CS" else g2, m, f, rng.choice(clerks), "05.04")
    # fine-thread bolts
    for d in ["M8x1", "M10x1.25", "M12x1.25", "M12x1.5", "M14x1.5", "M16x1.5", "M20x1.5", "M24x2"]:
        for L in [20, 25, 30, 35, 40, 50, 60, 70, 80, 100]:
            for (g, m, f) in [("8.8", "CS", "zinc_w"), ("10.9", "CS", "black"), ("12.9", "CS", "black")]:
                if rng.random() < 0.5:
                    emit("hex_bolt", FAST["hex_bolt"], d, L, g, m, f, rng.choice(["A", "B"]), "05.01")
                if rng.random() < 0.3:
                    emit("shcs", FAST["shcs"], d, L, g, m, f, rng.choice(["A", "B"]), "05.02")


def build_misc_fasteners(c, rng):
    # pins, keys, circlips, studs, eye bolts, grease nipples, inch and JIS parts
    for d in [3, 4, 5, 6, 8, 10, 12, 16, 20]:
        for L in [8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 100]:
            if L < 2 * d or L > 10 * d:
                continue
            for fam, cn, std, mat, hard in [("dowel", "圆柱销", "GB/T 119.1", "CS", "m6"), ("dowel", "圆柱销 淬硬", "GB/T 119.2", "CS", "hard"),
                                           ("dowel", "不锈钢304圆柱销", "GB/T 119.1", "SS304", "m6"), ("spring_pin", "弹性圆柱销", "GB/T 879.1", "CS", None),
                                           ("spring_pin", "弹性圆柱销 不锈钢304", "GB/T 879.1", "SS304", None), ("split_pin", "开口销", "GB/T 91", "CS", None)]:
                if rng.random() > 0.55:
                    continue
                if fam == "split_pin" and d > 10:
                    continue
                clerk = rng.choice(["A", "B", "D"])
                ks = str(d)
                size = {"A": "%s×%s", "B": "Φ%s*%s", "D": "%sx%s"}[clerk] % (d, L)
                stx = std_text(rng, clerk, std) if clerk != "D" else ""
                spec = (stx + " " + size).strip() if clerk == "A" else (size + (" " + stx if stx else ""))
                at = {"fam": [fam], "k": ks, "L": str(L), "mat": [mat], "std": [std] if stx else None, "brand": ["-"],
                      "grade": None, "fin": None, "hard": ([hard] if hard else None) if stx else None}
                c.add("05.05", cn, spec, "PCS" if clerk != "B" else "个", "标准件", [("YZX" if fam == "dowel" else "XS") + ks + "X" + str(L)] if rng.random() < 0.3 else [], at)
    keys = [("4x4", [10, 12, 16, 20]), ("5x5", [12, 16, 20, 25, 30]), ("6x6", [16, 20, 25, 30, 40]), ("8x7", [20, 25, 30, 36, 40, 45, 50, 56, 63]),
            ("10x8", [25, 32, 40, 45, 50, 56, 63, 70, 80]), ("12x8", [32, 40, 50, 56, 63, 70, 80, 90, 100]), ("14x9", [40, 50, 63, 70, 80, 100, 110]),
            ("16x10", [45, 50, 63, 80, 100, 125]), ("18x11", [50, 63, 80, 100, 125, 140]), ("20x12", [63, 80, 100, 125, 160]), ("22x14", [80, 100, 125, 160])]
    for k, ls in keys:
        for L in ls:
            for t, p in [("A", 0.9), ("B", 0.35), ("C", 0.15)]:
                if rng.random() > p:
                    continue
                clerk = rng.choice(["A", "B", "D"])
                spec = {"A": "GB/T 1096 键 %s %s×%s" % (t, k.replace("x", "×"), L), "B": "%s型 %s*%s" % (t, k.replace("x", "*"), L), "D": "%s%sx%s" % (t, k, L)}[clerk]
                at = {"fam": ["key"], "k": k, "L": str(L), "ktype": [t], "mat": ["CS"], "std": ["GB/T 1096"] if clerk == "A" else None, "brand": ["-"]}
                c.add("05.05", "平键" if clerk != "D" else "键", spec, "PCS", "标准件", [], at)
    for fam, cn, std, sizes in [("circlip_shaft", "轴用弹性挡圈", "GB/T 894", list(range(10, 101))), ("circlip_hole", "孔用弹性挡圈", "GB/T 893", list(range(12, 121)))]:
        for s in sizes:
            for m in ["65Mn", "SS304"]:
                if rng.random() > (0.55 if m == "65Mn" else 0.12):
                    continue
                clerk = rng.choice(["A", "B", "C", "D"])
                if clerk == "C":
                    name, spec = ("CIRCLIP SHAFT" if fam == "circlip_shaft" else "CIRCLIP BORE"), "DIN%s-%d" % ("471" if fam == "circlip_shaft" else "472", s)
                    stdv = ["DIN 471" if fam == "circlip_shaft" else "DIN 472"]
                elif clerk == "A":
                    name, spec, stdv = cn, "%s %d" % (std, s), [std]
                elif clerk == "B":
                    name, spec, stdv = ("轴用卡簧" if fam == "circlip_shaft" else "孔用卡簧"), "Φ%d" % s, None
                else:
                    name, spec, stdv = ("轴卡" if fam == "circlip_shaft" else "孔卡"), "%d" % s, None
                if m == "SS304":
                    name = "不锈钢304" + name
                at = {"fam": [fam], "k": str(s), "L": None, "mat": ["SS304" if m == "SS304" else "CS"], "std": stdv, "brand": ["-"]}
                c.add("05.05", name, spec, "PCS", "标准件", [], at)
    for d in ["M8", "M10", "M12", "M16", "M20", "M24", "M30", "M36"]:
        for fin in ["zinc_w", "hdg", "plain"]:
            if rng.random() > 0.7:
                continue
            mat = "SS304" if fin == "plain" else "CS"
            clerk = rng.choice(["A", "B"])
            ft = FIN_TXT[clerk][fin][0]
            spec = ("GB/T 825 " if clerk == "A" else "") + d + (" " + ft if ft else "")
            at = {"fam": ["eye_bolt"], "k": d, "L": None, "mat": [mat], "fin": [fin], "std": ["GB/T 825"] if clerk == "A" else None, "brand": ["-"]}
            c.add("05.01", ("不锈钢304" if mat == "SS304" else "") + "吊环螺钉", spec, "PCS", "标准件", ["DHM" + d[1:]] if rng.random() < 0.4 else [], at)
    for d in ["M8", "M10", "M12", "M16", "M20", "M24"]:
        for L in [30, 40, 50, 60, 70, 80, 100, 120, 150, 200]:
            for std in ["GB/T 897", "GB/T 898", "GB/T 900"]:
                for g in ["8.8", "10.9"]:
                    if rng.random() > 0.25:
                        continue
                    spec = "%s %s×%s %s级" % (std, d, L, g)
                    at = {"fam": ["stud"], "k": d, "L": str(L), "grade": [g], "mat": ["CS"], "fin": None, "std": [std], "brand": ["-"]}
                    c.add("05.01", "双头螺柱", spec, "PCS", "标准件", [], at)
    for d, name in [("M6", "直通式压注油杯"), ("M8x1", "直通式压注油杯"), ("M10x1", "直通式压注油杯"), ("M6", "45°压注油杯"), ("M8x1", "45°压注油杯"),
                    ("M10x1", "45°压注油杯"), ("M6", "90°压注油杯"), ("M8x1", "90°压注油杯"), ("M10x1", "90°压注油杯"), ("R1/8", "直通式压注油杯")]:
        for m in ["CS", "SS304", "BRASS"]:
            if rng.random() > 0.6:
                continue
            ang = "0" if "直通" in name else ("45" if "45" in name else "90")
            std = {"0": "JB/T 7940.1", "45": "JB/T 7940.2", "90": "JB/T 7940.2"}[ang]
            spec = "%s %s%s" % (std, d, {"CS": " 镀锌", "SS304": " 不锈钢", "BRASS": " 黄铜"}[m])
            at = {"fam": ["grease_nipple"], "k": d, "L": None, "angle": [ang], "mat": [m], "std": [std], "brand": ["-"]}
            c.add("05.05", name, spec, "PCS", "标准件", ["YB" + d.replace("/", "")] if rng.random() < 0.5 else [], at)
    # inch (ASME) – from the US-built press spares
    inch = [("1/4-20", ["1/2", "3/4", "1", "1-1/4", "1-1/2", "2"]), ("5/16-18", ["3/4", "1", "1-1/4", "1-1/2", "2"]), ("3/8-16", ["3/4", "1", "1-1/4", "1-1/2", "2", "2-1/2", "3"]),
            ("1/2-13", ["1", "1-1/4", "1-1/2", "2", "2-1/2", "3", "4"]), ("5/8-11", ["1-1/2", "2", "2-1/2", "3", "4"]), ("3/4-10", ["2", "2-1/2", "3", "4", "5"]), ("1-8", ["3", "4", "5", "6"])]
    for d, ls in inch:
        for L in ls:
            for fam, g, f in [("hex_bolt", "SAE5", "zinc_w"), ("hex_bolt", "SAE8", "zinc_y"), ("shcs", "A574", "black")]:
                if rng.random() > 0.7:
                    continue
                std = "ASME B18.2.1" if fam == "hex_bolt" else "ASME B18.3"
                gt = {"SAE5": "GR5", "SAE8": "GR8", "A574": "ALLOY"}[g]
                ft = {"zinc_w": "ZP", "zinc_y": "YZP", "black": "BLK"}[f]
                clerk = rng.choice(["C", "A"])
                if clerk == "C":
                    name = "HEX CAP SCREW" if fam == "hex_bolt" else "SOCKET HEAD CAP SCREW"
                    spec = '%s UNC x %s" %s %s' % (d, L, gt, ft)
                else:
                    name = "英制外六角螺栓" if fam == "hex_bolt" else "英制内六角螺钉"
                    spec = '%s %sUNC×%s" %s %s' % (std, d, L, gt, {"zinc_w": "白锌", "zinc_y": "彩锌", "black": "发黑"}[f])
                at = {"fam": [fam], "k": d + "UNC", "L": L, "grade": [g], "mat": ["CS"], "fin": [f] if not (clerk == "C" and f == "zinc_w") else ["zinc_w", "zinc_y"],
                      "std": [std] if clerk == "A" else None, "brand": ["-"]}
                c.add("05.06", name, spec, "PCS", "标准件", [], at, legacy=(clerk == "C"))
    # JIS B1176 cap screws and JIS B1180 bolts for the Japanese-built machines
    for d in ["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"]:
        dn = DNUM[d]
        for L in [x for x in LENS if 2 * dn <= x <= 8 * dn]:
            if rng.random() < 0.45:
                at = {"fam": ["shcs"], "k": d, "L": str(L), "grade": ["12.9"], "mat": ["CS"], "fin": ["black"], "std": ["JIS B1176"], "brand": ["-"]}
                c.add("05.06", "内六角螺栓(日标)", "JIS B1176 %s×%s 12.9" % (d, L), "PCS", "标准件", [], at)
            if rng.random() < 0.25 and dn >= 6:
                at = {"fam": ["hex_bolt"], "k": d, "L": str(L), "grade": ["8.8"], "mat": ["CS"], "fin": ["zinc_w", "zinc_y"], "std": ["JIS B1180"], "brand": ["-"]}
                c.add("05.06", "六角螺栓(日标)", "JIS B1180 %s×%s 8.8 镀锌" % (d, L), "PCS", "标准件", [], at)


# ---------------------------------------------------------------- bearings
DG_BASES = ["60%02d" % i for i in range(0, 21)] + ["62%02d" % i for i in range(0, 23)] + ["63%02d" % i for i in range(0, 19)] + \
           ["68%02d" % i for i in range(0, 13)] + ["69%02d" % i for i in range(0, 13)] + ["160%02d" % i for i in range(1, 11)]
SEAL_FORM = {  # brand -> seal -> suffix; clearance form
    "SKF": ({"open": "", "2RS": "-2RSH", "2Z": "-2Z", "RS": "-RSH", "Z": "-Z"}, "/C3"),
    "NSK": ({"open": "", "2RS": "DDU", "2Z": "ZZ", "RS": "DU", "Z": "Z"}, "C3"),
    "FAG": ({"open": "", "2RS": "-2RSR", "2Z": "-2Z", "RS": "-RSR", "Z": "-Z"}, "-C3"),
    "NTN": ({"open": "", "2RS": "LLU", "2Z": "ZZ", "RS": "LU", "Z": "Z"}, "/C3"),
    "-": ({"open": "", "2RS": "-2RS", "2Z": "-ZZ", "RS": "-RS", "Z": "-Z"}, "/C3"),
}
DOM = ["HRB", "ZWZ", "LYC", "C&U", "-"]
BRAND_CN = {"HRB": "哈轴", "ZWZ": "瓦轴", "LYC": "洛轴", "C&U": "人本", "SKF": "SKF", "NSK": "NSK", "FAG": "FAG", "NTN": "NTN", "TIMKEN": "TIMKEN", "FYH": "FYH"}


def bearing_row(c, rng, fam, k, spec, brand, at_extra, aliases, cnname):
    clerk = rng.choice("ABCD")
    b = BRAND_CN.get(brand, "")
    if clerk == "A":
        name, sp = cnname, spec + (" " + brand if brand != "-" else "")
    elif clerk == "B":
        name, sp = (b + cnname) if brand != "-" else cnname, spec
    elif clerk == "C":
        name, sp = "BEARING", spec + (" " + brand if brand != "-" else "")
    else:
        name, sp = "轴承", (b + " " if brand != "-" else "") + spec
    at = {"fam": [fam], "k": k, "brand": [brand]}
    at.update(at_extra)
    unit = "套" if fam in ("unit", "trb") and rng.random() < 0.5 else ("PCS" if clerk != "B" else "个")
    return c.add("06.01", name, sp, unit, "轴承" if clerk != "C" else "原材料", aliases, at, legacy=(clerk == "C" and rng.random() < 0.3))


def build_bearings(c, rng):
    for base in DG_BASES:
        brands = [b for b, p in [("SKF", 0.45), ("NSK", 0.35), ("FAG", 0.2), ("NTN", 0.12), ("HRB", 0.35), ("ZWZ", 0.3), ("LYC", 0.2), ("C&U", 0.2), ("-", 0.45)] if rng.random() < p]
        for brand in brands:
            forms, cf = SEAL_FORM[brand if brand in SEAL_FORM else "-"]
            for seal, p in [("open", 0.45), ("2RS", 0.7), ("2Z", 0.6), ("RS", 0.06), ("Z", 0.06)]:
                if rng.random() > p:
                    continue
                for clear in (["CN", "C3"] if rng.random() < 0.22 else ["CN"]):
                    suf = forms[seal]
                    if brand not in SEAL_FORM and seal == "2Z" and rng.random() < 0.5:
                        suf = "-2Z"
                    spec = base + suf + (cf if clear == "C3" else "")
                    al = []
                    if brand in ("HRB", "ZWZ", "LYC", "-") and seal in ("2RS", "2Z") and base[0] == "6" and len(base) == 4 and rng.random() < 0.5:
                        al.append(("180" if seal == "2RS" else "80") + base[1:])
                    if rng.random() < 0.3:
                        al.append("ZC" + base)
                    bearing_row(c, rng, "dgbb", base, spec, brand, {"seal": [seal], "clear": [clear]}, al, rng.choice(["深沟球轴承", "深沟球轴承", "球轴承"]))
    tr = ["302%02d" % i for i in range(3, 21)] + ["303%02d" % i for i in range(4, 17)] + ["322%02d" % i for i in range(5, 21)] + ["320%02d" % i for i in range(5, 16)]
    for base in tr:
        for brand, p in [("TIMKEN", 0.4), ("SKF", 0.35), ("NSK", 0.25), ("FAG", 0.15), ("HRB", 0.35), ("ZWZ", 0.35), ("LYC", 0.25), ("-", 0.3)]:
            if rng.random() > p:
                continue
            spec = {"SKF": base + " J2/Q", "NSK": "HR" + base + "J", "FAG": base + "-A", "TIMKEN": base}.get(brand, base)
            al = []
            if brand in ("HRB", "ZWZ", "LYC", "-") and base.startswith("302") and rng.random() < 0.6:
                al.append("72" + base[3:] + "E")
            bearing_row(c, rng, "trb", base, spec, brand, {}, al, "圆锥滚子轴承")
    inch = ["LM11949/LM11910", "LM11749/LM11710", "L44649/L44610", "L45449/L45410", "LM48548/LM48510", "LM67048/LM67010", "LM29749/LM29710",
            "HM88649/HM88610", "387A/382A", "3780/3720", "JL69349/JL69310", "M12649/M12610", "25580/25520", "HM212049/HM212011", "LM501349/LM501310", "HM218248/HM218210"]
    for s in inch:
        cone, cup = s.split("/")
        for k, nm, p in [(s, "圆锥滚子轴承(英制)", 0.9), (cone, "圆锥滚子轴承内圈(英制)", 0.6), (cup, "圆锥滚子轴承外圈(英制)", 0.45)]:
            for brand, pb in [("TIMKEN", 0.95), ("-", 0.3)]:
                if rng.random() < p * pb:
                    bearing_row(c, rng, "trb", k, k, brand, {}, [], nm)
    for base in ["72%02d" % i for i in range(0, 16)] + ["73%02d" % i for i in range(0, 13)]:
        for ang in ["B", "AC", "C"]:
            for brand, p in [("SKF", 0.4), ("NSK", 0.3), ("FAG", 0.2), ("HRB", 0.3), ("ZWZ", 0.25), ("-", 0.3)]:
                if rng.random() > p * (0.5 if ang == "C" else 1):
                    continue
                k = base + ang
                spec = {"SKF": base + " " + ang + "ECBP", "FAG": base + "-" + ang + "-XL-TVP", "NSK": base + ("BW" if ang == "B" else ang)}.get(brand, k)
                if brand == "NSK" and ang == "AC":
                    spec = base + "A5"
                bearing_row(c, rng, "acbb", k, spec, brand, {}, [k] if spec == base + "A5" else [], "角接触球轴承")
    for t in ["NU", "NJ", "N", "NUP"]:
        for i in range(4, 21):
            base = "%s2%02dE" % (t, i)
            for brand, p in [("SKF", 0.4), ("NSK", 0.3), ("FAG", 0.25), ("HRB", 0.3), ("ZWZ", 0.3), ("-", 0.2)]:
                if rng.random() > p * (0.5 if t in ("N", "NUP") else 1):
                    continue
                spec = {"SKF": "%s 2%02d ECP" % (t, i), "NSK": base + "W", "FAG": "%s2%02d-E-XL-TVP2" % (t, i)}.get(brand, base)
                bearing_row(c, rng, "crb", base, spec, brand, {"clear": ["CN"]}, [], "圆柱滚子轴承")
    for i in list(range(205, 221)) + list(range(308, 318)):
        base = "22%03d" % i if i < 300 else "22%03d" % i
        for var, p in [("E", 0.7), ("EK", 0.35), ("CA/W33", 0.5), ("CAK/W33", 0.25), ("CC/W33", 0.3)]:
            for brand in (["SKF", "FAG", "NSK"] if var in ("E", "EK") else ["ZWZ", "HRB", "LYC", "-"]):
                if rng.random() > p * 0.5:
                    continue
                k = base + var
                spec = {"SKF": base + " " + var, "FAG": base + "-" + var + "1" if var in ("E", "EK") else k, "NSK": base + var + "AE4"}.get(brand, k)
                if brand == "FAG":
                    spec = base + ("-E1" if var == "E" else "-E1-K")
                bearing_row(c, rng, "srb", k, spec, brand, {}, [k] if brand == "FAG" and var == "EK" else [], "调心滚子轴承")
    for base in ["511%02d" % i for i in range(0, 21)] + ["512%02d" % i for i in range(0, 16)]:
        for brand, p in [("SKF", 0.3), ("NSK", 0.25), ("HRB", 0.4), ("ZWZ", 0.3), ("-", 0.4)]:
            if rng.random() < p:
                bearing_row(c, rng, "thrust", base, base, brand, {}, ["8" + base[2:]] if brand in ("HRB", "ZWZ", "-") and rng.random() < 0.4 else [], "推力球轴承")
    for k in ["HK0810", "HK1010", "HK1210", "HK1512", "HK1614", "HK2016", "HK2020", "HK2520", "HK3020", "HK3520", "HK4020", "NK20/16", "NK25/20", "NK30/20",
              "NA4900", "NA4901", "NA4902", "NA4903", "NA4904", "NA4905", "NA4906", "NA4907", "NA4908", "NA4910"]:
        for brand, p in [("SKF", 0.3), ("NSK", 0.2), ("-", 0.6), ("C&U", 0.2)]:
            if rng.random() < p:
                bearing_row(c, rng, "needle", k, k, brand, {}, [], "滚针轴承")
    for n in [6, 8, 10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80]:
        for var, p in [("ES", 0.8), ("ES-2RS", 0.5)]:
            k = "GE%d%s" % (n, var)
            for brand, pb in [("SKF", 0.5), ("-", 0.7)]:
                if rng.random() < p * pb:
                    spec = "GE %d %s" % (n, var) if brand == "SKF" else k
                    bearing_row(c, rng, "plain", k, spec, brand, {}, [], "向心关节轴承")
    for t in ["UCP", "UCF", "UCFL", "UCT", "UC"]:
        for i in range(204, 213):
            k = "%s%d" % (t, i)
            for brand, p in [("FYH", 0.35), ("NSK", 0.2), ("ZWZ", 0.4), ("-", 0.5)]:
                if rng.random() < p:
                    bearing_row(c, rng, "unit", k, k, brand, {}, [], "外球面轴承" if t == "UC" else "带座轴承")


# ---------------------------------------------------------------- seals
ORING_ID = [3, 3.15, 3.55, 4, 4.5, 5, 5.3, 5.6, 6, 6.3, 6.7, 6.9, 7.1, 7.5, 8, 8.5, 8.75, 9, 9.5, 10, 10.6, 11.2, 11.6, 11.8, 12.1, 12.5, 12.8, 13.2,
            14, 14.5, 15, 15.5, 16, 17, 18, 19, 20, 21.2, 22.4, 23, 23.6, 24.3, 25, 25.8, 26.5, 27.3, 28, 29, 30, 31.5, 32.5, 33.5, 34.5, 35.5,
            36.5, 37.5, 38.7, 40, 41.2, 42.5, 43.7, 45, 46.2, 47.5, 48.7, 50, 51.5, 53, 54.5, 56, 58, 60, 61.5, 63, 65, 67, 69, 71, 73, 75,
            77.5, 80, 82.5, 85, 87.5, 90, 92.5, 95, 97.5, 100, 103, 106, 109, 112, 115, 118, 122, 125, 128, 132, 136, 140, 145, 150, 155,
            160, 165, 170, 175, 180, 185, 190, 195, 200, 206, 212, 218, 224, 230, 236, 243, 250, 258, 265, 272, 280, 290, 300, 307, 315,
            325, 335, 345, 355, 365, 375, 387, 400]
CS_RANGE = {1.8: (3, 50), 2.65: (10, 150), 3.55: (18, 200), 5.3: (40, 400), 7: (109, 400)}
JIS_P = ["P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P10A", "P11", "P11.2", "P12", "P12.5", "P14", "P15", "P16", "P18", "P20", "P21", "P22",
         "P22A", "P22.4", "P24", "P25", "P25.5", "P26", "P28", "P29", "P29.5", "P30", "P31", "P31.5", "P32", "P34", "P35", "P35.5", "P36", "P38",
         "P39", "P40", "P41", "P42", "P44", "P45", "P46", "P48", "P48A", "P49", "P50", "P50A", "P52", "P53", "P55", "P56", "P58", "P60", "P62",
         "P63", "P65", "P67", "P70", "P71", "P75", "P80", "P85", "P90", "P95", "P100", "P102", "P105", "P110", "P112", "P115", "P120", "P125",
         "P130", "P132", "P135", "P140", "P145", "P150", "P150A", "P155", "P160", "P165", "P170", "P175", "P180", "P185", "P190", "P195", "P200"]
JIS_G = ["G%d" % i for i in list(range(25, 205, 5)) + list(range(210, 310, 10))]
OIL_SEALS = [(12, 22, 5), (12, 24, 7), (15, 25, 7), (15, 30, 7), (17, 30, 7), (17, 35, 7), (20, 30, 7), (20, 35, 7), (20, 40, 7), (22, 35, 7),
             (22, 40, 7), (25, 35, 7), (25, 40, 7), (25, 42, 7), (25, 47, 7), (28, 40, 7), (28, 47, 7), (30, 42, 7), (30, 45, 8), (30, 47, 7),
             (30, 50, 10), (30, 52, 7), (32, 45, 8), (32, 47, 7), (32, 52, 7), (35, 47, 7), (35, 50, 8), (35, 52, 7), (35, 55, 10), (35, 62, 8),
             (38, 52, 7), (38, 55, 8), (40, 52, 7), (40, 55, 8), (40, 58, 8), (40, 60, 10), (40, 62, 8), (40, 62, 10), (42, 55, 8), (42, 62, 8),
             (45, 60, 8), (45, 62, 8), (45, 65, 10), (45, 68, 10), (48, 62, 8), (48, 70, 10), (50, 65, 8), (50, 68, 8), (50, 70, 10), (50, 72, 8),
             (55, 70, 8), (55, 72, 10), (55, 75, 10), (55, 80, 10), (60, 75, 8), (60, 80, 10), (60, 85, 10), (65, 85, 10), (65, 90, 10), (70, 90, 10),
             (70, 95, 10), (75, 95, 10), (75, 100, 10), (80, 100, 10), (80, 105, 13), (85, 110, 12), (90, 110, 12), (90, 115, 13), (95, 120, 12),
             (100, 120, 12), (100, 125, 12), (105, 130, 12), (110, 130, 12), (110, 140, 14), (120, 150, 15), (130, 160, 15), (140, 170, 15), (150, 180, 15)]
STYPE_CN = {"UN": "Y型圈", "UHS": "Y型圈", "IDI": "Y型圈", "ODI": "Y型圈", "DKI": "防尘圈", "DKB": "防尘圈", "GSF": "格莱圈", "GSJ": "斯特封", "WR": "导向带"}


def build_seals(c, rng):
    for cs, (lo, hi) in CS_RANGE.items():
        for i in ORING_ID:
            if not (lo <= i <= hi):
                continue
            for mat, hard, p in [("NBR", "70", 0.95), ("NBR", "90", 0.45), ("FKM", "75", 0.6), ("HNBR", "70", 0.08)]:
                for brand, pb in [("-", 1.0), ("NOK", 0.3), ("PARKER", 0.12)]:
                    if rng.random() > p * pb:
                        continue
                    clerk = rng.choice("ABCD")
                    size = {"A": "%s×%s", "B": "%s*%s", "C": "%sX%s", "D": "Φ%sx%s"}[clerk] % (fmt(i), fmt(cs))
                    mt = {"NBR": "丁腈" if clerk in "BD" else "NBR", "FKM": "氟胶" if clerk in "BD" else "FKM", "HNBR": "HNBR"}[mat]
                    show_h = clerk in "AC" or rng.random() < 0.3
                    spec = size + " " + mt + (hard if show_h and clerk != "B" else (" " + hard + "度" if show_h else ""))
                    if clerk == "A":
                        spec = "GB/T 3452.1 " + spec
                    name = {"A": "O形橡胶密封圈", "B": "O型圈", "C": "O-RING", "D": "O型密封圈"}[clerk]
                    if brand != "-":
                        name = {"NOK": "NOK ", "PARKER": "派克"}[brand] + name
                    at = {"fam": ["oring"], "k": "%sx%s" % (fmt(i), fmt(cs)), "mat": [mat], "hard": [hard] if show_h else None,
                          "std": ["GB/T 3452.1"] if clerk == "A" else None, "brand": [brand]}
                    c.add("07.01", name, spec, "PCS" if clerk != "B" else "只", "密封件", ["OXQ" + fmt(i) + "X" + fmt(cs)] if rng.random() < 0.2 else [], at,
                          legacy=(clerk == "C" and rng.random() < 0.4))
    for code in JIS_P + JIS_G:
        for mat, hard, mc, p in [("NBR", "70", "1A", 0.85), ("NBR", "90", "1B", 0.4), ("FKM", "75", "4D", 0.4)]:
            for brand, pb in [("NOK", 1.0), ("-", 0.35)]:
                if rng.random() > p * pb:
                    continue
                if brand == "NOK":
                    spec = rng.choice(["%s %s", "%s NBR-%s", "JIS B2401 %s %s"])
                    spec = spec % (code, mc + "(%s-%s)" % (mat, hard)) if spec.count("%s") == 2 and "NBR" not in spec else (code + (" NBR-" + hard if mat == "NBR" else " FKM-" + hard))
                    if "JIS" not in spec and rng.random() < 0.4:
                        spec = "JIS B2401 " + spec
                else:
                    spec = "%s %s%s" % (code, {"NBR": "丁腈", "FKM": "氟胶"}[mat], hard)
                at = {"fam": ["oring"], "k": code, "mat": [mat], "hard": [hard], "std": ["JIS B2401"] if "JIS" in spec else None, "brand": [brand]}
                c.add("07.01", ("NOK " if brand == "NOK" else "") + "O型圈(日标)", spec, "PCS", "密封件", [], at)
    as568 = ["2-%03d" % i for i in list(range(6, 51)) + list(range(110, 179)) + list(range(210, 282)) + list(range(325, 396)) + list(range(425, 476))]
    for code in as568:
        for mat, hard, comp, p in [("NBR", "70", "N674-70", 0.5), ("NBR", "90", "N552-90", 0.15), ("FKM", "75", "V747-75", 0.3)]:
            if rng.random() > p:
                continue
            brand = "PARKER" if rng.random() < 0.75 else "-"
            spec = "%s %s" % (code, comp) if brand == "PARKER" else "AS568 %s %s%s" % (code, mat, hard)
            at = {"fam": ["oring"], "k": code, "mat": [mat], "hard": [hard], "std": ["AS 568"] if "AS568" in spec else None, "brand": [brand]}
            c.add("07.01", "O型圈(英制)" if brand == "-" else "PARKER O-RING", spec, "PCS", "密封件", [], at)
    for (d, D, b) in OIL_SEALS:
        for typ, p in [("TC", 0.9), ("TG", 0.3), ("SC", 0.3), ("TCV", 0.15), ("VC", 0.15)]:
            for mat, pm in [("NBR", 1.0), ("FKM", 0.4)]:
                for brand, pb in [("-", 0.9), ("NOK", 0.35), ("SKF", 0.1)]:
                    if rng.random() > p * pm * pb:
                        continue
                    clerk = rng.choice("ABD")
                    size = {"A": "%d×%d×%d", "B": "%d*%d*%d", "D": "%dx%dx%d"}[clerk] % (d, D, b)
                    if brand == "NOK":
                        spec = "%s %d-%d-%d %s" % (typ, d, D, b, mat)
                        k = "%dx%dx%d" % (d, D, b)
                    else:
                        spec = "%s%s %s" % (typ, size, {"NBR": "丁腈", "FKM": "氟胶"}[mat])
                        k = "%dx%dx%d" % (d, D, b)
                    name = {"A": "骨架油封", "B": "油封", "D": "骨架油封"}[clerk]
                    if brand != "-":
                        name = brand + " " + name
                    at = {"fam": ["oil_seal"], "k": k, "stype": [typ], "mat": [mat] if brand != "NOK" else [mat], "brand": [brand]}
                    c.add("07.02", name, spec, "PCS", "密封件", ["YF" + k.upper()] if rng.random() < 0.2 else [], at)
    rods = [20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 90, 100, 110, 125, 140, 160]
    pistons = [40, 50, 63, 80, 100, 125, 140, 160, 180, 200, 220, 250]
    for d in rods:
        for typ, D, H in [("UHS", d + 10, 6), ("UHS", d + 8, 6), ("IDI", d + 10, 6), ("UN", d + 10, 8), ("UN", d + 8, 6), ("DKI", d + 12, 7), ("DKB", d + 8, 5), ("GSJ", d + 7.5, 4.2), ("WR", d + 5, 9.7)]:
            for brand, p in [("NOK", 0.45), ("PARKER", 0.2), ("HALLITE", 0.12), ("TRELLEBORG", 0.12), ("-", 0.45)]:
                if typ in ("GSJ",) and brand == "NOK":
                    continue
                if rng.random() > p:
                    continue
                mat = {"UHS": "PU", "IDI": "PU", "UN": "NBR", "DKI": "PU", "DKB": "PU", "GSJ": "PTFE", "WR": "PTFE"}[typ]
                k = "%sx%sx%s" % (fmt(d), fmt(D), fmt(H))
                clerk = rng.choice("ABC")
                size = k.replace("x", {"A": "×", "B": "*", "C": "X"}[clerk])
                name = STYPE_CN[typ] if clerk != "C" else {"UHS": "ROD SEAL", "IDI": "ROD SEAL", "UN": "U-RING", "DKI": "WIPER", "DKB": "WIPER", "GSJ": "STEP SEAL", "WR": "WEAR RING"}[typ]
                spec = "%s %s" % (typ, size) + (" " + mat if clerk == "A" else "")
                if brand != "-":
                    name = {"NOK": "NOK ", "PARKER": "派克", "HALLITE": "HALLITE ", "TRELLEBORG": "特瑞堡"}[brand] + name
                at = {"fam": ["hyd_seal"], "k": k, "stype": [typ], "mat": [mat] if clerk == "A" else None, "brand": [brand], "pos": ["rod"]}
                c.add("07.03", name, spec, "PCS", "密封件", [], at, legacy=(clerk == "C" and rng.random() < 0.3))
    for D in pistons:
        for typ, d, H in [("ODI", D - 10, 6), ("UN", D - 10, 8), ("GSF", D - 15.5, 6.3), ("WR", D - 5, 9.7), ("SPGW", D - 15, 20)]:
            for brand, p in [("NOK", 0.5), ("PARKER", 0.25), ("HALLITE", 0.15), ("TRELLEBORG", 0.15), ("-", 0.5)]:
                if rng.random() > p:
                    continue
                mat = {"ODI": "PU", "UN": "NBR", "GSF": "PTFE", "WR": "PTFE", "SPGW": "PTFE"}[typ]
                k = "%sx%sx%s" % (fmt(D), fmt(d), fmt(H))
                clerk = rng.choice("AB")
                size = k.replace("x", "×" if clerk == "A" else "*")
                name = STYPE_CN.get(typ, "活塞组合密封")
                if brand != "-":
                    name = {"NOK": "NOK ", "PARKER": "派克", "HALLITE": "HALLITE ", "TRELLEBORG": "特瑞堡"}[brand] + name
                at = {"fam": ["hyd_seal"], "k": k, "stype": [typ], "mat": None, "brand": [brand], "pos": ["piston"]}
                c.add("07.03", name, "%s %s" % (typ, size), "PCS", "密封件", [], at)
    for s in [8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        for p, mat in [(0.9, "NBR"), (0.3, "FKM")]:
            if rng.random() < p:
                spec = "JB/T 982 %d%s" % (s, "" if mat == "NBR" else " 氟胶")
                at = {"fam": ["bonded"], "k": str(s), "mat": [mat], "std": ["JB/T 982"], "brand": ["-"]}
                c.add("07.04", "组合密封垫圈", spec, "PCS", "密封件", ["ZHD" + str(s)] if rng.random() < 0.5 else [], at)


# ---------------------------------------------------------------- hydraulics
HYD_CN = {"dir_valve": "电磁换向阀", "relief_valve": "溢流阀", "flow_valve": "节流阀", "check_valve": "单向阀", "vane_pump": "叶片泵",
          "piston_pump": "柱塞泵", "gear_pump": "齿轮泵", "filter_el": "滤芯", "accum": "蓄能器", "transducer": "压力传感器", "motor": "摆线马达",
          "suction_filter": "吸油过滤器", "return_filter": "回油过滤器", "fitting": "卡套接头", "ball_valve": "高压球阀", "test_point": "测压接头", "hose": "高压胶管总成"}


def hrow(c, rng, fam, code, brand, extra_al=None, model=None, volt=None, spec_extra="", cn=None, extra_at=None):
    clerk = rng.choice("ABC")
    bcn = {"REXROTH": "力士乐", "HUADE": "华德", "EATON": "威格士", "YUKEN": "油研", "YUCI": "榆次油研", "PARKER": "派克", "ATOS": "阿托斯",
           "DANFOSS": "丹佛斯", "HYDAC": "贺德克", "LEEMIN": "黎明", "STAUFF": "STAUFF", "-": ""}[brand]
    cnn = cn or HYD_CN[fam]
    if clerk == "A":
        name, spec = cnn, code + spec_extra + ((" " + brand) if brand != "-" else "")
    elif clerk == "B":
        name, spec = bcn + cnn, code + spec_extra
    else:
        name, spec = cnn, (bcn + " " if bcn else "") + code + spec_extra
    at = {"fam": [fam], "k": code.upper().replace(" ", ""), "brand": [brand]}
    if model:
        at["model"] = model
    if volt:
        at["volt"] = [volt]
    at.update(extra_at or {})
    al = list(extra_al or [])
    return c.add("08.01" if "valve" in fam else ("08.02" if "pump" in fam or fam == "motor" else "08.03"), name, spec, "PCS" if clerk != "B" else "台",
                 "液压件", al, at)


def build_hydraulics(c, rng):
    used_mat = set()

    def rmat():
        while True:
            n = "R900%06d" % rng.randrange(200000, 999999)
            if n not in used_mat:
                used_mat.add(n)
                return n
    for size, des, cc in [("6", "6X", "E"), ("10", "3X", "C")]:
        for spool in ["D", "E", "EA", "G", "H", "J", "M", "Y", "C", "F"]:
            for volt, vt in [("G24", "24VDC"), ("W230", "230VAC"), ("W110", "110VAC")]:
                for v in ["", "/V"]:
                    code = "4WE%s%s%s/%s%sN9K4%s" % (size, spool, des, cc, volt, v)
                    if rng.random() < (0.55 if v == "" else 0.2) * (1 if volt == "G24" else 0.4):
                        hrow(c, rng, "dir_valve", code, "REXROTH", [rmat()] if rng.random() < 0.7 else [], volt=vt)
                    hcode = "4WE%s%s%sB/%s%sN9Z5L%s" % (size, spool, "61" if size == "6" else "31", cc, volt, v)
                    if rng.random() < (0.35 if v == "" else 0.1) * (1 if volt == "G24" else 0.4):
                        hrow(c, rng, "dir_valve", hcode, "HUADE", volt=vt)
    for size in ["6", "10", "20", "30"]:
        for pr in ["50", "100", "200", "315", "400"]:
            code = "DBDS%sK1X/%s" % (size, pr)
            for brand, p in [("REXROTH", 0.5), ("HUADE", 0.4)]:
                if rng.random() < p:
                    hrow(c, rng, "relief_valve", code if brand == "REXROTH" else "DBDS%sK10B/%s" % (size, pr), brand, [rmat()] if brand == "REXROTH" and rng.random() < 0.6 else [])
            code = "DBW%sB-1-5X/%s-6EG24N9K4" % (size, pr) if size != "6" else None
            if code and rng.random() < 0.45:
                hrow(c, rng, "relief_valve", code, "REXROTH", [rmat()])
    for code, fam in [("Z2FS6-2-4X/2QV", "flow_valve"), ("Z2FS10-5-3X/V", "flow_valve"), ("Z2FS16-8-3X/S2", "flow_valve"), ("Z2S6-1-6X", "check_valve"),
                      ("Z2S10-1-3X", "check_valve"), ("Z2S16-1-5X", "check_valve"), ("S10A1.0", "check_valve"), ("S20A1.0", "check_valve"), ("S10P1.0", "check_valve"),
                      ("Z1S6P1-3X/V", "check_valve"), ("ZDB6VP2-4X/315V", "relief_valve"), ("ZDB10VP2-4X/315V", "relief_valve"), ("Z2DB6VC2-4X/315V", "relief_valve")]:
        for brand, p in [("REXROTH", 0.9), ("HUADE", 0.5)]:
            if rng.random() < p:
                hrow(c, rng, fam, code, brand, [rmat()] if brand == "REXROTH" and rng.random() < 0.6 else [])
    for spool in ["0A", "0C", "2A", "2AL", "2B", "2C", "2N", "6C", "7C", "8C", "22A", "33C"]:
        for coil, vt in [("H7", "24VDC"), ("B7", "110VAC"), ("G7", "12VDC")]:
            code = "DG4V-3-%s-M-U-%s-60" % (spool, coil)
            if rng.random() < (0.7 if coil == "H7" else 0.25):
                hrow(c, rng, "dir_valve", code, "EATON", volt=vt)
            if rng.random() < 0.12:
                hrow(c, rng, "dir_valve", code + "-EN490", "EATON", volt=vt)
    for ser, flows in [("20V", [2, 3, 5, 6, 8, 9, 11, 12, 14]), ("25V", [10, 12, 14, 17, 19, 21]), ("35V", [21, 25, 30, 35, 38]), ("45V", [42, 50, 60])]:
        for fl in flows:
            for cover in ["1A22", "1C22"]:
                code = "%s%dA-%s" % (ser, fl, cover)
                if rng.random() < 0.4:
                    hrow(c, rng, "vane_pump", code, "EATON")
                if rng.random() < 0.35:
                    hrow(c, rng, "vane_pump", code + "R", "EATON")
    for pre in ["V10-1P", "V20-1P"]:
        for fl in [2, 3, 4, 5, 6, 7, 9, 11, 13]:
            code = "%s%dP-1C20" % (pre, fl)
            if rng.random() < 0.5:
                hrow(c, rng, "vane_pump", code, "EATON")
    for size in ["01", "03"]:
        for sp in ["2B2", "3C2", "3C3", "3C4", "3C6", "3C60", "3C9", "2B8"]:
            for volt, vt in [("D24", "24VDC"), ("A220", "220VAC"), ("R220", "220VAC")]:
                code = "DSG-%s-%s-%s-N1-%s" % (size, sp, volt, "50" if size == "01" else "50")
                for brand, p in [("YUKEN", 0.5), ("YUCI", 0.35)]:
                    if rng.random() < p * (1 if volt == "D24" else 0.35):
                        hrow(c, rng, "dir_valve", code, brand, volt=vt)
    for ser, flows, dn in [("PV2R1", [6, 8, 10, 12, 14, 17, 19, 23, 25, 31], "43"), ("PV2R2", [26, 33, 41, 47, 53, 59, 65], "41"), ("PV2R3", [52, 60, 66, 76, 94, 116], "31"),
                           ("PV2R4", [136, 153, 184, 200, 237], "30")]:
        for fl in flows:
            code = "%s-%d-F-RAA-%s" % (ser, fl, dn)
            for brand, p in [("YUKEN", 0.75), ("YUCI", 0.5), ("-", 0.15)]:
                if rng.random() < p:
                    hrow(c, rng, "vane_pump", code, brand)
            if rng.random() < 0.2:
                hrow(c, rng, "vane_pump", code.replace("-F-RAA-", "-F-LAA-"), "YUKEN")
    for a, ctl in [("A16", "01"), ("A22", "01"), ("A37", "01"), ("A56", "04"), ("A70", "04"), ("A90", "04"), ("A145", "04")]:
        for suf in ["F-R-%s-B-K-32" % ctl, "F-R-%s-H-K-32" % ctl, "F-R-%s-C-K-32" % ctl]:
            code = "%s-%s" % (a, suf)
            for brand, p in [("YUKEN", 0.5), ("YUCI", 0.35)]:
                if rng.random() < p:
                    hrow(c, rng, "piston_pump", code, brand)
    for code in ["BT-03-32", "BT-06-32", "BT-10-32", "BG-03-32", "BG-06-32", "BG-10-32", "MRV-03-P-3-20", "MRV-03-A-3-20", "CIT-03-50", "CIT-06-50",
                 "SRCG-03-50", "SRCG-06-50", "MCP-03-2-10", "MCA-03-2-10"]:
        for brand, p in [("YUKEN", 0.8), ("YUCI", 0.5)]:
            if rng.random() < p:
                hrow(c, rng, "relief_valve" if code[0] in "BM" and "C" not in code[:3] else "check_valve", code, brand)
    for sp in ["001", "002", "004", "008", "011", "020", "030", "081"]:
        for seal in ["N", "V"]:
            code = "D1VW%sC%sJW" % (sp, seal)
            if rng.random() < (0.55 if seal == "N" else 0.2):
                hrow(c, rng, "dir_valve", code, "PARKER", volt="24VDC")
            if rng.random() < 0.15:
                hrow(c, rng, "dir_valve", code + "91", "PARKER", volt="24VDC")
    for disp in ["016", "020", "023", "032", "040", "046", "063", "080", "092", "140"]:
        code = "PV%sR1K1T1NMMC" % disp
        if rng.random() < 0.6:
            hrow(c, rng, "piston_pump", code, "PARKER")
    for n in ["937399Q", "932612Q", "933253Q", "937397Q", "926835Q", "932667Q", "934422Q", "937856Q", "G04251", "G04259", "G01920Q", "FC1293.Q010.BS"]:
        for brand, p in [("PARKER", 0.9), ("LEEMIN", 0.3), ("-", 0.2)]:
            if rng.random() < p:
                hrow(c, rng, "filter_el", n, brand)
    for code, fam in [("DHI-0631/2", "dir_valve"), ("DHI-0713/2", "dir_valve"), ("DHI-0751/2", "dir_valve"), ("DHI-0611/2", "dir_valve"), ("DKE-1631/2", "dir_valve"),
                      ("DKE-1711/2", "dir_valve"), ("DHE-0631/2", "dir_valve"), ("AGAM-20/10/210", "relief_valve"), ("AGAM-20/10/350", "relief_valve"),
                      ("ARE-06/100", "relief_valve"), ("HMP-011/210", "relief_valve"), ("QV-06/24", "flow_valve"), ("HQ-012/U", "flow_valve")]:
        for v in ["", "/A"] if fam == "dir_valve" else [""]:
            for volt, vt, p in [("24DC", "24VDC", 0.8), ("220/50AC", "220VAC", 0.25)] if fam == "dir_valve" else [(None, None, 0.8)]:
                if rng.random() < p * (0.4 if v else 1):
                    hrow(c, rng, fam, code + v, "ATOS", volt=vt, spec_extra=(" " + volt + " 23") if volt else "")
    for disp, codes in [("OMR 50", "151-0211"), ("OMR 80", "151-0212"), ("OMR 100", "151-0213"), ("OMR 125", "151-0214"), ("OMR 160", "151-0215"),
                        ("OMR 200", "151-0216"), ("OMR 250", "151-0217"), ("OMR 315", "151-0218"), ("OMP 50", "151-0601"), ("OMP 100", "151-0603"),
                        ("OMP 160", "151-0605"), ("OMS 200", "151F0504"), ("OMS 315", "151F0506")]:
        if rng.random() < 0.85:
            r = hrow(c, rng, "motor", codes, "DANFOSS", ["BMR" + disp[4:]] if rng.random() < 0.4 else [], model=[disp.replace(" ", "")], spec_extra="")
            r["spec"] = disp + " " + r["spec"]
        if rng.random() < 0.5:
            r = hrow(c, rng, "motor", "BMR" + disp[4:] if disp.startswith("OMR") else "BMP" + disp[4:], "-", model=[disp.replace(" ", "")])
    for i in range(0, 60):
        code = "060G%04d" % (1100 + i * 3 + rng.randrange(3))
        rng_ = rng.choice(["0-250BAR", "0-400BAR", "0-160BAR", "0-600BAR", "0-100BAR"])
        if rng.random() < 0.6:
            r = hrow(c, rng, "transducer", code, "DANFOSS", model=["MBS3000"], spec_extra="")
            r["spec"] = "MBS 3000 " + r["spec"] + " " + rng_
    for size in ["0030", "0060", "0110", "0160", "0240", "0330", "0500", "0660", "0850", "1300"]:
        for typ in ["D", "R"]:
            for mic in ["003", "005", "010", "020"]:
                for media in ["BN4HC", "W/HC", "BH4HC"]:
                    if rng.random() > 0.12:
                        continue
                    code = "%s%s%s%s" % (size, typ, mic, media)
                    hrow(c, rng, "filter_el", code, "HYDAC")
                    if rng.random() < 0.35:
                        hrow(c, rng, "filter_el", code + "/-V", "HYDAC")
                    if rng.random() < 0.3:
                        hrow(c, rng, "filter_el", code, "LEEMIN")
                    if rng.random() < 0.15:
                        hrow(c, rng, "filter_el", code, "-")
    for vol in ["1", "2.5", "4", "6", "10", "20", "32", "50"]:
        for p in ["330", "210"]:
            if rng.random() < 0.6:
                hrow(c, rng, "accum", "SB%s-%sA1/112U-%sA" % (p, vol, p), "HYDAC")
            if rng.random() < 0.4:
                hrow(c, rng, "accum", "NXQ-A-%s/31.5-L-Y" % vol if p == "330" else "NXQ-A-%s/20-L-Y" % vol, "-")
    for code in ["EDS 3446-2-0250-000", "EDS 3446-2-0400-000", "EDS 3446-2-0100-000", "HDA 4745-A-250-000", "HDA 4745-A-400-000", "HDA 4445-A-250-000",
                 "EDS 344-2-250-000", "EDS 344-2-400-000"]:
        if rng.random() < 0.8:
            hrow(c, rng, "transducer", code, "HYDAC")

    # tube fittings (24 deg cone, DIN 2353 / ISO 8434-1) - Parker EO codes and the domestic shorthand
    lser = [(6, "M10x1", "1/8"), (8, "M12x1.5", "1/4"), (10, "M14x1.5", "1/4"), (12, "M16x1.5", "3/8"), (15, "M18x1.5", "1/2"), (18, "M22x1.5", "1/2"),
            (22, "M27x2", "3/4"), (28, "M33x2", "1"), (35, "M42x2", "1-1/4"), (42, "M48x2", "1-1/2")]
    sser = [(6, "M12x1.5", "1/4"), (8, "M14x1.5", "1/4"), (10, "M16x1.5", "3/8"), (12, "M18x1.5", "3/8"), (14, "M20x1.5", "1/2"), (16, "M22x1.5", "1/2"),
            (20, "M27x2", "3/4"), (25, "M33x2", "1"), (30, "M42x2", "1-1/4"), (38, "M48x2", "1-1/2")]
    fit_cn = {"GE": "卡套直通终端接头", "WE": "卡套直角终端接头", "G": "卡套直通接头", "W": "卡套直角弯头", "T": "卡套三通", "EW": "可调向直角接头"}
    for ser, lst in [("L", lser), ("S", sser)]:
        for od, mth, bsp in lst:
            for typ in ["GE", "WE", "G", "W", "T", "EW"]:
                if typ in ("GE", "WE"):
                    for th, pcode in [(mth, "M"), ("R" + bsp, "R" + bsp)]:
                        for mat, suf, p in [("CS", "CF", 0.55), ("SS316", "71", 0.12)]:
                            if rng.random() < p:
                                hrow(c, rng, "fitting", "%s%d%s%sEDOMD%s" % (typ, od, ser, pcode, suf), "PARKER", cn=fit_cn[typ],
                                     extra_at={"mat": [mat]}, spec_extra=(" " + th if pcode == "M" else ""))
                        if rng.random() < 0.5:
                            hrow(c, rng, "fitting", "%s%d%s-%s" % (typ, od, ser, th), "-", cn=fit_cn[typ], extra_at={"mat": ["CS"]})
                else:
                    if rng.random() < 0.5:
                        hrow(c, rng, "fitting", "%s%d%sOMDCF" % (typ, od, ser), "PARKER", cn=fit_cn[typ], extra_at={"mat": ["CS"]})
                    if rng.random() < 0.5:
                        hrow(c, rng, "fitting", "%s%d%s" % (typ, od, ser), "-", cn=fit_cn[typ], extra_at={"mat": ["CS"]})
    for t in ["H", "J"]:
        for dn in [10, 15, 20, 25, 32, 40, 50]:
            for end in ["N", "W"]:
                if rng.random() < 0.45:
                    hrow(c, rng, "ball_valve", "YJZQ-%s%d%s" % (t, dn, end), "-")
    for th in ["G1/4", "G3/8", "G1/2", "G3/4", "G1", "G1-1/4", "M22x1.5", "M27x2", "M33x2"]:
        for tail in ["-1112-01X", "-1212-01X"]:
            if rng.random() < 0.4:
                hrow(c, rng, "ball_valve", "KHB-%s%s" % (th, tail), "HYDAC")
    for code in ["SMK20-M14x1.5-PC", "SMK20-M16x1.5-PC", "SMK20-G1/4-PC", "SMK20-M10x1-PC", "SMK20-G1/8-PC", "SMS-20-1000", "SMS-20-400", "SMS-20-1500"]:
        for brand, p in [("STAUFF", 0.7), ("HYDAC", 0.3), ("-", 0.4)]:
            if rng.random() < p:
                hrow(c, rng, "test_point", code, brand, cn="测压接头" if code.startswith("SMK") else "测压软管")
    for q in ["4", "6", "10", "16", "20", "25", "32", "40", "50", "63", "80", "100", "125"]:
        for p in [0.9, 0.4]:
            if rng.random() < p:
                hrow(c, rng, "gear_pump", "CB-B" + q, "-")
    for q in ["304", "306", "310", "314", "316", "320", "325", "332", "340", "350", "363"]:
        if rng.random() < 0.7:
            hrow(c, rng, "gear_pump", "CBN-E" + q, "-")
            if rng.random() < 0.3:
                hrow(c, rng, "gear_pump", "CBN-E" + q + "-FHL", "-")
    hose_th = {6: ["M14x1.5"], 8: ["M16x1.5"], 10: ["M18x1.5", "M22x1.5"], 12: ["M22x1.5"], 16: ["M27x2", "M30x2"], 19: ["M30x2", "M36x2"],
               25: ["M42x2", "M45x2"], 32: ["M52x2"]}
    for dn, ths in hose_th.items():
        for typ in ["1SN", "2SN", "4SP"]:
            if typ == "4SP" and dn < 10:
                continue
            for L in [300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000]:
                for th in ths:
                    if rng.random() < 0.3:
                        hrow(c, rng, "hose", "%d-%s-%d" % (dn, typ, L), "-", cn=rng.choice(["高压胶管总成", "液压软管总成", "胶管总成"]),
                             extra_at={"thread": [th]}, spec_extra=" " + th)
    for pre, fam, flows, tail in [("WU", "suction_filter", [25, 40, 63, 100, 160, 250, 400, 630, 800], ["x80F", "x100F", "x180F"]),
                                  ("TF", "suction_filter", [25, 40, 63, 100, 160, 250, 400, 630, 800], ["x80L", "x100L", "x180L"]),
                                  ("ZU-H", "filter_el", [10, 25, 40, 63, 100, 160, 250, 400], ["x3FS", "x5FS", "x10FS", "x20FS", "x3P", "x10P"]),
                                  ("FAX", "filter_el", [25, 40, 63, 100, 160, 250, 400, 630, 800], ["x10", "x20", "x5"]),
                                  ("TFX", "filter_el", [25, 40, 63, 100, 160, 250, 400, 630, 800], ["x80", "x100", "x180"])]:
        for fl in flows:
            for t in tail:
                if rng.random() < 0.45:
                    hrow(c, rng, fam, "%s-%d%s" % (pre, fl, t), "LEEMIN")
                    if rng.random() < 0.2:
                        hrow(c, rng, fam, "%s-%d%s" % (pre, fl, t) + "Y", "LEEMIN")


# ---------------------------------------------------------------- other purchased parts
def build_other(c, rng):
    for typ, lens in [("A", range(800, 3001, 50)), ("B", range(1000, 4001, 50)), ("C", range(1600, 5001, 100)), ("SPA", range(900, 3001, 50)),
                      ("SPB", range(1250, 4001, 50)), ("SPZ", range(600, 2001, 50))]:
        for L in lens:
            for brand, p in [("GATES", 0.15), ("OPTIBELT", 0.08), ("SANWEI", 0.2), ("-", 0.15)]:
                if rng.random() > p:
                    continue
                k = "%s%d" % (typ, L)
                spec = {"GATES": "%s %d Li" % (typ, L) if len(typ) == 1 else "%s %d" % (typ, L), "OPTIBELT": "%s %d Lw" % (typ, L)}.get(brand, "%s-%d" % (typ, L))
                name = "三角带" if len(typ) == 1 else "窄V带"
                if brand != "-":
                    name = {"GATES": "盖茨", "OPTIBELT": "OPTIBELT ", "SANWEI": "三维"}[brand] + name
                at = {"fam": ["vbelt"], "k": k, "brand": [brand]}
                c.add("09.01", name, spec, "根", "传动件", [], at)
    for pitch in ["5M", "8M", "14M"]:
        for L in range(400, 2801, 80):
            for w in {"5M": [15, 25], "8M": [20, 30, 50], "14M": [40, 55, 85]}[pitch]:
                if rng.random() > 0.08:
                    continue
                k = "%d-%s-%d" % (L, pitch, w)
                spec = rng.choice(["HTD%d-%s-%d", "%d-%s-%d"]) % (L, pitch, w)
                c.add("09.01", "同步带", spec, "根", "传动件", [], {"fam": ["sync_belt"], "k": k, "brand": ["-"]})
    for model in ["YN-60", "YN-60Z", "YN-100", "YN-100Z", "Y-60", "Y-100"]:
        for rg in ["0-1", "0-1.6", "0-2.5", "0-4", "0-6", "0-10", "0-16", "0-25", "0-40", "0-60"]:
            for th in ["M14x1.5", "M20x1.5", "G1/4"]:
                if rng.random() > 0.22:
                    continue
                brand = rng.choice(["HONGQI", "BLD", "-", "-"])
                bn = {"HONGQI": "红旗", "BLD": "布莱迪", "-": ""}[brand]
                spec = "%s %sMPa %s" % (model, rg, th)
                nm = ("耐震压力表" if model.startswith("YN") else "压力表")
                at = {"fam": ["gauge"], "k": model, "range": [rg], "thread": [th], "brand": [brand]}
                c.add("09.02", bn + nm, spec, "只", "仪表", [], at)
    for code in ["E2E-X2ME1", "E2E-X5ME1", "E2E-X8MD1", "E2E-X10ME1", "E2E-X1R5E1", "E2E-X2E1", "E2E-X5E1", "E2E-X5MF1", "E2E-X10MF1", "E2E-X18ME1"]:
        for v in ["", "-Z"]:
            for cable in ["2M", "5M"]:
                if rng.random() < (0.6 if cable == "2M" else 0.2) * (1 if v == "" else 0.5):
                    at = {"fam": ["prox"], "k": code + v, "cable": [cable], "brand": ["OMRON"]}
                    c.add("09.03", "接近开关", "%s%s %s" % (code, v, cable), "只", "电气元件", [], at)
    for code in ["BES 516-324-G-E5-C-S4", "BES 516-325-G-E5-C-S4", "BES 516-326-G-E5-C-S4", "BES M12MI-PSC40B-S04G", "BES M18MI-PSC80B-S04G",
                 "BES M08MI-PSC15B-S49G", "BES M30MI-PSC15B-BV03"]:
        if rng.random() < 0.9:
            c.add("09.03", "巴鲁夫接近开关", code, "只", "电气元件", [], {"fam": ["prox"], "k": code.upper().replace(" ", ""), "brand": ["BALLUFF"]})
    for ch in ["06B-1", "08A-1", "08B-1", "10A-1", "10B-1", "12A-1", "12B-1", "16A-1", "16B-1", "08B-2", "10A-2", "12A-2", "16A-2"]:
        for brand, p in [("-", 0.8), ("DONGHUA", 0.4), ("TSUBAKI", 0.15)]:
            if rng.random() < p:
                bn = {"DONGHUA": "东华", "TSUBAKI": "椿本", "-": ""}[brand]
                c.add("09.01", bn + "滚子链", ch, "米", "传动件", [], {"fam": ["chain"], "k": ch, "brand": [brand]})


def build_catalogue():
    rng = random.Random(SEED)
    c = Cat(rng)
    build_fasteners(c, rng)
    build_misc_fasteners(c, rng)
    build_bearings(c, rng)
    build_seals(c, rng)
    build_hydraulics(c, rng)
    build_other(c, rng)
    return c, rng
