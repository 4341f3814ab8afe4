"""Linear motion (1.05.xx): guide blocks and rails, ball screws, support units, couplings, precision lock nuts."""
from .common import fmt, cn_num, cn_int, cn_digits
from .simple import ch, model_facets

FAM = 'lin'
PRE_HIWIN = {'Z0': ('轻预压', 'light preload'), 'ZA': ('中预压', 'medium preload'), 'ZB': ('重预压', 'heavy preload')}
ACC = {'C': ('普通级', 'normal'), 'H': ('高级', 'high'), 'P': ('精密级', 'precision'), 'SP': ('超精密级', 'super precision')}


def build(cat, rng):
    # HIWIN HG blocks
    for ser in ('HGH', 'HGW'):
        for size in (15, 20, 25, 30, 35, 45, 55, 65):
            for load in ('C', 'H'):
                if load == 'H' and size == 15:
                    continue
                for pre in ('Z0', 'ZA', 'ZB'):
                    for acc in ('C', 'H', 'P', 'SP'):
                        if rng.random() < (0.25 if acc != 'SP' else 0.7):
                            continue
                        mnt = 'A' if ser == 'HGH' else 'C'
                        model = '%s%d%s%s%s%s' % (ser, size, load, mnt, pre, acc)
                        a = dict(fam=FAM, type='block', brand='HIWIN', ser=ser, size=str(size), load=load, pre=pre, acc=acc,
                                 model=model)
                        clerk = rng.choice(['tw', 'eng', 'ne'])
                        name = {'tw': '線軌滑塊', 'eng': '直线导轨滑块', 'ne': '滑块'}[clerk]
                        spec = {'tw': '%s' % model, 'eng': 'HIWIN %s' % model,
                                'ne': '上银 %s%d%s%s %s %s' % (ser, size, load, mnt, pre, acc)}[clerk]
                        r = cat.add(rng, '1.05.01', name, spec, '个', '直线传动/导轨滑块', a)
                        r['clerk'] = clerk
    # HIWIN rails (cut lengths)
    for size in (15, 20, 25, 30, 35, 45, 55, 65):
        for L in range(300, 4001, 100):
            if rng.random() < 0.3:
                continue
            for acc in ('C', 'H', 'P'):
                if rng.random() < 0.4:
                    continue
                model = 'HGR%dR%d%s' % (size, L, acc)
                a = dict(fam=FAM, type='rail', brand='HIWIN', size=str(size), len=str(L), acc=acc, model=model)
                clerk = rng.choice(['tw', 'eng', 'ne'])
                name = {'tw': '線軌', 'eng': '直线导轨', 'ne': '导轨'}[clerk]
                spec = {'tw': 'HGR%d L=%d %s級' % (size, L, acc), 'eng': 'HIWIN HGR%dR %dmm %s级' % (size, L, acc),
                        'ne': '上银HGR%d %d长 %s' % (size, L, acc)}[clerk]
                r = cat.add(rng, '1.05.02', name, spec, '根', '直线传动/导轨', a)
                r['clerk'] = clerk
    # THK blocks
    for ser in ('HSR-A', 'HSR-R', 'HSR-B', 'SHS-C', 'SHS-LC', 'SHS-V'):
        for size in (15, 20, 25, 30, 35, 45):
            for pre in ('', 'C1', 'C0'):
                for acc in ('', 'H', 'P'):
                    if rng.random() < 0.45:
                        continue
                    s, t = ser.split('-')
                    model = '%s%d%s1SS%s%s' % (s, size, t, pre, acc)
                    a = dict(fam=FAM, type='block', brand='THK', ser=ser, size=str(size), pre=pre or 'normal',
                             acc=acc or 'N', model=model)
                    r = cat.add(rng, '1.05.01', 'LM Guide Block', 'THK ' + model, '个', '直线传动/导轨滑块', a)
                    r['clerk'] = 'imp'
    # ball screws
    for brand, d_leads in (('TBI', [(16, 5), (16, 10), (20, 5), (20, 10), (25, 5), (25, 10), (32, 5), (32, 10)]),
                           ('HIWIN', [(25, 10), (32, 10), (32, 20), (40, 10), (40, 20), (50, 10), (50, 20), (63, 10)]),
                           ('NJGY', [(32, 10), (40, 10), (40, 12), (50, 10), (50, 12), (63, 10), (63, 12)])):
        for d, lead in d_leads:
            for L in range(max(400, d * 15), min(4000, d * 70) + 1, 50):
                if rng.random() < 0.7:
                    continue
                accs = {'TBI': ['C7', 'C5'], 'HIWIN': ['C3', 'C5'], 'NJGY': ['P3', 'P4']}[brand]
                for acc in accs:
                    if rng.random() < 0.4:
                        continue
                    if brand == 'TBI':
                        model = 'SFU%03d%02d-4-%s-%d' % (d, lead, acc, L)
                    elif brand == 'HIWIN':
                        model = 'R%d-%dK4-FSC-%d-%s' % (d, lead, L, acc)
                    else:
                        model = 'FFZD%d%02d-3-%s/%dx%d' % (d, lead, acc, L, L - 150)
                    a = dict(fam=FAM, type='screw', brand=brand, d=str(d), lead=str(lead), len=str(L), acc=acc[1],
                             model=model)
                    clerk = {'TBI': 'tw', 'HIWIN': 'tw', 'NJGY': 'eng'}[brand] if rng.random() < 0.7 else 'ne'
                    name = {'tw': '滾珠螺桿', 'eng': '滚珠丝杠副', 'ne': '丝杠'}[clerk]
                    spec = model if clerk != 'ne' else '%d%02d 长%d %s %s' % (d, lead, L, acc, {'TBI': 'TBI', 'HIWIN': '上银', 'NJGY': '南京工艺'}[brand])
                    r = cat.add(rng, '1.05.03', name, spec, '根', '直线传动/滚珠丝杠', a)
                    r['clerk'] = clerk
    # support units
    for kind in ('BK', 'BF', 'FK', 'FF', 'EK', 'EF'):
        for size in (8, 10, 12, 15, 17, 20, 25, 30, 35, 40):
            for brand in ('TBI', 'THK', 'CN'):
                if rng.random() < 0.4:
                    continue
                model = '%s%d' % (kind, size)
                a = dict(fam=FAM, type='support', brand=brand, sk=kind, size=str(size), model=model if brand != 'CN' else model + '-CN')
                side = '固定侧' if kind.endswith('K') else '支撑侧'
                name = {'TBI': '螺桿支撐座', 'THK': 'Support Unit', 'CN': '丝杠支撑座'}[brand]
                spec = {'TBI': 'TBI %s %s' % (model, '固定側' if side == '固定侧' else '支撐側'), 'THK': 'THK ' + model,
                        'CN': '%s %s 国产' % (model, side)}[brand]
                r = cat.add(rng, '1.05.04', name, spec, '套', '直线传动/丝杠支撑座', a)
                r['clerk'] = 'eng'
    # couplings
    bores = [5, 6, 6.35, 8, 10, 11, 12, 14, 15, 16, 19, 20, 22, 24, 25, 28, 30, 32, 35]
    for ctype, ods in (('jaw', [20, 25, 30, 40, 55, 65]), ('disc', [26, 34, 39, 44, 56, 68]), ('bellows', [20, 25, 32, 40])):
        for od in ods:
            cand = [b for b in bores if b <= od * 0.5]
            for i, b1 in enumerate(cand):
                for b2 in cand[i:]:
                    if rng.random() < 0.25:
                        continue
                    L = {'jaw': int(od * 1.6), 'disc': int(od * 1.2), 'bellows': int(od * 1.3)}[ctype]
                    bt = '%s-%s' % (fmt(b1), fmt(b2))
                    a = dict(fam=FAM, type='coupling', ct=ctype, od=str(od), bores=bt)
                    cname = {'jaw': '梅花联轴器', 'disc': '膜片联轴器', 'bellows': '波纹管联轴器'}[ctype]
                    clerk = rng.choice(['eng', 'ne', 'tw'])
                    if clerk == 'tw':
                        cname = {'jaw': '梅花聯軸器', 'disc': '膜片聯軸器', 'bellows': '波紋管聯軸器'}[ctype]
                        spec = 'D%dxL%d %sx%s' % (od, L, fmt(b1), fmt(b2))
                    else:
                        spec = 'D%d L%d 孔%s' % (od, L, bt)
                    r = cat.add(rng, '1.05.05', cname, spec, '个', '直线传动/联轴器', a)
                    r['clerk'] = clerk
    # precision lock nuts
    for th in ('M10x1', 'M12x1', 'M14x1', 'M15x1', 'M16x1.5', 'M17x1', 'M20x1', 'M20x1.5', 'M22x1.5', 'M25x1.5', 'M30x1.5',
               'M35x1.5', 'M40x1.5', 'M45x1.5', 'M50x1.5', 'M55x2', 'M60x2'):
        model = 'YSF' + th.replace('x', '×')
        a = dict(fam=FAM, type='locknut', thread=th)
        r = cat.add(rng, '1.05.06', '精密锁紧螺母', 'YSF %s' % th.replace('x', '×'), '个', '直线传动/锁紧螺母', a)
        r['clerk'] = 'eng'


