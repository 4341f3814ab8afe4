"""DingK3: Kingdee K/3 Cloud production orders from DingTalk chat."""

__all__ = ["__version__"]

__version__ = "0.1.0"
