"""Vocabulary of the rules backend: order numbers, intent cues, actions, statuses, workshops (data only).

All patterns run on text already passed through `tools.text.normalize` (lower case, simplified,
half-width). None of the multi-character phrases removed from the material phrase may occur
inside a catalogue name or alias (a test checks this against the demo catalogue).
"""

from __future__ import annotations

import re

from agent.nlu.rx import rx

__all__ = [
    "ACTION_WORDS",
    "BARE_CHANGE_VERB",
    "BATCH",
    "BOT_CAPABILITY",
    "BOT_HELP",
    "BOT_QUESTION_EN",
    "BOT_SELF",
    "BOT_TOPIC",
    "CANCEL_ASIDE_RE",
    "CANCEL_EXACT",
    "CANCEL_RE",
    "CHANGE_CUE",
    "CHANGE_FIELDS",
    "CONFIRM_EXACT",
    "CONFIRM_RE",
    "CREATE_CUE",
    "CREATE_ORDER_PHRASE",
    "DELIVERED",
    "EDGE_FILLER",
    "FIELD_CHANGE_VERB",
    "FILLER_PHRASES",
    "GREETING_EXACT",
    "GREETING_RE",
    "HELP_CUE",
    "HOW_TO",
    "HOW_TO_WORDS",
    "INTERJECTION",
    "INVENTORY_CUE",
    "MISTAKE_RE",
    "NOVICE",
    "ORDER_CONDITION",
    "ORDER_NO",
    "ORDER_NOUN",
    "ORDER_WORD",
    "OWN_WORKSHOP",
    "PAST_TIME",
    "PRODUCED_VERB",
    "QUERY_CUE",
    "REPORTED_SPEECH",
    "REPORT_CUE",
    "REPORT_FIGURE",
    "SHIFT",
    "SHIP_QUESTION",
    "SPOIL_VERB",
    "STATUS_WORDS",
    "STOCK_AMOUNT",
    "STOP_WORDS_EN",
    "WORKSHOP_CODE",
    "WORKSHOP_GENERIC",
    "WORKSHOP_STEM",
]

# MO20261102, mo-20261102, P20250401 (K/3 bill numbers); the digits are kept, the prefix upper-cased.
ORDER_NO = rx(r"(?<![a-z0-9])(mo|p)[\s\-_]?(\d{6,12})(?![\d])")

