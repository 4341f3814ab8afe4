"""Slot extraction: order numbers, workshops, quantities, report figures, the material phrase."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.nlu.answers import leading_short_order_digits, short_order_digits
from agent.nlu.extract import (
    Work,
    extract_quantity,
    extract_report,
    find_order_no,
    find_workshop,
    material_phrase,
    prepare,
)
from agent.nlu.lexicon.answers import (
    LONE_SPOKEN_ORDER_EXAMPLES,
    SHORT_ORDER_EXAMPLES,
    SPOKEN_ANSWER_ORDER_EXAMPLES,
    SPOKEN_DIGITS,
    SPOKEN_SHORT_ORDER_EXAMPLES,
)
from agent.nlu.lexicon.fillers import FILLER_PHRASES
from agent.nlu.lexicon.quantity import VAGUE_QUANTITY_EXAMPLES
from agent.nlu.lexicon.report import ADDED_EXAMPLES, LEFT_FIGURE_EXAMPLES
from agent.nlu.lexicon.retry import LOWER_FIGURE_EXAMPLES
from agent.nlu.self_fix import ORDER_SELF_FIX_EXAMPLES, SELF_FIX_EXAMPLES, order_self_fixed
from dingk3.paths import DEMO_DATA_DIR
from tests.demo_plant import demo_vocabulary


def work(text: str) -> Work:
    return Work(prepare(text))


# (text, order number)
ORDERS = [
    ("MO20261102 报工", "MO20261102"),
    ("mo20261102", "MO20261102"),
    ("ＭＯ２０２６１１０２", "MO20261102"),  # full width
    ("MO-20261102", "MO20261102"),
    ("MO 20261102 进度", "MO20261102"),
    ("P20250401数量改为500", "P20250401"),
    ("p20250401", "P20250401"),
    ("把MO20261107的数量改成1200", "MO20261107"),
    ("HSG63x200", None),  # not an order number
    ("SP-1.2x8x30", None),
    ("BOM-2050", None),
    ("GP-25", None),
]


@pytest.mark.parametrize(("text", "expected"), ORDERS)
def test_order_numbers(text: str, expected: str | None) -> None:
    assert find_order_no(work(text)) == expected


# (text, kind, value)
WORKSHOPS = [
    ("转到装配车间", "named", "装配车间"),
    ("查一下装配车间的订单", "named", "装配车间"),  # 一下 is not part of the name
    ("放到二车间", "named", "二车间"),
    ("在机加一车间生产", "named", "机加一车间"),
    ("移到机加二", "named", "机加二"),
    ("热处理车间的工单", "named", "热处理车间"),
    ("move to assembly shop", "named", "assembly shop"),
    ("machining 1", "named", "machining 1"),
    ("我们车间", "own", "我们车间"),
    ("本车间已开工的订单", "own", "本车间"),
    ("our workshop orders", "own", "our workshop"),
    ("WS02", "code", "WS02"),
    ("ws 3", "code", "WS03"),
]


@pytest.mark.parametrize(("text", "kind", "value"), WORKSHOPS)
def test_workshops(text: str, kind: str, value: str) -> None:
    hit = find_workshop(work(text), demo_vocabulary())
    assert hit is not None
    assert (hit.kind, hit.text) == (kind, value)


@pytest.mark.parametrize(
    "text",
    ["MO20261102 在哪个车间", "请把 MO20261121 下达到车间", "什么车间", "开工等车间通知"],  # (blind24-014)
)
def test_no_named_workshop(text: str) -> None:
    assert find_workshop(work(text), demo_vocabulary()) is None


# (text, quantity)
QUANTITIES = [
    ("BOM-2050 数量300", 300),
    ("HSG63x200 数量200", 200),  # the x200 inside the spec is not the count
    ("HSG100x400 400件", 400),
    ("304螺栓M8x30", None),  # 304 names the steel grade
    ("8.8级螺栓", None),
    ("45号钢Φ20", None),
    ("数量从1000改成1200", 1200),  # the new value, not the old
    ("1000→1200", 1200),
    ("HV-2050 × 300", 300),  # spaced × is a count, unlike M8x30
    ("BOM-7010*500", 500),
    ("三百件", 300),
    ("数量两", 2),  # a lone digit after 数量
    ("两个订单", None),  # never a quantity
    ("是两个", 2),  # a lone digit with its unit, said alone (不良品写错了，是两个)
    ("两个。", 2),
    ("就1000整", 1000),  # a round figure
    ("就一件", 1),
    ("要两个订单", None),
    ("两个车间都满了", None),
    ("下一个生产订单", None),
    ("一车间", None),
    ("qty 1,500 pcs", 1500),
    ("make 2K units", 2000),
    ("4WE10-24V 数量24", 24),
    ("数量0", 0),
]


@pytest.mark.parametrize(("text", "expected"), QUANTITIES)
def test_quantity(text: str, expected: float | None) -> None:
    assert extract_quantity(work(text)) == expected


# (text, good, scrap)
REPORTS = [
    ("良品480 不良20", 480, 20),
    ("合格480 报废20", 480, 20),
    ("不合格品5 合格品150", 150, 5),  # 不合格 is scrap even though it contains 合格
    ("good 480 scrap 20", 480, 20),
    ("480 good 20 scrap", 480, 20),  # number-first reading
    ("good qty 480, scrap qty 20", 480, 20),
    ("完成500其中不良5", 495, 5),  # a total minus scrap is the good quantity
    ("produced 150, 3 scrap", 147, 3),
    ("报工 480", 480, None),
    ("报工480件", 480, None),
    ("不合格的有两个 报一下", None, 2),  # blind24-029: 报一下 is no scrap of 1
    ("做了300个", 300, None),
    ("报废5", None, 5),
    ("良品四百八 不良二十", 480, 20),
    ("ok 480 ng 20", 480, 20),
    ("报工 480/20", None, None),  # ambiguous slash form: ask
    # a count with a fault is scrap, and so is rework: PRD_MORPT has only good and scrap (a probe wrote good 3)
    ("其中3个有毛病", None, 3),
    ("3个毛刺", None, 3),
    ("有3件返修", None, 3),
    ("3件尺寸不对", None, 3),
    ("3 are defective", None, 3),
    ("3 need rework", None, 3),
    ("做了40个 其中3个有毛病", 37, 3),
    ("良品37 3个有瑕疵", 37, 3),
    ("返修3件 良品37", 37, 3),
    # where the figure goes, between its slot word and the figure (a probe read no figure at all)
    ("良品那里写30才对", 30, None),
    ("不良按3算", None, 3),
]


@pytest.mark.parametrize(("text", "good", "scrap"), REPORTS)
def test_report_figures(text: str, good: float | None, scrap: float | None) -> None:
    assert extract_report(work(text)) == (good, scrap)


# (text, phrase) — what remains after the spans and filler words are removed
PHRASES = [
    ("304螺栓M8x30还有多少库存", "304螺栓m8x30"),
    ("how many SS304 hex bolt M8*30 do we have in stock", "ss304 hex bolt m8x30"),
    ("check valve S10A", "check valve s10a"),  # "check" is part of the name here
    ("查一下轴承6204-2RS的库存", "轴承6204-2rs"),
    ("单向阀 库存", "单向阀"),  # 单 inside a name survives
    ("阀体粗加工件 库存", "阀体粗加工件"),
    ("库存", None),
    ("嗯就是那个液压缸80乘300的", "液压缸80x300"),  # voice: hesitations dropped, 乘 between figures an x
    ("乘风牌油缸", "乘风牌油缸"),  # 乘 elsewhere is kept
]


@pytest.mark.parametrize(("text", "phrase"), PHRASES)
def test_material_phrase(text: str, phrase: str | None) -> None:
    assert material_phrase(work(text)) == phrase


def test_filler_phrases_never_cut_a_catalogue_name() -> None:
    import csv

    from tools.text import normalize

    with (DEMO_DATA_DIR / "materials.csv").open(encoding="utf-8") as f:
        names = [normalize(" ".join([r["name"], r["spec"], r["aliases"]])) for r in csv.DictReader(f)]
    clashes = {p for p in FILLER_PHRASES for n in names if p in n}
    assert not clashes


def test_prepare_is_idempotent_and_strips_mentions() -> None:
    once = prepare("@DingK3 建立生產訂單 ＢＯＭ－２０５０ × ３００")
    assert once == prepare(once)
    assert "dingk3" not in once and "@" not in once


@pytest.mark.parametrize(("text", "said"), SPOKEN_ANSWER_ORDER_EXAMPLES)
def test_an_order_said_digit_by_digit_as_the_answer(text: str, said: str | None) -> None:
    """幺幺零九 还有三个不良 answers 请补充：订单号 with MO…1109 and a scrap count (a blind batch asked for it)."""
    from agent.nlu.answers import answered_order

    found = answered_order(text)
    expected = said.translate(SPOKEN_DIGITS) if said else None
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("text", VAGUE_QUANTITY_EXAMPLES)
def test_a_rough_amount_is_asked_never_guessed(text: str) -> None:
    """两百来个 / 一千左右 on a new order (blind batches: read as 200 and 1000): the quantity is asked back."""
    from agent.nlu.rules import parse_rules
    from tests.demo_plant import demo_vocabulary

    now = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
    parsed = parse_rules(f"建单 GP-16 {text} 下周五交", now=now, vocabulary=demo_vocabulary())
    assert parsed.intent == "create_order" and "quantity" not in parsed.args and "quantity" in parsed.clarify


@pytest.mark.parametrize(
    ("text", "digits"),
    [*SPOKEN_SHORT_ORDER_EXAMPLES, ("1109那个单子今天打了四十个", "1109"), ("MO1116 report good 25 scrap 1", "1116")],
)
def test_an_order_said_short_at_the_head(text: str, digits: str | None) -> None:
    """Four spoken digits before an order noun are an order said short, as 1109 is (a blind batch asked for it)."""
    assert leading_short_order_digits(text) == digits


@pytest.mark.parametrize("text", VAGUE_QUANTITY_EXAMPLES)
def test_a_rough_report_figure_is_asked_never_written(text: str) -> None:
    """MO… 做了二十几个 (a blind batch: read as 20 good and written): the good count is asked back."""
    from agent.nlu.rules import parse_rules

    now = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
    parsed = parse_rules(f"MO20261123 今天做了{text}", now=now)
    assert parsed.intent == "report_output" and "good_qty" not in parsed.args and "good_qty" in parsed.clarify


@pytest.mark.parametrize(("text", "good", "scrap"), ADDED_EXAMPLES)
def test_a_count_said_to_count_as_good_or_scrap_is_added(text: str, good: int, scrap: int) -> None:
    """良品40，另外有4个返工修好了也算良品 (a blind batch: written as 40): the further count is added to its slot."""
    from agent.nlu.rules import parse_rules

    parsed = parse_rules(f"MO20261109 {text}", now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert (parsed.args.get("good_qty"), parsed.args.get("scrap_qty")) == (good, scrap)


@pytest.mark.parametrize(
    "text",
    ["MO20261109 良品40, 另外有4个修好了, 报废1个", "MO20261109 良品40 不良1 还有6件修好了"],
)
def test_a_count_the_reading_cannot_place_is_asked(text: str) -> None:
    """A count left over after the figures were read is never dropped: the good count is asked, naming it."""
    from agent.nlu.rules import parse_rules

    parsed = parse_rules(text, now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert "good_qty" not in parsed.args and "good_qty" in parsed.clarify
    assert any("个" in note or "件" in note for note in parsed.unreadable)


@pytest.mark.parametrize("text", ["MO20261109 良品40 不良1 两个人做了3个小时", "MO20261109 良品 12个 不良 1个"])
def test_people_and_hours_are_no_leftover_count(text: str) -> None:
    from agent.nlu.rules import parse_rules

    parsed = parse_rules(text, now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert parsed.args.get("good_qty") in (40, 12) and parsed.clarify == []


@pytest.mark.parametrize(("text", "slot", "value"), SELF_FIX_EXAMPLES)
def test_a_request_that_corrects_itself(text: str, slot: str | None, value: object) -> None:
    """一车间……哦不对 是二车间 (blind12: written in 一车间): the slot the correction names takes its value; a bare
    figure on a report is asked; a fault (尺寸不对) is no correction."""
    from agent.nlu.rules import parse_rules
    from tests.demo_plant import demo_vocabulary

    parsed = parse_rules(text, now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"), vocabulary=demo_vocabulary())
    if slot is None:
        assert parsed.args.get("scrap_qty") == 3 and parsed.args.get("good_qty") == 40
    elif value is None:
        assert slot not in parsed.args and slot in parsed.clarify
    else:
        assert parsed.args.get(slot) == value


@pytest.mark.parametrize(("said", "value"), LOWER_FIGURE_EXAMPLES)
def test_a_figure_settled_for_after_a_refusal(said: str, value: int) -> None:
    from agent.nlu.lexicon.retry import LOWER_FIGURE
    from agent.nlu.numbers import parse_number

    m = LOWER_FIGURE.match(prepare(said))
    assert m is not None and parse_number(next(g for g in m.groups() if g)) == value


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("how many left on 1137?", "1137"),
        ("那个1123还有多少没装", "1123"),
        ("M8x30 1000个", None),
        ("6204-2RS", None),
        ("MO20261137", None),
        ("1124 和 1130", None),
        ("change MO1104 qty to 150", "1104"),  # MO and the short number: the same order
        ("mo 1116 report good 25", "1116"),
        ("demo1104", None),
        *LONE_SPOKEN_ORDER_EXAMPLES,
        ("良品一一零九", None),  # a figure's cue asks for a figure: digits said one by one are neither, asked
        ("1124 和 幺幺三零", None),
    ],
)
def test_a_lone_short_order(text: str, digits: str | None) -> None:
    from agent.nlu.answers import lone_short_order

    found = lone_short_order(text)
    assert (found[0] if found else None) == digits


@pytest.mark.parametrize(
    ("text", "good", "scrap"),
    [
        ("MO20261109 今天大概做了六十来个 我数了一下 准确是58个 坏了2个", 58, 2),
        ("MO20261109 良品大概二十几个，数了一下是23个", 23, None),
    ],
)
def test_a_rough_figure_then_the_exact_one(text: str, good: int, scrap: int | None) -> None:
    """大概六十来个 … 准确是58个 (blind16-044: asked although the exact figure was said): the exact one is read."""
    from agent.nlu.rules import parse_rules

    parsed = parse_rules(text, now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert parsed.args.get("good_qty") == good and parsed.args.get("scrap_qty", None) in (scrap, 0)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("刹车卡钳支架KQ三五零 做一千五百个", "kq350"),  # a blind batch: the item not found
        ("HV二零五零阀体", "hv2050"),
        ("KQ-三五零", "kq-350"),
        ("ok三个", None),  # a yes and a count
        ("GP一千二", None),  # an amount after a code, not its digits
    ],
)  # fmt: skip
def test_a_codes_digits_said_one_by_one(text: str, said: str | None) -> None:
    prepared = prepare(text)
    if said is None:
        assert not any(c in "0123456789" for c in prepared), prepared  # left as said, for the number reader
    else:
        assert said in prepared


@pytest.mark.parametrize(("text", "left"), LEFT_FIGURE_EXAMPLES)
def test_a_figure_left_unread_in_a_report_is_found(text: str, left: str | None) -> None:
    """1109 良品一百零五 不量3 (a blind batch wrote scrap 0): the figure the reading did not place is found."""
    from agent.nlu.slots import left_figure

    m = left_figure(text, set())
    assert (m.group(1) if m else None) == left


@pytest.mark.parametrize(
    ("text", "good", "scrap"),
    [
        ("MO20261110 良品1百2 不良3", 120, 3),
        ("MO20261110 良品2百5", 250, None),
        ("MO20261110 合格1千5个", 1500, None),
        ("MO20261110 良品3百 报废1", 300, 1),
    ],
)
def test_a_figure_with_a_magnitude_and_a_tail_is_read_whole(text: str, good: int, scrap: int | None) -> None:
    """良品1百2 不良3 (a blind batch wrote good 1): 1百2 is 120, as 一百二 is."""
    from agent.nlu.rules import parse_rules

    parsed = parse_rules(text, now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert (parsed.args.get("good_qty"), parsed.args.get("scrap_qty")) == (good, scrap)


@pytest.mark.parametrize(
    "text", ["MO20261102 良品两百1110", "MO20261109 良品一百零五 不亮3", "MO20261110 良品1百2 5 不良3"]
)
def test_a_figure_read_only_in_part_or_left_unread_is_asked(text: str) -> None:
    """良品两百1110 (a blind batch read 2): a figure read in part or left beside the report is asked, never a value."""
    from agent.nlu.rules import parse_rules

    parsed = parse_rules(text, now=datetime.fromisoformat("2026-12-04T10:00:00+08:00"))
    assert "good_qty" not in parsed.args and "good_qty" in parsed.clarify


@pytest.mark.parametrize(("text", "digits"), SHORT_ORDER_EXAMPLES)
def test_an_answer_naming_the_asked_order_short(text: str, digits: str | None) -> None:
    assert short_order_digits(text) == digits


@pytest.mark.parametrize(("said", "meant"), ORDER_SELF_FIX_EXAMPLES)
def test_an_order_corrected_in_the_same_breath_is_said_once_as_meant(said: str, meant: str) -> None:
    """blind28-030: 那个1122开工 啊不对 是1125 开工 made a card of MO20261122 with a quantity of 1125."""
    assert order_self_fixed(said) == meant


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("sorry, assembly, not machining 2", "sorry, assembly, not"),  # blind28-023: its 2 was read as a quantity
        ("是装配，不是机加二车间", "是装配，不是"),
        ("不要放二车间 放一车间", "不要放 放一车间"),
        ("放二车间", "放二车间"),  # named to be put there: kept
    ],
)
def test_a_workshop_named_only_to_be_ruled_out_is_blanked(text: str, left: str) -> None:
    from agent.nlu.workshops import without_ruled_out_shops

    assert without_ruled_out_shops(text, demo_vocabulary()).split() == left.split()
