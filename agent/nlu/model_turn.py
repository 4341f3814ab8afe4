"""What of a model's proposal for a reply is taken, where the rules read the reply in context and found nothing:
the LLM proposes, code decides.

Every value the model gives has already been grounded in the message (`agent.nlu.llm.canonicalise`: figures and
dates from spans the message writes, orders, items and workshops the message names). On top of that: a model's
yes is never acted on (a yes the rules cannot read is asked back plainly); a cancel nothing in the text says is not
taken; an answer fills only the slots the bot asked for; a correction changes only slots of the card, a figure only
in the slot the message's words name (良品 → good, 不良 → scrap), an order only where the message says the order
is wrong; a value the rules read in the message for any slot stands against the model's; a pick is taken only when
the message holds its number or words only that candidate has. Anything else: the rules' reading stands.
"""

from __future__ import annotations

from agent.nlu.expecting import CORRECTABLE, MODEL_CONFIDENCE, Expecting, Interpretation, ModelTurn, Reply
from agent.nlu.extract import prepare
from agent.nlu.lexicon.corrections import ORDER_FIX
from agent.nlu.lexicon.report import GOOD_NAMED, SCRAP_NAMED
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import find_numbers

__all__ = ["answer_from_model", "pick_from_model", "turn_from_model"]

_CHANGE_FIELDS = ("quantity", "due_date", "workshop", "action")  # what answers 要改什么
_READS = ("query_order", "query_inventory")
_NAMES = ("order_no", "material", "workshop")
_REPORT_FIGURES = ("good_qty", "scrap_qty")


def pick_from_model(text: str, turn: ModelTurn, choices: list[str]) -> int | None:
    """The model's pick (1-based) when the message grounds it: it writes that number, or words that only that
    listed candidate holds."""
    n = turn.pick
    if turn.reply not in ("pick", None) or n is None or not 1 <= n <= len(choices):
        return None
    said = prepare(text)
    if any(float(f.value) == n for f in find_numbers(said)):
        return n
    words = {w for w in prepare(choices[n - 1]).split() if len(w) >= 2}
    others = " ".join(prepare(c) for i, c in enumerate(choices, 1) if i != n)
    return n if any(w in said and w not in others for w in words) else None


def answer_from_model(text: str, rules: ParsedCommand, expecting: Expecting, turn: ModelTurn) -> ParsedCommand | None:
    """The model's reading of an answer to the bot's question, cut to the slots asked for (any field a change
    names answers 要改什么), each one the rules do not read otherwise; None when it gives none of them."""
    pending = expecting.pending
    if pending is None or turn.reply not in ("answer", "correction", None):
        return None
    asked = set(expecting.missing) | (set(_CHANGE_FIELDS) if "change" in expecting.missing else set())
    slots = {k: v for k, v in _checked(text, rules, turn.reading, pending.intent, bare=True).items() if k in asked}
    if not slots:
        return None
    confidence = min(turn.reading.confidence, MODEL_CONFIDENCE)
    return ParsedCommand(intent=pending.intent, args=slots, confidence=confidence, backend="llm")


def turn_from_model(text: str, rules: ParsedCommand, expecting: Expecting, turn: ModelTurn) -> Interpretation | None:
    """What a reply to a card the rules could not read is, by the model, within the checks above; None: the
    rules' reading stands (the card is asked about again)."""
    pending, model = expecting.pending, turn.reading
    if pending is None or expecting.kind != "confirmation":
        return None
    reply = turn.reply or _implied(model, pending)
    if reply == "confirm":  # the LLM proposes, code decides: a yes only the model reads is asked back, never acted on
        return Interpretation(kind="unsure_confirm", reading=rules)
    if reply in ("correction", "answer"):
        slots = {k: v for k, v in _checked(text, rules, model, pending.intent, bare=False).items() if k in CORRECTABLE}
        if pending.intent != "create_order":
            slots.pop("material", None)
        order = model.args.get("order_no")
        if order and pending.args.get("order_no") and order != pending.args["order_no"] and ORDER_FIX.search(text):
            slots["order_no"] = order  # 单号错了 ... : the message says the order is wrong and names the right one
        slots = {k: v for k, v in slots.items() if pending.args.get(k) != v}
        if not slots:
            return None
        fixed = pending.model_copy(update={"args": dict(pending.args) | slots, "clarify": []})
        return Interpretation(kind="correction", reading=model, request=fixed)
    if reply == "new_request" and model.intent in _READS and any(k in model.args for k in _NAMES):
        guess = model.model_copy(update={"confidence": min(model.confidence, MODEL_CONFIDENCE)})
        return Interpretation(kind="question", reading=guess)  # answered on the side; the card still waits
    return None  # a cancel nothing in the text says, a new write over a waiting card, a pick: not the model's call


def _implied(model: ParsedCommand, pending: ParsedCommand) -> Reply | None:
    """What a model that left `reply` empty says, from its intent."""
    if model.intent in ("confirm", "cancel"):
        return model.intent
    if model.intent in (pending.intent, "change_order") and not model.args.get("order_no"):
        return "correction"
    return "new_request" if model.intent in _READS else None


def _checked(
    text: str, rules: ParsedCommand, model: ParsedCommand, intent: str, *, bare: bool
) -> dict[str, str | float | int]:
    """The model's canonical slots that do not contradict the rules or the message's words: a slot the rules read
    keeps the rules' value; a value the rules read for another slot stays there; a report's figures belong to a
    report only, and are good or scrap only as the message's words name them (`bare`: a figure alone answers a
    question for the good figure, as the rules take it)."""
    found = rules.canonical_args()
    said = prepare(text)
    good, scrap = bool(GOOD_NAMED.search(said)), bool(SCRAP_NAMED.search(said))
    slots: dict[str, str | float | int] = {}
    for slot, value in model.canonical_args().items():
        if slot in found and found[slot] != value:
            continue  # the rules read another value there: theirs stands
        if any(v == value for k, v in found.items() if k != slot):
            continue  # the rules read this value as another slot (不良3 is no good figure)
        if (slot in _REPORT_FIGURES) != (intent == "report_output") and slot in (*_REPORT_FIGURES, "quantity"):
            continue
        if slot == "good_qty" and not (good or (bare and not scrap)):
            continue
        if slot == "scrap_qty" and not scrap:
            continue
        slots[slot] = value
    return slots