# Whole-message replies (after punctuation and polite tails are stripped).
CONFIRM_EXACT = {
    "确认",
    "确定",
    "确认无误",
    "好的",
    "好",
    "好滴",
    "好嘞",
    "好啊",
    "好吧",
    "ok",
    "okay",
    "okk",
    "ok了",
    "yes",
    "y",
    "yep",
    "yeah",
    "sure",
    "对",
    "对的",
    "是",
    "是的",
    "没问题",
    "可以",
    "行",
    "行的",
    "嗯",
    "嗯嗯",
    "嗯呢",
    "同意",
    "提交",
    "确认提交",
    "就这样",
    "就这么办",
    "没错",
    "confirm",
    "confirmed",
    "go ahead",
    "go",
    "do it",
    "approve",
    "批准",
    "通过",
    "执行",
    "确认执行",
    "👍",
    "对的没错",
    "ok确认",
    "确认下单",
    "确定下单",
    "好的确认",
    # Chat approvals: slang, emoji and English shorthand.
    "没毛病",
    "妥",
    "妥了",
    "妥妥的",
    "稳",
    "可",
    "中",
    "得嘞",
    "yup",
    "yea",
    "ya",
    "alright",
    "all right",
    "lgtm",
    "👌",
    "✅",
    "🆗",
    "✔",
    # Go-aheads (走起, 搞起, send it, go for it). An acknowledgement alone (收到, 了解, noted) is no consent to a write;
    # next to a reply word it is manners (好的收到, 收到，确认).
    "走起",
    "走你",
    "搞起",
    "整起",
    "冲",
    "send it",
    "ship it",
    "go for it",
    "let's go",
    "lets go",
    "proceed",
    "submit",
}
CANCEL_EXACT = {
    "取消",
    "算了",
    "不要了",
    "不用了",
    "不做了",
    "别做了",
    "撤销",
    "撤回",
    "放弃",
    "不要",
    "不用",
    "不",
    "否",
    "no",
    "nope",
    "n",
    "cancel",
    "cancel it",
    "never mind",
    "nevermind",
    "nvm",
    "nah",
    "no thanks",
    "no thank you",
    "forget it",
    "stop",
    "abort",
    "不对",
    "不行",
    "不了",
    "先不要了",
    "先不用了",
    "取消吧",
    "算了吧",
    "那算了",
    "不要了谢谢",
    "拒绝",
    "reject",
    "驳回",
    "取消操作",
    "取消这个",
    "别弄了",
    "不需要了",
    "打住",
    "no need",
    "don't bother",
    "dont bother",
    "❌",
    "✖",
    "🙅",
    "作废",
}
# Reply grammars for what the word lists cannot enumerate (matched against whole message parts):
# confirm = "go by this" (就按这个来, 照这样办, 按你说的做) or a commit verb said as a go-ahead (提交吧);
# cancel = a negated commit verb (先别提交了, 不要下单了, 甭弄了) or "this one" + a cancel word (这单不要了,
# 刚才那个取消吧). Whole-part matches only, so "别提交MO20261107的报工" is never taken for a reply.
_THIS = r"(?:这|那|刚才那?|上面那?|前面那?)(?:一)?(?:个|单|张|笔|条|份)?(?:单子?|订单|工单)?"
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
    rf"(?:好的?|行|可以|ok|嗯)?(?:那?就)?(?:按|照|依)着?(?:{_THIS}|这样|你说的|方案|它|上面的?|刚才的?)(?:的)?"
    rf"(?:{_COMMIT_VERB}|来|走)?(?:吧|了|呗)*"
    rf"|(?:那?就)?(?:这样|这么)(?:办|做|弄|定|来|走)?(?:了|吧)*|就(?:这个|它|这张|这单)(?:了|吧)*"
    rf"|(?:可以|没问题|行|好|好嘞|ok)?(?:的)?(?:,)?(?:提交|执行|下单|确认|批|搞|弄|发|办|整|干|上)(?:吧|了|呗)+"
    rf"|(?:确认|确定|可以|没问题|行|好的?|ok|对)?(?:的)?(?:,)?(?:就)?{_SEND}(?:吧|了|呗|啦)*"
    r"|(?:yes|ok|okay|sure|yep)?\s*"
    r"(?:go ahead|proceed|submit(?: it)?|looks good|sounds good|that'?s (?:right|correct|fine))"
    r"(?: please| pls| thanks)?"
)
CANCEL_RE = rx(
    rf"(?:{_THIS})?(?:先|暂时|暂且|还是|那|那就|就)?(?:别|不要|不用|甭|先不|暂不|不必|无需|不想|不)(?:再)?{_COMMIT_VERB}"
    r"(?:了|吧|啦|啊|这个|这单)*"
    rf"|(?:{_THIS})(?:就|先|也)?(?:不要了?|不用了?|不做了|不下了|取消(?:掉)?|算了|作废|撤回|撤销|撤了|删了|删掉)(?:吧|了|啦)*"
    # A cancel word on its own, softened (还是算了, 先不用, 取消掉, 撤了吧), and 停停停.
    r"|(?:先|暂时|还是|那|那就|就)?(?:算了|不用|不要|不需要|不必|取消掉?|撤了|撤掉|撤回|作废)(?:了|吧|啦)*|停{2,}"
    r"|(?:no|don'?t|do not)\s*(?:submit|do it|proceed|go ahead)(?: it)?|hold off|scratch that|not now"
    # An English cancel verb on "that / this / it" (cancel that, drop this one, forget all that, undo it).
    r"|(?:please\s+)?(?:cancel|scrap|drop|forget|undo|discard|ditch|kill|abort|withdraw|never ?mind)\s+"
    r"(?:(?:all|about)\s+)?(?:that|this|it)(?:\s+one)?"
)
# People a request waits on or is reported from (老板, 主管, 客户, 车间, 他们).
_PERSON = (
    r"(?:老大|老板|领导|主管|经理|厂长|客户|组长|班长|师傅|同事|车间主任|主任|车间|计划|采购|销售|仓库|质检|上面|上头"
    r"|他们|他|她)"
)
# A clause that only says something was wrong ("数量写错了", "搞错了", "填错单了", "wrong qty", "my bad"): said
# next to a cancel it gives the reason and asks for nothing else ("取消取消，数量写错了").
_WHAT = (
    r"(?:订单号|工单号|单据号|号码|数量|日期|交期|料号|物料|型号|规格|品名|名字|单号|车间|订单|单子?|东西|信息|内容|数字|字|群|人"
    r"|地方)"
)
_THING_EN = (
    r"(?:(?:order|part|item|material|mo)\s+(?:number|no\.?|#|code)|qty|quantity|date|due date|item|material|number"
    r"|order|part|shop|workshop|group|chat|one|person|amount)"
)
MISTAKE_RE = rx(
    rf"(?:我|刚才|刚刚|上面|前面|之前|这个|那个|这|那)?(?:的)?(?:{_WHAT}(?:也|都)?)?"
    rf"(?:[写填打输搞弄发选报下记看算录开建]错(?:了|{_WHAT})*|错了|不对|有误|有问题|[搞弄][混反]了|写反了)(?:了|啦|吧|呢|啊|哈)*"
    rf"|(?:sorry\s*)?(?:(?:the\s+)?{_THING_EN}\s+(?:is|was)\s+)?wrong"
    # wrong order number, that's the wrong shop, I picked the wrong item, sent to the wrong group, typo in the qty
    rf"|(?:sorry\s*)?(?:(?:that'?s|it'?s|this is|i (?:picked|chose|selected|entered|typed|used|put in|sent it to|sent)"
    rf"|(?:sent|went) to)\s+)?(?:the\s+|a\s+)?(?:wrong|bad|incorrect)\s+{_THING_EN}"
    rf"|my (?:bad|mistake)|(?:i\s+)?made a (?:mistake|typo)|typo(?:\s+in\s+(?:the\s+)?{_THING_EN})?|mistake|sorry"
)
# What may stand next to a cancel without turning it into a request (算了算了，回头再说; 哎，不要了; nvm, maybe
# later; 不要了，客户那边不急了): a postponement, a reason the thing is no longer wanted, an interjection, an apology
# or thanks. Whole-part matches only: a clause with a figure, an order number, a change or a thing to make is
# none of these ("算了，改成500", "取消，MO20261107 暂停"), so such a message stays a request.
_LATER = (
    r"(?:回头|以后|之后|后面|后边|改天|改日|下次|下回|过几天|过两天|过阵子|过段时间|晚点|晚些|等等|等会儿?|待会儿?"
    r"|稍后|有空|到时候?|明天|下周|下个月|先"
    r"|等(?:客户|领导|老板|上面|他们|对方)?(?:确认|通知|回复|定|批|审批)(?:了|好|完)?(?:以后|之后)?)"
)
INTERJECTION = (
    r"(?:哎呀|哎哟|哎|唉|诶|欸|呃|额(?![外度定])|嗐|害|啊|哦|噢|嗯"
    r"|(?:emm+|hmm+|um+|uh+|oh|ah|ugh|oops|whoops|argh|meh)(?![a-z]))"
)
CANCEL_ASIDE_RE = rx(
    rf"(?:{_THIS})?(?:"
    rf"(?:那|那就|就|我们|咱们|我|让我)?{_LATER}*(?:我|我们)?再(?:说|议|看|讲|聊|定|弄|搞|办|处理|安排|下单|做|提|报|发|考虑|想想|想一想)"
    r"(?:吧|了|啦|哈|呗)*|等等|等一下|等一等|稍等|(?:我|让我)?(?:想想|考虑一下|考虑考虑)"
    r"|(?:那|那就)?(?:回头|以后|改天|改日|下次|下回|过几天|过两天|过阵子)(?:吧|了|啦|哈|呗)*"
    r"|先(?:这样|放着|放一放|放放|搁着|搁一搁|缓缓|缓一缓|等等|不急|不管它?)(?:吧|了|啦)*"
    rf"|(?:(?:{_PERSON}|那边|对方)(?:那边)?(?:说|觉得)?)?"
    r"(?:不急|不着急|不用急|没必要|用不[上着]|不需要|暂时不需要|不要了|取消了|撤单了|还没定|没定|改主意|变卦|有变|变了"
    r"|没批|不批|没同意|不同意|不让(?:做|下|弄)?|(?:先|暂时)?不(?:做|要|下|弄)了?)"
    r"(?:了|吧|啦)*"
    # Waiting on someone or something before deciding (等我问过主管再说, 等物料到了再说, 等下周开完会再定).
    r"|(?:先|那|那就)?等[^,.;!?\d]{1,14}?再(?:说|议|看|讲|聊|定|弄|搞|办|处理|安排|下单|做|提|报|发|考虑|决定)(?:吧|了|啦|哈|呗)*"
    # Asking someone first (我先问问主管, 我再跟客户确认一下, 还要跟车间商量下, 等我核对一下).
    rf"|(?:先|那)?(?:等)?(?:我|让我|我们)?(?:先|再|还要|还得|得|要|需要|要先)?(?:去|先去)?(?:(?:跟|和|找|向|问)(?:{_PERSON}))?"
    r"(?:问问|问一?下|问过|请示|商量|确认|核对|核实|对一?下|沟通|汇报|看看|看一?下)(?:一?下|一下子)?"
    rf"(?:{_PERSON}|{_WHAT})?(?:了)?(?:再说|再定)?(?:吧|了|啦)*"
    # A reason it is off: nothing to make it with, too much trouble, doing it another way (没料了, 太麻烦了, 我自己弄).
    r"|(?:没|缺)(?:料|货|材料|人手?|时间|空)了?|料(?:还)?不够了?|(?:太|好|挺)?麻烦了?"
    r"|(?:我)?自己(?:去|来)?[^,.;!?\d]{0,8}?(?:弄|搞|处理|做|办|改|来|操作)(?:吧|了)*"
    r"|计划(?:有变|变了|调整了?)|情况有变|有变化|等通知|等(?:领导|客户|老板)(?:确认|通知|回复|定)(?:吧|了)*"
    rf"|{INTERJECTION}+"
    r"|不好意思|抱歉|对不起|打扰了|麻烦了|辛苦了|谢谢|谢了|多谢|sorry|thanks|thank you|thx|ty|my bad"
    r"|(?:maybe|let'?s (?:do it|talk)|we'?ll (?:do it|see)|i'?ll (?:do it|come back))?\s*"
    r"(?:later|another time|some other time|next time|tomorrow|next week)"
    r"|not (?:now|today|yet|needed(?: any ?more)?)|no longer needed|(?:i )?changed my mind|plans? changed"
    r"|(?:let me|i(?:'ll| will| need to| have to|'d better| gotta| must)?|need to|gotta|have to)\s+"
    r"(?:ask|check with|talk to|confirm with|run it by|speak (?:to|with)|double[- ]check(?: with)?)\s+"
    r"(?:my |the |our )?(?:boss|supervisor|manager|lead|customer|team|foreman|planner)(?:\s+first)?"
    r"|(?:the )?customer (?:cancell?ed|changed (?:their|his|her) mind|doesn'?t need it)"
    # Doing it again oneself (我重新发, 重新下一遍, will resend with the right number, I'll redo it).
    r"|(?:我|我们)?(?:等下|等会儿?|马上|待会儿?)?重新(?:发|下|建|开|弄|来|提交|录|填|报)?(?:一[遍下次个张])?(?:吧|了)*"
    r"|(?:i'?ll|i will|will|let me|i'?m going to|gonna)\s+(?:resend|re-?send|redo|re-?do|re-?enter|re-?submit|fix it"
    r"|start over|try again|send (?:it |a new one |another one )?again)(?:\s+[a-z' ]{0,40})?"
    # "there is enough already" (库存够了, 料够用了, 已经有货了) and a resigned "oh well" (好吧, 行吧, 那好吧).
    r"|(?:库存|料|货|东西|数量)?(?:已经|还)?(?:够了|够用了|有了|有货了|不缺了)|(?:那)?(?:好吧|行吧|得了)"
    r")"
)
GREETING_EXACT = {
    "你好",
    "您好",
    "hi",
    "hello",
    "hey",
    "在吗",
    "在不在",
    "在么",
    "早",
    "早上好",
    "下午好",
    "晚上好",
    "哈喽",
    "嗨",
    "你好啊",
    "hi there",
    "good morning",
}
# A greeting in any of its chat shapes: a greeting word, sentence particles (你好呀, 您好哇, hi~), and the bot
# or the room addressed before or after it (助手你好, 你好 K3助手, hi bot, hello everyone).
_GREET_WORD = (
    r"(?:你好|您好|你们好|大家好|哈喽|哈啰|嗨喽|嗨|早上好|上午好|中午好|下午好|晚上好|早安|午安|早|在吗|在不在|在么|在嘛"
    r"|hi|hello|hey|hiya|yo|howdy|good (?:morning|afternoon|evening)|morning)"
)
_GREET_PARTICLE = r"(?:呀|啊|哇|哈|呐|哦|喔|噢|啦|嘛|呢|~|!)*"
_ADDRESSEE = r"(?:(?:dingk3|k3)?\s*(?:小?助手|机器人)|dingk3|k3|bot|there|all|everyone|guys|team|各位|大家|老师)"
GREETING_RE = rx(rf"(?:{_ADDRESSEE}\s*)?(?:{_GREET_WORD}{_GREET_PARTICLE}\s*)+(?:{_ADDRESSEE}{_GREET_PARTICLE})?")
HELP_CUE = rx(
    r"帮助|怎么用|如何使用|使用说明|使用方法|用法|你能做什么|你能干什么|你会什么|你会干什么|能做什么|能干什么|有什么功能"
    r"|你(?:都|还)?(?:会|能|可以)[^,.;!?]{0,6}?(?:什么|啥)|功能列表|命令|指令|菜单|教程|说明书|手册"
    r"|^help\b|\bhelp\b|how (?:do i|to) use|what can you do|\bcommands?\b"
    r"|\busage\b|^\?+$|(?:怎么|咋)(?:下单|报工|建单|查)|支持(?:哪些|什么|啥)"
    # Meta-questions: asking for the form of a request, not making one (报工格式是什么样的, 下单的模板).
    r"|格式|模板|样例|示例|范例|例子|写法|语法|\bformat\b|\bexamples?\b|\bsyntax\b|\btemplate\b"
    # 怎么/如何 + a verb of using the bot, anywhere in the message (交期怎么改, 报工要怎么弄).
    r"|(?:怎么|如何|怎样|咋)(?:才能|才可以|可以|能)?(?:用|弄|操作|写|填|发|说|输入|打字|表达|描述|下单|报工|建单|开单|查|改|提交|取消"
    r"|确认|审批)"
    # Where a figure goes or what to send (数量写在哪, 要发什么): asking for the form of a request.
    r"|(?:写|填|输|打|放)(?:在)?哪(?:里|儿|个地方)?|(?:要|该|得)(?:发|写|打|输入|说)(?:什么|啥)"
)
# Questions about the bot itself: the bot named (你, 机器人, 助手, bot, 这玩意儿) next to what it can do or is for
# (功能, 用处, 能干嘛, 是干嘛的, 怎么用, 支持啥, 介绍), someone saying they cannot use it yet (不会用, 第一次用),
# and the English forms (what can this bot do, how does this work). "你在干嘛" names no capability: chatter.
_BOT_THING = r"机器人|助手|(?<![a-z])bot(?![a-z])|这个?(?:东西|玩意儿?|系统|工具|应用|小程序)|dingk3|k3"
BOT_SELF = rx(rf"你|您|(?<![a-z'])u(?![a-z'])|{_BOT_THING}")
_WHAT = r"(?:什么|啥|哪些|嘛)"
BOT_CAPABILITY = rx(
    rf"功能|用处|用途|作用|本事|本领|(?:能|会|可以)(?:干|做|帮)(?:我|咱)?(?:们)?(?:些|点)?{_WHAT}|(?:能|会)干嘛"
    rf"|是干{_WHAT}的|(?:干嘛|干啥|做啥|什么)用|有{_WHAT}用|支持{_WHAT}|(?:怎么|咋|如何)(?:用|玩|使用|操作|弄|跟|和)"
    # Introduce yourself (介绍一下你自己, 自我介绍), not "给你介绍一下新同事".
    r"|自我介绍|介绍(?:一下|下)?(?:你|您)?(?:自己|的?功能|的?用法)?(?=\s*(?:吧|呗|吗|呢|啊|呀|\?|,|$))"
    r"|说明|手册|教程|指令|命令|菜单"
    # Asked of the bot as a thing, whether it can do a task (这个bot能查库存吗, 机器人可以报工不).
    rf"|(?:{_BOT_THING})\s*(?:能不能|可不可以|会不会|能|会|可以)[^,.;!?]{{0,8}}?(?:吗|么|不|\?)"
)
# Not knowing how to use it yet (不会用, 第一次用这个机器人): about the bot unless another thing follows the verb
# (第一次用这台机床, 不会用这台新的数控机床), which is a question about that thing.
_BOT_NOUN = r"(?:(?:钉钉)?(?:机器人|助手)|bot|东西|玩意|系统|工具|应用|小程序|dingk3|k3|你|您)"
NOVICE = rx(
    r"(?:不会|不太会|不大会|不懂|不知道(?:该|要)?(?:怎么|咋)|不清楚(?:怎么|咋)|不晓得(?:怎么|咋)|第一次|头一次|初次|刚开始)"
    r"(?:用|使用|操作)"
    rf"(?!(?>\s*(?:这|那)?(?:一)?[个台部款套种把辆]?(?:新的?)?)(?!{_BOT_NOUN})[\u4e00-\u9fffa-z])"
)
BOT_QUESTION_EN = rx(
    r"\bwhat (?:can|could|do|does) (?:you|u|this|it|the bot)\b|\bwhat (?:can|should|do) i (?:ask|say|type|send|write)\b"
    r"|\bhow (?:does|do) (?:this|it|you|u|the)(?:\s+(?:bot|thing|assistant|robot|app))?\s+work\b"
    r"|\bwhat are you\b|\bwho are you\b|\bhow (?:do|can|should) i (?:use|talk to)\b"
)
# A message that asks how something is done ("请问怎么…", "how do I …"), with or without a polite lead.
HOW_TO = rx(
    r"(?:^|[,;:!?，；：！？])\s*(?:请问|问一?下|想问一?下|我想知道|我想问)?\s*(?:要|该)?(?:怎么|如何|怎样|咋)"
    r"|\bhow (?:do i|to|can i|should i)\b"
    # …or ends in "how is it done" (查库存怎么操作, 报工要怎么弄呢, 叉车怎么开): the task before it is asked about;
    r"|(?:要|该)?(?:怎么|如何|怎样|咋)(?:才能|可以|能)?(?:用|弄|操作|写|填|发|说|输入|打字|做|搞|玩|开|连|装|换|算|请|补|办|充值)"
    r"\s*(?:呢|啊|呀|吗|\?)*\s*$"
    # …or asks how to make or set up something named after it (Excel怎么做数据透视表, 怎么设置打印机), not why something
    # was done (怎么做了这么多, 怎么做的).
    r"|(?:怎么|如何|怎样|咋)(?:才能|可以|能)?(?:做|制作|设置|弄|搞|操作|使用|插入|画|添加|安装|连接|申请)(?![了过完好的得])(?=\S)"
)

