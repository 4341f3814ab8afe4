"""Shared vocabulary for the blind standard-parts catalogue (stdlib only).

Holds the declared equivalent standards, canonical attribute values and the
code normaliser that both the generator and the checker use.
"""
import re

# ---------------------------------------------------------------------------
# Standards.  canonical id -> (ptype, implied attributes, equivalence class)
# Equivalence classes are what the plant declares as interchangeable
# (README "Equivalent standards").  A standard with class None has no
# declared equivalent (e.g. JIS B1180: head sizes differ from GB/DIN/ISO).
# ---------------------------------------------------------------------------
STD = {
    'GB/T 5782': ('hex_bolt', {'thread': 'partial'}, 'HB_P'),
    'DIN 931': ('hex_bolt', {'thread': 'partial'}, 'HB_P'),
    'ISO 4014': ('hex_bolt', {'thread': 'partial'}, 'HB_P'),
    'GB/T 5783': ('hex_bolt', {'thread': 'full'}, 'HB_F'),
    'DIN 933': ('hex_bolt', {'thread': 'full'}, 'HB_F'),
    'ISO 4017': ('hex_bolt', {'thread': 'full'}, 'HB_F'),
    'GB/T 5785': ('hex_bolt', {'thread': 'partial'}, 'HBF_P'),
    'DIN 960': ('hex_bolt', {'thread': 'partial'}, 'HBF_P'),
    'ISO 8765': ('hex_bolt', {'thread': 'partial'}, 'HBF_P'),
    'GB/T 5786': ('hex_bolt', {'thread': 'full'}, 'HBF_F'),
    'DIN 961': ('hex_bolt', {'thread': 'full'}, 'HBF_F'),
    'ISO 8676': ('hex_bolt', {'thread': 'full'}, 'HBF_F'),
    'JIS B1180': ('hex_bolt', {}, None),
    'GB/T 5787': ('flange_bolt', {}, 'FB'),
    'DIN 6921': ('flange_bolt', {}, 'FB'),
    'GB/T 70.1': ('socket_cap', {}, 'SHCS'),
    'DIN 912': ('socket_cap', {}, 'SHCS'),
    'ISO 4762': ('socket_cap', {}, 'SHCS'),
    'JIS B1176': ('socket_cap', {}, None),
    'GB/T 70.3': ('csk_socket', {}, 'CSK'),
    'DIN 7991': ('csk_socket', {}, 'CSK'),
    'ISO 10642': ('csk_socket', {}, 'CSK'),
    'GB/T 70.2': ('button_socket', {}, 'BTN'),
    'ISO 7380': ('button_socket', {}, 'BTN'),
    'GB/T 818': ('pan_screw', {}, 'PAN'),
    'ISO 7045': ('pan_screw', {}, 'PAN'),
    'DIN 7985': ('pan_screw', {}, 'PAN'),
    'GB/T 819.1': ('csk_cross', {}, 'CSKX'),
    'ISO 7046': ('csk_cross', {}, 'CSKX'),
    'DIN 965': ('csk_cross', {}, 'CSKX'),
    'GB/T 77': ('set_screw', {'point': 'flat'}, 'SS_FLAT'),
    'DIN 913': ('set_screw', {'point': 'flat'}, 'SS_FLAT'),
    'ISO 4026': ('set_screw', {'point': 'flat'}, 'SS_FLAT'),
    'GB/T 78': ('set_screw', {'point': 'cone'}, 'SS_CONE'),
    'DIN 914': ('set_screw', {'point': 'cone'}, 'SS_CONE'),
    'ISO 4027': ('set_screw', {'point': 'cone'}, 'SS_CONE'),
    'GB/T 79': ('set_screw', {'point': 'dog'}, 'SS_DOG'),
    'DIN 915': ('set_screw', {'point': 'dog'}, 'SS_DOG'),
    'ISO 4028': ('set_screw', {'point': 'dog'}, 'SS_DOG'),
    'GB/T 80': ('set_screw', {'point': 'cup'}, 'SS_CUP'),
    'DIN 916': ('set_screw', {'point': 'cup'}, 'SS_CUP'),
    'ISO 4029': ('set_screw', {'point': 'cup'}, 'SS_CUP'),
    'GB/T 897': ('stud', {'bm': '1d'}, 'ST1'),
    'DIN 938': ('stud', {'bm': '1d'}, 'ST1'),
    'GB/T 898': ('stud', {'bm': '1.25d'}, 'ST125'),
    'DIN 939': ('stud', {'bm': '1.25d'}, 'ST125'),
    'GB/T 899': ('stud', {'bm': '1.5d'}, None),
    'GB/T 900': ('stud', {'bm': '2d'}, 'ST2'),
    'DIN 835': ('stud', {'bm': '2d'}, 'ST2'),
    'DIN 976': ('stud', {'bm': 'full'}, None),
    'GB/T 825': ('eye_bolt', {}, 'EB'),
    'DIN 580': ('eye_bolt', {}, 'EB'),
    'GB/T 6170': ('hex_nut', {}, 'HN'),
    'DIN 934': ('hex_nut', {}, 'HN'),
    'ISO 4032': ('hex_nut', {}, 'HN'),
    'JIS B1181': ('hex_nut', {}, None),
    'GB/T 6171': ('hex_nut', {}, 'HNF'),
    'ISO 8673': ('hex_nut', {}, 'HNF'),
    'GB/T 6172.1': ('thin_nut', {}, 'TN'),
    'DIN 439': ('thin_nut', {}, 'TN'),
    'ISO 4035': ('thin_nut', {}, 'TN'),
    'GB/T 889.1': ('nylon_nut', {}, 'NN'),
    'DIN 985': ('nylon_nut', {}, 'NN'),
    'ISO 10511': ('nylon_nut', {}, 'NN'),
    'GB/T 6177.1': ('flange_nut', {}, 'FN'),
    'DIN 6923': ('flange_nut', {}, 'FN'),
    'ISO 4161': ('flange_nut', {}, 'FN'),
    'GB/T 923': ('cap_nut', {}, 'CN'),
    'DIN 1587': ('cap_nut', {}, 'CN'),
    'GB/T 6178': ('slotted_nut', {}, 'SLN'),
    'DIN 935': ('slotted_nut', {}, 'SLN'),
    'GB/T 812': ('round_nut', {}, None),
    'GB/T 97.1': ('flat_washer', {}, 'FW'),
    'DIN 125': ('flat_washer', {}, 'FW'),
    'ISO 7089': ('flat_washer', {}, 'FW'),
    'GB/T 95': ('flat_washer', {}, 'FWC'),
    'ISO 7091': ('flat_washer', {}, 'FWC'),
    'DIN 126': ('flat_washer', {}, 'FWC'),
    'GB/T 848': ('small_washer', {}, 'FWS'),
    'ISO 7092': ('small_washer', {}, 'FWS'),
    'DIN 433': ('small_washer', {}, 'FWS'),
    'GB/T 96.1': ('large_washer', {}, 'LW'),
    'DIN 9021': ('large_washer', {}, 'LW'),
    'ISO 7093': ('large_washer', {}, 'LW'),
    'GB/T 93': ('spring_washer', {}, 'SW'),
    'DIN 127': ('spring_washer', {}, 'SW'),
    'GB/T 858': ('tab_washer', {}, None),
    'GB/T 119.1': ('dowel', {'hardened': 'no'}, 'DP'),
    'ISO 2338': ('dowel', {'hardened': 'no'}, 'DP'),
    'DIN 7': ('dowel', {'hardened': 'no'}, 'DP'),
    'GB/T 119.2': ('dowel', {'hardened': 'yes'}, 'DPH'),
    'ISO 8734': ('dowel', {'hardened': 'yes'}, 'DPH'),
    'DIN 6325': ('dowel', {'hardened': 'yes'}, 'DPH'),
    'GB/T 879.1': ('spring_pin', {}, 'SP'),
    'ISO 8752': ('spring_pin', {}, 'SP'),
    'DIN 1481': ('spring_pin', {}, 'SP'),
    'GB/T 91': ('cotter', {}, 'CP'),
    'ISO 1234': ('cotter', {}, 'CP'),
    'DIN 94': ('cotter', {}, 'CP'),
    'GB/T 117': ('taper_pin', {}, 'TP'),
    'DIN 1': ('taper_pin', {}, 'TP'),
    'GB/T 894': ('circlip_shaft', {}, 'CLS'),
    'DIN 471': ('circlip_shaft', {}, 'CLS'),
    'GB/T 893': ('circlip_bore', {}, 'CLB'),
    'DIN 472': ('circlip_bore', {}, 'CLB'),
    'GB/T 1096': ('key', {}, 'KEY'),
    'DIN 6885': ('key', {}, 'KEY'),
    'GB/T 12618': ('rivet', {}, None),
    'GB/T 17880': ('rivet_nut', {}, None),
    'GB/T 1152': ('grease_nipple', {}, 'GN'),
    'DIN 71412': ('grease_nipple', {}, 'GN'),
    'JB/T 7940.1': ('grease_nipple', {}, None),
    'JB/ZQ 4450': ('plug', {}, None),
    'DIN 908': ('plug', {}, None),
    'DIN 910': ('plug', {}, None),
    'JB 982': ('bonded_washer', {}, None),
    'DIN 7603': ('copper_washer', {}, None),
    'GB/T 3452.1': ('o_ring', {}, None),
    'GB 1235': ('o_ring', {}, None),
    'AS568': ('o_ring', {}, None),
    'JIS B2401': ('o_ring', {}, None),
}


