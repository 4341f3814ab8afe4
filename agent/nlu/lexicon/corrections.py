"""Correction cues: a clause that says something was wrong, a message that gives the right value instead of the
card's, the wrong value named beside it, the words that say which slot a figure is for, and the words that change
a figure of the card by an amount (少算了5个, 再加50, 5 more good) or name its wrong value (不是5是3)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.nlu.lexicon.quantity import DELTA_DOWN, DELTA_UP
from agent.nlu.lexicon.report import FAULTY_COUNT, FAULTY_LEAD, REWORK
from agent.nlu.lexicon.units import COUNT_UNIT, FIGURE_TEXT, UNIT
from agent.nlu.rx import rx

__all__ = [
    "ABSOLUTE_FIGURE",
    "BASE_SAID",
    "DUE_DAY_EXAMPLES",
    "DUE_DAY_FIXES",
    "FIX_CUE",
    "FROM_ORIGINAL",
    "MISTAKEN_ORDER",
    "MISTAKEN_ORDER_EXAMPLES",
    "MISTAKEN_THING",
    "MISTAKE_RE",
    "NOT_THIS",
    "NOT_X_BUT_Y",
    "ORDER_CUE",
    "ORDER_FIX",
    "ORDER_SLOT",
    "ORDER_SLOT_EXAMPLES",
    "QUANTITY_SLOT",
    "RELATIVE_CUES",
    "REPORT_SLOT",
    "SAME_AS_BEFORE",
    "SAME_AS_BEFORE_EXAMPLES",
    "SAME_AS_BEFORE_FIELDS",
    "Y_NOT_X",
    "ZERO_SLIPS",
    "RelativeCue",
    "ZeroSlip",
]

# A clause that only says something was wrong ("数量写错了", "搞错了", "填错单了", "wrong qty", "my bad"): said
# next to a cancel it gives the reason and asks for nothing else ("取消取消，数量写错了").
MISTAKEN_THING = (
    r"(?:订单号|工单号|单据号|号码|数量|日期|交期|料号|物料|型号|规格|品名|名字|单号|车间|订单|单子?|东西|信息|内容|数字|字|群|人"
    r"|地方)"
)
_THING_EN = (
    r"(?:(?:order|part|item|material|mo)\s+(?:number|no\.?|#|code)|qty|quantity|date|due date|item|material|number"
    r"|order|part|shop|workshop|group|chat|one|person|amount)"
)
MISTAKE_RE = rx(
    rf"(?:我|刚才|刚刚|上面|前面|之前|这个|那个|这|那)?(?:的)?(?:{MISTAKEN_THING}(?:也|都)?)?"
    rf"(?:[写填打输搞弄发选报下记看算录开建说按]错(?:了|{MISTAKEN_THING})*|错了|不对|有误|有问题|[搞弄][混反]了|写反了)(?:了|啦|吧|呢|啊|哈)*"
    rf"|(?:sorry\s*)?(?:(?:the\s+)?{_THING_EN}\s+(?:is|was)\s+)?wrong"
    # wrong order number, that's the wrong shop, I picked the wrong item, sent to the wrong group, typo in the qty
    rf"|(?:sorry\s*)?(?:(?:that'?s|it'?s|this is|i (?:picked|chose|selected|entered|typed|used|put in|sent it to|sent)"
    rf"|(?:sent|went) to)\s+)?(?:the\s+|a\s+)?(?:wrong|bad|incorrect)\s+{_THING_EN}"
    rf"|my (?:bad|mistake)|(?:i\s+)?made a (?:mistake|typo)|typo(?:\s+in\s+(?:the\s+)?{_THING_EN})?|mistake|sorry"
    r"|\bw?oops\b"
)
# What is said of an order named beside a decision about another card when it only says that order was a mistake
# (1110不是我们车间的 刚才看错 1102的确认; 1110那个搞错了): that order's request is dropped. Never when it names a slot
# or a value (1128的交期写错了，是12月11号 corrects the card's due date): the caller also requires no figure in it.
_NOT_OURS = r"不是(?:我们|我|咱们?|本|这边)(?:车间|组|班|线|这边)?的"
_SLOT_WORD = r"数量|日期|交期|良品|合格|不良|报废|次品|料号|物料|型号|规格|qty|quantity|date|good|scrap"
MISTAKEN_ORDER = rx(rf"^(?!.*(?:{_SLOT_WORD})).*(?:{_NOT_OURS}|{MISTAKE_RE.pattern})")
MISTAKEN_ORDER_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("不是我们车间的 刚才看错", True),
    ("那个搞错了", True),
    ("不对", True),
    ("wrong one", True),
    ("交期写错了", False),
    ("数量不对", False),
    ("下达", False),
)

# Words that present an order number as the right one instead of the one on the card.
ORDER_FIX = rx(
    rf"{MISTAKE_RE.pattern}|应该是|应是|其实是|改成|改为|换成|写成|^\s*是|(?:单号|单子|订单号?|工单号?|单据号)\s*(?:应该)?是"
    r"|instead|should be|i meant|it'?s"
)
# The day of the card's due date said wrong beside the right one, in English ("not the 22nd, the 23rd", "not Dec
# 22 but Dec 23", "the 23rd, not the 22nd"): a day with its ordinal ending or its month, never a bare figure (not 5
# but 3 is a count). Each pattern's groups are (month, day) said wrong, then (month, day) said right.
_MONTH_EN = r"(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_DAY_SAID = (
    rf"(?:on\s+)?(?:{_MONTH_EN}\s*(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?"
    r"|(?:the\s+)?(\d{1,2})(?:st|nd|rd|th))(?![\da-z])"
)
DUE_DAY_FIXES: tuple[tuple[re.Pattern[str], bool], ...] = (
    (rx(rf"\bnot\s+{_DAY_SAID}\s*[,;]?\s*(?:but\s+|it'?s\s+|rather\s+|make\s+it\s+)?{_DAY_SAID}"), False),
    (rx(rf"(?<![\w']){_DAY_SAID}\s*[,;]?\s*(?:and\s+)?(?:not|instead\s+of)\s+{_DAY_SAID}"), True),
)  # (pattern, whether the right day is said first)
DUE_DAY_EXAMPLES = ("not the 22nd, the 23rd", "not dec 22 but dec 23", "the 23rd, not the 22nd", "23rd not 22nd")
# A message that says the card is wrong and gives the right value (不对/错了/不是/应该/其实/还是, sorry/actually).
FIX_CUE = rx(
    rf"{MISTAKE_RE.pattern}|不是|应该|应是|其实|实际上?|还是|^\s*是\s*\S"
    r"|^\s*(?:等一?下|等等|慢着|\bwait\b|\bhold on\b)[\s,.]*(?:是|\bit'?s\b)\s*\S"  # 等一下 是1101: hold on, it is
    rf"|{DUE_DAY_FIXES[0][0].pattern}|{DUE_DAY_FIXES[1][0].pattern}"
    r"|\bsorry\b|\bactually\b|\binstead\b|\bwrong\b|^\s*no\b|should be|i meant"
)
# The wrong value named beside the right one (是1123 不是1117, 坏的是2个 不是3个, not 1117): dropped before reading.
# A name works the same way when the right one follows after 是 (不是二车间 是一车间, 不是装配，应该是机加一).
NOT_THIS = rx(
    rf"不是\s*(?:mo)?\s*[0-9a-z\-.]+\s*(?:{COUNT_UNIT}|号)?|\bnot\s+(?:mo)?\s*[0-9a-z\-.]+"
    r"|不是(?!\d)[^,;是\s]{1,12}?(?=\s*[,;]?\s*(?:而|应该|应)?是)"
)
# A figure in a report is good or scrap only if a word says which; rework and a count with a fault (有3件返修,
# 3个有毛病) are scrap.
REPORT_SLOT = rx(
    r"良|合格|好|正品|\bok\b|\bgood\b|\bpass|不良|废|坏|次品|\bng\b|\bscrap|\bdefect|\bbad\b|\breject"
    rf"|{REWORK}|{FAULTY_COUNT}|{FAULTY_LEAD}"
)
ORDER_CUE = rx(r"单|订单|工单|mo|\border\b")
# A reply that names the order-number field as the one to change (订单号改成1124, 单号错了 应该是幺幺一零, order no.
# should be 1124): the figure beside it is an order said short, never a count, when no count's field is named.
ORDER_SLOT = rx(r"单号|订单号?|工单号?|单据号|单子|\border\s*(?:no\b\.?|number|#)|\bmo\s*(?:no\b\.?|number|#)")
ORDER_SLOT_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("订单号改成1124", True), ("单号错了 应该是幺幺一零", True), ("order number should be 1124", True),
    ("这单良品改成21", False), ("数量改成1130", False),
)  # fmt: skip


@dataclass(frozen=True)
class RelativeCue:
    """Words that change a card's figure by the amount beside them: `sign` +1 adds it, −1 takes it off. `examples`
    are (message, signed amount) pairs this cue must read (run as tests by tests/agent/nlu/test_relative.py)."""

    name: str
    pattern: re.Pattern[str]
    sign: int
    examples: tuple[tuple[str, float], ...]


_COUNTED = r"(?:算|报|写|记|录|填|打|计|数)"  # the verbs of counting and writing down a figure
_AMOUNT = rf"\s*{FIGURE_TEXT}(?![\d.])(?:\s*{UNIT})?"
# Tried in order, the first that reads an amount wins: a figure said to be undercounted is too small on the card
# (少算了5个, 少了5个 → +5), one overcounted too big (多报了2个, 数量多了50个 → −2, −50); then plain changes of
# the figure (再加5, 再多50, 减2, 5 more).
RELATIVE_CUES: tuple[RelativeCue, ...] = (
    RelativeCue("undercounted", rx(
        rf"(?:少{_COUNTED}|漏{_COUNTED}?|落)(?:了|掉了?)?{_AMOUNT}|(?<![再又至不很太])少了{_AMOUNT}"
        rf"|\bunder[- ]?(?:counted|reported|stated)(?:\s+[a-z]+){{0,3}}?\s+(?:by\s+)?{FIGURE_TEXT}"
        rf"|\b{FIGURE_TEXT}\s*(?:{UNIT}\s*)?too\s+few\b|\b(?:missed|left\s+out|forgot)\s+{FIGURE_TEXT}"
    ), 1, (("良品少算了5个", 5), ("漏了两个", 2), ("不良少报了3件", 3), ("good undercounted by 4", 4),
           ("missed 6 good", 6), ("we under-reported the good ones by 3", 3), ("数量少了50个", 50),
           ("良品少了5个", 5))),
    RelativeCue("overcounted", rx(
        rf"多{_COUNTED}(?:了)?{_AMOUNT}|(?<![再又不差好很太许])多了{_AMOUNT}"
        rf"|\bover[- ]?(?:counted|reported|stated)(?:\s+[a-z]+){{0,3}}?\s+(?:by\s+)?{FIGURE_TEXT}"
        rf"|\b{FIGURE_TEXT}\s*(?:{UNIT}\s*)?too\s+many\b"
    ), -1, (("不良多算了2个", -2), ("良品多报了十个", -10), ("多写了1", -1), ("scrap overcounted by 2", -2),
            ("3 too many good", -3), ("overcounted scrap by 1", -1), ("数量多了50个", -50),
            ("不良多了2个", -2))),
    RelativeCue("more", DELTA_UP, 1, (("再加50", 50), ("良品加5个", 5), ("多加20", 20), ("比原来多50就行", 50),
                                      ("再多50", 50), ("多做30个", 30), ("再多了10个", 10),
                                      ("在原来基础上加50", 50), ("5 more good", 5), ("add 50", 50))),
    RelativeCue("fewer", rx(rf"{DELTA_DOWN.pattern}|\btake\s+{FIGURE_TEXT}\s*(?:{UNIT}\s*)?(?:off|away)\b"), -1,
                (("不良减1", -1), ("良品少3个", -3), ("2 fewer scrap", -2), ("reduce by 30", -30),
                 ("take 2 off scrap", -2))),
)  # fmt: skip


@dataclass(frozen=True)
class ZeroSlip:
    """A figure typed with a zero too many or too few (多打了个0 → ÷ 10, 少打了个0 → × 10): `up` says the card's figure
    is multiplied by 10, else divided; `examples` are messages this slip must be found in (tests)."""

    name: str
    pattern: re.Pattern[str]
    up: bool
    examples: tuple[str, ...]


_SLIP_VERB = r"(?:打|写|输|敲|填|按|录)?"
_A_ZERO = r"(?:(?:一|1)\s*个|个)?\s*(?:0|零)(?![\d.个件只台套])"
ZERO_SLIPS: tuple[ZeroSlip, ...] = (
    ZeroSlip("zero_too_many", rx(
        rf"多{_SLIP_VERB}了?{_A_ZERO}|\bextra\s+(?:zero|0)\b"
    ), False, ("多打了个0", "多写了一个零", "数量多了个0", "typed an extra zero")),
    ZeroSlip("zero_missing", rx(
        rf"(?:(?<![至不很太])少|漏){_SLIP_VERB}了?{_A_ZERO}"
    ), True, ("少打了个0", "少写了一个零", "漏了个0")),
)  # fmt: skip
# The new figure itself (改成一百五): said with a relative amount in the same clause (改成一百五 加了五十), the amount
# is the reason, and the figure is what the card takes.
ABSOLUTE_FIGURE = rx(rf"(?:改成|改为|改到|调成|调到|调整为|调整到|变成|写成|应该是|应为)\s*{FIGURE_TEXT}")
# A span of time after the amount (2 more days, 再加3天): a date moved, no figure of the card.
TIME_AFTER = rx(r"\s*(?:days?|weeks?|hours?|months?|天|周|日|号|小时|个?月|个?星期|个?礼拜)")
# The order's own value, not the card's, is what a change counts from (比原来多50, 在原来基础上加50).
FROM_ORIGINAL = rx(r"原来|原先|原本|原有|原始|原订单|原单|原数量?|原计划|\boriginal(?:ly)?\b|\bexisting\b")
# The figure an amount counts from, said outright (在300的基础上加50, 比300多50, 50 on top of 300).
BASE_SAID = rx(
    rf"在\s*{FIGURE_TEXT}(?![\d.])\s*(?:{UNIT})?\s*的?基础上|比\s*{FIGURE_TEXT}(?![\d.])\s*(?:{UNIT})?\s*(?=再?[多少])"
    rf"|\b(?:on\s+top\s+of|than)\s+{FIGURE_TEXT}(?![\d.])"
)
# A figure named as a quantity (数量少算了5个): on a report it is the good figure, as for 数量改成50.
QUANTITY_SLOT = rx(r"数量|数目|\bqty\b|\bquantity\b")
# "Not X but Y": the figure that is X on the card becomes Y (不是5是3, 不是五个，是三个, not 5 but 3, not 5, 3).
_FIGURE_AS_SAID = rf"{FIGURE_TEXT}(?![\d.])(?:\s*{UNIT})?"
_NOT_A_FIGURE_AFTER = r"(?![\d.a-z\-]|\s*(?:月|日|号|点|车间|线|班|天|周))"  # 不是5号是6号: no count
NOT_X_BUT_Y = rx(
    rf"不是\s*{_FIGURE_AS_SAID}\s*[,;]?\s*(?:而|应该|应)?是\s*{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
    rf"|\bnot\s+{_FIGURE_AS_SAID}\s*[,;]?\s*(?:but\s+|it'?s\s+)?{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
    # 把5改成3, 从5改为3: the old value named, then the new
    rf"|(?:把|从|由)\s*{_FIGURE_AS_SAID}\s*(?:改成|改为|改到|换成|变成|写成)\s*{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
    rf"|\b(?:change|correct|fix)\s+(?:the\s+)?{_FIGURE_AS_SAID}\s+to\s+{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
    rf"|\bfrom\s+{_FIGURE_AS_SAID}\s+to\s+{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
)
# The same said the other way round (是3个，不是5个; 3, not 5): Y first.
Y_NOT_X = rx(
    rf"是\s*{_FIGURE_AS_SAID}\s*[,;]?\s*(?:而)?不是\s*{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
    rf"|(?<![a-z0-9.\-]){_FIGURE_AS_SAID}\s*,?\s*(?:not|instead\s+of)\s+{_FIGURE_AS_SAID}{_NOT_A_FIGURE_AFTER}"
)

# A slot said to be as on the order written just before (跟上一单一样的车间, 交期和上次一样, same workshop as the last
# one): the card takes that order's value. The field must be named; which one is `SAME_AS_BEFORE_FIELDS`.
SAME_AS_BEFORE = rx(
    r"(?:跟|和|同|与|按|照)\s*(?:上一单|上一个单子?|上个单子?|上一张单?|上次|上一次|刚才那单|刚才那个单子?|刚才那张|前一单|前面那单"
    r"|上一个|上个)\s*(?:的)?\s*(?:一样|相同|一致)?\s*的?\s*(?P<f1>车间|交期|交货期|完工日期|日期|数量)"
    r"|(?P<f2>车间|交期|交货期|完工日期|日期|数量)\s*(?:也)?\s*(?:跟|和|同|与|按|照)\s*(?:上一单|上一个单子?|上个单子?|上一张单?"
    r"|上次|上一次|刚才那单|刚才那个单子?|前一单|前面那单|上一个|上个)\s*(?:的)?\s*(?:一样|相同|一致)?"
    r"|\bsame\s+(?P<f3>workshop|shop|due\s+date|date|quantity|qty)\s+as\s+(?:the\s+)?(?:last|previous|other)\b"
)
SAME_AS_BEFORE_FIELDS = {
    "车间": "workshop", "交期": "due_date", "交货期": "due_date", "完工日期": "due_date", "日期": "due_date",
    "数量": "quantity", "workshop": "workshop", "shop": "workshop", "due date": "due_date", "date": "due_date",
    "quantity": "quantity", "qty": "quantity",
}  # fmt: skip
SAME_AS_BEFORE_EXAMPLES = (
    ("跟上一单一样的车间", "workshop"), ("交期和上次一样", "due_date"), ("车间跟刚才那单一样", "workshop"),
    ("same workshop as the last one", "workshop"), ("跟上一单一样", None),
)  # fmt: skip
