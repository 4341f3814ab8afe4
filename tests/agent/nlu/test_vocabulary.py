"""The plant's vocabulary: a second plant's workshops and number shape are read with no pattern changed, and
"N个工作日后" counts the plant's working days."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.nlu import parse_rules
from agent.nlu.vocabulary import build_vocabulary, vocabulary_source
from agent.nlu.work import Work
from agent.nlu.workshops import find_workshop
from dingk3.calendar import PlantCalendar
from tools.k3.models import Workshop
from tools.resolve import WorkshopResolver

NOW = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
# A stamping and body plant: shop names the demo's lexicon has never heard of, numbers shaped CY01, not WS01.
STAMPING = build_vocabulary(
    [
        ("CY01", "冲压车间", ("冲压", "压机线")),
        ("CY02", "焊装车间", ("焊装", "白车身", "body shop")),
    ]
)


def _workshop(text: str, vocabulary: object = STAMPING) -> tuple[str, str] | None:
    hit = find_workshop(Work(text), vocabulary)  # type: ignore[arg-type]
    return (hit.kind, hit.text) if hit else None


# (message, what the second plant's vocabulary reads, what the generic lexicon alone reads)
MENTIONS = [
    ("把单子转给白车身做", ("named", "白车身"), None),  # a nickname only the plant file knows
    ("压机线那边排满了", ("named", "压机线"), None),
    ("查一下cy02的订单", ("code", "CY02"), None),  # the catalogue's number shape
    ("cy-1 还有几个单", ("code", "CY01"), None),  # written short: the catalogue's zero padding
    ("ws01 的单", None, None),  # another plant's number shape: no plant's shape is built in
    ("转到焊装车间", ("named", "焊装车间"), ("named", "焊装车间")),  # longest first: the whole name
    ("move it to the body shop", ("named", "body shop"), None),
    ("冲压件还有多少", None, None),  # a part, not the shop
    # a numbered shop glued to another plant's name is that whole name, quoted back as said if not found
    ("机加一车间有哪些单", ("named", "机加一车间"), ("named", "机加一车间")),
    ("放到二车间", ("named", "二车间"), ("named", "二车间")),  # a verb before a numbered shop is no name
    # two shops: the one it is put in is the new one, the other is the reason
    ("冲压这周排满了，放白车身做吧", ("named", "白车身"), None),
    ("焊装也满了，放冲压车间", ("named", "冲压车间"), ("named", "冲压车间")),
    ("body shop is full, put it in 压机线", ("named", "压机线"), None),
]


@pytest.mark.parametrize(("text", "planted", "generic"), MENTIONS)
def test_a_second_plants_workshops_come_from_its_vocabulary(
    text: str, planted: tuple[str, str] | None, generic: tuple[str, str] | None
) -> None:
    assert _workshop(text) == planted
    assert _workshop(text, None) == generic


def test_the_parse_carries_the_plants_workshop() -> None:
    parsed = parse_rules("MO20261107 转到白车身", now=NOW, vocabulary=STAMPING)
    assert (parsed.intent, parsed.args.get("workshop_text")) == ("change_order", "白车身")
    coded = parse_rules("查一下CY01的单子", now=NOW, vocabulary=STAMPING)
    assert (coded.intent, coded.args.get("workshop")) == ("query_order", "CY01")


# A press and welding plant, with K/3's names and one nickname from its plant file.
PRESSING = build_vocabulary([("CY01", "冲压车间", ("冲压",)), ("HJ02", "焊接车间", ())])


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        ("MO20261107 转到冲压", "workshop_text", "冲压"),  # the plant file's nickname
        ("MO20261107 转到焊接车间", "workshop_text", "焊接车间"),
        ("查一下HJ02的单子", "workshop", "HJ02"),  # the catalogue's number shape
        ("hj2 还有几个单", "workshop", "HJ02"),
    ],
)
def test_a_second_plant_reads_its_own_workshops(text: str, slot: str, value: str) -> None:
    assert parse_rules(text, now=NOW, vocabulary=PRESSING).args.get(slot) == value


# The demo plant's nicknames and numbers mean nothing at the press plant, nor to a parser given no plant at all.
DEMO_WORDS = [
    "MO20261107 转到装配",
    "MO20261107 转到机加一",
    "机加一 下达了还没开工的 列个清单",
    "查一下WS01的单子",
    "ws 3 还有几个单",
    "move MO20261107 to assembly",
    "热处理有啥单",
    "装配可以开工了吗",
    "painting shop的单",
]


@pytest.mark.parametrize("text", DEMO_WORDS)
@pytest.mark.parametrize("vocabulary", [PRESSING, None], ids=["press-plant", "no-plant"])
def test_the_demo_plants_names_are_no_workshop_elsewhere(text: str, vocabulary: object) -> None:
    parsed = parse_rules(text, now=NOW, vocabulary=vocabulary)  # type: ignore[arg-type]
    assert "workshop" not in parsed.args and "workshop_text" not in parsed.args, parsed.args


# On 2026-09-30 the National Day week starts: 10-01..10-07 are off, 10-10 (a Saturday) is a make-up working day.
HOLIDAY_EVE = datetime.fromisoformat("2026-09-30T09:00:00+08:00")


@pytest.mark.parametrize(
    ("text", "calendar", "due"),
    [
        ("MO20261107 交期改到3个工作日后", PlantCalendar(), "2026-10-10"),  # 10-08, 10-09, 10-10
        ("MO20261107 交期改到3个工作日后", None, "2026-10-03"),  # no plant calendar: calendar days, as before
        ("MO20261107 交期改到3天后", PlantCalendar(), "2026-10-03"),  # 天 stays calendar days
    ],
)
def test_working_days_count_on_the_plants_calendar(text: str, calendar: PlantCalendar | None, due: str) -> None:
    vocabulary = build_vocabulary([], calendar)
    assert parse_rules(text, now=HOLIDAY_EVE, vocabulary=vocabulary).args.get("due_date") == due


def test_a_catalogue_sync_changes_the_vocabulary() -> None:
    resolver = WorkshopResolver.from_workshops([Workshop(number="CY01", name="冲压车间")], {})
    current = vocabulary_source(resolver, None)
    assert _workshop("转给钣金线", current()) is None
    resolver.replace([Workshop(number="CY01", name="冲压车间"), Workshop(number="CY03", name="钣金线")], {})
    assert _workshop("转给钣金线", current()) == ("named", "钣金线")
