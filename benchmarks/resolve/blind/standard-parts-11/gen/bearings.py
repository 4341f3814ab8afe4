"""Bearings (1.02.xx): deep groove, precision angular contact sets, tapered, thrust, needle, cylindrical,
ball-screw support, insert units."""
from .common import cn_digits, cn_int, pick, partial_fragment, norm_code

FAM = 'brg'
BRAND = {
    'ZWZ': dict(cn=['瓦轴', 'ZWZ', '瓦房店'], tw=['ZWZ'], en=['ZWZ']),
    'HRB': dict(cn=['哈轴', 'HRB', '哈尔滨'], tw=['HRB'], en=['HRB']),
    'LYC': dict(cn=['洛轴', 'LYC'], tw=['LYC'], en=['LYC']),
    'NSK': dict(cn=['NSK', '恩斯克'], tw=['NSK'], en=['NSK']),
    'SKF': dict(cn=['SKF', '斯凯孚'], tw=['SKF'], en=['SKF']),
    'FAG': dict(cn=['FAG'], tw=['FAG'], en=['FAG', 'Schaeffler FAG']),
    'NTN': dict(cn=['NTN'], tw=['NTN'], en=['NTN']),
    'IKO': dict(cn=['IKO'], tw=['IKO'], en=['IKO']),
    'INA': dict(cn=['INA'], tw=['INA'], en=['INA']),
    'FYH': dict(cn=['FYH'], tw=['FYH'], en=['FYH']),
}
BRAND_ROW = {'ZWZ': '瓦轴ZWZ', 'HRB': '哈轴HRB', 'LYC': '洛轴LYC', 'NSK': 'NSK', 'SKF': 'SKF', 'FAG': 'FAG', 'NTN': 'NTN',
             'IKO': 'IKO', 'INA': 'INA', 'FYH': 'FYH'}
TYPE_WORD = {
    'dg': dict(cn=['深沟球轴承', '轴承'], ne=['轴承', '球轴承'], tw=['培林', '軸承', '深溝滾珠軸承'], en=['deep groove ball bearing', 'bearing'],
               typo=['深沟求轴承', '深钩球轴承', '轴成', '培淋']),
    'ac': dict(cn=['角接触球轴承', '角接触轴承'], ne=['角接触轴承', '主轴轴承'], tw=['角接觸培林', '斜角滾珠軸承'],
               en=['angular contact bearing', 'spindle bearing'], typo=['角接处轴承', '脚接触轴承']),
    'tr': dict(cn=['圆锥滚子轴承'], ne=['圆锥轴承', '锥轴承'], tw=['錐形滾子軸承', '斜錐培林'], en=['tapered roller bearing'],
               typo=['园锥滚子轴承', '圆锥滚仔轴承']),
    'th': dict(cn=['推力球轴承'], ne=['平面轴承', '推力轴承'], tw=['止推培林', '推力軸承'], en=['thrust ball bearing'],
               typo=['推立球轴承', '平面轴成']),
    'nd': dict(cn=['滚针轴承'], ne=['滚针轴承', '针轴承'], tw=['滾針軸承'], en=['needle roller bearing'], typo=['滚真轴承']),
    'cr': dict(cn=['圆柱滚子轴承'], ne=['圆柱轴承'], tw=['圓柱滾子軸承'], en=['cylindrical roller bearing'],
               typo=['园柱滚子轴承', '圆柱滚仔轴承']),
    'bs': dict(cn=['丝杠支撑轴承', '滚珠丝杠专用轴承'], ne=['丝杠轴承'], tw=['滾珠螺桿支撐軸承'], en=['ball screw support bearing'],
               typo=['丝杆支撑轴承']),
    'ins': dict(cn=['带座外球面轴承'], ne=['带座轴承', '立式座轴承'], tw=['帶座軸承'], en=['pillow block bearing', 'mounted bearing unit'],
                typo=['带坐轴承']),
}
TYPE_NAME = {'dg': '深沟球轴承', 'ac': '角接触球轴承', 'tr': '圆锥滚子轴承', 'th': '推力球轴承', 'nd': '滚针轴承',
             'cr': '圆柱滚子轴承', 'bs': '滚珠丝杠支撑轴承', 'ins': '带座外球面轴承'}
