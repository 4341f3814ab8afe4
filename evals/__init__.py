"""Offline evaluation of DingK3's understanding: JSONL cases plus a deterministic scorer."""

__all__: list[str] = []
