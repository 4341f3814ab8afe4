"""Regenerate the blind set in memory, compare bytes with the files on disk and validate the queries.
Prints nothing per query unless there is a problem; exits non-zero on any problem."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from generate import generate  # noqa: E402
from queries import Ctx  # noqa: E402

HEADER = ['number', 'name', 'spec', 'unit', 'category', 'aliases']
KINDS = {'exact_code', 'old_code', 'model_code', 'partial_code', 'bare_spec_category', 'spec_with_category',
         'standard_notation', 'equivalent_standard', 'grade_material', 'size_notation', 'typo', 'voice',
         'voice_correction', 'nickname', 'english', 'null'}
STYLES = {'buyer', 'storekeeper', 'mechanic_voice', 'cantonese', 'hk_english', 'engineer'}


def main():
    problems = []

    def bad(msg):
        problems.append(msg)
        print('PROBLEM:', msg)

    items, qs, _ctx, cat_bytes, q_bytes = generate()
    items2, qs2, _c2, cat_bytes2, q_bytes2 = generate()
    if cat_bytes != cat_bytes2 or q_bytes != q_bytes2:
        bad('generator is not deterministic within one process')
    for fn, data in (('catalogue.csv', cat_bytes), ('queries.jsonl', q_bytes)):
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            bad('%s missing' % fn)
            continue
        with open(path, 'rb') as f:
            disk = f.read()
        if disk != data:
            bad('%s differs from a fresh regeneration' % fn)

    # catalogue
    with open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f))
    if rows[0] != HEADER:
        bad('bad header %r' % rows[0])
    body = rows[1:]
    if len(body) < 20000:
        bad('only %d catalogue rows' % len(body))
    numbers = [r[0] for r in body]
    if len(set(numbers)) != len(numbers):
        bad('duplicate numbers in catalogue')
    numset = set(numbers)
    for r in body:
        if len(r) != 6 or not all(r[:5]):
            bad('incomplete row %r' % (r,))
    ns = set()
    for r in body:
        key = (r[1], r[2])
        if key in ns:
            bad('two rows with the same name+spec: %r' % (key,))
        ns.add(key)

    # queries file
    with open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[-1] == '':
        lines = lines[:-1]
    if len(lines) != 500:
        bad('%d query lines, expected 500' % len(lines))
    nulls = 0
    texts = set()
    for i, line in enumerate(lines, 1):
        try:
            q = json.loads(line)
        except ValueError:
            bad('line %d: not JSON' % i)
            continue
        if set(q) != {'query', 'expect', 'kind', 'style'}:
            bad('line %d: keys %r' % (i, sorted(q)))
            continue
        if q['kind'] not in KINDS:
            bad('line %d: unknown kind %r' % (i, q['kind']))
        if q['style'] not in STYLES:
            bad('line %d: unknown style %r' % (i, q['style']))
        if q['query'] in texts:
            bad('line %d: duplicate query text' % i)
        texts.add(q['query'])
        if q['expect'] is None:
            nulls += 1
            if q['kind'] != 'null':
                bad('line %d: expect null but kind %s' % (i, q['kind']))
        else:
            if q['expect'] not in numset:
                bad('line %d: expect %s not in catalogue' % (i, q['expect']))
            if q['kind'] == 'null':
                bad('line %d: kind null but expect set' % i)
    if not 25 <= nulls <= 30:
        bad('%d null queries, expected 25-30' % nulls)

    # re-verify every query against a fresh matching context: exactly the target fits what it states
    ctx = Ctx(items)
    by_num = {it.number: it for it in items}
    targets = set()
    for i, q in enumerate(qs, 1):
        m = ctx.match(q['stated'])
        if q['expect'] is None:
            if m:
                bad('query %d (%s) is null but %d row(s) fit: %s' % (i, q['query'], len(m), m[0].number))
        else:
            if [x.number for x in m] != [q['expect']]:
                bad('query %d (%s) fits %d rows %s, expected only %s' % (
                    i, q['query'], len(m), [x.number for x in m[:4]], q['expect']))
            if q['expect'] in targets:
                bad('query %d: target %s used twice' % (i, q['expect']))
            targets.add(q['expect'])
            if q['expect'] not in by_num:
                bad('query %d: target missing' % i)
    if problems:
        print('FAILED: %d problem(s)' % len(problems))
        sys.exit(1)
    print('OK: %d catalogue rows, %d queries (%d null), files match regeneration' % (len(body), len(lines), nulls))


if __name__ == '__main__':
    main()
