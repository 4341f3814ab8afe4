"""Electrical: contactors, relays, breakers, sensors, heater bands, thermocouples,
servo parts, power supplies, pilot devices."""
import math

import lexicon
from clerks import STYLE, pick_clerk, row, word
from common import fnum, rng

COILS = {'M7C': 'AC220', 'Q7C': 'AC380', 'F7C': 'AC110', 'BDC': 'DC24', 'B7C': 'AC24'}
CTXT = {'AC220': 'AC220V', 'AC380': 'AC380V', 'AC110': 'AC110V', 'DC24': 'DC24V', 'AC24': 'AC24V',
        'DC12': 'DC12V', 'AC230': 'AC230V'}


def add(out, grp, rg, a, code, spec_extra='', models=None, weights=None):
    c = pick_clerk(rg, weights or {'A': .4, 'B': .4, 'D': .2})
    spec = ' '.join(x for x in (code, spec_extra, word(a, 'brand', c) if a.get('brand') else '') if x)
    out.append(row(grp, c, word(a, 'kind', c), spec, '个' if c in 'AB' else 'PCS', a, [],
                   [code] if models is None else models))


def lowvolt(rg, out):
    for amp in ('09', '12', '18', '25', '32', '38', '40A', '50A', '65A', '80', '95'):
        for suf, coil in COILS.items():
            if rg.random() > (.75 if coil in ('AC220', 'DC24') else .3):
                continue
            a = dict(cat='elec', kind='contactor', brand='SCHNEIDER', amp=str(int(amp.rstrip('A'))), coil=coil)
            add(out, '07.01', rg, a, 'LC1D%s%s' % (amp, suf), '%sA 线圈%s' % (a['amp'], CTXT[coil]))
    for code, amp in (('0910', 9), ('1210', 12), ('1810', 18), ('2510', 25), ('3210', 32), ('4011', 40), ('5011', 50),
                      ('6511', 65), ('8011', 80), ('9511', 95)):
        for coil in ('AC220', 'AC380', 'AC24'):
            if rg.random() > (.7 if coil != 'AC24' else .25):
                continue
            a = dict(cat='elec', kind='contactor', brand='CHINT', amp=str(amp), coil=coil)
            add(out, '07.01', rg, a, 'CJX2-' + code, CTXT[coil])
    for amp in (9, 12, 18, 25, 32, 38, 50, 65):
        for coil in ('AC220', 'AC380'):
            if rg.random() > .5:
                continue
            a = dict(cat='elec', kind='contactor', brand='CHINT', amp=str(amp), coil=coil)
            add(out, '07.01', rg, a, 'NXC-%02d' % amp, CTXT[coil])
    for code, rngtxt in (('LRD06C', '1-1.6A'), ('LRD07C', '1.6-2.5A'), ('LRD08C', '2.5-4A'), ('LRD10C', '4-6A'),
                         ('LRD12C', '5.5-8A'), ('LRD14C', '7-10A'), ('LRD16C', '9-13A'), ('LRD21C', '12-18A'),
                         ('LRD22C', '16-24A'), ('LRD32C', '23-32A')):
        add(out, '07.01', rg, dict(cat='elec', kind='thermal', brand='SCHNEIDER'), code, rngtxt)
    for poles in (1, 2, 3, 4):
        for amp in (6, 10, 16, 20, 25, 32, 40, 63):
            for br in ('SCHNEIDER', 'CHINT'):
                if rg.random() > .45:
                    continue
                a = dict(cat='elec', kind='breaker', brand=br, poles=str(poles), amp=str(amp))
                if br == 'SCHNEIDER':
                    add(out, '07.01', rg, a, 'A9F18%d%02d' % (poles, amp), 'iC65N %dP C%dA' % (poles, amp))
                else:
                    add(out, '07.01', rg, a, 'NXB-63 %dP C%d' % (poles, amp), '')
                    if rg.random() < .7:
                        add(out, '07.01', rg, dict(a), 'DZ47-60 %dP C%d' % (poles, amp), '')
    for base in ('MY2N-J', 'MY4N-J', 'LY2N-J', 'MY2N-GS', 'MY4N-GS'):
        for coil in ('DC24', 'AC220', 'AC110', 'DC12'):
            if rg.random() > (.8 if coil in ('DC24', 'AC220') else .3):
                continue
            a = dict(cat='elec', kind='relay', brand='OMRON', coil=coil)
            code = '%s %s' % (base, coil[:2] + coil[2:])
            add(out, '07.01', rg, a, code, CTXT[coil] if rg.random() < .3 else '')
    for code in ('PYF08A-E', 'PYF14A-E', 'PTF08A-E', 'PYFZ-14-E'):
        add(out, '07.01', rg, dict(cat='elec', kind='socket', brand='OMRON'), code)


