"""Reply words: yes, no and hello as whole messages, the reply grammars for what word lists cannot enumerate, an
approver's decision words, and the denials that keep a message from reading as a yes."""

from __future__ import annotations

import re

from agent.nlu.lexicon.common import INTERJECTION, THIS_ONE, words
from agent.nlu.rx import rx

__all__ = [
    "APPROVE_WORDS",
    "CANCEL_EXACT",
    "CANCEL_RE",
    "CARD_CONFIRM",
    "CARD_NOUNS",
    "CARD_POINTER",
    "CONFIRM_EXACT",
    "CONFIRM_RE",
    "CONSENT_ONLY",
    "DENIAL",
    "GREETING_EXACT",
    "GREETING_RE",
    "LEADING_GREETING",
    "NOT_DENIAL",
    "POLITE_TAIL",
    "REJECT_WORDS",
    "WITHDRAW_EXAMPLES",
    "WITHDRAW_WORD",
]

# Whole-message replies (after punctuation and polite tails are stripped), "|"-separated.
CONFIRM_EXACT = frozenset(
    words(
        "确认|确定|确认无误|好的|好|好滴|好嘞|好啊|好吧|ok|okay|okk|ok了|yes|y|yep|yeah|sure|对|对的|是|是的"
        "|没问题|可以|行|行的|嗯|嗯嗯|嗯呢|同意|提交|确认提交|就这样|就这么办|没错|confirm|confirmed|go ahead"
        "|go|do it|approve|批准|通过|执行|确认执行|👍|对的没错|ok确认|确认下单|确定下单|好的确认"
        # Chat approvals: slang, emoji and English shorthand.
        "|没毛病|妥|妥了|妥妥的|稳|可|中|得嘞|yup|yea|ya|alright|all right|lgtm|👌|✅|🆗|✔"
        # Go-aheads (走起, 搞起, send it, go for it). An acknowledgement alone (收到, 了解, noted) is no consent to a
        # write; next to a reply word it is manners (好的收到, 收到，确认).
        "|走起|走你|搞起|整起|冲|send it|ship it|go for it|let's go|lets go|proceed|submit",
        "|",
    )
)
CANCEL_EXACT = frozenset(
    words(
        "取消|算了|不要了|不用了|不做了|别做了|撤销|撤回|放弃|不要|不用|不|否|no|nope|n|cancel|cancel it"
        "|never mind|nevermind|nvm|nah|no thanks|no thank you|forget it|stop|abort|不对|不行|不了|先不要了"
        "|先不用了|取消吧|算了吧|那算了|不要了谢谢|拒绝|reject|驳回|取消操作|取消这个|别弄了|不需要了|打住"
        "|no need|don't bother|dont bother|❌|✖|🙅|作废",
        "|",
    )
)
GREETING_EXACT = frozenset(
    words("你好|您好|hi|hello|hey|在吗|在不在|在么|早|早上好|下午好|晚上好|哈喽|嗨|你好啊|hi there|good morning", "|")
)

# A yes that names only the waiting card, however long after (刚才那个报工确认一下, 上面的确认, 那个单子ok):
# a confirm word, and besides it only words that point at the card, the noun of its intent, and a tail.
CARD_CONFIRM = rx(r"确认|确定|\bok\b|\bokay\b|\bconfirm\b")
CARD_POINTER = rx(
    # 就按刚才说的, 照之前的来: go by what was said before (the card), not a new request
    r"(?:那?就)?(?:按|照|依)着?(?:刚才|刚刚|之前|先前|上面|前面|原来)(?:说|讲|定)?的?(?:那样|那个)?(?:来|办|做|弄|改)?"
    r"|刚才|刚刚|之前|先前|上面|前面|上边|上一?[个条张单笔份]|[这那](?:一)?(?:个|张|条|单|笔|份)?|的"
    r"|一下|下|吧|了|呗|啊|哈|啦|呀|[\s,，。.!！~]"
    r"|^(?:行|好的?|对的?|嗯+|可以|没问题)"  # 行 刚才那个单子确认吧: a consent word before it
    # 我是1125那个，确认 / 我点错了，我的1102确认: whose card it is, a click said to be a slip (the order read apart)
    r"|我(?:是|的)?|(?:我)?(?:点|按)错了?"
)
CARD_NOUNS = {
    "report_output": rx(r"报工单?|报产量?|报数|报工记录"),
    "create_order": rx(r"(?:生产)?订单|工单|生产单|单子|新建|建单|开单|下单"),
    "change_order": rx(r"(?:生产)?订单|工单|单子|修改|改动|变更|改?(?:交期|交货期|完工日期?|数量|车间)|改"),
}

