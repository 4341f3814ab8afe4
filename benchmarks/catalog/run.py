"""The catalogue from K/3 at plant scale: the first build from the K/3 emulator over HTTP (50k materials generated
into it), a restart, and an incremental sync of 100 changes saved through the WebAPI (issue 14's targets: build
under 2 minutes, sync under 2 s on this machine).

    python -m benchmarks.catalog                              # 50k materials, 100 changes
    python -m benchmarks.catalog --items 5000 --json out.json
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import logging
import os
import random
import statistics
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.resolve.catalog_gen import Item, generate
from dingk3.config import Settings
from dingk3.plant import PlantWorkshops
from sim.k3cloud import EmulatorConfig, create_app
from sim.server import ServerThread
from tools.k3 import K3Client
from tools.resolve import Catalog, open_catalog

__all__ = ["main", "run"]


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def _phases() -> Iterator[list[str]]:
    """The catalogue's own log lines while it opens (how long the pull and the index took)."""
    lines: list[str] = []

    class _Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    logger = logging.getLogger("dingk3.catalog")
    handler, level = _Keep(), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def write_plant(items: list[Item], data: Path, rnd: random.Random) -> None:
    """The generated catalogue as a K/3 seed: modify dates spread over the past year, as a real catalogue's are."""
    data.mkdir(parents=True, exist_ok=True)
    with (data / "materials.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["number", "name", "spec", "unit", "category", "aliases", "modified"])
        for i in items:
            w.writerow([i.number, i.name, i.spec, i.unit, i.category, ";".join(i.aliases), -rnd.randint(1, 365)])
    (data / "workshops.csv").write_text("number,name\nWS01,机加一车间\nWS02,装配车间\n", encoding="utf-8")


def _queries(catalog: Catalog, rnd: random.Random, n: int) -> list[str]:
    """Short names with the spec (scored), bare names (ambiguous: the vector path too) and aliases (exact)."""
    items = rnd.sample(catalog.materials.materials(), n)
    forms = (lambda m: f"{m.name[-2:]} {m.spec}", lambda m: m.name, lambda m: m.aliases[0] if m.aliases else m.number)
    return [forms[k % 3](m) for k, m in enumerate(items)]


def _latency(catalog: Catalog, queries: list[str]) -> dict[str, float]:
    catalog.materials.warm()
    ms = []
    for q in queries:
        t = time.perf_counter()
        catalog.materials.resolve(q)
        ms.append((time.perf_counter() - t) * 1000)
    ms.sort()
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(ms[int(len(ms) * 0.95) - 1], 2)}


