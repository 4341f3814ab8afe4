"""Typos, spoken corrections, and the null queries (ambiguous / not carried)."""
import bearings
import chat
import reader
from common import norm_code, wpick
from fast_tables import LEN
from qbuild import DESC, grow
from qkinds import described, finish, pick_row, pick_style
from qrender import render


def b_typo(ctx, rg, used):
    pool = wpick(rg, [('fast_m', .5), ('fast_nut', .08), ('fast_w', .08), ('dgbb', .08), ('oilseal', .05),
                      ('heater', .06), ('hseal', .05), ('litbear', .05), ('pfit', .05)])
    wstyle = 'english' if rg.random() < .2 else rg.choice(['buyer', 'storekeeper'])
    base = ['kind', 'bear'] if pool == 'dgbb' else (['kind', 'code:model'] if pool == 'litbear' else None)
    i, facts, _ = described(ctx, rg, used, pool, style='typo' if wstyle != 'english' else 'english', base=base,
                            opts={'kind': {'narrow': False}})
    if i is None:
        return None
    longs = [f for f in facts if f[0] in ('kind', 'htype') and
             (len(f[2]) >= 4 if not f[2].isascii() else len(f[2]) >= 8)]
    if not longs:
        return None
    f = longs[0]
    bad = chat.typo_word(f[2], rg)
    if not bad:
        return None
    rec = finish(ctx, i, facts, wstyle, rg)
    clean = rec['query']
    if clean.count(f[2]) != 1:
        return None
    rec.update(query=clean.replace(f[2], bad, 1), clean=clean, typo=(f[2], bad), style='typo')
    return rec


CORR = {'fast_m': 'size', 'dgbb': 'bear', 'cyl': 'cylsize', 'heater': 'hdim'}


def b_vcorr(ctx, rg, used):
    pool = wpick(rg, [('fast_m', .5), ('dgbb', .2), ('cyl', .15), ('heater', .15)])
    role = CORR[pool]
    i, facts, _ = described(ctx, rg, used, pool, style='voice')
    if i is None:
        return None
    r = ctx.rows[i]
    keys = {'size': ('L',), 'bear': ('base',), 'cylsize': ('stroke',), 'hdim': ('hw',)}[role]
    same = [k for k in r['a'] if k not in keys]
    sibs = [j for j in ctx.idx['kind'][r['a']['kind']] if j != i and
            all(ctx.rows[j]['a'].get(k) == r['a'].get(k) for k in same if k not in ('bdims', 'watt'))]
    if not sibs:
        return None
    j = rg.choice(sibs)
    wrong = render(ctx.rows[j], role, 'voice', rg, {'notation': 'generic'} if role == 'bear' else {})
    right = [f for f in facts if f[0] == role]
    if not wrong or not right:
        return None
    right = right[0]
    ws = chat.spoken(wrong[1], wrong[2], rg)
    rs = chat.spoken(right[1], right[2], rg)
    if ws == rs or rs in ws or ws in rs:
        return None
    vf = [(ro, p, chat.spoken(p, s, rg)) if ro != role else (ro, p, ws) for ro, p, s in facts]
    marker = rg.choice(chat.MARKERS)
    body = chat.compose(vf, 'voice', rg) + '，' + marker + rs
    q = chat.wrap(body, 'voice', rg)
    out_facts = [(p, s) for ro, p, s in vf if ro != role] + [(right[1], rs)]
    return dict(query=q, i=i, facts=out_facts, style='voice', after=rs, marker=marker)


def b_ambiguous(ctx, rg, used):
    v = wpick(rg, [('fast_m', .3), ('dgbb', .25), ('contactor', .12), ('relay', .08), ('oring_gb', .15), ('cjx', .1)])
    if v == 'cjx':
        i = pick_row(ctx, 'contactor', rg, used, lambda r: r['a']['brand'] == 'CHINT')
        if i is None:
            return None
        r = ctx.rows[i]
        style = pick_style(rg, r)
        facts = [render(r, 'code', style, rg, {'which': 'model'}), render(r, 'kind', style, rg)]
    else:
        base = {'fast_m': ['kind', 'size'], 'dgbb': ['cat', 'bear:generic'], 'contactor': ['kind', 'stem'],
                'relay': ['kind', 'stem'], 'oring_gb': ['kind', 'oring']}[v]
        base = ['cat', 'bear:plain'] if v == 'dgbb' else base
        pred = (lambda r: r['a']['brand'] == 'SCHNEIDER') if v == 'contactor' else None
        i = pick_row(ctx, v, rg, used, pred)
        if i is None:
            return None
        style = pick_style(rg, ctx.rows[i])
        res = grow(ctx, i, base, [], style, rg, want_unique=False)
        if not res:
            return None
        facts = res[0]
    if None in facts:
        return None
    sem, lit = ctx.fitsets(facts)
    if not reader.null_ok(sem, lit) or len(sem) < 2:
        return None
    tell = {'fast_m': ('grade', 'fin'), 'dgbb': ('brand',), 'contactor': ('coil',), 'relay': ('coil',),
            'oring_gb': ('mat',), 'cjx': ('coil',)}[v]
    if len({tuple(ctx.rows[j]['a'].get(k) for k in tell) for j in sem}) < 2:
        return None  # several rows differ in the fact the text leaves out
    rec = finish(ctx, None, facts, style, rg)
    rec['i'] = None
    return rec


