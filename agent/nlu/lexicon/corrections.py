"""Correction cues: a clause that says something was wrong, a message that gives the right value instead of the
card's, the wrong value named beside it, and the words that say which slot a figure is for."""

from __future__ import annotations

from agent.nlu.lexicon.report import FAULTY_COUNT, REWORK
from agent.nlu.lexicon.units import COUNT_UNIT
from agent.nlu.rx import rx

__all__ = ["FIX_CUE", "MISTAKEN_THING", "MISTAKE_RE", "NOT_THIS", "ORDER_CUE", "ORDER_FIX", "REPORT_SLOT"]

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
    rf"(?:[写填打输搞弄发选报下记看算录开建]错(?:了|{MISTAKEN_THING})*|错了|不对|有误|有问题|[搞弄][混反]了|写反了)(?:了|啦|吧|呢|啊|哈)*"
    rf"|(?:sorry\s*)?(?:(?:the\s+)?{_THING_EN}\s+(?:is|was)\s+)?wrong"
    # wrong order number, that's the wrong shop, I picked the wrong item, sent to the wrong group, typo in the qty
    rf"|(?:sorry\s*)?(?:(?:that'?s|it'?s|this is|i (?:picked|chose|selected|entered|typed|used|put in|sent it to|sent)"
    rf"|(?:sent|went) to)\s+)?(?:the\s+|a\s+)?(?:wrong|bad|incorrect)\s+{_THING_EN}"
    rf"|my (?:bad|mistake)|(?:i\s+)?made a (?:mistake|typo)|typo(?:\s+in\s+(?:the\s+)?{_THING_EN})?|mistake|sorry"
)
# Words that present an order number as the right one instead of the one on the card.
ORDER_FIX = rx(
    rf"{MISTAKE_RE.pattern}|应该是|应是|其实是|改成|改为|换成|写成|^\s*是|(?:单号|单子|订单号?|工单号?|单据号)\s*(?:应该)?是"
    r"|instead|should be|i meant|it'?s"
)
# A message that says the card is wrong and gives the right value (不对/错了/不是/应该/其实/还是, sorry/actually).
FIX_CUE = rx(
    rf"{MISTAKE_RE.pattern}|不是|应该|应是|其实|实际上?|还是|^\s*是\s*\S"
    r"|\bsorry\b|\bactually\b|\binstead\b|\bwrong\b|^\s*no\b|should be|i meant"
)
# The wrong value named beside the right one (是1123 不是1117, 坏的是2个 不是3个, not 1117): dropped before reading.
NOT_THIS = rx(rf"不是\s*(?:mo)?\s*[0-9a-z\-.]+\s*(?:{COUNT_UNIT}|号)?|\bnot\s+(?:mo)?\s*[0-9a-z\-.]+")
# A figure in a report is good or scrap only if a word says which; rework and a count with a fault (有3件返修,
# 3个有毛病) are scrap.
REPORT_SLOT = rx(
    r"良|合格|好|正品|\bok\b|\bgood\b|\bpass|不良|废|坏|次品|\bng\b|\bscrap|\bdefect|\bbad\b|\breject"
    rf"|{REWORK}|{FAULTY_COUNT}"
)
ORDER_CUE = rx(r"单|订单|工单|mo|\border\b")
