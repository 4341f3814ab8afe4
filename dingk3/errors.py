"""The one error tree of DingK3; every error carries what a chat user needs to act.

    DingK3Error
    ├── ConfigError                  settings or a config file are wrong
    ├── K3Error                      anything from talking to K/3 Cloud
    │   ├── K3TransportError         network, timeout, HTTP 5xx: nothing known about the outcome
    │   ├── K3AuthError              login refused (bad account, user, AppID or secret)
    │   ├── K3BusinessError          K/3 answered IsSuccess=false (MsgCode, FieldName, message)
    │   ├── K3WriteUncertainError    a write whose outcome could not be settled, even by lookup
    │   └── CatalogUnavailable       K/3 did not answer at start-up and there is no last good catalogue on disk
    ├── ParseTimeout                 understanding one message took too long: the input is set aside
    ├── ResolveError                 a material or workshop name did not resolve
    ├── RuleViolation                a deterministic business rule refused the action
    └── DingTalkError                DingTalk OpenAPI refused or failed

`user_message` is the Chinese text shown in chat, `user_message_en` the English one (`said(lang)` picks);
`str(error)` is for logs only.
"""

from __future__ import annotations

import re

__all__ = [
    "CatalogUnavailable",
    "ConfigError",
    "DingK3Error",
    "DingTalkError",
    "K3AuthError",
    "K3BusinessError",
    "K3Error",
    "K3TransportError",
    "K3WriteUncertainError",
    "ParseTimeout",
    "ResolveError",
    "RuleViolation",
]


class DingK3Error(Exception):
    """Base of every error the product raises on purpose."""

    default_message = "操作没有完成，请稍后再试。"
    default_message_en = "That did not get done; please try again later."

    def __init__(
        self, detail: str = "", *, user_message: str | None = None, user_message_en: str | None = None
    ) -> None:
        super().__init__(detail or self.default_message)
        self.user_message = user_message or self.default_message
        self.user_message_en = user_message_en or self.default_message_en

    def said(self, lang: str) -> str:
        """The chat text in the reader's language ("zh" or "en")."""
        return self.user_message_en if lang == "en" else self.user_message


class ConfigError(DingK3Error):
    default_message = "系统配置有误，请联系管理员。"
    default_message_en = "The system is misconfigured; please contact the administrator."


class K3Error(DingK3Error):
    default_message = "K/3 暂时无法访问，请稍后再试。"
    default_message_en = "K/3 cannot be reached just now; please try again later."


class K3TransportError(K3Error):
    default_message = "K/3 暂时连不上（网络或服务器错误），请稍后再试。"
    default_message_en = "K/3 cannot be reached just now (network or server error); please try again later."


class K3AuthError(K3Error):
    default_message = "K/3 登录失败，请联系管理员检查 K/3 账号配置。"
    default_message_en = "K/3 refused the login; please ask the administrator to check the K/3 account settings."


# MsgCode → what the user should do next (codes from the K/3 WebAPI documentation).
_MSGCODE_HINTS = {
    1: "K/3 会话已失效，请重试。",
    2: "K/3 账号没有这个操作的权限，请联系管理员。",
    9: "K/3 不认识这个字段或值，请检查输入。",
    10: "K/3 里没有找到对应的数据，请检查单号。",
    12: "单据当前状态不允许这个操作。",
    13: "单据正被其他人操作，请稍后再试。",
    14: "K/3 调用太频繁，请稍后再试。",
}
_MSGCODE_HINTS_EN = {
    1: "the K/3 session expired; please try again.",
    2: "the K/3 account may not do this; please ask the administrator.",
    9: "K/3 does not know a field or value; please check what you typed.",
    10: "K/3 has no such record; please check the number.",
    12: "the bill's state does not allow this.",
    13: "someone else is working on this bill; please try again shortly.",
    14: "K/3 is being called too often; please try again shortly.",
}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


