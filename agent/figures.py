"""One definition of each business figure shown to people: overdue days (progress and rates follow here too).

The board, K/3 events, the digest and chat answers all call these, so they can never disagree.
"""

from __future__ import annotations

from datetime import date

__all__ = ["days_overdue"]


def days_overdue(plan_finish: date | None, is_open: bool, today: date) -> int:
    """Days an order is late on the plant's `today`: due before today and not finished or closed; else 0."""
    if not is_open or plan_finish is None or plan_finish >= today:
        return 0
    return (today - plan_finish).days
