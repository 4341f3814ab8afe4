"""Seals: O-rings (GB/T 3452.1, JIS B2401 P/G, AS568), oil seals, hydraulic seals."""
from clerks import pick_clerk, row, word
from common import fnum, rng

R40 = [1.8, 2, 2.24, 2.5, 2.8, 3.15, 3.55, 3.75, 4, 4.5, 4.87, 5, 5.15, 5.3, 5.6, 6, 6.3, 6.7, 6.9, 7.1, 7.5, 8,
       8.5, 8.75, 9, 9.5, 10, 10.6, 11.2, 11.6, 11.8, 12.1, 12.5, 12.8, 13.2, 14, 14.5, 15, 15.5, 16, 17, 18, 19,
       20, 21.2, 22.4, 23, 23.6, 24.3, 25, 25.8, 26.5, 27.3, 28, 29, 30, 31.5, 32.5, 33.5, 34.5, 35.5, 36.5,
       37.5, 38.7, 40, 41.2, 42.5, 43.7, 45, 46.2, 47.5, 48.7, 50, 51.5, 53, 54.5, 56, 58, 60, 61.5, 63, 65, 67,
       69, 71, 73, 75, 77.5, 80, 82.5, 85, 87.5, 90, 92.5, 95, 97.5, 100, 103, 106, 109, 112, 115, 118, 122,
       125, 128, 132, 136, 140, 145, 150, 155, 160, 165, 170, 175, 180, 185, 190, 195, 200, 206, 212, 218, 224,
       230, 236, 243, 250, 258, 265, 272, 280, 290, 300, 307, 315, 325, 335, 345, 355, 365, 375, 387, 400]
CS = [(1.8, 1.8, 50), (2.65, 10, 150), (3.55, 18, 200), (5.3, 40, 400), (7, 109, 400)]
OMATS = [('NBR70', .9), ('FKM', .45), ('NBR90', .22), ('VMQ', .12), ('EPDM', .1), ('HNBR', .06)]
JISP = (['P%d' % i for i in range(3, 11)] + ['P10A', 'P11', 'P11.2', 'P12', 'P12.5', 'P14', 'P15', 'P16', 'P18',
        'P20', 'P21', 'P22'] + ['P22A', 'P22.4', 'P24', 'P25', 'P25.5', 'P26', 'P28', 'P29', 'P29.5', 'P30', 'P31',
        'P31.5', 'P32', 'P34', 'P35', 'P35.5', 'P36', 'P38', 'P39', 'P40', 'P41', 'P42', 'P44', 'P45', 'P46', 'P48',
        'P49', 'P50'] + ['P48A', 'P50A', 'P52', 'P53', 'P55', 'P56', 'P58', 'P60', 'P62', 'P63', 'P65', 'P67', 'P70',
        'P71', 'P75', 'P77', 'P80', 'P85', 'P90', 'P95', 'P100', 'P102', 'P105', 'P110', 'P112', 'P115', 'P120',
        'P125', 'P130', 'P132', 'P135', 'P140', 'P145', 'P150'] + ['P150A', 'P155', 'P160', 'P165', 'P170', 'P175',
        'P180', 'P185', 'P190', 'P195', 'P200', 'P205', 'P209', 'P210', 'P215', 'P220', 'P225', 'P230', 'P235',
        'P240', 'P245', 'P250'])
JISG = ['G%d' % i for i in range(25, 150, 5)] + ['G%d' % i for i in range(150, 205, 5)] + \
       ['G%d' % i for i in range(210, 310, 10)]


def jis_dims(code):
    n = float(code[1:].rstrip('A'))
    if code[0] == 'G':
        return (n - 0.6, 3.1) if n < 150 else (n - 0.7, 5.7)
    if code in ('P22A', 'P48A', 'P50A', 'P150A'):
        return {'P22A': (21.7, 3.5), 'P48A': (47.6, 5.7), 'P50A': (49.6, 5.7), 'P150A': (149.5, 8.4)}[code]
    if n <= 10 and code != 'P10A':
        return n - 0.2, 1.9
    if code == 'P10A' or n <= 22:
        return n - 0.2, 2.4
    if n <= 50:
        return n - 0.3, 3.5
    if n <= 150:
        return n - 0.4, 5.7
    return n - 0.5, 8.4


AS_DASH = ([('%03d' % i, 1.78) for i in range(4, 51)] + [('%03d' % i, 2.62) for i in range(102, 179)] +
           [('%03d' % i, 3.53) for i in range(201, 285)] + [('%03d' % i, 5.33) for i in range(309, 396)] +
           [('%03d' % i, 6.99) for i in range(425, 476)])
