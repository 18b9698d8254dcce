"""What is wrong with a hand-written YAML file, in sentences a person understands.

PyYAML says "found character '\\t' that cannot start any token" and jsonschema says "'S1' does
not match '^s[0-9]+$'": both are right and neither helps someone who wrote ``story.yaml`` by
hand. Every message that reaches the user about a YAML file is worded here, from what the
libraries found (the kind of problem, where it is, the schema's ``description`` of the value
expected); no library's wording and no regular expression is ever passed on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from typing import Any

import yaml

NodePath = tuple[str | int, ...]


# ----------------------------------------------------------------------------- YAML syntax

def syntax_problem(text: str) -> tuple[int | None, str]:
    """The line and the sentence for text that is not valid YAML.

    Parsed again with PyYAML's pure-Python loader, whose errors say what it was reading
    (``context``) and where that began, so that an unclosed bracket or quote is reported
    where it opens rather than at the end of the file.

    >>> syntax_problem("title: X\\narticles:\\n\\t01.txt: {outlet: A}\\n")
    (3, 'a tab character in column 1; YAML indents with spaces only, so replace the tab with spaces')
    """
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as err:
        return _explain(text, err)
    except yaml.YAMLError:
        pass
    return None, "not valid YAML; check the indentation, the colons and the quotes"


def _explain(text: str, err: yaml.MarkedYAMLError) -> tuple[int | None, str]:
    problem, context = err.problem or "", err.context or ""
    mark = err.problem_mark
    line = mark.line + 1 if mark else None
    opened = err.context_mark.line + 1 if err.context_mark else line
    lines = text.splitlines()
    here = lines[mark.line] if mark and mark.line < len(lines) else ""
    char = here[mark.column] if mark and mark.column < len(here) else ""
    if "\t" in problem or char == "\t":
        return line, (f"a tab character in column {mark.column + 1 if mark else '?'}; YAML indents with spaces "
                      "only, so replace the tab with spaces")
    if "cannot start any token" in problem:
        return line, f"a value cannot begin with '{char}'; put the value in quotes, like \"{char}...\""
    if "alias" in problem or ("alphabetic or numeric" in problem and char in "*&"):
        return line, "a value cannot begin with '*' or '&' (YAML reads them as references); put it in quotes"
    if "escape character" in problem:
        return line, ("a backslash inside double quotes starts an escape such as \\n; write \\\\ for a "
                      "backslash, or use single quotes")
    if "quoted scalar" in context and "end of stream" in problem:
        return opened, "the quote that opens on this line is never closed"
    if "flow sequence" in context:
        return opened, "the list that opens with '[' on this line is never closed with ']'"
    if "flow mapping" in context:
        return opened, "the mapping that opens with '{' on this line is never closed with '}'"
    if "mapping values are not allowed" in problem:
        if here.count(": ") > 1:
            return line, "a second ': ' on one line; if it belongs to the value, put the value in quotes"
        return line, ("this line is indented under a key that already has a value; line it up with the key "
                      "above, or put the value above in quotes")
    if "expected ':'" in problem:
        return opened, "this line is neither 'key: value' nor a list item ('- value'); add the ':' or quote the text"
    if "<block end>" in problem or "expected key" in problem or "'-' indicator" in problem:
        if "<scalar>" in problem:
            return line, "text after a closing quote; put the whole value inside the quotes"
        return line, ("the indentation of this line does not match the lines around it: the keys of one mapping "
                      "and the items of one list start in the same column")
    return line, "not valid YAML here; check the indentation, the colons and the quotes on this line and the one above"


# ----------------------------------------------------------------------------- values YAML cannot make

def bad_date(value: str) -> str:
    """Why a date-shaped value is not a date.

    >>> bad_date("2025-02-30")
    "'2025-02-30' is not a real date: February 2025 has 28 days"
    >>> bad_date("2025-13-01")
    "'2025-13-01' is not a real date: there is no month 13"
    """
    match = re.match(r"(\d{4})-(\d\d?)-(\d\d?)", value)
    if match:
        year, month, _ = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return f"'{value}' is not a real date: there is no month {month}"
        days = calendar.monthrange(year, month)[1]
        return f"'{value}' is not a real date: {calendar.month_name[month]} {year} has {days} days"
    return f"'{value}' is not a real date; write dates as YYYY-MM-DD, like 2025-02-24"


# ----------------------------------------------------------------------------- schema errors

def place(where: NodePath) -> str:
    """Where a value sits, as a reader finds it: ``'add_events', item 1, 'sources', item 2``."""
    return ", ".join(f"item {p + 1}" if isinstance(p, int) else f"'{p}'" for p in where) or "the file"


def unknown_key(key: str, where: NodePath, allowed: list[str]) -> str:
    """An unknown key, the closest allowed one, and every allowed one.

    >>> unknown_key("titel", (), ["articles", "published", "title"])
    "unknown key 'titel' (did you mean 'title'? expected one of: articles, published, title)"
    """
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    hint = f"did you mean '{close[0]}'? " if close else ""
    under = f" under {place(where)}" if where else ""
    return f"unknown key '{key}'{under} ({hint}expected one of: {', '.join(allowed)})"


_KINDS = {"string": "text", "date": "a date like 2025-02-24", "array": "a list", "object": "a mapping",
          "null": "empty", "integer": "a whole number", "number": "a number", "boolean": "true or false"}


def schema_problem(err: Any, root: dict[str, Any]) -> str:
    """A jsonschema error (``err``, against the schema ``root``) as a sentence naming the value's place."""
    where: NodePath = tuple(err.path)
    what = place(where)
    expected = _description(root, list(err.schema_path))
    if err.validator == "type":
        wanted = [str(w) for w in (err.validator_value if isinstance(err.validator_value, list)
                                   else [err.validator_value])]
        return f"{what} should be " + " or ".join(_KINDS.get(w, w) for w in wanted) + f", not {_kind(err.instance)}"
    if err.validator == "required":
        missing = next((k for k in err.validator_value if k not in (err.instance or {})), "?")
        about = err.schema.get("properties", {}).get(missing, {}).get("description")
        return f"{what} needs '{missing}'" + (f" ({about})" if about else "")
    if err.validator == "minLength" and isinstance(err.instance, str) and not err.instance:
        return f"{what} is empty" + (f"; it should be {expected}" if expected else "")
    if err.validator == "enum":
        return f"{what} should be one of {', '.join(map(str, err.validator_value))}, not {_kind(err.instance)}"
    if expected:
        return f"{what} should be {expected}, not {_kind(err.instance)}"
    return f"{what} cannot be {_kind(err.instance)}"


def _description(root: dict[str, Any], schema_path: list[Any]) -> str | None:
    """The ``description`` of the innermost schema on the path that has one (an item's list, say)."""
    found = None
    node: Any = root
    for step in schema_path[:-1]:  # the last step names the failed keyword, not a schema
        inside = step in node if isinstance(node, dict) else isinstance(step, int) and step < len(node)
        if not inside:
            break
        node = node[step]
        if isinstance(node, dict) and isinstance(node.get("description"), str) and "type" in node:
            found = node["description"]
    return str(found) if found else None


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text '{_short(value)}'"
    if isinstance(value, dt.date):
        return f"the date {value}"
    return "a list" if isinstance(value, list) else "a mapping"


def _short(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."
