"""README tells the truth: every setting and every CLI command is documented, and the two commands come first."""

from __future__ import annotations

from pathlib import Path

import pytest

from dingk3.cli import app
from dingk3.config import Settings

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme(name: str) -> None:
    assert f"`DINGK3_{name.upper()}`" in README


def _commands() -> list[tuple[str, object]]:
    found: list[tuple[str, object]] = [(c.name or "", c.callback) for c in app.registered_commands]
    for group in app.registered_groups:
        found += [(f"{group.name} {c.name}", c.callback) for c in group.typer_instance.registered_commands]
    return found


@pytest.mark.parametrize(("name", "callback"), _commands())
def test_every_command_has_help_and_is_in_the_readme(name: str, callback: object) -> None:
    assert (callback.__doc__ or "").strip(), f"dingk3 {name} has no help text"  # type: ignore[attr-defined]
    assert f"dingk3 {name}" in README


def test_readme_opens_with_the_two_commands() -> None:
    head = README[:1200]
    assert "make demo" in head and "make test" in head
