"""Words of a message that is no K/3 request: a request for the board's link, thanks, small talk, and the words of
work that make a line one the bot must name back when it cannot read it."""

from __future__ import annotations

import re

from agent.nlu.rx import rx

__all__ = ["BOARD", "SMALL_TALK", "THANKS", "WORK_WORDS"]

# read on the raw message (any case; Unicode \W: a Chinese name after 谢谢 is not punctuation)
BOARD = re.compile(r"^(?:打开)?看板$|^board$", re.I)
THANKS = re.compile(
    r"^\W*(谢谢|多谢|谢了|感谢|辛苦了?|thanks?( you)?|thx|ty)\W*(你|您|啦|了|哈|啊|呀|哦|喔|大家|各位|师傅|!|！)*\W*$",
    re.I,
)
SMALL_TALK = re.compile(r"^\W*(好的?|嗯+|哦+|ok|okay|收到|👍|🙏|哈+|hi|hello|你好|早上?好?|晚安)\W*$", re.I)
WORK_WORDS = rx(r"\d|mo\d|报工|良品|不良|数量|交期|库存|订单")
