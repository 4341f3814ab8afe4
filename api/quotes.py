"""Which of the sender's waiting proposals a quoted reply is about (改成500, quoting a card of ours).

The quoted message's id is matched against the cards we sent (the carrierId DingTalk gave the card, or its
outTrackId); when DingTalk sends the quoted card's words instead, the waiting proposal whose card says the most of
them, alone, is the one. Only an open proposal of the sender in the same chat is ever chosen: a quote never lets
anyone act on another person's card.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING

from api.messages import Quote

if TYPE_CHECKING:
    from agent.proposals import ProposalRecord, ProposalStore
    from api.delivery import Delivery

__all__ = ["quoted_card", "quoted_proposal"]

_SPACE = re.compile(r"[\s*：:，,。]+")
_MIN_LINES = 2  # a card is recognised by two of its lines at least (the order line and a figure)


async def quoted_proposal(
    quote: Quote | None, delivery: Delivery, proposals: ProposalStore, *, user_id: str, conversation_id: str
) -> str:
    """The id of the sender's proposal waiting for their confirmation that the quote points at, or "" (no quote,
    another person's card, one that ended or waits for a supervisor)."""
    rec = await quoted_card(quote, delivery, proposals)
    if rec is not None:
        return rec.id if _theirs(rec, user_id, conversation_id) else ""
    if quote is None or not quote.text:
        return ""
    records = await asyncio.to_thread(proposals.open_in_conversation, conversation_id)
    return _by_words(quote.text, [r for r in records if _theirs(r, user_id, conversation_id)])


async def quoted_card(quote: Quote | None, delivery: Delivery, proposals: ProposalStore) -> ProposalRecord | None:
    """The proposal of the card of ours the quote names by its id, whoever's and however it ended; else None."""
    pid = await asyncio.to_thread(delivery.card_proposal, quote.msg_id) if quote is not None else None
    return await asyncio.to_thread(proposals.get, pid) if pid else None


def _theirs(rec: ProposalRecord, user_id: str, conversation_id: str) -> bool:
    return rec.status == "pending" and rec.requester == user_id and rec.conversation_id == conversation_id


def _by_words(text: str, records: list[ProposalRecord]) -> str:
    said = _SPACE.sub("", text)
    scores = []
    for rec in records:
        lines = [_SPACE.sub("", line) for line in rec.summary.splitlines()]
        scores.append((sum(1 for line in lines if len(line) > 3 and line in said), rec.id))
    scores.sort(reverse=True)
    if not scores or scores[0][0] < _MIN_LINES or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return ""
    return scores[0][1]
