"""Electrical (1.07.xx): proximity switches, relays, contactors, MCBs, cables, terminals, push buttons."""
from .common import fmt, cn_num, cn_int
from .simple import ch, model_facets

FAM = 'ele'
OUT = {'NPN-NO': ('NPN常开', 'NPN NO'), 'NPN-NC': ('NPN常闭', 'NPN NC'), 'PNP-NO': ('PNP常开', 'PNP NO'),
       'PNP-NC': ('PNP常闭', 'PNP NC'), 'DC2-NO': ('两线常开', '2-wire NO')}
COIL = {'AC220': dict(cn=['AC220V', '线圈220V交流'], ne=['220的', '交流220'], tw=['AC220V'], en=['220VAC coil'], voice=['交流二百二']),
        'AC380': dict(cn=['AC380V', '线圈380V'], ne=['380的'], tw=['AC380V'], en=['380VAC coil'], voice=['三百八的']),
        'AC110': dict(cn=['AC110V'], ne=['110的'], tw=['AC110V'], en=['110VAC coil'], voice=['交流一百一']),
        'DC24': dict(cn=['DC24V', '直流24V'], ne=['直流24', '24伏直流'], tw=['DC24V'], en=['24VDC coil'], voice=['直流二十四伏']),
        'DC12': dict(cn=['DC12V'], ne=['直流12'], tw=['DC12V'], en=['12VDC'], voice=['直流十二伏'])}


