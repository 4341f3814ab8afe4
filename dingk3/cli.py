"""The `dingk3` command line: one typer app, one subcommand per job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dingk3.paths import DEMO_DATA_DIR, REPO_ROOT

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, add_completion=False, help="DingK3: K/3 Cloud production orders from DingTalk.")


@app.command("k3-emulator")
def k3_emulator(
    *,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8100,
    db: Annotated[Path, typer.Option(help="SQLite file holding the emulated K/3 data.")] = REPO_ROOT
    / ".state"
    / "k3cloud.db",
    data: Annotated[Path, typer.Option(help="Demo factory folder used to seed a new database.")] = DEMO_DATA_DIR,
    session_ttl: Annotated[int, typer.Option(help="Seconds before an idle K/3 session is dropped.")] = 1800,
    latency_ms: Annotated[int, typer.Option(help="Fault injection: latency added to every call.")] = 0,
) -> None:
    """Run the K/3 Cloud WebAPI emulator (base URL http://HOST:PORT/k3cloud/)."""
    from sim.k3cloud import EmulatorConfig, serve

    serve(
        EmulatorConfig(db_path=db, data_dir=data, session_ttl_s=session_ttl, latency_ms=latency_ms),
        host=host,
        port=port,
    )
