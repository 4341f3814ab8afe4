"""What the sender's conversation is about: the order or the item their last message named, so that the next one
may leave it out (MO20261131 → 今天好的45个 坏了3个; 液压缸HSG80x300还有多少 → 这个型号建单 400个; 那个MO20261139 →
麻烦帮忙开个工). Taken only within `FOCUS_WITHIN` by the messages' own times, only for what the new request lacks, and
the card says where it came from, so the person confirming sees it."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel

from agent.nlu.models import ParsedCommand
from agent.nlu.rx import rx
from agent.state import Violation

__all__ = [
    "FOCUS_WITHIN",
    "POINTER",
    "POINTER_EXAMPLES",
    "SAME_AGAIN",
    "SAME_AGAIN_EXAMPLES",
    "SAME_FIELD",
    "Focus",
    "again",
    "as_last",
    "focus_note",
    "focus_of",
    "with_focus",
]

FOCUS_WITHIN = timedelta(minutes=10)
# A material said only by pointing (这个型号, 这个, 同样的, this one): left of the material phrase once fillers go.
POINTER = rx(
    r"^\s*(?:那|就|再)?\s*(?:这个|那个|这款|那款|这种|那种|这|那|它|同样的?|一样的?|same|this|that|it)?\s*"
    r"(?:型号|料|物料|东西|产品|货|one|item|part|model)?\s*$"
)
POINTER_EXAMPLES = (("这", True), ("这个型号", True), ("this one", True), ("液压阀体", False), ("hv-2050", False))


class Focus(BaseModel):
    """The order and item the sender's previous message named, the last change or report they asked for (what
    同上 repeats), and when it was sent."""

    order_no: str | None = None
    material: str | None = None
    request: dict[str, Any] | None = None  # {"intent": …, "args": {…}} of the last change or report
    at: datetime


def focus_of(values: dict[str, Any]) -> Focus | None:
    """The focus the thread's earlier messages left (`focus` in its state), if any."""
    saved = values.get("focus")
    return Focus.model_validate(saved) if saved else None


def focus_after(parsed: ParsedCommand, now: datetime, before: Focus | None) -> Focus | None:
    """The focus after this message: what it names (an order, an item), else what it was."""
    order, material = parsed.args.get("order_no"), parsed.args.get("material")
    if not order and not material:
        return before
    request = before.request if before else None
    if parsed.intent in ("create_order", "change_order", "report_output") and not parsed.clarify:
        request = {"intent": parsed.intent, "args": parsed.canonical_args()}
    return Focus(
        order_no=str(order) if order else None, material=str(material) if material else None, request=request, at=now
    )


# A request said to be as the last one, for the order named beside it (MO20261130 同上, 1126也一样, same for 1131).
SAME_AGAIN = rx(
    r"^\s*(?:也|都)?\s*(?:同上|一样|也一样|同样|照此|照样|一样的|也这样|也是这样|也照这样)\s*(?:处理|操作|办)?\s*(?:吧|啊|的|哈)?\s*[.!。！]?\s*$"
    r"|^\s*(?:same(?:\s+(?:for|here|again|as\s+before))?|likewise|ditto|too|as\s+well)\s*[.!]?\s*$"
)
SAME_AGAIN_EXAMPLES = (("同上", True), ("也一样", True), ("same for", True), ("一样的吧", True), ("进度怎么样", False))


# A new order's field said to be as on the order just asked for (再来一个 HV-2063 也是200件 同一天交 同一车间).
SAME_FIELD = {
    "due_date": rx(
        r"同一天|同一日|同样的?(?:交期|日期|时间)|(?:交期|日期)(?:也)?(?:一样|相同)|一样的(?:交期|日期)|same\s+(?:day|date|due\s+date)"
    ),
    "workshop": rx(r"同一(?:个)?车间|同样的?车间|车间(?:也)?(?:一样|相同)|一样的车间|same\s+(?:work)?shop"),
    "quantity": rx(r"同样(?:的)?数量|数量(?:也)?(?:一样|相同)|一样的数量|same\s+(?:quantity|qty|amount)"),
}


def as_last(parsed: ParsedCommand, text: str, focus: Focus | None, now: datetime) -> ParsedCommand:
    """A new order whose due date, shop or quantity is said to be as on the order just asked for takes it from
    that one (within `FOCUS_WITHIN`); the request as it was otherwise."""
    last = focus.request if focus else None
    if parsed.intent != "create_order" or not last or last.get("intent") != "create_order":
        return parsed
    if focus is None or not timedelta(0) <= now - focus.at <= FOCUS_WITHIN:
        return parsed
    taken = {
        slot: last["args"][slot]
        for slot, said in SAME_FIELD.items()
        if slot not in parsed.args and slot in last["args"] and said.search(text)
    }
    if not taken:
        return parsed
    clarify = [c for c in parsed.clarify if c not in taken]
    args = {k: v for k, v in parsed.args.items() if not (k == "workshop_text" and "workshop" in taken)}
    return parsed.model_copy(update={"args": args | taken, "clarify": clarify})


def again(parsed: ParsedCommand, rest: str, focus: Focus | None, now: datetime) -> ParsedCommand | None:
    """MO20261130 同上 / 1126也一样 (read as a question about the order named): the last change or report asked for,
    on this order; None when the message says more than that, or there is none within `FOCUS_WITHIN`."""
    order = parsed.args.get("order_no")
    if not order or focus is None or not focus.request or not SAME_AGAIN.match(rest):
        return None
    if not timedelta(0) <= now - focus.at <= FOCUS_WITHIN:
        return None
    args = dict(focus.request["args"]) | {"order_no": order}
    return ParsedCommand(intent=focus.request["intent"], args=args, confidence=0.8, rule="same_again")


def with_focus(parsed: ParsedCommand, focus: Focus | None, now: datetime) -> tuple[ParsedCommand, str | None]:
    """The request with the order (a change or report that names none) or the item (a create that only points at
    one) the focus holds, and which slot was taken; unchanged when the focus is older than `FOCUS_WITHIN`."""
    if focus is None or not timedelta(0) <= now - focus.at <= FOCUS_WITHIN:
        return parsed, None
    args = dict(parsed.args)
    if parsed.intent in ("change_order", "report_output") and "order_no" not in args and focus.order_no:
        args["order_no"] = focus.order_no
        slot = "order_no"
    elif (
        parsed.intent == "create_order"
        and "material" not in args
        and focus.material
        and POINTER.match(str(args.get("material_text") or ""))
    ):
        args.pop("material_text", None)
        args["material"] = focus.material
        slot = "material"
    else:
        return parsed, None
    clarify = [c for c in parsed.clarify if c != slot]
    return parsed.model_copy(update={"args": args, "clarify": clarify}), slot


def focus_note(slot: str, value: str) -> Violation:
    """The card's word on where a slot it did not get from the message came from."""
    if slot == "order_no":
        return Violation(
            code="focus.order",
            message=f"订单取自您刚才说的 {value}；不是这张请说“单号改成…”。",
            message_en=f"The order is {value}, the one you just named; if not, say “order is …”.",
            severity="warn",
        )
    return Violation(
        code="focus.material",
        message=f"物料取自您刚才问的 {value}；不是这个请说“物料改成…”。",
        message_en=f"The item is {value}, the one you just asked about; if not, say “item is …”.",
        severity="warn",
    )
