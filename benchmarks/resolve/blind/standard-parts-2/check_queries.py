#!/usr/bin/env python3
"""Checker for the blind queries.

For every query, queries_meta.jsonl records the attributes the query text
states (its constraints).  The checker compares them with the structured
attributes of every catalogue row (catalogue_attrs.jsonl) and decides, the way
a careful storekeeper would:

  per constraint an item is  F  fits exactly
                             E  fits through a declared equivalent standard
                             P  is a longer / more specific variant of what
                                was said (X-115B for "X-115", 6204-2RS for
                                "6204", a C3 or fine-pitch variant when the
                                query gave none) -- the exact one wins
                             L  unknown: the row does not record it, or a
                                loose family match (镀锌 vs 蓝白锌)
                             X  contradicts
  a row with any X is out.
  non-null query: the expected row is F on every constraint (E / P only
  where the query is marked to rely on it) and every other row still in is
  dominated: it is E or P somewhere the expected row is F and nowhere better.
  An L-only rival (could be the same thing) makes the query ambiguous.
  null query: no row may stay in at all.

python3 check_queries.py    -> verifies queries.jsonl / queries_meta.jsonl,
                               exit 1 on any failure.
"""
import csv
import json
import os
import re
import sys

from stdmodel import STD, SS_GRADES, SS_MATERIALS, ZINC, item_finish, item_material, norm_code, std_eq

HERE = os.path.dirname(os.path.abspath(__file__))
RANK = {'F': 4, 'E': 3, 'P': 3, 'L': 2, 'X': 0}
NUMERIC = {'d', 'L', 'b', 'h', 'id', 'cs', 'D', 'H', 'dn', 'bore', 'rod', 'stroke', 'length', 'od', 'lo', 'hi', 'angle'}


def feq(a, b):
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return str(a) == str(b)


def lvl_grade(it, q):
    g = it.get('grade')
    if g is not None:
        return 'F' if g == q else 'X'
    m = item_material(it)
    if m is None:
        return 'L'
    if q in SS_GRADES:
        want = SS_GRADES[q]
        return 'L' if m in (want, 'SS') else 'X'
    # carbon-steel grades
    return 'X' if m in SS_MATERIALS else 'L'


def lvl_material(it, q):
    m = item_material(it)
    if m is None:
        return 'L'
    if q == 'SS':
        return 'F' if m in SS_MATERIALS else 'X'
    if m == q:
        return 'F'
    if m == 'SS' and q in SS_MATERIALS:
        return 'L'
    return 'X'


def lvl_finish(it, q):
    f = item_finish(it)
    if f is None:
        return 'L'
    if f == q:
        return 'F'
    if (q == 'ZN' and (f in ZINC or f == 'HDG')) or (f == 'ZN' and (q in ZINC or q == 'HDG')):
        return 'L'
    return 'X'


def level(it, key, q):
    if key == 'ptype':
        return 'F' if it.get('ptype') in q else 'X'
    if key == 'kind':
        return 'F' if it.get('kind') == q else 'X'
    if key == 'std':
        s = it.get('std')
        if s is None:
            return 'L'
        if s == q:
            return 'F'
        return 'E' if std_eq(s, q) else 'X'
    if key == 'pitch':
        p = it.get('pitch', 'coarse')
        if q == 'coarse':
            return 'F' if p == 'coarse' else ('P' if isinstance(p, (int, float)) else 'X')
        return 'F' if feq(p, q) else 'X'
    if key == 'grade':
        return lvl_grade(it, q)
    if key == 'material':
        return lvl_material(it, q)
    if key == 'finish':
        return lvl_finish(it, q)
    if key == 'brand':
        b = it.get('brand')
        if b is None:
            return 'L'
        return 'F' if b in q else 'X'
    if key == 'base':
        b = it.get('base')
        if b is None:
            return 'X'
        if b == q:
            return 'F'
        if b.startswith(q) and not b[len(q)].isdigit():
            return 'P'
        return 'X'
    if key == 'seal':
        s = it.get('seal', 'open')
        if s == q:
            return 'F'
        return 'P' if q == 'open' else 'X'
    if key == 'clearance':
        c = it.get('clearance', 'CN')
        if c == q:
            return 'F'
        return 'P' if q == 'CN' else 'X'
    if key == 'design':
        d = norm_code(it.get('design', ''))
        qq = norm_code(q)
        if d == qq:
            return 'F'
        return 'P' if d.startswith(qq) else 'X'
    if key == 'code':
        c = it.get('code')
        if c is None:
            return 'X'
        c = norm_code(c)
        if c == q:
            return 'F'
        return 'P' if c.startswith(q) else 'X'
    if key == 'alias':
        return 'F' if q in [norm_code(a) for a in it.get('aliases', [])] else 'X'
    if key == 'number':
        n = it['number']
        if n == q:
            return 'F'
        return 'P' if n.startswith(q) else 'X'
    if key in NUMERIC:
        v = it.get(key)
        if v is None:
            return 'L'
        return 'F' if feq(v, q) else 'X'
    # generic categorical attribute
    v = it.get(key)
    if v is None:
        return 'L'
    return 'F' if str(v) == str(q) else 'X'


