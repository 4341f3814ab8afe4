"""A materials CSV (number,name,spec,unit,category,aliases) as `Material` rows, and a material's content hash.

The product reads its catalogue from K/3; a CSV serves benchmarks and `dingk3 resolve --catalog`."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

from tools.k3.models import Material

__all__ = ["item_hash", "load_catalog"]


def load_catalog(path: Path) -> list[Material]:
    """The rows as materials; `aliases` is `;`-separated."""
    materials: list[Material] = []
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
                    aliases=tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()),
                )
            )
    return materials


def item_hash(m: Material) -> str:
    """Content hash of what the index holds for one material; unchanged hash → nothing to rebuild or embed."""
    text = "\x1f".join([m.number, m.name, m.spec, m.category, "P" if m.producible else "-", *sorted(m.aliases)])
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()
