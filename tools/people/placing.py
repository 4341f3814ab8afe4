"""One DingTalk member → a DingK3 user: role and workshop by the role map, approver = DingTalk manager, with
users.csv and the map's per-person overrides on top; each value says where it came from."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from tools.dingtalk.contacts import Contacts, ContactUser
from tools.directory import User
from tools.people.roles import Person, RoleMap

__all__ = ["Placed", "place", "place_offline"]


class Placed(BaseModel):
    """A user as the rules see them, and for each of role, workshop and approver why (`dingk3 people`)."""

    model_config = ConfigDict(frozen=True)

    user: User
    why: dict[str, str]
    source: str = "dingtalk"  # or "users.csv"


def place(member: ContactUser, contacts: Contacts, roles: RoleMap, row: tuple[int, User] | None) -> Placed:
    """Precedence, for each field: roles.yaml `people:` > users.csv row > first roles.yaml rule > nothing."""
    depts = contacts.dept_names(member)
    person = Person(depts=tuple(depts), title=member.title, leader=member.leader)
    own = roles.people.get(member.userid)
    csv_line, csv_user = row if row is not None else (0, None)
    why: dict[str, str] = {}
    values: dict[str, str | None] = {}
    for field in ("role", "workshop"):
        rule = roles.first(person, field)
        by_rule = getattr(rule, field) if rule is not None else None
        rule_src = f"{roles.name}:{rule.line} ({rule.describe()})" if rule is not None else ""
        by_csv = _csv_value(csv_user, field)
        by_own = getattr(own, field) if own is not None else None
        if by_own is not None and own is not None:
            values[field], why[field] = by_own, f"{roles.name}:{own.line} (people.{member.userid})"
        elif by_csv is not None:
            values[field] = by_csv
            if rule is None:
                why[field] = f"users.csv:{csv_line}"
            elif by_rule == by_csv:
                why[field] = f"{rule_src}, users.csv:{csv_line} agrees"
            else:
                why[field] = f"users.csv:{csv_line}, over {rule_src} ({by_rule})"
        elif rule is not None:
            values[field], why[field] = by_rule, rule_src
        else:
            values[field], why[field] = None, "no rule matches" if field == "role" else ""
    approver: str | None
    if own is not None and own.approver is not None:
        approver, why["approver"] = own.approver, f"{roles.name}:{own.line} (people.{member.userid})"
    elif csv_user is not None and csv_user.manager:
        approver = csv_user.manager
        same = csv_user.manager == member.manager_userid
        why["approver"] = f"users.csv:{csv_line}" + (", DingTalk manager agrees" if same else ", over DingTalk")
    else:
        approver = member.manager_userid or None
        why["approver"] = "DingTalk manager" if approver else ""
    user = User(
        user_id=member.userid, name=member.name, dept=depts[0] if depts else "", role=values["role"] or "unknown",  # type: ignore[arg-type]
        workshop=values["workshop"], manager=approver, title=member.title, active=member.active,
    )  # fmt: skip
    if not member.active:
        why["status"] = "inactive in DingTalk"
    return Placed(user=user, why={k: v for k, v in why.items() if v})


def place_offline(rows: list[tuple[int, User]]) -> list[Placed]:
    """users.csv alone (DingTalk not configured, or never reached and no last good copy)."""
    return [Placed(user=u, why={"role": f"users.csv:{line}"}, source="users.csv") for line, u in rows]


def _csv_value(user: User | None, field: str) -> str | None:
    if user is None:
        return None
    if field == "role":
        return None if user.role == "unknown" else user.role
    return user.workshop or None
