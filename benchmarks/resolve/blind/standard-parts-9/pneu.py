"""Pneumatics: Airtac and SMC cylinders, valves, push-in fittings, tubes, FRLs."""
import lexicon
from clerks import STYLE, pick_clerk, row, word
from common import rng

THR = {'1/8': '01', '1/4': '02', '3/8': '03', '1/2': '04'}
FEN = {'1/8': '1分', '1/4': '2分', '3/8': '3分', '1/2': '4分'}


def cyl_specs():
    s = []
    for b in (32, 40, 50, 63, 80, 100, 125, 160):
        for st in (25, 50, 75, 100, 125, 150, 175, 200, 250, 300, 350, 400, 500):
            s.append(('AIRTAC', 'SC', b, st, 'SC%dX%d' % (b, st), 'S', .45))
    for b in (32, 40, 50, 63, 80, 100, 125):
        for st in (25, 50, 75, 100, 125, 150, 200, 250, 300, 400, 500):
            s.append(('AIRTAC', 'SI', b, st, 'SI%dX%d' % (b, st), 'S', .4))
    for b in (32, 40, 50, 63, 80, 100):
        for st in (25, 50, 80, 100, 125, 160, 200, 250, 320, 400, 500):
            s.append(('SMC', None, b, st, 'CP96SDB%d-%d' % (b, st), None, .3))
    for b in (16, 20, 25, 32, 40):
        for st in (25, 50, 75, 100, 125, 150, 200, 250, 300):
            s.append(('AIRTAC', 'MAL', b, st, 'MAL%dX%d' % (b, st), 'S', .45))
    for b in (12, 16, 20, 25, 32, 40, 50, 63):
        for st in (5, 10, 15, 20, 25, 30, 40, 50):
            s.append(('AIRTAC', 'SDA', b, st, 'SDA%dX%d' % (b, st), 'S', .4))
    for b in (10, 16, 20, 25, 32):
        for st in (10, 20, 25, 30, 40, 50, 75, 100):
            s.append(('AIRTAC', 'TN', b, st, 'TN%dX%d' % (b, st), 'S', .35))
    for b in (10, 16):
        for st in (15, 25, 30, 45, 50, 60, 75, 100, 125, 150):
            s.append(('SMC', None, b, st, 'CDJ2B%d-%dZ' % (b, st), None, .4))
            s.append(('SMC', None, b, st, 'CJ2B%d-%dZ' % (b, st), None, .15))
    for b in (12, 16, 20, 25, 32, 40, 50, 63):
        for st in (5, 10, 15, 20, 25, 30, 40, 50):
            s.append(('SMC', None, b, st, 'CDQ2B%d-%dDZ' % (b, st), None, .3))
    for b in (12, 16, 20, 25, 32, 40, 50, 63):
        for st in (25, 50, 75, 100, 125, 150, 200):
            s.append(('SMC', None, b, st, 'MGPM%d-%dZ' % (b, st), None, .28))
    for b in (20, 25, 32, 40):
        for st in (25, 50, 75, 100, 125, 150, 200, 250, 300):
            s.append(('SMC', None, b, st, 'CDM2B%d-%dZ' % (b, st), None, .28))
    return s


def make():
    rg = rng('pneu')
    out = []
    for br, ser, b, st, code, magsuf, w in cyl_specs():
        variants = [(code, 'n'), (code + magsuf, 'y')] if magsuf else [(code, 'y' if code.startswith(('CD', 'MGP', 'CP96')) else 'n')]
        if br == 'SMC' and code.startswith('CDJ2') and rg.random() < .3:
            variants.append((code + '-B', 'y'))
        for cd, mag in variants:
            if rg.random() > w * (2.0 if mag == 'y' else 1.3):
                continue
            a = dict(cat='pneu', kind='cyl', brand=br, bore=str(b), stroke=str(st), mag=mag)
            if ser:
                a['series'] = ser
            c = 'C' if br == 'AIRTAC' and rg.random() < .35 else pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
            extra = ''
            if cd.endswith('-B'):
                extra = {'A': '带杆端附件', 'B': '带附件', 'C': '附配件', 'D': 'W/ ROD END BRACKET'}[c]
            if c == 'A':
                spec = '%s 缸径%d 行程%d %s %s %s' % (cd, b, st, word(a, 'mag', c), word(a, 'brand', c), extra)
            elif c == 'B':
                spec = '%s %d*%d %s %s %s' % (cd, b, st, word(a, 'mag', c), word(a, 'brand', c), extra)
            elif c == 'C':
                spec = '%s %s Φ%dx%d %s %s' % (word(a, 'brand', c), cd, b, st, word(a, 'mag', c), extra)
            else:
                spec = '%s BORE %d STROKE %d %s %s %s' % (cd, b, st, 'WITH MAGNET' if mag == 'y' else 'NO MAGNET',
                                                            word(a, 'brand', c), extra)
            out.append(row('06.01', c, word(a, 'kind', c), spec, '只' if c in 'AB' else 'PCS', a, [], [cd]))
    valves = []
    for x in ('SY3120-5LZD-M5', 'SY5120-5LZD-01', 'SY7120-5LZD-02', 'SY3220-5LZD-M5', 'SY5220-5LZD-01',
              'SY5320-5LZD-01', 'SY7220-5LZD-02', 'VF3130-5DZ1-02', 'VF5120-5DZ1-03', 'SY5120-5DZD-01',
              'SY5120-5LZD-01F', 'SY3120-5LZD-M5F'):
        valves.append(('SMC', x, 'DC24', x))
    for base in ('4V110-06', '4V210-08', '4V310-10', '4V410-15', '4V120-06', '4V220-08', '4V320-10', '4V130C-06',
                 '4V230C-08', '4V330C-10', '3V110-06', '3V210-08'):
        for coil, txt in (('DC24', 'DC24V'), ('AC220', 'AC220V')):
            valves.append(('AIRTAC', base + ' ' + txt, coil, base))
    for br, code, coil, base in valves:
        if rg.random() > .8:
            continue
        a = dict(cat='pneu', kind='svalve', brand=br, coil=coil)
        c = 'C' if br == 'AIRTAC' and rg.random() < .35 else pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
        coil_txt = {'DC24': 'DC24V', 'AC220': 'AC220V'}[coil]
        spec = '%s %s' % (code, word(a, 'brand', c))
        if coil_txt not in code:
            spec += ' ' + coil_txt
        out.append(row('06.02', c, word(a, 'kind', c), spec, '个' if c in 'AB' else 'PCS', a, [], [code]))
    out += fittings(rg)
    return out


