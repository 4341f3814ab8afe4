"""Fasteners: screws, bolts, nuts, washers, pins, circlips, keys (1.01.xx)."""
from .common import fmt, cn_int, cn_num, to_trad, pick

FAM = 'fst'
LSER = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100,
        110, 120, 130, 140, 150, 160, 180, 200, 220, 240, 260, 280, 300]
COARSE = {3: 0.5, 4: 0.7, 5: 0.8, 6: 1, 8: 1.25, 10: 1.5, 12: 1.75, 14: 2, 16: 2, 18: 2.5, 20: 2.5, 22: 2.5, 24: 3,
          27: 3, 30: 3.5, 36: 4, 42: 4.5, 48: 5}

# type code: formal name, group, category, own standard (with year), equivalents, nicknames
T = {
    'shcs': dict(name='内六角圆柱头螺钉', grp='1.01.01', cat='标准件/螺钉/内六角圆柱头螺钉', std='GB/T 70.1', yr='2008',
                 eq=['DIN 912', 'ISO 4762'], cn=['内六角圆柱头螺钉'], ne=['内六方螺丝', '杯头螺丝', '内六角螺丝'],
                 tw=['內六角螺絲', '杯頭螺絲', '內六角圓柱頭螺絲'],
                 en=['socket head cap screw', 'SHCS', 'hex socket head cap screw', 'allen bolt'],
                 typo=['内六脚螺丝', '内陆角螺丝', '内六角园柱头螺钉', '杯投螺丝', '内六方罗丝'], shape='dl'),
    'bhcs': dict(name='内六角平圆头螺钉', grp='1.01.01', cat='标准件/螺钉/内六角圆头螺钉', std='GB/T 70.2', yr='2015',
                 eq=['ISO 7380-1'], cn=['内六角平圆头螺钉'], ne=['圆头内六角', '半圆头内六方', '蘑菇头螺丝'],
                 tw=['圓頭內六角螺絲', '內六角圓頭螺絲'], en=['button head socket screw', 'button head cap screw', 'BHCS'],
                 typo=['园头内六角', '圆头内六脚', '蘑菇投螺丝'], shape='dl'),
    'cssc': dict(name='内六角沉头螺钉', grp='1.01.01', cat='标准件/螺钉/内六角沉头螺钉', std='GB/T 70.3', yr='2008',
                 eq=['DIN 7991', 'ISO 10642'], cn=['内六角沉头螺钉'], ne=['沉头内六方', '内六角平头螺丝', '沉头内六角'],
                 tw=['內六角平頭螺絲', '平頭內六角螺絲'], en=['countersunk socket screw', 'flat head socket cap screw'],
                 typo=['陈头内六角', '沉投内六角', '沉头内六脚'], shape='dl'),
    'setf': dict(name='内六角平端紧定螺钉', grp='1.01.01', cat='标准件/螺钉/紧定螺钉', std='GB/T 77', yr='2007',
                 eq=['DIN 913', 'ISO 4026'], cn=['内六角平端紧定螺钉'], ne=['平头顶丝', '平端顶丝'], tw=['平頭止付螺絲'],
                 en=['set screw flat point', 'grub screw flat point'], typo=['平头定丝', '平端紧顶螺钉'], shape='dl'),
    'setc': dict(name='内六角锥端紧定螺钉', grp='1.01.01', cat='标准件/螺钉/紧定螺钉', std='GB/T 78', yr='2007',
                 eq=['DIN 914', 'ISO 4027'], cn=['内六角锥端紧定螺钉'], ne=['尖头顶丝', '锥端顶丝'], tw=['尖頭止付螺絲'],
                 en=['set screw cone point'], typo=['尖头定丝', '锥端紧顶螺钉'], shape='dl'),
    'setu': dict(name='内六角凹端紧定螺钉', grp='1.01.01', cat='标准件/螺钉/紧定螺钉', std='GB/T 80', yr='2007',
                 eq=['DIN 916', 'ISO 4029'], cn=['内六角凹端紧定螺钉'], ne=['凹头顶丝', '凹端顶丝'], tw=['凹頭止付螺絲'],
                 en=['set screw cup point', 'grub screw cup point'], typo=['凹头定丝', '洼头顶丝'], shape='dl'),
    'pan': dict(name='十字槽盘头螺钉', grp='1.01.03', cat='标准件/螺钉/十字槽螺钉', std='GB/T 818', yr='2016',
                eq=['ISO 7045', 'DIN 7985'], cn=['十字槽盘头螺钉'], ne=['十字盘头螺丝', '十字圆头螺丝'],
                tw=['十字盤頭螺絲', '圓頭十字螺絲'], en=['Phillips pan head screw', 'cross recessed pan head screw'],
                typo=['十字盘投螺丝', '十字槽盆头螺钉'], shape='dl'),
    'csk': dict(name='十字槽沉头螺钉', grp='1.01.03', cat='标准件/螺钉/十字槽螺钉', std='GB/T 819.1', yr='2016',
                eq=['ISO 7046-1', 'DIN 965'], cn=['十字槽沉头螺钉'], ne=['十字沉头螺丝', '十字平头螺丝'],
                tw=['十字平頭螺絲'], en=['Phillips countersunk screw', 'flat head Phillips machine screw'],
                typo=['十字陈头螺丝', '十字槽沉投螺钉'], shape='dl'),
    'hexf': dict(name='六角头螺栓 全螺纹', grp='1.01.02', cat='标准件/螺栓/六角头螺栓', std='GB/T 5783', yr='2016',
                 eq=['DIN 933', 'ISO 4017'], cn=['六角头螺栓 全螺纹', '全螺纹六角头螺栓'], ne=['全扣外六角', '外六角全丝', '全丝外六方'],
                 tw=['全牙六角螺絲', '六角螺絲 全牙'], en=['hex head screw full thread', 'fully threaded hex bolt'],
                 typo=['全扣外六脚', '六角头螺拴 全螺纹', '全螺纹六角头螺检'], shape='dl'),
    'hexp': dict(name='六角头螺栓', grp='1.01.02', cat='标准件/螺栓/六角头螺栓', std='GB/T 5782', yr='2016',
                 eq=['DIN 931', 'ISO 4014'], cn=['六角头螺栓 部分螺纹', '半螺纹六角头螺栓'], ne=['半扣外六角', '半丝外六方'],
                 tw=['半牙六角螺絲', '六角螺絲 半牙'], en=['hex bolt partial thread', 'half thread hex bolt'],
                 typo=['半扣外六脚', '半螺纹六角头螺拴'], shape='dl'),
    'hexff': dict(name='六角头螺栓 细牙 全螺纹', grp='1.01.02', cat='标准件/螺栓/六角头螺栓', std='GB/T 5786', yr='2016',
                  eq=['ISO 8676', 'DIN 961'], cn=['细牙全螺纹六角头螺栓'], ne=['细扣外六角', '细牙外六方'],
                  tw=['細牙六角螺絲'], en=['fine thread hex head screw'], typo=['细扣外六脚', '细芽外六角'], shape='dl'),
    'flb': dict(name='六角法兰面螺栓', grp='1.01.02', cat='标准件/螺栓/法兰面螺栓', std='GB/T 5789', yr='1986',
                eq=[], cn=['六角法兰面螺栓'], ne=['法兰螺丝', '带垫外六角', '法兰面螺丝'], tw=['法蘭螺絲'],
                en=['hex flange bolt', 'flange head bolt'], typo=['发兰螺丝', '法兰面螺拴'], shape='dl'),
    'tbolt': dict(name='T形槽用螺栓', grp='1.01.02', cat='标准件/螺栓/T形槽螺栓', std='GB/T 37', yr='1988',
                  eq=[], cn=['T形槽用螺栓'], ne=['T型螺丝', 'T型螺栓', '压板螺丝'], tw=['T型螺絲'],
                  en=['T-slot bolt', 'T-bolt'], typo=['T形槽用螺拴', 'T型罗丝'], shape='dl'),
    'stud': dict(name='双头螺柱', grp='1.01.02', cat='标准件/螺栓/双头螺柱', std='GB/T 898', yr='1988',
                 eq=[], cn=['双头螺柱'], ne=['双头螺丝', '双头螺杆'], tw=['雙頭螺絲', '雙頭牙條'],
                 en=['stud bolt', 'double end stud'], typo=['双头螺住', '双头罗丝'], shape='dl'),
    'eye': dict(name='吊环螺钉', grp='1.01.02', cat='标准件/螺栓/吊环螺钉', std='GB/T 825', yr='1988',
                eq=['DIN 580'], cn=['吊环螺钉'], ne=['吊环', '吊环螺丝'], tw=['吊環螺絲', '吊環'],
                en=['lifting eye bolt', 'eye bolt'], typo=['吊还螺丝', '掉环'], shape='d'),
    'setd': dict(name='内六角圆柱端紧定螺钉', grp='1.01.01', cat='标准件/螺钉/紧定螺钉', std='GB/T 79', yr='2007',
                 eq=['DIN 915', 'ISO 4028'], cn=['内六角圆柱端紧定螺钉'], ne=['长杆顶丝', '圆柱端顶丝'], tw=['柱端止付螺絲', '長桿止付螺絲'],
                 en=['set screw dog point'], typo=['圆柱端定丝', '园柱端顶丝'], shape='dl'),
    'chs': dict(name='开槽圆柱头螺钉', grp='1.01.03', cat='标准件/螺钉/开槽螺钉', std='GB/T 65', yr='2016',
                eq=['ISO 1207', 'DIN 84'], cn=['开槽圆柱头螺钉'], ne=['一字圆柱头螺丝', '一字螺丝'], tw=['一字圓柱頭螺絲'],
                en=['slotted cheese head screw'], typo=['开槽园柱头螺钉', '一字螺斯'], shape='dl'),
    'wti': dict(name='钢丝螺套', grp='1.01.09', cat='标准件/螺套/钢丝螺套', std='GB/T 24425.1', yr='2009',
                eq=['DIN 8140'], cn=['钢丝螺套'], ne=['牙套', '钢丝牙套', '螺纹护套'], tw=['螺紋護套', '牙套'],
                en=['helicoil', 'wire thread insert'], typo=['钢丝罗套', '刚丝螺套'], shape='dl'),
    'rvn': dict(name='平头拉铆螺母', grp='1.01.04', cat='标准件/螺母/拉铆螺母', std='GB/T 17880.1', yr='1999',
                eq=[], cn=['平头拉铆螺母'], ne=['拉铆螺母', '拉帽', '铆螺母'], tw=['拉帽', '鉚釘螺帽'],
                en=['rivet nut', 'blind rivet nut'], typo=['拉卯螺母', '拉铆螺毋'], shape='d'),
    'capn': dict(name='盖形螺母', grp='1.01.04', cat='标准件/螺母/盖形螺母', std='GB/T 923', yr='2009',
                 eq=['DIN 1587'], cn=['盖形螺母'], ne=['盖帽', '盖形螺帽', '圆头螺母'], tw=['蓋型螺帽'],
                 en=['acorn nut', 'cap nut'], typo=['盖型螺毋', '概形螺母'], shape='d'),
    'nut': dict(name='六角螺母', grp='1.01.04', cat='标准件/螺母/六角螺母', std='GB/T 6170', yr='2015',
                eq=['ISO 4032', 'DIN 934'], cn=['六角螺母'], ne=['六角螺丝帽'], tw=['六角螺帽'], en=['hex nut'],
                typo=['六角螺毋', '六脚螺母'], shape='d'),
    'nutf': dict(name='六角螺母 细牙', grp='1.01.04', cat='标准件/螺母/六角螺母', std='GB/T 6171', yr='2016',
                 eq=['ISO 8673', 'DIN 934'], cn=['细牙六角螺母'], ne=['细扣螺母', '细牙螺丝帽'], tw=['細牙螺帽'],
                 en=['fine thread hex nut'], typo=['细芽螺母', '细扣螺毋'], shape='d'),
    'thin': dict(name='六角薄螺母', grp='1.01.04', cat='标准件/螺母/六角薄螺母', std='GB/T 6172.1', yr='2016',
                 eq=['ISO 4035', 'DIN 439'], cn=['六角薄螺母'], ne=['薄螺母', '扁螺丝帽'], tw=['薄螺帽'],
                 en=['thin hex nut', 'jam nut'], typo=['博螺母', '薄螺毋'], shape='d'),
    'nyl': dict(name='非金属嵌件六角锁紧螺母', grp='1.01.04', cat='标准件/螺母/锁紧螺母', std='GB/T 889.1', yr='2015',
                eq=['ISO 7040', 'DIN 982'], cn=['尼龙锁紧螺母', '非金属嵌件六角锁紧螺母'], ne=['尼龙螺母', '防松螺母', '尼龙自锁螺丝帽'],
                tw=['尼龍螺帽', '防鬆螺帽'], en=['nylon insert lock nut', 'nyloc nut'], typo=['尼龙锁紧螺毋', '尼隆螺母'],
                shape='d'),
    'fln': dict(name='六角法兰面螺母', grp='1.01.04', cat='标准件/螺母/法兰面螺母', std='GB/T 6177.1', yr='2016',
                eq=['DIN 6923'], cn=['六角法兰面螺母'], ne=['法兰螺母', '带垫螺母', '法兰螺丝帽'], tw=['法蘭螺帽'],
                en=['hex flange nut', 'serrated flange nut'], typo=['发兰螺母', '法兰螺毋'], shape='d'),
    'rnut': dict(name='圆螺母', grp='1.01.04', cat='标准件/螺母/圆螺母', std='GB/T 812', yr='1988',
                 eq=[], cn=['圆螺母'], ne=['开槽圆螺母', '花螺母'], tw=['圓螺帽'], en=['slotted round nut'],
                 typo=['园螺母', '圆罗母'], shape='d'),
    'fw': dict(name='平垫圈', grp='1.01.05', cat='标准件/垫圈/平垫圈', std='GB/T 97.1', yr='2002',
               eq=['ISO 7089', 'DIN 125-A'], cn=['平垫圈'], ne=['平垫', '垫儿', '平垫片'], tw=['平華司'],
               en=['flat washer', 'plain washer'], typo=['平电圈', '平垫卷', '平店'], shape='w'),
    'lw': dict(name='大垫圈', grp='1.01.05', cat='标准件/垫圈/大垫圈', std='GB/T 96.1', yr='2002',
               eq=['ISO 7093-1', 'DIN 9021'], cn=['大垫圈'], ne=['大垫', '大平垫', '大垫儿'], tw=['大華司'],
               en=['large flat washer', 'fender washer'], typo=['大电圈', '大垫卷'], shape='w'),
    'sw': dict(name='标准型弹簧垫圈', grp='1.01.05', cat='标准件/垫圈/弹簧垫圈', std='GB/T 93', yr='1987',
               eq=['DIN 127-B'], cn=['标准型弹簧垫圈', '弹簧垫圈'], ne=['弹垫', '弹簧垫', '弹垫儿'], tw=['彈簧華司', '彈華'],
               en=['spring lock washer', 'split lock washer'], typo=['弹电', '谈垫', '弹簧电圈'], shape='w'),
    'dp': dict(name='圆柱销 淬硬钢', grp='1.01.06', cat='标准件/销/圆柱销', std='GB/T 119.2', yr='2000',
               eq=['ISO 8734', 'DIN 6325'], cn=['淬硬圆柱销', '圆柱销 淬硬钢'], ne=['淬火定位销', '硬定位销'],
               tw=['硬化定位銷', '淬火定位銷'], en=['hardened dowel pin'], typo=['萃火定位销', '淬火定为销'], shape='pin'),
    'dpu': dict(name='圆柱销', grp='1.01.06', cat='标准件/销/圆柱销', std='GB/T 119.1', yr='2000',
                eq=['ISO 2338', 'DIN 7'], cn=['圆柱销 不淬硬'], ne=['软定位销', '不淬火的圆柱销'], tw=['未淬火定位銷'],
                en=['dowel pin unhardened'], typo=['园柱销 不淬硬', '圆住销 不淬火'], shape='pin'),
    'tp': dict(name='圆锥销', grp='1.01.06', cat='标准件/销/圆锥销', std='GB/T 117', yr='2000',
               eq=['ISO 2339', 'DIN 1'], cn=['圆锥销'], ne=['锥销', '锥度销'], tw=['錐度銷', '斜銷'],
               en=['taper pin'], typo=['园锥销', '锥肖'], shape='pin'),
    'tpi': dict(name='内螺纹圆锥销', grp='1.01.06', cat='标准件/销/圆锥销', std='GB/T 118', yr='2000',
                eq=['ISO 8736', 'DIN 7978'], cn=['内螺纹圆锥销'], ne=['带丝锥销', '内丝锥销'], tw=['內牙錐度銷'],
                en=['internal thread taper pin', 'taper pin with internal thread'], typo=['内螺纹园锥销', '内丝锥肖'],
                shape='pin'),
    'sp': dict(name='弹性圆柱销 直槽 重型', grp='1.01.06', cat='标准件/销/弹性圆柱销', std='GB/T 879.1', yr='2018',
               eq=['ISO 8752', 'DIN 1481'], cn=['弹性圆柱销'], ne=['弹性销', '开槽销', '弹簧销'], tw=['彈簧銷'],
               en=['spring pin', 'slotted spring pin', 'roll pin'], typo=['弹信销', '弹性肖'], shape='pin'),
    'cp': dict(name='开口销', grp='1.01.06', cat='标准件/销/开口销', std='GB/T 91', yr='2000',
               eq=['ISO 1234', 'DIN 94'], cn=['开口销'], ne=['开口销', '开尾销'], tw=['開口銷'],
               en=['cotter pin', 'split pin'], typo=['开口肖', '开口消'], shape='pin'),
    'cle': dict(name='轴用弹性挡圈', grp='1.01.07', cat='标准件/挡圈/轴用挡圈', std='GB/T 894', yr='2017',
                eq=['DIN 471'], cn=['轴用弹性挡圈', '轴用挡圈'], ne=['轴用卡簧', '外卡簧', '外卡'], tw=['軸用扣環', 'S型扣環'],
                en=['external circlip', 'shaft circlip', 'external retaining ring'], typo=['轴用卡黄', '周用卡簧', '轴用弹性档圈'],
                shape='c'),
    'cli': dict(name='孔用弹性挡圈', grp='1.01.07', cat='标准件/挡圈/孔用挡圈', std='GB/T 893', yr='2017',
                eq=['DIN 472'], cn=['孔用弹性挡圈', '孔用挡圈'], ne=['孔用卡簧', '内卡簧', '内卡'], tw=['孔用扣環', 'R型扣環'],
                en=['internal circlip', 'bore circlip', 'internal retaining ring'], typo=['孔用卡黄', '空用卡簧', '孔用弹性档圈'],
                shape='c'),
    'ecl': dict(name='开口挡圈', grp='1.01.07', cat='标准件/挡圈/开口挡圈', std='GB/T 896', yr='2020',
                eq=['DIN 6799'], cn=['开口挡圈'], ne=['E型卡簧', 'E形卡', '开口卡簧'], tw=['E型扣環'],
                en=['E-clip', 'E-ring retaining washer'], typo=['E型卡黄', '开口档圈'], shape='c'),
    'key': dict(name='普通平键', grp='1.01.08', cat='标准件/键/平键', std='GB/T 1096', yr='2003',
                eq=['DIN 6885-1'], cn=['普通平键'], ne=['平键', '键条'], tw=['平鍵'], en=['parallel key', 'feather key'],
                typo=['平建', '平健'], shape='key'),
}

