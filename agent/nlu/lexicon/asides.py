"""What may stand next to a cancel without turning it into a request: a postponement, a reason it is off, waiting on
someone, an interjection, an apology or thanks."""

from __future__ import annotations

from agent.nlu.lexicon.common import INTERJECTION, PERSON, THIS_ONE
from agent.nlu.lexicon.corrections import MISTAKEN_THING
from agent.nlu.rx import rx

__all__ = ["CANCEL_ASIDE_RE"]

# What may stand next to a cancel without turning it into a request (算了算了，回头再说; 哎，不要了; nvm, maybe
# later; 不要了，客户那边不急了): a postponement, a reason the thing is no longer wanted, an interjection, an apology
# or thanks. Whole-part matches only: a clause with a figure, an order number, a change or a thing to make is
# none of these ("算了，改成500", "取消，MO20261107 暂停"), so such a message stays a request.
_LATER = (
    r"(?:回头|以后|之后|后面|后边|改天|改日|下次|下回|过几天|过两天|过阵子|过段时间|晚点|晚些|等等|等会儿?|待会儿?"
    r"|稍后|有空|到时候?|明天|下周|下个月|先"
    r"|等(?:客户|领导|老板|上面|他们|对方)?(?:确认|通知|回复|定|批|审批)(?:了|好|完)?(?:以后|之后)?)"
)
CANCEL_ASIDE_RE = rx(
    rf"(?:{THIS_ONE})?(?:"
    rf"(?:那|那就|就|我们|咱们|我|让我)?{_LATER}*(?:我|我们)?再(?:说|议|看|讲|聊|定|弄|搞|办|处理|安排|下单|做|提|报|发|考虑|想想|想一想)"
    r"(?:吧|了|啦|哈|呗)*|等等|等一下|等一等|稍等|(?:我|让我)?(?:想想|考虑一下|考虑考虑)"
    r"|(?:那|那就)?(?:回头|以后|改天|改日|下次|下回|过几天|过两天|过阵子)(?:吧|了|啦|哈|呗)*"
    r"|先(?:这样|放着|放一放|放放|搁着|搁一搁|缓缓|缓一缓|等等|不急|不管它?)(?:吧|了|啦)*"
    rf"|(?:(?:{PERSON}|那边|对方)(?:那边)?(?:说|觉得)?)?"
    r"(?:不急|不着急|不用急|没必要|用不[上着]|不需要|暂时不需要|不要了|取消了|撤单了|还没定|没定|改主意|变卦|有变|变了"
    r"|没批|不批|没同意|不同意|不让(?:做|下|弄)?|(?:先|暂时)?不(?:做|要|下|弄)了?)"
    r"(?:了|吧|啦)*"
    # Waiting on someone or something before deciding (等我问过主管再说, 等物料到了再说, 等下周开完会再定).
    r"|(?:先|那|那就)?等[^,.;!?\d]{1,14}?再(?:说|议|看|讲|聊|定|弄|搞|办|处理|安排|下单|做|提|报|发|考虑|决定)(?:吧|了|啦|哈|呗)*"
    # Asking someone first (我先问问主管, 我再跟客户确认一下, 还要跟车间商量下, 等我核对一下).
    rf"|(?:先|那)?(?:等)?(?:我|让我|我们)?(?:先|再|还要|还得|得|要|需要|要先)?(?:去|先去)?(?:(?:跟|和|找|向|问)(?:{PERSON}))?"
    r"(?:问问|问一?下|问过|请示|商量|确认|核对|核实|对一?下|沟通|汇报|看看|看一?下)(?:一?下|一下子)?"
    rf"(?:{PERSON}|{MISTAKEN_THING})?(?:了)?(?:再说|再定)?(?:吧|了|啦)*"
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
