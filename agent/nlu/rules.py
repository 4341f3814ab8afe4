"""The deterministic `rules` backend: one chat line → `ParsedCommand` with unresolved phrases (pure).

A message is read in four steps, each its own module: the early exact forms (a whole-message cancel, confirm or
greeting: `agent.nlu.forms`), its `Features` (`agent.nlu.features`), the ordered intent-rule table whose first
matching rule decides the intent (`agent.nlu.intent_rules`), and the slots of that intent (`agent.nlu.slots`).
The parse names the rule that decided it (`ParsedCommand.rule`). A reply no pattern knows is recognised by its
likeness to known replies (`agent.nlu.similar`). An error inside the parser is logged with the message's trace id
and the message is not understood (`unknown`), as any message the rules cannot read.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from agent.nlu.dates import find_impossible_dates, local_today
from agent.nlu.features import read_features
from agent.nlu.forms import NOTHING_SAID, REPLY_FORMS, drop_leading, reply_form
from agent.nlu.intent_rules import RULES, decide
from agent.nlu.lexicon.common import CLAUSE_SPLIT, CONDITIONAL
from agent.nlu.models import Intent, ParsedCommand
from agent.nlu.numbers import UNREADABLE_NUMBER
from agent.nlu.self_fix import self_fixed
from agent.nlu.similar import closest_reply
from agent.nlu.slots import REQUIRED, clarify_for, fill_slots
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.work import prepare
from dingk3.trace import current_trace

__all__ = ["LIKENESS_CONFIDENCE", "REQUIRED", "RULE_NAMES", "clarify_for", "parse_rules"]

log = logging.getLogger("dingk3.nlu")

LIKENESS_CONFIDENCE = 0.6  # a reply recognised by likeness (agent.nlu.similar), not by a pattern
SIMILAR_REPLY = "similar_reply"  # the rule name of a reply recognised by likeness
INTERNAL_ERROR = "internal_error"  # the rule name of a message the parser failed on (logged)
# Every name a parse may carry in `rule`, in the order they are tried.
RULE_NAMES: tuple[str, ...] = (
    *(form.name for form in REPLY_FORMS),
    NOTHING_SAID.name,
    *(rule.name for rule in RULES),
    SIMILAR_REPLY,
    INTERNAL_ERROR,
)


def parse_rules(
    text: str, *, now: datetime, user_workshop: str | None = None, vocabulary: Vocabulary | None = None
) -> ParsedCommand:
    """Parse one chat line with patterns (and, for a reply they don't know, likeness to known replies);
    material and workshop names stay unresolved. `vocabulary`: the plant's workshop names and calendar."""
    try:
        parsed = _parse(text, now=now, user_workshop=user_workshop, vocabulary=vocabulary)
        if (
            parsed.intent in _ACTIONABLE
            and parsed.confidence >= 0.6
            and not _explains_every_clause(parsed, text, now, vocabulary)
        ):
            parsed = parsed.model_copy(update={"confidence": 0.55})
        if parsed.intent == "unknown" and (reply := closest_reply(text)):
            # a reply no pattern knows, like known replies: below 0.8, so a write still needs a plain 确认
            likely: Intent = "confirm" if reply == "confirm" else "cancel"
            return ParsedCommand(intent=likely, confidence=LIKENESS_CONFIDENCE, rule=SIMILAR_REPLY)
        return parsed
    except Exception:
        # A bug, never the sender's fault: the message is not understood (the usual reply), and the error is kept.
        trace = current_trace()
        log.exception("rules parser failed (trace %s) on a message of %d characters", trace, len(text))
        return ParsedCommand(intent="unknown", confidence=0.0, rule=INTERNAL_ERROR)


_ACTIONABLE = ("create_order", "change_order", "query_order", "report_output", "query_inventory")
_MAX_CLAUSES = 12  # clauses parsed one by one to check that one parse explains them all


def _explains_every_clause(parsed: ParsedCommand, text: str, now: datetime, vocabulary: Vocabulary | None) -> bool:
    """Whether one parse accounts for the whole message: every clause that is a request of its own
    (a confident parse) has the same intent and states nothing the parse lacks. "查一下库存，再建个单300"
    (two intents), "MO1 开工，MO2 暂停" (two orders), "MO1 开工，数量改成500" (a slot lost) and a
    conditional request are not explained, so a hybrid backend hands them to the LLM."""
    s = prepare(text)
    if CONDITIONAL.search(s):
        return False
    clauses = [c for c in CLAUSE_SPLIT.split(s) if c and c.strip()]
    if len(clauses) < 2:
        return True
    if len(clauses) > _MAX_CLAUSES:  # a list of requests, not one: never final, and each clause costs a parse
        return False
    whole = parsed.canonical_args()
    for clause in clauses:
        sub = _parse(clause, now=now, user_workshop=None, vocabulary=vocabulary)
        if sub.intent not in _ACTIONABLE or sub.confidence < 0.8:
            continue
        if sub.intent != parsed.intent:
            return False
        for slot, value in sub.canonical_args().items():
            if slot == "workshop" or (slot == "good_qty" and "scrap_qty" in whole):
                continue  # the sender's own shop depends on the user; good = total − scrap spans clauses
            if whole.get(slot) != value:
                return False
    return True


def _parse(
    text: str, *, now: datetime, user_workshop: str | None, vocabulary: Vocabulary | None = None
) -> ParsedCommand:
    s, unreadable = _set_aside_unreadable(prepare(text), local_today(now))
    parsed = _parse_prepared(s, unreadable, now=now, user_workshop=user_workshop, vocabulary=vocabulary)
    notes = list(dict.fromkeys(unreadable))[:_MAX_NOTES]  # 2月30 said three times is one note
    return parsed if parsed.unreadable == notes else parsed.model_copy(update={"unreadable": notes})


_MAX_NOTES = 3  # what a reply names back as not understood: the first few, each once


def _parse_prepared(
    s: str, unreadable: list[str], *, now: datetime, user_workshop: str | None, vocabulary: Vocabulary | None
) -> ParsedCommand:
    if form := reply_form(s):
        return ParsedCommand(intent=form.intent, confidence=form.confidence, rule=form.name)
    s = drop_leading(s)
    part = lambda t: _parse_prepared(t, unreadable, now=now, user_workshop=user_workshop, vocabulary=vocabulary)  # noqa: E731
    if (fixed := self_fixed(s, part, clarify_for, now=now, vocabulary=vocabulary)) is not None:
        return fixed  # 一车间……哦不对 是二车间: the request with what its own correction gives
    if NOTHING_SAID.when(s):  # only punctuation, emoji-free politeness ("谢谢", "thanks")
        return ParsedCommand(intent=NOTHING_SAID.intent, confidence=NOTHING_SAID.confidence, rule=NOTHING_SAID.name)
    features = read_features(s, local_today(now), vocabulary)
    return fill_slots(decide(features), features, unreadable, user_workshop=user_workshop, vocabulary=vocabulary)


def _cut(text: str) -> str:
    return text if len(text) <= 20 else text[:16] + "…"


def _set_aside_unreadable(s: str, today: date) -> tuple[str, list[str]]:
    """The text with days that do not exist and figures no one means blanked out, so no extractor reads part of
    them (良品1e308 is not 1, 2026-02-30 is not the default day), and a note naming each for the reply."""
    spans = [(start, end, f"日期 {_cut(text)} 不存在") for start, end, text in find_impossible_dates(s, today)]
    for m in UNREADABLE_NUMBER.finditer(s):
        if not any(m.start() < e and b < m.end() for b, e, _ in spans):
            spans.append((m.start(), m.end(), f"数字 {_cut(m.group(0))} 超出范围"))
    for start, end, _ in spans:
        s = s[:start] + " " * (end - start) + s[end:]
    return s, [note for _, _, note in sorted(spans)][:3]
