"""`dingk3 doctor`: one configuration checked against the services it names; each check OK or FAIL with its fix."""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx

from dingk3.config import Settings
from dingk3.paths import DEFAULT_ROLES_FILE, DEFAULT_ROUTING_FILE, DEMO_DATA_DIR

__all__ = ["Check", "render", "run_checks"]

_DEMO_CARD_TEMPLATE = "dingk3.proposal.v1"  # the simulator's card template (dingk3/demo.py)
T = TypeVar("T")
_USERS_ASKED = 20  # people-map rows looked up in DingTalk; enough to catch a wrong id column without a flood
_CONTACTS_FIX = "give the app the 通讯录 read permission and a contact scope holding the plant (open-dev.dingtalk.com)"


@dataclass(frozen=True)
class Check:
    """One check's verdict: what was found and, when it failed, what to do."""

    name: str
    ok: bool
    detail: str
    fix: str = ""


class _Failed(Exception):
    def __init__(self, detail: str, fix: str) -> None:
        super().__init__(detail)
        self.detail, self.fix = detail, fix


@dataclass
class _Found:
    """What earlier checks learned that later ones cross-check: K/3's workshops, the people, the token."""

    workshops: set[str] | None = None
    user_ids: list[str] | None = None
    token: bool = False


async def run_checks(
    settings: Settings,
    *,
    k3_transport: httpx.AsyncBaseTransport | None = None,
    dingtalk_transport: httpx.AsyncBaseTransport | None = None,
) -> list[Check]:
    """Every check in order; one failing never stops the others."""
    from tools.dingtalk import DingTalkClient

    found = _Found()
    steps: list[tuple[str, Any]] = [
        ("settings", lambda: _secrets(settings)),
        ("state dir", lambda: _state_dir(settings)),
        ("database", lambda: asyncio.to_thread(_database, settings)),
        ("K/3", lambda: _k3(settings, found, k3_transport)),
        ("plant file", lambda: _plant_file(settings, found)),
    ]
    checks: list[Check] = []
    async with DingTalkClient.from_settings(settings, transport=dingtalk_transport) as dingtalk:
        steps += [
            ("DingTalk token", lambda: _token(dingtalk, found)),
            ("role map", lambda: _role_map(settings, found)),
            ("people map", lambda: _people(settings, dingtalk, found)),
            ("routing file", lambda: _routing(settings, found)),
            ("card template", lambda: _card_template(settings)),
        ]
        for name, step in steps:
            try:
                result = step()
                detail = await result if asyncio.iscoroutine(result) else result
                checks.append(Check(name, True, str(detail)))
            except _Failed as exc:
                checks.append(Check(name, False, exc.detail, exc.fix))
            except Exception as exc:  # a check that breaks is one FAIL line; the others still run
                detail = f"the check itself failed: {type(exc).__name__}: {_first_line(exc)}"
                checks.append(Check(name, False, detail, "read the line above; it names the file or service"))
    return checks


def render(checks: list[Check]) -> str:
    """One line per check, then the fix under each failed one; the last line counts the failures."""
    width = max(len(c.name) for c in checks)
    lines: list[str] = []
    for c in checks:
        lines.append(f"{'OK  ' if c.ok else 'FAIL'}  {c.name:<{width}}  {c.detail}")
        if not c.ok and c.fix:
            lines.append(f"      {'':<{width}}  fix: {c.fix}")
    failed = sum(not c.ok for c in checks)
    lines.append(f"{failed} of {len(checks)} checks failed" if failed else f"all {len(checks)} checks passed")
    return "\n".join(lines)


# --------------------------------------------------------------------------- the checks


def _secrets(settings: Settings) -> str:
    if reason := settings.demo_refusal():
        raise _Failed(reason, "put the real secrets in the environment file (deploy/dingk3.env)")
    if settings.demo_mode:
        return "demo mode: public demo secrets, for this machine only"
    return f"real secrets set; DingK3 home {settings.home}"


def _state_dir(settings: Settings) -> str:
    probe = settings.state_dir / f".doctor-{uuid.uuid4().hex}"
    try:
        settings.state_dir.mkdir(parents=True, exist_ok=True)
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise _Failed(
            f"{settings.state_dir} is not writable: {exc.strerror or exc}",
            "create it and let the service user write there (chown dingk3:dingk3 …), "
            "or set DINGK3_HOME / DINGK3_STATE_DIR",
        ) from None
    return str(settings.state_dir)


