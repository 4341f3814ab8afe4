"""The plant's clock: the one source of "now" and "today", in the plant's time zone, injected wherever needed.

Business time (due dates, overdue, the digest hour, proposal expiry, audit local time, K/3's own stamps) comes
from a `Clock`. Transport time (signature windows, token and lease expiry) stays on the machine's epoch clock: it
must match what DingTalk and K/3 servers do, whatever day the plant is on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

__all__ = ["Clock"]


class Clock:
    """Epoch seconds from `source` (the wall clock by default), read in the plant's zone `tz`."""

    def __init__(self, tz: str | tzinfo = "Asia/Shanghai", source: Callable[[], float] = time.time) -> None:
        self.tz: tzinfo = ZoneInfo(tz) if isinstance(tz, str) else tz
        self._source = source

    @classmethod
    def starting_at(cls, start: datetime, tz: str | tzinfo | None = None) -> Clock:
        """A clock that reads `start` now and then ticks with the monotonic clock (never with the wall clock)."""
        if start.tzinfo is None:
            raise ValueError("the start of a clock must carry a time zone")
        origin, t0 = start.timestamp(), time.monotonic()
        return cls(tz or start.tzinfo, lambda: origin + (time.monotonic() - t0))

    def time(self) -> float:
        """Epoch seconds, like time.time()."""
        return self._source()

    def now(self) -> datetime:
        """The plant's time, zone-aware."""
        return datetime.fromtimestamp(self._source(), self.tz)

    def local(self) -> datetime:
        """The plant's wall time without a zone, as K/3 stores and prints it (2026-12-07T03:50:00)."""
        return self.now().replace(tzinfo=None)

    def today(self) -> date:
        return self.now().date()

    def utc(self) -> datetime:
        return datetime.fromtimestamp(self._source(), UTC)

    def at(self, epoch_s: float) -> datetime:
        """An epoch instant as plant time, zone-aware."""
        return datetime.fromtimestamp(epoch_s, self.tz)