def sensors(rg, out):
    for ps, dist in (('12', '2'), ('18', '5'), ('30', '10')):
        for e, outp in (('E1', 'NPN'), ('F1', 'PNP')):
            for z in ('', '-Z'):
                if rg.random() > .7:
                    continue
                a = dict(cat='elec', kind='prox', brand='OMRON', psize=ps, dist=dist, out=outp, nc='NO')
                code = 'E2E-X%sM%s%s' % (dist, e, z)
                add(out, '07.02', rg, a, code, 'M%s %smm %s %s 2M' % (ps, dist, outp, word(a, 'nc', 'A')))
    for ps, dist in (('12', '4'), ('18', '8'), ('30', '15')):
        for suf, outp, nc in (('DN', 'NPN', 'NO'), ('DP', 'PNP', 'NO'), ('DN2', 'NPN', 'NC'), ('DP2', 'PNP', 'NC')):
            if rg.random() > .7:
                continue
            a = dict(cat='elec', kind='prox', brand='AUTONICS', psize=ps, dist=dist, out=outp, nc=nc)
            add(out, '07.02', rg, a, 'PR%s-%s%s' % (ps, dist, suf), 'M%s %smm %s %s' % (ps, dist, outp, word(a, 'nc', 'A')))
        for suf, outp, nc in (('BX', 'NPN', 'NO'), ('AX', 'NPN', 'NC'), ('BY', 'PNP', 'NO'), ('AY', 'PNP', 'NC')):
            if rg.random() > .7:
                continue
            a = dict(cat='elec', kind='prox', brand='DOM', psize=ps, dist=dist, out=outp, nc=nc)
            add(out, '07.02', rg, a, 'LJ%sA3-%s-Z/%s' % (ps, dist, suf), 'M%s %smm %s %s' % (ps, dist, outp, word(a, 'nc', 'A')))
    for code, br in [('D4V-81%02dZ' % i, 'OMRON') for i in (4, 8, 11, 12, 66)] + \
                    [('TZ-81%02d' % i, 'DOM') for i in (4, 7, 8, 11, 12, 66)] + \
                    [('LXW5-11G1', 'CHINT'), ('LXW5-11G2', 'CHINT'), ('LXW5-11M', 'CHINT'), ('YBLX-ME-8108', 'CHINT')]:
        add(out, '07.02', rg, dict(cat='elec', kind='limit', brand=br), code)


