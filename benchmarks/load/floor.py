"""The CPU floor of one chat message: what the fixed building blocks cost on this machine, with none of
DingK3's own logic in them. If they alone exceed the CPU budget a throughput target leaves, no tuning of
DingK3's code reaches that target here.

    python -m benchmarks.load.floor                  # PostgreSQL and SQLite checkpointer, K/3 emulator calls
    python -m benchmarks.load.floor --runs 400 --json out/floor.json

`floor_per_message` adds them up for one message of the load benchmark on PostgreSQL (half a proposal +
confirmation, a callback in and a reply out, `--k3-calls` K/3 calls) and divides all cores by it: the most
messages per second this machine could answer with DingK3's own work (parsing, rules, inbox, leases, audit,
proposals, cards) costing nothing.

Measured, each as CPU milliseconds (user + system, of this process and of the servers it talks to):
- `langgraph`: one run of a 3-node LangGraph graph that stops at an `interrupt()`, then its resume — the shape
  of a proposal and its confirmation (two messages) — with trivial nodes and DingK3's durability (a new run saved
  when it stops, a resumed one after every step) and a state read before each, per checkpointer; the PostgreSQL
  server's own CPU is included.
- `k3_call`: one ExecuteBillQuery of one production order through `tools.k3.K3Client` (httpx, keep-alive) against
  the K/3 emulator in its own process: the client's side and the emulator's side.
- `http_request`: one bare GET through httpx to a FastAPI endpoint that does nothing (uvicorn): the least a
  DingTalk callback in, or a reply out, costs on both sides.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, TypedDict

from benchmarks.load.run import cpu_s, postgres_pids
from dingk3.paths import DEMO_DATA_DIR, REPO_ROOT
from sim.server import free_port

PG_ADMIN = os.environ.get("DINGK3_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


class _State(TypedDict, total=False):
    incoming: dict[str, Any]
    parsed: dict[str, Any]
    proposal: dict[str, Any]
    outbox: list[dict[str, Any]]


def _graph(checkpointer: Any) -> Any:
    from langgraph.graph import END, START, StateGraph
    from langgraph.types import interrupt

    def parse(state: _State) -> _State:
        return {"parsed": {"intent": "report_output", "args": {"order_no": "MO20261101", "good_qty": 480}}}

    def propose(state: _State) -> _State:
        return {"proposal": {"summary": "MO20261101 良品 480", "digest": uuid.uuid4().hex}}

    def confirm(state: _State) -> _State:
        answer = interrupt({"type": "confirm"})
        return {"outbox": [*state.get("outbox", []), {"text": "已写入", "answer": answer}]}

    g = StateGraph(_State)
    g.add_node("parse", parse)
    g.add_node("propose", propose)
    g.add_node("confirm", confirm)
    g.add_edge(START, "parse")
    g.add_edge("parse", "propose")
    g.add_edge("propose", "confirm")
    g.add_edge("confirm", END)
    return g.compile(checkpointer=checkpointer)


async def _graph_runs(checkpointer: Any, runs: int) -> None:
    from langgraph.types import Command

    graph = _graph(checkpointer)
    incoming = {"text": "MO20261101 报工 良品480", "user_id": "u2001", "message_id": "m", "now": "2026-11-20T09:00"}
    for i in range(runs):
        config = {"configurable": {"thread_id": f"t{i}"}}
        await graph.aget_state(config)  # as the service does: the thread's state before each message
        await graph.ainvoke({"incoming": incoming, "outbox": []}, config, durability="exit")
        await graph.aget_state(config)
        await graph.ainvoke(Command(resume={"action": "confirm"}), config, durability="sync")


def measure_langgraph(db: str, runs: int) -> dict[str, float]:
    """CPU ms per proposal + confirmation (2 graph runs, 2 state reads)."""
    from agent.checkpoint import open_checkpointer

    async def go(url: str) -> None:
        async with open_checkpointer(url) as saver:
            await _graph_runs(saver, 10)  # warm-up
            pg = postgres_pids() if db == "postgres" else []
            own0, pg0, t0 = time.process_time(), cpu_s(pg), time.perf_counter()
            await _graph_runs(saver, runs)
            own, server, wall = time.process_time() - own0, cpu_s(pg) - pg0, time.perf_counter() - t0
            result.update(process_ms=own * 1000 / runs, server_ms=server * 1000 / runs, wall_ms=wall * 1000 / runs)

    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        if db == "postgres":
            import psycopg

            name = f"dingk3_floor_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            try:
                asyncio.run(go(PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"))
            finally:
                with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        else:
            asyncio.run(go(f"sqlite:///{tmp}/floor.db"))
    return result


def measure_http(calls: int) -> dict[str, dict[str, float]]:
    """CPU ms per ExecuteBillQuery of one order (client side and emulator side), and per bare HTTP request to a
    FastAPI endpoint that does nothing (httpx client side, uvicorn + FastAPI side): what every callback in and
    every reply out costs at least."""
    from tools.k3 import K3Client

    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        emulator = subprocess.Popen(
            [sys.executable, "-m", "sim.k3cloud", "--port", str(port), "--db", f"{tmp}/k3.db",
             "--data", str(DEMO_DATA_DIR)],
            cwd=REPO_ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            url = f"http://127.0.0.1:{port}/k3cloud/"
            _wait(url + "_admin/health")

            async def go() -> dict[str, dict[str, float]]:
                from dingk3.config import Settings

                async with K3Client.from_settings(Settings(k3_url=url)) as client:
                    for _ in range(20):
                        await client.query("PRD_MO", ("FBillNo", "FQty"), "FBillNo = 'MO20261101'", order="FBillNo")
                    own0, emu0, t0 = time.process_time(), cpu_s([emulator.pid]), time.perf_counter()
                    for _ in range(calls):
                        await client.query("PRD_MO", ("FBillNo", "FQty"), "FBillNo = 'MO20261101'", order="FBillNo")
                    own, emu = time.process_time() - own0, cpu_s([emulator.pid]) - emu0
                    wall = time.perf_counter() - t0
                    k3 = {
                        "client_ms": own * 1000 / calls,
                        "emulator_ms": emu * 1000 / calls,
                        "wall_ms": wall * 1000 / calls,
                    }
                import httpx

                async with httpx.AsyncClient() as plain:
                    own0, emu0 = time.process_time(), cpu_s([emulator.pid])
                    for _ in range(calls):
                        (await plain.get(url + "_admin/health")).raise_for_status()
                    own, emu = time.process_time() - own0, cpu_s([emulator.pid]) - emu0
                http = {"client_ms": own * 1000 / calls, "server_ms": emu * 1000 / calls}
                return {"k3_call": k3, "http_request": http}

            return asyncio.run(go())
        finally:
            emulator.terminate()
            emulator.wait(10)


def _wait(url: str, timeout_s: float = 60) -> None:
    import httpx

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise TimeoutError(url)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=300)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--k3-calls", type=float, default=4.6, help="K/3 calls per message (the load benchmark's)")
    args = ap.parse_args(argv)
    out: dict[str, Any] = {
        "cores": os.cpu_count(),
        "langgraph_postgres": measure_langgraph("postgres", args.runs),
        "langgraph_sqlite": measure_langgraph("sqlite", args.runs),
        **measure_http(args.runs * 2),
    }
    graph = out["langgraph_postgres"]["process_ms"] + out["langgraph_postgres"]["server_ms"]
    http = out["http_request"]["client_ms"] + out["http_request"]["server_ms"]
    k3 = out["k3_call"]["client_ms"] + out["k3_call"]["emulator_ms"]
    per_msg = graph / 2 + 2 * http + args.k3_calls * k3  # a callback in and a reply out per message
    out["floor_per_message"] = {
        "cpu_ms": round(per_msg, 2), "k3_calls": args.k3_calls,
        "max_msgs_per_s_on_all_cores": round(1000 * (os.cpu_count() or 1) / per_msg, 1),
    }  # fmt: skip
    print(json.dumps(out, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
