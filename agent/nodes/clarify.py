"""Ask for what a request still lacks (a slot, a pick among materials) and read the answer."""

from __future__ import annotations

from typing import Literal

from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from agent.context import AgentContext
from agent.nlu.interpret import Expecting
from agent.nlu.models import ParsedCommand
from agent.nodes.candidates import candidates, numbered, raw_material
from agent.nodes.support import (
    DONE,
    SLOT_CN,
    audit,
    db,
    incoming,
    missing_slots,
    out,
    permission_refusal,
    thread_of,
)
from agent.reading import read_turn
from agent.state import WRITE_INTENTS, AgentState, Incoming

__all__ = ["ask_clarification", "await_clarification"]


async def ask_clarification(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_clarification", "__end__"]]:
    ctx = runtime.context
    inc = incoming(state)
    parsed = ParsedCommand.model_validate(state["parsed"])
    if refusal := permission_refusal(ctx, inc.user_id, parsed.intent):
        await audit(ctx, "refused", inc, violations=[refusal.model_dump()])
        return Command(goto=DONE, update={"outbox": [out(inc, "refusal", refusal.message)]})
    missing = missing_slots(parsed)
    cands = candidates(ctx, parsed) if "material" in missing else []
    phrase = str(parsed.args.get("material_text") or "")
    raw = raw_material(ctx, parsed, phrase) if "material" in missing else None
    if raw is not None:
        text = (
            f"“{phrase}”是{raw.category or '原材料'}（{raw.number} {raw.name} {raw.spec}），不能建生产订单。"
            "请给产成品或半成品，例如 BOM-3020 或 HV-2050。"
        )
        return Command(
            goto="await_clarification",
            update={"candidates": [], "outbox": [out(inc, "question", text + "\n（回复“取消”可放弃）")]},
        )
    if cands:
        head = f"“{phrase}”对应多个物料，请回复序号：" if len(cands) > 1 else f"没有找到“{phrase}”，您是不是要找："
        text = head + "\n" + numbered(cands)
        others = [m for m in missing if m != "material"]
        if others:
            text += "\n另外还需要：" + "、".join(SLOT_CN.get(m, m) for m in others)
    elif "material" in missing and phrase:
        text = f"物料“{phrase}”没有找到，请换个说法，或直接给 K/3 物料编码。"
    else:
        text = "请补充：" + "、".join(SLOT_CN.get(m, m) for m in missing)
    if parsed.unreadable:  # 2026-02-30, 1e308: say what was not taken, so the answer is not the same figure again
        text = "没能理解：" + "；".join(parsed.unreadable) + "。\n" + text
    text += "\n（回复“取消”可放弃）"
    return Command(goto="await_clarification", update={"candidates": cands, "outbox": [out(inc, "question", text)]})


async def await_clarification(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[
    Literal["await_clarification", "ask_clarification", "build_proposal", "answer_query", "parse_message", "__end__"]
]:
    answer = interrupt({"type": "clarify", "thread": thread_of(state)})
    ctx = runtime.context
    inc = Incoming.model_validate(answer["incoming"])
    parsed = ParsedCommand.model_validate(state["parsed"])
    cands = state.get("candidates") or []
    choices = [f"{c['number']} {c['name']} {c['spec']}" for c in cands]
    expecting = Expecting(kind="slots", pending=parsed, missing=missing_slots(parsed), choices=choices)
    turn = await read_turn(ctx, inc, expecting)
    if turn.kind == "pick":
        assert turn.pick is not None
        if turn.pick > len(cands):
            text = f"请回复 1 到 {len(cands)} 之间的序号。"
            return Command(
                goto="await_clarification",
                update={"incoming": inc.model_dump(), "outbox": [out(inc, "question", text)]},
            )
        chosen = cands[turn.pick - 1]
        more = {k: v for k, v in (turn.request.canonical_args() if turn.request else {}).items() if k != "material"}
        args = dict(parsed.args) | more | {"material": chosen["number"]}  # 220V的，数量改成150: the pick and the rest
        if phrase := args.get("material_text"):
            await db(ctx.materials.learn, str(phrase), chosen["number"], user=inc.user_id)
            await audit(ctx, "alias_learned", inc, phrase=phrase, number=chosen["number"])
        clarify = [c for c in parsed.clarify if c != "material" and c not in more]
        merged = parsed.model_copy(update={"args": args, "clarify": clarify, "unreadable": []})
    elif turn.kind == "cancel":
        await audit(ctx, "cancelled", inc)
        return Command(
            goto=DONE, update={"incoming": inc.model_dump(), "outbox": [out(inc, "cancelled", "好的，已取消。")]}
        )
    elif turn.kind == "request":  # read already: parse_message takes the reading
        update = {"incoming": inc.model_dump(), "read_ahead": turn.reading.model_dump()}
        return Command(goto="parse_message", update=update)
    else:
        assert turn.request is not None
        merged = turn.request
    goto: Literal["ask_clarification", "build_proposal", "answer_query"]
    if missing_slots(merged):
        goto = "ask_clarification"
    else:
        goto = "build_proposal" if merged.intent in WRITE_INTENTS else "answer_query"
    return Command(goto=goto, update={"incoming": inc.model_dump(), "parsed": merged.model_dump()})
