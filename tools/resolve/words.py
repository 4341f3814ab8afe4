"""The trade's words as data: synonyms (each to one canonical word, a facet value or a kind of part), common
misspellings, and the chat words around a material phrase. `lexicon` turns them into rewriting rules, `normalize`
drops the chat."""

from __future__ import annotations

from tools.resolve.vocabulary import LIPS
from tools.resolve.words_jis import JIS_CHAT, JIS_SYNONYMS
from tools.resolve.words_more import CHAT_PATTERNS, MORE_CHAT, MORE_MISSPELLINGS, MORE_SYNONYMS
from tools.resolve.words_yue import YUE_CHAT, YUE_SYNONYMS
from tools.text import normalize

__all__ = ["AFTER_SIZE", "CHAT_FILLER", "CHAT_PATTERNS", "COUNTERS", "HOW_MANY", "MISSPELLINGS", "SYNONYMS"]

# Synonyms → the canonical word (a facet value, or a kind of part no facet holds). Longest synonym first when
# rewriting, so 六角头螺栓 goes before 六角螺栓; an ASCII synonym is a whole word.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "六角螺栓": (
        "外六角螺栓", "六角头螺栓", "六方螺栓", "外六角螺丝", "外六角螺钉", "六角头螺钉", "六角螺丝", "外六角",
        "hex bolt", "hex head bolt", "hexagon head bolt", "hex tap bolt", "hex cap screw", "hex screw",
    ),
    "内六角螺钉": ("内六角螺栓", "内六角螺丝", "内六方螺钉", "allen screw", "allen bolt"),
    "内六角圆柱头螺钉": (
        "圆柱头内六角螺钉", "内六角圆柱头螺丝", "内六角圆柱头螺栓", "圆柱头内六角", "杯头螺丝", "杯头螺钉",
        "杯头内六角", "内六角杯头", "socket head cap screw", "socket cap screw", "shcs", "socket head screw",
        "socket head bolt",
    ),
    "内六角沉头螺钉": (
        "flat head socket cap screw", "countersunk socket head cap screw",
        "沉头内六角螺钉", "沉头内六角螺丝", "内六角平头螺钉", "内六角平头螺丝", "平头内六角螺钉", "平头内六角",
        "平杯螺丝", "countersunk socket head screw", "countersunk socket screw", "socket countersunk screw",
        "flat head socket screw",
    ),
    "十字沉头螺钉": (
        "十字槽沉头螺钉", "沉头十字螺丝", "十字平头螺丝", "十字沉头螺丝", "phillips countersunk screw",
        "cross recessed countersunk screw",
    ),
    "十字盘头螺钉": (
        "十字槽盘头螺钉", "盘头十字螺丝", "十字盘头螺丝", "十字圆头螺丝", "十字圆头螺钉", "phillips pan head screw",
        "pan head screw",
    ),
    "内六角圆头螺钉": (
        "内六角半圆头螺钉", "半圆头内六角螺钉", "半圆头内六角", "圆头内六角螺钉",
        "圆头内六角", "圆杯螺丝", "button head screw",
        "button head allen", "button head socket screw",
    ),
    # a set screw is a socket one unless said otherwise: 内六角 in its name adds nothing
    "锥端紧定螺钉": ("内六角锥端紧定螺钉",),
    "平端紧定螺钉": ("内六角平端紧定螺钉",),
    "凹端紧定螺钉": ("内六角凹端紧定螺钉",),
    "圆柱端紧定螺钉": ("内六角圆柱端紧定螺钉",),
    "紧定螺钉": (
        "内六角紧定螺钉",
        "紧定螺丝", "机米螺丝", "机米", "止付螺丝", "顶丝", "无头螺丝", "无头螺钉", "set screw", "grub screw",
    ),
    "半圆头方颈螺栓": ("圆头方颈螺栓", "马车螺栓", "carriage bolt"),
    "六角法兰螺栓": (
        "六角法兰面螺栓", "外六角法兰螺栓", "外六角法兰面螺栓", "法兰面螺栓", "法兰螺栓", "hex flange bolt",
        "flange bolt",
    ),
    "双头螺柱": ("双头螺栓", "螺柱", "stud bolt", "double end stud", "threaded stud", "stud"),
    "螺杆": (
        "全牙螺杆", "通丝螺杆", "全螺纹螺柱", "全牙螺柱", "全螺纹螺杆", "牙条", "丝杆", "通丝", "牙棒", "threaded rod",
    ),
    "六角螺母": ("六角螺帽", "外六角螺母", "外六角螺帽", "六方螺母", "hex nut", "hexagon nut"),
    "尼龙锁紧螺母": (
        "nylon insert lock nut", "nylon insert locknut", "nylon insert nut",
        "尼龙防松螺母", "尼龙自锁螺母", "尼龙螺母", "防松螺母", "自锁螺母", "nylon lock nut", "nyloc nut", "lock nut",
    ),
    "法兰螺母": ("六角法兰面螺母", "外六角法兰螺母", "外六角法兰面螺母", "法兰面螺母", "flange nut"),
    "薄螺母": ("薄型六角螺母", "六角薄螺母", "薄螺帽", "thin nut", "jam nut"),
    "拉铆螺母": ("铆螺母", "拉帽", "rivet nut"),
    "螺母": ("螺帽", "nut"),
    "沉头螺钉": ("沉头螺丝", "沉头螺栓", "平头螺丝", "countersunk screw"),
    "十字螺钉": ("十字螺丝", "十字槽螺钉", "phillips screw"),
    "弹性挡圈": ("卡簧", "挡圈", "卡环", "circlip", "retaining ring", "snap ring"),
    "轴用弹性挡圈": ("外卡簧", "轴用卡簧", "轴用挡圈", "轴卡", "shaft circlip", "external circlip"),
    "孔用弹性挡圈": ("内卡簧", "孔用卡簧", "孔用挡圈", "孔卡", "bore circlip", "internal circlip"),
    "无缝管": ("无缝钢管", "seamless tube", "seamless pipe"),
    "精密管": ("精密无缝管", "冷拔精密无缝管", "液压精密管", "精密钢管", "precision tube"),
    "圆钢": ("圆棒", "棒料", "圆钢料", "钢棒", "round bar"),
    "斯特封": ("阶梯圈", "step seal"),
    "导向带": ("耐磨环", "支撑环", "导向环", "耐磨带", "wear ring", "guide ring", "guide strip"),
    "铜粉": ("填充铜粉", "青铜粉", "bronze"),
    "泵": ("油泵", "液压泵"),
    "q235": ("a3钢", "a3"),
    **{t: (t.removesuffix("型"),) for t in LIPS},
    "测压接头": ("测压点", "test point"),
    "隔板接头": ("穿板接头", "穿板直通", "隔板直通接头", "隔板直通", "bulkhead"),
    "滤芯": ("filter element",),
    "压力表": ("pressure gauge",),
    "轴用": ("外卡", "轴用的"),
    "孔用": ("内卡", "孔用的"),
    "平键": ("键条", "普通平键", "parallel key"),
    "键": ("key",),
    "球轴承": ("ball bearing",),
    "螺栓": ("bolt",),
    "螺钉": ("screw",),
    "六角": ("六方",),
    "内六角": ("hex socket", "socket"),
    "平垫圈": ("平垫片", "平华司", "平介子", "平垫", "flat washer"),
    "大垫圈": (
        "加大平垫圈", "加大垫圈", "加大平垫", "大平垫圈", "大平垫", "大垫片", "大垫", "large washer", "fender washer",
    ),
    "弹簧垫圈": ("弹垫", "弹簧垫片", "弹簧华司", "spring washer", "lock washer"),
    "垫圈": ("华司", "介子", "垫片", "washer"),
    "抽芯铆钉": ("拉铆钉", "拉钉", "抽芯拉铆钉", "blind rivet", "pop rivet"),
    "圆锥销": ("锥销", "taper pin"),
    "圆柱销": ("定位销", "parallel pin", "dowel pin", "cylindrical pin"),
    "开口销": ("cotter pin", "split pin"),
    "弹性销": ("弹性圆柱销", "弹簧销", "spring pin", "roll pin"),
    "销": ("销子", "pin"),
    "转换接头": ("过渡接头", "变径接头", "adapter"),
    "阀": ("阀门", "valve"),
    "液压缸": ("液压油缸", "油缸", "hydraulic cylinder"),
    "脚座": ("foot mounted", "foot"),
    "前法兰": ("front flange",),
    "后法兰": ("rear flange",),
    "双耳环": ("双耳", "double clevis", "clevis"),
    "中间耳轴": ("耳轴", "trunnion"),
    "胶管总成": (
        "软管总成", "高压胶管总成", "液压胶管总成", "液压软管总成", "高压软管总成", "油管总成", "hose assembly",
    ),
    "胶管": ("软管", "高压胶管", "液压胶管", "液压软管", "高压软管", "hydraulic hose", "hose"),
    "电磁换向阀": ("电磁阀", "换向阀", "solenoid valve", "directional valve"),
    "抗震": ("耐振", "耐震", "防震", "抗振"),
    "卡套": ("卡套式", "compression"),
    "直通": ("直通式", "直的", "直接头", "straight"),
    "弯通": ("直角", "弯头", "elbow", "90° elbow", "90 elbow", "90度弯通"),
    "三通": ("tee",),
    " 2rs ": (
        "两面胶盖", "双面胶盖", "两面胶封", "双面胶封", "双胶盖", "胶封", "胶盖", "rubber sealed", "rubber seals",
    ),
    " zz ": (
        "两面铁盖", "双面铁盖", "两面铁封", "双面铁封", "双铁盖", "铁封", "铁盖", "metal shields", "metal shield",
        "shielded",
    ),
    "深沟球轴承": ("深沟轴承", "deep groove ball bearing", "deep groove bearing"),
    "圆锥滚子轴承": (
        "圆锥轴承", "锥轴承", "锥形轴承", "锥形滚子轴承", "tapered roller bearing", "taper roller bearing",
    ),
    "角接触球轴承": ("角接触轴承", "angular contact ball bearing", "angular contact bearing"),
    "圆柱滚子轴承": ("圆柱轴承", "cylindrical roller bearing"),
    "推力球轴承": ("推力轴承", "平面轴承", "thrust ball bearing", "thrust bearing"),
    "调心滚子轴承": ("spherical roller bearing",),
    "调心球轴承": ("self-aligning ball bearing",),
    "滚针轴承": ("needle bearing", "needle roller bearing"),
    "外球面轴承": (
        "外球面球轴承", "带座轴承", "pillow block bearing", "bearing unit", "pillow block unit", "mounted bearing",
    ),
    "轴承": ("培林", "bearing"),
    "o型密封圈": ("o型圈", "o形圈", "o令", "o形密封圈", "o型环", "o圈", "o-ring", "o ring", "oring"),
    "骨架油封": ("骨架密封圈", "油封", "oil seal", "shaft seal"),
    "y型密封圈": ("y型圈", "y形圈", "y圈", "yx密封圈", "yx型", "yx圈", "y形密封圈", "u型圈"),
    "防尘圈": ("防尘密封圈", "wiper seal", "wiper"),
    "格莱圈": ("glyd ring",),
    "组合垫圈": ("组合密封垫圈", "组合垫", "组合密封垫", "bonded seal", "bonded washer"),
    "密封圈": ("密封件", "seal"),
    "碳钢": ("碳素钢", "carbon steel", "steel"),  # steel alone, in an English master, is no stainless or alloy
    "合金钢": ("alloy steel", "alloy", "a574"),  # ASTM A574: the alloy steel of inch socket screws
    "不锈钢": ("stainless steel", "stainless"),
    "铝": ("铝制", "铝质", "铝合金", "aluminium", "aluminum"),
    "铜": ("铜质", "铜制"),
    "黄铜": ("brass",),
    "紫铜": ("红铜", "copper"),
    "尼龙": ("nylon",),
    "热镀锌": ("热浸锌", "热浸镀锌", "hot dip galvanized", "hot-dip galvanized", "hdg"),
    "镀锌": ("zinc plated", "zinc-plated", "galvanized", "zinc", "zp", "zn"),
    "白锌": ("电镀锌", "镀蓝白锌", "镀白锌", "蓝白锌", "蓝锌", "white zinc", "blue zinc", "bzp", "clear zinc",
             "zp white", "white zp", "zinc white"),
    "发黑": ("氧化发黑", "黑色氧化", "发蓝", "黑色", "黑", "black oxide", "black", "bo", "blk"),
    "镀镍": ("nickel plated", "nickel-plated", "ni"),
    "镀铬": ("chrome plated", "chromium plated"),
    "彩锌": ("镀彩锌", "彩色镀锌", "彩色锌", "镀彩", "黄锌", "yellow zinc", "yzp"),
    "达克罗": ("dacromet", "dac"),
    "本色": ("不镀", "不处理", "无处理", "原色", "plain", "self colour", "self color", "self-colour"),
    "丁腈": ("丁腈橡胶", "丁腈胶", "nbr", "nitrile", "buna-n", "buna n"),
    "氢化丁腈": ("hnbr",),
    "氟橡胶": ("氟胶", "耐高温氟胶", "耐高温氟橡胶", "fkm", "fpm", "viton"),
    "三元乙丙": ("epdm",),
    "硅胶": ("硅橡胶", "silicone", "vmq"),
    "聚氨酯": ("pu", "polyurethane"),
    "四氟": ("聚四氟乙烯", "ptfe", "teflon"),
    "全螺纹": ("全牙", "全丝", "通牙", "全扣", "full thread", "fully threaded"),  # 扣: a thread, in the north
    "半螺纹": ("半牙", "半丝", "半扣", "部分螺纹", "partial thread", "half thread"),
    "skf": ("斯凯孚", "斯凯夫"),
    "nsk": ("恩斯克",),
    "fag": ("舍弗勒fag",),
    "ntn": ("恩梯恩",),
    "koyo": ("光洋",),
    "timken": ("铁姆肯",),
    "nachi": ("不二越",),
    "哈轴": ("hrb", "哈尔滨轴承", "哈尔滨"),
    "瓦轴": ("zwz", "瓦房店轴承", "瓦房店"),
    "洛轴": ("lyc", "洛阳轴承", "洛阳"),
    "人本": ("c&u人本", "c&u", "人本集团"),
    "parker": ("派克",),
    "rexroth": ("力士乐",),
    "merkel": ("美克尔",),
    "hallite": ("赫莱特",),
    "hydac": ("贺德克",),
    "yuken": ("油研",),
    "huade": ("华德",),
    "mobil": ("美孚",),
    "shell": ("壳牌",),
    "loctite": ("乐泰",),
    "国产": ("国内", "domestic", "generic", "no brand"),  # no maker named: the plant's domestic stock
    "manuli": ("马努利",),
    "锥端": ("尖头", "尖端", "cone point"),
    "凹端": ("杯端", "cup point"),
    "平端": ("flat point",),
    "圆柱端": ("dog point",),
}  # fmt: skip
SYNONYMS |= {k: (*SYNONYMS.get(k, ()), *v) for k, v in MORE_SYNONYMS.items()}
# Japanese words as the phrase reaches the lexicon (normalised: 軸受 → 轴受, 在庫 → 在库)
SYNONYMS |= {k: (*SYNONYMS.get(k, ()), *dict.fromkeys(normalize(w) for w in v)) for k, v in JIS_SYNONYMS.items()}
SYNONYMS |= {k: (*SYNONYMS.get(k, ()), *dict.fromkeys(normalize(w) for w in v)) for k, v in YUE_SYNONYMS.items()}

