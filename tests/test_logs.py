"""Logs as an operator reads them: text or JSON lines, the level from DINGK3_LOG_LEVEL, and no secret written."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from pydantic import SecretStr

from dingk3.config import Settings
from dingk3.logs import configure_logging
from dingk3.trace import MESSAGE_TRACE

APP_SECRET = "app-secret-Zq81xL0pWm"
K3_PASSWORD = "k3-Pa55word-Hy7"
K3_APP_SECRET = "k3-app-secret-0f9e8d7c"


@pytest.fixture
def out() -> Iterator[io.StringIO]:
    """Where the configured logging writes; the loggers it touched are put back afterwards."""
    names = ["dingk3", "uvicorn", "uvicorn.access", "uvicorn.error", ""]
    saved = {n: (lg.handlers[:], lg.level, lg.propagate) for n in names for lg in [logging.getLogger(n)]}
    yield io.StringIO()
    for n, (handlers, level, propagate) in saved.items():
        lg = logging.getLogger(n)
        lg.handlers[:], lg.level, lg.propagate = handlers, level, propagate


def _settings(**kw: object) -> Settings:
    return Settings(
        dingtalk_app_secret=SecretStr(APP_SECRET), k3_password=SecretStr(K3_PASSWORD),
        k3_app_secret=SecretStr(K3_APP_SECRET), **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_json_lines_carry_the_handled_message_fields_and_the_trace(out: io.StringIO) -> None:
    configure_logging(_settings(log_format="json"), stream=out)
    token = MESSAGE_TRACE.set("0badc0de")
    try:
        logging.getLogger("dingk3.api").info(
            "handled message", extra={"sender": "u1001", "intent": "query_order", "decision": "answer", "ms": 42,
                                      "outcome": "ok"},
        )  # fmt: skip
    finally:
        MESSAGE_TRACE.reset(token)
    line = json.loads(out.getvalue())
    assert line["level"] == "INFO" and line["logger"] == "dingk3.api" and line["msg"] == "handled message"
    assert {k: line[k] for k in ("trace", "sender", "intent", "decision", "ms", "outcome")} == {
        "trace": "0badc0de", "sender": "u1001", "intent": "query_order", "decision": "answer", "ms": 42,
        "outcome": "ok",
    }  # fmt: skip


def test_the_level_reaches_dingk3_and_uvicorn_but_not_chatty_libraries(out: io.StringIO) -> None:
    configure_logging(_settings(log_level="DEBUG"), stream=out)
    logging.getLogger("dingk3.k3").debug("k3 View status=200")
    logging.getLogger("uvicorn.error").debug("uvicorn detail")
    logging.getLogger("httpx").info("HTTP Request: POST https://api.example/?x=1")
    text = out.getvalue()
    assert "k3 View status=200" in text and "uvicorn detail" in text
    assert "HTTP Request" not in text, "a library's INFO is not ours to print"
    assert " DEBUG [" in text, "text lines name the level and the process"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_no_secret_is_written(out: io.StringIO, fmt: str) -> None:
    configure_logging(_settings(log_format=fmt), stream=out)
    log = logging.getLogger("dingk3.outbox")
    log.warning("robot send https://oapi.dingtalk.com/robot/send?access_token=f00dfeed1234&timestamp=1&sign=abc%3D")
    log.warning("K/3 login as demo with password %s refused", K3_PASSWORD)
    log.warning('gateway body {"clientId": "dingk3", "clientSecret": "%s"}', APP_SECRET)
    log.warning("headers: x-acs-dingtalk-access-token: tok-123456, Authorization: Bearer ops-999999")
    logging.getLogger("uvicorn.access").info('127.0.0.1:5 - "GET /board?t=u1001.1765.c0ffee99 HTTP/1.1" 303')
    try:
        raise ValueError(f"K/3 refused app secret {K3_APP_SECRET}")
    except ValueError:
        log.exception("login failed")
    text = out.getvalue()
    for secret in (
        APP_SECRET,
        K3_PASSWORD,
        K3_APP_SECRET,
        "f00dfeed1234",
        "abc%3D",
        "tok-123456",
        "ops-999999",
        "c0ffee99",
    ):
        assert secret not in text, secret
    assert "oapi.dingtalk.com/robot/send" in text and "login failed" in text, "the rest of each line stays"
    assert text.count("***") >= 8


def test_lines_go_to_the_stderr_of_the_moment_and_still_reach_other_handlers(
    out: io.StringIO, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A CLI test runner swaps stderr per run; pytest's caplog listens on the root logger: both keep working."""
    configure_logging(_settings())
    caplog.set_level(logging.INFO, logger="dingk3.api")
    logging.getLogger("dingk3.api").info("handled message trace=0badc0de outcome=ok")
    assert "INFO" in capsys.readouterr().err
    assert [r.getMessage() for r in caplog.records] == ["handled message trace=0badc0de outcome=ok"]


@pytest.mark.parametrize(("command", "env", "level"), [
    (["people", "--offline"], {}, logging.WARNING),  # a developer's tool prints its results, its log only trouble
    (["people", "--offline"], {"DINGK3_LOG_LEVEL": "INFO"}, logging.INFO),  # unless asked for more
])  # fmt: skip
def test_terminal_tools_log_only_what_went_wrong_unless_asked(
    monkeypatch: pytest.MonkeyPatch, command: list[str], env: dict[str, str], level: int
) -> None:
    from typer.testing import CliRunner

    from dingk3.cli import app
    from dingk3.config import get_settings

    monkeypatch.delenv("DINGK3_LOG_LEVEL", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    get_settings.cache_clear()
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 0, result.output
    assert logging.getLogger("dingk3").level == level
