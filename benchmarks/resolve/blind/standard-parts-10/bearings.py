"""Bearings: deep groove (several makers, suffix styles), stainless, insert bearings with housings,
linear bushings, rod ends, cam followers."""
from common import Item, fmt, cn_digits, cn_num, pick, wrap, apply_typo

DIMS = {
    '608': (8, 22, 7), '609': (9, 24, 7), '625': (5, 16, 5), '626': (6, 19, 6), '627': (7, 22, 7), '629': (9, 26, 8),
    '6000': (10, 26, 8), '6001': (12, 28, 8), '6002': (15, 32, 9), '6003': (17, 35, 10), '6004': (20, 42, 12),
    '6005': (25, 47, 12), '6006': (30, 55, 13), '6007': (35, 62, 14), '6008': (40, 68, 15), '6009': (45, 75, 16),
    '6010': (50, 80, 16),
    '6200': (10, 30, 9), '6201': (12, 32, 10), '6202': (15, 35, 11), '6203': (17, 40, 12), '6204': (20, 47, 14),
    '6205': (25, 52, 15), '6206': (30, 62, 16), '6207': (35, 72, 17), '6208': (40, 80, 18), '6209': (45, 85, 19),
    '6210': (50, 90, 20), '6211': (55, 100, 21), '6212': (60, 110, 22),
    '6300': (10, 35, 11), '6301': (12, 37, 12), '6302': (15, 42, 13), '6303': (17, 47, 14), '6304': (20, 52, 15),
    '6305': (25, 62, 17), '6306': (30, 72, 19), '6307': (35, 80, 21), '6308': (40, 90, 23), '6309': (45, 100, 25),
    '6310': (50, 110, 27),
    '6800': (10, 19, 5), '6801': (12, 21, 5), '6802': (15, 24, 5), '6803': (17, 26, 5), '6804': (20, 32, 7),
    '6805': (25, 37, 7), '6806': (30, 42, 7),
    '6900': (10, 22, 6), '6901': (12, 24, 6), '6902': (15, 28, 7), '6903': (17, 30, 7), '6904': (20, 37, 9),
    '6905': (25, 42, 9), '6906': (30, 47, 9),
}
COMMON = {'6200', '6201', '6202', '6203', '6204', '6205', '6206', '6207', '6208', '6004', '6005', '6006', '608', '6305',
          '6304', '6306', '6001', '6002', '6003'}
MAKERS = ['SKF', 'NSK', 'FAG', 'NTN', 'HRB', 'CU']
MAKER_CN = {'SKF': ['SKF', '斯凯孚', 'skf'], 'NSK': ['NSK', '恩斯克', '日本NSK'], 'FAG': ['FAG', '舍弗勒FAG'],
            'NTN': ['NTN', 'ntn'], 'HRB': ['哈轴', 'HRB'], 'CU': ['人本', 'C&U'], '国产': ['国产'],
            'FYH': ['FYH', '日本FYH'], 'ASAHI': ['ASAHI', '旭日'], 'ZWZ': ['瓦轴', 'ZWZ'],
            'THK': ['THK'], 'SAMICK': ['SAMICK', '三益'], 'IKO': ['IKO'], 'INA': ['INA']}
MAKER_EN = {'SKF': 'SKF', 'NSK': 'NSK', 'FAG': 'FAG', 'NTN': 'NTN', 'HRB': 'HRB', 'CU': 'C&U', '国产': 'CHINA',
            'FYH': 'FYH', 'ASAHI': 'ASAHI', 'ZWZ': 'ZWZ', 'THK': 'THK', 'SAMICK': 'SAMICK', 'IKO': 'IKO', 'INA': 'INA'}
CAT_DG = '轴承/深沟球轴承'
CAT_SS = '轴承/不锈钢轴承'
CAT_INS = '轴承/外球面轴承'
CAT_LIN = '轴承/直线轴承'
CAT_ROD = '轴承/杆端关节轴承'
CAT_CF = '轴承/凸轮随动器'


