"""A request that corrects itself before it is sent (帮忙建个单 节流阀DV10 200个 一车间……哦不对 是二车间): what comes
after the correction cue replaces the slots it names in what came before, and nothing else.

The cue is a word that says the speaker misspoke (不对, 说错了, 写错了, 搞错了, 打错了, 口误), after a pause or at the
start, and a word that gives the right value after it (是, 应该是, 改成, 换成): 尺寸不对 (a fault) is no cue, nor is
不对 with nothing given after it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from agent.nlu.answers import answer_args
from agent.nlu.lexicon.clauses import FIGURE_CUE_BEFORE
from agent.nlu.lexicon.corrections import REPORT_SLOT
from agent.nlu.lexicon.units import FIGURE_TEXT, UNIT
from agent.nlu.models import ParsedCommand
from agent.nlu.numbers import parse_number
from agent.nlu.rx import rx
from agent.nlu.vocabulary import Vocabulary

__all__ = ["ORDER_SELF_FIX_EXAMPLES", "SELF_FIX", "SELF_FIX_EXAMPLES", "order_self_fixed", "self_fixed"]

SELF_FIX = rx(
    r"(?:^|(?<=[…。,.;!?\s]))\s*(?:哦|噢|啊|呃|嗯|额|诶)?\s*(?:不对不对|不对|说错了|写错了|搞错了|打错了|口误)\s*[,.;!…]*\s*"
    r"(?=(?:应该是|应该|是|改成|换成|要)\s*\S)"
    # 良品 四十 呃 不对 三十五: after a pause word, the right figure may follow the cue at once
    rf"|(?:^|(?<=[…。,.;!?\s]))\s*(?:哦|噢|啊|呃|嗯|额|诶)\s*(?:不对不对|不对|说错了|口误)\s*[,.;!…]*\s*(?={FIGURE_TEXT})"
    r"|\b(?:sorry|no|oops),?\s+(?:i\s+meant|make\s+(?:it|that))\s+"
)
SELF_FIX_EXAMPLES = (  # (message, the slot the correction gives, its value)
    ("帮忙建个单 节流阀DV10 200个 12月15日交 一车间……哦不对 是二车间，一车间那边满了", "workshop_text", "二车间"),
    ("MO20261107 数量改成500，不对，应该是600", "quantity", 600),
    ("MO20261109 良品40 不良2 说错了 是不良3", "scrap_qty", 3),
    ("MO20261109 良品40 3件尺寸不对", None, None),  # a fault, not a correction
    ("MO20261107 交期改到12月20 不对 是21号", "due_date", "2026-12-21"),
    ("MO20261109 良品40 不良2 说错了 是3", "good_qty", None),  # which figure? the good count is asked
    ("MO20261103 良品三十 呃不对 是二十八 不良一个", "good_qty", 28),  # the tail names the scrap: 28 is the good
    ("嗯 1124 报个工 良品 四十 呃 不对 三十五 不良 一个", "good_qty", 35),  # blind28-038: no 是 after the pause
)
_REPORT_FIGURES = {"good_qty", "scrap_qty"}
# A bare figure opening what follows the cue (是二十八, 应该是28个), no slot word right after it.
_LEAD_FIGURE = rx(
    rf"^\s*(?:应该是|应该|是|改成|换成|要)?\s*{FIGURE_TEXT}\s*(?:{UNIT})?(?!(?:良品|合格|不良|报废|次品|废|坏))(?=[\s,，]|$)"
)
_SLOTS = ("order_no", "quantity", "due_date", "workshop", "workshop_text", "good_qty", "scrap_qty")
_WRITES = ("create_order", "change_order", "report_output")

Parse = Callable[[str], ParsedCommand]


def self_fixed(
    s: str, parse: Parse, clarify: Callable[..., list[str]], *, now: datetime, vocabulary: Vocabulary | None
) -> ParsedCommand | None:
    """The prepared message `s` read as a request and its own correction, or None when it holds no correction cue
    or what precedes the cue is no request (`parse` reads the part before the cue, `clarify` recomputes what to
    ask)."""
    m = SELF_FIX.search(s)
    if m is None or m.start() == 0:
        return None
    head = parse(s[: m.start()])
    if head.intent not in _WRITES:
        return None
    said = s[m.end() :]
    tail = answer_args(said, head.intent, now=now, vocabulary=vocabulary)
    if head.intent == "report_output" and (lead := _LEAD_FIGURE.match(said)) and len(_REPORT_FIGURES & set(tail)) == 1:
        # 良品三十 呃不对 是二十八 不良一个: the figure right after the cue is the report's other figure (the one the
        # tail does not name), never dropped; with both or neither named it is read as before (asked when unsure)
        other = next(iter(_REPORT_FIGURES - set(tail)))
        if (value := parse_number(lead.group(1))) is not None:
            tail = {**tail, other: value}
    if head.intent == "report_output" and not REPORT_SLOT.search(said) and ({"good_qty", "scrap_qty"} & set(tail)):
        # 良品40 不良2 说错了 是3: good or scrap? asked, never guessed
        args = {k: v for k, v in head.args.items() if k != "good_qty"}
        extra = [*head.clarify, "good_qty"]
        notes = [*head.unreadable, f"“{said.strip()[:30]}”"]
        return head.model_copy(update={"args": args, "clarify": clarify(head.intent, args, extra), "unreadable": notes})
    given = {k: v for k, v in tail.items() if k in _SLOTS}
    if not given and "material_text" in tail:
        given = {"material_text": tail["material_text"]}  # 不对 是HV-2063: the item, when nothing else is given
    if not given:
        return None
    args = dict(head.args)
    if "workshop" in given or "workshop_text" in given:
        args.pop("workshop", None)
        args.pop("workshop_text", None)
    if "material_text" in given:
        args.pop("material", None)
    args |= given
    extra = [c for c in head.clarify if c not in args]
    return head.model_copy(update={"args": args, "clarify": clarify(head.intent, args, extra)})


# An order said short, then said again right after a correction cue (嗯 那个1122开工 啊不对 是1125 开工): the order
# meant is the second. Both are 4 to 6 figures standing alone, the first with no figure's cue before it nor a unit
# after it.
_ORDER_SAID = rx(rf"(?<![\d.a-z\-])(\d{{4,6}})(?![\d.])(?!\s*(?:{UNIT}|[万千百十]))")
_ORDER_AFTER_CUE = rx(r"^\s*(?:应该是|应该|是)?\s*(\d{4,6})(?![\d.])")
ORDER_SELF_FIX_EXAMPLES: tuple[tuple[str, str], ...] = (  # (message as typed or said, as meant)
    ("嗯 那个1122开工 啊不对 是1125 开工", "嗯 那个1125开工 开工"),
    ("1103 良品30 不对 是1130", "1130 良品30"),
    ("数量1000 不对 是1200", "数量1000 不对 是1200"),  # a quantity corrected: read by self_fixed
    ("1122开工", "1122开工"),
)


def order_self_fixed(text: str) -> str:
    """`text` with an order said short and corrected in the same breath written once, as meant (嗯 那个1122开工 啊不对
    是1125 开工 → 嗯 那个1125开工 开工); the text as it is when it holds no such correction."""
    m = SELF_FIX.search(text)
    if m is None or m.start() == 0 or not (again := _ORDER_AFTER_CUE.match(text[m.end() :])):
        return text
    head = text[: m.start()]
    said = [o for o in _ORDER_SAID.finditer(head) if not FIGURE_CUE_BEFORE.search(head[: o.start()])]
    if len(said) != 1 or len(said[0].group(1)) != len(again.group(1)):
        return text
    first = said[0]
    rest = text[m.end() + again.end() :]
    meant = (head[: first.start()] + again.group(1) + head[first.end() :]).rstrip()
    return f"{meant} {rest.strip()}" if rest.strip() else meant
