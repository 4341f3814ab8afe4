"""A YAML config file → a pydantic model, with errors that name the file, the line and the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from dingk3.errors import ConfigError

__all__ = ["compose_and_load", "line_of", "load_yaml", "parse_yaml", "parse_yaml_node"]

M = TypeVar("M", bound=BaseModel)


def compose_and_load(text: str, loader: Any = yaml.SafeLoader) -> tuple[Any, Any]:
    """(node tree, data) of a YAML document from one parse: what `yaml.compose` and `yaml.load` give (the nodes
    for line numbers), without parsing the text twice. Raises as they do."""
    reader = loader(text)
    try:
        node = reader.get_single_node()
        return node, None if node is None else reader.construct_document(node)
    finally:
        reader.dispose()


def parse_yaml(text: str, model: type[M], name: str) -> M:
    """Validate YAML text; ConfigError("plant.yaml:12: workshops.WS01.shifts: …") on the first problem."""
    return parse_yaml_node(text, model, name)[0]


def parse_yaml_node(text: str, model: type[M], name: str) -> tuple[M, Any]:
    """`parse_yaml`, and the document's node tree (for line numbers)."""
    try:
        node, data = compose_and_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise ConfigError(f"{name}:{mark.line + 1 if mark else 0}: YAML syntax: {exc.problem or exc}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{name}:1: the file must be a mapping of sections")
    try:
        return model.model_validate(data), node
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = list(err["loc"])
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
        msg = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{name}:{line_of(node, loc)}: {where}: {msg}") from None


def load_yaml(path: Path, model: type[M]) -> M:
    """`parse_yaml` of a file; a file that does not exist is an empty one (every section at its default)."""
    if not path.exists():
        return model.model_validate({})
    return parse_yaml(path.read_text(encoding="utf-8"), model, path.name)


def line_of(node: Any, loc: list[Any]) -> int:
    """The 1-based line of the deepest YAML node on the error's path."""
    best = node.start_mark.line + 1 if node is not None else 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if str(k.value) == str(part):
                    child, best = v, k.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
        if child is None:
            break
        node = child
        best = node.start_mark.line + 1
    return best
