"""Chinese markdown for DingTalk, pure: one event, the digest of a quiet period, the 09:00 daily digest."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from agent.events.models import Event
from agent.figures import progress
from agent.phrases.names import status_name
from tools.k3.models import OrderStatus

__all__ = ["STATUS_CN", "render_daily", "render_event", "render_held"]

STATUS_CN = {s.value: status_name(s.value) for s in OrderStatus}  # the chat's names (agent.phrases), never the enum
_ICON = {"info": "", "warning": "⚠️ ", "critical": "🔴 "}
_TITLES = {
    "created": "新生产订单",
    "released": "订单已下达",
    "started": "订单已开工",
    "finished": "订单已完工",
    "closed": "订单已结案",
    "output_reported": "报工",
    "overdue": "订单逾期",
    "stuck": "订单停滞",
    "stock_below_safety": "库存低于安全库存",
    "bom_short": "新订单物料不足",
    "approval_waiting": "审批等待过久",
}


def _num(x: Any) -> str:
    try:
        f = float(x)
    except (TypeError, ValueError):
        return str(x)
    return f"{f:,.0f}" if f == int(f) else f"{f:,.2f}".rstrip("0").rstrip(".")


def _order_line(e: Event) -> str:
    what = " ".join(x for x in (e.material_name, e.spec) if x)
    return f"**{e.bill_no}** {what} ×{_num(e.qty)}" + (f"，{e.workshop_name or e.workshop}" if e.workshop else "")


def render_event(e: Event, *, board_url: str = "") -> tuple[str, str]:
    """(title, markdown) of one event: the facts that matter, then a link or the reply that acts on it."""
    title = _ICON[e.severity] + _TITLES[e.kind]
    f = e.facts
    lines = [f"#### {title}"]
    hint = ""
    if e.kind in ("created", "released", "started", "finished", "closed"):
        lines.append(_order_line(e))
        if e.kind == "created":
            lines.append(f"- 计划完工：{f.get('plan_finish') or '-'}")
            hint = f"下达请回复：`{e.bill_no} 下达`"
        else:
            lines.append(f"- 状态：{STATUS_CN.get(f.get('from', ''), '')} → **{STATUS_CN.get(e.kind, e.kind)}**")
            hint = {
                "released": f"开工请回复：`{e.bill_no} 开工`",
                "started": f"报工请回复：`{e.bill_no} 报工 良品N 不良N`",
            }.get(e.kind, "")
    elif e.kind == "output_reported":
        lines += [
            _order_line(e),
            f"- 本次报工：良品 {_num(f.get('good'))}，不良 {_num(f.get('scrap'))}",
            f"- 累计：{progress(e.qty or 0, f.get('total_good') or 0, f.get('total_scrap') or 0).text()}",
        ]
    elif e.kind == "overdue":
        lines += [
            _order_line(e),
            f"- 计划完工 {f.get('plan_finish')}，已逾期 **{f.get('days_late')} 天**，"
            f"状态 {STATUS_CN.get(f.get('status', ''), '')}，仍差 {_num(f.get('remaining'))}",
        ]
        hint = f"调整交期请回复：`{e.bill_no} 交期改到12月20日`；完工请回复：`{e.bill_no} 完工`"
    elif e.kind == "stuck":
        lines += [
            _order_line(e),
            f"- 已 **{STATUS_CN.get(f.get('status', ''), '')}** {f.get('hours')} 小时"
            f"（上限 {_num(f.get('limit_hours'))} 小时），自 {str(f.get('since', '')).replace('T', ' ')}",
        ]
        hint = {"created": f"下达请回复：`{e.bill_no} 下达`", "released": f"开工请回复：`{e.bill_no} 开工`"}.get(
            str(f.get("status")), f"查询请回复：`查询 {e.bill_no}`"
        )
    elif e.kind == "stock_below_safety":
        lines += [
            f"**{e.material_name}**（{e.material}）",
            f"- 库存 {_num(f.get('on_hand'))}，安全库存 {_num(f.get('safety'))}，缺 **{_num(f.get('short'))}**",
        ]
        hint = f"查库存请回复：`{e.material} 还有多少库存`"
    elif e.kind == "bom_short":
        lines.append(_order_line(e))
        for s in f.get("shortages", [])[:8]:
            lines.append(
                f"- {s['component']}：需 {_num(s['need'])}（含 {f.get('factor', 1.05)} 倍余量），可用 {_num(s['have'])}"
            )
    elif e.kind == "approval_waiting":
        lines += [
            f"- {str(f.get('summary', '')).splitlines()[0] if f.get('summary') else '一项变更'}",
            f"- 申请人 {f.get('requester_name') or f.get('requester')}，"
            f"审批人 {f.get('approver_name') or f.get('approver')}，已等待 **{f.get('minutes')} 分钟**",
        ]
        hint = "请审批人在审批卡片上点“同意”或“驳回”"
    if e.bill_no and board_url:
        lines.append(f"- [在看板中查看]({board_url}#{e.bill_no})")
    if hint:
        lines.append(f"\n> {hint}")
    return title, "\n".join(lines)


def render_held(titles: Sequence[str], first_lines: Sequence[str], *, until: str) -> tuple[str, str]:
    """One message for everything held back during a recipient's quiet hours."""
    lines = [f"#### 免打扰期间的 {len(titles)} 条通知（至 {until}）"]
    for t, line in zip(titles, first_lines, strict=False):
        lines.append(f"- {t}：{line}")
    return f"免打扰期间 {len(titles)} 条通知", "\n".join(lines)


