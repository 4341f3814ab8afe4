"""Detection, pure: the previous snapshot of an order against its new state → events; time and stock checks.

No I/O and no clock: callers pass `now` (naive local time) and the facts they read from K/3.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from agent.events.models import Event, EventKind, OrderSnapshot, Severity
from agent.figures import days_overdue, progress
from tools.k3.models import BomLine, ProductionOrder

__all__ = [
    "Limits",
    "Shortage",
    "approval_waiting",
    "bom_shortages",
    "conditions",
    "diff_order",
    "stock_below",
]

_STATUS_EVENTS: dict[str, EventKind] = {
    "released": "released",
    "started": "started",
    "finished": "finished",
    "closed": "closed",
}


class Limits(BaseModel):
    """How long an order may stay in a state (hours; per month for busy seasons) and an approval may wait."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    stuck_hours: dict[str, float] = Field(default_factory=lambda: {"created": 2.0, "released": 4.0})
    stuck_hours_by_month: dict[int, dict[str, float]] = Field(default_factory=dict)
    approval_wait_minutes: float = Field(default=60.0, gt=0)
    bom_factor: float = Field(default=1.05, ge=1)
    overdue_critical_days: int = Field(default=3, ge=0)

    def stuck_limit(self, status: str, when: datetime) -> timedelta | None:
        hours = self.stuck_hours_by_month.get(when.month, {}).get(status, self.stuck_hours.get(status))
        return timedelta(hours=hours) if hours else None


class Shortage(BaseModel):
    component: str
    need: float
    have: float


def diff_order(
    prev: OrderSnapshot | None, order: ProductionOrder, now: datetime, *, category: str = "", source: str = "k3"
) -> tuple[OrderSnapshot, list[Event]]:
    """The order's new snapshot and the events between `prev` and it (none when nothing that matters changed)."""
    changed_at = _naive(order.modify_date) or now
    status = order.status.value
    if prev is not None and status == prev.status:
        since, raised = prev.state_since, prev.raised
    else:
        # a state change counts from when we saw it: our clock on both ends of the span, whatever K/3's skew
        since = changed_at if prev is None else now
        # alerts tied to the old state (stuck) no longer apply; deadline alerts stay raised
        raised = [r for r in (prev.raised if prev else []) if not r.startswith("stuck:")]
    snap = OrderSnapshot.of(
        order, state_since=since, category=category or (prev.category if prev else ""), raised=raised
    )
    events: list[Event] = []
    facts: dict[str, Any]
    stamp = changed_at.isoformat(timespec="seconds")
    if prev is None:
        facts = {"plan_finish": order.plan_finish.isoformat() if order.plan_finish else ""}
        events.append(snap.event("created", f"created:{order.bill_no}", changed_at, facts=facts, source=source))
    if (prev is None or prev.status != status) and status in _STATUS_EVENTS:
        facts = {"from": prev.status if prev else "created", "to": status}
        kind = _STATUS_EVENTS[status]
        events.append(snap.event(kind, f"{kind}:{order.bill_no}@{stamp}", changed_at, facts=facts, source=source))
    before_good, before_scrap = (prev.good, prev.scrap) if prev else (0.0, 0.0)
    if order.good_qty > before_good or order.scrap_qty > before_scrap:
        facts = {
            "good": order.good_qty - before_good,
            "scrap": order.scrap_qty - before_scrap,
            "total_good": order.good_qty,
            "total_scrap": order.scrap_qty,
            "progress_pct": progress(order.qty, order.good_qty, order.scrap_qty).completion_pct,
        }
        id_ = f"output:{order.bill_no}:{_n(order.good_qty)}:{_n(order.scrap_qty)}"
        events.append(snap.event("output_reported", id_, changed_at, facts=facts, source=source))
    return snap, events


def conditions(snap: OrderSnapshot, now: datetime, limits: Limits) -> list[Event]:
    """Time-based conditions that hold for the order right now (overdue, stuck), raised or not."""
    if not snap.is_open:
        return []
    found: list[Event] = []
    today = now.date()
    if late := days_overdue(snap.plan_finish, snap.is_open, today):
        severity: Severity = "critical" if late >= limits.overdue_critical_days else "warning"
        facts = {"days_late": late, "plan_finish": str(snap.plan_finish), "status": snap.status,
                 "remaining": max(snap.qty - snap.good - snap.scrap, 0.0)}  # fmt: skip
        found.append(snap.event("overdue", f"overdue:{snap.bill_no}:{snap.plan_finish}", now, severity=severity,
                                facts=facts))  # fmt: skip
    limit = limits.stuck_limit(snap.status, now)
    if limit is not None and now - snap.state_since > limit:
        hours = (now - snap.state_since).total_seconds() / 3600
        facts = {"status": snap.status, "hours": round(hours, 1), "limit_hours": limit.total_seconds() / 3600,
                 "since": snap.state_since.isoformat(timespec="minutes")}  # fmt: skip
        id_ = f"stuck:{snap.bill_no}:{snap.status}@{snap.state_since.isoformat(timespec='seconds')}"
        found.append(snap.event("stuck", id_, now, severity="warning", facts=facts))
    return found


def stock_below(
    material: str, name: str, on_hand: float, safety: float, now: datetime, *, low_since: datetime, category: str = ""
) -> Event | None:
    """An alert while a material's stock is under its safety level; one id per continuous low period."""
    if safety <= 0 or on_hand >= safety:
        return None
    severity: Severity = "critical" if on_hand <= 0 else "warning"
    return Event(
        id=f"stock_low:{material}@{low_since.isoformat(timespec='minutes')}", kind="stock_below_safety",
        key=f"stock_low:{material}",
        at=now, severity=severity, material=material, material_name=name, category=category,
        facts={"on_hand": on_hand, "safety": safety, "short": safety - on_hand},
    )  # fmt: skip


def bom_shortages(qty: float, bom: Iterable[BomLine], available: Mapping[str, float], factor: float) -> list[Shortage]:
    """Components whose available stock is under what `qty` of the parent needs, times the safety factor."""
    need: dict[str, float] = {}
    for line in bom:
        need[line.component] = need.get(line.component, 0.0) + line.qty_per * qty * factor
    return [
        Shortage(component=c, need=round(n, 4), have=available.get(c, 0.0))
        for c, n in need.items()
        if available.get(c, 0.0) < n
    ]


def approval_waiting(
    proposal_id: str, summary: str, requester: str, approver: str, waiting_since: datetime, now: datetime,
    limits: Limits,
) -> Event | None:  # fmt: skip
    """An alert once a proposal has waited for its approver longer than the limit."""
    waited = now - waiting_since
    if waited <= timedelta(minutes=limits.approval_wait_minutes):
        return None
    facts: dict[str, Any] = {"summary": summary, "requester": requester, "approver": approver,
                             "minutes": int(waited.total_seconds() // 60)}  # fmt: skip
    return Event(
        id=f"approval_waiting:{proposal_id}", kind="approval_waiting", key=f"approval_waiting:{proposal_id}", at=now,
        severity="warning", facts=facts,
    )  # fmt: skip


def _naive(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=None) if dt is not None and dt.tzinfo is not None else dt


def _n(x: float) -> str:
    return f"{x:g}"
