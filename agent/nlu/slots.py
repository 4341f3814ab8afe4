"""Slot filling per intent, once a rule has decided it, and what to ask back (`clarify_for`).

- Workshops: 我们车间 / our workshop is the sender's own workshop number (clarify "workshop" when
  the sender has none); WS01 is taken as written; other names stay `workshop_text` for the resolver.
- A change that names the field without its value ("数量要改一下", "交期推一下", "换个车间", "change the qty")
  asks for that field; one with an order number but nothing to change ("修改MO20261107") has clarify ["change"].
- Relative changes ("数量加200", "再多做50", "add 40 more", "reduce by 25") are `change_order`
  without `quantity`: the contract's quantity is the new absolute value and the order's current
  quantity is unknown at parse time, so clarify lists "quantity" and `quantity_delta` keeps the
  signed figure for the question. 加到 / 增加到 / increase to name the new value and are absolute.
- A report's made figure beside a scrap figure with nothing saying whether it includes it (做了30个，坏了2个) is
  read as people mean it, the made figure good and the scrap on top, and keeps `made_qty` so that the card offers
  the other reading (agent.nlu.inclusion decides when words say which).
- A period as a due date (下周, 这周, 下个月, 月中, 中旬, 年后, 节前, 国庆以后, next week) names no single
  day: due_date is absent, clarify lists "due_date" and `due_text` keeps the phrase, also in a create
  ("开单做五百个 下周要"); a day inside it (下周三, 下个月5号, 下个月底) is a date as before.
- A date in an order list filters by due date only with a due word by it (今天要交的单, due tomorrow); followed
  by a state word it says when that happened (今天开工的单, 本周完工的), and today or a past day alone is when the
  question is asked (今天有哪些单). An action word said of orders (暂停的订单, 已经放行的单, what's on hold) describes
  them: its state filters the list where the contract has one, and it is never a command.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from agent.nlu.extract import read_report
from agent.nlu.features import Features, first_match, state_spans
from agent.nlu.intent_rules import Rule
from agent.nlu.lexicon.answers import LONE_SPOKEN_ORDER
from agent.nlu.lexicon.change import DUE_SAID, DUE_WORD, QUANTITY_NAMED, STRICT_DUE_WORD
from agent.nlu.lexicon.create import STRONG_CREATE
from agent.nlu.lexicon.fillers import CUE_STRIP, EXPLAINED_WORDS
from agent.nlu.lexicon.orders import ACTION_STATUS, ACTION_WORDS, ORDER_NO, ORDER_WORD, OVERDUE, STATUS_WORDS
from agent.nlu.lexicon.quantity import VAGUE_QUANTITY
from agent.nlu.lexicon.report import EXACT_AFTER, LEFT_COUNT, LEFT_FIGURE
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import parse_number
from agent.nlu.phrase import material_phrase
from agent.nlu.quantity import extract_delta, extract_quantity
from agent.nlu.rx import rx
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.work import Work
from agent.nlu.workshops import find_workshop

__all__ = ["REQUIRED", "clarify_for", "fill_slots"]

Args = dict[str, str | float | int]

# Slots each intent needs before a proposal; "change" stands for "at least one of
# quantity / due_date / workshop / action".
REQUIRED: dict[str, tuple[str, ...]] = {
    "create_order": ("material", "quantity"),
    "change_order": ("order_no", "change"),
    "report_output": ("order_no", "good_qty"),
    "query_inventory": ("material",),
}
_CHANGE_SLOTS = ("quantity", "due_date", "workshop", "action")
_CLARIFY_ORDER = ("order_no", "material", "quantity", "good_qty", "change", "workshop", "due_date")
_ACTIONABLE = ("create_order", "change_order", "query_order", "report_output", "query_inventory")
_OVERDUE = rx(OVERDUE)


def fill_slots(
    rule: Rule[Features],
    f: Features,
    unreadable: list[str],
    *,
    user_workshop: str | None,
    vocabulary: Vocabulary | None = None,
) -> ParsedCommand:
    """The parse `rule` decided for the message `f`: its intent's slots, what to ask back, the confidence."""
    intent, confidence = rule.intent, rule.confidence
    action = rule.action or f.action
    status = {"said": f.status, "or_action": f.status or ACTION_STATUS.get(f.action or ""), "none": None}[rule.status]
    work = Work(f.no_dates)
    args: Args = {}
    extra: list[str] = []
    if intent == "create_order":
        _put_workshop(work, args, extra, user_workshop, vocabulary)
        if _vague_quantity(work):
            extra.append("quantity")  # 大概三百多个: the exact figure is asked back, never guessed
        elif (qty := extract_quantity(work)) is not None:
            args["quantity"] = qty
        if f.due:
            args["due_date"] = f.due
        elif not f.vague and DUE_SAID.search(f.no_dates):
            extra.append("due_date")  # 同一天交, 跟上次一样交: a due date said but not read is asked, never defaulted
        _put_material(work, args)
    elif intent == "change_order":
        _fill_change(f, action, work, args, extra, user_workshop, vocabulary)
    elif intent == "report_output":
        if f.order_no:
            args["order_no"] = f.order_no
        _fill_report(work, args, extra, unreadable)
    elif intent == "query_order":
        _fill_query(f, status, work, args, extra, user_workshop, vocabulary)
    elif intent == "query_inventory":
        _put_material(work, args)
    _ask_for_period(f, intent, args, extra)
    if intent in _ACTIONABLE:
        confidence = _adjust(confidence, intent, work, args)
        # Two requests in one message ("…库存？要生产300个…", two order numbers): the rules read only one.
        several = len(ORDER_NO.findall(f.text)) > 1 or len(STRONG_CREATE.findall(f.no_dates)) > 1
        if several or (intent == "query_inventory" and f.has_create):
            confidence = min(confidence, 0.55)
    no_such_day = any(note.startswith("日期") for note in unreadable)
    if no_such_day and intent in ("create_order", "change_order") and "due_date" not in args:
        extra.append("due_date")  # a day that does not exist: asked, never the default day instead
    clarify = clarify_for(intent, args, extra)
    return ParsedCommand(
        intent=intent, args=args, clarify=clarify, confidence=confidence, unreadable=unreadable, rule=rule.name
    )


