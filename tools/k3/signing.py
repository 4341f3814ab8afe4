"""K/3 Cloud request signatures: the SDK 8.x per-request headers and the LoginBySign sign (pure)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote, urlsplit

__all__ = ["client_secret", "hmac_b64hex", "login_sign", "signed_headers"]

# The official SDK hides this key with rot13 and random padding; this is its decoded value.
_SDK_XOR_KEY = b"0054f397c6234378b09ca7d3e5debce7"


def client_secret(app_id: str) -> str:
    """The secret behind `X-Api-Signature`: the AppID's 32-char part, base64-decoded, XORed, re-encoded."""
    _, _, part = app_id.partition("_")
    if len(part) != 32:
        return ""
    raw = base64.b64decode(part)
    return base64.b64encode(bytes(b ^ _SDK_XOR_KEY[i] for i, b in enumerate(raw))).decode()


def hmac_b64hex(message: str, key: str) -> str:
    """base64(lowercase hex(HMAC-SHA256(key, message))), as the SDK computes it."""
    digest = hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()
    return base64.b64encode(digest.encode()).decode()


def signed_headers(
    url: str,
    *,
    app_id: str,
    app_secret: str,
    acct_id: str,
    username: str,
    lcid: int,
    org_num: str | int = 0,
    timestamp: int,
) -> dict[str, str]:
    """The X-Api-* and X-Kd-* headers the SDK 8.x sends with every request to `url`."""
    path = urlsplit(url).path if url.startswith("http") else url
    enc_path = quote(path, safe="")
    ts = str(timestamp)
    client_id = app_id.split("_", 1)[0] if "_" in app_id else ""
    api_sign = f"POST\n{enc_path}\n\nx-api-nonce:{ts}\nx-api-timestamp:{ts}\n"
    app_data = f"{acct_id},{username},{lcid},{org_num}"
    return {
        "X-Api-ClientID": client_id,
        "X-Api-Auth-Version": "2.0",
        "x-api-timestamp": ts,
        "x-api-nonce": ts,
        "x-api-signheaders": "x-api-timestamp,x-api-nonce",
        "X-Api-Signature": hmac_b64hex(api_sign, client_secret(app_id)),
        "X-Kd-Appkey": app_id,
        "X-Kd-Appdata": base64.b64encode(app_data.encode()).decode(),
        "X-Kd-Signature": hmac_b64hex(app_id + app_data, app_secret),
    }


def login_sign(acct_id: str, username: str, app_id: str, app_secret: str, timestamp: int) -> str:
    """LoginBySign `sign`: SHA-256 hex of the ordinally sorted, concatenated parts."""
    parts = sorted([acct_id, username, app_id, app_secret, str(timestamp)])
    return hashlib.sha256("".join(parts).encode()).hexdigest()