# words that cover several types (what a skilled storekeeper would still have to narrow down)
GENERIC = {
    'cn': [('螺钉', ('shcs', 'bhcs', 'cssc', 'setf', 'setc', 'setu', 'setd', 'pan', 'csk', 'chs')),
           ('六角头螺栓', ('hexf', 'hexp', 'hexff')), ('紧定螺钉', ('setf', 'setc', 'setu', 'setd')),
           ('螺母', ('nut', 'nutf', 'thin')), ('垫圈', ('fw', 'lw', 'sw')), ('圆柱销', ('dp', 'dpu')),
           ('弹性挡圈', ('cle', 'cli')), ('挡圈', ('cle', 'cli', 'ecl'))],
    'ne': [('螺丝', ('shcs', 'bhcs', 'cssc', 'setf', 'setc', 'setu', 'setd', 'pan', 'csk', 'chs', 'hexf', 'hexp', 'hexff', 'flb',
                    'tbolt', 'stud')),
           ('外六角螺丝', ('hexf', 'hexp', 'hexff')), ('外六方', ('hexf', 'hexp', 'hexff')),
           ('顶丝', ('setf', 'setc', 'setu', 'setd')), ('机米螺丝', ('setf', 'setc', 'setu', 'setd')),
           ('螺丝帽', ('nut', 'nutf', 'thin')), ('螺帽', ('nut', 'nutf', 'thin')),
           ('垫片', ('fw', 'lw')), ('卡簧', ('cle', 'cli', 'ecl')), ('定位销', ('dp', 'dpu')),
           ('销子', ('dp', 'dpu', 'tp', 'tpi', 'sp', 'cp'))],
    'tw': [('螺絲', ('shcs', 'bhcs', 'cssc', 'setf', 'setc', 'setu', 'setd', 'pan', 'csk', 'chs', 'hexf', 'hexp', 'hexff', 'flb',
                    'tbolt', 'stud')),
           ('六角螺絲', ('hexf', 'hexp', 'hexff')), ('止付螺絲', ('setf', 'setc', 'setu', 'setd')),
           ('螺帽', ('nut', 'nutf', 'thin')), ('華司', ('fw', 'lw')), ('扣環', ('cle', 'cli', 'ecl')),
           ('定位銷', ('dp', 'dpu'))],
    'en': [('hex bolt', ('hexf', 'hexp', 'hexff')), ('set screw', ('setf', 'setc', 'setu', 'setd')),
           ('nut', ('nut', 'nutf', 'thin')), ('washer', ('fw', 'lw', 'sw')), ('circlip', ('cle', 'cli')),
           ('dowel pin', ('dp', 'dpu'))],
}
GEN_BY_TYPE = {}
for _reg, _lst in GENERIC.items():
    for _w, _ts in _lst:
        for _t in _ts:
            GEN_BY_TYPE.setdefault((_reg, _t), []).append((_w, frozenset(_ts)))

