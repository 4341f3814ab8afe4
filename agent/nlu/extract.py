"""Slot extraction for the rules backend: order number, workshop, quantities, report figures, phrases.

Each extractor finds its span in a `Work` buffer and blanks it, so later extractors (and the
leftover material phrase) never see the same characters twice. Decisions:
- Quantity: a number after a quantity word (数量, 改成, qty, to) beats one with a unit (300件), which
  beats a bare number; numbers glued to letters or codes (bom-2050, m8x30, 304螺栓, 8.8级) are
  never quantities; lone Chinese digits (两个订单, 一车间) only count after an explicit 数量/改成.
- Report: 良品/合格/good is good_qty, 不良/报废/scrap is scrap_qty; a total (完成500, 报工500,
  produced 500) without an explicit good figure gives good_qty = total − scrap
  (完成500其中不良5 → good 495, scrap 5); a made figure beside a scrap figure with nothing saying whether it
  includes it (做了30个，坏了2个) leaves good unset and keeps the made figure, to be asked (agent.nlu.inclusion).
  A work verb in the perfective is a total (装了100, 焊好了80,
  assembled 120); "其余都OK" / "the rest are fine" restates that default; a slash separates figures
  (合格 18 / 报废 0) but 18/20 is a ratio, not a count. Everyday words count too: 好 / 好件 / 好的 + a
  count is good, 废 / 坏 / 坏件 / 废了 + a count is scrap, a count that is bad (两个是废的) is scrap, and
  做完了 + a count (Chinese numerals too) is a total. What was handed to the store (交了 36, 交库 50, 入库 80,
  delivered 40) is good: 交了36件 报废1件 → good 36, scrap 1. When readings differ, the one naming more
  good / scrap figures outright wins (交了八十件好的，废了三件 → good 80, scrap 3). The verb that spoilt a piece
  may stand before 废 / 坏 (两个车废了, 打废了2个, 2台装坏了). Figures for one slot that each follow their own shift
  or batch add up (夜班做了80个，早班做了40个 → total 120; 一班合格40 二班合格35 → good 75; 一批50一批40 → 90), and
  a count of batches is no count of pieces (做了两批).
- @mentions are whole tokens up to the following space (@K3助手 你好 → 你好).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agent.nlu.inclusion import inclusion_cues, scrap_inclusion
from agent.nlu.numbers import CN_NUMERAL, Num, english_numbers_to_digits, find_numbers, parse_number, to_plain
from agent.nlu.patterns import (
    DELIVERED,
    EDGE_FILLER,
    FILLER_PHRASES,
    ORDER_NO,
    OWN_WORKSHOP,
    PRODUCED_VERB,
    SHIFT,
    SPOIL_VERB,
    STOP_WORDS_EN,
    WORKSHOP_CODE,
    WORKSHOP_GENERIC,
    WORKSHOP_STEM,
)
from agent.nlu.rx import rx
from tools.text import normalize

__all__ = [
    "ReportFigures",
    "Work",
    "extract_delta",
    "extract_quantity",
    "extract_report",
    "find_order_no",
    "find_workshop",
    "material_phrase",
    "prepare",
    "read_report",
]

_SPACED_TIMES = rx(r"\s+[×*xX✕╳]\s*(?=\d)")  # "HV-2050 × 300": a count, unlike the spec M8x30
_CODE_TIMES = rx(r"(bom-\d{3,6})x(\d)")
# An @mention is one token up to the space DingTalk puts after it (@K3助手 你好, @张三 查一下); glued to the
# text that follows, only its Latin part and a trailing 助手 / 机器人 are taken (@DingK3查一下, @k3助手你好).
_MENTION = rx(r"@(?:[^\s@]{1,20}(?=\s)|[a-z0-9_.\-]+(?:小?助手|机器人)?|[^\s@]{1,16}$)")
_SPACES = rx(r"\s+")
# 俩 / 仨 are 两个 / 三个 in speech (有俩不良), except as "the two of us" (咱俩, 他们俩).
_COLLOQUIAL = {"俩": "两个", "仨": "三个"}
_COLLOQUIAL_COUNT = rx(r"(?<![咱我你他她们])[俩仨]")


# An order number said aloud or typed in pieces (MO 2026 1130, m o 2026 1102, MO二零二六一一零二): MO, then digit
# groups (spoken digits too) joined while they make at most the 10 digits an order number has.
_SPOKEN_DIGITS = str.maketrans("零〇一二三四五六七八九幺两", "0012345678912")
_SAID_ORDER = rx(r"(?<![a-z0-9])m\s?o\s*((?:[0-9零〇一二三四五六七八九幺]+\s*){1,4})")


def _said_order(m: re.Match[str]) -> str:
    groups = m.group(1).split()
    digits, used = "", 0
    for g in groups:
        g = g.translate(_SPOKEN_DIGITS)
        if not g.isdigit() or len(digits) + len(g) > 10:
            break
        digits, used = digits + g, used + 1
        if len(digits) >= 8:
            break
    if len(digits) not in (8, 10):
        return m.group(0)
    tail = " ".join(groups[used:])  # what came after the order number stays as written
    return f"mo{digits} {tail}".rstrip() + (" " if m.group(0).endswith(" ") else "")  # lower case, as normalised


def prepare(text: str) -> str:
    """`tools.text.normalize` plus what only chat needs: @mentions dropped, `× 300` read as a count,
    English number words as digits ("three hundred" → 300), an order number said in pieces joined."""
    # A full-width comma separates clauses, never thousands (DBDS20，800台 is a code, then a count).
    s = unicodedata.normalize("NFKC", text.replace("，", ", "))
    s = _COLLOQUIAL_COUNT.sub(lambda m: _COLLOQUIAL[m.group(0)], s)
    s = _SPACED_TIMES.sub(" 数量", s)
    s = normalize(s)
    s = _MENTION.sub(" ", s)
    s = english_numbers_to_digits(s)
    s = _SAID_ORDER.sub(_said_order, s)
    s = _CODE_TIMES.sub(r"\1 数量\2", s)
    return _SPACES.sub(" ", s).strip()


class Work:
    """The message with consumed spans blanked out (same length, so offsets stay valid)."""

    def __init__(self, text: str) -> None:
        self.original = text
        self._chars = list(text)

    @property
    def text(self) -> str:
        return "".join(self._chars)

    def take(self, start: int, end: int) -> None:
        for i in range(start, end):
            self._chars[i] = " "


def find_order_no(work: Work) -> str | None:
    m = ORDER_NO.search(work.text)
    if not m:
        return None
    work.take(m.start(), m.end())
    return m.group(1).upper() + m.group(2)


@dataclass(frozen=True, slots=True)
class WorkshopHit:
    kind: str  # "own", "code" or "named"
    text: str


_WS_VERB_BEFORE = rx(
    r"(?:转到|转去|转给|移到|挪到|放到|改到|调到|换到|安排在|安排到|交给|放在|给|在|到|去|由|放|\bin\b|\bat\b|\bto\b)\s*(?:the\s+)?$"
)
# The last verb, preposition or chat word before 车间 ends what came before the name (下达到车间, 刚才车间主任说).
_WS_VERB = rx(r".*[到在给把去由从转移送交才说里边和跟问找让叫]")
_QUESTION_WS = rx(r"哪|什么|几|那个|这个|啥|个车间|别的|其他|其它|另外|另一")
_WS_LEAD = rx(
    r"^(?:一下|查询|查看|查|看|所有|全部|哪些|转到|转去|转给|移到|挪到|放到|改到|改成|改为|调到|换到|换成|安排在|安排到|安排|交给|给|在|到|去|由|从|归|是|的|让)+"
)


def _named_workshops(text: str) -> list[re.Match[str]]:
    """Shop names built on a known stem first (装配车间 inside 查一下装配车间), then any 〇〇车间."""
    stems = list(WORKSHOP_STEM.finditer(text))
    return stems + [
        m
        for m in WORKSHOP_GENERIC.finditer(text)
        if not any(s.start() < m.end() and m.start() < s.end() for s in stems)
    ]


def _workshop_mentions(text: str) -> list[tuple[int, int, int, WorkshopHit]]:
    """Every workshop mention, left to right: (start of what to blank, start of the name, end, hit); the verb that
    goes with a named shop (放到二车间) is blanked with it."""
    found: list[tuple[int, int, int, WorkshopHit]] = []
    for m in OWN_WORKSHOP.finditer(text):
        found.append((m.start(), m.start(), m.end(), WorkshopHit("own", m.group(0))))
    for m in WORKSHOP_CODE.finditer(text):
        found.append((m.start(), m.start(), m.end(), WorkshopHit("code", f"WS{int(m.group(1)):02d}")))
    for m in _named_workshops(text):
        phrase = m.group(0)
        if _QUESTION_WS.search(phrase) or any(s < m.end() and m.start() < e for s, _, e, _ in found):
            continue
        lead = _WS_LEAD.match(phrase)
        start = m.start() + (lead.end() if lead else 0)
        verb = _WS_VERB.search(text[start : m.end() - 2])  # 下达到车间: no shop named
        if verb:
            start += verb.end()
        phrase = text[start : m.end()]
        if len(phrase) < 3 and not WORKSHOP_STEM.fullmatch(phrase):
            continue
        near = max(0, start - _CONTEXT)
        verb = _WS_VERB_BEFORE.search(text[near:start])  # 放到二车间: the verb goes with the shop
        found.append((near + verb.start() if verb else start, start, m.end(), WorkshopHit("named", phrase.strip())))
    return sorted(found, key=lambda f: f[0])


# Where an order goes (转给机加二, 改到二车间, 让二车间做, move … to machining 2) and where it comes from or why
# (从一车间, 原来在一车间, 不在一车间做了, 由于热处理车间排满, from assembly): of two shops, the target is the shop.
_WS_TARGET = rx(
    r"(?:转到|转去|转给|转|移到|挪到|挪给|放到|改到|改由|改成|改为|改|调到|调给|调去|换到|换成|安排在|安排到|安排给|交给|给|让"
    r"|由(?!于)|到|去|->|→|=>|\bto\b|\binto\b)\s*(?:the\s+)?$"
)
_WS_SOURCE = rx(r"(?:从|原来在|原先在|本来在|之前在|不在|由于|\bfrom\b)\s*(?:the\s+)?$")
_PRIORITY = {"own": 0, "code": 1, "named": 2}


def find_workshop(work: Work) -> WorkshopHit | None:
    """The workshop a message names: 我们车间 (own), WS01 (code) or a named shop (一车间, 装配, assembly). With
    several, the one an order goes to (一车间排不过来了，把MO…转给机加二 → 机加二; from assembly to painting →
    painting); otherwise the sender's own, a code, then the first name. Every mention is consumed."""
    text = work.text
    mentions = _workshop_mentions(text)
    if not mentions:
        return None
    for start, _, end, _ in mentions:
        work.take(start, end)
    if len(mentions) > 1:
        targets = [hit for _, name, _, hit in mentions if _WS_TARGET.search(text[:name])]
        if targets:
            return targets[-1]
        rest = [m for m in mentions if not _WS_SOURCE.search(text[: m[1]])]
        mentions = rest or mentions
    return min(mentions, key=lambda m: _PRIORITY[m[3].kind])[3]


