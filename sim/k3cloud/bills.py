"""DynamicFormService operations on bills: Save, View, Submit, Audit, UnAudit, Delete, ExcuteOperation, Push."""

from __future__ import annotations

import copy
from typing import Any

from . import production as prd
from .context import Ctx
from .envelopes import BillError, K3Fault, SuccessEntity, response_status
from .filters import FilterError, parse_datetime
from .forms import Field, Form, find_form
from .numbering import mo_rule
from .query import unknown_form
from .store import Doc

__all__ = ["execute_operation", "form_or_fail", "push", "save", "status_op", "view"]

_EPS = 1e-9
_MISSING = object()


def _lower(data: dict[str, Any]) -> dict[str, Any]:
    return {str(k).lower(): v for k, v in data.items()}


def _truthy(value: Any, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def form_or_fail(form_id: str | None) -> Form:
    if not form_id:
        raise K3Fault(5, "单据标识为空，请传入 formid")
    form = find_form(form_id)
    if form is None:
        raise unknown_form(form_id)
    return form


# ---------------------------------------------------------------- values


def _set_value(ctx: Ctx, fld: Field, target: Doc, value: Any, errors: list[BillError], where: str, dindex: int) -> None:
    """Store one incoming value, converting it to the field's kind; problems go to `errors`."""

    def bad(msg: str) -> None:
        errors.append(BillError(message=where + msg, field_name=fld.key, dindex=dindex))

    if fld.kind == "ref":
        assert fld.ref is not None
        if ctx.refs.is_empty(value):
            target[fld.key] = None
            return
        found, shown = ctx.refs.lookup(fld.ref, value)
        if found is None:
            bad(f"字段“{fld.label}”的值“{shown}”在基础资料中不存在")
            return
        target[fld.key] = str(found["FNumber"])
    elif fld.kind == "qty":
        try:
            target[fld.key] = float(value) if value not in (None, "") else 0.0
        except (TypeError, ValueError):
            bad(f"字段“{fld.label}”的值“{value}”不是有效的数值")
    elif fld.kind in ("int", "id"):
        try:
            target[fld.key] = int(float(value)) if value not in (None, "") else 0
        except (TypeError, ValueError):
            bad(f"字段“{fld.label}”的值“{value}”不是有效的整数")
    elif fld.kind == "date":
        if value in (None, ""):
            target[fld.key] = None
            return
        try:
            target[fld.key] = parse_datetime(value).replace(microsecond=0, tzinfo=None).isoformat()
        except FilterError:
            bad(f"字段“{fld.label}”的值“{value}”不是有效的日期")
    else:
        target[fld.key] = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)