TYPE_NAME_TW = {'dg': '培林', 'ac': '角接觸培林', 'tr': '斜錐培林', 'th': '止推培林', 'nd': '滾針軸承', 'cr': '圓柱滾子軸承',
                'bs': '螺桿支撐軸承', 'ins': '帶座軸承'}
TYPE_NAME_EN = {'dg': 'Deep Groove Ball Bearing', 'ac': 'Angular Contact Ball Bearing', 'tr': 'Tapered Roller Bearing',
                'th': 'Thrust Ball Bearing', 'nd': 'Needle Roller Bearing', 'cr': 'Cylindrical Roller Bearing',
                'bs': 'Ball Screw Support Bearing', 'ins': 'Bearing Unit'}
GRP = {'dg': '1.02.01', 'ac': '1.02.02', 'tr': '1.02.03', 'th': '1.02.04', 'nd': '1.02.05', 'cr': '1.02.06', 'bs': '1.02.07',
       'ins': '1.02.08'}
CAT = {'dg': '轴承/深沟球轴承', 'ac': '轴承/角接触球轴承', 'tr': '轴承/圆锥滚子轴承', 'th': '轴承/推力球轴承', 'nd': '轴承/滚针轴承',
       'cr': '轴承/圆柱滚子轴承', 'bs': '轴承/丝杠支撑轴承', 'ins': '轴承/带座轴承'}
STD = {'dg': 'GB/T 276', 'ac': 'GB/T 292', 'tr': 'GB/T 297', 'th': 'GB/T 301', 'nd': 'GB/T 5801', 'cr': 'GB/T 283'}

SEAL_SUFFIX = {
    'NSK': {'open': '', 'ZZ': 'ZZ', '2RS': 'DDU', 'Z': 'Z'}, 'NTN': {'open': '', 'ZZ': 'ZZ', '2RS': 'LLU', 'Z': 'Z'},
    'SKF': {'open': '', 'ZZ': '-2Z', '2RS': '-2RSH', 'Z': '-Z'}, 'FAG': {'open': '', 'ZZ': '-2ZR', '2RS': '-2RSR', 'Z': '-ZR'},
    'ZWZ': {'open': '', 'ZZ': '-ZZ', '2RS': '-2RS', 'Z': '-Z'}, 'HRB': {'open': '', 'ZZ': '-2Z', '2RS': '-2RS', 'Z': '-Z'},
    'LYC': {'open': '', 'ZZ': '-2Z', '2RS': '-2RS', 'Z': '-Z'},
}
C3_SUFFIX = {'NSK': 'C3', 'NTN': 'C3', 'SKF': '/C3', 'FAG': '-C3', 'ZWZ': '/C3', 'HRB': '/C3', 'LYC': '/C3'}
OLD_SEAL = {'open': '', 'ZZ': '80', '2RS': '180', 'Z': '60'}
SEAL_WORD = {
    'open': dict(cn=['开式', '开放式'], ne=['开式的', '不带盖的'], tw=['開放式', '無蓋'], en=['open'], voice=['开式的']),
    'ZZ': dict(cn=['双面防尘盖', 'ZZ', '2Z'], ne=['两面铁盖', '双铁盖', 'ZZ'], tw=['雙面鐵蓋', 'ZZ'], en=['ZZ', '2Z shielded'],
               voice=['两面铁盖的', '双铁盖']),
    '2RS': dict(cn=['双面密封', '2RS'], ne=['两面胶盖', '双胶盖', '胶封的', '2RS'], tw=['雙面膠蓋', '2RS'],
                en=['2RS', '2RS sealed'], voice=['两面胶盖的', '双胶盖']),
    'Z': dict(cn=['单面防尘盖', 'Z'], ne=['单面铁盖', '一面铁盖'], tw=['單面鐵蓋'], en=['single shield Z'], voice=['一面铁盖的']),
}
CLR_WORD = {'CN': dict(cn=['普通游隙', 'CN游隙'], ne=['普通游隙'], tw=['標準游隙', 'CN'], en=['normal clearance CN'],
                       voice=['普通游隙'], alt=['0组游隙', 'CN']),
            'C3': dict(cn=['C3游隙', 'C3'], ne=['C3', '大游隙C3'], tw=['C3'], en=['C3 clearance', 'C3'], voice=['C三游隙', 'C三'],
                       alt=['3组游隙', 'C3']), }
