"""Prompt texts (files beside this one) with named `{placeholders}`; no logic lives here."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from dingk3.paths import package_dir

__all__ = ["examples", "load", "table"]

_DIR = package_dir("prompts")


@cache
def _read(name: str) -> str:
    return (_DIR / name).read_text(encoding="utf-8")


def load(name: str, **values: Any) -> str:
    """The prompt file `name` with its `{placeholders}` filled in."""
    text = _read(name)
    return text.format(**values) if values else text


def examples() -> list[dict[str, Any]]:
    """Few-shot pairs for the parse tool: {"text", "call"} per line of examples.jsonl."""
    return [json.loads(line) for line in _read("examples.jsonl").splitlines() if line.strip()]


def table(name: str) -> dict[str, Any]:
    """A JSON prompt file `name` (texts keyed by language and part)."""
    data: dict[str, Any] = json.loads(_read(name))
    return data
