"""Change cues: verbs that change an order, the fields a change may name, due words, modal questions."""

from __future__ import annotations

import re

from agent.nlu.lexicon.units import FIGURE_TEXT, UNIT
from agent.nlu.rx import rx

__all__ = [
    "ACTION_FIX_EXAMPLES",
    "ACTION_RULED_OUT",
    "BARE_CHANGE_VERB",
    "BARE_FIGURE_CHANGE",
    "BARE_FIGURE_EXAMPLES",
    "CANCEL_WORD",
    "CHANGE_CUE",
    "CHANGE_FIELDS",
    "DUE_SAID",
    "DUE_WORD",
    "FIELD_CHANGE_VERB",
    "MODAL",
    "QUANTITY_NAMED",
    "STRICT_DUE_WORD",
    "STRONG_CHANGE",
]

# 改 / 调 alone are change verbs only outside the words they help form (空调, 协调, 调试, 调休, 改善,
# 改进): a word-formation rule on the neighbouring character, not a list of sentences.
BARE_CHANGE_VERB = (
    r"(?<![整批篡])改(?![善进革造良装建制编写])"
    r"|(?<![空协强单音色声语格步低高基论腔情曲烹微])调(?![试查研皮料味侃理解和剂休班岗动教养配度频包])"
)
CHANGE_CUE = rx(
    r"改为|改成|改到|改下|改一下|修改|更改|变更|调整|调为|调到|调成|换成|换到|转到|转去|转给|移到|挪到|放到|转移到|变为|变成"
    # Setting a state or value (设成完工, 状态置为关闭, 标记为完成, mark it done).
    r"|设成|设为|设置为|设置成|设置到|置为|置成|标为|标成|标记为|标记成|转为|转成|\bmark(?:ed)?\b"
    r"|提前到|推迟到|延期到|延后到|延到|推到|提前|推迟|延期|延后|加到|减到|增加到|减少到"
    rf"|{BARE_CHANGE_VERB}"
    r"|->|→|=>"  # "qty -> 120": the arrow notation of a new value
    # "any update on MO…", "an update about": update as a noun asks for news and changes nothing.
    r"|(?<!\bany )(?<!\ban )(?<!\bthe )(?<!\bno )\bupdate\b(?!\s+(?:on|about|for|re)\b)"
    r"|\bchange\b|\bmodify\b|\bset\b|\bmove\b|\bpostpone\b|\breschedule\b|\bbring forward\b|\bpush\b"
    r"|\bshift\b|\bincrease\b|\breduce\b|\bamend\b|\bedit\b|\bswitch\b|\btransfer\b"
)
# A new figure for a waiting card, said first, with no field named (改1.2k吧 先少做点, 改成800吧, 那就改800, make it
# 900): the card's quantity. A date or a shop after the verb is no figure (改到12月20, 改成二车间, 改到3号).
# 还是600吧 / 算了，还是按原来的600: going back to a figure said before is a change of the card's figure too.
BARE_FIGURE_CHANGE = rx(
    r"^(?:算了\s*[,，]?\s*)?(?:(?:那|那就|就|还是|先|要不|干脆)?\s*"
    r"(?:改成|改为|改到|改回|改|调成|调到|调为|调回|换成|变成|\b(?:set|change)\s+(?:it\s+)?(?:back\s+)?to\b|\bmake\s+it\b)"
    r"|还是\s*(?:按|要|做|用)?\s*(?:原来的?|之前的?|刚才的?)?)\s*"
    rf"{FIGURE_TEXT}(?![\d.])(?!\s*(?:月|日|号|点|天|周|车间|线|班|[-/]\d))\s*(?:{UNIT})?"
)
BARE_FIGURE_EXAMPLES: tuple[tuple[str, float], ...] = (
    ("改1.2k吧 先少做点", 1200), ("改成800吧", 800), ("改800", 800), ("那就改成一千二", 1200), ("make it 900", 900),
    ("改成600个 客户只要这么多", 600), ("还是600吧", 600), ("算了还是600吧", 600), ("算了，还是按原来的600", 600),
    ("change it back to 600", 600),
)  # fmt: skip
# Change verbs that name a change on their own; a bare 改 / 调 / move / set needs something to change
# (a quantity, date, shop, state or an order) before a message without an order number is a change.
STRONG_CHANGE = rx(
    r"修改|更改|变更|调整|改为|改成|改到|改下|改一下|调为|调到|调成|换成|转到|转给|移到|挪到|提前|推迟|延期|延后"
    r"|\bchange\b|\bmodify\b|\bamend\b|\breschedule\b|\bpostpone\b"
)
# A modal question about a state change ("可以开工吗", "能不能结案"): a question, but it may be a polite
# command; taken as a query with lower confidence.
MODAL = rx(r"可以|能不能|能否|可不可以|能\s*\S{1,3}\s*吗|\bcan\b|\bcould\b|\bshould\b")
# A change that names the quantity (数量, a figure): a finish or start next to it is no state change.
QUANTITY_NAMED = rx(r"数量|\bqty\b|\bquantity\b|\d")
# Cancelling an order (取消订单MO…) is closing it.
CANCEL_WORD = rx(r"取消|\bcancel\b|撤销")
# The fields of an order a change may name without a value ("数量要改一下", "交期推一下", "换个车间", "change the qty"):
# the field is what is asked back. A field counts only near a verb that changes something (not 换向阀, 转向节, 空调).
CHANGE_FIELDS: list[tuple[re.Pattern[str], str]] = [
    (rx(r"数量|数目|件数|\bqty\b|\bquantity\b|\bamount\b"), "quantity"),
    (
        rx(
            r"交期|交货期|交货日期?|交付日期?|完工日期|完工时间|日期|到期日"
            r"|\bdue(?: date)?\b|\bdelivery date\b|\bdeadline\b"
        ),
        "due_date",
    ),
    (rx(r"车间|\bworkshop\b|\bshop\b"), "workshop"),
]
FIELD_CHANGE_VERB = rx(
    rf"{BARE_CHANGE_VERB}|换(?!向)|变(?![速压频形])|转(?![向速子轴盘])|推(?![荐杆车力广])|挪|延|提前|修正|增加|减少"
    r"|\bchange\b|\bupdate\b|\bfix\b|\badjust\b|\bmove\b|\bswitch\b|\bamend\b|\bedit\b|\bpush\b|\bcorrect\b"
)

