"""The one K/3 Cloud WebAPI client: one httpx.AsyncClient, typed operations, writes that never double.

Reads are retried with backoff. Writes are sent once; every write carries an idempotency key that is
stored in the bill (`FDescription`, as `DK3#<key>`) or is a set-to-value change that can be read back,
so after any doubtful outcome the client looks the result up before deciding anything.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from datetime import date, datetime
from typing import Any, Literal

import httpx
from pydantic import BaseModel, SecretStr
from tenacity import AsyncRetrying, retry_if_exception_type, stop_after_attempt, wait_exponential

from dingk3.config import Settings
from dingk3.errors import K3AuthError, K3BusinessError, K3Error, K3TransportError, K3WriteUncertainError
from tools.k3 import wire
from tools.k3.models import (
    BomLine,
    Material,
    OrderAction,
    OrderChange,
    OrderStatus,
    ProductionOrder,
    ReportResult,
    StockLevel,
    Workshop,
    WriteResult,
)
from tools.k3.signing import login_sign, signed_headers

__all__ = ["K3Client", "K3Config"]

log = logging.getLogger("dingk3.k3")

_FORM_SERVICE = "Kingdee.BOS.WebApi.ServicesStub.DynamicFormService."
_AUTH_SERVICE = "Kingdee.BOS.WebApi.ServicesStub.AuthService."
_KEY_TAG = "DK3#"
_SURE_PAGE = 2000  # rows per ExecuteBillQuery page every K/3 version answers (newer ones up to 10,000)

_STATUS_CODES: dict[OrderStatus, tuple[int, ...]] = {
    OrderStatus.created: (1, 2),
    OrderStatus.released: (3,),
    OrderStatus.started: (4,),
    OrderStatus.finished: (5,),
    OrderStatus.closed: (6,),
}
# action → (K/3 operation, FStatus it leads to, FStatus values it may start from)
_ACTIONS: dict[OrderAction, tuple[str, int, tuple[int, ...]]] = {
    OrderAction.release: ("ToRelease", 3, (1, 2)),
    OrderAction.start: ("ToStart", 4, (3,)),
    OrderAction.finish: ("ToFinish", 5, (4,)),
    OrderAction.close: ("ToClose", 6, (3, 4, 5)),
}
# K/3's own names of a production order's FStatus (Chinese text never carries the English enum words)
_K3_STATES = {1: "计划", 2: "计划确认", 3: "下达", 4: "开工", 5: "完工", 6: "结案"}
_MATERIAL_FIELDS = (
    "FMATERIALID",
    "FNumber",
    "FName",
    "FSpecification",
    "FBaseUnitId.FNumber",
    "FMaterialGroup.FName",
    "FErpClsID",
    "FSafeStock",
    "FForbidStatus",
    "FDocumentStatus",
    "FModifyDate",
)
_MO_FIELDS = (
    "FID",
    "FTreeEntity_FEntryId",
    "FBillNo",
    "FMaterialId.FNumber",
    "FMaterialId.FName",
    "FMaterialId.FSpecification",
    "FUnitId.FNumber",
    "FQty",
    "FWorkShopID.FNumber",
    "FWorkShopID.FName",
    "FPlanStartDate",
    "FPlanFinishDate",
    "FStatus",
    "FDocumentStatus",
    "FDescription",
    "FCreateDate",
    "FModifyDate",
)


class K3Config(BaseModel):
    """Connection and auth settings of one K/3 Cloud account."""

    base_url: str
    auth: Literal["signature", "password", "appsecret", "sign"] = "signature"
    acct_id: str
    username: str
    password: SecretStr = SecretStr("")
    app_id: str = ""
    app_secret: SecretStr = SecretStr("")
    lcid: int = 2052
    org_number: str = "100"
    bill_type: str = "SCDD01_SYS"
    timeout_s: float = 30.0
    read_retries: int = 3
    retry_wait_s: float = 0.2
    settle_s: float = 1.0
    alias_fields: tuple[str, ...] = ("FMnemonicCode", "FOldNumber", "FDescription")  # BD_MATERIAL keys
    workshop_form: str = "BD_Department"
    workshop_filter: str = ""  # FilterString that picks the workshops among that form's rows

    @classmethod
    def from_settings(cls, s: Settings) -> K3Config:
        return cls(
            base_url=s.k3_url,
            auth=s.k3_auth,
            acct_id=s.k3_acct_id,
            username=s.k3_username,
            password=s.k3_password,
            app_id=s.k3_app_id,
            app_secret=s.k3_app_secret,
            lcid=s.k3_lcid,
            org_number=s.k3_org_number,
            bill_type=s.k3_bill_type,
            timeout_s=s.k3_timeout_s,
            read_retries=s.k3_read_retries,
            alias_fields=tuple(f.strip() for f in s.k3_alias_fields.split(",") if f.strip()),
            workshop_form=s.k3_workshop_form,
            workshop_filter=s.k3_workshop_filter,
        )


class _NotSent(K3TransportError):
    """The request never reached K/3 (connection refused): resending is safe."""


class _Answered(K3TransportError):
    """K/3 answered, but not with a usable reply (HTTP 5xx, garbage): it has finished with the request."""


class _NoAnswer(K3TransportError):
    """The request may have reached K/3 and no answer came back (timeout, reset): outcome unknown."""


def _q(value: str) -> str:
    """A FilterString string literal."""
    return "'" + value.replace("'", "''") + "'"


def _date(value: Any) -> date | None:
    moment = _datetime(value)
    return moment.date() if moment else None


def _datetime(value: Any) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(str(value).replace("Z", "+00:00"))


def _k3_time(moment: datetime) -> str:
    """A moment as K/3 stamps it (its local time, to the second) for a FilterString."""
    return moment.replace(tzinfo=None, microsecond=0).isoformat(timespec="seconds")


def _aliases(row: dict[str, Any], fields: Sequence[str], number: str) -> tuple[str, ...]:
    """Other names of a material: each alias field's text, `;`-separated lists split, the number itself left out."""
    out: dict[str, None] = {}
    for f in fields:
        for part in str(row.get(f) or "").replace("；", ";").split(";"):
            if part.strip() and part.strip() != number:
                out[part.strip()] = None
    return tuple(out)


