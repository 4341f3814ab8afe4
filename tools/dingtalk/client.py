"""The one DingTalk OpenAPI client: one httpx.AsyncClient, a cached access token, retries on 5xx and throttling.

New-style calls go to `api_base` with header `x-acs-dingtalk-access-token`; legacy `oapi` calls carry
`?access_token=`. Each call logs one INFO line on `dingk3.dingtalk` (operation, outcome, ms), never a token,
secret or session URL.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urlsplit

import httpx

from dingk3.config import Settings
from tools.dingtalk.errors import DingTalkAPIError, DingTalkAuthError, DingTalkThrottled, SessionWebhookExpired
from tools.dingtalk.signing import custom_robot_url

__all__ = ["DingTalkClient"]

log = logging.getLogger("dingk3.dingtalk")

DEFAULT_API = "https://api.dingtalk.com"
DEFAULT_OAPI = "https://oapi.dingtalk.com"
MAX_BATCH_USERS = 20

_AUTH_CODES = {"InvalidAuthentication", "Forbidden.AccessDenied.AccessTokenPermissionDenied"}
_AUTH_ERRCODES = {40014, 42001, 88}  # invalid token, expired token, legacy "token rejected"
_THROTTLE_ERRCODES = {90002, 90018, 410100, 130101}
_CUSTOM_ROBOT_BLOCK_S = 600.0  # a custom robot over 20 msgs/min is blocked for 10 minutes


class _HideToken(logging.Filter):
    """httpx logs each request's URL at INFO: legacy `oapi` URLs carry `?access_token=`, which no log may hold."""

    _TOKEN = re.compile(r"(access_token=)[^&\s\"]+")

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any("access_token=" in str(a) for a in record.args):
            record.args = tuple(
                self._TOKEN.sub(r"\1***", str(a)) if "access_token=" in str(a) else a for a in record.args
            )
        return True


logging.getLogger("httpx").addFilter(_HideToken())


class _Retry(Exception):
    """Internal: this attempt failed in a way worth another try after `wait_s`."""

    def __init__(self, error: DingTalkAPIError, wait_s: float | None = None) -> None:
        self.error = error
        self.wait_s = wait_s


