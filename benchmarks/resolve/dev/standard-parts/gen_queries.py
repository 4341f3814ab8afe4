# -*- coding: utf-8 -*-
"""Write queries.jsonl (+ queries_meta.jsonl) by hand-written chat rules.

    python3 gen_queries.py        (after gen_catalogue.py; stdlib only, fixed seed)

Each rule picks a catalogue item, decides which of the item's READABLE attributes a buyer / storekeeper /
worker would mention, renders each with one of the many ways people write it (word order, x * × -, GB5782 /
国标5782 / GB/T 5782-2016, 8.8级 / grade 8.8, SS304 / 不锈钢304 / A2-70, brand in Chinese or Latin, chat words
around it), then applies the style (zh / mixed / en / zh-hant / voice) and sometimes a typo in a long name.
What the words state is recorded as constraints; check_queries.py keeps only queries that fit exactly one
item (or none, for the ~5 % null queries).  If a first phrasing is ambiguous the rule adds what a buyer
would add when asked "which one?" (standard, grade, finish, brand, ...) and tries again.
"""
import csv
import json
import os
import random
import re

from common import std_forms, norm_code
from check_queries import Catalogue, check_one, canon

SEED = 7311
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

QUOTA = {'fastener': 100, 'bearing': 60, 'seal': 45, 'hydraulic': 45, 'code': 30, 'other': 20}
NULLS = {'fastener': 5, 'bearing': 3, 'seal': 3, 'hydraulic': 2, 'code': 1, 'other': 1}
STYLE_W = [('zh', 50), ('mixed', 18), ('en', 10), ('zh-hant', 11), ('voice', 11)]


def wchoice(pairs):
    return rng.choices([p[0] for p in pairs], [p[1] for p in pairs])[0]


def fnum(x):
    return canon(x)


# ---------------------------------------------------------------------------
# vocab: what words state
# ---------------------------------------------------------------------------
HB = ['hex_bolt_partial', 'hex_bolt_full']
LENFAM = ['hex_bolt_partial', 'hex_bolt_full', 'socket_head', 'countersunk', 'button', 'pan', 'set_flat', 'set_cone', 'set_cup',
          'stud', 'flange_bolt']
BOLTQ = HB + ['flange_bolt', 'socket_head', 'stud']
SOCK = ['socket_head', 'countersunk', 'button']
SET = ['set_flat', 'set_cone', 'set_cup']
NUTS = ['hex_nut', 'hex_nut_thin', 'nylock']
WASH = ['flat_washer', 'large_washer']

FAM_ZH = {
    'hex_bolt_partial': [('外六角螺栓', HB), ('六角螺栓', HB), ('六角头螺栓', HB), ('外六角半牙螺栓', ['hex_bolt_partial']),
                         ('半牙外六角', ['hex_bolt_partial']), ('螺栓', BOLTQ), ('外六角', HB + ['flange_bolt'])],
    'hex_bolt_full': [('外六角螺栓', HB), ('全牙外六角', ['hex_bolt_full']), ('外六角全螺纹螺栓', ['hex_bolt_full']),
                      ('六角头螺栓', HB), ('螺栓', BOLTQ), ('全牙螺栓', ['hex_bolt_full'])],
    'socket_head': [('内六角螺丝', SOCK), ('内六角螺钉', SOCK), ('内六角圆柱头螺钉', ['socket_head']), ('杯头螺丝', ['socket_head']),
                    ('内六角', SOCK + SET), ('内六角螺栓', SOCK), ('螺丝', LENFAM)],
    'countersunk': [('沉头内六角', ['countersunk']), ('内六角沉头螺钉', ['countersunk']), ('平杯螺丝', ['countersunk']),
                    ('沉头螺丝', ['countersunk'])],
    'button': [('圆头内六角', ['button']), ('半圆头内六角螺钉', ['button']), ('圆杯螺丝', ['button'])],
    'pan': [('十字盘头螺钉', ['pan']), ('十字螺丝', ['pan']), ('盘头螺丝', ['pan'])],
    'set_flat': [('平端紧定螺钉', ['set_flat']), ('紧定螺钉', SET), ('机米螺丝', SET), ('顶丝', SET), ('平端机米', ['set_flat'])],
    'set_cone': [('锥端紧定螺钉', ['set_cone']), ('尖头机米', ['set_cone']), ('紧定螺钉', SET), ('顶丝', SET)],
    'set_cup': [('凹端紧定螺钉', ['set_cup']), ('凹端机米', ['set_cup']), ('紧定螺钉', SET), ('机米螺丝', SET)],
    'stud': [('双头螺柱', ['stud']), ('双头螺栓', ['stud']), ('螺柱', ['stud']), ('双头丝', ['stud'])],
    'flange_bolt': [('法兰螺栓', ['flange_bolt']), ('法兰面螺栓', ['flange_bolt']), ('六角法兰螺栓', ['flange_bolt'])],
    'hex_nut': [('螺母', NUTS), ('螺帽', NUTS), ('六角螺母', ['hex_nut', 'hex_nut_thin'])],
    'hex_nut_thin': [('薄螺母', ['hex_nut_thin']), ('六角薄螺母', ['hex_nut_thin']), ('薄螺帽', ['hex_nut_thin'])],
    'nylock': [('尼龙锁紧螺母', ['nylock']), ('尼龙螺母', ['nylock']), ('锁紧螺母', ['nylock', 'hex_nut_thin']), ('防松螺母', ['nylock', 'hex_nut_thin'])],
    'flat_washer': [('平垫', WASH), ('平垫圈', WASH), ('垫片', WASH + ['spring_washer']), ('垫圈', WASH + ['spring_washer'])],
    'large_washer': [('大垫', ['large_washer']), ('大平垫', ['large_washer']), ('加大平垫', ['large_washer'])],
    'spring_washer': [('弹垫', ['spring_washer']), ('弹簧垫', ['spring_washer']), ('弹簧垫圈', ['spring_washer'])],
    'eye_bolt': [('吊环', ['eye_bolt']), ('吊环螺钉', ['eye_bolt']), ('吊环螺栓', ['eye_bolt'])],
    'cyl_pin': [('圆柱销', ['cyl_pin']), ('定位销', ['cyl_pin']), ('销子', ['cyl_pin', 'taper_pin'])],
    'taper_pin': [('圆锥销', ['taper_pin']), ('锥销', ['taper_pin'])],
    'circlip_shaft': [('轴用挡圈', ['circlip_shaft']), ('轴用卡簧', ['circlip_shaft']), ('外卡簧', ['circlip_shaft']),
                      ('轴用弹性挡圈', ['circlip_shaft'])],
    'circlip_hole': [('孔用挡圈', ['circlip_hole']), ('孔用卡簧', ['circlip_hole']), ('内卡簧', ['circlip_hole']),
                     ('孔用弹性挡圈', ['circlip_hole'])],
    'key': [('平键', ['key']), ('键', ['key']), ('键条', ['key'])],
    'rivet': [('抽芯铆钉', ['rivet']), ('拉铆钉', ['rivet']), ('铆钉', ['rivet'])],
}
FAM_EN = {
    'hex_bolt_partial': [('hex bolt', HB), ('hex head bolt', HB), ('bolt', BOLTQ), ('hex bolt partial thread', ['hex_bolt_partial'])],
    'hex_bolt_full': [('hex bolt', HB), ('full thread hex bolt', ['hex_bolt_full']), ('bolt', BOLTQ)],
    'socket_head': [('socket head cap screw', ['socket_head']), ('SHCS', ['socket_head']), ('allen bolt', SOCK), ('cap screw', ['socket_head'])],
    'countersunk': [('countersunk socket screw', ['countersunk']), ('csk allen screw', ['countersunk'])],
    'button': [('button head screw', ['button']), ('button head allen', ['button'])],
    'pan': [('pan head screw', ['pan']), ('phillips pan head screw', ['pan'])],
    'set_flat': [('set screw flat point', ['set_flat']), ('grub screw', SET)],
    'set_cone': [('set screw cone point', ['set_cone']), ('grub screw', SET)],
    'set_cup': [('cup point set screw', ['set_cup']), ('grub screw', SET)],
    'stud': [('stud bolt', ['stud']), ('double end stud', ['stud'])],
    'flange_bolt': [('flange bolt', ['flange_bolt'])],
    'hex_nut': [('hex nut', ['hex_nut', 'hex_nut_thin']), ('nut', NUTS)],
    'hex_nut_thin': [('thin nut', ['hex_nut_thin']), ('jam nut', ['hex_nut_thin'])],
    'nylock': [('nylock nut', ['nylock']), ('nyloc nut', ['nylock']), ('lock nut', ['nylock', 'hex_nut_thin'])],
    'flat_washer': [('flat washer', WASH), ('washer', WASH + ['spring_washer'])],
    'large_washer': [('large flat washer', ['large_washer']), ('fender washer', ['large_washer'])],
    'spring_washer': [('spring washer', ['spring_washer']), ('lock washer', ['spring_washer'])],
    'eye_bolt': [('eye bolt', ['eye_bolt']), ('lifting eye bolt', ['eye_bolt'])],
    'cyl_pin': [('dowel pin', ['cyl_pin']), ('parallel pin', ['cyl_pin'])],
    'taper_pin': [('taper pin', ['taper_pin'])],
    'circlip_shaft': [('external circlip', ['circlip_shaft']), ('shaft circlip', ['circlip_shaft'])],
    'circlip_hole': [('internal circlip', ['circlip_hole']), ('bore circlip', ['circlip_hole'])],
    'key': [('parallel key', ['key']), ('key', ['key'])],
    'rivet': [('blind rivet', ['rivet']), ('pop rivet', ['rivet'])],
}
FIN_Q = {'zinc': [('镀锌', ['zinc']), ('镀锌的', ['zinc'])], 'zinc_white': [('蓝白锌', ['zinc_white']), ('白锌', ['zinc_white']), ('镀白锌', ['zinc_white'])],
         'zinc_color': [('彩锌', ['zinc_color']), ('镀彩', ['zinc_color']), ('彩色镀锌', ['zinc_color'])],
         'black': [('发黑', ['black']), ('黑色', ['black']), ('发黑的', ['black'])], 'dacro': [('达克罗', ['dacro'])],
         'hdg': [('热镀锌', ['hdg']), ('热浸锌', ['hdg'])], 'plain': [('本色', ['plain']), ('原色', ['plain'])], 'nickel': [('镀镍', ['nickel'])]}
