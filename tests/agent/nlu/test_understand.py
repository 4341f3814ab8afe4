"""`understand`: resolution of phrases to K/3 numbers and the clarify contract (issue 4 §5)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from agent.nlu import resolve_parsed, understand
from agent.nlu.models import ParsedCommand
from dingk3.paths import DEMO_DATA_DIR
from evals.catalog_resolver import CatalogMaterialResolver, CatalogWorkshopResolver, Resolution
from tests.demo_plant import demo_vocabulary

NOW = datetime.fromisoformat("2026-11-20T09:00:00+08:00")
DEMO = demo_vocabulary()  # the demo plant's workshops: the parser knows none of its own
MATERIALS = CatalogMaterialResolver.from_csv(DEMO_DATA_DIR / "materials.csv")
WORKSHOPS = CatalogWorkshopResolver.from_csv(DEMO_DATA_DIR / "workshops.csv")


def u(text: str, user_workshop: str | None = None) -> ParsedCommand:
    return understand(
        text, now=NOW, user_workshop=user_workshop, materials=MATERIALS, workshops=WORKSHOPS, vocabulary=DEMO
    )


# (text, user workshop, canonical args, clarify)
CASES = [
    (
        "建立生产订单 BOM-2050 数量300 下周五交",
        None,
        {"material": "01.01.0001", "quantity": 300, "due_date": "2026-11-27"},
        [],
    ),
    ("建立生产订单 GP-25 数量500 装配车间", None, {"material": "01.02.0003", "quantity": 500, "workshop": "WS03"}, []),
    ("建立生产订单 液压阀体 数量300", None, {"quantity": 300}, ["material"]),  # four valve bodies: ambiguous
    ("建立生产订单 304螺栓M8x30 数量100", None, {"quantity": 100}, ["material"]),  # raw material: not producible
    ("建立生产订单 钛合金螺旋桨 数量20", None, {"quantity": 20}, ["material"]),  # not found
    ("建立生产订单 BOM-2050 数量300 交给三车间", None, {"material": "01.01.0001", "quantity": 300}, ["workshop"]),
    (
        "建立生产订单 BOM-2050 数量300 我们车间",
        "WS01",
        {"material": "01.01.0001", "quantity": 300, "workshop": "WS01"},
        [],
    ),
    ("建立生产订单 BOM-2050 数量300 我们车间", None, {"material": "01.01.0001", "quantity": 300}, ["workshop"]),
    ("304螺栓M8x30还有多少库存", None, {"material": "03.01.0039"}, []),  # inventory accepts raw materials
    ("齿轮泵库存", None, {}, ["material"]),
    ("MO20261107 转到装配车间", None, {"order_no": "MO20261107", "workshop": "WS03"}, []),
    ("MO20261107 转到三车间", None, {"order_no": "MO20261107"}, ["workshop"]),  # not "change": the shop is asked
    ("BOM-2050的生产订单有哪些", None, {"material": "01.01.0001"}, []),
]


@pytest.mark.parametrize(("text", "ws", "args", "clarify"), CASES)
def test_understand(text: str, ws: str | None, args: dict[str, Any], clarify: list[str]) -> None:
    parsed = u(text, ws)
    assert parsed.canonical_args() == args
    assert parsed.clarify == clarify


def test_raw_phrase_kept_for_the_question() -> None:
    parsed = u("建立生产订单 液压阀体 数量300")
    assert parsed.args["material_text"] == "液压阀体"
    assert "material" not in parsed.args


class _Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, bool]] = []

    def resolve(self, text: str, *, producible_only: bool = False) -> Resolution:
        self.calls.append((text, producible_only))
        return Resolution("not_found")


@pytest.mark.parametrize(
    ("text", "producible"),
    [("建立生产订单 BOM-2050 数量300", True), ("BOM-2050 库存", False), ("BOM-2050的订单有哪些", True)],
)
def test_producible_only_for_orders(text: str, producible: bool) -> None:
    rec = _Recorder()
    understand(text, now=NOW, materials=rec, workshops=WORKSHOPS, vocabulary=DEMO)
    assert rec.calls == [("bom-2050", producible)]


def test_without_resolvers_everything_named_is_asked() -> None:
    parsed = understand("建立生产订单 BOM-2050 数量300 一车间", now=NOW, vocabulary=DEMO)
    assert parsed.canonical_args() == {"quantity": 300}
    assert parsed.clarify == ["material", "workshop"]


def test_resolve_parsed_accepts_another_backends_parse() -> None:
    llm = ParsedCommand(
        intent="create_order",
        args={"material_text": "GP-25", "quantity": 500},
        clarify=[],
        confidence=0.9,
        backend="llm",
    )
    out = resolve_parsed(llm, materials=MATERIALS, workshops=WORKSHOPS)
    assert out.canonical_args() == {"material": "01.02.0003", "quantity": 500}
    assert out.backend == "llm"


def test_real_resolver_if_present(tmp_path: Any) -> None:
    resolve = pytest.importorskip("tools.resolve")
    materials = resolve.MaterialResolver.open(
        catalog_csv=DEMO_DATA_DIR / "materials.csv", index_dir=tmp_path, use_vectors=False
    )
    workshops = resolve.WorkshopResolver.from_csv(DEMO_DATA_DIR / "workshops.csv")
    parsed = understand(
        "建立生产订单 BOM-2050 数量300 装配车间", now=NOW, materials=materials, workshops=workshops, vocabulary=DEMO
    )
    assert parsed.canonical_args() == {"material": "01.01.0001", "quantity": 300, "workshop": "WS03"}
    ambiguous = understand(
        "建立生产订单 液压阀体 数量300", now=NOW, materials=materials, workshops=workshops, vocabulary=DEMO
    )
    assert ambiguous.clarify == ["material"]