def _key_tag(key: str) -> str:
    if not key or not key.replace("-", "").isalnum():
        raise ValueError("idempotency key must be non-empty letters, digits or '-'")
    return _KEY_TAG + key


class K3Client:
    """`async with K3Client(config) as k3: await k3.get_order("MO20261101")`."""

    def __init__(
        self,
        config: K3Config,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        base = config.base_url if config.base_url.endswith("/") else config.base_url + "/"
        self._http = httpx.AsyncClient(base_url=base, timeout=config.timeout_s, transport=transport)
        self._urls: dict[str, httpx.URL] = {}  # service path → absolute URL (httpx re-parses relative ones per call)
        self._clock = clock
        self._login_lock = asyncio.Lock()
        self._logged_in = False
        self.calls = 0  # K/3 HTTP calls made, for metrics and benchmarks

    @classmethod
    def from_settings(cls, settings: Settings, *, transport: httpx.AsyncBaseTransport | None = None) -> K3Client:
        return cls(K3Config.from_settings(settings), transport=transport)

    async def __aenter__(self) -> K3Client:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    # ------------------------------------------------------------------ transport

    async def _post(self, service: str, body: dict[str, Any], *, what: str = "") -> Any:
        """One HTTP POST to `<service>.common.kdsvc`; classifies every failure."""
        url = self._urls.get(service)
        if url is None:
            url = self._urls[service] = self._http.base_url.join(f"{service}.common.kdsvc")
        headers = {"Content-Type": "application/json", "Accept-Charset": "utf-8"}
        if self.config.auth == "signature" and not service.startswith(_AUTH_SERVICE):
            headers |= signed_headers(
                str(url),
                app_id=self.config.app_id,
                app_secret=self.config.app_secret.get_secret_value(),
                acct_id=self.config.acct_id,
                username=self.config.username,
                lcid=self.config.lcid,
                org_num=0,
                timestamp=int(self._clock()),
            )
        sid = self._http.cookies.get("kdservice-sessionid")
        if sid:
            headers["kdservice-sessionid"] = sid
        op = service.rsplit(".", 1)[-1]
        started = time.perf_counter()
        outcome = "error"
        self.calls += 1
        try:
            resp = await self._http.post(url, json=body, headers=headers)
            outcome = str(resp.status_code)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise _NotSent(f"K/3 unreachable: {exc!r}") from exc
        except httpx.TransportError as exc:
            raise _NoAnswer(f"K/3 gave no answer: {exc!r}") from exc
        finally:
            ms = (time.perf_counter() - started) * 1000
            log.info("k3 %s %s status=%s ms=%.0f", op, what, outcome, ms)
        if resp.status_code not in (200, 206):
            if "thirty passport" in resp.text or resp.status_code in (401, 403):
                raise K3AuthError(f"K/3 refused the account: HTTP {resp.status_code} {resp.text[:200]}")
            raise _Answered(f"K/3 HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            return wire.parse_body(resp.text)
        except K3Error as exc:
            raise _Answered(str(exc)) from exc

    async def _login(self) -> None:
        c = self.config
        secret = c.app_secret.get_secret_value()
        if c.auth == "password":
            service, params = "ValidateUser", [c.acct_id, c.username, c.password.get_secret_value(), c.lcid]
        elif c.auth == "appsecret":
            service, params = "LoginByAppSecret", [c.acct_id, c.username, c.app_id, secret, c.lcid]
        else:
            ts = int(self._clock())
            sign = login_sign(c.acct_id, c.username, c.app_id, secret, ts)
            service, params = "LoginBySign", [c.acct_id, c.username, c.app_id, ts, sign, c.lcid]
        body = await self._post(_AUTH_SERVICE + service, {"parameters": params}, what="login")
        wire.check_login(body)
        self._logged_in = True

    async def _ensure_session(self, *, fresh: bool = False) -> None:
        if self.config.auth == "signature":
            if fresh:
                self._http.cookies.clear()
            return
        async with self._login_lock:
            if fresh or not self._logged_in:
                self._http.cookies.clear()
                self._logged_in = False
                await self._login()

    async def _call(self, service: str, body: dict[str, Any], *, what: str = "") -> Any:
        """A call within a valid session; on MsgCode 1 log in again and send once more.

        MsgCode 1 means K/3 refused the request before doing anything, so resending is safe.
        """
        await self._ensure_session()
        for attempt in (1, 2):
            reply = await self._post(_FORM_SERVICE + service, body, what=what)
            try:
                return self._check(service, reply)
            except wire.SessionLost as exc:
                if attempt == 2:
                    raise K3AuthError("K/3 keeps answering MsgCode 1 after a fresh login") from exc
                await self._ensure_session(fresh=True)
        raise AssertionError("unreachable")

    @staticmethod
    def _check(service: str, reply: Any) -> Any:
        if service in ("ExecuteBillQuery", "BillQuery"):
            return wire.check_rows(reply)
        return wire.check_operation(reply)

    async def _read(self, service: str, body: dict[str, Any], *, what: str = "") -> Any:
        """A read: retried with exponential backoff on transport errors and 5xx."""
        retrying = AsyncRetrying(
            retry=retry_if_exception_type(K3TransportError),
            stop=stop_after_attempt(max(1, self.config.read_retries)),
            wait=wait_exponential(multiplier=self.config.retry_wait_s, max=5),
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                return await self._call(service, body, what=what)
        raise AssertionError("unreachable")

    async def _write(
        self,
        service: str,
        body: dict[str, Any],
        *,
        done: Callable[[], Awaitable[Any]],
        key: str,
        what: str = "",
    ) -> dict[str, Any] | None:
        """Send a write once. Returns K/3's result, or None when `done()` shows it already took effect.

        After a doubtful outcome the write is looked up with `done()`; it is sent again only when K/3
        surely did nothing (connection refused, or K/3 answered and the lookup finds nothing).
        """
        for _attempt in range(3):
            try:
                result: dict[str, Any] = await self._call(service, body, what=what)
                return result
            except _NotSent:
                await asyncio.sleep(self.config.retry_wait_s)
            except _Answered:
                if await done():
                    return None
                await asyncio.sleep(self.config.retry_wait_s)
            except _NoAnswer as exc:
                for _ in range(3):
                    if await done():
                        return None
                    await asyncio.sleep(self.config.settle_s)
                raise K3WriteUncertainError(f"{what}: no answer and not found by key", idempotency_key=key) from exc
        if await done():
            return None
        raise K3TransportError(f"{what}: K/3 failed three times; nothing was written")

    # ------------------------------------------------------------------ generic form services

    async def query(
        self,
        form_id: str,
        field_keys: Sequence[str],
        filter_string: str = "",
        *,
        order: str = "",
        limit: int = 2000,
        start: int = 0,
    ) -> list[dict[str, Any]]:
        """ExecuteBillQuery → rows as dicts keyed by the requested field keys."""
        data = {
            "FormId": form_id,
            "FieldKeys": ",".join(field_keys),
            "FilterString": filter_string,
            "OrderString": order,
            "TopRowCount": 0,
            "StartRow": start,
            "Limit": limit,
        }
        rows = await self._read("ExecuteBillQuery", {"data": data}, what=form_id)
        return [dict(zip(field_keys, row, strict=False)) for row in rows]

    async def _query_all(
        self,
        form_id: str,
        field_keys: Sequence[str],
        filter_string: str = "",
        *,
        order: str,
        page: int = 2000,
    ) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        start = 0
        while True:
            rows = await self.query(form_id, field_keys, filter_string, order=order, limit=page, start=start)
            out.extend(rows)
            # a K/3 may cap a page below what was asked (older ones at 2,000): only a page short of that is the end
            if len(rows) < min(page, _SURE_PAGE):
                return out
            start += len(rows)

    def _form_body(self, form_id: str, data: dict[str, Any], op: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {"formid": form_id, "data": data}
        if op:
            body["opNumber"] = op
        return body

    # ------------------------------------------------------------------ production orders

    async def _find_orders(self, filter_string: str, *, limit: int = 2000) -> list[ProductionOrder]:
        rows = await self.query("PRD_MO", _MO_FIELDS, filter_string, order="FBillNo ASC", limit=limit)
        reported = await self._reported_qty([str(r["FBillNo"]) for r in rows])
        return [self._order(r, reported.get(str(r["FBillNo"]), (0.0, 0.0))) for r in rows]

    async def _reported_qty(self, bill_nos: Sequence[str]) -> dict[str, tuple[float, float]]:
        """Good and scrap quantities of audited output reports, per order."""
        sums: dict[str, tuple[float, float]] = {}
        for i in range(0, len(bill_nos), 200):
            chunk = bill_nos[i : i + 200]
            if not chunk:
                continue
            flt = f"FMoBillNo in ({','.join(_q(b) for b in chunk)}) and FDocumentStatus = 'C'"
            for r in await self._query_all("PRD_MORPT", ("FMoBillNo", "FQuaQty", "FFailQty"), flt, order="FID ASC"):
                good, scrap = sums.get(str(r["FMoBillNo"]), (0.0, 0.0))
                sums[str(r["FMoBillNo"])] = (
                    good + float(r["FQuaQty"] or 0),
                    scrap + float(r["FFailQty"] or 0),
                )
        return sums

    @staticmethod
    def _order(r: dict[str, Any], reported: tuple[float, float]) -> ProductionOrder:
        return ProductionOrder(
            id=int(r["FID"]),
            entry_id=int(r["FTreeEntity_FEntryId"] or 0),
            bill_no=str(r["FBillNo"]),
            material=str(r["FMaterialId.FNumber"] or ""),
            material_name=str(r["FMaterialId.FName"] or ""),
            spec=str(r["FMaterialId.FSpecification"] or ""),
            unit=str(r["FUnitId.FNumber"] or ""),
            qty=float(r["FQty"] or 0),
            workshop=str(r["FWorkShopID.FNumber"] or ""),
            workshop_name=str(r["FWorkShopID.FName"] or ""),
            plan_start=_date(r["FPlanStartDate"]),
            plan_finish=_date(r["FPlanFinishDate"]),
            k3_status=int(r["FStatus"] or 1),
            document_status=str(r["FDocumentStatus"] or "A"),
            good_qty=reported[0],
            scrap_qty=reported[1],
            remark=str(r["FDescription"] or ""),
            create_date=_datetime(r["FCreateDate"]),
            modify_date=_datetime(r["FModifyDate"]),
        )

    async def find_order(self, bill_no: str) -> ProductionOrder | None:
        orders = await self._find_orders(f"FBillNo = {_q(bill_no.upper())}")
        return orders[0] if orders else None

    async def get_order(self, bill_no: str) -> ProductionOrder:
        """The order, or K3BusinessError (MsgCode 10) when K/3 has no such bill."""
        order = await self.find_order(bill_no)
        if order is None:
            raise K3BusinessError(
                f"没有找到生产订单 {bill_no.upper()}，请检查单号", msg_code=10, bill_no=bill_no.upper()
            )
        return order

    async def _order_now(self, bill_no: str, just_read: ProductionOrder | None) -> ProductionOrder:
        """The caller's fresh read of this order if it has one (saves a read), else the order read now."""
        if just_read is not None and just_read.bill_no == bill_no.upper():
            return just_read
        return await self.get_order(bill_no)

    async def list_orders(
        self,
        *,
        material: str | None = None,
        workshop: str | None = None,
        status: OrderStatus | Sequence[OrderStatus] | None = None,
        due_from: date | None = None,
        due_to: date | None = None,
        modified_since: datetime | None = None,
        number_ends_with: str = "",
        limit: int = 2000,
    ) -> list[ProductionOrder]:
        """Orders matching every given filter, by bill number (`number_ends_with`: digits an order number is said
        by, 1103 for MO20261103)."""
        parts: list[str] = []
        if number_ends_with:
            if not (number_ends_with.isascii() and number_ends_with.isdigit()):
                raise ValueError("number_ends_with takes digits only")
            parts.append(f"FBillNo like '%{number_ends_with}'")
        if material:
            parts.append(f"FMaterialId.FNumber = {_q(material)}")
        if workshop:
            parts.append(f"FWorkShopID.FNumber = {_q(workshop)}")
        if status is not None:
            statuses = [status] if isinstance(status, OrderStatus) else list(status)
            codes = sorted({c for s in statuses for c in _STATUS_CODES[OrderStatus(s)]})
            parts.append(f"FStatus in ({','.join(str(c) for c in codes)})")
        if due_from:
            parts.append(f"FPlanFinishDate >= '{due_from.isoformat()}'")
        if due_to:
            parts.append(f"FPlanFinishDate <= '{due_to.isoformat()}'")
        if modified_since:
            parts.append(f"FModifyDate >= '{modified_since.replace(tzinfo=None).isoformat(timespec='seconds')}'")
        return await self._find_orders(" and ".join(parts), limit=limit)

    async def _find_order_by_key(self, key: str) -> ProductionOrder | None:
        orders = await self._find_orders(f"FDescription like '%{_key_tag(key)}%'")
        return orders[0] if orders else None

    async def create_production_order(
        self,
        *,
        material: str,
        qty: float,
        workshop: str,
        plan_finish: date,
        idempotency_key: str,
        plan_start: date | None = None,
        today: date | None = None,
        unit: str = "",
        remark: str = "",
    ) -> WriteResult:
        """Save, submit and audit a PRD_MO once per key; a retry with the same key finishes or finds it.

        `today` is the plant's day (the bill date, and the planned start unless `plan_start` is given); without
        it K/3 stamps its own day, as it does for any bill saved without FDate."""
        tag = _key_tag(idempotency_key)
        existing = await self._find_order_by_key(idempotency_key)
        replayed = existing is not None
        if existing is None:
            start = plan_start or (min(today, plan_finish) if today else None)
            row: dict[str, Any] = {
                "FProductType": "1",
                "FMaterialId": {"FNumber": material},
                "FQty": qty,
                "FWorkShopID": {"FNumber": workshop},
                "FPlanFinishDate": plan_finish.isoformat(),
            }
            if start:
                row["FPlanStartDate"] = start.isoformat()
            if unit:
                row["FUnitId"] = {"FNumber": unit}
            model = {
                "FID": 0,
                "FBillType": {"FNUMBER": self.config.bill_type},
                "FPrdOrgId": {"FNumber": self.config.org_number},
                "FWorkShopID0": {"FNumber": workshop},
                "FDescription": f"{remark} {tag}".strip(),
                "FTreeEntity": [row],
            }
            if today:
                model["FDate"] = today.isoformat()
            found: list[ProductionOrder] = []

            async def saved() -> bool:
                order = await self._find_order_by_key(idempotency_key)
                found[:] = [order] if order else []
                return order is not None

            result = await self._write(
                "Save",
                self._form_body("PRD_MO", {"Model": model}),
                done=saved,
                key=idempotency_key,
                what="PRD_MO",
            )
            if result is None:
                existing, replayed = found[0], True
            else:
                existing = await self.get_order(str(result.get("Number") or ""))
        order = await self._audit(existing, idempotency_key)
        return WriteResult(id=order.id, bill_no=order.bill_no, idempotency_key=idempotency_key, replayed=replayed)

    async def _audit(self, order: ProductionOrder, key: str) -> ProductionOrder:
        """Submit and audit an order that is not audited yet (each step resumable)."""
        if order.document_status in ("A", "D", "Z"):
            await self._bill_step("Submit", "PRD_MO", order.bill_no, key, lambda o: o.document_status in ("B", "C"))
            order = await self.get_order(order.bill_no)
        if order.document_status == "B":
            await self._bill_step("Audit", "PRD_MO", order.bill_no, key, lambda o: o.document_status == "C")
            order = await self.get_order(order.bill_no)
        return order

    async def _bill_step(
        self, service: str, form_id: str, bill_no: str, key: str, reached: Callable[[ProductionOrder], bool]
    ) -> None:
        async def done() -> bool:
            return reached(await self.get_order(bill_no))

        data = {"Numbers": [bill_no]}
        await self._write(service, self._form_body(form_id, data), done=done, key=key, what=f"{form_id} {bill_no}")

    async def update_order(
        self, bill_no: str, change: OrderChange, *, idempotency_key: str, order: ProductionOrder | None = None
    ) -> ProductionOrder:
        """Set quantity, plan finish date and/or workshop; a set-to-value change, safe to repeat.

        `order`: the order as the caller has just read it (saves reading it again); read here otherwise."""
        order = await self._order_now(bill_no, order)
        wanted = {
            "FQty": change.qty,
            "FPlanFinishDate": change.plan_finish.isoformat() if change.plan_finish else None,
            "FWorkShopID": {"FNumber": change.workshop} if change.workshop else None,
        }
        fields = {k: v for k, v in wanted.items() if v is not None}
        if not fields:
            return order

        def matches(o: ProductionOrder) -> bool:
            return (
                (change.qty is None or o.qty == change.qty)
                and (change.plan_finish is None or o.plan_finish == change.plan_finish)
                and (change.workshop is None or o.workshop == change.workshop)
            )

        if matches(order):
            return order
        reaudit = order.document_status == "C" and order.k3_status in (1, 2)
        if reaudit:  # an audited, unreleased order is un-audited, changed and audited again
            await self._bill_step(
                "UnAudit", "PRD_MO", order.bill_no, idempotency_key, lambda o: o.document_status != "C"
            )
        model = {"FID": order.id, "FTreeEntity": [{"FEntryId": order.entry_id, **fields}]}
        data = {"Model": model, "NeedUpDateFields": ["FTreeEntity", *fields], "IsDeleteEntry": False}

        async def done() -> bool:
            return matches(await self.get_order(bill_no))

        await self._write("Save", self._form_body("PRD_MO", data), done=done, key=idempotency_key, what=bill_no)
        order = await self.get_order(bill_no)
        if reaudit:
            order = await self._audit(order, idempotency_key)
        return order

    async def change_order_status(
        self, bill_no: str, action: OrderAction, *, idempotency_key: str, order: ProductionOrder | None = None
    ) -> ProductionOrder:
        """Release, start, finish or close; reaching a state the order is already in is a no-op.

        `order`: the order as the caller has just read it (saves reading it again); read here otherwise."""
        action = OrderAction(action)
        if action not in _ACTIONS:
            raise K3BusinessError(
                "K/3 生产订单没有暂停状态；要停工请修改计划完工日期，或结案", msg_code=12, bill_no=bill_no
            )
        op, target, allowed = _ACTIONS[action]
        order = await self._order_now(bill_no, order)
        if order.k3_status == target:
            return order
        if order.k3_status not in allowed:
            raise K3BusinessError(
                f"订单当前状态（K/3 业务状态 {_K3_STATES.get(order.k3_status, order.k3_status)}）不允许这个操作",
                msg_code=12,
                bill_no=order.bill_no,
            )
        if action is OrderAction.release and order.document_status != "C":
            order = await self._audit(order, idempotency_key)
        if action is OrderAction.close and order.k3_status != 5:
            op = "ForceClose"
        data = {"Ids": str(order.id), "PkEntryIds": [{"Id": str(order.id), "EntryIds": str(order.entry_id)}]}

        async def done() -> bool:
            return (await self.get_order(bill_no)).k3_status == target

        await self._write(
            "ExcuteOperation",
            self._form_body("PRD_MO", data, op),
            done=done,
            key=idempotency_key,
            what=f"{op} {bill_no}",
        )
        return await self.get_order(bill_no)

    # ------------------------------------------------------------------ output reports

    async def _find_report(self, flt: str) -> dict[str, Any] | None:
        fields = ("FID", "FBillNo", "FDocumentStatus", "FMoBillNo", "FQuaQty", "FFailQty", "FDescription")
        rows = await self.query("PRD_MORPT", fields, flt, order="FID ASC")
        return rows[0] if rows else None

    async def report_output(
        self,
        bill_no: str,
        *,
        good_qty: float,
        scrap_qty: float = 0,
        idempotency_key: str,
        order: ProductionOrder | None = None,
    ) -> ReportResult:
        """Push the order to an output report (PRD_MORPT), set good/scrap, submit and audit, once per key.

        `order`: the order as the caller has just read it (saves reading it again); read here otherwise."""
        tag = _key_tag(idempotency_key)
        by_key = f"FDescription like '%{tag}%'"
        report = await self._find_report(by_key)
        replayed = report is not None and report["FDocumentStatus"] == "C"
        if report is None:
            order = await self._order_now(bill_no, order)
            report_id = await self._push_report(order, idempotency_key)
            try:
                number = await self._fill_report(report_id, good_qty, scrap_qty, tag, idempotency_key)
            except K3BusinessError:
                await self._discard_report(report_id)
                raise
            if number:  # saved as sent: a draft with our figures, nothing to look up
                report = {"FID": report_id, "FBillNo": number, "FDocumentStatus": "A",
                          "FQuaQty": good_qty, "FFailQty": scrap_qty}  # fmt: skip
            else:
                report = await self._find_report(by_key)
            if report is None:
                raise K3WriteUncertainError("report saved but not found by key", idempotency_key=idempotency_key)
        rid, rno = int(report["FID"]), str(report["FBillNo"])
        status = str(report["FDocumentStatus"])
        try:
            for service, ok in (("Submit", ("B", "C")), ("Audit", ("C",))):
                if status not in ok:
                    seen: list[str] = []  # the status a lookup found, when the outcome was doubtful

                    async def done(ok: tuple[str, ...] = ok, seen: list[str] = seen) -> bool:
                        row = await self._find_report(f"FID = {rid}")
                        seen[:] = [str(row["FDocumentStatus"])] if row else []
                        return bool(row and row["FDocumentStatus"] in ok)

                    data = self._form_body("PRD_MORPT", {"Ids": str(rid)})
                    result = await self._write(service, data, done=done, key=idempotency_key, what=f"PRD_MORPT {rno}")
                    status = ok[0] if result is not None else seen[0]
        except K3BusinessError:
            await self._discard_report(rid)
            raise
        return ReportResult(
            id=rid,
            bill_no=rno,
            order_no=bill_no.upper(),
            good_qty=float(report["FQuaQty"] or 0),
            scrap_qty=float(report["FFailQty"] or 0),
            idempotency_key=idempotency_key,
            replayed=replayed,
        )

    async def _push_report(self, order: ProductionOrder, key: str) -> int:
        """Push PRD_MO → PRD_MORPT, or adopt the unkeyed draft an earlier, interrupted attempt left behind."""
        drafts = f"FMoBillNo = {_q(order.bill_no)} and FDocumentStatus = 'A'"
        fields = ("FID", "FDescription")
        found: list[int] = []

        async def pushed() -> bool:
            rows = await self.query("PRD_MORPT", fields, drafts, order="FID DESC")
            found[:] = [int(r["FID"]) for r in rows if _KEY_TAG not in str(r["FDescription"] or "")][:1]
            return bool(found)

        if await pushed():  # an earlier attempt pushed but never got to fill its draft: finish that one
            return found[0]
        data = {"Ids": str(order.id), "TargetFormId": "PRD_MORPT", "IsEnableDefaultRule": "true"}
        result = await self._write(
            "Push", self._form_body("PRD_MO", data), done=pushed, key=key, what=f"Push {order.bill_no}"
        )
        if result is None:
            return found[0]
        entities = (result.get("ResponseStatus") or {}).get("SuccessEntitys") or []
        if not entities:
            raise K3Error(f"Push of {order.bill_no} returned no report bill")
        return int(entities[0]["Id"])

    async def _fill_report(self, report_id: int, good: float, scrap: float, tag: str, key: str) -> str:
        """Set the draft's figures and our key; its bill number, or "" when the save was only confirmed by lookup."""
        rows = await self.query("PRD_MORPT", ("FID", "FEntity_FEntryID"), f"FID = {report_id}")
        if not rows:
            raise K3Error(f"pushed report {report_id} not found")
        entry = {
            "FEntryID": int(rows[0]["FEntity_FEntryID"]),
            "FFinishQty": good + scrap,
            "FQuaQty": good,
            "FFailQty": scrap,
        }
        model = {"FID": report_id, "FDescription": f"DingK3 {tag}", "FEntity": [entry]}
        fields = ["FDescription", "FEntity", "FFinishQty", "FQuaQty", "FFailQty"]
        data = {"Model": model, "NeedUpDateFields": fields, "IsDeleteEntry": False}

        async def done() -> bool:
            return await self._find_report(f"FID = {report_id} and FDescription like '%{tag}%'") is not None

        result = await self._write("Save", self._form_body("PRD_MORPT", data), done=done, key=key, what="PRD_MORPT")
        return str((result or {}).get("Number") or "")

    async def _discard_report(self, report_id: int) -> None:
        """Best effort: delete a report draft that K/3 refused, so nothing half-written stays."""
        try:
            await self._call("Delete", self._form_body("PRD_MORPT", {"Ids": str(report_id)}), what="PRD_MORPT")
        except K3Error:
            log.warning("could not delete refused report draft id=%s", report_id)

    # ------------------------------------------------------------------ stock, materials, workshops, BOM

    async def query_inventory(self, material: str) -> list[StockLevel]:
        fields = (
            "FMaterialId.FNumber",
            "FMaterialId.FName",
            "FStockId.FNumber",
            "FBaseQty",
            "FBaseAVBQty",
            "FBaseUnitId.FNumber",
        )
        rows = await self.query(
            "STK_Inventory", fields, f"FMaterialId.FNumber = {_q(material)}", order="FStockId.FNumber ASC"
        )
        return [
            StockLevel(
                material=str(r["FMaterialId.FNumber"]),
                material_name=str(r["FMaterialId.FName"] or ""),
                stock=str(r["FStockId.FNumber"] or ""),
                qty=float(r["FBaseQty"] or 0),
                available_qty=float(r["FBaseAVBQty"] or 0),
                unit=str(r["FBaseUnitId.FNumber"] or ""),
            )
            for r in rows
        ]

    async def list_materials(
        self, *, modified_since: datetime | None = None, page_size: int = 10_000
    ) -> list[Material]:
        """The materials of our organisation a bill may use (audited, not forbidden), paged; with
        `modified_since`, every one modified since then whatever its state, so a sync learns of a forbid too."""
        aliases = [f for f in self.config.alias_fields if f.lower() not in {k.lower() for k in _MATERIAL_FIELDS}]
        fields = (*_MATERIAL_FIELDS, *aliases)
        flt = [f"FUseOrgId.FNumber = {_q(self.config.org_number)}"]
        if modified_since is None:
            flt += ["FForbidStatus = 'A'", "FDocumentStatus = 'C'"]
        else:
            flt.append(f"FModifyDate >= {_q(_k3_time(modified_since))}")
        rows = await self._query_all("BD_MATERIAL", fields, " and ".join(flt), order="FMATERIALID ASC", page=page_size)
        return [
            Material(
                number=str(r["FNumber"]),
                name=str(r["FName"] or ""),
                spec=str(r["FSpecification"] or ""),
                unit=str(r["FBaseUnitId.FNumber"] or ""),
                category=str(r["FMaterialGroup.FName"] or ""),
                erp_cls=str(r["FErpClsID"] or ""),
                safety_stock=float(r["FSafeStock"] or 0),
                aliases=_aliases(r, aliases, str(r["FNumber"])),
                forbidden=str(r["FForbidStatus"] or "A") == "B",
                audited=str(r["FDocumentStatus"] or "C") == "C",
                modify_date=_datetime(r["FModifyDate"]),
            )
            for r in rows
        ]

    async def list_workshops(self) -> list[Workshop]:
        """The plant's workshops: audited, not forbidden rows of the workshop form (BD_Department unless the
        plant names its work-centre form), narrowed by the plant's filter."""
        flt = "FForbidStatus = 'A' and FDocumentStatus = 'C'"
        if self.config.workshop_filter.strip():
            flt += f" and ({self.config.workshop_filter})"
        fields = ("FNumber", "FName", "FModifyDate")
        rows = await self._query_all(self.config.workshop_form, fields, flt, order="FNumber ASC")
        return [
            Workshop(number=str(r["FNumber"]), name=str(r["FName"] or ""), modify_date=_datetime(r["FModifyDate"]))
            for r in rows
        ]

    async def get_bom(self, material: str) -> list[BomLine]:
        fields = ("FMATERIALID.FNumber", "FMATERIALIDCHILD.FNumber", "FNUMERATOR", "FDENOMINATOR")
        rows = await self.query("ENG_BOM", fields, f"FMATERIALID.FNumber = {_q(material)}", order="FID ASC")
        return [
            BomLine(
                parent=str(r["FMATERIALID.FNumber"]),
                component=str(r["FMATERIALIDCHILD.FNumber"]),
                qty_per=float(r["FNUMERATOR"] or 0) / float(r["FDENOMINATOR"] or 1),
            )
            for r in rows
        ]