def levels(it, cons):
    out = {}
    for k, q in cons.items():
        lv = level(it, k, q)
        if lv == 'X':
            return None
        out[k] = lv
    return out


ALLOW = {'std_equiv': ('std', 'E'), 'code_prefix': ('code', 'P'), 'design_prefix': ('design', 'P'),
         'base_prefix': ('base', 'P')}


def verdict(items, cons, expect, allow=()):
    """Return (ok, reason, survivors)."""
    surv = []
    tl = None
    for it in items:
        lv = levels(it, cons)
        if lv is None:
            continue
        if it['number'] == expect:
            tl = lv
        else:
            surv.append((it['number'], lv))
    if expect is None:
        if surv:
            return False, 'null but fits %s' % [n for n, _ in surv[:5]], surv
        return True, 'ok', surv
    if tl is None:
        return False, 'target contradicts', surv
    okset = {ALLOW[a] for a in allow}
    for k, lv in tl.items():
        if lv != 'F' and (k, lv) not in okset:
            return False, 'target %s=%s' % (k, lv), surv
    for n, lv in surv:
        dom = False
        worse = False
        for k in cons:
            rt, ro = RANK[tl[k]], RANK[lv[k]]
            if ro > rt:
                worse = True
            if tl[k] == 'F' and lv[k] in ('E', 'P'):
                dom = True
        if worse or not dom:
            return False, 'ambiguous with %s %s' % (n, lv), surv
    return True, 'ok', surv


def load_items(path=None):
    path = path or os.path.join(HERE, 'catalogue_attrs.jsonl')
    items = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            items.append(json.loads(line))
    return items


class Index:
    """Speeds up verdict(): only rows sharing a strong key can survive."""

    def __init__(self, items):
        self.items = items
        self.by_kind = {}
        self.by_ptype = {}
        for it in items:
            self.by_kind.setdefault(it['kind'], []).append(it)
            self.by_ptype.setdefault(it['ptype'], []).append(it)

    def verdict(self, cons, expect, allow=()):
        # constraints on number / alias / code can be satisfied by any kind
        if any(k in cons for k in ('number', 'alias', 'code')) or 'ptype' not in cons and 'kind' not in cons:
            return verdict(self.items, cons, expect, allow)
        if 'ptype' in cons:
            pool = [it for p in sorted(set(cons['ptype'])) for it in self.by_ptype.get(p, [])]
            return verdict(pool, cons, expect, allow)
        kinds = set()
        if 'kind' in cons:
            kinds.add(cons['kind'])
        if 'ptype' in cons:
            kinds |= set(PTYPE_KIND.get(p, 'x') for p in cons['ptype'])
        pool = [it for k in sorted(kinds) for it in self.by_kind.get(k, [])]
        return verdict(pool, cons, expect, allow)


PTYPE_KIND = {}


def _init_ptype_kind(items):
    for it in items:
        PTYPE_KIND.setdefault(it['ptype'], it['kind'])


