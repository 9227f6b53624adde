"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built graph, and a query page.

Standard-library HTTP (ThreadingHTTPServer) in front of kg.serve_pool, which runs every query in a fork of a
process holding the graph in an in-memory Oxigraph store, so a query over its time-out is stopped for real and
slow queries cannot hold every slot (see kg/serve_pool.py for the two lanes).

Hardening: loopback by default; UPDATE refused (403); SERVICE refused (400: no query makes the server connect
anywhere); malformed query -> 400 with the parser's message; time-out or no free slot -> 503; at most
`max_rows` rows/triples per answer (the rest cut, header `X-KG-Truncated: true`); request bodies over 1 MiB ->
413; slow clients dropped after 30 s.
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from kg import conneg, query_page
from kg.serve_pool import EndpointError, Limits, QueryPool, StartupError
from kg.sparql_guard import UnsafeQuery, check_query, query_form
from kg.sparql_protocol import READ_ONLY, QueryRequest, from_get, from_post

__all__ = ["Endpoint", "EndpointError", "StartupError", "make_app", "make_server", "serve"]

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20
ENDPOINT_PATHS = ("/sparql", "/query")


class Endpoint:
    """The application: protocol rules in front of the query pool. `answer` is called by HTTP threads."""

    def __init__(self, out_dir: Path, limits: Limits | None = None):
        self.limits = limits = limits or Limits()
        self.page = query_page.page_html()  # built once: the named queries do not change while serving
        self._pool = QueryPool(Path(out_dir), limits)

    def answer(self, request: QueryRequest, accept: str | None) -> tuple[str, bytes, bool]:
        """(Content-Type, body, truncated) for a query; EndpointError for every refusal."""
        form = query_form(request.query)
        if form == "UPDATE":
            raise EndpointError(HTTPStatus.FORBIDDEN, READ_ONLY)
        try:
            check_query(request.query)
            conneg.choose(conneg.answer_kind(form), accept, request.format)  # 406 before any work
            _check_iris(request.default_graphs + request.named_graphs)
        except UnsafeQuery as error:
            raise EndpointError(HTTPStatus.BAD_REQUEST, str(error)) from None
        except conneg.NotAcceptable as error:
            raise EndpointError(HTTPStatus.NOT_ACCEPTABLE, str(error)) from None
        head, body = self._pool.run({"query": request.query, "dataset": request.dataset, "accept": accept,
                                     "format": request.format})
        if head["status"] == "ok":
            return conneg.content_type(head["media"]), body, head["truncated"]
        status = HTTPStatus.NOT_ACCEPTABLE if head["status"] == "unacceptable" else HTTPStatus.BAD_REQUEST
        raise EndpointError(status, body.decode("utf-8", "replace"))

    # kept for callers of the earlier API: run(query, media_types)
    def run(self, query: str, media_types: list[str]) -> tuple[str, bytes, bool]:
        return self.answer(QueryRequest(query), ", ".join(media_types) or None)

    def close(self) -> None:
        self._pool.close()


def _check_iris(iris: tuple[str, ...]) -> None:
    import pyoxigraph as ox

    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError as error:
            raise EndpointError(HTTPStatus.BAD_REQUEST, f"bad graph IRI {iri!r}: {error}") from None


# ---- HTTP ------------------------------------------------------------------------------------------------------


def _handler_class(endpoint: Endpoint):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        protocol_version = "HTTP/1.1"
        timeout = 30  # seconds a client may take to send its request
        head_only = False

        def do_HEAD(self):
            self.head_only = True  # answered exactly like GET, without the body
            try:
                self.do_GET()
            finally:
                self.head_only = False  # the connection may carry more requests

        def do_GET(self):
            url = urlsplit(self.path)
            if url.path.startswith("/static/"):
                return self._static(url.path.removeprefix("/static/"))
            if url.path not in ("/", *ENDPOINT_PATHS):
                return self._send(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql, the query page /\n")
            self._guarded(lambda: self._get(url.path, url.query))

        def _get(self, path: str, query_string: str):
            request = from_get(query_string)
            if request is not None:
                return self._query(request)
            if path == "/":
                return self._send(HTTPStatus.OK, endpoint.page, "text/html; charset=utf-8",
                                  {"Content-Security-Policy": query_page.CSP})
            self._send(HTTPStatus.OK, "kg SPARQL endpoint (read-only). GET or POST /sparql?query=...; "
                       "a query page is at /\n")

        def do_POST(self):
            url = urlsplit(self.path)
            if url.path not in ("/", *ENDPOINT_PATHS):
                return self._send(HTTPStatus.NOT_FOUND, "not found: the endpoint is /sparql\n")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                self.close_connection = True  # the unread body must not be parsed as the next request
                return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes\n")
            body = self.rfile.read(length)
            self._guarded(lambda: self._query(from_post(url.query, self.headers.get("Content-Type"), body)))

        def do_PUT(self):
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "read-only endpoint: use GET or POST\n",
                       extra={"Allow": "GET, HEAD, POST"})

        do_DELETE = do_PATCH = do_OPTIONS = do_PUT

        def _guarded(self, action):
            try:
                action()
            except EndpointError as error:
                extra = {"Retry-After": str(error.retry_after)} if error.retry_after else {}
                self._send(error.status, f"{error}\n", extra=extra)

        def _query(self, request: QueryRequest):
            ctype, body, truncated = endpoint.answer(request, self.headers.get("Accept"))
            extra = {"Vary": "Accept"}
            if truncated:
                extra["X-KG-Truncated"] = "true"
            self._send(HTTPStatus.OK, body, ctype, extra)

        def _static(self, name: str):
            found = query_page.static_file(name)
            if found is None:
                return self._send(HTTPStatus.NOT_FOUND, "not found\n")
            self._send(HTTPStatus.OK, found[1], found[0], {"Cache-Control": "max-age=3600"})

        def _send(self, status, body, ctype="text/plain; charset=utf-8", extra=None):
            data = body.encode("utf-8") if isinstance(body, str) else body
            headers = {"Cache-Control": "no-store", **(extra or {})}
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            if not self.head_only:
                self.wfile.write(data)

        def log_message(self, format, *args):
            log.info("%s %s", self.address_string(), format % args)

    return Handler


def make_app(out_dir: Path, timeout_s: float = 10.0, max_rows: int = 10_000, workers: int = 4,
             long_queries: int = 2, short_s: float = 1.0) -> Endpoint:
    """Load the graph for querying; raises StartupError if out_dir holds no loadable graph."""
    limits = Limits(timeout_s=timeout_s, max_rows=max_rows, workers=workers, long_queries=long_queries,
                    short_s=short_s)
    return Endpoint(Path(out_dir), limits)


def make_server(app: Endpoint, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """An HTTP server for `app`, not yet serving (port 0 picks a free port: see server.server_address).
    Raises OSError when the address cannot be bound."""
    server = ThreadingHTTPServer((host, port), _handler_class(app))
    server.daemon_threads = True
    return server


def serve(app: Endpoint, server: ThreadingHTTPServer) -> None:
    """Serve until interrupted (Ctrl-C), then stop the query processes."""
    try:
        server.serve_forever()
    finally:
        server.server_close()
        app.close()
