"""What the bot says on and about a confirmation card: the card, its corrections, its end, and presses on it."""

from __future__ import annotations

__all__ = ["CARD_LINES"]

CARD_LINES: dict[str, tuple[str, str]] = {
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
    # 做了30个，坏了2个: do the 30 include the 2 bad ones? Both readings shown, so a yes, a no or a figure answers.
    "made_includes_scrap": (
        "如{made}个里已包括坏的{scrap}个，回复“包括”，改为良品{good}、不良{scrap}。",
        "If the {made} already include the {scrap} scrap, reply “included” to make it good {good}, scrap {scrap}.",
    ),
    "warning_note": ("⚠️ 提醒：{warnings}", "⚠️ Note: {warnings}"),
    "approval_needed": ("⚠️ 需要主管审批：{risks}", "⚠️ Needs a supervisor's approval: {risks}"),
    "risk_accepted": ("⚠️ 风险（您确认即视为审批）：{risks}", "⚠️ Risk (your confirmation approves it): {risks}"),
    "old_card_void": ("原来的待确认操作已作废，请重新发起。", "The card waiting before is void; please ask again."),
    "card_unchanged_after_refusal": (
        "卡片没有改动，仍按上面的内容等待确认：请说要改的项和新值，或回复“取消”放弃。",
        "The card is unchanged and still waiting: say what to change and the new value, or reply “cancel”.",
    ),
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
    "click_after_unread_fix": (
        "您刚才的消息我没看懂，卡片还是原来的内容，没有执行。确定按这张卡片执行请再点一次“确认”；要改请说项和新值，例如“数量改成300”。",
        "I could not read your last message, so the card is unchanged and nothing was done. Press “confirm” again to "
        "go ahead with the card as shown, or name the field and its new value, e.g. “quantity 300”.",
    ),
    "yes_after_refused_fix": (
        "刚才的修改没有通过，卡片还是上面原来的内容，没有执行。确定按原内容执行请再回复“确认”；要改请说项和新值。",
        "Your last change was refused, so the card is as shown above and nothing was done. Reply “confirm” again to go "
        "ahead with it as shown, or name the field and its new value.",
    ),
    "yes_after_unread_fix": (
        "您刚才的消息我没看懂，卡片还是原来的内容，没有执行。按上面的卡片执行请再回复“确认”；要改请说项和新值，例如“不良改成3”。",
        "I could not read your last message, so the card is unchanged and nothing was done. Reply “confirm” again to "
        "go ahead with the card as shown, or name the field and its new value, e.g. “scrap 3”.",
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
    "card_waits": (
        "好的，卡片先留着，没有改动；好了回复“确认”执行，要改直接说。",
        "Sure, the card stays as it is; reply “confirm” when ready, or say what to change.",
    ),
    "confirm_or_cancel": (
        "请回复“确认”执行，或“取消”放弃；也可以直接说要改什么，例如“改成500”。",
        "Please reply “confirm” to go ahead or “cancel” to drop it; or say what to change, e.g. “change to 500”.",
    ),
    # a message that leaves the card as it is (就1000整 on a card of 1000, 交期不动了): read, and said so
    "kept_restated": (
        "卡片上已经是{figures}，没有改动。执行请回复“确认”，放弃请回复“取消”。",
        "The card already says {figures}, so nothing changed. Reply “confirm” to go ahead or “cancel” to drop it.",
    ),
    "kept_unchanged": (
        "好的，{names}保持不变，卡片没有改动。执行请回复“确认”，放弃请回复“取消”。",
        "OK, {names} stays as it is; the card is unchanged. Reply “confirm” to go ahead or “cancel” to drop it.",
    ),
    "kept_as_is": (
        "好的，卡片没有改动。执行请回复“确认”，放弃请回复“取消”。",
        "OK, the card is unchanged. Reply “confirm” to go ahead or “cancel” to drop it.",
    ),
    "kept_only_change": (
        "这张卡片只改{names}；{names}不改就没有要改的了，已取消，K/3 没有任何改动。",
        "This card changes only {names}; without that nothing is left to do, so it is cancelled. Nothing was "
        "changed in K/3.",
    ),
    "expired": (
        "这个操作超过 {minutes} 分钟没有确认，已失效，K/3 没有任何改动。如需继续，请重新发起。",
        "This was not confirmed within {minutes} minutes and has expired; nothing was changed in K/3. "
        "Ask again to go on.",
    ),
    "cancelled": ("好的，已取消，K/3 没有任何改动。", "OK, cancelled. Nothing was changed in K/3."),
    "withdrawn_for_approver": ("{what} 的审批申请已被发起人撤回。", "The approval request for {what} was withdrawn."),
    # --- cards pressed (agent.clicks)
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
    "edit_hint": (
        "请直接发消息说要改什么，例如“数量改成500”或“交期改到下周五”。",
        "Just send what to change, e.g. “change quantity to 500” or “due next Friday”.",
    ),
    "handled_already": ("这个操作已处理，无需再点。", "This has been handled already; no need to press again."),
}
