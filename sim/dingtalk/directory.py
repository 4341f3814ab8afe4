"""The simulated organisation: users from users.csv, departments, conversations and DingTalk-style ids."""

from __future__ import annotations

import base64
import csv
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Conversation", "Directory", "User"]

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
        d = cls(app_key, corp_id, group_title)
        with csv_path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                dept = (row.get("dept") or "").strip()
                if dept and dept not in d.depts:
                    d.depts[dept] = 100 + len(d.depts) + 1
                uid = row["userid"].strip()
                d.users[uid] = User(
                    user_id=uid, name=row["name"].strip(), dept=dept, dept_id=d.depts.get(dept, 1),
                    role=(row.get("role") or "").strip(), workshop=(row.get("workshop") or "").strip(),
                    manager=(row.get("manager") or "").strip(), open_id=f"$:LWCP_v1:${_hash(corp_id, uid)}",
                    union_id=_hash("union", uid, n=24),
                )  # fmt: skip
        return d

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
