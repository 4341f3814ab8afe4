"""The HTTP face of DingK3: DingTalk callbacks, card clicks, events, health (FastAPI)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from api.app import create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    """`create_app` loads the app on first use: `dingk3 inbox` or `outbox` (api.inbox, api.events) need none of it."""
    if name == "create_app":
        from api.app import create_app

        return create_app
    raise AttributeError(f"module 'api' has no attribute {name!r}")
