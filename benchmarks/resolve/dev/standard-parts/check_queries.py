# -*- coding: utf-8 -*-
"""Checker: every query must fit exactly one catalogue item (or none, for expect=null).

    python3 check_queries.py            # checks queries.jsonl against catalogue.csv + items_attrs.jsonl
                                        # using the stated attributes in queries_meta.jsonl; exit 1 on any failure

What a query "states" is recorded, attribute by attribute, in queries_meta.jsonl (written by gen_queries.py
from the very words it put into the query).  Matching rules (a careful storekeeper's reading):

* cons {attr: [allowed values]}: an item matches when, for every stated attribute, the item has that
  attribute and its value is among the allowed ones.  An item whose text does not state the attribute
  (value null) is NOT excluded - it might be the one (conservative).  An item of another sort that has no
  such attribute at all is excluded.  Finish: a plain "zinc" is compatible with white and colour zinc.
  'model' values are compared as normalised codes (case, -, /, spaces, x/X/* ignored).
* code: the normalised code must equal one whole token of the item's number, name, spec or aliases
  (so "X-115" does not match X-115B or X-1150).
* std [stds]: an item written with the very standard matches best (level 2); one that declares it as an
  equivalent in its aliases next (1); one with an undeclared equivalent standard or no standard at all
  is a weak candidate (0).  If level-2 items exist the candidates are levels 2+1, else levels 1+0.
* pref {attr: [...]} with tiebreak: the exact written designation (e.g. bearing suffix 2RSH vs 2RS1,
  O-ring P22) picks among the candidates; without tiebreak the expected item must merely satisfy it.
* A non-null query passes when the candidates are exactly [expect].
* A null query passes when no item matches its core attributes, reading std/brand/grade/finish as
  unknown (and for a code: no token equals the code or starts with it).
"""
import csv
import json
import os
import re
import sys

from common import STD_CLASS, finish_compatible, norm_code

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {'fastener', 'bearing', 'seal', 'hydraulic', 'code', 'other'}
STYLES = {'zh', 'en', 'mixed', 'zh-hant', 'voice'}
NUMERIC_TEXT_KEYS = ['len', 'id', 'cs', 'D', 'b', 'h', 'dia', 'tube', 'dn', 'length', 'thick', 'od', 'wall', 'range']
CODE_KEYS = {'model', 'base'}


def canon(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, (int, float)):
        x = float(v)
        return str(int(x)) if x == int(x) else ('%.3f' % x).rstrip('0').rstrip('.')
    if isinstance(v, str) and re.fullmatch(r'\d+(\.\d+)?', v):
        return canon(float(v))
    return v


def split_tokens(text):
    text = re.sub(r'([\u4e00-\u9fff°])', r' \1 ', text)
    toks = re.split(r'[\s;,，；:：()（）\[\]]+', text)
    return set(norm_code(t) for t in toks if t)


class Catalogue:
    def __init__(self, here=HERE):
        self.items = {}
        with open(os.path.join(here, 'catalogue.csv'), encoding='utf-8') as f:
            rows = list(csv.DictReader(f))
        self.rows = {r['number']: r for r in rows}
        with open(os.path.join(here, 'items_attrs.jsonl'), encoding='utf-8') as f:
            for line in f:
                d = json.loads(line)
                self.items[d['number']] = d
        self.tokens = {}
        for n, r in self.rows.items():
            toks = split_tokens(' '.join([r['number'], r['name'], r['spec']] + r['aliases'].split(';')))
            toks.add(norm_code(r['number']))
            self.tokens[n] = toks
        self.order = [r['number'] for r in rows]

    # -- attribute matching -------------------------------------------------
    def match_cons(self, num, cons):
        it = self.items[num]
        a = it['a']
        for k, allowed in cons.items():
            if k == 'kind':
                if it['kind'] not in allowed:
                    return False
                continue
            if k not in a:
                return False
            v = a[k]
            if v is None:
                continue
            if k == 'fin':
                if not finish_compatible(v, allowed):
                    return False
                continue
            vals = v if isinstance(v, list) else [v]
            if k in CODE_KEYS:
                if not set(norm_code(str(x)) for x in vals) & set(norm_code(str(x)) for x in allowed):
                    return False
                continue
            if not set(canon(x) for x in vals) & set(canon(x) for x in allowed):
                return False
        return True

    def std_level(self, num, stds):
        a = self.items[num]['a']
        if 'std' not in a:
            return -1
        s = a.get('std')
        if s is None:
            return 0
        if s in stds:
            return 2
        if any(d in stds for d in a.get('std_decl') or []):
            return 1
        if STD_CLASS.get(s) and STD_CLASS.get(s) in set(STD_CLASS.get(q) for q in stds):
            return 0
        return -1

    def candidates(self, q):
        cons = q.get('cons', {})
        code = q.get('code')
        out = []
        for num in self.order:
            if code is not None and norm_code(code) not in self.tokens[num]:
                continue
            if not self.match_cons(num, cons):
                continue
            out.append(num)
        if q.get('std'):
            lv = {n: self.std_level(n, q['std']) for n in out}
            e2 = [n for n in out if lv[n] == 2]
            e1 = [n for n in out if lv[n] == 1]
            e0 = [n for n in out if lv[n] == 0]
            out = e2 + e1 if e2 else e1 + e0
            if not e2 and not e1:
                out = []
        pref = q.get('pref')
        if pref:
            p = [n for n in out if self.match_cons(n, pref)]
            if q.get('tiebreak'):
                out = p
            elif q.get('expect') and q['expect'] not in p:
                return []
        return out

    def null_hits(self, q):
        core = {k: v for k, v in q.get('cons', {}).items() if k in q.get('core', [])}
        if q.get('null_cons'):
            core = q['null_cons']   # a deliberately broader reading (e.g. any length-fastener family)
        code = q.get('code')
        hits = []
        for num in self.order:
            if code is not None:
                c = norm_code(code)
                if not any(t == c or t.startswith(c) for t in self.tokens[num]):
                    continue
            if core and not self.match_cons(num, core):
                continue
            if not core and code is None:
                continue
            hits.append(num)
        return hits


