"""Stainless raw material for the machine frames: tubes, sheet, bar (catalogue only, no queries)."""
from common import Item, fmt, pick

CAT_TUBE = '原材料/不锈钢管材'
CAT_SHEET = '原材料/不锈钢板材'
CAT_BAR = '原材料/不锈钢棒材型材'


def build(rng):
    items = []
    sq = ['20x20', '25x25', '30x30', '38x38', '40x40', '50x50', '60x60', '80x80', '100x100', '20x40', '25x50', '30x60',
          '40x60', '40x80', '50x100']
    for s in sq:
        for t in (1.0, 1.2, 1.5, 2.0, 3.0):
            for mat in ('304', '316L'):
                for fin in ('拉丝', '抛光'):
                    if rng.random() < (0.55 if mat == '304' else 0.25):
                        a = dict(fam='raw', shape='sq', size=s, t=fmt(t), mat=mat, fin=fin)
                        nm = '不锈钢方管' if s.split('x')[0] == s.split('x')[1] else '不锈钢矩形管'
                        items.append(Item(nm, '%s %s×%s %s 6米/支' % (mat, s.replace('x', '×'), fmt(t), fin), '支', CAT_TUBE, a,
                                          pick(rng, ['eng', 'store'])))
    for od in (12.7, 16, 19, 25.4, 31.8, 38.1, 50.8, 63.5, 76.2, 101.6):
        for t in (1.0, 1.2, 1.5, 2.0):
            for mat in ('304', '316L'):
                for fin in ('拉丝', '抛光', '内外抛光'):
                    if rng.random() < 0.4:
                        a = dict(fam='raw', shape='round', size=fmt(od), t=fmt(t), mat=mat, fin=fin)
                        items.append(Item('不锈钢圆管' if fin != '内外抛光' else '卫生级不锈钢管',
                                          '%s Φ%s×%s %s 6米/支' % (mat, fmt(od), fmt(t), fin), '支', CAT_TUBE, a, 'eng'))
    for t in (0.5, 0.8, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 12.0):
        for size in ('1220x2440', '1500x3000'):
            for fin in ('2B', 'No.4拉丝', '8K镜面', 'BA'):
                for mat in ('304', '316L'):
                    if rng.random() < (0.5 if mat == '304' else 0.25):
                        a = dict(fam='raw', shape='sheet', size=size, t=fmt(t), mat=mat, fin=fin)
                        items.append(Item('不锈钢板', '%s %s厚 %s %s' % (mat, fmt(t), size.replace('x', '×'), fin), '张', CAT_SHEET, a, 'eng'))
    for d in (5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 32, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100):
        for mat in ('303', '304', '316L', '2Cr13'):
            if rng.random() < 0.6:
                a = dict(fam='raw', shape='bar', size=str(d), t='', mat=mat, fin='光亮')
                items.append(Item('不锈钢圆棒', '%s Φ%d 光亮棒 按公斤' % (mat, d), 'KG', CAT_BAR, a, 'eng'))
    for s in ('20x3', '25x3', '30x3', '30x5', '40x4', '40x5', '50x5', '60x6', '80x8', '100x10'):
        for mat in ('304', '316L'):
            for shape, nm in (('flat', '不锈钢扁钢'), ('angle', '不锈钢角钢')):
                if rng.random() < 0.7:
                    a = dict(fam='raw', shape=shape, size=s, t='', mat=mat, fin='')
                    items.append(Item(nm, '%s %s 6米' % (mat, s.replace('x', '×')), '支', CAT_BAR, a, 'eng'))
    return items
