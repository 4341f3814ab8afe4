"""The ASGI entry point for uvicorn workers: `uvicorn api.asgi:app` (settings from DINGK3_* variables)."""

from api.app import create_app

__all__ = ["app"]

app = create_app()
