"""Fastener words, grades, finishes, colours, standards families."""
from lexbase import W, K

W(K('hexbolt'), cn='六角头螺栓|外六角螺栓|六角螺栓', sk='外六角螺丝|外六角|外六角螺栓',
  tw='六角螺栓|外六角螺絲|六角螺絲', en='HEX BOLT|hex head bolt|hex bolts', jp='六角ボルト')
W({'thread': 'full'}, cn='全螺纹', sk='全牙|全丝', tw='全牙', en='FULL THREAD|fully threaded', jp='全ねじ')
W({'thread': 'part'}, cn='部分螺纹', sk='半牙|半丝', tw='半牙', en='HALF THREAD|partial thread', jp='半ねじ')
W(K('socket_cap'), cn='内六角圆柱头螺钉|内六角螺钉|圆柱头内六角螺钉', sk='内六角螺丝|内六角|杯头螺丝|杯头',
  tw='內六角螺絲|內六角|內六角螺栓', en='SOCKET HEAD CAP SCREW|SHCS|socket cap screw|socket head screw',
  jp='六角穴付ボルト|キャップボルト')
W(K('lowhead'), cn='薄头内六角圆柱头螺钉|低头内六角螺钉', sk='薄头内六角|低头内六角|薄头杯头', tw='薄頭內六角螺絲', en='LOW HEAD SOCKET CAP SCREW|low head cap screw', jp='低頭キャップボルト')
W(K('button'), cn='内六角半圆头螺钉|半圆头内六角螺钉', sk='圆杯|半圆头内六角|圆头内六角',
  tw='圓頭內六角螺絲|圓頭內六角', en='BUTTON HEAD SOCKET SCREW|button head screw|BHCS', jp='ボタンボルト')
W(K('csk_socket'), cn='内六角沉头螺钉|沉头内六角螺钉', sk='平杯|沉头内六角|内六角沉头',
  tw='平頭內六角螺絲|平頭內六角', en='COUNTERSUNK SOCKET SCREW|flat head socket screw|FHCS', jp='皿ボルト|皿キャップ')
W(K('set_flat'), cn='内六角平端紧定螺钉', sk='平端机米|平头机米|平端止付', tw='平端止付螺絲',
  en='SET SCREW FLAT POINT|flat point set screw', jp='六角穴付止めねじ平先|イモネジ平先')
W(K('set_cone'), cn='内六角锥端紧定螺钉', sk='尖头机米|锥端机米|尖端止付', tw='尖端止付螺絲',
  en='SET SCREW CONE POINT|cone point set screw', jp='六角穴付止めねじとがり先|イモネジとがり先')
W(K('set_dog'), cn='内六角圆柱端紧定螺钉', sk='长圆柱端机米|圆柱端机米', tw='圓柱端止付螺絲',
  en='SET SCREW DOG POINT|dog point set screw', jp='六角穴付止めねじ棒先')
W(K('set_cup'), cn='内六角凹端紧定螺钉', sk='凹端机米|杯端机米|凹端止付', tw='凹端止付螺絲',
  en='SET SCREW CUP POINT|cup point set screw', jp='六角穴付止めねじくぼみ先|イモネジくぼみ先')
W(K('set_flat', 'set_cone', 'set_dog', 'set_cup'), cn='紧定螺钉|内六角紧定螺钉', sk='机米|机米螺丝|止付螺丝',
  tw='止付螺絲', en='set screw|grub screw', jp='止めねじ|イモネジ')
W(K('hexnut'), cn='六角螺母|1型六角螺母', sk='六角螺母|六角螺帽', tw='六角螺帽', en='HEX NUT|hex nuts', jp='六角ナット|六角ナット1種')
W(K('thinnut'), cn='六角薄螺母|薄型六角螺母', sk='薄螺母|薄螺帽|薄型螺母', tw='薄螺帽|六角薄螺帽',
  en='THIN NUT|jam nut|hex thin nut', jp='六角ナット3種|薄ナット')
W(K('nylon_nut'), cn='尼龙锁紧螺母|非金属嵌件六角锁紧螺母', sk='尼龙螺母|尼龙锁紧螺母|自锁螺母|尼龙自锁螺母',
  tw='尼龍螺帽|尼龍防鬆螺帽', en='NYLON LOCK NUT|nyloc nut|nylon insert lock nut', jp='ナイロンナット')
