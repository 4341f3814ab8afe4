"""Sanitary (tri-clamp) ferrules, clamps, gaskets, valves and fittings in 3A inch, DIN 32676 and ISO/GB metric."""
from common import Item, fmt, cn_num, pick, wrap, apply_typo

CAT = {'ferrule': '卫生级管件/卡盘', 'clamp': '卫生级管件/卡箍', 'gasket': '卫生级管件/卡盘垫',
       'valve': '卫生级管件/阀门', 'fitting': '卫生级管件/弯头三通'}
# (std, size) -> (tube OD, flange OD)
SIZES = {
    ('3A', '1/2'): (12.7, 25), ('3A', '3/4'): (19.05, 25), ('3A', '1'): (25.4, 50.5), ('3A', '1.5'): (38.1, 50.5),
    ('3A', '2'): (50.8, 64), ('3A', '2.5'): (63.5, 77.5), ('3A', '3'): (76.2, 91), ('3A', '4'): (101.6, 119),
    ('DIN', 'DN10'): (13, 34), ('DIN', 'DN15'): (19, 34), ('DIN', 'DN20'): (23, 34), ('DIN', 'DN25'): (29, 50.5),
    ('DIN', 'DN32'): (35, 50.5), ('DIN', 'DN40'): (41, 50.5), ('DIN', 'DN50'): (53, 64), ('DIN', 'DN65'): (70, 91),
    ('DIN', 'DN80'): (85, 106), ('DIN', 'DN100'): (104, 119),
    ('ISO', '19'): (19, 50.5), ('ISO', '25'): (25, 50.5), ('ISO', '32'): (32, 50.5), ('ISO', '38'): (38, 50.5),
    ('ISO', '51'): (51, 64), ('ISO', '63'): (63.5, 77.5), ('ISO', '76'): (76.1, 91), ('ISO', '89'): (89, 106),
    ('ISO', '102'): (101.6, 119),
}
INCH_CN = {'1/2': '4分', '3/4': '6分', '1': '1寸', '1.5': '1.5寸', '2': '2寸', '2.5': '2.5寸', '3': '3寸', '4': '4寸'}
INCH_Q = {'1/2': ['1/2"', '半寸', '4分'], '3/4': ['3/4"', '6分'], '1': ['1"', '1寸', '一寸'],
          '1.5': ['1.5"', '1.5寸', '一寸半', '1-1/2"'], '2': ['2"', '2寸', '两寸'], '2.5': ['2.5"', '2.5寸', '两寸半'],
          '3': ['3"', '3寸'], '4': ['4"', '4寸']}


def size_txt(std, size, mode, rng):
    if std == '3A':
        if mode == 'en':
            return pick(rng, ['%s"' % size, '%s INCH' % size])
        if mode == 'voice':
            return {'1/2': '四分', '3/4': '六分', '1': '一寸', '1.5': '一寸半', '2': '两寸', '2.5': '两寸半', '3': '三寸',
                    '4': '四寸'}[size]
        return pick(rng, INCH_Q[size])
    if std == 'DIN':
        n = size[2:]
        if mode == 'voice':
            return 'DN' + cn_num(n)
        return pick(rng, ['DN%s' % n, 'dn%s' % n, 'DN%s DIN' % n]) if mode != 'en' else 'DN%s DIN' % n
    if mode == 'voice':
        return '%s的管' % cn_num(size)
    return pick(rng, ['Φ%s' % size, '%smm' % size, '外径%s' % size]) if mode != 'en' else '%sMM OD' % size


def std_label(std):
    return {'3A': '美标3A', 'DIN': 'DIN 32676', 'ISO': 'ISO 2852'}[std]


def size_label(std, size):
    if std == '3A':
        return '%s"' % size
    if std == 'DIN':
        return size
    return 'Φ%s' % size


