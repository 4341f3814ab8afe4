#!/usr/bin/env python3
"""Blind standard-parts catalogue for 潍坊沃丰农业装备有限公司 (fictional).

stdlib only, fixed seed, byte-identical output on every run.
Writes catalogue.csv and queries.jsonl next to this file.
build() returns (rows, queries) where every query also carries the attribute
states it expresses (used by check.py, not written to the jsonl).
"""
import csv, io, json, os, random, re

SEED = 6062026
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------- vocab
FAM = {
    # fam: (zh forms, en forms, japanese name, short storeroom name, pinyin initials, typos)
    '六角头螺栓': (['六角头螺栓', '六角螺栓', '外六角螺栓', '外六角螺丝'], ['hex bolt', 'hex head bolt', 'HHB'], '六角ボルト', '六角螺栓', 'LJLS',
               []),
    '六角法兰面螺栓': (['六角法兰面螺栓', '法兰螺栓', '法兰面螺栓'], ['hex flange bolt', 'flange bolt'], 'フランジボルト', '法兰螺栓', 'FLLS',
                 ['六角法栏面螺栓', '六角发兰面螺栓', '六角法兰面罗栓', '六角法兰面螺拴']),
    '内六角圆柱头螺钉': (['内六角圆柱头螺钉', '内六角螺钉', '内六角', '杯头螺丝'], ['socket head cap screw', 'SHCS', 'allen bolt'], '六角穴付きボルト', '内六角', 'NLJ',
                  ['内六角园柱头螺钉', '内六角圆住头螺钉', '内六角圆柱头罗钉', '内六角圆柱头螺丁']),
    '沉头方颈螺栓': (['沉头方颈螺栓', '犁铧螺栓', '方颈螺栓'], ['plow bolt', 'countersunk square neck bolt'], '皿頭角根ボルト', '犁铧螺栓', 'CTFJ',
                ['沉头方劲螺栓', '陈头方颈螺栓', '沉头方颈螺拴', '沉头方径螺栓']),
    '十字槽盘头螺钉': (['十字槽盘头螺钉', '十字盘头螺钉', '盘头螺丝'], ['pan head screw', 'phillips pan head screw'], 'なべ小ねじ', '盘头螺钉', 'SZPT',
                 ['十字槽盘头罗钉', '十字曹盘头螺钉', '十字槽盆头螺钉']),
    '内六角沉头螺钉': (['内六角沉头螺钉', '沉头内六角', '平杯螺丝'], ['countersunk socket screw', 'flat head socket screw'], '六角穴付き皿ボルト', '沉头内六角', 'NLJCT',
                 ['内六角陈头螺钉', '内六角沉头罗钉', '内六角沉投螺钉']),
    '内六角紧定螺钉': (['内六角紧定螺钉', '紧定螺钉', '机米螺丝', '顶丝'], ['set screw', 'grub screw'], '六角穴付き止めねじ', '顶丝', 'NLJJD',
                 ['内六角紧顶螺钉', '内六角紧定罗钉', '内六角竟定螺钉']),
    '双头螺柱': (['双头螺柱', '双头螺栓', '螺柱'], ['stud bolt', 'double end stud'], '植込みボルト', '双头螺柱', 'STLZ',
             ['双投螺柱', '双头螺住', '双头罗柱']),
    '圆柱销': (['圆柱销', '定位销'], ['dowel pin', 'parallel pin'], '平行ピン', '圆柱销', 'YZX', []),
    '冷压端子': (['冷压端子', '接线端子', '线鼻子'], ['crimp terminal', 'ring terminal'], '圧着端子', '端子', 'LYDZ',
             ['冷压端字', '冷鸭端子', '冷压瑞子']),
    '液压滤芯': (['液压滤芯', '液压油滤芯', '回油滤芯'], ['hydraulic filter element', 'hydraulic filter'], '油圧フィルタエレメント', '液压滤芯', 'YYLX',
             ['液压虑芯', '液压滤心', '液亚滤芯']),
    '六角螺母': (['六角螺母', '螺母', '螺帽'], ['hex nut', 'nut'], '六角ナット', '螺母', 'LJLM', []),
    '六角法兰面螺母': (['六角法兰面螺母', '法兰螺母'], ['hex flange nut', 'flange nut'], 'フランジナット', '法兰螺母', 'FLLM',
                 ['六角法栏面螺母', '六角法兰面罗母', '六角发兰面螺母']),
    '尼龙锁紧螺母': (['尼龙锁紧螺母', '尼龙螺母', '防松螺母'], ['nylon lock nut', 'nyloc nut'], 'ナイロンナット', '尼龙螺母', 'NLSJ',
                ['尼龙琐紧螺母', '尼龙锁紧罗母', '尼笼锁紧螺母', '尼龙锁进螺母']),
    '平垫圈': (['平垫圈', '平垫', '垫片'], ['flat washer', 'plain washer'], '平座金', '平垫', 'PDQ', []),
    '弹簧垫圈': (['弹簧垫圈', '弹垫', '弹簧垫'], ['spring washer', 'lock washer'], 'ばね座金', '弹垫', 'THDQ', []),
    '开口销': (['开口销', '开口销子'], ['split pin', 'cotter pin'], '割りピン', '开口销', 'KKX', []),
    '深沟球轴承': (['深沟球轴承', '深沟轴承'], ['deep groove ball bearing', 'ball bearing'], '深溝玉軸受', '轴承', 'SGQ',
               ['深钩球轴承', '深沟求轴承', '深沟球轴成', '深沟球周承']),
    '圆锥滚子轴承': (['圆锥滚子轴承', '圆锥轴承'], ['tapered roller bearing', 'taper bearing'], '円すいころ軸受', '圆锥轴承', 'YZGZ',
                ['园锥滚子轴承', '圆锥滚了轴承', '圆锥衮子轴承', '圆椎滚子轴承']),
    '外球面球轴承': (['外球面球轴承', '外球面轴承'], ['insert bearing', 'bearing unit'], 'ユニット用玉軸受', '外球面', 'WQM',
                ['外求面球轴承', '外球面球轴成', '外球面求轴承']),
    '农机方孔轴承': (['农机方孔轴承', '方孔轴承'], ['square bore bearing', 'disc harrow bearing'], '角穴軸受', '方孔轴承', 'FKZC',
                ['农机方空轴承', '农机方孔周承', '农机方孔轴成']),
    '滚针轴承': (['滚针轴承', '冲压外圈滚针轴承'], ['needle bearing', 'drawn cup needle bearing'], '針状ころ軸受', '滚针', 'GZZC', []),
    '圆柱滚子轴承': (['圆柱滚子轴承', '圆柱轴承'], ['cylindrical roller bearing'], '円筒ころ軸受', '圆柱轴承', 'YZGZ',
                ['园柱滚子轴承', '圆柱滚了轴承', '圆柱衮子轴承']),
    'O型圈': (['O型圈', 'O形圈', 'O圈', 'O型密封圈'], ['O-ring', 'oring'], 'Oリング', 'O圈', 'OXQ', []),
    '骨架油封': (['骨架油封', '油封'], ['oil seal', 'rotary shaft seal'], 'オイルシール', '油封', 'GJYF',
             ['骨驾油封', '股架油封', '骨架油风', '骨架由封']),
    '组合垫圈': (['组合垫圈', '组合垫', '组合密封垫'], ['bonded seal', 'dowty washer'], 'ボンデッドシール', '组合垫', 'ZHDQ',
             ['组和垫圈', '组合垫全', '租合垫圈']),
    '孔用Yx密封圈': (['孔用Yx密封圈', '孔用Yx圈', '活塞密封'], ['piston seal Yx', 'piston U-cup'], 'ピストンパッキン', '孔用Yx', 'KYYX',
                 ['孔用Yx密风圈', '孔用Yx密封卷', '孔用Yx蜜封圈']),
    '轴用Yx密封圈': (['轴用Yx密封圈', '轴用Yx圈', '活塞杆密封'], ['rod seal Yx', 'rod U-cup'], 'ロッドパッキン', '轴用Yx', 'ZYYX',
                 ['轴用Yx密风圈', '周用Yx密封圈', '轴用Yx蜜封圈']),
    '液压胶管总成': (['液压胶管总成', '胶管总成', '高压油管', '高压胶管'], ['hydraulic hose assembly', 'hose assy'], '油圧ホースアセンブリ', '油管', 'YYJG',
                ['液压胶管总承', '液压交管总成', '液亚胶管总成', '液压胶管综成']),
    '液压油缸': (['液压油缸', '油缸', '液压缸'], ['hydraulic cylinder', 'cylinder'], '油圧シリンダ', '油缸', 'YYYG',
             ['液压油岗', '液压由缸', '液亚油缸']),
    '齿轮泵': (['齿轮泵', '液压齿轮泵', '齿轮油泵'], ['gear pump', 'hydraulic gear pump'], 'ギヤポンプ', '齿轮泵', 'CLB',
            ['液压齿伦泵', '液压齿轮崩', '液压吃轮泵']),
    '全液压转向器': (['全液压转向器', '转向器'], ['hydraulic steering unit', 'orbitrol'], 'パワステユニット', '转向器', 'QYYZ',
                ['全液压转向气', '全夜压转向器', '全液压转相器', '全液压专向器']),
    '电磁换向阀': (['电磁换向阀', '电磁阀'], ['solenoid directional valve', 'solenoid valve'], '電磁切換弁', '电磁阀', 'DCHX',
               ['电磁换项阀', '电瓷换向阀', '电磁换向伐', '电磁焕向阀']),
    '过渡接头': (['过渡接头', '液压接头', '转换接头'], ['adapter fitting', 'hydraulic adapter'], 'アダプタ', '接头', 'GDJT',
             ['过度接头', '过渡接投', '过渡节头']),
    '普通V带': (['普通V带', '三角带', 'V带'], ['V-belt', 'classical V-belt'], 'Vベルト', '三角带', 'PTVD',
              ['普通V代', '普通V戴']),
    '窄V带': (['窄V带', '窄三角带'], ['narrow V-belt', 'wedge belt'], '細幅Vベルト', '窄V带', 'ZVD', []),
    '滚子链': (['滚子链', '链条', '传动链'], ['roller chain', 'chain'], 'ローラチェーン', '链条', 'GZL', []),
    '农机链条': (['农机链条', '收割机链条', '农机链'], ['agricultural chain', 'harvester chain'], '農機用チェーン', '农机链', 'NJLT',
             ['农机连条', '农机链跳', '农机链涤']),
    '继电器': (['继电器', '汽车继电器'], ['relay', 'automotive relay'], 'リレー', '继电器', 'JDQ',
            ['继电气', '汽车继电气', '汽车继店器']),
    '灯泡': (['灯泡', '卤素灯泡'], ['bulb', 'lamp bulb'], '電球', '灯泡', 'DP', []),
    '插片保险': (['插片保险', '保险片', '插片式保险丝'], ['blade fuse', 'fuse'], 'ブレードヒューズ', '保险片', 'CPBX',
             ['插片保线', '插片保显', '插片式保险斯']),
    '连接器护套': (['连接器护套', '插接件', '护套'], ['connector housing', 'connector'], 'コネクタハウジング', '护套', 'LJQH',
               ['连接器户套', '联接器护套', '连接气护套']),
    '汽车导线': (['汽车导线', '低压导线', '电线'], ['automotive wire', 'wire'], '自動車用電線', '导线', 'QCDX',
             ['汽车到线', '汽车导现']),
    '机油滤清器': (['机油滤清器', '机滤', '机油滤芯'], ['oil filter', 'lube filter'], 'オイルフィルタ', '机滤', 'JYLQ',
               ['机油虑清器', '机油滤青器', '机油滤清气', '机由滤清器']),
    '柴油滤清器': (['柴油滤清器', '柴滤', '柴油滤芯'], ['fuel filter', 'diesel filter'], '燃料フィルタ', '柴滤', 'CYLQ',
               ['柴油虑清器', '柴油滤请器', '材油滤清器', '柴油滤清气']),
    '空气滤清器': (['空气滤清器', '空滤', '空气滤芯'], ['air filter', 'air cleaner element'], 'エアフィルタ', '空滤', 'KQLQ',
               ['空气虑清器', '空气滤请器', '空汽滤清器']),
}
EN_TYPOS = {'深沟球轴承': ['deep grove ball bearing'], '液压胶管总成': ['hydralic hose assembly'],
            '内六角圆柱头螺钉': ['socket haed cap screw'], '全液压转向器': ['hydraulic steering unti'],
            '电磁换向阀': ['solenoid directonal valve'], '圆锥滚子轴承': ['taperd roller bearing']}
