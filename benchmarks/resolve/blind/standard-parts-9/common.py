"""Shared helpers: seeded RNGs, normalisation, Chinese numerals, edit distance."""
import random
import re
import unicodedata

SEED = 'blind-cat9/ningbo-imm/v1'


def rng(name):
    """Independent, reproducible random stream per purpose (str seeds hash via sha512)."""
    return random.Random(SEED + ':' + name)


def nfkc(s):
    return unicodedata.normalize('NFKC', s)


def fnum(x):
    """Canonical number text: 30 -> '30', 2.650 -> '2.65'."""
    x = float(x)
    if abs(x - round(x)) < 1e-9:
        return str(int(round(x)))
    return ('%.3f' % x).rstrip('0').rstrip('.')


_SEP = re.compile(r'[\s\-/._]+')


def norm_code(s):
    """Codes compare case-insensitively, ignoring spaces, '-', '/', '.', '_'."""
    return _SEP.sub('', nfkc(s).upper())


CN_D = {'零': 0, '〇': 0, '一': 1, '幺': 1, '二': 2, '两': 2, '三': 3, '四': 4,
        '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
CN_U = {'十': 10, '百': 100, '千': 1000}
_RUN = re.compile('[零〇一幺二两三四五六七八九十百千]+(?:点[零〇一幺二两三四五六七八九]+)?')


def _cn_int(s):
    if not any(c in CN_U for c in s):
        return ''.join(str(CN_D[c]) for c in s)
    total, cur, last_u, zero, after_unit = 0, None, 1, False, False
    for c in s:
        if c in CN_U:
            u = CN_U[c]
            total += (1 if cur is None else cur) * u
            cur, last_u, after_unit = None, u, True
        else:
            d = CN_D[c]
            if d == 0:
                zero, after_unit = True, False
                continue
            cur = d
            tail = after_unit
            after_unit = False
    if cur is not None:
        # 一百二 = 120, 一千二 = 1200, 一百零二 = 102
        if last_u >= 100 and not zero and tail:
            total += cur * last_u // 10
        else:
            total += cur
    return str(total)


def _conv(t):
    if '点' in t:
        a, b = t.split('点', 1)
        return (_cn_int(a) if a else '0') + '.' + ''.join(str(CN_D[c]) for c in b)
    return _cn_int(t)


def cn2num(s):
    """Read spoken Chinese numerals as digits: 'M八乘三十' -> 'M8乘30', '六二零四' -> '6204'."""
    return _RUN.sub(lambda m: _conv(m.group(0)), s)


_DIG = '零一二三四五六七八九'


def cn_digits(s):
    """'6204' -> '六二零四' (codes are read digit by digit)."""
    return ''.join(_DIG[int(c)] if c.isdigit() else c for c in s)


def cn_int(n, short=False):
    """30 -> 三十, 12 -> 十二, 120 -> 一百二十 (short: 一百二), 1200 -> 一千二百."""
    n = int(n)
    if n < 10:
        return _DIG[n]
    if n < 20:
        return '十' + (_DIG[n - 10] if n > 10 else '')
    if n < 100:
        return _DIG[n // 10] + '十' + (_DIG[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return _DIG[h] + '百'
        if r < 10:
            return _DIG[h] + '百零' + _DIG[r]
        if short and r % 10 == 0:
            return _DIG[h] + '百' + _DIG[r // 10]
        return _DIG[h] + '百' + cn_int(r) if r >= 20 else _DIG[h] + '百一十' + (_DIG[r - 10] if r > 10 else '')
    if n < 10000:
        k, r = divmod(n, 1000)
        if r == 0:
            return _DIG[k] + '千'
        if r % 100 == 0 and short:
            return _DIG[k] + '千' + _DIG[r // 100]
        if r < 100:
            return _DIG[k] + '千零' + cn_int(r)
        return _DIG[k] + '千' + cn_int(r)
    return cn_digits(str(n))


def cn_num(txt, short=False):
    """Spoken form of a number text: '12.9' -> 十二点九, '2.65' -> 二点六五, '30' -> 三十."""
    if '.' in txt:
        a, b = txt.split('.', 1)
        return cn_int(a) + '点' + ''.join(_DIG[int(c)] for c in b)
    return cn_int(txt, short)


def lev(a, b):
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def wpick(rg, items):
    """Pick from [(item, weight), ...]."""
    tot = sum(w for _, w in items)
    x = rg.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]
