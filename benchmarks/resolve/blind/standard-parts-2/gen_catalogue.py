#!/usr/bin/env python3
"""Blind test catalogue of standard parts, as a construction-machinery /
gearbox plant's K/3 Cloud master data looks after a decade of clerks.

stdlib only, fixed seed:  python3 gen_catalogue.py
writes catalogue.csv (number,name,spec,unit,category,aliases) and
catalogue_attrs.jsonl (the structured attributes each row was rendered from;
used only by make_queries.py / check_queries.py, never by a resolver).
"""
import csv
import json
import re
import os
import random

from stdmodel import STD, norm_code

SEED = 20250614
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)

ITEMS = []


def pick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def fnum(x):
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x)


# ---------------------------------------------------------------------------
# clerks: who typed the master data, with their habits
# ---------------------------------------------------------------------------
CLERKS = [  # id, era, weight
    (0, 2012, 10), (1, 2013, 12), (2, 2016, 14), (3, 2017, 12),
    (4, 2018, 5), (5, 2019, 12), (6, 2021, 14), (7, 2023, 8),
]


def clerk():
    return wpick([(c, w) for c, _, w in CLERKS])


def era(c):
    return CLERKS[c][1]


def add(group, attrs, name, spec, unit, category, c, extra_alias=None):
    attrs = {k: v for k, v in attrs.items() if v is not None}
    attrs['clerk'] = c
    al = list(extra_alias or [])
    ITEMS.append(dict(group=group, attrs=attrs, name=name.strip(), spec=spec.strip(),
                      unit=unit, category=category, aliases=al))
    return ITEMS[-1]


# ---------------------------------------------------------------------------
# FASTENERS
# ---------------------------------------------------------------------------
COARSE = {3: 0.5, 4: 0.7, 5: 0.8, 6: 1.0, 8: 1.25, 10: 1.5, 12: 1.75, 14: 2.0, 16: 2.0,
          18: 2.5, 20: 2.5, 22: 2.5, 24: 3.0, 27: 3.0, 30: 3.5, 33: 3.5, 36: 4.0, 42: 4.5, 48: 5.0}
FINE = {8: [1.0], 10: [1.25, 1.0], 12: [1.5, 1.25], 14: [1.5], 16: [1.5], 18: [1.5],
        20: [1.5, 2.0], 22: [1.5], 24: [2.0], 27: [2.0], 30: [2.0], 36: [3.0]}
LENS = [5, 6, 8, 10, 12, 14, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100,
        110, 120, 130, 140, 150, 160, 180, 200, 220, 240, 260, 280, 300]
DPOP = {3: 0.35, 4: 0.5, 5: 0.7, 6: 1.0, 8: 1.3, 10: 1.4, 12: 1.4, 14: 0.8, 16: 1.25, 18: 0.6,
        20: 1.05, 22: 0.5, 24: 0.85, 27: 0.45, 30: 0.55, 33: 0.2, 36: 0.35, 42: 0.15, 48: 0.1}

FIN_TXT = {
    'ZN': ['镀锌', '电镀锌', '镀锌', 'Zn', 'zinc plated', '镀锌', '表面镀锌', '镀锌'],
    'ZN_BW': ['蓝白锌', '镀蓝白锌', '蓝锌', '蓝白锌', 'blue zinc', '蓝白锌', '镀蓝白锌', '蓝白锌'],
    'ZN_C': ['彩锌', '镀彩锌', '彩色锌', '彩锌', 'yellow zinc', '彩锌', '镀彩锌', '彩锌'],
    'ZN_W': ['白锌', '镀白锌', '白锌', '白锌', 'white zinc', '白锌', '镀白锌', '白锌'],
    'ZN_B': ['黑锌', '镀黑锌', '黑锌', '黑锌', 'black zinc', '黑锌', '镀黑锌', '黑锌'],
    'BLK': ['发黑', '氧化发黑', '发黑', '黑色', 'black oxide', '发黑', '发黑处理', '发黑'],
    'DAC': ['达克罗', '达克罗', 'DACROMET', '达克罗', 'dacromet', '达克罗', '达克罗涂覆', '达克罗'],
    'HDG': ['热镀锌', '热浸锌', '热镀锌', '热镀锌', 'HDG', '热镀锌', '热浸镀锌', '热镀锌'],
    'PLAIN': ['本色', '原色', '本色', '本色', 'plain', '不处理', '本色', '原色'],
    'NI': ['镀镍', '镀镍', '镀镍', '镀镍', 'nickel plated', '镀镍', '镀镍', '镀镍'],
    'PHOS': ['磷化', '磷化', '磷化', '磷化', 'phosphated', '磷化', '磷化处理', '磷化'],
}
MAT_TXT = {
    'SS304': ['不锈钢304', 'SS304', '304', 'SUS304', 'SS304', '304不锈钢', '不锈钢304', '304'],
    'SS316': ['不锈钢316', 'SS316', '316', 'SUS316', 'SS316', '316不锈钢', '不锈钢316', '316'],
    'SS201': ['201不锈钢', 'SS201', '201', '不锈钢201', 'SS201', '201不锈钢', '不锈钢201', '201'],
    'SS': ['不锈钢', '不锈钢', '不锈钢', '不锈钢', 'stainless', '不锈钢', '不锈钢', '不锈'],
    'CS': ['碳钢', '碳钢', '碳钢', '碳钢', 'carbon steel', '碳钢', '碳钢', '碳钢'],
    'BRASS': ['黄铜', 'H62黄铜', '铜', '黄铜', 'brass', '黄铜', '黄铜', '铜'],
    '65MN': ['65Mn', '65Mn', '65MN', '65Mn', '65Mn', '65Mn', '65Mn', '65mn'],
    'AL': ['铝', '铝合金', '铝', '铝', 'aluminium', '铝', '铝', '铝'],
}

# type names per clerk (index = clerk id % len)
TNAME = {
    'hex_bolt': ['六角头螺栓', '外六角螺栓', '六角螺栓', '六角头螺栓', 'Hex bolt', '外六角螺栓', '六角头螺栓', '螺栓'],
    'flange_bolt': ['六角法兰面螺栓', '法兰面螺栓', '法兰螺栓', '六角法兰面螺栓', 'Hex flange bolt', '法兰螺栓', '六角法兰面螺栓', '法兰螺栓'],
    'socket_cap': ['内六角圆柱头螺钉', '内六角螺钉', '内六角螺栓', '内六角圆柱头螺钉', 'Socket head cap screw', '内六角螺丝', '内六角圆柱头螺钉', '杯头螺丝'],
    'csk_socket': ['内六角沉头螺钉', '沉头内六角螺钉', '内六角沉头螺栓', '内六角沉头螺钉', 'Countersunk socket screw', '沉头内六角', '内六角沉头螺钉', '平杯螺丝'],
    'stud': ['双头螺柱', '双头螺栓', '双头螺柱', '螺柱', 'Stud bolt', '双头螺柱', '双头螺柱', '双头丝'],
    'eye_bolt': ['吊环螺钉', '吊环螺栓', '吊环', '吊环螺钉', 'Eye bolt', '吊环螺栓', '吊环螺钉', '吊环'],
    'hex_nut': ['六角螺母', '螺母', '六角螺母', '1型六角螺母', 'Hex nut', '六角螺母', '六角螺母', '螺帽'],
    'thin_nut': ['六角薄螺母', '薄螺母', '薄型螺母', '六角薄螺母', 'Thin nut', '薄螺母', '六角薄螺母', '薄螺母'],
    'nylon_nut': ['尼龙锁紧螺母', '尼龙自锁螺母', '防松螺母(尼龙)', '尼龙锁紧螺母', 'Nylon lock nut', '尼龙自锁螺母', '非金属嵌件六角锁紧螺母', '尼龙螺母'],
    'flange_nut': ['六角法兰面螺母', '法兰螺母', '法兰面螺母', '六角法兰面螺母', 'Flange nut', '法兰螺母', '六角法兰面螺母', '法兰螺母'],
    'cap_nut': ['盖形螺母', '盖帽螺母', '盖形螺母', '盖形螺母', 'Cap nut', '盖帽螺母', '六角盖形螺母', '盖帽'],
    'slotted_nut': ['六角开槽螺母', '开槽螺母', '槽形螺母', '六角开槽螺母', 'Slotted nut', '开槽螺母', '六角开槽螺母', '开槽螺母'],
    'round_nut': ['圆螺母', '圆螺母', '锁紧圆螺母', '圆螺母', 'Round nut', '圆螺母', '圆螺母', '圆螺母'],
    'flat_washer': ['平垫圈', '平垫', '垫圈', '平垫圈', 'Flat washer', '平垫片', '平垫圈', '平垫'],
    'small_washer': ['小垫圈', '小平垫', '小垫圈', '小垫圈', 'Small washer', '小平垫', '小垫圈', '小平垫'],
    'large_washer': ['大垫圈', '大平垫', '加大平垫', '大垫圈', 'Large washer', '大平垫', '大垫圈', '加大垫片'],
    'spring_washer': ['弹簧垫圈', '弹垫', '弹簧垫', '标准型弹簧垫圈', 'Spring washer', '弹垫', '弹簧垫圈', '弹垫'],
    'tab_washer': ['圆螺母止动垫圈', '止动垫圈', '止退垫圈', '圆螺母止动垫圈', 'Tab washer', '止动垫圈', '圆螺母用止动垫圈', '止动垫'],
    'nordlock': ['双叠自锁垫圈', '防松垫圈(双叠)', '双叠自锁垫圈', '楔形锁紧垫圈', 'Wedge lock washer', '双叠自锁垫圈', '双叠自锁垫圈', '双叠垫片'],
    'dowel': ['圆柱销', '定位销', '圆柱销', '圆柱销', 'Dowel pin', '定位销', '圆柱销', '定位销'],
    'spring_pin': ['弹性圆柱销', '弹性销', '弹簧销', '弹性圆柱销', 'Spring pin', '弹性销', '弹性圆柱销', '弹簧销'],
    'cotter': ['开口销', '开口销', '开口销', '开口销', 'Cotter pin', '开口销', '开口销', '开口销'],
    'taper_pin': ['圆锥销', '锥销', '圆锥销', '圆锥销', 'Taper pin', '圆锥销', '圆锥销', '锥销'],
    'circlip_shaft': ['轴用弹性挡圈', '轴用挡圈', '轴用卡簧', '轴用弹性挡圈', 'Shaft circlip', '轴卡', '轴用弹性挡圈', '外卡簧'],
    'circlip_bore': ['孔用弹性挡圈', '孔用挡圈', '孔用卡簧', '孔用弹性挡圈', 'Bore circlip', '孔卡', '孔用弹性挡圈', '内卡簧'],
    'key': ['平键', '普通平键', '键', '平键', 'Parallel key', '平键', '普通平键', '键'],
    'rivet': ['抽芯铆钉', '拉铆钉', '抽芯铆钉', '铆钉', 'Blind rivet', '拉铆钉', '开口型抽芯铆钉', '拉钉'],
    'rivet_nut': ['拉铆螺母', '铆螺母', '拉铆螺母', '拉帽', 'Rivet nut', '拉铆螺母', '平头拉铆螺母', '拉帽'],
    'button_socket': ['内六角圆头螺钉', '内六角半圆头螺钉', '圆头内六角螺钉', '内六角圆头螺钉', 'Button head socket screw', '半圆头内六角螺丝', '内六角圆头螺钉', '圆杯螺丝'],
    'pan_screw': ['十字槽盘头螺钉', '十字盘头螺钉', '盘头十字螺钉', '十字槽盘头螺钉', 'Pan head screw', '十字盘头螺丝', '十字槽盘头螺钉', '圆头十字螺丝'],
    'csk_cross': ['十字槽沉头螺钉', '十字沉头螺钉', '沉头十字螺钉', '十字槽沉头螺钉', 'Countersunk cross screw', '十字沉头螺丝', '十字槽沉头螺钉', '平头十字螺丝'],
    'set_screw': ['紧定螺钉', '机米螺丝', '紧定螺钉', '顶丝', 'Set screw', '紧定螺丝', '内六角紧定螺钉', '止付螺丝'],
}
POINT_NAME = {'flat': '内六角平端紧定螺钉', 'cone': '内六角锥端紧定螺钉', 'dog': '内六角圆柱端紧定螺钉', 'cup': '内六角凹端紧定螺钉'}
POINT_SHORT = {'flat': '平端', 'cone': '锥端', 'dog': '圆柱端', 'cup': '凹端'}

STD_YEARS = {
    'GB/T 5782': ('2000', '2016'), 'GB/T 5783': ('2000', '2016'), 'GB/T 5785': ('2000', '2016'),
    'GB/T 5786': ('2000', '2016'), 'GB/T 5787': ('1986', '1986'), 'GB/T 70.1': ('2000', '2008'),
    'GB/T 70.3': ('2000', '2008'), 'GB/T 70.2': ('2000', '2015'), 'GB/T 818': ('2000', '2016'), 'GB/T 819.1': ('2000', '2016'), 'GB/T 77': ('2000', '2007'), 'GB/T 78': ('2000', '2007'),
    'GB/T 79': ('2000', '2007'), 'GB/T 80': ('2000', '2007'), 'GB/T 897': ('1988', '1988'),
    'GB/T 898': ('1988', '1988'), 'GB/T 899': ('1988', '1988'), 'GB/T 900': ('1988', '1988'),
    'GB/T 825': ('1988', '1988'), 'GB/T 6170': ('2000', '2015'), 'GB/T 6171': ('2000', '2016'),
    'GB/T 6172.1': ('2000', '2016'), 'GB/T 889.1': ('2000', '2015'), 'GB/T 6177.1': ('2000', '2016'),
    'GB/T 923': ('2009', '2009'), 'GB/T 6178': ('1986', '1986'), 'GB/T 812': ('1988', '1988'),
    'GB/T 97.1': ('2002', '2002'), 'GB/T 95': ('2002', '2002'), 'GB/T 848': ('2002', '2002'),
    'GB/T 96.1': ('2002', '2002'), 'GB/T 93': ('1987', '1987'), 'GB/T 858': ('1988', '1988'),
    'GB/T 119.1': ('2000', '2000'), 'GB/T 119.2': ('2000', '2000'), 'GB/T 879.1': ('2000', '2000'),
    'GB/T 91': ('2000', '2000'), 'GB/T 117': ('2000', '2000'), 'GB/T 894': ('1986', '2017'),
    'GB/T 893': ('1986', '2017'), 'GB/T 1096': ('2003', '2003'), 'GB/T 12618': ('2006', '2006'),
    'GB/T 17880': ('1999', '1999'), 'GB/T 1152': ('1989', '1989'), 'GB/T 3452.1': ('2005', '2005'),
}


def std_text(std, c):
    """How clerk c writes a standard in master data."""
    if std.startswith('GB/T '):
        n = std[5:]
        old, new = STD_YEARS.get(std, ('', ''))
        y = old if era(c) < 2017 else new
        if std in ('GB/T 894', 'GB/T 893') and era(c) < 2017 and c in (0, 2):
            n = n + '.1'
        forms = [f'GB/T {n}-{y}', f'GB{n}', f'GB/T{n}-{y}', f'GB/T {n}', f'GB/T {n}',
                 f'GB/T {n}-{y}', f'GB/T {n}-{y}', f'GB{n}']
        t = forms[c]
        return t.replace('-', '') if t.endswith('-') else t
    if std.startswith('DIN '):
        n = std[4:]
        return [f'DIN {n}', f'DIN{n}', f'DIN{n}', f'DIN {n}', f'DIN {n}', f'DIN{n}', f'DIN {n}', f'DIN{n}'][c]
    if std.startswith('ISO '):
        n = std[4:]
        return [f'ISO {n}', f'ISO{n}', f'ISO{n}', f'ISO {n}', f'ISO {n}', f'ISO{n}', f'ISO {n}', f'ISO{n}'][c]
    if std.startswith('JIS '):
        n = std[4:]
        return [f'JIS {n}', f'JIS{n}', f'JIS {n[0]} {n[1:]}', f'JIS {n}', f'JIS {n}', f'JIS{n}', f'JIS {n}', f'JIS{n}'][c]
    return std


SEPS = ['×', '*', 'X', '*', 'x', 'x', 'x', '*']


def size_text(d, L, pitch, c, fine=False):
    sep = SEPS[c]
    m = 'm' if (c == 7 and R.random() < 0.3) else 'M'
    ds = fnum(d)
    if fine:
        core = f'{m}{ds}{sep}{fnum(pitch)}'
    else:
        core = f'{m}{ds}'
    if L is None:
        return core
    return f'{core}{sep}{fnum(L)}'


def grade_text(g, c, nut=False):
    if g is None:
        return ''
    if g.startswith('A'):
        return g
    if nut:
        return [f'{g}级', g, g, f'{g}级', f'cl.{g}', f'{g}级', f'{g}级', g][c]
    if g.endswith('HV'):
        return g
    return [f'{g}级', g, g, f'{g}级', g, f'{g}级', f'性能等级{g}', g][c]


FAST_GROUP = {
    'hex_bolt': '03.01.01', 'flange_bolt': '03.01.01', 'eye_bolt': '03.01.01',
    'socket_cap': '03.01.02', 'csk_socket': '03.01.02', 'button_socket': '03.01.02', 'pan_screw': '03.01.02', 'csk_cross': '03.01.02', 'set_screw': '03.01.02',
    'hex_nut': '03.01.03', 'thin_nut': '03.01.03', 'nylon_nut': '03.01.03', 'flange_nut': '03.01.03',
    'cap_nut': '03.01.03', 'slotted_nut': '03.01.03', 'round_nut': '03.01.03', 'rivet_nut': '03.01.03',
    'flat_washer': '03.01.04', 'small_washer': '03.01.04', 'large_washer': '03.01.04',
    'spring_washer': '03.01.04', 'tab_washer': '03.01.04', 'nordlock': '03.01.04',
    'dowel': '03.01.05', 'spring_pin': '03.01.05', 'cotter': '03.01.05', 'taper_pin': '03.01.05',
    'circlip_shaft': '03.01.06', 'circlip_bore': '03.01.06', 'stud': '03.01.07', 'key': '03.01.08',
    'rivet': '03.01.09',
}
FAST_CAT = ['标准件', '标准件', '紧固件', '标准件-紧固件', '标准件', '紧固件', '标准件/紧固件', '标准件']
FAST_UNIT = ['个', 'PCS', '个', '只', 'PCS', '件', 'PCS', '个']


