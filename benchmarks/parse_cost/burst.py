"""The API's memory under a burst of hostile messages from an unknown user (issue 12 §1).

    .venv/bin/python -m benchmarks.parse_cost.burst [--messages 40] [--concurrency 8]

Starts the K/3 emulator and `dingk3 serve` (one worker, SQLite) as the load benchmark does, with a light
sessionWebhook receiver; measures the API's idle RSS, then posts signed robot callbacks from a sender the plant does
not know (u9999) with hostile texts (`x ` × 1800, `BOM-2050 ` × 8000 = 72 KB, 查询库存 + `x ` × 2000, long runs of
Chinese, thousands of numbers; `--under-cap`: the same cut just under the 2000-character cap, so every one is
parsed), sampling the API's RSS every 50 ms until every message is answered. Prints idle,
peak and final RSS (MB); the issue asks peak − idle < 100 MB. Not a test: a measurement of this machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from benchmarks.load.receiver import Receiver
from benchmarks.load.run import Plant, api_pids, build_index, start_services
from dingk3.paths import DEMO_DATA_DIR
from tools.dingtalk.signing import robot_sign

SECRET = "demo-dingtalk-secret"
HOSTILE = [
    "x " * 1800,
    "查询库存 " + "x " * 2000,
    "建立生产订单 BOM-2050 数量5 " + "BOM-2050 " * 8000,
    "查询库存" + "齿轮泵液压阀体" * 4000,
    "MO20261103 报工 " + " ".join(str(k) for k in range(6000)),
    "MO20261103 报工 良品" + "十" * 20000,
]
# The same shapes cut just under DINGK3_MAX_MESSAGE_CHARS (2000): these are parsed.
UNDER_CAP = [text[:1990] for text in HOSTILE] + ["的" * 1990 + "x"]


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _body(text: str, receiver_port: int) -> dict[str, Any]:
    msg_id = "burst" + uuid.uuid4().hex[:12]
    ts = int(time.time() * 1000)
    return {
        "msgtype": "text", "text": {"content": text}, "msgId": msg_id, "createAt": ts, "conversationType": "1",
        "conversationId": "cid-stranger", "senderStaffId": "u9999", "senderNick": "stranger",
        "robotCode": "dingk3demo", "sessionWebhook": f"http://127.0.0.1:{receiver_port}/hook/{msg_id}",
        "sessionWebhookExpiredTime": ts + 3_600_000,
    }  # fmt: skip


async def burst(
    api_url: str, pids: list[int], receiver: Receiver, messages: int, concurrency: int, texts: list[str]
) -> dict[str, Any]:
    samples: list[float] = []
    for _ in range(20):  # idle: a second of samples
        samples.append(_rss_mb(pids))
        await asyncio.sleep(0.05)
    idle = max(samples)
    bodies = [_body(texts[k % len(texts)], receiver.port) for k in range(messages)]
    waiting = [receiver.expect(b["msgId"]) for b in bodies]
    peak = idle
    stop = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, _rss_mb(pids))
            await asyncio.sleep(0.05)

    sampler = asyncio.create_task(sample())
    started = time.perf_counter()
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(timeout=60) as http:

        async def post(body: dict[str, Any]) -> int:
            async with sem:
                ts = int(time.time() * 1000)
                headers = {"timestamp": str(ts), "sign": robot_sign(SECRET, ts)}
                return (await http.post(api_url + "/dingtalk/robot", json=body, headers=headers)).status_code

        codes = await asyncio.gather(*(post(b) for b in bodies))
    replies = await asyncio.wait_for(asyncio.gather(*waiting), 300)
    elapsed = time.perf_counter() - started
    stop.set()
    await sampler
    final = _rss_mb(pids)
    return {
        "messages": messages, "concurrency": concurrency, "status_codes": sorted(set(codes)),
        "answered": len(replies), "seconds": round(elapsed, 2), "idle_rss_mb": round(idle, 1),
        "peak_rss_mb": round(peak, 1), "final_rss_mb": round(final, 1), "peak_minus_idle_mb": round(peak - idle, 1),
        "sample_reply": replies[0][1][:120],
        "body_kb": [round(len(json.dumps(b, ensure_ascii=False).encode()) / 1024, 1) for b in bodies[: len(texts)]],
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.parse_cost.burst", description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=60)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--under-cap", action="store_true", help="texts cut just under the cap, so each is parsed")
    args = ap.parse_args(argv)

    async def run() -> dict[str, Any]:
        receiver = Receiver()
        await receiver.start()
        with tempfile.TemporaryDirectory(prefix="dk3burst-") as tmp:
            root = Path(tmp)
            plant = Plant(data_dir=DEMO_DATA_DIR, workers={}, orders={}, pmc=[], change_orders=[])
            index = await asyncio.to_thread(build_index, root, plant)
            services = await asyncio.to_thread(
                start_services, root, plant, workers=1, db="sqlite", receiver_port=receiver.port, index=index
            )
            try:
                texts = UNDER_CAP if args.under_cap else HOSTILE
                pids = api_pids(services)
                return await burst(services.api_url, pids, receiver, args.messages, args.concurrency, texts)
            finally:
                services.stop()
                await receiver.stop()

    print(json.dumps(asyncio.run(run()), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
