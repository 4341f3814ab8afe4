"""Answer words: a pick from a listed choice (by number, ordinal or "the last one"), a decision about several waiting
cards (全部确认, 确认 2), and an order number said short (1103, the 1103 one)."""

from __future__ import annotations

import re

from agent.nlu.lexicon.report import PRODUCED_VERB
from agent.nlu.lexicon.units import UNIT
from agent.nlu.rx import rx

__all__ = [
    "ALL_CARDS",
    "BARE_YES",
    "CARD_CANCEL",
    "CARD_NUMBER",
    "KIND_CARDS",
    "KIND_CARDS_EXAMPLES",
    "LAST_ONE",
    "LEADING_SHORT_ORDER",
    "LONE_SHORT_ORDER",
    "LONE_SPOKEN_ORDER",
    "LONE_SPOKEN_ORDER_EXAMPLES",
    "MO_SHORT",
    "NUMBERED_CARD",
    "NUMBERED_CARDS",
    "ORDER_CANCEL",
    "ORDINAL",
    "ORDINAL_EN",
    "PICK_FILLER",
    "PICK_LEAD",
    "PICK_NUMBER",
    "SHORT_ORDER",
    "SHORT_ORDER_EXAMPLES",
    "SPOKEN_ANSWER_ORDER",
    "SPOKEN_ANSWER_ORDER_EXAMPLES",
    "SPOKEN_DIGITS",
    "SPOKEN_ORDER",
    "SPOKEN_SHORT_ORDER",
    "SPOKEN_SHORT_ORDER_EXAMPLES",
]

# A pick from a numbered list: 2, 第2个, 2号.
PICK_NUMBER = re.compile(r"^\s*(?:第\s*)?([1-9])\s*(?:个|号)?\s*$")
ORDINAL = rx(r"^(?:第\s*)?([1-9]|[一二三四五六七八九])\s*(?:个|号|项|条|种)?(?:吧|呢|啊|哈)?$")
ORDINAL_EN = rx(
    r"^(?:the\s+)?(?:number|no\.?|option|#)\s*([1-9])(?:\s+one)?$|^(?:the\s+)?([1-9])(?:st|nd|rd|th)(?:\s+one)?$"
)
# Words before the number of a pick (选2, 选第二个, 要2号, 就2吧, pick 2): dropped before the number is read; 要 only
# before 第 or N号, for 要2个 may be a quantity.
PICK_LEAD = rx(
    r"^(?:我)?(?:就|还是)?\s*(?:选择?|要(?=\s*(?:第|[1-9一二三四五六七八九]\s*号))|pick|choose|take|go\s+with)?\s*"
)
LAST_ONE = rx(r"^(?:最后一个|最后那个|最后一项|the last(?: one)?|last one|last)$")
# Words around a description of a listed item (呃 220V的那个, the B2 one): not part of what tells it apart.
PICK_FILLER = rx(
    r"呃|嗯|啊|哦|就是|就|是|要|选|那个|这个|那款|这款|的|吧|呢|\bthe\b|\bone\b|\bthat\b|\bplease\b|[\s,.!?，。！？]"
)