W(K('flange_nut'), cn='六角法兰面螺母|法兰面螺母', sk='法兰螺母|法兰螺帽', tw='法蘭螺帽', en='HEX FLANGE NUT|flange nut', jp='フランジナット')
W(K('cap_nut'), cn='六角盖形螺母|盖形螺母', sk='盖帽螺母|盖形螺母|盖帽', tw='蓋頭螺帽|蓋型螺帽', en='ACORN NUT|cap nut|dome nut', jp='袋ナット')
W(K('wing_nut'), cn='蝶形螺母', sk='蝴蝶螺母|蝶形螺母|元宝螺母', tw='蝶型螺帽|蝴蝶螺帽', en='WING NUT|wing nuts', jp='蝶ナット')
W(K('hexnut', 'thinnut', 'nylon_nut', 'flange_nut', 'cap_nut', 'wing_nut'), cn='螺母', sk='螺帽|螺母', tw='螺帽', en='nut', jp='ナット')
W(K('flat_washer'), cn='平垫圈|标准型平垫圈', sk='平垫|平垫片|平垫圈', tw='平華司|平墊圈', en='FLAT WASHER|plain washer', jp='平座金|平ワッシャー')
W(K('small_washer'), cn='小垫圈|小系列平垫圈', sk='小平垫|小垫', tw='小華司', en='SMALL WASHER|small flat washer', jp='小形平座金')
W(K('large_washer'), cn='大垫圈|大系列平垫圈', sk='大平垫|加大平垫|大垫', tw='大華司', en='LARGE WASHER|fender washer|large flat washer', jp='大形平座金')
W(K('spring_washer'), cn='标准型弹簧垫圈|弹簧垫圈', sk='弹垫|弹簧垫|弹簧垫片', tw='彈簧華司|彈華',
  en='SPRING WASHER|split lock washer|lock washer', jp='ばね座金|スプリングワッシャー')
W(K('flat_washer', 'small_washer', 'large_washer', 'spring_washer'), cn='垫圈', sk='垫片|华司', tw='華司|墊片', en='washer', jp='座金|ワッシャー')
W(K('pan_phillips'), cn='十字槽盘头螺钉|十字盘头螺钉', sk='盘头十字螺丝|十字盘头螺丝|圆头十字螺丝', tw='十字圓頭螺絲|盤頭十字螺絲',
  en='PAN HEAD PHILLIPS SCREW|pan head screw|phillips pan head', jp='なべ小ねじ|十字穴付きなべ小ねじ')
W(K('csk_phillips'), cn='十字槽沉头螺钉|十字沉头螺钉', sk='沉头十字螺丝|平头十字螺丝|十字沉头螺丝', tw='十字平頭螺絲',
  en='FLAT HEAD PHILLIPS SCREW|countersunk phillips screw', jp='皿小ねじ|十字穴付き皿小ねじ')
W(K('sems'), cn='十字槽盘头螺钉和弹簧垫圈及平垫圈组合件|十字盘头三组合螺钉', sk='三组合螺丝|十字三组合|三组合',
  tw='三組合螺絲', en='SEMS SCREW|pan head sems screw', jp='セムス小ねじ')
W(K('slot_pan'), cn='开槽盘头螺钉', sk='一字盘头螺丝|开槽盘头', tw='一字圓頭螺絲', en='SLOTTED PAN HEAD SCREW|slotted pan head', jp='すりわり付きなべ小ねじ')
W(K('slot_csk'), cn='开槽沉头螺钉', sk='一字沉头螺丝|开槽沉头', tw='一字平頭螺絲', en='SLOTTED COUNTERSUNK SCREW|slotted flat head', jp='すりわり付き皿小ねじ')
W(K('slot_cheese'), cn='开槽圆柱头螺钉', sk='一字圆柱头螺丝|开槽圆柱头', tw='一字圓柱頭螺絲', en='SLOTTED CHEESE HEAD SCREW|slotted cheese head', jp='すりわり付きチーズ小ねじ')
W(K('flange_bolt'), cn='六角法兰面螺栓', sk='法兰螺栓|法兰面螺栓|外六角法兰螺丝', tw='法蘭螺絲|六角法蘭螺栓', en='HEX FLANGE BOLT|flange bolt', jp='フランジボルト')
W(K('stud'), cn='双头螺柱', sk='双头螺丝|双头牙|螺柱', tw='雙頭螺絲|雙頭牙', en='STUD BOLT|double end stud', jp='植込みボルト|スタッドボルト')
W(K('rod'), cn='全螺纹螺杆|螺纹杆', sk='牙条|牙棒|通丝|全牙螺杆', tw='牙條|全牙螺桿', en='THREADED ROD|all thread rod|threaded bar', jp='全ねじボルト|寸切りボルト')
W(K('eyebolt'), cn='吊环螺钉', sk='吊环|吊环螺丝|吊环螺栓', tw='吊環螺絲|吊環', en='EYE BOLT|lifting eye bolt', jp='アイボルト')
W(K('shoulder'), cn='内六角轴肩螺钉|内六角圆柱头轴肩螺钉', sk='塞打螺丝|等高螺丝|塞打', tw='塞打螺絲|等高螺絲',
  en='SHOULDER SCREW|shoulder bolt|stripper bolt', jp='ショルダーボルト')
