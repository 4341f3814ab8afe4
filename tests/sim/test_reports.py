"""PRD_MORPT: Push from PRD_MO, quantity checks, reported totals on the order and stock on audit."""

from __future__ import annotations

import pytest

from .helpers import K3, status


async def stock(k3: K3, material: str = "01.01.0001") -> float:
    rows = await k3.query(
        "STK_Inventory", "FBaseQty", f"FMaterialId.FNumber = '{material}' and FStockId.FNumber = 'CK02'"
    )
    return float(sum(r[0] for r in rows))


async def test_push_creates_a_linked_draft_report_for_the_remaining_quantity(k3: K3) -> None:
    no = await k3.started_order(qty=80)
    rid = await k3.push_report(no)
    keys = "FBillNo,FDocumentStatus,FMoBillNo,FSrcBillNo,FSrcBillType,FFinishQty,FQuaQty,FFailQty,FMaterialId.FNumber"
    rows = await k3.query("PRD_MORPT", keys, f"FID = {rid}")
    bill_no = rows[0][0]
    assert bill_no.startswith("SCHB") and len(bill_no) == 10 and bill_no[4:].isdigit()
    assert rows[0][1:] == ["A", no, no, "PRD_MO", 80.0, 80.0, 0.0, "01.01.0001"]


async def test_push_by_entry_ids_with_rule_id(k3: K3) -> None:
    order = await k3.order("MO20261102")  # started, 1000 ordered, 202 reported
    data = {"EntryIds": str(order["FTreeEntity_FEntryId"]), "RuleId": "PRD_MO2MORPT"}
    result = await k3.ok("Push", "PRD_MO", data)
    rid = result["ResponseStatus"]["SuccessEntitys"][0]["Id"]
    rows = await k3.query("PRD_MORPT", "FFinishQty,FMoEntryId", f"FID = {rid}")
    assert rows == [[798.0, order["FTreeEntity_FEntryId"]]]


# created, released (not started), finished, closed
@pytest.mark.parametrize("seeded", ["MO20261107", "MO20261101", "MO20261105", "MO20261106"])
async def test_push_only_from_a_started_order(k3: K3, seeded: str) -> None:
    data = {"Numbers": [seeded], "TargetFormId": "PRD_MORPT"}
    st = status(await k3.call("Push", "PRD_MO", data))
    assert st["IsSuccess"] is False and st["MsgCode"] == 11 and seeded in st["Errors"][0]["Message"]
    assert await k3.query("PRD_MORPT", "FID", "FDocumentStatus = 'A'") == []


async def test_push_without_a_rule_is_refused(k3: K3) -> None:
    st = status(await k3.call("Push", "PRD_MO", {"Numbers": ["MO20261101"], "TargetFormId": "STK_InStock"}))
    assert st["IsSuccess"] is False


async def test_audited_report_updates_order_and_stock(k3: K3) -> None:
    no = await k3.started_order(qty=100)
    before = await stock(k3)
    rid = await k3.push_report(no)
    assert status(await k3.fill_report(rid, good=60, scrap=4))["IsSuccess"]
    await k3.ok("Submit", "PRD_MORPT", {"Ids": str(rid)})
    assert (await k3.order(no))["FRptFinishQty"] == 0  # only audit counts
    await k3.ok("Audit", "PRD_MORPT", {"Ids": str(rid)})
    order = await k3.order(no)
    assert (order["FRptFinishQty"], order["FStockInQuaQty"]) == (64.0, 60.0)
    assert await stock(k3) == before + 60
    rows = await k3.query("PRD_MORPT", "FFinishQty,FQuaQty,FFailQty,FDocumentStatus", f"FID = {rid}")
    assert rows == [[64.0, 60.0, 4.0, "C"]]
    # un-audit takes it all back
    await k3.ok("UnAudit", "PRD_MORPT", {"Ids": str(rid)})
    order = await k3.order(no)
    assert (order["FRptFinishQty"], order["FStockInQuaQty"]) == (0.0, 0.0)
    assert await stock(k3) == before


async def test_report_beyond_order_quantity_is_refused_on_save(k3: K3) -> None:
    order = await k3.order("MO20261103")  # 240 ordered, 152 reported → 88 left
    rid = await k3.push_report("MO20261103")
    st = status(await k3.fill_report(rid, good=80, scrap=9))
    assert st["IsSuccess"] is False and st["MsgCode"] == 11
    assert "剩余可汇报88" in st["Errors"][0]["Message"] and "本次汇报89" in st["Errors"][0]["Message"]
    assert status(await k3.fill_report(rid, good=80, scrap=8))["IsSuccess"]
    assert (await k3.order("MO20261103")) == order


async def test_report_beyond_order_quantity_is_refused_on_audit(k3: K3) -> None:
    no = await k3.started_order(qty=100)
    first, second = await k3.push_report(no), await k3.push_report(no)
    assert status(await k3.fill_report(first, good=70, scrap=0))["IsSuccess"]
    assert status(await k3.fill_report(second, good=50, scrap=0))["IsSuccess"]  # each alone fits
    for rid in (first, second):
        await k3.ok("Submit", "PRD_MORPT", {"Ids": str(rid)})
    await k3.ok("Audit", "PRD_MORPT", {"Ids": str(first)})
    st = status(await k3.call("Audit", "PRD_MORPT", {"Ids": str(second)}))
    assert st["MsgCode"] == 11 and "剩余可汇报30" in st["Errors"][0]["Message"]
    assert (await k3.order(no))["FRptFinishQty"] == 70


async def test_report_on_closed_order_is_refused_on_submit(k3: K3) -> None:
    no = await k3.started_order(qty=10)
    rid = await k3.push_report(no)
    await k3.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="ForceClose")
    st = status(await k3.call("Submit", "PRD_MORPT", {"Ids": str(rid)}))
    assert st["MsgCode"] == 11 and "结案" in st["Errors"][0]["Message"]


async def test_audited_report_cannot_be_modified(k3: K3) -> None:
    rows = await k3.query("PRD_MORPT", "FID", "FMoBillNo = 'MO20261102'")
    st = status(await k3.call("Save", "PRD_MORPT", {"Model": {"FID": rows[0][0], "FDescription": "x"},
                                                   "NeedUpDateFields": ["FDescription"]}))  # fmt: skip
    assert st["MsgCode"] == 11


async def test_seeded_reports_match_seeded_order_quantities(k3: K3) -> None:
    rows = await k3.query("PRD_MORPT", "FMoBillNo,FQuaQty,FFailQty", "FDocumentStatus = 'C'")
    reported = {r[0]: (r[1], r[2]) for r in rows}
    assert reported["MO20261102"] == (200.0, 2.0)
    assert reported["MO20261105"] == (300.0, 8.0)
    assert "MO20261101" not in reported
    order = await k3.order("MO20261102")
    assert (order["FRptFinishQty"], order["FStockInQuaQty"]) == (202.0, 200.0)


async def test_draft_report_can_be_deleted(k3: K3) -> None:
    rid = await k3.push_report("MO20261102")
    await k3.ok("Delete", "PRD_MORPT", {"Ids": str(rid)})
    assert await k3.query("PRD_MORPT", "FID", f"FID = {rid}") == []
