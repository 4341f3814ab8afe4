"""Routing rules, pure: `config/routing.yaml` → validated models, and an event → the recipients it goes to.

A malformed file is refused with `RoutingError("routing.yaml:12: rules[1].to[0]: …")`, the line taken from
YAML's node marks.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from agent.events.detect import Limits
from agent.events.models import Event, EventKind, Severity, severity_rank
from dingk3.yamlfile import compose_and_load, line_of
from tools.directory import Directory

__all__ = ["RoutingConfig", "RoutingError", "Target", "load_rules", "parse_rules", "quiet_until", "route"]

_RECIPIENT = re.compile(r"^(workshop_group|role:(pmc|supervisor)|user:\S+|group:\S+|robot:\S+)$")
_QUIET = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")


class RoutingError(ValueError):
    """The routing file is malformed: the message names the file, the line and the reason."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class When(_Strict):
    """Conditions a rule's events must meet; every given condition must hold."""

    workshops: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    min_qty: float | None = None
    max_qty: float | None = None
    severity: list[Severity] = Field(default_factory=list)
    min_severity: Severity | None = None

    def matches(self, e: Event) -> bool:
        if self.workshops and e.workshop not in self.workshops and e.workshop_name not in self.workshops:
            return False
        if self.categories and e.category not in self.categories:
            return False
        if self.min_qty is not None and e.qty < self.min_qty:
            return False
        if self.max_qty is not None and e.qty > self.max_qty:
            return False
        if self.severity and e.severity not in self.severity:
            return False
        return not (self.min_severity and severity_rank(e.severity) < severity_rank(self.min_severity))


class Rule(_Strict):
    name: str
    events: list[EventKind | Literal["*"]] = Field(min_length=1)
    when: When = When()
    to: list[str] = Field(min_length=1)
    dedup_minutes: float | None = Field(default=None, ge=0)

    @field_validator("to")
    @classmethod
    def _recipients(cls, value: list[str]) -> list[str]:
        for r in value:
            if not _RECIPIENT.match(r):
                raise ValueError(
                    f"unknown recipient {r!r}: use workshop_group, role:pmc, role:supervisor, user:<id>, group:<name>"
                    " or robot:<name>"
                )
        return value


class Robot(_Strict):
    """A custom group robot: its webhook URL (with access_token; a path is joined to the oapi base) and its
    `SEC…` signing secret, given here or, better, in the environment variable `secret_env`."""

    webhook: str
    secret: str = ""
    secret_env: str = ""


def _critical() -> list[Severity]:
    return ["critical"]


class RoutingConfig(_Strict):
    groups: dict[str, str] = Field(default_factory=dict)  # workshop number/name or a name → openConversationId
    robots: dict[str, Robot] = Field(default_factory=dict)
    quiet_hours: dict[str, str] = Field(default_factory=dict)  # "user:u1", "role:pmc", "group:x", "default"
    quiet_bypass: list[Severity] = Field(default_factory=_critical)
    dedup_minutes: float = Field(default=30, ge=0)
    limits: Limits = Limits()
    rules: list[Rule] = Field(default_factory=list)

    @field_validator("quiet_hours")
    @classmethod
    def _quiet(cls, value: dict[str, str]) -> dict[str, str]:
        for who, span in value.items():
            if not _QUIET.match(str(span)):
                raise ValueError(f"quiet hours of {who!r} must look like 22:00-07:00, not {span!r}")
        return value


class Target(_Strict):
    """One recipient of one event: a group (openConversationId), a user (1:1), or a custom robot."""

    channel: Literal["group", "user", "robot"]
    address: str
    label: str
    rule: str
    dedup_minutes: float
    quiet: str = ""  # "22:00-07:00" or empty

    @property
    def queue(self) -> str:
        return f"{self.channel}:{self.address}"


def parse_rules(text: str, name: str = "routing.yaml") -> RoutingConfig:
    """Validate routing YAML; RoutingError names the line and the reason."""
    try:
        node, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        raise RoutingError(f"{name}:{line}: YAML syntax: {exc.problem or exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RoutingError(f"{name}:1: the file must be a mapping (groups, robots, quiet_hours, limits, rules)")
    try:
        return RoutingConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p in _UNION_TAGS))]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        line = line_of(node, loc)
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise RoutingError(f"{name}:{line}: {where}: {msg}") from None


def load_rules(path: str | Path) -> RoutingConfig:
    p = Path(path)
    return parse_rules(p.read_text(encoding="utf-8"), p.name)


_UNION_TAGS = {"literal['*']"}


def route(event: Event, config: RoutingConfig, directory: Directory) -> list[Target]:
    """Every recipient of the event under the rules, each once (the first matching rule wins)."""
    found: dict[str, Target] = {}
    for rule in config.rules:
        if "*" not in rule.events and event.kind not in rule.events:
            continue
        if not rule.when.matches(event):
            continue
        window = rule.dedup_minutes if rule.dedup_minutes is not None else config.dedup_minutes
        for spec in rule.to:
            for channel, address, label, quiet_keys in _expand(spec, event, config, directory):
                target = Target(channel=channel, address=address, label=label, rule=rule.name, dedup_minutes=window,
                                quiet=_quiet_for(config, quiet_keys))  # fmt: skip
                found.setdefault(target.queue, target)
    return list(found.values())


def _expand(spec: str, e: Event, config: RoutingConfig, directory: Directory) -> list[tuple[Any, str, str, list[str]]]:
    if spec == "workshop_group":
        cid = config.groups.get(e.workshop) or config.groups.get(e.workshop_name) or config.groups.get("default")
        label = f"group:{e.workshop or 'default'}"
        return [("group", cid, e.workshop_name or "生产群", [label, "group:default"])] if cid else []
    kind, _, name = spec.partition(":")
    if kind == "group":
        cid = config.groups.get(name, name)
        return [("group", cid, name, [spec])]
    if kind == "robot":
        return [("robot", name, name, [spec])] if name in config.robots else []
    if kind == "user":
        u = directory.get(name)
        return [("user", u.user_id, u.name, [spec, f"role:{u.role}"])]
    users = [u for u in directory if u.role == name]
    if name == "supervisor":
        own = [u for u in users if e.workshop and u.workshop == e.workshop]
        users = own or [u for u in users if not u.workshop]
    return [("user", u.user_id, u.name, [f"user:{u.user_id}", f"role:{u.role}"]) for u in users]


def _quiet_for(config: RoutingConfig, keys: list[str]) -> str:
    for k in [*keys, "default"]:
        if k in config.quiet_hours:
            return config.quiet_hours[k]
    return ""


def quiet_until(span: str, now: datetime) -> datetime | None:
    """If `now` falls in the quiet span ("22:00-07:00", may cross midnight), when it ends; else None."""
    m = _QUIET.match(span or "")
    if not m:
        return None
    start, end = time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4]))
    t = now.time()
    if start == end:
        return None
    inside = start <= t < end if start < end else (t >= start or t < end)
    if not inside:
        return None
    end_today = datetime.combine(now.date(), end)
    return end_today if end_today > now else end_today + timedelta(days=1)