_UNIT = r"(?:件|个|台|套|只|支|根|片|块|箱|盒|条|公斤|千克|(?:pcs|pc|units?|ea|sets?|pieces?|kg)(?![a-z]))"
_UNIT_AFTER = rx(rf"^\s*{_UNIT}")
_TO_BEFORE = rx(
    r"(?:改为|改成|改到|调整为|调整到|调为|调到|调成|变为|变成|换成|加到|减到|增加到|减少到|增至|减至|提高到|降到|升到|到|成|为|→|->|=>"
    r"|\bto\b)\s*[:=]?\s*$"
)
_KEY_BEFORE = rx(
    r"(?:数量|数目|\bqty|\bquantity|总数|共|总共|一共|合计|做|生产|产|排|来|加工|要|需要|\bmake|\bproduce|\bbuild"
    r"|\bfor|\bof)\s*(?:是|为|:|=)?\s*$"
)
_QTY_WORD_BEFORE = rx(r"(?:数量|数目|\bqty|\bquantity)\s*(?:是|为|:|=)?\s*$")
_FROM_BEFORE = rx(r"(?:从|由|\bfrom|原来|原|旧)\s*[:=]?\s*$")
_GLUE_BEFORE = rx(r"[a-z0-9.\-_/#φ+x]$")
_BAD_AFTER_ARABIC = rx(r"^(?:[a-z](?<!k)|[.\-/#φ%]\d|[号级钢月日天周点年%型寸度寸]|[.\-/#φ])")
_BAD_AFTER_CN = rx(
    r"^(?:车间|号|月|日|天|周|点|楼|线|厂|班|分|次|遍|下|些|起|样|直|定|般|位|层|级|种|期|成|些|会|边|切|旦|共|律|致|齐)"
)
_BAD_BEFORE_CN = rx(r"(?:第|周|期|拜|初|万|千|星|礼|统|唯|之|同|万分)$")
_MAT_AFTER = rx(r"^[\u4e00-\u9fff]")


