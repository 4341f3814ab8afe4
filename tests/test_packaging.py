"""What a plant installs: the wheel's declared files and imports, DINGK3_HOME, the lock and the deploy files.

The wheel itself is built, installed and run by tests/test_wheel.py (`make test-wheel`, a few minutes)."""

from __future__ import annotations

import ast
import fnmatch
import re
import sys
import tomllib
from pathlib import Path

import pytest

from dingk3.config import Settings
from dingk3.paths import DEFAULT_PLANT_FILE, DEFAULT_ROLES_FILE, DEFAULT_ROUTING_FILE, DEMO_DATA_DIR, REPO_ROOT

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SHIPPED = ["dingk3", "agent", "tools", "api", "prompts", "evals", "sim"]
# Files inside shipped packages that the installed product never reads.
NOT_SHIPPED = {
    "sim/dingtalk/README.md", "sim/dingtalk/screenshot.png", "sim/k3cloud/README.md", "evals/dialogues/README.md",
}  # fmt: skip
IMPORT_NAMES = {"pyyaml": "yaml", "prometheus-client": "prometheus_client", "psycopg": "psycopg_pool"}


def _package_of(path: Path) -> str:
    """The dotted package a file belongs to: its nearest folder with an __init__.py."""
    folder = path.parent
    while not (folder / "__init__.py").exists():
        folder = folder.parent
    return ".".join(folder.relative_to(REPO_ROOT).parts)


def _data_files() -> list[Path]:
    return sorted(
        p
        for top in SHIPPED
        for p in (REPO_ROOT / top).rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    )


@pytest.mark.parametrize("path", _data_files(), ids=lambda p: str(p.relative_to(REPO_ROOT)))
def test_every_file_read_at_run_time_is_in_the_wheel(path: Path) -> None:
    rel = path.relative_to(REPO_ROOT).as_posix()
    if rel in NOT_SHIPPED:
        return
    package = _package_of(path)
    inside = path.relative_to(REPO_ROOT / package.replace(".", "/")).as_posix()
    globs = PYPROJECT["tool"]["setuptools"]["package-data"].get(package, [])
    assert any(fnmatch.fnmatch(inside, g) for g in globs), f"{rel}: add it to package-data of {package}"


