"""A local K/3 Cloud (金蝶云星空) WebAPI emulator for development and tests."""

from .app import create_app, serve
from .config import EmulatorConfig

__all__ = ["EmulatorConfig", "create_app", "serve"]
