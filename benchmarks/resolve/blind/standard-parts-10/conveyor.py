"""Conveyor parts: slat-top chains, modular belts, sprockets, roller chains, timing belts and pulleys,
guide rails and wear strips."""
from common import Item, fmt, cn_num, pick, wrap, apply_typo

CAT = {'chain': '输送部件/板链', 'mbelt': '输送部件/模块网带', 'sprocket': '输送部件/链轮', 'rchain': '输送部件/滚子链',
       'csprocket': '输送部件/链轮', 'tbelt': '输送部件/同步带', 'tpulley': '输送部件/同步带轮', 'guide': '输送部件/导轨耐磨条'}
KW = {'K250': 63.5, 'K325': 82.5, 'K400': 101.6, 'K450': 114.3, 'K600': 152.4, 'K750': 190.5}
KIN = {'K250': '2.5寸', 'K325': '3.25寸', 'K400': '4寸', 'K450': '4.5寸', 'K600': '6寸', 'K750': '7.5寸'}
SLAT = [('820', 'straight', ['POM', 'LF'], ['K250', 'K325', 'K400', 'K450', 'K600', 'K750']),
        ('821', 'straight', ['POM', 'LF'], ['K325', 'K450', 'K750']),
        ('1874', 'sideflex', ['POM', 'LF'], ['K325', 'K450']),
        ('815', 'straight', ['SS304'], ['K325', 'K450']),
        ('880', 'sideflex', ['POM', 'LF'], ['K325', 'K450', 'K750']),
        ('1843', 'sideflex', ['POM'], ['K325', 'K450']),
        ('812', 'straight', ['SS304'], ['K325', 'K450', 'K600', 'K750']),
        ('881', 'sideflex', ['SS304'], ['K325', 'K450'])]
CMAKERS = ['REXNORD', 'REGINA', 'SYSTEMPLAST', '国产']
CMAKER_Q = {'REXNORD': ['Rexnord', '雷诺德', 'REXNORD'], 'REGINA': ['Regina', '瑞基纳', 'REGINA'],
            'SYSTEMPLAST': ['System Plast', 'SystemPlast', '系统塑料'], '国产': ['国产'],
            'INTRALOX': ['Intralox', '英特乐', 'INTRALOX'], 'TSUBAKI': ['椿本', 'Tsubaki', 'TSUBAKI'],
            'DONGHUA': ['东华', 'DONGHUA'], 'GATES': ['Gates', '盖茨', 'GATES'], 'OPTIBELT': ['Optibelt', '欧皮特'],
            'MEGADYNE': ['Megadyne', '麦高迪']}


def slat_model(maker, series, mat, k):
    if maker == 'REXNORD':
        return ('LF' if mat == 'LF' else ('SS' if mat == 'SS304' else '')) + series + '-' + k
    if maker == 'REGINA':
        return 'R%s %s %s' % (series, k, {'POM': 'POM', 'LF': 'LF', 'SS304': 'INOX'}[mat])
    if maker == 'SYSTEMPLAST':
        return ('LF' if mat == 'LF' else ('SS' if mat == 'SS304' else 'NG')) + series + 'K' + k[1:]
    return series + '-' + k + ('-LF' if mat == 'LF' else '') + ('-304' if mat == 'SS304' else '')


HTD_L = {'3M': [201, 225, 255, 300, 339, 381, 420, 501, 600, 711, 804, 900, 1002, 1200],
         '5M': [350, 400, 425, 450, 475, 500, 535, 550, 575, 600, 640, 650, 700, 750, 800, 850, 890, 900, 950, 1000, 1050,
                1100, 1150, 1200, 1270, 1400, 1500, 1600, 1800, 2000],
         '8M': [480, 560, 600, 640, 680, 720, 800, 880, 960, 1000, 1040, 1064, 1080, 1120, 1200, 1280, 1360, 1440, 1600,
                1760, 1800, 2000, 2200, 2400, 2800, 3200],
         '14M': [966, 1190, 1400, 1610, 1778, 1890, 2100, 2450, 2800, 3150, 3500, 4326]}
HTD_W = {'3M': [6, 9, 15], '5M': [10, 15, 25], '8M': [20, 30, 50], '14M': [40, 55, 85]}


