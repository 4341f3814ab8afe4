"""Which reply webhooks a callback may hand us: only DingTalk's own host, with an expiry of a few hours at most.

A robot callback names the URL its reply should go to (`sessionWebhook`) and how long it works. Both come
from the body, which the signature does not cover, so neither is trusted as given: the URL is called only when
its host is on the allow-list, and the expiry is capped.
"""

from __future__ import annotations

import ipaddress
from typing import Any
from urllib.parse import urlsplit

__all__ = ["MAX_WEBHOOK_TTL_MS", "BadWebhook", "capped_webhook", "webhook_allowed"]

MAX_WEBHOOK_TTL_MS = 2 * 3_600_000  # DingTalk gives 90 minutes; more than 2 h from receipt is never believed
_ABSURD_AHEAD_MS = 7 * 86_400_000  # further ahead than a week is not a clock problem: the body is refused


class BadWebhook(ValueError):
    """The callback's sessionWebhook expiry is not a plausible time (year 9999, 1e30, negative, text)."""


def capped_webhook(body: dict[str, Any], received_ms: int) -> dict[str, Any]:
    """The body with `sessionWebhookExpiredTime` capped at receipt + 2 h; BadWebhook for an absurd value."""
    raw = body.get("sessionWebhookExpiredTime")
    if raw is None or raw == "":
        return body
    if isinstance(raw, bool) or not isinstance(raw, int | str):
        raise BadWebhook("sessionWebhookExpiredTime is not an integer")
    if isinstance(raw, str) and not (raw.isascii() and raw.isdigit() and len(raw) <= 16):
        raise BadWebhook("sessionWebhookExpiredTime is not an integer")
    expires = int(raw)
    if expires < 0 or expires > received_ms + _ABSURD_AHEAD_MS:
        raise BadWebhook("sessionWebhookExpiredTime is out of range")
    return body | {"sessionWebhookExpiredTime": min(expires, received_ms + MAX_WEBHOOK_TTL_MS)}


def webhook_allowed(url: str, hosts: frozenset[str]) -> bool:
    """True when `url` is https on an allowed host (`host` or `host:port` entries); plain http only for a
    loopback host on the list (the DingTalk simulator)."""
    try:
        parts = urlsplit(url)
        host, port = (parts.hostname or "").lower(), parts.port
    except ValueError:  # a port that is not a number
        return False
    if not host or parts.username or parts.password:
        return False
    if host not in hosts and f"{host}:{port}" not in hosts:
        return False
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and _loopback(host)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
