"""Query building: an index for fast fit sets, and growing a description of a
row fact by fact until exactly that row fits (the way a person adds details)."""
import bisect

import reader
from qrender import render, role_keys, size_parser

IDX_KEYS = ('kind', 'std', 'base', 'cat')


class Ctx:
    def __init__(self, rows):
        self.rows = rows
        self.idx = {k: {} for k in IDX_KEYS}
        pairs = []
        for i, r in enumerate(rows):
            for k in IDX_KEYS:
                v = r['a'].get(k)
                if v is not None:
                    self.idx[k].setdefault(v, []).append(i)
            for c in r['codes']:
                pairs.append((c, i))
        pairs.sort()
        self.codes = pairs
        self.ckeys = [p[0] for p in pairs]
        self.pools = {}
        for i, r in enumerate(rows):
            for p in pools_of(r):
                self.pools.setdefault(p, []).append(i)

    def prefix(self, code):
        lo = bisect.bisect_left(self.ckeys, code)
        hi = bisect.bisect_left(self.ckeys, code + '\uffff')
        return {self.codes[j][1] for j in range(lo, hi)}

    def cand(self, parsed):
        cons, codes, lits = reader.split(parsed)
        if codes:
            return sorted(self.prefix(codes[0]))
        best = None
        for k, vs in cons:
            if k in self.idx:
                s = set()
                for v in vs:
                    s.update(self.idx[k].get(v, ()))
                if best is None or len(s) < len(best):
                    best = s
        if lits:
            best = (best or set()) | self.prefix(lits[0])
        return sorted(best) if best is not None else None

    def fitsets(self, facts):
        parsed = [reader.parse(p, s) for _, p, s in facts]
        return reader.fitsets(self.rows, parsed, self.cand(parsed))


def pools_of(r):
    a = r['a']
    k, cat = a['kind'], a['cat']
    out = []
    if cat == 'fastener':
        p = size_parser(a)
        out.append({'msize': 'fast_m' if 'L' in a else 'fast_nut', 'wsize': 'fast_w', 'pinsize': 'fast_pin',
                    'keysize': 'fast_key', 'unc': 'fast_inch'}[p])
    elif k == 'dgbb':
        out.append('dgbb')
    elif cat == 'bearing':
        out.append('litbear')
    elif k == 'oring':
        out.append({'GB3452.1': 'oring_gb', 'JISB2401': 'oring_jis', 'AS568': 'oring_as'}[a['std']])
    elif k in ('yring', 'wiper', 'glyd', 'step', 'guide_ring'):
        out.append('hseal')
    elif k in ('ge', 'g', 'w', 't'):
        out.append('ferrule')
    elif k in ('pc', 'pl'):
        out.append('pfit')
    elif k == 'heater_band':
        out.append('heater')
    else:
        out.append(k)
    if r['models']:
        out.append('coded')
    return out


DESC = {
    'fast_m': (['kind', 'size'], ['grade', 'fin', 'thread', 'std', 'org', 'brand']),
    'fast_nut': (['kind', 'size'], ['grade', 'fin', 'std', 'org']),
    'fast_w': (['kind', 'size'], ['grade', 'fin', 'std', 'org']),
    'fast_pin': (['kind', 'size'], ['std', 'grade', 'brand']),
    'fast_key': (['kind', 'size'], ['form']),
    'fast_inch': (['kind', 'size'], ['grade', 'fin']),
    'dgbb': (['cat', 'bear'], ['brand']),
    'litbear': (['cat', 'code:model'], ['brand']),
    'oring_gb': (['kind', 'oring'], ['mat', 'std']),
    'oring_jis': (['kind', 'jis'], ['mat', 'brand']),
    'oring_as': (['kind', 'as568'], ['mat']),
    'oilseal': (['kind', 'tdims'], ['mat', 'brand']),
    'hseal': (['kind', 'dims'], ['stype', 'mat', 'brand']),
    'heater': (['kind', 'hdim'], ['htype', 'volt', 'watt']),
    'cart': (['kind', 'cartsize'], ['volt', 'watt']),
    'tc': (['kind', 'lead'], ['tctype', 'form', 'thr', 'cartsize']),
    'contactor': (['kind', 'amp'], ['coil', 'brand']),
    'relay': (['kind', 'stem'], ['coil']),
    'prox': (['kind', 'psize'], ['out', 'nc', 'dist', 'brand']),
    'breaker': (['kind', 'poles', 'amp'], ['brand']),
    'cyl': (['kind', 'cylsize'], ['mag', 'brand', 'series']),
    'pfit': (['kind', 'tube'], ['thr', 'brand']),
    'tube': (['kind', 'tsize'], ['fin', 'brand']),
    'ferrule': (['kind', 'ferrule'], ['thr', 'grade']),
    'hose': (['kind', 'hose'], ['hser']),
    'hose_assy': (['kind', 'hose', 'len'], ['hser', 'thr']),
    'gauge': (['kind', 'range'], ['dial', 'thr', 'mount']),
    'rail': (['kind', 'stem', 'len'], ['brand']),
    'ballscrew': (['kind', 'stem', 'len'], ['brand']),
    'lamp': (['kind', 'stem'], ['fin', 'volt']),
    'fuse': (['kind', 'stem'], ['amp']),
}


def split_role(role):
    if ':' in role:
        r, o = role.split(':', 1)
        key = {'code': 'which', 'std': 'form', 'bear': 'notation'}.get(r, 'x')
        return r, {key: o}
    return role, {}


def shrinks(ctx, facts, f, n):
    sem, lit = ctx.fitsets(facts + [f])
    return len(sem) < n or (lit is not None and len(lit) <= 1)


def grow(ctx, i, base, disc, style, rg, opts=None, want_unique=True, max_disc=5):
    """Facts for row i: the base roles, then discriminating roles until exactly
    row i fits.  Returns (facts, sem, lit) or None."""
    r = ctx.rows[i]
    opts = opts or {}
    facts = []
    for role in base:
        rn, o = split_role(role)
        o.update(opts.get(rn, {}))
        f = render(r, rn, style, rg, o)
        if f is None:
            return None
        facts.append(f)
    used = {f[0] for f in facts}
    for _ in range(max_disc + 1):
        sem, lit = ctx.fitsets(facts)
        if i not in sem:
            return None
        if not want_unique or reader.verdict(sem, lit) == i:
            return facts, sem, lit
        others = set(sem) | set(lit or ())
        others.discard(i)
        added = False
        for role in disc:
            rn, o = split_role(role)
            if rn in used:
                continue
            keys = role_keys(rn)
            if any(k not in r['a'] for k in keys):
                continue
            if not any(ctx.rows[j]['a'].get(k) != r['a'].get(k) for j in others for k in keys):
                continue
            o.setdefault('narrow', rg.random() < .85)
            o.update(opts.get(rn, {}))
            f = render(r, rn, style, rg, o)
            if f is not None and not shrinks(ctx, facts, f, len(sem)):
                o['narrow'] = True
                f = render(r, rn, style, rg, o)
            if f is None or not shrinks(ctx, facts, f, len(sem)):
                continue
            if 'kind' in reader.parse(f[1], f[2]):
                facts = [x for x in facts if x[0] != 'kind']
            facts.append(f)
            used.add(rn)
            added = True
            break
        if not added:
            return None
    return None
