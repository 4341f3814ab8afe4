#!/usr/bin/env python3
"""Sanity checks on the written files: every expected number exists, no query repeats, counts."""
import csv
import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
rows = list(csv.DictReader(open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8')))
nums = [r['number'] for r in rows]
assert len(nums) == len(set(nums)), 'duplicate numbers'
assert len(rows) >= 20000, len(rows)
numset = set(nums)
prefix_pairs = sum(1 for n in nums if any(n[:-k] in numset for k in (1, 2, 3) if len(n) > k))
qs = [json.loads(l) for l in open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8')]
assert len(qs) == 500, len(qs)
assert len({q['query'] for q in qs}) == len(qs), 'repeated query text'
for q in qs:
    assert q['expect'] is None or q['expect'] in numset, q
tg = [q['expect'] for q in qs if q['expect']]
assert len(tg) == len(set(tg)), 'a target is asked twice'
grp = Counter(n[:5] for n in nums)
print('catalogue rows', len(rows), 'codes that extend another code', prefix_pairs)
print('by group', dict(sorted(grp.items())))
print('items with aliases', sum(1 for r in rows if r['aliases']))
print('queries', len(qs), 'null', sum(1 for q in qs if q['expect'] is None))
print('by kind', dict(Counter(q['kind'] for q in qs)))
print('by style', dict(Counter(q['style'] for q in qs)))
print('notes', dict(Counter(q.get('note', '').split(',')[0] for q in qs if q.get('note'))))
