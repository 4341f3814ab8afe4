"""Catalogue rows for the resolver's tests: a K/3 material by number, name and spec, counted in pieces."""

from __future__ import annotations

from tools.k3.models import Material

__all__ = ["part"]


def part(number: str, name: str, spec: str, *aliases: str, category: str = "标准件") -> Material:
    return Material(number=number, name=name, spec=spec, unit="PCS", category=category, aliases=aliases)
