"""SPARQL text as people type it into `kg query`: predeclared prefixes, `--bind` parsing, readable syntax errors.

Kept apart from kg/query.py (which runs queries) because all of this is about the text before and after
Oxigraph sees it; nothing here imports pyoxigraph.
"""

from __future__ import annotations

import re

from kg.rdf.iris import PREFIXES

# The parser's own message lists every character range a name may hold: useless to a reader, so it is cut.
_CHAR_CLASS = re.compile(r"\[[^\]]*\]")
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*(.*)$", re.DOTALL)
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_PREFIXED_NAME = re.compile(r"([A-Za-z][\w.-]*)?:[\w.-]*$")
WINDOW = 70  # characters of a long query line shown around the error


class BindingError(ValueError):
    """A `--bind` item that is not NAME=VALUE."""


def parse_bindings(items: list[str] | None) -> dict[str, str]:
    """`--bind` items as {name: value}; an item without '=' or without a name is an error, never skipped."""
    out: dict[str, str] = {}
    for item in items or ():
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise BindingError(f"--bind {item!r}: expected NAME=VALUE, e.g. --bind actor=Russia")
        out[name.strip()] = value
    return out


def with_prefixes(query: str) -> tuple[str, int]:
    """The query with the common prefixes it does not declare itself prepended on one line, and the number of
    lines added (0 or 1), so error positions can be mapped back to what the user wrote."""
    declared = {(m.group(1) or "") for m in _DECLARED.finditer(_strip_comments_and_strings(query))}
    missing = [f"PREFIX {name}: <{iri}>" for name, iri in PREFIXES.items() if name not in declared]
    if not missing:
        return query, 0
    return " ".join(missing) + "\n" + query, 1


def _strip_comments_and_strings(query: str) -> str:
    """Blank out comments, IRIs and string literals so a PREFIX mentioned inside them is not a declaration."""
    pattern = r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#[^\n]*'
    return re.sub(pattern, " ", query)


def syntax_message(parser_message: str, query: str, skip_lines: int = 0) -> str:
    """One line `malformed query at L:C: what was expected`, then the query line and a caret under column C.

    `parser_message` is Oxigraph's ("error at 2:9: expected one of ..."); `skip_lines` lines were prepended to
    what the user wrote (see with_prefixes) and are not counted in the position shown.
    """
    found = _POSITION.match(parser_message.strip())
    if not found:
        return "malformed query: " + " ".join(parser_message.split())
    line_no, column = int(found.group(1)), int(found.group(2))
    lines = query.split("\n")
    text = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    column = max(1, min(column, len(text) + 1))
    reason = _reason(found.group(3), text, column)
    name = _PREFIXED_NAME.search(text[: column - 1]) if "Prefix not found" in found.group(3) else None
    column = name.start() + 1 if name else column  # point at the name, not just past it
    shown, caret = _window(text, column - 1)
    return f"malformed query at {line_no - skip_lines}:{column}: {reason}\n  {shown}\n  {' ' * caret}^"


def _reason(expected: str, text: str, column: int) -> str:
    if "Prefix not found" in expected:
        name = _PREFIXED_NAME.search(text[: column - 1])
        prefix = (name.group(1) or "") if name else ""
        known = ", ".join(PREFIXES)
        return f"undeclared prefix '{prefix}:' (declare it with PREFIX {prefix}: <...>; predeclared: {known})"
    head, _sep, items = " ".join(expected.split()).partition(" one of ")
    words = [w.strip() for w in _CHAR_CLASS.sub("", items or head.removeprefix("expected")).split(",")]
    words = [w for w in words if w]
    if head.startswith("expected") and words:
        listed = ", ".join(words[:12]) + (", …" if len(words) > 12 else "")
        return ("expected one of " if items else "expected ") + listed
    return "unexpected text here"


def _window(text: str, index: int) -> tuple[str, int]:
    """A long line cut to WINDOW characters around `index`, and the caret's offset in what is shown."""
    text = text.replace("\t", " ")
    if len(text) <= WINDOW:
        return text, index
    start = max(0, min(index - WINDOW * 2 // 3, len(text) - WINDOW))
    shown = text[start : start + WINDOW]
    caret = index - start
    if start > 0:
        shown, caret = "…" + shown, caret + 1
    if start + WINDOW < len(text):
        shown += "…"
    return shown, caret


def describe(queries: dict[str, str]) -> list[tuple[str, str]]:
    """(name, one-line description) for `kg query --help`: the header's first line without its 'name:' label."""
    out = []
    for name, first_line in sorted(queries.items()):
        label = f"{name}:"
        out.append((name, first_line[len(label):].strip() if first_line.startswith(label) else first_line))
    return out
