"""K/3 WebAPI envelopes → Python values or typed errors (pure; no I/O)."""

from __future__ import annotations

import json
from typing import Any

from dingk3.errors import K3AuthError, K3BusinessError, K3Error

__all__ = ["SessionLost", "check_login", "check_operation", "check_rows", "parse_body"]

SESSION_LOST = 1


class SessionLost(K3Error):
    """MsgCode 1: the session is gone (or the credentials are wrong); log in again."""


def parse_body(text: str) -> Any:
    """JSON body of a 200 reply; `response_error:` bodies and non-JSON become K3Error."""
    stripped = text.lstrip()
    if stripped.startswith("response_error:"):
        detail = stripped.removeprefix("response_error:").strip()
        try:
            message = json.loads(detail).get("Message", detail)
        except (ValueError, AttributeError):
            message = detail
        raise K3Error(f"K/3 response_error: {message}")
    try:
        return json.loads(text)
    except ValueError as exc:
        raise K3Error(f"K/3 answered with non-JSON: {text[:200]!r}") from exc


def _raise_status(status: dict[str, Any], bill_no: str | None) -> None:
    if status.get("IsSuccess", False) in (True, "true", "True"):
        return
    code = int(status.get("MsgCode") or 0)
    errors = list(status.get("Errors") or [])
    first = errors[0] if errors else {}
    message = str(first.get("Message") or status.get("Message") or "")
    if code == SESSION_LOST:
        raise SessionLost(f"MsgCode 1: {message}")
    raise K3BusinessError(message, msg_code=code, field=first.get("FieldName") or None, bill_no=bill_no, errors=errors)


def check_operation(body: Any, *, bill_no: str | None = None) -> dict[str, Any]:
    """Save/Submit/Audit/View/ExcuteOperation/Push reply → its `Result` dict, or raise."""
    if not isinstance(body, dict) or not isinstance(body.get("Result"), dict):
        raise K3Error(f"unexpected K/3 reply shape: {str(body)[:200]}")
    result: dict[str, Any] = body["Result"]
    status = result.get("ResponseStatus")
    if isinstance(status, dict):
        _raise_status(status, bill_no)
    return result


def check_rows(body: Any) -> list[Any]:
    """ExecuteBillQuery (list of lists) or BillQuery (list of dicts) reply → rows, or raise."""
    if isinstance(body, dict):  # BillQuery error form
        check_operation(body)
        return []
    if not isinstance(body, list):
        raise K3Error(f"unexpected K/3 query reply: {str(body)[:200]}")
    # ExecuteBillQuery wraps errors as [[{"Result": {"ResponseStatus": …}}]]
    if body and isinstance(body[0], list) and body[0] and isinstance(body[0][0], dict) and "Result" in body[0][0]:
        check_operation(body[0][0])
    return body


def check_login(body: Any) -> dict[str, Any]:
    """Login reply → itself when LoginResultType is 1; otherwise K3AuthError with K/3's message."""
    if not isinstance(body, dict):
        raise K3AuthError(f"unexpected login reply: {str(body)[:200]}")
    if body.get("LoginResultType") == 1 or body.get("IsSuccessByAPI") is True:
        return body
    raise K3AuthError(f"K/3 login refused: {body.get('Message')!r}")
