# -*- coding: utf-8 -*-
"""Shared vocabulary of the plant (standards, words people use, brand names).
Used by generate.py to write queries and by check.py to read them back."""
import re

# Standards the plant DECLARES equivalent (one part whichever designation is written).
STD_EQUIV = [
    ["GB/T 5782", "DIN 931", "ISO 4014"],
    ["GB/T 5783", "DIN 933", "ISO 4017"],
    ["GB/T 70.1", "DIN 912", "ISO 4762"],
    ["GB/T 70.2", "ISO 7380"],
    ["GB/T 70.3", "DIN 7991", "ISO 10642"],
    ["GB/T 77", "DIN 913", "ISO 4026"],
    ["GB/T 78", "DIN 914", "ISO 4027"],
    ["GB/T 80", "DIN 916", "ISO 4029"],
    ["GB/T 818", "DIN 7985", "ISO 7045"],
    ["GB/T 819.1", "DIN 965", "ISO 7046-1"],
    ["GB/T 6170", "DIN 934", "ISO 4032"],
    ["GB/T 6172.1", "DIN 439", "ISO 4035"],
    ["GB/T 889.1", "DIN 985", "ISO 10511"],
    ["GB/T 97.1", "DIN 125", "ISO 7089"],
    ["GB/T 96.1", "DIN 9021", "ISO 7093-1"],
    ["GB/T 93", "DIN 127"],
    ["GB/T 119.1", "DIN 7", "ISO 2338"],
    ["GB/T 879.1", "DIN 1481", "ISO 8752"],
    ["GB/T 91", "DIN 94", "ISO 1234"],
    ["GB/T 1096", "DIN 6885"],
    ["GB/T 894", "DIN 471"],
    ["GB/T 893", "DIN 472"],
    ["GB/T 825", "DIN 580"],
    ["GB/T 3452.1", "ISO 3601-1"],
]
# NOT declared equivalent (kept apart on purpose): JIS B1176 / JIS B1180 / JIS B1181 (Japanese machine spares),
# ASME B18.2.1 / ASME B18.3 (inch), GB/T 5787, GB/T 6177.1, GB/T 897..900, JB/T 7940.1, JB/T 982, JIS B2401, AS568.

_EQ = {}
for cls in STD_EQUIV:
    for s in cls:
        _EQ[s] = list(cls)


def std_class(s):
    return _EQ.get(s, [s])


_STD_RE = re.compile(r"(GB/T|GBT|GB|国标|JB/T|JBT|JB|DIN|德标|ISO|JIS|日标|ASME|ANSI|AS)\s*(B\s*[\d.]+|[\d.]+(?:-\d)?)(?:-(?:\d{4}|\d{2}))?(?![\d])",
                     re.I)
_ORG = {"GB/T": "GB/T", "GBT": "GB/T", "GB": "GB/T", "国标": "GB/T", "JB/T": "JB/T", "JBT": "JB/T", "JB": "JB/T",
        "DIN": "DIN", "德标": "DIN", "ISO": "ISO", "JIS": "JIS", "日标": "JIS", "ASME": "ASME", "ANSI": "ASME", "AS": "AS"}


def parse_std(surface):
    """Return canonical designation written in a surface string, or None."""
    m = _STD_RE.search(surface)
    if not m:
        return None
    org = _ORG[m.group(1).upper() if m.group(1).isascii() else m.group(1)]
    num = m.group(2).replace(" ", "").upper()
    return org + " " + num


