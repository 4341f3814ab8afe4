"""FilterString: a tokenizer and recursive-descent parser for K/3's SQL-like filters, evaluated in Python."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

__all__ = [
    "Column",
    "FilterError",
    "Predicate",
    "compile_filter",
    "json_filter_to_text",
    "normalize_filter",
    "parse_datetime",
    "parse_filter",
    "tokenize",
]

_MAX_LEN = 20000
_MAX_DEPTH = 64
_KEYWORDS = {"and", "or", "not", "like", "in", "is", "null", "between"}
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<str>[Nn]?'(?:[^']|'')*')
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<op><=|>=|<>|!=|=|<|>)
  | (?P<punct>[(),])
  | (?P<minus>-(?!-))
    """,
    re.VERBOSE,
)


class FilterError(ValueError):
    """The filter is not valid FilterString syntax, or a value cannot be converted."""


class Column(Protocol):
    """A resolved field: its kind (id, text, int, qty, date, ref) and its value in one row."""

    kind: str

    def value(self, row: Any) -> Any: ...


@dataclass(frozen=True)
class Token:
    kind: str  # str, num, ident, kw, op, punct, minus, end
    text: str
    pos: int


@dataclass(frozen=True)
class FieldRef:
    name: str


@dataclass(frozen=True)
class Literal:
    value: str | float


Operand = FieldRef | Literal


@dataclass(frozen=True)
class Compare:
    left: Operand
    op: str
    right: Operand


@dataclass(frozen=True)
class Like:
    left: Operand
    pattern: Operand
    negate: bool


@dataclass(frozen=True)
class In:
    left: Operand
    items: tuple[Literal, ...]
    negate: bool


@dataclass(frozen=True)
class IsNull:
    left: Operand
    negate: bool


@dataclass(frozen=True)
class Between:
    left: Operand
    low: Operand
    high: Operand
    negate: bool


@dataclass(frozen=True)
class BoolOp:
    op: str  # and / or
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Compare | Like | In | IsNull | Between | BoolOp | Not

# Three-valued logic: True, False or None (unknown, as SQL NULL comparisons are).
Predicate = Callable[[Any], bool | None]


