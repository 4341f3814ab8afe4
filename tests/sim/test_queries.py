"""Queries and base data: envelopes, errors, paging, ordering, body shapes, materials, BOMs, stock, View."""

from __future__ import annotations

import json

import pytest

from .helpers import K3, SVC, status, url


@pytest.mark.parametrize(
    ("data", "code", "message"),
    [
        ({"FormId": "NO_SUCH_FORM", "FieldKeys": "FID"}, 4, "标识为“NO_SUCH_FORM”的业务对象不存在，或者被删除"),
        ({"FormId": "PRD_MO", "FieldKeys": "FBillNo,FNoSuchField"}, 9, "元数据中标识为FNoSuchField的字段不存在"),
        ({"FormId": "PRD_MO", "FieldKeys": "FMaterialId.FNoSuch"}, 9, "元数据中标识为FMaterialId.FNoSuch的字段不存在"),
        ({"FormId": "PRD_MO", "FieldKeys": ""}, 8, "data 数据包中的参数 FieldKeys 的值不能为空"),
        ({"FormId": "PRD_MO", "FieldKeys": "FID", "FilterString": "FID = = 1"}, 4, "GetRealExpress error"),
        ({"FormId": "PRD_MO", "FieldKeys": "FID", "FilterString": "FID = 1; DELETE"}, 4, "GetRealExpress error"),
    ],
)
async def test_query_errors(k3: K3, data: dict[str, object], code: int, message: str) -> None:
    reply = await k3.call("ExecuteBillQuery", data=data)
    st = status(reply)  # wrapped as [[{"Result": ...}]]
    assert st["MsgCode"] == code and message in st["Errors"][0]["Message"]
    plain = await k3.call("BillQuery", data=data)
    assert isinstance(plain, dict) and status(plain)["MsgCode"] == code


async def test_injection_does_not_touch_the_data(k3: K3) -> None:
    flt = "FBillNo = 'x' or 1=1; DROP TABLE docs --"
    reply = await k3.call("ExecuteBillQuery", data={"FormId": "PRD_MO", "FieldKeys": "FID", "FilterString": flt})
    assert status(reply)["MsgCode"] == 4
    assert len(await k3.query("PRD_MO", "FID")) == 40
    assert await k3.query("PRD_MO", "FID", "FBillNo = 'x'' or ''1''=''1'") == []


async def test_paging_ordering_and_top(k3: K3) -> None:
    all_rows = await k3.query("BD_MATERIAL", "FNumber", "FNumber like '03.%'", OrderString="FNumber DESC")
    numbers = [r[0] for r in all_rows]
    assert numbers == sorted(numbers, reverse=True) and len(numbers) > 1000
    pages = []
    start = 0
    while True:
        page = await k3.query("BD_MATERIAL", "FNumber", "FNumber like '03.%'", OrderString="FNumber DESC",
                              StartRow=start, Limit=500)  # fmt: skip
        pages += [r[0] for r in page]
        if len(page) < 500:
            break
        start += 500
    assert pages == numbers
    top = await k3.query("BD_MATERIAL", "FNumber", "", TopRowCount=3, OrderString="FMATERIALID")
    assert len(top) == 3


async def test_order_by_two_keys(k3: K3) -> None:
    rows = await k3.query("PRD_MO", "FWorkShopID.FNumber,FQty", "", OrderString="FWorkShopID.FNumber ASC, FQty DESC")
    assert rows == sorted(rows, key=lambda r: (r[0], -r[1]))


async def test_query_by_modify_date(k3: K3) -> None:
    rows = await k3.query("PRD_MO", "FModifyDate", "", OrderString="FModifyDate DESC", TopRowCount=1)
    newest = rows[0][0]
    no = await k3.new_order()
    changed = await k3.query("PRD_MO", "FBillNo", f"FModifyDate >= '{newest}'")
    assert [no] == [r[0] for r in changed if r[0] == no]


