"""Incremental sync of materials and workshops from K/3 (by modify date) into the resolvers."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Protocol

from tools.k3.models import Material, Workshop
from tools.resolve.materials import MaterialResolver
from tools.resolve.workshops import WorkshopResolver

__all__ = ["CursorStore", "FileCursorStore", "sync_materials", "sync_workshops"]


class _MaterialSource(Protocol):
    async def list_materials(self, *, modified_since: datetime | None = None) -> list[Material]: ...


class _WorkshopSource(Protocol):
    async def list_workshops(self, *, modified_since: datetime | None = None) -> list[Workshop]: ...


class CursorStore(Protocol):
    def get(self, name: str) -> datetime | None: ...
    def set(self, name: str, value: datetime) -> None: ...


class FileCursorStore:
    """Last seen K/3 modify date per form, in one small JSON file."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _load(self) -> dict[str, str]:
        return json.loads(self._path.read_text(encoding="utf-8")) if self._path.exists() else {}

    def get(self, name: str) -> datetime | None:
        value = self._load().get(name)
        return datetime.fromisoformat(value) if value else None

    def set(self, name: str, value: datetime) -> None:
        data = self._load()
        data[name] = value.isoformat()
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._path.write_text(json.dumps(data, indent=1), encoding="utf-8")


def _latest(rows: list[Material] | list[Workshop], since: datetime | None) -> datetime | None:
    dates = [r.modify_date for r in rows if r.modify_date is not None]
    return max([d for d in (since, *dates) if d is not None], default=None)


async def sync_materials(client: _MaterialSource, resolver: MaterialResolver, cursor_store: CursorStore) -> int:
    """Pull materials modified since the stored cursor and upsert them; returns how many changed."""
    since = cursor_store.get("materials")
    rows = await client.list_materials(modified_since=since)
    changed = resolver.upsert(rows)
    latest = _latest(rows, since)
    if latest is not None:
        cursor_store.set("materials", latest)
    return changed


async def sync_workshops(client: _WorkshopSource, resolver: WorkshopResolver, cursor_store: CursorStore) -> int:
    """Same for workshops (K/3 departments)."""
    since = cursor_store.get("workshops")
    rows = await client.list_workshops(modified_since=since)
    changed = resolver.upsert(rows)
    latest = _latest(rows, since)
    if latest is not None:
        cursor_store.set("workshops", latest)
    return changed
