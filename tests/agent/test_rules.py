"""The deterministic rules: permissions, the K/3 order state machine, limits and risks."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import agent.rules
from agent.rules import Facts, Policy, check, check_permission, working_days
from agent.state import Proposal, Violation
from dingk3.calendar import PlantCalendar
from dingk3.config import Settings
from dingk3.errors import ConfigError
from dingk3.paths import DEMO_DATA_DIR
from tools.directory import Directory
from tools.k3.models import BomLine, Material, ProductionOrder

TODAY = date(2026, 11, 20)  # a Friday
DIRECTORY = Directory.from_csv(DEMO_DATA_DIR / "users.csv")
WORKSHOP_NAMES = {"WS01": "机加一车间", "WS02": "机加二车间", "WS03": "装配车间"}
K3_STATUS = {"created": 1, "released": 3, "started": 4, "finished": 5, "closed": 6}
CJK = re.compile(r"[\u4e00-\u9fff]")

VALVE = Material(number="01.01.0001", name="液压阀体", spec="HV-2050", category="产成品")
SEMI = Material(number="02.01.0001", name="阀芯组件", category="半成品")
SELF_MADE = Material(number="05.01.0001", name="工装夹具", category="", erp_cls="2")
STEEL = Material(number="03.01.1012", name="钢棒", category="原材料", erp_cls="1")
BANNED = Material(number="01.01.0009", name="旧型号阀体", category="产成品", forbidden=True)


def order(
    status: str = "released",
    *,
    qty: float = 1000,
    good: float = 0,
    scrap: float = 0,
    workshop: str = "WS03",
    due: date | None = date(2026, 12, 6),
    bill_no: str = "MO20261102",
    material: str = "01.01.0001",
) -> ProductionOrder:
    return ProductionOrder(
        id=1,
        bill_no=bill_no,
        material=material,
        qty=qty,
        workshop=workshop,
        plan_finish=due,
        k3_status=K3_STATUS[status],
        good_qty=good,
        scrap_qty=scrap,
    )


def proposal(intent: str, requester: str = "u1001", **fields: Any) -> Proposal:
    return Proposal(
        id="p1",
        intent=intent,  # type: ignore[arg-type]
        requester=requester,
        conversation_id="c1",
        created_at="2026-11-20T09:00:00+08:00",
        expires_at="2026-11-20T09:30:00+08:00",
        **fields,
    )


def run(
    intent: str,
    *,
    user: str = "u1001",
    policy: Policy | None = None,
    facts: dict[str, Any] | None = None,
    **fields: Any,
) -> list[Violation]:
    """check() with facts that pass everything unless the case overrides them."""
    base: dict[str, Any] = {"requester": DIRECTORY.get(user), "workshop_names": WORKSHOP_NAMES}
    if intent == "create_order":
        base["material"] = VALVE
        fields.setdefault("material", "01.01.0001")
    else:
        base["order"] = order()
        fields.setdefault("order_no", "MO20261102")
    base.update(facts or {})
    return check(proposal(intent, requester=user, **fields), Facts(**base), TODAY, policy or Policy())


def codes(found: list[Violation], severity: str | None = None) -> list[str]:
    return [v.code for v in found if severity is None or v.severity == severity]


def only(found: list[Violation], code: str) -> Violation:
    hits = [v for v in found if v.code == code]
    assert len(hits) == 1, found
    return hits[0]


# --------------------------------------------------------------------------- permissions

# (user, intent, order's workshop, allowed?) — pmc create/change/query; supervisor everything + approve;
# worker report on their own workshop + query; sales/viewer query; guest/unknown nothing.
PERMISSIONS = [
    ("u1001", "create_order", None, True),  # pmc
    ("u1001", "change_order", "WS03", True),
    ("u1001", "query_order", None, True),
    ("u1001", "report_output", "WS03", False),  # planners do not report output
    ("u1001", "approve", None, False),
    ("u1000", "create_order", None, True),  # supervisor: everything
    ("u1000", "change_order", "WS03", True),
    ("u1000", "report_output", "WS03", True),
    ("u1000", "approve", None, True),
    ("u2000", "report_output", "WS03", True),  # a supervisor may report for another workshop
    ("u2001", "report_output", "WS01", True),  # worker 张伟 (WS01) on a WS01 order
    ("u2001", "report_output", "WS03", False),  # … not on an assembly order
    ("u2001", "query_inventory", None, True),
    ("u2001", "create_order", None, False),
    ("u2001", "change_order", "WS01", False),
    ("u5001", "query_order", None, True),  # sales
    ("u5001", "create_order", None, False),
    ("u5000", "query_inventory", None, True),  # viewer
    ("u5000", "change_order", "WS03", False),
    ("u9001", "query_order", None, False),  # guest
    ("nobody", "help", None, False),  # not in the directory
]


@pytest.mark.parametrize(("user", "intent", "workshop", "allowed"), PERMISSIONS)
def test_permission_table(user: str, intent: str, workshop: str | None, allowed: bool) -> None:
    on = order(workshop=workshop) if workshop else None
    found = check_permission(DIRECTORY.get(user), intent, on, WORKSHOP_NAMES)
    assert (found == []) is allowed
    assert all(CJK.search(v.message) and v.severity == "refuse" for v in found)


@pytest.mark.parametrize(
    ("user", "expected"),
    [
        ("u2001", "张伟 只能给本车间（机加一车间）的订单报工；订单 MO20261102 属于装配车间。"),
        ("u9001", "外部访客 还没有 DingK3 权限：请联系管理员把你加入用户目录并分配角色。"),
        ("nobody", "nobody 还没有 DingK3 权限：请联系管理员把你加入用户目录并分配角色。"),
    ],
)
def test_permission_messages(user: str, expected: str) -> None:
    found = run("report_output", user=user, good_qty=10)
    assert found[0].message == expected


def test_role_refusal_says_what_the_role_can_do() -> None:
    message = only(run("create_order", user="u5001", quantity=10), "permission.role").message
    assert message.startswith("黄静（销售）不能新建生产订单")
    assert "查询订单" in message


def test_worker_without_workshop_is_refused() -> None:
    worker = DIRECTORY.get("u2001").model_copy(update={"workshop": None})
    found = check_permission(worker, "report_output", order(), WORKSHOP_NAMES)
    assert codes(found) == ["permission.workshop"]
    assert "没有登记所属车间" in found[0].message


def test_requester_mismatch_is_refused() -> None:
    facts = Facts(requester=DIRECTORY.get("u1000"), material=VALVE)
    found = check(proposal("create_order", material="01.01.0001", quantity=5), facts, TODAY, Policy())
    assert codes(found) == ["facts.mismatch"]


# --------------------------------------------------------------------------- create_order

# (case, fields, facts override, policy, refusal code or None, message fragments)
CREATE = [
    ("ok", {"quantity": 300, "due_date": "2026-12-01"}, {}, None, None, []),
    ("qty 0", {"quantity": 0}, {}, None, "qty.invalid", ["数量 0 无效：请输入大于 0 的数量。"]),
    ("qty negative", {"quantity": -5}, {}, None, "qty.invalid", ["-5", "大于 0"]),
    ("qty NaN", {"quantity": float("nan")}, {}, None, "qty.invalid", ["大于 0"]),
    ("qty smallest", {"quantity": 0.5}, {}, None, None, []),
    ("qty missing", {}, {}, None, "qty.missing", ["缺少数量"]),
    ("qty at cap", {"quantity": 100_000}, {}, None, None, []),
    ("qty over cap", {"quantity": 100_001}, {}, None, "qty.too_large", ["100001", "100000"]),
    ("custom cap", {"quantity": 600}, {}, Policy(max_order_qty=500), "qty.too_large", ["600", "不超过 500"]),
    ("due today", {"quantity": 1, "due_date": "2026-11-20"}, {}, None, None, []),
    ("due yesterday", {"quantity": 1, "due_date": "2026-11-19"}, {}, None, "due.past", ["2026-11-19", "2026-11-20"]),
    ("due garbled", {"quantity": 1, "due_date": "下周五"}, {}, None, "due.invalid", ["下周五", "年-月-日"]),
    ("semi-finished", {"material": "02.01.0001", "quantity": 1}, {"material": SEMI}, None, None, []),
    ("self-made", {"material": "05.01.0001", "quantity": 1}, {"material": SELF_MADE}, None, None, []),
    (
        "raw material",
        {"material": "03.01.1012", "quantity": 1},
        {"material": STEEL},
        None,
        "material.not_producible",
        ["03.01.1012（钢棒）是原材料", "产成品或半成品"],
    ),
    ("forbidden", {"material": "01.01.0009", "quantity": 1}, {"material": BANNED}, None, "material.forbidden", ["禁"]),
    ("unknown material", {"material": "09.9", "quantity": 1}, {"material": None}, None, "material.not_found", ["09.9"]),
    ("no material", {"material": None, "quantity": 1}, {"material": None}, None, "material.missing", ["物料"]),
    ("looked up wrong one", {"material": "01.01.0002", "quantity": 1}, {}, None, "facts.mismatch", ["01.01.0002"]),
]


@pytest.mark.parametrize(
    ("fields", "facts", "policy", "code", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in CREATE],
)
def test_create_order(fields: dict, facts: dict, policy: Policy | None, code: str | None, fragments: list[str]) -> None:
    found = run("create_order", facts=facts, policy=policy, **fields)
    if code is None:
        assert found == []
        return
    assert codes(found) == [code]
    for fragment in fragments:
        assert fragment in found[0].message


# --------------------------------------------------------------------------- change_order: state machine

# Every K/3 status × action: created → release; released → start/close; started → finish/close;
# finished → close; closed → nothing.
STATE_MACHINE = [
    ("created", "release", True),
    ("created", "start", False),
    ("created", "finish", False),
    ("created", "close", False),
    ("released", "release", False),
    ("released", "start", True),
    ("released", "finish", False),
    ("released", "close", True),
    ("started", "release", False),
    ("started", "start", False),
    ("started", "finish", True),
    ("started", "close", True),  # allowed, but a risk (see below)
    ("finished", "start", False),
    ("finished", "finish", False),
    ("finished", "close", True),
    ("closed", "release", False),
    ("closed", "close", False),
]


@pytest.mark.parametrize(("status", "action", "allowed"), STATE_MACHINE)
def test_state_machine(status: str, action: str, allowed: bool) -> None:
    found = run("change_order", action=action, facts={"order": order(status)})
    assert ("order.state" not in codes(found, "refuse")) is allowed
    assert codes(found, "refuse") in ([], ["order.state"])


@pytest.mark.parametrize(
    ("status", "action", "expected"),
    [
        ("started", "release", "订单 MO20261102 当前已开工，不能下达：现在只能完工或结案。"),
        ("created", "start", "订单 MO20261102 当前计划（未下达），不能开工：现在只能下达。"),
        ("closed", "close", "订单 MO20261102 当前已结案，不能结案：不能再做任何操作。"),
    ],
)
def test_state_machine_messages(status: str, action: str, expected: str) -> None:
    assert only(run("change_order", action=action, facts={"order": order(status)}), "order.state").message == expected


@pytest.mark.parametrize("action", ["pause", "resume"])
def test_pause_and_resume_are_refused_with_alternatives(action: str) -> None:
    message = only(run("change_order", action=action), "order.pause_unsupported").message
    assert "没有“暂停”状态" in message and "改交期" in message and "结案" in message


def test_unknown_action_is_refused() -> None:
    assert "下达、开工、完工、结案" in only(run("change_order", action="delete"), "order.action_unknown").message


# --------------------------------------------------------------------------- change_order: fields

# (case, fields, order status / values, refusal code or None, message fragments)
CHANGE = [
    ("qty on released", {"quantity": 1100}, order("released"), None, []),
    ("qty on created", {"quantity": 1100}, order("created"), None, []),
    ("qty on started", {"quantity": 1100}, order("started"), None, []),  # a risk, not a refusal
    ("qty on finished", {"quantity": 1100}, order("finished"), "order.state", ["已完工", "数量", "新建订单"]),
    ("due on closed", {"due_date": "2026-12-20"}, order("closed"), "order.state", ["已结案", "交期"]),
    ("workshop on finished", {"workshop": "WS01"}, order("finished"), "order.state", ["车间"]),
    ("nothing to change", {}, order(), "change.empty", ["没有要修改的内容"]),
    ("same values", {"quantity": 1000, "workshop": "WS03", "due_date": "2026-12-06"}, order(), "change.empty", []),
    ("new qty 0", {"quantity": 0}, order(), "qty.invalid", ["新数量 0 无效"]),
    ("new qty over cap", {"quantity": 200_000}, order(), "qty.too_large", ["200000"]),
    (
        "below reported",
        {"quantity": 300},
        order("started", good=340, scrap=10),
        "qty.below_reported",
        ["新数量 300 低于", "350（良品 340 + 不良 10）", "至少为 350"],
    ),
    ("equal to reported", {"quantity": 350}, order("started", good=340, scrap=10), None, []),
    ("due in past", {"due_date": "2026-11-01"}, order(), "due.past", ["2026-11-01"]),
    ("due today", {"due_date": "2026-11-20"}, order(), None, []),
    ("no order number", {"order_no": None, "quantity": 5}, order(), "order.missing", ["订单号"]),
    ("order not in K/3", {"order_no": "MO29999999", "quantity": 5}, None, "order.not_found", ["MO29999999"]),
    ("looked up wrong order", {"order_no": "MO20261101", "quantity": 5}, order(), "facts.mismatch", ["MO20261101"]),
    ("lower-case order number", {"order_no": "mo20261102", "quantity": 1100}, order(), None, []),
]


@pytest.mark.parametrize(
    ("fields", "the_order", "code", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in CHANGE],
)
def test_change_order(fields: dict, the_order: ProductionOrder | None, code: str | None, fragments: list[str]) -> None:
    found = run("change_order", facts={"order": the_order}, **fields)
    if code is None:
        assert codes(found, "refuse") == []
        return
    assert codes(found, "refuse") == [code]
    for fragment in fragments:
        assert fragment in found[0].message


# --------------------------------------------------------------------------- report_output

# The demo order MO20261102: 1000 ordered, 200 good + 2 scrap reported → 798 remaining; WS03 (装配车间).
REPORTED = order("started", good=200, scrap=2)
TOLERANT = Policy(report_tolerance=0.02)  # may report up to 798 × 1.02 = 813.96

# (case, good, scrap, order, policy, refusal code or None, message fragments)
REPORT = [
    ("fits exactly", 790, 8, REPORTED, None, None, []),
    ("scrap only", 0, 5, REPORTED, None, None, []),
    ("good only, scrap absent", 10, None, REPORTED, None, None, []),
    (
        "over remaining",
        800,
        5,
        REPORTED,
        None,
        "report.over",
        ["报工数量超出：订单 MO20261102 剩余 798，本次 良品 800 + 不良 5 = 805。", "不超过 798"],
    ),
    ("within tolerance", 810, 0, REPORTED, TOLERANT, None, []),
    ("over tolerance", 814, 0, REPORTED, TOLERANT, "report.over", ["最多可报 813.96", "814"]),
    ("negative good", -1, 0, REPORTED, None, "report.invalid", ["良品数量 -1 无效"]),
    ("negative scrap", 5, -2, REPORTED, None, "report.invalid", ["不良数量 -2 无效"]),
    ("all zero", 0, 0, REPORTED, None, "report.empty", ["都是 0"]),
    ("nothing given", None, None, REPORTED, None, "report.empty", ["都是 0"]),
    (
        "released order",
        10,
        0,
        order("released"),
        None,
        "order.state",
        ["已下达", "不能报工", "请先开工", "MO20261102 开工"],
    ),
    ("created order", 10, 0, order("created"), None, "order.state", ["计划（未下达）", "请先下达"]),
    ("finished order", 10, 0, order("finished"), None, "order.state", ["已完工", "不能报工"]),
    ("closed order", 10, 0, order("closed"), None, "order.state", ["已结案"]),
    ("fully reported", 1, 0, order("started", good=1000), None, "report.over", ["已全部报工", "完工"]),
    ("no such order", 10, 0, None, None, "order.not_found", ["MO20261102"]),
]


@pytest.mark.parametrize(
    ("good", "scrap", "the_order", "policy", "code", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in REPORT],
)
def test_report_output(
    good: float | None,
    scrap: float | None,
    the_order: ProductionOrder | None,
    policy: Policy | None,
    code: str | None,
    fragments: list[str],
) -> None:
    found = run(
        "report_output", user="u3001", facts={"order": the_order}, policy=policy, good_qty=good, scrap_qty=scrap
    )  # 孙丽, an assembly worker, on an assembly order
    if code is None:
        assert found == []
        return
    assert codes(found) == [code]
    for fragment in fragments:
        assert fragment in found[0].message


# --------------------------------------------------------------------------- risks

BOM = [
    BomLine(parent="01.01.0001", component="03.01.1012", qty_per=2),
    BomLine(parent="01.01.0001", component="03.01.0291", qty_per=1),
    BomLine(parent="01.01.0002", component="03.01.0291", qty_per=100),  # another product's line: ignored
]
NAMES = {"03.01.1012": "钢棒", "03.01.0291": "密封圈"}


# (case, quantity, stock, risk?, message fragments) — need = quantity × qty_per × 1.05
BOM_CREATE = [
    ("exactly covered", 300, {"03.01.1012": 630, "03.01.0291": 315}, False, []),
    (
        "one short",
        300,
        {"03.01.1012": 629, "03.01.0291": 315},
        True,
        ["03.01.1012（钢棒） 需 630（300 × 2 × 1.05），可用 629，缺 1", "数量不超过 299"],
    ),
    ("component not stocked", 10, {"03.01.1012": 100}, True, ["03.01.0291（密封圈）", "可用 0", "补料后"]),
    ("both short", 1000, {"03.01.1012": 0, "03.01.0291": 0}, True, ["03.01.1012", "03.01.0291"]),
]


GATED = Policy(bom_shortage_needs_approval=True)  # a plant that sends every shortage to a supervisor


@pytest.mark.parametrize(
    ("qty", "stock", "risky", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in BOM_CREATE],
)
def test_bom_shortage_on_create(qty: float, stock: dict, risky: bool, fragments: list[str]) -> None:
    found = run(
        "create_order", quantity=qty, facts={"bom": BOM, "stock": stock, "component_names": NAMES}, policy=GATED
    )
    assert codes(found) == (["risk.bom_shortage"] if risky else [])
    for fragment in fragments:
        assert fragment in found[0].message
    if risky:
        assert found[0].severity == "risk"


@pytest.mark.parametrize(
    ("qty", "stock", "short"),
    [pytest.param(*case[1:4], id=case[0]) for case in BOM_CREATE],
)
def test_bom_shortage_is_a_warning_by_default(qty: float, stock: dict, short: bool) -> None:
    """Most new orders wait for some component: by default the card says so and nobody has to approve it."""
    found = run("create_order", quantity=qty, facts={"bom": BOM, "stock": stock, "component_names": NAMES})
    assert codes(found) == (["risk.bom_shortage"] if short else [])
    if short:
        assert found[0].severity == "warn"
        assert "请提前安排备料" in found[0].message and "审批" not in found[0].message


# (case, good, scrap, approval?) on an order with 144 good and 8 scrap reported: by default a report with at least 5
# pieces of scrap that is itself over 20 % scrap (when it has good pieces too), or that takes the order's rate over 20 %
SCRAP_SHARE = [
    ("mostly scrap", 5, 40, True),  # 40 / 45 of the report
    ("scrap only, the order over", 0, 32, True),  # no good in it: the order's 40 / 184 = 21.7 %
    ("scrap only, the order at the share", 0, 28, False),  # 36 / 180 = 20 %
    ("a batch a third scrap", 20, 10, True),  # 10 / 30 of the report, though the order stays at 18 / 182
    ("a batch at the share", 40, 10, False),  # 10 / 50 = 20 %
    ("scrap only, a few", 0, 5, False),  # 13 / 157
    ("ordinary", 120, 5, False),
    ("a batch mostly scrap, under the minimum", 2, 4, False),  # 4 pieces: fewer than 5
]


@pytest.mark.parametrize(("good", "scrap", "risky"), [pytest.param(*c[1:], id=c[0]) for c in SCRAP_SHARE])
def test_a_report_that_makes_the_order_mostly_scrap_needs_approval(good: float, scrap: float, risky: bool) -> None:
    started = order("started", good=144, scrap=8)
    found = run("report_output", user="u3001", good_qty=good, scrap_qty=scrap, facts={"order": started})
    assert ("risk.scrap_share" in codes(found)) is risky
    if risky:
        assert only(found, "risk.scrap_share").severity == "risk"


@pytest.mark.parametrize(
    ("new_qty", "risky"),
    [
        (900, False),  # lowering a quantity never adds demand
        (1100, True),  # 1100 − 700 reported = 400 still to make: needs 840 of 03.01.1012
    ],
)
def test_bom_shortage_on_change_counts_what_is_still_to_make(new_qty: float, risky: bool) -> None:
    started = order("released", good=690, scrap=10)
    found = run(
        "change_order",
        quantity=new_qty,
        facts={"order": started, "bom": BOM, "stock": {"03.01.1012": 800, "03.01.0291": 10_000}},
    )
    assert ("risk.bom_shortage" in codes(found)) is risky
    if risky:
        assert "需 840（400 × 2 × 1.05）" in only(found, "risk.bom_shortage").message


# (case, quantity, open load, working days, risk?, fragments) — WS01: 800 a day.
CAPACITY = [
    ("fits exactly", 500, 3500, 5, False, []),
    (
        "one over",
        501,
        3500,
        5,
        True,
        ["机加一车间产能不足：每天 800 × 5 个工作日 = 4000", "已排 3500 + 本单 501 = 4001，超出 1", "数量不超过 500"],
    ),
    ("nothing free", 100, 4000, 5, True, ["超出 100", "至少留 6 个工作日"]),
    ("due today, 1 day", 800, 0, 1, False, []),
]


@pytest.mark.parametrize(
    ("qty", "load", "days", "risky", "fragments"),
    [pytest.param(*case[1:], id=case[0]) for case in CAPACITY],
)
def test_capacity_on_create(qty: float, load: float, days: int, risky: bool, fragments: list[str]) -> None:
    facts = {"workshop_capacity": 800, "open_load": load, "working_days": days}
    found = run("create_order", quantity=qty, workshop="WS01", due_date="2026-11-25", facts=facts)
    assert codes(found) == (["risk.capacity"] if risky else [])
    for fragment in fragments:
        assert fragment in found[0].message


def test_capacity_counts_working_days_itself_when_not_given() -> None:
    # Fri 20 → Wed 25 Nov, Mon–Sat: 20, 21, 23, 24, 25 = 5 days × 800 = 4000.
    facts = {"workshop_capacity": 800, "open_load": 3500}
    assert run("create_order", quantity=500, workshop="WS01", due_date="2026-11-25", facts=facts) == []
    found = run("create_order", quantity=501, workshop="WS01", due_date="2026-11-25", facts=facts)
    assert "5 个工作日" in only(found, "risk.capacity").message


def test_capacity_counts_on_the_policy_calendar() -> None:
    # 国庆: Wed 30 Sep → Fri 9 Oct is 30 Sep, 8 and 9 Oct = 3 working days × 800 = 2400, not 8 × 800.
    policy = Policy()
    facts = Facts(
        requester=DIRECTORY.get("u1001"), material=VALVE, workshop_capacity=800, workshop_names=WORKSHOP_NAMES
    )
    p = proposal("create_order", material="01.01.0001", quantity=2401, workshop="WS01", due_date="2026-10-09")
    found = check(p, facts, date(2026, 9, 30), policy)
    message = only(found, "risk.capacity").message
    assert "800 × 3 个工作日 = 2400" in message
    assert "至少留 4 个工作日（2026-10-10 或以后）" in message  # the make-up Saturday is the 4th
    english = only(found, "risk.capacity").message_en  # the same verdict for a requester who writes English
    assert "800 a day × 3 working days = 2400" in english
    assert "a due date at least 4 working days away (2026-10-10 or later)" in english
    p = proposal("create_order", material="01.01.0001", quantity=2400, workshop="WS01", due_date="2026-10-09")
    assert check(p, facts, date(2026, 9, 30), policy) == []
    # a plant that works the holiday's first Saturday has 4 days: 3200 fits
    shift = Policy(calendar=PlantCalendar(extra_working_days=frozenset({date(2026, 10, 3)})))
    p = proposal("create_order", material="01.01.0001", quantity=3200, workshop="WS01", due_date="2026-10-09")
    assert check(p, facts, date(2026, 9, 30), shift) == []
    # a shutdown week: Fri 20 → Sat 28 Nov leaves Fri 20 and Sat 21 = 2 days × 800
    shut = Policy(calendar=SHUTDOWN)
    p = proposal("create_order", material="01.01.0001", quantity=1700, workshop="WS01", due_date="2026-11-28")
    assert "800 × 2 个工作日" in only(check(p, facts, TODAY, shut), "risk.capacity").message


def test_capacity_unknown_or_no_due_date_is_not_checked() -> None:
    assert run("create_order", quantity=10**4, due_date="2026-11-25", facts={"open_load": 10**6}) == []
    assert run("create_order", quantity=10**4, facts={"workshop_capacity": 1, "open_load": 10**6}) == []


# A released WS03 order: 1000 pcs, due Sun 6 Dec; 500 a day; 3000 of other open orders.
# (case, change, risk?) — only changes that add load to a workshop are checked.
CAPACITY_CHANGE = [
    ("due earlier, tight", {"due_date": "2026-11-25"}, True),  # 5 days × 500 = 2500 < 3000 + 1000
    ("due later", {"due_date": "2026-12-20"}, False),
    ("qty lower", {"quantity": 900}, False),
    ("qty higher, still fits", {"quantity": 1100}, False),  # 14 days × 500 = 7000 ≥ 4100
    ("moved workshop, fits", {"workshop": "WS01"}, False),
    ("action only", {"action": "start"}, False),
]


@pytest.mark.parametrize(("change", "risky"), [pytest.param(*c[1:], id=c[0]) for c in CAPACITY_CHANGE])
def test_capacity_on_change(change: dict, risky: bool) -> None:
    facts = {"workshop_capacity": 500, "open_load": 3000}
    found = run("change_order", facts=facts, **change)
    assert ("risk.capacity" in codes(found)) is risky


def test_capacity_on_workshop_move_uses_target_workshop() -> None:
    facts = {"workshop_capacity": 100, "open_load": 0, "working_days": 5}
    message = only(run("change_order", workshop="WS01", facts=facts), "risk.capacity").message
    assert message.startswith("机加一车间产能不足") and "本单 1000" in message


# (case, old → new, risk?) — more than 20 % either way needs a supervisor.
QTY_CHANGE = [
    ("+20 % exactly", 1200, False),
    ("+20.1 %", 1201, True),
    ("−20 % exactly", 800, False),
    ("−20.1 %", 799, True),
    ("doubling", 2000, True),
]


@pytest.mark.parametrize(("new_qty", "risky"), [pytest.param(*c[1:], id=c[0]) for c in QTY_CHANGE])
def test_quantity_change_ratio(new_qty: float, risky: bool) -> None:
    found = run("change_order", quantity=new_qty)
    assert codes(found) == (["risk.qty_change"] if risky else [])
    if risky:
        assert f"订单 MO20261102 1000 → {new_qty}" in found[0].message
        assert "800～1200" in found[0].message


def test_quantity_change_ratio_is_configurable() -> None:
    assert codes(run("change_order", quantity=1100, policy=Policy(qty_change_risk_ratio=0.05))) == ["risk.qty_change"]


# (case, change, risk?) — started orders hold work in progress: any change or closing needs approval.
STARTED = [
    ("finish", {"action": "finish"}, False),
    ("close", {"action": "close"}, True),
    ("due date", {"due_date": "2026-12-10"}, True),
    ("workshop", {"workshop": "WS01"}, True),
    ("small qty change", {"quantity": 1050}, True),
]


@pytest.mark.parametrize(("change", "risky"), [pytest.param(*c[1:], id=c[0]) for c in STARTED])
def test_changes_to_started_orders(change: dict, risky: bool) -> None:
    found = run("change_order", facts={"order": order("started", good=100)}, **change)
    assert codes(found) == (["risk.started_order"] if risky else [])
    if risky:
        assert found[0].message.startswith("订单 MO20261102 已开工（已报 100）")


@pytest.mark.parametrize("status", ["created", "released"])
def test_changes_to_unstarted_orders_are_not_started_risks(status: str) -> None:
    assert run("change_order", due_date="2026-12-10", facts={"order": order(status)}) == []


def test_report_output_has_no_risks() -> None:
    facts = {"order": order("started", workshop="WS01"), "workshop_capacity": 0, "bom": BOM}
    assert run("report_output", user="u2001", good_qty=10, facts=facts) == []


def test_refusals_come_first_and_risks_still_listed() -> None:
    found = run(
        "change_order",
        quantity=2000,
        due_date="2026-01-01",
        facts={"order": order("started")},
    )
    assert [v.severity for v in found] == ["refuse", "risk", "risk"]
    assert codes(found) == ["due.past", "risk.qty_change", "risk.started_order"]


# --------------------------------------------------------------------------- working days & policy

# (today, due, calendar, expected) — both ends count; the default is Mon–Sat with China's statutory holidays.
MON_FRI = PlantCalendar(week="mon-fri")
SHIFT = PlantCalendar(week="mon-fri", extra_working_days=frozenset({date(2026, 11, 21)}))
SHUTDOWN = PlantCalendar(days_off=frozenset(date(2026, 11, d) for d in range(23, 29)))  # Mon 23 – Sat 28 Nov
WORKING_DAYS = [
    (date(2026, 11, 20), date(2026, 11, 20), None, 1),  # Friday → Friday
    (date(2026, 11, 20), date(2026, 11, 22), None, 2),  # Fri, Sat (Sun off)
    (date(2026, 11, 20), date(2026, 11, 22), MON_FRI, 1),  # Mon–Fri: only Fri
    (date(2026, 11, 20), date(2026, 11, 22), SHIFT, 2),  # … plus a Saturday shift
    (date(2026, 11, 20), date(2026, 11, 25), None, 5),
    (date(2026, 11, 20), date(2026, 12, 6), None, 14),  # two full weeks + Fri/Sat
    (date(2026, 11, 20), date(2026, 12, 6), SHUTDOWN, 8),  # a shutdown week does not count
    (date(2026, 11, 22), date(2026, 11, 22), None, 0),  # a Sunday
    (date(2026, 11, 20), date(2026, 11, 19), None, 0),  # due already passed
    # 国庆 1–7 Oct off (chinese-calendar 2026): Mon 28 – Wed 30 Sep, then Thu 8 – Sat 10 Oct
    (date(2026, 9, 28), date(2026, 10, 10), None, 6),
    # Mon–Fri: the make-up Saturday 10 Oct is worked (so is Sunday 20 Sep): 28–30 Sep, 8–10 Oct
    (date(2026, 9, 28), date(2026, 10, 11), MON_FRI, 6),
    (date(2026, 9, 20), date(2026, 9, 20), MON_FRI, 1),
]


@pytest.mark.parametrize(("today", "due", "calendar", "expected"), WORKING_DAYS)
def test_working_days(today: date, due: date, calendar: PlantCalendar | None, expected: int) -> None:
    assert working_days(today, due, calendar) == expected


def test_policy_from_settings(tmp_path: Path) -> None:
    policy = Policy.from_settings(Settings(max_order_qty=500, report_tolerance=0.1))
    assert policy == Policy(max_order_qty=500, report_tolerance=0.1, bom_safety_factor=1.05, qty_change_risk_ratio=0.2)
    plant = tmp_path / "plant.yaml"
    plant.write_text("calendar:\n  week: mon-fri\n  working_days: [2026-11-21]\n", encoding="utf-8")
    calendar = Policy.from_settings(Settings(plant_file=plant)).calendar
    assert calendar == PlantCalendar(week="mon-fri", extra_working_days=frozenset({date(2026, 11, 21)}))
    plant.write_text("calendar:\n  week: mon-fri\n  working_days: [2026-11-31]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^plant.yaml:3: calendar.working_days\[0\]"):
        Policy.from_settings(Settings(plant_file=plant))  # refused at start-up, naming the line


def test_public_surface() -> None:
    assert sorted(agent.rules.__all__) == ["Facts", "Policy", "check", "check_permission", "working_days"]


# --------------------------------------------------------------------------- property

_users = st.sampled_from(["u1001", "u1000", "u2001", "u3001", "u5001", "u9001", "ghost"])
_qty = st.one_of(
    st.none(),
    st.floats(allow_nan=True, allow_infinity=True, width=32),
    st.integers(-10, 300_000).map(float),
)
_dates = st.one_of(
    st.none(),
    st.dates(date(2026, 1, 1), date(2027, 12, 31)).map(date.isoformat),
    st.sampled_from(["", "2026-13-01", "明天", "2026/12/01"]),
)
_orders = st.one_of(
    st.none(),
    st.builds(
        ProductionOrder,
        id=st.just(1),
        bill_no=st.sampled_from(["MO20261102", "MO20261101"]),
        material=st.sampled_from(["01.01.0001", "01.01.0002"]),
        qty=st.floats(0, 1e6),
        workshop=st.sampled_from(["WS01", "WS03", ""]),
        plan_finish=st.one_of(st.none(), st.dates(date(2026, 1, 1), date(2027, 12, 31))),
        k3_status=st.integers(0, 7),
        good_qty=st.floats(0, 1e6),
        scrap_qty=st.floats(0, 1e4),
    ),
)
_materials = st.one_of(st.none(), st.sampled_from([VALVE, SEMI, SELF_MADE, STEEL, BANNED]))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    intent=st.sampled_from(["create_order", "change_order", "report_output"]),
    user=_users,
    material=st.sampled_from([None, "01.01.0001", "03.01.1012", "02.01.0001"]),
    quantity=_qty,
    good=_qty,
    scrap=_qty,
    due=_dates,
    action=st.sampled_from([None, "release", "start", "finish", "close", "pause", "resume", "explode"]),
    workshop=st.sampled_from([None, "WS01", "WS03"]),
    order_no=st.sampled_from([None, "MO20261102", "mo20261102"]),
    the_order=_orders,
    the_material=_materials,
    stock=st.dictionaries(st.sampled_from(["03.01.1012", "03.01.0291"]), st.floats(allow_nan=True, width=32)),
    capacity=st.one_of(st.none(), st.floats(0, 5000)),
    load=st.floats(0, 1e6),
    days=st.one_of(st.none(), st.integers(0, 60)),
    tolerance=st.sampled_from([0.0, 0.05]),
)
def test_check_never_raises_and_always_explains_in_chinese(**kw: Any) -> None:
    p = proposal(
        kw["intent"],
        requester=kw["user"],
        material=kw["material"],
        quantity=kw["quantity"],
        good_qty=kw["good"],
        scrap_qty=kw["scrap"],
        due_date=kw["due"],
        action=kw["action"],
        workshop=kw["workshop"],
        order_no=kw["order_no"],
    )
    facts = Facts(
        requester=DIRECTORY.get(kw["user"]),
        order=kw["the_order"],
        material=kw["the_material"],
        bom=BOM,
        stock=kw["stock"],
        workshop_capacity=kw["capacity"],
        open_load=kw["load"],
        working_days=kw["days"],
        workshop_names=WORKSHOP_NAMES,
    )
    found = check(p, facts, TODAY, Policy(report_tolerance=kw["tolerance"]))
    severities = [v.severity for v in found]
    assert severities == sorted(severities, key=lambda s: s != "refuse")  # refusals first
    for v in found:
        assert CJK.search(v.message), v
        assert v.message.endswith(("。", "）")), v
    if kw["user"] in ("u9001", "ghost"):
        assert "permission.unknown_user" in codes(found)
    if kw["user"] in ("u5001",):
        assert "permission.role" in codes(found)


@pytest.mark.parametrize(
    ("intent", "fields", "unit", "code"),
    [
        ("create_order", {"quantity": 12.18, "due_date": "2026-12-18"}, "PCS", "qty.fraction"),  # blind11-042
        ("create_order", {"quantity": 12.5, "due_date": "2026-12-18"}, "KG", None),  # kilograms come in fractions
        ("create_order", {"quantity": 300, "due_date": "2026-12-18"}, "台", None),
        ("change_order", {"order_no": "MO20261102", "quantity": 1200.5}, "PCS", "qty.fraction"),
        ("report_output", {"order_no": "MO20261102", "good_qty": 2.5, "scrap_qty": 0}, "pcs", "qty.fraction"),
    ],
)
def test_a_fraction_of_a_piece_is_refused(intent: str, fields: dict[str, Any], unit: str, code: str | None) -> None:
    """12.18 PCS (a date read as a count, blind11) is never written; units that are not pieces take fractions."""
    facts = {
        "material": VALVE.model_copy(update={"unit": unit}),
        "order": order("started").model_copy(update={"unit": unit}),
    }
    found = [v.code for v in run(intent, facts=facts, **fields)]
    assert (code in found) if code else not any(c.startswith("qty.") for c in found)
