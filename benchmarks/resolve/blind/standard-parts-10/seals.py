"""Food-grade O-rings (metric, GB/T 3452.1, AS568) and rotary shaft oil seals."""
from common import Item, fmt, cn_num, pick, wrap, apply_typo

CAT_OR = '密封件/O型圈'
CAT_OS = '密封件/骨架油封'

GB_ID = {
    '1.8': [3, 3.55, 4, 4.5, 5, 5.6, 6, 6.3, 7.1, 8, 9, 10, 10.6, 11.2, 12.5, 14, 15, 16, 17, 18, 19, 20, 21.2, 22.4, 25,
            26.5, 28, 30, 31.5, 32.5, 35.5, 37.5, 40, 42.5, 45, 47.5, 50],
    '2.65': [10.6, 11.2, 12.5, 14, 15, 16, 17, 18, 19, 20, 21.2, 22.4, 23.6, 25, 25.8, 26.5, 28, 30, 31.5, 32.5, 34.5,
             35.5, 37.5, 40, 42.5, 45, 47.5, 50, 53, 56, 60, 63, 67, 71, 75, 80, 85, 90, 95, 100, 106, 112, 118, 125],
    '3.55': [18, 20, 22.4, 25, 28, 30, 31.5, 33.5, 35.5, 37.5, 40, 42.5, 45, 47.5, 50, 53, 56, 60, 63, 67, 71, 75, 80,
             85, 90, 95, 100, 106, 112, 118, 125, 132, 140, 150, 160, 170, 180, 190, 200],
    '5.3': [40, 42.5, 45, 47.5, 50, 53, 56, 60, 63, 67, 71, 75, 80, 85, 90, 95, 100, 106, 112, 118, 125, 132, 140, 150,
            160, 170, 180, 190, 200, 212, 224, 236, 250],
    '7': [109, 115, 122, 128, 136, 145, 155, 165, 175, 185, 195, 206, 218, 230, 243, 258, 272, 290, 300],
}
MET_CS = {'1': (2, 12, 1), '1.5': (3, 30, 1), '2': (3, 60, 1), '2.4': (6, 40, 1), '2.5': (5, 80, 1), '3': (8, 120, 1),
          '3.1': (10, 60, 2), '3.5': (10, 150, 2), '4': (15, 200, 3), '5': (20, 250, 5), '5.7': (30, 300, 5),
          '6': (40, 300, 10), '1.2': (2, 20, 1), '2.2': (5, 50, 1), '4.5': (20, 150, 5)}
# AS568: dash -> (ID, CS)
AS568 = {}
for _n, _id in zip(range(10, 29), [6.07, 7.65, 9.25, 10.82, 12.42, 14.0, 15.6, 17.17, 18.77, 20.35, 21.95, 23.52, 25.12,
                                   26.7, 28.3, 29.87, 31.47, 33.05, 34.65]):
    AS568['0%02d' % _n] = (_id, 1.78)
for _n in range(102, 150):
    AS568[str(_n)] = (round(9.19 + (_n - 110) * 1.5875, 2), 2.62)
for _n in range(201, 260):
    AS568[str(_n)] = (round(18.64 + (_n - 210) * 1.5875, 2), 3.53)
for _n in range(309, 325):
    AS568[str(_n)] = (round(37.47 + (_n - 325) * 1.5875, 2), 5.33)
for _n in range(325, 360):
    AS568[str(_n)] = (round(37.47 + (_n - 325) * 3.175, 2), 5.33)

MATS = ['EPDM', 'FKM', 'VMQ', 'NBR', 'FEP', 'HNBR']
MAT_CN = {'HNBR': '氢化丁腈', 'EPDM': '三元乙丙', 'FKM': '氟橡胶', 'VMQ': '硅胶', 'NBR': '丁腈', 'FEP': 'FEP包覆硅胶'}
MAT_STORE = {'HNBR': '氢化丁腈', 'EPDM': 'EPDM', 'FKM': '氟胶', 'VMQ': '硅胶', 'NBR': '丁腈胶', 'FEP': '包氟'}
MAT_Q = {'HNBR': ['HNBR', '氢化丁腈'], 'EPDM': ['EPDM', '三元乙丙', 'EP胶', '乙丙胶'], 'FKM': ['FKM', '氟胶', '氟橡胶', 'Viton', '维通'],
         'VMQ': ['硅胶', 'VMQ', '硅橡胶', 'silicone'], 'NBR': ['NBR', '丁腈', '丁晴胶', '丁腈胶'],
         'FEP': ['FEP包覆', '包氟', '特氟龙包覆', 'FEP']}