FIN_QEN = {'zinc': [('zinc plated', ['zinc']), ('ZP', ['zinc'])], 'zinc_white': [('white zinc', ['zinc_white'])], 'zinc_color': [('yellow zinc', ['zinc_color'])],
           'black': [('black oxide', ['black']), ('black', ['black'])], 'dacro': [('dacromet', ['dacro'])], 'hdg': [('HDG', ['hdg']), ('hot dip galvanized', ['hdg'])],
           'plain': [('plain', ['plain'])], 'nickel': [('nickel plated', ['nickel'])]}
MAT_Q = {'304': [('304', ['304']), ('SS304', ['304']), ('不锈钢304', ['304']), ('304不锈钢', ['304']), ('SUS304', ['304']), ('A2-70', ['304']),
                 ('不锈钢', ['304', '316'])],
         '316': [('316', ['316']), ('SS316', ['316']), ('不锈钢316', ['316']), ('A4-80', ['316']), ('SUS316', ['316']), ('316不锈钢', ['316'])],
         'carbon': [('碳钢', ['carbon']), ('碳钢的', ['carbon'])]}
MAT_QEN = {'304': [('SS304', ['304']), ('stainless 304', ['304']), ('A2-70', ['304']), ('stainless', ['304', '316'])],
           '316': [('SS316', ['316']), ('stainless 316', ['316']), ('A4-80', ['316'])], 'carbon': [('carbon steel', ['carbon'])]}

BRAND_Q = {'SKF': ['SKF', 'SKF', 'skf', '斯凯孚'], 'FAG': ['FAG', 'fag', '舍弗勒FAG'], 'NSK': ['NSK', 'nsk', '恩斯克'], 'NTN': ['NTN', 'ntn'],
           'KOYO': ['KOYO', '光洋', 'koyo'], 'TIMKEN': ['TIMKEN', '铁姆肯', 'timken'], 'INA': ['INA'], 'FYH': ['FYH'],
           'HRB': ['哈轴', 'HRB', '哈尔滨'], 'ZWZ': ['瓦轴', 'ZWZ', '瓦房店'], 'LYC': ['洛轴', 'LYC'], 'C&U': ['人本', 'C&U'],
           'NOK': ['NOK', 'nok'], 'Parker': ['派克', 'Parker', 'parker'], 'Hallite': ['Hallite', '赫莱特'], 'Merkel': ['Merkel', '美克尔'],
           'Rexroth': ['力士乐', 'Rexroth', 'rexroth'], 'Huade': ['华德', '北京华德'], 'Yuken': ['油研', 'Yuken', 'YUKEN'],
           'Northman': ['北部精机'], 'Eaton': ['Eaton', '伊顿'], 'Gates': ['Gates', '盖茨'], 'HYDAC': ['HYDAC', '贺德克'],
           'Leemin': ['黎明', '温州黎明'], 'Greatwall': ['长城'], 'Kunlun': ['昆仑'], 'Mobil': ['美孚', 'Mobil']}
BRAND_QEN = {'HRB': ['HRB'], 'ZWZ': ['ZWZ'], 'LYC': ['LYC'], 'C&U': ['C&U'], 'KOYO': ['KOYO'], 'Rexroth': ['Rexroth'], 'Huade': ['Huade'],
             'Yuken': ['Yuken'], 'Parker': ['Parker'], 'Leemin': ['Leemin'], 'Greatwall': ['Great Wall'], 'Mobil': ['Mobil'], 'Kunlun': ['Kunlun'],
             'TIMKEN': ['Timken'], 'NOK': ['NOK'], 'HYDAC': ['HYDAC'], 'Gates': ['Gates'], 'Eaton': ['Eaton'], 'Hallite': ['Hallite'],
             'Merkel': ['Merkel'], 'Northman': ['Northman']}
DOMESTIC = ['HRB', 'ZWZ', 'LYC', 'C&U', 'unbranded']
IMPORTED = ['SKF', 'FAG', 'NSK', 'NTN', 'KOYO', 'TIMKEN', 'INA', 'FYH']


def brand_word(br, lang):
    if lang == 'en':
        return rng.choice(BRAND_QEN.get(br, [br]))
    return rng.choice(BRAND_Q.get(br, [br]))


# ---------------------------------------------------------------------------
# helpers for writing sizes
# ---------------------------------------------------------------------------
def xsep(lang='zh'):
    return wchoice([('x', 35), ('*', 30), ('×', 15), ('X', 12), ('-', 8)])


def size_thread(d, pitch, L, lang):
    s = xsep()
    base = d if pitch == 'coarse' else '%s%s%s' % (d, s if s != '-' else 'x', pitch)
    if L is None:
        return base
    r = rng.random()
    if lang != 'en' and r < 0.06:
        return '%s长%s' % (base, L)
    if r < 0.1:
        return ('%s%s%s' % (base, s, L)).lower()
    if r < 0.14 and lang != 'en':
        return '%s%s%smm' % (base, s, L)
    return '%s%s%s' % (base, s, L)


def grade_word(g, lang, fam):
    if fam in ('hex_nut', 'nylock', 'hex_nut_thin'):
        return rng.choice(['%s级' % g, '%s级的' % g]) if lang != 'en' else rng.choice(['grade %s' % g, 'class %s' % g])
    if g in ('45H', '65Mn', '200HV', '300HV', '100HV', 'C15E'):
        return g
    if lang == 'en':
        return rng.choice(['grade %s' % g, '%s' % g, 'class %s' % g])
    return rng.choice(['%s级' % g, '%s级' % g, '%s' % g, '%s级的' % g, '高强度%s级' % g if g in ('10.9', '12.9') else '%s级' % g])


def std_word(std, lang):
    forms = std_forms(std, for_query=(lang != 'en'))
    s = rng.choice(forms)
    if std.startswith('GB/T') and rng.random() < 0.15:
        s += rng.choice(['-2000', '-2016'])
    return s


# ---------------------------------------------------------------------------
# the query record
# ---------------------------------------------------------------------------
class Q:
    def __init__(self, kind, lang):
        self.kind = kind
        self.lang = lang
        self.parts = []          # (slot, text)
        self.cons = {}
        self.std = None
        self.pref = None
        self.tiebreak = False
        self.code = None
        self.flags = {}

    def put(self, slot, text, key=None, allowed=None):
        if text:
            self.parts.append((slot, text))
        if key:
            if key in self.cons:
                old = set(map(str, self.cons[key]))
                self.cons[key] = [x for x in allowed if str(x) in old] or allowed
            else:
                self.cons[key] = list(allowed)


def order_parts(parts, lang):
    """Word order varies: category word first or last, material first, standard anywhere."""
    slots = {}
    for s, t in parts:
        slots.setdefault(s, []).append(t)
    pattern = rng.choice([
        ['mat', 'word', 'size', 'grade', 'fin', 'std', 'brand', 'extra'],
        ['std', 'size', 'grade', 'fin', 'mat', 'word', 'brand', 'extra'],
        ['word', 'std', 'size', 'grade', 'mat', 'fin', 'brand', 'extra'],
        ['size', 'word', 'grade', 'fin', 'mat', 'std', 'brand', 'extra'],
        ['brand', 'size', 'mat', 'word', 'grade', 'fin', 'std', 'extra'],
        ['size', 'mat', 'grade', 'fin', 'word', 'brand', 'std', 'extra'],
        ['word', 'size', 'extra', 'mat', 'grade', 'fin', 'brand', 'std'],
    ])
    out = []
    for s in pattern:
        out += slots.pop(s, [])
    for s in list(slots):
        out += slots.pop(s)
    return out


def join_tokens(toks, lang):
    if lang == 'en':
        return ' '.join(toks)
    out = ''
    for t in toks:
        if not out:
            out = t
            continue
        a, b = out[-1], t[0]
        if re.match(r'[\u4e00-\u9fff]', a) and re.match(r'[\u4e00-\u9fff]', b):
            out += rng.choice(['', ' ']) if rng.random() < 0.5 else ' '
        elif re.match(r'[A-Za-z0-9.]', a) and re.match(r'[A-Za-z0-9]', b):
            out += ' ' + t
            continue
        else:
            out += rng.choice(['', ' ', ' '])
        out += t
    return out


# ---------------------------------------------------------------------------
# FASTENERS
# ---------------------------------------------------------------------------
def fam_of(a):
    f = a['fam']
    return f if isinstance(f, list) else [f]


