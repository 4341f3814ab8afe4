"""Fixes of a waiting card that a blind batch misread: a figure inside the material named is no quantity, two
workshops named (the full one and the one to put it in), the due date moved by days, from the card's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest

from agent.nlu.card_fixes import action_fix, due_day_fix, order_as_figure
from agent.nlu.interpret import Expecting, Lookups, interpret
from agent.nlu.lexicon.change import ACTION_FIX_EXAMPLES
from agent.nlu.lexicon.corrections import DUE_DAY_EXAMPLES, ORDER_SLOT_EXAMPLES
from agent.nlu.lexicon.retry import RETRY_DUE_EXAMPLES, RETRY_EXAMPLES
from agent.nlu.models import ParsedCommand
from agent.parsing import RulesParser
from dingk3.calendar import PlantCalendar
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
VALVE = ParsedCommand(
    intent="create_order",
    args={"material": "01.01.0008", "quantity": 400, "due_date": "2026-12-11", "workshop": "WS03"},
    confidence=0.9,
)
TO_WS01 = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "workshop": "WS01"}, confidence=0.9)
DUE_18 = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "due_date": "2026-12-18"})
GOOD_50 = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261124", "good_qty": 50, "scrap_qty": 3}, confidence=0.9
)


async def _ending(digits: str) -> str | None:
    return None


async def _order_due(order_no: str) -> str | None:
    return {"MO20261125": "2026-12-15"}.get(order_no)  # the order's own due date, as K/3 has it


def _card(pending: ParsedCommand) -> Expecting:
    return Expecting(kind="confirmation", pending=pending)


@pytest.mark.parametrize(
    ("text", "pending", "args"),
    [
        # the figure in the material named is its spec, not a quantity (a blind batch wrote quantity 20)
        ("写错了，是20的那个 DBDS20", VALVE, {"material": "01.01.0009", "quantity": 400}),
        ("不对，是DBDS20", VALVE, {"material": "01.01.0009", "quantity": 400}),
        ("不对，是DBDS20，数量20", VALVE, {"material": "01.01.0009", "quantity": 20}),
        # two workshops: the one it is put in is the new one, the other the reason (a blind batch changed nothing)
        ("装配这周排满了，放二车间做吧", VALVE, {"workshop": "WS02"}),
        ("装配车间满了，改到机加一车间", VALVE, {"workshop": "WS01"}),
        ("等下，机加一也满了，放装配车间", TO_WS01, {"workshop": "WS03"}),
        ("machining 1 is full, put it in assembly", TO_WS01, {"workshop": "WS03"}),
        # two fields at once, each said as what it is (a blind batch asked again for both)
        ("交期下周三吧 放二车间", VALVE, {"due_date": "2026-12-09", "workshop": "WS02"}),
        ("下周一交 换到机加一", VALVE, {"due_date": "2026-12-07", "workshop": "WS01"}),
        ("下周四 二车间", VALVE, {"due_date": "2026-12-10", "workshop": "WS02"}),  # blind23-030: bare, both
        ("机加一 月底", VALVE, {"due_date": "2026-12-31", "workshop": "WS01"}),
        # the due date moved by days, from the card's (a blind batch did not understand it)
        ("交期再往后推三天吧", VALVE, {"due_date": "2026-12-14"}),
        ("推迟一周", VALVE, {"due_date": "2026-12-18"}),
        ("提前2天", VALVE, {"due_date": "2026-12-09"}),
        ("push it back 3 days", VALVE, {"due_date": "2026-12-14"}),
        ("2 days earlier", VALVE, {"due_date": "2026-12-09"}),
        ("交期顺延2个工作日", VALVE, {"due_date": "2026-12-14"}),  # Fri 11th, by a Mon–Sat week: Sat 12th, Mon 14th
        ("再延后三天", DUE_18, {"due_date": "2026-12-21"}),  # the card's new due date
        ("交期往后推三天", TO_WS01, {"due_date": "2026-12-18"}),  # the order's own (12-15) when the card has none
        # one figure changed, the other said to stay (blind22-008 wrote good 3: the kept scrap taken as good)
        ("哦那良品改55，不良还是3个", GOOD_50, {"good_qty": 55}),
        ("良品改成55 不良还是3", GOOD_50, {"good_qty": 55}),
        ("不良还是3个 良品改55", GOOD_50, {"good_qty": 55}),
    ],
)  # fmt: skip
async def test_card_fixed(resolvers: Any, text: str, pending: ParsedCommand, args: dict[str, Any]) -> None:
    parser = RulesParser(*resolvers)
    vocabulary = replace(demo_vocabulary(), calendar=PlantCalendar())  # Mon–Sat and China's statutory holidays
    lookups = Lookups(*resolvers, _ending, vocabulary, order_due=_order_due)
    turn = await interpret(text, _card(pending), now=NOW, user_workshop="WS01", parse=parser, lookups=lookups)
    assert turn.kind == "correction", turn
    assert turn.request is not None
    assert turn.request.canonical_args() == pending.canonical_args() | args


@pytest.mark.parametrize("text", ["往后推几天吧", "move it by 3 days", "装配车间满了"])
async def test_card_kept(resolvers: Any, text: str) -> None:
    """A shift without a count or a way, or a full shop named without where to put it: no figure is changed."""
    parser = RulesParser(*resolvers)
    lookups = Lookups(*resolvers, _ending, demo_vocabulary(), order_due=_order_due)
    turn = await interpret(text, _card(VALVE), now=NOW, user_workshop="WS01", parse=parser, lookups=lookups)
    assert turn.kind != "correction", turn


async def test_the_cards_own_reading_answered_with_a_figure(resolvers: Any) -> None:
    """做完了50个 废了2个 (are the 2 among the 50?) answered 50个都是好的: the card as shown, without the offer, so
    the 确认 that follows executes it (it was read as nothing, and that yes would now be asked back)."""
    made = ParsedCommand(
        intent="report_output",
        args={"order_no": "MO20261109", "made_qty": 50, "good_qty": 50, "scrap_qty": 2},
        confidence=0.9,
    )
    parser = RulesParser(*resolvers)
    lookups = Lookups(*resolvers, _ending, demo_vocabulary())
    turn = await interpret("50个都是好的", _card(made), now=NOW, user_workshop="WS01", parse=parser, lookups=lookups)
    assert turn.kind == "correction" and turn.request is not None, turn
    assert turn.request.args == {"order_no": "MO20261109", "good_qty": 50, "scrap_qty": 2}


async def test_a_relative_change_and_a_date_in_one_message(resolvers: Any) -> None:
    """12.22交 数量再加一百 六百吧 (a blind batch took the hundred and dropped the date): both are read."""
    parser = RulesParser(*resolvers)
    lookups = Lookups(*resolvers, _ending, demo_vocabulary())
    card = VALVE.model_copy(update={"args": {**VALVE.args, "quantity": 500}})
    turn = await interpret(
        "12.22交 数量再加一百 六百吧", _card(card), now=NOW, user_workshop=None, parse=parser, lookups=lookups
    )
    assert turn.kind == "correction" and turn.request is not None, turn
    assert turn.request.canonical_args() == card.canonical_args() | {"quantity": 600, "due_date": "2026-12-22"}


CREATE_1000 = ParsedCommand(
    intent="create_order",
    args={"material": "01.01.0001", "quantity": 1000, "due_date": "2026-12-11", "workshop": "WS01"},
    confidence=0.9,
)
QTY_AND_DUE = ParsedCommand(
    intent="change_order", args={"order_no": "MO20261107", "quantity": 1500, "due_date": "2026-12-20"}, confidence=0.9
)
GOOD_1000 = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261109", "good_qty": 1000, "scrap_qty": 3}, confidence=0.9
)


@pytest.mark.parametrize(
    ("text", "pending", "slots"),
    [
        # a figure the card shows, said again: read (a blind batch answered 没看懂, then asked the next 好的 back)
        ("就1000整", CREATE_1000, ["quantity"]),
        ("对 就是1000", CREATE_1000, ["quantity"]),
        ("数量1000没错", CREATE_1000, ["quantity"]),
        ("yes, 1000 is right", CREATE_1000, ["quantity"]),
        ("对 就是1500", QTY_AND_DUE, ["quantity"]),
        ("良品1000没问题", GOOD_1000, ["good_qty"]),
        ("数量就是一千", GOOD_1000, ["good_qty"]),  # 数量 on a report is its good figure
        ("对的 1000 3", GOOD_1000, ["good_qty", "scrap_qty"]),
    ],
)  # fmt: skip
async def test_a_figure_said_again_keeps_the_card(
    resolvers: Any, text: str, pending: ParsedCommand, slots: list[str]
) -> None:
    lookups = Lookups(*resolvers, _ending, demo_vocabulary())
    turn = await interpret(text, _card(pending), now=NOW, user_workshop="WS01", parse=RulesParser(*resolvers),
                           lookups=lookups)  # fmt: skip
    assert turn.kind == "kept" and turn.kept is not None, turn
    assert (turn.kept.reason, turn.kept.slots) == ("restated", slots)


@pytest.mark.parametrize(
    "text",
    [
        "就1200整",  # another figure: not what the card shows
        "不良1000没错",  # a figure for a slot it is not on the card
        "就是这个",  # no figure: a yes as before
        "确认 1000",  # a yes word besides the figure: read as before, never as only "that is right"
    ],
)
async def test_what_is_no_figure_said_again(resolvers: Any, text: str) -> None:
    lookups = Lookups(*resolvers, _ending, demo_vocabulary())
    pending = GOOD_1000 if text.startswith("不良") else CREATE_1000
    turn = await interpret(text, _card(pending), now=NOW, user_workshop="WS01", parse=RulesParser(*resolvers),
                           lookups=lookups)  # fmt: skip
    assert turn.kind != "kept", turn


REPORT_18 = ParsedCommand(intent="report_output", args={"order_no": "MO20261103", "good_qty": 18}, confidence=0.9)


@pytest.mark.parametrize(
    ("text", "pending", "args"),
    [
        # a bare new figure while a card waits is its quantity, not a new order (a blind batch showed a pick list)
        ("改1.2k吧 先少做点", CREATE_1000, {"quantity": 1200}),
        ("改成800吧", CREATE_1000, {"quantity": 800}),
        ("改800", QTY_AND_DUE, {"quantity": 800}),
        ("那就改成一千二 客户只要这么多", QTY_AND_DUE, {"quantity": 1200}),
        ("make it 900", CREATE_1000, {"quantity": 900}),
        # back to the figure first said, with a no that looks like a cancel (a blind batch cancelled the card)
        ("不对不对 还是按1.5k 原来那个数", CREATE_1000, {"quantity": 1500}),
        # a field kept: its change dropped from the card (a blind batch replaced the card with an empty change)
        ("交期不动了 只改数量", QTY_AND_DUE, {"due_date": None}),
        ("keep the due date", QTY_AND_DUE, {"due_date": None}),
        ("只改交期", QTY_AND_DUE, {"quantity": None}),
        ("交期不动了，数量改成900", QTY_AND_DUE, {"due_date": None, "quantity": 900}),
        # blind31-028: a second word for the scrap was read as a good figure (good 18 → 1, written); only what is named
        ("等下 还有一个不良的 不良改成1", REPORT_18, {"scrap_qty": 1}),
        ("良品改成20 不良改成1", REPORT_18, {"good_qty": 20, "scrap_qty": 1}),
    ],
)  # fmt: skip
async def test_the_card_corrected(resolvers: Any, text: str, pending: ParsedCommand, args: dict[str, Any]) -> None:
    lookups = Lookups(*resolvers, _ending, demo_vocabulary())
    turn = await interpret(text, _card(pending), now=NOW, user_workshop="WS01", parse=RulesParser(*resolvers),
                           lookups=lookups)  # fmt: skip
    assert turn.kind == "correction" and turn.request is not None, turn
    want = {k: v for k, v in (pending.canonical_args() | args).items() if v is not None}
    assert turn.request.canonical_args() == want


@pytest.mark.parametrize(
    ("text", "pending", "kind", "kept"),
    [
        ("改成50", GOOD_1000, "unclear_fix", None),  # good or scrap? asked, not guessed
        ("改800 下周五交", CREATE_1000, "correction", None),  # another thing named: read as before, not as bare
        ("车间不用改了", CREATE_1000, "kept", ("unchanged", ["workshop"])),  # a new order: nothing to drop
        ("交期不动了 只改数量", CREATE_1000, "kept", ("unchanged", ["due_date"])),
        ("keep the due date", CREATE_1000, "kept", ("unchanged", ["due_date"])),
        ("车间不用改了", QTY_AND_DUE, "kept", ("unchanged", ["workshop"])),  # a change that does not move it
        ("交期不动了", DUE_18, "kept", ("only_change", ["due_date"])),  # nothing would be left to do
    ],
)  # fmt: skip
async def test_what_the_card_keeps_is_said(
    resolvers: Any, text: str, pending: ParsedCommand, kind: str, kept: tuple[str, list[str]] | None
) -> None:
    lookups = Lookups(*resolvers, _ending, demo_vocabulary())
    turn = await interpret(text, _card(pending), now=NOW, user_workshop="WS01", parse=RulesParser(*resolvers),
                           lookups=lookups)  # fmt: skip
    assert turn.kind == kind, turn
    assert (turn.kept.reason, turn.kept.slots) == kept if turn.kept else kept is None


REFUSED = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261116", "good_qty": 18, "scrap_qty": 0}, confidence=0.9
)


async def _open_order(digits: str) -> str | None:
    return {"1115": "MO20261115", "1116": "MO20261116"}.get(digits)


@pytest.mark.parametrize(
    ("text", "args"),
    [
        *[(text, {"order_no": "MO20261115"}) for text in RETRY_EXAMPLES],  # the lexicon's examples
        ("搞错了 是1115 良品20", {"order_no": "MO20261115", "good_qty": 20}),
        # no correction of the refused request: read as a message of its own
        ("1115", None),  # no cue that something was mistaken
        ("搞错了 是1115 帮我查下库存", None),  # more than the corrected value
        ("搞错了", None),  # nothing corrected
    ],
)  # fmt: skip
async def test_a_refused_request_corrected(resolvers: Any, text: str, args: dict[str, Any] | None) -> None:
    lookups = Lookups(*resolvers, _open_order, demo_vocabulary())
    turn = await interpret(text, Expecting(kind="refused", pending=REFUSED), now=NOW, user_workshop="WS01",
                           parse=RulesParser(*resolvers), lookups=lookups)  # fmt: skip
    if args is None:
        assert turn.kind == "request" and turn.request is None, turn
    else:
        assert turn.kind == "correction" and turn.request is not None, turn
        assert turn.request.canonical_args() == REFUSED.canonical_args() | args


DUE_22 = ParsedCommand(
    intent="create_order",
    args={"material": "01.01.0008", "quantity": 400, "due_date": "2026-12-22", "workshop": "WS03"},
    confidence=0.9,
)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        # the day of the card's due date said wrong, then the right one (a blind batch did not read it)
        ("No wait, not the 22nd, the 23rd", "2026-12-23"),
        ("not the 22nd but the 23rd", "2026-12-23"),
        ("not Dec 22 but Dec 23", "2026-12-23"),
        ("the 23rd, not the 22nd", "2026-12-23"),
        ("sorry, the 24th not the 22nd", "2026-12-24"),
        ("not the 22nd, the 3rd", "2027-01-03"),  # the 3rd of December has passed: January's
    ],
)
async def test_the_day_of_the_due_date_corrected(resolvers: Any, text: str, due: str) -> None:
    parser = RulesParser(*resolvers)
    lookups = Lookups(*resolvers, _ending, demo_vocabulary(), order_due=_order_due)
    turn = await interpret(text, _card(DUE_22), now=NOW, user_workshop="WS01", parse=parser, lookups=lookups)
    assert turn.kind == "correction", turn
    assert turn.request is not None
    assert turn.request.canonical_args() == DUE_22.canonical_args() | {"due_date": due}


@pytest.mark.parametrize("text", DUE_DAY_EXAMPLES)
def test_the_day_fix_examples(text: str) -> None:
    fixed = due_day_fix(text, DUE_22, NOW.date())
    assert fixed is not None and fixed.args["due_date"] == "2026-12-23"


@pytest.mark.parametrize("text", ["not 22 but 23", "not the 21st, the 23rd", "not nov 22 but dec 23"])
def test_what_is_no_day_fix(text: str) -> None:
    """A bare figure is a count, and a wrong day that is not the card's names no day of it."""
    assert due_day_fix(text, DUE_22, NOW.date()) is None


