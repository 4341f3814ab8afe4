"""Words that leave a waiting card as it is: a figure it already shows said again (就1000整, 对 就是1000, 数量1000没错),
a field it should not change (交期不动了, 车间不用改了, keep the due date), and the one field a change is to keep
(只改数量). Each entry carries the messages it must read (`examples`, run as tests by
tests/agent/nlu/test_card_keeps.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.nlu.rx import rx

__all__ = [
    "FIELD_KEEPS",
    "FIGURE_SLOT_WORDS",
    "KEEP_FILLER",
    "NOT_SAID",
    "RESTATED_YES_EXAMPLES",
    "RESTATE_EXAMPLES",
    "RESTATE_WORD",
    "FieldKeep",
]

# The words that name a figure of a card (数量 / 良品 / 不良): a figure said again next to one is that figure.
FIGURE_SLOT_WORDS: dict[str, re.Pattern[str]] = {
    "quantity": rx(r"数量|数目|件数|总数|\bqty\b|\bquantity\b"),
    "good_qty": rx(r"良品|合格(?:品|的)?|正品|\bgood\b"),
    "scrap_qty": rx(r"不良品?|报废|废品|次品|\bscrap\b|\bng\b"),
}
# What may stand around a figure said again and still say only "that is right": 就 / 是 / 对 / 没错 / 整, particles,
# and their English twins. A change word (改, 加, 不是) is none of these.
RESTATE_WORD = rx(
    r"就是|就|是|对的?|没错|没问题|不错|确实|正确|整|正好|刚好|不变|照旧|好的|嗯+|那|吧|啊|呀|的|了|呢|哈|啦|哦"
    r"|\byes\b|\byeah\b|\byep\b|\bright\b|\bcorrect\b|\bexactly\b|\bthat'?s\b|\bit'?s\b|\bis\b|\bjust\b|\bstill\b"
    r"|\bfine\b|\bok\b|\bokay\b|[\s,.;:!?~…]"
)
# A value named beside a yes only to be ruled out (确认 不要机加二, 别放二车间, not machining 2): no restatement.
# (不良 / 不合格 name the scrap, 没错 / 没问题 / 不错 say yes: none of them rules a value out)
NOT_SAID = rx(r"不(?!良|合格|错)|别|没(?!错|问题|毛病)|莫|勿|\bnot?\b|n't\b|\bexcept\b|\binstead\b")
# A yes beside values the card already shows, on a change of MO20261118 to WS02 (tests): each confirms it; the
# second part gives messages that do not (a value ruled out, another value, another order).
RESTATED_YES_EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("那就还是机加二 确认", True), ("二车间 确认", True), ("ok, machining 2 then", True),
    ("确认 不要机加二", False), ("确认 放一车间", False), ("1121 机加二 确认", False),
)  # fmt: skip
# Messages that say again the quantity 1000 of a card (tests): each reads as the card kept as it is.
RESTATE_EXAMPLES: tuple[str, ...] = (
    "就1000整", "对 就是1000", "数量1000没错", "1000没错", "就是一千个", "对的，1000", "yes, 1000 is right",
    "it's 1000", "qty 1000 is correct",
)  # fmt: skip

_FIELD_WORDS = {
    "quantity": r"数量|数目|件数|\bqty\b|\bquantity\b",
    "due_date": r"交期|交货期|交货日期?|交付日期?|完工日期|完工时间|到期日|日期|\bdue(?:\s+date)?\b|\bdelivery\s+date\b"
    r"|\bdeadline\b",
    "workshop": r"车间|\bworkshop\b|\bshop\b",
}
_LEAVE = (
    r"(?:就|先|也|还是|都|暂时|暂且)?\s*(?:不动|不变|不改|不用改|不要改|别改|不需要改|不必改|不用动|别动|不要动|不用换|不换|别换"
    r"|不用调|不调|照旧|保持不变|保持原样|维持原样|维持不变|保持|维持|按原来的?|还是原来的?|用原来的?|跟原来一样|不用管|先不管)"
    r"(?:了|吧|啦|哈|啊)*"
)
_LEAVE_FIRST = r"(?:不动|不改|别动|别改|不用改|不要改|不用动|保持|维持|保留)(?:原来的?)?"
# A field said to stay as it is beside a correction of another (交期改成12月11号，数量不变): it stays as the card shows
# it, the change already on the card included; said alone (数量不变) it is read as `keep`.
_STAY = r"(?:就|也|还是|都)?\s*(?:不变|保持不变|维持不变|照旧|不用变)(?:了|吧|啦|哈|啊)*"
_ONLY = r"(?:只|就只|光|仅|只是|单)(?:要|需要)?(?:改|动|调|变|换)(?:一下)?"


@dataclass(frozen=True)
class FieldKeep:
    """How a message says a card's field stays as it is (`keep`: 交期不动了, keep the due date) or is the only one
    to change (`only`: 只改数量, only the quantity). `examples` are (message, "keep" or "only") pairs (tests)."""

    slot: str
    keep: re.Pattern[str]
    only: re.Pattern[str]
    examples: tuple[tuple[str, str], ...]
    stays: re.Pattern[str] | None = None


def _keep(field: str) -> re.Pattern[str]:
    return rx(
        rf"(?:{field})\s*(?:的话)?\s*{_LEAVE}|{_LEAVE_FIRST}\s*(?:{field})"
        rf"|\bkeep\s+(?:the\s+)?(?:{field})(?:\s+(?:as\s+(?:it\s+)?is|unchanged|the\s+same|as\s+it\s+was))?"
        rf"|\bleave\s+(?:the\s+)?(?:{field})(?:\s+(?:as\s+(?:it\s+)?is|alone|unchanged))?"
        rf"|\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:change|touch|move)\s+(?:the\s+)?(?:{field})"
        rf"|(?:the\s+)?(?:{field})\s+(?:stays(?:\s+the\s+same)?|unchanged|(?:is|can\s+stay)\s+(?:fine|the\s+same))"
        rf"|\bno\s+change\s+(?:to|in)\s+(?:the\s+)?(?:{field})"
    )


def _stays(field: str) -> re.Pattern[str]:
    return rx(rf"(?:{field})\s*(?:的话)?\s*{_STAY}|(?:the\s+)?(?:{field})\s+(?:stays(?:\s+the\s+same)?|unchanged)")


def _only(field: str) -> re.Pattern[str]:
    return rx(
        rf"{_ONLY}\s*(?:{field})|\bonly\s+(?:change\s+)?(?:the\s+)?(?:{field})|\bjust\s+(?:change\s+)?the\s+(?:{field})"
    )


FIELD_KEEPS: tuple[FieldKeep, ...] = (
    FieldKeep("quantity", _keep(_FIELD_WORDS["quantity"]), _only(_FIELD_WORDS["quantity"]),
              (("数量不变", "keep"), ("数量就不改了", "keep"), ("keep the quantity", "keep"), ("只改数量", "only"),
               ("only change the qty", "only")), _stays(_FIELD_WORDS["quantity"])),
    FieldKeep("due_date", _keep(_FIELD_WORDS["due_date"]), _only(_FIELD_WORDS["due_date"]),
              (("交期不动了", "keep"), ("交期还是原来的", "keep"), ("不改交期", "keep"), ("keep the due date", "keep"),
               ("leave the due date as is", "keep"), ("don't change the due date", "keep"), ("只改交期", "only")),
              _stays(_FIELD_WORDS["due_date"])),
    FieldKeep("workshop", _keep(_FIELD_WORDS["workshop"]), _only(_FIELD_WORDS["workshop"]),
              (("车间不用改了", "keep"), ("车间别动", "keep"), ("keep the workshop", "keep"), ("只换车间", "only"),
               ("just change the workshop", "only")), _stays(_FIELD_WORDS["workshop"])),
)  # fmt: skip
# What may stand beside the words that keep a field and still say nothing else (好的, 那, 就, 吧, then, please).
KEEP_FILLER = rx(
    r"好的?|行|嗯+|那就|那|就|吧|了|啊|呀|呢|哈|啦|哦|噢|其他的?|别的|都|其余的?"
    r"|\bok\b|\bokay\b|\bthen\b|\bplease\b|\bpls\b|\bthanks\b|\band\b|\bactually\b|[\s,.;:!?~…]"
)
