"""PRD_MO behaviour: validation, bill numbers, document status, FStatus transitions, closed orders."""

from __future__ import annotations

import re

import pytest

from .helpers import K3, status


async def test_new_order_number_continues_after_the_seeded_month_sequence(k3: K3) -> None:
    first = await k3.new_order()
    second = await k3.new_order()
    assert re.fullmatch(r"MO202611\d{4}", first)
    assert int(first[-4:]) > 40  # seeded MO20261101..MO20261140 use 1..40 of November 2026
    assert int(second[-4:]) == int(first[-4:]) + 1


async def test_number_follows_the_bill_date_month(k3: K3) -> None:
    model = {"FDate": "2027-01-05", "FTreeEntity": [{"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 1,
                                                     "FWorkShopID": {"FNumber": "WS01"}}]}  # fmt: skip
    result = await k3.ok("Save", "PRD_MO", {"Model": model})
    assert result["Number"] == "MO2027010001"


async def test_new_order_is_created_planned_with_dates(k3: K3) -> None:
    no = await k3.new_order(qty=75)
    order = await k3.order(no)
    assert order["FDocumentStatus"] == "A" and order["FStatus"] == 1 and order["FQty"] == 75
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", order["FModifyDate"])
    keys = "FBomId.FNumber,FUnitId.FNumber,FMaterialId.FName,FWorkShopID.FName,FCreateDate,FPlanFinishDate"
    rows = await k3.query("PRD_MO", keys, f"FBillNo = '{no}'")
    assert rows == [["01.01.0001_V1.0", "PCS", "液压阀体", "机加一车间", order["FModifyDate"], "2026-11-30T00:00:00"]]