async def _open_orders(digits: str) -> str | None:
    return {"1115": "MO20261115", "1116": "MO20261116", "1124": "MO20261124", "1110": "MO20261110"}.get(digits)


REPORT_1116 = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261116", "good_qty": 25, "scrap_qty": 2}, confidence=0.9
)


@pytest.mark.parametrize(("text", "names_order"), ORDER_SLOT_EXAMPLES)
async def test_the_order_field_named_on_a_card_takes_an_order_said_short(
    resolvers: Any, text: str, names_order: bool
) -> None:
    """订单号改成1124 moves the report to MO20261124 (never 1,124 good pieces); 这单良品改成21 is the good count."""
    lookups = Lookups(*resolvers, _open_orders, demo_vocabulary())
    turn = await interpret(text, _card(REPORT_1116), now=NOW, user_workshop="WS02",
                           parse=RulesParser(*resolvers), lookups=lookups)  # fmt: skip
    moved = turn.request is not None and turn.request.args.get("order_no") != "MO20261116"
    assert moved == names_order, turn
    if moved:
        assert turn.kind == "correction" and turn.request is not None
        assert turn.request.args["order_no"] in ("MO20261124", "MO20261110")
        assert (turn.request.args["good_qty"], turn.request.args["scrap_qty"]) == (25, 2)  # the figures stay