CATEGORY_FAMS = {}
FAM_CAT = {}

# plant-declared equivalent standards (the ONLY equivalences the plant accepts)
EQUIV = {
    'GB/T 5782': ['DIN 931', 'ISO 4014'], 'GB/T 5783': ['DIN 933', 'ISO 4017'],
    'GB/T 5785': ['DIN 960', 'ISO 8765'], 'GB/T 5787': ['DIN 6921'],
    'GB/T 70.1': ['DIN 912', 'ISO 4762'], 'GB/T 6170': ['DIN 934', 'ISO 4032'],
    'GB/T 6177': ['DIN 6923'], 'GB/T 889.1': ['DIN 985'], 'GB/T 97.1': ['DIN 125', 'ISO 7089'],
    'GB/T 93': ['DIN 127'], 'GB/T 5786': ['DIN 961', 'ISO 8676'], 'GB/T 70.3': ['ISO 10642'],
    'GB/T 77': ['DIN 913', 'ISO 4026'], 'GB/T 119.1': ['ISO 2338'], 'GB/T 91': ['ISO 1234'], 'GB/T 818': ['ISO 7045'],
    'GB/T 276': ['ISO 15'], 'GB/T 297': ['ISO 355'], 'GB/T 3452.1': ['ISO 3601-1'],
    'GB/T 13871.1': ['DIN 3760'], 'GB/T 3683': ['EN 853'], 'GB/T 1243': ['ISO 606'],
    'GB/T 11544': ['ISO 4184'],
}
# look-alike standards the plant has NOT declared equivalent (queries naming them fit nothing)
UNDECLARED = {'GB/T 818': 'DIN 7985', 'GB/T 10': 'DIN 608', 'GB/T 5787': 'ISO 4162',
              'GB/T 97.1': 'DIN 9021', 'GB/T 889.1': 'DIN 982', 'GB/T 70.1': 'DIN 7984', 'GB/T 70.3': 'DIN 7991',
              'GB/T 898': 'DIN 938'}
ORG_ZH = {'DIN': '德标', 'GB/T': '国标', 'JB/T': '机标'}

FIN_F = {'蓝白锌': (['蓝白锌', '白锌', '镀蓝白锌', '蓝锌'], ['blue-white zinc', 'clear zinc']),
         '彩锌': (['彩锌', '镀彩锌', '彩色锌', '黄锌'], ['yellow zinc', 'zinc yellow']),
         '发黑': (['发黑', '氧化发黑', '黑色'], ['black oxide', 'black']),
         '达克罗': (['达克罗', '达克罗涂层'], ['dacromet', 'dacro']),
         '本色': (['本色', '不处理', '原色'], ['plain', 'self colour'])}
MAT_F = {'紫铜镀锡': (['紫铜镀锡', '镀锡铜'], ['tinned copper']), '黄铜': (['黄铜'], ['brass']),'SS304': (['SS304', '不锈钢304', '304不锈钢', 'SUS304', '304'], ['SS304', 'stainless 304', 'AISI 304']),
         'SS316': (['SS316', '不锈钢316', '316不锈钢', 'SUS316', '316'], ['SS316', 'stainless 316', 'AISI 316']),
         '65Mn': (['65Mn', '65锰'], ['65Mn']),
         '碳钢': (['碳钢', '碳素钢'], ['carbon steel']),
         'NBR': (['丁腈', 'NBR', '丁腈橡胶'], ['NBR', 'nitrile']),
         'FKM': (['氟橡胶', '氟胶', 'FKM', '氟素'], ['FKM', 'Viton', 'fluoro rubber']),
         'EPDM': (['三元乙丙', 'EPDM'], ['EPDM']),
         'PU': (['聚氨酯', 'PU'], ['PU', 'polyurethane'])}
SET_F = {  # coarse values a query may state
    ('fin', frozenset(['蓝白锌', '彩锌'])): (['镀锌', '锌'], ['zinc plated', 'zinc']),
    ('mat', frozenset(['SS304', 'SS316'])): (['不锈钢', '不锈'], ['stainless', 'stainless steel']),
}
BRAND_F = {'哈轴': (['哈轴', 'HRB'], ['HRB']), '瓦轴': (['瓦轴', 'ZWZ'], ['ZWZ']), '洛轴': (['洛轴', 'LYC'], ['LYC']),
           '人本': (['人本', 'C&U'], ['C&U']), 'SKF': (['SKF', '斯凯孚'], ['SKF']), 'NSK': (['NSK', '恩斯克'], ['NSK']),
           'FAG': (['FAG'], ['FAG']), 'NTN': (['NTN'], ['NTN']),
           'NOK': (['NOK'], ['NOK']), '鼎封': (['鼎封'], ['Dingfeng']), '青岛橡塑': (['青岛橡塑', '青橡'], ['Qingdao Rubber']),
           '泰丰': (['泰丰'], ['Taifeng']), '长源': (['长源'], ['Changyuan']), '力士乐': (['力士乐', 'Rexroth'], ['Rexroth']),
           '华德': (['华德'], ['Huade']), '镇江': (['镇江'], ['Zhenjiang']), '三力士': (['三力士'], ['Sanlux']),
           '盖茨': (['盖茨', 'Gates'], ['Gates']), '阪东': (['阪东', 'Bando'], ['Bando']),
           '华链': (['华链'], ['Hualian']), '椿本': (['椿本', 'Tsubaki'], ['Tsubaki']),
           '宏发': (['宏发', 'HF'], ['Hongfa']), '佛山': (['佛山'], ['Foshan']), '飞利浦': (['飞利浦', 'Philips'], ['Philips']),
           '欧司朗': (['欧司朗', 'Osram'], ['Osram']), '平原': (['平原'], ['Pingyuan']),
           '弗列加': (['弗列加', 'Fleetguard'], ['Fleetguard']), '曼牌': (['曼牌', 'MANN'], ['MANN']),
           '本厂': (['本厂配套'], ['OEM'])}