ARR_WORD = {'SU': dict(cn=['单列万能配对', '单个SU'], ne=['单个的', '单套万能'], tw=['單顆 SU', '萬用配對單顆'], en=['universal single SU'],
                       voice=['单个万能配对的'], alt=['SU', '通用配对单个']),
            'DB': dict(cn=['DB配对', '背对背'], ne=['背对背', 'DB'], tw=['DB 背對背', 'DB'], en=['DB pair', 'back-to-back pair'],
                       voice=['背对背的'], alt=['O型排列', 'back-to-back']),
            'DF': dict(cn=['DF配对', '面对面'], ne=['面对面', 'DF'], tw=['DF 面對面', 'DF'], en=['DF pair', 'face-to-face pair'],
                       voice=['面对面的'], alt=['X型排列', 'face-to-face']),
            'DT': dict(cn=['DT配对', '串联'], ne=['串联', 'DT'], tw=['DT 串聯', 'DT'], en=['DT pair', 'tandem pair'],
                       voice=['串联的'], alt=['串联排列', 'tandem']),
            'DFD': dict(cn=['DFD三联组配'], ne=['三联的 DFD', 'DFD'], tw=['DFD 三聯組'], en=['DFD triplex set'],
                        voice=['三个一组的DFD'], alt=['DFD'])}
PL_WORD = {'L': dict(cn=['轻预载'], ne=['轻预压', '轻预紧'], tw=['輕預壓'], en=['light preload'], voice=['轻预紧的'],
                     alt=['预载L', 'light preload']),
           'M': dict(cn=['中预载'], ne=['中预压', '中预紧'], tw=['中預壓'], en=['medium preload'], voice=['中预紧的'],
                     alt=['预载M', 'medium preload'])}
PREC_WORD = {'P4': dict(cn=['P4', 'P4级'], ne=['P4', '4级精度'], tw=['P4'], en=['P4', 'ABEC 7'], voice=['P四'],
                        alt=['ABEC7', 'ABEC-7']),
             'P5': dict(cn=['P5', 'P5级'], ne=['P5', '5级精度'], tw=['P5'], en=['P5', 'ABEC 5'], voice=['P五'],
                        alt=['ABEC5', 'ABEC-5'])}
ANG_WORD = {'15': dict(cn=['15°', '接触角15度'], ne=['15度的'], tw=['15度'], en=['15 deg'], voice=['十五度的']),
            '25': dict(cn=['25°', '接触角25度'], ne=['25度的'], tw=['25度'], en=['25 deg'], voice=['二十五度的'])}


def _ch(rng, lst):
    return lst[rng.randrange(len(lst))]


