"""Resolver benchmark: this resolver vs rapidfuzz alone vs chromadb alone, on the demo and a 50k catalog.

    .venv/bin/python -m benchmarks.resolve.run [--catalogs demo,50k] [--queries 1500] [--seed 7]

Writes benchmarks/resolve/out/results.md (tables) and results.json; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from rapidfuzz import fuzz, process

from benchmarks.resolve.catalog_gen import Item, generate, load_demo, write_csv
from benchmarks.resolve.queries import Query, make_queries
from benchmarks.resolve.stdparts import EQUIVALENTS, generate_stdparts
from benchmarks.resolve.stdparts_queries import make_stdparts_queries
from dingk3.paths import DEMO_DATA_DIR
from tools.resolve import MaterialResolver
from tools.resolve.vectors import VectorIndex
from tools.text import normalize

OUT = Path(__file__).parent / "out"


@dataclass
class Answer:
    verdict: str
    numbers: list[str]  # ranked candidates (best first)
    ms: float


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _verdict(top: list[float], lo: float, margin: float) -> str:
    if not top or top[0] < lo:
        return "not_found"
    if len(top) > 1 and top[0] - top[1] < margin:
        return "ambiguous"
    return "resolved"


class _Baseline:
    """A single-method ranker; its verdict thresholds are fitted afterwards on the same queries
    (an optimistic setting for the baseline)."""

    grid_lo: ClassVar[list[float]] = []
    grid_margin: ClassVar[list[float]] = []

    def rank(self, q: str) -> tuple[list[str], list[float]]:
        raise NotImplementedError


class RapidfuzzOnly(_Baseline):
    grid_lo: ClassVar[list[float]] = [50, 60, 70, 75, 80, 85, 88, 90, 92, 95]
    grid_margin: ClassVar[list[float]] = [0, 0.5, 1, 2, 3, 5, 8, 12]

    def __init__(self, items: list[Item]) -> None:
        self.numbers = [i.number for i in items]
        self.choices = [normalize(f"{i.name} {i.spec}") for i in items]

    def rank(self, q: str) -> tuple[list[str], list[float]]:
        hits = process.extract(normalize(q), self.choices, scorer=fuzz.WRatio, limit=5, processor=None)
        return [self.numbers[h[2]] for h in hits], [float(h[1]) for h in hits]


class ChromaOnly(_Baseline):
    grid_lo: ClassVar[list[float]] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9]
    grid_margin: ClassVar[list[float]] = [0, 0.005, 0.01, 0.02, 0.04, 0.07, 0.1]

    def __init__(self, items: list[Item], path: Path) -> None:
        self.index = VectorIndex(path, collection="baseline")
        self.index.upsert((i.number, normalize(" ".join([i.name, i.spec, *i.aliases])), i.number, False) for i in items)

    def rank(self, q: str) -> tuple[list[str], list[float]]:
        hits = self.index.query(normalize(q), 5)
        return [h[0] for h in hits], [h[1] for h in hits]


def _fit(baseline: _Baseline, queries: list[Query], ranked: list[tuple[list[str], list[float]]]) -> tuple[float, float]:
    best, best_obj = (0.0, 0.0), -1e9
    for lo in baseline.grid_lo:
        for m in baseline.grid_margin:
            obj = 0
            for q, (nums, scores) in zip(queries, ranked, strict=True):
                v = _verdict(scores, lo, m)
                right = (
                    (q.kind == "resolvable" and v == "resolved" and nums[0] == q.target)
                    or (q.kind != "resolvable" and v == q.kind)
                    or (q.kind == "resolvable" and v == "ambiguous" and q.target in nums)
                )
                wrong = v == "resolved" and not (q.kind == "resolvable" and nums[0] == q.target)
                obj += int(right) - 5 * int(wrong)
            if obj > best_obj:
                best, best_obj = (lo, m), obj
    return best


def metrics(queries: list[Query], answers: list[Answer]) -> dict[str, float]:
    res = [(q, a) for q, a in zip(queries, answers, strict=True) if q.kind == "resolvable"]
    amb = [(q, a) for q, a in zip(queries, answers, strict=True) if q.kind == "ambiguous"]
    nf = [(q, a) for q, a in zip(queries, answers, strict=True) if q.kind == "not_found"]
    flagged = [(q, a) for q, a in zip(queries, answers, strict=True) if a.verdict == "ambiguous"]
    wrong = [
        (q, a)
        for q, a in zip(queries, answers, strict=True)
        if a.verdict == "resolved" and not (q.kind == "resolvable" and a.numbers[:1] == [q.target])
    ]
    ms = sorted(a.ms for a in answers)
    return {
        "queries": len(queries),
        "resolvable": len(res),
        "ambiguous": len(amb),
        "not_found": len(nf),
        "top1": sum(a.numbers[:1] == [q.target] for q, a in res) / max(len(res), 1),
        "top5": sum(q.target in a.numbers[:5] for q, a in res) / max(len(res), 1),
        "auto_resolved": sum(a.verdict == "resolved" and a.numbers[:1] == [q.target] for q, a in res)
        / max(len(res), 1),
        "amb_recall": sum(a.verdict == "ambiguous" for _, a in amb) / max(len(amb), 1),
        "amb_precision": sum(q.kind == "ambiguous" for q, _ in flagged) / max(len(flagged), 1),
        "nf_recall": sum(a.verdict == "not_found" for _, a in nf) / max(len(nf), 1),
        "wrong_rate": len(wrong) / max(len(queries), 1),
        "wrong": len(wrong),
        "p50_ms": statistics.median(ms),
        "p95_ms": ms[int(0.95 * (len(ms) - 1))],
    }


def _timed(fn: Callable[[str], tuple[str, list[str]]], queries: list[Query]) -> list[Answer]:
    out = []
    for q in queries:
        t = time.perf_counter()
        verdict, nums = fn(q.q)
        out.append(Answer(verdict, nums, (time.perf_counter() - t) * 1000))
    return out


def run_catalog(
    items: list[Item],
    queries: list[Query],
    work: Path,
    *,
    equivalents: list[list[str]] | None = None,
    baselines: bool = True,
) -> dict[str, object]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    csv_path = work / "materials.csv"
    write_csv(items, csv_path)
    (work / "queries.jsonl").write_text(
        "".join(
            json.dumps({"id": q.id, "q": q.q, "kind": q.kind, "target": q.target}, ensure_ascii=False) + "\n"
            for q in queries
        ),
        encoding="utf-8",
    )
    result: dict[str, object] = {"items": len(items), "methods": {}}
    methods: dict[str, dict[str, object]] = {}

    rss0, t0 = _rss_mb(), time.perf_counter()
    eq = equivalents or []
    resolver = MaterialResolver.open(catalog_csv=csv_path, index_dir=work / "index", equivalents=eq)
    build, mem = time.perf_counter() - t0, _rss_mb() - rss0
    t1 = time.perf_counter()
    reopened = MaterialResolver.open(catalog_csv=csv_path, index_dir=work / "index", equivalents=eq)
    reopen_s, reembedded = time.perf_counter() - t1, reopened.embedded_on_open
    del reopened
    resolver.warm()  # the first chromadb query is cold (about 0.3 s); "after load" means after this

    def ours(q: str) -> tuple[str, list[str]]:
        r = resolver.resolve(q)
        return r.verdict, [c.number for c in r.candidates]

    answers = _timed(ours, queries)
    methods["this resolver"] = {**metrics(queries, answers), "build_s": build, "rss_mb": mem,
                                "reopen_s": reopen_s, "reembedded_on_reopen": reembedded}  # fmt: skip
    breakdown: dict[str, list[tuple[Query, Answer]]] = defaultdict(list)
    for q, a in zip(queries, answers, strict=True):
        breakdown[f"{q.kind}/{q.template.split('+')[0]}"].append((q, a))
        for tag in q.template.split("+")[1:]:
            breakdown[f"{q.kind}/+{tag}"].append((q, a))
    result["breakdown"] = {
        k: {
            "n": len(v),
            "ok": sum(
                (a.verdict == "resolved" and a.numbers[:1] == [q.target])
                if q.kind == "resolvable"
                else a.verdict == q.kind
                for q, a in v
            )
            / len(v),
            "wrong": sum(
                a.verdict == "resolved" and not (q.kind == "resolvable" and a.numbers[:1] == [q.target]) for q, a in v
            ),
        }
        for k, v in sorted(breakdown.items())
    }
    result["misses"] = [
        {
            "q": q.q,
            "kind": q.kind,
            "template": q.template,
            "target": q.target,
            "verdict": a.verdict,
            "got": a.numbers[:3],
        }
        for q, a in zip(queries, answers, strict=True)
        if not (
            (a.verdict == "resolved" and a.numbers[:1] == [q.target]) if q.kind == "resolvable" else a.verdict == q.kind
        )
    ]

    resolver.use_vectors = False
    answers = _timed(ours, queries)
    methods["this resolver, no vectors (ablation)"] = metrics(queries, answers)

    for name, factory in (
        ("rapidfuzz alone (WRatio)", lambda: RapidfuzzOnly(items)),
        ("chromadb alone (n-gram)", lambda: ChromaOnly(items, work / "baseline")),
    )[: 2 * baselines]:
        rss0, t0 = _rss_mb(), time.perf_counter()
        base = factory()
        build, mem = time.perf_counter() - t0, _rss_mb() - rss0
        base.rank("预热")
        timings, ranked = [], []
        for q in queries:
            t = time.perf_counter()
            ranked.append(base.rank(q.q))
            timings.append((time.perf_counter() - t) * 1000)
        lo, margin = _fit(base, queries, ranked)
        answers = [Answer(_verdict(s, lo, margin), n, ms) for (n, s), ms in zip(ranked, timings, strict=True)]
        methods[name] = {**metrics(queries, answers), "build_s": build, "rss_mb": mem, "fitted": [lo, margin]}
    result["methods"] = methods
    return result


_ROWS = [
    ("top-1 accuracy (resolvable)", "top1", "{:.3f}"),
    ("top-5 recall (resolvable)", "top5", "{:.3f}"),
    ("resolved and right (resolvable)", "auto_resolved", "{:.3f}"),
    ("ambiguity recall", "amb_recall", "{:.3f}"),
    ("ambiguity precision", "amb_precision", "{:.3f}"),
    ("not-found recall", "nf_recall", "{:.3f}"),
    ("wrong-answer rate (all queries)", "wrong_rate", "{:.2%}"),
    ("p50 latency ms", "p50_ms", "{:.2f}"),
    ("p95 latency ms", "p95_ms", "{:.2f}"),
    ("index build s", "build_s", "{:.1f}"),
    ("memory (RSS growth) MB", "rss_mb", "{:.0f}"),
]


def to_markdown(all_results: dict[str, dict[str, object]]) -> str:
    lines = [f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}.", ""]
    for label, r in all_results.items():
        methods: dict[str, dict[str, float]] = r["methods"]  # type: ignore[assignment]
        m0 = next(iter(methods.values()))
        lines += [
            f"### {label}: {r['items']} items, {m0['queries']} queries "
            f"({m0['resolvable']} resolvable, {m0['ambiguous']} ambiguous, {m0['not_found']} not existing)",
            "",
            "| | " + " | ".join(methods) + " |",
            "|---|" + "---|" * len(methods),
        ]
        for title, key, fmt in _ROWS:
            cells = [fmt.format(m[key]) if key in m else "–" for m in methods.values()]
            lines.append(f"| {title} | " + " | ".join(cells) + " |")
        ours = methods["this resolver"]
        lines += ["", f"Reopen of the persisted index: {ours['reopen_s']:.2f} s, "
                  f"{ours['reembedded_on_reopen']} documents re-embedded.", ""]  # fmt: skip
        lines += ["| this resolver by query kind/template | n | right verdict | wrong answers |", "|---|---|---|---|"]
        for k, v in r["breakdown"].items():  # type: ignore[union-attr]
            lines.append(f"| {k} | {v['n']} | {v['ok']:.3f} | {v['wrong']} |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--catalogs", default="demo,50k", help="demo, 50k, stdparts (standard parts, 50k)")
    ap.add_argument("--no-baselines", action="store_true", help="only this resolver (and its ablation)")
    ap.add_argument("--queries", type=int, default=1500)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    results: dict[str, dict[str, object]] = {}
    for label in args.catalogs.split(","):
        equivalents = None
        if label == "stdparts":
            parts = generate_stdparts(50_000)
            items, queries = list[Item](parts), make_stdparts_queries(parts, args.queries, args.seed)
            equivalents = EQUIVALENTS
        else:
            items = load_demo(DEMO_DATA_DIR / "materials.csv") if label == "demo" else generate(50_000)
            queries = make_queries(items, args.queries, args.seed, label[0])
        baselines = not args.no_baselines
        results[label] = run_catalog(items, queries, OUT / label, equivalents=equivalents, baselines=baselines)
        print(to_markdown({label: results[label]}), flush=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1, default=float), encoding="utf-8"
    )
    (OUT / "results.md").write_text(to_markdown(results), encoding="utf-8")


if __name__ == "__main__":
    main()
