"""The graph's nodes: one async function per step, named with a verb, returning a partial state or a Command.

Nodes that pause (`await_*`) call `interrupt()` first and do every side effect after it, because a resumed
node runs again from its first line. The K/3 write is its own node, reached only after confirmation.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta
from typing import Any, Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent import replies
from agent.context import AgentContext
from agent.figures import days_overdue
from agent.gathering import OPEN_STATUSES, gather_proposal
from agent.nlu.answers import leading_short_order_digits
from agent.nlu.approval import MAX_REASON, read_approval
from agent.nlu.interpret import Expecting, Interpretation, Lookups, asks_inclusion, interpret
from agent.nlu.models import ParsedCommand
from agent.replies import Button, Card, Outgoing
from agent.rules import check, check_permission
from agent.state import WRITE_INTENTS, AgentState, Incoming, Proposal, Violation
from dingk3.errors import DingK3Error, K3BusinessError, K3Error, K3WriteUncertainError
from tools.k3.models import OrderAction, OrderChange, OrderStatus, ProductionOrder

__all__ = [
    "answer_query",
    "ask_clarification",
    "await_approval",
    "await_clarification",
    "await_confirmation",
    "build_proposal",
    "parse_message",
    "request_approval",
    "route_after_parse",
    "write_to_k3",
]

_REQUIRED = {
    "create_order": ("material", "quantity"),
    "change_order": ("order_no",),
    "report_output": ("order_no", "good_qty"),
    "query_inventory": ("material",),
}
_CHANGE_SLOTS = ("quantity", "due_date", "workshop", "action")
_SLOT_CN = {
    "material": "物料", "quantity": "数量", "good_qty": "良品数量", "order_no": "订单号", "due_date": "交期",
    "workshop": "车间", "change": "要改什么（数量、交期、车间或状态）",
}  # fmt: skip
DONE: Literal["__end__"] = "__end__"  # langgraph's END, typed for Command[Literal[...]]


# --------------------------------------------------------------------------- helpers (pure or read-only)


def _incoming(state: AgentState) -> Incoming:
    return Incoming.model_validate(state["incoming"])


def _now(inc: Incoming) -> datetime:
    return datetime.fromisoformat(inc.now)


def _today(ctx: AgentContext, inc: Incoming) -> date:
    """The plant's day the message arrived on."""
    return _now(inc).astimezone(ctx.tz).date()


def _out(inc: Incoming, kind: Any, text: str, **kw: Any) -> dict[str, Any]:
    target: dict[str, Any] = {"conversation_id": inc.conversation_id} if "user_id" not in kw else {}
    msg = Outgoing(kind=kind, text=text, in_reply_to=inc.message_id, at_user=inc.user_id, **target, **kw)
    return msg.model_dump()


def _thread_of(state: AgentState) -> str:
    """The graph thread this run belongs to (set by the service when the run started)."""
    return state.get("thread_id") or _thread(_incoming(state))


def _thread(inc: Incoming) -> str:
    return f"{inc.conversation_id}:{inc.user_id}"


async def _audit(ctx: AgentContext, event: str, inc: Incoming, *, p: Proposal | None = None, **data: Any) -> None:
    """Append to the audit log off the event loop (SQLite waits must never block the checkpointer).

    Rows about a proposal go to the requester's thread, whoever acted (e.g. the approving supervisor).
    """
    thread = f"{p.conversation_id}:{p.requester}" if p else _thread(inc)
    conversation = p.conversation_id if p else inc.conversation_id
    await asyncio.to_thread(
        ctx.audit.append,
        event,
        thread_id=thread,
        conversation_id=conversation,
        user_id=inc.user_id,
        text=inc.text,
        data=data,
        now=_now(inc),
    )