_WS03 = {"FormId": "BD_Department", "FieldKeys": "FNumber", "FilterString": "FNumber = 'WS03'"}
_LEGACY = {"format": 1, "useragent": "ApiClient", "rid": "1", "timestamp": "2026-11-21", "v": "1.0"}


@pytest.mark.parametrize(
    "body",
    [
        {"data": _WS03},  # Python SDK
        {"data": json.dumps(_WS03)},  # data as a JSON string
        {"parameters": [json.dumps(_WS03)]},  # Java / .NET SDK
        {**_LEGACY, "parameters": json.dumps([_WS03])},  # legacy: parameters as a JSON string
    ],
)
async def test_three_body_shapes(k3: K3, body: dict[str, object]) -> None:
    r = await k3.http.post(url(SVC + "ExecuteBillQuery"), json=body)
    assert r.json() == [["WS03"]]


async def test_save_in_java_shape_with_string_data(k3: K3) -> None:
    model = {"FTreeEntity": [{"FMaterialId": {"FNumber": "01.01.0001"}, "FQty": 7, "FWorkShopID": {"FNumber": "WS01"}}]}
    r = await k3.http.post(url(SVC + "Save"), json={"parameters": ["PRD_MO", json.dumps({"Model": model})]})
    number = r.json()["Result"]["Number"]
    r = await k3.http.post(url(SVC + "ExcuteOperation"), json={"parameters": ["PRD_MO", "Forbid", "{}"]})
    assert status(r.json())["IsSuccess"] is False
    assert (await k3.order(number))["FQty"] == 7


async def test_bill_query_returns_dicts_keyed_as_requested(k3: K3) -> None:
    rows = await k3.call("BillQuery", data={"FormId": "PRD_MO", "FieldKeys": "FBillNo,FMaterialId.FNumber,FStatus",
                                            "FilterString": "FBillNo = 'MO20261106'"})  # fmt: skip
    assert rows == [{"FBillNo": "MO20261106", "FMaterialId.FNumber": "01.04.0001", "FStatus": 6}]


async def test_seeded_order_statuses(k3: K3) -> None:
    rows = await k3.query("PRD_MO", "FBillNo,FStatus,FDocumentStatus", "FBillNo in ('MO20261101','MO20261102',"
                          "'MO20261105','MO20261106','MO20261107')", OrderString="FBillNo")  # fmt: skip
    assert rows == [["MO20261101", 3, "C"], ["MO20261102", 4, "C"], ["MO20261105", 5, "C"], ["MO20261106", 6, "C"],
                    ["MO20261107", 2, "C"]]  # fmt: skip


async def test_bare_base_data_key_returns_the_internal_id(k3: K3) -> None:
    rows = await k3.query("PRD_MO", "FMaterialId,FMaterialId.FNumber", "FBillNo = 'MO20261101'")
    mats = await k3.query("BD_MATERIAL", "FMATERIALID", f"FNumber = '{rows[0][1]}'")
    assert rows[0][0] == mats[0][0]


async def test_materials_from_csv(k3: K3) -> None:
    keys = (
        "FNumber,FName,FSpecification,FMaterialGroup.FName,FMaterialGroup.FNumber,FErpClsID,"
        "FBaseUnitId.FNumber,FSafeStock,FForbidStatus"
    )
    rows = await k3.query(
        "BD_MATERIAL", keys, "FNumber in ('01.01.0001','02.01.0001','03.01.0001')", OrderString="FNumber"
    )
    assert [r[3:7] for r in rows] == [["产成品", "01", "2", "PCS"], ["半成品", "02", "2", "PCS"],
                                      ["原材料", "03", "1", rows[2][6]]]  # fmt: skip
    assert rows[0][:3] == ["01.01.0001", "液压阀体", "HV-2050"] and rows[0][7] == 100.0 and rows[0][8] == "A"


