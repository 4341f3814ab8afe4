"""Report cues: what was produced, good and scrap in the report's own words and in everyday ones, totals, shifts
and batches, and what links a figure to the slot it names."""

from __future__ import annotations

from agent.nlu.lexicon.units import COUNT_UNIT, FIGURE, FIGURE_TEXT, UNIT
from agent.nlu.numbers import CN_NUMERAL
from agent.nlu.rx import rx

__all__ = [
    "ADDED_GOOD",
    "ADDED_SCRAP",
    "BATCH",
    "CHANGE_LINK",
    "DELIVERED",
    "EXACT_AFTER",
    "FAULTY_COUNT",
    "FAULTY_LEAD",
    "FAULT_WORD",
    "FIELD_LINK",
    "FINE_WORD",
    "GOOD_NAMED",
    "GOOD_WORD",
    "IS_LINK",
    "LEFT_COUNT",
    "LEFT_FIGURE",
    "LEFT_FIGURE_EXAMPLES",
    "NO_SCRAP",
    "NO_SCRAP_EXAMPLES",
    "PRODUCED_VERB",
    "REPORT_CUE",
    "REPORT_EVIDENCE",
    "REPORT_FIGURE",
    "REPORT_QUESTION",
    "REPORT_WORD",
    "REST_GOOD",
    "REWORK",
    "SCRAP_NAMED",
    "SCRAP_WORD",
    "SHIFT",
    "SPOIL_VERB",
    "TOTAL_WORD",
]

