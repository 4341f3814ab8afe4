"""Pneumatics: cylinders (SMC / Festo / AirTAC), push-in fittings, solenoid valves, FRL, tubing,
silencers, vacuum cups."""
from common import Item, fmt, cn_num, cn_digits, pick, wrap, apply_typo

CAT_CYL = '气动元件/气缸'
CAT_FIT = '气动元件/气管接头'
CAT_VAL = '气动元件/电磁阀'
CAT_FRL = '气动元件/气源处理'
CAT_TUBE = '气动元件/气管'
CAT_SIL = '气动元件/消声器'
CAT_VAC = '真空元件/吸盘'

MAKER_Q = {'SMC': ['SMC', 'smc'], 'FESTO': ['Festo', 'FESTO', '费斯托'], 'AIRTAC': ['亚德客', 'AirTAC', 'AIRTAC', '亚德克']}
CTYPE_CN = {'slide': '滑台气缸', 'compact': '薄型气缸', 'guided': '带导杆气缸', 'pen': '笔形气缸', 'iso': '标准气缸', 'round': '圆形气缸',
            'mini': '迷你气缸', 'twin': '双轴气缸'}
CTYPE_Q = {'slide': ['滑台气缸', '滑台缸'], 'compact': ['薄型气缸', '薄型缸', '超薄气缸', '紧凑型气缸'], 'guided': ['导杆气缸', '三轴气缸', '带导杆气缸'],
           'pen': ['笔形气缸', '针形气缸'], 'iso': ['标准气缸', 'ISO气缸', '方形标准缸'], 'round': ['圆形气缸', '圆缸'],
           'mini': ['迷你气缸', '不锈钢迷你缸'], 'twin': ['双轴气缸', '双杆气缸']}
CTYPE_CANTO = {'slide': ['滑台风缸', '滑台'], 'compact': ['薄型风缸', '扁风缸'], 'guided': ['三杆风缸', '导杆风缸'], 'pen': ['笔仔风缸', '笔形风缸'],
               'iso': ['标准风缸', '四方风缸'], 'round': ['圆风缸'], 'mini': ['迷你风缸', '细风缸'],
               'twin': ['双杆风缸', '双轴风缸']}
CTYPE_EN = {'slide': 'SLIDE TABLE CYLINDER', 'compact': 'COMPACT CYLINDER', 'guided': 'GUIDED CYLINDER', 'pen': 'PEN CYLINDER', 'iso': 'ISO CYLINDER',
            'round': 'ROUND CYLINDER', 'mini': 'MINI CYLINDER', 'twin': 'TWIN ROD CYLINDER'}

