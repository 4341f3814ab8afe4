"""Spare parts for imported machines (German / Italian / French maker terms, maker part numbers)."""
from common import Item, pick, wrap, norm_code, cn_digits

CAT = {'KRONES': '进口备件/Krones', 'KHS': '进口备件/KHS', 'AROL': '进口备件/Arol', 'SIDEL': '进口备件/Sidel'}
MAKER_CN = {'KRONES': ['克朗斯', 'Krones', 'KRONES'], 'KHS': ['KHS', '凯恩孚'], 'AROL': ['Arol', '阿罗尔', 'AROL'],
            'SIDEL': ['Sidel', '西得乐', 'SIDEL']}
DE_PARTS = [('Zentrierglocke', '对中钟罩', 'CENTERING BELL'), ('Greiferfeder', '夹爪弹簧', 'GRIPPER SPRING'),
            ('Greiferfinger', '夹爪指', 'GRIPPER FINGER'), ('Leimwalze', '上胶辊', 'GLUE ROLLER'),
            ('Leimpalette', '取标板', 'GLUE PALLET'), ('Palettenlager', '取标板轴承', 'PALLET BEARING'),
            ('Führungsrolle', '导向滚轮', 'GUIDE ROLLER'), ('Kurvenrolle', '凸轮滚子', 'CAM ROLLER'),
            ('Füllventildichtung', '灌装阀密封', 'FILLING VALVE SEAL'), ('Rückluftrohr', '回气管', 'VENT TUBE'),
            ('Membrane', '隔膜', 'DIAPHRAGM'), ('Dichtring', '密封环', 'SEALING RING'),
            ('Klemmstern', '夹瓶星轮', 'CLAMP STARWHEEL'), ('Einlaufschnecke', '进瓶螺杆', 'INFEED SCREW'),
            ('Auslaufstern', '出瓶星轮', 'DISCHARGE STARWHEEL'), ('Bürste', '毛刷', 'BRUSH'),
            ('Schneidmesser', '切标刀', 'CUTTING KNIFE'), ('Saugleiste', '真空吸条', 'VACUUM STRIP'),
            ('Andrückrolle', '压标辊', 'PRESSURE ROLLER'), ('Gleitlager', '滑动轴承', 'PLAIN BEARING'),
            ('Hubzylinder', '升降气缸', 'LIFT CYLINDER'), ('Drehteller', '托瓶转盘', 'BOTTLE PLATE')]
IT_PARTS = [('Testa tappante', '封盖头', 'CAPPING HEAD'), ('Frizione magnetica', '磁力离合器', 'MAGNETIC CLUTCH'),
            ('Pinza', '夹爪', 'GRIPPER'), ('Molla', '弹簧', 'SPRING'), ('Guarnizione', '密封垫', 'GASKET'),
            ('Cono centratore', '对中锥', 'CENTERING CONE'), ('Stella', '星轮', 'STARWHEEL'),
            ('Coclea', '螺杆', 'FEED SCREW'), ('Cuscinetto', '轴承', 'BEARING'), ('Rullo guida', '导向滚轮', 'GUIDE ROLLER'),
            ('Mandrino', '主轴', 'SPINDLE'), ('Espulsore', '顶杆', 'EJECTOR'), ('Canala', '落盖槽', 'CAP CHUTE'),
            ('Ventosa', '吸盘', 'SUCTION CUP')]
FR_PARTS = [('Tuyère', '吹嘴', 'NOZZLE'), ('Joint de tuyère', '吹嘴密封圈', 'NOZZLE SEAL'),
            ("Tige d'étirage", '拉伸杆', 'STRETCH ROD'), ('Pince de transfert', '转移夹', 'TRANSFER GRIPPER'),
            ('Fond de moule', '底模', 'BASE MOULD'), ('Lampe IR', '加热灯管', 'IR LAMP'),
            ('Électrovanne', '电磁阀', 'SOLENOID VALVE'), ('Silencieux', '消声器', 'SILENCER'),
            ('Joint torique', 'O形圈', 'O-RING'), ('Mandrin de préforme', '瓶坯芯轴', 'PREFORM SPINDLE')]
