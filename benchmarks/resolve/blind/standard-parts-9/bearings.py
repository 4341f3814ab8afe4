"""Bearings.  Deep groove ball bearings carry (base, seal, clearance, brand) and
each maker's own notation; the other types are read by their designation."""
from clerks import pick_clerk, row, word
from common import rng

DIMS = {}
for _s, _rows in (
        ('60', [(10, 26, 8), (12, 28, 8), (15, 32, 9), (17, 35, 10), (20, 42, 12), (25, 47, 12), (30, 55, 13),
                (35, 62, 14), (40, 68, 15), (45, 75, 16), (50, 80, 16), (55, 90, 18), (60, 95, 18)]),
        ('62', [(10, 30, 9), (12, 32, 10), (15, 35, 11), (17, 40, 12), (20, 47, 14), (25, 52, 15), (30, 62, 16),
                (35, 72, 17), (40, 80, 18), (45, 85, 19), (50, 90, 20), (55, 100, 21), (60, 110, 22),
                (65, 120, 23), (70, 125, 24), (75, 130, 25), (80, 140, 26)]),
        ('63', [(10, 35, 11), (12, 37, 12), (15, 42, 13), (17, 47, 14), (20, 52, 15), (25, 62, 17), (30, 72, 19),
                (35, 80, 21), (40, 90, 23), (45, 100, 25), (50, 110, 27), (55, 120, 29), (60, 130, 31)]),
        ('618', [(10, 19, 5), (12, 21, 5), (15, 24, 5), (17, 26, 5), (20, 32, 7), (25, 37, 7), (30, 42, 7),
                 (35, 47, 7), (40, 52, 7), (45, 58, 7), (50, 65, 7)]),
        ('619', [(10, 22, 6), (12, 24, 6), (15, 28, 7), (17, 30, 7), (20, 37, 9), (25, 42, 9), (30, 47, 9),
                 (35, 55, 10), (40, 62, 12), (45, 68, 12), (50, 72, 12)])):
    for _i, _d in enumerate(_rows):
        DIMS[_s + '%02d' % _i] = _d

NSKS = {'open': '', 'z': 'Z', '2z': 'ZZ', 'rs': 'DU', '2rs': 'DDU'}
NTNS = {'open': '', 'z': 'Z', '2z': 'ZZ', 'rs': 'LU', '2rs': 'LLU'}
SKFS = {'open': '', 'z': '-Z', '2z': '-2Z', 'rs': '-RSH', '2rs': '-2RSH'}
FAGS = {'open': '', 'z': '-Z', '2z': '-2Z', 'rs': '-RSR', '2rs': '-2RSR'}
CNS = {'open': '', 'z': '-Z', '2z': '-2Z', 'rs': '-RS', '2rs': '-2RS'}
OLD = {'open': '', 'z': '60', '2z': '80', 'rs': '160', '2rs': '180'}


def short(base):
    return '6' + base[2:] if base[:3] in ('618', '619') else base


def desig(brand, base, seal, clear):
    c3 = clear == 'C3'
    if brand in ('NSK', 'NTN'):
        return short(base) + (NSKS if brand == 'NSK' else NTNS)[seal] + ('C3' if c3 else '')
    if brand == 'SKF':
        s = SKFS[seal]
        if seal in ('rs', '2rs') and int(base[-2:]) >= 9:
            s = s.replace('RSH', 'RS1')
        return base + s + ('/C3' if c3 else '')
    if brand == 'FAG':
        return base + FAGS[seal] + ('-C3' if c3 else '')
    return short(base) + CNS[seal] + ('/C3' if c3 else '')


def old_code(base, seal):
    if base[:2] not in ('60', '62', '63'):
        return None
    b3 = {'60': '1', '62': '2', '63': '3'}[base[:2]] + base[2:]
    return OLD[seal] + b3


VARIANTS = [('open', 'CN', .55), ('2z', 'CN', .8), ('2rs', 'CN', .75), ('2z', 'C3', .35), ('2rs', 'C3', .25),
            ('open', 'C3', .2), ('z', 'CN', .1), ('rs', 'CN', .08)]