# type words -> the part families they can mean (a storekeeper's reading, deliberately wide)
BOLTS = ["hex_bolt", "hex_bolt_full", "flange_bolt"]
SCREWS = ["shcs", "csk_socket", "button_socket", "pan_phillips", "csk_phillips"]
SETS = ["set_flat", "set_cone", "set_cup"]
TYPE_WORDS = {
    "六角头螺栓": ["hex_bolt", "hex_bolt_full"], "外六角螺栓": ["hex_bolt", "hex_bolt_full"],
    "六角螺栓": ["hex_bolt", "hex_bolt_full"], "外六角": ["hex_bolt", "hex_bolt_full", "flange_bolt"],
    "螺栓": BOLTS, "螺丝": BOLTS + SCREWS + SETS, "罗丝": BOLTS + SCREWS + SETS,
    "hex bolt": ["hex_bolt", "hex_bolt_full"], "bolt": BOLTS,
    "半牙螺栓": ["hex_bolt"], "半牙外六角": ["hex_bolt"], "半螺纹六角螺栓": ["hex_bolt"],
    "全牙螺栓": ["hex_bolt_full"], "全牙外六角": ["hex_bolt_full"], "全螺纹六角螺栓": ["hex_bolt_full"],
    "外六角全牙": ["hex_bolt_full"], "full thread hex bolt": ["hex_bolt_full"], "hex cap screw": ["hex_bolt", "hex_bolt_full"],
    "法兰螺栓": ["flange_bolt"], "法兰面螺栓": ["flange_bolt"], "六角法兰面螺栓": ["flange_bolt"], "flange bolt": ["flange_bolt"],
    "内六角圆柱头螺钉": ["shcs"], "内六角园柱头螺钉": ["shcs"], "内六角圆柱头螺丁": ["shcs"], "杯头螺丝": ["shcs"],
    "内六角螺钉": ["shcs", "csk_socket", "button_socket"], "内六角螺丝": ["shcs", "csk_socket", "button_socket"],
    "内六角": ["shcs", "csk_socket", "button_socket", "set_flat", "set_cone", "set_cup"],
    "socket head cap screw": ["shcs"], "SHCS": ["shcs"], "cap screw": ["shcs", "hex_bolt", "hex_bolt_full"],
    "socket haed cap screw": ["shcs"],
    "内六角沉头螺钉": ["csk_socket"], "沉头内六角": ["csk_socket"], "内六角平头螺丝": ["csk_socket"], "countersunk socket screw": ["csk_socket"],
    "内六角沉头螺丁": ["csk_socket"],
    "半圆头内六角": ["button_socket"], "内六角圆头螺钉": ["button_socket"], "button head screw": ["button_socket"],
    "十字盘头螺钉": ["pan_phillips"], "盘头十字螺丝": ["pan_phillips"], "十字沉头螺钉": ["csk_phillips"], "十字平头螺丝": ["csk_phillips"],
    "紧定螺钉": SETS, "机米螺丝": SETS, "顶丝": SETS, "set screw": SETS,
    "平端紧定螺钉": ["set_flat"], "平端机米": ["set_flat"], "锥端紧定螺钉": ["set_cone"], "尖端机米": ["set_cone"],
    "凹端紧定螺钉": ["set_cup"], "凹端机米": ["set_cup"],
    "双头螺柱": ["stud"], "双头螺栓": ["stud"], "stud": ["stud"],
    "吊环螺钉": ["eye_bolt"], "吊环": ["eye_bolt"], "吊环螺栓": ["eye_bolt"], "eye bolt": ["eye_bolt"],
    "螺母": ["nut", "thin_nut", "nylon_nut", "flange_nut"], "螺帽": ["nut", "thin_nut", "nylon_nut", "flange_nut"],
    "六角螺母": ["nut", "thin_nut", "nylon_nut"], "nut": ["nut", "thin_nut", "nylon_nut", "flange_nut"], "hex nut": ["nut"],
    "薄螺母": ["thin_nut"], "薄螺帽": ["thin_nut"], "锁紧螺母": ["nylon_nut"], "尼龙锁紧螺母": ["nylon_nut"], "防松螺母": ["nylon_nut"],
    "尼龙螺帽": ["nylon_nut"], "nylock nut": ["nylon_nut"], "法兰螺母": ["flange_nut"], "法兰螺帽": ["flange_nut"],
    "垫片": ["washer", "washer_large", "spring_washer"], "垫圈": ["washer", "washer_large", "spring_washer"],
    "平垫": ["washer", "washer_large"], "平垫圈": ["washer", "washer_large"], "flat washer": ["washer", "washer_large"],
    "大垫": ["washer_large"], "大平垫": ["washer_large"], "弹垫": ["spring_washer"], "弹簧垫圈": ["spring_washer"],
    "弹簧垫": ["spring_washer"], "spring washer": ["spring_washer"], "washer": ["washer", "washer_large", "spring_washer"],
    "圆柱销": ["dowel"], "定位销": ["dowel"], "dowel pin": ["dowel"], "弹性圆柱销": ["spring_pin"], "弹性销": ["spring_pin"],
    "spring pin": ["spring_pin"], "开口销": ["split_pin"], "split pin": ["split_pin"],
    "平键": ["key"], "键": ["key"], "key": ["key"],
    "轴用挡圈": ["circlip_shaft"], "轴用卡簧": ["circlip_shaft"], "外卡簧": ["circlip_shaft"],
    "孔用挡圈": ["circlip_hole"], "孔用卡簧": ["circlip_hole"], "内卡簧": ["circlip_hole"],
    "卡簧": ["circlip_shaft", "circlip_hole"], "circlip": ["circlip_shaft", "circlip_hole"],
    "油杯": ["grease_nipple"], "黄油嘴": ["grease_nipple"], "压注油杯": ["grease_nipple"], "grease nipple": ["grease_nipple"],
    # bearings
    "轴承": ["dgbb", "acbb", "trb", "crb", "srb", "thrust", "needle", "plain", "unit"], "bearing": ["dgbb", "acbb", "trb", "crb", "srb", "thrust", "needle", "plain", "unit"],
    "周承": ["dgbb", "acbb", "trb", "crb", "srb", "thrust", "needle", "plain", "unit"], "bearnig": ["dgbb", "acbb", "trb", "crb", "srb", "thrust", "needle", "plain", "unit"],
    "深沟球轴承": ["dgbb"], "深钩球轴承": ["dgbb"], "球轴承": ["dgbb", "acbb", "thrust"], "deep groove ball bearing": ["dgbb"],
    "角接触轴承": ["acbb"], "角接触球轴承": ["acbb"], "圆锥滚子轴承": ["trb"], "园锥滚子轴承": ["trb"], "锥轴承": ["trb"], "taper roller bearing": ["trb"],
    "圆柱滚子轴承": ["crb"], "调心滚子轴承": ["srb"], "调芯滚子轴承": ["srb"], "spherical roller bearing": ["srb"],
    "推力轴承": ["thrust"], "平面轴承": ["thrust"], "滚针轴承": ["needle"], "关节轴承": ["plain"], "带座轴承": ["unit"], "外球面轴承": ["unit"],
    # seals
    "O型圈": ["oring"], "O形圈": ["oring"], "O型密封圈": ["oring"], "O圈": ["oring"], "o-ring": ["oring"], "O-RING": ["oring"], "密封圈": ["oring", "hyd_seal"],
    "O行圈": ["oring"], "欧型圈": ["oring"],
    "油封": ["oil_seal"], "骨架油封": ["oil_seal"], "骨驾油封": ["oil_seal"], "oil seal": ["oil_seal"], "油风": ["oil_seal"],
    "Y型圈": ["hyd_seal"], "防尘圈": ["hyd_seal"], "格莱圈": ["hyd_seal"], "斯特封": ["hyd_seal"], "导向带": ["hyd_seal"], "密封件": ["oring", "hyd_seal", "oil_seal", "bonded"],
    "组合垫": ["bonded"], "组合垫圈": ["bonded"], "组合密封垫": ["bonded"], "bonded seal": ["bonded"],
}