PARKER_CMP = {'NBR70': 'N674-70', 'NBR90': 'N552-90', 'FKM': 'V747-75'}
OR_NAME = {'A': 'O形圈', 'B': 'O型圈', 'C': 'O型環', 'D': 'O-RING', 'E': 'Oリング'}
SEP = {'A': '×', 'B': '*', 'C': 'x', 'D': 'X', 'E': '×'}


def orings(rg):
    out = []
    for d2, lo, hi in CS:
        for d1 in [x for x in R40 if lo <= x <= hi]:
            pop = 1 if d1 <= 120 else .55
            for mat, w in OMATS:
                if rg.random() > min(.95, w * pop * 1.6):
                    continue
                a = dict(cat='seal', kind='oring', std='GB3452.1', d1=fnum(d1), d2=fnum(d2), mat=mat)
                c = pick_clerk(rg, {'A': .4, 'B': .4, 'C': .05, 'D': .15})
                sz = '%s%s%s' % (fnum(d1), SEP[c], fnum(d2))
                if c == 'A':
                    spec = 'GB/T 3452.1-2005 %s %s' % (sz, word(a, 'mat', c))
                elif c == 'D':
                    spec = '%s %s GB/T3452.1' % (sz, word(a, 'mat', c))
                else:
                    spec = '%s %s' % (sz, word(a, 'mat', c))
                al = [('std', 'GB3452.1')] if c == 'B' else ([('std', 'ISO3601-1')] if c == 'A' and rg.random() < .3 else [])
                out.append(row('04.01', c, OR_NAME[c], spec, {'B': '只'}.get(c, '个' if c == 'A' else 'PCS'), a, al))
    for code in JISP + JISG:
        d1, d2 = jis_dims(code)
        for mat, w in (('NBR70', .95), ('NBR90', .3), ('FKM', .45)):
            if rg.random() > w:
                continue
            br = 'NOK' if rg.random() < .7 else 'DOM'
            a = dict(cat='seal', kind='oring', std='JISB2401', jis=code, d1=fnum(d1), d2=fnum(d2), mat=mat, brand=br)
            c = 'E' if rg.random() < .5 else pick_clerk(rg, {'A': .5, 'B': .3, 'C': .2})
            m, b = word(a, 'mat', c), word(a, 'brand', c)
            if c == 'E':
                spec = '%s %s %s' % (code, m, b)
            elif c == 'A':
                spec = 'JIS B2401 %s %s×%s %s %s' % (code, fnum(d1), fnum(d2), m, b)
            else:
                spec = 'JIS %s %s %s' % (code, m, b)
            out.append(row('04.01', c, OR_NAME[c], spec, '個' if c == 'E' else '个', a))
    for dash, cs in AS_DASH:
        for mat, w in (('NBR70', .6), ('FKM', .35), ('NBR90', .15)):
            if rg.random() > w:
                continue
            a = dict(cat='seal', kind='oring', std='AS568', dash=dash, d2=fnum(cs), mat=mat, brand='PARKER')
            c = 'D' if rg.random() < .75 else 'A'
            if c == 'D':
                spec = 'AS568-%s %s (%s) PARKER CS%s' % (dash, PARKER_CMP[mat], word(a, 'mat', 'D'), fnum(cs))
            else:
                spec = 'AS568 2-%s %s 派克 截面%s' % (dash, word(a, 'mat', 'A'), fnum(cs))
            out.append(row('04.01', c, OR_NAME[c], spec, 'PCS' if c == 'D' else '个', a,
                           [], ['2-' + dash] if rg.random() < .4 else []))
    return out


OS_D = [10, 12, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 52, 55, 58, 60, 62,
        65, 70, 75, 80, 85, 90, 95, 100, 105, 110, 120, 130, 140, 150]
MATW = {'A': '丁腈', 'B': 'NBR', 'C': 'NBR', 'D': 'NBR', 'E': 'NBR'}


