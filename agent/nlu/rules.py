"""The deterministic `rules` backend: one chat line → `ParsedCommand` with unresolved phrases (pure).

Intent decisions (the eval cases follow them):
- An order number with a state word and no question is `change_order` with `action`
  ("MO20261102 开工" → action=start; "MO20261102 开工了吗" is `query_order`).
- An order number with a quantity, date or workshop and no other cue is `change_order`
  ("MO20261107 数量1200", "MO20261107 下周一交"); with report words (报工, 良品, 不良, 完成480,
  produced) it is `report_output`; a bare order number or one with a question is `query_order`.
- 取消订单MO… / cancel MO… is `change_order` action=close; 取消 / 算了 alone is `cancel`.
- A change without an order number ("改成500") is `change_order` with clarify ["order_no"];
  one with an order number but nothing to change ("修改MO20261107") has clarify ["change"], and one that names
  the field without its value ("数量要改一下", "交期推一下", "换个车间", "change the qty") asks for that field.
- Pure greetings (你好, hi, 在吗, with particles and the bot addressed: 您好哇, hi bot, 助手你好) are `help`
  (the reply is the usage card); small talk (你好吗, 今天天气不错, 谢谢) is `unknown`; a greeting before a
  request is dropped ("你好，帮我查下库存").
- A how-to or meta-question (怎么填, 格式, 要怎么打字, 数量写在哪, 要发什么) is `help` only about the bot's world
  (orders, reports, stock, the bot); about anything else ("报销单怎么填", "发票的格式", "Excel怎么做数据透视表": a
  how-to verb with its topic after it) it is `unknown`, and 做 there is no create. A question about the bot
  itself is `help` even when it names a task (the bot named next to what it can do: "这个钉钉机器人都有啥用处",
  "这个bot能查库存吗"; or the sender saying they cannot use it yet: "不会用这个机器人，怎么查库存啊", unless
  another thing follows: "第一次用这台机床" is about the machine). 给你介绍一下新同事 introduces someone; it asks
  nothing of the bot.
- A state word with a list or question cue and no order number filters a query even without an order noun
  ("机加一 下达了还没开工的 列个清单" → workshop + status released).
- A cancel reply with clauses that ask for nothing is `cancel`: what was wrong ("取消取消，数量写错了"), a
  postponement ("算了算了，回头再说", "nvm, maybe later"), why it is no longer wanted ("不要了，客户改主意了"),
  interjections and manners ("哎不要了不要了", "唉，取消吧"), waiting on or asking someone first ("先不要了，等我问过
  主管再说", "取消吧，我先问问主管", "let me check with my boss first"), a reason it is off ("不做了，没料了",
  "领导没批"); a clause with a figure, an order number or a request ("取消，改成500", "算了，MO… 暂停") keeps it a
  request. Replies run together are one reply
  ("OK没问题，提交", "yep sure, go ahead"); sending the proposal on is a confirmation (送出, 提交上去, 发出去吧,
  走起, send it), while an acknowledgement alone (收到) consents to nothing.
- A date in an order list filters by due date only with a due word by it (今天要交的单, due tomorrow); followed
  by a state word it says when that happened (今天开工的单, 本周完工的), and today or a past day alone is when the
  question is asked (今天有哪些单). An action word said of orders (暂停的订单, 已经放行的单, what's on hold) describes
  them: its state filters the list where the contract has one, and it is never a command.
- 新建 as a state (新建状态, 状态是新建, 还在新建) filters a query; it is the create verb only before a
  thing to make (新建一张生产单). Verb + classifier + order noun (补一张生产单, 加个工单) creates.
- Workshops: 我们车间 / our workshop is the sender's own workshop number (clarify "workshop" when
  the sender has none); WS01 is taken as written; other names stay `workshop_text` for the resolver.
- Relative changes ("数量加200", "再多做50", "add 40 more", "reduce by 25") are `change_order`
  without `quantity`: the contract's quantity is the new absolute value and the order's current
  quantity is unknown at parse time, so clarify lists "quantity" and `quantity_delta` keeps the
  signed figure for the question. 加到 / 增加到 / increase to name the new value and are absolute.
- A period as a due date (下周, 这周, 下个月, 月中, 中旬, 年后, 节前, 国庆以后, next week) names no single
  day: due_date is absent, clarify lists "due_date" and `due_text` keeps the phrase, also in a create
  ("开单做五百个 下周要"); a day inside it (下周三, 下个月5号, 下个月底) is a date as before.
- Questions vs commands about a state: a question form (吗, sentence-final 没 / 不, A-not-A 是不是 /
  开没开工, English did / has) makes it `query_order`; a modal question ("可以开工吗", "能不能结案") is
  taken as a query but with confidence 0.7, since it may be a polite command. An explicit change
  verb with a value ("能不能把MO…改成500") is a command whatever the question form.
- Status words: with an order number and no question they are actions (MO… 已完工 → finish); without
  an order number they filter a query (已完工的单 → status finished); action words there (暂停的订单)
  describe orders and never become a material.
- Confidence (the hybrid backend treats ≥ 0.8 with intent != unknown as final): 0.95 for whole-message
  reply words, 0.85 for reply phrases of the reply grammars, 0.9 for a clear cue with clean
  leftovers; below 0.8 whenever the intent is inferred or guessed: from slots alone (0.75), a weak
  verb without a thing and a count (0.7), a modal question (0.7), a report asked as a question or read from
  everyday words with no order number (好40 废1, 坏了3台: 0.7), a thing and a count with no verb
  (0.6), and 0.55 when one parse does not explain every clause (two requests, two orders, a second
  change the rules drop, a conditional request); `unknown` is ≤ 0.3.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from agent.nlu.dates import find_dates, find_impossible_dates, find_vague_dates, local_today
from agent.nlu.extract import (
    Work,
    extract_delta,
    extract_quantity,
    find_order_no,
    find_workshop,
    material_phrase,
    prepare,
    read_report,
)
from agent.nlu.models import Intent, ParsedCommand
from agent.nlu.numbers import UNREADABLE_NUMBER
from agent.nlu.patterns import (
    ACTION_WORDS,
    BATCH,
    BOT_CAPABILITY,
    BOT_HELP,
    BOT_QUESTION_EN,
    BOT_SELF,
    BOT_TOPIC,
    CANCEL_ASIDE_RE,
    CANCEL_EXACT,
    CANCEL_RE,
    CHANGE_CUE,
    CHANGE_FIELDS,
    CONFIRM_EXACT,
    CONFIRM_RE,
    CREATE_CUE,
    CREATE_ORDER_PHRASE,
    FIELD_CHANGE_VERB,
    GREETING_EXACT,
    GREETING_RE,
    HELP_CUE,
    HOW_TO,
    HOW_TO_WORDS,
    INTERJECTION,
    INVENTORY_CUE,
    MISTAKE_RE,
    NOVICE,
    ORDER_CONDITION,
    ORDER_NO,
    ORDER_NOUN,
    ORDER_WORD,
    OVERDUE,
    PAST_TIME,
    QUERY_CUE,
    REPORT_CUE,
    REPORT_FIGURE,
    REPORTED_SPEECH,
    SHIP_QUESTION,
    STATUS_WORDS,
)
from agent.nlu.rx import rx
from agent.nlu.similar import closest_reply

__all__ = ["REQUIRED", "clarify_for", "parse_rules"]

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

# Polite tails, and leading particles and interjections (哎不要了不要了, oh, cancel it), peeled one at a time.
_POLITE_TAIL = rx(
    r"(?:吧|啊|呀|了|哈|哦|噢|呢|的|谢谢|谢了|麻烦了|辛苦了|收到|thanks|thank you|thx|please|pls|🙏|!|\.|。|,|~|…)+$"
    rf"|^(?:那就|那|就|嗯|好的,|收到,|🙏|{INTERJECTION}[\s,~!.…]*)"
)
_PUNCT = rx(r"[\s,.;!?。、~…!]+")
_OVERDUE = rx(OVERDUE)
_STRONG_CREATE = rx(
    r"建立|创建|新建|新增|新开|下单|开单|建单|排产|排个?单|安排生产|投产"
    r"|\bcreate\b|\bnew (?:production )?(?:order|mo)\b"
    r"|\bmake\b|\bproduce\b|\bbuild\b|\bmanufacture\b|\bopen (?:a |an )?(?:production )?order\b|\braise\b|\bplace\b"
    r"|[开建下]一?[个张]?(?:生产)?(?:订单|工单|单)"
    rf"|{CREATE_ORDER_PHRASE}"
    # The thing between the verb and the order noun (排一张汽车转向节ZX-B2的单子); set up / put in an order.
    r"|[开建下排补]一[张个份笔][^,.;!?]{1,24}?的(?:生产)?(?:单子|订单|工单|生产单)"
    r"|\b(?:set up|put in|book) (?:a |an )?(?:new )?(?:production )?(?:order|mo|job)\b"
)
_STRONG_INVENTORY = rx(
    r"库存|存货|现货|在库|库里|仓库|够不够|够用|有没有货|有货|缺货|缺料|可用量|结存|现有量|现存|存量|余量|结余"
    r"|\bstock\b|\binventory\b|\bon hand\b|\bsoh\b|\bwarehouse\b"
    rf"|{SHIP_QUESTION}"
)
_QUESTION = rx(
    r"吗|么|\?|了没|没有|是否|有没有|多少|几|什么|哪|怎么样|如何|\bwhat\b|\bwhen\b|\bwhere\b|\bhow\b|状态|进度|情况"
    r"|\bstatus\b|\bprogress\b|\bwhich\b"
    # Sentence-final 没 / 不 / 否 (开工没, 好了不) and the A-not-A question (是不是, 开没开工, 能不能, 有没有).
    # English: an auxiliary opening a clause asks (is MO… released, has it started, hey, did … ship), while
    # one inside a statement does not ("MO… is complete, mark it done").
    r"|(?:没|不|否|没呢)\s*$|([\u4e00-\u9fff])[不没]\1|(?:^|[,;:!?\-]\s*|\b(?:so|and|but|hey|hi|yo|um|uh|ok|btw|also|q)\s+)"
    r"(?:did|does|do|has|have|was|were|are|is)\b"
)
_HOW_TO = HOW_TO
# How or of what a product is made (怎么做的, 是怎么生产的, 用什么材料做的, how is the HV-2050 made): a question about
# the product, not an order to make it.
_MADE_HOW = rx(
    r"(?:怎么|怎样|如何|咋|用什么|用啥|拿什么|什么)(?:材料|料|东西)?(?:做|生产|加工|制造|造|弄|装|铸)(?:出来)?的"
    r"|\bhow (?:is|are|was|were|do you|do we|does one) .{0,30}?\b(?:made|produced|built|manufactured|make|produce)\b"
    r"|\bwhat (?:is|are) .{0,30}?\bmade (?:of|from)\b"
)
_QUANTITY_NAMED = rx(r"数量|\bqty\b|\bquantity\b|\d")
_CANCEL_WORD = rx(r"取消|\bcancel\b|撤销")
# Change verbs that name a change on their own; a bare 改 / 调 / move / set needs something to change
# (a quantity, date, shop, state or an order) before a message without an order number is a change.
_STRONG_CHANGE = rx(
    r"修改|更改|变更|调整|改为|改成|改到|改下|改一下|调为|调到|调成|换成|转到|转给|移到|挪到|提前|推迟|延期|延后"
    r"|\bchange\b|\bmodify\b|\bamend\b|\breschedule\b|\bpostpone\b"
)
# A modal question about a state change ("可以开工吗", "能不能结案"): a question, but it may be a polite
# command; taken as a query with lower confidence.
_MODAL = rx(r"可以|能不能|能否|可不可以|能\s*\S{1,3}\s*吗|\bcan\b|\bcould\b|\bshould\b")


_MAX_TAILS = 8  # polite tails peeled off one by one (嗯嗯嗯… would be one form per character)


def _bare_forms(s: str) -> list[str]:
    """The message without punctuation, then with polite tails peeled off one by one (算了吧 → 算了 → 算)."""
    forms = [_PUNCT.sub(" ", s).strip()]
    prev = None
    for _ in range(_MAX_TAILS):
        if prev == s:
            break
        prev = s
        s = _peel(s).strip()
        forms.append(_PUNCT.sub(" ", s).strip())
    return [f for f in dict.fromkeys(forms)]


def _peel(s: str) -> str:
    """`s` without its first polite head or tail. The tail is looked for in the last 32 characters only: tried
    from every position of the text, 的的的…x backtracks quadratically."""
    m = _POLITE_TAIL.match(s) or _POLITE_TAIL.search(s, max(1, len(s) - 32))
    return s[: m.start()] + s[m.end() :] if m else s


def _whole(text: str, vocabulary: set[str], grammar: re.Pattern[str] | None = None) -> bool:
    """The message is one reply word or phrase, or only replies ("不要了，取消", "算了不做了",
    "好，就按这个来", "sounds good, go ahead"); `grammar` covers the phrases a word list cannot enumerate."""

    def is_reply(form: str) -> bool:
        return form in vocabulary or bool(grammar and grammar.fullmatch(form))

    def is_reply_run(form: str) -> bool:  # one reply, or replies run together (ok没问题, 不要了不要了, yep sure)
        if is_reply(form) or (2 <= len(form) <= 12 and _segments(form, vocabulary)):
            return True
        words = form.split()
        if not 1 < len(words) <= 6:
            return False
        ok = [True] + [False] * len(words)  # whole words, each run of them a reply word or phrase
        for end in range(1, len(words) + 1):
            ok[end] = any(ok[start] and is_reply(" ".join(words[start:end])) for start in range(end))
        return ok[-1]

    forms = _bare_forms(text)
    if any(is_reply(f) for f in forms) or any(is_reply_run(f) for f in forms):  # yes do it, no no no
        return True
    # Parts split at punctuation (English replies keep their spaces), else at any space.
    for parts in (_CLAUSE_PUNCT.split(text), forms[0].split(" ")):
        parts = [p.strip() for p in parts if p.strip()]
        if len(parts) > 1 and all(any(is_reply_run(f) for f in _bare_forms(part)) for part in parts):
            return True
    return any(_segments(f, vocabulary) for f in forms if 2 <= len(f) <= 12)


_CLAUSE_PUNCT = rx(r"[,.;!?。、~…，；！？]+")


def _segments(text: str, vocabulary: set[str]) -> bool:
    """`text` is a concatenation of vocabulary words (two or more Chinese replies run together)."""
    ok = [True] + [False] * len(text)
    for end in range(1, len(text) + 1):
        ok[end] = any(ok[start] and text[start:end] in vocabulary for start in range(max(0, end - 6), end))
    return ok[-1]


_LEADING_GREETING = rx(rf"^(?:{GREETING_RE.pattern})[\s,.;:!?~]+(?=\S)")


def _drop_leading_cancel(text: str) -> str:
    """A cancel before a new request ("取消，帮我查下二车间的单", "cancel that, show me orders in assembly"): the reply
    drops the proposal and the request is what is asked now, so the cancel clause names nothing. An order number
    after it may be the order to cancel ("取消，MO20261107"), so then the message is kept whole."""
    m = _CLAUSE_PUNCT.search(text)
    if m is None or ORDER_NO.search(text, m.end()) or not _whole(text[: m.start()], CANCEL_EXACT, CANCEL_RE):
        return text
    return text[m.end() :].strip() or text


def _cancel_with_asides(text: str) -> bool:
    """A cancel reply whose other clauses ask for nothing: they say what was wrong ("取消取消，数量写错了",
    "搞错了，算了吧", "cancel that, wrong qty"), put it off ("算了算了，回头再说", "nvm, maybe later"), say why it is
    no longer wanted ("不要了，客户不急了") or are interjections and manners ("唉，取消吧", "sorry, scrap that").
    A clause with a new value, an order number or a thing to make ("取消，改成500", "算了，MO20261107 暂停") is
    none of these, so such a message stays a request. Unpunctuated, a cancel and an aside may run together
    ("算了回头再说")."""
    parts = [p.strip() for p in _CLAUSE_PUNCT.split(text) if p.strip()]
    if len(parts) < 2 and " " in text:
        parts = text.split()
    found_cancel = False
    for part in parts:
        kind = _cancel_or_aside(part)
        if kind is None:
            for i in range(1, min(len(part), 24)):  # a cancel and an aside run together, either order
                left, right = _cancel_or_aside(part[:i]), _cancel_or_aside(part[i:])
                if left and right and "cancel" in (left, right):
                    kind = "cancel"
                    break
        if kind is None:
            return False
        found_cancel = found_cancel or kind == "cancel"
    return found_cancel


def _cancel_or_aside(part: str) -> str | None:
    """Whether a clause is a cancel reply ("cancel"), asks for nothing next to one ("aside"), or neither."""
    if re.search(r"\d", part):
        return None
    if _whole(part, CANCEL_EXACT, CANCEL_RE):
        return "cancel"
    forms = _bare_forms(part)
    if any(MISTAKE_RE.fullmatch(f) or CANCEL_ASIDE_RE.fullmatch(f) for f in forms if f) or not forms[-1]:
        return "aside"
    return None


def clarify_for(intent: str, args: dict[str, str | float | int], extra: list[str] | None = None) -> list[str]:
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
        elif slot not in args and not (slot == "good_qty" and "scrap_included" in need):
            need.add(slot)  # (the good figure follows from whether the made figure includes the scrap)
    return [s for s in _CLARIFY_ORDER if s in need] + sorted(need - set(_CLARIFY_ORDER))


def _first_match(patterns: list[tuple[re.Pattern[str], str]], text: str) -> tuple[str, int, int] | None:
    """The value of the leftmost match (未下达 before the 下达 inside it), with its span."""
    best: tuple[str, int, int] | None = None
    for pattern, value in patterns:
        m = pattern.search(text)
        if m and (best is None or m.start() < best[1]):
            best = (value, m.start(), m.end())
    return best


def _state_spans(text: str) -> list[tuple[int, int]]:
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


def _first(patterns: list[tuple[re.Pattern[str], str]], text: str) -> str | None:
    hit = _first_match(patterns, text)
    return hit[0] if hit else None


LIKENESS_CONFIDENCE = 0.6  # a reply recognised by likeness (agent.nlu.similar), not by a pattern


def parse_rules(text: str, *, now: datetime, user_workshop: str | None = None) -> ParsedCommand:
    """Parse one chat line with patterns (and, for a reply they don't know, likeness to known replies);
    material and workshop names stay unresolved."""
    try:
        parsed = _parse(text, now=now, user_workshop=user_workshop)
        if parsed.intent in _ACTIONABLE and parsed.confidence >= 0.6 and not _explains_every_clause(parsed, text, now):
            parsed = parsed.model_copy(update={"confidence": 0.55})
        if parsed.intent == "unknown" and (reply := closest_reply(text)):
            # a reply no pattern knows, like known replies: below 0.8, so a write still needs a plain 确认
            likely: Intent = "confirm" if reply == "confirm" else "cancel"
            return ParsedCommand(intent=likely, args={}, clarify=[], confidence=LIKENESS_CONFIDENCE)
        return parsed
    except Exception:
        return ParsedCommand(intent="unknown", args={}, clarify=[], confidence=0.0)


_ACTIONABLE = ("create_order", "change_order", "query_order", "report_output", "query_inventory")
# Clause boundaries: punctuation and the connectives that start a second request.
_CLAUSE_SPLIT = rx(
    r"(?<!\d),+|,+(?!\d{3}(?!\d))|[;。；!?？！\n]+|\s*(?:然后|另外|顺便|同时|并且|还有就是|还有|此外|再帮我|再给我)\s*"
    r"|\s+(?:and then|also|plus|then)\s+"
)
_MAX_CLAUSES = 12  # clauses parsed one by one to check that one parse explains them all
# A request that depends on a condition ("不够的话建个单", "if short, make 300") is never final.
_CONDITIONAL = rx(r"的话|如果|要是|假如|万一|否则|不然|\bif\b|\bunless\b|\botherwise\b")


def _explains_every_clause(parsed: ParsedCommand, text: str, now: datetime) -> bool:
    """Whether one parse accounts for the whole message: every clause that is a request of its own
    (a confident parse) has the same intent and states nothing the parse lacks. "查一下库存，再建个单300"
    (two intents), "MO1 开工，MO2 暂停" (two orders), "MO1 开工，数量改成500" (a slot lost) and a
    conditional request are not explained, so a hybrid backend hands them to the LLM."""
    s = prepare(text)
    if _CONDITIONAL.search(s):
        return False
    clauses = [c for c in _CLAUSE_SPLIT.split(s) if c and c.strip()]
    if len(clauses) < 2:
        return True
    if len(clauses) > _MAX_CLAUSES:  # a list of requests, not one: never final, and each clause costs a parse
        return False
    whole = parsed.canonical_args()
    for clause in clauses:
        sub = _parse(clause, now=now, user_workshop=None)
        if sub.intent not in _ACTIONABLE or sub.confidence < 0.8:
            continue
        if sub.intent != parsed.intent:
            return False
        for slot, value in sub.canonical_args().items():
            if slot == "workshop" or (slot == "good_qty" and "scrap_qty" in whole):
                continue  # the sender's own shop depends on the user; good = total − scrap spans clauses
            if whole.get(slot) != value:
                return False
    return True


def _parse(text: str, *, now: datetime, user_workshop: str | None) -> ParsedCommand:
    s, unreadable = _set_aside_unreadable(prepare(text), local_today(now))
    parsed = _parse_prepared(s, unreadable, now=now, user_workshop=user_workshop)
    return parsed if parsed.unreadable == unreadable else parsed.model_copy(update={"unreadable": unreadable})


def _parse_prepared(s: str, unreadable: list[str], *, now: datetime, user_workshop: str | None) -> ParsedCommand:
    forms = _bare_forms(s)
    if _whole(s, CANCEL_EXACT):
        return ParsedCommand(intent="cancel", confidence=0.95)
    if _whole(s, CONFIRM_EXACT):
        return ParsedCommand(intent="confirm", confidence=0.95)
    if _whole(s, CANCEL_EXACT, CANCEL_RE):
        return ParsedCommand(intent="cancel", confidence=0.85)
    if _whole(s, CONFIRM_EXACT, CONFIRM_RE):
        return ParsedCommand(intent="confirm", confidence=0.85)
    if _cancel_with_asides(s):
        return ParsedCommand(intent="cancel", confidence=0.85)
    if _whole(s, GREETING_EXACT, GREETING_RE):
        return ParsedCommand(intent="help", confidence=0.85)
    # A greeting before a request ("你好，帮我查下库存", "hi, make 300 GP-10") is manners, not a material.
    s = _LEADING_GREETING.sub("", s, count=1)
    s = _drop_leading_cancel(s)
    forms = _bare_forms(s)
    if not forms[0] or not forms[-1]:  # only punctuation, emoji-free politeness ("谢谢", "thanks")
        return ParsedCommand(intent="unknown", confidence=0.3)

    work = Work(s)
    order_no = find_order_no(work)
    cues = work.text  # without the order number (its digits must not look like quantities)
    today = local_today(now)
    dates = find_dates(cues, today)
    for d in dates:
        work.take(d.start, d.end)
    due = dates[-1].value.isoformat() if dates else None
    vague = None if due else next(iter(find_vague_dates(work.text)), None)  # 下周, 下个月: a period, not a day
    no_dates_v = work.text  # with the vague period still written (这周开工的单: when, not a due period)
    if vague:
        work.take(vague[0], vague[1])
    no_dates = work.text
    has_delta = extract_delta(Work(no_dates)) is not None  # 数量加200: relative, the new value is unknown

    has_report = bool(REPORT_CUE.search(no_dates))
    named_fields = _named_fields(no_dates)  # 数量要改一下: the field to change, its value not given
    has_change = bool(CHANGE_CUE.search(no_dates) or named_fields)
    has_query = bool(QUERY_CUE.search(no_dates))
    has_question = bool(_QUESTION.search(no_dates))
    described, described_status = _described_states(no_dates) if not order_no else (no_dates, None)
    describes = described != no_dates  # 暂停的订单, what's on hold: orders in a state, asked about
    action = _first(ACTION_WORDS, described)  # 暂停的订单 describes orders; 把暂停的订单恢复 still resumes
    # "做完了，结案吧", "已经完工了，请关闭": the command, not the news before it
    if commanded := _COMMANDED_ACTION.search(described) or _REQUESTED_ACTION.search(described):
        action = _first(ACTION_WORDS, commanded.group(0)) or action
    figures = bool(re.search(r"\d", no_dates)) or _has_quantity(Work(no_dates))
    status = _first(STATUS_WORDS, no_dates) or described_status
    has_inventory = bool(INVENTORY_CUE.search(no_dates))
    strong_inventory = bool(_STRONG_INVENTORY.search(no_dates))
    place_only = not _STRONG_INVENTORY.search(_STOCK_PLACE.sub(" ", no_dates))
    if strong_inventory and place_only and not (has_query or has_question):
        has_inventory = strong_inventory = False  # "仓库的门锁坏了": the store as a place, nothing asked about stock
    # A state word is not a verb: 新建状态的单 / 还在新建的订单 filter orders, they do not create one.
    blank = Work(no_dates)
    for start, end in _state_spans(no_dates):
        blank.take(start, end)
    create_text = blank.text
    has_create = bool(CREATE_CUE.search(create_text))
    strong_create = bool(_STRONG_CREATE.search(create_text))
    has_order_word = bool(ORDER_WORD.search(no_dates))
    asks_about_bot = _asks_about_bot(no_dates)
    has_help = asks_about_bot or bool(HELP_CUE.search(no_dates))
    has_cancel = bool(_CANCEL_WORD.search(no_dates))

    # Without an order number, a change needs something to change or an explicit change verb: a bare
    # 改 / 调 / move / set in chatter ("帮我调一下空调温度") is not an order change.
    change_evidence = bool(
        has_order_word
        or action
        or due
        or vague
        or has_delta
        or _STRONG_CHANGE.search(no_dates)
        or named_fields
        or _states_a_change(work, due)
    )

    intent: Intent
    confidence = 0.9
    if order_no:
        # "全部交库了，请结案": news of the store with no figure, then the command, is the command
        if has_report and not ((has_question or (commanded and action)) and not figures):
            intent = "report_output"
            if _REPORT_QUESTION.search(no_dates):
                confidence = 0.7  # "MO… 交了100个吗": a report, or a question about one
        elif has_cancel and not has_question:
            intent, action = "change_order", "close"
        elif has_change or has_delta or (action and (not has_question or _COMMANDED_ACTION.search(no_dates))):
            intent = "change_order"
        elif has_query or has_question or has_inventory:
            intent = "query_order"
            if action and _MODAL.search(no_dates):
                confidence = 0.7  # "MO… 可以开工吗": a question, or a polite command
        elif _states_a_change(work, due) or vague:
            intent = "change_order"  # "MO20261107 数量1200", "MO20261107 下周一交", "MO… 二车间"
            confidence = 0.75  # inferred from the slots alone, no verb
        else:
            intent = "query_order"
            confidence = 0.75
    elif _MADE_HOW.search(no_dates) and not _has_quantity(work):
        intent = "unknown"  # "液压阀体怎么做的", "GP-10是用什么做的": how a product is made, no order asked for
        confidence = 0.3
    elif (has_help or _HOW_TO.search(no_dates)) and _about_something_else(no_dates):
        intent = "unknown"  # "报销单怎么填": a how-to about something the bot does not do
        confidence = 0.3
    elif (
        has_help
        and not re.search(r"\d", no_dates)
        and (not strong_inventory or asks_about_bot or _HOW_TO.search(no_dates))
    ):
        intent = "help"
    elif _HOW_TO.search(no_dates) and not re.search(r"\d", no_dates):
        intent = "help"  # "怎么查库存", "怎么改交期" ask how, they do not ask for stock or a change
    elif strong_inventory and not strong_create:
        intent = "query_inventory"
    elif has_report and _REPORT_EVIDENCE.search(no_dates) and not strong_create:
        intent = "report_output"
        if not _REPORT_WORD.search(no_dates) or _REPORT_QUESTION.search(no_dates):
            confidence = 0.7  # only everyday words (坏了3台设备) and no order: maybe not a report at all
    elif has_delta and not strong_create:
        intent = "change_order"  # "数量再加200": a change to an existing order, which is asked back
    elif strong_create:
        intent = "create_order"
    elif has_inventory and not has_order_word:
        intent = "query_inventory"
    elif action and has_question and not (has_change or _has_quantity(work)) and find_workshop(Work(no_dates)):
        intent = "query_order"  # "what did machining 1 finish today", "二车间今天开工了哪些": a shop's orders by state
        status = status or _ACTION_STATUS.get(action or "")
        if _MODAL.search(no_dates):  # "二车间可以开工吗": whether the shop can, asked of its orders, in no one state
            status, confidence = None, 0.7
    elif (status or describes) and (has_query or has_question) and not has_change and not _has_quantity(work):
        intent = "query_order"  # "机加一 下达了还没开工的 列个清单": a state to filter by, and a list asked for
    elif has_change and change_evidence and not (has_order_word and (has_question or status)):
        intent = "change_order"  # "改成500", "订单转到装配车间": a change, order number to ask for
    elif action and has_order_word and not has_question and not status:
        intent = "change_order"  # "把所有订单都关闭": a state change; which order is asked back
        confidence = 0.6
    elif has_order_word and (has_query or status or due or has_question) and not _has_quantity(work):
        intent = "query_order"
    elif has_order_word and not _has_quantity(work):
        intent = "query_order"  # "一车间的生产订单", "orders for HV-2050"
        confidence = 0.75
    elif has_create:
        intent = "create_order"  # a weak verb (做, 来, 生产, 要生产): a guess unless a thing and a count follow
        confidence = 0.8 if _has_quantity(work) and material_phrase(Work(work.text)) else 0.7
    elif has_change and change_evidence:
        intent = "change_order"
        confidence = 0.7
    elif status and has_question:
        intent = "query_order"
        confidence = 0.7
    elif has_help:
        intent = "help"
        confidence = 0.7
    elif _looks_like_create(work):
        intent = "create_order"  # "液压阀体 500个 12月底": a thing and a count, nothing else
        confidence = 0.6
    else:
        intent = "unknown"
        confidence = 0.3

    args: dict[str, str | float | int] = {}
    extra: list[str] = []

    def put_workshop() -> None:
        hit = find_workshop(work)
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

    if intent == "create_order":
        put_workshop()
        qty = extract_quantity(work)
        if qty is not None:
            args["quantity"] = qty
        if due:
            args["due_date"] = due
        _strip_cues(work)
        phrase = material_phrase(work)
        if phrase:
            args["material_text"] = phrase
    elif intent == "change_order":
        if order_no:
            args["order_no"] = order_no
        put_workshop()
        if action and not (has_change and _QUANTITY_NAMED.search(no_dates) and action in ("finish", "start")):
            args["action"] = action
        delta = extract_delta(work)
        qty = extract_quantity(work)
        if qty is not None:
            args["quantity"] = qty
        elif delta is not None:
            args["quantity_delta"] = delta  # for the question ("当前 1000，加 200 后是 1200 吗？")
            extra.append("quantity")
        if due and (not args.get("action") or _DUE_WORD.search(_around(cues, dates[-1].start, dates[-1].end))):
            args["due_date"] = due  # "MO… 今天开始做", "hold it till Monday": when the action happens, not a due date
        if not any(k in args for k in (*_CHANGE_SLOTS, "workshop_text")) and not {"quantity", "due_date"} & set(extra):
            extra.extend(named_fields)  # "数量要改一下", "换个车间": the field named is asked, not "what to change"
    elif intent == "report_output":
        if order_no:
            args["order_no"] = order_no
        report = read_report(work)
        if report.good is not None:
            args["good_qty"] = report.good
        if report.scrap is not None:
            args["scrap_qty"] = report.scrap
        if report.made is not None:  # 做了30个，坏了2个: do the 30 include the 2? asked, never guessed
            args["made_qty"] = report.made
            extra.append("scrap_included")
    elif intent == "query_order":
        if order_no:
            args["order_no"] = order_no
        else:
            put_workshop()
            if status:
                args["status"] = status
            if _OVERDUE.search(cues):
                args["condition"] = "overdue"  # 今天有哪些逾期的单: today is when it is asked, not a due date
            elif due and _filters_by_due(cues, dates[-1].start, dates[-1].end, dates[-1].value <= today):
                args["due_date"] = due  # 今天要交的单; not 今天开工的单 / 今天有哪些单 (when, not a due date)
            for m in ORDER_WORD.finditer(work.text):  # the order noun first, while its modifier is there (结案的单)
                work.take(m.start(), m.end())
            for start, end in _state_spans(work.text):  # 新建状态没下达的: every state word, not only the first
                work.take(start, end)
            for pattern, _ in ACTION_WORDS:  # 暂停的订单: a state word describes orders, it names no material
                for m in pattern.finditer(work.text):
                    work.take(m.start(), m.end())
            _strip_cues(work)
            phrase = material_phrase(work)
            if phrase:
                args["material_text"] = phrase
    elif intent == "query_inventory":
        _strip_cues(work)
        phrase = material_phrase(work)
        if phrase:
            args["material_text"] = phrase

    # A period as a due date (下周, 下个月) is asked back, never guessed; a question about one order
    # ("MO… 下周能完工吗") takes no date filter, so nothing is asked there.
    listed = intent == "query_order" and "order_no" not in args
    dated = intent in ("create_order", "change_order") or bool(
        listed and vague and _filters_by_due(no_dates_v, vague[0], vague[1])
    )
    if vague and intent == "change_order" and any(k in args for k in (*_CHANGE_SLOTS, "workshop_text")):
        # "assembly is full this week, give MO… to painting": a period in the reason, not the new due date
        dated = bool(_DUE_WORD.search(_around(no_dates_v, vague[0], vague[1])))
    if vague and dated:
        args["due_text"] = vague[2]  # 下周: which day is asked back, never guessed
        extra.append("due_date")

    if intent in ("create_order", "change_order", "query_order", "report_output", "query_inventory"):
        confidence = _adjust(confidence, intent, work, args)
        # Two requests in one message ("…库存？要生产300个…", two order numbers): the rules read only one.
        several = len(ORDER_NO.findall(s)) > 1 or len(_STRONG_CREATE.findall(no_dates)) > 1
        if several or (intent == "query_inventory" and has_create):
            confidence = min(confidence, 0.55)
    no_such_day = any(note.startswith("日期") for note in unreadable)
    if no_such_day and intent in ("create_order", "change_order") and "due_date" not in args:
        extra.append("due_date")  # a day that does not exist: asked, never the default day instead
    clarify = clarify_for(intent, args, extra)
    return ParsedCommand(intent=intent, args=args, clarify=clarify, confidence=confidence, unreadable=unreadable)


def _cut(text: str) -> str:
    return text if len(text) <= 20 else text[:16] + "…"


def _set_aside_unreadable(s: str, today: date) -> tuple[str, list[str]]:
    """The text with days that do not exist and figures no one means blanked out, so no extractor reads part of
    them (良品1e308 is not 1, 2026-02-30 is not the default day), and a note naming each for the reply."""
    spans = [(start, end, f"日期 {_cut(text)} 不存在") for start, end, text in find_impossible_dates(s, today)]
    for m in UNREADABLE_NUMBER.finditer(s):
        if not any(m.start() < e and b < m.end() for b, e, _ in spans):
            spans.append((m.start(), m.end(), f"数字 {_cut(m.group(0))} 超出范围"))
    for start, end, _ in spans:
        s = s[:start] + " " * (end - start) + s[end:]
    return s, [note for _, _, note in sorted(spans)][:3]


# A due word proper (要交, 到期, due), as against words that only say when something happens.
_STRICT_DUE_WORD = rx(r"交|到期|截止|期限|之?前|以前|要货|\bdue\b|\bdeadline\b|\bby\b|\bbefore\b|\bship|\bdeliver")
# A word next to a date that makes it the due date (those, and 完成, 推迟到, 改到); without one, a date next to a
# state change is when it happens (今天开工, 明天暂停, hold it till Monday).
_DUE_WORD = rx(_STRICT_DUE_WORD.pattern + r"|完成|[延推拖挪]|提前|改到|改成|->|→|=>")


def _around(text: str, start: int, end: int) -> str:
    """A date's span with the few characters either side where its due word would stand."""
    return text[max(0, start - 5) : end + 4]


def _named_fields(text: str) -> list[str]:
    """The order fields a change names ("数量要改一下" → quantity, "交期推一下" → due_date, "换个车间" → workshop,
    "change the qty" → quantity); none without a verb that changes something ("交期是哪天")."""
    return [
        slot
        for pattern, slot in CHANGE_FIELDS
        if any(FIELD_CHANGE_VERB.search(text[max(0, m.start() - 20) : m.end() + 20]) for m in pattern.finditer(text))
    ]


def _filters_by_due(text: str, start: int, end: int, past: bool = False) -> bool:
    """Whether a date in an order list filters by due date: a due word by it does (月底要交的, 到期的, due
    tomorrow); a state word right before or after it says when that happened (今天开工的, 本周完工的, released this
    week), and today
    or an earlier day alone is when the question is asked (今天有哪些单, 我们车间今天的单子)."""
    if _STRICT_DUE_WORD.search(_around(text, start, end)):
        return True
    after = _first_match([*STATUS_WORDS, *ACTION_WORDS], text[end : end + 10])
    if after is not None and after[1] <= 4:
        return False
    before = text[max(0, start - 12) : start].rstrip()
    if any(m.end() == len(before) for p, _ in (*STATUS_WORDS, *ACTION_WORDS) for m in p.finditer(before)):
        return False  # "released this week", "finish today": the state change, then when it happened
    return not past


# An action given as a command even where the message also asks something ("can we resume now? … go ahead and
# resume it", "能开工了吧，开工吧"): please / go ahead and before the verb, or 吧 after it. A command wins over the
# state reported as context ("已經完工入庫了，請幫忙關閉", "已经开工了，先暂停一下", "started yesterday but please put
# it on hold"): a request word (请, 麻烦, 帮忙, 先, 需要, 可以 … not asked as a question) a few words before the verb.
_ACTION_ANY = "|".join(f"(?:{p.pattern})" for p, _ in ACTION_WORDS)
_REQUEST_LEAD = (
    r"请|麻烦|帮忙|帮我|给我|需要|先|直接|马上|赶紧|立即|立刻|可以|点一下|把单|把它"
    r"|\bplease|\bpls|\bgo ahead and|\bjust|\bcan you|\bcould you|\bneed to|\blet'?s"
)
_COMMANDED_ACTION = rx(
    rf"(?:\bplease|\bpls|\bgo ahead and|\bjust)\s+(?:{_ACTION_ANY})|(?:{_ACTION_ANY})\s*(?:了|掉|起来)?吧(?!\s*[?吗么])"
)
_REQUESTED_ACTION = rx(rf"(?:{_REQUEST_LEAD})[^,;.!?\d]{{0,8}}?(?:{_ACTION_ANY})(?![^,;.!?]*(?:吗|么|\?))")
# An action word said of orders (暂停的订单, 已经放行的单, orders on hold): it describes them and changes nothing.
# Its state filters a list where the contract has one (放行的 → released); pause / resume have none.
_DESCRIBED = rx(
    rf"(?:已经?|还在|正在|被)?(?P<act>{_ACTION_ANY})(?:了|过|掉|着|中)?的\s*(?:生产单|订单|工单|单子|单|活儿?|\borders?\b)"
    r"|\b(?:orders?|jobs?|what'?s|what is|what are|which are|anything|everything)\s+"
    r"(?:(?:are|is|that are)\s+)?(?:still\s+)?(?P<en>on hold|paused|suspended|stopped|halted|frozen)\b"
)
_ACTION_STATUS = {"release": "released", "start": "started", "finish": "finished", "close": "closed"}


def _described_states(text: str) -> tuple[str, str | None]:
    """The text with action words that describe orders blanked, and the state the first of them names."""
    work = Work(text)
    status: str | None = None
    for m in _DESCRIBED.finditer(text):
        act = _first(ACTION_WORDS, m.group("act") or m.group("en"))
        status = status or _ACTION_STATUS.get(act or "")
        work.take(m.start(), m.end())
    return work.text, status


_STOCK_PLACE = rx(r"仓库里?|库里|在库|\bwarehouse\b")
# The report's own vocabulary (良品, 报工, scrap), as against everyday words (好40, 坏了3个) that are a report only
# next to an order number; and a question particle, which makes a report a guess.
_REPORT_WORD = rx(
    r"良品|合格|不良|报废|报工|报产|废品|次品|\bgood(?![a-z])|\bscrap(?![a-z])|(?<![a-z])ng(?![a-z])|\bproduced\b"
)
_REPORT_QUESTION = rx(r"吗|么|\?|了没|是不是|对不对")
# What makes a message without an order number a report: its own vocabulary, everyday good / bad figures, or the
# figures of two batches (今天做了两批，一批50一批40).
_REPORT_EVIDENCE = rx(
    rf"{_REPORT_WORD.pattern}|{REPORT_FIGURE}|{BATCH}\s*[:=]?\s*\d[^,;]*?[,;]?\s*{BATCH}\s*[:=]?\s*\d"
)


def _asks_about_bot(text: str) -> bool:
    """A question about the bot itself, not a request ("这个钉钉机器人都有啥用处", "你是干嘛的", "不会用这个机器人，
    怎么查库存啊", "what can this bot do"): the bot named next to what it can do, or the sender saying they
    cannot use it yet. A figure or a code (你帮我查下GP-10) makes it a request."""
    if re.search(r"\d", text):
        return False
    return bool(
        (BOT_SELF.search(text) and BOT_CAPABILITY.search(text)) or NOVICE.search(text) or BOT_QUESTION_EN.search(text)
    )


def _about_something_else(text: str) -> bool:
    """A how-to or meta-question whose topic is outside the bot's world ("报销单怎么填啊", "发票的格式",
    "how to make coffee"): it names no order, report, stock or the bot, and a topic remains once the
    question words are gone ("怎么操作", "格式是什么样的" leave none and stay help)."""
    if re.search(r"\d", text) or BOT_HELP.search(text) or BOT_TOPIC.search(text) or _asks_about_bot(text):
        return False
    topic = HOW_TO_WORDS.sub(" ", text)
    return bool(re.search(r"[\u4e00-\u9fff]|[a-z]{2,}", topic))


_CODE_TOKEN = rx(r"[a-z]+[\-.]?\d|\d[a-z]")
_UNIT_TAIL = rx(r"\d\s*(?:件|个|台|套|只|支|根|片|块|箱|pcs|pc|units?)|数量")


def _looks_like_create(work: Work) -> bool:
    """A thing and a count and nothing else ("液压阀体 500个 12月底", "HV-2050 × 300")."""
    trial = Work(work.text)
    find_workshop(trial)
    if extract_quantity(trial) is None:
        return False
    phrase = material_phrase(trial)
    return phrase is not None and bool(_CODE_TOKEN.search(phrase) or _UNIT_TAIL.search(work.text))


def _has_quantity(work: Work) -> bool:
    trial = Work(work.text)
    find_workshop(trial)  # "machining 1" names a shop, not a count
    return extract_quantity(trial) is not None


def _states_a_change(work: Work, due: str | None) -> bool:
    trial = Work(work.text)
    return due is not None or find_workshop(trial) is not None or extract_quantity(trial) is not None


_CUE_STRIP = rx(
    rf"{CREATE_ORDER_PHRASE}|"
    r"[开建下排]一?[个张]?(?:生产)?(?:订单|工单|单)|建立|创建|新建|新增|新开|下单|开单|建单|排产|安排生产|投产|生产订单|订单|工单|单子|要生产|需要生产|生产(?=\s|$|\d)|^\s*生产"
    r"|帮我|帮忙|麻烦|请|查询|查一下|查一查|查查|查下|查看|看一下|看看|查|列(?:一下|下|个|出)?|一下"
    # Asking for a list: a list verb, a measure and the list noun (拉个清单出来, 导一份列表给我, 有什么活).
    r"|[列拉导打出](?:一下|一?[个份张])?\s*(?:清单|列表|表格?|\blist\b|\bsheet\b)|出来|给我|有(?:什么|啥)|什么|啥"
    # Measure-word phrases that count orders, not things (几张, 这几笔, 那批): 几/这/那 + a classifier.
    r"|[这那哪]?几?(?<![\d])[张笔批份条](?=\s*(?:单|订单|工单|$))|[这那哪]?几[张笔批份条个]"
    rf"|{ORDER_NOUN}"
    # Who asked and when it was, never a thing: 老大问 / 客户说 / 领导让我 (reported speech), 昨天 / 刚才 (a past time).
    rf"|{REPORTED_SPEECH}|{PAST_TIME}|{SHIP_QUESTION}|{ORDER_CONDITION}"
)


def _strip_cues(work: Work) -> None:
    for m in _CUE_STRIP.finditer(work.text):
        work.take(m.start(), m.end())


def _adjust(confidence: float, intent: str, work: Work, args: dict[str, str | float | int]) -> float:
    """Lower confidence when words remain that no rule explained (a sign the parse is partial)."""
    if intent in ("change_order", "report_output") or (intent == "query_order" and "order_no" in args):
        rest = material_phrase(work)
        if rest:
            rest = _CHANGE_OR_REPORT_WORDS.sub("", rest).strip()
        if rest and len(rest) > 3:
            confidence -= 0.2
    if intent == "create_order" and "material_text" in args and len(str(args["material_text"])) > 30:
        confidence -= 0.2
    return round(max(min(confidence, 1.0), 0.0), 2)


_CHANGE_OR_REPORT_WORDS = rx(
    "|".join(
        [p.pattern for p, _ in ACTION_WORDS]
        + [
            CHANGE_CUE.pattern,
            REPORT_CUE.pattern,
            QUERY_CUE.pattern,
            r"其中|交期|交货|日期|数量|工序|车间|生产|订单|\s",
            # Shifts and the words that link a total to its scrap (白班做完了一百个然后里面有两个是废的).
            r"[早中晚白夜]班|当班|班上|然后|里面有?|里头有?|当中|这个|那个",
        ]
    )
)
