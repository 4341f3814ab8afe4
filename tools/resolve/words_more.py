"""More of the trade's words as data, merged into `words.SYNONYMS` / `MISSPELLINGS` / `CHAT_FILLER`: hydraulic
parts, seals and fittings by their Chinese and English names, homophones an input method offers, and words that say
where a part comes from rather than which it is."""

from __future__ import annotations

__all__ = ["MORE_CHAT", "MORE_MISSPELLINGS", "MORE_SYNONYMS"]

MORE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "齿轮泵": ("gear pump",),
    "柱塞泵": ("piston pump", "plunger pump", "柱塞油泵"),
    "叶片泵": ("vane pump",),
    "蓄能器": ("储能器", "accumulator"),
    "液压缸": ("cylinder",),
    "摆线马达": ("摆线液压马达", "orbit motor", "orbital motor"),
    "马达": ("液压马达", "motor"),
    "溢流阀": ("relief valve",),
    "球阀": ("ball valve",),
    "单向阀": ("check valve",),
    "油嘴": (
        "黄油嘴", "牛油嘴", "注油嘴", "压注油杯", "油杯", "直通式压注油杯", "grease nipple", "grease fitting",
    ),
    "密封包": ("修理包", "密封组件", "油缸密封包", "repair kit", "seal kit"),
    "管夹": ("管卡", "tube clamp", "pipe clamp"),
    "喉箍": ("管箍", "卡箍", "hose clamp"),
    "螺塞": ("堵头", "螺堵", "丝堵", "plug"),
    "关节轴承": ("向心关节轴承", "spherical plain bearing"),
    "骨架油封": ("旋转轴唇形密封圈", "唇形密封圈"),
    "o型密封圈": ("o形橡胶密封圈", "o型橡胶密封圈", "o形密封环"),
    "缓冲圈": ("缓冲密封圈", "缓冲密封", "缓冲环", "buffer seal", "buffer ring", "buffer"),
    "轴用密封圈": ("活塞杆密封圈", "活塞杆密封", "杆用密封圈", "杆用密封", "杆用", "rod seal"),
    "孔用密封圈": ("活塞密封圈", "活塞密封", "孔用密封", "piston seal"),
    "铜垫圈": ("密封铜垫", "紫铜垫", "铜垫片", "铜垫", "copper washer"),
    "止动垫圈": ("圆螺母止动垫圈", "圆螺母用止动垫圈", "止动垫片", "止动垫", "tab washer"),
    "楔形锁紧垫圈": ("双叠自锁垫圈", "双叠防松垫圈", "双叠垫圈", "楔形垫圈", "wedge lock washer", "wedge washer"),
    "螺套": ("钢丝螺纹衬套", "钢丝螺套", "螺纹护套", "thread insert", "helicoil"),
    "液位计": ("液位液温计", "液位温度计", "level gauge"),
    "胶管接头": ("扣压接头", "胶管总成接头", "hose fitting"),
    "接头": ("fitting",),
    "滤芯": ("过滤器滤芯", "filter"),
    "轴承": ("brg",),
    "深沟球轴承": ("深沟球",),
    "氟橡胶": ("氟素橡胶", "氟素"),
    "热镀锌": ("热镀",),
    "磷化": ("phosphated", "phosphate"),
    "黑锌": ("镀黑锌", "镀发黑锌", "black zinc"),
    "细牙": ("细牙螺纹", "细螺纹", "fine thread", "fine pitch"),
    "轻型": ("light duty", "light"),
    "重型": ("heavy duty", "heavy"),
    "双管": ("twin",),
    "单管": ("single",),
    "活塞": ("piston",),
}  # fmt: skip

MORE_MISSPELLINGS: dict[str, tuple[str, ...]] = {
    "滚子": ("滚仔", "棍子"),
    "调心": ("调芯",),
    "角接触": ("角接处",),
    "骨架": ("骨价",),
    "油封": ("由封",),
    "圆柱头": ("圆住头",),
    "六角头": ("六角投",),
    "溢流": ("益流",),
    "阀": ("伐",),
    "过渡": ("过度",),
}

# Where it is kept or comes from, a standard body said without its number: no part's name is told by them.
MORE_CHAT: tuple[str, ...] = (
    "库里", "库房", "老国标", "国标", "德标", "美标", "日标", "日本", "瑞典", "德国", "美国", "意大利", "法国", "韩国",
    "进口",
)  # fmt: skip
