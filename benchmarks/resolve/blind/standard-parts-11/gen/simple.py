"""Generic facet-based renderer shared by the smaller families.

A family module provides
    facets(row, reg, kind, rng) -> (F, req, opt, order) or None
        F: name -> (constraint dict, text[, wrong_text])
    perturb(attrs, rng) -> attrs for a near-miss (null) request, or None
    NULL_NAMES (optional): facet names to use for the fully specified null request
"""
from .common import pick, norm_code, partial_fragment

REG_OF_STYLE = {'ne': 'ne', 'tw': 'tw', 'voice': 'voice', 'engineer': 'cn', 'buyer': 'cn', 'storekeeper': 'ne'}


def ch(rng, lst):
    return lst[rng.randrange(len(lst))]


def reg_for(kind, style):
    if kind == 'english':
        return 'en'
    if kind == 'voice':
        return 'voice'
    return REG_OF_STYLE[style]


def model_variant(model, rng):
    v = ch(rng, ['asis', 'lower', 'nosep', 'space', 'asis'])
    if v == 'lower':
        return model.lower()
    if v == 'nosep':
        return model.replace('-', '').replace('/', '').replace(' ', '')
    if v == 'space':
        return model.replace('-', ' ').replace('/', ' ')
    return model


def model_facets(F, row, kind, rng):
    """Add 'model' facet for model_code / partial_code kinds."""
    a = row['attrs']
    if 'model' not in a:
        return False
    if kind == 'model_code':
        F['model'] = ({'model': a['model_n']}, model_variant(a['model'], rng))
        return True
    if kind == 'partial_code':
        frag = partial_fragment(a['model'], rng)
        if frag is None or len(norm_code(frag)) < 5:
            return False
        F['model'] = ({'model_sub': norm_code(frag)}, frag)
        return True
    return False


def render(mod, row, kind, style, rng, count, null=False):
    reg = reg_for(kind, style)
    r = mod.facets(row, reg, kind, rng)
    if r is None:
        return None
    F, req, opt, order = r
    if null:
        names = [n for n in getattr(mod, 'NULL_NAMES', order) if n in F]
    else:
        names = pick(F, req, opt, count, rng, extra_p=0.25)
        if names is None:
            return None
        if kind == 'self_correct':
            cand = [n for n in names if len(F[n]) > 2 and F[n][2]]
            if not cand:
                return None
            n = cand[0]
            sep = ch(rng, ['，不对，', '…不是，是', '，说错了，是', ' 哦不对 ']) if reg != 'tw' else ch(rng, ['，不對，是', '，更正：'])
            if reg == 'en':
                sep = ch(rng, [', sorry, ', ' -- no, I mean '])
            F[n] = (F[n][0], F[n][2] + sep + F[n][1])
    cons = {}
    for n in names:
        cons.update(F[n][0])
    parts = [F[n][1] for n in order if n in names]
    extra = [F[n][1] for n in names if n not in order]
    parts += extra
    if len(parts) > 2 and rng.random() < 0.3:
        parts = parts[1:] + parts[:1]
    return ' '.join(p for p in parts if p), cons


def render_null(mod, row, style, rng, count):
    fa = mod.perturb(dict(row['attrs']), rng)
    if fa is None:
        return None
    fake = dict(row)
    fake['attrs'] = fa
    r = render(mod, fake, 'cat_spec', style, rng, count, null=True)
    if r is None or count(r[1]) != 0:
        return None
    return r
