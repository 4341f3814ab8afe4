"""Shared helpers: deterministic RNG, Item record, number formatting,
spoken Chinese numbers, traditional characters, chat wrappers, typos."""
import random
import zlib

SEED = 20240610


def rng_for(name):
    return random.Random(SEED ^ zlib.crc32(name.encode('utf-8')))


class Item:
    __slots__ = ('number', 'name', 'spec', 'unit', 'cat', 'aliases', 'a', 'src')

    def __init__(self, name, spec, unit, cat, a, src):
        self.number = None
        self.name = name
        self.spec = spec
        self.unit = unit
        self.cat = cat
        self.aliases = []
        self.a = a
        self.src = src

    def key(self):
        return tuple(sorted((k, str(v)) for k, v in self.a.items()))


def fmt(x):
    if isinstance(x, str):
        return x
    if isinstance(x, bool):
        return str(x)
    if isinstance(x, int):
        return str(x)
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s


def norm_code(s):
    return ''.join(ch for ch in str(s).upper() if ch.isalnum())


# ---------------------------------------------------------------- spoken numbers
DIG = '零一二三四五六七八九'


def cn_int(n, colloq=False):
    n = int(n)
    if n < 10:
        return DIG[n]
    if n < 20:
        return '十' + (DIG[n % 10] if n % 10 else '')
    if n < 100:
        return DIG[n // 10] + '十' + (DIG[n % 10] if n % 10 else '')
    if n < 1000:
        h = DIG[n // 100] + '百'
        if colloq and n // 100 == 2:
            h = '两百'
        r = n % 100
        if r == 0:
            return h
        if r < 10:
            return h + '零' + DIG[r]
        if colloq and r % 10 == 0:
            return h + DIG[r // 10]
        return h + DIG[r // 10] + '十' + (DIG[r % 10] if r % 10 else '')
    if n < 10000:
        t = DIG[n // 1000] + '千'
        if colloq and n // 1000 == 2:
            t = '两千'
        r = n % 1000
        if r == 0:
            return t
        if r < 10:
            return t + '零' + DIG[r]
        if r < 100:
            return t + '零' + DIG[r // 10] + '十' + (DIG[r % 10] if r % 10 else '')
        if colloq and r % 100 == 0:
            return t + DIG[r // 100]
        return t + cn_int(r)
    return str(n)


def cn_num(s, colloq=False):
    s = fmt(s)
    if '.' in s:
        a, b = s.split('.')
        return cn_int(int(a)) + '点' + ''.join(DIG[int(c)] for c in b)
    return cn_int(int(s), colloq)


def cn_digits(s, yao=False):
    out = []
    for ch in str(s):
        if ch.isdigit():
            out.append('幺' if (yao and ch == '1') else DIG[int(ch)])
        elif ch == '-':
            out.append('杠')
        else:
            out.append(ch)
    return ''.join(out)


# ---------------------------------------------------------------- traditional
_TR = ('丝絲 轴軸 垫墊 钢鋼 锈銹 气氣 阀閥 电電 头頭 货貨 几幾 个個 号號 标標 准準 机機 条條 链鏈 '
       '带帶 轮輪 动動 弹彈 销銷 挡擋 线線 开開 关關 无無 长長 宽寬 单單 双雙 这這 还還 没沒 吗嗎 '
       '帮幫 买買 盘盤 圆圓 节節 齿齒 体體 门門 胶膠 颗顆 数數 过過 么麼 对對 应應 换換 坏壞 来來 '
       '给給 请請 问問 级級 铁鐵 镀鍍 锌鋅 盖蓋 点點 两兩 万萬 钉釘 块塊 组組 视視 测測 传傳 继繼 '
       '触觸 马馬 达達 驱驅 编編 码碼 锁鎖 紧緊 旧舊 订訂 现現 库庫 罗羅 压壓 导導 轨軌 环環 仓倉 '
       '制製 径徑 阴陰 阳陽 热熱 张張 层層 储儲 备備 质質 种種 类類 东東 边邊 须須 后後 风風 启啟 '
       '处處 滤濾 调調 变變 频頻 断斷 护護 栏欄 网網 输輸 缓緩 冲衝 黄黃 润潤 实實 尔爾 兰蘭 荣榮 '
       '宝寶 乐樂 亚亞 细細 铜銅 铝鋁 灯燈 红紅 绿綠 蓝藍 发發 纹紋 螺螺 圈圈 帽帽 丝絲 钳鉗 扣釦 '
       '脚腳 块塊 卖賣 广廣 东東 样樣 仅僅 总總 适適 选選 与與 产產 厂廠 专專 业業 范範 围圍 构構 '
       '筒筒 滚滾 针針 随隨 从從 凸凸 阻阻 隔隔 离離 感感 器器 继繼 缩縮 嘴嘴 单單 销銷 键鍵 孔孔 '
       '紧緊 锰錳 盘盤 浅淺 软軟 硬硬 密密 封封 卫衛 级級 饮飲 装裝 灌灌 贴貼 签簽 验驗 尘塵 须須 '
       '虑慮 乘乘 唔唔 冇冇 仲仲 睇睇 攞攞 粒粒')
TRAD = {}
for _p in _TR.split():
    if len(_p) == 2 and _p[0] != _p[1]:
        TRAD[_p[0]] = _p[1]


def to_trad(s):
    return ''.join(TRAD.get(c, c) for c in s)


# ---------------------------------------------------------------- chat wrappers
WRAP = {
    'buyer': ['请问{x}有库存吗？', '{x} 还有货吗', '询价：{x}，需要{q}个', '{x} 帮忙查下物料编码',
              '需要 {x} {q}个，库存够吗', '{x}，下周要{q}个，仓库有没有', '采购单上写的{x}，系统里是哪个'],
    'storekeeper': ['{x} 仲有几多', '出库：{x} {q}个', '{x}', '领料 {x}', '盘点 {x} 找不到编码',
                    '{x} 放边个货架', '{x} 入库登记'],
    'mechanic_voice': ['帮我拿个{x}', '{x}有没有', '那个{x}还有吗', '{x}，明天要', '给我找{q}个{x}',
                       '喂，{x}仓库有吗', '线上坏了一个{x}，快点'],
    'cantonese': ['{x}有冇货', '帮我睇下{x}仲有几多', '{x}，要{q}个', '唔该 {x} 攞两个', '{x} 仲有冇呀',
                  '有冇{x}呀', '{x} 听日要用，有冇'],
    'hk_english': ['need {q} pcs {x} urgent', 'pls check stock: {x}', '{x} any stock?', '{x} x {q}pcs thx',
                   '{x} - how many in store?', '{x}', 'pls advise stock of {x}, thx'],
    'engineer': ['{x}，BOM用', '查一下{x}的物料编码', '{x} 库存?', '图纸上是{x}，仓库有吗', '{x}',
                 '维修用 {x}，有没有现货'],
}
QTY = [2, 4, 5, 6, 10, 12, 20, 50]


def wrap(style, core, rng):
    t = rng.choice(WRAP[style])
    s = t.format(x=core, q=rng.choice(QTY))
    if style == 'cantonese' and rng.random() < 0.4:
        s = to_trad(s)
    return s


# ---------------------------------------------------------------- typos
TYPO_ZH = [
    ('螺丝', ['罗丝', '螺思', '螺司']), ('螺钉', ['螺丁', '罗钉']), ('内六角', ['内六脚', '内陆角']),
    ('垫圈', ['垫卷', '电圈']), ('垫片', ['垫骗', '电片']), ('弹垫', ['谈垫', '弹电']), ('螺母', ['罗母', '螺毋']),
    ('螺帽', ['罗帽', '螺冒']), ('挡圈', ['档圈', '挡卷']), ('卡簧', ['卡黄', '咔簧']), ('沉头', ['沈头', '陈头']),
    ('紧定', ['紧订']), ('法兰', ['法蓝', '发兰']), ('轴承', ['轴成', '轴乘', '周承']), ('啤呤', ['啤令', '卑呤']),
    ('密封', ['密风', '蜜封']), ('油封', ['油风', '由封']), ('气缸', ['汽缸', '气杠']), ('电磁阀', ['电磁伐', '电磁发']),
    ('接头', ['接投', '结头']), ('传感器', ['传感气', '船感器']), ('光电', ['光点']), ('接近开关', ['接进开关', '接近开观']),
    ('继电器', ['继电气', '机电器']), ('接触器', ['接处器', '节触器']), ('链条', ['连条', '链跳']), ('链轮', ['连轮']),
    ('同步带', ['同步代', '同布带']), ('同步轮', ['同步伦']), ('皮带', ['皮代']), ('弹簧', ['弹黄', '谈簧']),
    ('吸盘', ['吸盆', '西盘']), ('卡箍', ['卡古', '卡箍子']), ('卡盘', ['卡盆', '咔盘']), ('蝶阀', ['碟阀', '蝶伐']),
    ('不锈钢', ['不锈刚', '不秀钢']), ('编码器', ['编马器']), ('伺服', ['司服', '伺付']), ('硅胶', ['硅交', '归胶']),
    ('氟胶', ['弗胶', '氟交']), ('消声器', ['消生器']), ('导轨', ['导规']), ('耐磨条', ['耐模条']),
    ('平键', ['平建']), ('销', ['消']), ('直线轴承', ['直线轴成']),
]
TYPO_EN = [
    ('SCREW', ['SCRW', 'SCERW']), ('WASHER', ['WASHR', 'WAHSER']), ('BEARING', ['BEARNG', 'BAERING']),
    ('CYLINDER', ['CYLINDR', 'CYLINER']), ('VALVE', ['VLAVE', 'VALV']), ('SENSOR', ['SENSER', 'SNESOR']),
    ('GASKET', ['GASKIT', 'GAKSET']), ('FITTING', ['FITING', 'FTTING']), ('SPRING', ['SPRNG']),
    ('BELT', ['BLET']), ('PULLEY', ['PULLY', 'PULEY']), ('CHAIN', ['CHIAN']), ('NUT', ['NUTT']),
    ('Bearing', ['Bearng']), ('Cylinder', ['Cylindr']), ('Valve', ['Vlave']),
    ('bearing', ['bearng', 'baering']), ('cylinder', ['cylindr']), ('valve', ['vlave']), ('screw', ['scerw']),
    ('washer', ['washr']), ('sensor', ['senser']), ('gasket', ['gaskit']), ('ring', ['rign']),
]


def apply_typo(text, rng):
    cands = [(a, b) for a, b in TYPO_ZH + TYPO_EN if a in text]
    if not cands:
        return None
    a, b = rng.choice(cands)
    return text.replace(a, rng.choice(b), 1)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]