def build(cat, rng):
    rows = []

    def add(t, brand, model, attrs, unit='个', extra=''):
        clerk = {'ZWZ': 'eng', 'HRB': 'eng', 'LYC': 'eng'}.get(brand, _ch(rng, ['tw', 'imp', 'eng']))
        if rng.random() < 0.15:
            clerk = 'ne'
        if clerk == 'eng':
            name, spec = TYPE_NAME[t], ('%s %s %s' % (model, extra, BRAND_ROW[brand])).replace('  ', ' ')
        elif clerk == 'tw':
            name, spec = TYPE_NAME_TW[t], ('%s %s %s' % (brand, model, extra)).strip().replace('  ', ' ')
        elif clerk == 'imp':
            name, spec = TYPE_NAME_EN[t], ('%s %s' % (brand, model)).strip()
        else:
            name, spec = '轴承', ('%s %s %s' % (model, BRAND_ROW[brand], extra)).strip().replace('  ', ' ')
        a = {'fam': FAM, 'type': t, 'brand': brand, 'model': model}
        a.update(attrs)
        r = cat.add(rng, GRP[t], name, spec, unit, CAT[t], a)
        r['clerk'] = clerk
        rows.append(r)
        return r

    # deep groove
    bases = ['607', '608', '609', '623', '624', '625', '626', '627', '629', '634', '635', '636', '638', '688', '696', '698']
    for s, lo, hi in (('60', 0, 24), ('62', 0, 22), ('63', 0, 20), ('68', 0, 20), ('69', 0, 20), ('160', 1, 12)):
        for i in range(lo, hi + 1):
            bases.append('%s%02d' % (s, i))
    for base in bases:
        brands = rng.sample(['ZWZ', 'HRB', 'NSK', 'SKF', 'FAG', 'NTN', 'LYC'], rng.choice([2, 2, 3, 3, 4, 5]))
        for b in sorted(brands):
            seals = [x for x in ('open', 'ZZ', '2RS', 'Z') if rng.random() < (0.55, 0.6, 0.6, 0.08)[('open', 'ZZ', '2RS', 'Z').index(x)]]
            if not seals:
                seals = ['2RS']
            for sl in seals:
                clrs = ['CN']
                if base[:2] in ('62', '63', '60') and base[:3] != '160' and rng.random() < 0.35:
                    clrs = ['CN', 'C3'] if rng.random() < 0.6 else ['C3']
                for c in clrs:
                    model = base + SEAL_SUFFIX[b][sl] + (C3_SUFFIX[b] if c == 'C3' else '')
                    add('dg', b, model, {'base': base, 'seal': sl, 'clr': c})
    # precision angular contact
    for ser, lo, hi in (('70', 0, 24), ('72', 0, 20), ('719', 5, 24)):
        for i in range(lo, hi + 1):
            base = '%s%02d' % (ser, i)
            for ang in ('15', '25'):
                if rng.random() < 0.15:
                    continue
                for b in sorted(rng.sample(['NSK', 'FAG', 'HRB', 'LYC', 'ZWZ', 'SKF'], rng.choice([1, 2, 2, 3]))):
                    precs = ['P4'] + (['P5'] if rng.random() < 0.45 and b != 'SKF' else [])
                    for pr in precs:
                        arrs = ['SU', 'DB'] + [x for x in ('DF', 'DT') if rng.random() < 0.4]
                        for ar in arrs:
                            pls = ['L'] + (['M'] if rng.random() < 0.3 else [])
                            for pl in pls:
                                if b == 'NSK':
                                    model = '%s%sTYN%s%s%s' % (base, 'C' if ang == '15' else 'A5', ar, pl, pr)
                                elif b == 'SKF':
                                    # SKF: 7014 CDGA/P4A single universal, 7014 CD/P4ADBA pairs (last letter = preload)
                                    model = '%s %sD%s' % (base, 'C' if ang == '15' else 'AC',
                                                          ('GA/P4A' if pl == 'L' else 'GB/P4A') if ar == 'SU' else
                                                          '/P4A%s%s' % (ar, 'A' if pl == 'L' else 'B'))
                                elif b == 'FAG':
                                    model = 'B%s-%s-T-%sS-%s%s' % (base, 'C' if ang == '15' else 'E', pr,
                                                                  '' if ar == 'SU' else 'D', 'U' + pl if ar in ('SU',) else
                                                                  {'DB': 'B', 'DF': 'F', 'DT': 'T'}[ar] + pl)
                                else:
                                    model = '%s%s/%s%s%s' % (base, 'C' if ang == '15' else 'AC', pr,
                                                            ar if ar != 'SU' else 'SU', {'L': 'A', 'M': 'B'}[pl])
                                add('ac', b, model, {'base': base, 'ang': ang, 'prec': pr, 'arr': ar, 'pl': pl},
                                    unit='个' if ar == 'SU' else '套')
    # tapered
    tb = ['302%02d' % i for i in range(3, 23)] + ['303%02d' % i for i in range(3, 21)] + \
         ['320%02d' % i for i in range(5, 23)] + ['322%02d' % i for i in range(5, 21)] + ['323%02d' % i for i in range(5, 17)] + \
         ['329%02d' % i for i in range(6, 21)]
    for base in tb:
        for b in sorted(rng.sample(['ZWZ', 'HRB', 'SKF', 'NSK', 'LYC', 'NTN', 'FAG'], rng.choice([1, 2, 3, 3, 4]))):
            model = {'SKF': base + ' J2/Q', 'NSK': 'HR' + base + 'J', 'NTN': '4T-' + base, 'FAG': base + '-A'}.get(b, base)
            add('tr', b, model, {'base': base})
    # thrust
    thb = ['511%02d' % i for i in range(0, 25)] + ['512%02d' % i for i in range(0, 21)] + ['513%02d' % i for i in range(5, 17)] + \
          ['514%02d' % i for i in range(5, 13)]
    for base in thb:
        for b in sorted(rng.sample(['ZWZ', 'HRB', 'NSK', 'LYC', 'SKF', 'FAG'], rng.choice([1, 2, 2, 3, 3]))):
            add('th', b, base, {'base': base})
    # needle
    nb = ['NK%d/%d' % (d, w) for d, w in ((10, 16), (12, 16), (14, 16), (15, 16), (16, 20), (17, 20), (18, 20), (20, 20),
                                          (22, 20), (25, 20), (28, 20), (30, 20), (32, 20), (35, 20), (40, 20), (45, 25),
                                          (50, 25))] + \
         ['HK%02d%02d' % (d, w) for d, w in ((6, 10), (8, 12), (10, 12), (12, 12), (14, 12), (15, 16), (16, 16), (18, 16),
                                              (20, 16), (22, 16), (25, 20), (30, 20), (35, 20))] + \
         ['NA49%02d' % i for i in range(0, 21)] + ['RNA49%02d' % i for i in range(0, 17)] + ['NA69%02d' % i for i in range(1, 13)]
    for base in nb:
        for b in sorted(rng.sample(['IKO', 'INA', 'ZWZ', 'NSK'], rng.choice([1, 2, 2, 3]))):
            model = {'INA': base + ('-XL' if base.startswith(('NA', 'RNA')) else ''),
                     'IKO': base}.get(b, base)
            if b == 'IKO' and base.startswith('NK'):
                model = base
            add('nd', b, model, {'base': base})
    # cylindrical: NU2xxE and NN30xxK spindle
    for pre in ('NU2', 'NU3', 'NJ2', 'NJ3', 'N2', 'NUP2'):
        for i in range(4, 23 if pre in ('NU2', 'NJ2') else 21):
            if pre in ('NJ3', 'N2', 'NUP2') and rng.random() < 0.4:
                continue
            base = '%s%02dE' % (pre, i)
            for b in sorted(rng.sample(['ZWZ', 'HRB', 'SKF', 'FAG', 'NSK'], rng.choice([1, 2, 2, 3]))):
                model = {'SKF': '%s %s%02d ECP' % (pre[:-1], pre[-1], i), 'FAG': '%s%02d-E-XL-TVP2' % (pre, i),
                         'NSK': '%s%02dET' % (pre, i)}.get(b, base)
                add('cr', b, model, {'base': base, 'prec': 'P0'})
    for i in range(6, 25):
        base = 'NN30%02dK' % i
        for b in sorted(rng.sample(['NSK', 'FAG', 'HRB', 'ZWZ'], rng.choice([1, 2]))):
            for pr in ['P4'] + (['P5'] if rng.random() < 0.4 else []):
                model = {'NSK': 'NN30%02dTBKRCC1%s' % (i, pr), 'FAG': 'NN30%02d-AS-K-M-%s' % (i, 'SP' if pr == 'P4' else 'P5')}.get(
                    b, 'NN30%02dK/%sW33' % (i, pr))
                add('cr', b, model, {'base': base, 'prec': pr})
    # ball screw support (60 deg)
    for bore, od in ((15, 47), (17, 47), (20, 47), (25, 62), (30, 62), (35, 72), (40, 72), (40, 90), (45, 75), (50, 100)):
        for ar in ('SU', 'DF', 'DB', 'DFD'):
            if ar != 'SU' and rng.random() < 0.35:
                continue
            model = '%dTAC%dB%sC10PN7B' % (bore, od, ar)
            add('bs', 'NSK', model, {'base': '%dTAC%d' % (bore, od), 'arr': ar, 'd': str(bore), 'D': str(od)},
                unit='个' if ar == 'SU' else '套')
    for bore, od in ((15, 47), (17, 47), (20, 47), (25, 62), (30, 62), (35, 72), (40, 72)):
        for b in sorted(rng.sample(['ZWZ', 'HRB'], 1)):
            for ar in ('DF', 'DFD'):
                model = '7602%02d/P4%s' % (bore, ar)
                add('bs', b, model, {'base': '7602%02d' % bore, 'arr': ar, 'd': str(bore), 'D': str(od)}, unit='套')
    for bore, od in ((12, 42), (15, 45), (17, 47), (20, 52), (25, 57), (30, 62), (35, 70), (40, 75), (45, 84), (50, 90)):
        for sl in ('2RS', '2Z'):
            if sl == '2Z' and rng.random() < 0.5:
                continue
            model = 'ZKLN%d%d-%s-XL' % (bore, od, sl)
            add('bs', 'INA', model, {'base': 'ZKLN%d%d' % (bore, od), 'seal': 'ZZ' if sl == '2Z' else '2RS', 'd': str(bore),
                                     'D': str(od)}, unit='个')
    # insert units
    for hs in ('UCP', 'UCF', 'UCFL', 'UCT', 'UCFC', 'UCPA'):
        for i in range(1, 19 if hs == 'UCP' else (16 if hs in ('UCF', 'UCT') else 13)):
            if i < 4 and hs not in ('UCP', 'UCFL'):
                continue
            base = '%s2%02d' % (hs, i)
            for b in sorted(rng.sample(['ZWZ', 'FYH', 'NSK', 'HRB'], rng.choice([1, 2, 2, 3]))):
                add('ins', b, base, {'base': base})
    return rows