def _database(settings: Settings) -> str:
    from dingk3.db import connect

    url = settings.resolved_database_url
    shown = _without_password(url)
    postgres = url.startswith(("postgresql://", "postgres://"))
    try:
        if postgres:  # one plain connection: the pool would wait 30 s for a server that is not there
            import psycopg

            with psycopg.connect(url, connect_timeout=5, autocommit=True) as conn:
                conn.execute("SELECT 1")
        else:
            db = connect(url)
            try:
                db.fetchone("SELECT 1 AS x")
            finally:
                db.close()
    except Exception as exc:  # every driver has its own errors; the operator needs the text
        fix = (
            "start PostgreSQL and check DINGK3_DATABASE_URL (host, port, user, password, database); "
            "create them with: sudo -u postgres createuser -P dingk3 && sudo -u postgres createdb -O dingk3 dingk3"
            if postgres
            else "check DINGK3_DATABASE_URL, or that the state dir holds a SQLite file this user may write"
        )
        raise _Failed(f"{shown}: {_first_line(exc)}", fix) from None
    return f"{shown} answers" + ("" if postgres else " (SQLite: one machine, few users; PostgreSQL for a plant)")


async def _k3(settings: Settings, found: _Found, transport: httpx.AsyncBaseTransport | None) -> str:
    from dingk3.errors import K3AuthError, K3BusinessError, K3Error, K3TransportError
    from tools.k3 import K3Client

    quick = settings.model_copy(update={"k3_read_retries": 1})
    who = f"user {settings.k3_username!r} in data centre {settings.k3_acct_id!r} ({settings.k3_auth} auth)"
    async with K3Client.from_settings(quick, transport=transport) as k3:
        try:
            await k3.query("PRD_MO", ["FBillNo"], "", limit=1)
            workshops = await k3.list_workshops()
        except K3AuthError as exc:
            raise _Failed(f"K/3 refused {who}: {exc}", _k3_login_fix(settings)) from None
        except K3TransportError as exc:
            raise _Failed(
                f"no answer from {settings.k3_url}: {_first_line(exc)}",
                "check DINGK3_K3_URL (the K/3 Cloud site, ending in /k3cloud/) and that this machine reaches it "
                f"(curl {settings.k3_url}); a proxy or firewall in between must let it through",
            ) from None
        except K3BusinessError as exc:
            raise _Failed(
                f"logged in, but a read was refused: {exc}",
                "give the K/3 user view rights on production orders (PRD_MO) and on "
                f"{settings.k3_workshop_form} (DINGK3_K3_WORKSHOP_FORM)",
            ) from None
        except K3Error as exc:
            raise _Failed(f"K/3 answered with an error: {exc}", "read the message above with the K/3 admin") from None
    found.workshops = {w.number for w in workshops}
    return f"logged in as {who}; read PRD_MO and {len(workshops)} workshops from {settings.k3_workshop_form}"


def _k3_login_fix(settings: Settings) -> str:
    if settings.k3_auth == "password":
        return (
            "check DINGK3_K3_PASSWORD (the K/3 user's own password; log in once on the K/3 web page to be sure), "
            "DINGK3_K3_USERNAME and DINGK3_K3_ACCT_ID (the data centre id from the K/3 login page)"
        )
    return (
        "check DINGK3_K3_APP_ID and DINGK3_K3_APP_SECRET against K/3's 第三方系统登录授权 entry for this app, "
        "DINGK3_K3_USERNAME (the user that entry is for) and DINGK3_K3_ACCT_ID (the data centre id)"
    )


def _plant_file(settings: Settings, found: _Found) -> str:
    from dingk3.calendar_file import load_calendar
    from dingk3.errors import ConfigError
    from dingk3.plant import load_plant_workshops

    path = settings.plant_file
    missing = "create it (see README: the plant file) or unset DINGK3_PLANT_FILE"
    workshops = _read(path, load_plant_workshops, ConfigError, missing)
    _read(path, load_calendar, ConfigError, missing)
    _workshops_known(
        path, set(workshops.workshops), found,
        f"use the workshop numbers of K/3's {settings.k3_workshop_form} (DINGK3_K3_WORKSHOP_FORM / "
        "DINGK3_K3_WORKSHOP_FILTER), or remove those entries",
    )  # fmt: skip
    return f"{path}: {len(workshops.workshops)} workshops, calendar valid"


