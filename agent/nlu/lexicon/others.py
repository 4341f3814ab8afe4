"""Settling several waiting cards at once: one or more named by their order to drop, "the others" confirmed
(1112那个不报了 其他的确认; skip 1116, confirm the other one), and the acknowledgement a decision may open with
(好了 全部确认, ok, confirm all three)."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = ["ACK_LEAD", "OTHERS_CONFIRM", "OTHERS_EXAMPLES"]

# An acknowledgement before a decision about the cards (好了 全部确认, ok, confirm all three): it decides nothing.
ACK_LEAD = rx(r"^\s*(?:好了|好的|好|行了?|嗯|那就|那|ok(?:ay)?|alright|right|fine)\s*[,，、.。!！\s]\s*")
# "The others" confirmed: every waiting card but the ones the message names (其他的确认, 其他三个确认, 剩下的都确认,
# confirm the other one, the rest are fine, confirm).
OTHERS_CONFIRM = rx(
    r"(?:其他|其它|其余|剩下|别的)(?:的)?\s*(?:[两二三四五六七八九几\d]\s*)?(?:[个张条份笔])?(?:单子?|报工单?)?"
    r"\s*(?:都|就|也|全)?\s*(?:确认|可以|没问题|ok)"
    r"|\bconfirm\s+(?:the\s+)?(?:other|rest|remaining)\b"
    r"|\b(?:the\s+)?(?:other|rest|remaining)\b(?:\s+\w+){0,3}[\s,.;:!]+(?:\w+\s+){0,3}?confirm\b"
)
# (reply, the orders it names to drop) for a reply that confirms the others; None when it is no such reply.
OTHERS_EXAMPLES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    ("1112那个不报了 其他的确认", ("1112",)),
    ("1107还没下达 那个先不动 其他三个确认", ("1107",)),
    ("skip 1116, i'll recount it. confirm the other one", ("1116",)),
    ("ok 1134 is done already, just the other two. confirm", ("1134",)),
    ("1120和1135先放着，剩下的都确认", ("1120", "1135")),
    ("MO20261103 is wrong, the rest are fine, confirm", ("MO20261103",)),
    ("其他的确认", None),  # no card named to drop: 全部确认 by another name, the usual path
    ("1112的确认", None),
)
