"""Fastener rows (GB with declared DIN/ISO equivalents, JIS, inch)."""
from clerks import STAINLESS, fin_word, pick_clerk, row, word
from common import fnum, rng
from fast_tables import (FAMILIES, INCH_BOLT, INCH_L, INCH_SOCKET, KEYS, POP_D, SHOULDER_M, lens)
from stdmap import STD

SEP = {'A': '×', 'B': '*', 'C': 'x', 'D': 'X', 'E': '×'}
GRP = {'hexbolt': '01.01', 'flange_bolt': '01.01', 'stud': '01.01', 'rod': '01.01', 'eyebolt': '01.01',
       'hexnut': '01.03', 'thinnut': '01.03', 'nylon_nut': '01.03', 'flange_nut': '01.03',
       'cap_nut': '01.03', 'wing_nut': '01.03', 'flat_washer': '01.04', 'small_washer': '01.04',
       'large_washer': '01.04', 'spring_washer': '01.04', 'pin_par': '01.05', 'pin_taper': '01.05',
       'pin_int': '01.05', 'key': '01.05', 'circ_shaft': '01.05', 'circ_hole': '01.05'}
THREAD = {'full': {'A': '全螺纹', 'B': '全牙', 'C': '全牙', 'D': 'FULL THREAD', 'E': '全ねじ'},
          'part': {'A': '部分螺纹', 'B': '半牙', 'C': '半牙', 'D': 'HALF THREAD', 'E': '半ねじ'}}


def size_txt(model, a, c, rg):
    s = SEP[c]
    d = a.get('d')
    p = '' if a.get('pitch', 'c') == 'c' else s + a['pitch']
    if model in ('bolt', 'fine', 'rod'):
        return 'M%s%s%s%s%s' % (d, p, s, a['L'], 'L' if c == 'C' and rg.random() < .6 else '')
    if model in ('nut', 'finenut'):
        return 'M%s%s' % (d, p)
    if model == 'washer':
        return d if c == 'A' else 'M' + d
    if model == 'circ':
        return 'Φ' + d if c in 'BC' else d
    if model == 'pin':
        m6 = 'm6' if a['std'].startswith('GB119') and c in 'AD' else ''
        return '%s%s%s%s' % (d, m6, s, a['L'])
    if model == 'key':
        return a['kdim'].replace('x', s)
    if model == 'shoulder':
        return ('Φ%s%s%s M%s' % (d, s, a['L'], a['m'])) if c != 'B' else '%s*%s M%s' % (d, a['L'], a['m'])
    raise ValueError(model)


def std_txt(g, c, rg):
    d = STD[g]
    if d.get('jis'):
        return 'JIS B' + d['jis'] if c != 'D' else 'JISB' + d['jis']
    if not d.get('gb'):
        return ('DIN %s' % d['din']) if d.get('din') else 'ISO %s' % d['iso']
    if c == 'A':
        return 'GB/T %s-%s' % (d['gb'], d['yr'])
    if c == 'C':
        return 'DIN%s' % d['din'] if d.get('din') else 'GB/T%s' % d['gb']
    if c == 'D':
        opts = ['DIN' + d['din']] if d.get('din') else []
        opts += ['ISO' + d['iso']] if d.get('iso') else []
        return rg.choice(opts) if opts and rg.random() < .8 else 'GB/T' + d['gb']
    return ''


def text(g, model, a, c, rg):
    name = word(a, 'kind', c)
    if a['grade'] in STAINLESS and c == 'A':
        name = '不锈钢' + name
    if g == 'GB119.2':
        name = word(a, 'std', c)
    parts = [std_txt(g, c, rg)]
    if a.get('thread'):
        parts.append(THREAD[a['thread']][c])
    if a.get('form'):
        parts.append(word(a, 'form', c))
    parts += [size_txt(model, a, c, rg), word(a, 'grade', c), fin_word(a, c)]
    if a.get('brand'):
        parts.append(word(a, 'brand', c))
    aliases = []
    d = STD[g]
    if c == 'B' and d.get('gb'):
        aliases.append(('std', 'GB' + d['gb']))
    if c == 'B' and not d.get('gb') and not parts[0]:
        parts[0] = std_txt(g, 'A', rg)
    if c in 'AD' and d.get('gb') and rg.random() < .45:
        eq = [x for x in ('DIN' + d.get('din', ''), 'ISO' + d.get('iso', '')) if len(x) > 4]
        if c == 'D':
            eq.append('GB/T' + d['gb'])
        aliases += [('std', x) for x in eq if x.replace(' ', '') not in ''.join(parts).replace(' ', '')]
    return name, ' '.join(x for x in parts if x), aliases


