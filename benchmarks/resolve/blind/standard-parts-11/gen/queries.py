"""Build the 500 chat queries: pick a target row, render it in a kind and a style, keep it only when the
structured matcher says exactly that row fits (or, for near-miss requests, that nothing fits)."""
from . import fasteners, bearings, seals, hydraulics, linear, electrical, others, simple
import re

from .common import to_trad, norm_code, COUNT_CN

QUOTA = [('cat_spec', 75), ('nickname', 40), ('voice', 45), ('english', 35), ('model_code', 38), ('size_notation', 30),
         ('typo', 30), ('grade_notation', 30), ('equiv_std', 25), ('partial_code', 20), ('std_variant', 22),
         ('self_correct', 22), ('k3_number', 15), ('bare_spec', 25), ('old_number', 20)]
N_NULL = 28
# the chat log's spread of writers (sums to 500); a style that has had its share is only used when the kind allows no other
STYLE_TARGET = {'buyer': 115, 'engineer': 105, 'storekeeper': 99, 'ne': 73, 'tw': 63, 'voice': 45}

FAM_W = {
    'cat_spec': {'fst': 35, 'brg': 15, 'seal': 15, 'hyd': 8, 'lin': 10, 'ele': 9, 'oth': 8},
    'nickname': {'fst': 60, 'brg': 20, 'seal': 10, 'hyd': 5, 'ele': 5},
    'voice': {'fst': 40, 'brg': 15, 'seal': 15, 'hyd': 8, 'lin': 10, 'ele': 7, 'oth': 5},
    'english': {'fst': 35, 'brg': 20, 'seal': 15, 'hyd': 10, 'lin': 10, 'ele': 10},
    'model_code': {'brg': 25, 'hyd': 15, 'lin': 20, 'ele': 15, 'oth': 25, 'seal': 8},
    'size_notation': {'fst': 45, 'seal': 25, 'hyd': 10, 'lin': 10, 'ele': 10},
    'typo': {'fst': 50, 'brg': 15, 'seal': 15, 'lin': 10, 'ele': 10},
    'grade_notation': {'fst': 50, 'brg': 20, 'seal': 20, 'lin': 10},
    'equiv_std': {'fst': 60, 'brg': 30, 'seal': 10},
    'partial_code': {'brg': 20, 'hyd': 20, 'lin': 20, 'ele': 20, 'oth': 20},
    'std_variant': {'fst': 100},
    'self_correct': {'fst': 40, 'brg': 15, 'seal': 15, 'hyd': 10, 'lin': 10, 'oth': 10},
    'bare_spec': {'brg': 60, 'seal': 40},
    'k3_number': {'fst': 40, 'brg': 15, 'seal': 15, 'hyd': 8, 'lin': 8, 'ele': 6, 'oth': 8},
    'old_number': {'fst': 40, 'brg': 15, 'seal': 15, 'hyd': 8, 'lin': 8, 'ele': 6, 'oth': 8},
    'null': {'fst': 35, 'brg': 20, 'seal': 20, 'hyd': 10, 'lin': 10, 'ele': 5},
}
STYLE_W = {
    'cat_spec': {'ne': 20, 'tw': 15, 'buyer': 20, 'storekeeper': 25, 'engineer': 20},
    'voice': {'voice': 80, 'ne': 20},
    'nickname': {'ne': 1},
    'english': {'buyer': 50, 'engineer': 50},
    'model_code': {'buyer': 30, 'tw': 25, 'engineer': 25, 'storekeeper': 20},
    'size_notation': {'ne': 20, 'tw': 15, 'buyer': 20, 'storekeeper': 25, 'engineer': 20},
    'typo': {'ne': 30, 'storekeeper': 30, 'buyer': 20, 'tw': 20},
    'grade_notation': {'engineer': 35, 'buyer': 35, 'tw': 30},
    'equiv_std': {'engineer': 50, 'buyer': 30, 'tw': 20},
    'partial_code': {'storekeeper': 40, 'ne': 30, 'buyer': 30},
    'std_variant': {'engineer': 40, 'buyer': 30, 'storekeeper': 30},
    'self_correct': {'ne': 35, 'voice': 35, 'storekeeper': 15, 'tw': 15},
    'k3_number': {'storekeeper': 50, 'buyer': 30, 'engineer': 20},
    'bare_spec': {'tw': 30, 'ne': 30, 'storekeeper': 40},
    'old_number': {'storekeeper': 60, 'buyer': 40},
    'null': {'ne': 20, 'tw': 15, 'buyer': 25, 'storekeeper': 20, 'engineer': 20},
}

