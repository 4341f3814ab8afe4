"""`make demo`: the K/3 emulator, the DingTalk simulator with its chat page, and the agent API, on this machine."""

from __future__ import annotations

import logging
import shutil
import threading

from dingk3.config import Settings
from dingk3.paths import DEMO_DATA_DIR

__all__ = ["run_demo"]

CARD_TEMPLATE = "dingk3.proposal.v1"


def run_demo(*, host: str = "127.0.0.1", chat_port: int = 8000, fresh: bool = False) -> None:
    """Start everything with embedded defaults, print the URLs, and run until Ctrl-C."""
    from api.app import create_app
    from dingk3.config import get_settings, is_loopback
    from sim.dingtalk import SimConfig
    from sim.dingtalk import create_app as create_dingtalk
    from sim.k3cloud import EmulatorConfig
    from sim.k3cloud import create_app as create_k3
    from sim.server import ServerThread

    if not is_loopback(host):  # the demo's secrets are public: anyone who can reach it could sign callbacks
        raise SystemExit(f"dingk3 demo serves on loopback only (127.0.0.1), not on {host}")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    state = get_settings().state_dir / "demo"
    if fresh and state.exists():
        shutil.rmtree(state)
    state.mkdir(parents=True, exist_ok=True)
    k3_port, api_port = 8100, chat_port + 1
    chat_url, api_url = f"http://{host}:{chat_port}", f"http://{host}:{api_port}"
    k3_url = f"http://{host}:{k3_port}/k3cloud/"
    settings = Settings(
        state_dir=state, data_dir=DEMO_DATA_DIR, k3_url=k3_url, dingtalk_api=chat_url,
        dingtalk_card_template_id=CARD_TEMPLATE, dingtalk_mode="http", public_url=api_url, demo_mode=True,
        watch_interval_s=10, session_webhook_hosts=host,
    )  # fmt: skip
    sim = SimConfig(
        bot_callback_url=f"{api_url}/dingtalk/robot", card_callback_url=f"{api_url}/dingtalk/cards",
        public_url=chat_url, k3_view_url=f"{k3_url}_admin/view?bill={{bill}}", db_path=state / "dingtalk.db",
    )  # fmt: skip
    servers = [  # DingTalk before the API: the API reads its people from DingTalk's contacts as it starts
        ServerThread(create_k3(EmulatorConfig(db_path=state / "k3cloud.db", data_dir=DEMO_DATA_DIR)), host, k3_port),
        ServerThread(create_dingtalk(sim), host, chat_port),
        ServerThread(create_app(settings), host, api_port),
    ]
    for server in servers:
        server.start(timeout_s=120)
    print(
        "\nDingK3 demo is running:\n"
        f"  chat page (DingTalk simulator): {chat_url}/\n"
        f"  agent API:                      {api_url}/readyz   {api_url}/metrics\n"
        f"  order health board:             {api_url}/board   (K/3 events go to 生产群, see config/routing.yaml)\n"
        f"  K/3 Cloud emulator:             {k3_url}   orders: {k3_url}_admin/view\n"
        "Try as 王建国 (PMC): 建立生产订单 BOM-3020 数量40 12月20日交  → 确认\n"
        "DEMO MODE: public demo secrets, open board and API docs, on this machine only.\n"
        "Press Ctrl-C to stop.\n",
        flush=True,
    )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        for server in reversed(servers):
            server.stop()
