"""Parsers for sizes and values as people write them (and as speech-to-text
writes them).  Each returns {attribute: frozenset(values)} or raises ValueError."""
import re

from common import cn2num, fnum, nfkc

F = frozenset
N = r'(\d+(?:\.\d+)?)'
COARSE = {'2': .4, '2.5': .45, '3': .5, '4': .7, '5': .8, '6': 1, '8': 1.25, '10': 1.5, '12': 1.75,
          '14': 2, '16': 2, '18': 2.5, '20': 2.5, '22': 2.5, '24': 3, '27': 3, '30': 3.5, '36': 4,
          '42': 4.5, '48': 5}
FINE = {'8': (1, .75), '10': (1.25, 1, .75), '12': (1.5, 1.25, 1), '14': (1.5,), '16': (1.5,),
        '18': (1.5, 2), '20': (1.5, 2), '22': (1.5,), '24': (2, 1.5), '27': (2,), '30': (2,),
        '36': (3, 2), '42': (3,), '48': (3,)}


def prep(s):
    t = nfkc(cn2num(s)).lower()
    for a, b in (('乘', 'x'), ('×', 'x'), ('*', 'x'), ('杠', '-'), (' ', ''), ('伏', 'v'), ('瓦', 'w'), ('安', 'a'), ('ф', 'φ'),
                 ('ø', 'φ'), ('毫米', 'mm'), ('到', '-'), ('~', '-')):
        t = t.replace(a, b)
    return t


def _m(rx, t, s):
    m = re.fullmatch(rx, t)
    if not m:
        raise ValueError('cannot read %r' % s)
    return m


def one(**kw):
    return {k: F((v,)) for k, v in kw.items()}


def is_pitch(d, a):
    a = float(a)
    return a == COARSE.get(d) or a in FINE.get(d, ())


def p_msize(s):
    t = prep(s).replace('长', 'x')
    t = re.sub(r'(mm|l)$', '', t)
    m = re.fullmatch(r'm' + N + r'(?:[x\-]' + N + r')?(?:x' + N + r')?', t) or \
        _m(r'm?' + N + r'x' + N + r'(?:x' + N + r')?', t, s)
    d, a, b = fnum(m.group(1)), m.group(2), m.group(3)
    if b:
        pitch, L = a, b
    elif a and is_pitch(d, a):
        pitch, L = a, None
    else:
        pitch, L = None, a
    p = 'c' if pitch is None or float(pitch) == COARSE.get(d) else fnum(pitch)
    out = one(d=d, pitch=p)
    if L:
        out['L'] = F((fnum(L),))
    return out


def p_wsize(s):
    m = _m(r'(?:m|φ|d=|规格)?' + N + r'(?:mm)?', prep(s), s)
    return one(d=fnum(m.group(1)))


def p_pinsize(s):
    m = _m(r'φ?' + N + r'(?:m6|h8|h7)?x' + N + r'(?:mm|l)?', prep(s), s)
    return one(d=fnum(m.group(1)), L=fnum(m.group(2)))


def p_keysize(s):
    m = _m(r'(?:[abc])?(\d+)x(\d+)x(\d+)', prep(s), s)
    return one(kdim='%sx%sx%s' % m.groups())


INCHES = ('1/8', '1/4', '5/16', '3/8', '1/2', '5/8', '3/4', '1', '1-1/4', '1-1/2', '2')
FEN = {'1': '1/8', '2': '1/4', '2.5': '5/16', '3': '3/8', '4': '1/2', '5': '5/8', '6': '3/4'}
INCH_DN = {'1/4': '6', '5/16': '8', '3/8': '10', '1/2': '12', '5/8': '16', '3/4': '19', '1': '25',
           '1-1/4': '31', '1-1/2': '38', '2': '51'}
DASH = {'04': '1/4', '05': '5/16', '06': '3/8', '08': '1/2', '10': '5/8', '12': '3/4', '16': '1',
        '20': '1-1/4', '24': '1-1/2'}


def inch_of(t, s):
    m = re.fullmatch(N + r'分(?:牙|管|的)?', t)
    if m and fnum(m.group(1)) in FEN:
        return FEN[fnum(m.group(1))]
    m = re.fullmatch(r'1寸(2|2分|半)?(?:牙|管|的)?', t)
    if m:
        return {None: '1', '2': '1-1/4', '2分': '1-1/4', '半': '1-1/2'}[m.group(1)]
    m = re.fullmatch(r'(?:g|r|pt|rc|bsp|bspp|npt|zg)?(\d+-\d+/\d+|\d+/\d+|\d+)(?:"|寸|inch|in|英寸)?(?:牙)?', t)
    if m and m.group(1) in INCHES:
        return m.group(1)
    raise ValueError('cannot read inch size %r' % s)


def p_hose(s):
    t = prep(s)
    m = re.fullmatch(r'dn(\d+)', t)
    if m:
        return one(dn=m.group(1))
    m = re.fullmatch(r'-(\d\d)', t)
    if m and m.group(1) in DASH:
        return one(dn=INCH_DN[DASH[m.group(1)]])
    return one(dn=INCH_DN[inch_of(t, s)])


def p_thr(s):
    return one(thr=inch_of(prep(s), s))


def p_mthr(s):
    m = _m(r'm(\d+)(?:x' + N + ')?', prep(s), s)
    return one(thr='M%s' % m.group(1) + ('x' + fnum(m.group(2)) if m.group(2) else ''))


def p_tube(s):
    m = _m(r'(?:φ|管径|外径|od)?' + N + r'(?:mm)?(?:管|的管|气管)?', prep(s), s)
    return one(tube=fnum(m.group(1)))


