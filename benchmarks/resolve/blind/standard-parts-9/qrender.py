"""Turn one fact of a row into chat text: (role, parser, surface)."""
import re

import lexicon
import qsizes
import reader
from common import norm_code
from stdmap import STD

LEX = {'buyer': 'cn', 'storekeeper': 'sk', 'taiwanese': 'tw', 'english': 'en', 'japanese': 'jp',
       'voice': 'sk', 'typo': 'cn'}
WORD_ROLES = ('kind', 'cat', 'grade', 'fin', 'thread', 'org', 'brand', 'mat', 'stype', 'form', 'mag', 'out',
              'nc', 'hser', 'mount', 'tctype', 'series', 'poles', 'htype')
FINISH_ONLY = ('发黑', '氧化发黑', '黑', 'black oxide', 'blk', '黒染め')
ROLE_KEYS = {'size': ('d', 'L', 'pitch', 'kdim', 'd_in', 'tpi', 'L_in'), 'oring': ('d1', 'd2'),
             'tdims': ('stype', 'dims'), 'hdim': ('hid', 'hw'), 'cartsize': ('cd', 'clen'), 'len': ('len',),
             'hose': ('dn',), 'ferrule': ('od', 'ser'), 'cylsize': ('bore', 'stroke'), 'tsize': ('tod', 'tid'),
             'as568': ('dash',), 'jis': ('jis',), 'psize': ('psize',), 'dist': ('dist',), 'thr': ('thr',),
             'range': ('range',), 'dial': ('dial',), 'volt': ('volt',), 'watt': ('watt',), 'amp': ('amp',),
             'coil': ('coil',), 'lead': ('lead',), 'dims': ('dims',), 'std': ('std',)}


def role_keys(role):
    return ROLE_KEYS.get(role, (role,))


def size_parser(a):
    if 'd_in' in a:
        return 'unc'
    if 'kdim' in a:
        return 'keysize'
    if 'pitch' in a:
        return 'msize'
    if 'L' in a:
        return 'pinsize'
    return 'wsize'


def stem_of(r):
    k, code = r['a']['kind'], r['models'][0] if r['models'] else ''
    if k == 'contactor':
        m = re.match(r'LC1D\d+A?', code)
        return m.group(0) if m else code
    if k in ('relay', 'svalve') and ' ' in code:
        return code.split(' ')[0]
    if k == 'rail':
        return re.match(r'[A-Z]+\d+', code).group(0)
    if k == 'ballscrew':
        return code.rsplit('-', 2)[0]
    if k in ('lamp', 'fuse'):
        return code.rsplit('-', 2)[0] if k == 'lamp' else code.rsplit('-', 1)[0]
    return None


def std_forms(g, form, sty):
    d = STD[g]
    if form == 'gb' and d.get('gb'):
        n, yr = d['gb'], d['yr']
        out = ['GB/T %s' % n, 'GB/T%s' % n, 'GB%s' % n, 'GBT%s' % n, 'GB/T %s-%s' % (n, yr), '国标%s' % n, 'GB %s' % n]
        if d.get('old') and '.' not in d['old'] and g != 'GB894':
            out.append('GB%s' % d['old'])
        if sty == 'en':
            return out[:4]
        return ['GB/T%s' % n, '國標%s' % n] if sty == 'tw' else out
    if form == 'equiv':
        out = []
        if d.get('din'):
            out += ['DIN %s' % d['din'], 'DIN%s' % d['din']]
            if sty in ('cn', 'sk'):
                out.append('德标%s' % d['din'])
        if d.get('iso') and d.get('gb'):
            out += ['ISO %s' % d['iso'], 'ISO%s' % d['iso']]
        return out if d.get('gb') else []
    if form == 'jis' and d.get('jis'):
        return ['JIS B%s' % d['jis'], 'JIS B %s' % d['jis'], 'JISB%s' % d['jis']]
    if form == 'any':
        return std_forms(g, 'gb', sty) or std_forms(g, 'jis', sty)
    return []


