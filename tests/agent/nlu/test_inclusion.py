"""做了30个，坏了2个: whether a made figure includes the scrap is asked when nothing says so, and the answer is read
in the light of that question (agent.nlu.inclusion, agent.nlu.answers.inclusion_answer, interpret). Every rule of
the inclusion table decides its own examples."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from agent.nlu.answers import inclusion_answer
from agent.nlu.extract import read_report
from agent.nlu.inclusion import INCLUSION_RULES, InclusionRule
from agent.nlu.interpret import Expecting, Lookups, asks_inclusion, interpret
from agent.nlu.models import ParsedCommand
from agent.nlu.rules import parse_rules
from agent.nlu.work import Work, prepare
from agent.parsing import RulesParser, combine
from agent.phrases import language_of
from agent.replies import scrap_included_question
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-12-04T10:00:00+08:00")
DEMO = demo_vocabulary()  # the demo plant's workshops: the parser knows none of its own
ASKED = None  # good_qty: not read, asked

# (text, good, scrap): ASKED = the made figure kept, `scrap_included` asked, good unset
PARSES = [
    # nothing says whether the made figure includes the scrap: asked
    ("MO20261103 今天做了30个，坏了2个", ASKED, 2),
    ("MO20261109 这班做了50，废了1个", ASKED, 1),
    ("MO20261102 完成500 不良5", ASKED, 5),
    ("MO20261109 产出 200 不良 3", ASKED, 3),
    ("MO20261117 早班装了50台 中班装了45台 坏了一台", ASKED, 1),  # shifts add up to the made figure
    ("MO20261109 made 60 today, 2 were scrapped", ASKED, 2),
    ("MO20261109 produced 150, 3 scrap", ASKED, 3),
    ("MO20261109 一批做了50，另外一批做了40，坏了2个", ASKED, 2),  # 另外一批: another batch, not scrap on top
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
def test_a_made_figure_beside_a_scrap_figure(text: str, good: int | None, scrap: int | None) -> None:
    parsed = parse_rules(text, now=NOW, vocabulary=DEMO)
    assert parsed.intent == "report_output"
    assert (parsed.args.get("good_qty"), parsed.args.get("scrap_qty")) == (good, scrap)
    asked = good is ASKED
    assert ("scrap_included" in parsed.clarify) == asked
    assert ("made_qty" in parsed.args) == asked
    assert "good_qty" not in parsed.clarify, "one question: the good figure follows from its answer"


@pytest.mark.parametrize(
    ("rule", "text"),
    [pytest.param(rule, text, id=f"{rule.name}:{text}") for rule in INCLUSION_RULES for text in rule.examples],
)
def test_each_inclusion_rule_decides_its_examples(rule: InclusionRule, text: str) -> None:
    figures = read_report(Work(prepare(text)))
    assert figures.inclusion == rule.name, figures
    assert (figures.made is not None) == (rule.says == "unclear")
    if rule.says != "unclear":  # read, not asked: the whole parse has the good figure and no question
        parsed = parse_rules(f"MO20261103 {text}", now=NOW, vocabulary=DEMO)
        assert "scrap_included" not in parsed.clarify and parsed.args.get("good_qty") == figures.good


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


MADE = ParsedCommand(
    intent="report_output", args={"order_no": "MO20261103", "made_qty": 30, "scrap_qty": 2},
    clarify=["scrap_included"], confidence=0.9,
)  # fmt: skip
ASKED_AGAIN = MADE.model_copy(update={"args": {**MADE.args, "inclusion_asked": 1}})
NO_ORDER = MADE.model_copy(update={"args": {"made_qty": 30, "scrap_qty": 2}, "clarify": ["order_no", "scrap_included"]})


async def _ending(digits: str) -> str | None:
    return {"1103": "MO20261103"}.get(digits)


def _slots(pending: ParsedCommand) -> Expecting:
    missing = [*pending.clarify]
    return Expecting(kind="slots", pending=pending, missing=missing)


@pytest.mark.parametrize(
    ("text", "pending", "kind", "args", "clarify"),
    [
        ("包括", MADE, "answer", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}, []),
        ("no", MADE, "answer", {"order_no": "MO20261103", "good_qty": 30, "scrap_qty": 2}, []),  # not a cancel
        ("良品28", MADE, "answer", {"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}, []),
        ("取消", MADE, "cancel", None, None),
        ("查询 MO20261102", MADE, "request", None, None),
        # not said: asked again once (the same question), then the good figure as for any report
        ("啥意思", MADE, "answer", {"order_no": "MO20261103", "scrap_qty": 2}, ["scrap_included"]),
        ("不知道", ASKED_AGAIN, "answer", {"order_no": "MO20261103", "scrap_qty": 2}, []),
        ("25", ASKED_AGAIN, "answer", {"order_no": "MO20261103", "good_qty": 25, "scrap_qty": 2}, []),
        # the order is asked first; an answer may give both
        ("1103", NO_ORDER, "answer", {"order_no": "MO20261103", "scrap_qty": 2}, ["scrap_included"]),
        ("MO20261103 不包括", NO_ORDER, "answer", {"order_no": "MO20261103", "good_qty": 30, "scrap_qty": 2}, []),
    ],
)  # fmt: skip
async def test_interpret_reads_the_answer(
    resolvers: Any, text: str, pending: ParsedCommand, kind: str, args: dict[str, Any] | None, clarify: list[str]
) -> None:
    turn = await interpret(
        text, _slots(pending), now=NOW, user_workshop="WS01", parse=RulesParser(*resolvers),
        lookups=Lookups(*resolvers, _ending, DEMO),
    )  # fmt: skip
    assert turn.kind == kind, turn
    if args is not None:
        assert turn.request is not None
        assert turn.request.canonical_args() == args
        assert turn.request.clarify == clarify


def test_the_question_waits_for_the_order() -> None:
    assert asks_inclusion(["scrap_included"])
    assert not asks_inclusion(["order_no", "scrap_included"])


@pytest.mark.parametrize(
    ("said", "again", "expected"),
    [
        ("今天做了30个，坏了2个", False, "30个里包括坏的2个吗？\n包括：良品28、不良2\n不包括：良品30、不良2"),
        ("MO20261109", False, "30个里包括坏的2个吗？\n包括：良品28、不良2\n不包括：良品30、不良2"),  # no English words
        ("MO20261109 made 30 today, 2 scrapped", False,
         "Do the 30 include the 2 bad ones?\nYes: good 28, scrap 2\nNo: good 30, scrap 2"),
        ("what do you mean", True, "Do the 30 include the 2 bad ones?\nYes: good 28, scrap 2\nNo: good 30, scrap 2\n"
         "Please answer yes or no, or give the good count."),
        ("啥意思", True,
         "30个里包括坏的2个吗？\n包括：良品28、不良2\n不包括：良品30、不良2\n请回复“包括”或“不包括”，或直接说良品数。"),
    ],
)  # fmt: skip
def test_the_question_shows_both_readings(said: str, again: bool, expected: str) -> None:
    assert scrap_included_question(30, 2, language_of(said) or "zh", again=again) == expected


def test_hybrid_keeps_the_question_over_a_models_good_figure() -> None:
    rules = parse_rules("MO20261103 今天做了30个，坏了2个", now=NOW, vocabulary=DEMO)
    model = ParsedCommand(
        intent="report_output", args={"order_no": "MO20261103", "good_qty": 28, "scrap_qty": 2}, confidence=0.9,
        backend="llm",
    )  # fmt: skip
    combined = combine(rules, model)
    assert "good_qty" not in combined.args and "scrap_included" in combined.clarify
