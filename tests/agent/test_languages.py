"""Replies in the user's language (issue 13 §6): the main flows written in English are answered in English, with
no Chinese from any template; the same flows in Chinese carry no English enum word (released, report_output, …).

Names that are K/3 or directory data (an item's name, a workshop, a person) are shown as the plant keeps them, so
they are taken out before looking for Chinese: what must not be Chinese is the bot's own wording.
"""

from __future__ import annotations

import csv
import re
from typing import Any

import pytest

from agent.bootstrap import Resources
from dingk3.paths import DEMO_DATA_DIR
from tests.chatdriver import ChatDriver
from tests.conftest import TEST_NOW

PMC, BOSS, WORKER = "u1001", "u1000", "u2001"  # 王建国 (pmc), 陈志强 (his supervisor), 张伟 (worker, 机加一车间)
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")  # also full-width punctuation
# the enum words a Chinese reply must never show (order states and actions, intents, proposal states)
_ENUM = re.compile(
    r"\b(created|released|started|finished|closed|release|start|finish|close|pause|resume|create_order"
    r"|change_order|report_output|query_order|query_inventory|pending|awaiting_approval|executed|executing"
    r"|cancelled|expired|rejected|failed|superseded|planned)\b",
    re.I,
)

# One step: (who, what they type, or ("press", button) for a card button, the kind of the first reply).
Step = tuple[str, Any, str]
FLOWS: dict[str, dict[str, list[Step]]] = {
    "create and confirm": {
        "en": [
            (PMC, "create production order BOM-3020 qty 40 due Dec 20", "proposal"),
            (PMC, "confirm", "written"),
        ],
        "zh": [(PMC, "建立生产订单 BOM-3020 数量40 12月20日交", "proposal"), (PMC, "确认", "written")],
    },
    "change, corrected, confirmed by a press": {
        "en": [
            (PMC, "change MO20261107 quantity to 1100", "proposal"),
            (PMC, "change to 1150", "proposal"),
            (PMC, ("press", "confirm"), "written"),
        ],
        "zh": [
            (PMC, "MO20261107 数量改为1100", "proposal"),
            (PMC, "改成1150", "proposal"),
            (PMC, ("press", "confirm"), "written"),
        ],
    },
    "risky change goes to the supervisor, who rejects it": {
        "en": [
            (PMC, "change MO20261107 quantity to 1500", "proposal"),
            (PMC, "confirm", "notice"),
            (BOSS, ("press", "reject"), "notice"),
        ],
        "zh": [
            (PMC, "MO20261107 数量改为1500", "proposal"),
            (PMC, "确认", "notice"),
            (BOSS, ("press", "reject"), "notice"),
        ],
    },
    "report output": {
        "en": [(WORKER, "MO20261103 good 20 scrap 1", "proposal"), (WORKER, "yes", "written")],
        "zh": [(WORKER, "MO20261103 报工 良品20 不良1", "proposal"), (WORKER, "好的", "written")],
    },
    "query an order": {"en": [(PMC, "status of MO20261102", "answer")], "zh": [(PMC, "查询 MO20261102", "answer")]},
    "overdue orders": {
        "en": [(PMC, "which orders are overdue", "answer")],
        "zh": [(PMC, "今天有哪些逾期的订单", "answer")],
    },
    "stock": {"en": [(PMC, "stock of GP-10", "answer")], "zh": [(PMC, "GP-10还有多少库存", "answer")]},
    "cancel": {
        "en": [(PMC, "create production order BOM-3020 qty 30 due Dec 18", "proposal"), (PMC, "cancel", "cancelled")],
        "zh": [(PMC, "建立生产订单 BOM-3020 数量30 12月18日交", "proposal"), (PMC, "取消", "cancelled")],
    },
    "a missing slot is asked, then answered": {
        "en": [(WORKER, "report good 20 scrap 1", "question"), (WORKER, "MO20261103", "proposal")],
        "zh": [(WORKER, "报工 良品20 不良1", "question"), (WORKER, "MO20261103", "proposal")],
    },
    "an ambiguous item gives a pick-list": {
        "en": [
            (PMC, "create production order hydraulic valve body qty 100 due Dec 20", "question"),
            (PMC, "2", "proposal"),
        ],
        "zh": [(PMC, "建立生产订单 液压阀体 数量100 12月20日交", "question"), (PMC, "2", "proposal")],
    },
    "a permission refusal": {
        "en": [(WORKER, "create production order BOM-3020 qty 40 due Dec 20", "refusal")],
        "zh": [(WORKER, "建立生产订单 BOM-3020 数量40 12月20日交", "refusal")],
    },
    "a rule refusal": {
        "en": [(WORKER, "MO20261103 good 99999", "refusal")],
        "zh": [(WORKER, "MO20261103 报工 良品99999", "refusal")],
    },
    "an error from K/3": {"en": [(PMC, "status of MO20269999", "error")], "zh": [(PMC, "查询 MO20269999", "error")]},
    "nothing to confirm, help and thanks": {
        "en": [(PMC, "confirm", "answer"), (PMC, "help", "answer"), (PMC, "thanks!", "answer")],
        "zh": [(PMC, "确认", "answer"), (PMC, "帮助", "answer"), (PMC, "谢谢", "answer")],
    },
    "several requests in one message": {
        "en": [(WORKER, "MO20261103 good 10 scrap 0\nMO20261109 good 5 scrap 1", "notice")],
        "zh": [(WORKER, "MO20261103 报工 良品10 不良0\nMO20261109 报工 良品5 不良1", "notice")],
    },
}


