"""Linear guides, ball screws, support units (HIWIN, THK, PMI, TBI codes)."""
from clerks import pick_clerk, row, word
from common import rng

LENS = [300, 400, 500, 600, 800, 1000, 1200, 1500, 1800, 2000, 2500, 3000]


def blocks():
    out = []
    for s in (15, 20, 25, 30, 35, 45):
        for typ in ('HGH%dCA', 'HGW%dCC', 'HGH%dHA', 'HGW%dHC'):
            for suf in ('ZAC', 'Z0C', 'ZAH', 'ZBH'):
                out.append(('HIWIN', (typ % s) + suf, s, 'HG'))
    for s in (15, 20, 25):
        for typ in ('EGH%dCA', 'EGW%dCC'):
            for suf in ('Z0C', 'ZAC'):
                out.append(('HIWIN', (typ % s) + suf, s, 'EG'))
    for s in (7, 9, 12, 15):
        for typ in ('MGN%dC', 'MGN%dH'):
            out.append(('HIWIN', typ % s, s, 'MGN'))
            out.append(('HIWIN', (typ % s) + 'Z1', s, 'MGN'))
    for s in (15, 20, 25, 30, 35):
        for typ in ('HSR%dA1SS', 'HSR%dR1SS', 'SHS%dC1SS', 'SHS%dLC1SS', 'HSR%dA2UU'):
            out.append(('THK', typ % s, s, 'HSR'))
    for s in (15, 20, 25, 30, 35):
        for typ in ('MSA%dS', 'MSA%dLS', 'MSA%dE', 'MSB%dS'):
            out.append(('PMI', typ % s, s, 'MSA'))
            out.append(('PMI', (typ % s) + '-N', s, 'MSA'))
    return out


def rails():
    out = []
    for s in (15, 20, 25, 30, 35, 45):
        out.append(('HIWIN', 'HGR%dR' % s, 'HGR%d' % s))
        out.append(('THK', 'HSR%d' % s, 'HSR%d' % s))
        out.append(('PMI', 'MSA%dR' % s, 'MSA%dR' % s))
    for s in (15, 20, 25):
        out.append(('HIWIN', 'EGR%dR' % s, 'EGR%d' % s))
    for s in (9, 12, 15):
        out.append(('HIWIN', 'MGNR%dR' % s, 'MGNR%d' % s))
    return out


def make():
    rg = rng('motion')
    out = []
    for br, code, s, ser in blocks():
        if rg.random() > .55:
            continue
        a = dict(cat='motion', kind='block', brand=br, gsize=str(s))
        c = 'C' if br in ('HIWIN', 'PMI') and rg.random() < .45 else pick_clerk(rg, {'A': .4, 'B': .4, 'D': .1, 'E': .1})
        spec = '%s %s' % (code, word(a, 'brand', c)) if c != 'C' else '%s %s' % (word(a, 'brand', c), code)
        out.append(row('03.01', c, word(a, 'kind', c), spec, {'C': 'PCS', 'D': 'PCS', 'E': '個'}.get(c, '个'), a, [], [code]))
    for br, stem, short in rails():
        for L in LENS:
            if rg.random() > .5:
                continue
            a = dict(cat='motion', kind='rail', brand=br, len=str(L))
            if br == 'HIWIN':
                code = '%s%dC' % (stem, L)
            elif br == 'THK':
                code = '%s-%dL' % (stem, L)
            else:
                code = '%s-%d' % (stem, L)
            c = 'C' if br in ('HIWIN', 'PMI') and rg.random() < .45 else pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
            lt = {'A': 'L=%dmm' % L, 'B': '长%d' % L, 'C': 'L=%dmm' % L, 'D': 'L=%dMM' % L, 'E': 'L=%d' % L}[c]
            spec = '%s %s %s' % (short, lt, word(a, 'brand', c))
            out.append(row('03.01', c, word(a, 'kind', c), spec, {'A': '根', 'B': '根', 'C': '支'}.get(c, 'PCS'), a, [], [code]))
    for dd, pp in ((16, 5), (16, 10), (20, 5), (20, 10), (25, 5), (25, 10), (32, 5), (32, 10), (40, 10)):
        for L in (300, 400, 500, 600, 700, 800, 1000, 1200, 1500):
            for br in ('TBI', 'HIWIN'):
                if rg.random() > (.45 if br == 'TBI' else .15):
                    continue
                a = dict(cat='motion', kind='ballscrew', brand=br, len=str(L))
                if br == 'TBI':
                    stem = 'SFU%02d%02d' % (dd, pp)
                    code = '%s-%d-C7' % (stem, L)
                    spec_code = '%s-4 L=%d C7' % (stem, L)
                else:
                    stem = 'R%d-%dK4-FSC' % (dd, pp)
                    code = '%s-%d-C7' % (stem, L)
                    spec_code = '%s L=%d C7' % (stem, L)
                c = pick_clerk(rg, {'A': .4, 'B': .4, 'C': .1, 'D': .1})
                spec = '%s %s' % (spec_code, word(a, 'brand', c))
                out.append(row('03.02', c, word(a, 'kind', c), spec, '根' if c in 'AB' else 'PCS', a, [], [code]))
    for t in ('BK', 'BF', 'FK', 'FF', 'EK', 'EF'):
        for s in (10, 12, 15, 17, 20, 25, 30):
            for br in ('TBI', 'DOM'):
                if rg.random() > .45:
                    continue
                a = dict(cat='motion', kind='support', brand=br)
                code = '%s%d' % (t, s)
                c = pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
                out.append(row('03.02', c, word(a, 'kind', c), '%s %s' % (code, word(a, 'brand', c)),
                               '套' if c in 'AB' else 'SET', a, [], [code]))
    return out
