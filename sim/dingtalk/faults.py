"""Fault injection for the simulated DingTalk: latency, HTTP 500s, throttling, dropped Stream connections."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

__all__ = ["FaultState", "FaultUpdate", "Faults"]


class FaultState(BaseModel):
    latency_ms: int = Field(default=0, ge=0)
    fail_next: int = Field(default=0, ge=0)
    throttle_next: int = Field(default=0, ge=0)
    throttle_kind: Literal["api", "ip"] = "api"
    throttle_wait_s: float = Field(default=1.0, ge=0)


class FaultUpdate(BaseModel):
    """Body of POST /_admin/faults; absent fields stay as they are, the flags act once."""

    latency_ms: int | None = Field(default=None, ge=0)
    fail_next: int | None = Field(default=None, ge=0)
    throttle_next: int | None = Field(default=None, ge=0)
    throttle_kind: Literal["api", "ip"] | None = None
    throttle_wait_s: float | None = Field(default=None, ge=0)
    drop_stream: bool = False  # close every Stream websocket now (close code 1001)
    disconnect_stream: bool = False  # send SYSTEM `disconnect`, close after disconnect_grace_s
    expire_tokens: bool = False  # every issued access token stops working
    expire_sessions: bool = False  # every issued sessionWebhook stops working


class Faults:
    """The fault plan; counters are consumed one call at a time (single event loop, no lock needed)."""

    def __init__(self) -> None:
        self.state = FaultState()

    def update(self, change: FaultUpdate) -> FaultState:
        values = change.model_dump(
            exclude_none=True, exclude={"drop_stream", "disconnect_stream", "expire_tokens", "expire_sessions"}
        )
        self.state = self.state.model_copy(update=values)
        return self.state

    def reset(self) -> FaultState:
        self.state = FaultState()
        return self.state

    def take(self, name: Literal["fail_next", "throttle_next"]) -> bool:
        left = getattr(self.state, name)
        if left <= 0:
            return False
        self.state = self.state.model_copy(update={name: left - 1})
        return True
