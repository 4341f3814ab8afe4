"""Seals (1.03.xx): O-rings (GB/T 3452.1, AS568, JIS B2401), oil seals, hydraulic rod/piston seals, wipers."""
from .common import fmt, cn_num, cn_int, pick

FAM = 'seal'
D1 = [1.8, 2, 2.24, 2.5, 2.8, 3.15, 3.55, 4, 4.5, 5, 5.3, 5.6, 6, 6.3, 6.7, 6.9, 7.1, 7.5, 8, 8.5, 8.75, 9, 9.5, 10, 10.6, 11.2, 11.8, 12.5, 13.2,
      14, 15, 16, 17, 18, 19, 20, 21.2, 22.4, 23.6, 25, 25.8, 26.5, 28, 30, 31.5, 32.5, 33.5, 34.5, 35.5, 36.5, 37.5,
      38.7, 40, 41.2, 42.5, 43.7, 45, 46.2, 47.5, 48.7, 50, 51.5, 53, 54.5, 56, 58, 60, 61.5, 63, 65, 67, 69, 71, 73,
      75, 77.5, 80, 82.5, 85, 87.5, 90, 92.5, 95, 97.5, 100, 103, 106, 109, 112, 115, 118, 122, 125, 128, 132, 136,
      140, 145, 150, 155, 160, 165, 170, 175, 180, 185, 190, 195, 200, 206, 212, 218, 224, 230, 236, 243, 250, 258,
      265, 272, 280, 290, 300, 307, 315, 325, 335, 345, 355, 365, 375, 387, 400]
CS_RANGE = {1.8: (1.8, 50), 2.65: (10, 150), 3.55: (18, 200), 5.3: (40, 400), 7: (109, 400)}
JIS_P = [('P5', 4.8, 1.9), ('P6', 5.8, 1.9), ('P7', 6.8, 1.9), ('P8', 7.8, 1.9), ('P9', 8.8, 1.9), ('P10', 9.8, 1.9),
         ('P10A', 9.8, 2.4), ('P11', 10.8, 2.4), ('P12', 11.8, 2.4), ('P14', 13.8, 2.4), ('P15', 14.8, 2.4),
         ('P16', 15.8, 2.4), ('P18', 17.8, 2.4), ('P20', 19.8, 2.4), ('P21', 20.8, 2.4), ('P22', 21.8, 2.4),
         ('P22A', 21.7, 3.5), ('P24', 23.7, 3.5), ('P25', 24.7, 3.5), ('P26', 25.7, 3.5), ('P28', 27.7, 3.5),
         ('P29', 28.7, 3.5), ('P30', 29.7, 3.5), ('P32', 31.7, 3.5), ('P34', 33.7, 3.5), ('P35', 34.7, 3.5),
         ('P36', 35.7, 3.5), ('P38', 37.7, 3.5), ('P40', 39.7, 3.5), ('P42', 41.7, 3.5), ('P44', 43.7, 3.5),
         ('P45', 44.7, 3.5), ('P46', 45.7, 3.5), ('P48', 47.7, 3.5), ('P50', 49.7, 3.5)]
JIS_P += [('P48A', 47.7, 5.7), ('P50A', 49.7, 5.7)] + \
    [('P%d' % n, n - 0.4, 5.7) for n in (52, 53, 55, 56, 58, 60, 62, 63, 65, 67, 70, 71, 75, 80, 85, 90, 95, 100)]
