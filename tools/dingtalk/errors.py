"""DingTalk errors, under `dingk3.errors.DingTalkError`.

DingTalkError
└── DingTalkAPIError            the API answered with an error (HTTP status, code, message, request id)
    ├── DingTalkAuthError       credentials refused, or a token still refused after one refresh
    ├── DingTalkThrottled       throttled (HTTP 429, errcode 90002/410100/130101, status 1111): retry_after_s
    └── SessionWebhookExpired   the sessionWebhook is expired or refused: fall back to an OpenAPI send
"""

from __future__ import annotations

from dingk3.errors import DingTalkError

__all__ = ["DingTalkAPIError", "DingTalkAuthError", "DingTalkThrottled", "SessionWebhookExpired"]


class DingTalkAPIError(DingTalkError):
    """DingTalk answered with an error, or could not be reached (status 0)."""

    def __init__(self, message: str, *, status: int = 0, code: str = "", request_id: str = "", op: str = "") -> None:
        self.status = status
        self.code = code
        self.request_id = request_id
        self.op = op
        super().__init__(f"dingtalk {op or 'call'} failed: HTTP {status} code={code or '-'} {message}".rstrip())


class DingTalkAuthError(DingTalkAPIError):
    default_message = "钉钉应用凭证无效，请联系管理员检查 AppKey/AppSecret。"


class DingTalkThrottled(DingTalkAPIError):
    """Throttled; `retry_after_s` says how long DingTalk asked us to wait."""

    default_message = "钉钉消息发送太频繁，请稍后再试。"

    def __init__(self, message: str, *, retry_after_s: float, **kwargs: object) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(message, **kwargs)  # type: ignore[arg-type]


class SessionWebhookExpired(DingTalkAPIError):
    """The conversation's sessionWebhook no longer works; send through the OpenAPI instead."""
