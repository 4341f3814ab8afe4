"""Request bodies in the three wire shapes (Python SDK, Java/.NET `parameters`, legacy) → formid, opNumber, data."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .envelopes import K3Fault

__all__ = ["Call", "parse_call", "parse_json"]

FORM_DATA = frozenset(
    name.lower()
    for name in (
        "Save",
        "BatchSave",
        "Draft",
        "Submit",
        "Audit",
        "UnAudit",
        "Delete",
        "View",
        "Push",
        "Allocate",
        "CancelAllocate",
        "CancelAssign",
        "FlexSave",
        "GroupSave",
        "Disassembly",
        "GetSysReportData",
    )
)


@dataclass
class Call:
    form_id: str | None = None
    op_number: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    params: list[Any] | dict[str, Any] = field(default_factory=list)


def parse_json(raw: bytes | str) -> Any:
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8-sig", errors="replace")
    if not raw.strip():
        return {}
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise K3Fault(8, "请求数据包不是有效的JSON格式") from exc


def _data(value: Any) -> dict[str, Any]:
    if value is None or value == "":
        return {}
    if isinstance(value, str):
        value = parse_json(value)
    if not isinstance(value, dict):
        raise K3Fault(8, "data 数据包必须是JSON对象")
    return value


def parse_call(method: str, body: Any) -> Call:
    """The arguments of a DynamicFormService or AuthService call whatever shape the body has."""
    method = method.lower()
    if isinstance(body, list):
        params: Any = body
    elif isinstance(body, dict) and any(str(k).lower() == "parameters" for k in body):
        params = next(v for k, v in body.items() if str(k).lower() == "parameters")
        if isinstance(params, str):
            params = parse_json(params)
        if not isinstance(params, list):
            params = [params]
    elif isinstance(body, dict):
        low = {str(k).lower(): v for k, v in body.items()}
        if method.startswith(("validateuser", "loginby", "logout")):
            return Call(params=low)
        form_id = low.get("formid")
        op = low.get("opnumber")
        return Call(
            form_id=str(form_id) if form_id is not None else None,
            op_number=str(op) if op is not None else None,
            data=_data(low.get("data")),
        )
    else:
        raise K3Fault(8, "请求数据包格式错误")
    if method.startswith(("validateuser", "loginby", "logout")):
        return Call(params=params)
    if method == "excuteoperation":
        form_id, op, data = ([*params, None, None, None])[:3]
        return Call(str(form_id) if form_id else None, str(op) if op else None, _data(data))
    if method in FORM_DATA:
        form_id, data = ([*params, None, None])[:2]
        return Call(str(form_id) if form_id else None, None, _data(data))
    return Call(data=_data(params[0] if params else None))