async def _token(dingtalk: Any, found: _Found) -> str:
    from tools.dingtalk import DingTalkAPIError, DingTalkAuthError

    try:
        await dingtalk.access_token()
    except DingTalkAuthError as exc:
        raise _Failed(
            f"DingTalk refused app key {dingtalk.app_key!r}: {exc}",
            "copy AppKey and AppSecret from the app's 凭证与基础信息 page on open-dev.dingtalk.com into "
            "DINGK3_DINGTALK_APP_KEY and DINGK3_DINGTALK_APP_SECRET",
        ) from None
    except DingTalkAPIError as exc:
        raise _Failed(
            f"no token from {dingtalk.api_base}: {exc}",
            "check DINGK3_DINGTALK_API (https://api.dingtalk.com) and that this machine may reach it over HTTPS",
        ) from None
    found.token = True
    return f"access token for app key {dingtalk.app_key!r}"


def _role_map(settings: Settings, found: _Found) -> str:
    from dingk3.errors import ConfigError
    from tools.people import load_role_map

    path = settings.roles_file
    roles = _read(path, load_role_map, ConfigError, f"copy {DEFAULT_ROLES_FILE} there or unset DINGK3_ROLES_FILE")
    if settings.people_from_dingtalk:
        _not_the_demos(
            settings, path, DEFAULT_ROLES_FILE, "the role map is the demo's (its departments and titles are the "
            "simulator's)", "roles.yaml", "write your departments' and titles' roles and workshops",
        )  # fmt: skip
    named = {w for w in [*(r.workshop for r in roles.rules), *(o.workshop for o in roles.people.values())] if w}
    _workshops_known(
        path, named, found, f"use the workshop numbers of K/3's {settings.k3_workshop_form}, or correct those rules"
    )
    return f"{path}: {len(roles.rules)} rules, {len(roles.people)} per-person overrides"


async def _people(settings: Settings, dingtalk: Any, found: _Found) -> str:
    """What the agent would know: DingTalk's contacts placed through the role map (users.csv on top), as the
    API's people sync reads them, or users.csv alone when people do not come from DingTalk."""
    if settings.people_from_dingtalk and found.token:
        return await _people_from_dingtalk(settings, dingtalk, found)
    return await _people_from_csv(settings, dingtalk, found)


async def _people_from_dingtalk(settings: Settings, dingtalk: Any, found: _Found) -> str:
    from dingk3.errors import ConfigError, DingTalkError
    from tools.directory import read_users_csv
    from tools.people import People

    users_csv = settings.data_dir / "users.csv"
    try:
        with tempfile.TemporaryDirectory() as tmp:  # the doctor only reads: people.json is the API's to write
            people = People.open(
                roles_file=settings.roles_file, users_csv=users_csv, copy_path=Path(tmp) / "people.json",
                from_dingtalk=True,
            )  # fmt: skip
            await people.refresh(dingtalk)
        rows = [u.user_id for _, u in read_users_csv(users_csv)] if users_csv.exists() else []
    except ConfigError as exc:
        raise _Failed(str(exc), "correct that line (see the role map check)") from None
    except (ValueError, KeyError) as exc:
        raise _Failed(f"{users_csv}: {_first_line(exc)}", "fix that row (roles: worker, supervisor, pmc)") from None
    except DingTalkError as exc:
        raise _Failed(f"DingTalk's contacts unreadable: {_first_line(exc)}", _CONTACTS_FIX) from None
    active = [p.user for p in people.placed if p.user.active]
    if not active:
        raise _Failed("DingTalk's contacts list nobody active", _CONTACTS_FIX)
    found.user_ids = [u.user_id for u in active]
    _all_in_dingtalk([uid for uid in rows if uid not in found.user_ids][:_USERS_ASKED], users_csv)
    placed = sum(u.role != "unknown" for u in active)
    by = f"{settings.roles_file.name} or {users_csv}" if rows else settings.roles_file.name
    return f"{len(active)} people in DingTalk's contacts, {placed} given a role by {by}"