_CONTEXT = 64  # characters on each side of a figure that say whether it is the quantity


def _quantity_score(text: str, n: Num) -> int:
    """0 = not a quantity; higher = more certainly the quantity the message states."""
    # The words next to the figure decide; the whole text before each figure would make a text of many numbers cost
    # the square of its length.
    before, after = text[max(0, n.start - _CONTEXT) : n.start], text[n.end : n.end + _CONTEXT]
    before_tight = before.rstrip()
    if not n.chinese:
        if _GLUE_BEFORE.search(before):
            return 0
        if _BAD_AFTER_ARABIC.match(after) and not _UNIT_AFTER.match(after):
            return 0
    else:
        if _BAD_AFTER_CN.match(after) or _BAD_BEFORE_CN.search(before):
            return 0
    unit = bool(_UNIT_AFTER.match(after))
    if n.bare and not (_TO_BEFORE.search(before_tight) or _QTY_WORD_BEFORE.search(before_tight)):
        return 0  # 两个订单, 下一个单: a lone 一/两 is a number only after 数量 / 改成
    if _TO_BEFORE.search(before_tight):
        score = 5
    elif _KEY_BEFORE.search(before_tight):
        score = 4
    elif _FROM_BEFORE.search(before_tight):
        score = 1
    else:
        score = 2
    if unit:
        score += 2
    # A bare number glued to a following Chinese word (304螺栓, 45号钢) is part of a name.
    if (
        score == 2
        and not n.chinese
        and _MAT_AFTER.match(after)
        and not after.startswith(("交", "要", "的", "在", "给", "送"))
    ):
        return 0
    return score