S_SHORT = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 75, 100]
S_MID = [10, 20, 25, 30, 40, 50, 75, 100, 125, 150, 175, 200]
S_LONG = [25, 50, 75, 100, 125, 150, 160, 200, 250, 300, 400, 500, 600, 800]
SERIES = [
    # maker, series, ctype, bores, strokes, model fn(bore, stroke, magnet) , has non-magnet variant
    ('SMC', 'CQ2', 'compact', [12, 16, 20, 25, 32, 40, 50, 63, 80, 100], S_SHORT,
     lambda b, s, m: '%sQ2B%d-%dD%s' % ('CD' if m else 'C', b, s, 'Z' if m else 'Z'), True),
    ('SMC', 'MGP', 'guided', [12, 16, 20, 25, 32, 40, 50, 63], S_MID, lambda b, s, m: 'MGPM%d-%dZ' % (b, s), False),
    ('SMC', 'CJ2', 'pen', [6, 10, 16], [15, 30, 45, 60, 75, 100, 125, 150],
     lambda b, s, m: '%sJ2B%d-%d%s' % ('CD' if m else 'C', b, s, 'Z' if m else 'Z'), True),
    ('SMC', 'CM2', 'round', [20, 25, 32, 40], S_LONG[:10], lambda b, s, m: 'CDM2B%d-%dZ' % (b, s), False),
    ('SMC', 'CP96', 'iso', [32, 40, 50, 63, 80, 100], S_LONG, lambda b, s, m: 'CP96SDB%d-%dC' % (b, s), False),
    ('FESTO', 'DSNU', 'round', [8, 10, 12, 16, 20, 25, 32, 40, 50, 63], S_LONG[:10],
     lambda b, s, m: 'DSNU-%d-%d-%s-A' % (b, s, 'P' if b <= 10 else 'PPV'), False),
    ('FESTO', 'ADN', 'compact', [12, 16, 20, 25, 32, 40, 50, 63, 80, 100], S_SHORT,
     lambda b, s, m: 'ADN-%d-%d-A-P-A' % (b, s), False),
    ('FESTO', 'DSBC', 'iso', [32, 40, 50, 63, 80, 100], S_LONG, lambda b, s, m: 'DSBC-%d-%d-PPVA-N3' % (b, s), False),
    ('AIRTAC', 'SC', 'iso', [32, 40, 50, 63, 80, 100], S_LONG, lambda b, s, m: 'SC%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('AIRTAC', 'MAL', 'mini', [16, 20, 25, 32, 40], S_LONG[:10], lambda b, s, m: 'MAL%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('AIRTAC', 'SDA', 'compact', [12, 16, 20, 25, 32, 40, 50, 63, 80, 100], S_SHORT,
     lambda b, s, m: 'SDA%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('AIRTAC', 'TN', 'twin', [10, 16, 20, 25, 32], [10, 20, 25, 30, 40, 50, 75, 100],
     lambda b, s, m: 'TN%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('SMC', 'CG1', 'round', [20, 25, 32, 40, 50, 63, 80, 100], S_LONG[:10], lambda b, s, m: 'CDG1BN%d-%dZ' % (b, s), False),
    ('SMC', 'MB', 'iso', [32, 40, 50, 63, 80, 100], S_LONG, lambda b, s, m: 'MDBB%d-%dZ' % (b, s), False),
    ('SMC', 'MXQ', 'slide', [6, 8, 12, 16, 20, 25], [10, 20, 30, 40, 50, 75, 100], lambda b, s, m: 'MXQ%d-%dZ' % (b, s), False),
    ('FESTO', 'ADVU', 'compact', [12, 16, 20, 25, 32, 40, 50, 63, 80, 100], S_SHORT, lambda b, s, m: 'ADVU-%d-%d-P-A' % (b, s), False),
    ('AIRTAC', 'ACQ', 'compact', [12, 16, 20, 25, 32, 40, 50, 63, 80, 100], S_SHORT,
     lambda b, s, m: 'ACQ%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('AIRTAC', 'SI', 'iso', [32, 40, 50, 63, 80, 100], S_LONG, lambda b, s, m: 'SI%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('AIRTAC', 'HLQ', 'slide', [6, 8, 12, 16, 20, 25], [10, 20, 30, 40, 50, 75, 100],
     lambda b, s, m: 'HLQ%dX%d%s' % (b, s, 'S' if m else ''), True),
    ('AIRTAC', 'TCL', 'guided', [12, 16, 20, 25, 32, 40, 50, 63], S_MID, lambda b, s, m: 'TCL%dX%d%s' % (b, s, 'S' if m else ''), True),
]

THREAD_CODE = {'M5': 'M5', '1/8': '01', '1/4': '02', '3/8': '03', '1/2': '04'}
THREAD_Q = {'M5': ['M5', 'M5牙'], '1/8': ['1/8', '1分牙', 'PT1/8', '01牙', 'R1/8'],
            '1/4': ['1/4', '2分牙', 'PT1/4', '02牙', 'R1/4'], '3/8': ['3/8', '3分牙', 'PT3/8', '03牙'],
            '1/2': ['1/2', '4分牙', 'PT1/2', '04牙']}
THREAD_V = {'M5': ['M五'], '1/8': ['一分牙', '一分'], '1/4': ['两分牙', '二分'], '3/8': ['三分牙', '三分'],
            '1/2': ['四分牙', '四分']}
FTYPES = {'straight': ('直通', 'PC', 'KQ2H', 'APC', 'QS'), 'elbow': ('弯头', 'PL', 'KQ2L', 'APL', 'QSL'),
          'tee_male': ('三通(外牙)', 'PD', 'KQ2T', 'APD', 'QST'),
          'union': ('直通对接', 'PU', 'KQ2H', 'APU', 'QS'), 'union_elbow': ('L型对接弯头', 'PV', 'KQ2L', 'APV', 'QSL'),
          'tee': ('T型三通', 'PE', 'KQ2T', 'APE', 'QST'), 'reducer': ('变径直通', 'PG', 'KQ2H', 'APG', 'QS'),
          'bulkhead': ('穿板直通', 'PM', 'KQ2E', 'APM', 'QSS')}
FTYPE_Q = {'straight': ['直通', '外牙直通', '直接头'], 'elbow': ['弯头', '外牙弯头', 'L弯'], 'tee_male': ['外牙三通'],
           'union': ['直通对接', '二通', '对接头'], 'union_elbow': ['L型对接', '对接弯头'], 'tee': ['三通', 'T型三通'],
           'reducer': ['变径直通', '变径', '大小头'], 'bulkhead': ['穿板接头', '隔板直通']}
FTYPE_EN = {'straight': 'MALE CONNECTOR', 'elbow': 'MALE ELBOW', 'tee_male': 'MALE BRANCH TEE', 'union': 'UNION STRAIGHT',
            'union_elbow': 'UNION ELBOW', 'tee': 'UNION TEE', 'reducer': 'REDUCER', 'bulkhead': 'BULKHEAD UNION'}
TUBES = [4, 6, 8, 10, 12, 16]

VOLT_Q = {'DC24V': ['DC24V', '24V', 'DC24', '直流24V', '24伏'], 'AC220V': ['AC220V', '220V', 'AC220', '交流220'],
          'DC12V': ['DC12V', '12V', '直流12']}
VOLT_V = {'DC24V': ['直流二十四伏', '二十四伏'], 'AC220V': ['交流两百二', '二百二十伏'], 'DC12V': ['直流十二伏']}


def build(rng):
    items = []
    # cylinders
    for maker, series, ctype, bores, strokes, fn, has_nm in SERIES:
        for b in bores:
            for s in strokes:
                if s > 10 * b + 100:
                    continue
                for mag in ((True, False) if has_nm else (True,)):
                    p = 0.9 if mag else 0.45
                    if rng.random() > p:
                        continue
                    model = fn(b, s, mag)
                    src = rng.choice(['eng', 'store', 'hk', 'eng'])
                    a = dict(fam='cylinder', maker=maker, series=series, ctype=ctype, bore=str(b), stroke=str(s),
                             magnet=mag, model=model)
                    mcn = {'SMC': 'SMC', 'FESTO': '费斯托', 'AIRTAC': '亚德客'}[maker]
                    if src == 'eng':
                        name = CTYPE_CN[ctype]
                        spec = '%s %s 缸径%d 行程%d%s' % (mcn, model, b, s, '' if mag else ' 不带磁')
                        unit = '只'
                    elif src == 'store':
                        name = pick(rng, CTYPE_CANTO[ctype]) if rng.random() < 0.5 else CTYPE_CN[ctype]
                        spec = '%s %s' % (maker if maker != 'AIRTAC' else '亚德客', model)
                        unit = '支'
                    else:
                        name = '%s %s' % (maker, CTYPE_EN[ctype])
                        spec = '%s BORE %d STROKE %d%s' % (model, b, s, '' if mag else ' NON-MAGNETIC')
                        unit = 'PCS'
                    items.append(Item(name, spec, unit, CAT_CYL, a, src))
    # cylinder switches, speed controllers, floating joints
    for m, desc in (('D-M9B', '2线'), ('D-M9N', 'NPN 3线'), ('D-M9P', 'PNP 3线'), ('D-M9BW', '2线 双色'), ('D-A93', '有触点 2线'),
                    ('D-A73', '有触点 2线')):
        for cab, suf in (('0.5m', ''), ('3m', 'L'), ('5m', 'Z')):
            if rng.random() < 0.75:
                a = dict(fam='cswitch', maker='SMC', model=m + suf, cable=cab)
                items.append(Item('磁性开关', 'SMC %s %s 线长%s' % (m + suf, desc, cab), '个', CAT_CYL, a, 'eng'))
    for m, desc in (('CS1-J', '2线 有触点'), ('CS1-F', '2线 有触点'), ('CS1-U', '2线 有触点'), ('CS1-G', '2线'),
                    ('DMSG-020', 'NPN'), ('DMSH-020', 'PNP'), ('CS9-D', '2线')):
        a = dict(fam='cswitch', maker='AIRTAC', model=m, cable='2m')
        items.append(Item(pick(rng, ['磁性开关', '感应开关(气缸)']), '亚德客 %s %s 线长2m' % (m, desc), '个', CAT_CYL, a, 'eng'))
    for body, th in (('AS1201F', 'M5'), ('AS2201F', '1/8'), ('AS2201F', '1/4'), ('AS3201F', '3/8'), ('AS4201F', '1/2')):
        for tube in (4, 6, 8, 10, 12):
            if (th == 'M5' and tube > 6) or (th in ('3/8', '1/2') and tube < 10) or rng.random() > 0.8:
                continue
            for inout, b2 in (('out', body), ('in', body.replace('01F', '11F'))):
                model = '%s-%s-%02dS' % (b2, THREAD_CODE[th], tube)
                a = dict(fam='speedctl', maker='SMC', thread=th, tube=str(tube), flow=inout, model=model)
                items.append(Item('调速阀 ' + ('排气节流' if inout == 'out' else '进气节流'), 'SMC %s 管%d 螺纹%s' % (model, tube, th), '个', CAT_FIT, a, 'eng'))
    for b, th in ((10, 'M4'), (16, 'M6x1'), (20, 'M8x1.25'), (25, 'M10x1.25'), (32, 'M10x1.25'), (40, 'M12x1.25'),
                  (50, 'M16x1.5'), (63, 'M16x1.5'), (80, 'M20x1.5'), (100, 'M20x1.5')):
        a = dict(fam='fjoint', bore=str(b), thread=th)
        items.append(Item('浮动接头', '缸径%d用 %s' % (b, th), '个', CAT_CYL, a, 'eng'))
    # fittings
    for ft, (cn, gen_pfx, smc_pfx, atc_pfx, festo_pfx) in FTYPES.items():
        for tube in TUBES:
            threads = [None]
            if ft in ('straight', 'elbow', 'tee_male'):
                threads = ['M5', '1/8', '1/4', '3/8', '1/2']
            t2s = [None]
            if ft == 'reducer':
                t2s = [x for x in TUBES if x < tube]
            for th in threads:
                if th == 'M5' and tube > 6:
                    continue
                if th == '1/2' and tube < 10:
                    continue
                if th == '3/8' and tube < 8:
                    continue
                for t2 in t2s:
                    for maker in ('SMC', 'AIRTAC', 'FESTO', '国产'):
                        if rng.random() > {'SMC': 0.9, 'AIRTAC': 0.85, 'FESTO': 0.5, '国产': 0.9}[maker]:
                            continue
                        tc = THREAD_CODE.get(th)
                        if maker == 'SMC':
                            if ft == 'reducer':
                                model = 'KQ2H%02d-%02dA' % (tube, t2)
                            elif th:
                                model = '%s%02d-%sS' % (smc_pfx, tube, tc)
                            else:
                                model = '%s%02d-00A' % (smc_pfx, tube) if ft != 'bulkhead' else 'KQ2E%02d-00A' % tube
                        elif maker == 'FESTO':
                            if th:
                                model = '%s-%s-%d' % (festo_pfx, th if th != 'M5' else 'M5', tube)
                            elif ft == 'reducer':
                                model = 'QSM-%d-%d' % (tube, t2) if tube <= 6 else 'QS-%d-%d' % (tube, t2)
                            else:
                                model = '%s-%d' % (festo_pfx, tube)
                        elif maker == 'AIRTAC':
                            model = '%s%d' % (atc_pfx, tube) + ('-%s' % tc if th else '') + ('-%d' % t2 if t2 else '')
                        else:
                            model = '%s%d' % (gen_pfx, tube) + ('-%s' % tc if th else '') + ('-%d' % t2 if t2 else '')
                        a = dict(fam='fitting', ftype=ft, tube=str(tube), thread=th, tube2=str(t2) if t2 else None,
                                 maker=maker, model=model)
                        src = rng.choice(['eng', 'store', 'hk'])
                        mcn = {'SMC': 'SMC', 'FESTO': 'FESTO', 'AIRTAC': '亚德客', '国产': '国产'}[maker]
                        desc = '管%d' % tube + ('转%d' % t2 if t2 else '') + (' 螺纹%s' % (th if th == 'M5' else 'R' + th) if th else '')
                        if src == 'eng':
                            name, spec, unit = '快插接头 ' + cn, '%s %s %s' % (mcn, model, desc), '个'
                        elif src == 'store':
                            name = pick(rng, ['快插', '气管接头', '风喉接头']) + cn
                            spec, unit = '%s %s' % (model, mcn), '个'
                        else:
                            name = 'PUSH-IN FITTING ' + FTYPE_EN[ft]
                            spec = '%s %s TUBE %dMM' % (model, {'国产': 'CHINA'}.get(maker, maker), tube) + (
                                '-%dMM' % t2 if t2 else '') + (' %s' % (th if th == 'M5' else 'R' + th) if th else '')
                            unit = 'PCS'
                        items.append(Item(name, spec, unit, CAT_FIT, a, src))
    # solenoid valves
    vdefs = []
    for size, port in [('3', 'M5'), ('5', '01'), ('7', '02')]:
        for func, code in [('52s', '120'), ('52d', '220'), ('53c', '320')]:
            for volt, vc in [('DC24V', '5'), ('AC220V', '4'), ('DC12V', '6')]:
                vdefs.append(('SMC', 'SY%s' % size, func, volt, 'SY%s%s-%sDZ-%s' % (size, code, vc, port), port))
    for ser, port in [('4V1', '06'), ('4V2', '08'), ('4V3', '10'), ('4V4', '15')]:
        for func, code in [('52s', '10'), ('52d', '20'), ('53c', '30')]:
            for volt in ('DC24V', 'AC220V', 'DC12V'):
                vdefs.append(('AIRTAC', ser, func, volt, '%s%s-%s %s' % (ser, code, port, volt), port))
        for volt in ('DC24V', 'AC220V'):
            vdefs.append(('AIRTAC', '3V' + ser[2], '32', volt, '3V%s10-%s %s' % (ser[2], port, volt), port))
    for maker, ser, func, volt, model, port in vdefs:
        if rng.random() > (0.55 if volt != 'DC12V' else 0.25):
            continue
        a = dict(fam='valve', maker=maker, series=ser, func=func, volt=volt, port=port, model=model)
        fcn = {'52s': '二位五通单电控', '52d': '二位五通双电控', '53c': '三位五通中封', '32': '二位三通'}[func]
        src = rng.choice(['eng', 'store', 'hk'])
        if src == 'eng':
            name, spec, unit = '电磁阀 ' + fcn, '%s %s' % ({'SMC': 'SMC', 'AIRTAC': '亚德客'}[maker], model) + (
                ' %s' % volt if maker == 'SMC' else ''), '个'
        elif src == 'store':
            name, spec, unit = pick(rng, ['电磁阀', '风掣', '电磁风掣']), model + (' %s' % volt if maker == 'SMC' else ''), '个'
        else:
            name = 'SOLENOID VALVE ' + {'52s': '5/2 SINGLE', '52d': '5/2 DOUBLE', '53c': '5/3 CLOSED CENTRE', '32': '3/2'}[func]
            spec, unit = '%s %s' % (maker, model) + (' %s' % volt if maker == 'SMC' else ''), 'PCS'
        items.append(Item(name, spec, unit, CAT_VAL, a, src))
    # FRL
    frl = []
    for m in ('AFR1500', 'AFR2000', 'AFR3000', 'AFC1500', 'AFC2000', 'AR2000', 'AF2000', 'GFR200-08', 'GFR300-10',
              'GFC200-08', 'GFC300-10', 'GR200-08', 'GF200-08'):
        frl.append(('AIRTAC', m))
    for m in ('AW20-02BG', 'AW30-03BG', 'AW40-04BG', 'AC20-02', 'AC30-03', 'AF20-02', 'AR20-02', 'AR25-02',
              'AL20-02', 'AW20-02BG-A', 'AC20-02G', 'AC30-03G'):
        frl.append(('SMC', m))
    for mk, m in frl:
        a = dict(fam='frl', maker=mk, model=m)
        items.append(Item(pick(rng, ['过滤减压阀', '气源处理器', '调压过滤器', '二联件', '三联件']) if 'C' not in m[:3] else '气源处理二联件',
                          '%s %s' % (mk, m), '个', CAT_FRL, a, 'eng'))
    # tubing
    for od in TUBES:
        for col in ('blue', 'black', 'clear', 'orange'):
            for maker in ('SMC', '国产'):
                if rng.random() < 0.6:
                    idd = {4: 2.5, 6: 4, 8: 5, 10: 6.5, 12: 8, 16: 11}[od]
                    model = 'TU%02d%02d-%s' % (od, int(idd * 10) if od < 10 else int(idd), {'blue': 'BU', 'black': 'B', 'clear': 'C', 'orange': 'YR'}[col]) if maker == 'SMC' else 'PU%dx%s' % (od, fmt(idd))
                    a = dict(fam='tube', od=str(od), color=col, maker=maker, model=model)
                    ccn = {'blue': '蓝色', 'black': '黑色', 'clear': '透明', 'orange': '橙色'}[col]
                    items.append(Item('PU气管 ' + ccn, '%s %s 外径%d 内径%s' % (maker, model, od, fmt(idd)), '米', CAT_TUBE, a, 'eng'))
    # silencers
    for th in ('1/8', '1/4', '3/8', '1/2', 'M5'):
        for kind in ('brass', 'plastic'):
            model = ('BSL-%s' % THREAD_CODE[th]) if kind == 'brass' else ('AN%s-%s' % ({'M5': '05', '1/8': '10', '1/4': '20', '3/8': '30', '1/2': '40'}[th], THREAD_CODE[th]))
            a = dict(fam='silencer', thread=th, kind=kind, model=model)
            items.append(Item('消声器' if kind == 'plastic' else '铜消声器', '%s %s' % (model, th), '个', CAT_SIL, a, 'eng'))
    # vacuum cups
    for dia in (2, 4, 6, 8, 10, 13, 16, 20, 25, 32, 40, 50):
        for form, fc in (('flat', 'U'), ('rib', 'C'), ('bellows', 'B')):
            if form == 'bellows' and dia < 6:
                continue
            for mat, mc in (('NBR', 'N'), ('VMQ', 'S'), ('PU', 'U'), ('FKM', 'F')):
                if rng.random() < 0.85:
                    model = 'ZP%02d%s%s' % (dia, fc, mc)
                    a = dict(fam='vacuum', maker='SMC', dia=str(dia), form=form, mat=mat, model=model)
                    items.append(vac_item(a, rng))
    for dia in (10, 15, 20, 25, 30, 40, 50, 60, 80):
        for form in ('flat', 'bellows'):
            for mat, mc in (('NBR', 'NBR-55'), ('VMQ', 'SI-55'), ('PU', 'PU-60'), ('HT1', 'HT1-60')):
                if rng.random() < 0.8:
                    model = '%s %d %s' % ('SPF' if form == 'flat' else 'SPB1', dia, mc)
                    a = dict(fam='vacuum', maker='SCHMALZ', dia=str(dia), form=form, mat=mat, model=model)
                    items.append(vac_item(a, rng))
    for dia in (10, 15, 20, 30, 40, 50):
        for mat in ('NBR', 'VMQ', 'HT1'):
            if rng.random() < 0.5:
                model = 'B%d-2 %s' % (dia, {'NBR': 'NBR', 'VMQ': 'SI', 'HT1': 'HNBR'}[mat])
                a = dict(fam='vacuum', maker='PIAB', dia=str(dia), form='bellows2', mat=mat, model=model)
                items.append(vac_item(a, rng))
    return items


VAC_FORM = {'flat': '平面吸盘', 'rib': '带筋平面吸盘', 'bellows': '风琴吸盘(1.5层)', 'bellows2': '风琴吸盘(2.5层)'}
VAC_MAT = {'NBR': '丁腈', 'VMQ': '硅胶', 'PU': '聚氨酯', 'FKM': '氟胶', 'HT1': '食品级HT1'}


def vac_item(a, rng):
    src = rng.choice(['eng', 'store', 'hk'])
    if src == 'eng':
        name, spec, unit = '真空吸盘 ' + VAC_FORM[a['form']], '%s %s Φ%s %s' % (a['maker'], a['model'], a['dia'], VAC_MAT[a['mat']]), '个'
    elif src == 'store':
        name, spec, unit = VAC_MAT[a['mat']] + '吸盘', '%s %s' % (a['model'], a['maker']), '个'
    else:
        name = 'VACUUM CUP ' + {'flat': 'FLAT', 'rib': 'FLAT RIBBED', 'bellows': 'BELLOWS 1.5', 'bellows2': 'BELLOWS 2.5'}[a['form']]
        spec, unit = '%s %s D%s %s' % (a['maker'], a['model'], a['dia'], a['mat']), 'PCS'
    return Item(name, spec, unit, CAT_VAC, a, src)


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


def cyl_word(ctype, style, rng):
    if style == 'cantonese':
        return pick(rng, CTYPE_CANTO[ctype])
    if style == 'hk_english':
        return CTYPE_EN[ctype]
    return pick(rng, CTYPE_Q[ctype])


def gen(ctx, rng, qk, style, force=None):
    r = None
    fam = pick(rng, ['cylinder'] * 5 + ['fitting'] * 3 + ['valve'] * 2 + ['vacuum'])
    if qk in ('model_code', 'partial_code', 'exact_model'):
        fam = pick(rng, ['cylinder', 'cylinder', 'fitting', 'valve', 'frl', 'vacuum'])
    if qk == 'size_notation':
        fam = pick(rng, ['fitting', 'cylinder'])
    if qk == 'voice_correction':
        fam = 'cylinder'
    if force:
        fam = force
    if qk == 'null':
        return gen_null(ctx, rng, style)

    def fn(t):
        a = t.a
        f = a['fam']
        if qk == 'model_code':
            m = a['model']
            v = pick(rng, [m, m.lower(), m.replace('-', ' '), m.replace(' ', '')])
            if f == 'valve' and a['maker'] == 'AIRTAC':
                v = m.split(' ')[0]
                return v + ' ' + pick(rng, VOLT_Q[a['volt']]), {'fam': f, 'model_sub': m.split(' ')[0], 'volt': a['volt']}
            return v, {'fam': f, 'model_eq': m}
        if qk == 'partial_code':
            m = a['model']
            if f == 'cylinder':
                if a['maker'] == 'SMC':
                    core = m.rsplit('-', 1)[0] + '-' + m.rsplit('-', 1)[1].rstrip('DZC')
                    core = core.replace('CDQ2B', 'CDQ2B').rstrip('-')
                    if core == m:
                        return None
                    core = core[:-1] if core.endswith('D') else core
                    return core + ' ' + pick(rng, ['气缸', '']), {'fam': f, 'model_sub': core}
                if a['maker'] == 'FESTO':
                    core = '-'.join(m.split('-')[:3])
                    return core + ' Festo', {'fam': f, 'model_sub': core, 'maker': 'FESTO'}
                core = m.rstrip('S') if m.endswith('S') else None
                if not core:
                    return None
                return core + ' ' + pick(rng, ['气缸', '风缸']) + ' ' + pick(rng, ['带磁', '磁性', '带感应']), {
                    'fam': f, 'model_sub': core, 'magnet': True}
            if f == 'valve' and a['maker'] == 'SMC':
                core = m.split('-')[0]
                return '%s %s %s口' % (core, pick(rng, VOLT_Q[a['volt']]), a['port']), {
                    'fam': f, 'model_sub': core, 'volt': a['volt'], 'port': a['port']}
            if f == 'vacuum' and a['maker'] == 'SCHMALZ':
                core = a['model'].rsplit('-', 1)[0]
                return '吸盘 ' + core, {'fam': f, 'model_sub': core}
            return None
        if f == 'cylinder':
            st = {'fam': f, 'ctype': a['ctype'], 'bore': a['bore'], 'stroke': a['stroke']}
            mk = pick(rng, MAKER_Q[a['maker']])
            st['maker'] = a['maker']
            mag = ''
            if not a['magnet'] or rng.random() < 0.5:
                mag = pick(rng, ['带磁', '带磁性'] + (['D型带磁'] if a['maker'] == 'SMC' else [])) if a['magnet'] else pick(rng, ['不带磁', '无磁'])
                st['magnet'] = a['magnet']
            b, s = a['bore'], a['stroke']
            if qk == 'voice':
                sz = pick(rng, ['缸径%s 行程%s', '%s的缸 %s行程', '%s乘%s']) % (cn_num(b), cn_num(s, colloq=True))
            elif qk == 'voice_correction':
                wrong = pick(rng, [x for x in (25, 50, 75, 100, 125, 150, 200) if str(x) != s])
                if style == 'cantonese':
                    sz = '%s乘%s，唔系唔系，%s乘%s' % (cn_num(b), cn_num(wrong), cn_num(b), cn_num(s, colloq=True))
                else:
                    sz = '缸径%s 行程%s，哦不对，行程是%s' % (cn_num(b), cn_num(wrong), cn_num(s, colloq=True))
            elif qk == 'size_notation':
                sz = pick(rng, ['Φ%s×%s', '%s*%s', '%s-%s', 'D%s S%s', '%s缸径%s行程']) % (b, s)
            elif qk == 'english' or style == 'hk_english':
                sz = pick(rng, ['BORE %s STROKE %s', '%sX%s', 'D%s x %sST']) % (b, s)
                mag = ('MAGNETIC' if a['magnet'] else 'NON-MAGNETIC') if 'magnet' in st else ''
                mk = a['maker']
                return '%s %s %s %s' % (mk, CTYPE_EN[a['ctype']], sz, mag), st
            else:
                sz = pick(rng, ['缸径%s行程%s', '%sx%s', '%s*%s', '%s缸径 %s行程']) % (b, s)
            w = cyl_word(a['ctype'], style, rng)
            if qk == 'nickname':
                w = pick(rng, CTYPE_CANTO[a['ctype']])
                if t.src == 'store' and t.name in CTYPE_CANTO[a['ctype']]:
                    return None
            return '%s %s %s %s' % (mk, w, sz, mag), st
        if f == 'fitting':
            st = {'fam': f, 'ftype': a['ftype'], 'tube': a['tube']}
            if a['thread']:
                st['thread'] = a['thread']
            if a['tube2']:
                st['tube2'] = a['tube2']
            tq = {'voice': lambda: cn_num(a['tube']) + '的管', 'size_notation': lambda: pick(rng, ['Φ%s', '%smm管', '%s管']) % a['tube']}.get(
                qk, lambda: pick(rng, ['%smm', '%s的', 'Φ%s', '%s管']) % a['tube'])()
            th = ''
            if a['thread']:
                th = pick(rng, THREAD_V[a['thread']] if qk == 'voice' else THREAD_Q[a['thread']])
            t2 = ''
            if a['tube2']:
                t2 = '转%s' % (cn_num(a['tube2']) if qk == 'voice' else a['tube2'])
            mk = ''
            if rng.random() < 0.6:
                mk = pick(rng, MAKER_Q.get(a['maker'], ['国产']))
                st['maker'] = a['maker']
            if qk == 'english' or style == 'hk_english':
                mk = {'国产': 'CHINA', 'AIRTAC': 'AIRTAC', 'SMC': 'SMC', 'FESTO': 'FESTO'}[a['maker']] if 'maker' in st else ''
                return '%s PUSH-IN %s %sMM%s %s' % (mk, FTYPE_EN[a['ftype']], a['tube'], ('-%sMM' % a['tube2']) if a['tube2'] else '',
                                                    ('R' + a['thread'] if a['thread'] != 'M5' else 'M5') if a['thread'] else ''), st
            w = pick(rng, ['快插', '气管接头', '快速接头']) if style != 'cantonese' else pick(rng, ['风喉接头', '快插'])
            if qk == 'nickname':
                w = pick(rng, ['风喉快插', '风喉接头', '插管接头'])
            return '%s %s%s %s %s%s' % (mk, tq, t2, th, pick(rng, FTYPE_Q[a['ftype']]), w), st
        if f == 'valve':
            st = {'fam': f, 'maker': a['maker'], 'series': a['series'], 'func': a['func'], 'volt': a['volt']}
            fcn = {'52s': ['二位五通单电控', '两位五通单头', '单电控'], '52d': ['二位五通双电控', '双头', '双电控'],
                   '53c': ['三位五通中封', '中封'], '32': ['二位三通', '两位三通']}[a['func']]
            vq = VOLT_V if qk == 'voice' else VOLT_Q
            ser = a['series'] + '00'
            if a['maker'] == 'SMC':
                ser = a['series'] + '000'
            if qk == 'english' or style == 'hk_english':
                fe = {'52s': '5/2 SINGLE SOL', '52d': '5/2 DOUBLE SOL', '53c': '5/3 CC', '32': '3/2'}[a['func']]
                return '%s %s SERIES SOLENOID VALVE %s %s' % (a['maker'], ser, fe, a['volt']), st
            w = '电磁阀' if style != 'cantonese' else pick(rng, ['风掣', '电磁阀'])
            if qk == 'nickname':
                w = pick(rng, ['风掣', '电磁风掣', '气阀'])
            return '%s %s系列 %s %s %s' % (pick(rng, MAKER_Q[a['maker']]), ser, pick(rng, fcn), w, pick(rng, vq[a['volt']])), st
        if f == 'vacuum':
            st = {'fam': f, 'maker': a['maker'], 'dia': a['dia'], 'form': a['form'], 'mat': a['mat']}
            fw = {'flat': ['平面', '平底'], 'rib': ['带筋平面', '防滑筋'], 'bellows': ['风琴', '波纹', '一层半风琴'],
                  'bellows2': ['两层半风琴', '2.5层波纹']}[a['form']]
            mw = {'NBR': ['丁腈', 'NBR'], 'VMQ': ['硅胶', '硅胶的'], 'PU': ['聚氨酯', 'PU'], 'FKM': ['氟胶'],
                  'HT1': ['食品级', 'HT1']}[a['mat']]
            d = cn_num(a['dia']) if qk == 'voice' else a['dia']
            if qk == 'english' or style == 'hk_english':
                return '%s VACUUM CUP %s D%s %s' % (a['maker'], {'flat': 'FLAT', 'rib': 'FLAT RIBBED', 'bellows': 'BELLOWS 1.5',
                                                                 'bellows2': 'BELLOWS 2.5'}[a['form']], a['dia'],
                                                    {'VMQ': 'SILICONE', 'HT1': 'HT1'}.get(a['mat'], a['mat'])), st
            return '%s %s%s吸盘 直径%s %s' % (a['maker'] if a['maker'] != 'SCHMALZ' else pick(rng, ['Schmalz', '施迈茨']),
                                            pick(rng, fw), pick(rng, ['', '的']), d, pick(rng, mw)), st
        if f == 'frl':
            return None
        return None
    r = _choose(ctx, rng, fam, lambda t: True, fn)
    if r is None:
        return None
    txt = ' '.join(r[0].split())
    if qk == 'typo':
        t2 = apply_typo(txt, rng)
        if not t2:
            return None
        txt = t2
    return wrap(style, txt, rng), r[1], r[2]


def gen_null(ctx, rng, style):
    for _ in range(300):
        t = pick(rng, ctx.fam['cylinder'])
        a = t.a
        how = rng.randrange(3)
        st = {'fam': 'cylinder', 'ctype': a['ctype'], 'bore': a['bore'], 'stroke': a['stroke'], 'maker': a['maker']}
        if how == 0:
            st['stroke'] = pick(rng, ['35', '60', '80', '90', '120', '180', '220', '350'])
        elif how == 1:
            st['bore'] = pick(rng, ['14', '18', '45', '70', '125'])
        else:
            other = [m for m in ('SMC', 'FESTO', 'AIRTAC') if m != a['maker']]
            st['maker'] = pick(rng, other)
        if ctx.match(st):
            continue
        txt = '%s %s 缸径%s 行程%s' % (pick(rng, MAKER_Q[st['maker']]), cyl_word(st['ctype'], style, rng), st['bore'], st['stroke'])
        return wrap(style, txt, rng), st, None
    return None
