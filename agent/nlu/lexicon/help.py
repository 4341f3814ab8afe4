"""Help cues: asking how to use the bot, questions about the bot itself, how-to questions and the bot's own world
(a how-to about anything else is chatter), and how a product is made (a question, not an order)."""

from __future__ import annotations

from agent.nlu.lexicon.orders import ORDER_NOUN_DAN
from agent.nlu.rx import rx

__all__ = [
    "BOT_CAPABILITY",
    "BOT_HELP",
    "BOT_QUESTION_EN",
    "BOT_SELF",
    "BOT_TOPIC",
    "HELP_CUE",
    "HOW_TO",
    "HOW_TO_WORDS",
    "MADE_HOW",
    "NOVICE",
]

# Asking how to use the bot (帮助, 怎么用, 用法), and for the form of a request (格式, 模板, 例子).
_USAGE = r"帮助|怎么用|如何使用|使用说明|使用方法|用法"
_FORM = r"格式|模板|样例|示例|范例|例子|写法|语法"
HELP_CUE = rx(
    rf"{_USAGE}|你能做什么|你能干什么|你会什么|你会干什么|能做什么|能干什么|有什么功能"
    r"|你(?:都|还)?(?:会|能|可以)[^,.;!?]{0,6}?(?:什么|啥)|功能列表|命令|指令|菜单|教程|说明书|手册"
    r"|^help\b|\bhelp\b|how (?:do i|to) use|what can you do|\bcommands?\b"
    r"|\busage\b|^\?+$|(?:怎么|咋)(?:下单|报工|建单|查)|支持(?:哪些|什么|啥)"
    # Meta-questions: asking for the form of a request, not making one (报工格式是什么样的, 下单的模板).
    rf"|{_FORM}|\bformat\b|\bexamples?\b|\bsyntax\b|\btemplate\b"
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
    rf"{_USAGE}|你|您|机器人|助手|功能|指令|命令|菜单|说明书|使用手册|支持哪些|支持什么"
    r"|\bhelp\b|\bhow (?:do i|to) use\b|\bwhat can you do\b|\bcommands?\b|\busage\b|\byou\b|\bbot\b|^\?+$"
)
BOT_TOPIC = rx(
    r"订单|工单|生产单|单子|^\s*单号|下单|建单|开单|排产|生产|报工|报产|产量|产出|良品|合格|不良|报废|库存|存货|物料|料号|型号|规格"
    r"|交期|交货|数量|车间|进度|状态|审批|审核|下达|开工|完工|结案|暂停|取消|确认|提交|这个|系统|dingk3|k3"
    rf"|{ORDER_NOUN_DAN}"
    r"|\border|\bmos?\b|\breport|\boutput\b|\bstock\b|\binventory\b|\bmaterial|\bqty\b|\bquantity\b|\bdue\b"
    r"|\bshop\b|\bworkshop\b|\bthis\b|\bit\b|\bproduction\b|\bscrap\b|\bgood\b"
)
# Question words and particles that leave no topic behind ("请问要怎么写呢", "格式是什么样的").
HOW_TO_WORDS = rx(
    r"请问|问一?下|想问一?下|我想知道|我想问|(?:怎么|如何|怎样)(?:才能|才可以|可以|能)?|是|什么样|啥样|什么|啥|一下|发我|给我"
    r"|发一?个|举个|有没有|要|该|能|可以|的|呢|啊|呀|吗|哈|嘛|\?|用|弄|操作|写|填|发|说|输入|打字|表达|做|搞|查|改"
    rf"|{_FORM}"
    r"|\b(?:how|do|does|i|to|can|should|what'?s|what|is|the|a|an|for|please|format|examples?|syntax|template)\b"
)
# How or of what a product is made (怎么做的, 是怎么生产的, 用什么材料做的, how is the HV-2050 made): a question about
# the product, not an order to make it.
MADE_HOW = rx(
    r"(?:怎么|怎样|如何|咋|用什么|用啥|拿什么|什么)(?:材料|料|东西)?(?:做|生产|加工|制造|造|弄|装|铸)(?:出来)?的"
    r"|\bhow (?:is|are|was|were|do you|do we|does one) .{0,30}?\b(?:made|produced|built|manufactured|make|produce)\b"
    r"|\bwhat (?:is|are) .{0,30}?\bmade (?:of|from)\b"
)