# Reply grammars for what the word lists cannot enumerate (matched against whole message parts):
# confirm = "go by this" (就按这个来, 照这样办, 按你说的做) or a commit verb said as a go-ahead (提交吧);
# cancel = a negated commit verb (先别提交了, 不要下单了, 甭弄了) or "this one" + a cancel word (这单不要了,
# 刚才那个取消吧). Whole-part matches only, so "别提交MO20261107的报工" is never taken for a reply.
_COMMIT_VERB = (
    r"(?:提交|下单|下|建|开|做|执行|弄|确认|搞|处理|生产|改|动|继续|办|报|送出|发送|发|送|交)(?:上去|出去|过去)?"
)
# Sending the proposal on (送出, 提交上去, 发出去, 交了吧): a long verb alone, a short one with a direction or a
# particle.
_SEND = (
    r"(?:(?:提交|送出|发送|发出|递交|上报)(?:上去|出去|过去)?|(?:交|发|送|报)(?:上去|出去|过去)"
    r"|(?:交|发|送)了?(?=吧|呗|啦))"
)
CONFIRM_RE = rx(
    rf"(?:好的?|行|可以|ok|嗯)?(?:那?就)?(?:按|照|依)着?(?:{THIS_ONE}|这样|你说的|方案|它|上面的?|刚才的?)(?:的)?"
    rf"(?:{_COMMIT_VERB}|来|走)?(?:吧|了|呗)*"
    rf"|(?:那?就)?(?:这样|这么)(?:办|做|弄|定|来|走)?(?:了|吧)*|就(?:这个|它|这张|这单)(?:了|吧)*"
    rf"|(?:可以|没问题|行|好|好嘞|ok)?(?:的)?(?:,)?(?:提交|执行|下单|确认|批|搞|弄|发|办|整|干|上)(?:吧|了|呗)+"
    rf"|(?:确认|确定|可以|没问题|行|好的?|ok|对)?(?:的)?(?:,)?(?:就)?{_SEND}(?:吧|了|呗|啦)*"
    r"|(?:yes|ok|okay|sure|yep)?\s*"
    r"(?:go ahead|proceed|submit(?: it)?|looks good|sounds good|that'?s (?:right|correct|fine))"
    r"(?: please| pls| thanks)?"
)
CANCEL_RE = rx(
    rf"(?:{THIS_ONE})?(?:先|暂时|暂且|还是|那|那就|就)?(?:别|不要|不用|甭|先不|暂不|不必|无需|不想|不)(?:再)?{_COMMIT_VERB}"
    r"(?:了|吧|啦|啊|这个|这单)*"
    rf"|(?:{THIS_ONE})(?:就|先|也)?(?:不要了?|不用了?|不做了|不下了|取消(?:掉)?|算了|作废|撤回|撤销|撤了|删了|删掉)(?:吧|了|啦)*"
    # A cancel word on its own, softened (还是算了, 先不用, 取消掉, 撤了吧), and 停停停.
    r"|(?:先|暂时|还是|那|那就|就)?(?:算了|不用|不要|不需要|不必|取消掉?|撤了|撤掉|撤回|作废)(?:了|吧|啦)*|停{2,}"
    r"|(?:no|don'?t|do not)\s*(?:submit|do it|proceed|go ahead)(?: it)?|hold off|scratch that|not now"
    # An English cancel verb on "that / this / it" (cancel that, drop this one, forget all that, undo it).
    r"|(?:please\s+)?(?:cancel|scrap|drop|forget|undo|discard|ditch|kill|abort|withdraw|never ?mind)\s+"
    r"(?:(?:all|about)\s+)?(?:that|this|it)(?:\s+one)?"
)
# A greeting in any of its chat shapes: a greeting word, sentence particles (你好呀, 您好哇, hi~), and the bot
# or the room addressed before or after it (助手你好, 你好 K3助手, hi bot, hello everyone).
_GREET_WORD = (
    r"(?:你好|您好|你们好|大家好|哈喽|哈啰|嗨喽|嗨|早上好|上午好|中午好|下午好|晚上好|早安|午安|早|在吗|在不在|在么|在嘛"
    r"|hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|morning)"
)
_GREET_PARTICLE = r"(?:呀|啊|哇|哈|呐|哦|喔|噢|啦|嘛|呢|~|!)*"
_ADDRESSEE = r"(?:(?:dingk3|k3)?\s*(?:小?助手|机器人)|dingk3|k3|bot|there|all|everyone|guys|team|各位|大家|老师)"
GREETING_RE = rx(rf"(?:{_ADDRESSEE}\s*)?(?:{_GREET_WORD}{_GREET_PARTICLE}\s*)+(?:{_ADDRESSEE}{_GREET_PARTICLE})?")
# Polite tails, and leading particles and interjections (哎不要了不要了, oh, cancel it), peeled one at a time.
POLITE_TAIL = rx(
    r"(?:吧|啊|呀|了|哈|哦|噢|呢|的|谢谢|谢了|麻烦了|辛苦了|收到|thanks|thank you|thx|please|pls|🙏|!|\.|。|,|~|…)+$"
    rf"|^(?:那就|那|就|嗯|好的,|收到,|🙏|{INTERJECTION}[\s,~!.…]*)"
    # "not yet" said to someone else in the room before the reply (没呢 确认, 还没呢，取消): the answer to them, closed
    # by 呢 and a break; 还没确认 (not confirmed yet) keeps its 没
    r"|^(?:还)?没有?呢[\s,~!.…]+(?=\S)"
)
# A greeting before a request ("你好，帮我查下库存", "hi, make 300 GP-10") is manners, not a material.
LEADING_GREETING = rx(rf"^(?:{GREETING_RE.pattern})[\s,.;:!?~]+(?=\S)")