def fastener_query(cat, num, lang, level):
    it = cat.items[num]
    a = it['a']
    fams = fam_of(a)
    fam = rng.choice(fams)
    q = Q('fastener', lang)
    vocab = (FAM_EN if lang in ('en', 'mixed') else FAM_ZH)[fam]
    w, allowed = rng.choice(vocab)
    q.put('word', w, 'fam', allowed)
    # sizes
    if fam in ('cyl_pin', 'taper_pin', 'rivet'):
        s = xsep()
        txt = '%s%s%s' % (a['dia'], s, a['len'])
        if fam == 'cyl_pin' and a.get('tol') and (level > 0 or rng.random() < 0.4):
            txt = '%s%s%s%s' % (a['dia'], a['tol'], s, a['len'])
            q.cons['tol'] = [a['tol']]
        if rng.random() < 0.3 and lang != 'en':
            txt = 'Φ' + txt
        q.put('size', txt, 'dia', [a['dia']])
        q.cons['len'] = [a['len']]
    elif fam in ('circlip_shaft', 'circlip_hole'):
        q.put('size', rng.choice(['Φ%s', '%s', 'φ%s', 'd%s']) % a['dia'] if lang != 'en' else '%smm' % a['dia'], 'dia', [a['dia']])
    elif fam == 'key':
        s = xsep()
        txt = '%s%s%s%s%s' % (a['b'], s, a['h'], s, a['len'])
        if a.get('ktype') and (a['ktype'] != 'A' or level > 0 or rng.random() < 0.3):
            if rng.random() < 0.5 or lang == 'en':
                txt = a['ktype'] + txt
            else:
                q.parts = [(sl, t) for sl, t in q.parts if sl != 'word']
                q.put('word', '%s型平键' % a['ktype'])
            q.cons['ktype'] = [a['ktype']]
        q.put('size', txt, 'b', [a['b']])
        q.cons['h'] = [a['h']]
        q.cons['len'] = [a['len']]
    else:
        L = a.get('len')
        txt = size_thread(a['d'], a['pitch'], L, lang)
        if fam in ('flat_washer', 'large_washer', 'spring_washer') and rng.random() < 0.3 and lang != 'en':
            txt = rng.choice(['Φ%s', '%s的']) % a['d'][1:]
        q.put('size', txt, 'd', [a['d']])
        q.cons['pitch'] = [a['pitch']]
        if L is not None:
            q.cons['len'] = [L]
    # optional attributes: material, standard, grade, finish
    mat = a.get('mat')
    mats = mat if isinstance(mat, list) else [mat]
    m0 = mats[0]
    if m0 in ('304', '316') and not (isinstance(mat, list) and len(mat) > 1):
        t, al = rng.choice((MAT_QEN if lang == 'en' else MAT_Q)[m0])
        q.put('mat', t, 'mat', al)
    elif isinstance(mat, list):
        q.put('mat', '不锈钢' if lang != 'en' else 'stainless', 'mat', ['304', '316'])
    elif m0 in ('aluminium', 'steel'):
        q.put('mat', {'aluminium': rng.choice(['铝', '铝制']), 'steel': rng.choice(['铁', '钢制'])}[m0] if lang != 'en' else
              {'aluminium': 'aluminium', 'steel': 'steel'}[m0], 'mat', [m0])
    elif m0 == 'carbon' and rng.random() < 0.05 * (1 + level):
        t, al = rng.choice((MAT_QEN if lang == 'en' else MAT_Q)['carbon'])
        q.put('mat', t, 'mat', al)
    p_std = [0.35, 0.8, 1.0][level]
    p_gr = [0.6, 0.9, 1.0][level]
    p_fin = [0.35, 0.8, 1.0][level]
    if a.get('std') and rng.random() < p_std:
        std = a['std']
        if a.get('std_decl') and rng.random() < 0.85:
            std = rng.choice(a['std_decl'])
            q.flags['declared_std'] = True
        q.put('std', std_word(std, lang))
        q.std = [std]
    if a.get('grade') and rng.random() < p_gr:
        q.put('grade', grade_word(a['grade'], lang, fam), 'grade', [a['grade']])
    if a.get('fin') and a['fin'] != 'plain' and rng.random() < p_fin:
        t, al = rng.choice((FIN_QEN if lang == 'en' else FIN_Q)[a['fin']])
        q.put('fin', t, 'fin', al)
    if fam == 'stud' and a.get('bm') and level == 2 and not q.std:
        pass
    return q


# ---------------------------------------------------------------------------
# BEARINGS
# ---------------------------------------------------------------------------
BT_WORD = {'deep_groove': [('深沟球轴承', ['deep_groove']), ('轴承', None), ('球轴承', ['deep_groove', 'angular', 'thrust', 'insert'])],
           'angular': [('角接触轴承', ['angular']), ('角接触球轴承', ['angular']), ('轴承', None)],
           'tapered': [('圆锥滚子轴承', ['tapered', 'tapered_inch']), ('锥形轴承', ['tapered', 'tapered_inch']), ('轴承', None)],
           'tapered_inch': [('英制圆锥轴承', ['tapered_inch']), ('圆锥滚子轴承', ['tapered', 'tapered_inch']), ('轴承', None)],
           'cylindrical': [('圆柱滚子轴承', ['cylindrical']), ('轴承', None), ('滚子轴承', ['cylindrical', 'tapered', 'spherical', 'tapered_inch'])],
           'spherical': [('调心滚子轴承', ['spherical']), ('轴承', None), ('调心轴承', ['spherical'])],
           'thrust': [('推力球轴承', ['thrust']), ('平面轴承', ['thrust']), ('轴承', None)],
           'needle': [('滚针轴承', ['needle']), ('轴承', None)],
           'insert': [('带座轴承', ['insert']), ('轴承', None), ('外球面轴承', ['insert'])],
           'plain': [('关节轴承', ['plain']), ('轴承', None)],
           'linear': [('直线轴承', ['linear']), ('直线轴承', ['linear'])]}
BT_EN = {'deep_groove': 'deep groove ball bearing', 'angular': 'angular contact bearing', 'tapered': 'taper roller bearing',
         'tapered_inch': 'taper roller bearing', 'cylindrical': 'cylindrical roller bearing', 'spherical': 'spherical roller bearing',
         'thrust': 'thrust ball bearing', 'needle': 'needle bearing', 'insert': 'pillow block bearing', 'plain': 'spherical plain bearing',
         'linear': 'linear bearing'}
SEAL_GEN = {'2RS': ['2RS', '-2RS', '2RS', '双面胶封', '两面胶盖', '2RS胶封'], '2Z': ['ZZ', '2Z', '-ZZ', '双面铁盖', '两面铁封'],
            'RS': ['-RS', '单面胶封'], 'Z': ['-Z', '单面铁盖'], 'open': ['开式', '']}
SEAL_GEN_EN = {'2RS': ['2RS', '-2RS', 'rubber sealed'], '2Z': ['ZZ', '2Z', 'metal shielded'], 'RS': ['-RS'], 'Z': ['-Z'], 'open': ['open', '']}


def restyle_code(code):
    """People retype a designation: hyphens/slashes/spaces dropped or moved, case changed."""
    r = rng.random()
    if r < 0.45:
        return code
    if r < 0.6:
        return code.replace('/', ' ').replace('  ', ' ')
    if r < 0.7:
        return code.replace(' ', '')
    if r < 0.8:
        return code.lower()
    if r < 0.9:
        return code.replace('-', ' ').replace('/', ' ')
    return code.replace(' ', '-') if ' ' in code else code


def bearing_query(cat, num, lang, level):
    it = cat.items[num]
    a = it['a']
    row = cat.rows[num]
    q = Q('bearing', lang)
    bt = a['btype']
    # category word
    if lang in ('en',) or (lang == 'mixed' and rng.random() < 0.6):
        w = rng.choice([BT_EN[bt], 'bearing', 'bearing'])
        allowed = [bt] if w == BT_EN[bt] else None
        if bt.startswith('tapered') and w == BT_EN[bt]:
            allowed = ['tapered', 'tapered_inch']
    else:
        w, allowed = rng.choice(BT_WORD[bt])
    q.put('word', w, 'btype', allowed) if allowed else q.put('word', w)
    note = a['note']
    brand = a['brand']
    full_code = None
    # find how the catalogue writes the designation
    m = re.search(re.escape(a['base']) + r'[^\s]*(?:\s(?:J2/Q|ECP|ECJ|ECM|ECP/C3|E|EK|CC/W33|EJA/VA405|BECBP|ACD|CD)[^\s]*)?', row['spec'] + ' ' + row['name'])
    if m:
        full_code = m.group(0)
    mode = rng.random()
    old = [x for x in row['aliases'].split(';') if re.fullmatch(r'\d{4,6}[A-Z]{0,2}', x)]
    stated_brand = False
    if old and mode < 0.35 and lang != 'en':
        q.put('size', old[0])
        q.flags['nodims'] = True
        q.cons['base'] = [a['base']]
        for k in ('seal', 'clear', 'prec'):
            q.cons[k] = [a[k]]
        q.flags['oldcode'] = old[0]
        q.pref = {'note': [note]} if bt in ('cylindrical', 'tapered') else None
    elif full_code and (mode < 0.7 or bt not in ('deep_groove', 'angular', 'thrust', 'tapered', 'needle', 'insert', 'linear')):
        q.put('size', restyle_code(full_code))
        q.cons['base'] = [a['base']]
        for k in ('seal', 'clear', 'prec', 'bore'):
            if k in a:
                q.cons[k] = [a[k]]
        if bt == 'angular':
            q.cons['angle'] = [a['angle']]
            q.cons['pair'] = [a['pair']]
        q.pref = {'note': [note]}
    else:
        # generic: base + generic suffix words
        q.put('size', a['base'])
        q.cons['base'] = [a['base']]
        seal = a['seal']
        if bt == 'deep_groove':
            t = rng.choice((SEAL_GEN_EN if lang == 'en' else SEAL_GEN)[seal])
            if t:
                q.put('extra', t)
            q.cons['seal'] = [seal]
            if a['clear'] == 'C3':
                q.put('extra', rng.choice(['C3', '/C3', '游隙C3']) if lang != 'en' else 'C3')
            q.cons['clear'] = [a['clear']]
            q.cons['prec'] = ['P0']
        elif bt == 'angular':
            q.put('extra', a['angle'] if rng.random() < 0.5 else {'C': '15°', 'AC': '25°', 'B': '40°'}[a['angle']])
            q.cons['angle'] = [a['angle']]
            if a['prec'] != 'P0':
                q.put('extra', rng.choice(['/%s', '%s级', '精度%s']) % a['prec'])
            q.cons['prec'] = [a['prec']]
            if a['pair'] != 'single':
                q.put('extra', rng.choice(['/%s', '%s配对', '成对%s']) % a['pair'])
            q.cons['pair'] = [a['pair']]
            q.cons['clear'] = ['CN']
        else:
            q.cons['seal'] = [seal]
            q.cons['clear'] = [a['clear']]
            if a['clear'] == 'C3':
                q.put('extra', 'C3')
            if a.get('bore') == 'K':
                q.put('extra', rng.choice(['锥孔', 'K']))
            q.cons['bore'] = [a.get('bore', 'cyl')]
            q.cons['prec'] = ['P0']
    if brand != 'unbranded' and (rng.random() < [0.7, 0.95, 1.0][level]):
        q.put('brand', brand_word(brand, lang), 'brand', [brand])
        stated_brand = True
    elif brand in DOMESTIC and level > 0 and rng.random() < 0.5:
        q.put('brand', '国产' if lang != 'en' else 'domestic', 'brand', DOMESTIC)
    elif brand in IMPORTED and level > 0 and rng.random() < 0.3:
        q.put('brand', '进口' if lang != 'en' else 'imported', 'brand', IMPORTED + ['THK'])
    if q.pref:
        q.tiebreak = stated_brand
    return q


# ---------------------------------------------------------------------------
# SEALS
# ---------------------------------------------------------------------------
OR_WORDS = [('O型圈', ['oring']), ('O形圈', ['oring']), ('O圈', ['oring']), ('o型圈', ['oring']), ('O型密封圈', ['oring']),
            ('密封圈', None)]