def text_check(q):
    """Light consistency check: single stated dimensions must be visible in the text."""
    if q.get('nodims'):
        return []
    t = q['query'].replace('×', 'x').replace('*', 'x')
    errs = []
    for k in NUMERIC_TEXT_KEYS:
        v = q.get('cons', {}).get(k)
        if v and len(v) == 1:
            s = canon(v[0])
            if s not in t:
                errs.append('value %s=%s not in text' % (k, s))
    return errs


def check_one(cat, q):
    errs = []
    if q.get('kind') not in KINDS:
        errs.append('bad kind')
    if q.get('style') not in STYLES:
        errs.append('bad style')
    if not q.get('query', '').strip():
        errs.append('empty query')
    if q.get('expect') is None:
        hits = cat.null_hits(q)
        if hits:
            errs.append('null query matches %s' % hits[:5])
        if not q.get('core') and q.get('code') is None:
            errs.append('null query without core attributes')
    else:
        if q['expect'] not in cat.items:
            errs.append('expect not in catalogue')
        else:
            cand = cat.candidates(q)
            if cand != [q['expect']]:
                errs.append('candidates %s (expect %s)' % (cand[:6], q['expect']))
        errs += text_check(q)
    return errs


def main():
    cat = Catalogue()
    metas = [json.loads(l) for l in open(os.path.join(HERE, 'queries_meta.jsonl'), encoding='utf-8')]
    pub = [json.loads(l) for l in open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8')]
    bad = 0
    if len(metas) != len(pub):
        print('queries.jsonl and queries_meta.jsonl differ in length')
        bad += 1
    for m, p in zip(metas, pub):
        if set(p) != {'query', 'expect', 'kind', 'style'}:
            print('bad keys', p)
            bad += 1
        if any(m[k] != p[k] for k in ('query', 'expect', 'kind', 'style')):
            print('meta/public mismatch', p)
            bad += 1
        errs = check_one(cat, m)
        if errs:
            bad += 1
            print('FAIL', json.dumps(p, ensure_ascii=False), errs)
    texts = [p['query'] for p in pub]
    if len(set(texts)) != len(texts):
        print('duplicate query texts')
        bad += 1
    # catalogue sanity
    with open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8') as f:
        rd = csv.reader(f)
        head = next(rd)
        if head != ['number', 'name', 'spec', 'unit', 'category', 'aliases']:
            print('bad header', head)
            bad += 1
    nums = list(cat.rows)
    if len(nums) != len(set(nums)):
        print('duplicate numbers')
        bad += 1
    kinds = {}
    nulls = 0
    for p in pub:
        kinds[p['kind']] = kinds.get(p['kind'], 0) + 1
        nulls += p['expect'] is None
    print('queries %d  null %d (%.1f%%)  by kind %s' % (len(pub), nulls, 100.0 * nulls / max(1, len(pub)), kinds))
    print('FAILED %d' % bad if bad else 'all queries pass')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
