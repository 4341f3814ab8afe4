"""Wiring only: which node follows which. `build_graph(checkpointer)` compiles it."""

from __future__ import annotations

from typing import Any

from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agent import nodes
from agent.context import AgentContext
from agent.state import AgentState

__all__ = ["build_graph"]


def build_graph(checkpointer: Any = None) -> CompiledStateGraph[Any, Any, Any, Any]:
    g = StateGraph(AgentState, context_schema=AgentContext)
    g.add_node(nodes.parse_message)
    g.add_node(nodes.answer_query)
    g.add_node(nodes.ask_clarification)
    g.add_node(nodes.await_clarification)
    g.add_node(nodes.build_proposal)
    g.add_node(nodes.await_confirmation)
    g.add_node(nodes.request_approval)
    g.add_node(nodes.await_approval)
    g.add_node(nodes.write_to_k3)
    g.add_edge(START, "parse_message")
    g.add_conditional_edges("parse_message", nodes.route_after_parse)
    g.add_edge("answer_query", END)
    g.add_edge("request_approval", "await_approval")
    return g.compile(checkpointer=checkpointer)