OR_EN = [('O-ring', ['oring']), ('oring', ['oring']), ('O ring', ['oring'])]
MAT_S = {'NBR': ['NBR', '丁腈', '丁腈胶', '丁腈橡胶'], 'FKM': ['氟胶', '氟橡胶', 'FKM', 'viton', '耐高温氟胶'], 'EPDM': ['EPDM', '三元乙丙'],
         'VMQ': ['硅胶', '硅橡胶'], 'HNBR': ['HNBR', '氢化丁腈'], 'PU': ['聚氨酯', 'PU'], 'PTFE+铜粉': ['填充铜粉', 'PTFE+铜粉'],
         'PTFE+玻纤': ['PTFE+玻纤'], 'PTFE': ['PTFE', '四氟'], 'POM': ['POM'], '酚醛夹布': ['酚醛夹布', '夹布']}
MAT_SEN = {'NBR': ['NBR', 'nitrile'], 'FKM': ['viton', 'FKM'], 'EPDM': ['EPDM'], 'VMQ': ['silicone'], 'HNBR': ['HNBR'], 'PU': ['PU', 'polyurethane'],
           'PTFE+铜粉': ['bronze filled PTFE'], 'PTFE+玻纤': ['glass filled PTFE'], 'PTFE': ['PTFE'], 'POM': ['POM'], '酚醛夹布': ['phenolic fabric']}
HS_WORD = {'Y_rod': [('轴用Y形圈', ['Y_rod']), ('Y型圈 轴用', ['Y_rod']), ('活塞杆Y圈', ['Y_rod'])],
           'Y_piston': [('孔用Y形圈', ['Y_piston']), ('Y型圈 孔用', ['Y_piston'])],
           'UN': [('UN圈', ['UN']), ('UN密封', ['UN'])],
           'step': [('斯特封', ['step']), ('阶梯圈', ['step'])], 'glyd': [('格莱圈', ['glyd'])],
           'wiper': [('防尘圈', ['wiper']), ('防尘密封', ['wiper'])], 'guide': [('导向带', ['guide']), ('支撑环', ['guide']), ('耐磨环', ['guide'])]}
HS_EN = {'Y_rod': 'rod seal', 'Y_piston': 'piston seal', 'UN': 'UN seal', 'step': 'step seal', 'glyd': 'glyd ring', 'wiper': 'wiper seal',
         'guide': 'wear ring'}