# While several cards wait for one person: 全部确认 / 两条都确认 / 两条报工都确认 / 这两个都确认吧 / confirm all;
# 确认 2 / 2 确认 / 取消第1条. A noun for the cards may stand between the count and 都.
CARD_NOUN = r"(?:报工单?|订单|工单|单子|单|卡片|卡|操作|请求)"
ALL_CARDS = rx(
    r"^\s*(?:(?:对的?|是的|没错|嗯)\s*[，,、\s]?\s*)?"  # 对的 两个都确认: a yes before it
    r"(?:(?:其余|其他|剩下|剩余)(?:的|能报的|能做的|可以的)?(?:几?[个条张])?(?:都|全)|全部|都|全都|统统|所有的?"
    r"|(?:这|那)?[两二三四五六七八九十\d]+(?:条|个|张|份)?"
    rf"{CARD_NOUN}?(?:都|全)|(?:这些|那些|所有)?{CARD_NOUN}(?:都|全))\s*(确认|取消|ok|好的?)"
    r"\s*(?:吧|了|一下)?\s*[。!！.]?\s*$"
    r"|^\s*(confirm|cancel)\s+(?:all|both|them all)(?:\s+(?:two|three|four|five|\d|of them))?\s*[.!]?\s*$"
    # 都对，确认 / 两个都没问题 确认吧 / 两张都对 都确认 / all correct, confirm: every card is right, go
    rf"|^\s*(?:全部|都|全都|(?:这|那)?[两二三四五六七八九十\d]+(?:条|个|张|份)?{CARD_NOUN}?都)\s*(?:对|没问题|没错|行|可以)的?"
    r"\s*[，,、\s]\s*(?:都|全|全部)?\s*(?:确认|ok|好的?)\s*(?:吧|了|一下)?\s*[。!！.]?\s*$"
    r"|^\s*(?:all|both)\s+(?:correct|right|good|fine)\s*[,\s]\s*(?:confirm|ok)\s*[.!]?\s*$"
    # 确认 两个都要 / 两个都要，确认 / 全部都要 / yes, both: every card is wanted
    rf"|^\s*(?:(?:确认|确定|ok|好的?|对)\s*[，,、\s]?\s*)?(?:全部|全都|(?:这|那)?[两二三四五六七八九十\d]+(?:条|个|张|份)?{CARD_NOUN}?)"
    r"\s*都\s*要\s*(?:吧|了)?\s*(?:[，,、\s]\s*(?:确认|确定))?\s*[。!！.]?\s*$"
    r"|^\s*(?:yes|ok|okay|confirm)\s*[,\s]\s*both(?:\s+of\s+them)?(?:[,\s]+please)?\s*[.!]?\s*$"
)
# The waiting cards of one kind confirmed together (报工的确认, 报工那两张都确认, 改的都确认吧, confirm the reports):
# every waiting card of that intent, whatever else waits beside it (a question's answer is no card).
_KIND_WORDS = {
    "report_output": r"报工单?|报的工|报的数|报数|报产|(?:the\s+)?(?:reports?|output)",
    "change_order": r"修改|改的|改单|改数|(?:the\s+)?changes?",
    "create_order": r"新建|新建的单子?|新单子?|建的单子?|开的新单|(?:the\s+)?new(?:\s+orders?)?",
}
_KIND_TAIL = r"(?:的|那|这)?(?:[两二三四五六七八九十\d]?(?:个|张|条|份))?(?:卡片?|单子?)?(?:都|全|全部)?"
KIND_CARDS = {
    intent: rx(
        rf"^\s*(?:(?:{words}){_KIND_TAIL}\s*(?:确认|确定|ok|好的?)|(?:confirm|ok)\s+(?:all\s+)?(?:{words})(?:\s+ones?)?)"
        r"\s*(?:吧|了|一下)?\s*[。!！.]?\s*$"
    )
    for intent, words in _KIND_WORDS.items()
}
KIND_CARDS_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("报工的确认", "report_output"),
    ("报工那两张都确认", "report_output"),
    ("报工的都确认吧", "report_output"),
    ("confirm the reports", "report_output"),
    ("改的都确认", "change_order"),
    ("新单确认", "create_order"),
    ("确认", None),
    ("报工", None),
    ("报工的不确认", None),
)
# A card named by its number (确认 2, 2 确认, 取消第1条, 第一个确认, 第二个不要了); several in one message are
# separate clauses (第一个确认，第二个不要了). `CARD_CANCEL` tells which verbs withdraw the card.
_CARD_VERB = r"确认|确定|取消|不要了?|算了|不用了|撤销|删掉|作废|confirm|cancel|ok"
CARD_CANCEL = rx(r"^(?:取消|不要了?|算了|不用了|撤销|删掉|作废|cancel)$")
NUMBERED_CARD = rx(
    rf"^\s*(?:只|就|先|仅|only\s+)?(?P<v1>确认|取消|confirm|cancel)\s*(?:第|no\.?|#)?\s*(?P<n1>\d{{1,2}}|[一二三四五六七八九])\s*(?:条|个|张)?"
    r"\s*[。!！.]?\s*$"
    rf"|^\s*(?:第)?(?P<n2>\d{{1,2}}|(?<=第)[一二三四五六七八九])\s*(?:条|个|张)?\s*(?:就|也)?\s*(?P<v2>{_CARD_VERB})"
    r"\s*(?:吧|了|一下)?\s*[。!！.]?\s*$"
)
# A card named by its order and withdrawn (1130那个先不报了, 1128不要了, 1107取消): the card of that order is cancelled.
ORDER_CANCEL = rx(
    r"不报了|不要了|不做了|不改了|先不(?:报|做|要|改|弄)?了?|取消|算了|撤(?:销|回)|作废|不管它?了?|别管|不动|\bcancel\b|\bdrop\b"
)
# Several cards named by number, then one verb for them all (1和2都确认, 第1、3条取消, 1 and 2 confirm,
# confirm 1 and 2).
_N = r"(?:\d{1,2}|[一二三四五六七八九])"
_AND = r"\s*(?:和|跟|与|及|、|,|/|\+|&|\band\b)\s*(?:第)?"
NUMBERED_CARDS = rx(
    rf"^\s*(?:第)?(?P<ns>{_N}(?:{_AND}{_N})+)\s*(?:条|个|张)?\s*(?:都|也|全)?\s*(?P<v>确认|取消|confirm|cancel|ok)"
    r"\s*(?:吧|了|一下)?\s*[。!！.]?\s*$"
    rf"|^\s*(?P<v2>确认|取消|confirm|cancel)\s*(?:第)?(?P<ns2>{_N}(?:{_AND}{_N})+)\s*(?:条|个|张)?\s*[。!！.]?\s*$"
)
CARD_NUMBER = rx(_N)
# A plain yes with several cards waiting: which one is asked.
BARE_YES = frozenset(("确认", "ok", "好的", "好", "confirm", "yes"))

