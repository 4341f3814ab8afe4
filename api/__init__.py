"""The HTTP face of DingK3: DingTalk callbacks, card clicks, events, health (FastAPI)."""

from api.app import create_app

__all__ = ["create_app"]