def dg_model(maker, base, seal, clr, ss):
    if ss:
        if maker == 'SKF':
            return 'W ' + base + {'open': '', 'ZZ': '-2Z', '2RS': '-2RS1'}[seal] + ('/C3' if clr == 'C3' else '')
        return 'S' + base + {'open': '', 'ZZ': 'ZZ', '2RS': '-2RS'}[seal]
    if maker == 'SKF':
        return base + {'open': '', 'ZZ': '-2Z', '2RS': '-2RSH'}[seal] + ('/C3' if clr == 'C3' else '')
    if maker == 'NSK':
        return base + {'open': '', 'ZZ': 'ZZ', '2RS': 'DDU'}[seal] + ('C3' if clr == 'C3' else '')
    if maker == 'FAG':
        return base + {'open': '', 'ZZ': '-2Z', '2RS': '-2RSR'}[seal] + ('-C3' if clr == 'C3' else '')
    if maker == 'NTN':
        return base + {'open': '', 'ZZ': 'ZZ', '2RS': 'LLU'}[seal] + ('C3' if clr == 'C3' else '')
    if maker == 'HRB':
        return base + {'open': '', 'ZZ': '-2Z', '2RS': '-2RS'}[seal] + ('/C3' if clr == 'C3' else '')
    if maker == 'CU':
        return base + {'open': '', 'ZZ': '-ZZ', '2RS': '-2RS'}[seal] + ('C3' if clr == 'C3' else '')


def old_gb(base, seal):
    core = base[1:] if base.startswith('6') and len(base) == 4 else None
    if core is None:
        return None
    return {'open': '', 'ZZ': '80', '2RS': '180'}[seal] + core


SEAL_CN = {'open': '开式', 'ZZ': '双面铁盖', '2RS': '双面胶盖'}


def dg_row(maker, base, seal, clr, ss, src):
    model = dg_model(maker, base, seal, clr, ss)
    d, D, B = DIMS[base]
    a = dict(fam='bearing', btype='deep', base=base, seal=seal, maker=maker, clr=clr, ss=ss, model=model)
    mk = MAKER_CN[maker][0] if maker != 'CU' else '人本'
    if src == 'eng':
        name = '不锈钢深沟球轴承' if ss else '深沟球轴承'
        spec = '%s %s %d×%d×%d' % (mk, model, d, D, B)
        if maker == 'HRB' and not ss and old_gb(base, seal):
            spec += ' (旧%s)' % old_gb(base, seal)
        unit = '套'
    elif src == 'store':
        name = ('不锈钢啤呤' if ss else '啤呤') if maker != 'HRB' else '哈轴轴承'
        spec = '%s %s' % (model, mk) if maker != 'HRB' else model + (' 旧号%s' % old_gb(base, seal) if old_gb(base, seal) else '')
        unit = '粒'
    else:
        name = ('STAINLESS ' if ss else '') + 'DEEP GROOVE BALL BEARING'
        spec = '%s %s' % (model, MAKER_EN[maker])
        unit = 'PCS'
    return Item(name, spec, unit, CAT_SS if ss else CAT_DG, a, src)


INS_BORE = {'201': 12, '202': 15, '203': 17, '204': 20, '205': 25, '206': 30, '207': 35, '208': 40, '209': 45,
            '210': 50, '211': 55, '212': 60}
HOUSING = {'P': ('立式座', 'PILLOW BLOCK'), 'F': ('方形座', 'SQUARE FLANGE'), 'FL': ('菱形座', '2-BOLT FLANGE'),
           'T': ('滑块座', 'TAKE-UP UNIT'), 'FC': ('圆法兰座', 'ROUND FLANGE'), 'none': ('轴承芯', 'INSERT')}
HOUSING_Q = {'P': ['立式座', '立式带座轴承', '座子轴承(立式)', 'pillow block'],
             'F': ['方座', '四孔方座', '方形带座轴承'], 'FL': ['菱形座', '两孔座', '菱形带座轴承'],
             'T': ['滑块座', '张紧座'], 'FC': ['圆法兰座', '圆座'], 'none': ['轴承芯', '外球面轴承芯', '球面芯']}
HMAT_Q = {'iron': None, 'ss': ['不锈钢座', '全不锈钢'], 'plastic': ['塑料座', '白色塑料座']}


def ins_model(housing, bore, hmat):
    pre = '' if hmat == 'iron' else 'S'
    core = 'UC' + ('' if housing == 'none' else housing) + bore
    m = pre + core
    if hmat == 'plastic':
        m = 'TP-' + m
    return m


