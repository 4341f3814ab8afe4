"""Check the blind set.
    python3 check.py
1. regenerate in memory and compare byte for byte with catalogue.csv / queries.jsonl;
2. file format, counts, unique numbers;
3. every row states its brand / grade / finish / material / codes in its own text;
4. every query: each stated fact is really in the text (typos within 2 edits of a
   real word, corrections after the marker), then a full scan of every row with the
   reading rules: a positive query fits exactly its expected row, a null fits none
   or several (under every reading)."""
import collections
import csv
import io
import json
import os
import sys
import time

import chat
import lexicon
import reader
from common import lev, nfkc, norm_code
from generate import HERE, build_all, render_files

FAIL = []


def fail(msg):
    FAIL.append(msg)
    if len(FAIL) <= 30:
        print('FAIL:', msg)


def check_files(csv_text, q_text):
    for name, text in (('catalogue.csv', csv_text), ('queries.jsonl', q_text)):
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            fail('%s missing' % name)
            continue
        with open(p, 'rb') as f:
            if f.read() != text.encode('utf-8'):
                fail('%s differs from a fresh generation' % name)


def check_catalogue(csv_text, rows):
    rd = list(csv.reader(io.StringIO(csv_text)))
    if rd[0] != ['number', 'name', 'spec', 'unit', 'category', 'aliases']:
        fail('bad header %r' % rd[0])
    body = rd[1:]
    if len(body) < 20000:
        fail('only %d rows' % len(body))
    nums = [r[0] for r in body]
    if len(set(nums)) != len(nums):
        fail('numbers not unique')
    for r in body:
        if len(r) != 6 or not all(r[:5]):
            fail('bad row %r' % r)
    for r in rows:
        text = (r['name'] + ' ' + r['spec'] + ' ' + ';'.join(t for _, t in r['aliases']))
        low = nfkc(text).lower().replace(' ', '')
        for key in ('brand', 'grade', 'fin', 'mat', 'htype', 'tctype', 'stype', 'out', 'nc', 'mag', 'form', 'hser',
                    'mount', 'thread', 'poles'):
            v = r['a'].get(key)
            if v is None or (key == 'fin' and v == 'plain' and r['a'].get('grade') in ('A2-70', 'A2', 'A4-70', 'A4', '18-8')):
                continue
            ok = any(lexicon.lkey(s) in low for c, st in lexicon.ENTRIES if key in c and v in c[key]
                     for lst in st.values() for s in lst)
            if not ok:
                fail('row %s does not state %s=%s: %s' % (r['number'], key, v, text))
        nt = norm_code(text)
        for m in r['models']:
            if norm_code(m) not in nt:
                fail('row %s hides its code %s' % (r['number'], m))
    return body


def check_queries(q_text, rows, recs):
    lines = q_text.splitlines()
    if len(lines) != 500:
        fail('%d query lines, want 500' % len(lines))
    num_idx = {r['number']: i for i, r in enumerate(rows)}
    nulls = 0
    for line, rec in zip(lines, recs):
        q = json.loads(line)
        if set(q) != {'query', 'expect', 'kind', 'style'}:
            fail('bad fields %r' % q)
        text = q['query']
        if q['expect'] is None:
            nulls += 1
        elif q['expect'] not in num_idx:
            fail('expect %s is not a catalogue number' % q['expect'])
            continue
        src = text
        if rec.get('typo'):
            good, bad = rec['typo']
            src = rec['clean']
            if src.replace(good, bad, 1) != text or lev(good, bad) > 2 or lexicon.is_word(bad) or bad in src:
                fail('typo not a near miss of a real word: %r' % text)
        parsed = []
        for p, s in rec['facts']:
            if s not in src:
                fail('fact %r not in query %r' % (s, text))
            try:
                parsed.append(reader.parse(p, s))
            except (ValueError, KeyError) as e:
                fail('cannot read %r in %r: %s' % (s, text, e))
        if rec.get('after'):
            m = max(text.rfind(mk) for mk in chat.MARKERS)
            if m < 0 or text.find(rec['after'], m) < 0:
                fail('correction not after the marker: %r' % text)
        sem, lit = reader.fitsets(rows, parsed)  # full scan of every row
        if q['expect'] is None:
            if not reader.null_ok(sem, lit):
                fail('null query fits exactly one row: %r -> %s' % (text, rows[sem[0]]['number'] if sem else lit))
        elif reader.verdict(sem, lit) != num_idx[q['expect']]:
            fail('query %r fits %s, expected %s' % (text, [rows[j]['number'] for j in sem[:5]], q['expect']))
    return nulls


def main():
    t0 = time.time()
    rows, recs = build_all()
    csv_text, q_text = render_files(rows, recs)
    check_files(csv_text, q_text)
    check_catalogue(csv_text, rows)
    nulls = check_queries(q_text, rows, recs)
    if not 15 <= nulls <= 35:
        fail('%d nulls, want about 5%%' % nulls)
    kinds = collections.Counter(r['kind'] for r in recs)
    styles = collections.Counter(r['style'] for r in recs)
    print('rows %d, queries %d, nulls %d, %.1fs' % (len(rows), len(recs), nulls, time.time() - t0))
    print('kinds:', dict(sorted(kinds.items())))
    print('styles:', dict(sorted(styles.items())))
    if FAIL:
        print('%d failures' % len(FAIL))
        sys.exit(1)
    print('check passed')


if __name__ == '__main__':
    main()
