"""Shared helpers: catalogue container, numbering, matcher, Chinese numerals, traditional characters."""
import re

SEED = 1111


def fmt(x):
    """Canonical string for a number (attribute values are always strings)."""
    if isinstance(x, str):
        return x
    s = ('%.3f' % x).rstrip('0').rstrip('.')
    return s


def norm_code(s):
    """Normalise a maker / old-system code: case, separators and spaces do not matter."""
    s = s.upper().replace('×', 'X').replace('＊', '*')
    return re.sub(r'[\s\-_/\.·#()（）:：,，]', '', s)


# ---------------------------------------------------------------- Chinese numerals (voice input)
CN_DIG = '零一二三四五六七八九'


def cn_int(n, liang=False):
    """Colloquial cardinal: 30 -> 三十, 150 -> 一百五, 1250 -> 一千二百五, 105 -> 一百零五."""
    n = int(n)
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return '十' + (CN_DIG[n % 10] if n % 10 else '')
    if n < 100:
        return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')
    if n < 1000:
        h, r = divmod(n, 100)
        s = ('两' if (h == 2 and liang) else CN_DIG[h]) + '百'
        if r == 0:
            return s
        if r < 10:
            return s + '零' + CN_DIG[r]
        if r % 10 == 0:
            return s + CN_DIG[r // 10]
        if r < 20:
            return s + '一' + cn_int(r)
        return s + cn_int(r)
    if n < 10000:
        t, r = divmod(n, 1000)
        s = ('两' if (t == 2 and liang) else CN_DIG[t]) + '千'
        if r == 0:
            return s
        if r < 100:
            return s + '零' + (('一' + cn_int(r)) if 10 <= r < 20 else cn_int(r))
        if r % 100 == 0:
            return s + CN_DIG[r // 100]
        return s + cn_int(r)
    raise ValueError(n)


def cn_num(x, liang=False):
    """Spoken form of a decimal such as 2.65 -> 二点六五."""
    s = fmt(x)
    if '.' in s:
        a, b = s.split('.')
        return cn_int(int(a), liang) + '点' + ''.join(CN_DIG[int(c)] for c in b)
    return cn_int(int(s), liang)


def cn_digits(s, yao=False, dong=False):
    """Digit-by-digit reading of a code: 6204 -> 六二零四 (幺 for 1, 洞 for 0 when asked)."""
    out = []
    for ch in s:
        if ch.isdigit():
            if ch == '1' and yao:
                out.append('幺')
            elif ch == '0' and dong:
                out.append('洞')
            else:
                out.append(CN_DIG[int(ch)])
        else:
            out.append(ch)
    return ''.join(out)


COUNT_CN = {1: '一个', 2: '两个', 3: '三个', 4: '四个', 5: '五个', 6: '六个', 8: '八个', 10: '十个', 20: '二十个',
            50: '五十个', 100: '一百个'}

# ---------------------------------------------------------------- simplified -> traditional (only what we use)
_S2T_PAIRS = (
    '丝絲 钉釘 轴軸 钢鋼 锈鏽 锌鋅 镀鍍 垫墊 圆圓 头頭 紧緊 顶頂 螺螺 栓栓 帽帽 弹彈 簧簧 挡擋 键鍵 销銷 '
    '开開 关關 阀閥 压壓 泵泵 块塊 导導 轨軌 滚滾 杠槓 联聯 轴軸 器器 线線 缆纜 电電 继繼 断斷 护護 '
    '门門 调調 节節 润潤 滑滑 脂脂 油油 气氣 缸缸 动動 块塊 机機 数數 控控 编編 码碼 锁鎖 圈圈 封封 '
    '这這 个個 们們 还還 没沒 吗嗎 请請 问問 帮幫 给給 单單 货貨 发發 现現 确確 认認 谢謝 库庫 补補 '
    '对對 错錯 时時 间間 长長 宽寬 厚厚 内內 外外 径徑 规規 格格 样樣 种種 级級 黑黑 铁鐵 铜銅 铝鋁 尼尼 '
    '龙龍 胶膠 盖蓋 双雙 带帶 组組 预預 载載 轻輕 重重 精精 密密 度度 号號 订訂 购購 买買 价價 报報 '
    '急急 赶趕 紧緊 马馬 后後 备備 换換 坏壞 损損 厂廠 车車 床床 贴貼 进進 专專 门門 过過 几幾 点點 '
    '该該 应應 这這 么麼 样樣 处處 条條 两兩 应應 见見 说說 话話 听聽 写寫 错錯 记記 录錄 寻尋 找找 '
    '边邊 侧側 固固 定定 撑撐 座座 节節 孔孔 板板 环環 形形 弯彎 通通 终終 端端 卡卡 套套 变變 径徑 '
    '软軟 硬硬 质質 钳鉗 扳扳 针針 表錶 盘盤 显顯 示示 继繼 续續 触觸 线線 圈圈 护護 罩罩 链鏈 拖拖 '
    '让讓 务務 实實 际際 产產 品品 标標 准準 称稱 头頭 类類 别別 间間 隔隔 测測 试試 验驗 结結 构構 '
    '热熱 浸浸 达達 罗羅 镍鎳 铬鉻 钝鈍 彩彩 色色 蓝藍 白白 红紅 绿綠 黄黃 棕棕 种種 级級 '
    '个個 据據 间間 库庫 处處 总總 计計 划劃 场場 仓倉 储儲 务務 须須 发發 货貨 运運 输輸 适適 配配 '
    '马馬 达達 伺伺 服服 轮輪 齿齒 牙牙 细細 粗粗 平平 沉沉 凹凹 锥錐 尖尖 钮鈕 钮鈕 扭扭 样樣'
)
S2T = {}
for _pair in _S2T_PAIRS.split():
    S2T[_pair[0]] = _pair[1]


def to_trad(s):
    return ''.join(S2T.get(ch, ch) for ch in s)


# ---------------------------------------------------------------- catalogue container
class Catalogue:
    def __init__(self):
        self.rows = []
        self.serial = {}
        self.namespec = set()
        self.attrsets = set()

    def add(self, rng, grp, name, spec, unit, category, attrs, aliases=(), gap=True):
        attrs = {k: (v if isinstance(v, (str, tuple, frozenset)) else fmt(v)) for k, v in attrs.items()}
        if 'model' in attrs:
            attrs['model_n'] = norm_code(attrs['model'])
        key = tuple(sorted((k, v) for k, v in attrs.items() if k != 'model_n'))
        if key in self.attrsets:
            raise ValueError('duplicate attribute set %r' % (key,))
        ns = (name, spec)
        if ns in self.namespec:
            raise ValueError('duplicate name+spec %r' % (ns,))
        self.attrsets.add(key)
        self.namespec.add(ns)
        n = self.serial.get(grp, 0) + (1 + (rng.random() < 0.08) + (rng.random() < 0.03) if gap else 1)
        self.serial[grp] = n
        row = {'number': '%s.%05d' % (grp, n), 'name': name, 'spec': spec, 'unit': unit,
               'category': category, 'aliases': list(aliases), 'attrs': attrs}
        self.rows.append(row)
        return row


# ---------------------------------------------------------------- matcher
_MISSING = object()


def row_fits(row, cons):
    a = row['attrs']
    for k, v in cons.items():
        if k == 'number':
            if row['number'] != v:
                return False
        elif k == 'alias':
            if v not in row['_alias_n']:
                return False
        elif k == 'model':
            if a.get('model_n') != v:
                return False
        elif k == 'model_sub':
            if v not in a.get('model_n', ''):
                return False
        else:
            rv = a.get(k, _MISSING)
            if isinstance(v, frozenset):
                if rv not in v:
                    return False
            elif rv != v:
                return False
    return True


class Matcher:
    def __init__(self, rows):
        self.rows = rows
        self.by_fam = {}
        self.by_number = {}
        self.by_alias = {}
        for r in rows:
            r['_alias_n'] = set(norm_code(x) for x in r['aliases'])
            self.by_fam.setdefault(r['attrs']['fam'], []).append(r)
            self.by_number[r['number']] = r
            for x in r['_alias_n']:
                self.by_alias.setdefault(x, []).append(r)

    def fits(self, cons):
        if not hasattr(self, 'by_ft'):
            self.by_ft = {}
            self.by_model = {}
            for r in self.rows:
                a = r['attrs']
                self.by_ft.setdefault((a['fam'], a.get('type')), []).append(r)
                if 'model_n' in a:
                    self.by_model.setdefault(a['model_n'], []).append(r)
        if 'model' in cons:
            return [r for r in self.by_model.get(cons['model'], []) if row_fits(r, cons)]
        if 'fam' in cons and 'type' in cons and isinstance(cons['fam'], str):
            ts = cons['type'] if isinstance(cons['type'], frozenset) else [cons['type']]
            pool = [r for t in sorted(ts) for r in self.by_ft.get((cons['fam'], t), [])]
            return [r for r in pool if row_fits(r, cons)]
        if 'number' in cons:
            pool = [self.by_number[cons['number']]] if cons['number'] in self.by_number else []
        elif 'alias' in cons:
            pool = self.by_alias.get(cons['alias'], [])
        elif 'fam' in cons:
            f = cons['fam']
            if isinstance(f, frozenset):
                pool = [r for x in sorted(f) for r in self.by_fam.get(x, [])]
            else:
                pool = self.by_fam.get(f, [])
        else:
            pool = self.rows
        return [r for r in pool if row_fits(r, cons)]

    def count(self, cons):
        return len(self.fits(cons))


def merge(facets, names):
    c = {}
    for n in names:
        c.update(facets[n][0])
    return c


def pick(facets, required, optional, count, rng, extra_p=0.25):
    """Choose facet names: required ones, a few random extras, then optional ones (in order)
    until the constraint fits exactly one row.  Returns list of names or None."""
    chosen = [n for n in required]
    if any(n not in facets for n in chosen):
        return None
    for n in optional:
        if n in facets and n not in chosen and rng.random() < extra_p:
            chosen.append(n)
    c = count(merge(facets, chosen))
    for n in optional:
        if c <= 1:
            break
        if n in facets and n not in chosen:
            chosen.append(n)
            c = count(merge(facets, chosen))
    return chosen if c == 1 else None


def partial_fragment(model, rng):
    """A fragment of a maker code as a person would type it: leading (or trailing) separator-delimited parts,
    or, for codes without separators, the first characters."""
    parts = [x for x in re.split(r'[\-/ ]', model) if x]
    if len(parts) >= 3:
        if rng.random() < 0.7:
            k = rng.randint(2, len(parts) - 1)
            seps = re.findall(r'[\-/ ]+', model)
            out = parts[0]
            for i in range(1, k):
                out += seps[i - 1] + parts[i]
            return out
        return '-'.join(parts[-2:]) if rng.random() < 0.5 else model[model.index(parts[1]):]
    if len(model) < 8:
        return None
    cuts = [i for i in range(6, len(model)) if model[i - 1].isdigit() != model[i].isdigit()
            and model[i - 1].isalnum() and model[i].isalnum()]
    if not cuts:
        return None
    return model[:cuts[rng.randrange(len(cuts))]]