# standards -> the set of types they name (equivalent notations)
STD_TYPES = {}
for _c, _t in T.items():
    for _s in [_t['std']] + _t['eq']:
        STD_TYPES.setdefault(_s, set()).add(_c)
STD_TYPES = {k: frozenset(v) for k, v in STD_TYPES.items()}

MAT = {
    '12.9': dict(cn=['12.9级'], ne=['12.9的', '12.9'], tw=['12.9'], en=['grade 12.9', 'class 12.9'],
                 voice=['十二点九级', '十二点九的'], alt=['强度等级12.9', '12.9级高强度']),
    '10.9': dict(cn=['10.9级'], ne=['10.9的', '10.9'], tw=['10.9'], en=['grade 10.9', 'class 10.9'],
                 voice=['十点九级', '十点九的'], alt=['强度等级10.9', '10.9级高强度']),
    '8.8': dict(cn=['8.8级'], ne=['8.8的', '8.8'], tw=['8.8'], en=['grade 8.8', 'class 8.8'],
                voice=['八点八级', '八点八的'], alt=['强度等级8.8', '8.8级中强度']),
    '4.8': dict(cn=['4.8级'], ne=['4.8的', '4.8'], tw=['4.8'], en=['grade 4.8'],
                voice=['四点八级', '四点八的'], alt=['强度等级4.8', '4.8级普通']),
    '45H': dict(cn=['45H'], ne=['45H'], tw=['45H'], en=['45H'], voice=['四十五H'], alt=['硬度45H', '45H级']),
    'ss304': dict(cn=['304不锈钢', '不锈钢304'], ne=['304的', '304不锈钢'], tw=['SUS304', '白鐵304'],
                  en=['stainless 304', 'SS304'], voice=['三零四不锈钢', '三零四的'],
                  alt=['A2-70', 'A2', '06Cr19Ni10', '0Cr18Ni9', 'SUS304']),
    'ss316': dict(cn=['316不锈钢', '不锈钢316'], ne=['316的', '316不锈钢'], tw=['SUS316', '白鐵316'],
                  en=['stainless 316', 'SS316'], voice=['三幺六不锈钢', '三一六的'],
                  alt=['A4-70', 'A4', '06Cr17Ni12Mo2', '0Cr17Ni12Mo2', 'SUS316']),
    'cl8': dict(cn=['8级'], ne=['8级的'], tw=['8級'], en=['class 8'], voice=['八级的'], alt=['性能等级8级', 'Class 8']),
    'cl10': dict(cn=['10级'], ne=['10级的'], tw=['10級'], en=['class 10'], voice=['十级的'], alt=['性能等级10级', 'Class 10']),
    'cl04': dict(cn=['04级'], ne=['04级的'], tw=['04級'], en=['class 04'], voice=['零四级'], alt=['性能等级04级']),
    'st': dict(cn=['200HV'], ne=['普通碳钢的'], tw=['碳鋼'], en=['200HV steel'], voice=['普通碳钢的'], alt=['硬度200HV', '200HV级']),
    'hv300': dict(cn=['300HV'], ne=['淬火的'], tw=['硬化'], en=['hardened 300HV'], voice=['淬火的'],
                  alt=['硬度300HV', '300HV级']),
    '65Mn': dict(cn=['65Mn'], ne=['65锰'], tw=['65Mn'], en=['65Mn spring steel'], voice=['六十五锰'], alt=['65Mn弹簧钢']),
    'c35': dict(cn=['35钢'], ne=['35#'], tw=['S35C'], en=['C35 steel'], voice=['三十五号钢'], alt=['35#钢', 'S35C']),
    'c45': dict(cn=['45钢'], ne=['45#'], tw=['S45C'], en=['C45 steel'], voice=['四十五号钢'], alt=['45#钢', 'S45C']),
    'q235': dict(cn=['Q235'], ne=['A3钢'], tw=['SS400'], en=['Q235 steel'], voice=['Q二三五'], alt=['A3钢', 'SS400']),
    'c10': dict(cn=['碳钢'], ne=['铁的'], tw=['鐵'], en=['steel'], voice=['铁的'], alt=['10#钢', 'C10钢']),
    'al': dict(cn=['铝'], ne=['铝的'], tw=['鋁'], en=['aluminium'], voice=['铝的'], alt=['铝合金', 'AL']),
    'hard': dict(cn=['淬硬'], ne=['淬火'], tw=['淬火'], en=['hardened'], voice=['淬火的'], alt=['淬火']),
}
STAINLESS = {'cn': '不锈钢', 'ne': '不锈钢的', 'tw': '白鐵', 'en': 'stainless', 'voice': '不锈钢的'}
FIN = {
    'zn_bw': dict(cn=['镀蓝白锌'], ne=['白锌', '蓝白锌'], tw=['白鋅'], en=['clear zinc plated'], voice=['蓝白锌的', '白锌的'],
                  alt=['蓝白锌', '镀锌（蓝白）', 'Zn 蓝白']),
    'zn_y': dict(cn=['镀彩锌'], ne=['彩锌', '黄锌'], tw=['彩鋅', '黃鋅'], en=['yellow zinc plated'], voice=['彩锌的'],
                 alt=['彩色镀锌', '黄锌']),
    'black': dict(cn=['发黑'], ne=['黑的', '发黑'], tw=['黑', '黑色'], en=['black oxide'], voice=['发黑的', '黑的'],
                  alt=['氧化发黑', '黑色氧化']),
    'dac': dict(cn=['达克罗'], ne=['达克罗'], tw=['達克羅'], en=['Dacromet'], voice=['达克罗的'], alt=['锌铬涂层', 'Dacromet']),
    'hdg': dict(cn=['热镀锌'], ne=['热镀锌'], tw=['熱浸鋅'], en=['hot-dip galvanized'], voice=['热镀锌的'],
                alt=['热浸镀锌', 'HDG']),
}
ZINC = {'cn': '镀锌', 'ne': '镀锌的', 'tw': '鍍鋅', 'en': 'zinc plated', 'voice': '镀锌的'}
ZINC_SET = frozenset(['zn_bw', 'zn_y', 'hdg'])
SS_SET = frozenset(['ss304', 'ss316'])