# How-to and meta-questions are help only when they are about what the bot does: orders, reports, stock,
# the bot itself ("报工怎么填", "交期怎么改", "这个怎么用"). Asked about anything else ("报销单怎么填",
# "wifi密码怎么输入", "发票的格式") they are chatter. BOT_TOPIC names the bot's world; a how-to that names
# none of it and still has a topic left once its question words are gone is not help.
BOT_HELP = rx(
    r"帮助|怎么用|如何使用|使用说明|使用方法|用法|你|您|机器人|助手|功能|指令|命令|菜单|说明书|使用手册|支持哪些|支持什么"
    r"|\bhelp\b|\bhow (?:do i|to) use\b|\bwhat can you do\b|\bcommands?\b|\busage\b|\byou\b|\bbot\b|^\?+$"
)
BOT_TOPIC = rx(
    r"订单|工单|生产单|单子|^\s*单号|下单|建单|开单|排产|生产|报工|报产|产量|产出|良品|合格|不良|报废|库存|存货|物料|料号|型号|规格"
    r"|交期|交货|数量|车间|进度|状态|审批|审核|下达|开工|完工|结案|暂停|取消|确认|提交|这个|系统|dingk3|k3"
    r"|(?<=[的这那哪些几批张笔个啥么有])单(?![位价据元向独号车件层])"
    r"|\border|\bmos?\b|\breport|\boutput\b|\bstock\b|\binventory\b|\bmaterial|\bqty\b|\bquantity\b|\bdue\b"
    r"|\bshop\b|\bworkshop\b|\bthis\b|\bit\b|\bproduction\b|\bscrap\b|\bgood\b"
)
# Question words and particles that leave no topic behind ("请问要怎么写呢", "格式是什么样的").
HOW_TO_WORDS = rx(
    r"请问|问一?下|想问一?下|我想知道|我想问|(?:怎么|如何|怎样)(?:才能|才可以|可以|能)?|是|什么样|啥样|什么|啥|一下|发我|给我"
    r"|发一?个|举个|有没有|要|该|能|可以|的|呢|啊|呀|吗|哈|嘛|\?|用|弄|操作|写|填|发|说|输入|打字|表达|做|搞|查|改"
    r"|格式|模板|样例|示例|范例|例子|写法|语法"
    r"|\b(?:how|do|does|i|to|can|should|what'?s|what|is|the|a|an|for|please|format|examples?|syntax|template)\b"
)

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
# Intent cues (regexes over normalised text).
# 改 / 调 alone are change verbs only outside the words they help form (空调, 协调, 调试, 调休, 改善,
# 改进): a word-formation rule on the neighbouring character, not a list of sentences.
BARE_CHANGE_VERB = (
    r"(?<![整批篡])改(?![善进革造良装建制编写])"
    r"|(?<![空协强单音色声语格步低高基论腔情曲烹微])调(?![试查研皮料味侃理解和剂休班岗动教养配度频包])"
)
# A verb + (one) + a classifier + an order noun makes an order: 开/建/下/排/补/加 (补一张生产单, 加个工单, 补单),
# and 来/录/出/提/起 only with a classifier (来一张工单, 录个生产单). 单 as in 单价 / 单位 is no order.
CREATE_ORDER_PHRASE = (
    r"(?:新建|新开|另开|再开|重开|再建|再下|再补|[开建下排补加])(?:一)?[个张份笔]?(?:生产)?(?:订单|工单|单(?![位价据元向独号车件层]))"
    r"|(?:来|录|出|提|起)(?:一)?[个张份笔](?:生产)?(?:订单|工单|单(?![位价据元向独号车件层]))"
)
CREATE_CUE = rx(
    rf"{CREATE_ORDER_PHRASE}|"
    r"建立|创建|新建|新增|新开|建(?:一)?[个张]?(?:生产)?(?:订单|工单|单)|开(?:一)?[个张]?(?:生产)?(?:订单|工单|单)"
    r"|下(?:一)?[个张]?(?:生产)?(?:订单|工单)|下单|开单|建单|排产|排个?单|安排生产|安排一?下生产|要生产|需要生产|生产订单"
    r"|投产|\bcreate\b|\bnew (?:production )?(?:order|mo)\b|\bmake\b|\bproduce\b|\bbuild\b|\bmanufacture\b"
    r"|\bschedule\b|\bopen (?:a |an )?(?:production )?order\b|\braise (?:a |an )?order\b|\bplace (?:a |an )?order\b"
    r"|(?<![完])生产(?![中了出完])|做(?![了完好])|加工(?=\s*\d)|来(?=\s*\d)|排(?=\s*\d)"
)
CHANGE_CUE = rx(
    r"改为|改成|改到|改下|改一下|修改|更改|变更|调整|调为|调到|调成|换成|换到|转到|转去|转给|移到|挪到|放到|转移到|变为|变成"
    # Setting a state or value (设成完工, 状态置为关闭, 标记为完成, mark it done).
    r"|设成|设为|设置为|设置成|设置到|置为|置成|标为|标成|标记为|标记成|转为|转成|\bmark(?:ed)?\b"
    r"|提前到|推迟到|延期到|延后到|延到|推到|提前|推迟|延期|延后|加到|减到|增加到|减少到"
    rf"|{BARE_CHANGE_VERB}"
    r"|->|→|=>"  # "qty -> 120": the arrow notation of a new value
    # "any update on MO…", "an update about": update as a noun asks for news and changes nothing.
    r"|(?<!\bany )(?<!\ban )(?<!\bthe )(?<!\bno )\bupdate\b(?!\s+(?:on|about|for|re)\b)"
    r"|\bchange\b|\bmodify\b|\bset\b|\bmove\b|\bpostpone\b|\breschedule\b|\bbring forward\b|\bpush\b"
    r"|\bshift\b|\bincrease\b|\breduce\b|\bamend\b|\bedit\b|\bswitch\b|\btransfer\b"
)
# A work verb in the perfective, then a count: what was produced (装了 100, 焊好了 80, 干完了 300, assembled 120).
PRODUCED_VERB = (
    r"(?:(?:做|干|弄|装|组装|装配|焊|焊接|加工|冲|冲压|喷|喷涂|磨|车|铣|钻|包|包装|打包|生产|产|出|跑|打)(?:完|好)?了"
    r"|\b(?:assembled|machined|welded|packed|built|ran|made)\b)"
)
# The work verb that spoilt a piece (车废了, 两个焊坏了, 打废, 磨废, 加工废了): 车 / 铣 / 磨 … + 废 / 坏 is scrap.
SPOIL_VERB = r"(?:车|铣|钻|磨|焊|冲|打|做|弄|搞|装|加工|切|压|铸|刨|喷|割|烧|摔|碰|刮|折)"
# Batches that lead a figure of their own (一批50一批40, 第一批40, 另一批35, 这批60).
BATCH = r"(?:第[一二三四五六七八九十\d]+批|[头首另这那]?一批|[这那]批)"
# Shifts, halves of the day and batches that lead a figure of their own (夜班做了80，早班做了40): their figures add up.
SHIFT = (
    rf"(?:{BATCH}|[早中晚白夜]班|[一二三甲乙丙ab]班|第[一二三四五六七八九十\d]+班|上午|下午|晚上|早上|中午|上半天|下半天|前半夜|后半夜"
    r"|\b(?:day|night|morning|evening|afternoon|first|second|third)\s+(?:shift|batch)\b|\b[ab]\s+shift\b)"
)
# The start of a figure, Arabic or Chinese (装了 100, 做完了一百个, 交了八十件); 一半 / 一部分 / 一些 are no count.
_FIGURE = r"(?:\d|(?!一[半部点些下会直起共])[零〇一二两三四五六七八九十壹贰叁肆伍陆柒捌玖拾])"
# Report figures in everyday words: 好 / 好件 / 好的 + a count is good, 废 / 坏 / 坏件 / 废了 + a count is scrap
# (好40，废1; 好件55，坏件2; 废了三件), and a count that "is bad" (两个是废的, 3件坏的). A bare 好 after a work verb
# (做好, 弄好) is "done" and 最好 / 刚好 / 正好 are adverbs, not "good"; 好的 alone is a reply, so the single
# characters need a figure right after them (好的 300个 with a space is a reply and a count).
REPORT_FIGURE = (
    rf"(?<![做干弄装焊包打搞修最只还挺很正刚恰美友良交])(?:好(?:件|品|货)?\s*[:=]?\s*|好的(?:有|是|[:=])?){_FIGURE}"
    rf"|(?:(?<![报作])|{SPOIL_VERB})(?:废|坏)(?:件|品|货|的|掉的|了)?\s*[:=]?\s*{_FIGURE}"
    rf"|{_FIGURE}\s*(?:件|个|只|台|套|支|根|片|块)?\s*(?:都|也|全)?[是被给]?{SPOIL_VERB}?(?:废|坏|报废)(?:的|掉的|了)"
    r"|好件|坏件|废件|好品"
)
# Handing finished pieces to the store (交了 36, 交库 50, 入库了 75, delivered 40): what is handed in is good, so
# its figure is the good count, not a total that scrap comes out of.
DELIVERED = r"(?:交库|交仓|入库了?|入仓|交了|交付了?|\bdelivered\b|\bshipped\b)"
REPORT_CUE = rx(
    rf"{PRODUCED_VERB}\s*{_FIGURE}|{REPORT_FIGURE}|"
    r"报工|报产|报产量|汇报|良品|良率|合格|不良|报废|废品|次品|正品|坏品|超差|产出|产量|交库|入仓"
    r"|报(?:一下|个|下)(?:工|产量?|数)?"
    rf"|(?:做了|完成了?|做完了?|生产了|完工|下线了?|{DELIVERED})\s*{_FIGURE}|{BATCH}\s*[:=]?\s*{_FIGURE}"
    r"|\breport(?:ed|ing)?\b|\bgood(?![a-z])|\bscrap(?:ped)?(?![a-z])|(?<![a-z])ng(?![a-z])|\bdefect|\breject"
    r"|\bproduced\b|\bcompleted\s*\d|\bfinished\s*\d|\bdone\s*\d|\boutput\b|\byield\b"
)
QUERY_CUE = rx(
    r"查|看|吗|么|\?|状态|进度|怎么样|如何|到哪|哪[些个里儿]|什么|几|多少|有没有|情况|详情|明细|列表|列出|清单|目前|现在"
    r"|还差|完成率|是否|能不能|可不可以|跟踪|多久|了没|没有|\bstatus\b|\bprogress\b|\bshow\b|\blist\b|\bcheck\b|\bwhat\b"
    r"|\bwhere\b|\bwhen\b|\bhow\b|\bwhich\b|\bany\b|\bfind\b|\blook ?up\b|\bquery\b|\bdetails?\b|\bopen orders\b"
)
INVENTORY_CUE = rx(
    r"库存|存货|现货|库里|仓库|在库|还有多少|还剩多少|剩多少|有多少|剩下多少|多少个|多少件|多少库|够不够|够用|有没有货|有货|缺货|缺料"
    # Is there any left / enough, asked as a yes-no or A-not-A question (还有吗, 还有没有, 缺不缺, 剩的多不多).
    r"|还有(?:没有|吗|么|不|没)|缺(?:不|没)缺|缺(?:吗|么)|够(?:吗|么|不)|剩(?:的|下的|余的)?(?:多不多|还多吗)"
    rf"|{STOCK_AMOUNT}|{SHIP_QUESTION}"
    r"|可用量|结存|\bstock\b|\binventory\b|\bon hand\b|\bin stock\b|\bavailable\b|\bhow many\b|\bhow much\b"
    r"|\bleft\b|\bqty on hand\b|\bsoh\b"
)
# 单 alone is the order noun after a modifier (到期的单, 已完工的单, 这几张单, 哪些单), never inside
# 单位 / 单价 / 单据 / 单向阀 / 单号 or a create verb (下单, 建单, 开单 are cues, not nouns).
# 活 / 活儿 is the shop floor's word for jobs after a question or modifier (有什么活, 手上的活儿), not in 活动 / 灵活.
ORDER_NOUN = r"(?<=[的这那哪些几批张笔个啥么有])单(?![位价据元向独号车件层])|(?<=[么啥些的])活儿?(?![动力性泼跃])"
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