WRAP = {
    'ne': ['{q}还有没？给我拿{c}', '老铁，{q}库里还有没有', '{q}，整{c}，贼急', '嘎哈呢，{q}有没有啊', '{q}啥时候能到？',
           '帮我瞅瞅{q}还剩多少', '{q}给我整{c}呗', '{q}有的话给我留{c}', '哎 {q} 还有吗', '{q}，机床等着装呢，快点'],
    'tw': ['請問{q}還有庫存嗎', '{q} 需要{n}{u}，麻煩確認', '{q}有現貨嗎？', '幫我查一下{q}', '{q} 要下單{n}{u}',
           '{q} 庫存多少？', '麻煩確認 {q} 數量', '{q}，客戶在催，謝謝'],
    'buyer': ['{q} 采购{n}{u}，先查下库存', '请查询{q}的库存', '{q}要补货，现在库存多少', '下单前确认：{q}', '{q}，月底要{n}{u}',
              '{q} 比价前看一下库存', '供应商报价了，{q}，咱们库里还有吗'],
    'storekeeper': ['{q} 出库{n}{u}', '{q} 领料{n}', '盘点：{q}', '{q} 在哪个货架', '查{q}', '{q} 还剩几{u}', '{q} 入库{n}{u}',
                    '{q}库存'],
    'voice': ['那个{q}给我来{cn}', '{q}还有没有', '我要{q}，{cn}', '嗯{q}啊，那个急用', '呃 {q} 库里有吗', '帮我找一下{q}'],
    'engineer': ['BOM里的{q}，库存够不够{n}{u}', '装配缺{q}，请确认库存', '{q}，图纸要求，确认有货', '试机用{q} {n}{u}',
                 '{q} 库存查询', '设计变更，改用{q}，有货吗'],
}
WRAP_EN = ['Need {n} pcs {q}, do we have stock?', 'Do we have {q}? need {n}', '{q} x{n} - stock check please',
           'Please check stock: {q}', 'urgent: {q}, qty {n}', 'stock of {q}?']
NOISE = ['', '', '', '', '[捂脸]', '？？', '。。', ' @仓库', '[抱拳]', ' 谢谢']
WRAP_K3 = {'storekeeper': ['物料编码{q} 还有几个', '{q} 库存', '查一下{q}', '{q}出库{n}'],
           'buyer': ['{q} 现在库存多少', '编码{q}要补货吗', 'K3编码 {q} 查库存'],
           'engineer': ['物料{q}有没有', 'BOM里{q}，确认库存']}
WRAP_OLD = {'storekeeper': ['老编码{q}，新系统里是哪个', '旧号{q} 还有货吗', '{q}（老系统的号）查库存'],
            'buyer': ['以前U8里的{q}，现在库存多少', '旧编码{q}要补货，查一下']}

SIMPLE_MODS = {'hyd': hydraulics, 'lin': linear, 'ele': electrical, 'oth': others}


def fam_key(row):
    f = row['attrs']['fam']
    return f if f in ('fst', 'brg', 'seal', 'hyd', 'lin', 'ele') else 'oth'


def wchoice(rng, d):
    keys = sorted(d)
    return rng.choices(keys, [d[k] for k in keys])[0]


def do_render(fk, row, kind, style, rng, count):
    if fk == 'fst':
        return fasteners.render(row, kind, style, rng, count)
    if fk == 'brg':
        return bearings.render(row, kind, style, rng, count)
    if fk == 'seal':
        return seals.render(row, kind, style, rng, count)
    return simple.render(SIMPLE_MODS[fk], row, kind, style, rng, count)


def do_null(fk, row, style, rng, count):
    if fk == 'fst':
        return fasteners.render_null(row, style, rng, count)
    if fk == 'brg':
        return bearings.render_null(row, style, rng, count)
    if fk == 'seal':
        return seals.render_null(row, style, rng, count)
    return simple.render_null(SIMPLE_MODS[fk], row, style, rng, count)