def tokenize(text: str) -> list[Token]:
    if len(text) > _MAX_LEN:
        raise FilterError("过滤条件过长")
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise FilterError(f"位置{pos}处的字符“{text[pos]}”无法识别")
        kind = m.lastgroup or ""
        value = m.group()
        if kind == "ident" and value.lower() in _KEYWORDS:
            kind, value = "kw", value.lower()
        if kind != "ws":
            tokens.append(Token(kind, value, pos))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0

    def peek(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def accept_kw(self, word: str) -> bool:
        tok = self.peek()
        if tok.kind == "kw" and tok.text == word:
            self.i += 1
            return True
        return False

    def expect(self, kind: str, text: str | None = None) -> Token:
        tok = self.take()
        if tok.kind != kind or (text is not None and tok.text != text):
            want = text or kind
            raise FilterError(f"位置{tok.pos}处应为“{want}”，实际为“{tok.text or '结尾'}”")
        return tok

    def parse(self) -> Node:
        node = self.or_expr()
        tok = self.peek()
        if tok.kind != "end":
            raise FilterError(f"位置{tok.pos}处有多余的内容“{tok.text}”")
        return node

    def or_expr(self) -> Node:
        items = [self.and_expr()]
        while self.accept_kw("or"):
            items.append(self.and_expr())
        return items[0] if len(items) == 1 else BoolOp("or", tuple(items))

    def and_expr(self) -> Node:
        items = [self.not_expr()]
        while self.accept_kw("and"):
            items.append(self.not_expr())
        return items[0] if len(items) == 1 else BoolOp("and", tuple(items))

    def not_expr(self) -> Node:
        if self.accept_kw("not"):
            return Not(self.not_expr())
        return self.primary()

    def primary(self) -> Node:
        tok = self.peek()
        if tok.kind == "punct" and tok.text == "(":
            self.depth += 1
            if self.depth > _MAX_DEPTH:
                raise FilterError("过滤条件嵌套过深")
            self.take()
            node = self.or_expr()
            self.expect("punct", ")")
            self.depth -= 1
            return node
        return self.predicate()

    def operand(self) -> Operand:
        tok = self.take()
        if tok.kind == "ident":
            return FieldRef(tok.text)
        if tok.kind == "str":
            body = tok.text[1:] if tok.text[0] in "Nn" else tok.text
            return Literal(body[1:-1].replace("''", "'"))
        if tok.kind == "num":
            return Literal(float(tok.text))
        if tok.kind == "minus":
            num = self.expect("num")
            return Literal(-float(num.text))
        raise FilterError(f"位置{tok.pos}处应为字段或值，实际为“{tok.text or '结尾'}”")

    def literal(self) -> Literal:
        item = self.operand()
        if not isinstance(item, Literal):
            raise FilterError(f"IN 列表只能包含常量，不能包含字段“{item.name}”")
        return item

    def predicate(self) -> Node:
        left = self.operand()
        tok = self.peek()
        if tok.kind == "op":
            self.take()
            op = "<>" if tok.text == "!=" else tok.text
            return Compare(left, op, self.operand())
        if self.accept_kw("is"):
            negate = self.accept_kw("not")
            self.expect("kw", "null")
            return IsNull(left, negate)
        negate = self.accept_kw("not")
        if self.accept_kw("like"):
            return Like(left, self.operand(), negate)
        if self.accept_kw("in"):
            self.expect("punct", "(")
            items = [self.literal()]
            while self.peek().kind == "punct" and self.peek().text == ",":
                self.take()
                items.append(self.literal())
            self.expect("punct", ")")
            return In(left, tuple(items), negate)
        if self.accept_kw("between"):
            low = self.operand()
            self.expect("kw", "and")
            return Between(left, low, self.operand(), negate)
        tok = self.peek()
        raise FilterError(f"位置{tok.pos}处应为比较运算符，实际为“{tok.text or '结尾'}”")


def parse_filter(text: str) -> Node | None:
    """The syntax tree of a FilterString; None for an empty filter."""
    if not text.strip():
        return None
    return _Parser(tokenize(text)).parse()


# Compare codes of the JSON filter form; only "67" (=) is attested in the reference, the rest are
# accepted in their symbolic spelling.
_JSON_COMPARE = {"67": "="}
_JSON_SYMBOLIC = {"=", "<>", "!=", ">", "<", ">=", "<=", "like", "not like", "in", "not in", "is null", "is not null"}


def _quote(value: Any) -> str:
    if isinstance(value, bool):
        return "'1'" if value else "'0'"
    if isinstance(value, int | float):
        return repr(float(value))
    return "'" + str(value).replace("'", "''") + "'"


def json_filter_to_text(items: list[Any]) -> str:
    """The newer JSON-list filter form rewritten as FilterString text (values always quoted)."""
    parts: list[str] = []
    for n, item in enumerate(items):
        if not isinstance(item, dict):
            raise FilterError("过滤条件列表的每一项都必须是对象")
        keys = {str(k).lower(): v for k, v in item.items()}
        name = str(keys.get("fieldname") or "")
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name):
            raise FilterError(f"过滤条件中的字段名“{name}”无效")
        code = str(keys.get("compare") or "").strip().lower()
        op = _JSON_COMPARE.get(code, code if code in _JSON_SYMBOLIC else "")
        if not op:
            raise FilterError(f"不支持的比较符“{code}”")
        left, right = str(keys.get("left") or ""), str(keys.get("right") or "")
        if left.strip("( ") or right.strip(") "):
            raise FilterError("Left/Right 只能包含括号")
        value = keys.get("value")
        if op in ("is null", "is not null"):
            cond = f"{name} {op}"
        elif op in ("in", "not in"):
            values = value if isinstance(value, list) else str(value or "").split(",")
            cond = f"{name} {op} ({','.join(_quote(v) for v in values)})"
        else:
            cond = f"{name} {op} {_quote(value)}"
        parts.append(f"{left}{cond}{right}")
        if n < len(items) - 1:
            parts.append("or" if str(keys.get("logic") or "0").strip() == "1" else "and")
    return " ".join(parts)


def normalize_filter(raw: Any) -> str:
    """FilterString text from the text form, the JSON-list form, or a JSON string of that list."""
    if raw is None:
        return ""
    if isinstance(raw, list):
        return json_filter_to_text(raw)
    text = str(raw)
    if text.lstrip().startswith("[{"):
        try:
            items = json.loads(text)
        except ValueError as exc:
            raise FilterError("过滤条件 JSON 格式错误") from exc
        return json_filter_to_text(items)
    return text


# -- evaluation


def parse_datetime(value: Any) -> datetime:
    """A date literal or stored date as a datetime ('2026-11-21', '2026-11-21T10:03:04', ' ' separator)."""
    if isinstance(value, datetime):
        return value
    text = str(value).strip().replace("Z", "")
    try:
        return datetime.fromisoformat(text.replace(" ", "T", 1) if len(text) > 10 else text)
    except ValueError:
        pass
    for fmt in ("%Y/%m/%d", "%Y/%m/%d %H:%M:%S", "%Y%m%d"):
        try:
            return datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise FilterError(f"从字符串“{value}”转换日期和/或时间时，转换失败")