def extract_quantity(work: Work) -> int | float | None:
    """The quantity the message states (its span, keyword and unit are consumed)."""
    text = work.text
    best: tuple[int, int, Num] | None = None
    for i, n in enumerate(find_numbers(text)):
        score = _quantity_score(text, n)
        if score and (best is None or (score, i) > (best[0], best[1])):
            best = (score, i, n)
    if best is None:
        return None
    n = best[2]
    for other in find_numbers(text):  # "从1000改成1200": the old value is not left behind as noise
        if other is not n and _FROM_BEFORE.search(text[max(0, other.start - _CONTEXT) : other.start].rstrip()):
            work.take(other.start, other.end)
    end = n.end
    m = _UNIT_AFTER.match(text[end:])
    if m:
        end += m.end()
    work.take(n.start, end)
    return n.value


# A relative change of quantity ("数量加200", "再多做两百", "减少100个", "+200", "add 200 more",
# "reduce by 50"): the contract's `quantity` is the new absolute value, which the parser cannot know
# (it depends on the order's current quantity), so the delta is kept as `quantity_delta` and the
# quantity is asked back. 加到 / 增加到 / 减到 / increase to name the new value and are not deltas.
# 机加二车间, 加3号线: a name, not a delta; 补一张生产单, 加个工单: one more order, not one more piece.
_NOT_A_COUNT = r"车间|号|线|工段|厂|楼|班|月|日|天|周|[个张份笔]?\s*(?:生产)?(?:订单|工单|单(?![位价]))"
_DELTA_NUM = rf"((?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[kw万千](?:\d(?!\d))?)?|{CN_NUMERAL})"
_DELTA_UP = rx(
    rf"(?:再|又|另外|额外)?(?:增加|追加|加做|多加|多做|多生产|多排|多要|多来|补做|补加|(?<![机参附外施])加|增|添|补|(?<![不差好很太许])多)(?:了)?(?:上)?\s*{_DELTA_NUM}"
    rf"(?!\s*(?:到|至|成|为|[\d.,]|{_NOT_A_COUNT}))(?:\s*{_UNIT})?"
    rf"|(?<![a-z0-9\-+])\+\s*{_DELTA_NUM}(?:\s*{_UNIT})?"
    rf"|\b(?:add|increase(?:d)?\s+by|up\s+by|raise(?:d)?\s+by|plus)\s+{_DELTA_NUM}(?:\s+more)?(?:\s*{_UNIT})?"
    rf"|\b{_DELTA_NUM}\s*(?:{_UNIT}\s*)?more\b"
)
_DELTA_DOWN = rx(
    rf"(?:再)?(?:减少|减掉|少做|少生产|少排|少要|砍掉|砍|扣掉|扣|去掉|减|(?<![至多不很太缺])少)(?:了)?\s*{_DELTA_NUM}"
    rf"(?!\s*(?:到|至|成|为|[\d.,]|{_NOT_A_COUNT}))(?:\s*{_UNIT})?"
    rf"|\b(?:reduce(?:d)?|decrease(?:d)?|cut|lower(?:ed)?|down)\s+by\s+{_DELTA_NUM}(?:\s*{_UNIT})?"
    rf"|\b(?:remove|minus|take\s+off)\s+{_DELTA_NUM}(?:\s*{_UNIT})?"
    rf"|\b{_DELTA_NUM}\s*(?:{_UNIT}\s*)?(?:fewer|less)\b"
)


