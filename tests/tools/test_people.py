"""People from DingTalk's contacts over real HTTP to the simulator: read whole (paged), placed by the role map
with users.csv and per-person overrides on top, and the last good directory kept when DingTalk is away."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dingk3.errors import ConfigError, DingTalkError
from dingk3.paths import DEFAULT_ROLES_FILE, DEMO_DATA_DIR
from sim.dingtalk import SimConfig, create_app
from sim.server import ServerThread, free_port
from tools.dingtalk import DingTalkClient
from tools.dingtalk.contacts import read_contacts
from tools.directory import Directory
from tools.people import People, parse_role_map

DEMO_ROLES = DEFAULT_ROLES_FILE


@pytest.fixture
def sim_url() -> Iterator[str]:
    with ServerThread(create_app(SimConfig())) as server:
        yield server.url


def _client(url: str, **kw: object) -> DingTalkClient:
    return DingTalkClient("dingk3demo", "demo-dingtalk-secret", url, url, retry_wait_s=0.01, **kw)  # type: ignore[arg-type]


def _people(tmp_path: Path, *, users_csv: Path | None = None, roles: Path = DEMO_ROLES) -> People:
    return People.open(
        roles_file=roles, users_csv=users_csv or tmp_path / "no-users.csv", copy_path=tmp_path / "people.json",
        from_dingtalk=True,
    )  # fmt: skip


def _refresh(people: People, url: str) -> int:
    async def run() -> int:
        async with _client(url) as client:
            return await people.refresh(client)

    return asyncio.run(run())


def _hire(url: str, **person: object) -> None:
    httpx.post(f"{url}/_admin/hire", json=person).raise_for_status()


def test_the_demo_role_map_gives_everyone_the_role_workshop_and_approver_users_csv_gave(
    sim_url: str, tmp_path: Path
) -> None:
    people = _people(tmp_path)  # no users.csv: DingTalk's contacts and roles.yaml alone
    assert _refresh(people, sim_url) == 13
    want = Directory.from_csv(DEMO_DATA_DIR / "users.csv")
    got = people.directory
    assert len(got) == len(want) == 13
    for u in want:
        g = got.get(u.user_id)
        assert (g.name, g.dept, g.role, g.workshop, g.manager) == (u.name, u.dept, u.role, u.workshop, u.manager)
    assert [s.user_id for s in got.supervisors_of("u2001")] == ["u2000", "u1000"]


def test_each_value_says_where_it_came_from(sim_url: str, tmp_path: Path) -> None:
    csv = tmp_path / "users.csv"
    csv.write_text("userid,name,dept,role,workshop,manager\nu2002,刘洋,机加一车间,worker,WS02,u4000\n", "utf-8")
    roles = tmp_path / "roles.yaml"
    roles.write_text(DEMO_ROLES.read_text("utf-8") + "  u2001: {approver: u1000}\n", "utf-8")
    people = _people(tmp_path, users_csv=csv, roles=roles)
    _refresh(people, sim_url)
    why = {p.user.user_id: p.why for p in people.placed}
    assert why["u2000"] == {
        "role": "roles.yaml:8 (title 车间主任/生产经理)", "workshop": "roles.yaml:10 (dept 机加一车间)",
        "approver": "DingTalk manager",
    }  # fmt: skip
    # users.csv beats a rule, and says so; roles.yaml `people:` beats DingTalk's manager
    assert why["u2002"]["workshop"] == "users.csv:2, over roles.yaml:10 (dept 机加一车间) (WS01)"
    assert why["u2002"]["role"] == "roles.yaml:10 (dept 机加一车间), users.csv:2 agrees"
    assert people.directory.get("u2002").workshop == "WS02"
    assert people.directory.get("u2001").manager == "u1000"
    assert why["u2001"]["approver"] == "roles.yaml:18 (people.u2001)"


def test_a_new_hire_is_placed_by_their_department_and_title(sim_url: str, tmp_path: Path) -> None:
    people = _people(tmp_path)
    _refresh(people, sim_url)
    _hire(sim_url, user_id="u2003", name="钱多", dept="机加二车间", title="操作工", manager="u4000")
    _hire(sim_url, user_id="u7001", name="新部门的人", dept="仓库", title="仓管员")
    assert _refresh(people, sim_url) == 2
    hire = people.directory.get("u2003")
    assert (hire.role, hire.workshop, hire.manager, hire.active) == ("worker", "WS02", "u4000", True)
    assert people.directory.get("u7001").role == "unknown"  # no rule for 仓库: no access until one is written


def test_a_department_of_more_than_one_page_is_read_whole(sim_url: str) -> None:
    with httpx.Client(base_url=sim_url) as http:  # one kept-alive connection for the 230 hires
        for i in range(230):
            who = {"user_id": f"t{i:04d}", "name": f"工人{i}", "manager": "u1000"}
            http.post("/_admin/hire", json=who | {"dept": "喷涂车间", "title": "操作工"}).raise_for_status()

    async def run() -> int:
        async with _client(sim_url) as client:
            contacts = await read_contacts(client)
        return sum(1 for u in contacts.users.values() if "喷涂车间" in contacts.dept_names(u))

    assert asyncio.run(run()) == 230


def test_departed_people_lose_their_role_but_keep_their_name(sim_url: str, tmp_path: Path) -> None:
    people = _people(tmp_path)
    _refresh(people, sim_url)
    httpx.post(f"{sim_url}/_admin/users", json={"user_id": "u2000", "active": False}).raise_for_status()
    httpx.post(f"{sim_url}/_admin/users", json={"user_id": "u2001", "removed": True}).raise_for_status()
    _refresh(people, sim_url)
    for uid in ("u2000", "u2001"):
        gone = people.directory.get(uid)
        assert uid not in people.directory and not gone.active and gone.role == "unknown"
    assert people.directory.get("u2001").name == "张伟"
    assert [s.user_id for s in people.directory.supervisors_of("u2002")] == ["u1000"]  # not the departed 赵刚


def test_dingtalk_down_keeps_the_last_good_directory_across_a_restart(sim_url: str, tmp_path: Path) -> None:
    people = _people(tmp_path)
    _refresh(people, sim_url)
    down = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(DingTalkError):
        _refresh(people, down)
    assert len(people.directory) == 13 and people.directory.get("u2001").role == "worker"
    restarted = _people(tmp_path)  # a restart while DingTalk is still away: the copy on disk, not users.csv
    assert len(restarted.directory) == 13 and restarted.directory.get("u2000").workshop == "WS01"
    assert restarted.placed[0].source == "dingtalk"


def test_a_wrong_app_secret_is_an_error_and_keeps_the_directory(sim_url: str, tmp_path: Path) -> None:
    people = _people(tmp_path)
    _refresh(people, sim_url)

    async def run() -> None:
        async with DingTalkClient("dingk3demo", "wrong", sim_url, sim_url) as client:
            await people.refresh(client)

    with pytest.raises(DingTalkError, match="invalidClientIdOrSecret"):
        asyncio.run(run())
    assert len(people.directory) == 13


@pytest.mark.parametrize(
    ("text", "error"),
    [
        # a role DingK3 does not have, named on its own line
        ("rules:\n  - dept: 装配车间\n    role: boss\n", "roles.yaml:3: rules[0].role: Input should be 'pmc'"),
        # a rule that matches everybody
        ("rules:\n  - {dept: 装配车间, role: worker}\n  - {role: viewer}\n", "roles.yaml:3: rules[1]: a rule needs"),
        # a rule that decides nothing
        ("rules:\n  - {title: 主管}\n", "roles.yaml:2: rules[0]: a rule must set role and/or workshop"),
        # a misspelt key
        ("rules:\n  - {dept: 装配车间, rol: worker}\n", "roles.yaml:2: rules[0].rol: Extra inputs"),
        # an override that overrides nothing
        ("rules: []\npeople:\n  u1: {}\n", "roles.yaml:3: people.u1: an override must set"),
        # an empty department name
        ("rules:\n  - dept: ['']\n    role: worker\n", "roles.yaml:2: rules[0].dept: a name is empty"),
        # not YAML
        ("rules:\n  - {dept: [装配车间}\n", "roles.yaml:2: YAML syntax"),
    ],
)
def test_a_wrong_role_map_names_its_line(text: str, error: str) -> None:
    with pytest.raises(ConfigError) as exc:
        parse_role_map(text)
    assert str(exc.value).startswith(error), str(exc.value)


def test_the_demo_role_map_is_valid() -> None:
    roles = parse_role_map(DEMO_ROLES.read_text("utf-8"))
    assert roles.rules and roles.people["u9001"].role == "guest"


def test_dingk3_people_shows_each_role_and_why(sim_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from dingk3.cli import app

    monkeypatch.setenv("DINGK3_DINGTALK_API", sim_url)
    _hire(sim_url, user_id="u2003", name="钱多", dept="机加一车间", title="操作工", manager="u2000")
    httpx.post(f"{sim_url}/_admin/users", json={"user_id": "u4001", "active": False}).raise_for_status()
    out = CliRunner().invoke(app, ["people"])
    assert out.exit_code == 0, out.output
    lines = {line.split()[0]: line for line in out.output.splitlines() if line.strip()}
    assert "worker" in lines["u2003"] and "WS01" in lines["u2003"] and "赵刚 (u2000)" in lines["u2003"]
    assert "roles.yaml:10 (dept 机加一车间)" in lines["u2003"] and "approver: DingTalk manager" in lines["u2003"]
    assert "departed" in lines["u4001"] and "inactive in DingTalk" in lines["u4001"]
    httpx.post(f"{sim_url}/_admin/users", json={"user_id": "u2000", "removed": True}).raise_for_status()
    out = CliRunner().invoke(app, ["people"])
    lines = {line.split()[0]: line for line in out.output.splitlines() if line.strip()}
    assert "赵刚, departed (u2000)" in lines["u2001"]  # an approver who left shows as such
    assert "12 active, 2 departed; from DingTalk" in out.output
    # DingTalk away: the same people, from the copy the last run kept
    monkeypatch.setenv("DINGK3_DINGTALK_API", f"http://127.0.0.1:{free_port()}")
    from dingk3.config import get_settings

    get_settings.cache_clear()
    out = CliRunner().invoke(app, ["people"])
    assert out.exit_code == 0 and "12 active, 2 departed; from the last good copy: DingTalk not read" in out.output


def test_no_access_token_reaches_the_log(sim_url: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO")
    _refresh(_people(tmp_path), sim_url)
    lines = [r.getMessage() for r in caplog.records if "topapi" in r.getMessage()]
    assert lines and all("access_token=***" in line for line in lines)


def test_a_role_map_broken_while_running_keeps_the_directory(sim_url: str, tmp_path: Path) -> None:
    roles = tmp_path / "roles.yaml"
    roles.write_text(DEMO_ROLES.read_text("utf-8"), "utf-8")
    people = _people(tmp_path, roles=roles)
    _refresh(people, sim_url)
    roles.write_text("rules:\n  - {dept: 装配车间, role: boss}\n", "utf-8")
    with pytest.raises(ConfigError, match=r"^roles.yaml:2: rules\[0\].role"):
        _refresh(people, sim_url)
    assert people.directory.get("u3001").role == "worker"
    with pytest.raises(ConfigError, match=r"^roles.yaml:2"):  # and a restart with it refuses to start
        _people(tmp_path, roles=roles)


def test_without_dingtalk_users_csv_is_read_again(tmp_path: Path) -> None:
    csv = tmp_path / "users.csv"
    csv.write_text("userid,name,dept,role,workshop,manager\nu1,甲,装配车间,worker,WS03,\n", "utf-8")
    people = People.open(roles_file=DEMO_ROLES, users_csv=csv, copy_path=tmp_path / "p.json", from_dingtalk=False)
    with csv.open("a", encoding="utf-8") as fh:
        fh.write("u2,乙,装配车间,supervisor,WS03,\n")
    assert asyncio.run(people.refresh(None)) == 1
    assert people.directory.get("u2").role == "supervisor" and people.placed[1].why == {"role": "users.csv:3"}
    assert not (tmp_path / "p.json").exists()  # the copy is DingTalk's, never users.csv's