JIS_G = [('G%d' % n, n - 0.6, 3.1) for n in range(25, 150, 5)] + [('G%d' % n, n - 0.6, 5.7) for n in range(150, 305, 5)]
MAT_OR = {
    'NBR70': dict(row={'eng': 'NBR70', 'ne': '丁腈', 'tw': 'NBR'}, cn=['NBR70', '丁腈70'], ne=['丁腈70度的', '70度丁腈'], tw=['NBR70'],
                  en=['NBR 70', 'nitrile 70'], voice=['丁腈七十度'], alt=['Buna-N 70', '丁腈橡胶 邵氏70', 'N70']),
    'NBR90': dict(row={'eng': 'NBR90', 'ne': '丁腈90度', 'tw': 'NBR90'}, cn=['NBR90', '丁腈90'], ne=['硬丁腈90度', '90度丁腈'],
                  tw=['NBR90'], en=['NBR 90', 'nitrile 90 shore'], voice=['丁腈九十度'], alt=['Buna-N 90', '丁腈橡胶 邵氏90', 'N90']),
    'VMQ': dict(row={'eng': 'VMQ 红色', 'ne': '硅胶', 'tw': '矽膠'}, cn=['VMQ', '硅橡胶'], ne=['硅胶的', '红硅胶'], tw=['矽膠'],
                en=['silicone', 'VMQ'], voice=['硅胶的'], alt=['MVQ', '硅橡胶（红色）', 'silicone']),
    'EPDM': dict(row={'eng': 'EPDM', 'ne': '三元乙丙', 'tw': 'EPDM'}, cn=['EPDM', '三元乙丙'], ne=['三元乙丙的'], tw=['EPDM'],
                 en=['EPDM'], voice=['三元乙丙的'], alt=['乙丙橡胶', 'EPM/EPDM']),
    'HNBR': dict(row={'eng': 'HNBR', 'ne': '氢化丁腈', 'tw': 'HNBR'}, cn=['HNBR', '氢化丁腈'], ne=['氢化丁腈的'], tw=['HNBR'],
                 en=['HNBR'], voice=['氢化丁腈'], alt=['氢化丁腈橡胶', 'HNBR 75']),
    'FKM': dict(row={'eng': 'FKM 棕色', 'ne': '氟胶', 'tw': 'FKM'}, cn=['FKM', '氟橡胶'], ne=['氟胶的', '氟胶'], tw=['氟膠', 'FKM'],
                en=['FKM', 'Viton'], voice=['氟胶的'], alt=['FPM', 'Viton', '氟橡胶（棕色）', '棕色氟胶']),
}
NBR_SET = frozenset(['NBR70', 'NBR90'])
OR_WORD = dict(cn=['O形圈', 'O型密封圈'], ne=['O型圈', '密封圈', 'O圈'], tw=['O環', 'O型環'], en=['O-ring', 'o ring'],
               typo=['0型圈', 'O形卷', 'o形圈', 'O型团', '0形密封圈'])
OS_FORM = {'TC': '双唇骨架油封', 'TG': '双唇骨架油封(外圆波纹)', 'SC': '单唇骨架油封', 'TB': '双唇骨架油封(外露骨架)'}
OS_WORD = dict(cn=['骨架油封', '旋转轴唇形密封圈'], ne=['油封', '骨架油封'], tw=['油封'], en=['oil seal', 'shaft seal', 'radial shaft seal'],
               typo=['骨架油风', '由封', '油蜂'])
HS = {
    'UN': dict(name='UN型孔轴通用Y形圈', ne=['Y型圈', 'UN圈'], tw=['Y型迫緊', 'UN迫緊'], en=['U-cup seal UN'], grp='rod/piston'),
    'IDI': dict(name='IDI型轴用Y形圈', ne=['轴用Y圈', 'IDI'], tw=['軸用迫緊 IDI'], en=['rod seal IDI'], grp='rod'),
    'ODI': dict(name='ODI型孔用Y形圈', ne=['孔用Y圈', 'ODI'], tw=['孔用迫緊 ODI'], en=['piston seal ODI'], grp='piston'),
    'SPGW': dict(name='SPGW活塞组合密封', ne=['活塞格莱圈', 'SPGW'], tw=['活塞組合迫緊 SPGW'], en=['piston seal SPGW'], grp='piston'),
    'DH': dict(name='DH型防尘圈', ne=['防尘圈', 'DH防尘'], tw=['防塵迫緊 DH'], en=['wiper DH'], grp='wiper'),
    'LBH': dict(name='LBH型防尘圈', ne=['LBH防尘圈', '防尘圈'], tw=['防塵迫緊 LBH'], en=['wiper LBH'], grp='wiper'),
}


def _ch(rng, lst):
    return lst[rng.randrange(len(lst))]


def as568(dash):
    n = int(dash)
    if 6 <= n <= 9:
        idin, cs = {6: 0.114, 7: 0.145, 8: 0.176, 9: 0.208}[n], 0.070
    elif 10 <= n <= 28:
        idin, cs = 0.239 + (n - 10) * 0.0625, 0.070
    elif 110 <= n <= 149:
        idin, cs = 0.362 + (n - 110) * 0.0625, 0.103
    elif 210 <= n <= 247:
        idin, cs = 0.734 + (n - 210) * 0.0625, 0.139
    elif 325 <= n <= 349:
        idin, cs = 1.475 + (n - 325) * 0.125, 0.210
    else:
        raise ValueError(dash)
    return round(idin * 25.4, 2), round(cs * 25.4, 2), round(idin, 3), cs