REFUSED_DUE = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "due_date": "2026-11-28"})


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("不好意思 写错了 是12月28号", "2026-12-28"),
        ("sorry, I meant Dec 29", "2026-12-29"),
        ("打错了，12.19", "2026-12-19"),
        ("搞错了 12月28号 顺便查下库存", None),  # more than the corrected value: a message of its own
    ],
)
async def test_a_refused_due_date_corrected(resolvers: Any, text: str, due: str | None) -> None:
    lookups = Lookups(*resolvers, _open_orders, demo_vocabulary())
    turn = await interpret(text, Expecting(kind="refused", pending=REFUSED_DUE), now=NOW, user_workshop=None,
                           parse=RulesParser(*resolvers), lookups=lookups)  # fmt: skip
    got = turn.request.args.get("due_date") if turn.kind == "correction" and turn.request else None
    assert got == due, turn
    if turn.request is not None:
        assert turn.request.args["order_no"] == "MO20261125"


CLOSE_1118 = ParsedCommand(intent="change_order", args={"order_no": "MO20261118", "action": "close"}, confidence=0.9)


@pytest.mark.parametrize(("text", "action"), ACTION_FIX_EXAMPLES)
def test_a_cards_state_change_corrected(text: str, action: str | None) -> None:
    """blind22-036/-038: 不是关闭，是开工 on a card that closes the order was not understood."""
    fixed = action_fix(text, CLOSE_1118)
    assert (fixed.args["action"] if fixed else None) == action
    assert fixed is None or fixed.args["order_no"] == "MO20261118"


