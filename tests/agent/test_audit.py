"""The hash-chained audit log on SQLite and PostgreSQL: appends, redaction, tamper detection, concurrency."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, SecretStr
from typer.testing import CliRunner

import agent.audit
from agent.audit import GENESIS, AuditLog
from dingk3.db import Database, connect
from dingk3.paths import REPO_ROOT

PG_URL = "postgresql://postgres@127.0.0.1:5432/test"
NOW = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def _pg_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True, connect_timeout=3) as conn:
        conn.execute(sql)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh schema of the local PostgreSQL per test (search_path set in the URL), dropped afterwards."""
    schema = f"audit_test_{uuid.uuid4().hex[:12]}"
    try:
        _pg_admin(f"CREATE SCHEMA {schema}")
    except Exception as exc:  # pragma: no cover - only without a local server
        pytest.skip(f"PostgreSQL not reachable: {exc}")
    try:
        yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    finally:
        _pg_admin(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'audit.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = connect(db_url)
    yield database
    database.close()


@pytest.fixture
def log(db: Database) -> AuditLog:
    return AuditLog(db, "Asia/Shanghai")


def _fill(log: AuditLog, n: int = 5) -> list[int]:
    return [
        log.append(
            "received",
            thread_id=f"c1:u{i % 2}",
            conversation_id="c1",
            user_id=f"u{i % 2}",
            text=f"建立生产订单 BOM-2050 数量{i}00",
            data={"i": i},
            now=NOW + timedelta(seconds=i),
        )
        for i in range(1, n + 1)
    ]


def _drop_guards(db: Database) -> None:
    """What an attacker with database rights does first: remove the append-only triggers."""
    if db.is_postgres:
        db.execute("DROP TRIGGER audit_log_append_only ON audit_log")
    else:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("DROP TRIGGER audit_log_no_delete")


# --------------------------------------------------------------------------- appending and reading


def test_append_and_read_back(log: AuditLog) -> None:
    ids = _fill(log, 3)
    assert ids == [1, 2, 3]
    rows = log.rows()
    assert [r.id for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first.ts_utc == "2026-11-20T01:00:01.000000+00:00"
    assert first.ts_local == "2026-11-20T09:00:01.000000+08:00"
    assert (first.event, first.user_id, first.conversation_id) == ("received", "u1", "c1")
    assert first.text == "建立生产订单 BOM-2050 数量100"
    assert first.data == {"i": 1}
    assert first.prev_hash == GENESIS
    assert [r.prev_hash for r in rows[1:]] == [r.hash for r in rows[:-1]]


def test_rows_of_one_thread_and_tail(log: AuditLog) -> None:
    _fill(log, 5)
    assert [r.id for r in log.rows("c1:u1")] == [1, 3, 5]
    assert [r.id for r in log.rows("nobody")] == []
    assert [r.id for r in log.tail(2)] == [4, 5]
    assert [r.id for r in log.tail(50)] == [1, 2, 3, 4, 5]


def test_local_time_follows_the_given_zone(db: Database) -> None:
    berlin = AuditLog(db, "Europe/Berlin")
    berlin.append("received", thread_id="t", conversation_id="c", user_id="u", now=NOW)
    assert berlin.rows()[0].ts_local == "2026-11-20T02:00:00.000000+01:00"


def test_data_of_any_shape_is_stored_as_json(log: AuditLog) -> None:
    class Parsed(BaseModel):
        intent: str
        quantity: float

    data = {
        "parse": Parsed(intent="create_order", quantity=300),
        "when": datetime(2026, 11, 20, 9, tzinfo=timezone(timedelta(hours=8))),
        "tags": {"b", "a"},
        "k3": {"request": {"FormId": "PRD_MO"}, "response": {"IsSuccess": True, "Id": 100123}},
    }
    log.append("executed", thread_id="t", conversation_id="c", user_id="u", data=data, now=NOW)
    stored = log.rows()[0].data
    assert stored["parse"] == {"intent": "create_order", "quantity": 300.0}
    assert stored["when"] == "2026-11-20T09:00:00+08:00"
    assert stored["tags"] == ["a", "b"]
    assert stored["k3"]["response"]["Id"] == 100123
    assert log.verify().ok


def test_secrets_never_reach_the_audit(log: AuditLog, db: Database) -> None:
    data = {
        "k3": {
            "request": {
                "acctid": "demo",
                "password": "hunter2",
                "AppSecret": "0123456789abcdef",
                "headers": [{"X-KDApi-Signature": "c2lnbmF0dXJl", "kdservice-sessionid": "sess-1"}],
                "sign": "abc",
                "lcid": 2052,
            }
        },
        "dingtalk": {"access_token": "tok-9", "Authorization": "Bearer x", "api_key": "sk-1", "assign": "kept"},
        "llm": {"usage": {"prompt_tokens": 120, "completion_tokens": 30}, "design": "kept"},
        "config": {"k3_app_secret": SecretStr("s3cr3t"), "wrapped": SecretStr("also-hidden")},
    }
    log.append("executed", thread_id="t", conversation_id="c", user_id="u", data=data, now=NOW)
    raw = db.fetchone("SELECT data FROM audit_log")
    assert raw is not None
    for secret in ("hunter2", "0123456789abcdef", "c2lnbmF0dXJl", "sess-1", "abc", "tok-9", "Bearer", "sk-1", "s3cr3t"):
        assert secret not in raw["data"], secret
    assert "also-hidden" not in raw["data"]
    stored = log.rows()[0].data
    assert stored["k3"]["request"] == {"acctid": "demo", "headers": [{}], "lcid": 2052}
    assert stored["dingtalk"] == {"assign": "kept"}
    assert stored["llm"] == {"usage": {"prompt_tokens": 120, "completion_tokens": 30}, "design": "kept"}
    assert stored["config"] == {}


@pytest.mark.parametrize(
    ("event", "now", "error"),
    [
        ("received", datetime(2026, 11, 20, 9), "timezone-aware"),  # naive time: which zone?
        ("", NOW, "bad audit event"),
        ("DROP TABLE", NOW, "bad audit event"),
    ],
)
def test_append_refuses_bad_input(log: AuditLog, event: str, now: datetime, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        log.append(event, thread_id="t", conversation_id="c", user_id="u", now=now)
    assert log.rows() == []


def test_table_refuses_update_and_delete(log: AuditLog, db: Database) -> None:
    _fill(log, 2)
    for sql in ("UPDATE audit_log SET text = 'x' WHERE id = 1", "DELETE FROM audit_log WHERE id = 2"):
        with pytest.raises(Exception, match="append-only"):
            db.execute(sql)
    assert log.verify().ok


def test_opening_twice_keeps_the_chain(db: Database) -> None:
    first = AuditLog(db)
    _fill(first, 2)
    second = AuditLog(db)
    assert _fill(second, 1) == [3]
    assert second.verify().ok and second.verify().checked == 3


# --------------------------------------------------------------------------- tamper detection


def test_verify_empty_and_intact(log: AuditLog) -> None:
    assert log.verify().ok and log.verify().checked == 0 and log.verify().head_hash == GENESIS
    _fill(log, 6)
    result = log.verify()
    assert (result.ok, result.checked, result.first_bad_id) == (True, 6, None)
    assert result.head_hash == log.rows()[-1].hash


def test_verify_walks_in_batches(log: AuditLog) -> None:
    _fill(log, 7)
    assert log.verify(batch=3).checked == 7


# (case, SQL run on 6 rows after dropping the guards, first bad id, rows intact before it, reason fragment)
TAMPERING = [
    ("edited text", "UPDATE audit_log SET text = '建立生产订单 BOM-2050 数量9900' WHERE id = 3", 3, 2, "edited"),
    ("edited data", "UPDATE audit_log SET data = '{\"i\":33}' WHERE id = 3", 3, 2, "edited"),
    ("edited user", "UPDATE audit_log SET user_id = 'u1000' WHERE id = 4", 4, 3, "edited"),
    ("edited time", "UPDATE audit_log SET ts_utc = '2026-11-19T01:00:00.000000+00:00' WHERE id = 2", 2, 1, "edited"),
    ("edited last row", "UPDATE audit_log SET event = 'cancelled' WHERE id = 6", 6, 5, "edited"),
    ("deleted middle row", "DELETE FROM audit_log WHERE id = 3", 4, 2, "missing"),
    ("deleted first row", "DELETE FROM audit_log WHERE id = 1", 2, 0, "missing"),
    ("renumbered row", "UPDATE audit_log SET id = 99 WHERE id = 5", 6, 4, "missing"),
]


@pytest.mark.parametrize(("sql", "bad_id", "checked", "reason"), [pytest.param(*t[1:], id=t[0]) for t in TAMPERING])
def test_verify_detects_tampering(
    log: AuditLog, db: Database, sql: str, bad_id: int, checked: int, reason: str
) -> None:
    _fill(log, 6)
    _drop_guards(db)
    db.execute(sql)
    result = log.verify()
    assert (result.ok, result.first_bad_id, result.checked) == (False, bad_id, checked)
    assert reason in result.reason


def test_verify_detects_reordered_rows(log: AuditLog, db: Database) -> None:
    _fill(log, 5)
    _drop_guards(db)
    with db.transaction() as tx:
        two = tx.fetchone("SELECT * FROM audit_log WHERE id = 2")
        three = tx.fetchone("SELECT * FROM audit_log WHERE id = 3")
        assert two and three
        tx.execute("DELETE FROM audit_log WHERE id IN (2, 3)")
        cols = list(two)
        insert = f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
        tx.execute(insert, [{**three, "id": 2}[c] for c in cols])
        tx.execute(insert, [{**two, "id": 3}[c] for c in cols])
    result = log.verify()
    assert (result.ok, result.first_bad_id) == (False, 2)
    assert "reordered" in result.reason


def test_verify_detects_an_edit_that_recomputes_its_own_hash(log: AuditLog, db: Database) -> None:
    """Rehashing the edited row is not enough: the next row still links to the old hash."""
    _fill(log, 5)
    _drop_guards(db)
    row = db.fetchone("SELECT * FROM audit_log WHERE id = 3")
    assert row is not None
    row["text"] = "改过的"
    new_hash = agent.audit._row_hash(row)
    db.execute("UPDATE audit_log SET text = ?, hash = ? WHERE id = 3", ("改过的", new_hash))
    result = log.verify()
    assert (result.ok, result.first_bad_id) == (False, 4)
    assert "prev_hash" in result.reason


def test_verify_detects_rows_slipped_in_below_one(log: AuditLog, db: Database) -> None:
    _fill(log, 2)
    row = db.fetchone("SELECT * FROM audit_log WHERE id = 1")
    assert row is not None
    cols = list(row)
    db.execute(
        f"INSERT INTO audit_log ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [{**row, "id": 0, "prev_hash": "f" * 64, "hash": "e" * 64}[c] for c in cols],
    )
    assert log.verify().first_bad_id == 0


# --------------------------------------------------------------------------- concurrency


def _append_many(url: str, who: str, n: int, errors: list[BaseException], start: threading.Barrier) -> None:
    database = connect(url)  # its own connection, like a separate API worker
    try:
        log = AuditLog(database)
        start.wait()
        for i in range(n):
            log.append("parsed", thread_id=who, conversation_id="c", user_id=who, data={"i": i}, now=NOW)
    except BaseException as exc:  # pragma: no cover - reported below
        errors.append(exc)
    finally:
        database.close()


def test_concurrent_appends_keep_one_chain(db_url: str, log: AuditLog) -> None:
    workers, each = 4, 25
    errors: list[BaseException] = []
    start = threading.Barrier(workers)
    threads = [
        threading.Thread(target=_append_many, args=(db_url, f"w{k}", each, errors, start)) for k in range(workers)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == []
    result = log.verify()
    assert (result.ok, result.checked) == (True, workers * each), result
    assert sorted({r.thread_id for r in log.rows()}) == ["w0", "w1", "w2", "w3"]


_CHILD = """
import sys
from datetime import UTC, datetime
from agent.audit import AuditLog
from dingk3.db import connect
db = connect(sys.argv[1])
log = AuditLog(db)
for i in range(int(sys.argv[3])):
    log.append("parsed", thread_id=sys.argv[2], conversation_id="c", user_id=sys.argv[2], data={"i": i},
               now=datetime.now(UTC))
db.close()
"""


def test_two_processes_appending_at_once(db_url: str, log: AuditLog) -> None:
    _fill(log, 1)
    procs = [
        subprocess.Popen([sys.executable, "-c", _CHILD, db_url, f"p{k}", "30"], cwd=REPO_ROOT, stderr=subprocess.PIPE)
        for k in range(2)
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    result = log.verify()
    assert (result.ok, result.checked) == (True, 61), result


# --------------------------------------------------------------------------- CLI


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, db_url: str) -> Callable[..., Any]:
    from dingk3.cli import app

    monkeypatch.setenv("DINGK3_DATABASE_URL", db_url)

    def invoke(*args: str) -> Any:
        return CliRunner().invoke(app, list(args))

    return invoke


def test_cli_verify_and_tail(cli: Callable[..., Any], log: AuditLog, db: Database) -> None:
    _fill(log, 4)
    ok = cli("audit", "verify")
    assert ok.exit_code == 0, ok.output
    assert "4 rows" in ok.output
    tail = cli("audit", "tail", "--n", "2")
    assert tail.exit_code == 0
    lines = tail.output.strip().splitlines()
    assert len(lines) == 2 and lines[0].strip().startswith("3") and "数量400" in lines[1]
    as_json = cli("audit", "tail", "--n", "1", "--json")
    assert '"id":4' in as_json.output

    _drop_guards(db)
    db.execute("UPDATE audit_log SET text = 'x' WHERE id = 2")
    broken = cli("audit", "verify")
    assert broken.exit_code == 1
    assert "row 2" in broken.output and "edited" in broken.output


def test_public_surface() -> None:
    assert set(agent.audit.__all__) == {"EVENTS", "GENESIS", "AuditLog", "AuditRow", "VerifyResult"}
