"""Hydraulics: Rexroth / Huade / Yuken / Vickers valves, pumps, filters, DIN 2353
cutting-ring fittings, hoses, gauges and accessories."""
from clerks import pick_clerk, row, word
from common import rng

SPOOLS = ['E', 'J', 'H', 'G', 'D', 'Y', 'M', 'C', 'F', 'P', 'Q', 'R', 'T', 'U', 'W']


def valves():
    """(brand, kind, code, coil or None, weight)"""
    v = []
    for s in SPOOLS:
        w = 1 if s in 'EJHGM' else .35
        v += [('REXROTH', 'hvalve', '4WE6%s6X/EG24N9K4' % s, 'DC24', w),
              ('REXROTH', 'hvalve', '4WE6%s6X/EW230N9K4' % s, 'AC230', w * .4),
              ('REXROTH', 'hvalve', '4WE10%s5X/EG24N9K4/M' % s, 'DC24', w * .6),
              ('HUADE', 'hvalve', '4WE6%s61B/CG24N9Z5L' % s, 'DC24', w),
              ('HUADE', 'hvalve', '4WE6%s61B/CW220-50N9Z5L' % s, 'AC220', w * .4),
              ('HUADE', 'hvalve', '4WE10%s31B/CG24N9Z5L' % s, 'DC24', w * .6)]
        if s in 'EJH':
            v.append(('HUADE', 'hvalve', '4WE6%s61B/CG24N9Z5L/V' % s, 'DC24', 1))
    for p in ('50', '100', '200', '315'):
        v += [('REXROTH', 'relief', 'DBDS10K1X/' + p, None, .8), ('REXROTH', 'relief', 'DBW10B1-5X/%s-6EG24N9K4' % p, 'DC24', .6),
              ('HUADE', 'relief', 'DB10-1-30B/' + p, None, .8), ('HUADE', 'relief', 'DBW10B-1-30B/%sG24NZ5L' % p, 'DC24', .6),
              ('REXROTH', 'reducing', 'DR6DP5-5X/%sYM' % {'50': '75', '100': '150', '200': '210', '315': '315'}[p], None, .6),
              ('HUADE', 'reducing', 'DR10-5-30B/%sY' % p, None, .6)]
    for x in ('Z2S6-1-6X/', 'Z2S10-1-3X/', 'S10A1.0', 'S20A1.0', 'S6A1.0', 'SV10PA1-4X/'):
        v.append(('REXROTH', 'check', x, None, .8))
    for x in ('Z2FS6-2-4X/2QV', 'Z2FS10-5-3X/V', 'MK10G1X/V', 'MK6G1X/V', 'DRV10-1-1X/V'):
        v.append(('REXROTH', 'throttle', x, None, .8))
    for c in ('2', '3', '4', '6', '9', '10', '11', '12', '40', '60'):
        v += [('YUKEN', 'hvalve', 'DSG-01-3C%s-D24-N1-50' % c, 'DC24', 1),
              ('YUKEN', 'hvalve', 'DSG-01-3C%s-A220-N1-50' % c, 'AC220', .4),
              ('YUKEN', 'hvalve', 'DSG-03-3C%s-D24-N-50' % c, 'DC24', .5)]
    for c in ('2', '4', '60'):
        v.append(('YUKEN', 'hvalve', 'DSHG-04-3C%s-T-D24-N1-52' % c, 'DC24', .6))
    for x in ('BT-03-32', 'BT-06-32', 'BG-06-32', 'MRP-01-B-30', 'MRA-01-C-30', 'MCP-01-0-30', 'MSW-01-X-50',
              'MSW-01-YA-50', 'MBP-01-B-30', 'CIT-03-04-50', 'SRT-06-50', 'SRCT-06-50'):
        kind = {'B': 'relief', 'M': 'relief', 'C': 'check', 'S': 'throttle'}[x[0]]
        if x.startswith(('MCP', 'MSW')):
            kind = 'check' if x.startswith('MCP') else 'throttle'
        v.append(('YUKEN', kind, x, None, .8))
    for c in ('0A', '2A', '2C', '6C', '7C', '8C', '33C', '2N'):
        v += [('VICKERS', 'hvalve', 'DG4V-3-%s-M-U-H7-60' % c, 'DC24', .9),
              ('VICKERS', 'hvalve', 'DG4V-3S-%s-M-U-H7-60' % c, 'DC24', .4),
              ('VICKERS', 'hvalve', 'DG4V-3-%s-M-U-C6-60' % c, 'AC220', .3)]
    return v


