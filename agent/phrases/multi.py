"""What the bot says to a message holding several requests (agent.multi)."""

from __future__ import annotations

__all__ = ["MULTI_LINES"]

MULTI_LINES: dict[str, tuple[str, str]] = {
    # --- several requests in one message
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
        "可以逐张点“确认”，或回复“全部确认”；“确认 {i}”只确认第 {i} 条。",
        "Press “Confirm” on each card, or reply “confirm all”; “confirm {i}” confirms [{i}] only.",
    ),
    "which_card": (
        "有 {n} 个操作等您确认：\n{lines}\n回复“全部确认”，或“确认 {i}”只确认第 {i} 个（“取消 {j}”放弃第 {j} 个）。",
        "{n} requests wait for your confirmation:\n{lines}\nReply “confirm all”, or “confirm {i}” for [{i}] only "
        "(“cancel {j}” drops [{j}]).",
    ),
    "pick_card_number": (
        "请回复等待确认的卡片序号：{numbers}。",
        "Please reply with the number of a waiting card: {numbers}.",
    ),
}
