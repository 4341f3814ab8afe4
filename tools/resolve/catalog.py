"""Load a materials CSV (number,name,spec,unit,category,aliases) into `Material` rows and seed aliases."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable
from pathlib import Path

from tools.k3.models import Material

__all__ = ["item_hash", "load_catalog"]


def load_catalog(path: Path) -> tuple[list[Material], dict[str, list[str]]]:
    """The rows as materials, and each number's `;`-separated aliases."""
    materials: list[Material] = []
    aliases: dict[str, list[str]] = {}
    with path.open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f):
            number = (row.get("number") or "").strip()
            if not number:
                continue
            materials.append(
                Material(
                    number=number,
                    name=(row.get("name") or "").strip(),
                    spec=(row.get("spec") or "").strip(),
                    unit=(row.get("unit") or "").strip(),
                    category=(row.get("category") or "").strip(),
                )
            )
            aliases[number] = [a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()]
    return materials, aliases


def item_hash(m: Material, aliases: Iterable[str]) -> str:
    """Content hash of what the index embeds for one material; unchanged hash → no re-embedding."""
    text = "\x1f".join([m.number, m.name, m.spec, m.category, *sorted(aliases)])
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
