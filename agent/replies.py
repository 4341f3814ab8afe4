"""What the chat shows: outgoing message models, and the texts made from K/3 facts (a proposal, an order, stock),
as pure functions in the reader's language (fixed lines are in agent.phrases)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, Field

from agent.examples import Examples
from agent.figures import days_overdue, progress
from agent.nlu.interpret import chatter
from agent.phrases import Lang, in_lang, language_of, say
from agent.phrases.names import action_name, intent_name, status_name
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
    "orders_text",
    "overdue_text",
    "refusal_text",
    "reply_to",
    "status_name",
    "stock_text",
    "violation_text",
    "writes_english",
]

_WEEKDAYS = {"zh": "一二三四五六日", "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


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
    lang: Lang = "zh"  # the card's words; its badges follow them


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
    lang: Lang = "zh"  # the text's language (the notification title follows it)


def reply_to(inc: Incoming, kind: Any, text: str, **kw: Any) -> Outgoing:
    """A message answering `inc`: in its conversation, @ its sender; to `user_id` alone when given."""
    target: dict[str, Any] = {"conversation_id": inc.conversation_id} if "user_id" not in kw else {}
    return Outgoing(kind=kind, text=text, in_reply_to=inc.message_id, at_user=inc.user_id, **target, **kw)


def writes_english(text: str) -> bool:
    """The sender wrote English (an English word, no Chinese): answer in English."""
    return language_of(text) == "en"


def num(x: float | None) -> str:
    if x is None:
        return "-"
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def _day(iso: str | None, lang: Lang = "zh") -> str:
    if not iso:
        return "not set" if lang == "en" else "未指定"
    d = date.fromisoformat(iso)
    if lang == "en":
        return f"{d.isoformat()} ({_WEEKDAYS['en'][d.weekday()]})"
    return f"{d.isoformat()}（周{_WEEKDAYS['zh'][d.weekday()]}）"


def violation_text(v: Violation, lang: Lang = "zh") -> str:
    """A rule's verdict in the reader's language."""
    return v.message_en if lang == "en" and v.message_en else v.message


_LABEL = {
    "material": ("物料", "Item"), "quantity": ("数量", "Quantity"), "workshop": ("车间", "Workshop"),
    "due": ("计划完工", "Planned finish"), "order": ("订单", "Order"), "state": ("状态", "State"),
    "now": ("本次", "This report"), "after": ("报工后", "After it"),
}  # fmt: skip


def _label(key: str, lang: Lang, value: str = "", *, colon: bool = True) -> str:
    """`- 数量：300` / `- Quantity: 300`; without `colon`, `- 数量 1000 → 1200`."""
    sep = in_lang(("：", ": "), lang) if colon else " "
    return f"- {in_lang(_LABEL[key], lang)}{sep}{value}".rstrip()


def describe_proposal(p: Proposal, *, workshop_name: str = "", lang: Lang = "zh") -> str:
    """The exact write, with the normalised diff for changes (e.g. `数量 1000 → 1200`)."""
    lines = [f"**{intent_name(p.intent, lang)}**"]
    if p.intent == "create_order":
        lines += [
            _label("material", lang, f"{p.material} {p.material_name or ''} {p.spec or ''}"),
            _label("quantity", lang, num(p.quantity)),
            _label("workshop", lang, f"{p.workshop} {workshop_name}"),
            _label("due", lang, _day(p.due_date, lang)),
        ]
    elif p.intent == "change_order":
        lines.append(_label("order", lang, p.order_no or ""))
        if p.quantity is not None:
            lines.append(_label("quantity", lang, f"{num(p.before.get('quantity'))} → {num(p.quantity)}", colon=False))
        if p.due_date:
            diff = f"{p.before.get('due_date') or '-'} → {_day(p.due_date, lang)}"
            lines.append(_label("due", lang, diff, colon=False))
        if p.workshop:
            diff = f"{p.before.get('workshop') or '-'} → {p.workshop} {workshop_name}"
            lines.append(_label("workshop", lang, diff, colon=False))
        if p.action:
            before = status_name(str(p.before.get("status") or "-"), lang)
            lines.append(_label("state", lang, f"{before} → {action_name(p.action, lang)}"))
    else:
        after = progress(
            float(p.before.get("quantity") or 0),
            float(p.before.get("good", 0)) + (p.good_qty or 0),
            float(p.before.get("scrap", 0)) + (p.scrap_qty or 0),
        )
        name = p.before.get("material_name", "")
        good, scrap = num(p.good_qty), num(p.scrap_qty or 0)
        lines += [
            _label("order", lang, f"{p.order_no} ({name})" if lang == "en" else f"{p.order_no}（{name}）"),
            _label("now", lang, f"good {good}, scrap {scrap}" if lang == "en" else f"良品 {good}，不良 {scrap}"),
            _label("after", lang, after.text(lang)),
        ]
    if p.made_qty is not None and p.scrap_qty and p.good_qty == p.made_qty:
        made, scrap = num(p.made_qty), num(p.scrap_qty)
        lines += ["", say(lang, "made_includes_scrap", made=made, scrap=scrap, good=num(p.made_qty - p.scrap_qty))]
    if p.warnings:
        sep = "; " if lang == "en" else "；"
        lines += ["", say(lang, "warning_note", warnings=sep.join(violation_text(v, lang) for v in p.warnings))]
    if p.risks:
        key = "approval_needed" if p.approver else "risk_accepted"
        lines += [
            "",
            say(lang, key, risks=("; " if lang == "en" else "；").join(violation_text(v, lang) for v in p.risks)),
        ]
    return "\n".join(lines)


def refusal_text(violations: list[Violation], lang: Lang = "zh", *, head: str = "refused") -> str:
    """Why a request cannot be done, one rule a line; `head` names the line that opens it."""
    return say(lang, head) + "\n" + "\n".join(f"- {violation_text(v, lang)}" for v in violations)


def _late(o: ProductionOrder, today: date | None, lang: Lang) -> str:
    late = days_overdue(o.plan_finish, o.is_open, today) if today else 0
    if not late:
        return ""
    return f", {late} days late" if lang == "en" else f"，已逾期 {late} 天"


def order_text(o: ProductionOrder, *, board_url: str = "", today: date | None = None, lang: Lang = "zh") -> str:
    finish = _day(o.plan_finish.isoformat() if o.plan_finish else None, lang) + _late(o, today, lang)
    done = progress(o.qty, o.good_qty, o.scrap_qty).text(lang)
    if lang == "en":
        text = (
            f"**{o.bill_no}** {o.material_name} {o.spec} ({o.material})\n- State: {status_name(o.status.value, lang)}\n"
            f"- Quantity: {num(o.qty)}, reported {done}\n- Workshop: {o.workshop} {o.workshop_name}\n"
            f"- Planned finish: {finish}"
        )
    else:
        text = (
            f"**{o.bill_no}** {o.material_name} {o.spec}（{o.material}）\n- 状态：{status_name(o.status.value)}\n"
            f"- 数量：{num(o.qty)}，已报工 {done}\n- 车间：{o.workshop} {o.workshop_name}\n- 计划完工：{finish}"
        )
    if board_url:
        text += f"\n- [{'Open on the board' if lang == 'en' else '在看板中查看'}]({board_url}#{o.bill_no})"
    return text


def orders_text(orders: list[ProductionOrder], *, limit: int = 10, today: date | None = None, lang: Lang = "zh") -> str:
    en = lang == "en"
    if not orders:
        return "No production order matches." if en else "没有找到符合条件的生产订单。"
    if len(orders) <= limit:
        head = f"Found {len(orders)} production orders:" if en else f"找到 {len(orders)} 张生产订单："
    else:
        head = f"Found {len(orders)}, the first {limit}:" if en else f"找到 {len(orders)} 张，显示前 {limit} 张："
    lines = [head]
    for o in orders[:limit]:
        state = status_name(o.status.value, lang)
        finish = f"{', finish' if en else '，完工'} {o.plan_finish or '-'}"
        lines.append(f"- {o.bill_no} {o.material_name} {o.spec} ×{num(o.qty)} {state}{finish}{_late(o, today, lang)}")
    return "\n".join(lines)


def overdue_text(orders: list[ProductionOrder], today: date, *, limit: int = 10, lang: Lang = "zh") -> str:
    """Orders late on the plant's `today` (the same definition as the board and the digest), latest first."""
    en = lang == "en"
    if not orders:
        return (
            f"No order is late today ({today.isoformat()})." if en else f"今天（{today.isoformat()}）没有逾期的订单。"
        )
    late = sorted(orders, key=lambda o: (-days_overdue(o.plan_finish, o.is_open, today), o.bill_no))
    if en:
        head = f"{len(late)} orders are late today ({today.isoformat()})"
        lines = [head + (":" if len(late) <= limit else f", the {limit} latest:")]
    else:
        head = f"今天（{today.isoformat()}）有 {len(late)} 张订单逾期"
        lines = [head + ("：" if len(late) <= limit else f"，显示最久的 {limit} 张：")]
    for o in late[:limit]:
        state, days = status_name(o.status.value, lang), days_overdue(o.plan_finish, o.is_open, today)
        what = f"- {o.bill_no} {o.material_name} {o.spec} {state}"
        if en:
            lines.append(f"{what}, planned finish {o.plan_finish}, {days} days late, {num(o.remaining_qty)} to go")
        else:
            lines.append(f"{what}，计划完工 {o.plan_finish}，逾期 {days} 天，还差 {num(o.remaining_qty)}")
    return "\n".join(lines)


