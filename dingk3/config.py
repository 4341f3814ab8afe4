"""One Settings object, read from DINGK3_* environment variables (and .env)."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from dingk3.paths import DEFAULT_PLANT_FILE, DEFAULT_ROLES_FILE, DEFAULT_ROUTING_FILE, DEMO_DATA_DIR

__all__ = ["DEMO_K3", "Settings", "get_settings", "is_loopback"]


class _DemoK3:
    """The K/3 emulator's fixed demo credentials (documented in README)."""

    acct_id = "demo"
    username = "demo"
    password = "demo"
    app_id = "300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
    app_secret = "0123456789abcdef0123456789abcdef"
    org_number = "100"


DEMO_K3 = _DemoK3()
_DEMO_SECRETS = {DEMO_K3.password, DEMO_K3.app_secret, "demo-dingtalk-secret", ""}


class Settings(BaseSettings):
    """Every setting has a demo-ready default; production overrides them through the environment."""

    model_config = SettingsConfigDict(env_prefix="DINGK3_", env_file=".env", extra="ignore")

    # None (unset): offline commands use the demo defaults, but the API refuses a demo or empty DingTalk secret;
    # True: an explicit demo on this machine (loopback only; board and API docs open to local browsers)
    demo_mode: bool | None = None
    # The plant's folder: relative paths below (state, config, people) are under it; default: the working directory
    home: Path = Field(default_factory=Path.cwd)
    data_dir: Path = Path("data")  # users.csv (the people map); absent: the demo factory DingK3 ships
    state_dir: Path = Path(".state")
    database_url: str = ""
    timezone: str = "Asia/Shanghai"
    log_level: str = "INFO"  # the dingk3.* and uvicorn loggers; other libraries log WARNING and above
    log_format: Literal["text", "json"] = "text"  # json: one object per line, for a log collector

    # K/3 Cloud WebAPI
    k3_url: str = "http://127.0.0.1:8100/k3cloud/"
    k3_auth: Literal["signature", "password", "appsecret", "sign"] = "signature"
    k3_acct_id: str = DEMO_K3.acct_id
    k3_username: str = DEMO_K3.username
    k3_password: SecretStr = SecretStr(DEMO_K3.password)
    k3_app_id: str = DEMO_K3.app_id
    k3_app_secret: SecretStr = SecretStr(DEMO_K3.app_secret)
    k3_lcid: int = 2052
    k3_org_number: str = DEMO_K3.org_number
    k3_bill_type: str = "SCDD01_SYS"
    k3_timeout_s: float = 30.0
    k3_read_retries: int = 3
    k3_alias_fields: str = "FMnemonicCode,FOldNumber,FDescription"  # BD_MATERIAL fields read as other names
    k3_workshop_form: str = "BD_Department"  # or the plant's work-centre form
    k3_workshop_filter: str = ""  # FilterString picking the workshops among that form's rows

    # The catalogue: materials and workshops come from K/3, what K/3 does not hold from the plant file
    catalog_sync_s: float = Field(default=300.0, gt=0)  # how often every worker pulls what changed in K/3
    plant_file: Path = Path("config/plant.yaml")  # nicknames, capacity, shifts, calendar; absent: the shipped one

    # People: DingTalk's contacts placed by the role map; users.csv (in data_dir) the offline source and override
    people_sync_s: float = Field(default=300.0, ge=0)  # how often every worker re-reads DingTalk; 0: users.csv only
    roles_file: Path = Path("config/roles.yaml")  # department/title → role and workshop; absent: the shipped one

    # Language understanding
    llm_backend: Literal["rules", "llm", "hybrid"] | None = None
    llm_base_url: str = ""
    llm_api_key: SecretStr = SecretStr("")
    llm_model: str = "gpt-4o-mini"
    llm_timeout_s: float = 15.0
    max_message_chars: int = Field(default=2000, ge=20)  # longer messages are answered "too long", never parsed
    parse_timeout_s: float = Field(default=20.0, gt=0)  # understanding one message; then it is set aside

    # DingTalk
    dingtalk_app_key: str = "dingk3demo"
    dingtalk_app_secret: SecretStr = SecretStr("demo-dingtalk-secret")
    dingtalk_api: str = "https://api.dingtalk.com"
    dingtalk_card_template_id: str = ""
    dingtalk_mode: Literal["http", "stream"] = "http"  # how messages and card clicks reach DingK3
    dingtalk_approval_process_code: str = ""  # also raise risky proposals as OA approval instances
    approval_poll_s: float = Field(default=15.0, gt=0)  # HTTP mode: how often open OA instances are checked
    public_url: str = ""  # where DingTalk reaches this API (card callbacks); empty: not registered
    board_secret: SecretStr = SecretStr("")  # signs board links and sessions; empty: derived from the app secret
    board_link_ttl_h: float = Field(default=24.0, gt=0)  # a board link sent in chat works this long
    ops_token: SecretStr = SecretStr("")  # bearer token for /metrics and /healthz?detail=1; empty: demo only
    session_webhook_hosts: str = "oapi.dingtalk.com"  # comma-separated; a reply webhook elsewhere is never called

    # Business rules
    proposal_ttl_minutes: int = Field(default=30, ge=1)
    max_order_qty: float = Field(default=100_000, gt=0)
    report_tolerance: float = Field(default=0.0, ge=0)
    bom_safety_factor: float = Field(default=1.05, ge=1)
    qty_change_risk_ratio: float = Field(default=0.20, ge=0)
    # A BOM shortage is shown on the card; True also sends the order to a supervisor (a plant that gates on stock)
    bom_shortage_needs_approval: bool = False
    # A report with at least report_scrap_risk_min scrap whose own scrap rate (if it has good too), or the order's
    # rate after it, is over this share is approved first
    report_scrap_risk_ratio: float = Field(default=0.20, ge=0, le=1)
    report_scrap_risk_min: float = Field(default=5, ge=0)
    max_due_days: int = Field(default=730, ge=1)

    # K/3 → DingTalk events, the outbox and the board
    watch_interval_s: float = Field(default=30.0, ge=0)  # 0: the API runs no watcher
    watch_overlap_s: float = Field(default=5.0, ge=0)  # re-read this much before the cursor (late commits)
    k3_timezone: str = ""  # the zone K/3 stamps FModifyDate in; empty: `timezone`; "local": this machine's
    routing_file: Path = Path("config/routing.yaml")  # who hears which K/3 event; absent: the shipped one
    outbox_max_attempts: int = Field(default=8, ge=1)
    outbox_backoff_s: float = Field(default=5.0, gt=0)
    outbox_claim_s: float = Field(default=60.0, gt=0)  # a send not marked by then is retried by any worker
    robot_rate_per_min: int = Field(default=20, ge=1)  # custom group robots: DingTalk blocks more for 10 min
    digest_time: str = "09:00"  # local time of the daily digest to supervisors and PMC; empty: none
    board_cache_s: float = Field(default=15.0, ge=0)
    board_refresh_s: int = Field(default=60, ge=0)

    # Several workers (README: Running for a whole plant)
    inbox_claim_s: float = Field(default=30.0, gt=0)  # an input whose worker died is taken over after this
    db_pool_size: int = Field(default=8, ge=1)  # PostgreSQL connections per worker, each of the two pools

    # Operating it (README: Operate)
    ready_timeout_s: float = Field(default=3.0, gt=0)  # /readyz: longest wait for K/3 and the database
    ready_cache_s: float = Field(default=5.0, ge=0)  # /readyz: a result is reused this long (probes are frequent)
    stream_health_host: str = "127.0.0.1"  # `dingk3 stream`: where /livez, /readyz and /metrics listen
    stream_health_port: int = Field(default=8002, ge=0, le=65535)  # 0: `dingk3 stream` serves no HTTP at all

    @property
    def resolved_database_url(self) -> str:
        """SQLite under state_dir unless DINGK3_DATABASE_URL says otherwise."""
        return self.database_url or f"sqlite:///{self.state_dir / 'dingk3.db'}"

    @property
    def people_from_dingtalk(self) -> bool:
        """Whether people come from DingTalk's contacts: a sync interval, and a real app or another API host
        (the simulator); the public demo app on the real DingTalk has no contacts to read."""
        if self.people_sync_s <= 0:
            return False
        real_app = self.dingtalk_app_secret.get_secret_value() not in _DEMO_SECRETS
        return real_app or self.dingtalk_api.rstrip("/") != "https://api.dingtalk.com"

    @property
    def webhook_hosts(self) -> frozenset[str]:
        """`session_webhook_hosts` as a set of lower-case `host` or `host:port` entries."""
        return frozenset(h.strip().lower() for h in self.session_webhook_hosts.split(",") if h.strip())

    @property
    def nlu_backend(self) -> Literal["rules", "llm", "hybrid"]:
        """Explicit choice, else hybrid when an LLM is configured, else rules."""
        if self.llm_backend:
            return self.llm_backend
        return "hybrid" if self.llm_base_url else "rules"

    def demo_refusal(self, host: str | None = None) -> str | None:
        """Why the API must not start with these settings (on `host`, when known), or None.

        A demo or empty DingTalk secret lets anyone sign callbacks: only an explicit demo may use one, and a
        demo listens on loopback only."""
        if self.demo_mode is True:
            if host is not None and not is_loopback(host):
                return f"DINGK3_DEMO_MODE=true serves on loopback only (127.0.0.1), not on {host}"
            return None
        if self.dingtalk_app_secret.get_secret_value() in _DEMO_SECRETS:
            return (
                "DINGK3_DINGTALK_APP_SECRET is empty or the public demo secret, so anyone could sign callbacks: "
                "set the app's real secret, or for a demo on this machine set DINGK3_DEMO_MODE=true and serve on "
                "127.0.0.1 (or run `dingk3 demo`)"
            )
        return None

    @model_validator(mode="after")
    def _paths_under_home(self) -> Settings:
        """Relative paths are under `home`; a file left at its default and absent there is the one DingK3 ships."""
        self.home = self.home.expanduser().absolute()
        shipped = {
            "data_dir": DEMO_DATA_DIR,
            "plant_file": DEFAULT_PLANT_FILE,
            "roles_file": DEFAULT_ROLES_FILE,
            "routing_file": DEFAULT_ROUTING_FILE,
        }
        for name in ("data_dir", "state_dir", "plant_file", "roles_file", "routing_file"):
            path = self.home / Path(getattr(self, name)).expanduser()
            if name in shipped and name not in self.model_fields_set and not path.exists():
                path = shipped[name]
            setattr(self, name, path)
        return self

    @model_validator(mode="after")
    def _refuse_demo_secrets_in_production(self) -> Settings:
        if self.demo_mode is not False:  # unset: checked where the API starts (demo_refusal)
            return self
        weak = [
            name
            for name in ("k3_password", "k3_app_secret", "dingtalk_app_secret")
            if getattr(self, name).get_secret_value() in _DEMO_SECRETS
        ]
        needed = {"signature": "k3_app_secret", "appsecret": "k3_app_secret", "sign": "k3_app_secret"}
        needed_name = needed.get(self.k3_auth, "k3_password")
        weak = [w for w in weak if w in (needed_name, "dingtalk_app_secret")]
        if weak:
            names = ", ".join("DINGK3_" + w.upper() for w in weak)
            raise ValueError(f"demo or empty secrets outside demo mode: set {names}")
        return self


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, built on first use (never at import)."""
    return Settings()
