"""Clause cues: where one line of a message starts another request about another order (1121下达 1115开工)."""

from __future__ import annotations

import re
from functools import lru_cache

from agent.nlu.lexicon.answers import SPOKEN_ORDER
from agent.nlu.lexicon.report import PRODUCED_VERB
from agent.nlu.lexicon.units import UNIT
from agent.nlu.rx import rx

__all__ = [
    "ATTRIBUTED_EXAMPLES",
    "CLAUSE_EXAMPLES",
    "CLAUSE_JOINER",
    "CLAUSE_ORDER",
    "FIGURE_CUE_BEFORE",
    "GROUP_WORDS",
    "LIST_MARK",
    "LIST_MARK_EXAMPLES",
    "NONE_BEFORE",
    "ORDER_RUN",
    "RUN_ORDER",
    "SPREAD_EXAMPLES",
    "THEN_ACTION",
    "THEN_ACTION_EXAMPLES",
    "TRAILING_JOINER",
    "attribution",
]

# A list's item mark at the head of a line (1. 1104 交期…, 2、1107 数量…, (3) 1121 下达, ① …, - 1103 良品30): no
# part of the request. A figure with a dot needs a space after it (1.5k 数量 is a quantity); read on the text as typed.
LIST_MARK = rx(
    r"(?m)^[ \t]*(?:[0-9０-９]{1,2}[、)）]|[(（][0-9０-９]{1,2}[)）]|[①-⑳]"
    r"|[0-9０-９]{1,2}[.．](?=[ \t])|[-*•·](?=[ \t]))[ \t]*"
)
LIST_MARK_EXAMPLES: tuple[tuple[str, str], ...] = (  # (a line as typed, the line without its mark)
    ("1. 1104 交期往后推到12月11号", "1104 交期往后推到12月11号"), ("2、1107 数量改成1.2k", "1107 数量改成1.2k"),
    ("(3) 1121 下达", "1121 下达"), ("① 1121下达", "1121下达"), ("- 1103 良品30", "1103 良品30"),
    ("3）1122开工", "1122开工"),
    ("1.5k 数量", "1.5k 数量"), ("12月11号交", "12月11号交"), ("300个 -2", "300个 -2"), ("1103 良品30", "1103 良品30"),
)  # fmt: skip

# What may stand between two requests in one line: a space, a comma, 、, ；, a colon, or a joining word.
_JOINERS = r"还有|另外|以及|然后|再就是|和|跟|\band\b|\balso\b|\bthen\b|\bplus\b"
# An order named at the head of a clause (read on lower-cased text): a full number (MO20261117), MO and its short tail
# (MO1116), a short tail in figures (1121) or said digit by digit before a report or an order noun (一一三零做了…),
# after the line's start, a separator or a joining word. A count with its unit (1200个) or a date (1220号) is none.
# Said without a pause (voice input), the next order's number follows the last figure of the clause before it: right
# after a figure or its unit (良品两百1110良品五十, 报废三个幺幺零九合格…, 不良三一一三八良品…) or after a report of
# none (没有报废幺幺零九…); only an order followed by a report word (SPOKEN_ORDER's and the digits' own lookahead).
_GLUED = (
    r"|(?<=[零〇一二两俩三四五六七八九十百千万个件台只套支根片块])|(?<=没有报废)|(?<=没报废)|(?<=没有不良)|(?<=没不良)"
    r"|(?<=没有坏的)|(?<=没坏)"
)
CLAUSE_ORDER = rx(
    rf"(?:^|(?<=[\s,，;；、:：])|(?<=还有)|(?<=另外)|(?<=以及)|(?<=然后)|(?<=和)|(?<=跟)|(?<=把){_GLUED})"
    r"(?:(?:mo|p)[\s\-_]?(\d{6,12})(?!\d)"
    r"|(?:mo[\s\-_]?)?(\d{4,6})(?![\d.%/×*:\-])(?=\s*[,，、;；:]?\s*[\u4e00-\u9fffa-z])"
    rf"(?!\s*(?:{UNIT}|[万千百十]|号(?!单)|月|日|年|点|元|块钱))"
    rf"|{SPOKEN_ORDER})"
)
# A figure a cue word just before it asks for (数量 1500, 良品 1200, good 1130, 改成 1130, 交期：1220) is no order.
FIGURE_CUE_BEFORE = rx(
    r"(?:数量|改成|改为|改到|调成|调到|调整为|变成|为|是|到|至|共|一共|总共|做了|良品|合格|不良|报废|次品|交期|日期"
    r"|\bqty|\bquantity|\bgood|\bok|\bscrap|\bng|\bto|\bof|\bis|\bdue|=)[\s:：]*$"
)
# A report word said with none (没有报废, 没不良) asks for no figure after it: what follows may be the next order.
NONE_BEFORE = rx(r"(?:没有?|无)(?:报废|不良|坏的?)$")
# The separator and joining word a clause ends with before the next one (…下达，| …good 30 and |).
CLAUSE_JOINER = rx(rf"(?:[\s,，;；、.。]|{_JOINERS})+$")

