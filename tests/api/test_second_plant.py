"""A second plant, not the demo: a sheet-metal / electrical-cabinet shop (tests/data/plant2) whose catalogue,
workshops (冲压 CY01, 焊接 HJ02, 喷涂 PT03) and orders (K/3's shipped numbering, MO000001…) exist only in its K/3,
with its own people and nicknames. The product's data dir holds users.csv alone; create, report, stock and approval
run end to end over real HTTP, a material saved in K/3 is usable within one sync, and the demo's names mean nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dingk3.clock import Clock
from tests.api.conftest import Stack, start_stack
from tests.api.test_catalog_from_k3 import resolves, save_material, wait_until
from tests.conftest import PLANT2_DIR
from tools.k3 import K3Client
from tools.k3.models import ProductionOrder

SYNC_S = 0.5  # DINGK3_CATALOG_SYNC_S here: a saved material must be usable within this + 10 s
PLAN, PLANNER = "0871001", "0871002"  # 钱永辉 (生产管理科 supervisor), 冯晓燕 (PMC, reports to him)
COATER, PRESSER = "0874002", "0872002"  # 罗小兵 (喷涂车间 PT03), 曹文斌 (冲压车间 CY01)


@pytest.fixture
def plant2(plant2_k3_url: str, tmp_path: Path, plant_clock: Clock) -> Iterator[Stack]:
    """The whole product over HTTP, its data dir holding only users.csv and its own plant file."""
    people = PLANT2_DIR / "people"
    assert [p.name for p in people.iterdir()] == ["users.csv"]
    yield from start_stack(
        plant2_k3_url, tmp_path / "state", None, clock=plant_clock, data_dir=people,
        plant_file=PLANT2_DIR / "plant.yaml", catalog_sync_s=SYNC_S,
    )  # fmt: skip


def order(stack: Stack, bill: str) -> ProductionOrder:
    async def get() -> ProductionOrder:
        async with K3Client.from_settings(stack.settings) as k3:
            return await k3.get_order(bill)

    return asyncio.run(get())


def say(stack: Stack, user: str, text: str, **wait: Any) -> Any:
    stack.chat.send(user, text, conversation="group")
    return stack.chat.wait_reply(conversation="group", user=user, **wait)


def test_a_planner_creates_an_order_for_a_plant_product_by_name_and_spec(plant2: Stack) -> None:
    card = say(plant2, PLANNER, "建立生产订单 PLC控制柜 KZG-800 数量10 12月18日交 喷粉车间做").card
    assert card is not None and "8.01.104" in card.markdown and "PT03 喷涂车间" in card.markdown  # 喷粉: a nickname
    plant2.chat.click("confirm", user=PLANNER, card=card)
    written = plant2.chat.wait_reply(conversation="group", user=PLANNER, containing="已写入")
    assert "MO000011" in written.text  # K/3's own numbering continues after the plant's MO000010
    made = order(plant2, "MO000011")
    assert (made.material, made.qty, made.workshop) == ("8.01.104", 10, "PT03")

    # nothing said about the shop, none of the sender's, never made before: a workshop of this plant, not the demo's
    card = say(plant2, PLANNER, "建立生产订单 户外机柜 HW-1260 数量3 12月18日交").card
    assert card is not None and "8.01.105" in card.markdown and "WS0" not in card.markdown
    assert any(f"{n} {name}" in card.markdown for n, name in [("CY01", "冲压"), ("HJ02", "焊接"), ("PT03", "喷涂")])


def test_a_worker_reports_on_an_order_of_their_workshop_by_its_nickname(plant2: Stack) -> None:
    listed = say(plant2, COATER, "喷粉有哪些开工的订单").text
    assert "MO000007" in listed and "MO000009" in listed and "MO000001" not in listed  # PT03's, not CY01's
    before = order(plant2, "MO000007")
    report = say(plant2, COATER, "喷粉 MO000007 报工 良品30 不良1", containing="良品")
    plant2.chat.click("confirm", user=COATER, card=report.card)
    plant2.chat.wait_reply(conversation="group", user=COATER, containing="报工单")
    after = order(plant2, "MO000007")
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (30, 1)

    refused = say(plant2, PRESSER, "MO000007 报工 良品5")  # 冲压车间's worker, 喷涂车间's order
    assert "冲压车间" in refused.text and "喷涂车间" in refused.text and refused.card is None


def test_stock_of_a_plant_part_with_its_safety_level(plant2: Stack) -> None:
    stock = say(plant2, PLANNER, "冷轧钢板 SPCC 2.0 还有多少库存", containing="库存").text
    assert "8.03.302" in stock and "60" in stock and "安全库存 80" in stock


def test_a_risky_change_is_approved_by_the_plants_own_supervisor(plant2: Stack) -> None:
    proposal = say(plant2, PLANNER, "MO000008 数量改为40")
    plant2.chat.click("confirm", user=PLANNER, card=proposal.card)
    plant2.chat.wait_reply(conversation="group", user=PLANNER, containing="审批")
    approval = plant2.chat.last_card("dm", user=PLAN, wait=True)  # 冯晓燕's manager in this plant's users.csv
    assert "20 → 40" in approval.markdown
    plant2.chat.click("approve", user=PLAN, card=approval)
    plant2.chat.wait_reply(conversation="group", user=PLANNER, containing="已写入")
    assert order(plant2, "MO000008").qty == 40


def test_a_material_saved_in_k3_is_usable_within_one_sync(plant2: Stack) -> None:
    assert resolves(plant2.app, "BXM53") is None
    save_material(plant2.k3_url, "8.01.109", "防爆配电箱", "BXM-53", FMnemonicCode="BXM53")
    wait_until(lambda: resolves(plant2.app, "BXM53") == "8.01.109", SYNC_S + 10)
    card = say(plant2, PLANNER, "建立生产订单 防爆配电箱 BXM-53 数量6 12月18日交 电焊车间做").card
    assert card is not None and "8.01.109 防爆配电箱" in card.markdown and "HJ02 焊接车间" in card.markdown


def test_the_help_shows_this_plants_examples_and_they_work(plant2: Stack) -> None:
    shown = say(plant2, PLANNER, "帮助", containing="我可以帮您").text
    for own in (
        "建立生产订单 低压配电柜 GGD-2200",
        "MO000001 报工",
        "冲压车间有哪些开工的订单",
        "冷轧钢板 SPCC 1.5mm还有多少库存",
    ):
        assert own in shown, own
    assert not any(demo in shown for demo in ("BOM-", "HV-", "MO2026", "机加", "装配", "304螺栓", "GP-10")), shown
    listed = say(plant2, PLANNER, "冲压车间有哪些开工的订单").text  # the examples, sent as shown, are answered
    assert "MO000001" in listed and "MO000007" not in listed  # CY01's, not PT03's
    stock = say(plant2, PLANNER, "冷轧钢板 SPCC 1.5mm还有多少库存", containing="库存").text
    assert "8.03.301" in stock


def test_the_demo_plants_names_mean_nothing_here(plant2: Stack) -> None:
    reply = say(plant2, PLANNER, "建立生产订单 BOM-2050 数量300 12月18日交")
    assert "没有找到“bom-2050”" in reply.text and "01.01.0001" not in reply.text and reply.card is None
    say(plant2, PLANNER, "取消", containing="已取消")
    reply = say(plant2, PLANNER, "建立生产订单 冷轧钢板 SPCC 1.5mm 数量10 12月18日交")  # bought, not made
    assert "8.03.301" in reply.text and "不能建生产订单" in reply.text and "BOM-" not in reply.text
    say(plant2, PLANNER, "取消", containing="已取消")
    reply = say(plant2, PLANNER, "查询 MO20261102")
    assert "没有找到生产订单 MO20261102" in reply.text
    reply = say(plant2, PLANNER, "机加一车间有哪些订单")  # the demo's shop: not one of this plant's, and it says so
    assert "没有找到车间“机加一车间”" in reply.text and "PT03 喷涂车间" in reply.text and "MO000" not in reply.text
