"""K/3 reply envelopes (ResponseStatus, query error wrapping) and the business error that fills them."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

__all__ = [
    "MSG_SESSION_LOST",
    "BillError",
    "K3Fault",
    "SuccessEntity",
    "fault_status",
    "response_status",
]

MSG_SESSION_LOST = "会话信息已丢失，请重新登录"


class BillError(BaseModel):
    """One entry of ResponseStatus.Errors."""

    message: str
    field_name: str | None = None
    dindex: int = 0
    msg_code: int = 11

    def wire(self) -> dict[str, Any]:
        return {"FieldName": self.field_name, "Message": self.message, "DIndex": self.dindex}


class SuccessEntity(BaseModel):
    id: int
    number: str
    dindex: int = 0

    def wire(self) -> dict[str, Any]:
        return {"Id": self.id, "Number": self.number, "DIndex": self.dindex}


class K3Fault(Exception):
    """A K/3 refusal: becomes an IsSuccess=false ResponseStatus with `msg_code`."""

    def __init__(self, msg_code: int, errors: list[BillError] | str, field_name: str | None = None) -> None:
        if isinstance(errors, str):
            errors = [BillError(message=errors, field_name=field_name, msg_code=msg_code)]
        super().__init__("; ".join(e.message for e in errors))
        self.msg_code = msg_code
        self.errors = errors


def response_status(
    *,
    errors: list[BillError] | None = None,
    success: list[SuccessEntity] | None = None,
    messages: list[dict[str, Any]] | None = None,
    msg_code: int | None = None,
) -> dict[str, Any]:
    """A ResponseStatus; failure iff any error, MsgCode taken from the first error unless given."""
    errors = errors or []
    body: dict[str, Any] = {}
    if errors:
        body["ErrorCode"] = 500
    body["IsSuccess"] = not errors
    body["Errors"] = [e.wire() for e in errors]
    body["SuccessEntitys"] = [s.wire() for s in success or []]
    body["SuccessMessages"] = messages or []
    body["MsgCode"] = msg_code if msg_code is not None else (errors[0].msg_code if errors else 0)
    return body


def fault_status(fault: K3Fault) -> dict[str, Any]:
    return response_status(errors=fault.errors, msg_code=fault.msg_code)
