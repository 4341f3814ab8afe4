"""Per-run dependencies of the graph (LangGraph `Context`): chosen by code, never by the LLM."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Protocol

from dingk3.clock import Clock

if TYPE_CHECKING:
    from agent.audit import AuditLog
    from agent.nlu.models import ParsedCommand
    from agent.proposals import ProposalStore
    from agent.rules import Policy
    from agent.state import Proposal
    from tools.directory import Directory, Workshops
    from tools.k3 import K3Client
    from tools.resolve import MaterialResolver, WorkshopResolver

__all__ = ["AgentContext", "EventSink", "Parser"]


class Parser(Protocol):
    """An understanding backend: text → ParsedCommand (args resolved to K/3 numbers)."""

    async def __call__(self, text: str, *, now: Any, user_workshop: str | None) -> ParsedCommand: ...


class EventSink(Protocol):
    """Told after each confirmed write to K/3, so the K/3 → DingTalk events go out at once."""

    async def written(self, proposal: Proposal, detail: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class AgentContext:
    k3: K3Client
    materials: MaterialResolver
    workshop_names: WorkshopResolver
    directory: Directory
    workshops: Workshops
    audit: AuditLog
    proposals: ProposalStore
    policy: Policy
    parse: Parser
    clock: Clock = field(default_factory=Clock)  # the plant's clock: its zone is the plant's
    proposal_ttl: timedelta = timedelta(minutes=30)
    board_url: str = ""
    board_link: Callable[[str], str] | None = None  # user id → a signed, expiring board link (else board_url)
    events: EventSink | None = None

    @property
    def tz(self) -> tzinfo:
        """The plant's zone: the clock's, so the two can never disagree."""
        return self.clock.tz
