"""Fill a new database from the demo-factory CSVs: workshops, materials, BOMs, stock, orders and their reports.

Order dates may be day offsets from the day the database is seeded, so a demo started on any day tells the same
story: a few orders late, most on time."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from .context import Ctx
from .numbering import mo_seen
from .store import Doc

__all__ = ["ORDER_STATUS", "seed"]

# orders.csv status → K/3 FStatus (all seeded orders are audited).
ORDER_STATUS = {"created": 2, "released": 3, "started": 4, "finished": 5, "closed": 6}
_GROUPS = {"产成品": "01", "半成品": "02", "原材料": "03"}
_MADE = {"产成品", "半成品"}


def _read(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def _num(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


def _date(ctx: Ctx, text: str, fallback: str) -> str:
    """An ISO date, or a day offset from the day the data is loaded (`-2`, `+14`, `0`): demo data stays current."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return f"{text}T00:00:00"
    if re.fullmatch(r"[+-]?\d{1,4}", text):
        return f"{(ctx.clock.date() + timedelta(days=int(text))).isoformat()}T00:00:00"
    return fallback


def _base(ctx: Ctx, pk: str, form: str) -> Doc:
    org = ctx.config.org_number
    return {
        pk: ctx.store.next_seq(f"id:{form}"),
        "FDocumentStatus": "C",
        "FForbidStatus": "A",
        "FCreateOrgId": org,
        "FUseOrgId": org,
        "FDescription": "",
        "FApproveDate": ctx.now,
        "FCreateDate": ctx.now,
        "FModifyDate": ctx.now,
    }


def seed(ctx: Ctx, data_dir: Path) -> None:
    """Load every CSV of `data_dir` that exists; call once, on a new database."""
    store, org = ctx.store, ctx.config.org_number
    for ws in _read(data_dir / "workshops.csv"):
        doc = {**_base(ctx, "FDEPTID", "BD_Department"), "FNumber": ws["number"], "FName": ws["name"]}
        store.put("BD_Department", doc["FDEPTID"], doc["FNumber"], doc)

    inventory = _read(data_dir / "inventory.csv")
    safety = {row["material"]: _num(row.get("safety_stock", "0")) for row in inventory}
    units: dict[str, str] = {}
    for m in _read(data_dir / "materials.csv"):
        category = m.get("category", "")
        units[m["number"]] = m.get("unit") or "PCS"
        # a plant keeps a short code as the 助记码 and other names in the 描述, `;`-separated
        aliases = [a.strip() for a in m.get("aliases", "").split(";") if a.strip()]
        doc = {
            **_base(ctx, "FMATERIALID", "BD_MATERIAL"),
            "FNumber": m["number"],
            "FName": m["name"],
            "FSpecification": m.get("spec", ""),
            "FMnemonicCode": aliases[0] if aliases else "",
            "FOldNumber": m.get("old_number", ""),
            "FDescription": ";".join(aliases[1:]),
            "FModifyDate": _date(ctx, m.get("modified", ""), ctx.now),  # a day offset spreads a big catalogue
            "FMaterialGroup": _GROUPS.get(category),
            "FErpClsID": "2" if category in _MADE else "1",
            "FBaseUnitId": units[m["number"]],
            "FSafeStock": safety.get(m["number"], 0.0),
        }
        store.put("BD_MATERIAL", doc["FMATERIALID"], doc["FNumber"], doc)

    lines: dict[str, list[dict[str, str]]] = defaultdict(list)
    for line in _read(data_dir / "bom.csv"):
        lines[line["parent"]].append(line)
    boms: dict[str, str] = {}
    for parent, children in lines.items():
        doc = {
            **_base(ctx, "FID", "ENG_BOM"),
            "FNumber": f"{parent}_V1.0",
            "FName": "",
            "FMATERIALID": parent,
            "FUNITID": units.get(parent, "PCS"),
            "FBOMCATEGORY": "1",
            "FTreeEntity": [
                {
                    "FEntryId": store.next_seq("entry:ENG_BOM"),
                    "FSeq": n,
                    "FMATERIALIDCHILD": c["component"],
                    "FCHILDUNITID": units.get(c["component"], "PCS"),
                    "FNUMERATOR": _num(c["qty_per"]),
                    "FDENOMINATOR": 1.0,
                }
                for n, c in enumerate(children, 1)
            ],
        }
        boms[parent] = doc["FNumber"]
        store.put("ENG_BOM", doc["FID"], doc["FNumber"], doc)

    for row in inventory:
        qty, unit = _num(row.get("qty", "0")), units.get(row["material"], "PCS")
        doc = {
            "FID": store.next_seq("id:STK_Inventory"),
            "FMaterialId": row["material"],
            "FStockId": row.get("stock") or "CK02",
            "FStockOrgId": org,
            "FStockStatusId": "KCZT01_SYS",
            "FLot": "",
            "FMtoNo": "",
            "FQty": qty,
            "FBaseQty": qty,
            "FAVBQty": qty,
            "FBaseAVBQty": qty,
            "FBaseLockQty": 0.0,
            "FBaseUnitId": unit,
            "FStockUnitId": unit,
            "FUpdateTime": ctx.now,
        }
        store.put("STK_Inventory", doc["FID"], None, doc)

    for o in _read(data_dir / "orders.csv"):
        _seed_order(ctx, o, units, boms)