# house spec text of material+finish, per clerk
MF_TXT = {
    'eng': {('12.9', 'black'): '12.9级 发黑', ('10.9', 'black'): '10.9级 发黑', ('10.9', 'dac'): '10.9级 达克罗',
            ('8.8', 'zn_bw'): '8.8级 镀蓝白锌', ('8.8', 'black'): '8.8级 发黑', ('8.8', 'hdg'): '8.8级 热镀锌',
            ('4.8', 'zn_bw'): '4.8级 镀蓝白锌', ('ss304', 'plain'): 'A2-70', ('ss316', 'plain'): 'A4-70',
            ('45H', 'black'): '45H 发黑', ('cl8', 'zn_bw'): '8级 镀蓝白锌', ('cl10', 'black'): '10级 发黑',
            ('cl8', 'hdg'): '8级 热镀锌', ('cl04', 'zn_bw'): '04级 镀蓝白锌', ('st', 'zn_bw'): '200HV 镀蓝白锌',
            ('hv300', 'black'): '300HV 发黑', ('65Mn', 'black'): '65Mn 发黑', ('65Mn', 'zn_bw'): '65Mn 镀蓝白锌', ('65Mn', 'plain'): '65Mn',
            ('c35', 'plain'): '35钢 不经处理', ('c45', 'black'): '45钢 发黑', ('c45', 'plain'): '45钢',
            ('q235', 'zn_bw'): 'Q235 镀蓝白锌', ('hard', 'plain'): '淬硬 A型', ('c20', 'zn_y'): '20钢 镀彩锌',
            ('4.8', 'zn_y'): '4.8级 镀彩锌', ('c10', 'zn_bw'): '10钢 镀蓝白锌', ('al', 'plain'): '铝', ('cl8', 'zn_y'): '8级 镀彩锌'},
    'ne': {('12.9', 'black'): '12.9黑', ('10.9', 'black'): '10.9黑', ('10.9', 'dac'): '10.9达克罗',
           ('8.8', 'zn_bw'): '8.8白锌', ('8.8', 'black'): '8.8黑', ('8.8', 'hdg'): '8.8热镀锌',
           ('4.8', 'zn_bw'): '4.8白锌', ('ss304', 'plain'): '304', ('ss316', 'plain'): '316',
           ('45H', 'black'): '45H黑', ('cl8', 'zn_bw'): '8级白锌', ('cl10', 'black'): '10级黑',
           ('cl8', 'hdg'): '8级热镀锌', ('cl04', 'zn_bw'): '04级白锌', ('st', 'zn_bw'): '白锌',
           ('hv300', 'black'): '淬火黑', ('65Mn', 'black'): '黑', ('65Mn', 'zn_bw'): '白锌', ('65Mn', 'plain'): '65锰',
           ('c35', 'plain'): '35#', ('c45', 'black'): '45#黑', ('c45', 'plain'): '45#',
           ('q235', 'zn_bw'): '白锌', ('hard', 'plain'): '淬火', ('c20', 'zn_y'): '彩锌', ('4.8', 'zn_y'): '4.8彩锌', ('c10', 'zn_bw'): '铁白锌', ('al', 'plain'): '铝', ('cl8', 'zn_y'): '8级彩锌'},
    'tw': {('12.9', 'black'): '12.9 黑', ('10.9', 'black'): '10.9 黑', ('10.9', 'dac'): '10.9 達克羅',
           ('8.8', 'zn_bw'): '8.8 白鋅', ('8.8', 'black'): '8.8 黑', ('8.8', 'hdg'): '8.8 熱浸鋅',
           ('4.8', 'zn_bw'): '4.8 白鋅', ('ss304', 'plain'): 'SUS304', ('ss316', 'plain'): 'SUS316',
           ('45H', 'black'): '45H 黑', ('cl8', 'zn_bw'): '8級 白鋅', ('cl10', 'black'): '10級 黑',
           ('cl8', 'hdg'): '8級 熱浸鋅', ('cl04', 'zn_bw'): '04級 白鋅', ('st', 'zn_bw'): '白鋅',
           ('hv300', 'black'): '硬化 黑', ('65Mn', 'black'): '黑', ('65Mn', 'zn_bw'): '白鋅', ('65Mn', 'plain'): '65Mn',
           ('c35', 'plain'): 'S35C', ('c45', 'black'): 'S45C 黑', ('c45', 'plain'): 'S45C',
           ('q235', 'zn_bw'): '白鋅', ('hard', 'plain'): '硬化', ('c20', 'zn_y'): '彩鋅', ('4.8', 'zn_y'): '4.8 彩鋅', ('c10', 'zn_bw'): '鐵 白鋅', ('al', 'plain'): '鋁', ('cl8', 'zn_y'): '8級 彩鋅'},
}
UNIT_CLERK_NAME = {'eng': 'cn', 'ne': 'ne', 'tw': 'tw'}

WASHER_ID = {3: 3.2, 4: 4.3, 5: 5.3, 6: 6.4, 8: 8.4, 10: 10.5, 12: 13, 14: 15, 16: 17, 18: 19, 20: 21, 22: 23, 24: 25,
             27: 28, 30: 31, 36: 37, 42: 43}
KEY_H = {4: 4, 5: 5, 6: 6, 8: 7, 10: 8, 12: 8, 14: 9, 16: 10, 18: 11, 20: 12, 22: 14, 25: 14, 28: 16, 32: 18, 36: 20}


def _lens(rng, lo, hi, drop=0.05):
    out = [L for L in LSER if lo <= L <= hi]
    keep = [L for L in out if rng.random() > drop]
    return keep or out[:1]


