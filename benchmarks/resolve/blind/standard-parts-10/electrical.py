"""Electrical: photoelectric / fibre / label sensors, proximity switches, relays, contactors, breakers,
servo motors and drives, encoders, inverters."""
from common import Item, fmt, cn_num, pick, wrap, apply_typo

CAT = {'photo': '电气元件/光电传感器', 'prox': '电气元件/接近开关', 'relay': '电气元件/继电器', 'contactor': '电气元件/接触器',
       'breaker': '电气元件/断路器', 'servo': '电气元件/伺服', 'drive': '电气元件/伺服', 'encoder': '电气元件/编码器',
       'vfd': '电气元件/变频器', 'pilot': '电气元件/按钮指示灯', 'cable': '电气元件/连接线', 'psu': '电气元件/电源'}
MK_Q = {'OMRON': ['欧姆龙', 'Omron', 'OMRON'], 'SICK': ['西克', 'SICK', 'Sick'], 'KEYENCE': ['基恩士', 'Keyence', 'KEYENCE'],
        'BANNER': ['邦纳', 'Banner'], 'IFM': ['易福门', 'IFM', 'ifm'], 'SCHNEIDER': ['施耐德', 'Schneider'],
        'SIEMENS': ['西门子', 'Siemens'], 'PANASONIC': ['松下', 'Panasonic'], 'YASKAWA': ['安川', 'Yaskawa'],
        'DELTA': ['台达', 'Delta'], 'AUTONICS': ['奥托尼克斯', 'Autonics'], 'LEUZE': ['劳易测', 'Leuze'], 'IDEC': ['和泉', 'IDEC']}


