"""`python -m sim.k3cloud --host --port --db --data`: run the K/3 Cloud emulator."""

from __future__ import annotations

import argparse
from pathlib import Path

from dingk3.config import get_settings
from dingk3.paths import DEMO_DATA_DIR

from . import EmulatorConfig, serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sim.k3cloud", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
    parser.add_argument("--port", type=int, default=8100, help="Port to listen on.")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: k3cloud.db in the state dir).")
    parser.add_argument("--data", type=Path, default=DEMO_DATA_DIR, help="Demo data used to seed a new database.")
    parser.add_argument("--session-ttl", type=int, default=1800, help="Seconds before an idle session is dropped.")
    parser.add_argument("--latency-ms", type=int, default=0, help="Fault injection: latency added to every call.")
    parser.add_argument(
        "--mo-numbering", choices=("monthly", "serial"), default="monthly",
        help="PRD_MO numbers: MO + yyyyMM + 4 digits (the demo), or K/3's shipped MO + 6-digit serial.",
    )  # fmt: skip
    args = parser.parse_args(argv)
    config = EmulatorConfig(
        db_path=args.db or get_settings().state_dir / "k3cloud.db",
        data_dir=args.data,
        session_ttl_s=args.session_ttl,
        latency_ms=args.latency_ms,
        mo_numbering=args.mo_numbering,
    )
    serve(config, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