def build(cat, rng):
    # ---- metric O-rings
    for cs, (lo, hi) in CS_RANGE.items():
        for d1 in D1:
            if not lo <= d1 <= hi or rng.random() < 0.05:
                continue
            mats = ['NBR70'] + (['FKM'] if rng.random() < 0.85 else []) + (['NBR90'] if rng.random() < 0.55 else []) + \
                (['VMQ'] if rng.random() < 0.45 else []) + (['EPDM'] if rng.random() < 0.3 else []) + \
                (['HNBR'] if rng.random() < 0.2 else [])
            for m in mats:
                _orow(cat, rng, 'GB', None, d1, cs, m)
    # ---- AS568
    for dash in list(range(6, 29)) + list(range(110, 150)) + list(range(210, 248)) + list(range(325, 350)):
        if rng.random() < 0.12:
            continue
        for m in ['NBR70'] + (['FKM'] if rng.random() < 0.6 else []) + (['NBR90'] if rng.random() < 0.2 else []):
            _orow(cat, rng, 'AS568', '%03d' % dash, None, None, m)
    # ---- JIS
    for code, d1, cs in JIS_P + JIS_G:
        if rng.random() < 0.25:
            continue
        for m in ['NBR70'] + (['FKM'] if rng.random() < 0.4 else []) + (['NBR90'] if rng.random() < 0.15 else []):
            _orow(cat, rng, 'JIS', code, d1, cs, m)
    # ---- oil seals
    IDS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 24, 25, 26, 28, 30, 32, 34, 35, 36, 38, 40, 42, 44,
           45, 48, 50, 52, 55, 56, 58, 60, 62, 63, 65, 68, 70, 72, 75, 78, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125,
           130, 135, 140, 145, 150, 160, 170, 180, 190, 200]
    for d in IDS:
        ods = sorted(set(d + x for x in rng.sample([6, 8, 10, 12, 14, 15, 16, 18, 20, 22, 25], rng.choice([4, 5, 6, 7, 8]))))
        for D in ods:
            ws = [7] if d < 30 else ([8, 10] if d < 70 else [10, 12])
            if rng.random() < 0.3:
                ws = ws + [ws[-1] + (1 if d < 30 else 2)]
            for w in ws:
                for form in ['TC'] + [f for f in ('TG', 'SC', 'TB') if rng.random() < 0.35]:
                    for m in ['NBR'] + (['FKM'] if rng.random() < 0.5 else []):
                        _osrow(cat, rng, form, d, D, w, m)
    # ---- hydraulic seals
    for t, spec in HS.items():
        for d in (16, 18, 20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 85, 90, 95, 100, 105,
                  110, 115, 120, 125, 130, 140, 150, 160, 180, 200):
            if rng.random() < 0.2:
                continue
            if spec['grp'] == 'piston':
                D, dd = d + 20, d  # bore D, groove d
                dims = (d + 10, d, {'SPGW': 16, 'ODI': 8}.get(t, 10))  # listed as D x d x H
                dims = (dd + 10 if t == 'ODI' else dd + 15, dd, {'SPGW': 20.5, 'ODI': 8}.get(t, 10))
                a = {'D': fmt(dims[0]), 'd': fmt(dims[1]), 'H': fmt(dims[2])}
                s = '%s×%s×%s' % (a['D'], a['d'], a['H'])
            else:
                a = {'d': fmt(d), 'D': fmt(d + (10 if t in ('UN', 'IDI') else 8)), 'H': fmt(6 if d < 40 else (8 if d < 80 else 10))}
                if t == 'UN':
                    a['H'] = fmt(int(a['H']) + 0)
                s = '%s×%s×%s' % (a['d'], a['D'], a['H'])
            mat = 'PU' if t != 'SPGW' else 'PTFE+NBR'
            clerk = _ch(rng, ['eng', 'ne', 'tw'])
            name = spec['name'] if clerk == 'eng' else (spec['ne'][0] if clerk == 'ne' else spec['tw'][0])
            row = cat.add(rng, '1.03.04', name, ('%s %s %s' % (t, s, mat)) if clerk != 'ne' else ('%s %s' % (s, t)), '个',
                          '密封件/液压密封', dict(fam=FAM, type='hs', form=t, mat=mat, **a))
            row['clerk'] = clerk


