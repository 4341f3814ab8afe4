"""How people write sizes and values in chat, per style.  Each function gives
candidate spellings for a row; the caller checks every pick with reader.parse."""
from readparse import DASH, FEN, INCH_DN

INV_FEN = {v: k for k, v in FEN.items()}
INV_DN = {v: k for k, v in INCH_DN.items()}
INV_DASH = {v: k for k, v in DASH.items()}


def msize(a, style, variety=False):
    d, L, p = a['d'], a.get('L'), a['pitch']
    nums = [d] + ([p] if p != 'c' else []) + ([L] if L else [])

    def f(sep, pre='M', suf=''):
        return pre + sep.join(nums) + suf
    if variety:
        out = [f('x'), f('*'), f('×'), f('X'), f(' x '), f('x', 'm')]
        if L:
            out.append(f('*', suf='L'))
        if L and p == 'c':
            out += [f('-', 'm'), f('-', 'M')] + ([f('长')] if style in ('cn', 'sk') else [])
        return out
    return {'cn': [f('×'), f('x'), f('*')],
            'sk': [f('*'), f('x'), f('*', 'm')] + ([f('*', '')] if L and p == 'c' else []),
            'tw': [f('x', suf='L'), f('*', suf='L'), f('x')] if L else [f('x'), f('*')],
            'en': [f('x'), f('X'), f(' x ')],
            'jp': [f('×'), f('x')]}[style]


def wsize(a, style):
    d = a['d']
    if a['kind'].startswith('circ'):
        return ['Φ' + d, d, d + 'mm', 'φ' + d]
    return {'cn': ['M' + d, 'Φ' + d], 'sk': ['M' + d, 'Φ' + d, 'm' + d], 'tw': ['M' + d, 'Φ' + d],
            'en': ['M' + d, 'M' + d], 'jp': ['M' + d]}[style]


def pinsize(a, style):
    d, L = a['d'], a['L']
    out = ['%s×%s' % (d, L), '%s*%s' % (d, L), 'Φ%s×%s' % (d, L), '%sx%s' % (d, L)]
    if a.get('std', '').startswith('GB119'):
        out.append('%sm6×%s' % (d, L))
    return out[:2] if style == 'en' else out


def keysize(a, style):
    b, h, L = a['kdim'].split('x')
    return ['%s×%s×%s' % (b, h, L), '%s*%s*%s' % (b, h, L), '%sx%sx%s' % (b, h, L)]


def unc(a, style):
    d, t, L = a['d_in'], a['tpi'], a['L_in']
    u = 'UNF' if (d, t) in (('1/4', '28'), ('3/8', '24')) else 'UNC'
    return ['%s-%s%s×%s"' % (d, t, u, L), '%s-%s x %s' % (d, t, L), '%s"-%s %s x %s"' % (d, t, u, L),
            '%s-%s×%s寸' % (d, t, L), '%s-%s%s x %s' % (d, t, u, L)]


def oring(a, style):
    d1, d2 = a['d1'], a['d2']
    return ['%s×%s' % (d1, d2), '%s*%s' % (d1, d2), 'Φ%s×%s' % (d1, d2), '%sx%s' % (d1, d2),
            '内径%s线径%s' % (d1, d2)] if style in ('cn', 'sk') else ['%sx%s' % (d1, d2), 'ID%s x CS%s' % (d1, d2)]


def jis(a, style):
    j = a['jis']
    return [j, j, j.lower(), j[0] + '-' + j[1:], 'JIS ' + j]


def as568(a, style):
    d = a['dash']
    return ['AS568-' + d, '2-' + d, 'AS568 -' + d, 'AS-568-' + d]


def dims(a, style):
    x = a['dims'].split('x')
    return ['×'.join(x), '*'.join(x), 'x'.join(x)]


def tdims(a, style):
    t = a['stype']
    return [t + s for s in dims(a, style)] + [t + ' ' + s for s in dims(a, style)]


def hdim(a, style):
    i, w = a['hid'], a['hw']
    return ['Φ%s×%s' % (i, w), '%s*%s' % (i, w), '内径%s高%s' % (i, w), 'Φ%sx%smm' % (i, w), '%sx%s' % (i, w)]