def std_eq(a, b):
    """True when two different canonical standards are declared equivalent."""
    if a == b:
        return False
    ca = STD.get(a, (None, None, None))[2]
    cb = STD.get(b, (None, None, None))[2]
    return ca is not None and ca == cb


# grades and the material they imply
SS_GRADES = {'A2-50': 'SS304', 'A2-70': 'SS304', 'A2-80': 'SS304',
             'A4-70': 'SS316', 'A4-80': 'SS316'}
SS_MATERIALS = ('SS201', 'SS304', 'SS316', 'SS')
ZINC = ('ZN', 'ZN_BW', 'ZN_C', 'ZN_W', 'ZN_B')


def item_material(a):
    m = a.get('material')
    if m:
        return m
    g = a.get('grade')
    if g in SS_GRADES:
        return SS_GRADES[g]
    if g and a.get('kind') == 'fastener':
        return 'CS'
    return None


def item_finish(a):
    f = a.get('finish')
    if f:
        return f
    if a.get('kind') in ('fastener', 'other') and (item_material(a) or '').startswith('SS'):
        return 'PLAIN'
    return None


_CODE_RE = re.compile(r'[\s\-_/\.,:;()（）]+')


def norm_code(s):
    s = (s or '').upper()
    s = s.replace('×', 'X').replace('*', 'X').replace('Φ', '').replace('φ', '')
    return _CODE_RE.sub('', s)