def build(rng):
    items = []

    def add(fam, a, name, spec, unit, src='eng'):
        a = dict(a, fam=fam)
        items.append(Item(name, spec, unit, CAT[fam], a, src))

    def src3():
        return rng.choice(['eng', 'store', 'hk'])
    # photoelectric
    photo = []
    for base, mode in (('E3Z-D', 'diffuse'), ('E3Z-R', 'retro'), ('E3Z-T', 'through'), ('E3Z-LS', 'bgs'), ('E3Z-B', 'clear')):
        for out, code in (('NPN', '6'), ('PNP', '8')):
            for conn, c2 in (('cable', '1'), ('M8', '2')):
                photo.append(('OMRON', base + code + c2, mode, out, conn))
    for m, mode, out in (('WTB4-3P2161', 'bgs', 'PNP'), ('WTB4-3N1161', 'bgs', 'NPN'), ('WL4-3P2230', 'retro', 'PNP'),
                         ('WL12-3P2431', 'retro', 'PNP'), ('WTB12-3P2431', 'bgs', 'PNP'), ('GTB6-P1211', 'bgs', 'PNP'),
                         ('GL6-P1111', 'retro', 'PNP'), ('GTE6-P4211', 'diffuse', 'PNP'), ('WL27-3P2431', 'retro', 'PNP'),
                         ('WFS3-40P415', 'label', 'PNP'), ('WFS3-40N415', 'label', 'NPN'), ('WFL50-40P415', 'label', 'PNP'),
                         ('KT5W-2P1116', 'contrast', 'PNP'), ('KTM-WP11182P', 'contrast', 'PNP')):
        photo.append(('SICK', m, mode, out, 'M12' if 'WF' not in m else 'M8'))
    for m, mode, out in (('PZ-G51N', 'diffuse', 'NPN'), ('PZ-G51P', 'diffuse', 'PNP'), ('PZ-G61N', 'retro', 'NPN'),
                         ('PZ-G61P', 'retro', 'PNP'), ('PZ-G41N', 'through', 'NPN'), ('LR-ZB250CP', 'laser', 'PNP'),
                         ('LR-ZB250CN', 'laser', 'NPN'), ('FS-N11N', 'fiber_amp', 'NPN'), ('FS-N11P', 'fiber_amp', 'PNP'),
                         ('FS-N18N', 'fiber_amp', 'NPN'), ('FU-35FA', 'fiber_head', None), ('FU-77', 'fiber_head', None)):
        photo.append(('KEYENCE', m, mode, out, 'cable'))
    for m, mode, out in (('QS18VP6D', 'diffuse', 'PNP'), ('QS18VN6D', 'diffuse', 'NPN'), ('QS18VP6LP', 'retro', 'PNP'),
                         ('QS18VN6LP', 'retro', 'NPN'), ('QS18VP6R', 'through', 'PNP')):
        photo.append(('BANNER', m, mode, out, 'cable'))
    for m, mode, out in (('E3X-HD11', 'fiber_amp', 'NPN'), ('E3X-HD41', 'fiber_amp', 'PNP'), ('E32-DC200', 'fiber_head', None),
                         ('E32-TC200', 'fiber_head', None)):
        photo.append(('OMRON', m, mode, out, 'cable'))
    MODE_CN = {'diffuse': '漫反射', 'retro': '镜面反射', 'through': '对射', 'bgs': '背景抑制', 'clear': '透明体检测',
               'laser': '激光', 'fiber_amp': '光纤放大器', 'fiber_head': '光纤头', 'label': '标签检测(槽型)',
               'contrast': '色标'}
    for mk, m, mode, out, conn in photo:
        lens = ['2M']
        if mk == 'OMRON' and conn == 'cable' and not m.startswith('E32'):
            lens = ['2M', '5M'] if rng.random() < 0.5 else ['2M']
        for ln in lens:
            model = m + (' ' + ln if ln != '2M' else '')
            a = dict(maker=mk, model=model, mode=mode, out=out, cable=ln)
            src = src3()
            if src == 'eng':
                name = '光电传感器 ' + MODE_CN[mode] if not mode.startswith('fiber') else MODE_CN[mode]
                spec = '%s %s %s%s' % (MK_Q[mk][0], model, out or '', ' 线长5M' if ln == '5M' else '')
            elif src == 'store':
                name = ('电眼' if not mode.startswith('fiber') else MODE_CN[mode]) + ('(%s)' % MODE_CN[mode] if not mode.startswith('fiber') else '')
                spec = '%s %s' % (model, MK_Q[mk][1])
            else:
                name = {'fiber_amp': 'FIBER AMPLIFIER', 'fiber_head': 'FIBER OPTIC UNIT', 'label': 'FORK LABEL SENSOR'}.get(mode, 'PHOTOELECTRIC SENSOR')
                spec = '%s %s %s' % (mk, model, out or '')
            add('photo', a, name, spec.strip(), '个', src)
    # proximity
    for size, code in (('M8', '1R5'), ('M12', '2'), ('M18', '5'), ('M30', '10')):
        for out, oc in (('NPN', 'E1'), ('PNP', 'F1')):
            for shield in ('flush', 'nonflush'):
                sd = code if shield == 'flush' else {'1R5': '2', '2': '5', '5': '8', '10': '15'}[code]
                for conn in ('cable', 'M12'):
                    if rng.random() < 0.6:
                        model = 'E2E-X%s%s%s%s' % (sd, 'M' if shield == 'nonflush' else 'M', out == 'NPN' and 'E1' or 'F1', '-M1' if conn == 'M12' else '')
                        model = 'E2E-X%s%s%s%s' % (sd, 'M' if shield == 'flush' else 'MN', oc, '-M1' if conn == 'M12' else '')
                        a = dict(maker='OMRON', model=model, size=size, out=out, shield=shield, conn=conn,
                                 dist=sd.replace('R', '.'))
                        src = src3()
                        if src == 'hk':
                            name, spec = 'INDUCTIVE PROXIMITY SENSOR', 'OMRON %s %s %s' % (model, size, out)
                        elif src == 'store':
                            name, spec = pick(rng, ['接近开关', '感应开关', '感应器']), '%s 欧姆龙' % model
                        else:
                            name, spec = '电感式接近开关', '欧姆龙 %s %s %s %s 检测距离%smm%s' % (model, size, out, '埋入' if shield == 'flush' else '非埋入', sd.replace('R', '.'), ' 插头' if conn == 'M12' else '')
                        add('prox', a, name, spec, '个', src)
    for model, size, out in (('IFS204', 'M12', 'PNP'), ('IFS240', 'M12', 'PNP'), ('IGS204', 'M18', 'PNP'), ('IGS232', 'M18', 'PNP'),
                             ('IES204', 'M8', 'PNP'), ('IIS204', 'M30', 'PNP'), ('IF5250', 'M12', 'PNP'), ('IG5594', 'M18', 'PNP')):
        a = dict(maker='IFM', model=model, size=size, out=out, shield='flush', conn='M12', dist='')
        add('prox', a, '接近开关', 'IFM %s %s %s M12插头' % (model, size, out), '个', 'eng')
    # relays
    for model_base, poles, mk in (('MY2N-GS', 2, 'OMRON'), ('MY4N-GS', 4, 'OMRON'), ('LY2N-J', 2, 'OMRON'),
                                  ('G2R-1-SN', 1, 'OMRON'), ('G2R-2-SN', 2, 'OMRON'), ('RU2S', 2, 'IDEC'), ('RU4S', 4, 'IDEC')):
        for volt in ('DC24', 'AC220', 'AC110', 'DC12'):
            if rng.random() < (0.8 if volt in ('DC24', 'AC220') else 0.3):
                model = '%s %s' % (model_base, volt) if mk == 'OMRON' else '%s-%s' % (model_base, {'DC24': 'D24', 'AC220': 'A220', 'AC110': 'A110', 'DC12': 'D12'}[volt])
                a = dict(maker=mk, series=model_base, poles=str(poles), volt=volt, model=model)
                add('relay', a, '中间继电器' if rng.random() < 0.7 else '小型继电器', '%s %s %d开%d闭' % (MK_Q[mk][0], model, poles, poles), '个', 'eng')
    for base, poles in (('RXM2AB2', 2), ('RXM4AB2', 4)):
        for volt, vc in (('DC24', 'BD'), ('AC220', 'P7'), ('AC110', 'F7')):
            model = base + vc
            a = dict(maker='SCHNEIDER', series=base, poles=str(poles), volt=volt, model=model)
            add('relay', a, '中间继电器', '施耐德 %s %s' % (model, {'DC24': 'DC24V', 'AC220': 'AC230V', 'AC110': 'AC120V'}[volt]), '个', src3())
    # contactors
    for amp in (9, 12, 18, 25, 32, 38, 40, 50, 65):
        for volt, vc in (('AC220', 'M7C'), ('AC380', 'Q7C'), ('AC110', 'F7C'), ('DC24', 'BDC')):
            if rng.random() < (0.75 if volt in ('AC220', 'DC24') else 0.35):
                model = 'LC1D%02d%s' % (amp, vc) if amp < 40 else 'LC1D%dA%s' % (amp, vc)
                a = dict(maker='SCHNEIDER', amp=str(amp), volt=volt, model=model)
                src = src3()
                if src == 'hk':
                    add('contactor', a, 'CONTACTOR', 'SCHNEIDER %s %dA COIL %s' % (model, amp, volt), 'PCS', src)
                else:
                    add('contactor', a, '交流接触器', '施耐德 %s %dA 线圈%s' % (model, amp, volt + 'V'), '个', src)
    for model, amp, volt in (('3RT2015-1AP01', 7, 'AC220'), ('3RT2016-1AP01', 9, 'AC220'), ('3RT2017-1AP01', 12, 'AC220'),
                             ('3RT2015-1BB41', 7, 'DC24'), ('3RT2016-1BB41', 9, 'DC24'), ('3RT2018-1BB41', 16, 'DC24'),
                             ('3RT2024-1AP00', 12, 'AC220'), ('3RT2026-1AP00', 25, 'AC220')):
        a = dict(maker='SIEMENS', amp=str(amp), volt=volt, model=model)
        add('contactor', a, '接触器', '西门子 %s %dA %sV' % (model, amp, volt), '个', 'eng')
    # breakers
    for poles in (1, 2, 3):
        for amp in (1, 2, 3, 4, 6, 10, 16, 20, 25, 32, 40, 50, 63):
            if rng.random() < 0.7:
                model = 'A9F18%d%02d' % (poles, amp)
                a = dict(maker='SCHNEIDER', poles=str(poles), amp=str(amp), curve='C', model=model)
                add('breaker', a, '微型断路器 iC65N', '施耐德 %s %dP C%d' % (model, poles, amp), '个', src3())
    for model, rng_a in (('GV2ME05', '0.63-1'), ('GV2ME06', '1-1.6'), ('GV2ME07', '1.6-2.5'), ('GV2ME08', '2.5-4'),
                         ('GV2ME10', '4-6.3'), ('GV2ME14', '6-10'), ('GV2ME16', '9-14'), ('GV2ME20', '13-18')):
        a = dict(maker='SCHNEIDER', model=model, range=rng_a, kind='motor_cb')
        add('breaker', a, '电动机断路器', '施耐德 %s %sA' % (model, rng_a), '个', 'eng')
    # servo motors and drives
    for model, w, mk in (('MHMF012L1U2M', 100, 'PANASONIC'), ('MHMF022L1U2M', 200, 'PANASONIC'), ('MHMF042L1U2M', 400, 'PANASONIC'),
                         ('MHMF082L1U2M', 750, 'PANASONIC'), ('MSMF022L1U2M', 200, 'PANASONIC'), ('MSMF042L1U2M', 400, 'PANASONIC'),
                         ('SGM7J-01AFC6S', 100, 'YASKAWA'), ('SGM7J-02AFC6S', 200, 'YASKAWA'), ('SGM7J-04AFC6S', 400, 'YASKAWA'),
                         ('SGM7J-08AFC6S', 750, 'YASKAWA'), ('SGM7J-04AFC6E', 400, 'YASKAWA'),
                         ('ECMA-C20602RS', 200, 'DELTA'), ('ECMA-C20604RS', 400, 'DELTA'), ('ECMA-C20807RS', 750, 'DELTA'),
                         ('ECMA-C21010RS', 1000, 'DELTA'), ('ECMA-C20604SS', 400, 'DELTA')):
        brake = model.endswith('6E') or model.endswith('SS')
        a = dict(maker=mk, model=model, watt=str(w), brake=brake)
        add('servo', a, '伺服电机', '%s %s %dW%s' % (MK_Q[mk][0], model, w, ' 带刹车' if brake else ''), '台', 'eng')
    for model, w, mk in (('MADLN05SE', 100, 'PANASONIC'), ('MADLN15SE', 200, 'PANASONIC'), ('MBDLN25SE', 400, 'PANASONIC'),
                         ('MCDLN35SE', 750, 'PANASONIC'), ('SGD7S-R90A00A', 100, 'YASKAWA'), ('SGD7S-1R6A00A', 200, 'YASKAWA'),
                         ('SGD7S-2R8A00A', 400, 'YASKAWA'), ('SGD7S-5R5A00A', 750, 'YASKAWA'), ('ASD-B2-0221-B', 200, 'DELTA'),
                         ('ASD-B2-0421-B', 400, 'DELTA'), ('ASD-B2-0721-B', 750, 'DELTA'), ('ASD-B2-1021-B', 1000, 'DELTA')):
        a = dict(maker=mk, model=model, watt=str(w))
        add('drive', a, '伺服驱动器', '%s %s %dW' % (MK_Q[mk][0], model, w), '台', 'eng')
    # encoders
    for ppr in (100, 200, 360, 500, 600, 1000, 1024, 2000, 2500):
        for out, code in (('NPN', 'CWZ6C'), ('PNP', 'CWZ5B'), ('LINE', 'CWZ1X')):
            if rng.random() < (0.7 if out == 'NPN' else 0.35):
                model = 'E6B2-%s %dP/R' % (code, ppr)
                a = dict(maker='OMRON', model=model, ppr=str(ppr), out=out)
                add('encoder', a, '旋转编码器', '欧姆龙 %s 2M' % model, '个', src3())
        if rng.random() < 0.5:
            model = 'E50S8-%d-3-T-24' % ppr
            a = dict(maker='AUTONICS', model=model, ppr=str(ppr), out='TOTEM')
            add('encoder', a, '旋转编码器', 'Autonics %s' % model, '个', 'eng')
    # pilot devices
    for series, pfx, suf in (('XB2', 'XB2B', 'C'), ('XB4', 'XB4B', ''), ('XB5', 'XB5A', '')):
        for fn_, code, cn in (('pb_green', 'A31', '绿色平头按钮 1常开'), ('pb_red', 'A42', '红色平头按钮 1常闭'),
                              ('pb_black', 'A21', '黑色平头按钮 1常开'), ('pb_blue', 'A61', '蓝色平头按钮 1常开'),
                              ('pb_yellow', 'A81', '黄色平头按钮 1常开'), ('estop', 'S542', '急停按钮 蘑菇头 1常闭'),
                              ('sel2', 'D21', '二位旋钮 1常开'), ('sel3', 'D33', '三位旋钮 2常开'),
                              ('lamp_g24', 'VB3LC', '绿色指示灯 24V'), ('lamp_r24', 'VB4LC', '红色指示灯 24V'),
                              ('lamp_g220', 'VM3LC', '绿色指示灯 220V'), ('lamp_r220', 'VM4LC', '红色指示灯 220V')):
            if rng.random() < 0.85:
                model = pfx + code + (suf if not code.endswith('LC') else '')
                if series != 'XB2' and code.endswith('LC'):
                    model = pfx + code[:-1]
                a = dict(maker='SCHNEIDER', model=model, series=series, func=fn_)
                add('pilot', a, '按钮指示灯 ' + series, '施耐德 %s %s' % (model, cn), '个', 'eng')
    for pins in (4, 5):
        for head in ('straight', 'angled'):
            for ln in (2, 5, 10):
                for jacket in ('PVC', 'PUR'):
                    if rng.random() < 0.6:
                        model = 'M12-%dP-%s-%dM-%s' % (pins, 'S' if head == 'straight' else 'A', ln, jacket)
                        a = dict(maker='国产', model=model, pins=str(pins), head=head, length=str(ln), jacket=jacket)
                        add('cable', a, '传感器连接线 M12', '%d芯 %s %dm %s' % (pins, '直头' if head == 'straight' else '弯头', ln, jacket), '条', 'eng')
    for model, w, v in (('NDR-75-24', 75, 24), ('NDR-120-24', 120, 24), ('NDR-240-24', 240, 24), ('NDR-480-24', 480, 24),
                        ('LRS-100-24', 100, 24), ('LRS-150-24', 150, 24), ('LRS-350-24', 350, 24), ('LRS-150-12', 150, 12),
                        ('EDR-120-24', 120, 24), ('HDR-60-24', 60, 24), ('HDR-100-24', 100, 24), ('SDR-240-24', 240, 24)):
        a = dict(maker='MEANWELL', model=model, watt=str(w), volt=str(v))
        add('psu', a, '开关电源', '明纬 %s %dW %dV' % (model, w, v), '个', 'eng')
    # terminals and fuses
    for model, art, desc in (('UT 2.5', '3044076', '直通端子 2.5mm²'), ('UT 4', '3044102', '直通端子 4mm²'),
                             ('UT 6', '3044131', '直通端子 6mm²'), ('UT 10', '3044160', '直通端子 10mm²'),
                             ('UT 2.5-PE', '3044077', '接地端子 2.5mm²'), ('UT 4-PE', '3044128', '接地端子 4mm²'),
                             ('ST 2.5', '3031212', '弹簧端子 2.5mm²'), ('ST 4', '3031364', '弹簧端子 4mm²'),
                             ('D-UT 2.5/10', '3047028', '端板'), ('FBS 2-5', '3030161', '插拔式桥接件 2位'),
                             ('FBS 3-5', '3030174', '插拔式桥接件 3位'), ('E/UK', '1201442', '终端固定件')):
        a = dict(maker='PHOENIX', model=model, art=art)
        add('psu', a, '接线端子', '菲尼克斯 %s 订货号%s %s' % (model, art, desc), '个', 'eng')
    for size in ('5x20', '6x30', '10x38'):
        for amp in (0.5, 1, 2, 3, 4, 5, 6, 8, 10, 16, 20, 25, 32):
            if size == '5x20' and amp > 10 or size == '6x30' and amp > 20 or size == '10x38' and amp < 2:
                continue
            if rng.random() < 0.7:
                a = dict(maker='国产', model='FUSE-%s-%sA' % (size, fmt(amp)), size=size, amp=fmt(amp))
                add('psu', a, '保险丝', '%s %sA %s' % (size, fmt(amp), '陶瓷' if size != '5x20' else '玻璃'), '个', 'eng')
    # inverters
    for code, kw, v in (('U04M2C', 0.37, 220), ('U07M2C', 0.75, 220), ('U15M2C', 1.5, 220), ('U22M2C', 2.2, 220),
                        ('U04N4C', 0.37, 380), ('U07N4C', 0.75, 380), ('U15N4C', 1.5, 380), ('U22N4C', 2.2, 380),
                        ('U30N4C', 3, 380), ('U40N4C', 4, 380), ('U55N4C', 5.5, 380), ('U75N4C', 7.5, 380)):
        model = 'ATV320' + code
        a = dict(maker='SCHNEIDER', model=model, kw=fmt(kw), volt=str(v))
        add('vfd', a, '变频器', '施耐德 %s %skW %dV' % (model, fmt(kw), v), '台', 'eng')
    return items


