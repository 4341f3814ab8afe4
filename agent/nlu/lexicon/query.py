"""Query cues: asking about something, question forms, and who asked and when (never the thing asked about)."""

from __future__ import annotations

from agent.nlu.lexicon.common import PERSON
from agent.nlu.rx import rx

__all__ = ["PAST_TIME", "QUERY_CUE", "QUESTION", "REPORTED_SPEECH"]

QUERY_CUE = rx(
    r"查|看|吗|么|\?|状态|进度|怎么样|如何|到哪|哪[些个里儿]|什么|几|多少|有没有|情况|详情|明细|列表|列出|清单|目前|现在"
    r"|还差|完成率|是否|能不能|可不可以|跟踪|多久|了没|没有|\bstatus\b|\bprogress\b|\bshow\b|\blist\b|\bcheck\b|\bwhat\b"
    r"|\bwhere\b|\bwhen\b|\bhow\b|\bwhich\b|\bany\b|\bfind\b|\blook ?up\b|\bquery\b|\bdetails?\b|\bopen orders\b"
)
# A question form (吗, sentence-final 没 / 不, A-not-A, an English auxiliary opening a clause).
QUESTION = rx(
    r"吗|么|\?|了没|没有|是否|有没有|多少|几|什么|哪|怎么样|如何|\bwhat\b|\bwhen\b|\bwhere\b|\bhow\b|状态|进度|情况"
    r"|\bstatus\b|\bprogress\b|\bwhich\b"
    # Sentence-final 没 / 不 / 否 (开工没, 好了不) and the A-not-A question (是不是, 开没开工, 能不能, 有没有).
    # English: an auxiliary opening a clause asks (is MO… released, has it started, hey, did … ship), while
    # one inside a statement does not ("MO… is complete, mark it done").
    r"|(?:没|不|否|没呢)\s*$|([\u4e00-\u9fff])[不没]\1|(?:^|[,;:!?\-]\s*|\b(?:so|and|but|hey|hi|yo|um|uh|ok|btw|also|q)\s+)"
    r"(?:did|does|do|has|have|was|were|are|is)\b"
)
# Reported speech before a request (老大问, 客户说, 领导让我, 主管叫我) and past times (昨天, 刚才, 上周): who asked and
# when something happened, never the thing asked about.
REPORTED_SPEECH = rf"{PERSON}(?:刚才|刚刚|又)?(?:问我?|说|让我?|叫我?|要我|催)"
PAST_TIME = r"昨天|前天|昨日|昨晚|刚才|刚刚|上周|上礼拜|上星期|上个?月|\byesterday\b|\blast (?:week|month|night)\b"
