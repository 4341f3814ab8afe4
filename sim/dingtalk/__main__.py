"""`python -m sim.dingtalk --host --port --mode http|stream --bot-url URL`: run the DingTalk simulator."""

from __future__ import annotations

import argparse
from pathlib import Path

from dingk3.paths import DEMO_DATA_DIR

from . import SimConfig, serve


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m sim.dingtalk", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="Address to listen on.")
    parser.add_argument("--port", type=int, default=8000, help="Port to listen on (the chat page is at /).")
    parser.add_argument("--mode", choices=["http", "stream"], default="http", help="How user messages reach the bot.")
    parser.add_argument("--bot-url", default=None, help="HTTP mode: the bot's robot callback URL.")
    parser.add_argument("--card-url", default=None, help="HTTP card callback URL for cards without a route key.")
    parser.add_argument("--public-url", default=None, help="The simulator's own base URL (default: from requests).")
    parser.add_argument("--k3-view-url", default=None, help="K/3 side panel URL template with {bill}.")
    parser.add_argument("--app-key", default="dingk3demo", help="The app's AppKey (= robotCode).")
    parser.add_argument("--app-secret", default="demo-dingtalk-secret", help="The app's AppSecret.")
    parser.add_argument("--users", type=Path, default=DEMO_DATA_DIR / "users.csv", help="users.csv of the org.")
    parser.add_argument("--db", type=Path, default=None, help="SQLite file for chats and cards (default: memory).")
    parser.add_argument("--redeliver-after", type=float, default=None, help="Stream: resend unacked frames (s).")
    args = parser.parse_args(argv)
    config = SimConfig(
        app_key=args.app_key, app_secret=args.app_secret, users_csv=args.users, mode=args.mode,
        bot_callback_url=args.bot_url, card_callback_url=args.card_url, public_url=args.public_url,
        k3_view_url=args.k3_view_url, db_path=args.db, redeliver_after_s=args.redeliver_after,
    )  # fmt: skip
    serve(config, host=args.host, port=args.port)


if __name__ == "__main__":
    main()
