"""Fasteners: screws, bolts, nuts, washers, pins, circlips, keys, knobs."""
from common import Item, fmt, cn_num, cn_int, pick, wrap, apply_typo

CAT_SCREW = '标准件/螺钉螺栓'
CAT_NUT = '标准件/螺母'
CAT_WASHER = '标准件/垫圈'
CAT_PIN = '标准件/销'
CAT_CLIP = '标准件/挡圈'
CAT_KEY = '标准件/键'
CAT_KNOB = '标准件/把手'

LEN = {3: [5, 6, 8, 10, 12, 16, 20, 25, 30], 4: [6, 8, 10, 12, 16, 20, 25, 30, 35, 40],
       5: [8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50],
       6: [8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 70, 80],
       8: [10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100],
       10: [16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120],
       12: [20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 110, 120],
       14: [25, 30, 35, 40, 45, 50, 60, 70, 80, 90, 100],
       16: [30, 35, 40, 45, 50, 55, 60, 65, 70, 80, 90, 100, 120],
       20: [40, 45, 50, 60, 70, 80, 90, 100, 120], 24: [50, 60, 70, 80, 100, 120]}
SETL = [3, 4, 5, 6, 8, 10, 12, 16, 20, 25]

FK = {}


def K(key, **kw):
    kw.setdefault('pc304', 'A2-70')
    kw.setdefault('pc316', 'A4-70')
    kw.setdefault('iso', None)
    FK[key] = kw


# shape: dl = diameter x length (M-thread), d = nominal M size only, pin = d x L plain, clip, key, rod
K('socket_cap', shape='dl', cat=CAT_SCREW, cn='内六角圆柱头螺钉', gb='GB/T 70.1', din='DIN 912', iso='ISO 4762',
  col=['内六角螺丝', '内六角螺钉', '圆柱头内六角'], canto=['杯头罗丝', '杯头螺丝', '杯头'],
  en=['HEX SOCKET CAP SCREW', 'SOCKET HEAD CAP SCREW', 'SHCS'], mats=['304', '316', '12.9', '10.9', '8.8'],
  ds=[3, 4, 5, 6, 8, 10, 12, 16, 20, 24], lf=lambda d, L: True, pc316='A4-80')
K('hex_bolt_full', shape='dl', cat=CAT_SCREW, cn='六角头螺栓 全螺纹', gb='GB/T 5783', din='DIN 933', iso='ISO 4017',
  col=['全牙外六角螺丝', '全牙外六角螺栓', '六角螺栓全牙'], canto=['全牙外六角罗丝', '全牙外六角', '六角罗丝(全牙)'],
  en=['HEX HEAD BOLT FULL THREAD', 'HEX HEAD SCREW'], mats=['304', '316', '8.8', '10.9'],
  ds=[5, 6, 8, 10, 12, 16, 20, 24], lf=lambda d, L: L <= 100)
K('hex_bolt_part', shape='dl', cat=CAT_SCREW, cn='六角头螺栓 半螺纹', gb='GB/T 5782', din='DIN 931', iso='ISO 4014',
  col=['半牙外六角螺栓', '外六角螺栓半牙'], canto=['半牙外六角罗丝', '半牙六角罗丝'],
  en=['HEX HEAD BOLT HALF THREAD', 'HEX BOLT PARTIAL THREAD'], mats=['304', '316', '8.8', '10.9'],
  ds=[8, 10, 12, 16, 20, 24], lf=lambda d, L: L >= 40)
K('csk_socket', shape='dl', cat=CAT_SCREW, cn='内六角沉头螺钉', gb='GB/T 70.3', din='DIN 7991', iso='ISO 10642',
  col=['沉头内六角螺丝', '平头内六角'], canto=['平头杯头罗丝', '沉头杯头'],
  en=['HEX SOCKET COUNTERSUNK SCREW', 'SOCKET FLAT HEAD SCREW'], mats=['304', '316', '10.9', '8.8'],
  ds=[3, 4, 5, 6, 8, 10, 12, 16], lf=lambda d, L: L <= 60)
K('button_socket', shape='dl', cat=CAT_SCREW, cn='内六角半圆头螺钉', gb='GB/T 70.2', din='ISO 7380', iso='ISO 7380',
  col=['圆头内六角螺丝', '半圆头内六角'], canto=['圆杯罗丝', '圆头杯头罗丝'],
  en=['BUTTON HEAD SOCKET SCREW', 'SOCKET BUTTON HEAD CAP SCREW'], mats=['304', '316', '10.9'],
  ds=[3, 4, 5, 6, 8, 10, 12], lf=lambda d, L: L <= 40)