# A work verb in the perfective, then a count: what was produced (装了 100, 焊好了 80, 干完了 300, assembled 120).
PRODUCED_VERB = (
    r"(?:(?:做|干|弄|装|组装|装配|焊|焊接|加工|冲|冲压|喷|喷涂|磨|车|铣|钻|包|包装|打包|生产|产|出|跑|打)(?:完|好)?了"
    r"|\b(?:assembled|machined|welded|packed|built|ran|made)\b)"
)
# The work verb that spoilt a piece (车废了, 两个焊坏了, 打废, 磨废, 加工废了): 车 / 铣 / 磨 … + 废 / 坏 is scrap.
SPOIL_VERB = r"(?:车|铣|钻|磨|焊|冲|打|做|弄|搞|装|加工|切|压|铸|刨|喷|割|烧|摔|碰|刮|折)"
# A rough amount's lead word (做了大概500个, made about 300): the figure is still what was made, to be asked.
_ROUGH = r"(?:(?:大概|大约|约莫|差不多|将近|\b(?:about|around|roughly|approximately))\s*)?"
# 报 right before a count is a report of that many (再报10个, 那先报十五台, 報三十個): not 汇报 / 情报 / 举报.
_REPORT_VERB = r"(?<![汇情警预举回通简电公])(?:再|先|就)?报(?:一下|下)?"
# Batches that lead a figure of their own (一批50一批40, 第一批40, 另一批35, 这批60).
BATCH = r"(?:第[一二三四五六七八九十\d]+批|[头首另这那]?一批|[这那]批)"
# Shifts, halves of the day and batches that lead a figure of their own (夜班做了80，早班做了40): their figures add up.
SHIFT = (
    rf"(?:{BATCH}|[早中晚白夜]班|[一二三甲乙丙ab]班|第[一二三四五六七八九十\d]+班|上午|下午|晚上|早上|中午|上半天|下半天|前半夜|后半夜"
    r"|\b(?:day|night|morning|evening|afternoon|first|second|third)\s+(?:shift|batch)\b|\b[ab]\s+shift\b)"
)
# Pieces sent back to be reworked (返修3件, 有3件返工, 3 need rework) are scrap: K/3's PRD_MORPT has only good
# (FQuaQty) and scrap (FFailQty), and a piece that goes back for rework is not good, so it is reported as 不良.
REWORK = r"(?:要|需要|得)?(?:返修|返工)(?:品|件|的)?|\b(?:needs?\s+(?:to\s+be\s+)?)?(?:rework(?:ed|ing)?)\b"
# What is wrong with a piece, said after its count (3个有毛病, 3个毛刺, 3件尺寸不对, 3个有瑕疵, 3 are defective,
# 3 are faulty): the count is scrap, as rework is. Only after a count: 有问题 / 不对 alone say the card is wrong
# (数量有问题), and 第3个有问题 points at the third of something, so FAULTY_COUNT wants a count that is no ordinal.
FAULT_WORD = (
    rf"(?:{REWORK}|(?:有|带|是)?(?:毛病|问题|瑕疵|毛刺|缺陷|裂纹|划痕|划伤|砂眼|气孔)的?|(?:尺寸|外观|规格)?(?:不对|不行)的?"
    r"|\b(?:defective|faulty|flawed|damaged|out\s+of\s+(?:spec|tolerance))\b)"
)
# Between a count and what it is: 都 / 也 / 全 and 是 / 被 (49个都合格, 两个被车废了), were / are (2 were scrapped).
IS_LINK = (
    r"(?:\s*(?:是|被|给)|(?:都|也|全|全部)(?:是|被|给)?)?\s*(?:(?:were|are|was|got|have been|are all|were all)\s+)?"
)
# A count that has a fault: (其中)3个有毛病, 有3件返修, 3 are defective; not 第3个 / 13个 read from the middle.
FAULTY_COUNT = rf"(?<![第\d.,零〇一二两三四五六七八九十百千万]){FIGURE_TEXT}\s*(?:{UNIT})?{IS_LINK}(?:{FAULT_WORD})"
# The faulty ones named before their count (有毛病的是4个, 返修的有2件): scrap too; 的 is needed, for 数量有问题，是30
# says the card is wrong, not what is scrap.
FAULTY_LEAD = r"(?:(?:有|带)?(?:毛病|问题|瑕疵|毛刺|缺陷|裂纹|划痕|划伤|砂眼|气孔)|返修|返工)的"
# Report figures in everyday words: 好 / 好件 / 好的 + a count is good, 废 / 坏 / 坏件 / 废了 + a count is scrap
# (好40，废1; 好件55，坏件2; 废了三件), and a count that "is bad" (两个是废的, 3件坏的). A bare 好 after a work verb
# (做好, 弄好) is "done" and 最好 / 刚好 / 正好 are adverbs, not "good"; 好的 alone is a reply, so the single
# characters need a figure right after them (好的 300个 with a space is a reply and a count).
REPORT_FIGURE = (
    rf"(?<![做干弄装焊包打搞修最只还挺很正刚恰美友良交])(?:好(?:件|品|货)?\s*[:=]?\s*|好的(?:只?有|就|才|是|[:=])?){FIGURE}"
    rf"|(?:(?<![报作])|{SPOIL_VERB})(?:废|坏)(?:件|品|货|的|掉的|了)?\s*[:=]?\s*{FIGURE}"
    rf"|{FIGURE}\s*(?:{COUNT_UNIT})?\s*(?:都|也|全)?[是被给]?{SPOIL_VERB}?(?:废|坏|报废)(?:的|掉的|了)"
    rf"|好件|坏件|废件|好品|{FAULTY_COUNT}"
)
# Handing finished pieces to the store (交了 36, 交库 50, 入库了 75, delivered 40): what is handed in is good, so
# its figure is the good count, not a total that scrap comes out of.
DELIVERED = r"(?:交库|交仓|入库了?|入仓|交了|交付了?|\bdelivered\b|\bshipped\b)"
REPORT_CUE = rx(
    rf"{PRODUCED_VERB}\s*{_ROUGH}(?:{FIGURE}|几[十百千])|{REPORT_FIGURE}|{_REPORT_VERB}\s*{FIGURE}|"
    r"报工|报产|报产量|汇报|良品|良率|合格|不良|报废|废品|次品|正品|坏品|超差|产出|产量|交库|入仓"
    r"|报(?:一下|个|下)(?:工|产量?|数)?"
    rf"|(?:做了|完成了?|做完了?|生产了|完工|下线了?|{DELIVERED})\s*{FIGURE}|{BATCH}\s*[:=]?\s*{FIGURE}"
    r"|\breport(?:ed|ing)?\b|\bgood(?![a-z])|\bscrap(?:ped)?(?![a-z])|(?<![a-z])ng(?![a-z])|\bdefect|\breject"
    r"|\bproduced\b|\bcompleted\s*\d|\bfinished\s*\d|\bdone\s*\d|\boutput\b|\byield\b"
)
# The report's own vocabulary (良品, 报工, scrap), as against everyday words (好40, 坏了3个) that are a report only
# next to an order number; and a question particle, which makes a report a guess.
REPORT_WORD = rx(
    r"良品|合格|不良|报废|报工|报产|废品|次品|\bgood(?![a-z])|\bscrap(?:ped)?(?![a-z])|(?<![a-z])ng(?![a-z])|\bproduced\b"
)
REPORT_QUESTION = rx(r"吗|么|\?|了没|是不是|对不对")
# What makes a message without an order number a report: its own vocabulary, everyday good / bad figures, or the
# figures of two batches (今天做了两批，一批50一批40), or a work verb in the perfective and a count (装好了40个).
REPORT_EVIDENCE = rx(
    rf"{REPORT_WORD.pattern}|{REPORT_FIGURE}|{BATCH}\s*[:=]?\s*\d[^,;]*?[,;]?\s*{BATCH}\s*[:=]?\s*\d"
    rf"|{PRODUCED_VERB}\s*{_ROUGH}{FIGURE_TEXT}\s*(?:{COUNT_UNIT})?"  # 今天装好了40个, 做了五十个: a count of work done
    rf"|{_REPORT_VERB}\s*{FIGURE_TEXT}\s*(?:{COUNT_UNIT}|(?=\s*(?:吧|了|[,;.!?]|$)))"  # 再报10个, 先报十五台, 那报60
    rf"|{PRODUCED_VERB}\s*(?:{FIGURE_TEXT}\s*)?几\s*[十百千]?\s*(?:{COUNT_UNIT})"  # 做了二十几个: a rough count, asked
)