def _size_txt_row(a, clerk):
    t = a['type']
    shape = T[t]['shape']
    pt = '' if a.get('pitch', 'c') == 'c' else a['pitch']
    if shape == 'dl':
        if clerk == 'eng':
            return 'M%s%s×%s' % (a['d'], '×' + pt if pt else '', a['L'])
        if clerk == 'ne':
            return 'M%s%s*%s' % (a['d'], '*' + pt if pt else '', a['L'])
        return 'M%s%sx%sL' % (a['d'], 'x' + pt if pt else '', a['L'])
    if shape == 'd':
        if clerk == 'eng':
            return 'M%s%s' % (a['d'], '×' + pt if pt else '')
        return 'M%s%s' % (a['d'], ('*' if clerk == 'ne' else 'x') + pt if pt else '')
    if shape == 'w':
        return {'eng': '%s', 'ne': 'M%s', 'tw': 'M%s'}[clerk] % a['d']
    if shape == 'pin':
        if t in ('dp', 'dpu'):
            return {'eng': '%sm6×%s', 'ne': 'φ%s*%s', 'tw': '%sx%sL'}[clerk] % (a['d'], a['L'])
        return {'eng': '%s×%s', 'ne': 'φ%s*%s', 'tw': '%sx%sL'}[clerk] % (a['d'], a['L'])
    if shape == 'c':
        return {'eng': '%s', 'ne': 'φ%s', 'tw': 'S-%s' if t == 'cle' else ('R-%s' if t == 'cli' else 'E-%s')}[clerk] % a['d']
    if shape == 'key':
        f = '' if a['form'] == 'A' else a['form']
        return {'eng': f + '%s×%s×%s', 'ne': f + '%s*%s*%s', 'tw': f + '%sx%sx%s'}[clerk] % (a['b'], a['h'], a['L'])


