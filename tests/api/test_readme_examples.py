"""Every message of README's "Try the demo" table and every suggestion button of the chat page, on a fresh demo
stack (the demo's K/3 data, the DingTalk simulator, the agent API), gets the answer README promises."""

from __future__ import annotations

import re
from collections.abc import Callable

from dingk3.paths import REPO_ROOT
from sim.dingtalk.app import _HINTS
from sim.dingtalk.driver import SimChat
from tests.api.conftest import Stack

_BILL = re.compile(r"MO\d{8,10}")


def _readme_messages() -> set[str]:
    """The backticked messages in the "type" column of README's "Try the demo" table."""
    text = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Try the demo") :]
    section = section[: section.index("\n## ", 4)]
    rows = [line.split("|") for line in section.splitlines() if line.startswith("| ") and "---" not in line]
    return {m for cells in rows[1:] for m in re.findall(r"`([^`]+)`", cells[2])}


def _proposal(chat: SimChat, user: str, text: str, conversation: str = "group") -> str:
    chat.send(user, text, conversation=conversation)
    seen = []
    for _ in range(5):  # earlier cards' updates (已写入) may arrive first
        reply = chat.wait_reply(conversation=conversation, user=user)
        if reply.card is not None and "confirm" in reply.card.button_ids:
            return reply.card.markdown
        seen.append(reply.text)
    raise AssertionError(f"no confirmation card, only: {seen}")


def _confirmed(chat: SimChat, user: str, text: str, expect: str) -> None:
    markdown = _proposal(chat, user, text)
    assert expect in markdown, markdown
    chat.click("confirm", user=user)
    written = chat.wait_reply(conversation="group", user=user, containing="已写入").text
    assert _BILL.search(written) or "SCHB" in written, written


def _answer(user: str, text: str, expect: str) -> Callable[[SimChat], None]:
    def run(chat: SimChat) -> None:
        chat.send(user, text, conversation="dm")
        reply = chat.wait_reply(conversation="dm", user=user).text
        assert expect in reply, reply

    return run


def _risky_report(chat: SimChat) -> None:
    _proposal(chat, "u2001", "MO20261103 报工 良品5 不良40")
    chat.click("confirm", user="u2001")
    assert "赵刚" in chat.wait_reply(conversation="group", user="u2001", containing="审批").text
    approval = chat.last_card("dm", user="u2000", wait=True)
    chat.click("approve", user="u2000", card=approval)  # README: the supervisor presses 同意 in his 1:1 chat
    chat.wait_reply(conversation="group", user="u2001", containing="已写入")


def _pick(chat: SimChat) -> None:
    chat.send("u1001", "液压阀体 数量100 12月20日交", conversation="dm")
    listed = chat.wait_reply(conversation="dm", user="u1001").text
    assert "1." in listed and "2." in listed, listed
    chat.send("u1001", "2", conversation="dm")
    assert chat.wait_reply(conversation="dm", user="u1001").card is not None


SCENARIOS: dict[str, Callable[[SimChat], None]] = {
    "建立生产订单 BOM-3020 数量40 12月20日交": lambda c: _confirmed(
        c, "u1001", "建立生产订单 BOM-3020 数量40 12月20日交", "数量"
    ),
    "建立生产订单 BOM-2050 数量300 下周五交": lambda c: _confirmed(
        c, "u1001", "建立生产订单 BOM-2050 数量300 下周五交", "缺料"
    ),
    "MO20261103 报工 良品5 不良40": _risky_report,
    "同意": lambda c: None,  # typed instead of pressing 同意: covered by the approval in _risky_report
    "MO20261107 数量改为1200": lambda c: _confirmed(c, "u1001", "MO20261107 数量改为1200", "1000 → 1200"),
    "MO20261103 报工 良品20 不良1": lambda c: _confirmed(c, "u2001", "MO20261103 报工 良品20 不良1", "良品"),
    "MO20261102 报工 良品480 不良20": lambda c: _confirmed(c, "u3001", "MO20261102 报工 良品480 不良20", "良品"),
    "查询 MO20261102": _answer("u5000", "查询 MO20261102", "MO20261102"),
    "装配车间有哪些开工的订单": _answer("u5000", "装配车间有哪些开工的订单", "找到"),
    "HV-3250还有多少库存": _answer("u5000", "HV-3250还有多少库存", "库存"),
    "304螺栓M8x30还有多少库存": _answer("u5000", "304螺栓M8x30还有多少库存", "库存"),
    "今天有哪些逾期的订单": _answer("u5000", "今天有哪些逾期的订单", "订单逾期"),
    "液压阀体 数量100 12月20日交": _pick,
}


def test_readme_and_the_chat_page_name_only_covered_examples() -> None:
    assert _readme_messages() == set(SCENARIOS), "README's table and this test must list the same messages"
    assert set(_HINTS) <= set(SCENARIOS), "every suggestion button of the chat page is a README example"


def test_every_readme_example_works_on_a_fresh_demo(stack: Stack) -> None:
    for text, run in SCENARIOS.items():
        try:
            run(stack.chat)
        except AssertionError as exc:
            raise AssertionError(f"README example {text!r}: {exc}") from exc
