"""The DingK3 agent: chat understanding, the LangGraph flow, rules and audit."""

__all__: list[str] = []
