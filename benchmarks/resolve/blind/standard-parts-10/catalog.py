"""Assemble the catalogue from the family modules, assign K/3 Cloud numbers and old-system aliases."""
import csv
import io

from common import rng_for
import fasteners
import bearings
import seals
import sanitary
import pneumatics
import conveyor
import electrical
import misc
import imported
import rawmat

FAMILY_MODULES = [('fasteners', fasteners), ('bearings', bearings), ('seals', seals), ('sanitary', sanitary),
                  ('pneumatics', pneumatics), ('conveyor', conveyor), ('electrical', electrical), ('misc', misc),
                  ('imported', imported), ('rawmat', rawmat)]

# material-group top level -> K/3 group code; old-system prefix
GROUPS = [('标准件', '01', 'BZ'), ('轴承', '02', 'ZC'), ('密封件', '03', 'MF'), ('卫生级管件', '04', 'WS'),
          ('气动元件', '05', 'QD'), ('真空元件', '06', 'ZK'), ('输送部件', '07', 'SS'), ('电气元件', '08', 'DQ'),
          ('弹簧', '09', 'TH'), ('润滑液压', '10', 'RH'), ('进口备件', '11', 'JK'), ('原材料', '12', 'YC')]
FASTENER_MN = {'socket_cap': 'NLJ', 'hex_bolt_full': 'WLJQ', 'hex_bolt_part': 'WLJB', 'csk_socket': 'CTNLJ',
               'button_socket': 'YTNLJ', 'set_cup': 'JM', 'set_flat': 'PDJM', 'pan_cross': 'SZPT', 'csk_cross': 'SZCT',
               'flange_bolt': 'FLLS', 'knurled_thumb': 'SNLS', 'hex_nut': 'LM', 'nylon_nut': 'NLLM', 'flange_nut': 'FLLM',
               'cap_nut': 'GXLM', 'thin_nut': 'BLM', 'wing_nut': 'DXLM', 'flat_washer': 'PD', 'large_washer': 'DPD',
               'spring_washer': 'TD', 'dowel': 'YZX', 'spring_pin': 'TXX', 'split_pin': 'KKX', 'shaft_clip': 'ZKH',
               'hole_clip': 'KKH', 'e_clip': 'EKH', 'flat_key': 'PJ', 'thread_rod': 'YT', 'star_knob': 'MHBS',
               'set_cone': 'JDJM', 'set_dog': 'YZJM', 'low_head': 'BTNLJ', 'tap_pan': 'ZGPT', 'tap_csk': 'ZGCT',
               'rivet_nut': 'LMLM', 'blind_rivet': 'CXMD', 'eye_bolt': 'DHLS'}


def build_catalogue():
    items = []
    for name, mod in FAMILY_MODULES:
        items.extend(mod.build(rng_for('build:' + name)))
    seen = {}
    for it in items:
        k = it.key()
        if k in seen:
            raise AssertionError('duplicate attribute set: %r / %r' % (it.name + ' ' + it.spec, seen[k]))
        seen[k] = it.name + ' ' + it.spec
    # numbering
    gcode = {g: c for g, c, p in GROUPS}
    gpfx = {g: p for g, c, p in GROUPS}
    cats = []
    for it in items:
        if it.cat not in cats:
            cats.append(it.cat)
    sub = {}
    per_group = {}
    for c in cats:
        g = c.split('/')[0]
        per_group[g] = per_group.get(g, 0) + 1
        sub[c] = '%02d' % per_group[g]
    rng = rng_for('numbering')
    by_cat = {}
    for it in items:
        by_cat.setdefault(it.cat, []).append(it)
    for c in cats:
        lst = by_cat[c]
        rng.shuffle(lst)
        serial = 0
        g = c.split('/')[0]
        for it in lst:
            serial += 1 if rng.random() > 0.04 else rng.randint(2, 4)   # gaps from deleted numbers
            it.number = '3.%s.%s.%05d' % (gcode[g], sub[c], serial)
    # aliases: old-system numbers and mnemonic codes
    rng = rng_for('aliases')
    used_old = set()
    for it in sorted(items, key=lambda x: x.number):
        g = it.cat.split('/')[0]
        if rng.random() < 0.3:
            while True:
                old = '%s%s-%05d' % (gpfx[g], rng.choice(['', 'A', 'B']), rng.randrange(100000))
                if old not in used_old:
                    used_old.add(old)
                    break
            it.aliases.append(old)
        if it.a.get('fam') == 'fastener' and rng.random() < 0.2:
            a = it.a
            pre = {'tap_pan': 'ST', 'tap_csk': 'ST'}.get(a['kind'], 'M')
            if a['kind'] in ('dowel', 'spring_pin', 'split_pin', 'shaft_clip', 'hole_clip', 'e_clip', 'flat_key', 'blind_rivet'):
                pre = ''
            mn = FASTENER_MN[a['kind']] + '-' + pre + a['d']
            if a.get('L') and a['kind'] != 'star_knob':
                mn += 'X' + a['L']
            if a['pitch'] != 'std':
                mn += 'P' + a['pitch']
            mn += '-' + a['mat'].replace('.', '')
            it.aliases.append(mn)
    items.sort(key=lambda x: x.number)
    nums = [it.number for it in items]
    assert len(set(nums)) == len(nums)
    return items


def catalogue_csv(items):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for it in items:
        w.writerow([it.number, it.name, it.spec, it.unit, it.cat, ';'.join(it.aliases)])
    return buf.getvalue()