# generic attribute labels: key -> (zh templates, en templates)
GEN = {
    'hard': (['{}度', '硬度{}'], ['{} shore']),
    'lip': (['{}型', '{}'], ['type {}', '{}']),
    'dn': (['{}', '通径{}'], ['{}']),
    'hgrade': (['{}'], ['{}']),
    'hlen': (['L={}', '长{}', '{}mm', '{}长'], ['L{}', '{}mm']),
    'ends': (['{}'], ['{}']),
    'bore': (['缸径{}', 'D{}'], ['bore {}']),
    'rod': (['杆径{}', 'd{}'], ['rod {}']),
    'stroke': (['行程{}', 'S{}'], ['stroke {}']),
    'mount': (['{}'], ['{}']),
    'model': (['{}'], ['{}']),
    'rot': (['{}'], ['{}']),
    'shaft': (['{}'], ['{}']),
    'volt': (['{}'], ['{}']),
    'spool': (['{}机能', '{}型'], ['spool {}']),
    'ctype': (['{}'], ['{}']),
    'thr': (['{}'], ['{}']),
    'sec': (['{}型', '{}'], ['section {}', '{}']),
    'blen': (['{}', '长{}'], ['{}']),
    'links': (['{}节', '{}节长'], ['{} links']),
    'amp': (['{}', '{}的'], ['{}']),
    'pins': (['{}脚', '{}插'], ['{}-pin']),
    'watt': (['{}'], ['{}']),
    'base': (['{}'], ['{}']),
    'csize': (['{}'], ['{}']),
    'gender': (['{}'], ['{}']),
    'holes': (['{}孔', '{}芯'], ['{}-way']),
    'term': (['{}系列', '{}'], ['{} series']),
    'xsec': (['{}平方', '{}mm²', '{}平'], ['{}mm2', '{} sq mm']),
    'color': (['{}色', '{}'], ['{}']),
    'att': (['{}附件', '带{}'], ['{} attachment']),
}
COLOR_EN = {'红': 'red', '黑': 'black', '黄': 'yellow', '绿': 'green', '蓝': 'blue', '白': 'white', '棕': 'brown',
            '灰': 'grey', '红白': 'red/white', '黄绿': 'yellow/green'}
ENMAP = {'右旋': 'CW', '左旋': 'CCW', '花键': 'spline shaft', '平键': 'keyed shaft', '两端耳环': 'clevis both ends',
         '法兰': 'flange mount', '公': 'male', '母': 'female', '手动': 'manual', '直通': 'straight', '90°弯通': '90 elbow',
         '三通': 'tee', '迷你': 'mini', '标准': 'standard', '大号': 'maxi'}

_S = '螺轴紧圆锁垫弹钉销头兰沟锥滚针胶总齿轮转阀换电带链条继开关灯线险滤机气级锌镀发钢国标还吗没个库货这请问帮单双组联压过细龙内盘颈铧农锈锰径杆环键边层编织缠绕软门纹壳厂规无数块铜红绿蓝黄长号给两仓剩领间车烦么现哪确认递齐该东丝为乐产从仓们价优会伞传体余侧'
_T = '螺軸緊圓鎖墊彈釘銷頭蘭溝錐滾針膠總齒輪轉閥換電帶鏈條繼開關燈線險濾機氣級鋅鍍發鋼國標還嗎沒個庫貨這請問幫單雙組聯壓過細龍內盤頸鏵農鏽錳徑桿環鍵邊層編織纏繞軟門紋殼廠規無數塊銅紅綠藍黃長號給兩倉剩領間車煩麼現哪確認遞齊該東絲為樂產從倉們價優會傘傳體餘側'
assert len(_S) == len(_T), (len(_S), len(_T))
T2S = str.maketrans(dict(zip(_S, _T)))
T2S_EXTRA = {'轴承': '軸承', '螺丝': '螺絲', '测': '測', '卤素': '鹵素', '护': '護', '插': '插', '导': '導', '盖': '蓋',
             '丁腈': '丁腈', '氟': '氟', '聚氨酯': '聚氨酯', '乙丙': '乙丙', '达克罗': '達克羅', '彩': '彩', '蓝': '藍',
             '园': '園', '处理': '處理', '两': '兩', '断': '斷', '调': '調', '设': '設', '备': '備', '务': '務',
             '库存': '庫存', '时': '時', '实': '實', '说': '說', '谢': '謝', '们': '們', '点': '點', '这': '這',
             '够': '夠', '剩': '剩', '帮': '幫', '问': '問', '对': '對', '采': '採', '购': '購', '维': '維', '修': '修',
             '应': '應', '从': '從', '后': '後', '进': '進', '报': '報', '价': '價', '钱': '錢', '厂': '廠', '记': '記',
             '录': '錄', '备用': '備用', '找': '找', '样': '樣', '图': '圖', '纸': '紙', '检': '檢', '验': '驗', '货': '貨',
             '给': '給', '发': '發', '现': '現', '车': '車', '胶': '膠', '缸': '缸', '泵': '泵', '滤': '濾', '继': '繼'}


def to_trad(s):
    for a, b in T2S_EXTRA.items():
        s = s.replace(a, b)
    return s.translate(T2S)


CN = '零一二三四五六七八九'