# Homophones an input method offers in place of the trade's characters (罗丝 for 螺丝): fixed before anything else.
MISSPELLINGS: dict[str, tuple[str, ...]] = {
    "螺丝": ("罗丝",),
    "螺母": ("罗母",),
    "螺栓": ("罗栓", "螺拴"),
    "弹簧": ("弹黄",),
    "深沟球": ("深沟求",),
    "滚子": ("磙子",),
    "紧定": ("紧订",),
    "内六角": ("内六脚",),
    "沉头": ("沈头",),
    "角接触": ("角解触",),
    "全牙": ("全芽",),
    "半牙": ("半芽",),
    "镀锌": ("度锌",),
    "丁腈": ("丁晴", "丁睛"),
    "o型圈": ("欧型圈",),
    "bearing": ("bearring", "bearng"),
    "螺钉": ("罗钉",),
    "螺柱": ("罗柱",),
    "深沟": ("深勾",),
    "圆柱": ("园柱",),
    "圆锥": ("园锥",),
    "密封": ("密风", "密峰"),
    "轴承": ("轴成", "轴程", "周承"),
    "垫圈": ("垫卷", "垫全"),
    "油封": ("油风",),
    "换向阀": ("换相阀", "换向伐"),
    "电磁": ("电瓷",),
    "胶管": ("交管", "胶官"),
    "总成": ("综成", "总城"),
    "油缸": ("油杠", "油刚"),
    "铆钉": ("柳钉", "卯钉"),
}
MISSPELLINGS |= {k: (*MISSPELLINGS.get(k, ()), *v) for k, v in MORE_MISSPELLINGS.items()}