def build(rng):
    items = []

    def add(part, a, name, spec, unit, src):
        a = dict(a, fam='sanitary', part=part)
        items.append(Item(name, spec, unit, CAT[part if part in CAT else 'fitting'], a, src))

    for (std, size), (od, fod) in SIZES.items():
        for mat in ('304', '316L'):
            for length in ('short', 'long'):
                if std != '3A' and length == 'long':
                    continue
                if rng.random() < (0.95 if mat == '316L' else 0.85):
                    src = rng.choice(['eng', 'store', 'hk'])
                    a = dict(std=std, size=size, mat=mat, length=length)
                    ln = {'short': '21.5', 'long': '28.6'}[length] if std == '3A' else ''
                    if src == 'eng':
                        name = '卫生级快装卡盘'
                        spec = '%s %s 管外径%s 卡盘外径%s %s%s' % (std_label(std), size_label(std, size), fmt(od), fmt(fod),
                                                           mat, (' L=' + ln) if ln else '')
                        unit = '个'
                    elif src == 'store':
                        name = '%s快装卡盘' % mat + ('(长)' if length == 'long' else '')
                        spec = (INCH_CN[size] if std == '3A' else size_label(std, size)) + ' %s' % fmt(fod)
                        if std == 'DIN':
                            spec += ' DIN'
                        if ln:
                            spec += ' 长%s' % ln
                        unit = '个'
                    else:
                        name = 'TRI-CLAMP FERRULE %s %s' % (mat, 'LONG' if length == 'long' else 'SHORT')
                        spec = '%s %s OD%s' % ('3A' if std == '3A' else std, size_label(std, size), fmt(od)) + (' L%s' % ln if ln else '')
                        unit = 'PCS'
                    add('ferrule', a, name, spec, unit, src)
        # gaskets
        for gm in ('EPDM', 'VMQ', 'PTFE', 'FKM'):
            if rng.random() < {'EPDM': 0.95, 'VMQ': 0.9, 'PTFE': 0.75, 'FKM': 0.6}[gm]:
                src = rng.choice(['eng', 'store', 'hk'])
                a = dict(std=std, size=size, mat=gm)
                gcn = {'EPDM': '三元乙丙', 'VMQ': '硅胶', 'PTFE': '四氟', 'FKM': '氟胶'}[gm]
                if src == 'eng':
                    name, spec, unit = '卫生级卡盘垫片', '%s %s %s FDA 配卡盘%s' % (std_label(std), size_label(std, size), gm, fmt(fod)), '个'
                elif src == 'store':
                    name = '%s卡盘垫' % gcn
                    spec = (INCH_CN[size] if std == '3A' else size_label(std, size)) + (' DIN' if std == 'DIN' else '') + ' %s' % fmt(fod)
                    unit = '个'
                else:
                    name, spec, unit = 'TRI-CLAMP GASKET %s' % {'VMQ': 'SILICONE'}.get(gm, gm), '%s %s' % (std if std != 'ISO' else 'ISO', size_label(std, size)), 'PCS'
                add('gasket', a, name, spec, unit, src)
        # valves
        for vt in ('butterfly', 'ball', 'check', 'sample'):
            for ends in ('clamp', 'weld'):
                if vt == 'sample' and ends == 'weld':
                    continue
                for act in ('manual', 'pneumatic'):
                    if vt in ('check', 'sample') and act == 'pneumatic':
                        continue
                    if rng.random() < 0.45:
                        mat = '316L' if rng.random() < 0.6 else '304'
                        a = dict(std=std, size=size, vtype=vt, ends=ends, act=act, mat=mat)
                        vcn = {'butterfly': '蝶阀', 'ball': '球阀', 'check': '止回阀', 'sample': '取样阀'}[vt]
                        ven = {'butterfly': 'BUTTERFLY VALVE', 'ball': 'BALL VALVE', 'check': 'CHECK VALVE',
                               'sample': 'SAMPLING VALVE'}[vt]
                        src = rng.choice(['eng', 'store', 'hk'])
                        if src == 'hk':
                            name = 'SANITARY %s %s %s' % (ven, 'TRI-CLAMP' if ends == 'clamp' else 'WELD END',
                                                          'PNEUMATIC' if act == 'pneumatic' else 'MANUAL')
                            spec, unit = '%s %s %s' % (std, size_label(std, size), mat), 'PCS'
                        else:
                            name = '卫生级%s%s%s' % ('气动' if act == 'pneumatic' else '手动',
                                                   '快装' if ends == 'clamp' else '焊接', vcn)
                            spec = '%s %s %s' % (std_label(std) if src == 'eng' else (INCH_CN[size] if std == '3A' else size_label(std, size)),
                                                 size_label(std, size) if src == 'eng' else '', mat)
                            spec = ' '.join(spec.split())
                            unit = '台' if act == 'pneumatic' else '个'
                        add('valve', a, name, spec, unit, src)
        for ft in ('elbow90', 'elbow45', 'tee', 'endcap'):
            for ends in ('clamp', 'weld'):
                if ft == 'endcap' and ends == 'weld':
                    continue
                if rng.random() < 0.6:
                    mat = '316L' if rng.random() < 0.5 else '304'
                    a = dict(std=std, size=size, ftype=ft, ends=ends, mat=mat)
                    fcn = {'elbow90': '90度弯头', 'elbow45': '45度弯头', 'tee': '三通', 'endcap': '盲板'}[ft]
                    src = rng.choice(['eng', 'store'])
                    name = '卫生级%s%s' % ('快装' if ends == 'clamp' else '焊接', fcn)
                    spec = '%s %s' % (std_label(std) + ' ' + size_label(std, size) if src == 'eng' else
                                      (INCH_CN[size] if std == '3A' else size_label(std, size)), mat)
                    add('fitting', a, name, spec, '个', src)
    # clamps by flange OD
    for fod in (25, 34, 50.5, 64, 77.5, 91, 106, 119):
        for ct in ('single', 'double', 'heavy'):
            for mat in ('304', '316'):
                if rng.random() < (0.75 if mat == '304' else 0.3):
                    a = dict(fod=fmt(fod), ctype=ct, mat=mat)
                    ccn = {'single': '单销卡箍', 'double': '双销卡箍', 'heavy': '重型螺栓卡箍'}[ct]
                    src = rng.choice(['eng', 'store', 'hk'])
                    fits = [s for (s2, s), (od, f) in SIZES.items() if f == fod and s2 == '3A']
                    if src == 'hk':
                        name = 'TRI-CLAMP %s %s' % ({'single': 'SINGLE PIN', 'double': 'DOUBLE PIN', 'heavy': 'HEAVY DUTY BOLTED'}[ct], mat)
                        spec = 'FOR FERRULE OD %s' % fmt(fod)
                    elif src == 'store':
                        name = '%s快装%s' % (mat, ccn.replace('卡箍', '') + '卡箍')
                        spec = '%s' % fmt(fod) + (' (%s)' % '/'.join(INCH_CN[s] for s in fits) if fits else '')
                    else:
                        name = '卫生级' + ccn
                        spec = '卡盘外径%s %s' % (fmt(fod), mat)
                    add('clamp', a, name, spec, '个' if src != 'hk' else 'PCS', src)
    return items