def _fill_change(
    f: Features,
    action: str | None,
    work: Work,
    args: Args,
    extra: list[str],
    user_workshop: str | None,
    vocabulary: Vocabulary | None,
) -> None:
    if f.order_no:
        args["order_no"] = f.order_no
    _put_workshop(work, args, extra, user_workshop, vocabulary)
    if action and not (f.has_change and QUANTITY_NAMED.search(f.no_dates) and action in ("finish", "start")):
        args["action"] = action
    delta = extract_delta(work)
    vague = _vague_quantity(work)  # 改成一千左右: asked back, never guessed
    qty = None if vague else extract_quantity(work)
    if vague:
        extra.append("quantity")
    elif qty is not None:
        args["quantity"] = qty
    elif delta is not None:
        args["quantity_delta"] = delta  # for the question ("当前 1000，加 200 后是 1200 吗？")
        extra.append("quantity")
    if f.due and f.due_span and (not args.get("action") or DUE_WORD.search(_around(f.cues, *f.due_span))):
        args["due_date"] = f.due  # "MO… 今天开始做", "hold it till Monday": when the action happens, not a due date
    if not any(k in args for k in (*_CHANGE_SLOTS, "workshop_text")) and not {"quantity", "due_date"} & set(extra):
        extra.extend(f.named_fields)  # "数量要改一下", "换个车间": the field named is asked, not "what to change"


_ORDER_HEAD = rx(r"^\s*(?:[\d]{4,6}|[零〇一二三四五六七八九幺]{4})(?![\d])")


