"""What the intent rules read of one message: `Features`, computed once from the prepared text (data only).

Every cue is read in the text without its order number, dates and vague period (their digits and words must not
look like quantities or verbs): `no_dates`. A state word is not a verb (新建状态的单 filters orders, it creates
none), an action word said of orders describes them (暂停的订单), and a command wins over the news before it
("做完了，结案吧").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from agent.nlu.dates import find_dates, find_vague_dates
from agent.nlu.lexicon.asked import NEGATED, PRESUMED
from agent.nlu.lexicon.change import CANCEL_WORD, CHANGE_CUE, CHANGE_FIELDS, FIELD_CHANGE_VERB, MODAL, STRONG_CHANGE
from agent.nlu.lexicon.create import CODE_TOKEN, CREATE_CUE, STRONG_CREATE, UNIT_TAIL, WANTED_BY
from agent.nlu.lexicon.help import (
    BOT_CAPABILITY,
    BOT_HELP,
    BOT_QUESTION_EN,
    BOT_SELF,
    BOT_TOPIC,
    HELP_CUE,
    HOW_TO,
    HOW_TO_WORDS,
    MADE_HOW,
    NOVICE,
)
from agent.nlu.lexicon.inventory import INVENTORY_CUE, STOCK_PLACE, STRONG_INVENTORY
from agent.nlu.lexicon.orders import (
    ACTION_STATUS,
    ACTION_WORDS,
    COMMANDED_ACTION,
    DESCRIBED,
    ORDER_WORD,
    REQUESTED_ACTION,
    STATUS_WORDS,
)
from agent.nlu.lexicon.quantity import VAGUE_QUANTITY
from agent.nlu.lexicon.query import QUERY_CUE, QUESTION
from agent.nlu.lexicon.report import REPORT_CUE, REPORT_EVIDENCE, REPORT_QUESTION, REPORT_WORD
from agent.nlu.phrase import material_phrase
from agent.nlu.quantity import extract_delta, extract_quantity
from agent.nlu.vocabulary import Vocabulary
from agent.nlu.work import Work, find_order_no
from agent.nlu.workshops import find_workshop

__all__ = ["Features", "first", "first_match", "read_features", "state_spans"]

_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Features:
    """One prepared message as the intent rules see it; the slot fillers read its texts and spans."""

    text: str  # the prepared message, a leading greeting or cancel dropped
    cues: str  # without the order number (its digits must not look like quantities)
    no_dates_v: str  # and without its dates; a vague period still written (这周开工的单: when, not a due period)
    no_dates: str  # and without the vague period: where every cue is read
    order_no: str | None
    due: str | None  # the last date, ISO
    due_span: tuple[int, int] | None  # its span in `cues`
    due_past: bool  # it is today or an earlier day
    vague: tuple[int, int, str] | None  # a period as a due date (下周, 下个月): its span in `no_dates_v`, its words
    named_fields: tuple[str, ...]  # 数量要改一下: the fields a change names without their value
    action: str | None  # the state change said or commanded (开工 → start)
    status: str | None  # the state said (已完工 → finished), or the one an action said of orders names
    has_delta: bool  # 数量加200: relative, the new value is unknown
    has_report: bool
    has_change: bool
    has_query: bool
    has_question: bool
    describes: bool  # 暂停的订单, what's on hold: orders in a state, asked about
    commanded: bool  # a command among the words (结案吧, 请关闭), not the news before it
    commanded_in_text: bool  # please / go ahead and / 吧 with an action word
    state_said: (
        bool  # 还没做完(吧), 先别下达, hasn't started: a state word negated, no command: the state asked or said
    )
    figures: bool  # a digit or a quantity
    has_inventory: bool
    strong_inventory: bool
    has_create: bool
    strong_create: bool
    has_order_word: bool
    asks_about_bot: bool
    has_help: bool
    has_cancel: bool
    change_evidence: bool  # something to change or an explicit change verb (a bare 改 / 调 / set is chatter)
    has_digit: bool
    has_quantity: bool  # a quantity once a workshop name is read ("machining 1" names a shop, not a count)
    states_a_change: bool  # a date, a workshop or a quantity
    names_workshop: bool
    report_question: bool  # 交了100个吗: a report, or a question about one
    report_word: bool  # the report's own vocabulary (良品, 报工), not everyday words (好40, 坏了3个)
    report_evidence: bool
    modal: bool  # 可以开工吗: a question, or a polite command
    made_how: bool  # 液压阀体怎么做的: how a product is made, no order asked for
    how_to: bool
    about_something_else: bool  # 报销单怎么填: a how-to about something the bot does not do
    thing_and_count: bool  # a quantity and a phrase left to name the thing
    looks_like_create: bool  # a thing and a count and nothing else (液压阀体 500个 12月底)
    wanted_by: bool  # an item by its code wanted by a day, no count (HSG80x300 下周五要)


def read_features(s: str, today: date, vocabulary: Vocabulary | None = None) -> Features:
    """The features of the prepared message `s` on the plant's day `today`, in the plant's `vocabulary`."""
    work = Work(s)
    order_no = find_order_no(work)
    cues = work.text
    dates = find_dates(cues, today, vocabulary.calendar if vocabulary else None)
    for d in dates:
        work.take(d.start, d.end)
    due = dates[-1].value.isoformat() if dates else None
    vague = None if due else next(iter(find_vague_dates(work.text)), None)
    no_dates_v = work.text
    if vague:
        work.take(vague[0], vague[1])
    no_dates = work.text

    has_query = bool(QUERY_CUE.search(no_dates))
    rough = VAGUE_QUANTITY.search(no_dates)  # 做了二十几个: 几 in a rough figure asks nothing
    presumed = bool(PRESUMED.search(no_dates))  # 已经完工了吧, 1104是机加二的单吧: asked, not commanded
    has_question = presumed or bool(QUESTION.search(VAGUE_QUANTITY.sub(" ", no_dates) if rough else no_dates))
    named_fields = _named_fields(no_dates)
    described, described_status = _described_states(no_dates) if not order_no else (no_dates, None)
    # 暂停的订单 describes orders; 把暂停的订单恢复 still resumes; 还没做完 / 先别下达 / hasn't started say the state
    action, negated = _said_action(described)
    # "做完了，结案吧", "已经完工了，请关闭": the command, not the news before it
    commanded = None if presumed else _command(described)
    if commanded is not None:
        action = commanded
    has_inventory = bool(INVENTORY_CUE.search(no_dates))
    strong_inventory = bool(STRONG_INVENTORY.search(no_dates))
    place_only = not STRONG_INVENTORY.search(STOCK_PLACE.sub(" ", no_dates))
    if strong_inventory and place_only and not (has_query or has_question):
        has_inventory = strong_inventory = False  # "仓库的门锁坏了": the store as a place, nothing asked about stock
    # A state word is not a verb: 新建状态的单 / 还在新建的订单 filter orders, they do not create one.
    blank = Work(no_dates)
    for start, end in state_spans(no_dates):
        blank.take(start, end)
    has_delta = extract_delta(Work(no_dates)) is not None
    trial = Work(no_dates)
    names_workshop = find_workshop(trial, vocabulary) is not None  # "machining 1" names a shop, not a count
    has_quantity = extract_quantity(trial) is not None
    # A thing and a count and nothing else ("液压阀体 500个 12月底", "HV-2050 × 300"): what is left names the thing.
    thing = material_phrase(trial) if has_quantity else None
    states_a_change = due is not None or names_workshop or has_quantity
    has_digit = bool(_DIGIT.search(no_dates))
    has_order_word = bool(ORDER_WORD.search(no_dates))
    asks_about_bot = _asks_about_bot(no_dates)
    return Features(
        text=s,
        cues=cues,
        no_dates_v=no_dates_v,
        no_dates=no_dates,
        order_no=order_no,
        due=due,
        due_span=(dates[-1].start, dates[-1].end) if dates else None,
        due_past=bool(dates) and dates[-1].value <= today,
        vague=vague,
        named_fields=tuple(named_fields),
        action=action,
        status=first(STATUS_WORDS, no_dates) or described_status,
        has_delta=has_delta,
        has_report=bool(REPORT_CUE.search(no_dates)),
        has_change=bool(CHANGE_CUE.search(no_dates) or named_fields),
        has_query=has_query,
        has_question=has_question,
        describes=described != no_dates,
        commanded=commanded is not None,
        commanded_in_text=not presumed and _command(no_dates) is not None,
        state_said=negated and action is None,
        figures=has_digit or has_quantity or rough is not None,
        has_inventory=has_inventory,
        strong_inventory=strong_inventory,
        has_create=bool(CREATE_CUE.search(blank.text)),
        strong_create=bool(STRONG_CREATE.search(blank.text)),
        has_order_word=has_order_word,
        asks_about_bot=asks_about_bot,
        has_help=asks_about_bot or bool(HELP_CUE.search(no_dates)),
        has_cancel=bool(CANCEL_WORD.search(no_dates)),
        # Without an order number, a change needs something to change or an explicit change verb: a bare
        # 改 / 调 / move / set in chatter ("帮我调一下空调温度") is not an order change.
        change_evidence=bool(
            has_order_word
            or action
            or due
            or vague
            or has_delta
            or STRONG_CHANGE.search(no_dates)
            or named_fields
            or states_a_change
        ),
        has_digit=has_digit,
        has_quantity=has_quantity,
        states_a_change=states_a_change,
        names_workshop=names_workshop,
        report_question=bool(REPORT_QUESTION.search(no_dates)),
        report_word=bool(REPORT_WORD.search(no_dates)),
        report_evidence=bool(REPORT_EVIDENCE.search(no_dates)),
        modal=bool(MODAL.search(no_dates)),
        made_how=bool(MADE_HOW.search(no_dates)),
        how_to=bool(HOW_TO.search(no_dates)),
        about_something_else=_about_something_else(no_dates),
        thing_and_count=has_quantity and bool(material_phrase(Work(no_dates))),
        # … or a thing, a bare count, a due date and a workshop (液压阀体 两百五 12/28 机加二): a create in shape
        looks_like_create=thing is not None
        and bool(CODE_TOKEN.search(thing) or UNIT_TAIL.search(no_dates) or (due is not None and names_workshop)),
        wanted_by=not has_quantity
        and due is not None
        and bool(WANTED_BY.search(no_dates.strip()))
        and bool(CODE_TOKEN.search(material_phrase(Work(no_dates)) or "")),
    )


def first_match(patterns: list[tuple[re.Pattern[str], str]], text: str) -> tuple[str, int, int] | None:
    """The value of the leftmost match (未下达 before the 下达 inside it), with its span."""
    best: tuple[str, int, int] | None = None
    for pattern, value in patterns:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (value, m.start(), m.end())
    return best


def first(patterns: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    hit = first_match(patterns, text)
    return hit[0] if hit else None


def _said_action(text: str) -> tuple[str | None, bool]:
    """The first state change said and not negated (还没做完 / 不要结案 / isn't finished negate theirs), and whether
    a negated one came before it."""
    hits = sorted(
        (m.start(), rank, value) for rank, (pattern, value) in enumerate(ACTION_WORDS) for m in pattern.finditer(text)
    )
    negated = False
    for start, _, value in hits:
        if NEGATED.search(text[:start]):
            negated = True
            continue
        return value, negated
    return None, negated


def _command(text: str) -> str | None:
    """The state change a command asks for (结案吧, 请关闭, please release), never a negated one (先别下达吧)."""
    for pattern in (COMMANDED_ACTION, REQUESTED_ACTION):
        for m in pattern.finditer(text):
            hit = first_match(ACTION_WORDS, m.group(0))
            if hit is not None and not NEGATED.search(text[: m.start() + hit[1]]):
                return hit[0]
    return None


def state_spans(text: str) -> list[tuple[int, int]]:
    """Every state word in the text, leftmost-longest first, without overlaps (没下达的 is one word, not
    没 + 下达的)."""
    hits = sorted(
        ((m.start(), m.end()) for pattern, _ in STATUS_WORDS for m in pattern.finditer(text) if m.end() > m.start()),
        key=lambda span: (span[0], -span[1]),
    )
    spans: list[tuple[int, int]] = []
    for start, end in hits:
        if not spans or start >= spans[-1][1]:
            spans.append((start, end))
    return spans


def _named_fields(text: str) -> list[str]:
    """The order fields a change names ("数量要改一下" → quantity, "交期推一下" → due_date, "换个车间" → workshop,
    "change the qty" → quantity); none without a verb that changes something ("交期是哪天")."""
    return [
        slot
        for pattern, slot in CHANGE_FIELDS
        if any(FIELD_CHANGE_VERB.search(text[max(0, m.start() - 20) : m.end() + 20]) for m in pattern.finditer(text))
    ]


def _described_states(text: str) -> tuple[str, str | None]:
    """The text with action words that describe orders blanked, and the state the first of them names."""
    work = Work(text)
    status: str | None = None
    for m in DESCRIBED.finditer(text):
        act = first(ACTION_WORDS, m.group("act") or m.group("en"))
        status = status or ACTION_STATUS.get(act or "")
        work.take(m.start(), m.end())
    return work.text, status


def _asks_about_bot(text: str) -> bool:
    """A question about the bot itself, not a request ("这个钉钉机器人都有啥用处", "你是干嘛的", "不会用这个机器人，
    怎么查库存啊", "what can this bot do"): the bot named next to what it can do, or the sender saying they
    cannot use it yet. A figure or a code (你帮我查下GP-10) makes it a request."""
    if _DIGIT.search(text):
        return False
    return bool(
        (BOT_SELF.search(text) and BOT_CAPABILITY.search(text)) or NOVICE.search(text) or BOT_QUESTION_EN.search(text)
    )


def _about_something_else(text: str) -> bool:
    """A how-to or meta-question whose topic is outside the bot's world ("报销单怎么填啊", "发票的格式",
    "how to make coffee"): it names no order, report, stock or the bot, and a topic remains once the
    question words are gone ("怎么操作", "格式是什么样的" leave none and stay help)."""
    if _DIGIT.search(text) or BOT_HELP.search(text) or BOT_TOPIC.search(text) or _asks_about_bot(text):
        return False
    topic = HOW_TO_WORDS.sub(" ", text)
    return bool(re.search(r"[\u4e00-\u9fff]|[a-z]{2,}", topic))
