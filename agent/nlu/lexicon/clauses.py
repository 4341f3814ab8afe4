"""Clause cues: where one line of a message starts another request about another order (1121下达 1115开工)."""

from __future__ import annotations

from agent.nlu.lexicon.answers import SPOKEN_ORDER
from agent.nlu.lexicon.units import UNIT
from agent.nlu.rx import rx

__all__ = ["CLAUSE_EXAMPLES", "CLAUSE_JOINER", "CLAUSE_ORDER", "FIGURE_CUE_BEFORE", "NONE_BEFORE"]

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
    rf"(?:^|(?<=[\s,，;；、:：])|(?<=还有)|(?<=另外)|(?<=以及)|(?<=然后)|(?<=和)|(?<=跟){_GLUED})"
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
)
