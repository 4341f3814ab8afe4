"""Logging for every command: one configuration (text or JSON lines, `DINGK3_LOG_FORMAT`), one level for the
`dingk3.*` and uvicorn loggers (`DINGK3_LOG_LEVEL`), and secrets redacted from whatever is written."""

from __future__ import annotations

import json
import logging
import logging.config
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import IO, Any

from dingk3.config import Settings
from dingk3.trace import MESSAGE_TRACE

__all__ = ["JsonFormatter", "StderrHandler", "TextFormatter", "configure_logging", "log_config"]

REDACTED = "***"

# key=value, key: value and "key": "value" pairs whose value is a credential (query strings, headers, bodies);
# `t=` is a board link's token (`/board?t=…` in an access log line)
_SECRET_PAIR = re.compile(
    r"""(?ix)
    (?<![\w-])(?P<key>["']?(?:access_?token|accesstoken|x-acs-dingtalk-access-token|sign|signature|x-ddpaas-signature|ticket
        |password|app_?secret|appsecret|client_?secret|clientsecret|api_?key|authorization|kdservice-sessionid
        |token|t(?==))["']?)
    (?P<sep>\s*[=:]\s*["']?)
    (?:Bearer\s+)?(?P<value>[^\s"'&,;}]+)
    """
)
# the fields a structured line carries besides its message (set with `extra=`)
_FIELDS = ("sender", "intent", "decision", "ms", "outcome", "kind", "msg_id")


class _Redactor:
    """Replaces the configured secret values, and the value of any credential-named pair, with ***."""

    def __init__(self, secrets: Iterable[str]) -> None:
        # short values (empty, "demo") would mask ordinary words; real secrets are long
        self.secrets = sorted({s for s in secrets if len(s) >= 6}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return _SECRET_PAIR.sub(lambda m: f"{m['key']}{m['sep']}{REDACTED}", text)


class TextFormatter(logging.Formatter):
    """`time LEVEL [pid] logger: message`, secrets redacted (the pid tells the workers of `serve` apart)."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s")
        self.redact = _Redactor(secrets)

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts (UTC), level, logger, pid, msg, the trace id of the message being handled,
    the structured fields given with `extra=`, and `exc` for an exception; secrets redacted."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.redact = _Redactor(secrets)

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname, "logger": record.name, "pid": record.process,
            "msg": self.redact(record.getMessage()),
        }  # fmt: skip
        trace = getattr(record, "trace", None) or MESSAGE_TRACE.get()
        if trace:
            line["trace"] = trace
        for field in _FIELDS:
            value = getattr(record, field, None)
            if value is not None:
                line[field] = self.redact(value) if isinstance(value, str) else value
        if record.exc_info:
            line["exc"] = self.redact(self.formatException(record.exc_info))
        return json.dumps(line, ensure_ascii=False, default=str)


def _secrets(settings: Settings) -> list[str]:
    fields = ("dingtalk_app_secret", "k3_password", "k3_app_secret", "llm_api_key", "ops_token", "board_secret")
    return [getattr(settings, f).get_secret_value() for f in fields]


class StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is when a line is written (a test runner swaps and closes its own)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> IO[str]:
        return sys.stderr

    @stream.setter
    def stream(self, _: IO[str]) -> None:
        pass


def log_config(settings: Settings, *, stream: IO[str] | None = None) -> dict[str, Any]:
    """The `logging.config.dictConfig` of a command; uvicorn takes it as `log_config` and applies it in every
    worker. One handler, on the root logger: `dingk3.*` and uvicorn log at `DINGK3_LOG_LEVEL` and propagate to
    it; other libraries pass only WARNING and above (httpx logs each URL at INFO)."""
    level = settings.log_level.upper()
    formatter = JsonFormatter if settings.log_format == "json" else TextFormatter
    handler: dict[str, Any] = {"formatter": "dingk3"} | (
        {"class": "logging.StreamHandler", "stream": stream} if stream else {"()": f"{__name__}.StderrHandler"}
    )
    root_level = max(logging.getLevelNamesMapping().get(level, logging.INFO), logging.WARNING)
    ours = {"level": level, "handlers": [], "propagate": True}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"dingk3": {"()": f"{__name__}.{formatter.__name__}", "secrets": _secrets(settings)}},
        "handlers": {"dingk3": handler},
        "loggers": {name: ours for name in ("dingk3", "uvicorn", "uvicorn.error", "uvicorn.access")},
        "root": {"level": logging.getLevelName(root_level), "handlers": ["dingk3"]},
    }


def configure_logging(settings: Settings, *, stream: IO[str] | None = None) -> None:
    """Apply `log_config` to this process (each command calls it once, before its work starts). Handlers others
    put on the root logger (a test runner's) stay; an earlier configuration's own handler is replaced."""
    root = logging.getLogger()
    others = [h for h in root.handlers if h.get_name() != "dingk3"]
    logging.config.dictConfig(log_config(settings, stream=stream))  # names its handler "dingk3"
    for h in others:
        root.addHandler(h)
