"""The people sync at plant scale: a DingTalk simulator over HTTP holding N members in D departments, one full
read (departments, paged member lists, each member's manager) placed through the demo role map.

    python -m benchmarks.people                      # 2000 people in 40 departments, 3 syncs
    python -m benchmarks.people --people 500 --json out.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import statistics
import tempfile
import time
from pathlib import Path

from dingk3.paths import DEFAULT_ROLES_FILE
from sim.dingtalk import SimConfig, create_app
from sim.server import ServerThread
from tools.dingtalk import DingTalkClient
from tools.people import People


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--people", type=int, default=2000)
    ap.add_argument("--depts", type=int, default=40)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    app = create_app(SimConfig())
    org = app.state.sim.directory
    for i in range(args.people):
        dept = f"车间{i % args.depts:02d}"
        org.hire(f"b{i:05d}", f"员工{i}", dept=dept, title="操作工", manager="u1000")
    with tempfile.TemporaryDirectory() as tmp, ServerThread(app) as server:
        people = People.open(
            roles_file=DEFAULT_ROLES_FILE, users_csv=Path(tmp) / "none.csv",
            copy_path=Path(tmp) / "people.json", from_dingtalk=True,
        )  # fmt: skip

        async def sync() -> float:
            async with DingTalkClient("dingk3demo", "demo-dingtalk-secret", server.url, server.url) as client:
                t = time.perf_counter()
                await people.refresh(client)
                return time.perf_counter() - t

        times = [asyncio.run(sync()) for _ in range(args.runs)]
    result = {
        "people": len(people.directory), "departments": args.depts, "runs": args.runs,
        "sync_s_median": round(statistics.median(times), 2), "sync_s_max": round(max(times), 2),
    }  # fmt: skip
    print(json.dumps(result, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), "utf-8")
    return 0