K('set_cup', shape='dl', cat=CAT_SCREW, cn='内六角凹端紧定螺钉', gb='GB/T 80', din='DIN 916', iso='ISO 4029',
  col=['凹端机米', '凹端无头螺丝', '杯端紧定螺丝'], canto=['凹头机米', '杯口机米', '凹端止付罗丝'],
  en=['SOCKET SET SCREW CUP POINT', 'GRUB SCREW CUP POINT'], mats=['304', '316', '45H'], pc304='A2', pc316='A4',
  ds=[3, 4, 5, 6, 8, 10, 12], lens=SETL, lf=lambda d, L: max(3, d // 2) <= L <= 2 * d + 5)
K('set_flat', shape='dl', cat=CAT_SCREW, cn='内六角平端紧定螺钉', gb='GB/T 77', din='DIN 913', iso='ISO 4026',
  col=['平端机米', '平头无头螺丝'], canto=['平头机米', '平底机米'],
  en=['SOCKET SET SCREW FLAT POINT', 'GRUB SCREW FLAT POINT'], mats=['304', '316', '45H'], pc304='A2', pc316='A4',
  ds=[3, 4, 5, 6, 8, 10, 12], lens=SETL, lf=lambda d, L: max(3, d // 2) <= L <= 2 * d + 5)
K('pan_cross', shape='dl', cat=CAT_SCREW, cn='十字槽盘头螺钉', gb='GB/T 818', din='DIN 7985', iso='ISO 7045',
  col=['十字盘头螺丝', '十字圆头螺丝'], canto=['十字圆头罗丝', '十字盘头罗丝'],
  en=['PHILLIPS PAN HEAD SCREW', 'CROSS RECESSED PAN HEAD SCREW'], mats=['304', '316', '4.8'],
  ds=[3, 4, 5, 6, 8], lf=lambda d, L: L <= 40)
K('csk_cross', shape='dl', cat=CAT_SCREW, cn='十字槽沉头螺钉', gb='GB/T 819.1', din='DIN 965', iso='ISO 7046',
  col=['十字沉头螺丝', '十字平头螺丝'], canto=['十字平头罗丝', '沉头十字罗丝'],
  en=['PHILLIPS FLAT HEAD SCREW', 'CROSS RECESSED COUNTERSUNK SCREW'], mats=['304', '316', '4.8'],
  ds=[3, 4, 5, 6, 8], lf=lambda d, L: L <= 40)
K('flange_bolt', shape='dl', cat=CAT_SCREW, cn='六角法兰面螺栓', gb='GB/T 5789', din='DIN 6921', iso=None,
  col=['法兰螺丝', '外六角法兰螺栓', '带垫外六角螺丝'], canto=['法兰罗丝', '连介子外六角罗丝'],
  en=['HEX FLANGE BOLT', 'FLANGE HEAD BOLT'], mats=['304', '316', '8.8', '10.9'],
  ds=[5, 6, 8, 10, 12, 16], lf=lambda d, L: 10 <= L <= 80)
K('knurled_thumb', shape='dl', cat=CAT_SCREW, cn='滚花高头螺钉', gb='GB/T 834', din='DIN 464', iso=None,
  col=['手拧螺丝', '滚花手拧螺丝'], canto=['手扭罗丝', '手拧罗丝'],
  en=['KNURLED THUMB SCREW'], mats=['304', '316'], pc304='A2', pc316='A4',
  ds=[3, 4, 5, 6, 8], lf=lambda d, L: 5 <= L <= 30)
K('set_cone', shape='dl', cat=CAT_SCREW, cn='内六角锥端紧定螺钉', gb='GB/T 78', din='DIN 914', iso='ISO 4027',
  col=['尖头机米', '锥端无头螺丝'], canto=['尖头机米', '尖嘴机米'],
  en=['SOCKET SET SCREW CONE POINT'], mats=['304', '45H'], pc304='A2', pc316='A4',
  ds=[3, 4, 5, 6, 8, 10, 12], lens=SETL, lf=lambda d, L: max(3, d // 2) <= L <= 2 * d + 5)
K('set_dog', shape='dl', cat=CAT_SCREW, cn='内六角圆柱端紧定螺钉', gb='GB/T 79', din='DIN 915', iso='ISO 4028',
  col=['圆柱端机米', '长脚机米'], canto=['凸头机米', '长脚机米'],
  en=['SOCKET SET SCREW DOG POINT'], mats=['304', '45H'], pc304='A2', pc316='A4',
  ds=[4, 5, 6, 8, 10, 12], lens=SETL, lf=lambda d, L: d <= L <= 2 * d + 5)
K('low_head', shape='dl', cat=CAT_SCREW, cn='内六角薄头螺钉', gb='', din='DIN 7984', iso=None,
  col=['薄头内六角螺丝', '矮头内六角'], canto=['薄头杯头罗丝', '矮杯头'],
  en=['LOW HEAD SOCKET CAP SCREW'], mats=['304', '316', '8.8'],
  ds=[4, 5, 6, 8, 10, 12], lf=lambda d, L: L <= 50)
TAPL = {2.9: [6.5, 9.5, 13, 16], 3.5: [9.5, 13, 16, 19, 25], 4.2: [9.5, 13, 16, 19, 25, 32],
        4.8: [13, 16, 19, 25, 32, 38], 5.5: [16, 19, 25, 32, 38, 50], 6.3: [16, 19, 25, 32, 38, 50]}
K('tap_pan', shape='dl', pre='ST', cat=CAT_SCREW, cn='十字槽盘头自攻螺钉', gb='GB/T 845', din='DIN 7981', iso='ISO 7049',
  col=['十字圆头自攻螺丝', '盘头自攻'], canto=['十字圆头自攻罗丝', '自攻罗丝(圆头)'],
  en=['PHILLIPS PAN HEAD TAPPING SCREW', 'PAN HEAD SELF TAPPING SCREW'], mats=['304', 'zinc'],
  ds=[2.9, 3.5, 4.2, 4.8, 5.5, 6.3], lensd=TAPL, lf=lambda d, L: True)
K('tap_csk', shape='dl', pre='ST', cat=CAT_SCREW, cn='十字槽沉头自攻螺钉', gb='GB/T 846', din='DIN 7982', iso='ISO 7050',
  col=['十字沉头自攻螺丝', '平头自攻'], canto=['十字平头自攻罗丝', '自攻罗丝(平头)'],
  en=['PHILLIPS FLAT HEAD TAPPING SCREW', 'CSK SELF TAPPING SCREW'], mats=['304', 'zinc'],
  ds=[2.9, 3.5, 4.2, 4.8, 5.5, 6.3], lensd=TAPL, lf=lambda d, L: True)
# nuts
NUT_DS = [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24]
K('hex_nut', shape='d', cat=CAT_NUT, cn='六角螺母', gb='GB/T 6170', din='DIN 934', iso='ISO 4032',
  col=['六角螺母', '六角螺帽', '外六角螺母'], canto=['六角螺帽', '六角罗帽', '六角罗母'], en=['HEX NUT'],
  mats=['304', '316', '8'], ds=NUT_DS, pc316='A4-80')
K('nylon_nut', shape='d', cat=CAT_NUT, cn='尼龙锁紧螺母', gb='GB/T 889.1', din='DIN 985', iso='ISO 10511',
  col=['防松螺母', '尼龙螺帽', '自锁螺母'], canto=['尼龙罗帽', '锁紧罗帽', '胶圈螺帽'], en=['NYLON INSERT LOCK NUT', 'NYLOCK NUT'],
  mats=['304', '316', '8'], ds=[3, 4, 5, 6, 8, 10, 12, 16, 20])
K('flange_nut', shape='d', cat=CAT_NUT, cn='六角法兰面螺母', gb='GB/T 6177.1', din='DIN 6923', iso=None,
  col=['法兰螺母', '带垫螺母'], canto=['法兰罗帽', '连介子螺帽'], en=['HEX FLANGE NUT'],
  mats=['304', '316', '8'], ds=[5, 6, 8, 10, 12, 16])
K('cap_nut', shape='d', cat=CAT_NUT, cn='盖形螺母', gb='GB/T 923', din='DIN 1587', iso=None,
  col=['盖帽螺母', '圆头螺帽', '装饰螺母'], canto=['盖帽罗母', '圆头罗帽', '波子螺帽'], en=['DOME CAP NUT', 'ACORN NUT'],
  mats=['304', '316'], ds=[4, 5, 6, 8, 10, 12, 16])
K('thin_nut', shape='d', cat=CAT_NUT, cn='六角薄螺母', gb='GB/T 6172.1', din='DIN 439', iso='ISO 4035',
  col=['薄螺母', '薄螺帽'], canto=['薄罗帽', '薄身螺帽'], en=['THIN HEX NUT', 'JAM NUT'],
  mats=['304', '316', '8'], ds=[5, 6, 8, 10, 12, 16, 20])
K('wing_nut', shape='d', cat=CAT_NUT, cn='蝶形螺母', gb='GB/T 62.1', din='DIN 315', iso=None,
  col=['蝴蝶螺母', '羊角螺母'], canto=['蝴蝶罗帽', '羊角罗帽'], en=['WING NUT', 'BUTTERFLY NUT'],
  mats=['304', '316', '8'], ds=[4, 5, 6, 8, 10, 12])
K('rivet_nut', shape='d', cat=CAT_NUT, cn='平头铆螺母', gb='GB/T 17880.1', din='', iso=None,
  col=['拉铆螺母', '拉帽', '铆螺母'], canto=['拉帽', '拉罗母', '拉铆罗帽'], en=['RIVET NUT FLAT HEAD', 'BLIND RIVET NUT'],
  mats=['304', 'zinc'], ds=[3, 4, 5, 6, 8, 10, 12])
K('eye_bolt', shape='d', cat=CAT_SCREW, cn='吊环螺钉', gb='GB/T 825', din='DIN 580', iso=None,
  col=['吊环螺丝', '吊环', '吊耳螺栓'], canto=['吊环罗丝', '吊环'], en=['EYE BOLT', 'LIFTING EYE BOLT'],
  mats=['304', '316', 'zinc'], ds=[6, 8, 10, 12, 16, 20, 24])
# washers
FLAT_DIM = {3: '3.2×7×0.5', 4: '4.3×9×0.8', 5: '5.3×10×1', 6: '6.4×12×1.6', 8: '8.4×16×1.6', 10: '10.5×20×2',
            12: '13×24×2.5', 14: '15×28×2.5', 16: '17×30×3', 20: '21×37×3', 24: '25×44×4'}
LARGE_DIM = {3: '3.2×9×0.8', 4: '4.3×12×1', 5: '5.3×15×1.2', 6: '6.4×18×1.6', 8: '8.4×24×2', 10: '10.5×30×2.5',
             12: '13×37×3', 16: '17×50×3', 20: '22×60×4'}
K('flat_washer', shape='w', cat=CAT_WASHER, cn='平垫圈', gb='GB/T 97.1', din='DIN 125A', iso='ISO 7089',
  col=['平垫', '平垫片', '平垫圈'], canto=['平介子', '平垫介子'], en=['FLAT WASHER', 'PLAIN WASHER'],
  mats=['304', '316', 'zinc'], ds=[3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24], dims=FLAT_DIM)
K('large_washer', shape='w', cat=CAT_WASHER, cn='大垫圈', gb='GB/T 96.1', din='DIN 9021', iso='ISO 7093',
  col=['加大平垫', '大垫片', '大平垫'], canto=['大介子', '加大介子'], en=['LARGE FLAT WASHER', 'FENDER WASHER'],
  mats=['304', '316', 'zinc'], ds=[3, 4, 5, 6, 8, 10, 12, 16, 20], dims=LARGE_DIM)
K('spring_washer', shape='w', cat=CAT_WASHER, cn='标准型弹簧垫圈', gb='GB/T 93', din='DIN 127B', iso=None,
  col=['弹垫', '弹簧垫片', '弹簧垫'], canto=['弹弓介子', '弹介子'], en=['SPRING LOCK WASHER', 'SPRING WASHER'],
  mats=['304', '316', '65Mn'], ds=[3, 4, 5, 6, 8, 10, 12, 16, 20, 24])
# pins
K('dowel', shape='pin', cat=CAT_PIN, cn='圆柱销', gb='GB/T 119.1', din='DIN 7', iso='ISO 2338',
  col=['定位销', '圆柱定位销', '圆柱销钉'], canto=['定位销', '圆销仔'], en=['DOWEL PIN', 'PARALLEL PIN'],
  mats=['304', '316', 'GCr15'], ds=[3, 4, 5, 6, 8, 10, 12, 16],
  plen=[8, 10, 12, 16, 20, 25, 30, 35, 40, 50, 60], lf=lambda d, L: 2 * d <= L <= 6 * d + 10)
K('spring_pin', shape='pin', cat=CAT_PIN, cn='弹性圆柱销 直槽 重型', gb='GB/T 879.1', din='DIN 1481', iso='ISO 8752',
  col=['弹簧销', '弹性销', '弹性销钉'], canto=['弹弓销', '弹簧销'], en=['SPRING PIN', 'ROLL PIN', 'SLOTTED SPRING PIN'],
  mats=['304', '316', '65Mn'], ds=[2, 2.5, 3, 4, 5, 6, 8, 10],
  plen=[10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 50, 60], lf=lambda d, L: 3 * d <= L <= 7 * d + 8)
K('split_pin', shape='pin', cat=CAT_PIN, cn='开口销', gb='GB/T 91', din='DIN 94', iso='ISO 1234',
  col=['开口销', '开尾销'], canto=['开尾销', '开口销仔'], en=['SPLIT PIN', 'COTTER PIN'],
  mats=['304', '316', 'zinc'], ds=[1.6, 2, 2.5, 3.2, 4, 5],
  plen=[10, 12, 16, 20, 25, 30, 35, 40, 50], lf=lambda d, L: 4 * d <= L <= 10 * d + 10)
K('blind_rivet', shape='pin', cat=CAT_PIN, cn='封闭型扁圆头抽芯铆钉', gb='GB/T 12615', din='DIN 7337', iso=None,
  col=['抽芯铆钉', '拉钉', '铆钉'], canto=['拉钉', '拉爆钉', '铆钉'], en=['BLIND RIVET', 'POP RIVET'],
  mats=['304', 'zinc'], ds=[3.2, 4, 4.8], plen=[6, 8, 10, 12, 14, 16, 20, 25], lf=lambda d, L: True)
# circlips
SHAFT_DS = [6, 8, 10, 12, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 28, 30, 32, 35, 38, 40, 42, 45, 47, 50, 55, 60, 65, 70,
            75, 80]
HOLE_DS = [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 26, 28, 30, 32, 35, 37, 40, 42, 45, 47, 50, 52, 55, 62,
           68, 72, 75, 80, 85, 90, 100]
K('shaft_clip', shape='clip', cat=CAT_CLIP, cn='轴用弹性挡圈 A型', gb='GB/T 894', din='DIN 471', iso=None,
  col=['轴用卡簧', '外卡簧', '轴卡'], canto=['外卡', '轴用卡簧', '外卡簧'], en=['EXTERNAL RETAINING RING', 'EXTERNAL CIRCLIP'],
  mats=['65Mn', '304', '316'], ds=SHAFT_DS)
K('hole_clip', shape='clip', cat=CAT_CLIP, cn='孔用弹性挡圈 A型', gb='GB/T 893', din='DIN 472', iso=None,
  col=['孔用卡簧', '内卡簧', '孔卡'], canto=['内卡', '孔用卡簧', '内卡簧'], en=['INTERNAL RETAINING RING', 'INTERNAL CIRCLIP'],
  mats=['65Mn', '304', '316'], ds=HOLE_DS)
K('e_clip', shape='clip', cat=CAT_CLIP, cn='开口挡圈', gb='GB/T 896', din='DIN 6799', iso=None,
  col=['E型卡簧', 'E型挡圈', 'E字卡簧'], canto=['E字扣', 'E型卡簧', 'E字卡'], en=['E-CLIP', 'E TYPE RETAINING RING'],
  mats=['65Mn', '304'], ds=[1.5, 2, 2.3, 3.2, 4, 5, 6, 7, 8, 9, 10, 12, 15])
# keys
KEY_BH = [(4, 4), (5, 5), (6, 6), (8, 7), (10, 8), (12, 8), (14, 9), (16, 10)]
KEY_L = [10, 12, 14, 16, 18, 20, 22, 25, 28, 32, 36, 40, 45, 50, 56, 63, 70, 80, 90, 100]
K('flat_key', shape='key', cat=CAT_KEY, cn='普通平键 A型', gb='GB/T 1096', din='DIN 6885A', iso=None,
  col=['平键', '键条', '键销'], canto=['平键', '键仔', '键'], en=['PARALLEL KEY', 'FEATHER KEY'],
  mats=['45#', '304', '316'], ds=KEY_BH)
K('thread_rod', shape='rod', cat=CAT_SCREW, cn='全螺纹螺柱', gb='GB/T 15389', din='DIN 975', iso=None,
  col=['牙条', '全牙螺杆', '通丝'], canto=['牙条', '全牙罗丝棍', '牙棍'], en=['THREADED ROD', 'ALL THREAD ROD'],
  mats=['304', '316', '8.8'], ds=[4, 5, 6, 8, 10, 12, 16, 20, 24])
K('star_knob', shape='knob', cat=CAT_KNOB, cn='梅花形把手', gb='', din='DIN 6336', iso=None,
  col=['梅花把手', '梅花手柄', '星形把手'], canto=['梅花手柄', '胶头手扭', '梅花罗丝'], en=['STAR KNOB', 'STAR GRIP KNOB'],
  mats=['PP+304'], ds=[5, 6, 8, 10, 12])

MAT_CLS = {'304': 'ss', '316': 'ss', '12.9': 'cs', '10.9': 'cs', '8.8': 'cs', '4.8': 'cs', '45H': 'cs', '8': 'cs',
           'zinc': 'cs', '65Mn': 'cs', 'GCr15': 'cs', '45#': 'cs', 'PP+304': 'pp'}
MAT_FIN = {'12.9': 'black', '10.9': 'black', '45H': 'black', '65Mn': 'black', '8.8': 'zinc', '4.8': 'zinc', '8': 'zinc',
           'zinc': 'zinc'}
SCREWLIKE = ('dl', 'd', 'rod')


def get_lens(k, d):
    if 'lensd' in k:
        return k['lensd'][float(d)]
    if k['shape'] == 'pin':
        return k['plen']
    return k.get('lens') or LEN[int(float(d))]


def pre_fix(k, s):
    p = k.get('pre')
    if not p or not s:
        return s
    if s.startswith('M'):
        return p + s[1:]
    if s.startswith('m'):
        return p.lower() + s[1:]
    return s


def eng_mat(k, mat):
    if mat == '304':
        return k['pc304'] if k['shape'] in SCREWLIKE else '不锈钢304'
    if mat == '316':
        return k['pc316'] if k['shape'] in SCREWLIKE else '不锈钢316'
    return {'12.9': '12.9级 发黑', '10.9': '10.9级 发黑', '8.8': '8.8级 镀锌', '4.8': '4.8级 镀锌',
            '45H': '45H 发黑', '8': '8级 镀锌', 'zinc': 'Q235 镀锌', '65Mn': '65Mn 发黑', 'GCr15': 'GCr15 淬火',
            '45#': '45钢', 'PP+304': 'PP胶头 304牙'}[mat]


STORE_MAT = {'304': '304', '316': '316', '12.9': '12.9级', '10.9': '10.9级黑', '8.8': '8.8级镀锌',
             '4.8': '镀锌', '45H': '发黑', '8': '镀锌', 'zinc': '镀锌', '65Mn': '锰钢', 'GCr15': '淬火',
             '45#': '45#', 'PP+304': '胶头'}
HK_MAT = {'304': 'SS304', '316': 'SS316', '12.9': 'GR12.9 BLACK', '10.9': 'GR10.9 BLACK', '8.8': 'GR8.8 ZP',
          '4.8': 'GR4.8 ZP', '45H': '45H BLACK', '8': 'GR8 ZP', 'zinc': 'ZP', '65Mn': 'SPRING STEEL BLACK',
          'GCr15': 'HARDENED STEEL', '45#': 'C45 STEEL', 'PP+304': 'PP/SS304'}


def size_eng(kind, a):
    return pre_fix(FK[kind], _size_eng(kind, a))


def _size_eng(kind, a):
    k = FK[kind]
    sh = k['shape']
    if sh == 'dl':
        if a['pitch'] != 'std':
            return 'M%s×%s×%s' % (a['d'], a['pitch'], a['L'])
        return 'M%s×%s' % (a['d'], a['L'])
    if sh == 'd':
        return 'M%s' % a['d'] if a['pitch'] == 'std' else 'M%s×%s' % (a['d'], a['pitch'])
    if sh == 'w':
        dims = k.get('dims', {}).get(int(a['d']))
        return 'M%s' % a['d'] + (' (%s)' % dims if dims else '')
    if sh == 'pin':
        return '%s×%s' % (a['d'], a['L'])
    if sh == 'clip':
        return ('Φ%s' % a['d']) if kind != 'e_clip' else '%s' % a['d']
    if sh == 'key':
        return '%s×%s×%s' % (a['d'], a['h'], a['L'])
    if sh == 'rod':
        return 'M%s×1000' % a['d']
    if sh == 'knob':
        return ('M%s×%s 外螺纹' % (a['d'], a['L'])) if a['L'] != '0' else 'M%s 内螺纹' % a['d']


def size_store(kind, a):
    return pre_fix(FK[kind], _size_store(kind, a))


def _size_store(kind, a):
    k = FK[kind]
    sh = k['shape']
    if sh == 'dl':
        if a['pitch'] != 'std':
            return 'M%s*%s*%s' % (a['d'], a['pitch'], a['L'])
        return 'M%s*%s' % (a['d'], a['L'])
    if sh == 'd':
        return 'M%s' % a['d'] if a['pitch'] == 'std' else 'M%s*%s' % (a['d'], a['pitch'])
    if sh == 'w':
        return 'M%s' % a['d']
    if sh == 'pin':
        return '%s*%s' % (a['d'], a['L'])
    if sh == 'clip':
        return '%s' % a['d']
    if sh == 'key':
        return '%s*%s*%s' % (a['d'], a['h'], a['L'])
    if sh == 'rod':
        return 'M%s*1米' % a['d']
    if sh == 'knob':
        return ('M%s*%s 公' % (a['d'], a['L'])) if a['L'] != '0' else 'M%s 母' % a['d']


def size_hk(kind, a):
    s = size_store(kind, a).replace('*', 'X')
    return s.replace('1米', '1000MM').replace(' 公', ' MALE').replace(' 母', ' FEMALE')


def make(kind, mat, d, L, pitch, src, rng, h=None):
    k = FK[kind]
    a = dict(fam='fastener', kind=kind, d=fmt(d), mat=mat, matcls=MAT_CLS[mat], fin=MAT_FIN.get(mat, 'plain'),
             pitch=pitch)
    if L is not None:
        a['L'] = fmt(L)
    if h is not None:
        a['h'] = fmt(h)
    sh = k['shape']
    unit_store = {'dl': '粒', 'd': '粒', 'w': '个', 'pin': '支', 'clip': '个', 'key': '条', 'rod': '根', 'knob': '个'}[sh]
    if src == 'eng':
        std = k['gb'] or k['din']
        name = k['cn']
        spec = ('%s %s %s' % (std, size_eng(kind, a), eng_mat(k, mat))).strip()
        unit = '根' if sh == 'rod' else '个'
    elif src == 'store':
        cw = k['canto'][0] if rng.random() < 0.6 else k['col'][0]
        ms = STORE_MAT[mat]
        if rng.random() < 0.5:
            name, spec = ms + cw, size_store(kind, a)
        else:
            name, spec = cw, size_store(kind, a) + ' ' + ms
        unit = unit_store
    else:
        name = '%s %s' % (k['en'][0], HK_MAT[mat])
        spec = ('%s %s' % (size_hk(kind, a), k['din'].replace(' ', ''))).strip()
        unit = 'PCS'
    return Item(name, spec, unit, k['cat'], a, src)


def build(rng):
    items = []
    for kind, k in FK.items():
        sh = k['shape']
        for mat in k['mats']:
            main = rng.choice(['eng', 'store', 'hk', 'eng', 'store'])
            keep = 0.8 if mat == '316' else 0.95

            def src():
                return main if rng.random() > 0.12 else rng.choice(['eng', 'store', 'hk'])
            for d in k['ds']:
                if sh == 'dl':
                    lens = get_lens(k, d)
                    for L in lens:
                        if k['lf'](d, L) and rng.random() < keep:
                            items.append(make(kind, mat, d, L, 'std', src(), rng))
                elif sh in ('d', 'w', 'clip', 'rod'):
                    if rng.random() < keep + 0.08:
                        items.append(make(kind, mat, d, None, 'std', src(), rng))
                elif sh == 'pin':
                    for L in k['plen']:
                        if k['lf'](d, L) and rng.random() < keep:
                            items.append(make(kind, mat, d, L, 'std', src(), rng))
                elif sh == 'key':
                    b, hh = d
                    for L in KEY_L:
                        if 2 * b <= L <= 8 * b + 10 and rng.random() < keep - 0.1:
                            items.append(make(kind, mat, b, L, 'std', src(), rng, h=hh))
                elif sh == 'knob':
                    for L in [0, 10, 15, 20, 25, 30, 40]:
                        if L == 0 or (L >= d and rng.random() < 0.8):
                            items.append(make(kind, mat, d, L, 'std', src(), rng))
    # fine-thread socket cap screws and nuts, typed by the engineer
    for d, p in [(8, '1'), (10, '1.25'), (12, '1.25'), (12, '1.5'), (16, '1.5')]:
        for L in LEN[d]:
            if rng.random() < 0.45:
                items.append(make('socket_cap', '12.9', d, L, p, 'eng', rng))
    for d, p in [(8, '1'), (10, '1.25'), (12, '1.25'), (12, '1.5'), (16, '1.5'), (20, '1.5')]:
        for mat in ('304', '8'):
            items.append(make('hex_nut', mat, d, None, p, 'eng', rng))
    return items


# =============================================================== queries
STD_VARIANTS = {
    'gb': lambda s: [s, s.replace(' ', ''), s.replace('GB/T ', 'GB'), s.replace('GB/T ', '国标')],
    'din': lambda s: [s, s.replace(' ', ''), s.replace('DIN ', '德标'), s.replace('DIN ', 'din')],
    'iso': lambda s: [s, s.replace(' ', '')],
}


def kind_word(k, mode, rng):
    if mode == 'col':
        return pick(rng, k['col'])
    if mode == 'canto':
        return pick(rng, k['canto'])
    if mode == 'formal':
        return k['cn'].split(' ')[0]
    if mode == 'en':
        return pick(rng, k['en'])
    if mode in ('gb', 'din', 'iso'):
        s = k[mode]
        return pick(rng, STD_VARIANTS[mode](s)) if s else None
    raise ValueError(mode)


def mat_phrase(k, a, mode, rng):
    """returns (text, stated-dict) or None when this mode has nothing for the material."""
    mat = a['mat']
    screwlike = k['shape'] in SCREWLIKE
    if mode == 'none':
        return '', {}
    if mode == 'class':
        if a['matcls'] == 'ss':
            return pick(rng, ['不锈钢', '白钢', '不锈']), {'matcls': 'ss'}
        if a['matcls'] == 'cs':
            return pick(rng, ['碳钢', '铁']), {'matcls': 'cs'}
        return None
    if mode == 'fin':
        if a['fin'] == 'black':
            return pick(rng, ['发黑', '黑色']), {'fin': 'black'}
        if a['fin'] == 'zinc':
            return pick(rng, ['镀锌', '白锌']), {'fin': 'zinc'}
        return None
    table = {
        'normal': {'304': ['304', 'SUS304', '304不锈钢', '不锈钢304'], '316': ['316', 'SUS316', '316不锈钢'],
                   '12.9': ['12.9级', '12.9'], '10.9': ['10.9级', '10.9'], '8.8': ['8.8级', '8.8级镀锌'],
                   '4.8': ['4.8级', '4.8级镀锌'], '45H': ['45H'], '8': ['8级'], 'zinc': ['镀锌', '碳钢镀锌'],
                   '65Mn': ['65Mn', '65锰'], 'GCr15': ['GCr15', '轴承钢'], '45#': ['45#', '45号钢'],
                   'PP+304': ['胶头']},
        'alt': {'304': ([k['pc304'], 'SS304'] if screwlike else ['SS304', 'A2']),
                '316': ([k['pc316'], 'A4', 'SS316'] if screwlike else ['SS316', 'A4']),
                '12.9': ['12.9级发黑', '高强度12.9'], '10.9': ['10.9级发黑'], '8.8': ['8.8 镀锌', '镀锌8.8级'],
                '4.8': ['4.8 镀锌'], '45H': ['45H发黑'], '8': ['8级镀锌'], 'zinc': ['Q235镀锌'],
                '65Mn': ['65Mn发黑', '锰钢'], 'GCr15': ['GCr15淬火', '淬火'], '45#': ['C45'], 'PP+304': ['PP']},
        'voice': {'304': ['三零四', '不锈钢三零四'], '316': ['三幺六', '三一六'], '12.9': ['十二点九级'],
                  '10.9': ['十点九级'], '8.8': ['八点八级'], '4.8': ['四点八级'], '45H': ['四十五H'],
                  '8': ['八级'], 'zinc': ['镀锌'], '65Mn': ['六五锰'], 'GCr15': ['轴承钢'], '45#': ['四十五号钢'],
                  'PP+304': ['胶头']},
        'en': {'304': ['SS304', 'SUS304', 'S/S 304'], '316': ['SS316', 'SUS316'], '12.9': ['GR12.9', 'CL 12.9'],
               '10.9': ['GR10.9'], '8.8': ['GR8.8', 'GR8.8 ZINC'], '4.8': ['GR4.8 ZINC'], '45H': ['45H'],
               '8': ['GR8'], 'zinc': ['ZINC PLATED', 'ZP'], '65Mn': ['65MN'], 'GCr15': ['HARDENED'], '45#': ['C45'],
               'PP+304': ['PP']},
    }
    return pick(rng, table[mode][mat]), {'mat': mat}


def size_phrase(kind, a, mode, rng):
    txt, st = _size_phrase(kind, a, mode, rng)
    return pre_fix(FK[kind], txt), st


def _size_phrase(kind, a, mode, rng):
    k = FK[kind]
    sh = k['shape']
    d, L = a['d'], a.get('L')
    st = {'d': d}
    if L is not None and sh != 'knob':
        st['L'] = L
    fine = a['pitch'] != 'std'
    if fine:
        st['pitch'] = a['pitch']
    if sh == 'dl':
        if fine:
            opts = {'normal': ['M%s*%s*%s' % (d, a['pitch'], L), 'M%sx%sx%s' % (d, a['pitch'], L)],
                    'alt': ['M%s细牙%s 长%s' % (d, a['pitch'], L), 'M%s×%s-%s' % (d, a['pitch'], L)],
                    'voice': ['M%s 细牙%s 乘%s' % (cn_num(d), cn_num(a['pitch']), cn_num(L))],
                    'en': ['M%sX%sX%s' % (d, a['pitch'], L)]}
        else:
            opts = {'normal': ['M%sx%s' % (d, L), 'M%s*%s' % (d, L), 'M%sX%s' % (d, L)],
                    'alt': ['m%s-%s' % (d, L), 'M%s×%sL' % (d, L), '%sx%s' % (d, L), 'M%s x %s' % (d, L),
                            'M%s*%smm' % (d, L), 'M%s长%s' % (d, L), '%s*%s' % (d, L)],
                    'voice': ['M%s乘%s' % (cn_num(d), cn_num(L)), '%s的%s长' % (cn_num(d), cn_num(L)),
                              'M%s %s长' % (cn_num(d), cn_num(L))],
                    'en': ['M%sX%s' % (d, L), 'M%s X %sMM' % (d, L), 'M%sx%s' % (d, L)]}
    elif sh == 'd':
        if fine:
            opts = {'normal': ['M%sx%s' % (d, a['pitch'])], 'alt': ['M%s细牙%s' % (d, a['pitch'])],
                    'voice': ['M%s细牙%s' % (cn_num(d), cn_num(a['pitch']))], 'en': ['M%sX%s' % (d, a['pitch'])]}
        else:
            opts = {'normal': ['M%s' % d], 'alt': ['m%s' % d, '%smm' % d, 'M%s牙' % d],
                    'voice': ['M%s' % cn_num(d), '%s的' % cn_num(d)], 'en': ['M%s' % d]}
    elif sh == 'w':
        dims = k.get('dims', {}).get(int(d))
        alt = ['m%s' % d, '%s的' % d]
        if dims:
            alt = [dims.replace('×', 'x'), dims.replace('×', '*'), '内径%s外径%s' % tuple(dims.split('×')[:2])]
        opts = {'normal': ['M%s' % d], 'alt': alt, 'voice': ['M%s' % cn_num(d), '%s的' % cn_num(d)], 'en': ['M%s' % d]}
    elif sh == 'pin':
        opts = {'normal': ['%sx%s' % (d, L), '%s*%s' % (d, L)], 'alt': ['Φ%sx%s' % (d, L), 'd%s L%s' % (d, L),
                                                                    '直径%s长%s' % (d, L)],
                'voice': ['%s乘%s' % (cn_num(d), cn_num(L))], 'en': ['%sX%s' % (d, L), 'D%s X %sL' % (d, L)]}
    elif sh == 'clip':
        if kind == 'shaft_clip':
            alt = ['Φ%s' % d, '轴径%s' % d, '%s轴' % d]
        elif kind == 'hole_clip':
            alt = ['Φ%s' % d, '孔径%s' % d, '%s孔' % d]
        else:
            alt = ['槽径%s' % d, 'E%s' % d]
        opts = {'normal': [str(d)], 'alt': alt, 'voice': [cn_num(d)], 'en': ['%sMM' % d, 'D%s' % d]}
    elif sh == 'key':
        h = a['h']
        st['h'] = h
        opts = {'normal': ['%sx%sx%s' % (d, h, L), '%s*%s*%s' % (d, h, L)],
                'alt': ['宽%s高%s长%s' % (d, h, L), '%s×%s×%sL' % (d, h, L)],
                'voice': ['%s乘%s乘%s' % (cn_num(d), cn_num(h), cn_num(L))], 'en': ['%sX%sX%s' % (d, h, L)]}
    elif sh == 'rod':
        opts = {'normal': ['M%s 1米' % d, 'M%s*1000' % d], 'alt': ['M%s 一米长' % d, 'M%s*1m' % d],
                'voice': ['M%s 一米' % cn_num(d)], 'en': ['M%s X 1M' % d, 'M%s X 1000MM' % d]}
    else:  # knob
        st['L'] = L
        if L == '0':
            opts = {'normal': ['M%s 内牙' % d, 'M%s 母' % d], 'alt': ['M%s 内螺纹' % d],
                    'voice': ['M%s 内牙' % cn_num(d)], 'en': ['M%s FEMALE' % d]}
        else:
            opts = {'normal': ['M%sx%s 外牙' % (d, L), 'M%s*%s 公' % (d, L)], 'alt': ['M%s 外螺纹 长%s' % (d, L)],
                    'voice': ['M%s乘%s 外牙' % (cn_num(d), cn_num(L))], 'en': ['M%sX%s MALE' % (d, L)]}
    return pick(rng, opts[mode]), st


def base_stated(a):
    return {'fam': 'fastener', 'kind': a['kind']}


NUMISH = set('0123456789零一二三四五六七八九十百千点幺两.')


def _needs_space(left, right):
    a, b = left[-1], right[0]
    if a in NUMISH and b in NUMISH:
        return True
    if a.isdigit() and b.isascii() and b.isalpha():
        return True
    if a.isascii() and a.isalpha() and b.isdigit():
        return True
    return False


def assemble(parts, rng, en=False):
    parts = [p for p in parts if p]
    if en or rng.random() < 0.5:
        return ' '.join(parts)
    out = parts[0]
    for p in parts[1:]:
        out += (' ' if _needs_space(out, p) else '') + p
    return out


def _choose(ctx, rng, cond, build_fn, tries=600):
    pool = ctx.fam['fastener']
    for _ in range(tries):
        t = pick(rng, pool)
        if t.number in ctx.used or not cond(t):
            continue
        r = build_fn(t)
        if r is None:
            continue
        text, st = r
        if ctx.unique(st, t):
            return text, st, t
    return None


MAT_MODE = ['normal'] * 6 + ['class', 'class', 'none', 'none']


def gen(ctx, rng, qk, style):
    if qk == 'null':
        return gen_null(ctx, rng, style)
    word_mode = {'cantonese': 'canto', 'hk_english': 'en', 'engineer': 'formal'}.get(style, 'col')

    def std_build(t, kw_mode, size_mode='normal', mat_mode=None, extra_kw=None):
        a = t.a
        k = FK[a['kind']]
        kw = kind_word(k, kw_mode, rng)
        if kw is None:
            return None
        mp = mat_phrase(k, a, mat_mode or pick(rng, MAT_MODE), rng)
        if mp is None:
            return None
        sp, sst = size_phrase(a['kind'], a, size_mode, rng)
        st = base_stated(a)
        st.update(sst)
        st.update(mp[1])
        en = kw_mode == 'en'
        if extra_kw:
            kw = kw + ' ' + extra_kw
        order = rng.randrange(3)
        if en:
            parts = [kw, mp[0], sp]
        elif order == 0:
            parts = [mp[0], kw, sp]
        elif order == 1:
            parts = [sp, mp[0], kw]
        else:
            parts = [kw, sp, mp[0]]
        return assemble(parts, rng, en), st

    if qk == 'spec_with_category':
        r = _choose(ctx, rng, lambda t: True, lambda t: std_build(t, word_mode if word_mode != 'en' else 'col'))
    elif qk == 'standard_notation':
        def b(t):
            m = 'gb' if (t.src == 'eng' and FK[t.a['kind']]['gb']) else 'din'
            if not FK[t.a['kind']][m]:
                return None
            return std_build(t, m, mat_mode=pick(rng, ['normal', 'normal', 'alt']))
        r = _choose(ctx, rng, lambda t: t.src in ('eng', 'hk'), b)
    elif qk == 'equivalent_standard':
        def b(t):
            k = FK[t.a['kind']]
            opts = []
            if t.src == 'eng' and k['gb']:
                opts = [m for m in ('din', 'iso') if k[m] and k[m] != k['gb']]
            else:
                opts = [m for m in ('gb', 'iso') if k[m] and k[m] != k['din']]
                if not k['din']:
                    return None
            if not opts:
                return None
            return std_build(t, pick(rng, opts), mat_mode=pick(rng, ['normal', 'normal', 'alt']))
        r = _choose(ctx, rng, lambda t: t.src in ('eng', 'hk'), b)
    elif qk == 'grade_material':
        def b(t):
            mm = pick(rng, ['alt', 'alt', 'fin'])
            return std_build(t, word_mode if word_mode != 'en' else 'col', mat_mode=mm)
        r = _choose(ctx, rng, lambda t: True, b)
    elif qk == 'size_notation':
        r = _choose(ctx, rng, lambda t: True,
                    lambda t: std_build(t, word_mode if word_mode != 'en' else 'col', size_mode='alt'))
    elif qk == 'typo':
        def b(t):
            x = std_build(t, pick(rng, ['col', 'formal', 'canto']))
            if x is None:
                return None
            ty = apply_typo(x[0], rng)
            return (ty, x[1]) if ty else None
        r = _choose(ctx, rng, lambda t: True, b)
    elif qk == 'voice':
        def b(t):
            return std_build(t, pick(rng, ['col', 'canto']), size_mode='voice',
                             mat_mode=pick(rng, ['voice', 'voice', 'class', 'none']))
        r = _choose(ctx, rng, lambda t: FK[t.a['kind']]['shape'] in ('dl', 'pin', 'key', 'd', 'w'), b)
    elif qk == 'voice_correction':
        def b(t):
            a = t.a
            if 'L' not in a or FK[a['kind']]['shape'] not in ('dl', 'pin'):
                return None
            k = FK[a['kind']]
            lens = get_lens(k, a['d'])
            wrong = [L for L in lens if fmt(L) != a['L']]
            if not wrong:
                return None
            wL = fmt(pick(rng, wrong))
            mp = mat_phrase(k, a, pick(rng, ['normal', 'voice', 'voice']), rng)
            kw = kind_word(k, 'canto' if style == 'cantonese' else 'col', rng)
            pre = k.get('pre', 'M') if k['shape'] == 'dl' else ''
            d = cn_num(a['d'])
            if style == 'cantonese':
                txt = '%s %s%s乘%s，唔系，%s%s乘%s %s' % (mp[0], pre, d, cn_num(wL), pre, d, cn_num(a['L']), kw)
            else:
                txt = '%s%s乘%s的%s，不对不对，是%s%s乘%s，%s' % (pre, d, cn_num(wL), kw, pre, d, cn_num(a['L']), mp[0])
            st = base_stated(a)
            st.update({'d': a['d'], 'L': a['L']})
            st.update(mp[1])
            if a['pitch'] != 'std':
                return None
            return txt, st
        r = _choose(ctx, rng, lambda t: True, b)
    elif qk == 'nickname':
        r = _choose(ctx, rng, lambda t: t.src in ('eng', 'hk'),
                    lambda t: std_build(t, 'canto' if style == 'cantonese' else pick(rng, ['col', 'canto'])))
    elif qk == 'english':
        r = _choose(ctx, rng, lambda t: t.src != 'hk',
                    lambda t: std_build(t, 'en', size_mode='en', mat_mode=pick(rng, ['en', 'en', 'en', 'none'])))
    else:
        raise ValueError(qk)
    if r is None:
        return None
    text, st, t = r
    return wrap(style, text, rng), st, t


def gen_null(ctx, rng, style):
    """A fully specified request (kind + size + material) that no row fits, close to rows that exist."""
    pool = ctx.fam['fastener']
    for _ in range(800):
        t = pick(rng, pool)
        a = dict(t.a)
        k = FK[a['kind']]
        if k['shape'] not in ('dl', 'd', 'w') or a['pitch'] != 'std':
            continue
        how = rng.randrange(3)
        if how == 0:
            if k['shape'] != 'dl':
                continue
            lens = [L for L in get_lens(k, a['d']) if k['lf'](float(a['d']), L)]
            a['L'] = fmt(pick(rng, lens))
        elif how == 1:
            cand = ['316']
            if a['kind'] in ('socket_cap', 'csk_socket', 'button_socket', 'low_head', 'hex_bolt_full', 'hex_bolt_part'):
                cand += ['12.9', '10.9']
            others = [m for m in cand if m not in k['mats']]
            if not others:
                continue
            a['mat'] = pick(rng, others)
            a['matcls'] = 'ss' if a['mat'] in ('304', '316') else 'cs'
        else:
            if a['kind'] not in ('socket_cap', 'hex_bolt_full', 'hex_bolt_part', 'hex_nut', 'nylon_nut', 'flat_washer',
                                 'spring_washer', 'flange_bolt', 'flange_nut'):
                continue
            a['d'] = fmt(pick(rng, [14, 18, 22]))
            if k['shape'] == 'dl':
                a['L'] = fmt(pick(rng, [40, 50, 60, 80]))
        mp = mat_phrase(k, a, 'normal', rng)
        sp, sst = size_phrase(a['kind'], a, 'normal', rng)
        st = base_stated(a)
        st.update(sst)
        st.update(mp[1])
        if ctx.match(st):
            continue
        kw = kind_word(k, {'cantonese': 'canto', 'hk_english': 'en'}.get(style, 'col'), rng)
        txt = assemble([mp[0], kw, sp] if style != 'hk_english' else [kw, mp[0], sp], rng, style == 'hk_english')
        return wrap(style, txt, rng), st, None
    return None