def pumps():
    p = []
    for n in (6, 8, 10, 12, 14, 17, 19, 23, 25, 31):
        p.append(('YUKEN', 'vpump', 'PV2R1-%d-F-RAA-43' % n))
    for n in (26, 33, 41, 47, 53, 59, 65):
        p.append(('YUKEN', 'vpump', 'PV2R2-%d-F-RAA-41' % n))
    for n in (52, 60, 66, 76, 94, 116):
        p.append(('YUKEN', 'vpump', 'PV2R3-%d-F-RAA-31' % n))
    for a, b in ((8, 26), (10, 33), (14, 41), (19, 47), (23, 53), (31, 65)):
        p.append(('YUKEN', 'vpump', 'PV2R12-%d-%d-F-RAA-40' % (a, b)))
    for x in ('A16-F-R-01-B-S-K-32', 'A37-F-R-01-B-S-K-32', 'A56-F-R-01-B-S-K-32', 'A70-F-R-04-H-S-K-32'):
        p.append(('YUKEN', 'ppump', x))
    for x in ('20V12A-1C22R', '25V21A-1C22R', '35V38A-1C22R', '45V60A-1C22R', '2520V21A8-1CC22R', '3520V30A11-1CC22R'):
        p.append(('VICKERS', 'vpump', x))
    for x in ('QT32-20F-A', 'QT32-25F-A', 'QT42-31.5F-A', 'QT42-40F-A', 'QT52-50F-A', 'QT52-63F-A', 'QT62-80F-A',
              'QT62-100F-A', 'QT63-125F-A'):
        p.append(('SUMITOMO', 'gpump', x))
    for x in ('A10VSO28DFR/31R-PPA12N00', 'A10VSO45DFR/31R-PPA12N00', 'A10VSO71DFR1/31R-PPA12N00',
              'PGH4-2X/025RE11VU2', 'PGH4-2X/032RE11VU2', 'PGH5-2X/050RE11VU2', 'PGH5-2X/063RE11VU2'):
        p.append(('REXROTH', 'ppump' if x.startswith('A10') else 'gpump', x))
    return p


def filters():
    f = []
    for s in ('0030', '0060', '0110', '0160', '0240', '0330', '0660', '0950'):
        for t in ('D', 'R'):
            for m in ('003', '005', '010', '020'):
                f.append(('HYDAC', 'filter_el', '%s%s%sBN4HC' % (s, t, m), .35))
            f.append(('HYDAC', 'filter_el', '%s%s010BN4HC/-V' % (s, t), .25))
            f.append(('HYDAC', 'filter_el', '%s%s010P/HC' % (s, t), .2))
    for q in (63, 100, 160, 250, 400, 630):
        for m in (80, 100, 180):
            f.append(('LEEMIN', 'filter', 'WU-%dx%d-J' % (q, m), .5))
            f.append(('LEEMIN', 'filter', 'TF-%dx%dL-Y' % (q, m), .4))
        for m in (10, 20):
            f.append(('LEEMIN', 'filter_el', 'FAX-%dx%d' % (q, m), .5))
            f.append(('LEEMIN', 'filter_el', 'HX-%dx%d' % (q, m), .4))
    return f