def seal_query(cat, num, lang, level):
    a = cat.items[num]['a']
    q = Q('seal', lang)
    st = a['stype']
    en = lang == 'en' or (lang == 'mixed' and rng.random() < 0.6)
    mt = MAT_SEN if lang == 'en' else MAT_S
    if st == 'oring':
        w, al = rng.choice(OR_EN if en else OR_WORDS)
        q.put('word', w, 'stype', al) if al else q.put('word', w)
        row = cat.rows[num]
        dims_shown = ('%sX%s' % (a['id'], a['cs'])) in norm_code(row['spec'])
        if a.get('desig') and (rng.random() < 0.75 or not dims_shown):
            d = a['desig']
            txt = d if a['std'] == 'JIS B2401' else rng.choice(['AS568-%s', 'AS568 %s', '-%s']) % d
            q.put('size', txt)
            q.cons['id'] = [a['id']]
            q.cons['cs'] = [a['cs']]
            q.pref = {'desig': [d]}
            q.tiebreak = True
            q.flags['nodims'] = True
        else:
            s = xsep()
            tpl = rng.choice(['{i}{s}{c}', '{i}{s}{c}', 'Φ{i}{s}{c}', '内径{i} 线径{c}', '{i}{s}{c}mm']) if not en else rng.choice(['{i}x{c}', 'ID{i} CS{c}', '{i}x{c}mm'])
            q.put('size', tpl.format(i=a['id'], s=s, c=a['cs']), 'id', [a['id']])
            q.cons['cs'] = [a['cs']]
        if rng.random() < [0.7, 1, 1][level]:
            q.put('mat', rng.choice(mt[a['mat']]), 'mat', [a['mat']])
        if a.get('hard') and rng.random() < [0.3, 0.8, 1][level]:
            q.put('grade', rng.choice(['%s度', '%sA', '硬度%s', '邵氏%s']) % a['hard'] if not en else 'shore %s' % a['hard'], 'hard', [a['hard']])
        if a.get('brand') not in (None, 'unbranded') and rng.random() < [0.4, 0.9, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
        if a.get('std') == 'GB/T 3452.1' and rng.random() < [0.15, 0.5, 1][level]:
            q.put('std', rng.choice(['GB/T3452.1', 'GB3452.1', '国标3452.1']))
            q.std = ['GB/T 3452.1']
    elif st == 'oilseal':
        w = rng.choice(['油封', '骨架油封', '油封', '唇形密封']) if not en else rng.choice(['oil seal', 'shaft seal'])
        q.put('word', w, 'stype', ['oilseal'])
        s = xsep()
        dims = '%s%s%s%s%s' % (a['d'], s, a['D'], s, a['b'])
        if a.get('lip') and rng.random() < [0.6, 0.95, 1][level]:
            if rng.random() < 0.5:
                dims = a['lip'] + dims
            else:
                q.put('extra', a['lip'] + ('型' if not en and rng.random() < 0.4 else ''))
            q.cons['lip'] = [a['lip']]
        q.put('size', dims, 'd', [a['d']])
        q.cons['D'] = [a['D']]
        q.cons['b'] = [a['b']]
        if rng.random() < [0.5, 0.9, 1][level]:
            q.put('mat', rng.choice(mt[a['mat']]), 'mat', [a['mat']])
        if a['brand'] != 'unbranded' and rng.random() < [0.5, 0.9, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
    elif st in HS_WORD:
        if en:
            q.put('word', HS_EN[st], 'stype', [st])
        else:
            w, al = rng.choice(HS_WORD[st])
            q.put('word', w, 'stype', al)
        s = xsep()
        if rng.random() < 0.25 and level == 0:
            q.put('size', rng.choice(['Φ%s', '%s的', '杆径%s' if st in ('Y_rod', 'UN', 'step', 'wiper') else '缸径%s']) % a['d'], 'd', [a['d']])
        else:
            q.put('size', '%s%s%s%s%s' % (a['d'], s, a['D'], s, a['b']), 'd', [a['d']])
            q.cons['D'] = [a['D']]
            q.cons['b'] = [a['b']]
        if a.get('mat') and rng.random() < [0.5, 0.9, 1][level]:
            q.put('mat', rng.choice(mt[a['mat']]), 'mat', [a['mat']])
        if a['brand'] != 'unbranded' and rng.random() < [0.5, 0.9, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
    elif st == 'bonded':
        w = rng.choice(['组合垫', '组合垫圈', '组合密封垫']) if not en else 'bonded seal'
        q.put('word', w, 'stype', ['bonded'])
        q.put('size', rng.choice(['M%s', 'Φ%s', '%s']) % a['d'], 'd', [a['d']])
        if rng.random() < [0.4, 0.9, 1][level]:
            q.put('mat', rng.choice(mt[a['mat']]), 'mat', [a['mat']])
    elif st == 'copper':
        q.put('word', rng.choice(['紫铜垫', '铜垫片', '铜垫']) if not en else 'copper washer', 'stype', ['copper'])
        s = xsep()
        q.put('size', '%s%s%s%s%s' % (a['d'], s, a['D'], s, a['b']), 'd', [a['d']])
        q.cons['D'] = [a['D']]
        q.cons['b'] = [a['b']]
    return q


# ---------------------------------------------------------------------------
# HYDRAULICS
# ---------------------------------------------------------------------------
FT_WORD = {'GE': [('终端直通', ['GE']), ('端直通接头', ['GE']), ('直通接头', ['GE', 'G']), ('卡套式端直通', ['GE'])],
           'G': [('直通中间接头', ['G']), ('卡套直通', ['G', 'GE']), ('两通接头', ['G'])],
           'W': [('直角接头', ['W', 'EW']), ('卡套弯头', ['W', 'EW']), ('90度弯头', ['W', 'EW'])],
           'EW': [('可调向弯头', ['EW']), ('旋转弯头', ['EW'])],
           'T': [('三通接头', ['T']), ('卡套三通', ['T'])],
           'SV': [('隔板接头', ['SV']), ('穿板直通', ['SV'])]}
FT_EN = {'GE': 'male stud connector', 'G': 'straight union', 'W': 'elbow union', 'EW': 'adjustable elbow', 'T': 'tee union', 'SV': 'bulkhead union'}


def thr(t, lang):
    if t.startswith('M'):
        return t.replace('x', xsep() if rng.random() < 0.6 else 'x').replace('-', 'x')
    if t.startswith('G') and rng.random() < 0.2 and lang != 'en':
        return t.replace('G', 'G') + '"' if False else t
    return t


def hyd_query(cat, num, lang, level):
    a = cat.items[num]['a']
    row = cat.rows[num]
    q = Q('hydraulic', lang)
    ht = a['htype']
    en = lang == 'en' or (lang == 'mixed' and rng.random() < 0.6)
    q.cons['htype'] = [ht]
    if ht == 'fitting':
        ft = a['ftype']
        if en:
            q.put('word', FT_EN[ft], 'ftype', [ft])
        else:
            w, al = rng.choice(FT_WORD[ft])
            q.put('word', w, 'ftype', al)
        s = rng.random()
        if s < 0.5:
            q.put('size', '%s%s' % (a['tube'], a['series']))
        elif s < 0.8:
            q.put('size', 'Φ%s%s' % (a['tube'], a['series']))
        else:
            q.put('size', 'Φ%s %s' % (a['tube'], {'L': '轻型', 'S': '重型'}[a['series']] if not en else {'L': 'light', 'S': 'heavy'}[a['series']]))
        q.cons['tube'] = [a['tube']]
        q.cons['series'] = [a['series']]
        if a.get('thread'):
            q.put('extra', thr(a['thread'], lang), 'thread', [a['thread']])
        if a['mat'] != 'carbon':
            q.put('mat', rng.choice({'304': ['304', '不锈钢304', 'SS304'], '316': ['316', 'SS316', '不锈钢316']}[a['mat']]), 'mat', [a['mat']])
        elif level > 0 and rng.random() < 0.5:
            q.put('mat', rng.choice(['碳钢', '镀锌']) if not en else 'carbon steel', 'mat', ['carbon'])
        if a['brand'] != 'unbranded' and rng.random() < [0.6, 0.95, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
        elif a['brand'] == 'unbranded' and level > 0 and rng.random() < 0.6:
            q.put('brand', '国产' if not en else 'domestic', 'brand', ['unbranded'])
    elif ht == 'adapter':
        t1, t2 = a['threads']
        if rng.random() < 0.5:
            t1, t2 = t2, t1
        w = rng.choice(['过渡接头', '转换接头', '转接头', '变径']) if not en else rng.choice(['adapter', 'adaptor'])
        q.put('word', w)
        q.put('size', rng.choice(['%s转%s', '%s-%s', '%s to %s' if en else '%s转%s', '%s/%s']) % (thr(t1, lang), thr(t2, lang)), 'tpair', [a['tpair']])
    elif ht == 'plug':
        if en:
            q.put('word', {'socket': 'socket plug', 'hex': 'hex plug'}[a['ptype']], 'ptype', [a['ptype']])
        else:
            w, al = rng.choice({'socket': [('内六角螺塞', ['socket']), ('内六角堵头', ['socket']), ('螺塞', ['socket', 'hex'])],
                                'hex': [('外六角螺塞', ['hex']), ('六角堵头', ['hex']), ('堵头', ['socket', 'hex'])]}[a['ptype']])
            q.put('word', w, 'ptype', al)
        q.put('size', thr(a['thread'], lang), 'thread', [a['thread']])
    elif ht == 'testpoint':
        q.put('word', rng.choice(['测压接头', '测压点']) if not en else 'test point', None)
        q.put('size', thr(a['thread'], lang), 'thread', [a['thread']])
        if a['brand'] != 'unbranded' and rng.random() < [0.5, 1, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
        elif level > 0:
            q.put('brand', '国产' if not en else 'domestic', 'brand', ['unbranded'])
    elif ht == 'hose':
        w = rng.choice(['胶管', '高压胶管', '液压软管', '油管']) if not en else rng.choice(['hydraulic hose', 'hose'])
        q.put('word', w)
        h = a['hose']
        r = rng.random()
        if r < 0.7 or en:
            q.put('extra', h, 'hose', [h])
        else:
            layer = {'1SN': ('一层钢丝', ['1SN']), '2SN': ('两层钢丝', ['2SN', 'R2AT']), 'R2AT': ('两层钢丝', ['2SN', 'R2AT']),
                     '4SP': ('四层钢丝', ['4SP', '4SH']), '4SH': ('四层钢丝', ['4SP', '4SH'])}[h]
            q.put('extra', layer[0], 'hose', layer[1])
        q.put('size', rng.choice(['DN%s', '%s通径', 'DN%s', '内径%s']) % a['dn'] if not en else 'DN%s' % a['dn'], 'dn', [a['dn']])
        if a['brand'] != 'unbranded' and rng.random() < [0.6, 1, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
        elif a['brand'] == 'unbranded' and level > 0:
            q.put('brand', '国产' if not en else 'domestic', 'brand', ['unbranded'])
    elif ht == 'hose_assy':
        w = rng.choice(['胶管总成', '油管总成', '高压胶管总成', '软管总成']) if not en else 'hose assembly'
        q.put('word', w)
        if rng.random() < [0.5, 1, 1][level]:
            q.put('extra', a['hose'], 'hose', [a['hose']])
        q.put('size', 'DN%s' % a['dn'], 'dn', [a['dn']])
        L = a['length']
        q.put('extra', rng.choice(['L=%s', '长%s', '%smm', '%s长']) % L if not en else 'L=%s' % L, 'length', [L])
        q.put('extra', rng.choice(['两头%s', '接头%s', '%s']) % thr(a['end'], lang) if not en else 'ends %s' % a['end'], 'end', [a['end']])
    elif ht == 'valve':
        model = a['model']
        vt = a['vtype']
        if a.get('series') and rng.random() < 0.4 and level < 2:
            # decomposed: series + spool + voltage
            if a['series'].startswith('4WE'):
                q.put('size', '%s%s' % (a['series'], a['spool']))
            else:
                q.put('size', '%s %s' % (a['series'], a['spool']))
            q.cons['series'] = [a['series']]
            q.cons['spool'] = [a['spool']]
            q.put('extra', {'DC24': rng.choice(['24V', 'DC24V', '直流24V']), 'AC220': rng.choice(['220V', 'AC220V', '交流220'])}[a['volt']] if not en else
                  {'DC24': '24VDC', 'AC220': '220VAC'}[a['volt']], 'volt', [a['volt']])
            if a.get('sealm') == 'FKM' or (level > 0 and rng.random() < 0.5):
                q.put('extra', {'FKM': rng.choice(['氟胶密封', '/V']), 'NBR': '丁腈密封'}[a['sealm']] if not en else a['sealm'] + ' seals', 'sealm', [a['sealm']])
            q.flags['nodims'] = True
        else:
            txt = model
            r = rng.random()
            if r < 0.15:
                txt = model.lower()
            elif r < 0.3:
                txt = model.replace('/', ' ')
            q.put('size', txt, 'model', [model])
        vw = {'dir': ['电磁阀', '换向阀', '电磁换向阀'], 'relief': ['溢流阀'], 'check': ['单向阀'], 'throttle': ['节流阀'], 'reducing': ['减压阀'],
              'ball': ['球阀', '高压球阀'], 'pump': ['泵', '油泵'], 'accumulator': ['蓄能器']}[vt]
        vwe = {'dir': 'solenoid valve', 'relief': 'relief valve', 'check': 'check valve', 'throttle': 'throttle valve', 'reducing': 'reducing valve',
               'ball': 'ball valve', 'pump': 'pump', 'accumulator': 'accumulator'}[vt]
        if rng.random() < 0.8:
            q.put('word', rng.choice(vw) if not en else vwe)
        if a['brand'] != 'unbranded' and rng.random() < [0.5, 0.9, 1][level]:
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
    elif ht == 'filter':
        model = a['model']
        txt = model.replace('x', rng.choice(['x', '×', '*', 'X'])) if 'x' in model else model
        if rng.random() < 0.15:
            txt = txt.lower()
        q.put('size', txt, 'model', [model])
        q.put('word', rng.choice(['滤芯', '滤芯', '过滤器滤芯']) if not en else 'filter element')
        if rng.random() < [0.3, 0.9, 1][level] and a['brand'] != 'unbranded':
            q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
    elif ht == 'gauge':
        q.put('word', rng.choice(['压力表', '表']) if rng.random() < 0.6 else {'YN': '耐震压力表', 'Y': '普通压力表'}[a['gtype']] if not en else 'pressure gauge')
        if any(p[1] in ('耐震压力表', '普通压力表') for p in q.parts):
            q.cons['gtype'] = [a['gtype']]
        q.put('size', rng.choice(['0-%sMPa', '0~%sMPa', '%s兆帕', '%sMPa']) % a['range'] if not en else '0-%s MPa' % a['range'], 'range', [a['range']])
        if rng.random() < [0.6, 1, 1][level]:
            if rng.random() < 0.5:
                q.put('extra', '%s-%s' % (a['gtype'], a['dia']), 'gtype', [a['gtype']])
                q.cons['dia'] = [a['dia']]
            else:
                q.put('extra', rng.choice(['表盘%s', 'Φ%s', '%s表盘']) % a['dia'] if not en else 'dia %s' % a['dia'], 'dia', [a['dia']])
        if rng.random() < [0.5, 1, 1][level]:
            q.put('extra', thr(a['thread'], lang), 'thread', [a['thread']])
        if a['mount'] == 'axial' or level > 1:
            q.put('extra', {'axial': '轴向', 'radial': '径向'}[a['mount']] if not en else a['mount'], 'mount', [a['mount']])
    return q


# ---------------------------------------------------------------------------
# CODES (drawing numbers, part codes) and alias look-ups
# ---------------------------------------------------------------------------
def code_variants(code):
    v = [code, code, code.replace('-', ''), code.lower(), code.replace('-', ' ')]
    return rng.choice(v)


def code_query(cat, num, lang, level):
    a = cat.items[num]['a']
    q = Q('code', lang)
    c = a['code']
    txt = code_variants(c)
    # the normalised code must still be the code (no accidental merge)
    q.code = c
    q.put('size', txt)
    if rng.random() < [0.5, 0.9, 1][level]:
        q.put('word', a['pname'], 'pname', [a['pname']])
    if rng.random() < 0.3 and lang != 'en':
        q.put('extra', rng.choice(['图号', '零件号', '件号']))
    q.flags['nodims'] = True
    return q


def alias_query(cat, num, lang, level):
    row = cat.rows[num]
    it = cat.items[num]
    als = [x for x in row['aliases'].split(';') if x]
    old = [x for x in als if x.startswith(('旧编码', 'Y0', '旧图号'))]
    q = Q(it['kind'], lang)
    if old and rng.random() < 0.8:
        al = rng.choice(old)
        code = re.sub(r'^(旧编码|旧图号)', '', al)
        word = {'旧编': '老编码', '旧图': '旧图号'}.get(al[:2], rng.choice(['老编码', '旧编码', '老系统编码']))
        q.put('word', word)
        q.put('size', code)
        q.code = code
    else:
        code = row['number']
        q.put('word', rng.choice(['物料编码', '编码', '料号']))
        q.put('size', code)
        q.code = code
    q.flags['nodims'] = True
    q.flags['alias'] = True
    return q


# ---------------------------------------------------------------------------
# OTHER raw materials and consumables
# ---------------------------------------------------------------------------
GRADE_W = {'45': ['45#', '45号钢', '45钢'], '40Cr': ['40Cr', '40cr'], 'Q235': ['Q235', 'A3'], '20': ['20#', '20号'], '42CrMo': ['42CrMo'],
           '304': ['304', '不锈钢304'], '6061': ['6061', '铝6061'], 'H62': ['H62', '黄铜H62'], 'Q345': ['Q345', 'Q345B'] if False else ['Q345']}


def other_query(cat, num, lang, level):
    a = cat.items[num]['a']
    q = Q('other', lang)
    mt = a['mtype']
    en = lang == 'en'
    q.cons['mtype'] = [mt]
    if mt == 'round':
        q.put('word', rng.choice(['圆钢', '圆棒', '棒料', '圆钢料']) if not en else 'round bar')
        q.put('mat', rng.choice(GRADE_W[a['grade']]), 'grade', [a['grade']])
        q.put('size', rng.choice(['Φ%s', '直径%s', 'D%s', 'φ%s', '%s的']) % a['dia'] if not en else 'dia %smm' % a['dia'], 'dia', [a['dia']])
    elif mt == 'plate':
        q.put('word', rng.choice(['钢板', '板材', '板']) if not en else 'steel plate')
        q.put('size', rng.choice(['%s厚', 'δ%s', '%smm厚', '厚度%s']) % a['thick'] if not en else '%smm thick' % a['thick'], 'thick', [a['thick']])
        q.put('mat', rng.choice(GRADE_W[a['grade']]), 'grade', [a['grade']])
    elif mt in ('pipe', 'ptube'):
        q.put('word', {'pipe': rng.choice(['无缝管', '无缝钢管', '钢管']), 'ptube': rng.choice(['精密管', '精密钢管', '液压管'])}[mt] if not en else
              {'pipe': 'seamless pipe', 'ptube': 'precision tube'}[mt])
        s = xsep()
        q.put('size', rng.choice(['Φ', '', 'φ']) + '%s%s%s' % (a['od'], s, a['wall']), 'od', [a['od']])
        q.cons['wall'] = [a['wall']]
    elif mt in ('hyd_oil', 'gear_oil', 'grease'):
        g = a['grade']
        if mt == 'hyd_oil':
            q.put('word', rng.choice(['液压油', '抗磨液压油', '%s号液压油' % g]) if not en else 'hydraulic oil')
            if not any('%s号' % g in t for _, t in q.parts):
                q.put('size', rng.choice(['%s号', '%s#', 'L-HM%s', 'HM%s']) % g)
        elif mt == 'gear_oil':
            q.put('word', rng.choice(['齿轮油', '工业齿轮油']) if not en else 'gear oil')
            q.put('size', rng.choice(['%s号', 'CKC%s', 'L-CKC%s']) % g)
        else:
            q.put('word', rng.choice(['锂基脂', '黄油', '锂基润滑脂']) if not en else 'lithium grease')
            q.put('size', rng.choice(['%s号', '%s#', '%s#']) % g)
        q.cons['grade'] = [g]
        q.put('brand', brand_word(a['brand'], lang), 'brand', [a['brand']])
        if rng.random() < [0.5, 1, 1][level]:
            q.put('extra', a['pack'].lower() if rng.random() < 0.4 else a['pack'].replace('KG', '公斤') if not en else a['pack'], 'pack', [a['pack']])
        q.flags['nodims'] = True
    elif mt == 'loctite':
        q.put('word', rng.choice(['乐泰', 'loctite', '乐泰胶']))
        q.put('size', a['model'], 'model', [a['model']])
        if rng.random() < [0.5, 1, 1][level]:
            q.put('extra', a['pack'], 'pack', [a['pack']])
        q.flags['nodims'] = True
    elif mt == 'tie':
        q.put('word', rng.choice(['扎带', '尼龙扎带']) if not en else 'cable tie')
        q.put('size', '%s%s%s' % (a['w'], xsep(), a['l']), 'w', [a['w']])
        q.cons['l'] = [a['l']]
        q.flags['nodims'] = True
    else:
        return None
    return q


# ---------------------------------------------------------------------------
# style: wrappers, traditional characters, voice, typos
# ---------------------------------------------------------------------------
UNIT = {'fastener': ['个', '只', '套', '盒'], 'bearing': ['套', '个', '只'], 'seal': ['个', '条', '只'], 'hydraulic': ['个', '根', '只', '件'],
        'code': ['件', '个', '套'], 'other': ['公斤', '米', '根', '桶', '支']}
ZH_TPL = ['{x}', '{x}还有多少', '{x} 还剩多少', '帮我查下{x}', '帮我查一下{x}的库存', '有没有{x}', '{x}有货吗', '{x} 有没有货', '查一下{x}',
          '请问{x}还有吗', '仓库还有{x}吗', '{x}库存多少', '要{n}{u}{x}', '{x} 要{n}{u}', '领{n}{u}{x}', '{x}，要{n}{u}，急用', '麻烦看下{x}在哪个库位',
          '{x}还够不够', '@仓库 {x} 有吗', '师傅，{x}还有没有', '{x} 帮忙备{n}{u}', '急！{x}', '采购问下{x}的价格', '{x}这个料还有吗']
EN_TPL = ['do we have {x}?', '{x} in stock?', 'need {n} pcs {x}', 'pls check stock: {x}', 'how many {x} left', '{x} qty?', '{x}',
          'any {x} in store?', 'stock of {x} pls']
MIX_TPL = ['{x} 有货吗', '{x} stock还有多少', '帮我check一下{x}', '{x} 要{n}{u}', '{x}还有吗', '有没有{x}', '{x} in stock吗']
HANT = {'帮': '幫', '查': '查', '还': '還', '没': '沒', '吗': '嗎', '库': '庫', '货': '貨', '个': '個', '只': '隻', '请': '請', '问': '問',
        '么': '麼', '几': '幾', '号': '號', '规': '規', '图': '圖', '编': '編', '码': '碼', '标': '標', '国': '國', '进': '進', '产': '產',
        '轴': '軸', '丝': '絲', '钉': '釘', '垫': '墊', '钢': '鋼', '锈': '鏽', '镀': '鍍', '锌': '鋅', '发': '發', '级': '級', '头': '頭',
        '圆': '圓', '内': '內', '弹': '彈', '销': '銷', '键': '鍵', '挡': '擋', '环': '環', '铆': '鉚', '锁': '鎖', '紧': '緊', '龙': '龍',
        '盘': '盤', '胶': '膠', '组': '組', '铜': '銅', '阀': '閥', '电': '電', '换': '換', '压': '壓', '总': '總', '过': '過', '弯': '彎',
        '滤': '濾', '无': '無', '缝': '縫', '长': '長', '厚': '厚', '蓝': '藍', '热': '熱', '达': '達', '罗': '羅', '乘': '乘', '对': '對',
        '东': '東', '开': '開', '关': '關', '体': '體', '块': '塊', '盖': '蓋', '兰': '蘭', '齿': '齒', '轮': '輪', '联': '聯', '机': '機',
        '准': '準', '质': '質', '双': '雙', '层': '層', '两': '兩', '单': '單', '节': '節', '减': '減', '测': '測', '点': '點', '调': '調',
        '滚': '滾', '针': '針', '线': '線', '径': '徑', '骨': '骨', '架': '架', '唇': '唇', '尘': '塵', '导': '導', '带': '帶', '磨': '磨',
        '腈': '腈', '硅': '矽', '乙': '乙', '丙': '丙', '聚': '聚', '氨': '氨', '酯': '酯', '氟': '氟', '夹': '夾', '布': '布', '华': '華',
        '拉': '拉', '抽': '抽', '芯': '芯', '盒': '盒', '领': '領', '备': '備', '价': '價', '格': '格', '够': '夠', '师': '師', '傅': '傅',
        '仓': '倉', '这': '這', '料': '料', '急': '急', '用': '用', '麻': '麻', '烦': '煩', '看': '看', '下': '下', '位': '位', '购': '購',
        '采': '採', '条': '條', '套': '套', '车': '車', '专': '專', '顶': '頂', '帽': '帽', '锥': '錐', '钻': '鑽', '凹': '凹', '卡': '卡',
        '簧': '簧', '种': '種', '类': '類', '铁': '鐵', '铝': '鋁', '制': '製', '纹': '紋', '牙': '牙', '薄': '薄', '黑': '黑', '彩': '彩',
        '锂': '鋰', '脂': '脂', '润': '潤', '滑': '滑', '钉': '釘', '门': '門', '尔': '爾', '滨': '濱', '轻': '輕', '镍': '鎳', '铬': '鉻',
        '计': '計', '压力': '壓力', '表': '錶', '震': '震', '耐': '耐', '阶': '階', '梯': '梯', '莱': '萊', '斯': '斯', '特': '特',
        '边': '邊', '处': '處', '里': '裡', '剩': '剩', '该': '該', '会': '會', '贵': '貴', '优': '優', '应': '應', '态': '態', '样': '樣',
        '给': '給', '数': '數', '量': '量', '库存': '庫存', '恩': '恩', '凯': '凱', '孚': '孚', '光': '光', '洋': '洋', '哈': '哈', '瓦': '瓦',
        '洛': '洛', '油': '油', '研': '研', '力': '力', '士': '士', '乐': '樂', '派': '派', '克': '克', '伊': '伊', '顿': '頓', '黎': '黎',
        '温': '溫', '州': '州', '城': '城', '昆': '崑', '仑': '崙', '美': '美', '泰': '泰', '锻': '鍛', '钝': '鈍', '氧': '氧', '化': '化',
        '兆': '兆', '帕': '帕', '转': '轉', '变': '變', '堵': '堵', '塞': '塞', '通': '通', '隔': '隔', '板': '板', '穿': '穿', '旋': '旋',
        '蓄': '蓄', '能': '能', '器': '器', '泵': '泵', '软': '軟', '编': '編', '织': '織', '缠': '纏', '绕': '繞', '吊': '吊', '螺': '螺',
        '栓': '栓', '母': '母', '片': '片', '圈': '圈', '柱': '柱', '沉': '沉', '杯': '杯', '十': '十', '字': '字', '紧定': '緊定',
        '镇': '鎮', '细': '細', '粗': '粗', '见': '見', '买': '買', '卖': '賣', '钱': '錢', '间': '間', '时': '時', '现': '現', '实': '實',
        '当': '當', '从': '從', '强': '強', '终': '終', '贺': '賀', '沟': '溝', '钩': '鉤', '档': '檔', '订': '訂', '链': '鏈', '绿': '綠', '红': '紅', '铸': '鑄', '检': '檢', '验': '驗', '扩': '擴', '护': '護', '显': '顯', '础': '礎', '纤': '纖', '维': '維', '缩': '縮', '级': '級', '统': '統', '经': '經', '结': '結', '图': '圖', '错': '錯', '贴': '貼', '钝': '鈍', '园': '園', '钣': '鈑', '坏': '壞', '种': '種', '么': '麼', '宽': '寬', '梅': '梅', '损': '損', '阳': '陽', '离': '離', '际': '際', '为': '為', '们': '們', '个': '個', '还剩': '還剩', '务': '務', '货': '貨', '确': '確', '认': '認'}
HANT_TERMS = [('轴承', ['軸承', '軸承', '培林']), ('螺丝', ['螺絲']), ('平垫', ['華司', '平墊']), ('不锈钢', ['不鏽鋼', '白鐵']),
              ('内六角', ['內六角']), ('库存', ['庫存']), ('油封', ['油封'])]
VOICE_ERR = [('内六角', '内六脚'), ('轴承', '轴成'), ('油封', '油风'), ('氟胶', '福胶'), ('丁腈', '丁晴'), ('弹垫', '弹电'),
             ('螺栓', '罗栓'), ('垫片', '垫篇'), ('密封圈', '密封全'), ('O型圈', '欧型圈'), ('胶管', '交管'), ('滤芯', '绿芯'),
             ('发黑', '发嘿'), ('镀锌', '度锌'), ('螺母', '罗母'), ('法兰', '发兰'), ('卡簧', '卡黄'), ('圆钢', '元钢')]
TYPOS = [('内六角圆柱头螺钉', ['内六角园柱头螺钉', '内六角圆住头螺钉', '内六角圆柱螺钉']), ('六角头螺栓', ['六角头螺拴', '六脚头螺栓']),
         ('深沟球轴承', ['深沟求轴承', '深钩球轴承']), ('圆锥滚子轴承', ['园锥滚子轴承', '圆锥磙子轴承']), ('调心滚子轴承', ['调芯滚子轴承', '调心棍子轴承']),
         ('骨架油封', ['骨驾油封', '骨架油风']), ('电磁换向阀', ['电磁换相阀', '电磁焕向阀']), ('尼龙锁紧螺母', ['尼龙锁进螺母', '尼龙锁紧罗母']),
         ('弹簧垫圈', ['弹黄垫圈']), ('双头螺柱', ['双头螺住']), ('孔用弹性挡圈', ['孔用弹性档圈']), ('轴用弹性挡圈', ['轴用弹性档圈']),
         ('无缝钢管', ['无缝刚管']), ('抗磨液压油', ['抗摩液压油']), ('圆柱滚子轴承', ['园柱滚子轴承']), ('外六角全螺纹螺栓', ['外六角全螺文螺栓']),
         ('半圆头内六角螺钉', ['半园头内六角螺钉']), ('角接触球轴承', ['角解触球轴承']), ('内六角沉头螺钉', ['内六角沉头罗钉']),
         ('外六角半牙螺栓', ['外六角半芽螺栓']), ('平端紧定螺钉', ['平端紧订螺钉']), ('锥端紧定螺钉', ['锥端紧订螺钉']), ('凹端紧定螺钉', ['凹端紧订螺钉']),
         ('高压胶管总成', ['高压交管总成']), ('推力球轴承', ['推立球轴承']), ('终端直通', ['终端直痛']), ('耐震压力表', ['耐振压力表']),
         ('六角法兰螺栓', ['六角法兰螺拴']), ('外六角螺栓', ['外六角螺拴', '外六脚螺栓']), ('内六角螺钉', ['内六角螺丁']),
         ('十字盘头螺钉', ['十字盘头罗钉']), ('双头螺栓', ['双头螺拴']), ('轴用Y形圈', ['轴用Y行圈']), ('孔用Y形圈', ['孔用Y行圈']),
         ('可调向弯头', ['可调相弯头']), ('直通中间接头', ['直通中间节头']), ('过渡接头', ['过度接头']), ('组合密封垫', ['组合密风垫']),
         ('精密钢管', ['精密刚管']), ('锂基润滑脂', ['锂基润滑指']), ('滚针轴承', ['滚真轴承']), ('关节轴承', ['关节轴成']),
         ('带座轴承', ['带坐轴承']), ('外球面轴承', ['外球面轴成']), ('防尘密封', ['防尘密风']), ('尼龙锁紧螺母', ['尼龙锁紧螺毋']),
         ('内六角螺丝', ['内六角螺思']), ('全牙外六角', ['全芽外六角']), ('沉头内六角', ['沉头内六脚']), ('圆头内六角', ['园头内六角']),
         ('紧定螺钉', ['紧订螺钉']), ('抽芯铆钉', ['抽芯柳钉']), ('弹簧垫圈', ['弹簧垫卷']), ('平垫圈', ['平垫卷']),
         ('hydraulic hose', ['hydralic hose']), ('flat washer', ['flat washr']), ('stainless', ['stainles']), ('bearing', ['bearring']),
         ('socket head cap screw', ['socket haed cap screw', 'sockt head cap screw']), ('deep groove ball bearing', ['deep grove ball bearing']),
         ('spherical roller bearing', ['spherical roler bearing']), ('hex head bolt', ['hex haed bolt'])]


def to_hant(s):
    for a, bs in HANT_TERMS:
        if a in s:
            s = s.replace(a, rng.choice(bs))
    return ''.join(HANT.get(ch, ch) for ch in s)


def to_voice(s):
    s = re.sub(r'(?<=\d)\s*[x×*X]\s*(?=\d)', lambda m: '乘' if rng.random() < 0.85 else m.group(0), s)
    s = re.sub(r'(?<=[A-Za-z0-9])-(?=[A-Za-z0-9])', lambda m: rng.choice(['杠', ' ', '杠']), s)
    s = s.replace('/', rng.choice(['斜杠', ' '])).replace('Φ', '直径').replace('φ', '直径').replace('#', '号')
    s = re.sub(r'[？?，,。!！：:@]', ' ', s)
    if rng.random() < 0.5:
        s = s.lower()
    for a, b in VOICE_ERR:
        if a in s and rng.random() < 0.35:
            s = s.replace(a, b, 1)
            break
    if rng.random() < 0.45:
        s = rng.choice(['那个', '嗯', '喂', '就是那个', '呃 ']) + s
    if rng.random() < 0.3:
        s += rng.choice(['的', '的那个', '啊', '呢'])
    return re.sub(r'\s+', ' ', s).strip()


def typo(s, lang):
    for a, bs in TYPOS:
        if a in s:
            return s.replace(a, rng.choice(bs), 1), True
    return s, False


def finish(q, style, row_unit=None):
    toks = order_parts(q.parts, q.lang)
    x = join_tokens(toks, q.lang)
    n = rng.choice([2, 4, 5, 6, 10, 20, 50, 100]) if q.kind == 'fastener' else rng.choice([1, 2, 2, 3, 4, 5, 10])
    u = rng.choice(UNIT[q.kind])
    if row_unit and re.fullmatch(r'[\u4e00-\u9fff]', row_unit) and rng.random() < 0.7:
        u = row_unit
    if style == 'en':
        t = rng.choice(EN_TPL)
    elif style == 'mixed':
        t = rng.choice(MIX_TPL + ZH_TPL[:12])
    else:
        t = rng.choice(ZH_TPL)
    text = t.format(x=x, n=n, u=u)
    q.flags.pop('typo', None)
    if style in ('zh', 'mixed', 'zh-hant', 'en') and rng.random() < 0.2:
        text, hit = typo(text, style)
        if hit:
            q.flags['typo'] = True
    if style == 'zh-hant':
        text = to_hant(text)
    elif style == 'voice':
        text = to_voice(text)
    return text


def is_mixed_ok(text):
    return bool(re.search(r'[\u4e00-\u9fff]', text)) and bool(re.search(r'\b(?!M\d)[A-Za-z]{3,}\b', re.sub(r'\b(SKF|FAG|NSK|NTN|KOYO|HRB|ZWZ|LYC|NOK|GB|DIN|ISO|JIS|NBR|FKM|EPDM|PU|PTFE|HDG|ZP|DN|MPa|UNF|NPT|JIC|HYDAC|YUKEN|REXROTH|L-HM|CKC|[A-Z0-9\-/\.]+)\b', '', text)))


# ---------------------------------------------------------------------------
# null queries: things the catalogue does not hold
# ---------------------------------------------------------------------------
def null_queries(cat):
    out = []
    items = cat.items
    # fasteners: a standard length missing for that size in every family the word could mean
    fams_tried = 0
    fast = [n for n in cat.order if items[n]['kind'] == 'fastener' and 'len' in items[n]['a'] and 'd' in items[n]['a']]
    rng.shuffle(fast)
    made = {'fastener': 0, 'bearing': 0, 'seal': 0, 'hydraulic': 0, 'code': 0, 'other': 0}
    for n in fast:
        if made['fastener'] >= NULLS['fastener']:
            break
        a = items[n]['a']
        for L in rng.sample([20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 120, 150], 16):
            style = wchoice(STYLE_W)
            lang = 'en' if style == 'en' else ('mixed' if style == 'mixed' else 'zh')
            q = fastener_query(cat, n, lang, 0)
            q.cons['len'] = [L]
            q.parts = [(s, t.replace(str(a['len']), str(L)) if s == 'size' else t) for s, t in q.parts]
            if str(L) not in ''.join(t for s, t in q.parts if s == 'size'):
                continue
            q.flags['core'] = ['fam', 'd', 'len', 'pitch', 'mat']
            rec = record(q, None, style)
            rec['null_cons'] = {k: v for k, v in rec['cons'].items() if k in ('d', 'len', 'pitch', 'mat')}
            rec['null_cons']['fam'] = LENFAM
            if rec and not cat.null_hits(rec):
                out.append(rec)
                made['fastener'] += 1
                break
    # bearings: designations the plant never bought
    for base, word in [('6317', '轴承'), ('6218-2RS', '深沟球轴承'), ('22318', '调心滚子轴承'), ('7214', '角接触轴承'), ('NU2214', '圆柱滚子轴承')]:
        if made['bearing'] >= NULLS['bearing']:
            break
        b = re.match(r'[A-Z]*\d+', base).group(0)
        if any(it['a'].get('base') == b for it in items.values()):
            continue
        style = wchoice([('zh', 60), ('mixed', 20), ('voice', 20)])
        q = Q('bearing', 'zh')
        q.put('word', word)
        q.put('size', base, 'base', [b])
        if rng.random() < 0.5:
            br = rng.choice(['SKF', 'NSK', 'HRB'])
            q.put('brand', brand_word(br, 'zh'), 'brand', [br])
        q.flags['core'] = ['base']
        out.append(record(q, None, style))
        made['bearing'] += 1
    # seals: sizes not held
    for idv, cs, m in [(87.5, 3.55, 'FKM'), (33, 2.4, 'NBR'), (142, 5.3, 'NBR')]:
        if any(it['a'].get('stype') == 'oring' and canon(it['a'].get('id')) == canon(idv) and canon(it['a'].get('cs')) == canon(cs)
               for it in items.values()):
            continue
        q = Q('seal', 'zh')
        q.put('word', rng.choice(['O型圈', 'O形圈']), 'stype', ['oring'])
        q.put('size', '%s%s%s' % (canon(idv), xsep(), canon(cs)), 'id', [canon(idv)])
        q.cons['cs'] = [canon(cs)]
        q.put('mat', rng.choice(MAT_S[m]), 'mat', [m])
        q.flags['core'] = ['stype', 'id', 'cs']
        out.append(record(q, None, wchoice([('zh', 60), ('zh-hant', 20), ('voice', 20)])))
        made['seal'] += 1
    for d, D, b in [(36, 58, 8), (48, 72, 9)]:
        if made['seal'] >= NULLS['seal']:
            break
        q = Q('seal', 'zh')
        q.put('word', '骨架油封', 'stype', ['oilseal'])
        q.put('size', 'TC%s*%s*%s' % (d, D, b), 'd', [d])
        q.cons['D'] = [D]
        q.cons['b'] = [b]
        q.flags['core'] = ['stype', 'd', 'D', 'b']
        out.append(record(q, None, 'zh'))
        made['seal'] += 1
    # hydraulics
    for model, word, br in [('4WE10D3X/CW230N9K4', '电磁阀', 'Rexroth'), ('DSG-03-3C60-D24-N1-50', '电磁换向阀', 'Yuken')]:
        q = Q('hydraulic', 'zh')
        q.put('word', word)
        q.put('size', model, 'model', [model])
        q.put('brand', brand_word(br, 'zh'), 'brand', [br])
        q.cons['htype'] = ['valve']
        q.flags['core'] = ['htype', 'model']
        q.flags['nodims'] = True
        out.append(record(q, None, rng.choice(['zh', 'mixed'])))
        made['hydraulic'] += 1
    # code
    for c, nm in [('X-117', '支架'), ('X-143', '端盖')]:
        if made['code'] >= NULLS['code']:
            break
        q = Q('code', 'zh')
        q.put('size', c)
        q.put('word', nm)
        q.code = c
        q.flags['core'] = []
        q.flags['nodims'] = True
        rec = record(q, None, 'zh')
        if not cat.null_hits(rec):
            out.append(rec)
            made['code'] += 1
    # other
    q = Q('other', 'zh')
    q.cons['mtype'] = ['round']
    q.put('word', '圆钢')
    q.put('mat', '45#', 'grade', ['45'])
    q.put('size', 'Φ33', 'dia', [33])
    q.flags['core'] = ['mtype', 'grade', 'dia']
    out.append(record(q, None, 'zh'))
    made['other'] += 1
    return out


ROW_UNIT = {}


def record(q, expect, style):
    if q is None:
        return None
    text = finish(q, style, ROW_UNIT.get(expect))
    if style == 'en' and re.search(r'[\u4e00-\u9fff]', text):
        style = 'mixed'      # a Chinese part name or grade slipped into an English line
    rec = dict(query=text, expect=expect, kind=q.kind, style=style, cons=q.cons)
    if q.std:
        rec['std'] = q.std
    if q.pref:
        rec['pref'] = q.pref
        rec['tiebreak'] = q.tiebreak
    if q.code is not None:
        rec['code'] = q.code
    if 'core' in q.flags:
        rec['core'] = q.flags['core']
    if q.flags.get('nodims'):
        rec['nodims'] = True
    for k in ('declared_std', 'oldcode', 'alias', 'prefix_of', 'typo'):
        if q.flags.get(k):
            rec[k] = q.flags[k]
    return rec


PREFIX_N = {'code': 8, 'hydraulic': 6, 'seal': 3, 'other': 2}


def code_of(it):
    a = it['a']
    if it['kind'] == 'code':
        return a.get('code'), 'code'
    if a.get('model'):
        return a['model'], 'model'
    if a.get('desig'):
        return a['desig'], 'desig'
    return None, None


def prefix_queries(cat, kind, nums, used, seen_text):
    if kind not in PREFIX_N:
        return []
    codes = {}
    for n in nums:
        c, how = code_of(cat.items[n])
        if c:
            codes.setdefault(norm_code(c), []).append(n)
    keys = sorted(codes)
    shorts = []
    for k in keys:
        longer = [k2 for k2 in keys if k2 != k and k2.startswith(k)]
        if longer:
            shorts.append(k)
    rng.shuffle(shorts)
    shorts.sort(key=lambda k: k != 'X115')   # the case named in the issue goes first
    out = []
    for k in shorts:
        if len(out) >= PREFIX_N[kind]:
            break
        for n in codes[k]:
            if n in used:
                continue
            for _ in range(12):
                style = wchoice(STYLE_W)
                lang = 'en' if style == 'en' else ('mixed' if style == 'mixed' else 'zh')
                q = BUILDERS[kind](cat, n, lang, rng.choice([0, 1]))
                if q is None:
                    continue
                rec = record(q, n, style)
                stated = rec.get('code') or (rec['cons'].get('model') or [None])[0] or ((rec.get('pref') or {}).get('desig') or [None])[0]
                if not stated or norm_code(str(stated)) != k:
                    continue
                if style == 'mixed' and not is_mixed_ok(rec['query']):
                    rec['style'] = 'zh'
                if rec['query'] in seen_text or check_one(cat, rec):
                    continue
                rec['prefix_of'] = [k2 for k2 in keys if k2 != k and k2.startswith(k)]
                out.append(rec)
                used.add(n)
                seen_text.add(rec['query'])
                break
            break
    return out


BUILDERS = {'fastener': fastener_query, 'bearing': bearing_query, 'seal': seal_query, 'hydraulic': hyd_query, 'code': code_query,
            'other': other_query}
# sub-populations to spread the test over (weight per item group)
SUBKEY = {'fastener': lambda a: fam_of(a)[0], 'bearing': lambda a: a['btype'], 'seal': lambda a: a['stype'], 'hydraulic': lambda a: a['htype'],
          'code': lambda a: a['code'].split('-')[0], 'other': lambda a: a['mtype']}


def main():
    cat = Catalogue()
    for n, r in cat.rows.items():
        ROW_UNIT[n] = r['unit']
    out = []
    seen_text = set()
    used = set()
    n_alias = {'fastener': 3, 'bearing': 2, 'seal': 2, 'hydraulic': 2, 'other': 1}
    for kind in ['fastener', 'bearing', 'seal', 'hydraulic', 'code', 'other']:
        nums = [n for n in cat.order if cat.items[n]['kind'] == kind]
        groups = {}
        for n in nums:
            groups.setdefault(SUBKEY[kind](cat.items[n]['a']), []).append(n)
        target = QUOTA[kind] - NULLS[kind]
        made = []
        # alias / old-number look-ups first
        for _ in range(n_alias.get(kind, 0)):
            for _try in range(50):
                n = rng.choice(nums)
                if n in used:
                    continue
                if not any(x.startswith(('旧编码', 'Y0')) for x in cat.rows[n]['aliases'].split(';')) and rng.random() < 0.7:
                    continue
                style = wchoice([('zh', 70), ('voice', 15), ('zh-hant', 15)])
                q = alias_query(cat, n, 'zh', 0)
                rec = record(q, n, style)
                if rec and rec['query'] not in seen_text and not check_one(cat, rec):
                    made.append(rec)
                    used.add(n)
                    seen_text.add(rec['query'])
                    break
        # old Chinese bearing designations (180205 = 6205-2RS, 8105 = 51105, 7205E = 30205 ...)
        if kind == 'bearing':
            olds = [n for n in nums if any(re.fullmatch(r'\d{4,6}[A-Z]{0,2}', x) for x in cat.rows[n]['aliases'].split(';'))]
            rng.shuffle(olds)
            k_old = 0
            for n in olds:
                if k_old >= 5:
                    break
                for _ in range(15):
                    style = wchoice([('zh', 60), ('mixed', 15), ('voice', 15), ('zh-hant', 10)])
                    q = bearing_query(cat, n, 'mixed' if style == 'mixed' else 'zh', rng.choice([0, 1]))
                    if not q.flags.get('oldcode'):
                        continue
                    rec = record(q, n, style)
                    if rec['query'] in seen_text or check_one(cat, rec):
                        continue
                    made.append(rec)
                    used.add(n)
                    seen_text.add(rec['query'])
                    k_old += 1
                    break
        # codes that are a prefix of a longer code: ask for the short one (X-115 vs X-115B / X-1150)
        made += prefix_queries(cat, kind, nums, used, seen_text)
        keys = sorted(groups)
        attempts = 0
        while len(made) < target and attempts < 20000:
            attempts += 1
            g = rng.choice(keys) if rng.random() < 0.55 else SUBKEY[kind](cat.items[rng.choice(nums)]['a'])
            n = rng.choice(groups[g])
            if n in used:
                continue
            style = wchoice(STYLE_W)
            lang = 'en' if style == 'en' else ('mixed' if style == 'mixed' else 'zh')
            for level in (0, 1, 2):
                q = BUILDERS[kind](cat, n, lang, level)
                if q is None:
                    break
                rec = record(q, n, style)
                if style == 'mixed' and not is_mixed_ok(rec['query']):
                    rec['style'] = 'zh' if not re.search(r'[A-Za-z]{3,}', rec['query']) else 'mixed'
                if rec['query'] in seen_text:
                    break
                errs = check_one(cat, rec)
                if not errs:
                    made.append(rec)
                    used.add(n)
                    seen_text.add(rec['query'])
                    break
        out += made
    out += [r for r in null_queries(cat) if r]
    # numbering / shuffle deterministically
    rng.shuffle(out)
    with open(os.path.join(HERE, 'queries.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps({k: r[k] for k in ('query', 'expect', 'kind', 'style')}, ensure_ascii=False) + '\n')
    with open(os.path.join(HERE, 'queries_meta.jsonl'), 'w', encoding='utf-8') as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + '\n')
    by = {}
    for r in out:
        by.setdefault(r['kind'], [0, 0])
        by[r['kind']][0] += 1
        by[r['kind']][1] += r['expect'] is None
    st = {}
    for r in out:
        st[r['style']] = st.get(r['style'], 0) + 1
    print('queries', len(out), by, st)


if __name__ == '__main__':
    main()