def oilseals(rg):
    out = []
    nok = set()
    for d in OS_D:
        Ds = sorted(rg.sample([d + x for x in (8, 10, 12, 15, 17, 20, 22, 25, 30)], 4))
        for D in Ds:
            bs = [5, 7] if D < 40 else ([7, 8, 10] if D < 90 else [10, 12, 13])
            for b in rg.sample(bs, min(2, len(bs))):
                for t, tw in (('TC', 1), ('SC', .3), ('TB', .2), ('TCV', .25)):
                    for mat, mw in (('NBR70', 1), ('FKM', .35)):
                        for br, bw in (('NOK', .45), ('DOM', .55), ('TTO', .22)):
                            if rg.random() > tw * mw * bw * 1.25:
                                continue
                            a = dict(cat='seal', kind='oilseal', stype=t, dims='%dx%dx%d' % (d, D, b), mat=mat, brand=br)
                            c = 'C' if br == 'TTO' and rg.random() < .7 else pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
                            s = SEP[c]
                            m = MATW[c] if mat == 'NBR70' else word(a, 'mat', c)
                            spec = '%s %d%s%d%s%d %s %s' % (t, d, s, D, s, b, m, word(a, 'brand', c))
                            models = []
                            if br == 'NOK' and rg.random() < .5:
                                while True:
                                    pn = 'AE%04d%s' % (rg.randint(1000, 4999), rg.choice('EFGA'))
                                    if pn not in nok:
                                        nok.add(pn)
                                        break
                                models.append(pn)
                            out.append(row('04.02', c, word(a, 'kind', c), spec, '个' if c in 'AB' else 'PCS', a, [], models))
    return out


def hseals(rg):
    out = []
    rods = [16, 18, 20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 85, 90, 100, 110, 125, 140, 160]
    bores = [32, 40, 50, 63, 80, 100, 110, 125, 140, 160, 180, 200, 220, 250]
    spec_list = []
    for d in rods:
        for dD, H in ((10, 6), (10, 8), (12, 8), (15, 9), (20, 12)):
            for kind, t, mat, br in (('yring', 'UN', 'PU', 'DOM'), ('yring', 'IDI', 'PU', 'NOK'), ('yring', 'ISI', 'PU', 'NOK'),
                                     ('yring', 'USH', 'NBR90', 'NOK')):
                spec_list.append((kind, t, '%dx%dx%d' % (d, d + dD, H), mat, br, .33))
        for dD, H in ((8, 5), (10, 7), (12, 8)):
            for t, br in (('DH', 'DOM'), ('DKB', 'DOM'), ('LBH', 'NOK'), ('DSI', 'NOK')):
                spec_list.append(('wiper', t, '%dx%dx%d' % (d, d + dD, H), 'PU' if t != 'LBH' else 'NBR90', br, .3))
        for dD, H in ((7.5, 3.2), (11, 4.2), (15.5, 6.3)):
            for br in ('TRELLEBORG', 'DOM'):
                spec_list.append(('step', None, 'x'.join(fnum(x) for x in (d, d + dD, H)), 'PTFE', br, .35))
    for D in bores:
        for dD, H in ((10, 6), (12, 8), (15, 9), (20, 12)):
            for kind, t, mat, br in (('yring', 'UHS', 'PU', 'DOM'), ('yring', 'ODI', 'PU', 'NOK'), ('yring', 'OSI', 'PU', 'NOK')):
                spec_list.append((kind, t, '%dx%dx%d' % (D, D - dD, H), mat, br, .4))
        for dD, H in ((10.5, 4.2), (15.5, 6.3), (20.5, 8.1)):
            for br in ('TRELLEBORG', 'DOM'):
                spec_list.append(('glyd', None, 'x'.join(fnum(x) for x in (D, D - dD, H)), 'PTFE', br, .4))
        for t_, w_ in ((2.5, 9.7), (2.5, 15), (4, 20)):
            for mat in ('PTFE', 'PF'):
                spec_list.append(('guide_ring', None, 'x'.join(fnum(x) for x in (D, t_, w_)), mat, 'DOM', .4))
    for kind, t, dims, mat, br, p in spec_list:
        if rg.random() > min(.95, p * 2.8):
            continue
        a = dict(cat='seal', kind=kind, dims=dims, mat=mat, brand=br)
        if t:
            a['stype'] = t
        c = pick_clerk(rg, {'A': .35, 'B': .45, 'D': .1, 'C': .1})
        sz = dims.replace('x', SEP[c])
        parts = [t or '', sz, word(a, 'mat', c), word(a, 'brand', c)]
        out.append(row('04.03', c, word(a, 'kind', c), ' '.join(x for x in parts if x), '个' if c in 'AB' else 'PCS', a))
    return out


def make():
    rg = rng('seals')
    return orings(rg) + oilseals(rg) + hseals(rg)
