"""Shared pieces of the DingTalk tests: the simulator over real HTTP and a tiny bot that records what it gets."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from sim.dingtalk import SimConfig, create_app
from sim.server import ServerThread, free_port
from tools.dingtalk.signing import verify_card_callback, verify_robot_request

APP_KEY = "dingk3demo"
APP_SECRET = "demo-dingtalk-secret"
CARD_SECRET = "card-api-secret"


@contextmanager
def sim_server(**config: Any) -> Iterator[ServerThread]:
    """The simulator on a loopback port; `server.app.state.sim` is the live DingTalkSim."""
    port = free_port()
    cfg = SimConfig(public_url=f"http://127.0.0.1:{port}", **config)
    app = create_app(cfg)
    with ServerThread(app, port=port) as server:
        server.app = app  # type: ignore[attr-defined]
        yield server


class Receiver:
    """A tiny bot: checks signatures like DingK3 must, records bodies, answers card clicks with `card_answer`."""

    def __init__(self, secret: str = APP_SECRET, card_secret: str = CARD_SECRET) -> None:
        self.robot: list[dict[str, Any]] = []
        self.robot_headers: list[dict[str, str]] = []
        self.cards: list[dict[str, Any]] = []
        self.refused = 0
        self.card_answer: dict[str, Any] | None = None
        self.app = FastAPI()

        @self.app.post("/dingtalk/robot")
        async def robot(request: Request) -> Any:
            if not verify_robot_request(request.headers, secret, int(time.time() * 1000)):
                self.refused += 1
                return JSONResponse({"error": "bad signature"}, status_code=401)
            self.robot_headers.append(dict(request.headers))
            self.robot.append(await request.json())
            return {}

        @self.app.post("/dingtalk/card")
        async def card(request: Request) -> Any:
            if not verify_card_callback(request.headers, card_secret, int(time.time() * 1000)):
                self.refused += 1
                return JSONResponse({"error": "bad signature"}, status_code=401)
            self.cards.append(await request.json())
            return self.card_answer or {}


def wait_for(predicate: Any, timeout_s: float = 10.0, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")
