"""The rules backend's rules as data: every rule of the intent table and of the early reply forms decides its own
examples, and an error inside the parser is logged with the message's trace id, never silently `unknown`."""

from __future__ import annotations

import logging
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest

from agent.bootstrap import Resources
from agent.nlu import parse_rules
from agent.nlu.forms import NOTHING_SAID, REPLY_FORMS
from agent.nlu.intent_rules import RULES, Rule
from dingk3.trace import MESSAGE_TRACE
from tests.chatdriver import ChatDriver, text_of
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-11-20T09:00:00+08:00")  # Friday
DEMO = demo_vocabulary()  # the demo plant's workshops: the parser knows none of its own
EVERY_RULE: list[Rule[Any]] = [*REPLY_FORMS, NOTHING_SAID, *RULES]


@pytest.mark.parametrize(
    ("rule", "text"),
    [pytest.param(rule, text, id=f"{rule.name}:{text}") for rule in EVERY_RULE for text in rule.examples],
)
def test_each_rule_decides_its_examples(rule: Rule[Any], text: str) -> None:
    parsed = parse_rules(text, now=NOW, vocabulary=DEMO)
    assert (parsed.rule, parsed.intent) == (rule.name, rule.intent), parsed


def test_every_rule_has_two_examples_and_its_own_name() -> None:
    names = [rule.name for rule in EVERY_RULE]
    assert len(names) == len(set(names))
    assert all(len(rule.examples) >= 2 for rule in EVERY_RULE), [r.name for r in EVERY_RULE if len(r.examples) < 2]


def test_a_reply_recognised_by_likeness_names_that_way() -> None:
    parsed = parse_rules("嗯嗯 可以 就这么下吧", now=NOW, vocabulary=DEMO)
    assert (parsed.intent, parsed.rule) == ("confirm", "similar_reply")


def _break_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> object:
        raise ValueError("a bug inside the rules parser")

    monkeypatch.setattr("agent.nlu.rules.read_features", broken)


def test_an_error_inside_the_parser_is_logged_with_the_message_trace(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _break_the_rules(monkeypatch)
    token = MESSAGE_TRACE.set("5e1f0c2a")
    try:
        with caplog.at_level(logging.ERROR, logger="dingk3.nlu"):
            parsed = parse_rules("MO20261102 报工 良品480", now=NOW, vocabulary=DEMO)
    finally:
        MESSAGE_TRACE.reset(token)
    assert (parsed.intent, parsed.rule) == ("unknown", "internal_error")
    [record] = [r for r in caplog.records if r.name == "dingk3.nlu"]
    assert record.levelno == logging.ERROR and "5e1f0c2a" in record.getMessage()
    assert record.exc_info is not None and "a bug inside the rules parser" in str(record.exc_info[1])


async def test_the_sender_of_a_message_the_parser_failed_on_gets_the_usual_reply(
    agent: Resources, chat: ChatDriver, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _break_the_rules(monkeypatch)
    with caplog.at_level(logging.ERROR, logger="dingk3.nlu"):
        reply = text_of(await chat.send("u1001", "MO20261102 报工 良品480", private=True))
    assert "没听懂" in reply and "bug" not in reply
    assert any(r.name == "dingk3.nlu" and r.exc_info for r in caplog.records)


async def test_the_parser_error_is_logged_with_the_trace_of_the_message_the_runtime_handles(
    agent: Resources, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from api.runtime import Runtime

    _break_the_rules(monkeypatch)
    monkeypatch.setattr("api.runtime.new_trace", lambda: "feedbeef")
    runtime = Runtime(agent, SimpleNamespace())
    sent: list[Any] = []

    async def deliver(messages: list[Any], origin: Any) -> None:
        sent.extend(messages)

    runtime.delivery = SimpleNamespace(deliver=deliver)  # type: ignore[assignment]
    body = {
        "msgtype": "text", "text": {"content": "MO20261102 报工 良品480"}, "msgId": "m-trace-1",
        "conversationId": "cid-u1001", "conversationType": "1", "senderStaffId": "u1001",
    }  # fmt: skip
    with caplog.at_level(logging.ERROR, logger="dingk3.nlu"):
        assert await runtime.accept_robot(body)
        await runtime.drain()
    assert "没听懂" in "\n".join(m.text for m in sent)
    assert any(r.name == "dingk3.nlu" and "feedbeef" in r.getMessage() for r in caplog.records)
