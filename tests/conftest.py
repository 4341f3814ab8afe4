"""Shared fixtures: an isolated environment for every test."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from dingk3.clock import Clock

# The plant's "now" for the whole suite: a fixed Friday morning in the plant's zone (DINGK3_TEST_NOW moves it).
# Nothing in a test reads the wall clock for business time; seeded K/3 data sits relative to this day.
PLANT_TZ = "Asia/Shanghai"
TEST_NOW = datetime.fromisoformat(os.environ.get("DINGK3_TEST_NOW") or "2026-12-04T10:00:00+08:00")


def plant_clock_at(start: datetime = TEST_NOW) -> Clock:
    """A plant clock that reads `start` now and ticks with the monotonic clock."""
    return Clock.starting_at(start, PLANT_TZ)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """tests/llm_server (a real llama.cpp server and model, `make test-llm`) is collected only with -m llm_server,
    tests/test_wheel.py (builds and installs the wheel, `make test-wheel`) only with -m wheel."""
    marks = config.option.markexpr or ""
    if collection_path.name == "llm_server" and "llm_server" not in marks:
        return True
    if collection_path.name == "test_wheel.py" and "wheel" not in marks:
        return True
    return None


@pytest.fixture(scope="session")
def plant_clock() -> Clock:
    return plant_clock_at()


@pytest.fixture
def plant_today(plant_clock: Clock) -> date:
    return plant_clock.today()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No DINGK3_* setting leaks in from the developer's shell, and state goes to a temp dir."""
    for key in list(os.environ):
        if key.startswith("DINGK3_") or key == "DINGTALK_OPENAPI_ENDPOINT":
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("DINGK3_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")
    from dingk3.config import get_settings

    get_settings.cache_clear()
    yield
    get_settings.cache_clear()
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == "dingk3"]:  # a CLI command run in this test
        root.removeHandler(handler)  # configured this process's logging; later tests write no lines through it


# --------------------------------------------------------------------------- K/3 emulator over real HTTP


@pytest.fixture(scope="session")
def k3_server(tmp_path_factory: pytest.TempPathFactory, plant_clock: Clock) -> Iterator[object]:
    """The K/3 Cloud emulator on a loopback port with its own database, for the whole session."""
    from dingk3.paths import DEMO_DATA_DIR
    from sim.k3cloud import EmulatorConfig, create_app
    from sim.server import ServerThread

    db = tmp_path_factory.mktemp("k3") / "k3cloud.db"
    with ServerThread(create_app(EmulatorConfig(db_path=db, data_dir=DEMO_DATA_DIR), clock=plant_clock.time)) as server:
        yield server


@pytest.fixture
def k3_url(k3_server: object) -> str:
    return f"{k3_server.url}/k3cloud/"  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def k3_seeded_db(tmp_path_factory: pytest.TempPathFactory, plant_clock: Clock) -> Path:
    """A K/3 emulator database seeded from the demo factory once; tests copy it."""
    from dingk3.paths import DEMO_DATA_DIR
    from sim.k3cloud import EmulatorConfig, create_app

    db = tmp_path_factory.mktemp("k3-template") / "k3cloud.db"
    app = create_app(EmulatorConfig(db_path=db, data_dir=DEMO_DATA_DIR), clock=plant_clock.time)
    app.state.emulator.store.close()
    return db


@pytest.fixture
def k3_fresh_url(k3_seeded_db: Path, tmp_path: Path, plant_clock: Clock) -> Iterator[str]:
    """A K/3 emulator of its own for one test (the seeded demo plant, untouched by other tests)."""
    from dingk3.paths import DEMO_DATA_DIR
    from sim.k3cloud import EmulatorConfig, create_app
    from sim.server import ServerThread

    db = tmp_path / "k3cloud.db"
    shutil.copyfile(k3_seeded_db, db)
    with ServerThread(create_app(EmulatorConfig(db_path=db, data_dir=DEMO_DATA_DIR), clock=plant_clock.time)) as server:
        yield f"{server.url}/k3cloud/"


# --------------------------------------------------------------------------- a second plant (not the demo)

