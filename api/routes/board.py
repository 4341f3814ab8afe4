"""`GET /board`: the order health board (HTML, Chinese, phone-readable, auto-refreshing, `?workshop=WS01`)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from api.deps import SettingsDep
from api.events.page import render_board

__all__ = ["router"]

router = APIRouter(tags=["board"])


@router.get("/board", response_class=HTMLResponse)
async def board(request: Request, settings: SettingsDep, workshop: str = "") -> HTMLResponse:
    events = request.app.state.events
    data = await events.board.get()
    names = {w.number: w.name for w in events.workshops}
    page = render_board(data, workshop=workshop, names=names, refresh_s=settings.board_refresh_s)
    return HTMLResponse(page, headers={"Cache-Control": "no-store"})
