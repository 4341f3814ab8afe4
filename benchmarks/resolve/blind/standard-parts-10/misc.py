"""Springs, lubrication and a few hydraulic items."""
from common import Item, fmt, cn_num, pick, wrap, apply_typo

CAT_SPR = '弹簧/压缩弹簧'
CAT_DIE = '弹簧/模具弹簧'
CAT_EXT = '弹簧/拉伸弹簧'
CAT_GAS = '弹簧/气弹簧'
CAT_NIP = '润滑液压/油嘴'
CAT_LUB = '润滑液压/润滑油脂'
CAT_HYD = '润滑液压/液压件'

DIE = {'TF': ('黄色', '轻小载荷'), 'TL': ('蓝色', '轻载荷'), 'TM': ('红色', '中载荷'), 'TH': ('绿色', '重载荷'),
       'TB': ('棕色', '极重载荷')}
DIE_SIZES = [(8, 4), (10, 5), (12, 6), (14, 7), (16, 8), (18, 9), (20, 10), (22, 11), (25, 12.5), (27, 13.5), (30, 15),
             (35, 17.5), (40, 20), (50, 25)]
DIE_L = [20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 125, 150]


def build(rng):
    items = []
    # compression springs, stainless wire
    for wire in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.0, 1.2, 1.5, 1.6, 1.8, 2.0, 2.5, 3.0, 3.5, 4.0):
        for od_mult in (5, 6, 7, 8, 10, 12):
            od = round(wire * od_mult, 1)
            if od < 3:
                continue
            for L in (10, 12, 15, 20, 25, 30, 35, 40, 50, 60, 70, 80, 100):
                if L < od or rng.random() > 0.85:
                    continue
                a = dict(fam='cspring', wire=fmt(wire), od=fmt(od), L=str(L), mat='304')
                src = rng.choice(['eng', 'store', 'hk'])
                if src == 'eng':
                    name, spec = '压缩弹簧 304', '线径%s×外径%s×自由长%d' % (fmt(wire), fmt(od), L)
                elif src == 'store':
                    name, spec = pick(rng, ['不锈钢压簧', '304弹弓', '弹弓(压)']), '%s*%s*%d' % (fmt(wire), fmt(od), L)
                else:
                    name, spec = 'COMPRESSION SPRING SS304', 'WIRE %s OD %s L %d' % (fmt(wire), fmt(od), L)
                items.append(Item(name, spec, '个', CAT_SPR, a, src))
    # die springs
    for code, (col, load) in DIE.items():
        for od, idd in DIE_SIZES:
            for L in DIE_L:
                if L < od * 1.2 or L > od * 8 or rng.random() > 0.95:
                    continue
                a = dict(fam='diespring', series=code, od=str(od), L=str(L))
                src = rng.choice(['eng', 'store'])
                if src == 'eng':
                    name, spec = '模具弹簧 %s %s' % (load, col), '%s %d×%s×%d' % (code, od, fmt(idd), L)
                else:
                    name, spec = '%s模具弹弓' % col, '%s%d*%d' % (code, od, L)
                items.append(Item(name, spec, '个', CAT_DIE, a, src))
    # extension springs
    for wire in (0.6, 0.8, 1.0, 1.2, 1.5, 2.0):
        for od_mult in (6, 8, 10):
            od = round(wire * od_mult, 1)
            for L in (20, 30, 40, 50, 60, 80, 100):
                if rng.random() < 0.6:
                    a = dict(fam='espring', wire=fmt(wire), od=fmt(od), L=str(L), mat='304')
                    items.append(Item('拉伸弹簧 304 双圆钩', '线径%s×外径%s×总长%d' % (fmt(wire), fmt(od), L), '个', CAT_EXT, a, 'eng'))
    # gas springs
    for stroke in (50, 80, 100, 150, 200, 250, 300):
        for force in (100, 150, 200, 300, 400, 500, 600, 800):
            if rng.random() < 0.3:
                a = dict(fam='gasspring', stroke=str(stroke), force=str(force))
                items.append(Item('气弹簧', '行程%d 力%dN 不锈钢' % (stroke, force), '支', CAT_GAS, a, 'eng'))
    # grease nipples
    for th in ('M6x1', 'M8x1', 'M10x1', 'M6x0.75', 'R1/8', 'R1/4'):
        for ang in ('0', '45', '90'):
            for mat in ('brass', 'SS304', 'steel'):
                if rng.random() < 0.6:
                    a = dict(fam='nipple', thread=th, angle=ang, mat=mat)
                    mcn = {'brass': '铜', 'SS304': '不锈钢', 'steel': '碳钢镀锌'}[mat]
                    acn = {'0': '直通', '45': '45度', '90': '90度'}[ang]
                    src = rng.choice(['eng', 'store'])
                    if src == 'eng':
                        name, spec = '黄油嘴 %s' % acn, '%s %s' % (th, mcn)
                    else:
                        name, spec = '%s牛油嘴' % mcn, '%s %s' % (th, acn)
                    items.append(Item(name, spec, '个', CAT_NIP, a, src))
    # lubricants
    for brand, prod, cls, sizes in (('KLUBER', 'Klübersynth UH1 14-151', 'grease', ['400g', '1kg', '25kg']),
                                    ('KLUBER', 'Klübersynth UH1 6-100', 'gear_oil', ['5L', '20L']),
                                    ('KLUBER', 'Klübersynth UH1 6-220', 'gear_oil', ['5L', '20L']),
                                    ('KLUBER', 'Klüberfood NH1 94-301', 'spray', ['400ml']),
                                    ('MOBIL', 'Mobilgrease FM 222', 'grease', ['400g', '16kg']),
                                    ('MOBIL', 'Mobil SHC Cibus 32', 'hyd_oil', ['20L', '208L']),
                                    ('MOBIL', 'Mobil SHC Cibus 46', 'hyd_oil', ['20L', '208L']),
                                    ('MOBIL', 'Mobil SHC Cibus 68', 'hyd_oil', ['20L']),
                                    ('MOBIL', 'Mobil DTE 25', 'hyd_oil', ['18L', '208L']),
                                    ('SHELL', 'Shell Cassida RLS 2', 'grease', ['400g', '18kg']),
                                    ('SHELL', 'Shell Tellus S2 M 46', 'hyd_oil', ['18L', '209L']),
                                    ('SHELL', 'Shell Cassida Chain Oil 150', 'chain_oil', ['20L'])):
        for s in sizes:
            a = dict(fam='lube', product=prod, pack=s, cls=cls)
            ccn = {'grease': '食品级润滑脂', 'gear_oil': '食品级齿轮油', 'spray': '食品级润滑喷剂', 'hyd_oil': '液压油',
                   'chain_oil': '食品级链条油'}[cls]
            if 'Cibus' in prod:
                ccn = '食品级液压油'
            items.append(Item(ccn, '%s %s' % (prod, s), {'g': '支', 'kg': '桶', 'L': '桶', 'ml': '罐'}[''.join(c for c in s if c.isalpha())],
                              CAT_LUB, a, 'eng'))
    # hydraulic bits
    for d in (6, 8, 10, 12, 16):
        for L in (500, 1000, 1500, 2000):
            if rng.random() < 0.5:
                a = dict(fam='hose', dn=str(d), L=str(L))
                items.append(Item('液压软管总成', 'DN%d 长%dmm 两端M%d内牙' % (d, L, d + 8), '条', CAT_HYD, a, 'eng'))
    return items