def heating(rg, out):
    for ht, k, p in (('ceramic', .045, .5), ('mica', .035, .35), ('cast', .05, .2)):
        for hid in (30, 35, 38, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120, 130, 140, 150, 160, 180, 200):
            for hw in (25, 30, 35, 40, 45, 50, 60, 70, 80, 100):
                for volt in ('220', '380'):
                    if rg.random() > p * 2.6 * (1 if volt == '220' else .35):
                        continue
                    watt = max(100, int(round(math.pi * hid * hw * k / 50.0)) * 50)
                    a = dict(cat='elec', kind='heater_band', htype=ht, hid=str(hid), hw=str(hw), volt=volt, watt=str(watt))
                    c = pick_clerk(rg, {'A': .4, 'B': .4, 'C': .1, 'D': .1})
                    sz = {'A': 'Φ%d×%d' % (hid, hw), 'B': '%d*%d' % (hid, hw), 'C': 'Φ%dx%dmm' % (hid, hw),
                          'D': 'ID%dXW%d' % (hid, hw)}[c]
                    nm = [s for e, st in lexicon.entries_for(a, 'htype') for s in st.get(STYLE[c], [])][0]
                    out.append(row('07.03', c, nm, '%s %sV %dW' % (sz, volt, watt),
                                   '个' if c in 'AB' else 'PCS', a))
    for cd in (6, 8, 10, 12, 12.5, 16, 20):
        for clen in (30, 40, 50, 60, 80, 100, 120, 150, 200, 250, 300):
            for volt in ('220', '380'):
                if rg.random() > (.55 if volt == '220' else .12):
                    continue
                watt = max(50, int(round(math.pi * cd * clen * .1 / 50.0)) * 50)
                a = dict(cat='elec', kind='cart', cd=fnum(cd), clen=str(clen), volt=volt, watt=str(watt))
                c = pick_clerk(rg, {'A': .4, 'B': .5, 'D': .1})
                sz = {'A': 'Φ%s×%d' % (fnum(cd), clen), 'B': '%s*%d' % (fnum(cd), clen), 'D': 'D%sXL%d' % (fnum(cd), clen)}[c]
                out.append(row('07.03', c, word(a, 'kind', c), '%s %sV %dW' % (sz, volt, watt), '支' if c != 'D' else 'PCS', a))
    for tct in ('K', 'J'):
        for form, thr, cd, clen in (('screw', 'M6', None, None), ('screw', 'M8', None, None), ('spring', None, None, None),
                                    ('sheath', None, '3', '100'), ('sheath', None, '3', '200'), ('sheath', None, '5', '200'),
                                    ('sheath', None, '5', '300')):
            for lead in ('1', '1.5', '2', '3', '5'):
                if rg.random() > (.6 if tct == 'K' else .3):
                    continue
                a = dict(cat='elec', kind='tc', tctype=tct, form=form, lead=lead)
                parts = []
                if thr:
                    a['thr'] = thr
                    parts.append(thr)
                if cd:
                    a['cd'], a['clen'] = cd, clen
                    parts.append('Φ%s×%s' % (cd, clen))
                c = pick_clerk(rg, {'A': .45, 'B': .45, 'C': .1})
                lt = {'A': '线长%sm' % lead, 'B': '%s米' % lead, 'C': '線長%sM' % lead}[c]
                spec = ' '.join([word(a, 'tctype', c), word(a, 'form', c)] + parts + [lt if c != 'C' else '%sM' % lead])
                out.append(row('07.03', c, word(a, 'kind', c), spec, '支' if c != 'C' else 'PCS', a))
    for br, code in [('RKC', 'REX-C%d%s-%s*AN' % (n, x, o)) for n in (100, 400, 700, 900) for x in ('FK02',)
                     for o in ('M', 'V')] + [('OMRON', x) for x in ('E5CC-RX2ASM-800', 'E5CC-QX2ASM-800',
                                                                    'E5EC-RR2ASM-800', 'E5AC-RX3ASM-800')]:
        add(out, '07.03', rg, dict(cat='elec', kind='tempctl', brand=br), code)


