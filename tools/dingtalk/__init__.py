"""The DingTalk OpenAPI client, its typed errors and (in `tools.dingtalk.signing`) the signature helpers."""

from tools.dingtalk.client import DingTalkClient
from tools.dingtalk.errors import DingTalkAPIError, DingTalkAuthError, DingTalkThrottled, SessionWebhookExpired

__all__ = ["DingTalkAPIError", "DingTalkAuthError", "DingTalkClient", "DingTalkThrottled", "SessionWebhookExpired"]