class DingTalkClient:
    """`async with DingTalkClient(key, secret) as dt: await dt.send_group(cid, "标题", "**markdown**")`."""

    def __init__(
        self,
        app_key: str,
        app_secret: str,
        api_base: str = DEFAULT_API,
        oapi_base: str = DEFAULT_OAPI,
        robot_code: str | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout_s: float = 10.0,
        retries: int = 3,
        retry_wait_s: float = 0.5,
        max_retry_wait_s: float = 10.0,
        token_margin_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.app_key = app_key
        self._secret = app_secret
        self.api_base = api_base.rstrip("/")
        self.oapi_base = oapi_base.rstrip("/")
        self.robot_code = robot_code or app_key
        self._retries = retries
        self._retry_wait = retry_wait_s
        self._max_wait = max_retry_wait_s
        self._margin = token_margin_s
        self._clock = clock
        self._token: str | None = None
        self._token_expires = 0.0
        self._token_lock = asyncio.Lock()
        self.http = httpx.AsyncClient(transport=transport, timeout=timeout_s, headers={"Accept": "application/json"})

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs: Any) -> DingTalkClient:
        """The client for DINGK3_DINGTALK_*; a non-default API base (the simulator) serves oapi paths too."""
        api = settings.dingtalk_api.rstrip("/")
        oapi = DEFAULT_OAPI if api == DEFAULT_API else api
        return cls(settings.dingtalk_app_key, settings.dingtalk_app_secret.get_secret_value(), api, oapi, **kwargs)

    async def __aenter__(self) -> DingTalkClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.http.aclose()

    # ------------------------------------------------------------------ access token

    async def access_token(self) -> str:
        """The cached app access token, fetched again shortly before it expires."""
        async with self._token_lock:
            if self._token and self._clock() < self._token_expires:
                return self._token
            body = await self._request(
                "oauth2.accessToken",
                "POST",
                f"{self.api_base}/v1.0/oauth2/accessToken",
                json_body={"appKey": self.app_key, "appSecret": self._secret},
                auth=None,
                idempotent=True,
            )
            token = body.get("accessToken")
            if not isinstance(token, str) or not token:
                raise DingTalkAuthError("no accessToken in the answer", op="oauth2.accessToken")
            expire_in = float(body.get("expireIn", 7200))
            self._token = token
            self._token_expires = self._clock() + max(expire_in - self._margin, expire_in / 2)
            return token

    def forget_token(self) -> None:
        """Drop the cached token; the next call fetches a new one."""
        self._token = None
        self._token_expires = 0.0

    # ------------------------------------------------------------------ messages

    async def reply_session(
        self,
        webhook_url: str,
        text_markdown: str,
        *,
        title: str = "K3助手",
        at_user_ids: Sequence[str] = (),
        expires_at_ms: int | None = None,
    ) -> None:
        """Reply in the conversation through its sessionWebhook; SessionWebhookExpired means: send another way.

        The `@userId` of each mentioned user is put in the text (DingTalk renders the @ only then).
        """
        if expires_at_ms is not None and time.time() * 1000 >= expires_at_ms:
            raise SessionWebhookExpired("sessionWebhook expired before sending", op="sessionWebhook")
        text = text_markdown
        missing = [f"@{u}" for u in at_user_ids if f"@{u}" not in text_markdown]
        if missing:
            text = " ".join(missing) + " " + text_markdown
        body: dict[str, Any] = {"msgtype": "markdown", "markdown": {"title": title, "text": text}}
        if at_user_ids:
            body["at"] = {"atUserIds": list(at_user_ids), "isAtAll": False}
        host = urlsplit(webhook_url).netloc
        started = time.perf_counter()
        outcome = "ok"
        try:
            resp = await self.http.post(webhook_url, json=body)
            payload = _json(resp)
            errcode = payload.get("errcode", 0) if isinstance(payload, dict) else None
            if resp.status_code != 200 or errcode not in (0, "0"):
                outcome = f"http{resp.status_code}/errcode={errcode}"
                raise SessionWebhookExpired(
                    str(payload.get("errmsg", "") if isinstance(payload, dict) else resp.text[:200]),
                    status=resp.status_code,
                    code=str(errcode if errcode is not None else ""),
                    op="sessionWebhook",
                )
        except httpx.HTTPError as exc:
            outcome = type(exc).__name__
            raise SessionWebhookExpired(f"sessionWebhook unreachable: {exc!r}", op="sessionWebhook") from exc
        finally:
            log.info("dingtalk sessionWebhook host=%s status=%s ms=%.0f", host, outcome, _ms(started))

    async def send_group(self, open_conversation_id: str, title: str, markdown: str) -> str:
        """Markdown to a group the robot is in (`sampleMarkdown`); returns the processQueryKey."""
        body = {
            "robotCode": self.robot_code,
            "openConversationId": open_conversation_id,
            "msgKey": "sampleMarkdown",
            "msgParam": json.dumps({"title": title, "text": markdown}, ensure_ascii=False),
        }
        result = await self._api("robot.groupMessages.send", "POST", "/v1.0/robot/groupMessages/send", body)
        return str(result.get("processQueryKey", ""))

    async def send_users(self, user_ids: Sequence[str], title: str, markdown: str) -> dict[str, list[str]]:
        """Markdown 1:1 from the robot to each user, 20 per call; returns the invalid and flow-controlled ids."""
        out: dict[str, list[str]] = {"processQueryKeys": [], "invalidStaffIdList": [], "flowControlledStaffIdList": []}
        msg_param = json.dumps({"title": title, "text": markdown}, ensure_ascii=False)
        ids = list(dict.fromkeys(user_ids))
        for start in range(0, len(ids), MAX_BATCH_USERS):
            body = {
                "robotCode": self.robot_code,
                "userIds": ids[start : start + MAX_BATCH_USERS],
                "msgKey": "sampleMarkdown",
                "msgParam": msg_param,
            }
            result = await self._api("robot.oToMessages.batchSend", "POST", "/v1.0/robot/oToMessages/batchSend", body)
            out["processQueryKeys"].append(str(result.get("processQueryKey", "")))
            out["invalidStaffIdList"] += list(result.get("invalidStaffIdList") or [])
            out["flowControlledStaffIdList"] += list(result.get("flowControlledStaffIdList") or [])
        return out

    async def send_custom_robot(
        self,
        webhook_url: str,
        secret: str,
        markdown: str,
        *,
        title: str = "K3助手",
        at_user_ids: Sequence[str] = (),
        now_ms: int | None = None,
        msg_uuid: str = "",
    ) -> None:
        """Markdown through a custom group robot webhook signed with its `SEC…` secret (never retried here).

        With `msg_uuid`, DingTalk posts a message sent twice with the same id once, so a caller may resend.
        """
        ts = now_ms if now_ms is not None else int(time.time() * 1000)
        url = custom_robot_url(webhook_url, secret, ts)
        body: dict[str, Any] = {"msgtype": "markdown", "markdown": {"title": title, "text": markdown}}
        if msg_uuid:
            body["msgUuid"] = msg_uuid
        if at_user_ids:
            body["at"] = {"atUserIds": list(at_user_ids), "isAtAll": False}
        started = time.perf_counter()
        outcome = "ok"
        try:
            try:
                resp = await self.http.post(url, json=body)
            except httpx.HTTPError as exc:
                outcome = type(exc).__name__
                raise DingTalkAPIError(repr(exc), op="customRobot.send") from exc
            payload = _json(resp)
            errcode = payload.get("errcode") if isinstance(payload, dict) else None
            errmsg = str(payload.get("errmsg", "")) if isinstance(payload, dict) else resp.text[:200]
            if resp.status_code == 200 and errcode in (0, "0"):
                return
            outcome = f"http{resp.status_code}/errcode={errcode}"
            if errcode in (410100, 130101):
                raise DingTalkThrottled(
                    errmsg, retry_after_s=_CUSTOM_ROBOT_BLOCK_S, status=resp.status_code, code=str(errcode),
                    op="customRobot.send",
                )  # fmt: skip
            raise DingTalkAPIError(errmsg, status=resp.status_code, code=str(errcode or ""), op="customRobot.send")
        finally:
            log.info("dingtalk customRobot.send status=%s ms=%.0f", outcome, _ms(started))

    # ------------------------------------------------------------------ cards

    async def create_and_deliver_card(
        self,
        out_track_id: str,
        template_id: str,
        card_param_map: Mapping[str, Any],
        *,
        group_conversation_id: str | None = None,
        user_id: str | None = None,
        callback_type: Literal["HTTP", "STREAM"] = "STREAM",
        callback_route_key: str | None = None,
        private_data: Mapping[str, Mapping[str, Any]] | None = None,
        at_user_ids: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Create a card and deliver it to a group (`IM_GROUP`) or to a user's robot chat (`IM_ROBOT`)."""
        if (group_conversation_id is None) == (user_id is None):
            raise ValueError("give exactly one of group_conversation_id and user_id")
        body: dict[str, Any] = {
            "cardTemplateId": template_id,
            "outTrackId": out_track_id,
            "callbackType": callback_type,
            "cardData": {"cardParamMap": _string_map(card_param_map)},
            "userIdType": 1,
        }
        if callback_route_key:
            body["callbackRouteKey"] = callback_route_key
        if private_data:
            body["privateData"] = {uid: {"cardParamMap": _string_map(m)} for uid, m in private_data.items()}
        if group_conversation_id is not None:
            deliver: dict[str, Any] = {"robotCode": self.robot_code}
            if at_user_ids:
                deliver["atUserIds"] = dict(at_user_ids)
            body |= {
                "openSpaceId": f"dtv1.card//IM_GROUP.{group_conversation_id}",
                "imGroupOpenSpaceModel": {"supportForward": True},
                "imGroupOpenDeliverModel": deliver,
            }
        else:
            body |= {
                "openSpaceId": f"dtv1.card//IM_ROBOT.{user_id}",
                "imRobotOpenSpaceModel": {"supportForward": True},
                "imRobotOpenDeliverModel": {"spaceType": "IM_ROBOT", "robotCode": self.robot_code},
            }
        result = await self._api(
            "card.createAndDeliver", "POST", "/v1.0/card/instances/createAndDeliver", body, idempotent=True
        )
        inner = result.get("result") or {}
        deliveries = inner.get("deliverResults") or []
        if result.get("success") is False or (deliveries and not any(d.get("success") for d in deliveries)):
            errors = "; ".join(str(d.get("errorMsg", "")) for d in deliveries)
            raise DingTalkAPIError(f"card not delivered: {errors}", status=200, op="card.createAndDeliver")
        return dict(inner)

    async def update_card(
        self,
        out_track_id: str,
        card_param_map: Mapping[str, Any],
        *,
        private_data: Mapping[str, Mapping[str, Any]] | None = None,
        by_key: bool = True,
    ) -> None:
        """Change a delivered card; with `by_key` only the given keys change, the others stay."""
        body: dict[str, Any] = {
            "outTrackId": out_track_id,
            "cardData": {"cardParamMap": _string_map(card_param_map)},
            "cardUpdateOptions": {"updateCardDataByKey": by_key, "updatePrivateDataByKey": by_key},
            "userIdType": 1,
        }
        if private_data:
            body["privateData"] = {uid: {"cardParamMap": _string_map(m)} for uid, m in private_data.items()}
        await self._api("card.update", "PUT", "/v1.0/card/instances", body, idempotent=True)

    async def register_card_callback(self, route_key: str, url: str, api_secret: str) -> None:
        """Register where HTTP card callbacks with `callbackRouteKey=route_key` are POSTed."""
        body = {"callbackRouteKey": route_key, "callbackUrl": url, "apiSecret": api_secret, "forceUpdate": True}
        await self._api("card.callbacks.register", "POST", "/v1.0/card/callbacks/register", body, idempotent=True)

    # ------------------------------------------------------------------ users and approvals

    async def get_user(self, userid: str) -> dict[str, Any]:
        """User details (`topapi/v2/user/get`): name, title, dept_id_list, manager_userid, …"""
        body = await self._oapi("user.get", "/topapi/v2/user/get", {"userid": userid})
        return dict(body.get("result") or {})

    async def start_approval(
        self,
        process_code: str,
        originator_user_id: str,
        dept_id: int | str,
        form_values: Mapping[str, Any] | Sequence[Mapping[str, str]],
        *,
        approver_user_ids: Sequence[str] = (),
    ) -> str:
        """Start an OA approval instance; returns its instanceId. Form values become strings."""
        if isinstance(form_values, Mapping):
            components = [{"name": k, "value": _as_string(v)} for k, v in form_values.items()]
        else:
            components = [dict(c) for c in form_values]
        body: dict[str, Any] = {
            "processCode": process_code,
            "originatorUserId": originator_user_id,
            "deptId": int(dept_id),
            "formComponentValues": components,
        }
        if approver_user_ids:
            body["approvers"] = [{"actionType": "NONE", "userIds": list(approver_user_ids)}]
        result = await self._api("workflow.start", "POST", "/v1.0/workflow/processInstances", body)
        return str(result["instanceId"])

    async def get_approval(self, instance_id: str) -> dict[str, Any]:
        """An approval instance: title, status (RUNNING/COMPLETED/TERMINATED), result (agree/refuse), tasks."""
        result = await self._api(
            "workflow.get", "GET", "/v1.0/workflow/processInstances", None, params={"processInstanceId": instance_id},
            idempotent=True,
        )  # fmt: skip
        return dict(result.get("result") or {})

    async def execute_approval_task(
        self, instance_id: str, task_id: int | str, actioner_user_id: str, result: Literal["agree", "refuse"],
        remark: str = "",
    ) -> None:  # fmt: skip
        """Agree to or refuse one approval task as `actioner_user_id`."""
        body = {
            "processInstanceId": instance_id,
            "taskId": int(task_id),
            "actionerUserId": actioner_user_id,
            "result": result,
            "remark": remark,
        }
        await self._api("workflow.execute", "POST", "/v1.0/workflow/processInstances/execute", body)

    # ------------------------------------------------------------------ plumbing

    async def _api(
        self,
        op: str,
        method: str,
        path: str,
        body: Any,
        *,
        params: Mapping[str, str] | None = None,
        idempotent: bool = False,
    ) -> dict[str, Any]:
        return await self._request(
            op, method, self.api_base + path, json_body=body, params=params, auth="header", idempotent=idempotent
        )

    async def oapi(self, op: str, path: str, body: Any) -> dict[str, Any]:
        """A legacy `oapi` read (`?access_token=`, errcode/errmsg envelope), retried like every call."""
        return await self._oapi(op, path, body)

    async def _oapi(self, op: str, path: str, body: Any) -> dict[str, Any]:
        return await self._request(op, "POST", self.oapi_base + path, json_body=body, auth="query", idempotent=True)

    async def _request(
        self,
        op: str,
        method: str,
        url: str,
        *,
        json_body: Any = None,
        params: Mapping[str, str] | None = None,
        auth: Literal["header", "query"] | None,
        idempotent: bool,
    ) -> dict[str, Any]:
        """One call with retries: 5xx, throttling and unreachable (sends only if idempotent); one token refresh."""
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            try:
                return await self._once(op, method, url, json_body, params, auth, idempotent)
            except DingTalkAuthError:
                if auth is None or refreshed:
                    raise
                refreshed = True
                self.forget_token()
                attempt -= 1  # a token refresh is not a retry
            except _Retry as retry:
                if attempt > self._retries:
                    raise retry.error from None
                backoff = self._retry_wait * 2 ** (attempt - 1)
                await asyncio.sleep(min(retry.wait_s if retry.wait_s is not None else backoff, self._max_wait))

    async def _once(
        self,
        op: str,
        method: str,
        url: str,
        body: Any,
        params: Mapping[str, str] | None,
        auth: Literal["header", "query"] | None,
        idempotent: bool,
    ) -> dict[str, Any]:
        headers: dict[str, str] = {}
        query = dict(params or {})
        if auth == "header":
            headers["x-acs-dingtalk-access-token"] = await self.access_token()
        elif auth == "query":
            query["access_token"] = await self.access_token()
        started = time.perf_counter()
        outcome = "ok"
        try:
            try:
                resp = await self.http.request(method, url, json=body, params=query or None, headers=headers)
            except httpx.HTTPError as exc:
                outcome = type(exc).__name__
                error = DingTalkAPIError(f"unreachable: {exc!r}", op=op)
                if idempotent or isinstance(exc, httpx.ConnectError):
                    raise _Retry(error) from exc
                raise error from exc
            payload = _json(resp)
            data = payload if isinstance(payload, dict) else {}
            code = str(data.get("code") or "")
            errcode = data.get("errcode")
            message = str(data.get("message") or data.get("errmsg") or resp.text[:200])
            request_id = str(data.get("requestid") or data.get("request_id") or "")
            kw: dict[str, Any] = {"status": resp.status_code, "request_id": request_id, "op": op}
            if data.get("status") == 1111 or resp.status_code == 429 or errcode in _THROTTLE_ERRCODES:
                outcome = f"throttled/{resp.status_code}"
                wait = data.get("wait")
                wait_s = float(wait) if isinstance(wait, int | float) else None
                raise _Retry(
                    DingTalkThrottled(message, retry_after_s=wait_s or 1.0, code=code or str(errcode or 1111), **kw),
                    wait_s,
                )
            if resp.status_code >= 500:
                outcome = f"http{resp.status_code}"
                raise _Retry(DingTalkAPIError(message, code=code, **kw))
            if resp.status_code == 401 or code in _AUTH_CODES or errcode in _AUTH_ERRCODES:
                outcome = f"auth/{resp.status_code}"
                raise DingTalkAuthError(message, code=code or str(errcode), **kw)
            if resp.status_code == 400 and code == "invalidClientIdOrSecret":
                outcome = "auth/400"
                raise DingTalkAuthError(message, code=code, **kw)
            if resp.status_code >= 400:
                outcome = f"http{resp.status_code}/{code}"
                raise DingTalkAPIError(message, code=code, **kw)
            if errcode not in (None, 0, "0"):
                outcome = f"errcode={errcode}"
                raise DingTalkAPIError(message, code=str(errcode), **kw)
            if not isinstance(payload, dict):
                outcome = "not-json"
                raise DingTalkAPIError(f"not a JSON object: {resp.text[:200]}", **kw)
            return payload
        finally:
            log.info("dingtalk %s status=%s ms=%.0f", op, outcome, _ms(started))


def _json(resp: httpx.Response) -> Any:
    try:
        return resp.json()
    except ValueError:
        return None


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def _as_string(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _string_map(values: Mapping[str, Any]) -> dict[str, str]:
    """Card parameters must be strings: lists and objects are JSON-encoded."""
    return {k: _as_string(v) for k, v in values.items()}
