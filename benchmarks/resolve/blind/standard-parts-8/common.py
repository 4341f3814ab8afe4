"""Shared helpers: rows, numbering, notation helpers. stdlib only."""
import random

SEED = 20240814

class Row:
    __slots__ = ("num", "name", "spec", "unit", "cat", "aliases", "attrs", "clerk")
    def __init__(self, attrs, name, spec, unit, cat, aliases, clerk):
        self.attrs = attrs; self.name = name; self.spec = spec; self.unit = unit
        self.cat = cat; self.aliases = aliases; self.clerk = clerk; self.num = None

CLERKS = ("eng", "store", "hk", "erp")

# K/3 numbering: category letters + 2-digit subgroup + 5-digit serial, e.g. LS03-00127
class Numberer:
    def __init__(self):
        self.cnt = {}
    def next(self, prefix):
        n = self.cnt.get(prefix, 0) + 1
        self.cnt[prefix] = n
        return "%s-%05d" % (prefix, n)

def pick_clerk(rng, weights=(4, 3, 2, 2)):
    return rng.choices(CLERKS, weights=weights)[0]

# ---- notation helpers -------------------------------------------------
CN_DIG = "零一二三四五六七八九"

def cn_num(n):
    """spoken Chinese number for 0..9999 (integers)."""
    n = int(n)
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")
    if n < 1000:
        h, r = divmod(n, 100)
        s = CN_DIG[h] + "百"
        if r == 0:
            return s
        if r < 10:
            return s + "零" + CN_DIG[r]
        return s + (CN_DIG[r // 10] + "十" + (CN_DIG[r % 10] if r % 10 else ""))
    t, r = divmod(n, 1000)
    s = CN_DIG[t] + "千"
    if r == 0:
        return s
    if r < 100:
        return s + "零" + cn_num(r)
    return s + cn_num(r)

def cn_dec(x):
    """8.8 -> 八点八 ; 2.65 -> 二点六五"""
    s = fmt_num(x)
    if "." in s:
        a, b = s.split(".")
        return cn_num(int(a)) + "点" + "".join(CN_DIG[int(c)] for c in b)
    return cn_num(int(s))

def cn_digits(s):
    """read digit by digit: 6204 -> 六二零四 (how people read bearing codes)"""
    return "".join(CN_DIG[int(c)] if c.isdigit() else c for c in s)

def fmt_num(x):
    if isinstance(x, str):
        return x
    if float(x) == int(x):
        return str(int(x))
    return ("%.3f" % x).rstrip("0").rstrip(".")

TRAD = str.maketrans({
    "螺": "螺", "丝": "絲", "钉": "釘", "头": "頭", "锌": "鋅", "镀": "鍍", "圆": "圓", "柱": "柱",
    "槽": "槽", "盘": "盤", "垫": "墊", "圈": "圈", "弹": "彈", "簧": "簧", "轴": "軸", "承": "承",
    "滚": "滾", "针": "針", "沟": "溝", "球": "球", "铜": "銅", "阀": "閥", "电": "電", "器": "器",
    "继": "繼", "容": "容", "机": "機", "温": "溫", "控": "控", "发": "發", "黑": "黑", "锁": "鎖",
    "紧": "緊", "级": "級", "钢": "鋼", "锈": "銹", "尼": "尼", "龙": "龍", "形": "形", "圈": "圈",
    "氟": "氟", "橡": "橡", "胶": "膠", "骨": "骨", "架": "架", "油": "油", "封": "封", "干": "乾",
    "燥": "燥", "过": "過", "滤": "濾", "视": "視", "镜": "鏡", "磁": "磁", "线": "線", "圈": "圈",
    "压": "壓", "缩": "縮", "管": "管", "弯": "彎", "三": "三", "通": "通", "变": "變", "径": "徑",
    "黄": "黃", "紫": "紫", "风": "風", "扇": "扇", "马": "馬", "达": "達", "头": "頭", "个": "個",
    "推": "推", "力": "力", "带": "帶", "边": "邊", "面": "面", "法": "法", "兰": "蘭", "内": "內",
    "外": "外", "六": "六", "角": "角", "沉": "沉", "平": "平", "端": "端", "定": "定", "帽": "帽",
    "母": "母", "牙": "牙", "全": "全", "半": "半", "国": "國", "标": "標", "德": "德", "寸": "寸",
    "制": "制", "美": "美", "吋": "吋", "单": "單", "向": "向", "节": "節", "流": "流", "膨": "膨",
    "胀": "脹", "储": "儲", "液": "液", "罐": "罐", "开": "開", "关": "關", "触": "觸", "热": "熱",
    "保": "保", "护": "護", "运": "運", "行": "行", "启": "啟", "动": "動", "间": "間", "隙": "隙",
    "密": "密", "盖": "蓋", "无": "無", "长": "長", "厚": "厚", "壁": "壁", "盘": "盤", "卷": "卷",
    "铝": "鋁", "粗": "粗", "细": "細", "异": "異", "径": "徑", "对": "對", "焊": "焊", "纳": "納",
    "气": "氣", "孔": "孔", "头": "頭", "种": "種", "类": "類", "颗": "顆", "货": "貨", "问": "問",
    "请": "請", "报": "報", "价": "價", "现": "現", "这": "這", "样": "樣", "规": "規", "格": "格",
    "吗": "嗎", "们": "們", "条": "條", "数": "數", "量": "量", "时": "時", "么": "麼", "还": "還",
    "组": "組", "买": "買", "卖": "賣", "订": "訂", "单": "單", "发": "發", "给": "給", "该": "該",
    "罗": "羅", "铁": "鐵", "质": "質", "蓝": "藍", "彩": "彩", "达": "達", "克": "克",
})

def trad(s):
    return s.translate(TRAD)

def typo(rng, s, n=1):
    """realistic typos: drop / swap / double a character, or homophone slip."""
    homo = {"沟": "钩", "轴": "釉", "承": "成", "螺": "罗", "钉": "丁", "垫": "电", "圈": "卷",
            "膨": "彭", "胀": "涨", "燥": "躁", "器": "气", "阀": "伐", "圆": "园", "柱": "住",
            "Hexagon": "Hexagaon", "Socket": "Sokcet", "Bearing": "Bearnig", "Washer": "Wahser",
            "Contactor": "Contacter", "Capacitor": "Capasitor", "Thermostat": "Thermostst"}
    chars = list(s)
    for _ in range(n):
        keys = [k for k in homo if k in s]
        r = rng.random()
        if keys and r < 0.45:
            k = rng.choice(keys)
            s = s.replace(k, homo[k], 1)
            continue
        chars = list(s)
        idx = [i for i, c in enumerate(chars) if 0 < i < len(chars) - 1 and
               (ord(c) > 0x3400 and ord(chars[i + 1]) > 0x3400 or
                c.isascii() and c.isalpha() and chars[i - 1].isalpha() and chars[i + 1].isalpha())]
        if len(idx) < 3:
            continue
        i = rng.choice(idx[1:-1])
        if r < 0.7 and i + 1 < len(chars):
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif r < 0.85:
            del chars[i]
        else:
            chars.insert(i, chars[i])
        s = "".join(chars)
    return s
