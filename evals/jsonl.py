"""Eval files are JSONL: one record a line, blank lines skipped, every error named by file and line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["load_records"]

T = TypeVar("T")


def load_records(
    path: Path, build: Callable[[dict[str, Any], set[str], str], T], *, pattern: str = "*.jsonl"
) -> list[T]:
    """`build(record, ids seen, file name)` for every line of one file, or of every matching file under a folder
    (by name); a malformed line, or one `build` refuses (KeyError, TypeError, ValueError), is a ValueError naming it."""
    files = sorted(path.rglob(pattern)) if path.is_dir() else [path]
    seen: set[str] = set()
    out: list[T] = []
    for f in files:
        for n, line in _lines(f):
            try:
                out.append(build(json.loads(line), seen, f.name))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{f}:{n}: {exc}") from exc
    return out


def _lines(f: Path) -> Iterator[tuple[int, str]]:
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            yield n, line