_MAX_K3_TEXT = 120
# where K/3's own words stop and its internals begin: .NET exceptions and stack frames (English and Chinese
# "在 …"/"位置 …"), SQL, namespaces, file paths
_INTERNALS = re.compile(
    r"位置\s*(?=[A-Za-z]:\\|/)|^\s*(?:在|位置) |\b(?:System|Kingdee|Microsoft|Oracle|Newtonsoft)\.[\w.]+"
    r"|\w*Exception\b|\bat [\w.<>`]+\(|StackTrace|Traceback|0x[0-9a-fA-F]{6,}"
    r"|\b(?:SELECT|INSERT|UPDATE|DELETE|MERGE|EXEC)\b\s|\b(?:FROM|WHERE|VALUES)\s|\bT_[A-Z0-9_]{2,}\b|\bdbo\."
    r"|[A-Za-z]:\\|/(?:[\w.-]+/){2,}|\.(?:cs|dll|py|java)\b",
    re.MULTILINE,
)


def k3_business_text(message: str) -> str:
    """K/3's business message only: its first line, up to the first sign of internals, at most 120 characters."""
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    cut = _INTERNALS.search(first)
    text = first[: cut.start()] if cut else first
    text = text.rstrip(" \t:：,，;；(（-—")
    if len(text) > _MAX_K3_TEXT:
        text = text[: _MAX_K3_TEXT - 1] + "…"
    return text


class K3BusinessError(K3Error):
    """K/3 refused the request: MsgCode, the field it blames and its own message."""

    def __init__(
        self,
        message: str,
        *,
        msg_code: int = 0,
        field: str | None = None,
        bill_no: str | None = None,
        errors: list[dict[str, object]] | None = None,
    ) -> None:
        self.msg_code = msg_code
        self.field = field
        self.bill_no = bill_no
        self.errors = errors or []
        prefix = f"{bill_no}：" if bill_no else ""
        hint = _MSGCODE_HINTS.get(msg_code, "")
        shown = k3_business_text(message)  # the whole message stays in str(self), for the log and the audit
        text = f"K/3 拒绝了操作：{prefix}{shown}" if shown else f"K/3 拒绝了操作。{prefix}"
        if hint and hint not in text:
            text = f"{text}（{hint}）"
        hint_en = _MSGCODE_HINTS_EN.get(msg_code, "")
        where = f"{bill_no}: " if bill_no else ""
        if shown and not (hint_en and _CJK.search(shown)):  # K/3's own words, unless a hint says it in English
            text_en = f"K/3 refused the request: {where}{shown}" + (f" ({hint_en})" if hint_en else "")
        else:
            text_en = f"K/3 refused the request: {where}{hint_en or 'no reason given.'}"
        super().__init__(
            f"K3 MsgCode={msg_code} field={field} bill={bill_no}: {message}", user_message=text, user_message_en=text_en
        )


class K3WriteUncertainError(K3Error):
    default_message = "K/3 没有确认这次写入是否成功，系统已记录，请稍后用单号查询后再决定是否重试。"
    default_message_en = (
        "K/3 did not confirm whether this write went through; it is on record. Look the bill up later before "
        "deciding to try again."
    )

    def __init__(self, detail: str = "", *, idempotency_key: str = "") -> None:
        self.idempotency_key = idempotency_key
        super().__init__(detail)


class CatalogUnavailable(K3Error):
    """No catalogue to resolve with: K/3 did not answer and no earlier pull was saved. Refuses start-up."""

    default_message = "物料和车间资料还没能从 K/3 读取，请联系管理员。"


class ParseTimeout(DingK3Error):
    default_message = "这条消息没能处理，已交给管理员查看。请一条消息只说一件事，简短些再发一次。"
    default_message_en = (
        "That message could not be handled and went to the administrator. Please send one short request per message."
    )


class ResolveError(DingK3Error):
    default_message = "没有找到对应的物料或车间。"
    default_message_en = "No such item or workshop was found."


class RuleViolation(DingK3Error):
    default_message = "这个操作不符合业务规则。"
    default_message_en = "This breaks a business rule."


class DingTalkError(DingK3Error):
    default_message = "钉钉消息发送失败，请稍后再试。"
    default_message_en = "The DingTalk message could not be sent; please try again later."
