"""DingTalk's contact reads on their real oapi paths: departments, a department's members (paged), one member.

Legacy envelope: `{"errcode": 0, "errmsg": "ok", "result": …}`; a bad `access_token` is 40014 (42001 when expired),
an unknown department 60003, an unknown or removed member 60121, a page size over 100 is 400002.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from .core import DingTalkSim
from .directory import ROOT_DEPT, User

__all__ = ["contacts_router"]

MAX_PAGE = 100


def _ok(result: Any) -> dict[str, Any]:
    return {"errcode": 0, "errmsg": "ok", "request_id": uuid.uuid4().hex[:24], "result": result}


def _error(errcode: int, errmsg: str) -> JSONResponse:
    return JSONResponse({"errcode": errcode, "errmsg": errmsg, "request_id": uuid.uuid4().hex[:24]})


async def _body(request: Request) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        body = None
    return body if isinstance(body, dict) else {}


def _int(value: Any, default: int) -> int | None:
    try:
        return default if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _listed(sim: DingTalkSim) -> list[User]:
    """Members in the organisation (a removed one is gone from every list)."""
    return [u for u in sim.directory.users.values() if u.user_id not in sim.removed_users]


def _user_json(sim: DingTalkSim, user: User) -> dict[str, Any]:
    return {
        "userid": user.user_id, "unionid": user.union_id, "name": user.name, "title": user.title,
        "dept_id_list": [user.dept_id], "leader": user.leader, "active": user.user_id not in sim.inactive_users,
        "admin": False, "boss": False, "hide_mobile": True, "job_number": user.user_id, "extension": "",
    }  # fmt: skip


def contacts_router(sim_of: Callable[[Request], DingTalkSim], require_token: Callable[[Request], None]) -> APIRouter:
    """`require_token` raises the app's legacy auth error for a missing, unknown or expired `access_token`."""
    r = APIRouter()

    @r.post("/topapi/v2/department/listsub")
    async def department_listsub(request: Request) -> Any:
        sim = sim_of(request)
        require_token(request)
        parent = _int((await _body(request)).get("dept_id"), ROOT_DEPT)
        known = {ROOT_DEPT, *sim.directory.depts.values()}
        if parent is None or parent not in known:
            return _error(60003, "部门不存在")
        if parent != ROOT_DEPT:
            return _ok([])
        return _ok([
            {"dept_id": dept_id, "name": name, "parent_id": ROOT_DEPT, "create_dept_group": True,
             "auto_add_user": True}
            for name, dept_id in sim.directory.depts.items()
        ])  # fmt: skip

    @r.post("/topapi/v2/user/list")
    async def user_list(request: Request) -> Any:
        sim = sim_of(request)
        require_token(request)
        body = await _body(request)
        dept_id, cursor, size = _int(body.get("dept_id"), -1), _int(body.get("cursor"), 0), _int(body.get("size"), 0)
        if dept_id not in {ROOT_DEPT, *sim.directory.depts.values()}:
            return _error(60003, "部门不存在")
        if cursor is None or size is None or cursor < 0 or not 1 <= size <= MAX_PAGE:
            return _error(400002, "无效的参数")
        members = [u for u in _listed(sim) if u.dept_id == dept_id]
        page = members[cursor : cursor + size]
        more = cursor + size < len(members)
        result: dict[str, Any] = {"has_more": more, "list": [_user_json(sim, u) for u in page]}
        if more:
            result["next_cursor"] = cursor + size
        return _ok(result)

    @r.post("/topapi/user/listid")
    async def user_listid(request: Request) -> Any:
        sim = sim_of(request)
        require_token(request)
        dept_id = _int((await _body(request)).get("dept_id"), -1)
        if dept_id not in {ROOT_DEPT, *sim.directory.depts.values()}:
            return _error(60003, "部门不存在")
        return _ok({"userid_list": [u.user_id for u in _listed(sim) if u.dept_id == dept_id]})

    @r.post("/topapi/v2/user/get")
    async def user_get(request: Request) -> Any:
        sim = sim_of(request)
        require_token(request)
        user = sim.directory.users.get(str((await _body(request)).get("userid") or ""))
        if user is None or user.user_id in sim.removed_users:
            return _error(60121, "找不到该用户")
        return _ok(
            _user_json(sim, user) | {
                "leader_in_dept": [{"dept_id": user.dept_id, "leader": user.leader}], "role_list": [],
                "manager_userid": user.manager, "real_authed": True, "senior": False,
                "extension": json.dumps({"workshop": user.workshop}, ensure_ascii=False) if user.workshop else "",
            }
        )  # fmt: skip

    return r
