"""Score the resolver on a blind standard-parts set: a folder holding `catalogue.csv` and `queries.jsonl` written by
someone who never read the resolver (default: benchmarks/resolve/blind/standard-parts, 21,622 items and 500
queries), as issue 14 §4 asks.

    .venv/bin/python -m benchmarks.resolve.blind_score [FOLDER] [--pad-to 50000] [--json OUT]

First the catalogue alone; then, for the latency target "at 50k", the same catalogue padded with generated demo-style
items (numbered 99.xxxxxx, so no blind answer changes its number) and the same queries again. A query is right when
the resolver resolves it to the expected item (or, for those with none, does not resolve it); wrong when it
resolves to any other item. Ambiguous and not-found on a query that has an answer are neither: the user is asked.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks.resolve.catalog_gen import generate, write_csv
from tools.resolve import MaterialResolver
from tools.resolve.catalog import load_catalog

BLIND = Path(__file__).parent / "blind" / "standard-parts"
_PAD = "99."  # numbers of the generated padding items


def _queries(folder: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines() if line]


def score(csv_path: Path, work: Path, queries: list[dict[str, Any]]) -> dict[str, Any]:
    """Build the index of `csv_path` in `work`, resolve every query, and count."""
    started = time.perf_counter()
    resolver = MaterialResolver.open(catalog_csv=csv_path, index_dir=work / "index")
    build_s = time.perf_counter() - started
    resolver.warm()
    rows, ms = [], []
    for q in queries:
        t = time.perf_counter()
        r = resolver.resolve(q["query"])
        ms.append((time.perf_counter() - t) * 1000)
        best = r.best.number if r.verdict == "resolved" and r.best else None
        rows.append({**q, "verdict": r.verdict, "got": best, "candidates": [c.number for c in r.candidates[:5]]})
    positives = [r for r in rows if r["expect"] is not None]
    nulls = [r for r in rows if r["expect"] is None]
    wrong = [r for r in rows if r["got"] is not None and r["got"] != r["expect"]]
    by_kind: dict[str, dict[str, float]] = {}
    for kind in sorted({r["kind"] for r in rows}):
        mine = [r for r in rows if r["kind"] == kind]
        by_kind[kind] = {
            "n": len(mine),
            "right": sum(r["got"] == r["expect"] for r in mine) / len(mine),
            "wrong": sum(r in wrong for r in mine),
        }
    ms.sort()
    return {
        "items": len(load_catalog(csv_path)),
        "build_s": round(build_s, 1),
        "queries": len(rows),
        "top1_resolved_right": sum(r["got"] == r["expect"] for r in positives) / len(positives),
        "in_top5": sum(r["expect"] in r["candidates"] for r in positives) / len(positives),
        "nulls_not_resolved": sum(r["got"] is None for r in nulls) / max(len(nulls), 1),
        "wrong": len(wrong),
        "wrong_rate": len(wrong) / len(rows),
        # a padding item taken: generated parts sometimes are the very part a query names (不锈钢316内六角螺钉 M20x30)
        "wrong_to_padding": sum(str(r["got"]).startswith(_PAD) for r in wrong),
        "p50_ms": round(statistics.median(ms), 2),
        "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2),
        "by_kind": by_kind,
        "wrong_rows": wrong,
        "missed_rows": [r for r in positives if r["got"] is None],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, nargs="?", default=BLIND, help="catalogue.csv and queries.jsonl")
    ap.add_argument("--pad-to", type=int, default=50_000, help="catalogue size for the second run (0: none)")
    ap.add_argument("--json", type=Path, help="write every row here")
    args = ap.parse_args()
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        queries = _queries(args.folder)
        out["blind"] = score(args.folder / "catalogue.csv", work / "blind", queries)
        if args.pad_to:
            blind_rows = (args.folder / "catalogue.csv").read_text(encoding="utf-8").splitlines()
            extra = max(args.pad_to - (len(blind_rows) - 1), 0)
            pad = [replace(item, number=f"{_PAD}{i:06d}") for i, item in enumerate(generate(extra)[:extra])]
            padded = work / "padded.csv"
            write_csv(pad, padded)
            padded.write_text(
                "\n".join(blind_rows) + "\n" + "\n".join(padded.read_text(encoding="utf-8").splitlines()[1:]) + "\n",
                encoding="utf-8",
            )
            out["padded"] = score(padded, work / "padded", queries)
        shutil.rmtree(work / "blind", ignore_errors=True)
    for label, res in out.items():
        print(
            f"{label}: {res['items']} items, build {res['build_s']} s; top-1 resolved and right "
            f"{res['top1_resolved_right']:.3f}, in top 5 {res['in_top5']:.3f}, nulls not resolved "
            f"{res['nulls_not_resolved']:.3f}, wrong {res['wrong']} ({res['wrong_rate']:.1%}; "
            f"{res['wrong_to_padding']} of them padding items), "
            f"p50 {res['p50_ms']} ms, p95 {res['p95_ms']} ms"
        )
        for kind, k in res["by_kind"].items():
            print(f"  {kind:<10} n={k['n']:<4} right {k['right']:.3f} wrong {k['wrong']}")
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
