"""做了30个，坏了2个: when nothing says whether a made figure includes the scrap, the report is read as people mean
it (30 good, 2 scrap on top: eight of eight blind dialogues, three writers) and the card offers the other reading;
包括 while that card waits makes it good 28 (agent.nlu.inclusion, agent.nlu.answers, interpret). Every rule of the
inclusion table decides its own examples."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from agent.nlu.answers import inclusion_answer
from agent.nlu.extract import read_report
from agent.nlu.inclusion import INCLUSION_RULES, InclusionRule
from agent.nlu.interpret import Expecting, Lookups, interpret
from agent.nlu.models import ParsedCommand
from agent.nlu.rules import parse_rules
from agent.nlu.work import Work, prepare
from agent.parsing import RulesParser, combine
from agent.replies import describe_proposal
from agent.state import Proposal
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
DEMO = demo_vocabulary()  # the demo plant's workshops: the parser knows none of its own


def offered(made: int) -> tuple[int, str]:
    """Nothing says: the made figure is the good one, and the card offers "the made include the scrap"."""
    return made, "offered"


# (text, good, scrap): good given as offered(N) = read as N good with the other reading offered on the card
PARSES = [
    # nothing says whether the made figure includes the scrap: N good, M on top, the other reading offered
    ("MO20261103 今天做了30个，坏了2个", offered(30), 2),
    ("MO20261109 这班做了50，废了1个", offered(50), 1),
    ("MO20261102 完成500 不良5", offered(500), 5),
    ("MO20261109 产出 200 不良 3", offered(200), 3),
    ("MO20261117 早班装了50台 中班装了45台 坏了一台", offered(95), 1),  # shifts add up to the made figure
    ("MO20261109 made 60 today, 2 were scrapped", offered(60), 2),
    ("MO20261109 produced 150, 3 scrap", offered(150), 3),
    ("MO20261109 一批做了50，另外一批做了40，坏了2个", offered(90), 2),  # 另外一批: another batch, not on top
    # a good figure outright
    ("MO20261103 良品30 不良2", 30, 2),
    ("MO20261103 好的30个，坏了2个", 30, 2),
    ("MO20261103 30 good 2 scrap", 30, 2),
    # the scrap is part of the made figure
    ("MO20261102 完成500其中不良5", 495, 5),
    ("MO20261103 做了30个，里面有两个是废的", 28, 2),
    ("MO20261103 做了30个，里头坏了2个", 28, 2),
    ("MO20261103 made 30 of which 2 scrapped", 28, 2),
    ("MO20261103 made 30 including 2 scrap", 28, 2),
    ("MO20261103 装了30个，不良品2个，其余都OK", 28, 2),
    # the made figure is a total by its own word
    ("MO20261103 一共做了30个，坏了2个", 28, 2),
    ("MO20261103 总共生产了30个 报废2个", 28, 2),
    ("MO20261103 合计30 不良2", 28, 2),
    ("MO20261103 total 30, 2 scrap", 28, 2),
    ("MO20261102 报工500 不良20", 480, 20),  # K/3's reported quantity is every piece
    # the scrap comes on top
    ("MO20261103 做了30个，另外坏了2个", 30, 2),
    ("MO20261103 做了30个，额外报废了2个", 30, 2),
    ("MO20261103 做了30个，还有2个坏了", 30, 2),
    ("MO20261103 made 30 plus 2 scrap", 30, 2),
    ("MO20261103 made 30, besides 2 scrapped", 30, 2),
    # nothing to ask
    ("MO20261103 做了30个，坏了0个", 30, 0),
    ("MO20261103 做了2个，坏了30个", 2, 30),  # more scrap than made: only on top is possible
    ("MO20261103 做了30个", 30, None),
]


@pytest.mark.parametrize(("text", "good", "scrap"), PARSES)
def test_a_made_figure_beside_a_scrap_figure(text: str, good: Any, scrap: int | None) -> None:
    parsed = parse_rules(text, now=NOW, vocabulary=DEMO)
    assert parsed.intent == "report_output"
    is_offered = isinstance(good, tuple)
    figure = good[0] if is_offered else good
    assert (parsed.args.get("good_qty"), parsed.args.get("scrap_qty")) == (figure, scrap)
    assert ("made_qty" in parsed.args) == is_offered, "the card offers the other reading only when nothing said"
    assert parsed.clarify == [], "nothing is asked: the card shows both figures"


@pytest.mark.parametrize(
    ("rule", "text"),
    [pytest.param(rule, text, id=f"{rule.name}:{text}") for rule in INCLUSION_RULES for text in rule.examples],
)
def test_each_inclusion_rule_decides_its_examples(rule: InclusionRule, text: str) -> None:
    figures = read_report(Work(prepare(text)))
    assert figures.inclusion == rule.name, figures
    assert (figures.made is not None) == (rule.says == "unclear")
    parsed = parse_rules(f"MO20261103 {text}", now=NOW, vocabulary=DEMO)
    assert parsed.clarify == []
    if rule.says != "unclear":  # said: the good figure as the words say, no other reading offered
        assert parsed.args.get("good_qty") == figures.good and "made_qty" not in parsed.args
    else:  # unsaid: the made figure is the good one, the other reading offered
        assert parsed.args.get("good_qty") == figures.made == parsed.args.get("made_qty")


def test_every_inclusion_rule_has_two_examples_and_its_own_name() -> None:
    names = [rule.name for rule in INCLUSION_RULES]
    assert len(names) == len(set(names)) and all(len(rule.examples) >= 2 for rule in INCLUSION_RULES)


# (answer, (good, scrap) or None = not said) to "do the 30 include the 2 bad ones?"
ANSWERS = [
    ("包括", (28, 2)), ("包括的", (28, 2)), ("含", (28, 2)), ("是的", (28, 2)), ("对", (28, 2)), ("好的", (28, 2)),
    ("对，包括", (28, 2)), ("坏的也算上了", (28, 2)), ("yes", (28, 2)), ("Yes, they are included", (28, 2)),
    ("不包括", (30, 2)), ("不含", (30, 2)), ("不是", (30, 2)), ("没有", (30, 2)), ("另外的", (30, 2)),
    ("坏的另算", (30, 2)), ("不算", (30, 2)), ("no", (30, 2)), ("No.", (30, 2)), ("not included", (30, 2)),
    ("no, the 2 are extra", (30, 2)), ("they're excluded", (30, 2)),
    # a figure of one reading picks it
    ("良品28", (28, 2)), ("28", (28, 2)), ("28个好的", (28, 2)), ("28 good", (28, 2)), ("一共30", (28, 2)),
    ("30", (30, 2)), ("30个都是好的", (30, 2)), ("良品30", (30, 2)), ("一共32", (30, 2)),
    # both figures outright are taken as said
    ("良品28 不良3", (28, 3)),
    # anything else does not say
    ("25", None), ("不良2", None), ("包括，良品30", None), ("啥意思", None), ("不知道", None), ("取消", None),
    ("算了", None), ("不行", None), ("做了30个，坏了2个", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), ANSWERS)
def test_the_answer_to_the_question(text: str, figures: tuple[int, int] | None) -> None:
    assert inclusion_answer(text, 30, 2) == figures


CARD = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261103", "good_qty": 30, "made_qty": 30, "scrap_qty": 2},
    confidence=0.9,
)  # fmt: skip


async def _ending(digits: str) -> str | None:
    return {"1103": "MO20261103"}.get(digits)


@pytest.mark.parametrize(
    ("text", "kind", "args"),
    [
        ("包括", "correction", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}),
        ("对，包括", "correction", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}),
        ("30个里有2个是坏的", "correction", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}),
        ("included", "correction", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}),
        ("不包括", "correction", {"order_no": "MO20261103", "good_qty": 30, "scrap_qty": 2}),
        ("坏的另算", "correction", {"order_no": "MO20261103", "good_qty": 30, "scrap_qty": 2}),
        # a plain yes confirms the card as shown (30 good, 2 scrap)
        ("确认", "confirm", None),
        ("对的，确认", "confirm", None),
        ("取消", "cancel", None),
        ("良品28", "correction", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}),
        ("好的只有27个", "correction", {"order_no": "MO20261103", "good_qty": 27, "scrap_qty": 2}),
    ],
)  # fmt: skip
async def test_while_the_card_waits(resolvers: Any, text: str, kind: str, args: dict[str, Any] | None) -> None:
    turn = await interpret(
        text, Expecting(kind="confirmation", pending=CARD), now=NOW, user_workshop="WS01",
        parse=RulesParser(*resolvers), lookups=Lookups(*resolvers, _ending, DEMO),
    )  # fmt: skip
    assert turn.kind == kind, turn
    if args is not None:
        assert turn.request is not None
        assert turn.request.canonical_args() == args
        if "包括" in text or "included" in text or "坏的" in text:
            assert "made_qty" not in turn.request.args, "answered: the card no longer offers it"


def _card(made: float | None, good: float, lang: Any = "zh") -> str:
    p = Proposal(
        id="p1", intent="report_output", requester="u2001", conversation_id="c", created_at="", expires_at="",
        order_no="MO20261103", good_qty=good, scrap_qty=2, made_qty=made,
        before={"quantity": 240, "good": 144, "scrap": 8, "material_name": "刹车卡钳支架"},
    )  # fmt: skip
    return describe_proposal(p, lang=lang)


def test_the_card_offers_the_other_reading() -> None:
    assert "如30个里已包括坏的2个，回复“包括”，改为良品28、不良2。" in _card(30, 30)
    assert "If the 30 already include the 2 scrap, reply “included”" in _card(30, 30, "en")
    assert "包括" not in _card(None, 30), "said outright: nothing to offer"
    assert "包括" not in _card(30, 28), "the other reading taken: nothing left to offer"


def test_hybrid_keeps_the_rules_reading_over_a_models_good_figure() -> None:
    rules = parse_rules("MO20261103 今天做了30个，坏了2个", now=NOW, vocabulary=DEMO)
    model = ParsedCommand(
        intent="report_output", args={"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}, confidence=0.9,
        backend="llm",
    )  # fmt: skip
    combined = combine(rules, model)
    assert combined.args.get("good_qty") == 30 and combined.args.get("made_qty") == 30
