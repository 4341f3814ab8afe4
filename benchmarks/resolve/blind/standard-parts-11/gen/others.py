"""Pneumatics (1.08), lubrication (1.06), CNC spares (1.09) and the plant's own drawing-numbered parts (2.xx)."""
from .common import fmt, cn_int, cn_num, cn_digits
from .simple import ch, model_facets

THREAD_SMC = {'M5': 'M5', '01': 'R1/8', '02': 'R1/4', '03': 'R3/8', '04': 'R1/2'}
MACHINES = ['CK6140', 'CK6150', 'CK6163', 'VMC650', 'VMC850', 'VMC1060', 'VMC1270', 'GMC2016', 'GMC3025']
ASSY = {1: ('床身', '床身部件'), 2: ('主轴', '主轴部件'), 3: ('X轴', 'X向进给'), 4: ('Y轴', 'Y向进给'), 5: ('Z轴', 'Z向进给'),
        6: ('刀库', '刀库部件'), 7: ('防护', '防护罩'), 8: ('润滑', '润滑系统'), 9: ('冷却', '冷却系统'), 10: ('液压', '液压系统'),
        11: ('电气', '电气柜'), 12: ('尾座', '尾座部件')}
PARTS = ['端盖', '隔套', '压板', '调整垫', '轴套', '法兰', '丝杠座', '电机座', '防护罩', '拖链支架', '油管夹', '螺母座', '挡块',
         '支架', '盖板', '刮屑板', '锁紧块', '定位块', '连接板', '过渡板', '护板', '导向套', '密封盖', '轴承座', '安装板']