# =============================================================== queries
def _choose(ctx, rng, fams, fn, tries=800):
    fams = [f for f in fams if ctx.fam.get(f)]
    for _ in range(tries):
        t = pick(rng, ctx.fam[pick(rng, fams)])
        if t.number in ctx.used:
            continue
        r = fn(t)
        if r is None:
            continue
        if ctx.unique(r[1], t):
            return r[0], r[1], t
    return None


VOLT_Q = {'DC24': ['DC24V', '24VDC', '直流24V'], 'AC220': ['AC220V', '220V', '交流220'], 'AC110': ['AC110V', '110V'],
          'DC12': ['DC12V', '12V'], 'AC380': ['AC380V', '380V']}
VOLT_V = {'DC24': ['直流二十四伏'], 'AC220': ['交流二百二'], 'AC110': ['一百一十伏'], 'DC12': ['直流十二伏'], 'AC380': ['三百八']}


def gen(ctx, rng, qk, style):
    if qk == 'null':
        return gen_null(ctx, rng, style)
    en = style == 'hk_english' or qk == 'english'

    def fn(t):
        a = t.a
        f = a['fam']
        m = a['model']
        if qk == 'model_code':
            v = pick(rng, [m, m.lower(), m.replace('-', ''), m.replace(' ', '')])
            return v + pick(rng, ['', ' ' + pick(rng, MK_Q[a['maker']])]), {'fam': f, 'model_eq': m}
        if qk == 'partial_code':
            if f == 'relay':
                core = a['series']
                return '%s 继电器 %s' % (core, pick(rng, VOLT_Q[a['volt']])), {'fam': f, 'model_sub': core, 'volt': a['volt']}
            if f == 'contactor' and a['maker'] == 'SCHNEIDER':
                core = m[:6] if a['amp'] != '40' and int(a['amp']) < 40 else m[:7]
                return '%s 接触器 线圈%s' % (core, pick(rng, VOLT_Q[a['volt']])), {'fam': f, 'model_sub': core, 'volt': a['volt']}
            if f == 'encoder' and a['maker'] == 'OMRON':
                core = m.split(' ')[0]
                return '编码器 %s %s线' % (core, a['ppr']), {'fam': f, 'model_sub': core, 'ppr': a['ppr']}
            if f in ('servo', 'drive'):
                core = m[:-1] if len(m) > 8 else None
                if not core:
                    return None
                return '%s %s' % (core, '伺服' if f == 'servo' else '驱动器'), {'fam': f, 'model_sub': core}
            if f == 'photo' and '-' in m:
                core = m.split(' ')[0]
                if core == m:
                    core = m[:-1]
                return '%s %s' % (core, pick(rng, ['电眼', '光电'])), {'fam': f, 'model_sub': core}
            return None
        if f == 'relay':
            st = {'fam': f, 'series': a['series'], 'volt': a['volt']}
            vq = VOLT_V if qk == 'voice' else VOLT_Q
            if en:
                return '%s RELAY %s %s' % (a['maker'], a['series'], a['volt'] + 'V'), st
            w = pick(rng, ['中间继电器', '继电器', '小继电器'])
            return '%s %s %s %s' % (pick(rng, MK_Q[a['maker']]), a['series'], w, pick(rng, vq[a['volt']])), st
        if f == 'contactor':
            st = {'fam': f, 'maker': a['maker'], 'amp': a['amp'], 'volt': a['volt']}
            vq = VOLT_V if qk == 'voice' else VOLT_Q
            amp = cn_num(a['amp']) + '安' if qk == 'voice' else a['amp'] + 'A'
            if en:
                return '%s CONTACTOR %s COIL %s' % (a['maker'], amp, a['volt'] + 'V'), st
            return '%s %s接触器 线圈%s' % (pick(rng, MK_Q[a['maker']]), amp, pick(rng, vq[a['volt']])), st
        if f == 'breaker' and 'poles' in a:
            st = {'fam': f, 'poles': a['poles'], 'amp': a['amp']}
            if qk == 'voice':
                return '%sP %s安 空开' % (cn_num(a['poles']), cn_num(a['amp'])), st
            if en:
                return 'MCB %dP C%s' % (int(a['poles']), a['amp']), st
            return '%s %sP C%s %s' % (pick(rng, ['施耐德', '']), a['poles'], a['amp'], pick(rng, ['空开', '断路器', '空气开关'])), st
        if f == 'encoder':
            st = {'fam': f, 'maker': a['maker'], 'ppr': a['ppr'], 'out': a['out']}
            oq = {'NPN': 'NPN集电极开路', 'PNP': 'PNP', 'LINE': '线驱动', 'TOTEM': '推挽'}[a['out']]
            p = cn_num(a['ppr']) if qk == 'voice' else a['ppr']
            if en:
                return '%s ENCODER %s PPR %s' % (a['maker'], a['ppr'], a['out']), st
            return '%s 编码器 %s线 %s' % (pick(rng, MK_Q[a['maker']]), p, oq), st
        if f == 'vfd':
            st = {'fam': f, 'kw': a['kw'], 'volt': a['volt']}
            kw = cn_num(a['kw']) + '千瓦' if qk == 'voice' else a['kw'] + 'kW'
            v = cn_num(a['volt'], colloq=True) if qk == 'voice' else a['volt'] + 'V'
            if en:
                return 'SCHNEIDER ATV320 INVERTER %sKW %sV' % (a['kw'], a['volt']), st
            return '%s %s %s变频器' % (pick(rng, ['施耐德', 'ATV320']), kw, v), st
        if f in ('servo', 'drive'):
            st = {'fam': f, 'maker': a['maker'], 'watt': a['watt']}
            if f == 'servo':
                st['brake'] = a['brake']
            w = cn_num(a['watt']) + '瓦' if qk == 'voice' else a['watt'] + 'W'
            br = ('带刹车' if a['brake'] else '不带刹车') if f == 'servo' else ''
            if en:
                return '%s SERVO %s %s %s' % (a['maker'], 'MOTOR' if f == 'servo' else 'DRIVE', a['watt'] + 'W', ('WITH BRAKE' if a['brake'] else 'NO BRAKE') if f == 'servo' else ''), st
            return '%s %s %s %s' % (pick(rng, MK_Q[a['maker']]), w, '伺服电机' if f == 'servo' else '伺服驱动器', br), st
        if f == 'prox' and a['maker'] == 'OMRON':
            st = {'fam': f, 'maker': 'OMRON', 'size': a['size'], 'out': a['out'], 'shield': a['shield'], 'conn': a['conn']}
            sh = pick(rng, ['埋入式', '齐平']) if a['shield'] == 'flush' else pick(rng, ['非埋入', '凸出'])
            cn = '带插头' if a['conn'] == 'M12' else '出线'
            if en:
                return 'OMRON PROXIMITY %s %s %s %s' % (a['size'], a['out'], 'FLUSH' if a['shield'] == 'flush' else 'NON-FLUSH', 'M12 CONNECTOR' if a['conn'] == 'M12' else 'CABLE'), st
            w = pick(rng, ['接近开关', '感应开关']) if qk != 'nickname' else pick(rng, ['感应器', '金属感应头'])
            size = ('M' + cn_num(a['size'][1:])) if qk == 'voice' else a['size']
            return '欧姆龙 %s %s %s %s %s' % (size, a['out'], sh, cn, w), st
        if f == 'photo' and qk == 'nickname':
            if a['mode'] in ('fiber_amp', 'fiber_head', 'label'):
                return None
            st = {'fam': f, 'maker': a['maker'], 'mode': a['mode'], 'out': a['out']}
            if a['cable'] == '5M':
                st['cable'] = '5M'
            mq = {'diffuse': '漫反射', 'retro': '反光板型', 'through': '对射', 'bgs': '背景抑制', 'clear': '透明瓶',
                  'laser': '激光', 'contrast': '色标'}[a['mode']]
            return '%s %s电眼 %s%s' % (pick(rng, MK_Q[a['maker']]), mq, a['out'], ' 5米线' if a['cable'] == '5M' else ''), st
        return None
    fams = {'model_code': ['photo', 'prox', 'relay', 'contactor', 'servo', 'drive', 'encoder', 'vfd', 'breaker'],
            'partial_code': ['relay', 'contactor', 'encoder', 'servo', 'drive', 'photo'],
            'nickname': ['photo', 'photo', 'prox']}.get(qk, ['relay', 'contactor', 'breaker', 'encoder', 'vfd', 'servo', 'drive', 'prox'])
    r = _choose(ctx, rng, fams, fn)
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
    for _ in range(200):
        how = rng.randrange(3)
        if how == 0:
            st = {'fam': 'servo', 'maker': pick(rng, ['PANASONIC', 'YASKAWA', 'DELTA']), 'watt': pick(rng, ['1500', '50', '2000'])}
            txt = '%s %sW 伺服电机' % (MK_Q[st['maker']][0], st['watt'])
        elif how == 1:
            st = {'fam': 'contactor', 'maker': 'SCHNEIDER', 'amp': pick(rng, ['80', '95', '115']), 'volt': 'AC220'}
            txt = '施耐德 %sA 接触器 线圈220V' % st['amp']
        else:
            st = {'fam': 'encoder', 'maker': 'OMRON', 'ppr': pick(rng, ['3600', '5000', '4096']), 'out': 'NPN'}
            txt = '欧姆龙编码器 %s线 NPN' % st['ppr']
        if ctx.match(st):
            continue
        return wrap(style, txt, rng), st, None
    return None