# ---------------------------------------------------------------------------
# text evidence checks (guards against a renderer that states something it
# did not record, or records something it did not state)
# ---------------------------------------------------------------------------
CN_DIG = {'0': '零', '1': '一', '2': '二', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九'}


def cn_num(n):
    n = int(n)
    if n < 10:
        return CN_DIG[str(n)]
    if n < 20:
        return '十' + (CN_DIG[str(n % 10)] if n % 10 else '')
    if n < 100:
        return CN_DIG[str(n // 10)] + '十' + (CN_DIG[str(n % 10)] if n % 10 else '')
    return str(n)


def num_forms(v):
    s = ('%g' % float(v))
    out = {s}
    try:
        if float(v).is_integer():
            out.add(cn_num(v))
    except ValueError:
        pass
    return out


def evidence_problems(q, cons):
    text = q['query']
    nt = norm_code(text)
    probs = []
    for k, v in cons.items():
        if k in NUMERIC and k != 'angle':
            if not any(f in text for f in num_forms(v)):
                probs.append('%s=%s not in text' % (k, v))
        elif k in ('code', 'alias'):
            if v not in nt:
                probs.append('%s %s not in text' % (k, v))
        elif k == 'number':
            if v not in text:
                probs.append('number not in text')
        elif k == 'base':
            if norm_code(v) not in nt and not q.get('oldcode'):
                probs.append('base %s not in text' % v)
    return probs


TOKEN_SPLIT = re.compile(r'[\s,，。？?！!、；;：:（）()\[\]【】"“”\u4e00-\u9fff\u3400-\u4dbf]+')


def collision_problems(q, items_by_alias, expect, cons=None):
    """An arbitrary alias of another row typed verbatim in the query would
    make that row a fair answer too."""
    probs = []
    for tok in TOKEN_SPLIT.split(q['query']):
        t = norm_code(tok)
        if cons and t in (cons.get('alias'), norm_code(cons.get('number', ''))):
            continue
        if len(t) < 4 or not re.search(r'\d', t):
            continue
        for num in items_by_alias.get(t, []):
            if num != expect:
                probs.append('token %s is an alias of %s' % (tok, num))
    return probs


def alias_index(items):
    idx = {}
    for it in items:
        for a, t in zip(it.get('aliases', []), it.get('alias_types', [])):
            if t in ('oldno', 'mnemonic', 'oem', 'supplier'):
                idx.setdefault(norm_code(a), []).append(it['number'])
        idx.setdefault(norm_code(it['number']), []).append(it['number'])
    return idx


def main():
    items = load_items()
    _init_ptype_kind(items)
    idx = Index(items)
    nums = {it['number'] for it in items}
    bad = 0
    # catalogue.csv agrees with the attribute file
    with open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if rows[0] != ['number', 'name', 'spec', 'unit', 'category', 'aliases']:
        print('bad header'); bad += 1
    if len(rows) - 1 != len(items) or len({r[0] for r in rows[1:]}) != len(rows) - 1:
        print('catalogue rows / numbers mismatch'); bad += 1
    for r, it in zip(rows[1:], items):
        if r[0] != it['number'] or r[1] != it['name'] or r[2] != it['spec'] or r[5] != ';'.join(it.get('aliases', [])):
            print('row mismatch', r[0]); bad += 1
            break
    with open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8') as f:
        qs = [json.loads(l) for l in f]
    with open(os.path.join(HERE, 'queries_meta.jsonl'), encoding='utf-8') as f:
        metas = [json.loads(l) for l in f]
    if len(qs) != 500:
        print('need exactly 500 queries, have', len(qs)); bad += 1
    if len(metas) != len(qs):
        print('meta length mismatch'); bad += 1
    texts = set()
    aidx = alias_index(items)
    nnull = 0
    for i, (q, m) in enumerate(zip(qs, metas)):
        if set(q) != {'query', 'expect', 'kind', 'style'}:
            print(i, 'bad keys', q); bad += 1
        if q['kind'] not in ('fastener', 'bearing', 'seal', 'hydraulic', 'code', 'other'):
            print(i, 'bad kind'); bad += 1
        if q['style'] not in ('zh', 'en', 'mixed', 'zh-hant', 'voice'):
            print(i, 'bad style'); bad += 1
        if q['query'] in texts:
            print(i, 'duplicate text', q['query']); bad += 1
        texts.add(q['query'])
        if m['query'] != q['query'] or m['expect'] != q['expect']:
            print(i, 'meta does not match query line'); bad += 1
            continue
        if q['expect'] is None:
            nnull += 1
        elif q['expect'] not in nums:
            print(i, 'expect not in catalogue', q['expect']); bad += 1
            continue
        ok, why, _ = idx.verdict(m['constraints'], q['expect'], m.get('allow', []))
        if not ok:
            print(i, 'FAIL', why, '|', q['query']); bad += 1
        for p in evidence_problems(m, m['constraints']) + collision_problems(q, aidx, q['expect'], m['constraints']):
            print(i, 'TEXT', p, '|', q['query']); bad += 1
    if not (0.04 <= nnull / max(1, len(qs)) <= 0.06):
        print('null share out of range', nnull); bad += 1
    print('checked', len(qs), 'queries,', nnull, 'null,', bad, 'problems')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
