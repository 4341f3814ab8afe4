"""Table tests for the pattern families added so the rules parser generalises (not memorises).

Each table exercises one family in several phrasings that do not occur in the eval case files.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.nlu import parse_rules
from agent.nlu.numbers import english_numbers_to_digits

NOW = datetime.fromisoformat("2026-11-20T09:00:00+08:00")  # Friday


# --- English number words ---------------------------------------------------------------------
EN_NUMBERS = [
    ("make three hundred gp-10", "make 300 gp-10"),
    ("two thousand five hundred units", "2500 units"),
    ("twenty-five pcs", "25 pcs"),
    ("three hundred and fifty", "350"),
    ("a hundred valves", "100 valves"),
    ("twelve hundred", "1200"),
    ("1.5 thousand", "1500"),
    ("a dozen", "12"),
    ("in two days", "in 2 days"),
    # not numbers: a lone "one"/"a", a word glued to a hyphenated word
    ("which one", "which one"),
    ("a valve", "a valve"),
    ("two-way valve", "two-way valve"),
    ("and then", "and then"),
]


@pytest.mark.parametrize(("text", "expected"), EN_NUMBERS)
def test_english_number_words(text: str, expected: str) -> None:
    assert english_numbers_to_digits(text) == expected


# --- Action verb families (复/恢复 + 工/产/线/机, 停 + 工/机/线/产, English inflections) --------------
ACTIONS = [
    ("MO20261110 复工", "resume"),
    ("MO20261110 复产", "resume"),
    ("MO20261110 重新开工", "resume"),
    ("restart MO20261110", "resume"),
    ("MO20261110 停机", "pause"),
    ("MO20261110 停线", "pause"),
    ("put MO20261110 on hold", "pause"),
    ("MO20261110 halt", "pause"),
    ("MO20261110 完结", "close"),
    ("MO20261110 开机", "start"),
]


@pytest.mark.parametrize(("text", "action"), ACTIONS)
def test_action_families(text: str, action: str) -> None:
    parsed = parse_rules(text, now=NOW)
    assert parsed.intent == "change_order"
    assert parsed.args.get("action") == action


# --- Report figures accept every numeral form quantities accept ---------------------------------
REPORT_FIGURES = [
    ("报工 MO20261138 良品壹佰 不良贰件", 100, 2),
    ("MO20261138 合格品叁佰伍拾 报废拾件", 350, 10),
    ("MO20261138 good three hundred scrap twelve", 300, 12),
    ("MO20261138 良品两千五 不良十", 2500, 10),
]


@pytest.mark.parametrize(("text", "good", "scrap"), REPORT_FIGURES)
def test_report_figures_in_any_numeral_form(text: str, good: int, scrap: int) -> None:
    parsed = parse_rules(text, now=NOW)
    assert parsed.intent == "report_output"
    assert (parsed.args.get("good_qty"), parsed.args.get("scrap_qty")) == (good, scrap)