def build(rng):
    items = []
    # deep groove
    for base in DIMS:
        common = base in COMMON
        for seal in ('open', 'ZZ', '2RS'):
            if seal == 'open' and rng.random() < 0.5:
                continue
            n = rng.choice([3, 4, 4, 5]) if common else rng.choice([1, 1, 2, 3])
            makers = rng.sample(MAKERS, n)
            for m in makers:
                src = rng.choice(['eng', 'store', 'store', 'hk'])
                items.append(dg_row(m, base, seal, 'CN', False, src))
                if common and seal != 'open' and m in ('SKF', 'NSK', 'FAG', 'NTN') and rng.random() < 0.5:
                    items.append(dg_row(m, base, seal, 'C3', False, src))
    # stainless
    for base in ['608', '625', '626', '6000', '6001', '6002', '6003', '6004', '6005', '6200', '6201', '6202', '6203',
                 '6204', '6205', '6206', '6800', '6801', '6900', '6901']:
        for seal in ('ZZ', '2RS'):
            for m in ('SKF', '国产'):
                if rng.random() < 0.6:
                    items.append(dg_row(m, base, seal, 'CN', True, rng.choice(['eng', 'store', 'hk'])))
    # insert bearings
    for bore in INS_BORE:
        for housing in HOUSING:
            for hmat in ('iron', 'ss', 'plastic'):
                if hmat != 'iron' and (housing in ('T', 'FC') or int(bore) > 208):
                    continue
                makers = {'iron': ['NSK', 'FYH', 'ASAHI', 'ZWZ'], 'ss': ['FYH', '国产'], 'plastic': ['国产']}[hmat]
                chosen = [m for m in makers if rng.random() < (0.7 if hmat == 'iron' else 0.7)]
                for m in chosen:
                    src = rng.choice(['eng', 'store', 'hk'])
                    model = ins_model(housing, bore, hmat)
                    a = dict(fam='bearing', btype='insert', housing=housing, bore=bore, hmat=hmat, maker=m, model=model)
                    hc, he = HOUSING[housing]
                    mk = MAKER_CN[m][0]
                    if src == 'eng':
                        name = '外球面轴承' + ('' if housing == 'none' else '带' + hc)
                        extra = {'iron': '', 'ss': ' 不锈钢座', 'plastic': ' 塑料座不锈钢芯'}[hmat]
                        spec = '%s %s 轴径%d%s' % (mk, model, INS_BORE[bore], extra)
                        unit = '套'
                    elif src == 'store':
                        name = {'iron': '', 'ss': '不锈钢', 'plastic': '塑料'}[hmat] + (
                            '啤呤座' if housing != 'none' else '外球面啤呤') + ('(%s)' % hc if housing != 'none' else '')
                        spec = '%s %s' % (model, mk)
                        unit = '套' if housing != 'none' else '粒'
                    else:
                        name = {'iron': '', 'ss': 'SS ', 'plastic': 'THERMOPLASTIC '}[hmat] + (
                            '%s BEARING UNIT' % he if housing != 'none' else 'INSERT BEARING')
                        spec = '%s %s BORE %dMM' % (model, MAKER_EN[m], INS_BORE[bore])
                        unit = 'SET' if housing != 'none' else 'PCS'
                    items.append(Item(name, spec, unit, CAT_INS, a, src))
    # linear bushings
    for d in [6, 8, 10, 12, 13, 16, 20, 25, 30, 35, 40]:
        for form, pat in [('std', 'LM%dUU'), ('long', 'LM%dLUU'), ('flange', 'LMF%dUU'), ('sqflange', 'LMK%dUU'),
                          ('flange_long', 'LMF%dLUU')]:
            for m in ('THK', 'SAMICK', '国产'):
                if rng.random() < (0.85 if form == 'std' else 0.6):
                    model = pat % d
                    src = rng.choice(['eng', 'store', 'hk'])
                    a = dict(fam='bearing', btype='linear', d=str(d), form=form, maker=m, model=model)
                    fc = {'std': '直线轴承', 'long': '加长直线轴承', 'flange': '圆法兰直线轴承', 'sqflange': '方法兰直线轴承',
                          'flange_long': '加长圆法兰直线轴承'}[form]
                    if src == 'hk':
                        name = 'LINEAR BUSHING' + {'std': '', 'long': ' LONG', 'flange': ' ROUND FLANGE',
                                                   'sqflange': ' SQUARE FLANGE', 'flange_long': ' ROUND FLANGE LONG'}[form]
                        spec, unit = '%s %s' % (model, MAKER_EN[m]), 'PCS'
                    elif src == 'store':
                        name, spec, unit = fc.replace('轴承', '啤呤') if rng.random() < 0.5 else fc, '%s %s' % (model, MAKER_CN[m][0]), '个'
                    else:
                        name, spec, unit = fc, '%s %s 内径%d' % (MAKER_CN[m][0], model, d), '个'
                    items.append(Item(name, spec, unit, CAT_LIN, a, src))
    # rod ends
    for d in [5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25]:
        for thread in ('F', 'M'):
            for hand in ('R', 'L'):
                for m in ('国产', 'IKO'):
                    if m == 'IKO' and rng.random() < 0.5:
                        continue
                    if hand == 'L' and rng.random() < 0.4:
                        continue
                    if m == 'IKO':
                        model = ('PHS' if thread == 'F' else 'POS') + ('L' if hand == 'L' else '') + str(d)
                    else:
                        model = ('SI' if thread == 'F' else 'SA') + ('L' if hand == 'L' else '') + '%dT/K' % d
                    a = dict(fam='bearing', btype='rodend', d=str(d), thread=thread, hand=hand, maker=m, model=model)
                    src = rng.choice(['eng', 'store'])
                    if src == 'eng':
                        name = '杆端关节轴承 ' + ('内螺纹' if thread == 'F' else '外螺纹')
                        spec = '%s %s %s M%d' % (MAKER_CN[m][0], model, '左旋' if hand == 'L' else '右旋', d if d > 5 else 5)
                        unit = '个'
                    else:
                        name = '鱼眼接头' + ('(内牙)' if thread == 'F' else '(外牙)')
                        spec = '%s %s%s' % (model, MAKER_CN[m][0], ' 反牙' if hand == 'L' else '')
                        unit = '个'
                    items.append(Item(name, spec, unit, CAT_ROD, a, src))
    # angular contact, self-aligning, needle, thrust
    CAT_OTH = '轴承/其他轴承'
    for base in ['7200', '7201', '7202', '7203', '7204', '7205', '7206', '7207', '7208', '7209', '7210',
                 '7000', '7001', '7002', '7003', '7004', '7005', '7006', '7007', '7008']:
        for ang in ('B', 'C', 'AC'):
            for m, fmtm in (('SKF', '%s %sEP'), ('NSK', '%s%s'), ('FAG', '%s-%s-TVP')):
                if rng.random() < 0.45:
                    model = fmtm % (base, ang if not (m == 'SKF' and ang == 'C') else 'CD')
                    if m == 'SKF' and ang == 'C':
                        model = '%s CD/P4A' % base
                    a = dict(fam='bearing', btype='angular', base=base, angle=ang, maker=m, model=model)
                    items.append(Item('角接触球轴承', '%s %s 接触角%s' % (m, model, {'B': '40°', 'C': '15°', 'AC': '25°'}[ang]), '套', CAT_OTH, a, 'eng'))
    for base in ['1200', '1201', '1202', '1203', '1204', '1205', '1206', '1207', '1208', '1209', '1210',
                 '2200', '2201', '2202', '2203', '2204', '2205', '2206', '2207', '2208']:
        for bore in ('cyl', 'taper'):
            for m in ('SKF', 'NSK', 'FAG', 'HRB'):
                if rng.random() < 0.4:
                    model = base + ('K' if bore == 'taper' else '') + {'SKF': ' ETN9', 'NSK': '', 'FAG': '-TVH', 'HRB': ''}[m]
                    a = dict(fam='bearing', btype='selfalign', base=base, bore_t=bore, maker=m, model=model)
                    items.append(Item('调心球轴承', '%s %s%s' % (MAKER_CN[m][0], model, ' 锥孔' if bore == 'taper' else ''), '套', CAT_OTH, a, 'eng'))
    for hk in ['0808', '1010', '1012', '1210', '1212', '1412', '1512', '1516', '1612', '2016', '2020', '2516', '3020']:
        for m, fmtm in (('INA', 'HK%s'), ('IKO', 'TLA%sZ'), ('NSK', 'FJ-%s')):
            if rng.random() < 0.6:
                model = fmtm % hk
                a = dict(fam='bearing', btype='needle', size=hk, maker=m, model=model)
                items.append(Item('冲压外圈滚针轴承', '%s %s 内径%d 宽%d' % (m, model, int(hk[:2]), int(hk[2:])), '个', CAT_OTH, a, 'eng'))
    for base in ['51100', '51101', '51102', '51103', '51104', '51105', '51106', '51107', '51108', '51110', '51200', '51201',
                 '51202', '51203', '51204', '51205', '51206']:
        for m in ('NSK', 'HRB', 'CU'):
            if rng.random() < 0.5:
                a = dict(fam='bearing', btype='thrust', base=base, maker=m, model=base)
                items.append(Item('推力球轴承', '%s %s' % (MAKER_CN[m][0], base), '套', CAT_OTH, a, 'eng'))
    for d in (6, 8, 10, 12, 15, 16, 17, 20, 25, 30, 35, 40, 45, 50):
        for suf in ('E', 'ES', 'ES-2RS'):
            if rng.random() < 0.6:
                model = 'GE%d%s' % (d, suf)
                a = dict(fam='bearing', btype='plain', d=str(d), model=model, maker='国产')
                items.append(Item('向心关节轴承', model, '个', CAT_ROD, a, 'eng'))
    # cam followers
    for d, od in [(6, 16), (8, 19), (10, 22), (12, 30), (16, 35), (18, 40), (20, 52), (24, 62)]:
        for m in ('IKO', 'THK'):
            for crown in (False, True):
                if rng.random() < 0.55:
                    model = 'CF%dUU%s' % (d, 'R' if crown else '') if m == 'IKO' else 'CF%d-%sUU' % (d, 'R' if crown else '')
                    model = model.replace('-UU', 'UU') if m == 'THK' and not crown else model
                    a = dict(fam='bearing', btype='camfol', system='CF', size=str(d), crown=crown, maker=m, model=model)
                    items.append(Item('凸轮随动器' if rng.random() < 0.6 else '螺栓型滚轮轴承',
                                      '%s %s 外径%d%s' % (m, model, od, ' 球面外圈' if crown else ''), '个', CAT_CF, a, 'eng'))
        if rng.random() < 0.8:
            model = 'KR%dPP' % od
            a = dict(fam='bearing', btype='camfol', system='KR', size=str(od), crown=False, maker='INA', model=model)
            items.append(Item('CAM FOLLOWER', '%s INA STUD M%d' % (model, d), 'PCS', CAT_CF, a, 'hk'))
    return items


