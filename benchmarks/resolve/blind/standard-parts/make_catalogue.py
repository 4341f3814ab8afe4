#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind standard-parts catalogue (K/3 style) and a chat-query benchmark for a material resolver.

stdlib only, deterministic (fixed seeds).  Writes, next to this file:
  catalogue.csv   number,name,spec,unit,category,aliases   (>= 20,000 items)
  queries.jsonl   {"query": ..., "expect": "<number>" | null, "kind": ..., "style": ...}

Every item carries structured attributes (never written out).  A query is rendered from its target's
attributes and records, for every thing it states, the set of attribute values a careful reader would
accept (e.g. "镀锌" accepts electro-zinc, yellow zinc and hot-dip zinc; an omitted finish accepts any).
A query is kept only if exactly one catalogue item is consistent with everything it states; a null
query only if none is.  Omitted attributes are wildcards, except for the two trade conventions
"a bare bearing number is the open bearing" and "a bare suffix-less designation is the one without
suffix" (6204 vs 6204-2RS, NU206 vs NU206E), which is what issue 14 asks a resolver to honour.
"""
import csv
import json
import os
import random
import sys
from collections import defaultdict, Counter

SEED = 5782
HERE = os.path.dirname(os.path.abspath(__file__))
RC = random.Random(SEED)          # catalogue
RQ = random.Random(SEED + 1)      # queries

ITEMS = []
_SEEN = set()


def p(prob, r=RC):
    return r.random() < prob


def ch(seq, r=RC):
    return seq[r.randrange(len(seq))]


def add(group, fam, name, spec, attrs, unit='PCS', mn=None):
    attrs = dict(attrs)
    attrs['fam'] = fam
    key = tuple(sorted((k, str(v)) for k, v in attrs.items()))
    if key in _SEEN:
        return None
    _SEEN.add(key)
    spec = ' '.join(spec.split())
    it = {'group': group, 'name': name, 'spec': spec, 'unit': unit, 'attrs': attrs,
          'mn': mn, 'seq': len(ITEMS), 'aliases': []}
    ITEMS.append(it)
    return it


# ----------------------------------------------------------------------------------------------
# Fasteners
# ----------------------------------------------------------------------------------------------
STD = {  # canonical designation -> (family, year)
    'GB/T 5782': ('HB_P', '2016'), 'DIN 931': ('HB_P', None), 'ISO 4014': ('HB_P', '2011'),
    'GB/T 5785': ('HB_P', '2016'),
    'GB/T 5783': ('HB_F', '2016'), 'DIN 933': ('HB_F', None), 'ISO 4017': ('HB_F', '2014'),
    'GB/T 5786': ('HB_F', '2016'),
    'GB/T 5789': ('FB', '1986'), 'DIN 6921': ('FB', None),
    'GB/T 70.1': ('SHCS', '2008'), 'DIN 912': ('SHCS', None), 'ISO 4762': ('SHCS', '2004'),
    'GB/T 70.3': ('CSK_S', '2008'), 'DIN 7991': ('CSK_S', None),
    'GB/T 70.2': ('BHCS', '2015'), 'ISO 7380': ('BHCS', '2011'),
    'GB/T 818': ('PAN', '2016'), 'DIN 7985': ('PAN', None),
    'GB/T 819.1': ('CSK_P', '2016'), 'DIN 965': ('CSK_P', None),
    'GB/T 77': ('SET_FLAT', '2007'), 'DIN 913': ('SET_FLAT', None),
    'GB/T 78': ('SET_CONE', '2007'), 'DIN 914': ('SET_CONE', None),
    'GB/T 80': ('SET_CUP', '2007'), 'DIN 916': ('SET_CUP', None),
    'GB/T 825': ('EYE', '1988'), 'DIN 580': ('EYE', None),
    'GB/T 6170': ('NUT', '2015'), 'DIN 934': ('NUT', None), 'ISO 4032': ('NUT', '2012'),
    'GB/T 6171': ('NUT', '2016'),
    'GB/T 6172.1': ('NUT_THIN', '2016'), 'DIN 439': ('NUT_THIN', None),
    'GB/T 889.1': ('NUT_NY', '2015'), 'DIN 985': ('NUT_NY', None),
    'GB/T 6177.1': ('NUT_FL', '2016'), 'DIN 6923': ('NUT_FL', None),
    'GB/T 97.1': ('WAS', '2002'), 'DIN 125': ('WAS', None), 'ISO 7089': ('WAS', '2000'),
    'GB/T 96.1': ('WAS_L', '2002'), 'DIN 9021': ('WAS_L', None),
    'GB/T 93': ('WAS_S', '1987'), 'DIN 127': ('WAS_S', None),
    'GB/T 897': ('STUD', '1988'), 'GB/T 898': ('STUD', '1988'), 'GB/T 899': ('STUD', '1988'),
    'GB/T 900': ('STUD', '1988'),
    'DIN 975': ('ROD', None), 'GB/T 15389': ('ROD', '1994'),
    'GB/T 867': ('RIV_S', '1986'),
    'GB/T 12618.1': ('RIV_B', '2006'), 'GB/T 12617.1': ('RIV_BC', '2006'),
    'GB/T 17880.1': ('RIV_N', '1999'), 'GB/T 17880.3': ('RIV_N', '1999'),
    'GB/T 119.1': ('PIN_D', '2000'), 'GB/T 119.2': ('PIN_D', '2000'),
    'GB/T 117': ('PIN_T', '2000'), 'GB/T 879.1': ('PIN_SP', '2018'), 'GB/T 91': ('PIN_C', '2000'),
}
# short forms that are unambiguous in this catalogue (no sibling part number is stocked)
STD_SHORT_OK = {'GB/T 97.1': 'GB97', 'GB/T 6172.1': 'GB6172', 'GB/T 889.1': 'GB889',
                'GB/T 6177.1': 'GB6177', 'GB/T 96.1': 'GB96', 'GB/T 819.1': 'GB819',
                'GB/T 879.1': 'GB879'}


def std_parts(std):
    org, num = std.split(' ', 1)
    return org, num


def std_cat(std):
    """How a catalogue clerk writes a standard."""
    org, num = std_parts(std)
    year = STD[std][1]
    if org == 'GB/T':
        opts = ['GB/T' + num, 'GB/T ' + num, 'GB' + num, 'GB/T' + num]
        if year:
            opts += ['GB/T%s-%s' % (num, year), 'GB/T %s-%s' % (num, year)]
        return ch(opts)
    if org == 'DIN':
        return ch(['DIN' + num, 'DIN ' + num, 'DIN' + num])
    if year:
        return ch(['ISO' + num, 'ISO ' + num, 'ISO %s-%s' % (num, year)])
    return ch(['ISO' + num, 'ISO ' + num])


FIN_CAT = {'ZN': ['镀锌', '蓝白锌', 'Zn', '镀蓝白锌', '白锌', '镀锌', 'ZP'],
           'YZN': ['彩锌', '镀彩锌', '黄锌'],
           'HDG': ['热镀锌', '热浸锌', 'HDG'],
           'BLK': ['发黑', '黑色', '氧化发黑', '发黑'],
           'DAC': ['达克罗', 'Dacromet', '达克罗'],
           'PLAIN': ['本色', '', '本色', '不处理']}
MAT_CAT = {'A2': ['SS304', '304', 'A2-70', '不锈钢304', 'SUS304', 'A2-70'],
           'A4': ['SS316', '316', 'A4-80', '不锈钢316', 'SUS316', 'A4-80'],
           '201': ['201', 'SS201', '不锈钢201'],
           'AL': ['铝', '铝制'], }
MAT_CAT_NC = {'A2': ['SS304', '304', '不锈钢304', 'SUS304'], 'A4': ['SS316', '316', '不锈钢316', 'SUS316'],
              '201': ['201', 'SS201', '不锈钢201']}
NOCLASS = {'WAS', 'WAS_L', 'WAS_S', 'RIV_B', 'RIV_BC', 'RIV_S', 'RIV_N', 'PIN_D', 'PIN_T', 'PIN_SP', 'PIN_C', 'EYE'}

FAM_NAMES = {
    'HB_P': ['六角头螺栓', '外六角螺栓', '六角螺栓', '六角头螺栓'],
    'HB_P0': ['六角头螺栓(半牙)', '半牙外六角螺栓', '半螺纹六角螺栓'],
    'HB_F': ['六角头螺栓', '外六角螺栓', '全牙外六角螺栓', '六角头螺栓(全螺纹)', '外六角螺丝'],
    'HB_F0': ['全牙外六角螺栓', '六角头螺栓(全螺纹)', '全螺纹六角螺栓', '全牙外六角螺丝'],
    'FB': ['六角法兰面螺栓', '法兰螺栓', '六角法兰螺栓', '法兰面螺栓'],
    'SHCS': ['内六角圆柱头螺钉', '内六角螺钉', '内六角螺丝', '杯头螺丝', '内六角圆柱头螺钉', '内六角螺栓'],
    'CSK_S': ['内六角沉头螺钉', '沉头内六角螺丝', '内六角平头螺丝', '平杯螺丝'],
    'BHCS': ['内六角圆头螺钉', '内六角半圆头螺钉', '圆杯螺丝'],
    'PAN': ['十字槽盘头螺钉', '十字盘头螺钉', '盘头十字螺丝', '十字圆头螺丝'],
    'CSK_P': ['十字槽沉头螺钉', '十字沉头螺钉', '十字平头螺丝', '沉头十字螺丝'],
    'SET_FLAT': ['内六角平端紧定螺钉', '平端紧定螺钉', '内六角平端机米', '平端顶丝'],
    'SET_CONE': ['内六角锥端紧定螺钉', '锥端紧定螺钉', '尖头机米', '锥端顶丝'],
    'SET_CUP': ['内六角凹端紧定螺钉', '凹端紧定螺钉', '凹端机米', '凹端顶丝'],
    'EYE': ['吊环螺钉', '吊环螺栓', '吊环'],
    'NUT': ['六角螺母', '螺母', '六角螺帽', '六角螺母'],
    'NUT0': ['六角螺母', '六角螺帽'],
    'NUT_THIN': ['六角薄螺母', '薄螺母', '薄型六角螺母'],
    'NUT_NY': ['尼龙锁紧螺母', '尼龙自锁螺母', '尼龙锁紧螺母'],
    'NUT_FL': ['六角法兰面螺母', '法兰螺母', '法兰面螺母'],
    'WAS': ['平垫圈', '平垫', '平垫片', '平垫圈'],
    'WAS_L': ['大垫圈', '大平垫', '加大平垫圈'],
    'WAS_S': ['弹簧垫圈', '弹垫', '弹簧垫片', '弹簧垫圈'],
    'STUD': ['双头螺柱', '双头螺栓'],
    'ROD': ['全螺纹螺柱', '全牙螺杆', '丝杆', '牙条', '通丝螺杆'],
    'RIV_B': ['抽芯铆钉', '开口型抽芯铆钉', '拉铆钉', '抽芯铆钉'],
    'RIV_BC': ['沉头抽芯铆钉', '沉头拉铆钉'],
    'RIV_S': ['半圆头铆钉', '实心铆钉(半圆头)'],
    'RIV_Nflat': ['拉铆螺母', '平头拉铆螺母', '铆螺母'],
    'RIV_Ncsk': ['小沉头拉铆螺母', '沉头拉铆螺母'],
    'PIN_D': ['圆柱销', '定位销', '圆柱销'],
    'PIN_T': ['圆锥销', '锥销'],
    'PIN_SP': ['弹性圆柱销', '弹性销', '弹簧销'],
    'PIN_C': ['开口销'],
}
GROUP_OF = {'HB_P': '03.01', 'HB_F': '03.01', 'FB': '03.01', 'EYE': '03.01',
            'SHCS': '03.02', 'CSK_S': '03.02', 'BHCS': '03.02', 'PAN': '03.02', 'CSK_P': '03.02',
            'SET_FLAT': '03.02', 'SET_CONE': '03.02', 'SET_CUP': '03.02',
            'NUT': '03.03', 'NUT_THIN': '03.03', 'NUT_NY': '03.03', 'NUT_FL': '03.03', 'RIV_N': '03.03',
            'WAS': '03.04', 'WAS_L': '03.04', 'WAS_S': '03.04',
            'STUD': '03.05', 'ROD': '03.05',
            'RIV_B': '03.06', 'RIV_BC': '03.06', 'RIV_S': '03.06',
            'PIN_D': '03.07', 'PIN_T': '03.07', 'PIN_SP': '03.07', 'PIN_C': '03.07'}
MN_PREFIX = {'HB_P': 'LJLS', 'HB_F': 'QYLS', 'FB': 'FLLS', 'EYE': 'DHLD', 'SHCS': 'NLJ', 'CSK_S': 'CTNLJ',
             'BHCS': 'YTNLJ', 'PAN': 'PTSZ', 'CSK_P': 'CTSZ', 'SET_FLAT': 'JDLD', 'SET_CONE': 'JDLD',
             'SET_CUP': 'JDLD', 'NUT': 'LM', 'NUT_THIN': 'BLM', 'NUT_NY': 'NLLM', 'NUT_FL': 'FLLM',
             'RIV_N': 'LMLM', 'WAS': 'PD', 'WAS_L': 'DPD', 'WAS_S': 'TD', 'STUD': 'SLZ', 'ROD': 'YT',
             'RIV_B': 'CXMD', 'RIV_BC': 'CXMD', 'RIV_S': 'MD', 'PIN_D': 'YZX', 'PIN_T': 'YZX',
             'PIN_SP': 'TXX', 'PIN_C': 'KKX'}

FAST_F = 1.6
LEN_STD = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75,
           80, 90, 100, 110, 120, 130, 140, 150, 160, 180, 200, 220, 240, 260, 280, 300]
FINE_PITCH = {'8': ['1'], '10': ['1.25', '1'], '12': ['1.5', '1.25'], '14': ['1.5'], '16': ['1.5'],
              '18': ['1.5'], '20': ['1.5'], '22': ['1.5'], '24': ['2'], '27': ['2'], '30': ['2']}


def lens(lo, hi, skip=()):
    return [L for L in LEN_STD if lo <= L <= hi and L not in skip]


def render_fastener(fam, a, name_key=None):
    """name, spec for a fastener: every stated attribute appears in name or spec."""
    std, d, L, pitch = a.get('std'), a['d'], a.get('L'), a.get('pitch')
    grade, mat, fin = a.get('grade'), a['mat'], a.get('fin')
    # size
    if fam in ('RIV_B', 'RIV_BC', 'RIV_S', 'PIN_D', 'PIN_T', 'PIN_SP', 'PIN_C'):
        sep = ch(['x', '*', 'X', '×', '*'])
        dd = d
        if '.' not in d and p(0.15) and fam in ('RIV_B', 'RIV_BC'):
            dd = d + '.0'
        size = ch(['', 'Φ', '']) + dd + sep + str(L)
    elif L is None:
        size = 'M' + d + (('x' + pitch) if pitch else '')
        if fam in ('WAS', 'WAS_L', 'WAS_S') and p(0.3):
            size = ch(['Φ', '', 'M']) + d
    else:
        sep = ch(['x', '*', 'X', '×', '*', 'x', '-'])
        if pitch:
            size = 'M%s%s%s%s%s' % (d, ch(['x', '*', 'X']), pitch, sep if sep != '-' else 'x', L)
        else:
            size = 'M%s%s%s' % (d, sep, L)
        if fam == 'ROD' and p(0.3):
            size = 'M%s%s%s' % (d, ch(['x', '*']), ch(['%dm' % (L // 1000), 'L%d' % L, str(L)]))
    # grade / material
    bolt_like = fam not in NOCLASS
    if mat in ('A2', 'A4', '201'):
        gm = ch(MAT_CAT[mat] if bolt_like else MAT_CAT_NC[mat])
    elif mat == 'AL':
        gm = ch(MAT_CAT['AL'])
    else:
        gm = ''
        if grade:
            if grade in ('45H', 'HT'):
                gm = {'45H': '45H', 'HT': ch(['淬火', '淬硬', 'HRC58-62'])}[grade]
            else:
                gm = ch([grade + '级', grade, grade + '级', '%s级' % grade])
        if mat == 'CS' and fam in ('RIV_B', 'RIV_BC', 'RIV_S'):
            gm = ch(['铁', '钢', '碳钢'])
        if mat == 'CS' and fam == 'PIN_SP':
            gm = ch(['65Mn', '', '65Mn'])
        if mat == 'CS' and fam in ('PIN_D', 'PIN_T') and grade is None:
            gm = ch(['35#', '45#', '', '碳钢'])
    fin_txt = ch(FIN_CAT[fin]) if fin and fin != 'NA' else ''
    std_txt = std_cat(std) if std else ''
    std_in_name = bool(std) and p(0.3)
    style = RC.randrange(6)
    if style == 1 or style == 5:
        std_in_name = bool(std)
    base = ch(FAM_NAMES[name_key or fam])
    if mat in ('A2', 'A4', '201') and p(0.4):
        base = ch(['不锈钢', {'A2': '304', 'A4': '316', '201': '201'}[mat]]) + base
        if base.startswith('不锈钢') and p(0.5):
            gm = {'A2': ch(['304', 'A2-70', 'SS304'] if bolt_like else ['304', 'SS304']),
                  'A4': ch(['316', 'A4-80', 'SS316'] if bolt_like else ['316', 'SS316']), '201': '201'}[mat]
    if pitch and p(0.5):
        base = '细牙' + base
    name = base
    if std_in_name:
        name = base + ch([' ' + std_txt, '(%s)' % std_txt, std_txt, '-' + std_txt])
    pieces_std = [] if std_in_name else [std_txt]
    if style == 0:
        parts, sep = [size, gm, fin_txt] + pieces_std, ' '
    elif style == 1:
        parts, sep = [size, gm, {'镀锌': 'Zn', '发黑': '黑'}.get(fin_txt, fin_txt)], '-'
    elif style == 2:
        parts, sep = pieces_std + [size, gm, fin_txt], ' '
    elif style == 3:
        parts, sep = [size] + pieces_std + [gm + fin_txt], ' '
    elif style == 4:
        parts, sep = [size, gm, fin_txt] + pieces_std, ','
    else:
        parts, sep = [gm, fin_txt, size], ' '
    spec = sep.join(x for x in parts if x)
    return name, spec


def mn_fastener(fam, a):
    s = MN_PREFIX[fam] + ('M' if fam not in ('RIV_B', 'RIV_BC', 'RIV_S', 'PIN_D', 'PIN_T', 'PIN_SP',
                                             'PIN_C') else '') + a['d']
    if a.get('L'):
        s += 'X%s' % a['L']
    if p(0.5):
        g = a.get('grade') or a['mat']
        s += '-' + str(g).replace('.', '')
    return s.upper()


def gen_fastener(fam, dlen, configs, name_key0=None):
    """dlen: list of (d, [L...]) ; configs: (std, grade, mat, fin, prob[, cond])."""
    for d, Ls in dlen:
        for L in Ls:
            for cfg in configs:
                std, grade, mat, fin, prob = cfg[:5]
                cond = cfg[5] if len(cfg) > 5 else None
                if cond and not cond(d, L):
                    continue
                if not p(min(1.0, prob * FAST_F)):
                    continue
                a = {'std': std, 'd': d, 'L': L, 'grade': grade, 'mat': mat, 'fin': fin}
                pitch = None
                if std in ('GB/T 5785', 'GB/T 5786', 'GB/T 6171'):
                    if d not in FINE_PITCH:
                        continue
                    pitch = FINE_PITCH[d][0] if len(FINE_PITCH[d]) == 1 or p(0.7) else FINE_PITCH[d][1]
                a['pitch'] = pitch
                nk = None
                if std is None and name_key0:
                    nk = name_key0
                if fam == 'NUT' and std is None:
                    nk = 'NUT0'
                if fam == 'RIV_N':
                    nk = 'RIV_N' + a['head']
                name, spec = render_fastener(fam, a, nk)
                unit = 'PCS'
                if fam == 'ROD':
                    unit = ch(['PCS', 'PCS', '根'])
                add(GROUP_OF[fam], fam, name, spec, a, unit=unit, mn=mn_fastener(fam, a) if p(0.2) else None)


def gen_fastener_nolen(fam, ds, configs, extra=None):
    for d in ds:
        for cfg in configs:
            std, grade, mat, fin, prob = cfg[:5]
            cond = cfg[5] if len(cfg) > 5 else None
            if cond and not cond(d, None):
                continue
            if not p(min(1.0, prob * FAST_F)):
                continue
            a = {'std': std, 'd': d, 'L': None, 'grade': grade, 'mat': mat, 'fin': fin, 'pitch': None}
            if std == 'GB/T 6171':
                if d not in FINE_PITCH:
                    continue
                a['pitch'] = FINE_PITCH[d][0] if len(FINE_PITCH[d]) == 1 or p(0.7) else FINE_PITCH[d][1]
            if extra:
                a.update(extra)
            nk = None
            if fam == 'NUT' and std is None:
                nk = 'NUT0'
            if fam == 'RIV_N':
                nk = 'RIV_N' + a['head']
            name, spec = render_fastener(fam, a, nk)
            add(GROUP_OF[fam], fam, name, spec, a, mn=mn_fastener(fam, a) if p(0.2) else None)


def cs(grade, fin):
    return (grade, 'CS', fin)


def build_fasteners():
    big = lambda lo: (lambda d, L: float(d) >= lo)
    # hex bolts ---------------------------------------------------------------------------
    HB = {'5': (10, 50), '6': (10, 80), '8': (12, 100), '10': (16, 150), '12': (20, 200), '14': (25, 200),
          '16': (25, 240), '18': (35, 240), '20': (35, 300), '22': (40, 300), '24': (45, 300),
          '27': (50, 300), '30': (60, 300), '36': (80, 300), '4': (8, 40)}
    dl_p = [(d, lens(max(lo, 3.5 * int(d) + 5), hi, skip=(14, 18, 22, 28))) for d, (lo, hi) in HB.items()]
    dl_f = [(d, lens(lo, min(hi, 10 * int(d)), skip=(18, 22, 28))) for d, (lo, hi) in HB.items()]
    common = [
        (None, '4.8', 'CS', 'ZN', 0.55), (None, '8.8', 'CS', 'ZN', 0.9), (None, '8.8', 'CS', 'BLK', 0.7),
        (None, '8.8', 'CS', 'PLAIN', 0.3), (None, '8.8', 'CS', 'HDG', 0.3, big(12)),
        (None, '8.8', 'CS', 'YZN', 0.25), (None, '8.8', 'CS', 'DAC', 0.2),
        (None, '10.9', 'CS', 'BLK', 0.6), (None, '10.9', 'CS', 'ZN', 0.3), (None, '10.9', 'CS', 'DAC', 0.2),
        (None, '12.9', 'CS', 'BLK', 0.15), (None, None, 'A2', 'NA', 0.7), (None, None, 'A4', 'NA', 0.45),
        (None, None, '201', 'NA', 0.2)]

    def with_std(std, cfgs):
        return [(std,) + c[1:] for c in cfgs]
    din = [(None, '8.8', 'CS', 'ZN', 0.45), (None, '8.8', 'CS', 'PLAIN', 0.2), (None, '10.9', 'CS', 'BLK', 0.25),
           (None, None, 'A2', 'NA', 0.45), (None, None, 'A4', 'NA', 0.35)]
    iso = [(None, '8.8', 'CS', 'ZN', 0.15), (None, None, 'A2', 'NA', 0.12), (None, '10.9', 'CS', 'BLK', 0.08)]
    nostd = [(None, '4.8', 'CS', 'ZN', 0.15), (None, '8.8', 'CS', 'YZN', 0.08), (None, '4.8', 'CS', 'PLAIN', 0.1)]
    fine = [(None, '8.8', 'CS', 'ZN', 0.5), (None, '10.9', 'CS', 'BLK', 0.35), (None, '8.8', 'CS', 'BLK', 0.2)]
    gen_fastener('HB_P', dl_p, with_std('GB/T 5782', common) + with_std('DIN 931', din) +
                 with_std('ISO 4014', iso) + nostd + with_std('GB/T 5785', fine), name_key0='HB_P0')
    gen_fastener('HB_F', dl_f, with_std('GB/T 5783', common) + with_std('DIN 933', din) +
                 with_std('ISO 4017', iso) + nostd + with_std('GB/T 5786', fine), name_key0='HB_F0')
    FBd = [(d, lens(lo, hi, skip=(14, 18, 22, 28))) for d, (lo, hi) in
           {'5': (10, 50), '6': (10, 60), '8': (12, 80), '10': (16, 100), '12': (20, 120), '14': (25, 120),
            '16': (30, 150), '20': (40, 150)}.items()]
    gen_fastener('FB', FBd, [
        ('GB/T 5789', '8.8', 'CS', 'ZN', 0.8), ('GB/T 5789', '10.9', 'CS', 'ZN', 0.4),
        ('GB/T 5789', '10.9', 'CS', 'BLK', 0.3), ('GB/T 5789', '8.8', 'CS', 'DAC', 0.2),
        ('GB/T 5789', None, 'A2', 'NA', 0.5), ('DIN 6921', '8.8', 'CS', 'ZN', 0.3),
        ('DIN 6921', None, 'A2', 'NA', 0.3)])
    # socket head cap screws --------------------------------------------------------------
    SH = {'2': (4, 16), '2.5': (5, 20), '3': (5, 30), '4': (6, 40), '5': (8, 50), '6': (8, 80), '8': (10, 100), '10': (12, 120),
          '12': (16, 150), '14': (20, 150), '16': (20, 200), '20': (25, 200), '24': (30, 200), '30': (40, 200)}
    dl = [(d, lens(lo, hi)) for d, (lo, hi) in SH.items()]
    gen_fastener('SHCS', dl, [
        ('GB/T 70.1', '12.9', 'CS', 'BLK', 0.95), ('GB/T 70.1', '10.9', 'CS', 'BLK', 0.45),
        ('GB/T 70.1', '8.8', 'CS', 'BLK', 0.35), ('GB/T 70.1', '8.8', 'CS', 'ZN', 0.5),
        ('GB/T 70.1', '12.9', 'CS', 'ZN', 0.25), ('GB/T 70.1', '10.9', 'CS', 'ZN', 0.25),
        ('GB/T 70.1', '12.9', 'CS', 'DAC', 0.08), ('GB/T 70.1', '8.8', 'CS', 'YZN', 0.1),
        ('GB/T 70.1', None, 'A2', 'NA', 0.75), ('GB/T 70.1', None, 'A4', 'NA', 0.5),
        ('GB/T 70.1', None, '201', 'NA', 0.15),
        ('DIN 912', '12.9', 'CS', 'BLK', 0.5), ('DIN 912', '8.8', 'CS', 'ZN', 0.25),
        ('DIN 912', None, 'A2', 'NA', 0.45), ('DIN 912', None, 'A4', 'NA', 0.3),
        ('ISO 4762', '12.9', 'CS', 'BLK', 0.15), ('ISO 4762', None, 'A2', 'NA', 0.12),
        (None, '12.9', 'CS', 'BLK', 0.1), (None, None, 'A2', 'NA', 0.08), (None, '4.8', 'CS', 'ZN', 0.06)])
    CS_ = {'3': (8, 30), '4': (8, 40), '5': (8, 50), '6': (10, 60), '8': (12, 80), '10': (16, 100),
           '12': (20, 100), '16': (30, 100), '20': (40, 100)}
    gen_fastener('CSK_S', [(d, lens(lo, hi, skip=(14, 18, 22, 28))) for d, (lo, hi) in CS_.items()], [
        ('GB/T 70.3', '10.9', 'CS', 'BLK', 0.85), ('GB/T 70.3', '8.8', 'CS', 'ZN', 0.35),
        ('GB/T 70.3', '10.9', 'CS', 'ZN', 0.3), ('GB/T 70.3', None, 'A2', 'NA', 0.7),
        ('GB/T 70.3', None, 'A4', 'NA', 0.35), ('DIN 7991', '10.9', 'CS', 'BLK', 0.4),
        ('DIN 7991', None, 'A2', 'NA', 0.4), (None, '10.9', 'CS', 'BLK', 0.08)])
    BH = {'3': (5, 30), '4': (6, 40), '5': (8, 45), '6': (8, 50), '8': (10, 60), '10': (16, 60),
          '12': (20, 60), '16': (25, 60)}
    gen_fastener('BHCS', [(d, lens(lo, hi, skip=(14, 18, 22, 28))) for d, (lo, hi) in BH.items()], [
        ('GB/T 70.2', '10.9', 'CS', 'BLK', 0.85), ('GB/T 70.2', '10.9', 'CS', 'ZN', 0.4),
        ('GB/T 70.2', None, 'A2', 'NA', 0.75), ('GB/T 70.2', None, 'A4', 'NA', 0.35),
        ('ISO 7380', '10.9', 'CS', 'BLK', 0.4), ('ISO 7380', None, 'A2', 'NA', 0.4)])
    PN = {'2': (4, 16), '2.5': (4, 20), '3': (4, 30), '4': (5, 40), '5': (6, 50), '6': (8, 60), '8': (10, 60)}
    small = [(d, lens(lo, hi, skip=(7,))) for d, (lo, hi) in PN.items()]
    for fam, s1, s2 in (('PAN', 'GB/T 818', 'DIN 7985'), ('CSK_P', 'GB/T 819.1', 'DIN 965')):
        gen_fastener(fam, small, [
            (s1, '4.8', 'CS', 'ZN', 0.9), (s1, '4.8', 'CS', 'BLK', 0.4), (s1, '4.8', 'CS', 'YZN', 0.25),
            (s1, None, 'A2', 'NA', 0.85), (s1, None, 'A4', 'NA', 0.35), (s1, None, '201', 'NA', 0.2),
            (s2, None, 'A2', 'NA', 0.4), (s2, '4.8', 'CS', 'ZN', 0.25), (None, '4.8', 'CS', 'ZN', 0.15)])
    ST = {'3': (3, 16), '4': (4, 20), '5': (5, 25), '6': (5, 30), '8': (6, 40), '10': (8, 40),
          '12': (10, 50), '16': (16, 50)}
    sdl = [(d, lens(lo, hi, skip=(7, 14, 18, 22, 28))) for d, (lo, hi) in ST.items()]
    for fam, s1, s2 in (('SET_FLAT', 'GB/T 77', 'DIN 913'), ('SET_CONE', 'GB/T 78', 'DIN 914'),
                        ('SET_CUP', 'GB/T 80', 'DIN 916')):
        gen_fastener(fam, sdl, [
            (s1, '45H', 'CS', 'BLK', 0.85), (s1, None, 'A2', 'NA', 0.6), (s1, '45H', 'CS', 'ZN', 0.25),
            (s1, None, 'A4', 'NA', 0.2), (s2, '45H', 'CS', 'BLK', 0.3), (s2, None, 'A2', 'NA', 0.3)])
    # eye bolts, nuts, washers ------------------------------------------------------------
    gen_fastener_nolen('EYE', ['6', '8', '10', '12', '16', '20', '24', '30', '36'], [
        ('GB/T 825', None, 'CS', 'ZN', 0.85), ('GB/T 825', None, 'CS', 'PLAIN', 0.6),
        ('GB/T 825', None, 'CS', 'HDG', 0.35), ('GB/T 825', None, 'A2', 'NA', 0.7),
        ('GB/T 825', None, 'A4', 'NA', 0.45), ('DIN 580', None, 'CS', 'ZN', 0.4),
        ('DIN 580', None, 'A2', 'NA', 0.5), ('DIN 580', None, 'A4', 'NA', 0.3)])
    ND = ['3', '4', '5', '6', '8', '10', '12', '14', '16', '18', '20', '22', '24', '27', '30', '36', '42']
    gen_fastener_nolen('NUT', ND, [
        ('GB/T 6170', '6', 'CS', 'ZN', 0.3), ('GB/T 6170', '8', 'CS', 'ZN', 0.95),
        ('GB/T 6170', '8', 'CS', 'BLK', 0.55), ('GB/T 6170', '8', 'CS', 'PLAIN', 0.3),
        ('GB/T 6170', '8', 'CS', 'HDG', 0.35, big(10)), ('GB/T 6170', '10', 'CS', 'BLK', 0.55),
        ('GB/T 6170', '10', 'CS', 'ZN', 0.35), ('GB/T 6170', '8', 'CS', 'YZN', 0.25),
        ('GB/T 6170', '10', 'CS', 'DAC', 0.15), ('GB/T 6170', '12', 'CS', 'BLK', 0.2, big(8)),
        ('GB/T 6170', None, 'A2', 'NA', 0.9), ('GB/T 6170', None, 'A4', 'NA', 0.65),
        ('GB/T 6170', None, '201', 'NA', 0.3),
        ('DIN 934', '8', 'CS', 'ZN', 0.5), ('DIN 934', None, 'A2', 'NA', 0.6), ('DIN 934', None, 'A4', 'NA', 0.4),
        ('ISO 4032', '8', 'CS', 'ZN', 0.2), ('ISO 4032', None, 'A2', 'NA', 0.2),
        ('GB/T 6171', '8', 'CS', 'ZN', 0.6), ('GB/T 6171', '10', 'CS', 'BLK', 0.3),
        ('GB/T 6171', None, 'A2', 'NA', 0.3),
        (None, '4', 'CS', 'ZN', 0.2), (None, '8', 'CS', 'YZN', 0.15)])
    gen_fastener_nolen('NUT_THIN', ND[:15], [
        ('GB/T 6172.1', '04', 'CS', 'ZN', 0.8), ('GB/T 6172.1', '04', 'CS', 'BLK', 0.3),
        ('GB/T 6172.1', None, 'A2', 'NA', 0.6), ('GB/T 6172.1', None, 'A4', 'NA', 0.3),
        ('DIN 439', None, 'A2', 'NA', 0.3), ('DIN 439', '04', 'CS', 'ZN', 0.3)])
    gen_fastener_nolen('NUT_NY', ND[:15], [
        ('GB/T 889.1', '8', 'CS', 'ZN', 0.9), ('GB/T 889.1', '10', 'CS', 'ZN', 0.3),
        ('GB/T 889.1', '8', 'CS', 'BLK', 0.2), ('GB/T 889.1', None, 'A2', 'NA', 0.8),
        ('GB/T 889.1', None, 'A4', 'NA', 0.5), ('DIN 985', '8', 'CS', 'ZN', 0.4),
        ('DIN 985', None, 'A2', 'NA', 0.5)])
    gen_fastener_nolen('NUT_FL', ND[2:13], [
        ('GB/T 6177.1', '8', 'CS', 'ZN', 0.7), ('GB/T 6177.1', '10', 'CS', 'ZN', 0.4),
        ('GB/T 6177.1', None, 'A2', 'NA', 0.5), ('DIN 6923', '8', 'CS', 'ZN', 0.3),
        ('DIN 6923', None, 'A2', 'NA', 0.3)])
    for head, std, pr in (('flat', 'GB/T 17880.1', 1.0), ('csk', 'GB/T 17880.3', 0.6)):
        gen_fastener_nolen('RIV_N', ['3', '4', '5', '6', '8', '10', '12'], [
            (std, None, 'CS', 'ZN', 0.9 * pr), (std, None, 'A2', 'NA', 0.7 * pr),
            (std, None, 'AL', 'NA', 0.4 * pr), (None, None, 'CS', 'YZN', 0.2 * pr)], extra={'head': head})
    WD = ['3', '4', '5', '6', '8', '10', '12', '14', '16', '18', '20', '22', '24', '27', '30', '36']
    gen_fastener_nolen('WAS', WD, [
        ('GB/T 97.1', None, 'CS', 'ZN', 0.95), ('GB/T 97.1', None, 'CS', 'PLAIN', 0.4),
        ('GB/T 97.1', None, 'CS', 'BLK', 0.3), ('GB/T 97.1', None, 'CS', 'HDG', 0.3, big(10)),
        ('GB/T 97.1', None, 'CS', 'YZN', 0.2), ('GB/T 97.1', None, 'A2', 'NA', 0.9),
        ('GB/T 97.1', None, 'A4', 'NA', 0.6), ('GB/T 97.1', None, '201', 'NA', 0.3),
        ('DIN 125', None, 'CS', 'ZN', 0.5), ('DIN 125', None, 'A2', 'NA', 0.6), ('DIN 125', None, 'A4', 'NA', 0.4),
        ('ISO 7089', None, 'CS', 'ZN', 0.2), ('ISO 7089', None, 'A2', 'NA', 0.2),
        (None, None, 'CS', 'YZN', 0.2)])
    gen_fastener_nolen('WAS_L', WD[:13], [
        ('GB/T 96.1', None, 'CS', 'ZN', 0.85), ('GB/T 96.1', None, 'A2', 'NA', 0.7),
        ('GB/T 96.1', None, 'A4', 'NA', 0.3), ('DIN 9021', None, 'CS', 'ZN', 0.35),
        ('DIN 9021', None, 'A2', 'NA', 0.4)])
    gen_fastener_nolen('WAS_S', WD, [
        ('GB/T 93', None, 'CS', 'BLK', 0.9), ('GB/T 93', None, 'CS', 'ZN', 0.75),
        ('GB/T 93', None, 'CS', 'YZN', 0.3), ('GB/T 93', None, 'A2', 'NA', 0.85),
        ('GB/T 93', None, 'A4', 'NA', 0.5), ('DIN 127', None, 'A2', 'NA', 0.5),
        ('DIN 127', None, 'CS', 'ZN', 0.3)])
    # studs, rods -------------------------------------------------------------------------
    SD = [(d, lens(max(20, 2 * int(d)), min(200, 12 * int(d)), skip=(14, 18, 22, 28, 130, 150, 180)))
          for d in ('6', '8', '10', '12', '16', '20', '24', '30')]
    for std, pr in (('GB/T 897', 0.6), ('GB/T 898', 0.3), ('GB/T 899', 0.3), ('GB/T 900', 0.15)):
        gen_fastener('STUD', SD, [(std, '4.8', 'CS', 'ZN', 0.7 * pr), (std, '8.8', 'CS', 'BLK', 0.6 * pr),
                                  (std, '8.8', 'CS', 'ZN', 0.4 * pr), (std, None, 'A2', 'NA', 0.5 * pr)])
    RD = [(d, [1000, 2000, 3000]) for d in ('4', '5', '6', '8', '10', '12', '14', '16', '18', '20', '22',
                                           '24', '27', '30', '36')]
    gen_fastener('ROD', RD, [
        ('DIN 975', '4.8', 'CS', 'ZN', 0.75), ('DIN 975', '8.8', 'CS', 'BLK', 0.35),
        ('DIN 975', '8.8', 'CS', 'ZN', 0.3), ('DIN 975', None, 'A2', 'NA', 0.65),
        ('DIN 975', None, 'A4', 'NA', 0.4), ('GB/T 15389', '4.8', 'CS', 'ZN', 0.3),
        (None, '4.8', 'CS', 'HDG', 0.3), ('DIN 975', '10.9', 'CS', 'BLK', 0.15)])
    # rivets, pins ------------------------------------------------------------------------
    RV = [(d, [L for L in (6, 8, 10, 12, 14, 16, 18, 20, 25, 30) if L >= 2 * float(d)])
          for d in ('2.4', '3.2', '4', '4.8', '5', '6.4')]
    gen_fastener('RIV_B', RV, [
        ('GB/T 12618.1', None, 'AL', 'NA', 0.9), (None, None, 'CS', 'ZN', 0.6), (None, None, 'A2', 'NA', 0.55),
        (None, None, 'A4', 'NA', 0.15)])
    gen_fastener('RIV_BC', RV, [('GB/T 12617.1', None, 'AL', 'NA', 0.5), (None, None, 'A2', 'NA', 0.3)])
    RS = [(d, lens(max(6, 1.5 * int(d)), 6 * int(d), skip=(7, 14, 18, 22, 28)))
          for d in ('3', '4', '5', '6', '8', '10', '12')]
    gen_fastener('RIV_S', RS, [('GB/T 867', None, 'CS', 'PLAIN', 0.7), ('GB/T 867', None, 'AL', 'NA', 0.4),
                               ('GB/T 867', None, 'A2', 'NA', 0.2)])
    PD = [(d, lens(max(6, 2 * float(d)), 10 * float(d), skip=(7, 14, 18, 22, 28)))
          for d in ('2', '3', '4', '5', '6', '8', '10', '12', '16', '20')]
    gen_fastener('PIN_D', PD, [
        ('GB/T 119.1', None, 'CS', 'PLAIN', 0.85), ('GB/T 119.1', None, 'A2', 'NA', 0.55),
        ('GB/T 119.2', 'HT', 'CS', 'PLAIN', 0.5), ('GB/T 119.1', None, 'CS', 'BLK', 0.15)])
    PT = [(d, lens(max(12, 3 * int(d)), 12 * int(d), skip=(14, 18, 22, 28)))
          for d in ('3', '4', '5', '6', '8', '10', '12', '16')]
    gen_fastener('PIN_T', PT, [('GB/T 117', None, 'CS', 'PLAIN', 0.8), ('GB/T 117', None, 'A2', 'NA', 0.35)])
    PS = [(d, lens(max(6, 2 * float(d)), 10 * float(d), skip=(7, 14, 18, 22, 28)))
          for d in ('2', '2.5', '3', '4', '5', '6', '8', '10', '12')]
    gen_fastener('PIN_SP', PS, [('GB/T 879.1', None, 'CS', 'PLAIN', 0.75), ('GB/T 879.1', None, 'CS', 'BLK', 0.4),
                                ('GB/T 879.1', None, 'CS', 'ZN', 0.35)])
    PC = [(d, lens(max(8, 4 * float(d)), 20 * float(d), skip=(7, 14, 18, 22, 28)))
          for d in ('1', '1.6', '2', '2.5', '3.2', '4', '5', '6.3', '8')]
    gen_fastener('PIN_C', PC, [('GB/T 91', None, 'CS', 'ZN', 0.8), ('GB/T 91', None, 'CS', 'PLAIN', 0.4),
                               ('GB/T 91', None, 'A2', 'NA', 0.6)])


# ----------------------------------------------------------------------------------------------
# Bearings
# ----------------------------------------------------------------------------------------------
def _dims(table):
    out = {}
    for line in table.split(';'):
        k, v = line.split(':')
        out[k.strip()] = v.strip()
    return out


DG_DIMS = _dims(
    '6000:10x26x8;6001:12x28x8;6002:15x32x9;6003:17x35x10;6004:20x42x12;6005:25x47x12;6006:30x55x13;'
    '6007:35x62x14;6008:40x68x15;6009:45x75x16;6010:50x80x16;6011:55x90x18;6012:60x95x18;'
    '6200:10x30x9;6201:12x32x10;6202:15x35x11;6203:17x40x12;6204:20x47x14;6205:25x52x15;6206:30x62x16;'
    '6207:35x72x17;6208:40x80x18;6209:45x85x19;6210:50x90x20;6211:55x100x21;6212:60x110x22;'
    '6214:70x125x24;6215:75x130x25;6216:80x140x26;'
    '6300:10x35x11;6301:12x37x12;6302:15x42x13;6303:17x47x14;6304:20x52x15;6305:25x62x17;6306:30x72x19;'
    '6307:35x80x21;6308:40x90x23;6309:45x100x25;6310:50x110x27;6311:55x120x29;6312:60x130x31;'
    '6800:10x19x5;6801:12x21x5;6802:15x24x5;6803:17x26x5;6804:20x32x7;6805:25x37x7;6806:30x42x7;'
    '6900:10x22x6;6901:12x24x6;6902:15x28x7;6903:17x30x7;6904:20x37x9;6905:25x42x9;6906:30x47x9;'
    '608:8x22x7;625:5x16x5;626:6x19x6;627:7x22x7;629:9x26x8;623:3x10x4;624:4x13x5')
TAP_DIMS = _dims(
    '30204:20x47x15.25;30205:25x52x16.25;30206:30x62x17.25;30207:35x72x18.25;30208:40x80x19.75;'
    '30209:45x85x20.75;30210:50x90x21.75;30211:55x100x22.75;30212:60x110x23.75;'
    '32205:25x52x19.25;32206:30x62x21.25;32207:35x72x24.25;32208:40x80x24.75;32209:45x85x24.75;'
    '32210:50x90x24.75;32211:55x100x26.75;'
    '30305:25x62x18.25;30306:30x72x20.75;30307:35x80x22.75;30308:40x90x25.25;30309:45x100x27.25;'
    '30310:50x110x29.25')
THR_DIMS = _dims(
    '51100:10x24x9;51101:12x26x9;51102:15x28x9;51103:17x30x9;51104:20x35x10;51105:25x42x11;'
    '51106:30x47x11;51107:35x52x12;51108:40x60x13;51109:45x65x14;51110:50x70x14;'
    '51204:20x40x14;51205:25x47x15;51206:30x52x16;51207:35x62x18;51208:40x68x19;51209:45x73x20;'
    '51210:50x78x22')
SPH_DIMS = _dims('22205:25x52x18;22206:30x62x20;22207:35x72x23;22208:40x80x23;22209:45x85x23;'
                 '22210:50x90x23;22211:55x100x25;22212:60x110x28')
SAB_DIMS = _dims('1204:20x47x14;1205:25x52x15;1206:30x62x16;1207:35x72x17;1208:40x80x18;1209:45x85x19;'
                 '1210:50x90x20;2204:20x47x18;2205:25x52x18;2206:30x62x20;2207:35x72x23;2208:40x80x23')

CN_BRANDS = ['HRB', 'ZWZ', 'C&U', 'LYC']
BRAND_CAT = {'SKF': ['SKF'], 'NSK': ['NSK'], 'FAG': ['FAG'], 'NTN': ['NTN'], 'INA': ['INA'], 'FYH': ['FYH'],
             'HRB': ['HRB', '哈轴', 'HRB哈轴'], 'ZWZ': ['ZWZ', '瓦轴', 'ZWZ瓦轴'], 'C&U': ['C&U', '人本', 'C&U人本'],
             'LYC': ['LYC', '洛轴']}
BRG_NAMES = {'DG': ['深沟球轴承', '深沟球轴承', '轴承', '深沟轴承'], 'CYL': ['圆柱滚子轴承', '轴承', '圆柱滚子轴承'],
             'TAP': ['圆锥滚子轴承', '轴承', '圆锥滚子轴承'], 'THR': ['推力球轴承', '轴承', '推力球轴承'],
             'ANG': ['角接触球轴承', '轴承'], 'SPH': ['调心滚子轴承', '轴承'], 'SAB': ['调心球轴承', '轴承'],
             'UC': ['外球面球轴承', '外球面轴承'], 'UCP': ['带立式座外球面球轴承', '立式带座轴承'],
             'UCF': ['带方形座外球面球轴承', '方形带座轴承'], 'HK': ['冲压外圈滚针轴承', '滚针轴承']}


def seal_cat(seal, brand):
    if seal == 'open':
        return ''
    if brand == 'SKF':
        return {'ZZ': '-2Z', '2RS': ch(['-2RSH', '-2RS1'])}[seal]
    if brand == 'NSK':
        return {'ZZ': 'ZZ', '2RS': 'DDU'}[seal]
    if brand == 'FAG':
        return {'ZZ': '-2Z', '2RS': '-2RSR'}[seal]
    if brand == 'NTN':
        return {'ZZ': 'ZZ', '2RS': 'LLU'}[seal]
    return {'ZZ': ch(['ZZ', '-ZZ', '-2Z', 'ZZ']), '2RS': ch(['-2RS', '-2RS', '2RS']), '2RZ': '-2RZ'}[seal]


def cl_cat(cl, brand):
    if cl != 'C3':
        return ''
    return {'SKF': '/C3', 'NSK': 'C3', 'FAG': '-C3', 'NTN': 'C3'}.get(brand, ch(['/C3', ' C3', '-C3']))


SUF_CAT = {('CYL', 'E'): {'SKF': 'ECP', 'NSK': 'ET', 'FAG': 'E-XL-TVP2', '_': 'E'},
           ('CYL', 'EM'): {'SKF': 'ECM', 'NSK': 'EM', 'FAG': 'E-XL-M1', '_': 'EM'},
           ('ANG', 'B'): {'SKF': 'BECBP', 'NSK': 'BW', 'FAG': 'B-XL-TVP', '_': 'B'},
           ('ANG', 'AC'): {'_': 'AC'}, ('ANG', 'C'): {'_': 'C'},
           ('SPH', 'CA'): {'_': 'CA/W33'}, ('SPH', 'CC'): {'SKF': ' CC/W33', '_': 'CC/W33'},
           ('SPH', 'E'): {'SKF': ' E', 'NSK': 'EAE4', 'FAG': '-E1-XL', '_': 'E'},
           ('SPH', 'CAK'): {'_': 'CAK/W33'}, ('SAB', 'K'): {'_': 'K'}}


def add_bearing(btype, base, seal, suf, cl, brand, dims):
    a = {'btype': btype, 'base': base, 'seal': seal, 'suf': suf, 'cl': cl, 'brand': brand}
    sufc = SUF_CAT[(btype, suf)].get(brand, SUF_CAT[(btype, suf)]['_']) if suf else ''
    extra = ''
    if btype == 'TAP' and brand == 'SKF':
        extra = ch([' J2/Q', '/Q', ' J2/Q'])
    desig = base + sufc + seal_cat(seal, brand) + extra + cl_cat(cl, brand)
    bt = ch(BRAND_CAT[brand])
    name = ch(BRG_NAMES[btype])
    r = RC.randrange(6)
    if r == 0:
        spec = '%s %s' % (desig, bt)
    elif r == 1:
        spec = '%s %s' % (bt, desig)
    elif r == 2:
        spec = '%s %s %s' % (desig, dims.replace('x', ch(['x', '*', '×'])), bt) if dims else '%s %s' % (desig, bt)
    elif r == 3:
        spec = desig
        name = '%s(%s)' % (name, bt)
    elif r == 4:
        spec = '%s/%s' % (desig, bt)
    else:
        spec = '%s %s' % (desig, bt) if not dims else '%s(%s) %s' % (desig, dims.replace('x', '*'), bt)
    it = add('04.01', 'BRG', name, spec, a, unit=ch(['PCS', 'PCS', '套']),
             mn=('ZC' + base + (seal if seal != 'open' else '') + suf).upper() if p(0.2) else None)
    if it is not None and brand in CN_BRANDS and p(0.45):
        old = None
        if btype == 'DG' and base[:2] in ('62', '63') and len(base) == 4:
            old = {'open': None, 'ZZ': '80' + base[1:], '2RS': '180' + base[1:], '2RZ': None}[seal]
        elif btype == 'TAP' and base.startswith('302'):
            old = '72' + base[3:] + 'E'
        elif btype == 'THR' and base.startswith('511'):
            old = '81' + base[3:]
        elif btype == 'CYL' and base.startswith('NU2') and suf == '':
            old = '322' + base[3:]
        if old:
            it['aliases'].append(old)
    return it


def build_bearings():
    for base, dims in DG_DIMS.items():
        pop = 1.0 if base[:2] in ('62', '63') or base == '608' else 0.7
        for seal in ('open', 'ZZ', '2RS', '2RZ'):
            for cl in ('CN', 'C3'):
                for brand in ['SKF', 'NSK', 'FAG', 'NTN'] + CN_BRANDS:
                    if seal == '2RZ' and brand not in CN_BRANDS:
                        continue
                    pr = {'SKF': 0.45, 'NSK': 0.45, 'FAG': 0.25, 'NTN': 0.2, 'HRB': 0.5, 'ZWZ': 0.45, 'C&U': 0.55,
                          'LYC': 0.2}[brand] * pop
                    pr *= {'open': 0.7, 'ZZ': 1.0, '2RS': 1.0, '2RZ': 0.35}[seal]
                    pr *= 1.2 if cl == 'CN' else 0.45
                    if p(pr):
                        add_bearing('DG', base, seal, '', cl, brand, dims)
    for pre in ('NU', 'NJ', 'N', 'NUP'):
        for series, ds in (('2', DG_DIMS), ('3', DG_DIMS)):
            for k in range(4, 17):
                if series == '3' and k > 12:
                    continue
                base = '%s%s%02d' % (pre, series, k)
                dims = ds.get('6%s%02d' % (series, k))
                for suf in ('', 'E', 'EM'):
                    for brand in ['SKF', 'NSK', 'FAG'] + CN_BRANDS:
                        pr = {'NU': 0.5, 'NJ': 0.35, 'N': 0.15, 'NUP': 0.15}[pre]
                        pr *= {'': 0.6, 'E': 0.5, 'EM': 0.3}[suf]
                        if brand in ('SKF', 'NSK', 'FAG') and suf == '':
                            continue
                        pr *= 0.5 if brand in ('SKF', 'NSK', 'FAG') else 0.6
                        if p(pr):
                            add_bearing('CYL', base, 'open', suf, 'CN', brand, dims)
    for tbl, btype, pr0 in ((TAP_DIMS, 'TAP', 0.55), (THR_DIMS, 'THR', 0.45)):
        for base, dims in tbl.items():
            for brand in ['SKF', 'NSK', 'FAG', 'NTN'] + CN_BRANDS:
                if p(pr0 * (0.6 if brand in ('FAG', 'NTN', 'LYC') else 1.0)):
                    add_bearing(btype, base, 'open', '', 'CN', brand, dims)
    for k in range(4, 13):
        base = '72%02d' % k
        dims = DG_DIMS.get('62%02d' % k)
        for suf in ('B', 'AC', 'C'):
            for brand in ['SKF', 'NSK', 'FAG'] + CN_BRANDS:
                if suf != 'B' and brand in ('SKF', 'NSK', 'FAG'):
                    continue
                if p(0.4):
                    add_bearing('ANG', base, 'open', suf, 'CN', brand, dims)
    for base, dims in SPH_DIMS.items():
        for suf in ('CA', 'CC', 'E', 'CAK'):
            for brand in ['SKF', 'NSK', 'FAG'] + CN_BRANDS:
                if suf == 'E' and brand not in ('SKF', 'NSK', 'FAG'):
                    continue
                if suf in ('CA', 'CAK') and brand in ('SKF', 'NSK', 'FAG'):
                    continue
                if suf == 'CC' and brand in ('NSK', 'FAG'):
                    continue
                for cl in ('CN', 'C3'):
                    if p(0.4 if cl == 'CN' else 0.15):
                        add_bearing('SPH', base, 'open', suf, cl, brand, dims)
    for base, dims in SAB_DIMS.items():
        for suf in ('', 'K'):
            for brand in CN_BRANDS:
                if p(0.4 if suf == '' else 0.2):
                    add_bearing('SAB', base, 'open', suf, 'CN', brand, dims)
    for pre, btype in (('UC', 'UC'), ('UCP', 'UCP'), ('UCF', 'UCF')):
        for k in range(204, 213):
            for brand in ['FYH', 'NSK'] + CN_BRANDS:
                if p(0.35 if brand != 'NSK' else 0.15):
                    add_bearing(btype, '%s%d' % (pre, k), 'open', '', 'CN', brand, '')
    for base in ('HK0608', 'HK0810', 'HK1010', 'HK1210', 'HK1412', 'HK1512', 'HK1612', 'HK2016', 'HK2020', 'HK2520',
                 'HK3020', 'HK3520'):
        for brand in ['INA', 'NSK'] + CN_BRANDS:
            if p(0.35):
                add_bearing('HK', base, 'open', '', 'CN', brand, '')


# ----------------------------------------------------------------------------------------------
# Seals
# ----------------------------------------------------------------------------------------------
GB_OR = {
    '1.8': '3.75 4.5 5 5.6 6 6.9 8 9 10 10.6 11.2 11.8 12.5 13.2 14 15 16 17 18 19 20 21.2 22.4 23.6 25 25.8 '
           '26.5 28 30 31.5 32.5 33.5 34.5 35.5 36.5 37.5 38.7 40 41.2 42.5 43.7 45 46.2 47.5 48.7 50',
    '2.65': '10.6 11.2 11.8 12.5 13.2 14 15 16 17 18 19 20 21.2 22.4 23.6 25 25.8 26.5 28 30 31.5 32.5 33.5 '
            '34.5 35.5 36.5 37.5 38.7 40 41.2 42.5 43.7 45 46.2 47.5 48.7 50 51.5 53 54.5 56 58 60 61.5 63 65 '
            '67 69 71 73 75 77.5 80 82.5 85 87.5 90 92.5 95 97.5 100 103 106 109 112 115 118 122 125 128 132 '
            '136 140 145 150',
    '3.55': '18 19 20 21.2 22.4 23.6 25 25.8 26.5 28 30 31.5 32.5 33.5 34.5 35.5 36.5 37.5 38.7 40 41.2 42.5 '
            '43.7 45 46.2 47.5 48.7 50 51.5 53 54.5 56 58 60 61.5 63 65 67 69 71 73 75 77.5 80 82.5 85 87.5 90 '
            '92.5 95 97.5 100 103 106 109 112 115 118 122 125 128 132 136 140 145 150 155 160 165 170 175 180 '
            '185 190 195 200',
    '5.3': '40 41.2 42.5 43.7 45 46.2 47.5 48.7 50 51.5 53 54.5 56 58 60 61.5 63 65 67 69 71 73 75 77.5 80 82.5 '
           '85 87.5 90 92.5 95 97.5 100 103 106 109 112 115 118 122 125 128 132 136 140 145 150 155 160 165 170 '
           '175 180 185 190 195 200 206 212 218 224 230 236 243 250 258 265 272 280 290 300',
    '7': '109 112 115 118 122 125 128 132 136 140 145 150 155 160 165 170 175 180 185 190 195 200 206 212 218 '
         '224 230 236 243 250 258 265 272 280 290 300 307 315 325 335 345 355 365 375 387 400'}
OR_MAT_CAT = {'NBR': ['NBR', '丁腈', '丁腈橡胶', 'NBR'], 'FKM': ['FKM', '氟胶', '氟橡胶', 'FKM', 'FPM'],
              'VMQ': ['硅胶', 'VMQ', '硅橡胶'], 'EPDM': ['EPDM', '三元乙丙'], 'HNBR': ['HNBR', '氢化丁腈']}


def or_spec(size, mat, hard, std_txt=''):
    m = ch(OR_MAT_CAT[mat])
    h = ch([hard, hard + '度', hard + 'A', 'HS' + hard, hard])
    mh = ch(['%s%s' % (m, hard) if m.isascii() else '%s %s' % (m, h), '%s %s' % (m, h), '%s-%s' % (m, hard)])
    r = RC.randrange(4)
    if r == 0:
        return '%s %s%s' % (size, mh, (' ' + std_txt) if std_txt else '')
    if r == 1:
        return '%s %s%s' % (std_txt + ' ' if std_txt else '', size, ' ' + mh)
    if r == 2:
        return '%s-%s' % (size, mh)
    return '%s %s' % (mh, size)


def build_seals():
    # O-rings, GB/T 3452.1 series
    for cs, ids in GB_OR.items():
        for idv in ids.split():
            for mat, hard, pr in (('NBR', '70', 0.95), ('NBR', '90', 0.55), ('FKM', '75', 0.7), ('VMQ', '60', 0.3),
                                  ('EPDM', '70', 0.2), ('FKM', '90', 0.1), ('HNBR', '80', 0.08)):
                if not p(pr):
                    continue
                sep = ch(['x', '*', 'X', '×', '*'])
                size = ch(['', 'Φ', '', '']) + idv + sep + cs
                std_txt = ch(['', '', 'GB/T3452.1', 'GB3452.1'])
                a = {'id': idv, 'cs': cs, 'mat': mat, 'hard': hard, 'as': None}
                add('05.01', 'OR', ch(['O型圈', 'O形圈', 'O型密封圈', 'O型圈', 'O形密封圈']),
                    or_spec(size, mat, hard, std_txt), a, mn=('OXQ%sX%s' % (idv, cs)) if p(0.15) else None)
    # O-rings, metric non-standard
    MCS = {'1': range(2, 31), '1.5': range(3, 51), '1.9': range(4, 41), '2': range(4, 101),
           '2.4': range(5, 81), '2.5': range(6, 121), '3': range(8, 201), '3.1': range(10, 101),
           '3.5': range(10, 201), '4': range(15, 251), '5': range(20, 301), '5.7': range(30, 201),
           '6': range(40, 301)}
    for cs, rng in MCS.items():
        for idn in rng:
            if idn > 80 and idn % 5:
                continue
            if idn > 160 and idn % 10:
                continue
            for mat, hard, pr in (('NBR', '70', 0.85), ('FKM', '75', 0.4), ('VMQ', '60', 0.12), ('NBR', '90', 0.2)):
                if not p(pr):
                    continue
                idv = str(idn)
                sep = ch(['x', '*', 'X', '*'])
                a = {'id': idv, 'cs': cs, 'mat': mat, 'hard': hard, 'as': None}
                add('05.01', 'OR', ch(['O型圈', 'O形圈', 'O型圈', 'O型密封圈']),
                    or_spec(idv + sep + cs, mat, hard), a)
    # AS568
    for lo, hi, cs, id0, step in ((6, 30, '1.78', 2.90, None), (110, 135, '2.62', 9.19, 1.59),
                                  (210, 235, '3.53', 18.64, 1.59), (325, 345, '5.33', 37.47, 3.175)):
        for n in range(lo, hi + 1):
            if lo == 6:
                idf = [2.90, 3.68, 4.47, 5.28, 6.07][n - 6] if n <= 10 else 7.65 + (n - 11) * 1.5875
            else:
                idf = id0 + (n - lo) * step
            idv = ('%.2f' % idf)
            for mat, hard, pr in (('NBR', '70', 0.45), ('FKM', '75', 0.25), ('NBR', '90', 0.1)):
                if not p(pr):
                    continue
                dash = '%03d' % n
                a = {'id': idv, 'cs': cs, 'mat': mat, 'hard': hard, 'as': dash}
                spec = ch(['AS568-%s %s' % (dash, ch(['(%sx%s)' % (idv, cs), '%s*%s' % (idv, cs)])),
                           'AS568-%s' % dash, '2-%s (%sx%s)' % (dash, idv, cs)])
                spec += ' ' + ch(['%s%s' % (mat, hard), '%s %s' % (ch(OR_MAT_CAT[mat]), hard)])
                add('05.01', 'OR', ch(['O型圈', 'O形圈(美标)', 'O型圈 AS568']), spec, a)
    # oil seals
    ds = [10, 12, 14, 15, 16, 17, 18, 20, 22, 24, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 52, 55, 58, 60, 62,
          65, 68, 70, 72, 75, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 140, 150, 160]
    sizes = []
    for d in ds:
        offs = sorted(set(RC.sample([10, 12, 14, 15, 17, 20, 22, 25, 27, 30], 5)))
        for o in offs:
            D = d + o if d < 60 else d + o + 5
            bs = [7, 8] if d < 40 else ([8, 10] if d < 90 else [10, 12, 13])
            for b in bs:
                if p(0.8):
                    sizes.append((d, D, b))
    types = [('TC', 0.95), ('SC', 0.45), ('TB', 0.45), ('TG4', 0.3), ('VC', 0.25), ('TCV', 0.25), ('TCN', 0.12)]
    for d, D, b in sizes:
        for typ, pr in types:
            for mat, mp in (('NBR', 1.0), ('FKM', 0.35)):
                for brand, bp in ((None, 1.0), ('NOK', 0.15)):
                    if typ in ('TCV', 'TCN') and d > 90:
                        continue
                    if not p(pr * mp * bp):
                        continue
                    dims = '%dx%dx%d' % (d, D, b)
                    a = {'type': typ, 'dims': dims, 'mat': mat, 'brand': brand}
                    sep = ch(['x', '*', 'X', '-', '*'])
                    dd = sep.join(str(v) for v in (d, D, b))
                    m = ch(OR_MAT_CAT[mat])
                    r = RC.randrange(5)
                    if r == 0:
                        spec = '%s%s %s' % (typ, dd, m)
                    elif r == 1:
                        spec = '%s %s %s' % (typ, dd, m)
                    elif r == 2:
                        spec = '%s %s型 %s' % (dd, typ, m)
                    elif r == 3:
                        spec = '%s-%s-%s' % (m, typ, dd)
                    else:
                        spec = '%s %s%s' % (m, typ, dd)
                    if brand:
                        spec += ' ' + ch(['NOK', '(NOK)', 'NOK原装'])
                    add('05.02', 'OS', ch(['骨架油封', '油封', '骨架油封', '骨架密封圈']), spec, a,
                        mn=('YF%s%s' % (typ, dims.replace('x', '-'))).upper() if p(0.2) else None)
    # hydraulic seals: Y-rings, dust wipers, glyd/step seals, bonded seals
    YT = {'UN': '轴孔通用Y型圈', 'UHS': 'UHS型Y型圈', 'IDU': '孔用Yx密封圈', 'ODU': '轴用Yx密封圈', 'USH': 'USH型密封圈'}
    for d in [16, 18, 20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 85, 90, 100, 110, 125,
              140, 160, 180, 200]:
        for typ in YT:
            for h_off, H in ((8, 6), (10, 8), (10, 10), (15, 12), (16, 12)):
                if not p(0.11):
                    continue
                if typ == 'IDU':
                    dims = '%dx%dx%d' % (d, d - h_off, H)   # bore x rod-side x H
                else:
                    dims = '%dx%dx%d' % (d, d + h_off, H)
                for mat, mp in (('PU', 0.8), ('NBR', 0.5)):
                    if not p(mp):
                        continue
                    a = {'type': typ, 'dims': dims, 'mat': mat}
                    m = {'PU': ch(['聚氨酯', 'PU', '聚氨酯PU']), 'NBR': ch(['丁腈', 'NBR'])}[mat]
                    dd = dims.replace('x', ch(['x', '*', '×']))
                    spec = ch(['%s %s %s' % (typ, dd, m), '%s%s-%s' % (typ, dd, m), '%s %s %s' % (m, typ, dd)])
                    add('05.03', 'YR', ch([YT[typ], 'Y型圈', '液压密封圈']), spec, a)
    for d in [12, 14, 16, 18, 20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 90, 100, 110]:
        for typ in ('DH', 'DKB', 'DSI', 'LBH'):
            for mat, mp in (('PU', 0.6), ('NBR', 0.25)):
                if not p(mp * 0.7):
                    continue
                D = d + ch([8, 10, 12])
                H1, H = ch([(5, 7), (7, 10), (6, 9), (8, 11)])
                dims = '%dx%dx%d/%d' % (d, D, H1, H) if typ in ('DKB', 'DSI') else '%dx%dx%d' % (d, D, H)
                a = {'type': typ, 'dims': dims, 'mat': mat}
                m = {'PU': ch(['聚氨酯', 'PU']), 'NBR': ch(['丁腈', 'NBR'])}[mat]
                spec = '%s %s %s' % (typ, dims.replace('x', ch(['x', '*'])), m)
                add('05.03', 'DW', ch(['防尘圈', '防尘密封圈', '%s防尘圈' % typ]), spec, a)
    GS_M = {'BR': ['铜粉四氟', '青铜填充PTFE', '铜粉'], 'CF': ['碳纤维四氟', '碳纤PTFE'], 'GF': ['玻纤四氟', '玻纤PTFE']}
    for d in [25, 32, 40, 50, 63, 80, 90, 100, 110, 125, 140, 160, 180, 200, 220, 250]:
        for typ in ('GLYD', 'STEP'):
            for mat, mp in (('BR', 0.9), ('CF', 0.35), ('GF', 0.25)):
                if not p(mp):
                    continue
                a = {'type': typ, 'size': str(d), 'mat': mat}
                if typ == 'GLYD':
                    spec = 'GSF%d (%dx%sx%s) %s' % (d, d, d - 15.5 if d < 100 else d - 21.5, '4.2' if d < 100 else '6.3',
                                                  ch(GS_M[mat]))
                    name = ch(['孔用格莱圈', '格莱圈(孔用)'])
                else:
                    spec = 'BSF%d (%dx%sx%s) %s' % (d, d, d + 7.5 if d < 100 else d + 11, '3.2' if d < 100 else '4.2',
                                                  ch(GS_M[mat]))
                    name = ch(['轴用斯特封', '斯特封(轴用)'])
                add('05.03', 'GS', name, spec.replace('.0x', 'x').replace('.0 ', ' '), a)
    for thr in ['M8', 'M10', 'M12', 'M14', 'M16', 'M18', 'M20', 'M22', 'M24', 'M27', 'M30', 'M33', 'M36', 'M42',
                'G1/8', 'G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1']:
        for mat, mp in (('CSZN', 0.95), ('A2', 0.6)):
            if not p(mp):
                continue
            a = {'thr': thr, 'd': thr[1:] if thr.startswith('M') else None,
                 'mat': 'CS' if mat == 'CSZN' else 'A2', 'fin': 'ZN' if mat == 'CSZN' else 'NA'}
            m = {'CSZN': ch(['碳钢镀锌', '镀锌', '碳钢']), 'A2': ch(['不锈钢304', 'SS304', '304'])}[mat]
            spec = ch(['%s %s' % (thr, m), '%s-%s JB982' % (thr, m), 'JB982 %s %s' % (thr, m), '%s %s' % (m, thr)])
            add('05.03', 'BW', ch(['组合垫圈', '组合密封垫圈', '组合垫']), spec, a)


# ----------------------------------------------------------------------------------------------
# Hydraulics
# ----------------------------------------------------------------------------------------------
GE_THR = {('6', 'L'): ['M10x1', 'M12x1.5', 'G1/8', 'R1/8'], ('8', 'L'): ['M12x1.5', 'M14x1.5', 'G1/4', 'R1/4'],
          ('10', 'L'): ['M14x1.5', 'M16x1.5', 'G1/4', 'G3/8', 'R1/4', 'R3/8'],
          ('12', 'L'): ['M16x1.5', 'M18x1.5', 'G3/8', 'G1/2', 'R3/8'], ('15', 'L'): ['M18x1.5', 'M22x1.5', 'G1/2'],
          ('18', 'L'): ['M22x1.5', 'G1/2', 'G3/4'], ('22', 'L'): ['M26x1.5', 'G3/4'], ('28', 'L'): ['M33x2', 'G1'],
          ('6', 'S'): ['M12x1.5', 'G1/4'], ('8', 'S'): ['M14x1.5', 'G1/4'], ('10', 'S'): ['M16x1.5', 'G3/8'],
          ('12', 'S'): ['M18x1.5', 'G3/8'], ('14', 'S'): ['M20x1.5', 'G1/2'], ('16', 'S'): ['M22x1.5', 'G1/2'],
          ('20', 'S'): ['M27x2', 'G3/4'], ('25', 'S'): ['M33x2', 'G1'], ('30', 'S'): ['M42x2', 'G1-1/4'],
          ('38', 'S'): ['M48x2', 'G1-1/2']}
HF_NAMES = {'GE': ['卡套式直通终端接头', '直通终端接头', '终端直通接头'], 'WE': ['卡套式直角终端接头', '直角终端接头'],
            'G': ['卡套式直通接头', '直通接头', '卡套直通'], 'W': ['卡套式直角接头', '直角弯通接头', '卡套弯通'],
            'T': ['卡套式三通接头', '三通接头', '卡套三通']}
HF_MAT = {'CSZN': ['碳钢镀锌', '镀锌', '碳钢', '碳钢'], 'A4': ['SS316', '不锈钢316', '316']}
AD_PAIRS = [('M14x1.5', 'G1/4'), ('M16x1.5', 'G3/8'), ('M18x1.5', 'G3/8'), ('M18x1.5', 'G1/2'), ('M20x1.5', 'G1/2'),
            ('M22x1.5', 'G1/2'), ('M22x1.5', 'G3/4'), ('M27x2', 'G3/4'), ('M27x2', 'G1'), ('M33x2', 'G1'),
            ('M14x1.5', 'M14x1.5'), ('M16x1.5', 'M16x1.5'), ('M18x1.5', 'M18x1.5'), ('M22x1.5', 'M22x1.5'),
            ('M18x1.5', 'M14x1.5'), ('M22x1.5', 'M18x1.5'), ('G1/4', 'G1/4'), ('G3/8', 'G3/8'), ('G1/2', 'G1/2'),
            ('G1/2', 'G3/8'), ('G3/4', 'G1/2'), ('M14x1.5', 'NPT1/4'), ('M18x1.5', 'NPT3/8'), ('G1/2', 'NPT1/2'),
            ('M16x1.5', 'G1/4'), ('M20x1.5', 'G3/8'), ('M24x1.5', 'G1/2'), ('M30x2', 'G3/4'), ('M36x2', 'G1')]
DN_INCH = {'6': '1/4"', '8': '5/16"', '10': '3/8"', '12': '1/2"', '16': '5/8"', '19': '3/4"', '25': '1"',
           '31': '1-1/4"', '38': '1-1/2"', '51': '2"'}
HOSE_END = {'6': ['M14x1.5', 'M16x1.5'], '8': ['M16x1.5', 'M18x1.5'], '10': ['M18x1.5', 'M20x1.5'],
            '12': ['M22x1.5', 'M24x1.5'], '16': ['M27x2', 'M30x2'], '19': ['M30x2', 'M36x2'], '25': ['M39x2', 'M42x2']}
LAYER_CAT = {'1SN': ['1SN', '一层钢丝编织', 'EN853 1SN', '1层'], '2SN': ['2SN', '两层钢丝编织', 'EN853 2SN', '2层钢丝'],
             '4SP': ['4SP', '四层钢丝缠绕', 'EN856 4SP'], '4SH': ['4SH', 'EN856 4SH', '四层缠绕4SH']}


def build_hydraulics():
    for (t, ser), thrs in GE_THR.items():
        for fam in ('GE', 'WE'):
            for thr in thrs:
                for mat, mp in (('CSZN', 0.95 if fam == 'GE' else 0.6), ('A4', 0.45 if fam == 'GE' else 0.2)):
                    if not p(mp):
                        continue
                    a = {'tube': t, 'ser': ser, 'thr': thr, 'mat': mat}
                    tc = thr.replace('x', ch(['x', 'x', '*']))
                    code = ch(['%s%s%s-%s' % (fam, t, ser, tc), '%s%s%s%s' % (fam, t, ser, tc),
                               '%s %s%s %s' % (fam, t, ser, tc), '%s%s-%s-%s' % (fam, t, ser, tc)])
                    spec = ch(['%s %s' % (code, ch(HF_MAT[mat])), '%s %s' % (ch(HF_MAT[mat]), code),
                               '%s/%s' % (code, ch(HF_MAT[mat]))])
                    add('06.01', 'HF_' + fam, ch(HF_NAMES[fam]), spec, a,
                        mn=('JT' + fam + t + ser) if p(0.2) else None)
        for fam in ('G', 'W', 'T'):
            for mat, mp in (('CSZN', 0.95), ('A4', 0.45)):
                if not p(mp):
                    continue
                a = {'tube': t, 'ser': ser, 'mat': mat}
                code = ch(['%s%s%s' % (fam, t, ser), '%s%s-%s' % (fam, t, ser), '%s %s%s' % (fam, t, ser)])
                spec = ch(['%s %s' % (code, ch(HF_MAT[mat])), 'Φ%s %s %s' % (t, code, ch(HF_MAT[mat])),
                           '%s %s系列 Φ%s %s' % (code, ser, t, ch(HF_MAT[mat]))])
                add('06.01', 'HF_' + fam, ch(HF_NAMES[fam]), spec, a)
    for t1, t2 in AD_PAIRS:
        for ang in ('0', '90'):
            for mat, mp in (('CSZN', 0.95 if ang == '0' else 0.6), ('A4', 0.35 if ang == '0' else 0.15)):
                if not p(mp):
                    continue
                a = {'t1': t1, 't2': t2, 'ang': ang, 'mat': mat}
                name = ch(['过渡接头', '液压过渡接头', '转换接头']) if ang == '0' else ch(['直角过渡接头', '90°过渡接头', '弯头过渡接头'])
                spec = ch(['%s(外)-%s(外)' % (t1, t2), '%s-%s 外外' % (t1, t2), '%s转%s' % (t1, t2),
                           '%s/%s' % (t1, t2)])
                spec += ' ' + ch(HF_MAT[mat])
                add('06.01', 'HF_AD', name, spec, a)
    # hoses
    for dn, inch in DN_INCH.items():
        for layer in ('1SN', '2SN', '4SP', '4SH'):
            if layer == '1SN' and int(dn) > 25 or layer == '4SP' and int(dn) < 10 or layer == '4SH' and int(dn) < 19:
                continue
            for brand, bp in ((None, 1.0), ('Parker', 0.35), ('Manuli', 0.25)):
                if not p(0.9 * bp):
                    continue
                a = {'dn': dn, 'layer': layer, 'brand': brand}
                size = ch(['DN%s' % dn, 'DN%s(%s)' % (dn, inch), '%s' % inch, 'DN%s' % dn])
                spec = '%s %s' % (size, ch(LAYER_CAT[layer]))
                if brand:
                    spec += ' ' + {'Parker': ch(['Parker', '派克']), 'Manuli': ch(['Manuli', '马努利'])}[brand]
                add('06.02', 'HOSE', ch(['高压胶管', '液压胶管', '钢丝编织胶管' if 'SN' in layer else '钢丝缠绕胶管']),
                    spec, a, unit='M')
    for dn, ends in HOSE_END.items():
        for layer in ('1SN', '2SN'):
            for L in (300, 400, 500, 600, 800, 1000, 1200, 1500, 1800, 2000, 2500, 3000):
                for end in ends:
                    for ang in ('SS', 'S90'):
                        if not p(0.6 if ang == 'SS' else 0.35):
                            continue
                        a = {'dn': dn, 'layer': layer, 'L': str(L), 'end': end, 'ang': ang}
                        angt = {'SS': ch(['直-直', '两端直', '直/直']), 'S90': ch(['直-90°', '一端直一端90°', '直/弯90'])}[ang]
                        Lt = ch(['L=%d' % L, 'L%d' % L, '%dmm' % L, 'L=%dmm' % L])
                        r = RC.randrange(3)
                        if r == 0:
                            spec = 'DN%s-%s-%s %s %s' % (dn, layer, Lt, end, angt)
                        elif r == 1:
                            spec = '%s DN%s %s 两端%s %s' % (layer, dn, Lt, end, angt)
                        else:
                            spec = 'DN%s %s %s %s/%s %s' % (dn, ch(LAYER_CAT[layer]), Lt, end, end, angt)
                        add('06.02', 'HOSEA', ch(['胶管总成', '高压胶管总成', '液压软管总成']), spec, a)
    # valves
    def valve(fam, model, name, extra, mp=1.0):
        if not p(mp):
            return
        a = {'model': model}
        a.update(extra)
        spec = ch([model, model, model + ' ' + ch(['力士乐', 'Rexroth', '']) if model[0] in '4DMZ' else model])
        spec = spec.strip()
        add('06.03', fam, name, spec, a, mn=('FM' + model.split('/')[0].replace('-', '')) if p(0.15) else None)

    for ser, mid in (('4WE6', '61B'), ('4WE10', '33')):
        for spool in ('D', 'E', 'G', 'H', 'J', 'M', 'Y', 'C', 'F', 'P'):
            for volt, vs in (('DC24', 'CG24N9Z5L' if ser == '4WE6' else 'CG24N9K4'),
                             ('AC220', 'CW220-50N9Z5L' if ser == '4WE6' else 'CW220-50N9K4')):
                for sealv in ('', '/V'):
                    model = '%s%s%s/%s%s' % (ser, spool, mid, vs, sealv)
                    valve('VDIR', model, ch(['电磁换向阀', '电磁阀', '换向阀', '电磁换向阀']),
                          {'series': ser, 'spool': spool, 'volt': volt, 'sealv': 'V' if sealv else 'N'},
                          0.6 if volt == 'DC24' else 0.35)
    for ser in ('DSG-01', 'DSG-03'):
        for spool in ('3C2', '3C4', '3C6', '3C60', '2B2', '2B3'):
            for volt, vs in (('DC24', 'D24'), ('AC220', 'A220')):
                model = '%s-%s-%s-N1-50' % (ser, spool, vs)
                valve('VDIR', model, ch(['电磁换向阀', '电磁阀', '油研电磁阀']),
                      {'series': ser, 'spool': spool, 'volt': volt, 'sealv': 'N'}, 0.55)
    for size in ('6', '10', '20', '30'):
        for typ in ('K', 'G', 'P'):
            for pres in ('50', '100', '200', '315'):
                for sealv in ('', '/V'):
                    model = 'DBDS%s%s1X/%s%s' % (size, typ, pres, sealv)
                    valve('VREL', model, ch(['直动式溢流阀', '溢流阀']),
                          {'series': 'DBDS%s%s' % (size, typ), 'pres': pres, 'sealv': 'V' if sealv else 'N'},
                          0.45 if not sealv else 0.2)
    for size in ('6', '8', '10', '15', '20', '25', '30'):
        for crack in ('0', '1.0', '3.0'):
            model = 'S%sA%s' % (size, crack) if crack != '0' else 'S%sA' % size
            valve('VCHK', model, ch(['单向阀', '管式单向阀']), {'series': 'S%sA' % size, 'crack': crack}, 0.6)
            model = 'S%sP%s' % (size, crack) if crack != '0' else 'S%sP' % size
            valve('VCHK', model, ch(['单向阀', '板式单向阀']), {'series': 'S%sP' % size, 'crack': crack}, 0.3)
        valve('VCHK', 'RVP%s-10B' % size, ch(['单向阀', '插入式单向阀']), {'series': 'RVP%s' % size}, 0.6)
        valve('VTHR', 'DV%s-1-1X' % size, ch(['节流阀', '截止节流阀']), {'series': 'DV%s' % size}, 0.6)
        valve('VTHR', 'MK%sG1.2' % size, ch(['单向节流阀', '节流阀(单向)']), {'series': 'MK%sG' % size}, 0.6)
        valve('VTHR', 'MK%sG1.2/V' % size, ch(['单向节流阀', '节流阀(单向)']), {'series': 'MK%sG' % size,
                                                                          'sealv': 'V'}, 0.25)
    for thr in ('G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1', 'M14x1.5', 'M16x1.5', 'M18x1.5', 'M22x1.5', 'M27x2', 'M33x2'):
        for ways, pre in (('2', 'KHB'), ('3', 'KHB3K')):
            for mat, mp in (('CS', 0.9), ('A4', 0.4)):
                if ways == '3':
                    mp *= 0.5
                if not p(mp):
                    continue
                model = '%s-%s' % (pre, thr)
                a = {'model': model, 'thr': thr, 'ways': ways, 'mat': mat}
                spec = '%s %s' % (model, {'CS': ch(['碳钢', '', '碳钢']), 'A4': ch(['不锈钢316', 'SS316'])}[mat])
                add('06.03', 'VBALL', ch(['高压球阀', '液压球阀']) if ways == '2' else ch(['三通高压球阀', '三通球阀']),
                    spec.strip(), a)
    # cylinders
    HSG = [('40', '20'), ('40', '25'), ('50', '25'), ('50', '28'), ('63', '35'), ('63', '45'), ('80', '45'),
           ('80', '55'), ('100', '55'), ('100', '70'), ('125', '70'), ('125', '90'), ('140', '80'), ('160', '100')]
    MOUNT = {'E': ['单耳环', '单耳', '耳环'], 'EE': ['双耳环', '双耳'], 'F': ['前法兰', '法兰'], 'T': ['中间耳轴', '耳轴']}
    for bore, rod in HSG:
        for stroke in (100, 150, 200, 250, 300, 350, 400, 500, 600, 700, 800, 1000):
            for mount in MOUNT:
                if not p(0.55 if mount in ('E', 'EE') else 0.3):
                    continue
                a = {'ser': 'HSG', 'bore': bore, 'rod': rod, 'stroke': str(stroke), 'mount': mount}
                mt = ch(MOUNT[mount])
                r = RC.randrange(4)
                if r == 0:
                    spec = 'HSG%s/%s-%d %s' % (bore, rod, stroke, mt)
                elif r == 1:
                    spec = 'HSG %s/%sx%d-%s' % (bore, rod, stroke, mt)
                elif r == 2:
                    spec = '缸径%s 杆径%s 行程%d %s' % (bore, rod, stroke, mt)
                else:
                    spec = 'HSG-%s/%s*%d(%s)' % (bore, rod, stroke, mt)
                add('06.04', 'HCYL', ch(['液压缸', '液压油缸', '油缸', '工程液压缸']), spec, a,
                    mn=('YG%s%s%d' % (bore, rod, stroke)) if p(0.15) else None)
    MOBM = {'LB': ['LB', '脚座'], 'FA': ['FA', '前法兰'], 'CA': ['CA', '单耳'], 'TC': ['TC', '中间耳轴']}
    for bore in ('30', '40', '50', '63', '80', '100'):
        for stroke in (50, 75, 100, 125, 150, 200, 250, 300, 400, 500):
            for mount in MOBM:
                if not p(0.3):
                    continue
                a = {'ser': 'MOB', 'bore': bore, 'rod': None, 'stroke': str(stroke), 'mount': mount}
                spec = ch(['MOB%sx%d-%s' % (bore, stroke, MOBM[mount][0]), 'MOB %s*%d %s' % (bore, stroke, MOBM[mount][0]),
                           'MOB%s-%d-%s(%s)' % (bore, stroke, MOBM[mount][0], MOBM[mount][1])])
                add('06.04', 'HCYL', ch(['轻型油缸', 'MOB油缸', '轻型液压缸']), spec, a)


# ----------------------------------------------------------------------------------------------
# Numbering, aliases, output
# ----------------------------------------------------------------------------------------------
OLD_PREFIX = {'03.01': 'LS', '03.02': 'LD', '03.03': 'LM', '03.04': 'DQ', '03.05': 'LZ', '03.06': 'MD', '03.07': 'XZ',
              '04.01': 'ZC', '05.01': 'OR', '05.02': 'YF', '05.03': 'MF', '06.01': 'JT', '06.02': 'JG', '06.03': 'FM',
              '06.04': 'YG'}


def twin_key(it):
    a = it['attrs']
    fam = a['fam']
    if fam == 'BRG':
        return ('BRG', a['base'], a['seal'], a['suf'])
    if fam == 'OR':
        return ('OR', a['id'], a['cs'])
    if fam == 'OS':
        return ('OS', a['dims'])
    if 'd' in a:
        return (fam, a['d'], a.get('L'))
    return None


def number_items():
    bygroup = defaultdict(list)
    for it in ITEMS:
        bygroup[it['group']].append(it)
    for g in sorted(bygroup):
        lst = bygroup[g]
        RC.shuffle(lst)
        n_late = len(lst) // 5
        early, late = lst[n_late:], lst[:n_late]
        early.sort(key=lambda it: it['seq'])      # bulk import in generation order
        late.sort(key=lambda it: it['seq'] % 97)   # added later, ad hoc
        order = early + late
        seen_twin = {}
        used = set()
        serial = 0
        for it in order:
            tk = twin_key(it)
            if tk is not None and tk in seen_twin and p(0.035):
                base = seen_twin[tk]
                sufs = [x for x in ('B', 'A', '-1', 'C', '-01', '-2') if base['number'] + x not in used]
                suf = ch(sufs[:3])
                it['number'] = base['number'] + suf
                used.add(it['number'])
                it['suffix_of'] = base
                continue
            serial += ch([1, 1, 1, 1, 1, 1, 2, 1, 1, 3])   # gaps: deleted or forbidden items
            it['number'] = '%s.%05d' % (g, serial)
            used.add(it['number'])
            if tk is not None and tk not in seen_twin:
                seen_twin[tk] = it
        # old numbers
        oldn = 0
        for it in order:
            if 'suffix_of' in it:
                b = it['suffix_of']
                if b.get('old') and p(0.8):
                    it['old'] = b['old'] + ch(['B', 'A', 'B'])
                continue
            if p(0.22):
                oldn += ch([1, 1, 2])
                it['old'] = '%s-%04d' % (OLD_PREFIX[g], oldn)
    allnums = set()
    for it in ITEMS:
        assert it['number'] not in allnums, it['number']
        allnums.add(it['number'])
    for it in ITEMS:
        al = []
        if it.get('old'):
            al.append(it['old'])
        if it.get('mn'):
            al.append(it['mn'])
        al += it['aliases']
        RC.shuffle(al)
        it['aliases'] = al


def catalogue_main():
    build_fasteners()
    build_bearings()
    build_seals()
    build_hydraulics()
    number_items()
    ITEMS.sort(key=lambda it: (it['number'].split('.')[0], it['number'].split('.')[1],
                               it['number'].split('.')[2]))
    with open(os.path.join(HERE, 'catalogue.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
        for it in ITEMS:
            w.writerow([it['number'], it['name'], it['spec'], it['unit'], '原材料', ';'.join(it['aliases'])])


if __name__ == '__main__':
    catalogue_main()
    print('catalogue items:', len(ITEMS))
    print(Counter(it['attrs']['fam'] for it in ITEMS).most_common())
    sys.path.insert(0, HERE)
    import make_queries
    make_queries.main(ITEMS)