def stock_text(
    material: str, name: str, spec: str, levels: list[StockLevel], safety: float = 0, *, lang: Lang = "zh"
) -> str:
    total = sum(s.qty for s in levels)
    avail = sum(s.available_qty for s in levels)
    unit = levels[0].unit if levels else ""
    en = lang == "en"
    if en:
        text = f"**{name} {spec}** ({material}) in stock {num(total)} {unit}, available {num(avail)}"
    else:
        text = f"**{name} {spec}**（{material}）库存 {num(total)} {unit}，可用 {num(avail)}"
    if len(levels) > 1:
        word = "warehouse" if en else "仓库"
        text += "\n" + "\n".join(f"- {word} {s.stock}{':' if en else '：'}{num(s.qty)}" for s in levels)
    if safety and total < safety:
        text += f"\n⚠️ {'below the safety stock of' if en else '低于安全库存'} {num(safety)}"
    return text


def not_understood(text: str, *, group: bool, lang: Lang | None = None, examples: Examples | None = None) -> str:
    """One short line for thanks and small talk; in a group a short pointer, in a 1:1 chat the help (with the
    plant's `examples`)."""
    lang = lang or language_of(text) or "zh"
    said = chatter(text)  # one short line for thanks and small talk (a group has a dozen people in it)
    if said == "thanks":
        return say(lang, "welcome")
    if said == "small_talk":
        return say(lang, "small_talk")
    if group:
        return say(lang, "not_understood_group")
    return say(lang, "not_understood") + "\n" + help_text(lang, examples)


def help_text(lang: Lang = "zh", examples: Examples | None = None) -> str:
    """What the bot can do, each with an example of this plant's own (neutral words where it has none)."""
    return say(lang, "help", **(examples or Examples()).words(lang))