def cn_int(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return '十' + (CN[n % 10] if n % 10 else '')
    if n < 100:
        return CN[n // 10] + '十' + (CN[n % 10] if n % 10 else '')
    if n < 1000:
        r = n % 100
        s = CN[n // 100] + '百'
        if r == 0:
            return s
        if r < 10:
            return s + '零' + CN[r]
        return s + CN[r // 10] + '十' + (CN[r % 10] if r % 10 else '')
    r = n % 1000
    s = CN[n // 1000] + '千'
    if r == 0:
        return s
    if r < 100:
        return s + '零' + (('一' + cn_int(r)) if 10 <= r < 20 else cn_int(r))
    return s + cn_int(r)


def cn_digits(s, rng):
    yao = rng.random() < 0.5
    return ''.join(('幺' if (c == '1' and yao) else CN[int(c)]) for c in s)


def voice_code(text, rng):
    t = re.sub(r'\d+', lambda m: cn_digits(m.group(0), rng), text)
    return t.replace('-', '杠').replace('/', '杠').replace('.', '点').replace(' ', '')


def voice(text, rng):
    def num(m):
        t = m.group(0)
        ip, _, dp = t.partition('.')
        if (len(ip) >= 4 and not (ip.endswith('00') or ip.endswith('50'))) or (len(ip) > 1 and ip[0] == '0'):
            s = cn_digits(ip, rng)
        else:
            s = cn_int(int(ip))
        if dp:
            s += '点' + cn_digits(dp, rng)
        return s
    t = re.sub(r'(?<=\d)\s*[x×*X]\s*(?=\d)', '乘', text)
    t = re.sub(r'\d+(?:\.\d+)?', num, t)
    t = t.replace('/', '杠').replace('-', rng.choice(['杠', ' ']))
    return t


# --------------------------------------------------------------------------- catalogue
class Cat:
    def __init__(self, rng):
        self.rng = rng
        self.rows = []
        self.seen = set()
        self.serial = {}

    def add(self, cat_code, sub, fam, attrs, unit, texts, extra_aliases=()):
        key = (fam,) + tuple(sorted(attrs.items()))
        if key in self.seen:
            return None
        self.seen.add(key)
        grp = (cat_code, sub)
        self.serial[grp] = self.serial.get(grp, 0) + self.rng.choice([1, 1, 1, 2, 3])
        number = '3.%02d.%03d.%05d' % (cat_code, sub, self.serial[grp])
        a = dict(attrs)
        a['fam'] = fam
        row = {'number': number, 'attrs': a, 'unit': unit, 'category': CATNAME[cat_code],
               'texts': texts, 'aliases': list(extra_aliases)}
        self.rows.append(row)
        FAM_CAT[fam] = CATNAME[cat_code]
        return row


CATNAME = {1: '紧固件', 2: '轴承', 3: '密封件', 4: '液压件', 5: '传动件', 6: '电气件', 7: '滤清器'}
LENS = [8, 10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 110, 120, 130, 140, 150, 160, 180, 200]
PITCH = {8: '1', 10: '1.25', 12: '1.5', 14: '1.5', 16: '1.5', 18: '1.5', 20: '1.5', 24: '2'}


def fmt_num(x):
    return ('%g' % x)


def build_catalogue(rng):
    C = Cat(rng)
    # ---------------- fasteners
    carbon = [('4.8', '碳钢'), ('8.8', '碳钢'), ('10.9', '碳钢')]
    stain = [('A2-70', 'SS304'), ('A4-80', 'SS316')]
    fins_c = ['蓝白锌', '彩锌', '发黑', '达克罗', '本色']

    def bolts(sub, fam, std, ds, grades, fins, lmin, lmax, keep, fine=False):
        for d in ds:
            for L in LENS:
                if L < lmin(d) or L > lmax(d):
                    continue
                for g, m in grades:
                    fl = ['本色'] if m.startswith('SS') else fins
                    for f in fl:
                        if rng.random() > keep:
                            continue
                        size = 'M%dx%sx%d' % (d, PITCH[d], L) if fine else 'M%dx%d' % (d, L)
                        C.add(1, sub, fam, {'std': std, 'size': size, 'grade': g, 'mat': m, 'fin': f}, '个', 'fast')
    bolts(1, '六角头螺栓', 'GB/T 5782', [6, 8, 10, 12, 14, 16, 18, 20, 24, 30], carbon + stain, fins_c,
          lambda d: 3 * d, lambda d: min(12 * d, 200), 0.92)
    bolts(2, '六角头螺栓', 'GB/T 5783', [5, 6, 8, 10, 12, 14, 16, 20], carbon + stain, fins_c,
          lambda d: 2 * d, lambda d: min(8 * d, 120), 0.92)
    bolts(3, '六角头螺栓', 'GB/T 5785', [8, 10, 12, 14, 16, 18, 20, 24], carbon[1:], ['蓝白锌', '发黑', '达克罗'],
          lambda d: 3 * d, lambda d: min(10 * d, 200), 0.95, fine=True)
    bolts(4, '六角法兰面螺栓', 'GB/T 5787', [6, 8, 10, 12, 14, 16], carbon[1:] + stain[:1], fins_c,
          lambda d: 2 * d, lambda d: min(8 * d, 100), 0.95)
    bolts(5, '内六角圆柱头螺钉', 'GB/T 70.1', [3, 4, 5, 6, 8, 10, 12, 16, 20], [('8.8', '碳钢'), ('10.9', '碳钢'), ('12.9', '碳钢')] + stain,
          ['发黑', '蓝白锌', '达克罗'], lambda d: max(2 * d, 8), lambda d: min(8 * d, 150), 0.85)
    bolts(6, '沉头方颈螺栓', 'GB/T 10', [10, 12, 14, 16], [('8.8', '碳钢'), ('10.9', '碳钢'), ('12.9', '碳钢')], ['发黑', '本色', '蓝白锌'],
          lambda d: 3 * d, lambda d: 7 * d, 0.9)
    bolts(7, '十字槽盘头螺钉', 'GB/T 818', [3, 4, 5, 6], [('4.8', '碳钢')] + stain[:1], ['蓝白锌', '彩锌', '发黑'],
          lambda d: 2 * d, lambda d: min(10 * d, 50), 0.9)
    bolts(8, '六角头螺栓', 'GB/T 5786', [8, 10, 12, 14, 16, 18, 20, 24], carbon[1:], ['蓝白锌', '发黑', '达克罗'],
          lambda d: 2 * d, lambda d: min(8 * d, 120), 0.75, fine=True)
    bolts(9, '内六角沉头螺钉', 'GB/T 70.3', [3, 4, 5, 6, 8, 10, 12, 16], [('8.8', '碳钢'), ('10.9', '碳钢'), ('12.9', '碳钢')] + stain[:1],
          ['发黑', '蓝白锌'], lambda d: max(2 * d, 8), lambda d: min(8 * d, 100), 0.95)
    bolts(10, '内六角紧定螺钉', 'GB/T 77', [3, 4, 5, 6, 8, 10, 12, 16], [('45H', '碳钢')] + stain[:1], ['发黑', '蓝白锌'],
          lambda d: max(d, 8), lambda d: min(5 * d, 60), 1.0)
    bolts(15, '双头螺柱', 'GB/T 898', [8, 10, 12, 14, 16, 20, 24], [('4.8', '碳钢'), ('8.8', '碳钢'), ('10.9', '碳钢')] + stain[:1], fins_c,
          lambda d: 3 * d, lambda d: min(10 * d, 200), 0.85)
    for d in [3, 4, 5, 6, 8, 10, 12, 16]:
        for L in LENS:
            if L < 2 * d or L > 8 * d:
                continue
            for m in ['碳钢', 'SS304']:
                C.add(1, 32, '圆柱销', {'std': 'GB/T 119.1', 'size': '%dx%d' % (d, L), 'mat': m, 'fin': '本色'}, '个', 'fast')
    nut_d = [4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36]
    for sub, fam, std, grades, fine in [(11, '六角螺母', 'GB/T 6170', [('8', '碳钢'), ('10', '碳钢'), ('A2-70', 'SS304'), ('A4-80', 'SS316')], False),
                                        (12, '六角螺母', 'GB/T 6171', [('8', '碳钢'), ('10', '碳钢')], True),
                                        (13, '六角法兰面螺母', 'GB/T 6177', [('8', '碳钢'), ('10', '碳钢'), ('A2-70', 'SS304')], False),
                                        (14, '尼龙锁紧螺母', 'GB/T 889.1', [('8', '碳钢'), ('10', '碳钢'), ('A2-70', 'SS304')], False)]:
        for d in nut_d:
            if fine and d not in PITCH:
                continue
            for g, m in grades:
                for f in (['本色'] if m.startswith('SS') else fins_c):
                    size = 'M%dx%s' % (d, PITCH[d]) if fine else 'M%d' % d
                    C.add(1, sub, fam, {'std': std, 'size': size, 'grade': g, 'mat': m, 'fin': f}, '个', 'fast')
    for sub, fam, std, mats in [(21, '平垫圈', 'GB/T 97.1', ['碳钢', 'SS304', 'SS316']), (22, '弹簧垫圈', 'GB/T 93', ['65Mn', 'SS304'])]:
        for d in nut_d + [42, 48]:
            for m in mats:
                for f in (['本色'] if m.startswith('SS') else fins_c):
                    C.add(1, sub, fam, {'std': std, 'size': 'M%d' % d, 'mat': m, 'fin': f}, '个', 'fast')
    for d in [1.6, 2, 2.5, 3.2, 4, 5, 6.3, 8]:
        for L in [10, 12, 16, 20, 25, 30, 35, 40, 45, 50, 60, 70, 80]:
            if L < 4 * d or L > 14 * d:
                continue
            for m, f in [('碳钢', '蓝白锌'), ('碳钢', '本色'), ('SS304', '本色')]:
                C.add(1, 31, '开口销', {'std': 'GB/T 91', 'size': '%sx%d' % (fmt_num(d), L), 'mat': m, 'fin': f}, '个', 'fast')

    # ---------------- bearings
    bb = ['哈轴', '瓦轴', '洛轴', '人本', 'SKF', 'NSK', 'FAG', 'NTN']
    dg = ['60%02d' % i for i in range(0, 13)] + ['62%02d' % i for i in range(0, 16)] + ['63%02d' % i for i in range(0, 13)] + \
         ['69%02d' % i for i in range(0, 11)]
    for base in dg:
        for seal in ['', '-Z', '-2Z', '-RS', '-2RS', 'N', 'NR']:
            if seal in ('N', 'NR') and base.startswith('69'):
                continue
            for clr in ['', '/C3']:
                if rng.random() < 0.15:
                    continue
                nb = 1 if rng.random() < 0.7 else (2 if rng.random() < 0.8 else 3)
                for b in rng.sample(bb, nb):
                    C.add(2, 1, '深沟球轴承', {'std': 'GB/T 276', 'bdes': base + seal + clr, 'brand': b}, '套', 'brg')
    tap = ['302%02d' % i for i in range(3, 23)] + ['303%02d' % i for i in range(2, 17)] + ['320%02d' % i for i in range(5, 21)] + \
          ['322%02d' % i for i in range(4, 19)]
    for base in tap:
        for suf in ['', '/P6']:
            nb = 1 if rng.random() < 0.6 else 2
            for b in rng.sample(bb, nb):
                C.add(2, 2, '圆锥滚子轴承', {'std': 'GB/T 297', 'bdes': base + suf, 'brand': b}, '套', 'brg')
    for pre in ['UC', 'UCP', 'UCF', 'UCFL', 'UCT']:
        for n in range(204, 213):
            for b in rng.sample(['哈轴', '瓦轴', '人本', 'NTN', 'FAG'], 2):
                C.add(2, 3, '外球面球轴承', {'bdes': '%s%d' % (pre, n), 'brand': b}, '套', 'brg')
    for code in ['W208PP2', 'W208PPB6', 'W208PPB12', 'GW208PP17', 'GW208PPB8', 'W209PPB5', 'GW209PPB4', 'GW209PPB8',
                 'W210PP5', 'GW210PPB4', 'W211PP3', 'GW211PP3', 'GW211PPB3', 'DS208TT2', 'DS208TTR3', 'W208PPB', 'GW211PP']:
        for b in rng.sample(['瓦轴', '哈轴', 'NTN', '本厂'], 2):
            C.add(2, 4, '农机方孔轴承', {'bdes': code, 'brand': b}, '套', 'brg')
    for code in ['HK0810', 'HK1012', 'HK1212', 'HK1412', 'HK1512', 'HK1612', 'HK2016', 'HK2020', 'HK2520', 'HK3020', 'HK3520',
                 'NK20/16', 'NK25/20', 'NK30/20', 'NA4904', 'NA4905', 'NA4906', 'NA4908']:
        for b in rng.sample(bb, 2):
            C.add(2, 5, '滚针轴承', {'bdes': code, 'brand': b}, '套', 'brg')
    for t in ['N', 'NU', 'NJ', 'NUP']:
        for n in list(range(204, 214)) + list(range(305, 313)):
            for suf in ['E', 'EM']:
                if rng.random() < 0.3:
                    continue
                C.add(2, 6, '圆柱滚子轴承', {'std': 'GB/T 283', 'bdes': '%s%d%s' % (t, n, suf), 'brand': rng.choice(bb)}, '套', 'brg')

    # ---------------- seals
    ids = [5, 6, 8, 10, 11.2, 12, 14, 15, 16, 18, 20, 22.4, 24, 25, 28, 30, 31.5, 32, 34.5, 35.5, 36, 40, 42.5, 45, 48.7,
           50, 53, 56, 60, 63, 67, 71, 75, 80, 85, 90, 95, 100, 106, 112, 118, 125, 132, 140, 150, 160, 170, 180, 190, 200]
    for i in ids:
        for cs in [1.8, 2.65, 3.55, 5.3, 7]:
            if cs >= 5.3 and i < 40 or cs == 1.8 and i > 60 or cs == 7 and i < 100:
                continue
            for m, h in [('NBR', '70'), ('NBR', '90'), ('FKM', '75'), ('EPDM', '70')]:
                if rng.random() < 0.05:
                    continue
                C.add(3, 1, 'O型圈', {'std': 'GB/T 3452.1', 'size': '%sx%s' % (fmt_num(i), fmt_num(cs)), 'mat': m, 'hard': h}, '个', 'oring')
    shafts = [12, 15, 17, 20, 22, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120]
    for d in shafts:
        Ds = sorted(set([d + 12 + 2 * (d // 10), d + 17 + 2 * (d // 10), d + 22 + 3 * (d // 10)]))
        for D in Ds:
            b = 7 if d < 30 else (8 if d < 50 else (10 if d < 90 else 12))
            for lip in ['TC', 'TG', 'SC', 'TB']:
                for m in ['NBR', 'FKM']:
                    if rng.random() < 0.35:
                        continue
                    for br in rng.sample(['NOK', '鼎封', '青岛橡塑'], 1 if rng.random() < 0.8 else 2):
                        C.add(3, 2, '骨架油封', {'std': 'GB/T 13871.1', 'lip': lip, 'size': '%dx%dx%d' % (d, D, b), 'mat': m, 'brand': br}, '个', 'oilseal')
    for d in [8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48]:
        for m in ['碳钢/NBR', '碳钢/FKM', 'SS304/FKM']:
            C.add(3, 3, '组合垫圈', {'std': 'JB/T 982', 'size': 'M%d' % d, 'mat': m}, '个', 'bonded')
    for fam, sub in [('孔用Yx密封圈', 4), ('轴用Yx密封圈', 5)]:
        for d in [25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 85, 90, 100, 110, 125, 140, 160]:
            for h in [8, 10, 12, 16]:
                for m in ['PU', 'NBR']:
                    if rng.random() < 0.4:
                        continue
                    D = d - 2 * (h // 2 + 1) if sub == 4 else d + 2 * (h // 2 + 1)
                    C.add(3, sub, fam, {'std': 'JB/T 10205', 'size': '%dx%dx%d' % (max(d, D), min(d, D), h), 'mat': m}, '个', 'yx')

    # ---------------- hydraulics
    dns = {6: ('1/4"', '-04'), 8: ('5/16"', '-05'), 10: ('3/8"', '-06'), 12: ('1/2"', '-08'), 16: ('5/8"', '-10'),
           19: ('3/4"', '-12'), 25: ('1"', '-16')}
    ends = ['JIC母/JIC母', 'DKOL/DKOL', 'DKOS/DKOL', 'ORFS母/ORFS母', 'JIC母/90°JIC母', 'DKOL/90°DKOL', 'BSP母/BSP母']
    hl = list(range(300, 3050, 50))
    for _ in range(7500):
        g = rng.choice(['1SN', '2SN', '2SN', '4SP'])
        dn = rng.choice(list(dns))
        if g == '4SP' and dn < 12:
            continue
        C.add(4, 1, '液压胶管总成', {'std': 'GB/T 10544' if g == '4SP' else 'GB/T 3683', 'hgrade': g, 'dn': 'DN%d' % dn,
                                 'hlen': str(rng.choice(hl)), 'ends': rng.choice(ends)}, '根', 'hose')
    rods = {40: [22, 25], 50: [28, 32], 63: [35, 45], 80: [45, 50], 100: [55, 70], 125: [70, 90]}
    for bore, rl in rods.items():
        for rod in rl:
            for st in range(100, 1050, 50):
                for mnt in ['两端耳环', '法兰']:
                    if rng.random() < 0.3:
                        continue
                    C.add(4, 2, '液压油缸', {'bore': str(bore), 'rod': str(rod), 'stroke': str(st), 'mount': mnt}, '台', 'cyl')
    for ser in ['CBN-E3', 'CBN-F3', 'CBT-E3', 'CBQ-F5']:
        for disp in ['06', '08', '10', '14', '16', '20', '25', '32']:
            if ser == 'CBQ-F5' and disp in ('06', '08'):
                continue
            for rot in ['右旋', '左旋']:
                for sh in ['花键', '平键']:
                    for br in rng.sample(['泰丰', '长源'], 1 if rng.random() < 0.7 else 2):
                        C.add(4, 3, '齿轮泵', {'model': ser + disp, 'rot': rot, 'shaft': sh, 'brand': br}, '台', 'pump')
    for ser in ['BZZ1-E', 'BZZ3-E', 'BZZ5-E']:
        for disp in ['63', '80', '100', '125', '160', '200', '250']:
            for br in rng.sample(['镇江', '华德', '本厂'], 2):
                C.add(4, 4, '全液压转向器', {'model': ser + disp, 'brand': br}, '台', 'steer')
    for size in ['4WE6', '4WE10']:
        for sp in ['E', 'J', 'G', 'H', 'D', 'Y', 'M']:
            for v in ['DC24V', 'DC12V', 'AC220V']:
                for br in rng.sample(['力士乐', '华德'], 1 if rng.random() < 0.75 else 2):
                    C.add(4, 5, '电磁换向阀', {'model': size, 'spool': sp, 'volt': v, 'brand': br}, '个', 'sol')
    thr = ['M12x1.5', 'M14x1.5', 'M16x1.5', 'M18x1.5', 'M20x1.5', 'M22x1.5', 'M24x1.5', 'M27x2', 'G1/4', 'G3/8', 'G1/2', 'G3/4',
           '7/16-20UNF', '9/16-18UNF', '3/4-16UNF', '7/8-14UNF']
    for a in thr:
        for b in thr:
            if a == b:
                continue
            for ct in ['直通', '90°弯通', '三通']:
                for m in ['碳钢', 'SS304']:
                    if rng.random() < 0.55:
                        continue
                    C.add(4, 6, '过渡接头', {'thr': a + '/' + b, 'ctype': ct, 'mat': m}, '个', 'adapt')

    # ---------------- drive
    for sec, ls in [('Z', range(500, 1600, 25)), ('A', range(700, 3000, 25)), ('B', range(900, 4600, 25)), ('C', range(1600, 6000, 50))]:
        for L in ls:
            for br in ['三力士', '盖茨', '阪东']:
                if rng.random() < 0.55:
                    continue
                C.add(5, 1, '普通V带', {'std': 'GB/T 11544', 'sec': sec, 'blen': str(L), 'brand': br}, '条', 'vb')
    for sec, ls in [('SPZ', range(600, 3600, 25)), ('SPA', range(800, 4500, 25)), ('SPB', range(1250, 6000, 50))]:
        for L in ls:
            for br in ['三力士', '盖茨', '阪东']:
                if rng.random() < 0.6:
                    continue
                C.add(5, 2, '窄V带', {'std': 'GB/T 11544', 'sec': sec, 'blen': str(L), 'brand': br}, '条', 'vb')
    for ch in ['06B-1', '08A-1', '08B-1', '10A-1', '10B-1', '12A-1', '12B-1', '16A-1', '16B-1', '20A-1', '12A-2', '16A-2', '08B-2']:
        for links in range(40, 202, 2):
            for br in ['华链', '椿本']:
                if rng.random() < 0.6:
                    continue
                C.add(5, 3, '滚子链', {'std': 'GB/T 1243', 'model': ch, 'links': str(links), 'brand': br}, '条', 'chain')
    for ch in ['CA550', 'CA555', 'CA557', 'CA620', 'CA627', 'S32', 'S38', 'S45', 'S55', 'S62', '38.4R', 'C2060']:
        for att in ['无', 'K1', 'K2', 'F1']:
            for links in range(40, 160, 2):
                if rng.random() < 0.8:
                    continue
                C.add(5, 4, '农机链条', {'model': ch, 'att': att, 'links': str(links), 'brand': rng.choice(['华链', '椿本', '本厂'])}, '条', 'agchain')

    # ---------------- electrical
    for v in ['12V', '24V']:
        for pins in ['4', '5']:
            for a in ['20A', '30A', '40A', '70A']:
                for br in ['宏发', '佛山']:
                    C.add(6, 1, '继电器', {'volt': v, 'pins': pins, 'amp': a, 'brand': br}, '只', 'relay')
    for base, watts in [('H1', ['55W', '70W', '100W']), ('H3', ['55W', '70W', '100W']), ('H4', ['60/55W', '75/70W', '100/90W']),
                        ('H7', ['55W', '70W']), ('BA15s', ['10W', '21W']), ('BAY15d', ['21/5W']), ('T10', ['5W']), ('BA9s', ['4W', '5W'])]:
        for v in ['12V', '24V']:
            for w in watts:
                for br in ['飞利浦', '欧司朗', '佛山']:
                    C.add(6, 2, '灯泡', {'base': base, 'volt': v, 'watt': w, 'brand': br}, '只', 'bulb')
    for csz in ['迷你', '标准', '大号']:
        for a in ['3A', '5A', '7.5A', '10A', '15A', '20A', '25A', '30A', '40A']:
            for br in ['宏发', '佛山']:
                C.add(6, 3, '插片保险', {'csize': csz, 'amp': a, 'brand': br}, '只', 'fuse')
    for holes, code in [('1', '7011'), ('2', '7021'), ('3', '7031'), ('4', '7041'), ('6', '7061'), ('8', '7081'), ('10', '7101')]:
        for term in ['1.5', '2.8', '3.5', '6.3']:
            for g, gc in [('公', '11'), ('母', '21')]:
                C.add(6, 4, '连接器护套', {'model': 'DJ%s-%s-%s' % (code, term, gc), 'holes': holes, 'term': term, 'gender': g}, '只', 'conn')
    for x in ['0.5', '0.75', '1.0', '1.5', '2.5', '4.0', '6.0', '10', '16', '25']:
        for c in COLOR_EN:
            C.add(6, 5, '汽车导线', {'model': 'QVR', 'xsec': x, 'color': c}, '米', 'wire')

    for t in ['OT', 'UT']:
        for x in ['1.5', '2.5', '4', '6', '10', '16', '25']:
            for stud in ['3', '4', '5', '6', '8', '10', '12']:
                for m in ['紫铜镀锡', '黄铜']:
                    if rng.random() < 0.3:
                        continue
                    C.add(6, 6, '冷压端子', {'model': '%s%s-%s' % (t, x, stud), 'mat': m}, '只', 'term')
    for ser, szs in [('WU', ['25x80', '40x100', '63x80', '63x180', '100x100', '100x180', '160x180', '250x180', '400x180']),
                     ('ZU-H', ['63x10', '63x20', '100x10', '100x20', '160x10', '250x10', '250x20']),
                     ('TZX2', ['63x10', '100x20', '160x30', '250x10', '400x20'])]:
        for sz in szs:
            for suf in ['', 'P', 'J']:
                if rng.random() < 0.3:
                    continue
                for br in rng.sample(['平原', '弗列加', '本厂'], 2):
                    C.add(7, 4, '液压滤芯', {'model': '%s-%s%s' % (ser, sz, ('-' + suf) if suf else ''), 'brand': br}, '个', 'filter')
    # ---------------- filters
    for fam, sub, models in [('机油滤清器', 1, ['JX0706', 'JX0708', 'JX0710', 'JX0810', 'JX0810B', 'JX0811', 'JX0814', 'JX1008',
                                             'JX1008A', 'JX1012', 'JX85100', 'JX85100C', 'JX0818', 'JX1016']),
                             ('柴油滤清器', 2, ['CX0706', 'CX0708', 'CX0708A', 'CX0710', 'CX0710B', 'CX0711', 'CX0712', 'CX0814', 'CX1012']),
                             ('空气滤清器', 3, ['K1530', 'K1835', 'K2036', 'K2036A', 'K2340', 'K2640', 'K2841', 'K2841A', 'K3048'])]:
        for mo in models:
            for br in rng.sample(['平原', '弗列加', '曼牌', '本厂'], 1 if rng.random() < 0.5 else 2):
                C.add(7, sub, fam, {'model': mo, 'brand': br}, '个', 'filter')
    return C


# --------------------------------------------------------------------------- renderings used by catalogue text
def size_forms(fam, v, en=False):
    m = re.match(r'^M(\d+)x([\d.]+)x(\d+)$', v)
    if m:
        d, p, L = m.groups()
        return ['M%sx%sx%s' % (d, p, L), 'M%s×%s×%s' % (d, p, L), 'M%s*%s*%s' % (d, p, L), 'M%sx%s-%s' % (d, p, L)]
    m = re.match(r'^M(\d+)x(\d+)$', v)
    if m and fam not in ('六角螺母', '六角法兰面螺母', '尼龙锁紧螺母'):
        d, L = m.groups()
        return ['M%sx%s' % (d, L), 'M%s*%s' % (d, L), 'M%s×%s' % (d, L), 'm%s-%s' % (d, L), 'M%sX%s' % (d, L), 'M%s x %s' % (d, L)]
    if re.match(r'^M\d+x[\d.]+$', v):
        d, p = v[1:].split('x')
        return [v, 'M%s×%s' % (d, p), 'M%s*%s' % (d, p), '细牙M%s×%s' % (d, p) if not en else 'M%s fine %s' % (d, p)]
    if re.match(r'^M\d+$', v):
        if fam in ('平垫圈', '弹簧垫圈', '组合垫圈'):
            return [v, 'Φ' + v[1:], v[1:] + '的', 'φ' + v[1:]]
        return [v, v.lower()]
    parts = v.split('x')
    if fam == 'O型圈':
        i, cs = parts
        return ['%sx%s' % (i, cs), '%s×%s' % (i, cs), '%s*%s' % (i, cs), 'Φ%s×%s' % (i, cs),
                ('内径%s线径%s' % (i, cs)) if not en else 'ID%s CS%s' % (i, cs)]
    return ['x'.join(parts), '×'.join(parts), '*'.join(parts), '-'.join(parts)]


def std_forms(v, en=False, declared=True):
    org, n = v.split(' ')
    out = [v, org + n]
    if org == 'GB/T':
        out += ['GB' + n, 'GB ' + n]
        if not en:
            out += ['国标' + n]
    elif org == 'JB/T':
        out += ['JB' + n]
    elif org == 'DIN' and not en:
        out += ['德标' + n]
    if declared:
        for e in EQUIV.get(v, []):
            o2, n2 = e.split(' ')
            out += [e, o2 + n2]
            if o2 == 'DIN' and not en:
                out.append('德标' + n2)
    return out


SEAL_V = {'': [''], '-Z': ['-Z', 'Z'], '-2Z': ['-2Z', '-ZZ', 'ZZ', '2Z'], '-RS': ['-RS', 'RS', '-RS1'],
          '-2RS': ['-2RS', '2RS', '-2RS1', 'DDU', '-2RSR', 'LLU'], 'N': ['N'], 'NR': ['NR']}
OLD_SEAL = {'': '', '-Z': '60', '-2Z': '80', '-RS': '160', '-2RS': '180', 'N': '50', 'NR': '150'}


def bdes_forms(v):
    m = re.match(r'^(6[0239]\d\d)(-Z|-2Z|-RS|-2RS|N|NR|)(/C3|)$', v)
    if m:
        base, seal, clr = m.groups()
        out = []
        for s in SEAL_V[seal]:
            for c in ([''] if not clr else ['/C3', ' C3', 'C3']):
                out.append(base + s + c)
        if not clr and base[:2] in ('60', '62', '63'):
            n = {'60': '1', '62': '2', '63': '3'}[base[:2]] + base[2:]
            out.append(OLD_SEAL[seal] + n)
        return out
    m = re.match(r'^(30[23]|32[02])(\d\d)(/P6|)$', v)
    if m:
        a, b, suf = m.groups()
        old = {'302': '72' + b + 'E', '303': '73' + b + 'E', '322': '75' + b + 'E', '320': '20071' + b + 'E'}[a]
        return [a + b + suf, a + b + suf.replace('/', ' ')] + ([old] if not suf else [])
    return [v, v.replace('/', '-')]


# --------------------------------------------------------------------------- catalogue text (clerk habits)
CLERKS = ['孙工', '小刘', 'JV-ERP', '台湾供应商', '日本供应商']


def row_text(row, rng):
    a = row['attrs']
    fam = a['fam']
    zh, en, ja, short, py, _ = FAM[fam]
    clerk = rng.choices(CLERKS, [45, 25, 12, 10, 8])[0]
    row['clerk'] = clerk
    bits_f, bits_s, bits_e = [], [], []  # formal, shorthand, english
    for k in ['std', 'bdes', 'model', 'sec', 'blen', 'lip', 'size', 'thr', 'hgrade', 'dn', 'hlen', 'ends', 'bore', 'rod', 'stroke',
              'spool', 'grade', 'mat', 'hard', 'fin', 'mount', 'rot', 'shaft', 'ctype', 'volt', 'pins', 'amp', 'base', 'watt', 'csize',
              'holes', 'term', 'gender', 'xsec', 'color', 'att', 'links', 'brand']:
        if k not in a:
            continue
        v = a[k]
        if k == 'std':
            bits_f.append(v); bits_s.append('GB' + v.split(' ')[1] if v.startswith('GB') else v)
            bits_e.append((EQUIV.get(v) or [v])[-1]); continue
        if k == 'size':
            sf = size_forms(fam, v, True)
            bits_f.append(sf[2] if len(sf) > 2 and '×' in sf[2] else sf[0]); bits_s.append(sf[0].replace('x', '*')); bits_e.append(sf[0].upper()); continue
        if k == 'grade':
            bits_f.append(v + ('级' if '-' not in v else '')); bits_s.append(v); bits_e.append('CL' + v if '-' not in v else v); continue
        if k in ('mat',):
            if v == '碳钢':
                continue
            zf, ef = MAT_F.get(v, ([v], [v]))
            bits_f.append(zf[0]); bits_s.append(zf[-1] if v.startswith('SS') else zf[0]); bits_e.append(ef[0]); continue
        if k == 'fin':
            bits_f.append(('镀' + v) if '锌' in v else v); bits_s.append(FIN_F[v][0][1]); bits_e.append(FIN_F[v][1][0].upper()); continue
        if k == 'brand':
            bits_f.append(v); bits_s.append(BRAND_F[v][0][-1]); bits_e.append(BRAND_F[v][1][0]); continue
        if k == 'hard':
            bits_f.append('%sShA' % v); bits_s.append(v); bits_e.append('%s SHORE A' % v); continue
        if k == 'bdes':
            fs = bdes_forms(v); bits_f.append(fs[0]); bits_s.append(fs[min(1, len(fs) - 1)] if fam == '深沟球轴承' else fs[0]); bits_e.append(fs[0]); continue
        if k == 'att' and v == '无':
            continue
        zt, et = GEN[k]
        bits_f.append(zt[0].format(v)); bits_s.append(v); bits_e.append(et[0].format(ENMAP.get(v, COLOR_EN.get(v, v))))
    if clerk == '孙工':
        name, spec = fam, ' '.join(bits_f)
    elif clerk == '小刘':
        name, spec = short, ' '.join(bits_s)
    elif clerk == 'JV-ERP':
        name, spec = en[0].upper(), ' '.join(bits_e).upper()
    elif clerk == '台湾供应商':
        name, spec = to_trad(zh[0] if fam not in ('六角头螺栓', '十字槽盘头螺钉') else zh[-1]), to_trad(' '.join(bits_f).replace('级', '級'))
    else:
        name, spec = ja, ' '.join(bits_f).replace('级', '').replace('镀', '').replace('蓝白锌', '三価ホワイト').replace('彩锌', '三価クロメート').replace('发黑', '黒染め')
    row['name'], row['spec'] = name, spec


def mnemonic(row):
    a = row['attrs']
    py = FAM[a['fam']][4]
    parts = [py]
    for k in ['bdes', 'model', 'sec', 'blen', 'size', 'thr', 'grade', 'dn', 'hlen', 'bore', 'rod', 'stroke', 'volt', 'amp', 'watt']:
        if k in a:
            parts.append(a[k].replace('.', '').replace('/', '').replace('x', 'X').replace('-', '').replace('°', ''))
    if 'fin' in a:
        parts.append({'蓝白锌': 'LBX', '彩锌': 'CX', '发黑': 'FH', '达克罗': 'DKL', '本色': 'BS'}[a['fin']])
    return '-'.join(parts)[:40]


OLDPRE = {'紧固件': 'BJ', '轴承': 'ZC', '密封件': 'MF', '液压件': 'YY', '传动件': 'CD', '电气件': 'DQ', '滤清器': 'LQ'}


def norm_code(s):
    return re.sub(r'[\s\-_]', '', s.upper().translate(FW))


FW = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}


def attr_key(row):
    return tuple(sorted(row['attrs'].items()))


def assign_aliases(rows, rng):
    # mnemonic for every row
    for r in rows:
        r['mn'] = mnemonic(r)
        r['aliases'] = [r['mn']]
    # old numbers from the U8 era: ~30% of rows; near-duplicate pairs get X-115 / X-115B
    used = {}
    by_cat = {}
    for r in rows:
        by_cat.setdefault(r['category'], []).append(r)
    pairs = []
    for cat, lst in by_cat.items():
        pre = OLDPRE[cat]
        pool = list(range(10, 9999))
        rng.shuffle(pool)
        pi = 0
        idx = {}
        for r in lst:
            r['old'] = None
        for r in lst:
            if rng.random() > 0.30 or r['old']:
                continue
            n = pool[pi]; pi += 1
            r['old'] = '%s-%d' % (pre, n)
            # near duplicate sibling: same fam, differs in exactly one attribute
            if rng.random() < 0.35:
                sib = find_neighbour(r, lst, rng)
                if sib is not None and not sib['old']:
                    sib['old'] = '%s-%d%s' % (pre, n, rng.choice('ABC'))
                    pairs.append((r, sib))
        for r in lst:
            if r['old']:
                r['aliases'].append(r['old'])
    # model codes / maker part numbers as aliases where they name exactly one row
    cnt = {}
    for r in rows:
        m = r['attrs'].get('model') or r['attrs'].get('bdes')
        if m:
            cnt[m] = cnt.get(m, 0) + 1
    for r in rows:
        a = r['attrs']
        m = a.get('model') or a.get('bdes')
        if m and cnt[m] == 1 and a['fam'] not in ('深沟球轴承',):
            r['aliases'].append(m)
        if a.get('brand') == 'NOK':
            r['aliases'].append('AE%04d-E%d' % (rng.randint(1000, 9999), rng.randint(0, 5)))
        if a.get('brand') == '弗列加':
            r['aliases'].append('FG%s%04d' % ({'机油滤清器': 'LF', '柴油滤清器': 'FF', '空气滤清器': 'AF', '液压滤芯': 'HF'}[a['fam']], rng.randint(1000, 9999)))
        if r['clerk'] == 'JV-ERP':
            r['aliases'].append('%s %s' % (FAM[a['fam']][1][0], r['spec'].lower()))
    return pairs


def find_neighbour(r, lst, rng):
    a = r['attrs']
    keys = [k for k in a if k != 'fam']
    rng.shuffle(keys)
    for k in keys:
        for o in NEIGH.get((a['fam'],) + tuple(sorted((kk, vv) for kk, vv in a.items() if kk != k)), []):
            if o is not r:
                return o
    return None


NEIGH = {}


def build_neigh(rows):
    NEIGH.clear()
    for r in rows:
        a = r['attrs']
        for k in a:
            if k == 'fam':
                continue
            NEIGH.setdefault((a['fam'],) + tuple(sorted((kk, vv) for kk, vv in a.items() if kk != k)), []).append(r)


# --------------------------------------------------------------------------- queries
def codes_of(row):
    # a code is the material number or any alias written without blanks (descriptions are not codes)
    return {norm_code(row['number'])} | {norm_code(x) for x in row['aliases'] if not re.search(r'\s', x)}


def fits(row, states):
    a = row['attrs']
    for k, vals in states.items():
        if k == 'code':
            if not (codes_of(row) & vals):
                return False
        elif a.get(k) not in vals:
            return False
    return True


class Index:
    def __init__(self, rows):
        self.rows = rows
        self.by = {}
        self.code = {}
        for i, r in enumerate(rows):
            for k, v in r['attrs'].items():
                self.by.setdefault((k, v), set()).add(i)
            for c in codes_of(r):
                self.code.setdefault(c, set()).add(i)

    def fit(self, states):
        res = None
        for k, vals in states.items():
            s = set()
            for v in vals:
                s |= (self.code.get(v, set()) if k == 'code' else self.by.get((k, v), set()))
            res = s if res is None else res & s
        return res if res is not None else set()


def forms_for(k, vals, fam, style):
    """Surface forms of a stated value for a style family ('zh' or 'en')."""
    en = style == 'english'
    vals = frozenset(vals)
    if (k, vals) in SET_F:
        return SET_F[(k, vals)][1 if en else 0]
    if k == 'fam' and len(vals) > 1:
        cat = FAM_CAT[sorted(vals)[0]]
        return {'轴承': (['轴承'], ['bearing']), '紧固件': (['螺丝'], ['fastener'])}[cat][1 if en else 0]
    (v,) = vals
    if k == 'fam':
        return FAM[v][1 if en else 0]
    if k == 'std':
        return std_forms(v, en, v in EQUIV) if v in EQUIV or ' ' in v else [v]
    if k == 'size':
        return size_forms(fam, v, en)
    if k == 'grade':
        if '-' in v:
            return [v]
        return ([v + '级', v, v + '级'] if not en else ['grade ' + v, 'cl.' + v, v]) if '.' in v else \
            ([v + '级', v + '级螺母'] if not en else ['grade ' + v, 'class ' + v])
    if k == 'mat':
        if '/' in v:
            a, b = v.split('/')
            return [v, a + '+' + b] if not en else [v]
        return MAT_F[v][1 if en else 0]
    if k == 'fin':
        return FIN_F[v][1 if en else 0]
    if k == 'brand':
        return BRAND_F[v][1 if en else 0]
    if k == 'bdes':
        return bdes_forms(v)
    if k == 'code':
        return [v]
    if k == 'dn':
        n = int(v[2:])
        return [v, '通径%d' % n, '-%s' % {6: '04', 8: '05', 10: '06', 12: '08', 16: '10', 19: '12', 25: '16'}[n]] if not en else [v, 'DN %d' % n]
    if k == 'hgrade':
        alt = {'1SN': ['1SN', 'R1AT', '100R1AT', '一层钢丝'], '2SN': ['2SN', 'R2AT', '100R2AT', '两层钢丝'], '4SP': ['4SP', '四层钢丝缠绕']}[v]
        return alt if not en else [x for x in alt if x.isascii()]
    if k == 'ends' and en:
        return [v.replace('母', ' female'), v.replace('母', 'F')]
    if k == 'att' and v == '无':
        return ['不带附件', '无附件'] if not en else ['plain', 'no attachment']
    zt, et = GEN[k]
    if en:
        return [t.format(ENMAP.get(v, COLOR_EN.get(v, v))) for t in et]
    return [t.format(v) for t in zt]


ORDER = ['std', 'fam', 'bdes', 'model', 'lip', 'sec', 'blen', 'size', 'thr', 'ctype', 'spool', 'grade', 'mat', 'hard', 'fin', 'hgrade', 'dn',
         'hlen', 'ends', 'bore', 'rod', 'stroke', 'mount', 'rot', 'shaft', 'volt', 'pins', 'amp', 'base', 'watt', 'csize', 'holes', 'term',
         'gender', 'xsec', 'color', 'att', 'links', 'brand', 'code']

CHAT_ZH = ['{x}还有货吗', '仓库{x}还有多少', '帮我查下{x}', '{x}有没有，要{n}个', '车间要{n}个{x}，库里有吗', '{x} 库存多少',
           '麻烦看下{x}还剩几个', '领料：{x} {n}个', '问下{x}在哪个货位', '{x}到货了没', '急！{x}，修收割机用', '老孙，{x}还有吗？',
           '{x}给我备{n}个', '拖拉机返修要{x}，有现货不']
CHAT_TW = ['請問{x}還有庫存嗎', '{x}有貨嗎', '幫我查一下{x}', '{x}可以出{n}個嗎', '麻煩確認{x}的庫存']
CHAT_EN = ['do we have {x} in stock?', 'need {n} pcs {x}', 'stock check: {x}', '{x} qty on hand?', 'pls check {x}',
           'any {x} left?', 'looking for {x}']
VOICE = ['嗯 那个{x}还有没有', '{x}给我拿{n}个', '喂 仓库吗 {x}有没有', '就是那个{x} 还有吗', '帮我看一下{x}啊', '{x} 有货没有']
SLIP = {'螺栓': '罗栓', '轴承': '周承', '油封': '有封', '镀锌': '度新', '螺母': '罗母', '垫圈': '电圈', '继电器': '继电气',
        '滤清器': '虑清器', '油缸': '油刚', '链条': '连条', '接头': '街头', '保险': '宝险'}


def render(states, fam, style, kind, rng, target):
    keys = [k for k in ORDER if k in states]
    if style != 'formal' and rng.random() < 0.4:
        # storeroom habit: size first, name last
        keys.sort(key=lambda k: {'size': 0, 'bdes': 0, 'model': 0, 'fam': 5}.get(k, 3))
    parts = []
    for k in keys:
        vals = states[k]
        if kind == 'typo' and k == 'fam':
            (v,) = vals
            tl = EN_TYPOS.get(v, []) if style == 'english' else FAM[v][5]
            parts.append(rng.choice(tl))
            continue
        if k == 'code':
            (c,) = vals
            raw = target['codes_raw'].get(c, c)
            t = rng.choice([raw, raw, raw.lower(), raw.replace('-', '')]) if style != 'formal' else raw
            parts.append(t)
            continue
        fl = forms_for(k, vals, fam, style)
        if style == 'voice' and k == 'std':
            fl = [f for f in fl if '/' not in f]
        if style == 'voice' and k == 'dn':
            fl = [f for f in fl if not f.startswith('-')]
        parts.append(fl[0] if style == 'formal' else rng.choice(fl))
    parts = [p for p in parts if p]
    if style == 'voice':
        parts = [voice_code(p, rng) if k in ('code', 'std', 'mat', 'model', 'bdes', 'hgrade') else voice(p, rng) for k, p in zip(keys, parts)]
    tight = style in ('terse', 'chat', 'traditional') and rng.random() < 0.5
    x = parts[0]
    for p in parts[1:]:
        cjk = bool(re.match(r'[\u4e00-\u9fff]', x[-1]) or re.match(r'[\u4e00-\u9fff]', p[0]))
        x += ('' if (tight and cjk) else ' ') + p
    n = rng.choice([2, 4, 5, 10, 20, 50, 100])
    if style == 'chat':
        q = rng.choice(CHAT_ZH).format(x=x, n=n)
    elif style == 'traditional':
        q = to_trad(rng.choice(CHAT_TW + ['{x}']).format(x=x, n=n))
    elif style == 'english':
        q = rng.choice(CHAT_EN + ['{x}']).format(x=x, n=n)
    elif style == 'voice':
        vx = x
        if rng.random() < 0.35:
            for a, b in SLIP.items():
                if a in vx:
                    vx = vx.replace(a, b, 1)
                    break
        if rng.random() < 0.25 and ('size' in states or 'bdes' in states):
            k = 'size' if 'size' in states else 'bdes'
            wrong = rng.choice(['M十二', 'M八', '十六']) if k == 'size' else rng.choice(['六二零五', '六三零四', '三零二'])
            vx = '%s 不对不对 %s' % (wrong, vx)
        q = rng.choice(VOICE).format(x=vx, n=cn_int(n))
    else:
        q = x
    return q.strip()


KINDS = [('fastener', 65), ('standard', 55), ('bearing', 55), ('seal', 40), ('hydraulic', 45), ('electrical', 40), ('drive_filter', 30),
         ('prefix', 40), ('oldnum', 35), ('mnemonic', 35), ('typo', 30), ('nearmiss', 30)]
NULLS = {'nearmiss': 14, 'fastener': 3, 'bearing': 3, 'mnemonic': 2, 'seal': 1, 'hydraulic': 1, 'electrical': 1}
STYLES = ['chat', 'terse', 'formal', 'english', 'traditional', 'voice']
STYLE_W = [34, 20, 8, 13, 10, 15]


def pick_style(kind, rng):
    s = rng.choices(STYLES, STYLE_W)[0]
    if kind in ('prefix', 'oldnum', 'mnemonic') and s == 'formal':
        s = 'terse'
    if kind == 'typo' and s in ('voice', 'formal'):
        s = 'chat'
    return s


def build_queries(rows, pairs, rng):
    IX = Index(rows)
    for r in rows:
        r['codes_raw'] = {norm_code(x): x for x in [r['number']] + r['aliases']}
    cats = {}
    for i, r in enumerate(rows):
        cats.setdefault(r['category'], []).append(i)
    pools = {
        'fastener': cats['紧固件'], 'standard': [i for i, r in enumerate(rows) if 'std' in r['attrs'] and r['attrs']['std'] in EQUIV],
        'bearing': cats['轴承'], 'seal': cats['密封件'], 'hydraulic': cats['液压件'], 'electrical': cats['电气件'],
        'drive_filter': cats['传动件'] + cats['滤清器'],
        'typo': [i for i, r in enumerate(rows) if FAM[r['attrs']['fam']][5]],
    }
    allcodes = sorted(IX.code)
    prefix_codes = []
    for c in allcodes:
        if len(IX.code[c]) != 1 or '.' in c:
            continue
        prefix_codes.append(c)
    pc = set(prefix_codes)
    # codes that are a proper prefix of another stored code
    srt = sorted(IX.code)
    is_prefix = set()
    for j in range(len(srt) - 1):
        if srt[j + 1].startswith(srt[j]) and srt[j] in pc:
            is_prefix.add(srt[j])
    pools['prefix'] = sorted(is_prefix)
    pools['oldnum'] = sorted(c for c in pc if re.match(r'^[A-Z]{2}\d+[ABC]?$', c) and c not in is_prefix and
                             rows[next(iter(IX.code[c]))]['old'] and norm_code(rows[next(iter(IX.code[c]))]['old']) == c)
    mn_all = sorted(set(r['mn'] for r in rows))
    pools['mnemonic'] = [norm_code(m) for m in mn_all]
    used_t = set()
    queries = []

    def unique_states(i, must, opt, coarse=True):
        r = rows[i]
        a = r['attrs']
        st = {k: frozenset([a[k]]) for k in must if k in a}
        if coarse:
            if 'fin' in st and a['fin'] in ('蓝白锌', '彩锌') and rng.random() < 0.3:
                st['fin'] = frozenset(['蓝白锌', '彩锌'])
            if 'mat' in st and a['mat'] in ('SS304', 'SS316') and rng.random() < 0.3:
                st['mat'] = frozenset(['SS304', 'SS316'])
        rest = [k for k in opt if k in a and k not in st]
        rng.shuffle(rest)
        while len(IX.fit(st)) > 1 and rest:
            k = rest.pop()
            st[k] = frozenset([a[k]])
        return st

    for kind, n in KINDS:
        nnull = NULLS.get(kind, 0)
        made = 0
        tries = 0
        while made < n:
            tries += 1
            want_null = made < nnull
            style = pick_style(kind, rng)
            st = None
            expect = None
            if kind in ('prefix', 'oldnum', 'mnemonic'):
                c = rng.choice(pools[kind])
                hit = IX.code[c]
                if kind == 'mnemonic':
                    if want_null != (len(hit) > 1):
                        continue
                    if want_null and len(set(rows[h]['attrs']['fam'] for h in hit)) > 1:
                        continue
                st = {'code': frozenset([c])}
                i = next(iter(sorted(hit)))
                if ('c', c) in used_t:
                    continue
                used_t.add(('c', c))
                if rng.random() < 0.3 and style not in ('terse',):
                    st['fam'] = frozenset([rows[i]['attrs']['fam']])
                target = rows[i]
            elif kind == 'nearmiss':
                i = rng.choice(pools['fastener'] + pools['bearing'] + pools['seal'] + pools['hydraulic'] + pools['drive_filter'] + pools['electrical'])
                r = rows[i]
                a = r['attrs']
                target = r
                keys = [k for k in a if k != 'fam']
                if not want_null:
                    k = rng.choice(keys)
                    st = unique_states(i, [k, 'fam'], keys, coarse=False)
                    if len(IX.fit(st)) != 1:
                        continue
                    st2 = dict(st); del st2[k]
                    if len(IX.fit(st2)) < 2:
                        continue
                else:
                    st = unique_states(i, ['fam'], keys, coarse=False)
                    if len(IX.fit(st)) != 1:
                        continue
                    ks = [k for k in st if k not in ('fam',)]
                    k = rng.choice(ks)
                    if k == 'std' and a['std'] in UNDECLARED and rng.random() < 0.7:
                        st[k] = frozenset([UNDECLARED[a['std']]])
                    else:
                        vals = sorted(set(rows[j]['attrs'][k] for j in cats[r['category']] if rows[j]['attrs']['fam'] == a['fam'] and k in rows[j]['attrs']))
                        vals = [v for v in vals if v != a[k]]
                        if not vals:
                            continue
                        st[k] = frozenset([rng.choice(vals)])
                    if len(IX.fit(st)) != 0:
                        continue
            else:
                i = rng.choice(pools[kind])
                r = rows[i]
                a = r['attrs']
                target = r
                keys = [k for k in a if k != 'fam']
                must = ['fam'] if rng.random() < 0.8 or kind == 'typo' else []
                if kind == 'standard':
                    must += ['std']
                if kind == 'bearing':
                    must = ['bdes'] + (['fam'] if rng.random() < 0.4 else [])
                    if rng.random() < 0.15 and 'std' in a:
                        must.append('std')
                    opt = ['brand'] if not want_null else []
                elif kind == 'fastener':
                    must.append('size')
                    opt = keys
                else:
                    opt = keys
                if want_null:
                    # ambiguous: state a subset that fits two or more rows equally
                    st = {k: frozenset([a[k]]) for k in must if k in a}
                    extra = [k for k in keys if k not in st]
                    rng.shuffle(extra)
                    for k in extra[:rng.randint(0, 2)]:
                        st[k] = frozenset([a[k]])
                    f = IX.fit(st)
                    if not (2 <= len(f) <= 6):
                        continue
                else:
                    st = unique_states(i, must, opt)
                    if len(IX.fit(st)) != 1:
                        continue
            key = (kind, tuple(sorted((k, tuple(sorted(v))) for k, v in st.items())))
            if key in used_t:
                continue
            used_t.add(key)
            f = IX.fit(st)
            expect = rows[next(iter(f))]['number'] if len(f) == 1 else None
            if want_null and expect is not None:
                continue
            if not want_null and expect is None:
                continue
            fam = target['attrs']['fam']
            if kind == 'typo' and style == 'english' and fam not in EN_TYPOS:
                style = 'chat'
            q = render(st, fam, style, kind, rng, target)
            queries.append({'query': q, 'expect': expect, 'kind': kind, 'style': style, 'states': st})
            made += 1
    order = list(range(len(queries)))
    rng.shuffle(order)
    return [queries[j] for j in order]


def build():
    rng = random.Random(SEED)
    C = build_catalogue(rng)
    rows = C.rows
    for r in rows:
        row_text(r, rng)
    build_neigh(rows)
    pairs = assign_aliases(rows, rng)
    queries = build_queries(rows, pairs, rng)
    return rows, queries, pairs


def serialise(rows, queries):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for r in rows:
        w.writerow([r['number'], r['name'], r['spec'], r['unit'], r['category'], ';'.join(r['aliases'])])
    ql = ''.join(json.dumps({'query': q['query'], 'expect': q['expect'], 'kind': q['kind'], 'style': q['style']},
                            ensure_ascii=False) + '\n' for q in queries)
    return buf.getvalue(), ql


def main():
    rows, queries, pairs = build()
    cat, ql = serialise(rows, queries)
    with open(os.path.join(HERE, 'catalogue.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(cat)
    with open(os.path.join(HERE, 'queries.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write(ql)
    print('rows', len(rows), 'queries', len(queries), 'nulls', sum(q['expect'] is None for q in queries), 'pairs', len(pairs))


if __name__ == '__main__':
    main()
