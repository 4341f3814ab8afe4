#!/usr/bin/env python3
"""Blind standard-parts catalogue + 500 queries for a Foshan packaging-machinery plant.
python3 stdlib only, seeded, byte-identical output.  Usage: python3 generate.py [outdir]"""
import json, os, random, re, sys

SEED = 4417
CATN = {1: '紧固件', 2: '轴承', 3: '密封件', 4: '气动元件', 5: '液压元件', 6: '链条链轮', 7: '皮带', 8: '传感器'}
CODE_ATTRS = ('model', 'old', 'mnem')
CN = '零一二三四五六七八九'


def cn_int(n):
    if n < 10: return CN[n]
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100: return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        s = CN[h] + '百'
        if r == 0: return s
        if r < 10: return s + '零' + CN[r]
        return s + CN[r // 10] + '十' + (CN[r % 10] if r % 10 else '')
    t, r = divmod(n, 1000)
    s = CN[t] + '千'
    if r == 0: return s
    if r < 100: return s + '零' + (('一' + cn_int(r)) if 10 <= r < 20 else cn_int(r))
    return s + cn_int(r)


def cn_num(x):
    x = str(x)
    if '.' in x:
        a, b = x.split('.')
        return cn_int(int(a)) + '点' + ''.join(CN[int(c)] for c in b)
    return cn_int(int(x))


def cn_digits(s):
    return ''.join(CN[int(c)] if c.isdigit() else c for c in s)


def canon(s):
    return re.sub(r'[^0-9A-Z]', '', s.upper())


def fs(*v):
    return frozenset(v)


class Item:
    __slots__ = ('number', 'name', 'spec', 'unit', 'cat', 'aliases', 'attrs', 'forms', 'rowsurf', 'group', 'kindcls')

    def row(self):
        return [self.number, self.name, self.spec, self.unit, CATN[self.cat], ';'.join(self.aliases)]

    def text(self):
        return ' '.join([self.name, self.spec] + self.aliases)


def fit(item, facts, loose=False):
    a = item.attrs
    for k, v in facts.items():
        if k in CODE_ATTRS:
            iv = a.get(k)
            if iv is None: return False
            if loose:
                if not (iv.startswith(v) or (k == 'model' and v in a.get('model_l', ()))): return False
            elif iv != v: return False
        elif k == 'std':
            if not (v & a.get('std_eq', frozenset())): return False
        else:
            if a.get(k) not in v: return False
    return True


def signature(item):
    return tuple(sorted((k, v if not isinstance(v, frozenset) else tuple(sorted(v)))
                        for k, v in item.attrs.items() if k not in ('old', 'mnem')))


# ---------------------------------------------------------------- builder
class Builder:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.items = []
        self.seq = {}

    def add(self, cat, sub, name, spec, unit, attrs, forms, rowsurf, group, aliases=None):
        k = (cat, sub)
        self.seq[k] = self.seq.get(k, 0) + 1
        it = Item()
        it.number = '8.%02d.%02d.%04d' % (cat, sub, self.seq[k])
        it.name, it.spec, it.unit, it.cat = name, spec, unit, cat
        it.aliases = list(aliases or [])
        it.attrs, it.forms, it.rowsurf, it.group = attrs, forms, list(rowsurf), group
        it.kindcls = None
        self.items.append(it)
        return it


# ---------------------------------------------------------------- shared vocab
S304 = fs('A2-70', 'SS304')
S316 = fs('A4-70', 'A4-80', 'SS316')
STAIN = S304 | S316
ZINC = fs('白锌', '彩锌', '热镀锌')


def mat_forms(m):
    if m in ('A2-70', 'SS304'):
        f = [('A2-70', 'x', fs('A2-70'))] if m == 'A2-70' else []
        f += [('304', 'x', S304), ('SS304', 'x', S304), ('不锈钢304', 'zh', S304), ('304不锈钢', 'zh', S304),
              ('SUS304', 'x', S304), ('不鏽鋼304', 'tw', S304), ('stainless 304', 'en', S304), ('三零四', 'v', S304),
              ('不锈钢', 'zh', STAIN), ('stainless', 'en', STAIN), ('不鏽鋼', 'tw', STAIN)]
        return f
    if m in ('A4-70', 'A4-80', 'SS316'):
        f = [(m, 'x', fs(m))] if m != 'SS316' else []
        f += [('316', 'x', S316), ('SS316', 'x', S316), ('不锈钢316', 'zh', S316), ('SUS316', 'x', S316),
              ('A4', 'x', S316), ('不鏽鋼316', 'tw', S316), ('stainless 316', 'en', S316), ('三一六', 'v', S316),
              ('不锈钢', 'zh', STAIN), ('不鏽鋼', 'tw', STAIN)]
        return f
    if m in ('4.8', '8.8', '10.9', '12.9'):
        s = fs(m)
        return [(m + '级', 'zh', s), (m, 'x', s), ('grade ' + m, 'en', s), (m + '級', 'tw', s),
                (cn_num(m).replace('点', '点') + '级', 'v', s)]
    if m in ('8', '10'):
        s = fs(m)
        return [(m + '级', 'zh', s), ('class ' + m, 'en', s), (m + '級', 'tw', s), (cn_num(m) + '级', 'v', s)]
    if m == '45H':
        return [('45H', 'x', fs(m)), ('45H级', 'zh', fs(m))]
    if m == '200HV':
        return [('200HV', 'x', fs(m)), ('碳钢', 'zh', fs(m)), ('carbon steel', 'en', fs(m)), ('碳鋼', 'tw', fs(m))]
    if m == '65Mn':
        return [('65Mn', 'x', fs(m)), ('锰钢', 'zh', fs(m)), ('錳鋼', 'tw', fs(m))]
    if m == '35#':
        return [('35#', 'x', fs(m)), ('碳钢', 'zh', fs(m)), ('steel', 'en', fs(m)), ('碳鋼', 'tw', fs(m))]
    raise KeyError(m)


def fin_forms(f):
    s = fs(f)
    return {'白锌': [('白锌', 'zh', s), ('蓝白锌', 'zh', s), ('镀蓝白锌', 'zh', s), ('白鋅', 'tw', s), ('blue zinc', 'en', s),
                   ('镀锌', 'zh', ZINC), ('galvanized', 'en', ZINC), ('鍍鋅', 'tw', ZINC)],
            '彩锌': [('彩锌', 'zh', s), ('镀彩锌', 'zh', s), ('彩鋅', 'tw', s), ('yellow zinc', 'en', s), ('镀锌', 'zh', ZINC)],
            '发黑': [('发黑', 'zh', s), ('黑色', 'zh', s), ('發黑', 'tw', s), ('black oxide', 'en', s)],
            '达克罗': [('达克罗', 'zh', s), ('達克羅', 'tw', s), ('dacromet', 'en', s), ('Dacromet', 'x', s)],
            '热镀锌': [('热镀锌', 'zh', s), ('熱鍍鋅', 'tw', s), ('HDG', 'x', s), ('hot dip galvanized', 'en', s),
                    ('镀锌', 'zh', ZINC)]}[f]


MAT_ROW = {  # clerk -> material rendering
    'gb': {'A2-70': 'A2-70', 'A4-70': 'A4-70', 'A4-80': 'A4-80', 'SS304': '不锈钢304', 'SS316': '不锈钢316'},
    'short': {'A2-70': '304(A2-70)', 'A4-70': '316 A4-70', 'A4-80': '316 A4-80', 'SS304': '304', 'SS316': '316'},
    'en': {'A2-70': 'A2-70', 'A4-70': 'A4-70', 'A4-80': 'A4-80', 'SS304': 'SS304', 'SS316': 'SS316'},
    'tw': {'A2-70': 'SUS304 A2-70', 'A4-70': 'SUS316 A4-70', 'A4-80': 'SUS316 A4-80', 'SS304': 'SUS304', 'SS316': 'SUS316'},
}
FIN_ROW = {'gb': {'白锌': '镀蓝白锌', '彩锌': '镀彩锌', '发黑': '发黑', '达克罗': '达克罗', '热镀锌': '热镀锌'},
           'short': {'白锌': '白锌', '彩锌': '彩锌', '发黑': '发黑', '达克罗': '达克罗', '热镀锌': '热镀锌'},
           'en': {'白锌': 'blue zinc', '彩锌': 'yellow zinc', '发黑': 'black oxide', '达克罗': 'dacromet', '热镀锌': 'HDG'},
           'tw': {'白锌': '白鋅', '彩锌': '彩鋅', '发黑': '發黑', '达克罗': '達克羅', '热镀锌': '熱鍍鋅'}}


def mat_row(clerk, m):
    if m in MAT_ROW[clerk]: return MAT_ROW[clerk][m]
    if m in ('4.8', '8.8', '10.9', '12.9', '8', '10'):
        return {'gb': m + '级', 'short': m + '级', 'en': ('Gr.' if '.' in m else 'class ') + m, 'tw': m + '級'}[clerk]
    return m


def mat_rowsurf(m):
    return {'A2-70': 'A2-70', 'A4-70': 'A4-70', 'A4-80': 'A4-80', 'SS304': '304', 'SS316': '316'}.get(m, m)


def std_forms(std):
    kind, num, year = std
    v = fs(kind + num)
    if kind == 'GB':
        return [('GB/T ' + num, 'x', v), ('GB/T' + num, 'x', v), ('GB' + num, 'x', v), ('GB ' + num, 'x', v),
                ('GB/T %s-%s' % (num, year), 'x', v), ('国标' + num, 'zh', v), ('國標' + num, 'tw', v),
                ('国标' + cn_digits(num).replace('.', '点'), 'v', v)]
    if kind == 'DIN':
        return [('DIN ' + num, 'x', v), ('DIN' + num, 'x', v), ('德标' + num, 'zh', v), ('德標' + num, 'tw', v),
                ('德标' + cn_digits(num), 'v', v)]
    return [('ISO ' + num, 'x', v), ('ISO' + num, 'x', v)]


def std_row(clerk, std):
    kind, num, year = std
    if kind == 'GB':
        return {'gb': 'GB/T %s-%s' % (num, year), 'short': 'GB' + num, 'en': 'GB/T ' + num, 'tw': 'GB' + num}[clerk]
    return ('%s %s' if clerk in ('gb', 'en') else '%s%s') % (kind, num)


HEX = fs('hexbolt_part', 'hexbolt_full', 'flangebolt')
SOCK = fs('shcs', 'bhcs', 'cshcs', 'setflat', 'setcone')
NUT = fs('hexnut', 'nylnut', 'flangenut', 'capnut')
WASH = fs('flatw', 'springw', 'largew')
SETS = fs('setflat', 'setcone')
SCREWS = HEX | SOCK | SETS | fs('pan', 'cskcross')
GEN_SCREW = [('螺丝', 'zh', SCREWS), ('螺絲', 'tw', SCREWS), ('screw', 'en', SCREWS)]
HEXG = [('外六角螺栓', 'zh', HEX), ('外六角', 'zh', HEX), ('六角头螺栓', 'zh', HEX), ('hex bolt', 'en', HEX),
        ('六角螺栓', 'tw', HEX), ('六角螺絲', 'tw', HEX)] + GEN_SCREW
SOCKG = [('内六角螺丝', 'zh', SOCK), ('内六角', 'zh', SOCK), ('socket screw', 'en', SOCK), ('內六角螺絲', 'tw', SOCK)] + GEN_SCREW
NUTG = [('螺母', 'zh', NUT), ('螺帽', 'zh', NUT), ('nut', 'en', NUT), ('螺帽', 'tw', NUT)]
SETG = [('机米', 'zh', SETS), ('紧定螺钉', 'zh', SETS), ('set screw', 'en', SETS), ('止付螺絲', 'tw', SETS)] + GEN_SCREW
WASHG = [('垫圈', 'zh', WASH), ('垫片', 'zh', WASH), ('washer', 'en', WASH), ('華司', 'tw', WASH)]

BOLT_L = [4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 110, 120, 130, 140, 150,
          160, 180, 200]
FAMS = [
    dict(key='hexbolt_part', sub=1, shape='ML', mn='WLB',
         names={'gb': '六角头螺栓', 'short': '外六角螺栓 半牙', 'en': 'Hex head bolt partial thread', 'tw': '六角螺栓(半牙)'},
         stds=[('GB', '5782', '2016'), ('DIN', '931', '')], iso=('ISO', '4014', ''),
         sizes=[5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 30], lr=(3, 12),
         mats=[('4.8', '白锌'), ('4.8', '热镀锌'), ('8.8', '白锌'), ('8.8', '彩锌'), ('8.8', '发黑'), ('8.8', '达克罗'), ('8.8', '热镀锌'), ('10.9', '发黑'),
               ('10.9', '达克罗'), ('10.9', '白锌'), ('A2-70', None), ('A4-70', None), ('A4-80', None)],
         cls=[('六角头螺栓 半螺纹', 'zh'), ('外六角半牙', 'zh'), ('半牙外六角螺栓', 'zh'), ('hex bolt partial thread', 'en'),
              ('hex head bolt half thread', 'en'), ('六角螺栓半牙', 'tw'), ('六角頭螺栓 半牙', 'tw')], gen=HEXG),
    dict(key='hexbolt_full', sub=2, shape='ML', mn='WLQ',
         names={'gb': '六角头螺栓 全螺纹', 'short': '外六角螺丝 全牙', 'en': 'Hex head screw full thread', 'tw': '六角螺絲(全牙)'},
         stds=[('GB', '5783', '2016'), ('DIN', '933', '')], iso=('ISO', '4017', ''),
         sizes=[4, 5, 6, 8, 10, 12, 14, 16, 20, 24], lr=(2, 10),
         mats=[('4.8', '白锌'), ('8.8', '白锌'), ('8.8', '彩锌'), ('8.8', '发黑'), ('8.8', '达克罗'), ('10.9', '发黑'), ('10.9', '白锌'), ('A2-70', None),
               ('A4-70', None), ('A4-80', None)],
         cls=[('六角头螺栓 全螺纹', 'zh'), ('外六角全牙', 'zh'), ('全牙外六角螺丝', 'zh'), ('hex screw full thread', 'en'),
              ('hex bolt fully threaded', 'en'), ('六角螺絲全牙', 'tw'), ('全牙六角螺絲', 'tw')], gen=HEXG),
    dict(key='shcs', sub=3, shape='ML', mn='NLZ',
         names={'gb': '内六角圆柱头螺钉', 'short': '内六角螺丝 杯头', 'en': 'Socket head cap screw', 'tw': '內六角圓柱頭螺絲'},
         stds=[('GB', '70.1', '2008'), ('DIN', '912', '')], iso=('ISO', '4762', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24], lr=(1.5, 12),
         mats=[('8.8', '白锌'), ('8.8', '发黑'), ('10.9', '白锌'), ('12.9', '发黑'), ('12.9', '达克罗'), ('12.9', '白锌'), ('A2-70', None), ('A4-70', None),
               ('A4-80', None)],
         cls=[('内六角圆柱头螺钉', 'zh'), ('杯头内六角', 'zh'), ('圆柱头内六角螺丝', 'zh'), ('socket head cap screw', 'en'),
              ('SHCS', 'en'), ('內六角圓柱頭螺絲', 'tw'), ('杯頭內六角', 'tw')], gen=SOCKG),
    dict(key='bhcs', sub=4, shape='ML', mn='NLY',
         names={'gb': '内六角圆头螺钉', 'short': '圆头内六角', 'en': 'Button head socket screw', 'tw': '圓頭內六角螺絲'},
         stds=[('GB', '70.2', '2015'), ('ISO', '7380-1', '')], iso=None,
         sizes=[3, 4, 5, 6, 8, 10, 12], lr=(1.5, 8),
         mats=[('10.9', '白锌'), ('10.9', '发黑'), ('A2-70', None), ('A4-70', None)],
         cls=[('内六角圆头螺钉', 'zh'), ('圆头内六角', 'zh'), ('半圆头内六角螺丝', 'zh'), ('button head socket screw', 'en'),
              ('BHCS', 'en'), ('圓頭內六角螺絲', 'tw')], gen=SOCKG),
    dict(key='cshcs', sub=5, shape='ML', mn='NLC',
         names={'gb': '内六角沉头螺钉', 'short': '沉头内六角', 'en': 'Countersunk socket head screw', 'tw': '平頭內六角螺絲'},
         stds=[('GB', '70.3', '2008'), ('DIN', '7991', '')], iso=('ISO', '10642', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12, 16], lr=(1.5, 10),
         mats=[('10.9', '白锌'), ('10.9', '发黑'), ('A2-70', None), ('A4-70', None), ('A4-80', None)],
         cls=[('内六角沉头螺钉', 'zh'), ('沉头内六角', 'zh'), ('平头内六角', 'zh'), ('countersunk socket screw', 'en'),
              ('flat head socket cap screw', 'en'), ('平頭內六角螺絲', 'tw'), ('沉頭內六角', 'tw')], gen=SOCKG),
    dict(key='setflat', sub=6, shape='ML', mn='JMP',
         names={'gb': '内六角平端紧定螺钉', 'short': '机米 平端', 'en': 'Socket set screw flat point', 'tw': '止付螺絲(平端)'},
         stds=[('GB', '77', '2007'), ('DIN', '913', '')], iso=('ISO', '4026', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12], lr=(0.5, 3), lens=[3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 30],
         mats=[('45H', '发黑'), ('A2-70', None), ('A4-70', None)],
         cls=[('内六角平端紧定螺钉', 'zh'), ('平端机米', 'zh'), ('机米 平端', 'zh'),
              ('socket set screw flat point', 'en'), ('止付螺絲 平端', 'tw')], gen=SETG),
    dict(key='setcone', sub=15, shape='ML', mn='JMZ',
         names={'gb': '内六角锥端紧定螺钉', 'short': '机米 尖端', 'en': 'Socket set screw cone point', 'tw': '止付螺絲(尖端)'},
         stds=[('GB', '78', '2007'), ('DIN', '914', '')], iso=('ISO', '4027', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12], lr=(0.5, 3), lens=[3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 30],
         mats=[('45H', '发黑'), ('A2-70', None), ('A4-70', None)],
         cls=[('内六角锥端紧定螺钉', 'zh'), ('尖端机米', 'zh'), ('机米 尖端', 'zh'),
              ('socket set screw cone point', 'en'), ('止付螺絲 尖端', 'tw')], gen=SETG),
    dict(key='flangebolt', sub=16, shape='ML', mn='FLS',
         names={'gb': '六角法兰面螺栓', 'short': '法兰螺栓', 'en': 'Hex flange bolt', 'tw': '法蘭螺栓'},
         stds=[('GB', '5789', '1986'), ('DIN', '6921', '')], iso=('ISO', '4162', ''),
         sizes=[5, 6, 8, 10, 12, 16], lr=(1.5, 8),
         mats=[('8.8', '白锌'), ('8.8', '发黑'), ('10.9', '发黑'), ('A2-70', None), ('A4-70', None)],
         cls=[('六角法兰面螺栓', 'zh'), ('法兰螺栓', 'zh'), ('hex flange bolt', 'en'), ('flange bolt', 'en'), ('法蘭螺栓', 'tw')],
         gen=GEN_SCREW),
    dict(key='cskcross', sub=17, shape='ML', mn='SZC',
         names={'gb': '十字槽沉头螺钉', 'short': '十字沉头螺丝', 'en': 'Cross recessed countersunk screw', 'tw': '十字平頭螺絲'},
         stds=[('GB', '819.1', '2016'), ('DIN', '965', '')], iso=('ISO', '7046-1', ''),
         sizes=[3, 4, 5, 6, 8], lr=(1.5, 10),
         mats=[('4.8', '白锌'), ('4.8', '发黑'), ('A2-70', None), ('A4-70', None)],
         cls=[('十字槽沉头螺钉', 'zh'), ('十字沉头', 'zh'), ('cross recessed countersunk screw', 'en'),
              ('phillips flat head screw', 'en'), ('十字平頭螺絲', 'tw')], gen=GEN_SCREW),
    dict(key='largew', sub=18, shape='M', mn='DD',
         names={'gb': '大垫圈', 'short': '大平垫', 'en': 'Large flat washer', 'tw': '大華司'},
         stds=[('GB', '96.1', '2002'), ('DIN', '9021', '')], iso=('ISO', '7093-1', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24],
         mats=[('200HV', '白锌'), ('SS304', None), ('SS316', None)],
         cls=[('大垫圈', 'zh'), ('大平垫', 'zh'), ('large washer', 'en'), ('fender washer', 'en'), ('大華司', 'tw')], gen=WASHG),
    dict(key='capnut', sub=19, shape='M', mn='GM',
         names={'gb': '盖形螺母', 'short': '盖母', 'en': 'Acorn nut', 'tw': '蓋型螺帽'},
         stds=[('GB', '923', '2009'), ('DIN', '1587', '')], iso=None,
         sizes=[4, 5, 6, 8, 10, 12, 14, 16, 20],
         mats=[('8', '白锌'), ('A2-70', None), ('A4-70', None)],
         cls=[('盖形螺母', 'zh'), ('盖母', 'zh'), ('acorn nut', 'en'), ('cap nut', 'en'), ('蓋型螺帽', 'tw')], gen=NUTG),
    dict(key='springpin', sub=20, shape='D', mn='TX',
         names={'gb': '弹性圆柱销', 'short': '弹簧销', 'en': 'Spring pin', 'tw': '彈簧銷'},
         stds=[('GB', '879.1', '2018'), ('DIN', '1481', '')], iso=('ISO', '8752', ''),
         sizes=[3, 4, 5, 6, 8, 10], lr=(2, 10),
         mats=[('65Mn', None), ('SS304', None)],
         cls=[('弹性圆柱销', 'zh'), ('弹簧销', 'zh'), ('spring pin', 'en'), ('roll pin', 'en'), ('彈簧銷', 'tw')], gen=[]),
    dict(key='eyebolt', sub=21, shape='M', mn='DH',
         names={'gb': '吊环螺钉', 'short': '吊环', 'en': 'Lifting eye bolt', 'tw': '吊環螺絲'},
         stds=[('GB', '825', '1988'), ('DIN', '580', '')], iso=None,
         sizes=[6, 8, 10, 12, 16, 20, 24],
         mats=[('4.8', '白锌'), ('SS304', None), ('SS316', None)],
         cls=[('吊环螺钉', 'zh'), ('吊环', 'zh'), ('eye bolt', 'en'), ('吊環螺絲', 'tw')], gen=[]),
    dict(key='pan', sub=7, shape='ML', mn='SZP',
         names={'gb': '十字槽盘头螺钉', 'short': '十字盘头螺丝', 'en': 'Cross recessed pan head screw', 'tw': '十字圓頭螺絲'},
         stds=[('GB', '818', '2016'), ('DIN', '7985', '')], iso=('ISO', '7045', ''),
         sizes=[3, 4, 5, 6, 8], lr=(1.5, 10),
         mats=[('4.8', '白锌'), ('4.8', '彩锌'), ('A2-70', None), ('A4-70', None)],
         cls=[('十字槽盘头螺钉', 'zh'), ('十字盘头螺丝', 'zh'), ('盘头十字', 'zh'), ('cross recessed pan head screw', 'en'),
              ('phillips pan head screw', 'en'), ('十字圓頭螺絲', 'tw'), ('盤頭十字螺絲', 'tw')], gen=GEN_SCREW),
    dict(key='hexnut', sub=8, shape='M', mn='LM',
         names={'gb': '六角螺母', 'short': '螺母', 'en': 'Hex nut', 'tw': '六角螺帽'},
         stds=[('GB', '6170', '2015'), ('DIN', '934', '')], iso=('ISO', '4032', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30],
         mats=[('8', '白锌'), ('8', '发黑'), ('10', '达克罗'), ('A2-70', None), ('A4-70', None), ('A4-80', None)],
         cls=[('六角螺母', 'zh'), ('hex nut', 'en'), ('六角螺帽', 'tw')], gen=NUTG),
    dict(key='nylnut', sub=9, shape='M', mn='NLM',
         names={'gb': '非金属嵌件六角锁紧螺母', 'short': '尼龙锁紧螺母', 'en': 'Nylon insert lock nut', 'tw': '尼龍防鬆螺帽'},
         stds=[('GB', '889.1', '2015'), ('DIN', '985', '')], iso=('ISO', '10511', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12, 16, 20],
         mats=[('8', '白锌'), ('A2-70', None), ('A4-70', None)],
         cls=[('非金属嵌件六角锁紧螺母', 'zh'), ('尼龙锁紧螺母', 'zh'), ('尼龙防松螺母', 'zh'), ('nylon insert lock nut', 'en'),
              ('nyloc nut', 'en'), ('尼龍防鬆螺帽', 'tw'), ('尼龍螺帽', 'tw')], gen=NUTG),
    dict(key='flangenut', sub=10, shape='M', mn='FLM',
         names={'gb': '六角法兰面螺母', 'short': '法兰螺母', 'en': 'Hex flange nut', 'tw': '法蘭螺帽'},
         stds=[('GB', '6177.1', '2016'), ('DIN', '6923', '')], iso=('ISO', '4161', ''),
         sizes=[5, 6, 8, 10, 12, 16],
         mats=[('8', '白锌'), ('10', '发黑'), ('A2-70', None)],
         cls=[('六角法兰面螺母', 'zh'), ('法兰螺母', 'zh'), ('hex flange nut', 'en'), ('flange nut', 'en'), ('法蘭螺帽', 'tw')],
         gen=NUTG),
    dict(key='flatw', sub=11, shape='M', mn='PD',
         names={'gb': '平垫圈', 'short': '平垫', 'en': 'Flat washer', 'tw': '平華司'},
         stds=[('GB', '97.1', '2002'), ('DIN', '125', '')], iso=('ISO', '7089', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30],
         mats=[('200HV', '白锌'), ('200HV', '彩锌'), ('SS304', None), ('SS316', None)],
         cls=[('平垫圈', 'zh'), ('平垫', 'zh'), ('平垫片', 'zh'), ('flat washer', 'en'), ('平華司', 'tw'), ('平墊圈', 'tw')],
         gen=WASHG),
    dict(key='springw', sub=12, shape='M', mn='TD',
         names={'gb': '标准型弹簧垫圈', 'short': '弹垫', 'en': 'Spring lock washer', 'tw': '彈簧華司'},
         stds=[('GB', '93', '1987'), ('DIN', '127', '')], iso=None,
         sizes=[3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30],
         mats=[('65Mn', '白锌'), ('65Mn', '发黑'), ('SS304', None), ('SS316', None)],
         cls=[('标准型弹簧垫圈', 'zh'), ('弹垫', 'zh'), ('弹簧垫片', 'zh'), ('spring washer', 'en'), ('spring lock washer', 'en'),
              ('彈簧華司', 'tw'), ('彈墊', 'tw')], gen=WASHG),
    dict(key='dowel', sub=13, shape='D', mn='YZX',
         names={'gb': '圆柱销', 'short': '定位销', 'en': 'Dowel pin', 'tw': '定位銷'},
         stds=[('GB', '119.1', '2000')], iso=('ISO', '2338', ''),
         sizes=[3, 4, 5, 6, 8, 10, 12], lr=(2, 8),
         mats=[('35#', None), ('SS304', None)],
         cls=[('圆柱销', 'zh'), ('定位销', 'zh'), ('dowel pin', 'en'), ('parallel pin', 'en'), ('定位銷', 'tw'), ('圓柱銷', 'tw')],
         gen=[]),
    dict(key='rod', sub=14, shape='R', mn='YT',
         names={'gb': '全螺纹螺柱', 'short': '牙条', 'en': 'Threaded rod', 'tw': '牙條'},
         stds=[('DIN', '975', '')], iso=None,
         sizes=[6, 8, 10, 12, 14, 16, 20, 24],
         mats=[('4.8', '白锌'), ('8.8', '白锌'), ('8.8', '热镀锌'), ('SS304', None), ('SS316', None)],
         cls=[('全螺纹螺柱', 'zh'), ('牙条', 'zh'), ('通丝', 'zh'), ('threaded rod', 'en'), ('牙條', 'tw'), ('全牙螺桿', 'tw')],
         gen=[]),
]
FKEEP = 1.0
FAM_BY_KEY = {f['key']: f for f in FAMS}


def fam_lens(fam, d):
    if fam['shape'] == 'R': return [1000]
    if fam['shape'] == 'M': return [None]
    lo, hi = fam['lr']
    pool = fam.get('lens', BOLT_L)
    return [L for L in pool if lo * d <= L <= hi * d and L <= 200 and L >= 3]


def size_key(fam, d, L):
    if fam['shape'] == 'M': return 'M%d' % d
    if fam['shape'] == 'D': return '%dx%d' % (d, L)
    return 'M%dx%d' % (d, L)


def size_forms(shape, d, L):
    if shape == 'M':
        v = fs('M%d' % d)
        return [('M%d' % d, 'x', v), ('m%d' % d, 'x', v), ('M' + cn_int(d), 'v', v)]
    if shape == 'D':
        v = fs('%dx%d' % (d, L))
        return [('%dx%d' % (d, L), 'x', v), ('%d*%d' % (d, L), 'x', v), ('Φ%dx%d' % (d, L), 'x', v),
                ('%d×%d' % (d, L), 'x', v), ('%s乘%s' % (cn_int(d), cn_int(L)), 'v', v)]
    v = fs('M%dx%d' % (d, L))
    if shape == 'R':
        return [('M%dx1000' % d, 'x', v), ('M%d*1000' % d, 'x', v), ('M%d 1米' % d, 'zh', v), ('M%dx1m' % d, 'x', v),
                ('M%s一米' % cn_int(d), 'v', v)]
    return [('M%dx%d' % (d, L), 'x', v), ('M%d*%d' % (d, L), 'x', v), ('M%d×%d' % (d, L), 'x', v),
            ('m%d-%d' % (d, L), 'x', v), ('M%dX%d' % (d, L), 'x', v), ('M%d*%dL' % (d, L), 'x', v),
            ('M%d长%d' % (d, L), 'zh', v), ('M%s乘%s' % (cn_int(d), cn_int(L)), 'v', v),
            ('%s乘%s的' % (cn_int(d), cn_int(L)), 'v', v)]


def size_row(clerk, shape, d, L):
    if shape == 'M': return 'M%d' % d
    if shape == 'D': return ('%d×%d' if clerk == 'gb' else '%d*%d' if clerk == 'short' else '%dx%d') % (d, L)
    return ('M%d×%d' if clerk == 'gb' else 'M%d*%d' if clerk == 'short' else 'M%dx%d') % (d, L)


MATCODE = {'A2-70': 'A2', 'A4-70': 'A47', 'A4-80': 'A48', 'SS304': 'S4', 'SS316': 'S6', '4.8': '48', '8.8': '88',
           '10.9': '109', '12.9': '129', '8': '8', '10': '10', '45H': '45', '200HV': 'HV', '65Mn': 'MN', '35#': '35'}
FINCODE = {'白锌': 'Z', '彩锌': 'C', '发黑': 'H', '达克罗': 'D', '热镀锌': 'R', None: ''}


def gen_fasteners(b):
    rng = b.rng
    for fam in FAMS:
        clsforms = [(s, t, fs(fam['key'])) for s, t in fam['cls']] + list(fam['gen'])
        for d in fam['sizes']:
            for L in fam_lens(fam, d):
                for mat, fin in fam['mats']:
                    if fam['shape'] == 'ML' and fin == '热镀锌' and d < 10: continue
                    if rng.random() > FKEEP: continue
                    present = [s for i, s in enumerate(fam['stds']) if rng.random() < (0.92 if i == 0 else 0.5)]
                    if not present: present = [fam['stds'][0]]
                    for std in present:
                        if std[0] == 'GB':
                            clerk = rng.choice(['gb', 'gb', 'gb', 'short', 'short', 'en', 'tw'])
                        else:
                            clerk = rng.choice(['en', 'en', 'tw', 'short', 'gb'])
                        equiv = []
                        if len(present) == 1 and rng.random() < 0.45:
                            equiv = [s for s in fam['stds'] if s != std] + ([fam['iso']] if fam['iso'] else [])
                        skey = size_key(fam, d, L)
                        srow = size_row(clerk, fam['shape'], d, L)
                        parts = [std_row(clerk, std), srow, mat_row(clerk, mat)]
                        if fin: parts.append(FIN_ROW[clerk][fin])
                        if clerk in ('short', 'tw'):
                            parts = parts[1:] + parts[:1]
                        spec = ' '.join(parts)
                        aliases = []
                        if equiv:
                            eqs = '/'.join('%s %s' % (e[0] if e[0] != 'GB' else 'GB/T', e[1]) for e in equiv)
                            aliases.append(('等同 ' if clerk != 'en' else 'equiv. ') + eqs)
                        attrs = {'cls': fam['key'], 'size': skey, 'mat': mat, 'fin': fin or 'none',
                                 'std_eq': frozenset([std[0] + std[1]] + [e[0] + e[1] for e in equiv])}
                        sf = std_forms(std)
                        for e in equiv: sf += std_forms(e)
                        forms = {'cls': clsforms, 'size': size_forms(fam['shape'], d, L), 'mat': mat_forms(mat),
                                 'std': sf}
                        if fin: forms['fin'] = fin_forms(fin)
                        rowsurf = [std[1], srow, mat_rowsurf(mat)]
                        it = b.add(1, fam['sub'], fam['names'][clerk], spec, rng.choice(['PCS', '个']) if clerk != 'en' else 'PCS',
                                   attrs, forms, rowsurf, ('F', fam['key'], skey), aliases)
                        it.kindcls = 'fastener'
                        if rng.random() < 0.3:
                            it.attrs['mnem_seed'] = '%s%02d%s%s%s%s' % (fam['mn'], d, '%03d' % L if L else '',
                                                                      MATCODE[mat], FINCODE[fin], std[0][0])
    for it in b.items:
        pass


# ---------------------------------------------------------------- bearings
SEALF = {'': [('开式', 'zh'), ('open', 'en'), ('開放式', 'tw')],
         'ZZ': [('铁盖', 'zh'), ('铁封', 'zh'), ('双面铁盖', 'zh'), ('metal shield', 'en'), ('鐵蓋', 'tw')],
         '2RS': [('胶盖', 'zh'), ('胶封', 'zh'), ('双面胶封', 'zh'), ('rubber sealed', 'en'), ('膠蓋', 'tw')]}
NATIVE = {'SKF': {'ZZ': '-2Z', '2RS': '-2RSH', 'C3': '/C3'}, 'NSK': {'ZZ': 'ZZ', '2RS': 'DDU', 'C3': 'C3'},
          'FAG': {'ZZ': '-2ZR', '2RS': '-2RSR', 'C3': '-C3'}, 'HRB': {'ZZ': '-ZZ', '2RS': '-2RS', 'C3': '/C3'},
          'ZWZ': {'ZZ': '-ZZ', '2RS': '-2RS', 'C3': '/C3'}}
BRANDF = {'SKF': [('SKF', 'x')], 'NSK': [('NSK', 'x')], 'FAG': [('FAG', 'x')], 'HRB': [('HRB', 'x'), ('哈轴', 'zh'), ('哈軸', 'tw')],
          'ZWZ': [('ZWZ', 'x'), ('瓦轴', 'zh'), ('瓦軸', 'tw')], 'FYH': [('FYH', 'x')], 'ASAHI': [('ASAHI', 'x')],
          'THK': [('THK', 'x')], 'SAMICK': [('SAMICK', 'x')], 'AIRTAC': [('AirTAC', 'x'), ('亚德客', 'zh'), ('亞德客', 'tw')],
          'SMC': [('SMC', 'x')], 'FESTO': [('Festo', 'x'), ('FESTO', 'x')], 'GENERIC': [('国产', 'zh'), ('國產', 'tw'), ('generic', 'en')],
          'NOK': [('NOK', 'x')], 'TTO': [('TTO', 'x')], 'NAK': [('NAK', 'x')], 'TSUBAKI': [('椿本', 'zh'), ('Tsubaki', 'en'), ('TSUBAKI', 'x')],
          'DONGHUA': [('东华', 'zh'), ('Donghua', 'en'), ('東華', 'tw')], 'GATES': [('Gates', 'en'), ('GATES', 'x'), ('盖茨', 'zh'), ('蓋茨', 'tw')],
          'SANWEI': [('三维', 'zh'), ('三維', 'tw'), ('Sanwei', 'en')], 'BANDO': [('BANDO', 'x'), ('阪东', 'zh'), ('阪東', 'tw')],
          'REXROTH': [('Rexroth', 'x'), ('力士乐', 'zh'), ('力士樂', 'tw')], 'HUADE': [('华德', 'zh'), ('HUADE', 'x'), ('華德', 'tw')],
          'YUKEN': [('YUKEN', 'x'), ('油研', 'zh')], 'LEEMIN': [('黎明', 'zh'), ('LEEMIN', 'x')],
          'OMRON': [('OMRON', 'x'), ('欧姆龙', 'zh'), ('歐姆龍', 'tw')], 'AUTONICS': [('Autonics', 'x'), ('奥托尼克斯', 'zh')],
          'KEYENCE': [('KEYENCE', 'x'), ('基恩士', 'zh')], 'SICK': [('SICK', 'x'), ('西克', 'zh')]}
BRAND_ROW = {'GENERIC': {'gb': '国产', 'short': '国产', 'en': 'generic', 'tw': '國產'},
             'AIRTAC': {'gb': '亚德客', 'short': '亚德客', 'en': 'AirTAC', 'tw': '亞德客'},
             'TSUBAKI': {'gb': '椿本', 'short': '椿本', 'en': 'Tsubaki', 'tw': '椿本'},
             'DONGHUA': {'gb': '东华', 'short': '东华', 'en': 'Donghua', 'tw': '東華'},
             'SANWEI': {'gb': '三维', 'short': '三维', 'en': 'Sanwei', 'tw': '三維'},
             'REXROTH': {'gb': '力士乐', 'short': 'Rexroth', 'en': 'Rexroth', 'tw': 'Rexroth'},
             'HUADE': {'gb': '北京华德', 'short': '华德', 'en': 'HUADE', 'tw': '華德'},
             'LEEMIN': {'gb': '黎明', 'short': '黎明', 'en': 'LEEMIN', 'tw': '黎明'}}


def brand_row(clerk, br):
    return BRAND_ROW.get(br, {}).get(clerk, {'FESTO': 'Festo', 'GATES': 'Gates', 'AIRTAC': 'AirTAC'}.get(br, br))


def brand_forms(br):
    return [(s, t, fs(br)) for s, t in BRANDF[br]]


def brand_surf(br):
    return [s for s, t in BRANDF[br]]


BEAR_ALL = fs('dg', 'housed', 'linear')
BEAR_CLS = {'dg': [('深沟球轴承', 'zh', fs('dg')), ('轴承', 'zh', BEAR_ALL), ('bearing', 'en', BEAR_ALL),
                   ('ball bearing', 'en', fs('dg')), ('deep groove ball bearing', 'en', fs('dg')), ('軸承', 'tw', BEAR_ALL),
                   ('深溝滾珠軸承', 'tw', fs('dg'))],
            'housed': [('带座轴承', 'zh', fs('housed')), ('外球面轴承', 'zh', fs('housed')), ('轴承', 'zh', BEAR_ALL),
                       ('pillow block bearing', 'en', fs('housed')), ('bearing unit', 'en', fs('housed')),
                       ('軸承座', 'tw', fs('housed')), ('帶座軸承', 'tw', fs('housed'))],
            'linear': [('直线轴承', 'zh', fs('linear')), ('线性轴承', 'zh', fs('linear')), ('linear bearing', 'en', fs('linear')),
                       ('直線軸承', 'tw', fs('linear')), ('轴承', 'zh', BEAR_ALL)]}


def bearing_bases():
    out = []
    for s, lo, hi in (('60', 0, 12), ('62', 0, 15), ('63', 0, 12), ('68', 0, 10), ('69', 0, 10)):
        for i in range(lo, hi + 1):
            out.append('%s%02d' % (s, i))
    out += ['606', '607', '608', '609', '623', '624', '625', '626', '627', '629', '686', '688', '696', '698']
    return out


def gen_bearings(b):
    rng = b.rng
    for base in bearing_bases():
        for stain in (False, True):
            if stain and not (base[:2] in ('60', '62', '68', '69') and int(base[2:]) <= 8 or len(base) == 3): continue
            brands = ['HRB', 'NSK'] if stain else ['SKF', 'NSK', 'FAG', 'HRB', 'ZWZ']
            for seal in ('', 'ZZ', '2RS'):
                for c3 in (('', 'C3') if base[:2] in ('62', '63') and not stain else ('',)):
                    for br in brands:
                        if rng.random() > 0.9: continue
                        pre = 'S' if stain else ''
                        generic = pre + base + ('-' + seal if seal else '') + ('/C3' if c3 else '')
                        nat = NATIVE[br]
                        native = pre + base + (nat[seal] if seal else '') + (nat['C3'] if c3 else '')
                        can = canon(generic)
                        clerk = rng.choice(['gb', 'short', 'en', 'tw'])
                        name = {'gb': '深沟球轴承', 'short': '轴承', 'en': 'Deep groove ball bearing', 'tw': '深溝滾珠軸承'}[clerk]
                        if stain:
                            name = {'gb': '不锈钢深沟球轴承', 'short': '不锈钢轴承', 'en': 'Stainless deep groove ball bearing',
                                    'tw': '不鏽鋼深溝滾珠軸承'}[clerk]
                        code = native if rng.random() < 0.6 else generic
                        spec = '%s %s' % (code, brand_row(clerk, br)) if clerk != 'short' else '%s-%s' % (brand_row(clerk, br), code)
                        aliases = []
                        if code != generic: aliases.append(generic)
                        old = None
                        if not stain and not c3 and seal and base[:2] in ('60', '62', '63'):
                            old = ('80' if seal == 'ZZ' else '180') + {'60': '1', '62': '2', '63': '3'}[base[:2]] + base[2:]
                            if br in ('HRB', 'ZWZ') or rng.random() < 0.3: aliases.append(old)
                        forms = {'cls': BEAR_CLS['dg'], 'brand': brand_forms(br)}
                        mf = []
                        seps = (['-', ' ', ''] if len(base) == 4 else ['-', ' ']) if seal else ['']
                        for sp in seps:
                            for cs in ((' ', '/', '') if c3 else ('',)):
                                mf.append((pre + base + (sp + seal if seal else '') + (cs + c3 if c3 else ''), 'x', can))
                        if native != generic: mf.append((native, 'x', can))
                        if stain:
                            tail = (('-' + seal) if seal else '')
                            mf += [('SS' + base + tail, 'x', can), ('不锈钢' + base + tail, 'zh', can),
                                   ('不鏽鋼' + base + tail, 'tw', can), ('stainless ' + base + tail, 'en', can)]
                        if not c3:
                            for w, t in SEALF[seal]:
                                mf.append(((('不锈钢' if t == 'zh' else '不鏽鋼' if t == 'tw' else 'stainless ') if stain else '')
                                           + base + ' ' + w, t, can))
                                if t == 'zh':
                                    mf.append((('不锈钢' if stain else '') + cn_digits(base) + w, 'v', can))
                            if not seal:
                                mf.append((('不锈钢' if stain else '') + cn_digits(base), 'v', can))
                        if old and old in aliases:
                            mf.append((old, 'zh', can))
                        forms['model'] = mf
                        lv = set()
                        for s2 in ((seal,) if not seal else (seal, '')):
                            for c2 in ((c3,) if not c3 else (c3, '')):
                                lv.add(canon(pre + base + s2 + c2))
                        attrs = {'cls': 'dg', 'model': can, 'brand': br, 'model_l': frozenset(lv)}
                        it = b.add(2, 1 if not stain else 2, name, spec, rng.choice(['PCS', '个', '套']) if clerk != 'en' else 'PCS',
                                   attrs, forms, [code, brand_row(clerk, br)], ('B', pre + base), aliases)
                        it.kindcls = 'bearing'
    # housed units
    for typ in ('UCP', 'UCF', 'UCFL', 'UCT', 'UCFC'):
        for n in range(204, 213):
            inch = {204: '12', 205: '16', 206: '20', 207: '20', 208: '24'}.get(n)
            for stain in (False, True):
                for suf in ('', '-' + inch if inch else None):
                    if suf is None: continue
                    for br in (['FYH', 'ASAHI', 'ZWZ'] if not stain else ['FYH', 'GENERIC']):
                        if rng.random() > 0.55: continue
                        code = ('S' if stain else '') + typ + str(n) + suf
                        can = canon(code)
                        clerk = rng.choice(['gb', 'short', 'en', 'tw'])
                        name = {'gb': '带座外球面轴承', 'short': '轴承座', 'en': 'Pillow block bearing unit', 'tw': '帶座軸承'}[clerk]
                        if stain: name = {'gb': '不锈钢带座轴承', 'short': '不锈钢轴承座', 'en': 'Stainless bearing unit', 'tw': '不鏽鋼軸承座'}[clerk]
                        spec = '%s %s' % (code, brand_row(clerk, br))
                        mf = [(code, 'x', can), (code.replace('-', ' '), 'x', can)]
                        if stain: mf += [('不锈钢' + code[1:], 'zh', can), ('SS ' + code[1:], 'x', can)]
                        it = b.add(2, 3, name, spec, '套', {'cls': 'housed', 'model': can, 'brand': br},
                                   {'cls': BEAR_CLS['housed'], 'model': mf, 'brand': brand_forms(br)},
                                   [code], ('B', typ + str(n)))
                        it.kindcls = 'bearing'
    for d in (6, 8, 10, 12, 13, 16, 20, 25, 30, 35, 40):
        for v in ('UU', 'LUU', 'UU-OP', 'UU-AJ'):
            for br in ('THK', 'SAMICK', 'GENERIC'):
                if rng.random() > 0.6: continue
                code = 'LM%d%s' % (d, v)
                can = canon(code)
                clerk = rng.choice(['gb', 'short', 'en', 'tw'])
                name = {'gb': '直线运动球轴承', 'short': '直线轴承', 'en': 'Linear ball bearing', 'tw': '直線軸承'}[clerk]
                it = b.add(2, 4, name, '%s %s' % (code, brand_row(clerk, br)), 'PCS', {'cls': 'linear', 'model': can, 'brand': br},
                           {'cls': BEAR_CLS['linear'], 'model': [(code, 'x', can), (code.lower(), 'x', can)], 'brand': brand_forms(br)},
                           [code], ('B', 'LM%d' % d))
                it.kindcls = 'bearing'


# ---------------------------------------------------------------- seals
SEALS_ALL = fs('oring', 'oilseal', 'rodseal')
COMPF = {'NBR70': [('NBR70', 'x', fs('NBR70')), ('NBR', 'x', fs('NBR70', 'NBR90')), ('丁腈', 'zh', fs('NBR70', 'NBR90')),
                   ('nitrile', 'en', fs('NBR70', 'NBR90')), ('丁腈膠', 'tw', fs('NBR70', 'NBR90')), ('70度丁腈', 'zh', fs('NBR70'))],
         'NBR90': [('NBR90', 'x', fs('NBR90')), ('90度丁腈', 'zh', fs('NBR90')), ('NBR 90A', 'x', fs('NBR90')),
                   ('NBR', 'x', fs('NBR70', 'NBR90')), ('丁腈', 'zh', fs('NBR70', 'NBR90'))],
         'FKM': [('FKM', 'x', fs('FKM')), ('氟胶', 'zh', fs('FKM')), ('氟橡胶', 'zh', fs('FKM')), ('Viton', 'en', fs('FKM')),
                 ('FPM', 'x', fs('FKM')), ('氟膠', 'tw', fs('FKM'))],
         'EPDM': [('EPDM', 'x', fs('EPDM')), ('三元乙丙', 'zh', fs('EPDM'))],
         'VMQ': [('硅胶', 'zh', fs('VMQ')), ('VMQ', 'x', fs('VMQ')), ('silicone', 'en', fs('VMQ')), ('矽膠', 'tw', fs('VMQ'))],
         'NBR': [('NBR', 'x', fs('NBR')), ('丁腈', 'zh', fs('NBR')), ('nitrile', 'en', fs('NBR')), ('丁腈膠', 'tw', fs('NBR'))],
         'PU': [('PU', 'x', fs('PU')), ('聚氨酯', 'zh', fs('PU')), ('polyurethane', 'en', fs('PU'))]}
COMP_ROW = {'gb': {'NBR70': 'NBR70', 'NBR90': 'NBR90', 'FKM': 'FKM 氟橡胶', 'EPDM': 'EPDM', 'VMQ': '硅橡胶 VMQ', 'NBR': 'NBR', 'PU': '聚氨酯PU'},
            'short': {'NBR70': '丁腈70 NBR70', 'NBR90': '丁腈90 NBR90', 'FKM': '氟胶FKM', 'EPDM': 'EPDM', 'VMQ': '硅胶VMQ', 'NBR': '丁腈NBR', 'PU': 'PU'},
            'en': {'NBR70': 'NBR70', 'NBR90': 'NBR90', 'FKM': 'FKM(Viton)', 'EPDM': 'EPDM', 'VMQ': 'silicone VMQ', 'NBR': 'NBR', 'PU': 'PU'},
            'tw': {'NBR70': 'NBR70', 'NBR90': 'NBR90', 'FKM': 'FKM 氟膠', 'EPDM': 'EPDM', 'VMQ': '矽膠 VMQ', 'NBR': 'NBR', 'PU': 'PU'}}


def gnum(x):
    s = ('%.2f' % x).rstrip('0').rstrip('.')
    return s


def gen_seals(b):
    rng = b.rng
    sizes = []
    gbser = {1.8: [5, 6, 7.1, 8, 9, 10, 11.2, 12.5, 14, 16, 18, 20, 22.4, 25, 28, 31.5],
             2.65: [10.6, 11.8, 13.2, 15, 16, 18, 20, 22.4, 25, 28, 31.5, 35.5, 40, 45, 50, 56, 63],
             3.55: [18, 20, 22.4, 25, 28, 31.5, 35.5, 40, 45, 50, 56, 63, 71, 80, 90, 100],
             5.3: [40, 45, 50, 56, 63, 71, 80, 90, 100, 112, 125, 140, 160, 180, 200]}
    for cs, ids in gbser.items():
        for i in ids: sizes.append((gnum(i), gnum(cs)))
    for cs in (1.5, 1.9, 2, 2.4, 3, 3.1, 3.5, 4, 5, 5.7):
        for i in (4, 6, 8, 10, 12, 14, 15, 17, 19, 21, 24, 26, 29, 32, 34, 36, 38, 42, 46, 48, 52, 55, 58, 60, 65, 70, 75, 85, 95, 110):
            if i >= cs * 2.5 and rng.random() < 0.65: sizes.append((gnum(i), gnum(cs)))
    seen = set()
    for i, cs in sizes:
        if (i, cs) in seen: continue
        seen.add((i, cs))
        for comp in ('NBR70', 'NBR90', 'FKM', 'EPDM', 'VMQ'):
            if rng.random() > (0.9 if comp in ('NBR70', 'FKM') else 0.55): continue
            clerk = rng.choice(['gb', 'short', 'en', 'tw'])
            sz = i + 'x' + cs
            srow = {'gb': '%s×%s' % (i, cs), 'short': '%s*%s' % (i, cs), 'en': 'ID%sxCS%s' % (i, cs), 'tw': '%sx%s' % (i, cs)}[clerk]
            name = {'gb': 'O形橡胶密封圈', 'short': 'O型圈', 'en': 'O-ring', 'tw': 'O型環'}[clerk]
            spec = '%s %s' % (srow, COMP_ROW[clerk][comp])
            v = fs(sz)
            forms = {'cls': [('O型圈', 'zh', fs('oring')), ('O形圈', 'zh', fs('oring')), ('O令', 'zh', fs('oring')),
                             ('o-ring', 'en', fs('oring')), ('O-ring', 'en', fs('oring')), ('O型環', 'tw', fs('oring')),
                             ('O環', 'tw', fs('oring')), ('密封圈', 'zh', SEALS_ALL), ('O形橡胶密封圈', 'zh', fs('oring'))],
                     'size': [(i + 'x' + cs, 'x', v), (i + '*' + cs, 'x', v), (i + '×' + cs, 'x', v), ('Φ%sx%s' % (i, cs), 'x', v),
                              ('内径%s 线径%s' % (i, cs), 'zh', v), ('ID%s CS%s' % (i, cs), 'en', v), ('內徑%s 線徑%s' % (i, cs), 'tw', v),
                              ('%s乘%s' % (cn_num(i), cn_num(cs)), 'v', v)],
                     'comp': COMPF[comp]}
            it = b.add(3, 1, name, spec, rng.choice(['PCS', '个']), {'cls': 'oring', 'size': sz, 'comp': comp}, forms,
                       [srow, comp[:3]], ('O', sz))
            it.kindcls = 'seal'
    # oil seals
    for d in (10, 12, 14, 15, 16, 17, 18, 20, 22, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100):
        Ds = sorted(rng.sample([d + k for k in (10, 12, 14, 16, 17, 20, 22, 25)], 4))
        for D in Ds:
            for w in sorted(rng.sample([5, 6, 7, 8, 10, 12], 2)):
                sz = '%dx%dx%d' % (d, D, w)
                v = fs(sz)
                for typ in ('TC', 'SC', 'TB'):
                    for comp in ('NBR', 'FKM'):
                        for br in ('NOK', 'TTO', 'NAK'):
                            if rng.random() > 0.3: continue
                            clerk = 'tw' if br == 'TTO' and rng.random() < 0.7 else rng.choice(['gb', 'short', 'en', 'tw'])
                            name = {'gb': '骨架油封', 'short': '油封', 'en': 'Oil seal', 'tw': '油封'}[clerk]
                            srow = {'gb': '%d×%d×%d' % (d, D, w), 'short': '%d*%d*%d' % (d, D, w)}.get(clerk, sz)
                            spec = '%s %s %s %s' % (typ, srow, COMP_ROW[clerk][comp], br)
                            forms = {'cls': [('油封', 'zh', fs('oilseal')), ('骨架油封', 'zh', fs('oilseal')), ('oil seal', 'en', fs('oilseal')),
                                             ('油封', 'tw', fs('oilseal')), ('游封', 'v', fs('oilseal')), ('密封圈', 'zh', SEALS_ALL)],
                                     'size': [(sz, 'x', v), ('%d*%d*%d' % (d, D, w), 'x', v), ('%d-%d-%d' % (d, D, w), 'x', v),
                                              ('%d×%d×%d' % (d, D, w), 'x', v), (cn_int(d) + cn_int(D) + cn_int(w), 'v', v),
                                              ('%s乘%s乘%s' % (cn_int(d), cn_int(D), cn_int(w)), 'v', v)],
                                     'type': [(typ, 'x', fs(typ)), (typ + '型', 'zh', fs(typ))],
                                     'comp': COMPF[comp], 'brand': brand_forms(br)}
                            it = b.add(3, 2, name, spec, 'PCS', {'cls': 'oilseal', 'size': sz, 'type': typ, 'comp': comp, 'brand': br},
                                       forms, [typ, srow, br], ('S', sz))
                            it.kindcls = 'seal'
    # rod / piston seals for cylinders
    RT = {'UN': ('Y型圈', 'Y型密封圈 UN', 'U-cup seal UN', 'Y型油封 UN'), 'IDI': ('轴用Y型圈', '轴用Y圈 IDI', 'rod seal IDI', '軸用Y型圈 IDI'),
          'ISI': ('孔用Y型圈', '孔用Y圈 ISI', 'piston seal ISI', '孔用Y型圈 ISI'), 'DH': ('防尘圈', '防尘圈 DH', 'wiper seal DH', '防塵圈 DH'),
          'DKB': ('防尘圈', '防尘圈 DKB', 'wiper seal DKB', '防塵圈 DKB')}
    for typ in ('UN', 'IDI', 'ISI', 'DH', 'DKB'):
        for d in (10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 32, 35, 40, 45, 50, 55, 60, 63, 70, 80):
            for D, H in ((d + 8, 5), (d + 10, 6), (d + 10, 8)):
                for comp in ('NBR', 'PU'):
                    if rng.random() > 0.6: continue
                    sz = '%dx%dx%d' % (d, D, H)
                    v = fs(sz)
                    clerk = rng.choice(['gb', 'short', 'en', 'tw'])
                    nm = RT[typ][{'gb': 0, 'short': 1, 'en': 2, 'tw': 3}[clerk]]
                    srow = sz if clerk != 'gb' else '%d×%d×%d' % (d, D, H)
                    spec = '%s%s %s' % (typ + ' ' if clerk == 'gb' else '', srow, COMP_ROW[clerk][comp])
                    yw = typ in ('UN', 'IDI', 'ISI')
                    grp = fs('UN', 'IDI', 'ISI') if yw else fs('DH', 'DKB')
                    cf = ([('Y型圈', 'zh', fs('rodseal')), ('Y形密封圈', 'zh', fs('rodseal')), ('U-cup', 'en', fs('rodseal')),
                           ('Y型圈', 'tw', fs('rodseal'))] if yw else
                          [('防尘圈', 'zh', fs('rodseal')), ('wiper seal', 'en', fs('rodseal')), ('防塵圈', 'tw', fs('rodseal'))])
                    forms = {'cls': cf + [('密封圈', 'zh', SEALS_ALL)],
                             'type': [(typ, 'x', fs(typ))],
                             'size': [(sz, 'x', v), ('%d*%d*%d' % (d, D, H), 'x', v), ('%d×%d×%d' % (d, D, H), 'x', v)],
                             'comp': COMPF[comp]}
                    it = b.add(3, 3, nm, spec, 'PCS', {'cls': 'rodseal', 'type': typ, 'size': sz, 'comp': comp, 'grp': 'y' if yw else 'w'},
                               forms, [typ, srow, comp], ('R', sz))
                    it.kindcls = 'seal'
    # repair kits
    for ser, bores, br in (('SC', (32, 40, 50, 63, 80, 100, 125), 'AIRTAC'), ('MAL', (16, 20, 25, 32, 40), 'AIRTAC'),
                           ('TN', (10, 16, 20, 25, 32), 'AIRTAC'), ('CQ2B', (12, 16, 20, 25, 32, 40, 50, 63), 'SMC'),
                           ('MGPM', (12, 16, 20, 25, 32, 40, 50, 63), 'SMC'), ('DSBC-', (32, 40, 50, 63, 80, 100), 'FESTO'),
                           ('DSNU-', (16, 20, 25, 32, 40, 50, 63), 'FESTO')):
        for bo in bores:
            for bb in (br, 'GENERIC'):
                if bb == 'GENERIC' and rng.random() > 0.55: continue
                code = '%s%d' % (ser, bo)
                can = canon(code)
                clerk = rng.choice(['gb', 'short', 'en', 'tw'])
                name = {'gb': '气缸修理包', 'short': '修理包', 'en': 'Cylinder repair kit', 'tw': '氣缸修理包'}[clerk]
                spec = '%s %s' % (code, brand_row(clerk, bb))
                forms = {'cls': [('修理包', 'zh', fs('kit')), ('密封包', 'zh', fs('kit')), ('repair kit', 'en', fs('kit')),
                                 ('seal kit', 'en', fs('kit')), ('氣缸修理包', 'tw', fs('kit')), ('气缸修理包', 'zh', fs('kit'))],
                         'model': [(code, 'x', can)], 'brand': brand_forms(bb)}
                it = b.add(3, 4, name, spec, '套', {'cls': 'kit', 'model': can, 'brand': bb}, forms, [code], ('K', code))
                it.kindcls = 'seal'


# ---------------------------------------------------------------- coded items helper
CLSW = {
    'cyl': [('气缸', 'zh'), ('氣缸', 'tw'), ('cylinder', 'en'), ('汽缸', 'v')],
    'valve_pn': [('电磁阀', 'zh'), ('電磁閥', 'tw'), ('solenoid valve', 'en')],
    'fitting': [('快插接头', 'zh'), ('气管接头', 'zh'), ('快速接頭', 'tw'), ('push-in fitting', 'en')],
    'frl': [('过滤减压阀', 'zh'), ('气源处理器', 'zh'), ('FRL', 'en'), ('調壓過濾器', 'tw')],
    'silencer': [('消声器', 'zh'), ('消音器', 'tw'), ('silencer', 'en')],
    'hyd_valve': [('电磁换向阀', 'zh'), ('换向阀', 'zh'), ('directional valve', 'en'), ('電磁換向閥', 'tw')],
    'pump': [('齿轮泵', 'zh'), ('gear pump', 'en'), ('齒輪泵', 'tw'), ('油泵', 'zh')],
    'hyd_adapter': [('液压过渡接头', 'zh'), ('过渡接头', 'zh'), ('hydraulic adapter', 'en'), ('油壓接頭', 'tw')],
    'gauge': [('压力表', 'zh'), ('pressure gauge', 'en'), ('壓力錶', 'tw')],
    'filter_el': [('滤芯', 'zh'), ('filter element', 'en'), ('濾芯', 'tw')],
    'prox': [('接近开关', 'zh'), ('proximity sensor', 'en'), ('近接開關', 'tw'), ('传感器', 'zh')],
    'photo': [('光电开关', 'zh'), ('photoelectric sensor', 'en'), ('光電開關', 'tw'), ('传感器', 'zh')],
    'magsw': [('磁性开关', 'zh'), ('磁感应开关', 'zh'), ('reed switch', 'en'), ('磁簧開關', 'tw')],
    'encoder': [('编码器', 'zh'), ('encoder', 'en'), ('編碼器', 'tw')],
    'psw': [('压力开关', 'zh'), ('pressure switch', 'en'), ('壓力開關', 'tw')],
    'pump_x': [],
}
SENSORS = fs('prox', 'photo', 'magsw', 'encoder', 'psw')


def cls_forms(c):
    out = []
    for s, t in CLSW[c]:
        out.append((s, t, SENSORS if s == '传感器' else fs(c)))
    return out


def add_coded(b, cat, sub, cls, code, br, names, clerk, extra=None, unit='PCS', alias=None, kindcls='hydraulic',
              codeforms=None, group=None):
    can = canon(code)
    attrs = {'cls': cls, 'model': can, 'brand': br}
    forms = {'cls': cls_forms(cls), 'model': [(code, 'x', can)] + [(f, 'x', can) for f in (codeforms or [])],
             'brand': brand_forms(br)}
    spec_parts = [code]
    rowsurf = [code]
    for k, (val, fl, rowtxt) in (extra or {}).items():
        attrs[k] = val
        forms[k] = fl
        spec_parts.append(rowtxt)
        rowsurf.append(rowtxt)
    spec_parts.append(brand_row(clerk, br))
    spec = ' '.join(spec_parts)
    it = b.add(cat, sub, names[clerk], spec, unit, attrs, forms, rowsurf, group or ('C', can[:6]), [alias] if alias else [])
    it.kindcls = kindcls
    return it


CLERKS = ['gb', 'short', 'en', 'tw']
VOLT = {'DC24V': [('DC24V', 'x', fs('DC24V')), ('24V', 'x', fs('DC24V')), ('DC24', 'x', fs('DC24V')), ('二十四伏', 'v', fs('DC24V'))],
        'AC220V': [('AC220V', 'x', fs('AC220V')), ('220V', 'x', fs('AC220V')), ('AC220', 'x', fs('AC220V'))]}


def gen_pneumatic(b):
    rng = b.rng
    CYLN = {'gb': '标准气缸', 'short': '气缸', 'en': 'Pneumatic cylinder', 'tw': '標準氣缸'}
    MININ = {'gb': '迷你气缸', 'short': '气缸', 'en': 'Mini cylinder', 'tw': '迷你氣缸'}
    for bo in (32, 40, 50, 63, 80, 100, 125):
        for st in (25, 50, 75, 100, 125, 150, 175, 200, 250, 300, 400, 500):
            for mag in ('', 'S'):
                if rng.random() > 0.8: continue
                c = rng.choice(CLERKS)
                add_coded(b, 4, 1, 'cyl', 'SC%dX%d%s' % (bo, st, mag), 'AIRTAC', CYLN, c,
                          codeforms=['SC%dx%d%s' % (bo, st, mag), 'SC%d*%d%s' % (bo, st, mag)])
    for bo in (16, 20, 25, 32, 40):
        for st in (25, 50, 75, 100, 125, 150, 200, 250, 300):
            for mag in ('', 'S'):
                if rng.random() > 0.8: continue
                add_coded(b, 4, 1, 'cyl', 'MAL%dX%d%s' % (bo, st, mag), 'AIRTAC', MININ, rng.choice(CLERKS),
                          codeforms=['MAL%dx%d%s' % (bo, st, mag)])
    for bo in (10, 16, 20, 25, 32):
        for st in (10, 20, 30, 40, 50, 75, 100):
            for mag in ('', 'S'):
                if rng.random() > 0.7: continue
                add_coded(b, 4, 1, 'cyl', 'TN%dX%d%s' % (bo, st, mag), 'AIRTAC',
                          {'gb': '双轴气缸', 'short': '双杆气缸', 'en': 'Twin rod cylinder', 'tw': '雙軸氣缸'}, rng.choice(CLERKS))
    for bo in (12, 16, 20, 25, 32, 40, 50, 63):
        for st in (5, 10, 15, 20, 25, 30, 35, 40, 45, 50):
            for pre in ('CQ2B', 'CDQ2B'):
                if rng.random() > 0.7: continue
                code = '%s%d-%dD' % (pre, bo, st)
                add_coded(b, 4, 2, 'cyl', code, 'SMC', {'gb': '薄型气缸', 'short': '薄型气缸', 'en': 'Compact cylinder', 'tw': '薄型氣缸'},
                          rng.choice(CLERKS))
                if pre == 'CDQ2B' and rng.random() < 0.3:
                    add_coded(b, 4, 2, 'cyl', code + 'Z', 'SMC', {'gb': '薄型气缸', 'short': '薄型气缸', 'en': 'Compact cylinder', 'tw': '薄型氣缸'},
                              rng.choice(CLERKS))
        for st in (10, 20, 25, 30, 40, 50, 75, 100):
            if rng.random() > 0.75: continue
            code = 'MGPM%d-%d' % (bo, st)
            nm = {'gb': '带导杆气缸', 'short': '导杆气缸', 'en': 'Guided cylinder', 'tw': '導桿氣缸'}
            add_coded(b, 4, 2, 'cyl', code + 'Z', 'SMC', nm, rng.choice(CLERKS))
            if rng.random() < 0.35: add_coded(b, 4, 2, 'cyl', code, 'SMC', nm, rng.choice(CLERKS))
    pn = 1366000
    for bo in (16, 20, 25, 32, 40, 50, 63):
        for st in (25, 40, 50, 80, 100, 125, 160, 200, 250, 320, 400, 500):
            if rng.random() > 0.55: continue
            pn += rng.randint(3, 40)
            add_coded(b, 4, 3, 'cyl', 'DSNU-%d-%d-PPV-A' % (bo, st), 'FESTO',
                      {'gb': '圆型气缸', 'short': '圆气缸', 'en': 'Round cylinder', 'tw': '圓型氣缸'}, rng.choice(CLERKS), alias=str(pn))
    for bo in (32, 40, 50, 63, 80, 100):
        for st in (25, 50, 80, 100, 125, 160, 200, 250, 320, 400, 500):
            if rng.random() > 0.55: continue
            pn += rng.randint(3, 40)
            add_coded(b, 4, 3, 'cyl', 'DSBC-%d-%d-PPVA-N3' % (bo, st), 'FESTO',
                      {'gb': '标准气缸', 'short': '气缸', 'en': 'ISO cylinder', 'tw': '標準氣缸'}, rng.choice(CLERKS), alias=str(pn))
    VN = {'gb': '电磁换向阀', 'short': '电磁阀', 'en': 'Solenoid valve', 'tw': '電磁閥'}
    for m in ('4V110-06', '4V120-06', '4V130C-06', '4V210-08', '4V220-08', '4V230C-08', '4V230E-08', '4V230P-08',
              '4V310-10', '4V320-10', '4V330C-10', '4V410-15', '4V420-15', '3V110-06', '3V210-08', '3V310-10', '4M210-08', '4M310-10'):
        for vo in ('DC24V', 'AC220V'):
            if vo == 'AC220V' and rng.random() > 0.6: continue
            add_coded(b, 4, 4, 'valve_pn', m, 'AIRTAC', VN, rng.choice(CLERKS), extra={'volt': (vo, VOLT[vo], vo)})
    for m in ('SY3120-5LZD-M5', 'SY3120-5LZ-M5', 'SY3220-5LZD-M5', 'SY5120-5LZD-01', 'SY5120-5LZ-01', 'SY5220-5LZD-01',
              'SY5320-5LZD-01', 'SY7120-5LZD-02', 'SY7220-5LZD-02', 'VF3130-5GB1-02', 'VF5120-5GB1-03', 'SY5120-5DZ-01',
              'SY5120-1DZ-01', 'SY3120-5DZ-M5', 'VQ2100-5', 'VQ2100-51', 'SYJ312-5LZ', 'SYJ512-5LZ'):
        add_coded(b, 4, 4, 'valve_pn', m, 'SMC', VN, rng.choice(CLERKS))
    for m in ('VUVG-L14-M52-MT-Q8-1R8L', 'VUVG-L14-B52-MT-Q8-1R8L', 'VUVG-L10-M52-MT-M5-1R8L', 'VUVG-L18-M52-RT-G14-1R8L',
              'VUVS-L20-M52-MZD-G18-F7', 'MFH-5-1/4', 'MFH-5-1/8', 'CPE14-M1BH-5L-1/8'):
        pn += rng.randint(3, 40)
        add_coded(b, 4, 4, 'valve_pn', m, 'FESTO', VN, rng.choice(CLERKS), alias=str(pn))
    FN = {'PC': ('直通快插接头', '快插直通', 'Push-in fitting straight male', '快速接頭 直通'),
          'PL': ('弯头快插接头', '快插弯头', 'Push-in fitting elbow male', '快速接頭 彎頭'),
          'PCF': ('内螺纹直通接头', '内牙直通', 'Push-in fitting female straight', '快速接頭 內牙直通'),
          'PB': ('三通快插接头', '快插三通', 'Push-in branch tee', '快速接頭 三通'),
          'SL': ('节流调速接头', '调速阀接头', 'Speed controller fitting', '調速接頭')}
    thr = ['M5', '01', '02', '03', '04']
    for t in ('PC', 'PL', 'PCF', 'PB', 'SL'):
        for od in (4, 6, 8, 10, 12, 16):
            for th in thr:
                if od >= 10 and th in ('M5', '01'): continue
                if od <= 4 and th in ('03', '04'): continue
                nm = dict(zip(CLERKS, FN[t]))
                add_coded(b, 4, 5, 'fitting', '%s%d-%s' % (t, od, th), 'GENERIC', nm, rng.choice(CLERKS))
                if rng.random() < 0.7:
                    add_coded(b, 4, 5, 'fitting', 'A%s%d-%s' % (t, od, th), 'AIRTAC', nm, rng.choice(CLERKS))
                if t in ('PC', 'PL') and th != 'M5' and rng.random() < 0.7:
                    sm = 'KQ2%s%02d-%sAS' % ('H' if t == 'PC' else 'L', od, th)
                    add_coded(b, 4, 5, 'fitting', sm, 'SMC', nm, rng.choice(CLERKS))
                    if rng.random() < 0.3:
                        add_coded(b, 4, 5, 'fitting', sm[:-1], 'SMC', nm, rng.choice(CLERKS))
    for t in ('QS', 'QSL'):
        for od in (4, 6, 8, 10, 12):
            for g in ('G1/8', 'G1/4', 'G3/8', 'G1/2'):
                if rng.random() > 0.5: continue
                pn += rng.randint(3, 40)
                add_coded(b, 4, 5, 'fitting', '%s-%s-%d' % (t, g, od), 'FESTO',
                          {'gb': '快插接头', 'short': '快插接头', 'en': 'Push-in fitting', 'tw': '快速接頭'}, rng.choice(CLERKS), alias=str(pn))
            add_coded(b, 4, 5, 'fitting', '%s-%d' % (t, od), 'FESTO',
                      {'gb': '快插接头', 'short': '快插接头', 'en': 'Push-in fitting', 'tw': '快速接頭'}, rng.choice(CLERKS))
    FRLN = {'gb': '过滤减压阀', 'short': '调压过滤器', 'en': 'Filter regulator', 'tw': '調壓過濾器'}
    for m, br in (('AFR1500', 'AIRTAC'), ('AFR2000', 'AIRTAC'), ('GFR200-08', 'AIRTAC'), ('GFR300-10', 'AIRTAC'), ('GFR300-15', 'AIRTAC'),
                  ('AFC1500', 'AIRTAC'), ('AFC2000', 'AIRTAC'), ('BFC2000', 'AIRTAC'), ('BFC3000', 'AIRTAC'), ('BFC4000', 'AIRTAC'),
                  ('AW20-02', 'SMC'), ('AW20-02BG', 'SMC'), ('AW30-03', 'SMC'), ('AW30-03BG', 'SMC'), ('AC20-02', 'SMC'), ('AC30-03', 'SMC'),
                  ('AC30-03D', 'SMC'), ('LFR-1/4-D-MINI', 'FESTO'), ('MS4-LFR-1/4-D6-ERV-AS', 'FESTO')):
        add_coded(b, 4, 6, 'frl', m, br, FRLN, rng.choice(CLERKS))
    for m in ('BSL-M5', 'BSL-01', 'BSL-02', 'BSL-03', 'BSL-04', 'BSLM-01', 'BSLM-02', 'PSL-01', 'PSL-02'):
        add_coded(b, 4, 6, 'silencer', m, 'GENERIC', {'gb': '消声器', 'short': '消声器', 'en': 'Silencer', 'tw': '消音器'}, rng.choice(CLERKS))
    # tubes
    COL = {'蓝': [('蓝色', 'zh'), ('蓝', 'zh'), ('blue', 'en'), ('藍色', 'tw')], '透明': [('透明', 'zh'), ('clear', 'en'), ('透明', 'tw')],
           '黑': [('黑色', 'zh'), ('black', 'en'), ('黑色', 'tw')], '橙': [('橙色', 'zh'), ('orange', 'en'), ('橘色', 'tw')],
           '白': [('白色', 'zh'), ('white', 'en'), ('白色', 'tw')]}
    COLROW = {'蓝': {'gb': '蓝色', 'short': '蓝', 'en': 'blue', 'tw': '藍色'}, '透明': {'gb': '透明', 'short': '透明', 'en': 'clear', 'tw': '透明'},
              '黑': {'gb': '黑色', 'short': '黑', 'en': 'black', 'tw': '黑色'}, '橙': {'gb': '橙色', 'short': '橙', 'en': 'orange', 'tw': '橘色'},
              '白': {'gb': '白色', 'short': '白', 'en': 'white', 'tw': '白色'}}
    tubes = [('PU', s) for s in ('4x2.5', '6x4', '8x5', '10x6.5', '12x8', '16x12')] + [('PA', s) for s in ('4x2.5', '6x4', '8x6', '10x8', '12x10')]
    for tm, s in tubes:
        od = s.split('x')[0]
        for col in (('蓝', '透明', '黑', '橙', '白') if tm == 'PU' else ('黑', '白')):
            if rng.random() > 0.85: continue
            clerk = rng.choice(CLERKS)
            name = {'gb': '%s气管' % tm, 'short': '%s管' % tm, 'en': '%s tubing' % tm, 'tw': '%s氣管' % tm}[clerk]
            same_od = fs(*[x for m2, x in tubes if x.split('x')[0] == od])
            forms = {'cls': [('气管', 'zh', fs('tube')), ('氣管', 'tw', fs('tube')), ('air tube', 'en', fs('tube')), ('%s管' % tm, 'zh', fs('tube'))],
                     'size': [(s, 'x', fs(s)), (s.replace('x', '*'), 'x', fs(s)), ('Φ%s' % od, 'x', same_od)],
                     'tmat': [(tm, 'x', fs(tm))] + ([('尼龙', 'zh', fs('PA')), ('nylon', 'en', fs('PA'))] if tm == 'PA' else []),
                     'color': [(w, t, fs(col)) for w, t in COL[col]]}
            it = b.add(4, 7, name, '%s %s 100米/卷' % (s, COLROW[col][clerk]), '米', {'cls': 'tube', 'size': s, 'tmat': tm, 'color': col},
                       forms, [s, COLROW[col][clerk]], ('T', s))
            it.kindcls = 'hydraulic'


def gen_hydraulic(b):
    rng = b.rng
    HV = {'gb': '电磁换向阀', 'short': '换向阀', 'en': 'Directional valve', 'tw': '電磁換向閥'}
    for sp in ('D', 'E', 'G', 'H', 'J', 'M', 'Y', 'C'):
        for sz in ('6', '10'):
            for coil in ('EG24N9K4', 'EW230N9K4'):
                if rng.random() > 0.8: continue
                add_coded(b, 5, 1, 'hyd_valve', '4WE%s%s6X/%s' % (sz, sp, coil), 'REXROTH', HV, rng.choice(CLERKS))
            if rng.random() < 0.7:
                add_coded(b, 5, 1, 'hyd_valve', '4WE%s%s61B/CG24N9Z5L' % (sz, sp), 'HUADE', HV, rng.choice(CLERKS))
    for ser in ('DSG-01', 'DSG-03'):
        for sp in ('2B2', '2B3', '3C2', '3C3', '3C4', '3C6', '3C60'):
            for coil in ('D24', 'A220'):
                if rng.random() > 0.75: continue
                add_coded(b, 5, 1, 'hyd_valve', '%s-%s-%s-N1-50' % (ser, sp, coil), 'YUKEN', HV, rng.choice(CLERKS))
    for s in ('CBN-E3', 'CBN-F3'):
        for n in ('04', '06', '08', '10', '12', '14', '16', '20', '25'):
            add_coded(b, 5, 2, 'pump', s + n, 'GENERIC', {'gb': '齿轮泵', 'short': '齿轮油泵', 'en': 'Gear pump', 'tw': '齒輪泵'}, rng.choice(CLERKS))
    # hoses
    HT = {'R1': [('R1AT', 'x'), ('SAE 100R1AT', 'x'), ('1SN', 'x'), ('一层钢丝', 'zh'), ('单层钢丝', 'zh'), ('一層鋼絲', 'tw')],
          'R2': [('R2AT', 'x'), ('SAE 100R2AT', 'x'), ('2SN', 'x'), ('两层钢丝', 'zh'), ('二层钢丝', 'zh'), ('兩層鋼絲', 'tw')],
          '4SP': [('4SP', 'x'), ('四层钢丝缠绕', 'zh'), ('四層鋼絲', 'tw')]}
    HTROW = {'R1': 'SAE 100R1AT', 'R2': 'SAE 100R2AT', '4SP': '4SP'}
    FEN = {6: ('1/4"', '2分'), 8: ('5/16"', None), 10: ('3/8"', '3分'), 12: ('1/2"', '4分'), 16: ('5/8"', '5分'),
           19: ('3/4"', '6分'), 25: ('1"', '1寸'), 32: ('1-1/4"', None)}
    HOSE = fs('hose', 'hose_assy')

    def dn_forms(dn):
        v = fs(dn)
        f = [('DN%d' % dn, 'x', v), ('dn%d' % dn, 'x', v), (FEN[dn][0], 'x', v)]
        if FEN[dn][1]: f.append((FEN[dn][1], 'zh', v))
        return f
    for ht in ('R1', 'R2', '4SP'):
        for dn in (6, 8, 10, 12, 16, 19, 25, 32):
            if ht == '4SP' and dn < 12: continue
            clerk = rng.choice(CLERKS)
            name = {'gb': '钢丝编织液压胶管', 'short': '高压油管', 'en': 'Hydraulic hose', 'tw': '高壓油管'}[clerk]
            it = b.add(5, 3, name, '%s DN%d(%s)' % (HTROW[ht], dn, FEN[dn][0]), '米', {'cls': 'hose', 'ht': ht, 'dn': dn},
                       {'cls': [('液压胶管', 'zh', fs('hose')), ('高压油管', 'zh', HOSE), ('hydraulic hose', 'en', HOSE), ('高壓油管', 'tw', HOSE),
                                ('胶管', 'zh', HOSE)],
                        'ht': [(s, t, fs(ht)) for s, t in HT[ht]], 'dn': dn_forms(dn)}, [HTROW[ht], 'DN%d' % dn], ('H', dn), [{'R1': 'EN853 1SN', 'R2': 'EN853 2SN', '4SP': 'EN856 4SP'}[ht]])
            it.kindcls = 'hydraulic'
    ENDS = {6: 'M14x1.5', 8: 'M16x1.5', 10: 'M18x1.5', 12: 'M22x1.5', 16: 'M27x2'}
    for ht in ('R1', 'R2'):
        for dn in (6, 8, 10, 12, 16):  # assemblies
            for L in (300, 400, 500, 600, 800, 1000, 1200, 1500, 2000, 2500, 3000):
                for et in ('ST', 'EL'):
                    if rng.random() > 0.75: continue
                    clerk = rng.choice(CLERKS)
                    name = {'gb': '液压胶管总成', 'short': '油管总成', 'en': 'Hose assembly', 'tw': '油管總成'}[clerk]
                    etrow = {'ST': {'gb': '两端直头', 'short': '直头', 'en': 'straight ends', 'tw': '直頭'},
                             'EL': {'gb': '一端90°弯头', 'short': '一头弯', 'en': 'one end 90° elbow', 'tw': '一端彎頭'}}[et][clerk]
                    spec = '%s DN%d L=%dmm %s %s' % (HTROW[ht], dn, L, ENDS[dn], etrow)
                    lv = fs(L)
                    lf = [('L=%d' % L, 'x', lv), ('%dmm' % L, 'x', lv), ('长%d' % L, 'zh', lv)]
                    if L % 500 == 0 or L in (1200, 800, 300): lf.append((gnum(L / 1000.0) + '米', 'zh', lv))
                    ef = ([('直头', 'zh', fs('ST')), ('两头直', 'zh', fs('ST')), ('straight', 'en', fs('ST')), ('直頭', 'tw', fs('ST'))] if et == 'ST'
                          else [('一头弯', 'zh', fs('EL')), ('90度弯头', 'zh', fs('EL')), ('90° elbow', 'en', fs('EL')), ('彎頭', 'tw', fs('EL'))])
                    it = b.add(5, 4, name, spec, '条', {'cls': 'hose_assy', 'ht': ht, 'dn': dn, 'len': L, 'end': et},
                               {'cls': [('胶管总成', 'zh', fs('hose_assy')), ('油管总成', 'zh', fs('hose_assy')), ('hose assembly', 'en', fs('hose_assy')),
                                        ('油管總成', 'tw', fs('hose_assy'))],
                                'ht': [(s, t, fs(ht)) for s, t in HT[ht]], 'dn': dn_forms(dn), 'len': lf, 'end': ef},
                               ['DN%d' % dn, str(L)], ('HA', dn), [{'R1': 'EN853 1SN', 'R2': 'EN853 2SN'}[ht] + ' DN%d L%d' % (dn, L)])
                    it.kindcls = 'hydraulic'
    MATA = {'CS': ([('碳钢', 'zh'), ('carbon steel', 'en'), ('碳鋼', 'tw'), ('镀锌', 'zh')], '碳钢镀锌'),
            'SS316': ([('不锈钢', 'zh'), ('316', 'x'), ('SS316', 'x'), ('不鏽鋼', 'tw'), ('stainless', 'en')], 'SS316')}
    for t in ('1CB', '1JB', '1DB'):
        for a in ('04', '06', '08', '10', '12', '16'):
            for c in ('', '04', '06', '08', '10', '12'):
                if c and c >= a: continue
                for m in ('CS', 'SS316'):
                    if rng.random() > (0.95 if m == 'CS' else 0.6): continue
                    code = '%s-%s%s' % (t, a, ('-' + c) if c else '')
                    add_coded(b, 5, 5, 'hyd_adapter', code, 'GENERIC',
                              {'gb': '液压过渡接头', 'short': '过渡接头', 'en': 'Hydraulic adapter', 'tw': '油壓接頭'}, rng.choice(CLERKS),
                              extra={'amat': (m, [(s, tg, fs(m)) for s, tg in MATA[m][0]], MATA[m][1])})
    RANGES = ['0-1', '0-1.6', '0-2.5', '0-4', '0-6', '0-10', '0-16', '0-25', '0-40']
    CONN = {'M14x1.5': [('M14x1.5', 'x'), ('M14*1.5', 'x')], 'G1/4': [('G1/4', 'x'), ('G1/4"', 'x'), ('2分牙', 'zh')],
            'M20x1.5': [('M20x1.5', 'x'), ('M20*1.5', 'x')]}
    for ser in ('Y-60', 'YN-60', 'YN-60Z', 'YN-100'):
        for r in RANGES:
            for cn_ in ('M14x1.5', 'G1/4', 'M20x1.5'):
                if ser == 'YN-100' and cn_ != 'M20x1.5': continue
                if ser != 'YN-100' and cn_ == 'M20x1.5': continue
                if rng.random() > 0.85: continue
                top = r.split('-')[1]
                rv = fs(r)
                rf = [(r + 'MPa', 'x', rv), (r.replace('-', '~') + 'MPa', 'x', rv), (top + 'MPa', 'x', rv), (r + 'mpa', 'x', rv),
                      (gnum(float(top) * 10) + 'bar', 'x', rv), ('0到' + cn_num(top) + '兆帕', 'v', rv)]
                add_coded(b, 5, 6, 'gauge', ser, 'GENERIC',
                          {'gb': '耐震压力表' if 'N' in ser else '压力表', 'short': '压力表', 'en': 'Pressure gauge', 'tw': '壓力錶'},
                          rng.choice(CLERKS), extra={'range': (r, rf, r + 'MPa'), 'conn': (cn_, [(s, t, fs(cn_)) for s, t in CONN[cn_]], cn_)},
                          codeforms=[ser.replace('-', '')])
    for f in (10, 25, 40, 63, 100, 160, 250, 400):
        for p in (1, 3, 5, 10, 20, 30):
            if rng.random() > 0.6: continue
            add_coded(b, 5, 7, 'filter_el', 'HX-%dX%d' % (f, p), 'LEEMIN',
                      {'gb': '液压滤芯', 'short': '滤芯', 'en': 'Filter element', 'tw': '濾芯'}, rng.choice(CLERKS),
                      codeforms=['HX-%dx%d' % (f, p), 'HX%dX%d' % (f, p)])


def gen_chain(b):
    rng = b.rng
    CM = {'CS': ([('碳钢', 'zh'), ('carbon steel', 'en'), ('碳鋼', 'tw')], {'gb': '碳钢', 'short': '碳钢', 'en': 'carbon steel', 'tw': '碳鋼'}),
          'SS304': ([('不锈钢', 'zh'), ('304', 'x'), ('SS304', 'x'), ('不鏽鋼', 'tw'), ('stainless', 'en')],
                    {'gb': '不锈钢304', 'short': '304', 'en': 'SS304', 'tw': '不鏽鋼304'}),
          'NP': ([('镀镍', 'zh'), ('nickel plated', 'en'), ('鍍鎳', 'tw')], {'gb': '镀镍', 'short': '镀镍', 'en': 'nickel plated', 'tw': '鍍鎳'})}
    ANSI = {'08A': '40', '10A': '50', '12A': '60', '16A': '80'}
    ROWS = {1: '单排', 2: '双排'}

    def pitch_forms(code, n):
        can = canon('%s-%d' % (code, n))
        f = [('%s-%d' % (code, n), 'x', can), ('%s %s' % (code, ROWS[n]), 'zh', can), ('%s%s' % (code, ROWS[n]), 'zh', can),
             (cn_digits(code[:2]) + code[2:] + ROWS[n], 'v', can)]
        if code in ANSI:
            f += [('RS%s-%d' % (ANSI[code], n), 'x', can), ('%s号链 %s' % (ANSI[code], ROWS[n]), 'zh', can)]
            if n == 1: f.append(('RS' + ANSI[code], 'x', can))
        return can, f
    for code in ('06B', '08A', '08B', '10A', '10B', '12A', '12B', '16A', '16B'):
        for n in (1, 2):
            can, pf = pitch_forms(code, n)
            for m in ('CS', 'SS304', 'NP'):
                for br in ('TSUBAKI', 'DONGHUA', 'GENERIC'):
                    if rng.random() > 0.62: continue
                    clerk = rng.choice(CLERKS)
                    name = {'gb': '短节距精密滚子链', 'short': '链条', 'en': 'Roller chain', 'tw': '滾子鏈條'}[clerk]
                    disp = '%s-%d' % (code, n) if not (code in ANSI and br == 'TSUBAKI') else 'RS%s-%d' % (ANSI[code], n)
                    spec = '%s %s %s' % (disp, CM[m][1][clerk], brand_row(clerk, br))
                    al = ['%s-%d' % (code, n)] if disp.startswith('RS') else []
                    it = b.add(6, 1, name, spec, '米', {'cls': 'chain', 'model': can, 'cmat': m, 'brand': br},
                               {'cls': [('滚子链', 'zh', fs('chain')), ('链条', 'zh', fs('chain')), ('roller chain', 'en', fs('chain')),
                                        ('鏈條', 'tw', fs('chain')), ('连条', 'v', fs('chain'))],
                                'model': pf, 'cmat': [(s, t, fs(m)) for s, t in CM[m][0]], 'brand': brand_forms(br)},
                               [disp, CM[m][1][clerk]], ('CH', can), al)
                    it.kindcls = 'other'
            for m in ('CS', 'SS304'):
                for lt in ('CL', 'OL'):
                    if rng.random() > 0.6: continue
                    clerk = rng.choice(CLERKS)
                    ltr = {'CL': {'gb': '连接节', 'short': '链条接头', 'en': 'connecting link', 'tw': '鏈條接頭'},
                           'OL': {'gb': '过渡链节', 'short': '弯板', 'en': 'offset link', 'tw': '彎板節'}}[lt][clerk]
                    it = b.add(6, 2, {'gb': '滚子链附件', 'short': '链条配件', 'en': 'Chain link', 'tw': '鏈條配件'}[clerk],
                               '%s-%d %s %s' % (code, n, ltr, CM[m][1][clerk]), 'PCS', {'cls': 'chainlink', 'model': can, 'cmat': m, 'lt': lt},
                               {'cls': [], 'model': pf, 'cmat': [(s, t, fs(m)) for s, t in CM[m][0]],
                                'lt': ([('链条接头', 'zh', fs('CL')), ('连接节', 'zh', fs('CL')), ('connecting link', 'en', fs('CL')),
                                        ('鏈條接頭', 'tw', fs('CL'))] if lt == 'CL' else
                                       [('过渡节', 'zh', fs('OL')), ('弯板', 'zh', fs('OL')), ('offset link', 'en', fs('OL')), ('彎板節', 'tw', fs('OL'))])},
                               ['%s-%d' % (code, n), ltr], ('CH', can))
                    it.kindcls = 'other'
    SM = {'45': ([('45#', 'x'), ('45钢', 'zh'), ('C45', 'en')], {'gb': '45#钢', 'short': '45#', 'en': 'C45', 'tw': '45#'}),
          'SS304': ([('304', 'x'), ('不锈钢', 'zh'), ('stainless', 'en'), ('不鏽鋼', 'tw')], {'gb': '不锈钢304', 'short': '304', 'en': 'SS304', 'tw': 'SUS304'})}
    for code in ('06B', '08A', '08B', '10A', '12A', '16A'):
        can1 = canon(code + '-1')
        pfor = [(code + '-1', 'x', fs(can1)), (code, 'x', fs(can1)), (code + '单排', 'zh', fs(can1))]
        if code in ANSI: pfor += [('RS' + ANSI[code], 'x', fs(can1)), (ANSI[code] + '号', 'zh', fs(can1))]
        for z in list(range(9, 26)) + [28, 30, 32, 36, 40, 45]:
            for hub in ('A', 'B'):
                for m in ('45', 'SS304'):
                    bores = ['P'] + sorted(rng.sample([12, 14, 15, 16, 18, 20, 22, 25, 28, 30, 35, 40], 2))
                    for bo in bores:
                        if rng.random() > 0.45: continue
                        clerk = rng.choice(CLERKS)
                        bw = {'gb': '预孔' if bo == 'P' else '孔径%s' % bo, 'short': '预孔' if bo == 'P' else '孔%s' % bo,
                              'en': 'pilot bore' if bo == 'P' else 'bore %s' % bo, 'tw': '預孔' if bo == 'P' else '孔徑%s' % bo}[clerk]
                        hw = {'gb': '%s型' % hub, 'short': '%s型' % hub, 'en': 'type %s' % hub, 'tw': '%s型' % hub}[clerk]
                        zr = {'gb': 'Z=%d' % z, 'short': '%d齿' % z, 'en': '%dT' % z, 'tw': '%d齒' % z}[clerk]
                        spec = '%s-1 %s %s %s %s' % (code, zr, hw, bw, SM[m][1][clerk])
                        bv = fs(str(bo))
                        bf = ([('预孔', 'zh', bv), ('粗孔', 'zh', bv), ('pilot bore', 'en', bv), ('預孔', 'tw', bv)] if bo == 'P' else
                              [('孔径%s' % bo, 'zh', bv), ('内孔%s' % bo, 'zh', bv), ('bore %s' % bo, 'en', bv), ('孔徑%s' % bo, 'tw', bv),
                               ('%s孔' % bo, 'zh', bv)])
                        zv = fs(z)
                        it = b.add(6, 3, {'gb': '链轮', 'short': '链轮', 'en': 'Sprocket', 'tw': '鏈輪'}[clerk], spec, 'PCS',
                                   {'cls': 'sprocket', 'pc': can1, 'z': z, 'hub': hub, 'bore': str(bo), 'smat': m},
                                   {'cls': [('链轮', 'zh', fs('sprocket')), ('sprocket', 'en', fs('sprocket')), ('鏈輪', 'tw', fs('sprocket'))],
                                    'pc': pfor, 'z': [('%dT' % z, 'x', zv), ('%d齿' % z, 'zh', zv), ('Z%d' % z, 'x', zv), ('Z=%d' % z, 'x', zv),
                                                      ('%d teeth' % z, 'en', zv), ('%d齒' % z, 'tw', zv)],
                                    'hub': [('%s型' % hub, 'zh', fs(hub)), ('type %s' % hub, 'en', fs(hub)), ('%s型' % hub, 'tw', fs(hub))] +
                                           ([('单边凸台', 'zh', fs('B'))] if hub == 'B' else [('平板', 'zh', fs('A'))]),
                                    'bore': bf, 'smat': [(s, t, fs(m)) for s, t in SM[m][0]]},
                                   [code, str(z), hub, SM[m][1][clerk]], ('SP', code, z))
                        it.kindcls = 'other'
    FT = {'SS304': [('304', 'x'), ('不锈钢', 'zh'), ('SS304', 'x'), ('不鏽鋼', 'tw'), ('stainless', 'en')],
          'SS430': [('430', 'x'), ('SS430', 'x')], 'POM': [('POM', 'x'), ('塑钢', 'zh')], 'PP': [('PP', 'x')]}
    for ser in ('812', '815', '820', '821', '831', '880', '880TAB', 'LF820', '1843'):
        for w in ('K250', 'K325', 'K450', 'K600', 'K750'):
            for m in (('SS304', 'SS430') if ser[0] == '8' and ser[:3] in ('812', '815', '820', '821', '831') and 'TAB' not in ser and ser != '880' else ('POM', 'PP')):
                if rng.random() > 0.8: continue
                code = '%s-%s' % (ser, w)
                can = canon(code)
                clerk = rng.choice(CLERKS)
                it = b.add(6, 4, {'gb': '平顶链板', 'short': '链板', 'en': 'Table top chain', 'tw': '平頂鏈板'}[clerk],
                           '%s %s' % (code, m), '米', {'cls': 'flattop', 'model': can, 'ftmat': m},
                           {'cls': [('链板', 'zh', fs('flattop')), ('平顶链', 'zh', fs('flattop')), ('table top chain', 'en', fs('flattop')),
                                    ('鏈板', 'tw', fs('flattop'))],
                            'model': [(code, 'x', can), ('%s %s' % (ser, w), 'x', can)], 'ftmat': [(s, t, fs(m)) for s, t in FT[m]]},
                           [code, m], ('FT', can))
                it.kindcls = 'other'


def gen_belts(b):
    rng = b.rng
    BELT = fs('tbelt', 'vbelt', 'rbelt')
    TBC = [('同步带', 'zh', fs('tbelt')), ('同步皮带', 'zh', fs('tbelt')), ('timing belt', 'en', fs('tbelt')), ('時規皮帶', 'tw', fs('tbelt')),
           ('皮带', 'zh', BELT), ('皮帶', 'tw', BELT), ('belt', 'en', BELT)]
    for p, pitch, ws in (('3M', 3, (6, 9, 15)), ('5M', 5, (10, 15, 20, 25)), ('8M', 8, (20, 30, 40, 50)), ('14M', 14, (40, 55, 85)),
                         ('S5M', 5, (10, 15, 20, 25)), ('S8M', 8, (20, 30, 40)), ('T5', 5, (10, 16, 25)), ('T10', 10, (16, 25, 32, 50)),
                         ('AT10', 10, (25, 32, 50))):
        lens = sorted(set(pitch * n for n in range(40, 400, 7)))[:24]
        for L in lens:
            for w in ws:
                for br in (('GATES', 'SANWEI') if p[0] != 'T' and p[0] != 'A' else ('GENERIC',)):
                    if rng.random() > 0.5: continue
                    code = '%s-%d-%d' % (p, L, w)
                    can = canon(code)
                    clerk = rng.choice(CLERKS)
                    disp = code if br != 'GATES' else '%d-%s-%d' % (L, p, w)
                    nm = {'gb': '同步带', 'short': '同步带', 'en': 'Timing belt', 'tw': '時規皮帶'}[clerk]
                    if p[0] in 'TA': nm = {'gb': 'PU钢丝同步带', 'short': 'PU同步带', 'en': 'PU timing belt', 'tw': 'PU時規皮帶'}[clerk]
                    it = b.add(7, 1, nm, '%s %s' % (disp, brand_row(clerk, br)), '条', {'cls': 'tbelt', 'model': can, 'brand': br},
                               {'cls': TBC, 'model': [(code, 'x', can), ('%d-%s-%d' % (L, p, w), 'x', can), ('%s%d-%d' % (p, L, w), 'x', can)],
                                'brand': brand_forms(br)}, [disp], ('TB', p, L), [code] if disp != code else [])
                    it.kindcls = 'other'
    VBC = [('三角带', 'zh', fs('vbelt')), ('V带', 'zh', fs('vbelt')), ('V-belt', 'en', fs('vbelt')), ('三角皮帶', 'tw', fs('vbelt')),
           ('皮带', 'zh', BELT), ('皮帶', 'tw', BELT)]
    for sec in ('A', 'B', 'C', 'SPZ', 'SPA', 'SPB'):
        for L in range(800, 3200, 100 if sec in ('A', 'B') else 150):
            for br in ('GATES', 'SANWEI', 'BANDO'):
                if rng.random() > 0.38: continue
                code = '%s%d' % (sec, L)
                can = canon(code)
                clerk = rng.choice(CLERKS)
                cf = [(code, 'x', can), ('%s-%d' % (sec, L), 'x', can)]
                al = []
                if sec in ('A', 'B', 'C') and L % 127 == 0 or (sec in ('A', 'B') and abs(L / 25.4 - round(L / 25.4)) < 0.05):
                    inch = '%s%d' % (sec, round(L / 25.4))
                    cf.append((inch + '"', 'x', can))
                it = b.add(7, 2, {'gb': '普通V带', 'short': '三角带', 'en': 'V-belt', 'tw': '三角皮帶'}[clerk],
                           '%s %s %s' % (code, 'Li' if sec in ('A', 'B', 'C') else 'Ld', brand_row(clerk, br)), '条',
                           {'cls': 'vbelt', 'model': can, 'brand': br}, {'cls': VBC, 'model': cf, 'brand': brand_forms(br)}, [code], ('VB', sec, L), al)
                it.kindcls = 'other'
    RC = {'绿': [('绿色', 'zh'), ('green', 'en'), ('綠色', 'tw')], '橙': [('橙色', 'zh'), ('orange', 'en'), ('橘色', 'tw')],
          '透明': [('透明', 'zh'), ('clear', 'en'), ('透明', 'tw')]}
    for d in (3, 4, 5, 6, 7, 8, 10, 12, 15):
        for col in ('绿', '橙', '透明'):
            for sur in ('光面', '粗面'):
                if rng.random() > 0.6: continue
                clerk = rng.choice(CLERKS)
                v = fs('Φ%d' % d)
                sf = {'光面': [('光面', 'zh'), ('smooth', 'en'), ('光面', 'tw')], '粗面': [('粗面', 'zh'), ('rough', 'en'), ('粗面', 'tw')]}[sur]
                it = b.add(7, 3, {'gb': '聚氨酯圆带', 'short': 'PU圆带', 'en': 'PU round belt', 'tw': 'PU圓皮帶'}[clerk],
                           'Φ%d %s %s' % (d, col, sur), '米', {'cls': 'rbelt', 'size': 'Φ%d' % d, 'color': col, 'surf': sur},
                           {'cls': [('圆带', 'zh', fs('rbelt')), ('PU圆带', 'zh', fs('rbelt')), ('round belt', 'en', fs('rbelt')), ('圓皮帶', 'tw', fs('rbelt'))],
                            'size': [('Φ%d' % d, 'x', v), ('%dmm' % d, 'x', v), ('直径%d' % d, 'zh', v)],
                            'color': [(s, t, fs(col)) for s, t in RC[col]], 'surf': [(s, t, fs(sur)) for s, t in sf]},
                           ['Φ%d' % d, col, sur], ('RB', d))
                it.kindcls = 'other'


def gen_sensors(b):
    rng = b.rng
    PX = {'gb': '电感式接近开关', 'short': '接近开关', 'en': 'Inductive proximity sensor', 'tw': '近接開關'}
    for s in ('X1R5', 'X2', 'X5', 'X10'):
        for o in ('ME1', 'MF1', 'E1', 'F1', 'MY1'):
            for z in ('', '-Z'):
                for cab in (' 2M', ' 5M'):
                    if rng.random() > 0.45: continue
                    add_coded(b, 8, 1, 'prox', 'E2E-%s%s%s%s' % (s, o, z, cab), 'OMRON', PX, rng.choice(CLERKS), kindcls='other')
    for m in ('PR12-4DN', 'PR12-4DP', 'PR12-4DN2', 'PR12-4DP2', 'PR18-8DN', 'PR18-8DP', 'PR18-8DN2', 'PR18-8DP2', 'PR30-15DN',
              'PR30-15DP', 'PR30-15DN2', 'PRD12-8DN', 'PRD18-14DN', 'PRL12-4DN', 'PRL18-8DN', 'PR08-2DN', 'PR08-2DP'):
        add_coded(b, 8, 1, 'prox', m, 'AUTONICS', PX, rng.choice(CLERKS), kindcls='other')
    PH = {'gb': '光电开关', 'short': '光电开关', 'en': 'Photoelectric sensor', 'tw': '光電開關'}
    for t in ('D61', 'D62', 'D81', 'D82', 'T61', 'T81', 'R61', 'R81', 'LS61', 'LS81', 'B61', 'B62'):
        for cab in (' 2M', ' 5M'):
            if rng.random() > 0.7: continue
            add_coded(b, 8, 2, 'photo', 'E3Z-%s%s' % (t, cab), 'OMRON', PH, rng.choice(CLERKS), kindcls='other')
    for m, br in (('PZ-G41N', 'KEYENCE'), ('PZ-G41P', 'KEYENCE'), ('PZ-G51N', 'KEYENCE'), ('PZ-G61N', 'KEYENCE'), ('PZ-G42N', 'KEYENCE'),
                  ('LR-ZB100N', 'KEYENCE'), ('LR-ZB250N', 'KEYENCE'), ('WTB4-3P2161', 'SICK'), ('WTB4-3N2161', 'SICK'),
                  ('WL12-3P2431', 'SICK'), ('BJ100-DDT', 'AUTONICS'), ('BJ300-DDT', 'AUTONICS'), ('BJ10M-TDT', 'AUTONICS')):
        add_coded(b, 8, 2, 'photo', m, br, PH, rng.choice(CLERKS), kindcls='other')
    MS = {'gb': '磁性开关', 'short': '磁性开关', 'en': 'Cylinder sensor switch', 'tw': '磁簧開關'}
    for m, br in (('CS1-J', 'AIRTAC'), ('CS1-U', 'AIRTAC'), ('CS1-F', 'AIRTAC'), ('CS1-G', 'AIRTAC'), ('CS1-H', 'AIRTAC'), ('CS1-S', 'AIRTAC'),
                  ('DMSG-020', 'AIRTAC'), ('DMSH-020', 'AIRTAC'), ('D-A93', 'SMC'), ('D-A93L', 'SMC'), ('D-A73', 'SMC'), ('D-A73L', 'SMC'),
                  ('D-M9B', 'SMC'), ('D-M9BL', 'SMC'), ('D-M9BV', 'SMC'), ('D-M9N', 'SMC'), ('D-M9NL', 'SMC'), ('D-M9NV', 'SMC'),
                  ('D-M9P', 'SMC'), ('D-M9PL', 'SMC'), ('D-Z73', 'SMC'), ('D-C73', 'SMC'), ('D-F8B', 'SMC'),
                  ('SME-8M-DS-24V-K-2,5-OE', 'FESTO'), ('SME-8M-DS-24V-K-5,0-OE', 'FESTO'), ('SMT-8M-A-PS-24V-E-2,5-OE', 'FESTO'),
                  ('SMT-8M-A-PS-24V-E-0,3-M8D', 'FESTO')):
        add_coded(b, 8, 3, 'magsw', m, br, MS, rng.choice(CLERKS), kindcls='other')
    EN = {'gb': '增量型旋转编码器', 'short': '编码器', 'en': 'Rotary encoder', 'tw': '編碼器'}
    for s in ('E6B2-CWZ6C', 'E6B2-CWZ5B', 'E6B2-CWZ1X'):
        for r in (100, 200, 360, 500, 600, 1000, 1024, 2000):
            if rng.random() > 0.7: continue
            add_coded(b, 8, 4, 'encoder', '%s %dP/R' % (s, r), 'OMRON', EN, rng.choice(CLERKS), kindcls='other')
    for r in (100, 360, 500, 600, 1000, 1024):
        add_coded(b, 8, 4, 'encoder', 'E40S6-%d-3-T-24' % r, 'AUTONICS', EN, rng.choice(CLERKS), kindcls='other')
    PSN = {'gb': '数显压力开关', 'short': '压力开关', 'en': 'Digital pressure switch', 'tw': '壓力開關'}
    for m in ('ISE30A-01-N', 'ISE30A-01-P', 'ISE30A-01-N-L', 'ISE30A-01-P-L', 'ISE30A-C6H-N', 'ZSE30A-01-N', 'ZSE30A-01-P',
              'ZSE30A-01-N-L', 'ISE20-N-01', 'ISE20-P-01'):
        add_coded(b, 8, 5, 'psw', m, 'SMC', PSN, rng.choice(CLERKS), kindcls='other')


# ---------------------------------------------------------------- aliases: old numbers, mnemonic codes
OLDP = {1: 'BJ', 2: 'ZC', 3: 'MF', 4: 'QD', 5: 'YY', 6: 'LT', 7: 'PD', 8: 'CG'}


def assign_aliases(b):
    rng = b.rng
    groups = {}
    for it in b.items:
        groups.setdefault(it.group, []).append(it)
    counter = {}
    for g in sorted(groups, key=lambda g: groups[g][0].number):
        members = groups[g]
        if rng.random() > 0.4: continue
        cat = members[0].cat
        counter[cat] = counter.get(cat, 10000) + rng.randint(1, 9)
        base = '%s%05d' % (OLDP[cat], counter[cat])
        chosen = [m for m in members if rng.random() < 0.5][:3]
        for i, m in enumerate(chosen):
            old = base + ('' if i == 0 else 'ABCDEFG'[i - 1])
            m.attrs['old'] = canon(old)
            m.forms['old'] = [(old, 'x', canon(old))]
            m.aliases.append(old)
            m.rowsurf.append(old)
    used = set()
    for it in b.items:
        seed = it.attrs.pop('mnem_seed', None)
        if seed is None:
            if it.cat == 1 or rng.random() > 0.25: continue
            pre = {2: 'ZC', 3: 'MF', 4: 'QD', 5: 'YY', 6: 'LT', 7: 'PD', 8: 'CG'}[it.cat]
            seed = pre + canon(it.spec)[:10]
        m = seed
        k = 0
        while m in used:
            k += 1
            m = seed + 'ABCDEFGHJK'[k % 10] * (1 + k // 10)
        used.add(m)
        it.attrs['mnem'] = canon(m)
        it.forms['mnem'] = [(m, 'x', canon(m))]
        it.aliases.append(m)
        it.rowsurf.append(m)


def build_catalogue():
    b = Builder()
    gen_fasteners(b)
    gen_bearings(b)
    gen_seals(b)
    gen_pneumatic(b)
    gen_hydraulic(b)
    gen_chain(b)
    gen_belts(b)
    gen_sensors(b)
    assign_aliases(b)
    return b


# ---------------------------------------------------------------- queries
STYLE_TAGS = {'zh': ('zh', 'x'), 'terse': ('zh', 'x'), 'mixed': ('zh', 'x', 'en'), 'en': ('en', 'x'), 'zh_tw': ('tw', 'x'),
              'voice': ('zh', 'v'), 'typo': ('zh', 'x', 'en')}
TEMPL = {'zh': ['{q}还有多少', '{q}有货没', '{q} 有没有库存', '查一下{q}', '{q}', '帮我找下{q}', '{q} 库存多少', '仓库还有{q}吗'],
         'terse': ['{q}'],
         'mixed': ['{q} 有stock吗', '{q} 还有吗', 'check下{q}', '{q} qty多少', '{q}', 'pls查{q}'],
         'en': ['do we have any {q}', '{q} in stock?', 'need {q}', 'stock check {q}', '{q}', 'how many {q} left'],
         'zh_tw': ['{q} 還有庫存嗎', '請問{q}有貨嗎', '{q}', '查一下{q}', '{q} 庫存多少'],
         'voice': ['帮我查一下{q}', '那个{q}还有没有', '{q}还有多少个', '嗯{q}有没有货', '{q}'],
         'typo': ['{q}', '{q} 有货吗', 'need {q}', '查{q}']}
TYPO_CH = {'圆': '园', '沉': '陈', '栓': '拴', '钉': '丁', '螺': '罗', '轴': '抽', '承': '成', '封': '风', '垫': '电', '圈': '卷',
           '锁': '琐', '嵌': '钳', '属': '蜀', '球': '求', '沟': '勾', '柱': '住', '端': '瑞', '定': '顶', '母': '毋', '栏': '拦',
           '緊': '竪', '絲': '丝', '軸': '抽', '鏈': '连', '链': '连', '销': '消', '簧': '黄', '槽': '曹', '盘': '盆', '法': '发',
           '兰': '蓝', '弹': '单', '换': '唤', '阀': '伐', '泵': '崩'}
SLIPS = [('轴承', '轴成'), ('螺丝', '罗丝'), ('油封', '由封'), ('不锈钢', '不秀钢'), ('外六角', '外六脚'), ('链条', '连条'),
         ('气缸', '汽缸'), ('胶盖', '交盖'), ('铁盖', '贴盖'), ('螺母', '罗母'), ('平垫', '瓶垫')]


def typo_word(rng, w):
    idx = [i for i, c in enumerate(w) if c in TYPO_CH]
    if idx:
        i = rng.choice(idx)
        return w[:i] + TYPO_CH[w[i]] + w[i + 1:]
    letters = [i for i, c in enumerate(w) if c.isalpha() and c.islower()]
    if len(letters) < 4: return None
    i = rng.choice(letters[1:-1])
    op = rng.randint(0, 2)
    if op == 0 and i + 1 < len(w) and w[i + 1].isalpha(): return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1: return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def smart_join(rng, parts, style):
    out = parts[0]
    for p in parts[1:]:
        a, c = out[-1], p[0]
        asc = lambda ch: ord(ch) < 128 and ch.isalnum()
        if asc(a) or asc(c) or a in '"#/%' or style in ('en', 'voice'):
            out += ' '
        elif style in ('zh', 'voice', 'zh_tw', 'terse', 'typo', 'mixed') and rng.random() < 0.6:
            out += ''
        else:
            out += ' '
        out += p
    return out


class QGen:
    def __init__(self, b):
        self.b = b
        self.items = b.items
        self.rng = random.Random(SEED * 7 + 1)
        self.by_num = {it.number: it for it in self.items}
        # block index for fast candidate search
        self.idx = {}
        for it in self.items:
            for k in self.keys_of(it):
                self.idx.setdefault(k, []).append(it)

    def keys_of(self, it):
        a = it.attrs
        ks = []
        for k in ('size', 'pc', 'dn'):
            if k in a: ks.append((k, a[k]))
        for k in CODE_ATTRS:
            if k in a: ks.append((k, a[k][:3]))
        return ks

    def cands(self, facts):
        for k in ('size', 'pc', 'dn'):
            if k in facts:
                out = []
                for v in sorted(facts[k], key=str):
                    out += self.idx.get((k, v), [])
                return out
        for k in CODE_ATTRS:
            if k in facts:
                return self.idx.get((k, facts[k][:3]), [])
        return self.items

    def match(self, facts, loose=False):
        return [it for it in self.cands(facts) if fit(it, facts, loose)]

    def allowed(self, style, tag, surf):
        if tag in STYLE_TAGS[style]: return True
        if style == 'voice' and tag == 'x' and not any(ch.isdigit() for ch in surf): return True
        return False

    def pick_form(self, it, attr, style, specific=False):
        opts = [f for f in it.forms.get(attr, []) if self.allowed(style, f[1], f[0])]
        if style == 'voice':
            v = [f for f in opts if f[1] == 'v']
            if v and attr not in ('cls', 'brand'): opts = v
        if not opts: return None
        if specific and attr not in CODE_ATTRS:
            m = min(len(f[2]) for f in opts)
            opts = [f for f in opts if len(f[2]) == m]
        return self.rng.choice(opts)

    def compose(self, it, attrs_order, style, spec_set):
        said = []
        facts = {}
        for a in attrs_order:
            f = self.pick_form(it, a, style, a in spec_set)
            if f is None: return None
            facts[a] = f[2]
            said.append((a, f[0]))
        return facts, said

    def render(self, said, style, typo_cls=False):
        rng = self.rng
        parts = [s for a, s in said]
        cls_part = [s for a, s in said if a == 'cls']
        others = [s for a, s in said if a != 'cls']
        if rng.random() < 0.5: rng.shuffle(others)
        if cls_part:
            c = cls_part[0]
            if typo_cls:
                t = typo_word(rng, c)
                if t is None or t == c: return None, None
                c = t
            parts = [c] + others if rng.random() < 0.5 else others + [c]
            said = [(a, (c if a == 'cls' else s)) for a, s in said]
        else:
            parts = others
        q = smart_join(rng, parts, style)
        if style == 'voice':
            for a, bb in SLIPS:
                if a in q and rng.random() < 0.35:
                    q = q.replace(a, bb)
                    said = [(x, s.replace(a, bb)) for x, s in said]
        t = rng.choice(TEMPL[style])
        return t.format(q=q), said

    def try_positive(self, it, style, base, optional, prefix=False, typo=False, tries=40):
        rng = self.rng
        for n in range(tries):
            order = list(base)
            for a in optional:
                if a in it.forms and it.forms[a] and (rng.random() < 0.35 + n * 0.04):
                    order.append(a)
            spec_set = set(a for a in order if rng.random() < 0.2 + n * 0.05)
            r = self.compose(it, order, style, spec_set)
            if r is None: return None
            facts, said = r
            strict = self.match(facts)
            if len(strict) != 1 or strict[0] is not it: continue
            loose = self.match(facts, True)
            if prefix:
                if len(loose) < 2: continue
                cs = [sv for a, sv in said if a in CODE_ATTRS]
                if not cs or not cs[0].isascii() or canon(cs[0]) != facts[[a for a, sv in said if a in CODE_ATTRS][0]]: continue
            elif len(loose) != 1: continue
            if typo:
                clsf = [s for a, s in said if a == 'cls']
                if not clsf or len(clsf[0]) < (5 if not clsf[0].isascii() else 12): continue
            text, said2 = self.render(said, style, typo_cls=typo or (style == 'typo' and 'cls' in facts))
            if text is None: continue
            return dict(query=text, expect=it.number, facts=facts, said=said2)
        return None

    def try_null(self, it, style, base, optional, tries=40):
        rng = self.rng
        for n in range(tries):
            order = list(base) + [a for a in optional if a in it.forms and it.forms[a] and rng.random() < 0.6]
            r = self.compose(it, order, style, set())
            if r is None: return None
            facts, said = r
            strict = self.match(facts)
            loose = self.match(facts, True)
            if len(strict) >= 2 and len(loose) >= 2:
                text, said2 = self.render(said, style)
                return dict(query=text, expect=None, facts=facts, said=said2)
        return None


KIND_PLAN = [('fastener', 150), ('fastener_std', 50), ('bearing', 75), ('seal', 50), ('hydraulic', 45), ('prefix_code', 25),
             ('typo_name', 25), ('old_number', 13), ('mnemonic', 12), ('other', 30), ('near_miss', 25)]
STYLE_W = {'default': [('zh', 30), ('terse', 20), ('mixed', 15), ('en', 12), ('zh_tw', 10), ('voice', 8), ('typo', 5)],
           'novoice': [('zh', 32), ('terse', 22), ('mixed', 18), ('en', 14), ('zh_tw', 11), ('typo', 3)]}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    r = rng.random() * tot
    for k, w in pairs:
        r -= w
        if r < 0: return k
    return pairs[-1][0]


def spec_for(it):
    """base (always-stated) and optional attributes per item family"""
    a = it.attrs
    c = a['cls']
    if it.cat == 1: return ['cls', 'size'], ['mat', 'fin', 'std']
    if c == 'dg': return ['model'], ['cls', 'brand']
    if c in ('housed', 'linear'): return ['model'], ['cls', 'brand']
    if c == 'oring': return ['cls', 'size'], ['comp']
    if c == 'oilseal': return ['cls', 'size'], ['type', 'comp', 'brand']
    if c == 'rodseal': return ['cls', 'size'], ['type', 'comp']
    if c == 'tube': return ['cls', 'size'], ['tmat', 'color']
    if c == 'hose': return ['cls', 'dn'], ['ht']
    if c == 'hose_assy': return ['cls', 'dn'], ['ht', 'len', 'end']
    if c == 'sprocket': return ['cls', 'pc'], ['z', 'hub', 'bore', 'smat']
    if c == 'rbelt': return ['cls', 'size'], ['color', 'surf']
    if c == 'chainlink': return ['model', 'lt'], ['cmat']
    if c == 'kit': return ['model', 'cls'], ['brand']
    extra = [k for k in ('volt', 'amat', 'range', 'conn', 'cmat', 'ftmat', 'brand') if k in a]
    return ['model'], ['cls'] + extra


def build_queries(b):
    g = QGen(b)
    rng = g.rng
    pools = {
        'fastener': [it for it in b.items if it.cat == 1],
        'bearing': [it for it in b.items if it.cat == 2],
        'seal': [it for it in b.items if it.cat == 3],
        'hydraulic': [it for it in b.items if it.cat in (4, 5)],
        'other': [it for it in b.items if it.cat in (6, 7, 8)],
    }
    out = []
    used = set()
    for kind, n in KIND_PLAN:
        got = 0
        guard = 0
        while got < n:
            guard += 1
            if guard > 20000: raise RuntimeError('cannot fill ' + kind)
            q = None
            if kind in ('fastener', 'fastener_std', 'bearing', 'seal', 'hydraulic', 'other'):
                pool = pools['fastener' if kind == 'fastener_std' else kind]
                it = rng.choice(pool)
                if it.number in used: continue
                style = wchoice(rng, STYLE_W['default' if kind in ('fastener', 'bearing', 'seal', 'fastener_std') else 'novoice'])
                base, opt = spec_for(it)
                if kind == 'fastener_std':
                    base = base + ['std']
                    opt = [o for o in opt if o != 'std']
                q = g.try_positive(it, style, base, opt)
                if q is None and style in ('voice', 'zh_tw', 'en'):
                    style = 'mixed'
                    q = g.try_positive(it, style, base, opt)
            elif kind == 'prefix_code':
                r0 = rng.random()
                it = rng.choice(pools['bearing'] if r0 < 0.4 else pools['seal'] + pools['hydraulic'] + pools['other'] if r0 < 0.75
                                else pools['fastener'])
                if it.number in used: continue
                code_attr = 'old' if ('old' in it.attrs and r0 >= 0.75) else 'model'
                if code_attr not in it.attrs: continue
                style = wchoice(rng, [('zh', 3), ('terse', 3), ('mixed', 2), ('en', 1), ('zh_tw', 1)])
                base, opt = spec_for(it)
                if code_attr == 'old':
                    base, opt = ['old'], []
                else:
                    base = [x for x in base if x != 'cls'] + ['cls']
                    opt = [x for x in opt if x not in ('cls',)]
                q = g.try_positive(it, style, base, opt, prefix=True, tries=12)
            elif kind == 'typo_name':
                it = rng.choice(pools['fastener'] + pools['bearing'] + pools['seal'] + pools['hydraulic'])
                if it.number in used: continue
                base, opt = spec_for(it)
                if 'cls' not in base: base = base + ['cls']
                q = g.try_positive(it, 'typo', base, [o for o in opt if o != 'cls'], typo=True, tries=25)
            elif kind in ('old_number', 'mnemonic'):
                attr = 'old' if kind == 'old_number' else 'mnem'
                it = rng.choice(b.items)
                if it.number in used or attr not in it.attrs: continue
                style = wchoice(rng, [('zh', 3), ('terse', 3), ('mixed', 2), ('en', 1), ('zh_tw', 1)])
                q = g.try_positive(it, style, [attr], [], tries=3)
                if q:
                    pre = {'zh': ['旧编号', '老料号', '旧料号', ''], 'terse': [''], 'mixed': ['old no. ', '旧code ', ''],
                           'en': ['old part no. ', 'old number '], 'zh_tw': ['舊料號', '舊編號']}[style]
                    if attr == 'mnem':
                        pre = {'zh': ['助记码', ''], 'terse': [''], 'mixed': ['助记码 ', 'code '], 'en': ['mnemonic ', 'code '], 'zh_tw': ['助記碼', '']}[style]
                    p = rng.choice(pre)
                    if p:
                        code = q['said'][0][1]
                        q['query'] = q['query'].replace(code, p + code, 1)
            elif kind == 'near_miss':
                it = rng.choice(b.items)
                if it.number in used: continue
                style = wchoice(rng, STYLE_W['novoice'][:5])
                base, opt = spec_for(it)
                if 'model' in base and got % 3 == 0:
                    # truncated code that only starts several codes
                    can = it.attrs['model']
                    codef = [f for f in it.forms['model'] if f[1] == 'x' and canon(f[0]) == can]
                    if not codef: continue
                    code = codef[0][0]
                    cut = max(4, len(code) - rng.randint(1, 3))
                    short = code[:cut].rstrip('-/ ')
                    if canon(short) == can: continue
                    facts = {'model': canon(short)}
                    if len(g.match(facts)) == 1 or len(g.match(facts, True)) < 2: continue
                    cf = g.pick_form(it, 'cls', style)
                    said = [('model', short)] + ([('cls', cf[0])] if cf and it.attrs['cls'] in cf[2] else [])
                    if len(said) == 2: facts['cls'] = cf[2]
                    if len(g.match(facts)) == 1 or len(g.match(facts, True)) < 2: continue
                    text, said2 = g.render(said, style)
                    q = dict(query=text, expect=None, facts=facts, said=said2)
                elif got % 5 == 4 and it.cat in (1, 2):
                    q = nothing_query(g, it, style)
                else:
                    q = g.try_null(it, style, base, opt[:-1] if len(opt) > 1 else [])
            if q is None: continue
            if any(q['query'] == o['query'] for o in out): continue
            q['kind'] = kind
            q['style'] = 'typo' if kind == 'typo_name' else style
            if q['expect']: used.add(q['expect'])
            out.append(q)
            got += 1
    return out


def nothing_query(g, it, style):
    """names something the plant does not stock: absent brand or a length never stocked"""
    rng = g.rng
    if it.cat == 2 and it.attrs['cls'] == 'dg':
        br = rng.choice(['NTN', 'KOYO', 'NACHI'])
        f = g.pick_form(it, 'model', style)
        if f is None: return None
        facts = {'model': f[2], 'brand': fs(br)}
        if g.match(facts) or g.match(facts, True): return None
        cf = g.pick_form(it, 'cls', style)
        said = [('model', f[0]), ('brand', br)] + ([('cls', cf[0])] if cf else [])
        text, said2 = g.render(said, style)
        return dict(query=text, expect=None, facts=facts, said=said2)
    if it.cat != 1: return None
    fam = FAM_BY_KEY[it.attrs['cls']]
    if fam['shape'] != 'ML': return None
    d = int(it.attrs['size'][1:].split('x')[0])
    stocked = set(fam_lens(fam, d))
    free = [L for L in (33, 42, 48, 52, 58, 68, 72, 85, 95, 105) if L not in stocked and L > d]
    if not free: return None
    L = rng.choice(free)
    sf = [f for f in size_forms('ML', d, L) if g.allowed(style, f[1], f[0])]
    cf = [f for f in it.forms['cls'] if g.allowed(style, f[1], f[0]) and len(f[2]) == 1]
    mf = g.pick_form(it, 'mat', style)
    if not sf or not cf or not mf: return None
    s, c = rng.choice(sf), rng.choice(cf)
    facts = {'cls': c[2], 'size': s[2], 'mat': mf[2]}
    if g.match(facts): return None
    text, said2 = g.render([('cls', c[0]), ('size', s[0]), ('mat', mf[0])], style)
    return dict(query=text, expect=None, facts=facts, said=said2)


def build():
    b = build_catalogue()
    qs = build_queries(b)
    return b, qs


def catalogue_text(b):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for it in b.items:
        w.writerow(it.row())
    return buf.getvalue()


def queries_text(qs):
    return ''.join(json.dumps({'query': q['query'], 'expect': q['expect'], 'kind': q['kind'], 'style': q['style']},
                              ensure_ascii=False) + '\n' for q in qs)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    b, qs = build()
    with open(os.path.join(out, 'catalogue.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(catalogue_text(b))
    with open(os.path.join(out, 'queries.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write(queries_text(qs))
    cats = {}
    for it in b.items: cats[CATN[it.cat]] = cats.get(CATN[it.cat], 0) + 1
    print('rows', len(b.items), cats)
    print('queries', len(qs))


if __name__ == '__main__':
    main()