# An order number said short as a whole answer (1103, 'MO 1103', '1103这张').
SHORT_ORDER = re.compile(
    # 打错了，是1137 / sorry, 1137: a slip owned first; 单号是1103: the noun, then 是
    r"\s*(?:(?:打错了|写错了|搞错了|输错了|说错了|不好意思|sorry)\s*[,，、]?\s*)?(?:(?:呃|嗯|是|就是)\s*)?"
    r"(?:mo|(?:单号|订单号?|工单号?)\s*(?:是|为)?)?\s*[:：#]?\s*(\d{3,6})\s*"
    r"(?:号?单|这张|那张|这个单?|那个单?|这单|那单|的单|号)?\s*[。.!！]?\s*"
    r"(?:[,，]?\s*(?:[写打弄搞输填按]反了|[写打搞输说按]错了)\s*[。.!！]?\s*)?"  # 是1115 打反了: the slip owned after
)
SHORT_ORDER_EXAMPLES: tuple[tuple[str, str | None], ...] = (  # (an answer to "which order?", the digits or None)
    ("1103", "1103"), ("单号是1103", "1103"), ("订单号：1103", "1103"), ("打错了，是1137", "1137"), ("mo1116", "1116"),
    ("是1109那个单", "1109"), ("是1115 打反了", "1115"), ("1103个", None), ("良品1103", None),
)  # fmt: skip
# MO before an order number said short (MO1104, mo 1116, MO-1137): the same short number, read the same way.
MO_SHORT = r"(?i:mo)[\s\-_]?"
# An order number said short at the head of a request, after any filler: 1103今天做了30个, 呃 1131 做了二十个.
_LEADING_FILLER = r"^\s*(?:(?:呃|嗯|啊|哦|诶|那个|就是|这个|那就|那|把|请|麻烦|帮我把|帮我)[\s,，、]*)*"
# Four or more digits may be followed by a separator first (1130，不良1个) or by English (1110 good 52); never a
# count with its unit (300个, 500 pcs).
LEADING_SHORT_ORDER = rx(
    rf"{_LEADING_FILLER}(?:{MO_SHORT})?(\d{{3,6}}(?=\s*[\u4e00-\u9fff])|\d{{4,6}}(?=\s*[,，、;；:]?\s*[\u4e00-\u9fffa-z]))"
    rf"(?!\s*(?:{UNIT}|[万千百十]))"
)
# An order said short inside a question (how many left on 1137?, 还有多少没装 1123, change MO1104 qty to 150): one
# lone run of 4–6 digits, alone or after MO, no part of a code, a size, a date or a count with its unit.
LONE_SHORT_ORDER = rx(
    r"(?:(?<![a-z0-9.\-/#×*:])|(?<=(?<![a-z0-9])mo)|(?<=(?<![a-z0-9])mo[\s\-_]))"
    rf"(\d{{4,6}})(?![a-z0-9.\-/%×*:])(?!\s*(?:{UNIT}|号|月|日|年|点|[万千百十]|元|块钱))"
)
# An order's digits said one by one (幺幺零九) written as figures: str.translate(SPOKEN_DIGITS).
SPOKEN_DIGITS = str.maketrans("零〇一二三四五六七八九幺", "001234567891")
# The same said digit by digit, as voice types it (呃那个一一零九那个单子, 幺幺零九这张单, 一一零九号单): four spoken
# digits (no 十 / 百 / 千 / 万, so no amount), then an order noun, or a report right after them (一一三七啊，今天好的
# 是三十八个; 幺幺零二今天装了八十个; 一一三八今天总共装了…) to tell them from a count (一一零九 alone is no order).
_REPORT_AFTER = (
    rf"[啊呀嘛哈呢,，、\s]*(?:(?:今天|今日|昨天|上午|下午|早上|晚上|[早中晚白夜]班)[,，\s]*)?"
    rf"(?:{PRODUCED_VERB}|总共|一共|良品|合格|不良|报废|好的|坏的|坏了|废了|报工|完成)"
    # or an action on the order or a field of it (幺幺二幺 下达一下, 一一零八交期改到下周五, 一一一五也开工,
    # 幺幺零七的数量)
    r"|[啊呀嘛哈呢,，、\s]*(?:的|也|都|就|先|马上)?\s*(?:下达|开工|完工|结案|关闭|关单|交期|数量|车间|改成|改到|改为)"
)
SPOKEN_ORDER = (
    rf"([零〇一二三四五六七八九幺]{{4}})(?![零〇一二两三四五六七八九幺十百千万])"
    rf"(?=\s*(?:号|的)?\s*(?:那个|这个|那张|这张|那|这)?\s*(?:单子|订单|工单|单(?![位价据元]))|{_REPORT_AFTER})"
)
SPOKEN_SHORT_ORDER = rx(_LEADING_FILLER + SPOKEN_ORDER)
# The same anywhere in a request (报工 幺幺零九 良品一百二十, 查一下一一三七): four spoken digits standing alone (no
# numeral, 十 / 百 / 千 / 万 or letter next to them), never a count with its unit, a date, a time or money. Digits said
# one by one are never an amount (agent.nlu.numbers), so they are the order where an open order ends so, as a lone
# 1109 is.
LONE_SPOKEN_ORDER = rx(
    r"(?<![a-z零〇一二两三四五六七八九幺十百千万亿])([零〇一二三四五六七八九幺]{4})(?![零〇一二两三四五六七八九幺十百千万亿])"
    rf"(?!\s*(?:{UNIT}|号(?!单)|月|日|年|点|元|块钱|分钟|秒|倍|%))"
)
LONE_SPOKEN_ORDER_EXAMPLES = (
    ("报工 幺幺零九 良品一百二十 不良三个", "1109"), ("查一下一一三七还有多少没做", "1137"),
    ("把那个幺幺零七的数量改成一千一", "1107"), ("做了一一零九个", None), ("二零二六年十二月", None),
    ("一千一百零九", None), ("一二三四五", None), ("kq三五零一", None),
)  # fmt: skip
# The order asked for, said digit by digit at the head of the answer (幺幺零九 还有三个不良, 一一二四。): four spoken
# digits standing alone (a pause, a separator or the end after them), never part of an amount or a count.
SPOKEN_ANSWER_ORDER = rx(
    rf"{_LEADING_FILLER}([零〇一二三四五六七八九幺]{{4}})(?=\s*(?:号单?|的单子?|这张|那张|这单|那单)?\s*(?:[\s,，、;；:。.!！]|$))"
)
SPOKEN_ANSWER_ORDER_EXAMPLES = (
    ("幺幺零九 还有三个不良", "幺幺零九"), ("一一二四。", "一一二四"), ("嗯 幺幺三零号单", "幺幺三零"),
    ("一一零九个", None), ("一千一百零九", None), ("一二三四五 个", None),
)  # fmt: skip
SPOKEN_SHORT_ORDER_EXAMPLES = (
    ("呃那个一一零九那个单子啊今天上午打了四十个", "1109"),
    ("幺幺零九这张单今天做了二十个", "1109"),
    ("一一二五号单完工了", "1125"),
    ("嗯那个幺幺零二今天装了八十个合格的然后有三个不行", "1102"),
    ("呃那个一一三七啊，今天好的是三十八个，坏的呢两个", "1137"),
    ("一一三八今天总共装了两百零五个", "1138"),
    ("一一零九个", None),
    ("一二三四五个", None),
    ("一千一百零九那个单子", None),
    ("幺幺二幺 下达一下", "1121"),
    ("一一零八交期改到下周五", "1108"),
    ("一一一五也开工", "1115"),
    ("嗯 把那个幺幺零七的数量改成一千一", "1107"),
    ("一一零九的车间", "1109"),
)
