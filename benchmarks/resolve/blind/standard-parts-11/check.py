#!/usr/bin/env python3
"""Validate the set: regenerate in memory and compare bytes, then check structure and re-match every query
against the catalogue with the structured matcher.  Prints only problems."""
import csv
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402
from gen.common import norm_code  # noqa: E402

KINDS = {'cat_spec', 'nickname', 'voice', 'english', 'model_code', 'size_notation', 'typo', 'grade_notation',
         'equiv_std', 'partial_code', 'std_variant', 'self_correct', 'k3_number', 'bare_spec', 'old_number',
         'not_stocked'}
STYLES = {'ne', 'tw', 'buyer', 'storekeeper', 'voice', 'engineer'}


def main():
    problems = []
    rows, qs, matcher = generate.build_all()
    cat_txt, q_txt = generate.render_files(rows, qs)
    with open(os.path.join(HERE, 'catalogue.csv'), 'rb') as f:
        if f.read() != cat_txt.encode('utf-8'):
            problems.append('catalogue.csv differs from a fresh generation')
    with open(os.path.join(HERE, 'queries.jsonl'), 'rb') as f:
        if f.read() != q_txt.encode('utf-8'):
            problems.append('queries.jsonl differs from a fresh generation')

    # ---- catalogue structure (read back from the file as written)
    rdr = list(csv.reader(io.StringIO(cat_txt)))
    if rdr[0] != ['number', 'name', 'spec', 'unit', 'category', 'aliases']:
        problems.append('bad catalogue header %r' % rdr[0])
    body = rdr[1:]
    if len(body) < 20000:
        problems.append('only %d catalogue rows' % len(body))
    numbers = [r[0] for r in body]
    if len(set(numbers)) != len(numbers):
        problems.append('duplicate catalogue numbers')
    ns = [(r[1], r[2]) for r in body]
    if len(set(ns)) != len(ns):
        problems.append('duplicate name+spec')
    for r in body:
        if len(r) != 6 or not all(r[:5]):
            problems.append('incomplete row %r' % (r,))
    attrsets = set()
    for r in rows:
        key = tuple(sorted((k, v) for k, v in r['attrs'].items() if k != 'model_n'))
        if key in attrsets:
            problems.append('duplicate attribute set %s' % r['number'])
        attrsets.add(key)
    old = {}
    for r in rows:
        if r['aliases'] and '-' in r['aliases'][0] and r['aliases'][0].split('-')[0].isalpha():
            o = norm_code(r['aliases'][0])
            if o in old:
                problems.append('old number %s shared by %s and %s' % (r['aliases'][0], old[o], r['number']))
            old[o] = r['number']
    share = sum(1 for r in rows if r['aliases']) / float(len(rows))
    if not 0.25 <= share <= 0.40:
        problems.append('alias share %.2f out of range' % share)
    std = sum(1 for r in rows if r['attrs']['fam'] != 'dwg')
    if std * 2 <= len(rows):
        problems.append('standard parts are not the majority (%d of %d)' % (std, len(rows)))
    if std < 20500:
        problems.append('only %d standard-part rows (need at least 20500)' % std)

    # ---- queries
    lines = q_txt.split('\n')
    if lines[-1] != '':
        problems.append('queries.jsonl does not end with a newline')
    lines = lines[:-1]
    if len(lines) != 500:
        problems.append('%d query lines, expected 500' % len(lines))
    numset = set(numbers)
    nulls = 0
    texts = set()
    for i, (line, q) in enumerate(zip(lines, qs)):
        d = json.loads(line)
        if sorted(d) != ['expect', 'kind', 'query', 'style']:
            problems.append('line %d: keys %r' % (i + 1, sorted(d)))
        if not d['query'].strip():
            problems.append('line %d: empty query' % (i + 1))
        if d['query'] in texts:
            problems.append('line %d: duplicate query text' % (i + 1))
        texts.add(d['query'])
        if d['kind'] not in KINDS:
            problems.append('line %d: unknown kind %s' % (i + 1, d['kind']))
        if d['style'] not in STYLES:
            problems.append('line %d: unknown style %s' % (i + 1, d['style']))
        exp = d['expect']
        if exp is None:
            nulls += 1
            if d['kind'] != 'not_stocked':
                problems.append('line %d: null expect with kind %s' % (i + 1, d['kind']))
        elif exp not in numset:
            problems.append('line %d: expect %s not in catalogue' % (i + 1, exp))
        # structured re-match
        fits = matcher.fits(q['_cons'])
        got = [r['number'] for r in fits]
        if exp is None:
            if got:
                problems.append('line %d: null query fits %s' % (i + 1, got[:5]))
        elif got != [exp]:
            problems.append('line %d: expected exactly %s, matcher gives %s' % (i + 1, exp, got[:5]))
        # textual evidence for the code-based kinds
        nq = norm_code(d['query'])
        c = q['_cons']
        if d['kind'] == 'k3_number' and exp not in d['query']:
            problems.append('line %d: K/3 number not in text' % (i + 1))
        if 'alias' in c and c['alias'] not in nq:
            problems.append('line %d: old number not in text' % (i + 1))
        if 'model' in c and c['model'] not in nq:
            problems.append('line %d: model code not in text' % (i + 1))
        if 'model_sub' in c and c['model_sub'] not in nq:
            problems.append('line %d: partial code not in text' % (i + 1))
        if d['kind'] == 'english' and any('\u3000' <= ch <= '\u9fff' for ch in d['query']):
            problems.append('line %d: Chinese in an English request' % (i + 1))
    if not 25 <= nulls <= 30:
        problems.append('%d null queries, expected 25-30' % nulls)
    for p in problems:
        print(p)


if __name__ == '__main__':
    main()
