"""The 09:00 daily digest to each supervisor and PMC, written to the outbox once per (recipient, date).

With the plant's calendar there is none on a day off, and the first working day after covers every day since
the last working day (a catch-up); without one, every day covers yesterday.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta

from agent.events.health import OrderRow, on_time, output_by_workshop
from agent.events.models import Event
from agent.events.render import render_daily
from api.events.board import BoardSource, recent_reports
from api.events.outbox import Outbox
from api.events.store import EventStore
from dingk3.calendar import PlantCalendar
from tools.directory import Directory, User, Workshops

__all__ = ["DailyDigest", "exception_lines"]

log = logging.getLogger("dingk3.digest")

_MAX_CATCH_UP_DAYS = 31  # after a longer stop the digest still covers only the last month

_TITLES = {"overdue": "逾期", "stuck": "停滞", "stock_below_safety": "低库存", "bom_short": "缺料",
           "approval_waiting": "待审批"}  # fmt: skip


def exception_lines(exceptions: Sequence[Event], now: datetime) -> list[dict[str, str]]:
    """Open exceptions as (title, subject, age) for the digest and the board, oldest first."""
    out = []
    for x in sorted(exceptions, key=lambda e: e.at):
        hours = max((now - x.at).total_seconds() / 3600, 0)
        age = f"{hours / 24:.0f} 天" if hours >= 48 else f"{hours:.0f} 小时" if hours >= 1 else "不到 1 小时"
        subject = x.bill_no or (f"{x.material_name}（{x.material}）" if x.material else "")
        if x.kind == "approval_waiting":
            subject = str(x.facts.get("summary", "")).splitlines()[0] if x.facts.get("summary") else "审批"
        out.append({"title": _TITLES.get(x.kind, x.kind), "subject": subject, "age": age, "kind": x.kind,
                    "bill_no": x.bill_no, "workshop": x.workshop, "severity": x.severity})  # fmt: skip
    return out


class DailyDigest:
    def __init__(
        self,
        board: BoardSource,
        store: EventStore,
        outbox: Outbox,
        directory: Directory,
        workshops: Workshops,
        *,
        at: str = "09:00",
        board_url: str = "",
        board_link: Callable[[str], str] | None = None,
        local_now: Callable[[], datetime],
        calendar: PlantCalendar | None = None,
    ) -> None:
        self.board, self.store, self.outbox = board, store, outbox
        self.directory, self.workshops = directory, workshops
        self.at = time.fromisoformat(at) if at else None
        self.board_url = board_url
        self.board_link = board_link  # a signed link per recipient (the board needs one outside the demo)
        self.local_now = local_now
        self.calendar = calendar  # None: a digest every day

    def recipients(self) -> list[User]:
        return [u for u in self.directory if u.role in ("supervisor", "pmc")]

    async def run_if_due(self) -> int:
        """After the digest time, once a day: one message per supervisor and PMC. Returns messages written."""
        now = self.local_now()
        if self.at is None or now.time() < self.at:
            return 0
        day = now.date()
        if self.calendar is not None and not self.calendar.is_working(day):
            return 0  # the first working day after sends the catch-up
        if await asyncio.to_thread(self.store.get, "digest_day") == day.isoformat():
            return 0
        data = await self.board.get()
        yesterday = day - timedelta(days=1)
        first = self._first_day_covered(day)
        start = datetime.combine(first, time())
        reports = await recent_reports(self.board.k3, start)
        finished = await asyncio.to_thread(self.store.events, ["finished"], now - timedelta(days=7))
        snaps = await asyncio.to_thread(self.store.snapshots, [e.bill_no for e in finished])
        pairs = [(e.at.date(), snaps[e.bill_no].plan_finish if e.bill_no in snaps else None) for e in finished]
        names = self.workshops.names()
        written = 0
        with self.store.db.transaction() as tx:
            for user in self.recipients():
                shop = user.workshop if user.role == "supervisor" else None
                title, markdown = render_daily(
                    yesterday.isoformat(),
                    [
                        w
                        for w in output_by_workshop(reports, first, names, through=yesterday)
                        if not shop or w["workshop"] == shop
                    ],
                    on_time(pairs),
                    [x for x in exception_lines(data.exceptions, now) if not shop or x["workshop"] == shop],
                    [_risk(r) for r in data.health.at_risk if not shop or r.workshop == shop],
                    overdue=[_late(r) for r in data.health.overdue if not shop or r.workshop == shop],
                    today=day.isoformat(),
                    board_url=self.board_link(user.user_id) if self.board_link and self.board_url else self.board_url,
                    scope=names.get(shop, shop) if shop else "",
                    since=first.isoformat(),
                )
                written += self.outbox.enqueue(
                    tx, msg_key=f"digest:{user.user_id}:{day.isoformat()}", channel="user", address=user.user_id,
                    title=title, markdown=markdown, event_key=f"digest:{day.isoformat()}",
                )  # fmt: skip
            self.store.put(tx, "digest_day", day.isoformat())
        log.info("daily digest %s (covering %s to %s): %d messages", day, first, yesterday, written)
        return written

    def _first_day_covered(self, day: date) -> date:
        """Yesterday; after days off, the last working day before them (whose digest was never sent)."""
        yesterday = day - timedelta(days=1)
        if self.calendar is None:
            return yesterday
        return max(min(self.calendar.add_working_days(day, -1), yesterday), day - timedelta(days=_MAX_CATCH_UP_DAYS))


def _late(r: OrderRow) -> dict[str, str]:
    return {"bill_no": r.bill_no, "plan_finish": str(r.plan_finish), "days": str(r.overdue_days)}


def _risk(r: OrderRow) -> dict[str, str]:
    return {"bill_no": r.bill_no, "reason": r.risk, "workshop": r.workshop}
