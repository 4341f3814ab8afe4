"""One definition of each business figure shown to people: overdue days, and an order's progress.

The board, K/3 events, the digest and chat answers all call these, so they can never disagree.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

__all__ = ["Progress", "days_overdue", "progress"]


def days_overdue(plan_finish: date | None, is_open: bool, today: date) -> int:
    """Days an order is late on the plant's `today`: due before today and not finished or closed; else 0."""
    if not is_open or plan_finish is None or plan_finish >= today:
        return 0
    return (today - plan_finish).days


class Progress(BaseModel):
    """An order's output as everyone shows it: completion is good ÷ planned, scrap rate is scrap ÷ reported."""

    model_config = ConfigDict(frozen=True)

    planned: float
    good: float
    scrap: float

    @property
    def reported(self) -> float:
        return self.good + self.scrap

    @property
    def remaining(self) -> float:
        """Pieces still to make: planned less everything reported (scrap used up material and time too)."""
        return max(self.planned - self.good - self.scrap, 0.0)

    @property
    def completion_pct(self) -> float:
        return round(min(self.good / self.planned * 100, 100.0), 1) if self.planned > 0 else 0.0

    @property
    def scrap_rate_pct(self) -> float:
        return round(self.scrap / self.reported * 100, 1) if self.reported > 0 else 0.0

    def text(self, lang: str = "zh") -> str:
        """良品 200 / 1000（完成 20%），不良 2（不良率 1%）: the same words on cards, answers, events and the digest
        (in English: good 200 / 1000 (20% done), scrap 2 (scrap rate 1%))."""
        if lang == "en":
            return (
                f"good {_num(self.good)} / {_num(self.planned)} ({self.completion_pct:g}% done), "
                f"scrap {_num(self.scrap)} (scrap rate {self.scrap_rate_pct:g}%)"
            )
        return (
            f"良品 {_num(self.good)} / {_num(self.planned)}（完成 {self.completion_pct:g}%），"
            f"不良 {_num(self.scrap)}（不良率 {self.scrap_rate_pct:g}%）"
        )


def progress(planned: float, good: float, scrap: float) -> Progress:
    return Progress(planned=planned, good=good, scrap=scrap)


def _num(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e15 else f"{x:.0f}"
