"""Fillers: words removed before the leftover text is taken as the material phrase, and the words a parse explains.

None of the multi-character phrases removed from the material phrase may occur inside a catalogue name or alias (a
test checks this against the demo catalogue).
"""

from __future__ import annotations

from agent.nlu.lexicon.change import CHANGE_CUE
from agent.nlu.lexicon.common import words
from agent.nlu.lexicon.create import CREATE_ORDER_PHRASE, CREATE_VERB
from agent.nlu.lexicon.inventory import SHIP_QUESTION
from agent.nlu.lexicon.orders import ACTION_WORDS, ORDER_CONDITION, ORDER_NOUN
from agent.nlu.lexicon.query import PAST_TIME, QUERY_CUE, REPORTED_SPEECH
from agent.nlu.lexicon.report import REPORT_CUE
from agent.nlu.rx import rx

__all__ = ["CUE_STRIP", "EDGE_FILLER", "EXPLAINED_WORDS", "FILLER_PHRASES", "STOP_WORDS_EN"]

# Removed from the leftover text before it is taken as the material phrase (longest first; the order of phrases of
# one length is kept).
FILLER_PHRASES: tuple[str, ...] = (
    *words("生产订单 生产工单 生产单 订单 工单 单子"),
    *words(CREATE_VERB, "|"),
    *words(
        "安排生产 安排一下生产 安排 需要生产 要生产 生产 投产 数量 交货期 交货 交期 交付 到期 截止 日期 之前 以前"
        " 已经 还有多少 还剩多少 剩下多少 剩多少 有多少 多少个 多少件 多少 库存量 库存数 现有量 现存量 存量"
        " 余量 结余 库存 存货 现货 仓库里 仓库 库里 在库 够不够 够用吗 够用 有没有货 有没有 有货 还有 还剩"
        " 查询 查一查 查一下 查查 查下 查看 看一下 看看 请问 问一下"
        # Asking whether something may be done (二车间可以开工吗): the modal names nothing.
        " 可不可以 能不能 可以 能否 想问下 帮我 帮忙 麻烦 请你 给我 我要 我想 需要 一下 现在 目前 当前"
        # Where and when the speaker stands, never a thing: in hand (手上, 手头上), now (眼下, 这会儿, 现阶段), us
        # (咱们, 我这边, 我们组) — "我们车间手上正在生产的工单" names no material.
        " 手头上 手头 手上 手里 手中 手边 眼下 眼前 当下 这会儿 这会 现阶段 这阶段 这阵子 这段时间 最近 近期"
        # On the floor (线上在做的单, 现场正在做的, 车间里在跑的): where work happens, not a thing.
        " 生产线上 产线上 线上 现场 车间里 我们组 咱们组 我们班 咱们班 班组 这边 那边 这里 咱们 我们 可用量"
        " 结存 情况 是多少 多少呢 呢 吗 嘛 吧 有哪些"
        # Negations before a state word (还没开工的单, 尚未下达): the state is read, the negation names nothing.
        " 还没有 还没 尚未 哪些 列表 清单 列出 状态 进度 一共 总共 一个 一张 pcs 所有 全部 两个 几个 这些"
        # Voice's hesitations before the thing named (嗯就是那个液压缸): a pointer, not a name.
        " 就是那个 就是这个 就那个"
        # The exact figure after asking around (问过了，准确是2400件): how it is known, not what it is.
        " 问过了 问过 准确的是 准确是 准确 具体的是 具体是 确切是 确切"
        # What the stock just shown is like (太少了 那个做五千个吧): a remark, not the thing to make.
        " 太少了 太少 不够了 不够 没多少了 不多了"
        # One more batch of the same (那再补一批吧，这个型号建单): what to make is the item pointed at, not these words.
        " 再补一批 补一批 再来一批 再做一批 再排一批"
        " 那些 现有 剩余 剩下 缺不缺 多不多 还有没有 缺料 缺货 物料 料号 型号 规格"
    ),
)

EDGE_FILLER = "嗯呃都我你您咱前后内够的了个张请要做建开下交在有是还剩共用把给再新来排查看找呢吗嘛吧啊呀哦,.;:!?~、。 \t"
STOP_WORDS_EN = frozenset(
    words(
        "please pls create new a an the production order orders mo for of make produce build manufacture schedule qty"
        " ok okay then alright"
        " quantity pcs pc units unit ea pieces sets due by on before how many much stock inventory do does we have has"
        " is are there in left check show me what whats level hand available to i want need can you could would open"
        " raise place with and it us our any some get find look up lookup current currently now stocked balance"
        " remaining qoh soh list which all job jobs status there's what's at thanks thank thx"
        # where stock is kept and the verbs around it ("how many … are in the warehouse")
        " warehouse store stores storage were was got still right more did that those these been being but not yet"
        # Function words around a list filter ("everything that's done", "still only created", "already released").
        " s only just already also so far ever really everything anything something stuff things ones one whatever who"
    )
)

# Cue words removed before the leftover text is taken as the thing a create, stock or list query names.
CUE_STRIP = rx(
    rf"{CREATE_ORDER_PHRASE}|"
    rf"[开建下排]一?[个张]?(?:生产)?(?:订单|工单|单子|单)|{CREATE_VERB}|安排生产|投产|生产订单|订单|工单|单子|要生产|需要生产|生产(?=\s|$|\d)|^\s*生产"
    r"|帮我|帮忙|麻烦|请|查询|查一下|查一查|查查|查下|查看|看一下|看看|查|列(?:一下|下|个|出)?|一下"
    # Asking for a list: a list verb, a measure and the list noun (拉个清单出来, 导一份列表给我, 有什么活).
    r"|[列拉导打出](?:一下|一?[个份张])?\s*(?:清单|列表|表格?|\blist\b|\bsheet\b)|出来|给我|有(?:什么|啥)|什么|啥"
    # Measure-word phrases that count orders, not things (几张, 这几笔, 那批): 几/这/那 + a classifier.
    r"|[这那哪]?几?(?<![\d])[张笔批份条](?=\s*(?:单|订单|工单|$))|[这那哪]?几[张笔批份条个]"
    rf"|{ORDER_NOUN}"
    # Who asked and when it was, never a thing: 老大问 / 客户说 / 领导让我 (reported speech), 昨天 / 刚才 (a past time).
    rf"|{REPORTED_SPEECH}|{PAST_TIME}|{SHIP_QUESTION}|{ORDER_CONDITION}"
)
# Words a change or report explains: what remains beyond them is a sign the parse is partial.
EXPLAINED_WORDS = rx(
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
