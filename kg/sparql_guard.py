"""What a SPARQL text will do, read before it is evaluated: its form, and whether it would reach the network.

Oxigraph evaluates `SERVICE <iri> { … }` by sending the pattern to that IRI over HTTP, so a query sent to a
local endpoint could make it connect to any host (internal ones included). Nothing in kg needs federation, so
both `kg serve` and `kg query` refuse SERVICE outright, before the query reaches Oxigraph.

The check is lexical, and errs towards refusing: strings, IRIs and comments are blanked out first (so the word
in `"SERVICE"`, `<http://x/SERVICE>` or `# SERVICE` does not count), then `SERVICE` standing as a word of its
own (not part of `?service`, `ex:service`, `@service`, `service:x`) is the keyword. Where a lexical reading
could differ from Oxigraph's parser the difference can only refuse a harmless query, never let SERVICE
through: the keyword must be followed by an IRI or variable and a `{`, which cannot sit inside any of the
blanked tokens.
"""

from __future__ import annotations

import re

QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")

# One alternation scanned left to right, so whichever construct starts first wins (a `#` inside an IRI or a
# string is not a comment; a quote inside a comment starts no string). `\\.` keeps escaped characters of
# prefixed names (`ex:a\#b`) from opening a comment.
_OPAQUE = re.compile(
    r"""(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)"""
    r'''|(?P<long2>"""(?:[^"\\]|\\.|"(?!""))*""")'''
    r"""|(?P<long1>'''(?:[^'\\]|\\.|'(?!''))*''')"""
    r'''|(?P<short2>"(?:[^"\\\n\r]|\\.)*")'''
    r"""|(?P<short1>'(?:[^'\\\n\r]|\\.)*')"""
    r"""|(?P<comment>\#[^\n\r]*)"""
    r"""|(?P<escape>\\.)""",
    re.DOTALL,
)
# A bare word: not preceded by a name character or a sigil (?var $var ex:local @lang _:b), not followed by
# one (prefix: or a longer name).
_WORD = re.compile(r"(?<![\w?$:@\\-])([A-Za-z]+)(?![\w:-])")
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


class UnsafeQuery(ValueError):
    """A query kg refuses to evaluate because it would open a network connection."""


def _unescape_codepoints(query: str) -> str:
    """SPARQL 1.1 §19.2 lets `\\uXXXX` stand for any character anywhere; a parser that honours it would read
    `\\u0053ERVICE` as SERVICE, so the check reads the text both ways."""
    def char(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else match.group(0)

    return _CODEPOINT.sub(char, query)


def _blank(match: re.Match) -> str:
    # Keep escaped name characters as a neutral letter pair so `ex:a\#SERVICE` stays one name.
    return "x_" if match.lastgroup == "escape" else " "


def keywords(query: str) -> list[str]:
    """The bare words of the query outside strings, IRIs and comments, upper-cased, in order."""
    return [word.upper() for word in _WORD.findall(_OPAQUE.sub(_blank, query))]


def uses_service(query: str) -> bool:
    """Whether the query contains a SERVICE clause (read as written and with codepoint escapes applied)."""
    return any("SERVICE" in keywords(text) for text in {query, _unescape_codepoints(query)})


def query_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; UPDATE for an update request; None when neither can be found.

    The first form keyword decides: the prologue before it holds only PREFIX and BASE, and subqueries come
    after it."""
    for word in keywords(query):
        if word in QUERY_FORMS:
            return word
        if word in UPDATE_WORDS:
            return "UPDATE"
    return None


def has_dataset_clause(query: str) -> bool:
    """Whether the query names its own dataset (FROM or FROM NAMED), which then replaces kg's default of
    querying the union of all graphs."""
    return "FROM" in keywords(query)


def check_query(query: str) -> None:
    """Raise UnsafeQuery when evaluating `query` could open a network connection."""
    if uses_service(query):
        raise UnsafeQuery(
            "SERVICE is not allowed: kg answers from its own graph only and never queries other endpoints"
        )
