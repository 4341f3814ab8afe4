#!/usr/bin/env python3
"""Blind standard-parts catalogue for 宁波甬岳塑机有限公司 (invented), K/3 Cloud material master.

stdlib only, fixed seed, byte-identical output.  `python3 generate.py` writes catalogue.csv and
queries.jsonl next to this file.  check.py imports build() and re-derives everything in memory.
"""
import csv, io, json, os, random, re

SEED = 20240514

# ---------------------------------------------------------------- declared equivalent standards
# The plant's 标准件对照表: only these are declared equivalent.  DIN 125 washers are NOT declared
# equal to GB/T 97.1 (kept apart for imported German power units) and GB/T 119.1 / 119.2 differ.
EQUIV = [
    ['GB/T 5782', 'DIN 931', 'ISO 4014'],
    ['GB/T 5783', 'DIN 933', 'ISO 4017'],
    ['GB/T 70.1', 'DIN 912', 'ISO 4762'],
    ['GB/T 70.2', 'ISO 7380'],
    ['GB/T 70.3', 'DIN 7991', 'ISO 10642'],
    ['GB/T 6170', 'DIN 934', 'ISO 4032'],
    ['GB/T 889.1', 'DIN 985', 'ISO 10511'],
    ['GB/T 97.1', 'ISO 7089'],
    ['GB/T 93', 'DIN 127'],
    ['GB/T 77', 'DIN 916'],
    ['GB/T 78', 'DIN 914'],
    ['GB/T 894', 'DIN 471'],
    ['GB/T 893', 'DIN 472'],
    ['GB/T 91', 'DIN 94', 'ISO 1234'],
    ['GB/T 5789', 'DIN 6921'],
    ['GB/T 818', 'ISO 7045'],
    ['GB/T 825', 'DIN 580'],
    ['ISO 8434-1', 'DIN 2353'],
]
EQUIV_OF = {}
for grp in EQUIV:
    for s in grp:
        EQUIV_OF[s] = grp

CN_DIGIT = '零一二三四五六七八九'