def cartsize(a, style):
    d, L = a['cd'], a['clen']
    return ['Φ%s×%s' % (d, L), '%s*%s' % (d, L), 'φ%sx%smm' % (d, L)]


def volt(a, style):
    return ['%sV' % a['volt'], '%sv' % a['volt']]


def watt(a, style):
    w = int(a['watt'])
    out = ['%dW' % w, '%dw' % w]
    if w >= 1000:
        out.append('%gKW' % (w / 1000.0))
    return out


def amp(a, style):
    return ['%sA' % a['amp']]


def coil(a, style):
    c = a['coil']
    v = c[2:]
    if c.startswith('DC'):
        return ['DC%sV' % v, '%sVDC' % v, '直流%sV' % v, 'DC%s' % v]
    out = ['AC%sV' % v, '交流%sV' % v]
    if v != '24':
        out += ['%sV' % v, '%sv' % v]
    return out


def lead(a, style):
    x = a['lead']
    return ['%s米' % x, '%sm' % x, '线长%s米' % x, '%sM' % x]


def length(a, style):
    L = int(a['len'])
    out = ['L=%d' % L, '%dmm' % L, '长%d' % L, 'L%d' % L]
    if L % 1000 == 0:
        out.append('%d米' % (L // 1000))
    elif L > 1000 and L % 100 == 0:
        out += ['%d米%d' % (L // 1000, (L % 1000) // 100), '%g米' % (L / 1000.0)]
    return out


def hose(a, style, imperial=False):
    dn = a['dn']
    inch = INV_DN.get(dn)
    out = [] if imperial else ['DN%s' % dn]
    if inch:
        out += ['%s"' % inch] + (['-' + INV_DASH[inch]] if style == 'en' else ['%s寸' % inch])
        if inch in INV_FEN and style in ('cn', 'sk'):
            out += ['%s分' % INV_FEN[inch], '%s分管' % INV_FEN[inch]]
        if inch == '1':
            out.append('1寸')
    return out


def thr(a, style, imperial=True):
    t = a['thr']
    if t.startswith('M'):
        return [t.replace('x', '×'), t]
    out = ['G' + t, '%s"' % t, 'R' + t, 'PT' + t]
    if t in INV_FEN and style in ('cn', 'sk'):
        out += ['%s分' % INV_FEN[t], '%s分牙' % INV_FEN[t]]
    if t == '1':
        out.append('1寸')
    return out


def tube(a, style):
    t = a['tube']
    return ['Φ%s' % t, '%smm' % t, '管径%s' % t]


def ferrule(a, style):
    return ['%s%s' % (a['od'], a['ser']), '%s%s' % (a['ser'], a['od'])]


def cylsize(a, style):
    b, s = a['bore'], a['stroke']
    return ['%s×%s' % (b, s), '%s*%s' % (b, s), '缸径%s行程%s' % (b, s), 'Φ%s×%s' % (b, s)]


def range_(a, style):
    return ['0-%sMPa' % a['range'], '%sMPa' % a['range'], '0~%sMPa' % a['range']]


def dial(a, style):
    return ['YN-%s' % a['dial'], 'YN%s' % a['dial']]


def psize(a, style):
    return ['M%s' % a['psize']]


def dist(a, style):
    return ['%smm' % a['dist'], '距离%smm' % a['dist']]


def tsize(a, style):
    o, i = a['tod'], a['tid']
    return ['%s×%s' % (o, i), '%s*%s' % (o, i), 'Φ%s×%s' % (o, i)]


FORMS = {'msize': msize, 'wsize': wsize, 'pinsize': pinsize, 'keysize': keysize, 'unc': unc, 'oring': oring,
         'jis': jis, 'as568': as568, 'dims': dims, 'tdims': tdims, 'hdim': hdim, 'cartsize': cartsize,
         'volt': volt, 'watt': watt, 'amp': amp, 'coil': coil, 'lead': lead, 'len': length, 'hose': hose,
         'thr': thr, 'mthr': thr, 'tube': tube, 'ferrule': ferrule, 'cylsize': cylsize, 'range': range_,
         'dial': dial, 'psize': psize, 'dist': dist, 'tsize': tsize}
