# -*- coding: utf-8 -*-
"""Shared tables for the standard-parts test catalogue (stdlib only).

Used by gen_catalogue.py, gen_queries.py and check_queries.py.
"""
import re

# ---------------------------------------------------------------------------
# Standards: canonical key (no year) -> equivalence class id.
# Two standards in one class describe the same part (a storekeeper may accept
# one for the other).  The plant "declares" an equivalence for a single item by
# writing the other designation into that item's aliases.
# ---------------------------------------------------------------------------
EQUIV_CLASSES = [
    ('hexbolt_p', ['GB/T 5782', 'DIN 931', 'ISO 4014', 'JIS B1180']),
    ('hexbolt_f', ['GB/T 5783', 'DIN 933', 'ISO 4017']),
    ('hexbolt_pf', ['GB/T 5785', 'DIN 960', 'ISO 8765']),
    ('hexbolt_ff', ['GB/T 5786', 'DIN 961', 'ISO 8676']),
    ('shcs', ['GB/T 70.1', 'DIN 912', 'ISO 4762', 'JIS B1176']),
    ('csk', ['GB/T 70.3', 'DIN 7991', 'ISO 10642']),
    ('button', ['GB/T 70.2', 'ISO 7380']),
    ('pan', ['GB/T 818', 'DIN 7985', 'ISO 7045']),
    ('nut', ['GB/T 6170', 'GB/T 6171', 'DIN 934', 'ISO 4032', 'ISO 8673', 'JIS B1181']),
    ('nutthin', ['GB/T 6172.1', 'DIN 439', 'ISO 4035']),
    ('nylock', ['GB/T 889.1', 'DIN 985', 'ISO 10511']),
    ('washer', ['GB/T 97.1', 'DIN 125', 'ISO 7089']),
    ('washer_c', ['GB/T 95', 'ISO 7091']),
    ('washer_l', ['GB/T 96.1', 'DIN 9021', 'ISO 7093']),
    ('spring', ['GB/T 93', 'DIN 127']),
    ('set_flat', ['GB/T 77', 'DIN 913', 'ISO 4026']),
    ('set_cone', ['GB/T 78', 'DIN 914', 'ISO 4027']),
    ('set_cup', ['GB/T 80', 'DIN 916', 'ISO 4029']),
    ('stud1', ['GB/T 897', 'DIN 938']),
    ('stud125', ['GB/T 898', 'DIN 939']),
    ('stud2', ['GB/T 900', 'DIN 835']),
    ('pin', ['GB/T 119.1', 'DIN 7', 'ISO 2338']),
    ('pin_h', ['GB/T 119.2', 'DIN 6325', 'ISO 8734']),
    ('taper', ['GB/T 117', 'DIN 1', 'ISO 2339']),
    ('circ_s', ['GB/T 894', 'DIN 471']),
    ('circ_h', ['GB/T 893', 'DIN 472']),
    ('key', ['GB/T 1096', 'DIN 6885']),
    ('eye', ['GB/T 825', 'DIN 580']),
    ('flange', ['GB/T 5789', 'DIN 6921']),
    ('rivet', ['GB/T 12618', 'DIN 7337']),
    ('oring', ['GB/T 3452.1']),
    ('oring_as', ['AS568']),
    ('oring_jis', ['JIS B2401']),
    ('bonded', ['JB/T 982']),
    ('cutring', ['GB/T 3733', 'DIN 2353', 'ISO 8434-1']),
    ('pipe', ['GB/T 8163']),
    ('ptube', ['GB/T 3639']),
]
STD_CLASS = {}
for cid, stds in EQUIV_CLASSES:
    for s in stds:
        STD_CLASS[s] = cid


def std_class(s):
    return STD_CLASS.get(s)


# How a standard may be written (catalogue clerks and chat users alike).
def std_forms(std, for_query=False):
    org, num = std.split(' ', 1) if ' ' in std else (std, '')
    forms = []
    if org == 'GB/T':
        forms = ['GB/T %s' % num, 'GB/T%s' % num, 'GB%s' % num, 'GB %s' % num]
        if for_query:
            forms += ['国标%s' % num, 'gb%s' % num, 'GBT%s' % num, 'GB/T %s' % num]
    elif org == 'DIN':
        forms = ['DIN %s' % num, 'DIN%s' % num]
        if for_query:
            forms += ['德标%s' % num, 'din%s' % num, 'DIN-%s' % num]
    elif org == 'ISO':
        forms = ['ISO %s' % num, 'ISO%s' % num]
        if for_query:
            forms += ['iso%s' % num]
    elif org == 'JIS':
        forms = ['JIS %s' % num, 'JIS%s' % num]
        if for_query:
            forms += ['日标%s' % num]
    elif org == 'JB/T':
        forms = ['JB/T %s' % num, 'JB%s' % num, 'JB/T%s' % num]
    elif org == 'AS568':
        forms = ['AS568']
    else:
        forms = [std]
    return forms


# ---------------------------------------------------------------------------
# Code normalisation: how a storekeeper compares two written codes.
# ---------------------------------------------------------------------------
def norm_code(s):
    s = s.upper().replace('×', 'X').replace('*', 'X')
    s = s.replace('Φ', '').replace('φ', '')
    return re.sub(r'[\s\-_/\.()（）]', '', s)


# finish hierarchy: a generic "zinc" is compatible with white / colour zinc
ZINC_FAMILY = {'zinc', 'zinc_white', 'zinc_color'}


def finish_compatible(item_v, q_allowed):
    for q in q_allowed:
        if q == item_v:
            return True
        if q == 'zinc' and item_v in ZINC_FAMILY:
            return True
        if item_v == 'zinc' and q in ZINC_FAMILY:
            return True
    return False


BRANDS_IMPORT = ['SKF', 'FAG', 'NSK', 'NTN', 'KOYO', 'TIMKEN', 'INA', 'FYH', 'NOK', 'Parker', 'Rexroth',
                 'Yuken', 'Eaton', 'Gates', 'Hallite', 'Merkel', 'Atos']
BRANDS_DOMESTIC = ['HRB', 'ZWZ', 'LYC', 'C&U', 'unbranded', 'Huade', 'Northman', 'Leemin', 'Greatwall',
                   'Sinopec', 'Hengli', 'domestic']