def fittings(rg):
    out = []
    for tube in (4, 6, 8, 10, 12, 16):
        thrs = ['M5', '1/8', '1/4'] if tube <= 6 else (['1/8', '1/4', '3/8'] if tube <= 10 else ['1/4', '3/8', '1/2'])
        items = []
        for t in thrs:
            tc = 'M5' if t == 'M5' else THR[t]
            items += [('SMC', 'pc', 'KQ2H%02d-%sAS' % (tube, tc), t), ('SMC', 'pl', 'KQ2L%02d-%sAS' % (tube, tc), t),
                      ('AIRTAC', 'pc', 'PC%d-%s' % (tube, tc), t), ('AIRTAC', 'pl', 'PL%d-%s' % (tube, tc), t)]
        items += [('SMC', 'pe', 'KQ2T%02d-00A' % tube, None), ('SMC', 'pu', 'KQ2H%02d-00A' % tube, None),
                  ('AIRTAC', 'pe', 'PE%d' % tube, None), ('AIRTAC', 'pu', 'PU%d' % tube, None)]
        for br, kind, code, t in items:
            if rg.random() > .85:
                continue
            a = dict(cat='pneu', kind=kind, brand=br, tube=str(tube))
            if t:
                a['thr'] = t
            c = 'C' if br == 'AIRTAC' and rg.random() < .35 else pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
            tt = '' if not t else ('M5' if t == 'M5' else {'A': 'R' + t, 'B': FEN[t] + '牙', 'C': 'PT' + t, 'D': 'R' + t}[c])
            spec = '%s 管径%d %s %s' % (code, tube, tt, word(a, 'brand', c)) if c in 'AB' else \
                '%s Φ%d %s %s' % (code, tube, tt, word(a, 'brand', c))
            out.append(row('06.03', c, word(a, 'kind', c), spec, '个' if c in 'AB' else 'PCS', a, [], [code]))
    for tod, tid in ((4, 2.5), (6, 4), (8, 5), (10, 6.5), (12, 8), (16, 12)):
        for col, sc in (('blue', 'BU'), ('black', 'B'), ('clear', 'C')):
            for br in ('SMC', 'DOM'):
                if rg.random() > (.6 if col == 'blue' else .35):
                    continue
                a = dict(cat='pneu', kind='tube', mat='PU', tod=str(tod), tid=('%g' % tid), fin=col, brand=br)
                c = pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
                models = []
                if br == 'SMC':
                    code = 'TU%02d%02d%s-100' % (tod, tid if tid == int(tid) else int(tid * 10) // 10, sc)
                    if tid == 2.5:
                        code = 'TU0425%s-100' % sc
                    if tid == 6.5:
                        code = 'TU1065%s-100' % sc
                    models.append(code)
                sz = '%dx%g' % (tod, tid) if c != 'B' else '%d*%g' % (tod, tid)
                colour = '黑色' if col == 'black' and c in 'AB' else word(a, 'fin', c)
                spec = '%s %s %s %s' % (models[0] if models else '', sz, colour, word(a, 'brand', c))
                nm = [s for e, st in lexicon.entries_for(a, 'mat') if 'kind' in e for s in st.get(STYLE[c], [])][0]
                out.append(row('06.03', c, nm, spec, '米' if c != 'D' else 'M', a, [], models))
    for br, code, kind in (('AIRTAC', 'GFR200-08', 'frl'), ('AIRTAC', 'GFR300-10', 'frl'), ('AIRTAC', 'GFC200-08', 'frl'),
                           ('AIRTAC', 'GFC300-10', 'frl'), ('AIRTAC', 'GFR200-08F1', 'frl'), ('SMC', 'AW20-02BG-A', 'frl'),
                           ('SMC', 'AW30-03BG-A', 'frl'), ('SMC', 'AC20-02G-A', 'frl'), ('SMC', 'AN10-01', 'silencer'),
                           ('SMC', 'AN20-02', 'silencer'), ('SMC', 'AN30-03', 'silencer'), ('DOM', 'BSL-01', 'silencer'),
                           ('DOM', 'BSL-02', 'silencer'), ('DOM', 'BSL-03', 'silencer'), ('DOM', 'BSL-04', 'silencer')):
        a = dict(cat='pneu', kind=kind, brand=br)
        c = pick_clerk(rg, {'A': .5, 'B': .5})
        out.append(row('06.04', c, word(a, 'kind', c), '%s %s' % (code, word(a, 'brand', c)), '个', a, [], [code]))
    return out
