"""Order health, pure: completion, good/scrap rates by workshop, overdue and stuck orders, delay risk.

Shared by the board and the daily digest. Delay risk compares the rate an order still needs per day with
the rate its output reports show over the last `window_days`; with the plant's calendar both are per working day
(the days left to the due date, and the days worked in the window), else per calendar day.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta

from pydantic import BaseModel

from agent.events.detect import Limits
from agent.figures import days_overdue, progress
from dingk3.calendar import PlantCalendar
from tools.k3.models import ProductionOrder

__all__ = ["Health", "OrderRow", "Report", "WorkshopRow", "assess", "on_time", "output_by_workshop"]

_OPEN = ("created", "released", "started")


class Report(BaseModel):
    """One audited output report line."""

    bill_no: str
    good: float
    scrap: float
    at: datetime
    workshop: str = ""


class OrderRow(BaseModel):
    bill_no: str
    material: str
    material_name: str
    spec: str
    workshop: str
    workshop_name: str
    status: str
    qty: float
    good: float
    scrap: float
    completion_pct: float
    plan_finish: date | None
    overdue_days: int = 0
    stuck_hours: float | None = None
    required_per_day: float | None = None
    actual_per_day: float = 0
    risk: str = ""


class WorkshopRow(BaseModel):
    number: str
    name: str
    orders: int
    good: float
    scrap: float

    @property
    def good_rate_pct(self) -> float:
        done = self.good + self.scrap
        return self.good / done * 100 if done else 0.0

    @property
    def scrap_rate_pct(self) -> float:
        done = self.good + self.scrap
        return self.scrap / done * 100 if done else 0.0


class Health(BaseModel):
    rows: list[OrderRow]
    by_status: dict[str, int]
    workshops: list[WorkshopRow]

    @property
    def overdue(self) -> list[OrderRow]:
        return [r for r in self.rows if r.overdue_days > 0]

    @property
    def stuck(self) -> list[OrderRow]:
        return [r for r in self.rows if r.stuck_hours is not None]

    @property
    def at_risk(self) -> list[OrderRow]:
        return [r for r in self.rows if r.risk]


def assess(
    orders: Sequence[ProductionOrder],
    reports: Iterable[Report],
    now: datetime,
    limits: Limits,
    state_since: Mapping[str, datetime] | None = None,
    *,
    window_days: int = 7,
    calendar: PlantCalendar | None = None,
) -> Health:
    today = now.date()
    recent: dict[str, float] = {}
    for r in reports:
        if 0 <= (today - r.at.date()).days < window_days:
            recent[r.bill_no] = recent.get(r.bill_no, 0.0) + r.good
    worked = calendar.working_days_between(today - timedelta(days=window_days - 1), today) if calendar else window_days
    rows = [_row(o, now, limits, (state_since or {}).get(o.bill_no), recent.get(o.bill_no, 0.0) / max(worked, 1),
                 (window_days, worked), calendar) for o in orders]  # fmt: skip
    by_status = {s: 0 for s in ("created", "released", "started", "finished", "closed")}
    shops: dict[str, WorkshopRow] = {}
    for o in orders:
        by_status[o.status.value] = by_status.get(o.status.value, 0) + 1
        w = shops.get(o.workshop) or WorkshopRow(number=o.workshop, name=o.workshop_name or o.workshop, orders=0,
                                                 good=0, scrap=0)  # fmt: skip
        shops[o.workshop] = w.model_copy(update={"orders": w.orders + 1, "good": w.good + o.good_qty,
                                                 "scrap": w.scrap + o.scrap_qty})  # fmt: skip
    return Health(rows=rows, by_status=by_status, workshops=sorted(shops.values(), key=lambda w: w.number))


def _row(
    o: ProductionOrder,
    now: datetime,
    limits: Limits,
    since: datetime | None,
    actual: float,
    window_worked: tuple[int, int],
    calendar: PlantCalendar | None,
) -> OrderRow:
    today = now.date()
    status = o.status.value
    row = OrderRow(
        bill_no=o.bill_no, material=o.material, material_name=o.material_name, spec=o.spec, workshop=o.workshop,
        workshop_name=o.workshop_name, status=status, qty=o.qty, good=o.good_qty, scrap=o.scrap_qty,
        completion_pct=progress(o.qty, o.good_qty, o.scrap_qty).completion_pct, plan_finish=o.plan_finish,
        actual_per_day=round(actual, 1),
    )  # fmt: skip
    if status not in _OPEN:
        return row
    remaining = o.remaining_qty
    update: dict[str, object] = {}
    if late := days_overdue(o.plan_finish, True, today):
        update["overdue_days"] = late
    limit = limits.stuck_limit(status, now)
    if since is not None and limit is not None and now - since > limit:
        update["stuck_hours"] = round((now - since).total_seconds() / 3600, 1)
    if o.plan_finish is not None and remaining > 0:
        window, worked = window_worked
        days_left = (o.plan_finish - today).days + 1
        left = calendar.working_days_between(today, o.plan_finish) if calendar else days_left
        unit = " 个工作日" if calendar else " 天"
        mean = f"近{window}天日均 {actual:.0f}" + (f"（{worked} 个工作日）" if calendar else "")
        if days_left <= 0:
            update["risk"] = f"已逾期 {-days_left + 1} 天，仍差 {remaining:g}"
        elif left <= 0:
            update["risk"] = f"交期前已无工作日，仍差 {remaining:g}"
        else:
            required = remaining / left
            update["required_per_day"] = round(required, 1)
            if actual <= 0 and (status == "started" or days_left <= window):
                update["risk"] = f"近{window}天无报工，剩 {left}{unit}需日产 {required:.0f}"
            elif actual > 0 and required > actual * 1.1:
                update["risk"] = f"需日产 {required:.0f}，{mean}，剩 {left}{unit}"
    return row.model_copy(update=update)


def output_by_workshop(
    reports: Iterable[Report], day: date, names: Mapping[str, str], *, through: date | None = None
) -> list[dict[str, object]]:
    """Good and scrap reported on `day` (or from `day` through `through`), per workshop."""
    sums: dict[str, list[float]] = {}
    for r in reports:
        if day <= r.at.date() <= (through or day):
            s = sums.setdefault(r.workshop, [0.0, 0.0])
            s[0] += r.good
            s[1] += r.scrap
    return [{"workshop": w, "name": names.get(w, w or "未知车间"), "good": g, "scrap": s}
            for w, (g, s) in sorted(sums.items())]  # fmt: skip


def on_time(finished: Iterable[tuple[date, date | None]]) -> tuple[int, int]:
    """(finished on or before plan, finished) from (finish day, plan finish) pairs."""
    pairs = list(finished)
    return sum(1 for done, plan in pairs if plan is None or done <= plan), len(pairs)
