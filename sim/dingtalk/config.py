"""Settings of one simulated DingTalk organisation: the app's credentials, the bot's endpoints, time limits."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from dingk3.paths import DEMO_DATA_DIR

__all__ = ["SimConfig"]


class SimConfig(BaseModel):
    """Who the bot is, where the simulator reaches it, and how the simulated DingTalk behaves."""

    model_config = ConfigDict(frozen=True)

    app_key: str = "dingk3demo"
    app_secret: str = "demo-dingtalk-secret"
    corp_id: str = "dingk3democorp"
    bot_name: str = "K3助手"
    group_title: str = "生产群"
    users_csv: Path = DEMO_DATA_DIR / "users.csv"
    mode: Literal["http", "stream"] = "http"
    # HTTP mode: where signed robot callbacks go (e.g. http://127.0.0.1:8001/dingtalk/robot)
    bot_callback_url: str | None = None
    # HTTP card callbacks for cards without a registered callbackRouteKey; signed with card_callback_secret
    card_callback_url: str | None = None
    card_callback_secret: str | None = None  # default: app_secret
    # The simulator's own base URL, used in sessionWebhook and Stream endpoint URLs (default: from the request)
    public_url: str | None = None
    # K/3 side panel: a URL template with {bill}, e.g. http://127.0.0.1:8100/k3cloud/_admin/view?bill={bill}
    k3_view_url: str | None = None
    session_webhook_ttl_s: float = 5400
    access_token_ttl_s: int = 7200
    ticket_ttl_s: float = 90
    redeliver_after_s: float | None = None  # stream: resend unacked frames after this long (None: never)
    max_redeliveries: int = 3
    ping_interval_s: float | None = None  # stream: SYSTEM ping frames from the gateway (None: none)
    disconnect_grace_s: float = 10
    callback_timeout_s: float = 10
    custom_robots: dict[str, str] = Field(default_factory=lambda: {"demo-robot-token": "SECdemo-custom-robot-secret"})
    custom_robot_limit_per_min: int = 20
    custom_robot_block_s: float = 600
    db_path: Path | None = None  # None: in memory
