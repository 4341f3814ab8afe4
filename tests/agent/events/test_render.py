"""Markdown in Chinese with the facts that matter and a link or reply to act; order health numbers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from agent.events.detect import Limits
from agent.events.health import Report, assess, on_time, output_by_workshop
from agent.events.models import Event
from agent.events.render import render_daily, render_event
from dingk3.calendar import PlantCalendar
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


def test_delay_risk_counts_working_days_on_the_plant_calendar() -> None:
    # 30 Sep 2026: 280 good over the last 7 days, which held 4 working days (中秋 25–27 Sep off): 70 a working
    # day. E still needs 400 by 9 Oct: 3 working days left (30 Sep, 8, 9 Oct; 国庆 1–7 Oct), 133 a day: at risk.
    # Counted by calendar days it looked fine: 40 a day needed over 10 days, 40 a day done.
    now = datetime(2026, 9, 30, 10, 0)
    orders = [order("E", 4, 500, 100, date(2026, 10, 9)), order("F", 4, 100, 50, date(2026, 10, 6))]
    reports = [Report(bill_no="E", good=70, scrap=0, at=datetime(2026, 9, d, 15)) for d in (24, 28, 29, 30)]
    assert {r.bill_no: r.risk for r in assess(orders, reports, now, Limits()).rows}["E"] == ""
    rows = {r.bill_no: r for r in assess(orders, reports, now, Limits(), calendar=PlantCalendar()).rows}
    assert rows["E"].risk == "需日产 133，近7天日均 70（4 个工作日），剩 3 个工作日"
    assert rows["E"].required_per_day == 133.3 and rows["E"].actual_per_day == 70
    # during the holiday an order due before work resumes has no working day left
    rows = {
        r.bill_no: r for r in assess(orders, [], datetime(2026, 10, 2, 10), Limits(), calendar=PlantCalendar()).rows
    }
    assert rows["F"].risk == "交期前已无工作日，仍差 50" and rows["F"].overdue_days == 0


def test_catch_up_digest_names_the_days_it_covers() -> None:
    title, md = render_daily("2026-10-07", [{"workshop": "WS01", "name": "机加一车间", "good": 70, "scrap": 0}], (0, 0),
                             [], [], since="2026-09-30")  # fmt: skip
    assert title == "生产日报 2026-09-30 至 2026-10-07" and "**2026-09-30 至 2026-10-07 产出**（补发" in md
    assert "昨日" not in md and "机加一车间：良品 70" in md
