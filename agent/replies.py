"""What the chat shows: outgoing message models and the Chinese (or English) texts, as pure functions."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from agent.figures import days_overdue, progress
from agent.nlu.interpret import chatter
from agent.state import Incoming, Proposal, Violation
from tools.k3.models import ProductionOrder, StockLevel

__all__ = [
    "Button",
    "Card",
    "Outgoing",
    "describe_proposal",
    "help_text",
    "not_understood",
    "num",
    "order_text",
    "overdue_text",
    "reply_to",
    "status_name",
    "stock_text",
]

_WEEKDAYS = "一二三四五六日"
_STATUS_CN = {"created": "计划", "released": "已下达", "started": "已开工", "finished": "已完工", "closed": "已结案"}


def status_name(status: str) -> str:
    """An order state as people in the plant say it (计划, 已下达, …), never the enum word."""
    return _STATUS_CN.get(status, status)


_ACTION_CN = {"release": "下达", "start": "开工", "finish": "完工", "close": "结案", "pause": "暂停", "resume": "恢复"}
_INTENT_CN = {"create_order": "新建生产订单", "change_order": "修改生产订单", "report_output": "生产报工"}


class Button(BaseModel):
    id: Literal["confirm", "cancel", "edit", "approve", "reject"]
    label: str


class Card(BaseModel):
    """An interactive card; a click comes back bound to (thread, proposal, digest)."""

    kind: Literal["confirm", "approve", "result"]
    title: str
    markdown: str
    buttons: list[Button] = Field(default_factory=list)
    thread_id: str = ""
    proposal_id: str = ""
    digest: str = ""
    # One lifecycle: only a pending card (or an approval card, for its approver) has live buttons.
    status: Literal[
        "pending", "awaiting_approval", "superseded", "executed", "done", "cancelled", "expired", "rejected", "failed"
    ] = "pending"


class Outgoing(BaseModel):
    """One message to deliver: to a conversation (reply) or to a user 1:1 (e.g. a supervisor)."""

    kind: Literal["answer", "question", "proposal", "approval", "written", "refusal", "cancelled", "error", "notice"]
    text: str
    conversation_id: str | None = None
    user_id: str | None = None
    at_user: str | None = None
    card: Card | None = None
    in_reply_to: str = ""  # the incoming message id this answers
    data: dict[str, Any] = Field(default_factory=dict)


def reply_to(inc: Incoming, kind: Any, text: str, **kw: Any) -> Outgoing:
    """A message answering `inc`: in its conversation, @ its sender; to `user_id` alone when given."""
    target: dict[str, Any] = {"conversation_id": inc.conversation_id} if "user_id" not in kw else {}
    return Outgoing(kind=kind, text=text, in_reply_to=inc.message_id, at_user=inc.user_id, **target, **kw)


def _day(iso: str | None) -> str:
    if not iso:
        return "未指定"
    d = date.fromisoformat(iso)
    return f"{d.isoformat()}（周{_WEEKDAYS[d.weekday()]}）"


def num(x: float | None) -> str:
    if x is None:
        return "-"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def describe_proposal(p: Proposal, *, workshop_name: str = "") -> str:
    """The exact write, with the normalised diff for changes (e.g. `数量 1000 → 1200`)."""
    lines = [f"**{_INTENT_CN[p.intent]}**"]
    if p.intent == "create_order":
        lines += [
            f"- 物料：{p.material} {p.material_name or ''} {p.spec or ''}".rstrip(),
            f"- 数量：{num(p.quantity)}",
            f"- 车间：{p.workshop} {workshop_name}".rstrip(),
            f"- 计划完工：{_day(p.due_date)}",
        ]
    elif p.intent == "change_order":
        lines.append(f"- 订单：{p.order_no}")
        if p.quantity is not None:
            lines.append(f"- 数量 {num(p.before.get('quantity'))} → {num(p.quantity)}")
        if p.due_date:
            lines.append(f"- 计划完工 {p.before.get('due_date') or '-'} → {_day(p.due_date)}")
        if p.workshop:
            lines.append(f"- 车间 {p.before.get('workshop') or '-'} → {p.workshop} {workshop_name}".rstrip())
        if p.action:
            before = _STATUS_CN.get(str(p.before.get("status")), str(p.before.get("status") or "-"))
            lines.append(f"- 状态：{before} → {_ACTION_CN.get(p.action, p.action)}")
    else:
        after = progress(
            float(p.before.get("quantity") or 0),
            float(p.before.get("good", 0)) + (p.good_qty or 0),
            float(p.before.get("scrap", 0)) + (p.scrap_qty or 0),
        )
        lines += [
            f"- 订单：{p.order_no}（{p.before.get('material_name', '')}）",
            f"- 本次：良品 {num(p.good_qty)}，不良 {num(p.scrap_qty or 0)}",
            f"- 报工后：{after.text()}",
        ]
    if p.risks:
        head = "⚠️ 需要主管审批：" if p.approver else "⚠️ 风险（您确认即视为审批）："
        lines.append("")
        lines.append(head + "；".join(v.message for v in p.risks))
    return "\n".join(lines)


def refusal_text(violations: list[Violation]) -> str:
    return "无法执行：\n" + "\n".join(f"- {v.message}" for v in violations)


def _late(o: ProductionOrder, today: date | None) -> str:
    late = days_overdue(o.plan_finish, o.is_open, today) if today else 0
    return f"，已逾期 {late} 天" if late else ""


def order_text(o: ProductionOrder, *, board_url: str = "", today: date | None = None) -> str:
    text = (
        f"**{o.bill_no}** {o.material_name} {o.spec}（{o.material}）\n"
        f"- 状态：{_STATUS_CN.get(o.status.value, o.status.value)}\n"
        f"- 数量：{num(o.qty)}，已报工 {progress(o.qty, o.good_qty, o.scrap_qty).text()}\n"
        f"- 车间：{o.workshop} {o.workshop_name}\n"
        f"- 计划完工：{_day(o.plan_finish.isoformat() if o.plan_finish else None)}{_late(o, today)}"
    )
    if board_url:
        text += f"\n- [在看板中查看]({board_url}#{o.bill_no})"
    return text


def orders_text(orders: list[ProductionOrder], *, limit: int = 10, today: date | None = None) -> str:
    if not orders:
        return "没有找到符合条件的生产订单。"
    lines = [
        f"找到 {len(orders)} 张生产订单：" if len(orders) <= limit else f"找到 {len(orders)} 张，显示前 {limit} 张："
    ]
    for o in orders[:limit]:
        status = _STATUS_CN.get(o.status.value, o.status.value)
        lines.append(
            f"- {o.bill_no} {o.material_name} {o.spec} ×{num(o.qty)} {status}，完工 {o.plan_finish or '-'}"
            + _late(o, today)
        )
    return "\n".join(lines)


def overdue_text(orders: list[ProductionOrder], today: date, *, limit: int = 10) -> str:
    """Orders late on the plant's `today` (the same definition as the board and the digest), latest first."""
    if not orders:
        return f"今天（{today.isoformat()}）没有逾期的订单。"
    late = sorted(orders, key=lambda o: (-days_overdue(o.plan_finish, o.is_open, today), o.bill_no))
    head = f"今天（{today.isoformat()}）有 {len(late)} 张订单逾期"
    lines = [head + ("：" if len(late) <= limit else f"，显示最久的 {limit} 张：")]
    for o in late[:limit]:
        status = _STATUS_CN.get(o.status.value, o.status.value)
        lines.append(
            f"- {o.bill_no} {o.material_name} {o.spec} {status}，计划完工 {o.plan_finish}，"
            f"逾期 {days_overdue(o.plan_finish, o.is_open, today)} 天，还差 {num(o.remaining_qty)}"
        )
    return "\n".join(lines)


