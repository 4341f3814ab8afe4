"""One definition of each figure people read: overdue days and an order's progress, the same on the card, the
chat answer, the K/3 event, the board and the digest."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agent.events.models import Event
from agent.events.render import render_event
from agent.figures import days_overdue, progress
from agent.replies import describe_proposal, order_text
from agent.state import Proposal
from tools.k3.models import ProductionOrder

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("due", "is_open", "late"),
    [
        (date(2026, 12, 6), True, 1),  # due yesterday, still open: one day late
        (date(2026, 12, 7), True, 0),  # due today: not late yet
        (date(2026, 12, 1), False, 0),  # finished or closed: never late
        (None, True, 0),  # no due date
    ],
)
def test_days_overdue(due: date | None, is_open: bool, late: int) -> None:
    assert days_overdue(due, is_open, TODAY) == late


def test_progress_is_good_over_planned_and_scrap_over_reported() -> None:
    p = progress(1000, 200, 2)
    assert (p.completion_pct, p.scrap_rate_pct, p.remaining) == (20.0, 1.0, 798)
    assert p.text() == "良品 200 / 1000（完成 20%），不良 2（不良率 1%）"
    assert progress(0, 0, 0).completion_pct == 0 and progress(10, 12, 0).completion_pct == 100


def _order() -> ProductionOrder:
    return ProductionOrder.model_validate({
        "id": 1, "bill_no": "MO20261102", "material": "01.02.0003", "material_name": "总成", "spec": "X", "qty": 240,
        "workshop": "WS03", "workshop_name": "装配车间", "k3_status": 4, "good_qty": 164, "scrap_qty": 9,
        "plan_finish": date(2026, 12, 6),
    })  # fmt: skip


def test_card_answer_and_event_say_the_same_progress() -> None:
    order = _order()
    after = progress(order.qty, order.good_qty, order.scrap_qty).text()
    before = {"quantity": 240, "good": 160, "scrap": 8, "material_name": "总成"}
    card = describe_proposal(Proposal(
        id="p", intent="report_output", requester="u3001", conversation_id="c", created_at="", expires_at="",
        order_no=order.bill_no, good_qty=4, scrap_qty=1, before=before,
    ))  # fmt: skip
    answer = order_text(order, today=TODAY)
    event = render_event(Event(
        id="e", kind="output_reported", key="k", bill_no=order.bill_no, qty=240, at=datetime(2026, 12, 7, 10),
        facts={"good": 4, "scrap": 1, "total_good": 164, "total_scrap": 9},
    ))[1]  # fmt: skip
    assert after == "良品 164 / 240（完成 68.3%），不良 9（不良率 5.2%）"
    for shown in (card, answer, event):
        assert after in shown, shown
    assert "已逾期 1 天" in answer
