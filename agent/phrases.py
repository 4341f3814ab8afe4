"""Every fixed line the bot says, in Chinese and in English, and the language a message is answered in.

One table of lines, each in both languages, so that no reply exists in one language only; a test checks that
every English line is free of Chinese and takes the same values as its Chinese twin. English in, English out:
a message written in English is answered in English, one in Chinese in Chinese, and one that says nothing of
its language (`2`, `MO20261103`, `ok`, a card press) in the language of the conversation so far.
"""

from __future__ import annotations

import re
from typing import Literal

__all__ = [
    "LINES",
    "Lang",
    "action_name",
    "in_lang",
    "intent_name",
    "language_of",
    "proposal_status_name",
    "say",
    "slot_names",
    "status_name",
]

Lang = Literal["zh", "en"]

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CODE = re.compile(r"\S*\d\S*")  # order numbers and item codes (MO20261103, BOM-3020, M8x30) are in no language
_WORD = re.compile(r"[A-Za-z]{3,}")  # `ok` alone says nothing: Chinese speakers type it too


def language_of(text: str) -> Lang | None:
    """Chinese when the message holds Chinese, English when it holds an English word, else None."""
    if _CJK.search(text):
        return "zh"
    if text.startswith("[card:"):  # a button press: the card's language goes on
        return None
    return "en" if _WORD.search(_CODE.sub(" ", text)) else None


def say(lang: Lang, key: str, /, **values: object) -> str:
    """The line `key` in `lang`, its {placeholders} filled from `values`."""
    return in_lang(LINES[key], lang).format(**values)


def in_lang(words: tuple[str, str], lang: str) -> str:
    """The Chinese or the English of a (Chinese, English) pair."""
    return words[1] if lang == "en" else words[0]


_STATUS = {
    "created": ("计划", "planned"),
    "released": ("已下达", "released"),
    "started": ("已开工", "started"),
    "finished": ("已完工", "finished"),
    "closed": ("已结案", "closed"),
}
_ACTION = {
    "release": ("下达", "release"),
    "start": ("开工", "start"),
    "finish": ("完工", "finish"),
    "close": ("结案", "close"),
    "pause": ("暂停", "pause"),
    "resume": ("恢复", "resume"),
}
_INTENT = {
    "create_order": ("新建生产订单", "New production order"),
    "change_order": ("修改生产订单", "Change of a production order"),
    "report_output": ("生产报工", "Output report"),
}
_SLOT = {
    "material": ("物料", "the item"),
    "quantity": ("数量", "the quantity"),
    "good_qty": ("良品数量", "the good quantity"),
    "scrap_qty": ("不良数量", "the scrap quantity"),
    "order_no": ("订单号", "the order number"),
    "due_date": ("交期", "the due date"),
    "workshop": ("车间", "the workshop"),
    "change": ("要改什么（数量、交期、车间或状态）", "what to change (quantity, due date, workshop or state)"),
}


def status_name(status: str, lang: Lang = "zh") -> str:
    """An order state as people in the plant say it (计划, 已下达, …), never the enum word inside Chinese."""
    return in_lang(_STATUS.get(status, (status, status)), lang)


def action_name(action: str, lang: Lang = "zh") -> str:
    return in_lang(_ACTION.get(action, (action, action)), lang)


def intent_name(intent: str, lang: Lang = "zh") -> str:
    return in_lang(_INTENT.get(intent, (intent, intent)), lang)


def slot_names(slots: list[str], lang: Lang = "zh") -> str:
    """The slots a question asks for, listed (数量、交期 / the quantity, the due date)."""
    return in_lang(("、", ", "), lang).join(in_lang(_SLOT.get(s, (s, s)), lang) for s in slots)


