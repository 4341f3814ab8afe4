"""What understanding one long message costs: catalogue lookups and memory stay bounded whatever the sender types
(issue 12 §1: every word window of a 4 KB message was built, 2.8 GB, although only 12 were looked up)."""

from __future__ import annotations

import tracemalloc
from datetime import datetime
from typing import Any

import pytest

from agent.nlu import understand
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-11-20T09:00:00+08:00")
DEMO = demo_vocabulary()  # the demo plant's workshops: the parser knows none of its own


class _Counting:
    """The real resolver, counting what it is asked."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[str] = []

    def resolve(self, text: str, **kw: Any) -> Any:
        self.calls.append(text)
        return self.inner.resolve(text, **kw)


@pytest.mark.parametrize(
    "text",
    [
        "查询库存 " + "gear " * 390,  # 400 words just under the 2000-character cap
        "建立生产订单 BOM-2050 数量5 " + "BOM-2050 " * 200,
        "查询库存 " + " ".join(f"hv-{2000 + k}" for k in range(200)),  # 200 different codes
    ],
    ids=["repeated-words", "repeated-codes", "many-codes"],
)
def test_a_long_message_costs_a_bounded_number_of_lookups_and_little_memory(text: str, resolvers: Any) -> None:
    materials, workshops = resolvers
    counting = _Counting(materials)
    assert len(text) < 2000
    tracemalloc.start()
    try:
        parsed = understand(text, now=NOW, materials=counting, workshops=workshops, vocabulary=DEMO)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert parsed.intent in ("query_inventory", "create_order")
    assert len(counting.calls) <= 24, len(counting.calls)  # windows (12) and code tokens (8), twice at most
    # every window of 400 words was ~50 MB of strings; what is left is the text and its few windows
    assert peak < 16_000_000, f"peak {peak / 1e6:.1f} MB"