def test_no_file_read_at_run_time_lives_outside_the_shipped_packages() -> None:
    """A file beside the packages (config/, data/ at the top) is not in the wheel; code reaching it through the
    source checkout (REPO_ROOT, parents[…] of __file__) works in the checkout and fails once installed."""
    assert [top for top in ("config", "data") if (REPO_ROOT / top).exists()] == []
    reaching: list[str] = []
    for top in SHIPPED:
        for path in (REPO_ROOT / top).rglob("*.py"):
            rel = path.relative_to(REPO_ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
                if name in ("REPO_ROOT", "parents") and rel != "dingk3/paths.py":
                    reaching.append(f"{rel}:{node.lineno} ({name})")
    assert reaching == [], "read shipped files through dingk3.paths (package_dir, DEFAULT_*), not the checkout"


@pytest.mark.parametrize("package", sorted(PYPROJECT["tool"]["setuptools"]["package-data"]))
def test_every_package_data_pattern_still_matches_a_file(package: str) -> None:
    folder = REPO_ROOT / package.replace(".", "/")
    for glob in PYPROJECT["tool"]["setuptools"]["package-data"][package]:
        assert any(folder.glob(glob)), f"{package}: {glob} matches nothing (a file moved?)"


def test_every_third_party_import_is_a_declared_dependency() -> None:
    declared = {re.split(r"[\[<>=!~ ]", d)[0].lower() for d in PYPROJECT["project"]["dependencies"]}
    importable = {IMPORT_NAMES.get(d, d.replace("-", "_")) for d in declared} | {"yaml", "psycopg"}
    undeclared: set[str] = set()
    for top in SHIPPED:
        for path in (REPO_ROOT / top).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                for name in names:
                    root = name.split(".")[0]
                    if root not in sys.stdlib_module_names and root not in SHIPPED and root not in importable:
                        undeclared.add(f"{root} ({path.relative_to(REPO_ROOT)})")
    assert not undeclared, f"imported but not in pyproject dependencies: {sorted(undeclared)}"


def test_the_lock_pins_every_dependency_and_the_stream_sdk_exactly() -> None:
    pins = dict(
        line.split("==", 1)
        for line in (REPO_ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines()
        if "==" in line and not line.startswith("#")
    )
    pinned = {name.lower().replace("_", "-").replace(".", "-") for name in pins}
    for dep in PYPROJECT["project"]["dependencies"]:
        name = re.split(r"[\[<>=!~ ]", dep)[0].lower()
        assert name in pinned, f"{name} is missing from requirements.lock (make lock)"
    sdk = next(d for d in PYPROJECT["project"]["dependencies"] if d.startswith("dingtalk-stream"))
    assert sdk == f"dingtalk-stream=={pins['dingtalk-stream']}"  # api/stream.py uses its private internals


def test_state_and_config_live_under_the_home_and_files_it_lacks_are_the_shipped_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DINGK3_STATE_DIR")  # the suite's own isolation
    settings = Settings(home=tmp_path, _env_file=None)  # type: ignore[call-arg]
    assert settings.state_dir == tmp_path / ".state"
    assert settings.resolved_database_url == f"sqlite:///{tmp_path / '.state' / 'dingk3.db'}"
    assert (settings.routing_file, settings.roles_file, settings.plant_file, settings.data_dir) == (
        DEFAULT_ROUTING_FILE, DEFAULT_ROLES_FILE, DEFAULT_PLANT_FILE, DEMO_DATA_DIR,
    )  # fmt: skip
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "routing.yaml").write_text("rules: []\n", encoding="utf-8")
    (tmp_path / "config" / "roles.yaml").write_text("rules: []\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    own = Settings(home=tmp_path, state_dir=Path("var"), _env_file=None)  # type: ignore[call-arg]
    assert own.routing_file == tmp_path / "config" / "routing.yaml"
    assert own.roles_file == tmp_path / "config" / "roles.yaml"
    assert own.data_dir == tmp_path / "data" and own.state_dir == tmp_path / "var"
    assert own.plant_file == DEFAULT_PLANT_FILE


def test_a_path_set_explicitly_is_kept_even_when_missing_so_start_up_names_it(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, routing_file=Path("config/routes.yaml"), _env_file=None)  # type: ignore[call-arg]
    assert settings.routing_file == tmp_path / "config" / "routes.yaml"


def test_the_home_defaults_to_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DINGK3_STATE_DIR")
    monkeypatch.chdir(tmp_path)
    assert Settings(_env_file=None).state_dir == tmp_path / ".state"  # type: ignore[call-arg]


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_the_environment_file_template_lists_every_setting(name: str) -> None:
    template = (REPO_ROOT / "deploy" / "dingk3.env").read_text(encoding="utf-8")
    assert re.search(rf"^#?DINGK3_{name.upper()}=", template, re.MULTILINE)


@pytest.mark.parametrize("command", ["serve", "stream", "watch"])
def test_each_unit_runs_a_command_that_exists_with_the_plant_environment(command: str) -> None:
    from dingk3.cli import app

    unit = (REPO_ROOT / "deploy" / f"dingk3-{command}.service").read_text(encoding="utf-8")
    assert re.search(rf"^ExecStart=/opt/dingk3/venv/bin/dingk3 {command}\b", unit, re.MULTILINE)
    assert "EnvironmentFile=/etc/dingk3/dingk3.env" in unit and "Environment=DINGK3_HOME=/var/lib/dingk3" in unit
    assert command in {c.name for c in app.registered_commands}


def test_the_licence_is_the_apache_2_text_and_declared() -> None:
    text = (REPO_ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Apache License" in text and "Version 2.0, January 2004" in text and "END OF TERMS AND CONDITIONS" in text
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