# =============================================================== queries
def _choose(ctx, rng, cond, fn, tries=800):
    pool = ctx.fam['sanitary']
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


MAT_Q = {'304': ['304', 'SUS304'], '316L': ['316L', '316', 'SUS316L'], '316': ['316', 'SUS316'],
         'EPDM': ['EPDM', '三元乙丙', 'EP'], 'VMQ': ['硅胶', 'silicone'], 'PTFE': ['四氟', 'PTFE', '铁氟龙'],
         'FKM': ['氟胶', 'FKM', 'Viton']}


def gen(ctx, rng, qk, style):
    en = style == 'hk_english'

    def fn(t):
        a = t.a
        part = a['part']
        smode = {'voice': 'voice', 'english': 'en'}.get(qk, 'q')
        if qk == 'english' and t.src == 'hk':
            return None
        if qk in ('grade_material', 'nickname') and part not in ('ferrule', 'gasket', 'clamp'):
            return None
        if part == 'clamp':
            st = {'fam': 'sanitary', 'part': 'clamp', 'fod': a['fod'], 'ctype': a['ctype']}
            cw = {'single': ['卡箍', '单销卡箍', '快装卡箍'], 'double': ['双销卡箍', '双插销卡箍'],
                  'heavy': ['重型卡箍', '螺栓卡箍', '加厚卡箍']}[a['ctype']]
            if a['ctype'] == 'single':
                cw = ['单销卡箍', '普通单销卡箍']
            # express size via a ferrule size that uses that flange OD, or the flange OD itself
            opts = [(s2, s) for (s2, s), (od, f) in SIZES.items() if fmt(f) == a['fod']]
            if qk == 'size_notation' or not opts:
                sz = pick(rng, ['%s卡箍' % a['fod'], '卡盘外径%s' % a['fod'], '%s的' % a['fod']])
            else:
                s2, s = pick(rng, opts)
                sz = size_txt(s2, s, smode, rng)
            m = ''
            if rng.random() < 0.5 or qk == 'grade_material':
                m = pick(rng, MAT_Q[a['mat']])
                st['mat'] = a['mat']
            if qk == 'english' or en:
                ce = {'single': 'SINGLE PIN CLAMP', 'double': 'DOUBLE PIN CLAMP', 'heavy': 'HEAVY DUTY CLAMP'}[a['ctype']]
                return 'TRI-CLAMP %s %s %s' % (ce, sz, m), st
            if qk == 'nickname':
                cw = {'single': ['喉箍(单销)', '快装夹(单销)'], 'double': ['双销快装夹', '双销喉箍'],
                      'heavy': ['螺栓快装夹', '重型喉箍']}[a['ctype']]
            return '%s %s %s' % (m, sz, pick(rng, cw)), st
        if part in ('ferrule', 'gasket'):
            st = {'fam': 'sanitary', 'part': part, 'std': a['std'], 'size': a['size']}
            sz = size_txt(a['std'], a['size'], smode, rng)
            if a['std'] == 'DIN' and rng.random() < 0.5 and qk != 'voice' and 'DIN' not in sz:
                sz += ' DIN'
            m = pick(rng, MAT_Q[a['mat']])
            st['mat'] = a['mat']
            ln = ''
            if part == 'ferrule' and a['std'] == '3A':
                ln = pick(rng, ['短', '短款', 'L21.5']) if a['length'] == 'short' else pick(rng, ['长', '加长', 'L28.6'])
                st['length'] = a['length']
            if en or qk == 'english':
                w = 'FERRULE' if part == 'ferrule' else 'GASKET'
                ln2 = {'short': 'SHORT', 'long': 'LONG'}.get(a.get('length'), '') if ln else ''
                return 'TC %s %s %s %s' % (w, sz, m if part == 'ferrule' else {'VMQ': 'SILICONE'}.get(a['mat'], a['mat']), ln2), st
            if qk == 'nickname':
                w = pick(rng, ['快装头', '卡盘头', '快接卡盘']) if part == 'ferrule' else pick(rng, ['卡箍垫', '快装胶垫', '喉箍垫'])
            else:
                w = pick(rng, ['卡盘', '快装卡盘']) if part == 'ferrule' else pick(rng, ['卡盘垫', '快装垫片', '垫片'])
            return '%s %s%s %s' % (sz, m, w, ln), st
        if part == 'valve':
            st = {'fam': 'sanitary', 'part': 'valve', 'std': a['std'], 'size': a['size'], 'vtype': a['vtype'],
                  'ends': a['ends'], 'act': a['act']}
            sz = size_txt(a['std'], a['size'], smode, rng)
            vcn = {'butterfly': '蝶阀', 'ball': '球阀', 'check': '止回阀', 'sample': '取样阀'}[a['vtype']]
            if en or qk == 'english':
                ven = {'butterfly': 'BUTTERFLY VALVE', 'ball': 'BALL VALVE', 'check': 'CHECK VALVE', 'sample': 'SAMPLE VALVE'}[a['vtype']]
                return '%s %s %s %s' % ('PNEUMATIC' if a['act'] == 'pneumatic' else 'MANUAL', ven,
                                        'CLAMP END' if a['ends'] == 'clamp' else 'WELD END', sz), st
            return '%s%s%s %s' % ('气动' if a['act'] == 'pneumatic' else '手动', '快装' if a['ends'] == 'clamp' else '焊接',
                                  vcn, sz), st
        return None
    if qk == 'null':
        return gen_null(ctx, rng, style)
    r = _choose(ctx, rng, lambda t: True, fn)
    if r is None:
        return None
    txt = ' '.join(r[0].split())
    if qk == 'typo':
        t2 = apply_typo(txt, rng)
        if not t2:
            return None
        txt = t2
    return wrap(style, txt, rng), r[1], r[2]


