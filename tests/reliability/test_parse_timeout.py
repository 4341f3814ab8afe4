"""A parse that runs away (issue 12 §1): given up after DINGK3_PARSE_TIMEOUT_S, the input set aside and its sender told,
and the process still exits at once (SIGTERM used to wait on the runaway thread)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from api.inbox import Inbox
from dingk3.db import connect
from dingk3.errors import ParseTimeout
from dingk3.paths import REPO_ROOT
from tests.reliability.test_multiworker import _robot, _runtime

_STUCK = textwrap.dedent(
    """
    import asyncio, threading
    from datetime import datetime
    from agent.parsing import RulesParser
    from dingk3.errors import ParseTimeout

    class Stuck:  # a resolver that never answers: the parse runs away
        def resolve(self, text, **kw):
            threading.Event().wait()

    async def main():
        parser = RulesParser(Stuck(), Stuck(), timeout_s=0.5)
        try:
            await parser("查询库存 齿轮泵", now=datetime(2026, 11, 20, 9), user_workshop=None)
        except ParseTimeout as exc:
            print("gave up:", exc.user_message)

    asyncio.run(main())
    print("exited")
    """
)


def test_a_runaway_parse_is_given_up_and_does_not_hold_the_process() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _STUCK], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "gave up: 这条消息没能处理，已交给管理员查看。请一条消息只说一件事，简短些再发一次。",
        "exited",
    ]


class _TimingOut:
    async def handle_message(self, inc: Any, *, quoted: str = "") -> Any:
        raise ParseTimeout("understanding took over 20 s")


async def test_a_message_whose_parse_timed_out_is_set_aside(tmp_path: Path) -> None:
    db = connect(f"sqlite:///{tmp_path / 'dingk3.db'}")
    runtime = _runtime(db, _TimingOut())
    try:
        assert await runtime.accept_robot(_robot("slow-1", "查询库存 " + "齿轮泵 " * 300))
        await runtime.drain()
        row = db.fetchone("SELECT status, note FROM inbox WHERE msg_id = 'slow-1'")
        assert row is not None and row["status"] == "quarantined" and "PARSE_TIMEOUT" in row["note"]
        assert await runtime.recover() == 0, "never taken again by itself"
        [listed] = Inbox(db).quarantined()
        assert listed["msg_id"] == "slow-1" and listed["sender"] == "u2001" and listed["text"].startswith("查询库存")
    finally:
        await runtime.close()
        db.close()