# Workshops: the sender's own, a code, or a named shop (resolved later by the workshop resolver).
OWN_WORKSHOP = rx(
    r"(?:我们|我|咱们|咱|本|自己)(?:的)?(?:车间|线上|产线|班组|工段|组)(?!长)|\b(?:our|my)\s+(?:own\s+)?(?:workshop|shop|line|team)\b"
)
WORKSHOP_CODE = rx(r"(?<![a-z0-9])ws\s?-?0?(\d{1,2})(?!\d)")
WORKSHOP_STEM = rx(
    r"(?:机加工|机加|装配|总装|组装|热处理|喷涂|涂装|焊接|冲压|注塑|铸造|包装|金工|数控|精加工|(?<![\d.])[一二三四五六七八九\d]号?)"
    r"[一二三四五六七八九\d]?(?:车间|工段|产线)"
    r"|机加[一二三四五六七八九\d]|装配(?!件)|总装|热处理|喷涂|涂装"
    r"|\bmachining\s*(?:shop\s*)?\d\b|\bassembly(?:\s+(?:shop|workshop|line))?\b|\bheat[\s-]treat(?:ment)?(?:\s+shop)?\b"
    r"|\bpainting(?:\s+shop)?\b|\bworkshop\s+\d\b|\bshop\s+\d\b"
)
WORKSHOP_GENERIC = rx(r"[\u4e00-\u9fff]{1,4}车间")

