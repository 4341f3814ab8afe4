"""Words of a message that is no K/3 request: a request for the board's link, thanks, small talk, and the words of
work that make a line one the bot must name back when it cannot read it."""

from __future__ import annotations

import re

from agent.nlu.lexicon.common import INTERJECTION, PERSON
from agent.nlu.rx import rx

__all__ = [
    "ABOUT_CARD", "ACK_CLAUSE", "BOARD", "CHANGE_HINT", "CHANGE_HINT_EXAMPLES", "SLOT_WORD", "SMALL_TALK", "THANKS",
    "WAITING_CLAUSE", "WAITING_EXAMPLES", "WORK_WORDS",
]  # fmt: skip

# read on the raw message (any case; Unicode \W: a Chinese name after 谢谢 is not punctuation)
BOARD = re.compile(r"^(?:打开)?看板$|^board$", re.I)
THANKS = re.compile(
    r"^\W*(谢谢|多谢|谢了|感谢|辛苦了?|thanks?( you)?|thx|ty)\W*(你|您|啦|了|哈|啊|呀|哦|喔|大家|各位|师傅|!|！)*\W*$",
    re.I,
)
SMALL_TALK = re.compile(r"^\W*(好的?|嗯+|哦+|ok|okay|收到|👍|🙏|哈+|hi|hello|你好|早上?好?|晚安)\W*$", re.I)
WORK_WORDS = rx(r"\d|mo\d|报工|良品|不良|数量|交期|库存|订单")

# A clause of waiting or of looking something up oneself, read on prepared text, one clause at a time (split on
# punctuation and spaces): 稍等, 等我一下, 马上弄, 这就去, 正在看, 我看下排产表, 让我查一下系统, 我问问主管. What is
# looked at is a short name of a document (…表, …单, 计划, 系统) or a person; never a figure, a date or a change
# (the message is also checked against `CHANGE_HINT`). 我确认一下 is left out: it may be a yes.
_PARTICLE = r"(?:哈|啊|呀|哦|吧|呢|了|啦|先|哈哈|嘛)*"
_DOCUMENT = r"(?:表|单子?|计划|排程|系统|图纸|记录|清单|日历|邮件|消息|微信|群|台账|报表|进度|情况)"
_LOOKED_AT = rf"(?:[\u4e00-\u9fff]{{0,6}}?{_DOCUMENT}|{PERSON})"
_DOING = r"(?:去|来)?(?:来|去|弄|搞|办|做|处理|看|查|安排)?"
WAITING_CLAUSE = rx(
    r"(?:你|您|大家)?(?:先|请)?(?:稍等|稍候|等等|等一等|等一?下|等会儿?|等我一?下|等我一会儿?|等我会儿?|稍等片刻|等片刻)"
    r"(?:一?下|片刻|一会儿?)?"
    rf"|(?:我|我们)?(?:马上|立刻|立马|这就|一会儿?|待会儿?|等会儿?|正在|在)(?:就)?{_DOING}(?:了)?"
    rf"|(?:我|让我|等我|我们)(?:先|再|去|先去)?(?:看看|看一?下|瞅瞅|瞅一?下|瞧瞧|查查|查一?下|翻翻|翻一?下|对对|对一?下"
    rf"|核对一?下|核一?下|想想|想一?下|问问|问一?下|找找|找一?下)(?:{_LOOKED_AT})?(?:再说)?"
)
WAITING_CLAUSE = rx(rf"(?:{WAITING_CLAUSE.pattern}){_PARTICLE}")
# An acknowledgement that may stand with words of waiting (收到，马上弄; 好的 稍等): alone it is left to the reply
# forms (好的 on a card is a yes), with waiting it is no yes.
ACK_CLAUSE = rx(
    rf"(?:收到|好的?|好嘞|好滴|嗯+|哦+|ok|okay|行|明白|知道|了解|懂|没问题|{INTERJECTION}|{PERSON}"
    r"|[\u4e00-\u9fff][哥姐工]|老[\u4e00-\u9fff])"  # who it is said to: 王哥, 李工, 老张
    rf"{_PARTICLE}"
)
WAITING_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("稍等，我先翻一下生产计划", True), ("收到 这就去弄", True), ("好嘞，等我一下哈", True),
    ("让我查一下出货单再说", True), ("王哥 马上来", True), ("等一下", True),
    ("好的", False), ("稍等，数量改成300", False), ("我看下12号的单", False), ("等下 交期不对", False),
    ("我确认一下", False), ("查一下库存", False),
)  # fmt: skip

# What makes a message look like a change of the waiting card: a figure, a date, an action or a correction word
# (`CHANGE_HINT`), or a field or thing a card holds (`SLOT_WORD`). Words of waiting hold no `CHANGE_HINT` (what they
# look at may be named by a field: 我看下物料清单); a remark with neither (就是食堂呗) is chatter, and after any other
# message not read a yes is asked back.
CHANGE_HINT = rx(
    r"\d|[零〇二两三四五六七八九十百千万]|一(?![下会等])|mo\d|[a-z]+[-_]?\d"  # 一下, 一会儿: no figure
    r"|号|月|日|周|星期|礼拜|天|点|底|初|早|晚"
    r"|改|换|调|挪|转|移|放到|放在|不是|错|不对|不行|应该|其实|而是|下达|关闭|关单|结案|暂停|恢复|取消|撤|加|减|多|少"
    r"|提前|推迟|延|按|用|要|别|重新|开工|完工"
    r"|\b(?:change|fix|wrong|not|qty|quantity|due|date|shop|scrap|good|order|instead|actually|should|make|set|move)\b"
)
SLOT_WORD = rx(
    r"数量|数目|交期|交货|日期|车间|工段|产线|物料|材料|料号|良品|合格|不良|报废|坏|废|订单|单号|工单|报工|单子|这单|那单"
)
# Words that may speak of the card or weigh it (这个嘛我再琢磨琢磨, 这样行吗, hmm let me think about it): such a remark
# is no chatter, even with nothing of a change in it.
ABOUT_CARD = rx(
    r"这|那个|那张|那单|那样|刚才|上面|卡片|再|琢磨|考虑|想|商量|犹豫|确定|确认|提交|执行|吗|么|\?|是不是|能不能|可不可以|行不行"
    r"|\b(?:this|that|it|card|again|think|consider|sure|confirm|ok)\b"
)
CHANGE_HINT_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("哈哈哈 你说得对", False), ("就是那家面馆呗", False), ("伟哥你也来", False), ("我看下物料清单", False),
    ("机加二", True), ("下礼拜吧", True), ("不良那个写错了", True), ("用304的", True), ("开工", True),
    ("three is fine", True), ("wrong one", True), ("lol same here", False),
)  # fmt: skip