MACHINES = {'KRONES': ['Contiroll', 'Canmatic', 'Autocol', 'Modulfill', 'Sensomat', 'Topmatic', 'Contiform'],
            'KHS': ['Innofill', 'Innoket', 'Innopet', 'Innopack'],
            'AROL': ['Euro PK', 'Quasar', 'Mistral'], 'SIDEL': ['SBO Universal', 'Combi', 'Matrix']}
VARS_DE = ['Ø28', 'Ø38', 'Ø50', 'Ø60', 'Ø70', 'Ø80', '0,25L', '0,33L', '0,5L', '1,0L', '1,5L', '2,0L', 'links', 'rechts',
           'Typ A', 'Typ B', 'Typ C']
VARS_IT = ['Ø26', 'Ø28', 'Ø30', 'Ø38', 'Ø43', 'Ø48', 'sinistra', 'destra', 'tipo A', 'tipo B', 'tipo C', '0,5L', '1,5L']
VARS_FR = ['Ø28', 'Ø38', '0,33L', '0,5L', '1,0L', '1,5L', '2,0L', 'gauche', 'droite', 'type A', 'type B']
VAR_CN = {'links': '左', 'rechts': '右', 'sinistra': '左', 'destra': '右', 'gauche': '左', 'droite': '右'}
VAR_EN = {'links': 'LH', 'rechts': 'RH', 'sinistra': 'LH', 'destra': 'RH', 'gauche': 'LH', 'droite': 'RH',
          'Typ A': 'TYPE A', 'Typ B': 'TYPE B', 'tipo A': 'TYPE A', 'tipo B': 'TYPE B', 'type A': 'TYPE A',
          'type B': 'TYPE B'}


def var_cn(v):
    if v in VAR_CN:
        return VAR_CN[v]
    return v.replace(',', '.').replace('Typ ', '').replace('tipo ', '').replace('type ', '') + ('型' if v[-1] in 'AB' else '')


def var_en(v):
    return VAR_EN.get(v, v.replace(',', '.'))


def pn_format(maker, rng):
    if maker == 'KRONES':
        return '%d-%03d-%02d-%03d-%d' % (rng.randrange(2), rng.randrange(900, 1000), rng.randrange(100), rng.randrange(1000), rng.randrange(10))
    if maker == 'KHS':
        return '%03d.%03d.%03d' % (rng.randrange(100, 1000), rng.randrange(1000), rng.randrange(1000))
    if maker == 'AROL':
        return 'CN%06d' % rng.randrange(10 ** 6)
    return '%07d-%02d' % (rng.randrange(10 ** 7), rng.randrange(100))


def build(rng):
    items = []
    seen_pn = set()
    for maker in ('KRONES', 'KHS', 'AROL', 'SIDEL'):
        parts = DE_PARTS if maker in ('KRONES', 'KHS') else (IT_PARTS if maker == 'AROL' else FR_PARTS)
        vars_ = VARS_DE if maker in ('KRONES', 'KHS') else (VARS_IT if maker == 'AROL' else VARS_FR)
        for foreign, cn, en in parts:
            for mach in MACHINES[maker]:
                n = rng.choice([9, 11, 13]) if maker == 'KRONES' else rng.choice([6, 8, 10])
                for v in rng.sample(vars_, min(n, len(vars_))):
                    while True:
                        pn = pn_format(maker, rng)
                        if norm_code(pn) not in seen_pn:
                            seen_pn.add(norm_code(pn))
                            break
                    a = dict(fam='import', maker=maker, part=foreign, machine=mach, var=v, model=pn)
                    src = rng.choice(['eng', 'store', 'hk'])
                    if src == 'eng':
                        name = '%s %s' % (cn, foreign)
                        spec = '%s %s %s %s' % (MAKER_CN[maker][1], pn, mach, v)
                    elif src == 'store':
                        name = '%s%s' % (MAKER_CN[maker][0], cn)
                        spec = '%s %s %s' % (pn, mach, var_cn(v))
                    else:
                        name = '%s (%s)' % (en, foreign.upper())
                        spec = '%s P/N %s %s %s' % (maker, pn, mach.upper(), var_en(v))
                    items.append(Item(name, spec, '个' if src != 'hk' else 'PCS', CAT[maker], a, src))
    return items