W(K('pin_par'), cn='圆柱销', sk='圆柱销', tw='圓柱銷', en='DOWEL PIN|parallel pin', jp='平行ピン')
W(K('pin_par', 'pin_int'), cn='定位销', sk='定位销|销钉', tw='定位銷', en='dowel', jp='ノックピン')
W({'std': 'GB119.2'}, cn='淬硬圆柱销|淬火圆柱销', sk='淬火定位销|淬火销', tw='淬火定位銷', en='HARDENED DOWEL PIN|hardened dowel', jp='焼入れ平行ピン')
W(K('pin_taper'), cn='圆锥销', sk='锥销|圆锥销', tw='錐銷|斜銷', en='TAPER PIN|taper pins', jp='テーパピン')
W(K('pin_int'), cn='内螺纹圆柱销', sk='内螺纹销|内牙定位销|内螺纹定位销', tw='內牙定位銷', en='INTERNALLY THREADED DOWEL PIN|internal thread dowel', jp='めねじ付き平行ピン')
W(K('key'), cn='普通平键|平键', sk='平键|键条', tw='平鍵', en='PARALLEL KEY|keystock', jp='平行キー')
W({'form': 'A'}, cn='A型', sk='A型', tw='A型', en='TYPE A', jp='A形')
W({'form': 'B'}, cn='B型', sk='B型', tw='B型', en='TYPE B', jp='B形')
W({'form': 'C'}, cn='C型', sk='C型', tw='C型', en='TYPE C', jp='C形')
W(K('circ_shaft'), cn='轴用弹性挡圈', sk='轴用挡圈|轴卡|外卡簧|轴用卡簧', tw='軸用C型扣環|軸用扣環',
  en='EXTERNAL CIRCLIP|external retaining ring|shaft circlip', jp='軸用C形止め輪')
W(K('circ_hole'), cn='孔用弹性挡圈', sk='孔用挡圈|孔卡|内卡簧|孔用卡簧', tw='孔用C型扣環|孔用扣環',
  en='INTERNAL CIRCLIP|internal retaining ring|bore circlip', jp='穴用C形止め輪')
W(K('circ_shaft', 'circ_hole'), cn='弹性挡圈|挡圈', sk='卡簧|挡圈', tw='扣環|C型扣環', en='circlip|retaining ring|snap ring', jp='止め輪')

# ---- grades / materials of fasteners
A2SET = ('A2-70', 'A2', '18-8')
A4SET = ('A4-70', 'A4')
CARBON = ('4.8', '8.8', '10.9', '12.9', '8', '10', '04', '5', '6', '45H', '200HV', '300HV', '65Mn', 'St',
          '45#', '20#', 'A574', 'SAE5', 'SAE8')


def G(v, **kw):
    W({'grade': v}, **kw)


G('4.8', cn='4.8级', sk='4.8', tw='4.8級', en='4.8|grade 4.8|CL4.8', jp='強度区分4.8')
G('8.8', cn='8.8级', sk='8.8', tw='8.8級', en='8.8|grade 8.8|CL8.8', jp='強度区分8.8')
G('10.9', cn='10.9级', sk='10.9', tw='10.9級', en='10.9|grade 10.9|CL10.9', jp='強度区分10.9')
G('12.9', cn='12.9级|高强度12.9级', sk='12.9', tw='12.9級', en='12.9|grade 12.9|CL12.9', jp='強度区分12.9')
G('8', cn='8级', sk='8级', tw='8級', en='CLASS 8', jp='強度区分8')
G('10', cn='10级', sk='10级', tw='10級', en='CLASS 10', jp='強度区分10')
G('04', cn='04级', sk='04级', tw='04級', en='CLASS 04', jp='強度区分04')
G('5', cn='5级', sk='5级', tw='5級', en='CLASS 5', jp='強度区分5')
G('6', cn='6级', sk='6级', tw='6級', en='CLASS 6', jp='強度区分6')
G('45H', cn='45H级', sk='45H', tw='45H', en='45H', jp='45H')
G('200HV', cn='200HV', sk='200HV', tw='200HV', en='200HV|HV200', jp='200HV')
G('300HV', cn='300HV|淬硬300HV', sk='300HV', tw='300HV', en='300HV|HV300', jp='300HV')
G('65Mn', cn='65Mn', sk='65Mn|65锰', tw='65Mn', en='65MN', jp='65Mn')
G('45#', cn='45#钢|45钢', sk='45#', tw='S45C', en='C45|45# STEEL', jp='S45C')
G('20#', cn='20#钢', sk='20#', tw='20#', en='20# STEEL', jp='S20C')
G('A574', cn='A574', sk='A574', tw='A574', en='ASTM A574|A574', jp='A574')
G('SAE5', cn='SAE 5级', sk='SAE5', tw='SAE 5級', en='SAE GRADE 5|grade 5|Gr.5|GR5', jp='SAE5')
G('SAE8', cn='SAE 8级', sk='Gr8', tw='SAE 8級', en='SAE GRADE 8|grade 8|Gr.8|GR8', jp='SAE8')
G(CARBON, cn='碳钢', sk='碳钢', tw='碳鋼|鐵', en='STEEL|carbon steel', jp='鉄')
G('A2-70', cn='A2-70', sk='A2-70', tw='A2-70', en='A2-70', jp='A2-70')
G(A2SET, cn='不锈钢304|304不锈钢|SS304', sk='304|不锈钢304|SS304|304不锈', tw='SUS304|不銹鋼304|白鐵304',
  en='SS304|STAINLESS 304|304 stainless|A2', jp='SUS304')
