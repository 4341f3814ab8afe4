"""`dingk3 doctor` against the K/3 emulator and the DingTalk simulator over real HTTP: what an operator reads."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dingk3.cli import app
from dingk3.config import Settings
from dingk3.doctor import Check, run_checks
from dingk3.paths import DEFAULT_ROUTING_FILE
from sim.dingtalk import SimConfig, create_app
from sim.server import ServerThread

PLANT_SECRET = "plant-dingtalk-secret-4f1c"


@pytest.fixture(scope="module")
def dingtalk_url() -> Iterator[str]:
    with ServerThread(create_app(SimConfig())) as server:
        yield server.url


@pytest.fixture(scope="module")
def plant_dingtalk_url() -> Iterator[str]:
    """The simulator holding a plant's own app secret (not the demo's)."""
    with ServerThread(create_app(SimConfig(app_secret=PLANT_SECRET))) as server:
        yield server.url


def _by_name(checks: list[Check]) -> dict[str, Check]:
    return {c.name: c for c in checks}


async def test_the_demo_configuration_passes_every_check(k3_url: str, dingtalk_url: str, tmp_path: Path) -> None:
    settings = Settings(
        demo_mode=True, home=tmp_path, k3_url=k3_url, dingtalk_api=dingtalk_url,
        dingtalk_card_template_id="dingk3.proposal.v1",
    )  # fmt: skip
    checks = await run_checks(settings)
    assert [c.name for c in checks if not c.ok] == []
    found = _by_name(checks)
    names = {"K/3", "DingTalk token", "database", "role map", "people map", "routing file", "card template"}
    assert set(found) >= names
    assert "workshops" in found["K/3"].detail and "in DingTalk's contacts" in found["people map"].detail


def test_a_wrong_k3_password_fails_with_its_fix_and_exit_1(
    k3_url: str, dingtalk_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {
        "DINGK3_DEMO_MODE": "true", "DINGK3_HOME": str(tmp_path), "DINGK3_K3_URL": k3_url,
        "DINGK3_K3_AUTH": "password", "DINGK3_K3_PASSWORD": "not-the-password", "DINGK3_DINGTALK_API": dingtalk_url,
    }  # fmt: skip
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 1
    k3_line = next(line for line in result.output.splitlines() if line.startswith("FAIL") and "K/3" in line)
    assert "refused user 'demo'" in k3_line
    assert "fix: check DINGK3_K3_PASSWORD" in result.output
    assert "OK    DingTalk token" in result.output  # the other checks still ran
    assert result.output.rstrip().endswith("1 of 10 checks failed")


async def test_a_plant_left_on_the_shipped_files_is_told_which_to_write(
    k3_url: str, plant_dingtalk_url: str, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "users.csv").write_text(
        "userid,name,dept,role,workshop,manager\nu1001,王建国,PMC,pmc,,\nzhangsan,张三,机加一,worker,WS01,u1001\n",
        encoding="utf-8",
    )
    settings = Settings(
        demo_mode=False, home=tmp_path, k3_url=k3_url, k3_auth="password", k3_password="plant-k3-password",
        dingtalk_api=plant_dingtalk_url, dingtalk_app_secret=PLANT_SECRET,
        dingtalk_card_template_id="dingk3.proposal.v1",
    )  # fmt: skip
    found = _by_name(await run_checks(settings))
    assert found["DingTalk token"].ok
    assert not found["people map"].ok and "zhangsan" in found["people map"].detail
    assert "userid" in found["people map"].fix
    assert settings.routing_file == DEFAULT_ROUTING_FILE  # none under the home: the shipped one
    assert not found["routing file"].ok
    assert str(tmp_path / "config" / "routing.yaml") in found["routing file"].fix
    assert not found["card template"].ok and "卡片平台" in found["card template"].fix
    assert not found["role map"].ok and str(tmp_path / "config" / "roles.yaml") in found["role map"].fix


async def test_a_role_map_naming_a_workshop_k3_lacks_is_refused(k3_url: str, dingtalk_url: str, tmp_path: Path) -> None:
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "roles.yaml").write_text(
        "rules:\n  - {dept: 装配车间, role: worker, workshop: WS99}\n", encoding="utf-8"
    )
    settings = Settings(demo_mode=True, home=tmp_path, k3_url=k3_url, dingtalk_api=dingtalk_url)
    found = _by_name(await run_checks(settings))
    assert found["K/3"].ok and not found["role map"].ok
    assert "WS99" in found["role map"].detail and str(tmp_path / "config" / "roles.yaml") in found["role map"].detail


async def test_a_database_that_does_not_answer_names_the_url_without_its_password(
    k3_url: str, dingtalk_url: str, tmp_path: Path
) -> None:
    settings = Settings(
        demo_mode=True, home=tmp_path, k3_url=k3_url, dingtalk_api=dingtalk_url,
        database_url="postgresql://dingk3:s3cret-pw@127.0.0.1:1/dingk3",
    )  # fmt: skip
    db = _by_name(await run_checks(settings))["database"]
    assert not db.ok
    assert "postgresql://dingk3:***@127.0.0.1:1/dingk3" in db.detail and "s3cret-pw" not in db.detail
    assert "createdb" in db.fix


@pytest.mark.postgres
async def test_the_plant_database_answers(k3_url: str, dingtalk_url: str, tmp_path: Path, pg_url: str) -> None:
    settings = Settings(demo_mode=True, home=tmp_path, k3_url=k3_url, dingtalk_api=dingtalk_url, database_url=pg_url)
    db = _by_name(await run_checks(settings))["database"]
    assert db.ok and db.detail == f"{pg_url} answers"