# ------------------------------------------------------------------ query rendering
REG_OF_STYLE = {'ne': 'ne', 'tw': 'tw', 'voice': 'voice', 'engineer': 'cn', 'buyer': 'cn', 'storekeeper': 'ne'}


def _w(table, key, reg, rng, alt=False):
    d = table[key]
    if alt and 'alt' in d:
        return _ch(rng, d['alt'])
    if reg in d:
        return _ch(rng, d[reg])
    return _ch(rng, d.get('cn'))


def render(row, kind, style, rng, count, null=False):
    a = row['attrs']
    t = a['type']
    reg = 'en' if kind == 'english' else ('voice' if kind == 'voice' else REG_OF_STYLE[style])
    tw_reg = 'ne' if reg == 'voice' else reg
    F = {}
    base = a['base']
    # the designation, written the usual way or spoken
    if reg == 'voice':
        btxt = cn_digits(base, yao=rng.random() < 0.3, dong=rng.random() < 0.2)
    else:
        btxt = base
    F['base'] = ({'fam': FAM, 'type': t, 'base': base}, btxt)
    tw = TYPE_WORD[t]
    if kind == 'typo':
        F['tword'] = ({'fam': FAM}, _ch(rng, tw['typo']))
    elif kind == 'nickname':
        if row['clerk'] in ('eng', 'imp'):
            F['tword'] = ({'fam': FAM}, _ch(rng, tw['tw' if reg == 'tw' else 'ne']))
        else:
            F['tword'] = ({'fam': FAM}, _ch(rng, tw['cn']))
    else:
        F['tword'] = ({'fam': FAM}, _ch(rng, tw[tw_reg] if tw_reg in tw else tw['cn']))
    F['brand'] = ({'brand': a['brand']}, _ch(rng, BRAND[a['brand']]['tw' if reg == 'tw' else ('en' if reg == 'en' else 'cn')]))
    alt = kind == 'grade_notation'
    if 'seal' in a:
        F['seal'] = ({'seal': a['seal']}, _w(SEAL_WORD, a['seal'], reg, rng))
    if 'clr' in a:
        F['clr'] = ({'clr': a['clr']}, _w(CLR_WORD, a['clr'], reg, rng, alt))
    if 'prec' in a and a['prec'] != 'P0':
        F['prec'] = ({'prec': a['prec']}, _w(PREC_WORD, a['prec'], reg, rng, alt))
    if 'arr' in a:
        F['arr'] = ({'arr': a['arr']}, _w(ARR_WORD, a['arr'], reg, rng, alt and t == 'ac'))
    if 'pl' in a:
        F['pl'] = ({'pl': a['pl']}, _w(PL_WORD, a['pl'], reg, rng, alt))
    if 'ang' in a:
        F['ang'] = ({'ang': a['ang']}, _w(ANG_WORD, a['ang'], reg, rng))
        # 7014C / 7014AC style designation covers angle
        suffix = 'C' if a['ang'] == '15' else 'AC'
        if reg == 'voice':
            F['base_ang'] = ({'fam': FAM, 'type': t, 'base': base, 'ang': a['ang']},
                             cn_digits(base) + ('C' if a['ang'] == '15' else 'AC'))
        else:
            F['base_ang'] = ({'fam': FAM, 'type': t, 'base': base, 'ang': a['ang']}, base + suffix)
    # maker model code
    mod = a['model']
    req, opt = [], []
    if kind in ('model_code', 'partial_code') and t in ('ac', 'cr', 'bs', 'dg', 'nd', 'tr') and mod != base:
        if kind == 'model_code':
            v = _ch(rng, [mod, mod.lower(), mod.replace('/', ' ').replace('-', ' '), mod.replace('-', '').replace('/', ''),
                          mod.replace(' ', '')])
            F['model'] = ({'model': row['attrs']['model_n']}, v)
            req = ['model']
            opt = ['tword']
        else:
            frag = partial_fragment(mod, rng)
            if frag is None or len(norm_code(frag)) < 5:
                return None
            F['model'] = ({'model_sub': norm_code(frag)}, frag)
            req = ['model', 'tword']
            opt = ['brand']
    elif kind in ('model_code', 'partial_code'):
        return None
    elif kind == 'equiv_std':
        if t == 'dg' and a['seal'] in ('ZZ', '2RS', 'Z') and base[:2] in ('60', '62', '63') and len(base) == 4:
            old = OLD_SEAL[a['seal']] + {'60': '1', '62': '2', '63': '3'}[base[:2]] + base[2:]
            F['old'] = ({'fam': FAM, 'type': t, 'base': base, 'seal': a['seal']}, old)
            req = ['old', 'tword']
            opt = ['brand', 'clr']
        elif t == 'ac' and base[:2] in ('70', '72'):
            old = ('36' if a['ang'] == '15' else '46') + ('1' if base[:2] == '70' else '2') + base[2:]
            F['old'] = ({'fam': FAM, 'type': t, 'base': base, 'ang': a['ang']}, old)
            req = ['old', 'tword']
            opt = ['prec', 'arr', 'pl', 'brand']
        elif t == 'th' and base[:3] in ('511', '512'):
            old = '8' + base[2:]
            F['old'] = ({'fam': FAM, 'type': t, 'base': base}, old)
            req = ['old', 'tword']
            opt = ['brand']
        else:
            return None
    elif kind == 'bare_spec':
        if t not in ('dg', 'tr', 'th', 'ins', 'nd'):
            return None
        req = ['base', 'tword']
        opt = []
    else:
        if t == 'ac':
            req = ['base_ang', 'tword'] if rng.random() < 0.6 else ['base', 'ang', 'tword']
            opt = ['prec', 'arr', 'pl', 'brand']
        elif t == 'dg':
            req = ['base', 'tword']
            opt = ['seal', 'brand', 'clr']
        else:
            req = ['base', 'tword']
            opt = ['prec', 'arr', 'brand']
        if kind == 'grade_notation':
            g = [x for x in ('clr', 'prec', 'arr') if x in F and not (x == 'clr' and a['clr'] == 'CN' and rng.random() < 0.7)]
            if not g:
                return None
            req.append(_ch(rng, g))
    if kind == 'english' and reg == 'en':
        pass
    if null:
        names = list(F.keys())
        names = [n for n in names if n not in ('model', 'old', 'base_ang')]
        if 'ang' in a:
            names = [n for n in names if n != 'base'] + ['base_ang']
            names.remove('ang')
        cons = {}
        for n in names:
            cons.update(F[n][0])
        return _assemble(F, names, reg, rng, kind), cons
    names = pick(F, req, opt, count, rng, extra_p=0.2)
    if names is None:
        return None
    if kind == 'self_correct':
        if 'base' not in names and 'base_ang' not in names:
            return None
        key = 'base' if 'base' in names else 'base_ang'
        wb = _wrong_base(base, rng)
        if wb is None:
            return None
        wtxt = F[key][1].replace(base, wb) if reg != 'voice' else cn_digits(wb)
        sep = _ch(rng, ['，不对，是', '…不是，', '，说错了，']) if reg != 'tw' else _ch(rng, ['，不對，是', '，更正：'])
        F[key] = (F[key][0], wtxt + sep + F[key][1])
    cons = {}
    for n in names:
        cons.update(F[n][0])
    return _assemble(F, names, reg, rng, kind), cons


