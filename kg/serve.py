"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint over a built graph.

Standard-library HTTP (ThreadingHTTPServer) in front of a small pool of worker processes, each holding the graph
in an in-memory Oxigraph store. Queries run in the workers so that a query over its time-out is stopped for
real (the worker is killed and replaced) and a heavy query cannot stall the HTTP threads.

Hardening: loopback by default; UPDATE refused (403); malformed query -> 400 with the parser's message; time-out
-> 503; at most `max_rows` rows/triples per answer (the rest cut, header `X-KG-Truncated: true`); request bodies
over 1 MiB -> 413; slow clients dropped after 30 s.
"""

from __future__ import annotations

import json
import logging
import queue
import re
import select
import subprocess
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20
SELECT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/plain": "table",
}
GRAPH_TYPES = {
    "text/turtle": "table",  # format_result writes Turtle for graph answers unless asked otherwise
    "application/n-triples": "csv",
    "application/ld+json": "json",
    "application/rdf+xml": "xml",
}
SHORT_FORMATS = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                 "xml": "application/sparql-results+xml"}
_UPDATE = re.compile(
    r"^\s*((PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


class EndpointError(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


# ---- worker processes ------------------------------------------------------------------------------------------
# A worker is `python -m kg.serve OUT_DIR` (a fresh interpreter: no fork of a threaded server, no re-import of
# the caller's main module). Protocol on its stdin/stdout: one JSON line per request; per answer one JSON header
# line then `length` bytes of body.


def _worker_main(out_dir: str) -> int:
    from kg.query import execute, load_store

    reader, writer = sys.stdin.buffer, sys.stdout.buffer
    try:
        store = load_store(Path(out_dir))
    except Exception as exc:  # noqa: BLE001  (reported to the parent, which refuses to start)
        _reply(writer, "error", f"{type(exc).__name__}: {exc}".encode())
        return 1
    _reply(writer, "ready", b"")
    for line in reader:
        request = json.loads(line)
        try:
            result = execute(store, request["query"], request["max_rows"])
            ctype, body, truncated = _render(result, request["media_types"])
            _reply(writer, "ok", body, ctype, truncated)
        except SyntaxError as exc:
            _reply(writer, "bad", f"malformed query: {exc}".encode())
        except LookupError:
            _reply(writer, "unacceptable", b"no acceptable result format; try JSON, CSV, TSV or XML")
        except Exception as exc:  # noqa: BLE001  (an evaluation error is the query's fault)
            _reply(writer, "bad", f"query failed: {type(exc).__name__}: {exc}".encode())
    return 0


def _reply(writer, status: str, body: bytes, ctype: str = "text/plain; charset=utf-8", truncated=False) -> None:
    head = {"status": status, "ctype": ctype, "truncated": truncated, "length": len(body)}
    writer.write(json.dumps(head).encode() + b"\n" + body)
    writer.flush()


def _render(result, media_types: list[str]) -> tuple[str, bytes, bool]:
    from kg.query import format_result

    table = GRAPH_TYPES if result.kind == "graph" else SELECT_TYPES
    default = "text/turtle" if result.kind == "graph" else "application/sparql-results+json"
    for media_type in media_types:
        chosen = default if media_type in ("*/*", "application/*", "text/*") else media_type
        if chosen in table:
            body = format_result(result, table[chosen]).encode("utf-8")
            return f"{chosen}; charset=utf-8", body, result.truncated
    raise LookupError("no acceptable media type")


class _Worker:
    def __init__(self, out_dir: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.serve", str(out_dir)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self.ready = False

    def read(self, timeout: float) -> tuple[dict, bytes] | None:
        """The next answer, or None after `timeout` seconds. EOFError when the worker died."""
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return None
        line = self.process.stdout.readline()
        if not line:
            raise EOFError("worker exited")
        head = json.loads(line)
        return head, self.process.stdout.read(head["length"])

    def wait_ready(self, timeout: float) -> None:
        answer = self.read(timeout)
        if answer is None:
            raise RuntimeError("SPARQL worker did not load the graph in time")
        head, body = answer
        if head["status"] != "ready":
            raise RuntimeError(body.decode("utf-8", "replace"))
        self.ready = True

    def send(self, query: str, media_types: list[str], max_rows: int) -> None:
        request = {"query": query, "media_types": media_types, "max_rows": max_rows}
        self.process.stdin.write(json.dumps(request).encode() + b"\n")
        self.process.stdin.flush()

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(5)
        self.process.stdin.close()
        self.process.stdout.close()


class Endpoint:
    """The application: a pool of query workers and the protocol rules. `handle` is called by HTTP threads."""

    def __init__(self, out_dir: Path, timeout_s: float = 10.0, max_rows: int = 10_000, workers: int = 2,
                 start_timeout_s: float = 300.0):
        self.out_dir, self.timeout_s, self.max_rows = Path(out_dir), timeout_s, max_rows
        self.start_timeout_s = start_timeout_s
        self._idle: queue.Queue[_Worker] = queue.Queue()
        started = [_Worker(self.out_dir) for _ in range(max(1, workers))]
        try:
            for worker in started:
                worker.wait_ready(start_timeout_s)
        except Exception:
            for worker in started:
                worker.stop()
            raise
        for worker in started:
            self._idle.put(worker)

    def run(self, query: str, media_types: list[str]) -> tuple[str, bytes, bool]:
        if _UPDATE.match(_strip_comments(query)):
            raise EndpointError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused")
        try:
            worker = self._idle.get(timeout=self.timeout_s)
        except queue.Empty:
            raise EndpointError(HTTPStatus.SERVICE_UNAVAILABLE, "all query workers are busy; try again") from None
        try:
            if not worker.ready:  # a replacement still loading the graph
                worker.wait_ready(self.start_timeout_s)
            worker.send(query, media_types, self.max_rows)
            answer = worker.read(self.timeout_s)
            if answer is None:
                worker.stop()
                worker = _Worker(self.out_dir)
                raise EndpointError(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {self.timeout_s:g} s")
        except (EOFError, OSError, RuntimeError, ValueError):
            worker.stop()
            worker = _Worker(self.out_dir)
            raise EndpointError(HTTPStatus.INTERNAL_SERVER_ERROR, "query worker failed; it has been restarted") from None
        finally:
            self._idle.put(worker)
        head, body = answer
        if head["status"] == "ok":
            return head["ctype"], body, head["truncated"]
        status = HTTPStatus.NOT_ACCEPTABLE if head["status"] == "unacceptable" else HTTPStatus.BAD_REQUEST
        raise EndpointError(status, body.decode("utf-8", "replace"))

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


def _strip_comments(query: str) -> str:
    return re.sub(r"(?m)^\s*#.*$", "", query)


# ---- HTTP ------------------------------------------------------------------------------------------------------


def _media_types(accept: str | None, format_param: str | None) -> list[str]:
    if format_param:
        return [SHORT_FORMATS.get(format_param, format_param)]
    ranked = []
    for index, part in enumerate((accept or "*/*").split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for param in fields[1:]:
            if param.startswith("q="):
                try:
                    quality = float(param[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, index, fields[0].lower()))
    return [media for _, _, media in sorted(ranked)]


def _handler_class(endpoint: Endpoint):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        protocol_version = "HTTP/1.1"
        timeout = 30  # seconds a client may take to send its request

        def do_GET(self):
            url = urlsplit(self.path)
            params = parse_qs(url.query)
            if url.path not in ("/", "/sparql", "/query"):
                return self._send(HTTPStatus.NOT_FOUND, "not found: use /sparql?query=...\n")
            if "update" in params:
                return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused\n")
            if "query" not in params:
                return self._send(HTTPStatus.OK, "kg SPARQL endpoint (read-only). GET or POST /sparql?query=...\n")
            self._query(params["query"][0], params)

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._send(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes\n")
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(urlsplit(self.path).query)
            if ctype == "application/sparql-update":
                return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused\n")
            if ctype == "application/sparql-query":
                return self._query(body, params)
            if ctype == "application/x-www-form-urlencoded":
                params.update(parse_qs(body))
                if "update" in params:
                    return self._send(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused\n")
                if "query" in params:
                    return self._query(params["query"][0], params)
                return self._send(HTTPStatus.BAD_REQUEST, "missing 'query' parameter\n")
            return self._send(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported Content-Type {ctype!r}\n")

        def do_PUT(self):
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "read-only endpoint\n")

        do_DELETE = do_PATCH = do_PUT

        def _query(self, query: str, params: dict):
            fmt = (params.get("format") or [None])[0]
            try:
                ctype, body, truncated = endpoint.run(query, _media_types(self.headers.get("Accept"), fmt))
            except EndpointError as exc:
                return self._send(exc.status, f"{exc}\n")
            extra = {"X-KG-Truncated": "true"} if truncated else {}
            self._send(HTTPStatus.OK, body, ctype, extra)

        def _send(self, status, body, ctype="text/plain; charset=utf-8", extra=None):
            data = body.encode("utf-8") if isinstance(body, str) else body
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Cache-Control", "no-store")
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format, *args):
            log.info("%s %s", self.address_string(), format % args)

    return Handler


def make_app(out_dir: Path, timeout_s: float = 10.0, max_rows: int = 10_000, workers: int = 2) -> Endpoint:
    """Load the graph into `workers` query processes; raises if out_dir holds no graph."""
    return Endpoint(Path(out_dir), timeout_s=timeout_s, max_rows=max_rows, workers=workers)


def make_server(app: Endpoint, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    """An HTTP server for `app`, not yet serving (port 0 picks a free port: see server.server_address)."""
    server = ThreadingHTTPServer((host, port), _handler_class(app))
    server.daemon_threads = True
    return server


def serve(out_dir: Path, host: str = "127.0.0.1", port: int = 7878, timeout_s: float = 10.0,
          max_rows: int = 10_000, workers: int = 2) -> None:
    """Serve until interrupted (Ctrl-C)."""
    app = make_app(out_dir, timeout_s=timeout_s, max_rows=max_rows, workers=workers)
    server = make_server(app, host, port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
        app.close()


if __name__ == "__main__":
    raise SystemExit(_worker_main(sys.argv[1]))