def _canon(form: Form, data: dict[str, Any], entity: str | None) -> dict[str, Any]:
    """Incoming keys mapped to canonical field keys (case-insensitive); SubHeadEntity* flattened."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        k = str(key)
        if entity is None and k.lower().startswith("subheadentity") and isinstance(value, dict):
            out.update(_canon(form, value, None))
            continue
        if entity is None and form.entity and k.lower() == form.entity.lower():
            out[form.entity] = value
            continue
        fld = form.field(k)
        if fld is not None and (fld.entity == entity or (entity and fld.key == "FEntryId")):
            out[fld.key] = value
    return out


# ---------------------------------------------------------------- Save


def _new_doc(ctx: Ctx, form: Form) -> Doc:
    doc: Doc = {form.pk: ctx.store.next_seq(f"id:{form.form_id}")}
    for fld in form.header_fields():
        if fld.default is not None:
            doc[fld.key] = fld.default
    doc["FCreateDate"] = ctx.now
    if form.entity:
        doc[form.entity] = []
    return doc


def _new_row(ctx: Ctx, form: Form) -> Doc:
    row: Doc = {"FEntryId": ctx.store.next_seq(f"entry:{form.form_id}")}
    for fld in form.entry_fields():
        if fld.default is not None:
            row[fld.key] = fld.default
    return row


def _apply_rows(
    ctx: Ctx,
    form: Form,
    doc: Doc,
    rows_in: Any,
    only: set[str] | None,
    delete_absent: bool,
    errors: list[BillError],
    dindex: int,
) -> None:
    assert form.entity is not None
    if not isinstance(rows_in, list):
        errors.append(BillError(message=f"单据体“{form.entity}”必须是数组", field_name=form.entity, dindex=dindex))
        return
    old = {int(r["FEntryId"]): r for r in doc.get(form.entity, [])}
    touched: dict[int, Doc] = {}
    added: list[Doc] = []
    for n, raw in enumerate(rows_in, 1):
        if not isinstance(raw, dict):
            continue
        values = _canon(form, raw, form.entity)
        try:
            eid = int(values.get("FEntryId") or 0)
        except (TypeError, ValueError):
            eid = 0
        if eid and eid not in old:
            errors.append(BillError(message=f"第{n}行分录内码“{eid}”不存在", field_name="FEntryId", dindex=dindex))
            continue
        is_new = not eid
        row = _new_row(ctx, form) if is_new else old[eid]
        given = []
        for fld in form.entry_fields():
            if fld.system or fld.kind == "id" or fld.key not in values:
                continue
            if not is_new and only is not None and fld.key.lower() not in only:
                continue
            _set_value(ctx, fld, row, values[fld.key], errors, f"第{n}行", dindex)
            given.append(fld.key)
        row["_given"] = given
        (added.append(row) if is_new else touched.__setitem__(eid, row))
    if delete_absent:
        removed = [r for eid, r in old.items() if eid not in touched]
        kept = [r for r in old.values() if int(r["FEntryId"]) in touched]
        if form.form_id == "PRD_MO":
            for r in removed:
                if float(r.get("FRptFinishQty") or 0) > _EPS:
                    errors.append(
                        BillError(
                            message=f"第{r['FSeq']}行已有汇报数量，不能删除", field_name="FTreeEntity", dindex=dindex
                        )
                    )
        doc[form.entity] = kept + added
    else:
        doc[form.entity] = list(old.values()) + added


def _complete_mo(ctx: Ctx, doc: Doc, errors: list[BillError], dindex: int) -> None:
    for n, row in enumerate(doc.get("FTreeEntity", []), 1):
        row.pop("_given", None)
        material = ctx.refs.by_number("BD_MATERIAL", row.get("FMaterialId"))
        if material is not None:
            unit = material.get("FBaseUnitId")
            row.setdefault("FUnitId", unit)
            row["FUnitId"] = row.get("FUnitId") or unit
            row["FBaseUnitId"] = unit
            if not row.get("FBomId"):
                boms = [b for b in ctx.store.scan("ENG_BOM") if b.get("FMATERIALID") == material["FNumber"]]
                row["FBomId"] = boms[-1]["FNumber"] if boms else None
        row["FWorkShopID"] = row.get("FWorkShopID") or doc.get("FWorkShopID0")
        row["FPlanStartDate"] = row.get("FPlanStartDate") or doc.get("FDate")
        row["FPlanFinishDate"] = row.get("FPlanFinishDate") or row.get("FPlanStartDate")
        for key in ("FRequestOrgId", "FStockInOrgId"):
            row[key] = row.get(key) or doc.get("FPrdOrgId")
        qty = float(row.get("FQty") or 0)
        row["FBaseUnitQty"] = qty
        row["FNoStockInQty"] = qty - float(row.get("FStockInQuaQty") or 0)
        if qty <= 0:
            errors.append(BillError(message=f"第{n}行“数量”必须大于0", field_name="FQty", dindex=dindex))
        elif qty + _EPS < float(row.get("FRptFinishQty") or 0):
            errors.append(
                BillError(
                    message=f"第{n}行“数量”{qty:g}不能小于已汇报数量{float(row['FRptFinishQty']):g}",
                    field_name="FQty",
                    dindex=dindex,
                )
            )
        if row["FPlanStartDate"] and row["FPlanFinishDate"] and row["FPlanFinishDate"] < row["FPlanStartDate"]:
            errors.append(
                BillError(
                    message=f"第{n}行“计划完工时间”不能早于“计划开工时间”", field_name="FPlanFinishDate", dindex=dindex
                )
            )
    if not doc.get("FTreeEntity"):
        errors.append(BillError(message="生产订单至少需要一行明细", field_name="FTreeEntity", dindex=dindex))


def _complete_report(ctx: Ctx, doc: Doc, errors: list[BillError], dindex: int) -> None:
    for n, row in enumerate(doc.get("FEntity", []), 1):
        given = set(row.pop("_given", []))
        for key, value in prd.report_defaults_from_mo(ctx, row).items():
            if key in ("FMaterialId", "FUnitID", "FWorkshipId"):
                row[key] = row.get(key) or value
            else:
                row[key] = value
        row["FStockInOrgId"] = row.get("FStockInOrgId") or doc.get("FPrdOrgId")
        row["FProduceDate"] = row.get("FProduceDate") or doc.get("FDate")
        finish, good, bad = (float(row.get(k) or 0) for k in ("FFinishQty", "FQuaQty", "FFailQty"))
        if "FQuaQty" in given or "FFailQty" in given:
            if "FFinishQty" in given and abs(finish - good - bad) > _EPS:
                errors.append(
                    BillError(
                        message=f"第{n}行“完成数量”必须等于“合格数量”与“不合格数量”之和",
                        field_name="FFinishQty",
                        dindex=dindex,
                    )
                )
            finish = good + bad
        elif "FFinishQty" in given:
            good = finish - bad
        row["FFinishQty"], row["FQuaQty"], row["FFailQty"] = finish, good, bad
        if min(finish, good, bad) < 0:
            errors.append(BillError(message=f"第{n}行数量不能为负数", field_name="FQuaQty", dindex=dindex))
        elif finish <= 0:
            errors.append(BillError(message=f"第{n}行“完成数量”必须大于0", field_name="FFinishQty", dindex=dindex))
        if not row.get("FMoBillNo"):
            errors.append(
                BillError(message=f"第{n}行字段[生产订单编号]是必录字段", field_name="FMoBillNo", dindex=dindex)
            )
    if not doc.get("FEntity"):
        errors.append(BillError(message="生产汇报单至少需要一行明细", field_name="FEntity", dindex=dindex))
    if not errors:
        doc["FWorkshipIdH"] = doc.get("FWorkshipIdH") or doc["FEntity"][0].get("FWorkshipId")
        prd.check_report_rows(ctx, doc, dindex)


def _complete_bom(ctx: Ctx, doc: Doc, errors: list[BillError], dindex: int) -> None:
    material = ctx.refs.by_number("BD_MATERIAL", doc.get("FMATERIALID"))
    if material is not None:
        doc["FUNITID"] = doc.get("FUNITID") or material.get("FBaseUnitId")
        if not doc.get("FNumber"):
            version = 0
            while ctx.store.by_number("ENG_BOM", f"{material['FNumber']}_V1.{version}"):
                version += 1
            doc["FNumber"] = f"{material['FNumber']}_V1.{version}"
    for row in doc.get("FTreeEntity", []):
        row.pop("_given", None)
        child = ctx.refs.by_number("BD_MATERIAL", row.get("FMATERIALIDCHILD"))
        if child is not None:
            row["FCHILDUNITID"] = row.get("FCHILDUNITID") or child.get("FBaseUnitId")
        if float(row.get("FDENOMINATOR") or 0) <= 0:
            errors.append(BillError(message="“用量:分母”必须大于0", field_name="FDENOMINATOR", dindex=dindex))


def _complete(ctx: Ctx, form: Form, doc: Doc, errors: list[BillError], dindex: int) -> None:
    """Fill defaults and run the form's own checks (before required-field checks)."""
    for fld in form.header_fields():
        if fld.kind == "ref" and fld.ref == "ORG_Organizations" and not doc.get(fld.key):
            doc[fld.key] = ctx.config.org_number
    if form.field("FDate") is not None and not doc.get("FDate"):
        doc["FDate"] = ctx.today
    if form.form_id == "PRD_MO":
        _complete_mo(ctx, doc, errors, dindex)
    elif form.form_id == "PRD_MORPT":
        _complete_report(ctx, doc, errors, dindex)
    elif form.form_id == "ENG_BOM":
        _complete_bom(ctx, doc, errors, dindex)
    for row in doc.get(form.entity or "", []) if form.entity else []:
        row.pop("_given", None)