def _wrong_base(base, rng):
    if not base[-2:].isdigit():
        return None
    n = int(base[-2:])
    m = n + _ch(rng, [-1, 1, 2])
    if m < 0:
        m = n + 1
    return base[:-2] + '%02d' % m


def _assemble(F, names, reg, rng, kind):
    head = [F[n][1] for n in ('model', 'old', 'base_ang', 'base') if n in names]
    mid = [F[n][1] for n in ('ang', 'seal', 'clr', 'prec', 'arr', 'pl') if n in names]
    tw = F['tword'][1] if 'tword' in names else ''
    br = F['brand'][1] if 'brand' in names else ''
    p = _ch(rng, ['{br} {head} {mid} {tw}', '{head} {tw} {mid} {br}', '{tw} {head} {mid} {br}', '{br}{tw} {head} {mid}'])
    if reg == 'en':
        p = _ch(rng, ['{br} {head} {mid} {tw}', '{tw} {head} {mid} {br}'])
    s = p.format(br=br, head=' '.join(head), mid=' '.join(mid), tw=tw)
    return ' '.join(s.split())


def render_null(row, style, rng, count):
    a = row['attrs']
    t = a['type']
    fake = dict(row)
    fa = dict(a)
    if t == 'dg':
        opts = []
        for b in ('ZWZ', 'HRB', 'NSK', 'SKF', 'FAG'):
            if b != a['brand']:
                opts.append(('brand', b))
        if a['clr'] == 'CN':
            opts.append(('clr', 'C3'))
        opts.append(('seal', {'open': '2RS', 'ZZ': '2RS', '2RS': 'ZZ', 'Z': 'ZZ'}[a['seal']]))
        k, v = _ch(rng, opts)
        fa[k] = v
    elif t == 'ac':
        k, v = _ch(rng, [('prec', 'P5' if a['prec'] == 'P4' else 'P4'), ('pl', 'M' if a['pl'] == 'L' else 'L'),
                         ('arr', _ch(rng, ['DF', 'DT', 'DB']))])
        fa[k] = v
    else:
        return None
    fake['attrs'] = fa
    r = render(fake, 'cat_spec', style, rng, count, null=True)
    if r is None or count(r[1]) != 0:
        return None
    return r