# =============================================================== queries
SEAL_Q = {'open': ['开式', '无盖', 'OPEN'], 'ZZ': ['ZZ', '2Z', '铁盖', '双铁盖', '铁封'],
          '2RS': ['2RS', '胶盖', '双胶盖', '胶封', '2RS密封']}
SEAL_V = {'open': ['开式', '冇盖'], 'ZZ': ['双面铁盖', '铁盖', '两个铁盖'], '2RS': ['双面胶盖', '胶盖', '两边胶封']}
SEAL_EN = {'open': ['OPEN'], 'ZZ': ['ZZ', '2Z', 'SHIELDED'], '2RS': ['2RS', 'RUBBER SEALED', '2RS SEALED']}


def _choose(ctx, rng, cond, fn, tries=600):
    pool = ctx.fam['bearing']
    for _ in range(tries):
        t = pick(rng, pool)
        if t.number in ctx.used or not cond(t):
            continue
        r = fn(t)
        if r is None:
            continue
        if ctx.unique(r[1], t):
            return r[0], r[1], t
    return None


def dg_parts(t, rng, with_seal, with_maker, with_clr, seal_tab=SEAL_Q, maker_tab=MAKER_CN):
    a = t.a
    st = {'fam': 'bearing', 'base': a['base']}
    parts = []
    if a['ss']:
        st['ss'] = True
    if with_seal:
        st['seal'] = a['seal']
    if with_maker:
        st['maker'] = a['maker']
    if with_clr and a['clr'] == 'C3':
        st['clr'] = 'C3'
    return st


