"""Fault injection: added latency, HTTP 500 on the next N calls, dropped sessions, hang after a committed write,
a refusal of the next N writes with a given K/3 message (e.g. one carrying a .NET stack trace and SQL)."""

from __future__ import annotations

import threading

from pydantic import BaseModel, Field

__all__ = ["FaultState", "FaultUpdate", "Faults"]


class FaultState(BaseModel):
    latency_ms: int = Field(default=0, ge=0)
    fail_next: int = Field(default=0, ge=0)
    timeout_after_commit_next: int = Field(default=0, ge=0)
    hang_s: float = Field(default=5.0, ge=0)
    refuse_writes_next: int = Field(default=0, ge=0)
    refusal_message: str = "服务端异常"


class FaultUpdate(BaseModel):
    """Body of POST /k3cloud/_admin/faults; absent fields stay as they are."""

    latency_ms: int | None = Field(default=None, ge=0)
    fail_next: int | None = Field(default=None, ge=0)
    timeout_after_commit_next: int | None = Field(default=None, ge=0)
    hang_s: float | None = Field(default=None, ge=0)
    refuse_writes_next: int | None = Field(default=None, ge=0)
    refusal_message: str | None = None
    drop_sessions: bool = False


class Faults:
    """The current fault plan of one emulator; counters are consumed atomically."""

    def __init__(self, latency_ms: int = 0) -> None:
        self._default_latency = latency_ms
        self._lock = threading.Lock()
        self.state = FaultState(latency_ms=latency_ms)

    def update(self, change: FaultUpdate) -> FaultState:
        with self._lock:
            values = change.model_dump(exclude_none=True, exclude={"drop_sessions"})
            self.state = self.state.model_copy(update=values)
            return self.state

    def reset(self) -> FaultState:
        with self._lock:
            self.state = FaultState(latency_ms=self._default_latency)
            return self.state

    def take_failure(self) -> bool:
        """True (and one fewer left) if this call must fail with HTTP 500."""
        with self._lock:
            if self.state.fail_next <= 0:
                return False
            self.state = self.state.model_copy(update={"fail_next": self.state.fail_next - 1})
            return True

    def take_hang(self) -> float:
        """Seconds this committed write must hang before answering (0: answer at once)."""
        with self._lock:
            if self.state.timeout_after_commit_next <= 0:
                return 0.0
            left = self.state.timeout_after_commit_next - 1
            self.state = self.state.model_copy(update={"timeout_after_commit_next": left})
            return self.state.hang_s

    def take_refusal(self) -> str | None:
        """The message this write must be refused with (and one fewer left), or None."""
        with self._lock:
            if self.state.refuse_writes_next <= 0:
                return None
            self.state = self.state.model_copy(update={"refuse_writes_next": self.state.refuse_writes_next - 1})
            return self.state.refusal_message
