"""Assemble the material master: numbering, old numbers, aliases, code sets, CSV."""
import csv
import io

import bearings
import elec
import fast_rows
import hyd
import motion
import pneu
import seals
from clerks import GROUPS
from common import norm_code, rng

OLD_PREFIX = {'01': 'BJ', '02': 'ZC', '03': 'CD', '04': 'MF', '05': 'YY', '06': 'QD', '07': 'DQ'}


def build():
    rows = fast_rows.make() + bearings.make() + motion.make() + seals.make() + hyd.make() + pneu.make() + elec.make()
    seen = {}
    for r in rows:  # no two rows may mean the same thing
        key = tuple(sorted(r['a'].items())) + tuple(sorted(r['models']))
        if key in seen:
            raise ValueError('duplicate row %r / %r' % (r['spec'], seen[key]['spec']))
        seen[key] = r
    rg = rng('numbering')
    bygrp = {}
    for r in rows:
        bygrp.setdefault(r['grp'], []).append(r)
    out = []
    used_old = set()
    for grp in sorted(bygrp):
        lst = bygrp[grp]
        rg.shuffle(lst)  # creation order: the master grew over years, not by size
        seq, prev = 0, None
        for i, r in enumerate(lst):
            if prev is not None and rg.random() < .02:
                r['number'] = prev + '-1'  # copied from the previous material and changed
                prev = None
            else:
                seq += rg.choice((1, 1, 1, 2))
                r['number'] = '%s.%05d' % (grp, seq)
                prev = r['number']
            if i < len(lst) * .55 and rg.random() < .8:  # created before the 2016 move to K/3
                while True:
                    old = '%s%06d' % (OLD_PREFIX[grp[:2]], rg.randint(100000, 999999))
                    if old not in used_old:
                        used_old.add(old)
                        break
                r['aliases'].append(('old', old))
            out.append(r)
    for r in out:
        text = norm_code(r['name'] + r['spec'])
        for m in r['models']:
            if norm_code(m) not in text:
                r['aliases'].append(('sup', m))
        r['category'] = GROUPS[r['grp']]
        codes = [norm_code(r['number'])] + [norm_code(m) for m in r['models']]
        codes += [norm_code(t) for k, t in r['aliases'] if k in ('old', 'oldb', 'sup')]
        r['codes'] = list(dict.fromkeys(codes))
        r['codeset'] = frozenset(r['codes'])
    return out


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for r in rows:
        w.writerow([r['number'], r['name'], r['spec'], r['unit'], r['category'],
                    ';'.join(t for _, t in r['aliases'])])
    return buf.getvalue()
