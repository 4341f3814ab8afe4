"""Quantity cues: the words before a figure that make it the quantity (数量, 改成, qty, to), the shapes around a
figure that make it part of a name (304螺栓, m8x30, 一车间), and relative changes (加200, reduce by 50)."""

from __future__ import annotations

from agent.nlu.lexicon.units import FIGURE_TEXT, UNIT
from agent.nlu.rx import rx

__all__ = [
    "BAD_AFTER_ARABIC",
    "BAD_AFTER_CN",
    "BAD_BEFORE_CN",
    "BARE_COUNT",
    "DELTA_DOWN",
    "DELTA_UP",
    "FROM_BEFORE",
    "GLUE_BEFORE",
    "KEY_BEFORE",
    "MAT_AFTER",
    "QTY_WORD_BEFORE",
    "TO_BEFORE",
    "UNIT_AFTER",
    "VAGUE_QUANTITY",
    "VAGUE_QUANTITY_EXAMPLES",
]

UNIT_AFTER = rx(rf"^\s*{UNIT}")
# An amount said roughly (三百多个, 两百来个, 一千左右, 大概500, about 300): never a quantity, it is asked back.
# 几 in a figure (二十几个, 十几个, 几十个, 三百几十) and two neighbouring digits (两三个, 七八十个) are rough too;
# 十几天 is a span of days, not an amount.
_NOT_DAYS = r"(?!\s*(?:天|日|号|周|个?月|年|点|分钟|个?小时|days?|weeks?))"
VAGUE_QUANTITY = rx(
    rf"{FIGURE_TEXT}\s*几\s*[十百千]?{_NOT_DAYS}|(?<![\d零〇一二两三四五六七八九十百千])几\s*[十百千]\s*(?:来)?{_NOT_DAYS}"
    rf"|(?<![\d零〇一二两三四五六七八九十百千第])(?:一两|两三|二三|三四|四五|五六|六七|七八|八九)\s*[十百千]?\s*(?:来)?\s*{UNIT}"
    rf"|{FIGURE_TEXT}\s*(?:多|来)\s*{UNIT}|{FIGURE_TEXT}\s*(?:{UNIT})?\s*(?:左右|上下)(?!交|完)"
    rf"|(?:大概|大约|约莫|差不多)\s*{FIGURE_TEXT}\s*(?:多|来)?\s*{UNIT}?(?!\s*(?:号|日|月|天|周))"
    rf"|\b(?:about|around|roughly|approximately)\s+{FIGURE_TEXT}(?!\s*(?:days?|weeks?))"
)
VAGUE_QUANTITY_EXAMPLES = (
    "三百多个", "两百来个", "一千左右", "大概500个", "about 300", "差不多三百五",
    "二十几个", "十几个", "几十个", "三百几十", "两三个", "七八十个",
)  # fmt: skip
# A lone 一 / 两 with its unit as the whole answer, or after 是 / 有 / 就 (是两个, 就一件, 两个。): a count, where
# 两个订单 and 下一个单 are not. Matched on (the words before, the unit and what follows it).
BARE_COUNT = (rx(r"(?:^|[,;:\s]|是|为|有|就|共|才|只有?)$"), rx(rf"^\s*{UNIT}\s*(?:[,;.!?。！？]|$)"))
TO_BEFORE = rx(
    r"(?:改为|改成|改到|调整为|调整到|调为|调到|调成|变为|变成|换成|加到|减到|增加到|减少到|增至|减至|提高到|降到|升到|到|成|为|→|->|=>"
    r"|\bto\b)\s*[:=]?\s*$"
)
KEY_BEFORE = rx(
    r"(?:数量|数目|\bqty|\bquantity|总数|共|总共|一共|合计|做|生产|产|排|来|加工|要|需要|\bmake|\bproduce|\bbuild"
    r"|\bfor|\bof)\s*(?:是|为|:|=)?\s*$"
)
QTY_WORD_BEFORE = rx(r"(?:数量|数目|\bqty|\bquantity)\s*(?:是|为|:|=)?\s*$")
FROM_BEFORE = rx(r"(?:从|由|\bfrom|原来|原|旧)\s*[:=]?\s*$")
GLUE_BEFORE = rx(r"[a-z0-9.\-_/#φ+x]$")
BAD_AFTER_ARABIC = rx(r"^(?:[a-z](?<!k)|[.\-/#φ%]\d|[号级钢月日天周点年%型寸度寸]|[.\-/#φ])")
BAD_AFTER_CN = rx(
    r"^(?:车间|号|月|日|天|周|点|楼|线|厂|班|分|次|遍|下|些|起|样|直|定|般|位|层|级|种|期|成|些|会|边|切|旦|共|律|致|齐)"
)
BAD_BEFORE_CN = rx(r"(?:第|周|期|拜|初|万|千|星|礼|统|唯|之|同|万分)$")
MAT_AFTER = rx(r"^[\u4e00-\u9fff]")
# A relative change of quantity ("数量加200", "再多做两百", "减少100个", "+200", "add 200 more",
# "reduce by 50"): the contract's `quantity` is the new absolute value, which the parser cannot know
# (it depends on the order's current quantity), so the delta is kept as `quantity_delta` and the
# quantity is asked back. 加到 / 增加到 / 减到 / increase to name the new value and are not deltas.
# 机加二车间, 加3号线: a name, not a delta; 补一张生产单, 加个工单: one more order, not one more piece.
_NOT_A_COUNT = r"车间|号|线|工段|厂|楼|班|月|日|天|周|[个张份笔]?\s*(?:生产)?(?:订单|工单|单(?![位价]))"
DELTA_UP = rx(
    rf"(?:再|又|另外|额外)?(?:增加|追加|加做|多加|多做|多生产|多排|多要|多来|补做|补加|(?<![机参附外施])加|增|添|补|(?<![不差好很太许])多)(?:了)?(?:上)?\s*{FIGURE_TEXT}"
    rf"(?!\s*(?:到|至|成|为|[\d.,]|{_NOT_A_COUNT}))(?:\s*{UNIT})?"
    rf"|(?<![a-z0-9\-+])\+\s*{FIGURE_TEXT}(?:\s*{UNIT})?"
    rf"|\b(?:add|increase(?:d)?\s+by|up\s+by|raise(?:d)?\s+by|plus)\s+{FIGURE_TEXT}(?:\s+more)?(?:\s*{UNIT})?"
    rf"|\b{FIGURE_TEXT}\s*(?:{UNIT}\s*)?more\b"
)
DELTA_DOWN = rx(
    rf"(?:再)?(?:减少|减掉|少做|少生产|少排|少要|砍掉|砍|扣掉|扣|去掉|减|(?<![至多不很太缺])少)(?:了)?\s*{FIGURE_TEXT}"
    rf"(?!\s*(?:到|至|成|为|[\d.,]|{_NOT_A_COUNT}))(?:\s*{UNIT})?"
    rf"|\b(?:reduce(?:d)?|decrease(?:d)?|cut|lower(?:ed)?|down)\s+by\s+{FIGURE_TEXT}(?:\s*{UNIT})?"
    rf"|\b(?:remove|minus|take\s+off)\s+{FIGURE_TEXT}(?:\s*{UNIT})?"
    rf"|\b{FIGURE_TEXT}\s*(?:{UNIT}\s*)?(?:fewer|less)\b"
)