def _check_required(form: Form, doc: Doc, errors: list[BillError], dindex: int) -> None:
    for fld in form.fields:
        if not fld.required:
            continue
        if fld.entity is None:
            if doc.get(fld.key) in (None, ""):
                errors.append(BillError(message=f"字段[{fld.label}]是必录字段", field_name=fld.key, dindex=dindex))
            continue
        for n, row in enumerate(doc.get(fld.entity, []), 1):
            if row.get(fld.key) in (None, ""):
                errors.append(
                    BillError(message=f"第{n}行字段[{fld.label}]是必录字段", field_name=fld.key, dindex=dindex)
                )


def _next_number(ctx: Ctx, form: Form, doc: Doc) -> str:
    if form.form_id == "PRD_MO":
        prefix, seq_name, width = mo_rule(ctx.config, doc.get("FDate") or ctx.today)
    elif form.form_id == "PRD_MORPT":
        prefix, seq_name, width = "SCHB", "billno:PRD_MORPT", 6
    else:
        raise K3Fault(11, f"字段[{form.field(form.number_key or 'FNumber').label}]是必录字段")  # type: ignore[union-attr]
    while True:
        number = f"{prefix}{ctx.store.next_seq(seq_name, 0):0{width}d}"
        if ctx.store.by_number(form.form_id, number) is None:
            return number