@pytest.fixture
def chat(agent: Resources) -> ChatDriver:
    """The chat on the suite's day, when some of the demo plant's orders are late."""
    return ChatDriver(agent.service, now=TEST_NOW.isoformat())


def _data_names() -> list[str]:
    """Names the plant keeps in Chinese (items, categories, workshops, people, departments), longest first."""
    names: set[str] = set()
    for file, columns in {
        "materials.csv": ("name", "category"), "workshops.csv": ("name",), "users.csv": ("name", "dept"),
    }.items():  # fmt: skip
        with (DEMO_DATA_DIR / file).open(encoding="utf-8") as f:
            names |= {row[c] for row in csv.DictReader(f) for c in columns if row[c]}
    return sorted(names, key=len, reverse=True)


async def _run(chat: ChatDriver, steps: list[Step]) -> list[str]:
    """Every text and card the flow's steps got back, checking each step got the reply it should."""
    shown: list[str] = []
    for user, said, kind in steps:
        if isinstance(said, tuple):
            card = chat.last_card("approve" if said[1] in ("approve", "reject") else "confirm")
            replies = await chat.click(said[1], user=user, card=card)
        else:
            replies = await chat.send(user, said)
        assert replies and replies[0].kind == kind, (said, [(m.kind, m.text) for m in replies])
        for m in replies:
            shown.append(m.text)
            if m.card is not None:
                shown += [m.card.title, m.card.markdown, *(b.label for b in m.card.buttons)]
    return shown


@pytest.mark.parametrize("flow", sorted(FLOWS))
async def test_english_in_english_out(chat: ChatDriver, agent: Resources, flow: str) -> None:
    names = _data_names()
    for text in await _run(chat, FLOWS[flow]["en"]):
        for name in names:
            text = text.replace(name, "")
        assert not _CJK.search(text), f"Chinese in an English reply: {text!r}"


@pytest.mark.parametrize("flow", sorted(FLOWS))
async def test_chinese_replies_carry_no_english_enum_words(chat: ChatDriver, agent: Resources, flow: str) -> None:
    for text in await _run(chat, FLOWS[flow]["zh"]):
        assert not _ENUM.search(text), f"an English enum word in a Chinese reply: {text!r}"
        assert re.search(r"[\u4e00-\u9fff]", text), f"a Chinese request answered without Chinese: {text!r}"
