"""Who may see what: security headers on every response, the board's signed-link login, the operator's token.

- Every response gets a CSP that frames nothing and runs no script, `nosniff` and `no-referrer` (one middleware).
- `/board` needs a session cookie, set by opening a signed link the bot sent in chat; in demo mode a browser on
  this machine sees it without one.
- `/metrics` and `/healthz?detail=1` need `Authorization: Bearer <DINGK3_OPS_TOKEN>`; in demo mode, loopback.
"""

from __future__ import annotations

import hmac
import ipaddress
from typing import Any

from fastapi import Request

from dingk3.config import Settings

__all__ = ["SecurityHeaders", "is_local_demo", "is_operator"]

_PAGE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
    " frame-ancestors 'none'"
)
# the demo's /docs and /redoc load their script and style from a CDN (they are off outside demo mode)
_DOCS_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; style-src 'unsafe-inline'"
    " https://cdn.jsdelivr.net https://fonts.googleapis.com; font-src https://fonts.gstatic.com;"
    " img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; connect-src 'self';"
    " worker-src blob:; frame-ancestors 'none'"
)
_COMMON = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Pure ASGI middleware (no body buffering): the headers are added to every HTTP response start."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        csp = (_DOCS_CSP if path in ("/docs", "/redoc") else _PAGE_CSP).encode()

        async def send_with_headers(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != b"content-security-policy"]
                message = message | {"headers": [*headers, (b"content-security-policy", csp), *_COMMON]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def is_local_demo(request: Request, settings: Settings) -> bool:
    """An explicit demo, and the browser is on this machine."""
    if settings.demo_mode is not True or request.client is None:
        return False
    try:
        return ipaddress.ip_address(request.client.host).is_loopback
    except ValueError:
        return False


def is_operator(request: Request, settings: Settings) -> bool:
    """The request carries the operators' bearer token (or comes from this machine in demo mode)."""
    token = settings.ops_token.get_secret_value()
    given = request.headers.get("authorization", "")
    if token and hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
        return True
    return is_local_demo(request, settings)
