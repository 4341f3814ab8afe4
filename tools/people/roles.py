"""The role map (config/roles.yaml): DingTalk's department, title and leader flag → DingK3 role and workshop,
with per-person overrides. A malformed file is refused with ConfigError("roles.yaml:12: rules[3].role: …").

    rules:                      # for each of role and workshop, the first rule that matches and sets it wins
      - {title: 车间主任, role: supervisor}
      - {dept: 机加一车间, role: worker, workshop: WS01}
    people:                     # by DingTalk userid; beats the rules and users.csv
      u9001: {role: guest}
      u2002: {workshop: WS02, approver: u4000}
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, model_validator

from dingk3.yamlfile import line_of, parse_yaml_node
from tools.directory import Role

__all__ = ["Person", "PersonOverride", "RoleMap", "RoleRule", "load_role_map", "parse_role_map"]


def _names(value: Any) -> Any:
    """One name or a list of names → a tuple of stripped names (blank ones refused by the model)."""
    if value is None:
        return ()
    if isinstance(value, str | int):
        value = [value]
    if isinstance(value, list):
        names = tuple(str(v).strip() for v in value)
        if any(not n for n in names):
            raise ValueError("a name is empty")
        return names
    return value


Names = Annotated[tuple[str, ...], BeforeValidator(_names)]


class Person(BaseModel):
    """What a rule looks at: one DingTalk member."""

    model_config = ConfigDict(frozen=True)

    depts: tuple[str, ...] = ()
    title: str = ""
    leader: bool = False


class RoleRule(BaseModel):
    """Who (dept and/or title and/or leader; all given must hold) → role and/or workshop."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dept: Names = ()  # any of these department names
    title: Names = ()  # any of these job titles, exactly
    leader: bool | None = None  # leads one of their departments (DingTalk's `leader`)
    role: Role | None = None
    workshop: str | None = None  # K/3 workshop number
    line: int = 0  # where the rule is in the file (filled by the loader, for `dingk3 people`)

    @model_validator(mode="after")
    def _says_something(self) -> RoleRule:
        if not self.dept and not self.title and self.leader is None:
            raise ValueError("a rule needs at least one of dept, title, leader (a rule for everybody is a mistake)")
        if self.role is None and self.workshop is None:
            raise ValueError("a rule must set role and/or workshop")
        return self

    def matches(self, person: Person) -> bool:
        return (
            (not self.dept or any(d in self.dept for d in person.depts))
            and (not self.title or person.title in self.title)
            and (self.leader is None or self.leader == person.leader)
        )

    def describe(self) -> str:
        parts = [f"dept {'/'.join(self.dept)}" if self.dept else ""]
        parts.append(f"title {'/'.join(self.title)}" if self.title else "")
        if self.leader is not None:
            parts.append("leader" if self.leader else "not leader")
        return ", ".join(p for p in parts if p)


class PersonOverride(BaseModel):
    """One person's role, workshop or approver, whatever DingTalk, the rules and users.csv say."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role | None = None
    workshop: str | None = None
    approver: str | None = None  # userid of who approves them instead of their DingTalk manager
    line: int = 0

    @model_validator(mode="after")
    def _says_something(self) -> PersonOverride:
        if self.role is None and self.workshop is None and self.approver is None:
            raise ValueError("an override must set role, workshop and/or approver")
        return self


class RoleMap(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules: tuple[RoleRule, ...] = ()
    people: dict[str, PersonOverride] = {}
    name: str = "roles.yaml"

    @model_validator(mode="before")
    @classmethod
    def _ids_are_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("people"), dict):
            data = data | {"people": {str(k): {} if v is None else v for k, v in data["people"].items()}}
        if isinstance(data, dict) and data.get("rules") is None and "rules" in data:
            data = data | {"rules": ()}
        return data

    def first(self, person: Person, field: str) -> RoleRule | None:
        """The first rule that matches `person` and sets `field` (role or workshop)."""
        return next((r for r in self.rules if getattr(r, field) is not None and r.matches(person)), None)


def parse_role_map(text: str, name: str = "roles.yaml") -> RoleMap:
    """Validate the file, then note each rule's and override's line (for saying why)."""
    parsed, node = parse_yaml_node(text, RoleMap, name)
    rules = tuple(r.model_copy(update={"line": line_of(node, ["rules", i])}) for i, r in enumerate(parsed.rules))
    people = {u: p.model_copy(update={"line": line_of(node, ["people", u])}) for u, p in parsed.people.items()}
    return RoleMap(rules=rules, people=people, name=name)


def load_role_map(path: Path) -> RoleMap:
    """The role map; an empty one (nobody mapped, users.csv decides) when the file does not exist."""
    if not path.exists():
        return RoleMap(name=path.name)
    return parse_role_map(path.read_text(encoding="utf-8"), path.name)
