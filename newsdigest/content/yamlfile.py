"""Read hand-written YAML strictly and say exactly where it is wrong; write generated YAML stably.

PyYAML silently keeps the last of two equal keys and raises a bare ValueError for 2025-02-30,
so the document is composed first (every node keeps its line), checked for duplicates and bad
dates, then validated against a JSON Schema whose errors are turned into sentences that name
the key, the file and the line.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..errors import InputError
from ..readfile import YAML_LIMIT, read_regular_file
from .yamlwords import bad_date, schema_problem, syntax_problem, unknown_key

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
NodePath = tuple[str | int, ...]


def parse_yaml(text: str) -> Any:
    """Parse YAML this package wrote or ships (generated content, the rate table): safe, at C speed
    when PyYAML has its C loader, not validated; raises :class:`yaml.YAMLError` as PyYAML does."""
    return yaml.load(text, Loader=_Loader)


def load_yaml(path: Path, schema_name: str | None, text: str | None = None) -> Any:
    """Parse ``path`` and validate it against ``schemas/<schema_name>.json``; raise InputError on any problem.

    ``schema_name=None`` parses without validating (for a file an earlier build already validated).

    An empty file is an empty mapping: every key in the hand-written files is optional.
    """
    if text is None:
        text = _read_text(path)
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError:
        line, message = syntax_problem(text)
        raise InputError(path, line, message if message.startswith("not valid YAML") else
                         f"not valid YAML: {message}") from None
    if node is None:
        return {}
    lines: dict[NodePath, int] = {}
    _walk(path, node, (), lines, [MAX_NODES])
    data = _construct(path, node)
    if schema_name:
        _validate(path, data, schema_name, lines)
    return data


def _read_text(path: Path) -> str:
    data = read_regular_file(path, YAML_LIMIT, "a hand-written YAML file")  # never a pipe, a device or 1 GB
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(path, None, f"not UTF-8 text (byte {err.start}); save it as UTF-8") from None


MAX_NODES = 100_000
"""Values a hand-written file may hold once its aliases are expanded: a "billion laughs" file of a
few lines, each alias naming a list of the one before, would otherwise expand to gigabytes."""
MAX_DEPTH = 50
"""Nesting a hand-written file may have; deeper would exhaust Python's recursion limit on the way."""


def _walk(path: Path, node: yaml.Node, where: NodePath, lines: dict[NodePath, int], budget: list[int]) -> None:
    """Record each node's line and refuse duplicate keys, which PyYAML would silently merge.

    An alias is the node it names, visited again: ``budget`` counts every visit, so aliases that
    multiply are refused before anything is built from them.
    """
    budget[0] -= 1
    if len(where) > MAX_DEPTH:
        raise InputError(path, node.start_mark.line + 1, f"is nested more than {MAX_DEPTH} levels deep; "
                         "no newsdigest file needs more than a few")
    if budget[0] < 0:
        raise InputError(path, node.start_mark.line + 1, f"holds more than {MAX_NODES:,} values once its "
                         "aliases (*name) are expanded; write the values out instead")
    lines[where] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in seen:
                raise InputError(path, line, f"key '{key}' appears twice (first on line {seen[key]})")
            seen[key] = line
            _walk(path, value_node, (*where, key), lines, budget)
            lines[(*where, key)] = line
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _walk(path, item, (*where, i), lines, budget)


def _construct(path: Path, node: yaml.Node) -> Any:
    loader = _Loader("")
    try:
        return loader.construct_document(node)
    except (ValueError, yaml.YAMLError):
        bad = _find_bad_scalar(loader, node)
        line = bad.start_mark.line + 1 if bad else None
        if bad is not None and bad.tag.endswith(":timestamp"):
            raise InputError(path, line, bad_date(str(bad.value))) from None
        value = f" '{bad.value}'" if bad else ""
        raise InputError(path, line, f"the value{value} cannot be read; put it in quotes if it is text") from None
    finally:
        loader.dispose()


def _find_bad_scalar(loader: Any, node: yaml.Node) -> yaml.Node | None:
    """The scalar that fails to construct (such as the date 2025-02-30), to point at its line."""
    if isinstance(node, yaml.ScalarNode):
        try:
            loader.construct_object(node, deep=True)
        except (ValueError, yaml.YAMLError):
            return node
        return None
    children = node.value if isinstance(node, yaml.SequenceNode) else \
        [n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode) else []
    for child in children:
        if found := _find_bad_scalar(loader, child):
            return found
    return None


