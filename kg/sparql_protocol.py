"""SPARQL 1.1 Protocol requests (https://www.w3.org/TR/sparql11-protocol/): from HTTP to a QueryRequest.

Three ways to send a query: GET with `query=`, POST of an HTML form (application/x-www-form-urlencoded), or
POST of the query itself (application/sparql-query). In each, `default-graph-uri` and `named-graph-uri` name
the dataset (graphs of the store, by name; nothing is fetched). Anything else is answered with a 4xx: update
requests with 403 (this is a query-only service), malformed requests with 400, other bodies with 415.
"""

from __future__ import annotations

from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qs

from kg.serve_pool import EndpointError

READ_ONLY = "this endpoint is read-only: SPARQL UPDATE is refused"


@dataclass(frozen=True)
class QueryRequest:
    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    format: str | None = None  # `format=` shortcut (json, xml, csv, tsv, turtle, …), overrides Accept

    @property
    def dataset(self) -> dict | None:
        """The protocol dataset, or None to query the whole store (the union of its graphs)."""
        if not self.default_graphs and not self.named_graphs:
            return None
        return {"default": list(self.default_graphs), "named": list(self.named_graphs)}


def _params(text: str) -> dict[str, list[str]]:
    try:
        return parse_qs(text, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise EndpointError(HTTPStatus.BAD_REQUEST, "parameters are not valid UTF-8") from None


def _request(params: dict[str, list[str]], query: str | None) -> QueryRequest:
    if "update" in params:
        raise EndpointError(HTTPStatus.FORBIDDEN, READ_ONLY)
    queries = params.get("query", []) + ([query] if query is not None else [])
    if len(queries) != 1:
        problem = "missing" if not queries else "more than one"
        raise EndpointError(HTTPStatus.BAD_REQUEST, f"{problem} 'query': send exactly one query")
    return QueryRequest(queries[0], tuple(params.get("default-graph-uri", ())),
                        tuple(params.get("named-graph-uri", ())), (params.get("format") or [None])[0])


def from_get(query_string: str) -> QueryRequest | None:
    """The request of a GET; None when it carries no query (the caller shows a page instead)."""
    params = _params(query_string)
    if "query" not in params and "update" not in params:
        return None
    return _request(params, None)


def from_post(query_string: str, content_type: str | None, body: bytes) -> QueryRequest:
    media, charset = _content_type(content_type)
    if charset not in (None, "utf-8", "utf8"):
        raise EndpointError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"charset {charset} refused: send UTF-8")
    if media == "application/sparql-update":
        raise EndpointError(HTTPStatus.FORBIDDEN, READ_ONLY)
    if media == "application/sparql-query":
        return _request(_params(query_string), _utf8(body))
    if media == "application/x-www-form-urlencoded":
        params = _params(query_string)
        for name, values in _params(_utf8(body)).items():
            params.setdefault(name, []).extend(values)
        return _request(params, None)
    raise EndpointError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        f"unsupported Content-Type {media or '(none)'}: POST application/sparql-query "
                        "or application/x-www-form-urlencoded")


def _content_type(header: str | None) -> tuple[str, str | None]:
    media, *params = (header or "").split(";")
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.strip().lower(), charset


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise EndpointError(HTTPStatus.BAD_REQUEST, "the request body is not valid UTF-8") from None