def gen(ctx, rng, qk, style):
    cat = {'cantonese': '啤呤', 'hk_english': 'bearing'}.get(style, '轴承')

    def deep_text(t, seal_mode, maker_mode, clr, base_mode='plain'):
        a = t.a
        base = a['base']
        if base_mode == 'voice':
            b = cn_digits(base, yao=rng.random() < 0.5)
        elif base_mode == 'dims':
            b = '%d*%d*%d' % DIMS[base] if rng.random() < 0.5 else '%dx%dx%d' % DIMS[base]
        else:
            b = base
        ss = '不锈钢' if a['ss'] else ''
        if a['ss'] and style == 'hk_english':
            ss = 'STAINLESS '
        seal = ''
        if seal_mode:
            tab = {'q': SEAL_Q, 'v': SEAL_V, 'en': SEAL_EN}[seal_mode]
            seal = pick(rng, tab[a['seal']])
        mk = ''
        if maker_mode:
            mk = pick(rng, MAKER_CN[a['maker']]) if maker_mode != 'en' else MAKER_EN[a['maker']]
        c = ' C3' if clr and a['clr'] == 'C3' else ''
        st = {'fam': 'bearing', 'base': base}
        if a['ss']:
            st['ss'] = True
        if seal_mode:
            st['seal'] = a['seal']
        if maker_mode:
            st['maker'] = a['maker']
        if clr and a['clr'] == 'C3':
            st['clr'] = 'C3'
        joiner = '' if (seal and seal[0].isalnum() and rng.random() < 0.5) else ' '
        core = b + joiner + seal + c if seal else b + c
        if base_mode == 'dims':
            core = '%s %s' % (b, seal) if seal else b
        return ss, core, mk, st

    if qk == 'bare_spec_category':
        def fn(t):
            a = t.a
            if a['btype'] == 'deep':
                ss, core, mk, st = deep_text(t, None, None, False)
                if a['ss']:
                    return None
                return (pick(rng, ['%s%s' % (cat, core), '%s %s' % (core, cat)]), st)
            if a['btype'] == 'insert' and a['hmat'] == 'iron':
                core = 'UC%s%s' % ('' if a['housing'] == 'none' else a['housing'], a['bore'])
                return ('%s %s' % (core, cat), {'fam': 'bearing', 'btype': 'insert', 'housing': a['housing'], 'bore': a['bore']})
            if a['btype'] == 'linear':
                return ('%s %s' % (a['model'], pick(rng, ['直线轴承', cat])), {'fam': 'bearing', 'btype': 'linear', 'd': a['d'], 'form': a['form']})
            return None
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'spec_with_category':
        def fn(t):
            a = t.a
            if a['btype'] == 'deep':
                ss, core, mk, st = deep_text(t, 'q', 'q' if rng.random() < 0.7 else None, True)
                return ('%s%s%s %s' % (mk + ' ' if mk else '', ss, core, cat)).strip(), st
            if a['btype'] == 'insert':
                hw = pick(rng, HOUSING_Q[a['housing']])
                hm = HMAT_Q[a['hmat']]
                st = {'fam': 'bearing', 'btype': 'insert', 'housing': a['housing'], 'bore': a['bore']}
                txt = '%s 轴径%d' % (hw, INS_BORE[a['bore']]) if rng.random() < 0.5 else '%s %d的轴' % (hw, INS_BORE[a['bore']])
                if hm:
                    txt = pick(rng, hm) + ' ' + txt
                    st['hmat'] = a['hmat']
                if rng.random() < 0.5:
                    txt += ' ' + pick(rng, MAKER_CN[a['maker']])
                    st['maker'] = a['maker']
                return txt, st
            if a['btype'] == 'rodend':
                st = {'fam': 'bearing', 'btype': 'rodend', 'd': a['d'], 'thread': a['thread'], 'hand': a['hand']}
                txt = '%s M%s %s%s' % (pick(rng, ['鱼眼接头', '杆端轴承', '关节轴承鱼眼']), a['d'],
                                        pick(rng, ['内牙', '内螺纹']) if a['thread'] == 'F' else pick(rng, ['外牙', '外螺纹']),
                                        ' ' + pick(rng, ['反牙', '左旋']) if a['hand'] == 'L' else ' ' + pick(rng, ['正牙', '右旋']))
                if rng.random() < 0.4:
                    txt += ' ' + MAKER_CN[a['maker']][0]
                    st['maker'] = a['maker']
                return txt, st
            return None
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'model_code':
        def fn(t):
            a = t.a
            m = a['model']
            if a['btype'] == 'deep':
                if a['maker'] in ('HRB', 'CU', '国产'):
                    return None
                v = pick(rng, [m, m.replace('-', ''), m.replace('/', ' '), m.lower()])
                st = {'fam': 'bearing', 'model_eq': m}
                return v, st
            v = pick(rng, [m, m.replace('/', ''), m.lower()])
            return v, {'fam': 'bearing', 'model_eq': m}
        r = _choose(ctx, rng, lambda t: True, fn)
        if r:
            text, st, t = r
            a = t.a
            # state what the maker suffix / maker name implies
            pre = ''
            if rng.random() < 0.5:
                pre = MAKER_EN.get(a['maker'], '') + ' '
            r = ((pre + text + ' ' + (cat if rng.random() < 0.6 else '')).strip(), st, t)
    elif qk == 'equivalent_standard':
        def fn(t):
            a = t.a
            if a['btype'] != 'deep' or a['ss'] or a['clr'] == 'C3':
                return None
            og = old_gb(a['base'], a['seal'])
            if og and a['seal'] != 'open' and rng.random() < 0.6 and a['maker'] != 'HRB':
                return ('%s %s' % (og, cat), {'fam': 'bearing', 'base': a['base'], 'seal': a['seal']})
            if og and a['maker'] == 'HRB' and a['seal'] != 'open':
                return ('哈轴 %s %s' % (og, pick(rng, ['老型号', '旧型号', ''])),
                        {'fam': 'bearing', 'base': a['base'], 'seal': a['seal'], 'maker': 'HRB'})
            # suffix of another maker family (ZZ vs 2Z, 2RS vs DDU/LLU/2RSH)
            if a['seal'] == 'open':
                return None
            alt = {'ZZ': ['ZZ', '-2Z', '-ZZ'], '2RS': ['-2RS', '2RS', '-2RS1']}[a['seal']]
            alt = [x for x in alt if x not in a['model']]
            txt = '%s%s %s' % (a['base'], pick(rng, alt), pick(rng, MAKER_CN[a['maker']]))
            return txt, {'fam': 'bearing', 'base': a['base'], 'seal': a['seal'], 'maker': a['maker']}
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'size_notation':
        def fn(t):
            a = t.a
            if a['btype'] != 'deep' or a['ss']:
                return None
            ss, core, mk, st = deep_text(t, pick(rng, ['q', None]), pick(rng, ['q', None]), False, base_mode='dims')
            st.pop('base')
            d, D, B = DIMS[a['base']]
            st['dims'] = (d, D, B)
            return ('%s%s %s %s' % (ss, pick(rng, ['内径外径厚度 ', '尺寸', '']) + core, mk, cat)).strip(), st
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'voice':
        def fn(t):
            a = t.a
            if a['btype'] == 'deep':
                ss, core, mk, st = deep_text(t, 'v', pick(rng, ['q', None]), False, base_mode='voice')
                return ('%s%s %s %s' % (ss, core, mk, cat)).replace('  ', ' ').strip(), st
            if a['btype'] == 'linear':
                fw = {'std': '直线轴承', 'long': '加长直线轴承', 'flange': '圆法兰直线轴承', 'sqflange': '方法兰直线轴承',
                      'flange_long': '加长带圆法兰直线轴承'}[a['form']]
                return ('%s的%s' % (cn_num(a['d']), fw), {'fam': 'bearing', 'btype': 'linear', 'd': a['d'], 'form': a['form']})
            return None
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'nickname':
        def fn(t):
            a = t.a
            if a['btype'] == 'insert' and t.src != 'store':
                hw = pick(rng, ['啤呤座', '座子啤呤', '带座啤呤'])
                hn = {'P': '立式', 'F': '方', 'FL': '菱形', 'T': '滑块', 'FC': '圆', 'none': None}[a['housing']]
                if hn is None:
                    return None
                st = {'fam': 'bearing', 'btype': 'insert', 'housing': a['housing'], 'bore': a['bore']}
                hm = HMAT_Q[a['hmat']]
                pre = ''
                if hm:
                    pre = pick(rng, hm)
                    st['hmat'] = a['hmat']
                txt = '%s%s%s %s轴' % (pre, hn, hw, INS_BORE[a['bore']])
                return txt, st
            if a['btype'] == 'rodend' and t.src == 'eng':
                st = {'fam': 'bearing', 'btype': 'rodend', 'd': a['d'], 'thread': a['thread'], 'hand': a['hand']}
                txt = '鱼眼 %s M%s%s' % ('内牙' if a['thread'] == 'F' else '外牙', a['d'], ' 反牙' if a['hand'] == 'L' else ' 正牙')
                return txt, st
            if a['btype'] == 'camfol' and a['system'] == 'CF':
                st = {'fam': 'bearing', 'btype': 'camfol', 'system': 'CF', 'size': a['size'], 'crown': a['crown'],
                      'maker': a['maker']}
                txt = '%s 螺栓滚轮 %s %s' % (a['maker'], a['size'], '球面' if a['crown'] else '圆柱外圈')
                return txt, st
            if a['btype'] == 'deep' and t.src != 'store' and not a['ss']:
                ss, core, mk, st = deep_text(t, 'v', 'q', True)
                return ('%s 啤呤 %s' % (core, mk)), st
            return None
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'english':
        def fn(t):
            a = t.a
            if t.src == 'hk':
                return None
            if a['btype'] == 'deep':
                ss, core, mk, st = deep_text(t, 'en', 'en', True)
                return ('%s%s %s %s' % ('STAINLESS ' if a['ss'] else '', pick(rng, ['BEARING', 'BALL BEARING', 'bearing']), core, mk)).strip(), st
            if a['btype'] == 'insert':
                he = HOUSING[a['housing']][1]
                st = {'fam': 'bearing', 'btype': 'insert', 'housing': a['housing'], 'bore': a['bore'], 'maker': a['maker']}
                pre = {'iron': '', 'ss': 'SS ', 'plastic': 'PLASTIC HOUSING '}[a['hmat']]
                if a['hmat'] != 'iron':
                    st['hmat'] = a['hmat']
                return '%s%s %s %dMM BORE' % (pre, he, MAKER_EN[a['maker']], INS_BORE[a['bore']]), st
            if a['btype'] == 'linear':
                fe = {'std': 'LINEAR BEARING', 'long': 'LONG LINEAR BEARING', 'flange': 'FLANGED LINEAR BEARING ROUND',
                      'sqflange': 'FLANGED LINEAR BEARING SQUARE', 'flange_long': 'LONG ROUND FLANGE LINEAR BEARING'}[a['form']]
                return '%s %sMM %s' % (fe, a['d'], MAKER_EN[a['maker']]), {'fam': 'bearing', 'btype': 'linear', 'd': a['d'], 'form': a['form'], 'maker': a['maker']}
            return None
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'typo':
        def fn(t):
            a = t.a
            if a['btype'] != 'deep':
                return None
            ss, core, mk, st = deep_text(t, 'q', 'q', True)
            base = '%s %s %s%s' % (mk, pick(rng, ['轴承', 'bearing', '啤呤']), ss, core)
            if rng.random() < 0.4 and '0' in core:
                # letter O for zero, a classic phone typo
                i = core.index('0')
                core2 = core[:i] + 'O' + core[i + 1:]
                return base.replace(core, core2), st
            ty = apply_typo(base, rng)
            return (ty, st) if ty else None
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'partial_code':
        def fn(t):
            a = t.a
            if a['btype'] not in ('insert', 'linear', 'rodend', 'camfol'):
                return None
            m = a['model']
            core = m.split('-')[-1] if a['btype'] == 'insert' and '-' in m else m
            if a['btype'] == 'rodend' and '/' in m:
                core = m.split('/')[0]
            elif a['btype'] == 'linear':
                core = m[:-2] if m.endswith('UU') else m
            elif a['btype'] == 'camfol':
                core = m.replace('UU', '').rstrip('-')
            else:
                return None
            st = {'fam': 'bearing', 'model_sub': core}
            if rng.random() < 0.5:
                st['maker'] = a['maker']
                return '%s %s %s' % (MAKER_EN[a['maker']], core, cat), st
            return '%s %s' % (core, cat), st
        r = _choose(ctx, rng, lambda t: True, fn)
    elif qk == 'null':
        return gen_null(ctx, rng, style, cat)
    else:
        raise ValueError(qk)
    if r is None:
        return None
    return wrap(style, r[0], rng), r[1], r[2]