def code_text(r, which, rg):
    if which == 'number':
        return r['number']
    if which == 'old':
        olds = [t for k, t in r['aliases'] if k == 'old']
        return olds[0] if olds else None
    if which == 'model':
        return rg.choice(r['models']) if r['models'] else None
    if which == 'stem':
        return stem_of(r)
    return None


def candidates(r, role, style, rg, opt):
    a = r['a']
    sty = LEX[style]
    if role in WORD_ROLES:
        if a.get(role if role != 'htype' else 'htype') is None and role not in ('kind', 'cat'):
            return 'word', []
        narrow = opt.get('narrow', rg.random() < .6)
        c = lexicon.surfaces(a, role, sty, narrow=narrow, single=role != 'kind') or \
            lexicon.surfaces(a, role, sty, single=False)
        if role == 'fin' and a['cat'] != 'fastener':
            c = [x for x in c if x not in FINISH_ONLY]
        if style == 'voice' and any(not x.isascii() for x in c):
            c = [x for x in c if not x.isascii()]
        return 'word', c
    if role == 'std':
        return 'std', std_forms(a['std'], opt.get('form', 'any'), sty) if a.get('std') else []
    if role in ('code', 'stem'):
        t = code_text(r, opt.get('which', 'model') if role == 'code' else 'stem', rg)
        if not t:
            return 'code', []
        if a['kind'] == 'dgbb' and t in r['models']:
            return 'bear', [t]  # a deep-groove designation is read as a designation
        forms = [t]
        if style == 'storekeeper' and rg.random() < .3:
            forms = [t.lower()]
        return 'code', forms
    if role == 'bear':
        return 'bear', bear_forms(r, opt.get('notation', 'own'), rg)
    if role == 'size':
        p = size_parser(a)
        if p == 'msize':
            return p, qsizes.msize(a, sty, opt.get('variety', False))
        return p, qsizes.FORMS[p](a, sty)
    if role == 'thr':
        if 'thr' not in a:
            return 'thr', []
        return ('mthr' if a['thr'].startswith('M') else 'thr'), qsizes.thr(a, sty)
    if role == 'hose':
        return 'hose', qsizes.hose(a, sty, opt.get('imperial', False))
    fn = qsizes.FORMS.get(role)
    if fn is None or any(k not in a for k in role_keys(role)):
        return role, []
    return role, fn(a, sty)


SEAL_TOK = {'open': [''], 'z': ['Z', '-Z'], '2z': ['ZZ', '-2Z', '-ZZ', ' ZZ', 'zz', ' 2Z'],
            'rs': ['-RS', 'RS', 'DU', 'LU', '-RSH'], '2rs': ['-2RS', 'DDU', 'LLU', '-2RSH', ' 2RS', '-2RSR', '-2rs']}
PLAIN_TOK = {'open': [''], 'z': ['-Z'], '2z': ['-2Z', 'ZZ', ' ZZ'], 'rs': ['-RS'], '2rs': ['-2RS', ' 2RS', '-2rs']}
CLR_TOK = {'CN': [''], 'C3': ['/C3', 'C3', '-C3', ' C3']}


def bear_forms(r, notation, rg):
    a = r['a']
    own = r['models'][0]
    if notation == 'own':
        return [own, own.replace('-', ' '), own.lower()]
    base = a['base']
    bases = [base, '6' + base[2:]] if base[:3] in ('618', '619') else [base]
    out = []
    for b in bases:
        for s in (PLAIN_TOK if notation == 'plain' else SEAL_TOK)[a['seal']]:
            for c in CLR_TOK[a['clear']]:
                out.append(b + s + c)
    return out


def render(r, role, style, rg, opt=None):
    opt = opt or {}
    parser, cands = candidates(r, role, style, rg, opt)
    cands = list(dict.fromkeys(cands))
    rg.shuffle(cands)
    for s in cands:
        try:
            p = reader.parse(parser, s)
        except (ValueError, KeyError):
            continue
        cons, codes, lits = reader.split([p])
        if not reader.fits(r, cons):
            continue
        if codes and not any(c.startswith(codes[0]) for c in r['codes']):
            continue
        return (role, parser, s)
    return None


def norm(s):
    return norm_code(s)
