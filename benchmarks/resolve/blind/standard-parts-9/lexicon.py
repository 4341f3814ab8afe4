"""Reverse word table: spelling -> meaning; and meaning -> spellings per style."""
import lex_fast  # noqa: F401  (fills ENTRIES)
import lex_misc  # noqa: F401
from common import cn2num
from lexbase import ENTRIES, lkey

REV = {}
for _c, _st in ENTRIES:
    for _lst in _st.values():
        for _s in _lst:
            k = lkey(_s)
            if k in REV and REV[k] != _c:
                raise ValueError('word %r means two things: %r / %r' % (_s, REV[k], _c))
            REV[k] = _c


def lookup(s):
    c = REV.get(lkey(s))
    if c is None:
        c = REV.get(lkey(cn2num(s)))
    return c


def is_word(s):
    return lookup(s) is not None


def entries_for(attrs, key):
    """Entries that name attribute `key` and whose every constraint holds for attrs."""
    out = []
    for c, st in ENTRIES:
        if key not in c:
            continue
        if all(attrs.get(k) in v for k, v in c.items()):
            out.append((c, st))
    return out


def surfaces(attrs, key, style, narrow=False, single=True):
    """Spellings (for one writing style) of words that state attrs[key]."""
    ents = entries_for(attrs, key)
    if single:
        ents = [e for e in ents if len(e[0]) == 1] or ents
    if narrow and ents:
        m = min(len(e[0][key]) for e in ents)
        ents = [e for e in ents if len(e[0][key]) == m]
    out = []
    for c, st in ents:
        for s in st.get(style, []):
            if s not in out:
                out.append(s)
    return out


_RW = {}


def row_word(attrs, key, style):
    """How a clerk of the given style writes attrs[key] in a catalogue row."""
    ck = (key, attrs.get(key), style, attrs.get('kind'), attrs.get('mat'), attrs.get('htype'),
          attrs.get('tctype'), attrs.get('series'))
    if ck not in _RW:
        _RW[ck] = _row_word(attrs, key, style)
    return _RW[ck]


def _row_word(attrs, key, style):
    for sty in (style, 'cn'):
        s = surfaces(attrs, key, sty, narrow=True)
        if s:
            return s[0]
    raise KeyError((key, attrs.get(key), style))