def extract_delta(work: Work) -> int | float | None:
    """A signed relative quantity change (+200 / −100), its span consumed; None when there is none."""
    text = work.text
    for pattern, sign in ((_DELTA_UP, 1), (_DELTA_DOWN, -1)):
        for m in pattern.finditer(text):
            value = parse_number(next(g for g in m.groups() if g))
            if value is None or value == 0:
                continue
            work.take(m.start(), m.end())
            return to_plain(sign * value)
    return None


# Everyday words too (patterns.REPORT_FIGURE): 好件 / 好的 / 好 + a count is good, 坏件 / 废 / 废了 + a count is
# scrap; the single characters only right before a figure (好40，废1), since 好 alone is a reply and 做好 is "done".
_FIG_AHEAD = rf"(?=\s*[:=]?\s*(?:\d|{CN_NUMERAL}))"
_GOOD_KW = (
    rf"(?:(?:合格)?{DELIVERED}|良品数?|良品数量|合格品?数?|合格数量|正品|好品|好件|好货|好的|良|\bgood(?![a-z])|(?<![a-z])ok(?:品)?(?![a-z])"
    r"|\bpass(?:ed)?\b"
    rf"|(?<![做干弄装焊包打搞修最只还挺很正刚恰美友良交])好{_FIG_AHEAD})"
)
_SCRAP_KW = (
    rf"(?:{SPOIL_VERB}(?:废|坏)(?:了|掉了?)?|(?:尺寸)?超差(?:了|的)?|不良品?数?|不良数量|不合格品?数?|报废品?|废品|次品|坏品|坏件|废件|坏货|坏了|废了|报废了|废掉的|坏掉的|废的|坏的"
    r"|\bscrap(?:ped)?(?![a-z])|(?<![a-z])ng(?:品)?(?![a-z])|\bdefects?\b|\bdefective\b|\bbad\b|\brejects?\b|\brejected\b"
    rf"|(?<![报作])[废坏]{_FIG_AHEAD})"
)
_TOTAL_KW = (
    rf"(?:{PRODUCED_VERB}|报工|报产|下线了?|完成了?|做了|做完了?|生产了|产出|产量|(?<!一)共|总共|一共|合计|完工|\breport(?:ed)?\b"
    r"|\bproduced\b|\bcompleted\b|\bfinished\b|\bmade\b|\bdone\b|\boutput\b|\btotal\b"
    rf"|{SHIFT}(?=\s*[:=]?\s*\d))"  # 白班50 夜班45: a shift's own count
)
_NUMTXT = rf"((?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[kw万千](?:\d(?!\d))?)?|{CN_NUMERAL})"
# Between a keyword and its figure: 数量, 的, 有, 一共 (合格的有110, 不合格的两个, 不良一共3个).
# A correction links the figure to what it names with a change verb: 不良改成2, 良品应该是9, scrap should be 2.
_CHANGE_LINK = (
    r"(?:要|应)?(?:改成|改为|改到|更正为|更正成|变成|变为|写成|应该是|应是|应为|实际是|其实是)"
    r"|should\s+be|is\s+now|(?:changed?\s+)?to\b|(?:is|was|are)\b"
)
_SEP = rf"\s*(?:qty|quantity|数量|数)?\s*的?\s*(?:[:=]|是|为|有|{_CHANGE_LINK})?\s*(?:一共|总共|共)?\s*"
_UNIT_OPT = rf"(?:\s*{_UNIT})?"


