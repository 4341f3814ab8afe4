"""`dingk3 people` as text: one line per person, with where their role, workshop and approver came from."""

from __future__ import annotations

import unicodedata

from tools.people.placing import Placed

__all__ = ["people_table"]

_HEAD = ("userid", "name", "dept", "title", "role", "workshop", "approver", "status", "why")


def people_table(placed: list[Placed]) -> str:
    """Active people first, then departed, each by department and userid."""
    names = {p.user.user_id: p.user.name if p.user.active else f"{p.user.name}, departed" for p in placed}
    rows = [_HEAD]
    for p in sorted(placed, key=lambda p: (not p.user.active, p.user.dept, p.user.user_id)):
        u = p.user
        approver = f"{names.get(u.manager, 'unknown')} ({u.manager})" if u.manager else "-"
        why = "; ".join(f"{k}: {v}" for k, v in p.why.items())
        rows.append((
            u.user_id, u.name, u.dept or "-", u.title or "-", u.role, u.workshop or "-", approver,
            "active" if u.active else "departed", why,
        ))  # fmt: skip
    widths = [max(_width(r[i]) for r in rows) for i in range(len(_HEAD) - 1)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(r[:-1], widths, strict=True)) + "  " + r[-1] for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def _width(text: str) -> int:
    """Columns on a terminal: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
