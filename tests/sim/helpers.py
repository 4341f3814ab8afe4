"""Small helpers for talking K/3 wire JSON to the emulator in tests."""

from __future__ import annotations

from typing import Any

import httpx

SVC = "Kingdee.BOS.WebApi.ServicesStub.DynamicFormService."
AUTH = "Kingdee.BOS.WebApi.ServicesStub.AuthService."
DEMO = {"acct": "demo", "user": "demo", "password": "demo"}
APP_ID = "300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
APP_SECRET = "0123456789abcdef0123456789abcdef"


def url(service: str) -> str:
    return f"{service}.common.kdsvc"


def status(reply: Any) -> dict[str, Any]:
    """The ResponseStatus of any reply shape (ExecuteBillQuery errors come wrapped in [[...]])."""
    if isinstance(reply, list):
        reply = reply[0][0]
    return dict(reply["Result"]["ResponseStatus"])


class K3:
    """A session-login client speaking the Python-SDK body shape: `await k3.call("Save", "PRD_MO", {...})`."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http

    async def login(self) -> dict[str, Any]:
        r = await self.http.post(url(AUTH + "ValidateUser"), json={"parameters": ["demo", "demo", "demo", 2052]})
        r.raise_for_status()
        return dict(r.json())

    async def raw(self, method: str, body: Any) -> httpx.Response:
        return await self.http.post(url(SVC + method), json=body)

    async def call(self, method: str, form_id: str | None = None, data: Any = None, op: str | None = None) -> Any:
        body: dict[str, Any] = {"data": data if data is not None else {}}
        if form_id is not None:
            body["formid"] = form_id
        if op is not None:
            body["opNumber"] = op
        r = await self.raw(method, body)
        assert r.status_code == 200, r.text
        return r.json()

    async def query(self, form_id: str, keys: str, flt: str = "", **extra: Any) -> list[list[Any]]:
        data = {"FormId": form_id, "FieldKeys": keys, "FilterString": flt, **extra}
        rows = await self.call("ExecuteBillQuery", data=data)
        assert not (rows and isinstance(rows[0][0], dict)), rows
        return list(rows)

    async def ok(self, method: str, form_id: str, data: Any, op: str | None = None) -> dict[str, Any]:
        reply = await self.call(method, form_id, data, op)
        st = status(reply)
        assert st["IsSuccess"], st
        return dict(reply["Result"])

    async def order(self, bill_no: str) -> dict[str, Any]:
        keys = "FID,FTreeEntity_FEntryId,FBillNo,FQty,FStatus,FDocumentStatus,FRptFinishQty,FStockInQuaQty,FModifyDate"
        rows = await self.query("PRD_MO", keys, f"FBillNo = '{bill_no}'")
        assert len(rows) == 1, rows
        return dict(zip(keys.split(","), rows[0], strict=True))

    async def new_order(self, qty: float = 100, material: str = "01.01.0001", workshop: str = "WS01") -> str:
        model = {
            "FBillType": {"FNUMBER": "SCDD01_SYS"},
            "FDate": "2026-11-21",
            "FPrdOrgId": {"FNumber": "100"},
            "FTreeEntity": [
                {
                    "FMaterialId": {"FNumber": material},
                    "FQty": qty,
                    "FWorkShopID": {"FNumber": workshop},
                    "FPlanStartDate": "2026-11-22",
                    "FPlanFinishDate": "2026-11-30",
                }
            ],
        }
        result = await self.ok("Save", "PRD_MO", {"Model": model})
        return str(result["Number"])

    async def released_order(self, qty: float = 100) -> str:
        no = await self.new_order(qty)
        await self.ok("Submit", "PRD_MO", {"Numbers": [no]})
        await self.ok("Audit", "PRD_MO", {"Numbers": [no]})
        await self.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="ToRelease")
        return no

    async def started_order(self, qty: float = 100) -> str:
        """A new order, released and started: the state K/3 takes reports in."""
        no = await self.released_order(qty)
        await self.ok("ExcuteOperation", "PRD_MO", {"Numbers": [no]}, op="ToStart")
        return no

    async def push_report(self, bill_no: str) -> int:
        data = {"Numbers": [bill_no], "TargetFormId": "PRD_MORPT", "IsEnableDefaultRule": "true"}
        result = await self.ok("Push", "PRD_MO", data)
        return int(result["ResponseStatus"]["SuccessEntitys"][0]["Id"])

    async def fill_report(self, report_id: int, good: float, scrap: float) -> dict[str, Any]:
        rows = await self.query("PRD_MORPT", "FEntity_FEntryID", f"FID = {report_id}")
        entry = {"FEntryID": rows[0][0], "FQuaQty": good, "FFailQty": scrap}
        data = {
            "Model": {"FID": report_id, "FEntity": [entry]},
            "NeedUpDateFields": ["FEntity", "FQuaQty", "FFailQty"],
            "IsDeleteEntry": False,
        }
        return dict(await self.call("Save", "PRD_MORPT", data))