def p_ferrule(s):
    t = prep(s)
    m = re.fullmatch(r'(\d+)([ls])', t) or re.fullmatch(r'([ls])(\d+)', t)
    if not m:
        raise ValueError(s)
    a, b = m.groups()
    od, ser = (a, b) if a.isdigit() else (b, a)
    return one(od=od, ser=ser.upper())


def p_cylsize(s):
    t = prep(s)
    m = re.fullmatch(r'(?:缸径|φ)?(\d+)(?:x|行程|-s)(\d+)(?:mm)?', t)
    if not m:
        raise ValueError(s)
    return one(bore=m.group(1), stroke=m.group(2))


def p_range(s):
    m = _m(r'(?:0-)?' + N + r'mpa', prep(s), s)
    return one(range=fnum(m.group(1)))


def p_dial(s):
    m = _m(r'(?:yn-?|表盘|表径|φ)(\d+)(?:表盘|的表)?', prep(s), s)
    return one(dial=m.group(1))


def p_psize(s):
    m = _m(r'm(\d+)(?:的|螺纹)?', prep(s), s)
    return one(psize=m.group(1))


def p_dist(s):
    m = _m(r'(?:检测距离|感应距离|距离|sn=?)?' + N + r'mm', prep(s), s)
    return one(dist=fnum(m.group(1)))


def p_tsize(s):
    m = _m(r'φ?' + N + r'x' + N + r'(?:mm)?', prep(s), s)
    return one(tod=fnum(m.group(1)), tid=fnum(m.group(2)))


def p_hdim(s):
    m = _m(r'(?:φ|内径|id)?(\d+)(?:x|高|宽|,宽|,高)(\d+)(?:mm|高|宽)?', prep(s), s)
    return one(hid=m.group(1), hw=m.group(2))


def p_cartsize(s):
    m = _m(r'φ?' + N + r'x(\d+)(?:mm|l)?', prep(s), s)
    return one(cd=fnum(m.group(1)), clen=m.group(2))


def p_volt(s):
    m = _m(r'(?:ac|交流)?(\d+)v(?:ac)?', prep(s), s)
    return one(volt=m.group(1))


def p_watt(s):
    m = _m(N + r'(k?)w', prep(s), s)
    w = float(m.group(1)) * (1000 if m.group(2) else 1)
    return one(watt=fnum(w))


def p_amp(s):
    m = _m(N + r'a', prep(s), s)
    return one(amp=fnum(m.group(1)))


def p_coil(s):
    t = prep(s).replace('线圈', '')
    m = re.fullmatch(r'(?:dc|直流)(\d+)v?|(\d+)v?dc', t)
    if m:
        return one(coil='DC' + (m.group(1) or m.group(2)))
    m = re.fullmatch(r'(?:ac|交流)(\d+)v?|(\d+)v?ac', t)
    if m:
        return one(coil='AC' + (m.group(1) or m.group(2)))
    m = _m(r'(\d+)v', t, s)
    v = m.group(1)
    return {'coil': F(('AC24', 'DC24')) if v == '24' else F(('AC' + v,))}


def p_lead(s):
    m = _m(r'(?:线长|引线|导线|线)?' + N + r'(?:米|m)(?:线|长)?', prep(s), s)
    return one(lead=fnum(m.group(1)))


def p_len(s):
    t = prep(s)
    m = re.fullmatch(r'(?:长|长度)?(\d+)米(\d)?(?:长)?', t)
    if m:
        return one(len=str(int(m.group(1)) * 1000 + int(m.group(2) or 0) * 100))
    m = re.fullmatch(r'(?:长|长度)?(\d+\.\d+)米', t)
    if m:
        return one(len=fnum(float(m.group(1)) * 1000))
    m = _m(r'(?:l=?|长|长度)?(\d+)(?:mm|长)?', t, s)
    return one(len=m.group(1))


def p_oring(s):
    t = prep(s)
    m = re.fullmatch(r'内径' + N + r'(?:x|线径|,线径)' + N, t)
    if not m:
        m = _m(r'(?:φ|id)?' + N + r'x(?:cs|φ)?' + N + r'(?:mm)?', t, s)
    return one(d1=fnum(m.group(1)), d2=fnum(m.group(2)))


def p_jis(s):
    m = _m(r'(?:jis)?([pgsv])-?(\d+(?:\.\d+)?a?)', prep(s), s)
    return one(jis=(m.group(1) + m.group(2)).upper())


def p_as568(s):
    t = prep(s).replace('as-568', '').replace('as568', '').replace('as', '')
    m = _m(r'-?(?:2-)?(\d{3})(?:号)?', t, s)
    return one(dash=m.group(1))


def p_dims(s):
    t = prep(s)
    if re.fullmatch(N + '-' + N + '-' + N, t):
        t = t.replace('-', 'x')
    m = _m(r'φ?' + N + 'x' + N + 'x' + N + r'(?:mm)?', t, s)
    return one(dims='x'.join(fnum(g) for g in m.groups()))


def p_tdims(s):
    m = _m(r'([a-z]{2,4})-?(.+)', prep(s), s)
    out = p_dims(m.group(2))
    out['stype'] = F((m.group(1).upper(),))
    return out


def p_unc(s):
    t = prep(s)
    for a in ('unc', 'unf', '"', '寸', 'inch'):
        t = t.replace(a, '')
    m = _m(r'(#\d+|\d+/\d+|\d+)-(\d+)x(\d+-\d+/\d+|\d+/\d+|\d+)', t, s)
    return one(d_in=m.group(1), tpi=m.group(2), L_in=m.group(3))


PARSERS = {k[2:]: v for k, v in globals().items() if k.startswith('p_')}
