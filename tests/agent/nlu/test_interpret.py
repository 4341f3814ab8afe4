"""`interpret`: a message read as a turn of the conversation. Each row is an example of the one entry point."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from agent.nlu.interpret import Expecting, Lookups, interpret, read_choice, read_choices, read_order_choices
from agent.nlu.lexicon.answers import KIND_CARDS_EXAMPLES
from agent.nlu.lexicon.corrections import MISTAKEN_ORDER, MISTAKEN_ORDER_EXAMPLES
from agent.nlu.models import ParsedCommand
from agent.parsing import RulesParser
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
REPORT = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 1}, confidence=0.9
)
CREATE = ParsedCommand(intent="create_order", args={"material": "01.01.0011"}, clarify=["quantity"], confidence=0.9)
CHANGE = ParsedCommand(intent="change_order", args={"order_no": "MO20261107", "quantity": 1200}, confidence=0.9)
MADE = ParsedCommand(
    intent="create_order", args={"material": "01.01.0011", "quantity": 800, "due_date": "2026-12-11"}, confidence=0.9
)
GOOD40 = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 5}, confidence=0.9
)
FIVE_FIVE = ParsedCommand(intent="report_output", args={"order_no": "MO20261109", "good_qty": 5, "scrap_qty": 5})
TO_400 = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "quantity": 400}, confidence=0.9)
ASK_ORDER = ParsedCommand(intent="report_output", args={"good_qty": 28, "scrap_qty": 2}, clarify=["order_no"])
TO_3000 = ParsedCommand(intent="change_order", args={"order_no": "MO20261125", "quantity": 3000}, confidence=0.9)
NO_GOOD = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261124", "scrap_qty": 3}, clarify=["good_qty"], confidence=0.9
)
TO_WS02 = ParsedCommand(intent="change_order", args={"order_no": "MO20261135", "workshop": "WS02"}, confidence=0.9)


async def _ending(digits: str) -> str | None:
    return {"1103": "MO20261103"}.get(digits)


async def _order_quantity(order_no: str) -> float | None:
    return {"MO20261125": 300.0}.get(order_no)  # the order's own quantity, as K/3 has it


@pytest.mark.parametrize(
    ("text", "expecting", "kind", "args"),
    [
        # a correction changes the slot its words name, and nothing else
        ("不良改成2", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 2}),
        ("scrap should be 3", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("不对，是MO20261103", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261103", "good_qty": 12, "scrap_qty": 1}),
        # the slot named without a figure beside it (a blind batch wrote good 3 / good 1 here)
        ("报废数写错了，是3个", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("好的，不过不良写1个", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 1}),
        # the order number named as the fix, after an apology (a blind batch wrote on the first order)
        ("不好意思 单号是MO20261103", Expecting(kind="confirmation", pending=CHANGE), "correction",
         {"order_no": "MO20261103", "quantity": 1200}),
        # a date alone while a create waits: the due date the card should have (a blind batch kept the default)
        ("月底", Expecting(kind="confirmation", pending=MADE), "correction",
         {"material": "01.01.0011", "quantity": 800, "due_date": "2026-12-31"}),
        ("下周五吧", Expecting(kind="confirmation", pending=CHANGE), "correction",
         {"order_no": "MO20261107", "quantity": 1200, "due_date": "2026-12-11"}),
        # a count with a fault, or sent to rework, is scrap (a probe wrote them as good 3)
        ("其中3个有毛病", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("有3件返修", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("3个有问题", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("3件尺寸不对", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("3 need rework", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("第3个有问题", Expecting(kind="confirmation", pending=REPORT), "unclear_fix", None),  # an ordinal, no count
        ("数量有问题，是30", Expecting(kind="confirmation", pending=REPORT), "unclear_fix", None),
        # where the figure goes names the slot it fixes (a probe read a new, empty report)
        ("良品那里写30才对", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 30, "scrap_qty": 1}),
        ("不良按3算", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        ("良品应该填30", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 30, "scrap_qty": 1}),
        ("不良那栏是3", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 12, "scrap_qty": 3}),
        # the card is said to be wrong, but not which figure: asked, the card unchanged
        ("不对 是520", Expecting(kind="confirmation", pending=REPORT), "unclear_fix", None),
        ("不对", Expecting(kind="confirmation", pending=REPORT), "cancel", None),  # wrong, and nothing else: no write
        # a figure fixed by an amount changes by it (a blind batch wrote good 5 for 少算了5个)
        ("良品少算了5个", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 45, "scrap_qty": 5}),
        ("不良多报了2个", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 3}),
        ("sorry, 5 more good", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 45, "scrap_qty": 5}),
        ("2 fewer scrap", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 3}),
        ("再加50", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 450}),
        ("add 50", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 450}),
        # the new figure alone after a word that owns a slip (sorry / oops): the card's one figure, replaced
        ("sorry, make it 420", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 420}),
        ("oops, 420", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 420}),
        # ... from the order's own quantity (300) when the words say 原来, not from the card's 400
        ("比原来多50就行", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 350}),
        ("在原来基础上加50", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 350}),
        ("良品改成50，不良减1", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 50, "scrap_qty": 4}),  # the rest of the message fixes too
        ("漏了5个", Expecting(kind="confirmation", pending=GOOD40), "unclear_fix", None),  # good or scrap? asked
        ("不良多算了6个", Expecting(kind="confirmation", pending=GOOD40), "unclear_fix", None),  # below 0: refused
        ("比原来少400", Expecting(kind="confirmation", pending=TO_400), "unclear_fix", None),
        # not X but Y: the figure that is X on the card becomes Y (a blind batch did not understand the first)
        ("不良寫錯了，不是五個，是三個", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 3}),
        ("不是5是3", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 3}),
        ("是38个，不是40个", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 38, "scrap_qty": 5}),
        ("not 400 but 420", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 420}),
        ("不是7是3", Expecting(kind="confirmation", pending=GOOD40), "unclear_fix", None),  # 7 is on no figure
        ("良品不是5是3", Expecting(kind="confirmation", pending=GOOD40), "unclear_fix", None),  # good is 40, not 5
        ("不是5是3", Expecting(kind="confirmation", pending=FIVE_FIVE), "unclear_fix", None),  # good and scrap are 5
        # a zero too many or too few (blind5-004: not read, then the card's button wrote 3000)
        ("多打了个0，是300", Expecting(kind="confirmation", pending=TO_3000), "correction",
         {"order_no": "MO20261125", "quantity": 300}),
        ("数量多写了一个零", Expecting(kind="confirmation", pending=TO_3000), "correction",
         {"order_no": "MO20261125", "quantity": 300}),
        ("少打了个0", Expecting(kind="confirmation", pending=TO_400), "correction",
         {"order_no": "MO20261125", "quantity": 4000}),
        ("良品多打了个0", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 4, "scrap_qty": 5}),
        ("多打了个0", Expecting(kind="confirmation", pending=FIVE_FIVE), "unclear", None),  # neither ends in 0
        # the wrong name beside the right one (blind5-046: 二车间 kept, then the button wrote it)
        ("等下 不是二车间 是一车间", Expecting(kind="confirmation", pending=TO_WS02), "correction",
         {"order_no": "MO20261135", "workshop": "WS01"}),
        ("不是机加二，应该是装配", Expecting(kind="confirmation", pending=TO_WS02), "correction",
         {"order_no": "MO20261135", "workshop": "WS03"}),
        # a count said with its unit alone is a count (blind5-033, in traditional characters)
        ("不良品寫錯了，是兩個", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 40, "scrap_qty": 2}),
        ("良品写错了，是一件", Expecting(kind="confirmation", pending=GOOD40), "correction",
         {"order_no": "MO20261109", "good_qty": 1, "scrap_qty": 5}),
        # a question on the side changes nothing
        ("304螺栓M8x30还有多少库存", Expecting(kind="confirmation", pending=REPORT), "question", None),
        ("确认", Expecting(kind="confirmation", pending=REPORT), "confirm", None),
        # a yes naming only the waiting card (that report, the one above) confirms it; with a figure it is no yes
        ("之前那个报工确认下吧", Expecting(kind="confirmation", pending=REPORT), "confirm", None),
        ("上面那条确定", Expecting(kind="confirmation", pending=REPORT), "confirm", None),
        # …also after a question on the side, naming the change by what it changes (blind3-031)
        ("刚才改交期那个，确认", Expecting(kind="confirmation", pending=CHANGE), "confirm", None),
        ("行 刚才那个单子确认吧", Expecting(kind="confirmation", pending=MADE), "confirm", None),  # blind5-025
        ("好的，那个订单确认", Expecting(kind="confirmation", pending=CHANGE), "confirm", None),
        ("数量那个确认一下", Expecting(kind="confirmation", pending=CHANGE), "confirm", None),
        ("报工确认 良品30", Expecting(kind="confirmation", pending=REPORT), "correction",
         {"order_no": "MO20261109", "good_qty": 30, "scrap_qty": 1}),
        ("算了不要了", Expecting(kind="confirmation", pending=REPORT), "cancel", None),
        # a yes that goes by what was said before, after a question on the side (a blind batch read a new change)
        ("好，单子按刚才的改吧，确认", Expecting(kind="confirmation", pending=CHANGE), "confirm", None),
        ("就按刚才说的，确认", Expecting(kind="confirmation", pending=CHANGE), "confirm", None),
        ("照之前的来 确认一下", Expecting(kind="confirmation", pending=REPORT), "confirm", None),
        # a slot the pending report has, corrected while its good count is asked: still asked (a blind batch searched
        # a material 不对 毛病)
        ("不对 有毛病的是4个", Expecting(kind="slots", pending=NO_GOOD, missing=["good_qty"]), "answer",
         {"order_no": "MO20261124", "scrap_qty": 4}),
        ("不对 返修的有4件 良品21", Expecting(kind="slots", pending=NO_GOOD, missing=["good_qty"]), "answer",
         {"order_no": "MO20261124", "scrap_qty": 4, "good_qty": 21}),
        # an answer fills the asked slot and every other slot it gives
        ("40个，12月20日交", Expecting(kind="slots", pending=CREATE, missing=["quantity"]), "answer",
         {"material": "01.01.0011", "quantity": 40, "due_date": "2026-12-20"}),
        ("1103", Expecting(kind="slots", pending=ASK_ORDER, missing=["order_no"]), "answer",
         {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}),
        # the order said short first, and a figure fixed in the same answer (a blind batch asked again)
        ("1103的，良品其实是26", Expecting(kind="slots", pending=ASK_ORDER, missing=["order_no"]), "answer",
         {"order_no": "MO20261103", "good_qty": 26, "scrap_qty": 2}),
        ("2", Expecting(kind="slots", pending=CREATE, missing=["material"], choices=["a", "b", "c"]), "pick", None),
        # a bare yes while a list waits is no material to search: the node asks for a number
        ("ok", Expecting(kind="slots", pending=CREATE, missing=["material"], choices=["a", "b", "c"]), "unclear", None),
        ("好的", Expecting(kind="slots", pending=CREATE, missing=["material"], choices=["a", "b", "c"]), "unclear",
         None),
        # a request of its own replaces what was asked
        ("MO20261107 数量改为1200", Expecting(kind="slots", pending=CREATE, missing=["quantity"]), "request", None),
        ("MO20261102 报工 良品5", Expecting(), "request", None),
    ],
)  # fmt: skip
async def test_interpret(
    resolvers: Any, text: str, expecting: Expecting, kind: str, args: dict[str, Any] | None
) -> None:
    parser = RulesParser(*resolvers)
    turn = await interpret(
        text,
        expecting,
        now=NOW,
        user_workshop="WS01",
        parse=parser,
        lookups=Lookups(*resolvers, _ending, demo_vocabulary(), order_quantity=_order_quantity),
    )
    assert turn.kind == kind, turn
    if args is not None:
        assert turn.request is not None and turn.request.canonical_args() == args


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("全部确认", ("confirm", None, False)),
        ("两条都确认", ("confirm", None, False)),
        ("对的 两个都确认", ("confirm", None, False)),
        ("对，两个都取消", ("cancel", None, False)),
        ("都对，确认", ("confirm", None, False)),
        ("两个都没问题 确认吧", ("confirm", None, False)),
        ("三条都没错，全部确认", ("confirm", None, False)),
        ("两张都对 都确认", ("confirm", None, False)),
        ("两张都对 都取消", None),
        ("all correct, confirm", ("confirm", None, False)),
        ("都对吗", None),
        # a noun for the cards between the count and 都, a demonstrative, a closing 吧
        ("两条报工都确认", ("confirm", None, False)),
        ("这两张单都取消", ("cancel", None, False)),
        ("这两个都确认", ("confirm", None, False)),
        ("其余能报的都确认", ("confirm", None, False)),  # blind27-030: after one card was corrected apart
        ("剩下的都取消", ("cancel", None, False)),
        ("都确认吧", ("confirm", None, False)),
        ("两条报工", None),
        ("都确认了吗", None),
        ("confirm all", ("confirm", None, False)),
        ("confirm both", ("confirm", None, False)),
        ("确认 两个都要", ("confirm", None, False)),  # every card is wanted
        ("三条都要，确认", ("confirm", None, False)),
        ("yes, both", ("confirm", None, False)),
        ("两个都不要", None),  # never read as a yes
        ("都要吗", None),
        ("确认 2", ("confirm", 2, False)),
        ("2确认", ("confirm", 2, False)),
        ("取消第1条", ("cancel", 1, False)),
        ("确认", ("confirm", None, True)),
        ("确认MO20261102", None),
        ("第二个不要了", ("cancel", 2, False)),
        ("第一个确认", ("confirm", 1, False)),
        ("第一个", None),  # a pick, not a decision about a card
    ],
)
def test_read_choice(text: str, choice: tuple[str, int | None, bool] | None) -> None:
    got = read_choice(text)
    assert (None if got is None else (got.action, got.which, got.bare)) == choice


@pytest.mark.parametrize(
    ("text", "choices"),
    [
        ("第一个确认，第二个不要了", [("confirm", 1), ("cancel", 2)]),  # blind5-050: asked again
        ("确认1 取消2", [("confirm", 1), ("cancel", 2)]),
        ("2 确认；1 取消", [("confirm", 2), ("cancel", 1)]),
        ("全部确认", [("confirm", None)]),
        ("第一个确认，第一个取消", None),  # one card decided twice: not understood
        ("第一个确认，数量改成5", None),  # a change is no decision: the usual path reads it
        ("1和2都确认", [("confirm", 1), ("confirm", 2)]),  # blind10-037: not understood
        ("只确认第二条", [("confirm", 2)]),  # blind16-040: not understood
        ("第1、3条取消", [("cancel", 1), ("cancel", 3)]),
        ("confirm 1 and 2", [("confirm", 1), ("confirm", 2)]),
        ("1和1都确认", None),
    ],
)
def test_read_choices(text: str, choices: list[tuple[str, int | None]] | None) -> None:
    got = read_choices(text)
    assert (None if got is None else [(c.action, c.which) for c in got]) == choices


CHOICES = ["02.01.0013 阀芯 HV-63", "02.01.0014 阀座 HV-63", "02.01.0016 端盖 HV-63", "01.02.0007 电机 220V-B2"]


@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("2", 2), ("第三个", 3), ("第3个吧", 3), ("number 4", 4), ("the 2nd one", 2), ("最后一个", 4),
        ("阀座", 2), ("端盖那个", 3), ("呃 220V的那个", 4), ("B2那个", 4),
        ("HV-63", None),  # every listed item holds it: no pick
        ("第九个", 9),  # out of range: the node says which numbers exist
        ("要300个", None),
        ("选2", 2), ("选第二个", 2), ("要2号", 2), ("就2吧", 2), ("pick 2", 2), ("我选3", 3), ("就选第一个", 1),
        ("要2个", None),  # a quantity, not a pick
        ("02.01.0014 就这个", 2), ("是阀座", 2),  # blind22-024: the item's number with a pointer
    ],
)  # fmt: skip
def test_pick_of(text: str, pick: int | None) -> None:
    from agent.nlu.interpret import pick_of

    assert pick_of(text, CHOICES) == pick


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("MO 2026 1130 报工 良品二十", "MO20261130"),
        ("嗯 m o 2026 1102 报工", "MO20261102"),
        ("MO二零二六一一零二 报工 良品5", "MO20261102"),
        # as speech recognition writes what it heard: a comma or a pause mark between the groups, spoken 幺 for 1
        ("MO2026，1109报工，良品十二，不良一。", "MO20261109"),
        ("mo二零二六、幺幺零九 报工", "MO20261109"),
        ("Mo 2026-1109 报工", "MO20261109"),  # typed with a dash
        ("MO20261102, 480", "MO20261102"),  # a figure after a comma is no part of the number
        ("MO20261102 480", "MO20261102"),  # the figure after it stays a figure
    ],
)
def test_an_order_number_said_in_pieces_is_one(text: str, order: str) -> None:
    from agent.nlu.extract import Work, find_order_no, prepare

    work = Work(prepare(text))
    assert find_order_no(work) == order
    assert "480" in work.text or "480" not in text


async def test_a_pick_and_a_change_in_one_reply(resolvers: Any) -> None:
    pending = ParsedCommand(intent="create_order", args={"quantity": 120}, clarify=["material"], confidence=0.9)
    expecting = Expecting(kind="slots", pending=pending, missing=["material"], choices=CHOICES)
    turn = await interpret(
        "220V的，数量改成150", expecting, now=NOW, user_workshop=None, parse=RulesParser(*resolvers),
        lookups=Lookups(*resolvers, _ending, demo_vocabulary()),
    )  # fmt: skip
    assert turn.kind == "pick" and turn.pick == 4
    assert turn.request is not None and turn.request.canonical_args().get("quantity") == 150


@pytest.mark.parametrize("text", ["B2的 数量改成150", "B2那个 数两改成150"])  # a space, and voice's 数两 (blind5-018)
async def test_a_pick_and_a_change_without_a_comma(resolvers: Any, text: str) -> None:
    pending = ParsedCommand(intent="create_order", args={"quantity": 120}, clarify=["material"], confidence=0.9)
    expecting = Expecting(kind="slots", pending=pending, missing=["material"], choices=CHOICES)
    turn = await interpret(
        text, expecting, now=NOW, user_workshop=None, parse=RulesParser(*resolvers),
        lookups=Lookups(*resolvers, _ending, demo_vocabulary()),
    )  # fmt: skip
    assert turn.kind == "pick" and turn.pick == 4
    assert turn.request is not None and turn.request.canonical_args().get("quantity") == 150


@pytest.mark.parametrize(
    ("text", "kind"),
    [("谢谢啊", "thanks"), ("辛苦了师傅", "thanks"), ("多谢大家！", "thanks"), ("谢谢，数量改成5", "work")],
)
def test_thanks_with_a_particle_is_thanks(text: str, kind: str) -> None:
    """谢谢啊 while a card waits asks nothing of it (blind1-048: read as a message not understood)."""
    from agent.nlu.interpret import chatter

    assert chatter(text) == kind


@pytest.mark.parametrize(
    ("text", "decided"),
    [
        ("1124的确认", [("1124", "confirm", "")]),  # blind10-002 / -038: asked back
        ("1130那个先不报了，数量还没点清", [("1130", "cancel", "")]),
        ("1110不是我们车间的，那个不报了，1103的确认", [("1110", "cancel", ""), ("1103", "confirm", "")]),
        ("1128的交期写错了，是12月11号", [("1128", "fix", "交期写错了, 是12月11号")]),  # not 1128 pieces
        ("MO20261124 确认", [("MO20261124", "confirm", "")]),
        ("1124确认，1130取消", [("1124", "confirm", ""), ("1130", "cancel", "")]),
        ("确认", None),
        ("好的，1124确认", None),  # the first clause names no order
        ("1124确认，1124取消", None),  # one order decided twice
        ("1105已经完工了 那就不管它 1123的确认", [("1105", "cancel", ""), ("1123", "confirm", "")]),
        ("1107 数量改成 1500", [("1107", "fix", "数量改成 1500")]),
        # blind20-035: the other order only said to be a mistake beside a yes is dropped, never read as a query
        ("1110不是我們車間的 剛才看錯 1102的確認", [("1110", "cancel", ""), ("1102", "confirm", "")]),
        ("1110那个搞错了 1102确认", [("1110", "cancel", ""), ("1102", "confirm", "")]),
        ("1128交期不对 1102确认", [("1128", "fix", "交期不对"), ("1102", "confirm", "")]),  # names a slot: a fix
        ("1117那张不对", [("1117", "fix", "不对")]),  # alone: asked what is wrong, not dropped
    ],
)
def test_read_order_choices(text: str, decided: list[tuple[str, str, str]] | None) -> None:
    got = read_order_choices(text)
    assert (None if got is None else [(c.order, c.action, c.rest) for c in got]) == decided


@pytest.mark.parametrize(("text", "kind"), KIND_CARDS_EXAMPLES)
def test_cards_of_one_kind_are_named_by_it(text: str, kind: str | None) -> None:
    got = read_choice(text)
    assert (got.kind if got else None) == kind


@pytest.mark.parametrize(("rest", "mistaken"), MISTAKEN_ORDER_EXAMPLES)
def test_an_order_said_to_be_a_mistake(rest: str, mistaken: bool) -> None:
    assert bool(MISTAKEN_ORDER.search(rest)) is mistaken


@pytest.mark.parametrize(
    ("said", "due"),
    [
        ("下周五", True),
        ("月底吧", True),
        ("那就12月20号", True),
        ("改到下周一", True),
        ("12.22交", True),
        ("今天上午已经开始做了", False),
        ("明天就开始装了", False),
    ],
)
def test_a_date_is_the_cards_due_date_only_when_said_as_one(said: str, due: bool) -> None:
    """今天上午已经开始做了 on a start card once moved its due date to today (blind12-050, a wrong write)."""
    from agent.nlu.card_fixes import says_due
    from agent.nlu.extract import prepare

    async def _no_order(digits: str) -> str | None:
        return None

    lookups = Lookups(materials=None, workshops=None, order_ending=_no_order, vocabulary=demo_vocabulary())
    assert says_due(prepare(said), NOW, lookups) is due