# Everyday words too (REPORT_FIGURE): 好件 / 好的 / 好 + a count is good, 坏件 / 废 / 废了 + a count is
# scrap; the single characters only right before a figure (好40，废1), since 好 alone is a reply and 做好 is "done".
_FIG_AHEAD = rf"(?=\s*[:=]?\s*(?:\d|{CN_NUMERAL}))"
GOOD_WORD = (
    rf"(?:(?:合格)?{DELIVERED}|良品数?|良品数量|合格品?数?|合格数量|正品|好品|好件|好货|好的|良|\bgood(?![a-z])|(?<![a-z])ok(?:品)?(?![a-z])"
    r"|\bpass(?:ed)?\b"
    rf"|(?<![做干弄装焊包打搞修最只还挺很正刚恰美友良交])好{_FIG_AHEAD})"
)
SCRAP_WORD = (
    rf"(?:{SPOIL_VERB}(?:废|坏)(?:了|掉了?)?|(?:尺寸)?超差(?:了|的)?|不良品?数?|不良数量|不合格品?数?|报废品?|{REWORK}|废品|次品|坏品|坏件|废件|坏货|坏了|废了|报废了|废掉的|坏掉的|废的|坏的"
    r"|\bscrap(?:ped)?(?![a-z])|(?<![a-z])ng(?:品)?(?![a-z])|\bdefects?\b|\bdefective\b|\bbad\b|\brejects?\b|\brejected\b"
    rf"|(?<![报作])[废坏]{_FIG_AHEAD})"
)
TOTAL_WORD = (
    rf"(?:{PRODUCED_VERB}|报工|报产|{_REPORT_VERB}(?=\s*{FIGURE})|下线了?|完成了?|做了|做完了?|生产了|产出|产量|(?<!一)共|总共|一共|合计|完工|\breport(?:ed)?\b"
    r"|\bproduced\b|\bcompleted\b|\bfinished\b|\bmade\b|\bdone\b|\boutput\b|\btotal\b"
    rf"|{SHIFT}(?=\s*[:=]?\s*\d))"  # 白班50 夜班45: a shift's own count
)
# Between a keyword and its figure: 数量, 的, 有, 一共 (合格的有110, 不合格的两个, 不良一共3个).
# A correction links the figure to what it names with a change verb: 不良改成2, 良品改55, scrap should be 2.
CHANGE_LINK = (
    r"(?:要|应)?(?:改成|改为|改到|更正为|更正成|变成|变为|写成|应该是|应是|应为|实际是|其实是|改)"
    r"|(?:还是|也是|仍是|仍然是|依然是|照旧是?)"  # 不良还是3个: the figure said again beside a fix of another
    r"|should\s+be|is\s+now|(?:changed?\s+)?to\b|(?:is|was|are)\b"
)
# Where a corrected figure goes and how it is to be counted, between its slot word and the figure: 良品那里写30,
# 不良按3算, 良品应该填30, 不良那栏记3 (a figure for the named slot of the card, never a new empty report).
FIELD_LINK = (
    r"(?:那里|那儿|这里|这儿|那边|这边|那栏|这栏|那一栏|这一栏|一栏|栏|那项|这项|那一项|那格|这格)?\s*(?:应该|应|要|得|就)?\s*"
    r"(?:写|填|记|按|算|录|报)(?:成|为|上|作|做)?"
)
# After a count, fine words say it is good too (其余58台没问题, 50个都正常).
FINE_WORD = r"没问题|没毛病|正常|都好"
# "其余都OK", "剩下的都是好的", "the rest are fine": good = total − scrap, which is the default; consumed so
# it is not taken for unexplained words.
REST_GOOD = rx(
    r"(?:其余|其他|其它|剩下|剩余|别的)的?\s*(?:都|全|全部|也)?\s*(?:是|算)?\s*(?:ok|好的?|合格的?|良品|正常|没问题|fine|good)"
    r"|\b(?:the\s+)?rest\s+(?:are|is|were)?\s*(?:ok|fine|good)\b"
)