OUT = ['空调压缩机电容', '空调压缩机', '纺织锭子', '综丝', '火花塞', '空调四通阀']
NOISE = {'空调压缩机电容': ' 35uF', '空调压缩机': ' 格力的', '纺织锭子': ' 老款', '综丝': ' 300mm', '火花塞': ' 叉车用',
         '空调四通阀': ' 3匹'}


def b_notcarried(ctx, rg, used):
    v = wpick(rg, [('len', .35), ('brand', .2), ('code', .2), ('out', .15), ('oring', .1)])
    if v == 'out':
        w = rg.choice(OUT)
        facts = [('kind', 'word', w)]
        style = rg.choice(['buyer', 'storekeeper'])
        rec = finish(ctx, None, facts, style, rg, body=w + NOISE[w])
        return rec if not ctx.fitsets(facts)[0] else None
    pool = {'len': 'fast_m', 'brand': 'dgbb', 'code': 'coded', 'oring': 'oring_gb'}[v]
    if v == 'code':
        i = pick_row(ctx, 'coded', rg, used, lambda r: r['a']['kind'] in ('cyl', 'contactor', 'block', 'hvalve', 'svalve', 'pc'))
        if i is None:
            return None
        r = ctx.rows[i]
        m = r['models'][0]
        digits = [k for k, ch in enumerate(m) if ch.isdigit()]
        if not digits:
            return None
        k = rg.choice(digits)
        fake = m[:k] + str((int(m[k]) + rg.choice([1, 2, 3])) % 10) + m[k + 1:]
        style = pick_style(rg, r)
        facts = [('code', 'code', fake)]
        kf = render(r, 'kind', style, rg)
        if kf:
            facts.append(kf)
        sem, lit = ctx.fitsets(facts)
        if sem or ctx.prefix(norm_code(fake)):
            return None
        return finish(ctx, None, facts, style, rg)
    i, facts, style = described(ctx, rg, used, pool, disc=['brand'] if v == 'brand' else None)
    if i is None:
        return None
    r = ctx.rows[i]
    if v == 'brand':
        brands = ['NSK', 'SKF', 'FAG', 'NTN', 'ZWZ', 'HRB', 'LYC']
        rg.shuffle(brands)
        for b in brands:
            fa = dict(r['a'], brand=b)
            fake = dict(r, a=fa, models=[bearings.desig(b, fa['base'], fa['seal'], fa['clear'])])
            f = render(fake, 'brand', style, rg, {'narrow': True})
            fb = render(fake, 'bear', style, rg, {'notation': 'own'})
            if not f or not fb:
                continue
            nf = [x for x in facts if x[0] not in ('brand', 'bear')] + [f, fb]
            sem, lit = ctx.fitsets(nf)
            if not sem and not lit:
                return finish(ctx, None, nf, style, rg)
        return None
    key, pool_vals = ('L', [str(x) for x in LEN]) if v == 'len' else ('d2', ['1.8', '2.65', '3.55', '5.3', '7'])
    role = 'size' if v == 'len' else 'oring'
    if v == 'len':
        k0 = pool_vals.index(r['a'][key])
        vals = [x for x in pool_vals[max(0, k0 - 3):k0 + 4] if x != r['a'][key]]
    else:
        vals = [x for x in pool_vals if x != r['a'][key]]
    rg.shuffle(vals)
    for x in vals[:8]:
        fake = dict(r, a=dict(r['a'], **{key: x}))
        f = render(fake, role, style, rg)
        if f is None:
            continue
        nf = [y if y[0] != role else f for y in facts]
        if not ctx.fitsets(nf)[0]:
            return finish(ctx, None, nf, style, rg)
    return None
