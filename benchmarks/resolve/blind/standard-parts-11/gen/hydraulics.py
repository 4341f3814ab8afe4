"""Hydraulics (1.04.xx): 24-degree cone fittings, hose assemblies, pressure gauges, valves, pumps."""
from .common import fmt, cn_num, cn_int, cn_digits
from .simple import ch, model_facets

FAM = 'hyd'
METRIC = {('L', 6): 'M12x1.5', ('L', 8): 'M14x1.5', ('L', 10): 'M16x1.5', ('L', 12): 'M18x1.5', ('L', 15): 'M22x1.5',
          ('L', 18): 'M26x1.5', ('L', 22): 'M30x2', ('L', 28): 'M36x2', ('S', 6): 'M12x1.5', ('S', 8): 'M14x1.5',
          ('S', 10): 'M16x1.5', ('S', 12): 'M18x1.5', ('S', 14): 'M20x1.5', ('S', 16): 'M22x1.5', ('S', 20): 'M27x2',
          ('S', 25): 'M33x2', ('S', 30): 'M42x2'}
BSP = {('L', 6): 'G1/8', ('L', 8): 'G1/4', ('L', 10): 'G1/4', ('L', 12): 'G3/8', ('L', 15): 'G1/2', ('L', 18): 'G1/2',
       ('L', 22): 'G3/4', ('L', 28): 'G1', ('S', 6): 'G1/4', ('S', 8): 'G1/4', ('S', 10): 'G3/8', ('S', 12): 'G3/8',
       ('S', 14): 'G1/2', ('S', 16): 'G1/2', ('S', 20): 'G3/4', ('S', 25): 'G1', ('S', 30): 'G1-1/4'}
FORM = {'GE': dict(cn=['直通终端接头', '终端直通'], ne=['端直通', '过渡接头'], tw=['直通接頭'], en=['male stud straight connector']),
        'WE': dict(cn=['直角终端接头', '终端弯头'], ne=['端弯头', '直角过渡接头'], tw=['直角接頭'], en=['male stud elbow']),
        'G': dict(cn=['直通中间接头', '两通'], ne=['直通', '中间直通'], tw=['中間直通'], en=['straight union']),
        'W': dict(cn=['直角弯通', '直角中间接头'], ne=['弯头', '直角弯头'], tw=['90度彎頭'], en=['union elbow']),
        'T': dict(cn=['三通中间接头', '三通'], ne=['三通'], tw=['三通接頭'], en=['union tee']),
        'EW': dict(cn=['可调向直角接头', '可调弯头'], ne=['旋转弯头', '可调弯头'], tw=['可調彎頭'], en=['adjustable stud elbow']),
        'SV': dict(cn=['隔板直通接头', '穿板直通'], ne=['穿板接头', '过板直通'], tw=['穿板接頭'], en=['bulkhead union']),
        'M': dict(cn=['卡套螺母'], ne=['卡套螺母', '接头螺母'], tw=['卡套螺帽'], en=['fitting nut']),
        'D': dict(cn=['卡套'], ne=['卡套', '卡环'], tw=['束環', '卡套'], en=['cutting ring', 'ferrule'])}
FIT_WORD = dict(cn=['卡套式管接头', '24°锥管接头'], ne=['卡套接头', '油管接头'], tw=['卡套接頭'], en=['compression fitting', 'DIN 2353 fitting'])
DN_DASH = {6: '04', 8: '05', 10: '06', 12: '08', 16: '10', 20: '12', 25: '16'}
DN_INCH = {6: '1/4"', 8: '5/16"', 10: '3/8"', 12: '1/2"', 16: '5/8"', 20: '3/4"', 25: '1"'}
DN_END = {6: ('M14x1.5', '7/16-20', 'G1/4'), 8: ('M16x1.5', '1/2-20', 'G1/4'), 10: ('M18x1.5', '9/16-18', 'G3/8'),
          12: ('M22x1.5', '3/4-16', 'G1/2'), 16: ('M26x1.5', '7/8-14', 'G5/8'), 20: ('M30x2', '1-1/16-12', 'G3/4'),
          25: ('M36x2', '1-5/16-12', 'G1')}
