#!/usr/bin/env python3
"""Rebuild the catalogue and queries in memory, compare with the files, and full-scan every row for every query.

Reading rules (own implementation, not generate.row_fits):
  * every attribute a query states must equal the row's attribute (type, size, grade, finish, brand, ...);
  * `std` fits when the row's standard is the stated one or one the plant declares equivalent (generate.EQUIV);
  * `cat` fits the row's K/3 category;
  * `code` fits when it equals — whole, case/space/hyphen-insensitive, never as a prefix — the row's number,
    an old number, its mnemonic code or a maker/drawing part number;
  * bearings are read twice: loose (an unwritten seal suffix / clearance is simply not stated) and strict
    (designation convention: no suffix = open, no C3 = normal clearance).  Both readings must agree.
A positive query must fit exactly the expected row under both readings; a null query must fit none or >= 2.
"""
import collections, csv, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate as G  # noqa: E402


def ncode(s):
    return re.sub(r'[\s\-_]', '', s.upper().replace('×', 'X').replace('*', 'X'))


def main():
    errors = []
    rows, queries = G.build()
    cat_txt = G.catalogue_text(rows)
    q_txt = G.queries_text(queries)
    with open(os.path.join(HERE, 'catalogue.csv'), encoding='utf-8', newline='') as f:
        if f.read() != cat_txt:
            errors.append('catalogue.csv differs from a fresh build')
    with open(os.path.join(HERE, 'queries.jsonl'), encoding='utf-8', newline='') as f:
        if f.read() != q_txt:
            errors.append('queries.jsonl differs from a fresh build')
    rows2, queries2 = G.build()
    if G.catalogue_text(rows2) != cat_txt or G.queries_text(queries2) != q_txt:
        errors.append('two builds differ')

    # file format
    rd = list(csv.reader(io.StringIO(cat_txt)))
    if rd[0] != ['number', 'name', 'spec', 'unit', 'category', 'aliases']:
        errors.append('bad header')
    body = rd[1:]
    if len(body) < 20000:
        errors.append('only %d rows' % len(body))
    nums = [r[0] for r in body]
    if len(set(nums)) != len(nums):
        errors.append('duplicate numbers')
    if any(len(r) != 6 for r in body):
        errors.append('ragged csv row')
    ql = q_txt.splitlines()
    if len(ql) != 500:
        errors.append('%d query lines' % len(ql))
    numset = set(nums)
    nnull = 0
    for line in ql:
        d = json.loads(line)
        if set(d) != {'query', 'expect', 'kind', 'style'}:
            errors.append('bad query keys %r' % d)
        if d['expect'] is None:
            nnull += 1
        elif d['expect'] not in numset:
            errors.append('expect not in catalogue: %r' % d)
    if not (15 <= nnull <= 40):
        errors.append('null share %d/500' % nnull)

    # every row distinct by its attributes
    seen = {}
    for r in rows:
        key = (r['category'],) + tuple(sorted(r['a'].items()))
        if key in seen:
            errors.append('rows %s and %s have identical attributes' % (seen[key], r['number']))
        seen[key] = r['number']

    # old-number near duplicates X / XB differ by exactly one attribute
    old = {}
    for r in rows:
        for o in r['old']:
            old[o] = r
    pairs = 0
    for o, r in old.items():
        if o.endswith('B') and o[:-1] in old:
            s = old[o[:-1]]
            keys = set(r['a']) | set(s['a'])
            diff = [k for k in keys if r['a'].get(k) != s['a'].get(k)]
            pairs += 1
            if len(diff) != 1:
                errors.append('near-duplicate %s/%s differ in %s' % (o[:-1], o, diff))

    # precompute for the scan
    eq = {}
    for grp in G.EQUIV:
        for s in grp:
            eq[s] = set(grp)
    prepared = []
    for r in rows:
        prepared.append((r, set(ncode(c) for c in r['codes']), eq.get(r['a'].get('std'), {r['a'].get('std')})))

    def fits(p, st, strict):
        r, codes, stds = p
        a = r['a']
        for k, v in st.items():
            if k == 'code':
                if ncode(v) not in codes:
                    return False
            elif k == 'cat':
                if r['category'] != v:
                    return False
            elif k == 'std':
                if 'std' not in a or v not in stds:
                    return False
            elif a.get(k) != v:
                return False
        if strict and 'base' in st:
            if 'seal' in a and a['seal'] != st.get('seal', 'open'):
                return False
            if a.get('clr', 'CN') != st.get('clr', 'CN'):
                return False
        return True

    bad = 0
    for q in queries:
        st = q['states']
        for strict in (False, True):
            hits = [p[0]['number'] for p in prepared if fits(p, st, strict)]
            if q['expect'] is None:
                ok = len(hits) != 1
            else:
                ok = hits == [q['expect']]
            if not ok:
                bad += 1
                errors.append('query %r (%s) fits %s under %s reading' % (q['query'], q['expect'], hits[:5], 'strict' if strict else 'loose'))
        # text evidence: a stated code / fastener size shows in the text (voice spells numbers out)
        if q['style'] != 'voice':
            nq = ncode(q['query'])
            if 'code' in st and ncode(st['code']) not in nq:
                errors.append('code %s not written in %r' % (st['code'], q['query']))
            m = re.match(r'M(\d+)x(\d+)$', str(st.get('size', '')))
            if m and not re.search(r'M%s\s*[xX*×\-]\s*%s(?!\d)' % m.groups(), q['query'], re.I):
                errors.append('size %s not written in %r' % (st['size'], q['query']))

    cats = collections.Counter(r['category'] for r in rows)
    kinds = collections.Counter(q['kind'] for q in queries)
    styles = collections.Counter(q['style'] for q in queries)
    print('rows', len(rows), dict(cats))
    print('queries', len(queries), 'null', nnull, 'kinds', dict(kinds))
    print('styles', dict(styles))
    print('old-number near-duplicate pairs', pairs)
    for e in errors[:40]:
        print('ERROR', e)
    if errors:
        print('FAIL', len(errors), 'errors')
        sys.exit(1)
    print('PASS')


if __name__ == '__main__':
    main()