def fastener_text(a, c):
    """Render name/spec of a fastener item the way clerk c would."""
    pt = a['ptype']
    tname = TNAME[pt][c]
    if pt == 'set_screw' and a.get('point') and c in (0, 3, 6):
        tname = POINT_NAME[a['point']]
    elif pt == 'set_screw' and a.get('point') and c in (1, 2, 5, 7):
        tname = tname + '(' + POINT_SHORT[a['point']] + ')'
    elif pt == 'set_screw' and a.get('point') and c == 4:
        tname = tname + ' ' + a['point'] + ' point'
    thr = a.get('thread_rec')  # thread recorded in text by clerk (only when no std)
    if pt == 'hex_bolt' and thr:
        if c == 4:
            tname = tname + (' full thread' if thr == 'full' else ' partial thread')
        else:
            tname = pick([tname + ('(全螺纹)' if thr == 'full' else '(半螺纹)'),
                          ('全牙' if thr == 'full' else '半牙') + tname])
    fine = a.get('pitch') not in (None, 'coarse')
    if fine and c != 4 and pt in ('hex_bolt', 'hex_nut', 'socket_cap', 'stud', 'plug') and R.random() < 0.5:
        tname = '细牙' + tname
    # size
    if pt in ('hex_bolt', 'flange_bolt', 'socket_cap', 'csk_socket', 'set_screw', 'stud', 'button_socket', 'pan_screw', 'csk_cross'):
        sz = size_text(a['d'], a['L'], a.get('pitch'), c, fine)
    elif pt in ('hex_nut', 'thin_nut', 'nylon_nut', 'flange_nut', 'cap_nut', 'slotted_nut', 'round_nut', 'eye_bolt', 'rivet_nut'):
        sz = size_text(a['d'], None, a.get('pitch'), c, fine)
    elif pt in ('flat_washer', 'small_washer', 'large_washer', 'spring_washer', 'tab_washer', 'nordlock'):
        ds = fnum(a['d'])
        sz = [f'M{ds}', f'{ds}', f'Φ{ds}', f'M{ds}', f'M{ds}', f'Φ{ds}', f'M{ds}', f'{ds}'][c]
        if pt == 'nordlock' and a.get('code'):
            sz = a['code'] if c % 2 == 0 else f'{a["code"]} M{ds}'
    elif pt in ('dowel', 'spring_pin', 'cotter', 'taper_pin', 'rivet'):
        sep = SEPS[c]
        ds = fnum(a['d'])
        if pt == 'dowel' and c in (0, 6):
            sz = f'{ds}m6{sep}{fnum(a["L"])}'
        elif c in (2, 5):
            sz = f'Φ{ds}{sep}{fnum(a["L"])}'
        else:
            sz = f'{ds}{sep}{fnum(a["L"])}'
    elif pt in ('circlip_shaft', 'circlip_bore'):
        ds = fnum(a['d'])
        sz = [f'{ds}', f'Φ{ds}', f'{ds}', f'd{ds}' if pt == 'circlip_shaft' else f'D{ds}', f'{ds}mm', f'Φ{ds}', f'{ds}', f'{ds}'][c]
    elif pt == 'key':
        sep = SEPS[c]
        kt = a.get('keytype', 'A')
        if c in (2, 7):
            sz = f'{kt}{fnum(a["b"])}{sep}{fnum(a["L"])}' if kt != 'A' or c == 2 else f'{fnum(a["b"])}{sep}{fnum(a["h"])}{sep}{fnum(a["L"])}'
        else:
            sz = f'{fnum(a["b"])}{sep}{fnum(a["h"])}{sep}{fnum(a["L"])}'
            if kt != 'A' or c in (3, 6):
                sz = f'{kt}型 ' + sz if c != 4 else f'type {kt} ' + sz
    else:
        sz = ''
    stdt = std_text(a['std'], c) if a.get('std') else ''
    nut = pt in ('hex_nut', 'thin_nut', 'nylon_nut', 'flange_nut', 'cap_nut', 'slotted_nut')
    gt = grade_text(a.get('grade'), c, nut)
    mat = a.get('material')
    mt = (MAT_TXT[mat][c] if mat in MAT_TXT else mat) if mat else ''
    if mat and (a.get('grade') or '').startswith('A') and c in (2, 4, 6) and R.random() < 0.5:
        mt = ''  # A2-70 alone
    ft = FIN_TXT[a['finish']][c] if a.get('finish') else ''
    if pt == 'nordlock' and a.get('brand'):
        ft = (ft + ' ' + ['NORD-LOCK', 'Nord-Lock', 'NORDLOCK', 'NORD-LOCK', 'Nord-Lock', '诺德洛克Nord-Lock', 'NORD-LOCK', 'nordlock'][c]).strip()
    hard = a.get('hardened_rec')
    if hard == 'yes':
        mt = (mt + ' 淬火').strip()
    bm = a.get('bm_rec')
    if bm:
        mt = (mt + f' bm={bm}').strip()
    parts = [p for p in (gt, mt, ft) if p]
    if c == 0:
        name, spec = tname, ' '.join(p for p in [stdt, sz] + parts if p)
    elif c == 1:
        name = tname
        spec = '-'.join(p for p in [sz] + parts if p) + (f' {stdt}' if stdt else '')
    elif c == 2:
        name = f'{tname} {stdt}' if stdt else tname
        spec = ' '.join([sz.upper()] + [p.upper() if p.isascii() else p for p in parts])
    elif c == 3:
        name = f'{tname}{sz}'
        spec = ' '.join(p for p in parts + [stdt] if p)
    elif c == 4:
        en_parts = [p for p in (gt, mt, ft) if p]
        name = f'{tname} {stdt}'.strip()
        spec = ' '.join([sz] + en_parts)
    elif c == 5:
        name = tname
        spec = (f'{stdt} ' if stdt else '') + '-'.join([sz] + parts)
    elif c == 6:
        bits = [f'规格:{sz}']
        if gt:
            bits.append(('等级:' + gt.replace('性能等级', '')) if not gt.startswith('A') else '等级:' + gt)
        if mt:
            bits.append('材质:' + mt)
        if ft:
            bits.append('表面:' + ft)
        if stdt:
            bits.append('标准:' + stdt)
        name, spec = tname, ';'.join(bits)
    else:
        name = tname + sz + (' ' + ' '.join(parts) if parts else '')
        spec = stdt
    return name, spec


def pick_std(ptype, fam, weights=None):
    """fam: list of candidate standards in order GB, DIN, ISO, (JIS)."""
    w = weights or [62, 20, 8, 0]
    pairs = [(s, w[i]) for i, s in enumerate(fam) if i < len(w)] + [(None, 12)]
    return wpick(pairs)


HB_VARIANTS = [
    (('4.8', None, 'ZN'), 6), (('4.8', None, 'ZN_BW'), 2), (('4.8', None, 'PLAIN'), 2), (('4.8', None, 'BLK'), 1),
    (('8.8', None, 'ZN'), 10), (('8.8', None, 'ZN_BW'), 4), (('8.8', None, 'ZN_C'), 4), (('8.8', None, 'ZN_W'), 2),
    (('8.8', None, 'BLK'), 7), (('8.8', None, 'DAC'), 4), (('8.8', None, 'HDG'), 3), (('8.8', None, 'PLAIN'), 1),
    (('10.9', None, 'BLK'), 7), (('10.9', None, 'ZN'), 3), (('10.9', None, 'ZN_C'), 2), (('10.9', None, 'DAC'), 4),
    (('10.9', None, 'ZN_B'), 1), (('12.9', None, 'BLK'), 3), (('12.9', None, 'DAC'), 1),
    (('A2-70', 'SS304', None), 6), (('A4-70', 'SS316', None), 1), (('A4-80', 'SS316', None), 2),
    ((None, 'SS304', None), 2), ((None, 'SS201', None), 1), ((None, 'SS316', None), 1),
]
SHCS_VARIANTS = [
    (('8.8', None, 'BLK'), 4), (('8.8', None, 'ZN'), 4), (('8.8', None, 'ZN_BW'), 1),
    (('10.9', None, 'BLK'), 6), (('10.9', None, 'ZN'), 2), (('10.9', None, 'DAC'), 2), (('10.9', None, 'ZN_C'), 1),
    (('12.9', None, 'BLK'), 10), (('12.9', None, 'ZN_B'), 1), (('12.9', None, 'DAC'), 1), (('12.9', None, None), 3),
    (('A2-70', 'SS304', None), 6), (('A4-80', 'SS316', None), 2), ((None, 'SS304', None), 2), ((None, 'SS201', None), 1),
]
NUT_VARIANTS = [
    (('4', None, 'ZN'), 2), (('6', None, 'ZN'), 2), (('8', None, 'ZN'), 10), (('8', None, 'ZN_BW'), 3), (('8', None, 'ZN_C'), 3),
    (('8', None, 'BLK'), 5), (('8', None, 'DAC'), 3), (('8', None, 'HDG'), 2), (('10', None, 'BLK'), 5), (('10', None, 'ZN'), 3),
    (('10', None, 'DAC'), 2), (('12', None, 'BLK'), 2), (('A2-70', 'SS304', None), 5), (('A4-80', 'SS316', None), 2),
    ((None, 'SS304', None), 2), ((None, 'SS201', None), 1), ((None, 'BRASS', None), 1),
]
WASHER_VARIANTS = [
    ((None, None, 'ZN'), 10), ((None, None, 'ZN_BW'), 3), ((None, None, 'ZN_C'), 2), ((None, None, 'BLK'), 4),
    ((None, None, 'DAC'), 2), ((None, None, 'HDG'), 2), ((None, None, 'PLAIN'), 2), (('200HV', None, 'ZN'), 2),
    (('300HV', None, 'BLK'), 2), (('300HV', None, 'ZN'), 1), ((None, 'SS304', None), 6), ((None, 'SS316', None), 2),
    ((None, 'SS201', None), 1), ((None, 'BRASS', None), 1),
]
SPRING_VARIANTS = [
    ((None, '65MN', 'BLK'), 6), ((None, '65MN', 'ZN'), 6), ((None, None, 'ZN'), 4), ((None, None, 'BLK'), 4),
    ((None, None, 'DAC'), 2), ((None, None, 'ZN_C'), 2), ((None, 'SS304', None), 5), ((None, 'SS316', None), 1),
]


def variant_attrs(v):
    g, m, f = v
    a = {'grade': g, 'material': m, 'finish': f}
    return a


def make_variants(pool, k):
    pool = list(pool)
    out = []
    for _ in range(k):
        if not pool:
            break
        v = wpick(pool)
        pool = [(x, w) for x, w in pool if x != v]
        out.append(v)
    return out


def emit_fastener(base, v, std, c, drop=True):
    """Build one fastener item: base dict (ptype,d,L,pitch...) + variant + std."""
    a = dict(base)
    a['kind'] = 'fastener'
    a.update(variant_attrs(v))
    a['std'] = std
    if std:
        for k, val in STD[std][1].items():
            a[k] = val
    # clerk omissions
    if drop:
        if a.get('finish') and R.random() < 0.06:
            a['finish'] = None
        if a.get('grade') and not a['grade'].startswith('A') and R.random() < 0.04:
            a['grade'] = None
    if a['ptype'] == 'hex_bolt' and not std and base.get('thread_true') and R.random() < 0.55:
        a['thread'] = base['thread_true']
        a['thread_rec'] = base['thread_true']
    a.pop('thread_true', None)
    if a['ptype'] == 'stud' and std and c in (0, 6) and R.random() < 0.5:
        a['bm_rec'] = STD[std][1]['bm']
    name, spec = fastener_text(a, c)
    if a['ptype'] == 'key':
        kt = a.get('keytype', 'A')
        txt = name + ' ' + spec
        if not (f'{kt}型' in txt or f'type {kt}' in txt or re.search(kt + r'\d', txt)):
            a['keytype'] = None
    unit = FAST_UNIT[c]
    if a['ptype'] in ('flat_washer', 'spring_washer', 'hex_nut') and a['d'] <= 6 and R.random() < 0.25:
        unit = 'KG' if c != 4 else 'kg'
    a.pop('thread_rec', None)
    a.pop('bm_rec', None)
    return add(FAST_GROUP[a['ptype']], a, name, spec, unit, FAST_CAT[c], c)


FAM = {
    ('hex_bolt', 'partial', False): ['GB/T 5782', 'DIN 931', 'ISO 4014', 'JIS B1180'],
    ('hex_bolt', 'full', False): ['GB/T 5783', 'DIN 933', 'ISO 4017', 'JIS B1180'],
    ('hex_bolt', 'partial', True): ['GB/T 5785', 'DIN 960', 'ISO 8765'],
    ('hex_bolt', 'full', True): ['GB/T 5786', 'DIN 961', 'ISO 8676'],
    'flange_bolt': ['GB/T 5787', 'DIN 6921'],
    'socket_cap': ['GB/T 70.1', 'DIN 912', 'ISO 4762', 'JIS B1176'],
    'csk_socket': ['GB/T 70.3', 'DIN 7991', 'ISO 10642'],
    'hex_nut': ['GB/T 6170', 'DIN 934', 'ISO 4032', 'JIS B1181'],
    'hex_nut_fine': ['GB/T 6171', 'DIN 934', 'ISO 8673'],
    'thin_nut': ['GB/T 6172.1', 'DIN 439', 'ISO 4035'],
    'nylon_nut': ['GB/T 889.1', 'DIN 985', 'ISO 10511'],
    'flange_nut': ['GB/T 6177.1', 'DIN 6923', 'ISO 4161'],
    'cap_nut': ['GB/T 923', 'DIN 1587'],
    'slotted_nut': ['GB/T 6178', 'DIN 935'],
    'flat_washer': ['GB/T 97.1', 'DIN 125', 'ISO 7089'],
    'flat_washer_c': ['GB/T 95', 'DIN 126', 'ISO 7091'],
    'small_washer': ['GB/T 848', 'DIN 433', 'ISO 7092'],
    'large_washer': ['GB/T 96.1', 'DIN 9021', 'ISO 7093'],
    'spring_washer': ['GB/T 93', 'DIN 127'],
}


def lens_for(d, lo, hi):
    return [L for L in LENS if lo * d <= L <= hi * d and L >= 6]


