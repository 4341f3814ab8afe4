"""Fragments several cue families share: who is spoken of, "this one", interjections, clause boundaries."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = ["CLAUSE_PUNCT", "CLAUSE_SPLIT", "CONDITIONAL", "INTERJECTION", "PERSON", "PUNCT", "THIS_ONE", "words"]

# The proposal or order spoken of (这单, 刚才那个, 上面那张订单).
THIS_ONE = r"(?:这|那|刚才那?|上面那?|前面那?)(?:一)?(?:个|单|张|笔|条|份)?(?:单子?|订单|工单)?"
# People a request waits on or is reported from (老板, 主管, 客户, 车间, 他们).
PERSON = (
    r"(?:老大|老板|领导|主管|经理|厂长|客户|组长|班长|师傅|同事|车间主任|主任|车间|计划|采购|销售|仓库|质检|上面|上头"
    r"|他们|他|她)"
)
# Interjections and hesitations (哎呀, 呃, hmm, oops).
INTERJECTION = (
    r"(?:哎呀|哎哟|哎|唉|诶|欸|呃|额(?![外度定])|嗐|害|啊|哦|噢|嗯"
    r"|(?:emm+|hmm+|um+|uh+|oh|ah|ugh|oops|whoops|argh|meh)(?![a-z]))"
)
# Punctuation and spaces between the words of a reply.
PUNCT = rx(r"[\s,.;!?。、~…!]+")
# Clause punctuation (commas and stops, full and half width).
CLAUSE_PUNCT = rx(r"[,.;!?。、~…，；！？]+")
# Clause boundaries: punctuation and the connectives that start a second request.
CLAUSE_SPLIT = rx(
    r"(?<!\d),+|,+(?!\d{3}(?!\d))|[;。；!?？！\n]+|\s*(?:然后|另外|顺便|同时|并且|还有就是|还有|此外|再帮我|再给我)\s*"
    r"|\s+(?:and then|also|plus|then)\s+"
)
# A request that depends on a condition ("不够的话建个单", "if short, make 300") is never final.
CONDITIONAL = rx(r"的话|如果|要是|假如|万一|否则|不然|\bif\b|\bunless\b|\botherwise\b")


def words(text: str, sep: str | None = None) -> tuple[str, ...]:
    """The entries of a word list written as one string, separated by whitespace or by `sep`."""
    return tuple(w for w in text.split(sep) if w)