# Reported speech before a request (老大问, 客户说, 领导让我, 主管叫我) and past times (昨天, 刚才, 上周): who asked and
# when something happened, never the thing asked about.
REPORTED_SPEECH = rf"{_PERSON}(?:刚才|刚刚|又)?(?:问我?|说|让我?|叫我?|要我|催)"
PAST_TIME = r"昨天|前天|昨日|昨晚|刚才|刚刚|上周|上礼拜|上星期|上个?月|\byesterday\b|\blast (?:week|month|night)\b"

# The fields of an order a change may name without a value ("数量要改一下", "交期推一下", "换个车间", "change the qty"):
# the field is what is asked back. A field counts only near a verb that changes something (not 换向阀, 转向节, 空调).
CHANGE_FIELDS: list[tuple[re.Pattern[str], str]] = [
    (rx(r"数量|数目|件数|\bqty\b|\bquantity\b|\bamount\b"), "quantity"),
    (
        rx(
            r"交期|交货期|交货日期?|交付日期?|完工日期|完工时间|日期|到期日"
            r"|\bdue(?: date)?\b|\bdelivery date\b|\bdeadline\b"
        ),
        "due_date",
    ),
    (rx(r"车间|\bworkshop\b|\bshop\b"), "workshop"),
]
FIELD_CHANGE_VERB = rx(
    rf"{BARE_CHANGE_VERB}|换(?!向)|变(?![速压频形])|转(?![向速子轴盘])|推(?![荐杆车力广])|挪|延|提前|修正|增加|减少"
    r"|\bchange\b|\bupdate\b|\bfix\b|\badjust\b|\bmove\b|\bswitch\b|\bamend\b|\bedit\b|\bpush\b|\bcorrect\b"
)

