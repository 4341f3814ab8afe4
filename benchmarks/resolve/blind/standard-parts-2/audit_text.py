#!/usr/bin/env python3
"""Audit: every constraint a non-null query states has visible evidence in
the expected row's own text (name, spec, aliases).  Prints the exceptions for
a human to read; they are expected to be knowledge a storekeeper has
(A2-70 means 304, EG24 means DC 24 V, GB/T 5783 means full thread ...)."""
import csv, json, os
from stdmodel import norm_code, STD
import gen_catalogue as G
HERE = os.path.dirname(os.path.abspath(__file__))
rows = {r[0]: r for r in csv.reader(open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8'))}
NUM = {'d', 'L', 'id', 'cs', 'D', 'H', 'b', 'h', 'dn', 'bore', 'rod', 'stroke', 'length', 'od', 'lo', 'hi'}
def fnum(x):
    return G.fnum(float(x)) if not isinstance(x, str) else x
n = 0
for l in open(os.path.join(HERE, 'queries_meta.jsonl'), encoding='utf-8'):
    q = json.loads(l)
    if not q['expect']:
        continue
    r = rows[q['expect']]
    text = ' '.join(r[1:3] + [r[5]])
    nt = norm_code(text)
    miss = []
    for k, v in q['constraints'].items():
        if k in ('ptype', 'seal', 'alias', 'number'):
            continue
        if k in NUM:
            ok = fnum(v) in text
        elif k == 'pitch':
            ok = v == 'coarse' or fnum(v) in text
        elif k == 'finish':
            ok = any(t in text for t in G.FIN_TXT[v])
        elif k == 'material':
            ok = any(t in text for t in G.MAT_TXT.get(v, [v])) or any(t in text for t in G.RUB_TXT.get(v, [])) or v in text
        elif k == 'std':
            ok = v.split(' ')[-1].replace('B', '') in text.replace(' ', '')
        elif k == 'brand':
            ok = any(t.lower() in text.lower() for b in v for t in G.BRAND_TXT.get(b, []) + G.HB_TXT.get(b, []) + [b])
        elif k in ('base', 'code', 'design'):
            ok = norm_code(v) in nt
        elif k == 'clearance':
            ok = v == 'CN' or v in text
        else:
            ok = str(v) in text
        if not ok:
            miss.append(f'{k}={v}')
    if miss:
        n += 1
        print(q['expect'], '|', r[1], '|', r[2], '|', q['query'], '| MISSING', miss)
print(n, 'queries with constraints not literally in the target text')