_KW = {"scrap": _SCRAP_KW, "good": _GOOD_KW, "total": _TOTAL_KW}
# "合格 18/20" is a ratio, not a count; "合格 18 / 报废 0" separates two figures with a slash.
# 做了两批 counts batches, not pieces: a figure before 批 / 次 / 趟 / 班 is none of the report's.
_FORWARD = {k: rx(rf"{kw}{_SEP}{_NUMTXT}(?![\d/])(?!\s*/\s*\d)(?!\s*[批次趟班]){_UNIT_OPT}") for k, kw in _KW.items()}
# A count that "is" good or bad (两个是废的, 3件都是坏的) reads number-first too.
# Between a count and what it is: 都 / 也 / 全 and 是 / 被 (49个都合格, 两个被车废了), were / are (2 were scrapped).
_IS = r"(?:\s*(?:是|被|给)|(?:都|也|全|全部)(?:是|被|给)?)?\s*(?:(?:were|are|was|got|have been|are all|were all)\s+)?"
# After a count, fine words say it is good too (其余58台没问题, 50个都正常).
_AFTER_KW = {**_KW, "good": rf"(?:{_GOOD_KW}|没问题|没毛病|正常|都好)"}
_REVERSE = {k: rx(rf"(?<![a-z0-9.\-/]){_NUMTXT}{_UNIT_OPT}{_IS}{kw}") for k, kw in _AFTER_KW.items()}
_SHIFT_LED = rx(rf"{SHIFT}\s*(?:的|里|里面)?\s*$")
_SHIFT_FIRST = rx(SHIFT)


def _pairs(text: str, slot: str) -> list[tuple[int, int, float]]:
    """(start, end, value) for `KW 480` forms."""
    return _hits(_FORWARD[slot], text)


def _pairs_rev(text: str, slot: str) -> list[tuple[int, int, float]]:
    """(start, end, value) for `480个 KW` / `480 good` forms."""
    return _hits(_REVERSE[slot], text)


def _hits(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, float]]:
    out = []
    for m in pattern.finditer(text):
        v = parse_number(m.group(1))
        if v is not None:
            out.append((m.start(), m.end(), float(v)))
    return out


def _mask(text: str, spans: list[tuple[int, int, float]]) -> str:
    chars = list(text)
    for s, e, _ in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


def _report_style(
    text: str, forward: bool
) -> tuple[dict[str, float], list[tuple[int, int, float]], int, list[tuple[int, int]]]:
    """Read `KW 480` pairs (forward) or `480 KW` pairs first, then fill missing slots the other way; also the
    spans of the total figure."""
    found: dict[str, float] = {}
    spans: list[tuple[int, int, float]] = []
    totals: list[tuple[int, int]] = []
    first_pass = 0
    for n_pass, finder in enumerate((_pairs, _pairs_rev) if forward else (_pairs_rev, _pairs)):
        if n_pass == 1:
            first_pass = len(found)
        for slot in ("scrap", "good", "total"):
            if slot in found:
                continue
            hits = finder(text, slot)
            if hits:
                taken = hits if _each_shift_led(text, hits) else hits[:1]
                found[slot] = sum(value for _, _, value in taken)
                spans.extend(taken)
                if slot == "total":
                    totals = [(start, end) for start, end, _ in taken]
                text = _mask(text, taken)
    return found, spans, first_pass, totals


def _each_shift_led(text: str, hits: list[tuple[int, int, float]]) -> bool:
    """Several figures for one slot, each led by its own shift or batch (夜班做了80个，早班做了40个; 一班合格40
    二班合格35): they are parts of one report and add up."""
    return len(hits) > 1 and all(
        _SHIFT_LED.search(text[max(0, start - 14) : start]) or _SHIFT_FIRST.match(text, start) for start, _, _ in hits
    )


# "其余都OK", "剩下的都是好的", "the rest are fine": good = total − scrap, which is the default; consumed so
# it is not taken for unexplained words.
_REST_GOOD = rx(
    r"(?:其余|其他|其它|剩下|剩余|别的)的?\s*(?:都|全|全部|也)?\s*(?:是|算)?\s*(?:ok|好的?|合格的?|良品|正常|没问题|fine|good)"
    r"|\b(?:the\s+)?rest\s+(?:are|is|were)?\s*(?:ok|fine|good)\b"
)


