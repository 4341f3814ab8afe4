"""Board links in pushed events: a person's own message carries a link signed for that person; a group's message
carries the plain address, which opens the board only for someone who already holds a board session."""

from __future__ import annotations

from pathlib import Path

from agent.events.models import Event
from api.events.dispatch import Dispatcher
from api.events.outbox import Outbox
from dingk3.boardlinks import BoardLinks
from dingk3.db import Database
from tests.api.events_support import DIRECTORY, FakeClock, rules

ROUTES = """
groups: {default: cid-plant, WS01: cid-ws01}
rules:
  - name: overdue to the workshop group and to PMC
    events: [overdue]
    to: [workshop_group, role:pmc]
"""


def test_a_person_gets_their_own_signed_link_and_the_group_the_plain_address(tmp_path: Path) -> None:
    clock = FakeClock()
    links = BoardLinks("board-secret", "http://dk3/board")
    outbox = Outbox(Database(f"sqlite:///{tmp_path / 'events.db'}"), clock)
    dispatcher = Dispatcher(
        outbox, rules(ROUTES), DIRECTORY, board_url="http://dk3/board",
        board_link=lambda user: links.url(user, clock()), local_now=lambda t: clock.local(),
    )  # fmt: skip
    event = Event(id="e1", kind="overdue", key="overdue:MO20261103", at=clock.local(), severity="warning",
                  bill_no="MO20261103", workshop="WS01", facts={"days": 2})  # fmt: skip
    with outbox.db.transaction() as tx:
        assert dispatcher.dispatch(tx, event) >= 2
    rows = outbox.rows()
    people = [r for r in rows if r.channel == "user"]
    groups = [r for r in rows if r.channel == "group"]
    assert people and groups
    for row in people:
        url = row.markdown.split("](", 1)[1].split(")", 1)[0] if "](" in row.markdown else ""
        token = url.split("?t=", 1)[1].split("#", 1)[0]
        assert links.verify(token, clock()) == row.address  # opens the board as that person, and only them
        assert url.endswith("#MO20261103")
    for row in groups:
        assert "?t=" not in row.markdown
        assert "http://dk3/board#MO20261103" in row.markdown