def build(cat, rng):
    """Create all fastener rows."""
    batches = []  # (type, mat, fin, list of size attr dicts)

    def dl(t, mats, dlist, lohi, drop=0.05):
        for mat, fin, dsel in mats:
            sizes = []
            for d in dlist:
                if dsel and d not in dsel:
                    continue
                lo, hi = lohi(d)
                for L in _lens(rng, lo, hi, drop):
                    sizes.append({'d': d, 'pitch': 'c', 'L': L})
            batches.append((t, mat, fin, sizes))

    ALL = None
    SH_HI = {3: 30, 4: 40, 5: 50, 6: 70, 8: 100, 10: 120, 12: 150, 14: 160, 16: 200, 20: 240, 24: 300, 30: 300, 36: 300}
    dl('shcs', [('12.9', 'black', ALL), ('ss304', 'plain', [3, 4, 5, 6, 8, 10, 12, 16, 20, 24]),
                ('ss316', 'plain', [3, 4, 5, 6, 8, 10, 12, 16, 20]), ('8.8', 'zn_bw', [4, 5, 6, 8, 10, 12, 16, 20]),
                ('10.9', 'black', [4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30]), ('10.9', 'dac', [6, 8, 10, 12, 16, 20]),
                ('8.8', 'black', [5, 6, 8, 10, 12, 16])],
       [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30, 36],
       lambda d: (max(5, d), SH_HI[d]))
    # fine-thread socket head cap screws (spindle nuts, gib strips); the pitch is always written
    for mat, fin, pairs in (('12.9', 'black', ((8, 1), (10, 1), (10, 1.25), (12, 1.25), (12, 1.5), (14, 1.5), (16, 1.5),
                                               (20, 1.5), (24, 2))),
                            ('10.9', 'black', ((8, 1), (10, 1.25), (12, 1.25), (12, 1.5), (16, 1.5)))):
        sizes = []
        for d, p in pairs:
            for L in _lens(rng, max(10, d), min(200, 8 * d), 0.25):
                sizes.append({'d': d, 'pitch': fmt(p), 'L': L})
        batches.append(('shcs', mat, fin, sizes))
    dl('bhcs', [('10.9', 'black', ALL), ('ss304', 'plain', ALL), ('ss316', 'plain', [3, 4, 5, 6, 8, 10]),
                ('10.9', 'dac', [5, 6, 8, 10])], [3, 4, 5, 6, 8, 10, 12, 16],
       lambda d: (max(5, d), min(60, 5 * d)))
    dl('cssc', [('10.9', 'black', ALL), ('12.9', 'black', [4, 5, 6, 8, 10, 12, 16]), ('ss304', 'plain', [3, 4, 5, 6, 8, 10, 12, 16]), ('ss316', 'plain', [3, 4, 5, 6, 8, 10]),
                ('8.8', 'zn_bw', [4, 5, 6, 8, 10, 12])], [3, 4, 5, 6, 8, 10, 12, 16, 20],
       lambda d: (max(6, d + 2), min(120, 8 * d)))
    for st in ('setf', 'setc', 'setu'):
        dl(st, [('45H', 'black', ALL), ('ss304', 'plain', [3, 4, 5, 6, 8, 10, 12, 16])], [3, 4, 5, 6, 8, 10, 12, 16, 20, 24],
           lambda d: (max(3, d // 2), min(60, 4 * d)), drop=0.08)
    dl('setd', [('45H', 'black', ALL), ('ss304', 'plain', [4, 5, 6, 8, 10, 12])], [4, 5, 6, 8, 10, 12, 16, 20],
       lambda d: (max(5, d), min(60, 4 * d)), drop=0.1)
    dl('chs', [('4.8', 'zn_bw', ALL), ('ss304', 'plain', ALL), ('ss316', 'plain', [4, 5, 6, 8])], [3, 4, 5, 6, 8, 10],
       lambda d: (max(4, d), min(60, 8 * d)))
    wsz = []
    for d in (3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 24):
        for k in (1, 1.5, 2, 2.5, 3):
            wsz.append({'d': d, 'pitch': 'c', 'L': fmt(d * k)})
    batches.append(('wti', 'ss304', 'plain', wsz))
    wsf = []
    for d, p in ((8, 1), (10, 1), (10, 1.25), (12, 1.25), (12, 1.5), (14, 1.5), (16, 1.5), (20, 1.5)):
        for k in (1, 1.5, 2):
            wsf.append({'d': d, 'pitch': fmt(p), 'L': fmt(d * k)})
    batches.append(('wti', 'ss304', 'plain', wsf))
    for mat, fin, ds in (('c10', 'zn_bw', [3, 4, 5, 6, 8, 10, 12, 16]), ('ss304', 'plain', [3, 4, 5, 6, 8, 10, 12]),
                         ('al', 'plain', [3, 4, 5, 6, 8, 10])):
        batches.append(('rvn', mat, fin, [{'d': d, 'pitch': 'c'} for d in ds]))
    for mat, fin, ds in (('cl8', 'zn_bw', [4, 5, 6, 8, 10, 12, 14, 16, 20, 24]), ('ss304', 'plain', [3, 4, 5, 6, 8, 10, 12, 16, 20]),
                         ('ss316', 'plain', [5, 6, 8, 10, 12])):
        batches.append(('capn', mat, fin, [{'d': d, 'pitch': 'c'} for d in ds]))
    dl('pan', [('4.8', 'zn_bw', ALL), ('ss304', 'plain', ALL), ('4.8', 'zn_y', [3, 4, 5, 6]), ('ss316', 'plain', [3, 4, 5, 6])],
       [3, 4, 5, 6, 8], lambda d: (max(5, d + 1), min(60, 10 * d)))
    dl('csk', [('4.8', 'zn_bw', ALL), ('ss304', 'plain', ALL), ('4.8', 'zn_y', [3, 4, 5, 6])], [3, 4, 5, 6, 8],
       lambda d: (max(6, d + 2), min(60, 10 * d)))
    dl('hexf', [('8.8', 'zn_bw', ALL), ('4.8', 'zn_bw', [5, 6, 8, 10, 12, 16]), ('4.8', 'zn_y', [5, 6, 8, 10, 12, 16]),
                ('8.8', 'black', [6, 8, 10, 12, 16, 20, 24]), ('8.8', 'hdg', [10, 12, 16, 20, 24, 27, 30]),
                ('10.9', 'black', [8, 10, 12, 14, 16, 20, 24, 27, 30]), ('10.9', 'dac', [8, 10, 12, 14, 16, 20, 24]),
                ('ss304', 'plain', [5, 6, 8, 10, 12, 14, 16, 20, 24]), ('ss316', 'plain', [5, 6, 8, 10, 12, 16, 20])],
       [5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30], lambda d: (max(8, 2 * d), min(200, 12 * d)))
    dl('hexp', [('8.8', 'zn_bw', ALL), ('10.9', 'black', [8, 10, 12, 14, 16, 20, 24, 30, 36]),
                ('ss304', 'plain', [8, 10, 12, 16, 20, 24]), ('4.8', 'zn_bw', [8, 10, 12, 16, 20, 24]),
                ('4.8', 'zn_y', [8, 10, 12, 16, 20]), ('8.8', 'black', [10, 12, 16, 20, 24]),
                ('10.9', 'dac', [10, 12, 16, 20, 24]), ('ss316', 'plain', [8, 10, 12, 16, 20]),
                ('8.8', 'hdg', [12, 16, 20, 24, 30, 36])],
       [8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36], lambda d: (max(30, 3 * d), min(300, 15 * d)))
    for mat, fin in (('8.8', 'zn_bw'), ('10.9', 'black'), ('10.9', 'dac'), ('ss304', 'plain')):
        sizes = []
        for d, p in ((8, 1), (10, 1.25), (10, 1), (12, 1.25), (12, 1.5), (14, 1.5), (16, 1.5), (18, 1.5), (20, 1.5),
                     (22, 1.5), (24, 2), (27, 2), (30, 2)):
            if mat in ('10.9', 'ss304') and fin != 'black' and d > 20:
                continue
            for L in _lens(rng, 2 * d, 8 * d, 0.3 if fin in ('zn_bw', 'black') else 0.5):
                sizes.append({'d': d, 'pitch': fmt(p), 'L': L})
        batches.append(('hexff', mat, fin, sizes))
    dl('flb', [('8.8', 'zn_bw', ALL), ('ss304', 'plain', [5, 6, 8, 10, 12]), ('10.9', 'black', [8, 10, 12, 16]),
               ('ss316', 'plain', [6, 8, 10])], [5, 6, 8, 10, 12, 14, 16, 20], lambda d: (10, min(100, 8 * d)))
    dl('tbolt', [('8.8', 'black', ALL)], [10, 12, 16, 20, 24, 30], lambda d: (40, min(300, 12 * d)), drop=0.1)
    dl('stud', [('8.8', 'zn_bw', ALL), ('ss304', 'plain', [8, 10, 12, 16, 20]), ('10.9', 'black', [12, 16, 20, 24])],
       [8, 10, 12, 16, 20, 24, 30], lambda d: (3 * d, min(300, 10 * d)), drop=0.15)
    batches.append(('eye', 'c20', 'zn_y', [{'d': d, 'pitch': 'c'} for d in (6, 8, 10, 12, 16, 20, 24, 30, 36, 42, 48)]))
    batches.append(('eye', 'ss304', 'plain', [{'d': d, 'pitch': 'c'} for d in (6, 8, 10, 12, 16, 20)]))
    NUTD = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36, 42, 48]
    for mat, fin, ds in (('cl8', 'zn_bw', NUTD), ('cl10', 'black', [6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36]),
                         ('ss304', 'plain', NUTD[:15]), ('ss316', 'plain', [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24]),
                         ('cl8', 'hdg', [8, 10, 12, 16, 20, 24, 30, 36]), ('cl8', 'zn_y', [4, 5, 6, 8, 10, 12, 16, 20, 24])):
        batches.append(('nut', mat, fin, [{'d': d, 'pitch': 'c'} for d in ds]))
    FINE = [(8, 1), (10, 1), (10, 1.25), (12, 1.25), (12, 1.5), (14, 1.5), (16, 1.5), (18, 1.5), (20, 1.5),
            (20, 2), (22, 1.5), (24, 1.5), (24, 2), (27, 2), (30, 2), (33, 2), (36, 2), (36, 3), (42, 3), (48, 3)]
    for mat, fin, n in (('cl8', 'zn_bw', 20), ('cl10', 'black', 17), ('ss304', 'plain', 13), ('ss316', 'plain', 9)):
        batches.append(('nutf', mat, fin, [{'d': d, 'pitch': fmt(p)} for d, p in FINE[:n]]))
    for mat, fin in (('cl04', 'zn_bw'), ('ss304', 'plain'), ('ss316', 'plain')):
        batches.append(('thin', mat, fin, [{'d': d, 'pitch': 'c'} for d in (5, 6, 8, 10, 12, 14, 16, 20, 24, 30)]))
        batches.append(('thin', mat, fin, [{'d': d, 'pitch': fmt(p)} for d, p in FINE[:(13 if mat == 'cl04' else 9)]]))
    for mat, fin, ds in (('cl8', 'zn_bw', [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30]),
                         ('ss304', 'plain', [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24]),
                         ('ss316', 'plain', [4, 5, 6, 8, 10, 12, 16]), ('cl10', 'black', [6, 8, 10, 12, 16, 20])):
        batches.append(('nyl', mat, fin, [{'d': d, 'pitch': 'c'} for d in ds]))
    for mat, fin, ds in (('cl8', 'zn_bw', [5, 6, 8, 10, 12, 14, 16, 20]), ('ss304', 'plain', [5, 6, 8, 10, 12, 16]),
                         ('cl10', 'black', [6, 8, 10, 12, 16])):
        batches.append(('fln', mat, fin, [{'d': d, 'pitch': 'c'} for d in ds]))
    RN = [(10, 1), (12, 1.25), (14, 1.5), (16, 1.5), (18, 1.5), (20, 1.5), (22, 1.5), (24, 1.5), (25, 1.5), (27, 1.5),
          (30, 1.5), (33, 1.5), (35, 1.5), (36, 1.5), (39, 1.5), (40, 1.5), (42, 1.5), (45, 1.5), (48, 1.5),
          (50, 1.5), (52, 1.5), (55, 2), (56, 2), (60, 2), (64, 2), (65, 2), (68, 2), (72, 2), (75, 2), (76, 2),
          (80, 2), (85, 2), (90, 2), (95, 2), (100, 2), (105, 2), (110, 2), (115, 2), (120, 2), (125, 2), (130, 3),
          (140, 3), (150, 3)]
    batches.append(('rnut', 'c45', 'black', [{'d': d, 'pitch': fmt(p)} for d, p in RN]))
    WD = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36, 42]
    for t, mats in (('fw', (('st', 'zn_bw', WD), ('ss304', 'plain', WD[:15]), ('ss316', 'plain', WD[:11]),
                            ('hv300', 'black', [4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30]))),
                    ('lw', (('st', 'zn_bw', WD[1:13]), ('ss304', 'plain', WD[1:11]), ('ss316', 'plain', [5, 6, 8, 10, 12]))),
                    ('sw', (('65Mn', 'zn_bw', WD[:15]), ('65Mn', 'black', WD[1:15]), ('ss304', 'plain', WD[:13]),
                            ('ss316', 'plain', [4, 5, 6, 8, 10, 12, 16])))):
        for mat, fin, ds in mats:
            batches.append((t, mat, fin, [{'d': d} for d in ds]))
    PL = [4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100,
          110, 120, 140, 160, 180, 200]

    def pins(t, mat, fin, ds, lo_f, hi_f, drop):
        sizes = []
        for d in ds:
            for L in PL:
                if lo_f(d) <= L <= hi_f(d) and rng.random() > drop:
                    sizes.append({'d': d, 'L': L})
        batches.append((t, mat, fin, sizes))
    pins('dp', 'hard', 'plain', [2, 2.5, 3, 4, 5, 6, 8, 10, 12, 16, 20], lambda d: 2 * d, lambda d: 10 * d, 0.05)
    pins('dpu', 'c35', 'plain', [3, 4, 5, 6, 8, 10, 12, 16, 20, 25], lambda d: 2 * d, lambda d: 8 * d, 0.06)
    pins('dpu', 'ss304', 'plain', [3, 4, 5, 6, 8, 10, 12, 16], lambda d: 2 * d, lambda d: 6 * d, 0.12)
    pins('tp', 'c35', 'plain', [3, 4, 5, 6, 8, 10, 12, 16, 20], lambda d: 3 * d, lambda d: 10 * d, 0.1)
    pins('tpi', 'c35', 'plain', [6, 8, 10, 12, 16, 20, 25], lambda d: 3 * d, lambda d: 8 * d, 0.1)
    pins('sp', '65Mn', 'plain', [2, 2.5, 3, 4, 5, 6, 8, 10, 12, 13, 16], lambda d: 3 * d, lambda d: 10 * d, 0.08)
    pins('sp', 'ss304', 'plain', [2, 2.5, 3, 4, 5, 6, 8, 10], lambda d: 3 * d, lambda d: 8 * d, 0.25)
    pins('cp', 'q235', 'zn_bw', [1.6, 2, 2.5, 3.2, 4, 5, 6.3, 8, 10], lambda d: 4 * d, lambda d: 15 * d, 0.12)
    pins('cp', 'ss304', 'plain', [1.6, 2, 2.5, 3.2, 4, 5, 6.3], lambda d: 4 * d, lambda d: 12 * d, 0.3)
    CE = [3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 26, 28, 30, 32, 35, 36, 38, 40, 42,
          45, 48, 50, 52, 55, 58, 60, 62, 65, 68, 70, 72, 75, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 140, 150]
    CI = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 26, 28, 30, 32, 35, 37, 40, 42, 45, 47, 50, 52,
          55, 58, 62, 65, 68, 72, 75, 80, 85, 90, 95, 100, 110, 115, 120, 125, 130, 140, 150, 160, 170, 180, 190, 200]
    batches.append(('cle', '65Mn', 'black', [{'d': d} for d in CE]))
    batches.append(('cle', 'ss304', 'plain', [{'d': d} for d in CE[3:36]]))
    batches.append(('cli', '65Mn', 'black', [{'d': d} for d in CI]))
    batches.append(('cli', 'ss304', 'plain', [{'d': d} for d in CI[2:36]]))
    batches.append(('ecl', '65Mn', 'black', [{'d': d} for d in (1.2, 1.5, 1.9, 2, 2.3, 2.5, 3, 3.2, 4, 5, 6, 7, 8, 9, 10, 12, 15, 19, 24)]))
    batches.append(('ecl', 'ss304', 'plain', [{'d': d} for d in (2, 2.5, 3, 3.2, 4, 5, 6, 7, 8, 9, 10, 12, 15)]))
    KL = [10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40, 45, 50, 56, 63, 70, 80, 90, 100, 110, 125, 140, 160, 180, 200,
          220, 250]
    for form, drop in (('A', 0.0), ('B', 0.25), ('C', 0.45)):
        sizes = []
        for b, h in KEY_H.items():
            for L in KL:
                if 2 * b <= L <= 10 * b and rng.random() > drop:
                    sizes.append({'b': b, 'h': h, 'L': L, 'form': form})
        batches.append(('key', 'c45', 'plain', sizes))
    for t, mat, fin, sizes in batches:
        ty = T[t]
        clerk = rng.choices(['eng', 'ne', 'tw'], [0.5, 0.3, 0.2])[0]
        for s in sizes:
            c = clerk if rng.random() > 0.06 else rng.choice(['eng', 'ne', 'tw'])
            a = {'fam': FAM, 'type': t, 'mat': mat, 'fin': fin}
            a.update({k: fmt(v) for k, v in s.items()})
            reg = UNIT_CLERK_NAME[c]
            name = ty['name'] if c == 'eng' else ty[reg][0]
            mf = MF_TXT[c][(mat, fin)]
            size = _size_txt_row(a, c)
            if c == 'eng':
                spec = '%s %s %s' % (ty['std'], size, mf)
            elif c == 'ne':
                spec = '%s %s' % (size, mf)
            else:
                spec = '%s %s' % (size, mf)
                if rng.random() < 0.3:
                    spec = ty['eq'][0].replace(' ', '') + ' ' + spec if ty['eq'] else spec
            unit = '个'
            if t == 'key' and int(a['L']) >= 180:
                unit = '根'
            row = cat.add(rng, ty['grp'], name, spec, unit, ty['cat'], a)
            row['clerk'] = c
            # a mnemonic code for some of the socket-screw rows, as the engineer made them
            if t in ('shcs', 'hexf', 'hexp') and rng.random() < 0.15:
                abbr = {'shcs': 'NLJ', 'hexf': 'WLJQ', 'hexp': 'WLJB'}[t]
                mcode = {'12.9': '129', '10.9': '109', '8.8': '88', '4.8': '48', 'ss304': 'S304', 'ss316': 'S316'}[mat]
                fcode = {'black': '', 'zn_bw': 'Z', 'zn_y': 'Y', 'dac': 'D', 'hdg': 'R', 'plain': ''}[fin]
                pcode = '' if a['pitch'] == 'c' else 'X' + a['pitch']
                row['aliases'].append('%s%s%s%s-%s%s' % (abbr, a['d'], pcode, 'X' + a['L'], mcode, fcode))


