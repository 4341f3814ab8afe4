"""Parse time and peak memory against message length, for hostile shapes of text (issue 12 §1).

    .venv/bin/python -m benchmarks.parse_cost [--lengths 500,1000,2000,...] [--repeat 3] [--json FILE]

`understand` (rules parse + resolution against the real material index) is run directly, without the service's
DINGK3_MAX_MESSAGE_CHARS cap, so the table shows what the parser itself costs up to the body limit. For each shape
and length: median wall time, tracemalloc peak (Python allocations) and the process's peak RSS growth (VmHWM reset
through /proc/self/clear_refs before each parse; Linux only). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

# Each shape: a prefix that makes it a request, then a unit repeated up to the length.
SHAPES: dict[str, tuple[str, str]] = {
    "repeated words": ("查询库存 ", "x "),
    "repeated codes": ("建立生产订单 BOM-2050 数量5 ", "BOM-2050 "),
    "chinese without spaces": ("查询库存", "齿轮泵液压阀体深沟球轴承"),
    "numbers": ("MO20261103 报工 ", "12 "),
    "chinese numerals": ("MO20261103 报工 良品", "十"),
    "polite tails": ("", "的"),
    "clauses": ("MO20261103 报工 良品5", "，数量5"),
    "mixed": ("建立生产订单 ", "齿轮泵 GP-10 三百个 下周五 2026-02-30 hv-2050 "),
}


def _text(shape: str, length: int) -> str:
    prefix, unit = SHAPES[shape]
    body = unit * ((max(length - len(prefix), 0)) // len(unit) + 1)
    return (prefix + body)[:length] + ("x" if shape == "polite tails" else "")


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def measure(parse: Callable[[str], object], text: str, repeat: int) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        parse(text)
        times.append(time.perf_counter() - started)
    tracemalloc.start()
    parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_before = _rss_kb("VmRSS")
    rss_growth = -1.0
    if _reset_peak_rss():
        parse(text)
        rss_growth = max(_rss_kb("VmHWM") - rss_before, 0) / 1024
    return {"ms": statistics.median(times) * 1000, "tracemalloc_mb": peak / 1e6, "rss_growth_mb": rss_growth}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lengths", default="250,500,1000,2000,4000,8000,16000,32000,65536")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--state-dir", type=Path, default=None, help="where the material index is (default: .state)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)

    from agent.bootstrap import open_resolvers
    from agent.nlu import understand
    from agent.nlu.vocabulary import vocabulary_source
    from dingk3.config import Settings

    settings = Settings(state_dir=args.state_dir) if args.state_dir else Settings()
    materials, workshops = open_resolvers(settings)
    vocabulary = vocabulary_source(workshops, None)()  # the plant's workshop words, as the agent's parser reads them

    def parse(text: str) -> object:
        return understand(
            text, now=NOW, user_workshop="WS01", materials=materials, workshops=workshops, vocabulary=vocabulary
        )

    parse("查询库存 齿轮泵 GP-10 谢谢")  # warm up: the reply bank and the index are built once per process
    lengths = [int(n) for n in args.lengths.split(",")]
    rows = []
    print("| shape | chars | ms | tracemalloc peak MB | peak RSS growth MB |")
    print("|---|---:|---:|---:|---:|")
    for shape in args.shapes.split(","):
        for length in lengths:
            result = measure(parse, _text(shape, length), args.repeat)
            rows.append({"shape": shape, "chars": length, **result})
            print(
                f"| {shape} | {length} | {result['ms']:.1f} | {result['tracemalloc_mb']:.1f} |"
                f" {result['rss_growth_mb']:.1f} |",
                flush=True,
            )
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
