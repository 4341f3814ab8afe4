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
    audit,
    db,
    incoming,
    lang_after,
    lang_of,
    missing_slots,
    out,
    permission_refusal,
    thread_of,
)
from agent.phrases import say
from agent.phrases.names import slot_names, workshop_list
from agent.reading import read_turn
from agent.replies import violation_text
from agent.state import WRITE_INTENTS, AgentState, Incoming

__all__ = ["ask_clarification", "await_clarification"]


async def ask_clarification(
    state: AgentState, runtime: Runtime[AgentContext]
) -> Command[Literal["await_clarification", "__end__"]]:
    ctx = runtime.context
    inc = incoming(state)
    parsed = ParsedCommand.model_validate(state["parsed"])
    lang = lang_of(state)
    if refusal := permission_refusal(ctx, inc.user_id, parsed.intent):
        await audit(ctx, "refused", inc, violations=[refusal.model_dump()])
        return Command(goto=DONE, update={"outbox": [out(inc, "refusal", violation_text(refusal, lang), lang=lang)]})
    missing = missing_slots(parsed)
    matched, cands = candidates(ctx, parsed) if "material" in missing else (False, [])
    phrase = str(parsed.args.get("material_text") or "")
    raw = raw_material(ctx, parsed, phrase) if "material" in missing else None
    if raw is not None:
        text = say(
            lang, "not_producible", phrase=phrase, category=raw.category or "原材料", number=raw.number,
            name=raw.name, spec=raw.spec,
        )  # fmt: skip
        msg = out(inc, "question", text + "\n" + say(lang, "cancel_hint"), lang=lang)
        return Command(goto="await_clarification", update={"candidates": [], "outbox": [msg]})
    if cands:
        # several matches are a pick; nearest items of a catalogue that has no such thing are only suggestions
        text = say(lang, "pick_one_of" if matched and len(cands) > 1 else "did_you_mean", phrase=phrase)
        text += "\n" + numbered(cands)
        if others := [m for m in missing if m != "material"]:
            text += "\n" + say(lang, "also_needed", slots=slot_names(others, lang))
    elif "material" in missing and phrase:
        text = say(lang, "no_such_material", phrase=phrase)
    else:  # a shop named but not found is what changes: only the shop is asked (not also "what to change")
        asked = [m for m in missing if not (m == "change" and "workshop" in missing)]
        text = say(lang, "please_add", slots=slot_names(asked, lang))
    if "workshop" in missing and (shop := str(parsed.args.get("workshop_text") or "")):
        # 转到三车间 in a plant whose shops have other names: which it has, so the answer is one of them
        known = workshop_list(ctx.workshops.names(), lang)
        text = say(lang, "no_such_workshop", phrase=shop, known=known) + "\n" + text
    if parsed.unreadable:  # 2026-02-30, 1e308: say what was not taken, so the answer is not the same figure again
        text = say(lang, "unreadable", what=("; " if lang == "en" else "；").join(parsed.unreadable)) + "\n" + text
    msg = out(inc, "question", text + "\n" + say(lang, "cancel_hint"), lang=lang)
    return Command(goto="await_clarification", update={"candidates": cands, "outbox": [msg]})


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
    lang = lang_after(state, inc)
    if turn.kind == "pick":
        assert turn.pick is not None
        if turn.pick > len(cands):
            msg = out(inc, "question", say(lang, "pick_in_range", n=len(cands)), lang=lang)
            return Command(goto="await_clarification", update={"incoming": inc.model_dump(), "outbox": [msg]})
        chosen = cands[turn.pick - 1]
        more = {k: v for k, v in (turn.request.canonical_args() if turn.request else {}).items() if k != "material"}
        args = dict(parsed.args) | more | {"material": chosen["number"]}  # 220V的，数量改成150: the pick and the rest
        if phrase := args.get("material_text"):
            await db(ctx.materials.learn, str(phrase), chosen["number"], user=inc.user_id)
            await audit(ctx, "alias_learned", inc, phrase=phrase, number=chosen["number"])
        clarify = [c for c in parsed.clarify if c != "material" and c not in more]
        merged = parsed.model_copy(update={"args": args, "clarify": clarify, "unreadable": []})
    elif turn.kind == "unclear" and cands:  # a bare ok while the list waits: which number
        msg = out(inc, "question", say(lang, "pick_in_range", n=len(cands)), lang=lang)
        return Command(goto="await_clarification", update={"incoming": inc.model_dump(), "outbox": [msg]})
    elif turn.kind == "cancel":
        await audit(ctx, "cancelled", inc)
        msg = out(inc, "cancelled", say(lang, "dropped"), lang=lang)
        return Command(goto=DONE, update={"incoming": inc.model_dump(), "outbox": [msg]})
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
    return Command(goto=goto, update={"incoming": inc.model_dump(), "parsed": merged.model_dump(), "lang": lang})