# seal type words (hydraulic seals) -> seal profile codes
STYPE_WORDS = {
    "Y型圈": ["UN", "UHS", "IDI", "ODI"], "Y形圈": ["UN", "UHS", "IDI", "ODI"], "UN": ["UN"], "UHS": ["UHS"], "IDI": ["IDI"], "ODI": ["ODI"],
    "防尘圈": ["DKI", "DKB"], "DKI": ["DKI"], "DKB": ["DKB"], "wiper": ["DKI", "DKB"],
    "格莱圈": ["GSF"], "斯特封": ["GSJ"], "导向带": ["WR"], "耐磨环": ["WR"], "wear ring": ["WR"],
}
SEAL_TYPE_WORDS = {"TC": ["TC"], "TG": ["TG"], "SC": ["SC"], "TCV": ["TCV"], "VC": ["VC"], "TC型": ["TC"], "双唇": ["TC", "TG", "TCV"]}

FIN_WORDS = {
    "白锌": ["zinc_w"], "蓝白锌": ["zinc_w"], "镀白锌": ["zinc_w"], "彩锌": ["zinc_y"], "镀彩锌": ["zinc_y"], "黄锌": ["zinc_y"],
    "镀锌": ["zinc_w", "zinc_y"], "zinc plated": ["zinc_w", "zinc_y"], "zinc": ["zinc_w", "zinc_y"], "ZP": ["zinc_w", "zinc_y"],
    "发黑": ["black"], "黑色": ["black"], "氧化黑": ["black"], "black": ["black"], "black oxide": ["black"], "黑的": ["black"],
    "达克罗": ["dacro"], "dacromet": ["dacro"], "热镀锌": ["hdg"], "热浸锌": ["hdg"], "HDG": ["hdg"], "本色": ["plain"], "plain": ["plain"],
    "镀镍": ["nickel"],
}
GRADE_WORDS = {}
for g in ["4.8", "8.8", "10.9", "12.9"]:
    for s in [g + "级", g, "grade " + g, "gr" + g] + (["高强度" + g] if g != "4.8" else []):
        GRADE_WORDS[s] = [g]
