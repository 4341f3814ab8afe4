#!/usr/bin/env python3
"""Write 500 chat queries for the blind catalogue by hand-crafted rules.

Each query is assembled from "facets" (type word, size, standard, grade,
finish, brand, code ...) rendered the way buyers / storekeepers / workers type
in DingTalk.  Every facet records the constraint it states; facets are added
until check_queries.verdict() says exactly one row fits (or, for null
queries, none).  Writes queries.jsonl and queries_meta.jsonl.
stdlib only, fixed seed:  python3 make_queries.py
"""
import json
import os
import random
import re

import check_queries as CQ
from stdmodel import STD, SS_GRADES, item_finish, item_material, norm_code

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(777)
ITEMS = CQ.load_items()
CQ._init_ptype_kind(ITEMS)
IDX = CQ.Index(ITEMS)
BYNUM = {it['number']: it for it in ITEMS}
BYPT = {}
for _it in ITEMS:
    BYPT.setdefault(_it['ptype'], []).append(_it)


def pick(s):
    return s[R.randrange(len(s))]


def fnum(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


def F(cons, txt, slot, tag=None, allow=None, meta=None):
    return {'cons': cons, 'txt': txt, 'slot': slot, 'tag': tag, 'allow': allow or [], 'meta': meta or {}}


# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------
HEXB = ['hex_bolt', 'flange_bolt']
BOLTS = ['hex_bolt', 'flange_bolt', 'socket_cap', 'csk_socket', 'stud', 'eye_bolt', 'button_socket']
SCREWS = ['hex_bolt', 'flange_bolt', 'socket_cap', 'csk_socket', 'set_screw', 'stud', 'button_socket', 'pan_screw', 'csk_cross']
INNER = ['socket_cap', 'csk_socket', 'set_screw', 'button_socket']
NUTS = ['hex_nut', 'thin_nut', 'nylon_nut', 'flange_nut', 'cap_nut', 'slotted_nut', 'round_nut', 'rivet_nut']
WASHERS = ['flat_washer', 'small_washer', 'large_washer', 'spring_washer', 'tab_washer', 'nordlock']
FLATS = ['flat_washer', 'small_washer', 'large_washer']
PINS = ['dowel', 'spring_pin', 'cotter', 'taper_pin']
CLIPS = ['circlip_shaft', 'circlip_bore']

TW = {  # ptype -> style -> [(word, meaning set)]
    'hex_bolt': {'zh': [('六角头螺栓', HEXB), ('外六角螺栓', HEXB), ('六角螺栓', HEXB), ('外六角', HEXB), ('螺栓', BOLTS), ('外六角螺丝', HEXB), ('螺丝', SCREWS)],
                 'en': [('hex bolt', HEXB), ('hex head bolt', HEXB), ('hex cap screw', HEXB), ('bolt', BOLTS)],
                 'hant': [('六角螺栓', HEXB), ('外六角螺絲', HEXB), ('螺絲', SCREWS)]},
    'flange_bolt': {'zh': [('法兰螺栓', ['flange_bolt']), ('六角法兰面螺栓', ['flange_bolt']), ('法兰面螺栓', ['flange_bolt'])],
                    'en': [('flange bolt', ['flange_bolt']), ('hex flange bolt', ['flange_bolt'])], 'hant': [('法蘭螺栓', ['flange_bolt'])]},
    'socket_cap': {'zh': [('内六角圆柱头螺钉', ['socket_cap']), ('内六角螺钉', INNER), ('内六角螺栓', INNER), ('杯头螺丝', ['socket_cap']),
                          ('内六角', INNER), ('圆柱头内六角', ['socket_cap'])],
                   'en': [('socket head cap screw', ['socket_cap']), ('SHCS', ['socket_cap']), ('socket cap screw', ['socket_cap']), ('allen bolt', INNER)],
                   'hant': [('內六角螺絲', INNER), ('杯頭螺絲', ['socket_cap'])]},
    'csk_socket': {'zh': [('内六角沉头螺钉', ['csk_socket']), ('沉头内六角', ['csk_socket']), ('平杯螺丝', ['csk_socket'])],
                   'en': [('countersunk socket screw', ['csk_socket']), ('flat head socket screw', ['csk_socket'])], 'hant': [('內六角沉頭螺絲', ['csk_socket'])]},
    'button_socket': {'zh': [('内六角圆头螺钉', ['button_socket']), ('半圆头内六角', ['button_socket']), ('圆杯螺丝', ['button_socket'])],
                      'en': [('button head socket screw', ['button_socket'])], 'hant': [('圓頭內六角螺絲', ['button_socket'])]},
    'pan_screw': {'zh': [('十字盘头螺钉', ['pan_screw']), ('盘头十字螺丝', ['pan_screw']), ('十字槽盘头螺钉', ['pan_screw'])],
                  'en': [('pan head screw', ['pan_screw']), ('phillips pan head screw', ['pan_screw'])], 'hant': [('十字盤頭螺絲', ['pan_screw'])]},
    'csk_cross': {'zh': [('十字沉头螺钉', ['csk_cross']), ('十字槽沉头螺钉', ['csk_cross']), ('平头十字螺丝', ['csk_cross'])],
                  'en': [('countersunk phillips screw', ['csk_cross'])], 'hant': [('十字沉頭螺絲', ['csk_cross'])]},
    'set_screw': {'zh': [('紧定螺钉', ['set_screw']), ('机米螺丝', ['set_screw']), ('顶丝', ['set_screw']), ('止付螺丝', ['set_screw']), ('无头内六角', ['set_screw'])],
                  'en': [('set screw', ['set_screw']), ('grub screw', ['set_screw'])], 'hant': [('止付螺絲', ['set_screw'])]},
    'stud': {'zh': [('双头螺柱', ['stud']), ('双头螺栓', ['stud']), ('螺柱', ['stud'])], 'en': [('stud bolt', ['stud']), ('double end stud', ['stud'])],
             'hant': [('雙頭螺栓', ['stud'])]},
    'eye_bolt': {'zh': [('吊环螺钉', ['eye_bolt']), ('吊环', ['eye_bolt']), ('吊环螺栓', ['eye_bolt'])], 'en': [('eye bolt', ['eye_bolt']), ('lifting eye bolt', ['eye_bolt'])],
                 'hant': [('吊環螺絲', ['eye_bolt'])]},
    'hex_nut': {'zh': [('六角螺母', ['hex_nut', 'thin_nut']), ('螺母', NUTS), ('螺帽', NUTS)], 'en': [('hex nut', ['hex_nut', 'thin_nut']), ('nut', NUTS)],
                'hant': [('六角螺帽', ['hex_nut', 'thin_nut']), ('螺帽', NUTS)]},
    'thin_nut': {'zh': [('薄螺母', ['thin_nut']), ('六角薄螺母', ['thin_nut'])], 'en': [('thin nut', ['thin_nut']), ('jam nut', ['thin_nut'])], 'hant': [('薄螺帽', ['thin_nut'])]},
    'nylon_nut': {'zh': [('尼龙锁紧螺母', ['nylon_nut']), ('尼龙自锁螺母', ['nylon_nut']), ('尼龙螺母', ['nylon_nut'])],
                  'en': [('nylock nut', ['nylon_nut']), ('nylon lock nut', ['nylon_nut'])], 'hant': [('尼龍螺帽', ['nylon_nut'])]},
    'flange_nut': {'zh': [('法兰螺母', ['flange_nut']), ('法兰面螺母', ['flange_nut'])], 'en': [('flange nut', ['flange_nut'])], 'hant': [('法蘭螺帽', ['flange_nut'])]},
    'cap_nut': {'zh': [('盖形螺母', ['cap_nut']), ('盖帽螺母', ['cap_nut'])], 'en': [('cap nut', ['cap_nut']), ('acorn nut', ['cap_nut'])], 'hant': [('蓋形螺帽', ['cap_nut'])]},
    'slotted_nut': {'zh': [('开槽螺母', ['slotted_nut']), ('六角开槽螺母', ['slotted_nut'])], 'en': [('castle nut', ['slotted_nut'])], 'hant': [('開槽螺帽', ['slotted_nut'])]},
    'round_nut': {'zh': [('圆螺母', ['round_nut']), ('锁紧圆螺母', ['round_nut'])], 'en': [('round nut', ['round_nut'])], 'hant': [('圓螺帽', ['round_nut'])]},
    'rivet_nut': {'zh': [('拉铆螺母', ['rivet_nut']), ('拉帽', ['rivet_nut'])], 'en': [('rivet nut', ['rivet_nut'])], 'hant': [('拉鉚螺帽', ['rivet_nut'])]},
    'flat_washer': {'zh': [('平垫', FLATS), ('平垫圈', FLATS), ('垫片', WASHERS), ('垫圈', WASHERS)], 'en': [('flat washer', FLATS), ('washer', WASHERS)],
                    'hant': [('平墊', FLATS), ('華司', WASHERS)]},
    'large_washer': {'zh': [('大垫圈', ['large_washer']), ('大平垫', ['large_washer']), ('加大平垫', ['large_washer'])],
                     'en': [('large washer', ['large_washer']), ('fender washer', ['large_washer'])], 'hant': [('大墊圈', ['large_washer'])]},
    'small_washer': {'zh': [('小垫圈', ['small_washer']), ('小平垫', ['small_washer'])], 'en': [('small washer', ['small_washer'])], 'hant': [('小墊圈', ['small_washer'])]},
    'spring_washer': {'zh': [('弹垫', ['spring_washer']), ('弹簧垫圈', ['spring_washer']), ('弹簧垫', ['spring_washer'])],
                      'en': [('spring washer', ['spring_washer']), ('lock washer', ['spring_washer', 'nordlock'])], 'hant': [('彈簧墊圈', ['spring_washer']), ('彈墊', ['spring_washer'])]},
    'tab_washer': {'zh': [('止动垫圈', ['tab_washer']), ('圆螺母止动垫圈', ['tab_washer'])], 'en': [('tab washer', ['tab_washer'])], 'hant': [('止動墊圈', ['tab_washer'])]},
    'nordlock': {'zh': [('双叠自锁垫圈', ['nordlock']), ('双叠垫片', ['nordlock'])], 'en': [('wedge lock washer', ['nordlock'])], 'hant': [('雙疊墊圈', ['nordlock'])]},
    'dowel': {'zh': [('圆柱销', ['dowel']), ('定位销', ['dowel', 'taper_pin']), ('销子', PINS)], 'en': [('dowel pin', ['dowel'])], 'hant': [('圓柱銷', ['dowel'])]},
    'spring_pin': {'zh': [('弹性圆柱销', ['spring_pin']), ('弹性销', ['spring_pin']), ('弹簧销', ['spring_pin'])], 'en': [('spring pin', ['spring_pin']), ('roll pin', ['spring_pin'])],
                   'hant': [('彈性銷', ['spring_pin'])]},
    'cotter': {'zh': [('开口销', ['cotter'])], 'en': [('cotter pin', ['cotter']), ('split pin', ['cotter'])], 'hant': [('開口銷', ['cotter'])]},
    'taper_pin': {'zh': [('圆锥销', ['taper_pin']), ('锥销', ['taper_pin'])], 'en': [('taper pin', ['taper_pin'])], 'hant': [('圓錐銷', ['taper_pin'])]},
    'circlip_shaft': {'zh': [('轴用挡圈', ['circlip_shaft']), ('轴用弹性挡圈', ['circlip_shaft']), ('轴用卡簧', ['circlip_shaft']), ('外卡簧', ['circlip_shaft']), ('卡簧', CLIPS)],
                      'en': [('external circlip', ['circlip_shaft']), ('shaft circlip', ['circlip_shaft'])], 'hant': [('軸用卡簧', ['circlip_shaft'])]},
    'circlip_bore': {'zh': [('孔用挡圈', ['circlip_bore']), ('孔用弹性挡圈', ['circlip_bore']), ('孔用卡簧', ['circlip_bore']), ('内卡簧', ['circlip_bore']), ('卡簧', CLIPS)],
                     'en': [('internal circlip', ['circlip_bore']), ('bore circlip', ['circlip_bore'])], 'hant': [('孔用卡簧', ['circlip_bore'])]},
    'key': {'zh': [('平键', ['key']), ('键', ['key']), ('普通平键', ['key'])], 'en': [('parallel key', ['key']), ('key', ['key'])], 'hant': [('平鍵', ['key'])]},
    'rivet': {'zh': [('抽芯铆钉', ['rivet']), ('拉铆钉', ['rivet']), ('铆钉', ['rivet'])], 'en': [('blind rivet', ['rivet']), ('pop rivet', ['rivet'])], 'hant': [('拉鉚釘', ['rivet'])]},
}

TYPOS = {
    '内六角圆柱头螺钉': ['内六角园柱头螺钉', '内六角圆住头螺钉', '内六角圆柱头罗钉'], '六角头螺栓': ['六角头螺拴', '六角投螺栓'],
    '弹簧垫圈': ['弹黄垫圈', '单簧垫圈'], '尼龙锁紧螺母': ['尼龙琐紧螺母', '尼龙锁紧螺毋'], '尼龙自锁螺母': ['尼龙自琐螺母'],
    '轴用弹性挡圈': ['轴用弹性档圈', '轴用弹姓挡圈'], '孔用弹性挡圈': ['孔用弹性档圈', '孔用弹姓挡圈'], '弹性圆柱销': ['弹性园柱销'],
    '内六角沉头螺钉': ['内六角沉头罗钉', '内六角沈头螺钉'], '十字槽盘头螺钉': ['十字槽盘头罗钉', '十字曹盘头螺钉'],
    '六角法兰面螺栓': ['六角法兰面螺拴', '六角法栏面螺栓'], '双叠自锁垫圈': ['双迭自锁垫圈'],
    '深沟球轴承': ['深沟球轴成', '深勾球轴承', '深沟求轴承'], '圆锥滚子轴承': ['园锥滚子轴承', '圆锥滚仔轴承', '圆锥棍子轴承'],
    '调心滚子轴承': ['调芯滚子轴承', '掉心滚子轴承'], '圆柱滚子轴承': ['园柱滚子轴承', '圆柱滚仔轴承'], '角接触球轴承': ['角接处球轴承'],
    '骨架油封': ['骨价油封', '骨架由封'], '电磁换向阀': ['电磁换相阀', '电磁换向伐', '点磁换向阀'], '溢流阀': ['益流阀', '溢流伐'],
    '液压油缸': ['液压油钢', '夜压油缸'], '齿轮泵': ['齿论泵'], '钢丝编织胶管': ['钢丝编制胶管'], '组合垫圈': ['组和垫圈'],
    '蓄能器': ['蓄能气', '畜能器'], '柱塞泵': ['柱赛泵'], '过渡接头': ['过度接头'], '防尘圈': ['防层圈'], '耐震压力表': ['耐振压力表'],
    'bearing': ['bearnig', 'baering'], 'hex bolt': ['hex bollt', 'hexbolt'], 'washer': ['wahser'], 'socket head cap screw': ['sokcet head cap screw'],
}

HANT = str.maketrans({
    '轴': '軸', '钉': '釘', '垫': '墊', '弹': '彈', '锌': '鋅', '镀': '鍍', '发': '發', '级': '級', '钢': '鋼', '锈': '鏽', '内': '內',
    '头': '頭', '圆': '圓', '沟': '溝', '滚': '滾', '锥': '錐', '调': '調', '压': '壓', '阀': '閥', '马': '馬', '达': '達', '滤': '濾',
    '胶': '膠', '过': '過', '弯': '彎', '帮': '幫', '还': '還', '库': '庫', '货': '貨', '没': '沒', '吗': '嗎', '个': '個', '来': '來',
    '请': '請', '问': '問', '这': '這', '们': '們', '给': '給', '领': '領', '张': '張', '号': '號', '种': '種', '规': '規', '标': '標',
    '准': '準', '国': '國', '细': '細', '纹': '紋', '销': '銷', '键': '鍵', '挡': '擋', '环': '環', '开': '開', '电': '電', '换': '換',
    '单': '單', '双': '雙', '节': '節', '减': '減', '动': '動', '杆': '桿', '组': '組', '铜': '銅', '黄': '黃', '箍': '箍', '夹': '夾',
    '块': '塊', '龙': '龍', '锁': '鎖', '紧': '緊', '兰': '蘭', '顶': '頂', '丝': '絲', '机': '機', '腈': '腈', '硅': '矽', '缸': '缸',
    '泵': '泵', '剩': '剩', '查': '查', '看': '看', '么': '麼', '几': '幾', '仓': '倉', '买': '買', '采': '採', '购': '購', '务': '務',
    '处': '處', '现': '現', '让': '讓', '应': '應', '该': '該', '级': '級', '说': '說', '话': '話', '间': '間', '长': '長', '宽': '寬',
    '厂': '廠', '齿': '齒', '轮': '輪', '叶': '葉', '片': '片', '滚': '滾', '针': '針', '关': '關', '节': '節', '带': '帶', '座': '座',
    '橡': '橡', '氟': '氟', '乙': '乙', '烯': '烯', '维': '維', '修': '修', '缓': '緩', '冲': '衝', '导': '導', '向': '向', '尘': '塵',
    '线': '線', '圈': '圈', '径': '徑', '径': '徑', '总': '總', '成': '成', '测': '測', '试': '試', '球': '球', '蓄': '蓄', '能': '能',
    '器': '器', '表': '錶', '震': '震', '铆': '鉚', '盖': '蓋', '沉': '沉', '盘': '盤', '钥': '鑰', '备': '備', '够': '夠', '续': '續',
    '凯': '凱', '罗': '羅', '卖': '賣', '从': '從', '后': '後', '还': '還', '为': '為', '边': '邊', '会': '會', '时': '時', '车': '車', '间': '間', '问': '問',
})

BRAND_Q = {
    'SKF': ['SKF', 'skf', '斯凯孚', '瑞典SKF'], 'NSK': ['NSK', 'nsk', '日本NSK'], 'FAG': ['FAG', 'fag', '德国FAG'], 'NTN': ['NTN', 'ntn'],
    'KOYO': ['KOYO', '光洋', 'koyo'], 'NACHI': ['NACHI', '不二越'], 'TIMKEN': ['TIMKEN', '铁姆肯', 'timken'], 'INA': ['INA', 'ina'],
    'HRB': ['HRB', '哈轴', '哈尔滨的'], 'ZWZ': ['ZWZ', '瓦轴', '瓦房店的'], 'LYC': ['LYC', '洛轴', '洛阳的'], 'C&U': ['C&U', '人本'],
    'FYH': ['FYH'], 'ASAHI': ['ASAHI'], 'NOK': ['NOK', 'nok'], 'Parker': ['派克', 'Parker', 'PARKER'], 'Hallite': ['Hallite', '赫莱特'],
    'Merkel': ['Merkel', '美科'], 'CFW': ['CFW'], 'NORD-LOCK': ['Nord-Lock', 'NORDLOCK'],
    'Rexroth': ['力士乐', 'Rexroth', 'rexroth'], 'Huade': ['华德', '北京华德', 'Huade'], 'Yuken': ['油研', 'YUKEN', 'Yuken'],
    'Hydac': ['贺德克', 'HYDAC', 'Hydac'], 'Eaton': ['伊顿', 'Eaton'], 'Kawasaki': ['川崎', 'Kawasaki'], 'Leemin': ['黎明', 'Leemin'],
    'Manuli': ['马牌', 'Manuli'], 'Gates': ['盖茨', 'Gates'], 'Luflex': ['路通'], 'Danfoss': ['丹佛斯', 'Danfoss'], 'Sun': ['SUN'],
    'HydraForce': ['海德福斯', 'HydraForce'], 'Changyuan': ['长源', '合肥长源'], 'Taifeng': ['泰丰'], 'Fenghua': ['奉化'], 'Pall': ['颇尔', 'PALL'],
}
BRAND_EN = {'Huade': 'Huade', 'Changyuan': 'Changyuan', 'Taifeng': 'Taifeng', 'Fenghua': 'Fenghua', 'Luflex': 'Luflex', 'Leemin': 'Leemin'}

FIN_Q = {'ZN': (['镀锌', '镀锌的', '电镀锌'], ['zinc plated', 'zinc', 'ZP']), 'ZN_BW': (['蓝白锌', '蓝锌'], ['blue zinc']),
         'ZN_C': (['彩锌', '彩色镀锌', '镀彩锌'], ['yellow zinc']), 'ZN_W': (['白锌', '镀白锌'], ['white zinc']), 'ZN_B': (['黑锌', '镀黑锌'], ['black zinc']),
         'BLK': (['发黑', '发黑的', '氧化发黑'], ['black oxide', 'black']), 'DAC': (['达克罗', '达克罗的'], ['dacromet']),
         'HDG': (['热镀锌', '热镀'], ['HDG', 'hot dip galv']), 'PLAIN': (['本色', '原色'], ['plain']), 'NI': (['镀镍'], ['nickel plated']),
         'PHOS': (['磷化'], ['phosphated'])}
MAT_Q = {'SS304': (['304', '不锈钢304', 'SS304', '304不锈钢', 'sus304', '304材质'], ['SS304', 'stainless 304', '304 stainless']),
         'SS316': (['316', '不锈钢316', 'SS316', '316不锈钢'], ['SS316', 'stainless 316']), 'SS201': (['201', '201不锈钢', '不锈钢201'], ['SS201']),
         'SS': (['不锈钢', '不锈钢的'], ['stainless', 'SS']), 'BRASS': (['黄铜', '铜的'], ['brass']), '65MN': (['65Mn', '65mn'], ['65Mn']),
         'CS': (['碳钢', '碳钢的'], ['carbon steel']), 'AL': (['铝', '铝的'], ['aluminium']), '45#': (['45#', '45钢'], ['C45'])}
RUB_Q = {'NBR': (['丁腈', 'NBR', '丁腈橡胶', '丁晴'], ['NBR', 'nitrile']), 'FKM': (['氟胶', '氟橡胶', 'FKM', '氟素', 'viton'], ['FKM', 'Viton']),
         'HNBR': (['氢化丁腈', 'HNBR'], ['HNBR']), 'EPDM': (['三元乙丙', 'EPDM'], ['EPDM']), 'VMQ': (['硅胶', '硅橡胶'], ['silicone']),
         'PU': (['聚氨酯', 'PU'], ['PU', 'polyurethane']), 'PTFE': (['四氟', 'PTFE', '聚四氟'], ['PTFE'])}


def lang(style):
    return 'en' if style == 'en' else ('hant' if style == 'zh-hant' else 'zh')


def zh_or_en(pair, style):
    zh, en = pair
    if style == 'en':
        return pick(en)
    if style == 'mixed' and R.random() < 0.5:
        return pick(en)
    return pick(zh)


def std_q(std, style):
    """How people type a standard in chat."""
    if std.startswith('GB/T ') or std.startswith('GB '):
        n = std.split(' ', 1)[1]
        short = {'70.1': ['70', '70.1'], '97.1': ['97', '97.1'], '889.1': ['889', '889.1'], '6172.1': ['6172', '6172.1'],
                 '6177.1': ['6177', '6177.1'], '119.1': ['119', '119.1'], '879.1': ['879', '879.1'], '96.1': ['96', '96.1'],
                 '894': ['894', '894.1'], '893': ['893', '893.1'], '70.2': ['70.2'], '70.3': ['70.3'], '819.1': ['819', '819.1']}.get(n, [n])
        s = pick(short)
        if style == 'en':
            return pick([f'GB/T {n}', f'GB/T{n}', f'GB{s}'])
        if style == 'voice':
            return pick([f'国标{s}', f'GB{s}'])
        return pick([f'GB/T {n}', f'GB/T{n}', f'GB{s}', f'GB {s}', f'国标{s}', f'gb{s}', f'GB/T {n}', f'国标GB{s}'])
    if std.startswith('DIN '):
        n = std[4:]
        if style == 'en':
            return pick([f'DIN {n}', f'DIN{n}'])
        return pick([f'DIN {n}', f'DIN{n}', f'德标{n}', f'din{n}', f'DIN{n}'])
    if std.startswith('ISO '):
        n = std[4:]
        return pick([f'ISO {n}', f'ISO{n}', f'iso{n}'])
    if std.startswith('JIS '):
        n = std[4:]
        return pick([f'JIS {n}', f'JIS{n}', f'日标{n}']) if style != 'en' else f'JIS {n}'
    if std == 'JB 982':
        return pick(['JB982', 'JB/T 982', 'JB982-77'])
    return std


def size_q(it, style, need_m=False):
    """-> (text, constraints, has_M)"""
    pt = it['ptype']
    d = fnum(it.get('d', it.get('b')))
    p = it.get('pitch', 'coarse')
    fine = isinstance(p, (int, float))
    ps = fnum(p) if fine else ''
    voice = style == 'voice'
    if 'L' in it and pt not in ('key',) and pt not in PINS + ['rivet']:
        L = fnum(it['L'])
        cons = {'d': it['d'], 'L': it['L'], 'pitch': p}
        if fine:
            if voice:
                return pick([f'M{d}乘{ps}乘{L}', f'细牙M{d}乘{ps}长{L}']), cons
            if style == 'en':
                return pick([f'M{d}x{ps}x{L}', f'M{d}x{ps} x {L}', f'M{d}x{ps}x{L}mm']), cons
            return pick([f'M{d}x{ps}x{L}', f'M{d}*{ps}*{L}', f'M{d}×{ps}×{L}', f'M{d}x{ps}-{L}', f'细牙M{d}x{ps} 长{L}', f'M{d}X{ps}X{L}']), cons
        if voice:
            return pick([f'M{d}乘{L}', f'M{d}乘{L}的', f'M{d}长{L}']), cons
        if style == 'en':
            return pick([f'M{d}x{L}', f'M{d} x {L}', f'M{d}x{L}mm', f'M{d}X{L}']), cons
        forms = [f'M{d}x{L}', f'M{d}*{L}', f'M{d}×{L}', f'm{d}-{L}', f'M{d}X{L}', f'm{d}x{L}', f'M{d}*{L}mm', f'M{d}x{L}L']
        if not need_m:
            forms += [f'{d}*{L}']
        return pick(forms), cons
    if pt in NUTS or pt in ('eye_bolt',):
        cons = {'d': it['d'], 'pitch': p}
        if fine:
            return (pick([f'M{d}乘{ps}']) if voice else pick([f'M{d}x{ps}', f'M{d}*{ps}', f'M{d}×{ps}', f'M{d}X{ps}'])), cons
        return (pick([f'M{d}', f'M{d}的']) if voice else pick([f'M{d}', f'm{d}', f'M{d}'])), cons
    if pt in WASHERS:
        cons = {'d': it['d']}
        if voice:
            return pick([f'{d}的', f'M{d}的']), cons
        if style == 'en':
            return pick([f'M{d}', f'{d}mm']), cons
        return pick([f'M{d}', f'Φ{d}', f'{d}', f'φ{d}', f'M{d}']), cons
    if pt in PINS or pt == 'rivet':
        L = fnum(it['L'])
        cons = {'d': it['d'], 'L': it['L']}
        if voice:
            return f'{d}乘{L}', cons
        return pick([f'{d}x{L}', f'{d}*{L}', f'Φ{d}x{L}', f'φ{d}*{L}', f'{d}×{L}']), cons
    if pt in CLIPS:
        cons = {'d': it['d']}
        if voice:
            return f'{d}的', cons
        return pick([f'{d}', f'Φ{d}', f'{d}mm', f'{d}的']), cons
    if pt == 'key':
        b, h, L = fnum(it['b']), fnum(it['h']), fnum(it['L'])
        cons = {'b': it['b'], 'h': it['h'], 'L': it['L']}
        if voice:
            return f'{b}乘{h}乘{L}', cons
        return pick([f'{b}x{h}x{L}', f'{b}*{h}*{L}', f'{b}×{h}×{L}']), cons
    raise ValueError(pt)


def grade_q(g, pt, style):
    if g in SS_GRADES:
        return pick([g, g, g.lower()])
    if g.endswith('HV') or g.endswith('H') or g in ('C15', '35CrMo'):
        return g
    nut = pt in NUTS
    if style == 'en':
        return pick([f'class {g}', f'cl.{g}']) if nut else pick([f'grade {g}', f'{g}', f'cl.{g}'])
    if style == 'voice':
        if g == '8.8' and R.random() < 0.4:
            return '八点八级'
        return f'{g}级'
    if nut:
        return pick([f'{g}级', f'{g}级的'])
    return pick([f'{g}级', f'{g}', f'{g}级', f'{g}级的', f'强度{g}'])


# ---------------------------------------------------------------------------
# wrappers
# ---------------------------------------------------------------------------
ZH_PRE = ['', '', '', '帮我查下', '查一下', '请问', '仓库有没有', '@仓库 ', '麻烦看下', '有没有', '老王，', '急！', '问下', '看看还有没有', '领料：',
          '采购申请：', '张工问', '库里', '帮忙找下', '明天装配要用']
ZH_SUF = ['', '', '有货吗', '还剩多少', '库存多少', '有没有货', '来10个', '要20个', '急用', '在哪个库位', '？', '多少钱', '明天要', '帮忙备50个',
          '还有吗', '够不够100个', '先领5个', '有吗？', '库存还有没', '能发吗']
EN_PRE = ['', '', 'pls check ', 'do we have ', 'need ', 'stock of ', 'any ', 'looking for ', 'hi, ']
EN_SUF = ['', ' in stock?', ' qty?', ' x10 pcs', ', urgent', '?', ' pls', ' - how many left?', ' available?']
VOICE_PRE = ['帮我看一下', '那个', '呃', '你帮我查一下', '嗯', '就是那个', '喂', '我要', '帮我找一下']
VOICE_SUF = ['还有没有', '有没有', '还剩几个', '有的话给我拿两个', '库里还有吗', '', '我这边急用', '拿十个']
HANT_PRE = ['', '請問', '幫我查一下', '倉庫還有', '查一下', '']
HANT_SUF = ['', '還有庫存嗎', '有貨嗎', '還剩多少', '要10個', '急用', '？']


def smart_join(parts, style):
    out = ''
    for p in parts:
        if not p:
            continue
        if not out:
            out = p
            continue
        a, b = out[-1], p[0]
        if style == 'voice':
            sep = pick(['', '的', ' ']) if not (a.isascii() and a.isalnum() and b.isascii() and b.isalnum()) else ' '
        elif style == 'en':
            sep = ' '
        elif (a.isascii() and (a.isalnum() or a in '.-')) and (b.isascii() and (b.isalnum() or b in '.-')):
            sep = ' ' if R.random() < 0.95 else '/'
        else:
            sep = pick(['', '', ' ', ' ', '，' if style != 'mixed' else ' '])
        out += sep + p
    return out


def wrap(body, style, unit='个'):
    if style == 'en':
        return (pick(EN_PRE) + body + pick(EN_SUF)).strip()
    if style == 'voice':
        return (pick(VOICE_PRE) + body + pick(VOICE_SUF)).strip()
    if style == 'zh-hant':
        s = pick(HANT_PRE) + body + pick(HANT_SUF)
        return s.strip()
    suf = re.sub(r'(\d+|两|十)个', lambda m: m.group(1) + unit, pick(ZH_SUF))
    pre = pick(ZH_PRE)
    if pre and pre[-1] not in '，：！ ' and body[:1].isascii() and R.random() < 0.5:
        pre += ' '
    return (pre + body + (' ' if suf and body[-1:].isascii() and suf[:1].isascii() else '') + suf).strip()


def to_hant(s):
    s = s.replace('轴承', pick(['軸承', '軸承', '培林'])) if '轴承' in s else s
    return s.translate(HANT)


def typo(word):
    if word in TYPOS and R.random() < 0.9:
        return pick(TYPOS[word])
    return None


# ---------------------------------------------------------------------------
# facet builders per family
# ---------------------------------------------------------------------------
def type_facet(pt, style, typo_p=0.0, table=None):
    tab = (table or TW)[pt]
    lg = lang(style)
    if style == 'mixed':
        lg = pick(['en', 'zh'])
    opts = tab.get(lg) or tab['zh']
    if typo_p >= 0.5 and any(w in TYPOS for w, _ in opts):
        opts = [o for o in opts if o[0] in TYPOS]
    w, meaning = pick(opts)
    tag = None
    if typo_p and R.random() < typo_p:
        t = typo(w)
        if t:
            w, tag = t, 'typo'
    return F({'ptype': list(meaning)}, w, 'type', tag)


def fastener_facets(it, style, typo_p=0.08):
    pt = it['ptype']
    core, opt = [], []
    tf = type_facet(pt, style, typo_p)
    no_type = False
    if it.get('std') and R.random() < 0.12 and style in ('zh', 'mixed'):
        no_type = True
    if not no_type:
        core.append(tf)
    need_m = no_type
    st, sc = size_q(it, style, need_m)
    core.append(F(sc, st, 'size', 'fine_pitch' if isinstance(it.get('pitch'), (int, float)) else None))
    if it.get('std'):
        s = it['std']
        cons = {'std': s}
        cons.update(STD[s][1])
        if no_type:
            cons['ptype'] = [STD[s][0]]
        f = F(cons, std_q(s, style), 'std', 'std_written')
        if no_type:
            core.append(f)
        else:
            opt.append((f, 0.55))
    if it.get('grade'):
        opt.append((F({'grade': it['grade']}, grade_q(it['grade'], pt, style), 'grade'), 0.95))
    m = item_material(it)
    if m and m != 'CS' and m in MAT_Q:
        opt.append((F({'material': m}, zh_or_en(MAT_Q[m], style), 'material', 'material'), 0.9))
        if m.startswith('SS') and R.random() < 0.25:
            opt.append((F({'material': 'SS'}, zh_or_en(MAT_Q['SS'], style), 'material', 'material'), 0.5))
    fin = it.get('finish')
    if fin and fin in FIN_Q:
        opt.append((F({'finish': fin}, zh_or_en(FIN_Q[fin], style), 'finish'), 0.85))
    if it.get('thread') and not it.get('std'):
        w = pick(['全牙', '全螺纹']) if it['thread'] == 'full' else pick(['半牙', '半螺纹'])
        if style == 'en':
            w = 'full thread' if it['thread'] == 'full' else 'partial thread'
        opt.append((F({'thread': it['thread']}, w, 'thread'), 0.6))
    elif it.get('thread') and R.random() < 0.3:
        w = pick(['全牙', '全螺纹']) if it['thread'] == 'full' else pick(['半牙', '半螺纹'])
        opt.append((F({'thread': it['thread']}, w if style != 'en' else ('full thread' if it['thread'] == 'full' else 'partial thread'), 'thread'), 0.3))
    if it.get('point'):
        w = {'flat': ['平端', 'flat point'], 'cone': ['锥端', 'cone point'], 'dog': ['圆柱端', 'dog point'], 'cup': ['凹端', 'cup point']}[it['point']]
        opt.append((F({'point': it['point']}, w[1] if style == 'en' else w[0], 'point'), 0.7))
    if it.get('keytype') and pt == 'key':
        opt.append((F({'keytype': it['keytype']}, f'{it["keytype"]}型' if style != 'en' else f'type {it["keytype"]}', 'grade'), 0.5))
    if it.get('hardened') == 'yes':
        opt.append((F({'hardened': 'yes'}, '淬火' if style != 'en' else 'hardened', 'grade'), 0.6))
    if it.get('bm'):
        opt.append((F({'bm': it['bm']}, f'bm={it["bm"]}' if it['bm'] != 'full' else '全螺纹', 'grade'), 0.4))
    if it.get('brand') and pt == 'nordlock':
        opt.append((F({'brand': [it['brand']]}, pick(BRAND_Q[it['brand']]), 'brand'), 0.7))
    return core, opt, '个'


BT_TW = {
    'deep_groove': {'zh': ['深沟球轴承', '深沟球'], 'en': ['deep groove ball bearing', 'ball bearing'], 'hant': ['深溝球軸承']},
    'tapered': {'zh': ['圆锥滚子轴承', '圆锥轴承'], 'en': ['taper roller bearing', 'tapered roller bearing'], 'hant': ['圓錐滾子軸承']},
    'cyl_roller': {'zh': ['圆柱滚子轴承', '圆柱轴承'], 'en': ['cylindrical roller bearing'], 'hant': ['圓柱滾子軸承']},
    'spherical': {'zh': ['调心滚子轴承', '调心轴承'], 'en': ['spherical roller bearing'], 'hant': ['調心滾子軸承']},
    'angular': {'zh': ['角接触球轴承', '角接触轴承'], 'en': ['angular contact bearing'], 'hant': ['角接觸軸承']},
    'thrust': {'zh': ['推力球轴承', '平面轴承', '推力轴承'], 'en': ['thrust bearing'], 'hant': ['推力軸承']},
    'needle': {'zh': ['滚针轴承', '滚针'], 'en': ['needle bearing'], 'hant': ['滾針軸承']},
    'plain': {'zh': ['关节轴承', '向心关节轴承'], 'en': ['spherical plain bearing', 'rod end bearing'], 'hant': ['關節軸承']},
    'insert': {'zh': ['外球面轴承', '带座轴承'], 'en': ['bearing unit', 'pillow block bearing'], 'hant': ['帶座軸承']},
}
ALL_BEARINGS = list(BT_TW)
DG_SEAL_Q = {
    'SKF': {'Z': '-Z', '2Z': '-2Z', 'RS': '-RSH', '2RS': '-2RSH'}, 'NSK': {'Z': 'Z', '2Z': 'ZZ', 'RS': 'DU', '2RS': 'DDU'},
    'FAG': {'Z': '-Z', '2Z': '-2Z', 'RS': '-RSR', '2RS': '-2RSR'}, 'NTN': {'Z': 'Z', '2Z': 'ZZ', 'RS': 'LU', '2RS': 'LLU'},
}
GEN_SEAL_Q = {'Z': ['-Z', 'Z', '-Z'], '2Z': ['ZZ', '-2Z', '-ZZ', 'zz', ' ZZ', 'ZZ', '-2Z'], 'RS': ['-RS', '-RS', ' RS'],
              '2RS': ['-2RS', '-2RS', ' 2RS', '-2rs', ' 2RS', '2RS']}
DESIGN_DISP = {'CCW33': 'CC/W33', 'CAW33': 'CA/W33', 'CAKW33': 'CAK/W33', 'CCKW33': 'CCK/W33', 'J2Q': ' J2/Q', 'ETVP2': '-E-TVP2',
               'EM1': '-E-M1', 'E1XL': '-E1-XL', 'E1XLK': '-E1-XL-K', 'BTVP': '-B-TVP', 'BXLJP': '-B-XL-JP', 'BXLMP': '-B-XL-MP', 'A': '-A'}


def desig_q(it, style, with_design=True, native=False):
    base = it['base']
    pt = it['ptype']
    seal = it.get('seal', 'open')
    design = it.get('design', '')
    clr = it.get('clearance', 'CN')
    br = it.get('brand')
    pre = ''
    dd = ''
    if with_design and design:
        if design == 'HRJ':
            pre, dd = 'HR', 'J'
        elif design == '4T':
            pre, dd = '4T-', ''
        else:
            dd = DESIGN_DISP.get(design, design)
    if seal == 'open':
        st = ''
    elif native and br in DG_SEAL_Q and pt == 'deep_groove':
        st = DG_SEAL_Q[br][seal]
    else:
        st = pick(GEN_SEAL_Q[seal])
    if clr == 'C3':
        ct = pick(['/C3', 'C3', ' C3', '-C3']) if not native else {'SKF': '/C3', 'FAG': '-C3'}.get(br, 'C3')
    else:
        ct = ''
    if pt == 'plain':
        txt = f'{base}{dd}{st}'
    elif pt == 'needle':
        txt = f'{base}{st}' + (f'-{dd}' if dd else '')
    else:
        txt = f'{pre}{base}{dd}{st}{ct}'
    if style in ('zh', 'mixed', 'voice') and R.random() < 0.2:
        txt = txt.lower()
    cons = {'base': base, 'seal': seal, 'design': design if with_design else '', 'clearance': clr}
    return txt, cons


def bearing_facets(it, style, typo_p=0.08, bare=False, oldcode=None, nobrand=False):
    pt = it['ptype']
    core, opt = [], []
    lg = lang(style)
    if style == 'mixed':
        lg = pick(['en', 'zh'])
    # type word: generic 轴承 most of the time
    if lg == 'en':
        tw = F({'ptype': ALL_BEARINGS}, pick(['bearing', 'bearing', 'brg']), 'type')
        if R.random() < 0.3:
            tw = F({'ptype': [pt]}, pick(BT_TW[pt]['en']), 'type')
    elif lg == 'hant':
        tw = F({'ptype': ALL_BEARINGS}, pick(['軸承', '培林', '軸承']), 'type')
    else:
        if (R.random() < 0.65 or bare) and typo_p < 0.5:
            tw = F({'ptype': ALL_BEARINGS}, '轴承', 'type')
        else:
            w = pick(BT_TW[pt]['zh'][:1] if typo_p >= 0.5 else BT_TW[pt]['zh'])
            tag = None
            if typo_p and R.random() < typo_p * 3:
                t = typo(w)
                if t:
                    w, tag = t, 'typo'
            tw = F({'ptype': [pt]}, w, 'type', tag)
    core.append(tw)
    if oldcode:
        cons = {'base': it['base'], 'seal': it.get('seal', 'open'), 'design': '', 'clearance': 'CN'}
        core.append(F(cons, oldcode, 'size', 'oldcode', meta={'oldcode': True}))
    else:
        short = bool(it.get('design')) and it['design'] not in ('HRJ', '4T') and R.random() < 0.3 and not bare
        native = bool(it.get('brand')) and R.random() < 0.5 and not nobrand
        txt, cons = desig_q(it, style, with_design=not short, native=native)
        core.append(F(cons, txt, 'size', 'bare_spec' if bare else ('design_prefix' if short else None),
                      allow=['design_prefix'] if short else []))
        if native and it.get('brand') in DG_SEAL_Q and it.get('seal', 'open') != 'open':
            core.append(F({'brand': [it['brand']]}, pick(BRAND_Q[it['brand']]), 'brand', 'brand'))
    if it.get('brand') and not nobrand and not any(f['slot'] == 'brand' for f in core):
        b = it['brand']
        if lg == 'en':
            bt = pick([x for x in BRAND_Q[b] if x.isascii()] or [b])
        else:
            bt = pick(BRAND_Q[b])
        opt.append((F({'brand': [b]}, bt, 'brand', 'brand'), 0.95))
    return core, opt, '套'


def seal_facets(it, style, typo_p=0.08):
    pt = it['ptype']
    core, opt = [], []
    lg = lang(style)
    if style == 'mixed':
        lg = pick(['en', 'zh'])
    en = lg == 'en'
    if pt == 'o_ring':
        w = pick(['O-ring', 'o-ring', 'oring']) if en else pick(['O型圈', 'O形圈', 'O圈', 'o型圈', 'O型密封圈', 'O形密封圈'])
        core.append(F({'ptype': ['o_ring']}, w, 'type'))
        if it.get('code') and it['std'] == 'JIS B2401':
            core.append(F({'code': norm_code(it['code'])}, it['code'], 'size', 'code'))
        elif it.get('code') and it['std'] == 'AS568':
            ds = it['dash']
            cform = pick([f'AS568-{ds}', f'AS568-{ds}', f'2-{ds}'] if it.get('compound') else [f'AS568-{ds}'])
            core.append(F({'std': 'AS568', 'dash': ds}, cform, 'size', 'code'))
            if it.get('compound'):
                opt.append((F({'compound': it['compound']}, it['compound'], 'material', 'compound'), 0.7))
        else:
            i, cs = fnum(it['id']), fnum(it['cs'])
            if style == 'voice':
                t = pick([f'{i}乘{cs}', f'内径{i}线径{cs}'])
            elif en:
                t = pick([f'{i}x{cs}', f'ID{i} x CS{cs}', f'{i} x {cs}'])
            else:
                t = pick([f'{i}x{cs}', f'{i}*{cs}', f'{i}×{cs}', f'Φ{i}*{cs}', f'内径{i}线径{cs}', f'{i}X{cs}'])
            core.append(F({'id': it['id'], 'cs': it['cs']}, t, 'size'))
            if it.get('std'):
                s = it['std']
                opt.append((F({'std': s}, pick(['GB/T 3452.1', 'GB3452.1', '国标']) if s == 'GB/T 3452.1' else pick(['GB1235', '老国标GB1235']), 'std', 'std_written'), 0.3))
        if it.get('material'):
            opt.append((F({'material': it['material']}, zh_or_en(RUB_Q[it['material']], style), 'material'), 0.9))
        if it.get('hardness'):
            h = it['hardness']
            opt.append((F({'hardness': h}, (pick([f'{h} shore', f'{h}A', f'shore A{h}']) if en else pick([f'{h}度', f'硬度{h}', f'{h}A', f'邵氏{h}'])), 'grade'), 0.7))
        if it.get('brand'):
            opt.append((F({'brand': [it['brand']]}, pick(BRAND_Q[it['brand']]), 'brand', 'brand'), 0.8))
        return core, opt, '个'
    sep = pick(['x', '*', '×']) if style != 'voice' else '乘'
    if en:
        sep = 'x'
    if pt == 'oil_seal':
        w = pick(['oil seal', 'shaft seal']) if en else pick(['油封', '骨架油封', '油封', '骨架'])
        tag = None
        if w == '骨架油封' and R.random() < typo_p * 3:
            w, tag = typo(w) or w, 'typo'
        core.append(F({'ptype': ['oil_seal']}, w, 'type', tag))
        core.append(F({'d': it['d'], 'D': it['D'], 'H': it['H']}, f'{it["d"]}{sep}{it["D"]}{sep}{it["H"]}', 'size'))
        if it.get('profile'):
            opt.append((F({'profile': it['profile']}, it['profile'], 'grade'), 0.8))
        if it.get('material'):
            opt.append((F({'material': it['material']}, zh_or_en(RUB_Q[it['material']], style), 'material'), 0.85))
        if it.get('brand'):
            opt.append((F({'brand': [it['brand']]}, pick(BRAND_Q[it['brand']]), 'brand', 'brand'), 0.8))
        return core, opt, '个'
    if pt in ('rod_seal', 'piston_seal', 'wiper', 'wear_ring', 'buffer_seal'):
        words = {'rod_seal': (['活塞杆密封', '杆密封', '轴用密封圈'], ['rod seal']), 'piston_seal': (['活塞密封', '活塞密封圈', '孔用密封圈'], ['piston seal']),
                 'wiper': (['防尘圈', '防尘密封圈'], ['wiper', 'wiper seal']), 'wear_ring': (['导向带', '支撑环', '导向环'], ['wear ring', 'guide ring']),
                 'buffer_seal': (['缓冲密封', '缓冲圈'], ['buffer seal'])}[pt]
        prof_words = {'UN': ['Y型圈', 'UN'], 'BS': ['斯特封'], 'SPGO': ['格莱圈'], 'IDI': ['Yx圈'], 'ODI': ['Yx圈']}
        prof = it['profile']
        if not en and prof in prof_words and R.random() < 0.4:
            meaning = {'UN': ['rod_seal'], 'BS': ['rod_seal'], 'SPGO': ['piston_seal'], 'IDI': ['rod_seal', 'piston_seal'], 'ODI': ['rod_seal', 'piston_seal']}[prof]
            w = pick(prof_words[prof])
            core.append(F({'ptype': meaning}, w, 'type'))
            if w not in ('Yx圈',):
                core.append(F({'profile': prof}, '', 'type'))  # the word itself names the profile
        else:
            w = pick(words[1] if en else words[0])
            if w == '防尘圈' and R.random() < typo_p * 2:
                w = typo(w) or w
            core.append(F({'ptype': [pt]}, w, 'type'))
        core.append(F({'d': it['d'], 'D': it['D'], 'H': it['H']}, f'{fnum(it["d"])}{sep}{fnum(it["D"])}{sep}{fnum(it["H"])}', 'size'))
        if not any('profile' in f['cons'] for f in core):
            opt.append((F({'profile': prof}, prof, 'grade'), 0.8))
        if it.get('material'):
            opt.append((F({'material': it['material']}, zh_or_en(RUB_Q[it['material']], style), 'material'), 0.7))
        if it.get('hardness'):
            opt.append((F({'hardness': it['hardness']}, f'{it["hardness"]}A' if R.random() < 0.5 else f'{it["hardness"]}度', 'grade'), 0.5))
        if it.get('brand'):
            opt.append((F({'brand': [it['brand']]}, pick(BRAND_Q[it['brand']]), 'brand', 'brand'), 0.85))
        return core, opt, '个'
    if pt == 'bonded_washer':
        w = pick(['bonded seal', 'dowty washer']) if en else pick(['组合垫', '组合垫圈', '组合密封垫'])
        if w == '组合垫圈' and R.random() < typo_p * 2:
            w = typo(w) or w
        core.append(F({'ptype': ['bonded_washer']}, w, 'type'))
        core.append(F({'d': it['d']}, pick([f'M{it["d"]}', f'M{it["d"]}', f'M{it["d"]}的']), 'size'))
        if it.get('std'):
            opt.append((F({'std': it['std']}, std_q(it['std'], style), 'std', 'std_written'), 0.4))
        if it.get('material'):
            opt.append((F({'material': it['material']}, zh_or_en(RUB_Q[it['material']], style), 'material'), 0.7))
        return core, opt, '个'
    if pt == 'copper_washer':
        w = pick(['copper washer']) if en else pick(['铜垫', '紫铜垫', '铜垫圈', '紫铜垫片'])
        core.append(F({'ptype': ['copper_washer']}, w, 'type'))
        core.append(F({'d': it['d'], 'D': it['D'], 'H': it['H']}, f'{it["d"]}{sep}{it["D"]}{sep}{fnum(it["H"])}', 'size'))
        return core, opt, '个'
    if pt == 'seal_kit':
        w = pick(['seal kit', 'repair kit']) if en else pick(['密封包', '修理包', '密封件', '油封包', '密封组件'])
        core.append(F({'ptype': ['seal_kit']}, w, 'type'))
        if it.get('model'):
            core.append(F({'model': it['model']}, it['model'], 'size'))
            cw = it['cyl']
            core.append(F({'cyl': cw}, cw, 'size'))
        else:
            code = it['code']
            ct = pick([code, code, code.replace('-', ''), code.lower()])
            core.append(F({'code': norm_code(code)}, ct, 'size', 'code'))
            if R.random() < 0.3:
                opt.append((F({'cyl': it['cyl']}, it['cyl'], 'type'), 0.3))
        return core, opt, '套'
    raise ValueError(pt)


HYD_TW = {
    'adapter': (['接头', '液压接头'], ['adapter', 'fitting']), 'hose_fitting': (['扣压接头', '胶管接头', '芯子'], ['hose fitting']),
    'hose': (['胶管', '高压胶管', '液压软管', '油管'], ['hose', 'hydraulic hose']), 'hose_assy': (['胶管总成', '油管总成'], ['hose assembly']),
    'cylinder': (['油缸', '液压缸', '液压油缸'], ['cylinder', 'hydraulic cylinder']),
    'dir_valve': (['电磁阀', '电磁换向阀', '换向阀'], ['solenoid valve', 'directional valve']), 'relief_valve': (['溢流阀'], ['relief valve']),
    'reducing_valve': (['减压阀'], ['reducing valve']), 'check_valve': (['单向阀'], ['check valve']), 'throttle_valve': (['节流阀'], ['throttle valve']),
    'cartridge': (['插装阀', '螺纹插装阀'], ['cartridge valve']), 'multiway': (['多路阀', '分配阀'], ['control valve']), 'coil': (['线圈', '电磁铁线圈'], ['coil']),
    'gear_pump': (['齿轮泵', '齿轮油泵'], ['gear pump']), 'piston_pump': (['柱塞泵', '液压泵'], ['piston pump']), 'vane_pump': (['叶片泵'], ['vane pump']),
    'motor': (['马达', '摆线马达', '液压马达'], ['motor', 'orbit motor']), 'filter': (['滤芯', '液压滤芯', '回油滤芯'], ['filter element', 'filter']),
    'accumulator': (['蓄能器'], ['accumulator']), 'gauge': (['压力表', '耐震压力表'], ['pressure gauge']), 'ball_valve': (['高压球阀', '球阀'], ['ball valve']),
    'test_coupling': (['测压接头'], ['test point']),
}
VALVES = ['dir_valve', 'relief_valve', 'reducing_valve', 'check_valve', 'throttle_valve', 'cartridge', 'multiway']
PUMPS = ['gear_pump', 'piston_pump', 'vane_pump']
HYD_MEANING = {'接头': ['adapter', 'hose_fitting', 'test_coupling'], '液压接头': ['adapter', 'hose_fitting'], 'fitting': ['adapter', 'hose_fitting'],
               '油管': ['hose', 'hose_assy'], '液压泵': PUMPS, '换向阀': ['dir_valve', 'multiway'], 'filter': ['filter'], '马达': ['motor'],
               '液压滤芯': ['filter'], '回油滤芯': ['filter']}


def hyd_type(pt, style, typo_p, it=None):
    lg = lang(style)
    if style == 'mixed':
        lg = pick(['en', 'zh'])
    zh, en = HYD_TW[pt]
    if pt == 'adapter' and it is not None:
        fam = it.get('series', '1')
        zh = zh + ({'1': ['过渡接头', '直通接头', '过渡接头'], '2': ['弯头', '90度弯头'], 'A': ['三通', '三通接头']}[fam[0]])
        en = {'1': ['adapter', 'straight adapter'], '2': ['elbow', '90 deg elbow'], 'A': ['tee']}[fam[0]]
    w = pick(en) if lg == 'en' else pick(zh)
    meaning = HYD_MEANING.get(w, [pt])
    tag = None
    if typo_p and R.random() < typo_p * 2:
        t = typo(w)
        if t:
            w, tag = t, 'typo'
    return F({'ptype': meaning}, w, 'type', tag)


def code_text(code, style):
    c = code
    r = R.random()
    if style == 'voice':
        return c.replace('-', ' ').replace('/', ' ')
    if r < 0.15:
        return c.lower() if style != 'en' else c
    if r < 0.3:
        return c.replace('×', pick(['*', 'x', 'X']))
    if r < 0.4 and '-' in c:
        return c.replace('-', ' ', 1)
    return c


def hydraulic_facets(it, style, typo_p=0.08, prefix=False):
    pt = it['ptype']
    core, opt = [], []
    tf = hyd_type(pt, style, typo_p, it)
    core.append(tf)
    if pt == 'hose':
        ht, dn = it['hose_type'], it['dn']
        core.append(F({'hose_type': ht}, ht if R.random() < 0.8 else ht.lower(), 'size'))
        core.append(F({'dn': dn}, pick([f'DN{dn}', f'dn{dn}', f'通径{dn}']) if style != 'en' else f'DN{dn}', 'size'))
        if it.get('brand'):
            b = it['brand']
            bt = (BRAND_EN.get(b) or pick([x for x in BRAND_Q[b] if x.isascii()] or [b])) if style == 'en' else pick(BRAND_Q[b])
            opt.append((F({'brand': [b]}, bt, 'brand', 'brand'), 0.9))
        return core, opt, '米'
    if pt == 'cylinder' and R.random() < 0.35 and it.get('bore'):
        b, r_, s = it['bore'], it['rod'], it['stroke']
        if style == 'en':
            core.append(F({'bore': b, 'rod': r_, 'stroke': s}, f'bore {b} rod {r_} stroke {s}', 'size'))
        else:
            core.append(F({'bore': b, 'rod': r_, 'stroke': s}, pick([f'缸径{b}杆径{r_}行程{s}', f'{b}/{r_}-{s}', f'{b}/{r_} 行程{s}', f'Φ{b}/Φ{r_}×{s}']), 'size'))
        return core, opt, '台'
    if pt == 'gauge':
        core.append(F({'code': norm_code(it['code'])}, it['code'], 'size', 'code'))
        core.append(F({'range': it['range']}, f'{it["range"]}MPa' if R.random() < 0.7 else f'{it["range"]}mpa', 'size'))
        opt.append((F({'mount': it['mount']}, it['mount'] if style != 'en' else ('radial' if it['mount'] == '径向' else 'axial'), 'grade'), 0.9))
        return core, opt, '块'
    if pt == 'coil':
        core.append(F({'voltage': it['voltage']}, pick([it['voltage'] + 'V', it['voltage'][2:] + 'V' + it['voltage'][:2]]), 'size'))
        core.append(F({'power': it['power']}, it['power'], 'size'))
        opt.append((F({'hole': it['hole']}, f'内孔{it["hole"]}' if style != 'en' else f'ID{it["hole"]}', 'size'), 0.9))
        return core, opt, '个'
    code = it['code']
    allow = []
    ctext = code
    qcode = norm_code(code)
    if prefix:
        ctext, qcode = prefix
        allow = ['code_prefix']
    core.append(F({'code': qcode}, code_text(ctext, style), 'size', 'code_prefix_short' if prefix else 'code', allow=allow))
    if it.get('brand'):
        b = it['brand']
        opt.append((F({'brand': [b]}, pick(BRAND_Q[b]) if style != 'en' else BRAND_EN.get(b, pick([x for x in BRAND_Q[b] if x.isascii()] or [b])), 'brand', 'brand'), 0.6))
    if it.get('voltage') and pt == 'dir_valve':
        v = it['voltage']
        opt.append((F({'voltage': v}, pick([f'{v[2:]}V', f'{v}V', f'{v[:2]}{v[2:]}V']), 'grade'), 0.5))
    if pt == 'adapter':
        m = it.get('material')
        if m == 'SS304':
            opt.append((F({'material': 'SS304'}, zh_or_en(MAT_Q['SS304'], style), 'material', 'material'), 0.9))
        elif m == 'CS':
            opt.append((F({'material': 'CS'}, zh_or_en(MAT_Q['CS'], style), 'material', 'material'), 0.4))
        if it.get('finish'):
            opt.append((F({'finish': it['finish']}, zh_or_en(FIN_Q[it['finish']], style), 'finish'), 0.7))
    return core, opt, '个' if pt not in PUMPS + ['motor', 'cylinder', 'accumulator'] else '台'


def other_facets(it, style, typo_p=0.05):
    pt = it['ptype']
    en = style == 'en'
    core, opt = [], []
    if pt == 'grease_nipple':
        w = pick(['grease nipple', 'grease fitting']) if en else pick(['黄油嘴', '油嘴', '注油嘴', '油杯', '牛油嘴'])
        core.append(F({'ptype': ['grease_nipple']}, w, 'type'))
        core.append(F({'thread': it['thread']}, it['thread'] if R.random() < 0.7 else it['thread'].replace('×', pick(['x', '*'])), 'size'))
        a = it['angle']
        at = {0: (['直通', '直的', '直嘴'], ['straight']), 45: (['45度', '45°'], ['45 deg']), 90: (['90度', '90°', '直角'], ['90 deg'])}[a]
        opt.append((F({'angle': a}, zh_or_en(at, style), 'grade'), 0.95))
        m = it.get('material')
        if m:
            opt.append((F({'material': m}, zh_or_en(MAT_Q[m], style), 'material'), 0.8))
        if it.get('finish'):
            opt.append((F({'finish': it['finish']}, zh_or_en(FIN_Q[it['finish']], style), 'finish'), 0.6))
        if it.get('std'):
            opt.append((F({'std': it['std']}, std_q(it['std'], style), 'std', 'std_written'), 0.3))
        return core, opt, '个'
    if pt.startswith('plug_'):
        w = {'plug_socket': (['内六角螺塞', '内六角堵头', '内六角螺堵'], ['socket plug']), 'plug_hex': (['外六角螺塞', '外六角堵头', '六角堵头'], ['hex plug']),
             'plug_magnetic': (['磁性螺塞', '磁性放油螺塞', '磁性堵头'], ['magnetic plug'])}[pt]
        core.append(F({'ptype': [pt]}, zh_or_en(w, style), 'type'))
        if 'd' in it:
            core.append(F({'d': it['d'], 'pitch': it['pitch']}, pick([f'M{it["d"]}x{fnum(it["pitch"])}', f'M{it["d"]}*{fnum(it["pitch"])}', f'M{it["d"]}×{fnum(it["pitch"])}']), 'size'))
        else:
            core.append(F({'thread': it['thread']}, it['thread'], 'size'))
        if item_material(it):
            opt.append((F({'material': item_material(it)}, zh_or_en(MAT_Q[item_material(it)], style), 'material'), 0.8))
        if it.get('finish'):
            opt.append((F({'finish': it['finish']}, zh_or_en(FIN_Q[it['finish']], style), 'finish'), 0.8))
        if it.get('std'):
            opt.append((F({'std': it['std']}, std_q(it['std'], style), 'std', 'std_written'), 0.5))
        return core, opt, '个'
    if pt == 'tube_clamp':
        core.append(F({'ptype': ['tube_clamp']}, pick(['管夹', '液压管夹', '管卡']) if not en else 'tube clamp', 'type'))
        core.append(F({'od': it['od']}, pick([f'Φ{it["od"]}', f'{it["od"]}', f'{it["od"]}的管']) if not en else f'OD{it["od"]}', 'size'))
        opt.append((F({'series': it['series']}, it['series'] if not en else ('light' if it['series'] == '轻型' else 'heavy'), 'grade'), 0.9))
        opt.append((F({'twin': it['twin']}, it['twin'] if not en else ('single' if it['twin'] == '单管' else 'twin'), 'grade'), 0.9))
        if it.get('material'):
            opt.append((F({'material': it['material']}, it['material'], 'material'), 0.6))
        return core, opt, '套'
    if pt == 'hose_clamp':
        core.append(F({'ptype': ['hose_clamp']}, pick(['喉箍', '卡箍', '管箍']) if not en else 'hose clamp', 'type'))
        core.append(F({'lo': it['lo'], 'hi': it['hi']}, f'{it["lo"]}-{it["hi"]}', 'size'))
        m = it.get('material')
        if m and m.startswith('SS'):
            opt.append((F({'material': m}, zh_or_en(MAT_Q[m], style), 'material'), 0.9))
        if it.get('finish'):
            opt.append((F({'finish': it['finish']}, zh_or_en(FIN_Q[it['finish']], style), 'finish'), 0.9))
        return core, opt, '个'
    if pt == 'wire_insert':
        core.append(F({'ptype': ['wire_insert']}, pick(['钢丝螺套', '螺套']) if not en else 'helicoil insert', 'type'))
        core.append(F({'d': it['d'], 'pitch': 'coarse'}, f'M{it["d"]}', 'size'))
        core.append(F({'length_d': it['length_d']}, it['length_d'], 'size'))
        return core, opt, '个'
    if pt in ('level_gauge', 'breather'):
        w = (['液位计', '液位液温计'], ['level gauge']) if pt == 'level_gauge' else (['空气滤清器', '空滤', '呼吸器'], ['breather'])
        core.append(F({'ptype': [pt]}, zh_or_en(w, style), 'type'))
        core.append(F({'code': norm_code(it['code'])}, it['code'], 'size', 'code'))
        return core, opt, '个'
    raise ValueError(pt)


# ---------------------------------------------------------------------------
# assemble
# ---------------------------------------------------------------------------
def merge(facets):
    cons = {}
    allow = []
    for f in facets:
        for k, v in f['cons'].items():
            if k in cons and cons[k] != v:
                if k == 'ptype':
                    v = [p for p in cons[k] if p in v]
                elif k == 'material' and v == 'SS':
                    continue
                elif k == 'material' and cons[k] == 'SS':
                    pass
                else:
                    return None, None
            cons[k] = v
        allow += f['allow']
    return cons, sorted(set(allow))


def weighted_order(opt):
    return [f for f, w in sorted(opt, key=lambda fw: -(R.random() ** (1.0 / max(fw[1], 0.01))))]


def solve(core, opt, expect, extra_p=0.25, max_opt=5):
    chosen = list(core)
    order = weighted_order(opt)
    cons, allow = merge(chosen)
    if cons is None:
        return None
    ok, why, _ = IDX.verdict(cons, expect, allow)
    used = 0
    while not ok and order and used < max_opt:
        f = order.pop(0)
        trial = chosen + [f]
        c2, a2 = merge(trial)
        if c2 is None:
            continue
        chosen = trial
        cons, allow = c2, a2
        used += 1
        ok, why, _ = IDX.verdict(cons, expect, allow)
    if not ok:
        return None
    # buyers often over-specify
    if order and R.random() < extra_p:
        f = order.pop(0)
        c2, a2 = merge(chosen + [f])
        if c2 is not None and IDX.verdict(c2, expect, a2)[0]:
            chosen, cons, allow = chosen + [f], c2, a2
    # drop facets that turned out unnecessary? keep: people do over-specify
    return chosen, cons, allow


def render(chosen, style, unit):
    typef = [f for f in chosen if f['slot'] == 'type' and f['txt']]
    sizef = [f for f in chosen if f['slot'] == 'size']
    rest = [f for f in chosen if f['slot'] not in ('type', 'size') and f['txt']]
    R.shuffle(rest)
    head = [f['txt'] for f in sizef]
    if typef:
        tw = typef[0]['txt']
        head = ([tw] + head) if R.random() < 0.6 else (head + [tw])
        for extra in typef[1:]:
            head.insert(0, extra['txt'])
    k = R.randrange(len(rest) + 1) if R.random() < 0.35 else len(rest)
    parts = [f['txt'] for f in rest[:k]] + head + [f['txt'] for f in rest[k:]]
    if style == 'en':
        k2 = [p for p in parts]
        body = smart_join(k2, style)
    else:
        body = smart_join(parts, style)
    q = wrap(body, style, unit)
    if style == 'zh-hant':
        q = to_hant(q)
    if style == 'voice':
        q = q.replace('，', '').replace('？', '').replace('！', '')
    return q


def make_one(it, kind, style, builder, **kw):
    core, opt, unit = builder(it, style, **kw)
    res = solve(core, opt, it['number'])
    if res is None:
        return None
    chosen, cons, allow = res
    text = render(chosen, style, unit)
    tags = {f['tag'] for f in chosen if f['tag']}
    if 'bare_spec' in tags and 'brand' in cons:
        tags.discard('bare_spec')
    tags = sorted(tags)
    meta = {}
    for f in chosen:
        meta.update(f['meta'])
    return {'query': text, 'expect': it['number'], 'kind': kind, 'style': style, 'constraints': cons, 'allow': allow,
            'tags': tags, **meta}


# ---------------------------------------------------------------------------
# null queries: near misses the catalogue does not hold
# ---------------------------------------------------------------------------
def make_null(it, kind, style, builder, mutate):
    core, opt, unit = builder(it, style)
    chosen = list(core) + [f for f, w in opt if R.random() < w * 0.7]
    chosen = mutate(it, chosen, style)
    if chosen is None:
        return None
    cons, allow = merge(chosen)
    if cons is None:
        return None
    ok, why, _ = IDX.verdict(cons, None, [])
    if not ok:
        return None
    text = render(chosen, style, unit)
    return {'query': text, 'expect': None, 'kind': kind, 'style': style, 'constraints': cons, 'allow': [],
            'tags': ['null'] + sorted({f['tag'] for f in chosen if f['tag']})}


LENS = [6, 8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120]


def mut_length(it, chosen, style):
    for f in chosen:
        if f['slot'] == 'size' and 'L' in f['cons']:
            cand = [L for L in LENS + [28, 32, 36, 42, 48, 75] if L != it['L'] and abs(L - it['L']) <= 20]
            if not cand:
                return None
            newL = pick(cand)
            old = fnum(it['L'])
            new = dict(f)
            new['cons'] = dict(f['cons'], L=newL)
            txt = f['txt']
            idx = txt.rfind(old)
            if idx < 0:
                return None
            new['txt'] = txt[:idx] + fnum(newL) + txt[idx + len(old):]
            return [new if g is f else g for g in chosen]
    return None


def mut_brand(it, chosen, style):
    for f in chosen:
        if f['slot'] == 'size' and re.search(r'(DDU|LLU|RSH|RSR|DU|LU|2NSE|NSE|ZZE)', f['txt'].upper()):
            return None
    pool = ['SKF', 'NSK', 'FAG', 'NTN', 'KOYO', 'TIMKEN', 'HRB', 'ZWZ', 'LYC', 'NACHI']
    out = [f for f in chosen if f['slot'] != 'brand']
    b = pick([x for x in pool if x != it.get('brand')])
    out.append(F({'brand': [b]}, pick(BRAND_Q[b]), 'brand', 'brand'))
    # a brand-native seal text would contradict the new brand: use the generic one
    return out


def mut_code(it, chosen, style):
    out = []
    for f in chosen:
        if 'code' in f['cons'] and f['slot'] == 'size':
            code = it['code']
            m = re.search(r'(\d+)(?!.*\d)', code)
            if R.random() < 0.5 and re.search(r'[A-Z]$', code) is None:
                new = code + pick(['C', 'D', 'E'])
            elif m:
                n = int(m.group(1)) + pick([1, 2, 3, 5, -1])
                new = code[:m.start()] + str(n).zfill(len(m.group(1))) + code[m.end():]
            else:
                return None
            g = dict(f)
            g['cons'] = {'code': norm_code(new)}
            g['txt'] = new
            g['allow'] = []
            out.append(g)
        else:
            out.append(f)
    return out


def mut_oring(it, chosen, style):
    out = []
    for f in chosen:
        if f['slot'] == 'size' and 'id' in f['cons']:
            nid = round(it['id'] + pick([1, 2, 3, -1, -2, 0.5]), 1)
            nid = int(nid) if float(nid).is_integer() else nid
            g = dict(f)
            g['cons'] = dict(f['cons'], id=nid)
            g['txt'] = f['txt'].replace(fnum(it['id']), fnum(nid), 1)
            if fnum(nid) not in g['txt']:
                return None
            out.append(g)
        else:
            out.append(f)
    return out


# ---------------------------------------------------------------------------
# plan
# ---------------------------------------------------------------------------
STYLE_W = [('zh', 55), ('mixed', 17), ('en', 12), ('zh-hant', 8), ('voice', 8)]


def style_pick(allowed=None):
    pairs = [(s, w) for s, w in STYLE_W if not allowed or s in allowed]
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for s, w in pairs:
        x -= w
        if x < 0:
            return s
    return pairs[-1][0]


def targets(ptypes, pred=None):
    out = []
    for p in ptypes:
        out += [it for it in BYPT.get(p, []) if not pred or pred(it)]
    return out


def run_slot(n, kind, pool, builder, styles=None, tries=4000, **kw):
    got = []
    seen_targets = set()
    for _ in range(tries):
        if len(got) >= n:
            break
        it = pick(pool)
        if it['number'] in seen_targets:
            continue
        style = style_pick(styles)
        q = make_one(it, kind, style, builder, **kw)
        if q and q['query'] not in TEXTS:
            TEXTS.add(q['query'])
            seen_targets.add(it['number'])
            got.append(q)
    if len(got) < n:
        print('WARN slot', kind, builder.__name__, 'got', len(got), 'of', n)
    return got


def run_null(n, kind, pool, builder, mutate, styles=None, tries=3000):
    got = []
    for _ in range(tries):
        if len(got) >= n:
            break
        it = pick(pool)
        style = style_pick(styles)
        q = make_null(it, kind, style, builder, mutate)
        if q and q['query'] not in TEXTS:
            TEXTS.add(q['query'])
            got.append(q)
    if len(got) < n:
        print('WARN null', kind, 'got', len(got), 'of', n)
    return got


TEXTS = set()


def code_queries(n):
    """Queries by K/3 number, old number, mnemonic, OEM or supplier code."""
    got = []
    alias_count = {}
    for it in ITEMS:
        for a in it.get('aliases', []):
            alias_count[norm_code(a)] = alias_count.get(norm_code(a), 0) + 1
    plan = [('number', 12), ('number_prefix', 4), ('oldno', 14), ('mnemonic', 10), ('oem', 12), ('supplier', 8)]
    for what, k in plan:
        made = 0
        for _ in range(20000):
            if made >= k:
                break
            it = pick(ITEMS)
            style = style_pick(['zh', 'mixed', 'zh-hant', 'en'] if what != 'supplier' else ['zh', 'mixed', 'en'])
            if what in ('number', 'number_prefix'):
                num = it['number']
                longer = [x for x in BYNUM if x != num and x.startswith(num)]
                if what == 'number_prefix' and not longer:
                    continue
                if what == 'number' and (longer or not re.fullmatch(r'[\d.]+', num)):
                    continue
                lead = pick(['物料编码', '编码', '料号', '物料', '', 'K3编码'])
                core = [F({'number': num}, (lead + ' ' if lead and R.random() < 0.5 else lead) + num, 'size', 'number_prefix_exact' if longer else 'number')]
                opt = []
            else:
                cands = [(a, t) for a, t in zip(it.get('aliases', []), it.get('alias_types', [])) if t == what]
                if not cands:
                    continue
                a, t = pick(cands)
                lead = {'oldno': ['老编码', '旧编码', '老料号', 'K3老编号', '老系统编码'], 'mnemonic': ['助记码', '', ''],
                        'oem': ['件号', '小松件号' if a.startswith('01010') or a.startswith('07000') or a.startswith('707') else '配件号', '原厂号', ''],
                        'supplier': ['供应商编码', '', '物料号']}[what]
                ld = pick(lead)
                core = [F({'alias': norm_code(a)}, (ld + ' ' if ld and R.random() < 0.4 else ld) + a, 'size', what)]
                opt = []
                if alias_count[norm_code(a)] > 1:
                    # not unique: the buyer adds what tells them apart
                    builder = {'fastener': fastener_facets, 'bearing': bearing_facets, 'seal': seal_facets, 'hydraulic': hydraulic_facets,
                               'other': other_facets}[it['kind']]
                    try:
                        c2, o2, _ = builder(it, style)
                    except Exception:
                        continue
                    opt = [(f, w) for f, w in o2]
                    core += [f for f in c2 if f['slot'] == 'type']
            res = solve(core, opt, it['number'], extra_p=0.1)
            if not res:
                continue
            chosen, cons, allow = res
            q = render(chosen, style, '个')
            if q in TEXTS:
                continue
            TEXTS.add(q)
            got.append({'query': q, 'expect': it['number'], 'kind': 'code', 'style': style, 'constraints': cons, 'allow': allow,
                        'tags': sorted({f['tag'] for f in chosen if f['tag']})})
            made += 1
        print('  code', what, made)
    R.shuffle(got)
    return got[:n]


def code_nulls(n):
    got = []
    allal = set(norm_code(a) for it in ITEMS for a in it.get('aliases', []))
    for _ in range(500):
        if len(got) >= n:
            break
        r = R.random()
        if r < 0.5:
            a = f'{R.randrange(1, 5)}.{R.randrange(1, 10):02d}.{R.randrange(1500, 9999):04d}'
            txt = pick(['老编码', '旧编码']) + a
        else:
            a = f'01010-8{R.choice([10, 12, 16])}{R.choice([33, 37, 43, 47])}'
            txt = '小松件号' + a
        if norm_code(a) in allal:
            continue
        cons = {'alias': norm_code(a)}
        if not IDX.verdict(cons, None)[0]:
            continue
        q = wrap(txt, 'zh')
        if q in TEXTS:
            continue
        TEXTS.add(q)
        got.append({'query': q, 'expect': None, 'kind': 'code', 'style': 'zh', 'constraints': cons, 'allow': [], 'tags': ['null']})
    return got


def prefix_exact_pool(ptypes):
    """rows whose code is a strict prefix of another row's code (X-115 / X-115B)"""
    codes = {}
    for it in ITEMS:
        if it.get('code') and it['ptype'] in ptypes:
            codes.setdefault(norm_code(it['code']), []).append(it)
    keys = sorted(codes)
    out = []
    for i, k in enumerate(keys):
        if i + 1 < len(keys) and keys[i + 1].startswith(k) and len(codes[k]) == 1:
            out.append(codes[k][0])
    return out


def truncated_code_pool():
    """piston pumps / valves people name by the leading part of the model"""
    out = []
    allcodes = [norm_code(x['code']) for x in ITEMS if x.get('code')]
    for it in ITEMS:
        if it['ptype'] in ('piston_pump', 'dir_valve', 'relief_valve', 'vane_pump', 'reducing_valve') and it.get('code'):
            code = it['code']
            for short in sorted({code.split('/')[0], code.split('-')[0]}):
                if len(short) < 5 or short == code:
                    continue
                ns = norm_code(short)
                if sum(1 for c in allcodes if c.startswith(ns)) == 1:
                    out.append((it, short))
    return out


def bare_pool():
    """bearings a bare designation + 轴承 names on its own (no brand)"""
    out = []
    for it in ITEMS:
        if it['kind'] != 'bearing':
            continue
        cons = {'ptype': ALL_BEARINGS, 'base': it['base'], 'seal': it.get('seal', 'open'), 'design': it.get('design', ''),
                'clearance': it.get('clearance', 'CN')}
        if IDX.verdict(cons, it['number'])[0]:
            out.append(it)
    return out


def equiv_std_queries(n):
    eq = []
    pool = targets(['hex_bolt', 'socket_cap', 'hex_nut', 'flat_washer', 'spring_washer', 'nylon_nut', 'csk_socket', 'set_screw'],
                   lambda it: it.get('std') and STD[it['std']][2])
    for _ in range(8000):
        if len(eq) >= n:
            break
        it = pick(pool)
        alts = [s for s in STD if s != it['std'] and STD[s][2] == STD[it['std']][2]]
        if not alts:
            continue
        s2 = pick(alts)
        style = style_pick(['zh', 'mixed', 'en', 'voice'])
        core, opt, unit = fastener_facets(it, style, 0)
        core = [f for f in core if f['slot'] != 'std']
        if not any(f['slot'] == 'type' for f in core):
            continue
        opt = [(f, w) for f, w in opt if f['slot'] != 'std']
        cons = {'std': s2}
        cons.update(STD[s2][1])
        core.append(F(cons, std_q(s2, style), 'std', 'std_equiv', allow=['std_equiv']))
        res = solve(core, opt, it['number'], extra_p=0.1)
        if not res:
            continue
        chosen, c, a = res
        q = render(chosen, style, unit)
        if q in TEXTS:
            continue
        TEXTS.add(q)
        eq.append({'query': q, 'expect': it['number'], 'kind': 'fastener', 'style': style, 'constraints': c, 'allow': a,
                   'tags': sorted({f['tag'] for f in chosen if f['tag']})})
    return eq


def special_make(n, kind, pairs, builder, styles=None, **kw):
    got = []
    for _ in range(3000):
        if len(got) >= n or not pairs:
            break
        it, extra = pick(pairs)
        style = style_pick(styles)
        q = make_one(it, kind, style, builder, **dict(kw, **extra))
        if q and q['query'] not in TEXTS:
            TEXTS.add(q['query'])
            got.append(q)
    return got


NONNULL = {'fastener': 157, 'bearing': 104, 'seal': 66, 'hydraulic': 71, 'other': 29, 'code': 48}


def main():
    FP = lambda *p: targets(p)
    Q = {k: [] for k in NONNULL}
    N = []
    # ---------------- fasteners ----------------
    f = Q['fastener']
    f += equiv_std_queries(14)
    f += run_slot(12, 'fastener', FP('hex_bolt', 'socket_cap', 'spring_washer', 'nylon_nut', 'circlip_shaft', 'circlip_bore',
                                      'spring_pin', 'flange_bolt', 'pan_screw', 'csk_socket'), fastener_facets, styles=['zh', 'mixed'], typo_p=0.9)
    f += run_slot(9, 'fastener', targets(['hex_bolt', 'socket_cap', 'hex_nut'], lambda it: isinstance(it.get('pitch'), float)), fastener_facets)
    f += run_slot(12, 'fastener', FP('hex_nut', 'nylon_nut', 'thin_nut', 'flange_nut', 'cap_nut', 'slotted_nut', 'round_nut'), fastener_facets)
    f += run_slot(12, 'fastener', FP('flat_washer', 'spring_washer', 'large_washer', 'small_washer', 'tab_washer', 'nordlock'), fastener_facets)
    f += run_slot(5, 'fastener', FP('stud'), fastener_facets)
    f += run_slot(6, 'fastener', FP('set_screw'), fastener_facets)
    f += run_slot(8, 'fastener', FP('dowel', 'spring_pin', 'cotter', 'taper_pin'), fastener_facets)
    f += run_slot(5, 'fastener', FP('circlip_shaft', 'circlip_bore'), fastener_facets)
    f += run_slot(4, 'fastener', FP('key'), fastener_facets)
    f += run_slot(8, 'fastener', FP('flange_bolt', 'csk_socket', 'button_socket', 'pan_screw', 'csk_cross', 'eye_bolt', 'rivet', 'rivet_nut'), fastener_facets)
    f += run_slot(27, 'fastener', FP('socket_cap'), fastener_facets)
    f += run_slot(40, 'fastener', FP('hex_bolt'), fastener_facets)
    N += run_null(8, 'fastener', FP('hex_bolt', 'socket_cap'), fastener_facets, mut_length)
    # ---------------- bearings ----------------
    b = Q['bearing']
    bp = bare_pool()
    b += run_slot(24, 'bearing', bp, bearing_facets, bare=True, nobrand=True)
    old = [it for it in ITEMS if it['kind'] == 'bearing' and 'oldcode' in it.get('alias_types', [])]
    b += special_make(8, 'bearing', [(it, {'oldcode': it['aliases'][it['alias_types'].index('oldcode')]}) for it in old
                                     if len(it['aliases'][it['alias_types'].index('oldcode')]) >= 4], bearing_facets, styles=['zh', 'voice', 'mixed', 'zh-hant'])
    b += run_slot(6, 'bearing', FP('deep_groove', 'tapered', 'cyl_roller', 'spherical', 'angular'), bearing_facets, styles=['zh'], typo_p=0.9)
    dg = FP('deep_groove')
    b += run_slot(12, 'bearing', FP('tapered'), bearing_facets)
    b += run_slot(9, 'bearing', FP('cyl_roller'), bearing_facets)
    b += run_slot(8, 'bearing', FP('spherical'), bearing_facets)
    b += run_slot(4, 'bearing', FP('angular'), bearing_facets)
    b += run_slot(3, 'bearing', FP('thrust'), bearing_facets)
    b += run_slot(4, 'bearing', FP('needle'), bearing_facets)
    b += run_slot(3, 'bearing', FP('plain'), bearing_facets)
    b += run_slot(3, 'bearing', FP('insert'), bearing_facets)
    b += run_slot(30, 'bearing', dg, bearing_facets)
    N += run_null(6, 'bearing', dg + FP('tapered', 'spherical'), bearing_facets, mut_brand)
    # ---------------- seals ----------------
    s_ = Q['seal']
    s_ += run_slot(7, 'seal', prefix_exact_pool(['seal_kit']), seal_facets)
    s_ += run_slot(28, 'seal', FP('o_ring'), seal_facets)
    s_ += run_slot(13, 'seal', FP('oil_seal'), seal_facets, typo_p=0.3)
    s_ += run_slot(10, 'seal', FP('rod_seal', 'piston_seal', 'wiper', 'wear_ring', 'buffer_seal'), seal_facets, typo_p=0.2)
    s_ += run_slot(3, 'seal', FP('seal_kit'), seal_facets)
    s_ += run_slot(5, 'seal', FP('bonded_washer', 'copper_washer'), seal_facets, typo_p=0.3)
    N += run_null(2, 'seal', FP('o_ring'), seal_facets, mut_oring)
    N += run_null(2, 'seal', [it for it in FP('seal_kit') if not it.get('model')], seal_facets, mut_code)
    # ---------------- hydraulics ----------------
    h = Q['hydraulic']
    h += run_slot(7, 'hydraulic', prefix_exact_pool(['adapter', 'gear_pump', 'cylinder', 'filter', 'dir_valve', 'relief_valve']), hydraulic_facets)
    h += special_make(5, 'hydraulic', [(it, {'prefix': (sh, norm_code(sh))}) for it, sh in truncated_code_pool()], hydraulic_facets, styles=['zh', 'mixed'])
    h += run_slot(5, 'hydraulic', FP('dir_valve', 'relief_valve', 'gear_pump', 'piston_pump', 'adapter', 'hose', 'cylinder', 'accumulator'),
                  hydraulic_facets, styles=['zh'], typo_p=0.6)
    h += run_slot(11, 'hydraulic', FP('adapter', 'hose_fitting'), hydraulic_facets)
    h += run_slot(10, 'hydraulic', FP('dir_valve', 'relief_valve', 'check_valve', 'throttle_valve', 'cartridge', 'reducing_valve', 'multiway'), hydraulic_facets)
    h += run_slot(7, 'hydraulic', FP('gear_pump', 'piston_pump', 'vane_pump', 'motor'), hydraulic_facets)
    h += run_slot(8, 'hydraulic', FP('filter'), hydraulic_facets)
    h += run_slot(6, 'hydraulic', FP('cylinder'), hydraulic_facets)
    h += run_slot(5, 'hydraulic', FP('hose'), hydraulic_facets)
    h += run_slot(3, 'hydraulic', FP('hose_assy'), hydraulic_facets)
    h += run_slot(6, 'hydraulic', FP('accumulator', 'gauge', 'ball_valve', 'test_coupling', 'coil'), hydraulic_facets)
    N += run_null(4, 'hydraulic', FP('dir_valve', 'gear_pump', 'filter', 'relief_valve'), hydraulic_facets, mut_code)
    # ---------------- other ----------------
    o = Q['other']
    o += run_slot(8, 'other', FP('grease_nipple'), other_facets)
    o += run_slot(7, 'other', FP('plug_socket', 'plug_hex', 'plug_magnetic'), other_facets)
    o += run_slot(6, 'other', FP('tube_clamp'), other_facets)
    o += run_slot(4, 'other', FP('hose_clamp'), other_facets)
    o += run_slot(2, 'other', FP('wire_insert'), other_facets)
    o += run_slot(3, 'other', FP('level_gauge', 'breather'), other_facets)
    N += run_null(1, 'other', FP('level_gauge', 'breather'), other_facets, mut_code)
    # ---------------- codes ----------------
    Q['code'] += code_queries(60)
    N += code_nulls(2)
    # ---------------- exact counts ----------------
    fill = {'fastener': (FP('hex_bolt', 'socket_cap', 'hex_nut', 'flat_washer'), fastener_facets),
            'bearing': (FP('deep_groove', 'tapered'), bearing_facets), 'seal': (FP('o_ring', 'oil_seal'), seal_facets),
            'hydraulic': (FP('adapter', 'dir_valve', 'filter', 'gear_pump'), hydraulic_facets),
            'other': (FP('grease_nipple', 'plug_socket', 'tube_clamp'), other_facets), 'code': (FP('hex_bolt'), fastener_facets)}
    final = []
    for k, n in NONNULL.items():
        lst = Q[k]
        if len(lst) < n:
            pool, bld = fill[k]
            lst += run_slot(n - len(lst), k, pool, bld) if k != 'code' else code_queries(n - len(lst))
        print(k, 'made', len(lst), 'keep', n)
        final += lst[:n]
    print('null made', len(N))
    final += N[:25]
    allq = final
    R.shuffle(allq)
    # record which queries exercise "the exact one beats a longer / equivalent one"
    for q in allq:
        if q['expect']:
            ok, why, surv = IDX.verdict(q['constraints'], q['expect'], q['allow'])
            lv = {l for _, d in surv for l in d.values()}
            if 'P' in lv:
                q['tags'] = sorted(set(q['tags']) | {'exact_beats_longer'})
            if 'E' in lv:
                q['tags'] = sorted(set(q['tags']) | {'exact_beats_equivalent'})
    with open(os.path.join(HERE, 'queries.jsonl'), 'w', encoding='utf-8') as f:
        for q in allq:
            f.write(json.dumps({'query': q['query'], 'expect': q['expect'], 'kind': q['kind'], 'style': q['style']}, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'queries_meta.jsonl'), 'w', encoding='utf-8') as f:
        for q in allq:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    from collections import Counter
    print('total', len(allq))
    print('kinds', Counter(q['kind'] for q in allq))
    print('styles', Counter(q['style'] for q in allq))
    print('nulls', Counter(q['kind'] for q in allq if not q['expect']))
    print('tags', Counter(t for q in allq for t in q.get('tags', [])))


if __name__ == '__main__':
    main()