def render_daily(
    day: str,
    by_workshop: Sequence[dict[str, Any]],
    on_time: tuple[int, int],
    exceptions: Sequence[dict[str, Any]],
    at_risk: Sequence[dict[str, Any]],
    *,
    overdue: Sequence[dict[str, Any]] = (),
    today: str = "",
    board_url: str = "",
    scope: str = "",
    since: str = "",
) -> tuple[str, str]:
    """The 09:00 digest: yesterday's output by workshop (from `since` through `day` on the first working day
    after days off: a catch-up), on-time rate, overdue orders (as the board counts them on the plant's today),
    open exceptions, orders at risk."""
    period = f"{since} 至 {day}" if since and since != day else day
    lines = [f"#### 生产日报 {period}" + (f"（{scope}）" if scope else "")]
    lines.append(f"**{period} 产出**（补发：期间休息未发日报）" if period != day else "**昨日产出**")
    if by_workshop:
        for w in by_workshop:
            rate = w["scrap"] / (w["good"] + w["scrap"]) * 100 if (w["good"] + w["scrap"]) else 0
            lines.append(f"- {w['name']}：良品 {_num(w['good'])}，不良 {_num(w['scrap'])}（不良率 {rate:.1f}%）")
    else:
        lines.append("- 期间无报工" if period != day else "- 昨日无报工")
    done, total = on_time
    lines.append(
        f"**准时完工率**（近7天）：{done}/{total}" + (f" = {done / total * 100:.0f}%" if total else "，无完工订单")
    )
    lines.append(f"**逾期订单**（今天 {today}）：{len(overdue)} 张" if today else f"**逾期订单**：{len(overdue)} 张")
    for r in overdue[:8]:
        link = f"[{r['bill_no']}]({board_url}#{r['bill_no']})" if board_url else r["bill_no"]
        lines.append(f"- {link} 计划完工 {r['plan_finish']}，逾期 {r['days']} 天")
    lines.append(f"**未关闭异常**：{len(exceptions)} 项")
    for x in exceptions[:8]:
        lines.append(f"- {x['title']}：{x['subject']}（{x['age']}）")
    lines.append(f"**交期风险订单**：{len(at_risk)} 张")
    for r in at_risk[:8]:
        link = f"[{r['bill_no']}]({board_url}#{r['bill_no']})" if board_url else r["bill_no"]
        lines.append(f"- {link} {r['reason']}")
    if board_url:
        lines.append(f"\n[打开看板]({board_url})")
    return f"生产日报 {period}", "\n".join(lines)
