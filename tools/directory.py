"""The user directory (who is who, who approves whom), read from CSV, and the workshops with their capacities."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

__all__ = ["Directory", "Role", "User", "WorkshopInfo", "Workshops", "read_users_csv"]

Role = Literal["pmc", "supervisor", "worker", "sales", "viewer", "guest", "unknown"]
_ROLES: frozenset[str] = frozenset(get_args(Role))


class User(BaseModel):
    """One person as the rules see them; `workshop` is a workshop number (WS01) or None.

    `manager` is who approves them (DingTalk's manager unless overridden); `active` False: departed (DingTalk
    says inactive, or they left its contacts), so refused everything whatever their role was.
    """

    model_config = ConfigDict(frozen=True)

    user_id: str
    name: str
    dept: str = ""
    role: Role = "unknown"
    workshop: str | None = None
    manager: str | None = None
    title: str = ""
    active: bool = True


class Directory:
    """Users by id. Unknown ids come back as role `unknown` instead of raising; a departed user comes back as
    themself with `active` False and role `unknown`. Iterating and `in` see only the active ones."""

    def __init__(self, users: Iterable[User]) -> None:
        self._users: dict[str, User] = _keyed(users)

    def replace(self, users: Iterable[User]) -> None:
        """Hold these people from now on (DingTalk changed them): one swap, readers never see a mix."""
        self._users = _keyed(users)

    def everyone(self) -> list[User]:
        """Every known person, departed ones included (for `dingk3 people` and the last good copy)."""
        return list(self._users.values())

    @classmethod
    def from_csv(cls, path: str | Path) -> Directory:
        """Columns: userid, name, dept, role, workshop, manager, title (empty cells mean none)."""
        return cls(user for _, user in read_users_csv(path))

    def __contains__(self, user_id: object) -> bool:
        user = self._users.get(user_id) if isinstance(user_id, str) else None
        return user is not None and user.active

    def __len__(self) -> int:
        return sum(1 for u in self._users.values() if u.active)

    def __iter__(self) -> Iterator[User]:
        return iter([u for u in self._users.values() if u.active])

    def get(self, user_id: str) -> User:
        return self._users.get(user_id) or User(user_id=user_id, name=user_id, role="unknown")

    def supervisors_of(self, user_id: str) -> list[User]:
        """Who may approve this user's risky proposals, nearest first; never the user themself.

        The supervisors up the manager chain (manager, manager's manager, …), then any other
        supervisor of the user's workshop.
        """
        found: dict[str, User] = {}
        seen = {user_id}
        current = self._users.get(user_id)
        while current is not None and current.manager and current.manager not in seen:
            seen.add(current.manager)
            boss = self._users.get(current.manager)
            if boss is not None and boss.role == "supervisor":
                found.setdefault(boss.user_id, boss)
            current = boss
        me = self._users.get(user_id)
        if me is not None and me.workshop:
            for u in self._users.values():
                if u.role == "supervisor" and u.workshop == me.workshop and u.user_id != user_id:
                    found.setdefault(u.user_id, u)
        return list(found.values())

    def is_supervisor_of(self, approver_id: str, requester_id: str) -> bool:
        """True when the approver may approve the requester's proposal (nobody approves their own)."""
        if approver_id == requester_id:
            return False
        return any(u.user_id == approver_id for u in self.supervisors_of(requester_id))


def read_users_csv(path: str | Path) -> list[tuple[int, User]]:
    """Each row of a users.csv with its line number (for saying where a person's role came from)."""
    with Path(path).open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        return [(reader.line_num, _user_from_row(row)) for row in reader]


def _keyed(users: Iterable[User]) -> dict[str, User]:
    """By id; a departed user keeps their name but loses their role (a stale role must never grant anything)."""
    return {u.user_id: u if u.active else u.model_copy(update={"role": "unknown"}) for u in users}


def _user_from_row(row: dict[str, str]) -> User:
    def cell(name: str) -> str | None:
        value = (row.get(name) or "").strip()
        return value or None

    role = (cell("role") or "unknown").lower()
    user_id = cell("userid") or cell("user_id") or ""
    return User(
        user_id=user_id,
        name=cell("name") or user_id,
        dept=cell("dept") or "",
        role=role if role in _ROLES else "unknown",  # type: ignore[arg-type]
        workshop=cell("workshop"),
        manager=cell("manager"),
        title=cell("title") or "",
    )


class WorkshopInfo(BaseModel):
    """A workshop's capacity: pieces per working day across all its shifts (None: unknown, nothing to check)."""

    model_config = ConfigDict(frozen=True)

    number: str
    name: str
    aliases: tuple[str, ...] = ()
    daily_capacity: float | None = None
    shifts: int = 1


class Workshops:
    """Workshops by number, for capacity rules and for naming workshops in messages."""

    def __init__(self, items: Iterable[WorkshopInfo]) -> None:
        self._by_number: dict[str, WorkshopInfo] = {w.number: w for w in items}

    def replace(self, items: Iterable[WorkshopInfo]) -> None:
        """Hold these workshops from now on (K/3 changed them): one swap, readers never see a mix."""
        self._by_number = {w.number: w for w in items}

    @classmethod
    def from_csv(cls, path: str | Path) -> Workshops:
        """Columns: number, name, aliases (`;`-separated), daily_capacity, shifts."""
        with Path(path).open(encoding="utf-8-sig", newline="") as fh:
            return cls(
                WorkshopInfo(
                    number=row["number"].strip(),
                    name=row["name"].strip(),
                    aliases=tuple(a.strip() for a in (row.get("aliases") or "").split(";") if a.strip()),
                    daily_capacity=float(row["daily_capacity"]) if (row.get("daily_capacity") or "").strip() else None,
                    shifts=int(row.get("shifts") or 1),
                )
                for row in csv.DictReader(fh)
            )

    def __iter__(self) -> Iterator[WorkshopInfo]:
        return iter(self._by_number.values())

    def __len__(self) -> int:
        return len(self._by_number)

    def get(self, number: str | None) -> WorkshopInfo | None:
        return self._by_number.get(number) if number else None

    def names(self) -> dict[str, str]:
        """Workshop number → name, as `Facts.workshop_names` wants it."""
        return {w.number: w.name for w in self._by_number.values()}
