"""What the bot says when it writes to K/3: what was written, and why nothing was."""

from __future__ import annotations

__all__ = ["WRITE_LINES"]

WRITE_LINES: dict[str, tuple[str, str]] = {
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
}
