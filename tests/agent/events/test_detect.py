"""Detection: a snapshot diff yields each real change once; time conditions; stock, BOM and approval checks."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from agent.events.detect import Limits, approval_waiting, bom_shortages, conditions, diff_order, stock_below
from tools.k3.models import BomLine, ProductionOrder

NOW = datetime(2026, 11, 21, 10, 0, 0)


def order(**kw: Any) -> ProductionOrder:
    base: dict[str, Any] = {
        "id": 1, "bill_no": "MO1", "material": "01.01.0001", "material_name": "液压阀体", "qty": 100,
        "workshop": "WS01", "workshop_name": "机加一车间", "k3_status": 1, "plan_finish": date(2026, 11, 30),
        "modify_date": NOW,
    }  # fmt: skip
    return ProductionOrder(**(base | kw))


def kinds(events: list[Any]) -> list[str]:
    return [e.kind for e in events]


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        # a new order, and a new order that is already released when first seen
        (None, {"k3_status": 2}, ["created"]),
        (None, {"k3_status": 3}, ["created", "released"]),
        # state changes, one event each
        ({"k3_status": 2}, {"k3_status": 3}, ["released"]),
        ({"k3_status": 3}, {"k3_status": 4}, ["started"]),
        ({"k3_status": 4}, {"k3_status": 5}, ["finished"]),
        ({"k3_status": 5}, {"k3_status": 6}, ["closed"]),
        # output reports: good or scrap going up
        ({"k3_status": 4}, {"k3_status": 4, "good_qty": 30, "scrap_qty": 1}, ["output_reported"]),
        ({"k3_status": 4, "good_qty": 30}, {"k3_status": 5, "good_qty": 100}, ["finished", "output_reported"]),
        # nothing that matters: same state re-read (the boundary second), a date change, a report taken back
        ({"k3_status": 4}, {"k3_status": 4}, []),
        ({"k3_status": 3}, {"k3_status": 3, "plan_finish": date(2026, 12, 5)}, []),
        ({"k3_status": 4, "good_qty": 30}, {"k3_status": 4, "good_qty": 10}, []),
    ],
)
def test_diff(before: dict[str, Any] | None, after: dict[str, Any], expected: list[str]) -> None:
    prev = diff_order(None, order(**before), NOW)[0] if before is not None else None
    snap, events = diff_order(prev, order(**after, modify_date=NOW + timedelta(minutes=5)), NOW)
    assert kinds(events) == expected
    # diffing the same state again is silent: a restart or an overlapping poll never repeats
    assert diff_order(snap, order(**after, modify_date=NOW + timedelta(minutes=5)), NOW)[1] == []


def test_output_event_facts_and_stable_ids() -> None:
    prev = diff_order(None, order(k3_status=4, good_qty=20), NOW)[0]
    _, events = diff_order(prev, order(k3_status=4, good_qty=50, scrap_qty=2), NOW)
    (e,) = events
    assert e.facts == {"good": 30, "scrap": 2, "total_good": 50, "total_scrap": 2, "progress_pct": 50.0}
    _, again = diff_order(prev, order(k3_status=4, good_qty=50, scrap_qty=2), NOW)
    assert again[0].id == e.id  # the agent's hook and the watcher name the same occurrence alike


def test_state_since_and_stuck_reset() -> None:
    snap = diff_order(None, order(k3_status=2, modify_date=NOW), NOW)[0]
    later = NOW + timedelta(hours=3)
    (stuck,) = conditions(snap, later, Limits())
    assert stuck.kind == "stuck" and stuck.facts["limit_hours"] == 2
    snap = snap.model_copy(update={"raised": [stuck.id]})
    released = diff_order(snap, order(k3_status=3, modify_date=later), later)[0]
    assert released.state_since == later and released.raised == []
    assert conditions(released, later + timedelta(hours=3), Limits()) == []
    assert kinds(conditions(released, later + timedelta(hours=5), Limits())) == ["stuck"]


@pytest.mark.parametrize(
    ("status", "plan_finish", "now", "expected"),
    [
        (3, date(2026, 11, 20), NOW, ["overdue"]),  # released, due yesterday
        (4, date(2026, 11, 21), NOW, []),  # due today: not yet overdue
        (5, date(2026, 11, 1), NOW, []),  # finished orders are never overdue
        (6, date(2026, 11, 1), NOW, []),
    ],
)
def test_overdue(status: int, plan_finish: date, now: datetime, expected: list[str]) -> None:
    snap = diff_order(None, order(k3_status=status, plan_finish=plan_finish), now)[0]
    assert kinds(conditions(snap, now, Limits(stuck_hours={}))) == expected


def test_overdue_severity_and_monthly_limits() -> None:
    snap = diff_order(None, order(k3_status=4, plan_finish=date(2026, 11, 10)), NOW)[0]
    (e,) = conditions(snap, NOW, Limits())
    assert e.severity == "critical" and e.facts["days_late"] == 11
    busy = Limits(stuck_hours={"released": 4}, stuck_hours_by_month={12: {"released": 8}})
    assert busy.stuck_limit("released", datetime(2026, 11, 1)) == timedelta(hours=4)
    assert busy.stuck_limit("released", datetime(2026, 12, 1)) == timedelta(hours=8)
    assert busy.stuck_limit("started", datetime(2026, 12, 1)) is None


def test_stock_bom_and_approval() -> None:
    low = stock_below("M1", "螺栓", 12, 100, NOW, low_since=NOW)
    assert low is not None and low.facts["short"] == 88 and low.severity == "warning"
    assert stock_below("M1", "螺栓", 0, 100, NOW, low_since=NOW).severity == "critical"  # type: ignore[union-attr]
    assert stock_below("M1", "螺栓", 100, 100, NOW, low_since=NOW) is None
    bom = [BomLine(parent="P", component="A", qty_per=2), BomLine(parent="P", component="B", qty_per=1)]
    short = bom_shortages(100, bom, {"A": 209, "B": 106}, 1.05)
    assert [(s.component, s.need, s.have) for s in short] == [("A", 210, 209)]
    assert approval_waiting("p1", "改数量", "u2001", "u2000", NOW - timedelta(minutes=59), NOW, Limits()) is None
    e = approval_waiting("p1", "改数量", "u2001", "u2000", NOW - timedelta(minutes=61), NOW, Limits())
    assert e is not None and e.facts["minutes"] == 61
