"""ExecuteBillQuery / BillQuery: resolve FieldKeys (dotted too), filter, order and page the rows of a form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .envelopes import K3Fault
from .filters import Column, FilterError, compile_filter, normalize_filter, parse_datetime, parse_filter
from .forms import Field, Form, find_form
from .refs import RefIndex
from .store import Doc, Store

__all__ = ["QueryColumn", "Row", "resolve_column", "run_query", "unknown_form"]

Row = tuple[Doc, Doc | None]
_MAX_ROWS = 10000


def unknown_form(form_id: str) -> K3Fault:
    return K3Fault(4, f"标识为“{form_id}”的业务对象不存在，或者被删除")


def unknown_field(key: str) -> K3Fault:
    return K3Fault(9, f"元数据中标识为{key}的字段不存在", field_name=key)


@dataclass
class QueryColumn:
    """One requested key: a field of the form, optionally a property of the base data it refers to."""

    key: str
    field: Field
    sub: Field | None
    kind: str
    refs: RefIndex

    @property
    def on_entry(self) -> bool:
        return self.field.entity is not None

    def value(self, row: Row) -> Any:
        head, entry = row
        src = entry if self.on_entry else head
        if src is None:
            return None
        raw = src.get(self.field.key)
        if self.field.kind != "ref" or self.field.ref is None:
            return raw
        target = self.refs.peek(self.field.ref, raw)
        if self.sub is None:
            return int(target["id"]) if target else 0
        if target is None:
            return None
        return target.get(self.sub.key)


_STATIC_SUBS = {
    "fnumber": Field("FNumber", "编码"),
    "fname": Field("FName", "名称"),
    "fid": Field("id", "内码", "id"),
    "fmasterid": Field("id", "内码", "id"),
}


def resolve_column(form: Form, key: str, refs: RefIndex) -> QueryColumn:
    """The column for `key` on `form`, or MsgCode 9 if it does not exist."""
    name, _, rest = key.strip().partition(".")
    fld = form.field(name)
    if fld is None or "." in rest:
        raise unknown_field(key.strip())
    if not rest:
        return QueryColumn(key, fld, None, "ref" if fld.kind == "ref" else fld.kind, refs)
    if fld.kind != "ref" or fld.ref is None:
        raise unknown_field(key.strip())
    target = find_form(fld.ref)
    sub = target.field(rest) if target is not None else None
    if target is not None and sub is not None and target.pk.lower() == rest.lower():
        sub = Field("id", "内码", "id")
    if sub is None:
        sub = _STATIC_SUBS.get(rest.lower())
    if sub is None or sub.entity is not None:
        raise unknown_field(key.strip())
    kind = "text" if sub.kind == "ref" else sub.kind
    return QueryColumn(key, fld, sub, kind, refs)


def _keys(raw: Any) -> list[str]:
    if isinstance(raw, list):
        return [str(k).strip() for k in raw if str(k).strip()]
    return [k.strip() for k in str(raw or "").split(",") if k.strip()]


def _int(data: dict[str, Any], key: str) -> int:
    try:
        return int(data.get(key) or 0)
    except (TypeError, ValueError) as exc:
        raise K3Fault(8, f"data 数据包中的参数 {key} 的值必须是整数") from exc


def _sort_key(value: Any, kind: str) -> tuple[int, Any]:
    if value is None:
        return (0, 0)
    if kind == "date":
        try:
            return (1, parse_datetime(value))
        except FilterError:
            return (1, datetime.min)
    if isinstance(value, int | float):
        return (1, float(value))
    return (1, str(value).casefold())


def run_query(store: Store, refs: RefIndex, data: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """The requested keys and the rows (values in key order) of one query `data` package."""
    lowered = {str(k).lower(): v for k, v in data.items()}
    form_id = str(lowered.get("formid") or "").strip()
    if not form_id:
        raise K3Fault(5, "data 数据包中的参数 FormId 的值不能为空")
    form = find_form(form_id)
    if form is None:
        raise unknown_form(form_id)
    keys = _keys(lowered.get("fieldkeys"))
    if not keys:
        raise K3Fault(8, "data 数据包中的参数 FieldKeys 的值不能为空")
    columns = [resolve_column(form, k, refs) for k in keys]
    used: list[QueryColumn] = list(columns)

    def resolve(name: str) -> Column:
        col = resolve_column(form, name, refs)
        used.append(col)
        return col

    try:
        text = normalize_filter(lowered.get("filterstring"))
        predicate = compile_filter(parse_filter(text), resolve)
    except FilterError as exc:
        raise K3Fault(4, f"GetRealExpress error：过滤条件“{lowered.get('filterstring')}”无效，{exc}") from exc

    order: list[tuple[QueryColumn, bool]] = []
    for part in str(lowered.get("orderstring") or "").split(","):
        words = part.split()
        if not words:
            continue
        if len(words) > 2 or (len(words) == 2 and words[1].lower() not in ("asc", "desc")):
            raise K3Fault(4, f"排序条件“{part.strip()}”无效")
        col = resolve_column(form, words[0], refs)
        used.append(col)
        order.append((col, len(words) == 2 and words[1].lower() == "desc"))

    per_entry = form.entity is not None and any(c.on_entry for c in used)
    rows: list[Row] = []
    for doc in store.scan(form.form_id):
        entries = doc.get(form.entity, []) if per_entry and form.entity else [None]
        for entry in entries:
            row: Row = (doc, entry)
            try:
                hit = predicate(row)
            except FilterError as exc:
                raise K3Fault(4, f"GetRealExpress error：{exc}") from exc
            if hit:
                rows.append(row)
    for col, desc in reversed(order):

        def key(r: Row, c: QueryColumn = col) -> tuple[int, Any]:
            return _sort_key(c.value(r), c.kind)

        rows.sort(key=key, reverse=desc)

    top, start, limit = _int(lowered, "toprowcount"), _int(lowered, "startrow"), _int(lowered, "limit")
    if top > 0:
        rows = rows[:top]
    rows = rows[max(start, 0) :]
    rows = rows[: limit if 0 < limit <= _MAX_ROWS else _MAX_ROWS]
    return keys, [[c.value(r) for c in columns] for r in rows]