@cache
def schema(name: str) -> dict[str, Any]:
    """The JSON Schema ``newsdigest/content/schemas/<name>.json``, shipped with the package for other tools too."""
    text = (Path(__file__).parent / "schemas" / f"{name}.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _is_date(checker: Any, instance: Any) -> bool:
    return isinstance(instance, dt.date) and not isinstance(instance, dt.datetime)


@lru_cache(maxsize=1)
def _validator_class() -> Any:
    """JSON Schema validation with a "date" type for YAML dates (jsonschema is imported only when needed)."""
    import jsonschema

    types = jsonschema.Draft202012Validator.TYPE_CHECKER.redefine("date", _is_date)
    return jsonschema.validators.extend(  # type: ignore[no-untyped-call]  # the stubs leave extend untyped
        jsonschema.Draft202012Validator, type_checker=types)


def _validate(path: Path, data: Any, schema_name: str, lines: dict[NodePath, int]) -> None:
    if _plainly_valid(data, schema(schema_name)):
        return  # the common case, without importing jsonschema (a sixth of a small site's build time)
    validator = _validator_class()(schema(schema_name))
    errors = sorted(validator.iter_errors(data), key=lambda e: (len(e.path), list(map(str, e.path))))
    if not errors:
        return
    err = errors[0]
    where: NodePath = tuple(err.path)
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed))
        line = lines.get((*where, extra[0]), lines.get(where))
        raise InputError(path, line, unknown_key(str(extra[0]), where, allowed))
    raise InputError(path, lines.get(where), schema_problem(err, schema(schema_name)))


def key_line(path: Path, where: NodePath) -> int | None:
    """The line of the value at ``where`` in a YAML file that has been read once already (for a
    message about a value that is valid YAML but wrong, such as an article that is not there)."""
    try:
        node = yaml.compose(_read_text(path), Loader=_Loader)
    except (InputError, yaml.YAMLError):
        return None
    lines: dict[NodePath, int] = {}
    if node is not None:
        try:
            _walk(path, node, (), lines, [MAX_NODES])
        except InputError:
            return None
    return lines.get(where)


_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str), "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict), "array": lambda v: isinstance(v, list),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool), "date": lambda v: _is_date(None, v),
}
_UNDERSTOOD = {"$schema", "$id", "title", "description", "type", "properties", "additionalProperties", "items",
               "required", "minLength", "pattern"}


def _plainly_valid(value: Any, rule: dict[str, Any]) -> bool:
    """True only when ``value`` certainly satisfies ``rule``; False means "ask jsonschema".

    It understands the few keywords newsdigest's schemas use and answers False for any other, so
    it can never accept what jsonschema would reject; every error message still comes from
    jsonschema.
    """
    if not set(rule) <= _UNDERSTOOD:
        return False
    types = rule.get("type")
    if types is not None and not any(_TYPES.get(t, lambda v: False)(value)
                                     for t in ([types] if isinstance(types, str) else types)):
        return False
    if isinstance(value, str):
        return len(value) >= rule.get("minLength", 0) and re.search(rule.get("pattern", ""), value) is not None
    if isinstance(value, list):
        return "items" not in rule or all(_plainly_valid(v, rule["items"]) for v in value)
    if isinstance(value, dict):
        properties, extra = rule.get("properties", {}), rule.get("additionalProperties", True)
        if not all(k in value for k in rule.get("required", [])):
            return False
        for key, item in value.items():
            sub = properties.get(key, extra)
            if sub is False or (isinstance(sub, dict) and not _plainly_valid(item, sub)):
                return False
    return True


class _FlowList(list):  # type: ignore[type-arg]
    """A list written on one line: ``[s1, s2]``."""


class _FlowDict(dict):  # type: ignore[type-arg]
    """A mapping written on one line: ``{text: ..., reason: ...}``."""


def flow(value: Any) -> Any:
    """Mark a list or mapping to be written in YAML flow style, as DESIGN.md shows small ones."""
    return _FlowList(value) if isinstance(value, (list, tuple)) else _FlowDict(value)


class _StableDumper(_Dumper):  # type: ignore[misc,valid-type]
    """Never writes anchors and aliases: a shared date object must not become ``&id001``."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


_StableDumper.add_representer(_FlowList, lambda d, v: d.represent_sequence(
    "tag:yaml.org,2002:seq", v, flow_style=True))
_StableDumper.add_representer(_FlowDict, lambda d, v: d.represent_mapping(
    "tag:yaml.org,2002:map", v.items(), flow_style=True))
_StableDumper.add_representer(tuple, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v))


def dump_yaml(data: Any, header: str) -> str:
    """Deterministic YAML: keys in the given order, Unicode kept, long lines never folded."""
    body = yaml.dump(data, Dumper=_StableDumper, sort_keys=False, allow_unicode=True, width=10_000,
                     default_flow_style=False)
    return header + body