def left_figure(text: str, read: Collection[object]) -> re.Match[str] | None:
    """The first figure of a report's `text` that its reading left unread (不量3) and that is none of the figures
    read; the order's tail said at the head (1109 良品…) or digit by digit anywhere (报工 幺幺零九 良品…) and lone
    Chinese digits (一个人) are not."""
    head = _ORDER_HEAD.match(text)
    start = head.end() if head else 0
    said = [m.span(1) for m in LONE_SPOKEN_ORDER.finditer(text)]
    return next(
        (
            m
            for m in LEFT_FIGURE.finditer(text, start)
            if len(m.group(1)) > 1 or m.group(1).isdigit()
            if parse_number(m.group(1)) not in read
            if not any(s <= m.start(1) < e for s, e in said)
        ),
        None,
    )


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause of `text` that holds [start, end) (between separators), at most 30 characters."""
    left = max(text.rfind(c, 0, start) for c in ",;。!?，；") + 1
    rights = [i for i in (text.find(c, end) for c in ",;。!?，；") if i >= 0]
    return text[left : min(rights, default=len(text))].strip()[:30]


def _fill_report(work: Work, args: Args, extra: list[str], unreadable: list[str]) -> None:
    rough = [m.group(0) for m in VAGUE_QUANTITY.finditer(work.text)]
    exact = rough and EXACT_AFTER.search(work.text, work.text.find(rough[-1]) + len(rough[-1]))
    vague = _vague_quantity(work) and not exact  # 大概六十来个 我数了一下 准确是58个: the exact figure said after it
    report = read_report(work)
    said = parse_number(exact.group(1)) if exact else None
    if said is not None and report.good is None and report.made is None:
        # …准确是58个 坏了2个: the exact figure is what was made, read as 做了58个，坏了2个 is
        report = replace(report, good=said, made=said if report.scrap is not None else None)
    if vague:
        extra.append("good_qty")  # 做了二十几个: the exact figure is asked back, never guessed (nor another figure)
        unreadable.extend(f"“{said.strip()}”" for said in rough[:1])
        report = replace(report, good=None, made=None)
    if report.good is not None:
        args["good_qty"] = report.good
    if report.scrap is not None:
        args["scrap_qty"] = report.scrap
    if report.made is not None and report.scrap is not None:
        # 做了30个，坏了2个: read as people mean it (30 good, 2 scrap on top); the card offers the other reading
        args["good_qty"] = report.made
        args["made_qty"] = report.made
    read = {v for k, v in args.items() if k in ("good_qty", "scrap_qty", "made_qty")}
    left = next((m for m in LEFT_COUNT.finditer(work.text) if parse_number(m.group(1)) not in read), None)
    left = left or left_figure(work.text, read)
    if left and read:  # (那就报60个，良品60: the count said again is no count left over)
        # a count the reading did not place (另外有4个修好了): the good figure is asked, with what was not taken
        args.pop("good_qty", None)
        args.pop("made_qty", None)
        extra.append("good_qty")
        unreadable.append(f"“{_clause_around(work.original, left.start(), left.end())}”")


def _fill_query(
    f: Features,
    status: str | None,
    work: Work,
    args: Args,
    extra: list[str],
    user_workshop: str | None,
    vocabulary: Vocabulary | None,
) -> None:
    if f.order_no:
        args["order_no"] = f.order_no
        return
    _put_workshop(work, args, extra, user_workshop, vocabulary)
    if status:
        args["status"] = status
    if _OVERDUE.search(f.cues):
        args["condition"] = "overdue"  # 今天有哪些逾期的单: today is when it is asked, not a due date
    elif f.due and f.due_span and _filters_by_due(f.cues, *f.due_span, f.due_past):
        args["due_date"] = f.due  # 今天要交的单; not 今天开工的单 / 今天有哪些单 (when, not a due date)
    for m in ORDER_WORD.finditer(work.text):  # the order noun first, while its modifier is there (结案的单)
        work.take(m.start(), m.end())
    for start, end in state_spans(work.text):  # 新建状态没下达的: every state word, not only the first
        work.take(start, end)
    for pattern, _ in ACTION_WORDS:  # 暂停的订单: a state word describes orders, it names no material
        for m in pattern.finditer(work.text):
            work.take(m.start(), m.end())
    _put_material(work, args)


def _vague_quantity(work: Work) -> bool:
    """Whether the message gives its amount only roughly (三百多个, 一千左右); its words are taken out of `work`."""
    found = list(VAGUE_QUANTITY.finditer(work.text))
    for m in found:
        work.take(m.start(), m.end())
    return bool(found)


def _ask_for_period(f: Features, intent: str, args: Args, extra: list[str]) -> None:
    """A period as a due date (下周, 下个月) is asked back, never guessed; a question about one order
    ("MO… 下周能完工吗") takes no date filter, so nothing is asked there."""
    vague = f.vague
    if not vague:
        return
    listed = intent == "query_order" and "order_no" not in args
    dated = intent in ("create_order", "change_order") or (listed and _filters_by_due(f.no_dates_v, vague[0], vague[1]))
    if intent == "change_order" and any(k in args for k in (*_CHANGE_SLOTS, "workshop_text")):
        # "assembly is full this week, give MO… to painting": a period in the reason, not the new due date
        dated = bool(DUE_WORD.search(_around(f.no_dates_v, vague[0], vague[1])))
    if dated:
        args["due_text"] = vague[2]  # 下周: which day is asked back, never guessed
        extra.append("due_date")


def _put_workshop(
    work: Work, args: Args, extra: list[str], user_workshop: str | None, vocabulary: Vocabulary | None
) -> None:
    hit = find_workshop(work, vocabulary)
    if hit is None:
        return
    if hit.kind == "own":
        if user_workshop:
            args["workshop"] = user_workshop
        else:
            args["workshop_text"] = hit.text
            extra.append("workshop")
    elif hit.kind == "code":
        args["workshop"] = hit.text
    else:
        args["workshop_text"] = hit.text


def _put_material(work: Work, args: Args) -> None:
    """The words no cue explains, as the thing the message names."""
    for m in CUE_STRIP.finditer(work.text):
        work.take(m.start(), m.end())
    if phrase := material_phrase(work):
        args["material_text"] = phrase


def clarify_for(intent: str, args: Args, extra: list[str] | None = None) -> list[str]:
    """Slots to ask about: required but missing, plus `extra` (ambiguous or unresolvable ones)."""
    need = set(extra or [])
    for slot in REQUIRED.get(intent, ()):
        if slot == "change":
            # A change whose value is asked back (workshop, 下周 → due_date, 加200 → quantity) is known.
            asked = need & {"workshop", "due_date", "quantity"}
            if not any(k in args for k in (*_CHANGE_SLOTS, "workshop_text")) and not asked:
                need.add("change")
        elif slot == "material":
            if "material" not in args and "material_text" not in args:
                need.add("material")
        elif slot not in args:
            need.add(slot)
    return [s for s in _CLARIFY_ORDER if s in need] + sorted(need - set(_CLARIFY_ORDER))


def _around(text: str, start: int, end: int) -> str:
    """A date's span with the few characters either side where its due word would stand."""
    return text[max(0, start - 5) : end + 4]