# The last joining word between two clauses, where words after it lead the next request (start 1122, then |report
# 1116 good 40): a verb said before the next order goes with it.
TRAILING_JOINER = rx(
    r"(?:[,，;；、.。]\s*|(?<=[\s,，])(?:then|and|also|plus)\s+|然后|另外|还有|以及|再)(?=[^\d,，;；、.。]*$)"
)

# (line, its clauses): each clause that names its own order and says something of its own is its own request;
# a single request, a figure after a cue word, the same order twice, or an order with nothing of its own stays whole.
CLAUSE_EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1121下达 1115开工", ("1121下达", "1115开工")),
    ("1135下达，1129开工", ("1135下达", "1129开工")),
    ("一一零三做了二十个坏一个 一一三零做了十五个没有坏的", ("一一零三做了二十个坏一个", "一一三零做了十五个没有坏的")),
    (
        "Output for machining 2 today: 1116 good 30, 1137 good 40 scrap 2",
        ("Output for machining 2 today: 1116 good 30", "1137 good 40 scrap 2"),
    ),
    ("MO1116 good 25 and MO1137 good 10 scrap 1", ("MO1116 good 25", "MO1137 good 10 scrap 1")),
    ("MO20261117做了50个坏了2个，MO20261123做了10个", ("MO20261117做了50个坏了2个", "MO20261123做了10个")),
    ("1103良品30不良2，1124良品20不良0", ("1103良品30不良2", "1124良品20不良0")),
    ("1103做了30个，1124的良品20", ("1103做了30个", "1124的良品20")),
    ("1108结案还有1126开工", ("1108结案", "1126开工")),
    ("1131完工 1109进度怎么样", ("1131完工", "1109进度怎么样")),
    ("MO20261117和MO20261123都完工了", ("MO20261117和MO20261123都完工了",)),
    ("MO20261103 数量改成 1500 个", ("MO20261103 数量改成 1500 个",)),
    ("MO20261103 良品 1200 不良 3", ("MO20261103 良品 1200 不良 3",)),
    ("1103 做了 1200 个", ("1103 做了 1200 个",)),
    ("1103 良品 300 不良 2", ("1103 良品 300 不良 2",)),
    ("良品300，1124不良2", ("良品300，1124不良2",)),
    ("MO1107 qty to 1130 please", ("MO1107 qty to 1130 please",)),
    ("1103良品30，1103不良2", ("1103良品30，1103不良2",)),
    ("change MO1104 qty to 150", ("change MO1104 qty to 150",)),
    ("1107交期改到 1220 号", ("1107交期改到 1220 号",)),
    ("1102良品两百1110良品五十", ("1102良品两百", "1110良品五十")),
    (
        "幺幺零三合格三十个没有报废幺幺零九合格一百二十个报废三个",
        ("幺幺零三合格三十个没有报废", "幺幺零九合格一百二十个报废三个"),
    ),
    ("幺幺三零合格二十五个报废一个幺幺二四合格十八个", ("幺幺三零合格二十五个报废一个", "幺幺二四合格十八个")),
    ("一一零二良品两百五十不良三一一三八良品一百零五", ("一一零二良品两百五十不良三", "一一三八良品一百零五")),
    ("幺幺一零良品三十二报废俩幺幺三七良品四十八", ("幺幺一零良品三十二报废俩", "幺幺三七良品四十八")),
    ("1103 良品 一千一百零九个", ("1103 良品 一千一百零九个",)),
    ("1103做了一二三四个", ("1103做了一二三四个",)),
    ("start 1122, then report 1116 good 40 scrap 2", ("start 1122", "report 1116 good 40 scrap 2")),
    ("1108下达，然后 1126开工", ("1108下达", "1126开工")),
    ("1110开工 把1126结案", ("1110开工", "把1126结案")),
)

