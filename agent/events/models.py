"""Data only: what happened to an order, a material or an approval, and the last-seen state of an order.

Times are naive local datetimes, as K/3 writes FModifyDate (the factory's timezone).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.k3.models import ProductionOrder

__all__ = ["EXCEPTION_KINDS", "Event", "EventKind", "OrderSnapshot", "Severity", "severity_rank"]

EventKind = Literal[
    "created",
    "released",
    "started",
    "finished",
    "closed",
    "output_reported",
    "overdue",
    "stuck",
    "stock_below_safety",
    "bom_short",
    "approval_waiting",
]
Severity = Literal["info", "warning", "critical"]
EXCEPTION_KINDS: frozenset[str] = frozenset({"overdue", "stuck", "stock_below_safety", "bom_short", "approval_waiting"})
_RANK = {"info": 0, "warning": 1, "critical": 2}


def severity_rank(severity: str) -> int:
    return _RANK.get(severity, 0)


class Event(BaseModel):
    """One occurrence. `id` is derived from the facts, so detecting the same occurrence twice yields one id;
    `key` is what the de-duplication window compares (e.g. every overdue alert of one order)."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: EventKind
    key: str
    at: datetime
    severity: Severity = "info"
    bill_no: str = ""
    workshop: str = ""
    workshop_name: str = ""
    material: str = ""
    material_name: str = ""
    spec: str = ""
    category: str = ""
    qty: float = 0
    facts: dict[str, Any] = Field(default_factory=dict)
    source: Literal["k3", "agent"] = "k3"

    @property
    def is_exception(self) -> bool:
        return self.kind in EXCEPTION_KINDS


class OrderSnapshot(BaseModel):
    """The watcher's last view of one order, plus the time-based alerts already raised for it."""

    bill_no: str
    status: str
    qty: float
    good: float = 0
    scrap: float = 0
    plan_finish: date | None = None
    workshop: str = ""
    workshop_name: str = ""
    material: str = ""
    material_name: str = ""
    spec: str = ""
    category: str = ""
    modify_date: datetime | None = None
    state_since: datetime
    raised: list[str] = Field(default_factory=list)

    @classmethod
    def of(
        cls, o: ProductionOrder, *, state_since: datetime, category: str = "", raised: list[str] | None = None
    ) -> OrderSnapshot:
        return cls(
            bill_no=o.bill_no, status=o.status.value, qty=o.qty, good=o.good_qty, scrap=o.scrap_qty,
            plan_finish=o.plan_finish, workshop=o.workshop, workshop_name=o.workshop_name, material=o.material,
            material_name=o.material_name, spec=o.spec, category=category, modify_date=_naive(o.modify_date),
            state_since=state_since, raised=list(raised or []),
        )  # fmt: skip

    @property
    def is_open(self) -> bool:
        return self.status in ("created", "released", "started")

    def event(self, kind: EventKind, id_: str, at: datetime, **kw: Any) -> Event:
        """An event about this order, carrying its facts."""
        base: dict[str, Any] = {
            "bill_no": self.bill_no, "workshop": self.workshop, "workshop_name": self.workshop_name,
            "material": self.material, "material_name": self.material_name, "spec": self.spec,
            "category": self.category, "qty": self.qty,
        }  # fmt: skip
        kw.setdefault("key", f"{kind}:{self.bill_no}")
        return Event(id=id_, kind=kind, at=at, **(base | kw))


def _naive(dt: datetime | None) -> datetime | None:
    return dt.replace(tzinfo=None) if dt is not None and dt.tzinfo is not None else dt