MAT_EN = {'HNBR': 'HNBR', 'EPDM': 'EPDM', 'FKM': 'VITON', 'VMQ': 'SILICONE', 'NBR': 'NBR', 'FEP': 'FEP ENCAPSULATED'}


def oring(idv, cs, mat, fda, series, src, rng, dash=None):
    idv, cs = fmt(idv), fmt(cs)
    a = dict(fam='oring', id=idv, cs=cs, mat=mat, fda=fda, series=series)
    if dash:
        a['dash'] = dash
    f = 'FDA' if fda else ''
    if src == 'eng':
        name = 'O型密封圈'
        std = {'gb': 'GB/T 3452.1 ', 'metric': '', 'as': 'AS568-%s ' % dash}[series]
        spec = '%s%s×%s %s%s' % (std, idv, cs, mat, ' 食品级FDA' if fda else '')
        unit = '个'
    elif src == 'store':
        name = '%sO令' % MAT_STORE[mat] if rng.random() < 0.5 else '%s O型圈' % MAT_STORE[mat]
        if fda:
            name = '食品级' + name
        spec = '%s*%s' % (idv, cs) + (' (AS-%s)' % dash if dash else '')
        unit = '条'
    else:
        name = 'O-RING %s%s' % (MAT_EN[mat], ' FDA' if fda else '')
        spec = ('ID%s X CS%s' % (idv, cs)) + (' AS568-%s' % dash if dash else '')
        unit = 'PCS'
    return Item(name, spec, unit, CAT_OR, a, src)


OS_SIZES = []
for _d, _Ds in [(10, [22, 26]), (12, [22, 25, 28]), (14, [24, 28]), (15, [26, 30, 35]), (16, [28, 30]),
                (17, [28, 30, 35, 40]), (18, [30, 35]), (20, [32, 35, 40, 42, 47]), (22, [35, 40, 47]),
                (25, [35, 40, 42, 47, 52]), (28, [40, 47]), (30, [42, 45, 47, 50, 52, 62]), (32, [45, 47, 52]),
                (35, [47, 50, 52, 55, 62, 72]), (38, [52, 55, 62]), (40, [52, 55, 62, 72]), (42, [55, 62, 72]),
                (45, [60, 62, 65, 72]), (50, [65, 68, 70, 72, 80]), (55, [70, 72, 80]), (60, [75, 80, 85]),
                (65, [85, 90]), (70, [90, 100]), (75, [95, 100]), (80, [100, 110]), (90, [110, 120]),
                (100, [120, 125])]:
    for _D in _Ds:
        _w = 7 if _D - _d <= 20 else (8 if _D - _d <= 26 else 10)
        if _d >= 60:
            _w = 10 if _D - _d < 30 else 12
        OS_SIZES.append((_d, _D, _w))


def build(rng):
    items = []
    seen = set()

    def add(it):
        k = it.key()
        if k not in seen:
            seen.add(k)
            items.append(it)
    # GB/T 3452.1 series, typed by engineer
    for cs, ids in GB_ID.items():
        for idv in ids:
            for mat in MATS:
                p = {'EPDM': 0.95, 'FKM': 0.85, 'VMQ': 0.8, 'NBR': 0.6, 'FEP': 0.35, 'HNBR': 0.55}[mat]
                if rng.random() < p:
                    fda = mat in ('EPDM', 'VMQ', 'FKM', 'FEP') and rng.random() < 0.85
                    add(oring(idv, cs, mat, fda, 'gb', rng.choice(['eng', 'eng', 'hk']), rng))
    # practical metric sizes (storekeeper + HK)
    for cs, (lo, hi, step) in MET_CS.items():
        for idv in range(lo, hi + 1, step):
            for mat in MATS:
                p = {'EPDM': 0.85, 'FKM': 0.75, 'VMQ': 0.7, 'NBR': 0.7, 'FEP': 0.2, 'HNBR': 0.55}[mat]
                if rng.random() < p:
                    fda = mat in ('EPDM', 'VMQ') and rng.random() < 0.6
                    add(oring(idv, cs, mat, fda, 'metric', rng.choice(['store', 'store', 'hk', 'eng']), rng))
                    if mat == 'EPDM' and rng.random() < 0.08:
                        add(oring(idv, cs, mat, not fda, 'metric', 'eng', rng))
    # AS568 (imported fillers / valves)
    for dash, (idv, cs) in AS568.items():
        for mat in ('EPDM', 'FKM', 'VMQ', 'NBR'):
            if rng.random() < 0.7:
                add(oring(idv, cs, mat, True, 'as', rng.choice(['hk', 'eng', 'store']), rng, dash=dash))
    # oil seals
    for d, D, w in OS_SIZES:
        for mat in ('NBR', 'FKM'):
            for maker in ('NOK', 'NAK', '国产'):
              for typ in ('TC', 'SC', 'TB'):
                if rng.random() < {'TC': 0.95, 'SC': 0.5, 'TB': 0.45}[typ] * (1 if mat == 'NBR' else 0.6):
                    src = rng.choice(['eng', 'store', 'hk'])
                    a = dict(fam='oilseal', type=typ, d=str(d), D=str(D), w=str(w), mat=mat, maker=maker)
                    mk = {'NOK': 'NOK', 'NAK': 'NAK', '国产': '国产'}[maker]
                    if src == 'eng':
                        name, spec, unit = '骨架油封 %s型' % typ, '%s %d×%d×%d %s' % (mk, d, D, w, '氟橡胶' if mat == 'FKM' else '丁腈'), '个'
                    elif src == 'store':
                        name, spec, unit = ('氟胶油封' if mat == 'FKM' else '油封'), '%s%d*%d*%d %s' % (typ, d, D, w, mk), '个'
                    else:
                        name, spec, unit = 'OIL SEAL %s %s' % (typ, 'VITON' if mat == 'FKM' else 'NBR'), '%dX%dX%d %s' % (d, D, w, mk), 'PCS'
                    items.append(Item(name, spec, unit, CAT_OS, a, src))
    return items