def _number(value: Any) -> float:
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    try:
        return float(value)
    except (TypeError, ValueError) as exc:
        raise FilterError(f"将值“{value}”转换为数值时失败") from exc


_NUMERIC = {"id", "int", "qty", "ref", "num"}


def _comparable(a: Any, a_kind: str, b: Any, b_kind: str) -> tuple[Any, Any]:
    kinds = {a_kind, b_kind}
    if "date" in kinds:
        return parse_datetime(a), parse_datetime(b)
    if kinds & (_NUMERIC - {"num"}) or kinds == {"num"}:
        return _number(a), _number(b)
    return _text(a).casefold().rstrip(), _text(b).casefold().rstrip()


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


_OPS: dict[str, Callable[[Any, Any], bool]] = {
    "=": lambda a, b: bool(a == b),
    "<>": lambda a, b: bool(a != b),
    ">": lambda a, b: bool(a > b),
    "<": lambda a, b: bool(a < b),
    ">=": lambda a, b: bool(a >= b),
    "<=": lambda a, b: bool(a <= b),
}


def _like_regex(pattern: str) -> re.Pattern[str]:
    out = []
    for ch in pattern:
        out.append(".*" if ch == "%" else "." if ch == "_" else re.escape(ch))
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def compile_filter(node: Node | None, resolve: Callable[[str], Column]) -> Predicate:
    """A row predicate; `resolve` maps each field name to a Column (and raises for unknown names)."""
    if node is None:
        return lambda row: True

    def operand(op: Operand) -> tuple[Callable[[Any], Any], str]:
        if isinstance(op, FieldRef):
            col = resolve(op.name)
            return col.value, col.kind
        value = op.value
        return (lambda row: value), ("num" if isinstance(value, float) else "str")

    def build(n: Node) -> Predicate:
        if isinstance(n, BoolOp):
            parts = [build(p) for p in n.items]
            if n.op == "and":

                def conj(row: Any) -> bool | None:
                    result: bool | None = True
                    for p in parts:
                        v = p(row)
                        if v is False:
                            return False
                        if v is None:
                            result = None
                    return result

                return conj

            def disj(row: Any) -> bool | None:
                result: bool | None = False
                for p in parts:
                    v = p(row)
                    if v is True:
                        return True
                    if v is None:
                        result = None
                return result

            return disj
        if isinstance(n, Not):
            inner = build(n.item)
            return lambda row: None if (v := inner(row)) is None else not v
        if isinstance(n, Compare):
            (lf, lk), (rf, rk), fn = operand(n.left), operand(n.right), _OPS[n.op]

            def cmp(row: Any) -> bool | None:
                a, b = lf(row), rf(row)
                if a is None or b is None:
                    return None
                x, y = _comparable(a, lk, b, rk)
                return fn(x, y)

            return cmp
        if isinstance(n, Like):
            (lf, _), (pf, _) = operand(n.left), operand(n.pattern)

            def like(row: Any) -> bool | None:
                a, p = lf(row), pf(row)
                if a is None or p is None:
                    return None
                hit = _like_regex(_text(p)).fullmatch(_text(a).rstrip() if isinstance(a, str) else _text(a))
                return (hit is None) if n.negate else (hit is not None)

            return like
        if isinstance(n, In):
            lf, lk = operand(n.left)
            items = [(it.value, "num" if isinstance(it.value, float) else "str") for it in n.items]

            def member(row: Any) -> bool | None:
                a = lf(row)
                if a is None:
                    return None
                hit = any(x == y for x, y in (_comparable(a, lk, v, k) for v, k in items))
                return (not hit) if n.negate else hit

            return member
        if isinstance(n, IsNull):
            lf, _ = operand(n.left)
            return lambda row: (lf(row) is not None) if n.negate else (lf(row) is None)
        if isinstance(n, Between):
            (lf, lk), (lo, lok), (hi, hik) = operand(n.left), operand(n.low), operand(n.high)

            def between(row: Any) -> bool | None:
                a, b, c = lf(row), lo(row), hi(row)
                if a is None or b is None or c is None:
                    return None
                x1, y1 = _comparable(a, lk, b, lok)
                x2, y2 = _comparable(a, lk, c, hik)
                inside = bool(x1 >= y1 and x2 <= y2)
                return (not inside) if n.negate else inside

            return between
        raise FilterError(f"无法识别的条件 {n!r}")

    return build(node)
