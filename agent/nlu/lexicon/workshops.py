"""Workshop cues: the sender's own shop, a numbered shop, any 〇〇车间, and the words that say where an order goes
or comes from. A plant's own workshop names and number shape are its vocabulary (`agent.nlu.vocabulary`)."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = [
    "NUMBERED_WORKSHOP",
    "OWN_WORKSHOP",
    "WORKSHOP_GENERIC",
    "WS_LEAD",
    "WS_NAME_SUFFIX",
    "WS_NOT_AFTER_NAME",
    "WS_NOT_BEFORE_NAME",
    "WS_QUESTION",
    "WS_SOURCE",
    "WS_TARGET",
    "WS_VERB",
    "WS_VERB_BEFORE",
]

# Workshops: the sender's own, a numbered shop, or any 〇〇车间 (resolved later by the workshop resolver). No plant's
# names or number shape live here: those come from the plant's vocabulary (`agent.nlu.vocabulary`).
OWN_WORKSHOP = rx(
    r"(?:我们|我|咱们|咱|本|自己)(?:的)?(?:车间|线上|产线|班组|工段|组)(?!长)|\b(?:our|my)\s+(?:own\s+)?(?:workshop|shop|line|team)\b"
)
NUMBERED_WORKSHOP = rx(
    r"(?<![\d.])[一二三四五六七八九\d]号?[一二三四五六七八九\d]?(?:车间|工段|产线)|\bworkshop\s+\d\b|\bshop\s+\d\b"
)
WORKSHOP_GENERIC = rx(r"[\u4e00-\u9fff]{1,4}车间")
# The verb before a named shop that goes with it (放到二车间).
WS_VERB_BEFORE = rx(
    r"(?:转到|转去|转给|移到|挪到|放到|改到|调到|换到|安排在|安排到|交给|放在|给|在|到|去|由|放|\bin\b|\bat\b|\bto\b)\s*(?:the\s+)?$"
)
# The last verb, preposition or chat word before 车间 ends what came before the name (下达到车间, 刚才车间主任说).
WS_VERB = rx(r".*[到在给把去由从转移送交才说里边和跟问找让叫等听]")  # (等车间通知: no shop named)
WS_QUESTION = rx(r"哪|什么|几|那个|这个|啥|个车间|别的|其他|其它|另外|另一")
WS_LEAD = rx(
    r"^(?:一下|查询|查看|查|看|所有|全部|哪些|转到|转去|转给|移到|挪到|放到|放在|放|改到|改成|改为|调到|换到|换成|安排在|安排到|安排|交给|给|在|到|去|由|从|归|是|的|让)+"
)
# Where an order goes (转给机加二, 改到二车间, 让二车间做, 放二车间, move … to machining 2, put it in assembly) and
# where it comes from or why (从一车间, 原来在一车间, 不在一车间做了, 由于热处理车间排满, from assembly): of two shops,
# the target is the shop (装配排满了，放二车间做吧 → 二车间; 机加一也满了，放装配车间 → 装配车间).
WS_TARGET = rx(
    r"(?:转到|转去|转给|转|移到|挪到|挪给|放到|放在|放|改到|改由|改成|改为|改|调到|调给|调去|换到|换成|安排在|安排到|安排给"
    r"|交给|给|让|由(?!于)|到|去|->|→|=>|\bto\b|\binto\b|\bput\s+(?:it\s+|them\s+)?in\b)\s*(?:the\s+)?$"
)
WS_SOURCE = rx(r"(?:从|原来在|原先在|本来在|之前在|不在|由于|\bfrom\b)\s*(?:the\s+)?$")
# Around a workshop name from the plant's catalogue: the shop word that may follow it (装配 车间, painting shop), a
# numeral before it that makes it another shop (十二车间 is not 二车间), and a word after it that makes it a thing
# (装配件, 喷涂料, 焊接机 are parts, paint and machines).
WS_NAME_SUFFIX = rx(r"\s*(?:车间|工段|产线|(?:work)?shop\b|line\b)")
WS_NOT_BEFORE_NAME = rx(r"[\d零一二三四五六七八九十两]$")
WS_NOT_AFTER_NAME = rx(r"[件料剂机器具]")