for g in ["A2-70", "A4-70", "A4-80"]:
    GRADE_WORDS[g] = [g]
for g, w in [("6", "6级"), ("8", "8级"), ("10", "10级")]:
    GRADE_WORDS[w] = [g]
GRADE_WORDS.update({"GR5": ["SAE5"], "grade 5": ["SAE5"], "Gr.5": ["SAE5"], "GR8": ["SAE8"], "grade 8": ["SAE8"], "Gr.8": ["SAE8"],
                    "200HV": ["200HV"], "300HV": ["300HV"], "65Mn": ["65Mn"]})
MAT_WORDS = {
    "304": ["SS304"], "SS304": ["SS304"], "不锈钢304": ["SS304"], "304不锈钢": ["SS304"], "SUS304": ["SS304"], "sus304": ["SS304"],
    "316": ["SS316"], "SS316": ["SS316"], "不锈钢316": ["SS316"], "316不锈钢": ["SS316"], "SUS316": ["SS316"], "316L": ["SS316"],
    "不锈钢": ["SS304", "SS316"], "stainless": ["SS304", "SS316"], "不绣钢": ["SS304", "SS316"],
    "碳钢": ["CS"], "45钢": ["CS"], "铜": ["CU"], "紫铜": ["CU"], "黄铜": ["BRASS"],
    # elastomers
    "丁腈": ["NBR"], "NBR": ["NBR"], "nbr": ["NBR"], "氟胶": ["FKM"], "氟橡胶": ["FKM"], "FKM": ["FKM"], "viton": ["FKM"], "Viton": ["FKM"],
    "聚氨酯": ["PU"], "PU": ["PU"], "四氟": ["PTFE"], "PTFE": ["PTFE"], "氢化丁腈": ["HNBR"], "HNBR": ["HNBR"],
}
BRAND_WORDS = {
    "SKF": ["SKF"], "skf": ["SKF"], "斯凯孚": ["SKF"], "NSK": ["NSK"], "nsk": ["NSK"], "恩斯克": ["NSK"], "FAG": ["FAG"], "fag": ["FAG"],
    "NTN": ["NTN"], "HRB": ["HRB"], "哈轴": ["HRB"], "哈尔滨": ["HRB"], "ZWZ": ["ZWZ"], "瓦轴": ["ZWZ"], "瓦房店": ["ZWZ"],
    "LYC": ["LYC"], "洛轴": ["LYC"], "C&U": ["C&U"], "人本": ["C&U"], "Timken": ["TIMKEN"], "TIMKEN": ["TIMKEN"], "铁姆肯": ["TIMKEN"], "timken": ["TIMKEN"],
    "FYH": ["FYH"], "NOK": ["NOK"], "nok": ["NOK"], "Parker": ["PARKER"], "PARKER": ["PARKER"], "派克": ["PARKER"], "parker": ["PARKER"],
    "Hallite": ["HALLITE"], "HALLITE": ["HALLITE"], "Trelleborg": ["TRELLEBORG"], "特瑞堡": ["TRELLEBORG"],
    "Rexroth": ["REXROTH"], "力士乐": ["REXROTH"], "REXROTH": ["REXROTH"], "rexroth": ["REXROTH"], "华德": ["HUADE"],
    "Eaton": ["EATON"], "伊顿": ["EATON"], "Vickers": ["EATON"], "威格士": ["EATON"], "VICKERS": ["EATON"],
    "Yuken": ["YUKEN"], "YUKEN": ["YUKEN"], "日本油研": ["YUKEN"], "榆次油研": ["YUCI"], "榆次": ["YUCI"],
    "Danfoss": ["DANFOSS"], "丹佛斯": ["DANFOSS"], "DANFOSS": ["DANFOSS"], "Atos": ["ATOS"], "ATOS": ["ATOS"], "阿托斯": ["ATOS"],
    "Hydac": ["HYDAC"], "HYDAC": ["HYDAC"], "贺德克": ["HYDAC"], "hydac": ["HYDAC"], "STAUFF": ["STAUFF"], "Stauff": ["STAUFF"], "黎明": ["LEEMIN"], "LEEMIN": ["LEEMIN"],
    "Unbrako": ["UNBRAKO"], "UNBRAKO": ["UNBRAKO"], "Würth": ["WURTH"], "伍尔特": ["WURTH"], "WURTH": ["WURTH"], "晋亿": ["JINYI"],
    "Gates": ["GATES"], "盖茨": ["GATES"], "Optibelt": ["OPTIBELT"], "三维": ["SANWEI"], "Omron": ["OMRON"], "欧姆龙": ["OMRON"],
    "OMRON": ["OMRON"], "Balluff": ["BALLUFF"], "巴鲁夫": ["BALLUFF"], "红旗": ["HONGQI"], "布莱迪": ["BLD"],
}

