"""A state word said of an order, not asked of the bot: negated (还没做完, 先别下达, hasn't started) or in a
presumptive question (已经完工了吧, 1104是机加二的单吧, has it been released). Such a message asks or says how the
order stands; it never changes it. `*_EXAMPLES` are run as tests (tests/agent/nlu/test_asked.py)."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = [
    "NEGATED",
    "NEGATED_EXAMPLES",
    "NOT_NEGATED_EXAMPLES",
    "NOT_PRESUMED_EXAMPLES",
    "PRESUMED",
    "PRESUMED_EXAMPLES",
]

# The words right before a state word that negate it (还没 | 没有 | 未 | 尚未 | 不要 | 不能 | 别 | 先别 | not yet |
# isn't | haven't been): read on the text before the state word, so 没问题 完工吧 and 别忘了下达 (don't forget to
# release) stay commands, and 先别做了 (a pause word of its own) is not a negation of anything.
NEGATED = rx(
    r"(?:还没有?|没有?|未曾?|尚未|还未|并未|(?<!要)不要|(?<!用)不用|(?<!能)不能|(?<!必)不必|(?<![要用能必会])不|别|甭|莫)"
    r"\s*(?:再|要|能|会|用|必|曾|急着?|着急)?\s*$"
    r"|(?:\bnot|\bnever|n't)\s+(?:(?:yet|been|be|even|ever|quite|fully)\s+){0,2}$"
)
NEGATED_EXAMPLES: tuple[tuple[str, str], ...] = (  # (the text before the state word, the state word)
    ("1137今天还没", "做完"),
    ("1101还没", "开工"),
    ("1121的料还没到 先别", "下达"),
    ("mo20261107 不要", "结案"),
    ("mo20261107 未", "完工"),
    ("mo20261137 hasn't been ", "released"),
    ("mo20261137 isn't ", "finished"),
    ("do not ", "close"),
)
NOT_NEGATED_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("1137做完了，", "完工"),
    ("没问题 ", "完工"),
    ("别忘了", "下达"),
    ("不良3个 ", "完工"),
    ("please ", "release"),
    ("mo20261107 能不能", "结案"),  # A-not-A asks (a modal question), it negates nothing
    ("要不要", "下达"),
)

# A presumptive question, at the end of the message: 已经完工了吧, 应该开工了吧, 1104是机加二的单吧 (is it …, right?),
# and English tags (has it been released, is it, isn't it, right?). 还是二车间吧 / 就是500吧 decide, they ask nothing;
# 完工吧 / 放二车间吧 command.
PRESUMED = rx(
    r"(?:已经?|应该|估计|大概|怕是|恐怕|想必|(?<![还就要])是)[^,;.!?，。；！？]{0,12}?(?:了|的[\u4e00-\u9fff]{0,2})吧"
    r"\s*[?？。.!！~]*\s*$"
    r"|\b(?:has|have|is|was|did|does)\s+(?:it|this|that|they|this one|that one)\b|\b(?:isn'?t|wasn'?t|hasn'?t)\s+it\b"
    r"|\bright\s*\?\s*$"
)
PRESUMED_EXAMPLES: tuple[str, ...] = (
    "1137已经完工了吧",
    "1104是机加二的单吧",
    "1130应该开工了吧？",
    "mo20261137 has it been released",
    "1108 released, right?",
)
NOT_PRESUMED_EXAMPLES: tuple[str, ...] = (
    "1137做完了，完工吧",
    "那还是二车间吧",
    "一车间下周满了 放二车间吧",
    "就是500吧",
    "1108可以下达了",
)
