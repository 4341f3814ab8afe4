"""Query generation: a matching context that decides which catalogue rows fit what a query states,
the query plan (kinds x styles x families) and the code-based queries."""
import json
import re

from common import rng_for, norm_code, pick, wrap, cn_digits
import fasteners
import bearings
import seals
import sanitary
import pneumatics
import conveyor
import electrical
import misc
import imported


OLD_RE = re.compile(r'^[A-Z]{2}[AB]?-\d{5}$')


def _digits(s):
    return ''.join(c for c in s if c.isdigit())


SPECIAL = {
    'number': lambda it, v: it.number == v,
    'alias': lambda it, v: v in it.aliases,
    'model_eq': lambda it, v: 'model' in it.a and norm_code(it.a['model']) == norm_code(v),
    'model_sub': lambda it, v: 'model' in it.a and norm_code(v) in norm_code(it.a['model']),
    'model_digits': lambda it, v: 'model' in it.a and _digits(it.a['model']) == v,
    'dims': lambda it, v: it.a.get('btype') == 'deep' and bearings.DIMS.get(it.a.get('base')) == v,
    'od_cs': lambda it, v: (it.a.get('fam') == 'oring' and it.a['cs'] == v[1]
                            and fasteners.fmt(float(it.a['id']) + 2 * float(it.a['cs'])) == v[0]),
}


class Ctx:
    def __init__(self, items):
        self.items = items
        self.fam = {}
        for it in items:
            self.fam.setdefault(it.a['fam'], []).append(it)
        self.used = set()

    def match(self, st):
        pool = self.fam.get(st['fam'], []) if 'fam' in st else self.items
        out = []
        for it in pool:
            ok = True
            for k, v in st.items():
                if k == 'fam':
                    continue
                f = SPECIAL.get(k)
                if f is not None:
                    if not f(it, v):
                        ok = False
                        break
                elif it.a.get(k, '<absent>') != v:
                    ok = False
                    break
            if ok:
                out.append(it)
        return out

    def unique(self, st, t):
        m = self.match(st)
        return len(m) == 1 and m[0] is t


# ------------------------------------------------------------------ code queries
def gen_code(ctx, rng, qk, style):
    for _ in range(500):
        t = pick(rng, ctx.items)
        if t.number in ctx.used:
            continue
        if qk == 'exact_code':
            n = t.number
            v = n
            st = {'number': n}
            tpl = pick(rng, ['{v}', '{v} 还有吗', '编码{v}的料仲有冇', '物料编码 {v} 库存多少', 'pls check {v}',
                             'K3编码{v} 仲有几多'])
        else:
            olds = [a for a in t.aliases if OLD_RE.match(a)]
            if not olds:
                continue
            v = olds[0]
            st = {'alias': v}
            tpl = pick(rng, ['旧编码{v}', '老系统号 {v} 现在编码系几多', '{v} 这个旧号对应哪个料', 'old code {v} pls check',
                             '旧料号{v}，还有货吗'])
        if ctx.unique(st, t):
            return tpl.format(v=v), st, t
    return None


def gen_vacuum(ctx, rng, qk, style):
    return pneumatics.gen(ctx, rng, qk, style, force='vacuum')


B, S, E, M, C, H = 'buyer', 'storekeeper', 'engineer', 'mechanic_voice', 'cantonese', 'hk_english'

