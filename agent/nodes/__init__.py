"""The graph's nodes: one async function per step, named with a verb, returning a partial state or a Command.

Nodes that pause (`await_*`) call `interrupt()` first and do every side effect after it, because a resumed
node runs again from its first line. The K/3 write is its own node, reached only after confirmation.
Each step has its module: parse, query, clarify, propose, confirm, approve, write.
"""

from __future__ import annotations

from agent.nodes.approve import await_approval, request_approval
from agent.nodes.clarify import ask_clarification, await_clarification
from agent.nodes.confirm import await_confirmation
from agent.nodes.parse import parse_message, route_after_parse
from agent.nodes.propose import build_proposal
from agent.nodes.query import answer_query
from agent.nodes.support import missing_slots
from agent.nodes.write import write_to_k3

__all__ = [
    "answer_query",
    "ask_clarification",
    "await_approval",
    "await_clarification",
    "await_confirmation",
    "build_proposal",
    "missing_slots",
    "parse_message",
    "request_approval",
    "route_after_parse",
    "write_to_k3",
]