# simplified -> traditional for the words people use here (only one-to-one safe characters)
S2T = dict(zip(
    "轴钉丝垫钢锈级锌镀发头内圆弹还没库领阀换电压滤标国这两仓销键挡调滚锥组紧帮吗给问种号规厂备带链条开关节单叶齿轮马达传蓄胶维修机车间现货订买采购进应该对尔长宽双盖个来务经请麻烦确认数点乘过虑厘毫",
    "軸釘絲墊鋼鏽級鋅鍍發頭內圓彈還沒庫領閥換電壓濾標國這兩倉銷鍵擋調滾錐組緊幫嗎給問種號規廠備帶鏈條開關節單葉齒輪馬達傳蓄膠維修機車間現貨訂買採購進應該對爾長寬雙蓋個來務經請麻煩確認數點乘過慮釐毫"))
T2S = {v: k for k, v in S2T.items()}


def to_trad(s):
    return "".join(S2T.get(c, c) for c in s)


def to_simp(s):
    return "".join(T2S.get(c, c) for c in s)

TYPE_WORDS.update({
    "45H": [],  # placeholder never used as a type word
})
del TYPE_WORDS["45H"]
HYD_WORDS = {
    "电磁阀": ["dir_valve"], "换向阀": ["dir_valve"], "电磁换向阀": ["dir_valve"], "电磁换相阀": ["dir_valve"], "solenoid valve": ["dir_valve"],
    "directional valve": ["dir_valve"], "溢流阀": ["relief_valve"], "益流阀": ["relief_valve"], "relief valve": ["relief_valve"],
    "叶片泵": ["vane_pump"], "叶片油泵": ["vane_pump"], "vane pump": ["vane_pump"], "柱塞泵": ["piston_pump"], "变量泵": ["piston_pump"],
    "piston pump": ["piston_pump"], "油泵": ["vane_pump", "piston_pump", "gear_pump"], "pump": ["vane_pump", "piston_pump", "gear_pump"],
    "滤芯": ["filter_el"], "滤心": ["filter_el"], "filter element": ["filter_el"], "过滤器": ["suction_filter", "return_filter"],
    "吸油过滤器": ["suction_filter"], "吸油过虑器": ["suction_filter"], "蓄能器": ["accum"], "皮囊蓄能器": ["accum"], "accumulator": ["accum"],
    "压力传感器": ["transducer"], "压力变送器": ["transducer"], "传感器": ["transducer"], "pressure transmitter": ["transducer"],
    "摆线马达": ["motor"], "液压马达": ["motor"], "马达": ["motor"], "motor": ["motor"], "单向阀": ["check_valve"], "check valve": ["check_valve"],
    "节流阀": ["flow_valve"], "叠加阀": ["flow_valve", "check_valve", "relief_valve"],
    "三角带": ["vbelt"], "V带": ["vbelt"], "窄V带": ["vbelt"], "皮带": ["vbelt", "sync_belt"], "v-belt": ["vbelt"], "同步带": ["sync_belt"],
    "压力表": ["gauge"], "耐震压力表": ["gauge"], "pressure gauge": ["gauge"], "接近开关": ["prox"], "proximity switch": ["prox"],
    "链条": ["chain"], "滚子链": ["chain"], "chain": ["chain"],
    "接头": ["fitting", "test_point"], "卡套接头": ["fitting"], "卡套": ["fitting"], "fitting": ["fitting"],
    "球阀": ["ball_valve"], "高压球阀": ["ball_valve"], "ball valve": ["ball_valve"], "测压接头": ["test_point"], "测压点": ["test_point"],
    "测压软管": ["test_point"], "齿轮泵": ["gear_pump"], "gear pump": ["gear_pump"],
    "胶管": ["hose"], "胶管总成": ["hose"], "高压胶管": ["hose"], "软管总成": ["hose"], "油管": ["hose"], "hose": ["hose"], "hose assembly": ["hose"],
}
TYPE_WORDS.update(HYD_WORDS)
GRADE_WORDS["45H"] = ["45H"]
HARD_WORDS = {"70度": ["70"], "90度": ["90"], "硬度70": ["70"], "硬度90": ["90"], "shore 90": ["90"], "shore 70": ["70"], "75度": ["75"]}
VOLT_WORDS = {"24V": ["24VDC"], "DC24V": ["24VDC"], "24VDC": ["24VDC"], "24伏": ["24VDC"], "220V": ["220VAC", "230VAC"], "AC220V": ["220VAC", "230VAC"],
              "230V": ["230VAC"], "110V": ["110VAC"], "AC110": ["110VAC"], "12V": ["12VDC"], "24DC": ["24VDC"]}
