"""Words of a message that corrects the request the bot has just refused (1116 报工 … → not your workshop → 搞错了
是1115): a cue that something was mistaken, and what may stand beside the corrected values and say nothing else."""

from __future__ import annotations

from agent.nlu.lexicon.corrections import MISTAKE_RE
from agent.nlu.lexicon.units import FIGURE_TEXT, UNIT
from agent.nlu.rx import rx

__all__ = [
    "LOWER_FIGURE",
    "LOWER_FIGURE_EXAMPLES",
    "RETRY_CUE",
    "RETRY_DUE_EXAMPLES",
    "RETRY_EXAMPLES",
    "RETRY_FILLER",
    "TYPO_SLIP",
]

# Something was mistaken (搞错了, 写错了, 不对, sorry, wrong order), or the right value follows (应该是, I meant).
# 打多了一个0 / 多打了个0 (a zero too many) is a slip of the same kind.
# A slip of the keys: a zero too many (多打了个0), a digit left out (少打了个2, 漏了个1), too many written (写多了).
TYPO_SLIP = rx(
    r"(?:多打了?|打多了?|多写了?|写多了?|多按了?)\s*(?:一)?\s*个?\s*(?:0|零)"
    r"|(?:少打了?|打少了?|漏打了?|打漏了?|少写了?|漏写了?|少按了?|漏了)\s*(?:一)?\s*个?\s*[0-9零〇一二两三四五六七八九]"
    r"|(?:写多了|打多了|多写了|多打了|写少了|打少了|少写了|少打了)"
)
RETRY_CUE = rx(
    rf"{MISTAKE_RE.pattern}|应该是|应是|其实是|实际是|\bi\s+meant\b|\bshould\s+be\b|{TYPO_SLIP.pattern}"
    # 不好意思 是MO20261130 / sorry, it's 1130: an apology, then the value; 打反了 (two digits swapped)
    r"|(?:不好意思|抱歉|对不起|\bsorry\b)[\s,.]*(?:是|\bit'?s\b)|[写打弄搞输填按]反了"
)
# Around the corrected values: 是, the names of the slots they fill, units and particles.
RETRY_FILLER = rx(
    rf"{TYPO_SLIP.pattern}|应该|其实|实际|是|单号|订单号?|工单号?|单据号|单子?|号|数量|良品|合格|不良|报废|[个件只台套]"
    r"|的|了|啊|呀|哦|噢|吧|哈|呢|嗯|哎|唉|诶|不好意思|抱歉|对不起"
    r"|\bthe\b|\bit'?s\b|\bis\b|\border\b|\bno\b|\bnumber\b|\bgood\b|\bscrap\b|\bpcs\b|[\s,.;:!?~…#]"
)
# Messages that correct a refused report on MO20261116 to MO20261115 (tests): each is re-run with that order.
RETRY_EXAMPLES: tuple[str, ...] = (
    "搞错了 是1115",
    "搞错了，是MO20261115",
    "不好意思 单号写错了 应该是1115",
    "sorry, it's 1115",
    "打错了 1115",
    "wrong order, MO20261115",
    "不好意思 是MO20261115",  # blind29-006
    "是1115 打反了",  # blind29-025: two digits swapped
)
# Messages that correct a refused change of MO20261136's due date to 12-01 (past) to 12-21 (tests).
RETRY_DUE_EXAMPLES: tuple[str, ...] = ("少打了个2，12月21日", "打错了 12月21号", "漏了个2 是12月21日")  # fmt: skip

# The one figure of a request refused for it (over what is left, over capacity) said again, settled for (那就58吧,
# 就报58, make it 58): the request with that figure.
# A remark on the rest may follow (那就报五十八 多的是下一单的, 剩下的下次再报): words about the pieces not
# reported now, with no figure of their own.
_REST_REMARK = (
    r"(?:[,，;；\s]*(?:多的|多出来的|多出的|多余的|剩下的|剩余的|其余的|其他的|另外的)[^\d,，;；。.!！?？]{0,12})?"
)
LOWER_FIGURE = rx(
    rf"^\s*(?:(?:好吧|行吧|行|好)\s*[,，]?\s*)?(?:那就|那|就)?\s*[,，]?\s*(?:报|改成|改为|做|先报|只报)?\s*{FIGURE_TEXT}(?![\d.])\s*(?:{UNIT})?"
    rf"\s*(?:吧|了|好了|得了)?{_REST_REMARK}\s*[。.!！]?\s*$"
    rf"|^\s*(?:ok|okay|then)?[,\s]*(?:make\s+it|report|just)\s+{FIGURE_TEXT}(?![\d.])\s*(?:{UNIT})?\s*[.!]?\s*$"
)
LOWER_FIGURE_EXAMPLES = (
    ("那就58吧", 58), ("就报58个", 58), ("make it 58", 58), ("58吧", 58), ("那就报六十 多出来的算下一单", 60),
    ("先报40个，剩下的下次再报", 40), ("行，就报30", 30),
)  # fmt: skip