def _choose(ctx, rng, fams, fn, tries=800):
    pool = [t for f in fams for t in ctx.fam[f]]
    for _ in range(tries):
        t = pick(rng, pool)
        if t.number in ctx.used:
            continue
        r = fn(t)
        if r is None:
            continue
        if ctx.unique(r[1], t):
            return r[0], r[1], t
    return None


def gen_spring(ctx, rng, qk, style):
    if qk == 'null':
        for _ in range(200):
            t = pick(rng, ctx.fam['diespring'])
            a = t.a
            code = pick(rng, [c for c in DIE if c != a['series']])
            st = {'fam': 'diespring', 'series': code, 'od': a['od'], 'L': a['L']}
            if ctx.match(st):
                continue
            txt = '%s模具弹簧 %s 外径%s 长%s' % (DIE[code][0], code, a['od'], a['L'])
            return wrap(style, txt, rng), st, None
        return None

    def fn(t):
        a = t.a
        f = a['fam']
        v = qk == 'voice'
        n = (lambda x: cn_num(x)) if v else (lambda x: x)
        if f == 'cspring':
            st = {'fam': f, 'wire': a['wire'], 'od': a['od'], 'L': a['L']}
            w = pick(rng, ['压簧', '压缩弹簧', '不锈钢弹簧']) if style != 'cantonese' else pick(rng, ['弹弓', '压弹弓'])
            if style == 'hk_english' or qk == 'english':
                return 'COMPRESSION SPRING WIRE %s OD %s FREE LENGTH %s' % (a['wire'], a['od'], a['L']), st
            return '%s 线径%s 外径%s 长%s' % (w, n(a['wire']), n(a['od']), n(a['L'])), st
        if f == 'diespring':
            st = {'fam': f, 'series': a['series'], 'od': a['od'], 'L': a['L']}
            col = DIE[a['series']][0]
            if style == 'hk_english' or qk == 'english':
                return 'DIE SPRING %s OD%s X L%s' % (a['series'], a['od'], a['L']), st
            if v:
                return '%s %s模具弹簧 外径%s 长%s' % (a['series'], pick(rng, [col, '']), n(a['od']), n(a['L'])), st
            if qk == 'nickname':
                return '%s模具弹弓 外径%s 长%s' % (col, n(a['od']), n(a['L'])), st
            return '%s %s模具弹簧 %s*%s' % (a['series'], pick(rng, [col, '']), n(a['od']), n(a['L'])), st
        if f == 'gasspring':
            st = {'fam': f, 'stroke': a['stroke'], 'force': a['force']}
            if style == 'hk_english' or qk == 'english':
                return 'GAS SPRING STROKE %sMM %sN' % (a['stroke'], a['force']), st
            return '%s 行程%s %s牛' % (pick(rng, ['气弹簧', '支撑杆', '气撑杆']), n(a['stroke']), n(a['force'])), st
        return None
    r = _choose(ctx, rng, ['cspring', 'diespring', 'diespring', 'gasspring'], fn)
    if r is None:
        return None
    txt = ' '.join(r[0].split())
    if qk == 'typo':
        t2 = apply_typo(txt, rng)
        if not t2:
            return None
        txt = t2
    return wrap(style, txt, rng), r[1], r[2]


def gen_lube(ctx, rng, qk, style):
    def fn(t):
        a = t.a
        f = a['fam']
        if f == 'nipple':
            st = {'fam': f, 'thread': a['thread'], 'angle': a['angle'], 'mat': a['mat']}
            mcn = {'brass': '铜', 'SS304': '不锈钢', 'steel': '铁'}[a['mat']]
            acn = {'0': '直', '45': '45度', '90': '90度'}[a['angle']]
            w = pick(rng, ['牛油嘴', '黄油嘴', '油嘴']) if qk != 'nickname' else '牛油嘴'
            return '%s%s %s %s' % (mcn, w, a['thread'], acn), st
        if f == 'lube':
            st = {'fam': f, 'product': a['product'], 'pack': a['pack']}
            p = a['product']
            short = p.replace('Klübersynth', 'Kluber').replace('Klüberfood', 'Kluber').replace('Mobilgrease', 'Mobil')
            return '%s %s' % (short, a['pack']), st
        return None
    r = _choose(ctx, rng, ['nipple', 'lube'], fn)
    if r is None:
        return None
    return wrap(style, ' '.join(r[0].split()), rng), r[1], r[2]