BRANDS = [('NSK', .42), ('ZWZ', .42), ('SKF', .3), ('HRB', .22), ('NTN', .2), ('FAG', .15), ('LYC', .12)]
NAME = {'A': '深沟球轴承', 'B': '轴承', 'C': '深溝滾珠軸承', 'D': 'DEEP GROOVE BALL BEARING', 'E': '深溝玉軸受'}


def dgbb(rg):
    out = []
    for base, (d, D, B) in sorted(DIMS.items()):
        pop = 1.0 if base[:2] in ('62', '63') else .75
        for seal, clear, w in VARIANTS:
            if rg.random() > min(.98, 1.5 * w * pop):
                continue
            chosen = [b for b, bw in BRANDS if rg.random() < bw * 1.6]
            if not chosen:
                chosen = [rg.choice(BRANDS)[0]]
            for br in chosen:
                a = dict(cat='bearing', kind='dgbb', base=base, seal=seal, clear=clear, brand=br,
                         bdims='%dx%dx%d' % (d, D, B))
                ds = desig(br, base, seal, clear)
                c = pick_clerk(rg, {'A': .35, 'B': .35, 'C': .08, 'D': .15, 'E': .07})
                bw_ = word(a, 'brand', c)
                if c == 'A':
                    spec = '%s %d×%d×%d %s' % (ds, d, D, B, bw_)
                elif c in 'BD':
                    spec = '%s %s' % (ds, bw_)
                else:
                    spec = '%s %s' % (bw_, ds)
                al = []
                oc = old_code(base, seal) if br in ('ZWZ', 'HRB', 'LYC') and clear == 'CN' else None
                if oc and rg.random() < .7:
                    al.append(('oldb', oc))
                unit = {'A': '套', 'B': '个', 'C': 'PCS', 'D': 'PCS', 'E': '個'}[c]
                out.append(row('02.01', c, NAME[c], spec, unit, a, al, [ds]))
    return out