# ====================================================================== query rendering
def _choice(rng, lst):
    return lst[rng.randrange(len(lst))]


def type_facet(t, reg, rng, generic_p=0.3, formal=False):
    ty = T[t]
    if reg == 'voice':
        reg = 'ne'
    if formal:
        return ({'fam': FAM, 'type': frozenset([t])}, _choice(rng, ty['cn']))
    gens = GEN_BY_TYPE.get((reg, t), [])
    if gens and rng.random() < generic_p:
        w, ts = _choice(rng, gens)
        return ({'fam': FAM, 'type': ts}, w)
    return ({'fam': FAM, 'type': frozenset([t])}, _choice(rng, ty[reg]))


def size_facet(a, reg, rng, unusual=False, wrong=None):
    """Return (cons, text).  wrong: alternative attribute dict for a self-correction."""
    t = a['type']
    shape = T[t]['shape']
    cons = {}
    for k in ('d', 'pitch', 'L', 'b', 'h', 'form'):
        if k in a:
            cons[k] = a[k]
    if shape == 'key':
        cons.pop('h')  # h follows from b in GB/T 1096; no form letter = form A (GB/T 1096 designation)
    txt = _size_text(a, reg, rng, unusual)
    if wrong is not None:
        wtxt = _size_text(wrong, reg, rng, False)
        sep = _choice(rng, ['，不对，', '，哦不，', '…说错了，是', ' 不不 ', '，改一下，要']) if reg != 'tw' else \
            _choice(rng, ['，不對，是', '，更正：', '，打錯了，是'])
        if reg == 'en':
            sep = _choice(rng, [', sorry, I mean ', ' -- no wait, '])
        txt = wtxt + sep + txt
    return cons, txt


def _size_text(a, reg, rng, unusual):
    t = a['type']
    shape = T[t]['shape']
    d = a.get('d')
    pitch = a.get('pitch', 'c')
    pt = '' if pitch == 'c' else pitch
    if shape in ('dl', 'd'):
        L = a.get('L')
        if reg == 'voice':
            ds = 'M' + cn_num(d)
            ps = ('乘' + cn_num(pt)) if pt else ''
            if L is None:
                return _choice(rng, [ds + ps, ds + ps + '的'])
            return _choice(rng, [ds + ps + '乘' + cn_int(L), ds + ps + '的' + cn_int(L) + '长', cn_int(L) + '长的' + ds + ps])
        if unusual:
            if L is None:
                if pt:
                    return _choice(rng, ['M%s细牙%s' % (d, pt), 'M%s-%s' % (d, pt), 'M%s（%s牙距）' % (d, pt)])
                return _choice(rng, ['M%s×%s' % (d, fmt(COARSE[int(d)])), 'M%s粗牙' % d, '%s的' % d])
            full = fmt(COARSE[int(d)]) if not pt else pt
            return _choice(rng, ['M%s-%s' % (d, L) if not pt else 'M%sx%s-%s' % (d, pt, L),
                                 '%s长的M%s%s' % (L, d, ('x' + pt) if pt else ''),
                                 'M%sx%sx%s' % (d, full, L),
                                 'M%s%s L=%s' % (d, ('x' + pt) if pt else '', L),
                                 'M%s%s 长度%smm' % (d, ('x' + pt) if pt else '', L)])
        seps = {'cn': ['×', 'x', '*'], 'ne': ['*', 'x', '*'], 'tw': ['x', '*', 'X'], 'en': [' x ', 'x', '×']}[reg]
        s = _choice(rng, seps)
        base = 'M%s%s' % (d, (s + pt) if pt else '')
        if L is None:
            return base
        tail = ''
        if reg == 'tw' and rng.random() < 0.4:
            tail = 'L'
        if reg == 'en' and rng.random() < 0.3:
            tail = 'mm'
        return base + s + L + tail
    if shape == 'w':
        if reg == 'voice':
            return _choice(rng, ['M' + cn_num(d) + '的', cn_num(d) + '的'])
        if unusual:
            return _choice(rng, ['内孔%s的' % fmt(WASHER_ID[int(d)]), 'φ%s（配M%s）' % (fmt(WASHER_ID[int(d)]), d)])
        return _choice(rng, ['M%s' % d, 'M%s' % d, '%s的' % d if reg == 'ne' else 'M%s' % d])
    if shape == 'pin':
        L = a['L']
        if reg == 'voice':
            return _choice(rng, [cn_num(d) + '乘' + cn_int(L), '直径' + cn_num(d) + '长' + cn_int(L)])
        if unusual:
            opts = ['d%s L%s' % (d, L), '直径%s长%s' % (d, L), '%s长 φ%s' % (L, d)]
            if t in ('dp', 'dpu'):
                opts.append('%s m6 x %s' % (d, L))
            return _choice(rng, opts)
        s = {'cn': '×', 'ne': '*', 'tw': 'x', 'en': ' x '}[reg]
        pre = 'φ' if (reg in ('ne', 'cn') and rng.random() < 0.4) else ''
        return '%s%s%s%s' % (pre, d, s, L)
    if shape == 'c':
        if reg == 'voice':
            return _choice(rng, [cn_num(d) + '的', cn_num(d)])
        if unusual:
            return _choice(rng, ['%s%s的' % ('轴径' if t == 'cle' else ('孔径' if t == 'cli' else '槽径'), d), 'Φ%s' % d])
        return _choice(rng, ['%s' % d, 'φ%s' % d, '%s的' % d] if reg != 'en' else ['%smm' % d, '%s' % d])
    if shape == 'key':
        b, h, L, f = a['b'], a['h'], a['L'], a['form']
        fp = '' if f == 'A' else f
        if reg == 'voice':
            return cn_int(b) + '乘' + cn_int(h) + '乘' + cn_int(L) + ('' if f == 'A' else ('，' + f + '型'))
        if unusual:
            return _choice(rng, ['%s型 b%s L%s' % (f, b, L), '%s型 宽%s长%s' % (f, b, L), '%s型 %s×%s' % (f, b, L)])
        s = {'cn': '×', 'ne': '*', 'tw': 'x', 'en': ' x '}[reg]
        return fp + s.join([b, h, L])


