"""DingTalk's contacts, read whole: every department under the root and every member with their manager.

Real oapi paths: `topapi/v2/department/listsub` (walked from the root, id 1), `topapi/v2/user/list` (a
department's members, paged by `cursor`/`size`), `topapi/v2/user/get` (the one field the list lacks:
`manager_userid`). Everything goes through the one `DingTalkClient`.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from tools.dingtalk.client import DingTalkClient
from tools.dingtalk.errors import DingTalkAPIError

__all__ = ["ContactDept", "ContactUser", "Contacts", "read_contacts"]

ROOT_DEPT = 1
PAGE_SIZE = 100  # the most topapi/v2/user/list gives per page
_USER_GONE = {"33012", "60121"}  # topapi/v2/user/get: no such user (left between the list and the get)


class ContactDept(BaseModel):
    """One department of `topapi/v2/department/listsub`."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    dept_id: int
    name: str
    parent_id: int = ROOT_DEPT


class ContactUser(BaseModel):
    """One member as `topapi/v2/user/list` lists them, plus `manager_userid` from `topapi/v2/user/get`."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    userid: str
    name: str
    title: str = ""
    dept_id_list: tuple[int, ...] = ()
    active: bool = True
    leader: bool = False
    manager_userid: str = ""


class _UserPage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    has_more: bool = False
    next_cursor: int | None = None
    members: list[ContactUser] = Field(default_factory=list, alias="list")


class _UserDetail(BaseModel):
    model_config = ConfigDict(extra="ignore")

    userid: str
    manager_userid: str = ""
    active: bool = True


class Contacts(BaseModel):
    """The whole organisation as DingTalk holds it now."""

    model_config = ConfigDict(frozen=True)

    depts: dict[int, ContactDept]
    users: dict[str, ContactUser]

    def dept_names(self, user: ContactUser) -> list[str]:
        return [self.depts[d].name for d in user.dept_id_list if d in self.depts]


async def read_contacts(client: DingTalkClient, *, concurrency: int = 8) -> Contacts:
    """Every department and member; a DingTalkAPIError when any page fails (never half an organisation)."""
    depts = await _departments(client)
    users: dict[str, ContactUser] = {}
    for dept_id in [ROOT_DEPT, *depts]:
        for user in await _members(client, dept_id):
            known = users.get(user.userid)
            if known is None:
                users[user.userid] = user
            elif user.leader and not known.leader:  # a leader of any of their departments is a leader
                users[user.userid] = known.model_copy(update={"leader": True})
    gate = asyncio.Semaphore(concurrency)

    async def detail(userid: str) -> _UserDetail | None:
        async with gate:
            try:
                body = await client.oapi("user.get", "/topapi/v2/user/get", {"userid": userid})
            except DingTalkAPIError as exc:
                if exc.code in _USER_GONE:
                    return None
                raise
        return _UserDetail.model_validate(body.get("result") or {})

    details = await asyncio.gather(*(detail(u) for u in users))
    merged: dict[str, ContactUser] = {}
    for d in details:
        if d is not None:
            merged[d.userid] = users[d.userid].model_copy(
                update={"manager_userid": d.manager_userid, "active": d.active and users[d.userid].active}
            )
    return Contacts(depts=depts, users=merged)


async def _departments(client: DingTalkClient) -> dict[int, ContactDept]:
    found: dict[int, ContactDept] = {}
    todo = [ROOT_DEPT]
    while todo:
        parent = todo.pop()
        body = await client.oapi("department.listsub", "/topapi/v2/department/listsub", {"dept_id": parent})
        for raw in _list(body.get("result")):
            dept = ContactDept.model_validate(raw)
            if dept.dept_id not in found:
                found[dept.dept_id] = dept
                todo.append(dept.dept_id)
    return found


async def _members(client: DingTalkClient, dept_id: int) -> list[ContactUser]:
    out: list[ContactUser] = []
    cursor = 0
    while True:
        body = await client.oapi(
            "user.list", "/topapi/v2/user/list", {"dept_id": dept_id, "cursor": cursor, "size": PAGE_SIZE}
        )
        page = _UserPage.model_validate(body.get("result") or {})
        out += page.members
        if not page.has_more or page.next_cursor is None or page.next_cursor <= cursor:
            return out
        cursor = page.next_cursor


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
