"""Order cues: the order number, the order nouns, state changes (actions), states (statuses) and conditions."""

from __future__ import annotations

import re

from agent.nlu.rx import rx

__all__ = [
    "ACTION_ANY",
    "ACTION_STATUS",
    "ACTION_WORDS",
    "COMMANDED_ACTION",
    "DESCRIBED",
    "ORDER_CONDITION",
    "ORDER_DAN",
    "ORDER_NO",
    "ORDER_NOUN",
    "ORDER_NOUN_DAN",
    "ORDER_WORD",
    "OVERDUE",
    "REQUESTED_ACTION",
    "STATUS_WORDS",
    "own_order",
]

# MO20261102, mo-20261102, P20250401 (K/3 bill numbers); the digits are kept, the prefix upper-cased.
ORDER_NO = rx(r"(?<![a-z0-9])(mo|p)[\s\-_]?(\d{6,12})(?![\d])")
# 单 alone is the order noun after a modifier (到期的单, 已完工的单, 这几张单, 哪些单), never inside
# 单位 / 单价 / 单据 / 单向阀 / 单号 or a create verb (下单, 建单, 开单 are cues, not nouns).
# 活 / 活儿 is the shop floor's word for jobs after a question or modifier (有什么活, 手上的活儿), not in 活动 / 灵活.
ORDER_DAN = r"单(?![位价据元向独号车件层])"
ORDER_NOUN_DAN = rf"(?<=[的这那哪些几批张笔个啥么有]){ORDER_DAN}"
ORDER_NOUN = rf"{ORDER_NOUN_DAN}|(?<=[么啥些的])活儿?(?![动力性泼跃])"
# MO before a Chinese word is a topic said in passing (MO的事回头说), not an order asked about.
ORDER_WORD = rx(
    rf"订单|工单|单子|生产单|{ORDER_NOUN}|\borders?\b|\bmos?(?![a-z0-9\u4e00-\u9fff])|\bjobs?\b|\bwork orders?\b"
    r"|\bstill open\b"  # what's still open in machining 1: the orders not closed
)