async def _db(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """A proposals-table call off the event loop."""
    return await asyncio.to_thread(fn, *args, **kwargs)  # fmt: skip


def missing_slots(parsed: ParsedCommand) -> list[str]:
    """Required slots still absent, plus whatever the parser flagged as ambiguous.

    A relative change of an order's quantity ("数量加200") is complete: the new total is computed from the
    order when the proposal is built, and the confirmation shows it (`1000 → 1200`).
    """
    relative = parsed.intent == "change_order" and "quantity_delta" in parsed.args and "order_no" in parsed.args
    clarify = [c for c in parsed.clarify if not (relative and c == "quantity")]
    need = [s for s in _REQUIRED.get(parsed.intent, ()) if s not in parsed.args]
    if "scrap_included" in parsed.clarify:  # 做了30个，坏了2个: the good figure is what that question settles
        need = [s for s in need if s != "good_qty"]
    if parsed.intent == "change_order" and not relative and not any(s in parsed.args for s in _CHANGE_SLOTS):
        need.append("change")
    return list(dict.fromkeys([*clarify, *need]))


def _permission_refusal(ctx: AgentContext, user_id: str, intent: str) -> Violation | None:
    found = check_permission(ctx.directory.get(user_id), intent)
    return found[0] if found else None


# --------------------------------------------------------------------------- parse and route


async def parse_message(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    inc = _incoming(state)
    user = ctx.directory.get(inc.user_id)
    parsed = await ctx.parse(inc.text, now=_now(inc), user_workshop=user.workshop)
    if parsed.intent in ("report_output", "change_order") and "order_no" not in parsed.args:
        parsed = await _with_short_order(ctx, inc.text, parsed)
    await _audit(ctx, "parsed", inc, parse=parsed.model_dump())
    return {"parsed": parsed.model_dump(), "proposal": None, "violations": [], "candidates": [], "result": None}


async def _with_short_order(ctx: AgentContext, text: str, parsed: ParsedCommand) -> ParsedCommand:
    """The request with its order when the message starts with the tail of exactly one open order's number."""
    digits = leading_short_order_digits(text)
    if not digits or not (order := await _order_ending(ctx, digits)):
        return parsed
    clarify = [c for c in parsed.clarify if c != "order_no"]
    return parsed.model_copy(update={"args": {**parsed.args, "order_no": order}, "clarify": clarify})


def route_after_parse(state: AgentState) -> Literal["answer_query", "ask_clarification", "build_proposal"]:
    parsed = ParsedCommand.model_validate(state["parsed"])
    if parsed.intent == "query_inventory" and "material" in parsed.clarify and parsed.args.get("material_text"):
        return "ask_clarification"  # a stock question about several items: ask which, then answer
    if parsed.intent not in WRITE_INTENTS:
        return "answer_query"
    return "ask_clarification" if missing_slots(parsed) else "build_proposal"


# --------------------------------------------------------------------------- reads


async def answer_query(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Read intents answer at once; stray confirm/cancel and chatter get a helpful line."""
    ctx = runtime.context
    inc = _incoming(state)
    return {"outbox": [await _answer(ctx, inc, ParsedCommand.model_validate(state["parsed"]))]}


async def _answer(ctx: AgentContext, inc: Incoming, parsed: ParsedCommand) -> dict[str, Any]:
    intent = parsed.intent
    if intent in ("query_order", "query_inventory") and (refusal := _permission_refusal(ctx, inc.user_id, intent)):
        return _out(inc, "refusal", refusal.message)
    try:
        if intent == "query_order":
            return _out(inc, "answer", await _query_orders(ctx, parsed, _today(ctx, inc), inc.user_id))
        if intent == "query_inventory":
            return _out(inc, "answer", await _query_stock(ctx, parsed))
    except K3Error as exc:
        return _out(inc, "error", exc.user_message)
    if intent == "confirm":
        others = await _db(ctx.proposals.open_in_conversation, inc.conversation_id)
        others = [r for r in others if r.requester != inc.user_id]
        if others:
            rec = others[-1]
            who = ctx.directory.get(rec.requester).name
            if rec.status == "awaiting_approval" and rec.approver:
                text = f"这个操作在等待{ctx.directory.get(rec.approver).name}审批，只有{who}的主管可以同意。"
            else:
                text = f"只有发起人{who}可以确认这个操作。"
            return _out(inc, "refusal", text)
        return _out(inc, "answer", "现在没有等待您确认的操作。要新建或修改订单，直接告诉我就行。")
    if intent == "cancel":
        return _out(inc, "answer", "现在没有进行中的操作，不需要取消。")
    if intent == "help":
        return _out(inc, "answer", replies.help_text())
    return _out(inc, "answer", replies.not_understood(inc.text, group=inc.conversation_type == "2"))


async def _query_orders(ctx: AgentContext, parsed: ParsedCommand, today: date, user_id: str) -> str:
    args = parsed.args
    if "order_no" in args:
        order = await ctx.k3.get_order(str(args["order_no"]))
        link = ctx.board_link(user_id) if ctx.board_link else ctx.board_url
        return replies.order_text(order, board_url=link, today=today)
    overdue = args.get("condition") == "overdue"
    due = date.fromisoformat(str(args["due_date"])) if "due_date" in args else None
    orders = await ctx.k3.list_orders(
        material=str(args["material"]) if "material" in args else None,
        workshop=str(args["workshop"]) if "workshop" in args else None,
        status=OrderStatus(str(args["status"])) if "status" in args else OPEN_STATUSES,
        due_to=today - timedelta(days=1) if overdue else due,
    )
    if overdue:
        orders = [o for o in orders if days_overdue(o.plan_finish, o.is_open, today)]
        return replies.overdue_text(orders, today)
    return replies.orders_text(orders, today=today)


async def _query_stock(ctx: AgentContext, parsed: ParsedCommand) -> str:
    if "material" not in parsed.args:
        return (
            _pick_list_text(ctx, parsed, "查哪个物料的库存？") or "请告诉我要查哪个物料，例如：304螺栓M8x30还有多少库存"
        )
    number = str(parsed.args["material"])
    material = ctx.materials.get(number)
    levels = await ctx.k3.query_inventory(number)
    return replies.stock_text(
        number, material.name if material else "", material.spec if material else "", levels,
        material.safety_stock if material else 0,
    )  # fmt: skip


def _candidates(ctx: AgentContext, parsed: ParsedCommand) -> list[dict[str, Any]]:
    text = str(parsed.args.get("material_text") or "")
    if not text:
        return []
    res = ctx.materials.resolve(text, producible_only=parsed.intent == "create_order")
    # near-equal scores mean nothing to a person: show those in K/3 number order, the same on every worker
    ranked = sorted(res.candidates[:5], key=lambda c: (-round(c.score, 2), c.number))
    return [c.model_dump() for c in ranked]


def _raw_material(ctx: AgentContext, parsed: ParsedCommand, phrase: str) -> Any:
    """For a production order: the phrase names exactly one item, and it is not producible."""
    if parsed.intent != "create_order" or not phrase:
        return None
    res = ctx.materials.resolve(phrase)
    if res.verdict != "resolved" or res.best is None:
        return None
    material = ctx.materials.get(res.best.number)
    return material if material is not None and not material.producible else None


def _pick_list_text(ctx: AgentContext, parsed: ParsedCommand, head: str) -> str:
    cands = _candidates(ctx, parsed)
    if not cands:
        return ""
    lines = [f"{i}. {c['number']} {c['name']} {c['spec']}" for i, c in enumerate(cands, 1)]
    return head + "\n" + "\n".join(lines)


# --------------------------------------------------------------------------- clarification


async def ask_clarification(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_clarification", "__end__"]]:
    ctx = runtime.context
    inc = _incoming(state)
    parsed = ParsedCommand.model_validate(state["parsed"])
    if refusal := _permission_refusal(ctx, inc.user_id, parsed.intent):
        await _audit(ctx, "refused", inc, violations=[refusal.model_dump()])
        return Command(goto=DONE, update={"outbox": [_out(inc, "refusal", refusal.message)]})
    missing = missing_slots(parsed)
    if asks_inclusion(missing):  # the order first, then this
        made, scrap = float(parsed.args["made_qty"]), float(parsed.args["scrap_qty"])
        again = bool(parsed.args.get("inclusion_asked"))
        ask = replies.scrap_included_question(made, scrap, said=inc.text, again=again)
        return Command(goto="await_clarification", update={"candidates": [], "outbox": [_out(inc, "question", ask)]})
    missing = [m for m in missing if m != "scrap_included"]
    cands = _candidates(ctx, parsed) if "material" in missing else []
    phrase = str(parsed.args.get("material_text") or "")
    raw = _raw_material(ctx, parsed, phrase) if "material" in missing else None
    if raw is not None:
        text = (
            f"“{phrase}”是{raw.category or '原材料'}（{raw.number} {raw.name} {raw.spec}），不能建生产订单。"
            "请给产成品或半成品，例如 BOM-3020 或 HV-2050。"
        )
        return Command(
            goto="await_clarification",
            update={"candidates": [], "outbox": [_out(inc, "question", text + "\n（回复“取消”可放弃）")]},
        )
    if cands:
        lines = [f"{i}. {c['number']} {c['name']} {c['spec']}" for i, c in enumerate(cands, 1)]
        head = f"“{phrase}”对应多个物料，请回复序号：" if len(cands) > 1 else f"没有找到“{phrase}”，您是不是要找："
        text = head + "\n" + "\n".join(lines)
        others = [m for m in missing if m != "material"]
        if others:
            text += "\n另外还需要：" + "、".join(_SLOT_CN.get(m, m) for m in others)
    elif "material" in missing and phrase:
        text = f"物料“{phrase}”没有找到，请换个说法，或直接给 K/3 物料编码。"
    else:
        text = "请补充：" + "、".join(_SLOT_CN.get(m, m) for m in missing)
    if parsed.unreadable:  # 2026-02-30, 1e308: say what was not taken, so the answer is not the same figure again
        text = "没能理解：" + "；".join(parsed.unreadable) + "。\n" + text
    text += "\n（回复“取消”可放弃）"
    return Command(goto="await_clarification", update={"candidates": cands, "outbox": [_out(inc, "question", text)]})


async def await_clarification(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[
    Literal["await_clarification", "ask_clarification", "build_proposal", "answer_query", "parse_message", "__end__"]
]:
    answer = interrupt({"type": "clarify", "thread": _thread_of(state)})
    ctx = runtime.context
    inc = Incoming.model_validate(answer["incoming"])
    parsed = ParsedCommand.model_validate(state["parsed"])
    cands = state.get("candidates") or []
    choices = [f"{c['number']} {c['name']} {c['spec']}" for c in cands]
    expecting = Expecting(kind="slots", pending=parsed, missing=missing_slots(parsed), choices=choices)
    turn = await _interpret(ctx, inc, expecting)
    if turn.kind == "pick":
        assert turn.pick is not None
        if turn.pick > len(cands):
            text = f"请回复 1 到 {len(cands)} 之间的序号。"
            return Command(
                goto="await_clarification",
                update={"incoming": inc.model_dump(), "outbox": [_out(inc, "question", text)]},
            )
        chosen = cands[turn.pick - 1]
        more = {k: v for k, v in (turn.request.canonical_args() if turn.request else {}).items() if k != "material"}
        args = dict(parsed.args) | more | {"material": chosen["number"]}  # 220V的，数量改成150: the pick and the rest
        if phrase := args.get("material_text"):
            await _db(ctx.materials.learn, str(phrase), chosen["number"], user=inc.user_id)
            await _audit(ctx, "alias_learned", inc, phrase=phrase, number=chosen["number"])
        clarify = [c for c in parsed.clarify if c != "material" and c not in more]
        merged = parsed.model_copy(update={"args": args, "clarify": clarify, "unreadable": []})
    elif turn.kind == "cancel":
        await _audit(ctx, "cancelled", inc)
        return Command(
            goto=DONE, update={"incoming": inc.model_dump(), "outbox": [_out(inc, "cancelled", "好的，已取消。")]}
        )
    elif turn.kind == "request":
        return Command(goto="parse_message", update={"incoming": inc.model_dump()})
    else:
        assert turn.request is not None
        merged = turn.request
    goto: Literal["ask_clarification", "build_proposal", "answer_query"]
    if missing_slots(merged):
        goto = "ask_clarification"
    else:
        goto = "build_proposal" if merged.intent in WRITE_INTENTS else "answer_query"
    return Command(goto=goto, update={"incoming": inc.model_dump(), "parsed": merged.model_dump()})


async def _interpret(ctx: AgentContext, inc: Incoming, expecting: Expecting) -> Interpretation:
    """The message read as a turn of this conversation (agent.nlu.interpret), with this run's lookups."""
    user = ctx.directory.get(inc.user_id)
    lookups = Lookups(ctx.materials, ctx.workshop_names, lambda digits: _order_ending(ctx, digits))
    return await interpret(
        inc.text, expecting, now=_now(inc), user_workshop=user.workshop, parse=ctx.parse, lookups=lookups
    )


async def _order_ending(ctx: AgentContext, digits: str) -> str | None:
    """The one open order whose bill number ends with `digits` (MO20261103 for 1103), else None."""
    hits = await ctx.k3.list_orders(status=OPEN_STATUSES, number_ends_with=digits, limit=2)
    return hits[0].bill_no if len(hits) == 1 else None


# --------------------------------------------------------------------------- proposal and rules


async def build_proposal(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_confirmation", "__end__"]]:
    ctx = runtime.context
    inc = _incoming(state)
    parsed = ParsedCommand.model_validate(state["parsed"])
    old = Proposal.model_validate(state["proposal"]) if state.get("proposal") else None
    try:
        proposal, facts = await gather_proposal(ctx, inc, parsed, old)
    except K3BusinessError as exc:
        return Command(goto=DONE, update={"outbox": [_out(inc, "refusal", exc.user_message)]})
    except K3Error as exc:
        return Command(goto=DONE, update={"outbox": [_out(inc, "error", exc.user_message)]})
    violations = check(proposal, facts, _today(ctx, inc), ctx.policy)
    refusals = [v for v in violations if v.severity == "refuse"]
    if refusals:
        await _audit(ctx, "refused", inc, proposal=proposal.model_dump(), violations=[v.model_dump() for v in refusals])
        if old:
            await _db(ctx.proposals.set_status, old.id, "cancelled", now=_now(inc))
        text = replies.refusal_text(refusals)
        if old:
            text += "\n原来的待确认操作已作废，请重新发起。"
        return Command(goto=DONE, update={"outbox": [_out(inc, "refusal", text)], "proposal": None})
    risks = [v for v in violations if v.severity == "risk"]
    approver = None
    if risks:
        sups = ctx.directory.supervisors_of(inc.user_id)
        approver = sups[0].user_id if sups else None
    proposal = proposal.model_copy(update={"risks": risks, "approver": approver})
    name = _workshop_name(ctx, proposal.workshop)
    summary = replies.describe_proposal(proposal, workshop_name=name)
    await _db(ctx.proposals.put, _thread_of(state), proposal, now=_now(inc), summary=summary)
    await _audit(ctx, "proposed", inc, proposal=proposal.model_dump(), digest=proposal.digest)
    card = Card(
        kind="confirm", title="请确认", markdown=summary, thread_id=_thread_of(state), proposal_id=proposal.id,
        digest=proposal.digest,
        buttons=[
            Button(id="confirm", label="确认"), Button(id="cancel", label="取消"), Button(id="edit", label="修改"),
        ],
    )  # fmt: skip
    text = summary + "\n\n回复“确认”执行，“取消”放弃；也可以直接说要改什么，例如“改成500”。"
    return Command(
        goto="await_confirmation",
        update={"proposal": proposal.model_dump(), "outbox": [_out(inc, "proposal", text, card=card)]},
    )


def _workshop_name(ctx: AgentContext, number: str | None) -> str:
    if not number:
        return ""
    ws = ctx.workshops.get(number)
    return ws.name if ws else ""


# --------------------------------------------------------------------------- confirmation


async def await_confirmation(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[
    Literal["await_confirmation", "request_approval", "write_to_k3", "build_proposal", "parse_message", "__end__"]
]:
    proposal = Proposal.model_validate(state["proposal"])
    decision = interrupt({"type": "confirm", "proposal_id": proposal.id, "digest": proposal.digest})
    ctx = runtime.context
    inc = Incoming.model_validate(decision["incoming"])
    update: dict[str, Any] = {"incoming": inc.model_dump()}
    kind = decision.get("kind")
    if kind == "expired":
        return await _expire(ctx, inc, proposal, update)
    action = decision.get("action")
    turn: Interpretation | None = None
    if kind == "message":
        current = ParsedCommand.model_validate(state["parsed"])
        turn = await _interpret(ctx, inc, Expecting(kind="confirmation", pending=current))
        action = turn.kind if turn.kind in ("confirm", "cancel") else None
        if turn.kind == "unsure_confirm":  # a yes only by likeness: ask plainly
            text = f"您是要执行上面的操作吗？执行请回复“确认”，放弃请回复“取消”。（收到：{inc.text[:30]}）"
            return Command(goto="await_confirmation", update=update | {"outbox": [_out(inc, "question", text)]})
    if action == "confirm":
        await _audit(ctx, "confirmed", inc, proposal_id=proposal.id, digest=proposal.digest)
        # A supervisor with nobody above them is the approver: their confirmation approves the risks shown.
        top = proposal.approver is None and ctx.directory.get(proposal.requester).role == "supervisor"
        needs_approval = bool(proposal.risks) and not top
        goto: Literal["request_approval", "write_to_k3"] = "request_approval" if needs_approval else "write_to_k3"
        return Command(goto=goto, update=update)
    if action == "cancel":
        return await _cancel(ctx, inc, proposal, update)
    assert turn is not None
    if turn.kind == "correction":
        assert turn.request is not None
        await _audit(ctx, "corrected", inc, proposal_id=proposal.id, parse=turn.reading.model_dump())
        return Command(goto="build_proposal", update=update | {"parsed": turn.request.model_dump()})
    if turn.kind == "question":
        answer = await _answer(ctx, inc, turn.reading)
        reminder = _out(inc, "notice", "（您还有一个待确认的操作：回复“确认”或“取消”）")
        return Command(goto="await_confirmation", update=update | {"outbox": [answer, reminder]})
    if turn.kind == "request":
        await _db(ctx.proposals.set_status, proposal.id, "cancelled", now=_now(inc))
        await _audit(ctx, "replaced", inc, proposal_id=proposal.id)
        note = _out(inc, "notice", "已放弃上一个未确认的操作，开始处理新的请求。")
        return Command(goto="parse_message", update=update | {"outbox": [note]})
    if turn.kind == "unclear_fix":  # the card is wrong, but what is right is not clear: nothing changes unseen
        text = (
            "没看懂要改成什么，卡片没有改动。请说清楚要改的项和新值，例如“不良改成2”“数量改成520”“交期改到12月30日”，"
            "或回复“取消”放弃。"
        )
        return Command(goto="await_confirmation", update=update | {"outbox": [_out(inc, "question", text)]})
    text = "请回复“确认”执行，或“取消”放弃；也可以直接说要改什么，例如“改成500”。"
    return Command(goto="await_confirmation", update=update | {"outbox": [_out(inc, "question", text)]})


async def _expire(ctx: AgentContext, inc: Incoming, p: Proposal, update: dict[str, Any]) -> Command[Any]:
    await _db(ctx.proposals.set_status, p.id, "expired", now=_now(inc))
    await _audit(ctx, "expired", inc, p=p, proposal_id=p.id)
    minutes = int(ctx.proposal_ttl.total_seconds() // 60)
    text = f"这个操作超过 {minutes} 分钟没有确认，已失效，K/3 没有任何改动。如需继续，请重新发起。"
    out = [_out(inc, "cancelled", text, data={"proposal_id": p.id})]
    return Command(goto=DONE, update=update | {"outbox": out, "proposal": None})


async def _cancel(ctx: AgentContext, inc: Incoming, p: Proposal, update: dict[str, Any]) -> Command[Any]:
    record = await _db(ctx.proposals.get, p.id)
    submitted = record is not None and record.status == "awaiting_approval"
    await _db(ctx.proposals.set_status, p.id, "cancelled", now=_now(inc))
    await _audit(ctx, "cancelled", inc, p=p, proposal_id=p.id)
    out = [_out(inc, "cancelled", "好的，已取消，K/3 没有任何改动。", data={"proposal_id": p.id})]
    if submitted and p.approver and inc.user_id != p.approver:
        out.append(_out(inc, "notice", f"{p.order_no or p.material} 的审批申请已被发起人撤回。", user_id=p.approver))
    return Command(goto=DONE, update=update | {"outbox": out, "proposal": None})


# --------------------------------------------------------------------------- approval


async def request_approval(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    inc = _incoming(state)
    p = Proposal.model_validate(state["proposal"])
    if not p.approver:
        text = "这个操作需要主管审批，但没有找到您的主管。请联系管理员在通讯录中设置。"
        await _db(ctx.proposals.set_status, p.id, "failed", now=_now(inc))
        return {"outbox": [_out(inc, "refusal", text)], "proposal": None}
    await _db(ctx.proposals.set_status, p.id, "awaiting_approval", now=_now(inc))
    approver = ctx.directory.get(p.approver)
    requester = ctx.directory.get(p.requester)
    summary = replies.describe_proposal(p, workshop_name=_workshop_name(ctx, p.workshop))
    card = Card(
        kind="approve", title=f"{requester.name} 的操作需要您审批", markdown=summary, thread_id=_thread_of(state),
        proposal_id=p.id, digest=p.digest, status="awaiting_approval",
        buttons=[Button(id="approve", label="同意"), Button(id="reject", label="驳回")],
    )  # fmt: skip
    to_sup = _out(
        inc,
        "approval",
        f"**{requester.name} 的操作需要您审批**\n{summary}\n\n在这里回复“同意”或“驳回”（可加理由：驳回 交期太急）。",
        user_id=p.approver,
        card=card,
    )
    to_req = _out(inc, "notice", f"已提交主管审批（{approver.name}），审批通过后自动写入 K/3。")
    return {"outbox": [to_req, to_sup]}


async def await_approval(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_approval", "write_to_k3", "__end__"]]:
    p = Proposal.model_validate(state["proposal"])
    decision = interrupt({"type": "approve", "proposal_id": p.id, "digest": p.digest, "approver": p.approver})
    ctx = runtime.context
    inc = Incoming.model_validate(decision["incoming"])
    update: dict[str, Any] = {"incoming": inc.model_dump()}
    kind, action = decision.get("kind"), decision.get("action")
    if kind == "expired":
        return await _expire(ctx, inc, p, update)
    if kind == "message" and inc.user_id == p.requester:
        user = ctx.directory.get(inc.user_id)
        parsed = await ctx.parse(inc.text, now=_now(inc), user_workshop=user.workshop)
        if parsed.intent == "cancel":
            return await _cancel(ctx, inc, p, update)
        text = "正在等待主管审批；要撤回请回复“取消”。"
        return Command(goto="await_approval", update=update | {"outbox": [_out(inc, "notice", text)]})
    approver = ctx.directory.get(inc.user_id)
    if action == "approve":
        await _audit(ctx, "approved", inc, p=p, proposal_id=p.id, approver=inc.user_id)
        return Command(goto="write_to_k3", update=update | {"decision": {"approver": inc.user_id}})
    reason = str(decision.get("reason") or "")[:MAX_REASON]
    await _db(ctx.proposals.set_status, p.id, "rejected", now=_now(inc))
    await _audit(ctx, "rejected", inc, p=p, proposal_id=p.id, approver=inc.user_id, reason=reason)
    done = "Rejected." if _in_english(inc) else "已驳回。"
    why = f"理由：{reason}" if reason else ""
    out = [
        _out(inc, "notice", done, user_id=inc.user_id, data={"proposal_id": p.id}),
        Outgoing(
            kind="refusal", text=f"{approver.name} 驳回了您的操作，K/3 没有任何改动。{why}",
            conversation_id=p.conversation_id,
            at_user=p.requester, in_reply_to=inc.message_id,
        ).model_dump(),
    ]  # fmt: skip
    return Command(goto=DONE, update=update | {"outbox": out, "proposal": None})


def _in_english(inc: Incoming) -> bool:
    """The approver decided by writing an English word (approve / reject): answer them in English."""
    said = read_approval(inc.text)
    return said is not None and said.english


# --------------------------------------------------------------------------- the write


async def write_to_k3(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_confirmation", "__end__"]]:
    """Re-check with fresh facts, then write once under the proposal's idempotency key."""
    ctx = runtime.context
    inc = _incoming(state)
    p = Proposal.model_validate(state["proposal"])
    now = _now(inc)
    await _db(ctx.proposals.set_status, p.id, "executing", now=now)
    key = f"{p.id}-{p.digest}"
    try:
        fresh = ParsedCommand.model_validate(state["parsed"])
        as_requester = inc.model_copy(update={"user_id": p.requester, "conversation_id": p.conversation_id})
        _, facts = await gather_proposal(ctx, as_requester, fresh, p)
        refusals = [v for v in check(p, facts, _today(ctx, inc), ctx.policy) if v.severity == "refuse"]
        if refusals and not await _already_written(ctx, p, key):
            text = "情况有变，没有写入 K/3：\n" + "\n".join(f"- {v.message}" for v in refusals)
            violations = [v.model_dump() for v in refusals]
            return await _settle(ctx, inc, p, "failed", "refusal", text, retry=False, violations=violations)
        bill_no, detail = await _execute(ctx, p, key, facts.order, _today(ctx, inc))
    except K3WriteUncertainError as exc:
        text = exc.user_message + "\n稍后回复“确认”会先查 K/3 再决定，不会重复写入。"
        return await _settle(
            ctx, inc, p, "pending", "error", text, retry=True, event="uncertain", key=key, error=str(exc)
        )
    except K3BusinessError as exc:
        k3: dict[str, Any] = {"key": key, "k3_error": str(exc), "msg_code": exc.msg_code}
        return await _settle(ctx, inc, p, "failed", "error", exc.user_message, retry=False, **k3)
    except DingK3Error as exc:
        text = exc.user_message + "\nK/3 没有写入。稍后回复“确认”重试，或“取消”放弃。"
        return await _settle(ctx, inc, p, "pending", "error", text, retry=True, key=key, error=str(exc))
    await _db(ctx.proposals.set_status, p.id, "executed", now=now, bill_no=bill_no)
    await _audit(ctx, "executed", inc, p=p, proposal_id=p.id, key=key, bill_no=bill_no, k3=detail)
    await _tell_events(ctx, p, detail)
    text = f"✅ 已写入 K/3：{detail['summary']}"
    card = Card(kind="result", title="已写入 K/3", markdown=text, proposal_id=p.id, digest=p.digest, status="executed")
    out = [_to_requester(inc, p, "written", text, card=card)]
    if p.approver and inc.user_id == p.approver:
        head = "Approved and written to K/3: " if _in_english(inc) else "已同意并写入 K/3："
        out.append(_out(inc, "notice", head + detail["summary"], user_id=p.approver))
    return Command(goto=DONE, update={"outbox": out, "result": detail, "proposal": None})


async def _settle(
    ctx: AgentContext,
    inc: Incoming,
    p: Proposal,
    status: Any,
    kind: Any,
    text: str,
    *,
    retry: bool,
    event: str = "failed",
    **audit: Any,
) -> Command[Any]:
    """A write that did not happen: record why, tell the requester; `retry` keeps the proposal confirmable."""
    await _db(ctx.proposals.set_status, p.id, status, now=_now(inc))
    await _audit(ctx, event, inc, p=p, proposal_id=p.id, **audit)
    out = [_to_requester(inc, p, kind, text)]
    if retry:
        return Command(goto="await_confirmation", update={"outbox": out})
    return Command(goto=DONE, update={"outbox": out, "proposal": None})


def _to_requester(inc: Incoming, p: Proposal, kind: Any, text: str, **kw: Any) -> dict[str, Any]:
    """A message to the requester in the conversation of the proposal (whoever's action caused it)."""
    return Outgoing(
        kind=kind, text=text, conversation_id=p.conversation_id, at_user=p.requester, in_reply_to=inc.message_id,
        data={"proposal_id": p.id}, **kw,
    ).model_dump()  # fmt: skip


async def _tell_events(ctx: AgentContext, p: Proposal, detail: dict[str, Any]) -> None:
    """Raise the K/3 events of this write now; a failure there never breaks the reply."""
    if ctx.events is None:
        return
    try:
        await ctx.events.written(p, detail)
    except Exception:
        logging.getLogger("dingk3.events").exception("event hook failed after proposal %s", p.id)


async def _already_written(ctx: AgentContext, p: Proposal, key: str) -> bool:
    """After a crash mid-write, the fresh facts may already include our own write: look for its key."""
    if p.intent == "create_order":
        return bool(await ctx.k3.query("PRD_MO", ["FID"], f"FDescription like '%{key}%'"))
    if p.intent == "report_output":
        return bool(await ctx.k3.query("PRD_MORPT", ["FID"], f"FDescription like '%{key}%'"))
    return False


async def _execute(
    ctx: AgentContext, p: Proposal, key: str, order: ProductionOrder | None, today: date
) -> tuple[str, dict[str, Any]]:
    """The K/3 write of the proposal; `order` is the order as just read for the final check (not read again)."""
    if p.intent == "create_order":
        res = await ctx.k3.create_production_order(
            material=p.material or "", qty=p.quantity or 0, workshop=p.workshop or "",
            plan_finish=date.fromisoformat(p.due_date or ""), idempotency_key=key,
            today=today, remark=f"DingK3 {p.requester}",
        )  # fmt: skip
        summary = f"生产订单 **{res.bill_no}**（{p.material_name or p.material} ×{replies.num(p.quantity)}）"
        return res.bill_no, {"summary": summary, "bill_no": res.bill_no, "replayed": res.replayed}
    if p.intent == "report_output":
        rep = await ctx.k3.report_output(
            p.order_no or "", good_qty=p.good_qty or 0, scrap_qty=p.scrap_qty or 0, idempotency_key=key, order=order
        )
        good, scrap = replies.num(rep.good_qty), replies.num(rep.scrap_qty)
        summary = f"{p.order_no} 报工单 **{rep.bill_no}**：良品 {good}，不良 {scrap}"
        return rep.bill_no, {"summary": summary, "bill_no": rep.bill_no, "replayed": rep.replayed}
    order_no = p.order_no or ""
    written: ProductionOrder | None = None
    if p.quantity is not None or p.due_date or p.workshop:
        change = OrderChange(
            qty=p.quantity, plan_finish=date.fromisoformat(p.due_date) if p.due_date else None, workshop=p.workshop
        )
        written = await ctx.k3.update_order(order_no, change, idempotency_key=key, order=order)
    if p.action:
        action = OrderAction(p.action)
        written = await ctx.k3.change_order_status(order_no, action, idempotency_key=key, order=written or order)
    order = written or await ctx.k3.get_order(order_no)
    state_name = replies.status_name(order.status.value)
    summary = f"{order_no} 已更新（数量 {replies.num(order.qty)}，状态 {state_name}，完工 {order.plan_finish}）"
    return order_no, {"summary": summary, "bill_no": order_no, "status": order.status.value, "qty": order.qty}
