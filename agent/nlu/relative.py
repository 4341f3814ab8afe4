"""Corrections read against the card's own figures: an amount to add or take off (良品少算了5个 → good + 5, 不良多报了
2个 → scrap − 2, 再加50, 5 more good) and "not X but Y" (不是5是3: the figure that is 5 on the card becomes 3).

A relative amount changes the figure its words name (良品 / 不良 / 数量, good / scrap / qty); on a report that names
none it is asked, never guessed. It counts from the figure said (在300的基础上加50), else on a change from the order's
own quantity when the words say so (比原来多50, 在原来基础上加50) or the card changes no quantity, else from the card's.
"Not X but Y" (把5改成3, 3 instead of 5) changes the named figure when X is its value on the card, or else the one
figure whose value is X; on a report X on no figure, or on two, is asked (on a change X may be the order's own
quantity: Y is the new one, read as before). A figure that would go below zero is refused. The words are in
`agent.nlu.lexicon.corrections`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel

from agent.nlu.lexicon.corrections import (
    ABSOLUTE_FIGURE,
    BASE_SAID,
    FROM_ORIGINAL,
    NOT_X_BUT_Y,
    ORDER_CUE,
    QUANTITY_SLOT,
    RELATIVE_CUES,
    TIME_AFTER,
    Y_NOT_X,
    ZERO_SLIPS,
    RelativeCue,
)
from agent.nlu.lexicon.report import GOOD_NAMED, SCRAP_NAMED
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import parse_number, to_plain
from agent.nlu.work import prepare

__all__ = ["CardFix", "FixProblem", "from_order", "read_card_fix", "relative_amount"]

Number = int | float
_FIGURES = {"report_output": ("good_qty", "scrap_qty"), "change_order": ("quantity",), "create_order": ("quantity",)}
_CLAUSE = re.compile(r"[,;]")  # `prepare` has made every full-width comma a comma


class FixProblem(BaseModel):
    """Why a correction of the card's figures is asked back, not applied: which figure a relative amount is for
    (`which_figure`), a figure that would go below zero (`below_zero`: `figures` holds the one it would change, `said`
    the amount taken off), or an X of "not X but Y" on no figure (`not_on_card`: `figures` holds the card's) or on
    two (`two_slots`: the two)."""

    reason: Literal["which_figure", "below_zero", "not_on_card", "two_slots"]
    figures: dict[str, Number] = {}
    said: Number | None = None


@dataclass(frozen=True)
class CardFix:
    """What a message does to the card's figures: their new `values`, an amount to add to the order's own value of
    a slot (`order_delta`, which the caller looks up and passes to `from_order`), or a `problem` to ask about."""

    values: dict[str, Number] = field(default_factory=dict)
    order_delta: tuple[str, Number] | None = None
    problem: FixProblem | None = None
    rest: str = ""  # what else the message says (良品改成50，不良减1: 良品改成50), to be read as any correction


def read_card_fix(text: str, card: ParsedCommand) -> CardFix | None:
    """The card's figures as the message corrects them by an amount or by their wrong value, or None when it does
    neither (then it is read as any other message)."""
    if card.intent not in _FIGURES:
        return None
    said = prepare(text)
    return _not_x_but_y(said, card) or _zero_slip(said, card) or _by_amount(said, card)


def relative_amount(text: str) -> tuple[RelativeCue, Number] | None:
    """The first cue that reads an amount in `text` (prepared), with the signed amount."""
    for cue in RELATIVE_CUES:
        for m in cue.pattern.finditer(text):
            value = parse_number(next(g for g in m.groups() if g))
            if value and not TIME_AFTER.match(text, m.end()):
                return cue, to_plain(cue.sign * value)
    return None


def from_order(slot: str, base: Number, amount: Number) -> CardFix:
    """The order's own value of `slot` changed by `amount`, or refused below zero."""
    return _changed(slot, base, amount)


def _changed(slot: str, base: Number, amount: Number) -> CardFix:
    new = base + amount
    if new < 0:
        return CardFix(problem=FixProblem(reason="below_zero", figures={slot: base}, said=abs(amount)))
    return CardFix(values={slot: to_plain(new)})


def _by_amount(said: str, card: ParsedCommand) -> CardFix | None:
    clauses = _CLAUSE.split(said)
    hits = [(clause, found) for clause in clauses if (found := relative_amount(clause))]
    if card.intent != "report_output" and ABSOLUTE_FIGURE.search(said):
        return None  # 改成一百五 加了五十: the new figure, and why (not 150 + 50); read as any other fix
    if not hits:
        return None
    # what else the message says, the amounts taken out (12.22交 数量再加一百 六百吧: the due date is read too)
    rest = ", ".join(c if c not in {clause for clause, _ in hits} else _without_amount(c) for c in clauses)
    named = _slot_named(said, card)
    values: dict[str, Number] = {}
    for clause, (_, amount) in hits:
        said_base = BASE_SAID.search(clause) or BASE_SAID.search(said)  # 在300的基础上加50: from 300
        base = parse_number(next(g for g in said_base.groups() if g)) if said_base else None
        slot = _slot_named(clause, card) or named or _slot_valued(card, base)  # 比40多3个: the figure that is 40
        if slot is None:
            return CardFix(problem=FixProblem(reason="which_figure", said=abs(amount)))
        from_order = FROM_ORIGINAL.search(said) or "quantity" not in card.args
        if card.intent == "change_order" and from_order and base is None:
            # 比原来多50: from the order's quantity, plus what the card already adds to it (数量加200, 再加50)
            already = 0 if FROM_ORIGINAL.search(said) else card.args.get("quantity_delta", 0)
            return CardFix(order_delta=(slot, to_plain(float(already) + amount)), rest=rest)
        fix = _changed(slot, float(values.get(slot, card.args.get(slot, 0)) if base is None else base), amount)
        if fix.problem:
            return fix
        values |= fix.values
    return CardFix(values=values, rest=rest)


def _zero_slip(said: str, card: ParsedCommand) -> CardFix | None:
    """多打了个0 (a zero too many) on the figure the words name, or the card's only figure: that figure ÷ 10 (少打了个0:
    × 10). A figure a zero too many that does not end in 0, or a report that names neither figure where both could be
    meant, is no such slip: the message is read as before."""
    for slip in ZERO_SLIPS:
        if (m := slip.pattern.search(said)) is None:
            continue
        # on a report that names neither figure: the one that can have a zero too many (良品300 不良2)
        tens = [s for s in _FIGURES[card.intent] if isinstance(v := card.args.get(s), int | float) and v and not v % 10]
        slot = _slot_named(said, card) or (tens[0] if len(tens) == 1 else None)
        base = card.args.get(slot) if slot else None
        if slot is None or not isinstance(base, int | float) or (not slip.up and base % 10):
            return None
        value = base * 10 if slip.up else base // 10
        return CardFix(values={slot: to_plain(value)}, rest=said[: m.start()] + said[m.end() :])
    return None


def _without_amount(clause: str) -> str:
    """`clause` with the span its relative cue reads taken out."""
    found = relative_amount(clause)
    if found is None:
        return clause
    m = found[0].pattern.search(clause)
    return (clause[: m.start()] + " " + clause[m.end() :]).strip() if m else clause


def _not_x_but_y(said: str, card: ParsedCommand) -> CardFix | None:
    forward, backward = NOT_X_BUT_Y.search(said), Y_NOT_X.search(said)
    m = forward or backward
    if m is None:
        return None
    first, second = (parse_number(g) for g in m.groups() if g is not None)
    x, y = (first, second) if forward else (second, first)
    order = str(card.args.get("order_no") or "")
    if x is None or y is None or x == y or ORDER_CUE.search(said) or (x >= 100 and order.endswith(str(x))):
        return None  # 不是1117是1123: an order said short, read as before
    figures = {s: card.args.get(s, 0) for s in _FIGURES[card.intent] if s in card.args or s == "scrap_qty"}
    named = _slot_named(said, card)
    on_card = [s for s, v in figures.items() if v == x and (named is None or s == named)]
    if len(on_card) == 1:
        return CardFix(values={on_card[0]: y}, rest=said[: m.start()] + said[m.end() :])
    if card.intent != "report_output":
        return None  # 不是300是350 with the order's own 300: the new quantity, read as before
    plain = {s: v for s, v in figures.items() if isinstance(v, int | float)}
    if on_card:
        return CardFix(problem=FixProblem(reason="two_slots", figures={s: plain[s] for s in on_card}, said=x))
    return CardFix(problem=FixProblem(reason="not_on_card", figures=plain, said=x))


def _slot_valued(card: ParsedCommand, value: Number | None) -> str | None:
    """The one figure of the card whose value is `value`, or None."""
    slots = [s for s in _FIGURES[card.intent] if value is not None and card.args.get(s, 0) == value]
    return slots[0] if len(slots) == 1 else None


def _slot_named(text: str, card: ParsedCommand) -> str | None:
    """The figure of the card the words name: on a report good or scrap (数量 is the good figure, as in 数量改成50),
    on a change or a new order the quantity; None when a report's words name neither, or both."""
    if card.intent != "report_output":
        return "quantity"
    scrap, good = bool(SCRAP_NAMED.search(text)), bool(GOOD_NAMED.search(text))
    if scrap != good:
        return "scrap_qty" if scrap else "good_qty"
    return "good_qty" if not scrap and QUANTITY_SLOT.search(text) else None
