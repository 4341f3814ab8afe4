#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Hand-written rules that turn catalogue items into buyer / storekeeper chat queries.

Called by make_catalogue.py with the generated items (run `python3 make_catalogue.py`).
Every query records what it states as a set of accepted attribute values per attribute; see the
docstring of make_catalogue.py.  `consistent()` is the careful reader: a positive query is written
only if exactly its target is consistent, a null query only if nothing is.
"""
import json
import os
import random
from collections import defaultdict, Counter

import make_catalogue as MC

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(MC.SEED + 1)


def ch(seq):
    return seq[R.randrange(len(seq))]


def p(x):
    return R.random() < x


# ----------------------------------------------------------------------------------------------
# the careful reader
# ----------------------------------------------------------------------------------------------
INDEX_KEYS = ('base', 'id', 'dims', 'model', 'd', 'tube', 'dn', 'bore', 'thr', 't1', 'as', 'size')
ITEMS = []
IDX = defaultdict(list)


def build_index(items):
    ITEMS[:] = items
    for it in items:
        for k in INDEX_KEYS:
            if k in it['attrs']:
                IDX[(k, it['attrs'][k])].append(it)


def consistent(it, cons):
    a = it['attrs']
    for k, allowed in cons.items():
        v = a.get(k)
        if k == 'std' and v is None:
            continue          # an item that states no standard could be any standard
        if v not in allowed:
            return False
    return True


def matches(cons):
    pool = None
    for k in INDEX_KEYS:
        if k in cons:
            pool = []
            for v in cons[k]:
                pool += IDX.get((k, v), [])
            break
    if pool is None:
        pool = ITEMS
    return [it for it in pool if consistent(it, cons)]


# ----------------------------------------------------------------------------------------------
# vocabulary: word -> set of families a careful reader would accept for it
# ----------------------------------------------------------------------------------------------
WORDS = []   # (lang, word, famset)


def W(lang, fams, *words):
    for w in words:
        WORDS.append((lang, w, frozenset(fams.split())))


HEXB = 'HB_P HB_F FB'
BOLT = 'HB_P HB_F FB STUD EYE SHCS CSK_S BHCS'
SCREW = 'HB_P HB_F FB SHCS CSK_S BHCS PAN CSK_P SET_FLAT SET_CONE SET_CUP EYE'
SETS = 'SET_FLAT SET_CONE SET_CUP'
NUTS = 'NUT NUT_THIN NUT_NY NUT_FL RIV_N'
WASH = 'WAS WAS_L WAS_S BW'
PINS = 'PIN_D PIN_T PIN_SP PIN_C'
SEALS = 'OR OS YR DW GS BW'
HFALL = 'HF_GE HF_WE HF_G HF_W HF_T HF_AD'
VALL = 'VDIR VREL VCHK VTHR VBALL'
W('zh', HEXB, '六角头螺栓', '六角螺栓', '外六角螺栓', '外六角', '外六角螺丝', '六角螺丝', '外六角螺钉')
W('zh', 'HB_P', '半牙六角螺栓', '半牙外六角', '半螺纹六角头螺栓', '半牙外六角螺丝')
W('zh', 'HB_F', '全牙六角螺栓', '全牙外六角', '全螺纹六角头螺栓', '全牙外六角螺丝', '全丝外六角')
W('zh', BOLT, '螺栓')
W('zh', SCREW, '螺丝', '螺钉')
W('zh', 'SHCS', '内六角圆柱头螺钉', '杯头螺丝', '圆柱头内六角螺钉', '内六角圆柱头螺丝', '杯头内六角', '内六角杯头螺丝')
W('zh', 'SHCS CSK_S BHCS ' + SETS, '内六角螺钉', '内六角螺丝', '内六角')
W('zh', 'SHCS CSK_S BHCS', '内六角螺栓')
W('zh', 'CSK_S', '内六角沉头螺钉', '沉头内六角螺丝', '平杯螺丝', '内六角平头螺丝')
W('zh', 'CSK_S CSK_P', '沉头螺钉', '沉头螺丝')
W('zh', 'BHCS', '内六角圆头螺钉', '内六角半圆头螺钉', '圆杯螺丝', '半圆头内六角螺丝')
W('zh', 'PAN', '十字盘头螺钉', '盘头十字螺丝', '十字槽盘头螺钉', '十字圆头螺丝')
W('zh', 'CSK_P', '十字沉头螺钉', '十字平头螺丝', '十字槽沉头螺钉', '沉头十字螺丝')
W('zh', 'PAN CSK_P', '十字螺丝', '十字螺钉')
W('zh', SETS, '紧定螺钉', '顶丝', '机米螺丝', '机米', '无头螺丝')
W('zh', 'SET_FLAT', '平端紧定螺钉', '内六角平端紧定螺钉', '平端机米', '平端顶丝')
W('zh', 'SET_CONE', '锥端紧定螺钉', '内六角锥端紧定螺钉', '尖头机米', '锥端顶丝')
W('zh', 'SET_CUP', '凹端紧定螺钉', '内六角凹端紧定螺钉', '凹端机米', '凹端顶丝')
W('zh', 'FB', '六角法兰面螺栓', '法兰螺栓', '法兰面螺栓', '六角法兰螺栓')
W('zh', 'EYE', '吊环螺钉', '吊环螺栓', '吊环')
W('zh', NUTS, '螺母', '螺帽')
W('zh', 'NUT NUT_THIN', '六角螺母', '六角螺帽', '外六角螺母')
W('zh', 'NUT_THIN', '薄螺母', '六角薄螺母', '薄型螺母')
W('zh', 'NUT_NY', '尼龙锁紧螺母', '尼龙自锁螺母', '尼龙螺母')
W('zh', 'NUT_NY NUT_FL NUT_THIN', '防松螺母', '锁紧螺母')
W('zh', 'NUT_FL', '法兰螺母', '法兰面螺母', '六角法兰面螺母')
W('zh', WASH, '垫圈', '垫片')
W('zh', 'WAS WAS_L', '平垫', '平垫圈', '平垫片')
W('zh', 'WAS_L', '大垫', '大平垫', '大垫圈', '加大平垫')
W('zh', 'WAS_S', '弹垫', '弹簧垫圈', '弹簧垫片', '弹簧垫')
W('zh', 'STUD', '双头螺柱', '双头螺栓', '双头螺丝')
W('zh', 'ROD', '全牙螺杆', '丝杆', '牙条', '通丝', '全螺纹螺柱', '螺纹杆')
W('zh', 'RIV_B RIV_BC', '抽芯铆钉', '拉铆钉', '拉钉', '抽芯拉铆钉')
W('zh', 'RIV_BC', '沉头抽芯铆钉', '沉头拉铆钉')
W('zh', 'RIV_B RIV_BC RIV_S', '铆钉')
W('zh', 'RIV_S', '半圆头铆钉', '实心铆钉')
W('zh', 'RIV_N', '拉铆螺母', '铆螺母', '拉帽', '拉铆螺帽')
W('zh', PINS, '销', '销子')
W('zh', 'PIN_D PIN_SP', '圆柱销')
W('zh', 'PIN_D PIN_T', '定位销')
W('zh', 'PIN_T', '圆锥销', '锥销')
W('zh', 'PIN_SP', '弹性圆柱销', '弹性销', '弹簧销')
W('zh', 'PIN_C', '开口销', '开口销子')
W('en', HEXB, 'hex bolt', 'hex head bolt', 'hex screw')
W('en', 'HB_P', 'partially threaded hex bolt', 'half thread hex bolt')
W('en', 'HB_F', 'full thread hex bolt', 'fully threaded hex bolt', 'hex tap bolt')
W('en', BOLT, 'bolt')
W('en', 'SHCS', 'socket head cap screw', 'SHCS', 'socket cap screw', 'allen bolt')
W('en', 'SHCS CSK_S BHCS ' + SETS, 'allen screw')
W('en', 'CSK_S', 'countersunk socket screw', 'flat head socket screw')
W('en', 'BHCS', 'button head socket screw', 'button head screw')
W('en', 'PAN', 'phillips pan head screw', 'pan head screw')
W('en', 'CSK_P', 'phillips countersunk screw', 'phillips flat head screw')
W('en', SETS, 'set screw', 'grub screw')
W('en', 'SET_FLAT', 'flat point set screw')
W('en', 'SET_CONE', 'cone point set screw')
W('en', 'SET_CUP', 'cup point set screw')
W('en', 'FB', 'flange bolt', 'hex flange bolt')
W('en', 'EYE', 'eye bolt', 'lifting eye bolt')
W('en', 'NUT NUT_THIN', 'hex nut')
W('en', NUTS, 'nut')
W('en', 'NUT_THIN', 'thin nut', 'jam nut')
W('en', 'NUT_NY', 'nylon lock nut', 'nyloc nut')
W('en', 'NUT_FL', 'flange nut')
W('en', 'WAS WAS_L', 'flat washer')
W('en', WASH, 'washer')
W('en', 'WAS_L', 'large washer', 'fender washer')
W('en', 'WAS_S', 'spring washer', 'lock washer', 'split lock washer')
W('en', 'STUD', 'stud bolt', 'double end stud')
W('en', 'ROD', 'threaded rod', 'all thread rod')
W('en', 'RIV_B RIV_BC', 'blind rivet', 'pop rivet')
W('en', 'RIV_S', 'solid rivet', 'round head rivet')
W('en', 'RIV_N', 'rivet nut', 'nutsert')
W('en', 'PIN_D', 'dowel pin')
W('en', 'PIN_T', 'taper pin')
W('en', 'PIN_SP', 'spring pin', 'roll pin')
W('en', 'PIN_C', 'cotter pin', 'split pin')
# seals
W('zh', 'OR', 'O型圈', 'O形圈', 'o型圈', 'O型密封圈', 'O圈', 'O型圈', 'O形圈')
W('zh', SEALS, '密封圈')
W('en', 'OR', 'O-ring', 'o-ring', 'oring', 'O ring')
W('zh', 'OS', '油封', '骨架油封', '油封', '骨架油封')
W('en', 'OS', 'oil seal', 'shaft seal')
W('zh', 'YR', 'Y型圈', 'Y形圈', 'Y型密封圈')
W('en', 'YR', 'U-cup seal')
W('zh', 'DW', '防尘圈', '防尘密封圈')
W('en', 'DW', 'wiper seal', 'dust seal')
W('zh', 'BW', '组合垫圈', '组合垫', '组合密封垫圈', '组合密封垫')
W('zh', WASH, '垫圈')
W('en', 'BW', 'bonded seal', 'dowty washer')
# hydraulics
W('zh', 'HF_GE', '卡套式直通终端接头', '直通终端接头', '终端直通', '终端直通接头')
W('zh', 'HF_GE HF_G', '直通接头', '卡套直通')
W('zh', 'HF_WE', '直角终端接头', '卡套式直角终端接头', '终端弯通')
W('zh', 'HF_W HF_WE', '直角接头', '弯通', '卡套弯头')
W('zh', 'HF_G', '卡套式直通接头', '两通直通接头')
W('zh', 'HF_W', '卡套式直角接头', '直角弯通接头')
W('zh', 'HF_T', '三通接头', '卡套三通', '三通', '卡套式三通接头')
W('zh', 'HF_AD', '过渡接头', '转换接头', '变径接头')
W('zh', HFALL, '接头', '液压接头', '卡套接头')
W('en', 'HF_GE', 'male stud connector', 'straight male connector')
W('en', 'HF_T', 'tee union', 'tube tee')
W('en', 'HF_W HF_WE', 'elbow')
W('en', 'HF_AD', 'adapter', 'adaptor')
W('zh', 'HOSE', '高压胶管', '液压胶管', '胶管', '钢丝编织胶管', '高压油管')
W('en', 'HOSE', 'hydraulic hose', 'hose')
W('zh', 'HOSEA', '胶管总成', '软管总成', '高压胶管总成', '油管总成')
W('en', 'HOSEA', 'hose assembly')
W('zh', 'VDIR', '电磁换向阀', '电磁阀', '换向阀')
W('zh', 'VREL', '溢流阀', '直动溢流阀')
W('zh', 'VCHK VTHR', '单向阀')
W('zh', 'VTHR', '节流阀')
W('zh', 'VBALL', '高压球阀', '球阀', '液压球阀')
W('zh', VALL, '阀', '阀门')
W('en', 'VDIR', 'solenoid valve', 'directional valve')
W('en', 'VREL', 'relief valve')
W('en', 'VCHK VTHR', 'check valve')
W('en', 'VTHR', 'throttle valve')
W('en', 'VBALL', 'ball valve')
W('zh', 'HCYL', '液压缸', '油缸', '液压油缸')
W('en', 'HCYL', 'hydraulic cylinder')


# words whose reading is broad (the conflict set above) but that a buyer would only use for some of those
# families: they are never used to name the others (e.g. 防松螺母 may mean a thin jam nut, but nobody asking
# for a 防松螺母 should be handed one)
USE_ONLY = {'防松螺母': {'NUT_NY'}, '锁紧螺母': {'NUT_NY'}, '螺母': {'NUT', 'NUT_THIN', 'NUT_NY', 'NUT_FL'},
            '螺帽': {'NUT', 'NUT_THIN', 'NUT_NY', 'NUT_FL'}, 'nut': {'NUT', 'NUT_THIN', 'NUT_NY', 'NUT_FL'},
            '螺丝': set(SCREW.split()) - {'EYE'}, '螺钉': set(SCREW.split()) - {'EYE'},
            '卡套接头': set(HFALL.split()) - {'HF_AD'}, '垫圈': {'WAS', 'WAS_L', 'WAS_S'},
            '垫片': {'WAS', 'WAS_L', 'WAS_S'}, 'washer': {'WAS', 'WAS_L', 'WAS_S'}, '圆柱销': {'PIN_D'},
            '定位销': {'PIN_D'}, '单向阀': {'VCHK'}, 'check valve': {'VCHK'}}


def words_for(fam, lang, minlen=0):
    lg = 'en' if lang == 'en' else 'zh'
    out = [(w, fs) for l, w, fs in WORDS if l == lg and fam in fs and len(w) >= minlen
           and fam in USE_ONLY.get(w, fs)]
    return out


# ----------------------------------------------------------------------------------------------
# token renderers
# ----------------------------------------------------------------------------------------------
ZNB = frozenset(['ZN', 'YZN', 'HDG'])
FIN_Q = {
    'zh': {'ZN': [('镀锌', ZNB), ('蓝白锌', {'ZN'}), ('白锌', {'ZN'}), ('镀蓝白锌', {'ZN'}), ('Zn', ZNB), ('镀锌', ZNB)],
           'YZN': [('彩锌', {'YZN'}), ('镀彩锌', {'YZN'}), ('黄锌', {'YZN'})],
           'HDG': [('热镀锌', {'HDG'}), ('热浸锌', {'HDG'}), ('热镀锌', {'HDG'})],
           'BLK': [('发黑', {'BLK'}), ('黑色', {'BLK'}), ('发黑', {'BLK'}), ('黑', {'BLK'})],
           'DAC': [('达克罗', {'DAC'})],
           'PLAIN': [('本色', {'PLAIN'}), ('不镀', {'PLAIN'}), ('本色', {'PLAIN'})]},
    'en': {'ZN': [('zinc', ZNB), ('zinc plated', ZNB), ('ZP', ZNB), ('blue white zinc', {'ZN'})],
           'YZN': [('yellow zinc', {'YZN'})], 'HDG': [('HDG', {'HDG'}), ('hot dip galvanized', {'HDG'})],
           'BLK': [('black', {'BLK'}), ('black oxide', {'BLK'})], 'DAC': [('dacromet', {'DAC'})],
           'PLAIN': [('plain', {'PLAIN'}), ('self colour', {'PLAIN'})]}}
STAIN = frozenset(['A2', 'A4', '201'])
MAT_Q = {
    'zh': {'A2': [('SS304', {'A2'}), ('304', {'A2'}), ('不锈钢304', {'A2'}), ('A2-70', {'A2'}), ('304不锈钢', {'A2'}),
                  ('sus304', {'A2'}), ('不锈钢', STAIN), ('304', {'A2'})],
           'A4': [('SS316', {'A4'}), ('316', {'A4'}), ('不锈钢316', {'A4'}), ('A4-80', {'A4'}), ('316不锈钢', {'A4'}),
                  ('不锈钢', STAIN), ('316', {'A4'})],
           '201': [('201', {'201'}), ('不锈钢201', {'201'}), ('SS201', {'201'}), ('201不锈钢', {'201'})],
           'AL': [('铝', {'AL'}), ('铝制', {'AL'}), ('铝的', {'AL'})],
           'CS': [('碳钢', {'CS'})]},
    'en': {'A2': [('SS304', {'A2'}), ('stainless 304', {'A2'}), ('A2-70', {'A2'}), ('304 stainless', {'A2'}),
                  ('stainless', STAIN)],
           'A4': [('SS316', {'A4'}), ('stainless 316', {'A4'}), ('A4-80', {'A4'}), ('stainless', STAIN)],
           '201': [('SS201', {'201'})], 'AL': [('aluminium', {'AL'}), ('alu', {'AL'})],
           'CS': [('carbon steel', {'CS'}), ('steel', {'CS'})]}}
RIV_CS = {'zh': [('铁', {'CS'}), ('钢', {'CS'}), ('碳钢', {'CS'}), ('铁的', {'CS'})], 'en': [('steel', {'CS'})]}
NOCLASS = MC.NOCLASS


def mat_tokens(fam, mat, lang):
    lg = 'en' if lang == 'en' else 'zh'
    if mat == 'CS' and fam in ('RIV_B', 'RIV_BC', 'RIV_S'):
        return RIV_CS[lg]
    opts = MAT_Q[lg].get(mat, [])
    if fam in NOCLASS:
        opts = [o for o in opts if o[0] not in ('A2-70', 'A4-80')]
    return opts


def grade_tokens(fam, g, lang):
    if g == '45H':
        return [('45H', {'45H'}), ('45H级', {'45H'})]
    if g == 'HT':
        return [('淬火', {'HT'}), ('淬硬', {'HT'})] if lang != 'en' else [('hardened', {'HT'})]
    if lang == 'en':
        return [('grade %s' % g, {g}), (g, {g}), ('class %s' % g, {g})] if '.' in g else \
            [('grade %s' % g, {g}), ('class %s' % g, {g})]
    if '.' in g:
        return [('%s级' % g, {g}), (g, {g}), ('%s级' % g, {g}), ('grade %s' % g, {g}), ('强度%s' % g, {g})]
    return [('%s级' % g, {g}), ('%s级' % g, {g}), ('grade %s' % g, {g})]


def std_tokens(std, lang):
    org, num = MC.std_parts(std)
    year = MC.STD[std][1]
    if org == 'GB/T':
        o = ['GB/T %s' % num, 'GB/T%s' % num, 'GB%s' % num, 'GB %s' % num]
        if lang == 'en':
            return o[:3]
        o += ['国标%s' % num, 'GB/T%s' % num, 'gb%s' % num, 'GBT%s' % num, 'GB/T-%s' % num, '国标 %s' % num]
        if year:
            o.append('GB/T %s-%s' % (num, year))
        if std in MC.STD_SHORT_OK:
            o.append(MC.STD_SHORT_OK[std])
        return o
    if org == 'DIN':
        o = ['DIN %s' % num, 'DIN%s' % num]
        if lang == 'en':
            return o
        return o + ['德标%s' % num, 'din%s' % num, 'DIN-%s' % num, '德标 %s' % num, 'DIN%s' % num]
    return ['ISO %s' % num, 'ISO%s' % num, 'iso%s' % num]


def size_token(fam, a, lang, with_pitch):
    d, L, pitch = a['d'], a.get('L'), a.get('pitch')
    if fam in ('RIV_B', 'RIV_BC', 'RIV_S', 'PIN_D', 'PIN_T', 'PIN_SP', 'PIN_C'):
        forms = ['{d}x{L}', '{d}*{L}', 'Φ{d}x{L}', '{d}×{L}', 'φ{d}*{L}', '{d}*{L}']
        if lang == 'en':
            forms = ['{d}x{L}', '{d} x {L}mm', 'D{d} x {L}']
        return ch(forms).format(d=d, L=L)
    if fam == 'ROD':
        m = L // 1000
        forms = ['M{d}x{L}', 'M{d}*{L}', 'M{d}*{m}米', 'M{d} {m}米', 'M{d}x{m}m', 'M{d}长{m}米']
        if lang == 'en':
            forms = ['M{d}x{L}', 'M{d} x {m}m']
        return ch(forms).format(d=d, L=L, m=m)
    if L is None:
        if pitch and with_pitch:
            return ch(['M{d}x{p}', 'M{d}*{p}', 'M{d}X{p}']).format(d=d, p=pitch)
        forms = ['M{d}', 'm{d}', 'M{d}']
        if fam in ('WAS', 'WAS_L', 'WAS_S') and lang != 'en':
            forms += ['Φ{d}', 'φ{d}', 'M{d}用']
        return ch(forms).format(d=d)
    if pitch and with_pitch:
        return ch(['M{d}x{p}x{L}', 'M{d}*{p}*{L}', 'M{d}x{p}-{L}', 'M{d}X{p}X{L}']).format(d=d, p=pitch, L=L)
    forms = ['M{d}x{L}', 'M{d}*{L}', 'M{d}×{L}', 'm{d}-{L}', 'M{d}X{L}', 'm{d}x{L}', 'M{d}*{L}', 'M{d}-{L}',
             'M{d}x{L}', 'm{d}*{L}']
    if lang == 'zh':
        forms += ['M{d}长{L}', 'M{d}*{L}mm']
    if lang == 'en':
        forms = ['M{d}x{L}', 'M{d} x {L}', 'M{d}x{L}mm', 'M{d}-{L}']
    return ch(forms).format(d=d, L=L)


def join(tokens):
    out = ''
    for t in tokens:
        if not t:
            continue
        if not out:
            out = t
            continue
        a, b = out[-1], t[0]
        if (a.isascii() and (a.isalnum() or a in '"%')) and (b.isascii() and b.isalnum()):
            sep = ' '
        elif a.isascii() or b.isascii():
            sep = ch([' ', '', ' '])
        else:
            sep = ch([' ', ''])
        out += sep + t
    return out


def order(slots, lang, orders):
    """slots: dict name -> token; orders: list of name sequences."""
    seq = ch(orders)
    out = [slots[k] for k in seq if k in slots and slots[k]]
    for k, v in slots.items():
        if k not in seq and v:
            out.append(v)
    return join(out)


# ----------------------------------------------------------------------------------------------
# builders: (item, level, lang) -> (text, cons) ; level in [0,1] raises how much is stated
# ----------------------------------------------------------------------------------------------
def incl(lv, base=0.35):
    return p(base + (1 - base) * lv)


LONGWORD = [False]   # set while writing a typo query: prefer long family words (the ones people misspell)


def pick_word(fam, lang, cons, force=False):
    ws = words_for(fam, lang)
    if LONGWORD[0] and any(len(w) >= 5 for w, fs in ws):
        ws = [(w, fs) for w, fs in ws if len(w) >= 5]
    if not ws:
        return None
    w, fs = ch(ws)
    cons['fam'] = set(fs)
    return w


def b_fastener(it, lv, lang):
    a = it['attrs']
    fam = a['fam']
    cons = {}
    slots = {}
    std = a.get('std')
    use_std = bool(std) and incl(lv, 0.3)
    if not use_std or p(0.75) or LONGWORD[0]:
        slots['fam'] = pick_word(fam, lang, cons)
    else:
        cons['fam'] = {fam}
    if use_std:
        slots['std'] = ch(std_tokens(std, lang))
        cons['std'] = {std}
    with_pitch = bool(a.get('pitch')) and p(0.85)
    slots['size'] = size_token(fam, a, lang, with_pitch)
    cons['d'] = {a['d']}
    if a.get('L') is not None:
        cons['L'] = {a['L']}
    if with_pitch:
        cons['pitch'] = {a['pitch']}
    if a['mat'] == 'CS' and a.get('grade') and incl(lv, 0.45):
        t, s = ch(grade_tokens(fam, a['grade'], lang))
        slots['grade'] = t
        cons['grade'] = set(s)
    if a['mat'] != 'CS' or fam in ('RIV_B', 'RIV_BC', 'RIV_S'):
        if a['mat'] != 'CS' and incl(lv, 0.6) or a['mat'] == 'CS' and incl(lv, 0.2):
            t, s = ch(mat_tokens(fam, a['mat'], lang))
            slots['mat'] = t
            cons['mat'] = set(s)
    elif p(0.08 + 0.1 * lv):
        t, s = ch(mat_tokens(fam, 'CS', lang))
        slots['mat'] = t
        cons['mat'] = set(s)
    fin = a.get('fin')
    if fin and fin != 'NA' and incl(lv, 0.35):
        t, s = ch(FIN_Q['en' if lang == 'en' else 'zh'][fin])
        slots['fin'] = t
        cons['fin'] = set(s)
    if fam == 'RIV_N' and incl(lv, 0.2):
        if a['head'] == 'csk':
            slots['head'] = ch(['沉头', '小沉头']) if lang != 'en' else 'countersunk'
        else:
            slots['head'] = ch(['平头', '平头']) if lang != 'en' else 'flat head'
        cons['head'] = {a['head']}
    if lang == 'en':
        orders = [['fam', 'size', 'grade', 'mat', 'fin', 'std'], ['size', 'fam', 'grade', 'mat', 'fin', 'std'],
                  ['std', 'fam', 'size', 'grade', 'mat', 'fin'], ['fam', 'std', 'size', 'mat', 'grade', 'fin']]
    else:
        orders = [['head', 'fam', 'size', 'grade', 'mat', 'fin', 'std'], ['std', 'fam', 'size', 'grade', 'mat', 'fin'],
                  ['size', 'fam', 'grade', 'mat', 'fin', 'std'], ['fam', 'std', 'size', 'grade', 'fin', 'mat'],
                  ['grade', 'size', 'mat', 'fam', 'fin', 'std'], ['size', 'grade', 'fin', 'mat', 'head', 'fam', 'std'],
                  ['fam', 'size', 'fin', 'grade', 'mat', 'std'], ['mat', 'fam', 'size', 'grade', 'fin', 'std'],
                  ['head', 'fam', 'std', 'size', 'mat', 'grade', 'fin']]
    return order(slots, lang, orders), cons


BRAND_Q = {'SKF': ['SKF', 'skf', '斯凯孚', 'SKF'], 'NSK': ['NSK', 'nsk', 'NSK'], 'FAG': ['FAG', 'fag'],
           'NTN': ['NTN'], 'INA': ['INA'], 'FYH': ['FYH'], 'HRB': ['HRB', '哈轴', '哈尔滨'],
           'ZWZ': ['ZWZ', '瓦轴', '瓦房店'], 'C&U': ['C&U', '人本', '人本C&U'], 'LYC': ['LYC', '洛轴'],
           'TIMKEN': ['TIMKEN', '铁姆肯'], 'KOYO': ['KOYO', '光洋']}
BRG_WORDS = {'zh': {'_': ['轴承', '轴承', '轴承'], 'DG': ['深沟球轴承', '深沟轴承'], 'CYL': ['圆柱滚子轴承', '圆柱轴承'],
                    'TAP': ['圆锥滚子轴承', '圆锥轴承', '锥形轴承'], 'THR': ['推力球轴承', '平面轴承', '推力轴承'],
                    'ANG': ['角接触球轴承', '角接触轴承'], 'SPH': ['调心滚子轴承', '球面滚子轴承'],
                    'SAB': ['调心球轴承'], 'UC': ['外球面轴承'], 'UCP': ['带座轴承', '立式座轴承'],
                    'UCF': ['带座轴承', '方座轴承'], 'HK': ['滚针轴承']},
             'en': {'_': ['bearing'], 'DG': ['deep groove ball bearing', 'ball bearing'],
                    'CYL': ['cylindrical roller bearing'], 'TAP': ['taper roller bearing', 'tapered roller bearing'],
                    'THR': ['thrust ball bearing', 'thrust bearing'], 'ANG': ['angular contact bearing'],
                    'SPH': ['spherical roller bearing'], 'SAB': ['self-aligning ball bearing'],
                    'UC': ['insert bearing'], 'UCP': ['pillow block bearing'], 'UCF': ['flange bearing unit'],
                    'HK': ['needle bearing', 'drawn cup needle bearing']}}
SEAL_Q = {'ZZ': ['ZZ', '-ZZ', 'zz', '-2Z', '2Z', ' ZZ', '-zz'], '2RS': ['-2RS', '2RS', '-2rs', '-2RS1', ' 2RS', '2RS'],
          '2RZ': ['-2RZ', '2RZ', ' 2RZ']}
SEAL_BRAND_Q = {('NSK', '2RS'): 'DDU', ('NTN', '2RS'): 'LLU', ('SKF', '2RS'): '-2RSH', ('FAG', '2RS'): '-2RSR'}
SUF_Q = {('CYL', 'E'): ['E'], ('CYL', 'EM'): ['EM'], ('ANG', 'B'): ['B'], ('ANG', 'AC'): ['AC'], ('ANG', 'C'): ['C'],
         ('SPH', 'CA'): ['CA', 'CA/W33', ' CA'], ('SPH', 'CC'): ['CC', 'CC/W33', ' CC'], ('SPH', 'E'): ['E', ' E'],
         ('SPH', 'CAK'): ['CAK', 'CAK/W33'], ('SAB', 'K'): ['K']}


def brg_dims(a):
    b = a['base']
    for t in (MC.DG_DIMS, MC.TAP_DIMS, MC.THR_DIMS, MC.SPH_DIMS, MC.SAB_DIMS):
        if b in t:
            return t[b]
    return None


def b_bearing(it, lv, lang, force_brand=False, core_override=None):
    a = it['attrs']
    bt, base, seal, suf, cl, brand = a['btype'], a['base'], a['seal'], a['suf'], a['cl'], a['brand']
    cons = {'fam': {'BRG'}, 'base': {base}, 'seal': {seal}, 'suf': {suf}}
    slots = {}
    use_brand = force_brand or incl(lv, 0.3)
    core = base
    if suf:
        core += ch(SUF_Q[(bt, suf)])
    if seal != 'open':
        st = ch(SEAL_Q[seal])
        if use_brand and (brand, seal) in SEAL_BRAND_Q and p(0.4):
            st = SEAL_BRAND_Q[(brand, seal)]
        core += st
    if core_override:
        core = core_override
    if p(0.06):
        core = core.lower()
    # like the seal, the clearance is part of the designation: a bare number is the normal (CN) clearance
    cons['cl'] = {cl}
    if cl == 'C3':
        core += ch(['/C3', ' C3', 'C3', '-C3'])
    elif lv > 0.6 and p(0.15):
        core += ch([' CN', '/CN'])
    slots['core'] = core
    if use_brand:
        slots['brand'] = ch([b for b in BRAND_Q[brand] if b.isascii()] if lang == 'en' else BRAND_Q[brand])
        cons['brand'] = {brand}
    if incl(lv, 0.8) or lang == 'en' or LONGWORD[0]:
        lg = 'en' if lang == 'en' else 'zh'
        ws = BRG_WORDS[lg]['_'] + BRG_WORDS[lg].get(bt, [])
        if LONGWORD[0] and any(len(w) >= 4 for w in ws):
            ws = [w for w in ws if len(w) >= 4]
        slots['fam'] = ch(ws)
    dims = brg_dims(a)
    if dims and p(0.08):
        slots['dims'] = ch(['(%s)' % dims, dims.replace('x', '*'), '%s' % dims])
    orders = [['fam', 'core', 'brand', 'dims'], ['core', 'fam', 'brand'], ['brand', 'core', 'fam'],
              ['fam', 'brand', 'core', 'dims'], ['core', 'brand', 'fam'], ['brand', 'fam', 'core'],
              ['core', 'dims', 'brand', 'fam']]
    return order(slots, lang, orders), cons


OR_MAT_Q = {'zh': {'NBR': ['NBR', '丁腈', '丁腈', 'nbr', '丁腈橡胶'], 'FKM': ['FKM', '氟胶', '氟橡胶', 'viton', '氟胶'],
                   'VMQ': ['硅胶', 'VMQ', '硅橡胶'], 'EPDM': ['EPDM', '三元乙丙'], 'HNBR': ['HNBR', '氢化丁腈']},
            'en': {'NBR': ['NBR', 'nitrile'], 'FKM': ['FKM', 'viton'], 'VMQ': ['silicone', 'VMQ'],
                   'EPDM': ['EPDM'], 'HNBR': ['HNBR']}}


def b_oring(it, lv, lang, use_as=None):
    a = it['attrs']
    cons = {}
    slots = {}
    slots['fam'] = pick_word('OR', lang, cons)
    if use_as is None:
        use_as = bool(a.get('as')) and p(0.7)
    if use_as:
        slots['size'] = ch(['AS568-%s', 'AS568-%s', 'AS-%s', '2-%s', '美标%s']).replace('%s', a['as'])
        if lang == 'en':
            slots['size'] = ch(['AS568-%s', 'AS568 %s', 'dash %s']).replace('%s', a['as'])
        cons['as'] = {a['as']}
    else:
        idv, cs = a['id'], a['cs']
        forms = ['{i}x{c}', '{i}*{c}', 'Φ{i}x{c}', '{i}×{c}', '内径{i} 线径{c}', 'ID{i}*{c}', '{i}*{c}', '{i}X{c}']
        if lang == 'en':
            forms = ['{i}x{c}', 'ID{i} x CS{c}', '{i} x {c}']
        slots['size'] = ch(forms).format(i=idv, c=cs)
        cons['id'] = {idv}
        cons['cs'] = {cs}
    lg = 'en' if lang == 'en' else 'zh'
    um, uh = incl(lv, 0.5), incl(lv, 0.3)
    m = ch(OR_MAT_Q[lg][a['mat']])
    h = a['hard']
    if um and uh:
        slots['mat'] = ch(['%s%s' % (m, h) if m.isascii() else '%s%s度' % (m, h), '%s %s' % (m, h),
                           '%s %s度' % (m, h) if lg == 'zh' else '%s %s shore' % (m, h)])
        cons['mat'] = {a['mat']}
        cons['hard'] = {h}
    elif um:
        slots['mat'] = m
        cons['mat'] = {a['mat']}
    elif uh:
        slots['mat'] = ch(['%s度' % h, '硬度%s' % h, '邵氏%s' % h]) if lg == 'zh' else '%s shore' % h
        cons['hard'] = {h}
    orders = [['fam', 'size', 'mat'], ['size', 'mat', 'fam'], ['mat', 'fam', 'size'], ['fam', 'mat', 'size']]
    return order(slots, lang, orders), cons


def dims_tok(dims, lang):
    sep = ch(['x', '*', 'x', '×', '-', '*']) if lang != 'en' else ch(['x', ' x '])
    return dims.replace('x', sep)


def b_oilseal(it, lv, lang):
    a = it['attrs']
    cons = {'dims': {a['dims']}}
    slots = {}
    slots['fam'] = pick_word('OS', lang, cons)
    d = dims_tok(a['dims'], lang)
    if incl(lv, 0.65):
        t = a['type']
        d = ch(['%s%s' % (t, d), '%s %s' % (t, d), '%s %s' % (d, t), '%s型 %s' % (t, d) if lang != 'en' else '%s %s' % (t, d)])
        cons['type'] = {t}
    slots['size'] = d
    lg = 'en' if lang == 'en' else 'zh'
    if incl(lv, 0.4):
        slots['mat'] = ch(OR_MAT_Q[lg][a['mat']])
        cons['mat'] = {a['mat']}
    if incl(lv, 0.2):
        if a['brand']:
            slots['brand'] = ch(['NOK', 'NOK原装'] if lg == 'zh' else ['NOK'])
            cons['brand'] = {'NOK'}
        elif lg == 'zh':
            slots['brand'] = '国产'
            cons['brand'] = {None}
    orders = [['fam', 'size', 'mat', 'brand'], ['size', 'fam', 'mat', 'brand'], ['brand', 'fam', 'size', 'mat'],
              ['mat', 'fam', 'size']]
    return order(slots, lang, orders), cons


def b_hydseal(it, lv, lang):
    a = it['attrs']
    fam = a['fam']
    cons = {}
    slots = {}
    lg = 'en' if lang == 'en' else 'zh'
    if fam == 'GS':
        if lg == 'en':
            w = {'GLYD': 'glyd ring piston seal', 'STEP': 'step seal rod seal'}[a['type']]
        else:
            w = ch({'GLYD': ['孔用格莱圈', '格莱圈 孔用', '格莱圈'], 'STEP': ['轴用斯特封', '斯特封 轴用', '斯特封']}[a['type']])
        slots['fam'] = w
        cons['fam'] = {'GS'}
        cons['type'] = {a['type']}
        slots['size'] = ch(['Φ%s', '%s', '%s', 'φ%s']) % a['size'] if not p(0.3) else \
            ({'GLYD': 'GSF', 'STEP': 'BSF'}[a['type']] + a['size'])
        cons['size'] = {a['size']}
        if incl(lv, 0.5):
            slots['mat'] = ch({'BR': ['铜粉', '青铜四氟', '铜粉四氟'], 'CF': ['碳纤维', '碳纤四氟'], 'GF': ['玻纤', '玻纤四氟']}[a['mat']]) \
                if lg == 'zh' else {'BR': 'bronze PTFE', 'CF': 'carbon PTFE', 'GF': 'glass PTFE'}[a['mat']]
            cons['mat'] = {a['mat']}
        return order(slots, lang, [['fam', 'size', 'mat'], ['size', 'fam', 'mat'], ['mat', 'fam', 'size']]), cons
    if fam == 'BW':
        slots['fam'] = pick_word('BW', lang, cons)
        slots['size'] = ch([a['thr'], a['thr'], a['thr'].lower()])
        if a['d']:
            cons['d'] = {a['d']}      # plain washers are sized the same way: let them compete
        else:
            cons['thr'] = {a['thr']}
        if incl(lv, 0.5):
            if a['mat'] == 'CS':
                k, t, s = ch([('mat', '碳钢', {'CS'}), ('fin', '镀锌', ZNB)]) if lg == 'zh' else ('fin', 'zinc plated', ZNB)
            else:
                k, t, s = ch([('mat', '不锈钢', STAIN), ('mat', '304', {'A2'}), ('mat', 'SS304', {'A2'})]) \
                    if lg == 'zh' else ('mat', 'SS304', {'A2'})
            slots['mat'] = t
            cons[k] = set(s)
        return order(slots, lang, [['fam', 'size', 'mat'], ['size', 'fam', 'mat'], ['mat', 'size', 'fam']]), cons
    slots['fam'] = pick_word(fam, lang, cons)
    cons['dims'] = {a['dims']}
    d = dims_tok(a['dims'], lang)
    if incl(lv, 0.6):
        t = a['type']
        tt = t
        if lg == 'zh' and t == 'IDU' and p(0.4):
            tt = '孔用Yx'
        if lg == 'zh' and t == 'ODU' and p(0.4):
            tt = '轴用Yx'
        d = ch(['%s%s' % (tt, d), '%s %s' % (tt, d), '%s %s' % (d, tt)])
        cons['type'] = {t}
    slots['size'] = d
    if incl(lv, 0.5):
        slots['mat'] = ch({'PU': ['聚氨酯', 'PU', '聚氨酯'], 'NBR': ['丁腈', 'NBR']}[a['mat']]) if lg == 'zh' else \
            {'PU': 'PU', 'NBR': 'NBR'}[a['mat']]
        cons['mat'] = {a['mat']}
    return order(slots, lang, [['fam', 'size', 'mat'], ['size', 'fam', 'mat'], ['size', 'mat', 'fam']]), cons


HF_MAT_Q = {'zh': {'CSZN': [('碳钢', {'CSZN'}), ('镀锌', {'CSZN'}), ('碳钢镀锌', {'CSZN'})],
                   'A4': [('不锈钢', {'A4'}), ('316', {'A4'}), ('SS316', {'A4'}), ('不锈钢316', {'A4'})]},
            'en': {'CSZN': [('zinc plated steel', {'CSZN'}), ('steel', {'CSZN'})],
                   'A4': [('SS316', {'A4'}), ('stainless', {'A4'})]}}


def thr_tok(t, lang):
    if t.startswith('M'):
        return ch([t, t.replace('x', '*'), t.lower(), t])
    return ch([t, t, t.lower() if lang != 'en' else t])


def b_fitting(it, lv, lang):
    a = it['attrs']
    fam = a['fam']
    F = fam[3:]
    cons = {}
    slots = {}
    lg = 'en' if lang == 'en' else 'zh'
    if fam == 'HF_AD':
        slots['fam'] = pick_word(fam, lang, cons)
        t1, t2 = thr_tok(a['t1'], lang), thr_tok(a['t2'], lang)
        slots['size'] = ch(['%s转%s' % (t1, t2), '%s-%s' % (t1, t2), '%s/%s' % (t1, t2), '%s外-%s外' % (t1, t2)]) \
            if lg == 'zh' else ch(['%s to %s' % (t1, t2), '%s x %s' % (t1, t2)])
        cons['t1'] = {a['t1']}
        cons['t2'] = {a['t2']}
        if incl(lv, 0.4):
            slots['ang'] = ch({'0': ['直通', '直的'], '90': ['直角', '90度', '弯头']}[a['ang']]) if lg == 'zh' else \
                {'0': 'straight', '90': '90 degree'}[a['ang']]
            cons['ang'] = {a['ang']}
    else:
        code_used = p(0.6)
        t, ser = a['tube'], a['ser']
        if code_used:
            slots['size'] = ch(['%s%s%s', '%s%s-%s', '%s %s%s']) % (F, t, ser)
            cons['fam'] = {fam}
            if p(0.6):
                slots['fam'] = ch([w for w, fs in words_for(fam, lang) if fs == frozenset([fam])] or [''])
        else:
            slots['fam'] = pick_word(fam, lang, cons)
            slots['size'] = ch(['%s%s', 'Φ%s %s系列' if lg == 'zh' else 'OD%s %s series', '%s%s']) % (t, ser)
        cons['tube'] = {t}
        cons['ser'] = {ser}
        if 'thr' in a:
            slots['thr'] = thr_tok(a['thr'], lang)
            cons['thr'] = {a['thr']}
    if incl(lv, 0.45):
        tk, s = ch(HF_MAT_Q[lg][a['mat']])
        slots['mat'] = tk
        cons['mat'] = set(s)
    orders = [['fam', 'size', 'thr', 'ang', 'mat'], ['size', 'thr', 'fam', 'mat', 'ang'], ['mat', 'fam', 'size', 'thr', 'ang'],
              ['fam', 'size', 'thr', 'mat', 'ang']]
    return order(slots, lang, orders), cons


FEN = {'6': '2分', '10': '3分', '12': '4分', '16': '5分', '19': '6分', '25': '1寸'}
LAYER_Q = {'1SN': [('1SN', {'1SN'}), ('一层钢丝', {'1SN'}), ('单层钢丝', {'1SN'}), ('1层', {'1SN'})],
           '2SN': [('2SN', {'2SN'}), ('两层钢丝', {'2SN'}), ('双层钢丝', {'2SN'}), ('2层', {'2SN'}), ('二层', {'2SN'})],
           '4SP': [('4SP', {'4SP'}), ('四层缠绕4SP', {'4SP'})], '4SH': [('4SH', {'4SH'})]}


def b_hose(it, lv, lang):
    a = it['attrs']
    fam = a['fam']
    cons = {}
    slots = {}
    lg = 'en' if lang == 'en' else 'zh'
    slots['fam'] = pick_word(fam, lang, cons)
    dn = a['dn']
    opts = ['DN%s' % dn, 'dn%s' % dn, 'DN%s' % dn]
    if lg == 'zh' and dn in FEN:
        opts.append(FEN[dn])
    if dn in MC.DN_INCH:
        opts.append(MC.DN_INCH[dn])
    slots['dn'] = ch(opts)
    cons['dn'] = {dn}
    if incl(lv, 0.6):
        t, s = ch(LAYER_Q[a['layer']]) if lg == 'zh' else (a['layer'], {a['layer']})
        slots['layer'] = t
        cons['layer'] = set(s)
    if fam == 'HOSE':
        if incl(lv, 0.2):
            if a['brand']:
                slots['brand'] = ch({'Parker': ['Parker', '派克'], 'Manuli': ['Manuli', '马努利']}[a['brand']])
                cons['brand'] = {a['brand']}
            elif lg == 'zh':
                slots['brand'] = '国产'
                cons['brand'] = {None}
        return order(slots, lang, [['fam', 'dn', 'layer', 'brand'], ['dn', 'layer', 'fam', 'brand'],
                                   ['brand', 'dn', 'layer', 'fam']]), cons
    L = int(a['L'])
    Lt = ['L=%d' % L, '%dmm' % L, '长%d' % L] if lg == 'zh' else ['L=%d' % L, '%dmm' % L]
    if L % 1000 == 0 and lg == 'zh':
        Lt.append('%d米' % (L // 1000))
    if L % 500 == 0 and L % 1000 and lg == 'zh':
        Lt.append('%.1f米' % (L / 1000.0))
    slots['L'] = ch(Lt)
    cons['L'] = {a['L']}
    if incl(lv, 0.5):
        slots['end'] = ch(['两头%s', '两端%s', '%s', '接头%s']) % thr_tok(a['end'], lang) if lg == 'zh' else \
            'both ends %s' % a['end']
        cons['end'] = {a['end']}
    if incl(lv, 0.4):
        slots['ang'] = ch({'SS': ['两端直', '直直', '两头直'], 'S90': ['一直一弯', '直-90°', '一端90度弯头']}[a['ang']]) \
            if lg == 'zh' else {'SS': 'straight/straight', 'S90': 'straight/90'}[a['ang']]
        cons['ang'] = {a['ang']}
    return order(slots, lang, [['fam', 'dn', 'layer', 'L', 'end', 'ang'], ['dn', 'layer', 'fam', 'L', 'ang', 'end'],
                               ['fam', 'layer', 'dn', 'end', 'ang', 'L']]), cons


def b_valve(it, lv, lang):
    a = it['attrs']
    fam = a['fam']
    cons = {}
    slots = {}
    lg = 'en' if lang == 'en' else 'zh'
    if incl(lv, 0.6):
        slots['fam'] = pick_word(fam, lang, cons)
    else:
        cons['fam'] = {fam}
    if fam == 'VBALL':
        m = a['model']
        slots['model'] = ch([m, m.replace('-', ' '), m, m.lower()])
        cons['model'] = {m}
        if incl(lv, 0.4):
            slots['mat'] = ch({'CS': ['碳钢', '碳钢'], 'A4': ['不锈钢', 'SS316', '316']}[a['mat']]) if lg == 'zh' else \
                {'CS': 'carbon steel', 'A4': 'SS316'}[a['mat']]
            cons['mat'] = {a['mat']}
        return order(slots, lang, [['fam', 'model', 'mat'], ['model', 'mat', 'fam'], ['mat', 'fam', 'model']]), cons
    partial = fam == 'VDIR' and p(0.45) or fam == 'VREL' and p(0.3)
    if partial and fam == 'VDIR':
        slots['model'] = a['series'] + (a['spool'] if a['series'].startswith('4WE') else '-' + a['spool'])
        cons['series'] = {a['series']}
        cons['spool'] = {a['spool']}
        v = a['volt']
        slots['volt'] = ch({'DC24': ['24V', 'DC24V', '24VDC', '直流24V'], 'AC220': ['220V', 'AC220V', '交流220V']}[v]) \
            if lg == 'zh' else {'DC24': '24VDC', 'AC220': '220VAC'}[v]
        cons['volt'] = {v}
        if a['sealv'] == 'V' or incl(lv, 0.1):
            if a['sealv'] == 'V':
                slots['seal'] = ch(['氟胶密封', '/V', '氟橡胶']) if lg == 'zh' else 'FKM seals'
            else:
                slots['seal'] = ch(['丁腈密封', '标准密封']) if lg == 'zh' else 'NBR seals'
            cons['sealv'] = {a['sealv']}
        return order(slots, lang, [['fam', 'model', 'volt', 'seal'], ['model', 'volt', 'fam', 'seal'],
                                   ['volt', 'fam', 'model', 'seal']]), cons
    if partial and fam == 'VREL':
        slots['model'] = a['series']
        cons['series'] = {a['series']}
        slots['pres'] = ch(['%sbar', '%s bar', '%s/']) % a['pres'] if p(0.7) else '%sMPa' % (
            ('%g' % (int(a['pres']) / 10.0)))
        cons['pres'] = {a['pres']}
        if a['sealv'] == 'V' or incl(lv, 0.1):
            slots['seal'] = ('氟胶' if a['sealv'] == 'V' else '丁腈') if lg == 'zh' else ('FKM' if a['sealv'] == 'V' else 'NBR')
            cons['sealv'] = {a['sealv']}
        return order(slots, lang, [['fam', 'model', 'pres', 'seal'], ['model', 'pres', 'fam', 'seal']]), cons
    m = a['model']
    slots['model'] = ch([m, m, m.lower() if p(0.3) else m])
    cons['model'] = {m}
    return order(slots, lang, [['fam', 'model'], ['model', 'fam'], ['model', 'fam']]), cons


MOUNT_Q = {'E': ['单耳', '单耳环', '耳环'], 'EE': ['双耳', '双耳环'], 'F': ['前法兰', '法兰'], 'T': ['中间耳轴', '耳轴'],
           'LB': ['LB', '脚座'], 'FA': ['FA', '前法兰'], 'CA': ['CA', '单耳'], 'TC': ['TC', '中间耳轴']}
MOUNT_EN = {'E': 'clevis', 'EE': 'double clevis', 'F': 'front flange', 'T': 'trunnion', 'LB': 'foot', 'FA': 'front flange',
            'CA': 'clevis', 'TC': 'trunnion'}


def b_cylinder(it, lv, lang):
    a = it['attrs']
    cons = {}
    slots = {}
    lg = 'en' if lang == 'en' else 'zh'
    slots['fam'] = pick_word('HCYL', lang, cons)
    b, r, s = a['bore'], a['rod'], a['stroke']
    cons['bore'] = {b}
    cons['stroke'] = {s}
    if a['ser'] == 'HSG':
        k = R.randrange(5)
        if k == 0:
            slots['size'] = 'HSG%s/%sx%s' % (b, r, s)
            cons['rod'] = {r}
            cons['ser'] = {'HSG'}
        elif k == 1:
            slots['size'] = 'HSG %s/%s-%s' % (b, r, s)
            cons['rod'] = {r}
            cons['ser'] = {'HSG'}
        elif k == 2:
            slots['size'] = ('缸径%s 杆径%s 行程%s' if lg == 'zh' else 'bore %s rod %s stroke %s') % (b, r, s)
            cons['rod'] = {r}
        elif k == 3:
            slots['size'] = ('缸径%s 行程%s' if lg == 'zh' else 'bore %s stroke %s') % (b, s)
        else:
            slots['size'] = 'Φ%s/%s*%s' % (b, r, s)
            cons['rod'] = {r}
    else:
        slots['size'] = ch(['MOB%sx%s', 'MOB%s*%s', 'MOB %s-%s']) % (b, s)
        cons['ser'] = {'MOB'}
    if incl(lv, 0.5):
        slots['mount'] = ch(MOUNT_Q[a['mount']]) if lg == 'zh' else MOUNT_EN[a['mount']]
        cons['mount'] = {a['mount']} if lg == 'zh' else {x for x, e in MOUNT_EN.items() if e == MOUNT_EN[a['mount']]}
    return order(slots, lang, [['fam', 'size', 'mount'], ['size', 'mount', 'fam'], ['mount', 'fam', 'size']]), cons


def builder_for(it):
    fam = it['attrs']['fam']
    if fam in MC.GROUP_OF:
        return b_fastener
    return {'BRG': b_bearing, 'OR': b_oring, 'OS': b_oilseal, 'YR': b_hydseal, 'DW': b_hydseal, 'GS': b_hydseal,
            'BW': b_hydseal, 'HOSE': b_hose, 'HOSEA': b_hose, 'HCYL': b_cylinder}.get(fam) or \
        (b_fitting if fam.startswith('HF_') else b_valve)


# ----------------------------------------------------------------------------------------------
# style transforms: traditional characters, typos, chat wrappers
# ----------------------------------------------------------------------------------------------
T2 = dict(zip('轴垫弹锈钢锁紧铆销镀锌级阀压胶圆头钉内双杆条环热蓝达罗滚锥调带沟缸经纹丝帽螺栓个吗还请问库存领采购买帮来货没减单换电节溢终过弯组织编总缠绕层铝铁开长尼龙盘沉槽顶机无实兰', 
              '軸墊彈鏽鋼鎖緊鉚銷鍍鋅級閥壓膠圓頭釘內雙桿條環熱藍達羅滾錐調帶溝缸經紋絲帽螺栓個嗎還請問庫存領採購買幫來貨沒減單換電節溢終過彎組織編總纏繞層鋁鐵開長尼龍盤沉槽頂機無實蘭'))
TYPO = {'圆': '园', '柱': '住', '栓': '拴', '承': '成', '封': '风', '架': '加', '沟': '勾', '球': '求', '换': '焕',
        '向': '相', '簧': '黄', '锥': '椎', '锁': '琐', '钉': '丁', '铆': '卯', '销': '消', '磁': '瓷', '溢': '益',
        '滚': '衮', '紧': '禁', '兰': '蓝', '芯': '心', '胶': '交', '总': '综', '沉': '沈', '盘': '磐', '端': '段',
        '终': '中', '缸': '杠', '螺': '罗', '簧': '璜', '垫': '电'}


BRG_LONG = [w for v in BRG_WORDS['zh'].values() for w in v if len(w) >= 4]
for _a, _b in (('铜纤维径轻龙边线价钱数质黄发处两缩凯尔滨乐轮', '銅纖維徑輕龍邊線價錢數質黃發處兩縮凱爾濱樂輪'),):
    assert len(_a) == len(_b)
    T2.update(zip(_a, _b))


def to_trad(s):
    return ''.join(T2.get(c, c) for c in s)


def typo_word(w):
    idx = [i for i, c in enumerate(w) if c in TYPO]
    if len(w) >= 6 and p(0.1):
        i = R.randrange(2, len(w) - 2)
        if w[i] != w[i + 1] and not w[i].isascii() and not w[i + 1].isascii():
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if not idx:
        return None
    i = ch(idx)
    return w[:i] + TYPO[w[i]] + w[i + 1:]


QTY_UNIT = {'BRG': ['套', '个', '只'], 'OR': ['个', '只'], 'OS': ['个', '只'], 'HOSE': ['米', 'm'], 'HOSEA': ['根', '条'],
            'HCYL': ['台', '支', '根'], '_': ['个', '只', '颗', 'pcs', '个']}
WRAP = {'zh': ['{q}', '{q}', '{q}', '{q}', '{q} 有吗', '{q}有货吗', '帮我查下{q}', '{q} 还有库存吗', '要{n}{u} {q}',
               '{q} 领{n}{u}', '采购{q} {n}{u}', '{q}，急用', '麻烦看下{q}库存', '请问{q}还有多少', '{q} 来{n}{u}',
               '有没有{q}', '{q} 多少钱', '仓库还有{q}吗', '查一下 {q}', '{q}，{n}{u}', '申请领用{q}'],
        'en': ['{q}', '{q}', 'need {n} pcs {q}', '{q} in stock?', 'pls check {q}', 'do we have {q}', '{q}, qty {n}'],
        'tw': ['{q}', '{q}', '{q} 有庫存嗎', '請問{q}還有嗎', '要{n}{u} {q}', '{q}，急用', '幫我查一下{q}']}


def wrap(q, lang, fam):
    w = ch(WRAP['en' if lang == 'en' else ('tw' if lang == 'tw' else 'zh')])
    u = ch(QTY_UNIT.get(fam, QTY_UNIT['_']))
    if lang == 'tw' and u in ('个',):
        u = '個'
    n = ch([2, 4, 5, 6, 10, 20, 50, 100, 200] if fam in MC.GROUP_OF else [1, 2, 3, 4, 5, 10])
    return w.format(q=q, n=n, u=u)


# ----------------------------------------------------------------------------------------------
# generation
# ----------------------------------------------------------------------------------------------
OUT = []
USED_TARGETS = set()
USED_TEXT = set()


def make_one(it, lang, tries=80, extra=None):
    """Try renderings of increasing explicitness until exactly `it` is consistent."""
    bld = builder_for(it)
    for t in range(tries):
        lv = min(1.0, t / (tries * 0.6))
        text, cons = bld(it, lv, lang, **(extra or {}))
        m = matches(cons)
        if len(m) == 1 and m[0] is it:
            return text, cons
    return None


def apply_style(text, lang, it):
    """tw / typo transforms act on the Chinese words only and never change what is stated."""
    if lang == 'tw':
        return to_trad(text)
    if lang == 'typo':
        # misspell the (longest) family word of the query, if it is long enough
        cands = [w for l, w, fs in WORDS if l == 'zh' and len(w) >= 4 and w in text]
        cands += [w for w in BRG_LONG if w in text]
        if not cands:
            return None
        w = max(cands, key=len)
        tw = typo_word(w)
        if not tw:
            return None
        return text.replace(w, tw, 1)
    return text


def emit(text, expect, kind, style, it=None, note=None):
    if text in USED_TEXT:
        return False
    USED_TEXT.add(text)
    rec = {'query': text, 'expect': expect, 'kind': kind, 'style': style}
    if note:
        rec['note'] = note
    OUT.append(rec)
    if it is not None:
        USED_TARGETS.add(it['number'])
    return True


def pick_lang(allow_en=True):
    x = R.random()
    if x < 0.075 and allow_en:
        return 'en'
    if x < 0.125:
        return 'tw'
    if x < 0.20:
        return 'typo'
    return 'zh'


def gen_for(kind, pool, n, lang_fn=pick_lang, extra=None, max_attempts=4000):
    made = 0
    attempts = 0
    pool = list(pool)
    while made < n and attempts < max_attempts:
        attempts += 1
        it = ch(pool)
        if it['number'] in USED_TARGETS:
            continue
        lang = lang_fn()
        base_lang = 'zh' if lang in ('tw', 'typo') else lang
        LONGWORD[0] = lang == 'typo'
        res = make_one(it, base_lang, extra=extra)
        LONGWORD[0] = False
        if res is None:
            continue
        text, cons = res
        st = apply_style(text, lang, it)
        if lang == 'typo' and (st is None or st == text):
            continue
        q = wrap(st, lang, it['attrs']['fam'])
        if emit(q, it['number'], kind, lang, it):
            made += 1
    return made


def fam_pool(*fams, where=None):
    return [it for it in ITEMS if it['attrs']['fam'] in fams and (where is None or where(it))]


def bpool(*bts, where=None):
    return [it for it in ITEMS if it['attrs']['fam'] == 'BRG' and it['attrs']['btype'] in bts
            and (where is None or where(it))]


def prefix_trap_open(it):
    """an open / suffix-less bearing whose designation is a prefix of a sealed or suffixed sibling"""
    a = it['attrs']
    if a['seal'] != 'open' or a['suf']:
        return False
    return any(o['attrs']['base'] == a['base'] and (o['attrs']['seal'] != 'open' or o['attrs']['suf'])
               for o in IDX[('base', a['base'])])


def positives():
    plan = [
        ('fastener', fam_pool('HB_P'), 41), ('fastener', fam_pool('HB_F'), 38),
        ('fastener', fam_pool('HB_P', 'HB_F', 'SHCS', 'NUT', 'WAS',
                              where=lambda it: (it['attrs'].get('std') or '').startswith('ISO')), 4), ('fastener', fam_pool('FB'), 8),
        ('fastener', fam_pool('SHCS'), 40), ('fastener', fam_pool('CSK_S'), 8), ('fastener', fam_pool('BHCS'), 7),
        ('fastener', fam_pool('PAN'), 6), ('fastener', fam_pool('CSK_P'), 5),
        ('fastener', fam_pool('SET_FLAT', 'SET_CONE', 'SET_CUP'), 6),
        ('fastener', fam_pool('NUT'), 16), ('fastener', fam_pool('NUT_THIN'), 3), ('fastener', fam_pool('NUT_NY'), 6),
        ('fastener', fam_pool('NUT_FL'), 3), ('fastener', fam_pool('WAS'), 12), ('fastener', fam_pool('WAS_L'), 4),
        ('fastener', fam_pool('WAS_S'), 8), ('fastener', fam_pool('STUD'), 5), ('fastener', fam_pool('ROD'), 5),
        ('fastener', fam_pool('EYE'), 3), ('fastener', fam_pool('RIV_B'), 5), ('fastener', fam_pool('RIV_BC'), 1),
        ('fastener', fam_pool('RIV_S'), 2), ('fastener', fam_pool('RIV_N'), 2), ('fastener', fam_pool('PIN_D'), 5),
        ('fastener', fam_pool('PIN_T'), 2), ('fastener', fam_pool('PIN_SP'), 4), ('fastener', fam_pool('PIN_C'), 3),
        ('bearing', bpool('DG', where=prefix_trap_open), 14), ('bearing', bpool('DG'), 24),
        ('bearing_tw', bpool('DG', 'CYL', where=prefix_trap_open), 4),
        ('bearing', bpool('CYL', where=prefix_trap_open), 3), ('bearing', bpool('CYL'), 5),
        ('bearing', bpool('TAP'), 8), ('bearing', bpool('THR'), 5), ('bearing', bpool('ANG'), 4),
        ('bearing', bpool('SPH'), 4), ('bearing', bpool('SAB'), 2), ('bearing', bpool('UC', 'UCP', 'UCF'), 4),
        ('bearing', bpool('HK'), 2),
        ('seal', fam_pool('OR', where=lambda it: not it['attrs']['as']), 29),
        ('seal', fam_pool('OR', where=lambda it: it['attrs']['as']), 3),
        ('seal', fam_pool('OS'), 22), ('seal', fam_pool('YR'), 5), ('seal', fam_pool('DW'), 4),
        ('seal', fam_pool('GS'), 3), ('seal', fam_pool('BW'), 4),
        ('hydraulic', fam_pool('HF_GE', 'HF_WE'), 7), ('hydraulic', fam_pool('HF_G', 'HF_W', 'HF_T'), 3),
        ('hydraulic', fam_pool('HF_AD'), 4), ('hydraulic', fam_pool('HOSE'), 4), ('hydraulic', fam_pool('HOSEA'), 5),
        ('hydraulic', fam_pool('VDIR'), 5), ('hydraulic', fam_pool('VREL'), 2),
        ('hydraulic', fam_pool('VCHK', 'VTHR'), 2), ('hydraulic', fam_pool('VBALL'), 2),
        ('hydraulic', fam_pool('HCYL'), 8),
    ]
    counts = Counter()
    for kind, pool, n in plan:
        extra = None
        if kind == 'seal' and pool and pool[0]['attrs']['fam'] == 'OR' and pool[0]['attrs']['as']:
            extra = {'use_as': True}
        lang_fn = pick_lang
        if kind == 'bearing_tw':          # "6205 軸承": a bare designation with a traditional category word
            kind, lang_fn = 'bearing', (lambda: 'tw')
        got = gen_for(kind, pool, n, lang_fn=lang_fn, extra=extra)
        counts[kind] += got
        if got < n:
            print('WARN short', kind, pool[0]['attrs']['fam'] if pool else '-', got, n)
    # the /V valve trap: the exact model of the variant without /V
    vpool = [it for it in fam_pool('VDIR', 'VREL', 'VTHR') if not it['attrs']['model'].endswith('/V')
             and any(o['attrs']['model'] == it['attrs']['model'] + '/V' for o in ITEMS if o['attrs']['fam'] == it['attrs']['fam'])]
    made = 0
    for it in R.sample(vpool, len(vpool)):
        if made >= 2 or it['number'] in USED_TARGETS:
            continue
        w = ch(words_for(it['attrs']['fam'], 'zh'))[0]
        q = wrap(join([w, it['attrs']['model']]), 'zh', it['attrs']['fam'])
        cons = {'fam': {it['attrs']['fam']}, 'model': {it['attrs']['model']}}
        if len(matches(cons)) == 1 and emit(q, it['number'], 'hydraulic', 'zh', it, note='spec prefix of a longer model'):
            made += 1
    counts['hydraulic'] += made
    # old bearing designations that the catalogue carries as aliases (180205 = 6205-2RS ...)
    made = 0
    for it in R.sample(bpool('DG', 'TAP', 'THR'), len(bpool('DG', 'TAP', 'THR'))):
        if made >= 3 or it['number'] in USED_TARGETS:
            break
        olds = [x for x in it['aliases'] if x.isdigit() or x.endswith('E') and x[:-1].isdigit()]
        if not olds:
            continue
        a = it['attrs']
        brand_needed = len(matches({'fam': {'BRG'}, 'base': {a['base']}, 'seal': {a['seal']}, 'suf': {a['suf']},
                                    'cl': {a['cl']}})) > 1
        cons = {'fam': {'BRG'}, 'base': {a['base']}, 'seal': {a['seal']}, 'suf': {a['suf']}, 'cl': {a['cl']}}
        toks = ['轴承', olds[0]]
        if brand_needed:
            cons['brand'] = {a['brand']}
            toks.append(ch(BRAND_Q[a['brand']]))
        # an open CN bearing is what a bare old number names; C3 must be stated
        if a['cl'] == 'C3':
            toks.append('C3')
        m = matches(cons)
        if len(m) == 1 and m[0] is it:
            if emit(wrap(join(toks), 'zh', 'BRG'), it['number'], 'bearing', 'zh', it, note='old designation alias'):
                made += 1
    counts['bearing'] += made
    # top up to the planned 475 positives (448 by family rules + 27 by code)
    while sum(counts.values()) < 448:
        counts['fastener'] += gen_for('fastener', fam_pool('HB_P', 'HB_F', 'SHCS', 'NUT', 'WAS'), 1)
    return counts


def code_queries():
    nums = {it['number']: it for it in ITEMS}
    alias_count = Counter(x for it in ITEMS for x in it['aliases'])
    made = Counter()
    forms = ['{c}', '物料{c}', '编码 {c} 有库存吗', '{c} 领{n}个', '查下{c}', '{c} 还有吗', '料号{c}', '{c}']
    # exact code that is a prefix of a longer code (X-115 vs X-115B)
    longer = [it for it in ITEMS if it.get('suffix_of')]
    R.shuffle(longer)
    for it in longer:
        b = it['suffix_of']
        if made['prefix_base'] < 8 and b['number'] not in USED_TARGETS:
            q = ch(forms).format(c=b['number'], n=ch([2, 5, 10]))
            if emit(q, b['number'], 'code', 'code', b, note='exact code, prefix of %s' % it['number']):
                made['prefix_base'] += 1
        elif made['prefix_long'] < 3 and it['number'] not in USED_TARGETS:
            q = ch(forms).format(c=it['number'], n=ch([2, 5, 10]))
            if emit(q, it['number'], 'code', 'code', it, note='longer code, base %s exists' % b['number']):
                made['prefix_long'] += 1
    plain = [it for it in ITEMS if not it.get('suffix_of') and not any(
        k.startswith(it['number']) and k != it['number'] for k in [it['number'] + 'A', it['number'] + 'B',
                                                                  it['number'] + '-1', it['number'] + '-01']
        if k in nums)]
    for it in R.sample(plain, 40):
        if made['exact'] >= 9:
            break
        q = ch(forms).format(c=it['number'], n=ch([2, 5, 10]))
        if ch([0, 1, 2]) == 0:
            q = '%s %s' % (it['number'], it['name'])
        if emit(q, it['number'], 'code', 'code', it):
            made['exact'] += 1
    # old numbers (aliases); some are prefixes of another item's old number (LS-0115 vs LS-0115B)
    olds = [(x, it) for it in ITEMS for x in it['aliases'] if '-' in x and x[:2].isalpha() and x[:2].isupper()
            and alias_count[x] == 1 and x not in nums]
    trap = [(x, it) for x, it in olds if any((x + s) in alias_count for s in ('A', 'B'))]
    R.shuffle(trap)
    for x, it in trap:
        if made['old_trap'] >= 3 or it['number'] in USED_TARGETS:
            continue
        if emit(ch(['旧编码{x}', '老料号 {x}', '{x} 还有吗', '{x}']).format(x=x), it['number'], 'code', 'code', it,
                note='old number, prefix of a longer old number'):
            made['old_trap'] += 1
    R.shuffle(olds)
    for x, it in olds:
        if made['old'] >= 2:
            break
        if it['number'] in USED_TARGETS:
            continue
        if emit(ch(['旧编码{x}', '老编号{x}', '{x}']).format(x=x), it['number'], 'code', 'code', it, note='old number'):
            made['old'] += 1
    mns = [(x, it) for it in ITEMS for x in it['aliases'] if alias_count[x] == 1 and x == it.get('mn')
           and len(x) >= 8 and not any(y.startswith(x) and y != x for y in alias_count)]
    R.shuffle(mns)
    for x, it in mns:
        if made['mnemonic'] >= 2:
            break
        if it['number'] in USED_TARGETS:
            continue
        if emit(ch(['{x}', '助记码{x}']).format(x=x), it['number'], 'code', 'code', it, note='mnemonic code'):
            made['mnemonic'] += 1
    return made


def null_queries():
    """Things a buyer asks for that the catalogue does not hold; a careful resolver must not answer."""
    made = Counter()

    def fake(it, **chg):
        a = dict(it['attrs'])
        a.update(chg)
        return {'attrs': a, 'number': None}

    def try_null(f, lang='zh', extra=None, tag='', force=None, soft=('std', 'hard')):
        bld = builder_for(f)
        for _ in range(30):
            text, cons = bld(f, 1.0, lang, **(extra or {}))
            if force and not all(k in cons for k in force):
                continue
            # null even for a reader who ignores the standard (equivalent standards) or the hardness
            loose = {k: v for k, v in cons.items() if k not in soft}
            if not matches(cons) and not matches(loose):
                if emit(wrap(text, lang, f['attrs']['fam']), None, 'null', lang, note=tag):
                    made[tag] += 1
                    return True
        return False

    # bearing numbers the plant does not stock at all
    for base, bt, seal in (('6213', 'DG', '2RS'), ('6313', 'DG', 'open'), ('51112', 'THR', 'open')):
        f = {'attrs': {'fam': 'BRG', 'btype': bt, 'base': base, 'seal': seal, 'suf': '', 'cl': 'CN', 'brand': 'HRB'},
             'number': None}
        assert not IDX[('base', base)]
        try_null(f, tag='bearing not stocked')
    # brand not stocked
    for it in R.sample(bpool('DG'), 2):
        try_null(fake(it, brand=ch(['TIMKEN', 'KOYO'])), extra={'force_brand': True}, tag='bearing brand not stocked',
                 force=['brand'])
    # a seal variant / brand combination not stocked
    n = 0
    for it in R.sample(bpool('DG'), 200):
        if n >= 2:
            break
        a = it['attrs']
        for ch_ in ({'seal': '2RZ', 'brand': ch(MC.CN_BRANDS)}, {'cl': 'C3'}):
            f = fake(it, **ch_)
            if try_null(f, extra={'force_brand': True}, tag='bearing variant not stocked', force=['brand']):
                n += 1
                break
    # fasteners: non-stocked length, and non-stocked grade / material / finish for a stocked size
    for it in R.sample(fam_pool('HB_P', 'HB_F', 'SHCS'), 2):
        try_null(fake(it, L=ch([33, 47, 62])), tag='fastener length not stocked')
    n = 0
    for it in R.sample(fam_pool('HB_P', 'HB_F', 'SHCS', 'NUT', 'WAS'), 300):
        if n >= 4:
            break
        a = it['attrs']
        opts = []
        if a['mat'] == 'CS':
            opts = [{'mat': 'A4', 'grade': None, 'fin': 'NA'}, {'grade': '12.9', 'fin': 'DAC'}, {'fin': 'HDG'}]
        else:
            opts = [{'mat': '201'}, {'mat': 'CS', 'grade': '10.9', 'fin': 'DAC'}]
        f = fake(it, **ch(opts))
        if f['attrs']['fam'] in ('NUT', 'WAS') and f['attrs'].get('grade') == '12.9':
            continue
        if try_null(f, tag='fastener variant not stocked', force=['d']):
            n += 1
    # seals
    for idv, cs in (('21', '2.65'), ('44', '5.3')):
        f = {'attrs': {'fam': 'OR', 'id': idv, 'cs': cs, 'mat': 'NBR', 'hard': '70', 'as': None}, 'number': None}
        try_null(f, tag='o-ring size not stocked')
    for it in R.sample(fam_pool('OR'), 100):
        if made['o-ring material not stocked'] >= 1:
            break
        if it['attrs']['as']:
            continue
        try_null(fake(it, mat='EPDM'), tag='o-ring material not stocked')
    for dims in ('33x51x7', '47x66x9'):
        f = {'attrs': {'fam': 'OS', 'type': 'TC', 'dims': dims, 'mat': 'NBR', 'brand': None}, 'number': None}
        try_null(f, tag='oil seal size not stocked')
    # hydraulics
    for it in R.sample(fam_pool('HCYL', where=lambda x: x['attrs']['ser'] == 'HSG'), 1):
        try_null(fake(it, stroke='450'), tag='cylinder stroke not stocked')
    f = {'attrs': {'fam': 'VDIR', 'model': '4WE6E61B/CW110N9Z5L', 'series': '4WE6', 'spool': 'E', 'volt': 'AC110',
                   'sealv': 'N'}, 'number': None}
    text = wrap(join([ch(['电磁阀', '电磁换向阀']), '4WE6E', ch(['110V', 'AC110V'])]), 'zh', 'VDIR')
    if not matches({'fam': {'VDIR'}, 'series': {'4WE6'}, 'spool': {'E'}, 'volt': {'AC110'}}):
        emit(text, None, 'null', 'zh', note='valve voltage not stocked')
    f = {'attrs': {'fam': 'HOSE', 'dn': '10', 'layer': '4SH', 'brand': None}, 'number': None}
    try_null(f, tag='hose not stocked')
    # other categories entirely absent from a standard-parts catalogue
    for q in ('伺服电机 1.5kW 2500线', '气缸 SC63x100', '同步带 HTD 5M-450', '链条 08B-1 单排', '三角带 B-1600',
              '接近开关 M12 PNP 常开'):
        if made['not in catalogue'] >= 3:
            break
        emit(q, None, 'null', 'zh', note='category not in catalogue')
        made['not in catalogue'] += 1
    # a code that only prefixes existing codes
    g = [it['number'] for it in ITEMS if it['number'].startswith('03.01.0')]
    pre = None
    for num in sorted(g):
        cand = num[:-1]
        if cand not in {it['number'] for it in ITEMS}:
            pre = cand
            break
    emit('物料%s' % pre, None, 'null', 'code', note='code prefix of several items, no such item')
    made['code prefix only'] += 1
    return made


def main(items):
    build_index(items)
    pc = positives()
    cc = code_queries()
    nc = null_queries()
    npos = sum(1 for q in OUT if q['expect'])
    nnull = sum(1 for q in OUT if q['expect'] is None)
    print('positives', npos, dict(pc), 'codes', dict(cc))
    print('nulls', nnull, dict(nc))
    dbg = os.environ.get('BLIND_DEBUG')
    if dbg:
        with open(dbg, 'w', encoding='utf-8') as f:
            for q in OUT:
                f.write(json.dumps(q, ensure_ascii=False) + '\n')
    R.shuffle(OUT)
    with open(os.path.join(HERE, 'queries.jsonl'), 'w', encoding='utf-8') as f:
        for q in OUT:
            f.write(json.dumps(q, ensure_ascii=False) + '\n')
    print('queries', len(OUT), Counter(q['style'] for q in OUT))


if __name__ == '__main__':
    raise SystemExit('run make_catalogue.py (it writes the catalogue, then calls this)')
