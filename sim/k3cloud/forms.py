"""Metadata of the emulated business objects: forms, entities, fields, labels and static base data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["FORMS", "STATIC_REFS", "Field", "Form", "Kind", "find_form", "static_refs"]

Kind = Literal["id", "text", "int", "qty", "date", "ref"]


@dataclass(frozen=True)
class Field:
    """One field: where it lives (header or an entry entity), its type and how Save treats it."""

    key: str
    label: str
    kind: Kind = "text"
    entity: str | None = None
    ref: str | None = None  # base-data form for kind "ref"
    required: bool = False
    system: bool = False  # maintained by the server; Save ignores values sent for it
    default: Any = None


@dataclass(frozen=True)
class Form:
    form_id: str
    name: str
    pk: str
    number_key: str | None
    fields: tuple[Field, ...]
    entity: str | None = None  # the one entry entity, rows keyed by FEntryId
    savable: bool = True
    name_key: str | None = None
    _index: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for f in self.fields:
            self._index[f.key.lower()] = f
        if self.entity:
            ent = self.entity.lower()
            self._index[f"{ent}_fentryid"] = self._index["fentryid"]
            self._index[f"{ent}_fseq"] = self._index["fseq"]

    def field(self, key: str) -> Field | None:
        """The field for a (case-insensitive) key, including `<Entity>_FEntryId` / `<Entity>_FSeq`."""
        return self._index.get(key.lower())

    def header_fields(self) -> list[Field]:
        return [f for f in self.fields if f.entity is None]

    def entry_fields(self) -> list[Field]:
        return [f for f in self.fields if f.entity is not None]


def _doc_fields(*, audit: bool = True) -> tuple[Field, ...]:
    common = (
        Field("FCreateDate", "创建日期", "date", system=True),
        Field("FModifyDate", "修改日期", "date", system=True),
    )
    if not audit:
        return common
    return (
        Field("FDocumentStatus", "数据状态", system=True, default="A"),
        Field("FApproveDate", "审核日期", "date", system=True),
        *common,
    )


def _base_fields() -> tuple[Field, ...]:
    return (
        Field("FForbidStatus", "禁用状态", system=True, default="A"),
        Field("FCreateOrgId", "创建组织", "ref", ref="ORG_Organizations"),
        Field("FUseOrgId", "使用组织", "ref", ref="ORG_Organizations"),
        Field("FDescription", "描述"),
    )


_MO = "FTreeEntity"
PRD_MO = Form(
    "PRD_MO",
    "生产订单",
    "FID",
    "FBillNo",
    (
        Field("FID", "实体主键", "id"),
        Field("FBillNo", "单据编号"),
        Field("FBillType", "单据类型", "ref", ref="BOS_BillType", default="SCDD01_SYS"),
        Field("FDate", "单据日期", "date"),
        Field("FPrdOrgId", "生产组织", "ref", ref="ORG_Organizations", required=True),
        Field("FOwnerTypeId", "货主类型", default="BD_OwnerOrg"),
        Field("FOwnerId", "货主", "ref", ref="ORG_Organizations"),
        Field("FWorkShopID0", "生产车间", "ref", ref="BD_Department"),
        Field("FBusinessType", "业务类型", default="1"),
        Field("FDescription", "备注"),
        *_doc_fields(),
        Field("FEntryId", "分录内码", "id", entity=_MO),
        Field("FSeq", "序号", "int", entity=_MO, system=True),
        Field("FProductType", "产品类型", entity=_MO, default="1"),
        Field("FMaterialId", "物料编码", "ref", entity=_MO, ref="BD_MATERIAL", required=True),
        Field("FUnitId", "单位", "ref", entity=_MO, ref="BD_UNIT"),
        Field("FQty", "数量", "qty", entity=_MO, required=True),
        Field("FBaseUnitId", "基本单位", "ref", entity=_MO, ref="BD_UNIT", system=True),
        Field("FBaseUnitQty", "基本单位数量", "qty", entity=_MO, system=True),
        Field("FWorkShopID", "生产车间", "ref", entity=_MO, ref="BD_Department", required=True),
        Field("FPlanStartDate", "计划开工时间", "date", entity=_MO),
        Field("FPlanFinishDate", "计划完工时间", "date", entity=_MO),
        Field("FBomId", "BOM版本", "ref", entity=_MO, ref="ENG_BOM"),
        Field("FRequestOrgId", "需求组织", "ref", entity=_MO, ref="ORG_Organizations"),
        Field("FStockInOrgId", "入库组织", "ref", entity=_MO, ref="ORG_Organizations"),
        Field("FStockId", "仓库", "ref", entity=_MO, ref="BD_STOCK", default="CK02"),
        Field("FMTONo", "计划跟踪号", entity=_MO),
        Field("FLot", "批号", entity=_MO),
        Field("FSaleOrderNo", "需求单据", entity=_MO),
        Field("FStatus", "业务状态", "int", entity=_MO, system=True, default=1),
        Field("FRptFinishQty", "汇报完成数量", "qty", entity=_MO, system=True, default=0.0),
        Field("FStockInQuaQty", "入库合格数量", "qty", entity=_MO, system=True, default=0.0),
        Field("FNoStockInQty", "未入库数量", "qty", entity=_MO, system=True),
        Field("FPlanConfirmDate", "计划确认日期", "date", entity=_MO, system=True),
        Field("FConveyDate", "下达日期", "date", entity=_MO, system=True),
    ),
    entity=_MO,
)

_RPT = "FEntity"
PRD_MORPT = Form(
    "PRD_MORPT",
    "生产汇报单",
    "FID",
    "FBillNo",
    (
        Field("FID", "实体主键", "id"),
        Field("FBillNo", "单据编号"),
        Field("FBillType", "单据类型", "ref", ref="BOS_BillType", default="SCHBD01_SYS"),
        Field("FDate", "单据日期", "date"),
        Field("FPrdOrgId", "生产组织", "ref", ref="ORG_Organizations", required=True),
        Field("FWorkshipIdH", "生产车间", "ref", ref="BD_Department"),
        Field("FDescription", "备注"),
        *_doc_fields(),
        Field("FEntryId", "分录内码", "id", entity=_RPT),
        Field("FSeq", "序号", "int", entity=_RPT, system=True),
        Field("FMaterialId", "物料编码", "ref", entity=_RPT, ref="BD_MATERIAL", required=True),
        Field("FProductType", "产品类型", entity=_RPT, default="1"),
        Field("FReportType", "汇报类型", entity=_RPT, default="HBLX01_SYS"),
        Field("FUnitID", "单位", "ref", entity=_RPT, ref="BD_UNIT"),
        Field("FWorkshipId", "生产车间", "ref", entity=_RPT, ref="BD_Department"),
        Field("FFinishQty", "完成数量", "qty", entity=_RPT),
        Field("FQuaQty", "合格数量", "qty", entity=_RPT),
        Field("FFailQty", "不合格数量", "qty", entity=_RPT),
        Field("FMoBillNo", "生产订单编号", entity=_RPT),
        Field("FMoEntrySeq", "生产订单行号", "int", entity=_RPT),
        Field("FMoId", "生产订单内码", "int", entity=_RPT),
        Field("FMoEntryId", "生产订单分录内码", "int", entity=_RPT),
        Field("FMOMAINENTRYID", "生产订单主分录内码", "int", entity=_RPT),
        Field("FSrcBillType", "源单类型", entity=_RPT),
        Field("FSrcBillNo", "源单编号", entity=_RPT),
        Field("FSrcInterId", "源单内码", "int", entity=_RPT),
        Field("FSrcEntryId", "源单分录内码", "int", entity=_RPT),
        Field("FStockInOrgId", "入库组织", "ref", entity=_RPT, ref="ORG_Organizations"),
        Field("FProduceDate", "生产日期", "date", entity=_RPT),
    ),
    entity=_RPT,
)

STK_INVENTORY = Form(
    "STK_Inventory",
    "即时库存",
    "FID",
    None,
    (
        Field("FID", "实体主键", "id"),
        Field("FMaterialId", "物料编码", "ref", ref="BD_MATERIAL"),
        Field("FStockId", "仓库", "ref", ref="BD_STOCK"),
        Field("FStockOrgId", "库存组织", "ref", ref="ORG_Organizations"),
        Field("FStockStatusId", "库存状态", "ref", ref="BD_StockStatus"),
        Field("FLot", "批号"),
        Field("FMtoNo", "计划跟踪号"),
        Field("FQty", "库存量(主单位)", "qty"),
        Field("FBaseQty", "库存量(基本单位)", "qty"),
        Field("FAVBQty", "可用量(主单位)", "qty"),
        Field("FBaseAVBQty", "可用量(基本单位)", "qty"),
        Field("FBaseLockQty", "预留量(基本单位)", "qty"),
        Field("FBaseUnitId", "基本单位", "ref", ref="BD_UNIT"),
        Field("FStockUnitId", "库存主单位", "ref", ref="BD_UNIT"),
        Field("FProduceDate", "生产日期", "date"),
        Field("FExpiryDate", "有效期至", "date"),
        Field("FUpdateTime", "最后更新日期", "date"),
    ),
    savable=False,
)

BD_MATERIAL = Form(
    "BD_MATERIAL",
    "物料",
    "FMATERIALID",
    "FNumber",
    (
        Field("FMATERIALID", "实体主键", "id"),
        Field("FNumber", "编码", required=True),
        Field("FName", "名称", required=True),
        Field("FSpecification", "规格型号"),
        Field("FMnemonicCode", "助记码"),
        Field("FOldNumber", "旧物料编码"),
        Field("FMaterialGroup", "物料分组", "ref", ref="BD_MaterialGroup"),
        Field("FErpClsID", "物料属性", default="1"),
        Field("FBaseUnitId", "基本单位", "ref", ref="BD_UNIT", default="PCS"),
        Field("FSafeStock", "安全库存", "qty", default=0.0),
        *_base_fields(),
        *_doc_fields(),
    ),
    name_key="FName",
)

BD_DEPARTMENT = Form(
    "BD_Department",
    "部门",
    "FDEPTID",
    "FNumber",
    (
        Field("FDEPTID", "实体主键", "id"),
        Field("FNumber", "编码", required=True),
        Field("FName", "名称", required=True),
        *_base_fields(),
        *_doc_fields(),
    ),
    name_key="FName",
)

_BOM = "FTreeEntity"
ENG_BOM = Form(
    "ENG_BOM",
    "物料清单",
    "FID",
    "FNumber",
    (
        Field("FID", "实体主键", "id"),
        Field("FNumber", "BOM版本"),
        Field("FName", "BOM简称"),
        Field("FMATERIALID", "父项物料编码", "ref", ref="BD_MATERIAL", required=True),
        Field("FUNITID", "父项物料单位", "ref", ref="BD_UNIT"),
        Field("FBOMCATEGORY", "BOM分类", default="1"),
        *_base_fields(),
        *_doc_fields(),
        Field("FEntryId", "分录内码", "id", entity=_BOM),
        Field("FSeq", "序号", "int", entity=_BOM, system=True),
        Field("FMATERIALIDCHILD", "子项物料编码", "ref", entity=_BOM, ref="BD_MATERIAL", required=True),
        Field("FCHILDUNITID", "子项单位", "ref", entity=_BOM, ref="BD_UNIT"),
        Field("FNUMERATOR", "用量:分子", "qty", entity=_BOM, default=1.0),
        Field("FDENOMINATOR", "用量:分母", "qty", entity=_BOM, default=1.0),
    ),
    entity=_BOM,
    name_key="FName",
)

FORMS: dict[str, Form] = {
    f.form_id.lower(): f for f in (PRD_MO, PRD_MORPT, STK_INVENTORY, BD_MATERIAL, BD_DEPARTMENT, ENG_BOM)
}

# Base data that is not stored: (id, number, name) per reference form; the org is set per config.
STATIC_REFS: dict[str, tuple[tuple[int, str, str], ...]] = {
    "BD_UNIT": ((10101, "PCS", "Pcs"), (10102, "KG", "千克"), (10103, "L", "升")),
    "BD_STOCK": ((100501, "CK01", "原料仓"), (100502, "CK02", "成品仓")),
    "BD_MaterialGroup": ((101, "01", "产成品"), (102, "02", "半成品"), (103, "03", "原材料")),
    "BD_StockStatus": ((10000, "KCZT01_SYS", "可用"),),
    "BOS_BillType": (
        (1001, "SCDD01_SYS", "汇报入库-普通生产"),
        (1003, "SCDD03_SYS", "直接入库-普通生产"),
        (2001, "SCHBD01_SYS", "生产汇报单"),
        (2002, "SCHBD02_SYS", "生产汇报单-委外"),
    ),
}


def static_refs(org_number: str) -> dict[str, tuple[tuple[int, str, str], ...]]:
    """The static base data of a data centre whose one organisation has `org_number`."""
    return {**STATIC_REFS, "ORG_Organizations": ((1, org_number, "DingK3演示工厂"),)}


def find_form(form_id: str) -> Form | None:
    return FORMS.get(form_id.strip().lower())