G('18-8', cn='18-8不锈钢', sk='18-8', tw='18-8', en='18-8|18-8 SS', jp='18-8')
G('A4-70', cn='A4-70', sk='A4-70', tw='A4-70', en='A4-70', jp='A4-70')
G(A4SET, cn='不锈钢316|316不锈钢|SS316', sk='316|不锈钢316|SS316', tw='SUS316|不銹鋼316|白鐵316',
  en='SS316|STAINLESS 316|316 stainless|A4', jp='SUS316')
G(A2SET + A4SET, cn='不锈钢', sk='不锈钢|不锈', tw='不銹鋼|白鐵', en='stainless|STAINLESS STEEL', jp='ステンレス')

# ---- finishes (and colours, kept on the same attribute)
W({'fin': 'black'}, cn='发黑|氧化发黑|黑色', sk='黑|发黑|黑色', tw='黑色|黑', en='BLACK|black oxide|blk', jp='黒染め|黒')
W({'fin': 'zinc_white'}, cn='镀蓝白锌|蓝白锌|镀白锌', sk='白锌|蓝白锌', tw='白鋅|鍍白鋅', en='ZP WHITE|white zinc|blue zinc', jp='三価ホワイト|ユニクロ')
W({'fin': 'zinc_yellow'}, cn='镀彩锌|彩锌', sk='彩锌|黄锌', tw='黃鋅|彩鋅', en='YELLOW ZINC|YZP|yellow zinc', jp='三価イエロー')
W({'fin': ('zinc_white', 'zinc_yellow')}, cn='镀锌|电镀锌', sk='镀锌|锌', tw='鍍鋅', en='zinc plated|ZINC|ZP', jp='亜鉛めっき')
W({'fin': 'dacro'}, cn='达克罗|锌铝涂层', sk='达克罗', tw='達克羅', en='DACROMET|dacro', jp='ダクロ')
W({'fin': 'nickel'}, cn='镀镍', sk='镍', tw='鍍鎳', en='NICKEL|NI PLATED', jp='ニッケル')
W({'fin': 'plain'}, cn='本色', sk='本色', tw='本色|原色', en='PLAIN', jp='生地')
W({'fin': 'blue'}, cn='蓝色', sk='蓝色|蓝', tw='藍色', en='BLUE', jp='青')
W({'fin': 'clear'}, cn='透明', sk='透明|透明色', tw='透明', en='CLEAR|transparent', jp='クリア')
W({'fin': 'red'}, cn='红色', sk='红色|红', tw='紅色', en='RED', jp='赤')
W({'fin': 'green'}, cn='绿色', sk='绿色|绿', tw='綠色', en='GREEN', jp='緑')
W({'fin': 'yellow'}, cn='黄色', sk='黄色|黄', tw='黃色', en='YELLOW', jp='黄')

# ---- standards family words
W({'org': 'GB'}, cn='国标', sk='国标|GB', tw='國標', en='GB|chinese standard', jp='GB規格')
W({'org': 'JIS'}, cn='日标', sk='日标|JIS', tw='日規|JIS', en='JIS', jp='JIS')
W({'org': 'ANSI'}, cn='美标', sk='美制|美标', tw='美規', en='inch|imperial', jp='インチ')
W({'brand': 'MISUMI'}, cn='米思米', sk='米思米|MISUMI', tw='米思米', en='MISUMI', jp='ミスミ')