# =============================================================== queries
def _choose(ctx, rng, fam, cond, fn, tries=800):
    pool = ctx.fam[fam]
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


def gen(ctx, rng, qk, style):
    ow = {'cantonese': ['O令', '胶圈', 'O型圈'], 'hk_english': ['O-ring', 'O RING', 'oring'],
          'engineer': ['O型圈', 'O形密封圈'], 'mechanic_voice': ['O型圈', '密封圈', '胶圈'],
          'buyer': ['O型圈', 'O型密封圈'], 'storekeeper': ['O令', 'O圈', '密封圈']}[style]

    def or_text(t, size_mode='normal', mat_mode='q', fda_mode=True):
        a = t.a
        st = {'fam': 'oring', 'id': a['id'], 'cs': a['cs']}
        if size_mode == 'normal':
            sz = pick(rng, ['%sx%s', '%s*%s', '%s×%s', 'ID%s 线径%s']) % (a['id'], a['cs'])
        elif size_mode == 'od':
            od = fmt(float(a['id']) + 2 * float(a['cs']))
            sz = pick(rng, ['外径%s 线径%s', '外径%s 粗%s', 'OD%s x %s']) % (od, a['cs'])
            st = {'fam': 'oring', 'od_cs': (od, a['cs'])}
        elif size_mode == 'voice':
            sz = '内径%s 线径%s' % (cn_num(a['id']), cn_num(a['cs'])) if rng.random() < 0.5 else '%s乘%s' % (cn_num(a['id']), cn_num(a['cs']))
        elif size_mode == 'dash':
            sz = pick(rng, ['AS568-%s', '2-%s', 'AS-%s', '%s号']) % a['dash']
            st = {'fam': 'oring', 'dash': a['dash']}
        else:
            sz = 'ID %s X %s' % (a['id'], a['cs'])
        m = ''
        if mat_mode:
            tab = MAT_Q if mat_mode == 'q' else {k: [v] for k, v in MAT_EN.items()}
            m = pick(rng, tab[a['mat']])
            st['mat'] = a['mat']
        f = ''
        if fda_mode and a['fda']:
            f = pick(rng, ['食品级', 'FDA']) if mat_mode != 'en' else 'FDA'
            st['fda'] = True
        return sz, m, f, st

    if qk in ('spec_with_category', 'size_notation', 'voice', 'grade_material', 'typo', 'nickname', 'english',
              'standard_notation'):
        if rng.random() < 0.2 and qk in ('spec_with_category', 'english', 'typo', 'voice'):
            return gen_os(ctx, rng, qk, style)

        def fn(t):
            a = t.a
            if qk == 'standard_notation':
                if a['series'] != 'as':
                    return None
                sz, m, f, st = or_text(t, 'dash')
                return '%s %s %s %s' % (pick(rng, ow), sz, m, f), st
            if qk == 'size_notation':
                sz, m, f, st = or_text(t, 'od')
                return '%s %s%s %s' % (f, m, pick(rng, ow), sz), st
            if qk == 'voice':
                sz, m, f, st = or_text(t, 'voice')
                return '%s %s的%s %s' % (f, m, pick(rng, ow), sz), st
            if qk == 'english':
                if t.src == 'hk':
                    return None
                sz, m, f, st = or_text(t, 'en', 'en')
                return '%s %s %s %s' % (pick(rng, ['O-RING', 'O RING', 'oring']), m, sz, f), st
            if qk == 'nickname':
                if t.src == 'store':
                    return None
                sz, m, f, st = or_text(t)
                nick = pick(rng, {'HNBR': ['氢化丁腈圈'], 'EPDM': ['EP胶圈', '乙丙胶圈', 'EP O令'], 'FKM': ['氟胶圈', 'Viton圈', '氟胶O令'],
                                  'VMQ': ['硅胶圈', '硅胶O令', '矽胶圈'], 'NBR': ['丁腈圈', '普通胶圈'],
                                  'FEP': ['包氟圈', '包氟O令', '特氟龙圈']}[a['mat']])
                return '%s%s %s' % (f, nick, sz), st
            sz, m, f, st = or_text(t, 'normal', 'q' if (qk != 'grade_material') else 'q')
            if qk == 'grade_material':
                if a['mat'] in ('NBR',):
                    return None
            txt = pick(rng, ['%s %s %s %s', '%s %s%s %s']) % (f, m, pick(rng, ow), sz)
            if qk == 'typo':
                txt2 = apply_typo(txt.replace('O型圈', 'O型密封圈'), rng)
                if not txt2:
                    return None
                txt = txt2
            return txt.strip(), st
        r = _choose(ctx, rng, 'oring', lambda t: True, fn)
    elif qk == 'null':
        return gen_null(ctx, rng, style, ow)
    else:
        raise ValueError(qk)
    if r is None:
        return None
    return wrap(style, ' '.join(r[0].split()), rng), r[1], r[2]


