"""What a conversation waits for (`Expecting`) and what a model proposes about one turn of it (`ModelTurn`): the
data `interpret` and the model backends share, so both read a turn against the same state."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from agent.nlu.models import ParsedCommand
from agent.nlu.relative import FixProblem
from agent.nlu.remarks import Remark

__all__ = [
    "CORRECTABLE", "MODEL_CONFIDENCE", "REPLIES", "Expecting", "Interpretation", "Kept", "ModelTurn", "Reply",
]  # fmt: skip

Reply = Literal["new_request", "answer", "correction", "confirm", "cancel", "pick"]
REPLIES: tuple[str, ...] = Reply.__args__  # type: ignore[attr-defined]
# A reading the rules could not make is a guess when the model makes it: below 0.8, what acts on readings treats it
# as one (a yes is asked back, a question is not answered as sure).
MODEL_CONFIDENCE = 0.7
CORRECTABLE = ("quantity", "due_date", "workshop", "good_qty", "scrap_qty", "material")  # what a card's fix may change


class Expecting(BaseModel):
    """What the conversation waits for: nothing, the `missing` slots of `pending` (with the `choices` listed when
    a material was ambiguous), the confirmation of the proposal built from `pending`, or nothing but perhaps a
    correction of `pending`, the request the bot has just refused (`refused`)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["nothing", "slots", "confirmation", "refused"] = "nothing"
    pending: ParsedCommand | None = None
    missing: list[str] = Field(default_factory=list)
    choices: list[str] = Field(default_factory=list)  # the numbered candidates listed ("01.01.0003 液压阀体 HV-3250")


class ModelTurn(BaseModel):
    """A model's proposal for a turn: what the reply is (`reply`, None when it did not say), the listed item it
    picks, and the message's reading with every value canonicalised and grounded in the message. A proposal
    only: `agent.nlu.model_turn` decides what of it is taken."""

    reply: Reply | None = None
    pick: int | None = None
    reading: ParsedCommand


class Kept(BaseModel):
    """Why a message leaves the waiting card as it is: it says again figures the card shows (`restated`), it keeps
    fields the card does not change anyway (`unchanged`), or it keeps the only change the card makes
    (`only_change`: nothing would be left to do, so the card is withdrawn). `slots`: the figures or fields it
    names."""

    reason: Literal["restated", "unchanged", "only_change"]
    slots: list[str]


class Interpretation(BaseModel):
    kind: Literal[
        "request", "answer", "pick", "correction", "confirm", "unsure_confirm", "cancel", "question", "unclear",
        "unclear_fix",  # says the card is wrong, but not what is right (or not which figure): asked, card unchanged
        "kept",  # read: it leaves the card as it is (就1000整 on a card of 1000), or keeps its only change (withdrawn)
    ]  # fmt: skip
    reading: ParsedCommand  # the message read on its own
    request: ParsedCommand | None = None  # answer / correction: the pending request with the message's values
    pick: int | None = None  # 1-based
    problem: FixProblem | None = None  # unclear_fix: what to ask about a figure fixed by an amount or its old value
    kept: Kept | None = None  # kept: what the message leaves as it is, and why
    remark: Remark | None = None  # unclear: it asks nothing of the card (稍等; 就是食堂呗), so a yes after it is a yes