@pytest.mark.parametrize(
    ("row", "field", "message"),
    [
        ({"FMaterialId": {"FNumber": "X-404"}, "FQty": 1, "FWorkShopID": {"FNumber": "WS01"}},
         "FMaterialId", "字段“物料编码”的值“X-404”在基础资料中不存在"),
        ({"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 1, "FWorkShopID": {"FNumber": "WS99"}},
         "FWorkShopID", "字段“生产车间”的值“WS99”在基础资料中不存在"),
        ({"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 0, "FWorkShopID": {"FNumber": "WS01"}},
         "FQty", "第1行“数量”必须大于0"),
        ({"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 5}, "FWorkShopID", "第1行字段[生产车间]是必录字段"),
        ({"FQty": 5, "FWorkShopID": {"FNumber": "WS01"}}, "FMaterialId", "第1行字段[物料编码]是必录字段"),
    ],
)  # fmt: skip
async def test_save_validates_like_k3(k3: K3, row: dict[str, object], field: str, message: str) -> None:
    reply = await k3.call("Save", "PRD_MO", {"Model": {"FTreeEntity": [row]}})
    st = status(reply)
    assert st["IsSuccess"] is False and st["MsgCode"] == 11
    assert {"FieldName": field, "DIndex": 0}.items() <= st["Errors"][0].items()
    assert message in st["Errors"][0]["Message"]
    assert reply["Result"]["Id"] == ""
    before = await k3.query("PRD_MO", "FID")
    assert len(before) == 40  # nothing was written


async def test_reused_bill_number_is_refused(k3: K3) -> None:
    model = {"FBillNo": "MO20261101", "FTreeEntity": [{"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 1,
                                                        "FWorkShopID": {"FNumber": "WS01"}}]}  # fmt: skip
    st = status(await k3.call("Save", "PRD_MO", {"Model": model}))
    assert st["MsgCode"] == 11
    assert st["Errors"][0]["Message"] == "违反字段唯一性要求：编码唯一。[MO20261101]在当前系统中已经被使用。"


async def test_audit_confirms_the_plan_and_release_start_finish_close(k3: K3) -> None:
    no = await k3.new_order()
    st = status(await k3.call("Audit", "PRD_MO", {"Numbers": [no]}))
    assert st["MsgCode"] == 11  # must be submitted first
    await k3.ok("Submit", "PRD_MO", {"Numbers": [no]})
    await k3.ok("Audit", "PRD_MO", {"Numbers": [no]})
    assert (await k3.order(no))["FStatus"] == 2
    for op, expected in (("ToRelease", 3), ("ToStart", 4), ("ToFinish", 5), ("ToClose", 6)):
        before = (await k3.order(no))["FModifyDate"]
        await k3.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op=op)
        order = await k3.order(no)
        assert order["FStatus"] == expected
        assert order["FModifyDate"] >= before


@pytest.mark.parametrize(
    ("seeded", "op"),
    [
        ("MO20261107", "ToStart"),  # created (2): must be released first
        ("MO20261107", "ToFinish"),
        ("MO20261101", "ToFinish"),  # released (3): must be started first
        ("MO20261101", "ToRelease"),  # already released
        ("MO20261102", "ToRelease"),  # started (4)
        ("MO20261107", "ForceClose"),  # created orders are not closed
        ("MO20261106", "ToRelease"),  # closed (6)
        ("MO20261106", "UnDoToRelease"),
        ("MO20261102", "UnDoToRelease"),  # started, with reported quantity
    ],
)
async def test_status_rules(k3: K3, seeded: str, op: str) -> None:
    before = await k3.order(seeded)
    st = status(await k3.call("ExcuteOperation", "PRD_MO", {"Numbers": [seeded]}, op=op))
    assert st["IsSuccess"] is False and st["MsgCode"] == 11
    assert seeded in st["Errors"][0]["Message"]
    assert await k3.order(seeded) == before


async def test_release_needs_an_audited_order(k3: K3) -> None:
    no = await k3.new_order()
    st = status(await k3.call("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="ToRelease"))
    assert st["MsgCode"] == 11 and "未审核" in st["Errors"][0]["Message"]


@pytest.mark.parametrize(("seeded", "op"), [("MO20261101", "ForceClose"), ("MO20261102", "ToClose"),
                                            ("MO20261105", "ToClose")])  # fmt: skip
async def test_close_from_released_started_or_finished(k3: K3, seeded: str, op: str) -> None:
    order = await k3.order(seeded)
    data = {"PkEntryIds": [{"Id": str(order["FID"]), "EntryIds": str(order["FTreeEntity_FEntryId"])}]}
    await k3.ok("ExcuteOperation", "PRD_MO", data, op=op)
    assert (await k3.order(seeded))["FStatus"] == 6


async def test_undo_release_and_plan_confirm(k3: K3) -> None:
    no = await k3.released_order()
    await k3.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="UnDoToRelease")
    assert (await k3.order(no))["FStatus"] == 2
    await k3.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="UnDoToPlanConfirm")
    assert (await k3.order(no))["FStatus"] == 1
    await k3.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="ToPlanConfirm")
    assert (await k3.order(no))["FStatus"] == 2


async def test_unknown_operation(k3: K3) -> None:
    st = status(await k3.call("ExcuteOperation", "PRD_MO", {"Numbers": ["MO20261101"]}, op="Pause"))
    assert st["MsgCode"] == 4


async def test_closed_order_cannot_be_changed_or_unaudited(k3: K3) -> None:
    order = await k3.order("MO20261106")
    model = {"FID": order["FID"], "FTreeEntity": [{"FEntryId": order["FTreeEntity_FEntryId"], "FQty": 999}]}
    st = status(await k3.call("Save", "PRD_MO", {"Model": model, "NeedUpDateFields": ["FTreeEntity", "FQty"]}))
    assert st["MsgCode"] == 11 and "已结案" in st["Errors"][0]["Message"]
    st = status(await k3.call("UnAudit", "PRD_MO", {"Numbers": ["MO20261106"]}))
    assert st["MsgCode"] == 11 and "已结案" in st["Errors"][0]["Message"]
    assert await k3.order("MO20261106") == order


async def test_partial_update_by_fid_changes_only_named_fields(k3: K3) -> None:
    order = await k3.order("MO20261101")
    row = {"FEntryId": order["FTreeEntity_FEntryId"], "FQty": 1200, "FWorkShopID": {"FNumber": "WS03"}}
    data = {"Model": {"FID": order["FID"], "FTreeEntity": [row]}, "NeedUpDateFields": ["FTreeEntity", "FQty"],
            "IsDeleteEntry": False}  # fmt: skip
    await k3.ok("Save", "PRD_MO", data)
    rows = await k3.query("PRD_MO", "FQty,FWorkShopID.FNumber,FStatus", "FBillNo = 'MO20261101'")
    assert rows == [[1200.0, "WS02", 3]]  # workshop was not in NeedUpDateFields


async def test_quantity_cannot_drop_below_reported(k3: K3) -> None:
    order = await k3.order("MO20261102")  # 1000 ordered, 202 reported
    row = {"FEntryId": order["FTreeEntity_FEntryId"], "FQty": 150}
    data = {"Model": {"FID": order["FID"], "FTreeEntity": [row]}, "NeedUpDateFields": ["FTreeEntity", "FQty"]}
    st = status(await k3.call("Save", "PRD_MO", data))
    assert st["MsgCode"] == 11 and "已汇报数量" in st["Errors"][0]["Message"]


async def test_unaudit_then_delete(k3: K3) -> None:
    no = await k3.new_order()
    await k3.ok("Submit", "PRD_MO", {"Numbers": [no]})
    await k3.ok("Audit", "PRD_MO", {"Numbers": [no]})
    st = status(await k3.call("Delete", "PRD_MO", {"Numbers": [no]}))
    assert st["MsgCode"] == 11  # audited bills cannot be deleted
    await k3.ok("UnAudit", "PRD_MO", {"Numbers": [no]})
    assert (await k3.order(no))["FDocumentStatus"] == "D"
    await k3.ok("Delete", "PRD_MO", {"Numbers": [no]})
    assert await k3.query("PRD_MO", "FID", f"FBillNo = '{no}'") == []


async def test_released_order_cannot_be_unaudited(k3: K3) -> None:
    st = status(await k3.call("UnAudit", "PRD_MO", {"Numbers": ["MO20261101"]}))
    assert st["MsgCode"] == 11


async def test_multi_bill_operation_partly_succeeds(k3: K3) -> None:
    reply = await k3.call("ExcuteOperation", "PRD_MO", {"Numbers": ["MO20261101", "MO20261107"]}, op="ToStart")
    st = status(reply)
    assert st["IsSuccess"] is False
    assert [e["Number"] for e in st["SuccessEntitys"]] == ["MO20261101"]
    assert [e["DIndex"] for e in st["Errors"]] == [1]
    assert (await k3.order("MO20261101"))["FStatus"] == 4


async def test_auto_submit_and_audit(k3: K3) -> None:
    model = {"FTreeEntity": [{"FMaterialId": {"FNumber": "01.01.0002"}, "FQty": 3, "FWorkShopID": {"FNumber": "WS02"}}]}
    result = await k3.ok("Save", "PRD_MO", {"Model": model, "IsAutoSubmitAndAudit": "true"})
    order = await k3.order(result["Number"])
    assert order["FDocumentStatus"] == "C" and order["FStatus"] == 2
