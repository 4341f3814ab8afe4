"""What the bot says about a message itself rather than a request (agent.service, api.runtime): too long, not
text, a voice not heard, a quoted card, one set aside, an apology; and the board link asked for."""

from __future__ import annotations

__all__ = ["MESSAGE_LINES"]

MESSAGE_LINES: dict[str, tuple[str, str]] = {
    # --- a message as it comes in
    "too_long": (
        "这条消息太长了（{chars} 字，{lines} 行），我没有处理。请一条消息只说一件事，不超过 {limit} 字。",
        "That message is too long ({chars} characters, {lines} lines), so I did not read it. "
        "Please send one request per message, under {limit} characters.",
    ),
    "voice_unheard": (
        "这条语音没有识别出文字，请再说一遍，或者直接打字。",
        "I could not make out any words in that voice message; please say it again or type it.",
    ),
    "picture_not_read": (
        "我看不了图片，只读文字和语音（按识别出的文字）：请打字或说出订单号和数量。",
        "I cannot read pictures, only text and voice (as recognised): please type or say the order number and figures.",
    ),
    "file_not_read": (
        "我不读文件或视频，只读文字和语音（按识别出的文字）：请打字或说出要做的事。",
        "I do not read files or videos, only text and voice (as recognised): please type or say what you need.",
    ),
    "not_text": (
        "这种消息我读不了，只读文字和语音：请直接打字告诉我要做什么。",
        "I cannot read this kind of message, only text and voice: please type what you need.",
    ),
    "quoted_done": (
        "您引用的卡片{status}，这条回复没有改动任何单据；有新的要求请直接发。",
        "The card you quoted is {status}; this reply changed nothing. Send a new request as a message of its own.",
    ),
    "quoted_not_yours": (
        "您引用的是别人的卡片，只有发起人能修改它；这条回复没有改动任何单据。",
        "The card you quoted is someone else's; only its requester can change it. This reply changed nothing.",
    ),
    "heard": ("🎙 听到：“{text}”", "🎙 Heard: “{text}”"),
    "set_aside": (
        "您的消息“{preview}”没能处理，已交给管理员查看。请一条消息只说一件事，简短些再发一次。",
        "Your message “{preview}” could not be handled and went to the administrator. "
        "Please send one short request per message.",
    ),
    "apology": (
        "抱歉，处理这条消息时出错了，K/3 没有被修改。请稍后再试；如果一直这样，请把编号 {trace} 告诉管理员。",
        "Sorry, something went wrong with this message; nothing was changed in K/3. Please try again later; "
        "if it keeps happening, give the administrator the code {trace}.",
    ),
    # --- the board
    "board_staff_only": (
        "看板只对本厂登记的同事开放，请联系管理员。",
        "The board is open to the plant's registered staff only; please ask the administrator.",
    ),
    "board_not_set_up": (
        "看板还没有配置公开地址，请联系管理员。",
        "The board has no public address yet; please ask the administrator.",
    ),
    "board_link": (
        "[打开看板]({url})\n\n链接只给您本人用，{hours} 小时内有效。",
        "[Open the board]({url})\n\nThe link is for you alone and works for {hours} hours.",
    ),
    "board_link_sent": ("看板链接已私信发给您。", "I sent you the board link in a private message."),
}
