"""The board page: `api/templates/board.html` filled with escaped HTML fragments (no build step, no JS)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from string import Template
from urllib.parse import quote

from agent.events.health import OrderRow, WorkshopRow
from agent.events.render import STATUS_CN
from api.events.board import BoardData
from api.events.digest import exception_lines
from dingk3.paths import package_dir

__all__ = ["render_board"]

_TEMPLATE = Template((package_dir("api") / "templates" / "board.html").read_text(encoding="utf-8"))
_STATUSES = ("created", "released", "started", "finished", "closed")


def _n(x: float) -> str:
    return f"{x:,.0f}" if x == int(x) else f"{x:,.1f}"


def _stat(id_: str, label: str, value: int, cls: str = "") -> str:
    return f'<div class="stat {cls}" id="count-{id_}" data-count="{value}"><b>{value}</b><span>{label}</span></div>'


def _link(bill: str) -> str:
    b = escape(bill)
    return f'<a href="#{b}">{b}</a>'


def render_board(data: BoardData, *, workshop: str = "", names: Mapping[str, str], refresh_s: int = 60) -> str:
    """The whole page, for all workshops or one (`workshop` = its number)."""
    h = data.health
    rows = [r for r in h.rows if not workshop or r.workshop == workshop]
    shops = [w for w in h.workshops if not workshop or w.number == workshop]
    exceptions = [x for x in exception_lines(data.exceptions, data.now) if not workshop or x["workshop"] == workshop]
    by_status = {s: sum(1 for r in rows if r.status == s) for s in _STATUSES}
    overdue = [r for r in rows if r.overdue_days > 0]
    stuck = [r for r in rows if r.stuck_hours is not None]
    risky = [r for r in rows if r.risk]
    stats = [_stat(s, STATUS_CN[s], by_status[s]) for s in _STATUSES]
    stats += [
        _stat("overdue", "逾期", len(overdue), "bad" if overdue else ""),
        _stat("stuck", "停滞", len(stuck), "warn" if stuck else ""),
        _stat("risk", "交期风险", len(risky), "warn" if risky else ""),
        _stat("exceptions", "未关闭异常", len(exceptions), "warn" if exceptions else ""),
    ]
    scope = names.get(workshop, workshop) if workshop else ""
    return _TEMPLATE.substitute(
        refresh=f'<meta http-equiv="refresh" content="{refresh_s}">' if refresh_s else "",
        refresh_s=refresh_s,
        scope_title=f" · {escape(scope)}" if scope else "",
        updated=data.now.strftime("%Y-%m-%d %H:%M:%S"),
        filters=_filters(names, workshop),
        stats="".join(stats),
        risks=_risks(risky),
        late=_late(overdue, stuck),
        exceptions=_exceptions(exceptions),
        workshops=_workshops(shops),
        orders=_orders(rows),
    )


def _filters(names: Mapping[str, str], current: str) -> str:
    links = [f'<a href="?" class="{"on" if not current else ""}">全部车间</a>']
    for number, name in names.items():
        on = "on" if number == current else ""
        links.append(f'<a href="?workshop={quote(number)}" class="{on}">{escape(name)}</a>')
    return "".join(links)


def _risks(rows: Sequence[OrderRow]) -> str:
    if not rows:
        return '<p class="empty">没有交期风险订单。</p>'
    items = "".join(
        f'<li data-bill="{escape(r.bill_no)}">{_link(r.bill_no)} {escape(r.material_name)} '
        f"{escape(r.workshop_name)}：{escape(r.risk)}</li>"
        for r in rows
    )
    return f'<ul class="plain" id="risk-list">{items}</ul>'


def _late(overdue: Sequence[OrderRow], stuck: Sequence[OrderRow]) -> str:
    if not overdue and not stuck:
        return '<p class="empty">没有逾期或停滞的订单。</p>'
    items = [
        f'<li class="overdue-item">{_link(r.bill_no)} 逾期 <b>{r.overdue_days}</b> 天（计划 {r.plan_finish}），'
        f"{STATUS_CN.get(r.status, r.status)}，完成 {r.completion_pct:g}%</li>"
        for r in overdue
    ]
    items += [
        f'<li class="stuck-item">{_link(r.bill_no)} {STATUS_CN.get(r.status, r.status)}'
        f"已 <b>{r.stuck_hours:g}</b> 小时</li>"
        for r in stuck
    ]
    return f'<ul class="plain">{"".join(items)}</ul>'


def _exceptions(items: Sequence[dict[str, str]]) -> str:
    if not items:
        return '<p class="empty">没有未关闭的异常。</p>'
    lis = "".join(
        f'<li class="exception sev-{escape(x["severity"])}">{escape(x["title"])}：'
        f"{_link(x['bill_no']) if x['bill_no'] else escape(x['subject'])}（已 {escape(x['age'])}）</li>"
        for x in items
    )
    return f'<ul class="plain">{lis}</ul>'


def _workshops(shops: Sequence[WorkshopRow]) -> str:
    if not shops:
        return '<p class="empty">没有订单。</p>'
    body = "".join(
        f"<tr><td>{escape(w.name)}</td><td class='num'>{w.orders}</td><td class='num'>{_n(w.good)}</td>"
        f"<td class='num'>{_n(w.scrap)}</td><td class='num'>{w.good_rate_pct:.1f}%</td>"
        f"<td class='num'>{w.scrap_rate_pct:.1f}%</td></tr>"
        for w in shops
    )
    return (
        '<table><thead><tr><th>车间</th><th class="num">订单</th><th class="num">良品</th><th class="num">不良</th>'
        '<th class="num">良品率</th><th class="num">不良率</th></tr>'
        f"</thead><tbody>{body}</tbody></table>"
    )


def _orders(rows: Sequence[OrderRow]) -> str:
    parts = []
    for status in _STATUSES:
        group = [r for r in rows if r.status == status]
        if not group:
            continue
        body = "".join(_order_row(r) for r in group)
        parts.append(
            f'<h3 class="status">{STATUS_CN[status]}（{len(group)}）</h3><div class="scroll">'
            f'<table class="orders" data-status="{status}"><thead><tr><th>单号</th><th>物料</th>'
            '<th class="wide">车间</th><th>数量</th><th>完成</th><th class="wide">良品/不良</th><th>计划完工</th>'
            f"<th>标记</th></tr></thead><tbody>{body}</tbody></table></div>"
        )
    return "".join(parts) or '<p class="empty">没有订单。</p>'


def _order_row(r: OrderRow) -> str:
    tags = ""
    if r.overdue_days:
        tags += f'<span class="tag overdue">逾期{r.overdue_days}天</span>'
    if r.stuck_hours is not None:
        tags += '<span class="tag stuck">停滞</span>'
    if r.risk:
        tags += f'<span class="tag risk" title="{escape(r.risk)}">风险</span>'
    pct = min(r.completion_pct, 100)
    return (
        f'<tr id="{escape(r.bill_no)}" class="order" data-workshop="{escape(r.workshop)}">'
        f"<td>{escape(r.bill_no)}</td><td>{escape(r.material_name)} {escape(r.spec)}</td>"
        f'<td class="wide">{escape(r.workshop_name)}</td><td class="num">{_n(r.qty)}</td>'
        f'<td><span class="bar"><i style="width:{pct:.0f}%"></i></span> {r.completion_pct:g}%</td>'
        f'<td class="wide num">{_n(r.good)} / {_n(r.scrap)}</td><td>{r.plan_finish or "-"}</td><td>{tags}</td></tr>'
    )
