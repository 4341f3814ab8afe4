"""The words that keep a waiting card as it is or give it a bare new figure: every entry of the lexicon reads its own
examples (a refused request corrected: tests/agent/nlu/test_interpret_card.py)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from agent.nlu.card_keeps import kept_fields, no_scrap, own_order_said, restated, restated_yes, same_as_before_field
from agent.nlu.lexicon.change import BARE_FIGURE_CHANGE, BARE_FIGURE_EXAMPLES
from agent.nlu.lexicon.corrections import SAME_AS_BEFORE_EXAMPLES
from agent.nlu.lexicon.keep import FIELD_KEEPS, RESTATE_EXAMPLES, RESTATED_YES_EXAMPLES, FieldKeep
from agent.nlu.lexicon.report import NO_SCRAP, NO_SCRAP_EXAMPLES
from agent.nlu.lookups import Lookups
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import parse_number
from agent.nlu.work import prepare
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-12-04T10:00:00+08:00")

CARD = ParsedCommand(intent="create_order", args={"material": "01.01.0001", "quantity": 1000})


@pytest.mark.parametrize("text", RESTATE_EXAMPLES)
def test_each_restatement_keeps_a_card_of_1000(text: str) -> None:
    kept = restated(text, CARD)
    assert kept is not None and (kept.reason, kept.slots) == ("restated", ["quantity"])


@pytest.mark.parametrize(
    ("field", "text", "mode"),
    [pytest.param(f, text, mode, id=f"{f.slot}:{text}") for f in FIELD_KEEPS for text, mode in f.examples],
)
def test_each_field_keep_reads_its_examples(field: FieldKeep, text: str, mode: str) -> None:
    said = prepare(text)
    assert bool(field.keep.search(said)) == (mode == "keep") and bool(field.only.search(said)) == (mode == "only")
    others = [f.slot for f in FIELD_KEEPS if f is not field and (f.keep.search(said) or f.only.search(said))]
    assert others == []  # the words name this field and no other


def test_every_field_keep_has_both_kinds_of_example() -> None:
    assert all({mode for _, mode in f.examples} == {"keep", "only"} for f in FIELD_KEEPS)


@pytest.mark.parametrize(("text", "value"), BARE_FIGURE_EXAMPLES)
def test_each_bare_figure_reads_its_example(text: str, value: float) -> None:
    m = BARE_FIGURE_CHANGE.match(prepare(text))
    assert m is not None and parse_number(m.group(1)) == value


@pytest.mark.parametrize("text", ["改到12月20", "改成二车间", "改到3号", "数量改成800", "MO20261107 改成800"])
def test_a_date_a_shop_or_a_named_field_is_no_bare_figure(text: str) -> None:
    assert BARE_FIGURE_CHANGE.match(prepare(text)) is None


@pytest.mark.parametrize(("text", "field"), SAME_AS_BEFORE_EXAMPLES)
def test_same_as_the_last_order_names_its_field(text: str, field: str | None) -> None:
    """跟上一单一样的车间 (blind10-017: not understood) points at one field of the order written before."""
    assert same_as_before_field(text) == field


async def _no_order(digits: str) -> str | None:
    return None


TO_WS02 = ParsedCommand(intent="change_order", args={"order_no": "MO20261118", "workshop": "WS02"}, confidence=0.9)


@pytest.mark.parametrize(("text", "confirms"), RESTATED_YES_EXAMPLES)
async def test_a_yes_beside_the_cards_own_values_confirms_it(resolvers: Any, text: str, confirms: bool) -> None:
    lookups = Lookups(*resolvers, _no_order, demo_vocabulary())
    assert await restated_yes(text, TO_WS02, now=NOW, user_workshop=None, lookups=lookups) is confirms


QTY_AND_DUE = ParsedCommand(
    intent="change_order", args={"order_no": "MO20261132", "quantity": 330, "due_date": "2026-12-12"}, confidence=0.9
)


@pytest.mark.parametrize(
    ("text", "args"),
    [
        # blind22-040: the due date corrected, the quantity said to stay: it stays as the card shows it (330)
        ("交期改成12月11号，数量不变", {"order_no": "MO20261132", "quantity": 330, "due_date": "2026-12-11"}),
        ("数量不变 交期改到12月11号", {"order_no": "MO20261132", "quantity": 330, "due_date": "2026-12-11"}),
        # said with no other correction, the quantity's change is dropped (the order keeps its own)
        ("数量不变", {"order_no": "MO20261132", "due_date": "2026-12-12"}),
        # 不动 / 不改 say the order's own value stays: the change of that field leaves the card
        ("交期不动了 数量改成900", {"order_no": "MO20261132", "quantity": 900}),
    ],
)
async def test_a_field_said_to_stay_beside_a_correction_stays_as_the_card_shows_it(
    resolvers: Any, text: str, args: dict[str, Any]
) -> None:
    lookups = Lookups(*resolvers, _no_order, demo_vocabulary())
    got = await kept_fields(text, QTY_AND_DUE, QTY_AND_DUE, now=NOW, user_workshop=None, lookups=lookups)
    assert got is not None and got.kind == "correction" and got.request is not None
    assert got.request.args == args


@pytest.mark.parametrize(("text", "says"), NO_SCRAP_EXAMPLES)
def test_each_way_of_saying_no_scrap(text: str, says: bool) -> None:
    assert bool(NO_SCRAP.search(prepare(text))) is says


NO_SCRAP_CARD = ParsedCommand(intent="report_output", args={"order_no": "MO20261130", "good_qty": 20}, confidence=0.9)
SCRAP_CARD = NO_SCRAP_CARD.model_copy(update={"args": NO_SCRAP_CARD.args | {"scrap_qty": 2}})


@pytest.mark.parametrize(
    ("text", "card", "kind", "scrap"),
    [
        ("没有不良 确认", NO_SCRAP_CARD, "confirm", None),  # blind26-010: the card as it stands, yes
        ("没有不良", NO_SCRAP_CARD, "kept", None),  # said again, no yes: the card waits
        ("没有不良 确认", SCRAP_CARD, "correction", 0),  # a card with scrap 2: put right, shown again, not written
        ("no scrap, confirm", SCRAP_CARD, "correction", 0),
        ("没有不良 良品30", SCRAP_CARD, None, None),  # more than that: read as any other reply
        ("没有不良 确认", ParsedCommand(intent="create_order", args={"quantity": 20}), None, None),
    ],
)
def test_no_scrap_on_a_report_card(text: str, card: ParsedCommand, kind: str | None, scrap: int | None) -> None:
    turn = no_scrap(text, card, ParsedCommand(intent="unknown"))
    assert (turn.kind if turn else None) == kind
    if scrap is not None:
        assert turn is not None and turn.request is not None and turn.request.args["scrap_qty"] == scrap
        assert turn.request.args["good_qty"] == 20


ON_1107 = ParsedCommand(intent="change_order", args={"order_no": "MO20261107", "quantity": 1100}, confidence=0.9)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("你听懂了吗 是1107 不是别的单", "kept"),  # blind28-013: 1107 became the quantity, and was written
        ("是1107", "kept"),
        ("MO20261107 没错", "kept"),
        ("不是1107", "unclear_fix"),  # wrong, but which order? asked
        ("1107确认", None),  # a yes: read as one
        ("1107 数量改成1200", None),  # another figure: read as a correction
        ("是1108", None),
    ],
)
def test_the_cards_own_order_said_again_is_never_a_figure(text: str, kind: str | None) -> None:
    turn = own_order_said(text, ON_1107, ParsedCommand(intent="unknown"))
    assert (turn.kind if turn else None) == kind


def test_a_report_restated_with_its_own_order_keeps_the_card() -> None:
    """对 1103 良品20 on a card of MO20261103, good 20 and scrap 1: read as a new report of 20 good, it dropped the
    scrap (the card was replaced); the order's digits are no figure, the card stands."""
    card = ParsedCommand(intent="report_output", args={"order_no": "MO20261103", "good_qty": 20, "scrap_qty": 1})
    kept = restated("对 1103 良品20", card)
    assert kept is not None and kept.slots == ["good_qty"]
    assert restated("对 1103 良品25", card) is None  # another figure: not the card as it is


REPORT_1103 = ParsedCommand(intent="report_output", args={"order_no": "MO20261103", "good_qty": 20, "scrap_qty": 1})


@pytest.mark.parametrize(
    ("text", "confirms"),
    [
        ("1103 良品20 不良1 确认", True),  # its 不良 is the scrap, its 1103 the card's order: no negation, no figure
        ("不良1 确认", True),
        ("数量没错 良品20 确认", True),
        ("不良2 确认", False),  # another value: a correction, shown again
        ("确认 不要不良", False),
    ],
)
async def test_a_yes_beside_a_report_cards_own_figures_confirms_it(resolvers: Any, text: str, confirms: bool) -> None:
    lookups = Lookups(*resolvers, _no_order, demo_vocabulary())
    assert await restated_yes(text, REPORT_1103, now=NOW, user_workshop="WS01", lookups=lookups) is confirms