# tests/data/plant2: a sheet-metal / electrical-cabinet plant. `k3/` is what its K/3 holds (the emulator's seed, with
# K/3's shipped MO000001 numbering), `people/` the product's whole data dir (users.csv only), `plant.yaml` its file.
PLANT2_DIR = Path(__file__).parent / "data" / "plant2"


def plant2_emulator(db: Path) -> Any:
    from sim.k3cloud import EmulatorConfig

    return EmulatorConfig(db_path=db, data_dir=PLANT2_DIR / "k3", mo_numbering="serial")


@pytest.fixture(scope="session")
def plant2_k3_db(tmp_path_factory: pytest.TempPathFactory, plant_clock: Clock) -> Path:
    """A K/3 emulator database seeded from the second plant once; tests copy it."""
    from sim.k3cloud import create_app

    db = tmp_path_factory.mktemp("k3-plant2") / "k3cloud.db"
    create_app(plant2_emulator(db), clock=plant_clock.time).state.emulator.store.close()
    return db


@pytest.fixture
def plant2_k3_url(plant2_k3_db: Path, tmp_path: Path, plant_clock: Clock) -> Iterator[str]:
    """The second plant's K/3 emulator of its own for one test."""
    from sim.k3cloud import create_app
    from sim.server import ServerThread

    db = tmp_path / "k3cloud.db"
    shutil.copyfile(plant2_k3_db, db)
    with ServerThread(create_app(plant2_emulator(db), clock=plant_clock.time)) as server:
        yield f"{server.url}/k3cloud/"


# --------------------------------------------------------------------------- PostgreSQL (the local server)

PG_ADMIN_URL = os.environ.get("DINGK3_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    import uuid

    import psycopg

    name = f"dk3test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
        _verify_audit(url)  # the test's audit chain is intact (what `dingk3 audit verify` checks)
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _verify_audit(url: str) -> None:
    from agent.audit import AuditLog
    from dingk3.db import connect

    db = connect(url)
    try:
        exists = (
            db.fetchone("SELECT to_regclass('audit_log') AS t")
            if db.is_postgres
            else db.fetchone("SELECT name AS t FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
        )
        if exists and exists["t"]:
            result = AuditLog(db).verify()
            assert result.ok, f"audit chain broken in {url}: {result}"
    finally:
        db.close()


@pytest.fixture(scope="session", autouse=True)
def _audit_chains_intact(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """After the whole run: every product database (`dingk3.db`) the tests left has an intact audit chain."""
    yield
    for path in sorted(tmp_path_factory.getbasetemp().rglob("dingk3.db")):
        _verify_audit(f"sqlite:///{path}")


# --------------------------------------------------------------------------- the catalogue (from K/3)


@pytest.fixture(scope="session")
def index_template(tmp_path_factory: pytest.TempPathFactory, k3_seeded_db: Path, plant_clock: Clock) -> Path:
    """The catalogue pulled from a demo K/3 (the emulator, in process) and its index, built once per session."""
    import httpx

    from dingk3.config import Settings
    from dingk3.paths import DEMO_DATA_DIR
    from sim.k3cloud import EmulatorConfig, create_app

    state = tmp_path_factory.mktemp("index-state")
    db = tmp_path_factory.mktemp("index-k3") / "k3cloud.db"
    shutil.copyfile(k3_seeded_db, db)
    app = create_app(EmulatorConfig(db_path=db, data_dir=DEMO_DATA_DIR), clock=plant_clock.time)
    from agent.bootstrap import open_resolvers

    open_resolvers(
        Settings(state_dir=state, k3_url="http://k3.template/k3cloud/"), k3_transport=httpx.ASGITransport(app)
    )
    app.state.emulator.store.close()
    return state


@pytest.fixture
def resolvers(index_template: Path, tmp_path: Path) -> Iterator[Any]:
    """Each test gets its own copy of the catalogue and index (aliases learned in one test never leak into
    another), opened from disk without asking K/3."""
    state = tmp_path / "index-copy"
    shutil.copytree(index_template, state)
    from dingk3.config import Settings

    opened = _open_resolvers(Settings(state_dir=state))
    yield opened
    opened[0].close()  # chromadb keeps every index it opened for the life of the process otherwise


def _open_resolvers(settings: Any) -> Any:
    from agent.bootstrap import open_resolvers

    return open_resolvers(settings, pull=False)