def build(cat, rng):
    def add(grp, catg, name, spec, unit, a, clerk):
        r = cat.add(rng, grp, name, spec, unit, catg, a)
        r['clerk'] = clerk
        return r
    # proximity switches
    for code, th, dist in (('X1R5', 'M8', '1.5'), ('X2M', 'M12', '2'), ('X5M', 'M18', '5'), ('X10M', 'M30', '10')):
        for oc, out in (('E1', 'NPN-NO'), ('E2', 'NPN-NC'), ('F1', 'PNP-NO'), ('F2', 'PNP-NC'), ('D1', 'DC2-NO')):
            for cab in ('2M', '5M'):
                if rng.random() < 0.2:
                    continue
                model = 'E2E-%s%s %s' % (code, oc, cab)
                add('1.07.01', '电气/传感器', '接近开关', '欧姆龙 ' + model, '个',
                    dict(fam=FAM, type='prox', brand='Omron', thread=th, dist=dist, out=out, cable=cab, model=model), 'eng')
    for th, dist in (('8', '2'), ('12', '4'), ('18', '8'), ('30', '15')):
        for oc, out in (('BX', 'NPN-NO'), ('AX', 'NPN-NC'), ('BY', 'PNP-NO'), ('AY', 'PNP-NC'), ('EX', 'DC2-NO')):
            if rng.random() < 0.3:
                continue
            model = 'LJ%sA3-%s-Z/%s' % (th, dist, oc)
            add('1.07.01', '电气/传感器', '接近开关', model + ' ' + OUT[out][0], '个',
                dict(fam=FAM, type='prox', brand='CN', thread='M' + th, dist=dist, out=out, cable='1.2M', model=model), 'ne')
    for th, dist in (('08', '02'), ('12', '04'), ('18', '08')):
        for pn in ('P', 'N'):
            for con in ('S', 'K'):
                if rng.random() < 0.35:
                    continue
                model = 'IME%s-%sB%sSZC0%s' % (th, dist, pn, con)
                add('1.07.01', '电气/传感器', 'Induktiver Näherungsschalter', 'SICK ' + model, '个',
                    dict(fam=FAM, type='prox', brand='SICK', thread='M' + str(int(th)), dist=str(int(dist)), out=pn + 'NP-NO'.replace('NNP', 'NPN').replace('PNP', 'PNP') if False else ('PNP-NO' if pn == 'P' else 'NPN-NO'),
                         cable='connector' if con == 'S' else '2M', model=model), 'imp')
    # relays
    for ser, poles in (('MY2N-J', 2), ('MY4N-J', 4), ('LY2N-J', 2), ('G2R-1-SND', 1)):
        for coil in ('DC24', 'AC220', 'AC110', 'DC12'):
            if coil in ('AC110', 'DC12') and rng.random() < 0.5:
                continue
            model = '%s %s' % (ser, {'DC24': 'DC24', 'AC220': 'AC220/240', 'AC110': 'AC110/120', 'DC12': 'DC12'}[coil])
            add('1.07.02', '电气/继电器', '中间继电器', '欧姆龙 ' + model, '个',
                dict(fam=FAM, type='relay', brand='Omron', ser=ser, poles=str(poles), coil=coil, model=model), 'eng')
    for s in ('PYF08A-E', 'PYF14A-E', 'PTF08A-E', 'P2RF-05-E'):
        add('1.07.02', '电气/继电器', '继电器底座', '欧姆龙 ' + s, '个', dict(fam=FAM, type='socket', model=s), 'eng')
    # contactors
    for amp in (9, 12, 18, 25, 32, 38, 40, 50, 65, 80, 95):
        for cc, coil in (('M7C', 'AC220'), ('Q7C', 'AC380'), ('F7C', 'AC110'), ('BDC', 'DC24')):
            if rng.random() < 0.35:
                continue
            model = 'LC1D%02d%s' % (amp, cc)
            add('1.07.03', '电气/接触器', '交流接触器', '施耐德 ' + model, '个',
                dict(fam=FAM, type='contactor', brand='Schneider', amp=str(amp), coil=coil, model=model), 'eng')
    for amp in (9, 12, 18, 25, 32, 40, 50, 65, 80, 95):
        for coil in ('AC220', 'AC380', 'AC36'):
            if rng.random() < 0.3:
                continue
            model = 'NXC-%02d %s' % (amp, coil.replace('AC', 'AC') + 'V')
            add('1.07.03', '电气/接触器', '交流接触器', '正泰 ' + model, '个',
                dict(fam=FAM, type='contactor', brand='CHINT', amp=str(amp), coil=coil, model=model), 'ne')
    # MCB
    for brand, ser in (('Schneider', 'iC65N'), ('CHINT', 'NXB-63'), ('CHINT', 'DZ47-60')):
        for poles in ('1P', '2P', '3P', '4P'):
            for curve in ('C', 'D'):
                for amp in (1, 2, 3, 4, 6, 10, 16, 20, 25, 32, 40, 50, 63):
                    if rng.random() < (0.08 if curve == 'C' else 0.45):
                        continue
                    spec = '%s %s %s%d' % (ser, poles, curve, amp)
                    clerk = 'eng' if brand == 'Schneider' else 'ne'
                    add('1.07.04', '电气/断路器', '小型断路器' if clerk == 'eng' else '空开',
                        ('施耐德 ' if brand == 'Schneider' else '正泰 ') + spec, '个',
                        dict(fam=FAM, type='mcb', brand=brand, ser=ser, poles=poles, curve=curve, amp=str(amp)), clerk)
    # cables
    for ct in ('RVV', 'RVVP', 'TRVV', 'TRVVP', 'KVVP', 'YJV'):
        for cores in (2, 3, 4, 5, 6, 7, 8, 10, 12, 16, 20, 24):
            for sec in ('0.3', '0.5', '0.75', '1.0', '1.5', '2.5', '4', '6', '10'):
                if ct == 'YJV' and (cores > 5 or float(sec) < 1.5):
                    continue
                if float(sec) >= 4 and (cores > 5 or ct in ('RVVP', 'TRVVP')):
                    continue
                if cores >= 16 and float(sec) > 1.0:
                    continue
                if rng.random() < 0.15:
                    continue
                spec = '%s %d×%s' % (ct, cores, sec)
                add('1.07.05', '电气/电缆', {'RVV': '护套线', 'RVVP': '屏蔽线', 'TRVV': '拖链电缆', 'TRVVP': '屏蔽拖链电缆', 'KVVP': '控制电缆', 'YJV': '电力电缆'}[ct],
                    spec + 'mm²', '米', dict(fam=FAM, type='cable', ct=ct, cores=str(cores), sec=fmt(float(sec))), 'eng')
    for sec in ('0.5', '0.75', '1.0', '1.5', '2.5', '4', '6', '10', '16'):
        for col in ('红', '黄', '绿', '蓝', '黑', '黄绿', '白', '棕', '灰'):
            if rng.random() < 0.2:
                continue
            add('1.07.05', '电气/电缆', '单芯软线', 'BVR %smm² %s' % (sec, col + ('双色' if col == '黄绿' else '色')), '米',
                dict(fam=FAM, type='cable', ct='BVR', cores='1', sec=fmt(float(sec)), color=col), 'ne')
    # terminals & buttons
    for m in ('UK2.5B', 'UK5N', 'UK6N', 'UK10N', 'USLKG5', 'USLKG10', 'D-UK4/10', 'E/UK'):
        add('1.07.06', '电气/端子', '接线端子', '菲尼克斯 ' + m, '个', dict(fam=FAM, type='terminal', model=m), 'eng')
    for m, d in (('XB2-BA31', '绿色平头按钮 1NO'), ('XB2-BA42', '红色平头按钮 1NC'), ('XB2-BS542', '急停按钮 蘑菇头 1NC'),
                 ('XB2-BD21', '二位旋钮 1NO'), ('XB2-BD33', '三位旋钮 2NO'), ('XB2-BA61', '蓝色平头按钮 1NO'),
                 ('XB2-BA51', '黄色平头按钮 1NO'), ('XB2-BW33M1C', '绿色带灯按钮 AC220')):
        add('1.07.07', '电气/按钮', '按钮', '施耐德 %s %s' % (m, d), '个', dict(fam=FAM, type='button', model=m), 'eng')


