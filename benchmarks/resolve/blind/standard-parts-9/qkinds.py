"""Builders for the positive query kinds."""
import chat
import reader
from common import norm_code, wpick
from qbuild import DESC, grow
from qrender import render

STYLES = [('buyer', .3), ('storekeeper', .35), ('taiwanese', .15), ('english', .15), ('japanese', .05)]


def pick_style(rg, r):
    s = wpick(rg, STYLES)
    a = r['a']
    if (a.get('org') == 'JIS' or a.get('std') == 'JISB2401') and rg.random() < .4:
        s = 'japanese'
    if s == 'japanese' and not (a.get('org') == 'JIS' or a['cat'] == 'bearing' or a.get('std') == 'JISB2401'):
        s = 'buyer'
    return s


def pick_row(ctx, pool, rg, used, pred=None, tries=60):
    lst = ctx.pools.get(pool) or []
    for _ in range(tries):
        i = rg.choice(lst)
        if i in used or (pred and not pred(ctx.rows[i])):
            continue
        return i
    return None


def finish(ctx, i, facts, style, rg, body=None):
    if style == 'voice':
        facts = [(ro, p, chat.spoken(p, s, rg) if rg.random() < .85 else s) for ro, p, s in facts]
    body = body or chat.compose(facts, style, rg)
    return dict(query=chat.wrap(body, style, rg), i=i, facts=[(p, s) for _, p, s in facts], style=style)


def described(ctx, rg, used, pool, style=None, base=None, disc=None, opts=None, pred=None):
    i = pick_row(ctx, pool, rg, used, pred)
    if i is None:
        return None, None, None
    b, d = DESC[pool]
    style = style or pick_style(rg, ctx.rows[i])
    res = grow(ctx, i, base or b, disc if disc is not None else d, style, rg, opts)
    if not res:
        return None, None, None
    return i, res[0], style


def b_exact_code(ctx, rg, used):
    if rg.random() < .55:
        i = pick_row(ctx, 'coded', rg, used)
    else:
        i = rg.randrange(len(ctx.rows))
    if i is None or i in used:
        return None
    r = ctx.rows[i]
    olds = [t for k, t in r['aliases'] if k == 'old']
    x = rg.random()
    which = 'model' if r['models'] and x < .5 else ('old' if olds and x < .7 else 'number')
    style = pick_style(rg, r)
    f = render(r, 'code', style, rg, {'which': which})
    if f is None:
        return None
    facts = [f]
    if rg.random() < .35:
        k = render(r, 'kind', style, rg)
        if k:
            facts.append(k)
    if r['a'].get('brand') and rg.random() < .25:
        b = render(r, 'brand', style, rg)
        if b:
            facts.append(b)
    if reader.verdict(*ctx.fitsets(facts)) != i:
        return None
    return finish(ctx, i, facts, style, rg)


def prefix_pairs(ctx):
    if getattr(ctx, '_pp', None) is None:
        out = []
        for i, r in enumerate(ctx.rows):
            for raw in r['models'] + [r['number']]:
                c = norm_code(raw)
                if r['a']['kind'] == 'dgbb':
                    continue
                pref = ctx.prefix(c)
                if len(pref) < 2:
                    continue
                exact = [j for j in pref if c in ctx.rows[j]['codeset']]
                longer = [j for j in pref if j != i and any(cc.startswith(c) and cc != c for cc in ctx.rows[j]['codes'])]
                if exact == [i] and longer:
                    out.append((i, raw))
        ctx._pp = out
    return ctx._pp


def b_prefix(ctx, rg, used):
    if rg.random() < .25:
        def pred(r):
            return r['a']['seal'] == 'open' and r['a']['clear'] == 'CN'
        i, facts, style = described(ctx, rg, used, 'dgbb', base=['cat', 'bear:own'], pred=pred)
        if i is None:
            return None
        return finish(ctx, i, facts, style, rg)
    pairs = prefix_pairs(ctx)
    i, raw = rg.choice(pairs)
    if (raw == ctx.rows[i]['number']) != (rg.random() < .2) or i in used:
        return None
    r = ctx.rows[i]
    style = pick_style(rg, r)
    facts = [('code', 'code', raw.lower() if style == 'storekeeper' and rg.random() < .2 else raw)]
    if rg.random() < .5:
        k = render(r, 'kind', style, rg)
        if k:
            facts.append(k)
    if reader.verdict(*ctx.fitsets(facts)) != i:
        return None
    return finish(ctx, i, facts, style, rg)