async def test_material_save_create_update_and_forbid(k3: K3) -> None:
    model = {"FNumber": "01.09.0001", "FName": "测试阀", "FSpecification": "T-1", "FMaterialGroup": {"FNumber": "01"},
             "SubHeadEntity": {"FErpClsID": "2", "FBaseUnitId": {"FNumber": "PCS"}}}  # fmt: skip
    created = await k3.ok("Save", "BD_MATERIAL", {"Model": model, "IsAutoSubmitAndAudit": True})
    keys = "FMATERIALID,FName,FErpClsID,FMaterialGroup.FName,FDocumentStatus,FModifyDate"
    rows = await k3.query("BD_MATERIAL", keys, "FNumber = '01.09.0001'")
    assert rows[0][:5] == [created["Id"], "测试阀", "2", "产成品", "C"]
    dup = status(await k3.call("Save", "BD_MATERIAL", {"Model": model}))
    assert dup["MsgCode"] == 11 and "[01.09.0001]在当前系统中已经被使用" in dup["Errors"][0]["Message"]
    await k3.ok("Save", "BD_MATERIAL", {"Model": {"FMATERIALID": created["Id"], "FName": "测试阀二"},
                                        "NeedUpDateFields": ["FName"]})  # fmt: skip
    assert (await k3.query("BD_MATERIAL", "FName,FSpecification", "FNumber = '01.09.0001'")) == [["测试阀二", "T-1"]]
    # a new material can be produced right away
    no = await k3.new_order(material="01.09.0001")
    assert (await k3.order(no))["FQty"] == 100
    await k3.ok("ExcuteOperation", "BD_MATERIAL", {"Numbers": ["01.09.0001"]}, op="Forbid")
    assert (await k3.query("BD_MATERIAL", "FForbidStatus", "FNumber = '01.09.0001'")) == [["B"]]
    st = status(await k3.call("Save", "PRD_MO", {"Model": {"FTreeEntity": [
        {"FMaterialId": {"FNumber": "01.09.0001"}, "FQty": 1, "FWorkShopID": {"FNumber": "WS01"}}]}}))  # fmt: skip
    assert st["Errors"][0]["FieldName"] == "FMaterialId"  # forbidden base data does not resolve


async def test_departments_and_bom(k3: K3) -> None:
    rows = await k3.query("BD_Department", "FNumber,FName", "", OrderString="FNumber")
    assert rows[:3] == [["WS01", "机加一车间"], ["WS02", "机加二车间"], ["WS03", "装配车间"]]
    bom = await k3.query("ENG_BOM", "FNumber,FMATERIALID.FNumber,FMATERIALIDCHILD.FNumber,FNUMERATOR,FDENOMINATOR",
                         "FMATERIALID.FNumber = '01.01.0001'")  # fmt: skip
    assert bom[0] == ["01.01.0001_V1.0", "01.01.0001", "03.01.1012", 2.0, 1.0] and len(bom) == 5


async def test_inventory_query(k3: K3) -> None:
    keys = (
        "FMaterialId.FNumber,FMaterialId.FName,FStockId.FNumber,FQty,FBaseQty,FAVBQty,FBaseAVBQty,FBaseUnitId.FNumber"
    )
    assert await k3.query("STK_Inventory", keys, "FMaterialId.FNumber = '01.01.0002'") == [
        ["01.01.0002", "液压阀体", "CK02", 500.0, 500.0, 500.0, 500.0, "PCS"]
    ]
    st = status(await k3.call("Save", "STK_Inventory", {"Model": {"FQty": 1}}))
    assert st["IsSuccess"] is False


async def test_view_by_id_and_missing(k3: K3) -> None:
    order = await k3.order("MO20261101")
    bill = (await k3.ok("View", "PRD_MO", {"Id": order["FID"]}))["Result"]
    assert bill["BillNo"] == "MO20261101" and bill["PrdOrgId"]["Number"] == "100" and bill["PrdOrgId_Id"] == 1
    assert bill["TreeEntity"][0]["Id"] == order["FTreeEntity_FEntryId"]
    assert bill["TreeEntity"][0]["MaterialId"]["Number"] == "01.01.0008"
    st = status(await k3.call("View", "PRD_MO", {"Number": "MO00000000"}))
    assert st["IsSuccess"] is False and st["MsgCode"] == 10