LINES: dict[str, tuple[str, str]] = {
    # --- answers to a message that writes nothing
    "nothing_to_confirm": (
        "现在没有等待您确认的操作。要新建或修改订单，直接告诉我就行。",
        "Nothing is waiting for your confirmation. To create or change an order, just tell me.",
    ),
    "nothing_to_cancel": (
        "现在没有进行中的操作，不需要取消。",
        "Nothing is in progress, so there is nothing to cancel.",
    ),
    "only_requester_confirms": ("只有发起人{who}可以确认这个操作。", "Only {who}, who asked for it, can confirm this."),
    "only_supervisor_approves": (
        "这个操作在等待{approver}审批，只有{who}的主管可以同意。",
        "This waits for {approver}'s approval; only {who}'s supervisor can approve it.",
    ),
    "stock_which": ("查哪个物料的库存？", "Stock of which item?"),
    "stock_name_it": (
        "请告诉我要查哪个物料，例如：304螺栓M8x30还有多少库存",
        "Which item? For example: stock of GP-10",
    ),
    "welcome": ("不客气。", "You're welcome."),
    "small_talk": ("有需要直接说，例如“查询 MO20261102”。", "Tell me what to do, e.g. `query MO20261102`."),
    "not_understood_group": (
        "抱歉，没听懂。发“帮助”看看我能做什么。",
        "Sorry, I didn't get that. Send `help` to see what I can do.",
    ),
    "not_understood": ("抱歉，我没听懂。", "Sorry, I didn't get that."),
    "help": (
        "我可以帮您操作 K/3 生产订单，直接说就行：\n"
        "- 新建：`建立生产订单 BOM-2050 数量300 下周五交`\n"
        "- 修改：`MO20261107 数量改为1200`、`MO20261107 交期改到12月20日`\n"
        "- 下达/开工/完工/结案：`MO20261107 下达`\n"
        "- 报工：`MO20261102 报工 良品480 不良20`\n"
        "- 查询订单：`查询 MO20261102`、`装配车间有哪些开工的订单`\n"
        "- 查库存：`304螺栓M8x30还有多少库存`\n"
        "写入 K/3 之前都会先请您确认。",
        "I run K/3 production orders for you; just say what you need:\n"
        "- New: `create production order BOM-2050 qty 300 due next Friday`\n"
        "- Change: `change MO20261107 quantity to 1200`, `update MO20261107 due date to Dec 20`\n"
        "- Release / start / finish / close: `release MO20261107`\n"
        "- Report output: `MO20261102 good 480 scrap 20`\n"
        "- Orders: `status of MO20261102`, `show me started orders in assembly`\n"
        "- Stock: `stock of GP-10`\n"
        "I ask you to confirm before anything is written to K/3.",
    ),
    # --- questions for what a request lacks
    "cancel_hint": ("（回复“取消”可放弃）", "(Reply “cancel” to drop it.)"),
    "not_producible": (
        "“{phrase}”是{category}（{number} {name} {spec}），不能建生产订单。请给本厂自制的产成品或半成品。",
        "“{phrase}” ({number} {name} {spec}) is bought, not made: no production order can be raised for it. "
        "Name a finished or semi-finished item the plant makes.",
    ),
    "pick_one_of": ("“{phrase}”对应多个物料，请回复序号：", "“{phrase}” matches several items; reply with a number:"),
    "did_you_mean": ("没有找到“{phrase}”，您是不是要找：", "No item is called “{phrase}”. Did you mean:"),
    "also_needed": ("另外还需要：{slots}", "Also needed: {slots}."),
    "no_such_material": (
        "物料“{phrase}”没有找到，请换个说法，或直接给 K/3 物料编码。",
        "No item “{phrase}” found. Try other words, or give its K/3 item number.",
    ),
    "no_such_workshop": (
        "没有找到车间“{phrase}”。本厂的车间：{known}",
        "No workshop “{phrase}” here. The plant's workshops: {known}.",
    ),
    "please_add": ("请补充：{slots}", "Please add {slots}."),
    "unreadable": ("没能理解：{what}。", "Could not read: {what}."),
    # 做了30个，坏了2个: do the 30 include the 2 bad ones? Both readings shown, so a yes, a no or a figure answers.
    "pick_in_range": ("请回复 1 到 {n} 之间的序号。", "Please reply with a number from 1 to {n}."),
    "dropped": ("好的，已取消。", "OK, dropped."),
    # --- the confirmation card
    "confirm_title": ("请确认", "Please confirm"),
    "confirm_hint": (
        "回复“确认”执行，“取消”放弃；也可以直接说要改什么，例如“改成500”。",
        "Reply “confirm” to go ahead or “cancel” to drop it; or say what to change, e.g. “change to 500”.",
    ),
    "button_confirm": ("确认", "Confirm"),
    "button_cancel": ("取消", "Cancel"),
    "button_edit": ("修改", "Edit"),
    "refused": ("无法执行：", "Cannot do this:"),
    "made_includes_scrap": (
        "如{made}个里已包括坏的{scrap}个，回复“包括”，改为良品{good}、不良{scrap}。",
        "If the {made} already include the {scrap} scrap, reply “included” to make it good {good}, scrap {scrap}.",
    ),
    "warning_note": ("⚠️ 提醒：{warnings}", "⚠️ Note: {warnings}"),
    "approval_needed": ("⚠️ 需要主管审批：{risks}", "⚠️ Needs a supervisor's approval: {risks}"),
    "risk_accepted": ("⚠️ 风险（您确认即视为审批）：{risks}", "⚠️ Risk (your confirmation approves it): {risks}"),
    "old_card_void": ("原来的待确认操作已作废，请重新发起。", "The card waiting before is void; please ask again."),
    "unsure_yes": (
        "您是要执行上面的操作吗？执行请回复“确认”，放弃请回复“取消”。（收到：{text}）",
        "Do you want me to go ahead with the card above? Reply “confirm” to go ahead or “cancel” to drop it. "
        "(You wrote: {text})",
    ),
    "card_still_waits": (
        "（您还有一个待确认的操作：回复“确认”或“取消”）",
        "(A card still waits for you: reply “confirm” or “cancel”.)",
    ),
    "replaced": (
        "已放弃上一个未确认的操作，开始处理新的请求。",
        "Dropped the card you had not confirmed; on to your new request.",
    ),
    "yes_after_unread_fix": (
        "您刚才的消息我没看懂，卡片还是原来的内容，没有执行。按上面的卡片执行请再回复“确认”；要改请说项和新值，例如“不良改成3”。",
        "I could not read your last message, so the card is unchanged and nothing was done. Reply “confirm” again to "
        "go ahead with the card as shown, or name the field and its new value, e.g. “scrap 3”.",
    ),
    "click_after_unread_fix": (
        "您刚才的消息我没看懂，卡片还是原来的内容，没有执行。确定按这张卡片执行请再点一次“确认”；要改请说项和新值，例如“数量改成300”。",
        "I could not read your last message, so the card is unchanged and nothing was done. Press “confirm” again to "
        "go ahead with the card as shown, or name the field and its new value, e.g. “quantity 300”.",
    ),
    "unclear_fix": (
        "没看懂要改成什么，卡片没有改动。请说清楚要改的项和新值，例如“不良改成2”“数量改成520”“交期改到12月30日”，"
        "或回复“取消”放弃。",
        "I could not tell what to change, so the card is unchanged. Name the field and its new value, e.g. "
        "“scrap 2”, “quantity 520”, “due Dec 30”, or reply “cancel”.",
    ),
    # a figure fixed by an amount (良品少算了5个) or by its old value (不是5是3) that cannot be applied as said
    "fix_which_figure": (
        "要改的是良品还是不良？卡片没有改动。请连同名称一起说，例如“良品加{said}”或“不良减{said}”。",
        "Is that the good or the scrap figure? The card is unchanged. Name it, e.g. “{said} more good” or "
        "“{said} fewer scrap”.",
    ),
    "fix_below_zero": (
        "{figures}，减去 {said} 会小于 0，卡片没有改动。请直接说新的数值，例如“改成10”。",
        "Taking {said} off {figures} would go below 0, so the card is unchanged. Please give the new figure, "
        "e.g. “change to 10”.",
    ),
    "fix_not_on_card": (
        "卡片上没有 {said} 这个数（{figures}），卡片没有改动。请说要改的项和新值，例如“不良改成3”。",
        "Nothing on the card is {said} ({figures}), so it is unchanged. Name the field and its new value, "
        "e.g. “scrap 3”.",
    ),
    "fix_two_slots": (
        "卡片上{names}都是 {said}，不知道要改哪一个，卡片没有改动。请连同名称一起说，例如“不良改成3”。",
        "On the card {names} are both {said}, so I cannot tell which to change; the card is unchanged. "
        "Name it, e.g. “scrap 3”.",
    ),
    "unclear_on_card": (
        "没看懂这句，卡片没有改动。请回复“确认”执行，或“取消”放弃；要改请说项和新值，例如“数量改成500”。",
        "I did not understand that, so the card is unchanged. Reply “confirm” to go ahead or “cancel” to drop it; to "
        "change it, name the field and its new value, e.g. “quantity 500”.",
    ),
    "confirm_or_cancel": (
        "请回复“确认”执行，或“取消”放弃；也可以直接说要改什么，例如“改成500”。",
        "Please reply “confirm” to go ahead or “cancel” to drop it; or say what to change, e.g. “change to 500”.",
    ),
    "expired": (
        "这个操作超过 {minutes} 分钟没有确认，已失效，K/3 没有任何改动。如需继续，请重新发起。",
        "This was not confirmed within {minutes} minutes and has expired; nothing was changed in K/3. "
        "Ask again to go on.",
    ),
    "cancelled": ("好的，已取消，K/3 没有任何改动。", "OK, cancelled. Nothing was changed in K/3."),
    "withdrawn_for_approver": ("{what} 的审批申请已被发起人撤回。", "The approval request for {what} was withdrawn."),
    # --- approval
    "no_supervisor": (
        "这个操作需要主管审批，但没有找到您的主管。请联系管理员在通讯录中设置。",
        "This needs a supervisor's approval, but no supervisor is on record for you. "
        "Please ask the administrator to set one.",
    ),
    "approval_title": ("{name} 的操作需要您审批", "{name}'s request needs your approval"),
    "approval_ask": (
        "**{title}**\n{summary}\n\n在这里回复“同意”或“驳回”（可加理由：驳回 交期太急）。",
        "**{title}**\n{summary}\n\nReply “approve” or “reject” here (a reason may follow: reject due date too tight).",
    ),
    "button_approve": ("同意", "Approve"),
    "button_reject": ("驳回", "Reject"),
    "sent_for_approval": (
        "已提交主管审批（{name}），审批通过后自动写入 K/3。",
        "Sent to your supervisor ({name}) for approval; it is written to K/3 once approved.",
    ),
    "waiting_for_approval": (
        "正在等待主管审批；要撤回请回复“取消”。",
        "This waits for your supervisor's approval; reply “cancel” to withdraw it.",
    ),
    "rejected": ("已驳回。", "Rejected."),
    "rejected_for_requester": (
        "{name} 驳回了您的操作，K/3 没有任何改动。",
        "{name} rejected your request; nothing was changed in K/3.",
    ),
    "reason": ("理由：{reason}", " Reason: {reason}"),
    # --- the write
    "written": ("✅ 已写入 K/3：{summary}", "✅ Written to K/3: {summary}"),
    "written_title": ("已写入 K/3", "Written to K/3"),
    "approved_written": ("已同意并写入 K/3：{summary}", "Approved and written to K/3: {summary}"),
    "things_changed": ("情况有变，没有写入 K/3：", "Things have changed; nothing was written to K/3:"),
    "uncertain_hint": (
        "稍后回复“确认”会先查 K/3 再决定，不会重复写入。",
        "Reply “confirm” later: K/3 is looked up first, and nothing is written twice.",
    ),
    "retry_hint": (
        "K/3 没有写入。稍后回复“确认”重试，或“取消”放弃。",
        "Nothing was written to K/3. Reply “confirm” later to try again, or “cancel” to drop it.",
    ),
    "created_summary": ("生产订单 **{bill}**（{name} ×{qty}）", "production order **{bill}** ({name} ×{qty})"),
    "reported_summary": (
        "{order} 报工单 **{bill}**：良品 {good}，不良 {scrap}",
        "{order} output report **{bill}**: good {good}, scrap {scrap}",
    ),
    "changed_summary": (
        "{order} 已更新（数量 {qty}，状态 {state}，完工 {finish}）",
        "{order} updated (quantity {qty}, state {state}, finish {finish})",
    ),
    # --- cards pressed and decisions typed (agent.clicks, agent.text_approvals, agent.multi)
    "card_invalid": ("这张卡片无效，请以最新消息为准。", "This card is not valid; please use the latest message."),
    "card_stale": (
        "这张卡片已过时（内容已修改），请使用最新的确认卡片。",
        "This card is out of date (it was changed); please use the latest card.",
    ),
    "card_done": ("这个操作{status}{bill}，无需再点。", "This request is {status}{bill}; no need to press again."),
    "only_requester_decides": (
        "只有发起人{who}可以确认或取消这个操作。",
        "Only {who}, who asked for it, can confirm or cancel this.",
    ),
    "awaiting_no_confirm": (
        "这个操作正在等待主管审批，无需再确认。",
        "This already waits for approval; no need to confirm again.",
    ),
    "not_submitted": ("这个操作还没有提交审批。", "This has not been sent for approval yet."),
    "not_your_report": (
        "您不是发起人的主管，不能审批这个操作。",
        "You are not the requester's supervisor, so you cannot decide on this.",
    ),
    "unknown_approver": (
        "钉钉通讯录里没有您的有效账号，这次审批没有生效。",
        "DingTalk has no active account for you, so this approval did not count.",
    ),
    "approver_unchecked": (
        "暂时无法向钉钉核实您的身份，这次审批没有生效，请稍后再试。",
        "DingTalk could not confirm who you are just now, so this approval did not count; please try again later.",
    ),
    "edit_hint": (
        "请直接发消息说要改什么，例如“数量改成500”或“交期改到下周五”。",
        "Just send what to change, e.g. “change quantity to 500” or “due next Friday”.",
    ),
    "handled_already": ("这个操作已处理，无需再点。", "This has been handled already; no need to press again."),
    "too_long": (
        "这条消息太长了（{chars} 字，{lines} 行），我没有处理。请一条消息只说一件事，不超过 {limit} 字，"
        "例如“MO20261103 报工 良品5”。",
        "That message is too long ({chars} characters, {lines} lines), so I did not read it. "
        "Please send one request per message, under {limit} characters, e.g. “MO20261103 good 5”.",
    ),
    "approve_in_private": (
        "审批请在与我的单聊里回复“同意”或“驳回”（或在审批卡片上点按钮），群里的回复不算审批。",
        "Approvals are answered in your 1:1 chat with me (or on the approval card), not in a group.",
    ),
    "approvals_waiting_words": (
        "有 {n} 个操作等待您审批，没有批准任何操作。要批准请回复“同意”，要驳回请回复“驳回”加理由。",
        "{n} requests wait for your approval; nothing was approved. Reply “approve” to approve, "
        "or “reject” and a reason to reject.",
    ),
    "approvals_list_hint": ("回复“同意”会列出全部，再按序号选择。", " “approve” lists them all, to choose by number."),
    "no_longer_waiting": ("这一项{status}，无需再审批。", "This one is {status}; there is nothing to decide."),
    "handled": ("已处理", "handled"),
    "no_item": ("没有第 {n} 项。", "No item {n}. "),
    "approvals_list": (
        "有 {n} 个操作等待您审批，请回复“同意 序号”或“驳回 序号 理由”",
        "{n} requests wait for your approval. Reply “approve 2” or “reject 2 reason”",
    ),
    "approvals_list_number": ("，或直接回复序号表示{word}：", ", or just the number to {word}:"),
    "too_many_requests": (
        "一条消息最多处理 {n} 个请求，请分几条发送。",
        "I handle at most {n} requests a message; please split it.",
    ),
    "several_received": ("收到 {n} 个请求，逐条处理", "{n} requests received, handled one by one"),
    "several_cards": ("（{n} 张确认卡片）：", " ({n} cards to confirm):"),
    "line_label": ("【第 {i} 条】", "[{i}] "),
    "lines_not_understood": (
        "这几行没看懂，没有处理：{lines}。请单独发送，写清订单号和数量。",
        "I did not understand these lines, so nothing was done with them: {lines}. "
        "Send each on its own, with the order number and quantities.",
    ),
    "confirm_each": (
        "可以逐张点“确认”，或回复“全部确认”；“确认 2”只确认第 2 张。",
        "Press “Confirm” on each card, or reply “confirm all”; “confirm 2” confirms card 2 only.",
    ),
    "which_card": (
        "有 {n} 个操作等您确认：\n{lines}\n回复“全部确认”，或“确认 1”只确认第 1 个（“取消 2”放弃第 2 个）。",
        "{n} requests wait for your confirmation:\n{lines}\nReply “confirm all”, or “confirm 1” for the first only "
        "(“cancel 2” drops the second).",
    ),
}

LINES |= {
    # --- said by the API around the agent (api.runtime)
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

_PROPOSAL_STATUS = {
    "executed": ("已执行", "done"),
    "cancelled": ("已取消", "cancelled"),
    "expired": ("已过期", "expired"),
    "rejected": ("已驳回", "rejected"),
    "failed": ("没有成功", "not done"),
    "executing": ("正在执行", "being written"),
    "awaiting_approval": ("正在等待主管审批", "waiting for approval"),
    "pending": ("等待确认", "waiting for confirmation"),
}


def proposal_status_name(status: str, lang: Lang = "zh") -> str:
    """Where a proposal is, as the chat says it (已执行, 正在等待主管审批, …)."""
    return in_lang(_PROPOSAL_STATUS.get(status, (status, status)), lang)