L_OD = {6: ('M12x1.5', ['1/8', '1/4']), 8: ('M14x1.5', ['1/4']), 10: ('M16x1.5', ['1/4', '3/8']),
        12: ('M18x1.5', ['3/8']), 15: ('M22x1.5', ['1/2']), 18: ('M26x1.5', ['1/2']), 22: ('M30x2', ['3/4']),
        28: ('M36x2', ['1'])}
S_OD = {6: ('M14x1.5', ['1/4']), 8: ('M16x1.5', ['1/4']), 10: ('M18x1.5', ['3/8']), 12: ('M20x1.5', ['3/8']),
        14: ('M22x1.5', ['1/2']), 16: ('M24x1.5', ['1/2']), 20: ('M30x2', ['3/4']), 25: ('M36x2', ['1']),
        30: ('M42x2', ['1-1/4']), 38: ('M52x2', ['1-1/2'])}
FNAME = {'ge': 'GE', 'g': 'G', 'w': 'W', 't': 'T', 'nut_f': 'M', 'ring_f': 'D'}


def fittings(rg):
    out = []
    for ser, tab in (('L', L_OD), ('S', S_OD)):
        for od, (mt, bsps) in tab.items():
            items = [('ge', b) for b in bsps] + [('ge', mt)] + [(k, None) for k in ('g', 'w', 't', 'nut_f', 'ring_f')]
            for kind, thr in items:
                for gr, gw in (('St', 1), ('A4', .3)):
                    if rg.random() > .95 * gw:
                        continue
                    a = dict(cat='hyd', kind=kind, od=str(od), ser=ser, grade=gr)
                    code = '%s%d%s' % (FNAME[kind], od, ser)
                    if thr:
                        a['thr'] = thr
                        code += ('R' + thr) if not thr.startswith('M') else 'M'
                    if gr == 'A4':
                        code += '-71'
                    c = pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
                    tt = ('G' + thr if not thr.startswith('M') else thr.replace('x', '×')) if thr else ''
                    g_ = word(a, 'grade', c)
                    if c == 'B':
                        spec = '%d%s %s %s %s' % (od, ser, tt, g_, code)
                    else:
                        spec = '%s %d%s %s %s' % (code, od, ser, tt, g_)
                    out.append(row('05.04', c, word(a, 'kind', c), spec, '个' if c != 'D' else 'PCS', a, [], [code]))
    return out


def make():
    rg = rng('hyd')
    out = []
    mnr = set()
    for br, kind, code, coil, w in valves():
        if rg.random() > .92 * w:
            continue
        a = dict(cat='hyd', kind=kind, brand=br)
        if coil:
            a['coil'] = coil
        c = pick_clerk(rg, {'A': .4, 'B': .35, 'D': .25})
        spec = '%s %s' % (code, word(a, 'brand', c))
        if coil:
            spec += ' ' + {'DC24': 'DC24V', 'AC230': 'AC230V', 'AC220': 'AC220V'}[coil]
        models = [code]
        if br == 'REXROTH' and rg.random() < .6:
            while True:
                m = 'R9%08d' % rg.randint(500000, 1099999)
                if m not in mnr:
                    mnr.add(m)
                    break
            models.append(m)
        out.append(row('05.01', c, word(a, 'kind', c), spec, '个' if c != 'D' else 'PCS', a, [], models))
    for br, kind, code in pumps():
        if rg.random() > .8:
            continue
        a = dict(cat='hyd', kind=kind, brand=br)
        c = pick_clerk(rg, {'A': .45, 'B': .3, 'D': .25})
        out.append(row('05.02', c, word(a, 'kind', c), '%s %s' % (code, word(a, 'brand', c)), '台' if c != 'D' else 'SET', a, [], [code]))
    for br, kind, code, w in filters():
        if rg.random() > w * 1.2:
            continue
        a = dict(cat='hyd', kind=kind, brand=br)
        c = pick_clerk(rg, {'A': .4, 'B': .4, 'D': .2})
        out.append(row('05.03', c, word(a, 'kind', c), '%s %s' % (code.replace('x', '×' if c == 'A' else 'x'), word(a, 'brand', c)),
                       '个' if c != 'D' else 'PCS', a, [], [code]))
    out += fittings(rg)
    out += hoses(rg)
    return out