def facets(row, reg, kind, rng):
    a = row['attrs']
    t = a['type']
    wr = 'ne' if reg == 'voice' else reg
    F = {}
    if model_facets(F, row, kind, rng):
        return F, ['model'], [], ['model']
    if kind in ('model_code', 'partial_code', 'equiv_std', 'bare_spec', 'typo') and not (kind == 'typo' and t in ('prox', 'contactor', 'mcb', 'relay')):
        return None
    if t == 'prox':
        F['word'] = ({'fam': FAM, 'type': 'prox'}, ch(rng, {'cn': ['电感式接近开关', '接近开关'], 'ne': ['接近开关', '感应开关'], 'tw': ['近接開關', '接近開關'],
                                                            'en': ['inductive proximity sensor', 'prox switch']}[wr]) if kind != 'typo' else ch(rng, ['接进开关', '接近开光', '感因开关']))
        F['thread'] = ({'thread': a['thread']}, a['thread'] if reg != 'voice' else 'M' + cn_int(a['thread'][1:]))
        F['dist'] = ({'dist': a['dist']}, ('检测距离%smm' % a['dist']) if reg != 'en' else 'sensing %smm' % a['dist'])
        o = OUT[a['out']]
        F['out'] = ({'out': a['out']}, o[1] if reg == 'en' else o[0])
        F['brand'] = ({'brand': a['brand']}, {'Omron': ch(rng, ['欧姆龙', 'OMRON']), 'CN': '国产', 'SICK': ch(rng, ['SICK', '西克'])}[a['brand']])
        F['cable'] = ({'cable': a['cable']}, {'2M': '线长2米', '5M': '线长5米', '1.2M': '', 'connector': '插头式', }[a['cable']] if a['cable'] != '1.2M' else '')
        if a['cable'] == '1.2M':
            del F['cable']
        return F, ['word', 'thread', 'out'], ['dist', 'brand', 'cable'], ['brand', 'word', 'thread', 'dist', 'out', 'cable']
    if t == 'relay':
        F['word'] = ({'fam': FAM, 'type': 'relay'}, ch(rng, {'cn': ['中间继电器'], 'ne': ['继电器', '小继电器'], 'tw': ['繼電器'], 'en': ['relay']}[wr]) if kind != 'typo' else ch(rng, ['中间继点器', '继电气']))
        F['ser'] = ({'ser': a['ser']}, ch(rng, [a['ser'], a['ser'].lower(), a['ser'].replace('-', '')]))
        F['poles'] = ({'poles': a['poles']}, {'2': '两开两闭', '4': '四开四闭', '1': '一开一闭'}[a['poles']] if reg != 'en' else '%sPDT' % {'2': 'D', '4': '4', '1': 'S'}[a['poles']])
        F['coil'] = ({'coil': a['coil']}, ch(rng, COIL[a['coil']][reg if reg in COIL[a['coil']] else wr]))
        return F, ['word', 'coil'], ['ser', 'poles'], ['word', 'ser', 'poles', 'coil']
    if t == 'contactor':
        F['word'] = ({'fam': FAM, 'type': 'contactor'}, ch(rng, {'cn': ['交流接触器'], 'ne': ['接触器'], 'tw': ['電磁接觸器'], 'en': ['contactor']}[wr]) if kind != 'typo' else ch(rng, ['交流接处器', '接触气']))
        F['brand'] = ({'brand': a['brand']}, {'Schneider': ch(rng, ['施耐德', 'Schneider']), 'CHINT': ch(rng, ['正泰', 'CHINT'])}[a['brand']])
        F['amp'] = ({'amp': a['amp']}, ('%sA' % a['amp']) if reg != 'voice' else cn_int(a['amp']) + '安')
        F['coil'] = ({'coil': a['coil']}, ch(rng, COIL[a['coil']][reg if reg in COIL[a['coil']] else wr]) if a['coil'] in COIL else 'AC36V')
        return F, ['word', 'amp', 'coil'], ['brand'], ['brand', 'word', 'amp', 'coil']
    if t == 'mcb':
        F['word'] = ({'fam': FAM, 'type': 'mcb'}, ch(rng, {'cn': ['小型断路器', '微型断路器'], 'ne': ['空开', '空气开关'], 'tw': ['無熔絲開關', '斷路器'], 'en': ['MCB', 'miniature circuit breaker']}[wr]) if kind != 'typo' else ch(rng, ['空气开光', '断路气', '空开关']))
        F['brand'] = ({'brand': a['brand']}, {'Schneider': ch(rng, ['施耐德', 'Schneider']), 'CHINT': ch(rng, ['正泰', 'CHINT'])}[a['brand']])
        F['ser'] = ({'ser': a['ser']}, a['ser'])
        pw = {'1P': ['1P', '单极'], '2P': ['2P', '两极'], '3P': ['3P', '三极'], '4P': ['4P', '四极']}[a['poles']]
        F['poles'] = ({'poles': a['poles']}, ch(rng, pw) if reg != 'voice' else {'1P': '单极', '2P': '两极', '3P': '三极', '4P': '四极'}[a['poles']])
        F['curve'] = ({'curve': a['curve']}, a['curve'] + ch(rng, ['型', '曲线', '']) if reg != 'en' else a['curve'] + ' curve')
        F['amp'] = ({'amp': a['amp']}, ('%sA' % a['amp']) if reg != 'voice' else cn_int(a['amp']) + '安')
        if kind == 'size_notation':
            F['amp'] = ({'amp': a['amp'], 'curve': a['curve']}, '%s%s' % (a['curve'], a['amp']))
        return F, ['word', 'poles', 'amp'], ['curve', 'ser', 'brand'], ['brand', 'word', 'ser', 'poles', 'curve', 'amp']
    if t == 'cable':
        ctw = {'RVV': ['护套线', 'RVV'], 'RVVP': ['屏蔽线', 'RVVP'], 'TRVV': ['拖链线', 'TRVV'], 'TRVVP': ['屏蔽拖链线', 'TRVVP'],
               'KVVP': ['控制电缆 KVVP'], 'YJV': ['YJV电力电缆', 'YJV'], 'BVR': ['BVR', '单芯软线']}[a['ct']]
        F['word'] = ({'fam': FAM, 'type': 'cable', 'ct': a['ct']}, ch(rng, ctw))
        c, s = a['cores'], a['sec']
        if reg == 'voice':
            st = (cn_int(c) + '芯' if c != '1' else '') + cn_num(s) + '平方'
        elif kind == 'size_notation':
            st = ch(rng, ['%s芯%s平方' % (c, s), '%s*%s' % (c, s)]) if c != '1' else '%s平方' % s
        else:
            st = ('%sx%s' % (c, s)) if c != '1' else '%smm²' % s
        F['sec'] = ({'cores': c, 'sec': s}, st)
        if 'color' in a:
            F['color'] = ({'color': a['color']}, a['color'] + ('色' if a['color'] != '黄绿' else '双色'))
        return F, ['word', 'sec'], ['color'], ['word', 'sec', 'color']
    return None


NULL_NAMES = ['brand', 'word', 'ser', 'thread', 'dist', 'out', 'cable', 'poles', 'curve', 'amp', 'coil', 'sec', 'color']


def perturb(a, rng):
    t = a['type']
    if t == 'contactor':
        a['coil'] = ch(rng, [c for c in ('AC220', 'AC380', 'AC110', 'DC24') if c != a['coil']])
        return a
    if t == 'mcb':
        a['amp'] = ch(rng, ['5', '8', '15', '30', '45'])
        return a
    if t == 'cable':
        a['sec'] = {'0.3': '0.2', '0.5': '0.3', '0.75': '1', '1': '0.75', '1.5': '2.5', '2.5': '4', '4': '6', '6': '10'}.get(a['sec'], '10')
        return a
    if t == 'relay':
        a['coil'] = ch(rng, ['AC110', 'DC12', 'DC24', 'AC220'])
        return a
    return None