def gen_null(ctx, rng, style, cat):
    for _ in range(300):
        how = rng.randrange(4)
        if how == 0:
            base = pick(rng, ['6213', '6214', '6311', '6312', '6807', '6907', '6011', '16004'])
            seal = pick(rng, ['ZZ', '2RS'])
            st = {'fam': 'bearing', 'base': base}
            txt = '%s%s %s' % (base, pick(rng, SEAL_Q[seal]), cat)
            st['seal'] = seal
        elif how == 1:
            t = pick(rng, ctx.fam['bearing'])
            a = t.a
            if a['btype'] != 'deep' or a['ss'] or a['seal'] == 'open':
                continue
            m = pick(rng, MAKERS)
            st = {'fam': 'bearing', 'base': a['base'], 'seal': a['seal'], 'maker': m}
            txt = '%s %s %s' % (pick(rng, MAKER_CN[m]), a['base'] + pick(rng, SEAL_Q[a['seal']]), cat)
        elif how == 2:
            bore = pick(rng, ['213', '215', '216'])
            h = pick(rng, ['P', 'F', 'FL'])
            st = {'fam': 'bearing', 'btype': 'insert', 'housing': h, 'bore': bore}
            txt = 'UC%s%s %s' % (h, bore, cat)
        else:
            d = pick(rng, ['50', '60', '45'])
            st = {'fam': 'bearing', 'btype': 'linear', 'd': d, 'form': 'std'}
            txt = 'LM%sUU 直线轴承' % d
        if ctx.match(st):
            continue
        return wrap(style, txt, rng), st, None
    return None