DNS = ['6', '8', '10', '12', '16', '19', '25', '31']
INCH = {'6': '1/4', '8': '5/16', '10': '3/8', '12': '1/2', '16': '5/8', '19': '3/4', '25': '1', '31': '1-1/4'}
ENDS = {'6': 'M14x1.5', '8': 'M16x1.5', '10': 'M18x1.5', '12': 'M22x1.5', '16': 'M27x2', '19': 'M30x2', '25': 'M36x2'}


def hoses(rg):
    out = []
    for ser in ('1SN', '2SN', '4SP'):
        for dn in DNS:
            if ser == '4SP' and dn in ('6', '8'):
                continue
            a = dict(cat='hyd', kind='hose', hser=ser, dn=dn)
            c = pick_clerk(rg, {'A': .5, 'B': .3, 'D': .2})
            spec = '%s DN%s (%s") %s' % (ser, dn, INCH[dn], word(a, 'hser', c) if c == 'A' else '')
            out.append(row('05.05', c, word(a, 'kind', c), spec, '米' if c != 'D' else 'M', a))
    for dn, thr in ENDS.items():
        for L in range(300, 2100, 100):
            for ser in ('2SN', '1SN'):
                if rg.random() > (.8 if ser == '2SN' else .3):
                    continue
                a = dict(cat='hyd', kind='hose_assy', hser=ser, dn=dn, len=str(L), thr=thr)
                c = pick_clerk(rg, {'A': .4, 'B': .45, 'D': .15})
                t = thr.replace('x', '×')
                spec = {'A': '%s DN%s L=%dmm 两端%s 24°锥' % (ser, dn, L, t), 'B': '%s-DN%s 长%d %s两头' % (ser, dn, L, t),
                        'D': '%s DN%s L=%dMM %s BOTH ENDS' % (ser, dn, L, thr)}[c]
                out.append(row('05.05', c, word(a, 'kind', c), spec, '根' if c != 'D' else 'PCS', a))
    for dial, thr in (('60', 'M14x1.5'), ('100', 'M20x1.5'), ('60', '1/4')):
        for rng_ in ('1.6', '2.5', '4', '6', '10', '16', '25', '40'):
            for mount in ('radial', 'axial'):
                if rg.random() > (.6 if mount == 'radial' else .25):
                    continue
                a = dict(cat='hyd', kind='gauge', dial=dial, range=rng_, thr=thr, mount=mount)
                c = pick_clerk(rg, {'A': .5, 'B': .5})
                t = 'G1/4' if thr == '1/4' else thr.replace('x', '×')
                spec = 'YN-%s 0-%sMPa %s %s' % (dial, rng_, t, word(a, 'mount', c))
                out.append(row('05.06', c, word(a, 'kind', c), spec, '个', a))
    for kind, codes in (('level', ['YWZ-%dT' % x for x in (76, 80, 100, 127, 150, 200, 250, 300)]),
                        ('breather', ['QUQ1-10x1.0', 'QUQ2-10x1.0', 'QUQ2.5-10x1.0', 'QUQ3-20x2.5', 'EF1-25', 'EF2-32', 'EF3-40']),
                        ('accu', ['NXQ-A-%s/31.5-L-Y' % x for x in ('1', '2.5', '4', '6.3', '10', '16', '25', '40')])):
        for code in codes:
            a = dict(cat='hyd', kind=kind)
            c = pick_clerk(rg, {'A': .5, 'B': .5})
            out.append(row('05.06', c, word(a, 'kind', c), code, '个', a, [], [code]))
    return out
