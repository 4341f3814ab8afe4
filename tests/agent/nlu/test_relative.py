"""A card's figures fixed by an amount (良品少算了5个) or by their wrong value (不是5是3): every cue of the lexicon
reads its own examples, and each reading changes the figure a user would expect."""

from __future__ import annotations

import pytest

from agent.nlu.lexicon.corrections import RELATIVE_CUES, ZERO_SLIPS, RelativeCue, ZeroSlip
from agent.nlu.models import ParsedCommand
from agent.nlu.relative import read_card_fix, relative_amount
from agent.nlu.work import prepare

REPORT = ParsedCommand(intent="report_output", args={"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 5})
CHANGE = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "quantity": 400})
CREATE = ParsedCommand(intent="create_order", args={"material": "01.01.0011", "quantity": 60})


@pytest.mark.parametrize(
    ("cue", "text", "amount"),
    [pytest.param(cue, text, n, id=f"{cue.name}:{text}") for cue in RELATIVE_CUES for text, n in cue.examples],
)
def test_each_relative_cue_reads_its_examples(cue: RelativeCue, text: str, amount: float) -> None:
    found = relative_amount(prepare(text))
    assert found is not None and (found[0].name, found[1]) == (cue.name, amount)


def test_every_relative_cue_has_examples_and_its_own_name() -> None:
    names = [cue.name for cue in RELATIVE_CUES]
    assert len(names) == len(set(names)) and all(len(cue.examples) >= 2 for cue in RELATIVE_CUES)


@pytest.mark.parametrize(
    ("text", "card", "values"),
    [
        ("良品少算了5个", REPORT, {"good_qty": 45}),
        ("不良漏报了两个", REPORT, {"scrap_qty": 7}),
        ("良品多写了10个，不良少写了1个", REPORT, {"good_qty": 30, "scrap_qty": 6}),  # each clause its own figure
        ("不良写错了，多算了2个", REPORT, {"scrap_qty": 3}),  # the figure named in another clause of the message
        ("数量少报了3", REPORT, {"good_qty": 43}),  # 数量 on a report is the good figure, as in 数量改成50
        ("3 too many good", REPORT, {"good_qty": 37}),
        ("再多做20个", CREATE, {"quantity": 80}),
        ("减10个", CHANGE, {"quantity": 390}),
        ("不是五个，是三个", REPORT, {"scrap_qty": 3}),
        ("数量不是400，是420", CHANGE, {"quantity": 420}),
        ("it's 38, not 40", REPORT, {"good_qty": 38}),
        ("should be 3 instead of 5", REPORT, {"scrap_qty": 3}),
        ("把5改成3", REPORT, {"scrap_qty": 3}),
        ("从400改成450", CHANGE, {"quantity": 450}),
        ("在300的基础上加50", CHANGE, {"quantity": 350}),  # from the figure said, not the card's 400
        ("比40多3个", REPORT, {"good_qty": 43}),
    ],
)
def test_a_fix_by_amount_or_old_value_changes_the_figure_it_names(
    text: str, card: ParsedCommand, values: dict[str, float]
) -> None:
    fix = read_card_fix(text, card)
    assert fix is not None and fix.problem is None and fix.values == values


@pytest.mark.parametrize(
    ("text", "card", "reason"),
    [
        ("漏了5个", REPORT, "which_figure"),  # good or scrap: asked, never guessed
        ("add 3", REPORT, "which_figure"),
        ("良品不良都少算了2个", REPORT, "which_figure"),
        ("不良多报了6个", REPORT, "below_zero"),  # 5 − 6
        ("减500", CHANGE, "below_zero"),
        ("不是7是3", REPORT, "not_on_card"),
        ("良品不是5是3", REPORT, "not_on_card"),  # the good figure is 40
    ],
)
def test_a_fix_that_cannot_be_applied_as_said_is_asked(text: str, card: ParsedCommand, reason: str) -> None:
    fix = read_card_fix(text, card)
    assert fix is not None and fix.problem is not None and fix.problem.reason == reason and not fix.values


def test_a_change_counts_from_the_order_when_the_words_say_so() -> None:
    assert read_card_fix("not 300 but 350", CHANGE) is None  # 300 is the order's own: 350 is read as before
    fix, same = read_card_fix("比原来多50就行", CHANGE), read_card_fix("在原来基础上加50", CHANGE)
    assert fix is not None and same is not None and fix.order_delta == same.order_delta == ("quantity", 50)
    relative = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "quantity_delta": 200})
    more = read_card_fix("再加50", relative)  # the card adds 200 to the order already: 250 in all
    assert more is not None and more.order_delta == ("quantity", 250)


@pytest.mark.parametrize(
    "text",
    [
        "不良改成2",  # an absolute fix: read as before
        "确认",
        "交期不是20号是22号",  # dates, not counts
        "不是1117是1123",  # an order said short
        "数量加到500",  # the new value, not an amount
        "交期从5号改到8号",
        "push it 2 more days",  # time, not a figure of the card
        "交期再加3天",
    ],
)
def test_other_messages_are_no_fix_by_amount(text: str) -> None:
    card = ParsedCommand(intent="report_output", args={"order_no": "MO20261117", "good_qty": 40, "scrap_qty": 5})
    assert read_card_fix(text, card) is None


@pytest.mark.parametrize(
    ("slip", "text"),
    [pytest.param(slip, text, id=f"{slip.name}:{text}") for slip in ZERO_SLIPS for text in slip.examples],
)
def test_each_zero_slip_reads_its_examples(slip: ZeroSlip, text: str) -> None:
    card = CHANGE.model_copy(update={"args": {"order_no": "MO20261125", "quantity": 400}})
    fix = read_card_fix(text, card)
    assert fix is not None and fix.values == {"quantity": 4000 if slip.up else 40}


@pytest.mark.parametrize("text", ["良品多写了10个", "多了0个", "少了10个", "多打了个0件"])
def test_a_count_with_a_zero_in_it_is_no_zero_slip(text: str) -> None:
    fix = read_card_fix(text, CHANGE)
    assert fix is None or fix.values.get("quantity") not in (40, 4000)


@pytest.mark.parametrize("text", ["改成一百五 加了五十", "客户又加了50个，数量改成450"])
def test_the_new_figure_said_with_its_reason_is_no_relative_change(text: str) -> None:
    """改成一百五 加了五十 (a blind batch wrote 150 + 50 on top of the card): the figure said is read as any fix."""
    assert read_card_fix(text, CHANGE) is None