def _orow(cat, rng, series, code, d1, cs, m):
    if series == 'AS568':
        idm, csm, idin, csin = as568(code)
        a = dict(fam=FAM, type='or', series='AS568', code=code, id=fmt(idm), cs=fmt(csm), mat=m)
        clerk = _ch(rng, ['imp', 'tw'])
        name = 'O-Ring' if clerk == 'imp' else 'O型環'
        spec = 'AS568-%s %s (%.3f"x%.3f")' % (code, MAT_OR[m]['row']['eng' if clerk == 'imp' else 'tw'], idin, csin)
        grp = '1.03.01'
    elif series == 'JIS':
        a = dict(fam=FAM, type='or', series='JIS', code=code, id=fmt(d1), cs=fmt(cs), mat=m)
        clerk = _ch(rng, ['tw', 'imp', 'eng'])
        name = {'tw': 'O型環', 'imp': 'O-Ring', 'eng': 'O形圈'}[clerk]
        spec = 'JIS B2401 %s %s (%s×%s)' % (code, MAT_OR[m]['row']['eng' if clerk == 'imp' else clerk], fmt(d1), fmt(cs))
        grp = '1.03.01'
    else:
        a = dict(fam=FAM, type='or', series='GB', id=fmt(d1), cs=fmt(cs), mat=m)
        clerk = rng.choices(['eng', 'ne', 'tw'], [0.5, 0.35, 0.15])[0]
        if clerk == 'eng':
            name, spec = 'O形橡胶密封圈', 'GB/T 3452.1 %s×%s-G %s' % (fmt(d1), fmt(cs), MAT_OR[m]['row']['eng'])
        elif clerk == 'ne':
            name, spec = 'O型圈', '%s*%s %s' % (fmt(d1), fmt(cs), MAT_OR[m]['row']['ne'])
        else:
            name, spec = 'O型環', '%sx%s %s' % (fmt(d1), fmt(cs), MAT_OR[m]['row']['tw'])
        grp = '1.03.01'
    row = cat.add(rng, grp, name, spec, '个', '密封件/O形圈', a)
    row['clerk'] = clerk


def _osrow(cat, rng, form, d, D, w, m):
    a = dict(fam=FAM, type='os', form=form, id=fmt(d), od=fmt(D), w=fmt(w), mat=m)
    clerk = rng.choices(['eng', 'ne', 'tw'], [0.4, 0.4, 0.2])[0]
    mt = {'NBR': {'eng': 'NBR', 'ne': '丁腈', 'tw': 'NBR'}, 'FKM': {'eng': 'FKM', 'ne': '氟胶', 'tw': '氟膠'}}[m][clerk]
    if clerk == 'eng':
        name, spec = OS_FORM[form], '%s %s×%s×%s %s' % (form, d, D, w, mt)
    elif clerk == 'ne':
        name, spec = '油封', '%s %s*%s*%s %s' % (form, d, D, w, mt)
    else:
        name, spec = '油封', '%s %sx%sx%s %s' % (form, d, D, w, mt)
    row = cat.add(rng, '1.03.02', name, spec, '个', '密封件/油封', a)
    row['clerk'] = clerk


REG_OF_STYLE = {'ne': 'ne', 'tw': 'tw', 'voice': 'voice', 'engineer': 'cn', 'buyer': 'cn', 'storekeeper': 'ne'}


def _num(x, reg):
    return cn_num(x) if reg == 'voice' else x