# Which figure a one-figure report message is about when no figure sits beside its word (报废数写错了，是3个):
# scrap named and good not (好的 / ok there are consent, not the good count).
SCRAP_NAMED = rx(SCRAP_WORD)
GOOD_NAMED = rx(r"(?<!不)良|(?<!不)合格|正品|好品|好件|好货|\bgood\b|\bpass")

# A further count said to be counted as good or as scrap on top of the figures already given (良品40，另外有4个返工
# 修好了也算良品 → good 44; 另外还有2个也算报废 → scrap + 2): 另外 / 还有 / 外加 / 加上, the count, a few words, then
# 也算 / 算作 / 按 and the slot.
_ADDED = (
    rf"(?:另外|还有|外加|加上|再加上?)\s*(?:还)?\s*(?:有)?\s*{FIGURE_TEXT}\s*(?:{UNIT})?"
    r"[^,;。!?]{0,16}?(?:也|都)?\s*(?:算作?|算是|当作?|按)\s*"
)
ADDED_GOOD = rx(rf"{_ADDED}(?:良品|合格品?|好的|好件|正品)")
ADDED_SCRAP = rx(rf"{_ADDED}(?:不良品?|不合格品?|报废|废品|次品|坏的|坏件)")
ADDED_EXAMPLES = (  # (message after the order number, good, scrap)
    ("良品40, 另外有4个返工修好了也算良品, 报废1个", 44, 1),
    ("良品30 不良1, 另外还有2个也算报废", 30, 3),
    ("合格50, 另外3件按不良", 50, 3),
)
# A count left in a report message after its figures were read (另外有4个修好了): a figure the reading did not place,
# so the report is asked back, never written without it. Not people, hours, batches or days (两个人, 3个小时).
# Pieces still in rework (另外有14个返工的) are neither good nor scrap yet: no figure of this report, nothing asked;
# pieces reworked and repaired (4个返工修好了) are.
LEFT_COUNT = rx(
    rf"(?<![\d.a-z\-/]){FIGURE_TEXT}\s*(?:{COUNT_UNIT})(?!\s*(?:人|班|小时|钟头|月|星期|礼拜|工作日|批|订单|单子|工单|单|\d|零))"
    r"(?!\s*(?:是|在|要|需要|得)?\s*(?:返工|返修)(?!\s*(?:修)?(?:好|完)))"
    r"(?!\s*(?:还|正|仍)?\s*(?:在|没|未|待))"  # 另外20个还在加工, 5个没做完: not this report's pieces
)

