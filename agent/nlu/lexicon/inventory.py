"""Stock cues: how much is left, whether it can ship, the store as a place."""

from __future__ import annotations

from agent.nlu.rx import rx

__all__ = ["INVENTORY_CUE", "SHIP_QUESTION", "STOCK_AMOUNT", "STOCK_PLACE", "STRONG_INVENTORY"]

# How much is left / on hand: (还|现在)? + 剩/有/存/剩下/剩余 + 多少/几 (还剩几个, 现在有几台), and the
# nouns for an amount in stock (现有量, 存量, 余量, 结余).
STOCK_AMOUNT = (
    r"(?:还|现在|目前|仓库里?)?(?:剩下|剩余|剩|有|存)(?:多少|几)"
    r"|现有量|现存量?|存量|余量|结余|库存数|\bwarehouse\b|\bon stock\b|\bleft over\b"
)
# Whether an item can ship now (还能不能发货, 能出货吗, 发得出来吗, can we ship): a question about stock.
SHIP_QUESTION = (
    r"(?:还)?(?:能不能|能否|可不可以|能|可以)(?:发|出)货|发得(?:出|了)(?:货|来)?|出得了货|够(?:不够)?发(?:货)?"
    r"|\bcan (?:we|i|u|you) ship\b|\bready to ship\b"
)
INVENTORY_CUE = rx(
    r"库存|存货|现货|库里|仓库|在库|还有多少|还剩多少|剩多少|有多少|剩下多少|多少个|多少件|多少库|够不够|够用|有没有货|有货|缺货|缺料"
    # Is there any left / enough, asked as a yes-no or A-not-A question (还有吗, 还有没有, 缺不缺, 剩的多不多).
    r"|还有(?:没有|吗|么|不|没)|缺(?:不|没)缺|缺(?:吗|么)|够(?:吗|么|不)|剩(?:的|下的|余的)?(?:多不多|还多吗)"
    rf"|{STOCK_AMOUNT}|{SHIP_QUESTION}"
    r"|可用量|结存|\bstock\b|\binventory\b|\bon hand\b|\bin stock\b|\bavailable\b|\bhow many\b|\bhow much\b"
    r"|\bleft\b|\bqty on hand\b|\bsoh\b"
)
# Words that ask about stock on their own, whatever else the message says.
STRONG_INVENTORY = rx(
    r"库存|存货|现货|在库|库里|仓库|够不够|够用|有没有货|有货|缺货|缺料|可用量|结存|现有量|现存|存量|余量|结余"
    r"|\bstock\b|\binventory\b|\bon hand\b|\bsoh\b|\bwarehouse\b"
    rf"|{SHIP_QUESTION}"
)
# The store as a place (仓库的门锁坏了): stock words only when something is asked about it.
STOCK_PLACE = rx(r"仓库里?|库里|在库|\bwarehouse\b")
