"""The trace id of the message being handled: logged with an error inside it and told to the sender, so that the
two can be matched (`MESSAGE_TRACE`, set by whoever starts handling a message; a new id where none is set)."""

from __future__ import annotations

import uuid
from contextvars import ContextVar

__all__ = ["MESSAGE_TRACE", "current_trace", "new_trace"]

MESSAGE_TRACE: ContextVar[str | None] = ContextVar("dingk3_message_trace", default=None)


def new_trace() -> str:
    """A short id for one message (8 hex characters), as users read it back to an administrator."""
    return uuid.uuid4().hex[:8]


def current_trace() -> str:
    """The trace id of the message being handled, or a new one when no message set it."""
    return MESSAGE_TRACE.get() or new_trace()