# Whose figures a clause of a handover gives, said right before its order and its figures (夜班交接 张伟那边1103合格42
# 报废2 刘洋1109合格60): a colleague's name (the caller's directory: never a list here) or a few words before 那边 /
# 这边. Such words start a clause and are no part of it: the figures are attributed, nobody in the room is spoken to.
# Only before an order and its figures: a colleague named before an order and a state word (吴磊 1137完工) is spoken to.
# (Read on lower-cased text.)
_ORDER_AHEAD = (
    r"(?=\s*[:：]?\s*(?:(?:mo|p)[\s\-_]?)?(?:\d{4,12}|[零〇一二三四五六七八九幺]{4})[\s,，:：的]*"
    rf"(?:{PRODUCED_VERB}|良品|合格|不良|报废|次品|好的|坏的|坏了|\bgood\b|\bok\b|\bscrap\b))"
)
_THERE = r"(?:那边|这边|那里|这里)"


@lru_cache(maxsize=4)
def attribution(names: tuple[str, ...]) -> re.Pattern[str]:
    """Who a clause is about, before its order: one of `names` (那边 after it or not) or words before 那边."""
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.strip())
    said = rf"(?:{named}){_THERE}?|" if named else ""
    return rx(rf"(?:{said}(?:^|(?<=[\s,，;；、:：\d]))[\u4e00-\u9fff]{{1,5}}?{_THERE}){_ORDER_AHEAD}")


# (line, colleagues' names, its clauses): attributed clauses are cut, the attribution dropped.
ATTRIBUTED_EXAMPLES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("交班 王芳那边1117良品33 不良1 吴磊1125良品18", ("王芳", "吴磊"), ("交班 1117良品33 不良1", "1125良品18")),
    ("装配那边1102合格70 热处理那边1130合格12", (), ("1102合格70", "1130合格12")),
    (
        "Night shift: 吴磊 MO1125 good 18, 王芳 MO1117 good 33",
        ("王芳", "吴磊"),
        ("Night shift: MO1125 good 18", "MO1117 good 33"),
    ),
    ("吴磊 1137完工", ("吴磊",), ("吴磊 1137完工",)),  # one order said to a colleague: no handover, left as said
    ("吴磊 1137完工 1131完工", ("吴磊",), ("吴磊 1137完工", "1131完工")),  # no figures: spoken to, not attributed
    ("1103良品30 吴磊说不良2", ("吴磊",), ("1103良品30 吴磊说不良2",)),
)