HOSE_LEN = [250, 300, 350, 400, 450, 500, 600, 700, 800, 900, 1000, 1100, 1200, 1300, 1500, 1800, 2000, 2200, 2500, 2800,
            3000, 3500, 4000]
NPT = {k: {'G1/8': 'NPT1/8', 'G1/4': 'NPT1/4', 'G3/8': 'NPT3/8', 'G1/2': 'NPT1/2', 'G3/4': 'NPT3/4', 'G1': 'NPT1',
           'G1-1/4': 'NPT1-1/4'}[v] for k, v in BSP.items()}


def build(cat, rng):
    # ---------------- fittings
    for ser, tubes in (('L', [6, 8, 10, 12, 15, 18, 22, 28]), ('S', [6, 8, 10, 12, 14, 16, 20, 25, 30])):
        for tube in tubes:
            for mat in ('st', 'ss316'):
                if mat == 'ss316' and (rng.random() < 0.3 or tube > 25):
                    continue
                for form in ('GE', 'WE', 'EW', 'G', 'W', 'T', 'SV', 'M', 'D'):
                    if form not in ('GE', 'WE') and rng.random() < (0.3 if form in ('EW', 'SV') else 0.1):
                        continue
                    threads = [None]
                    if form in ('GE', 'WE', 'EW'):
                        threads = [METRIC[(ser, tube)]] + ([BSP[(ser, tube)]] if rng.random() < 0.85 else []) + \
                            ([NPT[(ser, tube)]] if rng.random() < 0.3 and form != 'EW' else [])
                    for th in threads:
                        model = '%s%d%s%s%s' % (form, tube, ser, '' if th is None else '-' + th, '-71' if mat == 'ss316' else '')
                        a = dict(fam=FAM, type='fit', form=form, ser=ser, tube=str(tube), mat=mat, model=model)
                        if th:
                            a['thread'] = th
                        clerk = rng.choices(['eng', 'ne', 'tw'], [0.5, 0.3, 0.2])[0]
                        fw = FORM[form][{'eng': 'cn', 'ne': 'ne', 'tw': 'tw'}[clerk]][0]
                        mt = {'st': {'eng': '碳钢镀锌', 'ne': '铁的', 'tw': '碳鋼'}, 'ss316': {'eng': '316不锈钢', 'ne': '不锈钢', 'tw': 'SUS316'}}[mat][clerk]
                        if clerk == 'eng':
                            name = fw
                            spec = '%s DIN 2353 %s' % (model, mt)
                        elif clerk == 'ne':
                            name = fw
                            spec = '%d%s %s %s' % (tube, ser, th or '', mt)
                        else:
                            name = fw
                            spec = '%s %s' % (model, mt)
                        r = cat.add(rng, '1.04.01', name, ' '.join(spec.split()), '个', '液压件/管接头', a)
                        r['clerk'] = clerk
    # ---------------- hose assemblies
    for hose in ('1SN', '2SN'):
        for dn in (6, 8, 10, 12, 16, 20, 25):
            if hose == '1SN' and dn > 16:
                continue
            for ends in (('DKOL', 'DKOL'), ('DKOL', 'DKOL90'), ('DKOL', 'DKOL45'), ('JIC', 'JIC'), ('JIC', 'JIC90'), ('BSP', 'BSP')):
                if ends != ('DKOL', 'DKOL') and rng.random() < 0.2:
                    continue
                for L in HOSE_LEN:
                    if rng.random() < 0.3:
                        continue
                    thr = DN_END[dn]
                    etxt = {'DKOL': 'DKOL ' + thr[0], 'DKOL90': 'DKOL90° ' + thr[0], 'DKOL45': 'DKOL45° ' + thr[0],
                            'JIC': 'JIC ' + thr[1], 'JIC90': 'JIC90° ' + thr[1], 'BSP': 'BSP ' + thr[2]}
                    e = '/'.join(sorted(ends))
                    a = dict(fam=FAM, type='hose', hose=hose, dn=str(dn), len=str(L), ends=e)
                    clerk = rng.choices(['eng', 'ne', 'tw'], [0.4, 0.4, 0.2])[0]
                    if clerk == 'eng':
                        name, spec = '液压胶管总成', '%s DN%d L=%dmm %s-%s' % (hose, dn, L, etxt[ends[0]], etxt[ends[1]])
                    elif clerk == 'ne':
                        name, spec = '高压油管', '%s %d分 %d长 %s/%s' % (hose, {6: 2, 8: 2.5, 10: 3, 12: 4, 16: 5, 20: 6, 25: 8}[dn] if False else dn, L, etxt[ends[0]], etxt[ends[1]])
                        spec = '%s DN%d 长%d %s/%s' % (hose, dn, L, etxt[ends[0]], etxt[ends[1]])
                    else:
                        name, spec = '油壓管組', '%s -%s %dL %s+%s' % (hose, DN_DASH[dn], L, etxt[ends[0]], etxt[ends[1]])
                    r = cat.add(rng, '1.04.02', name, spec, '根', '液压件/胶管总成', a)
                    r['clerk'] = clerk
    # ---------------- pressure gauges
    for oil in (False, True):
        for dia in (40, 60, 100, 150):
            for rng_ in ('1', '1.6', '2.5', '4', '6', '10', '16', '25', '40'):
                for mount in ('radial', 'axial'):
                    if rng.random() < (0.35 if dia in (60, 100) else 0.6):
                        continue
                    th = {40: 'M10x1', 60: 'M14x1.5', 100: 'M20x1.5', 150: 'M20x1.5'}[dia]
                    model = '%s-%d%s' % ('YN' if oil else 'Y', dia, 'Z' if mount == 'axial' else '')
                    a = dict(fam=FAM, type='gauge', oil='Y' if oil else 'N', dia=str(dia), rng=rng_, mount=mount, thread=th,
                             model=model)
                    clerk = rng.choice(['eng', 'ne'])
                    name = ('耐震压力表' if oil else '压力表') if clerk == 'eng' else '压力表'
                    spec = '%s 0-%sMPa %s %s' % (model, rng_, th.replace('x', '×'), '径向' if mount == 'radial' else '轴向')
                    r = cat.add(rng, '1.04.03', name, spec, '只', '液压件/压力表', a)
                    r['clerk'] = clerk
    # ---------------- directional valves
    for brand, ng, spools, volts in (('Rexroth', '6', 'EJHGMDYW', ('G24', 'W230')), ('Rexroth', '10', 'EJHGMD', ('G24', 'W230')),
                                     ('Huade', '6', 'EJHGMY', ('G24', 'W220')), ('Huade', '10', 'EJHGM', ('G24', 'W220')),
                                     ('Yuken', '6', ['3C2', '3C4', '3C3', '3C6', '2B2', '2B3'], ('D24', 'A220')),
                                     ('Yuken', '10', ['3C2', '3C4', '3C6', '2B2'], ('D24', 'A220'))):
        for sp in spools:
            for v in volts:
                if rng.random() < 0.2:
                    continue
                if brand == 'Rexroth':
                    model = '4WE%s%s%s/E%sN9K4' % (ng, sp, '6X' if ng == '6' else '3X', v)
                elif brand == 'Huade':
                    model = '4WE%s%s61B/C%sN9Z5L' % (ng, sp, v.replace('W', 'W'))
                else:
                    model = 'DSG-%s-%s-%s-N1-50' % ('01' if ng == '6' else '03', sp, v)
                volt = {'G24': 'DC24', 'D24': 'DC24', 'W230': 'AC230', 'W220': 'AC220', 'A220': 'AC220'}[v]
                a = dict(fam=FAM, type='dv', brand=brand, ng=ng, spool=sp, volt=volt, model=model)
                clerk = 'tw' if brand == 'Yuken' else rng.choice(['eng', 'imp'])
                name = {'eng': '电磁换向阀', 'imp': 'Wegeventil', 'tw': '電磁閥'}[clerk]
                r = cat.add(rng, '1.04.04', name, model + ('' if clerk != 'eng' else ' ' + {'Rexroth': '力士乐', 'Huade': '华德'}[brand]),
                            '台', '液压件/换向阀', a)
                r['clerk'] = clerk
    # ---------------- pumps
    for dsp in (6, 8, 10, 12, 14, 17, 19, 23, 25, 31):
        model = 'PV2R1-%d-F-RAA-41' % dsp
        r = cat.add(rng, '1.04.05', '叶片泵', model + ' 油研', '台', '液压件/液压泵',
                    dict(fam=FAM, type='pump', brand='Yuken', kind='vane', disp=str(dsp), model=model))
        r['clerk'] = 'eng'
    for sz in (15, 20, 30, 40):
        for fa in ('FA1', 'FA2', 'FA3'):
            model = 'VP-%d-%s' % (sz, fa)
            r = cat.add(rng, '1.04.05', '變量葉片泵', model, '台', '液压件/液压泵',
                        dict(fam=FAM, type='pump', brand='TW', kind='vvane', disp=str(sz), prs=fa, model=model))
            r['clerk'] = 'tw'
    for dsp in (6, 10, 14, 16, 20, 25):
        model = 'CBN-E3%02d-FHR' % dsp
        r = cat.add(rng, '1.04.05', '齿轮泵', model, '台', '液压件/液压泵',
                    dict(fam=FAM, type='pump', brand='CN', kind='gear', disp=str(dsp), model=model))
        r['clerk'] = 'eng'