# An approver's decision words (同意 / 驳回); ok / 好的 / 确认 are a requester's confirmation, never an approval.
APPROVE_WORDS = ("同意", "批准", "通过", "approved", "approve")
REJECT_WORDS = ("不同意", "不批准", "驳回", "拒绝", "rejected", "reject")
# A requester's yes: an approver who says only this is reminded of the decision words, nothing is approved.
CONSENT_ONLY = re.compile(r"^\s*(?:ok|okay|好的?|好吧|确认|确定|可以|行|嗯|yes)\s*[。.!！~～]?\s*$", re.I)

# A message that denies something is never a yes recognised by likeness, and one that denies nothing never a cancel.
DENIAL = rx(
    r"不|没|别|否|甭|免|罢|停|撤|算了|取消|\bno\b|\bnope\b|\bnah\b|\bnot\b|n't|\bnever\b|cancel|drop|forget|scrap"
    r"|\bstop\b|\bhold\b|\bwait\b|\bnvm\b"
)
NOT_DENIAL = rx(r"没问题|没毛病|没事|不错|不客气|no problem|no worries")  # a yes that says 没 / no
# Taking back a request already sent (刚才1122那个改数量的申请撤回，客户改主意了; withdraw it): with nothing else of a
# request beside it (no other order, no figure), the waiting card or approval is withdrawn, whatever reason follows.
WITHDRAW_WORD = rx(r"撤回|撤销|撤掉|撤了|收回|\bwithdraw(?:n)?\b")  # (车间不用改了 keeps a field: agent.nlu.card_keeps)
WITHDRAW_EXAMPLES: tuple[tuple[str, bool], ...] = (  # (message on a card of MO20261122, withdraws it)
    ("刚才1122那个改数量的申请撤回，客户改主意了", True), ("申请撤回", True), ("withdraw the 1122 change please", True),
    ("车间不用改了", False),
    ("撤回 改成200吧", False), ("1123也撤回", False), ("MO20261123 的申请撤回", False),
)  # fmt: skip
