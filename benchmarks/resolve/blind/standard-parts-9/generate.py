"""Write catalogue.csv and queries.jsonl (fixed seed; byte-identical on every run).
    python3 generate.py"""
import json
import os

import catalogue
import qkinds as K
import qspecial as S
import reader
from common import rng
from qbuild import Ctx

PLAN = [('exact_code', 45, K.b_exact_code), ('prefix_exact', 35, K.b_prefix),
        ('bare_spec_category', 45, K.b_bare), ('std_notation', 45, lambda c, r, u: K.b_std(c, r, u, 'gb')),
        ('equiv_std', 40, lambda c, r, u: K.b_std(c, r, u, 'equiv')), ('grade_material', 45, K.b_grade),
        ('size_notation', 45, K.b_size), ('imperial', 30, K.b_imperial), ('spec_with_category', 50, K.b_spec),
        ('typo', 40, S.b_typo), ('voice', 35, K.b_voice), ('voice_correction', 20, S.b_vcorr),
        ('null_ambiguous', 13, S.b_ambiguous), ('null_not_carried', 12, S.b_notcarried)]
HERE = os.path.dirname(os.path.abspath(__file__))


def build_all():
    rows = catalogue.build()
    ctx = Ctx(rows)
    used, texts, recs = set(), set(), []
    for kind, n, fn in PLAN:
        rg = rng('queries:' + kind)
        got, tries = 0, 0
        while got < n:
            tries += 1
            if tries > 6000:
                raise RuntimeError('could not build enough %s queries (%d/%d)' % (kind, got, n))
            rec = fn(ctx, rg, used)
            if not rec or rec['query'] in texts:
                continue
            sem, lit = ctx.fitsets([('', p, s) for p, s in rec['facts']])
            if rec['i'] is None:
                if not reader.null_ok(sem, lit):
                    continue
            elif rec['i'] in used or reader.verdict(sem, lit) != rec['i']:
                continue
            rec['kind'] = kind
            rec['expect'] = None if rec['i'] is None else rows[rec['i']]['number']
            if rec['i'] is not None:
                used.add(rec['i'])
            texts.add(rec['query'])
            recs.append(rec)
            got += 1
    rng('queries:order').shuffle(recs)
    return rows, recs


def render_files(rows, recs):
    csv_text = catalogue.to_csv(rows)
    q_text = ''.join(json.dumps({'query': r['query'], 'expect': r['expect'], 'kind': r['kind'], 'style': r['style']},
                                ensure_ascii=False) + '\n' for r in recs)
    return csv_text, q_text


def main():
    rows, recs = build_all()
    csv_text, q_text = render_files(rows, recs)
    with open(os.path.join(HERE, 'catalogue.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(csv_text)
    with open(os.path.join(HERE, 'queries.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write(q_text)
    print('rows %d, queries %d' % (len(rows), len(recs)))


if __name__ == '__main__':
    main()
