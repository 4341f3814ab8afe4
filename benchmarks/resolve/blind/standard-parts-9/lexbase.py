"""Word table plumbing.  An entry says what a word means (constraints on row
attributes) and how each writer spells it.  Styles: cn (formal buyer / GB
clerk), sk (storekeeper shorthand), tw (Taiwanese supplier, traditional),
en (English / ERP import), jp (Japanese terms)."""
from common import nfkc

ENTRIES = []
STYLES = ('cn', 'sk', 'tw', 'en', 'jp')


def fz(v):
    if isinstance(v, (tuple, list, set, frozenset)):
        return frozenset(v)
    return frozenset((v,))


def W(cons, **styles):
    c = {k: fz(v) for k, v in cons.items()}
    st = {s: [x.strip() for x in v.split('|') if x.strip()] for s, v in styles.items()}
    ENTRIES.append((c, st))


def K(*kinds):
    return {'kind': kinds}


def lkey(s):
    return nfkc(s).lower().replace(' ', '')
