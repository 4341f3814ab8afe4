"""The user directory and workshop capacities, read from the demo factory's CSV files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dingk3.paths import DEMO_DATA_DIR
from tools.directory import Directory, User, Workshops


@pytest.fixture(scope="module")
def directory() -> Directory:
    return Directory.from_csv(DEMO_DATA_DIR / "users.csv")


@pytest.mark.parametrize(
    ("user_id", "name", "role", "workshop", "manager"),
    [
        ("u1001", "王建国", "pmc", None, "u1000"),  # planner, no workshop
        ("u1000", "陈志强", "supervisor", None, None),  # top of the chain
        ("u2001", "张伟", "worker", "WS01", "u2000"),
        ("u2000", "赵刚", "supervisor", "WS01", "u1000"),  # workshop supervisor
        ("u5001", "黄静", "sales", None, "u5000"),
        ("u5000", "林峰", "viewer", None, None),
        ("u9001", "外部访客", "guest", None, None),
    ],
)
def test_get_reads_every_column(directory: Directory, user_id: str, name: str, role: str, workshop, manager) -> None:
    user = directory.get(user_id)
    assert (user.name, user.role, user.workshop, user.manager) == (name, role, workshop, manager)


@pytest.mark.parametrize("user_id", ["u0000", "", "U1001", "manager:u1000"])
def test_unknown_ids_are_role_unknown_and_never_raise(directory: Directory, user_id: str) -> None:
    user = directory.get(user_id)
    assert user.role == "unknown"
    assert user.user_id == user_id
    assert directory.supervisors_of(user_id) == []


@pytest.mark.parametrize(
    ("user_id", "expected"),
    [
        ("u1001", ["u1000"]),  # pmc → their manager 陈志强
        ("u1002", ["u1000"]),
        ("u2001", ["u2000", "u1000"]),  # worker → workshop supervisor, then up the chain
        ("u3001", ["u3000", "u1000"]),
        ("u2000", ["u1000"]),  # a supervisor never supervises themself
        ("u1000", []),  # nobody above the top supervisor
        ("u5001", []),  # manager u5000 is a viewer, not a supervisor
        ("u9001", []),
    ],
)
def test_supervisors_of(directory: Directory, user_id: str, expected: list[str]) -> None:
    assert [u.user_id for u in directory.supervisors_of(user_id)] == expected


@pytest.mark.parametrize(
    ("approver", "requester", "ok"),
    [
        ("u1000", "u1001", True),  # 陈志强 approves the planner 王建国
        ("u2000", "u2001", True),  # workshop supervisor approves their worker
        ("u1000", "u2001", True),  # … and so does the supervisor above them
        ("u3000", "u2001", False),  # another workshop's supervisor may not
        ("u2000", "u1001", False),  # a workshop supervisor is not in the planner's chain
        ("u1001", "u1002", False),  # a colleague is not a supervisor
        ("u2000", "u2000", False),  # nobody approves their own proposal
        ("u1000", "u1000", False),
        ("u0000", "u1001", False),  # unknown approver
        ("u1000", "u0000", False),  # unknown requester has no chain
    ],
)
def test_is_supervisor_of(directory: Directory, approver: str, requester: str, ok: bool) -> None:
    assert directory.is_supervisor_of(approver, requester) is ok


def test_workshop_supervisor_found_without_manager_link(tmp_path: Path) -> None:
    csv = tmp_path / "users.csv"
    csv.write_text(
        "userid,name,dept,role,workshop,manager\n"
        "w1,甲,一车间,worker,WS01,\n"  # no manager filled in
        "s1,乙,一车间,supervisor,WS01,\n"
        "x1,丙,一车间,Supervisor ,WS01,\n"  # role spelled loosely still counts
        "y1,丁,,admin,,\n",  # a role the product does not know → unknown
        encoding="utf-8",
    )
    d = Directory.from_csv(csv)
    assert [u.user_id for u in d.supervisors_of("w1")] == ["s1", "x1"]
    assert d.is_supervisor_of("s1", "w1")
    assert d.get("y1").role == "unknown"
    assert "w1" in d and len(d) == 4


def test_manager_cycle_terminates(tmp_path: Path) -> None:
    csv = tmp_path / "users.csv"
    csv.write_text(
        "userid,name,dept,role,workshop,manager\na,甲,,supervisor,,b\nb,乙,,supervisor,,a\n", encoding="utf-8"
    )
    d = Directory.from_csv(csv)
    assert [u.user_id for u in d.supervisors_of("a")] == ["b"]


def test_user_is_frozen() -> None:
    user = User(user_id="u1", name="甲", role="pmc")
    with pytest.raises(ValueError):
        user.role = "supervisor"  # type: ignore[misc]


def test_workshops_from_csv() -> None:
    shops = Workshops.from_csv(DEMO_DATA_DIR / "workshops.csv")
    ws01 = shops.get("WS01")
    assert ws01 is not None
    assert (ws01.name, ws01.daily_capacity, ws01.shifts) == ("机加一车间", 800, 2)
    assert "一车间" in ws01.aliases
    assert shops.get("WS99") is None and shops.get(None) is None
    assert shops.names()["WS03"] == "装配车间"
    assert len(shops) == len(list(shops)) == 5