def make():
    rg = rng('fasteners')
    out = []
    for groups, model, dl, lr, combos, fam_p in FAMILIES:
        for g in groups:
            std = STD[g]
            org = 'JIS' if std.get('jis') else ('GB' if std.get('gb') else ('DIN' if std.get('din') else 'ISO'))
            sizes = []
            if model in ('bolt', 'fine'):
                for dd in dl:
                    d, p = (dd if model == 'bolt' else dd[0]), ('c' if model == 'bolt' else fnum(dd[1]))
                    ls = lens(d, *lr)
                    for i, L in enumerate(ls):
                        edge = .6 if (i < len(ls) * .15 or i > len(ls) * .85) else 1
                        sizes.append(({'d': fnum(d), 'pitch': p, 'L': fnum(L)}, POP_D.get(d, .5) * edge))
            elif model == 'rod':
                sizes = [({'d': fnum(d), 'pitch': 'c', 'L': L}, POP_D[d] * w) for d in dl for L, w in (('1000', 1), ('2000', .25))]
            elif model == 'nut':
                sizes = [({'d': fnum(d), 'pitch': 'c'}, POP_D.get(d, .5)) for d in dl]
            elif model == 'finenut':
                sizes = [({'d': fnum(d), 'pitch': fnum(p)}, POP_D.get(d, .5)) for d, p in dl]
            elif model in ('washer', 'circ'):
                sizes = [({'d': fnum(d)}, POP_D.get(d, .7)) for d in dl]
            elif model == 'pin':
                sizes = [({'d': fnum(d), 'L': fnum(L)}, POP_D.get(d, .5)) for d in dl for L in lens(d, *lr)]
            elif model == 'key':
                for b, h in KEYS:
                    for L in lens(b, 1.6, 8, 10, 200):
                        for form, fw in (('A', 1), ('B', .25), ('C', .12)):
                            sizes.append(({'kdim': '%dx%dx%d' % (b, h, L), 'form': form}, fw))
            elif model == 'shoulder':
                sizes = [({'d': fnum(d), 'L': fnum(L), 'm': fnum(SHOULDER_M[d])}, 1)
                         for d in dl for L in lens(d, 1, 6, 6, 100)]
            for sz, w in sizes:
                for grade, fin, cw in combos:
                    if rg.random() > min(.97, 19 * fam_p * cw * w):
                        continue
                    a = dict(sz, cat='fastener', kind=std['kind'], std=g, org=org, grade=grade, fin=fin)
                    if std.get('thread'):
                        a['thread'] = std['thread']
                    if g in ('JISB1176', 'ISO7379'):
                        a['brand'] = 'MISUMI'
                    if org == 'JIS':
                        c = 'E' if rg.random() < .85 else 'D'
                    else:
                        c = pick_clerk(rg, {'A': .36, 'B': .34, 'C': .12, 'D': .18})
                    name, spec, al = text(g, model, a, c, rg)
                    models = []
                    if g == 'JISB1176':
                        models.append(('SCB' if grade == 'A2-70' else 'CB') + '%s-%s' % (a['d'], a['L']))
                    if g == 'ISO7379':
                        models.append('MSB%s-%s' % (a['d'], a['L']))
                    grp = '01.06' if org == 'JIS' else GRP.get(std['kind'], '01.02')
                    unit = {'A': '个', 'B': rg.choice(['个', '只']), 'C': 'PCS', 'D': 'PCS', 'E': '本'}[c]
                    out.append(row(grp, c, name, spec, unit, a, al, models))
    out += inch(rg)
    return out


def inch(rg):
    out = []
    for kind, g, sizes, combos in (
            ('socket_cap', 'ASMEB18.3', INCH_SOCKET, [('A574', 'black', .8), ('18-8', 'plain', .4)]),
            ('hexbolt', 'ASMEB18.2.1', INCH_BOLT, [('SAE5', 'zinc_yellow', .7), ('SAE8', 'zinc_yellow', .45)])):
        for d, tpi in sizes:
            for L in INCH_L:
                for grade, fin, w in combos:
                    if rg.random() > w * .7:
                        continue
                    a = dict(cat='fastener', kind=kind, std=g, org='ANSI', d_in=d, tpi=tpi, L_in=L,
                             grade=grade, fin=fin)
                    c = 'D' if rg.random() < .7 else 'A'
                    un = 'UNF' if (d, tpi) in (('1/4', '28'), ('3/8', '24')) else 'UNC'
                    if c == 'D':
                        sz = '%s-%s %s X %s"' % (d, tpi, un, L)
                        name = word(a, 'kind', 'D')
                        std = 'ASME B18.3' if kind == 'socket_cap' else 'ASME B18.2.1'
                    else:
                        sz = '%s-%s%s×%s"' % (d, tpi, un, L)
                        name = '英制' + word(a, 'kind', 'A')
                        std = 'ASME B18.3' if kind == 'socket_cap' else 'ASME B18.2.1'
                    spec = ' '.join(x for x in (std, sz, word(a, 'grade', c), fin_word(a, c)) if x)
                    out.append(row('01.07', c, name, spec, 'PCS' if c == 'D' else '个', a))
    return out
