#!/usr/bin/env python3
"""Deterministic generator for the blind standard-parts catalogue (set 11) and its 500 chat queries.
Writes catalogue.csv and queries.jsonl next to this file.  Python 3 standard library only."""
import csv
import io
import json
import os
import random

from gen import common, fasteners, bearings, seals, hydraulics, linear, electrical, others, queries

N_DRAWINGS = 9489  # the plant's own drawing-numbered parts (自制件)
OLD_PREFIX = {'fst': 'BZJ', 'brg': 'ZC', 'seal': 'MF', 'hyd': 'YY', 'lin': 'ZX', 'lub': 'RH', 'ele': 'DQ', 'pne': 'QD',
              'cnc': 'SK', 'dwg': 'ZZJ'}


def build_all():
    rng = random.Random(common.SEED)
    cat = common.Catalogue()
    fasteners.build(cat, random.Random(common.SEED + 1))
    bearings.build(cat, random.Random(common.SEED + 2))
    seals.build(cat, random.Random(common.SEED + 3))
    hydraulics.build(cat, random.Random(common.SEED + 4))
    linear.build(cat, random.Random(common.SEED + 5))
    electrical.build(cat, random.Random(common.SEED + 6))
    others.build(cat, random.Random(common.SEED + 7))
    others.build_drawings(cat, random.Random(common.SEED + 8), N_DRAWINGS)
    rows = sorted(cat.rows, key=lambda r: tuple(int(x) for x in r['number'].split('.')))
    # old-system numbers (U8 era) for about 30 % of the rows, put first among the aliases
    arng = random.Random(common.SEED + 9)
    serials = {}
    for p in OLD_PREFIX.values():
        s = list(range(1, 100000))
        arng.shuffle(s)
        serials[p] = s
    for r in rows:
        if arng.random() < 0.30:
            p = OLD_PREFIX[r['attrs']['fam']]
            r['aliases'].insert(0, '%s-%05d' % (p, serials[p].pop()))
    matcher = common.Matcher(rows)
    qs = queries.build(rows, matcher, random.Random(common.SEED + 10))
    return rows, qs, matcher


def render_files(rows, qs):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for r in rows:
        w.writerow([r['number'], r['name'], r['spec'], r['unit'], r['category'], ';'.join(r['aliases'])])
    lines = []
    for q in qs:
        lines.append(json.dumps({'query': q['query'], 'expect': q['expect'], 'kind': q['kind'], 'style': q['style']},
                                ensure_ascii=False))
    return buf.getvalue(), '\n'.join(lines) + '\n'


def main():
    rows, qs, _ = build_all()
    cat_txt, q_txt = render_files(rows, qs)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, 'catalogue.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(cat_txt)
    with open(os.path.join(here, 'queries.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write(q_txt)


if __name__ == '__main__':
    main()
