"""Routing: a table of events against one rule file; quiet hours; malformed files refused with line and reason."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from agent.events.models import Event
from agent.events.routing import RoutingError, load_rules, parse_rules, quiet_until, route
from dingk3.paths import DEFAULT_ROUTING_FILE, DEMO_DATA_DIR
from tools.directory import Directory

RULES = """
groups: {WS01: cid-ws01, default: cid-plant, qa: cid-qa}
robots: {plant: {webhook: "/robot/send?access_token=t", secret: SECx}}
quiet_hours: {"user:u1000": "22:00-07:00", "role:pmc": "23:00-06:00"}
dedup_minutes: 30
rules:
  - name: group
    events: [created, released, output_reported]
    to: [workshop_group]
  - name: big
    events: [created]
    when: {min_qty: 1000}
    to: [user:u1000]
  - name: finished-goods-only
    events: [finished]
    when: {categories: [产成品], workshops: [WS03]}
    to: [group:qa]
  - name: exceptions
    events: [overdue, stuck]
    to: [role:supervisor, role:pmc]
    dedup_minutes: 240
  - name: critical
    events: ["*"]
    when: {min_severity: critical}
    to: [robot:plant]
"""
DIRECTORY = Directory.from_csv(DEMO_DATA_DIR / "users.csv")
NOW = datetime(2026, 11, 21, 10, 0)


def ev(kind: str, **kw: Any) -> Event:
    base: dict[str, Any] = {"id": f"{kind}:x", "key": f"{kind}:x", "at": NOW, "bill_no": "MO1", "workshop": "WS01",
                            "workshop_name": "机加一车间", "qty": 100, "category": "产成品"}  # fmt: skip
    return Event(kind=kind, **(base | kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        # the workshop's own group; an unmapped workshop falls back to default
        (ev("released"), ["group:cid-ws01"]),
        (ev("released", workshop="WS02", workshop_name="机加二车间"), ["group:cid-plant"]),
        # big orders also go to the plant manager; small ones don't
        (ev("created", qty=1000), ["group:cid-ws01", "user:u1000"]),
        (ev("created", qty=999), ["group:cid-ws01"]),
        # conditions on category and workshop
        (ev("finished", workshop="WS03", workshop_name="装配车间"), ["group:cid-qa"]),
        (ev("finished", workshop="WS03", category="半成品"), []),
        (ev("finished"), []),
        # role:supervisor = the workshop's supervisor (plant-level supervisors when the workshop has none)
        (ev("overdue", severity="warning"), ["user:u2000", "user:u1001", "user:u1002"]),
        (ev("stuck", workshop="WS04", workshop_name="热处理车间"), ["user:u1000", "user:u1001", "user:u1002"]),
        # severity conditions, and "*"
        (ev("overdue", severity="critical"), ["user:u2000", "user:u1001", "user:u1002", "robot:plant"]),
        (ev("stock_below_safety", severity="critical", bill_no="", workshop=""), ["robot:plant"]),
        (ev("bom_short"), []),
    ],
)
def test_route(event: Event, expected: list[str]) -> None:
    config = parse_rules(RULES)
    assert [t.queue for t in route(event, config, DIRECTORY)] == expected


def test_targets_carry_window_and_quiet_hours() -> None:
    config = parse_rules(RULES)
    targets = {t.queue: t for t in route(ev("overdue", severity="critical"), config, DIRECTORY)}
    assert targets["user:u1001"].dedup_minutes == 240 and targets["user:u1001"].quiet == "23:00-06:00"
    assert targets["robot:plant"].dedup_minutes == 30 and targets["robot:plant"].quiet == ""
    big = {t.queue: t for t in route(ev("created", qty=5000), config, DIRECTORY)}
    assert big["user:u1000"].quiet == "22:00-07:00" and big["user:u1000"].rule == "big"


@pytest.mark.parametrize(
    ("span", "now", "until"),
    [
        ("22:00-07:00", datetime(2026, 11, 21, 23, 30), datetime(2026, 11, 22, 7, 0)),
        ("22:00-07:00", datetime(2026, 11, 21, 6, 59), datetime(2026, 11, 21, 7, 0)),
        ("22:00-07:00", datetime(2026, 11, 21, 7, 0), None),
        ("22:00-07:00", datetime(2026, 11, 21, 12, 0), None),
        ("12:00-13:30", datetime(2026, 11, 21, 12, 15), datetime(2026, 11, 21, 13, 30)),
        ("", datetime(2026, 11, 21, 12, 15), None),
    ],
)
def test_quiet_until(span: str, now: datetime, until: datetime | None) -> None:
    assert quiet_until(span, now) == until


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("rules:\n  - name: a\n    events: [shipped]\n    to: [workshop_group]\n", 3, "rules[0].events[0]"),
        ("rules:\n  - name: a\n    events: [created]\n    to: [boss]\n", 4, "unknown recipient 'boss'"),
        (
            "rules:\n  - name: a\n    events: [created]\n    to: [workshop_group]\n    wen: {min_qty: 1}\n",
            5,
            "rules[0].wen: Extra inputs are not permitted",
        ),
        (
            "rules:\n  - name: a\n    events: [created]\n    to: [workshop_group]\n    when: {min_qty: lots}\n",
            5,
            "rules[0].when.min_qty",
        ),
        ("quiet_hours:\n  user:u1: 10pm-7am\n", 2, "quiet hours of 'user:u1' must look like 22:00-07:00"),
        ("limits:\n  stuck_hours: {created: 2}\n  approval_wait_minutes: -5\n", 3, "limits.approval_wait_minutes"),
        ("rules:\n  - name: a\n    events: [created\n", 4, "YAML syntax"),
        ("rules:\n  - events: [created]\n    to: [workshop_group]\n", 2, "rules[0].name: Field required"),
        ("- just\n- a list\n", 1, "must be a mapping"),
    ],
)
def test_malformed_file_names_line_and_reason(text: str, line: int, reason: str) -> None:
    with pytest.raises(RoutingError) as info:
        parse_rules(text, "routing.yaml")
    assert str(info.value).startswith(f"routing.yaml:{line}: "), str(info.value)
    assert reason in str(info.value)


def test_shipped_demo_file_loads() -> None:
    config = load_rules(DEFAULT_ROUTING_FILE)
    assert config.rules and config.groups["default"].startswith("cid")
    assert [t.channel for t in route(ev("released"), config, DIRECTORY)] == ["group"]
