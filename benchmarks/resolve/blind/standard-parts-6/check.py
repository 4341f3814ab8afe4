#!/usr/bin/env python3
"""Checks the blind standard-parts catalogue.

1. Rebuilds catalogue.csv and queries.jsonl in memory with generate.build() and compares byte for byte.
2. Structure: header, >= 20,000 rows, unique numbers, exactly 500 query lines, null share 4-6 %.
3. Full scan: for every query, every row is tested against every attribute the query states
   (reading rules below, implemented here independently of the generator's index).
   A positive query must fit exactly one row, the expected one; a null query must fit none or >= 2.
4. Surface: every stated attribute appears in the query text in one of its written forms
   (not applied to voice queries, whose numbers are spoken; not applied to the misspelt name in typo queries).
5. Old-number pairs X-nnn / X-nnnB belong to rows that differ in exactly one attribute.
"""
import collections, csv, io, json, os, re, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate as G  # noqa: E402

FAIL = []


def fail(msg):
    FAIL.append(msg)
    if len(FAIL) <= 30:
        print('FAIL:', msg)


def ncode(s):
    # code reading rule: case-insensitive, full-width = half-width, blanks, '-' and '_' ignored
    s = ''.join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    return re.sub(r'[\s\-_]', '', s.upper())


def nsurf(s):
    s = ncode(G.to_trad(s)) if False else ncode(s)
    return s.replace('×', 'X').replace('*', 'X').replace('Φ', '').replace('φ', '')


def main():
    t0 = time.time()
    rows, queries, pairs = G.build()
    cat_txt, q_txt = G.serialise(rows, queries)
    with open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8', newline='') as f:
        cat_file = f.read()
    with open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8', newline='') as f:
        q_file = f.read()
    if cat_txt != cat_file:
        fail('catalogue.csv differs from generate.py output')
    if q_txt != q_file:
        fail('queries.jsonl differs from generate.py output')

    # ---- structure, read from the files
    rd = list(csv.reader(io.StringIO(cat_file)))
    if rd[0] != ['number', 'name', 'spec', 'unit', 'category', 'aliases']:
        fail('bad header %r' % rd[0])
    body = rd[1:]
    if len(body) < 20000:
        fail('only %d rows' % len(body))
    nums = [r[0] for r in body]
    if len(set(nums)) != len(nums):
        fail('duplicate numbers')
    if any(len(r) != 6 for r in body):
        fail('row with wrong field count')
    # codes per row, from the file: number + every alias written without blanks
    file_codes = []
    for r in body:
        cs = {ncode(r[0])}
        for a in r[5].split(';') if r[5] else []:
            if not re.search(r'\s', a):
                cs.add(ncode(a))
        file_codes.append(cs)
    attrs = [r['attrs'] for r in rows]
    if [r['number'] for r in rows] != nums:
        fail('in-memory rows and file rows out of order')
    keys_unique = set(tuple(sorted(a.items())) for a in attrs)
    if len(keys_unique) != len(attrs):
        fail('two rows with identical attributes')

    qlines = q_file.split('\n')
    if qlines[-1] != '':
        fail('queries.jsonl must end with a newline')
    qlines = qlines[:-1]
    if len(qlines) != 500:
        fail('%d query lines, need 500' % len(qlines))
    qs = [json.loads(l) for l in qlines]
    for q in qs:
        if set(q) != {'query', 'expect', 'kind', 'style'}:
            fail('bad keys %r' % q)
        if q['expect'] is not None and q['expect'] not in set(nums):
            fail('expect not in catalogue: %r' % q)
    if len(set(q['query'] for q in qs)) != len(qs):
        fail('duplicate query texts')
    nnull = sum(q['expect'] is None for q in qs)
    if not (20 <= nnull <= 30):
        fail('null share %d/500 outside 4-6 %%' % nnull)

    # ---- full scan
    def fits(i, states):
        a = attrs[i]
        for k, vals in states.items():
            if k == 'code':
                if not (file_codes[i] & vals):
                    return False
            elif a.get(k) not in vals:
                return False
        return True

    n_rows = len(body)
    for q, qm in zip(qs, queries):
        st = qm['states']
        hits = [nums[i] for i in range(n_rows) if fits(i, st)]
        if q['expect'] is None:
            if len(hits) == 1:
                fail('null query fits exactly one row %s: %s' % (hits[0], q['query']))
        else:
            if hits != [q['expect']]:
                fail('positive query fits %r, expected %s: %s' % (hits[:5], q['expect'], q['query']))

        # ---- surface
        if q['style'] == 'voice':
            continue
        nq = nsurf(q['query'])
        fam = None
        if 'fam' in st and len(st['fam']) == 1:
            fam = next(iter(st['fam']))
        elif q['expect']:
            fam = attrs[nums.index(q['expect'])]['fam']
        for k, vals in st.items():
            if k == 'fam' and q['kind'] == 'typo':
                continue
            if k == 'code':
                if not any(v in ncode(q['query']) for v in vals):
                    fail('code %r not written in %r' % (vals, q['query']))
                continue
            ff = fam or next(iter(st.get('fam', {'?'})))
            forms = []
            for sty in ('chat', 'english'):
                try:
                    forms += G.forms_for(k, vals, ff, sty)
                except Exception:
                    pass
            forms += [G.to_trad(f) for f in forms]
            if not any(nsurf(f) and nsurf(f) in nq for f in forms):
                fail('attribute %s=%r not written in %r' % (k, sorted(vals), q['query']))

    # ---- near-duplicate old-number pairs
    for a, b in pairs:
        d = [k for k in set(a['attrs']) | set(b['attrs']) if a['attrs'].get(k) != b['attrs'].get(k)]
        if len(d) != 1:
            fail('old-number pair %s/%s differs in %r' % (a['old'], b['old'], d))
        if not b['old'].startswith(a['old']):
            fail('pair codes not prefix-related %s %s' % (a['old'], b['old']))

    # ---- report
    print('rows', len(body), 'queries', len(qs), 'null', nnull)
    print('category', dict(collections.Counter(r[4] for r in body)))
    print('kind', dict(collections.Counter(q['kind'] for q in qs)))
    print('kind null', dict(collections.Counter(q['kind'] for q in qs if q['expect'] is None)))
    print('style', dict(collections.Counter(q['style'] for q in qs)))
    print('old-number near-duplicate pairs', len(pairs))
    print('seconds %.1f' % (time.time() - t0))
    if FAIL:
        print('CHECK FAILED: %d problem(s)' % len(FAIL))
        sys.exit(1)
    print('CHECK PASSED')


if __name__ == '__main__':
    main()
