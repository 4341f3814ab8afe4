"""PRD_MO / PRD_MORPT rules: order status transitions, report quantity checks, reported totals and stock."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .context import Ctx
from .envelopes import BillError, K3Fault
from .store import Doc

__all__ = [
    "MO_OPS",
    "STATUS_NAMES",
    "MoOp",
    "add_stock",
    "apply_report",
    "check_mo_modifiable",
    "check_report_rows",
    "find_mo_entry",
    "report_defaults_from_mo",
    "run_mo_op",
]

STATUS_NAMES = {1: "计划", 2: "计划确认", 3: "下达", 4: "开工", 5: "完工", 6: "结案"}
DEFAULT_STOCK = "CK02"
_EPS = 1e-9


@dataclass(frozen=True)
class MoOp:
    name: str
    allowed: frozenset[int]
    target: int
    date_key: str | None = None


MO_OPS: dict[str, MoOp] = {
    "toplanconfirm": MoOp("计划确认", frozenset({1}), 2, "FPlanConfirmDate"),
    "torelease": MoOp("下达", frozenset({1, 2}), 3, "FConveyDate"),
    "tostart": MoOp("开工", frozenset({3}), 4),
    "tofinish": MoOp("完工", frozenset({4}), 5),
    "toclose": MoOp("结案", frozenset({3, 4, 5}), 6),
    "forceclose": MoOp("强制结案", frozenset({3, 4, 5}), 6),
    "undotorelease": MoOp("反下达", frozenset({3}), 2),
    "undotoplanconfirm": MoOp("反计划确认", frozenset({2}), 1),
    "undotoplan": MoOp("反计划", frozenset({2, 3}), 1),
}


def _fmt(qty: float) -> str:
    return str(int(qty)) if float(qty).is_integer() else f"{qty:g}"


def check_mo_modifiable(doc: Doc, action: str, dindex: int = 0) -> None:
    """A closed order (any row 结案) cannot be changed: MsgCode 11."""
    if any(int(r.get("FStatus") or 1) == 6 for r in doc.get("FTreeEntity", [])):
        raise K3Fault(
            11,
            [
                BillError(
                    message=f"生产订单“{doc['FBillNo']}”已结案，不允许{action}", field_name="FStatus", dindex=dindex
                )
            ],
        )


def run_mo_op(ctx: Ctx, doc: Doc, op_key: str, entry_ids: set[int] | None, dindex: int) -> Doc:
    """Apply a status operation to the rows of one order (all rows, or only `entry_ids`)."""
    op = MO_OPS[op_key]
    no = doc["FBillNo"]
    if doc.get("FDocumentStatus") != "C":
        raise K3Fault(11, [BillError(message=f"生产订单“{no}”未审核，不能执行“{op.name}”操作", dindex=dindex)])
    rows = [r for r in doc.get("FTreeEntity", []) if entry_ids is None or int(r["FEntryId"]) in entry_ids]
    if not rows:
        raise K3Fault(10, [BillError(message=f"生产订单“{no}”中没有指定的分录", dindex=dindex)])
    errors: list[BillError] = []
    for r in rows:
        status = int(r.get("FStatus") or 1)
        if status == 6 and op.target != 6:
            msg = f"生产订单“{no}”第{r['FSeq']}行已结案，不能执行“{op.name}”操作"
        elif status not in op.allowed:
            msg = (
                f"生产订单“{no}”第{r['FSeq']}行业务状态为“{STATUS_NAMES.get(status, status)}”，不能执行“{op.name}”操作"
            )
        elif op_key in ("undotorelease", "undotoplan") and float(r.get("FRptFinishQty") or 0) > _EPS:
            msg = f"生产订单“{no}”第{r['FSeq']}行已有汇报数量，不能执行“{op.name}”操作"
        else:
            continue
        errors.append(BillError(message=msg, field_name="FStatus", dindex=dindex))
    if errors:
        raise K3Fault(11, errors)
    for r in rows:
        r["FStatus"] = op.target
        if op.date_key:
            r[op.date_key] = ctx.now
    doc["FModifyDate"] = ctx.now
    return doc


def find_mo_entry(ctx: Ctx, row: Doc) -> tuple[Doc | None, Doc | None]:
    """The order and order row a report row points to (by FMoId/FMoEntryId, else by FMoBillNo/seq)."""
    mo: Doc | None = None
    if row.get("FMoId"):
        mo = ctx.store.get("PRD_MO", int(row["FMoId"]))
    if mo is None and row.get("FMoBillNo"):
        mo = ctx.store.by_number("PRD_MO", str(row["FMoBillNo"]))
    if mo is None:
        return None, None
    entries = mo.get("FTreeEntity", [])
    for e in entries:
        if row.get("FMoEntryId") and int(e["FEntryId"]) == int(row["FMoEntryId"]):
            return mo, e
    for e in entries:
        if row.get("FMoEntrySeq") and int(e["FSeq"]) == int(row["FMoEntrySeq"]):
            return mo, e
    return (mo, entries[0]) if entries and not row.get("FMoEntryId") else (mo, None)


def check_report_rows(ctx: Ctx, doc: Doc, dindex: int) -> None:
    """Every row of a report must point to a started order row with enough quantity left."""
    errors: list[BillError] = []
    wanted: dict[int, float] = {}
    for row in doc.get("FEntity", []):
        mo, entry = find_mo_entry(ctx, row)
        label = row.get("FMoBillNo") or row.get("FMoId") or ""
        if mo is None or entry is None:
            errors.append(
                BillError(
                    message=f"第{row['FSeq']}行的源生产订单“{label}”不存在", field_name="FMoBillNo", dindex=dindex
                )
            )
            continue
        status = int(entry.get("FStatus") or 1)
        if mo.get("FDocumentStatus") != "C" or status != 4:
            errors.append(
                BillError(
                    message=(
                        f"生产订单“{mo['FBillNo']}”第{entry['FSeq']}行业务状态为“{STATUS_NAMES.get(status, status)}”，"
                        "只有开工状态的生产订单才能汇报"
                    ),
                    field_name="FMoBillNo",
                    dindex=dindex,
                )
            )
            continue
        eid = int(entry["FEntryId"])
        wanted[eid] = wanted.get(eid, 0.0) + float(row.get("FFinishQty") or 0)
        qty, done = float(entry.get("FQty") or 0), float(entry.get("FRptFinishQty") or 0)
        remaining = max(qty - done, 0.0)
        if wanted[eid] > remaining + _EPS:
            errors.append(
                BillError(
                    message=(
                        f"汇报数量超出可汇报数量：生产订单“{mo['FBillNo']}”第{entry['FSeq']}行数量{_fmt(qty)}，"
                        f"已汇报{_fmt(done)}，剩余可汇报{_fmt(remaining)}，本次汇报{_fmt(wanted[eid])}"
                    ),
                    field_name="FFinishQty",
                    dindex=dindex,
                )
            )
    if errors:
        raise K3Fault(11, errors)


def add_stock(ctx: Ctx, material: str, stock: str, qty: float, base_unit: str | None) -> None:
    """Change the on-hand quantity of one material in one stock (creating the inventory record)."""
    for inv in ctx.store.all("STK_Inventory"):
        if inv.get("FMaterialId") == material and inv.get("FStockId") == stock:
            break
    else:
        inv = {
            "FID": ctx.store.next_seq("id:STK_Inventory"),
            "FMaterialId": material,
            "FStockId": stock,
            "FStockOrgId": ctx.config.org_number,
            "FStockStatusId": "KCZT01_SYS",
            "FLot": "",
            "FMtoNo": "",
            "FBaseUnitId": base_unit,
            "FStockUnitId": base_unit,
            "FBaseLockQty": 0.0,
            **{k: 0.0 for k in ("FQty", "FBaseQty", "FAVBQty", "FBaseAVBQty")},
        }
    for key in ("FQty", "FBaseQty", "FAVBQty", "FBaseAVBQty"):
        inv[key] = float(inv.get(key) or 0) + qty
    inv["FUpdateTime"] = ctx.now
    ctx.store.put("STK_Inventory", int(inv["FID"]), None, inv)


def apply_report(ctx: Ctx, doc: Doc, sign: int, dindex: int) -> None:
    """Add (+1, on audit) or take back (-1, on un-audit) a report's quantities on its orders and stock."""
    touched: dict[int, Doc] = {}
    for row in doc.get("FEntity", []):
        mo, entry = find_mo_entry(ctx, row)
        if mo is None or entry is None:
            continue
        mo = touched.setdefault(int(mo["FID"]), mo)
        if sign < 0:
            check_mo_modifiable(mo, "反审核其生产汇报单", dindex)
        entry = next(e for e in mo["FTreeEntity"] if int(e["FEntryId"]) == int(entry["FEntryId"]))
        finish, good = float(row.get("FFinishQty") or 0), float(row.get("FQuaQty") or 0)
        entry["FRptFinishQty"] = float(entry.get("FRptFinishQty") or 0) + sign * finish
        entry["FStockInQuaQty"] = float(entry.get("FStockInQuaQty") or 0) + sign * good
        entry["FNoStockInQty"] = float(entry.get("FQty") or 0) - float(entry["FStockInQuaQty"])
        mo["FModifyDate"] = ctx.now
        if good:
            material = ctx.refs.by_number("BD_MATERIAL", row.get("FMaterialId"))
            unit = material.get("FBaseUnitId") if material else None
            add_stock(ctx, str(row.get("FMaterialId")), str(entry.get("FStockId") or DEFAULT_STOCK), sign * good, unit)
    for mo in touched.values():
        ctx.store.put("PRD_MO", int(mo["FID"]), str(mo["FBillNo"]), mo)


def report_defaults_from_mo(ctx: Ctx, row: Doc) -> dict[str, Any]:
    """Link fields and defaults a report row takes from the order row it reports on."""
    mo, entry = find_mo_entry(ctx, row)
    if mo is None or entry is None:
        return {}
    return {
        "FMoBillNo": mo["FBillNo"],
        "FMoId": int(mo["FID"]),
        "FMoEntryId": int(entry["FEntryId"]),
        "FMoEntrySeq": int(entry["FSeq"]),
        "FMOMAINENTRYID": int(entry["FEntryId"]),
        "FSrcBillType": "PRD_MO",
        "FSrcBillNo": mo["FBillNo"],
        "FSrcInterId": int(mo["FID"]),
        "FSrcEntryId": int(entry["FEntryId"]),
        "FMaterialId": entry.get("FMaterialId"),
        "FUnitID": entry.get("FUnitId"),
        "FWorkshipId": entry.get("FWorkShopID"),
    }