def _explicit(found: dict[str, float]) -> int:
    """How many figures a reading names outright (good, scrap), not through a total."""
    return ("good" in found) + ("scrap" in found)


@dataclass(frozen=True, slots=True)
class ReportFigures:
    """A report's figures; `made` is set (and `good` not) when a made figure and a scrap figure are given and
    nothing says whether the first includes the second (做了30个，坏了2个): the report is asked, never guessed."""

    good: int | float | None
    scrap: int | float | None
    made: int | float | None = None


def read_report(work: Work) -> ReportFigures:
    """The figures of 良品480 不良20 / 480 good 20 scrap / 完成500其中不良5 / 报工480 / 做了30个，坏了2个."""
    rest_good = False
    for m in _REST_GOOD.finditer(work.text):
        work.take(m.start(), m.end())
        rest_good = True
    text = work.text
    fwd, fwd_spans, fwd_first, fwd_totals = _report_style(text, forward=True)
    rev, rev_spans, rev_first, rev_totals = _report_style(text, forward=False)
    # "480 good 20 scrap" reads number-first; "good 480 scrap 20" keyword-first. A reading that finds more
    # explicit good / scrap figures wins first: in "交了八十件好的，废了三件" 80 is the good count, not only a total.
    use_rev = (_explicit(rev), rev_first, len(rev)) > (_explicit(fwd), fwd_first, len(fwd))
    found, spans, totals = (rev, rev_spans, rev_totals) if use_rev else (fwd, fwd_spans, fwd_totals)
    for s, e, _ in spans:
        work.take(s, e)
    good, scrap, total = found.get("good"), found.get("scrap"), found.get("total")
    if good is None and total is not None:
        said = scrap_inclusion(text, totals, total, scrap or 0, rest_good=rest_good)
        for s, e, _ in inclusion_cues(text) if scrap else []:
            work.take(s, e)  # 其中 / 另外: explained, not words left over
        if said == "unclear":
            return ReportFigures(None, to_plain(scrap or 0), to_plain(total))
        good = total - (scrap or 0) if said == "included" else total
    if good is None and scrap is None:
        # 报工 with a bare figure after it ("MO20261102 报工 480") was caught as total above; a
        # number with a unit and nothing else is the good quantity.
        q = extract_quantity(work)
        if q is not None:
            good = q
    return ReportFigures(None if good is None else to_plain(good), None if scrap is None else to_plain(scrap))


def extract_report(work: Work) -> tuple[int | float | None, int | float | None]:
    """(good_qty, scrap_qty) as `read_report` reads them; a made figure whose scrap may or may not be part of it
    is read as the total (good = made − scrap), for callers that cannot ask."""
    figures = read_report(work)
    if figures.made is not None and figures.scrap is not None:
        return to_plain(figures.made - figures.scrap), figures.scrap
    return figures.good, figures.scrap


_TOKEN_SPLIT = rx(r"[\s,;!?。、~:()\[\]【】\"'“”‘’<>《》|]+")


def material_phrase(work: Work) -> str | None:
    """What is left once every recognised span and filler word is gone: the thing the message names."""
    s = work.text
    for phrase in _FILLERS_BY_LENGTH:
        if phrase in s:
            s = s.replace(phrase, " ")
    tokens = [t.strip(EDGE_FILLER) for t in _TOKEN_SPLIT.split(s)]
    tokens = [t for t in tokens if t]
    # "check valve" is a product, not the verb "check".
    protected = {i for i, t in enumerate(tokens) if t == "check" and i + 1 < len(tokens) and tokens[i + 1] == "valve"}
    while tokens and tokens[0] in STOP_WORDS_EN and 0 not in protected:
        tokens.pop(0)
        protected = {i - 1 for i in protected}
    while tokens and tokens[-1] in STOP_WORDS_EN:
        tokens.pop()
    phrase = " ".join(tokens).strip(EDGE_FILLER)
    if not phrase or not re.search(r"[a-z0-9\u4e00-\u9fff]", phrase) or _LONE_CHARACTER.fullmatch(phrase):
        return None
    return phrase


# One Chinese character or one Latin letter left over (但, 问, the s of "shop's") names no catalogue item.
_LONE_CHARACTER = rx(r"[\u4e00-\u9fff]|[a-z]")


_FILLERS_BY_LENGTH = sorted(FILLER_PHRASES, key=len, reverse=True)