def stock_text(material: str, name: str, spec: str, levels: list[StockLevel], safety: float = 0) -> str:
    total = sum(s.qty for s in levels)
    avail = sum(s.available_qty for s in levels)
    unit = levels[0].unit if levels else ""
    text = f"**{name} {spec}**（{material}）库存 {num(total)} {unit}，可用 {num(avail)}"
    if len(levels) > 1:
        text += "\n" + "\n".join(f"- 仓库 {s.stock}：{num(s.qty)}" for s in levels)
    if safety and total < safety:
        text += f"\n⚠️ 低于安全库存 {num(safety)}"
    return text


def writes_english(text: str) -> bool:
    """The sender wrote English (Latin letters, no Chinese): answer in English."""
    return bool(re.search(r"[A-Za-z]", text)) and not re.search(r"[\u4e00-\u9fff]", text)


def not_understood(text: str, *, group: bool) -> str:
    """One short line for thanks and small talk; in a group a short pointer, in a 1:1 chat the help."""
    en = writes_english(text)
    said = chatter(text)  # one short line for thanks and small talk (a group has a dozen people in it)
    if said == "thanks":
        return "You're welcome." if en else "不客气。"
    if said == "small_talk":
        return (
            "Tell me what to do, e.g. `MO20261102 report good 480 scrap 20`."
            if en
            else "有需要直接说，例如“查询 MO20261102”。"
        )
    if group:
        return (
            "Sorry, I didn't get that. Send `help` to see what I can do."
            if en
            else "抱歉，没听懂。发“帮助”看看我能做什么。"
        )
    return ("Sorry, I didn't get that.\n" if en else "抱歉，我没听懂。\n") + help_text()


def help_text() -> str:
    return (
        "我可以帮您操作 K/3 生产订单，直接说就行：\n"
        "- 新建：`建立生产订单 BOM-2050 数量300 下周五交`\n"
        "- 修改：`MO20261107 数量改为1200`、`MO20261107 交期改到12月20日`\n"
        "- 下达/开工/完工/结案：`MO20261107 下达`\n"
        "- 报工：`MO20261102 报工 良品480 不良20`\n"
        "- 查询订单：`查询 MO20261102`、`装配车间有哪些开工的订单`\n"
        "- 查库存：`304螺栓M8x30还有多少库存`\n"
        "写入 K/3 之前都会先请您确认。"
    )