# How orders stand that no contract state names (卡住了, 逾期的, 快到期, 有问题的): they describe orders, never a thing.
# Late against the due date (逾期的单, which orders are overdue): the one condition a list query filters on.
OVERDUE = r"拖期|逾期|超期|延误|过了交期|误期|\boverdue\b|\blate\b|past due"
ORDER_CONDITION = r"卡住|卡着|停着|拖期|逾期|超期|延误|快到期|要到期|异常|有问题|出问题|\boverdue\b|\blate\b|\bstuck\b"

# Removed from the leftover text before it is taken as the material phrase (longest first).
FILLER_PHRASES: tuple[str, ...] = (
    "生产订单",
    "生产工单",
    "生产单",
    "订单",
    "工单",
    "单子",
    "建立",
    "创建",
    "新建",
    "新增",
    "新开",
    "下单",
    "开单",
    "建单",
    "排产",
    "安排生产",
    "安排一下生产",
    "安排",
    "需要生产",
    "要生产",
    "生产",
    "投产",
    "数量",
    "交货期",
    "交货",
    "交期",
    "交付",
    "到期",
    "截止",
    "日期",
    "之前",
    "以前",
    "已经",
    "还有多少",
    "还剩多少",
    "剩下多少",
    "剩多少",
    "有多少",
    "多少个",
    "多少件",
    "多少",
    "库存量",
    "库存数",
    "现有量",
    "现存量",
    "存量",
    "余量",
    "结余",
    "库存",
    "存货",
    "现货",
    "仓库里",
    "仓库",
    "库里",
    "在库",
    "够不够",
    "够用吗",
    "够用",
    "有没有货",
    "有没有",
    "有货",
    "还有",
    "还剩",
    "查询",
    "查一查",
    "查一下",
    "查查",
    "查下",
    "查看",
    "看一下",
    "看看",
    "请问",
    "问一下",
    # Asking whether something may be done (二车间可以开工吗): the modal names nothing.
    "可不可以",
    "能不能",
    "可以",
    "能否",
    "想问下",
    "帮我",
    "帮忙",
    "麻烦",
    "请你",
    "给我",
    "我要",
    "我想",
    "需要",
    "一下",
    "现在",
    "目前",
    "当前",
    # Where and when the speaker stands, never a thing: in hand (手上, 手头上), now (眼下, 这会儿, 现阶段), us
    # (咱们, 我这边, 我们组) — "我们车间手上正在生产的工单" names no material.
    "手头上",
    "手头",
    "手上",
    "手里",
    "手中",
    "手边",
    "眼下",
    "眼前",
    "当下",
    "这会儿",
    "这会",
    "现阶段",
    "这阶段",
    "这阵子",
    "这段时间",
    "最近",
    "近期",
    # On the floor (线上在做的单, 现场正在做的, 车间里在跑的): where work happens, not a thing.
    "生产线上",
    "产线上",
    "线上",
    "现场",
    "车间里",
    "我们组",
    "咱们组",
    "我们班",
    "咱们班",
    "班组",
    "这边",
    "那边",
    "这里",
    "咱们",
    "我们",
    "可用量",
    "结存",
    "情况",
    "是多少",
    "多少呢",
    "呢",
    "吗",
    "嘛",
    "吧",
    "有哪些",
    # Negations before a state word (还没开工的单, 尚未下达): the state is read, the negation names nothing.
    "还没有",
    "还没",
    "尚未",
    "哪些",
    "列表",
    "清单",
    "列出",
    "状态",
    "进度",
    "一共",
    "总共",
    "一个",
    "一张",
    "pcs",
    "所有",
    "全部",
    "两个",
    "几个",
    "这些",
    "那些",
    "现有",
    "剩余",
    "剩下",
    "缺不缺",
    "多不多",
    "还有没有",
    "缺料",
    "缺货",
    "物料",
    "料号",
    "型号",
    "规格",
)
EDGE_FILLER = "都我你您咱前后内够的了个张请要做建开下交在有是还剩共用把给再新来排查看找呢吗嘛吧啊呀哦,.;:!?~、。 \t"
STOP_WORDS_EN = frozenset(
    [
        "please",
        "pls",
        "create",
        "new",
        "a",
        "an",
        "the",
        "production",
        "order",
        "orders",
        "mo",
        "for",
        "of",
        "make",
        "produce",
        "build",
        "manufacture",
        "schedule",
        "qty",
        "quantity",
        "pcs",
        "pc",
        "units",
        "unit",
        "ea",
        "pieces",
        "sets",
        "due",
        "by",
        "on",
        "before",
        "how",
        "many",
        "much",
        "stock",
        "inventory",
        "do",
        "does",
        "we",
        "have",
        "has",
        "is",
        "are",
        "there",
        "in",
        "left",
        "check",
        "show",
        "me",
        "what",
        "whats",
        "the",
        "level",
        "on",
        "hand",
        "available",
        "to",
        "i",
        "want",
        "need",
        "can",
        "you",
        "could",
        "would",
        "open",
        "raise",
        "place",
        "with",
        "and",
        "of",
        "it",
        "us",
        "our",
        "any",
        "some",
        "get",
        "find",
        "look",
        "up",
        "lookup",
        "current",
        "currently",
        "now",
        "stocked",
        "balance",
        "remaining",
        "qoh",
        "soh",
        "list",
        "which",
        "all",
        "job",
        "jobs",
        "status",
        "there's",
        "what's",
        "in",
        "at",
        "thanks",
        "thank",
        "you",
        "thx",
        # where stock is kept and the verbs around it ("how many … are in the warehouse")
        "warehouse",
        "store",
        "stores",
        "storage",
        "are",
        "were",
        "was",
        "got",
        "still",
        "right",
        "pieces",
        "more",
        "do",
        "does",
        "did",
        "that",
        "those",
        "these",
        "been",
        "being",
        "but",
        "not",
        "yet",
        # Function words around a list filter ("everything that's done", "still only created", "already released").
        "s",
        "only",
        "just",
        "already",
        "also",
        "so",
        "far",
        "ever",
        "really",
        "everything",
        "anything",
        "something",
        "stuff",
        "things",
        "ones",
        "one",
        "whatever",
        "who",
    ]
)