async def _change(k3: K3Client, items: list[Item], rnd: random.Random, n: int) -> dict[str, list[str]]:
    """n changes a K/3 user makes: 60 % edited specs, 30 % new materials, 10 % forbidden."""
    picked = rnd.sample(items, n)
    edited, forbidden = picked[: n * 6 // 10], picked[n * 6 // 10 : n * 7 // 10]
    new = [f"09.{k // 1000:02d}.{k % 1000:04d}" for k in range(n - len(edited) - len(forbidden))]
    wanted = "FNumber in (" + ",".join(f"'{i.number}'" for i in edited) + ")"
    ids = {r["FNumber"]: r["FMATERIALID"] for r in await k3.query("BD_MATERIAL", ("FNumber", "FMATERIALID"), wanted)}
    for i in edited:
        model = {"FMATERIALID": ids[i.number], "FSpecification": f"{i.spec}-R2"}
        await k3._call(
            "Save", {"formid": "BD_MATERIAL", "data": {"Model": model, "NeedUpDateFields": ["FSpecification"]}}
        )
    for k, number in enumerate(new):
        model = {
            "FMATERIALID": 0, "FNumber": number, "FName": "钛合金活塞杆", "FSpecification": f"TR-{k:04d}",
            "FMaterialGroup": {"FNumber": "01"}, "SubHeadEntity": {"FErpClsID": "2", "FBaseUnitId": {"FNumber": "PCS"}},
        }  # fmt: skip
        await k3._call("Save", {"formid": "BD_MATERIAL", "data": {"Model": model, "IsAutoSubmitAndAudit": True}})
    numbers = [i.number for i in forbidden]
    await k3._call("ExcuteOperation", {"formid": "BD_MATERIAL", "opNumber": "Forbid", "data": {"Numbers": numbers}})
    return {"edited": [f"{i.name} {i.spec}-R2" for i in edited], "new": new, "forbidden": numbers}


async def run(n_items: int, n_changes: int, root: Path, seed: int = 7) -> dict[str, Any]:
    rnd = random.Random(seed)
    items = generate(n_items, seed=seed)[:n_items]
    write_plant(items, root / "plant", rnd)
    t = time.perf_counter()
    app = create_app(EmulatorConfig(db_path=root / "k3.db", data_dir=root / "plant"))
    seed_s = time.perf_counter() - t
    out: dict[str, Any] = {"items": len(items), "changes": n_changes, "emulator_seed_s": round(seed_s, 1)}
    with ServerThread(app) as server:
        settings = Settings(k3_url=f"{server.url}/k3cloud/", k3_timeout_s=120)
        async with K3Client.from_settings(settings) as k3:
            t = time.perf_counter()
            pulled = await k3.list_materials()
            out["pull_only_s"] = round(time.perf_counter() - t, 1)
            out["k3_calls_per_pull"] = k3.calls
            rss, t = _rss_mb(), time.perf_counter()
            with _phases() as phases:
                catalog = await open_catalog(root / "index", k3, PlantWorkshops())
            out["build_s"] = round(time.perf_counter() - t, 1)
            out["build_phases"] = phases
            out["build_rss_mb"] = round(_rss_mb() - rss)
            out["embedded"] = catalog.materials.embedded_on_open
            assert len(catalog.materials) == len(pulled) == len(items), (len(catalog.materials), len(pulled))
            t = time.perf_counter()
            restarted = await open_catalog(root / "index", k3, PlantWorkshops())
            out["restart_s"] = round(time.perf_counter() - t, 1)
            out["restart_embedded"] = restarted.materials.embedded_on_open
            del restarted
            queries = _queries(catalog, rnd, 400)
            out["resolve_before"] = _latency(catalog, queries)
            changes = await _change(k3, items, rnd, n_changes)
            t = time.perf_counter()
            report = await catalog.sync(k3)
            out["sync_s"] = round(time.perf_counter() - t, 3)
            out["sync_k3_s"] = round(report.pull_s, 3)  # of which waiting for K/3 (the emulator scans 50k rows)
            out["sync_rows_pulled"] = report.pulled
            out["sync_changed"] = report.materials
            out["resolve_after"] = _latency(catalog, queries)
            m = catalog.materials
            out["new_resolved"] = sum(m.resolve(n).verdict == "resolved" for n in changes["new"]) / len(changes["new"])
            out["edited_resolved"] = sum(m.resolve(q).verdict == "resolved" for q in changes["edited"]) / max(
                len(changes["edited"]), 1
            )
            out["forbidden_gone"] = sum(m.get(n) is None for n in changes["forbidden"]) / max(
                len(changes["forbidden"]), 1
            )
            t = time.perf_counter()
            await catalog.sync(k3)
            out["idle_sync_s"] = round(time.perf_counter() - t, 3)
    app.state.emulator.store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.catalog", description=__doc__.split("\n\n")[0])
    ap.add_argument("--items", type=int, default=50_000)
    ap.add_argument("--changes", type=int, default=100)
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    args = ap.parse_args(argv)
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    with tempfile.TemporaryDirectory(prefix="dk3catalog-") as tmp:
        result = asyncio.run(run(args.items, args.changes, Path(tmp)))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0