def build(cat, rng):
    def add(grp, catg, name, spec, unit, a, clerk, aliases=()):
        r = cat.add(rng, grp, name, spec, unit, catg, a, aliases=aliases)
        r['clerk'] = clerk
        return r
    # ---------------- pneumatics
    for form, pre in (('straight', 'KQ2H'), ('elbow', 'KQ2L')):
        for tube in (4, 6, 8, 10, 12):
            for th in ('M5', '01', '02', '03', '04'):
                if (th == 'M5' and tube > 6) or (th == '04' and tube < 8) or rng.random() < 0.1:
                    continue
                model = '%s%02d-%s%s' % (pre, tube, th, 'S' if th != 'M5' else '')
                add('1.08.01', '气动元件/快插接头', '快插接头' if form == 'straight' else '快插弯头', 'SMC ' + model, '个',
                    dict(fam='pne', type='fit', brand='SMC', form=form, tube=str(tube), thread=THREAD_SMC[th], model=model), 'imp')
    for form, pre in (('straight', 'PC'), ('elbow', 'PL')):
        for tube in (4, 6, 8, 10, 12):
            for th in ('M5', '01', '02', '03', '04'):
                if (th == 'M5' and tube > 6) or (th == '04' and tube < 8) or rng.random() < 0.15:
                    continue
                model = '%s%d-%s' % (pre, tube, th)
                add('1.08.01', '气动元件/快插接头', '快插接頭' if form == 'straight' else '快插彎頭', '亞德客 ' + model, '个',
                    dict(fam='pne', type='fit', brand='AirTAC', form=form, tube=str(tube), thread=THREAD_SMC[th], model=model), 'tw')
    for od, idd in ((4, 2.5), (6, 4), (8, 5), (10, 6.5), (12, 8)):
        for col in ('蓝', '黑', '透明'):
            if rng.random() < 0.3:
                continue
            model = 'TU%02d%02d%s' % (od, int(idd) if idd == int(idd) else 25 if False else int(idd * 10) if idd != int(idd) else int(idd),
                                    {'蓝': 'BU', '黑': 'B', '透明': 'C'}[col])
            add('1.08.02', '气动元件/气管', 'PU气管', 'SMC %s φ%d×%s %s色' % (model, od, fmt(idd), col), '米',
                dict(fam='pne', type='tube', od=str(od), color=col, model=model), 'eng')
    for bore in (12, 16, 20, 25, 32, 40, 50, 63, 80, 100):
        for stroke in (5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 75, 100):
            if rng.random() < 0.4:
                continue
            model = 'CDQ2B%d-%dDZ' % (bore, stroke)
            add('1.08.03', '气动元件/气缸', '薄型气缸', 'SMC ' + model, '个',
                dict(fam='pne', type='cyl', brand='SMC', ser='CQ2', bore=str(bore), stroke=str(stroke), model=model), 'imp')
    for bore in (32, 40, 50, 63, 80, 100, 125):
        for stroke in (25, 50, 75, 100, 125, 150, 175, 200, 250, 300, 400, 500):
            if rng.random() < 0.4:
                continue
            model = 'SC%dX%d' % (bore, stroke)
            add('1.08.03', '气动元件/气缸', '標準氣缸', '亞德客 SC%dx%d' % (bore, stroke), '个',
                dict(fam='pne', type='cyl', brand='AirTAC', ser='SC', bore=str(bore), stroke=str(stroke), model=model), 'tw')
            if rng.random() < 0.4:
                model = 'DSBC-%d-%d-PPVA-N3' % (bore, stroke)
                add('1.08.03', '气动元件/气缸', 'Normzylinder', 'Festo ' + model, '个',
                    dict(fam='pne', type='cyl', brand='Festo', ser='DSBC', bore=str(bore), stroke=str(stroke), model=model), 'imp')
    for m, v in (('SY3120-5LZD-M5', 'DC24'), ('SY5120-5LZD-01', 'DC24'), ('SY5220-5LZD-01', 'DC24'), ('SY7120-5LZD-02', 'DC24'),
                 ('SY5120-1LZD-01', 'AC100'), ('4V210-08 DC24V', 'DC24'), ('4V210-08 AC220V', 'AC220'), ('4V220-08 DC24V', 'DC24'),
                 ('4V310-10 DC24V', 'DC24'), ('4V320-10 AC220V', 'AC220')):
        add('1.08.04', '气动元件/电磁阀', '电磁阀', ('SMC ' if m.startswith('SY') else '亞德客 ') + m, '个',
            dict(fam='pne', type='valve', volt=v, model=m), 'imp' if m.startswith('SY') else 'tw')
    # ---------------- lubrication
    for kind, tanks in (('oil', (1.5, 2, 3, 4, 6)), ('grease', (2, 4, 8))):
        for tank in tanks:
            for volt in ('AC220', 'DC24'):
                if rng.random() < 0.3:
                    continue
                model = 'BT%s-A%sP%s-%s' % ('A' if kind == 'oil' else 'D', fmt(tank).replace('.', ''), '4' if kind == 'oil' else '8',
                                            '220' if volt == 'AC220' else '24')
                add('1.06.01', '润滑/润滑泵', '电动稀油润滑泵' if kind == 'oil' else '电动油脂润滑泵',
                    '宝腾 %s %sL %s' % (model, fmt(tank), volt.replace('AC', 'AC').replace('DC', 'DC') + 'V'), '台',
                    dict(fam='lub', type='pump', kind=kind, tank=fmt(tank), volt=volt, model=model), 'eng')
    for outlets in (2, 3, 4, 5, 6, 8, 10):
        for th in ('M8x1', 'M10x1'):
            if rng.random() < 0.3:
                continue
            add('1.06.02', '润滑/分配器', '油排', '%d路 %s' % (outlets, th.replace('x', '*')), '个',
                dict(fam='lub', type='dist', outlets=str(outlets), thread=th), 'ne')
    for vol in ('0.03', '0.06', '0.1', '0.2', '0.3', '0.5'):
        for th in ('M8x1', 'M10x1'):
            if rng.random() < 0.3:
                continue
            add('1.06.02', '润滑/计量件', '定量计量件', 'JB-%s %sml/次 %s' % (vol.replace('0.', ''), vol, th.replace('x', '×')), '个',
                dict(fam='lub', type='meter', vol=vol, thread=th), 'eng')
    for mat, ods in (('nylon', (4, 6, 8)), ('copper', (4, 6, 8)), ('al', (4, 6))):
        for od in ods:
            nm = {'nylon': '尼龙管', 'copper': '紫铜管', 'al': '铝管'}[mat]
            idd = {4: 2.5, 6: 4, 8: 6}[od]
            add('1.06.03', '润滑/油管', nm, 'φ%d×%s' % (od, fmt(idd)), '米', dict(fam='lub', type='tube', mat=mat, od=str(od)), 'eng')
    for form in ('straight', 'elbow', 'tee'):
        for th in ('M8x1', 'M10x1', 'M6', 'R1/8'):
            for od in (4, 6):
                if rng.random() < 0.4:
                    continue
                nm = {'straight': '直通接头', 'elbow': '直角接头', 'tee': '三通接头'}[form]
                add('1.06.04', '润滑/接头', nm, '%s-φ%d' % (th.replace('x', '*'), od), '个',
                    dict(fam='lub', type='fit', form=form, thread=th, od=str(od)), 'ne')
    for od in (4, 6, 8):
        for part in ('压套', '锥套', '螺母'):
            add('1.06.04', '润滑/接头', part, 'φ%d' % od, '个', dict(fam='lub', type='part', part=part, od=str(od)), 'ne')
    for th in ('M6', 'M8x1', 'M10x1', 'R1/8'):
        for ang in ('0', '45', '90'):
            add('1.06.05', '润滑/油嘴', '黄油嘴', '%s %s' % (th.replace('x', '*'), {'0': '直通', '45': '45°', '90': '90°'}[ang]), '个',
                dict(fam='lub', type='nipple', thread=th, ang=ang), 'ne')
    # ---------------- CNC spares
    spares = [
        ('A98L-0031-0026', '系统电池', 'FANUC 3V锂电池 A98L-0031-0026', '个', 'Fanuc'),
        ('A06B-6114-K504', '电池盒', 'FANUC 伺服电池盒', '个', 'Fanuc'),
        ('A98L-0031-0025', '伺服电池', 'FANUC 6V伺服绝对值电池', '个', 'Fanuc'),
        ('A06B-6079-K809', '伺服电池盒', 'FANUC A06B-6079-K809', '个', 'Fanuc'),
        ('A60L-0001-0290#LM32C', '保险丝', 'FANUC 3.2A', '个', 'Fanuc'),
        ('A60L-0001-0290#LM50C', '保险丝', 'FANUC 5A', '个', 'Fanuc'),
        ('A60L-0001-0046#5.0', '保险丝', 'FANUC 5.0A', '个', 'Fanuc'),
        ('A860-2000-T301', '脉冲编码器', 'FANUC αiA1000', '个', 'Fanuc'),
        ('A860-2020-T301', '脉冲编码器', 'FANUC βiA128', '个', 'Fanuc'),
        ('A06B-0227-B100', '伺服电机', 'FANUC αiF 8/3000', '台', 'Fanuc'),
        ('A06B-0235-B100', '伺服电机', 'FANUC αiF 12/3000', '台', 'Fanuc'),
        ('A06B-0243-B100', '伺服电机', 'FANUC αiF 22/3000', '台', 'Fanuc'),
        ('A06B-6240-H105', '伺服放大器', 'FANUC αiSV 40', '台', 'Fanuc'),
        ('A06B-6240-H106', '伺服放大器', 'FANUC αiSV 80', '台', 'Fanuc'),
        ('A06B-6110-H015', '电源模块', 'FANUC αiPS 15', '台', 'Fanuc'),
        ('A02B-0319-B500', 'I/O模块', 'FANUC I/O Unit', '个', 'Fanuc'),
        ('A66L-6001-0026#L1R003', '光缆', 'FANUC FSSB光缆 1m', '根', 'Fanuc'),
        ('6FC5370-8AA30-0AA0', '数控系统', 'SINUMERIK 828D PPU', '套', 'Siemens'),
        ('6SL3120-1TE21-0AD0', '电机模块', 'SINAMICS S120 单轴 9A', '台', 'Siemens'),
        ('6SL3120-2TE21-0AD0', '电机模块', 'SINAMICS S120 双轴 9A', '台', 'Siemens'),
        ('6SL3130-6AE15-0AB1', '电源模块', 'SINAMICS S120 SLM 5kW', '台', 'Siemens'),
        ('6FX3002-5CK01-1AD0', '动力电缆', 'MOTION-CONNECT 300 3m', '根', 'Siemens'),
        ('6FX5002-2DC10-1AD0', '信号电缆', 'DRIVE-CLiQ 3m', '根', 'Siemens'),
        ('1FK7063-5AF71-1AG0', '伺服电机', 'SIEMENS 1FK7 6Nm', '台', 'Siemens'),
        ('6ES7972-0BA42-0XA0', 'Profibus接头', 'SIEMENS DP接头', '个', 'Siemens'),
        ('LC 483 ID 557679-05', '光栅尺', 'HEIDENHAIN LC 483 ML 1040', '根', 'Heidenhain'),
        ('LC 483 ID 557679-07', '光栅尺', 'HEIDENHAIN LC 483 ML 1240', '根', 'Heidenhain'),
        ('ROD 426 ID 376846-2A', '编码器', 'HEIDENHAIN ROD 426 1024线', '个', 'Heidenhain'),
        ('ERN 1387 ID 385487-23', '编码器', 'HEIDENHAIN ERN 1387 2048', '个', 'Heidenhain'),
        ('R911308682', '伺服驱动器', 'Rexroth IndraDrive HCS02', '台', 'Rexroth'),
    ]
    for model, name, spec, unit, brand in spares:
        add('1.09.01', '数控备件/%s' % brand, name, spec if model in spec else spec + ' ' + model, unit,
            dict(fam='cnc', type='spare', brand=brand, model=model), 'imp')


