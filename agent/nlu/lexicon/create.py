"""Create cues: verbs and phrases that make a production order, strong and weak, and the shape of a thing to make."""

from __future__ import annotations

from agent.nlu.lexicon.orders import ORDER_DAN
from agent.nlu.lexicon.units import COUNT_UNIT
from agent.nlu.rx import rx

__all__ = [
    "CODE_TOKEN", "CREATE_CUE", "CREATE_ORDER_PHRASE", "CREATE_VERB", "STRONG_CREATE", "UNIT_TAIL", "WANTED_BY",
]  # fmt: skip

# The verbs that make an order on their own (建立, 新建, 下单, 排产).
CREATE_VERB = r"建立|创建|新建|新增|新开|下单|开单|建单|排产"
# A verb + (one) + a classifier + an order noun makes an order: 开/建/下/排/补/加 (补一张生产单, 加个工单, 补单),
# and 来/录/出/提/起 only with a classifier (来一张工单, 录个生产单). 单 as in 单价 / 单位 is no order.
CREATE_ORDER_PHRASE = (
    rf"(?:新建|新开|另开|再开|重开|再建|再下|再补|[开建下排补加])(?:一)?[个张份笔]?(?:生产)?(?:订单|工单|单子|{ORDER_DAN})"
    rf"|(?:来|录|出|提|起)(?:一)?[个张份笔](?:生产)?(?:订单|工单|单子|{ORDER_DAN})"
)
# 开 + a quantity opens an order for that many (帮我开一千二, 开800个, 再开一张500的); never 开工 / 开一下 / 开一个会,
# nor a numbered shop or machine (开二车间, 开1号机).
OPEN_QTY = (
    r"开(?:一?[张个份笔])?\s*"
    r"(?=(?:\d|[二两三四五六七八九十百千]|一[十百千万二两三四五六七八九\d])"
    r"(?![\d一二两三四五六七八九十百千万]*\s*(?:号|车间|线|点|天|月|日|台机)))"
)
CREATE_CUE = rx(
    rf"{CREATE_ORDER_PHRASE}|{CREATE_VERB}|{OPEN_QTY}"
    r"|建(?:一)?[个张]?(?:生产)?(?:订单|工单|单)|开(?:一)?[个张]?(?:生产)?(?:订单|工单|单)"
    r"|下(?:一)?[个张]?(?:生产)?(?:订单|工单)|排个?单|安排生产|安排一?下生产|要生产|需要生产|生产订单"
    r"|投产|\bcreate\b|\bnew (?:production )?(?:order|mo)\b|\bmake\b|\bproduce\b|\bbuild\b|\bmanufacture\b"
    r"|\bschedule\b|\bopen (?:a |an )?(?:production )?order\b|\braise (?:a |an )?order\b|\bplace (?:a |an )?order\b"
    r"|(?<![完])生产(?![中了出完])|做(?![了完好])|加工(?=\s*\d)|来(?=\s*\d)|排(?=\s*\d)"
)
# Verbs that make an order whatever else the message says (weak ones like 做 / 来 need a thing and a count).
STRONG_CREATE = rx(
    rf"{CREATE_VERB}|排个?单|安排生产|投产"
    r"|\bcreate\b|\bnew (?:production )?(?:order|mo)\b"
    r"|\bmake\b|\bproduce\b|\bbuild\b|\bmanufacture\b|\bopen (?:a |an )?(?:production )?order\b|\braise\b|\bplace\b"
    r"|[开建下]一?[个张]?(?:生产)?(?:订单|工单|单)"
    rf"|{CREATE_ORDER_PHRASE}"
    # The thing between the verb and the order noun (排一张汽车转向节ZX-B2的单子); set up / put in an order.
    r"|[开建下排补]一[张个份笔][^,.;!?]{1,24}?的(?:生产)?(?:单子|订单|工单|生产单)"
    # without 一 (帮我开个S10A的生产订单, 开张GP-10生产单); not 下个月的订单, 补个报工单
    r"|[开建排补][张个份笔][^,.;!?]{1,24}?(?:的(?:生产)?(?:单子|订单|(?<!报)工单|生产单|单)|生产订单|生产单|(?<!报)工单)"
    r"|\b(?:set up|put in|book) (?:a |an )?(?:new )?(?:production )?(?:order|mo|job)\b"
)
# A code (hv-2050, m8x30) or a figure with its unit: what makes a bare thing and count a create.
CODE_TOKEN = rx(r"[a-z]+[\-.]?\d|\d[a-z]")
UNIT_TAIL = rx(rf"\d\s*(?:{COUNT_UNIT}|箱|pcs|pc|units?)|数量")

# An item wanted by a day (HSG80x300 下周五要, GP-25 月底要货, need HV-2050 by Friday): with no count and no order
# number, a planner's way of asking for it to be made (the quantity is asked).
WANTED_BY = rx(r"(?:要|需要|要货|交货?|出货)(?:吧|的|呢|啊)?\s*$|^\s*need\b|\bby\b")
