"""Expiring signed board links and board sessions: an HMAC over who, what for and until when, with a server secret.

A link sent in chat carries `?t=<token>` for the user it was sent to; opening it sets a session cookie (a
token of its own kind) and the link's token leaves the address bar. Nothing is stored server-side.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dingk3.config import Settings

__all__ = ["BoardLinks"]

Purpose = Literal["link", "session"]


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class BoardLinks:
    """`url(user, now)` for chat; `verify(token, now, purpose)` → the user id, or None when forged or expired."""

    def __init__(self, secret: str, base_url: str = "", *, link_ttl_s: float = 86_400, session_ttl_s: float = 43_200):
        # a key of its own, derived: a board token can never be used as, or reveal, the DingTalk secret
        self._key = hmac.new(secret.encode(), b"dingk3 board links v1", hashlib.sha256).digest()
        self.base_url = base_url
        self.ttl_s: dict[Purpose, float] = {"link": link_ttl_s, "session": session_ttl_s}

    @classmethod
    def from_settings(cls, settings: Settings) -> BoardLinks:
        secret = settings.board_secret.get_secret_value() or settings.dingtalk_app_secret.get_secret_value()
        base = settings.public_url.rstrip("/") + "/board" if settings.public_url else ""
        return cls(secret, base, link_ttl_s=settings.board_link_ttl_h * 3600)

    @classmethod
    def maker(cls, settings: Settings) -> Callable[[str], str] | None:
        """user id → a fresh signed board link (expiry on the transport clock, as the board checks it); None when
        the board has no public URL."""
        if not settings.public_url:
            return None
        links = cls.from_settings(settings)
        return lambda user_id: links.url(user_id, time.time())

    def token(self, user_id: str, now: float, purpose: Purpose = "link") -> str:
        expires = int(now + self.ttl_s[purpose])
        payload = _b64(f"{user_id}\n{expires}".encode())
        return f"{payload}.{self._mac(purpose, payload)}"

    def url(self, user_id: str, now: float) -> str:
        """The board address with a fresh link token for `user_id`; empty when the board has no public URL."""
        return f"{self.base_url}?t={self.token(user_id, now)}" if self.base_url else ""

    def verify(self, token: str, now: float, purpose: Purpose = "link") -> str | None:
        payload, _, mac = token.partition(".")
        if not payload or len(token) > 512 or not token.isascii():
            return None
        if not hmac.compare_digest(mac.encode(), self._mac(purpose, payload).encode()):
            return None
        try:
            user_id, _, expires = _unb64(payload).decode().partition("\n")
            if not (expires.isascii() and expires.isdigit()) or int(expires) < now:
                return None
        except (ValueError, UnicodeDecodeError):
            return None
        return user_id or None

    def _mac(self, purpose: str, payload: str) -> str:
        return _b64(hmac.new(self._key, f"{purpose}\n{payload}".encode(), hashlib.sha256).digest())