def _filters_by_due(text: str, start: int, end: int, past: bool = False) -> bool:
    """Whether a date in an order list filters by due date: a due word by it does (月底要交的, 到期的, due
    tomorrow); a state word right before or after it says when that happened (今天开工的, 本周完工的, released this
    week), and today or an earlier day alone is when the question is asked (今天有哪些单, 我们车间今天的单子)."""
    if STRICT_DUE_WORD.search(_around(text, start, end)):
        return True
    after = first_match([*STATUS_WORDS, *ACTION_WORDS], text[end : end + 10])
    if after is not None and after[1] <= 4:
        return False
    before = text[max(0, start - 12) : start].rstrip()
    if any(m.end() == len(before) for p, _ in (*STATUS_WORDS, *ACTION_WORDS) for m in p.finditer(before)):
        return False  # "released this week", "finish today": the state change, then when it happened
    return not past


def _adjust(confidence: float, intent: str, work: Work, args: Args) -> float:
    """Lower confidence when words remain that no rule explained (a sign the parse is partial)."""
    if intent in ("change_order", "report_output") or (intent == "query_order" and "order_no" in args):
        rest = material_phrase(work)
        if rest:
            rest = EXPLAINED_WORDS.sub("", rest).strip()
        if rest and len(rest) > 3:
            confidence -= 0.2
    if intent == "create_order" and "material_text" in args and len(str(args["material_text"])) > 30:
        confidence -= 0.2
    return round(max(min(confidence, 1.0), 0.0), 2)