def build(rng):
    items = []

    def add(fam, a, name, spec, unit, src):
        a = dict(a, fam=fam)
        items.append(Item(name, spec, unit, CAT[fam], a, src))
    for series, flex, mats, widths in SLAT:
        for mat in mats:
            for k in widths:
                for maker in CMAKERS:
                    if rng.random() > 0.85:
                        continue
                    model = slat_model(maker, series, mat, k)
                    src = rng.choice(['eng', 'store', 'hk'])
                    a = dict(ctype='slat', series=series, flex=flex, mat=mat, width=k, maker=maker, model=model)
                    mcn = CMAKER_Q[maker][0]
                    fcn = '直行' if flex == 'straight' else '转弯'
                    mtxt = {'POM': 'POM', 'LF': '低摩擦LF', 'SS304': '不锈钢304'}[mat]
                    if src == 'eng':
                        name, spec = '%s顶板链 %s' % (fcn, mtxt), '%s %s 板宽%s' % (mcn, model, fmt(KW[k]))
                    elif src == 'store':
                        name = ('不锈钢' if mat == 'SS304' else '') + pick(rng, ['链板', '板链', '平顶链']) + ('(转弯)' if flex != 'straight' else '')
                        spec = '%s %s %s' % (model, KIN[k], mcn) + (' LF' if mat == 'LF' and 'LF' not in model else '')
                    else:
                        name = '%s TABLE TOP CHAIN %s' % ('SIDEFLEX' if flex != 'straight' else 'STRAIGHT', {'POM': 'ACETAL', 'LF': 'LOW FRICTION', 'SS304': 'SS304'}[mat])
                        spec = '%s %s W%sMM' % (maker if maker != '国产' else 'CHINA', model, fmt(KW[k]))
                    add('chain', a, name, spec, '米', src)
    # modular belts
    for series in ('900', '1100', '800', '400'):
        for mat in ('PP', 'PE', 'AC'):
            for w in (152, 305, 457, 610, 762, 914, 1067, 1219):
                if rng.random() < 0.7:
                    style = {'900': 'FT', '1100': 'FT', '800': 'FT', '400': 'FG'}[series]
                    color = 'white' if mat != 'AC' else 'blue'
                    a = dict(series=series, style=style, mat=mat, width=str(w), maker='INTRALOX')
                    scn = {'FT': '平板型', 'FG': '平格栅型'}[style]
                    src = rng.choice(['eng', 'hk'])
                    if src == 'eng':
                        name, spec = '模块网带 %s' % scn, 'Intralox S%s %s %s 宽%dmm' % (series, 'Flat Top' if style == 'FT' else 'Flush Grid', mat, w)
                    else:
                        name, spec = 'MODULAR BELT S%s %s' % (series, 'FLAT TOP' if style == 'FT' else 'FLUSH GRID'), 'INTRALOX %s W%dMM' % ({'AC': 'ACETAL'}.get(mat, mat), w)
                    add('mbelt', a, name, spec, '米', src)
    # sprockets for slat chains
    for series in ('820', '880', '812', '1843'):
        for teeth in (15, 17, 19, 21, 23, 25):
            for bore in (20, 25, 30, 35, 40):
                for split in (False, True):
                    if rng.random() < (0.5 if not split else 0.25):
                        a = dict(chain=series, teeth=str(teeth), bore=str(bore), split=split, btype='round')
                        src = rng.choice(['eng', 'store'])
                        if src == 'eng':
                            name, spec = '%s板链链轮%s' % (series, '(分体式)' if split else ''), '%s-Z%d 孔径%d 带键槽 PA6' % (series, teeth, bore)
                        else:
                            name, spec = '%s链轮%s' % (pick(rng, ['链板', '板链']), '(两边合)' if split else ''), '%s %d齿 孔%d' % (series, teeth, bore)
                        add('sprocket', a, name, spec, '个', src)
    for series in ('900', '1100', '800'):
        for teeth in (10, 12, 16, 20, 24):
            for bore, bt in (('25', 'round'), ('30', 'round'), ('40', 'square'), ('60', 'square')):
                if rng.random() < 0.35:
                    a = dict(chain='S' + series, teeth=str(teeth), bore=bore, split=False, btype=bt)
                    add('sprocket', a, '网带链轮 Intralox', 'S%s %d齿 %s孔%s' % (series, teeth, '方' if bt == 'square' else '圆', bore), '个', 'eng')
    # roller chains
    RC = [('06B', None), ('08A', '40'), ('08B', None), ('10A', '50'), ('12A', '60'), ('16A', '80'), ('10B', None), ('12B', None)]
    for iso, ansi in RC:
        for rows in (1, 2):
            for mat in ('CS', 'SS'):
                for maker in ('TSUBAKI', 'DONGHUA', 'RENOLD'):
                    if rng.random() > 0.75:
                        continue
                    if maker == 'TSUBAKI':
                        model = 'RS%s-%d' % (ansi, rows) if ansi else 'RF%s-%d' % (iso, rows)
                        model += '-SS' if mat == 'SS' else ''
                    else:
                        model = '%s-%d' % (iso, rows) + ('-SS' if mat == 'SS' else '')
                    a = dict(size=iso, rows=str(rows), mat=mat, maker=maker, model=model)
                    src = rng.choice(['eng', 'store', 'hk'])
                    mk = {'TSUBAKI': '椿本', 'DONGHUA': '东华', 'RENOLD': 'RENOLD'}[maker]
                    if src == 'eng':
                        name = '%s滚子链' % ('不锈钢' if mat == 'SS' else '') + ('(双排)' if rows == 2 else '')
                        spec = '%s %s ISO %s%s' % (mk, model, iso, (' / ANSI %s' % ansi) if ansi else '')
                    elif src == 'store':
                        name = ('不锈钢' if mat == 'SS' else '') + ('双排' if rows == 2 else '单排') + '链条'
                        spec = '%s %s' % (model, mk)
                    else:
                        name = '%sROLLER CHAIN %s' % ('SS ' if mat == 'SS' else '', 'DUPLEX' if rows == 2 else 'SIMPLEX')
                        spec = '%s %s' % ({'TSUBAKI': 'TSUBAKI', 'DONGHUA': 'DONGHUA', 'RENOLD': 'RENOLD'}[maker], model)
                    add('rchain', a, name, spec, '米', src)
        for teeth in range(9, 31):
            for bore in (12, 15, 20, 25, 30, 35, 40):
                if rng.random() < 0.4 and iso in ('08B', '10A', '12A', '06B'):
                    hub = rng.random() < 0.7
                    a = dict(chain=iso, teeth=str(teeth), bore=str(bore), hub=hub, rows='1')
                    add('csprocket', a, '滚子链链轮 %s' % ('B型带轮毂' if hub else 'A型平板'),
                        '%s-1 Z%d 孔径%d %s' % (iso, teeth, bore, '带键槽顶丝' if hub else ''), '个', 'eng')
    # timing belts
    for pitch, lens in HTD_L.items():
        for L in lens:
            for w in HTD_W[pitch]:
                for maker in ('GATES', 'OPTIBELT', '国产'):
                    if rng.random() > 0.62:
                        continue
                    if maker == 'GATES':
                        model = '%d-%s-%d' % (L, pitch, w)
                    elif maker == 'OPTIBELT':
                        model = 'OMEGA %d %s %d' % (L, pitch, w)
                    else:
                        model = 'HTD%d-%s-%d' % (L, pitch, w)
                    a = dict(prof='HTD', pitch=pitch, length=str(L), width=str(w), maker=maker, model=model, open=False)
                    src = rng.choice(['eng', 'store', 'hk'])
                    mk = {'GATES': 'Gates', 'OPTIBELT': 'Optibelt', '国产': '国产'}[maker]
                    if src == 'eng':
                        name, spec = '同步带 HTD圆弧齿', '%s %s 周长%d 宽%d' % (mk, model, L, w)
                    elif src == 'store':
                        name, spec = pick(rng, ['同步带', '同步皮带', '牙带']), '%s %s' % (model, mk)
                    else:
                        name, spec = 'TIMING BELT HTD', '%s %s' % (mk.upper(), model)
                    add('tbelt', a, name, spec, '条', src)
    for prof, lens, widths in (('XL', [130, 150, 170, 200, 210, 250, 300], ['025', '037']),
                               ('L', [150, 187, 210, 240, 270, 300, 345, 390, 420, 510], ['050', '075', '100']),
                               ('H', [300, 360, 400, 450, 510, 600, 700], ['100', '150', '200'])):
        for L in lens:
            for w in widths:
                if rng.random() < 0.45:
                    model = '%d%s%s' % (L, prof, w)
                    a = dict(prof=prof, pitch=prof, length=str(L), width=w, maker='GATES', model=model, open=False)
                    add('tbelt', a, '同步带 梯形齿', 'Gates %s 周长%.1fmm 宽%.1fmm' % (model, L * 2.54, int(w) * 0.254), '条', 'eng')
    for prof in ('T5', 'T10', 'AT5', 'AT10'):
        for w in (10, 16, 25, 32, 50, 75, 100):
            for cord in ('steel', 'kevlar'):
                if rng.random() < 0.35:
                    a = dict(prof=prof, pitch=prof, width=str(w), cord=cord, open=True, maker='MEGADYNE', model='%s-%d' % (prof, w))
                    add('tbelt', a, 'PU开口同步带', 'Megadyne %s 宽%d %s 按米' % (prof, w, '钢丝芯' if cord == 'steel' else '凯夫拉芯'), '米', 'eng')
    # timing pulleys
    for pitch, widths in (('3M', [10, 15]), ('5M', [15, 20, 25]), ('8M', [25, 30, 35, 55])):
        for teeth in (15, 16, 18, 20, 22, 24, 25, 26, 28, 30, 32, 34, 36, 40, 44, 48, 50, 60, 72):
            for bw in widths:
                for bore in ('8', '10', '12', '14', '15', '20', '25', '30'):
                    if rng.random() < 0.7:
                        a = dict(pitch=pitch, teeth=str(teeth), bw=str(bw), bore=bore)
                        src = rng.choice(['eng', 'store'])
                        if src == 'eng':
                            name, spec = '同步带轮 HTD', 'P%d-%s-%d 孔径%s 铝合金 AF型' % (teeth, pitch, bw, bore)
                        else:
                            name, spec = pick(rng, ['同步轮', '同步带轮', '皮带轮(同步)']), '%s %d齿 带宽%d 孔%s' % (pitch, teeth, bw, bore)
                        add('tpulley', a, name, spec, '个', src)
    # guide and wear strips
    for kind, sizes in (('wear_strip_820', ['C型', 'U型', 'T型']), ('rail_flat', ['30x8', '40x10', '50x10', '60x10']),
                        ('rail_round', ['Φ12', 'Φ16', 'Φ20']), ('rail_clamp', ['Φ12', 'Φ16', 'Φ20']),
                        ('rail_bracket', ['Φ12', 'Φ16', 'Φ20'])):
        for s in sizes:
            for mat in ('UHMW-PE', 'SS304', 'PA6'):
                if kind.startswith('wear') and mat == 'SS304':
                    continue
                if kind in ('rail_round', 'rail_bracket') and mat == 'UHMW-PE':
                    continue
                for color in ('green', 'white', 'black'):
                    if mat != 'UHMW-PE' and color != 'white':
                        continue
                    if rng.random() < 0.6:
                        a = dict(kind=kind, size=s, mat=mat, color=color)
                        kcn = {'wear_strip_820': '链板耐磨条', 'rail_flat': '护栏导条', 'rail_round': '护栏圆杆',
                               'rail_clamp': '护栏夹', 'rail_bracket': '护栏支架'}[kind]
                        ccn = {'green': '绿色', 'white': '白色', 'black': '黑色'}[color]
                        add('guide', a, kcn, '%s %s %s%s' % (s, mat, ccn if mat == 'UHMW-PE' else '', ' 3米' if kind in ('wear_strip_820', 'rail_flat') else ''),
                            '根' if kind in ('wear_strip_820', 'rail_flat', 'rail_round') else '个', 'eng')
    return items


