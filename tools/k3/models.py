"""Typed values going into and coming out of K/3 Cloud, independent of its wire format."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "K3_STATUS",
    "BomLine",
    "Material",
    "OrderAction",
    "OrderChange",
    "OrderStatus",
    "ProductionOrder",
    "ReportResult",
    "StockLevel",
    "Workshop",
    "WriteResult",
]


class OrderStatus(StrEnum):
    """Chat-level order state; K/3's FStatus 1 计划 and 2 计划确认 are both `created`."""

    created = "created"
    released = "released"
    started = "started"
    finished = "finished"
    closed = "closed"


# K/3 PRD_MO FStatus → chat state (1 计划, 2 计划确认, 3 下达, 4 开工, 5 完工, 6 结案).
K3_STATUS: dict[int, OrderStatus] = {
    1: OrderStatus.created,
    2: OrderStatus.created,
    3: OrderStatus.released,
    4: OrderStatus.started,
    5: OrderStatus.finished,
    6: OrderStatus.closed,
}


class OrderAction(StrEnum):
    release = "release"
    start = "start"
    finish = "finish"
    close = "close"
    pause = "pause"
    resume = "resume"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True)


class Material(_Model):
    number: str
    name: str
    spec: str = ""
    unit: str = ""
    category: str = ""  # K/3 material group name: 产成品 / 半成品 / 原材料
    erp_cls: str = ""  # FErpClsID: "1" 外购, "2" 自制, "3" 委外
    safety_stock: float = 0
    aliases: tuple[str, ...] = ()  # other names K/3 holds for it: FMnemonicCode, FOldNumber, …
    forbidden: bool = False  # FForbidStatus B
    audited: bool = True  # FDocumentStatus C: only an audited material can go on a bill
    modify_date: datetime | None = None

    @property
    def producible(self) -> bool:
        return self.category in {"产成品", "半成品"} or self.erp_cls == "2"

    @property
    def usable(self) -> bool:
        """K/3 lets a bill name it: audited and not forbidden."""
        return self.audited and not self.forbidden


class Workshop(_Model):
    number: str
    name: str
    modify_date: datetime | None = None


class BomLine(_Model):
    parent: str
    component: str
    qty_per: float


class ProductionOrder(_Model):
    id: int
    entry_id: int = 0
    bill_no: str
    material: str
    material_name: str = ""
    spec: str = ""
    unit: str = ""
    qty: float
    workshop: str = ""
    workshop_name: str = ""
    plan_start: date | None = None
    plan_finish: date | None = None
    k3_status: int = 1
    document_status: str = "A"
    good_qty: float = 0
    scrap_qty: float = 0
    remark: str = ""
    create_date: datetime | None = None
    modify_date: datetime | None = None

    @property
    def status(self) -> OrderStatus:
        return K3_STATUS.get(self.k3_status, OrderStatus.created)

    @property
    def remaining_qty(self) -> float:
        return max(self.qty - self.good_qty - self.scrap_qty, 0.0)

    @property
    def is_open(self) -> bool:
        """Not finished or closed: work can still be reported and it can still be late."""
        return self.status in (OrderStatus.created, OrderStatus.released, OrderStatus.started)


class OrderChange(_Model):
    """Fields of an order a chat user may change; None means unchanged."""

    qty: float | None = Field(default=None, gt=0)
    plan_finish: date | None = None
    workshop: str | None = None


class StockLevel(_Model):
    material: str
    material_name: str = ""
    stock: str = ""
    qty: float = 0
    available_qty: float = 0
    unit: str = ""


class WriteResult(_Model):
    """Outcome of one write: the bill K/3 holds and whether this call created it or found it."""

    id: int
    bill_no: str
    idempotency_key: str
    replayed: bool = False


class ReportResult(_Model):
    id: int
    bill_no: str
    order_no: str
    good_qty: float
    scrap_qty: float
    idempotency_key: str
    replayed: bool = False