def gen_os(ctx, rng, qk, style):
    def fn(t):
        a = t.a
        st = {'fam': 'oilseal', 'd': a['d'], 'D': a['D'], 'w': a['w'], 'mat': a['mat'], 'type': a['type']}
        sz = a['type'] + pick(rng, [' %sx%sx%s', '%s*%s*%s', ' %s-%s-%s']) % (a['d'], a['D'], a['w'])
        if qk == 'voice':
            sz = '%s型 %s乘%s乘%s' % (a['type'], cn_num(a['d']), cn_num(a['D']), cn_num(a['w']))
        mw = {'FKM': pick(rng, ['氟胶', '氟橡胶', 'FKM']), 'NBR': pick(rng, ['丁腈', 'NBR', ''])}[a['mat']]
        if a['mat'] == 'NBR' and mw == '':
            st.pop('mat')
        mk = ''
        if rng.random() < 0.6:
            mk = a['maker']
            st['maker'] = a['maker']
        if qk == 'english':
            if t.src == 'hk':
                return None
            txt = 'OIL SEAL %s %s %s' % (sz.replace('*', 'X'), {'FKM': 'VITON', 'NBR': 'NBR'}[a['mat']], {'国产': 'CHINA'}.get(mk, mk))
            st['mat'] = a['mat']
        else:
            txt = '%s %s%s %s' % (mk, mw, pick(rng, ['油封', '骨架油封']), sz)
        if qk == 'typo':
            txt = apply_typo(txt, rng)
            if not txt:
                return None
        return ' '.join(txt.split()), st
    r = _choose(ctx, rng, 'oilseal', lambda t: True, fn)
    if r is None:
        return None
    return wrap(style, r[0], rng), r[1], r[2]


def gen_null(ctx, rng, style, ow):
    for _ in range(300):
        t = pick(rng, ctx.fam['oring'])
        a = t.a
        how = rng.randrange(2)
        if how == 0:
            mats = [m for m in ('FKM', 'VMQ', 'EPDM') if m != a['mat']]
            mat = pick(rng, mats)
            st = {'fam': 'oring', 'id': a['id'], 'cs': a['cs'], 'mat': mat}
        else:
            try:
                idn = float(a['id'])
            except ValueError:
                continue
            if idn != int(idn) or a['series'] != 'metric':
                continue
            mat = a['mat']
            st = {'fam': 'oring', 'id': fmt(int(idn) + pick(rng, [1, -1, 2])), 'cs': a['cs'], 'mat': mat}
        if ctx.match(st):
            continue
        txt = '%s %s %sx%s' % (pick(rng, MAT_Q[mat]), pick(rng, ow), st['id'], st['cs'])
        return wrap(style, txt, rng), st, None
    return None