# =============================================================== queries
def _choose(ctx, rng, fams, cond, fn, tries=800):
    fams = [f for f in fams if ctx.fam.get(f)]
    for _ in range(tries):
        t = pick(rng, ctx.fam[pick(rng, fams)])
        if t.number in ctx.used or not cond(t):
            continue
        r = fn(t)
        if r is None:
            continue
        if ctx.unique(r[1], t):
            return r[0], r[1], t
    return None


def gen(ctx, rng, qk, style):
    if qk == 'null':
        return gen_null(ctx, rng, style)
    en = style == 'hk_english' or qk == 'english'
    voice = qk == 'voice'

    def num(x):
        return cn_num(x) if voice else x

    def fn(t):
        a = t.a
        f = a['fam']
        if qk == 'model_code':
            if 'model' not in a:
                return None
            m = a['model']
            extra = ['', '要10米'] if f in ('chain', 'rchain') else ['']
            return pick(rng, [m, m.replace('-', ' '), m.lower()]) + ' ' + pick(rng, extra), {'fam': f, 'model_eq': m}
        if f == 'chain':
            st = {'fam': f, 'series': a['series'], 'width': a['width'], 'mat': a['mat']}
            if en:
                txt = '%s TABLE TOP CHAIN %s %s W%sMM' % ({'国产': 'CHINA'}.get(a['maker'], a['maker']), a['series'],
                                                       {'POM': 'ACETAL', 'LF': 'LOW FRICTION', 'SS304': 'SS304'}[a['mat']], fmt(KW[a['width']]))
                st['maker'] = a['maker']
                return txt, st
            wq = pick(rng, [a['width'], '宽%s' % num(fmt(KW[a['width']])), KIN[a['width']]])
            if qk == 'size_notation':
                wq = pick(rng, ['板宽%smm' % fmt(KW[a['width']]), KIN[a['width']] + '宽', '%s寸' % KIN[a['width']][:-1]])
            mq = {'POM': pick(rng, ['POM', '塑料', '普通料']), 'LF': pick(rng, ['LF', '低摩擦']), 'SS304': pick(rng, ['不锈钢', '304'])}[a['mat']]
            word = pick(rng, ['链板', '板链', '顶板链', '平顶链']) if qk != 'nickname' else pick(rng, ['链片', '输送链板', '瓶链'])
            txt = '%s %s %s%s %s' % (num(a['series']) if voice else a['series'], mq, word, '' if a['flex'] == 'straight' else pick(rng, ['(转弯)', ' 转弯']), wq)
            if rng.random() < 0.5:
                txt = pick(rng, CMAKER_Q[a['maker']]) + ' ' + txt
                st['maker'] = a['maker']
            return txt, st
        if f == 'sprocket':
            st = {'fam': f, 'chain': a['chain'], 'teeth': a['teeth'], 'bore': a['bore']}
            if a['split'] or rng.random() < 0.3:
                st['split'] = a['split']
            sp = ('分体' if a['split'] else '整体') if 'split' in st else ''
            if en:
                return '%s SPROCKET %sT BORE %s %s' % (a['chain'], a['teeth'], a['bore'], ('SPLIT' if a['split'] else 'SOLID') if sp else ''), st
            w = pick(rng, ['链轮', '齿轮'])
            if qk == 'nickname':
                w = pick(rng, ['牙盘', '齿盘'])
            return '%s%s %s%s %s齿 孔%s' % (a['chain'], pick(rng, ['链板', '板链', '']), sp, w, num(a['teeth']), num(a['bore'])), st
        if f == 'rchain':
            st = {'fam': f, 'size': a['size'], 'rows': a['rows'], 'mat': a['mat']}
            ansi = {'08A': '40', '10A': '50', '12A': '60', '16A': '80'}.get(a['size'])
            if qk in ('equivalent_standard', 'nickname') and ansi:
                sz = pick(rng, ['%s号链' % ansi, 'ANSI %s' % ansi, '%s链条' % ansi])
            elif qk in ('equivalent_standard', 'nickname'):
                return None
            else:
                sz = a['size']
            rw = {'1': pick(rng, ['单排', '']), '2': '双排'}[a['rows']]
            if rw == '':
                # a skilled storekeeper reads a bare designation as simplex
                rw = '单排'
            mt = '不锈钢' if a['mat'] == 'SS' else pick(rng, ['碳钢', '普通'])
            txt = '%s %s %s滚子链' % (sz, rw, mt)
            if rng.random() < 0.5:
                txt = pick(rng, CMAKER_Q.get(a['maker'], [a['maker']])) + ' ' + txt
                st['maker'] = a['maker']
            if en:
                txt = '%s%s ROLLER CHAIN %s %s' % ((a['maker'] + ' ') if 'maker' in st else '', 'SS' if a['mat'] == 'SS' else 'CARBON', sz,
                                                 'DUPLEX' if a['rows'] == '2' else 'SIMPLEX')
            return txt, st
        if f == 'tbelt':
            if a['open']:
                st = {'fam': f, 'prof': a['prof'], 'open': True, 'width': a['width'], 'cord': a['cord']}
                return '%s开口同步带 宽%s %s' % (a['prof'], num(a['width']), '钢丝' if a['cord'] == 'steel' else '凯夫拉'), st
            st = {'fam': f, 'pitch': a['pitch'], 'length': a['length'], 'width': a['width']}
            if a['prof'] == 'HTD':
                if en:
                    sz = '%s-%s-%s' % (a['length'], a['pitch'], a['width'])
                    return 'TIMING BELT HTD %s' % sz, st
                if voice:
                    sz = '%s %s 周长%s 宽%s' % (cn_num(a['pitch'][:-1]) + 'M', '', cn_num(a['length'], colloq=True), cn_num(a['width']))
                elif qk == 'size_notation':
                    sz = pick(rng, ['%sM-%s-%s', 'HTD %sM 长%s 宽%s', '%sM %s*%s']) % (a['pitch'][:-1], a['length'], a['width'])
                else:
                    sz = pick(rng, ['%s-%s-%s' % (a['length'], a['pitch'], a['width']), '%s %s 宽%s' % (a['pitch'], a['length'], a['width'])])
                w = pick(rng, ['同步带', '同步皮带']) if qk != 'nickname' else pick(rng, ['牙带', '齿形带', '坑带'])
                return '%s %s' % (w, sz), st
            # inch belts
            if qk == 'size_notation':
                return '%s型同步带 周长%.1f 宽%.1f' % (a['prof'], int(a['length']) * 2.54, int(a['width']) * 0.254), st
            return '%s%s%s 同步带' % (a['length'], a['prof'], a['width']), st
        if f == 'tpulley':
            st = {'fam': f, 'pitch': a['pitch'], 'teeth': a['teeth'], 'bw': a['bw'], 'bore': a['bore']}
            if en:
                return 'TIMING PULLEY %s %sT FOR %sMM BELT BORE %s' % (a['pitch'], a['teeth'], a['bw'], a['bore']), st
            w = pick(rng, ['同步轮', '同步带轮']) if qk != 'nickname' else pick(rng, ['牙轮', '皮带齿轮'])
            return '%s %s %s齿 %s宽 孔%s' % (a['pitch'], w, num(a['teeth']), num(a['bw']), num(a['bore'])), st
        if f == 'mbelt':
            st = {'fam': f, 'series': a['series'], 'mat': a['mat'], 'width': a['width']}
            if en:
                return 'INTRALOX S%s %s BELT %s W%sMM' % (a['series'], 'FLAT TOP' if a['style'] == 'FT' else 'FLUSH GRID', a['mat'], a['width']), st
            return '%s网带 %s系列 %s 宽%s' % (pick(rng, ['模块', '塑料', 'Intralox ']), a['series'], {'PP': 'PP', 'PE': 'PE', 'AC': '乙缩醛'}[a['mat']], num(a['width'])), st
        return None
    fams = ['chain', 'chain', 'sprocket', 'rchain', 'tbelt', 'tbelt', 'tpulley', 'mbelt']
    if qk == 'equivalent_standard':
        fams = ['rchain']
    if qk == 'size_notation':
        fams = ['chain', 'tbelt']
    r = _choose(ctx, rng, fams, lambda t: True, fn)
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
        how = rng.randrange(3)
        if how == 0:
            t = pick(rng, ctx.fam['chain'])
            a = t.a
            w = pick(rng, list(KW))
            st = {'fam': 'chain', 'series': a['series'], 'width': w, 'mat': a['mat']}
            txt = '%s %s链板 %s' % (a['series'], {'POM': 'POM', 'LF': '低摩擦', 'SS304': '不锈钢'}[a['mat']], w)
        elif how == 1:
            pitch = pick(rng, ['5M', '8M'])
            L = pick(rng, HTD_L[pitch])
            w = pick(rng, HTD_W[pitch])
            L2 = L + pick(rng, [15, 25, -10])
            st = {'fam': 'tbelt', 'pitch': pitch, 'length': str(L2), 'width': str(w)}
            txt = '同步带 %d-%s-%d' % (L2, pitch, w)
        else:
            st = {'fam': 'rchain', 'size': pick(rng, ['20A', '24A', '16B']), 'rows': '1'}
            txt = '%s-1 链条' % st['size']
        if ctx.match(st):
            continue
        return wrap(style, txt, rng), st, None
    return None