def wrap(q, style, kind, unit, rng):
    n = rng.choice([1, 2, 2, 4, 5, 10, 20, 50]) if unit in ('个', '只') else rng.choice([1, 2, 3, 4])
    if unit == '米':
        n = rng.choice([5, 10, 20, 50, 100])
    c = {1: '一' + unit, 2: rng.choice(['俩', '两' + unit]), 3: '仨', 4: '四' + unit, 5: '五' + unit, 10: '十' + unit,
         20: '二十' + unit, 50: '五十' + unit, 100: '一百' + unit}[n]
    cn = c if n != 2 else '两' + unit
    if kind == 'english':
        t = rng.choice(WRAP_EN)
        return t.format(q=q, n=n)
    if kind == 'k3_number':
        t = rng.choice(WRAP_K3[style])
    elif kind == 'old_number':
        t = rng.choice(WRAP_OLD[style])
    else:
        t = rng.choice(WRAP[style])
    s = t.format(q=q, n=n, u=unit, c=c, cn=cn)
    if style == 'tw':
        s = to_trad(s)
    if style not in ('voice',):
        s = s + rng.choice(NOISE) if style in ('ne', 'storekeeper', 'buyer') else s
    return s


def build(rows, matcher, rng):
    count = matcher.count
    pools = {}
    for r in rows:
        pools.setdefault(fam_key(r), []).append(r)
    used = set()
    texts = set()
    out = []

    style_n = {}

    def take(kind, quota, null=False):
        got = 0
        tries = 0
        while got < quota:
            tries += 1
            if tries > 20000:
                raise RuntimeError('cannot fill kind %s (%d/%d)' % (kind, got, quota))
            fk = wchoice(rng, FAM_W[kind])
            pool = pools[fk]
            row = pool[rng.randrange(len(pool))]
            if row['number'] in used:
                continue
            style = wchoice(rng, STYLE_W[kind])
            if kind == 'nickname':
                if row.get('clerk') in ('eng', 'imp'):
                    style = rng.choice(['ne', 'storekeeper', 'tw', 'voice'])
                    if fk not in ('fst', 'brg', 'seal'):
                        style = rng.choice(['ne', 'storekeeper'])
                else:
                    if fk not in ('fst', 'brg'):
                        continue
                    style = rng.choice(['engineer', 'buyer'])
            allowed = set(STYLE_W[kind]) if kind != 'nickname' else {'ne', 'storekeeper', 'tw', 'voice', 'engineer', 'buyer'}
            if style_n.get(style, 0) >= STYLE_TARGET[style] and \
                    any(style_n.get(x, 0) < STYLE_TARGET[x] for x in allowed) and tries < 15000:
                continue
            if null:
                res = do_null(fk, row, style, rng, count)
                expect = None
            elif kind == 'k3_number':
                res = (row['number'], {'number': row['number']})
                expect = row['number']
            elif kind == 'old_number':
                if not row['aliases']:
                    continue
                al = row['aliases'][0]
                v = rng.choice([al, al, al.lower(), al.replace('-', '')])
                res = (v, {'alias': norm_code(al)})
                expect = row['number']
            else:
                res = do_render(fk, row, kind, style, rng, count)
                expect = row['number']
            if res is None:
                continue
            q, cons = res
            if kind == 'english' and re.search('[\u3000-\u9fff\uff00-\uffef]', q):
                continue
            fits = matcher.fits(cons)
            if null:
                if fits:
                    continue
            elif len(fits) != 1 or fits[0] is not row:
                continue
            text = wrap(q, style, kind, row['unit'], rng)
            if text in texts:
                continue
            texts.add(text)
            used.add(row['number'])
            style_n[style] = style_n.get(style, 0) + 1
            out.append({'query': text, 'expect': expect, 'kind': 'not_stocked' if null else kind, 'style': style,
                        '_cons': cons})
            got += 1

    for kind, quota in QUOTA:
        take(kind, quota)
    take('null', N_NULL, null=True)
    rng.shuffle(out)
    return out
