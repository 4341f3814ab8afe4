"""The K/3 Cloud signatures: SDK 8.x per-request HMAC headers and the LoginBySign digest."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote

__all__ = [
    "api_signature",
    "app_data",
    "client_secret",
    "encode_path",
    "hmac_b64",
    "kd_signature",
    "login_sign",
    "login_sign_sha1",
]

# The XOR key the SDK hides behind rot13 ("0054s397…" → "0054f397…").
_XOR_KEY = b"0054f397c6234378b09ca7d3e5debce7"


def client_secret(app_id: str) -> str:
    """The client secret derived from the 32-char part of an AppID; '' when the part is not 32 chars."""
    parts = app_id.split("_")
    if len(parts) != 2 or len(parts[1]) != 32:
        return ""
    raw = base64.b64decode(parts[1])
    return base64.b64encode(bytes(b ^ _XOR_KEY[i] for i, b in enumerate(raw))).decode()


def hmac_b64(message: str, key: str) -> str:
    """base64(lowercase-hex(HMAC-SHA256(key, message))), as the SDK computes it."""
    digest = hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()
    return base64.b64encode(digest.encode()).decode()


def encode_path(path: str) -> str:
    """The request path percent-encoded with '/' as %2F."""
    return quote(path, encoding="utf-8").replace("/", "%2F")


def api_signature(path: str, timestamp: str, nonce: str, client_sec: str) -> str:
    """X-Api-Signature for a POST to `path`."""
    msg = f"POST\n{encode_path(path)}\n\nx-api-nonce:{nonce}\nx-api-timestamp:{timestamp}\n"
    return hmac_b64(msg, client_sec)


def app_data(acct_id: str, username: str, lcid: int | str, org_num: int | str) -> str:
    """The plain text carried base64-encoded in X-Kd-Appdata."""
    return f"{acct_id},{username},{lcid},{org_num}"


def kd_signature(app_id: str, data: str, app_secret: str) -> str:
    """X-Kd-Signature over AppID + appData with the app secret."""
    return hmac_b64(app_id + data, app_secret)


def _sorted_concat(acct_id: str, username: str, app_id: str, app_secret: str, timestamp: str | int) -> bytes:
    return "".join(sorted([acct_id, username, app_id, app_secret, str(timestamp)])).encode()


def login_sign(acct_id: str, username: str, app_id: str, app_secret: str, timestamp: str | int) -> str:
    """LoginBySign `sign`: SHA-256 hex of the ordinal-sorted, concatenated values."""
    return hashlib.sha256(_sorted_concat(acct_id, username, app_id, app_secret, timestamp)).hexdigest()


def login_sign_sha1(acct_id: str, username: str, app_id: str, app_secret: str, timestamp: str | int) -> str:
    """The same digest with SHA-1, as builds before 2022-05 compute it."""
    return hashlib.sha1(_sorted_concat(acct_id, username, app_id, app_secret, timestamp)).hexdigest()