KTYPE_WORDS = {"A型": ["A"], "B型": ["B"], "C型": ["C"], "圆头": ["A"], "平头": ["B"]}
POS_WORDS = {"轴用": ["rod"], "活塞用": ["piston"], "孔用": ["piston"], "rod": ["rod"], "piston": ["piston"]}

CN_DIGIT = dict(zip("零〇一二三四五六七八九幺", "001234567891"))


def parse_dgbb(surface):
    """Deep-groove ball bearing designation as said/typed -> (base, seal, clearance) or None.
    Accepts brand suffix forms (2RSH, DDU, LLU, 2RSR, ZZ, 2Z...), old Chinese numbers (180205 / 80205) and spoken digits."""
    s = "".join(CN_DIGIT.get(ch, ch) for ch in surface).upper()
    m = re.search(r"(?<![\dA-Z.])(\d{4,6})((?:[-\s]?(?:2RSH|2RS1|2RSR|2RS|RSH|RSR|RS|DDU|DU|LLU|LU|2Z|ZZ|Z))?)((?:[-/\s]?C3)?)(?![\dA-Z])", s)
    if not m:
        return None
    num, suf, cl = m.group(1), m.group(2).lstrip("- "), m.group(3)
    seal = "open"
    if len(num) == 6 and num.startswith("180"):
        num, seal = "6" + num[3:], "2RS"
    elif len(num) == 5 and num.startswith("80"):
        num, seal = "6" + num[2:], "2Z"
    if suf:
        seal = {"2RSH": "2RS", "2RS1": "2RS", "2RSR": "2RS", "2RS": "2RS", "DDU": "2RS", "LLU": "2RS", "RSH": "RS", "RSR": "RS", "RS": "RS",
                "DU": "RS", "LU": "RS", "2Z": "2Z", "ZZ": "2Z", "Z": "Z"}[suf]
    return num, seal, ("C3" if cl else "CN")


def norm_code(s):
    return s.upper().replace(" ", "")


NUM_RE = re.compile(r"\d+(?:\.\d+)?(?:/\d+)?")


def size_numbers(s):
    s = "".join(CN_DIGIT.get(ch, ch) for ch in s)
    return NUM_RE.findall(s)
