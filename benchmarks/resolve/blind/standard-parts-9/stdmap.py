"""Standards the plant carries and the equivalents it declares (GB = DIN = ISO).
JIS, ASME, DIN 975 and ISO 7379 parts are kept as their own families."""

# group id: (kind, gb, year, din, iso, extra)
STD = {
    'GB5782': dict(kind='hexbolt', thread='part', gb='5782', yr='2016', din='931', iso='4014'),
    'GB5783': dict(kind='hexbolt', thread='full', gb='5783', yr='2016', din='933', iso='4017'),
    'GB5785': dict(kind='hexbolt', thread='part', gb='5785', yr='2016', din='960', iso='8765'),
    'GB5786': dict(kind='hexbolt', thread='full', gb='5786', yr='2016', din='961', iso='8676'),
    'GB5781': dict(kind='hexbolt', thread='part', gb='5781', yr='2016', din='601', iso='4016'),
    'GB41': dict(kind='hexnut', gb='41', yr='2016', din='555', iso='4034'),
    'GB65': dict(kind='slot_cheese', gb='65', yr='2016', din='84', iso='1207'),
    'GB67': dict(kind='slot_pan', gb='67', yr='2016', din='85', iso='1580'),
    'GB68': dict(kind='slot_csk', gb='68', yr='2016', din='963', iso='2009'),
    'GB5789': dict(kind='flange_bolt', gb='5789', yr='1986', din='6921'),
    'GB70.1': dict(kind='socket_cap', gb='70.1', yr='2008', din='912', iso='4762', old='70'),
    'GB70.2': dict(kind='button', gb='70.2', yr='2015', iso='7380'),
    'GB70.3': dict(kind='csk_socket', gb='70.3', yr='2008', din='7991', iso='10642'),
    'GB77': dict(kind='set_flat', gb='77', yr='2007', din='913', iso='4026'),
    'GB78': dict(kind='set_cone', gb='78', yr='2007', din='914', iso='4027'),
    'GB79': dict(kind='set_dog', gb='79', yr='2007', din='915', iso='4028'),
    'GB80': dict(kind='set_cup', gb='80', yr='2007', din='916', iso='4029'),
    'GB818': dict(kind='pan_phillips', gb='818', yr='2016', din='7985', iso='7045'),
    'GB819.1': dict(kind='csk_phillips', gb='819.1', yr='2016', din='965', iso='7046-1', old='819'),
    'GB9074.8': dict(kind='sems', gb='9074.8', yr='1988'),
    'GB6170': dict(kind='hexnut', gb='6170', yr='2015', din='934', iso='4032'),
    'GB6171': dict(kind='hexnut', gb='6171', yr='2016', din='934', iso='8673'),
    'GB6172.1': dict(kind='thinnut', gb='6172.1', yr='2016', din='439', iso='4035', old='6172'),
    'GB889.1': dict(kind='nylon_nut', gb='889.1', yr='2015', din='982', iso='7040', old='889'),
    'GB6177.1': dict(kind='flange_nut', gb='6177.1', yr='2016', din='6923', iso='4161', old='6177'),
    'GB923': dict(kind='cap_nut', gb='923', yr='2009', din='1587'),
    'GB62.1': dict(kind='wing_nut', gb='62.1', yr='2004', din='315', old='62'),
    'GB97.1': dict(kind='flat_washer', gb='97.1', yr='2002', din='125', iso='7089', old='97'),
    'GB848': dict(kind='small_washer', gb='848', yr='2002', din='433', iso='7092'),
    'GB96.1': dict(kind='large_washer', gb='96.1', yr='2002', din='9021', iso='7093-1', old='96'),
    'GB93': dict(kind='spring_washer', gb='93', yr='1987', din='127'),
    'GB119.1': dict(kind='pin_par', gb='119.1', yr='2000', din='7', iso='2338'),
    'GB119.2': dict(kind='pin_par', gb='119.2', yr='2000', din='6325', iso='8734'),
    'GB117': dict(kind='pin_taper', gb='117', yr='2000', din='1', iso='2339'),
    'GB120.2': dict(kind='pin_int', gb='120.2', yr='2000', din='7979', iso='8735'),
    'GB1096': dict(kind='key', gb='1096', yr='2003', din='6885'),
    'GB894': dict(kind='circ_shaft', gb='894', yr='2017', din='471', old='894.1'),
    'GB893': dict(kind='circ_hole', gb='893', yr='2017', din='472', old='893.1'),
    'GB825': dict(kind='eyebolt', gb='825', yr='1988', din='580'),
    'GB897': dict(kind='stud', gb='897', yr='1988', din='938'),
    'GB898': dict(kind='stud', gb='898', yr='1988', din='939'),
    'GB900': dict(kind='stud', gb='900', yr='1988', din='835'),
    'DIN975': dict(kind='rod', din='975'),
    'ISO7379': dict(kind='shoulder', iso='7379'),
    'DIN7984': dict(kind='lowhead', din='7984'),
    'JISB1176': dict(kind='socket_cap', jis='1176'),
    'JISB1180': dict(kind='hexbolt', jis='1180'),
    'JISB1181': dict(kind='hexnut', jis='1181'),
    'JISB1256': dict(kind='flat_washer', jis='1256'),
    'JISB1251': dict(kind='spring_washer', jis='1251'),
    'ASMEB18.3': dict(kind='socket_cap', asme='B18.3'),
    'ASMEB18.2.1': dict(kind='hexbolt', asme='B18.2.1'),
    'GB3452.1': dict(kind='oring', gb='3452.1', yr='2005', iso='3601-1', old='3452'),
    'JISB2401': dict(kind='oring', jis='2401'),
    'AS568': dict(kind='oring'),
}

# DIN 934 covers coarse and fine hex nuts: it names GB/T 6170 and GB/T 6171 alike.
GBMAP, DINMAP, ISOMAP, JISMAP = {}, {}, {}, {}
for _g, _d in STD.items():
    if _d.get('gb'):
        GBMAP.setdefault(_d['gb'], set()).add(_g)
        if _d.get('old'):
            GBMAP.setdefault(_d['old'], set()).add(_g)
    if _d.get('din'):
        DINMAP.setdefault(_d['din'], set()).add(_g)
    if _d.get('iso'):
        ISOMAP.setdefault(_d['iso'], set()).add(_g)
        ISOMAP.setdefault(_d['iso'].split('-')[0], set()).add(_g)
    if _d.get('jis'):
        JISMAP.setdefault(_d['jis'], set()).add(_g)


def equivalents(group):
    d = STD[group]
    out = []
    if d.get('din'):
        out.append('DIN' + d['din'])
    if d.get('iso'):
        out.append('ISO' + d['iso'])
    return out
