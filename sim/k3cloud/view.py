"""A read-only HTML view of production orders as the emulated K/3 holds them (for the demo's K/3 panel)."""

from __future__ import annotations

from html import escape
from typing import Any

from sim.k3cloud.store import Store

__all__ = ["render_order", "render_orders"]

_STATUS = {1: "计划", 2: "计划确认", 3: "下达", 4: "开工", 5: "完工", 6: "结案"}
_DOC = {"A": "创建", "B": "审核中", "C": "已审核", "D": "重新审核", "Z": "暂存"}
_STYLE = """<style>
body{font:14px/1.5 -apple-system,'PingFang SC','Microsoft YaHei',sans-serif;margin:12px;color:#1f2329}
h1{font-size:17px;margin:4px 0 10px}table{border-collapse:collapse;width:100%;margin:8px 0 14px}
th,td{border:1px solid #e5e6eb;padding:4px 6px;text-align:left;font-size:13px}th{background:#f5f6f7;font-weight:600}
.tag{display:inline-block;padding:0 6px;border-radius:3px;background:#e8f3ff;color:#1456f0}a{color:#1456f0}
.muted{color:#8f959e;font-size:12px}</style>"""


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{escape(title)}</title>{_STYLE}"
        f"</head><body>{body}<p class='muted'>K/3 Cloud 模拟器 · 只读视图 · 数据即 WebAPI 所见</p></body></html>"
    )


def _num(v: Any) -> str:
    return f"{float(v):g}" if isinstance(v, int | float) else escape(str(v))


def render_order(store: Store, bill: str) -> str | None:
    doc = store.by_number("PRD_MO", bill.upper())
    if doc is None:
        return None
    row = doc["FTreeEntity"][0]
    reports = [
        (r, e) for r in store.scan("PRD_MORPT") for e in r.get("FEntity", []) if e.get("FMoBillNo") == doc["FBillNo"]
    ]
    fields = [
        ("单据编号", doc["FBillNo"]), ("单据状态", _DOC.get(doc["FDocumentStatus"], doc["FDocumentStatus"])),
        ("业务状态", f"{row['FStatus']} {_STATUS.get(row['FStatus'], '')}"), ("物料编码", row["FMaterialId"]),
        ("数量", _num(row["FQty"])), ("生产车间", row["FWorkShopID"]),
        ("计划开工", row["FPlanStartDate"][:10]), ("计划完工", row["FPlanFinishDate"][:10]),
        ("汇报完成数量", _num(row.get("FRptFinishQty", 0))), ("合格入库数量", _num(row.get("FStockInQuaQty", 0))),
        ("备注", doc.get("FDescription", "")), ("创建时间", doc["FCreateDate"]), ("修改时间", doc["FModifyDate"]),
    ]  # fmt: skip
    head = "".join(f"<tr><th>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in fields)
    rep = "".join(
        f"<tr><td>{escape(r['FBillNo'])}</td><td>{_DOC.get(r['FDocumentStatus'], '')}</td><td>{_num(e['FQuaQty'])}</td>"
        f"<td>{_num(e['FFailQty'])}</td><td>{escape(r['FCreateDate'])}</td></tr>"
        for r, e in reports
    )
    body = (
        f"<h1>生产订单 <span class='tag'>{escape(doc['FBillNo'])}</span></h1><table>{head}</table>"
        f"<h1>生产汇报单</h1><table><tr><th>单号</th><th>状态</th><th>合格</th><th>不合格</th><th>创建</th></tr>"
        f"{rep or '<tr><td colspan=5>无</td></tr>'}</table><p><a href='view'>全部生产订单</a></p>"
    )
    return _page(f"K/3 {doc['FBillNo']}", body)


def render_orders(store: Store, limit: int = 60) -> str:
    docs = sorted(store.scan("PRD_MO"), key=lambda d: d.get("FModifyDate", ""), reverse=True)[:limit]
    rows = "".join(
        f"<tr><td><a href='view?bill={escape(d['FBillNo'])}'>{escape(d['FBillNo'])}</a></td>"
        f"<td>{escape(d['FTreeEntity'][0]['FMaterialId'])}</td><td>{_num(d['FTreeEntity'][0]['FQty'])}</td>"
        f"<td>{_STATUS.get(d['FTreeEntity'][0]['FStatus'], '')}</td><td>{escape(d['FModifyDate'])}</td></tr>"
        for d in docs
    )
    body = (
        "<h1>生产订单（最近修改）</h1><table><tr><th>单号</th><th>物料</th><th>数量</th><th>状态</th><th>修改时间</th></tr>"
        f"{rows}</table>"
    )
    return _page("K/3 生产订单", body)
