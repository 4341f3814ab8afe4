"""Local stand-ins for the outside services DingK3 talks to (K/3 Cloud, DingTalk)."""

__all__: list[str] = []
