# -*- coding: utf-8 -*-
"""Generate catalogue.csv (+ items_attrs.jsonl) for the standard-parts resolver test.

stdlib only, fixed seed:  python3 gen_catalogue.py
Every item carries, next to its K/3 text (number,name,spec,unit,category,aliases),
the attributes a careful storekeeper READS from that text ("a").  An attribute
the text does not state is null (unknown = could be anything).  A few domain
defaults are applied the way a storekeeper reads: a fastener that names no
stainless material is carbon steel; a bearing designation without seal /
clearance suffix is open / CN / P0; an O-ring or oil seal that names no rubber
is NBR; a bearing with no brand is an unbranded (domestic) one.
"""
import csv
import json
import os
import random
import re

from common import std_forms

SEED = 20240614
rng = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))

ITEMS = []


def add(kind, group, name, spec, unit, aliases, a, era=None):
    ITEMS.append(dict(kind=kind, group=group, name=name, spec=spec, unit=unit,
                      aliases=[x for x in aliases if x], a=a,
                      era=rng.choices([0, 1, 2], [35, 40, 25])[0] if era is None else era))


def wchoice(pairs):
    vals = [p[0] for p in pairs]
    w = [p[1] for p in pairs]
    return rng.choices(vals, w)[0]


def fnum(x):
    if isinstance(x, str):
        return x
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ('%.2f' % x).rstrip('0').rstrip('.')


def sep_pick(era):
    return rng.choice([['*', '*', '×', 'X'], ['×', 'x', '*', 'X'], ['×', 'x', 'X']][era])


# ===========================================================================
# FASTENERS
# ===========================================================================
PREF_L = [4, 5, 6, 8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 110, 120,
          130, 140, 150, 160, 180, 200, 220, 240, 260, 280, 300]
FINE = {'M8': ['1'], 'M10': ['1.25', '1'], 'M12': ['1.25', '1.5'], 'M14': ['1.5'], 'M16': ['1.5'],
        'M18': ['1.5'], 'M20': ['1.5'], 'M22': ['1.5'], 'M24': ['2'], 'M27': ['2'], 'M30': ['2']}
HB = ['hex_bolt_partial', 'hex_bolt_full']
BOLT = HB + ['flange_bolt']
SET = ['set_flat', 'set_cone', 'set_cup']


def dnum(d):
    return int(d[1:]) if d.startswith('M') else float(d)


EXTRA_L = [14, 15, 18, 22, 28, 32, 38, 42, 48]


def lens_between(lo, hi, extra=False):
    return [L for L in sorted(PREF_L + (EXTRA_L if extra else [])) if lo <= L <= hi]