def mat_facets(a, reg, rng, alt=False):
    """Facets for material / finish of this row."""
    F = {}
    mat, fin = a['mat'], a['fin']
    r = 'ne' if reg == 'voice' and False else reg
    if mat in MAT:
        if alt:
            F['mat'] = ({'mat': mat}, _choice(rng, MAT[mat]['alt']))
        else:
            F['mat'] = ({'mat': mat}, _choice(rng, MAT[mat][r]))
    if mat in SS_SET:
        F['ss'] = ({'mat': SS_SET}, STAINLESS[r])
    if fin in FIN:
        F['fin'] = ({'fin': fin}, _choice(rng, FIN[fin]['alt' if alt else r]))
    if fin in ZINC_SET:
        F['zinc'] = ({'fin': ZINC_SET}, ZINC[r])
    return F


REG_OF_STYLE = {'ne': 'ne', 'tw': 'tw', 'voice': 'voice', 'engineer': 'cn', 'buyer': 'cn', 'storekeeper': 'ne'}


def render(row, kind, style, rng, count):
    """Return (text, cons) or None."""
    a = row['attrs']
    t = a['type']
    ty = T[t]
    reg = 'en' if kind == 'english' else REG_OF_STYLE[style]
    if kind == 'voice':
        reg = 'voice'
    F = {}
    order = []
    if kind == 'nickname':
        if row['clerk'] == 'eng':
            F['type'] = ({'fam': FAM, 'type': frozenset([t])}, _choice(rng, ty['tw' if reg == 'tw' else 'ne']))
        else:
            F['type'] = ({'fam': FAM, 'type': frozenset([t])}, _choice(rng, ty['cn']))
    elif kind == 'typo':
        F['type'] = ({'fam': FAM, 'type': frozenset([t])}, _choice(rng, ty['typo']))
    elif kind == 'equiv_std':
        if not ty['eq']:
            return None
        s = _choice(rng, ty['eq'])
        sv = _choice(rng, [s, s.replace(' ', ''), s.replace('DIN ', '德标').replace('ISO ', 'ISO')])
        F['type'] = ({'fam': FAM, 'type': STD_TYPES[s]}, sv)
    elif kind == 'std_variant':
        s = ty['std']
        num = s.split(' ')[1]
        sv = _choice(rng, ['GB' + num, '国标' + num, 'GB/T' + num + '-' + ty['yr'], 'GBT ' + num, 'GB/T ' + num + '—' + ty['yr'],
                           'gb/t' + num])
        F['type'] = ({'fam': FAM, 'type': STD_TYPES[s]}, sv)
        if rng.random() < 0.5:
            F['type2'] = ({}, _choice(rng, ty['cn'] + ty['ne']) if reg != 'tw' else _choice(rng, ty['tw']))
    else:
        F['type'] = type_facet(t, reg, rng, generic_p=0.35 if kind in ('cat_spec', 'voice', 'english') else 0.0)
    wrong = None
    if kind == 'self_correct':
        wrong = dict(a)
        if 'L' in a:
            opts = [L for L in LSER if str(L) != a['L'] and abs(L - float(a['L'])) <= 20]
            if not opts:
                return None
            wrong['L'] = str(_choice(rng, opts))
            if 'b' in a:
                wrong = dict(a)
                wrong['L'] = str(_choice(rng, [x for x in (10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40, 45, 50, 56, 63, 70, 80) if str(x) != a['L']]))
        else:
            if shape_of(t) == 'c':
                wrong['d'] = fmt(float(a['d']) + _choice(rng, [-2, -1, 1, 2]))
            else:
                opts = [d for d in COARSE if str(d) != a['d'] and abs(d - float(a['d'])) <= 6]
                if not opts:
                    return None
                wrong['d'] = str(_choice(rng, opts))
                if a.get('pitch', 'c') != 'c':
                    wrong['pitch'] = 'c'
    F['size'] = size_facet(a, reg, rng, unusual=(kind == 'size_notation'), wrong=wrong)
    F.update(mat_facets(a, reg, rng, alt=(kind == 'grade_notation')))
    req = ['type', 'size']
    if 'type2' in F:
        req.append('type2')
    if kind == 'grade_notation':
        if a['mat'] in ('ss304', 'ss316', '12.9', '10.9', '45H', 'hv300', 'c35', 'q235', '65Mn') and rng.random() < 0.7:
            req.append('mat')
        elif 'fin' in F and a['fin'] != 'plain':
            req.append('fin')
        else:
            req.append('mat')
        opt = ['mat', 'fin']
    else:
        opt = ['mat', 'fin'] if rng.random() < 0.7 else ['ss', 'zinc', 'mat', 'fin']
    names = pick(F, req, opt, count, rng, extra_p=0.2)
    if names is None:
        return None
    # drop redundant generic facets when the specific one is present
    if 'ss' in names and 'mat' in names:
        names.remove('ss')
    if 'zinc' in names and 'fin' in names:
        names.remove('zinc')
    cons = {}
    for n in names:
        cons.update(F[n][0])
    return _assemble(F, names, reg, rng), cons


def shape_of(t):
    return T[t]['shape']


def _assemble(F, names, reg, rng):
    parts_mat = [F[n][1] for n in ('ss', 'mat', 'zinc', 'fin') if n in names]
    typ = F['type'][1]
    if 'type2' in names:
        typ = typ + ' ' + F['type2'][1]
    size = F['size'][1]
    mat = ' '.join(parts_mat)
    if reg == 'en':
        pats = ['{size} {type} {mat}', '{type} {size} {mat}', '{mat} {type} {size}']
    elif reg == 'voice':
        pats = ['{size}的{type} {mat}', '{mat}{type} {size}', '{type}{size} {mat}']
    else:
        pats = ['{type} {size} {mat}', '{size} {type} {mat}', '{mat}{type}{size}', '{type}{size} {mat}']
    p = _choice(rng, pats)
    if size[:1].isdigit() or size[:1] in 'φΦ' or typ[-1:].isdigit():
        p = p.replace('{type}{size}', '{type} {size}')
    if mat[-1:].isdigit() or mat[-1:].isalpha():
        p = p.replace('{mat}{type}', '{mat} {type}')
    return ' '.join(p.format(type=typ, size=size, mat=mat).split())


def render_null(row, style, rng, count):
    """A fully specified request near this row that the plant does not stock."""
    a = dict(row['attrs'])
    t = a['type']
    reg = REG_OF_STYLE[style] if style != 'voice' else 'voice'
    mode = rng.choice(['len', 'mat', 'fin', 'len'])
    if mode == 'len' and 'L' in a:
        dmin = float(a.get('d', a.get('b', '3')))
        near = [L for L in LSER if abs(L - float(a['L'])) <= 20 and str(L) != a['L'] and L >= max(6, 1.5 * dmin)]
        if not near:
            return None
        a['L'] = str(_choice(rng, near))
    elif mode == 'mat' and a['mat'] in ('ss304', '12.9', '8.8', '10.9'):
        swap = {'ss304': ('ss316', 'plain'), '12.9': ('ss304', 'plain'), '8.8': ('10.9', 'black'), '10.9': ('12.9', 'black')}
        a['mat'], a['fin'] = swap[a['mat']]
    elif mode == 'fin' and a['fin'] in ('zn_bw', 'black'):
        a['fin'] = {'zn_bw': 'dac', 'black': 'dac'}[a['fin']]
    else:
        return None
    F = {'type': type_facet(t, reg, rng, generic_p=0.0), 'size': size_facet(a, reg, rng)}
    F.update(mat_facets(a, reg, rng))
    names = ['type', 'size'] + [n for n in ('mat', 'fin') if n in F]
    cons = {}
    for n in names:
        cons.update(F[n][0])
    if count(cons) != 0:
        return None
    return _assemble(F, names, reg, rng), cons
