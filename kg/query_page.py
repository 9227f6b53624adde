"""The query page `kg serve` shows at `/`: YASGUI (vendored in kg/static) with the named queries as examples.

Everything the page needs is served by kg itself from kg/static, and its Content-Security-Policy allows only
this origin, so the page works offline and a browser opening it contacts no other host.
"""

from __future__ import annotations

import json
from importlib import resources

from kg.query import list_queries, resolve_query

STATIC_FILES = {  # what /static/ serves: a fixed list, so no path from a URL ever reaches the file system
    "yasgui.min.js": "text/javascript; charset=utf-8",
    "yasgui.min.css": "text/css; charset=utf-8",
    "query.js": "text/javascript; charset=utf-8",
}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'")


def named_queries() -> list[dict]:
    """[{name, description, query}] for every .rq of queries/, the description from its first comment line."""
    # A header reads "# name: what it answers"; the picker shows the name already.
    return [{"name": name, "description": first_line.removeprefix(f"{name}:").strip(), "query": resolve_query(name)}
            for name, first_line in list_queries().items()]


def page_html() -> bytes:
    template = resources.files("kg").joinpath("static/query.html").read_text("utf-8")
    # JSON inside <script>: `</` must not end the element early.
    data = json.dumps(named_queries(), ensure_ascii=False).replace("</", "<\\/")
    return template.replace("@@KG_QUERIES@@", data).encode("utf-8")


def static_file(name: str) -> tuple[str, bytes] | None:
    """(content type, bytes) of a file of kg/static that the page uses, or None."""
    if name not in STATIC_FILES:
        return None
    return STATIC_FILES[name], resources.files("kg").joinpath("static", name).read_bytes()
