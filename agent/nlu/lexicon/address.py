"""How a message in the group opens when it speaks to a person in the room, not to the bot: @name, a colleague's
title (李工, 王工, 张师傅, 周主任, 老王, 小李), or a name from the directory (the caller passes those). Such a message
is at most a question about an order for the bot, never a write (agent.nlu.address). `ADDRESS_EXAMPLES` (as typed,
the person addressed) and `NOT_ADDRESS_EXAMPLES` are run as tests."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = ["ADDRESS_EXAMPLES", "BOT_MENTION", "MENTION", "NOT_ADDRESS_EXAMPLES", "SEPARATOR", "TITLED"]

# The commonest surnames: a title after one of them is a colleague (王工), never a word (白班, 周一, 马上 stay).
_SURNAME = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭"
    "陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_TITLE = r"(?:工|总|师傅|主任|经理|班长|组长|厂长|部长|科长|主管|老师|姐|哥)"
TITLED = rx(rf"^\s*(?:[{_SURNAME}]{_TITLE}|[老小][{_SURNAME}])(?=[\s,，:：、]|\d)")
# An @mention at the head: the person named, unless it is the bot (@K3助手, @DingK3, @机器人).
MENTION = rx(r"^\s*@([^\s@,，:：]{1,20})")
BOT_MENTION = rx(r"助手|机器人|k3|\bbot\b")
# What ends a name said at the head (吴磊 1137…, 周敏，…, 黄静: …) or a digit right after it (李工1102).
SEPARATOR = rx(r"[\s,，:：、]|\d")

ADDRESS_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("吴磊 1137今天还没做完吧", "吴磊"),
    ("李工 1121的料还没到 先别下达", "李工"),
    ("周主任，1108料还没齐", "周主任"),
    ("老王 1139完工", "老王"),
    ("@刘洋 1130做完没", "刘洋"),
)
NOT_ADDRESS_EXAMPLES: tuple[str, ...] = (
    "白班 1109 良品30",
    "周一 1107下达",
    "马上 1137完工",
    "@K3助手 1137完工",
    "1137完工",
)