def _check_modifiable(form: Form, doc: Doc, dindex: int) -> None:
    if form.form_id == "PRD_MO":
        prd.check_mo_modifiable(doc, "修改", dindex)
    elif form.form_id == "PRD_MORPT" and doc.get("FDocumentStatus") in ("B", "C"):
        state = "审核" if doc["FDocumentStatus"] == "C" else "提交"
        raise K3Fault(11, [BillError(message=f"单据“{doc['FBillNo']}”已{state}，不允许修改", dindex=dindex)])


def save_one(ctx: Ctx, form: Form, model: Any, options: dict[str, Any], dindex: int) -> Doc:
    """Create (PK 0/absent) or modify one bill from a Save `Model`; raises K3Fault with every problem found."""
    if not form.savable:
        raise K3Fault(12, f"业务对象“{form.name}”不支持保存操作")
    if not isinstance(model, dict):
        raise K3Fault(8, "data 数据包中的参数 Model 的值必须是对象")
    values = _canon(form, model, None)
    try:
        pk = int(values.get(form.pk) or 0)
    except (TypeError, ValueError) as exc:
        raise K3Fault(8, f"主键“{form.pk}”的值无效") from exc
    raw_only = options.get("needupdatefields")
    only = {str(k).split(".")[-1].lower() for k in raw_only} if isinstance(raw_only, list) and raw_only else None
    delete_absent = _truthy(options.get("isdeleteentry"), True)
    errors: list[BillError] = []
    if pk:
        existing = ctx.store.get(form.form_id, pk)
        if existing is None:
            raise K3Fault(10, [BillError(message=f"单据内码“{pk}”对应的单据不存在或已被删除", dindex=dindex)])
        _check_modifiable(form, existing, dindex)
        doc = copy.deepcopy(existing)
        old_number = existing.get(form.number_key) if form.number_key else None
    else:
        doc, old_number, only = _new_doc(ctx, form), None, None
    for fld in form.header_fields():
        if fld.system or fld.kind == "id" or fld.key not in values:
            continue
        if only is not None and fld.key.lower() not in only:
            continue
        _set_value(ctx, fld, doc, values[fld.key], errors, "", dindex)
    if form.entity and form.entity in values and (only is None or form.entity.lower() in only):
        _apply_rows(ctx, form, doc, values[form.entity], only, delete_absent, errors, dindex)
    if form.entity:
        for n, row in enumerate(doc.get(form.entity, []), 1):
            row["FSeq"] = n
    if not errors:
        _complete(ctx, form, doc, errors, dindex)
    _check_required(form, doc, errors, dindex)
    if errors:
        raise K3Fault(11, errors)
    if form.number_key:
        number = str(doc.get(form.number_key) or "").strip()
        if not number:
            number = _next_number(ctx, form, doc)
        elif number != old_number and ctx.store.by_number(form.form_id, number) is not None:
            raise K3Fault(
                11,
                [
                    BillError(
                        message=f"违反字段唯一性要求：编码唯一。[{number}]在当前系统中已经被使用。",
                        field_name=form.number_key,
                        dindex=dindex,
                    )
                ],
            )
        doc[form.number_key] = number
    doc["FModifyDate"] = ctx.now
    _put(ctx, form, doc)
    if _truthy(options.get("isautosubmitandaudit"), False):
        doc = _submit(ctx, form, doc, dindex)
        doc = _audit(ctx, form, doc, dindex)
    return doc