# A bare figure left in a report message after its figures were read (不量3: a word the reading did not know,
# 良品两百1110 glued to the next order): the report is asked back, never written without it. Not an order's
# tail at the head, a code, an ordinal, a time, a date, a machine, a workshop or people (3号机, 下午3点, 二车间).
LEFT_FIGURE = rx(
    rf"(?<![\d.a-z\-/#第])(?<![a-z]\s){FIGURE_TEXT}(?=\s*(?:{COUNT_UNIT})?\s*(?:[,，;；。.!！?？\s]|$))"
    rf"(?!\s*(?:{COUNT_UNIT})?\s*(?:人|班|小时|钟头|分钟?|点|号|月|日|天|年|周|星期|礼拜|工作日|批|次|趟|车间|线|机|工位|道|序"
    r"|元|块钱|订单|单子|工单|单|楼|层|岁))"
)
LEFT_FIGURE_EXAMPLES = (  # (report text left after its figures were read, the figure left or None)
    ("1109        不量3", "3"),
    ("1102良品两百1110    ", "1110"),
    ("output for machining 2      : ", None),  # a workshop's name
    ("  另外问一下304螺栓m8x30还有多少", None),  # an item's name
    ("             白班     二车间 3号机    ", None),
    ("1103    点报     ", None),
    ("1103 第2批 ", None),
)

# After a rough figure, the exact one (大概六十来个 我数了一下 准确是58个, about 60… exactly 58): it is the figure.
EXACT_AFTER = rx(
    r"(?:准确|确切|精确|具体|实际|数了一?下|数过了?|点了一?下|\bexactly\b|\bactually\b)[^,;.!?\d]{0,6}?"
    rf"{FIGURE_TEXT}"
)

# A report's scrap said to be none (没有不良, 不良为0, 无报废, 零不良, 一个都没坏, no scrap): on a report card it is the
# scrap figure 0, said again (the card shows 0) or put right (the card shows 2).
NO_SCRAP = rx(
    r"(?:没有|没|无|零)(?:不良品?|报废|次品|废品|坏的|坏件)|(?:不良品?|报废|次品|废品)(?:数|数量)?\s*(?:为|是)?\s*(?:0|零|没有|无)(?![\d.])"
    r"|一个都没(?:坏|废)|(?:都|全)是好的|\bno\s+(?:scrap|rejects?|ng)\b|\b(?:zero|0)\s+scrap\b"
)
NO_SCRAP_EXAMPLES: tuple[tuple[str, bool], ...] = (  # (reply, says no scrap)
    ("没有不良 确认", True), ("不良为0", True), ("无报废", True), ("一个都没坏 ok", True), ("no scrap, confirm", True),
    ("都是好的", True), ("不良0个", True),
    ("不良3", False), ("没有报工", False), ("不良品有2个", False), ("不良05", False),
)  # fmt: skip
