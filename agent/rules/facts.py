"""What the rules may know: the facts the caller looked up, the policy from settings (the plant calendar too)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from dingk3.calendar import PlantCalendar
from dingk3.calendar_file import load_calendar
from tools.directory import User
from tools.k3.models import BomLine, Material, ProductionOrder

if TYPE_CHECKING:
    from dingk3.config import Settings

__all__ = ["Facts", "Policy", "working_days"]


class Policy(BaseModel):
    """The configurable limits of the rules (defaults equal the Settings defaults) and the plant's calendar."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    max_order_qty: float = Field(default=100_000, gt=0)
    report_tolerance: float = Field(default=0.0, ge=0)  # 0.02 = may report 2 % over the remaining qty
    bom_safety_factor: float = Field(default=1.05, ge=1)
    qty_change_risk_ratio: float = Field(default=0.20, ge=0)
    bom_shortage_needs_approval: bool = False  # False: a shortage is a warning on the card
    report_scrap_risk_ratio: float = Field(default=0.20, ge=0, le=1)
    report_scrap_risk_min: float = Field(default=5, ge=0)
    max_due_days: int = Field(default=730, ge=1)  # a due date further out than this is a typo, not a plan
    calendar: PlantCalendar = Field(default_factory=PlantCalendar)  # which days count as working days

    @classmethod
    def from_settings(cls, settings: Settings) -> Policy:
        """The policy from settings, with the calendar of the plant file (ConfigError when that is malformed)."""
        return cls(
            max_order_qty=settings.max_order_qty,
            report_tolerance=settings.report_tolerance,
            bom_safety_factor=settings.bom_safety_factor,
            qty_change_risk_ratio=settings.qty_change_risk_ratio,
            bom_shortage_needs_approval=settings.bom_shortage_needs_approval,
            report_scrap_risk_ratio=settings.report_scrap_risk_ratio,
            report_scrap_risk_min=settings.report_scrap_risk_min,
            max_due_days=settings.max_due_days,
            calendar=load_calendar(settings.plant_file),
        )


class Facts(BaseModel):
    """Everything the caller looked up for one proposal; the rules read nothing else.

    `order` is the order named by `order_no` (None when K/3 has no such order); `material` the
    material to produce (create_order). Capacity facts are for the workshop that would carry the
    load (the proposal's workshop, else the order's): `open_load` is the remaining quantity of that
    workshop's open orders, *excluding* the order being changed. `working_days` counts the days
    from today to the due date on the plant's calendar; None lets the rules count on the policy's calendar.
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


def working_days(today: date, due: date, calendar: PlantCalendar | None = None) -> int:
    """Working days from `today` to `due`, both included, on `calendar` (default: Mon–Sat with China's statutory
    holidays and make-up days); 0 when `due` is before `today`."""
    return (calendar or _DEFAULT_CALENDAR).working_days_between(today, due)


_DEFAULT_CALENDAR = PlantCalendar()
