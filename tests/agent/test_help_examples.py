"""The help shows this plant's own examples (an item it makes, one it stocks, a workshop, one of its open orders),
each read as the request it illustrates; none is another plant's. Where K/3 cannot list orders now, a neutral word
stands in for the order and the rest of the help is unchanged."""

from __future__ import annotations

import re

import httpx
import pytest

from agent.bootstrap import Resources
from agent.nlu.models import ParsedCommand
from tests.chatdriver import ChatDriver, text_of
from tests.conftest import TEST_NOW

PMC = "u1001"  # 王建国 (pmc): may ask for anything the help shows
# the demo plant's own, lowest numbers first: what its help must show
PRODUCT, PRODUCT_NO = "液压阀体 HV-2050", "01.01.0001"
STOCK_ITEM, STOCK_NO = "不锈钢304六角螺栓 M4x10", "03.01.0001"
ORDER, WORKSHOP, WORKSHOP_NO = "MO20261101", "机加一车间", "WS01"
# what each line of the help shows, in its order: the intent and the slots it must be read with
SHOWN = [
    ("create_order", {"material": PRODUCT_NO, "quantity": 300}),
    ("change_order", {"order_no": ORDER, "quantity": 1200}),
    ("change_order", {"order_no": ORDER, "due_date": "2026-12-20"}),
    ("change_order", {"order_no": ORDER, "action": "release"}),
    ("report_output", {"order_no": ORDER, "good_qty": 480, "scrap_qty": 20}),
    ("query_order", {"order_no": ORDER}),
    ("query_order", {"workshop": WORKSHOP_NO, "status": "started"}),
    ("query_inventory", {"material": STOCK_NO}),
]


def examples_in(help_text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", help_text)


async def read(agent: Resources, text: str) -> ParsedCommand:
    return await agent.service.ctx.parse(text, now=TEST_NOW, user_workshop=None)


@pytest.mark.parametrize(
    ("ask", "product", "stock_item", "workshop"),
    [
        ("帮助", PRODUCT, STOCK_ITEM, WORKSHOP),
        ("help", "HV-2050", STOCK_NO, WORKSHOP_NO),  # in English: codes, never a Chinese name in an English line
    ],
    ids=["zh", "en"],
)
async def test_the_help_shows_the_plants_own_examples_each_read_as_it_shows(
    agent: Resources, chat: ChatDriver, ask: str, product: str, stock_item: str, workshop: str
) -> None:
    shown = text_of(await chat.send(PMC, ask, private=True))
    examples = examples_in(shown)
    assert len(examples) == len(SHOWN), shown
    assert product in examples[0] and stock_item in examples[-1] and workshop in examples[6]
    assert all(ORDER in e for e in examples[1:6])
    for text, (intent, slots) in zip(examples, SHOWN, strict=True):
        parsed = await read(agent, text)
        assert (parsed.intent, parsed.clarify) == (intent, []), text
        assert slots.items() <= parsed.canonical_args().items(), (text, parsed.canonical_args())


async def test_without_k3_the_help_names_an_order_neutrally(agent: Resources, chat: ChatDriver) -> None:
    httpx.post(agent.settings.k3_url + "_admin/faults", json={"fail_next": 1000}).raise_for_status()
    shown = text_of(await chat.send(PMC, "帮助", private=True))
    assert "`查询 〈订单号〉`" in shown and "MO2026" not in shown
    assert PRODUCT in shown and WORKSHOP in shown  # the catalogue is the plant's own, loaded: no K/3 call


async def test_which_item_names_one_of_the_plants_items(chat: ChatDriver) -> None:
    asked = text_of(await chat.send(PMC, "查库存"))
    assert f"例如：{STOCK_ITEM}还有多少库存" in asked