# Words around a material phrase that name no part: asking, wanting, fetching, urging, where and how much.
CHAT_FILLER: tuple[str, ...] = (
    "还有多少库存", "现在有多少", "有多少库存", "还有多少", "库存多少", "多少库存", "还剩多少", "有多少", "剩多少",
    "还剩", "查一下", "查一查", "查下", "查查", "查询", "帮我", "帮忙", "看一下", "看下", "看看", "一下", "麻烦",
    "请问", "请", "现在", "目前", "库存", "仓库里", "仓库", "还有", "多少钱", "多少", "有没有", "有吗", "有货",
    "有库存", "在库", "够不够", "急用", "急需", "加急", "尽快", "采购", "申请领用", "申请", "领用", "领料", "领取",
    "领", "来", "给我", "我要", "要", "下单", "生产", "做", "订单", "数量", "呢", "吗", "的", "了", "啊", "吧",
    "一共", "物料编码", "物料号", "物料", "料号", "编号", "老编号", "旧编号", "助记码", "代码",
    "how many", "in stock", "do we have", "we have", "stock", "please", "check", "inventory", "qty", "need", "of",
    "the", "any", "some", "pcs", "pc", "pls", "原装", "正品", "还有没有", "没有", "还够不够", "还", "这个料", "这个",
    "那个", "就是", "在哪个库位", "库位", "的价格", "价格", "问一下", "问下", "帮忙备", "备", "喂", "呃", "嗯", "师傅",
    "急", "有没有货", "货", "旧编码", "老编码", "原编码", "图号", "零件号", "件号", "left", "in store", "store", "开式",
    "stock of", "in stock", "still", "ends", "both ends", "两端", "两头", *MORE_CHAT,
    "在哪个货架", "哪个货架", "货架", "在哪个货位", "货位", "到货了没有", "到货了没", "到货了吗", "到货没有", "到货没",
    "到货", *dict.fromkeys(normalize(w) for w in JIS_CHAT), *dict.fromkeys(normalize(w) for w in YUE_CHAT),
)  # fmt: skip

# How many of it: 还有多少件, 几个 (a counter after 多少 / 几, with no figure).
HOW_MANY: tuple[str, ...] = ("多少", "几")

# Words that are chat only right after a size: M24用 is "for M24" (轴用, for a shaft, is no chat).
AFTER_SIZE: tuple[str, ...] = ("用",)

# Counters after a quantity ("300个", "20 pcs"): the quantity is no part of the material phrase.
COUNTERS: tuple[str, ...] = (
    "个", "件", "只", "台", "套", "颗", "粒", "支", "根", "条", "把", "片", "盒", "箱", "包", "卷", "副", "付", "瓶",
    "桶", "罐", "袋", "对", "pcs",
    "pc",
)  # fmt: skip