def gen_fasteners():
    # --- hex bolts (coarse) ---
    for d in [5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        for L in lens_for(d, 1.8, 15):
            p_in = min(0.98, 0.55 + 0.4 * DPOP[d]) * (0.7 if L > 8 * d else 1.0)
            if R.random() > p_in:
                continue
            k = max(1, int(R.expovariate(1.0) * 16 * DPOP[d] * (1.3 if L <= 5 * d else 0.8)) + 3)
            k = min(k, 22)
            for v in make_variants(HB_VARIANTS, k):
                thread = 'full' if (L <= 3 * d or R.random() < (0.45 if L <= 6 * d else 0.1)) else 'partial'
                fam = FAM[('hex_bolt', thread, False)]
                std = pick_std('hex_bolt', fam, [60, 20, 7, 3 if d in (6, 8, 10, 12, 16, 20) else 0])
                base = {'ptype': 'hex_bolt', 'd': d, 'L': L, 'pitch': 'coarse', 'thread_true': thread}
                c = clerk()
                emit_fastener(base, v, std, c)
                # sometimes the plant stocks both thread types for the same variant
                if R.random() < 0.08:
                    t2 = 'partial' if thread == 'full' else 'full'
                    s2 = pick_std('hex_bolt', FAM[('hex_bolt', t2, False)])
                    b2 = dict(base, thread_true=t2)
                    emit_fastener(b2, v, s2, clerk())
                # std twins: GB and DIN of the same bolt
                if std and std.startswith('GB') and R.random() < 0.07:
                    emit_fastener(base, v, fam[1], clerk())
    # --- hex bolts fine pitch ---
    for d, ps in FINE.items():
        for p in ps:
            for L in lens_for(d, 2, 8):
                if R.random() > 0.6:
                    continue
                for v in make_variants(HB_VARIANTS[:19], 1 + int(R.expovariate(1.0) * 3)):
                    thread = 'full' if L <= 3 * d or R.random() < 0.3 else 'partial'
                    std = pick_std('hex_bolt', FAM[('hex_bolt', thread, True)], [60, 25, 5])
                    base = {'ptype': 'hex_bolt', 'd': d, 'L': L, 'pitch': p, 'thread_true': thread}
                    emit_fastener(base, v, std, clerk())
    # --- flange bolts ---
    for d in [6, 8, 10, 12, 14, 16, 20]:
        for L in lens_for(d, 2, 8):
            if R.random() > 0.85:
                continue
            for v in make_variants(HB_VARIANTS[4:19], 1 + int(R.expovariate(1.0) * 4)):
                std = pick_std('flange_bolt', FAM['flange_bolt'], [70, 20])
                emit_fastener({'ptype': 'flange_bolt', 'd': d, 'L': L, 'pitch': 'coarse'}, v, std, clerk())
    # --- socket caps ---
    for d in [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36]:
        for L in lens_for(d, 1.5, 12):
            p_in = min(0.97, 0.5 + 0.4 * DPOP[d])
            if R.random() > p_in:
                continue
            k = min(16, max(1, int(R.expovariate(1.0) * 12 * DPOP[d]) + 2))
            for v in make_variants(SHCS_VARIANTS, k):
                std = pick_std('socket_cap', FAM['socket_cap'], [62, 22, 6, 3 if d in (6, 8, 10, 12) else 0])
                emit_fastener({'ptype': 'socket_cap', 'd': d, 'L': L, 'pitch': 'coarse'}, v, std, clerk())
                if std and std.startswith('GB') and R.random() < 0.06:
                    emit_fastener({'ptype': 'socket_cap', 'd': d, 'L': L, 'pitch': 'coarse'}, v, 'DIN 912', clerk())
    # fine-pitch socket caps (few)
    for d, ps in FINE.items():
        if d > 20:
            continue
        for L in lens_for(d, 2, 6):
            if R.random() < 0.18:
                v = wpick(SHCS_VARIANTS[:11])
                std = wpick([('GB/T 70.1', 5), ('DIN 912', 2), (None, 2)])
                emit_fastener({'ptype': 'socket_cap', 'd': d, 'L': L, 'pitch': ps[0]}, v, std, clerk())
    # --- countersunk socket ---
    for d in [3, 4, 5, 6, 8, 10, 12, 16, 20]:
        for L in lens_for(d, 2, 7):
            if R.random() > 0.75:
                continue
            for v in make_variants(SHCS_VARIANTS, 1 + int(R.expovariate(1.0) * 3.5)):
                std = pick_std('csk_socket', FAM['csk_socket'], [65, 25, 5])
                emit_fastener({'ptype': 'csk_socket', 'd': d, 'L': L, 'pitch': 'coarse'}, v, std, clerk())
    # --- button head socket, cross recessed screws ---
    for pt, fam, ds in (('button_socket', ['GB/T 70.2', 'ISO 7380'], [3, 4, 5, 6, 8, 10, 12, 16]),
                        ('pan_screw', ['GB/T 818', 'ISO 7045', 'DIN 7985'], [2, 2.5, 3, 4, 5, 6, 8]),
                        ('csk_cross', ['GB/T 819.1', 'ISO 7046', 'DIN 965'], [2, 2.5, 3, 4, 5, 6, 8])):
        for d in ds:
            for L in [L for L in LENS + [3, 4] if 1.2 * d <= L <= 10 * d and L <= 80]:
                if R.random() > 0.8:
                    continue
                pool = SHCS_VARIANTS if pt == 'button_socket' else [(('4.8', None, 'ZN'), 8), (('4.8', None, 'ZN_BW'), 3), (('4.8', None, 'ZN_C'), 2),
                                                                     (('4.8', None, 'NI'), 2), (('4.8', None, 'BLK'), 2), ((None, None, 'ZN'), 3),
                                                                     (('A2-70', 'SS304', None), 6), ((None, 'SS304', None), 3), ((None, 'SS316', None), 1)]
                for v in make_variants(pool, 1 + int(R.expovariate(1.0) * 3.5)):
                    std = pick_std(pt, fam, [65, 20, 6])
                    emit_fastener({'ptype': pt, 'd': d, 'L': L, 'pitch': 'coarse'}, v, std, clerk())
    # --- set screws ---
    SSV = [(('45H', None, 'BLK'), 8), (('45H', None, 'ZN'), 3), ((None, None, 'BLK'), 3), (('A2-70', 'SS304', None), 4),
           ((None, 'SS304', None), 2), (('14H', None, 'ZN'), 1)]
    for point, fam in (('flat', ['GB/T 77', 'DIN 913', 'ISO 4026']), ('cone', ['GB/T 78', 'DIN 914', 'ISO 4027']),
                       ('dog', ['GB/T 79', 'DIN 915', 'ISO 4028']), ('cup', ['GB/T 80', 'DIN 916', 'ISO 4029'])):
        for d in [3, 4, 5, 6, 8, 10, 12, 16, 20]:
            for L in [L for L in LENS if 0.8 * d <= L <= 5 * d and L >= 3]:
                if R.random() > (0.8 if point in ('flat', 'cup') else 0.45):
                    continue
                for v in make_variants(SSV, 1 + int(R.expovariate(1.0) * 2.5)):
                    std = pick_std('set_screw', fam, [65, 22, 5])
                    base = {'ptype': 'set_screw', 'd': d, 'L': L, 'pitch': 'coarse'}
                    if not std and R.random() < 0.6:
                        base['point'] = point
                    emit_fastener(base, v, std, clerk())
    # --- studs ---
    STV = [(('4.8', None, 'ZN'), 3), (('8.8', None, 'ZN'), 6), (('8.8', None, 'BLK'), 4), (('8.8', None, 'DAC'), 2),
           (('10.9', None, 'BLK'), 4), (('12.9', None, 'BLK'), 1), (('A2-70', 'SS304', None), 3), (('35CrMo', None, 'BLK'), 1)]
    for d in [8, 10, 12, 16, 20, 24, 30]:
        for L in lens_for(d, 2.5, 10):
            if R.random() > 0.75:
                continue
            for v in make_variants(STV, 1 + int(R.expovariate(1.0) * 3)):
                std = wpick([('GB/T 897', 8), ('GB/T 898', 10), ('GB/T 899', 5), ('GB/T 900', 4), ('DIN 938', 3),
                             ('DIN 939', 3), ('DIN 835', 2), ('DIN 976', 4), (None, 3)])
                emit_fastener({'ptype': 'stud', 'd': d, 'L': L, 'pitch': 'coarse'}, v, std, clerk())
    # --- eye bolts ---
    for d in [6, 8, 10, 12, 16, 20, 24, 30, 36, 42, 48]:
        for v in make_variants([(('C15', None, 'ZN'), 4), (('C15', None, 'HDG'), 2), (('C15', None, 'PLAIN'), 2),
                                ((None, 'SS304', None), 3), ((None, None, 'ZN'), 2)], 1 + R.randrange(3)):
            std = wpick([('GB/T 825', 6), ('DIN 580', 3), (None, 2)])
            emit_fastener({'ptype': 'eye_bolt', 'd': d, 'pitch': 'coarse'}, v, std, clerk())
    # --- nuts ---
    for d in [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        k = max(2, int(40 * DPOP[d] * (0.6 + R.random())))
        for v in make_variants(NUT_VARIANTS, k):
            std = pick_std('hex_nut', FAM['hex_nut'], [62, 20, 6, 3 if d in (8, 10, 12, 16, 20) else 0])
            emit_fastener({'ptype': 'hex_nut', 'd': d, 'pitch': 'coarse'}, v, std, clerk())
        if d in FINE:
            for p in FINE[d]:
                for v in make_variants(NUT_VARIANTS[:12], 1 + R.randrange(3)):
                    std = wpick([('GB/T 6171', 6), ('DIN 934', 2), ('ISO 8673', 1), (None, 2)])
                    emit_fastener({'ptype': 'hex_nut', 'd': d, 'pitch': p}, v, std, clerk())
        for pt, kk in (('thin_nut', 6), ('nylon_nut', 10), ('flange_nut', 6), ('cap_nut', 4), ('slotted_nut', 3)):
            if pt in ('flange_nut',) and d > 20:
                continue
            if pt == 'slotted_nut' and d < 8:
                continue
            if R.random() < 0.15:
                continue
            for v in make_variants(NUT_VARIANTS, max(1, int(kk * DPOP[d] * (0.5 + R.random())))):
                std = pick_std(pt, FAM[pt], [65, 22, 5])
                emit_fastener({'ptype': pt, 'd': d, 'pitch': 'coarse'}, v, std, clerk())
            if pt in ('thin_nut', 'nylon_nut') and d in FINE and R.random() < 0.5:
                v = wpick(NUT_VARIANTS[:12])
                emit_fastener({'ptype': pt, 'd': d, 'pitch': FINE[d][0]}, v, FAM[pt][0] if R.random() < 0.6 else None, clerk())
    # round nuts (always fine)
    for d, p in [(16, 1.5), (20, 1.5), (24, 1.5), (25, 1.5), (30, 1.5), (35, 1.5), (40, 1.5), (45, 1.5), (50, 1.5),
                 (55, 2.0), (60, 2.0), (65, 2.0), (70, 2.0), (75, 2.0), (80, 2.0), (90, 2.0), (100, 2.0)]:
        for v in make_variants([((None, '45#', 'BLK'), 5), ((None, None, 'BLK'), 3), ((None, None, 'ZN'), 2)], 1 + R.randrange(2)):
            a = variant_attrs(v)
            a.update({'ptype': 'round_nut', 'd': d, 'pitch': p})
            emit_fastener(a, v, 'GB/T 812' if R.random() < 0.7 else None, clerk())
    # --- washers ---
    for d in [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        k = max(2, int(30 * DPOP[d] * (0.6 + R.random())))
        for v in make_variants(WASHER_VARIANTS, k):
            fam = FAM['flat_washer'] if R.random() < 0.8 else FAM['flat_washer_c']
            std = pick_std('flat_washer', fam, [62, 20, 6])
            emit_fastener({'ptype': 'flat_washer', 'd': d}, v, std, clerk())
        if d <= 36 and R.random() < 0.8:
            for v in make_variants(WASHER_VARIANTS, 1 + int(8 * DPOP[d] * R.random())):
                emit_fastener({'ptype': 'large_washer', 'd': d}, v, pick_std('large_washer', FAM['large_washer'], [60, 25, 5]), clerk())
        if d <= 20 and R.random() < 0.5:
            for v in make_variants(WASHER_VARIANTS, 1 + R.randrange(2)):
                emit_fastener({'ptype': 'small_washer', 'd': d}, v, pick_std('small_washer', FAM['small_washer'], [60, 20, 5]), clerk())
        if d <= 36:
            for v in make_variants(SPRING_VARIANTS, max(1, int(14 * DPOP[d] * (0.5 + R.random())))):
                emit_fastener({'ptype': 'spring_washer', 'd': d}, v, pick_std('spring_washer', FAM['spring_washer'], [70, 20]), clerk())
    for d in [16, 20, 24, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100]:
        for v in make_variants([((None, None, 'ZN'), 3), ((None, None, 'PLAIN'), 2), ((None, 'Q235', None), 2)], 1 + R.randrange(2)):
            emit_fastener({'ptype': 'tab_washer', 'd': d}, v, 'GB/T 858' if R.random() < 0.7 else None, clerk())
    for d in [5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36]:
        for v in make_variants([((None, None, 'ZN'), 3), ((None, None, 'DAC'), 2), ((None, 'SS304', None), 1)], 1 + R.randrange(2)):
            a = {'ptype': 'nordlock', 'd': d}
            if R.random() < 0.6:
                a['brand'] = 'NORD-LOCK'
                a['code'] = f'NL{d}' + ('SS' if v[1] == 'SS304' else ('SP' if R.random() < 0.3 else ''))
            emit_fastener(a, v, None, clerk())
    # --- pins ---
    for d in [3, 4, 5, 6, 8, 10, 12, 16, 20, 25]:
        for L in [L for L in LENS if 2 * d <= L <= 10 * d and L <= 200]:
            if R.random() < 0.7:
                hard = R.random() < 0.35
                fam = ['GB/T 119.2', 'DIN 6325', 'ISO 8734'] if hard else ['GB/T 119.1', 'DIN 7', 'ISO 2338']
                for v in make_variants([((None, None, None), 4), ((None, '45#', None), 2), ((None, 'SS304', None), 2),
                                        ((None, 'GCr15', None), 1 if hard else 0.01)], 1 + R.randrange(2)):
                    std = pick_std('dowel', fam, [60, 20, 10])
                    base = {'ptype': 'dowel', 'd': d, 'L': L}
                    if std is None and hard:
                        base['hardened'] = 'yes'
                        base['hardened_rec'] = 'yes'
                    emit_fastener(base, v, std, clerk())
            if R.random() < 0.6:
                for v in make_variants([((None, '65MN', 'BLK'), 3), ((None, None, 'ZN'), 2), ((None, None, 'BLK'), 2), ((None, 'SS304', None), 2)], 1 + R.randrange(2)):
                    emit_fastener({'ptype': 'spring_pin', 'd': d, 'L': L}, v, pick_std('spring_pin', ['GB/T 879.1', 'DIN 1481', 'ISO 8752'], [60, 20, 5]), clerk())
    for d in [1.6, 2, 2.5, 3.2, 4, 5, 6.3, 8, 10]:
        for L in [L for L in LENS if 4 * d <= L <= 14 * d]:
            if R.random() < 0.8:
                for v in make_variants([((None, 'Q215', 'ZN'), 3), ((None, None, 'ZN'), 3), ((None, None, 'PLAIN'), 1), ((None, 'SS304', None), 2)], 1 + R.randrange(2)):
                    emit_fastener({'ptype': 'cotter', 'd': d, 'L': L}, v, pick_std('cotter', ['GB/T 91', 'DIN 94', 'ISO 1234'], [70, 15, 5]), clerk())
    for d in [4, 5, 6, 8, 10, 12, 16]:
        for L in [L for L in LENS if 3 * d <= L <= 8 * d]:
            if R.random() < 0.3:
                v = wpick([((None, '35#', None), 2), ((None, None, None), 2), ((None, '45#', None), 1)])
                emit_fastener({'ptype': 'taper_pin', 'd': d, 'L': L}, v, pick_std('taper_pin', ['GB/T 117', 'DIN 1'], [70, 15]), clerk())
    # --- circlips ---
    for pt, fam, sizes in (('circlip_shaft', ['GB/T 894', 'DIN 471'], list(range(10, 41)) + list(range(42, 101, 3)) + [105, 110, 120]),
                           ('circlip_bore', ['GB/T 893', 'DIN 472'], list(range(10, 41)) + list(range(42, 101, 2)) + [110, 120, 125, 130, 140, 150])):
        for d in sizes:
            if R.random() < 0.12:
                continue
            for v in make_variants([((None, '65MN', 'BLK'), 5), ((None, None, 'BLK'), 3), ((None, None, None), 2), ((None, None, 'PHOS'), 1),
                                    ((None, 'SS304', None), 2)], 1 + int(R.expovariate(1.0) * 2.5)):
                emit_fastener({'ptype': pt, 'd': d}, v, pick_std(pt, fam, [75, 15]), clerk())
    # --- keys ---
    KEY_BH = {4: 4, 5: 5, 6: 6, 8: 7, 10: 8, 12: 8, 14: 9, 16: 10, 18: 11, 20: 12, 22: 14, 25: 14, 28: 16, 32: 18}
    for b, h in KEY_BH.items():
        for L in [L for L in LENS + [18, 22, 28, 32, 36, 56, 63] if 2.5 * b <= L <= 14 * b and L <= 250]:
            if R.random() < 0.7:
                kt = wpick([('A', 8), ('B', 1), ('C', 1)])
                for v in make_variants([((None, '45#', None), 5), ((None, None, None), 3), ((None, 'SS304', None), 1)], 1 + R.randrange(2)):
                    std = pick_std('key', ['GB/T 1096', 'DIN 6885'], [75, 12])
                    a = {'ptype': 'key', 'b': b, 'h': h, 'L': L, 'keytype': kt}
                    emit_fastener(a, v, std, clerk())
    # --- rivets & rivet nuts ---
    for d in [3.2, 4, 4.8, 5, 6.4]:
        for L in [6, 8, 10, 12, 14, 16, 18, 20, 25]:
            if R.random() < 0.5:
                for v in make_variants([((None, 'AL', None), 4), ((None, 'SS304', None), 2), ((None, 'CS', 'ZN'), 1)], 1 + R.randrange(2)):
                    emit_fastener({'ptype': 'rivet', 'd': d, 'L': L}, v, 'GB/T 12618' if R.random() < 0.5 else None, clerk())
    for d in [3, 4, 5, 6, 8, 10, 12]:
        for v in make_variants([((None, 'CS', 'ZN'), 4), ((None, 'SS304', None), 2), ((None, 'AL', None), 1)], 1 + R.randrange(3)):
            emit_fastener({'ptype': 'rivet_nut', 'd': d, 'pitch': 'coarse'}, v, 'GB/T 17880' if R.random() < 0.4 else None, clerk())


# ---------------------------------------------------------------------------
# BEARINGS
# ---------------------------------------------------------------------------
BRANDS = [('SKF', 14), ('NSK', 10), ('FAG', 7), ('NTN', 6), ('KOYO', 6), ('NACHI', 2), ('TIMKEN', 1),
          ('HRB', 12), ('ZWZ', 10), ('LYC', 9), ('C&U', 5), (None, 18)]
BRAND_TXT = {
    'SKF': ['SKF', 'SKF', '斯凯孚', 'SKF', 'SKF', '瑞典SKF', 'SKF', 'skf'],
    'NSK': ['NSK', 'NSK', '日本NSK', 'NSK', 'NSK', 'NSK', 'NSK', 'nsk'],
    'FAG': ['FAG', 'FAG', '德国FAG', 'FAG', 'FAG', 'FAG', 'FAG(舍弗勒)', 'fag'],
    'NTN': ['NTN', 'NTN', '日本NTN', 'NTN', 'NTN', 'NTN', 'NTN', 'ntn'],
    'KOYO': ['KOYO', '光洋', 'KOYO', 'KOYO', 'KOYO', '光洋KOYO', 'KOYO', 'koyo'],
    'NACHI': ['NACHI', '不二越', 'NACHI', 'NACHI', 'NACHI', '不二越', 'NACHI', 'nachi'],
    'TIMKEN': ['TIMKEN', '铁姆肯', 'TIMKEN', 'TIMKEN', 'TIMKEN', '铁姆肯', 'TIMKEN', 'timken'],
    'INA': ['INA', 'INA', 'INA', 'INA', 'INA', 'INA', 'INA(舍弗勒)', 'ina'],
    'HRB': ['HRB', '哈轴', '哈尔滨', 'HRB', 'HRB', '哈轴', 'HRB(哈轴)', '哈轴'],
    'ZWZ': ['ZWZ', '瓦轴', '瓦房店', 'ZWZ', 'ZWZ', '瓦轴', 'ZWZ(瓦轴)', '瓦轴'],
    'LYC': ['LYC', '洛轴', '洛阳', 'LYC', 'LYC', '洛轴', 'LYC(洛轴)', '洛轴'],
    'C&U': ['C&U', '人本', '人本', 'C&U', 'C&U', '人本', 'C&U(人本)', '人本'],
    'FYH': ['FYH', 'FYH', 'FYH', 'FYH', 'FYH', 'FYH', 'FYH', 'fyh'],
    'ASAHI': ['ASAHI', '旭精工', 'ASAHI', 'ASAHI', 'ASAHI', 'ASAHI', 'ASAHI', 'asahi'],
}
BT_NAME = {
    'deep_groove': ['深沟球轴承', '轴承', '深沟球轴承', '轴承', 'Deep groove ball bearing', '深沟球轴承', '深沟球轴承', '轴承'],
    'tapered': ['圆锥滚子轴承', '轴承', '圆锥滚子轴承', '轴承', 'Tapered roller bearing', '圆锥轴承', '圆锥滚子轴承', '轴承'],
    'cyl_roller': ['圆柱滚子轴承', '轴承', '圆柱滚子轴承', '轴承', 'Cylindrical roller bearing', '圆柱滚子轴承', '圆柱滚子轴承', '轴承'],
    'spherical': ['调心滚子轴承', '轴承', '调心滚子轴承', '轴承', 'Spherical roller bearing', '调心滚子轴承', '调心滚子轴承', '轴承'],
    'angular': ['角接触球轴承', '轴承', '角接触球轴承', '轴承', 'Angular contact ball bearing', '角接触轴承', '角接触球轴承', '轴承'],
    'thrust': ['推力球轴承', '轴承', '推力球轴承', '轴承', 'Thrust ball bearing', '平面轴承', '推力球轴承', '轴承'],
    'needle': ['滚针轴承', '轴承', '滚针轴承', '轴承', 'Needle roller bearing', '滚针轴承', '滚针轴承', '轴承'],
    'plain': ['关节轴承', '关节轴承', '向心关节轴承', '轴承', 'Spherical plain bearing', '关节轴承', '关节轴承', '关节轴承'],
    'insert': ['带座轴承', '外球面轴承', '带座轴承', '轴承', 'Bearing unit', '外球面轴承', '带座外球面轴承', '轴承'],
}
BEARING_GROUP = {'deep_groove': '03.02.01', 'tapered': '03.02.02', 'cyl_roller': '03.02.03', 'spherical': '03.02.04',
                 'angular': '03.02.05', 'thrust': '03.02.06', 'needle': '03.02.07', 'plain': '03.02.08', 'insert': '03.02.09'}
BEARING_CAT = ['轴承', '轴承', '外购件', '标准件-轴承', '轴承', '轴承', '外购件-轴承', '轴承']
BEARING_UNIT = ['套', '个', '套', '套', 'PCS', '套', '套', '个']

DG_SEAL = {
    'SKF': {'open': '', 'Z': '-Z', '2Z': '-2Z', 'RS': '-RSH', '2RS': '-2RSH'},
    'NSK': {'open': '', 'Z': 'Z', '2Z': 'ZZ', 'RS': 'DU', '2RS': 'DDU'},
    'FAG': {'open': '', 'Z': '-Z', '2Z': '-2Z', 'RS': '-RSR', '2RS': '-2RSR'},
    'NTN': {'open': '', 'Z': 'Z', '2Z': 'ZZ', 'RS': 'LU', '2RS': 'LLU'},
    'KOYO': {'open': '', 'Z': 'Z', '2Z': 'ZZ', 'RS': 'RS', '2RS': '2RS'},
    'NACHI': {'open': '', 'Z': 'Z', '2Z': 'ZZE', 'RS': 'NSE', '2RS': '2NSE'},
}
GEN_SEAL = [  # generic/Chinese clerk forms
    {'open': '', 'Z': '-Z', '2Z': '-2Z', 'RS': '-RS', '2RS': '-2RS'},
    {'open': '', 'Z': 'Z', '2Z': 'ZZ', 'RS': 'RS', '2RS': '2RS'},
    {'open': '', 'Z': '-Z', '2Z': '-ZZ', 'RS': '-RS', '2RS': '-2RS'},
]
CLR_TXT = {'SKF': '/C3', 'NSK': 'C3', 'FAG': '-C3', 'NTN': 'C3', 'KOYO': 'C3', 'NACHI': 'C3'}
OLD_DG = {'open': '', 'Z': '60', 'RS': '160', '2Z': '80', '2RS': '180'}


def dg_bases():
    out = []
    out += [f'60{i:02d}' for i in range(0, 21)]
    out += [f'62{i:02d}' for i in range(0, 23)]
    out += [f'63{i:02d}' for i in range(0, 19)]
    out += [f'68{i:02d}' for i in range(0, 13)] + [f'69{i:02d}' for i in range(0, 13)]
    out += [f'160{i:02d}' for i in range(1, 11)]
    out += ['608', '609', '625', '626', '627', '629', '623', '624']
    return out


def dg_pop(base):
    if base in ('6204', '6205', '6206', '6305', '6306', '6203', '6207', '6208', '6304', '6307', '6308', '6309', '6310', '6209', '6210', '6202'):
        return 3.0
    if base.startswith('62') or base.startswith('63'):
        return 1.6
    if base.startswith('60'):
        return 1.1
    return 0.6


def bearing_text(a, desig, c):
    bt = BT_NAME[a['ptype']][c]
    br = a.get('brand')
    brt = BRAND_TXT[br][c] if br else ''
    if c == 0:
        return bt, (f'{desig} {brt}').strip()
    if c == 1:
        return (bt + desig) if bt == '轴承' else bt, (f'{desig} {brt}').strip() if bt != '轴承' else brt
    if c == 2:
        return (f'{bt}({brt})' if brt else bt), desig.upper()
    if c == 3:
        return f'{brt}轴承' if brt else bt, desig
    if c == 4:
        return bt, (f'{brt} {desig}').strip()
    if c == 5:
        return bt, (f'{desig}({brt})' if brt else desig)
    if c == 6:
        return bt, (f'型号:{desig};品牌:{brt}' if brt else f'型号:{desig}')
    return (f'{brt}{bt}{desig}' if brt else f'{bt}{desig}'), ''


def emit_bearing(a, desig, c, old=None):
    a = dict(a)
    a['kind'] = 'bearing'
    a.setdefault('seal', 'open')
    a.setdefault('design', '')
    a.setdefault('clearance', 'CN')
    name, spec = bearing_text(a, desig, c)
    a['desig'] = desig
    extra = []
    if old:
        extra.append(('oldcode', old))
    return add(BEARING_GROUP[a['ptype']], a, name, spec, BEARING_UNIT[c], BEARING_CAT[c], c, extra)


def gen_bearings():
    for base in dg_bases():
        pop = dg_pop(base)
        seen = set()
        k = max(1, int(R.expovariate(1.0) * 15 * pop) + 3)
        k = min(k, 70)
        for _ in range(k):
            br = wpick(BRANDS)
            seal = wpick([('open', 3), ('Z', 1), ('2Z', 5), ('RS', 1), ('2RS', 5)])
            clr = 'C3' if R.random() < 0.3 else 'CN'
            design = ''
            if seal == 'open' and base[:2] in ('62', '63') and R.random() < 0.12:
                design = pick(['N', 'NR'])
            key = (br, seal, clr, design)
            if key in seen:
                continue
            seen.add(key)
            c = clerk()
            if br in DG_SEAL:
                st = DG_SEAL[br][seal]
                ct = CLR_TXT[br] if clr == 'C3' else ''
            else:
                st = GEN_SEAL[c % 3][seal]
                ct = ['/C3', 'C3', '-C3', ' C3'][c % 4] if clr == 'C3' else ''
            desig = f'{base}{design}{st}{ct}'
            if c == 4 and br == 'SKF':
                desig = desig.replace(base, base + ' ', 1) if st == '' and not design else desig
            old = None
            if br in ('HRB', 'ZWZ', 'LYC', 'C&U', None) and clr == 'CN' and not design and len(base) == 4 and R.random() < 0.45:
                old = OLD_DG[seal] + base[1:] if seal != 'open' else base[1:]
            emit_bearing({'ptype': 'deep_groove', 'base': base, 'seal': seal, 'clearance': clr, 'design': design, 'brand': br},
                         desig, c, old)
    # tapered
    tb = [f'302{i:02d}' for i in range(3, 23)] + [f'303{i:02d}' for i in range(3, 21)] + [f'322{i:02d}' for i in range(5, 23)] + \
         [f'323{i:02d}' for i in range(5, 19)] + [f'320{i:02d}' for i in range(5, 21)] + [f'313{i:02d}' for i in range(5, 13)]
    TD = {'SKF': ('', ' J2/Q', 'J2Q'), 'NSK': ('HR', 'J', 'HRJ'), 'FAG': ('', '-A', 'A'), 'NTN': ('4T-', '', '4T'),
          'KOYO': ('', 'JR', 'JR'), 'TIMKEN': ('', '', ''), 'HRB': ('', '', ''), 'ZWZ': ('', '', ''), 'LYC': ('', '', ''),
          'C&U': ('', '', ''), None: ('', '', '')}
    for base in tb:
        k = max(1, int(R.expovariate(1.0) * (9 if base[:3] in ('302', '303', '322') else 5)) + 2)
        used = set()
        for _ in range(k):
            br = wpick([('SKF', 10), ('NSK', 6), ('FAG', 5), ('NTN', 4), ('KOYO', 5), ('TIMKEN', 6), ('HRB', 10),
                        ('ZWZ', 9), ('LYC', 10), ('C&U', 3), (None, 14)])
            if br in used:
                continue
            used.add(br)
            pre, suf, design = TD[br]
            desig = f'{pre}{base}{suf}'
            old = None
            if br in ('HRB', 'ZWZ', 'LYC', None) and base[:2] == '30' and R.random() < 0.5:
                old = '7' + base[2:] + 'E'
            c = clerk()
            emit_bearing({'ptype': 'tapered', 'base': base, 'design': design, 'brand': br}, desig, c, old)
    # inch tapered (cone / cup / set)
    for cone, cup in [('LM11949', 'LM11910'), ('LM67048', 'LM67010'), ('L44649', 'L44610'), ('HM88649', 'HM88610'),
                      ('25580', '25520'), ('3782', '3720'), ('JLM104948', 'JLM104910'), ('M12649', 'M12610'),
                      ('LM48548', 'LM48510'), ('LM29749', 'LM29710'), ('HM212049', 'HM212011'), ('33889', '33821'),
                      ('LM501349', 'LM501310'), ('JL69349', 'JL69310')]:
        for br in make_variants([('TIMKEN', 5), ('KOYO', 3), ('NTN', 2), ('SKF', 2), ('LYC', 2), (None, 2)], 1 + R.randrange(3)):
            for form in make_variants([('set', 5), ('cone', 3), ('cup', 2)], 1 + R.randrange(3)):
                base = {'set': f'{cone}/{cup}', 'cone': cone, 'cup': cup}[form]
                desig = base if not (form == 'set' and R.random() < 0.3) else f'{cone}/{cup[len(cup) - 2:]}'
                emit_bearing({'ptype': 'tapered', 'base': base, 'brand': br}, desig, clerk())
    # cylindrical roller
    CD = {'SKF': ['ECP', 'ECJ', 'ECM', 'ECP'], 'FAG': ['E-TVP2', 'E-M1', 'E-TVP2'], 'NSK': ['ET', 'EM', 'EW'],
          'NTN': ['E', 'ET2', 'EG1'], 'KOYO': ['R', 'E'], 'HRB': ['E', 'EM', 'M', ''], 'ZWZ': ['E', 'EM', 'M', ''],
          'LYC': ['E', 'EM', ''], 'C&U': ['E', ''], None: ['', 'E', 'EM', 'M'], 'NACHI': ['EG'], 'TIMKEN': ['EMA']}
    for t in ['NU', 'NJ', 'N', 'NUP', 'NF']:
        for ser in ['2', '3', '22', '23', '10']:
            if t in ('NF', 'N') and ser in ('22', '23', '10'):
                continue
            for bore in range(4, 23):
                if R.random() > (0.9 if t == 'NU' else 0.55) * (0.5 if ser in ('23', '10') else 1.0):
                    continue
                base = f'{t}{ser}{bore:02d}'
                used = set()
                for _ in range(max(1, int(R.expovariate(1.0) * 4) + 1)):
                    br = wpick([('SKF', 10), ('FAG', 6), ('NSK', 6), ('NTN', 4), ('KOYO', 2), ('HRB', 8), ('ZWZ', 8),
                                ('LYC', 6), ('C&U', 2), (None, 10)])
                    ds = pick(CD[br])
                    clr = 'C3' if R.random() < 0.2 else 'CN'
                    if (br, ds, clr) in used:
                        continue
                    used.add((br, ds, clr))
                    c = clerk()
                    if br == 'SKF' and c in (0, 4):
                        desig = f'{t} {ser}{bore:02d} {ds}' + ('/C3' if clr == 'C3' else '')
                    elif br == 'FAG':
                        desig = f'{base}-{ds}' + ('-C3' if clr == 'C3' else '')
                    else:
                        desig = f'{base}{ds}' + (('/C3' if br in ('SKF', 'HRB', 'ZWZ', 'LYC', None) else 'C3') if clr == 'C3' else '')
                    emit_bearing({'ptype': 'cyl_roller', 'base': base, 'design': ds.replace('-', ''), 'clearance': clr, 'brand': br},
                                 desig, c)
    # spherical roller
    SD = {'SKF': ['E', 'EK', 'CC/W33', 'CCK/W33', 'E'], 'FAG': ['E1-XL', 'E1-XL-K', 'E1'], 'NSK': ['EAE4', 'CDE4', 'CAME4', 'EAKE4'],
          'NTN': ['EAD1', 'EMD1', 'BD1'], 'KOYO': ['RHR', 'RHRK'], 'HRB': ['CA/W33', 'CC/W33', 'CAK/W33', 'MB', 'CA'],
          'ZWZ': ['CA/W33', 'CC/W33', 'CAK/W33', 'MB', 'CC'], 'LYC': ['CA/W33', 'CA', 'CAK/W33', 'E'], 'C&U': ['CC', 'CA'],
          None: ['CA', 'CC', 'CA/W33', 'E', 'K', '']}
    sb = [f'222{i:02d}' for i in range(5, 23)] + [f'223{i:02d}' for i in range(8, 21)] + [f'213{i:02d}' for i in range(5, 17)] + \
         [f'230{i}' for i in (22, 24, 26, 28, 30)] + [f'231{i}' for i in (22, 24, 26, 28, 30)] + [f'232{i}' for i in (22, 24, 26)]
    for base in sb:
        used = set()
        for _ in range(max(1, int(R.expovariate(1.0) * 7) + 2)):
            br = wpick([('SKF', 10), ('FAG', 7), ('NSK', 5), ('NTN', 3), ('KOYO', 2), ('HRB', 7), ('ZWZ', 9), ('LYC', 6),
                        ('C&U', 2), (None, 8)])
            ds = pick(SD[br])
            clr = 'C3' if R.random() < 0.25 else 'CN'
            if (br, ds, clr) in used:
                continue
            used.add((br, ds, clr))
            if br == 'FAG':
                desig = f'{base}-{ds}' + ('-C3' if clr == 'C3' else '')
            elif br in ('NSK', 'NTN', 'KOYO'):
                desig = f'{base}{ds}' + ('C3' if clr == 'C3' else '')
            else:
                desig = f'{base}{ds}' + ('/C3' if clr == 'C3' else '') if '/' not in ds or clr == 'CN' else f'{base}{ds.replace("/W33", "")}/C3W33'
            emit_bearing({'ptype': 'spherical', 'base': base, 'design': norm_code(ds), 'clearance': clr, 'brand': br}, desig, clerk())
    # angular contact
    AD = {'SKF': ['BEP', 'BECBP', 'BECBM', 'BEGAP'], 'FAG': ['B-TVP', 'B-XL-JP', 'B-XL-MP'], 'NSK': ['BW', 'A', 'C', 'BEAT85'],
          'NTN': ['BG', 'B', 'C'], 'KOYO': ['B', 'C'], 'HRB': ['B', 'AC', 'C', 'BM'], 'ZWZ': ['B', 'AC', 'C', 'BM'],
          'LYC': ['B', 'AC', 'C'], None: ['B', 'AC', 'C', 'BM']}
    OLD_ANG = {'C': '36', 'AC': '46', 'B': '66'}
    for ser in ('72', '73', '70'):
        for bore in range(4, 21):
            if R.random() > (0.95 if ser == '72' else 0.7):
                continue
            base = f'{ser}{bore:02d}'
            used = set()
            for _ in range(max(1, int(R.expovariate(1.0) * 5) + 1)):
                br = wpick([('SKF', 8), ('FAG', 5), ('NSK', 6), ('NTN', 3), ('KOYO', 2), ('HRB', 6), ('ZWZ', 6), ('LYC', 5), (None, 7)])
                ds = pick(AD[br])
                if (br, ds) in used:
                    continue
                used.add((br, ds))
                desig = f'{base}-{ds}' if br == 'FAG' else (f'{base} {ds}' if br == 'SKF' and R.random() < 0.5 else f'{base}{ds}')
                old = None
                if br in ('HRB', 'ZWZ', 'LYC', None) and ds in OLD_ANG and ser == '72' and R.random() < 0.4:
                    old = OLD_ANG[ds] + '2' + base[2:]
                emit_bearing({'ptype': 'angular', 'base': base, 'design': norm_code(ds), 'brand': br}, desig, clerk(), old)
    # thrust
    for ser in ('511', '512', '513'):
        for bore in range(0, 21):
            if R.random() > 0.85:
                continue
            base = f'{ser}{bore:02d}'
            used = set()
            for _ in range(max(1, int(R.expovariate(1.0) * 4) + 1)):
                br = wpick([('SKF', 5), ('FAG', 3), ('NSK', 3), ('HRB', 6), ('ZWZ', 6), ('LYC', 5), ('C&U', 3), (None, 8)])
                ds = 'M' if (bore >= 14 and R.random() < 0.3) else ''
                if (br, ds) in used:
                    continue
                used.add((br, ds))
                old = None
                if br in ('HRB', 'ZWZ', 'LYC', None) and not ds and R.random() < 0.5:
                    old = '8' + ser[1:] + f'{bore:02d}' if ser != '511' else '81' + f'{bore:02d}'
                    old = {'511': '81', '512': '82', '513': '83'}[ser] + f'{bore:02d}'
                emit_bearing({'ptype': 'thrust', 'base': base, 'design': ds, 'brand': br}, base + ds, clerk(), old)
    # needle
    hk = ['HK0608', 'HK0810', 'HK1010', 'HK1012', 'HK1212', 'HK1412', 'HK1512', 'HK1612', 'HK1616', 'HK2016', 'HK2020',
          'HK2520', 'HK2526', 'HK3020', 'HK3026', 'HK3520', 'HK4020', 'HK4520']
    nk = ['NK15/16', 'NK20/20', 'NK25/20', 'NK30/20', 'NK35/20', 'NA4902', 'NA4904', 'NA4905', 'NA4906', 'NA4907', 'NA4908',
          'NA4910', 'NKI20/20', 'NKI25/20', 'NKI30/20', 'NKI35/20', 'RNA4905', 'RNA4906']
    for base in hk + nk:
        used = set()
        for _ in range(max(1, int(R.expovariate(1.0) * 4.5) + 1)):
            br = wpick([('INA', 10), ('NTN', 3), ('NSK', 2), ('SKF', 2), ('HRB', 3), ('ZWZ', 2), (None, 6)])
            seal = '2RS' if (base.startswith('HK') and R.random() < 0.25) or (base.startswith('NA49') and R.random() < 0.2) else 'open'
            ds = 'XL' if br == 'INA' and R.random() < 0.3 else ''
            if (br, seal, ds) in used:
                continue
            used.add((br, seal, ds))
            desig = base + ('-2RS' if seal == '2RS' else '') + (('-' + ds) if ds else '')
            emit_bearing({'ptype': 'needle', 'base': base, 'seal': seal, 'design': ds, 'brand': br}, desig, clerk())
    # spherical plain
    for dsz in [12, 15, 16, 17, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100, 110, 120]:
        used = set()
        for _ in range(max(1, int(R.expovariate(1.0) * 5) + 2)):
            br = wpick([('SKF', 6), ('HRB', 2), ('LYC', 2), (None, 12)])
            ds = wpick([('ES', 8), ('E', 3), ('ES', 0)])
            seal = '2RS' if ds == 'ES' and R.random() < 0.45 else 'open'
            if (br, ds, seal) in used:
                continue
            used.add((br, ds, seal))
            c = clerk()
            if br == 'SKF' and c in (0, 4, 6):
                desig = f'GE {dsz} {ds}' + ('-2RS' if seal == '2RS' else '')
            else:
                desig = f'GE{dsz}{ds}' + (pick(['-2RS', '-2RS', '2RS']) if seal == '2RS' else '')
            emit_bearing({'ptype': 'plain', 'base': f'GE{dsz}', 'design': ds, 'seal': seal, 'brand': br}, desig, c)
    # insert bearings
    for hs in ['UC', 'UCP', 'UCF', 'UCFL', 'UCT']:
        for n in range(204, 217):
            if R.random() > (0.95 if hs in ('UC', 'UCP') else 0.7):
                continue
            used = set()
            for _ in range(1 + R.randrange(5)):
                br = wpick([('FYH', 4), ('NTN', 3), ('ASAHI', 2), ('HRB', 3), ('ZWZ', 2), (None, 8)])
                ds = 'D1' if br == 'NTN' else ''
                if br in used:
                    continue
                used.add(br)
                emit_bearing({'ptype': 'insert', 'base': f'{hs}{n}', 'design': ds, 'brand': br}, f'{hs}{n}{ds}', clerk())


# ---------------------------------------------------------------------------
# SEALS
# ---------------------------------------------------------------------------
SEAL_GROUP = {'o_ring': '03.03.01', 'oil_seal': '03.03.02', 'hyd_seal': '03.03.03', 'bonded_washer': '03.03.04',
              'copper_washer': '03.03.04', 'seal_kit': '03.03.05'}
SEAL_CAT = ['密封件', '密封件', '橡胶件', '密封件', '密封件', '标准件-密封件', '密封件', '密封件']
RUB_TXT = {
    'NBR': ['丁腈', 'NBR', '丁腈橡胶', 'NBR', 'NBR', '丁腈', 'NBR(丁腈)', '丁晴'],
    'FKM': ['氟橡胶', 'FKM', '氟胶', 'FKM', 'FKM', '氟胶', 'FKM(氟橡胶)', '氟胶'],
    'HNBR': ['氢化丁腈', 'HNBR', '氢化丁腈', 'HNBR', 'HNBR', '氢化丁腈', 'HNBR(氢化丁腈)', 'HNBR'],
    'EPDM': ['三元乙丙', 'EPDM', '三元乙丙', 'EPDM', 'EPDM', '乙丙胶', 'EPDM(三元乙丙)', 'EPDM'],
    'VMQ': ['硅橡胶', 'VMQ', '硅胶', 'VMQ', 'silicone', '硅胶', 'VMQ(硅橡胶)', '硅胶'],
    'PU': ['聚氨酯', 'PU', '聚氨酯', 'PU', 'PU', '聚氨酯', 'PU(聚氨酯)', 'PU'],
    'PTFE': ['聚四氟', 'PTFE', '四氟', 'PTFE', 'PTFE', '聚四氟乙烯', 'PTFE', '四氟'],
}

CS_STD = [1.8, 2.65, 3.55, 5.3, 7.0]
CS_OLD = [1.9, 2.4, 3.1, 3.5, 5.7, 8.6]


def oring_ids(cs):
    ids = []
    x = 3.0
    while x < 400:
        ids.append(round(x, 1) if x < 10 else (round(x) if x > 60 else round(x, 1)))
        x *= 1.06 if x < 50 else 1.045
    ids = sorted(set(i if not float(i).is_integer() else int(i) for i in ids))
    lo = {1.8: 2, 1.9: 3, 2.4: 4, 2.65: 6, 3.1: 8, 3.5: 15, 3.55: 15, 5.3: 35, 5.7: 40, 7.0: 100, 8.6: 120}[cs]
    hi = {1.8: 60, 1.9: 70, 2.4: 150, 2.65: 180, 3.1: 200, 3.5: 250, 3.55: 250, 5.3: 400, 5.7: 400, 7.0: 400, 8.6: 400}[cs]
    return [i for i in ids if lo <= i <= hi]


JIS_P = [3, 4, 5, 6, 7, 8, 9, 10, '10A', 11, '11.2', 12, '12.5', 14, 15, 16, 18, 20, 21, 22, '22A', '22.4', 24, 25, '25.5',
         26, 28, '29', '29A', '29.5', 30, 31, '31.5', 32, 34, 35, '35.5', 36, 38, 39, 40, 41, 42, 44, 45, 46, 48, 49, 50,
         '48A', 50, '50A', 52, 53, 55, 56, 58, 60, 62, 63, 65, 67, 70, 71, 75, 80, 85, 90, 95, 100, 102, 105, 110, 112, 115,
         120, 125, 130, 132, 135, 140, 145, 150, '150A', 155, 160, 165, 170, 175, 180, 185, 190, 195, 200]
JIS_G = [25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150,
         155, 160, 165, 170, 175, 180, 185, 190, 195, 200, 210, 220, 230, 240, 250, 260, 270, 280, 290, 300]
# JIS P and G inner diameters / cross sections (approximate real values)


def jis_dims(series, code):
    s = str(code)
    num = float(s.rstrip('A'))
    if series == 'G':
        return num - 0.7 if num < 150 else num - 0.7, 3.1
    if num < 10.5:
        return num - 0.2, 1.9
    if num < 22.5:
        return num - 0.2, 2.4
    if num < 50.5 and not s.endswith('A'):
        return num - 0.3, 3.5
    if s.endswith('A') and num < 30:
        return num - 0.3, 3.5
    return num - 0.3, 5.7 if num > 50 else 3.5


PARKER_CMP = {'NBR': [('N674-70', 70), ('N552-90', 90)], 'FKM': [('V747-75', 75), ('V1164-75', 75), ('V1238-95', 95)],
              'EPDM': [('E540-80', 80)], 'HNBR': [('KB163-80', 80)]}


def seal_emit(kind_group, a, name, spec, unit, c, extra=None):
    a = dict(a)
    a['kind'] = 'seal'
    return add(SEAL_GROUP[kind_group], a, name, spec, unit, SEAL_CAT[c], c, extra)


ORING_NAME = ['O型圈', 'O形圈', 'O型密封圈', 'O形橡胶密封圈', 'O-ring', 'O型圈', 'O形密封圈', 'O圈']


def gen_seals():
    komatsu_used = set()
    # metric O-rings (GB/T 3452.1 and old GB 1235 series)
    for cs_list, std_id in ((CS_STD, 'GB/T 3452.1'), (CS_OLD, 'GB 1235')):
        for cs in cs_list:
            for i in oring_ids(cs):
                if R.random() > (0.8 if std_id == 'GB/T 3452.1' else 0.7):
                    continue
                used = set()
                for _ in range(max(1, int(R.expovariate(1.0) * 4.5) + 1)):
                    mat = wpick([('NBR', 10), ('FKM', 5), ('HNBR', 1), ('EPDM', 1), ('VMQ', 1), (None, 2)])
                    hard = wpick([(70, 6), (90, 3), (None, 5), (80, 1)]) if mat else None
                    if (mat, hard) in used:
                        continue
                    used.add((mat, hard))
                    c = clerk()
                    std = std_id if R.random() < 0.45 else None
                    sep = SEPS[c]
                    dims = f'{fnum(i)}{sep}{fnum(cs)}'
                    if c in (2, 5):
                        dims = f'Φ{dims}'
                    mt = RUB_TXT[mat][c] if mat else ''
                    ht = ''
                    if hard:
                        ht = [f'{hard}°', f'{hard}', f'硬度{hard}', f'{hard}A', f'{hard} Shore A', f'{hard}度', f'邵氏{hard}', f'{hard}度'][c]
                    if mat and hard and c in (1, 3):
                        mh = f'{RUB_TXT[mat][1]}{hard}'
                    else:
                        mh = ' '.join(p for p in (mt, ht) if p)
                    stdt = std_text(std, c) if std and std.startswith('GB/T') else ('GB1235' if std else '')
                    nm = ORING_NAME[c]
                    if c == 7:
                        name, spec = f'{nm}{dims}{mh}', stdt
                    elif c == 6:
                        name = nm
                        spec = ';'.join([f'内径{fnum(i)}', f'线径{fnum(cs)}'] + ([f'材质:{mt}'] if mt else []) + ([f'硬度:{hard}'] if hard else []) + ([stdt] if stdt else []))
                    elif c == 3:
                        name, spec = f'{nm}{dims}', ' '.join(p for p in (mh, stdt) if p)
                    else:
                        name, spec = nm, ' '.join(p for p in (stdt, dims, mh) if p)
                    extra = []
                    if mat == 'NBR' and hard in (70, 90, None) and std_id == 'GB/T 3452.1' and R.random() < 0.08:
                        kn = f'07000-{R.choice("1235")}{int(i) % 1000:03d}{R.randrange(10)}'
                        kn = f'07000-{int(cs * 10) % 100:02d}{int(i) % 1000:03d}'
                        if kn not in komatsu_used:
                            komatsu_used.add(kn)
                            extra.append(('oem', kn))
                    seal_emit('o_ring', {'ptype': 'o_ring', 'id': i, 'cs': cs, 'material': mat, 'hardness': hard, 'std': std},
                              name, spec, ['个', '只', '个', 'PCS', 'PCS', '个', '个', '只'][c], c, extra)
    # JIS O-rings
    for series, lst in (('P', JIS_P), ('G', JIS_G)):
        seen_codes = set()
        for code in lst:
            code = f'{series}{code}'
            if code in seen_codes or R.random() > 0.55:
                continue
            seen_codes.add(code)
            idd, cs = jis_dims(series, code[1:])
            used = set()
            for _ in range(1 + R.randrange(3)):
                mat, hard = wpick([(('NBR', 70), 6), (('NBR', 90), 4), (('FKM', 70), 2), (('FKM', 90), 1), (('NBR', None), 2)])
                br = wpick([('NOK', 3), (None, 5)])
                if (mat, hard, br) in used:
                    continue
                used.add((mat, hard, br))
                c = clerk()
                jh = {('NBR', 70): '1A', ('NBR', 90): '1B', ('FKM', 70): '4D', ('FKM', 90): '4D-90'}.get((mat, hard), '')
                if c in (0, 3, 6):
                    spec = f'{code} {RUB_TXT[mat][c]}' + (f'-{hard}' if hard else '')
                elif c in (1, 5):
                    spec = f'{code} {mat}' + (f'-{hard}' if hard else '') + (f' ({jh})' if jh else '')
                else:
                    spec = f'JIS B2401 {code} {mat}{hard or ""}'
                if br:
                    spec += ' NOK'
                name = ORING_NAME[c] + ('(日标)' if c in (0, 5) else '')
                seal_emit('o_ring', {'ptype': 'o_ring', 'id': round(idd, 1), 'cs': cs, 'material': mat, 'hardness': hard,
                                     'std': 'JIS B2401', 'code': code, 'brand': br}, name, spec, '个', c)
    # AS568 O-rings (Parker compounds)
    for dash in list(range(6, 50)) + list(range(110, 150)) + list(range(210, 260)) + list(range(325, 380)) + list(range(425, 450)):
        if R.random() > 0.35:
            continue
        used = set()
        for _ in range(1 + R.randrange(3)):
            mat = wpick([('NBR', 6), ('FKM', 4), ('EPDM', 1), ('HNBR', 1)])
            cmp, hard = pick(PARKER_CMP[mat])
            br = wpick([('Parker', 6), (None, 3)])
            if (cmp, br) in used:
                continue
            used.add((cmp, br))
            c = clerk()
            ds = f'{dash:03d}'
            if br == 'Parker':
                spec = [f'2-{ds} {cmp}', f'2-{ds}-{cmp}', f'2-{ds} {cmp}', f'AS568-{ds} {cmp}', f'2-{ds} {cmp}', f'2-{ds} {cmp}', f'2-{ds};{cmp}', f'2-{ds} {cmp}'][c]
                spec += f' {RUB_TXT[mat][c]}' + (' Parker' if c not in (4,) else ' PARKER')
            else:
                spec = f'AS568-{ds} {RUB_TXT[mat][c]}{hard}'
            ser = dash // 100
            if ser == 0:
                idd, cs = 2.9 + (dash - 6) * 1.5875, 1.78
            elif ser == 1:
                idd, cs = 9.19 + (dash - 110) * 1.5875, 2.62
            elif ser == 2:
                idd, cs = (18.64 + (dash - 210) * 1.5875) if dash <= 222 else (37.69 + (dash - 222) * 3.175), 3.53
            elif ser == 3:
                idd, cs = 37.47 + (dash - 325) * 3.175, 5.33
            else:
                idd, cs = 113.67 + (dash - 425) * 6.35, 6.99
            seal_emit('o_ring', {'ptype': 'o_ring', 'std': 'AS568', 'code': f'AS568-{ds}', 'dash': ds, 'material': mat,
                                 'id': round(idd, 2), 'cs': cs,
                                 'hardness': hard, 'compound': cmp if br else None, 'brand': br}, ORING_NAME[c] + ('(美标)' if c == 5 else ''),
                      spec, '个', c)
    # oil seals
    OS_NAME = ['骨架油封', '油封', '骨架油封', '骨架油封', 'Oil seal', '油封', '旋转轴唇形密封圈', '油封']
    nok_used = set()
    for d in list(range(10, 60, 2)) + list(range(60, 130, 5)) + list(range(130, 260, 10)):
        for D in sorted(set([d + x for x in (8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35)])):
            if R.random() > (0.3 if d < 100 else 0.22):
                continue
            H = pick([5, 6, 7, 8, 10, 12] if d < 60 else [8, 10, 12, 13, 14, 15])
            used = set()
            for _ in range(max(1, int(R.expovariate(1.0) * 2) + 1)):
                prof = wpick([('TC', 10), ('TG', 2), ('SC', 2), ('TB', 2), ('SB', 1), ('VC', 1), ('TCV', 1), ('TCN', 1)])
                mat = wpick([('NBR', 7), ('FKM', 4), (None, 3)])
                br = wpick([('NOK', 4), ('SKF', 2), ('CFW', 1), (None, 8)])
                if (prof, mat, br) in used:
                    continue
                used.add((prof, mat, br))
                c = clerk()
                sep = SEPS[c]
                dims = f'{d}{sep}{D}{sep}{H}'
                mt = RUB_TXT[mat][c] if mat else ''
                brt = {'NOK': 'NOK', 'SKF': 'SKF', 'CFW': 'CFW', None: ''}[br]
                if c in (1, 5, 7):
                    spec = f'{prof}{dims} {mt} {brt}'
                elif c == 2:
                    spec = f'{prof}-{d}-{D}-{H} {mat or ""} {brt}'
                elif c == 6:
                    spec = f'型式:{prof};规格:{dims};材质:{mt};品牌:{brt}'
                else:
                    spec = f'{prof} {dims} {mt} {brt}'
                spec = ' '.join(spec.split())
                extra = []
                if br == 'NOK' and R.random() < 0.5:
                    code = f'AE{R.randrange(1000, 9999)}{pick("ABCEFGH")}'
                    if code not in nok_used:
                        nok_used.add(code)
                        extra.append(('supplier', code))
                seal_emit('oil_seal', {'ptype': 'oil_seal', 'd': d, 'D': D, 'H': H, 'profile': prof, 'material': mat, 'brand': br},
                          OS_NAME[c], spec, ['个', '只', '个', 'PCS', 'PCS', '个', '个', '只'][c], c, extra)
    # hydraulic seals
    PROFILES = [
        ('UN', 'rod_seal', ['Y型圈', 'Y形密封圈', '轴用Y型圈', 'UN密封圈'], 'PU'),
        ('UHS', 'rod_seal', ['活塞杆密封', '杆用密封圈', 'UHS密封圈', '活塞杆密封圈'], 'PU'),
        ('IDI', 'rod_seal', ['轴用Yx圈', 'IDI密封圈', '杆密封', '轴用YX密封圈'], 'PU'),
        ('USH', 'rod_seal', ['USH密封圈', '活塞杆密封', 'USH', '杆用USH'], 'NBR'),
        ('ODI', 'piston_seal', ['孔用Yx圈', 'ODI密封圈', '孔用YX密封圈', '活塞密封'], 'PU'),
        ('SPGW', 'piston_seal', ['活塞组合密封', 'SPGW密封圈', '活塞密封圈', '格莱圈(活塞)'], 'PTFE'),
        ('SPGO', 'piston_seal', ['格莱圈', 'SPGO活塞密封', '活塞格莱圈', '格莱圈'], 'PTFE'),
        ('HBY', 'buffer_seal', ['缓冲密封', 'HBY缓冲圈', '缓冲环', '缓冲密封圈'], 'PU'),
        ('BS', 'rod_seal', ['斯特封', '阶梯密封', '斯特封', '杆用斯特封'], 'PTFE'),
        ('DKB', 'wiper', ['防尘圈', 'DKB防尘圈', '防尘密封', '骨架防尘圈'], 'PU'),
        ('DH', 'wiper', ['防尘圈', 'DH防尘圈', '防尘圈', '防尘密封圈'], 'PU'),
        ('LBH', 'wiper', ['防尘圈', 'LBH防尘圈', '防尘圈', '防尘密封'], 'NBR'),
        ('WR', 'wear_ring', ['导向带', '支撑环', '导向环', '耐磨环'], 'PTFE'),
    ]
    for prof, pt, names, mat0 in PROFILES:
        for d in [20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120, 125,
                  130, 140, 150, 160, 180, 200]:
            if R.random() > 0.85:
                continue
            gap = {'UN': 10, 'UHS': 10, 'IDI': 10, 'USH': 10, 'ODI': 10, 'SPGW': 15, 'SPGO': 15, 'HBY': 11, 'BS': 15.5,
                   'DKB': 10, 'DH': 8, 'LBH': 10, 'WR': 5}[prof]
            if pt == 'piston_seal':
                bore = d
                D, dd = bore, bore - (gap if d > 40 else 10)
            else:
                dd, D = d, d + (gap if d > 40 else 8 if prof != 'BS' else 10.5)
            H = {'UN': 6, 'UHS': 6, 'IDI': 8, 'USH': 8, 'ODI': 8, 'SPGW': 22.4, 'SPGO': 6.3, 'HBY': 5.6, 'BS': 4.2, 'DKB': 7,
                 'DH': 5, 'LBH': 7, 'WR': 20}[prof]
            if d >= 100 and prof in ('UN', 'UHS', 'IDI', 'ODI', 'USH'):
                D, H = (D + 5, 12) if pt != 'piston_seal' else (D, 12)
                if pt == 'piston_seal':
                    dd = D - 15
            used = set()
            for _ in range(max(1, int(R.expovariate(1.0) * 3) + 1)):
                br = wpick([('NOK', 5), ('Parker', 3), ('Hallite', 2), ('Merkel', 2), ('SKF', 1), (None, 7)])
                mat = mat0 if R.random() < 0.8 else {'PU': 'NBR', 'NBR': 'FKM', 'PTFE': 'PTFE'}[mat0]
                hard = 93 if mat == 'PU' and R.random() < 0.5 else (95 if mat == 'PU' and R.random() < 0.2 else None)
                if (br, mat, hard) in used:
                    continue
                used.add((br, mat, hard))
                c = clerk()
                sep = SEPS[c]
                dims = f'{fnum(dd)}{sep}{fnum(D)}{sep}{fnum(H)}'
                nm = names[c % 4] if c != 4 else {'rod_seal': 'Rod seal', 'piston_seal': 'Piston seal', 'buffer_seal': 'Buffer seal', 'wiper': 'Wiper', 'wear_ring': 'Wear ring'}[pt]
                mt = RUB_TXT[mat][c]
                brt = br or ''
                ht = f' {hard}A' if hard else ''
                if c in (0, 3, 6):
                    spec = f'{prof} {dims} {mt}{ht} {brt}'
                elif c in (1, 5):
                    spec = f'{prof}{dims} {brt} {mt}{ht}'
                else:
                    spec = f'{prof}-{fnum(dd)}-{fnum(D)}-{fnum(H)} {mat}{ht} {brt}'
                seal_emit('hyd_seal', {'ptype': pt, 'profile': prof, 'd': dd, 'D': D, 'H': H, 'material': mat, 'hardness': hard,
                                       'brand': br}, nm, ' '.join(spec.split()), ['个', '只', '个', 'PCS', 'PCS', '个', '个', '只'][c], c)
    # bonded washers & copper washers
    for d in [6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        for v in make_variants([('JB 982', 5), (None, 3), ('DIN 7603', 0)], 1 + R.randrange(2)):
            c = clerk()
            mat = wpick([('NBR', 5), ('FKM', 1), (None, 3)])
            nm = ['组合垫圈', '组合垫', '组合密封垫圈', '组合垫圈', 'Bonded seal', '组合垫', '组合密封垫圈', '组合垫']
            spec = ' '.join(p for p in (f'M{d}', std_text(v, c) if v and v.startswith('GB') else ('JB982-77' if v else ''),
                                        RUB_TXT[mat][c] if mat else '') if p)
            seal_emit('bonded_washer', {'ptype': 'bonded_washer', 'd': d, 'std': v, 'material': mat}, nm[c], spec, '个', c)
        for H in (1.5, 2.0):
            if R.random() < 0.45:
                D = {6: 10, 8: 12, 10: 14, 12: 16, 14: 20, 16: 22, 18: 24, 20: 26, 22: 27, 24: 29, 27: 32, 30: 36, 33: 39, 36: 42, 42: 49, 48: 55}[d]
                c = clerk()
                sep = SEPS[c]
                nm = ['铜垫圈', '紫铜垫', '铜垫', '密封铜垫', 'Copper washer', '紫铜垫片', '铜垫圈', '铜垫'][c]
                spec = f'{d}{sep}{D}{sep}{fnum(H)}' + (' DIN7603' if R.random() < 0.3 else '')
                seal_emit('copper_washer', {'ptype': 'copper_washer', 'd': d, 'D': D, 'H': H}, nm, spec, '个', c)
    # seal kits for the plant's own cylinders (codes that are prefixes of others)
    CYL_NAMES = ['动臂油缸', '斗杆油缸', '铲斗油缸', '转向油缸', '举升油缸', '翻斗油缸', '支腿油缸', '变幅油缸', '伸缩油缸', '张紧油缸']
    kit_codes = []
    for pre in ('X', 'XM', 'MF', 'YG'):
        nums = R.sample(range(101, 400), 60)
        for n in nums:
            kit_codes.append(f'{pre}-{n}')
            if R.random() < 0.35:
                kit_codes.append(f'{pre}-{n}{pick("ABC")}')
            if R.random() < 0.12:
                kit_codes.append(f'{pre}-{n}-1')
    if 'X-115' not in kit_codes:
        kit_codes += ['X-115', 'X-115B']
    elif 'X-115B' not in kit_codes:
        kit_codes.append('X-115B')
    for code in kit_codes:
        c = clerk()
        cyl = pick(CYL_NAMES)
        bore = pick([50, 63, 70, 80, 90, 100, 110, 125, 140, 160])
        rod = pick([x for x in (30, 35, 40, 45, 50, 56, 63, 70, 80, 90, 100) if x < bore * 0.7])
        nm = [f'{cyl}密封件', f'{cyl}修理包', '油缸密封包', f'{cyl}密封包', 'Seal kit', f'{cyl}密封组件', f'密封包-{cyl}', '修理包'][c]
        spec = [f'{code} ({bore}/{rod})', code, f'{code} Φ{bore}/Φ{rod}', code, f'{code} {bore}/{rod}', f'{code}', f'型号:{code};缸径{bore}杆径{rod}', code][c]
        seal_emit('seal_kit', {'ptype': 'seal_kit', 'code': code, 'bore': bore, 'rod': rod, 'cyl': cyl if c not in (2, 4, 7) else None}, nm, spec, '套', c)
    # OEM excavator seal kits
    for model in ('PC200-7', 'PC200-8', 'PC220-8', 'PC300-7', 'PC360-7', 'SK200-8', 'ZX200-3', 'EC210B', 'SY215C', 'XE215C'):
        for part in ('动臂缸', '斗杆缸', '铲斗缸'):
            if R.random() < 0.7:
                c = clerk()
                oem = f'707-99-{R.randrange(10000, 99999)}' if model.startswith('PC') else f'{R.randrange(10000000, 99999999)}'
                seal_emit('seal_kit', {'ptype': 'seal_kit', 'code': f'{model} {part}', 'model': model, 'cyl': part},
                          f'{part}修理包', f'{model} {part}', '套', c, [('oem', oem)])


# ---------------------------------------------------------------------------
# HYDRAULICS
# ---------------------------------------------------------------------------
HYD_CAT = ['液压件', '液压件', '外购件', '液压元件', '液压件', '外购件-液压', '液压件', '液压件']
HB_TXT = {
    'Rexroth': ['力士乐', 'Rexroth', '博世力士乐', 'REXROTH', 'Rexroth', '力士乐', '力士乐Rexroth', '力士乐'],
    'Huade': ['华德', '北京华德', '华德', 'HUADE', 'Huade', '华德', '华德液压', '华德'],
    'Yuken': ['油研', 'YUKEN', '油研', 'YUKEN', 'Yuken', '榆次油研', '油研YUKEN', '油研'],
    'Parker': ['派克', 'Parker', '派克', 'PARKER', 'Parker', '派克', '派克Parker', '派克'],
    'Hydac': ['贺德克', 'HYDAC', '贺德克', 'HYDAC', 'Hydac', '贺德克', '贺德克HYDAC', '贺德克'],
    'Eaton': ['伊顿', 'EATON', '伊顿', 'EATON', 'Eaton', '伊顿', '伊顿Eaton', '伊顿'],
    'Kawasaki': ['川崎', 'KAWASAKI', '川崎', 'KAWASAKI', 'Kawasaki', '川崎', '川崎KAWASAKI', '川崎'],
    'Leemin': ['黎明', '温州黎明', '黎明', 'LEEMIN', 'Leemin', '黎明液压', '黎明', '黎明'],
    'Manuli': ['马牌', 'MANULI', 'Manuli', 'MANULI', 'Manuli', '马努利', 'Manuli', '马牌'],
    'Gates': ['盖茨', 'GATES', '盖茨', 'GATES', 'Gates', '盖茨', '盖茨Gates', '盖茨'],
    'Luflex': ['路通', '路通', '河北路通', 'LUFLEX', 'Luflex', '路通', '路通', '路通'],
    'Danfoss': ['丹佛斯', 'DANFOSS', '丹佛斯', 'DANFOSS', 'Danfoss', '丹佛斯', '丹佛斯', '丹佛斯'],
    'Sun': ['SUN', 'SUN', '太阳液压', 'SUN', 'Sun', 'SUN', 'SUN', 'sun'],
    'HydraForce': ['海德福斯', 'HYDRAFORCE', 'HydraForce', 'HYDRAFORCE', 'HydraForce', '海德福斯', 'HydraForce', '海德福斯'],
    'Changyuan': ['长源', '长源', '合肥长源', '长源', 'Changyuan', '长源', '长源', '长源'],
    'Taifeng': ['泰丰', '泰丰', '泰丰', '泰丰', 'Taifeng', '泰丰', '泰丰', '泰丰'],
    'Fenghua': ['奉化', '奉化', '奉化', '奉化', 'Fenghua', '奉化', '奉化', '奉化'],
    'Pall': ['颇尔', 'PALL', '颇尔', 'PALL', 'Pall', '颇尔', 'PALL', '颇尔'],
}


def hyd_emit(group, a, name, spec, unit, c, extra=None):
    a = dict(a)
    a['kind'] = 'hydraulic'
    return add(group, a, name, spec, unit, HYD_CAT[c], c, extra)


def brand_t(br, c):
    return HB_TXT[br][c] if br else ''


def gen_hydraulics():
    # adapters / fittings
    FIT_NAME = {'1C': '过渡接头', '1D': '过渡接头', '1J': '过渡接头', '1B': '过渡接头', '1O': '过渡接头', '1N': '过渡接头',
                '2C': '弯头', '2J': '弯头', '2B': '弯头', 'AC': '三通', 'AJ': '三通', 'AB': '三通'}
    sizes = ['04', '05', '06', '08', '10', '12', '14', '16', '20', '24']
    for fam in ['1CB', '1CT', '1DB', '1DT', '1JB', '1JT', '1BB', '1BT', '1OB', '1NB', '2C', '2CB', '2J', '2JB', '2B', 'AC', 'AJ', 'AB']:
        for a_ in sizes:
            for b_ in sizes:
                if abs(sizes.index(a_) - sizes.index(b_)) > 2:
                    continue
                if R.random() > (0.95 if fam in ('1CB', '1JB', '1DB', '1BB') else 0.8):
                    continue
                code = f'{fam}-{a_}-{b_}' if fam[0] != '2' and fam[0] != 'A' or len(fam) == 3 else f'{fam}-{a_}'
                if fam in ('2C', '2J', '2B', 'AC', 'AJ', 'AB'):
                    if a_ != b_:
                        continue
                    code = f'{fam}-{a_}'
                variants = [('', 'CS', 'ZN_C')]
                if R.random() < 0.25:
                    variants.append(('', 'SS304', None))
                if R.random() < 0.22:
                    variants.append(('WD', 'CS', 'ZN_C'))
                if R.random() < 0.08:
                    variants.append(('-SP', 'CS', 'ZN_C'))
                if R.random() < 0.12:
                    variants.append(('', 'CS', 'ZN_W'))
                for suf, mat, fin in variants:
                    cc = code + suf
                    c = clerk()
                    nm = FIT_NAME.get(fam[:2], '接头')
                    if c == 4:
                        nm = {'过渡接头': 'Adapter', '弯头': 'Elbow', '三通': 'Tee'}[nm]
                    elif c in (1, 7):
                        nm = '液压' + nm
                    mt = ''
                    if mat == 'SS304':
                        mt = MAT_TXT['SS304'][c]
                    ft = FIN_TXT[fin][c] if fin else ''
                    if c in (0, 3, 6):
                        spec = f'{cc} {mt}{ft}'.strip()
                    elif c in (2, 5):
                        spec = f'{cc}({mt or "碳钢"}{ft})' if c == 5 else f'{cc} {mat}'
                    else:
                        spec = f'{cc} {mt} {ft}'.strip()
                    hyd_emit('03.04.01', {'ptype': 'adapter', 'code': cc, 'series': fam, 'material': mat if (mat != 'CS' or c in (2, 5)) else None,
                                          'finish': fin if not (c == 2 and mat == 'CS') else None}, nm, ' '.join(spec.split()),
                             ['个', '个', '只', '个', 'PCS', '个', '件', '个'][c], c)
    # hose fittings (crimp)
    for ser, desc in (('20411', '公制24°锥O型圈密封'), ('20441', '公制24°锥45°'), ('20491', '公制24°锥90°'),
                      ('26711', 'JIC 74°'), ('22611', 'BSP 60°锥'), ('10411', '公制平面'), ('20111', '公制外螺纹'), ('S2411', '公制外螺纹24°')):
        for a_ in ['04', '05', '06', '08', '10', '12', '14', '16', '20']:
            for b_ in ['04', '05', '06', '08', '10', '12', '16', '20']:
                if abs(int(a_) - int(b_)) > 6 or R.random() > 0.7:
                    continue
                code = f'{ser}-{a_}-{b_}'
                c = clerk()
                nm = ['扣压接头', '胶管接头', '液压接头', '扣压式胶管接头', 'Hose fitting', '芯子', '胶管总成接头', '扣压接头'][c]
                spec = [f'{code} {desc}', code, f'{code}({desc})', code, code, f'{code} {desc}', f'型号:{code};{desc}', code][c]
                hyd_emit('03.04.01', {'ptype': 'hose_fitting', 'code': code, 'series': ser}, nm, spec, '个', c)
    # hoses (bulk)
    DN = [('04', 6), ('05', 8), ('06', 10), ('08', 12), ('10', 16), ('12', 19), ('16', 25), ('20', 31), ('24', 38), ('32', 51)]
    for ht in ('1SN', '2SN', '4SP', '4SH', 'R13', 'R15', '1ST', '2ST'):
        for dash, dn in DN:
            if ht in ('4SP', '4SH', 'R13', 'R15') and dn < 10:
                continue
            if R.random() > 0.7:
                continue
            for br in make_variants([('Parker', 3), ('Manuli', 3), ('Gates', 2), ('Luflex', 3), ('Eaton', 1), (None, 5)], 1 + R.randrange(3)):
                c = clerk()
                nm = {'1SN': '钢丝编织胶管', '2SN': '钢丝编织胶管', '1ST': '钢丝编织胶管', '2ST': '钢丝编织胶管',
                      '4SP': '钢丝缠绕胶管', '4SH': '钢丝缠绕胶管', 'R13': '钢丝缠绕胶管', 'R15': '钢丝缠绕胶管'}[ht]
                nm = [nm, '高压胶管', nm, '液压软管', 'Hydraulic hose', '高压油管', nm, '胶管'][c]
                brt = brand_t(br, c)
                spec = [f'{ht} DN{dn} {brt}', f'{ht}-{dash} {brt}', f'EN853 {ht} DN{dn} {brt}' if ht[0] in '12' else f'EN856 {ht} DN{dn} {brt}',
                        f'{ht}-DN{dn} {brt}', f'{ht} -{dash} {brt}', f'{brt} {ht} DN{dn}', f'型号:{ht};通径:DN{dn};品牌:{brt}', f'{ht}DN{dn}{brt}'][c]
                hyd_emit('03.04.02', {'ptype': 'hose', 'hose_type': ht, 'dn': dn, 'dash': dash, 'brand': br}, nm,
                         ' '.join(spec.split()).removesuffix(';品牌:'), ['米', '米', 'M', '米', 'm', '米', '米', '米'][c], c)
    # hose assemblies
    for n in range(520):
        ht = wpick([('2SN', 6), ('1SN', 2), ('4SP', 2), ('4SH', 1)])
        dash, dn = pick(DN[:8])
        Lmm = pick([300, 400, 450, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1500, 1600, 1800, 2000, 2200, 2500, 3000])
        ends = pick(['FF', 'FM', 'FF90', 'F90F90', 'FF45'])
        code = f'GZ{ht[0]}{dn:02d}-{Lmm}-{ends}'
        c = clerk()
        nm = ['胶管总成', '高压胶管总成', '油管总成', '胶管总成', 'Hose assembly', '胶管总成', '高压油管总成', '油管'][c]
        spec = [f'{code} ({ht} DN{dn} L={Lmm})', code, f'{code} {ht}-DN{dn}-{Lmm}', f'{ht} DN{dn} L{Lmm} {ends} {code}',
                f'{code} {ht} DN{dn} L={Lmm}mm', code, f'编号:{code};{ht};DN{dn};长度{Lmm}', f'DN{dn}*{Lmm} {code}'][c]
        hyd_emit('03.04.03', {'ptype': 'hose_assy', 'code': code, 'hose_type': ht, 'dn': dn, 'length': Lmm, 'ends': ends},
                 nm, spec, ['根', '根', '条', '根', 'PCS', '根', '根', '条'][c], c)
    # cylinders
    BR = {40: [22, 25], 50: [28, 32], 63: [35, 45], 80: [45, 55], 100: [55, 70], 110: [63, 80], 125: [70, 90], 140: [80, 100],
          160: [90, 110], 180: [100, 125], 200: [110, 140]}
    for bore, rods in BR.items():
        for rod in rods:
            for stroke in [100, 150, 200, 250, 300, 350, 400, 450, 500, 600, 700, 800, 1000, 1200]:
                if R.random() > 0.55:
                    continue
                for ser in make_variants([('HSG', 5), ('HSGL', 2), ('HSGK', 2), ('JB', 0.5)], 1 + (R.random() < 0.3)):
                    code = f'{ser}{bore}/{rod}-{stroke}' if ser != 'JB' else f'JB{bore}x{stroke}'
                    if ser == 'HSGL' and R.random() < 0.4:
                        code = f'HSGL01-{bore}/{rod}E-1101-{stroke}'
                    c = clerk()
                    nm = ['液压油缸', '油缸', '液压缸', '油缸', 'Hydraulic cylinder', '液压油缸', '工程油缸', '油缸'][c]
                    spec = [f'{code}', f'{code} 缸径{bore}杆径{rod}行程{stroke}', code, f'{code}', f'{code} bore{bore} rod{rod} stroke{stroke}',
                            f'{code}', f'型号:{code};缸径:{bore};杆径:{rod};行程:{stroke}', code][c]
                    hyd_emit('03.04.04', {'ptype': 'cylinder', 'code': code, 'bore': bore, 'rod': rod, 'stroke': stroke}, nm, spec,
                             ['台', '根', '支', '台', 'PCS', '根', '台', '根'][c], c)
    # plant drawing-number cylinders (prefix pairs like ZL50-DB-01 / ZL50-DB-01A)
    for mdl in ('ZL30', 'ZL50', 'LW500', 'XG955', 'ZX210', 'SY215', 'GR180'):
        for part, ab in (('动臂油缸', 'DB'), ('转斗油缸', 'ZD'), ('转向油缸', 'ZX'), ('斗杆油缸', 'DG'), ('铲斗油缸', 'CD')):
            if R.random() < 0.5:
                continue
            for k in range(1, 1 + R.randrange(1, 4)):
                base = f'{mdl}-{ab}-{k:02d}'
                codes = [base] + ([base + 'A'] if R.random() < 0.4 else []) + ([base + '-1'] if R.random() < 0.15 else [])
                for code in codes:
                    c = clerk()
                    hyd_emit('03.04.04', {'ptype': 'cylinder', 'code': code, 'model': mdl, 'cyl': part}, part, code, '台', c)
    # directional valves
    spools = ['D', 'E', 'G', 'H', 'J', 'M', 'Y', 'W', 'C', 'EA', 'EB', 'HA', 'GA']
    for size in ('6', '10'):
        for sp in spools:
            for volt, rx, hd in (('DC24', 'EG24N9K4', 'CG24N9Z5L'), ('AC220', 'EW230N9K4', 'CW220-50N9Z5L'), ('DC12', 'EG12N9K4', 'CG12N9Z5L')):
                if R.random() > (0.9 if volt == 'DC24' else 0.45):
                    continue
                ser_r = '6X' if size == '6' else '3X'
                ser_h = '61B' if size == '6' else '31B'
                opts = [('Rexroth', f'4WE{size}{sp}{ser_r}/{rx}'), ('Huade', f'4WE{size}{sp}{ser_h}/{hd}'),
                        ('Huade', f'4WE{size}{sp}{ser_r}/{rx}'), (None, f'4WE{size}{sp}{ser_h}/{hd}')]
                for br, code in make_variants([(o, w) for o, w in zip(opts, (4, 4, 1.2, 1.5))], 1 + R.randrange(2)):
                    for vsuf in ([''] + (['/V'] if R.random() < 0.15 else [])):
                        c = clerk()
                        nm = ['电磁换向阀', '电磁阀', '电磁换向阀', '换向阀', 'Solenoid directional valve', '电磁换向阀', '电磁换向阀', '电磁阀'][c]
                        brt = brand_t(br, c)
                        spec = [f'{code}{vsuf} {brt}', f'{code}{vsuf}({brt})' if br else code + vsuf, f'{code}{vsuf} {brt}',
                                f'{brt} {code}{vsuf}', f'{code}{vsuf} {brt}', f'{code}{vsuf} {volt[:2]}{volt[2:]}V {brt}',
                                f'型号:{code}{vsuf};品牌:{brt};电压:{volt}', f'{code}{vsuf}{brt}'][c]
                        hyd_emit('03.04.05', {'ptype': 'dir_valve', 'code': code + vsuf, 'brand': br, 'voltage': volt, 'spool': sp,
                                              'size': size}, nm, ' '.join(spec.split()).replace(';品牌:;', ';'),
                                 ['个', '台', '件', '个', 'PCS', '台', '个', '个'][c], c)
    # Yuken DSG
    for size in ('01', '03'):
        for sp in ('2B2', '2B3', '3C2', '3C3', '3C4', '3C6', '3C60', '2D2'):
            for volt, vt in (('DC24', 'D24'), ('AC220', 'A220'), ('DC12', 'D12')):
                if R.random() > (0.5 if volt == 'DC24' else 0.2):
                    continue
                code = f'DSG-{size}-{sp}-{vt}-N1-50' if size == '01' else f'DSG-{size}-{sp}-{vt}-50'
                c = clerk()
                hyd_emit('03.04.05', {'ptype': 'dir_valve', 'code': code, 'brand': 'Yuken', 'voltage': volt}, ['电磁换向阀', '电磁阀', '电磁换向阀', '换向阀', 'Solenoid valve', '电磁阀', '电磁换向阀', '电磁阀'][c],
                         f'{code} {brand_t("Yuken", c)}', '个', c)
    # relief / pressure / check / throttle valves
    VALVES = []
    for s in ('10', '20', '30'):
        for p in ('50', '100', '200', '315', '350'):
            VALVES.append(('relief_valve', f'DBDS{s}K1X/{p}', 'Rexroth'))
            VALVES.append(('relief_valve', f'DBDS{s}P1X/{p}', 'Rexroth'))
            VALVES.append(('relief_valve', f'DB{s}-1-50B/{p}', 'Huade'))
            VALVES.append(('relief_valve', f'DBW{s}B1-5X/{p}-6EG24N9K4', 'Rexroth'))
            VALVES.append(('relief_valve', f'DBW{s}B-1-50B/{p}6EG24N9Z5L', 'Huade'))
            VALVES.append(('reducing_valve', f'DR{s}-5-5X/{p}Y', 'Rexroth'))
    for s in ('6', '10', '15', '20', '25', '30'):
        for cp in ('0.5', '1.5', '3.0', '5.0'):
            VALVES.append(('check_valve', f'S{s}A{cp}', 'Rexroth'))
            VALVES.append(('check_valve', f'S{s}P{cp}', 'Rexroth'))
        VALVES.append(('check_valve', f'RVP{s}', None))
        VALVES.append(('check_valve', f'Z1S{s}A1-3X/', 'Rexroth'))
        VALVES.append(('throttle_valve', f'DRV{s}-1-1X/', 'Rexroth'))
        VALVES.append(('throttle_valve', f'MK{s}G1.2', 'Rexroth'))
        VALVES.append(('throttle_valve', f'Z2FS{s}-2-4X/2QV', 'Rexroth'))
        VALVES.append(('relief_valve', f'ZDB{s}VP2-4X/315', 'Rexroth'))
        VALVES.append(('relief_valve', f'ZDB{s}VP2-4X/100', 'Rexroth'))
        VALVES.append(('check_valve', f'Z2S{s}-1-6X/', 'Rexroth'))
    for ct in ('CBCA-LHN', 'CBCA-LJN', 'CBCG-LJN', 'RDDA-LAN', 'RDDA-LBN', 'RPEC-LAN', 'DAAA-MHN', 'CXFA-XAN', 'FDBA-LAN', 'NFCC-LCN', 'PBDB-LAN', 'RVCA-LAN'):
        VALVES.append(('cartridge', ct, 'Sun'))
    for ct in ('SV08-20-0-N-24DG', 'SV10-20-0-N-24DG', 'SV08-22-0-N-24DG', 'RV08-20A-0-N-35', 'RV10-22A-0-N-35', 'CV08-20-0-N-0',
               'PV08-30-0-N', 'EP10-S35-0-N-24DG', 'SV10-40-0-N-24DG', 'SV08-20-0-N-12DG'):
        VALVES.append(('cartridge', ct, 'HydraForce'))
    VNAME = {'relief_valve': ['溢流阀', '溢流阀', '先导溢流阀', '溢流阀', 'Relief valve', '溢流阀', '溢流阀', '溢流阀'],
             'reducing_valve': ['减压阀', '减压阀', '减压阀', '减压阀', 'Pressure reducing valve', '减压阀', '减压阀', '减压阀'],
             'check_valve': ['单向阀', '单向阀', '液控单向阀', '单向阀', 'Check valve', '单向阀', '单向阀', '单向阀'],
             'throttle_valve': ['节流阀', '单向节流阀', '节流阀', '节流阀', 'Throttle valve', '节流阀', '单向节流阀', '节流阀'],
             'cartridge': ['插装阀', '螺纹插装阀', '插装阀', '插装阀', 'Cartridge valve', '插装阀', '螺纹插装阀', '插装阀']}
    for pt, code, br in VALVES:
        if R.random() > 0.8:
            continue
        for b2 in ([br] + ([None] if R.random() < 0.12 else [])):
            c = clerk()
            nm = VNAME[pt][c]
            if pt == 'check_valve' and code.startswith('Z1S'):
                nm = '叠加式单向阀' if c != 4 else 'Modular check valve'
            if pt == 'check_valve' and code.startswith('S') and 'P' in code[2:4] and c != 4:
                nm = '单向阀(板式)'
            brt = brand_t(b2, c)
            spec = f'{code} {brt}' if c != 6 else f'型号:{code};品牌:{brt}'
            hyd_emit('03.04.05', {'ptype': pt, 'code': code, 'brand': b2}, nm, spec.strip().removesuffix(';品牌:'), ['个', '台', '件', '个', 'PCS', '个', '个', '个'][c], c)
            if R.random() < 0.05:
                hyd_emit('03.04.05', {'ptype': pt, 'code': code + '/V', 'brand': b2}, nm, f'{code}/V {brt}'.strip(), '个', clerk())
    # multi-way valves, coils
    for code in ('DF25', 'DF32', 'DCV60', 'DCV100', 'DCV200', 'ZL15', 'ZL20', 'CDB2-F15', 'CDB2-F20', 'DL-L20', 'D32-2', 'D32-3', 'QDF20-2'):
        for v in make_variants([('', 3), ('-1', 1), ('A', 1)], 1 + R.randrange(2)):
            c = clerk()
            hyd_emit('03.04.05', {'ptype': 'multiway', 'code': code + v}, ['多路阀', '多路换向阀', '分配阀', '多路阀', 'Directional control valve', '多路阀', '多路阀', '分配阀'][c],
                     code + v, '台', c)
    for volt in ('DC24V', 'AC220V', 'DC12V'):
        for w, hole in (('30W', 23), ('26W', 19), ('40W', 31), ('18W', 16), ('36W', 26)):
            if R.random() < 0.5:
                continue
            c = clerk()
            code = f'{volt}-{w}-{hole}'
            hyd_emit('03.04.05', {'ptype': 'coil', 'voltage': volt[:-1], 'power': w, 'hole': hole, 'code': code},
                     ['电磁铁线圈', '线圈', '电磁线圈', '电磁阀线圈', 'Solenoid coil', '线圈', '电磁线圈', '线圈'][c],
                     f'{volt} {w} 内孔{hole}' if c != 4 else f'{volt} {w} ID{hole}mm', '个', c)
    # pumps
    PUMPS = []
    for disp in ('306', '310', '314', '316', '320', '325', '332', '340', '350', '363'):
        for ser in ('CBN-E', 'CBN-F', 'CBT-E', 'CBT-F'):
            if ser.endswith('E') and disp in ('340', '350', '363'):
                continue
            PUMPS.append((f'{ser}{disp}', 'gear_pump', pick(['Changyuan', 'Taifeng', None, None])))
    for disp in ('2040', '2050', '2063', '2080', '2100', '3100', '3125', '3160'):
        PUMPS.append((f'CBGj{disp}', 'gear_pump', pick(['Changyuan', 'Taifeng', None])))
    for disp in ('18', '28', '45', '71', '100', '140'):
        PUMPS.append((f'A10VSO{disp}DFR1/31R-PPA12N00', 'piston_pump', 'Rexroth'))
        PUMPS.append((f'A10VSO{disp}DR/31R-PPA12N00', 'piston_pump', 'Rexroth'))
    for disp in ('28', '40', '56', '71'):
        PUMPS.append((f'A4VG{disp}HD1DT1/32R-NZC02F023S', 'piston_pump', 'Rexroth'))
    for m in ('K3V63DT-1R0R-9N0S', 'K3V112DT-1XER-9N2A-2', 'K3V140DT-1XPR-9N29', 'K5V140DTP-1J9R-9C12', 'K3V180DT-1PAR-9N0S'):
        PUMPS.append((m, 'piston_pump', 'Kawasaki'))
    for m in ('PV2R1-10-F-RAA-41', 'PV2R1-14-F-RAA-41', 'PV2R2-41-F-RAA-41', 'PV2R2-53-F-RAA-41', 'PV2R12-10-41-F-RAA-40', 'PV2R13-8-76-F-RAAA-41'):
        PUMPS.append((m, 'vane_pump', 'Yuken'))
    for code, pt, br in PUMPS:
        variants = ['']
        if pt == 'gear_pump':
            variants = make_variants([('', 3), ('-FHL', 2), ('-FHR', 2), ('-AFH', 1.5), ('-AFHL', 1)], 1 + R.randrange(3))
        for v in variants:
            c = clerk()
            nm = {'gear_pump': ['齿轮泵', '齿轮油泵', '齿轮泵', '液压齿轮泵', 'Gear pump', '齿轮泵', '齿轮泵', '齿轮泵'],
                  'piston_pump': ['柱塞泵', '变量柱塞泵', '柱塞泵', '液压泵', 'Piston pump', '柱塞泵', '轴向柱塞泵', '柱塞泵'],
                  'vane_pump': ['叶片泵', '双联叶片泵' if 'R12' in code or 'R13' in code else '叶片泵', '叶片泵', '叶片泵', 'Vane pump', '叶片泵', '叶片泵', '叶片泵']}[pt][c]
            brt = brand_t(br, c)
            rot = {'-FHL': '左旋', '-FHR': '右旋', '-AFHL': '左旋', '-AFH': ''}.get(v, '')
            spec = f'{code}{v} {brt}' if c not in (5, 6) else (f'{code}{v} {rot} {brt}' if c == 5 else f'型号:{code}{v};品牌:{brt}')
            hyd_emit('03.04.06', {'ptype': pt, 'code': code + v, 'brand': br}, nm, ' '.join(spec.split()).removesuffix(';品牌:'), '台', c)
    # motors
    for ser in ('BMR', 'BMM', 'BMP', 'BMS', 'BM1', 'BM2'):
        for disp in ('50', '80', '100', '125', '160', '200', '250', '315', '400'):
            if R.random() > 0.7:
                continue
            for v in make_variants([('', 3), ('-E', 1), ('-S', 1)], 1 + (R.random() < 0.3)):
                c = clerk()
                code = f'{ser}-{disp}{v}'
                hyd_emit('03.04.07', {'ptype': 'motor', 'code': code}, ['摆线马达', '液压马达', '摆线液压马达', '马达', 'Orbit motor', '摆线马达', '摆线液压马达', '马达'][c],
                         code, '台', c)
    for m in ('OMR100 151-0713', 'OMR160 151-0716', 'OMP80 151-0603', 'OMS200 151F0504'):
        hyd_emit('03.04.07', {'ptype': 'motor', 'code': m, 'brand': 'Danfoss'}, '摆线马达', f'{m} 丹佛斯', '台', clerk())
    # filters
    FILT = []
    for ser in ('HX', 'ZX', 'TFX', 'WU', 'XU', 'LH'):
        for q in ('25', '40', '63', '100', '160', '250', '400', '630', '800'):
            for acc in ('1', '3', '5', '10', '20', '30', '80', '100', '180'):
                if R.random() > 0.16:
                    continue
                if ser in ('HX', 'ZX', 'LH'):
                    code = f'{ser}-{q}×{acc}'
                elif ser == 'TFX':
                    code = f'TFX-{q}×{acc}'
                elif ser == 'WU':
                    code = f'WU-{q}×{acc}-J'
                else:
                    code = f'XU-{q}×{acc}-J'
                FILT.append((code, 'Leemin'))
                if ser in ('HX', 'ZX') and R.random() < 0.3:
                    FILT.append((code + 'Q2', 'Leemin'))
    for s in ('0030', '0060', '0110', '0140', '0160', '0240', '0280', '0330', '0500', '0660', '0850', '1300'):
        for t in ('D', 'R'):
            for acc in ('003', '005', '010', '020'):
                if R.random() > 0.16:
                    continue
                FILT.append((f'{s}{t}{acc}BN4HC', 'Hydac'))
                if R.random() < 0.12:
                    FILT.append((f'{s}{t}{acc}BN4HC/-V', 'Hydac'))
    for code in ('937399Q', '932615Q', '926835Q', '922626Q', '933121Q', 'G04262', 'G04237'):
        FILT.append((code, 'Parker'))
    for code in ('HC9020FDP8H', 'HC9100FKN13H', 'HC8314FKP16H', 'HC2295FKS6H', 'HC9601FDT8H'):
        FILT.append((code, 'Pall'))
    for code in ('207-60-71182', '207-60-51200', '20Y-60-32120', '07063-01054', '600-185-4100'):
        FILT.append((code, None))
    for code, br in FILT:
        c = clerk()
        nm = ['滤芯', '液压滤芯', '回油滤芯', '滤芯', 'Filter element', '吸油滤芯' if code.startswith('WU') or code.startswith('XU') else '滤芯', '液压油滤芯', '滤芯'][c]
        brt = brand_t(br, c)
        spec = f'{code} {brt}'.strip() if c != 6 else f'型号:{code};品牌:{brt}'.removesuffix(';品牌:')
        if c == 2:
            spec = spec.replace('×', 'X')
        elif c in (1, 7):
            spec = spec.replace('×', '*')
        extra = []
        hyd_emit('03.04.08', {'ptype': 'filter', 'code': code, 'brand': br}, nm, spec, '个', c, extra)
    # accumulators
    for v in ('0.63', '1.6', '2.5', '4', '6.3', '10', '16', '25', '40', '63'):
        for p in ('10', '20', '31.5'):
            if R.random() > 0.4:
                continue
            code = f'NXQ-A-{v}/{p}-L-Y' if R.random() < 0.6 else f'NXQ1-L{v}/{p}-H'
            c = clerk()
            hyd_emit('03.04.09', {'ptype': 'accumulator', 'code': code, 'volume': v, 'pressure': p, 'brand': pick(['Fenghua', None])},
                     ['蓄能器', '皮囊式蓄能器', '蓄能器', '囊式蓄能器', 'Accumulator', '蓄能器', '皮囊蓄能器', '蓄能器'][c], f'{code}', '台', c)
    # pressure gauges
    for rng in ('0-1', '0-1.6', '0-2.5', '0-4', '0-6', '0-10', '0-16', '0-25', '0-40', '0-60'):
        for dia in ('60', '100'):
            for mount in ('径向', '轴向'):
                if R.random() > 0.45:
                    continue
                c = clerk()
                code = f'YN-{dia}'
                thr = 'M14×1.5' if dia == '60' else 'M20×1.5'
                spec = [f'{code} {rng}MPa {mount} {thr}', f'{code} {rng}MPa {mount}', f'{code} {rng}MPA {mount}', f'{code}({rng}MPa){mount}',
                        f'{code} {rng}MPa {"radial" if mount == "径向" else "axial"}', f'{code} {rng}MPa {mount}',
                        f'型号:{code};量程:{rng}MPa;{mount}', f'{code}{rng}MPa{mount}'][c]
                hyd_emit('03.04.09', {'ptype': 'gauge', 'code': code, 'range': rng, 'mount': mount, 'dia': dia},
                         ['耐震压力表', '压力表', '耐震压力表', '抗震压力表', 'Pressure gauge', '压力表', '耐震压力表', '压力表'][c], spec, '块', c)
    # ball valves
    for t in ('KHB', 'YJZQ'):
        for sz in (['G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1', 'M14×1.5', 'M18×1.5', 'M22×1.5', 'M27×2'] if t == 'KHB' else ['H10', 'H15', 'H20', 'H25', 'H32', 'J10', 'J15', 'J20']):
            if R.random() > 0.6:
                continue
            code = f'{t}-{sz}'
            c = clerk()
            hyd_emit('03.04.09', {'ptype': 'ball_valve', 'code': code}, ['高压球阀', '球阀', '高压球阀', '液压球阀', 'High pressure ball valve', '高压球阀', '高压球阀', '球阀'][c],
                     code, '个', c)
    # test couplings
    for thr in ('M10×1', 'M12×1.5', 'M14×1.5', 'M16×1.5', 'M16×2', 'M20×1.5', 'G1/4', 'G1/8'):
        c = clerk()
        code = f'PT-{thr}'
        hyd_emit('03.04.09', {'ptype': 'test_coupling', 'code': code}, ['测压接头', '测压接头', '压力测试接头', '测压点', 'Test coupling', '测压接头', '测压接头', '测压接头'][c],
                 code, '个', c)


# ---------------------------------------------------------------------------
# OTHER standard parts
# ---------------------------------------------------------------------------
def other_emit(group, a, name, spec, unit, c):
    a = dict(a)
    a['kind'] = 'other'
    return add(group, a, name, spec, unit, ['标准件', '辅料', '标准件', '标准件', '标准件', '辅料', '标准件', '五金'][c], c)


def gen_other():
    # grease nipples
    for thr, d, p in (('M6', 6, 'coarse'), ('M8', 8, 'coarse'), ('M8×1', 8, 1.0), ('M10×1', 10, 1.0), ('M10', 10, 'coarse'), ('M12×1.5', 12, 1.5),
                      ('R1/8', None, 'R1/8'), ('G1/8', None, 'G1/8'), ('R1/4', None, 'R1/4')):
        for angle in (0, 45, 90):
            for v in make_variants([((None, None, 'ZN'), 4), ((None, 'SS304', None), 2), ((None, 'BRASS', None), 1), ((None, None, 'ZN_C'), 1)], 1 + R.randrange(4)):
                std = wpick([('GB/T 1152', 5), ('JB/T 7940.1', 2), ('DIN 71412', 1), (None, 3)])
                c = clerk()
                nm = ['油杯', '黄油嘴', '注油嘴', '压注油杯', 'Grease nipple', '黄油嘴', '直通式压注油杯', '牛油嘴'][c]
                if angle and c in (0, 3, 6):
                    nm = f'{angle}°' + ('弯头' if c == 3 else '') + nm
                at = {0: ['直通', '直', '直嘴', 'straight'], 45: ['45°', '45度', '45度弯', '45deg'], 90: ['90°', '90度', '90度弯', '90deg']}[angle]
                parts = [thr, at[c % 3] if c != 4 else at[3]]
                if v[1]:
                    parts.append(MAT_TXT[v[1]][c])
                if v[2]:
                    parts.append(FIN_TXT[v[2]][c])
                if std:
                    parts.append(std_text(std, c) if std.startswith('GB') else std)
                if angle and c in (0, 3, 6):
                    parts.pop(1)
                other_emit('03.05.01', {'ptype': 'grease_nipple', 'thread': thr, 'd': d, 'pitch': p, 'angle': angle,
                                        'material': v[1], 'finish': v[2], 'std': std}, nm, ' '.join(parts), '个', c)
    # plugs
    for d, p in ((10, 1.0), (12, 1.5), (14, 1.5), (16, 1.5), (18, 1.5), (20, 1.5), (22, 1.5), (24, 1.5), (27, 2.0), (30, 2.0), (33, 2.0),
                 (36, 2.0), (42, 2.0), (48, 2.0)):
        for kind_, std in (('plug_socket', 'JB/ZQ 4450'), ('plug_hex', 'DIN 910'), ('plug_magnetic', None), ('plug_socket', 'DIN 908')):
            if R.random() > 0.9:
                continue
            for v in make_variants([((None, None, 'ZN'), 3), ((None, None, 'BLK'), 2), ((None, 'SS304', None), 1), ((None, None, None), 2)], 1 + R.randrange(2)):
                c = clerk()
                nm = {'plug_socket': ['内六角螺塞', '内六角堵头', '螺塞', '内六角螺堵', 'Socket plug', '内六角堵头', '内六角螺塞', '堵头'],
                      'plug_hex': ['外六角螺塞', '六角堵头', '螺塞', '外六角螺堵', 'Hex plug', '外六角堵头', '外六角螺塞', '堵头'],
                      'plug_magnetic': ['磁性螺塞', '磁性放油螺塞', '放油螺塞(磁性)', '磁性螺塞', 'Magnetic plug', '磁性堵头', '磁性螺塞', '放油螺丝']}[kind_][c]
                sep = SEPS[c]
                parts = [f'M{d}{sep}{fnum(p)}']
                if v[1]:
                    parts.append(MAT_TXT[v[1]][c])
                if v[2]:
                    parts.append(FIN_TXT[v[2]][c])
                if std and R.random() < 0.7:
                    parts.append(std.replace(' ', '') if c in (1, 2, 7) else std)
                else:
                    std = None
                other_emit('03.05.02', {'ptype': kind_, 'd': d, 'pitch': p, 'material': v[1], 'finish': v[2], 'std': std}, nm, ' '.join(parts), '个', c)
    for g in ('G1/8', 'G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1'):
        for kind_ in ('plug_socket', 'plug_hex'):
            c = clerk()
            nm = '内六角螺塞' if kind_ == 'plug_socket' else '外六角螺塞'
            other_emit('03.05.02', {'ptype': kind_, 'thread': g, 'finish': 'ZN'}, nm, f'{g} {FIN_TXT["ZN"][c]}', '个', c)
    # tube clamps
    for od in (6, 8, 10, 12, 14, 15, 16, 18, 20, 22, 25, 28, 30, 32, 34, 38, 42, 48, 50, 60):
        for ser in ('轻型', '重型'):
            for typ in ('单管', '双管'):
                if R.random() > 0.9:
                    continue
                mat = wpick([('PP', 4), ('尼龙', 1), ('铝合金', 1)])
                c = clerk()
                nm = ['管夹', '液压管夹', '管夹', '塑料管夹', 'Tube clamp', '管夹', '液压管夹', '管卡'][c]
                spec = [f'{ser}{typ} Φ{od} {mat}', f'{typ}{ser}{od} {mat}', f'{typ}管夹{ser} {od}', f'Φ{od}{ser}{typ}', f'{"light" if ser == "轻型" else "heavy"} {"single" if typ == "单管" else "twin"} OD{od} {mat}',
                        f'{ser}{typ}夹 {od}', f'规格:Φ{od};{ser};{typ};材质:{mat}', f'{od}管夹{ser}{typ}'][c]
                other_emit('03.05.03', {'ptype': 'tube_clamp', 'od': od, 'series': ser, 'twin': typ, 'material': mat if c in (0, 1, 4, 6) else None}, nm, spec, '套', c)
    # hose clamps
    for lo, hi in ((8, 12), (10, 16), (12, 20), (16, 25), (20, 32), (25, 40), (32, 50), (40, 60), (50, 70), (60, 80), (70, 90), (80, 100), (90, 110), (100, 120)):
        for mat in make_variants([('SS304', 3), ('SS201', 2), ('ZN', 2)], 1 + R.randrange(3)):
            c = clerk()
            nm = ['喉箍', '不锈钢喉箍' if mat.startswith('SS') else '喉箍', '卡箍', '喉箍', 'Hose clamp', '喉箍', '喉箍', '管箍'][c]
            mt = MAT_TXT[mat][c] if mat.startswith('SS') else FIN_TXT['ZN'][c]
            other_emit('03.05.04', {'ptype': 'hose_clamp', 'lo': lo, 'hi': hi, 'material': mat if mat.startswith('SS') else 'CS',
                                    'finish': 'ZN' if mat == 'ZN' else None}, nm, f'{lo}-{hi} {mt}', '个', c)
    # wire thread inserts
    for d in (4, 5, 6, 8, 10, 12, 14, 16, 20):
        for k in ('1D', '1.5D', '2D', '2.5D'):
            if R.random() > 0.6:
                continue
            c = clerk()
            p = COARSE[d]
            other_emit('03.05.05', {'ptype': 'wire_insert', 'd': d, 'pitch': 'coarse', 'length_d': k, 'material': 'SS304'},
                       ['钢丝螺套', '螺纹护套', '钢丝螺套', '钢丝螺套', 'Wire thread insert', '螺套', '钢丝螺纹衬套', '螺套'][c],
                       f'M{d}×{fnum(p)}×{k}' if c != 4 else f'M{d}x{fnum(p)} {k}', '个', c)
    # oil level gauges / breathers
    for code in ('YWZ-80T', 'YWZ-100T', 'YWZ-127T', 'YWZ-150T', 'YWZ-200T', 'YWZ-250T', 'YWZ-80', 'YWZ-100', 'YWZ-127', 'YWZ-150', 'YWZ-200',
                 'QUQ1', 'QUQ2', 'QUQ2.5', 'QUQ3', 'EF1-25', 'EF2-32', 'EF3-40', 'EF4-50', 'EF5-65', 'EF6-80'):
        c = clerk()
        nm = '液位液温计' if code.startswith('YWZ') else ('空气滤清器' if code.startswith('QUQ') else '空气滤清器(加油口)')
        if c in (1, 7):
            nm = {'液位液温计': '液位计', '空气滤清器': '空滤', '空气滤清器(加油口)': '加油空气滤清器'}[nm]
        other_emit('03.05.06', {'ptype': 'level_gauge' if code.startswith('YWZ') else 'breather', 'code': code}, nm, code, '个', c)


# ---------------------------------------------------------------------------
# numbering, aliases, output
# ---------------------------------------------------------------------------
MN_PREFIX = {'button_socket': 'YTLD', 'pan_screw': 'SZPT', 'csk_cross': 'SZCT', 'hex_bolt': 'LS', 'flange_bolt': 'FLS', 'socket_cap': 'NLJ', 'csk_socket': 'CT', 'set_screw': 'JD', 'stud': 'SLZ',
             'eye_bolt': 'DH', 'hex_nut': 'LM', 'thin_nut': 'BLM', 'nylon_nut': 'NLM', 'flange_nut': 'FLM', 'cap_nut': 'GLM',
             'slotted_nut': 'KCLM', 'round_nut': 'YLM', 'flat_washer': 'PD', 'small_washer': 'XPD', 'large_washer': 'DPD',
             'spring_washer': 'TD', 'tab_washer': 'ZDD', 'nordlock': 'SDD', 'dowel': 'YZX', 'spring_pin': 'TX', 'cotter': 'KKX',
             'taper_pin': 'YZX', 'circlip_shaft': 'ZKH', 'circlip_bore': 'KKH', 'key': 'PJ', 'rivet': 'MD', 'rivet_nut': 'LMM'}


def mnemonic(a):
    """助记码 as some clerks typed them: not unique across variants."""
    pt = a['ptype']
    if a['kind'] == 'fastener' and pt in MN_PREFIX:
        p = MN_PREFIX[pt]
        if 'L' in a and 'd' in a:
            return f'{p}{fnum(a["d"])}X{fnum(a["L"])}'
        if 'd' in a:
            return f'{p}M{fnum(a["d"])}'
    if a['kind'] == 'bearing':
        return 'ZC' + norm_code(a['base'])
    if a['ptype'] == 'o_ring' and 'id' in a:
        return f'OXQ{fnum(a["id"])}X{fnum(a["cs"])}'
    return None


def komatsu_bolt(a):
    if a['ptype'] == 'hex_bolt' and a.get('grade') in ('10.9',) and a.get('pitch') == 'coarse' and a['d'] <= 24 and a['L'] < 100:
        return f'01010-8{a["d"]:02d}{a["L"]:02d}' if a['d'] < 10 else f'01010-8{a["d"]:02d}{a["L"]:02d}'
    return None


def finish_items():
    R.shuffle(ITEMS)  # entry order over the years
    counters = {}
    old_pool = {}
    oem_used = set()
    for it in ITEMS:
        g = it['group']
        counters[g] = counters.get(g, 0) + 1
        it['number'] = f'{g}.{counters[g]:04d}'
    # copy-variant numbers (clerk copied an item and appended -1 / A)
    by_group = {}
    for it in ITEMS:
        by_group.setdefault(it['group'], []).append(it)
    numbers = set(it['number'] for it in ITEMS)
    for it in R.sample(ITEMS, 60):
        sibs = by_group[it['group']]
        src = pick(sibs)
        if src is it:
            continue
        nn = src['number'] + pick(['-1', '-1', 'A', '-2'])
        if nn in numbers:
            continue
        numbers.discard(it['number'])
        it['number'] = nn
        numbers.add(nn)
    for it in ITEMS:
        a = it['attrs']
        c = a['clerk']
        als = []
        # old K/3 WISE number for items that existed before the 2016 migration
        if era(c) <= 2016 and R.random() < 0.75:
            g = it['group'].split('.')
            k = (int(g[1]), int(g[2]))
            pool = old_pool.setdefault(k, [0])
            pool[0] += 1
            seq = pool[0] if R.random() > 0.015 else max(1, pool[0] - R.randrange(1, 40))  # reused numbers
            als.append(('oldno', f'{int(g[1])}.{int(g[2]):02d}.{seq:04d}' if c != 2 else f'WG{int(g[1])}{int(g[2]):02d}{seq:04d}'))
        if c in (3, 5) and R.random() < 0.7:
            mn = mnemonic(a)
            if mn:
                als.append(('mnemonic', mn))
        if c == 4 and a['kind'] == 'fastener' and R.random() < 0.5:
            als.append(('en', f"{TNAME[a['ptype']][4]} {it['spec']}".strip()))
        kb = komatsu_bolt(a)
        if kb and kb not in oem_used and R.random() < 0.35:
            oem_used.add(kb)
            als.append(('oem', kb))
        if a['kind'] == 'fastener' and a['ptype'] in ('hex_bolt', 'hex_nut', 'flat_washer') and R.random() < 0.01:
            cat = f'{R.randrange(1, 9)}{pick("TJPSD")}-{R.randrange(1000, 9999)}'
            if cat not in oem_used:
                oem_used.add(cat)
                als.append(('oem', cat))
        if a['kind'] == 'bearing' and a.get('brand') in ('SKF', 'NSK', 'FAG') and R.random() < 0.25:
            als.append(('supplier', f"{a['brand']} {a['desig']}"))
        if a['kind'] == 'hydraulic' and a.get('code') and R.random() < 0.2 and c in (0, 6):
            als.append(('model', a['code']))
        als += it['aliases']
        it['aliases'] = als
        a['aliases'] = [t for _, t in als]
        a['alias_types'] = [k for k, _ in als]


def main():
    gen_fasteners()
    gen_bearings()
    gen_seals()
    gen_hydraulics()
    gen_other()
    finish_items()
    ITEMS.sort(key=lambda it: it['number'])
    with open(os.path.join(HERE, 'catalogue.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
        for it in ITEMS:
            w.writerow([it['number'], it['name'], it['spec'], it['unit'], it['category'], ';'.join(t for _, t in it['aliases'])])
    with open(os.path.join(HERE, 'catalogue_attrs.jsonl'), 'w', encoding='utf-8') as f:
        for it in ITEMS:
            rec = {'number': it['number'], 'name': it['name'], 'spec': it['spec']}
            rec.update(it['attrs'])
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    counts = {}
    for it in ITEMS:
        counts[it['attrs']['kind']] = counts.get(it['attrs']['kind'], 0) + 1
    print('items', len(ITEMS), counts)


if __name__ == '__main__':
    main()
