"""Reading rules: how a stated fact (a spelling in the chat text) constrains rows,
and which rows a query fits.  Shared by generate.py and check.py."""
import re

import lexicon
import stdmap
from common import cn2num, fnum, nfkc, norm_code
from readparse import PARSERS, prep  # noqa: F401


def parse(parser, surface):
    if parser == 'word':
        c = lexicon.lookup(surface)
        if c is None:
            raise ValueError('not a word: %r' % surface)
        return dict(c)
    if parser == 'std':
        return p_std(surface)
    if parser == 'code':
        t = cn2num(surface).replace('杠', '-').replace('乘', 'X')
        return {'code': frozenset((norm_code(t),))}
    if parser == 'bear':
        return p_bear(surface)
    return PARSERS[parser](surface)


def p_std(s):
    t = nfkc(s).upper().replace(' ', '')
    m = re.fullmatch(r'(?:GB/T|GBT|GB|国标|國標)-?(\d+(?:\.\d+)?)(?:-(\d{2,4}))?', t)
    if m:
        g = stdmap.GBMAP[m.group(1)]
    elif re.fullmatch(r'(?:DIN|德标|德標)-?(\d+)', t):
        g = stdmap.DINMAP[re.fullmatch(r'(?:DIN|德标|德標)-?(\d+)', t).group(1)]
    elif re.fullmatch(r'ISO-?(\d+(?:-\d)?)', t):
        g = stdmap.ISOMAP[re.fullmatch(r'ISO-?(\d+(?:-\d)?)', t).group(1)]
    elif re.fullmatch(r'JIS-?B-?(\d{4})', t):
        g = stdmap.JISMAP[re.fullmatch(r'JIS-?B-?(\d{4})', t).group(1)]
    elif t in ('AS568', 'AS-568', 'SAEAS568'):
        g = {'AS568'}
    else:
        raise ValueError('not a standard: %r' % s)
    return {'std': frozenset(g)}


SEALS = [('DDU', '2rs'), ('LLU', '2rs'), ('2RSH', '2rs'), ('2RS1', '2rs'), ('2RSR', '2rs'),
         ('2RS', '2rs'), ('ZZ', '2z'), ('2Z', '2z'), ('DU', 'rs'), ('LU', 'rs'), ('RSH', 'rs'),
         ('RS1', 'rs'), ('RSR', 'rs'), ('RS', 'rs'), ('Z', 'z')]


def p_bear(s):
    """Deep-groove designation in any maker's notation -> (base, seal, clearance).
    No suffix = open; no clearance = CN; 68xx/69xx = 618xx/619xx."""
    t = norm_code(cn2num(s).replace('杠', '-'))
    if t[:3] in ('618', '619', '160'):
        base, rest = t[:5], t[5:]
    elif t[:2] in ('68', '69'):
        base, rest = '61' + t[1:4], t[4:]
    elif t[:2] in ('60', '62', '63'):
        base, rest = t[:4], t[4:]
    else:
        raise ValueError('not a deep groove designation: %r' % s)
    if not base.isdigit():
        raise ValueError(s)
    seal = 'open'
    for pre, v in SEALS:
        if rest.startswith(pre):
            seal, rest = v, rest[len(pre):]
            break
    clear = 'CN'
    if rest == 'C3':
        clear, rest = 'C3', ''
    if rest:
        raise ValueError('bad suffix in %r' % s)
    f = frozenset
    return {'kind': f(('dgbb',)), 'base': f((base,)), 'seal': f((seal,)), 'clear': f((clear,)),
            '_lit': f((t,))}


# ---------------------------------------------------------------- fitting
def split(parsed):
    cons, codes, lits = [], [], []
    for p in parsed:
        for k, v in p.items():
            if k == 'code':
                codes.append(next(iter(v)))
            elif k == '_lit':
                lits.append(next(iter(v)))
            else:
                cons.append((k, v))
    return cons, codes, lits


def fits(row, cons):
    a = row['a']
    for k, vs in cons:
        if a.get(k) not in vs:
            return False
    return True


def _scan(rows, cons, codes, cand):
    res = []
    it = range(len(rows)) if cand is None else cand
    for i in it:
        r = rows[i]
        if not fits(r, cons):
            continue
        if codes and not all(any(c.startswith(v) for c in r['codes']) for v in codes):
            continue
        res.append(i)
    # an exact code beats longer codes that only start with it
    for v in codes:
        ex = [i for i in res if v in rows[i]['codeset']]
        if ex:
            res = ex
    return res


BEAR_KEYS = ('kind', 'base', 'seal', 'clear')


def fitsets(rows, parsed, cand=None):
    """Return (semantic fit set, literal fit set or None).  The literal reading
    exists only for deep-groove designations: the designation read as a code."""
    cons, codes, lits = split(parsed)
    sem = _scan(rows, cons, codes, cand)
    if not lits:
        return sem, None
    bear_vals = set()
    for p in parsed:
        if '_lit' in p:
            for k in BEAR_KEYS:
                bear_vals.add((k, p[k]))
    lcons = [(k, v) for k, v in cons if (k, v) not in bear_vals]
    lit = _scan(rows, lcons, codes + lits, cand)
    return sem, lit


def verdict(sem, lit):
    """The single row meant, or None (no row / ambiguous / readings disagree)."""
    if len(sem) != 1:
        return None
    if lit is not None and lit and lit != sem:
        return None
    return sem[0]


def null_ok(sem, lit):
    """A null query: no row fits, or several fit, under every reading."""
    if len(sem) == 1:
        return False
    if lit is not None and len(lit) == 1:
        return False
    return True
