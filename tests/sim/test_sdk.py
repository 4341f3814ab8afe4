"""The official Kingdee SDK (kingdee-cdp-webapi-sdk) against the emulator over real HTTP, in both auth modes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from k3cloud_webapi_sdk.main import K3CloudApiSdk

from .helpers import APP_ID, APP_SECRET

AUTH = "Kingdee.BOS.WebApi.ServicesStub.AuthService."


def make_sdk(base_url: str, *, secret: str = APP_SECRET, acct: str = "demo") -> K3CloudApiSdk:
    """Configured in code, no conf.ini: acct, user, AppID, AppSecret, server URL."""
    sdk = K3CloudApiSdk(base_url, timeout=20)
    sdk.InitConfig(acct, "demo", APP_ID, secret, base_url, lcid=2052, org_num=0)
    return sdk


def order_model(qty: float) -> dict[str, Any]:
    return {
        "FID": 0,
        "FBillType": {"FNUMBER": "SCDD01_SYS"},
        "FDate": "2026-11-21",
        "FPrdOrgId": {"FNumber": "100"},
        "FTreeEntity": [
            {
                "FProductType": "1",
                "FMaterialId": {"FNumber": "01.01.0003"},
                "FUnitId": {"FNumber": "Pcs"},
                "FQty": qty,
                "FWorkShopID": {"FNumber": "WS02"},
                "FPlanStartDate": "2026-11-22",
                "FPlanFinishDate": "2026-11-28",
            }
        ],
    }


def run_order_lifecycle(sdk: K3CloudApiSdk) -> None:
    saved = json.loads(sdk.Save("PRD_MO", {"Model": order_model(42), "IsAutoSubmitAndAudit": True}))
    assert saved["Result"]["ResponseStatus"]["IsSuccess"], saved
    bill_no, bill_id = saved["Result"]["Number"], saved["Result"]["Id"]

    viewed = json.loads(sdk.View("PRD_MO", {"Number": bill_no}))["Result"]
    assert viewed["ResponseStatus"]["IsSuccess"]
    bill = viewed["Result"]
    assert bill["Id"] == bill_id and bill["BillNo"] == bill_no and bill["DocumentStatus"] == "C"
    row = bill["TreeEntity"][0]
    assert row["Qty"] == 42 and row["MaterialId"]["Number"] == "01.01.0003" and row["Status"] == 2
    assert row["WorkShopID"]["Name"][0] == {"Key": 2052, "Value": "机加二车间"}

    op = json.loads(sdk.ExcuteOperation("PRD_MO", "ToRelease", {"Ids": str(bill_id)}))
    assert op["Result"]["ResponseStatus"]["IsSuccess"], op

    query = {
        "FormId": "PRD_MO",
        "FieldKeys": "FBillNo,FStatus,FQty,FWorkShopID.FNumber",
        "FilterString": f"FBillNo = '{bill_no}'",
    }
    assert json.loads(sdk.ExecuteBillQuery(query)) == [[bill_no, 3, 42.0, "WS02"]]
    assert json.loads(sdk.BillQuery(query)) == [
        {"FBillNo": bill_no, "FStatus": 3, "FQty": 42.0, "FWorkShopID.FNumber": "WS02"}
    ]


def test_sdk_per_request_signature(base_url: str) -> None:
    sdk = make_sdk(base_url)
    run_order_lifecycle(sdk)
    assert sdk.cookiesStore.SID  # the first signed call was given a session


def test_sdk_session_login(base_url: str) -> None:
    # A wrong app secret makes every signature invalid, so only the ValidateUser session can carry the calls.
    sdk = make_sdk(base_url, secret="0" * 32)
    denied = json.loads(sdk.ExecuteBillQuery({"FormId": "BD_Department", "FieldKeys": "FNumber"}))
    assert denied[0][0]["Result"]["ResponseStatus"]["MsgCode"] == 1
    login = json.loads(sdk.Execute(AUTH + "ValidateUser", {"parameters": ["demo", "demo", "demo", 2052]}))
    assert login["LoginResultType"] == 1
    assert login["KDSVCSessionId"] == sdk.cookiesStore.SID
    run_order_lifecycle(sdk)


def test_sdk_business_errors_come_back_in_the_envelope(base_url: str) -> None:
    sdk = make_sdk(base_url)
    reply = json.loads(sdk.ExecuteBillQuery({"FormId": "NO_SUCH_FORM", "FieldKeys": "FID"}))
    st = reply[0][0]["Result"]["ResponseStatus"]
    assert st["MsgCode"] == 4 and st["Errors"][0]["Message"] == "标识为“NO_SUCH_FORM”的业务对象不存在，或者被删除"
    bad = order_model(10)
    bad["FTreeEntity"][0]["FMaterialId"] = {"FNumber": "99.99.9999"}
    saved = json.loads(sdk.Save("PRD_MO", {"Model": bad}))["Result"]["ResponseStatus"]
    assert not saved["IsSuccess"] and saved["MsgCode"] == 11
    assert saved["Errors"][0]["FieldName"] == "FMaterialId"


def test_sdk_with_unknown_acct_raises(base_url: str) -> None:
    sdk = make_sdk(base_url, acct="nope")
    with pytest.raises(RuntimeError, match="Fail to verify thirty passport"):
        sdk.ExecuteBillQuery({"FormId": "BD_Department", "FieldKeys": "FNumber"})
