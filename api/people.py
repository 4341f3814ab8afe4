"""Each worker's people sync: every `DINGK3_PEOPLE_SYNC_S` seconds, DingTalk's contacts through the role map."""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager

from agent.bootstrap import Resources
from api.background import in_background
from tools.dingtalk import DingTalkClient

__all__ = ["people_sync"]


def people_sync(res: Resources, dingtalk: DingTalkClient) -> AbstractAsyncContextManager[None]:
    """Run the people sync in the background while the context is open (a first refresh at once); without
    DingTalk's contacts it re-reads users.csv, so an edit there needs no restart either."""
    people, every_s = res.people, res.settings.people_sync_s
    if people is None or every_s <= 0:
        return in_background(None)
    return in_background(people.run(dingtalk if people.from_dingtalk else None, every_s))