def _seed_order(ctx: Ctx, o: dict[str, str], units: dict[str, str], boms: dict[str, str]) -> None:
    store, org = ctx.store, ctx.config.org_number
    start = _date(ctx, o.get("plan_start", ""), ctx.today)
    qty, good, scrap = _num(o["qty"]), _num(o.get("reported_good", "0")), _num(o.get("reported_scrap", "0"))
    unit = units.get(o["material"], "PCS")
    entry: Doc = {
        "FEntryId": store.next_seq("entry:PRD_MO"),
        "FSeq": 1,
        "FProductType": "1",
        "FMaterialId": o["material"],
        "FUnitId": unit,
        "FQty": qty,
        "FBaseUnitId": unit,
        "FBaseUnitQty": qty,
        "FWorkShopID": o["workshop"],
        "FPlanStartDate": start,
        "FPlanFinishDate": _date(ctx, o.get("plan_finish", ""), start),
        "FBomId": boms.get(o["material"]),
        "FRequestOrgId": org,
        "FStockInOrgId": org,
        "FStockId": "CK02",
        "FMTONo": "",
        "FLot": "",
        "FSaleOrderNo": "",
        "FStatus": ORDER_STATUS.get(o.get("status", "created"), 2),
        "FRptFinishQty": good + scrap,
        "FStockInQuaQty": good,
        "FNoStockInQty": qty - good,
        "FPlanConfirmDate": start,
        "FConveyDate": start if ORDER_STATUS.get(o.get("status", ""), 2) >= 3 else None,
    }
    mo: Doc = {
        "FID": store.next_seq("id:PRD_MO"),
        "FBillNo": o["number"],
        "FBillType": "SCDD01_SYS",
        "FDate": start,
        "FPrdOrgId": org,
        "FOwnerTypeId": "BD_OwnerOrg",
        "FOwnerId": org,
        "FWorkShopID0": o["workshop"],
        "FBusinessType": "1",
        "FDescription": "",
        "FDocumentStatus": "C",
        "FApproveDate": start,
        "FCreateDate": start,
        "FModifyDate": ctx.now,
        "FTreeEntity": [entry],
    }
    store.put("PRD_MO", mo["FID"], mo["FBillNo"], mo)
    seen = mo_seen(ctx.config, o["number"])
    if seen:
        store.bump_seq(*seen)
    if good + scrap <= 0:
        return
    rpt: Doc = {
        "FID": store.next_seq("id:PRD_MORPT"),
        "FBillNo": f"SCHB{store.next_seq('billno:PRD_MORPT', 0):06d}",
        "FBillType": "SCHBD01_SYS",
        "FDate": ctx.today,
        "FPrdOrgId": org,
        "FWorkshipIdH": o["workshop"],
        "FDescription": "",
        "FDocumentStatus": "C",
        "FApproveDate": ctx.now,
        "FCreateDate": ctx.now,
        "FModifyDate": ctx.now,
        "FEntity": [
            {
                "FEntryId": store.next_seq("entry:PRD_MORPT"),
                "FSeq": 1,
                "FMaterialId": o["material"],
                "FProductType": "1",
                "FReportType": "HBLX01_SYS",
                "FUnitID": unit,
                "FWorkshipId": o["workshop"],
                "FFinishQty": good + scrap,
                "FQuaQty": good,
                "FFailQty": scrap,
                "FMoBillNo": mo["FBillNo"],
                "FMoEntrySeq": 1,
                "FMoId": mo["FID"],
                "FMoEntryId": entry["FEntryId"],
                "FMOMAINENTRYID": entry["FEntryId"],
                "FSrcBillType": "PRD_MO",
                "FSrcBillNo": mo["FBillNo"],
                "FSrcInterId": mo["FID"],
                "FSrcEntryId": entry["FEntryId"],
                "FStockInOrgId": org,
                "FProduceDate": ctx.today,
            }
        ],
    }
    store.put("PRD_MORPT", rpt["FID"], rpt["FBillNo"], rpt)