@pytest.mark.parametrize(
    ("said", "args", "dropped"),
    [
        # blind24-019 wrote quantity 1122 on MO20261122: the order's short number is never its figure
        ("哦写错了，那1122交期改成12月21号", {"order_no": "MO20261122", "quantity": 1122}, ["quantity"]),
        ("1124 做了1124个", {"order_no": "MO20261124", "good_qty": 1124}, []),  # a cue asks for the figure
        ("1122 数量改成1122", {"order_no": "MO20261122", "quantity": 1122}, []),
        ("那1122交期改成12月21号", {"order_no": "MO20261122", "quantity": 300}, []),  # another figure: kept
    ],
)
def test_the_orders_short_number_is_no_figure(said: str, args: dict[str, Any], dropped: list[str]) -> None:
    assert order_as_figure(said, args["order_no"], args) == dropped


PAST_DUE = ParsedCommand(
    intent="change_order", args={"order_no": "MO20261136", "due_date": "2026-12-01"}, confidence=0.9
)
TOO_MANY = VALVE.model_copy(update={"args": {**VALVE.args, "quantity": 200000}})


@pytest.mark.parametrize(
    ("text", "refused", "args"),
    [
        # blind25-030: the digit left out is no value of its own (a change of due date took none, or a quantity 2)
        *[(text, PAST_DUE, {"due_date": "2026-12-21"}) for text in RETRY_DUE_EXAMPLES],
        ("写多了，2000个", TOO_MANY, {"quantity": 2000}),  # blind25-031: read as an item called 写多
    ],
)  # fmt: skip
async def test_a_slip_of_the_keys_corrects_the_refused_request(
    resolvers: Any, text: str, refused: ParsedCommand, args: dict[str, Any]
) -> None:
    lookups = Lookups(*resolvers, _open_order, demo_vocabulary())
    turn = await interpret(text, Expecting(kind="refused", pending=refused), now=NOW, user_workshop=None,
                           parse=RulesParser(*resolvers), lookups=lookups)  # fmt: skip
    assert turn.kind == "correction" and turn.request is not None, turn
    assert turn.request.canonical_args() == refused.canonical_args() | args


RELEASE_1135 = ParsedCommand(
    intent="change_order", args={"order_no": "MO20261135", "action": "release"}, confidence=0.9
)


async def _order_1121(digits: str) -> str | None:
    return {"1121": "MO20261121", "1135": "MO20261135"}.get(digits)


async def test_a_number_said_for_a_state_change_card_is_its_order(resolvers: Any) -> None:
    """blind25-040: 搞错了，是1121 on a card releasing MO20261135 became quantity 1,121 (a card with no quantity)."""
    lookups = Lookups(*resolvers, _order_1121, demo_vocabulary())
    turn = await interpret("搞错了，是1121", _card(RELEASE_1135), now=NOW, user_workshop=None,
                           parse=RulesParser(*resolvers), lookups=lookups)  # fmt: skip
    assert turn.kind == "correction" and turn.request is not None, turn
    assert turn.request.args == {"order_no": "MO20261121", "action": "release"}
