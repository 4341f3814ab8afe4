"""The people directory, kept in step with DingTalk: every `DINGK3_PEOPLE_SYNC_S` seconds the whole contact list
is read, placed through the role map and users.csv, and swapped in at once; the last good copy stays on disk, so
a DingTalk outage (or a restart during one) never empties the directory.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from dingk3.errors import ConfigError, DingTalkError
from tools.dingtalk.client import DingTalkClient
from tools.dingtalk.contacts import read_contacts
from tools.directory import Directory, User, read_users_csv
from tools.people.placing import Placed, place, place_offline
from tools.people.roles import load_role_map

__all__ = ["People"]

log = logging.getLogger("dingk3.people")

_COPY = TypeAdapter(list[Placed])
GONE = "not in DingTalk's contacts"


class People:
    """`directory` is the one the agent reads (the same object for ever; its content is swapped whole)."""

    def __init__(
        self, placed: list[Placed], *, roles_file: Path, users_csv: Path, copy_path: Path, from_dingtalk: bool
    ) -> None:
        self.placed = placed
        self.directory = Directory(p.user for p in placed)
        self.roles_file, self.users_csv, self.copy_path = roles_file, users_csv, copy_path
        self.from_dingtalk = from_dingtalk

    @classmethod
    def open(cls, *, roles_file: Path, users_csv: Path, copy_path: Path, from_dingtalk: bool) -> People:
        """With DingTalk: the last good copy, else users.csv until the first sync; without: users.csv. A role map
        with a mistake is refused here (ConfigError naming its line), before anything starts."""
        load_role_map(roles_file)
        placed = _read_copy(copy_path) if from_dingtalk else None
        if placed is None:
            placed = place_offline(read_users_csv(users_csv)) if users_csv.exists() else []
        return cls(placed, roles_file=roles_file, users_csv=users_csv, copy_path=copy_path, from_dingtalk=from_dingtalk)

    async def refresh(self, client: DingTalkClient | None) -> int:
        """Read everything again and swap it in; returns how many people changed. Raises (DingTalkError,
        ConfigError) leaving the directory as it was."""
        rows = await asyncio.to_thread(_csv_rows, self.users_csv)
        if not self.from_dingtalk or client is None:
            placed = place_offline(rows)
        else:
            contacts = await read_contacts(client)
            roles = await asyncio.to_thread(load_role_map, self.roles_file)
            if not contacts.users and any(p.user.active for p in self.placed):
                raise DingTalkError("DingTalk listed nobody: kept the directory (check the app's contact scope)")
            by_id = {u.user_id: (line, u) for line, u in rows}
            placed = [place(m, contacts, roles, by_id.get(m.userid)) for m in contacts.users.values()]
            placed += [_gone(p) for p in self.placed if p.user.user_id not in contacts.users]
        changed = _changes(self.placed, placed)
        self.placed = placed
        self.directory.replace(p.user for p in placed)
        if self.from_dingtalk:
            await asyncio.to_thread(_write_copy, self.copy_path, placed)
        if changed:
            log.info("people: %d changed, %d active", changed, len(self.directory))
        return changed

    async def run(self, client: DingTalkClient | None, every_s: float) -> None:
        """Refresh now, then every `every_s` seconds, until cancelled; a failed refresh keeps what there was."""
        while True:
            try:
                await self.refresh(client)
            except (DingTalkError, ConfigError, OSError, ValidationError) as exc:
                log.warning("people not refreshed, the last good directory stays: %s", exc)
            except Exception:  # the loop must outlive any one failure; the next refresh tries again
                log.exception("people refresh failed, the last good directory stays")
            await asyncio.sleep(every_s)


def _gone(p: Placed) -> Placed:
    """Someone DingTalk no longer lists: kept (named, refused) as departed."""
    user = p.user.model_copy(update={"active": False, "role": "unknown"})
    return p.model_copy(update={"user": user, "why": {"status": GONE}, "source": "dingtalk"})


def _changes(old: list[Placed], new: list[Placed]) -> int:
    before = {p.user.user_id: p.user for p in old}
    after = {p.user.user_id: p.user for p in new}
    return sum(1 for uid in before.keys() | after.keys() if before.get(uid) != after.get(uid))


def _csv_rows(path: Path) -> list[tuple[int, User]]:
    return read_users_csv(path) if path.exists() else []


def _read_copy(path: Path) -> list[Placed] | None:
    try:
        return _COPY.validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except (OSError, ValidationError, ValueError) as exc:
        log.warning("the people's last good copy (%s) is unreadable, users.csv until DingTalk answers: %s", path, exc)
        return None


def _write_copy(path: Path, placed: list[Placed]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_bytes(_COPY.dump_json(placed, indent=1))
    os.replace(tmp, path)