def _put(ctx: Ctx, form: Form, doc: Doc) -> None:
    number = str(doc[form.number_key]) if form.number_key else None
    ctx.store.put(form.form_id, int(doc[form.pk]), number, doc)


def _entity(form: Form, doc: Doc) -> SuccessEntity:
    number = str(doc.get(form.number_key) or "") if form.number_key else ""
    return SuccessEntity(id=int(doc[form.pk]), number=number)


def _return_data(form: Form, doc: Doc, fields: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if not isinstance(fields, list):
        return out
    for key in fields:
        head, _, sub = (
            str(key).replace("_", ".", 1).partition(".")
            if form.entity and str(key).lower().startswith(form.entity.lower())
            else (str(key), "", "")
        )
        if sub and form.entity:
            fld = form.field(sub)
            rows = out.setdefault(form.entity, [{} for _ in doc.get(form.entity, [])])
            for target, row in zip(rows, doc.get(form.entity, []), strict=False):
                target[sub] = row.get(fld.key) if fld else None
        else:
            fld = form.field(head)
            out[head] = doc.get(fld.key) if fld else None
    return out


def save(ctx: Ctx, form: Form, data: dict[str, Any], *, batch: bool = False) -> dict[str, Any]:
    """Save / BatchSave: each model in its own savepoint; the reply lists successes and errors by DIndex."""
    options = _lower(data)
    model = options.get("model", _MISSING)
    if model is _MISSING or model in (None, "", []):
        raise K3Fault(8, "data 数据包中的参数 Model 的值不能为空")
    models = model if isinstance(model, list) else [model]
    errors: list[BillError] = []
    done: list[Doc] = []
    for dindex, item in enumerate(models):
        try:
            with ctx.store.savepoint():
                done.append(save_one(ctx, form, item, options, dindex))
        except K3Fault as fault:
            errors.extend(fault.errors)
    success = [_entity(form, d).model_copy(update={"dindex": i}) for i, d in enumerate(done)]
    status = response_status(errors=errors, success=success)
    need = options.get("needreturnfields")
    result: dict[str, Any] = {"ResponseStatus": status}
    if not batch:
        first = done[0] if done and not errors else None
        result["Id"] = int(first[form.pk]) if first else ""
        result["Number"] = (str(first.get(form.number_key) or "") if form.number_key else "") if first else ""
        result["NeedReturnData"] = [_return_data(form, first, need)] if first else []
    else:
        result["NeedReturnData"] = [_return_data(form, d, need) for d in done]
    return result


# ---------------------------------------------------------------- selecting bills


def _split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [v.strip() for v in str(value).split(",") if v.strip()]


def select(ctx: Ctx, form: Form, data: dict[str, Any]) -> list[tuple[Doc | None, str]]:
    """The bills named by Ids (preferred) or Numbers; a missing bill comes back as (None, what was asked)."""
    opts = _lower(data)
    ids, numbers = _split(opts.get("ids")), _split(opts.get("numbers"))
    if not ids and not numbers:
        raise K3Fault(8, "data 数据包中的参数 Ids 和 Numbers 不能同时为空")
    found: list[tuple[Doc | None, str]] = []
    if ids:
        for raw in ids:
            try:
                found.append((ctx.store.get(form.form_id, int(raw)), raw))
            except ValueError:
                found.append((None, raw))
    else:
        for raw in numbers:
            found.append((ctx.store.by_number(form.form_id, raw) if form.number_key else None, raw))
    return found


def _missing(form: Form, asked: str, dindex: int) -> BillError:
    return BillError(message=f"{form.name}“{asked}”不存在或已被删除", msg_code=10, dindex=dindex)


# ---------------------------------------------------------------- document status


def _label(form: Form, doc: Doc) -> str:
    return str(doc.get(form.number_key) or doc[form.pk]) if form.number_key else str(doc[form.pk])


def _submit(ctx: Ctx, form: Form, doc: Doc, dindex: int) -> Doc:
    status = doc.get("FDocumentStatus", "A")
    if status == "B":
        raise K3Fault(11, [BillError(message=f"“{_label(form, doc)}”单据已经提交！", dindex=dindex)])
    if status == "C":
        raise K3Fault(11, [BillError(message=f"“{_label(form, doc)}”单据已经审核！", dindex=dindex)])
    if form.form_id == "PRD_MORPT":
        prd.check_report_rows(ctx, doc, dindex)
    doc["FDocumentStatus"] = "B"
    doc["FModifyDate"] = ctx.now
    _put(ctx, form, doc)
    return doc


def _audit(ctx: Ctx, form: Form, doc: Doc, dindex: int) -> Doc:
    status = doc.get("FDocumentStatus", "A")
    if status == "C":
        raise K3Fault(11, [BillError(message=f"“{_label(form, doc)}”单据已经审核！", dindex=dindex)])
    if status != "B":
        raise K3Fault(
            11, [BillError(message=f"单据“{_label(form, doc)}”不是已提交状态，不能审核，请先提交", dindex=dindex)]
        )
    if form.form_id == "PRD_MORPT":
        prd.check_report_rows(ctx, doc, dindex)
        prd.apply_report(ctx, doc, +1, dindex)
    if form.form_id == "PRD_MO":
        for row in doc.get("FTreeEntity", []):
            if int(row.get("FStatus") or 1) == 1:
                row["FStatus"] = 2
                row["FPlanConfirmDate"] = ctx.now
    doc["FDocumentStatus"] = "C"
    doc["FApproveDate"] = ctx.now
    doc["FModifyDate"] = ctx.now
    _put(ctx, form, doc)
    return doc


def _unaudit(ctx: Ctx, form: Form, doc: Doc, dindex: int) -> Doc:
    if doc.get("FDocumentStatus") != "C":
        raise K3Fault(11, [BillError(message=f"单据“{_label(form, doc)}”不是已审核状态，不能反审核", dindex=dindex)])
    if form.form_id == "PRD_MO":
        prd.check_mo_modifiable(doc, "反审核", dindex)
        if any(int(r.get("FStatus") or 1) >= 3 for r in doc.get("FTreeEntity", [])):
            raise K3Fault(
                11,
                [BillError(message=f"生产订单“{doc['FBillNo']}”已下达，不允许反审核，请先执行反下达", dindex=dindex)],
            )
        for row in doc.get("FTreeEntity", []):
            row["FStatus"] = 1
    if form.form_id == "PRD_MORPT":
        prd.apply_report(ctx, doc, -1, dindex)
    doc["FDocumentStatus"] = "D"
    doc["FApproveDate"] = None
    doc["FModifyDate"] = ctx.now
    _put(ctx, form, doc)
    return doc


def _delete(ctx: Ctx, form: Form, doc: Doc, dindex: int) -> Doc:
    status = doc.get("FDocumentStatus", "A")
    if status in ("B", "C"):
        state = "审核" if status == "C" else "提交"
        raise K3Fault(11, [BillError(message=f"单据“{_label(form, doc)}”已{state}，不允许删除", dindex=dindex)])
    ctx.store.delete(form.form_id, int(doc[form.pk]))
    return doc


_STATUS_OPS = {"submit": _submit, "audit": _audit, "unaudit": _unaudit, "delete": _delete}


def _each(ctx: Ctx, form: Form, data: dict[str, Any], action: Any) -> dict[str, Any]:
    errors: list[BillError] = []
    success: list[SuccessEntity] = []
    for dindex, (doc, asked) in enumerate(select(ctx, form, data)):
        if doc is None:
            errors.append(_missing(form, asked, dindex))
            continue
        try:
            with ctx.store.savepoint():
                done = action(doc, dindex)
            success.append(_entity(form, done).model_copy(update={"dindex": dindex}))
        except K3Fault as fault:
            errors.extend(fault.errors)
    return {"ResponseStatus": response_status(errors=errors, success=success)}


def status_op(ctx: Ctx, service: str, form: Form, data: dict[str, Any]) -> dict[str, Any]:
    """Submit / Audit / UnAudit / Delete of the bills named in `data`."""
    if not form.savable:
        raise K3Fault(12, f"业务对象“{form.name}”不支持该操作")
    fn = _STATUS_OPS[service.lower()]
    return _each(ctx, form, data, lambda doc, dindex: fn(ctx, form, doc, dindex))


# ---------------------------------------------------------------- ExcuteOperation


def execute_operation(ctx: Ctx, form: Form, op_number: str, data: dict[str, Any]) -> dict[str, Any]:
    """Status operations of PRD_MO (ToRelease, ToStart, …) and Forbid / Enable of base data."""
    op = (op_number or "").strip()
    if not op:
        raise K3Fault(3, "操作标识为空，请传入 opNumber")
    key = op.lower()
    if form.form_id == "PRD_MO" and key in prd.MO_OPS:
        opts = _lower(data)
        per_bill: dict[int, set[int]] = {}
        for item in opts.get("pkentryids") or []:
            if isinstance(item, dict):
                it = _lower(item)
                per_bill.setdefault(int(it.get("id") or 0), set()).update(int(e) for e in _split(it.get("entryids")))
        if not _split(opts.get("ids")) and not _split(opts.get("numbers")) and per_bill:
            data = {**data, "Ids": ",".join(str(i) for i in per_bill)}

        def run(doc: Doc, dindex: int) -> Doc:
            entries = per_bill.get(int(doc["FID"])) or None
            doc = prd.run_mo_op(ctx, doc, key, entries, dindex)
            ctx.store.put("PRD_MO", int(doc["FID"]), str(doc["FBillNo"]), doc)
            return doc

        return _each(ctx, form, data, run)
    if form.form_id in ("BD_MATERIAL", "BD_Department", "ENG_BOM") and key in ("forbid", "enable"):

        def flip(doc: Doc, dindex: int) -> Doc:
            doc["FForbidStatus"] = "B" if key == "forbid" else "A"
            doc["FModifyDate"] = ctx.now
            _put(ctx, form, doc)
            return doc

        return _each(ctx, form, data, flip)
    raise K3Fault(4, f"业务对象“{form.name}”不存在标识为“{op}”的操作")


# ---------------------------------------------------------------- View


def _locale(value: Any, lcid: int) -> list[dict[str, Any]]:
    return [{"Key": lcid, "Value": value}]


def _view_name(key: str, pk: str) -> str:
    if key in (pk, "FEntryId"):
        return "Id"
    return key[1:] if key.startswith("F") else key


def _view_value(ctx: Ctx, fld: Field, value: Any, out: dict[str, Any], name: str) -> None:
    if fld.kind != "ref" or fld.ref is None:
        out[name] = value
        return
    target = ctx.refs.by_number(fld.ref, value)
    if target is None:
        out[name], out[f"{name}_Id"] = None, 0
        return
    obj: dict[str, Any] = {"Id": int(target["id"]), "msterID": int(target["id"]), "Number": target.get("FNumber")}
    obj["Name"] = _locale(target.get("FName"), ctx.config.lcid)
    if "FSpecification" in target:
        obj["Specification"] = _locale(target.get("FSpecification"), ctx.config.lcid)
    out[name], out[f"{name}_Id"] = obj, int(target["id"])


def to_view(ctx: Ctx, form: Form, doc: Doc) -> dict[str, Any]:
    """A bill as View returns it: ORM names without the leading F, base data as objects plus `<Prop>_Id`."""
    out: dict[str, Any] = {}
    for fld in form.header_fields():
        _view_value(ctx, fld, doc.get(fld.key), out, _view_name(fld.key, form.pk))
    if form.entity:
        rows = []
        for row in doc.get(form.entity, []):
            item: dict[str, Any] = {}
            for fld in form.entry_fields():
                _view_value(ctx, fld, row.get(fld.key), item, _view_name(fld.key, form.pk))
            rows.append(item)
        out[_view_name(form.entity, form.pk)] = rows
    return out


def view(ctx: Ctx, form: Form, data: dict[str, Any]) -> dict[str, Any]:
    opts = _lower(data)
    doc: Doc | None = None
    asked = ""
    if opts.get("id") not in (None, "", 0, "0"):
        asked = str(opts["id"])
        try:
            doc = ctx.store.get(form.form_id, int(asked))
        except ValueError:
            doc = None
    elif opts.get("number"):
        asked = str(opts["number"])
        doc = ctx.store.by_number(form.form_id, asked) if form.number_key else None
    else:
        raise K3Fault(8, "data 数据包中的参数 Number 和 Id 不能同时为空")
    if doc is None:
        raise K3Fault(10, [_missing(form, asked, 0)])
    return {"ResponseStatus": response_status(), "Result": to_view(ctx, form, doc)}


# ---------------------------------------------------------------- Push


def push(ctx: Ctx, form: Form, data: dict[str, Any]) -> dict[str, Any]:
    """下推 PRD_MO → PRD_MORPT (default rule or RuleId PRD_MO2MORPT): one report per order, remaining qty."""
    opts = _lower(data)
    rule = str(opts.get("ruleid") or "").strip()
    target = str(opts.get("targetformid") or "").strip()
    if (
        form.form_id != "PRD_MO"
        or (rule and rule.lower() != "prd_mo2morpt")
        or (not rule and target.lower() != "prd_morpt")
    ):
        raise K3Fault(11, f"没有找到从“{form.name}”到“{target or rule}”的可用转换规则")
    entry_ids = {int(e) for e in _split(opts.get("entryids")) if e.isdigit()}
    picked: list[tuple[Doc, list[Doc]]] = []
    errors: list[BillError] = []
    if entry_ids:
        for order in ctx.store.all("PRD_MO"):
            rows = [r for r in order.get("FTreeEntity", []) if int(r["FEntryId"]) in entry_ids]
            if rows:
                picked.append((order, rows))
        if not picked:
            raise K3Fault(10, "没有找到指定分录内码对应的生产订单")
    else:
        for dindex, (mo, asked) in enumerate(select(ctx, form, data)):
            if mo is None:
                errors.append(_missing(form, asked, dindex))
            else:
                picked.append((mo, list(mo.get("FTreeEntity", []))))
    for dindex, (mo, rows) in enumerate(picked):
        for row in rows:
            status = int(row.get("FStatus") or 1)
            remaining = float(row.get("FQty") or 0) - float(row.get("FRptFinishQty") or 0)
            if mo.get("FDocumentStatus") != "C" or status != 4:
                msg = (
                    f"生产订单“{mo['FBillNo']}”第{row['FSeq']}行业务状态为“{prd.STATUS_NAMES.get(status, status)}”，"
                    "只有开工状态的生产订单才能下推生产汇报单"
                )
            elif remaining <= _EPS:
                msg = f"生产订单“{mo['FBillNo']}”第{row['FSeq']}行已全部汇报，没有可下推的数量"
            else:
                continue
            errors.append(BillError(message=msg, field_name="FStatus", dindex=dindex))
    if errors:
        raise K3Fault(11, errors)
    created: list[SuccessEntity] = []
    sources: list[SuccessEntity] = []
    rpt = find_form("PRD_MORPT")
    assert rpt is not None
    for dindex, (mo, rows) in enumerate(picked):
        model = {
            "FPrdOrgId": {"FNumber": mo.get("FPrdOrgId")},
            "FDate": ctx.today,
            "FEntity": [
                {
                    "FMoId": mo["FID"],
                    "FMoEntryId": r["FEntryId"],
                    "FMoBillNo": mo["FBillNo"],
                    "FFinishQty": float(r.get("FQty") or 0) - float(r.get("FRptFinishQty") or 0),
                }
                for r in rows
            ],
        }
        doc = save_one(ctx, rpt, model, {}, dindex)
        created.append(_entity(rpt, doc).model_copy(update={"dindex": dindex}))
        sources.append(SuccessEntity(id=int(mo["FID"]), number=str(mo["FBillNo"]), dindex=dindex))
    return {
        "ResponseStatus": response_status(success=created),
        "ConvertResponseStatus": response_status(success=sources),
    }