def facets(row, reg, kind, rng):
    a = row['attrs']
    t = a['type']
    wr = 'ne' if reg == 'voice' else reg
    F = {}
    if model_facets(F, row, kind, rng):
        return F, ['model'], [], ['model']
    if kind in ('model_code', 'partial_code', 'equiv_std', 'bare_spec', 'typo') and not (kind == 'typo' and t in ('screw', 'coupling', 'block')):
        return None
    if t == 'block':
        F['word'] = ({'fam': FAM, 'type': 'block'}, ch(rng, {'cn': ['导轨滑块', '直线导轨滑块'], 'ne': ['滑块', '导轨块'], 'tw': ['滑塊', '線軌滑塊'],
                                                             'en': ['linear guide block', 'carriage']}[wr]) if kind != 'typo' else ch(rng, ['滑快', '划块', '导规滑块']))
        F['brand'] = ({'brand': a['brand']}, {'HIWIN': ch(rng, ['上银', 'HIWIN', '上銀']), 'THK': 'THK'}[a['brand']])
        if a['brand'] == 'HIWIN':
            sz = a['size']
            F['ser'] = ({'ser': a['ser'], 'size': sz, 'load': a['load']},
                        ch(rng, ['%s%s%s%s' % (a['ser'], sz, a['load'], 'A' if a['ser'] == 'HGH' else 'C'),
                                 '%s%s' % (a['ser'].lower(), sz) + a['load'].lower() + ('a' if a['ser'] == 'HGH' else 'c')]))
            F['shape'] = ({'ser': a['ser'], 'size': sz}, ('%s的%s' % (cn_int(sz) if reg == 'voice' else sz,
                                                                    {'HGH': ch(rng, ['方形', '窄型']), 'HGW': ch(rng, ['法兰型', '带法兰'])}[a['ser']])),
                          '%d的%s' % (int(sz) + 5, {'HGH': '方形', 'HGW': '法兰型'}[a['ser']]))
            F['load'] = ({'load': a['load']}, {'C': '重负荷', 'H': '超重负荷'}[a['load']])
            pt = PRE_HIWIN[a['pre']]
            F['pre'] = ({'pre': a['pre']}, ch(rng, [a['pre'], pt[1] if reg == 'en' else pt[0]]) if kind != 'grade_notation' else
                        {'Z0': '轻预压(0.02C)', 'ZA': '中预压(0.05C)', 'ZB': '重预压(0.1C)'}[a['pre']])
            at = ACC[a['acc']]
            F['acc'] = ({'acc': a['acc']}, ch(rng, [a['acc'] + ('级' if reg != 'en' else ' class'), at[1] if reg == 'en' else at[0]]))
            req = ['ser'] if rng.random() < 0.6 else ['shape', 'load']
            if kind == 'grade_notation':
                req = req + ['pre']
            return F, req + ['word'], ['pre', 'acc', 'brand'], ['brand', 'word', 'ser', 'shape', 'load', 'pre', 'acc']
        s, tt = a['ser'].split('-')
        F['ser'] = ({'ser': a['ser'], 'size': a['size']}, '%s%s%s' % (s, a['size'], tt))
        if reg == 'en':
            F['pre'] = ({'pre': a['pre']}, {'normal': 'normal preload', 'C1': 'C1 preload', 'C0': 'C0 preload'}[a['pre']])
            F['acc'] = ({'acc': a['acc']}, {'N': 'normal grade', 'H': 'H grade', 'P': 'P grade'}[a['acc']])
        else:
            F['pre'] = ({'pre': a['pre']}, {'normal': '普通预压', 'C1': 'C1预压', 'C0': 'C0预压'}[a['pre']])
            F['acc'] = ({'acc': a['acc']}, {'N': '普通级', 'H': 'H级', 'P': 'P级'}[a['acc']])
        return F, ['ser', 'word'], ['pre', 'acc', 'brand'], ['brand', 'word', 'ser', 'pre', 'acc']
    if t == 'rail':
        F['word'] = ({'fam': FAM, 'type': 'rail'}, ch(rng, {'cn': ['直线导轨', '导轨'], 'ne': ['导轨', '轨道'], 'tw': ['線軌', '滑軌'], 'en': ['linear rail']}[wr]))
        F['size'] = ({'size': a['size']}, ch(rng, ['HGR%s' % a['size'], '%s的' % (a['size'] if reg != 'voice' else cn_int(a['size']))]))
        L = int(a['len'])
        if reg == 'voice':
            lt = cn_int(L) + '长' if L % 1000 else cn_int(L // 1000) + '米'
            if L % 1000 and L > 1000 and rng.random() < 0.5:
                lt = cn_int(L // 1000) + '米' + cn_int((L % 1000) // 100)
        else:
            lt = ch(rng, ['%d长' % L, 'L=%d' % L, '%s米' % fmt(L / 1000), '%dmm' % L])
        F['len'] = ({'len': a['len']}, lt, '%d长' % (L + 100))
        F['acc'] = ({'acc': a['acc']}, ch(rng, [a['acc'] + '级', ACC[a['acc']][0] if reg != 'en' else ACC[a['acc']][1]]))
        return F, ['word', 'size', 'len'], ['acc'], ['word', 'size', 'len', 'acc']
    if t == 'screw':
        F['word'] = ({'fam': FAM, 'type': 'screw'}, ch(rng, {'cn': ['滚珠丝杠', '滚珠丝杠副'], 'ne': ['丝杠', '丝杆', '滚珠丝杆'],
                                                             'tw': ['滾珠螺桿', '螺桿'], 'en': ['ball screw']}[wr]) if kind != 'typo' else ch(rng, ['滚株丝杠', '丝扛', '滚珠丝钢']))
        d, lead = a['d'], a['lead']
        if reg == 'voice':
            dl = ch(rng, ['%s乘%s' % (cn_int(d), cn_int(lead)), cn_int(d) + '的导程' + cn_int(lead)])
        elif kind == 'size_notation':
            dl = ch(rng, ['%s%02d' % (d, int(lead)), 'd%s P%s' % (d, lead), '直径%s导程%s' % (d, lead)])
        else:
            dl = ch(rng, ['%sx%s' % (d, lead), '%s*%s' % (d, lead), '%s-%s' % (d, lead)])
        F['dl'] = ({'d': d, 'lead': lead}, dl)
        L = int(a['len'])
        if reg == 'voice':
            lt = cn_int(L) + '长'
        else:
            lt = ch(rng, ['L%d' % L, '长%d' % L, '%dmm' % L, '全长%d' % L])
        F['len'] = ({'len': a['len']}, lt, '长%d' % (L + 50))
        acc = a['acc']
        if kind == 'grade_notation':
            at = ch(rng, ['%s级精度' % acc, ('P%s' if a['brand'] != 'NJGY' else 'C%s') % acc])
        else:
            if rng.random() < 0.7:
                at = {'TBI': 'C', 'HIWIN': 'C', 'NJGY': 'P'}[a['brand']] + acc
            else:
                at = '%s级' % acc
        F['acc'] = ({'acc': acc}, at)
        F['brand'] = ({'brand': a['brand']}, {'TBI': 'TBI', 'HIWIN': ch(rng, ['上银', 'HIWIN']), 'NJGY': ch(rng, ['南京工艺', '工艺所'])}[a['brand']])
        req = ['word', 'dl', 'len']
        if kind == 'grade_notation':
            req.append('acc')
        return F, req, ['acc', 'brand'], ['brand', 'word', 'dl', 'len', 'acc']
    if t == 'support':
        F['word'] = ({'fam': FAM, 'type': 'support'}, ch(rng, {'cn': ['丝杠支撑座', '支撑单元'], 'ne': ['丝杠座', '支撑座'], 'tw': ['支撐座'], 'en': ['support unit']}[wr]))
        F['sk'] = ({'sk': a['sk'], 'size': a['size']}, '%s%s' % (a['sk'], a['size']) if reg != 'voice' else a['sk'] + cn_int(a['size']),
                   '%s%d' % (a['sk'], int(a['size']) + 5))
        F['brand'] = ({'brand': a['brand']}, {'TBI': 'TBI', 'THK': 'THK', 'CN': '国产'}[a['brand']])
        return F, ['sk', 'word'], ['brand'], ['brand', 'word', 'sk']
    if t == 'coupling':
        ct = a['ct']
        F['word'] = ({'fam': FAM, 'type': 'coupling', 'ct': ct},
                     ch(rng, {'jaw': {'cn': ['梅花联轴器', '弹性梅花联轴器'], 'ne': ['梅花联轴器', '爪式联轴器'], 'tw': ['梅花聯軸器'], 'en': ['jaw coupling']},
                              'disc': {'cn': ['膜片联轴器'], 'ne': ['膜片联轴器', '膜片的联轴器'], 'tw': ['膜片聯軸器'], 'en': ['disc coupling']},
                              'bellows': {'cn': ['波纹管联轴器'], 'ne': ['波纹管联轴器'], 'tw': ['波紋管聯軸器'], 'en': ['bellows coupling']}}[ct][wr])
                     if kind != 'typo' else {'jaw': '梅花连轴器', 'disc': '膜片连轴器', 'bellows': '波纹管连轴器'}[ct])
        F['od'] = ({'od': a['od']}, ch(rng, ['D%s' % a['od'], '外径%s' % a['od'], 'φ%s' % a['od']]) if reg != 'voice' else '外径' + cn_int(a['od']))
        b1, b2 = a['bores'].split('-')
        if reg == 'voice':
            bt = cn_num(b1) + '转' + cn_num(b2) if b1 != b2 else '两头' + cn_num(b1)
        elif kind == 'size_notation':
            bt = ch(rng, ['%s/%s' % (b2, b1), '%s对%s' % (b1, b2), '两端孔径%s和%s' % (b1, b2)])
        else:
            bt = ch(rng, ['孔%s-%s' % (b1, b2), '%sx%s' % (b1, b2), '%s-%s' % (b1, b2)])
        F['bores'] = ({'bores': a['bores']}, bt)
        return F, ['word', 'od', 'bores'], [], ['word', 'od', 'bores']
    if t == 'locknut':
        F['word'] = ({'fam': FAM, 'type': 'locknut'}, ch(rng, ['精密锁紧螺母', '丝杠锁母', 'YSF锁紧螺母']))
        F['thread'] = ({'thread': a['thread']}, a['thread'].replace('x', '*'))
        return F, ['word', 'thread'], [], ['word', 'thread']
    return None


NULL_NAMES = ['brand', 'word', 'ser', 'shape', 'load', 'pre', 'acc', 'size', 'len', 'dl', 'sk', 'od', 'bores']


def perturb(a, rng):
    t = a['type']
    if t == 'block' and a['brand'] == 'HIWIN':
        k = ch(rng, ['pre', 'acc'])
        a[k] = ch(rng, [x for x in (['Z0', 'ZA', 'ZB'] if k == 'pre' else ['C', 'H', 'P', 'SP']) if x != a[k]])
        return a
    if t == 'rail':
        a['len'] = str(int(a['len']) + ch(rng, [50, -50, 150]))
        return a
    if t == 'screw':
        a['len'] = str(int(a['len']) + ch(rng, [25, 75, -25]))
        return a
    if t == 'coupling':
        b1, b2 = a['bores'].split('-')
        a['bores'] = '%s-%s' % (b1, fmt(float(b2) + 1))
        return a
    return None
