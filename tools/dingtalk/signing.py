"""DingTalk signatures, as pure functions: robot callbacks, custom robot URLs and card callbacks."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from urllib.parse import parse_qsl, quote_plus, urlencode, urlsplit, urlunsplit

__all__ = [
    "card_callback_signature",
    "custom_robot_url",
    "robot_sign",
    "verify_card_callback",
    "verify_robot_request",
]

ONE_HOUR_MS = 3_600_000
FUTURE_SKEW_MS = 300_000  # a timestamp from the future is accepted this far ahead only (clock skew)
_MAX_TS_DIGITS = 16  # ms timestamps have 13 digits; anything much longer is junk, never parsed


def _hmac_b64(key: str, message: str) -> str:
    digest = hmac.new(key.encode("utf-8"), message.encode("utf-8"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def robot_sign(secret: str, ts_ms: int | str) -> str:
    """`base64(HMAC_SHA256(secret, f"{ts}\\n{secret}"))`: robot callback header `sign` (not URL-encoded)."""
    return _hmac_b64(secret, f"{ts_ms}\n{secret}")


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None:  # plain dicts are case-sensitive; HTTP header names are not
        lowered = {k.lower(): v for k, v in headers.items()}
        value = lowered.get(name.lower())
    return value


def _fresh(ts: str | None, now_ms: int, window_ms: int) -> bool:
    """`ts` is plain ASCII digits of a sane length, at most `window_ms` old and at most FUTURE_SKEW_MS ahead.

    `str.isdigit` alone lets "²" through, and `int` refuses over 4,300 digits: both were HTTP 500s."""
    if not ts or len(ts) > _MAX_TS_DIGITS or not (ts.isascii() and ts.isdigit()):
        return False
    return -FUTURE_SKEW_MS <= now_ms - int(ts) <= window_ms


def _same(sign: str, expected: str) -> bool:
    return sign.isascii() and hmac.compare_digest(sign.encode(), expected.encode())


def verify_robot_request(headers: Mapping[str, str], secret: str, now_ms: int, window_ms: int = ONE_HOUR_MS) -> bool:
    """True only for a robot callback whose `timestamp` is within the window and whose `sign` matches."""
    ts, sign = _header(headers, "timestamp"), _header(headers, "sign")
    if not ts or not sign or not _fresh(ts, now_ms, window_ms):
        return False
    return _same(sign, robot_sign(secret, ts))


def custom_robot_url(webhook: str, secret: str, ts_ms: int) -> str:
    """The custom group robot webhook with `timestamp` and URL-encoded `sign` appended."""
    parts = urlsplit(webhook)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in ("timestamp", "sign")]
    query += [("timestamp", str(ts_ms)), ("sign", robot_sign(secret, ts_ms))]
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote_plus)))


def card_callback_signature(api_secret: str, ts: int | str) -> str:
    """`x-ddpaas-signature` of an HTTP card callback: `base64(HMAC_SHA256(apiSecret, str(ts)))`."""
    return _hmac_b64(api_secret, str(ts))


def verify_card_callback(
    headers: Mapping[str, str], api_secret: str, now_ms: int, window_ms: int = ONE_HOUR_MS
) -> bool:
    """True only for a card callback with a fresh `x-ddpaas-signature-timestamp` and a matching signature."""
    ts, sign = _header(headers, "x-ddpaas-signature-timestamp"), _header(headers, "x-ddpaas-signature")
    if not ts or not sign or not _fresh(ts, now_ms, window_ms):
        return False
    return _same(sign, card_callback_signature(api_secret, ts))
