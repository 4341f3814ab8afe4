"""FilterString parsing and evaluation: operators, precedence, NULLs, dates, the JSON form, injection attempts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from sim.k3cloud.filters import FilterError, compile_filter, normalize_filter, parse_filter


@dataclass
class Col:
    key: str
    kind: str

    def value(self, row: dict[str, Any]) -> Any:
        return row.get(self.key)


KINDS = {
    "FBillNo": "text",
    "FQty": "qty",
    "FStatus": "int",
    "FDate": "date",
    "FDescription": "text",
    "FMaterialId.FNumber": "text",
}
ROWS = [
    {"FBillNo": "MO001", "FQty": 100.0, "FStatus": 3, "FDate": "2026-11-03T00:00:00", "FDescription": "急单",
     "FMaterialId.FNumber": "01.01.0001"},
    {"FBillNo": "MO002", "FQty": 50.0, "FStatus": 4, "FDate": "2026-11-20T10:00:00", "FDescription": "O'Brien",
     "FMaterialId.FNumber": "01.02.0003"},
    {"FBillNo": "MO003", "FQty": 0.5, "FStatus": 6, "FDate": "2026-12-01T00:00:00", "FDescription": None,
     "FMaterialId.FNumber": "03.01.0001"},
]  # fmt: skip


def resolve(name: str) -> Col:
    for key, kind in KINDS.items():
        if key.lower() == name.lower():
            return Col(key, kind)
    raise KeyError(name)


def hits(text: str) -> list[str]:
    predicate = compile_filter(parse_filter(normalize_filter(text)), resolve)
    return [r["FBillNo"] for r in ROWS if predicate(r)]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ("", ["MO001", "MO002", "MO003"]),  # empty filter: everything
        ("FBillNo = 'MO002'", ["MO002"]),
        ("fbillno = 'mo002'", ["MO002"]),  # keys and text compare case-insensitively (SQL Server CI collation)
        ("FBillNo <> 'MO002'", ["MO001", "MO003"]),
        ("FBillNo != 'MO002'", ["MO001", "MO003"]),
        ("FQty > 50", ["MO001"]),
        ("FQty >= 50", ["MO001", "MO002"]),
        ("FQty < 1", ["MO003"]),
        ("FQty <= 0.5", ["MO003"]),
        ("FStatus = '3'", ["MO001"]),  # a quoted number against a numeric field is numeric
        ("FStatus in (3, 4)", ["MO001", "MO002"]),
        ("FStatus not in (3,4)", ["MO003"]),
        ("FMaterialId.FNumber like '01.%'", ["MO001", "MO002"]),
        ("FMaterialId.FNumber like '01.0_.0001'", ["MO001"]),
        ("FMaterialId.FNumber not like '01%'", ["MO003"]),
        ("FDescription is null", ["MO003"]),
        ("FDescription is not null", ["MO001", "MO002"]),
        ("FDescription = 'O''Brien'", ["MO002"]),  # doubled quote inside a literal
        ("FDescription like N'%急%'", ["MO001"]),  # N'' unicode literal
        ("FDescription <> 'x'", ["MO001", "MO002"]),  # NULL compares as unknown, never true
        ("not FDescription = 'x'", ["MO001", "MO002"]),
        ("FDate >= '2026-11-20'", ["MO002", "MO003"]),  # dates compare as dates, not text
        ("FDate < '2026-11-20 10:00:01'", ["MO001", "MO002"]),
        ("FDate between '2026-11-01' and '2026-11-30'", ["MO001", "MO002"]),
        ("FStatus = 3 or FStatus = 6 and FQty > 1", ["MO001"]),  # AND binds tighter than OR
        ("(FStatus = 3 or FStatus = 6) and FQty < 1", ["MO003"]),
        ("not (FStatus = 3 or FStatus = 4)", ["MO003"]),
        ("1=1 and FBillNo = 'MO001'", ["MO001"]),
        ("FBillNo = 'MO001' OR FBillNo = 'MO003'", ["MO001", "MO003"]),
        ("FQty > -1", ["MO001", "MO002", "MO003"]),
    ],
)
def test_filter_table(flt: str, expected: list[str]) -> None:
    assert hits(flt) == expected


@pytest.mark.parametrize(
    "flt",
    [
        "FBillNo = 'MO001'; DROP TABLE docs",  # statement separator
        "FBillNo = 'MO001' -- comment",  # comment
        "FBillNo = 'x' /* c */",
        "FBillNo = 'unterminated",
        'FBillNo = "MO001"',  # double quotes are not string literals
        "FBillNo = 'a' OR",  # dangling operator
        "FBillNo 'a'",  # missing operator
        "(FBillNo = 'a'",  # unbalanced parenthesis
        "FBillNo = 'a')",
        "FStatus in (select 1)",
        "FStatus in (FQty)",  # IN takes constants only
        "__import__('os').system('id')",
        "FBillNo = 'a' union select * from docs",
        "(" * 100 + "1=1" + ")" * 100,  # nesting bomb
    ],
)
def test_malformed_and_injected_filters_are_refused(flt: str) -> None:
    with pytest.raises(FilterError):
        hits(flt)


def test_injection_inside_a_literal_stays_a_literal() -> None:
    assert hits("FBillNo = 'MO001'' OR ''1''=''1'") == []


def test_unknown_field_reaches_the_resolver() -> None:
    with pytest.raises(KeyError):
        hits("FNoSuchField = 1")


def test_bad_date_literal_is_a_filter_error() -> None:
    with pytest.raises(FilterError):
        hits("FDate > 'yesterday'")


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([{"Left": "", "FieldName": "FStatus", "Compare": "67", "Value": "4", "Right": "", "Logic": "0"}], ["MO002"]),
        (
            [
                {"Left": "(", "FieldName": "FStatus", "Compare": "=", "Value": "3", "Right": "", "Logic": "1"},
                {"Left": "", "FieldName": "FStatus", "Compare": "=", "Value": "6", "Right": ")", "Logic": "0"},
                {"Left": "", "FieldName": "FQty", "Compare": ">", "Value": "1", "Right": "", "Logic": "0"},
            ],
            ["MO001"],
        ),
        ([{"FieldName": "FBillNo", "Compare": "=", "Value": "x' or '1'='1"}], []),  # values are always quoted
    ],
)
def test_json_list_filter_form(items: list[dict[str, str]], expected: list[str]) -> None:
    assert hits(items) == expected  # type: ignore[arg-type]
    import json

    assert hits(json.dumps(items)) == expected


def test_json_filter_rejects_code_in_field_names() -> None:
    with pytest.raises(FilterError):
        hits([{"FieldName": "FQty; drop", "Compare": "=", "Value": "1"}])  # type: ignore[arg-type]