# Several orders named one after another for one thing said of them all (1115 1118开工, close 1119, 1134 and 1140,
# 1105 1126 都结案吧): an order written in full, MO and its tail, or a tail of 4-6 figures (never a count with its
# unit, a date or a decimal), two or more of them with only a space, a comma or a joining word between.
_RUN_ORDER = (
    r"(?<![\d.a-z])(?:(?:mo|p)[\s\-_]?\d{6,12}|(?:mo[\s\-_]?)?\d{4,6})(?![\d.%/×*:\-])"
    rf"(?!\s*(?:{UNIT}|[万千百十]|号(?!单)|月|日|年|点|元|块钱))"
)
RUN_ORDER = rx(_RUN_ORDER)
# Spaces and separators, each character taken one way only (a nested repeat over spaces backtracks exponentially on
# a run of them with no order after it): not empty, then any spaces, then separators each with their spaces.
_RUN_SEP = r"(?:[,，、&/]|\band\b|和|跟|与|及|以及)"
_RUN_JOINER = rf"(?=\s|{_RUN_SEP})\s*(?:{_RUN_SEP}\s*)*"
ORDER_RUN = rx(rf"{_RUN_ORDER}(?:{_RUN_JOINER}{_RUN_ORDER})+")
# What says "all of these" after the run (都, 这两张, 这几张下达的, both, all of them): it names no order of its own
# and goes when the thing said is spread to each order. A state word with 的 in it (下达的) describes them.
GROUP_WORDS = rx(
    r"^[\s,，]*(?:(?:这|那)(?:两|几|三|四|五|些)?[张个条笔](?:单子?)?\s*(?:(?:已经?)?(?:下达|开工|完工)(?:了)?的)?|都|全都|全部"
    r"|\bboth\b|\ball(?: of them| three| four)?\b)[\s,，]*"
)
# (line, its requests): the thing said of a run of orders, said of each of them in the order named.
SPREAD_EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("1115 1118开工", ("1115开工", "1118开工")),
    ("close 1119, 1134 and 1140", ("close 1119", "close 1134", "close 1140")),
    ("1105 1126 都结案吧", ("1105 结案吧", "1126 结案吧")),
    ("1108 1111 这两张下达的今天开工", ("1108 今天开工", "1111 今天开工")),
    ("finish MO20261103 and MO20261124", ("finish MO20261103", "finish MO20261124")),
    ("把1101 1125 1129开工 1107也开了", ("把1101开工 1107也开了", "把1125开工 1107也开了", "把1129开工 1107也开了")),
    ("1103 做了 1200 个", ("1103 做了 1200 个",)),
    ("1103 1103开工", ("1103 1103开工",)),
    ("数量 1500 1600", ("数量 1500 1600",)),
    ("1107交期改到 1220 号", ("1107交期改到 1220 号",)),
)

# A state change said after a report in the same message (报完把单子完工, 报完完工 顺便把1105也完工, report … and finish
# it): the report, then the change, of the report's order or of the order named with it. Only after a word that
# says "after that" (报完, 然后, 顺便, and, then), never a report's own 干完了 / 做完了.
THEN_ACTION = rx(
    r"(?:报完(?:了|之后|以后|后)?|然后|之后|再|顺便|顺手|同时|并且?|\band\b|\bthen\b|\balso\b)[\s,，]*(?:把|将)?\s*"
    r"(?P<order>(?:mo)?\d{4,12})?\s*(?:的)?(?:单子|这单|订单|它|这张单?)?\s*(?:也|都)?\s*"
    r"(?P<act>完工|结案|开工|finish|close|complete)(?![a-z])(?:\s+(?:it|that|this one|the order))?"
)
# (message, the changes said after its report, as (order said or "", action word)).
THEN_ACTION_EXAMPLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("1124 最后五十八个今天干完了 良品57 不良1 报完把单子完工", (("", "完工"),)),
    ("1123 良品80 报完完工 顺便把1105也完工", (("", "完工"), ("1105", "完工"))),
    ("ok report good 118 scrap 2 on 1131 and finish it, last batch is out", (("", "finish"),)),
    ("1103 今天做完了 良品30", ()),
    ("1130 good 20, close to done", ()),
)