def cn_int(n):
    n = int(n)
    if n < 10:
        return CN_DIGIT[n]
    if n < 20:
        return '十' + (CN_DIGIT[n % 10] if n % 10 else '')
    if n < 100:
        return CN_DIGIT[n // 10] + '十' + (CN_DIGIT[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        s = CN_DIGIT[h] + '百'
        if r == 0:
            return s
        if r < 10:
            return s + '零' + CN_DIGIT[r]
        return s + (CN_DIGIT[r // 10] + '十' + (CN_DIGIT[r % 10] if r % 10 else ''))
    if n < 10000:
        t, r = divmod(n, 1000)
        s = CN_DIGIT[t] + '千'
        if r == 0:
            return s
        if r < 100:
            return s + '零' + cn_int(r)
        return s + cn_int(r)
    return ''.join(CN_DIGIT[int(c)] for c in str(n))


def speak(s, rnd):
    """Chinese spoken numbers as a voice-input app writes them."""
    s = re.sub(r'(?<=\d)\s*[xX*×]\s*(?=\d)', '乘', s)

    def num(m):
        t = m.group(0)
        if '.' in t:
            a, b = t.split('.', 1)
            return cn_int(a) + '点' + ''.join(CN_DIGIT[int(c)] for c in b)
        if len(t) >= 4 or (len(t) > 1 and t[0] == '0'):
            out = ''.join(CN_DIGIT[int(c)] for c in t)
            if rnd.random() < 0.4:
                out = out.replace('一', '幺')
            return out
        return cn_int(t)
    return re.sub(r'\d+(?:\.\d+)?', num, s)


T2S = dict(zip(
    '螺钉垫圈锌镀发轴承阀电换向继器接触线缆热圆头内紧销键环胶滤压表断关进钢编织软节单叶齿轮过组导带尘杆总弯变终铜针护熔态钮灯间辅与锈黄绿蓝红达罗库还吗没个这请帮货领规号龙锁弹盘吊双挡沟调滚针线座应铸铝云偶开闭见给补块万两测卡专业点数问题实际样机顺吧对错说话认识读写记录门户签名动静态体积质温湿时会计划执处设备检验称装运输储售购买价钱费额账余额统图标识码级欧姆乐风门准盖尔铁伏千瓦长宽厚径孔',
    '螺釘墊圈鋅鍍發軸承閥電換向繼器接觸線纜熱圓頭內緊銷鍵環膠濾壓錶斷關進鋼編織軟節單葉齒輪過組導帶塵桿總彎變終銅針護熔態鈕燈間輔與鏽黃綠藍紅達羅庫還嗎沒個這請幫貨領規號龍鎖彈盤吊雙擋溝調滾針線座應鑄鋁雲偶開閉見給補塊萬兩測卡專業點數問題實際樣機順吧對錯說話認識讀寫記錄門戶簽名動靜態體積質溫濕時會計劃執處設備檢驗稱裝運輸儲售購買價錢費額賬餘額統圖標識碼級歐姆樂風門準蓋爾鐵伏千瓦長寬厚徑孔'))


def trad(s):
    return ''.join(T2S.get(c, c) for c in s)


# ---------------------------------------------------------------- type words
# zh[0] formal, zh[1:] storeroom; en; typo = misspellings of the long name seen in chat
TYPES = {
    'hexbolt': dict(zh=['六角头螺栓', '外六角螺栓', '外六角', '六角螺丝'], en=['hex bolt', 'hex head bolt', 'HEX BOLT'], py='WLJ',
                    typo=['六角头螺拴', '外六角螺检', '六角投螺栓', 'hex bolf']),
    'shcs': dict(zh=['内六角圆柱头螺钉', '内六角螺钉', '杯头螺丝', '杯头内六角'], en=['socket head cap screw', 'SHCS', 'cap screw'], py='BT',
                 typo=['内六角园柱头螺钉', '内六角圆住头螺钉', '内六角圆柱头螺丁', '内六角圆柱投螺钉', 'socket head cap srew', 'sokcet head cap screw']),
    'csk': dict(zh=['内六角沉头螺钉', '沉头内六角', '平杯内六角'], en=['countersunk socket screw', 'flat head socket cap screw'], py='CT',
                typo=['内六角沉投螺钉', '内六角陈头螺钉', '内六角沉头罗钉', 'countersunk sockt screw']),
    'bhcs': dict(zh=['内六角半圆头螺钉', '圆杯内六角', '半圆头内六角'], en=['button head socket screw', 'button head cap screw'], py='YB',
                 typo=['内六角半园头螺钉', '内六角伴圆头螺钉', 'buton head socket screw']),
    'setscrew': dict(zh=['内六角紧定螺钉', '机米螺丝', '机米', '紧定螺丝'], en=['socket set screw', 'grub screw', 'set screw'], py='JM',
                     typo=['内六角紧订螺钉', '内六角紧定螺丁', '内六角尽定螺钉', 'socket set scerw']),
    'nut': dict(zh=['六角螺母', '螺母', '螺帽', '六角螺帽'], en=['hex nut', 'nut'], py='LM', typo=['六角螺毋', '六角罗母']),
    'thinnut': dict(zh=['六角薄螺母', '薄螺母', '薄螺帽'], en=['thin hex nut', 'jam nut'], py='BLM', typo=['六角簿螺母', '六角薄罗母']),
    'nylonnut': dict(zh=['尼龙锁紧螺母', '防松螺母', '尼龙螺母', '尼龙自锁螺母'], en=['nylon lock nut', 'nyloc nut', 'nylon insert lock nut'], py='NLM',
                     typo=['尼龙锁紧螺毋', '尼笼锁紧螺母', '尼龙所紧螺母', 'nylon lokc nut']),
    'flangenut': dict(zh=['六角法兰面螺母', '法兰螺母', '法兰螺帽'], en=['hex flange nut', 'flange nut'], py='FLM',
                      typo=['六角法兰面螺毋', '六角发兰面螺母', 'hex flang nut']),
    'washer': dict(zh=['平垫圈', '平垫', '垫片', '平介子'], en=['flat washer', 'plain washer', 'washer'], py='PD', typo=['平垫卷', '平电圈']),
    'bigwasher': dict(zh=['大垫圈', '大平垫', '加大平垫'], en=['large flat washer', 'fender washer'], py='DPD', typo=['大垫卷']),
    'springwasher': dict(zh=['标准型弹簧垫圈', '弹垫', '弹簧垫', '弹簧垫圈'], en=['spring lock washer', 'spring washer', 'split washer'], py='TD',
                         typo=['标准型弹黄垫圈', '标准型弹簧垫卷', '标准形弹簧垫圈', 'spring lock washr']),
    'stud': dict(zh=['双头螺柱', '双头螺丝', '牙条螺柱'], en=['double end stud', 'stud bolt'], py='SL', typo=['双头罗柱', '双投螺柱', 'double end stub']),
    'pin': dict(zh=['圆柱销', '定位销', '销钉'], en=['dowel pin', 'parallel pin'], py='YZX', typo=['园柱销', '圆柱稍']),
    'taperpin': dict(zh=['圆锥销', '锥销'], en=['taper pin'], py='YZX', typo=['园锥销', '圆椎销']),
    'splitpin': dict(zh=['开口销', '开尾销', '插销'], en=['split pin', 'cotter pin'], py='KKX', typo=['开口消', '开口销子', 'coter pin']),
    'shaftclip': dict(zh=['轴用弹性挡圈', '轴用卡簧', '外卡簧', '轴卡'], en=['external retaining ring', 'shaft circlip'], py='ZKH',
                      typo=['轴用弹性档圈', '轴用弹姓挡圈', '轴用弹性挡卷', 'external retaning ring']),
    'boreclip': dict(zh=['孔用弹性挡圈', '孔用卡簧', '内卡簧', '孔卡'], en=['internal retaining ring', 'bore circlip'], py='KKH',
                     typo=['孔用弹性档圈', '孔用弹姓挡圈', '孔用弹性挡卷', 'internal retaning ring']),
    'key': dict(zh=['普通平键', '平键', '键'], en=['parallel key', 'flat key'], py='PJ', typo=['普通平建', '普通平键子']),
    'eyebolt': dict(zh=['吊环螺钉', '吊环', '吊环螺丝'], en=['eye bolt', 'lifting eye bolt'], py='DH', typo=['吊还螺钉', '掉环螺钉']),
    'panhead': dict(zh=['十字槽盘头螺钉', '十字盘头螺丝', '盘头十字'], en=['cross recessed pan head screw', 'pan head screw'], py='PT',
                    typo=['十字槽盘投螺钉', '十字曹盘头螺钉', '十字槽盘头罗钉', 'cross recesed pan head screw']),
    'flangebolt': dict(zh=['六角法兰面螺栓', '法兰螺栓', '法兰面螺丝'], en=['hex flange bolt', 'flange bolt'], py='FLS',
                       typo=['六角法兰面螺拴', '六角发兰面螺栓', '六角法兰面罗栓', 'hex flange blot']),
    'tbolt': dict(zh=['T型槽用螺栓', 'T型螺栓', 'T形螺丝'], en=['T-slot bolt', 'tee bolt'], py='TXL', typo=['T型曹用螺栓', 'T型槽用罗栓']),
    # bearings
    'dgbb': dict(zh=['深沟球轴承', '轴承', '球轴承'], en=['deep groove ball bearing', 'ball bearing', 'bearing'], py='SGQ',
                 typo=['深勾球轴承', '深沟求轴承', '深沟球轴成', 'deep grove ball bearing', 'deep groove ball bearng']),
    'acbb': dict(zh=['角接触球轴承', '角接触轴承'], en=['angular contact ball bearing', 'angular contact bearing'], py='JJC',
                 typo=['角接处球轴承', '角接触球轴成', 'angular contact ball bearng']),
    'trb': dict(zh=['圆锥滚子轴承', '锥轴承', '圆锥轴承'], en=['tapered roller bearing', 'taper roller bearing'], py='YZGZ',
                typo=['圆锥滚仔轴承', '园锥滚子轴承', '圆锥滚子轴成', 'taperd roller bearing']),
    'crb': dict(zh=['圆柱滚子轴承', '圆柱轴承'], en=['cylindrical roller bearing'], py='YZGZ',
                typo=['圆柱滚仔轴承', '园柱滚子轴承', 'cylindrical roler bearing']),
    'srb': dict(zh=['调心滚子轴承', '调心轴承'], en=['spherical roller bearing'], py='TXGZ', typo=['调心滚仔轴承', '条心滚子轴承', 'spherical roler bearing']),
    'thrust': dict(zh=['推力球轴承', '平面轴承', '推力轴承'], en=['thrust ball bearing', 'thrust bearing'], py='TLQ', typo=['推历球轴承', '推力球轴成', 'thrust ball bearng']),
    'linear': dict(zh=['直线轴承', '直线轴套'], en=['linear bushing', 'linear bearing'], py='ZXZC', typo=['直线轴成', '直线周承']),
    'pillow': dict(zh=['带座外球面轴承', '带座轴承', '座式轴承'], en=['pillow block bearing', 'mounted bearing'], py='DZZC',
                   typo=['带座外球面轴成', '代座外球面轴承', 'pillow blcok bearing']),
    # seals
    'oring': dict(zh=['O形橡胶密封圈', 'O型圈', 'O圈', '密封圈'], en=['O-ring', 'o ring'], py='OXQ',
                  typo=['O形橡胶密封卷', 'O形像胶密封圈', 'O型橡胶密風圈', 'O-rign']),
    'oilseal': dict(zh=['骨架油封', '油封', '骨架密封'], en=['oil seal', 'rotary shaft seal'], py='YF', typo=['骨价油封', '骨架由封', '骨架油风', 'oil seel']),
    'rodseal': dict(zh=['活塞杆密封圈', '杆封', '轴用密封圈'], en=['rod seal', 'piston rod seal'], py='GF',
                    typo=['活塞竿密封圈', '活塞杆密风圈', '活赛杆密封圈', 'rod sael']),
    'pistonseal': dict(zh=['活塞密封圈', '活塞封', '孔用密封圈'], en=['piston seal'], py='HSF', typo=['活赛密封圈', '活塞密风圈', 'piston sael']),
    'wiper': dict(zh=['防尘圈', '防尘密封圈', '防尘封'], en=['wiper seal', 'dust wiper', 'scraper'], py='FCQ', typo=['防层圈', '防尘密风圈', 'wipper seal']),
    'wearring': dict(zh=['导向环', '支撑环', '耐磨环'], en=['wear ring', 'guide ring'], py='DXH', typo=['导响环', '导向还', 'waer ring']),
    # hydraulics
    'dirvalve': dict(zh=['电磁换向阀', '换向阀', '电磁阀'], en=['solenoid directional valve', 'directional valve', 'solenoid valve'], py='DCF',
                     typo=['电磁换象阀', '电磁换向伐', '电滋换向阀', '电磁唤向阀', 'solenoid directinal valve', 'solenoyd directional valve']),
    'relief': dict(zh=['直动式溢流阀', '溢流阀', '安全阀'], en=['relief valve', 'pressure relief valve'], py='YLF',
                   typo=['直动式益流阀', '直动式溢留阀', '直动试溢流阀', 'pressure releif valve']),
    'checkvalve': dict(zh=['管式单向阀', '单向阀', '止回阀'], en=['check valve', 'non-return valve'], py='DXF',
                       typo=['管式单响阀', '管式单向伐', '管试单向阀', 'non-retrun valve']),
    'pump': dict(zh=['双联叶片泵', '叶片泵', '油泵'], en=['vane pump', 'hydraulic vane pump'], py='YPB', typo=['叶片崩', '页片泵', 'vane pmup']),
    'hoseassy': dict(zh=['高压胶管总成', '油管总成', '高压油管', '胶管'], en=['hose assembly', 'hydraulic hose assembly'], py='JGZC',
                     typo=['高压胶管总程', '高压交管总成', '高压胶管总城', 'hydraulic hose asembly']),
    'hose': dict(zh=['钢丝编织胶管', '高压胶管', '散装胶管', '油管'], en=['hydraulic hose', 'hose'], py='GSJG',
                 typo=['钢丝编制胶管', '钢丝编织交管', '钢丝编织胶官', 'hydraulc hose']),
    'fitting24': dict(zh=['卡套式管接头', '卡套接头', '卡套'], en=['compression fitting', 'bite type fitting', 'tube fitting'], py='KTJT',
                      typo=['卡套式管结头', '卡套式管接投', '卡套试管接头', 'compresion fitting']),
    'hosefitting': dict(zh=['扣压式胶管接头', '扣压接头', '胶管芯子', '接头芯'], en=['crimp hose fitting', 'hose fitting', 'hose insert'], py='KYJT',
                        typo=['扣压式胶管结头', '扣压式交管接头', '叩压式胶管接头', 'crimp hose fiting']),
    'suction': dict(zh=['网式吸油过滤器', '吸油过滤器', '吸油滤网'], en=['suction strainer', 'suction filter'], py='XYLW',
                    typo=['网式吸油过虑器', '网式吸由过滤器', 'suction strainr']),
    'returnfilter': dict(zh=['回油过滤器', '回油滤', '回油滤油器'], en=['return filter', 'return line filter'], py='HYL',
                         typo=['回油过虑器', '回由过滤器', 'retrun filter']),
    'element': dict(zh=['滤芯', '液压滤芯', '过滤芯'], en=['filter element', 'element'], py='LX', typo=['虑芯', '滤心', 'filter elemnt']),
    'accumulator': dict(zh=['囊式蓄能器', '蓄能器'], en=['bladder accumulator', 'accumulator'], py='XNQ', typo=['囊式蓄能气', '囊式畜能器', 'bladder acumulator']),
    'gauge': dict(zh=['耐震压力表', '压力表', '油压表'], en=['pressure gauge', 'gauge'], py='YLB', typo=['耐振压力表', '耐震压力标', 'pressure guage']),
    'ballvalve': dict(zh=['高压球阀', '球阀'], en=['high pressure ball valve', 'ball valve'], py='QF', typo=['高压求阀', '高压球伐', 'ball vlave']),
    # electrical
    'contactor': dict(zh=['交流接触器', '接触器'], en=['contactor', 'AC contactor'], py='JCQ',
                      typo=['交流接触噐', '交流接处器', '交流节触器', '交流接触气', 'contacter', 'contactr']),
    'overload': dict(zh=['热过载继电器', '热继电器', '热继'], en=['thermal overload relay', 'overload relay'], py='RJ',
                     typo=['热过载继电噐', '热过栽继电器', '热过载继店器', 'thermal overlaod relay']),
    'relay': dict(zh=['中间继电器', '继电器', '小继电器'], en=['relay', 'general purpose relay', 'control relay'], py='ZJJ',
                  typo=['中间继电气', '中间继店器', '中间既电器', 'realy', 'general purpose realy']),
    'breaker': dict(zh=['小型断路器', '断路器', '空开', '空气开关'], en=['miniature circuit breaker', 'MCB', 'circuit breaker'], py='KK',
                    typo=['小型断路噐', '小型短路器', '小形断路器', 'miniature circiut breaker']),
    'terminal': dict(zh=['接线端子', '端子', '导轨端子'], en=['terminal block', 'DIN rail terminal'], py='DZ',
                     typo=['接线端仔', '结线端子', '接线端字', 'terminal blcok']),
    'lug': dict(zh=['冷压端子', '线鼻子', '铜鼻子', '端头'], en=['cable lug', 'crimp terminal', 'ferrule'], py='LYDZ',
                typo=['冷压端仔', '冷压端字', '线鼻字', 'cabel lug']),
    'cable': dict(zh=['电缆', '电线', '护套线'], en=['cable', 'wire'], py='DL', typo=['电览', '电揽', 'cabel']),
    'heater': dict(zh=['加热圈', '电热圈', '加热器'], en=['band heater', 'heater band'], py='JRQ',
                   typo=['加热卷', '加热全', '加然圈', 'band heatr', 'heater bnad']),
    'tc': dict(zh=['热电偶', '感温线', '测温线'], en=['thermocouple', 'TC'], py='RDO', typo=['热电藕', '热点偶', 'thermocoupel']),
    'ssr': dict(zh=['固态继电器', '固态', 'SSR'], en=['solid state relay', 'SSR'], py='GT', typo=['固太继电器', '固态继电气', 'solid sate relay']),
    'prox': dict(zh=['接近开关', '感应开关', '接近传感器'], en=['proximity switch', 'proximity sensor', 'prox'], py='JJKG',
                 typo=['接进开关', '接近开光', '接近开官', 'proximty switch']),
    'button': dict(zh=['按钮', '按钮开关', '平头按钮'], en=['push button', 'pushbutton'], py='AN', typo=['按扭', '按纽', 'push buton']),
}

CATEGORY = {}
for t in ['hexbolt', 'shcs', 'csk', 'bhcs', 'setscrew', 'nut', 'thinnut', 'nylonnut', 'flangenut', 'washer', 'bigwasher',
          'springwasher', 'stud', 'pin', 'taperpin', 'splitpin', 'shaftclip', 'boreclip', 'key', 'eyebolt', 'panhead',
          'flangebolt', 'tbolt']:
    CATEGORY[t] = '紧固件'
for t in ['dgbb', 'acbb', 'trb', 'crb', 'srb', 'thrust', 'linear', 'pillow']:
    CATEGORY[t] = '轴承'
for t in ['oring', 'oilseal', 'rodseal', 'pistonseal', 'wiper', 'wearring']:
    CATEGORY[t] = '密封件'
for t in ['dirvalve', 'relief', 'checkvalve', 'pump', 'hoseassy', 'hose', 'fitting24', 'hosefitting', 'suction',
          'returnfilter', 'element', 'accumulator', 'gauge', 'ballvalve']:
    CATEGORY[t] = '液压件'
for t in ['contactor', 'overload', 'relay', 'breaker', 'terminal', 'lug', 'cable', 'heater', 'tc', 'ssr', 'prox', 'button']:
    CATEGORY[t] = '电气件'
CAT_WORDS = {'紧固件': (['紧固件', '标准件', '螺丝'], ['fastener']), '轴承': (['轴承'], ['bearing']),
             '密封件': (['密封件'], ['seal']), '液压件': (['液压件'], ['hydraulic part']), '电气件': (['电气件'], ['electrical part'])}
CAT_CODE = {'紧固件': '01', '轴承': '02', '密封件': '03', '液压件': '04', '电气件': '05'}
OLD_PREFIX = {'紧固件': 'WJ', '轴承': 'ZC', '密封件': 'MF', '液压件': 'YY', '电气件': 'DQ'}

# ---------------------------------------------------------------- attribute surface forms
GRADE = {
    '4.8': (['4.8级', '4.8'], ['grade 4.8', '4.8'], ['四点八级']),
    '8.8': (['8.8级', '8.8', '8.8级高强'], ['grade 8.8', '8.8', 'cl 8.8'], ['八点八级', '八点八']),
    '10.9': (['10.9级', '10.9', '10.9级高强'], ['grade 10.9', '10.9', 'cl 10.9'], ['十点九级', '十点九']),
    '12.9': (['12.9级', '12.9'], ['grade 12.9', '12.9', 'cl 12.9'], ['十二点九级', '十二点九']),
    'A2-70': (['不锈钢304', 'SS304', '304', 'A2-70', '304不锈钢'], ['SS304', 'A2-70', 'stainless 304', 'A2'], ['不锈钢三零四', '三零四不锈钢', '三零四的']),
    'A4-70': (['不锈钢316', 'SS316', '316', 'A4-70', '316不锈钢'], ['SS316', 'A4-70', 'stainless 316', 'A4'], ['不锈钢三幺六', '三一六不锈钢']),
    '45H': (['45H', '45H级'], ['45H', 'grade 45H'], ['四十五H']),
    '8': (['8级', '8级螺母'], ['class 8', 'grade 8'], ['八级']),
    '10': (['10级', '10级螺母'], ['class 10', 'grade 10'], ['十级']),
    '200HV': (['200HV', '200HV硬度'], ['200HV'], ['二百HV']),
    '300HV': (['300HV', '淬火300HV'], ['300HV', 'hardened 300HV'], ['三百HV']),
    '65Mn': (['65Mn', '65锰'], ['65Mn', 'spring steel 65Mn'], ['六五锰', '六十五锰']),
    '45钢': (['45钢', '45#钢', '45号钢'], ['C45', 'steel 45'], ['四十五号钢']),
    'Q235': (['Q235', '碳钢Q235'], ['Q235', 'carbon steel'], ['Q二三五']),
    'SUS304': (['不锈钢304', 'SUS304', '304', 'SS304'], ['SS304', 'stainless 304', 'SUS304'], ['不锈钢三零四', '三零四的']),
    'SUS316': (['不锈钢316', 'SUS316', '316'], ['SS316', 'stainless 316'], ['不锈钢三一六']),
    'GCr15': (['GCr15', '轴承钢'], ['bearing steel GCr15', 'GCr15'], ['轴承钢']),
}
FINISH = {
    '发黑': (['发黑', '黑色', '氧化发黑'], ['black oxide', 'black', 'BO'], ['发黑的', '黑色的']),
    '镀锌': (['镀锌', '蓝白锌', '白锌', '镀白锌'], ['zinc plated', 'ZP', 'zinc'], ['镀锌的', '白锌的']),
    '达克罗': (['达克罗', '达克罗涂层'], ['dacromet', 'dacromet coated'], ['达克罗的']),
    '本色': (['本色', '不处理'], ['plain', 'natural'], ['本色的']),
}
THREAD = {'半牙': (['半牙', '部分螺纹', '半丝'], ['partial thread', 'half thread'], ['半牙的']),
          '全牙': (['全牙', '全螺纹', '通丝'], ['full thread', 'fully threaded'], ['全牙的'])}
SEAL_SFX = {  # canonical -> (zh forms, en forms, voice)
    'open': (['开式', '无盖'], ['open'], ['开式的']),
    'ZZ': (['ZZ', '双面铁盖', '铁封', '2Z'], ['ZZ', '2Z', 'metal shields'], ['两个Z', '双面铁盖的']),
    '2RS': (['2RS', '双面胶盖', '胶封', '2RS胶盖'], ['2RS', 'rubber sealed', '2RS sealed'], ['两RS', '双面胶盖的', '二RS']),
}
MAKER_SEAL = {  # brand -> canonical -> notation
    'SKF': {'open': '', 'ZZ': '-2Z', '2RS': '-2RSH'}, 'NSK': {'open': '', 'ZZ': 'ZZ', '2RS': 'DDU'},
    'FAG': {'open': '', 'ZZ': '-2Z', '2RS': '-2RSR'}, 'NTN': {'open': '', 'ZZ': 'ZZ', '2RS': 'LLU'},
    'HRB': {'open': '', 'ZZ': '-ZZ', '2RS': '-2RS'}, 'C&U': {'open': '', 'ZZ': '-ZZ', '2RS': '-2RS'},
}
MAKER_C3 = {'SKF': '/C3', 'NSK': 'C3', 'FAG': '-C3', 'NTN': 'C3', 'HRB': '/C3', 'C&U': '-C3'}
BRAND = {
    'SKF': (['SKF', '斯凯孚'], ['SKF'], ['SKF', '斯凯孚']), 'NSK': (['NSK', '恩斯克'], ['NSK'], ['NSK']),
    'FAG': (['FAG', '舍弗勒FAG'], ['FAG'], ['FAG']), 'NTN': (['NTN'], ['NTN'], ['NTN']),
    'HRB': (['哈轴', 'HRB', '哈尔滨'], ['HRB', 'Harbin'], ['哈轴', '哈尔滨的']), 'C&U': (['人本', 'C&U', '人本C&U'], ['C&U'], ['人本']),
    'NOK': (['NOK'], ['NOK'], ['NOK']), 'Parker': (['派克', 'Parker'], ['Parker'], ['派克']), '鼎基': (['鼎基', '国产鼎基'], ['Dingji'], ['鼎基']),
    'Rexroth': (['力士乐', 'Rexroth', '博世力士乐'], ['Rexroth', 'Bosch Rexroth'], ['力士乐']), '华德': (['华德', '北京华德'], ['Huade'], ['华德']),
    'Yuken': (['油研', '日本油研', 'YUKEN'], ['Yuken'], ['油研', '日本油研']), '榆次油研': (['榆次油研', '榆次'], ['Yuci Yuken'], ['榆次油研']),
    'Manuli': (['马努利', 'Manuli'], ['Manuli'], ['马努利']), '鹏程': (['鹏程', '国产鹏程'], ['Pengcheng'], ['鹏程']),
    '黎明': (['黎明', '温州黎明'], ['Leemin'], ['黎明']), 'HYDAC': (['贺德克', 'HYDAC'], ['HYDAC'], ['贺德克']),
    '施耐德': (['施耐德', 'Schneider'], ['Schneider'], ['施耐德']), '正泰': (['正泰', 'CHINT'], ['CHINT', 'Chint'], ['正泰']),
    '欧姆龙': (['欧姆龙', 'OMRON'], ['Omron', 'OMRON'], ['欧姆龙']), '菲尼克斯': (['菲尼克斯', 'Phoenix'], ['Phoenix Contact', 'Phoenix'], ['菲尼克斯']),
    '阳明': (['阳明', 'FOTEK'], ['Fotek'], ['阳明']),
}
GENERIC = {}  # attr -> table


def forms(attr, val):
    """(zh forms, en forms, voice forms or None) for an attribute value."""
    t = {'grade': GRADE, 'mat': GRADE, 'finish': FINISH, 'thread': THREAD, 'seal': SEAL_SFX, 'brand': BRAND}.get(attr)
    if t is not None and val in t:
        return t[val]
    if attr == 'type':
        d = TYPES[val]
        return d['zh'], d['en'], None
    if attr == 'cat':
        return CAT_WORDS[val][0], CAT_WORDS[val][1], None
    if attr == 'std':
        num = val.split(' ', 1)[1]
        if val.startswith('GB/T'):
            zh = [val, 'GB/T' + num, 'GB' + num, 'GBT' + num, '国标' + num]
            en = [val, 'GB' + num, 'GB/T' + num]
            vo = ['国标' + num]
        elif val.startswith('DIN'):
            zh = [val, 'DIN' + num, '德标' + num]
            en = [val, 'DIN' + num]
            vo = ['德标' + num]
        elif val.startswith('ISO'):
            zh = [val, 'ISO' + num]
            en = zh
            vo = ['ISO' + num]
        else:
            zh = en = [val]
            vo = None
        return zh, en, vo
    if attr == 'size':  # fastener d x l  or Md
        m = re.match(r'M([\d.]+)x([\d.]+)$', val)
        if m:
            d, l = m.groups()
            zh = ['M%s×%s' % (d, l), 'M%sx%s' % (d, l), 'M%s*%s' % (d, l), 'm%s-%s' % (d, l), 'M%sX%s' % (d, l), 'M%s x %s' % (d, l)]
            return zh, ['M%sx%s' % (d, l), 'M%s x %s' % (d, l), 'M%sX%s' % (d, l)], ['M%s乘%s' % (d, l), '%s乘%s' % (d, l)]
        m = re.match(r'M([\d.]+)$', val)
        if m:
            return [val, val.lower(), val + '的'], [val], [val]
        return [val, val.replace('x', '*'), val.replace('x', '×')], [val], None
    if attr == 'clr':
        return (['C3', 'C3游隙'], ['C3', 'C3 clearance'], ['C三']) if val == 'C3' else (['普通游隙', 'CN'], ['normal clearance', 'CN'], ['普通游隙'])
    if attr == 'rubber':
        return {'NBR': (['NBR', '丁腈', '丁腈橡胶'], ['NBR', 'nitrile', 'Buna-N'], ['丁腈']),
                'FKM': (['FKM', '氟橡胶', '氟胶', 'FPM'], ['FKM', 'Viton', 'FPM'], ['氟胶', '氟橡胶']),
                'PU': (['PU', '聚氨酯'], ['PU', 'polyurethane'], ['聚氨酯']),
                'PTFE': (['PTFE', '四氟', '聚四氟'], ['PTFE'], ['四氟']),
                'EPDM': (['EPDM', '三元乙丙'], ['EPDM'], ['三元乙丙']),
                'POM': (['POM', '聚甲醛'], ['POM', 'acetal'], ['聚甲醛']),
                '酚醛夹布': (['酚醛夹布', '夹布酚醛'], ['phenolic fabric'], ['酚醛夹布'])}[val]
    if attr == 'shore':
        return ['邵氏%s' % val, '%s度' % val, 'HS%s' % val], ['%s shore A' % val, 'shore %s' % val], None
    if attr == 'volt':
        if val.startswith('DC'):
            v = val[2:-1]
            return ['DC%sV' % v, '%sVDC' % v, '直流%sV' % v, '%sV直流' % v], ['%sV DC' % v, 'DC%sV' % v], ['直流%s伏' % cn_int(v)]
        v = val[2:-1]
        return ['AC%sV' % v, '%sVAC' % v, '交流%sV' % v, '%sV交流' % v], ['%sV AC' % v, 'AC%sV' % v], ['交流%s伏' % cn_int(v)]
    if attr == 'amp':
        return ['%sA' % val, '%s安' % val], ['%sA' % val, '%s amp' % val], ['%s安' % cn_int(val) if '.' not in val else val + '安']
    if attr == 'power':
        return ['%sW' % val, '%s瓦' % val], ['%sW' % val], ['%s瓦' % cn_int(val)]
    if attr == 'dn':
        return ['DN%s' % val, '%s通径' % val, 'DN%s的' % val], ['DN%s' % val, 'ID %smm' % val], ['DN%s' % cn_int(val)]
    if attr == 'len':
        return ['L=%s' % val, '长%s' % val, '%smm长' % val, 'L%s' % val], ['L=%s' % val, '%smm long' % val], ['长%s' % cn_int(val)]
    if attr == 'poles':
        return [val, val.replace('P', '极'), val + '的'], [val, val.replace('P', ' pole')], [cn_int(val[0]) + 'P']
    if attr == 'curve':
        return ['%s型' % val, '%s曲线' % val, val], ['%s curve' % val, 'type %s' % val], ['%s型' % val]
    if attr in ('code', 'model', 'pn'):
        return [val], [val], None
    if attr == 'spool':
        return [val + '机能', val, val + '型'], ['spool ' + val, val], [val + '机能']
    if attr in GENERIC and val in GENERIC[attr]:
        return GENERIC[attr][val]
    return [str(val)], [str(val)], None


GENERIC['ends'] = {'直-直': (['两头直', '直对直', '直-直'], ['straight-straight', 'both ends straight'], ['两头直的']),
                   '直-90°': (['一头直一头90°', '直-90°弯', '直头+90度弯头'], ['straight-90', 'straight/90° elbow'], ['一头直一头九十度']),
                   '90°-90°': (['两头90°', '两头90度弯', '90°-90°'], ['90-90', 'both ends 90° elbow'], ['两头九十度弯头']),
                   '直-45°': (['一头直一头45°', '直-45°弯'], ['straight-45', 'straight/45° elbow'], ['一头直一头四十五度'])}
GENERIC['thr'] = {'JIC': (['JIC', '美制JIC', 'JIC74°'], ['JIC'], ['JIC']), 'ORFS': (['ORFS', '平面O型圈', 'ORFS平面密封'], ['ORFS'], ['ORFS']),
                  'BSP': (['BSP', '英制BSP', '英管'], ['BSP'], ['英制']), 'DKOL': (['24°公制', 'DKOL', '公制24°锥'], ['metric 24° DKOL', 'DKOL'], ['公制二十四度'])}
GENERIC['hosetype'] = {'1SN': (['1SN', '一层钢丝', '单钢丝'], ['1SN', 'EN853 1SN'], ['一层钢丝']),
                       '2SN': (['2SN', '两层钢丝', '双钢丝'], ['2SN', 'EN853 2SN'], ['两层钢丝']),
                       '4SP': (['4SP', '四层钢丝', '4层缠绕'], ['4SP', 'EN856 4SP'], ['四层钢丝'])}
GENERIC['heat'] = {'陶瓷': (['陶瓷', '陶瓷加热圈', '陶瓷的'], ['ceramic'], ['陶瓷的']),
                   '云母': (['云母', '云母加热圈', '云母的'], ['mica'], ['云母的']),
                   '铸铝': (['铸铝', '铸铝加热圈', '铸铝的'], ['cast aluminium', 'cast aluminum'], ['铸铝的'])}
GENERIC['ind'] = {'Y': (['带发讯器', '带压差发讯器', '带指示器'], ['with indicator', 'with clogging indicator'], ['带发讯器的']),
                  'N': (['不带发讯器', '无发讯器'], ['without indicator'], ['不带发讯器的'])}
GENERIC['mount'] = {'径向': (['径向', '底接', '径向安装'], ['bottom mount', 'radial'], ['径向的']),
                    '轴向': (['轴向', '背接', '轴向安装'], ['back mount', 'axial'], ['轴向的'])}
GENERIC['mat'] = {'碳钢镀锌': (['碳钢镀锌', '镀锌', '碳钢'], ['zinc plated steel', 'steel'], ['碳钢镀锌的'])}
GENERIC['part'] = {'底座': (['底座', '座子', '继电器座'], ['socket', 'relay socket'], ['底座'])}
GENERIC['color'] = {c: ([c + '色', c], [e], [c + '色的']) for c, e in
                    [('灰', 'grey'), ('蓝', 'blue'), ('红', 'red'), ('黄', 'yellow'), ('绿', 'green'), ('黑', 'black'), ('黄绿', 'yellow-green')]}
for _b in ['THK', 'SAMICK', 'HIWIN', 'FYH']:
    BRAND[_b] = ([_b], [_b], [_b])


def render(attr, val, style, rnd, prefer_short=False):
    zh, en, vo = forms(attr, val)
    if style == 'english':
        return rnd.choice(en)
    if style == 'voice':
        if vo:
            return rnd.choice(vo)
        return speak(rnd.choice(zh), rnd)
    if style == 'formal':
        return zh[0]
    pick = rnd.choice(zh[1:] if (len(zh) > 1 and (prefer_short or rnd.random() < 0.6)) else zh)
    return trad(pick) if style == 'trad' else pick


# ---------------------------------------------------------------- catalogue construction
class Cat:
    def __init__(self, rnd):
        self.rnd = rnd
        self.rows = []
        self.grp_serial = {}

    def add(self, grp, a, name, spec, unit, en, aliases=(), codes=()):
        cat = CATEGORY[a['type']]
        key = (cat, grp)
        n = self.grp_serial.get(key, 0) + 1
        self.grp_serial[key] = n
        number = '3.%s.%03d.%05d' % (CAT_CODE[cat], grp, n)
        row = dict(number=number, name=name, spec=spec, unit=unit, category=cat, a=dict(a), en=en,
                   aliases=[x for x in aliases if x], codes=[c for c in codes if c])
        self.rows.append(row)
        return row


CLERKS = ['chen', 'zhou', 'erp', 'tw']  # 陈慧 formal GB/T, 周建国 storeroom, English ERP import, Taiwanese supplier


def fastener_text(clerk, a, rnd):
    t = TYPES[a['type']]
    size = a.get('size', '')
    g = a.get('grade') or a.get('mat') or ''
    f = a.get('finish', '')
    std = a.get('std', '')
    thr = a.get('thread', '')
    if clerk == 'chen':
        name = t['zh'][0]
        spec = ' '.join(x for x in [std, size.replace('x', '×'), GRADE[g][0][0] if g in GRADE else g, f if f != '本色' else '',
                                    (THREAD[thr][0][0] if thr else '')] if x)
    elif clerk == 'zhou':
        name = t['zh'][1] + (THREAD[thr][0][0] if thr else '')
        gs = GRADE[g][0][1] if g in GRADE and len(GRADE[g][0]) > 1 else g
        spec = ' '.join(x for x in [size.replace('x', '*'), gs, {'镀锌': '白锌', '发黑': '黑', '达克罗': '达克罗', '本色': ''}.get(f, f),
                                    std.replace('GB/T ', 'GB')] if x)
    elif clerk == 'erp':
        name = t['en'][0].upper()
        eq = EQUIV_OF.get(std, [std])
        din = [s for s in eq if s.startswith('DIN')]
        gs = GRADE[g][1][0] if g in GRADE else g
        spec = ' '.join(x for x in [(din[0] if din else std).replace(' ', ''), size.upper(), gs.upper(),
                                    {'镀锌': 'ZP', '发黑': 'BLK', '达克罗': 'DAC', '本色': ''}.get(f, f),
                                    {'半牙': 'PT', '全牙': 'FT'}.get(thr, '')] if x)
    else:
        name = trad(t['zh'][0])
        gs = GRADE[g][0][0] if g in GRADE else g
        spec = ' '.join(x for x in [size, trad(gs), trad(f) if f != '本色' else '', trad(THREAD[thr][0][0]) if thr else '', std] if x)
    return name, spec


def en_desc(a):
    parts = []
    for k, v in a.items():
        if k == 'type':
            parts.insert(0, TYPES[v]['en'][0])
            continue
        zh, en, vo = forms(k, v)
        parts.append(en[0])
    return ' '.join(parts)


def build_fasteners(C, rnd):
    L = [4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 25, 28, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 110, 120, 130,
         140, 150, 160, 180, 200, 220, 240, 260, 280, 300]
    steel4 = [('4.8', '镀锌'), ('8.8', '发黑'), ('8.8', '镀锌'), ('8.8', '达克罗'), ('10.9', '发黑'), ('10.9', '镀锌'), ('10.9', '达克罗'),
              ('12.9', '发黑'), ('A2-70', '本色'), ('A4-70', '本色')]

    def fam(grp, typ, std, ds, lrange, combos, extra=None, unit='PCS', thread=None, dfmt='M%s', lfmt='M%sx%s'):
        for d in ds:
            lo, hi = lrange(d) if lrange else (0, 0)
            for l in [x for x in L if lo <= x <= hi] if lrange else [None]:
                for g, f in combos:
                    a = {'type': typ, 'std': std}
                    if thread:
                        a['thread'] = thread
                    a['size'] = (lfmt % (d, l)) if l else dfmt % d
                    a['grade' if g in ('4.8', '8.8', '10.9', '12.9', 'A2-70', 'A4-70', '45H', '8', '10', '200HV', '300HV') else 'mat'] = g
                    if f:
                        a['finish'] = f
                    if extra:
                        a.update(extra)
                    clerk = CLERKS[(hash_str(typ + str(d)) + (l or 0)) % 4]
                    name, spec = fastener_text(clerk, a, rnd)
                    eqs = [s for s in EQUIV_OF.get(std, []) if s != std]
                    aliases = [en_desc(a)] + ['%s %s' % (s, a['size']) for s in eqs]
                    C.add(grp, a, name, spec, unit, en_desc(a), aliases)

    fam(1, 'hexbolt', 'GB/T 5782', [5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30], lambda d: (max(25, 3 * d), min(300, 12 * d)), steel4, thread='半牙')
    fam(2, 'hexbolt', 'GB/T 5783', [4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], lambda d: (2 * d, min(150, 8 * d)), steel4, thread='全牙')
    fam(3, 'shcs', 'GB/T 70.1', [3, 4, 5, 6, 8, 10, 12, 14, 16, 20, 24, 30], lambda d: (max(5, int(1.5 * d)), min(200, 10 * d)),
        [('12.9', '发黑'), ('10.9', '发黑'), ('8.8', '镀锌'), ('12.9', '镀锌'), ('A2-70', '本色'), ('A4-70', '本色')])
    fam(4, 'csk', 'GB/T 70.3', [3, 4, 5, 6, 8, 10, 12, 16, 20], lambda d: (max(6, int(1.5 * d)), 6 * d),
        [('10.9', '发黑'), ('10.9', '镀锌'), ('A2-70', '本色')])
    fam(5, 'bhcs', 'GB/T 70.2', [3, 4, 5, 6, 8, 10, 12], lambda d: (max(5, int(1.5 * d)), 5 * d), [('10.9', '发黑'), ('10.9', '镀锌'), ('A2-70', '本色')])
    for grp, std in [(6, 'GB/T 77'), (7, 'GB/T 78'), (8, 'GB/T 79'), (9, 'GB/T 80')]:
        fam(grp, 'setscrew', std, [3, 4, 5, 6, 8, 10, 12, 16], lambda d: (max(3, d // 2), 5 * d), [('45H', '发黑'), ('A2-70', '本色')])
    nd = [3, 4, 5, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 36]
    fam(10, 'nut', 'GB/T 6170', nd, None, [('8', '镀锌'), ('8', '发黑'), ('10', '发黑'), ('10', '达克罗'), ('A2-70', '本色'), ('A4-70', '本色')])
    fam(11, 'thinnut', 'GB/T 6172.1', nd, None, [('8', '镀锌'), ('8', '发黑'), ('A2-70', '本色')])
    fam(12, 'nylonnut', 'GB/T 889.1', nd[:14], None, [('8', '镀锌'), ('10', '发黑'), ('A2-70', '本色'), ('A4-70', '本色')])
    fam(13, 'flangenut', 'GB/T 6177.1', [5, 6, 8, 10, 12, 14, 16, 20], None, [('8', '镀锌'), ('10', '发黑'), ('A2-70', '本色')])
    fam(14, 'washer', 'GB/T 97.1', nd + [42, 48], None, [('200HV', '镀锌'), ('200HV', '发黑'), ('SUS304', ''), ('SUS316', '')])
    fam(15, 'washer', 'DIN 125', nd, None, [('200HV', '镀锌'), ('300HV', '发黑'), ('SUS304', '')])
    fam(16, 'bigwasher', 'GB/T 96.1', nd[1:15], None, [('200HV', '镀锌'), ('200HV', '发黑'), ('SUS304', '')])
    fam(17, 'springwasher', 'GB/T 93', nd, None, [('65Mn', '镀锌'), ('65Mn', '发黑'), ('SUS304', '')])
    for grp, std in [(18, 'GB/T 897'), (19, 'GB/T 899'), (20, 'GB/T 900')]:
        fam(grp, 'stud', std, [8, 10, 12, 16, 20, 24], lambda d: (max(30, 3 * d), 200), [('8.8', '镀锌'), ('8.8', '发黑'), ('A2-70', '本色')])
    fam(21, 'pin', 'GB/T 119.1', [2, 3, 4, 5, 6, 8, 10, 12, 16], lambda d: (2 * d, 10 * d), [('45钢', ''), ('SUS304', '')], lfmt='%sx%s')
    fam(22, 'pin', 'GB/T 119.2', [2, 3, 4, 5, 6, 8, 10, 12, 16], lambda d: (2 * d, 10 * d), [('GCr15', '')], lfmt='%sx%s')
    fam(23, 'taperpin', 'GB/T 117', [3, 4, 5, 6, 8, 10, 12], lambda d: (3 * d, 10 * d), [('45钢', '')], lfmt='%sx%s')
    fam(24, 'splitpin', 'GB/T 91', [2, 3, 4, 5, 6, 8], lambda d: (4 * d, 12 * d), [('Q235', '镀锌'), ('SUS304', '')], lfmt='%sx%s')
    sh = [8, 10, 12, 14, 15, 16, 17, 18, 19, 20, 22, 24, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100]
    fam(25, 'shaftclip', 'GB/T 894', sh, None, [('65Mn', '发黑'), ('SUS304', '')], dfmt='φ%s')
    fam(26, 'boreclip', 'GB/T 893', [x + 2 for x in sh] + [110, 120], None, [('65Mn', '发黑'), ('SUS304', '')], dfmt='φ%s')
    for b, h in [(3, 3), (4, 4), (5, 5), (6, 6), (8, 7), (10, 8), (12, 8), (14, 9), (16, 10), (18, 11), (20, 12), (22, 14)]:
        for l in [x for x in L if 2 * b <= x <= 14 * b and x <= 200]:
            for form in ['A', 'C']:
                if form == 'C' and l > 8 * b:
                    continue
                a = {'type': 'key', 'std': 'GB/T 1096', 'form': form + '型', 'size': '%sx%sx%s' % (b, h, l), 'mat': '45钢'}
                C.add(27, a, '普通平键', 'GB/T 1096 %s型 %d×%d×%d 45钢' % (form, b, h, l), 'PCS', en_desc(a),
                      ['键%s %dx%dx%d' % (form, b, h, l), en_desc(a)])
    fam(28, 'eyebolt', 'GB/T 825', [6, 8, 10, 12, 16, 20, 24, 30, 36], None, [('Q235', '镀锌'), ('SUS304', '')])
    fam(29, 'panhead', 'GB/T 818', [3, 4, 5, 6, 8], lambda d: (4, 12 * d), [('4.8', '镀锌'), ('4.8', '发黑'), ('A2-70', '本色')])
    fam(30, 'flangebolt', 'GB/T 5789', [6, 8, 10, 12, 14, 16], lambda d: (2 * d, min(120, 10 * d)),
        [('8.8', '镀锌'), ('8.8', '发黑'), ('10.9', '达克罗'), ('10.9', '发黑')])
    fam(31, 'tbolt', 'GB/T 37', [12, 16, 20, 24], lambda d: (50, 200), [('8.8', '发黑'), ('10.9', '发黑')])


def hash_str(s):
    h = 0
    for c in s:
        h = (h * 131 + ord(c)) % 1000003
    return h


def build_bearings(C, rnd):
    brands = ['SKF', 'NSK', 'FAG', 'NTN', 'HRB', 'C&U']
    bases = ['60%02d' % i for i in range(0, 21)] + ['62%02d' % i for i in range(0, 23)] + ['63%02d' % i for i in range(0, 19)] + \
        ['68%02d' % i for i in range(0, 13)] + ['69%02d' % i for i in range(0, 13)] + ['160%02d' % i for i in range(2, 12)]
    for base in bases:
        r = hash_str(base)
        if r % 11 == 0:  # stocked once only
            combos = [(brands[r % 6], ['open', 'ZZ', '2RS'][r % 3], 'CN')]
        else:
            combos = []
            for b in brands:
                for s in ['open', 'ZZ', '2RS']:
                    for c in ['CN', 'C3']:
                        h = hash_str(base + b + s + c)
                        p = 0.55 if c == 'CN' else 0.18
                        if b in ('HRB', 'C&U') and s == 'open' and c == 'CN':
                            p = 1.0
                        if (h % 1000) / 1000 < p:
                            combos.append((b, s, c))
        for b, s, c in combos:
            a = {'type': 'dgbb', 'base': base, 'seal': s, 'clr': c, 'brand': b}
            desig = base + MAKER_SEAL[b][s] + (MAKER_C3[b] if c == 'C3' else '')
            generic = base + ('' if s == 'open' else '-' + s) + (' C3' if c == 'C3' else '')
            clerk = CLERKS[hash_str(desig + b) % 4]
            name = {'chen': '深沟球轴承', 'zhou': '轴承', 'erp': 'BALL BEARING', 'tw': '深溝球軸承'}[clerk]
            spec = {'chen': '%s %s' % (desig, b), 'zhou': '%s %s' % (generic, BRAND[b][0][0]), 'erp': '%s %s' % (b, desig),
                    'tw': '%s %s' % (desig, b)}[clerk]
            al = [en_desc(a), '%s %s' % (b, desig)]
            if b == 'HRB':
                al.append({'open': '', 'ZZ': '80', '2RS': '180'}[s] + base[1:] if base.startswith('6') and len(base) == 4 else '')
            C.add(1, a, name, spec, 'PCS', en_desc(a), al)
    simple = [
        (2, 'acbb', ['72%02dB' % i for i in range(0, 16)] + ['72%02dAC' % i for i in range(0, 16)] + ['73%02dB' % i for i in range(4, 14)],
         ['SKF', 'NSK', 'FAG', 'HRB']),
        (3, 'trb', ['302%02d' % i for i in range(3, 21)] + ['303%02d' % i for i in range(3, 17)] + ['322%02d' % i for i in range(5, 21)] +
         ['320%02d' % i for i in range(5, 16)], ['SKF', 'NSK', 'HRB', 'C&U', 'NTN']),
        (4, 'crb', ['NU2%02dE' % i for i in range(4, 21)] + ['NJ2%02dE' % i for i in range(4, 21)] + ['NU3%02dE' % i for i in range(5, 17)] +
         ['N2%02dE' % i for i in range(4, 16)], ['SKF', 'FAG', 'NSK', 'HRB']),
        (5, 'srb', ['222%02dCA/W33' % i for i in range(8, 25)] + ['222%02dE' % i for i in range(8, 25)] + ['223%02dCA/W33' % i for i in range(8, 20)],
         ['SKF', 'NSK', 'HRB', 'C&U']),
        (6, 'thrust', ['511%02d' % i for i in range(0, 21)] + ['512%02d' % i for i in range(0, 16)], ['NSK', 'HRB', 'C&U', 'SKF']),
        (7, 'linear', ['LM%dUU' % i for i in [6, 8, 10, 12, 13, 16, 20, 25, 30, 35, 40, 50, 60]] +
         ['LM%dLUU' % i for i in [8, 10, 12, 16, 20, 25, 30]], ['THK', 'SAMICK', 'HIWIN']),
        (8, 'pillow', ['UCP2%02d' % i for i in range(4, 19)] + ['UCF2%02d' % i for i in range(4, 16)] + ['UCFL2%02d' % i for i in range(4, 14)],
         ['NSK', 'FYH', 'HRB', 'C&U']),
    ]
    names = {'acbb': '角接触球轴承', 'trb': '圆锥滚子轴承', 'crb': '圆柱滚子轴承', 'srb': '调心滚子轴承', 'thrust': '推力球轴承',
             'linear': '直线轴承', 'pillow': '带座外球面轴承'}
    for grp, typ, bs, brs in simple:
        for base in bs:
            r = hash_str(base)
            chosen = [b for i, b in enumerate(brs) if hash_str(base + b) % 100 < 62] or [brs[r % len(brs)]]
            if r % 9 == 0:
                chosen = chosen[:1]
            for b in chosen:
                for c in (['CN', 'C3'] if (typ in ('crb', 'srb') and hash_str(b + base) % 3 == 0) else ['CN']):
                    a = {'type': typ, 'base': base, 'clr': c, 'brand': b}
                    desig = base + ((MAKER_C3.get(b, '/C3')) if c == 'C3' else '')
                    clerk = CLERKS[hash_str(desig + b) % 4]
                    name = names[typ] if clerk != 'tw' else trad(names[typ])
                    if clerk == 'erp':
                        name = TYPES[typ]['en'][0].upper()
                    spec = '%s %s' % (desig, b) if clerk != 'erp' else '%s %s' % (b, desig)
                    C.add(grp, a, name, spec, 'PCS', en_desc(a), [en_desc(a)])


def build_seals(C, rnd):
    cs_ids = {1.8: [3, 3.55, 4, 4.5, 5, 5.6, 6, 6.3, 7.1, 8, 9, 10, 11.2, 12.5, 14, 16, 18, 20, 22.4, 25, 28, 31.5, 35.5, 40, 45, 50],
              2.65: [10.6, 11.8, 13.2, 15, 17, 19, 21.2, 23.6, 25.8, 28, 30, 32.5, 34.5, 37.5, 40, 42.5, 45, 48.7, 51.5, 54.5, 58, 61.5, 65,
                     69, 73, 77.5, 82.5, 87.5, 92.5, 97.5, 103, 109, 115, 122, 128, 136, 145, 150],
              3.55: [18, 20, 22.4, 25, 28, 31.5, 34.5, 37.5, 40, 42.5, 45, 48.7, 51.5, 54.5, 58, 61.5, 65, 69, 73, 77.5, 82.5, 87.5, 92.5,
                     97.5, 103, 109, 115, 122, 128, 136, 145, 155, 165, 175, 185, 195, 200],
              5.3: [40, 45, 50, 56, 63, 71, 80, 90, 100, 109, 115, 122, 128, 136, 145, 155, 165, 175, 185, 195, 206, 218, 230, 243, 258,
                    272, 290, 300, 315, 335, 355, 375, 400],
              7: [109, 122, 136, 155, 175, 195, 218, 243, 272, 300, 335, 375, 412, 437, 462, 487, 515, 545, 580, 615, 650]}
    for cs, ids in cs_ids.items():
        for d in ids:
            for rub, sh in [('NBR', '70'), ('NBR', '90'), ('FKM', '75'), ('NBR', '80'), ('FKM', '90'), ('EPDM', '70')]:
                if (sh == '80' or rub == 'EPDM') and hash_str('%s%s%s' % (d, cs, rub)) % 3:
                    continue
                size = '%gx%g' % (d, cs)
                a = {'type': 'oring', 'std': 'GB/T 3452.1', 'size': size, 'rubber': rub, 'shore': sh}
                clerk = CLERKS[hash_str(size + rub + sh) % 4]
                name = {'chen': 'O形橡胶密封圈', 'zhou': 'O型圈', 'erp': 'O-RING', 'tw': 'O型環'}[clerk]
                spec = {'chen': 'GB/T 3452.1 %g×%g %s%s' % (d, cs, rub, sh), 'zhou': '%g*%g %s %s度' % (d, cs, {'NBR': '丁腈', 'FKM': '氟胶', 'EPDM': '三元乙丙'}[rub], sh),
                        'erp': '%gX%g %s%s' % (d, cs, rub, sh), 'tw': '%gx%g %s 硬度%s' % (d, cs, rub, sh)}[clerk]
                C.add(1, a, name, spec, 'PCS', en_desc(a), [en_desc(a)])
    # JIS B2401 P/G series from the Japanese supplier (NOK)
    pser = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 20, 21, 22, 24, 25, 26, 28, 30, 32, 34, 35, 36, 38, 40, 42, 44, 45, 46, 48,
            50, 52, 55, 56, 58, 60, 62, 63, 65, 67, 70, 75, 80, 85, 90, 95, 100, 105, 110, 120, 125, 130, 135, 140, 145, 150]
    gser = [25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 105, 110, 115, 120, 125, 130, 135, 140, 145, 150, 155, 160,
            165, 170, 175, 180, 185, 190, 195, 200, 210, 220, 230, 240, 250, 260, 270, 280, 290, 300]
    for ser, nums in [('P', pser), ('G', gser)]:
        for n in nums:
            for rub, sh in [('NBR', '70'), ('NBR', '90'), ('FKM', '75')]:
                code = '%s%d' % (ser, n)
                a = {'type': 'oring', 'std': 'JIS B2401', 'size': code, 'rubber': rub, 'shore': sh, 'brand': 'NOK'}
                spec = 'JIS B2401 %s %s-%s NOK' % (code, rub, sh) if hash_str(code) % 2 else 'NOK O-RING %s %s%s' % (code, rub, sh)
                C.add(2, a, 'O型圈' if hash_str(code + rub) % 2 else 'Oリング', spec, 'PCS', en_desc(a), [en_desc(a), '%s-%s' % (code, rub)])
    # oil seals TC/TG/SC
    ds = [8, 10, 12, 14, 15, 16, 17, 18, 20, 22, 25, 28, 30, 32, 35, 38, 40, 42, 45, 48, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120]
    nok_serial = 1000
    for d in ds:
        Ds = sorted(set([d + 10 + 2 * (d // 10), d + 14 + 2 * (d // 10), d + 20 + 2 * (d // 10), d + 26 + 2 * (d // 10)]))
        for D in Ds:
            b = 7 if d < 30 else (8 if d < 60 else (10 if d < 100 else 12))
            for prof in ['TC', 'TG', 'SC']:
                if prof != 'TC' and hash_str('%d%d%s' % (d, D, prof)) % 3 == 0:
                    continue
                for rub in ['NBR', 'FKM']:
                    for brand in ['NOK', '鼎基']:
                        if brand == 'NOK' and hash_str('%d%d%s%s' % (d, D, prof, rub)) % 2:
                            continue
                        size = '%dx%dx%d' % (d, D, b)
                        a = {'type': 'oilseal', 'profile': prof, 'size': size, 'rubber': rub, 'brand': brand}
                        codes = []
                        al = [en_desc(a), '%s%s' % (prof, size)]
                        if brand == 'NOK':
                            nok_serial += 7
                            pn = 'AE%04d%s' % (nok_serial, 'E0' if rub == 'NBR' else 'F0')
                            codes.append(pn)
                            al.append(pn)
                        clerk = CLERKS[hash_str(size + prof + rub + brand) % 4]
                        name = {'chen': '骨架油封', 'zhou': '油封', 'erp': 'OIL SEAL', 'tw': '油封'}[clerk]
                        spec = {'chen': '%s %d×%d×%d %s %s' % (prof, d, D, b, rub, brand), 'zhou': '%s%d*%d*%d %s %s' % (prof, d, D, b, {'NBR': '丁腈', 'FKM': '氟胶'}[rub], brand),
                                'erp': '%s %dX%dX%d %s %s' % (prof, d, D, b, rub, brand), 'tw': '%s %d*%d*%d %s %s' % (prof, d, D, b, rub, brand)}[clerk]
                        C.add(3, a, name, spec, 'PCS', en_desc(a), al, codes)
    # hydraulic cylinder seals (NOK notation / Parker / domestic)
    rods = [16, 18, 20, 22, 25, 28, 30, 32, 35, 36, 40, 45, 50, 55, 56, 60, 63, 65, 70, 75, 80, 85, 90, 100, 110, 125, 140, 160]
    bores = [32, 40, 50, 63, 80, 90, 100, 110, 125, 140, 160, 180, 200, 220, 250]
    for typ, prof_list, sizes, mats, grp in [
        ('rodseal', ['IDI', 'ISI', 'UHS'], [(d, d + 10 if d < 50 else d + 15, 6 if d < 50 else 9) for d in rods], ['PU'], 4),
        ('pistonseal', ['ODI', 'OSI', 'SPGW'], [(D - 10 if D < 100 else D - 15, D, 6 if D < 100 else 9) for D in bores], ['PU', 'PTFE'], 5),
        ('wiper', ['DKB', 'DKBI', 'LBH'], [(d, d + 8 if d < 50 else d + 12, 5 if d < 50 else 7) for d in rods], ['PU'], 6),
        ('wearring', ['WR', 'RYT'], sorted(set([(d, d + 5, 9.7) for d in rods] + [(D - 5, D, 9.7) for D in bores])), ['POM', '酚醛夹布'], 7)]:
        for (i, o, h) in sizes:
            for prof in prof_list:
                for mat in mats:
                    if typ == 'pistonseal' and ((prof == 'SPGW') != (mat == 'PTFE')):
                        continue
                    for brand in ['NOK', 'Parker', '鼎基']:
                        if hash_str('%s%s%s%s' % (i, o, prof, brand)) % 10 < 4:
                            continue
                        size = '%gx%gx%g' % (i, o, h)
                        a = {'type': typ, 'profile': prof, 'size': size, 'rubber': mat, 'brand': brand}
                        clerk = CLERKS[hash_str(size + prof + brand) % 4]
                        name = {'chen': TYPES[typ]['zh'][0], 'zhou': TYPES[typ]['zh'][1], 'erp': TYPES[typ]['en'][0].upper(), 'tw': trad(TYPES[typ]['zh'][0])}[clerk]
                        spec = '%s %s %s %s' % (prof, size.replace('x', '*' if clerk == 'zhou' else 'x'), mat, brand)
                        C.add(grp, a, name, spec, 'PCS', en_desc(a), [en_desc(a), '%s%s' % (prof, size)])


def build_hydraulics(C, rnd):
    spools = ['E', 'J', 'G', 'H', 'M', 'Y', 'D', 'C']
    for ng in ['6', '10']:
        for sp in spools:
            for volt in ['DC24V', 'AC220V']:
                for brand in ['Rexroth', '华德']:
                    if brand == 'Rexroth':
                        code = '4WE%s%s6X/E%sN9K4' % (ng, sp, 'G24' if volt == 'DC24V' else 'W230')
                        if ng == '10':
                            code = code.replace('6X', '3X')
                    else:
                        code = '4WE%s%s61B/C%sN9Z5L' % (ng, sp, 'G24' if volt == 'DC24V' else 'W220-50')
                        if ng == '10':
                            code = code.replace('61B', '31B')
                    a = {'type': 'dirvalve', 'model': '4WE' + ng, 'spool': sp, 'volt': volt, 'brand': brand}
                    C.add(1, a, '电磁换向阀', code + ' ' + BRAND[brand][0][0], 'PCS', en_desc(a), [en_desc(a), code], [code])
    for sz in ['01', '03']:
        for sp in ['2', '4', '6', '60', '9', '3']:
            for volt in ['DC24V', 'AC220V']:
                for brand in ['Yuken', '榆次油研']:
                    code = 'DSG-%s-3C%s-%s-N1-%s' % (sz, sp, 'D24' if volt == 'DC24V' else 'A220', '50' if sz == '01' else '70')
                    a = {'type': 'dirvalve', 'model': 'DSG-' + sz, 'spool': '3C' + sp, 'volt': volt, 'brand': brand}
                    C.add(1, a, '电磁换向阀' if brand != 'Yuken' else '電磁切換弁', code + ' ' + BRAND[brand][0][0], 'PCS', en_desc(a), [en_desc(a), code], [code])
    for ng in ['6', '10', '20', '30']:
        for p in ['50', '100', '200', '315', '400']:
            for brand in ['Rexroth', '华德']:
                code = ('DBDS%sK1X/%s' if brand == 'Rexroth' else 'DBDS%sK10B/%s') % (ng, p)
                a = {'type': 'relief', 'model': 'DBDS' + ng, 'press': p + 'bar', 'brand': brand}
                C.add(2, a, '直动式溢流阀', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    for ng in ['6', '8', '10', '15', '20', '25', '30']:
        for cr in ['0', '1', '2', '3', '5']:
            for brand in ['Rexroth', '华德']:
                code = ('S%sA%s.0' if brand == 'Rexroth' else 'S%sA%s.0B') % (ng, cr)
                a = {'type': 'checkvalve', 'model': 'S%sA' % ng, 'crack': cr + '.0', 'brand': brand}
                C.add(3, a, '管式单向阀', code + ' ' + BRAND[brand][0][0], 'PCS', en_desc(a), [en_desc(a), code], [code])
    for ser, disps in [('PV2R1', [6, 8, 10, 12, 14, 17, 19, 23, 25, 31]), ('PV2R2', [26, 33, 41, 47, 53, 59, 65]), ('PV2R3', [52, 60, 66, 76, 94, 116])]:
        for dsp in disps:
            for brand in ['Yuken', '榆次油研']:
                code = '%s-%d-F-RAA-4%d' % (ser, dsp, 1 if brand == 'Yuken' else 3)
                a = {'type': 'pump', 'model': ser, 'disp': '%dcc' % dsp, 'brand': brand}
                C.add(4, a, '叶片泵', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    # hose assemblies (plant drawing numbers)
    dns = ['6', '8', '10', '12', '16', '19', '25', '31']
    lens = ['300', '400', '500', '600', '700', '800', '900', '1000', '1200', '1500', '1800', '2000', '2500', '3000']
    for ht in ['1SN', '2SN', '4SP']:
        for dn in dns:
            if ht == '4SP' and int(dn) < 10:
                continue
            for thr in ['JIC', 'ORFS', 'BSP', 'DKOL']:
                for ends in ['直-直', '直-90°', '90°-90°', '直-45°']:
                    for ln in lens:
                        if hash_str(ht + dn + thr + ends + ln) % 100 >= 60:
                            continue
                        a = {'type': 'hoseassy', 'hosetype': ht, 'dn': dn, 'thr': thr, 'ends': ends, 'len': ln}
                        code = 'YG%s-%02d-%s-%s%s' % (ht[0], int(dn), ln.zfill(4), thr[0], {'直-直': 'A', '直-90°': 'B', '90°-90°': 'C', '直-45°': 'D'}[ends])
                        clerk = CLERKS[hash_str(code) % 4]
                        spec = {'chen': '%s DN%s L=%smm %s %s' % (ht, dn, ln, thr, ends), 'zhou': '%s %s通径 %s长 %s %s' % (ht, dn, ln, thr, ends),
                                'erp': '%s DN%s L%s %s %s' % (ht, dn, ln, thr, {'直-直': 'STR-STR', '直-90°': 'STR-90', '90°-90°': '90-90', '直-45°': 'STR-45'}[ends]),
                                'tw': '%s DN%s L=%s %s %s' % (ht, dn, ln, thr, trad(ends))}[clerk]
                        C.add(5, a, {'chen': '高压胶管总成', 'zhou': '油管总成', 'erp': 'HOSE ASSY', 'tw': '高壓膠管總成'}[clerk], spec, 'PCS', en_desc(a),
                              [en_desc(a), code], [code])
    for ht in ['1SN', '2SN', '4SP']:
        for dn in dns:
            for brand in ['Parker', 'Manuli', '鹏程']:
                a = {'type': 'hose', 'hosetype': ht, 'dn': dn, 'brand': brand}
                C.add(6, a, '钢丝编织胶管', '%s DN%s %s' % (ht, dn, brand), 'M', en_desc(a), [en_desc(a)])
    # 24° cone fittings, ISO 8434-1 (= DIN 2353 declared)
    for ser, ods in [('L', [6, 8, 10, 12, 15, 18, 22, 28, 35, 42]), ('S', [6, 8, 10, 12, 14, 16, 20, 25, 30, 38])]:
        for od in ods:
            for form, fzh in [('GE-M', '直通终端公制'), ('GE-R', '直通终端英制'), ('W', '直角'), ('T', '三通'), ('G', '直通'), ('M', '螺母'), ('D', '卡套')]:
                for mat, sfx in [('碳钢镀锌', 'CF'), ('SUS316', '71')]:
                    base = form.split('-')[0]
                    code = '%s%d%s%s%s' % (base, od, ser, {'GE-M': 'M', 'GE-R': 'R'}.get(form, ''), sfx)
                    a = {'type': 'fitting24', 'std': 'ISO 8434-1', 'form': fzh, 'od': 'φ%d' % od, 'series': ser + '系列', 'mat': mat}
                    C.add(7, a, '卡套式管接头', '%s %s φ%d %s %s' % (code, fzh, od, ser, '镀锌' if sfx == 'CF' else '不锈钢316'), 'PCS', en_desc(a),
                          [en_desc(a), code, 'DIN 2353 %s%d%s' % (base, od, ser)], [code])
    for series, desc in [('20411', 'JIC内螺纹直'), ('20441', 'JIC内螺纹45°'), ('20491', 'JIC内螺纹90°'), ('22611', 'BSP内螺纹直'),
                         ('22691', 'BSP内螺纹90°'), ('24211', 'ORFS内螺纹直'), ('24291', 'ORFS内螺纹90°'), ('10411', 'JIC外螺纹直')]:
        for td in ['04', '05', '06', '08', '10', '12', '16', '20']:
            for hd in ['04', '05', '06', '08', '10', '12', '16', '20']:
                if abs(int(hd) - int(td)) > 4 or hash_str(series + td + hd) % 3 == 0:
                    continue
                code = '%s-%s-%s' % (series, td, hd)
                a = {'type': 'hosefitting', 'model': series, 'size': '%s-%s' % (td, hd)}
                C.add(8, a, '扣压式胶管接头', '%s %s' % (code, desc), 'PCS', en_desc(a), [en_desc(a), code], [code])
    for flow in ['25', '40', '63', '100', '160', '250', '400']:
        for mesh in ['80', '100', '180']:
            code = 'WU-%sx%s-J' % (flow, mesh)
            a = {'type': 'suction', 'flow': flow + 'L/min', 'mesh': mesh + '目', 'brand': '黎明'}
            C.add(9, a, '网式吸油过滤器', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
        for prec in ['1', '3', '5', '10', '20', '30']:
            for ind in ['N', 'Y']:
                code = 'RFA-%sx%sL%s' % (flow, prec, '-Y' if ind == 'Y' else '')
                a = {'type': 'returnfilter', 'flow': flow + 'L/min', 'prec': prec + 'μm', 'ind': ind, 'brand': '黎明'}
                C.add(10, a, '回油过滤器', code + (' 带发讯器' if ind == 'Y' else ''), 'PCS', en_desc(a), [en_desc(a), code], [code])
            code = 'FAX-%sx%s' % (flow, prec)
            a = {'type': 'element', 'model': 'FAX', 'flow': flow + 'L/min', 'prec': prec + 'μm', 'brand': '黎明'}
            C.add(11, a, '滤芯', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    for sz in ['0030', '0060', '0110', '0160', '0240', '0280', '0330', '0500', '0660', '0990']:
        for prec in ['003', '005', '010', '020']:
            for sealm in ['NBR', 'FKM']:
                code = '%sD%sBN4HC%s' % (sz, prec, '/-V' if sealm == 'FKM' else '')
                a = {'type': 'element', 'model': '%sD' % sz, 'prec': '%dμm' % int(prec), 'rubber': sealm, 'brand': 'HYDAC'}
                C.add(11, a, '滤芯', 'HYDAC ' + code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    for vol in ['0.63', '1', '1.6', '2.5', '4', '6.3', '10', '16', '25', '40']:
        for pr in ['10', '20', '31.5']:
            code = 'NXQ-A-%s/%s-L-Y' % (vol, pr)
            a = {'type': 'accumulator', 'vol': vol + 'L', 'press': pr + 'MPa'}
            C.add(12, a, '囊式蓄能器', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    for dial in ['60', '100']:
        for rng in ['0-6', '0-10', '0-16', '0-25', '0-40', '0-60']:
            for thr in ['M14x1.5', 'G1/4', 'M20x1.5']:
                for mount in ['径向', '轴向']:
                    if hash_str(dial + rng + thr + mount) % 4 == 0:
                        continue
                    a = {'type': 'gauge', 'dial': 'YN-' + dial, 'range': rng + 'MPa', 'port': thr, 'mount': mount}
                    C.add(13, a, '耐震压力表', 'YN-%s %sMPa %s %s' % (dial, rng, thr, mount), 'PCS', en_desc(a), [en_desc(a)])
    for port in ['G1/4', 'G3/8', 'G1/2', 'G3/4', 'G1', 'M14x1.5', 'M18x1.5', 'M22x1.5', 'M27x2', 'M33x2']:
        code = 'KHB-%s' % port
        a = {'type': 'ballvalve', 'port': port}
        C.add(14, a, '高压球阀', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
        code2 = code + 'SR'
        a = {'type': 'ballvalve', 'port': port, 'mat': 'SUS316'}
        C.add(14, a, '高压球阀', code2 + ' 不锈钢', 'PCS', en_desc(a), [en_desc(a), code2], [code2])


def build_electrical(C, rnd):
    coils = [('M7C', 'AC220V'), ('Q7C', 'AC380V'), ('F7C', 'AC110V'), ('BDC', 'DC24V'), ('B7C', 'AC24V')]
    for fr in ['09', '12', '18', '25', '32', '38', '40', '50', '65', '80', '95']:
        for cc, volt in coils:
            code = 'LC1D%s%s' % (fr, cc)
            a = {'type': 'contactor', 'model': 'LC1D' + fr, 'amp': str(int(fr)), 'volt': volt, 'brand': '施耐德'}
            C.add(1, a, '交流接触器', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    for fr in ['0910', '1210', '1810', '2510', '3210', '4011', '5011', '6511', '8011', '9511']:
        for volt in ['AC220V', 'AC380V', 'AC110V', 'AC36V', 'AC24V']:
            a = {'type': 'contactor', 'model': 'CJX2-' + fr, 'amp': str(int(fr[:2])), 'volt': volt, 'brand': '正泰'}
            C.add(1, a, '交流接触器', 'CJX2-%s %s' % (fr, volt), 'PCS', en_desc(a), [en_desc(a)])
    for lo, hi, code in [('0.1', '0.16', 'LRD01'), ('0.16', '0.25', 'LRD02'), ('0.25', '0.4', 'LRD03'), ('0.4', '0.63', 'LRD04'),
                         ('0.63', '1', 'LRD05'), ('1', '1.6', 'LRD06'), ('1.6', '2.5', 'LRD07'), ('2.5', '4', 'LRD08'), ('4', '6', 'LRD10'),
                         ('5.5', '8', 'LRD12'), ('7', '10', 'LRD14'), ('9', '13', 'LRD16'), ('12', '18', 'LRD21'), ('16', '24', 'LRD22'),
                         ('23', '32', 'LRD32'), ('30', '38', 'LRD35')]:
        for sfx, cls in [('C', '10A'), ('L', '20')]:
            full = code + ('C' if sfx == 'C' else 'L')
            a = {'type': 'overload', 'pn': full, 'range': '%s-%sA' % (lo, hi), 'trip': 'class ' + cls, 'brand': '施耐德'}
            C.add(2, a, '热过载继电器', '%s %s-%sA' % (full, lo, hi), 'PCS', en_desc(a), [en_desc(a), full], [full])
    for model in ['MY2N-J', 'MY4N-J', 'LY2N-J', 'LY4N-J', 'MY2N-GS', 'MY4N-GS', 'G2R-1-E', 'G2R-2']:
        for volt in ['DC24V', 'AC220V', 'DC12V', 'AC110V', 'AC24V']:
            if hash_str(model + volt) % 5 == 0:
                continue
            a = {'type': 'relay', 'model': model, 'volt': volt, 'brand': '欧姆龙'}
            vs = volt[2:] if volt.startswith('DC') else volt[2:]
            spec = '%s %s%s' % (model, volt[:2], volt[2:-1])
            C.add(3, a, '中间继电器', spec, 'PCS', en_desc(a), [en_desc(a)])
    for model, fzh in [('PYF08A-E', '8脚'), ('PYF14A-E', '14脚'), ('PTF08A', '8脚'), ('PTF14A', '14脚'), ('P2RF-05-E', '5脚'), ('P2RF-08-E', '8脚')]:
        a = {'type': 'relay', 'model': model, 'part': '底座'}
        C.add(3, a, '继电器底座', model + ' ' + fzh, 'PCS', en_desc(a), [en_desc(a), model], [model])
    for series, brand in [('NXB-63', '正泰'), ('DZ47-63', '正泰'), ('iC65N', '施耐德')]:
        for poles in ['1P', '2P', '3P', '4P']:
            for curve in ['C', 'D']:
                for amp in ['1', '2', '3', '4', '6', '10', '16', '20', '25', '32', '40', '50', '63']:
                    if brand == '施耐德' and hash_str(poles + curve + amp) % 3 == 0:
                        continue
                    a = {'type': 'breaker', 'model': series, 'poles': poles, 'curve': curve, 'amp': amp, 'brand': brand}
                    codes = []
                    spec = '%s %s %s%s' % (series, poles, curve, amp)
                    if brand == '施耐德':
                        pn = 'A9F%d%s%02d' % ({'C': 8, 'D': 9}[curve], poles[0], int(amp))
                        codes.append(pn)
                        spec += ' ' + pn
                    C.add(4, a, '小型断路器', spec, 'PCS', en_desc(a), [en_desc(a)] + codes, codes)
    terms = ['UK2.5B', 'UK3N', 'UK5N', 'UK6N', 'UK10N', 'UK16N', 'UK35', 'USLKG5', 'USLKG10', 'UK5-HESI', 'ST2.5', 'ST2.5-PE', 'ST2.5-TWIN',
             'ST4', 'ST4-PE', 'ST6', 'ST6-PE', 'PT2.5', 'PT2.5-PE', 'PT4', 'PT4-PE', 'PT6', 'UT2.5', 'UT2.5-PE', 'UT4', 'UT4-PE', 'UT6', 'UT6-PE',
             'UT10', 'UT10-PE', 'D-UK4/10', 'D-ST2.5', 'D-ST4', 'D-PT2.5', 'D-UT2.5/10', 'E/UK', 'CLIPFIX35', 'E/NS35N']
    for tcode in terms:
        for color in ['灰', '蓝'] if (not tcode.endswith('PE') and not tcode.startswith(('D-', 'E/', 'CLIP', 'USLKG')) and hash_str(tcode) % 2) else ['灰']:
            full = tcode + (' BU' if color == '蓝' else '')
            a = {'type': 'terminal', 'pn': tcode, 'color': color, 'brand': '菲尼克斯'}
            C.add(5, a, '接线端子', full, 'PCS', en_desc(a), [en_desc(a)], [full.replace(' ', '')] if color == '蓝' else [tcode])
    for sq, screws in [('1.5', ['3', '4', '5', '6']), ('2.5', ['3', '4', '5', '6', '8']), ('4', ['4', '5', '6', '8']), ('6', ['5', '6', '8', '10'])]:
        for s in screws:
            for kind in ['OT', 'UT']:
                code = '%s%s-%s' % (kind, sq, s)
                a = {'type': 'lug', 'pn': code}
                C.add(6, a, '冷压端子', code, 'PCS', en_desc(a), [en_desc(a)], [code])
    for sq in ['6', '10', '16', '25', '35', '50', '70', '95', '120']:
        for s in ['6', '8', '10', '12', '14', '16']:
            if int(s) < 6 + int(sq) // 30 * 2 or hash_str(sq + s) % 4 == 0:
                continue
            code = 'SC%s-%s' % (sq, s)
            a = {'type': 'lug', 'pn': code}
            C.add(6, a, '窥口铜鼻子', code, 'PCS', en_desc(a), [en_desc(a)], [code])
        code = 'DT-%s' % sq
        a = {'type': 'lug', 'pn': code}
        C.add(6, a, '铜鼻子', code, 'PCS', en_desc(a), [en_desc(a)], [code])
    for code in ['E0508', 'E7508', 'E1008', 'E1508', 'E1510', 'E2508', 'E2512', 'E4009', 'E4012', 'E6012', 'E10-12', 'E16-12', 'E25-16',
                 'TE0508', 'TE7508', 'TE1008', 'TE1508', 'TE2510']:
        a = {'type': 'lug', 'pn': code}
        C.add(6, a, '管型预绝缘端子', code, 'PCS', en_desc(a), [en_desc(a)], [code])
    cables = []
    for m in ['RVV', 'RVVP', 'TRVV', 'KVVP']:
        for c in ['2', '3', '4', '5', '7']:
            for s in ['0.5', '0.75', '1', '1.5', '2.5']:
                if m == 'KVVP' and s in ('0.5', '0.75'):
                    continue
                cables.append((m, '%sx%s' % (c, s), None))
    for s in ['0.75', '1', '1.5', '2.5', '4', '6', '10', '16']:
        for col in ['红', '黄', '绿', '蓝', '黑', '黄绿']:
            cables.append(('BVR', s + 'mm²', col))
    for spec in ['3x4+1x2.5', '3x6+1x4', '3x10+1x6', '3x16+1x10', '3x25+1x16', '3x35+1x16', '4x4', '4x6', '4x10', '4x16', '4x25']:
        cables.append(('YJV', spec, None))
    for s in ['0.75', '1', '1.5', '2.5', '4']:
        cables.append(('AGR', s + 'mm²', None))
    for m, s, col in cables:
        a = {'type': 'cable', 'model': m, 'size': s}
        if col:
            a['color'] = col
        C.add(7, a, '电缆' if m != 'BVR' else '电线', '%s %s%s' % (m, s, (' ' + col + '色') if col else ''), 'M', en_desc(a), [en_desc(a)])
    # barrel heater bands
    ids = [30, 35, 38, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100, 110, 120, 130, 140, 150, 160, 180, 200]
    for kind in ['陶瓷', '云母', '铸铝']:
        for d in ids:
            for w in [30, 40, 50, 60, 70, 80, 100]:
                if w > d + 20:
                    continue
                for volt in ['AC220V', 'AC380V']:
                    for pw in sorted(set([int(round(d * w * 0.09 / 50.0)) * 50 or 50, int(round(d * w * 0.13 / 50.0)) * 50 or 100])):
                        if hash_str('%s%d%d%s%d' % (kind, d, w, volt, pw)) % 100 >= 85:
                            continue
                        a = {'type': 'heater', 'heat': kind, 'size': 'φ%dx%d' % (d, w), 'volt': volt, 'power': str(pw)}
                        clerk = CLERKS[hash_str('%d%d%s' % (d, w, kind)) % 4]
                        spec = {'chen': '%s φ%d×%d %s %dW' % (kind, d, w, volt[2:], pw), 'zhou': '%s %d*%d %s %dW' % (kind, d, w, volt[2:], pw),
                                'erp': '%s ID%d W%d %s %dW' % ({'陶瓷': 'CERAMIC', '云母': 'MICA', '铸铝': 'CAST AL'}[kind], d, w, volt[2:], pw),
                                'tw': '%s φ%dx%d %s %dW' % (trad(kind), d, w, volt[2:], pw)}[clerk]
                        name = {'chen': kind + '加热圈', 'zhou': '加热圈', 'erp': 'BAND HEATER', 'tw': trad(kind) + '加熱圈'}[clerk]
                        C.add(8, a, name, spec, 'PCS', en_desc(a), [en_desc(a)])
    for tcty in ['K', 'J']:
        for form in ['M6螺钉式', 'M8螺钉式', '压簧式', '插入式φ5']:
            for ln in ['1', '2', '3', '5']:
                a = {'type': 'tc', 'tctype': tcty + '型', 'form': form, 'lead': ln + 'm'}
                C.add(9, a, '热电偶', '%s型 %s 线长%sm' % (tcty, form, ln), 'PCS', en_desc(a), [en_desc(a)])
    for cur in ['10', '25', '40', '60', '75', '100']:
        for kind in ['DA', 'DA-H', 'AA', 'DD']:
            code = 'SSR-%s%s' % (cur, kind)
            a = {'type': 'ssr', 'pn': code, 'brand': '阳明'}
            C.add(10, a, '固态继电器', code, 'PCS', en_desc(a), [en_desc(a), code], [code])
    for sz in ['X2', 'X4', 'X5', 'X8', 'X10', 'X18']:
        for out in ['ME1', 'MY1', 'E1', 'E2', 'MF1']:
            for conn in ['线缆2m', 'M12接插件']:
                if hash_str(sz + out + conn) % 3 == 0:
                    continue
                code = 'E2E-%s%s%s' % (sz, out, '-M1' if conn == 'M12接插件' else '')
                a = {'type': 'prox', 'pn': code, 'brand': '欧姆龙'}
                C.add(11, a, '接近开关', code + (' 2M' if conn == '线缆2m' else ''), 'PCS', en_desc(a), [en_desc(a), code], [code])
    for code in ['XB2-BA31', 'XB2-BA42', 'XB2-BA21', 'XB2-BA61', 'XB2-BA51', 'XB2-BW33B1', 'XB2-BW34B1', 'XB2-BS542', 'XB2-BE101',
                 'XB2-BD21', 'XB2-BD33', 'XB2-BA3311', 'XB2-BA4322']:
        for ver in ['', 'C']:
            full = code + ver
            a = {'type': 'button', 'pn': full, 'brand': '施耐德'}
            C.add(12, a, '按钮', full, 'PCS', en_desc(a), [en_desc(a), full], [full])


def build_catalogue():
    rnd = random.Random(SEED)
    C = Cat(rnd)
    build_fasteners(C, rnd)
    build_bearings(C, rnd)
    build_seals(C, rnd)
    build_hydraulics(C, rnd)
    build_electrical(C, rnd)
    rows = C.rows
    # old numbers from the former 用友 U8 system, with suffix-B near duplicates; mnemonic codes
    by_key = {}
    for r in rows:
        for k in r['a']:
            if k == 'type':
                continue
            key = (k,) + tuple(sorted((kk, vv) for kk, vv in r['a'].items() if kk != k))
            by_key.setdefault(key, []).append(r)
    serial = {}
    mn_seen = {}
    for i, r in enumerate(rows):
        r['old'] = []
        r['mn'] = ''
    for i, r in enumerate(rows):
        h = hash_str(r['number'])
        if h % 10 < 3 and not r['old']:
            p = OLD_PREFIX[r['category']]
            serial[p] = serial.get(p, 100) + 1 + h % 3
            old = '%s-%04d' % (p, serial[p])
            r['old'].append(old)
            if h % 10 == 0:
                sibs = []
                for k in r['a']:
                    if k == 'type':
                        continue
                    key = (k,) + tuple(sorted((kk, vv) for kk, vv in r['a'].items() if kk != k))
                    sibs += [s for s in by_key.get(key, []) if s is not r and not s['old']]
                if sibs:
                    s = sibs[h % len(sibs)]
                    s['old'].append(old + 'B')
        if h % 7 < 2:
            mn = mnemonic(r)
            if mn and mn not in mn_seen:
                mn_seen[mn] = r
                r['mn'] = mn
    for r in rows:
        r['codes'] = [r['number']] + r['old'] + ([r['mn']] if r['mn'] else []) + r['codes']
        r['aliases'] = ([r['mn']] if r['mn'] else []) + r['old'] + r['aliases']
        seen = []
        for x in r['aliases']:
            if x and x not in seen:
                seen.append(x)
        r['aliases'] = seen
    return rows


def mnemonic(r):
    """K/3 助记码: pinyin initials of the type + compact attribute values (+ finish letter, brand letters)."""
    a = r['a']
    out = TYPES[a['type']]['py'] + '-'
    fin = {'发黑': 'H', '镀锌': 'Z', '达克罗': 'D', '本色': ''}
    for k, v in a.items():
        if k in ('type', 'std', 'brand'):
            continue
        if k == 'finish':
            out += fin.get(v, '')
        elif k == 'thread':
            out += 'B' if v == '半牙' else 'Q'
        else:
            out += re.sub(r'[^0-9A-Za-z]', '', str(v)).upper()
    if 'brand' in a:
        out += re.sub(r'[^A-Za-z]', '', BRAND[a['brand']][1][0]).upper()[:2]
    return out if 7 <= len(out) <= 22 else ''


# ---------------------------------------------------------------- matching (generator side)
def norm_code(s):
    return re.sub(r'[\s\-_]', '', s.upper().replace('×', 'X').replace('*', 'X'))


def row_fits(r, states, strict):
    a = r['a']
    for k, v in states.items():
        if k == 'code':
            if norm_code(v) not in [norm_code(c) for c in r['codes']]:
                return False
        elif k == 'cat':
            if r['category'] != v:
                return False
        elif k == 'std':
            rs = a.get('std')
            if rs is None or v not in EQUIV_OF.get(rs, [rs]):
                return False
        elif a.get(k) != v:
            return False
    if strict and 'base' in states:
        if a.get('seal', 'open') != states.get('seal', 'open') and 'seal' in a:
            return False
        if a.get('clr', 'CN') != states.get('clr', 'CN'):
            return False
    return True


# ---------------------------------------------------------------- queries
STYLES = ['formal', 'terse', 'chat', 'english', 'trad', 'voice']
STYLE_W = [14, 24, 26, 12, 11, 13]
CHAT = ['{}还有吗', '{}库存多少', '帮我查下{}', '仓库里{}还剩几个', '{}有没有货', '明天装机要领{}，有吗', '请问{}放哪个库位', '{}还有没有啊',
        '采购问{}现在有多少', '{}在哪个货架', '查一下{}的库存', '{}，师傅要20个', '{}还够不够', '给我看看{}', '{}缺货了吗', '急！{}有吗', '线上要{}，仓库有没',
        '{} 库存?', '老周，{}有几个']
CHAT_T = ['{}還有嗎', '{}庫存多少', '請問{}有沒有貨', '幫我查一下{}', '{}有現貨嗎', '{}還剩幾個']
CHAT_EN = ['do we have {} in stock?', 'stock check: {}', 'need {} asap', 'how many {} left?', '{} qty?', 'pls check {}', 'looking for {}']
VOICE_PRE = ['嗯', '那个', '就是那个', '帮我看一下', '呃', '仓库', '喂', '']
VOICE_POST = ['还有吗', '有没有', '还有几个', '库存多少', '', '要两个', '有吗']

ORDER = {'紧固件': ['type', 'thread', 'std', 'size', 'grade', 'mat', 'finish', 'form'],
         '轴承': ['brand', 'type', 'base', 'seal', 'clr'],
         '密封件': ['type', 'profile', 'std', 'size', 'rubber', 'shore', 'brand'],
         '液压件': ['brand', 'type', 'model', 'code', 'std', 'form', 'hosetype', 'dn', 'thr', 'ends', 'len', 'spool', 'volt', 'size', 'od',
                 'series', 'mat', 'flow', 'prec', 'ind', 'press', 'crack', 'disp', 'rubber', 'vol', 'dial', 'range', 'port', 'mount', 'mesh'],
         '电气件': ['brand', 'type', 'model', 'code', 'heat', 'size', 'amp', 'poles', 'curve', 'volt', 'power', 'color', 'range', 'trip',
                 'tctype', 'form', 'lead', 'part', 'pn']}


def render_bearing_code(states, style, rnd, brand_note):
    base = states['base']
    seal = states.get('seal')
    clr = states.get('clr')
    s = base
    if seal and seal != 'open':
        if brand_note and states.get('brand') in MAKER_SEAL and rnd.random() < 0.5:
            s += MAKER_SEAL[states['brand']][seal]
        else:
            s += rnd.choice(['-' + seal, seal, ' ' + seal, '-' + seal] if seal == '2RS' else ['-ZZ', 'ZZ', '-2Z', ' ZZ'])
    if clr == 'C3':
        if brand_note and states.get('brand') in MAKER_C3 and rnd.random() < 0.5:
            s += MAKER_C3[states['brand']]
        else:
            s += rnd.choice(['/C3', ' C3', 'C3', '-C3'])
    if style == 'voice':
        s = speak(s, rnd).replace('-', '杠').replace('2RS', '两RS').replace('/', '')
    return s


def render_query(row, states, style, rnd, kind, typo=None):
    cat = row['category']
    order = ORDER[cat]
    keys = sorted(states.keys(), key=lambda k: order.index(k) if k in order else 50)
    if rnd.random() < 0.3 and 'type' in keys and style != 'english':
        keys.remove('type')
        keys.append('type')
    parts = []
    done_bearing = False
    for k in keys:
        v = states[k]
        if k in ('base', 'seal', 'clr') and 'base' in states:
            if done_bearing:
                continue
            done_bearing = True
            code = render_bearing_code(states, style, rnd, style in ('formal', 'english', 'terse'))
            parts.append(code)
            continue
        if k == 'type' and typo:
            parts.append(typo)
            continue
        if k == 'code':
            c = v
            if style == 'terse' and rnd.random() < 0.3:
                c = c.lower()
            if style == 'voice':
                c = speak(c, rnd).replace('-', rnd.choice(['杠', '', ' ']))
            parts.append(c)
            continue
        parts.append(render(k, v, style, rnd, prefer_short=(style in ('terse', 'chat'))))
    sep = ' ' if style in ('english', 'formal') else rnd.choice([' ', ' ', '', ' '])
    if style == 'english':
        body = ' '.join(parts)
    else:
        body = ''
        for p in parts:
            if body and (re.match(r'[A-Za-z0-9φΦ]', p[:1]) and re.search(r'[A-Za-z0-9.]$', body)):
                body += ' '
            elif body:
                body += sep
            body += p
    if style == 'chat':
        return rnd.choice(CHAT).format(body)
    if style == 'trad':
        return rnd.choice(CHAT_T + ['{}']).format(trad(body))
    if style == 'english':
        return rnd.choice(CHAT_EN + ['{}', '{}']).format(body)
    if style == 'voice':
        q = rnd.choice(VOICE_PRE) + body + rnd.choice(VOICE_POST)
        if rnd.random() < 0.25:
            q = q.replace('螺栓', '罗栓').replace('轴承', '周承').replace('接触器', '接触气')
        return q
    return body


def build_queries(rows):
    rnd = random.Random(SEED + 1)
    by_type = {}
    for r in rows:
        by_type.setdefault(r['a']['type'], []).append(r)
    code_idx = {}
    for r in rows:
        for c in r['codes']:
            code_idx.setdefault(norm_code(c), []).append(r)

    by_ts = {}
    for r in rows:
        for k in ('size', 'base', 'model'):
            if k in r['a']:
                by_ts.setdefault((r['a']['type'], k, r['a'][k]), []).append(r)

    def count(states, strict):
        if 'type' in states:
            pool = by_type[states['type']]
            for k in ('size', 'base', 'model'):
                if k in states:
                    pool = by_ts.get((states['type'], k, states[k]), [])
                    break
        elif 'code' in states:
            pool = code_idx.get(norm_code(states['code']), [])
        else:
            pool = rows
        return [r for r in pool if row_fits(r, states, strict)]

    def both(states):
        a = count(states, False)
        b = count(states, True)
        return a, b

    def unique_for(states, r):
        a, b = both(states)
        return len(a) == 1 and a[0] is r and len(b) == 1 and b[0] is r

    def full_states(r):
        # what a designation shows: no finish word on stainless, no suffix on open / normal-clearance bearings
        st = dict(r['a'])
        for k in list(st):
            if (k == 'finish' and st[k] == '本色') or (k == 'seal' and st[k] == 'open') or (k == 'clr' and st[k] == 'CN'):
                del st[k]
        return st

    def minimize(r, st, keep=(), p=0.55):
        keys = [k for k in st if k not in keep and k not in ('type', 'base', 'size', 'model')]
        rnd.shuffle(keys)
        for k in keys:
            if rnd.random() < p:
                t = dict(st)
                del t[k]
                if unique_for(t, r):
                    st = t
        return st

    def pick_style(exclude=()):
        while True:
            s = rnd.choices(STYLES, STYLE_W)[0]
            if s not in exclude:
                return s

    queries = []
    used = set()

    def emit(r, states, kind, style, expect=True, typo=None):
        if expect:
            assert unique_for(states, r), (states, kind)
        q = render_query(r, states, style, rnd, kind, typo)
        if q in used:
            return False
        used.add(q)
        queries.append(dict(query=q, expect=r['number'] if expect else None, kind=kind, style=style, states=states))
        return True

    def std_variant(st):
        s = st.get('std')
        if s and s in EQUIV_OF and rnd.random() < 0.5:
            st = dict(st)
            st['std'] = rnd.choice(EQUIV_OF[s])
        return st

    cat_types = {}
    for t, c in CATEGORY.items():
        cat_types.setdefault(c, []).append(t)

    def rand_row(types):
        t = rnd.choice(types)
        return rnd.choice(by_type[t])

    def positive(kind, types, n, keep=(), stmod=None, style_ex=()):
        made = 0
        tries = 0
        while made < n and tries < n * 60:
            tries += 1
            r = rand_row(types)
            st = full_states(r)
            if stmod:
                st = stmod(r, st)
                if st is None:
                    continue
            if not unique_for(st, r):
                continue
            st = minimize(r, st, keep)
            if emit(r, st, kind, pick_style(style_ex)):
                made += 1
        assert made == n, (kind, made)

    F = cat_types['紧固件']
    def fast_mod(r, st):
        u = rnd.random()
        if u < 0.3:
            return std_variant(st)
        t = {k: v for k, v in st.items() if k != 'std'}
        if u < 0.8 and unique_for(t, r):
            return t
        return st
    positive('fastener', F, 58, stmod=fast_mod)

    def std_mod(r, st):
        if 'std' not in st:
            return None
        return std_variant(st)
    positive('standard', [t for t in F if t not in ('key',)], 42, keep=('std',), stmod=std_mod)
    positive('standard', ['fitting24'], 3, keep=('std',), stmod=std_mod)

    def bear_mod(r, st):
        return st
    positive('bearing', cat_types['轴承'], 40, keep=('base',))

    # bare spec with a category word: base stocked once
    singles = [r for t in cat_types['轴承'] for r in by_type[t] if unique_for({'cat': '轴承', 'base': r['a']['base']}, r)]
    made = 0
    for r in sorted(singles, key=lambda r: hash_str(r['number'])):
        if made >= 6:
            break
        st = {'type': r['a']['type'], 'base': r['a']['base']} if rnd.random() < 0.3 else {'cat': '轴承', 'base': r['a']['base']}
        if not unique_for(st, r):
            continue
        if emit(r, st, 'bearing', pick_style(('english',))):
            made += 1
    positive('seal', cat_types['密封件'], 40)
    positive('hydraulic', cat_types['液压件'], 50)
    positive('electrical', cat_types['电气件'], 50)

    # prefix codes: an exact code that is also the start of a longer code
    allcodes = sorted(code_idx.keys())
    pos = {c: i for i, c in enumerate(allcodes)}
    pref = []
    for c in allcodes:
        if len(code_idx[c]) != 1:
            continue
        i = allcodes.index(c) if False else None
        nxt = allcodes[pos[c] + 1] if pos[c] + 1 < len(allcodes) else ''
        if nxt.startswith(c) and len(c) >= 4 and not re.match(r'^3\.', c):
            pref.append(c)
    rnd.shuffle(pref)
    made = 0
    for c in pref:
        if made >= 35:
            break
        r = code_idx[c][0]
        orig = [x for x in r['codes'] if norm_code(x) == c][0]
        st = {'code': orig}
        if rnd.random() < 0.4:
            st['type'] = r['a']['type']
        if not unique_for(st, r):
            continue
        if emit(r, st, 'prefix', pick_style(('voice', 'formal'))):
            made += 1
    assert made == 35, made

    olds = [r for r in rows if r['old']]
    rnd.shuffle(olds)
    made = 0
    for r in olds:
        if made >= 35:
            break
        st = {'code': r['old'][0]}
        if rnd.random() < 0.3:
            st['type'] = r['a']['type']
        if unique_for(st, r) and emit(r, st, 'oldnum', pick_style(('voice', 'english', 'formal')) if rnd.random() < 0.9 else 'voice'):
            made += 1
    mns = [r for r in rows if r['mn']]
    rnd.shuffle(mns)
    made = 0
    for r in mns:
        if made >= 30:
            break
        st = {'code': r['mn']}
        if unique_for(st, r) and emit(r, st, 'mnemonic', pick_style(('voice', 'formal', 'english'))):
            made += 1

    # typo names: long names with one slip
    made = 0
    typo_types = [t for t in TYPES if TYPES[t].get('typo')]
    while made < 35:
        r = rand_row(typo_types)
        st = minimize(r, full_states(r))
        st['type'] = r['a']['type']
        style = pick_style(('voice',))
        cands = [x for x in TYPES[r['a']['type']]['typo'] if (style == 'english') == bool(re.match(r'[A-Za-z]', x))]
        if not cands:
            continue
        ty = rnd.choice(cands)
        if style == 'trad':
            ty = trad(ty)
        if not unique_for(st, r):
            continue
        if emit(r, st, 'typo', style, typo=ty):
            made += 1

    # near misses: the row has a sibling differing in exactly one attribute; the query states it
    by_key = {}
    for r in rows:
        for k in r['a']:
            if k == 'type':
                continue
            key = (k,) + tuple(sorted((kk, vv) for kk, vv in r['a'].items() if kk != k))
            by_key.setdefault(key, []).append(r)
    made = 0
    tries = 0
    while made < 50 and tries < 5000:
        tries += 1
        r = rnd.choice(rows)
        ks = [k for k in r['a'] if k != 'type' and len(by_key[(k,) + tuple(sorted((kk, vv) for kk, vv in r['a'].items() if kk != k))]) > 1]
        if not ks:
            continue
        k = rnd.choice(ks)
        st = full_states(r)
        if k not in st:
            continue
        st = minimize(r, st, keep=(k,), p=0.5)
        if unique_for(st, r) and emit(r, st, 'nearmiss', pick_style()):
            made += 1

    # nulls: ambiguous (a deciding attribute left out) or not stocked
    nulls = []

    def null_from(kind, types, mode, n):
        made = 0
        tries = 0
        while made < n and tries < 3000:
            tries += 1
            r = rand_row(types)
            st = minimize(r, full_states(r), p=0.4)
            if mode == 'drop':
                ks = [k for k in st if k not in ('type', 'size', 'base', 'model', 'pn', 'code')]
                if not ks:
                    continue
                k = rnd.choice(ks)
                t = dict(st)
                del t[k]
                a, b = both(t)
                if len(a) >= 2 and len(b) >= 2 or (len(a) >= 2 and len(b) == 0):
                    if emit(r, t, kind, pick_style(), expect=False):
                        made += 1
            else:  # change one value to one not stocked in this combination
                ks = [k for k in st if k not in ('type',)]
                if not ks:
                    continue
                k = rnd.choice(ks)
                vals = sorted(set(str(x['a'].get(k)) for x in by_type[r['a']['type']] if x['a'].get(k) is not None))
                vals = [v for v in vals if v != st[k]]
                if not vals:
                    continue
                t = dict(st)
                t[k] = rnd.choice(vals)
                a, b = both(t)
                if len(a) == 0 and len(b) == 0:
                    if emit(r, t, kind, pick_style(), expect=False):
                        made += 1
        assert made == n, (kind, mode, made)

    # bare bearing designations with several rows open in more than one brand
    made = 0
    for t in ['dgbb']:
        cand = sorted(set(r['a']['base'] for r in by_type[t]))
        rnd.shuffle(cand)
        for base in cand:
            if made >= 4:
                break
            st = {'cat': '轴承', 'base': base}
            a, b = both(st)
            if len(a) >= 2 and len(b) >= 2:
                if emit(a[0], st, 'bearing', pick_style(('english',)), expect=False):
                    made += 1
    null_from('fastener', F, 'drop', 3)
    null_from('fastener', F, 'change', 2)
    null_from('electrical', cat_types['电气件'], 'drop', 3)
    null_from('hydraulic', cat_types['液压件'], 'drop', 3)
    null_from('seal', cat_types['密封件'], 'change', 2)
    null_from('nearmiss', cat_types['紧固件'] + cat_types['轴承'], 'drop', 4)
    null_from('standard', [t for t in F if t != 'key'], 'change', 2)
    null_from('bearing', cat_types['轴承'], 'change', 2)
    # top up with near misses if a pool ran short
    while len(queries) < 500:
        r = rnd.choice(rows)
        st = minimize(r, full_states(r), p=0.5)
        if unique_for(st, r):
            emit(r, st, 'nearmiss', pick_style())
    assert len(queries) == 500, len(queries)
    order = list(range(500))
    rnd.shuffle(order)
    return [queries[i] for i in order]


def build():
    rows = build_catalogue()
    queries = build_queries(rows)
    return rows, queries


def catalogue_text(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\n')
    w.writerow(['number', 'name', 'spec', 'unit', 'category', 'aliases'])
    for r in rows:
        w.writerow([r['number'], r['name'], r['spec'], r['unit'], r['category'], ';'.join(a.replace(';', ',') for a in r['aliases'])])
    return buf.getvalue()


def queries_text(queries):
    return ''.join(json.dumps({'query': q['query'], 'expect': q['expect'], 'kind': q['kind'], 'style': q['style']}, ensure_ascii=False) + '\n'
                   for q in queries)


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    rows, queries = build()
    with open(os.path.join(here, 'catalogue.csv'), 'w', encoding='utf-8', newline='') as f:
        f.write(catalogue_text(rows))
    with open(os.path.join(here, 'queries.jsonl'), 'w', encoding='utf-8', newline='') as f:
        f.write(queries_text(queries))
    print('rows', len(rows), 'queries', len(queries))