FAMS = {
    'hex_bolt_partial': dict(
        std=[('GB/T 5782', 70), ('DIN 931', 18), ('ISO 4014', 7), ('JIS B1180', 3)], fine_std=['GB/T 5785', 'DIN 960'],
        names=[('六角头螺栓', HB, 5), ('外六角螺栓', HB, 4), ('六角螺栓', HB, 2), ('螺栓', BOLT, 2),
               ('外六角半牙螺栓', ['hex_bolt_partial'], 2), ('六角头螺栓(部分螺纹)', ['hex_bolt_partial'], 1)],
        en=[('Hex bolt', HB), ('Hexagon head bolt', HB)],
        ds=['M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M18', 'M20', 'M22', 'M24', 'M27', 'M30', 'M36'],
        lens=lambda d: lens_between(max(16, int(2.5 * d)), min(15 * d, 300), True),
        grades=[('4.8', 15), ('8.8', 60), ('10.9', 20), ('12.9', 5)], stainless=0.14,
        fin=[('zinc', 25), ('zinc_white', 20), ('zinc_color', 12), ('black', 15), ('dacro', 5), ('hdg', 5),
             ('plain', 5)], n=400, unit=['个', '只', 'PCS', '套'], mn='LS', fine=0.12),
    'hex_bolt_full': dict(
        std=[('GB/T 5783', 70), ('DIN 933', 20), ('ISO 4017', 10)], fine_std=['GB/T 5786', 'DIN 961'],
        names=[('六角头螺栓', HB, 3), ('外六角螺栓', HB, 3), ('外六角全牙螺栓', ['hex_bolt_full'], 4),
               ('全螺纹六角头螺栓', ['hex_bolt_full'], 3), ('螺栓', BOLT, 1)],
        en=[('Hex bolt full thread', ['hex_bolt_full']), ('Hex screw', HB)],
        ds=['M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M20', 'M24'],
        lens=lambda d: lens_between(max(8, 2 * d), min(10 * d, 200), True),
        grades=[('4.8', 20), ('8.8', 55), ('10.9', 20), ('12.9', 5)], stainless=0.18,
        fin=[('zinc', 25), ('zinc_white', 20), ('zinc_color', 12), ('black', 15), ('dacro', 5), ('plain', 5)],
        n=380, unit=['个', '只', 'PCS'], mn='LS', fine=0.08),
    'socket_head': dict(
        std=[('GB/T 70.1', 70), ('DIN 912', 20), ('ISO 4762', 6), ('JIS B1176', 4)], fine_std=None,
        names=[('内六角圆柱头螺钉', ['socket_head'], 5), ('内六角螺钉', ['socket_head'], 4),
               ('内六角螺栓', ['socket_head'], 2), ('杯头螺丝', ['socket_head'], 1), ('内六角螺丝', ['socket_head'], 2)],
        en=[('Socket head cap screw', ['socket_head']), ('Hex socket screw', ['socket_head'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M20', 'M24', 'M30'],
        lens=lambda d: lens_between(max(5, int(1.5 * d)), min(12 * d, 200), True),
        grades=[('8.8', 15), ('10.9', 20), ('12.9', 65)], stainless=0.16,
        fin=[('black', 60), ('zinc_white', 12), ('zinc', 15), ('nickel', 4), ('plain', 4), ('dacro', 3)],
        n=520, unit=['个', '只', 'PCS'], mn='NLJ', fine=0.0),
    'countersunk': dict(
        std=[('GB/T 70.3', 70), ('DIN 7991', 22), ('ISO 10642', 8)], fine_std=None,
        names=[('内六角沉头螺钉', ['countersunk'], 4), ('沉头内六角螺丝', ['countersunk'], 3), ('平杯螺丝', ['countersunk'], 1)],
        en=[('Countersunk socket screw', ['countersunk'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M16', 'M20'],
        lens=lambda d: lens_between(max(6, 2 * d), min(6 * d, 100)),
        grades=[('8.8', 10), ('10.9', 60), ('12.9', 30)], stainless=0.25,
        fin=[('black', 60), ('zinc', 25), ('nickel', 5)], n=130, unit=['个', '只'], mn='CTLS', fine=0.0),
    'button': dict(
        std=[('GB/T 70.2', 75), ('ISO 7380', 25)], fine_std=None,
        names=[('内六角圆头螺钉', ['button'], 3), ('半圆头内六角螺钉', ['button'], 3), ('圆杯螺丝', ['button'], 1)],
        en=[('Button head socket screw', ['button'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12'],
        lens=lambda d: lens_between(max(6, 2 * d), min(5 * d, 60)),
        grades=[('10.9', 70), ('12.9', 20), ('8.8', 10)], stainless=0.3,
        fin=[('black', 60), ('zinc', 30), ('nickel', 5)], n=90, unit=['个', '只'], mn='YTLS', fine=0.0),
    'pan': dict(
        std=[('GB/T 818', 80), ('DIN 7985', 15), ('ISO 7045', 5)], fine_std=None,
        names=[('十字盘头螺钉', ['pan'], 4), ('盘头十字螺丝', ['pan'], 2), ('十字圆头螺钉', ['pan'], 1)],
        en=[('Pan head phillips screw', ['pan'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8'],
        lens=lambda d: lens_between(max(5, d), min(8 * d, 50)),
        grades=[('4.8', 90), ('8.8', 10)], stainless=0.35,
        fin=[('zinc_white', 40), ('zinc', 30), ('black', 10), ('nickel', 15)], n=100, unit=['个', '只', 'PCS'],
        mn='PTLS', fine=0.0),
    'set_flat': dict(
        std=[('GB/T 77', 75), ('DIN 913', 20), ('ISO 4026', 5)], fine_std=None,
        names=[('内六角平端紧定螺钉', ['set_flat'], 4), ('内六角紧定螺钉', SET, 3), ('紧定螺钉', SET, 2),
               ('机米螺丝', SET, 1), ('平端顶丝', ['set_flat'], 1)],
        en=[('Set screw flat point', ['set_flat'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M16'],
        lens=lambda d: lens_between(max(4, d), min(5 * d, 60)),
        grades=[('45H', 100)], stainless=0.25, fin=[('black', 80), ('zinc', 20)], n=90, unit=['个', '只'],
        mn='JDLS', fine=0.0),
    'set_cone': dict(
        std=[('GB/T 78', 75), ('DIN 914', 20), ('ISO 4027', 5)], fine_std=None,
        names=[('内六角锥端紧定螺钉', ['set_cone'], 4), ('内六角紧定螺钉', SET, 3), ('紧定螺钉', SET, 2),
               ('尖头机米', ['set_cone'], 1)],
        en=[('Set screw cone point', ['set_cone'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12'],
        lens=lambda d: lens_between(max(4, d), min(5 * d, 50)),
        grades=[('45H', 100)], stainless=0.2, fin=[('black', 90), ('zinc', 10)], n=70, unit=['个', '只'],
        mn='JDLS', fine=0.0),
    'set_cup': dict(
        std=[('GB/T 80', 75), ('DIN 916', 20), ('ISO 4029', 5)], fine_std=None,
        names=[('内六角凹端紧定螺钉', ['set_cup'], 4), ('内六角紧定螺钉', SET, 3), ('凹端顶丝', ['set_cup'], 1)],
        en=[('Set screw cup point', ['set_cup'])],
        ds=['M4', 'M5', 'M6', 'M8', 'M10', 'M12'],
        lens=lambda d: lens_between(max(4, d), min(5 * d, 50)),
        grades=[('45H', 100)], stainless=0.25, fin=[('black', 90), ('zinc', 10)], n=60, unit=['个', '只'],
        mn='JDLS', fine=0.0),
    'stud': dict(
        std=[('GB/T 897', 30), ('GB/T 898', 25), ('GB/T 900', 15), ('DIN 938', 10), ('DIN 939', 10), ('DIN 835', 10)],
        fine_std=None,
        names=[('双头螺柱', ['stud'], 5), ('双头螺栓', ['stud'], 3), ('螺柱', ['stud'], 1)],
        en=[('Stud bolt', ['stud']), ('Double end stud', ['stud'])],
        ds=['M8', 'M10', 'M12', 'M16', 'M20', 'M24', 'M30'],
        lens=lambda d: lens_between(3 * d, min(10 * d, 300)),
        grades=[('4.8', 20), ('8.8', 60), ('10.9', 20)], stainless=0.1,
        fin=[('zinc', 40), ('black', 30), ('plain', 20), ('dacro', 10)], n=110, unit=['根', '个', '件'], mn='SLZ',
        fine=0.0),
    'flange_bolt': dict(
        std=[('GB/T 5789', 80), ('DIN 6921', 20)], fine_std=None,
        names=[('六角法兰面螺栓', ['flange_bolt'], 4), ('法兰螺栓', ['flange_bolt'], 3), ('法兰面螺栓', ['flange_bolt'], 2)],
        en=[('Hex flange bolt', ['flange_bolt'])],
        ds=['M6', 'M8', 'M10', 'M12', 'M16'],
        lens=lambda d: lens_between(2 * d, min(8 * d, 120)),
        grades=[('8.8', 60), ('10.9', 40)], stainless=0.1, fin=[('zinc_white', 40), ('zinc_color', 20), ('dacro', 30), ('black', 10)],
        n=90, unit=['个', '只'], mn='FLS', fine=0.0),
}
# families without length
NOLEN = {
    'hex_nut': dict(
        std=[('GB/T 6170', 75), ('DIN 934', 15), ('ISO 4032', 6), ('JIS B1181', 4)], fine_std=['GB/T 6171', 'DIN 934'],
        names=[('六角螺母', ['hex_nut'], 5), ('螺母', ['hex_nut'], 3), ('螺帽', ['hex_nut'], 1), ('六角螺帽', ['hex_nut'], 1)],
        en=[('Hex nut', ['hex_nut'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M18', 'M20', 'M22', 'M24', 'M27', 'M30', 'M36', 'M42', 'M48'],
        grades=[('6', 15), ('8', 60), ('10', 25)], stainless=0.2,
        fin=[('zinc', 25), ('zinc_white', 20), ('zinc_color', 10), ('black', 15), ('dacro', 5), ('hdg', 5), ('plain', 5)],
        var=(3, 7), unit=['个', '只', 'PCS'], mn='LM', fine=0.5),
    'hex_nut_thin': dict(
        std=[('GB/T 6172.1', 80), ('DIN 439', 20)], fine_std=None,
        names=[('六角薄螺母', ['hex_nut_thin'], 5), ('薄螺母', ['hex_nut_thin'], 3)],
        en=[('Hex thin nut', ['hex_nut_thin'])],
        ds=['M6', 'M8', 'M10', 'M12', 'M16', 'M20', 'M24', 'M30'],
        grades=[('04', 50), ('05', 50)], stainless=0.2, fin=[('zinc', 50), ('black', 30), ('plain', 20)],
        var=(1, 3), unit=['个', '只'], mn='BLM', fine=0.4),
    'nylock': dict(
        std=[('GB/T 889.1', 70), ('DIN 985', 30)], fine_std=None,
        names=[('尼龙锁紧螺母', ['nylock'], 5), ('尼龙防松螺母', ['nylock'], 2), ('尼龙自锁螺母', ['nylock'], 2)],
        en=[('Nylon lock nut', ['nylock']), ('Nyloc nut', ['nylock'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M20', 'M24'],
        grades=[('8', 70), ('10', 30)], stainless=0.3, fin=[('zinc_white', 50), ('zinc', 30), ('black', 20)],
        var=(2, 5), unit=['个', '只'], mn='SJLM', fine=0.1),
    'flat_washer': dict(
        std=[('GB/T 97.1', 65), ('GB/T 95', 15), ('DIN 125', 15), ('ISO 7089', 5)], fine_std=None,
        names=[('平垫圈', ['flat_washer'], 5), ('平垫', ['flat_washer'], 3), ('垫圈', ['flat_washer'], 1), ('平垫片', ['flat_washer'], 1)],
        en=[('Flat washer', ['flat_washer'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M18', 'M20', 'M22', 'M24', 'M27', 'M30', 'M36'],
        grades=[('200HV', 70), ('300HV', 30)], stainless=0.25, fin=[('zinc', 40), ('zinc_white', 20), ('black', 15), ('plain', 25)],
        var=(3, 7), unit=['个', '只', 'PCS'], mn='PD', fine=0.0),
    'large_washer': dict(
        std=[('GB/T 96.1', 70), ('DIN 9021', 30)], fine_std=None,
        names=[('大垫圈', ['large_washer'], 4), ('大平垫', ['large_washer'], 3), ('加大平垫', ['large_washer'], 1)],
        en=[('Large flat washer', ['large_washer'])],
        ds=['M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M16', 'M20'],
        grades=[('100HV', 100)], stainless=0.3, fin=[('zinc', 60), ('plain', 40)],
        var=(1, 3), unit=['个', '只'], mn='DPD', fine=0.0),
    'spring_washer': dict(
        std=[('GB/T 93', 80), ('DIN 127', 20)], fine_std=None,
        names=[('弹簧垫圈', ['spring_washer'], 5), ('弹垫', ['spring_washer'], 3), ('标准型弹簧垫圈', ['spring_washer'], 1)],
        en=[('Spring washer', ['spring_washer']), ('Spring lock washer', ['spring_washer'])],
        ds=['M3', 'M4', 'M5', 'M6', 'M8', 'M10', 'M12', 'M14', 'M16', 'M18', 'M20', 'M22', 'M24', 'M30'],
        grades=[('65Mn', 100)], stainless=0.25, fin=[('black', 50), ('zinc', 35), ('dacro', 5), ('plain', 10)],
        var=(2, 5), unit=['个', '只'], mn='TD', fine=0.0),
    'eye_bolt': dict(
        std=[('GB/T 825', 80), ('DIN 580', 20)], fine_std=None,
        names=[('吊环螺钉', ['eye_bolt'], 5), ('吊环', ['eye_bolt'], 2), ('吊环螺栓', ['eye_bolt'], 2)],
        en=[('Lifting eye bolt', ['eye_bolt'])],
        ds=['M6', 'M8', 'M10', 'M12', 'M16', 'M20', 'M24', 'M30', 'M36'],
        grades=[('C15E', 100)], stainless=0.15, fin=[('zinc', 50), ('hdg', 20), ('plain', 30)],
        var=(1, 3), unit=['个', '只'], mn='DH', fine=0.0),
}
FAMS_ALL = dict(FAMS)
FAMS_ALL.update(NOLEN)

STD_FAM = {}
for _f, _spec in FAMS_ALL.items():
    for _s, _w in _spec['std']:
        STD_FAM.setdefault(_s, set()).add(_f)
    for _s in (_spec.get('fine_std') or []):
        STD_FAM.setdefault(_s, set()).add(_f)
STUD_BM = {'GB/T 897': '1d', 'DIN 938': '1d', 'GB/T 898': '1.25d', 'DIN 939': '1.25d', 'GB/T 900': '2d', 'DIN 835': '2d'}

FIN_DISPLAY = {
    'zinc': ['镀锌', '镀锌', 'Zn', '镀锌钝化'], 'zinc_white': ['蓝白锌', '镀蓝白锌', '白锌'],
    'zinc_color': ['彩锌', '镀彩锌', '镀彩'], 'black': ['发黑', '发黑', '黑色', '氧化发黑'],
    'dacro': ['达克罗', '达克罗'], 'hdg': ['热镀锌', '热浸锌'], 'plain': ['本色', '原色'], 'nickel': ['镀镍'],
}
FIN_EN = {'zinc': 'ZN', 'zinc_white': 'white zinc', 'zinc_color': 'yellow zinc', 'black': 'black', 'dacro': 'dacromet',
          'hdg': 'HDG', 'plain': 'plain', 'nickel': 'nickel'}
MAT_DISPLAY = {'304': [('不锈钢304', ['304']), ('304', ['304']), ('SUS304', ['304']), ('A2-70', ['304']),
                       ('SS304', ['304']), ('304不锈钢', ['304']), ('不锈钢', ['304', '316'])],
               '316': [('不锈钢316', ['316']), ('316', ['316']), ('SUS316', ['316']), ('A4-80', ['316']),
                       ('316不锈钢', ['316'])]}


def std_display(std, era, with_year=True):
    forms = std_forms(std)
    s = rng.choice(forms)
    if with_year and std.startswith('GB/T') and rng.random() < 0.35:
        s += rng.choice(['-2000', '-2016', '-2008', '-1986']) if std in ('GB/T 5782', 'GB/T 5783') else rng.choice(['-2000', '-2008', '-1986'])
    return s


def fastener_item(fam, d, pitch, L, std, grade, mat, fin, show, dup_style=None):
    """Render one fastener item; show = set of attribute names the clerk writes."""
    spec_def = FAMS_ALL[fam]
    era = rng.choices([0, 1, 2], [35, 40, 25])[0]
    english = rng.random() < 0.06
    # name
    if english:
        nm, nm_fams = rng.choice(spec_def['en'])
    else:
        nm, nm_fams = wchoice([((n, f), w) for n, f, w in spec_def['names']])
    fam_known = list(nm_fams)
    std_s = None
    if 'std' in show and std:
        std_s = std_display(std, era)
        fam_known = sorted(set(fam_known) & STD_FAM[std]) or [fam]
    if fam not in fam_known:
        fam_known = [fam]
    sp = sep_pick(era)
    # size
    if L is None:
        size = d if pitch == 'coarse' else '%s%s%s' % (d, sp, pitch)
        if fam in ('flat_washer', 'large_washer', 'spring_washer') and rng.random() < 0.35:
            size = rng.choice(['Φ%s' % d[1:], 'φ%s' % d[1:], '%s' % d[1:]])
    else:
        size = '%s%s%s' % (d, sp, L) if pitch == 'coarse' else '%s%s%s%s%s' % (d, sp, pitch, sp, L)
        if rng.random() < 0.04:
            size = size.lower()
    parts = [size]
    gshow = None
    if mat in ('304', '316'):
        mform, mset = rng.choice(MAT_DISPLAY[mat])
        parts.insert(rng.choice([0, 1]), mform)
        mat_known = mset
        fin_known = 'plain'
        grade_known = None
    else:
        mat_known = 'carbon'
        grade_known = None
        fin_known = None
        if 'grade' in show and grade:
            grade_known = grade
            if fam in ('hex_nut', 'nylock'):
                gshow = rng.choice(['%s级' % grade, '%s级' % grade, '性能等级%s级' % grade])
            elif grade in ('45H', '65Mn', 'C15E', '200HV', '300HV', '100HV', '04', '05'):
                gshow = grade if grade not in ('04', '05') else '%s级' % grade
            else:
                gshow = rng.choice(['%s级' % grade, '%s级' % grade, grade, '性能等级%s' % grade]) if not english else grade
            parts.append(gshow)
        if 'fin' in show and fin:
            fin_known = fin
            parts.append(FIN_EN[fin] if english else rng.choice(FIN_DISPLAY[fin]))
    if english and mat in ('304', '316'):
        parts = [p.replace('不锈钢', 'SS') for p in parts]
    joiner = rng.choice([' ', ' ', '-', ' ']) if era != 0 else rng.choice([' ', ''])
    if joiner == '':
        out = parts[0]
        for p in parts[1:]:
            if re.match(r'[0-9A-Za-z]', p) and re.search(r'[0-9A-Za-z]$', out):
                out += ' ' + p
            else:
                out += p
        parts = [out]
    # where does the standard go: name or spec
    if std_s:
        if rng.random() < 0.45:
            name = nm + (' ' if rng.random() < 0.6 else '') + std_s
            spec = joiner.join(parts)
        else:
            name = nm
            if rng.random() < 0.5:
                spec = std_s + ' ' + joiner.join(parts)
            else:
                spec = joiner.join(parts) + ' ' + std_s
    else:
        name = nm
        spec = joiner.join(parts)
    if era == 2 and not english and rng.random() < 0.3:
        spec = spec.replace(size, '规格' + size, 1)
    a = dict(fam=fam_known if len(fam_known) > 1 else fam_known[0], d=d, pitch=pitch, mat=mat_known,
             grade=grade_known, fin=fin_known, std=std if std_s else None)
    if L is not None:
        a['len'] = L
    if fam == 'stud':
        a['bm'] = STUD_BM.get(std) if std_s else None
    unit = rng.choice(spec_def['unit'])
    aliases = []
    if rng.random() < 0.22:
        aliases.append('%s%s' % (spec_def['mn'], norm_size(d, pitch, L)))
    if rng.random() < 0.08 and not english:
        en_nm = spec_def['en'][0][0]
        aliases.append('%s %s' % (en_nm, size.replace('*', 'x').replace('×', 'x')))
    decl = []
    if std_s and rng.random() < 0.18:
        from common import STD_CLASS
        cls = STD_CLASS[std]
        others = [s for s in STD_CLASS if STD_CLASS[s] == cls and s != std and fam in STD_FAM.get(s, ())]
        if others:
            o = rng.choice(others)
            decl.append(o)
            sz = size.replace('*', 'x').replace('×', 'x')
            aliases.append(rng.choice(['%s %s' % (std_forms(o)[0], sz), '等同%s' % std_forms(o)[1],
                                       '%s-%s' % (std_forms(o)[1], sz)]))
    a['std_decl'] = decl
    add('fastener', '03.01', name, spec, unit, aliases, a, era)


def norm_size(d, pitch, L):
    s = d if pitch == 'coarse' else '%sX%s' % (d, pitch)
    return s + ('X%s' % L if L is not None else '')


def pick_base(spec_def, fam):
    std = wchoice(spec_def['std'])
    grade = wchoice(spec_def['grades'])
    fin = wchoice(spec_def['fin'])
    return dict(std=std, grade=grade, mat='carbon', fin=fin)


def gen_fasteners():
    # length families
    for fam, sd in FAMS.items():
        combos = []
        for d in sd['ds']:
            for L in sd['lens'](dnum(d)):
                combos.append((d, 'coarse', L))
                if sd['fine'] and d in FINE and rng.random() < sd['fine'] * 3:
                    combos.append((d, rng.choice(FINE[d]), L))
        rng.shuffle(combos)
        combos = combos[:sd['n']]
        for d, pitch, L in combos:
            emit_variants(fam, sd, d, pitch, L, rng.choice([1, 2, 2, 3, 3, 3, 4, 5]))
    for fam, sd in NOLEN.items():
        for d in sd['ds']:
            pitches = ['coarse']
            if sd['fine'] and d in FINE and rng.random() < sd['fine']:
                pitches += FINE[d]
            for pitch in pitches:
                emit_variants(fam, sd, d, pitch, None, rng.randint(*sd['var']) if pitch == 'coarse' else rng.randint(1, 2))
    gen_pins_keys()


def emit_variants(fam, sd, d, pitch, L, nvar):
    base = pick_base(sd, fam)
    if pitch != 'coarse' and sd.get('fine_std'):
        base['std'] = rng.choice(sd['fine_std'])
    seen = set()
    variants = [dict(base)]
    tries = 0
    while len(variants) < nvar and tries < 20:
        tries += 1
        v = dict(base)
        what = rng.choice(['grade', 'fin', 'fin', 'mat', 'std', 'grade'])
        if what == 'grade':
            v['grade'] = wchoice(sd['grades'])
        elif what == 'fin':
            v['fin'] = wchoice(sd['fin'])
        elif what == 'mat':
            if rng.random() < sd['stainless'] * 3:
                v['mat'] = rng.choice(['304', '304', '304', '316'])
                v['grade'] = None
                v['fin'] = 'plain'
        elif what == 'std':
            stds = [s for s, _ in sd['std']] if pitch == 'coarse' else (sd.get('fine_std') or [])
            if stds:
                v['std'] = rng.choice(stds)
        key = tuple(sorted(v.items()))
        if key in seen or v == base:
            continue
        seen.add(key)
        variants.append(v)
    for i, v in enumerate(variants):
        # what the clerk writes: differences from base always written, the rest by habit
        show = set()
        if rng.random() < 0.7 or (i and v['std'] != base['std']):
            show.add('std')
        if rng.random() < 0.8 or (i and v['grade'] != base['grade']):
            show.add('grade')
        if rng.random() < 0.6 or (i and v['fin'] != base['fin']):
            show.add('fin')
        if i == 0 and nvar > 1:
            show |= {'grade', 'fin'}
        fastener_item(fam, d, pitch, L, v['std'], v['grade'], v['mat'], v['fin'], show)
        # an occasional true duplicate typed by another clerk
        if rng.random() < 0.03:
            fastener_item(fam, d, pitch, L, v['std'], v['grade'], v['mat'], v['fin'], show)
    # an occasional vague old entry: "螺栓 M10*50"
    if rng.random() < 0.05 and L is not None:
        fastener_item(fam, d, pitch, L, None, None, 'carbon', None, set())


def gen_pins_keys():
    # cylindrical pins
    for dia in [2, 3, 4, 5, 6, 8, 10, 12, 16, 20]:
        for L in lens_between(max(6, 2 * dia), min(10 * dia, 120)):
            if rng.random() < 0.45:
                continue
            n = rng.choice([1, 1, 2])
            opts = [('GB/T 119.1', 'm6', '45#'), ('GB/T 119.2', 'm6', 'hard'), ('DIN 6325', 'm6', 'hard'),
                    ('GB/T 119.1', 'm6', '304'), ('GB/T 119.1', 'h8', '45#')]
            for std, tol, mat in rng.sample(opts, n):
                pin_item(dia, L, std, tol, mat)
    for dia in [3, 4, 5, 6, 8, 10, 12]:
        for L in lens_between(max(12, 3 * dia), min(8 * dia, 80)):
            if rng.random() < 0.4:
                continue
            std = rng.choice(['GB/T 117', 'GB/T 117', 'DIN 1'])
            era = rng.randint(0, 2)
            name = rng.choice(['圆锥销', '锥销', '圆锥销'])
            sp = sep_pick(era)
            spec = '%s%s%s' % (dia, sp, L)
            show_std = rng.random() < 0.6
            if show_std:
                spec = rng.choice([std_display(std, era) + ' ' + spec, spec + ' ' + std_display(std, era)])
            add('fastener', '03.01', name, spec, rng.choice(['个', '只']), [],
                dict(fam='taper_pin', dia=fnum(dia), len=L, std=std if show_std else None, std_decl=[], mat='carbon'), era)
    # circlips
    for fam, std, names, rng_d in [('circlip_shaft', ['GB/T 894', 'DIN 471'], ['轴用弹性挡圈', '轴用挡圈', '轴用卡簧', '外卡簧'],
                                    [8, 10, 12, 14, 15, 16, 17, 18, 20, 22, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 55, 60, 65, 70, 75, 80, 85, 90, 100]),
                                   ('circlip_hole', ['GB/T 893', 'DIN 472'], ['孔用弹性挡圈', '孔用挡圈', '孔用卡簧', '内卡簧'],
                                    [10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 35, 37, 40, 42, 47, 52, 55, 62, 68, 72, 75, 80, 85, 90, 100, 110, 120])]:
        for dd in rng_d:
            vs = [('carbon', std[0])]
            if rng.random() < 0.3:
                vs.append(('carbon', std[1]))
            if rng.random() < 0.2:
                vs.append(('304', std[0]))
            for mat, s in vs:
                era = rng.randint(0, 2)
                nm = rng.choice(names)
                show_std = rng.random() < 0.65 or s != std[0]
                spec = rng.choice(['Φ%s' % dd, '%s' % dd, 'φ%s' % dd, 'd=%s' % dd])
                mk = 'carbon'
                if mat == '304':
                    spec = rng.choice(['不锈钢304 ', 'SUS304 ']) + spec
                    mk = '304'
                if show_std:
                    spec = rng.choice([std_display(s, era) + ' ' + spec, spec + ' ' + std_display(s, era)])
                    if rng.random() < 0.3:
                        spec = spec.replace('GB/T 894', 'GB/T 894.1').replace('GB/T 893', 'GB/T 893.1') if 'GB' in s else spec
                add('fastener', '03.01', nm, spec, rng.choice(['个', '只', '片']), ['KH%s' % dd] if rng.random() < 0.15 else [],
                    dict(fam=fam, dia=fnum(dd), std=s if show_std else None, std_decl=[], mat=mk), era)
    # flat keys GB/T 1096
    KEYS = [(4, 4), (5, 5), (6, 6), (8, 7), (10, 8), (12, 8), (14, 9), (16, 10), (18, 11), (20, 12), (22, 14), (25, 14), (28, 16)]
    for b, h in KEYS:
        for L in lens_between(max(10, 2 * b), min(10 * b, 200)):
            if rng.random() < 0.5:
                continue
            types = ['A'] + (['B'] if rng.random() < 0.2 else []) + (['C'] if rng.random() < 0.1 else [])
            for t in types:
                era = rng.randint(0, 2)
                sp = sep_pick(era)
                dims = '%s%s%s%s%s' % (b, sp, h, sp, L)
                show_t = t != 'A' or rng.random() < 0.5
                std_show = rng.random() < 0.6
                nm = rng.choice(['平键', '普通平键', '键'])
                if show_t:
                    if rng.random() < 0.5:
                        nm = '%s型平键' % t
                    else:
                        dims = t + dims
                spec = dims
                if rng.random() < 0.3:
                    spec += ' 45#'
                if std_show:
                    spec = rng.choice(['GB/T1096 ', 'GB1096-2003 ', 'GB/T 1096 ']) + spec
                add('fastener', '03.01', nm, spec, rng.choice(['个', '件', '根']), [],
                    dict(fam='key', b=b, h=h, len=L, ktype=t if show_t else None, std='GB/T 1096' if std_show else None,
                         std_decl=[], mat='carbon'), era)
    # blind rivets
    for dia in [3.2, 4.0, 4.8]:
        for L in [6, 8, 10, 12, 14, 16, 20]:
            for mat in rng.sample(['aluminium', 'steel', '304'], rng.choice([1, 2])):
                era = rng.randint(0, 2)
                md = {'aluminium': rng.choice(['铝', '铝制', '全铝']), 'steel': rng.choice(['铁', '钢']),
                      '304': rng.choice(['不锈钢304', '304'])}[mat]
                nm = rng.choice(['抽芯铆钉', '拉铆钉', '抽芯拉铆钉'])
                spec = '%s %s%s%s' % (md, fnum(dia), sep_pick(era), L)
                if rng.random() < 0.4:
                    spec = 'GB/T12618 ' + spec
                add('fastener', '03.01', nm, spec, rng.choice(['个', '只', '盒']), [],
                    dict(fam='rivet', dia=fnum(dia), len=L, mat=mat, std='GB/T 12618' if 'GB' in spec else None, std_decl=[]), era)


def pin_item(dia, L, std, tol, mat):
    era = rng.randint(0, 2)
    sp = sep_pick(era)
    nm = rng.choice(['圆柱销', '圆柱销', '定位销', '销'])
    parts = ['%s%s%s%s' % (dia, tol if rng.random() < 0.5 else '', sp, L)] if tol == 'm6' else ['%s%s%s%s' % (dia, tol, sp, L)]
    tol_known = tol if (tol in parts[0]) else None
    show_std = rng.random() < 0.7
    hard = None
    mk = 'carbon'
    if mat == 'hard':
        if rng.random() < 0.5 or not show_std:
            nm = rng.choice(['淬硬圆柱销', '淬火圆柱销'])
        hard = True
    if mat == '304':
        parts.insert(0, rng.choice(['不锈钢304', 'SUS304']))
        mk = '304'
    if mat == '45#' and rng.random() < 0.3:
        parts.append('45#')
    if show_std:
        parts.insert(rng.choice([0, len(parts)]), std_display(std, era))
        hard = std in ('GB/T 119.2', 'DIN 6325')
    add('fastener', '03.01', nm, ' '.join(parts), rng.choice(['个', '只', '件']), [],
        dict(fam='cyl_pin', dia=fnum(dia), len=L, tol=tol_known, hard=hard, mat=mk,
             std=std if show_std else None, std_decl=[]), era)


# ===========================================================================
# BEARINGS
# ===========================================================================
BR_DISPLAY = {'SKF': ['SKF', 'SKF', '瑞典SKF', '斯凯孚'], 'FAG': ['FAG', 'FAG', '德国FAG'], 'NSK': ['NSK', 'NSK', '日本NSK'],
              'NTN': ['NTN', 'NTN'], 'KOYO': ['KOYO', '光洋'], 'TIMKEN': ['TIMKEN', '铁姆肯'], 'INA': ['INA'],
              'FYH': ['FYH'], 'HRB': ['HRB', '哈轴', '哈尔滨'], 'ZWZ': ['ZWZ', '瓦轴', '瓦房店'], 'LYC': ['LYC', '洛轴'],
              'C&U': ['C&U', '人本'], 'unbranded': ['']}
DOMESTIC = ['HRB', 'ZWZ', 'LYC', 'C&U', 'unbranded']


def dg_code(brand, base, seal, clear):
    """Deep groove ball bearing designation as each maker writes it."""
    if brand == 'SKF':
        s = {'2RS': rng.choice(['2RSH', '2RS1']), '2Z': '2Z', 'RS': 'RSH', 'Z': 'Z', 'open': ''}[seal]
        c = base + ('-' + s if s else '') + ('/C3' if clear == 'C3' else '')
    elif brand == 'FAG':
        s = {'2RS': '2RSR', '2Z': '2ZR', 'RS': 'RSR', 'Z': 'ZR', 'open': ''}[seal]
        c = base + ('-' + s if s else '') + ('-C3' if clear == 'C3' else '')
    elif brand == 'NSK':
        s = {'2RS': 'DDU', '2Z': 'ZZ', 'RS': 'DU', 'Z': 'Z', 'open': ''}[seal]
        c = base + s + ('C3' if clear == 'C3' else '')
    elif brand == 'NTN':
        s = {'2RS': 'LLU', '2Z': 'ZZ', 'RS': 'LU', 'Z': 'Z', 'open': ''}[seal]
        c = base + s + ('C3' if clear == 'C3' else '')
    elif brand == 'KOYO':
        s = {'2RS': '2RS', '2Z': 'ZZ', 'RS': 'RS', 'Z': 'Z', 'open': ''}[seal]
        c = base + (('-' + s) if s.startswith('2R') or s == 'RS' else s) + ('C3' if clear == 'C3' else '')
    else:
        s = {'2RS': '2RS', '2Z': rng.choice(['2Z', 'ZZ']), 'RS': 'RS', 'Z': 'Z', 'open': ''}[seal]
        c = base + ('-' + s if s else '') + ('/C3' if clear == 'C3' else '')
    return c


def old_cn_code(base, seal):
    """Old Chinese (GB 272-88) designation of a deep-groove bearing."""
    m = re.match(r'^(6)([0-9])([0-9]{2})$', base)
    if not m:
        return None
    series = {'0': '1', '2': '2', '3': '3'}.get(m.group(2))
    if not series:
        return None
    core = series + m.group(3)
    if series == '1':
        core = '1' + '00' + m.group(3) if False else '1' + m.group(3)
    pre = {'open': '', '2Z': '80', '2RS': '180', 'Z': '60', 'RS': '160'}[seal]
    return pre + core


def bearing_add(btype, base, brand, note, a_extra, names, era=None, aliases=()):
    bd = rng.choice(BR_DISPLAY[brand])
    des = base + note
    nm = wchoice(names)
    r = rng.random()
    if not bd:
        name, spec = nm, des
    elif r < 0.4:
        name, spec = nm, des + ' ' + bd
    elif r < 0.6:
        name, spec = nm, bd + ' ' + des
    elif r < 0.8:
        name, spec = nm + '(' + bd + ')', des
    else:
        name, spec = bd + nm, des
    a = dict(btype=btype, base=base, brand=brand, note=norm_note(note))
    a.update(a_extra)
    add('bearing', '03.02', name, spec, rng.choice(['套', '套', '个', 'PCS', '只']), list(aliases), a, era)


def norm_note(n):
    return re.sub(r'[\s\-/]', '', n.upper())


def gen_bearings():
    dg_names = [('深沟球轴承', 6), ('轴承', 4), ('深沟球轴承', 2), ('Deep groove ball bearing', 1), ('球轴承', 1)]
    bases = ['608', '623', '625', '626', '627', '629', '688']
    bases += ['60%02d' % i for i in range(0, 13)] + ['62%02d' % i for i in range(0, 17)] + \
             ['63%02d' % i for i in range(0, 13)] + ['68%02d' % i for i in range(0, 11)] + ['69%02d' % i for i in range(0, 11)] + \
             ['160%02d' % i for i in range(0, 7)]
    skip = set(['6317', '6218', '6313', '6314'])
    for base in bases:
        if base in skip:
            continue
        brands = rng.sample(['SKF', 'FAG', 'NSK', 'NTN', 'KOYO', 'HRB', 'ZWZ', 'LYC', 'C&U', 'unbranded'], rng.randint(2, 5))
        for br in brands:
            combos = set([(wchoice([('2RS', 45), ('2Z', 30), ('open', 25)]), 'CN')])
            for _ in range(rng.choice([0, 1, 1, 2, 3])):
                combos.add((wchoice([('2RS', 40), ('2Z', 30), ('open', 20), ('RS', 5), ('Z', 5)]),
                            wchoice([('CN', 60), ('C3', 40)])))
            for seal, clear in sorted(combos):
                code = dg_code(br, base, seal, clear)
                note = code[len(base):]
                al = []
                if br in DOMESTIC and clear == 'CN':
                    oc = old_cn_code(base, seal)
                    if oc and rng.random() < 0.5:
                        al.append(oc)
                if rng.random() < 0.15:
                    al.append('ZC' + norm_note(code))
                bearing_add('deep_groove', base, br, note,
                            dict(seal=seal, clear=clear, prec='P0', design=None, bore='cyl'), dg_names, aliases=al)
                if br == 'SKF' and seal == '2RS' and rng.random() < 0.3:
                    # old 2RS1 and new 2RSH both kept in master data
                    other = '2RS1' if '2RSH' in note else '2RSH'
                    note2 = note.replace('2RSH', other).replace('2RS1', other) if other not in note else note
                    bearing_add('deep_groove', base, br, note2,
                                dict(seal=seal, clear=clear, prec='P0', design=None, bore='cyl'), dg_names)
    # angular contact
    ac_names = [('角接触球轴承', 6), ('角接触轴承', 2), ('轴承', 2), ('Angular contact ball bearing', 1)]
    for base in ['72%02d' % i for i in range(0, 13)] + ['70%02d' % i for i in range(0, 13)] + ['73%02d' % i for i in range(3, 11)]:
        for br in rng.sample(['SKF', 'FAG', 'NSK', 'HRB', 'ZWZ', 'LYC', 'unbranded'], rng.randint(1, 3)):
            for ang in rng.sample(['C', 'AC', 'B'], rng.randint(1, 2)):
                prec = wchoice([('P0', 60), ('P5', 25), ('P4', 15)])
                pair = wchoice([(None, 75), ('DB', 15), ('DF', 10)])
                if br == 'SKF':
                    note = {'B': ' BECBP', 'AC': ' ACD', 'C': ' CD'}[ang] + ('/P4A' if prec == 'P4' else '/P5' if prec == 'P5' else '') + (pair and ('/' if prec == 'P0' else '') + pair or '')
                elif br == 'FAG':
                    note = {'B': '-B-XL-TVP', 'AC': '-E-T-P4S' if prec == 'P4' else '-E-TVP', 'C': '-C-T-P4S' if prec == 'P4' else '-C-TVP'}[ang]
                    if prec == 'P5':
                        note += '-P5'
                    if pair:
                        note += '-U' + {'DB': 'O', 'DF': 'X'}[pair] if False else '-' + pair
                elif br == 'NSK':
                    note = {'B': 'BW', 'AC': 'A5' if prec != 'P0' else 'A', 'C': 'C'}[ang] + ('TYNSULP4' if prec == 'P4' else 'TYNSUL' if prec == 'P5' else '') + ('DB' if pair == 'DB' else 'DF' if pair == 'DF' else '')
                else:
                    note = ang + ('/' + prec if prec != 'P0' else '') + ('/' + pair if pair else '')
                bearing_add('angular', base, br, note, dict(angle=ang, prec=prec, pair=pair or 'single', seal='open', clear='CN', bore='cyl'),
                            ac_names)
    # tapered roller
    tr_names = [('圆锥滚子轴承', 6), ('轴承', 2), ('锥形滚子轴承', 1), ('Tapered roller bearing', 1)]
    t_bases = ['302%02d' % i for i in range(3, 17)] + ['322%02d' % i for i in range(5, 15)] + ['303%02d' % i for i in range(5, 13)] + \
              ['313%02d' % i for i in range(5, 11)] + ['332%02d' % i for i in range(5, 11)]
    for base in t_bases:
        for br in rng.sample(['SKF', 'FAG', 'NSK', 'TIMKEN', 'KOYO', 'HRB', 'ZWZ', 'LYC', 'unbranded'], rng.randint(1, 4)):
            note = {'SKF': ' J2/Q', 'FAG': '-A', 'NSK': 'JR', 'TIMKEN': '', 'KOYO': 'JR'}.get(br, '')
            al = []
            if br in DOMESTIC and base.startswith('302') and rng.random() < 0.5:
                al.append('7' + base[3:] + 'E')
            bearing_add('tapered', base, br, note, dict(seal='open', clear='CN', prec='P0', bore='cyl'), tr_names, aliases=al)
    for cone, cup in [('LM11949', 'LM11910'), ('LM11749', 'LM11710'), ('L44649', 'L44610'), ('LM48548', 'LM48510'),
                      ('LM67048', 'LM67010'), ('HM212049', 'HM212011'), ('15101', '15245'), ('25580', '25520'),
                      ('3782', '3720'), ('14125A', '14276'), ('LM501349', 'LM501310'), ('M12649', 'M12610')]:
        for br in rng.sample(['TIMKEN', 'KOYO', 'HRB', 'unbranded'], rng.randint(1, 2)):
            bearing_add('tapered_inch', cone + '/' + cup, br, '', dict(seal='open', clear='CN', prec='P0', bore='cyl'),
                        tr_names + [('英制圆锥滚子轴承', 3)])
    # cylindrical roller
    cr_names = [('圆柱滚子轴承', 6), ('轴承', 2), ('短圆柱滚子轴承', 2)]
    old_pre = {'NU': '32', 'NJ': '42', 'N': '2', 'NUP': '92'}
    for pre in ['NU', 'NJ', 'N', 'NUP']:
        for s in ['2%02d' % i for i in range(4, 17)] + ['3%02d' % i for i in range(4, 13)] + ['22%02d' % i for i in range(6, 13)]:
            if rng.random() < (0.2 if pre == 'NU' else 0.6):
                continue
            base = pre + s
            for br in rng.sample(['SKF', 'FAG', 'NSK', 'HRB', 'ZWZ', 'LYC', 'unbranded'], rng.randint(1, 3)):
                if br == 'SKF':
                    note = rng.choice([' ECP', ' ECJ', ' ECM', ' ECP/C3'])
                elif br == 'FAG':
                    note = rng.choice(['-E-XL-TVP2', '-E-XL-M1', '-E-XL-TVP2-C3'])
                elif br == 'NSK':
                    note = rng.choice(['EW', 'ET', 'EM', 'ETC3'])
                else:
                    note = rng.choice(['E', 'EM', 'E/C3', 'M'])
                clear = 'C3' if 'C3' in note else 'CN'
                al = []
                if br in DOMESTIC and len(s) == 3 and note.startswith('E') and rng.random() < 0.5:
                    al.append(old_pre[pre] + s + 'E' + ('H' if note == 'EM' else ''))
                bearing_add('cylindrical', base, br, note, dict(seal='open', clear=clear, prec='P0', bore='cyl'), cr_names, aliases=al)
    # spherical roller
    sr_names = [('调心滚子轴承', 6), ('轴承', 2), ('双列调心滚子轴承', 1)]
    for base in ['222%02d' % i for i in range(5, 21)] + ['223%02d' % i for i in range(8, 17)] + ['213%02d' % i for i in range(10, 17)] + ['231%02d' % i for i in range(20, 25)]:
        for br in rng.sample(['SKF', 'FAG', 'NSK', 'ZWZ', 'HRB', 'LYC', 'unbranded'], rng.randint(1, 3)):
            for bore in rng.sample(['cyl', 'K'], rng.choice([1, 1, 2])):
                k = 'K' if bore == 'K' else ''
                if br == 'SKF':
                    note = rng.choice([' E', ' E', ' CC/W33', ' EJA/VA405']) if not k else ' EK'
                elif br == 'FAG':
                    note = '-E1' + ('-K' if k else '') + '-XL'
                elif br == 'NSK':
                    note = 'EAE4' if not k else 'EAKE4'
                else:
                    note = rng.choice(['CA', 'CC', 'MB']) + k + '/W33'
                if rng.random() < 0.2:
                    note += '/C3' if '/' in note or br not in ('FAG', 'NSK') else 'C3' if br == 'NSK' else '-C3'
                clear = 'C3' if 'C3' in note else 'CN'
                bearing_add('spherical', base, br, note, dict(seal='open', clear=clear, prec='P0', bore=bore), sr_names)
    # thrust ball
    th_names = [('推力球轴承', 6), ('平面轴承', 2), ('轴承', 1)]
    for base in ['511%02d' % i for i in range(0, 11)] + ['512%02d' % i for i in range(0, 13)] + ['513%02d' % i for i in range(5, 11)]:
        for br in rng.sample(['SKF', 'FAG', 'NSK', 'HRB', 'ZWZ', 'LYC', 'unbranded'], rng.randint(1, 3)):
            al = ['8' + base[2:]] if br in DOMESTIC and rng.random() < 0.5 else []
            bearing_add('thrust', base, br, '', dict(seal='open', clear='CN', prec='P0', bore='cyl'), th_names, aliases=al)
    # needle
    nd_names = [('滚针轴承', 6), ('轴承', 1)]
    for base in ['NA49%02d' % i for i in range(0, 11)] + ['HK0808', 'HK1010', 'HK1210', 'HK1412', 'HK1512', 'HK1612', 'HK2016', 'HK2020',
                                                           'HK2512', 'HK2520', 'HK3020', 'NK20/16', 'NK25/20', 'NK30/20', 'RNA4905', 'RNA4906']:
        for br in rng.sample(['INA', 'NSK', 'KOYO', 'HRB', 'unbranded'], rng.randint(1, 2)):
            bearing_add('needle', base, br, '', dict(seal='open', clear='CN', prec='P0', bore='cyl'), nd_names)
    # inserts with housing
    for unit in ['UCP', 'UCF', 'UCFL', 'UCT', 'UC']:
        for i in range(204, 213):
            base = '%s%d' % (unit, i)
            for br in rng.sample(['FYH', 'NSK', 'HRB', 'ZWZ', 'unbranded'], rng.randint(1, 2)):
                bearing_add('insert', base, br, '', dict(seal='2RS', clear='CN', prec='P0', bore='cyl'),
                            [('带座轴承', 5), ('外球面轴承', 2 if unit == 'UC' else 0.01), ('轴承座', 1 if unit != 'UC' else 0.01)])
    # spherical plain + rod ends
    for d in [10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50]:
        for suf in ['E', 'ES', 'ES-2RS']:
            if rng.random() < 0.35:
                continue
            base = 'GE%d' % d
            bearing_add('plain', base, rng.choice(['SKF', 'INA', 'unbranded', 'unbranded']), suf,
                        dict(seal='2RS' if '2RS' in suf else 'open', clear='CN', prec='P0', bore='cyl'),
                        [('关节轴承', 5), ('向心关节轴承', 2)])
    for d in [8, 10, 12, 16, 20, 25, 30, 35, 40]:
        for pre in ['LM', 'LME']:
            if pre == 'LME' and rng.random() < 0.5:
                continue
            for suf in ['UU'] + (['UU-OP'] if rng.random() < 0.3 else []):
                bearing_add('linear', '%s%d' % (pre, d), rng.choice(['THK', 'unbranded', 'unbranded']) if False else 'unbranded', suf,
                            dict(seal='2RS', clear='CN', prec='P0', bore='cyl'), [('直线轴承', 5), ('直线轴承', 1)])


BR_DISPLAY['THK'] = ['THK']


# ===========================================================================
# SEALS
# ===========================================================================
OR_MAT = {'NBR': ['NBR', '丁腈', '丁腈橡胶', 'NBR'], 'FKM': ['FKM', '氟橡胶', '氟胶', 'VITON'], 'EPDM': ['EPDM', '三元乙丙'],
          'VMQ': ['硅胶', 'VMQ', '硅橡胶'], 'HNBR': ['HNBR', '氢化丁腈']}
GB_OR = {1.8: [3.15, 4, 5, 6, 7.1, 8, 9, 10, 11.2, 12.5, 14, 16, 18, 20, 22.4, 25, 28, 31.5],
         2.65: [10, 11.2, 12.5, 14, 15, 16, 17, 18, 19, 20, 21.2, 22.4, 24.3, 25, 26.5, 28, 30, 31.5, 32.5, 35.5, 37.5, 40, 42.5, 45, 48.7, 50, 53, 56, 60],
         3.55: [15, 16, 17, 18, 19, 20, 21.2, 22.4, 23.6, 24.3, 25.8, 26.5, 25, 28, 30, 31.5, 34.5, 35.5, 37.5, 40, 42.5, 45, 47.5, 50, 53, 56, 58, 60, 63, 65, 67, 70, 71, 75, 77.5, 80, 85, 90, 95, 100, 106, 112, 118, 125, 132, 140, 150],
         5.3: [40, 42.5, 45, 47.5, 50, 53, 56, 58, 60, 63, 67, 71, 75, 80, 85, 90, 95, 100, 106, 112, 118, 125, 132, 140, 150, 160, 170, 180, 190, 200],
         7: [112, 125, 140, 150, 160, 180, 200, 224, 250]}
LOCAL_OR = [(10, 2), (12, 2), (14, 2), (15, 2.5), (16, 2.4), (20, 3), (22, 3), (25, 3), (28, 3), (30, 3), (32, 3), (35, 3.1), (40, 3.5),
            (45, 3.5), (50, 4), (55, 4), (60, 4), (65, 5), (70, 5), (80, 5), (90, 5), (100, 6), (120, 6)]
AS568 = {'010': (6.07, 1.78), '011': (7.65, 1.78), '012': (9.25, 1.78), '013': (10.82, 1.78), '014': (12.42, 1.78), '015': (14.0, 1.78),
         '110': (9.19, 2.62), '111': (10.77, 2.62), '112': (12.37, 2.62), '113': (13.94, 2.62), '114': (15.54, 2.62), '116': (18.72, 2.62),
         '210': (18.64, 3.53), '211': (20.22, 3.53), '212': (21.82, 3.53), '214': (24.99, 3.53), '216': (28.17, 3.53), '220': (34.52, 3.53),
         '224': (40.87, 3.53), '325': (37.47, 5.33), '330': (53.34, 5.33), '228': (47.22, 3.53)}
JIS_P = {'P3': (2.8, 1.9), 'P5': (4.8, 1.9), 'P6': (5.8, 1.9), 'P8': (7.8, 1.9), 'P10': (9.8, 1.9), 'P10A': (9.8, 2.4), 'P12': (11.8, 2.4),
         'P14': (13.8, 2.4), 'P16': (15.8, 2.4), 'P18': (17.8, 2.4), 'P20': (19.8, 2.4), 'P22': (21.8, 2.4), 'P22A': (21.7, 3.5),
         'P24': (23.7, 3.5), 'P25': (24.7, 3.5), 'P28': (27.7, 3.5), 'P30': (29.7, 3.5), 'P32': (31.7, 3.5), 'P35': (34.7, 3.5),
         'P40': (39.7, 3.5), 'G25': (24.4, 3.1), 'G30': (29.4, 3.1), 'G35': (34.4, 3.1), 'G40': (39.4, 3.1), 'G45': (44.4, 3.1),
         'G50': (49.4, 3.1), 'G55': (54.4, 3.1), 'G60': (59.4, 3.1), 'G65': (64.4, 3.1), 'G70': (69.4, 3.1)}


def oring_item(idv, cs, mat, hard, std, desig=None, brand='unbranded'):
    era = rng.randint(0, 2)
    nm = wchoice([('O型圈', 6), ('O形圈', 3), ('O型密封圈', 2), ('O形密封圈', 1), ('密封圈', 1), ('O-RING', 0.5)])
    sp = sep_pick(era)
    if desig:
        dims = desig if std != 'AS568' else rng.choice(['AS568-%s' % desig, 'AS-%s' % desig, '2-%s' % desig])
        if rng.random() < 0.4:
            dims += ' (%s%s%s)' % (fnum(idv), sp, fnum(cs))
    else:
        dims = rng.choice(['', '', 'Φ']) + '%s%s%s' % (fnum(idv), sp, fnum(cs))
    parts = [dims]
    mat_show = mat != 'NBR' or rng.random() < 0.55
    if mat_show:
        parts.append(rng.choice(OR_MAT[mat]))
    hard_show = hard is not None and (hard == 90 or rng.random() < 0.4)
    if hard_show:
        parts.append(rng.choice(['%d°' % hard, '%dA' % hard, '邵氏%d' % hard, '硬度%d' % hard]))
    std_show = std == 'GB/T 3452.1' and rng.random() < 0.3
    if std_show:
        parts.insert(0, rng.choice(['GB/T3452.1', 'GB3452.1-2005', 'GB/T 3452.1']))
    if brand != 'unbranded':
        parts.append(brand)
    spec = ' '.join(parts)
    if nm == 'O-RING':
        spec = spec.replace('丁腈', 'NBR').replace('氟胶', 'FKM').replace('氟橡胶', 'FKM')
    a = dict(stype='oring', id=fnum(idv), cs=fnum(cs), mat=mat, hard=hard if hard_show else None,
             std=(std if (std_show or desig) else None), std_decl=[], desig=(desig if desig else None), brand=brand)
    al = ['OXQ%s' % norm_note('%sX%s' % (fnum(idv), fnum(cs)))] if rng.random() < 0.15 else []
    add('seal', '03.03', nm, spec, rng.choice(['个', '只', '条', 'PCS']), al, a, era)


def gen_seals():
    for cs, ids in GB_OR.items():
        for idv in ids:
            mats = ['NBR'] + (['FKM'] if rng.random() < 0.65 else []) + (['EPDM'] if rng.random() < 0.15 else []) + (['VMQ'] if rng.random() < 0.12 else []) + (['HNBR'] if rng.random() < 0.04 else [])
            for m in mats:
                hards = [70] + ([90] if rng.random() < 0.35 else [])
                for h in hards:
                    oring_item(idv, cs, m, h if (len(hards) > 1 or rng.random() < 0.5) else None, 'GB/T 3452.1')
    for idv, cs in LOCAL_OR:
        for m in ['NBR'] + (['FKM'] if rng.random() < 0.3 else []):
            oring_item(idv, cs, m, None, None)
    for dash, (idv, cs) in AS568.items():
        for m in rng.sample(['NBR', 'FKM'], rng.choice([1, 2])):
            oring_item(idv, cs, m, rng.choice([70, 90, None]), 'AS568', dash, rng.choice(['Parker', 'unbranded']))
    for p, (idv, cs) in JIS_P.items():
        for m in rng.sample(['NBR', 'FKM'], rng.choice([1, 1, 2])):
            oring_item(idv, cs, m, rng.choice([70, 90, 90]), 'JIS B2401', p, rng.choice(['NOK', 'NOK', 'unbranded']))
    # oil seals
    OS = [(10, 22, 7), (12, 25, 7), (15, 30, 7), (17, 35, 7), (20, 35, 7), (20, 40, 7), (25, 40, 7), (25, 42, 7), (25, 47, 7), (28, 42, 7),
          (30, 42, 7), (30, 45, 7), (30, 47, 7), (30, 52, 7), (32, 47, 7), (35, 50, 7), (35, 52, 7), (35, 55, 8), (38, 55, 8), (40, 55, 8),
          (40, 60, 8), (40, 62, 8), (42, 62, 8), (45, 62, 8), (45, 65, 8), (45, 68, 10), (50, 68, 8), (50, 70, 10), (50, 72, 10),
          (55, 70, 8), (55, 72, 10), (55, 80, 10), (60, 75, 8), (60, 80, 10), (60, 85, 10), (65, 85, 10), (65, 90, 10), (70, 90, 10),
          (70, 95, 10), (75, 95, 10), (75, 100, 10), (80, 100, 10), (80, 105, 12), (85, 110, 12), (90, 110, 12), (90, 115, 12),
          (95, 120, 12), (100, 125, 12), (100, 130, 12), (110, 130, 12), (110, 140, 12), (120, 150, 14), (130, 160, 15), (140, 170, 15),
          (150, 180, 15)]
    for d, D, b in OS:
        combos = set([('TC', 'NBR', 'unbranded')])
        for _ in range(rng.choice([2, 3, 4, 5, 6])):
            combos.add((wchoice([('TC', 60), ('TG', 10), ('SC', 10), ('TB', 8), ('VC', 5), ('TCV', 7)]),
                        wchoice([('NBR', 70), ('FKM', 30)]), wchoice([('unbranded', 70), ('NOK', 30)])))
        for st, m, br in sorted(combos):
            era = rng.randint(0, 2)
            sp = sep_pick(era)
            nm = wchoice([('骨架油封', 5), ('油封', 4), ('%s油封' % st, 2), ('旋转轴唇形密封圈', 0.5)])
            dims = '%d%s%d%s%d' % (d, sp, D, sp, b) if rng.random() < 0.8 else '%d-%d-%d' % (d, D, b)
            type_show = (st != 'TC') or rng.random() < 0.7 or nm.startswith(st)
            parts = [dims]
            if type_show and not nm.startswith(st):
                if rng.random() < 0.5:
                    parts = [st + dims]
                else:
                    parts.insert(0, st)
            mat_show = m == 'FKM' or rng.random() < 0.4
            if mat_show:
                parts.append(rng.choice(OR_MAT[m][:3]))
            if br != 'unbranded':
                parts.append(rng.choice(['NOK', 'NOK', '日本NOK']))
            a = dict(stype='oilseal', lip=st if type_show else None, d=d, D=D, b=b, mat=m, brand=br)
            add('seal', '03.03', nm, ' '.join(parts), rng.choice(['个', '只', 'PCS']), ['YF%d%d%d' % (d, D, b)] if rng.random() < 0.1 else [], a, era)
    # hydraulic cylinder seals
    HS = [('Y_rod', [('轴用Y形圈', 4), ('轴用Y型密封圈', 2), ('IDI密封圈', 1)], 'rod'),
          ('Y_piston', [('孔用Y形圈', 4), ('孔用Y型密封圈', 2), ('ODI密封圈', 1)], 'bore'),
          ('UN', [('UN密封圈', 3), ('U型圈UN', 1)], 'rod'),
          ('step', [('斯特封', 4), ('阶梯密封', 1), ('轴用斯特封', 1)], 'rod'),
          ('glyd', [('格莱圈', 4), ('孔用格莱圈', 1)], 'bore'),
          ('wiper', [('防尘圈', 4), ('DH防尘圈', 1), ('DKB防尘圈', 1)], 'rod'),
          ('guide', [('导向带', 3), ('支撑环', 2), ('耐磨环', 1)], 'both')]
    for stype, names, ref in HS:
        sizes = [20, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 90, 100, 110, 125] if ref == 'rod' else \
            [40, 50, 63, 80, 90, 100, 110, 125, 140, 160, 180, 200] if ref == 'bore' else [25, 32, 40, 50, 63, 80, 100, 125]
        for s in sizes:
            if rng.random() < 0.05:
                continue
            if stype in ('Y_rod', 'UN'):
                D, H = s + rng.choice([8, 10, 10, 15]), rng.choice([6, 8, 9, 10, 12])
                dims = (s, D, H)
            elif stype == 'Y_piston':
                dd, H = s - rng.choice([8, 10, 10, 15]), rng.choice([6, 8, 9, 10, 12])
                dims = (s, dd, H)
            elif stype == 'step':
                dims = (s, s + rng.choice([7.5, 10.5, 15.5]), rng.choice([3.2, 4.2, 6.3]))
            elif stype == 'glyd':
                dims = (s, s - rng.choice([10.5, 15.5, 20.5]), rng.choice([4.2, 6.3, 8.1]))
            elif stype == 'wiper':
                dims = (s, s + rng.choice([8, 10, 12]), rng.choice([5, 7, 8, 10]))
            else:
                dims = (s, rng.choice([9.7, 15, 20, 25]), rng.choice([2.5, 2.5, 3]))
            combos = set()
            for _ in range(rng.choice([1, 2, 2, 3, 4])):
                if stype in ('step', 'glyd'):
                    m = wchoice([('PTFE+铜粉', 50), ('PTFE+玻纤', 20), ('PTFE', 30)])
                elif stype == 'guide':
                    m = wchoice([('酚醛夹布', 50), ('PTFE', 30), ('POM', 20)])
                else:
                    m = wchoice([('PU', 60), ('NBR', 30), ('FKM', 10)])
                combos.add((m, wchoice([('unbranded', 50), ('NOK', 20), ('Parker', 15), ('Hallite', 10), ('Merkel', 5)])))
            for m, br in sorted(combos):
                era = rng.randint(0, 2)
                sp = sep_pick(era)
                nm = wchoice(names)
                dimstr = sp.join(fnum(x) for x in dims)
                parts = [dimstr]
                mshow = True if stype in ('step', 'glyd', 'guide') else (m != 'PU' or rng.random() < 0.6)
                if mshow:
                    parts.append({'PU': rng.choice(['PU', '聚氨酯']), 'NBR': rng.choice(['NBR', '丁腈']), 'FKM': rng.choice(['FKM', '氟胶'])}.get(m, m))
                if br != 'unbranded':
                    parts.append(br)
                a = dict(stype=stype, d=fnum(dims[0]), D=fnum(dims[1]), b=fnum(dims[2]),
                         mat=(m if mshow else ('PU' if stype not in ('step', 'glyd', 'guide') else None)), brand=br)
                if not mshow:
                    a['mat'] = None
                add('seal', '03.03', nm, ' '.join(parts), rng.choice(['个', '只', '条', '套']), [], a, era)
    # bonded seals / copper washers
    for d in [8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        for m in ['NBR'] + (['FKM'] if rng.random() < 0.4 else []):
            era = rng.randint(0, 2)
            nm = rng.choice(['组合垫圈', '组合密封垫圈', '组合垫', '组合密封垫'])
            size = rng.choice(['M%d' % d, 'Φ%d' % d, '%d' % d])
            parts = [size]
            std_show = rng.random() < 0.4
            if std_show:
                parts.insert(0, rng.choice(['JB982', 'JB/T982', 'JB/T 982']))
            if m == 'FKM' or rng.random() < 0.3:
                parts.append(rng.choice(OR_MAT[m][:3]))
            add('seal', '03.03', nm, ' '.join(parts), rng.choice(['个', '只']), [],
                dict(stype='bonded', d=fnum(d), mat=m, std='JB/T 982' if std_show else None, std_decl=[]), era)
    for d, D, b in [(8, 12, 1), (10, 14, 1), (10, 14, 1.5), (12, 16, 1.5), (14, 18, 1.5), (14, 20, 1.5), (16, 22, 1.5), (18, 24, 2),
                    (20, 26, 2), (22, 27, 2), (22, 28, 2), (27, 32, 2), (27, 34, 2), (33, 40, 2)]:
        era = rng.randint(0, 2)
        sp = sep_pick(era)
        add('seal', '03.03', rng.choice(['紫铜垫', '紫铜垫片', '铜垫圈', '铜垫']), '%s%s%s%s%s' % (fnum(d), sp, fnum(D), sp, fnum(b)),
            rng.choice(['个', '只']), [], dict(stype='copper', d=fnum(d), D=fnum(D), b=fnum(b), mat='copper'), era)


# ===========================================================================
# HYDRAULICS
# ===========================================================================
GE_L_M = {6: 'M10x1', 8: 'M12x1.5', 10: 'M14x1.5', 12: 'M16x1.5', 15: 'M18x1.5', 18: 'M22x1.5', 22: 'M26x1.5', 28: 'M33x2', 35: 'M42x2', 42: 'M48x2'}
GE_S_M = {6: 'M12x1.5', 8: 'M14x1.5', 10: 'M16x1.5', 12: 'M18x1.5', 14: 'M20x1.5', 16: 'M22x1.5', 20: 'M27x2', 25: 'M33x2', 30: 'M42x2', 38: 'M48x2'}
GE_L_G = {6: 'G1/8', 8: 'G1/4', 10: 'G1/4', 12: 'G3/8', 15: 'G1/2', 18: 'G1/2', 22: 'G3/4', 28: 'G1', 35: 'G1-1/4', 42: 'G1-1/2'}
GE_S_G = {6: 'G1/4', 8: 'G1/4', 10: 'G3/8', 12: 'G3/8', 14: 'G1/2', 16: 'G1/2', 20: 'G3/4', 25: 'G1', 30: 'G1-1/4', 38: 'G1-1/2'}
ALT_G = ['G1/8', 'G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1']
FIT_NAMES = {'GE': [('卡套式端直通接头', 4), ('终端直通接头', 3), ('直通接头', 2), ('端直通', 1)],
             'G': [('卡套式直通接头', 4), ('直通中间接头', 2), ('两通接头', 1)],
             'W': [('卡套式直角接头', 4), ('直角弯头', 2), ('90°弯头', 1)],
             'T': [('卡套式三通接头', 4), ('三通接头', 3), ('等径三通', 1)],
             'SV': [('隔板直通接头', 4), ('穿板接头', 2)],
             'EW': [('可调向直角接头', 3), ('旋转弯头', 2)]}


def thread_disp(t, era):
    if t.startswith('M'):
        return t.replace('x', rng.choice(['x', '×', '*', 'X']))
    return t


def gen_hydraulics():
    for ftype in ['GE', 'G', 'W', 'T', 'SV', 'EW']:
        for ser, mmap, gmap in [('L', GE_L_M, GE_L_G), ('S', GE_S_M, GE_S_G)]:
            for tube in mmap:
                threads = [None] if ftype in ('G', 'W', 'T', 'SV') else [mmap[tube], gmap[tube]] + ([rng.choice(ALT_G)] if rng.random() < 0.3 else [])
                for th in dict.fromkeys(threads):
                    if ftype != 'GE' and rng.random() < 0.35:
                        continue
                    combos = set([('carbon', 'unbranded')])
                    for _ in range(rng.choice([1, 1, 2, 3])):
                        combos.add((wchoice([('carbon', 70), ('304', 20), ('316', 10)]), wchoice([('unbranded', 50), ('Parker', 35), ('Eaton', 15)])))
                    for mat, br in sorted(combos):
                        era = rng.randint(0, 2)
                        nm = wchoice(FIT_NAMES[ftype])
                        code = '%s%d%s' % (ftype, tube, ser)
                        if th:
                            if br == 'Parker':
                                code += ('M' if th.startswith('M') else 'R' + th[1:]) + 'EDOMD' + ('CF' if mat == 'carbon' else '71')
                            else:
                                code += '-' + thread_disp(th, era)
                        r = rng.random()
                        if br == 'Parker' or r < 0.5:
                            spec = code
                            if br == 'Parker' and th and th.startswith('M') and rng.random() < 0.6:
                                spec += ' (%s)' % th
                        else:
                            spec = 'Φ%d%s' % (tube, ser) + ('-' + thread_disp(th, era) if th else '')
                        parts = [spec]
                        if mat != 'carbon':
                            parts.append(rng.choice({'304': ['304', '不锈钢304', 'SS304'], '316': ['316', '不锈钢316', 'SS316']}[mat]))
                        if br != 'unbranded' and br != 'Parker':
                            parts.append(br)
                        if br == 'Parker':
                            parts.append(rng.choice(['Parker', '派克']))
                        if rng.random() < 0.25:
                            parts.insert(0, rng.choice(['GB/T3733', 'DIN2353', 'ISO8434-1']))
                        a = dict(htype='fitting', ftype=ftype, tube=tube, series=ser, thread=th, mat=mat, brand=br)
                        add('hydraulic', '03.04', nm, ' '.join(parts), rng.choice(['个', '只', '件']), [], a, era)
    # adapters
    for m in ['M12x1.5', 'M14x1.5', 'M16x1.5', 'M18x1.5', 'M20x1.5', 'M22x1.5', 'M27x2', 'M33x2']:
        for g in ['G1/8', 'G1/4', 'G3/8', 'G1/2', 'G3/4', 'NPT1/4', 'NPT1/2', 'JIC9/16-18', 'JIC3/4-16']:
            if rng.random() < 0.6:
                continue
            era = rng.randint(0, 2)
            nm = rng.choice(['过渡接头', '转换接头', '变径接头', '外螺纹过渡接头'])
            t1, t2 = thread_disp(m, era), g
            spec = rng.choice(['%s-%s', '%s转%s', '%s/%s', '%s~%s']) % ((t1, t2) if rng.random() < 0.6 else (t2, t1))
            add('hydraulic', '03.04', nm, spec, rng.choice(['个', '只']), [],
                dict(htype='adapter', threads=sorted([m, g]), tpair='|'.join(sorted([m, g])), mat='carbon', brand='unbranded'), era)
    # plugs and test points
    for th in ['M10x1', 'M12x1.5', 'M14x1.5', 'M16x1.5', 'M18x1.5', 'M20x1.5', 'M22x1.5', 'M27x2', 'M33x2', 'G1/8', 'G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1']:
        for pt in rng.sample(['socket', 'hex'], rng.choice([1, 2])):
            era = rng.randint(0, 2)
            nm = {'socket': rng.choice(['内六角螺塞', '内六角堵头', '内六角油塞']), 'hex': rng.choice(['外六角螺塞', '六角堵头', '外六角油堵'])}[pt]
            add('hydraulic', '03.04', nm, thread_disp(th, era) + rng.choice(['', '', ' 带O型圈', ' 带组合垫']), rng.choice(['个', '只']), [],
                dict(htype='plug', ptype=pt, thread=th, mat='carbon'), era)
    for th in ['M10x1', 'M14x1.5', 'M16x1.5', 'M16x2', 'G1/4']:
        for br in rng.sample(['HYDAC', 'unbranded'], rng.choice([1, 2])):
            add('hydraulic', '03.04', rng.choice(['测压接头', '测压点', '压力测点接头']), thread_disp(th, 0) + (' HYDAC' if br == 'HYDAC' else ''),
                rng.choice(['个', '只']), [], dict(htype='testpoint', thread=th, brand=br))
    # hoses (bulk)
    DN = {6: '-04', 8: '-05', 10: '-06', 12: '-08', 16: '-10', 19: '-12', 25: '-16', 31: '-20', 38: '-24'}
    for ht in ['1SN', '2SN', '4SP', '4SH', 'R2AT']:
        for dn, dash in DN.items():
            if ht in ('4SP', '4SH') and dn < 10:
                continue
            if rng.random() < 0.3:
                continue
            for br in rng.sample(['Parker', 'Gates', 'unbranded', 'unbranded'], rng.choice([1, 2])):
                era = rng.randint(0, 2)
                nm = rng.choice({'1SN': ['钢丝编织胶管', '一层钢丝编织胶管', '高压胶管'], '2SN': ['钢丝编织胶管', '两层钢丝编织胶管', '高压胶管'],
                                 'R2AT': ['钢丝编织胶管', '高压胶管'], '4SP': ['钢丝缠绕胶管', '四层钢丝缠绕胶管', '高压胶管'],
                                 '4SH': ['钢丝缠绕胶管', '四层钢丝缠绕胶管', '高压胶管']}[ht])
                spec = rng.choice(['%s DN%d' % (ht, dn), '%s%s' % (ht, dash), 'DN%d %s' % (dn, ht), '%s-%d' % (ht, dn)])
                if br != 'unbranded':
                    spec += ' ' + {'Parker': rng.choice(['Parker', '派克']), 'Gates': rng.choice(['Gates', '盖茨'])}[br]
                add('hydraulic', '03.04', nm, spec, rng.choice(['米', 'M', '米']), [],
                    dict(htype='hose', hose=ht, dn=dn, brand=br, length=None), era)
    # hose assemblies
    ENDS = {6: ['M14x1.5', 'M16x1.5'], 8: ['M16x1.5', 'M18x1.5'], 10: ['M18x1.5', 'M20x1.5'], 12: ['M22x1.5', 'M24x1.5'],
            16: ['M27x2', 'M30x2'], 19: ['M30x2', 'M33x2'], 25: ['M36x2', 'M42x2']}
    for dn, ends in ENDS.items():
        for ht in ['1SN', '2SN']:
            for L in [300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000]:
                if rng.random() < 0.2:
                    continue
                for end in rng.sample(ends, rng.choice([1, 1, 2])):
                    era = rng.randint(0, 2)
                    nm = rng.choice(['胶管总成', '高压胶管总成', '油管总成', '液压软管总成'])
                    Ls = rng.choice(['L=%d' % L, 'L%d' % L, '%dmm' % L, '长%d' % L])
                    spec = rng.choice(['%s DN%d %s 两端%s', 'DN%d-%s-%s-%s', '%s-DN%d %s %s 24°内锥']) 
                    if spec.startswith('DN'):
                        spec = spec % (dn, ht, thread_disp(end, era), Ls)
                    else:
                        spec = spec % (ht, dn, Ls, thread_disp(end, era))
                    add('hydraulic', '03.04', nm, spec, rng.choice(['根', '条', '套']), [],
                        dict(htype='hose_assy', hose=ht, dn=dn, length=L, end=end, brand='unbranded'), era)
    # directional valves
    for size, design in [('6', '6X'), ('10', '3X')]:
        for spool in ['D', 'E', 'G', 'H', 'J', 'M', 'Y', 'C', 'EA', 'HA']:
            for volt, vcode in [('DC24', 'G24'), ('AC220', 'W220')]:
                if volt == 'AC220' and rng.random() < 0.6:
                    continue
                for v in ['', '/V'] if rng.random() < 0.25 else ['']:
                    if rng.random() < 0.2:
                        continue
                    model = '4WE%s%s%s/E%sN9K4%s' % (size, spool, design, vcode, v) if size == '6' else '4WE%s%s%s/C%sN9K4%s' % (size, spool, design, vcode, v)
                    valve_item('dir', model, 'Rexroth', dict(series='4WE' + size, spool=spool, volt=volt, sealm='FKM' if v else 'NBR'))
                if rng.random() < 0.6:
                    model = '4WE%s%s%s/%s%sN9Z5L' % (size, spool, '61B' if size == '6' else '31B', 'CG24' if volt == 'DC24' else 'CW220', '')
                    model = model.replace('/CG24', '/EG24') if False else model
                    valve_item('dir', model.replace('CW220', 'W220-50'), 'Huade', dict(series='4WE' + size, spool=spool, volt=volt, sealm='NBR'))
    for sz in ['01', '03']:
        for sp in ['3C2', '3C3', '3C4', '3C6', '3C40', '2B2', '2B3', '2D2']:
            for volt, vc in [('DC24', 'D24'), ('AC220', 'A220')]:
                if rng.random() < 0.45:
                    continue
                valve_item('dir', 'DSG-%s-%s-%s-N1-50' % (sz, sp, vc) if sz == '01' else 'DSG-%s-%s-%s-N1-50' % (sz, sp, vc), 'Yuken',
                           dict(series='DSG-' + sz, spool=sp, volt=volt, sealm='NBR'))
    for m in ['DBDS6K1X/315', 'DBDS10K1X/315', 'DBDS10K1X/200', 'DBDS20K1X/315', 'DBW10B2-5X/315-6EG24N9K4', 'DBW20B2-5X/315-6EG24N9K4',
              'DB10-1-5X/315', 'DB20-1-5X/315']:
        valve_item('relief', m, 'Rexroth', {})
    for m in ['DB10-1-50/315', 'DB20-1-50/315', 'DB10-2-50/315', 'DBW10B1-50/315-6AW220-50NZ5L', 'DA10-2-50/200']:
        valve_item('relief', m, 'Huade', {})
    for m in ['CG-03-B-10', 'CG-06-B-10', 'BG-03-32', 'BG-06-32', 'DG-02-22']:
        valve_item('relief', m, 'Yuken', {})
    for m, br in [('S10P1.0', 'Huade'), ('S10P10-1X', 'Rexroth'), ('S20P1.0', 'Huade'), ('S6A1.0', 'Huade'), ('S6A1.0/2', 'Huade'),
                  ('Z2S6-1-6X', 'Rexroth'), ('Z2S10-1-3X', 'Rexroth'), ('Z2S6-6X', 'Rexroth'), ('CIT-03-04-50', 'Yuken'), ('CRT-06-50', 'Yuken'),
                  ('SV10PA1-4X', 'Rexroth'), ('SL20PA1-4X', 'Rexroth')]:
        valve_item('check', m, br, {})
    for m, br in [('MK10G1.2', 'Rexroth'), ('MK8G1.2', 'Rexroth'), ('MK10G1.2/V', 'Rexroth'), ('DV10-1-10B', 'Huade'), ('DV20-1-10B', 'Huade'),
                  ('Z2FS6-2-4X/2QV', 'Rexroth'), ('Z2FS10-5-3X/V', 'Rexroth'), ('Z2FS6-30B/S2', 'Huade')]:
        valve_item('throttle', m, br, {})
    for m, br in [('DR10-5-5X/315Y', 'Rexroth'), ('DR10-5-5X/200Y', 'Rexroth'), ('ZDR6DP2-4X/210YM', 'Rexroth'), ('ZDR6DP2-4X/75YM', 'Rexroth'),
                  ('DR10-5-50/315Y', 'Huade')]:
        valve_item('reducing', m, br, {})
    for m in ['KHB-G1/4', 'KHB-G3/8', 'KHB-G1/2', 'KHB-G3/4', 'KHB-G1', 'KHB-M22x1.5', 'KHB-M18x1.5', 'KHB-M27x2', 'BKH-G1/2', 'BKH-G3/4',
              'YJZQ-H15N', 'YJZQ-J15N', 'YJZQ-H20N', 'YJZQ-H25W']:
        valve_item('ball', m, rng.choice(['unbranded', 'unbranded', 'Northman']), {})
    # filters
    for m, br, ft in [('HX-25x10', 'Leemin', 'return'), ('HX-40x10', 'Leemin', 'return'), ('HX-63x10', 'Leemin', 'return'), ('HX-63x10Q', 'Leemin', 'return'),
                      ('HX-100x10', 'Leemin', 'return'), ('HX-160x20', 'Leemin', 'return'), ('HX-250x20', 'Leemin', 'return'),
                      ('TFX-100x80', 'Leemin', 'suction'), ('TFX-160x80', 'Leemin', 'suction'), ('TFX-250x80', 'Leemin', 'suction'),
                      ('WU-100x180-J', 'Leemin', 'suction'), ('WU-160x180-J', 'Leemin', 'suction'), ('WU-100x180', 'Leemin', 'suction'),
                      ('ZU-A100x10S', 'Leemin', 'pressure'), ('ZU-A160x10S', 'Leemin', 'pressure'), ('ZU-H100x10BP', 'Leemin', 'pressure'),
                      ('RFA-160x20L-Y', 'Leemin', 'return'), ('RFA-250x10L-Y', 'Leemin', 'return'), ('FAX-400x10', 'Leemin', 'return'),
                      ('0160D010BN4HC', 'HYDAC', 'pressure'), ('0240D010BN4HC', 'HYDAC', 'pressure'), ('0110R010BN4HC', 'HYDAC', 'return'),
                      ('0160R010BN4HC', 'HYDAC', 'return'), ('0330R010BN4HC', 'HYDAC', 'return'), ('937399Q', 'Parker', 'return'),
                      ('932612Q', 'Parker', 'return'), ('SFX-240x10', 'Leemin', 'suction'), ('LH0160D010BN3HC', 'unbranded', 'pressure')]:
        era = rng.randint(0, 2)
        nm = {'return': rng.choice(['回油滤芯', '滤芯', '回油过滤器滤芯']), 'suction': rng.choice(['吸油滤芯', '滤芯', '吸油过滤器滤芯']),
              'pressure': rng.choice(['高压滤芯', '滤芯', '压力管路滤芯'])}[ft]
        disp = m.replace('x', rng.choice(['x', '×', '*'])) if 'x' in m else m
        spec = disp + {'Leemin': rng.choice([' 黎明', '', ' 温州黎明']), 'HYDAC': rng.choice([' HYDAC', ' 贺德克']), 'Parker': ' Parker',
                       'unbranded': ' (替代HYDAC)'}[br]
        add('hydraulic', '03.04', nm, spec, rng.choice(['个', '支', '只']), [], dict(htype='filter', model=m, ftype=ft, brand=br), era)
    # gauges
    for gt in ['YN', 'Y']:
        for dia, th in [(60, 'M14x1.5'), (100, 'M20x1.5'), (60, 'G1/4'), (40, 'G1/8')]:
            for rg in ['1', '1.6', '2.5', '4', '6', '10', '16', '25', '40', '60']:
                if rng.random() < 0.55:
                    continue
                for mount in ['radial'] + (['axial'] if rng.random() < 0.2 else []):
                    era = rng.randint(0, 2)
                    nm = {'YN': rng.choice(['耐震压力表', '抗震压力表', '压力表']), 'Y': rng.choice(['压力表', '普通压力表'])}[gt]
                    typ = '%s-%d' % (gt, dia) + ('Z' if mount == 'axial' else '')
                    spec = '%s 0-%sMPa %s' % (typ, rg, thread_disp(th, era)) if rng.random() < 0.7 else '0~%sMPa %s %s' % (rg, typ, thread_disp(th, era))
                    if mount == 'axial' and rng.random() < 0.5:
                        spec += ' 轴向'
                    add('hydraulic', '03.04', nm, spec, rng.choice(['个', '只', '块']), [],
                        dict(htype='gauge', gtype=gt, dia=dia, range=rg, thread=th, mount=mount), era)
    # pumps / accumulators
    for m in ['CBN-E304', 'CBN-E306', 'CBN-E310', 'CBN-E314', 'CBN-E316', 'CBN-E320', 'CBN-F306', 'CBN-F310', 'CBN-F320', 'CBN-F325',
              'PV2R1-8-F-RAA-41', 'PV2R1-12-F-RAA-41', 'PV2R1-19-F-RAA-41', 'PV2R2-33-F-RAA-41', 'PV2R2-41-F-RAA-41', 'A10VSO28DR/31R-PPA12N00',
              'A10VSO45DFR1/31R-PPA12N00', 'VP-20-FA3', 'VP-30-FA3']:
        br = 'Yuken' if m.startswith('PV2R') else 'Rexroth' if m.startswith('A10') else 'unbranded'
        nm = '齿轮泵' if m.startswith('CBN') else '叶片泵' if m.startswith(('PV', 'VP')) else '柱塞泵'
        valve_item('pump', m, br, {}, name=nm)
    for v in ['0.63', '1', '1.6', '2.5', '4', '6.3', '10', '16', '25', '40']:
        m = 'NXQ-A-%s/31.5-L-Y' % v if rng.random() < 0.7 else 'NXQ-AB-%s/31.5-L-Y' % v
        valve_item('accumulator', m, 'unbranded', {}, name=rng.choice(['蓄能器', '皮囊式蓄能器']))


def valve_item(vtype, model, brand, extra, name=None):
    era = rng.randint(0, 2)
    if name is None:
        name = {'dir': rng.choice(['电磁换向阀', '电磁阀', '电磁换向阀', '换向阀']),
                'relief': rng.choice(['溢流阀', '先导式溢流阀', '溢流阀']),
                'check': rng.choice(['单向阀', '液控单向阀' if model.startswith(('Z2S', 'SV', 'SL')) else '单向阀']),
                'throttle': rng.choice(['节流阀', '单向节流阀']), 'reducing': rng.choice(['减压阀', '先导减压阀']),
                'ball': rng.choice(['高压球阀', '高压球阀', '球阀'])}[vtype]
    bd = {'Rexroth': rng.choice(['力士乐', 'Rexroth', '博世力士乐', 'REXROTH']), 'Huade': rng.choice(['华德', '北京华德']),
          'Yuken': rng.choice(['油研', 'YUKEN', '油研YUKEN']), 'Northman': rng.choice(['北部精机', 'Northman']), 'unbranded': ''}[brand]
    r = rng.random()
    if r < 0.5:
        spec = model + (' ' + bd if bd else '')
        nm = name
    elif r < 0.75:
        spec = model
        nm = name + ('(' + bd + ')' if bd else '')
    else:
        spec = (bd + ' ' if bd else '') + model
        nm = name
    a = dict(htype='valve', vtype=vtype, model=model, brand=brand)
    a.update(extra)
    add('hydraulic', '03.04', nm, spec, rng.choice(['个', '台', '件', '只']), [], a, era)


# ===========================================================================
# NON-STANDARD PURCHASED PARTS (drawing numbers / part codes)
# ===========================================================================
PNAMES = ['支架', '连接板', '端盖', '法兰', '阀芯', '阀套', '压板', '导向套', '活塞', '缸盖', '油箱盖', '垫板', '底座', '轴套', '衬套',
          '齿轮', '皮带轮', '联轴器', '丝杠', '螺母座', '挡板', '护罩', '手柄', '铰链', '定位块', '接头体', '弹簧', '轴', '销轴', '托架']
MATS = [('45#', 40), ('Q235', 25), ('HT250', 10), ('QT450', 5), ('40Cr', 8), ('304', 7), ('铝6061', 5)]
FINS = [('发黑', 30), ('镀锌', 20), ('喷塑', 15), ('', 35)]


def gen_codes():
    used = set()

    def part(code, name=None, extra_alias=()):
        era = rng.randint(0, 2)
        nm = name or rng.choice(PNAMES)
        mat = wchoice(MATS)
        fin = wchoice(FINS)
        r = rng.random()
        if r < 0.4:
            n, s = nm, code + (' ' + mat if rng.random() < 0.5 else '') + (' ' + fin if fin else '')
        elif r < 0.7:
            n, s = nm + code, mat + (' ' + fin if fin else '')
        else:
            n, s = nm, rng.choice(['图号:', '图号', 'DWG ']) + code + (' ' + mat if rng.random() < 0.5 else '')
        al = list(extra_alias)
        add('code', '03.05', n, s, rng.choice(['件', '个', '套', 'PCS']), al, dict(pname=nm, code=code), era)
        used.add(code)
        return nm

    # X-series part codes with revision letters and 4-digit neighbours
    xs = rng.sample(range(101, 200), 60)
    for n in sorted(xs):
        if n in (117, 119, 143):
            continue
        nm = part('X-%d' % n)
        if rng.random() < 0.45:
            for suf in rng.sample(['A', 'B', 'C'], rng.choice([1, 1, 2])):
                part('X-%d%s' % (n, suf), nm if rng.random() < 0.7 else None)
        if rng.random() < 0.15:
            part('X-%d0' % n)
    for n in (115,):
        if 'X-115' not in used:
            nm = part('X-115')
        for c in ['X-115B', 'X-1150', 'X-115A']:
            if c not in used:
                part(c, '支架')
    # Y / DZ style codes
    for pre in ['Y', 'DZ', 'JX', 'KB']:
        for n in rng.sample(range(10, 99), 12):
            c = '%s-%d' % (pre, n)
            part(c)
            if rng.random() < 0.3:
                part(c + '-1')
    # drawing numbers of the plant's products
    for prod in ['HV63', 'HV80', 'YG125', 'MC6140', 'CK6150', 'ZX40']:
        for grp in rng.sample(range(1, 9), 4):
            for seq in rng.sample(range(1, 40), rng.randint(3, 7)):
                c = '%s-%02d-%03d' % (prod, grp, seq)
                al = ['旧图号%s.%02d.%03d' % (prod, grp, seq)] if rng.random() < 0.2 else []
                nm = part(c, extra_alias=al)
                if rng.random() < 0.2:
                    part(c + rng.choice(['A', '-1', 'B']), nm)


# ===========================================================================
# OTHER RAW MATERIALS / CONSUMABLES
# ===========================================================================
def gen_other():
    for g in ['45#', '40Cr', 'Q235', '20#', '42CrMo', '304', '6061', 'H62']:
        for d in [10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 32, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120]:
            if rng.random() < (0.3 if g in ('45#', '40Cr', 'Q235') else 0.7):
                continue
            era = rng.randint(0, 2)
            nm = {'6061': rng.choice(['铝棒', '6061铝棒']), 'H62': rng.choice(['黄铜棒', 'H62黄铜棒']), '304': rng.choice(['不锈钢圆棒', '304圆钢'])}.get(
                g, rng.choice(['圆钢', '圆钢', '圆棒', '%s圆钢' % g]))
            spec = rng.choice(['Φ%d', 'φ%d', 'D%d', '直径%d', 'Φ%dmm']) % d
            if g not in nm:
                spec = g + ' ' + spec if rng.random() < 0.7 else spec + ' ' + g
            add('other', '01.01', nm, spec, rng.choice(['公斤', 'KG', 'kg', '米', '根']), [],
                dict(mtype='round', grade=g.replace('#', ''), dia=d), era)
    for g in ['Q235', '45#', 'Q345']:
        for t in [2, 3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 25, 30]:
            if rng.random() < 0.35:
                continue
            era = rng.randint(0, 2)
            pnm = rng.choice(['钢板', '钢板', '中厚板', '%s钢板' % g])
            add('other', '01.01', pnm,
                rng.choice(['δ%d', '%dmm', 't=%d', '厚%d']) % t + ('' if g in pnm else ' ' + g), rng.choice(['公斤', 'KG', '吨']), [],
                dict(mtype='plate', grade=g.replace('#', ''), thick=t), era)
    for od, w in [(10, 2), (12, 2), (14, 2), (16, 2), (16, 2.5), (18, 2), (20, 2), (20, 3), (22, 2), (22, 3), (25, 3), (28, 3), (30, 3),
                  (32, 4), (38, 4), (42, 5), (48, 5), (57, 6), (60, 5), (76, 6), (89, 8)]:
        era = rng.randint(0, 2)
        sp = sep_pick(era)
        add('other', '01.02', rng.choice(['无缝钢管', '无缝管', '20#无缝钢管']), rng.choice(['Φ', 'φ', '']) + '%s%s%s' % (fnum(od), sp, fnum(w)) + rng.choice([' 20#', ' GB/T8163', '', ' 20# GB/T8163-2018']),
            rng.choice(['米', '公斤', '根']), [], dict(mtype='pipe', od=fnum(od), wall=fnum(w), grade='20'), era)
    for od, w in [(6, 1), (8, 1), (8, 1.5), (10, 1.5), (10, 2), (12, 1.5), (12, 2), (14, 2), (15, 2), (16, 2), (18, 2), (18, 2.5), (20, 2.5),
                  (22, 2.5), (22, 3), (25, 3), (28, 3), (30, 4), (35, 4), (38, 5), (42, 5)]:
        era = rng.randint(0, 2)
        sp = sep_pick(era)
        add('other', '01.02', rng.choice(['精密钢管', '液压精密管', '冷拔精密无缝管', '精拔管']), '%s%s%s' % (fnum(od), sp, fnum(w)) + rng.choice([' E235', ' 20#', '', ' GB/T3639']),
            rng.choice(['米', '根']), [], dict(mtype='ptube', od=fnum(od), wall=fnum(w)), era)
    for prod, grades, brands in [('hyd_oil', ['32', '46', '68'], ['Greatwall', 'Kunlun', 'Mobil']), ('gear_oil', ['150', '220', '320'], ['Greatwall', 'Kunlun', 'Mobil']),
                                 ('grease', ['0', '1', '2', '3'], ['Greatwall', 'Mobil'])]:
        for g in grades:
            for br in rng.sample(brands, rng.choice([1, 2, 2])):
                for pack in rng.sample({'hyd_oil': ['18L', '170KG', '200L'], 'gear_oil': ['18L', '170KG'], 'grease': ['15KG', '400G', '180KG']}[prod], rng.choice([1, 2])):
                    era = rng.randint(0, 2)
                    bd = {'Greatwall': rng.choice(['长城', '长城牌']), 'Kunlun': '昆仑', 'Mobil': rng.choice(['美孚', 'Mobil'])}[br]
                    if prod == 'hyd_oil':
                        nm = rng.choice(['抗磨液压油', '液压油', 'L-HM液压油'])
                        spec = rng.choice(['L-HM%s', '%s#', 'HM%s', '%s号']) % g
                    elif prod == 'gear_oil':
                        nm = rng.choice(['工业齿轮油', '齿轮油', '中负荷工业齿轮油'])
                        spec = rng.choice(['L-CKC%s', '%s#', 'CKC%s']) % g
                    else:
                        nm = rng.choice(['锂基润滑脂', '锂基脂', '通用锂基脂'])
                        spec = rng.choice(['%s#', '%s号', 'NLGI %s']) % g
                    spec = '%s %s %s' % (bd, spec, pack) if rng.random() < 0.5 else '%s %s %s' % (spec, pack, bd)
                    add('other', '04.01', nm, spec, rng.choice(['桶', '桶', '支', 'KG']), [], dict(mtype=prod, grade=g, brand=br, pack=pack), era)
    for m in ['243', '242', '262', '270', '271', '272', '290', '545', '567', '569', '577', '638', '648', '680', '401', '406', '480',
              '510', '515', '518', '5699', '7649', '222', '2701']:
        for pack in rng.sample(['50ml', '250ml', '20g', '300ml'], rng.choice([1, 1, 2])):
            era = rng.randint(0, 2)
            nm = rng.choice(['乐泰胶', '螺纹锁固剂', '乐泰', '厌氧胶', '胶水'])
            spec = rng.choice(['乐泰%s %s', 'LOCTITE %s %s', '%s %s']) % (m, pack)
            add('other', '04.01', nm, spec, rng.choice(['支', '瓶']), [], dict(mtype='loctite', model=m, pack=pack), era)
    for w, l in [(3, 100), (3, 150), (4, 200), (4, 250), (5, 200), (5, 300), (8, 300), (8, 400)]:
        add('other', '04.01', rng.choice(['尼龙扎带', '扎带']), '%dx%d' % (w, l) + rng.choice(['', ' 白色', ' 黑色']), rng.choice(['包', '根']), [],
            dict(mtype='tie', w=w, l=l))
    add('other', '04.01', '生料带', '20m', '卷', [], dict(mtype='ptfe_tape'))


# ===========================================================================
def assign_numbers():
    groups = {}
    for it in ITEMS:
        groups.setdefault(it['group'], []).append(it)
    cat = {'03.01': ['标准件', '标准件', '紧固件'], '03.02': ['轴承', '标准件-轴承', '轴承'], '03.03': ['密封件', '密封件', '橡胶密封件'],
           '03.04': ['液压件', '液压元件', '液压件'], '03.05': ['外购件', '外购件', '外协件'], '01.01': ['原材料', '钢材', '钢材'],
           '01.02': ['原材料', '管材', '管材'], '04.01': ['辅料', '辅料', '油品及辅料']}
    old_ctr = [100]
    for g, its in groups.items():
        rng.shuffle(its)
        its.sort(key=lambda x: x['era'])
        for i, it in enumerate(its, 1):
            it['number'] = '%s.%04d' % (g, i) if len(its) < 10000 else '%s.%05d' % (g, i)
            it['category'] = cat[g][it['era']]
            if it['era'] == 0 and rng.random() < 0.3:
                old_ctr[0] += rng.randint(1, 4)
                it['aliases'].append(rng.choice(['旧编码%s' % ('3%s%04d' % (g[-1], old_ctr[0])), 'Y%s-%04d' % (g.replace('.', ''), old_ctr[0])]))


def main():
    gen_fasteners()
    gen_bearings()
    gen_seals()
    gen_hydraulics()
    gen_codes()
    gen_other()
    assign_numbers()
    ITEMS.sort(key=lambda x: x['number'])
    nums = [i['number'] for i in ITEMS]
    assert len(nums) == len(set(nums))
    with open(os.path.join(OUT, 'catalogue.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
        for it in ITEMS:
            w.writerow([it['number'], it['name'], re.sub(r'\s+', ' ', it['spec']).strip(), it['unit'], it['category'], ';'.join(it['aliases'])])
    with open(os.path.join(OUT, 'items_attrs.jsonl'), 'w', encoding='utf-8') as f:
        for it in ITEMS:
            f.write(json.dumps(dict(number=it['number'], kind=it['kind'], a=it['a']), ensure_ascii=False, sort_keys=True) + '\n')
    cnt = {}
    for it in ITEMS:
        cnt[it['kind']] = cnt.get(it['kind'], 0) + 1
    print('items', len(ITEMS), cnt)


if __name__ == '__main__':
    main()
