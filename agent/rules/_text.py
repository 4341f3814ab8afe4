"""Wording shared by the rules (Chinese, and English for a requester who writes English): numbers, order states
and actions."""

from __future__ import annotations

import math
from datetime import date

from tools.k3.models import OrderStatus

STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.created: "计划（未下达）",
    OrderStatus.released: "已下达",
    OrderStatus.started: "已开工",
    OrderStatus.finished: "已完工",
    OrderStatus.closed: "已结案",
}

STATUS_LABELS_EN: dict[OrderStatus, str] = {
    OrderStatus.created: "planned (not released)",
    OrderStatus.released: "released",
    OrderStatus.started: "started",
    OrderStatus.finished: "finished",
    OrderStatus.closed: "closed",
}

ACTION_LABELS: dict[str, str] = {
    "release": "下达",
    "start": "开工",
    "finish": "完工",
    "close": "结案",
    "pause": "暂停",
    "resume": "恢复",
}


def num(x: float | None) -> str:
    """1200.0 → "1200", 12.5 → "12.5", 0.333333 → "0.33"; odd values as they are."""
    if x is None:
        return "空"
    if not math.isfinite(x):
        return str(x)
    if x == round(x) and abs(x) < 1e15:
        return str(round(x))
    return f"{x:.2f}".rstrip("0").rstrip(".")


def finite(x: float | None) -> bool:
    return x is not None and math.isfinite(x)


def parse_date(text: str | None) -> date | None:
    """YYYY-MM-DD → date; anything else → None."""
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
