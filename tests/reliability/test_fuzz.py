"""Property fuzzing of the input edges: callback bodies → agent inputs, chat text → parse, proposals → rules."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent.nlu.numbers import parse_number
from agent.rules import Policy
from api.runtime import click_from_callback, incoming_from_robot
from dingk3.clock import Clock
from tests.agent.test_rules import run

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 21, 9, 0, tzinfo=TZ)
CLOCK = Clock.starting_at(NOW)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)
robot_keys = st.sampled_from(
    ["msgtype", "text", "msgId", "createAt", "conversationType", "conversationId", "senderStaffId", "senderId",
     "sessionWebhook", "sessionWebhookExpiredTime", "conversationTitle", "content", "userId", "outTrackId"]
)  # fmt: skip
bodies = st.dictionaries(robot_keys | st.text(max_size=8), json_values, max_size=10)


@settings(max_examples=300, deadline=None)
@given(bodies)
def test_any_robot_body_becomes_an_input_or_none(body: dict[str, Any]) -> None:
    parsed = incoming_from_robot(body, CLOCK)
    if parsed is not None:
        inc, origin = parsed
        assert inc.user_id and inc.conversation_id == origin.conversation_id
        datetime.fromisoformat(inc.now)


@settings(max_examples=300, deadline=None)
@given(bodies, st.dictionaries(st.sampled_from(["action", "thread_id", "proposal_id", "digest"]), json_values))
def test_any_card_callback_becomes_a_click_or_none(body: dict[str, Any], params: dict[str, Any]) -> None:
    import json

    body = body | {"content": json.dumps({"cardPrivateData": {"params": params}}, default=str)}
    click = click_from_callback(body, "c1", CLOCK)
    if click is not None:
        assert click.action in ("confirm", "cancel", "edit", "approve", "reject")


@settings(max_examples=500, deadline=None)
@given(
    st.text(max_size=30)
    | st.from_regex(r"[-+]?[0-9零一二三四五六七八九十百千万亿壹贰叁佰仟.eE,]{1,25}", fullmatch=True)
)
def test_numbers_are_finite_or_none(span: str) -> None:
    value = parse_number(span)
    assert value is None or math.isfinite(value)


chat_text = st.text(max_size=60) | st.builds(
    "{} {} {}".format,
    st.sampled_from(["建立生产订单 BOM-3020", "MO20261103 报工", "MO20261107 数量改为", "查询", "HV-3250还有多少"]),
    st.sampled_from(["数量", "良品", "不良", "", "交期"]),
    st.text(alphabet="0123456789-.eE零一二三万亿NaNinf月日年", max_size=20),
)


@pytest.fixture(scope="module")
def parser(index_template: Any) -> Any:
    from agent.bootstrap import open_resolvers
    from agent.parsing import RulesParser
    from dingk3.config import Settings

    materials, workshops = open_resolvers(Settings(state_dir=index_template), pull=False)
    return RulesParser(materials, workshops)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=chat_text)
def test_parse_never_raises_and_numbers_are_sane(parser: Any, text: str) -> None:
    parsed = parser.parse_sync(text, now=NOW, user_workshop="WS01")
    for key in ("quantity", "good_qty", "scrap_qty"):
        value = parsed.args.get(key)
        if isinstance(value, int | float):
            assert math.isfinite(value) and value >= 0, (text, parsed.args)
    due = parsed.args.get("due_date")
    if due:
        assert datetime.fromisoformat(str(due)).year < 2100 or parsed.clarify, (text, due)


bad_qty = st.sampled_from([float("nan"), float("inf"), -float("inf"), -1.0, 0.0, 1e18, -0.0])


@settings(max_examples=80, deadline=None)
@given(bad_qty, st.sampled_from(["create_order", "change_order"]))
def test_rules_refuse_impossible_quantities(qty: float, intent: str) -> None:
    found = run(intent, quantity=qty, due_date="2026-12-20", policy=Policy())
    assert any(v.severity == "refuse" for v in found), (qty, intent, found)


@settings(max_examples=80, deadline=None)
@given(bad_qty, bad_qty)
def test_rules_refuse_impossible_reports(good: float, scrap: float) -> None:
    found = run("report_output", user="u3001", good_qty=good, scrap_qty=scrap)
    assert any(v.severity == "refuse" for v in found), (good, scrap, found)


def test_rules_refuse_a_due_date_in_year_9999() -> None:
    found = run("create_order", quantity=40, due_date="9999-12-31")
    assert any(v.severity in ("refuse", "risk") for v in found), found


# --------------------------------------------------------------------------- word-structured chat (issue 12 §1)


def _vocabulary() -> list[str]:
    """Words chat is made of: the demo catalogue's numbers, names, specs and aliases, and the words around them."""
    import csv

    from dingk3.paths import DEMO_DATA_DIR

    words: set[str] = set()
    with (DEMO_DATA_DIR / "materials.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            words.update([row["number"], row["name"], row["spec"], *row["aliases"].split(";")])
    return sorted(w for w in words if w)


_CATALOGUE = _vocabulary()
_CHAT_WORDS = [
    *[f"MO2026110{k}" for k in range(10)], "MO20261203", "mo 20261103", "SCHB000012",
    "建立生产订单", "新建", "下单", "生产", "查询", "查一下", "库存", "还有多少", "报工", "良品", "不良", "报废",
    "数量", "改为", "改成", "加", "减少", "交期", "推迟", "提前", "开工", "暂停", "结案", "车间", "一车间", "装配车间",
    "WS01", "确认", "取消", "好的", "算了", "不要了", "吧", "的", "了", "啊", "嗯", "谢谢", "帮我", "麻烦", "那个",
    "三百", "两千五", "一千二", "一亿", "十", "万", "半", "1.5k", "1,200", "1e308", "0", "-5", "9" * 30, "1/2", "18/20",
    "个", "件", "台", "套", "pcs", "下周五", "明天", "月底", "12月5号", "2026-02-30", "2026-13-01", "2月30号",
    "13月1号", "2026-12-20", "3天后", "next Friday", "Dec 20", "please", "make", "report", "good", "scrap",
    "qty", "cancel", "ok", "，", "。", "?", "!", "、", "\n", "@王建国", "😀", "   ",
]  # fmt: skip
_token = st.sampled_from(_CATALOGUE) | st.sampled_from(_CHAT_WORDS) | st.integers(0, 10**6).map(str)
word_text = st.builds(
    lambda words, sep, times: (sep.join(words) * times)[:2000],
    st.lists(_token, min_size=1, max_size=40),
    st.sampled_from([" ", "", "，", " 然后 "]),  # "" makes long runs of Chinese without spaces
    st.sampled_from([1, 1, 1, 5, 40, 200]),  # and a message made long by repeating itself
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=word_text)
def test_word_structured_chat_parses_to_a_valid_result(parser: Any, text: str) -> None:
    from agent.nlu.models import CANONICAL_SLOTS, INTENTS
    from agent.nlu.rules import _parse

    _parse(text, now=NOW, user_workshop="WS01")  # the patterns themselves, not behind parse_rules' catch-all
    parsed = parser.parse_sync(text, now=NOW, user_workshop="WS01")
    parsed.model_dump_json()  # JSON-plain, nothing infinite
    assert parsed.intent in INTENTS and 0.0 <= parsed.confidence <= 1.0
    assert set(parsed.clarify) <= {*CANONICAL_SLOTS, "change"}, parsed.clarify
    for key in ("quantity", "good_qty", "scrap_qty"):
        value = parsed.args.get(key)
        assert value is None or (isinstance(value, int | float) and math.isfinite(value) and value >= 0), parsed
    if due := parsed.args.get("due_date"):
        datetime.fromisoformat(str(due))  # a day that exists
    if material := parsed.args.get("material"):
        assert material in _CATALOGUE, material
    assert len(parsed.unreadable) <= 3 and all(len(note) <= 40 for note in parsed.unreadable), parsed.unreadable


def test_a_date_that_does_not_exist_said_thrice_is_named_once(parser: Any) -> None:
    """A fuzz run found '日期 2月30 不存在' three times among four notes of one reply."""
    parsed = parser.parse_sync("2月30 good 2月30 2月30 良品3", now=NOW, user_workshop="WS01")
    assert parsed.unreadable.count("日期 2月30 不存在") == 1, parsed.unreadable