def drives(rg, out):
    items = [('YASKAWA', 'servo_motor', 'SGM7J-%sAFC6S' % x) for x in ('01', '02', '04', '06', '08')]
    items += [('YASKAWA', 'servo_motor', 'SGM7G-%sAFC61' % x) for x in ('09', '13', '20', '30', '44')]
    for x in ('R90', '1R6', '2R8', '3R8', '5R5', '7R6', '120', '180', '200'):
        items += [('YASKAWA', 'servo_drive', 'SGD7S-%sA00A' % x), ('YASKAWA', 'servo_drive', 'SGD7S-%sA00A002' % x)]
    items += [('YASKAWA', 'cable', 'JZSP-C7M%s-%s-E' % (a_, l_)) for a_ in ('10F', '13F', '20F') for l_ in ('03', '05', '10')]
    items += [('YASKAWA', 'cable', 'JZSP-C7PI0D-%s-E' % l_) for l_ in ('03', '05', '10', '15')]
    items += [('DELTA', 'servo_motor', x) for x in ('ECMA-C20604RS', 'ECMA-C20807RS', 'ECMA-C21010RS', 'ECMA-E21315RS')]
    items += [('DELTA', 'servo_drive', x) for x in ('ASD-B2-0421-B', 'ASD-B2-0721-B', 'ASD-B2-1021-B', 'ASD-A2-0721-L', 'ASD-A2-1521-L')]
    items += [('INOVANCE', 'servo_drive', x) for x in ('SV660PS5R5I', 'SV660PS7R6I', 'IS620PS2R8I', 'IS620PS5R5I')]
    items += [('INOVANCE', 'servo_motor', x) for x in ('MS1H1-40B30CB-A331Z', 'MS1H1-75B30CB-A331Z', 'MS1H3-85B15CB-A331R')]
    items += [('MITSUBISHI', 'servo_motor', x) for x in ('HG-KR43', 'HG-KR73', 'HG-SR102', 'HG-SR152')]
    items += [('MITSUBISHI', 'servo_drive', x) for x in ('MR-J4-40A', 'MR-J4-70A', 'MR-JE-40A', 'MR-JE-70A')]
    for n in (35, 50, 75, 100, 150, 200, 350):
        for v in (5, 12, 24):
            items.append(('MEANWELL', 'psu', 'LRS-%d-%d' % (n, v)))
    items += [('MEANWELL', 'psu', 'NDR-%d-24' % n) for n in (75, 120, 240, 480)] + \
             [('DOM', 'psu', 'S-%d-24' % n) for n in (50, 100, 150, 350)]
    items += [('SCHNEIDER', 'button_sw', x) for x in ('XB2-BA31C', 'XB2-BA42C', 'XB2-BA21C', 'XB2-BA61C', 'XB2-BS542C',
                                                      'XB2-BD21C', 'XB2-BD33C', 'ZB2-BE101C', 'ZB2-BE102C')]
    items += [('CHINT', 'button_sw', x) for x in ('NP2-BA31', 'NP2-BA42', 'NP2-BS542', 'LA38-11', 'LA38-11ZS')]
    items += [('PHOENIX', 'terminal', x) for x in ('UK2.5B', 'UK5N', 'UK6N', 'UK10N', 'UKK3', 'PT2.5', 'ST2.5', 'D-UK4/10')]
    for br, kind, code in items:
        if rg.random() > .85:
            continue
        add(out, '07.04' if kind.startswith(('servo', 'cable')) else '07.05', rg, dict(cat='elec', kind=kind, brand=br), code)
    for col in ('red', 'green', 'yellow'):
        for volt, vt in (('24', '24V'), ('220', 'AC220V')):
            a = dict(cat='elec', kind='lamp', fin=col, volt=volt)
            c = pick_clerk(rg, {'A': .5, 'B': .5})
            out.append(row('07.05', c, word(a, 'kind', c), 'AD16-22D/S %s %s' % (vt, word(a, 'fin', c)), '个', a, [],
                           ['AD16-22D/S-%s-%s' % (vt, col[0].upper())]))
    for base, amps in (('RT18-32', (2, 4, 6, 10, 16, 20, 25, 32)), ('RT14-20', (2, 4, 6, 10, 16, 20))):
        for amp in amps:
            a = dict(cat='elec', kind='fuse', brand='CHINT', amp=str(amp))
            c = pick_clerk(rg, {'A': .5, 'B': .5})
            out.append(row('07.05', c, word(a, 'kind', c), '%s %dA %s' % (base, amp, word(a, 'brand', c)), '个', a, [],
                           ['%s-%dA' % (base, amp)]))


def make():
    rg = rng('elec')
    out = []
    lowvolt(rg, out)
    sensors(rg, out)
    heating(rg, out)
    drives(rg, out)
    return out
