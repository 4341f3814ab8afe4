"""Metric fastener tables: types, standards (with declared equivalents), sizes, grade/finish combos."""
# type -> (eng name, storekeeper name, HK name, ERP name)
NAMES = {
    "HB_P": ("六角头螺栓", "六角罗丝 半牙", "六角螺絲(半牙)", "HEX BOLT PARTIAL THREAD"),
    "HB_F": ("六角头螺栓 全螺纹", "外六角罗丝 全牙", "六角螺絲(全牙)", "HEX BOLT FULL THREAD"),
    "SHCS": ("内六角圆柱头螺钉", "内六角罗丝 杯头", "內六角螺絲 杯頭", "SOCKET HEAD CAP SCREW"),
    "CSK": ("内六角沉头螺钉", "沉头内六角罗丝 平杯", "內六角沉頭螺絲", "SOCKET COUNTERSUNK SCREW"),
    "PAN": ("十字槽盘头螺钉", "十字盘头罗丝 圆头", "十字盤頭螺絲", "CROSS RECESSED PAN HEAD SCREW"),
    "SET": ("内六角平端紧定螺钉", "机米 平端", "平端機米", "SOCKET SET SCREW FLAT POINT"),
    "FLB": ("六角法兰面螺栓", "法兰罗丝 带边", "六角法蘭螺絲", "HEX FLANGE BOLT"),
    "NUT": ("1型六角螺母", "螺帽", "六角螺母", "HEX NUT"),
    "NYL": ("尼龙锁紧螺母", "尼龙螺帽 防松", "尼龍鎖緊螺母", "NYLON INSERT LOCK NUT"),
    "FW": ("平垫圈", "平介子", "平墊圈 華司", "FLAT WASHER"),
    "SW": ("标准型弹簧垫圈", "弹介 弹垫", "彈簧墊圈", "SPRING LOCK WASHER"),
}
# (type, pitch) -> [(GB, year), DIN, ISO]   equivalents are declared in aliases
STDS = {
    ("HB_P", "c"): ("GB/T 5782", "2016", "DIN 931", "ISO 4014"),
    ("HB_P", "f"): ("GB/T 5785", "2016", "DIN 960", "ISO 8765"),
    ("HB_F", "c"): ("GB/T 5783", "2016", "DIN 933", "ISO 4017"),
    ("HB_F", "f"): ("GB/T 5786", "2016", "DIN 961", "ISO 8676"),
    ("SHCS", "c"): ("GB/T 70.1", "2008", "DIN 912", "ISO 4762"),
    ("CSK", "c"): ("GB/T 70.3", "2008", "DIN 7991", "ISO 10642"),
    ("PAN", "c"): ("GB/T 818", "2016", "DIN 7985", "ISO 7045"),
    ("SET", "c"): ("GB/T 77", "2007", "DIN 913", "ISO 4026"),
    ("FLB", "c"): ("GB/T 5789", "1986", "DIN 6921", None),
    ("NUT", "c"): ("GB/T 6170", "2015", "DIN 934", "ISO 4032"),
    ("NUT", "f"): ("GB/T 6171", "2016", None, "ISO 8673"),
    ("NYL", "c"): ("GB/T 889.1", "2015", "DIN 985", "ISO 10511"),
    ("FW", "c"): ("GB/T 97.1", "2002", "DIN 125", "ISO 7089"),
    ("SW", "c"): ("GB/T 93", "1987", "DIN 127", None),
}
FINE = {"M8": "1", "M10": "1.25", "M12": "1.25", "M14": "1.5", "M16": "1.5", "M20": "1.5", "M24": "2"}
LENS = {
    "M3": [6, 8, 10, 12, 16, 20, 25],
    "M4": [6, 8, 10, 12, 16, 20, 25, 30, 35, 40],
    "M5": [8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50],
    "M6": [10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80],
    "M8": [12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100],
    "M10": [16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120],
    "M12": [20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120, 150],
    "M14": [30, 35, 40, 45, 50, 60, 70, 80, 90, 100],
    "M16": [30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120, 150],
    "M20": [40, 45, 50, 60, 70, 80, 90, 100, 120, 150],
    "M24": [50, 60, 70, 80, 90, 100, 120, 150, 200],
}
SET_LENS = [4, 5, 6, 8, 10, 12, 16, 20, 25, 30]
DIAS = ["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20", "M24"]
TYPE_DIAS = {
    "HB_P": DIAS[2:], "HB_F": DIAS[1:], "SHCS": DIAS, "CSK": DIAS[:9], "PAN": DIAS[:5],
    "SET": DIAS[:7], "FLB": DIAS[3:9], "NUT": DIAS, "NYL": DIAS[1:], "FW": DIAS, "SW": DIAS,
}
def type_lens(t, d):
    dn = float(d[1:])
    ls = LENS[d]
    if t == "HB_P":
        return [l for l in ls if l >= 3 * dn]
    if t == "CSK":
        return [l for l in ls if l <= 10 * dn]
    if t == "PAN":
        return [l for l in ls if l <= 40]
    if t == "SET":
        return [l for l in SET_LENS if l <= 5 * dn and l >= int(dn) // 2 + 2]
    if t == "FLB":
        return [l for l in ls if l <= 100]
    if t in ("NUT", "NYL", "FW", "SW"):
        return [None]
    return ls
# grade/finish combos a plant might stock
COMBOS = {
    "HB_P": [("4.8", "ZN"), ("4.8", "YZ"), ("8.8", "ZN"), ("8.8", "YZ"), ("8.8", "BK"), ("8.8", "DAC"),
             ("10.9", "BK"), ("10.9", "DAC"), ("A2-70", "PL"), ("A4-70", "PL")],
    "SHCS": [("8.8", "ZN"), ("8.8", "BK"), ("10.9", "BK"), ("10.9", "ZN"), ("12.9", "BK"),
             ("12.9", "DAC"), ("A2-70", "PL"), ("A4-70", "PL")],
    "CSK": [("8.8", "ZN"), ("10.9", "BK"), ("10.9", "ZN"), ("A2-70", "PL")],
    "PAN": [("4.8", "ZN"), ("4.8", "YZ"), ("4.8", "BK"), ("A2-70", "PL"), ("A4-70", "PL")],
    "SET": [("45H", "BK"), ("45H", "ZN"), ("A2-70", "PL")],
    "FLB": [("8.8", "ZN"), ("8.8", "DAC"), ("10.9", "DAC"), ("A2-70", "PL")],
    "NUT": [("8", "ZN"), ("8", "YZ"), ("8", "BK"), ("10", "BK"), ("10", "DAC"), ("A2-70", "PL"), ("A4-70", "PL")],
    "NYL": [("8", "ZN"), ("8", "BK"), ("10", "ZN"), ("A2-70", "PL")],
    "FW": [("HV200", "ZN"), ("HV200", "YZ"), ("HV300", "BK"), ("A2-70", "PL"), ("A4-70", "PL")],
    "SW": [("65Mn", "ZN"), ("65Mn", "BK"), ("65Mn", "YZ"), ("A2-70", "PL")],
}
COMBOS["HB_F"] = COMBOS["HB_P"]
# canonical grade -> spellings (eng, store, hk, erp) for rows
GR_ROW = {
    "4.8": ("4.8级", "4.8", "4.8級", "CL4.8"), "8.8": ("8.8级", "8.8", "8.8級", "CL8.8"),
    "10.9": ("10.9级", "10.9", "10.9級", "CL10.9"), "12.9": ("12.9级", "12.9", "12.9級", "CL12.9"),
    "A2-70": ("A2-70", "304", "SS304", "A2-70"), "A4-70": ("A4-70", "316", "SUS316", "A4-70"),
    "45H": ("45H", "45H", "45H", "45H"), "8": ("8级", "8级", "8級", "CL8"), "10": ("10级", "10级", "10級", "CL10"),
    "HV200": ("200HV", "铁", "碳鋼", "200HV"), "HV300": ("300HV", "淬火", "300HV", "300HV"),
    "65Mn": ("65Mn", "65锰", "65Mn", "65MN"),
}
FIN_ROW = {
    "ZN": ("镀蓝白锌", "白锌", "鍍鋅", "ZP"), "YZ": ("镀彩锌", "彩锌", "彩鋅", "YZP"),
    "BK": ("发黑", "黑色", "發黑", "BLACK OXIDE"), "DAC": ("达克罗", "达克罗", "達克羅", "DACROMET"),
    "PL": ("", "", "", ""),
}
# query-side spellings of grade / finish (any of them reads as the canonical value)
GR_Q = {
    "4.8": ["4.8级", "4.8", "grade 4.8", "4.8級"], "8.8": ["8.8级", "8.8", "8.8级高强", "grade 8.8", "8.8級", "cl8.8"],
    "10.9": ["10.9级", "10.9", "grade 10.9", "10.9級", "10.9高强度"], "12.9": ["12.9级", "12.9", "grade 12.9", "12.9級"],
    "A2-70": ["SS304", "304", "不锈钢304", "A2-70", "A2", "sus304", "不銹鋼304", "304不锈钢"],
    "A4-70": ["SS316", "316", "不锈钢316", "A4-70", "A4", "316不锈"],
    "45H": ["45H"], "8": ["8级", "8級", "grade 8"], "10": ["10级", "10級"],
    "HV200": ["碳钢", "铁"], "HV300": ["300HV", "淬火"], "65Mn": ["65Mn", "65锰"],
}
FIN_Q = {
    "ZN": ["镀锌", "蓝白锌", "白锌", "zinc", "鍍鋅", "镀白锌"], "YZ": ["彩锌", "镀彩锌", "yellow zinc", "彩鋅", "黄锌"],
    "BK": ["发黑", "黑色", "black", "發黑", "黑"], "DAC": ["达克罗", "dacromet", "達克羅"], "PL": [],
}

# ---- extra types common in an A/C plant -----------------------------------------
NAMES.update({
    "BTN": ("内六角圆头螺钉", "圆杯内六角罗丝", "內六角圓頭螺絲", "SOCKET BUTTON HEAD SCREW"),
    "CMB": ("十字槽盘头螺钉组合件(三组合)", "三组合罗丝", "三組合螺絲", "PAN HEAD SEMS SCREW"),
    "FNUT": ("六角法兰面螺母", "法兰螺帽", "法蘭螺母", "HEX FLANGE NUT"),
    "STP": ("十字槽盘头自攻螺钉", "盘头自攻罗丝", "盤頭自攻螺絲", "PAN HEAD TAPPING SCREW"),
    "STC": ("十字槽沉头自攻螺钉", "沉头自攻罗丝", "沉頭自攻螺絲", "CSK HEAD TAPPING SCREW"),
    "STH": ("六角法兰面自攻螺钉", "六角带介自攻罗丝", "六角華司頭自攻螺絲", "HEX WASHER HEAD TAPPING SCREW"),
})
STDS.update({
    ("BTN", "c"): ("GB/T 70.2", "2015", None, "ISO 7380"),
    ("CMB", "c"): ("GB/T 9074.4", "1988", None, None),
    ("FNUT", "c"): ("GB/T 6177.1", "2016", "DIN 6923", "ISO 4161"),
    ("STP", "c"): ("GB/T 845", "2017", "DIN 7981", "ISO 7049"),
    ("STC", "c"): ("GB/T 846", "2017", "DIN 7982", "ISO 7050"),
    ("STH", "c"): ("GB/T 16824.2", "2016", "DIN 7976", "ISO 7053"),
})
ST_DIAS = ["ST2.9", "ST3.5", "ST3.9", "ST4.2", "ST4.8", "ST5.5", "ST6.3"]
ST_LENS = [6.5, 9.5, 13, 16, 19, 22, 25, 32, 38, 45, 50]
TYPE_DIAS.update({"BTN": DIAS[:8], "CMB": DIAS[:5], "FNUT": DIAS[3:9],
                  "STP": ST_DIAS[:6], "STC": ST_DIAS[:6], "STH": ST_DIAS[2:]})
for _d, _more in (("M6", [65, 75]), ("M8", [75, 85, 110, 120]), ("M10", [75, 85, 95, 130, 140, 150]),
                  ("M12", [75, 85, 95, 130, 140, 160, 180]), ("M16", [75, 85, 130, 140, 160, 180, 200]),
                  ("M20", [55, 65, 75, 85, 110, 130, 140, 160, 180, 200]), ("M14", [55, 65, 75, 110, 120])):
    LENS[_d] = sorted(set(LENS[_d]) | set(_more))
_old_type_lens = type_lens
def type_lens(t, d):
    if t in ("STP", "STC", "STH"):
        dn = float(d[2:])
        return [l for l in ST_LENS if dn * 1.5 <= l <= dn * 12]
    if t == "BTN":
        return [l for l in LENS[d] if l <= 50]
    if t == "CMB":
        return [l for l in LENS[d] if l <= 40]
    if t == "FNUT":
        return [None]
    return _old_type_lens(t, d)
COMBOS.update({
    "BTN": [("10.9", "BK"), ("10.9", "ZN"), ("A2-70", "PL"), ("A4-70", "PL")],
    "CMB": [("4.8", "ZN"), ("4.8", "YZ"), ("4.8", "NI"), ("A2-70", "PL")],
    "FNUT": [("8", "ZN"), ("8", "DAC"), ("10", "DAC"), ("A2-70", "PL")],
    "STP": [("C1022", "ZN"), ("C1022", "YZ"), ("C1022", "BK"), ("C1022", "NI"), ("410", "PL"), ("A2-70", "PL")],
    "STH": [("C1022", "ZN"), ("C1022", "YZ"), ("C1022", "DAC"), ("410", "PL"), ("A2-70", "PL")],
})
COMBOS["STC"] = COMBOS["STP"]
COMBOS["PAN"] = COMBOS["PAN"] + [("4.8", "NI")]
COMBOS["HB_P"] = COMBOS["HB_P"] + [("8.8", "HDG")]
COMBOS["HB_F"] = COMBOS["HB_P"]
COMBOS["NUT"] = COMBOS["NUT"] + [("8", "HDG")]
GR_ROW.update({"C1022": ("C1022渗碳", "", "C1022", "C1022"), "410": ("410不锈钢", "410", "SUS410", "SS410")})
GR_Q.update({"C1022": ["C1022", "碳钢"], "410": ["410", "SUS410", "410不锈钢"]})
FIN_ROW.update({"NI": ("镀镍", "镍", "鍍鎳", "NICKEL"), "HDG": ("热镀锌", "热浸锌", "熱鍍鋅", "HDG")})
FIN_Q.update({"NI": ["镀镍", "镍", "nickel", "鍍鎳"], "HDG": ["热镀锌", "热浸锌", "HDG", "熱鍍鋅"]})

# ---- more sizes / types --------------------------------------------------------
LENS["M2"] = [4, 5, 6, 8, 10, 12, 16]
LENS["M2.5"] = [4, 5, 6, 8, 10, 12, 16, 20]
LENS["M30"] = [60, 70, 80, 90, 100, 120, 150, 200]
FINE["M30"] = "2"
DIAS[:0] = ["M2", "M2.5"]
DIAS.append("M30")
NAMES.update({
    "CSX": ("十字槽沉头螺钉", "十字沉头罗丝 平头", "十字沉頭螺絲", "CROSS RECESSED COUNTERSUNK SCREW"),
    "TNUT": ("薄型六角螺母", "薄螺帽", "薄六角螺母", "HEX THIN NUT"),
    "CAPN": ("六角盖形螺母", "盖帽螺帽 圆头", "六角蓋形螺母", "HEX DOMED CAP NUT"),
    "LWS": ("大垫圈", "大介子", "大墊圈", "LARGE FLAT WASHER"),
})
STDS.update({
    ("CSX", "c"): ("GB/T 819.1", "2016", "DIN 965", "ISO 7046"),
    ("TNUT", "c"): ("GB/T 6172.1", "2016", "DIN 439", "ISO 4035"),
    ("CAPN", "c"): ("GB/T 923", "2009", "DIN 1587", None),
    ("LWS", "c"): ("GB/T 96.1", "2002", "DIN 9021", "ISO 7093"),
})
TYPE_DIAS.update({
    "HB_P": ["M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20", "M24", "M30"],
    "HB_F": ["M4", "M5", "M6", "M8", "M10", "M12", "M14", "M16", "M20", "M24", "M30"],
    "SHCS": DIAS[:], "PAN": ["M2", "M2.5", "M3", "M4", "M5", "M6", "M8"],
    "NUT": DIAS[:], "FW": DIAS[:], "SW": DIAS[:],
    "CSX": ["M2", "M2.5", "M3", "M4", "M5", "M6", "M8"], "TNUT": ["M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"],
    "CAPN": ["M4", "M5", "M6", "M8", "M10", "M12", "M16"], "LWS": ["M3", "M4", "M5", "M6", "M8", "M10", "M12", "M16", "M20"],
})
_old2 = type_lens
def type_lens(t, d):
    if t == "CSX":
        return [l for l in LENS[d] if l <= 40]
    if t in ("TNUT", "CAPN", "LWS"):
        return [None]
    return _old2(t, d)
COMBOS.update({
    "CSX": [("4.8", "ZN"), ("4.8", "YZ"), ("4.8", "BK"), ("4.8", "NI"), ("A2-70", "PL")],
    "TNUT": [("04", "ZN"), ("04", "BK"), ("A2-70", "PL")],
    "CAPN": [("6", "ZN"), ("6", "NI"), ("A2-70", "PL")],
    "LWS": [("HV100", "ZN"), ("HV100", "YZ"), ("A2-70", "PL"), ("A4-70", "PL")],
})
GR_ROW.update({"04": ("04级", "", "04級", "CL04"), "6": ("6级", "6级", "6級", "CL6"), "HV100": ("100HV", "铁", "碳鋼", "100HV")})
GR_Q.update({"04": ["04级"], "6": ["6级"], "HV100": ["碳钢", "铁"]})

COMBOS["HB_P"] = COMBOS["HB_P"] + [("4.8", "BK"), ("10.9", "ZN"), ("12.9", "BK")]
COMBOS["HB_F"] = COMBOS["HB_P"]
COMBOS["SHCS"] = COMBOS["SHCS"] + [("12.9", "ZN"), ("10.9", "DAC"), ("A2-70", "BK")]
FIN_ROW["BK"] = FIN_ROW["BK"]

FIN_Q["PL"] = ["本色", "原色"]