# State changes on an order (change_order `action`). Order matters: longer phrases first.
# A verb-object word may take 个 / 一下 / 下 / 了 between its parts (结个案, 关一下单, 停下工, 开了工).
_SPLIT = r"(?:个|一下|下|了)?"
ACTION_WORDS: list[tuple[re.Pattern[str], str]] = [
    # Verb families, not phrase lists: 复/恢复 + 工/产/线/机 (复工, 复产), 停 + 工/机/线/产 (停机, 停线),
    # 重新/继续/接着 + a start verb; the English verbs in their inflected forms.
    (
        rx(
            rf"(?:恢复|复){_SPLIT}(?:生产|工|产|线|机|做)|恢复|重新(?:开工|开机|生产|上线|开始|开起来|启动|做|干|弄)|重启"
            r"|继续(?:生产|做|干|开工)?|接着(?:做|干|生产|弄|搞)|解除(?:暂停|挂起|搁置)|取消暂停"
            r"|\bresum(?:e|ed|ing)\b|\brestart(?:ed)?\b|\bunpause[d]?\b|\bcontinue[d]?\b|\boff hold\b|\bun-?hold\b"
        ),
        "resume",
    ),
    (
        rx(
            # 停 + a work noun or a softener (停工, 停一停, 先停了), and putting work aside for now: 搁置, 放一放,
            # 缓一缓, 先别做了 (a pause, not a cancel: the order stays).
            rf"暂停|挂起|停{_SPLIT}(?:工|机|线|产)|停(?:掉|下来?|一下|一停|停|了)|先停|叫停"
            r"|搁置|搁一?搁|先搁|放一?放|先放着|缓一?缓|先缓|(?:先|暂时|暂且)(?:别|不要|不)(?:做|干|生产|弄|搞)了?"
            r"|\bpause[d]?\b|\bon hold\b|\bhold\b|\bsuspend(?:ed)?\b|\bstop(?:ped)?\b|\bhalt(?:ed)?\b|\bfreeze\b"
        ),
        "pause",
    ),
    (
        rx(rf"结{_SPLIT}案|关{_SPLIT}单|关闭|关掉|关了|结{_SPLIT}单|完结|\bclose[d]?\b|取消(?:生产)?订单|作废"),
        "close",
    ),
    (
        rx(
            rf"完{_SPLIT}工(?!日期|时间|日|期)|[做干弄]完了?|生产完成|\bfinish(?:ed)?\b|\bcomplete(?:d)?\b|标记完成|完成(?!率)"
            r"|\bmark(?:ed)?\s+(?:it\s+|as\s+|it\s+as\s+)?done\b"
        ),
        "finish",
    ),
    (
        rx(
            rf"开{_SPLIT}工|开始(?:生产|做|干)|投产|上线|上机|开始|开干|开机"
            r"|\bstart(?:ed)?\b|\bbegin\b|\bkick ?off\b|\blaunch(?:ed)?\b"
        ),
        "start",
    ),
    # 下达 and its synonyms: hand the order to the floor (下发, 放行, 发到车间, 发下去).
    (
        rx(
            r"下达|下发|发布|审核|放行|发(?:到|去|给)(?:车间|产线|线上|现场)|发下去"
            # Letting it go to the floor: 放下去, 放出去, 可以放了, 放单 (先放着 / 放一放 is a pause).
            r"|放(?:下去|出去)|(?:可以|能|赶紧|马上|现在)放了|放单"
            r"|\brelease[d]?\b|\bissue[d]?\b|\bapprove[d]?\b"
        ),
        "release",
    ),
]
# Order states for query filters (query_order `status`). A state is said as a done word (已下达, 完工的), a
# progressive (开工中, 在加工, 正在生产, 还在跑, in progress), a waiting word (待下达 → created, 待开工 → released) or
# a negated later state (未完工 / 没做完 → started, 未下达 → created). Leftmost wins, so a negation (未完工) is read
# before the state inside it (完工).
_WORK = r"(?:做|干|生产|加工|跑|执行|制|产|弄)"
STATUS_WORDS: list[tuple[re.Pattern[str], str]] = [
    (
        rx(r"已结案|结案(?:了)?的|结案了|已关闭|已经?关(?:掉|闭)?|关闭(?:了)?的|关闭了|关掉(?:了)?的|\bclosed\b"),
        "closed",
    ),
    (
        rx(
            r"(?:未|没|没有|还没有?|尚未)(?:完工|完成|做完|干完|生产完|弄完)|(?:未|没)结案"
            r"|\bnot (?:yet )?(?:finished|done|completed)\b|\bunfinished\b"
        ),
        "started",
    ),
    (
        rx(
            r"已完工|完工(?:了)?的|完工了|已完成|完成了的|完成的|已经?(?:做|干|生产)完|(?:做|干|生产)完(?:了)?的"
            r"|\bfinished\b|\bcompleted\b|\bdone\b"
        ),
        "finished",
    ),
    (
        rx(
            rf"已开工|开工(?:了)?的|开工了|开工中|在制|在产|(?:生产|加工|执行|进行|制造|施工)中|(?:正在|还在|仍在|在){_WORK}"
            r"|\bstarted\b|\bin progress\b|\bwip\b|\brunning\b|\bongoing\b|\bin production\b|\bunder ?way\b"
            r"|\bstill on\b(?!\s+(?:hold|track|schedule|time))"
        ),
        "started",
    ),
    (
        rx(
            r"已下达|下达(?:了)?的|下达了|已经?下发|下发(?:了)?的|待开工|等待开工|(?:未|没|没有|还没有?|尚未)开工"
            r"|\breleased\b|\bnot (?:yet )?started\b"
        ),
        "released",
    ),
    (
        rx(
            # 新建 as a state (新建状态, 状态是新建, 还在新建), not the create verb (新建一张, 新建订单).
            r"未下达|没下达|还没下达|尚未下达|待下达|待审核|计划中|计划状态|新建的|刚建的|新建状态|新建态|草稿"
            r"|(?:状态|处于|还在|仍在|仍是|还是|停在)\s*(?:是|为)?\s*新建(?![一个张订工生单])"
            r"|\bcreated\b|\bplanned\b|\bnot (?:yet )?released\b|\bunreleased\b|\bdrafts?\b"
            r"|\bin (?:the )?new (?:status|state)\b"
        ),
        "created",
    ),
]
# How orders stand that no contract state names (卡住了, 逾期的, 快到期, 有问题的): they describe orders, never a thing.
# Late against the due date (逾期的单, which orders are overdue): the one condition a list query filters on.
OVERDUE = r"拖期|逾期|超期|延误|过了交期|误期|\boverdue\b|\blate\b|past due"
ORDER_CONDITION = r"卡住|卡着|停着|拖期|逾期|超期|延误|快到期|要到期|异常|有问题|出问题|\boverdue\b|\blate\b|\bstuck\b"
# resume it", "能开工了吧，开工吧"): please / go ahead and before the verb, or 吧 after it. A command wins over the
# state reported as context ("已經完工入庫了，請幫忙關閉", "已经开工了，先暂停一下", "started yesterday but please put
# it on hold"): a request word (请, 麻烦, 帮忙, 先, 需要, 可以 … not asked as a question) a few words before the verb.
ACTION_ANY = "|".join(f"(?:{p.pattern})" for p, _ in ACTION_WORDS)
_REQUEST_LEAD = (
    r"请|麻烦|帮忙|帮我|给我|需要|先|直接|马上|赶紧|立即|立刻|(?<![不否])可以|点一下|把单|把它"
    r"|\bplease|\bpls|\bgo ahead and|\bjust|\bcan you|\bcould you|\bneed to|\blet'?s"
)
# An English imperative on the order just talked about opens the message (release it, ok close that one).
COMMANDED_ACTION = rx(
    rf"(?:\bplease|\bpls|\bgo ahead and|\bjust)\s+(?:{ACTION_ANY})|(?:{ACTION_ANY})\s*(?:了|掉|起来)?吧(?!\s*[?吗么])"
    r"|^\s*(?:(?:ok|okay|then|now|so|right)[,\s]+)?(?:release|start|finish|close|pause|resume|hold)\s+"
    r"(?:it|that|this|that\s+one|this\s+one|the\s+order)\b(?!.*\?)"
    # a state word standing alone as the last clause, after what is said of the order (1126 完工了，关单)
    rf"|[,;]\s*(?:{ACTION_ANY})\s*(?:吧|掉吧?)?\s*[.!]?\s*$"
)
REQUESTED_ACTION = rx(rf"(?:{_REQUEST_LEAD})[^,;.!?\d]{{0,8}}?(?:{ACTION_ANY})(?![^,;.!?]*(?:吗|么|\?))")
# An action word said of orders (暂停的订单, 已经放行的单, orders on hold): it describes them and changes nothing.
# Its state filters a list where the contract has one (放行的 → released); pause / resume have none.
DESCRIBED = rx(
    rf"(?:已经?|还在|正在|被)?(?P<act>{ACTION_ANY})(?:了|过|掉|着|中)?的\s*(?:生产单|订单|工单|单子|单|活儿?|\borders?\b)"
    r"|\b(?:orders?|jobs?|what'?s|what is|what are|which are|anything|everything)\s+"
    r"(?:(?:are|is|that are)\s+)?(?:still\s+)?(?P<en>on hold|paused|suspended|stopped|halted|frozen)\b"
)
ACTION_STATUS = {"release": "released", "start": "started", "finish": "finished", "close": "closed"}


def own_order(order: str) -> re.Pattern[str]:
    """The card's order said in full (MO20261125, mo 20261125) or by its short number (1125), standing alone."""
    digits = order.lower().removeprefix("mo")
    return rx(rf"(?<![\d])(?:mo\s*)?(?:{re.escape(digits)}|{re.escape(digits[-4:])})(?![\d])")