# A due word proper (要交, 到期, due), as against words that only say when something happens.
STRICT_DUE_WORD = rx(r"交|到期|截止|期限|之?前|以前|要货|\bdue\b|\bdeadline\b|\bby\b|\bbefore\b|\bship|\bdeliver")
# A due date spoken of in a new order (同一天交, due the same day): when no date is read, it is asked, never the
# default; 交给三车间 hands the order to a shop and says no date.
DUE_SAID = rx(r"交(?![给由接流换易])|到期|截止|期限|要货|\bdue\b|\bdeadline\b")
# A word next to a date that makes it the due date (those, and 完成, 推迟到, 改到); without one, a date next to a
# state change is when it happens (今天开工, 明天暂停, hold it till Monday).
DUE_WORD = rx(STRICT_DUE_WORD.pattern + r"|完成|[延推拖挪]|提前|改到|改成|->|→|=>")


# A state change named only to be ruled out (不是关闭，是开工; 别关闭 改成完工; not close, start it): the words just
# before it. What a card's state change is corrected to is the last one said and not ruled out.
ACTION_RULED_OUT = rx(r"(?:不是|不要|不用|别|并非|而不是|\bnot\b|\bno\b|\bdon'?t\b)\s*(?:说|要)?\s*$")
# (reply on a card that closes the order, the state change it corrects the card to, or None)
ACTION_FIX_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("不不不，不是关闭，是开工", "start"),
    ("不对 是完工", "finish"),
    ("改成下达", "release"),
    ("搞错了，应该是开工", "start"),
    ("not close, start it", "start"),
    ("关闭", None),  # the card's own: nothing to correct
    ("不是关闭", None),  # ruled out, nothing named instead: asked, not guessed
    ("开工了没", None),  # no fix cue: a question
    ("不对，是1120开工", None),  # another order named: not this card's state
)