def literal_specs():
    """(kind, grp, [(brand, designation, old alias or None)]) groups."""
    cn = ('ZWZ', 'HRB', 'LYC')
    out = []
    for b in ['72%02d' % i for i in range(0, 13)] + ['73%02d' % i for i in range(0, 11)]:
        lst = []
        for v, old in (('C', '36'), ('AC', '46'), ('B', '66'), ('C/P5', None), ('AC/P5', None)):
            lst.append((cn[len(lst) % 3] if v.endswith('P5') else 'ZWZ', b + v, old and old + b[1:]))
        lst += [('SKF', b + 'BEP', None), ('SKF', b + 'BECBP', None), ('SKF', b + 'ACD/P4A', None),
                ('NSK', b + 'CTYNSULP4', None), ('NSK', b + 'A5TYNSULP4', None),
                ('FAG', b + '-B-XL-TVP', None), ('FAG', 'B' + b + '-C-T-P4S-UL', None)]
        out.append(('acbb', '02.02', lst))
    trb = ['302%02d' % i for i in range(3, 17)] + ['303%02d' % i for i in range(2, 13)] + \
          ['322%02d' % i for i in range(5, 13)] + ['320%02dX' % i for i in range(5, 13)]
    for b in trb:
        old = ('7' + b[2:] + 'E') if b.startswith(('302', '303')) else None
        if b.startswith('322'):
            old = '75' + b[3:] + 'E'
        lst = [('ZWZ', b, old), ('HRB', b, old), ('LYC', b, None), ('SKF', b.replace('X', ' X') + ' J2/Q', None),
               ('NSK', 'HR' + b + 'J', None), ('NTN', '4T-' + b, None), ('KOYO', b + 'JR', None),
               ('FAG', b + '-XL', None)]
        out.append(('trb', '02.03', lst))
    nd = []
    for s in ('0808', '1010', '1012', '1212', '1412', '1512', '1612', '1616', '2016', '2020', '2516',
              '2520', '3020', '3520', '4020'):
        nd += [('INA', 'HK' + s, None), ('INA', 'HK' + s + '-2RS', None), ('IKO', 'TLA' + s + 'Z', None)]
    for s in ('4901', '4902', '4903', '4904', '4905', '4906', '4907', '4908', '4909', '4910'):
        nd += [('ZWZ', 'NA' + s, None), ('INA', 'NA' + s + '-XL', None), ('INA', 'RNA' + s + '-XL', None)]
    for s in ('15/16', '20/16', '20/20', '25/20', '30/20', '35/20', '40/20'):
        nd += [('INA', 'NK' + s, None), ('INA', 'NKI' + s, None)]
    out.append(('needle', '02.04', nd))
    pl = []
    for d in (12, 15, 16, 17, 20, 25, 30, 35, 40, 45, 50, 60):
        pl += [('SKF', 'GE%dES' % d, None), ('SKF', 'GE%dES-2RS' % d, None), ('DOM', 'GE%dE' % d, None),
               ('DOM', 'GE%dES-2RS' % d, None)]
    out.append(('plain', '02.05', pl))
    re_ = []
    for d in (6, 8, 10, 12, 16, 20, 25, 30):
        re_ += [('SKF', 'SI%dE' % d, None), ('SKF', 'SA%dE' % d, None), ('DOM', 'SI%dT/K' % d, None),
                ('DOM', 'SA%dT/K' % d, None), ('DOM', 'PHS%d' % d, None)]
    out.append(('rodend', '02.05', re_))
    cr = []
    for i in range(4, 17):
        b = '2%02d' % i
        cr += [('ZWZ', 'NU' + b + 'E', None), ('ZWZ', 'NJ' + b + 'E', None), ('ZWZ', 'N' + b + 'E', None),
               ('ZWZ', 'NU' + b, None), ('SKF', 'NU' + b + 'ECP', None), ('SKF', 'NJ' + b + 'ECP', None),
               ('FAG', 'NU' + b + '-E-XL-TVP2', None), ('HRB', 'NUP' + b + 'E', None)]
    out.append(('crb', '02.06', cr))
    th = []
    for b in ['511%02d' % i for i in range(0, 13)] + ['512%02d' % i for i in range(0, 15)] + ['513%02d' % i for i in range(5, 11)]:
        th += [('ZWZ', b, None), ('NSK', b, None), ('SKF', b, None), ('HRB', b, None)]
    out.append(('thrust', '02.06', th))
    sa = []
    for i in range(4, 11):
        sa += [('ZWZ', '12%02d' % i, None), ('ZWZ', '12%02dK' % i, None), ('SKF', '12%02d ETN9' % i, None),
               ('SKF', '12%02d EKTN9' % i, None), ('ZWZ', '22%02d' % i, None)]
    out.append(('sab', '02.06', sa))
    sr = []
    for i in range(5, 17):
        sr += [('ZWZ', '222%02dCA/W33' % i, None), ('SKF', '222%02d E' % i, None), ('FAG', '222%02d-E1-XL' % i, None),
               ('ZWZ', '222%02dCAK/W33' % i, None)]
    for s in ('29412', '29414', '29416', '29418', '29420'):
        sr += [('SKF', s + ' E', None), ('FAG', s + '-E1', None)]
    out.append(('srb', '02.06', sr))
    un = []
    for i in range(4, 13):
        for t in ('UCP', 'UCF', 'UCFL', 'UCT'):
            un += [('HRB', '%s2%02d' % (t, i), None), ('NSK', '%s2%02dD1' % (t, i), None), ('ZWZ', '%s2%02d' % (t, i), None)]
    out.append(('unit', '02.06', un))
    return out


def literal(rg):
    out = []
    for kind, grp, lst in literal_specs():
        for br, ds, old in lst:
            if rg.random() > .85:
                continue
            a = dict(cat='bearing', kind=kind, brand=br)
            c = pick_clerk(rg, {'A': .35, 'B': .35, 'C': .08, 'D': .15, 'E': .07})
            name = word(a, 'kind', c) if c != 'B' else '轴承'
            bw = word(a, 'brand', c)
            spec = '%s %s' % (ds, bw) if c in 'ABD' else '%s %s' % (bw, ds)
            al = [('oldb', old)] if old and rg.random() < .7 else []
            unit = {'A': '套', 'B': '个', 'C': 'PCS', 'D': 'PCS', 'E': '個'}[c]
            out.append(row(grp, c, name, spec, unit, a, al, [ds]))
    return out


def make():
    rg = rng('bearings')
    return dgbb(rg) + literal(rg)
