"""The `dingk3` command line: one typer app, one subcommand per job."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dingk3.paths import DEMO_DATA_DIR, package_dir

__all__ = ["app"]

app = typer.Typer(no_args_is_help=True, add_completion=False, help="DingK3: K/3 Cloud production orders from DingTalk.")


# Commands a developer runs at a terminal print their own results; their log says only what went wrong unless
# DINGK3_LOG_LEVEL asks for more (a service logs INFO: one line per message).
_TOOLS = {"eval", "parse", "resolve", "index", "people", "audit", "outbox", "inbox"}


@app.callback()
def _logging(ctx: typer.Context) -> None:
    """Every command logs the same way: `DINGK3_LOG_FORMAT` (text or json), `DINGK3_LOG_LEVEL`, no secrets."""
    from pydantic import ValidationError

    from dingk3.config import Settings, get_settings
    from dingk3.logs import configure_logging

    try:
        settings = get_settings()
    except ValidationError:  # the command itself says what is wrong; its log lines still get a format
        settings = Settings.model_construct()
    if ctx.invoked_subcommand in _TOOLS and "log_level" not in settings.model_fields_set:
        settings = settings.model_copy(update={"log_level": "WARNING"})
    configure_logging(settings)


@app.command("k3-emulator")
def k3_emulator(
    *,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8100,
    db: Annotated[
        Path | None, typer.Option(help="SQLite file holding the emulated K/3 data (default: in the state dir).")
    ] = None,
    data: Annotated[Path, typer.Option(help="Demo factory folder used to seed a new database.")] = DEMO_DATA_DIR,
    session_ttl: Annotated[int, typer.Option(help="Seconds before an idle K/3 session is dropped.")] = 1800,
    latency_ms: Annotated[int, typer.Option(help="Fault injection: latency added to every call.")] = 0,
) -> None:
    """Run the K/3 Cloud WebAPI emulator (base URL http://HOST:PORT/k3cloud/)."""
    from dingk3.config import get_settings
    from sim.k3cloud import EmulatorConfig, serve

    serve(
        EmulatorConfig(
            db_path=db or get_settings().state_dir / "k3cloud.db",
            data_dir=data,
            session_ttl_s=session_ttl,
            latency_ms=latency_ms,
        ),
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


def _resolution_json(r: object) -> dict[str, object]:
    from tools.resolve import Resolution

    assert isinstance(r, Resolution)
    fields = {"number", "name", "spec", "score"}
    return {
        "verdict": r.verdict,
        "best": r.best.model_dump(include=fields) if r.best else None,
        "candidates": [c.model_dump(include=fields) for c in r.candidates],
    }


def _product_materials(catalog: Path | None) -> object:
    """The material resolver of a CSV catalogue (`--catalog`), or the product's: K/3's catalogue, pulled now
    (only what changed), or the last good copy on disk when K/3 does not answer."""
    from agent.bootstrap import open_resolvers
    from dingk3.config import get_settings
    from dingk3.errors import CatalogUnavailable, ConfigError
    from tools.resolve import MaterialResolver
    from tools.resolve.materials import index_dir_for

    settings = get_settings()
    if catalog is not None:
        from dingk3.plant_standards import load_plant_standards

        return MaterialResolver.open(
            catalog_csv=catalog,
            index_dir=index_dir_for(catalog, settings.state_dir),
            equivalents=load_plant_standards(settings.plant_file).equivalents,
        )
    try:
        return open_resolvers(settings)[0]
    except (CatalogUnavailable, ConfigError) as exc:
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from None


@app.command("resolve")
def resolve(
    text: Annotated[str | None, typer.Argument(help="What the chat said, e.g. 'HV2050阀体'.")] = None,
    *,
    batch: Annotated[
        Path | None, typer.Option(help='JSONL file of {"id", "q"} lines; one result line per query.')
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    catalog: Annotated[
        Path | None,
        typer.Option(help="Materials CSV (number,name,spec,unit,category,aliases); default: the catalogue K/3 holds."),
    ] = None,
    producible_only: Annotated[bool, typer.Option(help="Only finished and semi-finished goods.")] = False,
    limit: Annotated[int, typer.Option(help="Most candidates to show.")] = 5,
) -> None:
    """Resolve a material phrase to a K/3 number: resolved, ambiguous (pick-list) or not_found."""
    import json
    import time

    from tools.resolve import MaterialResolver

    if (text is None) == (batch is None):
        raise typer.BadParameter("give either TEXT or --batch FILE")
    resolver = _product_materials(catalog)
    assert isinstance(resolver, MaterialResolver)
    if batch is not None:
        resolver.warm()
        with batch.open(encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                case = json.loads(line)
                t = time.perf_counter()
                r = resolver.resolve(str(case["q"]), producible_only=producible_only, limit=limit)
                ms = round((time.perf_counter() - t) * 1000, 3)
                typer.echo(json.dumps({"id": case.get("id"), **_resolution_json(r), "ms": ms}, ensure_ascii=False))
        return
    r = resolver.resolve(str(text), producible_only=producible_only, limit=limit)
    if as_json:
        typer.echo(json.dumps(_resolution_json(r), ensure_ascii=False))
        return
    typer.echo(r.verdict)
    for k, c in enumerate(r.candidates, 1):
        typer.echo(f"{k}. {c.number}  {c.name}  {c.spec}  ({c.score:.2f})")


index_app = typer.Typer(
    no_args_is_help=True, help="The catalogue the resolvers use: pulled from K/3 into the state dir that serve reads."
)
app.add_typer(index_app, name="index")


def _pull_catalog(*, fresh: bool) -> None:
    import asyncio
    import time

    from agent.bootstrap import open_catalog_for
    from dingk3.config import get_settings
    from dingk3.errors import CatalogUnavailable, ConfigError
    from tools.k3 import K3Client

    settings = get_settings()

    async def run() -> tuple[int | None, int, int, int]:
        async with K3Client.from_settings(settings) as k3:
            catalog = await open_catalog_for(settings, k3, fresh=fresh)
        m = catalog.materials
        return catalog.pulled, len(m), len(catalog.workshops), m.embedded_on_open

    t = time.perf_counter()
    try:
        pulled, materials, workshops, embedded = asyncio.run(run())
    except (CatalogUnavailable, ConfigError) as exc:
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from None
    if pulled is None:
        typer.echo("K/3 did not answer: the catalogue on disk is unchanged", err=True)
        raise typer.Exit(1)
    typer.echo(
        f"{pulled} material rows from K/3; catalogue: {materials} materials, {workshops} workshops; "
        f"{embedded} embedded; {time.perf_counter() - t:.1f} s"
    )


@index_app.command("build")
def index_build() -> None:
    """Pull the whole catalogue from K/3 again (materials, workshops) and rebuild the index from it."""
    _pull_catalog(fresh=True)


@index_app.command("sync")
def index_sync() -> None:
    """Pull what K/3 changed since the last pull into the catalogue `serve` reads (a running API syncs itself)."""
    _pull_catalog(fresh=False)


@app.command("people")
def people(
    *,
    offline: Annotated[
        bool, typer.Option("--offline", help="Do not ask DingTalk: show the last good copy (or users.csv).")
    ] = False,
) -> None:
    """Each person's resolved role, workshop and approver, and why (roles.yaml rule, override, users.csv)."""
    import asyncio

    from agent.bootstrap import open_people
    from dingk3.config import get_settings
    from dingk3.errors import ConfigError, DingTalkError
    from tools.dingtalk import DingTalkClient
    from tools.people.report import people_table

    settings = get_settings()
    try:
        directory = open_people(settings)
    except ConfigError as exc:
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from None

    async def refresh() -> None:
        async with DingTalkClient.from_settings(settings, retries=1) as client:
            await directory.refresh(client)

    source = "users.csv (DingTalk contacts are not configured: DINGK3_PEOPLE_SYNC_S=0 or the public demo app)"
    if settings.people_from_dingtalk:
        source = f"the last good copy ({directory.copy_path}), DingTalk not asked"
        if not offline:
            try:
                asyncio.run(refresh())
                source = f"DingTalk ({settings.dingtalk_api}) through {settings.roles_file.name}"
            except (DingTalkError, ConfigError) as exc:
                source = f"the last good copy: DingTalk not read ({exc})"
    typer.echo(people_table(directory.placed))
    active = sum(1 for p in directory.placed if p.user.active)
    typer.echo(f"\n{active} active, {len(directory.placed) - active} departed; from {source}")


@app.command("eval")
def eval_cases(
    *,
    cases: Annotated[
        Path | None, typer.Option(help="A JSONL case file or a folder of them (default: the shipped cases).")
    ] = None,
    backend: Annotated[str, typer.Option(help="Understanding backend: rules, llm or hybrid.")] = "rules",
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the summary JSON here.")] = None,
    baseline: Annotated[Path | None, typer.Option(help="An earlier --json output to diff against.")] = None,
    repeat: Annotated[int, typer.Option(help="Runs per case; reports pass^k.")] = 1,
    resolver: Annotated[str, typer.Option(help="Material resolver: auto, real or catalog.")] = "auto",
    flows: Annotated[
        Path | None, typer.Option(help="Run this multi-turn flow file through the whole agent instead of --cases.")
    ] = None,
    dialogues: Annotated[
        Path | None, typer.Option(help="Run dialogues (a file or folder) and judge the K/3 end state, wrong writes.")
    ] = None,
) -> None:
    """Score an understanding backend on the eval cases, whole chat flows with --flows, or dialogues with
    --dialogues (end-state success, pass^k, wrong writes)."""
    from evals.runner import main as run_eval

    if dialogues is not None:
        from evals.dialogues import main as run_dialogues

        argv = ["--dialogues", str(dialogues), "--backend", backend, "--repeat", str(repeat)]
        raise typer.Exit(run_dialogues(argv + (["--json", str(json_out)] if json_out else [])))

    if flows is not None:
        argv = ["--flows", str(flows), "--backend", backend, "--repeat", str(repeat)]
        argv += ["--json", str(json_out)] if json_out else []
        raise typer.Exit(run_eval(argv))
    argv = [
        "--cases",
        str(cases or package_dir("evals") / "cases"),
        "--backend",
        backend,
        "--repeat",
        str(repeat),
        "--resolver",
        resolver,
    ]
    argv += ["--json", str(json_out)] if json_out else []
    argv += ["--baseline", str(baseline)] if baseline else []
    raise typer.Exit(run_eval(argv))


# --------------------------------------------------------------------------- the agent: parse, serve, demo


@app.command("parse")
def parse(
    text: Annotated[str, typer.Argument(help="The chat message to replay.")],
    *,
    user: Annotated[str, typer.Option(help="Sender's user id (users.csv / DingTalk staff id).")] = "u1001",
    now: Annotated[str, typer.Option(help="Message time, ISO 8601 (default: now, Asia/Shanghai).")] = "",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
) -> None:
    """Replay a message through parse, resolve and validate; nothing is written to K/3."""
    import asyncio
    import json
    from datetime import datetime

    from agent.bootstrap import open_agent
    from agent.dryrun import dry_run
    from dingk3.clock import Clock
    from dingk3.config import get_settings
    from dingk3.errors import CatalogUnavailable, ConfigError

    settings = get_settings()
    when = datetime.fromisoformat(now) if now else Clock(settings.timezone).now()

    async def _run() -> dict[str, object]:
        async with open_agent(settings) as res:
            return await dry_run(res.ctx, text, user_id=user, now=when)

    try:
        result = asyncio.run(_run())
    except (CatalogUnavailable, ConfigError) as exc:  # K/3 down and no catalogue yet: said, not a traceback
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    parsed = result["parse"]
    typer.echo(f"intent: {parsed['intent']}  backend: {parsed['backend']}  confidence: {parsed['confidence']}")  # type: ignore[index]
    typer.echo(f"args: {json.dumps(parsed['args'], ensure_ascii=False)}  clarify: {parsed['clarify']}")  # type: ignore[index]
    for v in result["violations"]:  # type: ignore[attr-defined]
        typer.echo(f"{v['severity']}: {v['message']}")
    typer.echo(f"next: {result['next']}" + (f"  ({result['error']})" if "error" in result else ""))


@app.command("serve")
def serve(
    *,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(help="Worker processes (PostgreSQL recommended when more than 1).")] = 1,
) -> None:
    """Run the DingK3 API: DingTalk robot and card callbacks, /livez, /readyz, /metrics.

    The material index is built (or found up to date) here, once, before the workers start; each worker
    then only loads it. With several workers, /metrics sums them (Prometheus multiprocess mode)."""
    import os
    import time

    from dingk3.config import get_settings

    settings = get_settings()
    if reason := settings.demo_refusal(host):  # before the app's imports: a refusal is said at once
        typer.echo(f"refused: {reason}", err=True)
        raise typer.Exit(2)

    import uvicorn

    from agent.bootstrap import open_resolvers
    from api.metrics import MULTIPROC_ENV, prepare_multiprocess
    from dingk3.errors import CatalogUnavailable, ConfigError
    from dingk3.logs import log_config

    if settings.demo_mode:
        typer.echo(
            f"DEMO MODE on {host}: callbacks signed with the demo secret are accepted; not for a plant", err=True
        )
    if workers > 1 and not settings.resolved_database_url.startswith(("postgresql://", "postgres://")):
        typer.echo(
            f"note: {workers} workers on SQLite work (WAL, busy timeout) but write one at a time; "
            "use DINGK3_DATABASE_URL=postgresql://… for a whole plant",
            err=True,
        )
    t = time.perf_counter()
    try:
        materials, _ = open_resolvers(settings)
    except (CatalogUnavailable, ConfigError) as exc:
        typer.echo(f"refused: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"material index ready: {len(materials)} materials, {time.perf_counter() - t:.1f} s", err=True)
    del materials
    if workers > 1 or os.environ.get(MULTIPROC_ENV):
        prepare_multiprocess(settings.state_dir / "prometheus")  # or the one PROMETHEUS_MULTIPROC_DIR names
    uvicorn.run(
        "api.asgi:app", host=host, port=port, workers=workers, log_level=settings.log_level.lower(),
        log_config=log_config(settings), timeout_graceful_shutdown=30,
    )  # fmt: skip


@app.command("doctor")
def doctor() -> None:
    """Check this configuration against the real services (K/3, DingTalk, database, files); exit 1 on any FAIL."""
    import asyncio

    from pydantic import ValidationError

    from dingk3.config import Settings
    from dingk3.doctor import Check, render, run_checks

    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(str(e["msg"]).removeprefix("Value error, ") for e in exc.errors())
        typer.echo(render([Check("settings", False, problems, "correct the environment file (deploy/dingk3.env)")]))
        raise typer.Exit(1) from None
    checks = asyncio.run(run_checks(settings))
    typer.echo(render(checks))
    raise typer.Exit(0 if all(c.ok for c in checks) else 1)


@app.command("stream")
def stream() -> None:
    """Serve DingTalk in Stream mode (official dingtalk-stream SDK): no public URL needed; /livez, /readyz and
    /metrics on DINGK3_STREAM_HEALTH_PORT."""
    import asyncio
    import contextlib

    from dingk3.config import get_settings

    settings = get_settings()
    if reason := settings.demo_refusal():  # the app's secret signs the stream's card callbacks too
        typer.echo(f"refused: {reason}", err=True)
        raise typer.Exit(2)
    from api.stream import run_stream  # after the check: a refusal is said at once

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_stream(settings))


@app.command("demo")
def demo(
    *,
    host: Annotated[str, typer.Option(help="Address for every demo service.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the chat page (DingTalk simulator).")] = 8000,
    fresh: Annotated[bool, typer.Option(help="Start from the demo data again (drops the demo state).")] = False,
) -> None:
    """Run the whole product on this machine: K/3 emulator, DingTalk simulator with its chat page, agent API."""
    from dingk3.demo import run_demo

    run_demo(host=host, chat_port=port, fresh=fresh)


# --------------------------------------------------------------------------- DingTalk simulator


@app.command("dingtalk-sim")
def dingtalk_sim(
    *,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on; the chat page is at /.")] = 8000,
    mode: Annotated[str, typer.Option(help="How user messages reach the bot: http or stream.")] = "http",
    bot_url: Annotated[
        str | None,
        typer.Option(help="HTTP mode: the bot's robot callback URL, e.g. http://127.0.0.1:8001/dingtalk/robot."),
    ] = None,
    card_url: Annotated[str | None, typer.Option(help="HTTP card callback URL for cards without a route key.")] = None,
    public_url: Annotated[str | None, typer.Option(help="The simulator's own base URL (default: per request).")] = None,
    k3_view_url: Annotated[str | None, typer.Option(help="K/3 side panel URL template containing {bill}.")] = None,
    db: Annotated[Path | None, typer.Option(help="SQLite file for chats and cards; default: in memory.")] = None,
) -> None:
    """Run the DingTalk simulator: OpenAPI, Stream gateway, signed callbacks and the chat page."""
    from dingk3.config import get_settings
    from sim.dingtalk import SimConfig, serve

    settings = get_settings()
    if mode not in ("http", "stream"):
        raise typer.BadParameter("mode must be http or stream")
    config = SimConfig(
        app_key=settings.dingtalk_app_key, app_secret=settings.dingtalk_app_secret.get_secret_value(),
        users_csv=settings.data_dir / "users.csv", mode=mode, bot_callback_url=bot_url, card_callback_url=card_url,  # type: ignore[arg-type]
        public_url=public_url, k3_view_url=k3_view_url, db_path=db,
    )  # fmt: skip
    serve(config, host=host, port=port)


# --------------------------------------------------------------------------- K/3 → DingTalk events


@app.command("watch")
def watch(
    *,
    once: Annotated[bool, typer.Option(help="Poll K/3, write the digest if due, deliver, then exit.")] = False,
    interval: Annotated[
        float | None, typer.Option(help="Seconds between polls (default: DINGK3_WATCH_INTERVAL_S).")
    ] = None,
) -> None:
    """Watch K/3 for order changes and push the routed events to DingTalk (the API also runs this loop)."""
    import asyncio

    from api.events.commands import watch as run_watch
    from dingk3.config import get_settings

    raise typer.Exit(asyncio.run(run_watch(get_settings(), once=once, interval_s=interval, echo=typer.echo)))


outbox_app = typer.Typer(no_args_is_help=True, help="The DingTalk outbox: list messages, replay dead ones.")
app.add_typer(outbox_app, name="outbox")


@outbox_app.command("list")
def outbox_list(
    *,
    status: Annotated[
        str | None, typer.Option(help="Only this status: held, pending, sending, sent, dead, merged.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Newest N messages.")] = 30,
) -> None:
    """Show the newest outbox messages with their status, tries and last error."""
    from api.events.commands import outbox_list as run_list
    from dingk3.config import get_settings

    raise typer.Exit(run_list(get_settings(), status=status, limit=limit, echo=typer.echo))


@outbox_app.command("retry")
def outbox_retry(
    ids: Annotated[list[int] | None, typer.Argument(help="Ids of dead messages to send again.")] = None,
    *,
    all_: Annotated[bool, typer.Option("--all", help="Send every dead message again.")] = False,
) -> None:
    """Put dead-lettered messages back in their queues (the worker sends them on its next pass)."""
    from api.events.commands import outbox_retry as run_retry
    from dingk3.config import get_settings

    raise typer.Exit(run_retry(get_settings(), ids=list(ids or []), every=all_, echo=typer.echo))


# --------------------------------------------------------------------------- inbox

inbox_app = typer.Typer(no_args_is_help=True, help="Inputs set aside (they crashed or hung a worker): list, retry.")
app.add_typer(inbox_app, name="inbox")


@inbox_app.command("list")
def inbox_list(
    *,
    limit: Annotated[int, typer.Option(help="Newest N set-aside inputs.")] = 30,
) -> None:
    """Show inputs set aside: id, when, sender, tries, why, and the start of what they said."""
    from api.inbox import Inbox
    from dingk3.config import get_settings
    from dingk3.db import connect

    db = connect(get_settings().resolved_database_url)
    try:
        rows = Inbox(db).quarantined(limit=limit)
    finally:
        db.close()
    if not rows:
        typer.echo("no inputs set aside")
    for r in rows:
        typer.echo(f"{r['msg_id']}  {r['kind']}  {r['received_at'][:19]}  {r['sender']}  tries {r['attempts']}")
        typer.echo(f"    why: {r['note'] or '-'}\n    text: {r['text']}")


@inbox_app.command("retry")
def inbox_retry(
    ids: Annotated[list[str], typer.Argument(help="Ids of set-aside inputs to handle again.")],
) -> None:
    """Put set-aside inputs back: the next start-up or sweep of a running worker handles them as new."""
    from api.inbox import Inbox
    from dingk3.config import get_settings
    from dingk3.db import connect

    db = connect(get_settings().resolved_database_url)
    try:
        inbox = Inbox(db)
        missing = [msg_id for msg_id in ids if not inbox.retry(msg_id)]
    finally:
        db.close()
    for msg_id in missing:
        typer.echo(f"{msg_id}: not set aside (unknown id, or already handled)", err=True)
    typer.echo(f"{len(ids) - len(missing)} input(s) queued again")
    raise typer.Exit(1 if missing else 0)
