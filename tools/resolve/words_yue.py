"""The words around a part as a Cantonese storekeeper and a buyer's requisition write them, merged into
`words.CHAT_FILLER` (after `tools.text.normalize`, so 幾時有貨 reads as 几时有货), and the parts and materials the
air-conditioning and refrigeration trade names in English or in Cantonese, merged into `words.SYNONYMS`."""

from __future__ import annotations

__all__ = ["CHAT_EXAMPLES", "YUE_CHAT", "YUE_SYNONYMS"]

# Asking (有冇 …啊, 仲有几多, 冇晒未), fetching (唔该出, 攞, 帮手睇下), when (几时有货), whose (我哋), a
# requisition's words (请购, 报价, per dwg) and a voice note's confirmation (对 就这个, 那种): they name no part.
YUE_CHAT: tuple[str, ...] = (
    "唔该出", "唔该", "有冇现货", "有冇货", "有冇", "仲有几多", "仲有冇货", "仲有冇", "冇晒未", "冇晒", "冇货",
    "几时有货", "几时到", "几时", "我哋要", "我哋", "帮手睇下", "帮手睇吓", "帮手", "睇下", "睇吓", "攞", "嘅", "㗎",
    "喺", "啲", "咩", "嗰个", "呢个", "俾我", "畀我", "请购", "请报价", "报价", "询价", "per dwg", "per drawing",
    "对就这个", "就这个", "那种", "这种", "那款", "这款",
)  # fmt: skip

# (phrase → what `normalize.clean` keeps), run as tests
CHAT_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("继电器 G2R-2 12VDC嘅 冇晒未", "继电器 g2r-2 dc12v"),
    ("哈尔滨圆锥轴承 32917…不是，32916啥时候能到？", "哈轴圆锥滚子轴承 32916"),  # Northeastern, in words_more
    ("内六方螺丝 M10*16 10.9的 达克罗给我整俩呗", "内六角螺丝 m10x16 gr10.9 达克罗"),
    ("唔该出中间继电器 MY2 110VAC 十个", "中间继电器 my2 ac110v"),
    ("帮手睇下干燥瓶 DML 053仲有几多", "干燥过滤器 dml 053"),
    ("急 軸承 6010-Z/C3 哈轴 100件 下周一到货", "轴承 6010-z-c3 哈轴"),
    ("请购：温度开关 KSD301 40C NO 10A，数量500", "温控器 ksd301 40c 常开 10a"),
    ('3/4"-10UNCx3 in HEX CAP SCREW (ref. BOM rev C)', "3/4-10x3 六角螺栓"),
    ("干燥瓶 DML 414 对 就这个", "干燥过滤器 dml 414"),
    ("skf 6803 2RSH 啤令 攞两盒", "skf 6803-2rs 6803-2rsh 轴承"),
)

YUE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "轴承": ("啤令", "啤呤", "啤玲"),  # Cantonese, from "bearing"
    "气缸": ("风缸",),  # Guangdong: an air cylinder
    "气管": ("风喉",),  # … and its air hose
    "光电开关": ("电眼", "光电传感器", "photoelectric sensor", "photo sensor"),
    "微型断路器": ("空开", "空气开关", "miniature circuit breaker", "mcb"),
    "弹性销": ("弹弓销",),
    "弹簧": ("弹弓",),  # a spring (弹弓销 is the longer word: a spring pin)
    "压缩弹簧": ("压簧", "compression spring"),  # not a compression (卡套) fitting
    "螺母": ("罗帽",),
    "蝶形螺母": ("羊角螺母", "蝴蝶螺母", "蝴蝶罗帽", "蝴蝶螺帽", "翼形螺母", "wing nut", "butterfly nut"),
    # 杯头 is any socket screw's head in Guangdong: the cap screw alone, the others by their head said before it
    "内六角圆柱头螺钉": ("杯头",),
    "内六角圆头螺钉": ("圆头杯头罗丝", "圆头杯头螺丝", "圆头杯头"),
    "内六角沉头螺钉": ("平头杯头罗丝", "平头杯头螺丝", "平头杯头", "沉头杯头"),
    "薄头内六角螺钉": ("矮杯头罗丝", "矮杯头螺丝", "矮杯头", "薄杯头"),
    "温控器": ("thermostat", "温度开关", "温控开关"),
    "接触器": ("contactor", "交流接触器"),  # an AC contactor, whatever its coil: the trade's name for any of them
    "继电器": ("relay",),
    "电容": ("capacitor", "电容器"),
    "干燥过滤器": ("filter drier", "filter dryer", "干燥瓶", "干燥过滤"),
    "喇叭口": ("flare",),
    "氯丁": ("氯丁橡胶", "neoprene"),
    "硅胶": ("矽胶", "矽橡胶"),
}
