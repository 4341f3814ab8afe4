"""Events → outbox messages: route each event, skip what the de-duplication window already covers, render it,
and hold it during the recipient's quiet hours (a digest goes out when they end)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from agent.events.models import Event
from agent.events.render import render_event, render_held
from agent.events.routing import RoutingConfig, quiet_until, route
from api.events.outbox import Outbox, OutboxRow
from tools.directory import Directory

if TYPE_CHECKING:
    from dingk3.db import _Tx

__all__ = ["Dispatcher", "fold_held"]


class Dispatcher:
    def __init__(
        self,
        outbox: Outbox,
        config: RoutingConfig,
        directory: Directory,
        *,
        board_url: str = "",
        board_link: Callable[[str], str] | None = None,
        local_now: Callable[[float], datetime],
    ) -> None:
        self.outbox = outbox
        self.config = config
        self.directory = directory
        self.board_url = board_url
        self.board_link = board_link  # user id → that person's signed link (a group gets the plain address)
        self.local_now = local_now

    def dispatch(self, tx: _Tx, event: Event) -> int:
        """Write the event's messages in the caller's transaction; returns how many were written."""
        now = self.outbox.clock()
        local = self.local_now(now)
        title, markdown = render_event(event, board_url=self.board_url)
        written = 0
        for t in route(event, self.config, self.directory):
            if t.dedup_minutes and self.outbox.seen(tx, event.key, t.queue, now - t.dedup_minutes * 60):
                continue
            if t.channel == "user" and self.board_link and self.board_url:
                # a person's own message opens the board with their own link; a group's link asks who opens it
                _, markdown_for = render_event(event, board_url=self.board_link(t.address))
            else:
                markdown_for = markdown
            hold: float | None = None
            if t.quiet and event.severity not in self.config.quiet_bypass:
                until = quiet_until(t.quiet, local)
                if until is not None:
                    hold = now + (until - local).total_seconds()
            written += self.outbox.enqueue(
                tx, msg_key=f"{event.id}>{t.queue}", channel=t.channel, address=t.address, title=title,
                markdown=markdown_for, event_id=event.id, event_key=event.key, hold_until=hold,
            )  # fmt: skip
        return written


def fold_held(rows: list[OutboxRow]) -> tuple[str, str]:
    """The one message that replaces everything held for a recipient during quiet hours."""
    firsts = []
    for r in rows:
        body = [ln for ln in r.markdown.splitlines() if ln.strip() and not ln.startswith("####")]
        firsts.append(body[0].lstrip("- ") if body else "")
    return render_held([r.title for r in rows], firsts, until="现在")
