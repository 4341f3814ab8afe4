"""`GET /board`: the order health board (HTML, Chinese, phone-readable, auto-refreshing, `?workshop=WS01`).

The board shows the whole production plan, so it needs a login: a signed link the bot sends in chat
(`?t=…`, valid `DINGK3_BOARD_LINK_TTL_H`) opens a session cookie. In demo mode a browser on this machine needs none.
"""

from __future__ import annotations

import time
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from api.deps import SettingsDep
from api.events.page import render_board
from api.security import is_local_demo
from dingk3.boardlinks import BoardLinks

__all__ = ["router"]

router = APIRouter(tags=["board"])

SESSION_COOKIE = "dk3_board"
DENIED = """<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>看板需要登录</title></head>
<body style="font-family: sans-serif; padding: 1.5em; line-height: 1.6">
<h1 style="font-size: 1.3em">看板链接已过期或无效</h1>
<p>请在钉钉里给 K3助手 发送「看板」，用它回复的新链接打开看板（链接 {hours} 小时内有效）。</p>
</body></html>
"""


@router.get("/board", response_class=HTMLResponse)
async def board(request: Request, settings: SettingsDep, workshop: str = "", t: str = "") -> Response:
    links: BoardLinks = request.app.state.board_links
    now = time.time()
    if t:  # a link from chat: trade it for a session cookie, and take the token out of the address bar
        user = links.verify(t, now, "link")
        if user is None:
            return _denied(settings)
        target = "/board" + (f"?{urlencode({'workshop': workshop})}" if workshop else "")
        resp = RedirectResponse(target, status_code=303, headers={"Cache-Control": "no-store"})
        resp.set_cookie(
            SESSION_COOKIE, links.token(user, now, "session"), max_age=int(links.ttl_s["session"]), path="/board",
            httponly=True, samesite="lax", secure=request.url.scheme == "https",
        )  # fmt: skip
        return resp
    if (
        not is_local_demo(request, settings)
        and links.verify(request.cookies.get(SESSION_COOKIE, ""), now, "session") is None
    ):
        return _denied(settings)
    events = request.app.state.events
    data = await events.board.get()
    names = {w.number: w.name for w in events.workshops}
    page = render_board(data, workshop=workshop, names=names, refresh_s=settings.board_refresh_s)
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})


def _denied(settings: SettingsDep) -> HTMLResponse:
    page = DENIED.replace("{hours}", f"{settings.board_link_ttl_h:g}")
    return HTMLResponse(page, status_code=401, headers={"Cache-Control": "no-store"})