PLAN = [
    # family generator, kind, count, styles
    (fasteners.gen, 'spec_with_category', 14, [S, B, C, M]),
    (fasteners.gen, 'standard_notation', 12, [E, B]),
    (fasteners.gen, 'equivalent_standard', 12, [E, H, B]),
    (fasteners.gen, 'grade_material', 12, [E, B, S, C]),
    (fasteners.gen, 'size_notation', 12, [S, M, B, C]),
    (fasteners.gen, 'typo', 8, [S, M, B]),
    (fasteners.gen, 'voice', 12, [M, C]),
    (fasteners.gen, 'voice_correction', 6, [M, C]),
    (fasteners.gen, 'nickname', 12, [C, S, M]),
    (fasteners.gen, 'english', 10, [H]),
    (fasteners.gen, 'null', 6, [B, C, H, S]),
    (bearings.gen, 'bare_spec_category', 8, [S, C, M, B]),
    (bearings.gen, 'spec_with_category', 10, [B, S, E, C]),
    (bearings.gen, 'model_code', 10, [E, B, H]),
    (bearings.gen, 'equivalent_standard', 6, [S, E]),
    (bearings.gen, 'size_notation', 4, [E, M]),
    (bearings.gen, 'voice', 5, [M, C]),
    (bearings.gen, 'nickname', 8, [C, S]),
    (bearings.gen, 'english', 6, [H]),
    (bearings.gen, 'typo', 4, [S, B, C]),
    (bearings.gen, 'partial_code', 3, [B, E]),
    (bearings.gen, 'null', 5, [B, S, C, H]),
    (seals.gen, 'spec_with_category', 12, [S, B, C, E]),
    (seals.gen, 'size_notation', 5, [E, M]),
    (seals.gen, 'voice', 6, [M, C]),
    (seals.gen, 'grade_material', 8, [E, B, C]),
    (seals.gen, 'typo', 4, [S, B, M]),
    (seals.gen, 'nickname', 6, [C, S]),
    (seals.gen, 'english', 6, [H]),
    (seals.gen, 'standard_notation', 4, [E, H]),
    (seals.gen, 'null', 4, [B, C, S]),
    (sanitary.gen, 'spec_with_category', 9, [S, B, E, C]),
    (sanitary.gen, 'size_notation', 5, [E, S]),
    (sanitary.gen, 'grade_material', 3, [B]),
    (sanitary.gen, 'nickname', 5, [C, M]),
    (sanitary.gen, 'english', 5, [H]),
    (sanitary.gen, 'voice', 3, [M]),
    (sanitary.gen, 'typo', 2, [S, B]),
    (sanitary.gen, 'null', 3, [B, E]),
    (pneumatics.gen, 'model_code', 10, [E, B, S, H]),
    (pneumatics.gen, 'partial_code', 7, [B, S, M]),
    (pneumatics.gen, 'spec_with_category', 10, [B, S, E, C]),
    (pneumatics.gen, 'voice', 7, [M, C]),
    (pneumatics.gen, 'voice_correction', 4, [M, C]),
    (pneumatics.gen, 'typo', 4, [S, B, M]),
    (pneumatics.gen, 'nickname', 6, [C]),
    (pneumatics.gen, 'english', 6, [H]),
    (pneumatics.gen, 'size_notation', 6, [S, M]),
    (pneumatics.gen, 'null', 4, [B, C, S]),
    (gen_vacuum, 'spec_with_category', 6, [B, S, E]),
    (gen_vacuum, 'english', 2, [H]),
    (gen_vacuum, 'voice', 2, [M]),
    (conveyor.gen, 'spec_with_category', 10, [B, S, E, C]),
    (conveyor.gen, 'model_code', 6, [E, B]),
    (conveyor.gen, 'nickname', 6, [C, M]),
    (conveyor.gen, 'voice', 5, [M]),
    (conveyor.gen, 'typo', 3, [S, B]),
    (conveyor.gen, 'english', 5, [H]),
    (conveyor.gen, 'size_notation', 4, [E, S]),
    (conveyor.gen, 'equivalent_standard', 3, [M, S]),
    (conveyor.gen, 'null', 3, [B, S]),
    (electrical.gen, 'model_code', 11, [E, B, S, H]),
    (electrical.gen, 'partial_code', 6, [B, S, M]),
    (electrical.gen, 'spec_with_category', 8, [E, B, S]),
    (electrical.gen, 'voice', 4, [M]),
    (electrical.gen, 'typo', 3, [S, B]),
    (electrical.gen, 'english', 3, [H]),
    (electrical.gen, 'nickname', 4, [C, M]),
    (electrical.gen, 'null', 2, [B, E]),
    (misc.gen_spring, 'spec_with_category', 5, [S, B, E]),
    (misc.gen_spring, 'voice', 3, [M]),
    (misc.gen_spring, 'nickname', 2, [C]),
    (misc.gen_spring, 'english', 1, [H]),
    (misc.gen_spring, 'null', 1, [B]),
    (misc.gen_lube, 'spec_with_category', 5, [B, S]),
    (misc.gen_lube, 'nickname', 2, [C]),
    (imported.gen, 'model_code', 8, [E, B, S]),
    (imported.gen, 'partial_code', 5, [B, S]),
    (imported.gen, 'voice', 2, [M]),
    (imported.gen, 'nickname', 6, [M, E]),
    (imported.gen, 'english', 3, [H]),
    (imported.gen, 'spec_with_category', 4, [S, B]),
    (imported.gen, 'null', 2, [E, B]),
    (gen_code, 'exact_code', 8, [B, S, H]),
    (gen_code, 'old_code', 8, [S, B, H]),
]

FAMILY_OF = {fasteners.gen: 'fasteners', bearings.gen: 'bearings', seals.gen: 'seals', sanitary.gen: 'sanitary',
             pneumatics.gen: 'pneumatics', gen_vacuum: 'vacuum', conveyor.gen: 'conveyor', electrical.gen: 'electrical',
             misc.gen_spring: 'springs', misc.gen_lube: 'lube', imported.gen: 'imported', gen_code: 'codes'}


def build_queries(items):
    ctx = Ctx(items)
    rng = rng_for('queries')
    out = []
    texts = set()
    for fn, kind, n, styles in PLAN:
        made = 0
        attempts = 0
        while made < n:
            attempts += 1
            if attempts > 400:
                raise RuntimeError('cannot make %s/%s (%d of %d)' % (FAMILY_OF[fn], kind, made, n))
            style = styles[(made + attempts) % len(styles)]
            r = fn(ctx, rng, kind, style)
            if r is None:
                continue
            text, st, t = r
            text = ' '.join(text.split())
            if text in texts:
                continue
            texts.add(text)
            if t is not None:
                ctx.used.add(t.number)
            out.append(dict(query=text, expect=t.number if t else None, kind=kind, style=style,
                            family=FAMILY_OF[fn], stated=st))
            made += 1
    rng.shuffle(out)
    return out, ctx


def queries_jsonl(qs):
    lines = []
    for q in qs:
        lines.append(json.dumps({'query': q['query'], 'expect': q['expect'], 'kind': q['kind'], 'style': q['style']},
                                ensure_ascii=False))
    return '\n'.join(lines) + '\n'
