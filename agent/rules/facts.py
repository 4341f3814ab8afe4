"""What the rules may know: the facts the caller looked up, the policy from settings, working days."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from tools.directory import User
from tools.k3.models import BomLine, Material, ProductionOrder

if TYPE_CHECKING:
    from dingk3.config import Settings

__all__ = ["Facts", "Policy", "working_days"]


class Policy(BaseModel):
    """The configurable limits of the rules (defaults equal the Settings defaults)."""

    model_config = ConfigDict(frozen=True)

    max_order_qty: float = Field(default=100_000, gt=0)
    report_tolerance: float = Field(default=0.0, ge=0)  # 0.02 = may report 2 % over the remaining qty
    bom_safety_factor: float = Field(default=1.05, ge=1)
    qty_change_risk_ratio: float = Field(default=0.20, ge=0)
    max_due_days: int = Field(default=730, ge=1)  # a due date further out than this is a typo, not a plan

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        return cls(
            max_order_qty=settings.max_order_qty,
            report_tolerance=settings.report_tolerance,
            bom_safety_factor=settings.bom_safety_factor,
            qty_change_risk_ratio=settings.qty_change_risk_ratio,
            max_due_days=settings.max_due_days,
        )


class Facts(BaseModel):
    """Everything the caller looked up for one proposal; the rules read nothing else.

    `order` is the order named by `order_no` (None when K/3 has no such order); `material` the
    material to produce (create_order). Capacity facts are for the workshop that would carry the
    load (the proposal's workshop, else the order's): `open_load` is the remaining quantity of that
    workshop's open orders, *excluding* the order being changed. `working_days` counts the days
    from today to the due date (see `working_days`); None lets the rules count Mon–Sat themselves.
    """

    model_config = ConfigDict(frozen=True)

    requester: User
    order: ProductionOrder | None = None
    material: Material | None = None
    bom: list[BomLine] = Field(default_factory=list)
    stock: dict[str, float] = Field(default_factory=dict)  # component number → available qty
    component_names: dict[str, str] = Field(default_factory=dict)  # component number → name
    workshop_capacity: float | None = None  # pieces per working day; None = unknown, no check
    open_load: float = 0
    working_days: int | None = None
    workshop_names: dict[str, str] = Field(default_factory=dict)  # WS01 → 机加一车间


def working_days(today: date, due: date, *, holidays: frozenset[date] = frozenset(), six_day_week: bool = True) -> int:
    """Working days from `today` to `due`, both included; Mon–Sat by default (Mon–Fri if not six_day_week).

    0 when `due` is before `today`. Dates in `holidays` are not worked.
    """
    if due < today:
        return 0
    last_weekday = 5 if six_day_week else 4  # Monday = 0
    span = (due - today).days + 1
    weeks, rest = divmod(span, 7)
    count = weeks * (last_weekday + 1)
    for i in range(rest):
        if (today + timedelta(days=weeks * 7 + i)).weekday() <= last_weekday:
            count += 1
    count -= sum(1 for h in holidays if today <= h <= due and h.weekday() <= last_weekday)
    return count
