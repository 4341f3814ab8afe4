"""Markdown in Chinese with the facts that matter and a link or reply to act; order health numbers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from agent.events.detect import Limits
from agent.events.health import Report, assess, on_time, output_by_workshop
from agent.events.models import Event
from agent.events.render import render_daily, render_event
from tools.k3.models import ProductionOrder

NOW = datetime(2026, 11, 21, 10, 0)


def ev(kind: str, **kw: Any) -> Event:
    base: dict[str, Any] = {"id": "x", "key": "x", "at": NOW, "bill_no": "MO1", "workshop": "WS01",
                            "workshop_name": "机加一车间", "material_name": "液压阀体", "spec": "HV-2050",
                            "qty": 300}  # fmt: skip
    return Event(kind=kind, **(base | kw))  # type: ignore[arg-type]


def test_event_messages() -> None:
    title, md = render_event(ev("released", facts={"from": "created", "to": "released"}), board_url="http://b/board")
    assert title == "订单已下达" and "**MO1** 液压阀体 HV-2050 ×300，机加一车间" in md
    assert "计划 → **已下达**" in md and "[在看板中查看](http://b/board#MO1)" in md and "`MO1 开工`" in md
    _, md = render_event(ev("output_reported", facts={"good": 30, "scrap": 2, "total_good": 150, "total_scrap": 4,
                                                      "progress_pct": 50.0}))  # fmt: skip
    assert "本次报工：良品 30，不良 2" in md and "累计：良品 150 / 300（完成 50%）" in md
    facts = {"days_late": 4, "plan_finish": "2026-11-17", "status": "started", "remaining": 120}
    title, md = render_event(ev("overdue", severity="critical", facts=facts))
    assert title == "🔴 订单逾期" and "已逾期 **4 天**" in md and "仍差 120" in md and "交期改到" in md
    _, md = render_event(ev("bom_short", facts={"factor": 1.05, "shortages": [
        {"component": "03.01.1012", "need": 630, "have": 12}]}))  # fmt: skip
    assert "03.01.1012：需 630（含 1.05 倍余量），可用 12" in md
    _, md = render_event(ev("stock_below_safety", bill_no="", facts={"on_hand": 12, "safety": 100, "short": 88}))
    assert "库存 12，安全库存 100，缺 **88**" in md and "看板" not in md


def order(bill: str, status: int, qty: float, good: float, due: date, ws: str = "WS01") -> ProductionOrder:
    return ProductionOrder(id=1, bill_no=bill, material="M", qty=qty, good_qty=good, k3_status=status,
                           plan_finish=due, workshop=ws, workshop_name=ws)  # fmt: skip


def test_health_risk_and_rates() -> None:
    orders = [
        order("A", 4, 1000, 100, date(2026, 11, 25)),  # needs 180/day, did 10/day: at risk
        order("B", 4, 100, 60, date(2026, 11, 30)),  # needs 4/day, did 10/day: fine
        order("C", 3, 100, 0, date(2026, 11, 18)),  # overdue
        order("D", 5, 100, 100, date(2026, 11, 1), "WS02"),
    ]
    reports = [Report(bill_no="A", good=70, scrap=0, at=datetime(2026, 11, 20)),
               Report(bill_no="B", good=70, scrap=5, at=datetime(2026, 11, 19)),
               Report(bill_no="B", good=500, scrap=0, at=datetime(2026, 10, 1))]  # fmt: skip
    h = assess(orders, reports, NOW, Limits())
    rows = {r.bill_no: r for r in h.rows}
    assert rows["A"].risk == "需日产 180，近7天日均 10，剩 5 天" and rows["A"].completion_pct == 10
    assert rows["B"].risk == "" and rows["C"].overdue_days == 3 and "已逾期 3 天" in rows["C"].risk
    assert rows["D"].risk == "" and h.by_status["started"] == 2
    assert [(w.number, w.orders, w.good) for w in h.workshops] == [("WS01", 3, 160), ("WS02", 1, 100)]
    assert output_by_workshop(reports, date(2026, 11, 20), {"": "未知"}) == [
        {"workshop": "", "name": "未知", "good": 70.0, "scrap": 0.0}]  # fmt: skip
    assert on_time([(date(2026, 11, 20), date(2026, 11, 21)), (date(2026, 11, 20), date(2026, 11, 19))]) == (1, 2)
    title, md = render_daily("2026-11-20", [{"workshop": "WS01", "name": "机加一车间", "good": 99, "scrap": 1}], (1, 2),
                             [], [{"bill_no": "A", "reason": rows["A"].risk}], board_url="http://b/board")  # fmt: skip
    assert (
        title == "生产日报 2026-11-20" and "不良率 1.0%" in md and "1/2 = 50%" in md and "[A](http://b/board#A)" in md
    )