def build_drawings(cat, rng, n_parts):
    """Add the plant's own drawing-numbered parts (exactly `n_parts` of them)."""
    seen = set()
    done = 0
    while done < n_parts:
        m = ch(rng, MACHINES)
        asm = rng.randint(1, 12)
        part = rng.randint(1, 160)
        rev = ch(rng, ['', '', '', 'A', 'B'])
        dwg = '%s-%02d-%03d%s' % (m, asm, part, rev)
        key = (m, asm, part)
        if key in seen:
            continue
        seen.add(key)
        pname = ch(rng, PARTS)
        src = ch(rng, ['自制', '外协', '外协'])
        name = '%s' % pname
        spec = '%s %s %s' % (dwg, ASSY[asm][0], src)
        grp = '2.%02d.%02d' % (MACHINES.index(m) + 1, asm)
        add_ok = True
        try:
            r = cat.add(rng, grp, name, spec, '件', '自制件/%s/%s' % (m, ASSY[asm][1]),
                        dict(fam='dwg', type='part', dwg='%s-%02d-%03d' % (m, asm, part), model=dwg))
            r['clerk'] = 'eng'
            done += 1
        except ValueError:
            add_ok = False


def facets(row, reg, kind, rng):
    a = row['attrs']
    fam, t = a['fam'], a['type']
    wr = 'ne' if reg == 'voice' else reg
    F = {}
    if model_facets(F, row, kind, rng):
        if fam == 'dwg' and kind == 'partial_code':
            # a fragment of a drawing number is only fair when it is the tail with machine + assembly
            return None
        if fam == 'dwg' and kind == 'model_code':
            F['word'] = ({'fam': 'dwg'}, ch(rng, ['图号', '零件', row['name']]))
            return F, ['model'], ['word'], ['word', 'model']
        return F, ['model'], [], ['model']
    if kind in ('model_code', 'partial_code', 'equiv_std', 'bare_spec', 'typo', 'grade_notation'):
        return None
    if fam == 'pne' and t == 'fit':
        F['word'] = ({'fam': 'pne', 'type': 'fit', 'form': a['form']},
                     ch(rng, {'straight': {'cn': ['快插直通接头', '气管快插接头'], 'ne': ['快插接头', '气管接头'], 'tw': ['快速接頭'], 'en': ['push-in fitting']},
                              'elbow': {'cn': ['快插弯头'], 'ne': ['快插弯头', '气管弯头'], 'tw': ['快速彎頭'], 'en': ['push-in elbow']}}[a['form']][wr]))
        F['tube'] = ({'tube': a['tube']}, ('%s管' % a['tube']) if reg != 'voice' else cn_int(a['tube']) + '的管', '%d管' % (int(a['tube']) + 2))
        th = a['thread']
        if reg == 'voice':
            tt = {'M5': 'M五', 'R1/8': '一分牙', 'R1/4': '两分牙', 'R3/8': '三分牙', 'R1/2': '四分牙'}[th]
        elif kind == 'size_notation':
            tt = {'M5': 'M5牙', 'R1/8': '1分牙', 'R1/4': '2分牙', 'R3/8': '3分牙', 'R1/2': '4分牙'}[th]
        else:
            tt = ch(rng, [th, th.replace('R', 'PT'), th + '牙'] if th != 'M5' else ['M5'])
        F['thread'] = ({'thread': th}, tt)
        F['brand'] = ({'brand': a['brand']}, {'SMC': 'SMC', 'AirTAC': ch(rng, ['亚德客', 'AirTAC'])}[a['brand']])
        return F, ['word', 'tube', 'thread'], ['brand'], ['brand', 'word', 'tube', 'thread']
    if fam == 'pne' and t == 'cyl':
        F['word'] = ({'fam': 'pne', 'type': 'cyl'}, ch(rng, {'cn': ['气缸'], 'ne': ['气缸', '汽缸'], 'tw': ['氣缸'], 'en': ['air cylinder', 'pneumatic cylinder']}[wr]))
        if reg == 'voice':
            F['bs'] = ({'bore': a['bore'], 'stroke': a['stroke']}, '缸径' + cn_int(a['bore']) + '行程' + cn_int(a['stroke']))
        else:
            F['bs'] = ({'bore': a['bore'], 'stroke': a['stroke']}, ch(rng, ['%s×%s' % (a['bore'], a['stroke']), '缸径%s行程%s' % (a['bore'], a['stroke'])]),
                       '%s×%s' % (a['bore'], int(a['stroke']) + 25))
        F['brand'] = ({'brand': a['brand']}, {'SMC': 'SMC', 'AirTAC': '亚德客', 'Festo': 'Festo'}[a['brand']])
        F['ser'] = ({'ser': a['ser']}, {'CQ2': '薄型', 'SC': '标准', 'DSBC': 'ISO标准'}[a['ser']])
        return F, ['word', 'bs'], ['brand', 'ser'], ['brand', 'ser', 'word', 'bs']
    if fam == 'lub':
        if t == 'pump':
            F['word'] = ({'fam': 'lub', 'type': 'pump', 'kind': a['kind']}, {'oil': ch(rng, ['稀油润滑泵', '润滑油泵', '电动润滑泵 稀油']), 'grease': ch(rng, ['黄油泵', '油脂润滑泵'])}[a['kind']])
            F['tank'] = ({'tank': a['tank']}, ('%s升' % a['tank']) if reg != 'voice' else cn_num(a['tank']) + '升', '%s升' % fmt(float(a['tank']) + 1))
            F['volt'] = ({'volt': a['volt']}, {'AC220': ch(rng, ['220V', '交流220']), 'DC24': ch(rng, ['24V', '直流24'])}[a['volt']])
            return F, ['word', 'tank', 'volt'], [], ['word', 'tank', 'volt']
        if t == 'dist':
            F['word'] = ({'fam': 'lub', 'type': 'dist'}, ch(rng, ['油排', '分配器', '润滑分配器']) if reg != 'tw' else '分配器')
            F['out'] = ({'outlets': a['outlets']}, ('%s路' % a['outlets']) if reg != 'voice' else cn_int(a['outlets']) + '路的',
                        '%d路' % (int(a['outlets']) + 1))
            F['thread'] = ({'thread': a['thread']}, a['thread'].replace('x', '*'))
            return F, ['word', 'out', 'thread'], [], ['word', 'out', 'thread']
        if t == 'meter':
            F['word'] = ({'fam': 'lub', 'type': 'meter'}, ch(rng, ['计量件', '定量件', '计量接头']))
            F['vol'] = ({'vol': a['vol']}, ('%sml' % a['vol']) if reg != 'voice' else cn_num(a['vol']) + '毫升')
            F['thread'] = ({'thread': a['thread']}, a['thread'].replace('x', '*'))
            return F, ['word', 'vol', 'thread'], [], ['word', 'vol', 'thread']
        if t == 'tube':
            F['word'] = ({'fam': 'lub', 'type': 'tube', 'mat': a['mat']}, {'nylon': '尼龙管', 'copper': ch(rng, ['紫铜管', '铜管']), 'al': '铝管'}[a['mat']])
            F['od'] = ({'od': a['od']}, 'φ%s' % a['od'] if reg != 'voice' else cn_int(a['od']) + '的')
            return F, ['word', 'od'], [], ['word', 'od']
        if t == 'fit':
            F['word'] = ({'fam': 'lub', 'type': 'fit', 'form': a['form']}, {'straight': '润滑直通接头', 'elbow': '润滑弯头', 'tee': '润滑三通'}[a['form']])
            F['thread'] = ({'thread': a['thread']}, a['thread'].replace('x', '*'))
            F['od'] = ({'od': a['od']}, '接φ%s管' % a['od'] if reg != 'voice' else '接' + cn_int(a['od']) + '的管')
            return F, ['word', 'thread', 'od'], [], ['word', 'thread', 'od']
        if t == 'nipple':
            F['word'] = ({'fam': 'lub', 'type': 'nipple'}, ch(rng, ['黄油嘴', '油杯', '注油嘴']))
            F['thread'] = ({'thread': a['thread']}, a['thread'].replace('x', '*'))
            F['ang'] = ({'ang': a['ang']}, {'0': '直的', '45': '45度', '90': '90度弯的'}[a['ang']])
            return F, ['word', 'thread', 'ang'], [], ['word', 'thread', 'ang']
    return None


NULL_NAMES = ['brand', 'ser', 'word', 'tube', 'thread', 'bs', 'tank', 'volt', 'out', 'vol', 'od', 'ang']


def perturb(a, rng):
    if a['fam'] == 'pne' and a['type'] == 'cyl':
        a['stroke'] = str(int(a['stroke']) + 5)
        return a
    if a['fam'] == 'lub' and a['type'] == 'pump':
        a['tank'] = fmt(float(a['tank']) + 0.5)
        return a
    if a['fam'] == 'pne' and a['type'] == 'fit':
        a['thread'] = 'R3/8' if a['thread'] != 'R3/8' else 'R1/4'
        return a
    return None