def render(row, kind, style, rng, count, null=False):
    a = row['attrs']
    t = a['type']
    reg = 'en' if kind == 'english' else ('voice' if kind == 'voice' else REG_OF_STYLE[style])
    wr = 'ne' if reg == 'voice' else reg
    F = {}
    if t == 'or':
        words = OR_WORD
        tword = _ch(rng, words['typo']) if kind == 'typo' else _ch(rng, words[wr])
        F['tword'] = ({'fam': FAM, 'type': 'or'}, tword)
        x = 'x' if reg in ('en', 'tw') else _ch(rng, ['*', '×', 'x'])
        if reg == 'voice':
            F['dims'] = ({'id': a['id'], 'cs': a['cs']}, _ch(rng, ['%s乘%s' % (cn_num(a['id']), cn_num(a['cs'])),
                                                                   '内径%s线径%s' % (cn_num(a['id']), cn_num(a['cs']))]))
        elif kind == 'size_notation':
            od = fmt(float(a['id']) + 2 * float(a['cs']))
            F['dims'] = ({'id': a['id'], 'cs': a['cs']}, _ch(rng, ['外径%s 线径%s' % (od, a['cs']), 'OD%s×%s' % (od, a['cs']),
                                                                   '外径%s粗%s' % (od, a['cs']), 'ID%s CS%s' % (a['id'], a['cs'])]))
        else:
            F['dims'] = ({'id': a['id'], 'cs': a['cs']}, _ch(rng, ['%s%s%s' % (a['id'], x, a['cs']),
                                                                   'φ%s%s%s' % (a['id'], x, a['cs'])]))
        alt = kind == 'grade_notation'
        m = MAT_OR[a['mat']]
        F['mat'] = ({'mat': a['mat']}, _ch(rng, m['alt'] if alt else m[wr if wr in m else 'cn']))
        if a['mat'] in NBR_SET:
            F['nbr'] = ({'mat': NBR_SET}, {'cn': '丁腈', 'ne': '丁腈的', 'tw': 'NBR', 'en': 'NBR'}[wr])
        if a['series'] in ('AS568', 'JIS'):
            code = a['code']
            if a['series'] == 'AS568':
                v = _ch(rng, ['AS568-' + code, '2-' + code, 'AS-' + code, 'AS568 ' + code])
            else:
                v = _ch(rng, ['JIS ' + code, code, 'JIS B2401-' + code])
            F['code'] = ({'fam': FAM, 'type': 'or', 'id': a['id'], 'cs': a['cs']}, v)
        if kind in ('model_code', 'equiv_std', 'partial_code'):
            if 'code' not in F:
                return None
            req = ['code', 'tword'] if rng.random() < 0.6 else ['code']
        elif kind == 'size_notation' and a['series'] == 'AS568' and rng.random() < 0.5:
            _, _, idin, csin = as568(a['code'])
            F['dims'] = ({'id': a['id'], 'cs': a['cs']}, '内径%.3f英寸 线径%.3f英寸' % (idin, csin))
            req = ['tword', 'dims']
        else:
            req = ['tword', 'dims']
        opt = ['nbr', 'mat'] if rng.random() < 0.5 else ['mat']
        if kind == 'grade_notation':
            req.append('mat')
        order = ['tword', 'code', 'dims', 'nbr', 'mat']
    elif t == 'os':
        if kind in ('model_code', 'partial_code'):
            return None
        tword = _ch(rng, OS_WORD['typo']) if kind == 'typo' else _ch(rng, OS_WORD[wr])
        F['tword'] = ({'fam': FAM, 'type': 'os'}, tword)
        F['form'] = ({'form': a['form']}, a['form'] if reg != 'voice' else a['form'])
        if reg == 'voice':
            dt = '%s乘%s乘%s' % (cn_num(a['id']), cn_num(a['od']), cn_num(a['w']))
        elif kind == 'size_notation':
            dt = _ch(rng, ['内径%s外径%s厚%s' % (a['id'], a['od'], a['w']), '%s-%s-%s' % (a['id'], a['od'], a['w']),
                           '轴%s 孔%s 宽%s' % (a['id'], a['od'], a['w'])])
        else:
            x = _ch(rng, ['*', '×', 'x', '-'])
            dt = x.join([a['id'], a['od'], a['w']])
        F['dims'] = ({'id': a['id'], 'od': a['od'], 'w': a['w']}, dt)
        mw = {'NBR': dict(cn=['NBR', '丁腈'], ne=['丁腈的'], tw=['NBR'], en=['NBR'], alt=['Buna-N', '丁腈橡胶']),
              'FKM': dict(cn=['FKM', '氟橡胶'], ne=['氟胶的'], tw=['氟膠'], en=['FKM', 'Viton'], alt=['FPM', 'Viton', '氟橡胶（棕色）'])}[a['mat']]
        F['mat'] = ({'mat': a['mat']}, _ch(rng, mw['alt'] if kind == 'grade_notation' else mw[wr]))
        if kind == 'equiv_std':
            if a['form'] not in ('TC', 'SC'):
                return None
            F['form'] = ({'form': a['form']}, {'TC': _ch(rng, ['DIN 3760 AS', 'DIN3760 AS型']), 'SC': _ch(rng, ['DIN 3760 A', 'DIN3760 A型'])}[a['form']])
            req = ['tword', 'form', 'dims']
        else:
            req = ['tword', 'dims']
        if kind == 'grade_notation':
            req.append('mat')
        opt = ['form', 'mat']
        order = ['tword', 'form', 'dims', 'mat']
    else:
        hs = HS[a['form']]
        tw = {'cn': [hs['name']], 'ne': hs['ne'], 'tw': hs['tw'], 'en': hs['en']}[wr]
        F['tword'] = ({'fam': FAM, 'type': 'hs', 'form': a['form']}, _ch(rng, tw))
        if a['form'] in ('SPGW', 'ODI'):
            dims = [a['D'], a['d'], a['H']]
            cons = {'D': a['D'], 'd': a['d'], 'H': a['H']}
        else:
            dims = [a['d'], a['D'], a['H']]
            cons = {'d': a['d'], 'D': a['D'], 'H': a['H']}
        F['dims'] = (cons, ('乘'.join(cn_num(x) for x in dims)) if reg == 'voice' else _ch(rng, ['*', '×', 'x']).join(dims))
        req = ['tword', 'dims']
        opt = []
        order = ['tword', 'dims']
        if kind in ('typo', 'equiv_std', 'model_code', 'partial_code', 'grade_notation', 'bare_spec'):
            return None
    if null:
        names = [n for n in order if n in F and n not in ('code', 'nbr')]
    else:
        names = pick(F, req, opt, count, rng, extra_p=0.25)
        if names is None:
            return None
        if 'nbr' in names and 'mat' in names:
            names.remove('nbr')
        if kind == 'self_correct':
            key = 'dims'
            if key not in names:
                return None
            wrong = F[key][1]
            nums = [x for x in wrong.replace('乘', ' ').split() if x]
            cons_v = F[key][0]
            # wrong first number
            if t == 'or':
                w = fmt(float(a['id']) + _ch(rng, [-2, -1, 1, 2, 3]))
                wtxt = ('%s乘%s' % (cn_num(w), cn_num(a['cs']))) if reg == 'voice' else '%s×%s' % (w, a['cs'])
            elif t == 'os':
                w = fmt(float(a['w']) + _ch(rng, [-1, 1, 2]))
                wtxt = ('%s乘%s乘%s' % (cn_num(a['id']), cn_num(a['od']), cn_num(w))) if reg == 'voice' else '%s*%s*%s' % (a['id'], a['od'], w)
            else:
                return None
            sep = _ch(rng, ['，不对，', '…不是，是', '，说错了是']) if reg != 'tw' else '，不對，是'
            F[key] = (cons_v, wtxt + sep + F[key][1])
    cons = {}
    for n in names:
        cons.update(F[n][0])
    parts = [F[n][1] for n in order if n in names]
    if rng.random() < 0.4 and len(parts) > 2:
        parts = parts[1:] + parts[:1]
    return ' '.join(parts), cons


def render_null(row, style, rng, count):
    a = row['attrs']
    fa = dict(a)
    if a['type'] == 'or':
        if a['series'] != 'GB':
            return None
        if rng.random() < 0.5:
            fa['mat'] = _ch(rng, [m for m in ('NBR70', 'FKM', 'NBR90') if m != a['mat']])
        else:
            i = D1.index(float(a['id'])) if float(a['id']) in D1 else None
            if i is None:
                return None
            fa['id'] = fmt(D1[i + 1] if i + 1 < len(D1) else D1[i - 1])
    elif a['type'] == 'os':
        k = _ch(rng, ['w', 'mat', 'od'])
        if k == 'w':
            fa['w'] = fmt(int(a['w']) + 1)
        elif k == 'mat':
            fa['mat'] = 'FKM' if a['mat'] == 'NBR' else 'NBR'
        else:
            fa['od'] = fmt(int(a['od']) + 2)
    else:
        return None
    fake = dict(row)
    fake['attrs'] = fa
    r = render(fake, 'cat_spec', style, rng, count, null=True)
    if r is None or count(r[1]) != 0:
        return None
    return r
