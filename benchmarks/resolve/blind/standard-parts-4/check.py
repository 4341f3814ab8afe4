#!/usr/bin/env python3
"""Checker for the blind standard-parts catalogue.  python3 check.py  (exit 0 = pass)

1. file format: header, >= 20,000 rows, unique numbers, exactly 500 query lines, known kinds/styles;
2. the files on disk are exactly what generate.py builds (so the structured attributes used below are
   the ones behind the rows and the queries), and two in-process builds are identical;
3. every row states its own attributes in its text; no two rows are identical in every matching attribute;
4. every query states (verbatim) a surface form for every fact it relies on;
5. full scan of all rows for every query (a careful storekeeper's reading):
     positive: exactly one row fits everything the query says, and it is `expect`.  Codes are read exactly
               ('X-115' means X-115), and - except for kind prefix_code - also no other row's code merely
               starts with the stated code, so the answer does not depend on the exact-code rule;
     prefix_code: exact reading gives `expect`, prefix reading gives >= 2 rows (that is the test);
     null: neither reading gives exactly one row (two or more fit equally, or nothing fits).
"""
import csv, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate as G

KINDS = {'fastener', 'fastener_std', 'bearing', 'seal', 'hydraulic', 'prefix_code', 'typo_name', 'old_number',
         'mnemonic', 'other', 'near_miss'}
STYLES = {'zh', 'terse', 'mixed', 'en', 'zh_tw', 'voice', 'typo'}
errors = []


def err(msg):
    errors.append(msg)
    if len(errors) < 40: print('ERROR', msg)


def main():
    cat_path = os.path.join(HERE, 'catalogue.csv')
    q_path = os.path.join(HERE, 'queries.jsonl')
    with open(cat_path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if rows[0] != ['number', 'name', 'spec', 'unit', 'category', 'aliases']: err('bad header %r' % rows[0])
    rows = rows[1:]
    if len(rows) < 20000: err('only %d rows' % len(rows))
    nums = [r[0] for r in rows]
    if len(set(nums)) != len(nums): err('duplicate numbers')
    for r in rows:
        if len(r) != 6 or not all(r[:5]): err('bad row %r' % r)
        if r[5] and any(not a.strip() for a in r[5].split(';')): err('empty alias in %s' % r[0])
    numset = set(nums)
    qlines = open(q_path, encoding='utf-8').read().splitlines()
    if len(qlines) != 500: err('%d query lines' % len(qlines))
    qs = [json.loads(l) for l in qlines]
    for q in qs:
        if set(q) != {'query', 'expect', 'kind', 'style'}: err('bad keys %r' % q)
        if q['kind'] not in KINDS: err('bad kind %r' % q)
        if q['style'] not in STYLES: err('bad style %r' % q)
        if q['expect'] is not None and q['expect'] not in numset: err('expect not in catalogue %r' % q)
    if len(set(q['query'] for q in qs)) != len(qs): err('duplicate query texts')

    # 2. rebuild and compare
    b, mq = G.build()
    b2, mq2 = G.build()
    cat_txt = open(cat_path, encoding='utf-8').read()
    q_txt = open(q_path, encoding='utf-8').read()
    if G.catalogue_text(b) != cat_txt: err('catalogue.csv differs from generate.py build')
    if G.queries_text(mq) != q_txt: err('queries.jsonl differs from generate.py build')
    if G.catalogue_text(b2) != G.catalogue_text(b) or G.queries_text(mq2) != G.queries_text(mq): err('build not deterministic')

    items = b.items
    by_num = {it.number: it for it in items}
    # 3. rows
    for it in items:
        t = it.text()
        for s in it.rowsurf:
            if s not in t: err('row %s does not state %r' % (it.number, s))
    sig = Counter(G.signature(it) for it in items)
    dup = [s for s, c in sig.items() if c > 1]
    if dup: err('%d attribute signatures shared by several rows, e.g. %r' % (len(dup), dup[0]))
    olds = Counter(it.attrs['old'] for it in items if 'old' in it.attrs)
    mn = Counter(it.attrs['mnem'] for it in items if 'mnem' in it.attrs)
    if any(c > 1 for c in olds.values()) or any(c > 1 for c in mn.values()): err('old number / mnemonic not unique')

    # 4 + 5. queries
    stats = Counter()
    for q in mq:
        facts, said = q['facts'], q['said']
        if set(facts) != set(a for a, s in said): err('facts/said mismatch %r' % q['query'])
        for a, s in said:
            if s not in q['query']: err('surface %r not in query %r' % (s, q['query']))
        strict = [it.number for it in items if G.fit(it, facts)]
        loose = [it.number for it in items if G.fit(it, facts, True)]
        if q['expect'] is not None:
            if strict != [q['expect']]:
                err('positive not unique/right: %r strict=%r' % (q['query'], strict[:5]))
            elif q['kind'] == 'prefix_code':
                if len(loose) < 2: err('prefix_code without a longer code: %r' % q['query'])
            elif loose != [q['expect']]:
                err('positive depends on exact-code rule: %r loose=%r' % (q['query'], loose[:5]))
            stats['positive'] += 1
        else:
            if len(strict) == 1 or len(loose) == 1:
                err('null query resolves: %r strict=%r loose=%r' % (q['query'], strict[:3], loose[:3]))
            stats['null_ambiguous' if len(strict) >= 2 or len(loose) >= 2 else 'null_nothing'] += 1

    cats = Counter(r[4] for r in rows)
    kinds = Counter(q['kind'] for q in qs)
    styles = Counter(q['style'] for q in qs)
    print('rows', len(rows), dict(cats))
    print('kinds', dict(kinds))
    print('styles', dict(styles))
    print('nulls', sum(1 for q in qs if q['expect'] is None), dict((k, v) for k, v in stats.items() if k.startswith('null')))
    if errors:
        print('CHECK FAILED: %d errors' % len(errors))
        sys.exit(1)
    print('CHECK PASSED')


if __name__ == '__main__':
    main()