def _choose(ctx, rng, fn, tries=800):
    pool = ctx.fam['import']
    for _ in range(tries):
        t = pick(rng, pool)
        if t.number in ctx.used:
            continue
        r = fn(t)
        if r is None:
            continue
        if ctx.unique(r[1], t):
            return r[0], r[1], t
    return None


def gen(ctx, rng, qk, style):
    if qk == 'null':
        for _ in range(200):
            t = pick(rng, ctx.fam['import'])
            a = t.a
            parts = DE_PARTS if a['maker'] in ('KRONES', 'KHS') else (IT_PARTS if a['maker'] == 'AROL' else FR_PARTS)
            how = rng.randrange(2)
            if how == 0:
                pn = a['model']
                digits = [i for i, c in enumerate(pn) if c.isdigit()]
                i = pick(rng, digits[-3:])
                pn2 = pn[:i] + str((int(pn[i]) + pick(rng, [1, 3, 7])) % 10) + pn[i + 1:]
                st = {'fam': 'import', 'model_eq': pn2}
                txt = '%s %s' % (pick(rng, MAKER_CN[a['maker']]), pn2)
            else:
                others = [m for m in MACHINES[a['maker']] if m != a['machine']]
                st = {'fam': 'import', 'maker': a['maker'], 'part': a['part'], 'machine': pick(rng, others), 'var': a['var']}
                txt = '%s %s %s %s' % (MAKER_CN[a['maker']][0], a['part'], st['machine'], a['var'])
            if ctx.match(st):
                continue
            return wrap(style, txt, rng), st, None
        return None

    def fn(t):
        a = t.a
        pn = a['model']
        parts = DE_PARTS if a['maker'] in ('KRONES', 'KHS') else (IT_PARTS if a['maker'] == 'AROL' else FR_PARTS)
        cn = [p[1] for p in parts if p[0] == a['part']][0]
        en = [p[2] for p in parts if p[0] == a['part']][0]
        if qk == 'model_code':
            v = pick(rng, [pn, pn.replace('-', ''), pn.replace('.', ''), pn.replace('-', ' ')])
            return '%s %s' % (pick(rng, MAKER_CN[a['maker']] + ['']), v), {'fam': 'import', 'model_eq': pn}
        if qk == 'partial_code':
            tail = pn[-7:] if len(pn) > 8 else pn[-5:]
            return '%s 件号尾数 %s 的%s' % (pick(rng, MAKER_CN[a['maker']]), tail, cn), {'fam': 'import', 'model_sub': tail, 'maker': a['maker']}
        if qk == 'voice':
            digits = ''.join(c for c in pn if c.isdigit())
            return '%s的件 %s' % (MAKER_CN[a['maker']][0], cn_digits(digits, yao=True)), {'fam': 'import', 'model_digits': digits}
        st = {'fam': 'import', 'maker': a['maker'], 'part': a['part'], 'machine': a['machine'], 'var': a['var']}
        if qk == 'english':
            if t.src == 'hk':
                return None
            return '%s %s FOR %s %s' % (a['maker'], en, a['machine'].upper(), var_en(a['var'])), st
        if qk == 'nickname':
            # foreign maker term used by the line mechanics, catalogue row typed in Chinese / English
            if t.src == 'eng':
                return None
            return '%s %s %s %s' % (pick(rng, MAKER_CN[a['maker']]), a['part'], a['machine'], a['var']), st
        if qk == 'spec_with_category':
            if t.src == 'store':
                return None
            return '%s %s %s %s' % (pick(rng, MAKER_CN[a['maker']]), a['machine'], cn, var_cn(a['var'])), st
        return None
    r = _choose(ctx, rng, fn)
    if r is None:
        return None
    return wrap(style, ' '.join(r[0].split()), rng), r[1], r[2]