async def _people_from_csv(settings: Settings, dingtalk: Any, found: _Found) -> str:
    from tools.dingtalk import DingTalkAPIError
    from tools.directory import Directory

    path = settings.data_dir / "users.csv"
    where = f"put users.csv (userid,name,dept,role,workshop,manager) in {settings.home / 'data'} or set DINGK3_DATA_DIR"
    if not path.exists():
        raise _Failed(f"{path} does not exist", where)
    if settings.data_dir == DEMO_DATA_DIR and not settings.demo_mode:
        raise _Failed("the people are the demo factory's, shipped with DingK3", where)
    try:
        directory = Directory.from_csv(path)
    except (ValueError, KeyError, OSError) as exc:
        raise _Failed(f"{path}: {_first_line(exc)}", "fix that row (roles: worker, supervisor, pmc)") from None
    ids = [u.user_id for u in directory]
    if not ids:
        raise _Failed(f"{path} lists nobody", where)
    found.user_ids = ids
    if not found.token:
        return f"{len(ids)} people in {path} (not looked up: no DingTalk token)"
    missing: list[str] = []
    for user_id in ids[:_USERS_ASKED]:
        try:
            await dingtalk.get_user(user_id)
        except DingTalkAPIError:
            missing.append(user_id)
    _all_in_dingtalk(missing, path)
    return f"{len(ids)} people in {path}; {min(len(ids), _USERS_ASKED)} found in DingTalk"


def _routing(settings: Settings, found: _Found) -> str:
    from agent.events.routing import RoutingError, load_rules

    path = settings.routing_file
    config = _read(path, load_rules, RoutingError, f"copy {DEFAULT_ROUTING_FILE} there and fill in your groups")
    _not_the_demos(
        settings, path, DEFAULT_ROUTING_FILE, "the routing is the demo's (its groups are the simulator's)",
        "routing.yaml", "put your groups' openConversationId under groups",
    )  # fmt: skip
    wrong: list[str] = []
    for rule in config.rules:
        for spec in rule.to:
            kind, _, name = spec.partition(":")
            if kind == "user" and found.user_ids is not None and name not in found.user_ids:
                wrong.append(f"rule {rule.name!r}: {spec} is not in users.csv")
            if kind == "robot" and name not in config.robots:
                wrong.append(f"rule {rule.name!r}: {spec} is not under robots")
    for name, robot in config.robots.items():
        if robot.secret_env and not os.environ.get(robot.secret_env):
            wrong.append(f"robot {name!r}: the environment has no {robot.secret_env}")
    if wrong:
        raise _Failed("; ".join(wrong), f"correct {path} (or users.csv, or the environment file)")
    return f"{path}: {len(config.rules)} rules, {len(config.groups)} groups, {len(config.robots)} robots"


def _card_template(settings: Settings) -> str:
    template = settings.dingtalk_card_template_id
    if not template:
        return "not set: proposals arrive as text and people answer 确认 / 取消 (set it for buttons)"
    if template == _DEMO_CARD_TEMPLATE and not settings.demo_mode:
        raise _Failed(
            f"{template!r} is the demo simulator's template",
            "create the card template on DingTalk's card platform (卡片平台) and set DINGK3_DINGTALK_CARD_TEMPLATE_ID "
            "to its id, or leave it empty for text proposals",
        )
    return f"{template} (its existence is known only when a card is sent)"


# --------------------------------------------------------------------------- helpers


def _read(path: Path, load: Callable[[Path], T], errors: type[Exception], missing_fix: str) -> T:
    """A configuration file loaded, or FAIL: it is missing (with `missing_fix`), or one of its lines is wrong."""
    if not path.exists():
        raise _Failed(f"{path} does not exist", missing_fix)
    try:
        return load(path)
    except errors as exc:
        raise _Failed(str(exc), f"correct that line of {path}") from None


def _not_the_demos(settings: Settings, path: Path, shipped: Path, detail: str, own_name: str, then: str) -> None:
    """FAIL outside demo mode when `path` is still the file DingK3 ships: copy it to the plant's own and `then`."""
    if path == shipped and not settings.demo_mode:
        raise _Failed(detail, f"copy {shipped} to {settings.home / 'config' / own_name} and {then}")


def _workshops_known(path: Path, named: set[str], found: _Found, fix: str) -> None:
    """FAIL when `path` names workshops K/3 does not list (not checked when K/3 could not be read)."""
    unknown = sorted(named - found.workshops) if found.workshops is not None else []
    if unknown:
        raise _Failed(f"{path} names workshops K/3 does not list: {', '.join(unknown)}", fix)


def _all_in_dingtalk(missing: list[str], source: Path) -> None:
    """FAIL when DingTalk does not know some user ids of `source`: the id column holds something else."""
    if missing:
        raise _Failed(
            f"DingTalk does not know {', '.join(missing)} (from {source})",
            "the userid column holds DingTalk user ids (管理后台 → 通讯录 → the person → userid), not names or phones",
        )


def _without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
