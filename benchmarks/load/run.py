"""Load benchmark: signed DingTalk robot callbacks from many users in many conversations to `dingk3 serve` on
loopback, with the K/3 emulator behind it (its own process) and a light sessionWebhook receiver that timestamps
every reply.

    python -m benchmarks.load --workers 4 --db postgres --duration 30 --concurrency 64
    python -m benchmarks.load --matrix --duration 30 --json benchmarks/load/out/results.json

Each virtual user runs flows back to back (closed loop, no think time): 60 % report output + 确认, 20 % queries,
15 % create or change an order + 确认, 5 % chatter. Latency is callback sent → first reply at its sessionWebhook.
Afterwards the K/3 bills made during the run are compared with the "written" replies: every reply's bill must be in
K/3 (nothing lost) and every new bill must have exactly one reply (nothing doubled; writes are keyed per proposal).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from benchmarks.load.receiver import Receiver
from dingk3.paths import DEMO_DATA_DIR, REPO_ROOT
from sim.server import free_port
from tools.dingtalk.signing import robot_sign

SECRET = "demo-dingtalk-secret"
PG_ADMIN = os.environ.get("DINGK3_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
_BILL = re.compile(r"\*\*((?:SCHB|MO)\d+)\*\*")
_LAST_TS = [0]


def _unique_ts() -> int:
    """Now in ms, never twice the same: the API accepts each signed (timestamp, sign) pair once."""
    _LAST_TS[0] = max(int(time.time() * 1000), _LAST_TS[0] + 1)
    return _LAST_TS[0]


MIX = (("report", 0.60), ("query", 0.20), ("write", 0.15), ("chatter", 0.05))
MSGS_PER_FLOW = 0.60 * 2 + 0.20 + 0.15 * 2 + 0.05  # a report and a write are a request and its 确认
QUERIES = (
    "查询 {order}", "{order} 进度怎么样", "HV-3250还有多少库存", "装配车间有哪些开工的订单", "304螺栓M8x30还有多少库存",
)  # fmt: skip
CHATTER = ("你好", "谢谢", "辛苦了", "在吗", "好的收到")


# --------------------------------------------------------------------------- a plant big enough for the load


@dataclass
class Plant:
    data_dir: Path
    workers: dict[str, list[str]]  # workshop → worker ids
    orders: dict[str, list[str]]  # workshop → started orders with room for reports
    pmc: list[str]
    change_orders: list[str]


def make_plant(root: Path, *, workers_per_shop: int = 60, orders_per_shop: int = 20, pmc: int = 30) -> Plant:
    """The demo factory plus many workers and PMC planners, and big started orders to report on."""
    data = root / "plant"
    shutil.copytree(DEMO_DATA_DIR, data)
    users = list(csv.DictReader((data / "users.csv").open(encoding="utf-8")))
    orders = list(csv.DictReader((data / "orders.csv").open(encoding="utf-8")))
    materials = {o["workshop"]: o["material"] for o in orders}
    shops = {"WS01": "u2000", "WS02": "u4000", "WS03": "u3000"}
    names = {"WS01": "机加一车间", "WS02": "机加二车间", "WS03": "装配车间"}
    plant = Plant(data, {}, {}, [], ["MO20261101", "MO20261104"])
    for shop, boss in shops.items():
        for k in range(workers_per_shop):
            uid = f"w{shop[-1]}{k:03d}"
            users.append({"userid": uid, "name": f"工人{shop[-1]}{k:03d}", "dept": names[shop], "role": "worker",
                          "workshop": shop, "manager": boss})  # fmt: skip
            plant.workers.setdefault(shop, []).append(uid)
        for k in range(orders_per_shop):
            no = f"MO2026119{shop[-1]}{k:02d}"
            orders.append({"number": no, "material": materials[shop], "qty": "99000", "workshop": shop,
                           "plan_start": "2026-11-10", "plan_finish": "2026-12-30", "status": "started",
                           "reported_good": "0", "reported_scrap": "0"})  # fmt: skip
            plant.orders.setdefault(shop, []).append(no)
    for k in range(pmc):
        uid = f"p{k:03d}"
        users.append({"userid": uid, "name": f"计划{k:03d}", "dept": "生产计划部", "role": "pmc", "workshop": "",
                      "manager": "u1000"})  # fmt: skip
        plant.pmc.append(uid)
    for name, rows in (("users.csv", users), ("orders.csv", orders)):
        with (data / name).open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    return plant


# --------------------------------------------------------------------------- processes


@dataclass
class Services:
    api_url: str
    k3_url: str
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)
    k3_log: Path | None = None
    db_url: str = ""

    def stop(self) -> None:
        for p in reversed(self.procs):
            if p.poll() is None:
                p.send_signal(signal.SIGINT)
        for p in reversed(self.procs):
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def _wait_http(url: str, timeout_s: float = 120.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def new_pg_database() -> str:
    import psycopg

    name = f"dk3load_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"


def drop_pg_database(url: str) -> None:
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def start_services(root: Path, plant: Plant, *, workers: int, db: str, receiver_port: int, index: Path) -> Services:
    k3_port, api_port = free_port(), free_port()
    k3_log = root / "k3.log"
    k3 = subprocess.Popen(
        [sys.executable, "-m", "sim.k3cloud", "--port", str(k3_port), "--db", str(root / "k3.db"),
         "--data", str(plant.data_dir)],
        cwd=REPO_ROOT, stdout=k3_log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    services = Services(f"http://127.0.0.1:{api_port}", f"http://127.0.0.1:{k3_port}/k3cloud/", [k3], k3_log)
    state = root / "state"
    shutil.copytree(index, state)
    db_url = new_pg_database() if db == "postgres" else f"sqlite:///{state / 'dingk3.db'}"
    services.db_url = db_url
    env = {
        **os.environ, "DINGK3_STATE_DIR": str(state), "DINGK3_DATA_DIR": str(plant.data_dir),
        "DINGK3_DATABASE_URL": db_url, "DINGK3_K3_URL": services.k3_url,
        "DINGK3_DINGTALK_API": f"http://127.0.0.1:{receiver_port}", "DINGK3_WATCH_INTERVAL_S": "0",
        "DINGK3_DIGEST_TIME": "", "DINGK3_LOG_LEVEL": "WARNING", "ANONYMIZED_TELEMETRY": "False",
        "DINGK3_K3_TIMEOUT_S": "30", "DINGK3_SESSION_WEBHOOK_HOSTS": "127.0.0.1", "DINGK3_DEMO_MODE": "true",
    }  # fmt: skip
    try:
        _wait_http(services.k3_url + "_admin/health")
        api = subprocess.Popen(
            [str(Path(sys.executable).with_name("dingk3")), "serve", "--port", str(api_port),
             "--workers", str(workers)],
            cwd=REPO_ROOT, env=env, stdout=(root / "api.log").open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        services.procs.append(api)
        _wait_http(services.api_url + "/healthz", timeout_s=180)
        time.sleep(1.0 if workers == 1 else 3.0)  # every worker up, not only the first
    except BaseException:
        services.stop()
        raise
    return services


# --------------------------------------------------------------------------- the load


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)  # kind → ms
    sent: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    written: list[tuple[str, str]] = field(default_factory=list)  # (kind, bill no) from "written" replies
    confirms: Counter[str] = field(default_factory=Counter)
    flows: Counter[str] = field(default_factory=Counter)
    approvals: Counter[str] = field(default_factory=Counter)
    noop_changes: int = 0  # a change to what the order already has (by now): refused with a clear reply, as it should

    def add(self, kind: str, ms: float) -> None:
        self.latencies.setdefault(kind, []).append(ms)


class Load:
    def __init__(self, api_url: str, receiver: Receiver, plant: Plant, seed: int = 7) -> None:
        self.api_url = api_url
        self.r = receiver
        self.plant = plant
        self.rng = random.Random(seed)
        self.stats = Stats()
        limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
        self.http = httpx.AsyncClient(timeout=30, limits=limits)
        self.busy: set[str] = set()  # one flow at a time per person, as in a real chat
        self._next_at = 0.0

    def pick(self, people: list[str], held: list[str]) -> str:
        free = [u for u in people if u not in self.busy]
        user = self.rng.choice(free or people)
        self.busy.add(user)
        held.append(user)
        return user

    async def say(self, user: str, cid: str, text: str, kind: str) -> str | None:
        """Post one signed callback; wait for its first reply; None (and an error counted) on none in 30 s."""
        msg_id = "bm" + uuid.uuid4().hex[:20]
        ts = _unique_ts()
        body = {
            "msgtype": "text", "text": {"content": text}, "msgId": msg_id, "createAt": ts,
            "conversationType": "1", "conversationId": cid, "senderStaffId": user, "senderNick": user,
            "chatbotUserId": "bot", "robotCode": "dingk3demo", "isAdmin": False,
            "sessionWebhook": f"http://127.0.0.1:{self.r.port}/hook/{msg_id}",
            "sessionWebhookExpiredTime": ts + 3_600_000,
        }  # fmt: skip
        headers = {"timestamp": str(ts), "sign": robot_sign(SECRET, ts)}
        fut = self.r.expect(msg_id)
        started = time.perf_counter()
        self.stats.sent += 1
        try:
            resp = await self.http.post(self.api_url + "/dingtalk/robot", json=body, headers=headers)
            if resp.status_code != 200:
                self.stats.errors[f"http {resp.status_code}"] += 1
                self.r.waiting.pop(msg_id, None)
                return None
            at, reply = await asyncio.wait_for(fut, 30)
        except (httpx.HTTPError, TimeoutError) as exc:
            self.stats.errors[type(exc).__name__] += 1
            self.r.waiting.pop(msg_id, None)
            return None
        self.stats.add(kind, (at - started) * 1000)
        if "出错" in reply:
            self.stats.errors["apology"] += 1
        return reply

    async def flow(self, uid: int) -> None:
        held: list[str] = []
        try:
            await self._flow(held)
        finally:
            self.busy.difference_update(held)

    async def _flow(self, held: list[str]) -> None:
        rng = self.rng
        kind = rng.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
        self.stats.flows[kind] += 1
        if kind == "report":
            shop = rng.choice(sorted(self.plant.workers))
            user = self.pick(self.plant.workers[shop], held)
            cid = f"cid-{user}"
            order = rng.choice(self.plant.orders[shop])
            text = f"{order} 报工 良品{rng.randint(1, 9)} 不良{rng.randint(0, 1)}"
            reply = await self.say(user, cid, text, "proposal")
            if reply and "确认" in reply:
                await self.confirm(user, cid, "report")
            elif reply is not None:
                self.stats.errors[f"report not proposed: {reply[:60]}"] += 1
        elif kind == "write":
            user = self.pick(self.plant.pmc, held)
            cid = f"cid-{user}"
            if rng.random() < 0.5:
                text = f"建立生产订单 BOM-3020 数量{rng.randint(10, 40)} 下周五交"
            else:
                text = f"{rng.choice(self.plant.change_orders)} 交期改到12月{rng.randint(10, 28)}日"
            reply = await self.say(user, cid, text, "proposal")
            if reply and "确认" in reply:
                await self.confirm(user, cid, "create" if text.startswith("建立") else "change")
            elif reply and "没有要修改的内容" in reply:  # the random new date is the order's date already
                self.stats.noop_changes += 1
            elif reply is not None:
                self.stats.errors[f"write not proposed: {reply[:60]}"] += 1
        elif kind == "query":
            shop = rng.choice(sorted(self.plant.workers))
            user = self.pick(self.plant.workers[shop] + self.plant.pmc, held)
            text = rng.choice(QUERIES).format(order=rng.choice(self.plant.orders[shop]))
            await self.say(user, f"cid-{user}", text, "query")
        else:
            user = self.pick(self.plant.pmc, held)
            await self.say(user, f"cid-{user}", rng.choice(CHATTER), "chatter")

    async def confirm(self, user: str, cid: str, what: str) -> None:
        self.stats.confirms[what] += 1
        reply = await self.say(user, cid, "确认", "confirm+write")
        if reply is None:
            return
        if "已写入" in reply or "已更新" in reply:
            bills = _BILL.findall(reply)
            if what != "change" and bills:
                self.stats.written.append((what, bills[-1]))
        elif "主管审批" in reply:  # a risky change or short components: a supervisor decides (not measured further)
            self.stats.approvals[what] += 1
        elif "情况有变" in reply:  # another planner changed the order meanwhile: re-checked at write time, refused
            self.stats.noop_changes += 1
        else:
            self.stats.errors[f"{what} not written: {reply[:40]}"] += 1

    async def user_loop(self, uid: int, until: float) -> None:
        while time.perf_counter() < until:
            await self.flow(uid)

    async def run(self, duration_s: float, concurrency: int, rate: float = 0.0) -> float:
        """Closed loop (`concurrency` users back to back) or, with `rate`, open loop: flows start at random
        (Poisson) moments, `rate` messages per second on average whatever the replies take; the time until
        the flows started in `duration_s` are answered counts too."""
        started = time.perf_counter()
        until = started + duration_s
        if rate <= 0:
            await asyncio.gather(*(self.user_loop(k, until) for k in range(concurrency)))
            return time.perf_counter() - started
        flows_per_s = rate / MSGS_PER_FLOW
        running: set[asyncio.Task[None]] = set()
        k = 0
        while (now := time.perf_counter()) < until:
            task = asyncio.get_running_loop().create_task(self.flow(k))
            running.add(task)
            task.add_done_callback(running.discard)
            k += 1
            await asyncio.sleep(max(0.0, started + self._arrival(k, flows_per_s) - now))
        if running:
            await asyncio.wait(running, timeout=90)
        return duration_s

    def _arrival(self, k: int, flows_per_s: float) -> float:
        """Seconds after the start at which flow `k` starts (exponential gaps)."""
        self._next_at = (self._next_at if k > 1 else 0.0) + self.rng.expovariate(flows_per_s)
        return self._next_at


# --------------------------------------------------------------------------- checks and the whole run


async def k3_bills(k3_url: str) -> dict[str, dict[str, str]]:
    """Report and order bills in K/3: bill number → FDescription (which holds the write's idempotency key)."""
    from dingk3.config import Settings
    from tools.k3 import K3Client

    out: dict[str, dict[str, str]] = {}
    async with K3Client.from_settings(Settings(k3_url=k3_url)) as k3:
        for what, form in (("report", "PRD_MORPT"), ("create", "PRD_MO")):
            rows = await k3.query(form, ["FBillNo", "FDescription"], "", limit=100000)
            out[what] = {str(r["FBillNo"]): str(r["FDescription"] or "") for r in rows}
    return out


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return round(xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))], 1)


def cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds of these processes so far (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
    return total


def postgres_pids() -> list[int]:
    """The local PostgreSQL server's processes (its CPU is part of every message's cost here)."""
    out = subprocess.run(["pgrep", "-x", "postgres"], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def machine_busy_s() -> tuple[float, float]:
    """(CPU-seconds busy on all cores, CPU-seconds elapsed on all cores) since boot, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]
    tick = os.sysconf("SC_CLK_TCK")
    return (sum(fields) - idle) / tick, sum(fields) / tick


def api_pids(services: Services) -> list[int]:
    parent = services.procs[-1].pid
    out = subprocess.run(["ps", "--ppid", str(parent), "-o", "pid="], capture_output=True, text=True).stdout
    return [parent, *(int(x) for x in out.split())]


def k3_call_count(log: Path) -> int:
    return sum(1 for line in log.read_text(errors="replace").splitlines() if ".common.kdsvc" in line)


def audit_ok(db_url: str) -> dict[str, Any]:
    from agent.audit import AuditLog
    from dingk3.db import connect

    db = connect(db_url)
    try:
        v = AuditLog(db).verify()
        writes = db.fetchone("SELECT COUNT(*) AS n FROM audit_log WHERE event = 'executed'")
        return {"ok": v.ok, "rows": v.checked, "executed": int(writes["n"]) if writes else 0}
    finally:
        db.close()


async def run_one(
    *,
    workers: int,
    db: str,
    duration_s: float,
    concurrency: int,
    root: Path,
    plant: Plant,
    index: Path,
    rate: float = 0.0,
) -> dict[str, Any]:
    receiver = Receiver()
    await receiver.start()
    case = root / f"{db}-{workers}w" / (f"rate{rate:g}" if rate else f"users{concurrency}")
    case.mkdir(parents=True)
    services = await asyncio.to_thread(
        start_services, case, plant, workers=workers, db=db, receiver_port=receiver.port, index=index
    )
    try:
        before = await k3_bills(services.k3_url)
        calls_before = k3_call_count(services.k3_log)  # type: ignore[arg-type]
        load = Load(services.api_url, receiver, plant)
        await load.run(3.0, concurrency)  # warm-up: connections, caches, first K/3 sessions (not counted)
        warm_sent = load.stats.sent
        warm = load.stats
        load.stats = Stats()
        calls_warm = k3_call_count(services.k3_log)  # type: ignore[arg-type]
        apis, k3pid, pg = api_pids(services), services.procs[0].pid, postgres_pids() if db == "postgres" else []
        cpu0 = {"api": cpu_s(apis), "k3": cpu_s([k3pid]), "load": sum(os.times()[:2]), "postgres": cpu_s(pg)}
        busy0 = machine_busy_s()
        elapsed = await load.run(duration_s, concurrency, rate)
        cpu = {"api": cpu_s(apis) - cpu0["api"], "k3": cpu_s([k3pid]) - cpu0["k3"],
               "load": sum(os.times()[:2]) - cpu0["load"], "postgres": cpu_s(pg) - cpu0["postgres"]}  # fmt: skip
        busy, wall = (b - a for a, b in zip(busy0, machine_busy_s(), strict=True))
        await asyncio.sleep(1.0)
        calls = k3_call_count(services.k3_log) - calls_warm  # type: ignore[arg-type]
        after = await k3_bills(services.k3_url)
        await load.http.aclose()
    finally:
        await asyncio.to_thread(services.stop)
        await receiver.stop()
    s = load.stats
    replied = sum(len(v) for v in s.latencies.values())
    check: dict[str, Any] = {}
    for what in ("report", "create"):
        new = {b: d for b, d in after[what].items() if b not in before[what]}
        replied_bills = [b for w, b in warm.written + s.written if w == what]
        per_key = Counter(d for d in new.values())
        check[what] = {
            "confirmed": warm.confirms[what] + s.confirms[what], "written_replies": len(replied_bills),
            "new_k3_bills": len(new), "lost": len(set(replied_bills) - set(after[what])),
            "duplicate_replies": len(replied_bills) - len(set(replied_bills)),
            "doubled_writes": sum(n - 1 for n in per_key.values()),  # two bills under one idempotency key
            "bills_without_reply": len(set(new) - set(replied_bills)),
        }  # fmt: skip
    audit = await asyncio.to_thread(audit_ok, services.db_url)
    if db == "postgres":
        await asyncio.to_thread(drop_pg_database, services.db_url)
    lat = {k: {"n": len(v), "p50": _pct(v, 50), "p95": _pct(v, 95), "p99": _pct(v, 99)} for k, v in s.latencies.items()}
    everything = [x for v in s.latencies.values() for x in v]
    return {
        "workers": workers,
        "db": db,
        "concurrency": concurrency,
        "offered_rate": rate or None,
        "duration_s": round(elapsed, 1),
        "sent": s.sent,
        "replied": replied,
        "msgs_per_s": round(replied / elapsed, 1),
        "p50": _pct(everything, 50),
        "p95": _pct(everything, 95),
        "p99": _pct(everything, 99),
        "latency": lat,
        "errors": dict(s.errors),
        "sent_for_approval": dict(s.approvals),
        "noop_changes_refused": s.noop_changes,
        "flows": dict(s.flows),
        "k3_calls": calls,
        "k3_calls_per_msg": round(calls / max(replied, 1), 2),
        "cpu_s": {k: round(v, 1) for k, v in cpu.items()},
        "cpu_ms_per_msg": {k: round(1000 * v / max(replied, 1), 1) for k, v in cpu.items()},
        "machine_busy": round(busy / max(wall, 1e-9), 3),  # share of all cores busy during the measured part
        "writes": check,
        "warmup_sent": warm_sent,
        "audit": audit,
        "k3_calls_before": calls_before,
        "openapi_calls": {k: v for k, v in receiver.counts.items() if k != "webhook"},
    }


def build_index(root: Path, plant: Plant) -> Path:
    """The catalogue pulled from the plant's K/3 (an emulator in process, seeded from the same data) and its index."""
    from agent.bootstrap import open_resolvers
    from dingk3.config import Settings
    from sim.k3cloud import EmulatorConfig, create_app

    state = root / "index-template"
    app = create_app(EmulatorConfig(db_path=root / "k3-index.db", data_dir=plant.data_dir))
    settings = Settings(state_dir=state, data_dir=plant.data_dir, k3_url="http://k3.index/k3cloud/")
    open_resolvers(settings, k3_transport=httpx.ASGITransport(app=app))
    app.state.emulator.store.close()
    return state


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--db", choices=["sqlite", "postgres"], default="postgres")
    ap.add_argument("--matrix", action="store_true", help="1 and 4 workers on SQLite and PostgreSQL")
    ap.add_argument("--duration", type=float, default=30.0, help="measured seconds per run (after a 3 s warm-up)")
    ap.add_argument("--concurrency", type=int, default=64, help="virtual users running flows back to back")
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    ap.add_argument(
        "--rate", type=float, nargs="*", default=[],
        help="open loop: offered messages/s (several values: one run each); replaces --concurrency",
    )  # fmt: skip
    args = ap.parse_args(argv)
    configs = [(1, "sqlite"), (4, "sqlite"), (1, "postgres"), (4, "postgres")] if args.matrix else [
        (args.workers, args.db)]  # fmt: skip
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    results = []
    started_on = machine()
    with tempfile.TemporaryDirectory(prefix="dk3load-") as tmp:
        root = Path(tmp)
        plant = make_plant(root)
        index = build_index(root, plant)
        for (workers, db), rate in [(c, r) for c in configs for r in (args.rate or [0.0])]:
            res = asyncio.run(
                run_one(workers=workers, db=db, duration_s=args.duration, concurrency=args.concurrency, root=root,
                        plant=plant, index=index, rate=rate)
            )  # fmt: skip
            results.append(res)
            print(json.dumps({k: v for k, v in res.items() if k != "latency"}, ensure_ascii=False), flush=True)
    out = {"machine": started_on, "results": results}
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    print(table(results))
    return 0


def machine() -> dict[str, Any]:
    import platform

    load = os.getloadavg()
    return {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "loadavg_at_start": [round(x, 2) for x in load]}  # fmt: skip


def _load_label(r: dict[str, Any]) -> str:
    rate = r.get("offered_rate")
    return f"{rate:g} msgs/s offered" if rate else f"{r['concurrency']} users"


def table(results: list[dict[str, Any]]) -> str:
    head = ("| db | workers | load | msgs/s | p50 ms | p95 ms | p99 ms | query p95 | proposal p95 |"
            " confirm+write p95 | errors | K/3 calls/msg | CPU ms/msg API / K/3 / PostgreSQL / load | cores busy |"
            " lost | doubled |")  # fmt: skip
    lines = [head, "|" + "---|" * 17]
    for r in results:
        lat = r["latency"]
        lost = sum(w["lost"] for w in r["writes"].values())
        c = r["cpu_ms_per_msg"]
        doubled = sum(w["duplicate_replies"] + w["doubled_writes"] for w in r["writes"].values())
        lines.append(
            f"| {r['db']} | {r['workers']} | "
            f"{_load_label(r)} | "
            f"{r['msgs_per_s']} | {r['p50']} | {r['p95']} | {r['p99']} | "
            f"{lat.get('query', {}).get('p95', '-')} | {lat.get('proposal', {}).get('p95', '-')} | "
            f"{lat.get('confirm+write', {}).get('p95', '-')} | {sum(r['errors'].values())} | {r['k3_calls_per_msg']} | "
            f"{c['api']} / {c['k3']} / {c.get('postgres', '-')} / {c['load']} | {r.get('machine_busy', '-')} | "
            f"{lost} | {doubled} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
