"""The simulated organisation: users from users.csv, departments, conversations and DingTalk-style ids."""

from __future__ import annotations

import base64
import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Conversation", "Directory", "User"]

# A job title for a users.csv row without one (DingTalk holds titles, not DingK3 roles)
ROLE_TITLES = {
    "pmc": "计划员", "worker": "操作工", "supervisor": "主管", "sales": "销售", "viewer": "职员", "guest": "",
}  # fmt: skip
ROOT_DEPT = 1

ROLE_LABELS = {
    "pmc": "计划员（PMC）",
    "worker": "车间工人",
    "supervisor": "主管",
    "sales": "销售",
    "viewer": "只读",
    "guest": "访客",
}


def _hash(*parts: str, n: int = 22) -> str:
    digest = hashlib.sha256("\x00".join(parts).encode()).digest()
    return base64.b64encode(digest).decode().replace("/", "x").replace("+", "y")[:n]


@dataclass(frozen=True)
class User:
    user_id: str
    name: str
    dept: str
    dept_id: int
    role: str
    workshop: str
    manager: str
    open_id: str  # the encrypted `$:LWCP_v1:$…` id DingTalk shows bots
    union_id: str
    title: str = ""
    leader: bool = False  # leads their department (`leader` in the contact lists)

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def public(self) -> dict[str, Any]:
        return {
            "user_id": self.user_id, "name": self.name, "dept": self.dept, "role": self.role,
            "role_label": self.role_label, "workshop": self.workshop,
        }  # fmt: skip


@dataclass(frozen=True)
class Conversation:
    conversation_id: str
    conversation_type: str  # "1" = 1:1 with the robot, "2" = group
    title: str
    members: tuple[str, ...]
    owner: str = ""  # the user of a 1:1 chat

    def public(self, bot_name: str, users: dict[str, User]) -> dict[str, Any]:
        return {
            "conversation_id": self.conversation_id, "conversation_type": self.conversation_type,
            "title": self.title if self.conversation_type == "2" else bot_name,
            "subtitle": f"{len(self.members)} 人" if self.conversation_type == "2" else "单聊",
            "owner": self.owner, "members": list(self.members),
        }  # fmt: skip


@dataclass
class Directory:
    app_key: str
    corp_id: str
    group_title: str
    users: dict[str, User] = field(default_factory=dict)
    depts: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, csv_path: Path, app_key: str, corp_id: str, group_title: str) -> Directory:
        """The people of users.csv; each department named there becomes one under the root (id 1)."""
        d = cls(app_key, corp_id, group_title)
        with csv_path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                role = (row.get("role") or "").strip()
                d.hire(
                    row["userid"].strip(), row["name"].strip(), dept=(row.get("dept") or "").strip(),
                    title=(row.get("title") or "").strip() or ROLE_TITLES.get(role, ""),
                    manager=(row.get("manager") or "").strip(), role=role,
                    workshop=(row.get("workshop") or "").strip(), leader=role == "supervisor",
                )  # fmt: skip
        return d

    def hire(
        self, uid: str, name: str, *, dept: str = "", title: str = "", manager: str = "", role: str = "",
        workshop: str = "", leader: bool = False,
    ) -> User:  # fmt: skip
        """A new member (or new details of one): a department new to the organisation is created under the root."""
        if dept and dept not in self.depts:
            self.depts[dept] = 100 + len(self.depts) + 1
        user = User(
            user_id=uid, name=name, dept=dept, dept_id=self.depts.get(dept, ROOT_DEPT), role=role, workshop=workshop,
            manager=manager, open_id=f"$:LWCP_v1:${_hash(self.corp_id, uid)}", union_id=_hash("union", uid, n=24),
            title=title, leader=leader,
        )  # fmt: skip
        self.users[uid] = user
        return user

    @property
    def bot_open_id(self) -> str:
        return f"$:LWCP_v1:${_hash(self.corp_id, 'bot', self.app_key)}"

    @property
    def group(self) -> Conversation:
        members = tuple(u for u, user in self.users.items() if user.role != "guest")
        return Conversation(f"cid{_hash(self.corp_id, 'group', self.app_key)}==", "2", self.group_title, members)

    def direct(self, user_id: str) -> Conversation:
        return Conversation(f"cid{_hash(self.corp_id, 'dm', user_id)}=", "1", "", (user_id,), owner=user_id)

    def conversations(self) -> list[Conversation]:
        return [self.group, *(self.direct(u) for u in self.users)]

    def conversation(self, ref: str, user_id: str = "") -> Conversation | None:
        """A conversation by id, or by alias: `group`, or `dm` (the 1:1 chat of `user_id`), or `dm:<userid>`."""
        if ref == "group":
            return self.group
        if ref == "dm" and user_id in self.users:
            return self.direct(user_id)
        if ref.startswith("dm:") and ref[3:] in self.users:
            return self.direct(ref[3:])
        return next((c for c in self.conversations() if c.conversation_id == ref), None)

    def dept_id_of(self, user_id: str) -> int:
        user = self.users.get(user_id)
        return user.dept_id if user else 1
