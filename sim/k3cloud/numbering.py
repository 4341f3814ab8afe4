"""PRD_MO bill numbers by the data centre's coding rule: the demo's `MO` + yyyyMM + 4 digits, or K/3 Cloud's
shipped rule for 生产订单, `MO` + a 6-digit serial (MO000001)."""

from __future__ import annotations

import re

from .config import EmulatorConfig
from .filters import parse_datetime

__all__ = ["mo_rule", "mo_seen"]

_MONTHLY = re.compile(r"^MO(\d{6})(\d+)$")
_SERIAL = re.compile(r"^MO(\d{6,})$")


def mo_rule(config: EmulatorConfig, bill_date: str) -> tuple[str, str, int]:
    """(prefix, sequence name, digits) of the next PRD_MO number for an order dated `bill_date`."""
    if config.mo_numbering == "serial":
        return "MO", "billno:PRD_MO", 6
    month = parse_datetime(bill_date).strftime("%Y%m")
    return f"MO{month}", f"billno:PRD_MO:{month}", 4


def mo_seen(config: EmulatorConfig, number: str) -> tuple[str, int] | None:
    """The sequence a seeded number of this rule advances, and to where; None for a number of another shape."""
    if config.mo_numbering == "serial":
        serial = _SERIAL.match(number)
        return ("billno:PRD_MO", int(serial.group(1))) if serial else None
    monthly = _MONTHLY.match(number)
    return (f"billno:PRD_MO:{monthly.group(1)}", int(monthly.group(2))) if monthly else None
