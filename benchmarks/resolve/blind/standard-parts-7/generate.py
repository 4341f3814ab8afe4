#!/usr/bin/env python3
"""Blind standard-parts catalogue for 无锡锡梁纺机 (looms & spinning frames). stdlib only, fixed seed."""
import json, random

SEED = 20240607
CN = '零一二三四五六七八九'

def spoken(n):
    """spoken Chinese reading of a number string (voice input)."""
    s = str(n)
    if '.' in s:
        a, b = s.split('.')
        return spoken(a) + '点' + ''.join(CN[int(c)] for c in b)
    n = int(s)
    if n < 10: return CN[n]
    if n < 20: return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100: return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    if n < 1000:
        r = n % 100
        t = CN[n // 100] + '百'
        if r == 0: return t
        if r < 10: return t + '零' + CN[r]
        return t + CN[r // 10] + '十' + (CN[r % 10] if r % 10 else '')
    return ''.join(CN[int(c)] for c in s)

def digits(s):
    return ''.join(CN[int(c)] if c.isdigit() else c for c in s)

def norm(s):
    return s.upper().replace(' ', '').replace('×', 'X').replace('*', 'X')

TW = str.maketrans('轴承螺钉垫圈镀锌发黑头沉双紧钢锈铜电缸阀带齿轮弹簧线无锡标准圆', '軸承螺釘墊圈鍍鋅發黑頭沉雙緊鋼鏽銅電缸閥帶齒輪彈簧線無錫標準圓')

# ---------------- families: (zh formal, shorthand, english, traditional, japanese)
FN = {
 'hexbolt': ('六角头螺栓', '外六角螺栓', 'hex bolt', '六角頭螺栓', '六角ボルト'),
 'socketcap': ('内六角圆柱头螺钉', '内六角螺丝', 'socket head cap screw', '內六角圓柱頭螺釘', '六角穴付きボルト'),
 'hexnut': ('六角螺母', '螺帽', 'hex nut', '六角螺帽', '六角ナット'),
 'flatwasher': ('平垫圈', '平垫', 'flat washer', '平墊圈', '平座金'),
 'springwasher': ('弹簧垫圈', '弹垫', 'spring washer', '彈簧墊圈', 'ばね座金'),
 'setscrew': ('内六角紧定螺钉', '机米螺丝', 'socket set screw', '內六角緊定螺釘', '六角穴付き止めねじ'),
 'csk': ('内六角沉头螺钉', '沉头内六角', 'countersunk socket screw', '內六角沉頭螺釘', '六角穴付き皿ボルト'),
 'stud': ('双头螺柱', '双头丝', 'stud bolt', '雙頭螺柱', '植込みボルト'),
 'dgbb': ('深沟球轴承', '轴承', 'deep groove ball bearing', '深溝球軸承', '深溝玉軸受'),
 'needle': ('滚针轴承', '滚针', 'needle roller bearing', '滾針軸承', '針状ころ軸受'),
 'gebrg': ('向心关节轴承', '关节轴承', 'spherical plain bearing', '向心關節軸承', '球面すべり軸受'),
 'oring': ('O形密封圈', 'O型圈', 'O-ring', 'O型環', 'Oリング'),
 'oilseal': ('骨架油封', '油封', 'oil seal', '骨架油封', 'オイルシール'),
 'cyl': ('标准气缸', '气缸', 'pneumatic cylinder', '標準氣缸', 'エアシリンダ'),
 'sv': ('电磁换向阀', '电磁阀', 'solenoid valve', '電磁換向閥', '電磁弁'),
 'fitting': ('快插接头', '快插', 'push-in fitting', '快插接頭', 'ワンタッチ継手'),
 'tube': ('聚氨酯气管', 'PU管', 'PU air tube', '聚氨酯氣管', 'ウレタンチューブ'),
 'prox': ('接近开关', '接近开关', 'proximity sensor', '接近開關', '近接センサ'),
 'relay': ('中间继电器', '继电器', 'relay', '中間繼電器', 'リレー'),
 'terminal': ('冷压管型端子', '针型端子', 'ferrule terminal', '冷壓管型端子', '棒端子'),
 'motor': ('三相异步电动机', '电机', 'three-phase motor', '三相異步電動機', '三相誘導モータ'),
 'reducer': ('蜗轮蜗杆减速机', '减速机', 'worm gear reducer', '蝸輪蝸桿減速機', 'ウォーム減速機'),
 'syncbelt': ('同步带', '同步带', 'timing belt', '同步帶', 'タイミングベルト'),
 'vbelt': ('三角带', 'V带', 'V-belt', '三角帶', 'Vベルト'),
 'gear': ('直齿圆柱齿轮', '齿轮', 'spur gear', '直齒圓柱齒輪', '平歯車'),
}
CAT = {'hexbolt': '紧固件', 'socketcap': '紧固件', 'hexnut': '紧固件', 'flatwasher': '紧固件', 'springwasher': '紧固件',
       'setscrew': '紧固件', 'csk': '紧固件', 'stud': '紧固件', 'dgbb': '轴承', 'needle': '轴承', 'gebrg': '轴承',
       'oring': '密封件', 'oilseal': '密封件', 'cyl': '气动元件', 'sv': '气动元件', 'fitting': '气动元件', 'tube': '气动元件',
       'prox': '电气元件', 'relay': '电气元件', 'terminal': '电气元件', 'motor': '电机减速机', 'reducer': '电机减速机',
       'syncbelt': '传动件', 'vbelt': '传动件', 'gear': '传动件'}
CC = {'紧固件': '01', '轴承': '02', '密封件': '03', '气动元件': '04', '电气元件': '05', '电机减速机': '06', '传动件': '07'}
EQUIV = {'GB/T 5782': 'ISO 4014', 'GB/T 5783': 'ISO 4017', 'GB/T 70.1': 'ISO 4762', 'GB/T 6170': 'ISO 4032',
         'GB/T 97.1': 'ISO 7089', 'GB/T 70.3': 'ISO 10642'}

def std_surf(std, style, rng):
    body, num = std.split(' ', 1) if not std.startswith('GB/T') else ('GB/T', std[5:])
    if style == 'voice':
        return {'GB/T': '国标', 'DIN': '德标', 'JIS': 'JIS', 'ISO': 'ISO'}[body] + digits(num.replace('.', '点'))
    if body == 'GB/T':
        opts = ['GB/T ' + num, 'GB/T' + num, 'GB' + num, '国标' + num, 'GB ' + num]
        if style == 'traditional': opts = ['國標' + num, 'GB/T ' + num]
        if style == 'formal': opts = ['GB/T ' + num, 'GB/T ' + num + '-2016' if num == '5782' else 'GB/T ' + num]
    elif body == 'DIN':
        opts = ['DIN ' + num, 'DIN' + num, '德标' + num, 'DIN-' + num]
        if style == 'traditional': opts = ['德標' + num, 'DIN ' + num]
    elif body == 'JIS':
        opts = ['JIS ' + num, 'JIS ' + num[0] + ' ' + num[1:], 'JIS' + num]
    else:
        opts = ['ISO ' + num, 'ISO' + num]
    return rng.choice(opts)

GRADE_S = {'A2-70': (['A2-70', 'SS304', '304', '不锈钢304', '304不锈钢'], ['A2-70', 'SS304', 'stainless 304'], ['不鏽鋼304', 'A2-70'], ['SUS304', 'A2-70'], '不锈钢三零四'),
           'A4-70': (['A4-70', 'SS316', '316', '不锈钢316'], ['A4-70', 'SS316', 'stainless 316'], ['不鏽鋼316', 'A4-70'], ['SUS316', 'A4-70'], '不锈钢三一六'),
           '65Mn': (['65Mn', '65锰'], ['65Mn'], ['65錳', '65Mn'], ['65Mn'], '六五锰'),
           'Q235': (['Q235', 'A3钢'], ['Q235', 'carbon steel'], ['Q235'], ['SS400'], 'Q二三五'),
           '45#': (['45#', '45钢'], ['C45', '#45 steel'], ['45號鋼', '45#'], ['S45C'], '四十五号钢'),
           '40Cr': (['40Cr', '40铬'], ['40Cr'], ['40Cr'], ['SCr440'], '四十铬')}
def grade_surf(g, style, rng):
    if g in GRADE_S:
        t = GRADE_S[g]
        return {'english': rng.choice(t[1]), 'traditional': rng.choice(t[2]), 'japanese': rng.choice(t[3]), 'voice': t[4]}.get(style, rng.choice(t[0]))
    if style == 'english': return rng.choice(['grade ' + g, 'cl.' + g, g])
    if style == 'traditional': return g + '級'
    if style == 'japanese': return '強度区分' + g
    if style == 'voice': return (spoken(g[:-1]) + 'H') if g.endswith('H') else spoken(g) + '级'
    return rng.choice([g + '级', g, g + '级'])

FIN_S = {'本色': (['本色', '本色的'], ['plain'], ['本色'], ['生地'], '本色'),
         '镀锌': (['镀锌', '白锌', 'Zn'], ['zinc plated', 'ZP'], ['鍍鋅'], ['ユニクロ', '三価ユニクロ'], '镀锌'),
         '发黑': (['发黑', '黑色'], ['black oxide', 'black'], ['發黑'], ['黒染め'], '发黑的'),
         '达克罗': (['达克罗', '达克罗涂层'], ['Dacromet'], ['達克羅'], ['ダクロ'], '达克罗')}
def fin_surf(f, style, rng):
    t = FIN_S[f]
    return {'english': rng.choice(t[1]), 'traditional': rng.choice(t[2]), 'japanese': rng.choice(t[3]), 'voice': t[4]}.get(style, rng.choice(t[0]))

BRAND_S = {'NSK': ['NSK'], 'SKF': ['SKF'], 'HRB': ['哈轴', 'HRB'], 'ZWZ': ['瓦轴', 'ZWZ'], 'C&U': ['人本', 'C&U'],
           'INA': ['INA'], 'IKO': ['IKO'], 'LS': ['龙溪', 'LS'], 'AirTAC': ['亚德客', 'AirTAC'], 'SNS': ['神驰', 'SNS'],
           'SMC': ['SMC'], 'OMRON': ['欧姆龙', 'OMRON'], 'CHNT': ['正泰', 'CHNT'], 'SIEMENS': ['西门子', 'SIEMENS'],
           'WANNENG': ['万能', 'WANNENG'], 'GATES': ['盖茨', 'Gates'], 'SANLUX': ['三力士', 'SANLUX'], 'NBR': ['NBR', '丁腈'],
           'FKM': ['FKM', '氟橡胶', '氟胶'], 'VMQ': ['硅胶', 'VMQ'], 'HUGONG': ['沪工', 'HUGONG']}
VOICE_BRAND = {'NSK': '恩斯凯', 'SKF': 'SKF', 'HRB': '哈轴', 'ZWZ': '瓦轴', 'C&U': '人本', 'INA': 'INA', 'IKO': 'IKO', 'LS': '龙溪',
               'AirTAC': '亚德客', 'SNS': '神驰', 'SMC': 'SMC', 'OMRON': '欧姆龙', 'CHNT': '正泰', 'SIEMENS': '西门子', 'WANNENG': '万能',
               'GATES': '盖茨', 'SANLUX': '三力士', 'NBR': '丁腈', 'FKM': '氟胶', 'VMQ': '硅胶', 'HUGONG': '沪工'}
def brand_surf(b, style, rng):
    if style == 'voice': return VOICE_BRAND[b]
    o = BRAND_S[b]
    return o[-1] if style in ('english', 'japanese') else rng.choice(o)

# ---------------- rows
def build_rows():
    rows = []
    def add(fam, a, parts):
        a = dict(a); a['fam'] = fam
        rows.append({'a': a, 'parts': parts})
    # fasteners
    L1 = [10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 110, 120, 130, 140, 150]
    for std in ['GB/T 5782', 'GB/T 5783', 'DIN 931', 'DIN 933', 'JIS B1180']:
        for d in [5, 6, 8, 10, 12, 14, 16, 18, 20, 24]:
            for L in L1:
                if L < 2 * d: continue
                for g, fins in [('4.8', ['镀锌', '本色']), ('8.8', ['本色', '镀锌', '发黑', '达克罗']), ('10.9', ['发黑', '镀锌', '达克罗']),
                                ('A2-70', ['本色']), ('A4-70', ['本色'])]:
                    for f in fins:
                        add('hexbolt', dict(std=std, d=d, L=L, grade=g, finish=f), ['std', 'size', 'grade', 'finish'])
    for fam, stds, ds, Ls in [('socketcap', ['GB/T 70.1', 'DIN 912', 'JIS B1176'], [3, 4, 5, 6, 8, 10, 12, 16], [6, 8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80]),
                              ('csk', ['GB/T 70.3', 'DIN 7991'], [3, 4, 5, 6, 8, 10, 12], [8, 10, 12, 16, 20, 25, 30, 35, 40, 50]),
                              ('setscrew', ['GB/T 77', 'GB/T 78', 'GB/T 79', 'GB/T 80'], [3, 4, 5, 6, 8, 10, 12], [4, 5, 6, 8, 10, 12, 16, 20, 25]),
                              ('stud', ['GB/T 897', 'GB/T 898', 'GB/T 899', 'GB/T 900'], [6, 8, 10, 12, 16, 20], [25, 30, 35, 40, 45, 50, 60, 70, 80, 100])]:
        for std in stds:
            for d in ds:
                for L in Ls:
                    if fam != 'setscrew' and L < d: continue
                    if fam == 'setscrew':
                        gf = [('45H', '发黑'), ('A2-70', '本色')]
                    elif fam == 'stud':
                        gf = [('4.8', '镀锌'), ('8.8', '本色'), ('8.8', '镀锌'), ('A2-70', '本色')]
                    else:
                        gf = [('8.8', '发黑'), ('8.8', '镀锌'), ('10.9', '发黑'), ('12.9', '发黑'), ('A2-70', '本色'), ('A4-70', '本色')]
                    for g, f in gf:
                        add(fam, dict(std=std, d=d, L=L, grade=g, finish=f), ['std', 'size', 'grade', 'finish'])
    for std in ['GB/T 6170', 'DIN 934', 'JIS B1181']:
        for d in [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30]:
            for g, f in [('8', '本色'), ('8', '镀锌'), ('8', '达克罗'), ('10', '发黑'), ('10', '镀锌'), ('A2-70', '本色'), ('A4-70', '本色')]:
                add('hexnut', dict(std=std, d=d, grade=g, finish=f), ['std', 'dnut', 'grade', 'finish'])
    for fam, stds, mats in [('flatwasher', ['GB/T 97.1', 'DIN 125', 'JIS B1256'], [('Q235', '镀锌'), ('Q235', '本色'), ('A2-70', '本色')]),
                            ('springwasher', ['GB/T 93', 'DIN 127', 'JIS B1251'], [('65Mn', '发黑'), ('65Mn', '镀锌'), ('A2-70', '本色')])]:
        for std in stds:
            for d in [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30]:
                for g, f in mats:
                    add(fam, dict(std=std, d=d, grade=g, finish=f), ['std', 'dnut', 'grade', 'finish'])
    # bearings
    bases = ['608', '626', '629'] + ['60%02d' % i for i in range(0, 13)] + ['62%02d' % i for i in range(0, 13)] + ['63%02d' % i for i in range(0, 11)]
    for b in bases:
        for s in ['OPEN', 'ZZ', '2RS']:
            for br in ['NSK', 'SKF', 'HRB', 'ZWZ', 'C&U']:
                add('dgbb', dict(model=b, seal=s, brand=br), ['bspec', 'brand'])
    for m in ['HK0608', 'HK0808', 'HK1010', 'HK1012', 'HK1212', 'HK1512', 'HK1616', 'HK2016', 'HK2020', 'HK2520', 'HK3020',
              'NK15/16', 'NK20/20', 'NK25/20', 'NA4902', 'NA4903', 'NA4904', 'NA4905', 'NA4906', 'NA4908', 'NA4910']:
        for br in ['INA', 'IKO', 'C&U']:
            add('needle', dict(model=m, brand=br), ['model', 'brand'])
    for d in [6, 8, 10, 12, 15, 17, 20, 25, 30, 35, 40, 45, 50, 60]:
        for suf in ['E', 'ES', 'ES-2RS']:
            for br in ['SKF', 'INA', 'LS']:
                add('gebrg', dict(model='GE%d%s' % (d, suf), brand=br), ['model', 'brand'])
    # seals
    for idm in [5, 6, 8, 10, 11.2, 12, 14, 16, 18, 20, 22.4, 25, 28, 30, 31.5, 35.5, 40, 45, 50, 56, 60, 65, 71, 75, 80, 90, 100, 112, 125, 140, 160, 180, 200]:
        for cs in [1.8, 2.65, 3.55, 5.3]:
            if cs == 5.3 and idm < 40: continue
            if cs == 1.8 and idm > 80: continue
            for mat in ['NBR', 'FKM', 'VMQ']:
                for hd in ['70', '90']:
                    if hd == '90' and mat != 'NBR': continue
                    add('oring', dict(idm=idm, cs=cs, mat=mat, hard=hd), ['osize', 'mat', 'hard'])
    os_sizes = []
    for d in [10, 12, 15, 16, 17, 20, 22, 25, 28, 30, 32, 35, 38, 40, 45, 50, 55, 60, 65, 70, 75, 80]:
        for D, b in [(d + 12, 7), (d + 15, 7), (d + 20, 8), (d + 25, 10)]:
            os_sizes.append((d, D, b))
    for (d, D, b) in os_sizes:
        for typ in ['TC', 'SC', 'TB']:
            for mat in ['NBR', 'FKM']:
                add('oilseal', dict(typ=typ, sd=d, sD=D, sb=b, mat=mat), ['osspec', 'mat'])
    # pneumatics
    for series, brand, bores, strokes in [('SC', 'AirTAC', [32, 40, 50, 63, 80, 100, 125], [25, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 500]),
                                          ('MAL', 'AirTAC', [16, 20, 25, 32, 40], [25, 50, 75, 100, 125, 150, 200, 250, 300]),
                                          ('SI', 'SNS', [32, 40, 50, 63, 80, 100], [25, 50, 75, 100, 125, 150, 200, 250, 300, 400])]:
        for bo in bores:
            for st in strokes:
                for mag in ['', 'S']:
                    add('cyl', dict(model='%s%dX%d%s' % (series, bo, st, mag), brand=brand), ['model', 'brand'])
    for v in ['4V110-06', '4V120-06', '4V210-08', '4V220-08', '4V230C-08', '4V230E-08', '4V310-10', '4V320-10', '4V410-15', '4V420-15', '3V110-06', '3V210-08', '3V310-10']:
        for volt in ['DC24V', 'DC12V', 'AC220V', 'AC110V']:
            for br in ['AirTAC', 'SNS']:
                add('sv', dict(model=v, volt=volt, brand=br), ['model', 'volt', 'brand'])
    for typ in ['PC', 'PL', 'PCF', 'PB', 'PLF', 'PH']:
        for t in [4, 6, 8, 10, 12, 16]:
            for th in ['M5', '01', '02', '03', '04']:
                if (th == 'M5') != (t == 4) and th == 'M5': continue
                if t == 16 and th in ('01', '02'): continue
                for br in ['AirTAC', 'SNS']:
                    add('fitting', dict(model='%s%d-%s' % (typ, t, th), brand=br), ['model', 'brand'])
    for od, idd in [(4, 2.5), (6, 4), (8, 5), (10, 6.5), (12, 8), (16, 12)]:
        for col in ['蓝色', '黑色', '透明', '橙色', '白色']:
            for br in ['AirTAC', 'SNS', 'SMC']:
                add('tube', dict(model='%dX%s' % (od, idd), color=col, brand=br), ['model', 'color', 'brand'])
    # electrical
    for dia, dist in [(8, 2), (12, 4), (18, 8), (30, 15)]:
        for out in ['BX', 'AX', 'BY', 'AY', 'DX', 'EX']:
            for br in ['HUGONG', 'CHNT']:
                for lead in ['', '-2M', '-5M']:
                    add('prox', dict(model='LJ%dA3-%d-Z/%s%s' % (dia, dist, out, lead), brand=br), ['model', 'brand'])
    for m in ['MY2N-J', 'MY4N-J', 'MY2NJ', 'LY2N-J', 'LY4N-J', 'JZX-22F(D)/2Z', 'JZX-22F(D)/4Z', 'HH52P', 'HH54P']:
        for volt in ['DC12V', 'DC24V', 'AC110V', 'AC220V', 'AC24V']:
            for br in ['OMRON', 'CHNT']:
                add('relay', dict(model=m, volt=volt, brand=br), ['model', 'volt', 'brand'])
    for m in ['E0508', 'E7508', 'E1008', 'E1508', 'E2508', 'E4009', 'E4012', 'E6012', 'E10-12', 'E16-12', 'E25-16',
              'TE0508', 'TE7508', 'TE1008', 'TE1508', 'TE2508', 'TE4012', 'TE6012']:
        for col in ['红色', '黑色', '蓝色', '黄色', '白色', '灰色']:
            add('terminal', dict(model=m, color=col), ['model', 'color'])
    # motors and reducers
    for kw, frame4 in [('0.12', '63M1'), ('0.18', '63M2'), ('0.25', '71M1'), ('0.37', '71M2'), ('0.55', '80M1'), ('0.75', '80M2'), ('1.1', '90S'), ('1.5', '90L'),
                       ('2.2', '100L1'), ('3', '100L2'), ('4', '112M'), ('5.5', '132S'), ('7.5', '132M')]:
        for series in ['YE3', 'YE2', 'Y2']:
            for poles in ['4', '6']:
                for mount in ['B3', 'B5', 'B35', 'B14']:
                    add('motor', dict(model='%s-%s-%s' % (series, frame4, poles), kw=kw, mount=mount), ['model', 'kw', 'mount'])
    for size in ['030', '040', '050', '063', '075', '090', '110']:
        for ratio in [5, 7.5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100]:
            for inp in ['71B14', '80B14', '90B14', '63B14']:
                add('reducer', dict(model='NMRV%s' % size, ratio=ratio, inp=inp), ['model', 'ratio', 'inp'])
    # drive
    for pitch, lens, widths in [('3M', range(150, 900, 15), [6, 9, 10, 15]), ('5M', range(200, 1500, 25), [10, 15, 20, 25]), ('8M', range(400, 2400, 40), [20, 30, 40, 50])]:
        for ln in lens:
            for w in widths:
                add('syncbelt', dict(model='%d-%s-%d' % (ln, pitch, w), brand='GATES'), ['model', 'brand'])
    for sec in ['A', 'B', 'SPZ', 'SPA']:
        for ln in range(700, 2600, 25):
            for br in ['SANLUX', 'GATES']:
                add('vbelt', dict(model='%s%d' % (sec, ln), brand=br), ['model', 'brand'])
    for mod in ['1', '1.5', '2', '2.5', '3', '4']:
        for z in range(14, 61):
            for mat in ['45#', '40Cr']:
                add('gear', dict(model='m%sz%d' % (mod, z), grade=mat), ['model', 'grade'])
    return rows

def spec_text(r, clerk):
    """catalogue spec as the clerk who created the row typed it."""
    a = r['a']; fam = a['fam']; out = []
    sty = {'chen': 'formal', 'zhou': 'shorthand', 'erp': 'english', 'yamada': 'japanese'}[clerk]
    rng = random.Random(hash_key(r))
    for p in r['parts']:
        out.append(part_surf(a, p, sty, rng, catalogue=True))
    return ' '.join(x for x in out if x)

def hash_key(r):
    s = repr(sorted(r['a'].items()))
    h = 0
    for ch in s: h = (h * 131 + ord(ch)) % 1000000007
    return h

def fmt(x):
    return ('%g' % x) if isinstance(x, float) else str(x)

def part_surf(a, p, sty, rng, catalogue=False):
    v = sty == 'voice'
    if p == 'std': return std_surf(a['std'], 'formal' if catalogue and sty == 'formal' else sty, rng)
    if p == 'size':
        if v: return 'M' + spoken(a['d']) + rng.choice(['乘', '乘以', '乘']) + spoken(a['L'])
        sep = rng.choice(['x', '*', '×', 'X', '-']) if not catalogue else {'formal': '×', 'shorthand': '*', 'english': 'x', 'japanese': '×'}[sty]
        m = 'm' if (sep == '-' and not catalogue) else 'M'
        return '%s%d%s%d' % (m, a['d'], sep, a['L'])
    if p == 'dnut': return ('M' + spoken(a['d'])) if v else 'M%d' % a['d']
    if p == 'grade': return grade_surf(a['grade'], sty, rng)
    if p == 'finish':
        if a['finish'] == '本色' and a['grade'] in ('A2-70', 'A4-70') and not catalogue: return ''
        return fin_surf(a['finish'], sty, rng)
    if p == 'brand': return brand_surf(a['brand'], sty, rng)
    if p == 'bspec':
        b, s = a['model'], a['seal']
        if v: return digits(b) + {'OPEN': '开式', 'ZZ': '两面铁盖', '2RS': '二RS'}[s]
        if s == 'OPEN': return b if not catalogue else b + ('' if sty != 'formal' else ' 开式')
        if s == 'ZZ': return rng.choice([b + 'ZZ', b + '-ZZ', b + '-2Z']) if not catalogue else b + '-2Z' if sty == 'english' else b + 'ZZ'
        return rng.choice([b + '-2RS', b + '2RS', b + '-2RS1' if False else b + ' 2RS', b + '-RS2' if False else b + '-2RS']) if not catalogue else b + '-2RS'
    if p == 'model':
        m = a['model']
        if v: return digits(m.replace('X', '乘')).replace('-', '杠').replace('/', '')
        if not catalogue and rng.random() < 0.2: m = m.lower()
        return m
    if p == 'osize':
        if v: return '内径' + spoken(fmt(a['idm'])) + '线径' + spoken(fmt(a['cs']))
        return '%s%s%s' % (fmt(a['idm']), rng.choice(['×', 'x', '*']) if not catalogue else '×', fmt(a['cs']))
    if p == 'osspec':
        s = '%s%s%s%s%s' % (a['sd'], 'x', a['sD'], 'x', a['sb'])
        if v: return a['typ'] + spoken(a['sd']) + '乘' + spoken(a['sD']) + '乘' + spoken(a['sb'])
        return a['typ'] + rng.choice([' ', '', '-']) * (not catalogue) + ('' if not catalogue else ' ') + (s if catalogue else s.replace('x', rng.choice(['x', '*', '×'])))
    if p == 'mat': return brand_surf(a['mat'], sty, rng)
    if p == 'hard': return ('邵氏' + spoken(a['hard']) + '度') if v else rng.choice(['%s°' % a['hard'], 'HS%s' % a['hard'], '硬度%s' % a['hard']]) if not catalogue else 'HS' + a['hard']
    if p == 'volt':
        vv = a['volt']
        if v: return ('直流' if vv.startswith('DC') else '交流') + spoken(vv[2:-1]) + '伏'
        return rng.choice([vv, vv[2:-1] + ('VDC' if vv.startswith('DC') else 'VAC'), vv]) if not catalogue else vv
    if p == 'color':
        c = a['color']
        return c.translate(TW) if sty == 'traditional' else {'蓝色': 'blue', '黑色': 'black', '透明': 'clear', '橙色': 'orange', '白色': 'white', '红色': 'red', '黄色': 'yellow', '灰色': 'grey'}[c] if sty == 'english' else c
    if p == 'kw': return (spoken(a['kw']) + '千瓦') if v else a['kw'] + rng.choice(['kW', 'KW', 'kw']) if not catalogue else a['kw'] + 'kW'
    if p == 'mount': return a['mount']
    if p == 'ratio': return ('速比' + spoken(fmt(a['ratio']))) if v else rng.choice(['i=', '速比', '1:']) + fmt(a['ratio']) if not catalogue else 'i=' + fmt(a['ratio'])
    if p == 'inp': return a['inp']
    raise KeyError(p)

CLERK_NOTE = {'chen': '陈工(技术科,正式国标写法)', 'zhou': '小周(仓库,简写)', 'erp': 'ERP导入(英文)', 'yamada': '山田商事(日本供应商,JIS)'}

def finalize(rows, rng):
    seqs = {}
    pairs = []
    for i, r in enumerate(rows):
        a = r['a']; fam = a['fam']; cat = CAT[fam]
        famidx = list(FN).index(fam) + 1
        key = (cat, famidx)
        seqs[key] = seqs.get(key, 0) + 1
        r['number'] = '3.%s.%02d.%05d' % (CC[cat], famidx, seqs[key])
        std = a.get('std', '')
        if std.startswith('JIS') or (fam in ('dgbb',) and a['brand'] == 'NSK'): clerk = 'yamada'
        elif std.startswith('DIN') or a.get('brand') in ('SKF', 'INA', 'GATES', 'SIEMENS'): clerk = 'erp'
        else: clerk = 'chen' if hash_key(r) % 2 else 'zhou'
        r['clerk'] = clerk
        ni = {'chen': 0, 'zhou': 1, 'erp': 2, 'yamada': 4}[clerk]
        r['name'] = FN[fam][ni]
        r['spec'] = spec_text(r, clerk)
        r['category'] = cat
        r['unit'] = {'tube': 'M', 'oring': 'PCS'}.get(fam, '只' if cat in ('轴承', '密封件') else '台' if cat == '电机减速机' else 'PCS' if clerk in ('erp', 'yamada') else '个')
        r['mnemonic'] = mnemonic(r, i)
        als = [r['mnemonic']]
        if std in EQUIV: als.append(EQUIV[std])
        if i % 5 == 0: r['old'] = 'W%s-%05d' % (CC[cat], i // 5); als.append(r['old'])
        if fam == 'dgbb' and a['model'][:2] in ('62', '63') and a['seal'] != 'OPEN':
            als.append(('180' if a['seal'] == '2RS' else '80') + a['model'][1:])
        if fam in ('hexbolt', 'socketcap', 'dgbb'):
            als.append(FN[fam][2] + ' ' + r['spec'] if clerk != 'erp' else FN[fam][0] + ' ' + r['spec'])
        r['aliases'] = als
        r['stds'] = {std, EQUIV.get(std, std)} if std else set()
    # near-duplicate pairs with old numbers X / XB (differ by exactly one attribute)
    idx = {}
    for i, r in enumerate(rows):
        idx[tuple(sorted(r['a'].items()))] = i
    n = 115
    cand = list(range(len(rows)))
    rng.shuffle(cand)
    used = set()
    for i in cand:
        if len(pairs) >= 240: break
        if i in used: continue
        a = rows[i]['a']
        for k in sorted(a):
            if k == 'fam': continue
            found = None
            for j in (i + 1, i - 1, i + 2):
                if 0 <= j < len(rows) and j not in used:
                    b = rows[j]['a']
                    diff = [kk for kk in a if a[kk] != b.get(kk)]
                    if len(diff) == 1 and set(a) == set(b): found = (j, diff[0]); break
            if found:
                j, dk = found
                used.update((i, j))
                code = 'TX-%d' % n; n += 7
                rows[i]['aliases'].append(code); rows[j]['aliases'].append(code + 'B')
                rows[i]['tx'] = code; rows[j]['tx'] = code + 'B'
                pairs.append((i, j, dk, code))
            break
    for r in rows:
        r['codes'] = {norm(x) for x in [r['number']] + r['aliases'] if ' ' not in x or x.startswith('ISO')}
    return pairs

FAMCODE = {f: c for f, c in zip(FN, ['LS', 'NLJ', 'LM', 'PD', 'TD', 'JM', 'CT', 'SZ', 'ZC', 'GZ', 'GJ', 'OR', 'YF', 'QG', 'DCF', 'KC', 'QGG', 'JJ', 'JDQ', 'DZ', 'DJ', 'JSJ', 'TBD', 'SJD', 'CL'])}
def mnemonic(r, i):
    a = r['a']
    if 'std' in a:
        s = a['std'].replace('GB/T ', 'G').replace('DIN ', 'D').replace('JIS B', 'J').replace('.', '')
        return '%s%s-M%d%s-%s%s' % (FAMCODE[a['fam']], s, a['d'], ('X%d' % a['L']) if 'L' in a else '', a['grade'].replace('.', '').replace('-', ''), {'本色': '', '镀锌': 'Z', '发黑': 'H', '达克罗': 'D'}[a['finish']])
    return '%s%05d' % (FAMCODE[a['fam']], i)

def fits(r, st):
    for k, v in st.items():
        if k == 'code':
            if v not in r['codes']: return False
        elif k == 'std':
            if v not in r['stds']: return False
        elif r['a'].get(k) != v: return False
    return True

def count_fit(rows, st, byfam):
    pool = byfam.get(st.get('fam'), rows) if 'fam' in st else rows
    return [r for r in pool if fits(r, st)]

CHAT = {'chat': ['仓库还有{}吗?', '{} 有库存没', '帮我查下{}还剩多少', '{},要20个,有货吗', '领料: {} x10', '请问{}在哪个货架', '急!{}两盒', '{} 还有没有啊 明天要用'],
        'voice': ['那个 {} 还有吗', '呃 帮我看一下 {} 还有多少', '{} 有没有', '老王要 {} 十个', '{} 嗯 就那个 还剩几个'],
        'traditional': ['請問{}還有庫存嗎', '{} 有貨嗎', '幫我查{}'],
        'japanese': ['{} 在庫ありますか', '{} 10個 手配お願いします', '{}'],
        'english': ['do we have {} in stock?', '{} qty?', 'need {} x 20', '{}']}
def wrap(text, style, rng):
    t = CHAT.get(style)
    return rng.choice(t).format(text) if t else text

TYPO = {'螺': '罗', '栓': '拴', '圆': '园', '钉': '丁', '垫': '电', '轴': '抽', '承': '成', '沟': '勾', '球': '求', '滚': '衮', '封': '风', '磁': '瓷',
        '换': '唤', '阀': '伐', '继': '既', '器': '气', '齿': '尺', '减': '剪', '速': '束', '紧': '紧', '圈': '卷', '弹': '单', '簧': '黄', '异': '易'}
def typo(name, rng):
    cs = [i for i, c in enumerate(name) if c in TYPO and TYPO[c] != c]
    if cs and rng.random() < 0.7:
        i = rng.choice(cs); return name[:i] + TYPO[name[i]] + name[i + 1:]
    i = rng.randrange(len(name) - 1)
    if rng.random() < 0.5: return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    return name[:i] + name[i + 1:]

def describe(r, style, rng, nameidx=None):
    a = r['a']; fam = a['fam']
    ni = {'formal': 0, 'shorthand': 1, 'chat': rng.choice([0, 1]), 'english': 2, 'traditional': 3, 'japanese': 4, 'voice': 1, 'terse': 1, 'typo': 0}[style]
    if nameidx is not None: ni = nameidx
    sty = {'chat': 'shorthand', 'terse': 'shorthand', 'typo': 'formal'}.get(style, style)
    name = FN[fam][ni]
    parts = [part_surf(a, p, sty, rng) for p in r['parts']]
    parts = [p for p in parts if p]
    if style == 'traditional': parts = [p.translate(TW) for p in parts]
    if style == 'terse':
        return ' '.join(parts) + ('' if rng.random() < 0.5 else ' ' + name), name
    if rng.random() < 0.5 and style not in ('english', 'japanese'):
        txt = name + ' ' + ' '.join(parts)
    else:
        txt = ' '.join(parts) + ' ' + name
    if style == 'voice':
        txt = txt.replace(' ', rng.choice(['', ' ', '的']))
    return txt, name

def stated_full(r):
    st = {k: v for k, v in r['a'].items()}
    if 'std' in st: st['std'] = r['a']['std']
    return st

def build():
    rng = random.Random(SEED)
    rows = build_rows()
    pairs = finalize(rows, rng)
    byfam = {}
    for r in rows: byfam.setdefault(r['a']['fam'], []).append(r)
    queries = []
    seen = set()
    def push(q, st, exp, kind, style):
        if q in seen: return False
        fit = count_fit(rows, st, byfam)
        if exp is not None:
            if len(fit) != 1 or fit[0] is not exp: return False
        else:
            if len(fit) == 1: return False
        seen.add(q)
        queries.append({'query': q, 'expect': exp['number'] if exp else None, 'kind': kind, 'style': style, '_st': st})
        return True
    FASTF = ['hexbolt', 'socketcap', 'hexnut', 'flatwasher', 'springwasher', 'setscrew', 'csk', 'stud']
    plan = [('fastener', FASTF, 80), ('standard', ['hexbolt', 'socketcap', 'hexnut', 'flatwasher', 'csk'], 55), ('bearing', ['dgbb', 'needle', 'gebrg'], 60),
            ('seal', ['oring', 'oilseal'], 45), ('pneumatic', ['cyl', 'sv', 'fitting', 'tube'], 45), ('electrical', ['prox', 'relay', 'terminal'], 35),
            ('drive', ['motor', 'reducer', 'syncbelt', 'vbelt', 'gear'], 30)]
    STY = ['formal', 'shorthand', 'chat', 'chat', 'english', 'traditional', 'japanese', 'voice', 'voice', 'terse']
    for kind, fams, n in plan:
        k = 0
        while k < n:
            fam = fams[k % len(fams)]
            r = rng.choice(byfam[fam])
            style = STY[(k * 7 + len(queries)) % len(STY)]
            if kind == 'standard':
                std = r['a']['std']
                if std in EQUIV and rng.random() < 0.4:
                    st = stated_full(r); st['std'] = EQUIV[std]
                    a2 = dict(r['a']); a2['std'] = EQUIV[std]
                    r2 = dict(r); r2['a'] = a2
                    txt, _ = describe(r2, style if style != 'voice' else 'shorthand', rng)
                    style = style if style != 'voice' else 'shorthand'
                else:
                    st = stated_full(r); txt, _ = describe(r, style, rng)
            else:
                st = stated_full(r); txt, _ = describe(r, style, rng)
            if style == 'voice' and rng.random() < 0.3 and 'grade' in r['parts']:
                wrong = '十二点九' if r['a']['grade'] != '12.9' else '八点八'
                txt = txt.replace(part_surf(r['a'], 'grade', 'voice', rng), wrong + '级 不对不对 是' + part_surf(r['a'], 'grade', 'voice', rng))
            q = wrap(txt, style, rng) if style in CHAT else txt
            if push(q, st, r, kind, style): k += 1
    # prefix codes
    k = 0
    for (i, j, dk, code) in pairs:
        if k >= 20: break
        st = {'code': norm(code)}
        q = rng.choice(['{} 还有吗', '老编号{}', '{}', '查一下 {} 库存', '{} 要5个'])
        if push(q.format(code if rng.random() < 0.7 else code.lower()), st, rows[i], 'prefix', 'terse' if q == '{}' else 'chat'): k += 1
    while k < 35:
        fam = rng.choice(['dgbb', 'cyl'])
        r = rng.choice(byfam[fam])
        if fam == 'dgbb' and r['a']['seal'] != 'OPEN': continue
        if fam == 'cyl' and r['a']['model'].endswith('S'): continue
        st = stated_full(r)
        txt = r['a']['model'] + ' ' + brand_surf(r['a']['brand'], 'shorthand', rng) + ('' if fam == 'cyl' else rng.choice([' 轴承', '']))
        if fam == 'dgbb' and rng.random() < 0.5: txt = '轴承' + txt
        if push(txt if rng.random() < 0.5 else wrap(txt, 'chat', rng), st, r, 'prefix', 'terse'): k += 1
    # old numbers
    k = 0
    olds = [r for r in rows if 'old' in r]
    while k < 30:
        r = rng.choice(olds)
        if k % 3 == 0:
            code, q = r['number'], rng.choice(['{} 物料', '物料编码{}', '{}'])
        else:
            code, q = r['old'], rng.choice(['旧编码{}', '老系统号 {} 还有吗', '{}', '舊編號{}'])
        style = 'traditional' if '舊' in q else 'terse' if q == '{}' else 'chat'
        if push(q.format(code), {'code': norm(code)}, r, 'oldnum', style): k += 1
    # mnemonic
    k = 0
    while k < 30:
        r = rng.choice(rows)
        m = r['mnemonic']
        if rng.random() < 0.4: m = m.lower()
        q = rng.choice(['{}', '助记码{}', '{} 领10个', '{}'])
        if push(q.format(m), {'code': norm(r['mnemonic'])}, r, 'mnemonic', 'terse' if q == '{}' else 'chat'): k += 1
    # typos in long names
    k = 0
    longf = ['socketcap', 'setscrew', 'csk', 'dgbb', 'gebrg', 'sv', 'relay', 'motor', 'reducer', 'gear', 'hexbolt', 'oilseal']
    while k < 30:
        r = rng.choice(byfam[longf[k % len(longf)]])
        txt, name = describe(r, 'formal', rng, nameidx=0)
        txt = txt.replace(name, typo(name, rng))
        if push(txt, stated_full(r), r, 'typo', 'typo'): k += 1
    # near misses (null): non-existing value, or an attribute left out so several rows fit
    k = 0
    while k < 25:
        fam = rng.choice(['hexbolt', 'socketcap', 'dgbb', 'oring', 'cyl', 'hexnut', 'sv'])
        r = rng.choice(byfam[fam])
        st = stated_full(r)
        a2 = dict(r['a'])
        if k % 2 == 0:
            if 'L' in a2: a2['L'] = a2['L'] + rng.choice([3, 7, 33])
            elif fam == 'dgbb': a2['brand'] = 'C&U' if False else a2['brand']; a2['model'] = a2['model'] + '1'
            elif fam == 'oring': a2['cs'] = 3.1
            elif fam == 'cyl': a2['model'] = a2['model'].replace('X', 'X1', 1)
            elif fam == 'sv': a2['volt'] = 'AC36V'
            elif fam == 'hexnut': a2['d'] = 7
        r2 = dict(r); r2['a'] = a2
        st = dict(a2)
        style = rng.choice(['chat', 'shorthand', 'english'])
        txt, _ = describe(r2, style, rng)
        if k % 2 == 1:
            drop = {'hexbolt': 'finish', 'socketcap': 'grade', 'dgbb': 'brand', 'oring': 'mat', 'cyl': 'brand', 'hexnut': 'std', 'sv': 'brand'}[fam]
            if fam == 'cyl': continue
            if drop in ('finish', 'grade') and r['a']['grade'] in ('A2-70', 'A4-70'): continue
            r2['parts'] = [p for p in r['parts'] if p != drop]
            txt, _ = describe(r2, style, rng)
            st.pop(drop)
        if push(wrap(txt, style, rng) if style == 'chat' else txt, st, None, 'nearmiss', style): k += 1
    assert len(queries) == 500, len(queries)
    return rows, queries

def render(rows, queries):
    import io, csv
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for r in rows:
        w.writerow([r['number'], r['name'], r['spec'], r['unit'], r['category'], ';'.join(r['aliases'])])
    ql = ''.join(json.dumps({k: q[k] for k in ('query', 'expect', 'kind', 'style')}, ensure_ascii=False) + '\n' for q in queries)
    return buf.getvalue(), ql

if __name__ == '__main__':
    rows, queries = build()
    c, q = render(rows, queries)
    open('catalogue.csv', 'w', encoding='utf-8').write(c)
    open('queries.jsonl', 'w', encoding='utf-8').write(q)
    print(len(rows), 'rows', len(queries), 'queries')
