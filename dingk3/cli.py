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


# --------------------------------------------------------------------------- audit

audit_app = typer.Typer(no_args_is_help=True, help="The hash-chained audit log: verify it, show its tail.")
app.add_typer(audit_app, name="audit")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check every audit row's hash and link; exit 1 naming the first edited, deleted or reordered row."""
    from agent.audit import AuditLog
    from dingk3.config import get_settings
    from dingk3.db import connect

    settings = get_settings()
    db = connect(settings.resolved_database_url)
    try:
        result = AuditLog(db, settings.timezone).verify()
    finally:
        db.close()
    if result.ok:
        typer.echo(f"audit ok: {result.checked} rows, head {result.head_hash[:16]}")
        return
    typer.echo(
        f"audit BROKEN at row {result.first_bad_id}: {result.reason} ({result.checked} rows before it are intact)",
        err=True,
    )
    raise typer.Exit(1)


@audit_app.command("tail")
def audit_tail(
    *,
    n: Annotated[int, typer.Option("--n", "-n", help="How many of the newest rows to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line instead of text.")] = False,
) -> None:
    """Show the newest audit rows, oldest of them first."""
    from agent.audit import AuditLog
    from dingk3.config import get_settings
    from dingk3.db import connect

    settings = get_settings()
    db = connect(settings.resolved_database_url)
    try:
        rows = AuditLog(db, settings.timezone).tail(n)
    finally:
        db.close()
    for row in rows:
        if as_json:
            typer.echo(row.model_dump_json())
        else:
            text = row.text if len(row.text) <= 40 else row.text[:39] + "…"
            typer.echo(f"{row.id:>6}  {row.ts_local}  {row.event:<10} {row.user_id:<8} {row.thread_id}  {text}")
