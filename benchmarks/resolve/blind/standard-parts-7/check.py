#!/usr/bin/env python3
"""Rebuild in memory, compare with files, full-scan every row for every query."""
import json, sys, collections
import generate as g

rows, queries = g.build()
c, q = g.render(rows, queries)
ok = True
def fail(m):
    global ok; ok = False; print('FAIL', m)
if open('catalogue.csv', encoding='utf-8').read() != c: fail('catalogue.csv differs from rebuild')
if open('queries.jsonl', encoding='utf-8').read() != q: fail('queries.jsonl differs from rebuild')
if len(rows) < 20000: fail('rows %d < 20000' % len(rows))
nums = [r['number'] for r in rows]
if len(set(nums)) != len(nums): fail('duplicate numbers')
keys = [tuple(sorted(r['a'].items())) for r in rows]
if len(set(keys)) != len(keys): fail('duplicate attribute sets')
lines = q.splitlines()
if len(lines) != 500: fail('queries != 500')
bynum = {r['number']: r for r in rows}
nnull = 0
for qq in queries:
    fit = [r for r in rows if g.fits(r, qq['_st'])]          # full scan, every row
    if qq['expect'] is None:
        nnull += 1
        if len(fit) == 1: fail('null query fits exactly one row: %s' % qq['query'])
    else:
        if len(fit) != 1 or fit[0]['number'] != qq['expect']:
            fail('positive query fits %d rows: %s' % (len(fit), qq['query']))
# near-duplicate TX/TXB pairs differ by exactly one attribute
for r in rows:
    if 'tx' in r and r['tx'].endswith('B'):
        base = [x for x in rows if x.get('tx') == r['tx'][:-1]][0]
        d = [k for k in r['a'] if r['a'][k] != base['a'].get(k)]
        if len(d) != 1: fail('pair %s differs by %s' % (r['tx'], d))
print('rows', len(rows), 'queries', len(queries), 'null', nnull)
for f in ('category',):
    print('category', dict(collections.Counter(r['category'] for r in rows)))
print('kind', dict(collections.Counter(x['kind'] for x in queries)))
print('style', dict(collections.Counter(x['style'] for x in queries)))
print('PASS' if ok else 'FAILED')
sys.exit(0 if ok else 1)