def facets(row, reg, kind, rng):
    a = row['attrs']
    t = a['type']
    F = {}
    wr = 'ne' if reg == 'voice' else reg
    if model_facets(F, row, kind, rng):
        return F, ['model'], [], ['model']
    if kind in ('model_code', 'partial_code', 'equiv_std', 'bare_spec'):
        return None
    if t == 'fit':
        F['form'] = ({'fam': FAM, 'type': 'fit', 'form': a['form']}, ch(rng, FORM[a['form']][wr]))
        tube, ser = a['tube'], a['ser']
        if reg == 'voice':
            F['tube'] = ({'tube': tube, 'ser': ser}, cn_int(tube) + ser + ('轻系列' if ser == 'L' else '重系列'),
                         cn_int(int(tube) + 2) + ser)
        elif kind == 'size_notation':
            F['tube'] = ({'tube': tube, 'ser': ser}, ch(rng, ['管外径%s %s系列' % (tube, '轻' if ser == 'L' else '重'),
                                                              'φ%s管 %s型' % (tube, ser), '%s%s管' % (tube, ser)]))
        else:
            F['tube'] = ({'tube': tube, 'ser': ser}, ch(rng, ['%s%s' % (tube, ser), '%s%s' % (tube, ser.lower())]),
                         '%d%s' % (int(tube) + 2, ser))
        if 'thread' in a:
            th = a['thread']
            tt = th
            if reg == 'voice':
                tt = ('M' + cn_num(th[1:].split('x')[0]) + '乘' + cn_num(th.split('x')[1])) if th.startswith('M') else ''
                if th.startswith('G'):
                    tt = {'G1/8': '一分', 'G1/4': '两分', 'G3/8': '三分', 'G1/2': '四分', 'G3/4': '六分', 'G1': '一寸', 'G1-1/4': '一寸二'}[th] + '管螺纹'
            if th.startswith('NPT'):
                fen = {'1/8': '1分', '1/4': '2分', '3/8': '3分', '1/2': '4分', '3/4': '6分', '1': '1寸', '1-1/4': '1寸2'}[th[3:]]
                if reg == 'voice':
                    tt = '美标锥管' + {'1分': '一分', '2分': '两分', '3分': '三分', '4分': '四分', '6分': '六分', '1寸': '一寸',
                                     '1寸2': '一寸二'}[fen]
                elif kind == 'size_notation':
                    tt = '美制锥管' + fen
                else:
                    tt = ch(rng, [th, 'NPT ' + th[3:]])
            elif kind == 'size_notation' and th.startswith('G'):
                tt = {'G1/8': '1分', 'G1/4': '2分', 'G3/8': '3分', 'G1/2': '4分', 'G3/4': '6分', 'G1': '1寸', 'G1-1/4': '1寸2'}[th] + '管牙'
            elif kind == 'size_notation':
                tt = th.replace('x', '*') + '细牙'
            elif th.startswith('G') and reg in ('en', 'tw'):
                tt = 'BSPP ' + th[1:]
            F['thread'] = ({'thread': th}, tt)
        mt = {'st': dict(cn=['碳钢', '碳钢镀锌'], ne=['铁的'], tw=['碳鋼'], en=['carbon steel']),
              'ss316': dict(cn=['316不锈钢'], ne=['不锈钢的'], tw=['SUS316'], en=['SS316'])}[a['mat']]
        F['mat'] = ({'mat': a['mat']}, ch(rng, mt[wr]))
        F['word'] = ({'fam': FAM}, ch(rng, FIT_WORD[wr]))
        return F, ['form', 'tube'], ['thread', 'mat', 'word'], ['word', 'form', 'tube', 'thread', 'mat']
    if t == 'hose':
        dn = int(a['dn'])
        F['word'] = ({'fam': FAM, 'type': 'hose'}, ch(rng, {'cn': ['液压胶管总成', '胶管总成'], 'ne': ['高压油管', '油管'],
                                                            'tw': ['油壓管', '高壓油管'], 'en': ['hydraulic hose assembly', 'hose assy']}[wr]))
        F['hose'] = ({'hose': a['hose']}, {'1SN': ch(rng, ['1SN', '一层钢丝' if reg != 'en' else '1SN']),
                                          '2SN': ch(rng, ['2SN', '两层钢丝' if reg != 'en' else '2SN'])}[a['hose']])
        if reg == 'voice':
            dt = 'DN' + cn_int(dn)
        elif kind == 'size_notation':
            dt = ch(rng, ['-' + DN_DASH[dn], DN_INCH[dn], '%s号' % DN_DASH[dn].lstrip('0')])
        else:
            dt = ch(rng, ['DN%d' % dn, 'DN%d' % dn, 'φ%d' % dn])
        F['dn'] = ({'dn': a['dn']}, dt)
        L = int(a['len'])
        if reg == 'voice':
            lt = (cn_num(L / 1000) + '米') if L % 100 == 0 and L >= 1000 else cn_int(L) + '长'
            if L >= 1000 and L % 1000 and L % 100 == 0:
                lt = ch(rng, [lt, cn_int(L // 1000) + '米' + cn_int((L % 1000) // 100)])
        else:
            lt = ch(rng, ['%dmm' % L, 'L=%d' % L, '%s米' % fmt(L / 1000), '长%d' % L])
        F['len'] = ({'len': a['len']}, lt, '%dmm' % (L + 200))
        ends = a['ends'].split('/')
        thr = DN_END[dn]
        ew = {'DKOL': ('DKOL', '24°内锥带O圈'), 'DKOL90': ('DKOL90', '90°弯头DKOL'), 'DKOL45': ('DKOL45', '45°弯头DKOL'),
              'JIC': ('JIC', '37°JIC'), 'JIC90': ('JIC90', '90°弯头JIC'), 'BSP': ('BSP', '60°英管')}
        if ends[0] == ends[1]:
            et = ch(rng, ['两头' + ew[ends[0]][ch(rng, [0, 1])], '%s-%s' % (ew[ends[0]][0], ew[ends[0]][0])])
        else:
            et = '一头%s一头%s' % (ew[ends[0]][0], ew[ends[1]][0])
        F['ends'] = ({'ends': a['ends']}, et)
        return F, ['word', 'dn', 'len'], ['ends', 'hose'], ['word', 'hose', 'dn', 'len', 'ends']
    if t == 'gauge':
        F['word'] = ({'fam': FAM, 'type': 'gauge'}, ch(rng, {'cn': ['压力表'], 'ne': ['压力表', '油压表'], 'tw': ['壓力錶'],
                                                             'en': ['pressure gauge']}[wr]))
        F['oil'] = ({'oil': a['oil']}, ch(rng, {'Y': {'cn': ['耐震'], 'ne': ['充油的', '耐震的'], 'tw': ['充油'], 'en': ['glycerine filled']},
                                               'N': {'cn': ['普通'], 'ne': ['不充油的'], 'tw': ['乾式'], 'en': ['dry']}}[a['oil']][wr]))
        F['dia'] = ({'dia': a['dia']}, ch(rng, ['Φ%s' % a['dia'], '表盘%s' % a['dia'], '%s的' % a['dia']]) if reg != 'voice' else cn_int(a['dia']) + '的')
        r = a['rng']
        if kind == 'size_notation' or kind == 'grade_notation':
            bar = fmt(float(r) * 10)
            rt = ch(rng, ['0-%sbar' % bar, '0到%s公斤' % bar, '0~%skg' % bar])
        elif reg == 'voice':
            rt = '零到' + cn_num(r) + '兆帕'
        else:
            rt = ch(rng, ['0-%sMPa' % r, '0~%sMPa' % r, '%sMPa' % r])
        F['rng'] = ({'rng': r}, rt)
        F['mount'] = ({'mount': a['mount']}, ch(rng, {'radial': ['径向', '底接'] if reg != 'en' else ['bottom connection'],
                                                     'axial': ['轴向', '后接'] if reg != 'en' else ['back connection']}[a['mount']]))
        F['model'] = ({'model': a['model_n']}, a['model'])
        return F, ['word', 'rng'], ['model', 'dia', 'oil', 'mount'], ['word', 'model', 'oil', 'dia', 'rng', 'mount']
    if t == 'dv':
        F['word'] = ({'fam': FAM, 'type': 'dv'}, ch(rng, {'cn': ['电磁换向阀'], 'ne': ['电磁阀', '换向阀'], 'tw': ['電磁閥'], 'en': ['solenoid valve', 'directional valve']}[wr]))
        F['brand'] = ({'brand': a['brand']}, {'Rexroth': ch(rng, ['力士乐', 'Rexroth']), 'Huade': '华德', 'Yuken': ch(rng, ['油研', 'Yuken'])}[a['brand']])
        F['ng'] = ({'ng': a['ng']}, ('通径' + a['ng']) if a['brand'] != 'Yuken' else ('01' if a['ng'] == '6' else '03'))
        F['spool'] = ({'spool': a['spool']}, a['spool'] + ('型' if a['brand'] != 'Yuken' else '') + ('机能' if reg == 'cn' else ''))
        vt = {'DC24': {'cn': ['DC24V', '24V直流'], 'ne': ['24伏', '直流24'], 'tw': ['DC24V'], 'en': ['24VDC'], 'voice': ['直流二十四伏']},
              'AC220': {'cn': ['AC220V', '交流220'], 'ne': ['220的'], 'tw': ['AC220V'], 'en': ['220VAC'], 'voice': ['交流二百二']},
              'AC230': {'cn': ['AC230V'], 'ne': ['230伏'], 'tw': ['AC230V'], 'en': ['230VAC'], 'voice': ['交流二百三']}}[a['volt']]
        F['volt'] = ({'volt': a['volt']}, ch(rng, vt[reg if reg in vt else wr]))
        return F, ['word', 'ng', 'spool'], ['brand', 'volt'], ['brand', 'word', 'ng', 'spool', 'volt']
    if t == 'pump':
        F['word'] = ({'fam': FAM, 'type': 'pump', 'kind': a['kind']}, {'vane': ch(rng, ['叶片泵', '定量叶片泵']), 'vvane': ch(rng, ['变量叶片泵', '變量泵']),
                                                                      'gear': '齿轮泵'}[a['kind']] if reg != 'en' else {'vane': 'vane pump', 'vvane': 'variable vane pump', 'gear': 'gear pump'}[a['kind']])
        F['disp'] = ({'disp': a['disp']}, ('%s排量' % a['disp']) if a['kind'] != 'vvane' else 'VP%s' % a['disp'])
        if 'prs' in a:
            F['prs'] = ({'prs': a['prs']}, a['prs'])
        return F, ['word', 'disp'], ['prs'], ['word', 'disp', 'prs']
    return None


NULL_NAMES = ['word', 'form', 'tube', 'thread', 'mat', 'hose', 'dn', 'len', 'ends', 'oil', 'dia', 'rng', 'mount', 'brand',
              'ng', 'spool', 'volt', 'disp', 'prs']


def perturb(a, rng):
    t = a['type']
    if t == 'hose':
        a['len'] = str(int(a['len']) + ch(rng, [100, 200, -100]))
        return a
    if t == 'fit' and a['form'] in ('GE', 'WE', 'W', 'G', 'T'):
        a['mat'] = 'ss316' if a['mat'] == 'st' else 'st'
        return a
    if t == 'gauge':
        a['rng'] = ch(rng, ['31.5', '60', '0.6'])
        return a
    if t == 'dv':
        a['volt'] = 'AC110'
        return None
    return None