def gen_null(ctx, rng, style):
    for _ in range(300):
        how = rng.randrange(3)
        if how == 0:
            std, size = pick(rng, [('3A', '6'), ('DIN', 'DN125'), ('ISO', '133')])
            st = {'fam': 'sanitary', 'part': 'ferrule', 'std': std, 'size': size}
            txt = {'3A': '6寸卡盘', 'DIN': 'DN125 卡盘', 'ISO': 'Φ133 快装卡盘'}[std]
        elif how == 1:
            t = pick(rng, ctx.fam['sanitary'])
            a = t.a
            if a['part'] != 'gasket':
                continue
            gm = pick(rng, ['PTFE', 'FKM', 'VMQ', 'EPDM'])
            st = {'fam': 'sanitary', 'part': 'gasket', 'std': a['std'], 'size': a['size'], 'mat': gm}
            txt = '%s %s卡盘垫' % (size_txt(a['std'], a['size'], 'q', rng), pick(rng, MAT_Q[gm]))
        else:
            t = pick(rng, ctx.fam['sanitary'])
            a = t.a
            if a['part'] != 'valve':
                continue
            act = 'pneumatic' if a['act'] == 'manual' else 'manual'
            if a['vtype'] in ('check', 'sample'):
                continue
            st = {'fam': 'sanitary', 'part': 'valve', 'std': a['std'], 'size': a['size'], 'vtype': a['vtype'],
                  'ends': a['ends'], 'act': act}
            vcn = {'butterfly': '蝶阀', 'ball': '球阀'}[a['vtype']]
            txt = '%s%s%s %s' % ('气动' if act == 'pneumatic' else '手动', '快装' if a['ends'] == 'clamp' else '焊接', vcn,
                                 size_txt(a['std'], a['size'], 'q', rng))
        if ctx.match(st):
            continue
        return wrap(style, txt, rng), st, None
    return None