def b_bare(ctx, rg, used):
    pool = wpick(rg, [('dgbb', .45), ('litbear', .2), ('oring_jis', .1), ('oilseal', .1), ('block', .05),
                      ('oring_gb', .05), ('cyl', .05)])
    base = None
    if pool == 'dgbb':
        base = ['cat', 'bear:' + rg.choice(['own', 'own', 'generic'])]
    if pool in ('block', 'cyl'):
        base = ['kind', 'code:model']
    DESC.setdefault('block', (['kind', 'code:model'], ['brand']))
    i, facts, style = described(ctx, rg, used, pool, base=base, disc=['brand', 'mat'])
    if i is None:
        return None
    cat = [f for f in facts if f[0] in ('cat', 'kind')]
    rest = [f for f in facts if f[0] not in ('cat', 'kind')]
    spec = chat.join([f[2] for f in rest], rg, .3)
    body = chat.join([cat[0][2], spec], rg, .6) if rg.random() < .6 else spec + ' ' + cat[0][2]
    return finish(ctx, i, facts, style, rg, body)


FAST_POOLS = [('fast_m', .55), ('fast_nut', .1), ('fast_w', .1), ('fast_pin', .08), ('fast_key', .05), ('oring_gb', .07)]


def b_std(ctx, rg, used, form):
    pool = wpick(rg, FAST_POOLS + ([('jis', .07)] if form == 'gb' else []))
    if pool == 'jis':
        pool, form, pred = 'fast_m', 'jis', (lambda r: r['a']['org'] == 'JIS')
    elif form == 'equiv':
        def pred(r):
            from qrender import std_forms
            return bool(std_forms(r['a']['std'], 'equiv', 'cn'))
    else:
        def pred(r):
            return r['a'].get('org', 'GB') == 'GB' or r['a'].get('std') == 'GB3452.1'
    b, d = DESC[pool]
    base = ['std:' + form, 'size' if pool != 'oring_gb' else 'oring'] + (['kind'] if rg.random() < .5 else [])
    i, facts, style = described(ctx, rg, used, pool, base=base, disc=[x for x in d if x not in ('std', 'org')], pred=pred)
    if i is None:
        return None
    return finish(ctx, i, facts, style, rg)


def b_grade(ctx, rg, used):
    pool = wpick(rg, [('fast_m', .5), ('fast_nut', .1), ('fast_w', .1), ('fast_inch', .05), ('oring_gb', .12),
                      ('oilseal', .08), ('hseal', .05)])
    key = 'mat' if pool in ('oring_gb', 'oilseal', 'hseal') else 'grade'
    b, d = DESC[pool]
    i, facts, style = described(ctx, rg, used, pool, base=b + [key], disc=[x for x in d if x != key],
                                opts={key: {'narrow': rg.random() < .3}})
    if i is None:
        return None
    without = [f for f in facts if f[0] != key]
    sem, lit = ctx.fitsets(without)
    if len(sem) < 2 or len({ctx.rows[j]['a'].get(key) for j in sem}) < 2:
        return None  # the grade/material must be what tells the rows apart
    return finish(ctx, i, facts, style, rg)


def b_size(ctx, rg, used):
    pool = wpick(rg, [('fast_m', .75), ('fast_nut', .15), ('fast_pin', .1)])
    i, facts, style = described(ctx, rg, used, pool, opts={'size': {'variety': True}})
    if i is None:
        return None
    return finish(ctx, i, facts, style, rg)


def b_imperial(ctx, rg, used):
    pool = wpick(rg, [('fast_inch', .3), ('oring_as', .25), ('hose', .12), ('hose_assy', .08), ('ferrule', .12),
                      ('pfit', .13)])
    opts = {'hose': {'imperial': True}}
    base, pred = None, None
    if pool in ('ferrule', 'pfit'):
        base = ['kind', 'ferrule' if pool == 'ferrule' else 'tube', 'thr']

        def pred(r):
            return r['a'].get('thr', 'M')[0] != 'M'
    i, facts, style = described(ctx, rg, used, pool, base=base, opts=opts, pred=pred)
    if i is None:
        return None
    return finish(ctx, i, facts, style, rg)


SPEC_POOLS = [('heater', .14), ('cart', .06), ('tc', .06), ('contactor', .1), ('relay', .05), ('prox', .07),
              ('breaker', .04), ('cyl', .1), ('pfit', .04), ('tube', .03), ('ferrule', .03), ('hose_assy', .05),
              ('gauge', .04), ('rail', .04), ('ballscrew', .03), ('oilseal', .04), ('hseal', .04), ('oring_gb', .02),
              ('lamp', .01), ('fuse', .01)]


def b_spec(ctx, rg, used):
    pool = wpick(rg, SPEC_POOLS)
    base = None
    if pool == 'contactor' and rg.random() < .5:
        base = ['kind', 'stem']
    i, facts, style = described(ctx, rg, used, pool, base=base)
    if i is None:
        return None
    return finish(ctx, i, facts, style, rg)


def b_voice(ctx, rg, used):
    pool = wpick(rg, [('fast_m', .4), ('dgbb', .2), ('oring_gb', .08), ('heater', .1), ('cyl', .1),
                      ('contactor', .06), ('oilseal', .06)])
    i, facts, style = described(ctx, rg, used, pool, style='voice')
    if i is None:
        return None
    return finish(ctx, i, facts, 'voice', rg)
